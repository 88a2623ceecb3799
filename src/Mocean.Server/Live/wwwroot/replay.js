// The replay: a round or a window of an ocean's record (/ocean/replay) drawn by the live page's own code. Instead of
// the stream's messages, live.js's receive() gets a message built for the slider's time: each player where the record
// puts them then (between two samples of a moving player, on the line between), the events up to then in the ticker,
// and the round as its events tell it. window.moceanReplay.at(ms) moves the time, for tests.
'use strict';
window.moceanReplay = (state, receive, replay) => {
  const $ = id => document.getElementById(id);
  const ocean = state.ocean;
  const slash = replay.indexOf('/');
  const query = slash > 0
    ? `from=${encodeURIComponent(replay.slice(0, slash))}&to=${encodeURIComponent(replay.slice(slash + 1))}`
    : `round=${encodeURIComponent(replay)}`;
  const controls = { t: 0, from: 0, to: 0, playing: false, speed: 1, shown: -1, data: null };
  const api = { controls, at: ms => seek(controls.from + ms) };
  const wrapDelta = (d, size) => (d > size / 2 ? d - size : d < -size / 2 ? d + size : d);
  const wrap = (v, size) => ((v % size) + size) % size;

  $('replay').hidden = false;
  $('connection').textContent = 'loading the replay…';
  document.body.dataset.replay = 'loading';

  // ----- the record, arranged per player: places in time order, and when they joined and left -----
  let events = [], players = new Map();
  function arrange(data) {
    events = data.events.map(e => ({ ...e, at: Date.parse(e.time) })).sort((a, b) => a.at - b.at).map((e, i) => ({ ...e, seq: i + 1 }));
    const points = name => { if (!players.has(name)) players.set(name, { points: [], leaves: [], joins: [] }); return players.get(name); };
    for (const t of data.tracks) points(t.player).points.push({ t: Date.parse(t.time), x: t.x, y: t.y, z: t.depth, heading: t.heading, moving: true });
    for (const e of events) {
      if (!e.player) continue;
      if (e.x !== null && e.kind !== 'beacon') points(e.player).points.push({ t: e.at, x: e.x, y: e.y, z: e.depth, heading: null, moving: false });
      if (e.kind === 'quit' || e.kind === 'removed') points(e.player).leaves.push(e.at);
      if (e.kind === 'join') points(e.player).joins.push(e.at);
    }
    for (const p of players.values()) p.points.sort((a, b) => a.t - b.t);
  }
  const lastAtOrBefore = (list, t, time = x => x) => {
    let found = null;
    for (const item of list) { if (time(item) <= t) found = item; else break; }
    return found;
  };

  // Where each player present at time t is (a moving player between two samples is on the line between them).
  function playersAt(t) {
    const gap = 1500 * controls.data.trackSeconds + 250;
    const list = [];
    for (const [name, p] of players) {
      const i = p.points.findLastIndex(q => q.t <= t);
      if (i < 0) continue;
      const a = p.points[i], b = p.points[i + 1];
      const left = lastAtOrBefore(p.leaves, t), joined = lastAtOrBefore(p.joins, t);
      if (left !== null && left >= a.t && (joined === null || left >= joined)) continue;
      const k = b && b.moving && b.t - a.t <= gap ? (t - a.t) / (b.t - a.t) : 0;
      const heading = [...p.points.slice(0, i + 2)].reverse().find(q => q.heading !== null && q.t <= (k > 0 ? b.t : a.t));
      list.push({
        name,
        x: wrap(a.x + wrapDelta((b ? b.x : a.x) - a.x, state.width) * k, state.width),
        y: wrap(a.y + wrapDelta((b ? b.y : a.y) - a.y, state.height) * k, state.height),
        z: a.z + ((b ? b.z : a.z) - a.z) * k,
        heading: heading ? heading.heading : 0, speed: 0, whale: null,
      });
    }
    return list;
  }

  // The round at time t, as its events tell it (the time left and the number of tasks are not in the record).
  function roundAt(t) {
    let round = null, paused = false, meetings = 0;
    for (const e of events) {
      if (e.at > t) break;
      const role = name => round && round.roles.find(r => r.name === name);
      switch (e.kind) {
        case 'round_started': round = { phase: 'play', secondsLeft: null, tasksDone: 0, tasksTotal: null, living: Number(e.detail) || 0, out: 0,
          winner: null, storm: false, stormUntil: 0, beacons: [], meeting: null, roles: [], seed: null }; break;
        case 'reset': case 'round_ended': round = null; break;
        case 'paused': paused = true; break;
        case 'resumed': paused = false; break;
      }
      if (!round) continue;
      switch (e.kind) {
        case 'role': if (!role(e.player)) round.roles.push({ name: e.player, role: e.detail, out: false }); break;
        case 'task': round.tasksDone++; break;
        case 'tag': case 'ejected': {
          const out = role(e.kind === 'tag' ? e.detail : e.player);
          if (out) out.out = true;
          round.out++; round.living = Math.max(0, round.living - 1); break;
        }
        case 'beacon': round.beacons = [...round.beacons, { name: e.player, x: e.x, y: e.y, z: e.depth }]; break;
        case 'storm': round.stormUntil = e.at + 30000; break;
        case 'meeting':
          round.phase = 'meeting';
          round.beacons = round.beacons.filter(b => b.name !== e.detail);
          round.meeting = { number: ++meetings, caller: e.player, reported: e.detail || null, on: true, secondsLeft: null, lines: [], votes: [], voted: 0, voters: round.living, result: null };
          break;
        case 'line': if (round.meeting) round.meeting.lines.push({ n: round.meeting.lines.length + 1, name: e.player, text: e.text === null ? '…' : e.text }); break;
        case 'vote': if (round.meeting) {
          const v = round.meeting.votes.find(x => x.name === e.detail);
          if (v) v.votes++; else round.meeting.votes.push({ name: e.detail, votes: 1 });
          round.meeting.voted++;
        } break;
        case 'meeting_ended': if (round.meeting) Object.assign(round.meeting, { on: false, result: e.detail }); round.phase = 'play'; break;
        case 'round_over': round.phase = 'over'; round.winner = e.detail; break;
      }
    }
    if (round) round.storm = t < round.stormUntil;
    return { round, paused };
  }

  // ----- the message for time t, handed to live.js as if the stream had sent it -----
  function show(t) {
    const back = t < controls.shown;
    let news;
    if (back || controls.shown < 0) {
      state.events.clear();
      news = events.filter(e => e.at <= t).slice(-15);
    } else {
      news = events.filter(e => e.at > controls.shown && e.at <= t);
    }
    controls.shown = t;
    const { round, paused } = roundAt(t);
    const list = playersAt(t);
    receive({ ocean, seed: controls.data.seed, missing: false, teacher: controls.data.teacher, at: t, paused, bloom: false,
      players: list, whales: [], treasures: null, events: news, rewound: back, round, hidden: false, names: null });
    $('replay-slider').value = String(t - controls.from);
    $('replay-time').textContent = clock.format(new Date(t));
    $('replay-elapsed').textContent = `${elapsed(t - controls.from)} of ${elapsed(controls.to - controls.from)}`;
    document.body.dataset.replayAt = String(t - controls.from);
  }
  const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const elapsed = ms => { const s = Math.floor(ms / 1000); return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`; };
  function seek(t) {
    controls.t = Math.min(controls.to, Math.max(controls.from, t));
    show(controls.t);
  }
  function play(on) {
    controls.playing = on && controls.t < controls.to;
    $('replay-play').textContent = controls.playing ? 'Pause' : 'Play';
    document.body.dataset.playing = String(controls.playing);
  }

  $('replay-slider').addEventListener('input', event => seek(controls.from + Number(event.target.value)));
  $('replay-play').addEventListener('click', () => {
    if (!controls.playing && controls.t >= controls.to) seek(controls.from);
    play(!controls.playing);
  });
  $('replay-speed').addEventListener('change', event => { controls.speed = Number(event.target.value) || 1; });
  let last = 0;
  function tick(now) {
    if (controls.playing && last) {
      seek(controls.t + (now - last) * controls.speed);
      if (controls.t >= controls.to) play(false);
    }
    last = now;
    requestAnimationFrame(tick);
  }

  // The downloads are tabledap queries of the same rows (the same rule decides who reads what).
  function downloads(data) {
    const where = data.round !== null ? `&round=${data.round}` : `&time>=${encodeURIComponent(data.from)}&time<=${encodeURIComponent(data.to)}`;
    const name = data.round !== null ? `${data.ocean}-round${data.round}` : `${data.ocean}-replay`;
    for (const link of document.querySelectorAll('#replay-downloads a')) {
      const { set, type } = link.dataset;
      link.href = `/tabledap/ocean_${encodeURIComponent(data.ocean)}_${set}.${type}?${where}`;
      link.download = `${name}-${set}.${type === 'csv' ? 'csv' : 'jsonl'}`;
    }
  }

  fetch(`/ocean/replay?ocean=${encodeURIComponent(ocean)}&${query}`).then(async reply => {
    if (!reply.ok) {
      document.body.dataset.replay = 'refused';
      $('connection').textContent = (await reply.text()).trim();
      return;
    }
    const data = await reply.json();
    controls.data = data;
    arrange(data);
    controls.from = Date.parse(data.from);
    controls.to = Math.max(controls.from + 1000, Date.parse(data.to));
    if (data.seed === null) state.floorMissing = true; // the sea floor of that time is not known: the map is drawn without it
    $('replay-what').textContent = data.round !== null ? `of round ${data.round}` : `from ${clock.format(controls.from)} to ${clock.format(controls.to)}`;
    $('replay-slider').max = String(controls.to - controls.from);
    downloads(data);
    document.body.dataset.replay = 'ready';
    seek(controls.from);
    requestAnimationFrame(tick);
  }, () => { $('connection').textContent = 'the replay could not be loaded: is the server running?'; });

  return api;
};
