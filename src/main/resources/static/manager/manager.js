// Safeguard managers' page: compliance and the inspection's figures as charts, from /api (same login).
const COLOURS = { completedOnTime: '#2a9d8f', completedLate: '#e9a23b', openOverdue: '#d62839', openWithinTime: '#8d99ae' };
const NAMES = {
  AgencyActionProcess: 'Agency actions', InvestigationProcess: 'Investigations', ChildReferralProcess: 'Referrals',
  StrategyDiscussionProcess: 'Strategy discussions', Section47EnquiryProcess: 'Section 47 enquiries',
  DomesticAbuseIncidentProcess: 'Domestic abuse', MaracCaseProcess: 'MARAC', RsoManagementProcess: 'Sex offenders',
  ChildInCustodyProcess: 'Children in custody', MissingChildProcess: 'Missing children',
  ChildAndFamilyAssessmentProcess: 'Assessments', ChildProtectionPlanProcess: 'Child protection plans',
  PoliceProtectionProcess: 'Police protection'
};

/** Lateness as people say it: "3.2 days" rather than "76.8 h". */
function lateness(hours) {
  return hours >= 24 ? `${(hours / 24).toFixed(1)} days` : `${Number(hours).toFixed(1)} hours`;
}

/** 03/11 for 3 November: UK order. */
function dayMonth(date) {
  return date.toLocaleDateString('en-GB', { day: '2-digit', month: '2-digit' });
}

async function get(path) {
  // An absolute URL without user:password, so the page also works when opened as http://user:pass@host/.
  const response = await fetch(location.origin + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(path + ': ' + response.status);
  return response.json();
}

function day(date) { return date.toISOString().slice(0, 10); }

function bars(element, lines, label) {
  const keys = Object.keys(COLOURS);
  const rows = lines.filter(l => keys.some(k => l.counts[k] > 0));
  const max = Math.max(1, ...rows.map(l => keys.reduce((s, k) => s + l.counts[k], 0)));
  const width = 900, left = 200, rowHeight = 26;
  const svg = el('svg', { width, height: rows.length * rowHeight + 10, role: 'img' });
  rows.forEach((line, i) => {
    let x = left;
    const y = i * rowHeight + 4;
    svg.append(el('text', { x: 0, y: y + 15 }, label(line)));
    keys.forEach(k => {
      const w = (line.counts[k] / max) * (width - left - 60);
      if (w > 0) svg.append(el('rect', { x, y, width: w, height: 20, fill: COLOURS[k] }, el('title', {}, `${k}: ${line.counts[k]}`)));
      x += w;
    });
    svg.append(el('text', { x: x + 6, y: y + 15 }, `${line.counts.openOverdue} overdue`));
  });
  svg.setAttribute('height', rows.length * rowHeight + 30);
  svg.append(el('text', { x: left, y: rows.length * rowHeight + 22, class: 'axis' }, 'tasks with a deadline in the period →'));
  replaceContent(element, rows.length ? svg : el('p', { class: 'note' }, 'Nothing in this period.'));
}

/** Children waiting longest: one bar per child, its length the longest overdue task in days. */
function children(element, list) {
  if (!list.length) {
    replaceContent(element, el('p', { class: 'note' }, 'No child is waiting on overdue work that your teams can see.'));
    return;
  }
  const width = 900, left = 220, rowHeight = 26;
  const max = Math.max(1, ...list.map(c => c.longestDaysOverdue));
  const svg = el('svg', { width, height: list.length * rowHeight + 30, role: 'img' });
  list.forEach((child, i) => {
    const y = i * rowHeight + 4;
    svg.append(el('a', { href: '/timeline/?childId=' + encodeURIComponent(child.childId), class: 'child-link' },
      el('text', { x: 0, y: y + 15 }, child.childName || child.childId)));
    const w = Math.max(2, (child.longestDaysOverdue / max) * (width - left - 330));
    svg.append(el('rect', { x: left, y, width: w, height: 20, fill: COLOURS.openOverdue },
      el('title', {}, child.longestOverdueTask)));
    const tasks = child.overdueTasks === 1 ? '1 task' : `${child.overdueTasks} tasks`;
    svg.append(el('text', { x: left + w + 6, y: y + 15 },
      `${lateness(child.longestDaysOverdue * 24)} overdue (${child.longestOverdueTask}) · ${tasks}`));
  });
  svg.append(el('text', { x: left, y: list.length * rowHeight + 22, class: 'axis' }, 'longest overdue task, in days →'));
  replaceContent(element, svg);
}

async function trend(element) {
  const weeks = [];
  const now = new Date();
  for (let w = 7; w >= 0; w--) {
    const to = new Date(now.getTime() - w * 7 * 86400000);
    const from = new Date(to.getTime() - 6 * 86400000);
    const report = await get(`/api/compliance?from=${day(from)}&to=${day(to)}`);
    weeks.push({ label: 'w/c ' + dayMonth(from), total: report.total });
  }
  const max = Math.max(1, ...weeks.map(w => w.total.completedOnTime + w.total.completedLate + w.total.openOverdue));
  const height = 140;
  const svg = el('svg', { width: 900, height: height + 42 });
  svg.append(el('text', { x: 0, y: 12, class: 'axis' }, `↑ tasks due that week (most: ${max})`));
  weeks.forEach((week, i) => {
    const x = 40 + i * 105;
    let y = height;
    ['completedOnTime', 'completedLate', 'openOverdue'].forEach(k => {
      const h = (week.total[k] / max) * (height - 10);
      y -= h;
      if (h > 0) svg.append(el('rect', { x, y, width: 60, height: h, fill: COLOURS[k] }, el('title', {}, `${k}: ${week.total[k]}`)));
    });
    svg.append(el('text', { x, y: height + 18 }, week.label));
  });
  svg.append(el('text', { x: 40, y: height + 30 + 4, class: 'axis' }, 'week commencing (Monday) →'));
  replaceContent(element, svg);
}

function figures(element, f) {
  const rate = r => r && r.total !== undefined ? `${r.count} of ${r.total}` : (r === null || r === undefined ? '–' : r);
  const items = [
    ['Investigations overdue for review', `${f.investigationsOverdueForReview} of ${f.activeInvestigations}`],
    ['Referrals sent to MASH within 24 h', rate(f.referralsSentToMashWithin24Hours)],
    ['MASH decisions within 1 working day', rate(f.mashDecisionsWithin1WorkingDay)],
    ['Strategy discussions with police, social care and health', rate(f.strategyDiscussionsWithPoliceSocialCareAndHealth)],
    ['Initial conferences within 15 working days', rate(f.initialConferencesWithin15WorkingDays)],
    ['RSO visits overdue now', rate(f.rsoVisitsOverdueNow)],
    ['Children charged and refused bail', f.childrenChargedAndRefusedBail],
    ['… transferred to local-authority accommodation', rate(f.childrenTransferredToLocalAuthorityAccommodation)],
    ['Median hours in custody after charge', rate(f.medianPostChargeHoursInCustody)],
    ['Median minutes for the appropriate adult to arrive', rate(f.medianAppropriateAdultArrivalMinutes)],
    ['Reviews while the child slept, child later told', rate(f.reviewsWhileChildAsleepLaterTold)],
    ['Return home interviews within 72 h', rate(f.returnHomeInterviewsWithin72Hours)],
    ['Children missing 3+ times in 90 days, referred', rate(f.childrenMissing3OrMoreTimesIn90DaysReferred)],
    ['Assessments within 45 working days', rate(f.assessmentsWithin45WorkingDays)],
    ['Child protection reviews on time', rate(f.childProtectionReviewsOnTime)],
    ['Police protections ended within 72 h', rate(f.policeProtectionsEndedWithin72Hours)],
    ['Crimes against children referred to social care', rate(f.childVictimCrimesReferred)]
  ];
  replaceContent(element, items.map(([label, value]) => el('div', { class: 'figure' }, el('b', {}, value), label)));
}

async function load() {
  const days = Number(document.getElementById('period').value);
  const from = new Date(Date.now() - days * 86400000);
  const report = await get(`/api/compliance?from=${day(from)}`);
  for (const key of ['completedOnTime', 'completedLate', 'openOverdue', 'openWithinTime', 'escalations']) {
    document.querySelector(`[data-testid=${key}]`).textContent = report.total[key];
  }
  document.getElementById('lateHours').textContent = report.total.completedLate
    ? `on average ${lateness(report.total.averageHoursLate)} late, at most ${lateness(report.total.maxHoursLate)}` : '';
  document.getElementById('generated').textContent = 'as at ' + new Date(report.generatedAt).toLocaleString('en-GB');
  bars(document.getElementById('byProcess'), report.byProcess, l => NAMES[l.processKey] || l.processKey);
  bars(document.getElementById('byGroup'), report.byGroup, l => l.groupName || l.candidateGroup || 'a named person');
  children(document.getElementById('children'), await get('/api/compliance/children'));
  figures(document.getElementById('figures'), await get(`/api/inspection-figures?from=${day(from)}`));
  await trend(document.getElementById('trend'));
  document.body.dataset.loaded = 'true';
}

document.getElementById('period').addEventListener('change', load);
load().catch(error => { document.querySelector('main').prepend(el('p', { class: 'note' }, String(error))); });
