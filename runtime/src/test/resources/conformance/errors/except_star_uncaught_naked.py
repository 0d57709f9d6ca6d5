# A naked exception that no except* clause matches is re-raised as it was, not wrapped.
try:
    raise TypeError('naked and unmatched')
except* ValueError:
    print('not reached')
