def gen_result(kind):
    if kind == 'list':
        return [1, 2]
    if kind == 'tuple':
        return 1, 2
    if kind == 'none':
        return
    if kind == 'func':
        return lambda: 'called'
    return None
for k in ('list', 'tuple', 'none', 'func', 'other'):
    r = gen_result(k)
    print(k, r() if callable(r) else r)
def in_loop():
    for i in range(10):
        if i == 4:
            return i
print(in_loop())
def in_try():
    try:
        return 'try'
    finally:
        print('finally runs')
print(in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
