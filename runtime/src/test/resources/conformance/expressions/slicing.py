s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-5:-1])
print(s[100:], s[-100:2], s[5:2])
t = 'abcdefgh'
print(t[::-1], t[1:7:2], t[::3], t[-2::-2])
print((1, 2, 3, 4)[1:3], b'bytes'[1:4], bytearray(b'xyz')[::-1])
s[2:4] = ['a', 'b', 'c']
print(s)
s[::3] = [0] * len(s[::3])
print(s)
del s[1::2]
print(s)
s[:] = []
print(s)
print(slice(1, 10, 2).indices(5), slice(None, None, -1))
u = list(range(6))
u[1:1] = [9, 9]
print(u)
