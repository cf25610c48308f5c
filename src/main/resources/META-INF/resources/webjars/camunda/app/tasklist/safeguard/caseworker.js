// Safeguard's additions to the Tasklist for caseworkers (docs/tasklist.md). First, links in the header
// to the managers' view, the child timeline and the access audit, behind the same login (the webapps'
// session is accepted for reading).
// Built with DOM calls only: nothing here becomes HTML from data.
const LINKS = [
  ['Managers’ view', '/manager/', 'Deadlines kept and missed, and the inspection’s figures'],
  ['Child timeline', '/timeline/', 'Every case about one child'],
  ['Access audit', '/audit/', 'Who read a child’s record (information governance)']
];

// Dates day-first. form-js builds its date picker's format from the browser's language (the
// "default" locale of Intl): an en-US browser reads 11/04/2028 for what a person in England means
// as 4 November. Safeguard is used in England and Wales, so the picker is en-GB (DD/MM/YYYY)
// whatever the browser's language. Loaded before any form is drawn.
const NativeDateTimeFormat = Intl.DateTimeFormat;
function UkDateTimeFormat(locales, options) {
  const locale = locales === undefined || locales === 'default' ? 'en-GB' : locales;
  return new NativeDateTimeFormat(locale, options);
}
UkDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
UkDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = UkDateTimeFormat;

// A typed date the picker cannot read exactly is refused, not rolled over (issue 19: "28 Nov
// 2026" became 28/06/2026, 31/02 would become 3 March). The picker reads the box when it is left
// or Enter is pressed; a date that is not a real DD/MM/YYYY day is stopped before it gets there,
// the field is emptied in the form (so it cannot be completed with the old or a wrong value) and
// the box says what to type.
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function realDay(text) {
  const match = UK_DATE.exec(text.trim());
  if (!match) {
    return false;
  }
  const [day, month, year] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  return year >= 1900 && year <= 2100 && date.getMonth() === month - 1 && date.getDate() === day;
}

function dateHint(input, show) {
  const group = input.closest('.fjs-input-group');
  let hint = group && group.parentNode.querySelector(':scope > .safeguard-date-hint');
  if (!show) {
    input.removeAttribute('aria-invalid');
    if (hint) {
      hint.remove();
    }
    return;
  }
  input.setAttribute('aria-invalid', 'true');
  if (group && !hint) {
    hint = document.createElement('div');
    hint.className = 'safeguard-date-hint fjs-form-field-error';
    hint.textContent = 'Not a date: type it as day/month/year, for example 28/11/2026, or pick it.';
    group.after(hint);
  }
}

function checkTypedDate(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.closest('.fjs-datepicker')) {
    return;
  }
  if (event.type === 'keydown' && event.key !== 'Enter') {
    return;
  }
  const typed = input.value;
  if (typed.trim() === '' || realDay(typed)) {
    dateHint(input, false);
    return;
  }
  event.stopImmediatePropagation();
  if (event.type === 'keydown') {
    event.preventDefault();
  }
  refuseDate(input, typed);
}

function refuseDate(input, typed) {
  if (input._flatpickr) {
    input._flatpickr.clear(); // the form's value becomes empty
    input._flatpickr.close();
  }
  input.value = typed; // kept in the box to be corrected
  dateHint(input, true);
}

// Pressing anywhere else while the picker is open makes it read the box too (before the box
// is left): an unreadable date is emptied first, so the picker has nothing to roll over.
function checkOpenPickers(event) {
  for (const input of document.querySelectorAll('.fjs-datepicker input')) {
    const picker = input._flatpickr;
    if (input === event.target || !picker || !picker.isOpen) {
      continue;
    }
    const typed = input.value;
    if (typed.trim() === '' || realDay(typed)) {
      dateHint(input, false);
      continue;
    }
    input.value = '';
    setTimeout(() => refuseDate(input, typed), 0);
  }
}
window.addEventListener('blur', checkTypedDate, true);
window.addEventListener('keydown', checkTypedDate, true);
window.addEventListener('mousedown', checkOpenPickers, true);

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

// A start form has no Save. There, when no field shows an error, Start is enabled again: pressing
// it still validates the whole form (form-js) before anything is sent, and the server checks again.
function enableStart(start) {
  const form = start.closest('.modal') && start.closest('.modal').querySelector('.fjs-container');
  if (!form || !form.querySelector('.fjs-form-field-dynamiclist')) {
    return;
  }
  const shownErrors = Array.from(form.querySelectorAll('.fjs-form-field-error'))
    .filter((error) => error.offsetParent !== null && error.textContent.trim() !== '');
  if (shownErrors.length === 0) {
    start.disabled = false;
  }
}

document.addEventListener('mousemove', (event) => {
  const button = [buttonNamed('Complete'), buttonNamed('Start')].find((b) => b && b.disabled);
  if (!button) {
    return;
  }
  const box = button.getBoundingClientRect();
  const near = 80;
  if (event.clientX > box.left - near && event.clientX < box.right + near
      && event.clientY > box.top - near && event.clientY < box.bottom + near) {
    if (button.textContent.trim() === 'Start') {
      enableStart(button);
    } else {
      revalidate();
    }
  }
});
// (Keyboard users reach Save before Complete: pressing it validates in the same way.)

// A refusal reads "Cannot submit task form 3e3e…: Please correct: …": the engine's prefix and
// the task's internal id say nothing to a caseworker. Drop them from the notice.
const ENGINE_PREFIX = /^Cannot submit (task|start) form [^:]*: /;
// Read-only dates from the case (date of birth, when the child was reported missing, …) arrive as
// the engine stores them (2015-02-03, 2026-11-28T17:11:51.000+0000); they are shown as a person in
// England reads them: 03/02/2015, 28/11/2026 17:11 (London time). Only what is shown changes: a
// read-only field is never sent back, so the stored value stays as it is.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const LONDON = new NativeDateTimeFormat('en-GB', {
  timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

function ukDate(value) {
  const day = ISO_DAY.exec(value);
  if (day) {
    return `${day[3]}/${day[2]}/${day[1]}`;
  }
  if (ISO_TIME.test(value)) {
    const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return isNaN(date) ? null : LONDON.format(date).replace(',', '');
  }
  return null;
}

function showUkDates() {
  for (const input of document.querySelectorAll('.fjs-container input[readonly], .fjs-container input[disabled]')) {
    if (input.type !== 'text' || input.closest('.fjs-datepicker, .fjs-timepicker')) {
      continue;
    }
    const shown = ukDate(input.value.trim());
    if (shown) {
      input.value = shown;
    }
  }
}

new MutationObserver(() => {
  for (const message of document.querySelectorAll('.alert .message')) {
    if (ENGINE_PREFIX.test(message.textContent)) {
      message.textContent = message.textContent.replace(ENGINE_PREFIX, '');
    }
  }
  showUkDates();
}).observe(document.body, { childList: true, subtree: true });

// Every filter shows how many tasks it holds (the Tasklist counts only the one selected), so a
// person sees at once that three things are overdue. Counts come from the engine's own
// filter query (itemCount), with the person's rights; refreshed when the person moves between
// lists and every two minutes while the Tasklist is on screen. (Each refresh is one count per
// filter on the database: at 100,000 open tasks about 75 ms each — docs/performance.md.)
async function countFilters() {
  const items = document.querySelectorAll('.task-filter');
  if (!items.length || document.hidden) {
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
setInterval(countFilters, 120000);
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
