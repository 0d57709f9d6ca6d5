"""Kernel: method calls on instances: attribute get/set, bound methods, small ints."""
import sys
import time


class Counter:
    def __init__(self, start):
        self.value = start
        self.steps = 0

    def add(self, k):
        self.value = self.value + k
        self.steps += 1
        return self

    def get(self):
        return self.value


class Scaled(Counter):
    def add(self, k):
        return Counter.add(self, k * 2)


def kernel():
    a = Counter(0)
    b = Scaled(1)
    for i in range(20000):
        a.add(i)
        b.add(1)
        if a.get() < 0:
            break
    return (a.get(), b.get(), a.steps + b.steps)


EXPECT = None
