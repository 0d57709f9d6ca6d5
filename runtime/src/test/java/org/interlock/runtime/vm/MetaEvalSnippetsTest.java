package org.interlock.runtime.vm;

import java.util.List;
import org.interlock.runtime.Snippets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Metaclasses, class keywords, {@code __prepare__}, generic aliases, and eval/exec/compile with
 * their namespaces: each snippet's stdout was produced by CPython 3.11 ({@code python3 -c})
 * and is compared exactly, under every safe policy.
 */
class MetaEvalSnippetsTest {
    private static final String[][] CASES = {
        {"metaclassCall",
            "class M(type):\n    def __call__(cls, *a):\n        return ('made', cls.__name__, a)\nclass A(metaclass=M): pass\nprint(A(1, 2), type(A).__name__)",
            "('made', 'A', (1, 2)) M\n"},
        {"metaclassConflict",
            "class M(type): pass\nclass N(type): pass\nclass A(metaclass=M): pass\nclass B(metaclass=N): pass\ntry:\n    class C(A, B): pass\nexcept TypeError as e:\n    print(e)",
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\n"},
        {"prepareOrder",
            "class M(type):\n    @classmethod\n    def __prepare__(mcs, name, bases):\n        return {'injected': 7}\nclass A(metaclass=M):\n    x = injected + 1\nprint(A.x, A.injected)",
            "8 7\n"},
        {"initSubclassKw",
            "class B:\n    def __init_subclass__(cls, tag=None, **kw):\n        super().__init_subclass__(**kw)\n        cls.tag = tag\nclass C(B, tag='t'): pass\nprint(C.tag)\ntry:\n    class D(B, other=1): pass\nexcept TypeError as e:\n    print(e)",
            "t\nD.__init_subclass__() takes no keyword arguments\n"},
        {"typeThreeArgs",
            "X = type('X', (object,), {'f': lambda self: 3})\nprint(X().f(), X.__name__, type(X) is type, X.__mro__[1] is object)",
            "3 X True True\n"},
        {"genericAlias",
            "print(list[int], dict[str, list[int]], list[int]('ab'), list[int] == list[int])",
            "list[int] dict[str, list[int]] ['a', 'b'] True\n"},
        {"evalExecLocals",
            "g = {'a': 1}\nl = {}\nexec('b = a + 1', g, l)\nprint(l, eval('a + b', g, l), sorted(k for k in g if k != '__builtins__'))",
            "{'b': 2} 3 ['a']\n"},
        {"evalSyntaxError",
            "try:\n    eval('1 +')\nexcept SyntaxError as e:\n    print(type(e).__name__, e.msg, e.lineno, e.filename)",
            "SyntaxError invalid syntax 1 <string>\n"},
        {"compileModes",
            "c = compile('x * 2', '<e>', 'eval')\nprint(eval(c, {'x': 21}))\nd = {}\nexec(compile('y = 5', '<x>', 'exec'), d)\nprint(d['y'])",
            "42\n5\n"},
        {"functionLocals",
            "def f(a):\n    b = a + 1\n    d = locals()\n    c = 3\n    locals()\n    return sorted(d)\nprint(f(1))",
            "['a', 'b', 'c', 'd']\n"}

    };

    @TestFactory
    List<DynamicTest> snippets() {
        return Snippets.expectOutputs(CASES);
    }
}
