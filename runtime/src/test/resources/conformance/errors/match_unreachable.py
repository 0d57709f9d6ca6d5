print("never printed: the module fails to compile")


def f(v):
    match v:
        case [a, b]:
            return a + b
        case other:
            return other
        case 3:
            return 3
