import weakref
events = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append('del ' + self.name)
def watcher(tag):
    def cb(ref):
        events.append('cb ' + tag)
    return cb
a = Node('a')
refs = [weakref.ref(a, watcher('first')), weakref.ref(a, watcher('second')), weakref.ref(a, watcher('third'))]
events.append('dropping a')
a = None
events.append('a dropped')
print(events)
events.clear()
parent = Node('parent')
parent.child = Node('child')
wc = weakref.ref(parent.child, watcher('child'))
wp = weakref.ref(parent, watcher('parent'))
del parent
print(events, wc(), wp())
events.clear()
box = [Node('in-list')]
w = weakref.ref(box[0], watcher('in-list'))
print(w() is box[0])
box.pop()
print(events)
events.clear()
keep = Node('kept')
w1 = weakref.ref(keep, watcher('w1'))
del w1
del keep
print(events)
def scope():
    local = Node('local')
    return weakref.ref(local, watcher('local'))
r = scope()
print(events, r())
