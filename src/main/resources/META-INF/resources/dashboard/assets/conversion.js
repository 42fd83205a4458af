import { api, layout, run, fmt, esc, table, chart, show } from './app.js';

// The Conversion page: five reports of /api/v1/reports/, each aggregated in PostgreSQL; this script only lays out
// what they answer (tables with data-col cells, ECharts canvases) and never adds up rows of its own.

const PAGE = '/dashboard/conversion.html';
const ACCOUNT_FILTERS = ['from', 'to', 'plan', 'segment', 'region'];
const FIELDS = [...ACCOUNT_FILTERS, 'by', 'horizonDays', 'rulesetVersion'];
const COLORS = { all: '#5b6478', treated: '#2456d6', holdout: '#b7791f' };

/** Rates to one decimal; differences of rates in percentage points, signed. */
const pct = v => fmt.pct(v, 1);
const pts = v => v == null ? '—' : `${v >= 0 ? '+' : ''}${(100 * v).toFixed(1)} pts`;
const range = (low, high, f) => low == null ? '—' : `${f(low)} to ${f(high)}`;
const signed = (v, digits) => v == null ? '—' : `${v >= 0 ? '+' : ''}${Number(v).toFixed(digits)}`;

/** What an interval of a difference says, in words: the page states plainly when it includes 0. */
function verdict(d, more = 'offers lifted expansion', less = 'fewer expanded with offers', higherIsBetter = true) {
  if (!d || d.difference == null) return { key: 'none', tone: 'neutral', text: 'no comparison: an arm has no accounts' };
  if (d.low <= 0 && d.high >= 0) {
    return { key: 'includes-zero', tone: 'neutral', text: 'interval includes 0: not distinguishable from chance' };
  }
  const above = d.low > 0;
  return { key: above ? 'above-zero' : 'below-zero', tone: above === higherIsBetter ? 'good' : 'bad',
    text: above ? `above 0: ${more}` : `below 0: ${less}` };
}

const verdictHtml = (v, id) => `<span class="verdict ${v.tone}" data-verdict="${v.key}"${id ? ` id="${id}"` : ''}>${esc(v.text)}</span>`;

/** One chart per element, redrawn in place (not merged) when the filter changes. */
function draw(id, option) {
  const element = document.getElementById(id);
  const existing = echarts.getInstanceByDom(element);
  if (!existing) return chart(element, option);
  existing.setOption({ animation: false, grid: { left: 56, right: 24, top: 36, bottom: 40 }, ...option }, true);
  return existing;
}

/** Vertical whiskers from value 1 to value 2 at category value 0 (a custom series). */
function whiskers(name, data, color, extra = {}) {
  return {
    name, type: 'custom', data, encode: { x: 0, y: [1, 2] }, z: 3, ...extra,
    renderItem: (params, a) => {
      const low = a.coord([a.value(0), a.value(1)]);
      const high = a.coord([a.value(0), a.value(2)]);
      const w = Math.min(14, a.size([1, 0])[0] * 0.15);
      const style = { stroke: color, lineWidth: 2 };
      return { type: 'group', children: [
        { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
        { type: 'line', shape: { x1: low[0] - w, y1: low[1], x2: low[0] + w, y2: low[1] }, style },
        { type: 'line', shape: { x1: high[0] - w, y1: high[1], x2: high[0] + w, y2: high[1] }, style },
      ] };
    },
  };
}

function readForm() {
  const values = {};
  for (const [k, v] of new FormData(document.getElementById('filters'))) if (String(v).trim()) values[k] = String(v).trim();
  return values;
}

function fillForm() {
  const query = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    if (query.has(name)) document.getElementById(name).value = query.get(name);
  }
}

function query(values, names) {
  const q = new URLSearchParams();
  for (const n of names) if (values[n] != null) q.set(n, values[n]);
  return q.toString();
}

function kpi(label, value, key, note = '') {
  return `<div class="kpi"><div class="label">${esc(label)}</div><div class="value" id="kpi-${key}">${value}</div>`
    + (note ? `<div class="muted" id="kpi-${key}-note">${note}</div>` : '') + '</div>';
}

function renderSignals(view) {
  const f = view.filter;
  show('period', `Period <b id="period-from">${esc(f.from)}</b> to <b id="period-to">${esc(f.to)}</b> (exclusive)`
    + (f.plan ? ` · plan ${esc(f.plan)}` : '') + (f.segment ? ` · segment ${esc(f.segment)}` : '')
    + (f.region ? ` · region ${esc(f.region)}` : ''));
  const rows = view.signals;
  draw('signal-chart', {
    grid: { left: 250, right: 24, top: 30, bottom: 30 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: v => v == null ? '—' : v.toFixed(1) + '%' },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map(s => s.signal) },
    series: [
      { name: 'Conversion (accepted ÷ actions)', type: 'bar', data: rows.map(s => s.conversionRate == null ? null : 100 * s.conversionRate) },
      { name: 'Acceptance (accepted ÷ responded)', type: 'bar', data: rows.map(s => s.acceptanceRate == null ? null : 100 * s.acceptanceRate) },
    ],
  });
  show('signals', table([
    { title: 'Signal', key: 'signal', value: s => `<b>${esc(s.signal)}</b>` },
    { title: 'Decisions', key: 'evaluations', num: true, value: s => fmt.int(s.evaluations) },
    { title: 'Accounts', key: 'accounts', num: true, value: s => fmt.int(s.accounts) },
    { title: 'Actions', key: 'actions', num: true, value: s => fmt.int(s.actions) },
    { title: 'Held out', key: 'heldOutActions', num: true, value: s => fmt.int(s.heldOutActions) },
    { title: 'Responded', key: 'responded', num: true, value: s => fmt.int(s.responded) },
    { title: 'Accepted', key: 'accepted', num: true, value: s => fmt.int(s.accepted) },
    { title: 'Declined', key: 'declined', num: true, value: s => fmt.int(s.declined) },
    { title: 'Conversion', key: 'conversionRate', num: true, value: s => pct(s.conversionRate) },
    { title: 'Acceptance', key: 'acceptanceRate', num: true, value: s => pct(s.acceptanceRate) },
  ], rows, { id: 'signals-table', rowId: s => s.signal }));
}

function renderRules(view) {
  show('rules', table([
    { title: 'Rule', key: 'rule', value: r => `<b>${esc(r.rule)}</b>` },
    { title: 'Playbook', key: 'playbook', value: r => esc(r.playbook) },
    { title: 'File', key: 'file', value: r => `<span class="mono">${esc(r.file || '—')}</span>` },
    { title: 'Sheet', key: 'sheet', value: r => esc(r.sheet || '—') },
    { title: 'Row', key: 'row', num: true, value: r => r.row ?? '—' },
    { title: 'Rule set', key: 'rulesetVersion', value: r => `<span class="mono" title="${esc(r.rulesetVersion)}">${esc(String(r.rulesetVersion).slice(0, 12))}</span>` },
    { title: 'Actions', key: 'actions', num: true, value: r => fmt.int(r.actions) },
    { title: 'Held out', key: 'heldOutActions', num: true, value: r => fmt.int(r.heldOutActions) },
    { title: 'Accepted', key: 'accepted', num: true, value: r => fmt.int(r.accepted) },
    { title: 'Declined', key: 'declined', num: true, value: r => fmt.int(r.declined) },
    { title: 'No response', key: 'noResponse', num: true, value: r => fmt.int(r.noResponse) },
    { title: 'Deferred', key: 'deferred', num: true, value: r => fmt.int(r.deferred) },
    { title: 'Pending', key: 'pending', num: true, value: r => fmt.int(r.pending) },
    { title: 'Acceptance', key: 'acceptanceRate', num: true, value: r => pct(r.acceptanceRate) },
    { title: 'Conversion', key: 'conversionRate', num: true, value: r => pct(r.conversionRate) },
    { title: 'Realised ARR', key: 'realisedArr', num: true, value: r => fmt.money(r.realisedArr) },
    { title: 'Helpful', key: 'meanHelpfulRating', num: true, value: r => r.meanHelpfulRating == null ? '—'
        : `${fmt.num(r.meanHelpfulRating, 2)} <span class="muted">(${fmt.int(r.helpfulRatings)})</span>` },
  ], view.rules, { id: 'rules-table', empty: 'No decision-table row started an action in the period.' }));
}

let km;

function kmSteps() {
  const curve = km[document.getElementById('km-curve').value];
  show('km-steps', table([
    { title: 'Day', key: 'days', num: true, value: s => fmt.int(s.days) },
    { title: 'At risk', key: 'atRisk', num: true, value: s => fmt.int(s.atRisk) },
    { title: 'Expanded', key: 'expansions', num: true, value: s => fmt.int(s.expansions) },
    { title: 'Censored', key: 'censored', num: true, value: s => fmt.int(s.censored) },
    { title: 'Not yet expanded', key: 'notYetExpanded', num: true, value: s => pct(s.notYetExpanded) },
  ], curve.curve, { id: 'km-steps-table', empty: 'No account reached HIGH readiness in the period.', rowId: s => s.days }));
}

function renderKm(view) {
  km = view;
  show('censored-at', esc(fmt.time(view.censoredAt)));
  const cohorts = [['all', 'All accounts'], ['treated', 'Treated'], ['holdout', 'Holdout']];
  draw('km-chart', {
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: v => (100 * v).toFixed(1) + '%' },
    xAxis: { type: 'value', name: 'days since first HIGH', nameLocation: 'middle', nameGap: 26, min: 0 },
    yAxis: { type: 'value', min: 0, max: 1, name: 'not yet expanded', axisLabel: { formatter: v => Math.round(100 * v) + '%' } },
    series: cohorts.map(([key, name]) => ({
      name: `${name} (${view[key].subjects})`, type: 'line', step: 'end', showSymbol: false,
      lineStyle: { width: key === 'all' ? 1.5 : 2.5, type: key === 'all' ? 'dashed' : 'solid' }, color: COLORS[key],
      data: view[key].subjects === 0 ? [] : [[0, 1], ...view[key].curve.map(s => [s.days, s.notYetExpanded])],
      markLine: view[key].medianDays == null ? undefined : { silent: true, symbol: 'none', label: { formatter: `median ${view[key].medianDays} d` },
        data: [{ xAxis: view[key].medianDays }] },
    })),
  });
  show('km-summary', table([
    { title: 'Cohort', key: 'cohort', value: c => `<b>${esc(c.name)}</b>` },
    { title: 'Accounts', key: 'subjects', num: true, value: c => fmt.int(c.curve.subjects) },
    { title: 'Expanded', key: 'expansions', num: true, value: c => fmt.int(c.curve.expansions) },
    { title: 'Censored', key: 'censored', num: true, value: c => fmt.int(c.curve.censored) },
    { title: 'Median days to expansion', key: 'medianDays', num: true,
      value: c => c.curve.medianDays == null ? 'not reached' : fmt.int(c.curve.medianDays) },
  ], cohorts.map(([key, name]) => ({ key, name, curve: view[key] })), { id: 'km-table', rowId: c => c.key }));
  kmSteps();
}

function renderUplift(view) {
  show('uplift-note', `Among accounts whose first HIGH falls in the period, the share that expanded within
    <b id="uplift-horizon">${esc(view.horizonDays)}</b> days, treated against held out, by <b id="uplift-by">${esc(view.by)}</b>;
    uplift = treated − holdout with its 95 % interval (Newcombe), each rate with its Wilson interval.
    <span id="uplift-open">${fmt.int(view.openWindowsExcluded)}</span> accounts whose window is still open are left out.`);
  const rows = [view.overall, ...view.cohorts];
  const label = r => r.cohort === 'ALL' ? 'All' : r.cohort;
  draw('uplift-chart', {
    grid: { left: 64, right: 24, top: 36, bottom: 50 },
    legend: { top: 0 },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: rows.map(label), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', name: 'uplift, points', axisLabel: { formatter: '{value}' } },
    series: [
      whiskers('95% interval', rows.map((r, i) => r.uplift.difference == null ? null
        : [i, 100 * r.uplift.low, 100 * r.uplift.high]).filter(Boolean), COLORS.treated,
        { tooltip: { formatter: p => `${esc(rows[p.value[0]].cohort)}: ${p.value[1].toFixed(1)} to ${p.value[2].toFixed(1)} pts` } }),
      { name: 'Uplift (treated − holdout)', type: 'scatter', symbolSize: 11, color: COLORS.treated,
        data: rows.map((r, i) => r.uplift.difference == null ? null : [i, 100 * r.uplift.difference]).filter(Boolean),
        tooltip: { formatter: p => `${esc(rows[p.value[0]].cohort)}: ${signed(p.value[1], 1)} pts` },
        markLine: { silent: true, symbol: 'none', lineStyle: { color: '#b42318', type: 'dashed' }, label: { position: 'insideEndTop', formatter: 'no uplift' },
          data: [{ yAxis: 0 }] } },
    ],
  });
  const arm = (r, side) => r[side].trials === 0 ? '—' : `${fmt.int(r[side].successes)} of ${fmt.int(r[side].trials)}`;
  show('uplift', table([
    { title: 'Cohort', key: 'cohort', value: r => `<b>${esc(label(r))}</b>` },
    { title: 'Treated expanded', key: 'treated', num: true, value: r => arm(r, 'treated') },
    { title: 'Treated rate', key: 'treatedRate', num: true, value: r => pct(r.treated.rate) },
    { title: '95% interval', key: 'treatedInterval', num: true, value: r => range(r.treated.low, r.treated.high, pct) },
    { title: 'Holdout expanded', key: 'holdout', num: true, value: r => arm(r, 'holdout') },
    { title: 'Holdout rate', key: 'holdoutRate', num: true, value: r => pct(r.holdout.rate) },
    { title: '95% interval', key: 'holdoutInterval', num: true, value: r => range(r.holdout.low, r.holdout.high, pct) },
    { title: 'Uplift', key: 'uplift', num: true, value: r => pts(r.uplift.difference) },
    { title: '95% interval', key: 'upliftInterval', num: true, value: r => range(r.uplift.low, r.uplift.high, pts) },
    { title: 'Reading', key: 'verdict', value: r => verdictHtml(verdict(r.uplift)) },
  ], rows, { id: 'uplift-table', rowId: r => r.cohort }));
}

function renderChurn(view) {
  show('churn-note', `Accounts whose first offer was started in the period (or, held out, would have been) and the
    <b id="churn-window">${esc(view.windowDays)}</b> days after it: churn events and CSAT answers, treated against held
    out. <span id="churn-open">${fmt.int(view.openWindowsExcluded)}</span> accounts whose window is still open are left out.`);
  const arms = [['treated', 'Treated', view.treated], ['holdout', 'Holdout', view.holdout]];
  draw('churn-chart', {
    title: [{ text: 'Churn within the window', left: '4%', textStyle: { fontSize: 13 } },
      { text: 'Mean CSAT (1–5)', left: '56%', textStyle: { fontSize: 13 } }],
    grid: [{ left: 50, width: '36%', top: 40, bottom: 30 }, { left: '60%', right: 16, top: 40, bottom: 30 }],
    tooltip: { trigger: 'item' },
    xAxis: [{ type: 'category', gridIndex: 0, data: arms.map(a => a[1]) }, { type: 'category', gridIndex: 1, data: arms.map(a => a[1]) }],
    yAxis: [{ type: 'value', gridIndex: 0, min: 0, axisLabel: { formatter: '{value}%' } }, { type: 'value', gridIndex: 1, min: 0, max: 5 }],
    series: [
      { name: 'Churn rate', type: 'bar', xAxisIndex: 0, yAxisIndex: 0, barWidth: '45%',
        data: arms.map(([key, , a]) => ({ value: a.churn.rate == null ? null : 100 * a.churn.rate, itemStyle: { color: COLORS[key] } })) },
      whiskers('Churn 95% interval', arms.map(([, , a], i) => a.churn.rate == null ? null : [i, 100 * a.churn.low, 100 * a.churn.high])
        .filter(Boolean), '#1d2433', { xAxisIndex: 0, yAxisIndex: 0 }),
      { name: 'Mean CSAT', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, barWidth: '45%',
        data: arms.map(([key, , a]) => ({ value: a.meanCsat, itemStyle: { color: COLORS[key] } })) },
    ],
  });
  show('churn', table([
    { title: 'Arm', key: 'arm', value: r => `<b>${esc(r[1])}</b>` },
    { title: 'Accounts', key: 'accounts', num: true, value: r => fmt.int(r[2].accounts) },
    { title: 'Churned', key: 'churned', num: true, value: r => fmt.int(r[2].churn.successes) },
    { title: 'Churn rate', key: 'churnRate', num: true, value: r => pct(r[2].churn.rate) },
    { title: '95% interval', key: 'churnInterval', num: true, value: r => range(r[2].churn.low, r[2].churn.high, pct) },
    { title: 'CSAT answers', key: 'csatResponses', num: true, value: r => fmt.int(r[2].csatResponses) },
    { title: 'Mean CSAT', key: 'meanCsat', num: true, value: r => fmt.num(r[2].meanCsat, 2) },
  ], arms, { id: 'churn-table', rowId: r => r[0] }));
  const v = verdict(view.excessChurn, 'more churn after offers', 'less churn after offers', false);
  show('excess-churn', `Excess churn (treated − holdout): <b id="excess-churn-value">${pts(view.excessChurn.difference)}</b>
    (95% interval <span id="excess-churn-interval">${range(view.excessChurn.low, view.excessChurn.high, pts)}</span>) —
    ${verdictHtml(v, 'excess-churn-verdict')}.
    CSAT difference: <b id="csat-difference">${signed(view.csatDifference, 2)}</b>.
    Mean “was this helpful?” rating: <b id="helpful-rating">${fmt.num(view.meanHelpfulRating, 2)}</b>.`);
  show('churn-by-response', table([
    { title: 'Treated, by response to the offer', key: 'response', value: r => `<b>${esc(r.response)}</b>` },
    { title: 'Accounts', key: 'accounts', num: true, value: r => fmt.int(r.accounts) },
    { title: 'Churned', key: 'churned', num: true, value: r => fmt.int(r.churned) },
    { title: 'Churn rate', key: 'churnRate', num: true, value: r => pct(r.churnRate) },
    { title: 'CSAT answers', key: 'csatResponses', num: true, value: r => fmt.int(r.csatResponses) },
    { title: 'Mean CSAT', key: 'meanCsat', num: true, value: r => fmt.num(r.meanCsat, 2) },
  ], view.treatedByResponse, { id: 'by-response-table', rowId: r => r.response, empty: 'No treated account had an offer in the period.' }));
}

function renderKpis(timeToExpansion, uplift, churn) {
  const u = uplift.overall.uplift;
  show('kpis', kpi('Uplift within ' + uplift.horizonDays + ' days', pts(u.difference), 'uplift',
      `95% interval ${esc(range(u.low, u.high, pts))}; ${esc(verdict(u).text)}`)
    + kpi('Treated expanded', pct(uplift.overall.treated.rate), 'treated-rate',
      `${fmt.int(uplift.overall.treated.successes)} of ${fmt.int(uplift.overall.treated.trials)} accounts`)
    + kpi('Holdout expanded', pct(uplift.overall.holdout.rate), 'holdout-rate',
      `${fmt.int(uplift.overall.holdout.successes)} of ${fmt.int(uplift.overall.holdout.trials)} accounts`)
    + kpi('Median days, treated', timeToExpansion.treated.medianDays == null ? 'not reached' : fmt.int(timeToExpansion.treated.medianDays), 'median-treated')
    + kpi('Median days, holdout', timeToExpansion.holdout.medianDays == null ? 'not reached' : fmt.int(timeToExpansion.holdout.medianDays), 'median-holdout')
    + kpi('Excess churn', pts(churn.excessChurn.difference), 'excess-churn', esc(verdict(churn.excessChurn, 'more churn', 'less churn', false).text)));
}

async function load() {
  const values = readForm();
  const all = query(values, FIELDS);
  history.replaceState(null, '', PAGE + (all ? '?' + all : ''));
  const base = query(values, ACCOUNT_FILTERS);
  const report = (name, names = []) => api(`/api/v1/reports/${name}?` + [base, query(values, names)].filter(Boolean).join('&'));
  document.querySelectorAll('main section').forEach(s => s.classList.add('stale'));
  // Each section is drawn as soon as its report answers; the slow ones (at 100,000 accounts) do not hold up the others.
  const section = (id, name, names, render) => report(name, names)
    .then(view => { render(view); return view; })
    .finally(() => document.getElementById(id).classList.remove('stale'));
  const settled = await Promise.allSettled([
    section('signal-section', 'conversion-by-signal', [], renderSignals),
    section('rule-section', 'conversion-by-rule', ['rulesetVersion'], renderRules),
    section('km-section', 'time-to-expansion', [], renderKm),
    section('uplift-section', 'uplift-by-cohort', ['by', 'horizonDays'], renderUplift),
    section('churn-section', 'churn-impact', [], renderChurn),
  ]);
  const errors = [...new Set(settled.filter(r => r.status === 'rejected').map(r => r.reason.message))];
  if (errors.length) throw new Error(errors.join(' · '));
  renderKpis(...settled.slice(2).map(r => r.value));
}

run(async () => {
  await layout(PAGE);
  fillForm();
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); run(load); });
  document.getElementById('km-curve').addEventListener('change', () => { if (km) kmSteps(); });
  await load();
});
