import hashlib
import zlib

data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.md5(data).hexdigest())
print(hashlib.sha1(data).hexdigest())
print(hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest())
print(len(h.digest()), h.digest_size)
print(hashlib.new("sha256", b"abc").hexdigest())
big = bytes(range(256)) * 10000
print(hashlib.sha256(big).hexdigest())
c = zlib.compress(big)
print(len(c) < len(big), zlib.decompress(c) == big)
print(zlib.crc32(data), zlib.crc32(b""), zlib.crc32(data, 12345))
print(zlib.decompress(zlib.compress(data, 9)))
