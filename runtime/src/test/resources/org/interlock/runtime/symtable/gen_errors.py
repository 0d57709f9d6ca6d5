import sys, warnings
warnings.simplefilter("ignore")
for p in open(sys.argv[1]).read().split("\n#####\n"):
    if not p.endswith("\n"): p += "\n"
    try:
        compile(p, "<test>", "exec")
        print("OK")
    except SyntaxError as e:
        print(f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}")
