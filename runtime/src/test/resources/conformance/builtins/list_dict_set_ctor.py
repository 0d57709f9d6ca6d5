print(list(), list([1, 2]), list('ab'), list(range(3)), list({'a': 0}), list((x for x in 'xy')))
print(dict(), dict(a=1), dict([(1, 2)]), dict({'k': 'v'}, k2='v2'), dict.fromkeys('ab', 0))
print(sorted(set('hello')), set(), set([1, 1, 2]) == {1, 2}, len(set(range(100))))
fs = frozenset([3, 1, 2])
print(sorted(fs), 2 in fs, fs | {4} == {1, 2, 3, 4}, type(fs | {4}).__name__)
print(tuple(), tuple([1]), tuple(range(3)), tuple('ab'))
l = list([1, [2]])
l2 = list(l)
l2[1].append(3)
print(l, l2, l is l2, l[1] is l2[1])
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    {frozenset(): 1, set(): 2}
except TypeError as e:
    print(e)
