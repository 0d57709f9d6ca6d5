# __traceback__: a tb_lineno/tb_next chain from the outermost frame inward; with_traceback.
def inner():
    raise ValueError('x')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines, type(e.__traceback__).__name__)
    e2 = KeyError('k').with_traceback(e.__traceback__)
    print(e2.__traceback__.tb_lineno, e2.with_traceback(None).__traceback__)
print(ValueError().__traceback__)
try:
    raise ValueError
except ValueError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
