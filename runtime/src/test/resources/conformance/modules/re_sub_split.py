# re: sub/subn with templates and functions, split with groups and maxsplit, escape
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home bob@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<1>|\g<0>>', 'a bc'))
print(re.sub(r'x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a', '', 'banana'))
print(re.sub(r'\s+', ' ', '  many   spaces \t here  '), re.sub('a', 'b', 'aaaa', count=2))
print(re.subn('a', lambda m: m.group(0).upper(), 'banana'), re.subn('z', 'y', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('a', r'\n\t\\', 'xax') == 'x\n\t\\x', re.sub('a', r'\.', 'a'))
print(re.sub('(b)', r'\1\g<1>0', 'abc'), re.sub('a', '\\0', 'a') == '\x00')
p = re.compile(r'(\d)(\d)?')
print(p.sub(r'<\2\1>', '12 3'), p.subn('#', '1 2 3', 2), p.sub('', ''))
print(re.sub('A', 'x', 'aAa', flags=re.I), re.sub('^', '>', 'a\nb\n', flags=re.M))
print(re.sub(r'(?m)$', '<', 'a\nb\n'), re.sub(r'$', '<', 'a\nb\n'))

for bad in [r'\10', r'\q', r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<a-b>', r'\3', r'\g<9>']:
    try:
        re.sub('(a)(b)', bad, 'ab')
        print('ok', bad)
    except re.error as e:
        print('error', repr(bad), e)
try:
    re.sub('(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError', e)

print(re.split(r'(,)\s*', 'a, b,c'), re.split(',', 'a,b,c,d', maxsplit=2), re.split(',', 'a,b', 0))
print(re.split(r'\b', 'ab cd'), re.split(r'(\d)|x', 'a1bxc'), re.split('x*', 'axbc'), re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words.'), re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(',', ''), re.split('', 'ab'))
print(re.compile(',').split('1,2,3', 1), re.split(',', 'a,b', -1))

print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m#n\tо&~-'), re.escape('plain_text123'))
lit = 'x.y+z'
print(re.findall(re.escape(lit), 'x.y+z xxy+z x.y+z'))
