for s in ['1', '22', 'three']:
    print(int(s))
