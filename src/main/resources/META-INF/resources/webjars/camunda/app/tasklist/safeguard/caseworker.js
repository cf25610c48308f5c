// Safeguard's additions to the Tasklist for caseworkers (docs/tasklist.md). First, links in the header
// to the managers' view, the child timeline and the access audit, behind the same login (the webapps'
// session is accepted for reading).
// Built with DOM calls only: nothing here becomes HTML from data.
const LINKS = [
  ['Managers’ view', '/manager/', 'Deadlines kept and missed, and the inspection’s figures'],
  ['Child timeline', '/timeline/', 'Every case about one child'],
  ['Access audit', '/audit/', 'Who read a child’s record (information governance)']
];

// Lists open soonest deadline first unless the person chose another order (issue 19: they
// were sorted by creation). The Tasklist keeps its sort order in the address; this only
// fills it in when it is missing.
function preferDueDate() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const [path, query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));
  window.location.replace('#' + path + '?' + params.toString());
}
window.addEventListener('hashchange', preferDueDate);
preferDueDate();

// Repeating rows (form-js "dynamiclist"): after any edit inside a row, form-js 1.x leaves an
// empty entry for that row in its error state, the Tasklist reads any entry as "invalid" and
// keeps Complete disabled — until Save, which validates the whole form afresh. So when the
// person heads for Complete with the mouse while it is disabled, validate afresh the
// same way, by pressing Save for them (it only keeps a draft in this browser). The field
// being typed in is left first, so that form-js takes what was typed before re-drawing.
function buttonNamed(name) {
  return Array.from(document.querySelectorAll('button'))
    .find((button) => button.textContent.trim() === name && button.offsetParent !== null);
}

let lastRevalidation = 0;
function revalidate() {
  const complete = buttonNamed('Complete') || buttonNamed('Start');
  const save = buttonNamed('Save');
  const rows = document.querySelector('.fjs-form-field-dynamiclist');
  if (!rows || !complete || !complete.disabled || !save || save.disabled || Date.now() - lastRevalidation < 1500) {
    return;
  }
  lastRevalidation = Date.now();
  const active = document.activeElement;
  if (active && active.closest && active.closest('.fjs-container')) {
    active.blur();
  }
  setTimeout(() => save.click(), 120);
}

document.addEventListener('mousemove', (event) => {
  const complete = buttonNamed('Complete');
  if (!complete || !complete.disabled) {
    return;
  }
  const box = complete.getBoundingClientRect();
  const near = 80;
  if (event.clientX > box.left - near && event.clientX < box.right + near
      && event.clientY > box.top - near && event.clientY < box.bottom + near) {
    revalidate();
  }
});
// (Keyboard users reach Save before Complete: pressing it validates in the same way.)

// A refusal reads "Cannot submit task form 3e3e…: Please correct: …": the engine's prefix and
// the task's internal id say nothing to a caseworker. Drop them from the notice.
const ENGINE_PREFIX = /^Cannot submit (task|start) form [^:]*: /;
new MutationObserver(() => {
  for (const message of document.querySelectorAll('.alert .message')) {
    if (ENGINE_PREFIX.test(message.textContent)) {
      message.textContent = message.textContent.replace(ENGINE_PREFIX, '');
    }
  }
}).observe(document.body, { childList: true, subtree: true });

// Every filter shows how many tasks it holds (the Tasklist counts only the one selected), so a
// person sees at once that three things are overdue. Counts come from the engine's own
// filter query (itemCount), with the person's rights; refreshed every 30 seconds.
async function countFilters() {
  const items = document.querySelectorAll('.task-filter');
  if (!items.length) {
    return;
  }
  try {
    const response = await fetch('/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return;
    }
    const counts = new Map((await response.json()).map((filter) => [filter.name, filter.itemCount]));
    for (const item of items) {
      const name = item.querySelector('.name a');
      // The filter's name is the link's own text (its counter span follows it)
      const label = name && name.firstChild ? name.firstChild.textContent.trim() : '';
      if (!counts.has(label)) {
        continue;
      }
      let badge = item.querySelector('.safeguard-count');
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'safeguard-count';
        name.after(badge);
      }
      badge.textContent = String(counts.get(label));
    }
  } catch (e) {
    // counts are a convenience; the lists still work
  }
}
setInterval(countFilters, 30000);
window.addEventListener('hashchange', () => setTimeout(countFilters, 500));
setTimeout(countFilters, 1500);

export default [
  {
    id: 'safeguard-links-action',
    pluginPoint: 'tasklist.navbar.action',
    priority: 50,
    render: (node) => {
      const list = document.createElement('span');
      list.className = 'safeguard-links';
      for (const [label, href, title] of LINKS) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = label;
        link.title = title;
        link.className = 'safeguard-link';
        list.appendChild(link);
      }
      node.appendChild(list);
    }
  }
];
