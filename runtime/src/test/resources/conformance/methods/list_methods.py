l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.insert(0, 2)
l.insert(100, 6)
l.insert(-1, 0)
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1)
print(l, l.index(5), l.count(1), l.count(7))
l.sort()
print(l)
l.reverse()
print(l)
c = l.copy()
c.append('new')
print(l, c)
l.clear()
print(l, len(c))
m = [[1, 2], [3]]
m2 = m * 2
m2[0].append('shared')
print(m2)
print([1, 2] + [3], [0] * 4, [1, 2] == [1, 2], [1, 2] < [1, 3], [] < [0])
x = [5, 3, 8]
print(sorted(x), x, x.sort(), x)
print(list.index([1, 2, 3, 2], 2, 2), [1, 2, 3].__len__())
try:
    [1].index(2)
except ValueError as e:
    print(e)
a = [1, 2, 3]
a += 'ab'
print(a)
n = [1, 2, 3, 4, 5]
n[1:4] = [0]
print(n)
