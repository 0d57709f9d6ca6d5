# Variable and function annotations: where they are recorded and when they are evaluated.
x: int = 3
y: 'Forward'
z: list[int]
print(__annotations__)
calls = []
def ann(v):
    calls.append(v)
    return v
class C:
    a: ann('a-type') = ann('a-value')
    b: int
    if True:
        c: str = 'c'
    for _i in range(1):
        d: float
    (e): int = 5
    obj = type('O', (), {})()
    obj.attr: int = 7
    def method(self, p: int, *, q: 'str' = 'q') -> bool:
        local: undefined_name = 1
        return local
print(C.__annotations__, calls)
print('b' in C.__dict__, C.e, C.obj.attr, C().method(1))
print(C.method.__annotations__)
def f(a: int, /, b: 'str' = 'x', *c: float, d: list[int], **e: dict) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'k': 1}
print(g.__annotations__)
lam = lambda v: v
print(lam.__annotations__)
class Empty:
    pass
print('__annotations__' in Empty.__dict__)
class Sub(C):
    extra: bytes
print(Sub.__annotations__)
class Pre:
    __annotations__ = {'pre': 1}
    post: int
print(Pre.__annotations__)
