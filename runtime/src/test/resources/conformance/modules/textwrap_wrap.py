import textwrap
s = ("The quick brown fox jumps over the lazy dog. A well-known pangram -- used by "
     "typists everywhere -- contains every letter. Extraordinarily-long-hyphenated-words "
     "and supercalifragilisticexpialidocious need breaking.  Two  spaces.\tTab here.")
for w in (10, 15, 20, 33, 50, 80):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 12, break_on_hyphens=False))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 25, drop_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? Fine! 'Yes.' ok", 20, fix_sentence_endings=True))
print(textwrap.wrap(s, 30, max_lines=3))
print(textwrap.wrap(s, 30, max_lines=2, placeholder=' ...'))
print(textwrap.shorten(s, 40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.dedent("    def f():\n        return 1\n  \n    x = 2\n")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("   a\n  b\n    c")))
print(repr(textwrap.indent("one\n\ntwo\n  three\n", '> ')))
print(repr(textwrap.indent("one\n\ntwo\n", '+', lambda l: True)))
print(textwrap.wrap("a-b-c-d e--f --g abc--def x-ray well-being 123-456 ab-cd-ef", 5))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("averyveryverylongword-with-hyphens", 10))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=' [......]')
except ValueError as e:
    print('ValueError', e)
tw = textwrap.TextWrapper(width=16, tabsize=4)
print(tw.wrap("x\ty\tzzzz\twwwwwwwwww"))
