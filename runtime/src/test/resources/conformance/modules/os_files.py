import os
base = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'interlock_os_files_%d' % os.getpid())
os.makedirs(os.path.join(base, 'sub'), exist_ok=True)
for name in ('b.txt', 'a.txt', os.path.join('sub', 'c.txt')):
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 3)
print(sorted(os.listdir(base)))
print(os.path.getsize(os.path.join(base, 'a.txt')))
os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'renamed.txt'))
print(sorted(os.listdir(base)))
for name in ('b.txt', 'renamed.txt', os.path.join('sub', 'c.txt')):
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))
