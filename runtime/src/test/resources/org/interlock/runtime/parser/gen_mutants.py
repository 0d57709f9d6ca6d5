import ast, os, random, sys, warnings
warnings.simplefilter("ignore")
R = random.Random(int(sys.argv[1]))
base = os.path.dirname(os.path.abspath(__file__)) + "/"
snip = open(base + "snippets.txt").read().split("\n#####\n")
TOK = ["(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "=", "==", ":=", "+", "-", "*", "**", "\n", "\n    ", "x", "1", "'s'", "if", "else", "for", "in", "lambda", "yield", "not", "and", "is", "None", "as", "return", "del", "global", "*a", "**k", "f'{x}'", "\t", "\\\n", "#"]
srcs, res = [], []
while len(srcs) < int(sys.argv[2]):
    s = list(R.choice(snip) + "\n")
    for _ in range(R.randint(1, 2)):
        op = R.randrange(4); k = R.randrange(len(s)) if s else 0
        if op == 0 and s: del s[k]
        elif op == 1: s[k:k] = list(R.choice(TOK))
        elif op == 2 and s: del s[k:k+R.randint(1,6)]
        else:
            j = min(len(s), k + R.randint(1, 8)); s[k:k] = s[k:j]
    src = "".join(s)
    if "@@@@" in src: continue
    try:
        t = ast.parse(src)
        try:
            compile(src, "<f>", "exec"); r = "OK " + ast.dump(t)
        except SyntaxError:
            r = "CERR " + ast.dump(t)
    except SyntaxError as e:
        r = "ERR %s|%s|%s|%s" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception:
        continue
    srcs.append(src); res.append(r)
open(base + "mutants.txt", "w").write("\n@@@@@@@@\n".join(srcs))
open(base + "mutants.expected", "w").write("\n".join(res) + "\n")
