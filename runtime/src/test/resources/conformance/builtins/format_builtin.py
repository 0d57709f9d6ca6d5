print(format(42), format(42, 'd'), format(42, '>6'), format(42, '<6') + '|', format(42, '^7') + '|')
print(format(3.14159, '.2f'), format(1234567.891, ',.2f'), format(0.25, '.0%'), format(1e-3, 'e'))
print(format('text', '>10'), format('text', '*<8'), format('text', '.2'), format('x', '^5') + '|')
print(format(255, '#x'), format(255, '08b'), format(255, 'o'), format(-42, '+05d'), format(42, ' '))
print(format(True), format(None), format([1, 2]), format(1.0), format(10 ** 21, ','))
print('{} {} {}'.format(1, 'two', 3.0), '{1}-{0}'.format('a', 'b'), '{x}/{y}'.format(x=1, y=2))
print('{:>8.3f}|{:<5}|{:^9}|'.format(2.71828, 'ab', 'mid'), '{0!r} {0!s}'.format('q'))
print('{a[0]} {b[k]} {c.real}'.format(a=[9], b={'k': 'v'}, c=3))
print('{:,}'.format(1234567), '{:_x}'.format(0xFFFFFFFF), '{:=+8d}'.format(5))
print('{{literal}} {}'.format('x'), '{:{w}}|'.format('pad', w=6), '{:g}'.format(0.0001))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F(), 'spec'), '{:abc}'.format(F()), f'{F():zz}')
