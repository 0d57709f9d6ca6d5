import math
__all__ = ['Circle', 'area_sum']
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
def area_sum(shapes):
    return sum(s.area() for s in shapes)
def hidden():
    return 'not exported by *'
