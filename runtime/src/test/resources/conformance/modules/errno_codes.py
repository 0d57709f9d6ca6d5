# errno: Linux numbers of the common symbols, errorcode, aliases, and the errno of the
# OSError subclasses the runtime raises.
import errno
import os

for name in ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "EWOULDBLOCK", "ENOMEM",
             "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "EMFILE", "ENOSPC", "EPIPE", "EDOM",
             "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOSYS", "ENOTEMPTY", "ELOOP", "ENOTSUP",
             "EOPNOTSUPP", "ECONNRESET", "ETIMEDOUT", "ECONNREFUSED", "EINPROGRESS", "ECANCELED"]:
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)])

print(len(errno.errorcode), min(errno.errorcode), max(errno.errorcode))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(n for n in dir(errno) if n.isupper() and n not in errno.errorcode.values()))
print(41 in errno.errorcode, 58 in errno.errorcode)

path = "/nonexistent-dir-%d/file" % os.getpid()
try:
    open(path)
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])

for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EPIPE, errno.ETIMEDOUT, errno.EINVAL):
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, e.strerror)
