// A child's cases in time order, from /api/children/{childId}/timeline. Built with DOM calls only.
const fmt = d => d ? new Date(d).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' }) : '';
const DEADLINE_CLASSES = ['MET', 'MISSED', 'OVERDUE', 'OPEN'];

function entry(e) {
  return el('div', { class: 'entry', 'data-testid': 'entry' },
    el('h2', {}, (e.process || e.processKey) + (e.businessKey ? ' — ' + e.businessKey : '')),
    el('p', {}, `${fmt(e.started)} → ${e.ended ? fmt(e.ended) : 'open'} (${e.state})`),
    el('table', {},
      el('tr', {}, ['Task', 'Who', 'Due', 'Done', 'Deadline'].map(h => el('th', {}, h))),
      (e.steps || []).map(s => el('tr', {},
        el('td', {}, s.task), el('td', {}, s.assignee || ''), el('td', {}, fmt(s.due)), el('td', {}, fmt(s.ended)),
        el('td', { class: DEADLINE_CLASSES.includes(s.deadline) ? s.deadline : '' }, s.deadline)))));
}

async function show(childId) {
  const target = document.getElementById('timeline');
  const response = await fetch(location.origin + `/api/children/${encodeURIComponent(childId)}/timeline`, { credentials: 'same-origin' });
  if (!response.ok) {
    replaceContent(target, el('p', { class: 'note' }, 'The timeline could not be loaded (' + response.status + ').'));
    return;
  }
  const t = await response.json();
  const entries = (t.entries || []).map(entry);
  replaceContent(target, entries.length ? entries : el('p', { class: 'note' }, 'No cases you may see.'));
  document.body.dataset.loaded = 'true';
}

const params = new URLSearchParams(location.search);
if (params.get('childId')) { document.getElementById('childId').value = params.get('childId'); show(params.get('childId')); }
document.getElementById('search').addEventListener('submit', e => { e.preventDefault(); show(document.getElementById('childId').value); });
