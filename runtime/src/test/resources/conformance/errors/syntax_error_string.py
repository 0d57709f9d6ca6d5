s = 'unterminated
print(s)
