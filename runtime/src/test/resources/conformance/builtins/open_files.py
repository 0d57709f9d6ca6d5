import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'interlock_%d_open_files_tmp.txt' % os.getpid())
with open(path, 'w') as f:
    n = f.write('line one\n')
    f.write('line two\nline three\n')
    print('wrote', n)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
with open(path, 'a') as f:
    print('appended', file=f)
with open(path) as f:
    print(len(f.read().splitlines()))
bpath = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'interlock_%d_open_files_tmp.bin' % os.getpid())
with open(bpath, 'wb') as f:
    f.write(bytes(range(10)))
    f.write(b'\xff\xfe')
with open(bpath, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:4], data[-2:])
with open(bpath, 'rb') as f:
    print(f.read(3), f.read(2), f.read())
f = open(path)
print(f.closed, f.readline().strip())
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open('definitely/not/here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.remove(path)
os.remove(bpath)
print(os.path.exists(path), os.path.exists(bpath))
