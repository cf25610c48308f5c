// Safeguard's branding of the Camunda Cockpit (served before the webjar's own config.js).
export default {
  app: {
    name: 'Safeguard Cockpit',
    vendor: 'Safeguard'
  },
  // Safeguard's login page (app/welcome/safeguard/login.js)
  customScripts: ['../welcome/safeguard/login'],
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
