// UK date formats (moment.js) and English only: one definition for every webapp's config.js
// (each imports it; the webapps load their config.js as an ES module).
export const dateFormat = {
  monthName: 'MMMM',
  day: 'D',
  abbr: 'D MMM YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd D MMMM YYYY, HH:mm',
  short: 'DD/MM/YYYY'
};

export const locales = {
  availableLocales: ['en'],
  fallbackLocale: 'en'
};
