# argparse: a typical parser: positional and optional arguments, store/const/count/append/version
# actions, types and choices, -h output and the usage + "prog: error:" messages with exit code 2.
import argparse, sys, io, os
os.environ['COLUMNS'] = '80'  # help layout follows the terminal width

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    code = None
    try:
        ns = parser.parse_args(args)
    except SystemExit as e:
        ns = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = old
    print('args', args, '->', ns, 'exit', code)
    if out.getvalue():
        print('stdout:')
        print(out.getvalue(), end='')
    if err.getvalue():
        print('stderr:')
        print(err.getvalue(), end='')

p = argparse.ArgumentParser(prog='tool', description='Process some integers and do a number of other things that need a long description to wrap.', epilog='That is all.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output', metavar='FILE', help='where to write')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='mode (default: %(default)s)')
p.add_argument('-n', type=int, default=3)
p.add_argument('--tag', action='append', help='add a tag; may repeat')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-cache', action='store_false', dest='cache')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
for a in [['1', '2', '3'], ['--sum', '1', '2'], ['-vv', '5', '-v'], ['-o', 'x.txt', '7'], ['-ox.txt', '7'], ['--output=y', '7'],
          ['--mode', 'slow', '1'], ['--mode', 'medium', '1'], ['-n', 'abc', '1'], ['1', '--tag', 'a', '--tag=b'],
          [], ['1', '--bogus', 'zz'], ['--flag', '--no-cache', '4'], ['-h'], ['--version'], ['x'], ['1', '-n'],
          ['--verb', '1'], ['--out', 'f', '1'], ['--', '-5'], ['-5'], ['1', '--flag=3']]:
    run(p, a)
    print('---')
print(p.format_usage(), end='')
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), 'a' in ns, vars(ns))
print(argparse.Namespace(**{'a-b': 1, 'c': 2}))
ab = argparse.ArgumentParser(prog='abbrev')
ab.add_argument('--foo')
ab.add_argument('--foobar')
ab.add_argument('--zap', type=int)
for a in [['--fo', '1'], ['--foob', '2'], ['--za=3'], ['--zap']]:
    run(ab, a)
d = argparse.ArgumentParser()
d.add_argument('--x', default='1', type=int)
print(d.prog, d.parse_args(), d.parse_args(['--x', '5']))
sys.argv = ['prog.py', '--x', '7']
print(d.parse_args())
