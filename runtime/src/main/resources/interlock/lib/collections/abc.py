"""collections.abc: the container ABCs of _collections_abc (see there)."""

from _collections_abc import *
from _collections_abc import __all__
import _collections_abc
from collections import deque as _deque

_collections_abc.MutableSequence.register(_deque)
del _collections_abc
