# Equal numbers of different types are one dict key and one set member, whichever type
# was stored first: the stored key's equality defers to a kind it does not know.
prices = {1: 'one', 2.0: 'two', 3: 'three'}
for probe in (1 + 0j, complex(2, 0), 3.0 + 0j, 1j, 2.5 + 0j):
    print(repr(probe), probe in prices, prices.get(probe, 'missing'))

seen = {0, 1.5, 7}
print(0j in seen, (1.5 + 0j) in seen, complex(7) in seen, (7 + 1j) in seen)

counts = {}
for v in [1, 1.0, 1 + 0j, True, 2, 2 + 0j]:
    counts[v] = counts.get(v, 0) + 1
print(counts)


class Celsius:
    """A value that equals the plain number it wraps and hashes like it."""

    def __init__(self, degrees):
        self.degrees = degrees

    def __eq__(self, other):
        if isinstance(other, Celsius):
            return self.degrees == other.degrees
        if isinstance(other, (int, float)):
            return self.degrees == other
        return NotImplemented

    def __hash__(self):
        return hash(self.degrees)


readings = {20: 'mild', 30.5: 'hot', 'label': 'text'}
print(readings.get(Celsius(20)), readings.get(Celsius(30.5)), Celsius(99) in readings)
print([20, 30.5].index(Celsius(30.5)), Celsius(20) in [20.0], [1, 20].count(Celsius(20)))
