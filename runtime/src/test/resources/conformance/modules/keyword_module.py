import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ['if', 'match', 'True', 'print', 'async', '', 'None', 'case', '_', 'nonlocal', 'If']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), keyword.iskeyword(['if']), sorted(keyword.kwlist) == keyword.kwlist)
