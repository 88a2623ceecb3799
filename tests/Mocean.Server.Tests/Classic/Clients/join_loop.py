"""The original notebook's join / quit / who loop (steps_client.ipynb), in a script of our own: each line read is sent
to the current route as name=LINE, glued to the address as the notebook glued it; the line 'route' makes the next
line the new route, and 'exit' or 'quit' ends the loop. It prints each reply on a line of its own.
Usage: python3 join_loop.py BASE_URL < lines"""
import sys

import requests

urlbase, route = sys.argv[1] + '/', 'join'
for line in sys.stdin:
    msg = line.rstrip('\n')
    if msg == 'exit' or msg == 'quit':
        break
    if msg == 'route':
        route = sys.stdin.readline().rstrip('\n')
        continue
    print(requests.get(urlbase + route + '?' + 'name=' + msg).text)
