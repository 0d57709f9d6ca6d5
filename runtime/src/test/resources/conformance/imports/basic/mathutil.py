import helper
def square(x):
    return x * x
def greet_square(x):
    return helper.shout(f'{x}^2={square(x)}')
