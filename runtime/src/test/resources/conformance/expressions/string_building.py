rows = [('name', 'qty', 'price'), ('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 0.1)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(' | '.join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
print('-' * (sum(widths) + 6))
parts = []
for i in range(5):
    parts.append(f'{i}:{i * i}')
print(','.join(parts))
s = ''
for ch in 'hello':
    s = ch + s
print(s, s[::-1] == 'hello')
print('{:-^30}'.format(' centered '), '%-8s|%8s|' % ('left', 'right'))
table = '\n'.join(f'{n:>3} {n ** 2:>5} {n ** 3:>7}' for n in range(1, 6))
print(table)
print(repr('\n'.join(['a', 'b'])), 'x'.join('123'), ''.join(reversed('abc')))
