"""The original Duck and Wolf test client (duck/DuckTest.md), in a script of our own, with its way of talking to the
server: it sends the whole state every time (location=r,a,b&destination=rd,ad, nothing kept on the server), turns
each reply's <br> into line breaks and splits it at commas. The duck swims out to a circle of 12.3 m, keeps steering
for the point opposite the wolf until he is within a degree of it, then dashes for the shore; the client reads the
last reply's third number from its first line and prints what happened and how many requests it took.
Usage: python3 duck_test.py BASE_URL"""
import sys

import requests

url = sys.argv[1] + '/duck?'
circle = 12.3


def send(query):
    return requests.get(url + query).text.replace('<br>', '\n').split(',')


def opposite_gap(a, b):
    gap = a - b
    while gap <= -180.:
        gap += 360.
    while gap > 180.:
        gap -= 360.
    return gap


reply = send('location=0,0,0&destination=' + str(circle) + ',180')
r, a, b = float(reply[0]), float(reply[1]), float(reply[2])
requests_sent = 1
while abs(abs(opposite_gap(a, b)) - 180.) >= 1.:
    turn = abs(opposite_gap(a, b) - 180.) * 0.9999
    reply = send('location=' + str(r) + ',' + str(a) + ',' + str(b) + '&destination=' + str(circle) + ',' + str(a + turn))
    r, a, b = float(reply[0]), float(reply[1]), float(reply[2])
    requests_sent += 1

reply = send('location=' + str(r) + ',' + str(a) + ',' + str(b) + '&destination=50,' + str(a))
requests_sent += 1
r, a, b = float(reply[0]), float(reply[1]), float(reply[2].split('\n')[0])
print('the server said: ' + reply[2].split('\n', 1)[1].strip())
print('Nope, sorry. But Wolf has a nice lunch.' if a == b else 'Duck flies away!')
print('requests: ' + str(requests_sent))
