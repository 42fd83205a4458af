import { api, layout, run, fmt, esc, table, pager, show, outcomeForm, bindOutcomeForms } from './app.js';

const SIZE = 25;
let session;

async function load(page) {
  const form = new FormData(document.getElementById('filters'));
  const query = new URLSearchParams({ page, size: SIZE });
  for (const [k, v] of form) if (v) query.set(k, v.trim());
  if (query.get('channel') === 'human') { // the people's list: CS, sales and executive actions, not in-product prompts
    query.delete('channel');
    query.set('contact', 'human');
  }
  const result = await api('/api/v1/actions?' + query);
  const canRecord = session.has('cs');
  show('worklist', table([
    { title: 'Started', key: 'createdAt', value: a => fmt.time(a.createdAt) },
    { title: 'Account', key: 'account', value: a => `<a href="/dashboard/account.html?id=${encodeURIComponent(a.accountId)}">${esc(a.accountName || a.accountId)}</a>` },
    { title: 'Playbook', key: 'playbook', value: a => `<b>${esc(a.playbook)}</b>` },
    { title: 'Channel', key: 'channel', value: a => esc(a.channel) },
    { title: 'Owner', key: 'owner', value: a => esc(a.owner || '—') },
    { title: 'Why', key: 'reason', value: a => esc(a.reason) },
    { title: 'Status', key: 'status', value: a => a.status === 'OPEN' && canRecord ? outcomeForm(a.id)
        : `<span class="${a.status === 'OPEN' ? '' : 'ok'}">${esc(a.status)}</span>` },
  ], result.items, { id: 'worklist-table', empty: 'Nothing to work on with these filters.', rowId: a => a.id }));
  bindOutcomeForms(document.getElementById('worklist'), () => load(page));
  show('paging', pager(result, p => run(() => load(p))));
}

run(async () => {
  session = await layout('/dashboard/worklist.html');
  const params = new URLSearchParams(location.search);
  for (const k of ['status', 'channel', 'owner', 'accountId']) if (params.has(k)) document.getElementById(k).value = params.get(k);
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); run(() => load(0)); });
  await load(0);
});
