// Safeguard's branding of the Camunda Tasklist (served before the webjar's own config.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Safeguard'
  },
  // Links to Safeguard's own pages in the header (safeguard/links.js).
  customScripts: ['safeguard/links'],
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
