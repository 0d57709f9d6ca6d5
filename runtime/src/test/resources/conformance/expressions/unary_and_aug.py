x = 5
print(-x, +x, ~x, not x)
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0x1F; print(x)
x ^= 0xFF; print(x)
f = 10.0
f /= 4; print(f)
s = 'ab'
s *= 3; print(s)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
