# array with the rest of the language: list +=/extend, builtins over arrays, formatting, arrays inside
# containers (in, index, deepcopy), in-place operators keep identity, struct over array bytes.
from array import array
a = array('i', [3, 1, 2])
l = [0]
l += a
print(l, list(a), tuple(a), sorted(a), set(a) == {1, 2, 3}, list(reversed(a)), min(a), max(a), sum(a))
l.extend(a)
print(l, [x * 2 for x in a], dict(zip(a, 'abc')), any(a), all(array('b', [1, 0])), len(array('u', 'abc')))
print(bytearray(array('B', [65, 66])), bytes(array('b')), str(array('d', [1.5])), f'{array("i", [1])}', '%s' % (array('q', [2]),))
import copy
print(copy.deepcopy([array('i', [1])]), array('i', [1]) in [array('i', [1])], [array('i', [1])].index(array('i', [1])))
b = a
b += array('i', [9])
print(a is b, a, a * True)
print(isinstance(a, object), hasattr(a, 'append'), callable(a.append), type(a).__name__, type(a).__qualname__)
print(bool(array('i')), bool(array('i', [0])))
import struct
print(struct.unpack('<2h', bytes(array('h', [1, -1]))))
