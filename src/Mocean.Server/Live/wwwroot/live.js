// The live ocean: draws one ocean from /ocean/live/stream (Server-Sent Events), smoothing motion
// between messages. Plain JavaScript, no build step. window.moceanLive exposes the state for tests.
'use strict';
(() => {
  const ocean = new URLSearchParams(location.search).get('ocean') || 'main';
  const canvas = document.getElementById('map');
  const ctx = canvas.getContext('2d');
  const $ = id => document.getElementById(id);
  const state = {
    ocean, seed: null, width: 900, height: 900, floor: null, floorImage: null,
    players: new Map(), whales: new Map(), treasures: [], events: new Map(),
    teacher: false, paused: false, lastMessage: 0, interval: 150, frames: 0, messages: 0, opened: 0,
  };
  const view = { side: 0, scale: 1, left: 0, top: 0 };
  window.moceanLive = {
    state, view,
    toCanvas: (x, y) => toCanvas(x, y),
    positionOf: name => { const p = state.players.get(name); return p ? where(p, performance.now()) : null; },
    colourOf: name => colourOf(name),
  };
  $('ocean-name').textContent = ocean;
  document.title = `Mocean: the live ocean (${ocean})`;

  // ----- the sea floor: a depth grid per seed, painted once into an offscreen canvas -----
  const sand = [235, 225, 170], teal = [70, 160, 170], floorBlue = [25, 75, 140], abyss = [5, 12, 35];
  const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * Math.min(1, Math.max(0, t))));
  function depthColour(depth, floorDepth, trenchDepth) {
    const half = floorDepth / 2;
    if (depth <= half) return mix(sand, teal, depth / half);
    if (depth <= floorDepth) return mix(teal, floorBlue, (depth - half) / half);
    return mix(floorBlue, abyss, (depth - floorDepth) / (trenchDepth - floorDepth));
  }

  async function loadFloor(seed) {
    const reply = await fetch(`/ocean/live/floor?seed=${encodeURIComponent(seed)}`);
    if (!reply.ok || state.seed !== seed) return;
    const floor = await reply.json();
    const image = document.createElement('canvas');
    image.width = floor.columns;
    image.height = floor.rows;
    const pixels = image.getContext('2d').createImageData(floor.columns, floor.rows);
    for (let row = 0; row < floor.rows; row++) {
      for (let column = 0; column < floor.columns; column++) {
        const [r, g, b] = depthColour(floor.depths[row * floor.columns + column] / 10, floor.floorDepth, floor.trenchDepth);
        const at = ((floor.rows - 1 - row) * floor.columns + column) * 4; // y grows upwards on the map
        pixels.data.set([r, g, b, 255], at);
      }
    }
    image.getContext('2d').putImageData(pixels, 0, 0);
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
    $('paused').hidden = !message.paused;
    $('bloom').hidden = !message.bloom;
    $('count').textContent = String(message.players.length);
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
    TreasureTaken: e => `${e.player} took the ${e.detail}`,
    WhaleRidden: e => `${e.player} rides ${e.detail}`,
    WhaleLeft: e => `${e.player} got off ${e.detail}`,
    Bloom: e => `${e.player} started a plankton bloom`,
    ChatSent: e => `${e.player} sent a message to ${e.detail}`,
    Removed: e => `${e.player} was removed (${e.detail})`,
    Broadcast: () => 'the teacher sent a notice to everyone',
    Reset: e => `the ocean was reset (seed ${e.detail})`,
    Paused: () => 'the teacher paused the ocean',
    Resumed: () => 'the ocean moves again',
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

  // ----- drawing -----
  function toCanvas(x, y) {
    return [view.left + x * view.scale, view.top + (state.height - y) * view.scale];
  }
  function layout() {
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(canvas.clientWidth * ratio), h = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    view.side = Math.min(w, h);
    view.scale = view.side / Math.max(state.width, state.height);
    view.left = (w - state.width * view.scale) / 2;
    view.top = (h - state.height * view.scale) / 2;
  }
  function colourOf(name) { // a bright colour per name, never the sea's own blues
    let hash = 0;
    for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) % 250;
    const hue = hash < 170 ? hash : hash + 110;
    return `hsl(${hue}, 90%, 62%)`;
  }
  function label(text, x, y, colour) {
    ctx.font = `${Math.max(11, Math.round(12 * view.scale))}px system-ui, sans-serif`;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = 'rgba(0, 8, 20, 0.85)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(text, x, y);
  }
  function drawGrid() {
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.12)';
    ctx.lineWidth = 1;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.45)';
    ctx.font = '10px system-ui, sans-serif';
    for (let v = 0; v <= state.width; v += 100) {
      const [x, top] = toCanvas(v, state.height), [, bottom] = toCanvas(v, 0);
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, bottom); ctx.stroke();
      ctx.fillText(String(v), x + 2, bottom - 3);
    }
    for (let v = 100; v <= state.height; v += 100) {
      const [left, y] = toCanvas(0, v), [right] = toCanvas(state.width, v);
      ctx.beginPath(); ctx.moveTo(left, y); ctx.lineTo(right, y); ctx.stroke();
      ctx.fillText(String(v), left + 2, y + 11);
    }
  }
  function drawWhale(w, now) {
    const { x, y } = where(w, now);
    const [cx, cy] = toCanvas(x, y);
    const s = Math.max(6, 9 * view.scale);
    ctx.fillStyle = '#d8e4ee';
    ctx.beginPath(); ctx.ellipse(cx, cy, s * 1.6, s * 0.8, 0, 0, Math.PI * 2); ctx.fill();
    ctx.beginPath(); ctx.moveTo(cx - s * 1.4, cy); ctx.lineTo(cx - s * 2.4, cy - s * 0.8); ctx.lineTo(cx - s * 2.4, cy + s * 0.8); ctx.fill();
    label(w.name, cx - s * 1.6, cy - s * 1.2, '#d8e4ee');
  }
  function drawTreasure(t) {
    const [cx, cy] = toCanvas(t.x, t.y);
    const s = Math.max(5, 6 * view.scale);
    ctx.fillStyle = '#f5b800';
    ctx.beginPath(); ctx.moveTo(cx, cy - s); ctx.lineTo(cx + s, cy); ctx.lineTo(cx, cy + s); ctx.lineTo(cx - s, cy); ctx.closePath(); ctx.fill();
    label(t.name, cx + s + 2, cy + 4, '#ffd966');
  }
  function drawPlayer(p, now) {
    const { x, y } = where(p, now);
    const [cx, cy] = toCanvas(x, y);
    const s = Math.max(7, 9 * view.scale);
    const colour = colourOf(p.name);
    if (p.z > 0.05) { // a diver: a ring that darkens with depth
      const dark = Math.min(1, p.z / 50);
      ctx.strokeStyle = `rgba(0, 10, 40, ${0.35 + 0.6 * dark})`;
      ctx.lineWidth = 3 + 3 * dark;
      ctx.beginPath(); ctx.arc(cx, cy, s * 1.35, 0, Math.PI * 2); ctx.stroke();
    }
    ctx.save();
    ctx.translate(cx, cy);
    ctx.rotate(-p.heading); // headings turn counter-clockwise with y up; the canvas's y points down
    ctx.fillStyle = colour;
    ctx.beginPath(); ctx.moveTo(s, 0); ctx.lineTo(-s * 0.7, -s * 0.65); ctx.lineTo(-s * 0.35, 0); ctx.lineTo(-s * 0.7, s * 0.65); ctx.closePath(); ctx.fill();
    ctx.restore();
    label(p.name, cx + s + 3, cy - 2, colour);
    if (p.z > 0.05) label(`${Math.round(p.z)} m`, cx + s + 3, cy + 12, '#b8d4f0');
    if (p.whale) label(`on ${p.whale}`, cx + s + 3, cy + (p.z > 0.05 ? 26 : 12), '#d8e4ee');
  }
  function frame() {
    const now = performance.now();
    state.frames++;
    layout();
    ctx.fillStyle = '#041020';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    if (state.floorImage) {
      ctx.imageSmoothingEnabled = true;
      const [left, top] = toCanvas(0, state.height);
      ctx.drawImage(state.floorImage, left, top, state.width * view.scale, state.height * view.scale);
    }
    drawGrid();
    for (const t of state.treasures) drawTreasure(t);
    for (const w of state.whales.values()) drawWhale(w, now);
    for (const p of state.players.values()) drawPlayer(p, now);
    if (state.paused) label('paused', view.left + 12, view.top + 28, '#ffd34d');
    requestAnimationFrame(frame);
  }

  connect();
  requestAnimationFrame(frame);
})();
