# A library catalog: dataclasses, enum, total_ordering, custom exceptions with causes, formatting.
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import total_ordering
from collections import defaultdict, Counter

class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()

class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is held by {holder}")
        self.title = title
        self.holder = holder

@total_ordering
@dataclass
class Book:
    title: str
    author: str
    year: int
    genre: Genre
    tags: list = field(default_factory=list)

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)

    def __eq__(self, other):
        return (self.year, self.title) == (other.year, other.title)

@dataclass(frozen=True)
class Member:
    name: str
    limit: int = 2

class Library:
    def __init__(self):
        self.books = {}
        self.loans = {}
        self.history = defaultdict(list)

    def add(self, book):
        self.books[book.title] = book

    def lend(self, title, member):
        try:
            book = self.books[title]
        except KeyError as e:
            raise LibraryError(f"unknown title {title}") from e
        if title in self.loans:
            raise NotAvailable(title, self.loans[title].name)
        held = sum(1 for m in self.loans.values() if m == member)
        if held >= member.limit:
            raise LibraryError(f"{member.name} reached limit {member.limit}")
        self.loans[title] = member
        self.history[member.name].append(title)
        return book

    def give_back(self, title):
        return self.loans.pop(title)

lib = Library()
for t, a, y, g, tags in [
    ("Dune", "Herbert", 1965, Genre.FICTION, ["sf", "classic"]),
    ("Cosmos", "Sagan", 1980, Genre.SCIENCE, ["space"]),
    ("SPQR", "Beard", 2015, Genre.HISTORY, ["rome"]),
    ("Foundation", "Asimov", 1951, Genre.FICTION, ["sf"]),
    ("The Gene", "Mukherjee", 2016, Genre.SCIENCE, []),
]:
    lib.add(Book(t, a, y, g, tags))

ann = Member("Ann")
bob = Member("Bob", limit=1)
print(ann, bob, ann == Member("Ann"), hash(ann) == hash(Member("Ann")))
for title, who in [("Dune", ann), ("Dune", bob), ("Cosmos", bob), ("SPQR", bob),
                   ("Nope", ann), ("SPQR", ann), ("Foundation", ann)]:
    try:
        b = lib.lend(title, who)
        print(f"lent {b.title:<12}|{who.name:>5}| {b.year:05d} {b.genre.name.lower()}")
    except NotAvailable as e:
        print("not available:", e, e.holder)
    except LibraryError as e:
        print("error:", e, "cause:", repr(e.__cause__))

print(sorted(lib.books.values())[0].title, max(lib.books.values()).title)
print(Book("X", "Y", 1965, Genre.FICTION) <= lib.books["Dune"])
by_genre = defaultdict(list)
for b in sorted(lib.books.values()):
    by_genre[b.genre].append(b.title)
for g in Genre:
    print(f"{g.name:.<10}{g.value:>3} {', '.join(by_genre[g])}")
tags = Counter(t for b in lib.books.values() for t in b.tags)
print(tags.most_common(2), sorted(tags.elements()))
print(dict(lib.history))
print(lib.give_back("Dune"), list(lib.loans))
print(repr(lib.books["SPQR"]))
try:
    ann.name = "Zed"
except Exception as e:
    print(type(e).__name__, e)
print(Genre["SCIENCE"], Genre(3), Genre.FICTION in Genre, len(Genre))
