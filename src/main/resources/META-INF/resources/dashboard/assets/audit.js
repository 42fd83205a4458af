import { api, layout, run, fmt, esc, table, pager, show } from './app.js';

const SIZE = 20;
const params = new URLSearchParams(location.search);

/** datetime-local is the browser's local time; the API takes instants. */
function instant(value) {
  return value ? new Date(value).toISOString() : '';
}

async function search(page) {
  const form = new FormData(document.getElementById('filters'));
  const query = new URLSearchParams({ page, size: SIZE });
  for (const [k, v] of form) if (v) query.set(k, k === 'from' || k === 'to' ? instant(v) : v.trim());
  const result = await api('/api/v1/audit/evaluations?' + query);
  show('results', table([
    { title: 'Decided', key: 'createdAt', value: e => fmt.time(e.createdAt) },
    { title: 'Account', key: 'accountId', value: e => `<span class="mono">${esc(e.accountId)}</span>` },
    { title: 'As of', key: 'asOf', value: e => fmt.time(e.asOf) },
    { title: 'Score', key: 'score', num: true, value: e => e.score },
    { title: 'Tier', key: 'tier', value: e => fmt.tier(e.tier) },
    { title: 'Rule set', key: 'version', value: e => `<span class="mono">${esc(e.rulesetVersion.slice(0, 12))}</span>` },
    { title: 'Asked by', key: 'principal', value: e => esc(e.principal || '—') },
  ], result.items, { id: 'results-table', empty: 'No decision matches.', rowId: e => e.id,
    onClick: e => { location.href = '/dashboard/audit.html?id=' + e.id; } }));
  show('paging', pager(result, p => run(() => search(p))));
}

function kv(object) {
  const rows = Object.entries(object || {}).map(([k, v]) => ({ k, v }));
  return table([
    { title: 'Fact', key: 'fact', value: r => `<span class="mono">${esc(r.k)}</span>` },
    { title: 'Value', key: 'value', value: r => esc(typeof r.v === 'object' && r.v !== null ? JSON.stringify(r.v) : r.v) },
  ], rows, { id: 'facts-table', rowId: r => r.k });
}

async function detail(id) {
  document.getElementById('search-view').hidden = true;
  document.getElementById('detail-view').hidden = false;
  const record = await api('/api/v1/audit/evaluations/' + encodeURIComponent(id));
  const out = record.outputs || {};
  const readiness = out.readiness || {};
  show('detail-kpis', [['Account', `<a href="/dashboard/account.html?id=${encodeURIComponent(record.accountId)}" id="detail-account">${esc(record.accountId)}</a>`],
    ['Score', `<span id="detail-score">${esc(readiness.score)}</span>`], ['Tier', fmt.tier(readiness.tier)],
    ['Fired rules', `<span id="detail-fired-count">${record.firedRules.length}</span>`]]
    .map(([l, v]) => `<div class="kpi"><div class="label">${l}</div><div class="value">${v}</div></div>`).join(''));
  show('detail-meta', `Evaluation <span class="mono" id="detail-id">${esc(record.id)}</span> as of ${fmt.time(record.asOf)},
    decided ${fmt.time(record.createdAt)} by ${esc(record.principal || 'unknown')} with rule set
    <span class="mono" id="detail-version">${esc(record.rulesetVersion)}</span>`);
  show('detail-signals', table([
    { title: 'Signal', key: 'code', value: s => `<b>${esc(s.code)}</b>` },
    { title: 'Strength', key: 'strength', num: true, value: s => fmt.num(s.strength) },
    { title: 'Evidence', key: 'evidence', value: s => esc(s.evidence) },
  ], out.signals, { id: 'detail-signals-table', empty: 'No signal.' }));
  show('detail-factors', table([
    { title: 'Factor', key: 'factor', value: f => esc(f.factor) },
    { title: 'Points', key: 'points', num: true, value: f => f.points },
    { title: 'Weight', key: 'weight', num: true, value: f => f.weight },
  ], readiness.factors, { id: 'detail-factors-table' }));
  show('detail-actions', table([
    { title: 'Playbook', key: 'playbook', value: a => `<b>${esc(a.playbook)}</b>` },
    { title: 'Channel', key: 'channel', value: a => esc(a.channel) },
    { title: 'Reason', key: 'reason', value: a => esc(a.reason) },
    { title: 'Proposed by', key: 'rule', value: a => `<span class="mono">${esc(a.rule || '')}</span>` },
    { title: 'Routed by', key: 'routedBy', value: a => `<span class="mono">${esc(a.routedBy || '')}</span>` },
  ], out.actions, { id: 'detail-actions-table', empty: 'No action started.' }));
  show('detail-suppressed', table([
    { title: 'Playbook', key: 'playbook', value: s => esc(s.playbook) },
    { title: 'Guardrail', key: 'guardrail', value: s => `<b>${esc(s.guardrail)}</b>` },
    { title: 'Reason', key: 'reason', value: s => esc(s.reason) },
  ], out.suppressed, { id: 'detail-suppressed-table', empty: 'Nothing held back.' }));
  show('detail-fired', table([
    { title: '#', key: 'order', num: true, value: f => f.order },
    { title: 'Rule', key: 'rule', value: f => `<span class="mono">${esc(f.rule)}</span>` },
    { title: 'Where', key: 'where', value: f => esc(f.file || '') + (f.sheet ? `, sheet ${esc(f.sheet)}, row ${esc(f.row)}` : f.line ? `, line ${esc(f.line)}` : '') },
  ], record.firedRules, { id: 'fired-table', rowId: f => f.order }));
  show('detail-facts', kv(record.facts));
}

run(async () => {
  await layout('/dashboard/audit.html');
  if (params.get('id')) {
    await detail(params.get('id'));
    return;
  }
  for (const k of ['accountId', 'rule', 'rulesetVersion']) if (params.get(k)) document.getElementById(k).value = params.get(k);
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); run(() => search(0)); });
  await search(0);
});
