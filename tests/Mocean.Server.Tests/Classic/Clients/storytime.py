"""The original StoryTime client's sequence (the club's MoceanClient_StoryTime), in a script of our own: it joins
six players if the ocean is empty and reads their ids as numbers, lists who plays, makes phil quit by name, sends
a chat from id 3 (grob) to shelob, and reads shelob's inbox as id 4, then grob's as id 3. It depends on what the
original's protocol promised: ids 0..5 in joining order, who's 'there are N players: ...', quit?name=, and
fixed ids anyone may use. It prints each reply; the pauses of the original are left out.
Usage: python3 storytime.py BASE_URL"""
import sys

import requests

server = sys.argv[1] + '/'


def get(route, **params):
    return requests.get(server + route, params=params).text


players = ['rob', 'fob', 'hob', 'grob', 'shelob', 'phil']
if int(get('who').split()[2]) == 0:
    for name in players:
        print('player ' + name + ' has id = ' + str(int(get('join', name=name))))
print(get('who'))
print(get('quit', name='phil'))
print(get('who'))
print(get('sendchat', id=3, name='shelob', message='hey come over here i found some treasure'))
print(get('popchat', id=4))
print(get('popchat', id=3))
