def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for v in (-5, 0, 3, 42, 1000):
    print(v, classify(v))
if []:
    print('no')
elif {}:
    print('no')
else:
    print('empty containers are false')
x = 7
if x > 5: print('one-line if')
if x % 2 == 0:
    pass
else:
    print('odd')
