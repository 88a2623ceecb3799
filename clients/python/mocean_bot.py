"""A Mocean bot that finds treasure by itself.

It joins, sails at the surface until `ping` says the floor rises (a seamount's slope), then climbs
the hill: it sails along a line while the water gets shallower, goes back to the shallowest spot,
turns a right angle and does it again, until the peak. There `look` shows the treasure; it sails over
it, dives, and takes it. Every request is printed with how many milliseconds it took.

Usage: python3 mocean_bot.py [SERVER] [NAME] [OCEAN] [--timeout SECONDS]
       (default http://localhost:8080, name bot, ocean main; each request gives up after 10 s)
"""
import argparse
import math
import sys
import time

try:
    import requests
except ImportError:
    sys.exit('mocean_bot: needs the Python package requests: sudo apt install python3-requests (or: python3 -m pip install requests)')


def seconds(text):
    """A time-out in seconds: a number above 0."""
    value = float(text)
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f'{text} will not do: give a number of seconds above 0, like 30')
    return value


options = argparse.ArgumentParser(description='A Mocean bot that finds treasure by itself.')
options.add_argument('server', nargs='?', default='http://localhost:8080', help='the server (default http://localhost:8080)')
options.add_argument('name', nargs='?', default='bot', help='the player name (default bot)')
options.add_argument('ocean', nargs='?', default='main', help='the ocean to join (default main)')
options.add_argument('--timeout', type=seconds, default=10.0, metavar='SECONDS',
                     help='how long to wait for each reply before giving up (default 10)')
args = options.parse_args()
server = args.server.rstrip('/')
name = args.name
ocean = args.ocean
TIMEOUT = args.timeout
SIZE = 900.0
TURN = math.radians(15)      # one `a` or `d`
FLAT = 29.9                  # ping under this: a seamount raises the floor here
session = requests.Session()
player = None


def ask(route, quiet=False, **params):
    """One GET; prints the route, the reply and the milliseconds; returns the reply text."""
    if player is not None:
        params['id'] = player
    started = time.perf_counter()
    try:
        reply = session.get(f'{server}/{route}', params=params, timeout=TIMEOUT)
    except requests.Timeout:
        raise SystemExit(f'{route} gave no reply within {TIMEOUT:g} s (--timeout SECONDS waits longer)')
    ms = (time.perf_counter() - started) * 1000
    if not quiet:
        print(f'{route} {params.get("ctrl", params.get("item", ""))} -> {reply.text.strip()[:80]} ({ms:.1f} ms)')
    if reply.status_code != 200:
        raise SystemExit(f'{route} failed with {reply.status_code}: {reply.text}')
    return reply.text


def numbers(text):
    return [float(part) for part in text.split(',')]


def where():
    x, y, z, _, _, _ = numbers(ask('location'))
    return x, y, z


def ping():
    return float(ask('ping'))


def wrap(d):
    """The short way round the torus."""
    return (d + SIZE / 2) % SIZE - SIZE / 2


def turn_to(heading):
    """Stops, then veers 15 degrees at a time until the heading is within 7.5 degrees of the wanted one."""
    _, _, _, _, _, now = numbers(ask('stop'))
    diff = math.atan2(math.sin(heading - now), math.cos(heading - now))
    for _ in range(round(abs(diff) / TURN)):
        ask('accel', ctrl='a' if diff > 0 else 'd')


def speed_up(times):
    for _ in range(times):
        ask('accel', ctrl='w')


def go_to(tx, ty, close=1.0):
    """Sails (or swims) to x, y by turning toward it and stopping when it is nearest."""
    for _ in range(8):
        x, y, _ = where()
        dx, dy = wrap(tx - x), wrap(ty - y)
        distance = math.hypot(dx, dy)
        if distance <= close:
            break
        turn_to(math.atan2(dy, dx))
        speed_up(4 if distance > 3 else 1)
        best = distance
        while True:
            time.sleep(0.01)
            x, y, _ = where()
            d = math.hypot(wrap(tx - x), wrap(ty - y))
            if d <= close / 2 or d > best:
                break
            best = d
        ask('stop')
    return where()


def line_search(heading, limit=150.0):
    """Sails along the heading while it gets shallower; returns to the shallowest spot and its ping."""
    turn_to(heading)
    x0, y0, _ = where()
    best, best_at = ping(), (x0, y0)
    speed_up(7)
    while True:
        time.sleep(0.01)
        depth = ping()
        x, y, _ = where()
        if depth < best:
            best, best_at = depth, (x, y)
        elif depth > best + 0.05 or math.hypot(wrap(x - x0), wrap(y - y0)) > limit:
            break
    ask('stop')
    go_to(*best_at, close=0.5)
    return best


def search():
    """Sails at top speed until the floor rises, veering 30 degrees every few seconds to cover new water."""
    speed_up(10)
    started = leg = time.time()
    while ping() >= FLAT:
        time.sleep(0.01)
        if time.time() - leg > 4:
            ask('accel', ctrl='a')
            ask('accel', ctrl='a')
            leg = time.time()
        if time.time() - started > 120:
            raise SystemExit('no seamount found in two minutes')
    _, _, _, _, _, heading = numbers(ask('stop'))
    return heading


def climb(heading):
    """Line searches at right angles until the peak: the shallowest spot stops changing."""
    last = ping()
    for step in range(12):
        # Each line is searched both ways: forward first, then back the other way.
        depth = line_search(heading)
        depth = min(depth, line_search(heading + math.pi))
        print(f'line {step}: shallowest {depth:.2f} m')
        if last - depth < 0.01 and step >= 1:
            break
        last = depth
        heading += math.pi / 2
    return last


def take_treasure():
    """Goes to the nearest treasure in sight, dives to it and takes it."""
    seen = ask('look').split(',')
    treasures = [(float(seen[i + 1]), float(seen[i + 2]), float(seen[i + 3]))
                 for i in range(0, len(seen) - 3, 4) if seen[i] == 'treasure']
    if not treasures:
        print('no treasure in sight here (taken already?)')
        return False
    x, y, _ = where()
    tx, ty, tz = min(treasures, key=lambda t: math.hypot(wrap(t[0] - x), wrap(t[1] - y)))
    print(f'treasure at {tx:.1f},{ty:.1f},{tz:.1f}')
    go_to(tx, ty, close=1.0)
    z = 0.0
    while z < tz - 4:
        _, _, nz = numbers(ask('dive', ctrl='f'))
        if nz == z:
            break
        z = nz
    go_to(tx, ty, close=1.0)
    got = ask('get', item='treasure')
    return not got.startswith('nothing')


def main():
    global player
    player = ask('join', name=name, ocean=ocean)
    print(f'joined {ocean} as {name}')
    for attempt in range(6):
        heading = search()
        print(f'the floor rises: climbing (attempt {attempt + 1})')
        climb(heading)
        if take_treasure():
            print('inventory: ' + ask('inventory'))
            ask('quit')
            return
        # Taken already, or a peak without treasure: rise, sail off and look for another seamount.
        for _ in range(10):
            ask('dive', ctrl='r')
        turn_to(heading + math.pi / 3)
        speed_up(8)
        time.sleep(5)
    ask('quit')
    raise SystemExit('no treasure found')


if __name__ == '__main__':
    main()
