def f(mode):
    out = []
    for i in range(3):
        try:
            out.append(f'try{i}')
            if mode == 'break' and i == 1:
                break
            if mode == 'continue' and i == 1:
                continue
            if mode == 'return' and i == 1:
                return out + ['returned']
            if mode == 'raise' and i == 1:
                raise ValueError(i)
            out.append(f'body{i}')
        except ValueError as e:
            out.append(f'except{e}')
        else:
            out.append(f'else{i}')
        finally:
            out.append(f'finally{i}')
    return out
for m in ('none', 'break', 'continue', 'return', 'raise'):
    print(m, f(m))
def finally_swallows():
    for _ in range(1):
        try:
            raise KeyError('lost')
        finally:
            break
    return 'exception discarded by break in finally'
print(finally_swallows())
def nested_finally():
    log = []
    try:
        try:
            log.append('inner try')
            raise IndexError('x')
        finally:
            log.append('inner finally')
    except IndexError:
        log.append('outer except')
    finally:
        log.append('outer finally')
    return log
print(nested_finally())
def exc_in_finally():
    try:
        try:
            1 / 0
        finally:
            int('bad')
    except ValueError as e:
        return type(e.__context__).__name__ + ' -> ' + type(e).__name__
print(exc_in_finally())
