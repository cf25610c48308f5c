// Safeguard's branding of the Camunda Tasklist (served before the webjar's own config.js).
import { dateFormat, locales } from '../../welcome/safeguard/uk-dates.js';

export default {
  app: {
    name: 'Tasklist',
    vendor: 'Safeguard'
  },
  // Safeguard's additions for caseworkers: header links, deadline order, filter counts,
  // readable refusals, the repeating-row workaround (safeguard/caseworker.js, docs/tasklist.md).
  customScripts: ['safeguard/caseworker', '../welcome/safeguard/login'],
  // UK date formats and English only (app/welcome/safeguard/uk-dates.js)
  dateFormat,
  locales
};
