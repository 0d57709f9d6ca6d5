import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.not_(0), op.truth([1]), op.inv(5), op.invert(0))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.getitem('abc', 1), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l, op.is_(None, None), op.is_not(1, None))
getx = op.itemgetter(1)
multi = op.itemgetter(0, 2)
print(getx('abc'), multi('abc'), sorted([(1, 'b'), (2, 'a')], key=op.itemgetter(1)))
class P:
    def __init__(self, n): self.name = n; self.inner = self
    def hello(self, x): return f'{self.name} says {x}'
print(op.attrgetter('name')(P('p')), op.attrgetter('inner.name', 'name')(P('q')))
print(op.methodcaller('hello', 'hi')(P('r')), op.methodcaller('upper')('up'))
print(op.iadd([1], [2]), op.index(5), op.length_hint([1, 2, 3]))
