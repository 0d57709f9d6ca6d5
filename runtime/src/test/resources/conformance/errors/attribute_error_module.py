import math
print(math.floor(2.5))
math.floorr(2.5)
