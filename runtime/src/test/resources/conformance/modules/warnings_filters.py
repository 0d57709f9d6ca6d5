# warnings: the filter actions, the default filters, the registry that shows a warning once,
# catch_warnings(record=True), showwarning/formatwarning replaced, warn_explicit, and the
# text format (checked through formatwarning and a StringIO-like file).
import sys
import warnings


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        out = "".join(self.parts)
        self.parts = []
        return out


def here():
    return sys._getframe(1).f_lineno


print([(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])

# the text format
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  source line  ")))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "file.py", 3, "")))
print(repr(warnings.formatwarning(ValueError("x"), UserWarning, "<string>", 1)))

# the default filters: DeprecationWarning shown in __main__, others hidden
with warnings.catch_warnings(record=True) as w:
    warnings.warn("dep in main", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("import", ImportWarning)
    warnings.warn("resource", ResourceWarning)
    warnings.warn("user")
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn("future", FutureWarning)
print("defaults:", [(str(m.message), m.category.__name__) for m in w])

# "default": once per (text, category, lineno)
with warnings.catch_warnings(record=True) as w:
    for i in range(3):
        warnings.warn("in a loop")
    warnings.warn("in a loop")
    for i in range(2):
        warnings.warn("other %d" % (i % 1))
print("default action:", [str(m.message) for m in w])

# "always"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("again")
print("always:", len(w))

# "once": once per (text, category) wherever it comes from
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    warnings.warn("only once")
    warnings.warn("only once")
    warnings.warn("only once", RuntimeWarning)
print("once:", [(str(m.message), m.category.__name__) for m in w])

# "module": once per (text, category) in a module
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    warnings.warn("per module")
    warnings.warn("per module")
print("module:", len(w))

# "ignore" for one category
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("hidden", RuntimeWarning)
    warnings.warn("shown", UserWarning)
print("ignore:", [str(m.message) for m in w])

# "error" raises the warning
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)
    try:
        warnings.warn(UserWarning("instance"))
    except UserWarning as e:
        print("raised instance:", repr(e))

# filterwarnings: message regex (case-insensitive, from the start), module regex, lineno
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", message=".*eggs", category=RuntimeWarning)
    warnings.warn("SPAM and more")
    warnings.warn("more spam")
    try:
        warnings.warn("green eggs", RuntimeWarning)
    except RuntimeWarning as e:
        print("error via regex:", e)
    warnings.warn("green eggs", UserWarning)
    warnings.filterwarnings("ignore", module="__ma")
    warnings.warn("module matched")
print("filterwarnings:", [str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="other")
    warnings.warn("not other")
print("module not matched:", len(w))

# append=False puts a filter first and moves a duplicate; append=True goes last once
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", RuntimeWarning)
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("always", append=True)
    print([(a, c.__name__) for a, m, c, mod, ln in warnings.filters])

# catch_warnings restores the filters
before = len(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.simplefilter("error")
    inside = len(warnings.filters)
print("restored:", before, inside, len(warnings.filters) == before)

# resetwarnings: the default action only
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.warn("pending now shown", PendingDeprecationWarning)
    warnings.warn("dep shown", DeprecationWarning)
print("after reset:", [m.category.__name__ for m in w])

# WarningMessage details
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("details", SyntaxWarning)
m = w[0]
print(type(m).__name__, type(m.message).__name__, m.message.args, m.category.__name__,
      m.filename == __file__, m.file, m.line, m.source)
print(str(m).replace(repr(__file__), "FILE").split("lineno")[0])


# stacklevel: attributed to the caller
def deprecated_api():
    warnings.warn("use something else", DeprecationWarning, stacklevel=2)


def inner():
    warnings.warn("from inner"); return here()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    deprecated_api(); line_call = here()
    line_inner = inner()
print("stacklevel 2 points at the call:", w[0].lineno == line_call, w[1].lineno == line_inner)
print("categories:", [m.category.__name__ for m in w])

# warn_explicit with its own registry and module
reg = {}
with warnings.catch_warnings(record=True) as w:
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, module="somemod", registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, module="somemod", registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 43, registry=reg)
print("explicit:", [(m.filename, m.lineno) for m in w], sorted(k for k in reg if k != "version"))

# showwarning replaced: it receives every shown warning
got = []


def my_show(message, category, filename, lineno, file=None, line=None):
    got.append((str(message), category.__name__, lineno, file, line))


old_show = warnings.showwarning
warnings.showwarning = my_show
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to my_show"); line_warn = here()
warnings.showwarning = old_show
print("showwarning:", [g[:2] + (g[2] == line_warn,) + g[3:] for g in got])

# formatwarning replaced; the text goes to the file
sink = Sink()
old_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: "[%s] %s\n" % (category.__name__, message)
warnings.showwarning("custom format", FutureWarning, "x.py", 1, sink)
warnings.formatwarning = old_format
warnings.showwarning("standard format", FutureWarning, "x.py", 9, sink, "  code here")
print(repr(sink.text()))

# catch_warnings repr and misuse
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

# catch_warnings(action=...)
with warnings.catch_warnings(record=True, action="always") as w:
    warnings.warn("x")
    warnings.warn("x")
print("action=always:", len(w))

# bad arguments
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "str")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)

# a filter with an unknown action fails when it is used
with warnings.catch_warnings():
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError:", str(e).splitlines()[0])

# a Warning subclass, and a warning message that is not a str
class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("mine", MyWarning)
    warnings.warn(12345)
    warnings.simplefilter("error", MyWarning)
    try:
        warnings.warn("mine again", MyWarning)
    except UserWarning as e:
        print("caught as base:", type(e).__name__)
print([(m.category.__name__, m.message.args) for m in w])
print("__warningregistry__" in globals())

# what warn() writes to sys.stderr: FILE:LINE: Category: message, then the source line
sink = Sink()
saved = sys.stderr
sys.stderr = sink
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("to stderr, with its source line")
        def nested():
            warnings.warn("nested", RuntimeWarning, stacklevel=1)
        nested()
        warnings.warn_explicit("no source", UserWarning, "<nowhere>", 3)
finally:
    sys.stderr = saved
print(sink.text().replace(__file__, "FILE"), end="")

# a registry's contents: the filters' version (bumped by each change of the filters) and True
# for each shown (text, category, lineno)
with warnings.catch_warnings(record=True):
    warnings.simplefilter("module")
    r = {}
    warnings.warn_explicit("v", UserWarning, "f.py", 1, registry=r)
    warnings.warn_explicit("v", UserWarning, "f.py", 2, registry=r)
print(r)
