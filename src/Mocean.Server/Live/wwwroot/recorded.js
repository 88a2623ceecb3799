// The game's record in the pages: the ticker's words for recorded events (a replay's ticker), and the list of an
// ocean's recorded rounds, read with tabledap like any data set (students get the rounds that are over; the
// teacher signed in, every round), each with its replay and downloads.
'use strict';
window.moceanRecorded = (() => {
  const says = {
    join: e => `${e.player} joined`,
    quit: e => `${e.player} left`,
    removed: e => `${e.player} was removed`,
    treasure_taken: e => `${e.player} took the ${e.detail}`,
    item_used: e => `${e.player} used the ${e.detail}`,
    whale_ridden: e => `${e.player} rides ${e.detail}`,
    whale_left: e => `${e.player} got off ${e.detail}`,
    bloom: e => `${e.player} started a plankton bloom`,
    chat: e => `${e.player} sent a message to ${e.detail}`,
    broadcast: () => 'the teacher sent a notice to everyone',
    give: e => `the teacher gave ${e.player} the ${e.detail}`,
    mute: e => `${e.player} was muted`,
    unmute: e => `${e.player} may chat again`,
    paused: () => 'the teacher paused the ocean',
    resumed: () => 'the ocean moves again',
    reset: e => `the ocean was reset (seed ${e.detail})`,
    round_started: e => `a round began with ${e.detail} players`,
    role: e => `${e.player} is ${e.detail === 'impostor' ? 'an impostor' : 'crew'}`,
    task: e => `${e.player} did task ${e.detail}`,
    tag: e => `${e.player} tagged ${e.detail}`,
    beacon: e => `${e.player}'s beacon lies at ${Math.round(e.x)},${Math.round(e.y)}`,
    storm: e => `${e.player || 'an impostor'} raised a storm`,
    meeting: e => (e.detail ? `${e.player} reported ${e.detail}'s beacon` : `${e.player} called a meeting`),
    line: e => `${e.player}: ${e.text === null ? '…' : e.text}`,
    vote: e => `${e.player} voted ${e.detail === 'skip' ? 'to skip' : `for ${e.detail}`}`,
    ejected: e => `${e.player} was ejected`,
    meeting_ended: e => e.detail || 'the meeting ended',
    round_over: e => (e.detail === 'crew' ? 'the round is over: the crew wins' : 'the round is over: the impostors win'),
    round_ended: () => 'the round was ended: the ocean is a sandbox again',
  };

  // The rounds of an ocean's record this browser may read, oldest first: [{ round, started, ended, winner }]
  // (started and ended are ISO times; ended is null for a round still being played).
  async function rounds(ocean) {
    const query = 'round,time,kind,detail&kind=~%22round_(started|over|ended)%22&round>0';
    const reply = await fetch(`/tabledap/ocean_${encodeURIComponent(ocean)}_events.csv0?${query}`).catch(() => null);
    if (!reply || !reply.ok) return [];
    const byNumber = new Map();
    for (const line of (await reply.text()).split('\n').filter(l => l.trim())) {
      const [round, time, kind, ...rest] = line.split(',');
      const r = byNumber.get(round) || { round: Number(round), started: time, ended: null, winner: null };
      if (kind === 'round_started') r.started = time;
      if (kind === 'round_over') { r.ended = r.ended || time; r.winner = rest.join(','); }
      if (kind === 'round_ended') r.ended = r.ended || time;
      byNumber.set(round, r);
    }
    return [...byNumber.values()];
  }

  // Links for one round: its replay on the live page, and its tracks and events as CSV and JSON Lines.
  function links(ocean, round) {
    const made = [];
    const link = (text, href, download) => {
      const a = document.createElement('a');
      a.textContent = text;
      a.href = href;
      if (download) a.download = download;
      made.push(a);
    };
    const o = encodeURIComponent(ocean);
    link('replay', `/ocean/live?ocean=${o}&replay=${round}`);
    for (const set of ['tracks', 'events']) {
      link(`${set} CSV`, `/tabledap/ocean_${o}_${set}.csv?&round=${round}`, `${ocean}-round${round}-${set}.csv`);
      link(`${set} JSON Lines`, `/tabledap/ocean_${o}_${set}.jsonlKVP?&round=${round}`, `${ocean}-round${round}-${set}.jsonl`);
    }
    return made;
  }

  return { says, rounds, links };
})();
