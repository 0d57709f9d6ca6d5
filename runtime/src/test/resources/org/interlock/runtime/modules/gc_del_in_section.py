import gc

seen = []
inside_eq = [False]


class Node:
    def __del__(self):
        seen.append(inside_eq[0])


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        inside_eq[0] = True
        junk = []
        for i in range(3000):
            junk.append([i])
        inside_eq[0] = False
        return self.name == other.name


gc.collect()
gc.disable()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
gc.enable()
d = {Key("x"): 1}
d[Key("y")] = 2
print("finalizers run inside __eq__:", seen.count(True))
gc.collect()
print("finalizers run:", len(seen))
