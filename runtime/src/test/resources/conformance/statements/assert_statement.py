assert True
assert 1 + 1 == 2, 'math works'
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert []
except AssertionError as e:
    print('no message:', repr(e), e.args)
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x * 2
print(check(4))
try:
    check('s')
except AssertionError as e:
    print(e)
