"""The render step: kept lines to text, once, at the end.

Lines of one block are joined with one space (none between Chinese or Japanese characters,
none inside brackets or before closing punctuation, none before the hyphen of a compound's
rest: "Radon" / "-Situation"), blocks become paragraphs separated by
one blank line, and a space before a comma (" ,") is removed. No other change is made to
the words.
"""

from __future__ import annotations

import regex

from .text import compound_rest, is_unspaced_char

# Spaces before a comma, left where a link ended ("Summit , held").
SPACE_COMMA_RE = regex.compile(r"[ ]+(?=[,，])")
_NO_SPACE_AFTER = frozenset("([{“‘«„¿¡/")
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}”’»%…")


def join_parts(parts: list[str]) -> str:
    """Join the lines of one paragraph block."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if not out:
            out = p
        elif (
            out[-1] in _NO_SPACE_AFTER
            or p[0] in _NO_SPACE_BEFORE
            or (is_unspaced_char(out[-1]) and is_unspaced_char(p[0]))
            or compound_rest(out, p)
        ):
            out += p
        else:
            out += " " + p
    return SPACE_COMMA_RE.sub("", out) if " ," in out or " ，" in out else out


def paragraphs(lines: list[str], blocks: list[int], keep: list[int]) -> list[str]:
    """Paragraph strings for the kept line indices ``keep`` (ascending)."""
    out: list[str] = []
    cur: list[str] = []
    last = None
    for i in keep:
        if cur and blocks[i] != last:
            out.append(join_parts(cur))
            cur = []
        cur.append(lines[i])
        last = blocks[i]
    if cur:
        out.append(join_parts(cur))
    return [p for p in out if p]
