// The live ocean: draws one ocean from /ocean/live/stream (Server-Sent Events), smoothing motion
// between messages. Plain JavaScript, no build step. window.moceanLive exposes the state for tests.
'use strict';
(() => {
  const ocean = new URLSearchParams(location.search).get('ocean') || 'main';
  const $ = id => document.getElementById(id);
  const state = {
    ocean, seed: null, width: 900, height: 900, floor: null, floorImage: null,
    players: new Map(), whales: new Map(), treasures: [], events: new Map(),
    teacher: false, paused: false, lastMessage: 0, interval: 150, frames: 0, messages: 0, opened: 0,
  };
  const round = window.moceanRound(state);
  const painter = window.moceanMap(document.getElementById('map'), state, (thing, now) => where(thing, now));
  window.moceanLive = {
    state, view: painter.view, toCanvas: painter.toCanvas, colourOf: painter.colourOf,
    positionOf: name => { const p = state.players.get(name); return p ? where(p, performance.now()) : null; },
  };
  $('ocean-name').textContent = ocean;
  document.title = `Mocean: the live ocean (${ocean})`;

  async function loadFloor(seed) {
    const reply = await fetch(`/ocean/live/floor?seed=${encodeURIComponent(seed)}`).catch(() => null);
    if (state.seed !== seed) return;
    if (!reply || !reply.ok) { state.floorMissing = true; return; } // the map is drawn without its floor
    const floor = await reply.json();
    const image = painter.floorImage(floor);
    if (state.seed !== seed) return;
    Object.assign(state, { floor, floorImage: image, width: floor.width, height: floor.height });
    document.body.dataset.floor = 'drawn';
  }

  // ----- motion: each thing glides from where it was drawn to its newest place over one interval -----
  const wrapDelta = (d, size) => (d > size / 2 ? d - size : d < -size / 2 ? d + size : d);
  const wrap = (v, size) => ((v % size) + size) % size;
  function where(thing, now) {
    const k = Math.min(1, (now - thing.since) / state.interval);
    return {
      x: wrap(thing.from.x + wrapDelta(thing.to.x - thing.from.x, state.width) * k, state.width),
      y: wrap(thing.from.y + wrapDelta(thing.to.y - thing.from.y, state.height) * k, state.height),
    };
  }
  function track(map, items, now) {
    const seen = new Set();
    for (const item of items) {
      seen.add(item.name);
      const known = map.get(item.name);
      const from = known ? where(known, now) : { x: item.x, y: item.y };
      map.set(item.name, { ...item, from, to: { x: item.x, y: item.y }, since: now });
    }
    for (const name of [...map.keys()]) if (!seen.has(name)) map.delete(name);
  }

  // ----- the stream -----
  function receive(message) {
    const now = performance.now();
    if (state.lastMessage) state.interval = Math.min(500, Math.max(60, 0.8 * state.interval + 0.2 * (now - state.lastMessage)));
    state.lastMessage = now;
    state.messages++;
    connected(true);
    if (message.missing) {
      $('connection').textContent = `there is no ocean named ${ocean}`;
      track(state.players, [], now);
      track(state.whales, [], now);
      round.show(null);
      showPlayers();
      return;
    }
    if (message.seed !== state.seed) {
      state.seed = message.seed;
      document.body.dataset.seed = message.seed;
      $('seed').textContent = message.seed;
      loadFloor(message.seed);
    }
    track(state.players, message.players, now);
    track(state.whales, message.whales, now);
    state.treasures = message.treasures || [];
    state.paused = message.paused;
    teacher(message.teacher);
    state.hidden = !!message.hidden; // a round in play: the players have no names on the public screen
    state.names = message.names || [];
    round.show(message.round);
    $('paused').hidden = !message.paused;
    $('bloom').hidden = !message.bloom;
    const n = message.players.length;
    $('count').textContent = `${n === 0 ? 'no' : n} ${n === 1 ? 'player' : 'players'}`;
    for (const e of message.events) state.events.set(e.seq, e);
    if (message.events.length) showEvents();
    showPlayers();
    showTreasures();
  }

  let source = null;
  let connectingSince = 0;
  function connect() {
    if (source) source.close();
    connectingSince = performance.now();
    source = new EventSource(`/ocean/live/stream?ocean=${encodeURIComponent(ocean)}`);
    source.onopen = () => { state.opened++; };
    source.onmessage = event => receive(JSON.parse(event.data));
    source.onerror = () => connected(false);
  }
  // EventSource retries by itself; this also covers a stream that gave up or went quiet.
  setInterval(() => {
    const now = performance.now();
    const quiet = now - Math.max(state.lastMessage, connectingSince) > 3000;
    if (source.readyState === EventSource.CLOSED || quiet) connect();
    if (now - state.lastMessage > 1000) connected(false);
  }, 1000);
  function connected(live) {
    document.body.dataset.connected = String(live);
    if (live) $('connection').textContent = 'live';
    else $('connection').textContent = 'reconnecting…';
  }

  // ----- the side panel -----
  const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const says = {
    Join: e => `${e.player} joined`,
    Quit: e => `${e.player} left`,
    TreasureTaken: e => `${e.player || 'someone'} took the ${e.detail}`,
    WhaleRidden: e => `${e.player || 'someone'} rides ${e.detail}`,
    WhaleLeft: e => `${e.player || 'someone'} got off ${e.detail}`,
    Bloom: e => `${e.player} started a plankton bloom`,
    ChatSent: e => `${e.player} sent a message to ${e.detail}`,
    Removed: e => `${e.player} was removed (${e.detail})`,
    Broadcast: () => 'the teacher sent a notice to everyone',
    Reset: e => `the ocean was reset (seed ${e.detail})`,
    Paused: () => 'the teacher paused the ocean',
    Resumed: () => 'the ocean moves again',
    ...round.says,
  };
  function showEvents() {
    const latest = [...state.events.values()].sort((a, b) => b.seq - a.seq).slice(0, 12);
    for (const seq of [...state.events.keys()]) if (seq < latest[latest.length - 1].seq) state.events.delete(seq);
    $('ticker').replaceChildren(...latest.map(e => {
      const li = document.createElement('li');
      li.dataset.kind = e.kind;
      const time = document.createElement('time');
      time.textContent = clock.format(new Date(e.at));
      li.append(time, (says[e.kind] || (x => `${x.kind} ${x.player}`))(e));
      return li;
    }));
  }
  function showPlayers() {
    if (state.hidden) { // names only, in order, with nothing that ties one to a marker
      $('players').replaceChildren(...state.names.map(name => {
        const li = document.createElement('li');
        li.dataset.name = name;
        li.textContent = name;
        return li;
      }));
      return;
    }
    const items = [...state.players.values()].sort((a, b) => a.name.localeCompare(b.name)).map(p => {
      const li = document.createElement('li');
      Object.assign(li.dataset, { name: p.name, x: p.x.toFixed(1), y: p.y.toFixed(1), z: p.z.toFixed(1) });
      li.textContent = p.z > 0.05 ? `${p.name} ${Math.round(p.z)} m` : p.name;
      return li;
    });
    $('players').replaceChildren(...items);
  }
  function showTreasures() {
    $('treasures').replaceChildren(...state.treasures.map(t => {
      const li = document.createElement('li');
      Object.assign(li.dataset, { name: t.name, x: String(t.x), y: String(t.y) });
      li.textContent = `${t.name} at ${t.seamount}`;
      return li;
    }));
  }
  function teacher(signedIn) {
    if (state.teacher === signedIn && document.body.dataset.teacher === String(signedIn)) return;
    state.teacher = signedIn;
    document.body.dataset.teacher = String(signedIn);
    $('signin').hidden = signedIn;
    $('signed-in').hidden = !signedIn;
  }
  $('signin').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    const reply = await fetch('/teacher/signin', { method: 'POST', body: new URLSearchParams(new FormData(form)) });
    $('signin-result').textContent = reply.ok ? '' : (await reply.text()).trim();
    form.reset();
    if (reply.ok) connect(); // the next stream carries the treasures
  });
  $('signout').addEventListener('click', async () => {
    await fetch('/teacher/signout', { method: 'POST' });
    connect();
  });

  // ----- drawing: see map.js -----
  function frame() {
    if (painter.draw(performance.now())) state.frames++;
    requestAnimationFrame(frame);
  }

  connect();
  requestAnimationFrame(frame);
})();
