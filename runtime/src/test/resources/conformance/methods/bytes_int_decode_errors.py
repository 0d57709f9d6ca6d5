# int() of bytes parses ASCII only (the error shows the bytes' repr), and bytes.decode's error
# handlers strict/replace/ignore/backslashreplace/surrogateescape delimit bad UTF-8 runs as CPython.
import random

for v in [b"\xa01", b"12", b" 12 ", b"1_0", b"\xd9\xa1", bytearray(b"7"), b"0x1f", b"", b"  "]:
    for base in (10, 0, 16):
        try:
            print(repr(v), base, int(v, base))
        except ValueError as e:
            print(repr(v), base, "ValueError:", e)
print(int("\xa01".replace("\xa0", "")), int("\u0661"))
try:
    int("\xa01")
except ValueError as e:
    print("ValueError:", e)
data = b"ab\xff\xfecd\xc3\x28\xe2\x82"
for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
    try:
        r = data.decode("utf-8", errors=errors)
        print(errors, ascii(r), len(r))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
    try:
        r = data.decode("ascii", errors)
        print("ascii", errors, ascii(r))
    except UnicodeDecodeError as e:
        print("ascii", errors, "UnicodeDecodeError:", e)
    try:
        r = data.decode("latin-1", errors)
        print("latin-1", errors, ascii(r))
    except UnicodeDecodeError as e:
        print("latin-1", errors, "UnicodeDecodeError:", e)
print(ascii(b"\xf0\x9f\x98".decode(errors="backslashreplace")), ascii(b"\xed\xa0\x80".decode(errors="replace")))
print(ascii(bytearray(b"x\x80y").decode(errors="backslashreplace")))
s = b"a\xffb".decode("utf-8", "surrogateescape")
print(ascii(s), s.encode("utf-8", "surrogateescape"))
print(str(b"\xff", "utf-8", "backslashreplace"), str(b"\xff\xfe", errors="ignore") == "")
try:
    b"x".decode(errors="nonsense-handler")
except LookupError as e:
    print("LookupError:", e)

# truncated, overlong, surrogate and out-of-range sequences, one per line
cases = [b"\xc0\x80", b"\xe0\x80\x80", b"\xe0\xa0", b"\xed\xa0\x80", b"\xed\x9f\xbf", b"\xf4\x90\x80\x80",
         b"\xf4\x8f\xbf\xbf", b"\xf0\x8f\xbf\xbf", b"\xf5\x80", b"\xc2", b"\xc2\xc2\xa9", b"\xe2\x82\xac\xe2\x82"]
for c in cases:
    out = [ascii(c.decode("utf-8", h)) for h in ("replace", "ignore", "backslashreplace", "surrogateescape")]
    try:
        c.decode()
        strict = "ok"
    except UnicodeDecodeError as e:
        strict = "%s %d-%d %s" % (e.reason, e.start, e.end, e.object == c)
    print(ascii(c), strict, *out)

# seeded random byte strings, biased towards UTF-8 lead and continuation bytes
rng = random.Random(20261208)
alphabet = [0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff]
mismatch = 0
lines = []
for n in range(300):
    data = bytes(rng.choice(alphabet) for _ in range(rng.randrange(1, 7)))
    parts = []
    for h in ("replace", "backslashreplace", "surrogateescape", "ignore"):
        r = data.decode("utf-8", h)
        parts.append(len(r))
        if h == "surrogateescape" and r.encode("utf-8", "surrogateescape") != data:
            mismatch += 1
    try:
        data.decode()
        parts.append(-1)
    except UnicodeDecodeError as e:
        parts.append(e.start * 10 + e.end)
    lines.append(",".join(map(str, parts)))
print(mismatch)
for i in range(0, 300, 20):
    print(" ".join(lines[i:i + 20]))
