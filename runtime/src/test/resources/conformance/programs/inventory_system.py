# An inventory with orders, restocking and reports using namedtuple, defaultdict and properties.
from collections import namedtuple, defaultdict
Item = namedtuple('Item', 'sku name price')
class Inventory:
    def __init__(self):
        self.items = {}
        self.stock = defaultdict(int)
        self.sales = defaultdict(int)
    def add(self, item, qty):
        self.items[item.sku] = item
        self.stock[item.sku] += qty
    def order(self, sku, qty):
        if sku not in self.items:
            raise KeyError(sku)
        if self.stock[sku] < qty:
            return False
        self.stock[sku] -= qty
        self.sales[sku] += qty
        return True
    @property
    def value(self):
        return sum(self.items[s].price * q for s, q in self.stock.items())
    @property
    def revenue(self):
        return sum(self.items[s].price * q for s, q in self.sales.items())
    def low(self, threshold):
        return sorted(s for s, q in self.stock.items() if q < threshold)
inv = Inventory()
inv.add(Item('A1', 'widget', 250), 10)
inv.add(Item('B2', 'gadget', 1299), 3)
inv.add(Item('C3', 'doohickey', 75), 40)
print(inv.value)
for sku, qty in [('A1', 4), ('B2', 5), ('B2', 3), ('C3', 39), ('A1', 6), ('A1', 1)]:
    print(sku, qty, inv.order(sku, qty))
try:
    inv.order('ZZ', 1)
except KeyError as e:
    print('unknown sku', e)
print(inv.value, inv.revenue, inv.low(2))
for sku in sorted(inv.items):
    it = inv.items[sku]
    print(f'{it.name:<10} {it.price / 100:>8.2f} stock={inv.stock[sku]:<3} sold={inv.sales[sku]}')
