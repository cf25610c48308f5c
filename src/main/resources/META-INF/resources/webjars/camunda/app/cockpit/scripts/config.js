// Safeguard's branding of the Camunda Cockpit (served before the webjar's own config.js).
import { dateFormat, locales } from '../../welcome/safeguard/uk-dates.js';

export default {
  app: {
    name: 'Safeguard Cockpit',
    vendor: 'Safeguard'
  },
  // Safeguard's login page (app/welcome/safeguard/login.js)
  customScripts: ['../welcome/safeguard/login'],
  // UK date formats and English only (app/welcome/safeguard/uk-dates.js)
  dateFormat,
  locales
};
