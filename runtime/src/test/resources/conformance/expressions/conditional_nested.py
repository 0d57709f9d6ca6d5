def grade(score):
    return 'A' if score >= 90 else 'B' if score >= 80 else 'C' if score >= 70 else 'F'
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
def sign(x):
    return (1 if x > 0 else -1) if x else 0
print([sign(v) for v in (-3, 0, 7)])
calls = []
def t(v):
    calls.append(v)
    return v
print(t('yes') if t(True) else t('no'), calls)
calls.clear()
print(t('yes') if t(0) else t('no'), calls)
fmt = lambda n: f"{n} item{'s' if n != 1 else ''}"
print(fmt(0), fmt(1), fmt(2))
print({k: ('even' if k % 2 == 0 else 'odd') for k in range(4)})
