loads = []
loads.append('loaded')
total = 0
def bump():
    global total
    total += 1
    return total
