# A global or builtin name read in a hot loop must see every rebinding, deletion, shadowing
# and un-shadowing at once (the eval loop caches global lookups).
import builtins

X = 1


def read_x():
    return X


def use_len(s):
    return len(s)


total = 0
for i in range(300):
    total += read_x()
    if i == 100:
        X = 10
    if i == 200:
        globals()['X'] = 100
print(total)

for i in range(300):
    use_len('abc')
len = lambda s: -1
print(use_len('abc'))
del len
print(use_len('abc'))

saved = builtins.len
builtins.len = lambda s: 42
print(use_len('abc'))
builtins.len = saved
print(use_len('abc'))

del X
try:
    read_x()
except NameError as e:
    print('NameError', e)
X = 'back'
print(read_x())

def counter():
    global N
    N += 1
    return N


N = 0
for i in range(500):
    counter()
print(N)
