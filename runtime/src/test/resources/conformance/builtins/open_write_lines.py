import os
name = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'interlock_%d_open_write_lines_tmp.txt' % os.getpid())
lines = [f'{i}: {"x" * i}\n' for i in range(5)]
with open(name, 'w') as f:
    f.writelines(lines)
with open(name) as f:
    content = f.read()
print(content, end='')
print(sum(1 for _ in open(name)) if False else len(lines))
with open(name, 'r') as f:
    words = [len(l.split(':')[1].strip()) for l in f]
print(words)
with open(name, 'w') as f:
    f.write('héllo wörld\n')
with open(name, 'rb') as f:
    raw = f.read()
print(raw, len(raw))
with open(name, encoding='utf-8') as f:
    print(f.read().strip(), f.name == name)
os.remove(name)
