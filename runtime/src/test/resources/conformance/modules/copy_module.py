import copy
orig = {'list': [1, [2, 3]], 'num': 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['list'][1].append(4)
orig['num'] = 99
print(shallow, deep)
print(shallow['list'] is orig['list'], deep['list'] is orig['list'])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n.children.append(n)
d = copy.deepcopy(n)
print(d.v, d.children[0].v, d.children[1] is d, d is not n)
c = copy.copy(n)
print(c.children is n.children)
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self):
        print('custom copy')
        return Custom(self.x + 1)
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return Custom(self.x + 100)
print(copy.copy(Custom(1)).x, copy.deepcopy(Custom(1)).x)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy([t])[0] is t)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
