import helper
import helper as h2
from helper import shout, Box
from mathutil import square, greet_square
import mathutil
print(helper.GREETING, h2 is helper)
print(shout('hi'), Box(3), square(7), greet_square(4))
print(helper.__name__, mathutil.helper is helper)
import sys
print('helper' in sys.modules, __name__)
from helper import *
print(GREETING, 'shout' in dir(), '_private' in dir())
