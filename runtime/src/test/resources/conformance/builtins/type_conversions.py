print(str(), int(), float(), bool(), list(), dict(), tuple(), set(), frozenset(), bytes())
print(int('  42  '), int('-0x1f', 16), int('11', 2), int(7.99), int('0'))
print(float('nan') != float('nan'), float('1_000.5'), float(' inf '), float('-Infinity'))
print(bool([0]), bool(''), bool(' '), bool(0))
print(list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)))
print(tuple([1, 2]), tuple('hi'), tuple({1: 2}))
print(dict([('a', 1), ('b', 2)]), dict(a=1, b=2), dict({'x': 1}, y=2), dict(zip('ab', 'cd')))
print(sorted(set([3, 1, 3])), sorted(frozenset('aab')), set() == frozenset())
print(str(b'abc'), str(b'abc', 'ascii'), str(123), str([1, '2']), str(1.0))
print(bytes('abc', 'ascii'), bytes([1, 2]), bytes(bytearray(b'q')), bytearray(2), bytearray('hé', 'utf-8'))
try:
    int('3.5')
except ValueError as e:
    print(e)
try:
    int('')
except ValueError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
class Conv:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
c = Conv()
print(int(c), float(c), [10, 20, 30, 40][c], hex(c), bin(c))
