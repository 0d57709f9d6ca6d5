"""Dict-heavy program: word counting, inverted index, joins and merges over dicts keyed by
strings, ints and tuples, with get/setdefault/items/update/pop and comprehensions.

bench(n) processes n synthetic records and returns a checksum.  Run:  python3 dicts.py N
"""
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def records(n):
    seed = 12345
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        out.append({'id': i, 'word': WORDS[seed % 16], 'group': (seed >> 8) % 37,
                    'value': (seed >> 4) % 1000})
    return out


def bench(n):
    recs = records(n)
    counts = {}
    for r in recs:
        counts[r['word']] = counts.get(r['word'], 0) + 1
    index = {}
    for r in recs:
        index.setdefault((r['word'], r['group'] % 5), []).append(r['id'])
    totals = {}
    for r in recs:
        g = r['group']
        if g in totals:
            totals[g] += r['value']
        else:
            totals[g] = r['value']
    by_id = {r['id']: r for r in recs}
    joined = 0
    for key, ids in index.items():
        for i in ids[:3]:
            joined += by_id[i]['value'] + len(key[0])
    merged = dict(counts)
    merged.update({w: -c for w, c in counts.items() if c % 2})
    squares = {k: v * v % 1009 for k, v in totals.items()}
    popped = 0
    for k in list(squares):
        if k % 3 == 0:
            popped += squares.pop(k)
    checksum = joined + sum(merged.values()) + sum(squares.values()) + popped + len(index)
    return checksum


if __name__ == '__main__':
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
