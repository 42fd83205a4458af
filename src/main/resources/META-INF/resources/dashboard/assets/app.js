// Shared by every dashboard page: API calls with the session cookie, the role-based navigation, formatting, tables,
// paging and charts (Apache ECharts, served by the service at /webjars/echarts/dist/echarts.min.js).

/** GET (or another method with a JSON body) on the Headroom API; problems become Errors with their detail. */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(path, {
    method, credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 401) {
    location.href = '/dashboard/login.html?next=' + encodeURIComponent(location.pathname + location.search);
    throw new Error('not logged in');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problems = (data && data.problems || []).map(p => (p.field ? p.field + ': ' : '') + p.message).join('; ');
    const error = new Error((data && (data.detail || data.title)) + (problems ? ' (' + problems + ')' : ''));
    error.status = response.status;
    throw error;
  }
  return data;
}

/** Draws the header: the pages of the user's roles grouped by section, the user and a logout button. */
export async function layout(currentPath) {
  const session = await api('/api/v1/session');
  const nav = session.pages.filter(p => p.section)
    .map(p => `<a href="${p.path}" data-page="${p.path}" class="${p.path === currentPath ? 'current' : ''}">${esc(p.title)}</a>`)
    .join('');
  const header = document.createElement('header');
  header.className = 'top';
  header.innerHTML = `<a class="brand" href="/dashboard/">Headroom</a><nav id="nav">${nav}</nav>
    <span class="who">Logged in as <b id="user">${esc(session.user)}</b> (${esc(session.roles.join(', '))})</span>
    <button class="secondary" id="logout" type="button">Log out</button>`;
  document.body.prepend(header);
  header.querySelector('#logout').addEventListener('click', async () => {
    await fetch('/api/v1/session', { method: 'DELETE', credentials: 'same-origin' });
    location.href = '/dashboard/login.html';
  });
  session.has = role => session.roles.includes(role) || session.roles.includes('admin');
  return session;
}

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export const fmt = {
  int: v => v == null ? '—' : Math.round(v).toLocaleString('en-US'),
  money: v => v == null ? '—' : (Math.round(Number(v)) < 0 ? '-$' : '$') + Math.abs(Math.round(Number(v))).toLocaleString('en-US'),
  pct: (v, digits = 0) => v == null ? '—' : (100 * v).toFixed(digits) + '%',
  num: (v, digits = 2) => v == null ? '—' : Number(v).toFixed(digits),
  date: v => v ? String(v).slice(0, 10) : '—',
  time: v => v ? String(v).replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC') : '—',
  tier: v => v ? `<span class="tier ${esc(v)}">${esc(v)}</span>` : '—',
};

/**
 * A table: columns are {title, value(row) → HTML string, num?}; rows may be clicked (onClick) and carry a test id.
 * Returns the table element; an empty list shows `empty` instead.
 */
export function table(columns, rows, { id, empty = 'Nothing to show.', onClick, rowId } = {}) {
  if (!rows || rows.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    if (id) p.id = id;
    p.textContent = empty;
    return p;
  }
  const t = document.createElement('table');
  if (id) t.id = id;
  t.innerHTML = '<thead><tr>' + columns.map(c => `<th class="${c.num ? 'num' : ''}">${esc(c.title)}</th>`).join('')
    + '</tr></thead><tbody>' + rows.map((r, i) => `<tr data-row="${esc(rowId ? rowId(r) : i)}" class="${onClick ? 'clickable' : ''}">`
      + columns.map(c => `<td class="${c.num ? 'num' : ''}" data-col="${esc(c.key || c.title)}">${c.value(r) ?? ''}</td>`).join('')
      + '</tr>').join('') + '</tbody>';
  if (onClick) {
    t.querySelectorAll('tbody tr').forEach((tr, i) => tr.addEventListener('click', e => {
      if (!e.target.closest('a,button,input,select,form')) onClick(rows[i]);
    }));
  }
  return t;
}

/** "Page 2 of 40 (1,000 items)" with previous / next buttons; onGo(page) is called with the page wanted. */
export function pager({ page, size, total }, onGo) {
  const pages = Math.max(1, Math.ceil(total / size));
  const div = document.createElement('div');
  div.className = 'pager';
  div.innerHTML = `<button class="secondary" type="button" data-go="prev" ${page <= 0 ? 'disabled' : ''}>Previous</button>
    <span id="page-info">Page ${page + 1} of ${pages.toLocaleString('en-US')} (<span id="total">${total.toLocaleString('en-US')}</span> in all)</span>
    <button class="secondary" type="button" data-go="next" ${page + 1 >= pages ? 'disabled' : ''}>Next</button>`;
  div.querySelector('[data-go=prev]').addEventListener('click', () => onGo(page - 1));
  div.querySelector('[data-go=next]').addEventListener('click', () => onGo(page + 1));
  return div;
}

/** An ECharts chart in `element`, resized with the window; drawing again (new filters) replaces what it showed. */
export function chart(element, option) {
  let instance = echarts.getInstanceByDom(element);
  if (!instance) {
    instance = echarts.init(element, null, { renderer: 'canvas' });
    window.addEventListener('resize', () => instance.resize());
  }
  instance.setOption({ animation: false, grid: { left: 56, right: 24, top: 36, bottom: 40 }, ...option }, true);
  element.dataset.ready = 'true';
  return instance;
}

export function show(id, html) {
  const node = document.getElementById(id);
  if (typeof html === 'string') node.innerHTML = html; else node.replaceChildren(html);
  return node;
}

/** Runs a page's main function and shows any error on the page instead of failing silently. */
export async function run(main) {
  document.body.dataset.loaded = 'busy';
  document.getElementById('page-error')?.remove();
  try {
    await main();
    document.body.dataset.loaded = 'true';
  } catch (e) {
    const div = document.createElement('div');
    div.className = 'error';
    div.id = 'page-error';
    div.textContent = e.message;
    (document.querySelector('main') || document.body).prepend(div);
    document.body.dataset.loaded = 'error';
  }
}

const RESPONSES = ['ACCEPTED', 'DECLINED', 'NO_RESPONSE', 'DEFERRED'];

function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return [...b].map(x => x.toString(16).padStart(2, '0')).join('');
}

/** The in-place form that records a customer's response to action `actionId` (POST /api/v1/actions/{id}/outcome). */
export function outcomeForm(actionId) {
  return `<form class="inline-form record-outcome" data-action="${esc(actionId)}">
    <select name="response" aria-label="response">${RESPONSES.map(r => `<option>${r}</option>`).join('')}</select>
    <input name="arrDelta" type="number" step="0.01" placeholder="ARR delta" aria-label="ARR delta">
    <input name="reason" placeholder="note" aria-label="note">
    <button type="submit">Record</button></form>`;
}

/** Sends the outcome forms under `root` (with an Idempotency-Key, so a double click records once), then `after()`. */
export function bindOutcomeForms(root, after) {
  root.querySelectorAll('form.record-outcome').forEach(form => {
    const key = uuid();
    form.addEventListener('submit', e => {
      e.preventDefault();
      const data = new FormData(form);
      const body = { response: data.get('response') };
      if (data.get('arrDelta')) body.arrDelta = Number(data.get('arrDelta'));
      if (data.get('reason')) body.reason = data.get('reason');
      run(async () => {
        try {
          await api(`/api/v1/actions/${form.dataset.action}/outcome`, { method: 'POST', body, headers: { 'Idempotency-Key': key } });
        } catch (err) {
          form.querySelector('.outcome-error')?.remove();
          form.insertAdjacentHTML('beforeend', `<span class="error outcome-error">${esc(err.message)}</span>`);
          return;
        }
        await after();
      });
    });
  });
}
