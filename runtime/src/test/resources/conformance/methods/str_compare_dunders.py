# str's comparison dunders answer NotImplemented for a non-str operand, as every builtin
# comparison slot does, so the other operand's reflected method gets its turn.
print(str.__eq__('a', 1), 'a'.__eq__('a'), 'a'.__ne__(1), 'a'.__lt__(1), 'b'.__lt__('c'))
print('a'.__le__(None), 'a'.__gt__([]), 'a'.__ge__('a'), str.__eq__('x', b'x'))


class Word:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        if isinstance(other, str):
            return self.text.lower() == other.lower()
        return NotImplemented

    def __gt__(self, other):
        return self.text > other

    __hash__ = None


print('Hello' == Word('hello'), Word('hello') == 'HELLO', 'x' != Word('X'))
print('a' < Word('b'), sorted(['b', 'a']) == ['a', 'b'])


class Label(str):
    pass


print('abc'.__eq__(Label('abc')), Label('abc').__eq__('abc'), 'abc'.__lt__(Label('abd')))
