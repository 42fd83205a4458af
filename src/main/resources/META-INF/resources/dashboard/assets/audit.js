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

/** A recorded or replayed value as text: objects as JSON, absent as a dash. */
function value(v) {
  return v === null || v === undefined ? '—' : esc(typeof v === 'object' ? JSON.stringify(v) : v);
}

/** Draws the answer of POST /api/v1/audit/evaluations/{id}/replay: the verdict, each group, the differences. */
function replayResult(r) {
  const byGroup = new Map(r.groups.map(g => [g, []]));
  for (const d of r.differences) {
    if (!byGroup.has(d.group)) byGroup.set(d.group, []);
    byGroup.get(d.group).push(d);
  }
  const differing = [...byGroup].filter(([, ds]) => ds.length).map(([g]) => g);
  const div = document.createElement('div');
  div.id = 'replay-answer';
  div.dataset.identical = String(r.identical);
  div.innerHTML = (r.identical
    ? '<p class="ok" id="replay-verdict"><b>Identical</b>: every replayed output matches the record.</p>'
    : `<p class="error" id="replay-verdict"><b>Not identical</b>: ${r.differences.length} difference(s), in ${esc(differing.join(', '))}.</p>`)
    + `<p class="sub">Replayed on <b id="replay-on">${r.replayedOn === 'ACTIVE' ? 'the active rule set' : 'the stored files of its version'}</b>
      (<span class="mono">${esc(r.rulesetVersion.slice(0, 12))}</span>), ${r.groups.length} groups compared.</p>`;
  div.append(table([
    { title: 'Group', key: 'group', value: ([g]) => `<span class="mono">${esc(g)}</span>` },
    { title: 'Result', key: 'result', value: ([, ds]) => ds.length
      ? `<b class="bad">${ds.length} difference${ds.length === 1 ? '' : 's'}</b>` : '<span class="ok">identical</span>' },
  ], [...byGroup], { id: 'replay-groups-table', rowId: ([g]) => g }));
  if (r.differences.length) {
    const h = document.createElement('h2');
    h.textContent = 'Differences';
    div.append(h, table([
      { title: 'Group', key: 'group', value: d => esc(d.group) },
      { title: 'Where', key: 'path', value: d => `<span class="mono">${esc(d.path)}</span>` },
      { title: 'Recorded', key: 'recorded', value: d => `<span class="mono">${value(d.recorded)}</span>` },
      { title: 'Replayed', key: 'replayed', value: d => `<b class="mono">${value(d.replayed)}</b>` },
    ], r.differences, { id: 'replay-differences-table', rowId: d => d.path }));
  }
  const not = document.createElement('p');
  not.id = 'replay-not-replayed';
  if (r.notReplayed.length) {
    not.innerHTML = 'Recorded but not replayed, so not checked: '
      + r.notReplayed.map(p => `<span class="mono not-replayed">${esc(p)}</span>`).join(', ');
  } else {
    not.className = 'muted';
    not.textContent = 'Every recorded output was replayed.';
  }
  div.append(not);
  return div;
}

function bindReplay(id) {
  const button = document.getElementById('replay');
  button.addEventListener('click', () => run(async () => {
    button.disabled = true;
    show('replay-result', '<p class="muted" id="replay-busy">Replaying…</p>');
    try {
      show('replay-result', replayResult(await api(`/api/v1/audit/evaluations/${encodeURIComponent(id)}/replay`, { method: 'POST' })));
    } catch (e) {
      show('replay-result', `<p class="error" id="replay-error">${esc(e.message)}</p>`);
    } finally {
      button.disabled = false;
    }
  }));
}

/**
 * The chain panel: the latest recorded verification (GET /api/v1/audit/verify/latest, no walk) when the page opens;
 * "Verify now" walks the whole chain (GET /api/v1/audit/verify), which takes seconds per few hundred thousand links.
 */
async function chain(fresh) {
  show('chain-detail', `<p class="muted">${fresh ? 'Verifying every link…' : 'Reading the latest verification…'}</p>`);
  let v, when;
  try {
    if (fresh) {
      v = await api('/api/v1/audit/verify');
      when = 'Verified just now.';
    } else {
      const latest = await api('/api/v1/audit/verify/latest');
      v = latest.result;
      when = `Verified ${fmt.time(latest.verifiedAt)} by ${esc(latest.principal)} in ${fmt.num(latest.tookMs / 1000, 1)} s.`;
    }
  } catch (e) {
    show('chain-kpis', '');
    show('chain-detail', e.status === 404
      ? '<p class="muted" id="chain-never">Not verified yet: “Verify now” walks the chain.</p>'
      : `<p class="error" id="chain-error">${esc(e.message)}</p>`);
    return;
  }
  const unchained = Object.entries(v.unchained || {}).filter(([, n]) => n > 0);
  const status = v.firstBroken ? 'Broken' : v.ok ? 'Verified' : 'Records outside the chain';
  show('chain-kpis', [['Chain', `<span id="chain-status" class="${v.ok ? 'ok' : 'bad'}" data-ok="${v.ok}">${status}</span>`],
    ['Verified up to link', `<span id="chain-verified">${fmt.int(v.verified)}</span>`],
    ['Links sealed', `<span id="chain-sealed">${fmt.int(v.sealed)}</span>`],
    ['Awaiting sealing', `<span id="chain-unsealed">${fmt.int(v.unsealed)}</span>`]]
    .map(([l, x]) => `<div class="kpi"><div class="label">${l}</div><div class="value">${x}</div></div>`).join(''));
  const parts = [`<p class="muted" id="chain-when">${when}</p>`];
  parts.push(v.head
    ? `<p>Head: link <span id="chain-head-seq">${v.head.seq}</span>, hash <code id="chain-head-hash">${esc(v.head.chainHash)}</code>
        <span class="muted">(publish it elsewhere: a rewrite of the whole chain then shows too)</span></p>`
    : '<p class="muted" id="chain-head-hash">No link verified yet.</p>');
  const b = v.firstBroken;
  if (b) {
    const record = b.kind === 'EVALUATION' && b.recordId
      ? `<a class="mono" id="chain-broken-record" href="/dashboard/audit.html?id=${encodeURIComponent(b.recordId)}">${esc(b.recordId)}</a>`
      : `<span class="mono" id="chain-broken-record">${esc(b.recordId || '')}</span>`;
    parts.push(`<div class="error" id="chain-broken">First broken link: <b>#<span id="chain-broken-seq">${b.seq}</span></b>
      <span id="chain-broken-kind">${esc(b.kind || '')}</span> ${record} —
      <b id="chain-broken-problem">${esc(b.problem)}</b>${b.changedParts ? `, changed: <span id="chain-broken-parts">${esc(b.changedParts.join(', '))}</span>` : ''}.
      <div id="chain-broken-detail">${esc(b.detail)}</div></div>`);
  }
  if (unchained.length) {
    parts.push(`<p class="error" id="chain-unchained">Stored but neither sealed nor queued (written with the queueing trigger disabled):
      ${unchained.map(([k, n]) => `${esc(k)} ${fmt.int(n)}`).join(', ')}</p>`);
  }
  show('chain-detail', parts.join(''));
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
  bindReplay(id);
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
  const session = await layout('/dashboard/audit.html');
  const verify = session.has('governance');
  if (verify) {
    document.getElementById('chain').hidden = false;
    document.getElementById('chain-verify').addEventListener('click', () => run(() => chain(true)));
  }
  if (params.get('id')) {
    await Promise.all([detail(params.get('id')), verify && chain()]);
    return;
  }
  for (const k of ['accountId', 'rule', 'rulesetVersion']) if (params.get(k)) document.getElementById(k).value = params.get(k);
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); run(() => search(0)); });
  await Promise.all([search(0), verify && chain()]);
});
