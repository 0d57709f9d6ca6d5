import sys, tokenize, io
SKIP = {tokenize.NL, tokenize.COMMENT, tokenize.ENCODING}
for p in open(sys.argv[1]).read().split("\n#####\n"):
    if not p.endswith("\n"): p += "\n"
    out = []
    for t in tokenize.generate_tokens(io.StringIO(p).readline):
        if t.type in SKIP: continue
        out.append("%s %r %d:%d-%d:%d" % (tokenize.tok_name[t.type], t.string, t.start[0], t.start[1], t.end[0], t.end[1]))
    print(" | ".join(out))
