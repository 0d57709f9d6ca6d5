name = 'world'
n = 42
pi = 3.14159265
print(f'hello {name}!')
print(f'{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:,} {1234567:_}')
print(f'{pi:.2f} {pi:8.3f} {pi:e} {pi!r} {name!r} {name!s}')
print(f'{"quoted"} {{braces}} {n + 1} {[1, 2][0]}')
w = 10
print(f'{pi:{w}.{3}f}|{name:*^{w}}|')
print(f'{n=} {name=!r}' if False else f'{n} {name}')
d = {'k': 'v'}
print(f"{d['k']} {len(d)} {'yes' if n else 'no'}")
print(f'{-5:+d} {5:+d} {5: d} {1e6:,.1f}')
class P:
    def __repr__(self): return 'P()'
    def __str__(self): return 'p-str'
    def __format__(self, spec): return 'fmt[' + spec + ']'
p = P()
print(f'{p} {p!r} {p!s} {p:abc}')
print(f'''multi
{name}''')
print(F'{"nested " + f"{n}"}')
