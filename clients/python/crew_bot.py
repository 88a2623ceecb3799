"""A starter bot that plays a Mocean round as crew.

It joins the ocean and waits for the teacher to start a round. Then it reads its role and its tasks and
does them one by one: it sails to each task's place, dives to the task's depth and calls `task`. The
`measure` task's answer comes from the research data (`/api/sensors`), and the `find` task (the lost
city, whose place is secret) is found by searching the ocean with `ping`. On the way it looks for
beacons (where an impostor tagged someone) and reports them; in a meeting it reads the lines and votes.
It stops when the round is over and prints who won.

Read it top to bottom, then make it better: vote for someone who was seen near a beacon, share the
search for the lost city, run away from players who come too close...

Usage: python3 crew_bot.py [SERVER] [NAME] [OCEAN] [--timeout SECONDS]
       (default http://localhost:8080, name crew, ocean main; each request gives up after 10 s)
"""
import argparse
import math
import sys
import time
from datetime import datetime, timedelta

try:
    import requests
except ImportError:
    sys.exit('crew_bot: needs the Python package requests: sudo apt install python3-requests (or: python3 -m pip install requests)')

options = argparse.ArgumentParser(description='A Mocean bot that plays a round as crew.')
options.add_argument('server', nargs='?', default='http://localhost:8080', help='the server (default http://localhost:8080)')
options.add_argument('name', nargs='?', default='crew', help='the player name (default crew)')
options.add_argument('ocean', nargs='?', default='main', help='the ocean to join (default main)')
options.add_argument('--timeout', type=float, default=10.0, metavar='SECONDS', help='how long to wait for each reply (default 10)')
args = options.parse_args()
server = args.server.rstrip('/')

SIZE = 900.0                  # the ocean is 900 by 900 and wraps at its edges
TURN = math.radians(15)       # one `a` (left) or `d` (right) turns 15 degrees
FLAT = 30.0                   # the open floor is 30 m deep; the lost city makes it deeper (80 m at its centre)
TRENCH = 50.0                 # the trench is 50 m deep everywhere: not the city
session = requests.Session()  # one connection for every request: faster
player = None                 # our id, from join


class MeetingCalled(Exception):
    """A meeting began: motion answers 409 until it ends."""


class RoundOver(Exception):
    """The round is over."""


def ask(route, **params):
    """One GET to the server with our id; returns (status, reply text). A meeting or the end of the round interrupts us."""
    if player is not None:
        params['id'] = player
    try:
        reply = session.get(f'{server}/{route}', params=params, timeout=args.timeout)
    except requests.RequestException as problem:
        raise SystemExit(f'crew_bot: {route} gave no reply ({problem})')
    text = reply.text.strip()
    if reply.status_code == 409 and text.startswith('a meeting is on'):
        raise MeetingCalled()
    if reply.status_code == 409 and text.startswith('the round is over'):
        raise RoundOver()
    return reply.status_code, text


def must(route, **params):
    """A GET that has to work: anything but 200 stops the bot with the server's line."""
    status, text = ask(route, **params)
    if status != 200:
        raise SystemExit(f'crew_bot: {route} failed with {status}: {text}')
    return text


def numbers(text):
    return [float(part) for part in text.split(',')]


def where():
    """x, y, z now (z is the depth: 0 at the surface)."""
    x, y, z = numbers(must('location'))[:3]
    return x, y, z


def ping():
    """Metres from the surface to the floor here."""
    return float(must('ping'))


def wrap(d):
    """The short way round the wrapping ocean: a difference between -450 and 450."""
    return (d + SIZE / 2) % SIZE - SIZE / 2


def round_line():
    """The round's first line: phase, seconds_left, tasks_done, tasks_total, living, out."""
    return must('round').split('\n')[0].split(',')


# ----- moving --------------------------------------------------------------------------------------

def turn_to(heading):
    """Stops, then turns 15 degrees at a time until we point within 7.5 degrees of the heading."""
    now = numbers(must('stop'))[5]
    diff = math.atan2(math.sin(heading - now), math.cos(heading - now))
    for _ in range(round(abs(diff) / TURN)):
        must('accel', ctrl='a' if diff > 0 else 'd')


def speed_up(presses):
    """Each `w` makes us faster: 1, then times 1.45 each press, up to 40 at the surface."""
    for _ in range(presses):
        must('accel', ctrl='w')


def presses_for(distance):
    """How many `w` give a speed of at most half the distance: we get there in two seconds or more, and stop in time."""
    return max(1, min(11, 1 + int(math.log(max(distance / 2, 1)) / math.log(1.45))))


def rise():
    """Back to the surface (we are five times faster there)."""
    while where()[2] > 0:
        must('dive', ctrl='r')


def check_round(polls):
    """Every tenth poll: is a meeting on, or the round over? (Motion stands still in a meeting.)"""
    if polls % 10 == 9:
        phase = round_line()[0]
        if phase == 'meeting':
            raise MeetingCalled()
        if phase == 'over':
            raise RoundOver()


def go_to(tx, ty, close=1.5):
    """Sails at the surface to x, y: turns toward it, speeds up, and stops when it is nearest; again until close."""
    rise()
    for _ in range(60):
        x, y, _ = where()
        distance = math.hypot(wrap(tx - x), wrap(ty - y))
        if distance <= close:
            break
        turn_to(math.atan2(wrap(ty - y), wrap(tx - x)))
        speed_up(presses_for(distance))
        best, polls = distance, 0
        while True:
            time.sleep(0.01)
            x, y, _ = where()
            d = math.hypot(wrap(tx - x), wrap(ty - y))
            if d <= close / 2 or d > best:
                break
            best, polls = d, polls + 1
            check_round(polls)
            look_for_beacons(polls)
        must('stop')
    return where()


def dive_to(depth):
    """Dives (or rises) 5 m at a time to about the depth, or to the floor if that comes first."""
    z = where()[2]
    while z < depth - 2.5:
        new_z = numbers(must('dive', ctrl='f'))[2]
        if new_z == z:  # the floor
            break
        z = new_z
    while z > depth + 2.5:
        z = numbers(must('dive', ctrl='r'))[2]
    return z


# ----- beacons and meetings -----------------------------------------------------------------------

def look_for_beacons(polls=0):
    """Every fifth poll, `look`: a beacon in sight is where someone was tagged, and we report it."""
    if polls % 5 != 4:
        return
    seen = must('look').split(',')
    if 'beacon' in seen[0::4] and ask('report')[0] == 200:
        print('I reported a beacon: a meeting starts')
        raise MeetingCalled()


def meeting():
    """Reads the meeting's lines, says one, votes, and waits until the meeting is over."""
    print('a meeting is on')
    heard, said, voted = 0, False, False
    while round_line()[0] == 'meeting':
        status, lines = ask('hear', after=heard)
        for line in lines.split('\n') if status == 200 and lines else []:
            number, name, text = line.split(',', 2)
            heard = int(number)
            print(f'  {name or "(the game)"}: {text}')
        if not said:
            said = True
            x, y, _ = where()
            ask('say', message=f'I was doing my tasks near {x:.0f},{y:.0f}')
        if not voted:
            # A better crewmate votes for a player someone saw near a beacon; this one skips when unsure.
            status, text = ask('vote', name='skip')
            voted = True
            print(f'vote skip: {text}')
        time.sleep(0.1)
    print('the meeting is over')


# ----- tasks ---------------------------------------------------------------------------------------

def read_tasks():
    """Our tasks, one a line: n,kind,x,y,z,done,detail."""
    tasks = []
    for line in must('tasks').split('\n'):
        n, kind, x, y, z, done, detail = line.split(',', 6)
        tasks.append({'n': int(n), 'kind': kind, 'x': float(x or 0), 'y': float(y or 0), 'z': float(z or 0),
                      'done': done == '1', 'detail': detail})
    return tasks


def temperature_at(minute):
    """The research data's temperature (`temp`) for one minute, e.g. 2022-01-05T21:10:00Z: /api/sensors from it to a minute later."""
    start = datetime.strptime(minute, '%Y-%m-%dT%H:%M:%SZ')
    stop = start + timedelta(minutes=1)
    reply = session.get(f'{server}/api/sensors', timeout=args.timeout,
                        params={'start': f'{start:%Y-%m-%d %H:%M:%S}', 'stop': f'{stop:%Y-%m-%d %H:%M:%S}'})
    for record in reply.json():
        if 'temp' in record:
            return record['temp']
    raise SystemExit(f'crew_bot: /api/sensors has no temperature for {minute}')


def search_for_city():
    """
    Sails lanes 80 apart, each once round the ocean heading east (as near as 15-degree turns allow), until `ping`
    shows the floor deeper than 30 m (and not the trench's 50): the city is then within about 45 of us.
    """
    x0, y0, _ = go_to(*where()[:2])
    for lane in range(12):
        x, y, _ = go_to(x0, y0 + 80 * lane)
        turn_to(0)
        speed_up(10)
        east, polls = 0.0, 0
        while east < SIZE:
            time.sleep(0.01)
            depth = ping()
            if depth > FLAT + 0.5 and abs(depth - TRENCH) > 1e-6:
                must('stop')
                print(f'the floor drops to {depth:.1f} m: the lost city is near')
                return True
            nx, ny, _ = where()
            east += abs(wrap(nx - x))
            x, y, polls = nx, ny, polls + 1
            check_round(polls)
            look_for_beacons(polls)
        must('stop')
    return False


def deepest_along(heading, limit=100.0):
    """Sails along the heading while the floor gets deeper; goes back to the deepest spot and returns its depth."""
    turn_to(heading)
    x0, y0, _ = where()
    best, best_at = ping(), (x0, y0)
    speed_up(6)
    polls = 0
    while True:
        time.sleep(0.01)
        depth = ping()
        x, y, _ = where()
        if depth > best:
            best, best_at = depth, (x, y)
        elif depth < best - 0.05 or math.hypot(wrap(x - x0), wrap(y - y0)) > limit:
            break
        polls += 1
        check_round(polls)
    must('stop')
    go_to(*best_at, close=0.5)
    return best


def find_city():
    """Searches, then walks down to the centre: lines at right angles, each to its deepest spot, until it stops changing."""
    while search_for_city():
        heading, last = 0.0, ping()
        for _ in range(12):
            depth = max(deepest_along(heading), deepest_along(heading + math.pi))
            if depth - last < 0.01:
                break
            last, heading = depth, heading + math.pi / 2
        if last > 75:  # the centre is 80 m deep
            return True
        print(f'only {last:.1f} m deep: not the centre, searching on')
    return False


def do_task(task):
    """Goes to the task's place and calls `task` (with the answer for `measure`); tries again a little closer if refused."""
    n, kind = task['n'], task['kind']
    place = '' if kind == 'find' else ' at {x:.0f},{y:.0f},{z:.0f}'.format(**task)
    print(f'task {n}: {kind}{place}')
    for attempt in range(3):
        if kind == 'find':
            if not find_city():
                return
            dive_to(1000)  # to the floor
        else:
            go_to(task['x'], task['y'], close=1.5 / (attempt + 1))
            dive_to(1000 if kind == 'sample' else task['z'])
        params = {'n': n}
        if kind == 'measure':
            params['answer'] = temperature_at(task['detail'])
        status, text = ask('task', **params)
        print(f'  {text}')
        if status == 200:
            return
        if status == 403:
            return


def main():
    global player
    player = must('join', name=args.name, ocean=args.ocean)
    print(f'joined {args.ocean} as {args.name}; waiting for a round')
    while round_line()[0] == 'none':
        time.sleep(0.5)
    print(f'role: {must("role")}')
    while True:
        try:
            phase = round_line()[0]
            if phase == 'over':
                raise RoundOver()
            if phase == 'meeting':
                meeting()
                continue
            todo = [t for t in read_tasks() if not t['done']]
            if not todo:
                time.sleep(0.2)  # our tasks are done: wait for the others (and for meetings)
                look_for_beacons(4)
                continue
            do_task(todo[0])
        except MeetingCalled:
            meeting()
        except RoundOver:
            lines = must('round').split('\n')
            print(f'the round is over: {lines[-1]}')
            print(must('roles'))
            return


if __name__ == '__main__':
    main()
