# Conformance test for string: every line must match CPython 3.11's output.
import string
from string import Template


def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


print(sorted(n for n in string.__all__ if n != 'Formatter'))
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print('--- capwords')
print(repr(string.capwords('hello world')), repr(string.capwords('  hello   WORLD  again ')))
print(repr(string.capwords('a-b-c', '-')), repr(string.capwords('')), repr(string.capwords("it's o'k")))
print(repr(string.capwords('x,,y', ',')), repr(string.capwords('\tone\ntwo')))

print('--- Template')
t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$10, $amount').substitute(noun='simpl', amount=5))
print(Template('$a$b${c}d $$$e').substitute(a=1, b=2, c=3, e=4))
print(Template('no placeholders').substitute(), Template('').substitute())
print(Template('$x_1y and $_private').substitute(x_1y='A', _private='B'))
print(Template('$ascii9é').substitute(ascii9='ok'))
print(Template('${x}').substitute(x=[1, 2]), Template('$n').substitute(n=3.5))
check('missing', lambda: Template('$who likes $what').substitute(who='x'))
check('missing braced', lambda: Template('${who}').substitute())
check('invalid end', lambda: Template('price: $').substitute())
check('invalid digit', lambda: Template('$1abc').substitute())
check('invalid brace', lambda: Template('hi ${ name}').substitute(name=1))
check('unclosed brace', lambda: Template('${name').substitute(name=1))
check('invalid line 2', lambda: Template('line one\nline $two and $').substitute(two=2))
check('invalid line 3', lambda: Template('a\r\nb\n  $!').substitute())
check('too many args', lambda: Template('$a').substitute({}, {}))

print('--- safe_substitute')
t = Template('$who likes $what and ${other} for $$5 $ and $1 ${bad')
print(t.safe_substitute(who='tim'))
print(t.safe_substitute({'what': 'x', 'other': 'y'}))
print(t.safe_substitute())
print(Template('$a $b').safe_substitute({'a': 1}, b=2))

print('--- identifiers and validity')
print(Template('$a ${b} $a $$c $d').get_identifiers(), Template('x $ y').get_identifiers())
print(Template('$a ${b}').is_valid(), Template('$a $').is_valid(), Template('${').is_valid())


class PercentTemplate(Template):
    delimiter = '%'


pt = PercentTemplate('%name costs %%%amount, ${x} stays')
print(pt.substitute(name='tea', amount=3), pt.safe_substitute(name='tea'))


class TwoChar(Template):
    delimiter = '@@'


print(TwoChar('@@who @@@@ @@{what}@@').safe_substitute(who='me', what='it'))
print(Template('$who').substitute(who='a$b'), Template('$a').substitute(a='$b'))

print('--- Formatter')
fmt = string.Formatter()
print(fmt.format('{0}-{1:>4}', 'a', 'b'), fmt.format('{} and {}', 1, 2), fmt.format('{x!r:^7}|', x='hi'))
print(fmt.format('{0[1]} {0[0]} {p.real} {d[k]}', 'ab', p=3, d={'k': 'v'}))
print(fmt.format('{:{w}.{p}f}', 3.14159, w=8, p=2), fmt.format('{{literal}} {0}', 'x'))
print(fmt.vformat('{a}/{b}', (), {'a': 1, 'b': 2}), list(fmt.parse('a{0!r:>3}b{{c}}')))
check('unknown conversion', lambda: fmt.format('{0!x}', 1))
check('auto then manual', lambda: fmt.format('{}{0}', 1))
check('manual then auto', lambda: fmt.format('{0}{}', 1))
check('single }', lambda: fmt.format('a}b'))
check('single {', lambda: fmt.format('a{'))
check('unclosed', lambda: fmt.format('{0'))
check('missing key', lambda: fmt.format('{nope}'))
check('missing index', lambda: fmt.format('{3}', 1))
check('bad attr', lambda: fmt.format('{0.}', 1))
check('recursion', lambda: fmt.format('{:{:{:{}}}}', 1, 2, 3, 4))


class UpperFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        return string.Formatter.format_field(self, value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return string.Formatter.get_value(self, key, args, kwargs)


print(UpperFormatter().format('{0} {missing} {x}', 'abc', x='y'))
