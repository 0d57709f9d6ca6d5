print('alpha start')
import beta
VALUE = 'alpha value'
def use_beta():
    return beta.describe()
print('alpha end')
