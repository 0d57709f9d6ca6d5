package org.interlock.runtime.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.Snippets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * VM behaviour (exceptions, generators, classes, builtins, reference counting): each snippet's stdout was produced by CPython 3.11 ({@code python3 -c}) and is
 * compared exactly, under every safe policy.
 */
class VmSnippetsTest {
    private static final String[][] CASES = {
        {"tryExceptFinally",
            "def f(x):\n    try:\n        if x: raise ValueError('v')\n        return 'ok'\n    except ValueError as e:\n        return 'caught ' + str(e)\n    finally:\n        print('fin', x)\nprint(f(0), f(1))",
            "fin 0\nfin 1\nok caught v\n"},
        {"exceptionChaining",
            "try:\n    try:\n        1/0\n    except ZeroDivisionError:\n        raise KeyError('k')\nexcept KeyError as e:\n    print(repr(e), type(e.__context__).__name__)\ntry:\n    raise RuntimeError('a') from ValueError('b')\nexcept RuntimeError as e:\n    print(repr(e.__cause__), e.__suppress_context__)",
            "KeyError('k') ZeroDivisionError\nValueError('b') True\n"},
        {"breakInFinally",
            "def g():\n    for i in range(3):\n        try:\n            if i == 1:\n                continue\n            if i == 2:\n                break\n        finally:\n            print('f', i)\n    return 'end'\nprint(g())",
            "f 0\nf 1\nf 2\nend\n"},
        {"withStatement",
            "class C:\n    def __enter__(self):\n        print('in'); return 1\n    def __exit__(self, *a):\n        print('out', a[0].__name__ if a[0] else None); return True\nwith C() as v:\n    print(v)\n    raise IndexError\nprint('after')",
            "in\n1\nout IndexError\nafter\n"},
        {"generators",
            "def g():\n    x = yield 1\n    y = yield x + 1\n    return y\nit = g()\nprint(next(it), it.send(5))\ntry:\n    it.send(9)\nexcept StopIteration as e:\n    print('ret', e.value)\ndef d():\n    r = yield from g()\n    yield r\ni2 = d(); print(next(i2), i2.send(2), i2.send(3))",
            "1 6\nret 9\n1 3 3\n"},
        {"generatorClose",
            "def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('cleanup')\nx = g(); next(x); x.close(); print('closed')\ndef h():\n    try:\n        yield 1\n    except ValueError:\n        yield 'handled'\ny = h(); next(y); print(y.throw(ValueError))",
            "cleanup\nclosed\nhandled\n"},
        {"classes",
            "class A:\n    def who(self): return 'A'\nclass B(A):\n    def who(self): return 'B' + super().who()\nclass C(A):\n    def who(self): return 'C' + super().who()\nclass D(B, C):\n    def who(self): return 'D' + super().who()\nprint(D().who(), [k.__name__ for k in D.__mro__])",
            "DBCA ['D', 'B', 'C', 'A', 'object']\n"},
        {"properties",
            "class P:\n    def __init__(self): self._x = 1\n    @property\n    def x(self): return self._x\n    @x.setter\n    def x(self, v): self._x = v * 2\n    @staticmethod\n    def s(): return 'static'\n    @classmethod\n    def c(cls): return cls.__name__\np = P(); p.x = 5\nprint(p.x, P.s(), P.c(), p.c())",
            "10 static P P\n"},
        {"dunders",
            "class V:\n    def __init__(self, x): self.x = x\n    def __add__(self, o): return V(self.x + o.x)\n    def __radd__(self, o): return V(self.x + o)\n    def __eq__(self, o): return isinstance(o, V) and self.x == o.x\n    def __hash__(self): return hash(self.x)\n    def __repr__(self): return f'V({self.x})'\n    def __len__(self): return self.x\n    def __getitem__(self, i): return i * 10\nprint(V(1) + V(2), sum([V(1), V(2)], 0) if False else 5 + V(3), V(1) == V(1), len({V(1), V(1)}), len(V(4)), V(0)[3], bool(V(0)))",
            "V(3) V(8) True 1 4 30 False\n"},
        {"getattrHook",
            "class G:\n    def __getattr__(self, n): return n.upper()\ng = G(); g.real = 1\nprint(g.real, g.missing, hasattr(g, 'x'), getattr(g, 'y', 0))",
            "1 MISSING True Y\n"},
        {"exceptionSubclass",
            "class E(ValueError):\n    def __init__(self, m, code):\n        super().__init__(m)\n        self.code = code\ntry:\n    raise E('bad', 7)\nexcept ValueError as e:\n    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))",
            "E bad 7 ('bad',) True\n"},
        {"builtinSubclass",
            "class D(dict):\n    def __missing__(self, k): return k * 2\nd = D(a=1)\nprint(d['a'], d['zz'], len(d), isinstance(d, dict), sorted(d.items()))\nclass L(list):\n    def total(self): return sum(self)\nl = L([1, 2, 3]); l.append(4)\nprint(l.total(), len(l), l)",
            "1 zzzz 1 True [('a', 1)]\n10 4 [1, 2, 3, 4]\n"},
        {"strMethods",
            "s = '  Hello, World  '\nprint(s.strip().lower(), s.split(','), '-'.join(['a', 'b']), 'abc'.center(9, '*'), 'x'.zfill(4), 'a,b,,c'.split(','), 'ab' * 3, 'hello'.find('l'), 'hello'.rfind('l'), 'Title case here'.title(), '%5.1f|%-3s|%03d' % (2.25, 'x', 7))",
            "hello, world ['  Hello', ' World  '] a-b ***abc*** 000x ['a', 'b', '', 'c'] ababab 2 3 Title Case Here   2.2|x  |007\n"},
        {"listDictSet",
            "l = [3, 1, 2]; l.sort(); l.insert(0, 9); l.remove(2)\nd = dict(a=1); d.setdefault('b', 2); d.update(c=3)\ns = {1, 2} | {3}; s -= {1}\nprint(l, l.pop(), d, d.pop('a'), list(d.keys()), sorted(s), {1, 2} & {2, 3}, {1, 2} ^ {2, 3})",
            "[9, 1] 3 {'b': 2, 'c': 3} 1 ['b', 'c'] [2, 3] {2} {1, 3}\n"},
        {"floatRepr",
            "print(1e16, 0.1, 1.0, 1e-05, 1/3, 2.5e-7, 123456789.0, 1e22, -0.0, float('inf'), 0.1 + 0.2, round(2.675, 2), round(0.5), round(1.5), round(-2.5))",
            "1e+16 0.1 1.0 1e-05 0.3333333333333333 2.5e-07 123456789.0 1e+22 -0.0 inf 0.30000000000000004 2.67 0 2 -2\n"},
        {"intConversions",
            "print(int('ff', 16), int('0b101', 0), int(' -12 '), int(3.9), hex(255), oct(8), bin(-5), str(10**20), float('1e3'), divmod(-7, 2), pow(3, 4, 5))",
            "255 5 -12 3 0xff 0o10 -0b101 100000000000000000000 1000.0 (-4, 1) 1\n"},
        {"recursionLimit",
            "import sys\ndef r(n): return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print('RecursionError', e)",
            "RecursionError maximum recursion depth exceeded\n"},
        {"refcountDel",
            "class D:\n    def __init__(self, n): self.n = n\n    def __del__(self): print('del', self.n)\na = D(1)\nb = a\ndel a\nprint('still')\ndel b\nx = [D(2)]\nx = None\nd = {'k': D(3)}\nd.clear()\nprint('end')",
            "still\ndel 1\ndel 2\ndel 3\nend\n"},
        {"getrefcount",
            "import sys\nclass O: pass\no = O()\nbase = sys.getrefcount(o)\nl = [o, o]\nprint(sys.getrefcount(o) - base)\ndel l\nprint(sys.getrefcount(o) - base)",
            "2\n0\n"},
        {"weakrefCallback",
            "import weakref\nclass O: pass\no = O()\nr = weakref.ref(o, lambda ref: print('callback', ref() is None))\nprint(r() is o)\ndel o\nprint(r())",
            "True\ncallback True\nNone\n"},
    };

    @TestFactory
    List<DynamicTest> snippets() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String policy : Snippets.POLICIES) {
            for (String[] c : CASES) {
                tests.add(DynamicTest.dynamicTest(c[0] + " [" + policy + "]", () -> {
                    Snippets.Result r = Snippets.run(c[1], policy);
                    assertEquals(c[2], r.out(), "stderr: " + r.err());
                    assertEquals(0, r.exit(), r.err());
                }));
            }
        }
        return tests;
    }
}
