# reprlib: the size limits of Repr for each container, strings, ints and other objects,
# nesting depth, changed limits and fillvalue, a subclass method, recursive_repr.
import reprlib
from collections import deque

r = reprlib.repr
print(r(list(range(10))))
print(r(list(range(6))), r([]), r([1]))
print(r(tuple(range(10))), r((1,)), r(()))
print(r(set(range(20))), r(set()), r({3, 1, 2}))
print(r(frozenset(range(20))), r(frozenset()))
print(r(deque(range(10))), r(deque()))
print(r({i: i * i for i in range(10)}), r({}), r({"b": 1, "a": 2}))
print(r("x" * 100))
print(r("short"), r(""), r("a'b\"c"))
print(r("\n" * 50))
print(r(2 ** 200))
print(r(-(10 ** 50)))
print(r(12345))
print(r([[[[[[[[1]]]]]]]]))
print(r({"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}))
print(r([[1, 2], (3, 4), {5: 6}]))
print(r({1, "a"}) in ("{1, 'a'}", "{'a', 1}"))


class Long:
    def __repr__(self):
        return "Long(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError


print(r(Long()))
print(r(Broken()).startswith("<Broken instance at 0x"))
print(r(3.5), r(None), r(True), r(b"bytes" * 20))

a = reprlib.Repr()
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset, a.maxfrozenset,
      a.maxdeque, a.maxstring, a.maxlong, a.maxother, a.fillvalue)
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.fillvalue = "<+>"
print(a.repr(list(range(5))))
print(a.repr("abcdefghijklmnopqrstuvwxyz"))
print(a.repr([[[1]]]))
print(a.repr({"a": {"b": {"c": 1}}}))


class MyRepr(reprlib.Repr):
    def repr_Long(self, obj, level):
        return "<a Long>"

    def repr_int(self, obj, level):
        return "int:" + str(obj)


m = MyRepr()
print(m.repr([Long(), 1, (2, Long())]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


n = Node("root")
n.children.append(Node("leaf"))
n.children.append(n)
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Other(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other(" + ", ".join(repr(x) for x in self) + ")"


o = Other([1])
o.append(o)
print(repr(o))
