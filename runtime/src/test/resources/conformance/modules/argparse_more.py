# argparse: nargs forms, mutually exclusive and argument groups, subparsers, usage wrapping,
# formatter classes, parse_known_args, set_defaults, and add_argument errors.
import argparse, sys, io, os
os.environ['COLUMNS'] = '80'  # help layout follows the terminal width

def capture(f):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    code = 'none'
    r = None
    try:
        r = f()
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = old
    print('->', r, 'exit', code)
    for name, buf in (('stdout', out), ('stderr', err)):
        if buf.getvalue():
            print(name + ':')
            print(buf.getvalue(), end='')

def run(parser, args):
    print('args', args)
    capture(lambda: parser.parse_args(args))

p = argparse.ArgumentParser(prog='nargs')
p.add_argument('src')
p.add_argument('opt', nargs='?', default='d.txt')
p.add_argument('rest', nargs='*')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='+', type=float)
p.add_argument('--any', nargs='*')
p.add_argument('--three', nargs=3, type=int)
p.add_argument('--num', type=int, default='12')
for a in [['a'], ['a', 'b', 'c', 'd'], ['a', '--pair', 'k', 'v'], ['a', '--pair', 'k'], ['a', '--maybe'], ['a', '--maybe', 'x'],
          ['--many', '1', '2.5', 'a'], ['a', '--many'], ['a', '--any'], ['a', '--three', '1', '2'], ['a', '--three', '1', '2', 'x'],
          ['-x'], ['a', '--pair=k']]:
    run(p, a)
capture(lambda: p.print_help())

g = argparse.ArgumentParser(prog='mx')
grp = g.add_mutually_exclusive_group()
grp.add_argument('-a', action='store_true', help='option a')
grp.add_argument('-b', action='store_true', help='option b')
req = g.add_mutually_exclusive_group(required=True)
req.add_argument('--on', action='store_const', const=1, dest='state')
req.add_argument('--off', action='store_const', const=0, dest='state')
extra = g.add_argument_group('extra', 'Extra settings for the run.')
extra.add_argument('--level', type=int, choices=range(1, 4), help='level in %(choices)s')
for a in [['--on'], ['-a', '-b', '--on'], ['-a'], ['--off', '-b', '--level', '2'], ['--on', '--level', '7'], ['--on', '--off']]:
    run(g, a)
capture(lambda: g.print_help())

top = argparse.ArgumentParser(prog='git')
top.add_argument('--debug', action='store_true')
sub = top.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
for a in [['commit', '-m', 'hi'], ['--debug', 'push'], ['push', 'up'], ['commit'], ['pull'], [], ['push', 'a', 'b']]:
    run(top, a)
capture(lambda: top.print_help())
capture(lambda: c.print_help())

w = argparse.ArgumentParser(prog='a_rather_long_program_name_for_wrapping')
for i in range(8):
    w.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i, help='the option %d' % i)
w.add_argument('first')
w.add_argument('second', nargs='+')
capture(lambda: w.print_usage())
w2 = argparse.ArgumentParser(prog='a' * 60)
w2.add_argument('--alpha', help='x')
w2.add_argument('--beta-gamma-delta')
w2.add_argument('pos')
capture(lambda: w2.print_usage())

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='line one\n  indented two\n\nafter blank')
raw.add_argument('--x', default=5, help='an x')
capture(lambda: raw.print_help())
dfl = argparse.ArgumentParser(prog='dfl', formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
dfl.add_argument('--x', default=5, help='an x')
dfl.add_argument('--y', type=int, help='a y with a very long help text that goes on and on and needs to wrap across several lines of output')
dfl.add_argument('z', nargs='?', default='zz', help='a z')
capture(lambda: dfl.print_help())

k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
print(k.parse_known_args(['--a', '1', '--b', '2', 'x']))
k.set_defaults(extra=9, a='A')
print(k.parse_args([]), k.get_default('a'), k.get_default('extra'))

def bad(*args, **kw):
    pp = argparse.ArgumentParser(prog='bad')
    pp.add_argument('-x')
    try:
        pp.add_argument(*args, **kw)
        print('ok')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
bad('-x')
bad('pos', required=True)
bad('pos', dest='other')
bad('--n', nargs=0)
bad('--q', action='nope')
bad('--t', type='notcallable')
bad('--c', const=1)
bad('--p', nargs=2, metavar=('A',))

def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v
e = argparse.ArgumentParser(prog='even')
e.add_argument('v', type=even)
run(e, ['3'])
run(e, ['4'])
print(str(argparse.ArgumentError(None, 'plain')))
