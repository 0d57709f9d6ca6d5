import sys


def hook(etype, value, tb):
    print('hook:', etype.__name__, value, tb is not None, tb.tb_lineno)
    sys.__excepthook__(etype, value, tb)


sys.excepthook = hook
print('start')


def f():
    raise ValueError('bad value')


f()
