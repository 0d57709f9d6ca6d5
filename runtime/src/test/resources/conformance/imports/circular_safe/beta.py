print('beta start')
import alpha
def describe():
    return 'beta sees ' + alpha.VALUE
print('beta end, alpha has VALUE:', hasattr(alpha, 'VALUE'))
