def chain(cls):
    return ' > '.join(c.__name__ for c in cls.__mro__)
for cls in (ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError,
            UnboundLocalError, AttributeError, StopIteration, RecursionError,
            NotImplementedError, OverflowError, FileNotFoundError, AssertionError,
            KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeDecodeError, ImportError,
            ModuleNotFoundError, Exception, StopAsyncIteration, MemoryError, OSError):
    print(chain(cls))
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
errors = []
for thunk in (lambda: 1 / 0, lambda: [][1], lambda: {}['k'], lambda: int('x'),
              lambda: None + 1, lambda: undefined_name, lambda: (1).foo,
              lambda: next(iter([])), lambda: 1.0 ** 100000, lambda: open('/nonexistent/file')):
    try:
        thunk()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
