import en from './en.json' with { type: 'json' };
import km from './km.json' with { type: 'json' };
import staffEn from './staff.en.json' with { type: 'json' };
import staffKm from './staff.km.json' with { type: 'json' };

/** The staff app's catalogues: the shared strings and the staff ones, in one namespace. */
export const staffResources = {
  en: { translation: { ...en, ...staffEn } },
  km: { translation: { ...km, ...staffKm } },
} as const;
