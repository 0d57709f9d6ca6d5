class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, *a):
        print('exit', self.n)
        return False
    def __del__(self):
        print('del', self.n)
with Res(1) as r:
    print('body')
print('after with, r still bound')
del r
with Res(2):
    print('unnamed body')
print('after unnamed with')
