import user_a
import user_b
import counter_mod
print(counter_mod.loads, counter_mod.total)
def later():
    import counter_mod as cm
    return cm.bump()
print(later(), counter_mod.total)
