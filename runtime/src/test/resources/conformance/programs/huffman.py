# Huffman codes: build the tree with a sorted work list, encode, decode, report sizes.
from collections import Counter
def build(text):
    freq = Counter(text)
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (n1, _, a), (n2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(n1 + n2, counter, (a, b))]
        counter += 1
    return nodes[0][2]
def codes(tree, prefix='', table=None):
    table = {} if table is None else table
    if isinstance(tree, str):
        table[tree] = prefix or '0'
    else:
        codes(tree[0], prefix + '0', table)
        codes(tree[1], prefix + '1', table)
    return table
def decode(tree, bits):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return ''.join(out)
text = 'this is an example of a huffman tree built for the interlock conformance corpus'
tree = build(text)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), table[ch])
bits = ''.join(table[c] for c in text)
print(len(text) * 8, len(bits), round(len(bits) / (len(text) * 8), 4))
print(decode(tree, bits) == text)
print(int(bits[:64], 2), hex(int(bits, 2))[:20])
