stack = []
for c in 'abc':
    stack.append(c)
while stack:
    print('pop', stack.pop())
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for t in ['([]{})', '([)]', '((', '']:
    print(repr(t), balanced(t))
