results = []
for v in ['1', 'x', '3', None, '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
    except TypeError:
        results.append('none')
        continue
    finally:
        results.append('|')
print(results)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for x in gen():
    print(x)
    break
print('after loop')
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        print('stopped at', i)
        break
