s = "héllo\n"
print(f"{s!a}", f"{s!r}", f"{s!s}", f"{'ü'!a:>12}")
class X:
    def __repr__(self): return "Xé"
print(f"{X()!a}")
for args in [(12, ",s"), (12, "_s"), ("x", ",s"), ("x", ","), (1.5, ",s"), (12, ",c"), (12, "_c"), (12, ",b"), (12, "_b"), (12,",x"), (12, ",o"), ("x", "=")]:
    try:
        print(args, repr(format(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
for s in ["_1", "1_", "1__0", "1_0", " 1_0 ", "+1_0", "-_1", "- 1", "+-1", "\t-12\n", "", " ", "0_0", "00", "0x10", "1e3", "١٢", "½"]:
    try: print(repr(s), int(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s, b in [("0x_1f", 16), ("0x1f", 16), ("0x1f", 0), ("0_x1f", 0), ("_0x1f", 0), ("0b_1", 0), ("0o_7", 8), ("010", 0), ("0", 0), ("00", 0), ("0_0", 0), ("1_f", 16), ("z", 36), ("Z_z", 36), (" 0x1 ", 0), ("0x", 16), ("1__f", 16), ("f_", 16), ("-0x1f", 0), ("+0b101", 2), ("0b102", 2), ("9", 8)]:
    try: print(repr(s), b, int(s, b))
    except Exception as e: print(repr(s), b, type(e).__name__, e)
for s in ["_1.0", "1_0.5", "1.0_5", "1_.5", "1._5", "1e1_0", "1e_10", "1_e10", " 1.5 ", "+1.5", "-_1.5", "inf", "-Infinity", "nan", "+nAn", "infx", "1.5e", ".5", "5.", ".", "1__0.0", "0x1p3", "١٫٥", "1_000.000_1"]:
    try: print(repr(s), float(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for ch in "0²³¹½¼٣۴߅३০੩૩୩௩౩೩൩๓໓༣၃႓៣᠓᥉᧓᪃᭓᮳᱃᱓꘣꣓꤃꧓꩓꯳０𐒠𝟎𝟘Ⅳⅳ①⑴⒈❶㊀一二三壱ꆰ":
    print(repr(ch), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isalnum(), ch.isalpha())
print("12²".isdigit(), "12²".isdecimal(), "½".isnumeric(), "".isdigit())
