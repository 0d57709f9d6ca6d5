print('never printed')
def f()
    return 1
