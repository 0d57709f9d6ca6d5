import os

base = './_t_os_stat_walk'
if os.path.exists(base):
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        os.rmdir(top)

os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
os.mkdir(os.path.join(base, 'c'))
os.mkdir(os.path.join(base, 'skip'))
for name, data in [('f1.txt', 'hello'), ('a/f2.txt', 'x' * 100), ('a/b/f3.txt', ''), ('skip/hidden.txt', 'h')]:
    with open(os.path.join(base, name), 'w') as f:
        f.write(data)

st = os.stat(os.path.join(base, 'f1.txt'))
print(type(st).__name__, st.st_size, st[6] == st.st_size, len(st), isinstance(st, tuple))
print(st.st_mode & 0o170000 == 0o100000, os.stat(base).st_mode & 0o170000 == 0o040000)
print(isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid())
print(int(st.st_mtime) == st[8], st.st_mtime_ns // 10 ** 9 == st[8], st.st_ino == st[1] > 0)
print(os.lstat(os.path.join(base, 'a')).st_mode & 0o040000 != 0)
try:
    os.stat('./_t_missing_file')
except FileNotFoundError as e:
    print(e)
    print(e.errno, e.strerror, e.filename)

for top, dirs, files in os.walk(base):
    dirs.sort()
    if 'skip' in dirs:
        dirs.remove('skip')
    print(top[len(base):] or '.', dirs, sorted(files))
order = [t[len(base):] for t, d, f in os.walk(base, topdown=False)]
print(sorted(order), order[-1] == '', order.index('/a/b') < order.index('/a'))

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path[len(base):], e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
print(repr(entries[0]), os.fspath(entries[0])[len(base):])

os.rename(os.path.join(base, 'f1.txt'), os.path.join(base, 'g1.txt'))
os.replace(os.path.join(base, 'g1.txt'), os.path.join(base, 'a', 'f2.txt'))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'a', 'f2.txt')))
print(os.access(base, os.F_OK), os.access(base, os.R_OK | os.W_OK), os.access('./_t_missing_file', os.F_OK))
os.unlink(os.path.join(base, 'a', 'b', 'f3.txt'))
os.removedirs(os.path.join(base, 'a', 'b'))
print(sorted(os.listdir(base)))
try:
    os.rmdir(os.path.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove('./_t_missing_file')
except FileNotFoundError as e:
    print(e)

for top, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(top, f))
    os.rmdir(top)
print(os.path.exists(base))
