print('a')
x = = 5
