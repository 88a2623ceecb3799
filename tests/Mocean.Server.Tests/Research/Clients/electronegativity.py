"""The original periodic-table client's logic (the club's data notes): ask /api/lookup for ten elements and
print each one's Electronegativity, or say that it has none. It reads the reply as the original's list of one
document and tells a missing attribute by its key being absent, so it prints what it printed against the
original only if the server answers in the original's shape. Usage: python3 electronegativity.py BASE_URL"""
import sys

import requests

url = sys.argv[1] + '/api/lookup'
elements = ['Fluorine', 'Sodium', 'Oxygen', 'Hydrogen', 'Carbon', 'Chlorine', 'Potassium', 'Calcium', 'Magnesium', 'Argon']
attribute = 'Electronegativity'
print(attribute + ': ')
for e in elements:
    d = requests.get(url + '?name=' + e).json()[0]
    if attribute in d:
        print(e + ': ' + str(d[attribute]))
    else:
        print(e + ' does not have a specified ' + attribute)
