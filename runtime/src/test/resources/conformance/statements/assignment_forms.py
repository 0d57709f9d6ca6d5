a = b = c = [1, 2]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = 'mn'
print(m, n)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
d = {}
d['k'], d['j'] = 'K', 'J'
print(d)
class O: pass
o = O()
o.a, o.b = 10, 20
print(o.a + o.b)
a, *b, c = 1, 2
print(a, b, c)
for k, (v1, v2) in [('a', (1, 2)), ('b', (3, 4))]:
    print(k, v1 + v2)
