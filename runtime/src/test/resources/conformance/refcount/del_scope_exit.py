class R:
    def __init__(self, n):
        self.n = n
        print('acquire', n)
    def __del__(self):
        print('release', self.n)
def work():
    r = R('local')
    print('working')
    return 'result'
print(work())
print('after call')
def keep():
    r = R('returned')
    return r
kept = keep()
print('kept alive', kept.n)
del kept
def nested():
    a = R('outer-local')
    def inner():
        b = R('inner-local')
        return a.n
    print(inner())
    print('inner finished')
nested()
print('nested finished')
for i in range(3):
    tmp = R(i)
print('loop finished')
del tmp
