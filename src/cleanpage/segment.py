"""Normalisation and segmentation: page text to a list of lines, indices preserved.

Newlines of every convention (CRLF, CR, U+2028...) end a line; invisible characters
(zero-width spaces and joiners, BOM, soft hyphens) are removed; no-break and other exotic
spaces become plain spaces; trailing whitespace is dropped. Nothing else changes.
"""

from __future__ import annotations

import regex

# Invisible format characters that scrapers leave in text: ZWSP, ZWNJ, ZWJ, word joiner,
# BOM, soft hyphen, LRM/RLM. Removing them changes no visible character.
INVISIBLE_RE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
# Horizontal spaces other than the ASCII space and tab.
SPACES_RE = regex.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")


def normalise_line(s: str) -> str:
    """One line with invisible characters removed and odd spaces made plain."""
    if not s.isascii():
        s = INVISIBLE_RE.sub("", s)
        s = SPACES_RE.sub(" ", s)
    elif "\t" in s:
        s = s.replace("\t", " ")
    return s.rstrip()


def segment(text: str) -> list[str]:
    """Split page text into normalised lines; the list index is the line's index.

    >>> segment("a\\r\\nb\\u200b\\n\\n c ")
    ['a', 'b', '', ' c']
    """
    if not isinstance(text, str):
        text = str(text)
    # Lone surrogates cannot be encoded by callers further down; replace them.
    if not text.isascii():
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return [normalise_line(s) for s in text.splitlines()]
