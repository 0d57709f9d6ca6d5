package org.interlock.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.Snippets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiler shapes (scopes, unpacking, calls, comprehensions, f-strings): each snippet's stdout was produced by CPython 3.11 ({@code python3 -c}) and is
 * compared exactly, under every safe policy.
 */
class CompilerSnippetsTest {
    private static final String[][] CASES = {
        {"arithmetic",
            "print(7 // 2, -7 // 2, 7 % -3, 2 ** 100, 10 / 4, 1 << 65, ~5, -2 ** 2)",
            "3 -4 -2 1267650600228229401496703205376 2.5 36893488147419103232 -6 -4\n"},
        {"comparisonChain",
            "x = 5\nprint(1 < x < 10, 1 < x > 10, x == 5 != 6, 'a' < 'b' <= 'b')",
            "True False True True\n"},
        {"boolOps",
            "print(0 or 'a', 1 and [], not 0, None or 0 or 'z')",
            "a [] True z\n"},
        {"unpacking",
            "a, *b, c = range(6)\n(p, q), r = (1, 2), 3\nprint(a, b, c, p, q, r)",
            "0 [1, 2, 3, 4] 5 1 2 3\n"},
        {"augAssign",
            "l = [1, 2]\nl[0] += 5\nclass A: pass\na = A(); a.v = 1; a.v *= 7\nd = {'k': 1}; d['k'] -= 3\nprint(l, a.v, d)",
            "[6, 2] 7 {'k': -2}\n"},
        {"loopsElse",
            "for i in range(3):\n    if i == 5: break\nelse:\n    print('done', i)\nn = 0\nwhile n < 3:\n    n += 1\nelse:\n    print('w', n)",
            "done 2\nw 3\n"},
        {"closures",
            "def mk():\n    c = 0\n    def inc():\n        nonlocal c\n        c += 1\n        return c\n    return inc\nf = mk(); f(); print(f(), f())",
            "2 3\n"},
        {"comprehensionScope",
            "x = 10\nl = [x for x in range(3)]\nprint(x, l, {k: v for k, v in zip('ab', (1, 2))}, sorted({i % 3 for i in range(9)}))",
            "10 [0, 1, 2] {'a': 1, 'b': 2} [0, 1, 2]\n"},
        {"walrus",
            "data = [1, 5, 9]\nif (n := len(data)) > 2:\n    print(n)\nprint([y for v in data if (y := v * 2) > 5], y)",
            "3\n[10, 18] 18\n"},
        {"defaultsAndKw",
            "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\nprint(f(1, c=3))\nprint(f(1, 2, 3, c=4, e=5))\nprint(f(*[1, 2], **{'c': 9}))",
            "(1, 2, (), 3, 4, {})\n(1, 2, (3,), 4, 4, {'e': 5})\n(1, 2, (), 9, 4, {})\n"},
        {"argErrors",
            "def f(a, b): pass\ntry:\n    f(1)\nexcept TypeError as e:\n    print(e)\ntry:\n    f(1, 2, 3)\nexcept TypeError as e:\n    print(e)\ntry:\n    f(1, c=2)\nexcept TypeError as e:\n    print(e)",
            "f() missing 1 required positional argument: 'b'\nf() takes 2 positional arguments but 3 were given\nf() got an unexpected keyword argument 'c'\n"},
        {"fstrings",
            "v = 3.14159\nname = 'x'\nprint(f'{v:.2f} {name!r} {v:>10.3e} {42:08b} {1234567:,} {0.25:%}')",
            "3.14 'x'  3.142e+00 00101010 1,234,567 25.000000%\n"},
        {"exceptStar",
            "try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])\nexcept* ValueError as e:\n    print('V', repr(e))\nexcept* TypeError:\n    print('T')\nexcept* KeyError as e:\n    try:\n        e\n    finally:\n        print('K', e.exceptions)\ntry:\n    e\nexcept NameError:\n    print('unbound')",
            "V ExceptionGroup('g', [ValueError(1)])\nT\nK (KeyError(3),)\nunbound\n"},
        {"exceptStarReraise",
            "def f():\n    try:\n        raise ExceptionGroup('g', [ValueError(1), OSError(2)])\n    except* ValueError:\n        raise KeyError('k')\ntry:\n    f()\nexcept ExceptionGroup as g:\n    print(repr(g))\ntry:\n    raise TypeError('naked')\nexcept* TypeError as e:\n    print(repr(e), e.exceptions[0] is not e)",
            "ExceptionGroup('', [KeyError('k'), ExceptionGroup('g', [OSError(2)])])\nExceptionGroup('', (TypeError('naked'),)) True\n"},
        {"lambdaAndSort",
            "words = ['bb', 'a', 'ccc', 'dd']\nprint(sorted(words, key=lambda w: (len(w), w)), sorted(words, reverse=True))",
            "['a', 'bb', 'dd', 'ccc'] ['dd', 'ccc', 'bb', 'a']\n"},
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
