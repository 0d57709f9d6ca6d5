import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ['if', 'match', 'True', 'print', 'async', '', 'None', 'case', '_', 'nonlocal', 'If']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), sorted(keyword.kwlist) == keyword.kwlist)
try:
    keyword.iskeyword(['if'])
except TypeError as e:
    print('TypeError', e)
