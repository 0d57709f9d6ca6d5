import hashlib, zlib
for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(n)
    h.update(b"abc")
    c = h.copy()
    c.update(b"def")
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest()[:16], c.hexdigest()[:16])
print(hashlib.sha256(b"x" * 5000).hexdigest())
h = hashlib.md5(bytearray(b"abc"))
print(h.hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
print(hashlib.new("SHA256", b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
data = b"hello world" * 1000
print(zlib.adler32(data), zlib.adler32(b""), zlib.adler32(b"abc", 7))
print(zlib.crc32(data), zlib.crc32(b"def", zlib.crc32(b"abc")) == zlib.crc32(b"abcdef"))
for lvl in (0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, zlib.decompress(c) == data)
print(zlib.compress(b"abc"))
print(zlib.compress(data, level=9)[:4])
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.compress(b"", 12)
except zlib.error as e:
    print("zlib.error:", e)
print(zlib.decompress(zlib.compress(b"")))
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
