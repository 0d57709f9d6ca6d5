tests = ["int.__add__(2, 3)", "(5).__mul__(2)", "float.__truediv__(1.0, 4)", "str.__add__('a','b')",
 "list.__len__([1])", "int.__lt__(1,2)", "int.__lt__(1,2.0)", "float.__lt__(1.0, 2)", "(1).__eq__('a')",
 "int.__hash__(5)", "object.__eq__(1,1)", "object.__eq__(1,2)", "(3).__radd__(1)", "int.__neg__(3)",
 "'a'.__mod__(())", "[1].__contains__(1)", "(1).__eq__(1.0)", "(1.0).__eq__(1)", "(2**70).__eq__(2**70)",
 "(7).__divmod__(2)", "(7).__rdivmod__(2)", "(7.5).__floordiv__(2)", "(2).__pow__(10)", "(2).__rpow__(3)",
 "(1).__add__(1.5)", "(1.5).__radd__(1)", "(5).__sub__(True)", "True.__and__(False)", "True.__add__(True)",
 "(6).__rshift__(1)", "(~5).__invert__()", "(0).__bool__()", "(2.5).__bool__()", "(-2.5).__abs__()", "(3).__pos__()",
 "[1].__add__([2])", "(1,).__add__((2,))", "[1].__mul__(3)", "[1].__rmul__(2)", "(1,).__mul__('a')", "[1].__add__((2,))",
 "(1).__ne__(2)", "(1).__ge__(1)", "(1.5).__gt__(1)", "(3).__truediv__(0)", "(3.0).__mod__(0.0)",
 "int.__add__('a', 1)", "(10).__lshift__(3)", "(10).__xor__(3)", "(10).__or__(5)", "(1).__mul__('ab')", "(2).__rmul__([1])",
 "sum(map(int.__mul__, [1,2,3], [4,5,6]))", "sorted([3,1,2], key=int.__neg__)"]
for e in tests:
    try: print(e, '->', repr(eval(e)))
    except Exception as x: print(e, '->', type(x).__name__, x)
class M(int):
    def __radd__(self, o): return 'radd'
class V(int): pass
print(M(2) + 3, 3 + M(2), V(2) + 3, 3 + V(2), type(V(2) + 3).__name__, V(4) * 1.5, V(3) == 3, V(3) < 4.5, -V(3), bool(V(0)))
print(int.__add__(V(2), V(5)), V.__add__(V(1), 1), V(2).__eq__(2))
class F(float): pass
print(F(1.5) + 1, F(2.0).__mul__(2), 1 - F(0.5))
class W:
    def __radd__(self, o): return 'W.radd'
    def __rlt__(self, o): return 'no'
    def __gt__(self, o): return 'W.gt'
print(V(1) + W(), 1 + W(), 1.0 + W(), V(1) < W(), 1 < W())
for e in ["'a'.__le__('b')", "'b'.__gt__('a')", "'a'.__ge__('a')", "'a'.__ne__('a')", "'a'.__ne__(1)", "'a'.__gt__(1)", "'ab'.__rmul__(3)", "'ab'.__rmul__('x')", "str.__le__(1, 'a')", "sorted(['b','a'], key=str.__len__)"]:
    try: print(e, '->', repr(eval(e)))
    except Exception as x: print(e, '->', type(x).__name__, x)
