def t(name, val):
    print('call', name)
    return val

print(t('a', 0) or t('b', 2))
print(t('a', 1) or t('b', 2))
print(t('a', 0) and t('b', 2))
print(t('a', 3) and t('b', []))
print(not 0, not 1, not [], not [0], not '')
print([] or {} or 'last', 0 and 1, '' or None)
print(1 and 2 and 3, 1 or 2 or 3, None or 0 or '')
x = 5
print(x > 3 and x < 10, not x == 5, not (x > 3 or x < 1))
print(bool(0.0), bool(-0.1), bool(None), bool(()), bool((0,)))
