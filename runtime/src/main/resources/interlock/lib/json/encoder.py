"""json.encoder: the names CPython's module exports, from the json package."""

import _json
from json import JSONEncoder

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii

__all__ = ["JSONEncoder"]
