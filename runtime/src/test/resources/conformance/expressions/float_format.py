x = 1234.56789
print('%.2f' % x, '%10.3f|' % x, '%-10.1f|' % x, '%e' % x, '%g' % x)
print(format(x, '.3e'), format(x, ',.2f'), format(x, '+.1f'), format(-x, '012.2f'))
print(format(0.000012345, 'g'), format(1e20, 'g'), format(123456789.0, 'g'))
print(f'{x:.0f} {x:10.2f}| {x:<10.2f}| {x:^12.1f}| {x:>10}|')
print(f'{0.5:%} {0.125:.1%} {1/3:.4}')
print(format(1e100, '.5g'), format(2.0, 'g'), format(100.0, ''), format(1.5, 'n'))
print(f'{3.0:.3g} {float("inf"):f} {float("nan"):.2f}')
print(str(1e16), str(1.5e-10), repr(123e-310))
