"""A helper module imported by main.py."""
GREETING = 'hello from helper'
print('helper module body runs once')
def shout(s):
    return s.upper() + '!'
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Box({self.v!r})'
_private = 'underscore'
