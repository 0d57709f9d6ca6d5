s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.index('fox'), s.rindex('o'))
print(s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith(('a', 'the')), s.endswith('dog'), s.endswith('do', 0, -1))
print('fox' in s, 'cat' not in s, s.find('o', 20, 30))
try:
    s.index('cat')
except ValueError as e:
    print(e)
print(s.partition(' '), s.rpartition(' '), 'nosep'.partition('|'))
print('abcabc'.replace('b', 'B'), 'abcabc'.replace('b', 'B', 1), 'aaa'.replace('', '-'))
print('a.b.c'.removeprefix('a.'), 'a.b.c'.removesuffix('.c'), 'x'.removeprefix('y'))
