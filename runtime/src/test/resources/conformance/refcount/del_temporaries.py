class Temp:
    count = 0
    def __init__(self):
        Temp.count += 1
        self.id = Temp.count
    def __del__(self):
        print('temp', self.id, 'died')
    def value(self):
        return self.id * 10
print(Temp().value())
print('after expression')
print([Temp().value() for _ in range(2)])
print('after comprehension')
def make():
    return Temp()
make()
print('discarded result')
x = make().value()
print('x =', x)
