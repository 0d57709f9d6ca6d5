# re: compile/match/search/fullmatch and everything a Match object offers
import re

m = re.match(r'(\w+) (\w+)', 'hello world!')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(1), m.pos, m.endpos)
print(m.string, m.re.pattern, m.re is re.compile(r'(\w+) (\w+)'), m[0], m[1], m[2])
print(repr(m), bool(m), m.regs)

m = re.search(r'(?P<first>\w+)\s(?P<last>\w+)', '  Jane Doe x')
print(m.group('first'), m['last'], m.group('first', 2), m.groupdict(), m.span('last'))
print(m.lastindex, m.lastgroup, m.re.groupindex, m.re.groups)

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.groupdict(), m.group(2), m.span(2), m.start(3), m.lastindex)
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict(0), m.lastgroup)
for pat, s in [(r'((a)b)', 'ab'), (r'(a*)(b*)', 'a'), (r'((a)(b))', 'ab'), (r'(a)|(b)', 'b'), (r'x', 'x')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)

try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
try:
    m['zz']
except IndexError as e:
    print('IndexError', e)

print(re.match('a', 'ba'), re.search('a', 'ba').span(), re.fullmatch('a|ab', 'ab').group(), re.fullmatch('a', 'ab'))
p = re.compile(r'\d+')
print(p.match('ab12', 2), p.search('12ab34', 1), p.search('12ab34', 2, 5), p.fullmatch('a123b', 1, 4))
print(p.search('123', 5), p.search('123', -3), p.match('123', 0, 100), p.search('123', 2, 1))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\Aa').match('ba', 1))
print(re.compile(r'(?<=b)a').search('ba', 1))

m = re.match(r'(\w+)@(\w+)\.com', 'joe@site.com')
print(m.expand(r'\2 has \1'), m.expand(r'\g<2>/\g<1>\n'), m.expand(r'[\g<0>]'))
m = re.match(r'(?P<user>\w+)@(?P<host>\w+)', 'ann@box')
print(m.expand(r'\g<host>:\g<user>'))

# str positions are code points, also outside the BMP
m = re.search(r'(\w+)$', 'emoji 😀 here')
print(m.span(), m.group(1), re.search('😀', 'ab😀cd').span(), [x.span() for x in re.finditer(r'\S+', 'é 😀x z')])

# finditer and findall
print([m.group() for m in re.finditer(r'\d+', 'a1b22c333')], [m.span() for m in re.finditer('', 'ab')])
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c3'), re.findall(r'(\w)\d', 'a1b2'))
print(re.findall('', 'abc'), re.findall('a*', 'baaac'), re.findall(r'(a)|b', 'ab'))
print(p.findall('1 22 333', 2), p.findall('1 22 333', 0, 4), list(p.finditer('7 8', 1)))

# bytes patterns
bm = re.match(rb'(\w+)=(\d+)', b'key=42')
print(bm.groups(), bm.group(0), bm.span(2), re.findall(rb'[a-z]+', b'ab CD ef'), re.sub(rb'\d', b'#', b'a1b2'))
print(re.split(rb',', b'a,b'), re.escape(b'a.b'), re.compile(b'x').flags)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
