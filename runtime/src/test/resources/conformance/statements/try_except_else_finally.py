def attempt(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        print('div by zero')
    except TypeError as e:
        print('type error:', e)
    else:
        print('ok', r)
    finally:
        print('cleanup', v)
attempt(2)
attempt(0)
attempt('s')
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('caught', e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}['missing']
except LookupError as e:
    print('lookup', repr(e))
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('finally', i)
f()
try:
    pass
except Exception:
    print('no')
else:
    print('else without exception')
e = 'before'
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print('e' in dir())
