# argparse: less common features: BooleanOptionalAction, parents, conflict resolution, REMAINDER,
# extend/append_const, other prefix characters, exit_on_error=False, argument files, metavar
# and dest details in help.
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
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = old
    print('->', r, 'exit', code)
    for name, buf in (('stdout', out), ('stderr', err)):
        if buf.getvalue():
            print(name + ':')
            print(buf.getvalue(), end='')


b = argparse.ArgumentParser(prog='bool')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colors')
b.add_argument('--x', action='extend', nargs='+', type=int)
b.add_argument('--c', action='append_const', const='C', dest='consts')
b.add_argument('--d', action='append_const', const='D', dest='consts')
b.add_argument('cmd')
b.add_argument('rest', nargs=argparse.REMAINDER)
for a in [['run'], ['--no-color', 'run', '-x', '--y'], ['--x', '1', '2', '--x', '3', '--c', '--d', '--c', 'go']]:
    print(a)
    capture(lambda: b.parse_args(a))
capture(lambda: b.print_help())

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent-opt', default='p')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('pos')
capture(lambda: child.parse_args(['--parent-opt', 'q', 'z']))
capture(lambda: child.print_help())

r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
capture(lambda: r.print_help())
capture(lambda: r.parse_args(['-f', '1', '--foo', '2']))

plus = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
plus.add_argument('+v', action='store_true')
plus.add_argument('-q', action='store_true')
plus.add_argument('++level', type=int, default=0)
capture(lambda: plus.parse_args(['+v', '++level', '3']))
capture(lambda: plus.print_help())

quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--n', type=int)
capture(lambda: quiet.parse_args(['--n', 'x']))
try:
    quiet.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError', e.argument_name, e.message)

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('x', type=float)
neg.add_argument('-n', type=int)
capture(lambda: neg.parse_args(['-5']))
capture(lambda: neg.parse_args(['-n', '-3', '-2.5']))
negopt = argparse.ArgumentParser(prog='negopt')
negopt.add_argument('-1', dest='one', action='store_true')
negopt.add_argument('x', nargs='?')
capture(lambda: negopt.parse_args(['-1']))
capture(lambda: negopt.parse_args(['-2']))

m = argparse.ArgumentParser(prog='meta', usage='%(prog)s [options] files')
m.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float, help='a point')
m.add_argument('--opt', dest='renamed', metavar='VAL', help=argparse.SUPPRESS)
m.add_argument('files', nargs='*', metavar='FILE', help='input files')
m.add_argument('--size', choices=['s', 'm', 'l'], help='size, one of %(choices)s')
capture(lambda: m.print_help())
capture(lambda: m.parse_args(['--point', '1', '2', 'a', 'b', '--size', 'xl']))
capture(lambda: m.parse_args(['--opt', 'v']))

long_help = argparse.ArgumentParser(prog='lh', epilog='See the manual for the long story about how everything fits together in this program.')
long_help.add_argument('--a-really-long-option-name-here', metavar='SOME_LONG_METAVAR', help='this help is long enough that it must wrap onto a second line in the output')
long_help.add_argument('-s', help='short')
g = long_help.add_argument_group('group title')
g.add_argument('--in-group', action='store_true', help='inside')
capture(lambda: long_help.print_help())
print(repr(long_help.format_usage()))
print(argparse.ArgumentParser(prog='x', add_help=False).format_help(), end='|\n')
print(argparse.ArgumentParser(prog='x', add_help=False, description='only a description').format_help(), end='|\n')
