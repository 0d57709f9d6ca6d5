# fnmatch (translate's exact regex text, case rules, filter), shlex (split in POSIX and
# non-POSIX modes, quote, join, the lexer's errors) and getopt (short and long options, GNU
# mode, the GetoptError messages).
import fnmatch
import getopt
import shlex


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


pats = ['*.py', 'a*b*c', 'a**b', '?x', '[abc]', '[!abc]', '[a-c]', '[]]', '[!]]', '[', 'x[', '[a-c-e]', '[z-a]',
        '[!]', '[]', '[a&&b]', '[^x]', 'a\\b', '[\\]', '*', '**', 'a.b+c', '*a*', 'ab*', '[c-a-z]', '[a-]', '[-a]',
        '*.[ch]', 'data_??.csv', '[[]x', '[a|b]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['main.py', 'Main.PY', 'util.c', 'util.h', 'a.b+c', 'data_01.csv', 'data_1.csv', 'axbyc', 'ab', '-', ']', '\n.py',
         '[x', 'x[', 'a|b', '|']
for p in pats:
    print(p, [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.filter(names, '*.[ch]'), fnmatch.filter(names, '*.PY'), fnmatch.fnmatchcase('Main.PY', '*.py'))
print(fnmatch.fnmatch(b'main.py', b'*.py'), fnmatch.filter([b'a.c', b'b.h'], b'*.c'))

for s in ['a b c', '  a   "b c"  d ', "it's \"quoted\" here", 'x\\ y z', "a 'b \"c\" d' e", 'a#b # comment', '"a\\"b"',
          "'a\\'", 'a"b"c', '', '   ', 'echo $HOME "x\\$y"', 'a\\\nb']:
    attempt('split %r' % s, lambda: shlex.split(s))
print(shlex.split('a # not a comment', comments=False), shlex.split('a # comment', comments=True))
print(shlex.split("a 'b c'", posix=False), shlex.split('a "b c" d', posix=False))
attempt('unclosed', lambda: shlex.split('a "b'))
attempt('unclosed single', lambda: shlex.split("a 'b"))
attempt('escape end', lambda: shlex.split('a \\'))
for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'safe-_./:=+@%,chars', 'tab\there', 'über']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'a b', "it's", '']), shlex.split(shlex.join(['x y', "z'w"])))
lex = shlex.shlex('a=b, c; "d e"', posix=True)
print(list(lex))
lex = shlex.shlex('ls -l | grep foo && echo "done"', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('one two three', posix=True)
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('a\nb c', posix=True)
lex.whitespace_split = True
print([(t, lex.lineno) for t in lex])

print(getopt.getopt(['-a', '-b', 'val', '--long', 'x', 'y'], 'ab:', ['long']))
print(getopt.getopt(['-abval', '--name=n', '--', '-a'], 'ab:', ['name=']))
print(getopt.getopt(['-bval', 'file', '-a'], 'ab:'))
print(getopt.gnu_getopt(['file', '-a', '--na', 'v', 'other', '-b', 'x'], 'ab:', ['name=']))
print(getopt.gnu_getopt(['x', '--', '-a'], 'a'), getopt.getopt([], 'a'), getopt.getopt(['-'], 'a'))
print(getopt.gnu_getopt(['-a', 'x', '-b'], '+ab'), getopt.getopt(['--opt'], '', 'opt'))
for args, short, long in [(['-x'], 'a', []), (['-b'], 'ab:', []), (['--nope'], 'a', ['name=']), (['--name'], '', ['name=']),
                          (['--flag=1'], '', ['flag']), (['--na'], '', ['name', 'nap']), (['--n=1'], '', ['name='])]:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print('GetoptError', e.msg, repr(e.opt), str(e), getopt.error is getopt.GetoptError)
