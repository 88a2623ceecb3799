"""The original StoryTime client's requests (the club's MoceanClient_StoryTime), in a script of our own: the same
requests in the same order, each address glued together as the original glued it (so a chat message goes out with
its spaces as they are). It reads the usage, asks who plays, joins six players if the ocean is empty (reading each
id as a number), joins phil again if only five play, asks who twice, makes phil quit by name, sends a chat from
id 3 (grob) to shelob, reads shelob's inbox as id 4, then grob's as id 3. It prints the replies it depends on; the
pauses of the original are left out. Usage: python3 storytime.py BASE_URL"""
import sys

import requests

server = sys.argv[1] + '/'


def get(path):
    return requests.get(server + path).text


usage = get('mocean')
print('usage: ' + usage.split('\n')[1])

players = ['rob', 'fob', 'hob', 'grob', 'shelob', 'phil']
if int(get('who').split()[2]) == 0:
    for name in players:
        print('player ' + name + ' has id = ' + str(int(get('join?name=' + name))))

playing = int(get('who').split()[2])
assert playing > 0, 'wrong number of players'
if playing == 5:
    print('phil joins again with id = ' + str(int(get('join?name=phil'))))

for _ in range(2):
    print(get('who'))
print(get('quit?name=phil'))
print(get('who'))
print(get('sendchat?id=' + str(3) + '&name=shelob&message=hey come over here i found some treasure'))
print(get('who'))
print(get('popchat?id=' + str(4)))
print(get('popchat?id=' + str(3)))
