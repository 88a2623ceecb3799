"""Wins Duck and Wolf in the server's named game.

The duck swims out to a circle of radius 11.5 m, where her angular speed (1/11.5 rad/s) beats the
wolf's (4/50 rad/s). Circling away from the wolf she gains a little angle each move until the wolf is
almost opposite her; then she dashes straight for the shore: 38.5 m for her, nearly half the shore
(157 m) for the wolf, who covers only 154 m in that time.

Usage: python3 duck_solver.py [SERVER] [NAME]   (default http://localhost:8080, name duck-solver)
"""
import math
import sys
import time

try:
    import requests
except ImportError:
    sys.exit('duck_solver: needs the Python package requests: sudo apt install python3-requests (or: python3 -m pip install requests)')

server = sys.argv[1].rstrip('/') if len(sys.argv) > 1 else 'http://localhost:8080'
name = sys.argv[2] if len(sys.argv) > 2 else 'duck-solver'
CIRCLE = 11.5      # below 50/4 = 12.5, so she turns faster than the wolf; above 50 - 50*pi/4 so the dash wins
DASH_AT = 178.0    # the wolf this close to opposite: dash
STEP = 30.0        # degrees per move while circling


def normalize(angle):
    angle = math.fmod(angle, 360.0)
    if angle <= -180:
        angle += 360
    elif angle > 180:
        angle -= 360
    return angle


def duck(**params):
    params['name'] = name
    toc = time.time()
    reply = requests.get(server + '/duck', params=params)
    tic = time.time()
    reply.raise_for_status()
    lines = reply.text.split('\n')
    r, a, b = (float(part) for part in lines[0].split(','))
    return r, a, b, lines, 1000. * (tic - toc)


def move(rd, ad):
    r, a, b, lines, ms = duck(destination='%.6f,%.6f' % (rd, ad))
    print('swim to %.2f,%.2f -> %s (%.1f ms)' % (rd, ad, lines[0], ms))
    return r, a, b, lines


r, a, b, lines, ms = duck(reset=1)
print('start', lines[0])
r, a, b, lines = move(CIRCLE, normalize(b + 180))
for _ in range(500):
    gap = normalize(a - b)
    if abs(gap) >= DASH_AT:
        break
    step = min(STEP, 180 - abs(gap))
    r, a, b, lines = move(CIRCLE, normalize(a + math.copysign(step, gap)))
r, a, b, lines = move(50, a)
print('\n'.join(lines[1:]))
if 'flies away' in lines[1]:
    print('RESULT: escaped')
else:
    print('RESULT: eaten')
    sys.exit(1)
