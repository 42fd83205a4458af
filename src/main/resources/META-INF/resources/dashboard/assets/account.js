import { api, layout, run, fmt, esc, table, chart, show, outcomeForm, bindOutcomeForms } from './app.js';

const id = new URLSearchParams(location.search).get('id');

function kpi(label, value, key) {
  return `<div class="kpi"><div class="label">${esc(label)}</div><div class="value" id="kpi-${key}">${value}</div></div>`;
}

function readinessChart(history) {
  const points = [...history].reverse();
  const withProbability = points.some(e => e.decision.readiness && e.decision.readiness.probability != null);
  chart(document.getElementById('readiness-chart'), {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'time' },
    yAxis: [{ type: 'value', min: 0, max: 100, name: 'score' },
      ...(withProbability ? [{ type: 'value', min: 0, max: 1, name: 'probability' }] : [])],
    series: [
      { name: 'Readiness score', type: 'line', step: 'end', data: points.map(e => [e.asOf, e.score]),
        markArea: { silent: true, itemStyle: { opacity: 0.06 }, data: [[{ yAxis: 70 }, { yAxis: 100 }]] } },
      ...(withProbability ? [{ name: 'Probability', type: 'line', yAxisIndex: 1,
        data: points.filter(e => e.decision.readiness.probability != null).map(e => [e.asOf, e.decision.readiness.probability]) }] : []),
    ],
  });
}

function signalChart(history) {
  const codes = [...new Set(history.flatMap(e => (e.decision.signals || []).map(s => s.code)))].sort();
  chart(document.getElementById('signal-chart'), {
    grid: { left: 12, right: 24, top: 20, bottom: 40, containLabel: true },
    tooltip: { formatter: p => `${esc(p.data[1])}<br>${fmt.time(p.data[0])}<br>strength ${fmt.num(p.data[2])}<br>${esc(p.data[3])}` },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: codes },
    series: [{ type: 'scatter', symbolSize: v => 6 + 14 * v[2],
      data: history.flatMap(e => (e.decision.signals || []).map(s => [e.asOf, s.code, s.strength, s.evidence])) }],
  });
}

function actionsTable(latest, outcomesByAction, session) {
  const actions = latest ? latest.decision.actions || [] : [];
  const node = table([
    { title: 'Playbook', key: 'playbook', value: a => `<b>${esc(a.playbook)}</b>` },
    { title: 'Channel', key: 'channel', value: a => esc(a.channel) },
    { title: 'Owner', key: 'owner', value: a => esc(a.owner || '—') },
    { title: 'Reason', key: 'reason', value: a => esc(a.reason) },
    { title: 'Rule row', key: 'rule', value: a => `<span class="mono">${esc(a.rule || '')}</span>` },
    { title: 'Response', key: 'response', value: a => outcomesByAction.has(a.id)
        ? `<span class="ok">${esc(outcomesByAction.get(a.id).response)}</span>`
        : session.has('cs') ? outcomeForm(a.id) : '<span class="muted">open</span>' },
  ], actions, { id: 'actions-table', empty: 'No action was started at the latest evaluation.', rowId: a => a.id });
  bindOutcomeForms(node, render);
  return node;
}

let session;

async function render() {
  const [account, history, outcomes, events] = await Promise.all([
    api('/api/v1/accounts/' + encodeURIComponent(id)),
    api(`/api/v1/accounts/${encodeURIComponent(id)}/evaluations?size=200`),
    api(`/api/v1/accounts/${encodeURIComponent(id)}/outcomes?limit=200`),
    api(`/api/v1/accounts/${encodeURIComponent(id)}/events?limit=50`),
  ]);
  document.title = account.name + ' — Headroom';
  show('account-name', esc(account.name));
  show('account-facts', `<span class="mono">${esc(account.id)}</span> · ${esc(account.plan)} · ARR ${fmt.money(account.arr)}
    · ${esc(account.seatsLicensed)} seats · renewal ${fmt.date(account.renewalDate)} · owner ${esc(account.owner || '—')}
    ${account.strategic ? ' · strategic' : ''}${account.doNotContact ? ' · <b>do not contact</b>' : ''}${account.inDunning ? ' · <b>in dunning</b>' : ''}`);
  const latest = history.items[0];
  const d = latest ? latest.decision : {};
  const r = d.readiness || {};
  show('kpis', kpi('Readiness', latest ? latest.score : '—', 'score') + kpi('Tier', fmt.tier(latest && latest.tier), 'tier')
    + kpi('Probability', r.probability != null ? fmt.pct(r.probability) : '—', 'probability')
    + kpi('Revenue potential', d.revenuePotential ? fmt.money(d.revenuePotential.arrDelta) : '—', 'potential')
    + kpi('Expected value', d.revenuePotential ? fmt.money(d.revenuePotential.expectedValue) : '—', 'expected')
    + kpi('Days to expansion', d.forecast && d.forecast.daysToExpansion != null ? fmt.int(d.forecast.daysToExpansion) : '—', 'days')
    + kpi('Upsell within 90 days', d.forecast ? fmt.pct(d.forecast.upsellLikelihood90d) : '—', 'upsell90')
    + kpi('Evaluations', fmt.int(history.total), 'evaluations'));
  show('forecast', d.forecast || d.revenuePotential ? `${d.revenuePotential ? 'Revenue potential: ' + esc(d.revenuePotential.basis) + '. ' : ''}`
    + `${d.forecast ? 'Forecast (' + esc(d.forecast.method || 'none') + '): ' + esc(d.forecast.reason || '') : ''}` : '');
  readinessChart(history.items);
  signalChart(history.items);
  const outcomesByAction = new Map(outcomes.map(o => [o.actionId, o]));
  show('actions', actionsTable(latest, outcomesByAction, session));
  show('suppressed', table([
    { title: 'Playbook', key: 'playbook', value: s => esc(s.playbook) },
    { title: 'Guardrail', key: 'guardrail', value: s => `<b>${esc(s.guardrail)}</b>` },
    { title: 'Reason', key: 'reason', value: s => esc(s.reason) },
  ], d.suppressed, { id: 'suppressed-table', empty: 'Nothing was held back.' }));
  show('why-not', table([
    { title: 'Playbook', key: 'playbook', value: w => esc(w.playbook) },
    { title: 'Nearest unmet condition', key: 'unmet', value: w => esc(Array.isArray(w.unmet) ? w.unmet.join('; ') : w.unmet) },
  ], d.whyNot, { id: 'why-not-table', empty: d.whyNot ? 'Every playbook of the tier fired.' : 'This rule set does not explain why-nots yet.' }));
  show('signals', table([
    { title: 'Signal', key: 'code', value: s => `<b>${esc(s.code)}</b>` },
    { title: 'Family', key: 'family', value: s => esc(s.family) },
    { title: 'Strength', key: 'strength', num: true, value: s => fmt.num(s.strength) },
    { title: 'Evidence', key: 'evidence', value: s => esc(s.evidence) },
  ], d.signals, { id: 'signals-table', empty: 'No signal at the latest evaluation.' }));
  show('outcomes', table([
    { title: 'Responded', key: 'respondedAt', value: o => fmt.time(o.respondedAt) },
    { title: 'Playbook', key: 'playbook', value: o => esc(o.playbook) },
    { title: 'Channel', key: 'channel', value: o => esc(o.channel) },
    { title: 'Response', key: 'response', value: o => `<b>${esc(o.response)}</b>` },
    { title: 'ARR delta', key: 'arrDelta', num: true, value: o => fmt.money(o.arrDelta) },
    { title: 'Note', key: 'reason', value: o => esc(o.reason || '') },
    { title: 'Recorded by', key: 'principal', value: o => esc(o.principal || '—') },
  ], outcomes, { id: 'outcomes-table', empty: 'No response recorded yet.' }));
  show('events', table([
    { title: 'When', key: 'occurredAt', value: e => fmt.date(e.occurredAt) },
    { title: 'Kind', key: 'kind', value: e => `<b>${esc(e.kind)}</b>` },
    { title: 'ARR delta', key: 'arrDelta', num: true, value: e => fmt.money(e.arrDelta) },
    { title: 'Source', key: 'source', value: e => esc(e.source) },
  ], events, { id: 'events-table', empty: 'No commercial event recorded.' }));
  show('evaluations', table([
    { title: 'As of', key: 'asOf', value: e => fmt.time(e.asOf) },
    { title: 'Score', key: 'score', num: true, value: e => e.score },
    { title: 'Tier', key: 'tier', value: e => fmt.tier(e.tier) },
    { title: 'Signals', key: 'signals', num: true, value: e => (e.decision.signals || []).length },
    { title: 'Actions', key: 'actions', value: e => esc((e.decision.actions || []).map(a => a.playbook).join(', ') || '—') },
    { title: 'Rule set', key: 'version', value: e => `<span class="mono">${esc(e.rulesetVersion.slice(0, 12))}</span>` },
    { title: 'Audit', key: 'audit', value: e => session.has('governance') ? `<a href="/dashboard/audit.html?id=${e.id}">open</a>` : '' },
  ], history.items.slice(0, 20), { id: 'evaluations-table', empty: 'Never evaluated.', rowId: e => e.id }));
}

run(async () => {
  session = await layout('/dashboard/accounts.html');
  if (!id) throw new Error('Open an account from the Accounts page (no ?id= given).');
  await render();
});
