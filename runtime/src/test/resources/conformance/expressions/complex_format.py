# format() and f-strings of complex numbers: every spec form CPython accepts or rejects.
for z in [1+2j, -1.5-0.25j, 3j, complex(-0.0, 2), 1234567.891+0.5j, 1e-7-1e20j]:
    for spec in ['.2f', '10.3f', '<20.1e', '+.3g', 'g', '', '>15', '^20', '.3', 'e', '*>25.2f', '015.2f', ' .1f', ',.2f', '=10', '%', 'n', '#g', '-', 'E']:
        try: print(repr(spec), repr(format(z, spec)))
        except Exception as e: print(repr(spec), type(e).__name__, e)
    print(f"{z}|{z!r}|{z:.1f}|{z:>30}|{'%s' % z}|{str(z)}|{'{:.2e}'.format(z)}")
