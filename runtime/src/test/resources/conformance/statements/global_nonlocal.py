counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
    middle()
    return x
print(outer())
def define_global():
    global created_later
    created_later = 'made in function'
define_global()
print(created_later)
x = 'module'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def read_global():
    return x.upper()
print(read_global())
