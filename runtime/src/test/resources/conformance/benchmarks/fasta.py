# FASTA-style sequence generation with a linear congruential generator.
IM, IA, IC = 139968, 3877, 29573
seed = [42]
def rand(maxv):
    seed[0] = (seed[0] * IA + IC) % IM
    return maxv * seed[0] / IM

ALU = ('GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGG')
IUB = [('a', 0.27), ('c', 0.12), ('g', 0.12), ('t', 0.27), ('B', 0.02), ('D', 0.02), ('H', 0.02),
       ('K', 0.02), ('M', 0.02), ('N', 0.02), ('R', 0.02), ('S', 0.02), ('V', 0.02), ('W', 0.02), ('Y', 0.02)]

def repeat_fasta(src, n, width=60):
    s = src * (n // len(src) + 1)
    for i in range(0, n, width):
        print(s[i:min(i + width, n)])

def random_fasta(table, n, width=60):
    probs = []
    acc = 0.0
    for ch, p in table:
        acc += p
        probs.append((acc, ch))
    for i in range(0, n, width):
        line = []
        for _ in range(min(width, n - i)):
            r = rand(1.0)
            for cp, ch in probs:
                if r < cp:
                    line.append(ch)
                    break
            else:
                line.append(probs[-1][1])
        print(''.join(line))

print('>ONE Homo sapiens alu')
repeat_fasta(ALU, 300)
print('>TWO IUB ambiguity codes')
random_fasta(IUB, 400)
