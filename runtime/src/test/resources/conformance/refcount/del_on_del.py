class Tracked:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('destroy', self.name)
a = Tracked('a')
print('before del')
del a
print('after del')
b = Tracked('b')
c = b
del b
print('b deleted, c still holds it')
del c
print('after del c')
