# Regenerates the expected files of MatchSyntaxTest with CPython 3.11:
#   python3 gen_match.py
import ast

parts = open("match_snippets.txt").read().split("\n#####\n")
for attrs, out in ((False, "match_snippets.dump"), (True, "match_snippets.attrs.dump")):
    with open(out, "w") as f:
        for p in parts:
            if not p.endswith("\n"):
                p += "\n"
            print(ast.dump(ast.parse(p), include_attributes=attrs), file=f)

with open("match_errors.expected", "w") as f:
    for p in open("match_errors.txt").read().split("\n#####\n"):
        if not p.endswith("\n"):
            p += "\n"
        try:
            compile(p, "<test>", "exec")
            print("OK", file=f)
        except SyntaxError as e:
            print(f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}", file=f)
