# A tiny stack virtual machine with an assembler, labels, calls and a trace.
def assemble(src):
    code, labels = [], {}
    lines = [l.split('#')[0].strip() for l in src.strip().splitlines()]
    for l in lines:
        if not l:
            continue
        if l.endswith(':'):
            labels[l[:-1]] = len(code)
        else:
            parts = l.split()
            code.append([parts[0]] + parts[1:])
    for ins in code:
        if ins[0] in ('jmp', 'jz', 'call'):
            ins[1] = labels[ins[1]]
        elif len(ins) > 1:
            ins[1] = int(ins[1])
    return code

def run(code, trace=False):
    stack, calls, out = [], [], []
    pc = 0
    steps = 0
    while pc < len(code):
        op, *arg = code[pc]
        pc += 1
        steps += 1
        if op == 'push': stack.append(arg[0])
        elif op == 'pop': stack.pop()
        elif op == 'dup': stack.append(stack[-1])
        elif op == 'swap': stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == 'over': stack.append(stack[-2])
        elif op == 'add': b = stack.pop(); stack[-1] += b
        elif op == 'sub': b = stack.pop(); stack[-1] -= b
        elif op == 'mul': b = stack.pop(); stack[-1] *= b
        elif op == 'mod': b = stack.pop(); stack[-1] %= b
        elif op == 'jmp': pc = arg[0]
        elif op == 'jz':
            if stack.pop() == 0:
                pc = arg[0]
        elif op == 'call': calls.append(pc); pc = arg[0]
        elif op == 'ret': pc = calls.pop()
        elif op == 'print': out.append(stack.pop())
        elif op == 'halt': break
        else: raise ValueError('bad op ' + op)
        if trace:
            print(f'{pc:3d} {op:6s} {stack}')
    return out, steps

FACT = """
    push 1
    push 10       # n
loop:
    dup
    jz done
    dup
    call mulacc
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
mulacc:           # acc n n -> acc*n n
    swap
    pop
    swap
    over
    mul
    swap
    ret
"""
GCD = """
    push 1071
    push 462
again:
    dup
    jz finished
    swap
    over
    mod
    jmp again
finished:
    pop
    print
"""
print(run(assemble(FACT)))
print(run(assemble(GCD), trace=True))
try:
    run([['bogus']])
except ValueError as e:
    print('ValueError', e)
