print([i % 3 for i in range(5)])
print(7 % 0)
