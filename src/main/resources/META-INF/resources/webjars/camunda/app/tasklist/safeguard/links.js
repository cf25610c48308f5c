// Safeguard's links in the Tasklist header: the managers' pages, the child timeline and the
// access audit, behind the same login (the webapps' session is accepted for reading).
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
