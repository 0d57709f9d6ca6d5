# A JSON-like pretty printer and parser written from scratch.
def dumps(v, indent=0, step=2):
    pad = ' ' * indent
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == '\\':
                out.append('\\\\')
            elif ch == '\n':
                out.append('\\n')
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append('\\u%04x' % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return ''.join(out)
    if isinstance(v, (list, tuple)):
        if not v:
            return '[]'
        inner = (',\n').join(' ' * (indent + step) + dumps(x, indent + step, step) for x in v)
        return '[\n' + inner + '\n' + pad + ']'
    if isinstance(v, dict):
        if not v:
            return '{}'
        inner = (',\n').join(' ' * (indent + step) + dumps(str(k)) + ': ' + dumps(x, indent + step, step)
                             for k, x in v.items())
        return '{\n' + inner + '\n' + pad + '}'
    raise TypeError(f'cannot serialize {type(v).__name__}')

def loads(s):
    pos = [0]
    def ws():
        while pos[0] < len(s) and s[pos[0]] in ' \n\t\r':
            pos[0] += 1
    def value():
        ws()
        c = s[pos[0]]
        if c == '{':
            pos[0] += 1
            d = {}
            ws()
            if s[pos[0]] == '}':
                pos[0] += 1
                return d
            while True:
                ws()
                k = value()
                ws()
                pos[0] += 1
                d[k] = value()
                ws()
                c = s[pos[0]]
                pos[0] += 1
                if c == '}':
                    return d
        if c == '[':
            pos[0] += 1
            lst = []
            ws()
            if s[pos[0]] == ']':
                pos[0] += 1
                return lst
            while True:
                lst.append(value())
                ws()
                c = s[pos[0]]
                pos[0] += 1
                if c == ']':
                    return lst
        if c == '"':
            pos[0] += 1
            out = []
            while s[pos[0]] != '"':
                if s[pos[0]] == '\\':
                    e = s[pos[0] + 1]
                    if e == 'u':
                        out.append(chr(int(s[pos[0] + 2:pos[0] + 6], 16)))
                        pos[0] += 6
                        continue
                    out.append({'n': '\n', '"': '"', '\\': '\\'}[e])
                    pos[0] += 2
                else:
                    out.append(s[pos[0]])
                    pos[0] += 1
            pos[0] += 1
            return ''.join(out)
        for lit, val in (('true', True), ('false', False), ('null', None)):
            if s.startswith(lit, pos[0]):
                pos[0] += len(lit)
                return val
        j = pos[0]
        while j < len(s) and s[j] in '+-0123456789.eE':
            j += 1
        text = s[pos[0]:j]
        pos[0] = j
        return float(text) if any(ch in text for ch in '.eE') else int(text)
    return value()

doc = {'name': 'Interlock', 'version': [0, 1, 0], 'stable': False, 'ratio': 0.75,
       'tags': ['jvm', 'python', 'locks'], 'nested': {'empty': {}, 'list': [], 'none': None},
       'text': 'quote " backslash \\ newline \n café', 'big': 2 ** 70}
text = dumps(doc)
print(text)
back = loads(text)
print(back == doc)
print(loads('[1, -2.5e3, "x", {"a": [true, null]}]'))
try:
    dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
