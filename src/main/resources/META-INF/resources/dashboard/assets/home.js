import { layout, run, esc } from './app.js';

const DESCRIPTIONS = {
  '/dashboard/overview.html': 'Pipeline by tier and channel, NRR trend, forecast against realised expansion, growth efficiency.',
  '/dashboard/conversion.html': 'Conversion by signal and rule row, time to expansion (Kaplan–Meier), uplift against the holdout, churn and CSAT impact.',
  '/dashboard/accounts.html': 'Every account with its latest readiness; open one for its signals, readiness history, actions, holds and outcomes.',
  '/dashboard/worklist.html': 'Actions routed to people, with their reasons; record the customer’s response in place.',
  '/dashboard/rulesets.html': 'Rule-set versions, cell-level diffs, simulated impact; approve, activate, roll back.',
  '/dashboard/audit.html': 'Search every decision by account, rule, version and time; open one to see facts, fired rules and outputs.',
};

run(async () => {
  const next = sessionStorage.getItem('headroom.next');
  if (next) {
    sessionStorage.removeItem('headroom.next');
    if (next !== '/dashboard/' && next !== '/dashboard/index.html') {
      location.replace(next);
      return;
    }
  }
  const session = await layout('/dashboard/');
  const pages = session.pages.filter(p => p.section && p.path !== '/dashboard/index.html');
  document.getElementById('pages').innerHTML = pages.length === 0
    ? `<p class="empty" id="no-pages">Your role (${esc(session.roles.join(', '))}) has no dashboards; it uses the API only.</p>`
    : pages.map(p => `<a class="card" href="${p.path}" data-page="${p.path}"><h2>${esc(p.title)}</h2>
        <p class="muted">${esc(DESCRIPTIONS[p.path] || '')}</p></a>`).join('');
});
