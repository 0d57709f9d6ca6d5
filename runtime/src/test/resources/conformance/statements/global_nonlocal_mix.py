log = []
level = 0
def enter():
    global level
    level += 1
    log.append(level)
def make_acc():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        enter()
        return total / count
    return add
acc = make_acc()
print(acc(10), acc(20), acc(0))
print(level, log)
def outer():
    v = 'o'
    def mid():
        nonlocal v
        v += 'm'
        def inner():
            nonlocal v
            v += 'i'
            global level
            level = -1
        inner()
    mid()
    return v
print(outer(), level)
def shadow_global():
    level = 'local'
    return level
print(shadow_global(), level)
def make_global_fn():
    global late_fn
    def late_fn():
        return 'defined via global'
make_global_fn()
print(late_fn())
