"""The render step: kept lines to text, once, at the end.

Lines of one block are joined with one space (none between Chinese or Japanese characters,
none inside brackets or before closing punctuation, none before the hyphen of a compound's
rest: "Radon" / "-Situation", none after a paragraph's drop cap: "Z" / "imbabwe"), blocks
become paragraphs separated by
one blank line, and a space before a comma (" ,") is removed. No other change is made to
the words.
"""

from __future__ import annotations

import regex

from .text import compound_rest, is_unspaced_char, unit_exponent

# Spaces before a comma, left where a link ended ("Summit , held").
SPACE_COMMA_RE = regex.compile(r"[ ]+(?=[,，])")
_NO_SPACE_AFTER = frozenset("([{“‘«„¿¡/")
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}”’»%…")
# A word's letters at a line's start, and every word of the page (for drop caps).
_LEAD_LETTERS_RE = regex.compile(r"\p{Ll}+")
_WORD_RE = regex.compile(r"\w+")


def join_parts(parts: list[str], glued: frozenset[int] = frozenset()) -> str:
    """Join the lines of one paragraph block (``glued``: positions of parts that go on from
    the part before without a space, see :func:`drop_cap_rests`)."""
    if len(parts) == 1:
        # Most blocks are one line (the classifier measures every block): the loop below
        # would give the part stripped, which no joint changes (``glued`` marks joints).
        out = parts[0].strip()
        return SPACE_COMMA_RE.sub("", out) if " ," in out or " ，" in out else out
    out = ""
    for k, p in enumerate(parts):
        p = p.strip()
        if not p:
            continue
        if not out:
            out = p
        elif (
            k in glued
            or out[-1] in _NO_SPACE_AFTER
            or p[0] in _NO_SPACE_BEFORE
            or (is_unspaced_char(out[-1]) and is_unspaced_char(p[0]))
            or compound_rest(out, p)
            or _in_straight_quote(out, p)
            or _closing_low_quote(p)
        ):
            out += p
        else:
            out += " " + p
    return SPACE_COMMA_RE.sub("", out) if " ," in out or " ，" in out else out


# Low quotes open a German quotation, but a writer may type one to close it too ("Die
# „Toilet Map Vienna„, die erste App ..."); with the high ones that open a quotation in
# one language and close it in another, the quote marks a closing one may be typed as.
LOW_QUOTES = frozenset("„‚")
_OPENING_QUOTES = LOW_QUOTES | frozenset("“‘")
# What follows a closing quote mark right away: sentence punctuation.
AFTER_CLOSING_QUOTE = frozenset(",.;:!?)")


def _closing_low_quote(p: str) -> bool:
    """Whether part ``p`` opens with a quote mark that closes a quotation: it is followed
    by sentence punctuation right away ("Toilet Map Vienna" / "„, die erste App ...", the
    name a link), which no opening quote is; it goes on without a space."""
    return p[:1] in _OPENING_QUOTES and p[1:2] in AFTER_CLOSING_QUOTE


def _in_straight_quote(out: str, p: str) -> bool:
    """Whether part ``p`` goes on without a space inside a straight quotation that ``out``
    leaves open (an odd count of ``"``): ``out`` ends with the opening quote, or ``p``
    starts with the closing one ('... in unserem Artikel "' / 'Warum wird das Erdöl
    knapp?' / '".', the title a link)."""
    return (out[-1] == '"' or p[0] == '"') and out.count('"') % 2 == 1


def drop_cap_rests(lines: list[str], blocks: list[int],
                   stop: frozenset[str] = frozenset()) -> frozenset[int]:
    """Lines that go on from a paragraph's drop cap without a space: the block's first line
    is one capital letter alone, and the line after it opens in lower case with letters
    that stand nowhere else on the page as a word ("Z" / "imbabwean intelligence reports
    ...", "W" / "hatever the final outcome": inline rendering cut the styled first letter
    off its word). A word of its own after the letter ("R" / "is an open source language")
    is mostly found elsewhere on the page, and keeps its space; so does any line after a
    letter that is a word of the language (``stop``: "I" / "paid £8 for ...", "A" /
    "secretary finds ...") and a user's name after its avatar's initial ("F" / "felixen",
    the same letter again). Linear: one count of the page's words."""
    starts = [i + 1 for i in range(len(lines) - 1)
              if blocks[i] == i and blocks[i + 1] == i and len(s := lines[i].strip()) == 1
              and s.isupper() and s.casefold() not in stop]
    if not starts:
        return frozenset()
    rests = {}
    for i in starts:
        rest = lines[i].lstrip()
        m = _LEAD_LETTERS_RE.match(rest)
        if (m is not None and not rest[m.end():m.end() + 1].isalnum()
                and rest[0] != lines[i - 1].strip().casefold()):
            rests[i] = m.group()
    if not rests:
        return frozenset()
    seen: dict[str, int] = {}
    wanted = set(rests.values())
    for line in lines:
        for w in _WORD_RE.findall(line):
            w = w.casefold()
            if w in wanted:
                seen[w] = seen.get(w, 0) + 1
    return frozenset(i for i, w in rests.items() if seen.get(w, 0) <= 1)


def exponent_rests(lines: list[str], blocks: list[int]) -> frozenset[int]:
    """Lines that are a unit's exponent inside their paragraph block ("5000 m" / "2" /
    "Park ...": superscript markup on a line of its own), glued to the unit as block
    rendering prints it ("5000 m2")."""
    return frozenset(i for i in range(1, len(lines))
                     if blocks[i] == blocks[i - 1] and unit_exponent(lines[i - 1], lines[i]))


def paragraphs(lines: list[str], blocks: list[int], keep: list[int],
               glued: frozenset[int] = frozenset()) -> list[str]:
    """Paragraph strings for the kept line indices ``keep`` (ascending); ``glued``: lines
    that go on from the line before without a space (:func:`drop_cap_rests`)."""
    out: list[str] = []
    cur: list[str] = []
    where: set[int] = set()
    last, prev = None, -1
    for i in keep:
        if cur and blocks[i] != last:
            out.append(join_parts(cur, frozenset(where)))
            cur, where = [], set()
        if i in glued and prev == i - 1:
            where.add(len(cur))
        cur.append(lines[i])
        last, prev = blocks[i], i
    if cur:
        out.append(join_parts(cur, frozenset(where)))
    return [p for p in out if p]
