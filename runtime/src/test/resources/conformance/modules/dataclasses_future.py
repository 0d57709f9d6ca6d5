# Dataclasses and NamedTuple under postponed annotations (every annotation is a string).
from __future__ import annotations
import dataclasses
import typing
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar, NamedTuple, Optional


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    registry: ClassVar[dict] = {}
    parent: Optional[Item] = None
    _: KW_ONLY
    sku: int = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.price *= scale


a = Item('pen', 1.5, scale=2)
print(a, [f.name for f in dataclasses.fields(Item)], [f.type for f in dataclasses.fields(Item)])
print(Item.__annotations__)
print(typing.get_type_hints(Item)['parent'], typing.get_type_hints(Item)['tags'])


class Pair(NamedTuple):
    left: int
    right: Optional[Pair] = None


p = Pair(1, Pair(2))
print(p, Pair.__annotations__, p.right.left)


def f(x: int, y: Optional[Item] = None) -> list[Item]:  # X | None needs types.UnionType (missing)
    return []


print(f.__annotations__, typing.get_type_hints(f))
