def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError('no such entry: ' + text)
print(parse('5'))
parse('five')
