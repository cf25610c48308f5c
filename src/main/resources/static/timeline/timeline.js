// A child's cases in time order, from /api/children/{childId}/timeline; children found by name from
// /api/children?name=. Built with DOM calls only: nothing from a case becomes HTML.
const fmt = d => d ? new Date(d).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' }) : '';
const DEADLINE_CLASSES = ['MET', 'MISSED', 'OVERDUE', 'OPEN'];
const DEADLINE_WORDS = { MET: 'met', MISSED: 'missed', OVERDUE: 'overdue', OPEN: 'open', NONE: '' };

function entry(e) {
  return el('div', { class: 'entry', 'data-testid': 'entry' },
    el('h2', {}, (e.process || e.processKey) + (e.businessKey ? ' — ' + e.businessKey : '')),
    el('p', {}, `${fmt(e.started)} → ${e.ended ? fmt(e.ended) : 'open'}`),
    el('table', {},
      el('tr', {}, ['Task', 'Who', 'Due', 'Done', 'Deadline'].map(h => el('th', {}, h))),
      (e.steps || []).map(s => el('tr', {},
        el('td', {}, s.task), el('td', {}, s.assignee || ''), el('td', {}, fmt(s.due)), el('td', {}, fmt(s.ended)),
        el('td', { class: DEADLINE_CLASSES.includes(s.deadline) ? s.deadline : '' }, DEADLINE_WORDS[s.deadline] ?? s.deadline)))));
}

async function getJson(path) {
  const response = await fetch(location.origin + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

async function show(childId) {
  const target = document.getElementById('timeline');
  let t;
  try {
    t = await getJson(`/api/children/${encodeURIComponent(childId)}/timeline`);
  } catch (e) {
    replaceContent(target, el('p', { class: 'note' }, 'The timeline could not be loaded (' + e.message + ').'));
    return;
  }
  history.replaceState(null, '', '?childId=' + encodeURIComponent(childId));
  const heading = el('h2', { class: 'child', 'data-testid': 'child' },
    (t.childName || 'Child') + ' (' + t.childId + ')');
  const entries = (t.entries || []).map(entry);
  replaceContent(target, [heading].concat(entries.length ? entries : [el('p', { class: 'note' }, 'No cases you may see.')]));
  document.body.dataset.loaded = 'true';
}

async function find(text) {
  const target = document.getElementById('timeline');
  let children = [];
  if (text.trim().length >= 2) {
    try {
      children = await getJson('/api/children?name=' + encodeURIComponent(text.trim()));
    } catch (e) {
      children = [];
    }
  }
  if (!children.length) {
    // Perhaps an id: open it directly.
    return show(text.trim());
  }
  if (children.length === 1) {
    return show(children[0].childId);
  }
  const list = el('ul', { class: 'children', 'data-testid': 'children' }, children.map(c => {
    const button = el('button', { type: 'button' }, (c.childName || '') + ' (' + c.childId + ')');
    button.addEventListener('click', () => show(c.childId));
    return el('li', {}, button);
  }));
  replaceContent(target, [el('p', {}, 'Children whose name matches:'), list]);
  document.body.dataset.loaded = 'true';
}

const params = new URLSearchParams(location.search);
if (params.get('childId')) { document.getElementById('childId').value = params.get('childId'); show(params.get('childId')); }
document.getElementById('search').addEventListener('submit', e => { e.preventDefault(); find(document.getElementById('childId').value); });
