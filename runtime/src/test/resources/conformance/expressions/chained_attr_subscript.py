class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.children[0].children[0].val)
print(tree.children[-1].val)
data = {'a': [{'b': (10, 20, 30)}]}
print(data['a'][0]['b'][1:], data['a'][0]['b'][-1])
m = [[1, 2], [3, 4]]
m[1][0] += 10
print(m)
d = {}
d.setdefault('x', []).append(1)
d.setdefault('x', []).append(2)
print(d)
print('a,b,c'.split(',')[1].upper().center(5, '*'))
