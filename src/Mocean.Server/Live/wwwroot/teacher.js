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
    if (yes) { refreshPlayers(); refreshRound(); refreshRecorded(); }
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
    refreshRound();
    refreshRecorded();
  });

  for (const form of document.querySelectorAll('form[data-route]')) {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (form.dataset.confirm && !confirm(form.dataset.confirm)) return;
      const result = await call('POST', form.dataset.route, new FormData(form), form.dataset.global === 'true');
      show(form.querySelector('output'), result);
      if (result.ok) refreshPlayers();
      if (form.dataset.after === 'round') refreshRound();
    });
  }

  // "1 player", "2 players", "no players".
  const count = (n, one, many) => `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;
  // A UTC time of the server (2026-11-29T09:00:05Z) as this browser's local time, 2026-11-29 10:00:05,
  // in a <time> element that keeps the UTC time (shown when the pointer rests on it).
  const pad = n => String(n).padStart(2, '0');
  function localTime(utc) {
    const at = new Date(utc);
    const time = document.createElement('time');
    time.dateTime = utc;
    time.title = `${utc} (UTC)`;
    time.textContent = Number.isNaN(at.getTime()) ? utc
      : `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
    return time;
  }
  function cells(row, ...contents) {
    for (const content of contents) {
      const cell = document.createElement('td');
      cell.append(content);
      row.append(cell);
    }
  }
  // The first fields of a CSV line, the last one keeping its commas (a chat message may have some).
  function fields(line, n) {
    const parts = line.split(',');
    return [...parts.slice(0, n - 1), parts.slice(n - 1).join(',')];
  }

  // GET /admin/players answers "N players (ocean,name,joined,last seen)" and one CSV line per player.
  async function refreshPlayers() {
    const result = await call('GET', '/admin/players');
    if (!result.ok) { show($('players-result'), result); return; }
    const lines = result.text.split('\n').slice(1).filter(line => line.trim());
    $('players-result').textContent = `${count(lines.length, 'player', 'players')} in ${ocean()}`;
    $('players').replaceChildren(...lines.map(line => {
      const [, name, joined, seen] = fields(line, 4);
      const row = document.createElement('tr');
      row.dataset.name = name;
      cells(row, name, localTime(joined), localTime(seen));
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

  // The round: GET /round?ocean= answers phase,seconds_left,tasks_done,tasks_total,living,out (and "winner: ..."
  // when over); GET /admin/round/roles answers name,role per line (the teacher's, at any time).
  const phases = { none: 'no round', play: 'in play', meeting: 'a meeting', over: 'over' };
  async function refreshRound() {
    const reply = await fetch(`/round?ocean=${encodeURIComponent(ocean())}`);
    const text = (await reply.text()).trim();
    const status = $('round-status');
    if (!reply.ok) { status.textContent = text; status.dataset.phase = 'none'; $('roles').replaceChildren(); return; }
    const [line, winner] = text.split('\n');
    const [phase, left, done, total, living, out] = line.split(',');
    if (status.dataset.phase !== phase) refreshRecorded(); // a round started or ended: the record has news
    status.dataset.phase = phase;
    const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    status.textContent = phase === 'none' ? 'no round'
      : `${phases[phase] || phase}${phase === 'over' ? '' : `, ${time} left`}: ${done} of ${total} crew tasks done, ${living} living, ${out} out${winner ? `; ${winner}` : ''}`;
    if (phase === 'none') { $('roles').replaceChildren(); return; }
    const roles = await call('GET', '/admin/round/roles');
    $('roles').replaceChildren(...(roles.ok ? roles.text.split('\n').filter(l => l.trim()) : []).map(l => {
      const [name, role] = l.split(',');
      const row = document.createElement('tr');
      Object.assign(row.dataset, { name, role });
      cells(row, name, role);
      return row;
    }));
  }
  // The round moves on by itself (time, tasks, meetings): its line is read again every two seconds.
  setInterval(() => { if (document.body.dataset.signedIn === 'true') refreshRound(); }, 2000);
  // GET /admin/chatlog answers "N chat lines (time,from,to,text)" and one CSV line per message.
  $('refresh-chat').addEventListener('click', async () => {
    const result = await call('GET', '/admin/chatlog');
    if (!result.ok) { show($('chatlog-result'), result); $('chatlog').replaceChildren(); return; }
    const lines = result.text.split('\n').slice(1).filter(line => line.trim());
    show($('chatlog-result'), { ok: true, text: `${count(lines.length, 'message', 'messages')} in ${ocean()}` });
    $('chatlog').replaceChildren(...lines.map(line => {
      const [at, from, to, text] = fields(line, 4);
      const row = document.createElement('tr');
      Object.assign(row.dataset, { from, to });
      cells(row, localTime(at), from, to, text);
      return row;
    }));
  });
  // The rounds of the ocean's record (the teacher reads them all, the one being played too), newest first.
  async function refreshRecorded() {
    const rounds = await window.moceanRecorded.rounds(ocean());
    const ends = { crew: 'the crew won', impostors: 'the impostors won' };
    $('recorded').replaceChildren(...rounds.reverse().map(r => {
      const row = document.createElement('tr');
      row.dataset.round = String(r.round);
      const links = document.createElement('span');
      for (const link of window.moceanRecorded.links(ocean(), r.round)) {
        if (links.childNodes.length) links.append(' · ');
        if (!link.download) link.target = '_blank';
        links.append(link);
      }
      cells(row, String(r.round), localTime(r.started), r.ended ? ends[r.winner] || 'ended by the teacher' : 'in play', links);
      return row;
    }));
  }
  $('refresh-recorded').addEventListener('click', refreshRecorded);
  $('refresh-status').addEventListener('click', async () => {
    const reply = await fetch('/status');
    // Its UTC times (up since ...Z) read as this browser's local time, like the lists above.
    $('status').textContent = reply.ok
      ? (await reply.text()).replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\b/g, utc => localTime(utc).textContent)
      : 'this server has no /status yet';
  });

  fetch('/teacher/session').then(reply => signedIn(reply.ok));
})();
