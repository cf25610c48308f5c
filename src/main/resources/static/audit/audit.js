// The access audit for information governance, from /api/audit. Built with DOM calls only.
const OUTCOMES = { ALLOWED: 'Read', REFUSED: 'Refused', FAILED: 'Failed' };
const when = d => new Date(d).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'medium' });

async function show() {
  const params = new URLSearchParams();
  for (const name of ['childId', 'userId', 'from', 'to']) {
    const value = document.getElementById(name).value.trim();
    if (value) params.set(name, value);
  }
  const target = document.getElementById('results');
  const response = await fetch(location.origin + '/api/audit?' + params, { credentials: 'same-origin' });
  if (!response.ok) {
    replaceContent(target, el('p', { class: 'note' },
      response.status === 403 ? 'The access audit is for information governance only.' : 'The audit could not be loaded (' + response.status + ').'));
    document.body.dataset.loaded = 'true';
    return;
  }
  const page = await response.json();
  replaceContent(target,
    el('p', {}, `${page.total} ${page.total === 1 ? 'entry' : 'entries'}` + (page.total > page.entries.length ? `, newest ${page.entries.length} shown` : '')),
    el('table', { 'data-testid': 'audit' },
      el('tr', {}, ['When', 'Who', 'Outcome', 'Child', 'Case', 'What'].map(h => el('th', {}, h))),
      page.entries.map(e => el('tr', {},
        el('td', {}, when(e.at)), el('td', {}, e.userId || '(unknown)'),
        el('td', { class: e.outcome }, OUTCOMES[e.outcome] || e.outcome),
        el('td', {}, e.childId || ''), el('td', {}, e.processInstanceId || ''),
        el('td', { class: 'path' }, `${e.method} ${e.path} (${e.status})`)))));
  document.body.dataset.loaded = 'true';
}

const params = new URLSearchParams(location.search);
for (const name of ['childId', 'userId', 'from', 'to']) {
  if (params.get(name)) document.getElementById(name).value = params.get(name);
}
document.getElementById('search').addEventListener('submit', e => { e.preventDefault(); show(); });
if (params.toString()) show();
