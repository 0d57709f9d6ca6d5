import sys
def g():
    yield 1
    sys.exit(9)
for v in g():
    print('value', v)
