# json: layout details, number edge cases, round trips, decoder classes
import json

doc = {"users": [{"id": i, "name": "user%d" % i, "score": i * 1.5, "tags": ["a", "b"][:i % 3]} for i in range(4)],
       "meta": {"count": 4, "ok": True, "ratio": 1 / 3, "big": 2 ** 70, "neg": -12, "empty": "", "nested": [[[]]]}}
text = json.dumps(doc, indent=4)
print(text)
print(json.loads(text) == doc, json.loads(json.dumps(doc, sort_keys=True, separators=(",", ":"))) == doc)
print(json.dumps(doc["meta"], indent=2, separators=(" ,", " = "), sort_keys=True))
for x in [0, -1, 2 ** 64, 1.5, 1e16, 1e-5, 123.456, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e22, True, None, "s", [], {}]:
    print(json.dumps(x), repr(json.loads(json.dumps(x))))
for s in ["0", "-0", "-0.0", "1E5", "1e+2", "2.5e-3", "12345678901234567890123", "[1e400]", "-1.0e-400", " \t\n\r1\n"]:
    print(repr(s), repr(json.loads(s)))
print(json.dumps({"a": float("nan"), "b": [float("inf")]}), json.loads('[NaN, Infinity, -Infinity]'))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True), json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps("\u0000\u001f\u2028\ud800", ensure_ascii=True), json.dumps("\ud83d\ude00", ensure_ascii=False) == '"\ud83d\ude00"')
print(json.loads('"\\ud800"') == "\ud800", json.loads('"\\ud83d\\ude00"') == "\U0001F600", len(json.loads('"\\ud83d\\ude00"')))
print(json.dumps([1, 2], indent=-1), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))

class D(json.JSONDecoder):
    def __init__(self):
        super().__init__(object_hook=self.hook)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=D), D().decode(' {"x": [1]} '))
dec = json.JSONDecoder(parse_int=float, strict=False)
print(dec.decode('[1, "a\tb"]'), json.JSONEncoder(sort_keys=True, indent=1).encode({"b": 1, "a": [2]}))
e = json.JSONEncoder(separators=(";", "=")); print(e.encode({"a": [1, 2]}), e.item_separator, e.key_separator)
print("".join(json.JSONEncoder().iterencode([1, {"a": None}])), json.JSONEncoder().encode("x\ny"))
try:
    json.loads('{"a": [1, 2, }')
except json.JSONDecodeError as err:
    print(err.msg, err.pos, err.lineno, err.colno, err.doc)
try:
    json.loads('["😀", x]')
except json.JSONDecodeError as err:
    print(err, err.pos)
try:
    json.dumps({"a": {1, 2}})
except TypeError as err:
    print(err)
def dflt(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no")
print(json.dumps({"s": {3, 1, 2}}, default=dflt))
