import sys, symtable, types
parts = open(sys.argv[1]).read().split("\n#####\n")
KIND = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
def tables(t, out):
    syms = sorted((s.get_name(), KIND[s._Symbol__scope]) for s in t.get_symbols())
    out.append("S " + t.get_name() + " " + " ".join(f"{n}:{k}" for n, k in syms))
    for c in t.get_children():
        tables(c, out)
def codes(c, out):
    out.append("C %s %s %s %s %s %d" % (c.co_name, ",".join(c.co_varnames), ",".join(c.co_cellvars),
               ",".join(c.co_freevars), c.co_argcount, 1 if c.co_flags & 0x20 else 0))
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            codes(k, out)
for p in parts:
    if not p.endswith("\n"): p += "\n"
    out = []
    tables(symtable.symtable(p, "<t>", "exec"), out)
    codes(compile(p, "<t>", "exec"), out)
    print(" ; ".join(out))
