import array, struct, hashlib, binascii
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, str(e))

raw = bytearray(range(16))
m = memoryview(raw)
for f in "bBchHiIlLqQfd":
    c = m.cast(f)
    print(f, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c.readonly)
print(m.cast("h").tolist())
print(m.cast("I").tolist(), m.cast("Q").tolist(), m.cast("q")[1])
print(memoryview(b"\xff\xff\xff\xff\xff\xff\xff\xff").cast("Q").tolist(), memoryview(b"\xff" * 8).cast("q").tolist())
print(memoryview(b"\xff\xfe").cast("b").tolist(), memoryview(b"ab").cast("c").tolist(), memoryview(b"ab").cast("@B").format)
print(memoryview(struct.pack("dd", 1.5, -2.25)).cast("d").tolist(), memoryview(struct.pack("f", 0.5)).cast("f")[0])
print(memoryview(b"\x00\x01\x02").cast("?").tolist())
h = m.cast("h")
h[0] = -2
h[1] = 1000
print(raw[:4], h[0], h[-1])
err(lambda: h.__setitem__(0, 40000))
err(lambda: h.__setitem__(0, "x"))
err(lambda: h.__setitem__(slice(0, 1), b"ab"))
h[0:2] = memoryview(bytearray(4)).cast("h")
print(raw[:4])
d = memoryview(bytearray(16)).cast("d")
d[0] = 3.5
d[1] = 2
print(d.tolist())
err(lambda: d.__setitem__(0, "x"))
c = memoryview(bytearray(b"xyz")).cast("c")
c[1] = b"Q"
print(c.tolist(), c.obj)
err(lambda: c.__setitem__(0, 65))
err(lambda: c.__setitem__(0, b""))
err(lambda: memoryview(b"abc").cast("h"))
err(lambda: memoryview(b"abcd").cast("h").cast("i"))
err(lambda: memoryview(b"abcd")[::2].cast("B"))
err(lambda: memoryview(b"abcd").cast("x"))
err(lambda: memoryview(b"abcd").cast("hh"))
err(lambda: memoryview(b"abcd").cast(1))
print(memoryview(b"abcd").cast("h").cast("B").tolist(), memoryview(b"abcd").cast("i").cast("c").tolist())
print(memoryview(b"abcd").cast("h") == memoryview(b"abcd").cast("h"), memoryview(b"ab").cast("h") == b"ab")
print(memoryview(b"ab").cast("b") == b"ab", memoryview(b"\xff").cast("b") == b"\xff")
err(lambda: hash(memoryview(b"abcd").cast("h")))
print(hash(memoryview(b"abcd").cast("c")) == hash(b"abcd"), hash(memoryview(b"abcd").cast("b")) == hash(b"abcd"))

# array views
a = array.array("i", [1, -2, 3])
v = memoryview(a)
print(v.format, v.itemsize, len(v), v.nbytes, v.tolist(), v[1], v[-1], v.strides, v.readonly)
v[0] = 100
print(a)
v[1:3] = array.array("i", [7, 8])
print(a, v.obj is a)
err(lambda: v.__setitem__(slice(0, 1), array.array("h", [1])))
err(lambda: a.append(4))
err(lambda: a.extend([4]))
err(lambda: a.pop())
err(lambda: a.insert(0, 4))
err(lambda: a.remove(7))
a[0] = 5
print(v.tolist(), v == array.array("i", [5, 7, 8]), v == [5, 7, 8])
vb = v.cast("B")
print(vb.nbytes, vb[:4].tolist(), bytes(v) == a.tobytes())
v.release(); vb.release()
a.append(9)
print(a)
fa = array.array("d", [0.5, 1.5])
fv = memoryview(fa)
print(fv.format, fv.tolist(), fv[1])
fv[0] = 9.25
print(fa)
bv = memoryview(array.array("B", [1, 2, 255]))
print(bv.tolist(), bv.format, bytes(bv))

# bytes-like consumers
mv = memoryview(b"hello world")
print(bytes(mv), bytearray(mv), b"-".join([mv[:5], mv[6:]]), bytearray(b",").join([mv[:2]]))
print(b"ab" + memoryview(b"cd"), bytearray(b"ab") + memoryview(b"cd"))
ba = bytearray(b"ab")
ba += memoryview(b"cd")
print(ba)
ba.extend(memoryview(b"ef"))
print(ba)
err(lambda: memoryview(b"c") + b"ab")
print(hashlib.sha256(mv).hexdigest()[:16], hashlib.md5(mv[1:4]).hexdigest()[:16])
err(lambda: hashlib.md5(mv[::2]))
err(lambda: struct.unpack("2s", memoryview(b"abcd")[::2]))
print(int.from_bytes(memoryview(b"abcd")[::2], "big"), b"x" + array.array("b", [1]))
hsh = hashlib.sha1(); hsh.update(mv); print(hsh.hexdigest()[:16])
print(struct.unpack("<HH", memoryview(b"\x01\x00\x02\x00")), struct.unpack_from("<H", memoryview(b"\x00\x01\x00"), 1))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), int.from_bytes(memoryview(b"\x01\x02")[::-1], "little"))
print(binascii.hexlify(mv[:3]), bytes(mv).decode(), str(mv[:5], "ascii"), mv[:5].tobytes().decode("utf-8"))
print(array.array("B", memoryview(b"xyz")), array.array("b", b"") == array.array("b"))
import os
p = os.path.join(os.environ.get("TMPDIR", "/tmp"), "interlock_mv_%d_%d.bin" % (os.getpid(), id(object())))
try:
    with open(p, "wb") as f:
        print(f.write(memoryview(b"0123456789")[2:6]))
        err(lambda: f.write(memoryview(b"0123456789")[::2]))
    with open(p, "rb") as f:
        print(f.read())
finally:
    os.remove(p)
