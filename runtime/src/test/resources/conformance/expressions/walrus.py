data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 4:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print('got', v)
def f():
    total = 0
    print([total := total + x for x in range(5)])
    return total
print(f())
print((z := 10) + z)
