"""Title detection and isolated-island removal."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ..lexicon import CRUFT_CATEGORIES, norm_key
from ..render import join_parts
from ..state import State
from ..text import (
    FIELD_LABEL_WORDS,
    TERMINAL,
    TRAIL_MIN_MARKS,
    ends_sentence,
    last_word,
    letter_words,
    price_line,
    strip_footnotes,
)
from ..types import Label
from .blocks import DATE_REASON
from .classify import features
from .context import CONTENTS_REASON, announced
from .cruft import is_date_line

_TITLE_LOOKBACK = 8
# A headline over its standfirst, or under a kicker, has at most this many words (a
# title-like line of 15 or more after one is its standfirst). It was long written as 12 and
# shadowed by the islands' limit of the same name (25), which the rules read: measured in
# the eleventh session, 12 costs scrapinghub -0.0003 / -0.0005 and htmltotext hr inline
# -0.0027, so 25 it is. A headline of fewer words than the least is a kicker ("Politik").
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MIN_WORDS = 4
# Words of a headline in a list of other stories' headlines (see _ends_headline_list).
_LIST_HEADLINE_WORDS = 12
_STANDFIRST_MIN_WORDS = 15
# Separators of a menu or a breadcrumb trail ("Home » News", "Tech | Apple"), spaced: no
# headline holds them (a German headline opens its quote with "»").
_MENU_MARKS = frozenset("|·•>»/")
# Characters other than letters and digits that a headline may start with.
_TITLE_OPENERS = frozenset("\"'“‘«»„¿¡(")
# A headline that equates two capitalised phrases ("Solidarität = Nachbarschaftshilfe",
# "Zeit = Geld"); a setting has a lower-case key or a figure or a literal as its value.
_EQUATION_HEADLINE_RE = regex.compile(r"\p{Lu}[\p{L}\- ]{0,40} = \p{Lu}[\p{L}\- ]{0,40}$")
# A sentence ends inside the line: a lower-case word, a full stop, a capital.
_SENTENCE_BREAK_RE = regex.compile(r"\p{Ll}{2}[.。] +\p{Lu}")


def _sentence_break(state: State, raw: str) -> bool:
    """Whether a sentence ends inside ``raw`` (see :data:`_SENTENCE_BREAK_RE`): a stop after
    a word that is no lower-case abbreviation of ``abbrev.txt`` ("Chiefs vs. Chargers:
    Recap", "Brot bzw. Kuchen"), which a headline may hold. A capitalised short word
    before the stop is no sign of one: "Vol. IX, Bulletin No. 1", "Dr the Rt. Hon. Jane
    Doe greets ...", an issue's line or a caption, stay refused."""
    for m in _SENTENCE_BREAK_RE.finditer(raw):
        word = raw[max(0, m.start() - 40):m.start() + 2].rsplit(maxsplit=1)[-1].lstrip("\"'“‘(")
        if word.casefold() not in state.lex.abbreviations:
            return True
    return False


def _block_lines(state: State, b: int) -> list[int]:
    """The lines of the block that starts at line ``b``."""
    return list(range(b, state.block_end(b)))


def _one_line(state: State, b: int) -> bool:
    """Whether the block that starts at line ``b`` is one line in the cleaned output: a
    line of its own, or a kept block of several (a headline that inline rendering broke at
    its links), which the output renders as one line. Cleaned again, the output shows the
    kept block so; a test that counted its lines would pick another title then. A dropped
    block of many lines stays what it looks like on the page: a menu, a paragraph."""
    end = state.block_end(b)
    return end == b + 1 or all(state.labels[i] is Label.ARTICLE for i in range(b, end))


def _block_text(state: State, b: int) -> str:
    """The text of the block that starts at line ``b`` as it is rendered: one line."""
    return join_parts([state.lines[i] for i in _block_lines(state, b)]).strip()


# Closing quotation marks (not brackets: "... (U.S.)" may end a headline's aside).
_CLOSING_QUOTES = frozenset("\"'”’»“«」』")
_OPENING_QUOTES = frozenset("\"'“‘„‚«»「『")
# The full stops that end a quoted sentence (not "…": "‘... a onda joj se ukazao Isus…’"
# trails off, as headlines do).
_QUOTE_STOPS = frozenset(".。")


def _quoted_sentence(raw: str) -> bool:
    """Whether ``raw`` is a quoted sentence, the whole line in quotation marks, that ends
    with its full stop inside them ("“Es ist nicht zu wenig Zeit, die wir haben, ...”", "\"The
    Water-Making Spell conjures clean, drinkable water from the end of the wand.\""): a
    motto or an epigraph over the text, or a line of the text itself. A headline quoting
    someone drops the full stop ("»Kein Geld mehr für die Miete«"); one that asks or
    exclaims keeps its mark ("\"Why now?\"")."""
    core = strip_footnotes(raw).strip()
    if not core or core[0] not in _OPENING_QUOTES or core[-1] not in _CLOSING_QUOTES:
        return False  # "LABEL IN CAPITALS: ‘a quote.’": a headline quoting a speaker
    while core and core[-1] in _CLOSING_QUOTES:
        core = core[:-1].rstrip()
    return core[-1:] in _QUOTE_STOPS and not core.endswith("..")  # "...": trails off


def _headline_words(state: State, idx: list[int], raw: str, echoed: bool = False,
                    least: int = 2) -> float:
    """The letter words of block ``idx`` (text ``raw``) if it looks like a headline, else 0.
    ``echoed``: its line is repeated only in the article's text (see :func:`_echoed`) or
    by the page's menu (see :func:`_contents_heading`); ``least``: the fewest words (a
    page heading of one word is known as one by where it stands, not by its words)."""
    if not raw or len(raw) > 200 or (state.rules[idx[0]] == "repeated_lines" and not echoed):
        return 0.0  # a line seen twice on the page is the site's name or a menu item
    if any(state.locked[i] for i in idx) or raw[0].islower() or raw[-1] in ",:;":
        return 0.0
    end = strip_footnotes(raw)[-1:]  # "... Turing-NLG. [1]": a sentence with its note
    if end in TERMINAL and end not in "?!？！":
        return 0.0
    if _quoted_sentence(raw) or any(price_line(state.lines[i]) for i in idx):
        return 0.0
    if (not (raw[0].isalnum() or raw[0] in _TITLE_OPENERS) or "://" in raw
            or ("=" in raw and not _EQUATION_HEADLINE_RE.match(raw))):
        return 0.0  # "[server] port = 8080", "- Source", a web address: not headlines
    if (state.lex.zones.match(norm_key(raw)) or ("", ""))[1] == "exact":
        # a box's or a zone's heading whose opener a guard refused ("Related Articles" next
        # to "12 comments": one menu's items); cleaned again, alone above the text, it is an
        # opener refused as too early, a locked line, and the title would change. Read on
        # the block's joined text: punctuation lines joined to it ("Related Articles" / ")"
        # / ")") print as one line "Related Articles))", which is that opener too
        return 0.0
    if state.labels[idx[0]] is not Label.ARTICLE and any(
            raw.count(f" {c} ") >= TRAIL_MIN_MARKS for c in _MENU_MARKS):
        # "Sie sind hier:» Home » Presse » <headline>": a dropped breadcrumb trail (a trail
        # kept as the article's first line stays a candidate: refused, it would be body)
        return 0.0
    if _sentence_break(state, raw) or state.lex.credit_re.search(raw):
        # "A street in Seville. Photo: Ana Ruiz", "... are Category B. Photo: Al Serey": a
        # caption with its credit, not a headline
        return 0.0
    if "." in raw and _site_name(state, idx, raw):
        return 0.0
    if _byline_like(state, raw):
        return 0.0
    nwords = letter_words(raw)
    return nwords if least <= nwords <= 30 else 0.0


# Words a byline's names (and a role or a comment count after them) may have at most
# ("By Mayank Gupta, CEO of Example Corp", "Por: Ana Pérez, Luis Gil y Eva Ruiz").
_BYLINE_NAMES_MAX = 12
# A lower-case word between a byline's names is a short function word: a conjunction or
# a name's particle ("and", "y", "und", "de", "van"), at most this many letters.
_NAME_JOINER_LETTERS = 3


def _byline_like(state: State, raw: str) -> bool:
    """Whether ``raw`` is a post's byline that the byline rule left unlocked: a byline word
    or phrase of ``byline.txt`` ("By", "Written by", "Por:"), after nothing or after a date
    alone ("September 1st, 2023 By Emily Norwood"), then names: up to
    :data:`_BYLINE_NAMES_MAX` words, the first capitalised, each capitalised, a figure or a
    short lower-case function word ("Written by Ann Lee, Bo Chen, and Cy Diaz", "May 3,
    2017 By Erin Spain 4 Comments", "By Jo Park, CEO of Acme"). The byline rule locks a
    short one; one listing several writers or a role is longer, and as the fullest
    title-like line it beat the headline over it. A headline that opens with "By" goes on
    in lower case ("By the numbers: ...") or is no list of names."""
    toks = raw.split()
    words = state.lex.byline_words
    for k in range(min(len(toks), _BYLINE_NAMES_MAX)):
        n = next((n for n in (2, 1) if k + n <= len(toks)
                  and norm_key(" ".join(toks[k:k + n])) in words), 0)
        if n:
            break
    else:
        return False
    if k and not is_date_line(norm_key(" ".join(toks[:k])), " ".join(toks[:k]),
                              state.lex.date_words):
        return False  # a headline with "by" inside: "Killed by a Bear"
    names = toks[k + n:]
    if not names or len(names) > _BYLINE_NAMES_MAX or not names[0][:1].isupper():
        return False
    joined = False
    for t in names:
        w = t.strip(",;:.()'’\"")
        if w and not (w[0].isupper() or w[0].isdigit()):
            if w != "&" and not (len(w) <= _NAME_JOINER_LETTERS
                                 and w.casefold() in state.lex.stop):
                return False
            joined = True
    # A bare run of capitalised words after the word may be a headline in title case
    # ("Text Messages From Mars", "Author Picks From the Spring List"): a byline shows
    # itself by a date before it, a colon after its word, names listed with commas or a
    # role after one, or names joined by a function word after a byline word that is one
    # too ("by", "von", "por": not a noun such as "Author")
    word = toks[k + n - 1]
    return bool(k) or word.endswith(":") or any(t.endswith(",") for t in names[:-1]) or (
        joined and word.casefold() in state.lex.stop)


# A site's web name as it prints it in its masthead or footer: letters, then one or more
# lower-case domain labels ("Artslink.co.za", "example.com"; not "U.S." or "No. 21").
_SITE_NAME_RE = regex.compile(r"\b\p{L}[\p{L}\d-]{0,40}(?:\.(?-i:[a-z]{2,6})){1,3}\b")
# Words of a masthead: the site's web name and a section word or two ("X.co.za News").
_MASTHEAD_MAX_WORDS = 3


def _site_name(state: State, idx: list[int], raw: str) -> bool:
    """Whether block ``idx`` (text ``raw``) is the site's masthead: a short line (at most
    :data:`_MASTHEAD_MAX_WORDS` words) opening with a web name ("Artslink.co.za News") that
    a dropped line elsewhere on the page prints too (its footer's "© Artslink.co.za 1997
    - 2007"): the site names itself so, a story's headline does not. A headline naming a
    site ("Example.com posts record sales") is longer, or its name is in no footer."""
    words = raw.split()
    if not words or len(words) > _MASTHEAD_MAX_WORDS:
        return False
    m = _SITE_NAME_RE.match(raw)
    if m is None:
        return False
    name = m.group().casefold()
    return any(name in state.lines[i].casefold() for i in range(len(state))
               if i not in idx and state.labels[i] is Label.BOILERPLATE)


# Words of a linked name that inline rendering puts on a line of its own inside a sentence
# ("... rund um unser" / "Halo:Reach Team" / "informieren. ...").
_LINKED_PIECE_WORDS = 3


def _cut_at_link(state: State, idx: list[int], raw: str) -> bool:
    """Whether block ``idx`` (text ``raw``) is the start of a sentence that a link cut, not
    a headline: it ends in a lower-case word, and the next text line is a linked name (one
    to three capitalised words, no final stop, no comma) after which the sentence goes on
    in lower case on an unlocked line ("In dieser News möchten wir euch über das Geschehen
    rund um unser" / "Halo:Reach Team" / "informieren. Denn ..."; "A NEW British TV soap
    starring former" / "Neighbours" / "heartthrob Jason Donovan ..."). A headline is
    followed by its byline, its date or the article's first sentence, which starts with a
    capital ("The" / "global market ..." is such a start: a function word opens it)."""
    word = last_word(raw)
    if not word or not word[0].islower() or raw[-1:] != word[-1:]:
        return False
    j = state.text_neighbour(idx[-1], 1)
    if j is None or state.locked[j]:
        return False
    piece = state.lines[j].strip()
    toks = piece.split()
    if not 1 <= len(toks) <= _LINKED_PIECE_WORDS or ends_sentence(piece):
        return False
    if any(not (t[0].isupper() or t[0].isdigit()) for t in toks) or piece[-1] in ",:;":
        return False
    if toks[0].casefold() in state.lex.stop:
        return False  # "The" / "functools", "We" / "independently evaluate": a sentence
    k = state.text_neighbour(j, 1)
    if k is None or state.locked[k]:
        return False
    # (a letter alone after the piece is a formula's variable: "When" / "a ≠ 0, ...")
    first = state.lines[k].split()[0].strip(",.;:!?")
    return first[:1].islower() and first.isalpha() and len(first) > 1


# A short lower-case function word ending a line leaves its phrase open ("... programs offer
# over", "... auf der", "Photo via"): a headline ends in a word of its own (a noun, a verb).
_OPEN_END_LETTERS = 4
# The next line goes on with the phrase: in lower case, or with a figure and a lower-case
# word ("60 national and international ...", "2017 hiring trends"; not a counter alone).
_GOES_ON_RE = regex.compile(r"\p{Ll}|\d[\d.,]{0,12} \p{Ll}")


def _open_end(state: State, idx: list[int], raw: str) -> bool:
    """Whether block ``idx`` (text ``raw``) ends in a short lower-case function word with
    the phrase going on in the next text line: the start of a sentence or of a headline that
    a link cut ("Florida Atlantic ... programs offer over" / "60 national and international
    certification programs ...", "Stack Overflow published its analysis of" / "2017 hiring
    trends"), not a headline. The next line goes on in lower case, or with a figure and a
    lower-case word; a headline that ends in a pronoun or a verb's particle ("L'Oreal says
    Delta Goodrem's worth it", "Die Preise ziehen an") is followed by its byline, a widget
    or the text's first sentence, which starts with a capital."""
    word = last_word(raw)
    if (not word or not word[0].islower() or len(word) > _OPEN_END_LETTERS
            or raw[-1:] != word[-1:] or word.casefold() not in state.lex.stop):
        return False
    j = state.text_neighbour(idx[-1], 1)
    if j is None or (state.locked[j] and state.rules[j] == "bylines_dates"):
        return False  # "... the truth comes out" / "by" / "Jane Doe": its byline follows
    return _GOES_ON_RE.match(state.lines[j].strip()) is not None


def _answered(state: State, idx: list[int], raw: str) -> bool:
    """Whether block ``idx`` (text ``raw``) is a question that the next text line answers,
    opening with a word of ``answer.txt`` ("Du willst mehr über Ackerflächen erfahren?" /
    "Dann bist du hier genau richtig! ..."; "Looking for a cake?" / "Then ..."): the text's
    first sentence, asking the reader, not a headline. The first sentence under a headline
    that asks does not open by answering it: it starts the story afresh."""
    if raw[-1:] not in "?？":
        return False
    j = state.text_neighbour(idx[-1], 1)
    if j is None:
        return False
    first = state.lines[j].split(maxsplit=1)[:1]
    return bool(first) and first[0].strip(",.;:!?").casefold() in state.lex.answers


# Words of the addressee that a letter's greeting names before its comma ("Liebe Menschen
# Europas,", "Dear fellow members of the board,").
_ADDRESSEE_WORDS = 5


def _greeting(state: State, idx: list[int], raw: str) -> bool:
    """Whether block ``idx`` (text ``raw``) opens with a letter's greeting right over the
    letter's text (the next text line is an article line): a formula of ``greeting.txt``
    ("Liebe", "Dear", "Chers", "Sehr geehrte"), capitalised, then one to
    :data:`_ADDRESSEE_WORDS` words of the addressee, the first no short lower-case
    function word, and a comma ("Liebe Menschen Europas, wo immer Ihr lebt!", "Dear
    friends, I write to you ..."): the first line of an open letter or of a post to its
    readers, which belongs to its text, not a headline. A post's headline that greets its
    readers stands over its byline and date ("Liebe Leser, ein gutes neues Jahr!" / "Von"
    / "Anna"); one that names a greeting has no comma after it ("Dear Prudence"); "Liebe
    in Zeiten der Cholera, ..." (the noun) goes on with "in"."""
    head, sep, _ = raw.strip().partition(",")
    toks = head.split()
    if not sep or len(toks) < 2 or not toks[0][:1].isupper():
        return False
    j = state.text_neighbour(idx[-1], 1)
    if j is None or state.labels[j] is not Label.ARTICLE:
        return False
    for n in (1, 2):
        if n < len(toks) and norm_key(" ".join(toks[:n])) in state.lex.greetings:
            rest = toks[n:]
            return len(rest) <= _ADDRESSEE_WORDS and not (
                rest[0][:1].islower() and len(rest[0]) <= _OPEN_END_LETTERS
                and rest[0].casefold() in state.lex.stop)
    return False


# A field's value of a record: at most this many words ("Johannes Mahler", "40 Stück").
_RECORD_VALUE_WORDS = 6


def _label_line(line: str) -> bool:
    """Whether ``line`` is a field's label alone: one to :data:`~cleanpage.text.FIELD_LABEL_WORDS`
    words and a colon ("Zubereitungszeit:", "Zeit und Ort:"), its value on the next line
    as inline rendering cuts it."""
    line = line.strip()
    return (line.endswith(":") and line[:1].isalpha()
            and 1 <= len(line[:-1].split()) <= FIELD_LABEL_WORDS)


# Fields of a record, each a label over its value, that stand right above a block.
_FIELDS_ABOVE = 2


def _under_fields(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` stands under a record's fields, each a label alone over a
    short value (see :data:`_FIELDS_ABOVE`: "Teilnehmende:" / "Andreas Rudin" /
    "Protokoll:" / "Johannes Mahler" / "Abnahme des letzten Protokolls", a meeting's
    minutes as inline rendering cuts them): the record's next line, not a headline. A
    headline stands over a page's fields, not under them; a widget's label ("Search:",
    "Go back:") is a field of none."""
    j = idx[0]
    for _ in range(_FIELDS_ABOVE):
        value = state.text_neighbour(j, -1)
        if value is None or len(state.lines[value].split()) > _RECORD_VALUE_WORDS:
            return False
        label = state.text_neighbour(value, -1)
        if (label is None or state.locked[label] or state.locked[value]
                or not _label_line(state.lines[label]) or _label_line(state.lines[value])):
            return False
        j = label
    return True


def _agency_last(state: State, raw: str) -> bool:
    """Whether ``raw`` ends in a picture agency's name as a word of its own (``credit.txt``:
    "... from Pixabay", "... / Getty Images"): a photo's credit, not a headline."""
    low = raw.casefold()
    return any(low.endswith(name) and (len(low) == len(name) or not low[-len(name) - 1].isalnum())
               for name in state.lex.credit_ends)


def _doubled(state: State, b: int) -> int | None:
    """The copy of the headline that block ``b`` opens with when the page prints it twice
    in a row, else ``None``: the next text line (blank lines skipped) holds the same words,
    and it is the block's second line or a block of its own; neither copy is locked, and
    the line is title-like with :data:`_HEADLINE_MIN_WORDS` words or more (the
    repeated-lines rule dropped both copies, or ``join_fragments`` joined them with the
    byline under them into one block: "Stack Overflow Jobs Data Shows ..." / the same /
    "Sarah Gooding" / "March 9, 2017"). Many sites print the page's title and its heading
    over the text one under the other; a menu's items, a site's name ("AP Nation/World"
    twice) are too short. The copy returned is the one to take as the title: the second
    when it is a kept line of its own (the first article block), else the first."""
    j = state.text_neighbour(b, 1)
    if j is None or not state.keys[b] or state.keys[j] != state.keys[b]:
        return None
    if state.locked[b] or state.locked[j] or state.block[j] not in (b, j):
        return None
    raw = state.lines[b].strip()
    if state.lines[j].strip().casefold() != raw.casefold():
        return None  # "❯ Pros and Cons ..." under "Pros and Cons ...": a breadcrumb's item
    if not _headline_words(state, [b], raw, echoed=True, least=_HEADLINE_MIN_WORDS):
        return None
    if _agency_last(state, raw):
        return None  # "Image by Jane Doe from Pixabay" twice: a photo's alt text and caption
    key = state.keys[b]
    copies = {i for i in range(len(state)) if i not in (b, j) and state.keys[i] == key}
    if any(state.text_neighbour(i, 1) in copies for i in copies):
        return None  # the pair recurs on the page: a box's heading and its button
    if any(state.labels[i] is Label.ARTICLE for i in copies):
        return None  # a third copy in the text: cleaned again, a line repeated on the page
    if (state.block[j] == j and state.block_end(j) == j + 1
            and state.labels[j] is Label.ARTICLE):
        return j
    return b


# Text lines at most between the two copies of a headline printed twice apart: the post's
# meta lines (a kicker, a date, a byline, a summary) stand between the page's title and
# the heading over the text.
_APART_LINES = 5


def _doubled_apart(state: State, b: int, first: int) -> int | None:
    """The lower copy of the headline that the one-line block ``b`` holds when the page
    prints it twice with the post's meta lines between, else ``None``: the line is on the
    page exactly twice, both copies lines of their own above the first article line
    ``first``, with at most :data:`_APART_LINES` text lines between them and none of them
    an article line, the two copies share no neighbour (the next text line above them, nor
    the one below, holds the same words at both), and it is title-like with
    :data:`_HEADLINE_MIN_WORDS` words or more ("Porting a Parser" / summary / tags /
    "Posted: 2 days ago" / "By Jane Doe" / "Porting a Parser" / text). Many sites print
    the page's title in the header and again over the text, the meta lines between; the
    lower copy stands over the text as the heading. A menu's item is shorter; a box's
    headline printed twice has its copies far apart or one of them after the text's
    start."""
    if not _own_line(state, b) or state.locked[b] or not state.keys[b]:
        return None
    key = state.keys[b]
    copies = [i for i in range(len(state)) if i != b and state.keys[i] == key]
    if len(copies) != 1 or not b < copies[0] < first:
        return None
    j = copies[0]
    if state.locked[j] or not _own_line(state, j):
        return None
    between = [i for i in range(b + 1, j) if not state.is_blank(i)]
    if (not between or len(between) > _APART_LINES
            or any(state.labels[i] is Label.ARTICLE for i in between)):
        return None  # (next to each other: see _doubled)
    raw = state.lines[j].strip()
    if state.lines[b].strip().casefold() != raw.casefold():
        return None
    for step in (-1, 1):
        nb, nj = state.text_neighbour(b, step), state.text_neighbour(j, step)
        if nb is not None and nj is not None and state.keys[nb] == state.keys[nj] != "":
            return None  # a menu or a byline printed twice keeps its neighbours (`Sign In` /
            # `Start Free Trial` twice, a byline over the same date twice)
    if not _headline_words(state, [j], raw, echoed=True, least=_HEADLINE_MIN_WORDS):
        return None
    return None if _agency_last(state, raw) else j


# What a headline that the article's text repeats counts over its words: it wins a tie
# with a tagline of as many words ("Harbour of Valmora" over "From the encyclopedia").
_ECHO_BONUS = 0.5


def _echoed(state: State, b: int, first: int) -> bool:
    """Whether the one-line block ``b``, a line repeated on the page, is repeated only by
    article lines after ``first``: an encyclopedia's headline that its first sentence
    names again ("The" / "Harbour of Valmora" / "is a natural harbour ..." when links cut
    the sentence: the copy is part of a paragraph's block), not a site's name or a menu
    item (those repeat outside the text) nor an entry of a table of contents (its copy is
    a section heading, a block of its own)."""
    if state.block_end(b) != b + 1 or state.rules[b] != "repeated_lines":
        return False
    key = state.keys[b]
    copies = [i for i in range(len(state)) if i != b and state.keys[i] == key]
    return bool(copies) and all(
        i > first and state.labels[i] is Label.ARTICLE
        and state.block_end(i) - state.block[i] > 1  # inside a paragraph, not a heading
        for i in copies)


def _article_after(state: State, last: int) -> bool:
    """Whether article text comes anywhere after line ``last``: the dropped lines between
    are gone from the output, where the text stands right under it, so the first article
    block is a headline candidate on the page as in its cleaned output."""
    return any(state.labels[j] is Label.ARTICLE for j in range(last + 1, len(state)))


def _article_follows(state: State, last: int) -> bool:
    """Whether article text comes within three lines after line ``last``."""
    seen = 0
    for j in range(last + 1, len(state)):
        if state.is_blank(j) or state.locked[j]:
            continue
        if state.labels[j] is Label.ARTICLE:
            return True
        seen += 1
        if seen >= 3:
            return False
    return False


def _next_text_up(state: State, i: int) -> int | None:
    """The next line before ``i`` that is neither blank nor locked."""
    for j in range(i - 1, -1, -1):
        if not state.is_blank(j) and not state.locked[j]:
            return j
    return None


def _own_line(state: State, i: int) -> bool:
    """Whether line ``i`` is a block of its own (a heading, a menu item)."""
    return state.block[i] == i and state.block_end(i) == i + 1


# Entries a page's table of contents lists at least (one entry is a menu's item or a
# "Back to top" link, not a list of the page's sections).
_CONTENTS_MIN_ENTRIES = 2


def _contents_heading(state: State, first: int) -> int | None:
    """The page's own heading right above its first article line ``first``, under the
    page's table of contents, or ``None``.

    A documentation page's sidebar lists every page, the current one too, then the page
    lists its own sections ("On this page" / "Configuration file" / "Environment
    variables") and prints its name as the heading over the text ("Configuration"). That
    heading is a line repeated on the page, which is no headline elsewhere (a site's name,
    a menu item), and often one word. It is taken when it is the next text line up from
    the article (blank and locked lines skipped), a line of its own that only
    ``repeated_lines`` dropped, printed once before (the menu) and never after; and when
    the :data:`_CONTENTS_MIN_ENTRIES` or more text lines right above it are the table of
    contents: lines of their own, each printed once more after the heading as an article
    line of its own (the section's heading in the text), in the same order, with another
    line between them and the heading's copy; the line after the copy is no line of the
    text (a list of sections whose first entry is the copy, a FAQ's questions, lists the
    text's first section, not the page). A section name
    that a news site's menu lists and prints again over the text ("Television") has no
    table of contents of the text between."""
    j = _next_text_up(state, first)
    if j is None or not _own_line(state, j) or state.rules[j] != "repeated_lines":
        return None
    key = state.keys[j]
    copies = [k for k in range(len(state)) if k != j and state.keys[k] == key]
    if len(copies) != 1 or copies[0] > j:
        return None  # a menu item or widget line printed under the text too
    after: dict[str, list[int]] = {}
    for k in range(j + 1, len(state)):
        if state.keys[k]:
            after.setdefault(state.keys[k], []).append(k)
    entries, below, i = 0, len(state), _next_text_up(state, j)
    while i is not None and i > copies[0] and _own_line(state, i):
        later = after.get(state.keys[i], [])
        if (len(later) != 1 or later[0] >= below or state.labels[later[0]] is not Label.ARTICLE
                or not _own_line(state, later[0])):
            break
        entries, below, i = entries + 1, later[0], _next_text_up(state, i)
    if entries < _CONTENTS_MIN_ENTRIES or i is None or i <= copies[0]:
        return None
    nxt = state.text_neighbour(copies[0], 1)
    if nxt is not None and nxt < j and state.keys[nxt] in after:
        return None  # the copy heads a list of the page's sections (a FAQ's questions),
        # the first of which stands over the text: no menu's item
    raw = state.lines[j].strip()
    return j if _headline_words(state, [j], raw, echoed=True, least=1) else None


def _top_heading(state: State, first: int) -> int | None:
    """The page's first line as its heading when no headline was found: a line of its own,
    not locked, title-like (one word allowed), with nothing above it and only blank lines
    between it and the first article line ``first``. A cleaned output whose title is one
    word ("Configuration", a documentation page's heading) shows it so; cleaned again, the
    line would otherwise be a short line with no article above it, dropped."""
    j = _next_text_up(state, first)
    if (j is None or state.labels[j] is Label.ARTICLE or not _own_line(state, j)
            or any(not state.is_blank(k) for k in range(j))
            or any(not state.is_blank(k) for k in range(j + 1, first))):
        return None
    return j if _headline_words(state, [j], state.lines[j].strip(), least=1) else None


# Lines of a headline on a hard-wrapped page (25 words at 78 columns), as many as the
# title rule's candidates may have.
_WRAPPED_HEADLINE_LINES = 3


def _headline_above(state: State, b: int, scored: dict[int, float]) -> int | None:
    """The block of a headline above the long title-like block ``b`` (its standfirst:
    "»Kein Geld mehr für die Miete«" / "In den Vereinigten Staaten trommeln Aktivisten für
    ..."), or ``None``: the fullest candidate (``scored``: block start to headline words)
    before it of one line, 4 to 25 words and no menu separators (a breadcrumb trail). On a
    hard-wrapped page a headline of 14 words takes two lines: there one block of up to
    :data:`_WRAPPED_HEADLINE_LINES` lines counts as its one line."""
    best: int | None = None
    lines = _WRAPPED_HEADLINE_LINES if state.wrap is not None else 1
    for j, words in scored.items():
        if (j < b and (_one_line(state, j) or state.block_end(j) - j <= lines)
                and _HEADLINE_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS
                and not any(f" {c} " in _block_text(state, j) for c in _MENU_MARKS)
                and (best is None or words > scored[best])):
            best = j
    return best


def _next_text(state: State, i: int) -> int | None:
    """The next line after ``i`` that is neither blank nor locked (a byline, a date)."""
    for j in range(i + 1, len(state)):
        if not state.is_blank(j) and not state.locked[j]:
            return j
    return None


# A post's meta line under its headline opens with a numeric date ("11.12.2019 - Amelie
# Loevenich", "01.02.2022 Allgemein", "2021-11-02 | News") and has at most this many words.
_META_DATE_RE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
_META_MAX_WORDS = 8
# Over such a date line a headline may be shorter ("FINA Weltmeisterschaften VERSCHOBEN"):
# the date marks it as the post's own, not a kicker.
_DATED_HEADLINE_MIN_WORDS = 3


def _meta_line(raw: str) -> bool:
    """Whether ``raw`` is a post's meta line: a numeric date first, a few words after it."""
    raw = raw.strip()
    return _META_DATE_RE.match(raw) is not None and len(raw.split()) <= _META_MAX_WORDS


# Words of the place that a press release's dateline names before its date.
_DATELINE_PLACE_WORDS = 3


def _place_date(state: State, raw: str) -> bool:
    """Whether ``raw`` is a press release's dateline: a place of one to three capitalised
    words, a comma, and a date alone ("Hamburg, 2. November 2021", "Bad Homburg, 12.03.2021",
    "Lyon, le 3 mars 2022"), which stands between a headline and its standfirst as a post's
    meta line does. A headline holds more after its comma than a date."""
    head, sep, tail = raw.strip().partition(", ")
    toks = head.split()
    if not sep or not 1 <= len(toks) <= _DATELINE_PLACE_WORDS:
        return False
    if any(not (t[0].isupper() and t.replace("-", "").isalpha()) for t in toks):
        return False
    return is_date_line(norm_key(tail), tail, state.lex.date_words)


# A headline above its standfirst may have as many words as the standfirst when both are
# long ("Neue Ideen ... präsentieren innovative Ideen" over "Preisträger ... in Nürnberg", 13
# words each): cleaned again, the headline wins the tie so. Short lines of as many words are
# a link over the headline ("Go to the front page" / "More pain for the keeper").
_TIE_MIN_WORDS = 8


# A date's label over its timestamp ("Date" / "February 5, 2020", "Datum:"): at most this
# many words.
_DATE_LABEL_WORDS = 2
# The byline rule's reason, and its timestamps' (see cruft.bylines_dates).
_BYLINE_REASON = "byline"
_TIMESTAMP_REASON = "timestamp"
# Over the post's byline a headline may be shorter still ("Zeit = Geld" / "von Anna Muster").
_BYLINED_HEADLINE_MIN_WORDS = 2


def _date_label(state: State, j: int) -> bool:
    """Whether line ``j`` is a date's label alone right over its timestamp: a line of its
    own of one or two letter words ("Date", "Datum:", "Veröffentlicht am") whose next text
    line is a timestamp that the byline rule locked. It belongs to the post's meta lines
    between headline and text, as the timestamp does."""
    raw = state.lines[j].strip()
    if (state.block_end(j) != j + 1 or not raw[:1].isalpha() or raw[-1:] in TERMINAL
            or not 1 <= letter_words(raw) <= _DATE_LABEL_WORDS
            or len(raw.split()) > _DATE_LABEL_WORDS):
        return False
    k = state.text_neighbour(j, 1)
    return (k is not None and state.locked[k] and state.rules[k] == _TIMESTAMP_RULE
            and state.reasons[k].startswith(_TIMESTAMP_REASON))


def _after_separator(state: State, j: int) -> bool:
    """Whether the text line right above line ``j`` is a menu separator alone (">", "»",
    "|"): ``j`` is the last item of a breadcrumb trail or a menu, not a headline."""
    k = state.text_neighbour(j, -1)
    mark = state.lines[k].strip() if k is not None else ""
    return len(mark) == 1 and mark in _MENU_MARKS


def _cleaned_title(state: State, j: int, b: int) -> bool:
    """Whether line ``j`` opens the page right above block ``b``, a blank line between:
    the title line of an output cleaned before, whose byline under it was dropped then. It
    counts as standing over the byline, as it did on the page ("Zeit = Geld" / "von Anna
    Muster" / standfirst cleans to "Zeit = Geld" / standfirst), so cleaning the output
    again takes the same headline."""
    return (state.text_neighbour(j, -1) is None and state.text_neighbour(j, 1) == b
            and b > j + 1)  # a blank line between, as cleaned output parts its blocks


def _shorter_headline_above(state: State, b: int, words: float,
                            scored: dict[int, float], bylined: bool = False) -> int | None:
    """The headline right above the title-like block ``b`` of ``words`` words: the next
    text line up (blank and locked lines skipped, and one post's meta line that opens with
    a date: "11.12.2019 - Amelie Loevenich", or a press release's dateline: "Hamburg, 2.
    November 2021", and a date's label over its timestamp: "Date" / "February 5, 2020"),
    a candidate of ``scored`` of one line, 4 to 25 words (3 over a line that opens with a
    numeric date), fewer than ``b``'s (as many when both have :data:`_TIE_MIN_WORDS` or
    more), and no menu separators; else ``None``. Over the post's byline (a line the byline
    rule locked among the lines skipped) two words are enough, spelled apart ("Zeit =
    Geld" / "von Anna Muster"; "Trading/Brokers" is a section's path, a menu's item),
    and not under a menu separator alone (">" / "News": a breadcrumb trail's last item).
    ``bylined``: only a headline over the
    post's byline counts (a line the byline rule locked among the lines skipped): ``b``
    stands under the post's byline and date, in the post's text (a photo's heading over
    its caption), and the headline is the line over them."""
    j, dated, meta, byline = b - 1, False, False, False
    while j >= 0:
        if not state.is_blank(j):
            if not state.locked[j]:
                if _date_label(state, j):
                    j -= 1
                    continue
                if meta or state.block_end(j) != j + 1 or not (
                        _meta_line(state.lines[j]) or _place_date(state, state.lines[j])):
                    break
                meta = True  # one post's date line between headline and standfirst
            elif state.rules[j] == _TIMESTAMP_RULE and state.reasons[j] == _BYLINE_REASON:
                byline = True
            dated = dated or _META_DATE_RE.match(state.lines[j].strip()) is not None
        j -= 1
    least = _DATED_HEADLINE_MIN_WORDS if dated else _HEADLINE_MIN_WORDS
    top = j >= 0 and not byline and _cleaned_title(state, j, b)
    if byline:
        least = _BYLINED_HEADLINE_MIN_WORDS
    if j < 0 or (bylined and not byline and not top):
        return None  # (a cleaned output's first line of any length counts as over its
        # byline: the title of the output cleaned before; a raw page has no blank line
        # under its first line and the one line under that, as a cleaned output has)
    j = state.block[j]
    if j not in scored:
        return None
    n = scored[j]
    if top and n < _HEADLINE_MIN_WORDS:
        least = _BYLINED_HEADLINE_MIN_WORDS  # it was a short headline over its byline
    if n < _HEADLINE_MIN_WORDS and (len(_block_text(state, j).split()) < least
                                    or _after_separator(state, j)):
        return None  # "Trading/Brokers": a section's path, a menu's item over the byline;
        # "Home" / ">" / "Formel 1" / ">" / "News": a breadcrumb trail's last item
    if (_one_line(state, j) and least <= n <= _HEADLINE_MAX_WORDS
            and (n < words or n == words >= _TIE_MIN_WORDS)
            and not any(f" {c} " in _block_text(state, j) for c in _MENU_MARKS)
            and not _ends_headline_list(state, j)):
        return j
    return None


_UNDER_HEADLINE_BYLINE = "byline under the headline"


def _over_byline(state: State, starts: list[int], b0: int, first: int,
                 scored: dict[int, float]) -> tuple[int, int | None]:
    """An unlocked byline (see :func:`_byline_like`) that stands right before the article
    (the first article block, or the text line right above the first article line
    ``first``), and the headline over it or ``None``; ``(-1, None)`` without such a byline.
    The headline is the text line right above the byline (blank lines between only), a
    candidate of ``scored`` of one line and 4 to 25 words (see
    :func:`_shorter_headline_above`; "Einmal zahlen, alles lesen" / "Am 13. November 2019
    Von Henry In Aktuell" / the text). The byline rule locks a short byline, and the
    headline over it counts as right before the text; a longer one is refused as a
    headline and marks the line over it so too. With a locked line between (the headline
    locked as a caption printed twice) the line over them is a menu's item."""
    for b in starts:
        if ((b == b0 or _next_text(state, _block_lines(state, b)[-1]) == first)
                and _byline_like(state, _block_text(state, b))):
            head = _shorter_headline_above(state, b, float("inf"), scored)
            if head is not None and state.text_neighbour(b, -1) != _block_lines(state, head)[-1]:
                head = None  # a locked line between (a caption, the headline printed
                # twice): the line over it is a menu's item
            return b, head
    return -1, None


# Headline-like lines right above a headline that make it the last item of a list of
# other stories' headlines ("Trending now" / three headlines / the article's headline).
_HEADLINE_LIST_ABOVE = 2


def _ends_headline_list(state: State, j: int) -> bool:
    """Whether line ``j`` closes a list of headlines: each of the
    :data:`_HEADLINE_LIST_ABOVE` text lines right above it is a dropped line of its own
    block with 4 to 12 words and no sentence end, as a headline is ("Two arrested after
    shop break-in" / "Mayor's charity walk raises £12,000" / "School named best in county"
    over the article's real headline, which reads as a standfirst). A headline over its
    standfirst has a kicker, a date or a menu above it, not other headlines."""
    for _ in range(_HEADLINE_LIST_ABOVE):
        k = state.text_neighbour(j, -1)
        if k is None or state.labels[k] in (Label.ARTICLE, Label.TITLE):
            return False
        line = state.lines[k]
        if (state.block[k] != k or state.block_end(k) != k + 1 or ends_sentence(line)
                or not _HEADLINE_MIN_WORDS <= letter_words(line) <= _LIST_HEADLINE_WORDS
                or any(f" {c} " in line for c in _MENU_MARKS)):
            return False
        j = k
    return True


# A standfirst reads as a phrase of the article's language: at least this share of its
# words are stop words (a second headline of a teaser list, "Rhode Island Rams fall one
# place, to No. 23, in latest AP poll", has fewer).
_STANDFIRST_STOP = 0.35
# Marks of a link to the previous or next post ("« Older post title", "Title »").
_PAGER_MARKS = "«»‹›"


def _standfirst_like(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` reads as a standfirst: words of a phrase with enough stop
    words, not a post's meta line (a date first: "21/06/2014 Tony Carter All, Books"), a
    menu ("Celebrity • Movie • Music") or a link to the next post ("... bei der RLS »")."""
    raw = join_parts([state.lines[i] for i in idx]).strip()
    if not raw or raw[0].isdigit() or raw[0] in _PAGER_MARKS or raw[-1] in _PAGER_MARKS:
        return False
    if any(f" {c} " in raw for c in _MENU_MARKS):
        return False
    return features(state, idx).stop_density >= _STANDFIRST_STOP


def _after_kicker(state: State, b0: int) -> int | None:
    """The block after the first article block ``b0`` when ``b0`` is a kicker over it: one
    line of fewer than :data:`_HEADLINE_MIN_WORDS` words that ends no sentence ("Comunicati
    stampa", "Politik") right above an article block that the text goes on after (a
    headline that reads as prose, which the context pass kept ``b0`` as a subheading of);
    else ``None``."""
    kicker = state.lines[b0].strip()
    if (state.block_end(b0) != b0 + 1 or letter_words(kicker) >= _HEADLINE_MIN_WORDS
            or not kicker or not kicker[0].isalnum() or kicker[-1] in ",:;"
            or ends_sentence(kicker)):
        return None  # not a label ("Dear Yahoo!:", "[english]", a sentence)
    up = b0 - 1
    while up >= 0 and state.is_blank(up):
        up -= 1
    if up < 0:
        return None  # the page's first line: the title of text cleaned before, no kicker
    if not state.locked[up] and letter_words(state.lines[up]) >= _HEADLINE_MIN_WORDS:
        return None  # under a headline (the title of text cleaned before): no kicker
    j = _next_text(state, b0)
    if (j is None or state.block_end(j) != j + 1 or state.labels[j] is not Label.ARTICLE
            or not _HEADLINE_MIN_WORDS <= letter_words(state.lines[j]) <= _HEADLINE_MAX_WORDS
            or state.lines[j].rstrip().endswith(("?", "？"))):
        return None  # a paragraph's first line, or the first of a list of questions
    return j if _article_follows(state, _block_lines(state, j)[-1]) else None


def _doubled_stays(state: State, twice: int, scored: dict[int, float],
                   best: list[int] | None) -> bool:
    """Whether the headline printed twice, line ``twice``, is still the title when the
    output is cleaned again, where it stands once, over the article: no article block that
    is a candidate (``scored``: block start to headline words) has as many headline words,
    unless it is the fullest candidate ``best`` and reads as a standfirst under a headline
    of 4 to 12 words, no more than its own (the standfirst rule finds it so). Else the other
    block would be the title of the cleaned output ("25. Januar 2022 (DJV/FWR)
    Berlin/Ratingen" kept under "\"Wir sind tief erschüttert\"" twice)."""
    words = letter_words(state.lines[twice])
    for b, n in scored.items():
        if (n < words or state.labels[b] is not Label.ARTICLE or b == state.block[twice]
                or state.keys[b] == state.keys[twice]):
            continue
        if not (best is not None and b == best[0] and _standfirst_like(state, best)
                and _HEADLINE_MIN_WORDS <= words <= _LIST_HEADLINE_WORDS and words <= n):
            return False
    return True


def _take_doubled(state: State, twice: int, best: list[int] | None,
                  firsts: tuple[int, int | None], first: int) -> None:
    """Take line ``twice``, a headline printed twice in a row (see :func:`_doubled`), as
    the title. The fullest candidate ``best`` under it that stands right before the article
    (``firsts``: the first article block and the one after its kicker; ``first``: the first
    article line) and reads as a standfirst is kept as the article's standfirst, as under
    any headline ("23.01.2022 - Dorothea Wierer darf ... jubeln" twice / "Zwei Mal ging sie
    heuer in Antholz leer aus, doch ...")."""
    if (best is not None and best[0] > twice and state.block[twice] != best[0]
            and state.keys[best[0]] != state.keys[twice]  # (not its copy)
            and (best[0] in firsts or _next_text(state, best[-1]) == first)
            and _standfirst_like(state, best)):
        for i in best:
            state.decide(i, Label.ARTICLE, "standfirst under the headline")
    state.decide(twice, Label.TITLE, "headline printed twice before the article")
    state.title_index = twice


def _text_headings(state: State, first: int) -> frozenset[str]:
    """The keys of the text's section headings: article lines of a block of their own
    after the first article line ``first``."""
    return frozenset(state.keys[i] for i in range(first + 1, len(state))
                     if state.keys[i] and state.labels[i] is Label.ARTICLE and _own_line(state, i))


def _contents_entry(state: State, i: int, headings: frozenset[str]) -> bool:
    """Whether line ``i``, above the article, is an entry of the page's table of contents
    between the headline and the text: a dropped line of its own that the text prints
    again as a section heading (``headings``), next to another such line (one line alone
    so is the headline that a box in the text prints again). A list of the text's sections
    ("Why it matters" / "How to start" / "FAQ") under the headline and its byline is no
    headline,
    and it does not count towards the look-back: the headline stands over it. The other
    line holds other words: a list names each section once, and a line next to its own
    copy is a headline printed twice in a row (the page's title over its heading, a
    question the text's first section asks again)."""
    return _listed(state, i, headings) and any(
        j is not None and state.keys[j] != state.keys[i] and _listed(state, j, headings)
        for j in (state.text_neighbour(i, -1), state.text_neighbour(i, 1)))


def _listed(state: State, i: int, headings: frozenset[str]) -> bool:
    """Whether line ``i`` is a dropped line of its own that the text prints again as a
    section heading (``headings``)."""
    return (state.labels[i] is not Label.ARTICLE and _own_line(state, i)
            and state.keys[i] in headings)


_OPENING_TITLE_REASON = "short line between the opening headline and the article"


def _under_opening_title(state: State) -> None:
    """A short line that the context pass dropped right under a one-line headline that
    opens the page, with article text right under it, all three parted by blank lines,
    is the article's: a dateline, a deck or a first subheading (headline / "Jan 12, 2008
    2:04 AM by Staff" / text). That is the shape of a cleaned output (the title, then the
    body's paragraphs, a blank line between each two): the first cleaning kept the line,
    and with nothing above the headline it is no menu's item, so cleaning the output again
    must keep it too. Only a one-line block that the context pass judged (no lexicon
    phrase, no locked line), with an article line as the next text line; a page's own
    first lines, a headline over a site's name with no blank line between, stay as judged."""
    t = state.title_index
    if (t is None or state.text_neighbour(t, -1) is not None or state.block[t] != t
            or state.block_end(t) != t + 1):
        return
    j = state.text_neighbour(t, 1)
    if (j is None or j == t + 1 or state.labels[j] is not Label.BOILERPLATE or state.locked[j]
            or state.rules[j] != "context" or state.cf[j] != "short"
            or state.block[j] != j or state.block_end(j) != j + 1):
        return
    k = state.text_neighbour(j, 1)
    if k is not None and k > j + 1 and state.labels[k] is Label.ARTICLE:
        state.decide(j, Label.ARTICLE, _OPENING_TITLE_REASON)


def title(state: State) -> None:
    """The headline (:func:`_headline`), then the short line under a headline that opens
    the page (:func:`_under_opening_title`)."""
    _headline(state)
    _under_opening_title(state)


def _headline(state: State) -> None:
    """The headline: the fullest title-like block among the few lines before the article.

    Bylines, dates, share bars and captions often sit between headline and text, so the
    rule looks back over up to eight lines that no lexicon rule removed (those are skipped,
    not counted) from the first article line and takes the candidate with the most words
    (a headline is longer than "Image credit: X"). Lines repeated on the page (the site's
    name) and lines holding a sentence break (captions) are not headlines. Candidates are
    whole blocks, as they will be rendered, so cleaning the output again picks the same.
    """
    first = next((i for i in range(len(state)) if state.labels[i] is Label.ARTICLE), None)
    if first is None:
        return
    starts: list[int] = []
    # The first article block may itself be the headline when article text comes after it
    # (anywhere: cleaned again, the dropped lines between are gone).
    b0 = state.block[first]
    if _article_after(state, _block_lines(state, b0)[-1]):
        starts.append(b0)
    # ...or the block after it, when the first is a kicker kept as a subheading.
    b1 = _after_kicker(state, b0)
    if b1 is not None:
        starts.append(b1)
    seen = 0
    i = first - 1
    # Entries of a table of contents between headline and text are skipped, not counted;
    # ``near``: the candidates below the first of them (those above it are reached only so).
    headings, near = _text_headings(state, first), None
    while i >= 0 and seen < _TITLE_LOOKBACK:
        if not state.is_blank(i) and not state.locked[i]:
            if _contents_entry(state, i, headings):
                near = len(starts) if near is None else near
            else:
                seen += 1
                if state.block[i] not in starts:
                    starts.append(state.block[i])
        i -= 1
    # A headline printed twice in a row among the candidates is the page's own title over
    # its heading, whatever else stands near (the closest to the text first).
    twice = next((t for t in map(functools.partial(_doubled, state), starts) if t is not None),
                 None)
    if twice is None:
        # ...or printed twice with the post's meta lines between (the lower copy)
        twice = next((t for b in starts if (t := _doubled_apart(state, b, first)) is not None),
                     None)
    best: list[int] | None = None
    best_words = 0.0
    scored: dict[int, float] = {}
    near_words = 0.0
    for k, b in enumerate(starts):
        idx = _block_lines(state, b)
        if len(idx) > 3 and not _one_line(state, b):
            continue  # a paragraph or a menu, not a headline
        echoed = _echoed(state, b, first)
        raw = join_parts([state.lines[i] for i in idx])
        words = 0.0 if _cut_at_link(state, idx, raw.rstrip()) or _open_end(
            state, idx, raw.rstrip()) or _answered(state, idx, raw.rstrip()) or _under_fields(
            state, idx) or _greeting(state, idx, raw) else _headline_words(
            state, idx, raw, echoed)
        if echoed and words:
            words += _ECHO_BONUS
        scored[b] = words
        if b in (b0, b1) and k < (len(starts) if near is None else near):
            near_words = max(near_words, words)
        if words > best_words and (near is None or k < near
                                   or near_words < _HEADLINE_MIN_WORDS):
            # a headline below the table of contents (its first article line, a kicked
            # headline) stays the title: the lines above it are the site's menus
            best, best_words = idx, words
    if twice is not None and _doubled_stays(state, twice, scored, best):
        _take_doubled(state, twice, best, (b0, b1), first)
        return
    contents = _contents_heading(state, first)
    if contents is not None and (best is None or best[0] != b0):
        # the page's heading under its table of contents, over the text: the line the
        # rule would take instead is a menu's item or a table of contents' entry
        state.decide(contents, Label.TITLE, "page heading under its table of contents")
        state.title_index = contents
        return
    byline, over = _over_byline(state, starts, b0, first, scored)
    if over is not None and (best is None or best[0] <= over):
        # the headline right over the post's byline, which stands right over the text,
        # wins over a fuller line further up (the site's tagline, a menu's teaser); the
        # byline kept as the article's first line goes, as a locked one does
        best, best_words = _block_lines(state, over), scored[over]
        for i in _block_lines(state, byline):
            if state.labels[i] is Label.ARTICLE and not state.locked[i]:
                state.decide(i, Label.BOILERPLATE, _UNDER_HEADLINE_BYLINE)
    kicked = best is not None and b1 is not None and best[0] == b1
    if best is not None:
        # (the block under a kicker counts as right before the article, the kicker as
        # the line above it: "01.02.2022" / "Allgemein" / standfirst)
        adjacent = best[0] == b0 or kicked or _next_text(state, best[-1]) == first
        standfirst = adjacent and _standfirst_like(state, best)
        head: int | None = None
        if best_words >= _STANDFIRST_MIN_WORDS:
            head = _headline_above(state, best[0], scored)
        elif adjacent:
            head = _shorter_headline_above(state, b0 if kicked else best[0], best_words,
                                           scored, bylined=not standfirst)
        if head is not None:
            if standfirst:
                # The fullest line right before the article, under a shorter headline, is
                # the article's standfirst ("Grüner Wasserstoff – das Schlüsselelement ..."
                # / "Mark Helfrich über das gewaltige Potenzial der Technologie ...").
                for i in best:
                    state.decide(i, Label.ARTICLE, "standfirst under the headline")
            best = _block_lines(state, head)
    if kicked:
        for i in _block_lines(state, b0):
            state.decide(i, Label.BOILERPLATE, "kicker above the headline")
    if best is not None:  # _headline_words already refused locked lines
        for i in best:
            state.decide(i, Label.TITLE, "headline before the article")
        state.title_index = best[0]
        return
    top = _top_heading(state, first)
    if top is not None:
        state.decide(top, Label.TITLE, "heading on the page's first line")
        state.title_index = top


# From this many clusters of article text on a page, they are posts of a thread (forums,
# Q&A, comment-style pages, lists of records), not a text and its footer blurbs.
_THREAD_CLUSTERS = 5
# An island this long is a text of its own (a second section, a long post), not a blurb.
_ISLAND_KEEP_WORDS = 150
# An island of headlines only (no line ends a sentence) goes up to this share of the main
# text's words: a list of other stories far below a short article.
_HEADLINE_ISLAND_SHARE = 0.5


def islands(state: State) -> None:
    """Drop small article islands far from the main text (footer blurbs, sidebars).

    Article lines are grouped into clusters separated by more than ``params.island_gap``
    non-blank non-article lines; clusters with under a fifth of the largest one's words
    become boilerplate, and so do clusters of teaser cards alone (:func:`_teaser_cards`) with
    under half its words, however long. A cluster before the largest one that ends in a
    finished sentence (or in the list or table heads that a sentence of it ending in a colon
    announces), with no more than one line of page chrome (lexicon, timestamp, zone; not a
    photo credit, nor a comment heading refused as too early, which closes a short post
    above its comments) between it and the next cluster, is the article's intro over a
    long list, not an island; so is one right before the main cluster that ends in a
    finished sentence with page chrome and a few short lines alone between
    (:func:`_deck_over_chrome`): the article's deck; so is one that opens with a section
    heading of the page's table of contents (:func:`_listed_section`). The main cluster's
    own short end after the page's chrome printed again goes too (:func:`_chrome_tail`).
    Unlocked verdicts only.
    """
    gap_limit = state.params.island_gap
    clusters: list[list[int]] = []
    gap = gap_limit + 1
    for i in range(len(state)):
        if state.labels[i] in (Label.ARTICLE, Label.TITLE):
            if gap > gap_limit or not clusters:
                clusters.append([])
            clusters[-1].append(i)
            gap = 0
        elif not state.is_blank(i) and not _date_of_meta_line(state, i):
            gap += 1
    if not clusters or len(clusters) >= _THREAD_CLUSTERS:
        return  # many clusters: a thread or a list of records, each a piece of it
    sizes = [sum(state.words[i] for i in c) for c in clusters]
    top = max(sizes)
    main = sizes.index(top)
    _chrome_tail(state, clusters[main], top)
    if len(clusters) < 2:
        return
    for k, (c, size) in enumerate(zip(clusters, sizes, strict=True)):
        if (k < main and (ends_sentence(state.lines[c[-1]]) or announced(state, c[-1] + 1))
                and _chrome_lines(state, c[-1], clusters[k + 1][0]) <= _INTRO_CHROME):
            continue  # the article's intro over a list: no page chrome parts them
        if k < main and _deck_over_chrome(state, clusters, k, main):
            continue  # the article's deck, parted from its text by page chrome alone
        if k != main and _listed_section(state, c, clusters[main]):
            continue  # a section of the article that its table of contents lists
        if (size < _ISLAND_KEEP_WORDS and (size < top / 5 or (
                size < top * _HEADLINE_ISLAND_SHARE and _headlines_only(state, c)))) or (
                k != main and size < top * _HEADLINE_ISLAND_SHARE and _teaser_cards(state, c)):
            for i in c:
                if state.labels[i] is Label.ARTICLE:
                    state.decide(i, Label.BOILERPLATE, f"island of {size:.0f} words far from text")


def _date_of_meta_line(state: State, i: int) -> bool:
    """Whether line ``i`` is a date right under a metadata line ("Published On" / "6 Mar
    2026"): block rendering prints the label and its date as one line, inline rendering
    cuts the date off at its markup; the pair counts as one line of the gap between two
    clusters, as in block rendering, so a list of dated cards is no wider in one
    rendering than in the other."""
    if state.reasons[i] != DATE_REASON:
        return False
    prev = state.text_neighbour(i, -1)
    return prev is not None and state.reasons[prev].startswith(CRUFT_CATEGORIES["meta"])


def _listed_section(state: State, cluster: list[int], body: list[int]) -> bool:
    """Whether ``cluster`` opens with a section heading that the page's table of contents
    lists (the context pass kept it as such: its entry and the entries next to it recur in
    order around it) while the main cluster ``body`` holds another heading of that table:
    the section is the article's, cut off from the rest by a list or a schedule that the
    context pass dropped ("Programme" / its times / "Getting there" / two paragraphs), not
    a blurb far from the text."""
    return state.reasons[cluster[0]] == CONTENTS_REASON and any(
        state.reasons[i] == CONTENTS_REASON for i in body)


# Lines between a deck and its text that are page chrome (a share bar, a video box's
# labels, a table of contents' heading), and how many short lines the context pass
# dropped (the headline printed again, the contents' entries) may stand there too.
_DECK_GAP_RULES = frozenset({"symbol_lines", "repeated_lines", "cruft_lexicon"})
_DECK_GAP_SHORT = 4
_DECK_GAP_LINES = 15


def _deck_over_chrome(state: State, clusters: list[list[int]], k: int, main: int) -> bool:
    """Whether cluster ``k``, right before the main one, is the article's standfirst: it
    ends in a finished sentence and nothing but page chrome (lexicon, symbol and repeated
    lines: a share bar, a video box) and up to ``_DECK_GAP_SHORT`` lines that the context
    pass dropped as short (the headline printed again, a table of contents), at most
    ``_DECK_GAP_LINES`` lines in all, part it from the main text; a box of teaser cards is
    no deck. Symbol lines and repeated lines that recur from the main text on (a table of
    contents' numbers "3.2" and entries, each its section's heading further down) are not
    counted: a long contents box stands between a lead and its first section. A byline
    between (headline, deck, byline, text) sets the deck apart, as the gold of news pages
    has it; a menu, a zone or other dropped text between marks
    a teaser or a blurb above the article."""
    c = clusters[k]
    if k + 1 != main or not ends_sentence(state.lines[c[-1]]) or _teaser_cards(state, c):
        return False
    short = lines = 0
    body = clusters[main]
    later: set[str] | None = None  # the keys of the lines from the main text on, on demand
    for i in range(c[-1] + 1, body[0]):
        if state.is_blank(i):
            continue
        if state.rules[i] == "symbol_lines":
            continue  # a table of contents' number ("3.2"), or a separator
        if state.rules[i] == "repeated_lines":
            if later is None:
                later = {state.keys[j] for j in range(body[0], len(state)) if state.keys[j]}
            if state.keys[i] in later:
                continue  # a table of contents' entry, its section's heading further down
        lines += 1
        if lines > _DECK_GAP_LINES:
            return False  # a whole menu between: a box of teasers above the article
        if state.rules[i] in _DECK_GAP_RULES:
            continue
        if state.rules[i] == "bylines_dates":
            return False  # headline, deck, byline: the deck stands apart from the text
        if not (state.rules[i] == "context" and state.reasons[i].startswith("short")):
            return False
        short += 1
        if short > _DECK_GAP_SHORT:
            return False
    return True


# Lines printed again after the article that stood above it (a header's menu, a share
# bar, a product box, the headline): this many of them between the main text and a short
# text after it set that text apart as page chrome's neighbour, however few the lines
# between (block rendering prints a row of links on one line, so the gap that inline
# rendering counts in links shrinks to a few lines).
_CHROME_COPIES = 3


def _chrome_tail(state: State, cluster: list[int], top: float) -> None:
    """Drop the short text at the end of the main cluster that follows lines printed again
    from above the article (:data:`_CHROME_COPIES` or more in one gap between its article
    lines): the page's chrome repeated under the article (a share bar, the product box of a
    review, its headline) ends the article's column, and a writer's bio, a site's blurb or
    a teaser of a comment after it is an island like those far from the text. A copy counts
    when the line was last printed before the cluster starts, not inside it (a thread's
    reply widgets recur between its posts, a listing's record labels between its records):
    its copy before this one stands above the cluster. One such gap only: a page whose
    sections each list the menu's items again has no end there. The tail must stay under
    the island bounds (under a fifth of the text before it)."""
    start = cluster[0]
    last: dict[str, int] = {}  # where each line was last printed
    for i in range(start):
        if state.keys[i]:
            last[state.keys[i]] = i
    cuts: list[int] = []
    copies = 0
    for i in range(start, cluster[-1] + 1):
        key = state.keys[i]
        if state.labels[i] in (Label.ARTICLE, Label.TITLE):
            if copies >= _CHROME_COPIES:
                cuts.append(i)
            copies = 0
        elif key and last.get(key, start) < start:
            copies += 1
        if key:
            last[key] = i
    if len(cuts) != 1:
        return  # none, or the menu's items listed again all through the text (a school's
        # programmes, each a section of the page): no end of the column
    tail = [i for i in cluster if i >= cuts[0]]
    size = sum(state.words[i] for i in tail)
    if size < _ISLAND_KEEP_WORDS and size < (top - size) / 5:
        for i in tail:
            if state.labels[i] is Label.ARTICLE and not state.locked[i]:
                state.decide(i, Label.BOILERPLATE, f"island of {size:.0f} words after page chrome")


# Words a headline of another story has at most (a product's description has more).
_LIST_ITEM_HEADLINE_WORDS = 25


def _headlines_only(state: State, cluster: list[int]) -> bool:
    """Whether a cluster's lines are all headline-length and none ends a sentence: a list
    of other stories' headlines (a "More news" box whose heading the rules dropped)."""
    return not any(ends_sentence(state.lines[i]) or state.words[i] > _LIST_ITEM_HEADLINE_WORDS
                   or state.lines[i].rstrip().endswith(":") for i in cluster)


# A box of teaser cards far from the text: at least this many cards, each a headline of at
# most this many words without a final stop over a one-line summary of this many words
# (a teaser's summary is a sentence or two; an article's paragraphs run longer).
_CARDS_MIN = 4
_CARD_HEAD_WORDS = 8
_CARD_SUMMARY_WORDS = (12, 40)
# A headline may ask or exclaim ("Wo fängt die Sucht an?"), not end a sentence or announce.
_CARD_HEAD_ENDS = frozenset(".:;,")


def _teaser_cards(state: State, cluster: list[int]) -> bool:
    """Whether a cluster is nothing but teaser cards: a headline (no full stop), a one-line
    summary, a headline, a summary ... (:data:`_CARDS_MIN` cards or more; a "Das Beste aus
    der Zeitung" box of other stories above the menu). An article's sections far from its
    main text hold paragraphs of several lines or longer ones."""
    lines = [i for i in cluster if not state.is_blank(i)]
    if len(lines) < 2 * _CARDS_MIN or len(lines) % 2:
        return False
    lo, hi = _CARD_SUMMARY_WORDS
    for head, summary in zip(lines[::2], lines[1::2], strict=True):
        raw = state.lines[head].rstrip()
        if (state.words[head] > _CARD_HEAD_WORDS or raw[-1:] in _CARD_HEAD_ENDS
                or not lo <= state.words[summary] <= hi
                or state.block[summary] != summary or state.block_end(summary) != summary + 1):
            return False
    return True


# Lines of page chrome (lexicon, timestamp and zone lines) that may part a text before the
# main one from it and leave it the article's intro, not an island.
_INTRO_CHROME = 1
_CHROME_RULES = frozenset({"cruft_lexicon", "bylines_dates", "zone_openers"})
# The reason `zone_openers` gives an opener its guard refused.
_TOO_EARLY_REASON = "zone opener too early to end the article"
# The rule that locks timestamps: under a comment heading they date its comments.
_TIMESTAMP_RULE = "bylines_dates"
# A photo's credit line is the article's picture, not page chrome: a gallery of captions
# and credits between an intro and the text parts no teaser box from the article.
_CREDIT_REASON = "photo credit"


def _chrome_lines(state: State, start: int, end: int) -> int:
    """How many lines between ``start`` and ``end`` are page chrome that a lexicon, a
    timestamp or a zone locked (a menu, a byline, a share bar, a teaser box); a photo's
    credit is none (the article's picture: an intro over a gallery of captions). A comment
    heading refused as too early to end the article (`{ 38 comments… read them below or add
    one }` under a short post) is none: it closes the post above it, whose comments, a
    longer cluster, follow (the post is the article, not an island of its thread). The
    timestamps under such a heading are its comments' dates (inline rendering sets them on
    lines of their own): not counted either; a share bar under it still is (a meta bar's
    comment count link under the headline is no thread's heading)."""
    count = 0
    thread = False
    for i in range(start + 1, end):
        if not (state.locked[i] and state.rules[i] in _CHROME_RULES):
            continue
        if _refused_comment_heading(state, i):
            thread = True
        elif state.reasons[i] != _CREDIT_REASON and not (
                thread and state.rules[i] == _TIMESTAMP_RULE):
            count += 1
    return count


def _refused_comment_heading(state: State, i: int) -> bool:
    """Whether line ``i`` is a comment zone's heading that the zone guard refused as too
    early to end the article."""
    if state.reasons[i] != _TOO_EARLY_REASON:
        return False
    hit = state.zone_hit(i)
    return hit is not None and hit[0] == "comments"


# The page footer: this many footer lexicon lines (exact or inner phrases, the link bar; not a
# prefix: "Copyright Office ..." starts sentences too) among this many text lines.
_FOOTER_LINES = 3
_FOOTER_WINDOW = 12
_FOOTER_REASONS = tuple(f"{CRUFT_CATEGORIES['footer']} ({how})"
                        for how in ("exact phrase", "inner phrase", "link bar phrase"))
# On a hard-wrapped page the footer's link bar is cut over lines and its first piece reads
# as a prefix phrase only ("Copyright © 2019 Example Inc. All rights reserved • Terms of" /
# "Use • Privacy"): there a prefix counts too.
_WRAPPED_FOOTER_REASONS = (*_FOOTER_REASONS, f"{CRUFT_CATEGORIES['footer']} (prefix phrase)")
# What the article may keep after the footer and still lose it: at most this share of its
# words before the footer, and at most this many words (more is a text of its own).
_AFTER_FOOTER_SHARE = 0.5
_AFTER_FOOTER_MAX_WORDS = 300
# ...or, when a footer line follows the page's last article line within this many text
# lines (the text is walled in by the footer: a contact notice before its copyright line),
# at most this share.
_CLOSE_LINES = 2
_CLOSED_SHARE = 1.5
# Words of a finished sentence that, dropped between the text and a blurb over the footer,
# makes the lines between them more than a sitemap's links.
_GAP_SENTENCE_WORDS = 4


def footer_blurbs(state: State) -> None:
    """Drop the article text that stands after the page footer (a site's blurb about
    itself, a contact notice, a promo between the footer's links).

    The footer starts at the first footer line with two more within the next
    :data:`_FOOTER_WINDOW` text lines, once the article text after it is small next to the
    text before it: at most half as many words, and at most 300 (a longer text after a
    sidebar's "Help / Privacy / Terms" is the article itself); or at most one and a half
    times as many when a footer line closes the text after it too (a site's contact notice
    between the footer's links and its copyright line, under a short article). Unlocked
    verdicts only.
    Linear: prefix counts of the footer lines and of the article words.
    """
    text = [i for i in range(len(state)) if not state.is_blank(i)]
    reasons = _FOOTER_REASONS if state.wrap is None else _WRAPPED_FOOTER_REASONS
    foot = [state.rules[i] == "cruft_lexicon" and state.reasons[i] in reasons for i in text]
    if sum(foot) < _FOOTER_LINES:
        return
    seen = [0]
    for f in foot:
        seen.append(seen[-1] + f)
    total = sum(state.words[i] for i in text if state.labels[i] is Label.ARTICLE)
    last = max((k for k, i in enumerate(text) if state.labels[i] is Label.ARTICLE), default=-1)
    closed = last >= 0 and any(foot[last + 1:last + 1 + _CLOSE_LINES])
    share = _CLOSED_SHARE if closed else _AFTER_FOOTER_SHARE
    before = 0.0
    for k, i in enumerate(text):
        after = total - before
        if (foot[k] and before and seen[min(k + _FOOTER_WINDOW, len(text))] - seen[k]
                >= _FOOTER_LINES
                and after <= min(share * before, _AFTER_FOOTER_MAX_WORDS)):
            for j in text[k:]:
                if state.labels[j] is Label.ARTICLE:
                    state.decide(j, Label.BOILERPLATE,
                                 f"after the page footer (line {i + 1})")
            break
        if state.labels[i] is Label.ARTICLE:
            before += state.words[i]
    if closed:
        _blurb_over_footer(state, text, foot, seen, last)


def _blurb_over_footer(state: State, text: list[int], foot: list[bool], seen: list[int],
                       last: int) -> None:
    """Drop the page's last article run when the footer starts right under it and it
    stands far from the text before it (a site's blurb or a data notice between the
    sitemap and the footer's links: "Most stock quote data provided by ..." over "Terms
    of Use"): more than ``params.island_gap`` text lines without article between them,
    none of them prose or a finished sentence of four words or more (a list's items that
    later rules may take back), and at most half as many words as the text before, at
    most 300. ``text``, ``foot``,
    ``seen`` and ``last`` as in :func:`footer_blurbs` (positions among the text lines)."""
    if state.labels[text[last]] is not Label.ARTICLE:
        return  # dropped already, after an earlier footer start
    k = next(k for k in range(last + 1, min(last + 1 + _CLOSE_LINES, len(text))) if foot[k])
    if seen[min(k + _FOOTER_WINDOW, len(text))] - seen[k] < _FOOTER_LINES:
        return  # one footer line under the text, no footer
    first = last
    while first > 0 and state.labels[text[first - 1]] is Label.ARTICLE:
        first -= 1
    prev = next((j for j in range(first - 1, -1, -1)
                 if state.labels[text[j]] in (Label.ARTICLE, Label.TITLE)), None)
    if prev is None or first - prev - 1 <= state.params.island_gap:
        return
    if any(state.cf[i] in ("good", "near") or (
            state.words[i] >= _GAP_SENTENCE_WORDS and ends_sentence(state.lines[i]))
           for i in text[prev + 1:first]):
        return  # prose the rules dropped between them (a list's items): no sitemap
    words = sum(state.words[text[j]] for j in range(first, last + 1))
    before = sum(state.words[i] for i in text[:prev + 1] if state.labels[i] is Label.ARTICLE)
    if words <= min(_AFTER_FOOTER_SHARE * before, _AFTER_FOOTER_MAX_WORDS):
        for j in range(first, last + 1):
            state.decide(text[j], Label.BOILERPLATE,
                         f"over the page footer (line {text[k] + 1}), far from the text")


# An author's box: at most this many text lines after its heading ("Über den Autor" /
# the writer's name / a short bio / "Mehr vom Autor"), holding at most this many article
# words (a longer text under such a heading is more than a bio).
_AUTHOR_BOX_LINES = 4
_AUTHOR_BOX_WORDS = 120
# The article before the heading holds at least this many times the box's words, and at
# least this many words: the box stands under an article, not on a writer's page.
_AUTHOR_BOX_SHARE = 2.0
_AUTHOR_BOX_MIN_BEFORE = 100


# A heading about a named writer ("Über Luis Holuch 257 Artikel"): at most this many words.
_ABOUT_HEAD_MAX_WORDS = 6


def _about_name_heading(line: str, about_words: frozenset[str],
                        names: Callable[[], set[str]], about_firsts: frozenset[str]) -> bool:
    """Whether ``line`` heads a box about the page's writer: a word of ``aboutname.txt``
    ("Über", "About", "À propos de"), capitalised, then only capitalised words or figures,
    at most :data:`_ABOUT_HEAD_MAX_WORDS` words, no final punctuation, naming a writer of
    the page's bylines (``names()``, asked only then: "Über Moritz Bachmann" under "von
    Moritz Bachmann") or
    counting the writer's posts ("Über Luis Holuch 257 Artikel"). A lower-case word ("Über
    die Geschichte", "About this article") makes it an ordinary heading; a company's or an
    interviewee's box ("About Logitech", "About Klaus Regling") is left alone, since golds
    keep a press release's company paragraph and a subject's profile. ``about_firsts``:
    the first words of ``about_words``; asked of every short line, most of which open
    with none of them and are ruled out by one set test."""
    toks = line.split()
    if not 2 <= len(toks) <= _ABOUT_HEAD_MAX_WORDS or not toks[0][0].isupper():
        return False
    if toks[0].casefold() not in about_firsts:
        return False
    if toks[-1][-1] in ".:!?;,":
        return False
    for n in (1, 2, 3):
        if n < len(toks) and " ".join(toks[:n]).casefold() in about_words:
            name = toks[n:]
            if not (all(t[0].isupper() or t.isdigit() for t in name)
                    and any(t[0].isupper() for t in name)):
                return False
            return (any(t.isdigit() for t in name)
                    or any(t.strip(".,'’").casefold() in names() for t in name))
    return False


def _about_line(state: State, text: list[int], k: int) -> str:
    """The text line ``text[k]``, with the next text line after it when it is an about
    word alone ("Über" / "Moritz Bachmann"): inline rendering cuts an author box's heading
    at the writer's link, which block rendering prints on one line."""
    i = text[k]
    if k + 1 < len(text) and state.keys[i] in state.lex.about_words:
        return state.lines[i].strip() + " " + state.lines[text[k + 1]].strip()
    return state.lines[i]


@functools.cache  # one set of phrases per language's lexicon: worked out once
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each of ``phrases`` (lexicon keys: words joined by one space)."""
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def author_boxes(state: State) -> None:
    """Drop the writer's bio under an author's box heading (``authorbox.txt``: "Über den
    Autor", "Autoreninfo", "About the author"): the article lines among the next
    :data:`_AUTHOR_BOX_LINES` text lines, as long as they hold at most
    :data:`_AUTHOR_BOX_WORDS` words, when the article before the heading is at least twice
    as long (the bio's third-person sentences, "Markus Reuter beschäftigt sich mit ...",
    read as prose and join the article's last run). Locked, so that no later rule takes a
    finished sentence of it back. Linear: each heading looks at a bounded window.
    """
    heads = state.lex.author_heads
    found: list[set[str]] = []

    def names() -> set[str]:
        # The page's byline names, looked for once and only when an "About <Name>"
        # heading is there to be checked (most pages have none).
        if not found:
            found.append(_byline_names(state))
        return found[0]

    about = state.lex.about_words
    about_firsts = _first_words(about)
    text = [i for i, b in enumerate(state.blank) if not b]
    before = 0.0
    for k, i in enumerate(text):
        if state.words[i] <= 6 and (state.keys[i] in heads or _about_name_heading(
                _about_line(state, text, k), about, names, about_firsts)):
            take: list[int] = []
            words = 0.0
            for j in text[k + 1:k + 1 + _AUTHOR_BOX_LINES]:
                if state.labels[j] is not Label.ARTICLE or state.locked[j]:
                    continue
                if words + state.words[j] > _AUTHOR_BOX_WORDS:
                    break
                words += state.words[j]
                take.append(j)
            if take and before >= max(_AUTHOR_BOX_SHARE * words, _AUTHOR_BOX_MIN_BEFORE):
                for j in take:
                    state.decide(j, Label.BOILERPLATE, f"author's box (line {i + 1})",
                                 lock=True)
        if state.labels[i] is Label.ARTICLE:
            before += state.words[i]


# A writer's bio under the article, named by the byline: at most this many words (a longer
# last paragraph opening with the writer's name is the writer's own text), and the article
# before it at least this many times as long.
_BIO_MAX_WORDS = 80
_BIO_SHARE = 2.0
# Words of a name in a byline ("von Inga Buller", "By Perry Bacon Jr."): at most this many
# capitalised words after the byline word; a name word has at least this many letters.
_BYLINE_NAME_WORDS = 4
_NAME_WORD_MIN = 3


def _name_words(tokens: list[str]) -> list[str]:
    """The leading capitalised words of ``tokens`` (at most :data:`_BYLINE_NAME_WORDS`),
    case-folded and stripped of punctuation ("Jr." -> "jr")."""
    out: list[str] = []
    for t in tokens[:_BYLINE_NAME_WORDS]:
        w = t.strip(".,;:|()'’\"")
        if not w or not w[0].isupper():
            break
        out.append(w.casefold())
    return out


def _byline_names(state: State) -> set[str]:
    """The name words of the page's bylines: the capitalised words after a byline word
    (``byline.txt``: "von", "by") on a short line out of the article, and every capitalised
    word of a line the byline rule took ("Dr. Thomas Schulte" under "By")."""
    names: set[str] = set()
    # The state's lists read directly: every line of the page is looked at.
    labels, blank, words, rules, keys = (state.labels, state.blank, state.words, state.rules,
                                         state.keys)
    byline_words = state.lex.byline_words
    for i in range(len(state)):
        if labels[i] is Label.ARTICLE or blank[i] or words[i] > 12:
            continue
        byline = rules[i] == "bylines_dates" and state.reasons[i] == "byline"
        if not byline and byline_words.isdisjoint(keys[i].split()):
            continue  # no byline word on the line (most lines: a set test, no word loop)
        tokens = state.lines[i].split()
        if byline:
            found = _name_words(tokens[1:] if tokens[0].casefold()
                                in state.lex.byline_words else tokens)
        else:
            found = []
            for k, t in enumerate(tokens[:-1]):
                if t.casefold() in state.lex.byline_words:
                    found += _name_words(tokens[k + 1:])
        names.update(w for w in found if len(w) >= _NAME_WORD_MIN
                     and w not in state.lex.byline_words and w not in state.lex.stop)
    return names


def author_bios(state: State) -> None:
    """Drop the writer's bio that closes the article (third-person sentences that read as
    its last paragraph): a block of at most :data:`_BIO_MAX_WORDS` words that opens with a
    name word of the page's byline (its first word, no stop word) and goes on in lower case
    ("Inga Buller ist Head of Social ...", "Perry Bacon Jr. is a senior writer for ...",
    "Jake is the co-founder of ..."), set apart from the article (the line above it is no
    article line: a share bar, a byline; or it is the name alone), or that goes on in lower
    case right under the byline's name ("Dr. Thomas Schulte" / "ist Gründungspartner
    ..."); no more article words may follow it than it holds, and the article before it is
    at least twice as long. The name alone above it goes too. A last paragraph right after
    the article's text that opens with the writer's name ("Clark mocks criticism ...", a
    subject who shares it) stays. Before that, a box headed by the byline's name anywhere
    on the page goes (:func:`_name_boxes`). Linear: one pass for the names, one for the
    heads, one for the blocks.
    """
    names = _byline_names(state)
    if not names:
        return
    text = [i for i in range(len(state)) if not state.is_blank(i)]
    _name_boxes(state, text, names)
    art = [state.words[i] if state.labels[i] is Label.ARTICLE else 0.0 for i in text]
    after = sum(art)
    before = 0.0
    for k, i in enumerate(text):
        after -= art[k]
        if (art[k] and not state.locked[i] and art[k] <= _BIO_MAX_WORDS
                and after <= art[k] and before >= _BIO_SHARE * art[k]):
            tokens = state.lines[i].split()
            lead = _name_words(tokens)
            prev = text[k - 1] if k else -1
            above = [w for w in _name_words(state.lines[prev].split())
                     if len(w) >= _NAME_WORD_MIN and w not in state.lex.stop
                     ] if prev >= 0 and state.words[prev] <= _BYLINE_NAME_WORDS + 1 else []
            prev_name = bool(above) and all(w in names for w in above)
            apart = prev_name or (prev >= 0 and state.labels[prev] is not Label.ARTICLE)
            named = (apart and lead and len(tokens) > len(lead)
                     and tokens[len(lead)][:1].islower() and lead[0] in names)
            if named or (tokens and tokens[0][:1].islower() and prev_name):
                state.decide(i, Label.BOILERPLATE, "writer's bio under the article", lock=True)
                if prev_name and state.labels[prev] is Label.ARTICLE:
                    state.decide(prev, Label.BOILERPLATE, "writer's bio under the article",
                                 lock=True)
        before += art[k]


# An author's box headed by the writer's name anywhere on the page ("Ingo Arzt" /
# "Redakteur für Wirtschaft und Umwelt" / "Schreibt seit 2008 für die taz ..."; "Über
# Simon Dückert" / "Scholarch der Cogneon Akademie ..."): at most this many text lines
# under the name, each of at most this many words (the article's paragraphs are longer).
_NAME_BOX_LINES = 2
_NAME_BOX_LINE_WORDS = 30
# A word of a person's name: capitalised, lower case after (a hyphenated second part too);
# not an agency's or a desk's ("SmartAsset.com", "Staff Reports" are not in the byline).
_PERSON_WORD_RE = regex.compile(r"^\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?$")


# What the rest of a sentence that a link cut opens with ("KnowledgeCamp 2019" / ", das
# vom ... stattfand"): a box's short lines end where their text ends.
_SENTENCE_GOES_ON = frozenset(",;:.)")


def _sentence_below(state: State, j: int) -> bool:
    """Whether the text of line ``j`` goes on in the next line of its block with sentence
    punctuation: the line is a piece of a paragraph cut at a link, not a box's own line."""
    k = j + 1
    return (k < len(state) and state.block[k] == state.block[j]
            and state.lines[k].lstrip()[:1] in _SENTENCE_GOES_ON)


def _name_boxes(state: State, text: list[int], names: set[str]) -> None:
    """Drop an author's box headed by the byline's name: an article line of two or three
    name words of the byline (after at most one other word, "Über", "About"), no final
    stop, seen once on the page, and the short article lines right under it (see
    :data:`_NAME_BOX_LINES`). A name heading that recurs marks an interview's questions."""
    heads: dict[str, list[int]] = {}
    for k, i in enumerate(text):
        raw = state.lines[i].strip()
        if state.labels[i] is not Label.ARTICLE or state.words[i] > 4 or raw[-1:] in TERMINAL:
            continue
        tokens = raw.split()
        if (2 <= len(tokens) <= 3 and all(_PERSON_WORD_RE.match(t) for t in tokens)
                and all(t.casefold() in names for t in tokens)):
            heads.setdefault(raw.casefold(), []).append(k)
    for ks in heads.values():
        if len(ks) != 1:
            continue
        k = ks[0]
        under: list[int] = []
        if k + 1 < len(text) and not state.lines[text[k + 1]].lstrip()[:1].isupper():
            continue  # a linked name inside a sentence ("Class Central" / "has compiled")
        for j in text[k + 1:k + 1 + _NAME_BOX_LINES]:
            if (state.labels[j] is not Label.ARTICLE or state.words[j] > _NAME_BOX_LINE_WORDS
                    or state.cf[j] == "good"):
                break  # the article's paragraph, not a job title ("Redakteur in der ...")
            under.append(j)
        nxt = k + 1 + len(under)
        if under and _sentence_below(state, under[-1]):
            continue  # "Auch auf dem" / "KnowledgeCamp 2019" / ", das ...": a sentence
        if under and not (nxt < len(text) and state.labels[text[nxt]] is Label.ARTICLE
                          and state.cf[text[nxt]] == "good"):
            # the article's paragraphs going on right under it: an agency's or a desk's
            # byline over the story's first paragraph ("Staff Reports" / "Police arrested")
            for j in [text[k], *under]:
                state.decide(j, Label.BOILERPLATE, "writer's box under the byline's name",
                             lock=True)
