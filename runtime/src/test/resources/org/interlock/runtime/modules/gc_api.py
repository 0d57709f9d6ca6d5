# The gc module's API.
import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
l = []
l.append(l)
print(gc.is_tracked(l), gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked(None))
class C:
    pass
c = C()
print(gc.is_tracked(c), gc.is_tracked(C))
print(any(r is l for r in gc.get_referrers(l)))
print(gc.get_referents(l)[0] is l)
d = {"k": c}
print(any(r is d for r in gc.get_referrers(c)))
print(gc.garbage, type(gc.garbage).__name__)
print(gc.DEBUG_SAVEALL)
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
print(len(gc.get_stats()), sorted(gc.get_stats()[0].keys()))
print(gc.collect(0) >= 0, gc.collect(generation=2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
del l
print(gc.collect() >= 1)
