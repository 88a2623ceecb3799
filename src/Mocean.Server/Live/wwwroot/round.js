// The round on the big screen: the banner (phase, time left, task bar), the meeting with its lines and
// votes counted (never whose), the ejection line, and the end with every role. live.js hands it each
// message's `round` (null without one); map.js draws the beacons and the storm from state.round.
'use strict';
window.moceanRound = state => {
  const $ = id => document.getElementById(id);
  const phases = { play: 'in play', meeting: 'meeting', over: 'round over' };
  const clock = s => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  const element = (tag, text, data = {}) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    Object.assign(e.dataset, data);
    return e;
  };
  const cell = (row, ...texts) => { for (const t of texts) row.append(element('td', t)); return row; };
  const roleRows = roles => roles.map(r => cell(element('tr', undefined, { name: r.name, role: r.role, out: String(r.out) }),
    r.name, r.role, r.out ? 'out' : ''));

  function banner(round) {
    document.body.dataset.phase = round ? round.phase : 'none';
    $('round-banner').hidden = !round;
    $('round-none').hidden = !!round;
    if (!round) return;
    $('round-phase').textContent = phases[round.phase] || round.phase;
    // A replay knows neither the time left nor the number of tasks (the record does not hold them): null.
    $('round-time').textContent = round.phase === 'over' || round.secondsLeft === null ? '' : `${clock(round.secondsLeft)} left`;
    const share = round.tasksTotal ? round.tasksDone / round.tasksTotal : 0;
    $('taskbar-fill').style.width = `${(100 * share).toFixed(1)}%`;
    $('taskbar').hidden = round.tasksTotal === null;
    $('taskbar').setAttribute('aria-valuemax', String(round.tasksTotal));
    $('taskbar').setAttribute('aria-valuenow', String(round.tasksDone));
    $('round-tasks').textContent = round.tasksTotal === null ? `${round.tasksDone} crew tasks done` : `${round.tasksDone} of ${round.tasksTotal} crew tasks done`;
    $('round-living').textContent = `${round.living} living, ${round.out} out`;
    $('storm').hidden = !round.storm;
  }

  function meeting(round) {
    const m = round && round.meeting;
    const on = !!(m && m.on && round.phase === 'meeting');
    $('meeting').hidden = !on;
    const result = m && !m.on && m.result;
    $('ejection').hidden = !result || round.phase === 'over';
    $('ejection').textContent = result || '';
    $('ejection').dataset.number = m ? String(m.number) : '';
    if (!on) return;
    $('meeting').dataset.number = String(m.number);
    $('meeting-title').textContent = m.reported ? `${m.caller} reported ${m.reported}'s beacon` : `${m.caller} called a meeting`;
    $('meeting-time').textContent = m.secondsLeft === null ? '' : `${m.secondsLeft} s to talk and vote`;
    // The lines: the game's own (who called it) have no name.
    $('meeting-lines').replaceChildren(...m.lines.filter(l => l.name).map(l => {
      const li = element('li', undefined, { n: String(l.n), name: l.name });
      li.append(element('b', `${l.name}:`), l.text);
      return li;
    }));
    $('meeting-voted').textContent = `(${m.voted} of ${m.voters} voted)`;
    $('meeting-votes').dataset.voted = String(m.voted);
    const most = Math.max(1, ...m.votes.map(v => v.votes));
    $('meeting-votes').replaceChildren(...m.votes.map(v => {
      const li = element('li', undefined, { name: v.name, votes: String(v.votes) });
      const bar = element('span');
      bar.className = 'bar';
      bar.style.width = `${(8 * v.votes) / most}rem`;
      li.append(element('span', v.name === 'skip' ? 'skip' : v.name), bar, element('span', String(v.votes)));
      return li;
    }));
  }

  function end(round) {
    const over = !!round && round.phase === 'over';
    $('round-end').hidden = !over;
    if (!over) return;
    $('winner').textContent = round.winner === 'crew' ? 'The crew wins' : 'The impostors win';
    $('round-end').dataset.winner = round.winner || '';
    $('end-result').textContent = (round.meeting && round.meeting.result) || '';
    $('end-roles').replaceChildren(...roleRows(round.roles || []));
  }

  // The teacher signed in sees every role during the round, beside the map.
  function teacherRoles(round) {
    const shown = !!round && state.teacher && round.phase !== 'over' && !!round.roles;
    $('teacher-roles-section').hidden = !shown;
    $('teacher-roles').replaceChildren(...(shown ? roleRows(round.roles) : []));
    $('round-seed').textContent = shown ? round.seed || '' : '';
  }

  return {
    show(round) {
      state.round = round || null;
      banner(state.round);
      meeting(state.round);
      end(state.round);
      teacherRoles(state.round);
    },
    says: {
      RoundStarted: e => `a round began with ${e.detail} players`,
      RoundEnded: () => 'the teacher ended the round: the ocean is a sandbox again',
      RoundOver: e => (e.detail === 'crew' ? 'the round is over: the crew wins' : 'the round is over: the impostors win'),
      Tagged: e => `${e.player} was tagged`,
      MeetingCalled: e => (e.detail ? `${e.player} reported ${e.detail}'s beacon` : `${e.player} called a meeting`),
      Voted: e => `a vote for ${e.detail}`,
      MeetingEnded: e => e.detail,
      Storm: () => 'a storm rises: sight drops to 5',
    },
  };
};
