"""Differential fuzzing of our library modules against CPython 3.11's own.

CPython only (it uses random and importlib); not a conformance test for the interpreter.
Fixed seeds: random operation sequences run on both implementations, results compared.
Run: python3 differential_fuzz.py
"""
import importlib.util
import os
import random
import sys
import collections as RC
import copy as RCP
import functools as RF
import heapq as RH
import itertools as RI
import string as RS

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../main/resources/interlock/lib/')


def load(name):
    spec = importlib.util.spec_from_file_location('il_' + name, LIB + name + '.py')
    m = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = m
    spec.loader.exec_module(m)
    return m


def res(f):
    try:
        return ('ok', f())
    except Exception as e:
        return ('err', type(e).__name__, str(e))


MC = load('collections'); MI = load('itertools'); MH = load('heapq'); MS = load('string'); MF = load('functools')

rnd = random.Random(1)
# deque fuzz
for trial in range(300):
    ml = rnd.choice([None, 0, 1, 3, 7])
    init = [rnd.randint(0,5) for _ in range(rnd.randint(0,10))]
    a = RC.deque(init, ml); b = MC.deque(init, ml)
    for step in range(60):
        op = rnd.choice(['append','appendleft','pop','popleft','extend','extendleft','rotate','insert','remove','del','set','get','index','count','reverse','clear','iadd','imul','contains'])
        x = rnd.randint(-12, 12)
        def do(d):
            if op in ('append','appendleft'): return getattr(d, op)(x)
            if op in ('pop','popleft','reverse','clear'): return getattr(d, op)()
            if op in ('extend','extendleft'): return getattr(d, op)(range(abs(x) % 5))
            if op == 'rotate': return d.rotate(x)
            if op == 'insert': return d.insert(x, 'i')
            if op == 'remove': return d.remove(x % 6)
            if op == 'del': del d[x]; return None
            if op == 'set': d[x] = 's'; return None
            if op == 'get': return d[x]
            if op == 'index': return d.index(x % 6, rnd_a, rnd_b)
            if op == 'count': return d.count(x % 6)
            if op == 'iadd': d += [x]; return None
            if op == 'imul': d *= (x % 3); return None
            if op == 'contains': return (x % 6) in d
        rnd_a = rnd.randint(-8, 8); rnd_b = rnd.randint(-8, 12)
        ra = res(lambda: do(a)); rb = res(lambda: do(b))
        if ra != rb or list(a) != list(b) or repr(a) != repr(b):
            print('DEQUE MISMATCH', trial, step, op, x, ra, rb, a, b); sys.exit(1)
print('deque ok')
# itertools fuzz
for trial in range(400):
    pool = [rnd.randint(0,3) for _ in range(rnd.randint(0,5))]
    r = rnd.randint(-1, 6)
    for name in ['permutations','combinations','combinations_with_replacement']:
        ra = res(lambda: list(getattr(RI,name)(pool, r))); rb = res(lambda: list(getattr(MI,name)(pool, r)))
        assert ra == rb, (name, pool, r, ra, rb)
    ra = res(lambda: list(RI.product(pool, pool[:2], repeat=r % 3))); rb = res(lambda: list(MI.product(pool, pool[:2], repeat=r % 3)))
    assert ra == rb
    args = [rnd.choice([None, rnd.randint(-1, 8)]) for _ in range(rnd.randint(1,3))]
    data = list(range(rnd.randint(0, 10)))
    def isl(m):
        it = iter(data); out = list(m.islice(it, *args)); return out, list(it)
    ra = res(lambda: isl(RI)); rb = res(lambda: isl(MI))
    assert ra == rb, (args, data, ra, rb)
    keys = [rnd.randint(0,2) for _ in range(rnd.randint(0,10))]
    def gb(m):
        out = []
        g = m.groupby(keys)
        for k, grp in g:
            if rnd2.random() < 0.5: out.append((k, list(grp)))
            else: out.append((k, next(grp, None)))
        return out
    rnd2 = random.Random(trial); ra = gb(RI); rnd2 = random.Random(trial); rb = gb(MI)
    assert ra == rb, (keys, ra, rb)
    ra = list(RI.accumulate(keys, initial=r)); rb = list(MI.accumulate(keys, initial=r)); assert ra == rb
    ra = list(RI.zip_longest(keys, pool, fillvalue=r)); rb = list(MI.zip_longest(keys, pool, fillvalue=r)); assert ra == rb
print('itertools ok')
# heapq fuzz
for trial in range(300):
    data = [rnd.randint(0, 20) for _ in range(rnd.randint(0, 40))]
    a = list(data); b = list(data); RH.heapify(a); MH.heapify(b); assert a == b
    for step in range(30):
        op = rnd.choice(['push','pop','replace','pushpop'])
        x = rnd.randint(0, 20)
        f = {'push': lambda m, h: m.heappush(h, x), 'pop': lambda m, h: m.heappop(h), 'replace': lambda m, h: m.heapreplace(h, x), 'pushpop': lambda m, h: m.heappushpop(h, x)}[op]
        ra = res(lambda: f(RH, a)); rb = res(lambda: f(MH, b))
        assert ra == rb and a == b, (op, ra, rb, a, b)
    n = rnd.randint(-1, 10)
    assert RH.nlargest(n, data) == MH.nlargest(n, data)
    assert RH.nsmallest(n, data, key=lambda v: v % 5) == MH.nsmallest(n, data, key=lambda v: v % 5)
    assert RH.nlargest(n, data, key=lambda v: v % 5) == MH.nlargest(n, data, key=lambda v: v % 5)
    its = [sorted(rnd.randint(0,9) for _ in range(rnd.randint(0,5))) for _ in range(rnd.randint(0,4))]
    tagged = [[(v, i) for v in it] for i, it in enumerate(its)]
    assert list(RH.merge(*tagged, key=lambda t: t[0])) == list(MH.merge(*tagged, key=lambda t: t[0]))
    rt = [list(reversed(t)) for t in tagged]
    assert list(RH.merge(*rt, key=lambda t: t[0], reverse=True)) == list(MH.merge(*rt, key=lambda t: t[0], reverse=True))
print('heapq ok')
# Counter fuzz
for trial in range(300):
    a1 = {k: rnd.randint(-3, 3) for k in rnd.sample('abcde', rnd.randint(0,5))}
    b1 = {k: rnd.randint(-3, 3) for k in rnd.sample('abcde', rnd.randint(0,5))}
    ra, rb = RC.Counter(a1), RC.Counter(b1); ma, mb = MC.Counter(a1), MC.Counter(b1)
    for op in ['__add__','__sub__','__or__','__and__','__eq__','__le__','__lt__','__ge__','__gt__']:
        x = getattr(ra, op)(rb); y = getattr(ma, op)(mb)
        assert repr(x) == repr(y).replace('il_collections.',''), (op, a1, b1, x, y)
    for op in ['__iadd__','__isub__','__ior__','__iand__']:
        x = getattr(RC.Counter(a1), op)(rb); y = getattr(MC.Counter(a1), op)(mb)
        assert repr(x) == repr(y), (op, a1, b1, x, y)
    assert repr(+ra) == repr(+ma) and repr(-ra) == repr(-ma)
    assert ra.most_common(2) == ma.most_common(2)
print('Counter ok')

rnd = random.Random(2)
alpha = ['$', '$', '{', '}', 'a', 'b', '1', '_', '\n', ' ', 'é', '\r\n']
mapping = {'a': 'A', 'b': 'B', 'ab': 'AB', '_': 'U', 'a1': 'A1', 'b_': 'B_'}
for trial in range(20000):
    t = ''.join(rnd.choice(alpha) for _ in range(rnd.randint(0, 14)))
    for meth in ['substitute', 'safe_substitute']:
        ra = res(lambda: getattr(RS.Template(t), meth)(mapping))
        rb = res(lambda: getattr(MS.Template(t), meth)(mapping))
        assert ra == rb, (repr(t), meth, ra, rb)
    assert RS.Template(t).get_identifiers() == MS.Template(t).get_identifiers(), repr(t)
    assert RS.Template(t).is_valid() == MS.Template(t).is_valid(), repr(t)
    assert RS.capwords(t) == MS.capwords(t) and RS.capwords(t, '$') == MS.capwords(t, '$')
print('Template ok')
for trial in range(2000):
    items = [(rnd.choice('abcdef'), rnd.randint(0, 9)) for _ in range(rnd.randint(0, 8))]
    a = RC.OrderedDict(items); b = MC.OrderedDict(items)
    for step in range(20):
        op = rnd.choice(['move', 'moveF', 'pop', 'popF', 'set', 'del', 'setdefault', 'update'])
        k = rnd.choice('abcdefg')
        def do(d):
            if op == 'move': return d.move_to_end(k)
            if op == 'moveF': return d.move_to_end(k, last=False)
            if op == 'pop': return d.popitem()
            if op == 'popF': return d.popitem(last=False)
            if op == 'set': d[k] = step; return None
            if op == 'del': del d[k]; return None
            if op == 'setdefault': return d.setdefault(k, 'x')
            if op == 'update': return d.update({k: 1, 'z': 2})
        ra = res(lambda: do(a)); rb = res(lambda: do(b))
        assert ra == rb and repr(a) == repr(b).replace('il_collections.', ''), (op, k, ra, rb, a, b)
        assert list(reversed(a)) == list(reversed(b))
    c = RC.OrderedDict(reversed(list(a.items()))); d = MC.OrderedDict(reversed(list(b.items())))
    assert (a == c) == (b == d) and (a != c) == (b != d)
print('OrderedDict ok')

rnd = random.Random(3)
for trial in range(500):
    maxsize = rnd.choice([None, 0, 1, 2, 5, 128]); typed = rnd.choice([False, True])
    outs = []
    for mod in (RF, MF):
        log = []
        @mod.lru_cache(maxsize=maxsize, typed=typed)
        def f(x, y=0):
            log.append((x, y))
            if isinstance(x, int) and x > 1 and x % 3 == 0:
                return (f(x - 1), 1)
            return (x, y)
        r2 = random.Random(trial)
        results = []
        for _ in range(40):
            x = r2.choice([0, 1, 2, 3, 6, 1.0, 2.0, True, 'a'])
            if r2.random() < 0.3: results.append(f(x, y=r2.randint(0, 1)))
            elif r2.random() < 0.3: results.append(f(x, r2.randint(0, 1)))
            else: results.append(f(x))
            results.append(tuple(f.cache_info()))
        outs.append((results, log))
    assert outs[0] == outs[1], (maxsize, typed, trial)
print('lru ok')
# reduce / partial
for trial in range(200):
    data = [rnd.randint(0, 5) for _ in range(rnd.randint(0, 5))]
    for args in [(), (10,)]:
        a = None; b = None
        try: a = RF.reduce(lambda p, q: p * 2 + q, data, *args)
        except TypeError as e: a = str(e)
        try: b = MF.reduce(lambda p, q: p * 2 + q, data, *args)
        except TypeError as e: b = str(e)
        assert a == b
print('reduce ok')

# --- string.Formatter and its parsers
import _string
rnd = random.Random(5)
alpha = ['{', '}', '{', '}', 'a', '0', '1', ':', '!', 'r', 's', '[', ']', '.', 'x', '>', '3', '']


class O:
    x = 'X'
    a = {'x': 1}


for trial in range(50000):
    s = ''.join(rnd.choice(alpha) for _ in range(rnd.randint(0, 12)))
    a = res(lambda: list(_string.formatter_parser(s)))
    b = res(lambda: list(MS._formatter_parser(s)))
    assert a == b, (s, a, b)
    a = res(lambda: (lambda f, r: (f, list(r)))(*_string.formatter_field_name_split(s)))
    b = res(lambda: (lambda f, r: (f, list(r)))(*MS._field_name_split(s)))
    assert a == b, (s, a, b)
    args = ('p', 'q', O(), [5, 6])
    kw = {'a': 'A', 'x': O(), 'r': 3}
    a = res(lambda: RS.Formatter().format(s, *args, **kw))
    b = res(lambda: MS.Formatter().format(s, *args, **kw))
    assert a[:2] == b[:2] and (a[0] != 'ok' or a == b), (s, a, b)
print('Formatter ok')
