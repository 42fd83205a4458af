import { api, layout, run, fmt, esc, table, chart, show } from './app.js';

// Four reports, each rendered as soon as it answers; the filters are the reports' own and are kept in the URL.
const FILTERS = ['from', 'to', 'plan', 'segment', 'region'];
const TIERS = ['HIGH', 'MEDIUM', 'LOW'];
const money = fmt.money;
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const axisMoney = { type: 'value', axisLabel: { formatter: v => (v < 0 ? '-$' : '$') + compact.format(Math.abs(v)) } };
let generation = 0;

function params() {
  const form = new FormData(document.getElementById('filters'));
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const v = String(form.get(name) || '').trim();
    if (v) p.set(name, v);
  }
  return p;
}

function kpi(key, value, note = '') {
  show('kpi-' + key, value);
  show('kpi-' + key + '-note', note);
}

function pipeline(r) {
  kpi('pipeline', money(r.total.expectedValue), `${fmt.int(r.total.accounts)} accounts, potential ${money(r.total.arrDelta)}`
    + ` · held out ${money(r.heldOutExpectedValue)}`);
  const cells = r.byTierAndChannel;
  const tiers = TIERS.filter(t => cells.some(c => c.tier === t));
  const channels = [...new Set(cells.map(c => c.channel))].sort();
  chart(document.getElementById('pipeline-chart'), {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0 },
    xAxis: { type: 'category', data: tiers }, yAxis: axisMoney,
    series: channels.map(ch => ({ name: ch, type: 'bar', stack: 'ev',
      data: tiers.map(t => Number(cells.find(c => c.tier === t && c.channel === ch)?.expectedValue ?? 0)) })),
  });
  show('pipeline', table([
    { title: 'Tier', key: 'tier', value: c => fmt.tier(c.tier) },
    { title: 'Channel', key: 'channel', value: c => esc(c.channel) },
    { title: 'Accounts', key: 'accounts', num: true, value: c => fmt.int(c.accounts) },
    { title: 'ARR potential', key: 'arrDelta', num: true, value: c => money(c.arrDelta) },
    { title: 'Expected value', key: 'expectedValue', num: true, value: c => money(c.expectedValue) },
    { title: 'Probability', key: 'meanProbability', num: true, value: c => fmt.pct(c.meanProbability) },
  ], cells, { id: 'pipeline-table', empty: 'No offer was started in the period.', rowId: c => c.tier + '/' + c.channel }));
}

function nrr(r) {
  const latest = [...r.months].reverse().find(m => m.nrr != null);
  show('kpi-nrr-label', 'NRR, ' + esc(latest ? latest.key : 'latest month'));
  kpi('nrr', fmt.pct(latest?.nrr, 1), latest ? `GRR ${fmt.pct(latest.grr, 1)} · ${fmt.int(latest.customers)} customers` : 'no ARR in the period');
  chart(document.getElementById('nrr-chart'), {
    tooltip: { trigger: 'axis', valueFormatter: v => fmt.pct(v, 1) }, legend: { top: 0 },
    xAxis: { type: 'category', data: r.months.map(m => m.key) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: v => fmt.pct(v, 2) } },
    series: [{ name: 'NRR', type: 'line', data: r.months.map(m => m.nrr) },
      { name: 'GRR', type: 'line', data: r.months.map(m => m.grr) }],
  });
  show('nrr', table([
    { title: 'Month', key: 'month', value: m => esc(m.key) },
    { title: 'NRR', key: 'nrr', num: true, value: m => fmt.pct(m.nrr, 1) },
    { title: 'GRR', key: 'grr', num: true, value: m => fmt.pct(m.grr, 1) },
    { title: 'Customers', key: 'customers', num: true, value: m => fmt.int(m.customers) },
    { title: 'Start ARR', key: 'startArr', num: true, value: m => money(m.startArr) },
    { title: 'Expansion', key: 'expansion', num: true, value: m => money(m.expansion) },
    { title: 'Contraction', key: 'contraction', num: true, value: m => money(m.contraction) },
    { title: 'Churn', key: 'churn', num: true, value: m => money(m.churn) },
  ], r.months, { id: 'nrr-table', rowId: m => m.key }));
}

function forecast(r) {
  const t = r.total;
  kpi('predicted', money(t.predicted), `${fmt.int(t.accounts)} account-months${t.complete ? '' : ' · some still open'}`);
  kpi('realised', money(t.realised), `${fmt.pct(t.realisedToPredicted)} of forecast · ${fmt.int(t.expandedAccounts)} expanded`);
  chart(document.getElementById('forecast-chart'), {
    tooltip: { trigger: 'axis', valueFormatter: money }, legend: { top: 0 },
    xAxis: { type: 'category', data: r.months.map(m => m.month + (m.complete ? '' : ' (open)')) }, yAxis: axisMoney,
    series: [{ name: 'Forecast', type: 'bar', data: r.months.map(m => Number(m.predicted)) },
      { name: 'Realised', type: 'bar', data: r.months.map(m => Number(m.realised)) }],
  });
  show('forecast', table([
    { title: 'Month', key: 'month', value: m => esc(m.month) },
    { title: 'Accounts', key: 'accounts', num: true, value: m => fmt.int(m.accounts) },
    { title: 'Forecast', key: 'predicted', num: true, value: m => money(m.predicted) },
    { title: 'Realised', key: 'realised', num: true, value: m => money(m.realised) },
    { title: 'Realised ÷ forecast', key: 'realisedToPredicted', num: true, value: m => fmt.pct(m.realisedToPredicted) },
    { title: '90 days over', key: 'complete', value: m => m.complete ? 'yes' : '<span class="muted">open</span>' },
  ], r.months, { id: 'forecast-table', empty: 'No decision in the period.', rowId: m => m.month }));
}

function growth(r) {
  kpi('contacts-per-yes', fmt.num(r.contactsPerAcceptedExpansion, 1),
    `${fmt.int(r.humanContacts)} human contacts, ${fmt.int(r.acceptedHumanContacts)} accepted`);
  kpi('arr-per-contact', money(r.expansionArrPerHumanContact), `${money(r.expansionArr)} from ${fmt.int(r.expansionEvents)} expansions`);
  show('growth-summary', `<span id="growth-accounts">${fmt.int(r.accountsContacted)}</span> accounts contacted by people,
    <span id="growth-prompts">${fmt.int(r.automatedPrompts)}</span> automated prompts; realised from human contacts
    <span id="growth-realised">${money(r.realisedArrFromHumanContacts)}</span>
    (<span id="growth-realised-per-contact">${money(r.realisedArrPerHumanContact)}</span> per contact).`);
  chart(document.getElementById('growth-chart'), {
    grid: { left: 56, right: 64, top: 48, bottom: 40 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0 },
    xAxis: { type: 'category', data: r.byChannel.map(c => c.channel), axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: [{ type: 'value', name: 'actions' }, { ...axisMoney, name: 'realised ARR' }],
    series: [{ name: 'Actions', type: 'bar', data: r.byChannel.map(c => c.actions) },
      { name: 'Accepted', type: 'bar', data: r.byChannel.map(c => c.accepted) },
      { name: 'Realised ARR', type: 'bar', yAxisIndex: 1, data: r.byChannel.map(c => Number(c.realisedArr)) }],
  });
  show('growth', table([
    { title: 'Channel', key: 'channel', value: c => esc(c.channel) },
    { title: 'Actions', key: 'actions', num: true, value: c => fmt.int(c.actions) },
    { title: 'Accepted', key: 'accepted', num: true, value: c => fmt.int(c.accepted) },
    { title: 'Realised ARR', key: 'realisedArr', num: true, value: c => money(c.realisedArr) },
    { title: 'Per action', key: 'realisedArrPerAction', num: true, value: c => money(c.realisedArrPerAction) },
  ], r.byChannel, { id: 'growth-table', empty: 'No action in the period.', rowId: c => c.channel }));
}

async function load() {
  const mine = ++generation;
  const p = params();
  history.replaceState(null, '', location.pathname + (p.toString() ? '?' + p : ''));
  const reports = { pipeline, nrr, 'forecast-accuracy': forecast, 'growth-efficiency': growth };
  await Promise.all(Object.entries(reports).map(([name, render]) => api(`/api/v1/reports/${name}?${p}`)
    .then(r => {
      if (mine !== generation) return;
      render(r);
      if (name === 'pipeline') show('period', `Period ${esc(r.filter.from)} to ${esc(r.filter.to)} (exclusive).`);
    })));
}

run(async () => {
  await layout('/dashboard/overview.html');
  const given = new URLSearchParams(location.search);
  for (const name of FILTERS) if (given.get(name)) document.getElementById(name).value = given.get(name);
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); run(load); });
  await load();
});
