class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
class DbError(AppError): pass
def low(): raise KeyError("row")
def mid():
    try: low()
    except KeyError as e: raise DbError("lookup failed", 5) from e
def top():
    try: mid()
    except AppError as e:
        raise RuntimeError("top failed")
try: top()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__), e.__suppress_context__, e.__context__.__suppress_context__)
    print(str(e.__context__), e.__context__.code, isinstance(e.__context__, AppError))
try:
    try: 1 / 0
    except ZeroDivisionError: raise ValueError("v") from None
except ValueError as e: print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def f():
    try: return "try"
    finally: print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally: print("fin", i)
    else: print("no else")
g()
err = ValueError("x", 2); print(err.args, str(err), repr(err)); err.add_note("note1"); print(err.__notes__)
try: raise TypeError
except TypeError as t: print(repr(t), t.args, str(t) == "")
print(issubclass(KeyError, LookupError), KeyError.__mro__, BaseException.__subclasses__ is not None)
