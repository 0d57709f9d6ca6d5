text = """  The Quick brown fox\tjumps over the lazy dog.
Pack my box with five dozen liquor jugs!  
  How vexingly quick daft zebras jump; 12 times, 3.5 days.\r
"""
lines = text.splitlines()
print(len(lines), lines)
print(text.splitlines(keepends=True))
for ln in lines:
    s = ln.strip()
    print(repr(s), repr(ln.lstrip()), repr(ln.rstrip(" \r")), len(s.split()), s.split(" ", 2), s.rsplit(None, 1))
    print("  ", s.title(), "|", s.swapcase(), "|", s.capitalize(), "|", s.casefold())
    print("  ", s.partition(" "), s.rpartition(" "), s.find("o"), s.rfind("o"), s.count("o"), s.index("T") if "T" in s else -1)
    print("  ", s.startswith(("The", "Pack")), s.endswith(("!", ".")), s.isalpha(), s[:3].isupper(), s.expandtabs(4))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "  a  b  ".split(), "  a  b  ".split(" "), "".split(), "".split(","))
print("a\tb\nc\x0bd\x0ce\x1cf\u2028g".split(), "abc".split("abc"), "1\r\n2\r3\n".splitlines())
print("-".join("abc"), ", ".join(map(str, range(5))), "".join(reversed("stressed")), "ab" * 3, "x".center(7, "*"), "x".ljust(4, "."), "x".rjust(4, "0"), "-5".zfill(5), "+5".zfill(4), "abc".zfill(6))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"), "xxhixx".strip("x"), "abc".strip("cba"))
tbl = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(tbl), str.maketrans({"a": "1", "b": None}), "aabbcc".translate({ord("a"): "A", ord("b"): None}))
print("Hello".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode(), "ünï".encode("ascii", "replace"), "ünï".encode("ascii", "ignore"), "ü".encode("ascii", "backslashreplace"), "ü€".encode("ascii", "xmlcharrefreplace"))
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower(), "straße".casefold(), "Ǆ".title())
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", sorted(["b", "A", "a", "B", "é", "e"]), max("hello"), min("hello"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x1f\x7f\x80\xff\u0100\u200b\U0001f600"), repr("\\n"), str("tab\there"))
print("%-10s|%10s|" % ("left", "right"), "{:^10}|{:<5}|{:>5}".format("mid", 1, 2.5), f"{'nest':{'^'}{10}}|")
words = text.lower().replace(".", " ").replace("!", " ").replace(";", " ").replace(",", " ").split()
freq = {}
for wd in words:
    freq[wd] = freq.get(wd, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for wd, n in top:
    print(f"{wd:<10}{n:>3}{'*' * n:>5}")
print(f"{len(words)=}, {len(freq)=}, {sum(len(w) for w in words) / len(words):.3f}")
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "é_ok".isidentifier(), "a-b".isidentifier(), "".isidentifier())
print("abc\n".isprintable(), "abc".isprintable(), "\u00a0".isprintable(), "é".isprintable(), " \t\n".isspace(), "\u00a0\u2003".isspace(), "\u200b".isspace())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "123".islower(), "ABC def".isupper())
print("abcdef"[::2], "abcdef"[-2:], "abcdef"[10:], "abcdef"[-100:2], "abcdef"[::-2], "abcdef"[4:1:-1], "abcdef"[slice(1, None, 3)])
s = "mississippi"
print(s.count("ss"), s.count("i", 3), s.count(""), s.find("ss", 3), s.index("pp"), s.rindex("s"), s.find("x"), s.startswith("ss", 2), s.endswith("pi", 0, 11))
for fmt in ["{0:>{1}}", "{0:*^{1}}", "{0!r:<{1}}"]:
    print(fmt.format("ab", 8) + "|")
print("{:,}".format(1234567.891), "{:_b}".format(255), "{:#_x}".format(2**40), "{:+.2%}".format(0.12345), "{:=+10.2f}".format(-3.14159), "{:e}".format(0))
