s = 'Hello, World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), 'hello world'.capitalize(), 'ß'.casefold())
print('abc'.isalpha(), 'abc1'.isalnum(), '123'.isdigit(), '12.3'.isdigit(), '   '.isspace())
print('Title Case'.istitle(), 'UP'.isupper(), 'low'.islower(), 'x1'.isidentifier(), '1x'.isidentifier())
print('١٢'.isdecimal(), '½'.isnumeric(), 'abc'.isascii(), 'é'.isascii(), 'a\tb'.isprintable())
print("they're bill's".title(), 'mIxEd'.swapcase())
