"""Play Steps from the keyboard: each line you type is sent to the current route.

Type a message to send it; type 'route' and then a route name to switch routes (optionally followed
by the key the route reads, like 'puzzle solution'; 'message' by default, 'solution' for puzzle and
problem); type 'quit' (or end the input) to stop.

Usage: python3 steps_player.py [SERVER] [NAME]   (default http://localhost:8080, no name)
"""
import sys
import time

try:
    import requests
except ImportError:
    sys.exit('steps_player: needs the Python package requests: sudo apt install python3-requests (or: python3 -m pip install requests)')

KEYS = {'puzzle': 'solution', 'problem': 'solution'}

server = sys.argv[1].rstrip('/') if len(sys.argv) > 1 else 'http://localhost:8080'
name = sys.argv[2] if len(sys.argv) > 2 else None
route = 'steps'


def ask(prompt):
    """One line from the keyboard, or None at the end of input."""
    print(prompt, end='', flush=True)
    line = sys.stdin.readline()
    if not line:
        print()
        return None
    return line.rstrip('\n')


def send(route, message):
    params = {KEYS.get(route, 'message'): message}
    if name:
        params['name'] = name
    toc = time.time()
    reply = requests.get(server + '/' + route, params=params)
    tic = time.time()
    print(reply.text)
    print('milliseconds:', round(1000. * (tic - toc), 1))


print('Playing Steps on', server, '- route', route)
while True:
    line = ask('[' + route + '] message> ')
    if line is None or line.strip() == 'quit':
        break
    if line.strip() == 'route':
        new_route = ask('new route> ')
        if new_route is None:
            break
        words = new_route.split()
        if words:
            route = words[0].strip('/')
            if len(words) > 1:
                KEYS[route] = words[1]
        print('now on route', route)
        continue
    send(route, line)
print('bye')
