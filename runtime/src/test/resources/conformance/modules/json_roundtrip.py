# json: dumps/loads with every option, hooks, subclassed encoder, errors
import json
from collections import OrderedDict, namedtuple
data = {"name": "Ann", "age": 30, "pi": 3.14159, "ok": True, "none": None, "list": [1, 2.5, "x"], "nested": {"a": [], "b": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: 1}))
print(json.dumps("héllo \u2603 😀 \x01 \x7f \"q\" \\"), json.dumps("héllo 😀 \x7f", ensure_ascii=False))
print(json.dumps([1e100, 1.0, -0.0, 1e-7, 123456789012345678901234567890, 0.1 + 0.2, float('inf'), float('-inf'), float('nan')]))
print(json.dumps((1, 2)), json.dumps(namedtuple('P', 'x y')(1, 2)), json.dumps(OrderedDict([('b', 1), ('a', 2)])))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError', e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=Enc), json.dumps(Point(3, 4), default=lambda o: [o.x, o.y]))
print(Enc(indent=1).encode({"p": Point(0, 0)}))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -1e3}}'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\/"'), json.loads(' [ ] '), json.loads('123456789012345678901234567890'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1, 2]'), json.loads(bytearray(b'{"x": 1}')))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s), json.loads('[NaN]', parse_constant=lambda s: s))
for s in ['[1,]', '{"a":1,}', '', '[1 2]', '{"a" 1}', '{1:2}', '"abc', '"a\x01"', '"\\q"', '"\\u12"', '[1] x', 'nul', '-', '1.', '01', '[', '{', '\ufeff[]', '{"a":1 \n "b":2}', '\n\n  [1,\n  x]']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('"a\x01"', strict=False))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('xx {"a":1}', 3))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
from json.decoder import JSONDecodeError
from json.encoder import encode_basestring_ascii
print(JSONDecodeError is json.JSONDecodeError, encode_basestring_ascii('é"'))
class MyDict(dict): pass
class MyInt(int): pass
class MyStr(str): pass
print(json.dumps(MyDict(a=MyInt(3), b=MyStr('s'))), json.dumps({MyStr('k'): 1}))
