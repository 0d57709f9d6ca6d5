"""Python keywords: kwlist, softkwlist, iskeyword, issoftkeyword (CPython 3.11's lists)."""

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_KW = frozenset(kwlist)
_SOFT = frozenset(softkwlist)


def iskeyword(s):
    """True if s is a (hard) keyword (TypeError for an unhashable s, as CPython)."""
    return s in _KW


def issoftkeyword(s):
    """True if s is a soft keyword."""
    return s in _SOFT
