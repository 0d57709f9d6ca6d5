# An uncaught ExceptionGroup: the last line of the box is the closing rule.
def fail(n):
    raise ValueError(n)


errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
print('raising', len(errors))
raise ExceptionGroup('three failures', errors)
