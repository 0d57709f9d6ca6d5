"""Text wrapping and filling.

Interlock's pure-Python textwrap with CPython 3.11's behaviour: TextWrapper, wrap, fill,
shorten, dedent and indent. Words are split by a hand-written scanner (no regular
expressions) that follows CPython's rules: runs of ASCII whitespace, words, hyphenated words
broken after a hyphen between letters, and em-dashes ("--") between words.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


class TextWrapper:
    """Wraps text into lines of at most width characters (see the module docstring)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting ------------------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            end = i
            while end < n and text[end] not in _whitespace:
                end += 1
            if not self.break_on_hyphens:
                chunks.append(text[i:end])
                i = end
                continue
            # Inside the word text[i:end]: cut it into chunks.
            while i < end:
                j = self._next_cut(text, i, end)
                chunks.append(text[i:j])
                i = j
        return chunks

    @staticmethod
    def _next_cut(s, i, end):
        """End of the chunk starting at s[i] inside the word s[i:end] (break_on_hyphens)."""
        # An em-dash between words is a chunk of its own.
        if s[i] == '-' and i > 0 and _is_word_punct(s[i - 1]):
            j = i
            while j < end and s[j] == '-':
                j += 1
            if j - i >= 2 and j < end and _is_word(s[j]):
                return j
        for j in range(i + 1, end + 1):
            if j == end:
                return end
            k = j  # candidate hyphen at s[k]; the chunk would end after it
            if s[k] == '-' and k + 1 < end:
                behind = (k >= 2 and _is_letter(s[k - 2]) and _is_letter(s[k - 1])) or \
                         (k >= 3 and _is_letter(s[k - 3]) and s[k - 2] == '-' and _is_letter(s[k - 1]))
                ahead = _is_letter(s[k + 1]) and (
                    (k + 2 < end and _is_letter(s[k + 2])) or
                    (k + 3 < end and s[k + 2] == '-' and _is_letter(s[k + 3])))
                if behind and ahead:
                    return k + 1
            # Em-dash ahead: the word ends before it.
            if _is_word_punct(s[j - 1]) and s[j] == '-':
                m = j
                while m < end and s[m] == '-':
                    m += 1
                if m - j >= 2 and m < end and _is_word(s[m]):
                    return j
        return end

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == ' ' and self._ends_sentence(c):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(c):
        if c and c[-1] in '"\'':
            c = c[:-1]
        return len(c) >= 2 and c[-1] in '.!?' and 'a' <= c[-2] <= 'z'

    # -- wrapping -------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = chunks[::-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                chunks.pop()
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            rest_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    (rest_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # Last allowed line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return [c for c in self._split(self._munge_whitespace(text)) if c]

    def wrap(self, text):
        """The wrapped lines of text (no trailing newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines of text joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph and joins the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates text to width, ending with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the whitespace common to the start of every non-blank line.

    Lines holding only spaces and tabs become empty.
    """
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[idx] = ''
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None or ind.startswith(margin):
            if margin is None:
                margin = ind
        elif margin.startswith(ind):
            margin = ind
        else:
            common = 0
            for x, y in zip(margin, ind):
                if x != y:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [ln[cut:] if ln.startswith(margin) else ln for ln in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate is true (default: non-blank)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
