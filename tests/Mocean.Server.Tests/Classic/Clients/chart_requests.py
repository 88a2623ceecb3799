"""The original oceanclient.Chart(day, index) requests, in a script of our own, with both of its addresses pointed at
this server: the profile's times from /api/profile, then the samples between the ascent start and the descent start
from /api/sensors (spaces sent as %20, as the original did), split by which key a record has. It prints what the
original printed before drawing (the drawing is left out), and the first temperature sample's time.
Usage: python3 chart_requests.py BASE_URL YYYY-MM-DD INDEX"""
import sys

import requests

base, s, n = sys.argv[1], sys.argv[2], sys.argv[3]
profile = requests.get(base + '/api/profile?day=' + str(int(s[8:10])) + '&index=' + str(n))
if not profile.status_code == 200:
    print('uh oh profile response was not 200')
r = profile.json()
start = r['ascent start time'].replace(' ', '%20')
stop = r['descent start time'].replace(' ', '%20')
sensors = requests.get(base + '/api/sensors?start=' + start + '&stop=' + stop)
if not sensors.status_code == 200:
    print('uh oh sensors response was not 200')
r = sensors.json()
print('data query result type:', type(r), 'with', len(r), 'elements')
T, Tz, Tt, S, Sz, St = [], [], [], [], [], []
for d in r:
    if 'temp' in d:
        T.append(d['temp']); Tz.append(d['depth']); Tt.append(d['id'])
    elif 'salinity' in d:
        S.append(d['salinity']); Sz.append(d['depth']); St.append(d['id'])
print('data vector length:', len(T), len(S))
print('Start UTC: ' + Tt[0][0:21])
