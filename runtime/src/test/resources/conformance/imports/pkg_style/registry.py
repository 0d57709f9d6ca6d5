items = []
def register(x):
    items.append(x)
    return len(items)
