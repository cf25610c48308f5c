// Safeguard's welcome page (served before the webjar's own config.js): its name, its login page
// and the way to Safeguard's own pages.
import { dateFormat, locales } from '../safeguard/uk-dates.js';

export default {
  app: {
    name: 'Welcome',
    vendor: 'Safeguard'
  },
  customScripts: ['safeguard/login'],
  links: [
    {
      label: 'Managers’ view',
      href: '/manager/',
      description: 'Deadlines kept and missed, children waiting longest, and the inspection’s figures'
    },
    {
      label: 'Child timeline',
      href: '/timeline/',
      description: 'Every case about one child, found by name'
    },
    {
      label: 'Access audit',
      href: '/audit/',
      description: 'Who read a child’s record (information governance)'
    }
  ],
  // UK date formats and English only (app/welcome/safeguard/uk-dates.js)
  dateFormat,
  locales
};
