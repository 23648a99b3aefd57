import { z } from 'zod';
import type { Bilingual } from '../language.ts';

/** Cambodia's provinces and the capital, by ISO 3166-2:KH code. */
export const PROVINCES = {
  'KH-1': { en: 'Banteay Meanchey', km: 'បន្ទាយមានជ័យ' },
  'KH-2': { en: 'Battambang', km: 'បាត់ដំបង' },
  'KH-3': { en: 'Kampong Cham', km: 'កំពង់ចាម' },
  'KH-4': { en: 'Kampong Chhnang', km: 'កំពង់ឆ្នាំង' },
  'KH-5': { en: 'Kampong Speu', km: 'កំពង់ស្ពឺ' },
  'KH-6': { en: 'Kampong Thom', km: 'កំពង់ធំ' },
  'KH-7': { en: 'Kampot', km: 'កំពត' },
  'KH-8': { en: 'Kandal', km: 'កណ្ដាល' },
  'KH-9': { en: 'Koh Kong', km: 'កោះកុង' },
  'KH-10': { en: 'Kratie', km: 'ក្រចេះ' },
  'KH-11': { en: 'Mondulkiri', km: 'មណ្ឌលគិរី' },
  'KH-12': { en: 'Phnom Penh', km: 'ភ្នំពេញ' },
  'KH-13': { en: 'Preah Vihear', km: 'ព្រះវិហារ' },
  'KH-14': { en: 'Prey Veng', km: 'ព្រៃវែង' },
  'KH-15': { en: 'Pursat', km: 'ពោធិ៍សាត់' },
  'KH-16': { en: 'Ratanakiri', km: 'រតនគិរី' },
  'KH-17': { en: 'Siem Reap', km: 'សៀមរាប' },
  'KH-18': { en: 'Preah Sihanouk', km: 'ព្រះសីហនុ' },
  'KH-19': { en: 'Stung Treng', km: 'ស្ទឹងត្រែង' },
  'KH-20': { en: 'Svay Rieng', km: 'ស្វាយរៀង' },
  'KH-21': { en: 'Takeo', km: 'តាកែវ' },
  'KH-22': { en: 'Oddar Meanchey', km: 'ឧត្ដរមានជ័យ' },
  'KH-23': { en: 'Kep', km: 'កែប' },
  'KH-24': { en: 'Pailin', km: 'ប៉ៃលិន' },
  'KH-25': { en: 'Tbong Khmum', km: 'ត្បូងឃ្មុំ' },
} as const satisfies Record<string, Bilingual>;

export type ProvinceCode = keyof typeof PROVINCES;

export const ProvinceCodeSchema = z.enum(
  Object.keys(PROVINCES) as [ProvinceCode, ...ProvinceCode[]],
);
