def outer():
    x = 1

    def inner():
        nonlocal y
        return x
    return inner


print(outer()())
