# The part of a group no except* clause matched propagates; here nothing catches it.
try:
    raise ExceptionGroup('mixed', [ValueError('handled'), KeyError('left over')])
except* ValueError as e:
    print('handled', e.exceptions)
