# Parse CSV text by hand (quoted fields included), aggregate, and print an aligned report.
DATA = '''region,product,units,price
north,widget,12,2.50
south,"gadget, deluxe",3,19.99
north,gadget,7,9.99
east,widget,30,2.25
south,widget,5,2.50
east,"thing ""quoted""",1,100.00
north,widget,8,2.50
'''
def parse_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ',':
            fields.append(''.join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append(''.join(cur))
    return fields
lines = DATA.strip().split('\n')
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    r['units'] = int(r['units'])
    r['price'] = float(r['price'])
print(header, len(rows))
print(rows[1]['product'], '|', rows[5]['product'])
totals = {}
for r in rows:
    key = r['region']
    totals[key] = totals.get(key, 0.0) + r['units'] * r['price']
width = max(len(k) for k in totals)
for region in sorted(totals, key=lambda k: -totals[k]):
    print(f'{region:<{width}} {totals[region]:>10.2f}')
print(f'{"total":<{width}} {sum(totals.values()):>10.2f}')
by_product = {}
for r in rows:
    by_product.setdefault(r['product'], []).append(r['units'])
for p, units in sorted(by_product.items()):
    print(f'{p!r:<22} n={len(units)} sum={sum(units):>3} avg={sum(units) / len(units):.2f}')
