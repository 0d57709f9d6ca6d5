s = 'single' + "double" + '''triple''' + """three"""
print(s)
print('adjacent' ' literals' " joined")
print(r'raw\n\t', len(r'\n'), '\x41\u00e9\N{GREEK SMALL LETTER ALPHA}'.encode('utf-8'))
print('tab\there', 'new\\nline', 'quote\'s', "dq\"s")
print(b'bytes\x00\xff', rb'\d', B'X')
print('a' * 3 + 'b', 'abc'[1], 'abc'[-1], len('héllo'))
print('%s is %d years and %.1f%%' % ('Bob', 30, 99.5))
print('%(a)s-%(b)r' % {'a': 'x', 'b': 'y'})
print('%5s|%-5s|%05d|%x|%o|%c' % ('ab', 'cd', 42, 255, 8, 65))
x = ('implicit '
     'line '
     'joining')
print(x)
total = (1 +
         2 +
         3)
print(total)
print(\
    'backslash continuation')
