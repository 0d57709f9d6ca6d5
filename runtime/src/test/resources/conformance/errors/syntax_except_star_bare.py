print('never printed')
try:
    pass
except*:
    pass
