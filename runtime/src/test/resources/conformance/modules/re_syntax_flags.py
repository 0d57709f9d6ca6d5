# re: Python pattern syntax that java.util.regex reads differently, flags and errors
import re

print(re.findall('(?m)^\\w', 'ab\ncd\n'), re.findall('(?m)^', 'a\n'), re.findall('(?m)$', 'a\nb'))
print(re.search('a$', 'a\n'), re.search('a\\Z', 'a\n'), re.search('a\\Z', 'a'), re.findall('$', 'a\n'))
print(re.findall('.', 'a\nb\r\u2028'), re.findall('.', 'a\nb', re.S), re.findall('(?s).', '\n'))
print(re.findall('[[]', 'a[b'), re.findall('[]a]', 'a]'), re.findall('[^]]', 'a]'), re.findall('[a&&b]', 'a&b'))
print(re.findall('a{', 'a{'), re.findall('x{,2}', 'xxx'), re.findall('x{2}', 'xxxxx'), re.findall('x{2,}', 'xxxxx'))
print(re.findall('a{}', 'a{}'), re.findall('x{1,2}?', 'xx'), re.findall('a{ 1}', 'a{ 1}'))
print(re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.A), re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo', re.ASCII))
print(re.findall(r'\s', ' \t\n\x0b\x0c\r'), re.findall('\\v', '\x0b'), re.findall(r'[\b]', 'a\bb'), re.findall(r'\bx\b', 'x xx x'))
print(re.findall(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'), re.findall('\\N{EM DASH}', 'a\u2014b'), re.findall(r'[\x41-\x43]', 'ABCD'))
print(re.findall(r'(?i)straße', 'STRASSE straße'), re.findall('(?i)k', 'K\u212a'), re.findall('k', 'K\u212ak', re.I | re.A))
print(re.findall(r'(a)\1', 'aa ab'), re.findall(r'(?P<c>.)(?P=c)', 'xxyz'), re.findall(r'(?#comment)a', 'a'))
print(re.findall(r'(?:ab)+', 'ababx'), re.findall(r'a(?=b)', 'ab ac'), re.findall(r'a(?!b)', 'ab ac'), re.findall(r'(?<!x)y', 'xy zy'))
print(re.findall(r'(?>a+)b', 'aab'), re.findall(r'a++b', 'aab'), re.findall(r'(?i:a)B', 'AB Ab'), re.findall(r'a(?-i:b)', 'AB Ab', re.I))
print(re.findall(r'a.c', 'abc a\nc'), re.findall(r'[.]', 'a.b'), re.findall(r'[\d.-]+', '1.5-2 x'), re.findall(r'[-a]', 'a-'))
print(re.findall(r'[\w\s]+', 'ab c!'), re.findall(r'[^\W\d]+', 'ab1c'), re.findall('[😀-😂]', 'x😁y'))

p = re.compile(r'''
    (?P<num>\d+)   # digits
    \s* [ ] x      # literal space in a class survives VERBOSE
    \#             # escaped hash
''', re.VERBOSE)
print(p.findall('12 x# 3x#'), p.groups, p.groupindex)
print(re.findall(r'(?x) a b # c', 'ab'), re.findall(r'(?x)[ ]a', ' a'))

print(re.compile('a', re.I | re.M), re.compile('a'), re.compile(b'a', re.I), re.compile('a', re.A | re.S | re.X))
print(re.I | re.M, re.I, re.NOFLAG, int(re.I | re.S), re.compile('(?i)a').flags, re.compile('a').flags, re.compile('a', re.A).flags)
print(re.IGNORECASE == 2, re.M & re.M, repr(re.compile('x' * 300))[:40], re.compile('a') == re.compile('a'))
print(re.compile('(?s)(?m)a').flags & (re.S | re.M) == re.S | re.M, re.compile(re.compile('ab')).pattern)
re.purge()

for pat in ['{1}', '(', ')', '[a', '*', 'a**', '+a', 'a|*', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=x)', r'(a)\2',
            r'(a\1)', 'a{3,1}', '(?<n>a)', '(?z)', r'\q', r'\p{L}', r'\Q', r'[\q]', r'\x4', r'\u12', '(?P<a', 'a(?i)b',
            '(?i', '(a', 'x(?#abc', r'\777', '[b-a]', r'[\d-z]', 'a\n(']:
    try:
        re.compile(pat)
        print('ok', repr(pat))
    except re.error as e:
        print('error', repr(pat), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
print(issubclass(re.error, Exception), re.error('m').msg, str(re.error('m', 'pat', 1)))
