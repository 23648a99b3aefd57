import 'i18next';
import type en from './en.json';
import type staffEn from './staff.en.json';

// i18next is typed through declaration merging, which needs `interface` here.
declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- must merge
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof staffEn };
  }
}
