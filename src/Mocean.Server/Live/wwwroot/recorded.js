// The game's record in the pages: the ticker's words for recorded events (a replay's ticker), and the list of an
// ocean's recorded rounds (students get the rounds that are over; the teacher signed in, every round), each with
// its replay and its downloads, which are tabledap queries of the record like those of any data set.
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

  // The rounds of an ocean's record this browser may replay, oldest first: [{ round, started, ended, winner }]
  // (students: the rounds that are over; the teacher signed in: every round, ended null while it is played).
  async function rounds(ocean) {
    const reply = await fetch(`/ocean/replay/rounds?ocean=${encodeURIComponent(ocean)}`).catch(() => null);
    return reply && reply.ok ? (await reply.json()).rounds : [];
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
    const o = encodeURIComponent(ocean.toLowerCase()); // the data sets are named by the ocean's key, in lower case
    link('replay', `/ocean/live?ocean=${o}&replay=${round}`);
    for (const set of ['tracks', 'events']) {
      link(`${set} CSV`, `/tabledap/ocean_${o}_${set}.csv?&round=${round}`, `${ocean}-round${round}-${set}.csv`);
      link(`${set} JSON Lines`, `/tabledap/ocean_${o}_${set}.jsonlKVP?&round=${round}`, `${ocean}-round${round}-${set}.jsonl`);
    }
    return made;
  }

  return { says, rounds, links };
})();
