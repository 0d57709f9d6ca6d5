d = {(1, 2): 'x'}
print(d[1, 2])
d[(3, 'four')]
