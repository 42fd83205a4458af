import { api, layout, run, fmt, esc, table, show } from './app.js';

let session;
let active;
const params = new URLSearchParams(location.search);

async function versions() {
  const list = await api('/api/v1/rulesets');
  active = (list.find(v => v.status === 'ACTIVE') || {}).version;
  show('versions', table([
    { title: 'Version', key: 'version', value: v => `<a href="?version=${esc(v.version)}" class="mono">${esc(v.version.slice(0, 16))}</a>` },
    { title: 'Status', key: 'status', value: v => `<b>${esc(v.status)}</b>` },
    { title: 'Origin', key: 'origin', value: v => esc(v.origin || '') },
    { title: 'Uploaded', key: 'uploaded', value: v => `${esc(v.uploadedBy || '—')} ${fmt.time(v.uploadedAt || v.firstLoadedAt)}` },
    { title: 'Reviewed', key: 'reviewed', value: v => v.reviewedBy ? `${esc(v.reviewedBy)} ${fmt.time(v.reviewedAt)}` : '—' },
    { title: 'Last active', key: 'lastActivatedAt', value: v => fmt.time(v.lastActivatedAt) },
    { title: 'Rules', key: 'ruleCount', num: true, value: v => fmt.int(v.ruleCount) },
  ], list, { id: 'versions-table', rowId: v => v.version,
    onClick: v => { location.href = '?version=' + encodeURIComponent(v.version); } }));
  return list;
}

function diffTable(diff) {
  const rows = [];
  for (const f of diff.files || []) {
    if (f.change !== 'CHANGED') rows.push({ where: f.path, what: f.change, old: '', now: '' });
    for (const s of f.sheets || []) {
      for (const t of s.tables || []) {
        for (const r of t.added || []) rows.push({ where: `${f.path} › ${s.sheet} › ${t.table} row ${r.row}`, what: 'row added: ' + r.rule, old: '', now: JSON.stringify(r.values) });
        for (const r of t.removed || []) rows.push({ where: `${f.path} › ${s.sheet} › ${t.table} row ${r.row}`, what: 'row removed: ' + r.rule, old: JSON.stringify(r.values), now: '' });
        for (const r of t.changed || []) for (const c of r.cells || []) {
          rows.push({ where: `${f.path} › ${s.sheet} › ${r.rule} › ${c.column || ''} ${c.newCell || c.oldCell || ''}`, what: 'cell', old: c.oldValue, now: c.newValue });
        }
      }
      for (const c of s.cells || []) rows.push({ where: `${f.path} › ${s.sheet} › ${c.newCell || c.oldCell}`, what: 'cell', old: c.oldValue, now: c.newValue });
    }
    for (const l of f.lines || []) rows.push({ where: `${f.path} line ${l.newLine}`, what: l.type, old: (l.oldLines || []).join('\n'), now: (l.newLines || []).join('\n') });
  }
  return table([
    { title: 'Where', key: 'where', value: r => `<span class="mono">${esc(r.where)}</span>` },
    { title: 'Change', key: 'what', value: r => esc(r.what) },
    { title: 'Was', key: 'old', value: r => `<span class="mono">${esc(r.old)}</span>` },
    { title: 'Now', key: 'now', value: r => `<b class="mono">${esc(r.now)}</b>` },
  ], rows, { id: 'diff-table', empty: 'No difference.' });
}

function simulation(sim) {
  if (!sim) return;
  show('sim-kpis', [['Accounts re-run', fmt.int(sim.accounts), 'sim-accounts'],
    ['Scores changed', fmt.int(sim.scoreChanged), 'sim-score-changed'],
    ['Pipeline change', fmt.money(sim.pipeline && sim.pipeline.delta), 'sim-pipeline'],
    ['Human contacts', `${fmt.int(sim.humanContacts.baseline)} → ${fmt.int(sim.humanContacts.candidate)}`, 'sim-contacts'],
    ['Newly held back', fmt.int(sim.newlySuppressed.count), 'sim-suppressed']]
    .map(([l, v, k]) => `<div class="kpi"><div class="label">${l}</div><div class="value" id="kpi-${k}">${v}</div></div>`).join(''));
  show('sim-actions', table([
    { title: 'Playbook', key: 'playbook', value: a => esc(a.playbook) },
    { title: 'Channel', key: 'channel', value: a => esc(a.channel) },
    { title: 'Active version', key: 'baseline', num: true, value: a => fmt.int(a.baseline) },
    { title: 'This version', key: 'candidate', num: true, value: a => fmt.int(a.candidate) },
    { title: 'Added', key: 'added', num: true, value: a => fmt.int(a.added) },
    { title: 'Removed', key: 'removed', num: true, value: a => fmt.int(a.removed) },
  ], sim.actions, { id: 'sim-actions-table', empty: 'No action would change.' }));
  show('sim-accounts', table([
    { title: 'Account', key: 'accountId', value: c => `<a href="/dashboard/account.html?id=${encodeURIComponent(c.accountId)}">${esc(c.accountId)}</a>` },
    { title: 'Tier', key: 'tier', value: c => `${fmt.tier(c.baselineTier)} → ${fmt.tier(c.candidateTier)}` },
    { title: 'Score', key: 'score', value: c => `${c.baselineScore} → ${c.candidateScore}` },
    { title: 'Actions added', key: 'added', value: c => esc((c.added || []).join(', ')) },
    { title: 'Actions removed', key: 'removed', value: c => esc((c.removed || []).join(', ')) },
  ], sim.changedAccounts, { id: 'sim-accounts-table', empty: 'No account’s decision would change.' }));
}

async function detail(version) {
  const v = await api('/api/v1/rulesets/' + encodeURIComponent(version));
  document.getElementById('detail').hidden = false;
  show('version-id', esc(v.version));
  show('version-status', `<b id="status">${esc(v.status)}</b>`);
  show('version-meta', `${esc(v.origin)}${v.basedOn ? ' based on <span class="mono">' + esc(v.basedOn.slice(0, 12)) + '</span>' : ''}
    · uploaded by ${esc(v.uploadedBy || '—')} ${fmt.time(v.uploadedAt)} · ${fmt.int(v.ruleCount)} rules
    ${v.comment ? ' · “' + esc(v.comment) + '”' : ''}${v.review ? ` · ${esc(v.review.decision)} by ${esc(v.review.by)}: “${esc(v.review.comment || '')}”` : ''}`);
  const can = {
    approve: session.has('governance') && v.status === 'CHECKED',
    reject: session.has('governance') && ['DRAFT', 'CHECKED', 'APPROVED'].includes(v.status),
    activate: session.has('growth-ops') && v.status === 'APPROVED',
    rollback: session.has('growth-ops') && v.status === 'RETIRED',
  };
  for (const [k, allowed] of Object.entries(can)) document.getElementById(k).hidden = !allowed;
  const warnings = (v.checks && v.checks.warnings) || [];
  show('checks', warnings.length ? table([{ title: 'Warning', key: 'warning', value: w => esc(w.message || JSON.stringify(w)) }], warnings, { id: 'warnings-table' })
    : '<p class="muted">The checks found nothing to warn about.</p>');
  show('diff', active && active !== v.version ? diffTable(await api(`/api/v1/rulesets/${active}/diff/${v.version}`))
    : '<p class="muted">This is the active version.</p>');
  simulation(v.latestSimulation);
  show('history', table([
    { title: 'When', key: 'at', value: a => fmt.time(a.at) },
    { title: 'What', key: 'kind', value: a => esc(a.kind) },
    { title: 'By', key: 'by', value: a => esc(a.by) },
  ], v.activations, { id: 'history-table', empty: 'Never active.' }));
}

async function change(kind, version) {
  const comment = document.getElementById('change-comment').value.trim();
  try {
    const v = await api(`/api/v1/rulesets/${encodeURIComponent(version)}/${kind}`, { method: 'POST', body: { comment: comment || null } });
    show('action-result', `<span class="ok" id="action-ok">${esc(kind)}: now ${esc(v.status)}</span>`);
  } catch (e) {
    show('action-result', `<span class="error" id="action-error">${esc(e.message)}</span>`);
    return;
  }
  await versions();
  await detail(version);
}

run(async () => {
  session = await layout('/dashboard/rulesets.html');
  await versions();
  const version = params.get('version');
  if (session.has('growth-ops')) {
    document.getElementById('upload-card').hidden = false;
    document.getElementById('upload-form').addEventListener('submit', e => {
      e.preventDefault();
      run(async () => {
        const body = new FormData(e.target);
        const response = await fetch('/api/v1/rulesets', { method: 'POST', body, credentials: 'same-origin' });
        const data = await response.json();
        if (!response.ok) throw new Error(data.detail + ' ' + (data.problems || []).map(p => p.message).join('; '));
        location.href = '?version=' + encodeURIComponent(data.version);
      });
    });
  }
  if (!version) return;
  for (const kind of ['approve', 'reject', 'activate', 'rollback']) {
    document.getElementById(kind).addEventListener('click', () => run(() => change(kind, version)));
  }
  const to = new Date();
  document.getElementById('sim-to').value = to.toISOString().slice(0, 10);
  document.getElementById('sim-from').value = new Date(to.getTime() - 30 * 864e5).toISOString().slice(0, 10);
  document.getElementById('simulate-form').addEventListener('submit', e => {
    e.preventDefault();
    run(async () => {
      await api(`/api/v1/rulesets/${encodeURIComponent(version)}/simulate`, { method: 'POST', body: {
        from: document.getElementById('sim-from').value + 'T00:00:00Z', to: document.getElementById('sim-to').value + 'T00:00:00Z' } });
      await versions();
      await detail(version);
    });
  });
  await detail(version);
});
