"""Small text measures shared by the rules: tokens, script weights, punctuation.

Every function here is linear in its input and uses patterns that cannot backtrack
catastrophically (single character classes, no nested quantifiers).
"""

from __future__ import annotations

from itertools import pairwise

import regex

# A CJK ideograph/kana/hangul character; one of them carries about as much as a short word.
CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Word tokens: a CJK character alone, otherwise a run of word characters (the same
# tokenisation as the shared scorer, so our length measures agree with its scores).
TOKEN_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+"
)
# Runs of letters (no digits, no underscore) for stop-word lookups.
WORD_RE = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A digit anywhere in a line.
DIGIT_RE = regex.compile(r"\d")
# An ordered list's number alone on its line ("1.", "12)"), to be matched whole on the
# stripped line: inline rendering cuts an item at its link ("1." / "Harvard Business School").
LIST_NUMBER_RE = regex.compile(r"\d{1,3}[.)]")
# Words of a field's label at most: "Cast:" / "Robert De Niro", "Ideal for:" / its value,
# "Weight: 1.3 kg" (join_fragments, the context pass's closing lists, grids).
FIELD_LABEL_WORDS = 3
# A field's value without a figure has at most this many words: a longer one reads as a
# teaser's headline under its kicker ("Rates warning: Brace yourselves for a rise").
FIELD_VALUE_WORDS = 3
# A breadcrumb trail holds one spaced separator this many times or more ("Home » News »
# <headline>"); a headline may hold one ("Tech | Apple") (join_fragments, title).
TRAIL_MIN_MARKS = 2
# A unit's exponent that inline rendering puts on a line of its own (superscript markup:
# "5000 m" / "2" / "Park mit See", "15 Mio. m" / "3"): the exponent, after a number and a
# unit of length; it joins its sentence and is rendered glued to the unit ("5000 m2").
_EXPONENTS = frozenset({"2", "3"})
_UNIT_END_RE = regex.compile(r"\d[ \xa0](?:[kcdmµ]?m|ft|in)$")
# Hard-wrapped text: lines of at least this many characters, at least this many of them,
# ending within WRAP_SLACK columns of one width between _WRAP_MIN_WIDTH and WRAP_MAX.
WRAP_MIN_LINE = 40
_WRAP_MIN_LINES = 8
_WRAP_MIN_WIDTH = 60
WRAP_MAX = 100
WRAP_SLACK = 12
# A tool-filled wrap (filled_wrap): at least this many sure cuts, and at most one in this
# many of them with room left for the next word (a wrap width found a column or two wider
# than the tool's, or a word the tool broke at a hyphen).
_FILL_MIN_CUTS = 3
_FILL_MISS_RATIO = 10
# Characters that end a sentence in Latin, Cyrillic, Greek, CJK, Arabic and Devanagari text.
TERMINAL = frozenset(".!?。！？…؟।")
# Closing quotes and brackets that may follow the terminal mark (German closes „...“ and
# »...« with “ and «: "– „Na gut.“" ends its sentence as "... okay.”" does).
CLOSERS = frozenset("\"'”’»)]）」』】“«")
# Punctuation stripped off both ends of a whitespace-separated word before its stop-word
# look-up ("(the", "and,", "«der»"): the classifier's density and language detection's fit
# count the same words.
EDGE_PUNCT = ".,;:!?\"'“”‘’«»()[]{}—–-…"
# Invisible format characters that normalisation keeps (it removes zero-width spaces and
# joiners only): the invisible operators (function application, times, separator, plus)
# and the bidirectional embeddings and isolates. Some sites end every line of a recipe
# with U+2063; a mark after them still ends the line ("Remove and drain.\u2063").
FORMAT_MARKS = "\u2061\u2062\u2063\u2064\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# A "read also" phrase of up to four words, a colon, dash or link arrow, then the linked
# title: "Lire aussi : Vacances d'hiver : les prix des billets", "À lire aussi » <title>".
# The leading decoration ("» ", "- ") is matched possessively and may hold an apostrophe
# only where no word follows it: with a plain ``\W*`` an apostrophe could be decoration or
# start the first word, and a line of many apostrophes and spaces took time quadratic in
# its length.
LINK_BOX_RE = regex.compile(
    r"^(?:[^\w'’]|['’]+(?![\w'’]))*+[\w'’]+(?:\s+[\w'’]+){0,3}\s*[:：|—–»›-]\s*(\S.{0,200})$"
)

# A Latin-equivalent length weight of one CJK character (a Chinese word is ~1.7 characters
# of ~3 bytes each and carries what ~5 Latin letters carry).
CJK_WEIGHT = 3


# A character at or above U+1100 (Hangul Jamo), the lowest code point that :data:`CJK_RE`
# matches, outside U+1200-U+2E7F, where it matches none (a test checks both over every
# code point): a line without one holds no CJK. That gap holds the typographic quotes,
# dashes and ellipsis of Latin text ("’", "—", "…"), the euro sign and the symbols, which
# sent one line in ten of a Latin page to the property class.
_HIGH_RE = regex.compile(r"[^\x00-\u10ff\u1200-\u2e7f]")


def cjk_count(s: str) -> int:
    """Number of CJK characters in ``s``. Most non-ASCII lines are Latin, Cyrillic or
    Greek text with accents: a scan for a character in the CJK range, eight times faster
    than the property class, rules them out before any character is counted."""
    if s.isascii() or _HIGH_RE.search(s) is None:
        return 0
    return len(CJK_RE.findall(s))


def weighted_len(s: str) -> int:
    """Length in Latin-equivalent characters: CJK characters count :data:`CJK_WEIGHT`."""
    if s.isascii():
        return len(s)
    n = cjk_count(s)
    return len(s) + (CJK_WEIGHT - 1) * n


# A footnote or citation mark after a sentence's stop: "[12]", "[a]", "[note 3]", "[n 1]".
_FOOTNOTE_RE = regex.compile(r"\[(?:\d{1,3}|[a-z]{1,2}|[a-z]{1,5}\.? ?\d{1,3})\]", regex.I)
# The longest footnote mark looked for (its brackets included).
_FOOTNOTE_MAX = 12


def strip_footnotes(s: str) -> str:
    """``s`` without the footnote marks at its end ("... over and over.[15][16]" ->
    "... over and over."): a bounded look-back per mark, linear overall."""
    s = s.rstrip()
    while s.endswith("]"):
        k = s.rfind("[", max(0, len(s) - _FOOTNOTE_MAX))
        if k < 0 or _FOOTNOTE_RE.fullmatch(s, k) is None:
            break
        s = s[:k].rstrip()
    return s


def ends_sentence(s: str) -> bool:
    """Whether ``s`` ends in terminal punctuation (quotes and brackets after it allowed,
    and footnote marks: "... over and over.[15]"). Most lines end in a stop or in a letter
    or digit, which settle it at once (neither is a format mark, a space, a footnote's
    bracket nor a closer)."""
    last = s[-1:]
    if last in TERMINAL:
        return True
    if last.isalnum():
        return False
    s = strip_footnotes(s.rstrip(FORMAT_MARKS))
    while s and s[-1] in CLOSERS:
        s = s[:-1].rstrip()  # "... erneuern. »": a closer that joined from its own line
    return bool(s) and s[-1] in TERMINAL


# Scripts written without spaces between words (Korean Hangul uses spaces, so it is not one).
UNSPACED_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def last_word(s: str) -> str:
    """The last word of ``s`` (letters, an inner apostrophe), or "": read from its last
    40 characters only, since the rules ask it of long lines too."""
    words = WORD_RE.findall(s[-40:])
    return words[-1] if words else ""


def letter_words(text: str) -> float:
    """Words made of letters ("4.8 from 212 votes" has two); CJK characters count half."""
    toks = TOKEN_RE.findall(text)
    n = sum(1 for t in toks if CJK_RE.match(t))
    return sum(1 for t in toks if not t.isdigit() and not CJK_RE.match(t)) + n / 2


def is_unspaced_char(c: str) -> bool:
    """Whether ``c`` belongs to a script written without spaces (Chinese, Japanese), or is
    CJK punctuation: two such characters are joined without a space."""
    if c.isascii():  # most characters asked about; none of them is CJK
        return False
    return bool(UNSPACED_RE.match(c)) or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"


def is_cjk_char(c: str) -> bool:
    """Whether the single character ``c`` is CJK (or CJK punctuation)."""
    return bool(CJK_RE.match(c)) or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"


def compound_rest(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the rest of a compound word whose first part, a link,
    ended ``before``: it opens with a hyphen right before a letter, after a letter, and the
    sentence goes on after the compound in lower case ("KI" / "-Systeme in Autos",
    "Radon" / "-Konzentration im Boden ist"). A list item's dash stands before a space
    ("- Ontario"), or its item has no lower-case word ("-Magnet Preschools" / "-Classical":
    a menu's items dashed without a space); a signed figure has a digit ("-0.24%")."""
    if not (line[:1] == "-" and line[1:2].isalpha() and before[-1:].isalpha()):
        return False
    return any(t[:1].islower() for t in line.split()[1:])


def unit_exponent(before: str, line: str) -> bool:
    """Whether ``line`` is a unit's exponent on a line of its own after ``before``, which
    ends in a number and a unit of length ("5000 m" / "2": superscript markup)."""
    return line.strip() in _EXPONENTS and _UNIT_END_RE.search(before.rstrip()) is not None


def wrap_width(lines: list[str]) -> int | None:
    """The column at which the page's text was hard-wrapped (text browsers and mail-style
    dumps break every paragraph at ~72-80 characters), or ``None`` when it was not.

    A wrapped page has most of its longer lines ending within a few columns of one width,
    and almost none beyond it. Counted with a histogram and a sliding window: linear.
    """
    hist = [0] * (WRAP_MAX + 1)
    longer = beyond = 0
    for s in lines:
        n = len(s)
        if n >= WRAP_MIN_LINE:
            longer += 1
            if n > WRAP_MAX:
                beyond += 1
            else:
                hist[n] += 1
    if longer < _WRAP_MIN_LINES:
        return None
    best, best_n = 0, 0
    window = sum(hist[_WRAP_MIN_WIDTH - WRAP_SLACK:_WRAP_MIN_WIDTH + 1])
    for w in range(_WRAP_MIN_WIDTH, WRAP_MAX + 1):
        if w > _WRAP_MIN_WIDTH:
            window += hist[w] - hist[w - WRAP_SLACK - 1]
        if window > best_n:
            best, best_n = w, window
    over = beyond + sum(hist[best + 1:])
    if best_n * 2 >= longer and over * 10 < longer:
        return best
    return _filled_edge(lines)


# A page whose lines with a space all stop at one column is wrapped there when it holds at
# least this many sure cuts at that column (:func:`_filled_edge`).
_EDGE_MIN_CUTS = 6


def _filled_edge(lines: list[str]) -> int | None:
    """The column at which a page with many short lines was hard-wrapped, or ``None``.

    A page of headlines and menu items of 40-65 characters with a few paragraphs between
    them fails the histogram of :func:`wrap_width` (most longer lines are no wrapped
    paragraph's), yet a tool left a plain edge: no line that holds a space runs past one
    column (a web address alone may), and :data:`_EDGE_MIN_CUTS` lines or more end within
    ``WRAP_SLACK`` columns of it, finish no sentence and go on in lower case, each filled as
    :func:`filled_wrap` asks. Text not wrapped has long paragraphs past any such edge, and
    inline rendering cuts its lines at links anywhere, not filled up to one column."""
    edge = max((len(s.rstrip()) for s in lines if " " in s.strip()), default=0)
    if not _WRAP_MIN_WIDTH <= edge <= WRAP_MAX:
        return None
    cuts, misses = _sure_cuts(lines, edge)
    if cuts >= _EDGE_MIN_CUTS and misses * _FILL_MISS_RATIO <= cuts:
        return edge
    return None


def _sure_cuts(lines: list[str], wrap: int) -> tuple[int, int]:
    """The page's sure cuts at column ``wrap`` (a full line that finishes no sentence before
    a line going on in lower case), and how many of them would have taken the next line's
    first word (:func:`word_fits`): a tool that fills its lines leaves almost none such."""
    cuts = misses = 0
    for cur, nxt in pairwise(lines):
        a, b = cur.rstrip(), nxt.lstrip()
        if len(a) >= wrap - WRAP_SLACK and b[:1].islower() and not ends_sentence(a):
            cuts += 1
            misses += word_fits(a, b, wrap)
    return cuts, misses


def word_fits(cur: str, nxt: str, wrap: int) -> bool:
    """Whether the first word of line ``nxt`` would have fitted on line ``cur`` within
    column ``wrap``."""
    word = nxt.split(None, 1)[0] if nxt.strip() else ""
    return len(cur.rstrip()) + 1 + len(word) <= wrap


def wrap_cut(cur: str, nxt: str, wrap: int) -> bool:
    """Whether the break between line ``cur`` and line ``nxt`` can be a cut made by a tool
    that hard-wrapped the page at column ``wrap``: a line that starts with a capital or a
    digit does not when its first word would have fitted on ``cur`` (a list of headlines
    of 65-75 characters looks full at a wrap of 78, but each next headline's first word
    would have fitted on the line before it). A line going on in lower case or with a
    quote or bracket is a cut whatever its length (inline rendering cuts a wrapped line
    at a link: "general manager of Logitech" / "'" / "s")."""
    first = nxt.lstrip()[:1]
    return not (first.isupper() or first.isdigit()) or not word_fits(cur, nxt, wrap)


def filled_wrap(lines: list[str], wrap: int | None) -> bool:
    """Whether the page hard-wrapped at column ``wrap`` was wrapped by a tool that fills
    every line while the next word fits (``fold``, mail, text browsers), so that
    :func:`wrap_cut` tells a cut from a line the page printed as its own. Text wrapped by
    hand, or in the page's source, breaks its lines anywhere ("16.8% of popular" / "vote.
    Gained 28 seats"): there a line shorter than the wrap is no sign of a line of its own.
    Judged on the sure cuts, a full line that finishes no sentence before a line going on
    in lower case: at least :data:`_FILL_MIN_CUTS` of them, and at most one in
    :data:`_FILL_MISS_RATIO` would have taken the next word."""
    if wrap is None:
        return False
    cuts, misses = _sure_cuts(lines, wrap)
    return cuts >= _FILL_MIN_CUTS and misses * _FILL_MISS_RATIO <= cuts


# A price or offer line of a paywall's or a shop's box ("135,00 EUR / Jahr", "$39.99 USD",
# "Regular price Sale price $39.99 USD", "ab 9,99 € im 1. Monat"): up to four label words, an
# amount with its cents, a currency symbol or code beside it, optionally the period it pays
# for. A headline names a sum in words or round figures ("kostet 30.000 Euro"), not cents.
_CURRENCY = r"(?:[$€£¥]|EUR|USD|CHF|GBP|PLN|Euro|zł|руб\.?)"
_AMOUNT = r"\d{1,3}(?:[.,' ]\d{3}){0,4}[.,]\d{2}"
PRICE_LINE_RE = regex.compile(
    r"(?:\p{L}{1,15}:? ){0,4}"
    rf"(?:{_CURRENCY} ?{_AMOUNT}(?: ?{_CURRENCY})?|{_AMOUNT} ?{_CURRENCY})"
    r"(?: ?(?:/|per|pro|par|im|je|a|al) ?(?:\d{1,2}\. )?\p{L}{1,12}\.?)?")


def price_line(line: str) -> bool:
    """Whether ``line`` is a price or an offer's price (see :data:`PRICE_LINE_RE`): a
    paywall's box over the article is no headline; a shop's price over a product's
    description."""
    return PRICE_LINE_RE.fullmatch(line.strip()) is not None


def string_literal(line: str) -> bool:
    """Whether ``line`` is a string literal of code alone ('"xclip -se c -i"', "'comments'"):
    text wrapped whole in straight quotes, which no sentence or heading is. Inline rendering
    puts each highlighted token of a code sample on a line of its own."""
    raw = line.strip()
    return len(raw) > 2 and raw[0] == raw[-1] and raw[0] in "'\""


def field_row(line: str) -> bool:
    """Whether ``line`` is one row of a table of fields ("Weight: 1.3 kg", "Warranty: 2
    years"): a capitalised label of one to :data:`FIELD_LABEL_WORDS` words, a colon, a
    value. A product's details, an event's facts; the context pass keeps such tables next
    to the article, and the zone openers read one under "Recommended:" as no list of other
    stories."""
    head, colon, tail = line.strip().partition(":")
    return (bool(colon) and bool(tail.strip()) and head[:1].isupper()
            and 1 <= len(head.split()) <= FIELD_LABEL_WORDS)


def short_field_value(value: str) -> bool:
    """Whether ``value``, a field's value, is one of a table of fields rather than a teaser's
    headline under its kicker: it holds a figure ("16 GB", "2 years") or has at most
    :data:`FIELD_VALUE_WORDS` words ("grün", "Windows 11")."""
    return DIGIT_RE.search(value) is not None or len(value.split()) <= FIELD_VALUE_WORDS
