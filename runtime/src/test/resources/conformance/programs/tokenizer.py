# A hand-written tokenizer and recursive-descent calculator.
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f'{self.kind}:{self.text!r}@{self.pos}'

def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == '.' and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            out.append(Token('NUM', src[i:j], i))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            out.append(Token('NAME', src[i:j], i))
            i = j
        elif src.startswith('**', i):
            out.append(Token('OP', '**', i))
            i += 2
        elif c in '+-*/%()=,':
            out.append(Token('OP', c, i))
            i += 1
        else:
            raise SyntaxError(f'unexpected {c!r} at {i}')
    out.append(Token('EOF', '', len(src)))
    return out

class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise SyntaxError(f'expected {text!r}, got {t.text!r}')
        self.i += 1
        return t
    def statement(self):
        if self.peek().kind == 'NAME' and self.toks[self.i + 1].text == '=':
            name = self.take().text
            self.take('=')
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().text in ('+', '-'):
            op = self.take().text
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().text in ('*', '/', '%'):
            op = self.take().text
            r = self.factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor(self):
        if self.peek().text == '-':
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().text == '**':
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.take()
        if t.kind == 'NUM':
            return float(t.text) if '.' in t.text else int(t.text)
        if t.kind == 'NAME':
            if self.peek().text == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek().text == ',':
                    self.take()
                    args.append(self.expr())
                self.take(')')
                return {'max': max, 'min': min, 'abs': abs}[t.text](*args)
            return self.env[t.text]
        if t.text == '(':
            v = self.expr()
            self.take(')')
            return v
        raise SyntaxError(f'unexpected token {t!r}')

print(tokenize('x = 3 + 4.5 * (y ** 2)'))
env = {}
for line in ['a = 2', 'b = a ** 3 ** 2', 'c = (a + b) * 3 - 7 % 4', '-a ** 2', 'max(a, b, c) / 4',
             'abs(-17) + min(3, 1.5)', '10 / 4', '2 * (3 + 4) * 5']:
    print(f'{line:<28} => {Parser(tokenize(line), env).statement()}')
for bad in ['1 +', '2 $ 3', '(1 + 2']:
    try:
        Parser(tokenize(bad), env).statement()
    except (SyntaxError, KeyError) as e:
        print(f'{bad!r}: {type(e).__name__}: {e}')
print(sorted(env.items()))
