def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('bad config value') from e
print(parse('12'))
parse('x')
