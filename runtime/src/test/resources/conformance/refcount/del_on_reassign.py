class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
x = T(1)
x = T(2)
print('reassigned once')
x = None
print('set to None')
lst = [T(3), T(4)]
lst[0] = T(5)
print('replaced list item')
lst.pop()
print('popped')
lst.clear()
print('cleared')
d = {'k': T(6)}
d['k'] = 'other'
print('dict value replaced')
