import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords('hello   big world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes $what, ${who}s friend')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
f = string.Formatter()
print(f.format('{0}-{1:>4}', 'a', 'b'))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print('attack at dawn'.translate(caesar))
