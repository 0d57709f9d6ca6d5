x = 10
y = x - 10
print('computing')
print(x // y)
