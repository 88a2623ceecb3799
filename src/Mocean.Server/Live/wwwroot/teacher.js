// The teacher's page: every form posts to an admin route with its fields in the query string; the
// browser sends the teacher's HttpOnly cookie (set by signing in once), never the key itself.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const ocean = () => $('ocean').value.trim() || 'main';
  const query = (fields, global) => {
    const q = new URLSearchParams(global ? {} : { ocean: ocean() });
    for (const [k, v] of fields) if (String(v).trim() !== '') q.set(k, String(v).trim());
    const text = q.toString();
    return text ? `?${text}` : '';
  };
  async function call(method, route, fields = [], global = false) {
    const reply = await fetch(route + query(fields, global), { method });
    const text = (await reply.text()).trim();
    if (reply.status === 401) signedIn(false);
    return { ok: reply.ok, status: reply.status, text };
  }
  function show(output, result) {
    output.textContent = result.ok ? result.text : `${result.status}: ${result.text}`;
    output.classList.toggle('failed', !result.ok);
  }
  function signedIn(yes) {
    document.body.dataset.signedIn = String(yes);
    $('signin-section').hidden = yes;
    $('desk').hidden = !yes;
    if (yes) refreshPlayers();
  }

  $('signin').addEventListener('submit', async event => {
    event.preventDefault();
    const reply = await fetch('/teacher/signin', { method: 'POST', body: new URLSearchParams(new FormData(event.target)) });
    $('signin-result').textContent = reply.ok ? '' : (await reply.text()).trim();
    event.target.reset();
    signedIn(reply.ok);
  });
  $('signout').addEventListener('click', async () => {
    await fetch('/teacher/signout', { method: 'POST' });
    signedIn(false);
  });
  $('ocean').addEventListener('change', () => {
    $('live-link').href = `/ocean/live?ocean=${encodeURIComponent(ocean())}`;
    refreshPlayers();
  });

  for (const form of document.querySelectorAll('form[data-route]')) {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (form.dataset.confirm && !confirm(form.dataset.confirm)) return;
      const result = await call('POST', form.dataset.route, new FormData(form), form.dataset.global === 'true');
      show(form.querySelector('output'), result);
      if (result.ok) refreshPlayers();
    });
  }

  // GET /admin/players answers "N players (ocean,name,joined,last seen)" and one CSV line per player.
  async function refreshPlayers() {
    const result = await call('GET', '/admin/players');
    if (!result.ok) { show($('players-result'), result); return; }
    const lines = result.text.split('\n').slice(1).filter(line => line.trim());
    $('players-result').textContent = result.text.split('\n')[0];
    $('players').replaceChildren(...lines.map(line => {
      const [, name, joined, seen] = line.split(',');
      const row = document.createElement('tr');
      row.dataset.name = name;
      for (const text of [name, joined, seen]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.addEventListener('click', async () => {
        const removed = await call('POST', '/admin/remove', [['name', name]]);
        show($('players-result'), removed);
        if (removed.ok) row.remove();
      });
      const cell = document.createElement('td');
      cell.append(remove);
      row.append(cell);
      return row;
    }));
  }
  $('refresh-players').addEventListener('click', refreshPlayers);
  $('refresh-chat').addEventListener('click', async () => {
    const result = await call('GET', '/admin/chatlog');
    $('chatlog').textContent = result.ok ? result.text || '(no messages yet)' : `${result.status}: ${result.text}`;
  });
  $('refresh-status').addEventListener('click', async () => {
    const reply = await fetch('/status');
    $('status').textContent = reply.ok ? await reply.text() : 'this server has no /status yet';
  });

  fetch('/teacher/session').then(reply => signedIn(reply.ok));
})();
