"""String-heavy program: building, splitting, joining, formatting, searching, case changes,
replacement and slicing over generated text.

bench(n) processes n generated lines and returns a checksum.  Run:  python3 strings.py N
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze"]


def word(k):
    s = ""
    while True:
        s += SYLLABLES[k % 10]
        k //= 10
        if k == 0:
            return s


def bench(n):
    lines = []
    for i in range(n):
        words = [word(i * 7 + j) for j in range(6)]
        lines.append(" ".join(words) + "; id=%d, tag=%s" % (i, words[i % 6].upper()))
    text = "\n".join(lines)
    total = 0
    for line in text.split("\n"):
        head, _, tail = line.partition("; ")
        fields = dict(part.split("=") for part in tail.split(", "))
        total += int(fields["id"]) % 97 + len(fields["tag"])
        parts = head.split()
        total += sum(len(p) for p in parts if p.startswith("ka") or p.endswith("ze"))
        total += head.find("mi") + head.count("a")
        title = head.title().replace("Ka", "Kha")
        total += len(title) + (1 if title[::-1].lower() < head else 0)
        total += len(f"{parts[0]:>12}|{parts[-1]:<8}|{len(parts):03d}")
    joined = "-".join(sorted(set(text.split()))[:50])
    return total + len(joined) + len(text.encode())


if __name__ == '__main__':
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
