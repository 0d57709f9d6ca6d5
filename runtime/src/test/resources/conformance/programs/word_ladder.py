# Breadth-first search over a small word graph (word ladder), with deterministic tie-breaking.
WORDS = '''cold cord card ward warm worm word wood good gold golf wolf cole coke core care dare
dark bark bard bold bolt boat coat cost most mist list lost lose love live life wife wide
wine mine mind kind king ring rind find fine line lane land hand hard herd here hire fire'''.split()
def neighbours(word, vocab):
    out = []
    for i in range(len(word)):
        for c in 'abcdefghijklmnopqrstuvwxyz':
            if c != word[i]:
                w = word[:i] + c + word[i + 1:]
                if w in vocab:
                    out.append(w)
    return sorted(out)
def ladder(start, goal, vocab):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in neighbours(w, vocab):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        if goal in prev:
            path = [goal]
            while prev[path[-1]] is not None:
                path.append(prev[path[-1]])
            return path[::-1]
        frontier = nxt
    return None
vocab = frozenset(WORDS)
for a, b in [('cold', 'warm'), ('gold', 'wolf'), ('love', 'hate'), ('mind', 'hand'), ('fire', 'wide')]:
    p = ladder(a, b, vocab)
    print(a, b, '->', ' '.join(p) if p else 'no ladder')
degrees = sorted(((len(neighbours(w, vocab)), w) for w in vocab), reverse=True)
print(degrees[:5])
