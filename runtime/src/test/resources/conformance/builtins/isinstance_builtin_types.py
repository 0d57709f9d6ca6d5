values = [0, 1.5, 'x', b'y', [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), bytearray()]
for v in values:
    kinds = [t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, frozenset, bool, range, bytearray) if isinstance(v, t)]
    print(repr(v), kinds)
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(list, (tuple,)))


# isinstance falls back to __class__: only an AttributeError there means "no"
class ClassRaisesValueError:
    @property
    def __class__(self):
        raise ValueError('no class')


class ClassRaisesAttributeError:
    @property
    def __class__(self):
        raise AttributeError('gone')


print(isinstance(ClassRaisesAttributeError(), int), isinstance(ClassRaisesAttributeError(), ClassRaisesAttributeError))
try:
    isinstance(ClassRaisesValueError(), int)
except ValueError as e:
    print('ValueError', e)
print(isinstance(ClassRaisesValueError(), ClassRaisesValueError))
