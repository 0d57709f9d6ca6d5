class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('gone', self.tag)
holder = [D('x'), D('y')]
print('made list')
holder = None
print('list dropped')
t = (D('in-tuple'),)
del t
print('tuple dropped')
class Owner:
    def __init__(self):
        self.child = D('child')
    def __del__(self):
        print('owner gone')
o = Owner()
del o
print('owner dropped')
s = {'a': D('dict-val')}
s.pop('a')
print('popped from dict')
chain = D('head')
chain.next = D('second')
chain.next.next = D('third')
del chain
print('chain dropped')
