n = 0
while n < 5:
    n += 1
else:
    print('while finished normally', n)
n = 0
while True:
    n += 1
    if n == 3:
        break
else:
    print('not printed')
print('broke at', n)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print('found', target, 'at', i)
            break
        i += 1
    else:
        print(target, 'not found')
find([4, 5, 6], 5)
find([4, 5, 6], 9)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print('multiple of 3:', i)
