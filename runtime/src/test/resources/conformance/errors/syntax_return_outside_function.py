print('never printed: compile errors stop the whole module')


def f():
    return 1


return f()
