import { api, layout, run, fmt, esc, table, pager, show } from './app.js';

const SIZE = 25;

async function load(page) {
  const form = new FormData(document.getElementById('filters'));
  const params = new URLSearchParams({ page, size: SIZE });
  for (const [k, v] of form) if (v) params.set(k, v);
  const result = await api('/api/v1/account-directory?' + params);
  show('accounts', table([
    { title: 'Account', key: 'name', value: a => `<a href="/dashboard/account.html?id=${encodeURIComponent(a.id)}">${esc(a.name)}</a><br><span class="muted mono">${esc(a.id)}</span>` },
    { title: 'Plan', key: 'plan', value: a => esc(a.plan) },
    { title: 'ARR', key: 'arr', num: true, value: a => fmt.money(a.arr) },
    { title: 'Segment', key: 'segment', value: a => esc(a.segment || '—') },
    { title: 'Owner', key: 'owner', value: a => esc(a.owner || '—') },
    { title: 'Renewal', key: 'renewal', value: a => fmt.date(a.renewalDate) },
    { title: 'Score', key: 'score', num: true, value: a => a.score ?? '—' },
    { title: 'Tier', key: 'tier', value: a => fmt.tier(a.tier) },
    { title: 'Evaluated as of', key: 'asOf', value: a => fmt.time(a.asOf) },
  ], result.items, { id: 'accounts-table', empty: 'No account matches.', rowId: a => a.id,
    onClick: a => { location.href = '/dashboard/account.html?id=' + encodeURIComponent(a.id); } }));
  show('paging', pager(result, load));
}

run(async () => {
  await layout('/dashboard/accounts.html');
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); run(() => load(0)); });
  await load(0);
});
