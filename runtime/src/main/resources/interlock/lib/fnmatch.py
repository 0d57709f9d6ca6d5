"""Shell-style wildcard matching: fnmatch, fnmatchcase, filter and translate, as CPython 3.11.

translate() produces the same regular expression text as CPython: stars between fixed pieces
become atomic lazy groups, so that matching stays linear in the name.
"""

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _compiled(pat):
    m = _cache.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            text = str(pat, 'ISO-8859-1')
            m = re.compile(translate(text).encode('ISO-8859-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[pat] = m
    return m


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _compiled(pat)(name) is not None


def filter(names, pat):
    match = _compiled(os.path.normcase(pat))
    return [n for n in names if match(os.path.normcase(n))]


_STAR = object()


def _bracket(pat, start, end):
    """The regex class for pat[start:end], the text between '[' and its ']'."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # split at the hyphens that separate ranges; a leading '!' or the first character
        # cannot be a range separator
        pieces = []
        at = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[at:k])
            at = k + 1
            k = k + 3
        tail = pat[at:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        # a range whose ends are reversed matches nothing: drop it
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('\\[')
            else:
                tokens.append(_bracket(pat, i, j))
                i = j + 1
        else:
            tokens.append(re.escape(c))
    # fixed text, then (star, fixed text) pairs: a star followed by more text and another star
    # matches lazily inside an atomic group; the last star is greedy
    out = []
    k = 0
    while k < len(tokens) and tokens[k] is not _STAR:
        out.append(tokens[k])
        k += 1
    while k < len(tokens):
        k += 1  # the star
        fixed = []
        while k < len(tokens) and tokens[k] is not _STAR:
            fixed.append(tokens[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(tokens):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return r'(?s:%s)\Z' % ''.join(out)
