class AppError(Exception):
    pass
def load():
    try:
        int('x')
    except ValueError as e:
        raise AppError('could not load') from e
try:
    load()
except AppError as e:
    print(e, '| cause:', repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during')
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no context') from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def reraise():
    try:
        raise IndexError('orig')
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print('reraised', e)
try:
    raise TypeError('a', 'b')
except TypeError as e:
    print(e.args, str(e))
