"""The seed's two-line Steps client: one request to /steps, the reply printed.

Usage: python3 steps_client.py [SERVER]   (default http://localhost:8080)
"""
import sys
import time

try:
    import requests
except ImportError:
    sys.exit('steps_client: needs the Python package requests: sudo apt install python3-requests (or: python3 -m pip install requests)')

server = sys.argv[1].rstrip('/') if len(sys.argv) > 1 else 'http://localhost:8080'

toc = time.time()
print(requests.get(server + '/steps?message=What is your favorite color?').content.decode('utf-8'))
tic = time.time()
print('milliseconds:', 1000. * (tic - toc))
