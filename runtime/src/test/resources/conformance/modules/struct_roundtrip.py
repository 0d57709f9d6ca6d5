# struct: round trips of every code under every byte order, sizes and alignment tables
import struct

for order in "@=<>!":
    for code in "bBhHiIlLqQ?efd":
        fmt = order + code
        sz = struct.calcsize(fmt)
        vals = {"b": [-128, 0, 127], "B": [0, 255], "h": [-32768, 32767], "H": [65535], "i": [-2 ** 31, 2 ** 31 - 1],
                "I": [2 ** 32 - 1], "l": [-2 ** 31, 7], "L": [2 ** 32 - 1], "q": [-2 ** 63, 2 ** 63 - 1], "Q": [2 ** 64 - 1],
                "?": [True, False], "e": [0.5, -65504.0, 1e-7], "f": [0.1, -3.5e38 if order == "@" else -3.0e38], "d": [0.1, -1e308]}[code]
        out = []
        for v in vals:
            packed = struct.pack(fmt, v)
            out.append((packed.hex(), struct.unpack(fmt, packed)[0]))
        print(fmt, sz, out)
print(struct.calcsize("nNP"), struct.pack("nNP", -1, 2 ** 64 - 1, 5), struct.unpack("nN", struct.pack("nN", -5, 5)))
for fmt in ["c", "bc", "bh", "bi", "bl", "bq", "bd", "bf", "be", "b?", "hb", "bhbi", "ihb", "xxi", "3x", "5s", "0s",
            "2p", "i3si", "@b2h", "<b2h", ">qb", "!bq", " i  h ", "10c"]:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize("<" + fmt.strip() if not fmt.startswith(("@", "<", ">", "!")) else fmt))
print(struct.pack("4c", b"a", b"b", b"c", b"d"), struct.unpack("4c", b"wxyz"), struct.pack("3x"), struct.unpack("xbx", b"\x00\x07\x00"))
print(struct.unpack("<i", bytearray(b"\x01\x00\x00\x00")), struct.unpack(b"<h", b"\xff\xff"), struct.pack(">I", 0xDEADBEEF).hex())
print(struct.unpack("<d", struct.pack("<d", float("inf"))), struct.unpack("<f", struct.pack("<f", float("-inf"))),
      struct.pack("<d", float("nan")).hex(), struct.pack("<e", -0.0).hex(), struct.unpack(">e", b"\x7c\x00"))
s = struct.Struct("<ih")
buf = bytearray(16)
for k in range(2):
    s.pack_into(buf, k * s.size, k + 1, -(k + 1))
print(buf.hex(), [s.unpack_from(buf, k * s.size) for k in range(2)], list(s.iter_unpack(bytes(buf[:12]))))
print(struct.Struct("i").size, struct.calcsize("P"), struct.pack("?", 0), struct.pack("<Q", 1 << 63))
