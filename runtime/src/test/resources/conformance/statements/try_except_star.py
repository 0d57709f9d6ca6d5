# try/except* (PEP 654): clauses match the leaves of a group by split, a naked exception is
# wrapped, the unhandled rest and exceptions raised in the clauses are re-raised together.
def show(label, e):
    print(label, type(e).__name__, repr(e))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("V", e)
except* TypeError as e:
    show("T", e)
print("after 1")

try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e)
    print(e.exceptions[0] is not None, e.message == "")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
except* KeyError as e:
    show("outer K", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("in handler")
except* RuntimeError as e:
    show("RT", e)
    print(repr(e.exceptions[0].__context__))
except* KeyError as e:
    show("K2", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("reraise", e)

try:
    try:
        raise TypeError("x")
    except* ValueError:
        print("no")
except TypeError as e:
    show("naked unhandled", e)

try:
    try:
        raise TypeError("x")
    except* TypeError:
        raise KeyError("k")
except KeyError as e:
    show("naked raise", e)
    print(repr(e.__context__))

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* (ValueError, TypeError) as e:
    show("tuple", e)
else:
    print("else")
finally:
    print("finally")

try:
    pass
except* ValueError:
    pass
else:
    print("else ran")

def f():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, e.exceptions)
            def inner():
                return 5
            print(inner())
    return "done"
print(f())

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TE", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 3:
        pass
except TypeError as e:
    print("TE", e)
try:
    raise ExceptionGroup("eg", [ExceptionGroup("inner", [ValueError(1), OSError(2)]), ValueError(3), KeyError(4)])
except* ValueError as e:
    show("nestedV", e)
except* OSError as e:
    show("nestedOS", e)
except* Exception as e:
    show("rest", e)
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    print(sys.exc_info()[1] is e)
print(sys.exc_info())
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError("a")
    except* TypeError:
        raise NameError("b")
except BaseException as e:
    show("multi", e)
    print([repr(x.__context__) for x in e.exceptions])


# every clause runs on its own part; a clause matching nothing is skipped
log = []
try:
    raise ExceptionGroup("all", [ValueError(1), TypeError(2), OSError(3)])
except* OSError as e:
    log.append(("os", e.exceptions))
except* ZeroDivisionError:
    log.append("never")
except* (ValueError, TypeError) as e:
    log.append(("vt", e.exceptions))
print(log)

# bare raise keeps the original structure and metadata; notes travel with the parts
def reraiser():
    try:
        eg = ExceptionGroup("with note", [ValueError(1), KeyError(2), ValueError(3)])
        raise eg
    except* ValueError:
        raise
    except* KeyError:
        pass

try:
    reraiser()
except ExceptionGroup as e:
    show("bare raise", e)

def reraise_with_note():
    try:
        eg = ExceptionGroup("noted", [ValueError(1), KeyError(2)])
        eg.add_note("top note")
        raise eg
    except* ValueError:
        raise

try:
    reraise_with_note()
except ExceptionGroup as e:
    show("noted", e)
    print(getattr(e, "__notes__", None), [type(x).__name__ for x in e.exceptions])

# raise ... from inside a clause
try:
    try:
        raise ExceptionGroup("src", [ValueError("v")])
    except* ValueError as e:
        raise RuntimeError("converted") from e
except RuntimeError as e:
    show("from", e)
    show("cause", e.__cause__)

# a clause that raises plus an unhandled rest: a new group of both
def mixed():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError("from V")
    except* TypeError as e:
        raise e.exceptions[0]

try:
    mixed()
except ExceptionGroup as e:
    show("mixed", e)
    for sub in e.exceptions:
        show("  part", sub)

# BaseException leaves
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    show("KI", e)
except* ValueError as e:
    show("VE", e)

# naked BaseException wrapped into a BaseExceptionGroup
try:
    raise SystemExit(3)
except* SystemExit as e:
    show("SE", e)

# in a generator
def gen():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError("g")])
    except* ValueError as e:
        yield ("caught", e.exceptions)
    yield 3
print(list(gen()))

# a group thrown into a generator
def gen2():
    while True:
        try:
            yield
        except* KeyError as e:
            print("gen2 got", e.exceptions)
g = gen2()
next(g)
g.throw(ExceptionGroup("thrown", [KeyError("t")]))
try:
    g.throw(ExceptionGroup("thrown", [KeyError("u"), ValueError("w")]))
except ExceptionGroup as e:
    show("gen2 rest", e)

# an exception while evaluating the clause's type
try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* undefined_name:
        pass
except NameError as e:
    print("NameError:", e, type(e.__context__).__name__)

# break and continue inside a loop that is inside a clause are fine
try:
    raise ExceptionGroup("loop", [ValueError()])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# nested try/except* with finally
def nested():
    try:
        try:
            raise ExceptionGroup("n", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            print("inner V", e.exceptions)
        finally:
            print("inner finally")
    except* TypeError as e:
        print("outer T", e.exceptions)
        return_value = "outer"
    else:
        return_value = "else"
    return return_value
print(nested())
print(sys.exc_info())
