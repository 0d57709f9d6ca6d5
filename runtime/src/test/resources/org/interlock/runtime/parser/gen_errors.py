import sys, ast, warnings
warnings.simplefilter("ignore")
parts = open(sys.argv[1]).read().split("\n#####\n")
for p in parts:
    if not p.endswith("\n"): p += "\n"
    try:
        ast.parse(p, "<test>")
        print("OK")
    except SyntaxError as e:
        print(f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}")
