# Text statistics: word frequencies, sentence lengths, character classes, n-grams.
from collections import Counter, defaultdict
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way."""
words = [w.strip('.,;').lower() for w in TEXT.split()]
freq = Counter(words)
print('words', len(words), 'distinct', len(freq))
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f'{w:>8} {c:3d} {"*" * c}')
sentences = [s.strip() for s in TEXT.replace('\n', ' ').split('.') if s.strip()]
print('sentences', len(sentences), [len(s.split()) for s in sentences])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
classes = Counter('upper' if c.isupper() else 'lower' if c.islower() else 'space' if c.isspace()
                  else 'punct' for c in TEXT)
print(sorted(classes.items()))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(''.join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
print(round(sum(len(w) for w in words) / len(words), 4), max(words, key=len))
