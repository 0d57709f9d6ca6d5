from shapes import *
import registry
print(round(area_sum([Circle(1), Circle(2)]), 6))
print('hidden' in dir(), 'Circle' in dir())
print(registry.register('a'), registry.register('b'))
import registry as again
print(again.items, again is registry)
