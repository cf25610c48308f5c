// Safeguard's login page, one for all four webapps (each app's config.js lists this file): the
// product's name instead of the Camunda logo, and what a person signing in should know.
// Built with DOM calls only.
const NOTICE = [
  'Safeguard: multi-agency child protection for police, children’s social care, health, education, '
    + 'probation and domestic-abuse services.',
  'For authorised staff only. You see the cases your teams work; every time you open a child’s record '
    + 'it is recorded in the access audit.'
];

function wordmark(attempts) {
  // The plugin is drawn before the login page is in the document; the logo is replaced once it is.
  const logo = document.querySelector('.form-signin .login-logo');
  if (!logo) {
    if (attempts > 0) {
      setTimeout(() => wordmark(attempts - 1), 50);
    }
    return;
  }
  if (!logo.querySelector('.safeguard-wordmark')) {
    const name = document.createElement('span');
    name.className = 'safeguard-wordmark';
    name.textContent = 'Safeguard';
    Object.assign(name.style, { fontSize: '34px', fontWeight: '700', color: '#1d3557', letterSpacing: '1px' });
    logo.replaceChildren(name);
  }
}

function render(node) {
  wordmark(100);
  const notice = document.createElement('div');
  notice.className = 'safeguard-login-notice';
  Object.assign(notice.style, { margin: '0 0 16px', fontSize: '14px', lineHeight: '1.45', color: '#333' });
  for (const text of NOTICE) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    notice.appendChild(paragraph);
  }
  node.appendChild(notice);
}

export default ['welcome', 'tasklist', 'cockpit', 'admin'].map((app) => ({
  id: 'safeguard-login-' + app,
  pluginPoint: app + '.login',
  priority: 100,
  render
}));
