"""json.decoder: the names CPython's module exports, from the json package."""

from json import JSONDecoder, JSONDecodeError

__all__ = ["JSONDecoder", "JSONDecodeError"]
