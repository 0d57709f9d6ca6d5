from __future__ import annotations
x: int = 3
y: List[Optional['Foo']]
z: dict[str, int] | None
class C:
    a: Undefined.attr[int, ...]
    b: 'quoted'
    c: None
    def m(self, p: Nope, q: tuple[int, ...] = ()) -> Also[1, True]:
        return q
print(__annotations__)
print(C.__annotations__)
print(C.m.__annotations__, C().m(0))
