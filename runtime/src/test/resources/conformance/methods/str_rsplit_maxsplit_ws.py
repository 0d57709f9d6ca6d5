# str.rsplit() on whitespace with maxsplit keeps the leading whitespace of the unsplit rest.
cases = [" a b ", "  one  two three  ", "x", "   ", "", "\ta\nb\tc ", "lead  mid end"]
for s in cases:
    for n in (-1, 0, 1, 2, 5):
        print(repr(s), n, s.rsplit(None, n), s.rsplit(maxsplit=n), s.split(None, n))
print("a,b,c".rsplit(",", 1), ",a,".rsplit(",", 1), "path/to/file.txt".rsplit("/", 1)[-1])
line = "  key = some value  "
name, _, rest = line.strip().partition("=")
print(repr(name.rstrip()), repr(rest.lstrip()), line.rsplit(None, 1))
