"""The seed's timed Steps program: stepscaller sends a message and the round trip is timed.

Usage: python3 steps_timed.py [SERVER] [MESSAGE]   (default http://localhost:8080, message 16)
"""
import sys
import time

try:
    import requests
except ImportError:
    sys.exit('steps_timed: needs the Python package requests: sudo apt install python3-requests (or: python3 -m pip install requests)')

server = sys.argv[1].rstrip('/') if len(sys.argv) > 1 else 'http://localhost:8080'
message = sys.argv[2] if len(sys.argv) > 2 else 16


def stepscaller(s):
    return requests.get(server + '/steps?message=' + str(s)).text


toc = time.time()
steps_response = stepscaller(message)
tic = time.time()

print(steps_response)
print('milliseconds:', 1000. * (tic - toc))
