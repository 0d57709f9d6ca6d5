class D:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class H:
        a = D()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
class M(type):
    def __setattr__(cls, k, v):
        print("meta setattr", k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print("meta delattr", k)
        super().__delattr__(k)
class A(metaclass=M): pass
A.x = 1
print(A.x)
del A.x
print(hasattr(A, "x"))
for t in (int, str, float):
    try:
        t[int]
    except TypeError as e:
        print(e)
print(type[int], tuple[()] if False else "")
print(type.__prepare__("x", ()), M.__prepare__("y", ()))
