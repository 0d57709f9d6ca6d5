import array
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, str(e))

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[::-2].tolist())
print(m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.nbytes, m.contiguous, m.c_contiguous, m.f_contiguous)
print(m[::-2].strides, m[::-2].shape, m[::-2].contiguous, m[1:1].shape, m.suboffsets)
print(m.obj, m.tolist(), m.hex(), bytes(m), bytearray(m), list(m), 97 in m, 120 in m)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == "abcdef", m != b"x", m == memoryview(b"abcdef"), m[1:3] == b"bc")
print(hash(m) == hash(b"abcdef"), hash(m[1:3]) == hash(b"bc"))
print(repr(m).startswith("<memory at 0x"))
err(lambda: m.__setitem__(0, 1))
err(lambda: m[10])
err(lambda: m[-7])
err(lambda: m["a"])
err(lambda: m[0, 0])
err(lambda: m[0:1:0])
err(lambda: m < m)
err(lambda: memoryview(1))
err(lambda: memoryview("abc"))
err(lambda: memoryview())

ba = bytearray(b"hello world")
v = memoryview(ba)
v[0] = ord("H")
v[6:11] = b"WORLD"
print(ba, v.readonly)
v[::2] = b"123456"
print(ba)
s = v[1:4]
s[0] = 0x41
print(ba, s.obj is ba)
err(lambda: ba.append(1))
err(lambda: ba.extend(b"xy"))
err(lambda: ba.pop())
err(lambda: ba.clear())
def iadd():
    global ba
    ba += b"x"
err(iadd)
def delslice():
    del ba[0:2]
err(delslice)
ba[0:2] = b"zz"
ba.reverse()
print(ba)
err(lambda: v.__setitem__(0, 256))
err(lambda: v.__setitem__(0, -1))
err(lambda: v.__setitem__(0, "a"))
err(lambda: v.__setitem__(0, 1.5))
err(lambda: v.__setitem__(slice(0, 2), b"abc"))
err(lambda: v.__setitem__(slice(0, 2), [1, 2]))
err(lambda: v.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")))
err(lambda: v.__delitem__(0))
err(lambda: hash(v))
v.release()
s.release()
ba.append(33)
print(ba)
err(lambda: v[0])
err(lambda: len(v))
err(lambda: v.tobytes())
err(lambda: v.obj)
err(lambda: v.format)
err(lambda: bytes(v))
print(v == v, v == memoryview(b"x"), repr(v).startswith("<released memory"))
v.release()

with memoryview(bytearray(b"abc")) as w:
    print(w.tobytes())
err(lambda: w.tolist())
err(lambda: w.__enter__())

# a dropped view no longer pins the bytearray
b2 = bytearray(b"xy")
print(bytes(memoryview(b2)[::-1]))
b2.append(0x7A)
print(b2)

# views of views
base = memoryview(b"0123456789")
print(memoryview(base).obj, memoryview(base)[2:8][1:5:2].tobytes(), base[8:2:-3].tolist())
print(base.toreadonly().readonly, memoryview(bytearray(2)).toreadonly().readonly)
