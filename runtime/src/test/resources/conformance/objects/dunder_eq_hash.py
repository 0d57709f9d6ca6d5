class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print('eq called')
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key('A'): 1}
print(d[Key('a')])
print(Key('x') == Key('X'), Key('x') != Key('y'))
print(len({Key('a'), Key('A'), Key('b')}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
print(NoHash.__hash__)
class Default:
    pass
a = Default()
print(a == a, a == Default(), a != Default(), hash(a) == hash(a))
class NotImpl:
    def __eq__(self, other):
        return NotImplemented
print(NotImpl() == 1, 1 == NotImpl())
