s = 'naïve café ñ 日本語'
print(len(s), s.upper(), s.encode('utf-8'), len(s.encode('utf-8')))
print(s[6:10], s[-3:], [ord(c) for c in s[-3:]])
print(s.encode('utf-8').decode('utf-8') == s)
print('é'.encode('latin-1'), b'\xe9'.decode('latin-1'), 'abc'.encode('ascii'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(b'\xff'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'))
print(sorted(['b', 'á', 'a', 'B']), 'ß'.upper(), 'İ'.lower().encode('utf-8'))
print(repr('\u200b'), '\N{BULLET}', chr(0x1F600).encode('utf-8'))
