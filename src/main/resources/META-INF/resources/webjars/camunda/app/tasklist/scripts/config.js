// Safeguard's branding of the Camunda Tasklist (served before the webjar's own config.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Safeguard'
  },
  // Safeguard's additions for caseworkers: header links, deadline order, filter counts,
  // readable refusals, the repeating-row workaround (safeguard/caseworker.js, docs/tasklist.md).
  customScripts: ['safeguard/caseworker', '../welcome/safeguard/login'],
  // UK date formats (moment.js)
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'DD/MM/YYYY'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  }
};
