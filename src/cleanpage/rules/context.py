"""The context pass: undecided blocks follow their neighbours, within a bounded reach.

As in jusText's second pass, a *near-good* block next to article text is article, a
*short* block is article only between article text on both sides, and a short title-like
line right before article text is a subheading. A neighbour further than
``params.context_reach`` blocks away counts as boilerplate, which keeps the pass linear and
stops smoothing from bleeding across a page. Locked verdicts are never changed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise

import regex

from ..lexicon import CRUFT_CATEGORIES, Lexicon, norm_key
from ..state import State
from ..text import (
    DIGIT_RE,
    FIELD_LABEL_WORDS,
    FIELD_VALUE_WORDS,
    TERMINAL,
    TOKEN_RE,
    WORD_RE,
    ends_sentence,
    field_row,
    last_word,
    price_line,
    short_field_value,
    string_literal,
)
from ..types import Label
from .blocks import code_like
from .classify import UNDECIDED, blocks, features, split_block
from .structure import LONE_COPY

# A sentence ending inside a block: a lower-case letter, a stop, a space, a capital.
_INNER_STOP_RE = regex.compile(r"\p{Ll}[.!?][\"'”’»]?\s+\p{Lu}")
# A widget counter: one word and a number ("공감 12", "Likes 34", "12 shares").
_COUNTER_RE = regex.compile(r"^(?:[^\W\d_]+\s*\d[\d,.]*|\d[\d,.]*\s*[^\W\d_]+)$")
# List bullets as scrapers render them.
_BULLETS = frozenset("*•·-–+▪◦")
# Separators and rating symbols that mark a metadata line, not a subheading.
_META_SYMBOL_RE = regex.compile(r"[|★☆⭐]")
# A figure of ASCII text (where nothing else is a digit): a heading without one has no
# token of figures.
_ASCII_DIGIT_RE = regex.compile(r"[0-9]")
# A list item's number alone on its line: "1.", "12)" (a bare "1" may count a "Most Read" box).
_LIST_NUMBER_RE = regex.compile(r"^\s*\d{1,2}[.)]\s*$")
# A live ticker's minute alone on its line, over its entry: "95'", "45'+2", "90+3’".
_MINUTE_RE = regex.compile(r"^\s*\d{1,3}(?:\+\d{1,2})?['’′](?:\+\d{1,2})?\s*$")
# How many undecided blocks a list between two article blocks may hold.
_LIST_REACH = 40


def _nearest_decided(seq: list[tuple[str, list[int]]], reach: int) -> tuple[list[str], list[str]]:
    """For each position, the class of the nearest decided block ("good" or "bad") to its
    left and to its right, or "bad" when none lies within ``reach`` positions."""
    n = len(seq)
    left: list[str] = ["bad"] * n
    last, last_pos = "bad", -(10**9)
    for k in range(n):
        left[k] = last if k - last_pos <= reach else "bad"
        if seq[k][0] in ("good", "bad"):
            last, last_pos = seq[k][0], k
    right: list[str] = ["bad"] * n
    last, last_pos = "bad", 10**9
    for k in range(n - 1, -1, -1):
        right[k] = last if last_pos - k <= reach else "bad"
        if seq[k][0] in ("good", "bad"):
            last, last_pos = seq[k][0], k
    return left, right


# A section heading's own number before its words ("#3 Wooden Rings", "3. Year", "2) Setup"):
# it counts the sections, it is no figure of a metadata line.
_HEADING_NUMBER_RE = regex.compile(r"^(?:#\d{1,3}|\d{1,3}[.)])\s*(?=\S)")


def _heading_like(text: str) -> bool:
    """A subheading: short, no final stop, not lower-case, and words rather than numbers
    and symbols ("★★★★★ 4,9 (86 ratings)", "Time: 45 min | Serves: 4" are metadata)."""
    t = text.strip()
    if not (0 < len(t) <= 120 and t[-1] not in TERMINAL and t[-1] != "," and not t[0].islower()):
        return False
    if _META_SYMBOL_RE.search(t):
        return False
    if t.isascii() and _ASCII_DIGIT_RE.search(t) is None:
        # No figure at all (most headings): words only, if it has any word; one look for
        # the first word instead of listing them all.
        return TOKEN_RE.search(t) is not None
    toks = TOKEN_RE.findall(t)
    return 3 * sum(1 for w in toks if w.isdigit()) < len(toks)


def _numbered_heading(text: str) -> bool:
    """A subheading with its section's number before it ("#3 Wooden Rings", "3. Year"):
    heading-like once the number is gone (the number alone weighs as a figure against a
    name of two words)."""
    t = _HEADING_NUMBER_RE.sub("", text.strip(), count=1)
    return t != text.strip() and _heading_like(t)


heading_like = _heading_like  # (for the span's subheadings: see span.py)


# Question marks that may end a section heading ("Ab wann legen Hühner Eier?", "How does
# it work?"): an FAQ-style article's table of contents repeats such questions.
_QUESTION_MARKS = "?？؟"


def _question_heading(text: str) -> bool:
    """A subheading asked as a question: heading-like once its question mark is gone."""
    t = text.strip()
    return len(t) > 1 and t[-1] in _QUESTION_MARKS and _heading_like(t[:-1])


# A teaser's kicker ("Russland: ...") has at most this many words, its headline at least.
_KICKER_WORDS = 4


def _trailing_headline(text: str) -> bool:
    """Another story's headline with its kicker ("Russland: Erstmalige Infektion von
    Menschen mit Vogelgrippe", "Caritas: Schulerfolg darf nicht länger Frage des
    Einkommens sein"), the first teaser after the article: a few words, one colon, a
    headline of a few words more, no sentence finished at its end or inside it. The
    article ends in a sentence, and its subheadings stand before text, not after it; a
    field list ("Gender: All", "Price: $969.00") has short values or several colons."""
    head, colon, tail = text.partition(": ")
    tail = tail.strip()
    return (bool(colon) and text.count(":") == 1 and 0 < len(head.split()) <= _KICKER_WORDS
            and len(tail.split()) >= _KICKER_WORDS and tail[0].isalnum()
            and _heading_like(text) and not ends_sentence(text)
            and _INNER_STOP_RE.search(text) is None)


def _promote_near_runs(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """Two or more prose-like blocks in a row are article even when none is long.

    Pages of short paragraphs (news wires, blogs) have no block above ``length_high``; a
    run of consecutive near-good blocks is the best sign of running text there.
    """
    k, n = 0, len(seq)
    while k < n:
        if seq[k][0] != "near":
            k += 1
            continue
        j = k
        while j < n and seq[j][0] in ("near", "good"):
            j += 1
        if j - k >= 2 and _reads_as_prose(state, seq[k:j]):
            for m in range(k, j):
                cls, idx = seq[m]
                if cls == "near":
                    seq[m] = ("good", idx)
                    for i in idx:
                        state.decide(i, Label.ARTICLE, "run of prose-like blocks")
        k = max(j, k + 1)


# A run of finished near-good sentences with subheadings between them: at least this many
# sentences, at most this many short blocks in a row between two of them.
_SENTENCE_RUN_MIN = 3
_SENTENCE_RUN_GAP = 2
_SENTENCE_RUN_REASON = "run of finished sentences"


def _promote_sentence_runs(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """Near-good blocks that each finish a sentence, with at most two short blocks between
    one and the next (a subheading, a step's label), are running text even when no long
    paragraph stands near: a how-to or a documentation page of short steps."""
    n, reach = len(seq), state.params.context_reach
    long_before: list[float] = []  # words of long prose in the blocks before each position
    k = 0
    while k < n:
        if not _finished_near(state, seq[k]):
            k += 1
            continue
        members = [k]
        j, gap = k + 1, 0
        while j < n and gap <= _SENTENCE_RUN_GAP:
            cls = seq[j][0]
            if _finished_near(state, seq[j]):
                members.append(j)
                gap = 0
            elif cls == "short":
                gap += 1
            elif cls != "inline":
                break
            j += 1
        if len(members) < _SENTENCE_RUN_MIN:
            k = members[-1] + 1
            continue
        if not long_before:  # counted once, for the first run long enough (most pages: none)
            long_before = _long_prose_before(state, seq)
        own = sum(state.words[i] for m in members for i in seq[m][1])
        last = members[-1] + 1
        after = long_before[min(n, last + reach)] - long_before[last]
        if own >= long_before[k] or after > 0:
            _keep_blocks(state, seq, members, _SENTENCE_RUN_REASON)
        k = members[-1] + 1


def _long_prose_before(state: State, seq: list[tuple[str, list[int]]]) -> list[float]:
    """For each position of ``seq`` (and one past the end), the words of the long-prose
    blocks before it."""
    out = [0.0] * (len(seq) + 1)
    for m, (_cls, idx) in enumerate(seq):
        out[m + 1] = out[m] + (
            sum(state.words[i] for i in idx) if state.cf[idx[0]] == "good" else 0.0)
    return out


def _finished_near(state: State, item: tuple[str, list[int]]) -> bool:
    """Whether ``item`` is an undecided near-good block that finishes a sentence."""
    cls, idx = item
    if cls != "near" or state.labels[idx[0]] is not None:
        return False
    return (closing_sentence(state, idx)  # a teaser cut off with "…" finishes none
            and not state.lines[idx[-1]].rstrip().endswith(("…", "...")))


def _reads_as_prose(state: State, run: list[tuple[str, list[int]]]) -> bool:
    """Whether a run of near-good blocks is running text rather than a list of headlines:
    some block finishes a sentence, at its end or inside it (a cut-off teaser ending in
    "…" does not), or is an item of a bulleted list."""
    for _, idx in run:
        text = " ".join(state.lines[i] for i in idx).rstrip()
        if ends_sentence(text) and not text.endswith(("…", "...")):
            return True
        if _INNER_STOP_RE.search(text) or text[:1] in _BULLETS:
            return True  # a sentence inside, or an item of a bulleted list
    return False


def _anchor_short_pages(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """On a page without any article anchor, finished prose sentences become the anchors.

    A short recipe or notice may have no paragraph long enough to be *good*; jusText would
    then drop everything. Near-good blocks that end a sentence are the best evidence of
    text there, so they anchor the context pass instead of an empty result.
    """
    # Long prose outside any zone is an anchor; runs of near-good blocks are not (cleaning
    # the output again must anchor alike).
    if any(c == "good" and state.labels[i] is Label.ARTICLE for i, c in enumerate(state.cf)):
        return
    for k, (cls, idx) in enumerate(seq):
        if cls == "near" and ends_sentence(" ".join(state.lines[i] for i in idx)):
            if features(state, idx).stop_density < state.params.stop_low:
                continue  # terse copy is near-good by its shape only: no anchor alone
            seq[k] = ("good", idx)
            for i in idx:
                state.decide(i, Label.ARTICLE, "prose sentence on a page without long prose")


# A closing list holds at most this many items of at most this many words.
_LIST_MAX_ITEMS = 10
_LIST_ITEM_WORDS = 10
_LIST_HEADING_WORDS = 5
# A list introduced by "Heading:" may be longer (ingredients, specifications).
_INTRO_MAX_ITEMS = 20
# A closing sentence has at least this many words.
_SENTENCE_MIN_WORDS = 4


def _field_row(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` is one row of a table of fields ("Weight: 1.3 kg", "Warranty:
    2 years"): one line, a :func:`~cleanpage.text.field_row`."""
    return len(idx) == 1 and field_row(state.lines[idx[0]])


def _ends_article(state: State, i: int) -> bool:
    """Whether line ``i`` marks the end of an article: a zone opener or a share bar."""
    if state.labels[i] in (Label.RELATED, Label.COMMENT):
        return True
    return state.locked[i] and state.reasons[i].startswith(CRUFT_CATEGORIES["share"])


# A table of fields next to the article: at least this many "Label: value" rows in a row,
# after at most this many short lines that are no row (its heading: "Testzeugnis:",
# "Detailangaben").
_FIELD_TABLE_ROWS = 3
_FIELD_TABLE_HEADING_LINES = 2
_FIELD_TABLE_REASON = "table of fields next to the article"


def _field_cell(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` is a row of a table of fields ("Farbe: grün", "Brennweite in
    mm: 180"): a :func:`_field_row` of at most :data:`_LIST_ITEM_WORDS` words whose value
    holds a figure or has at most :data:`FIELD_VALUE_WORDS` words, and is not cut off
    with "…" (a horoscope's "Aries: This is a good day t...")."""
    if not _field_row(state, idx) or state.words[idx[0]] > _LIST_ITEM_WORDS:
        return False
    value = state.lines[idx[0]].partition(":")[2].strip()
    if value.endswith(("…", "...")):
        return False
    return short_field_value(value)


def _split_cell(state: State, seq: list[tuple[str, list[int]]], m: int) -> bool:
    """Whether ``seq[m]`` and ``seq[m + 1]`` are a row of a table of fields that inline
    rendering cut at its value's link ("Farbe:" / "grün", "Kategorie:" / "Erste
    Versuche", "Penetration:" / "220 – 250"): a one-line label alone, capitalised, of one
    to :data:`FIELD_LABEL_WORDS` words without a figure, and its colon; then a one-line
    value that would make a :func:`_field_cell` of the joined line, undecided and short,
    or a line without letters holding a figure that the symbol rule dropped."""
    if m + 1 >= len(seq) or len(seq[m][1]) != 1 or len(seq[m + 1][1]) != 1:
        return False
    i, j = seq[m][1][0], seq[m + 1][1][0]
    if seq[m][0] != "short" or not _blank_label(state.lines[i]):
        return False
    value = state.lines[j].strip()
    if seq[m + 1][0] == "bad":
        return state.rules[j] == "symbol_lines" and DIGIT_RE.search(value) is not None
    if seq[m + 1][0] != "short" or state.labels[j] is not None or ":" in value:
        return False  # ("Öffnung in mm:" / "Brennweite in mm: 180": a row of its own)
    if ends_sentence(value) or value.endswith(("…", "...")):
        return False
    return state.words[i] + state.words[j] <= _LIST_ITEM_WORDS and short_field_value(value)


def _long_cell(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` is a row with a longer value, in a table of fields whose rows
    already make one ("Uhrzeit: ab Mitternacht bis zum Morgengrauen" under "Datum: ..."):
    a :func:`_field_row` of at most :data:`_LIST_ITEM_WORDS` words that finishes no
    sentence and is not cut off with "…"."""
    if not _field_row(state, idx) or state.words[idx[0]] > _LIST_ITEM_WORDS:
        return False
    line = state.lines[idx[0]].strip()
    return not ends_sentence(line)


def _empty_cell(state: State, seq: list[tuple[str, list[int]]], m: int) -> bool:
    """Whether ``seq[m]`` is a row of a table of fields left blank ("Öffnung in mm:" over
    "Brennweite in mm: 180"): a short one-line label alone (:func:`_blank_label`) with a
    whole row (:func:`_field_cell`, or a block of them) right under it, so that the table
    goes on past it. A label over anything else ends the table."""
    if m + 1 >= len(seq) or seq[m][0] != "short" or len(seq[m][1]) != 1:
        return False
    return (_blank_label(state.lines[seq[m][1][0]]) and seq[m + 1][0] in UNDECIDED
            and (_field_cell(state, seq[m + 1][1]) or _cell_block(state, seq[m + 1][1], False)))


def _blank_label(line: str) -> bool:
    """Whether ``line`` is a field's label alone: capitalised, one to
    :data:`FIELD_LABEL_WORDS` words without a figure, and its colon ("Öffnung in mm:")."""
    label = line.strip()
    return (label.endswith(":") and label[:1].isupper() and DIGIT_RE.search(label) is None
            and 1 <= len(label.split()) <= FIELD_LABEL_WORDS)


def _cell_block(state: State, idx: list[int], long: bool) -> bool:
    """Whether a block of several lines is rows of a table of fields that the joining pass
    glued (a row whose value is a dash, "Filter: -", joins the rows under it): every line
    a row (:func:`_field_cell`; :func:`_long_cell` too when ``long``, in a table that
    already holds enough rows), but for a last line that is no row at all when a row
    stands before it ("Ort: ..." / "weitere Bildautoren:", a label of other links)."""
    if len(idx) < 2:
        return False
    def row(i: int) -> bool:
        return _field_cell(state, [i]) or (long and _long_cell(state, [i]))
    return all(row(i) for i in idx[:-1]) and (row(idx[-1]) or ":" in state.lines[idx[-1]])


def _field_tables(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A table of fields right before or after article text is the article's ("Farbe:
    grün" / "Penetration: 220 – 250" / "Lieferbar: 12 ml, 125 ml" under a product's
    description, "Brennweite in mm: 180" under a photo's): three or more consecutive
    one-line rows (:func:`_field_cell`), with at most two short lines between the article
    and the first row (the table's heading, which this leaves to later passes). The
    context pass drops such rows when a repeated tab label rather than a share bar or
    article text follows them; a menu has no such rows, and a kicker's teaser headlines
    ("Rates warning: Brace yourselves for a rise") have longer values without figures."""
    n = len(seq)
    for k in range(n):
        if seq[k][0] != "good":
            continue
        for step in (1, -1):
            m, skipped = k + step, 0
            while (0 <= m < n and skipped < _FIELD_TABLE_HEADING_LINES
                   and seq[m][0] == "short" and not _field_row(state, seq[m][1])
                   and not (step == 1 and _split_cell(state, seq, m))):
                m += step
                skipped += 1
            first, rows = m, 0
            while 0 <= m < n and seq[m][0] in UNDECIDED:
                if _field_cell(state, seq[m][1]) or (
                        rows >= _FIELD_TABLE_ROWS and _long_cell(state, seq[m][1])):
                    m += step
                elif step == 1 and _split_cell(state, seq, m):
                    m += 2  # "Farbe:" / "grün": one row, cut at the value's link
                elif step == 1 and (_empty_cell(state, seq, m) or _cell_block(
                        state, seq[m][1], rows >= _FIELD_TABLE_ROWS)):
                    m += 1  # "Öffnung in mm:" / "Brennweite in mm: 180": a field left blank
                else:
                    break
                rows += 1
            if rows < _FIELD_TABLE_ROWS:
                continue
            _keep_blocks(state, seq, range(first, m, step), _FIELD_TABLE_REASON)


# A long table of fields (a product's specifications, an event's details) may stand a few
# blocks away from the article, past its tab labels: at least this many rows, with at most
# this many short lines in a row between two rows (the table's sub-headings).
_FAR_TABLE_ROWS = 6
_FAR_TABLE_GAP = 2
_FAR_TABLE_REASON = "long table of fields near the article"
# A link's arrow at the end of a line: a teaser's "more" mark, no field's value.
_LINK_ARROWS = ("»", "›", ">", "→")


def _table_row(state: State, item: tuple[str, list[int]]) -> bool:
    """Whether ``item`` is a row of a table of fields that the context pass may keep: an
    undecided short or near-good block, or one the classifier dropped for its few stop
    words (a row's value has none), and not locked."""
    cls, idx = item
    i = idx[0]
    if state.locked[i] or not _field_cell(state, idx):
        return False
    label, _, value = state.lines[i].partition(":")
    if DIGIT_RE.search(label) or value.rstrip().endswith(_LINK_ARROWS):
        return False  # "Chapter 02: Currying" (contents), "Soccer: Kossie's champs?»" (links)
    return (cls in UNDECIDED and state.labels[i] is None) or (
        cls == "bad" and state.rules[i] == "classify")


# Rules whose drop a split row's label or value may carry (unlocked): a value printed again
# on the page ("süß" under "Geschmack:" and in a filter), a label or value without stop
# words. A value without letters holding a figure ("2020") counts even when locked.
_SPLIT_DROPS = frozenset({"repeated_lines", "symbol_lines", "classify"})
# A split row's value has at most this many words (an address: "Muster GmbH & Co. KG,
# Postfach 12 34, 12345 Musterstadt").
_SPLIT_VALUE_WORDS = 12


def _split_part(state: State, item: tuple[str, list[int]], most: int) -> bool:
    """Whether ``item`` may be one half of a :func:`_split_row`: one unlocked line of at
    most ``most`` words, undecided and short or near-good, or dropped by one of
    :data:`_SPLIT_DROPS` only."""
    cls, idx = item
    if len(idx) != 1:
        return False
    i = idx[0]
    if state.locked[i] or state.words[i] > most:
        return False
    return (cls in UNDECIDED and state.labels[i] is None) or (
        cls == "bad" and state.labels[i] is Label.BOILERPLATE and state.rules[i] in _SPLIT_DROPS)


def _split_row(state: State, seq: list[tuple[str, list[int]]], m: int) -> bool:
    """Whether ``seq[m]`` and ``seq[m + 1]`` are a row of a long table of fields printed
    on two lines (a product page's details tab: "Restsäure:" / "7,1 g/l", "Hersteller:" /
    "Beringer"): a label alone of one to :data:`FIELD_LABEL_WORDS` words, capitalised,
    without a figure, ending in its colon; then its value, with no colon of its own, not
    cut off with "…" nor ending in a link's arrow, and holding a figure ("10 % vol." ends
    in an abbreviation's stop) or else of at most :data:`FIELD_VALUE_WORDS` words and
    finishing no sentence (a kicker's teaser headline under its kicker, "Traffic chaos:"
    / "Semi-trailer hanging off highway overpass", is longer); each a :func:`_split_part`, or
    the value a line without letters holding a figure. Unlike :func:`_split_cell` either
    half may have been dropped already: the far table needs six rows, a shape no menu
    has."""
    if m + 1 >= len(seq) or not _split_part(state, seq[m], FIELD_LABEL_WORDS):
        return False
    label = state.lines[seq[m][1][0]].strip()
    if (not label.endswith(":") or not label[:1].isupper() or DIGIT_RE.search(label)
            or not 1 <= len(label[:-1].split()) <= FIELD_LABEL_WORDS):
        return False
    cls, idx = seq[m + 1]
    value = state.lines[idx[0]].strip()
    figure = DIGIT_RE.search(value) is not None
    if not _split_part(state, seq[m + 1], _SPLIT_VALUE_WORDS) and not (
            cls == "bad" and len(idx) == 1 and state.rules[idx[0]] == "symbol_lines" and figure):
        return False
    if not figure and (ends_sentence(value) or len(value.split()) > FIELD_VALUE_WORDS):
        return False  # "Traffic chaos:" / "Semi-trailer hanging off highway overpass": teasers
    return not (":" in value or value.endswith(("…", "...", *_LINK_ARROWS)))


def _far_gap(state: State, seq: list[tuple[str, list[int]]], j: int) -> bool:
    """Whether ``seq[j]`` may stand between two rows of a long table of fields: a one-line
    undecided short block (a sub-heading, "Details zum Artikel"), or an unlocked line
    dropped by one of :data:`_SPLIT_DROPS` only that is a row itself (printed again for
    each of several products: "Incline: 30% gradient") or stands right before a
    :func:`_split_row` (a label printed again on the page, its value on its line:
    "Allergene:" / "Enthält Sulfite" / "Hersteller:" / ...)."""
    cls, idx = seq[j]
    i = idx[0]
    if cls == "short":
        return len(idx) == 1 and state.labels[i] is None
    return (cls == "bad" and not state.locked[i] and state.labels[i] is Label.BOILERPLATE
            and state.rules[i] in _SPLIT_DROPS
            and (_field_cell(state, idx) or _split_row(state, seq, j + 1)))


def _colon_items(state: State, seq: list[tuple[str, list[int]]]) -> list[int]:
    """The positions in ``seq`` whose first line holds a colon: only there may a row of a
    table of fields start (:func:`_table_row`, or the label of a :func:`_split_row`), so
    :func:`_far_field_tables` looks for tables from these alone (one substring test per
    block instead of two row tests)."""
    lines = state.lines
    return [k for k, (_, idx) in enumerate(seq) if ":" in lines[idx[0]]]


def _far_field_tables(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A long table of fields after article text, within ``context_reach`` blocks of it,
    is the article's whatever stands between: a product page prints its specifications
    under a tab of their own (`Details` / `Geschmack: süß` / `Restsäure: 7,1 g/l` / ...),
    past the tab labels that wall them off from the description, where
    :func:`_field_tables` allows two heading lines only. At least :data:`_FAR_TABLE_ROWS`
    rows (:func:`_table_row`), at most :data:`_FAR_TABLE_GAP` undecided one-line short
    blocks in a row between two of them (its sub-headings, kept with it). A menu has no
    such rows, a kicker's teaser headlines have longer values; a table above the article
    (a forum's `Visitors: 763` box, a list of blogs) does not follow it. A row may stand
    on two lines (:func:`_split_row`: "Restsäure:" / "7,1 g/l"), one dropped line between
    rows before one (:func:`_far_gap`); a split row's label counted once (a product grid
    prints "Maker:" under each product), and not a table whose split rows mostly have
    values without letters (a story's "Words:" / "67379" / "Kudos:" / "7142" counters)."""
    n, reach = len(seq), state.params.context_reach
    starts = _colon_items(state, seq)
    if len(starts) < _FAR_TABLE_ROWS:
        return  # (the cheap test first: most pages have no six lines with a colon)
    good = [k for k in range(n) if seq[k][0] == "good"]
    if not good:
        return
    k = 0
    while (s := bisect_left(starts, k)) < len(starts):
        k = starts[s]
        if not (_table_row(state, seq[k]) or _split_row(state, seq, k)):
            k += 1
            continue
        rows: list[int] = []
        labels: set[str] = set()  # the split rows' labels: a grid repeats its one label
        count = bare = 0  # the table's rows; split rows whose value has no letters
        j, gap = k, 0
        while j < n and gap <= _FAR_TABLE_GAP:
            if _table_row(state, seq[j]):
                rows.append(j)
                count += 1
                gap = 0
            elif _split_row(state, seq, j):
                rows.extend((j, j + 1))  # "Restsäure:" / "7,1 g/l": one row on two lines
                label = state.lines[seq[j][1][0]].strip().casefold()
                if label not in labels:  # "Maker:" / "$22.00" under each product: a grid
                    labels.add(label)
                    count += 1
                    bare += not WORD_RE.search(state.lines[seq[j + 1][1][0]])
                j += 1
                gap = 0
            elif _far_gap(state, seq, j):
                gap += 1
            else:
                break
            j += 1
        if 2 * bare > len(labels):
            count = 0  # "Words:" / "67379" / "Kudos:" / "7142": a counter box, no facts
        first, last = rows[0], rows[-1]
        before = bisect_left(good, first)  # the article blocks before the first row
        if count >= _FAR_TABLE_ROWS and before and first - good[before - 1] <= reach:
            row_set = set(rows)
            for m in range(first, last + 1):
                idx = seq[m][1]
                if m in row_set or state.labels[idx[0]] is None:
                    seq[m] = ("good", idx)
                    for i in idx:
                        state.decide(i, Label.ARTICLE, _FAR_TABLE_REASON)
        k = last + 1


_OPENING_REASON = "short sentence opening the article"
# A short block of prose that ends the page right under article text: nothing after it
# says it is cruft. A raw page rarely ends so (a footer follows); cleaned output always
# does, where the line stands because the first cleaning kept it (a post's last line, a
# closing remark), and a second cleaning must keep it too. (Not "short ...": the
# ``dangling_tail`` rule must not read it as kept for text on its right.)
_PAGE_END_REASON = "prose line ending the page under article"
# Words such a line needs, and the share of them that must be stop words: a sentence's
# words, not a footer link's ("Contact us for feedback", "find more by Jane Doe").
_PAGE_END_WORDS = 5
_PAGE_END_STOP_SHARE = 0.5
# A web or mail address in a line ("index.html", "PR-inside.com", "a@b.org"): a link.
_ADDRESS_RE = regex.compile(r"\w\.\w|@|://")


def _prose_words(state: State, idx: list[int]) -> bool:
    """Whether a block reads as prose: :data:`_PAGE_END_WORDS` words or more, at least
    :data:`_PAGE_END_STOP_SHARE` of them stop words, and no web or mail address."""
    text = " ".join(state.lines[i] for i in idx)
    words = WORD_RE.findall(text.casefold())
    if len(words) < _PAGE_END_WORDS or _ADDRESS_RE.search(text) is not None:
        return False
    stop = state.lex.stop
    return sum(1 for w in words if w in stop) >= _PAGE_END_STOP_SHARE * len(words)


def _over_lead_in(state: State, seq: list[tuple[str, list[int]]], k: int) -> bool:
    """Whether the block after position ``k`` is a lead-in of the article: one short
    heading-like line ending in a colon ("So much up front:") right over article text,
    which the smoothing keeps as a subheading. A heading right above it ("About the
    artists" / "So much up front:" / the text) heads the article too; a menu's last item
    ends in no colon, so it stays out."""
    if k + 2 >= len(seq) or seq[k + 1][0] != "short" or seq[k + 2][0] != "good":
        return False
    idx = seq[k + 1][1]
    text = _seq_text(state, idx)
    return len(idx) == 1 and text.endswith((":", "：")) and _heading_like(text)


def _opening_sentence(state: State, idx: list[int]) -> bool:
    """Whether the short block ``idx``, right before article text, is the article's first
    sentence ("Before you start, you will need Python on your computer.", "So schön
    winterlich ist es wie schon lange nicht mehr."): a finished sentence of a few words
    with stop words (:func:`closing_sentence`), not a question (a teaser's headline, "X vs
    Y: what's the difference?") and not right under a share bar or a zone opener (a video
    player's notice under the share buttons, "This video is playable across all supported
    devices.")."""
    if not closing_sentence(state, idx) or state.lines[idx[-1]].rstrip().endswith(
            tuple(_QUESTION_MARKS)):
        return False
    j = state.text_neighbour(idx[0], -1)
    return j is None or not _ends_article(state, j)


_TICKER_REASON = "live ticker's entry under its minute"
# Minute marks a page needs to be a live ticker ("90+2'" / entry / "88'" / entry ...).
_TICKER_MINUTES = 3


def _ticker_entry(state: State, idx: list[int]) -> bool:
    """Whether the short block ``idx``, right after article text, is an entry of a live
    ticker: a finished sentence (:func:`closing_sentence`) right under a minute mark alone
    on its line ("3'" / "Both teams are still feeling each other out."), on a page with
    :data:`_TICKER_MINUTES` such marks or more. The context pass looks past the marks
    (:func:`_transparent`), so the entries above follow one another as paragraphs; the
    ticker's first entry, printed last, has only the page's footer after it and would
    lose its context, though its minute says it is one entry more."""
    above = state.text_neighbour(idx[0], -1)
    if above is None or _MINUTE_RE.match(state.lines[above]) is None or not closing_sentence(
            state, idx):
        return False
    return sum(1 for line in state.lines if _MINUTE_RE.match(line)) >= _TICKER_MINUTES


_REPEATED_OPENING_REASON = "repeated sentence opening the article"


def _repeated_opening(state: State, i: int) -> bool:
    """Whether line ``i``, printed twice on the page with no neighbour shared
    (:data:`~.structure.LONE_COPY`), is the article's first sentence right over its long
    prose (:func:`_opening_sentence`: "Strangled, poisoned and set in concrete!" over the
    story, its other copy a teaser's): a menu's item is no finished sentence, and as a
    dropped line it walled the article off from the lines above it (a standfirst). The
    caller asks only above the page's first article line: further down, such a line is a
    wiki's maintenance notice ("This section needs expansion.") or a product page's
    slogan between two sections."""
    if state.reasons[i] != LONE_COPY or state.locked[i]:
        return False
    nxt = _neighbour(state, i, 1)
    return nxt is not None and state.cf[nxt] == "good" and _opening_sentence(state, [i])


def _colon_heading(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` is one line ending in a colon, the heading of the list under
    it ("Anfahrt:", "Und hier findet ihr die im Video genannten Attraktionen:")."""
    return len(idx) == 1 and state.lines[idx[0]].rstrip().endswith((":", "："))


# Locked footer lines of a post (tags, categories) that may stand between its closing
# sentence and the share bar or zone that closes it: at most this many.
_CLOSER_SKIP = 2
# Under such a line that ends in its label's colon ("Tags:"), its values, one a line: at
# most this many, each of at most this many words without a sentence mark ("Allgemein").
_TAG_VALUES = 5
_TAG_VALUE_WORDS = 3


def _footer_line(state: State, i: int) -> bool:
    """Whether line ``i`` is a lexicon's locked navigation line under a post ("Tags:
    Uncategorized", "Kategorien: ..."), which a closing list's closer may lie past."""
    return (state.locked[i] and state.rules[i] == "cruft_lexicon"
            and state.reasons[i].startswith(CRUFT_CATEGORIES["nav"]))


def _tag_values(state: State, seq: list[tuple[str, list[int]]], c: int) -> int:
    """The position past the values under a post's footer label at ``c - 1`` ("Tags:" /
    "Allgemein" / "Reisen"): a link list under its label that inline rendering printed one
    value a line (block rendering prints them with the label, one footer line). A value is
    a single line of a few words without a sentence mark; ``c`` itself when the line
    before ends in no colon."""
    if not state.lines[seq[c - 1][1][-1]].rstrip().endswith(":"):
        return c
    end = min(len(seq), c + _TAG_VALUES)
    while c < end and len(seq[c][1]) == 1 and not any(
            ch in TERMINAL for ch in state.lines[seq[c][1][0]]) and len(
            WORD_RE.findall(state.lines[seq[c][1][0]])) <= _TAG_VALUE_WORDS:
        c += 1
    return c


def _closing_lists(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A list that closes the article ("What to pack" and its items) stays with it.

    Short lines between the last paragraph and a share bar, a comment or related zone, or
    the end of the page (so that cleaning the output again keeps them), are the article's
    last list when there are three to ten, each is short, and the first (the list's
    heading) is very short. Past ten, rows of a table of fields ("Weight: 1.3 kg") may
    take it to twenty: a product's specifications under its feature list. Lists of other
    stories' headlines usually sit under a related opener instead, which the zone rule has
    already removed. A single short finished sentence in that place is the article's last
    paragraph, also with a post's locked tags line before the closer (:func:`_footer_line`);
    a last line with a colon over a boilerplate closer ("Bewerten:" over the share bar) is
    the closer's heading, no item. An item with a colon heads a sub-list ("Anfahrt:"), ten
    items anew; the list's heading may be such a line of up to ten words, alone or after a
    short finished sentence.
    """
    n = len(seq)
    k = 0
    while k < n:
        if seq[k][0] != "good":
            k += 1
            continue
        while k + 1 < n and seq[k + 1][0] == "near":  # near-good text next to it goes on
            k += 1
        m, start = k + 1, k
        while m < n and seq[m][0] in UNDECIDED and (m - start <= _LIST_MAX_ITEMS or (
                m - k <= _INTRO_MAX_ITEMS and _field_row(state, seq[m][1]))):
            if m - k < _INTRO_MAX_ITEMS and _colon_heading(state, seq[m][1]):
                start = m  # "Anfahrt:" heads a list of its own: ten more items under it
            m += 1  # past ten items, only a table's "Label: value" rows (specifications)
        while m > k + 1 and _COUNTER_RE.match(state.lines[seq[m - 1][1][0]].strip()):
            m -= 1  # a trailing "Likes 12" is a widget counter, not the list's last item
        run = seq[k + 1:m]
        # The end of the page closes it too: cleaning the output again must keep it.
        closes = m == n or _ends_article(state, seq[m][1][0]) or (
            _COUNTER_RE.match(state.lines[seq[m][1][0]].strip()) is not None)
        if (len(run) >= 2 and m < n and _colon_heading(state, run[-1][1])
                and _ends_article(state, seq[m][1][0])
                and state.labels[seq[m][1][0]] is Label.BOILERPLATE):
            run = run[:-1]  # "Bewerten:" / "Teilen mit:" over the share bar: the bar's
        elif len(run) == 1 and not closes:
            c = m  # a last sentence's closer, past a post's locked tags line
            while c < n and c - m < _CLOSER_SKIP and _footer_line(state, seq[c][1][0]):
                c = _tag_values(state, seq, c + 1)
            closes = c > m and (c == n or _ends_article(state, seq[c][1][0]))
        if closes and len(run) >= 3 and all(
                len(idx) == 1 and state.words[idx[0]] <= _LIST_ITEM_WORDS for _, idx in run[
                    _cut_lead_sentence(state, run):]):
            if state.words[run[0][1][0]] <= _LIST_HEADING_WORDS or _colon_heading(
                    state, run[0][1]) or (_colon_heading(state, run[1][1])
                                          and closing_sentence(state, run[0][1])):
                _keep_blocks(state, seq, range(k + 1, k + 1 + len(run)),
                             "list closing the article")
        elif closes and len(run) == 1 and closing_sentence(state, run[0][1]):
            seq[k + 1] = ("good", run[0][1])
            for i in run[0][1]:
                state.decide(i, Label.ARTICLE, "sentence closing the article")
        elif len(run) == 2 and closing_sentence(state, run[0][1]) and _signed_end(
                state, seq, k + 2):
            _keep_blocks(state, seq, (k + 1, k + 2), _SIGNED_REASON)
        elif len(run) >= 2 and _colon_sentence(state, run[0][1]) and _announced_sentence(
                state, run[1]) and _closes_soon(state, seq, k + 3):
            _keep_blocks(state, seq, (k + 1, k + 2), _COLON_SENTENCE_REASON)
        k = m


def _keep_blocks(state: State, seq: list[tuple[str, list[int]]], positions: Iterable[int],
                 reason: str) -> None:
    """Keep the blocks of ``seq`` at ``positions`` as article, for ``reason``, and count
    them as good for the blocks judged after them."""
    for j in positions:
        seq[j] = ("good", seq[j][1])
        for i in seq[j][1]:
            state.decide(i, Label.ARTICLE, reason)


def _cut_lead_sentence(state: State, run: list[tuple[str, list[int]]]) -> int:
    """1 when the first block of a closing list's ``run`` is a short finished sentence of
    several lines over the list's colon heading ("Here is more" / "on the ticket" / "." /
    "And here are the places the video shows:"), which inline rendering cut at its link
    (block rendering prints it on one line, an item like the others), else 0."""
    return int(len(run) >= 2 and len(run[0][1]) > 1 and _colon_heading(state, run[1][1])
               and closing_sentence(state, run[0][1]))


_COLON_SENTENCE_REASON = "sentence announced by the article's last colon"
_SIGNED_REASON = "last sentence signed with the writer's name"
# Dated or locked footer lines between a writer's name under the last sentence and the
# page's end or the zone that closes the article: at most this many.
_SIGNED_SKIP = 3


def _signed_end(state: State, seq: list[tuple[str, list[int]]], m: int) -> bool:
    """Whether ``seq[m]`` is the writer's name alone under the article's last sentence
    ("So long, and thanks for all the fish!" / "Benni" / "10. September 2017" / the
    footer): one to three capitalised words (:func:`_name_alone`), then only the post's
    date and locked footer lines (timestamps, the lexicon's navigation or legal lines, up
    to :data:`_SIGNED_SKIP`) before the page's end, a share bar or a zone: a teaser's
    headline over its author stands among other teasers instead."""
    idx = seq[m][1]
    if len(idx) != 1 or not state.words[idx[0]] or not _name_alone(state, idx):
        return False
    skipped = 0
    for c in range(m + 1, len(seq)):
        i = seq[c][1][0]
        if _ends_article(state, i):
            return True
        if _footer_separator(state, seq, c):
            continue  # "Datenschutz" / "·" / "Impressum": one footer line in block rendering
        skipped += 1
        if skipped > _SIGNED_SKIP or not (state.rules[i] == "bylines_dates" or (
                state.locked[i] and state.rules[i] == "cruft_lexicon" and state.reasons[
                    i].startswith((CRUFT_CATEGORIES["nav"], CRUFT_CATEGORIES["footer"])))):
            return False
    return True


def _footer_separator(state: State, seq: list[tuple[str, list[int]]], c: int) -> bool:
    """Whether ``seq[c]`` is a separator without letters ("·", "|") between two footer
    links, which inline rendering prints on a line of its own: a symbol line right after a
    locked line of the lexicon, with a line after it."""
    i = seq[c][1][0]
    return (state.rules[i] == "symbol_lines" and 0 < c < len(seq) - 1
            and state.locked[seq[c - 1][1][0]]
            and state.rules[seq[c - 1][1][0]] == "cruft_lexicon"
            and len(state.lines[i].strip()) <= 2)


def _colon_sentence(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` is one line of prose that ends in a colon ("Was bleibt, ist
    die Gewissheit:"): a clause of a few words with stop words, not a label ("Tags:") nor
    a field row ("Kategorie: News"), that the sentence after it finishes."""
    if len(idx) != 1 or _field_row(state, idx):
        return False
    text = state.lines[idx[0]].strip()
    if not text.endswith((":", "：")) or not text[:1].isupper():
        return False
    words = WORD_RE.findall(text.casefold())
    return len(words) >= _SENTENCE_MIN_WORDS and sum(
        1 for w in words if w in state.lex.stop) >= 2


# Blocks after a sentence that a colon line announces within which the article must
# end (a share bar, a zone opener, the page's end), a post's footer lines between.
_CLOSE_REACH = 8


def _closes_soon(state: State, seq: list[tuple[str, list[int]]], m: int) -> bool:
    """Whether the article ends within :data:`_CLOSE_REACH` blocks from position ``m``,
    no article text between: the colon line and its sentence are the post's last words
    ("Was bleibt, ist die Gewissheit:" / "Begeisterung ist ansteckend!" / "Kategorie:
    News" / the share bar), not the head of a list that goes on ("On this site you'll
    find:" / "An introduction." / "The contents of" / ...)."""
    for j in range(m, min(len(seq), m + _CLOSE_REACH)):
        if seq[j][0] == "good":
            return False
        if _ends_article(state, seq[j][1][0]):
            return True
    return m + _CLOSE_REACH > len(seq)


def _announced_sentence(state: State, item: tuple[str, list[int]]) -> bool:
    """Whether the short block ``item`` is a sentence of its own that a colon line may
    announce: a capital, a finished statement (:func:`closing_sentence`) and no question
    ("If you liked this post you might also like:" / another post's title asking one); a
    list's item in lower case goes on from the colon instead."""
    cls, idx = item
    text = _seq_text(state, idx)
    return (cls == "short" and text[:1].isupper() and closing_sentence(state, idx)
            and not text.rstrip("\"'”’»)").endswith(tuple(_QUESTION_MARKS)))


_COLON_LIST_REASON = "list under a colon heading after article"


# A list under a colon heading may repeat a line of the article above it (a seminar's
# topics, one of them a section's heading): at most one item in this many.
_REPEATED_ITEMS_SHARE = 3


def _repeated_item(state: State, i: int, start: int, end: int,
                   keyed: dict[str, list[int]]) -> bool:
    """Whether line ``i`` was dropped, unlocked, only for being printed again on the page
    (``repeated_lines``), and every other copy of it stands in the article above the list
    (lines ``start`` to ``end``, its first article block and the list's heading): the list
    names the article's own sections. A copy in a menu or in the list itself (a paywall's
    offers, each printed twice) makes it a menu's item."""
    if state.rules[i] != "repeated_lines" or state.locked[i] or (
            state.labels[i] is not Label.BOILERPLATE):
        return False
    if not keyed:
        for j, key in enumerate(state.keys):
            if key:
                keyed.setdefault(key, []).append(j)
    return all(j == i or start <= j < end for j in keyed.get(state.keys[i], ()))


def _colon_lists(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A list right after article text under a heading that ends in a colon ("SPECS:" /
    "Load Range: 30 – 50 lbs." / ..., "Key topics discussed in the guide include:" / its
    topics) is the article's: the colon announces what follows, so the list needs no
    share bar or zone after it. Three to twenty short one-line items; it ends at the first
    line that is not one. Not a list of labels ("Previous story:" / its headline) nor of
    titles (at most one item in three in title case, a table's "Label: value" rows aside):
    those are other pages' links; nor one with a finished sentence among its items (other
    than such rows): the colon then ends a sentence that the next one goes on from.
    Near-good text right after the article ("Final touches include ...") goes on with it:
    the heading may follow that."""
    n = len(seq)
    first = next((k for k in range(n) if seq[k][0] == "good"), None)
    keyed: dict[str, list[int]] = {}  # each key's lines, built for the first repeated item
    for k in range(n - 1):
        h = k + 1
        if seq[k][0] == "good":
            while h + 1 < n and seq[h][0] == "near" and not state.lines[
                    seq[h][1][-1]].rstrip().endswith((":", "：")):
                h += 1  # near-good text next to the article goes on with it
        if (seq[k][0] != "good" or seq[h][0] not in UNDECIDED or len(seq[h][1]) != 1
                or not state.lines[seq[h][1][0]].rstrip().endswith((":", "："))):
            continue
        m, repeated = h + 1, 0
        while (m < n and m - h <= _INTRO_MAX_ITEMS and len(seq[m][1]) == 1
               and state.words[seq[m][1][0]] <= _LIST_ITEM_WORDS):
            if seq[m][0] != "short":
                if first is None or not _repeated_item(
                        state, seq[m][1][0], seq[first][1][0], seq[h][1][0], keyed):
                    break
                repeated += 1
            m += 1
        items = [state.lines[seq[j][1][0]].strip() for j in range(h + 1, m)]
        if len(items) < 3 or any(t.endswith((":", "：")) for t in items):
            continue  # "Previous story:" / headline / "Next story:" / headline: labels
        if repeated * _REPEATED_ITEMS_SHARE > len(items):
            continue  # "Menü:" / its items, printed again in the footer: a menu
        plain = [t for j, t in zip(range(h + 1, m), items, strict=True)
                 if not _field_row(state, seq[j][1])]
        if sum(1 for t in plain if _title_case(t, state.lex)) * _TITLE_ITEMS_SHARE > len(items):
            continue  # "Jede Menge Testberichte:" / product names: other pages' links
        if any(ends_sentence(t) for t in plain):
            continue  # "... die Gewissheit:" / one sentence: a paragraph's colon, no list
        for j in range(h, m):
            seq[j] = ("good", seq[j][1])
            state.decide(seq[j][1][0], Label.ARTICLE, _COLON_LIST_REASON)


def _introduced_lists(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A list introduced by a heading with a colon ("Ingredients:", "Zutaten:") right before
    article text belongs to it, even with nothing but page chrome above it."""
    n = len(seq)
    for m in range(1, n):
        if seq[m][0] != "good":
            continue
        k = m
        while k > 0 and m - k < _INTRO_MAX_ITEMS and seq[k - 1][0] == "short" and len(
                seq[k - 1][1]) == 1 and state.words[seq[k - 1][1][0]] <= _LIST_ITEM_WORDS:
            k -= 1
            if state.lines[seq[k][1][0]].rstrip().endswith((":", "：")) and m - k >= 3:
                for j in range(k, m):
                    seq[j] = ("good", seq[j][1])
                    state.decide(seq[j][1][0], Label.ARTICLE, "list introduced before article")
                break



# A colon sentence's list between two parts of the article: the finished sentence under
# the list stands at most this many blocks over article text, nothing locked between.
_BRIDGE_REACH = 4
_BRIDGED_LIST_REASON = "list under a colon sentence between article parts"


def _bridged_lists(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A sentence that ends in a colon ("For the order we need the following:") over
    three or more short items and a finished near-good sentence, with article text both
    before (within the context reach, a contact box between) and right after (within
    :data:`_BRIDGE_REACH` blocks, nothing locked between), is the article's: an order
    form's or a how-to's steps between two of its paragraphs. A colon sentence is prose
    (:func:`_colon_sentence`), no menu's label; the items are no finished sentences, no
    labels, and at most one in three in title case, as under :func:`_colon_lists`; the
    sentence under them closes the list, so a menu that goes on into other pages'
    teasers stays out."""
    n, reach = len(seq), state.params.context_reach
    last_good = -(10**9)
    for k in range(n - 1):
        if seq[k][0] == "good" or (seq[k][0] == "near" and last_good == k - 1):
            last_good = k  # (near-good text next to the article goes on with it)
        if (k - last_good > reach or seq[k][0] != "short"
                or not _colon_sentence(state, seq[k][1])):
            continue
        m = k + 1
        while (m < n and m - k <= _INTRO_MAX_ITEMS and seq[m][0] == "short"
               and len(seq[m][1]) == 1 and state.words[seq[m][1][0]] <= _LIST_ITEM_WORDS):
            m += 1
        items = [state.lines[seq[j][1][0]].strip() for j in range(k + 1, m)]
        if len(items) < 3 or m >= n or seq[m][0] != "near":
            continue
        close = _seq_text(state, seq[m][1]).rstrip()
        if not (ends_sentence(close) or close.endswith((":", "："))):
            continue  # (it may announce the lines under it: "Pay to this account:")
        if any(t.endswith((":", "：")) or ends_sentence(t) for t in items):
            continue  # labels, or a paragraph's sentences
        if sum(1 for t in items if _title_case(t, state.lex)) * _TITLE_ITEMS_SHARE > len(items):
            continue  # other pages' links
        after = next((j for j in range(m + 1, min(n, m + 1 + _BRIDGE_REACH))
                      if seq[j][0] == "good"), None)
        if after is None or any(state.locked[i] for j in range(m + 1, after)
                                for i in seq[j][1]):
            continue
        _keep_blocks(state, seq, range(k, m + 1), _BRIDGED_LIST_REASON)


# A product's feature list under its description: this many short items at least, and at
# most :data:`_LIST_MAX_ITEMS`; one item in this many may be one word, title case, or a
# finished sentence.
_FEATURE_MIN_ITEMS = 3
_FEATURE_ODD_SHARE = 2
_FEATURE_REASON = "feature list under the article"
# The product's price stands at most this many blocks over its description.
_FEATURE_PRICE_REACH = 2


def _priced(state: State, seq: list[tuple[str, list[int]]], j: int) -> bool:
    """Whether block ``seq[j]`` is a price line, or its amount under a currency symbol
    alone on the line before, as inline rendering cuts a price at its markup (`$` /
    `3,665.00`)."""
    line = state.lines[seq[j][1][0]].strip()
    if price_line(line):
        return True
    return j > 0 and price_line(state.lines[seq[j - 1][1][-1]].strip() + line)


# What a list item's line may lose to lines of its own after a link: its final stop and
# the closing quotes or brackets around it (not a menu's separator, `»`, `|`, `-`).
_CUT_STOP = TERMINAL | frozenset("\"'”’)]）")


def _cut_item(state: State, idx: list[int]) -> str | None:
    """The text of a one-line list item ``idx`` (a block), or ``None`` when the block holds
    more than one line of text. Inline rendering breaks a line where a link ends, so an
    item whose last word is a link loses its final stop to a line of its own ("Use it like
    a pro with our how-to" / "!"); block rendering prints it whole. Such lines, a stop
    (and its closing quotes or brackets) and nothing else, are the item's; a breadcrumb's
    separator on a line of its own (`Products` / `»`) makes a block of two items."""
    tail = "".join(state.lines[i].strip() for i in idx[1:])
    if tail and not (set(tail) <= _CUT_STOP and set(tail) & TERMINAL):
        return None
    return state.lines[idx[0]].strip() + tail


def _feature_lists(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A list of plain phrases right under a product's description ("$49.00" / "This
    pendant ..." / "18K gold" / "Adjustable chain, 16 in." / "Tested for heavy metals") is
    the description's, whatever follows it: a shop puts its buy box or a spec line there,
    no share bar or zone (:func:`_closing_lists`). The price (:func:`price_line`) within
    :data:`_FEATURE_PRICE_REACH` blocks over the description's first paragraph marks a
    product's text: under a news story's last paragraph the same short lines are other
    stories' headlines. Three to ten short one-line items in a row, the run ended by a
    block that is no short line. A menu's or a list of other stories' items are in title
    case (read on items of three words or more: "Certified Organic" is a feature), a tag
    cloud's single words, a paragraph's lines finished sentences: at most one item in
    :data:`_FEATURE_ODD_SHARE` may be any of those, and none ends in a colon (a label:
    "Share:")."""
    n = len(seq)
    for k in range(n - 1):
        if seq[k][0] != "good" or seq[k + 1][0] != "short":
            continue
        top = k
        while top > 0 and seq[top - 1][0] == "good":
            top -= 1  # the description's first paragraph
        if not any(_priced(state, seq, j)
                   for j in range(max(0, top - _FEATURE_PRICE_REACH), top)):
            continue  # no price over the description: no product's text
        m = k + 1
        items: list[str] = []
        while (m < n and seq[m][0] == "short" and state.words[seq[m][1][0]] <= _LIST_ITEM_WORDS
               and (item := _cut_item(state, seq[m][1])) is not None):
            items.append(item)
            m += 1
        if m < n and seq[m][0] == "short":
            continue  # a longer block among the short lines: no list of phrases
        if not _FEATURE_MIN_ITEMS <= len(items) <= _LIST_MAX_ITEMS:
            continue
        if any(t.endswith((":", "：")) for t in items):
            continue
        odd = sum(1 for t in items if ends_sentence(t) or len(WORD_RE.findall(t)) < 2 or (
            len(WORD_RE.findall(t)) > 2 and _title_case(t, state.lex)))
        if odd * _FEATURE_ODD_SHARE > len(items):
            continue
        _keep_blocks(state, seq, range(k + 1, m), _FEATURE_REASON)


# Short blocks (of one or two lines) that may stand between the article's last paragraph and
# the author's sign-off ("Viel Glück!" / "Euer Tom"), or end in it ("Ich wünsche euch einen
# schönen Sonntag <3" / "x Franzi"), and the most words each may hold.
_SIGN_OFF_GAP = 2
_SIGN_OFF_GAP_WORDS = 15
# Words of a name after a sign-off formula ("Cheers, Tom", "XX, Die Redaktion"), or of a
# name on its own line under a formula alone ("Liebe Grüße" / "Anna Maria").
_SIGN_OFF_NAME_WORDS = 3
# Letters a formula needs to stand alone, with no name after it ("x", "lg": a close
# button's "x", a brand's "LG" are no sign-off).
_SIGN_OFF_ALONE_CHARS = 3
_SIGN_OFF_MAX_FORMULA = 4
_SIGN_OFF_REASON = "sign-off after the article"


def _named(words: list[str]) -> bool:
    """Whether ``words`` (raw, after a sign-off formula) are a name: one to
    :data:`_SIGN_OFF_NAME_WORDS` capitalised words, no final stop ("Tom", "Die Redaktion",
    "HansEhrlich"; "this recipe!" after "Love" is none)."""
    return (0 < len(words) <= _SIGN_OFF_NAME_WORDS and words[-1][-1:] not in TERMINAL
            and all(w[:1].isupper() for w in words))


def _sign_off(lex: Lexicon, text: str) -> bool | None:
    """Whether ``text`` (a block's lines joined, as the output prints it) ends in an
    author's sign-off: a formula of ``signoff.txt`` ("Liebe Grüße", "Cheers", "Euer",
    "xoxo") that opens it or follows a word ending in no letter ("... Sonntag <3 x Franzi",
    "Viel Glück! Euer Tom"; not "Zeigt mir eure Outfits"), alone or followed by a name,
    after a comma or not ("Cheers, Tom", "Euer HansEhrlich"), hearts and emoji after it
    looked past ("Liebe Grüße ♥", "xoxo, Anna <3"). ``None`` when it ends in the formula
    alone, whose name may follow on the next line."""
    raw = text.split()
    for p in range(max(0, len(raw) - _SIGN_OFF_MAX_FORMULA - _SIGN_OFF_NAME_WORDS), len(raw)):
        if p > 0 and raw[p - 1][-1:].isalpha():
            continue
        for n in range(min(len(raw) - p, _SIGN_OFF_MAX_FORMULA), 0, -1):
            formula = norm_key(" ".join(raw[p:p + n]))
            if not formula or formula not in lex.signoffs:
                continue
            # (a comma after the formula, and hearts or emoji without letters, aside)
            rest = [w for w in raw[p + n:] if any(map(str.isalpha, w))]
            if not rest and len(formula) >= _SIGN_OFF_ALONE_CHARS:
                return None
            if _named(rest):
                return True
            break  # a longer formula at this word was tried first
    return False


def _sign_offs(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """An author's sign-off right after the article's last paragraph is the article's
    ("Liebe Grüße" / "Anna", "XX, Die Redaktion", "Viel Glück!" / "Euer HansEhrlich"): a
    line of ``signoff.txt``'s formulas (with a name after it, or on the next line), up to
    :data:`_SIGN_OFF_GAP` short one-line blocks after long prose, which go with it (a wish,
    "Ich wünsche euch allen einen schönen Sonntag <3"). The formulas are what a writer
    puts under a post; a comment's signature stands in its comment zone, and a
    newsletter box's "Ihre Redaktion" is no such formula."""
    n = len(seq)
    for k in range(n - 1):
        if seq[k][0] != "good":
            continue
        for m in range(k + 1, min(n, k + _SIGN_OFF_GAP + 2)):
            cls, idx = seq[m]
            if cls not in UNDECIDED or len(idx) > _SIGN_OFF_GAP or sum(
                    state.words[i] for i in idx) > _SIGN_OFF_GAP_WORDS:
                break
            found = _sign_off(state.lex, " ".join(state.lines[i] for i in idx))
            if found is False:
                continue
            stop = m + 1
            if found is None:  # the formula alone: its name may stand on the next line
                if stop < n and seq[stop][0] == "short" and len(seq[stop][1]) == 1 and _named(
                        state.lines[seq[stop][1][0]].split()):
                    stop += 1
            _keep_blocks(state, seq, range(k + 1, stop), _SIGN_OFF_REASON)
            break


# A news agency's bracketed credit under a story ("(Reporting by Jane Doe; Editing by John
# Roe)"): the most words it may hold, the most words of one role's names, the longest role.
_WIRE_MAX_WORDS = 40
_WIRE_NAME_WORDS = 6
_WIRE_MAX_ROLE = 4
# Lower-case words of at most this many letters may join a credit's names ("Jane Doe and
# John Roe", "Will Dunham in Washington", "Anna von Muster").
_WIRE_JOINER_CHARS = 3
_WIRE_REASON = "agency credit closing the article"
# A credited link's title between the article and its "(via ...)" credit: at most this
# many words.
_WIRE_TITLE_WORDS = 12
_VIA_REASON = "source credit closing the article"
_TITLE_REASON = "credited link's title over its credit"


def _wire_names(words: list[str]) -> bool:
    """Whether ``words`` are a credit's names: one to :data:`_WIRE_NAME_WORDS` words, the
    first and last capitalised, the others capitalised or short lower-case joiners ("and",
    "in", "von"), no sentence's end among them."""
    return (0 < len(words) <= _WIRE_NAME_WORDS and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and all(w[:1].isupper() or (w.isalpha() and w.islower()
                                        and len(w) <= _WIRE_JOINER_CHARS) for w in words)
            and not any(w[-1:] in TERMINAL for w in words))


def _wire_credit(lex: Lexicon, line: str) -> bool:
    """Whether ``line`` is a news agency's credit: in brackets, its pieces (parted by ";"
    or ",") each a role of ``wirecredit.txt`` with names after it, or, after a role, more
    names ("(Reporting by Jane Doe, John Roe; Editing by Tim Poe)"). A blog's source credit
    is one too, its role a word of ``xx/via.txt`` ("(via Example Daily)"). A bracketed line
    of anything else (an aside, a caption's credit) is no such credit."""
    text = line.strip()
    if (len(text) < 2 or text[0] != "(" or text[-1] != ")"
            or len(text.split()) > _WIRE_MAX_WORDS):
        return False
    inner = text[1:-1]
    if "(" in inner or ")" in inner:
        return False
    roles = 0
    for piece in inner.replace(";", ",").split(","):
        words = piece.split()
        for n in range(min(_WIRE_MAX_ROLE, len(words) - 1), 0, -1):
            if norm_key(" ".join(words[:n])) in lex.wire_roles or (
                    n == 1 and words[0].casefold() in lex.via_words):
                words = words[n:]
                roles += 1
                break
        else:
            if not roles:
                return False  # the first piece opens with a role
        if not _wire_names(words):
            return False
    return roles > 0


def _wire_credits(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A news agency's bracketed credit right after the article's last paragraph is the
    article's, as the agency prints it under the story ("(Reporting by Jane Doe; Editing by
    John Roe)"): an undecided block right after an article block, its lines joined a
    credit of ``wirecredit.txt``'s roles (see :func:`_wire_credit`). Its few stop words and
    the footer under it would drop it; a credit without brackets stays with its context.
    A blog's source credit ("(via Example Daily)") is kept the same way, also past the
    credited link's title between it and the article (see :func:`_credited_title`)."""
    if not state.lex.wire_roles:
        return
    for k in range(len(seq) - 1):
        cls, idx = seq[k + 1]
        if cls not in UNDECIDED or not state.lines[idx[0]].lstrip().startswith("("):
            continue
        title = _credited_title(state, seq, k)
        text = _bracket_text(state, idx)
        if (seq[k][0] != "good" and title is None) or not _wire_credit(state.lex, text):
            continue
        why = (_VIA_REASON if text[1:].split()[0].casefold() in state.lex.via_words
               else _WIRE_REASON)
        seq[k + 1] = ("good", idx)
        for i in idx:
            state.decide(i, Label.ARTICLE, why)
        if title is not None:
            seq[k] = ("good", seq[k][1])
            state.decide(title, Label.ARTICLE, _TITLE_REASON)


# A writer's credit under the article's last paragraph, led by a label of ``byline.txt``
# and a colon ("Autor: Jane Doe, Example Institute, Springfield (D)"): the most words it
# may hold.
_COLON_CREDIT_MAX_WORDS = 20
_COLON_CREDIT_REASON = "writer's credit closing the article"


def _colon_credit(lex: Lexicon, line: str) -> bool:
    """Whether ``line`` is a writer's credit: a label of ``byline.txt`` ("Autor", "Author",
    "Text") and a colon, then pieces parted by commas, each a credit's names (see
    :func:`_wire_names`; a bracketed country code as in "Springfield (D)" counts as a
    name), no digit anywhere: a date or a count after the label is a post's header line,
    not the article's credit."""
    label, colon, rest = line.strip().partition(":")
    if (not colon or norm_key(label) not in lex.byline_words
            or any(c.isdigit() for c in rest)
            or not 0 < len(rest.split()) <= _COLON_CREDIT_MAX_WORDS):
        return False
    return all(_wire_names([w.strip("()") for w in piece.split()])
               for piece in rest.split(","))


def _colon_credits(state: State, seq: list[tuple[str, list[int]]]) -> None:
    """A writer's credit with its colon label right after the article's last paragraph is
    the article's, as its site prints it under the text ("Autor: Jane Doe, Example
    Institute, Springfield (D)"): a one-line block right after an article block, that no
    rule decided or that classify's few stop words alone would drop, holding a credit
    (see :func:`_colon_credit`). Names and institutions hold few stop words; the footer
    under it would take it along."""
    if not state.lex.byline_words:
        return
    for k in range(len(seq) - 1):
        cls, idx = seq[k + 1]
        if (seq[k][0] != "good" or len(idx) != 1 or cls not in UNDECIDED | {"bad"}
                or (state.labels[idx[0]] is not None and state.rules[idx[0]] != "classify")
                or not _colon_credit(state.lex, state.lines[idx[0]])):
            continue
        seq[k + 1] = ("good", idx)
        state.decide(idx[0], Label.ARTICLE, _COLON_CREDIT_REASON)


def _bracket_text(state: State, idx: list[int]) -> str:
    """The lines ``idx`` as one bracketed text: inline rendering cuts a credit at its
    link ("(" / "via" / "Example Daily" / ")"), the brackets and words on lines of their
    own; joined, with no space inside the brackets, it reads as block rendering prints
    it."""
    text = " ".join(state.lines[i].strip() for i in idx)
    if text.startswith("( "):
        text = "(" + text[2:]
    if text.endswith(" )"):
        text = text[:-2] + ")"
    return text


def _credited_title(state: State, seq: list[tuple[str, list[int]]], k: int) -> int | None:
    """The line of block ``k`` when it is the title of a link that the credit after it
    names the source of: an undecided one-line block of at most
    :data:`_WIRE_TITLE_WORDS` words that finishes no sentence, right between an article
    block and the credit ("... Read the whole thing." / "The case for slow travel" /
    "(via Example Daily)"). Alone it is too short to keep; the credit marks it as the
    article's link."""
    if k < 1 or seq[k - 1][0] != "good" or seq[k][0] not in UNDECIDED:
        return None
    idx = seq[k][1]
    if len(idx) != 1 or state.labels[idx[0]] is not None:
        return None
    text = state.lines[idx[0]].strip()
    if not text or len(text.split()) > _WIRE_TITLE_WORDS or ends_sentence(text):
        return None
    return idx[0]


def closing_sentence(state: State, idx: list[int]) -> bool:
    """A short last paragraph: a finished sentence of a few words, with stop words."""
    text = " ".join(state.lines[i] for i in idx)
    if not ends_sentence(text):
        return False
    words = WORD_RE.findall(text.casefold())
    if len(words) >= _SENTENCE_MIN_WORDS and any(w in state.lex.stop for w in words):
        return True
    # Chinese and Japanese: no spaces; the word weights count the characters, and function
    # characters ("的", "了", "は") stand for stop words.
    fchars = state.lex.function_chars
    return (bool(fchars) and sum(state.words[i] for i in idx) >= _SENTENCE_MIN_WORDS
            and any(c in fchars for c in text))


def context(state: State) -> None:
    """Decide every still-undecided block from the nearest decided blocks around it."""
    # The sequence of decided and undecided blocks, in page order. Locked boilerplate and
    # zone lines count as "bad" neighbours; blank lines are skipped, and so is inline cruft
    # (an ad slot between two paragraphs) once near-good runs are found.
    seq: list[tuple[str, list[int]]] = []
    todo = blocks(state)
    # A rule decided a block's first lines alone (an inline box's link, a teaser run's
    # row): the rest is the paragraph the output shows, judged on its own.
    split = [rest[0] for rest in todo if state.block[rest[0]] != rest[0]]
    for at in split:
        split_block(state, at)
    pending = {b[0]: b for b in (blocks(state) if split else todo)}
    seen_block: set[int] = set()
    headings: list[int] = []
    contents: list[int] = []
    keyed: dict[str, list[int]] = {}

    def where() -> dict[str, list[int]]:
        # Each key's lines, built once for the first repeated heading that asks.
        if not keyed:
            for j, key in enumerate(state.keys):
                if key:
                    keyed.setdefault(key, []).append(j)
        return keyed

    # Each line's rule is asked before the two tests that start by asking it: most lines
    # are neither a symbol line nor a repeated one, and need no call.
    rules = state.rules
    first_article = next((j for j, lb in enumerate(state.labels) if lb is Label.ARTICLE),
                         len(state))
    numbers = _section_numbers(state)
    for i in range(len(state)):
        if state.blank[i] or (rules[i] == "symbol_lines" and (
                _transparent(state, i) or _list_bullet(state, i)
                or _timeline_year(state, i) or i in numbers)):
            continue
        if state.inline[i] or (rules[i] == "repeated_lines" and _section_heading(state, i)):
            if not state.inline[i]:
                headings.append(i)
            seq.append(("inline", [i]))
            continue
        if rules[i] == "repeated_lines" and not state.locked[i] and _repeated_sentence(state, i):
            headings.append(i)  # (a wall still: kept below only between two kept lines)
        if rules[i] == "repeated_lines" and i < first_article and _repeated_opening(state, i):
            state.decide(i, Label.ARTICLE, _REPEATED_OPENING_REASON)  # (a good neighbour now)
        if rules[i] == "repeated_lines" and _contents_heading(state, i, where()):
            contents.append(i)  # (a wall still: the line before it is no subheading)
        b = state.block[i]
        if b in seen_block:
            continue
        seen_block.add(b)
        if b in pending and pending[b][0] == i:
            seq.append((state.cf[i] or "short", pending[b]))
        else:
            seq.append(("good" if state.labels[i] in (Label.ARTICLE, Label.TITLE) else "bad", [i]))
    _promote_near_runs(state, seq)  # an ad slot breaks a run: "Advertisement" heads ad copy
    _promote_sentence_runs(state, seq)
    seq = [item for item in seq if item[0] != "inline"]
    _anchor_short_pages(state, seq)
    _closing_lists(state, seq)
    _colon_lists(state, seq)
    _introduced_lists(state, seq)
    _bridged_lists(state, seq)
    _feature_lists(state, seq)
    _sign_offs(state, seq)
    _wire_credits(state, seq)
    _colon_credits(state, seq)
    _field_tables(state, seq)  # after the colon lists, whose items may be such rows
    _far_field_tables(state, seq)
    reach = state.params.context_reach
    n = len(seq)
    left, right = _nearest_decided(seq, reach)
    # Is there article text within reach on the left / right, whatever lies between?
    good_left = [False] * n
    last_pos = -(10**9)
    for k in range(n):
        good_left[k] = k - last_pos <= reach
        if seq[k][0] == "good":
            last_pos = k
    good_right = [False] * n
    last_pos = 10**9
    for k in range(n - 1, -1, -1):
        good_right[k] = last_pos - k <= reach
        if seq[k][0] == "good":
            last_pos = k
    span_left, span_right = _nearest_decided(seq, _LIST_REACH)
    speakers: dict[str, bool] = {}  # speaker labels judged so far (most pages: none)
    # The page's first article block: the deck and meta-bar tests ask whether article text
    # stands above a block, once per block; one look here keeps them linear.
    first_good = next((k for k, (c, _) in enumerate(seq) if c == "good"), n)
    dropped: set[int] = set()  # positions dropped for their context alone
    for k, (cls, idx) in enumerate(seq):
        if cls in ("good", "bad") or state.labels[idx[0]] is not None:
            continue
        lft, rgt = left[k], right[k]
        text = " ".join(state.lines[i] for i in idx)
        if cls == "near" and rgt != "good" and _standfirst_over_meta(state, seq, k, text):
            rgt = "good"  # "... offen." / "21.01.2022 11:46" / "von" / article: a standfirst
        elif cls == "near" and rgt != "good" and _deck_under_headline(
                state, seq, k, text, first_good):
            rgt = "good"  # headline / "Penalties for ..." / "By" / "April Roach" / article
        if cls == "near" and lft != "good" and _text_over_meta_bar(
                state, seq, k, text, first_good):
            lft = "good"  # lead / "Von" / "Tim Ehlers" / date / "Artikel teilen" / text
        if cls == "near" and rgt != "good" and _lead_over_contents(
                state, seq, k, text, first_good, where):
            rgt = "good"  # lead / "Inhalt" / "1." / "Was ist ...?" / ... / first section
        if _zone_heading(state, idx):
            # (a refused opener is the heading of a box, never text: see _zone_heading)
            label, why = Label.BOILERPLATE, "zone heading, no opener here"
        elif cls == "near" and (lft == "good" or rgt == "good") and not (
                rgt != "good" and _trailing_headline(text)):
            # (a headline with a kicker after the article's end is the first teaser of
            # other stories: it follows the rules below, not its neighbour above)
            label, why = Label.ARTICLE, "near-good next to article"
        elif lft == "good" and rgt == "good":
            label, why = Label.ARTICLE, f"{cls} between article blocks"
        elif (cls == "short" and 0 < k < n - 1 and seq[k - 1][0] == "good"
              and seq[k + 1][0] == "near"):
            # Right after article text and right before near-good text that continues it
            # (headlines and datelines sit the other way round, before the text).
            label, why = Label.ARTICLE, "short between article and near-good text"
        elif span_left[k] == "good" and span_right[k] == "good":
            # A long list (ingredients, steps, specs) between two parts of the article:
            # nothing but undecided short lines separate them.
            label, why = Label.ARTICLE, f"{cls} in a list inside the article"
        elif rgt == "good" and k + 1 < n and (
                seq[k + 1][0] == "good" or _over_lead_in(state, seq, k)) and _heading_like(text):
            label, why = Label.ARTICLE, "subheading before article"
        elif cls == "short" and good_left[k] and good_right[k] and "good" in (lft, rgt):
            # Inside the article's span, next to article text: a list item, a short line of
            # a recipe or a closing sentence. Unsure lines follow their context.
            label, why = Label.ARTICLE, f"{cls} inside the article, next to article"
        elif (cls == "short" and k and state.labels[seq[k - 1][1][0]] is Label.ARTICLE
              and _ticker_entry(state, idx)):
            label, why = Label.ARTICLE, _TICKER_REASON
        elif cls == "short" and k + 1 < n and seq[k + 1][0] == "good" and _opening_sentence(
                state, idx):
            label, why = Label.ARTICLE, _OPENING_REASON
        elif cls == "short" and _speaker_answer(state, idx, speakers):
            label, why = Label.ARTICLE, _ANSWER_REASON
        elif (cls == "short" and k == n - 1 and k
              and state.labels[seq[k - 1][1][0]] is Label.ARTICLE and _prose_words(state, idx)):
            label, why = Label.ARTICLE, _PAGE_END_REASON
        else:
            label, why = Label.BOILERPLATE, f"{cls}, context {lft}/{rgt}"
            dropped.add(k)
        for i in idx:
            state.decide(i, label, why)
        if label is Label.BOILERPLATE and cls == "short" and len(idx) == 1 and (
                _heading_like(text) or _question_heading(text)):
            headings.append(idx[0])  # between two kept paragraphs it is a subheading
    if dropped:
        _colon_heading_tails(state, seq, dropped)
        _continued_sentences(state, seq, dropped)
        _cut_paragraph_heads(state, seq, dropped)
        _cut_sentences_after(state, seq, dropped)
        _numbered_items_going_on(state, seq, dropped)
        _framed_like_article(state, seq, dropped)
    _post_frames(state)
    headings.sort()
    _keep_section_headings(state, headings)
    _keep_contents_headings(state, contents)
    _post_signatures(state)


# A post embedded from a social network signs off with its author and handle, and its date
# ("— Jane Doe (@janedoe) March 3, 2020"; the date is a link of its own inline).
_SIGNATURE_RE = regex.compile(r"^[—–-] ?[^()]{1,80}\(@\w{1,30}\)(?: (.{4,30}))?$")
# Its date holds a year somewhere (``_YEAR_RE``, the timeline's year pattern further down).
# Link lines of an embedded post between its text and its signature ("pic.twitter.com/x",
# "https://t.co/x"): looked past, at most this many.
_POST_LINKS = 2
_SIGNATURE_REASON = "embedded post's signature"


def _signature(line: str) -> bool:
    """Whether ``line`` is an embedded post's signature: a dash, the author's name, the
    handle in brackets, the post's date (holding a year) or nothing after it."""
    line = line.strip()
    if line[:1] not in "—–-":
        return False  # (the cheap test first: most lines open with no dash)
    m = _SIGNATURE_RE.match(line)
    return m is not None and (m.group(1) is None or _YEAR_RE.search(m.group(1)) is not None)


def _link_line(line: str) -> bool:
    """Whether ``line`` is a bare link (one word with a slash and a dot, no spaces)."""
    t = line.strip()
    return " " not in t and "/" in t and "." in t


def _post_signatures(state: State) -> None:
    """An embedded post quoted in the article ends with its author's signature ("— Jane
    Doe (@janedoe) March 3, 2020"): a short line with few stop words that the classifier
    or the context dropped. When the post's text before it (past up to
    :data:`_POST_LINKS` bare link lines, which go with it) is the article's, the signature
    is too, and inline so is the date line right after it."""
    n = len(state.lines)
    for i in range(n):
        if state.labels[i] is Label.ARTICLE or state.locked[i] or not _signature(
                state.lines[i]):
            continue
        links: list[int] = []
        j = state.text_neighbour(i, -1)
        while j is not None and len(links) < _POST_LINKS and state.labels[j] is not (
                Label.ARTICLE) and _link_line(state.lines[j]):
            links.append(j)
            j = state.text_neighbour(j, -1)
        if j is None or state.labels[j] is not Label.ARTICLE:
            continue
        keep = [*links, i]
        nxt = state.text_neighbour(i, 1)
        if (nxt is not None and not state.locked[nxt] and state.labels[nxt] is not Label.ARTICLE
                and _YEAR_RE.search(state.lines[nxt].strip())
                and len(state.lines[nxt].split()) <= 4):
            keep.append(nxt)
        for k in keep:
            state.decide(k, Label.ARTICLE, _SIGNATURE_REASON)


# A piece that finishes the sentence of the article block before it has at most this
# many words (a paragraph's last words after a link, not a paragraph of its own).
_CONTINUATION_WORDS = 25
_CONTINUED_REASON = "sentence going on from the article"
# Letters of the stop word that a piece going on into the article stops in ("dem", "the",
# "of"): the stop lists hold longer nouns too ("team", "site", "Director of research of
# the EVA research team" is a menu's item).
_CUT_WORD_LETTERS = 3
_CONTINUING_REASON = "sentence going on into the article"


def _seq_text(state: State, idx: list[int]) -> str:
    """The text of the lines ``idx`` of a block, joined by spaces."""
    return " ".join(state.lines[i] for i in idx).strip()


def _last_line(state: State, i: int) -> int:
    """The last text line of the block of line ``i`` (the context pass lists a decided
    block by its first line)."""
    j = state.block_end(i) - 1
    while j > i and state.is_blank(j):
        j -= 1
    return j


_COLON_TAIL_REASON = "colon heading at the end of a block over the article"


def _colon_heading_tails(state: State, seq: list[tuple[str, list[int]]],
                         dropped: set[int]) -> None:
    """A dropped block of several lines whose last line is a heading ending in a colon,
    right over article text ("Aktenzeichen: 12/34" / "Leitsätze:" / the ruling's text),
    ends in the article's subheading: block rendering glued it to the meta lines above it
    (no blank line between), inline rendering prints it alone, where the context pass
    keeps it as a subheading before article. Only that line is kept."""
    for k in sorted(dropped):
        cls, idx = seq[k]
        if cls != "short" or len(idx) < 2 or k + 1 >= len(seq) or seq[k + 1][0] != "good":
            continue
        last = state.lines[idx[-1]]
        if state.locked[idx[-1]] or not last.rstrip().endswith((":", "：")) or not (
                _heading_like(last)):
            continue
        state.decide(idx[-1], Label.ARTICLE, _COLON_TAIL_REASON)


def _unfinished(text: str) -> bool:
    """Whether ``text`` stops inside a sentence: it ends in a word in lower case, with no
    punctuation after it ("... kannst du mit unserem", "Das Jahr 2019 stand für mich
    unter dem")."""
    word = last_word(text)
    return bool(word) and text.endswith(word) and word[0].islower()


def _continued_sentences(state: State, seq: list[tuple[str, list[int]]],
                         dropped: set[int]) -> None:
    """A sentence that inline rendering cut at a link, one piece kept with the article and
    the other dropped for its context, is the article's whole: block rendering prints it
    on one line, with the article. A dropped piece (``dropped``: positions that the
    context pass dropped for their neighbours alone) right after an article block that
    stops in a lower-case word, the piece finishing the sentence in a few words ("... mit
    unserem" / "Umrechner ermitteln."); or a dropped piece right before article text that
    opens a sentence with a capital and stops, with no sentence finished before, in a
    lower-case stop word of up to :data:`_CUT_WORD_LETTERS` letters, the article going on
    with a short piece (the link's words: "Das Jahr 2019 stand für mich unter dem" /
    "Motto" / ...); and a label over a sentence right after the article
    (:func:`_label_over_sentence`). A menu's or a teaser's line neither finishes a
    sentence that the article left open nor stops in a function word."""
    n = len(seq)
    for k in sorted(dropped):
        idx = seq[k][1]
        after = k > 0 and state.labels[seq[k - 1][1][-1]] is Label.ARTICLE
        before = k + 1 < n and seq[k + 1][0] == "short" and state.labels[
            seq[k + 1][1][0]] is Label.ARTICLE
        if not (after or before) or any(state.locked[i] for i in idx):
            continue  # (most dropped blocks stand between other dropped ones)
        text = _seq_text(state, idx)
        if after and _unfinished(state.lines[_last_line(state, seq[k - 1][1][-1])]):
            if (ends_sentence(text) and not text.endswith(("…", "..."))
                    and sum(state.words[i] for i in idx) <= _CONTINUATION_WORDS):
                for i in idx:
                    state.decide(i, Label.ARTICLE, _CONTINUED_REASON)
                continue
        if after and k + 1 in dropped and _label_over_sentence(state, seq, k):
            for m in (k, k + 1):
                for i in seq[m][1]:
                    state.decide(i, Label.ARTICLE, _LABELLED_REASON)
            continue
        if before and (
                text[:1].isupper() and _unfinished(text)
                and len(last_word(text)) <= _CUT_WORD_LETTERS
                and last_word(text) in state.lex.stop and not any(c in TERMINAL for c in text)
                and len(WORD_RE.findall(text)) >= _SENTENCE_MIN_WORDS):
            for i in idx:
                state.decide(i, Label.ARTICLE, _CONTINUING_REASON)


# A paragraph that inline rendering cut at its links: at most this many pieces before the
# article block that goes on in lower case, and at most this many words in a piece that is
# a link's words (the piece between two parts of a sentence: "LinkedIn", "Windows 10").
_CUT_HEAD_PIECES = 6
_CUT_LINK_WORDS = 3
_CUT_HEAD_REASON = "paragraph cut at its links before the article"


def _cut_paragraph_heads(state: State, seq: list[tuple[str, list[int]]],
                         dropped: set[int]) -> None:
    """An article block that opens in lower case ("passend zu positionieren? Seit 2012
    ...", "vorhanden. Eingeführt wurde ...") goes on from a sentence that inline rendering
    cut at its links, the pieces before it dropped for their context (menu-like short
    lines): "Was ist zu beachten um sich im Business Netzwerk" / "LinkedIn" / "passend
    ...". Walking back from such a block over pieces that stop with no punctuation, the
    pieces of a link's few words and dropped pieces that open in lower case, up to a dropped
    piece of a sentence's words opening with a capital, the dropped pieces are the
    paragraph's head. A menu stops at its first item that opens no sentence, a headline
    is no dropped piece, and any piece ending in punctuation ends the walk."""
    for a in range(1, len(seq)):
        first = seq[a][1][0]
        if (state.labels[first] is not Label.ARTICLE or not state.lines[first][:1].islower()
                or state.labels[seq[a - 1][1][0]] is Label.ARTICLE):
            continue  # (the cheap tests first: most article blocks open with a capital)
        if len(WORD_RE.findall(_seq_text(state, seq[a][1]))) < _SENTENCE_MIN_WORDS:
            continue  # (a tag list's lower-case word is no sentence going on)
        chain: list[int] = []
        for k in range(a - 1, max(-1, a - 1 - _CUT_HEAD_PIECES), -1):
            idx = seq[k][1]
            if state.labels[idx[0]] is Label.ARTICLE:
                break
            text = _seq_text(state, idx)
            if not text or ends_sentence(text) or text.endswith((",", ":", ";")):
                break
            words = len(WORD_RE.findall(text))
            if k in dropped and text[:1].isupper() and words >= _SENTENCE_MIN_WORDS:
                chain.append(k)
                if k > 0 and k - 1 in dropped and _link_opened_head(state, seq, k):
                    chain.append(k - 1)
                for m in chain:
                    if m in dropped:
                        for i in seq[m][1]:
                            state.decide(i, Label.ARTICLE, _CUT_HEAD_REASON)
                break
            if words <= _CUT_LINK_WORDS or (k in dropped and text[:1].islower()):
                chain.append(k)
                continue
            break


_CUT_TAIL_REASON = "sentence cut at its links after the article"


def _cut_sentences_after(state: State, seq: list[tuple[str, list[int]]],
                         dropped: set[int]) -> None:
    """A sentence right after the article's text that inline rendering cut at its links,
    every piece dropped for its context alone, is the article's: block rendering prints it
    on one line ("As usual," / "StackOverflow" / "knows the answer."). The first piece
    opens with a capital and stops with no sentence mark (nor a colon or semicolon: a
    label), the pieces after it are a link's few words that finish nothing, and the last
    piece goes on in lower case and finishes the sentence; the pieces together hold four
    words or more with a stop word, at most :data:`_CONTINUATION_WORDS`. A menu's or a
    footer's pieces do not go on in lower case into a finished sentence."""
    n = len(seq)
    for k in sorted(dropped):
        if k == 0 or state.labels[seq[k - 1][1][-1]] is not Label.ARTICLE:
            continue  # (the cheap test first: most dropped blocks follow dropped ones)
        head = _seq_text(state, seq[k][1])
        if not head[:1].isupper() or any(c in TERMINAL for c in head) or head.endswith(
                (":", ";", "：")):
            continue
        chain = [k]
        for m in range(k + 1, min(n, k + _CUT_HEAD_PIECES)):
            if m not in dropped or any(state.locked[i] for i in seq[m][1]):
                break
            text = _seq_text(state, seq[m][1])
            if any(c in TERMINAL for c in text):
                if text[:1].islower() and len(chain) >= 2:
                    chain.append(m)
                    _keep_cut_sentence(state, seq, chain)
                break
            if len(WORD_RE.findall(text)) > _CUT_LINK_WORDS:
                break
            chain.append(m)


def _keep_cut_sentence(state: State, seq: list[tuple[str, list[int]]],
                       chain: list[int]) -> None:
    """Keep the pieces ``chain`` of a cut sentence when, joined, they read as one: four
    words or more with a stop word, at most :data:`_CONTINUATION_WORDS`."""
    idx = [i for m in chain for i in seq[m][1]]
    words = WORD_RE.findall(" ".join(state.lines[i] for i in idx).casefold())
    if not (_SENTENCE_MIN_WORDS <= len(words) <= _CONTINUATION_WORDS) or not any(
            w in state.lex.stop for w in words):
        return
    for i in idx:
        state.decide(i, Label.ARTICLE, _CUT_TAIL_REASON)
def _link_opened_head(state: State, seq: list[tuple[str, list[int]]], k: int) -> bool:
    """Whether the head ``seq[k]`` that :func:`_cut_paragraph_heads` found opens with a
    link's words on a line of their own (at most :data:`_CUT_LINK_WORDS`: "Gastzugang
    Funktion" / "dazu. Diese ist ...") right under a piece that opens a sentence
    with a capital, has four words or more and stops in a lower-case word with no
    punctuation in it ("Mit dem neuen Router kam damals die sogenannte"): the sentence
    began there, and the link's capital opened none."""
    first = state.lines[seq[k][1][0]]
    if len(WORD_RE.findall(first)) > _CUT_LINK_WORDS:
        return False
    text = _seq_text(state, seq[k - 1][1])
    return (text[:1].isupper() and _unfinished(text) and not any(c in TERMINAL for c in text)
            and not any(c in ",:;" for c in text)
            and len(WORD_RE.findall(text)) >= _SENTENCE_MIN_WORDS)


# A listicle's item: its number, a full stop or a bracket, a space, then a capital or a
# quote ("14. A pirate costume", "212. \"Knock, knock ...\"").
_ITEM_NUMBER_RE = regex.compile(r"\s*(\d{1,3})[.)]\s+(?=[\p{Lu}\"'“„«])")
# A chain of numbered items is the article's list when at least this many of its items are
# article already; two items in a row are at most ``_LIST_REACH`` blocks apart.
_ITEMS_KEPT = 3
# A figure in an item's text; an item names at most this many (a year, a model's number).
_FIGURE_RE = regex.compile(r"\d+")
_ITEM_FIGURES = 1
_ITEMS_REASON = "numbered list going on from the article's items"


def _item_number(state: State, i: int) -> int | None:
    """The number that opens line ``i`` as a list item ("14. A pirate ..."), or None. A date
    ("12. Dezember 2019") is no item, and a line with more than one figure after its
    number is a ranking's row ("6. Berger, Lena 2004 SV Nord 2:41,07 min."): a table
    of results, which the grid rules judge as a whole ("2. The 2024 show" is an item)."""
    line = state.lines[i]
    m = _ITEM_NUMBER_RE.match(line)
    if m is None:
        return None
    rest = line[m.end():]
    if len(_FIGURE_RE.findall(rest)) > _ITEM_FIGURES:
        return None
    return None if rest.split(None, 1)[0].strip(".,").casefold() in state.lex.month_index else (
        int(m.group(1)))


def _item_chains(state: State, seq: list[tuple[str, list[int]]],
                 ) -> list[tuple[list[int], list[int]]]:
    """The positions of ``seq``'s numbered items, each chain with its items' numbers (an
    item's line may close the block of the item before it: inline rendering glues them),
    chained in page order: an item numbered one more (or, in a countdown, one less) than
    the chain's last, within ``_LIST_REACH`` positions of it, goes on with the chain; any
    other starts a new one. Once two items set the chain's direction, an item two on from
    the last goes on with it too: the item between was not read as one (its question holds
    two figures, "17. Why was 6 afraid of 7?"), and a list does not stop for it."""
    chains: list[list[int]] = []
    nums: list[list[int]] = []
    for k, (_cls, idx) in enumerate(seq):
        for i in idx:
            n = _item_number(state, i)
            if n is None:
                continue
            if chains and k - chains[-1][-1] <= _LIST_REACH:
                last = nums[-1]
                step = (1 if last[-1] > last[-2] else -1) if len(last) > 1 else n - last[-1]
                if step in (1, -1) and n in (last[-1] + step, last[-1] + 2 * step):
                    chains[-1].append(k)
                    last.append(n)
                    continue
            chains.append([k])
            nums.append([n])
    return list(zip(chains, nums, strict=True))


def _item_width(chain: list[int], nums: list[int]) -> int:
    """The most blocks one item of ``chain`` (numbered ``nums``) spans: the widest gap
    between two items in a row, shared among the items it holds. Where the chain skipped
    a number (an item not read as one, "7. 1900 - Special Edition") the gap holds two
    items, not one two blocks wide; counted whole, it let the last item run on into the
    box's next heading ("Special Offers" under a "Popular Reviews" list)."""
    return max(-(-(b - a) // abs(m - n))
               for (a, n), (b, m) in pairwise(zip(chain, nums, strict=True)))


# A numbered list of at least this many items, counting from 1 and starting within
# ``context_reach`` blocks after article text, is the article's even when it holds none.
_LONG_LIST_ITEMS = 20


def _long_list_after_article(state: State, seq: list[tuple[str, list[int]]],
                             chain: list[int]) -> bool:
    """Whether ``chain`` counts up from 1 through :data:`_LONG_LIST_ITEMS` items or more,
    its first item within ``context_reach`` blocks after an article block: the list that
    the article announces ("Here is the whole list:" / "1. ..." / ... / "100. ..."), its
    items too short to keep each other. A "Most read" or a chart box holds ten or so."""
    if len(chain) < _LONG_LIST_ITEMS:
        return False
    first = [n for k in dict.fromkeys(chain[:2]) for i in seq[k][1]
             if (n := _item_number(state, i)) is not None][:2]
    if first != [1, 2]:
        return False  # (a countdown to 1 ends there)
    start = chain[0]
    return any(state.labels[seq[j][1][0]] is Label.ARTICLE
               for j in range(max(0, start - state.params.context_reach), start))


def _numbered_items_going_on(state: State, seq: list[tuple[str, list[int]]],
                             dropped: set[int]) -> None:
    """A listicle whose numbered items ("12. A robot", "13. Two detectives", ...) the
    article holds goes on past the last one that the context pass kept: a long list of
    short items (jokes, costume ideas) runs out of long prose, and its later items lose
    their context. Items that go on counting from the article's (one more each time, or
    one less in a countdown) are the article's list, and so are the dropped blocks between
    two of them and after the last one (up to the first block not dropped for its
    context, and no further than the widest item kept). A "Most read" box counts from 1
    again, and a list none of whose items the article holds stays out, unless it is a long
    list right after the article (:func:`_long_list_after_article`)."""
    for chain, nums in _item_chains(state, seq):
        kept = [k for k in chain if state.labels[seq[k][1][0]] is Label.ARTICLE]
        if len(kept) < _ITEMS_KEPT and not _long_list_after_article(state, seq, chain):
            continue
        if len(kept) == len(chain) and chain[-1] + 1 not in dropped:
            continue  # (every item kept and nothing dropped after the last: the list is whole)
        widest = _item_width(chain, nums)
        end = chain[-1] + 1
        while end < len(seq) and end in dropped and end - chain[-1] < widest:
            end += 1
        for k in range(chain[0], end):
            if k in dropped and state.labels[seq[k][1][0]] is Label.BOILERPLATE:
                for i in seq[k][1]:
                    state.decide(i, Label.ARTICLE, _ITEMS_REASON)


# A paragraph framed like the article's own: at least this many article blocks have the
# same locked line right under them ("Image credit: ..." under each slide of a slideshow).
_FRAME_MIN = 2
_FRAMED_REASON = "paragraph in the article's repeated frame"


def _frame_key(state: State, idx: list[int]) -> str:
    """The text of the metadata line right under block ``idx`` (a lexicon's locked credit,
    "Image credit: ...", that each item of the page prints under its text) and of the
    line after it, or "" when there is no such line. Their exact text, not their keys:
    "108 x 95" and "98 x 78" under a catalogue's entries are no shared frame; no menu's
    label ("Business" under each teaser); and with the line after it, a byline's name: a
    thread's posts, each over "Posted by" and its own poster, share none, while one
    writer's slides or posts do ("Image credit: ..." / "Agencies")."""
    j = state.text_neighbour(_last_line(state, idx[-1]), 1)
    if j is None or not state.locked[j] or state.inline[j] or state.rules[j] != (
            "cruft_lexicon") or not state.reasons[j].startswith(CRUFT_CATEGORIES["meta"]):
        return ""
    after = state.text_neighbour(j, 1)
    return state.lines[j].strip() + "\n" + (state.lines[after].strip() if after is not None else "")


def _framed_like_article(state: State, seq: list[tuple[str, list[int]]],
                         dropped: set[int]) -> None:
    """A near-good paragraph dropped for its context, with right under it the same
    metadata line as under :data:`_FRAME_MIN` long-prose article blocks or more, is one
    more item of the article: a slideshow prints each slide's text over the same photo
    credit ("... 42,900, less than half the price." / "Image credit: ..."), and a slide
    whose text is short has the credits of the slides around it for neighbours, never
    article text. A heading-like line right over it, dropped too, is that slide's
    heading."""
    if not any(seq[k][0] == "near" for k in dropped):
        return
    frames: dict[str, int] = {}
    for _, idx in seq:  # long prose only: no teaser that a run of near blocks promoted
        if state.labels[idx[0]] is Label.ARTICLE and state.cf[idx[0]] == "good":
            key = _frame_key(state, idx)
            if key:
                frames[key] = frames.get(key, 0) + 1
    for k in sorted(dropped):
        cls, idx = seq[k]
        if cls != "near" or any(state.locked[i] for i in idx):
            continue
        if frames.get(_frame_key(state, idx), 0) >= _FRAME_MIN:
            head = k - 1  # its heading, dropped too ("Cheaper than the rest")
            first = head if head in dropped and seq[head][0] == "short" and len(
                seq[head][1]) == 1 and _heading_like(state.lines[seq[head][1][0]]) else k
            for m in range(first, k + 1):
                for i in seq[m][1]:
                    state.decide(i, Label.ARTICLE, _FRAMED_REASON)


# A label over a sentence after the article has two words at least and at most this many
# ("Update July 3rd, 8:05AM ET:", "Primary Funding Source:"); one word alone is a photo
# credit's label ("Beitragsbild:" / "Titelseite der FAZ vom 2.4.2019, Ausriss.").
_LABEL_WORDS = 6
_LABELLED_REASON = "labelled sentence after the article"


def _label_over_sentence(state: State, seq: list[tuple[str, list[int]]], k: int) -> bool:
    """Whether ``seq[k]`` is a label of a few words ending in a colon, alone on its line,
    opening in upper case, over a finished sentence with stop words that is no question
    and not cut off with "…" (``seq[k + 1]``): the "Label: sentence." line that block
    rendering prints under the article ("Update July
    3rd, 8:05AM ET:" / "Added ARKit explanation and tweet.", "Primary Funding Source:" /
    "National Institute on Aging."), which inline rendering cuts at the colon."""
    idx, nxt = seq[k][1], seq[k + 1][1]
    text = _seq_text(state, idx)
    if len(idx) != 1 or not text.endswith((":", "：")) or not text[0].isupper() or not (
            2 <= len(text.split()) <= _LABEL_WORDS):
        return False  # a word alone is a credit's label ("Beitragsbild:", "Quelle:")
    if any(state.locked[i] for i in nxt) or not closing_sentence(state, nxt):
        return False  # (a code line, "def cycle(iterable):", opens in lower case)
    return not _seq_text(state, nxt).endswith((*_QUESTION_MARKS, "…", "..."))


_ANSWER_REASON = "answer under an interview's speaker label"  # no "short ...": see dangling_tail
# A speaker label recurs at least this many times on the page, with prose after most of its
# occurrences, and has at most this many words ("Christian Drosten:", "SPIEGEL:", "Q:").
_SPEAKER_MIN = 3
_SPEAKER_WORDS = 3
# Longer lines ending in a colon are no label (they introduce a list or a quote).
_SPEAKER_CHARS = 60


def _speaker_label(state: State, i: int, speakers: dict[str, bool]) -> bool:
    """Whether line ``i`` is an interview's speaker label on a line of its own: at most
    :data:`_SPEAKER_WORDS` capitalised words and a colon, no figure ("Posted by:" has a
    lower-case word, "Reactions: 12" a value), recurring at least :data:`_SPEAKER_MIN`
    times on the page with article prose (long or near-good, kept) after most of them.
    ``speakers`` caches every label's verdict, counted in one pass over the page."""
    text = state.lines[i].strip()
    if not text.endswith(":") or DIGIT_RE.search(text) is not None:
        return False
    words = text[:-1].split()
    if not 0 < len(words) <= _SPEAKER_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if not speakers:  # one pass over the page counts every label-shaped line at once
        speakers[""] = False
        counts: dict[str, list[int]] = {}
        for j, line in enumerate(state.lines):
            key = line.strip()
            if key.endswith(":") and len(key) <= _SPEAKER_CHARS:
                nxt = state.text_neighbour(j, 1)
                tally = counts.setdefault(key, [0, 0])
                tally[0] += 1
                tally[1] += nxt is not None and state.labels[nxt] is Label.ARTICLE
        for key, (seen, prose) in counts.items():
            speakers[key] = seen >= _SPEAKER_MIN and 2 * prose > seen
    return speakers.get(text, False)


def _speaker_answer(state: State, idx: list[int], speakers: dict[str, bool]) -> bool:
    """Whether the short block ``idx`` is a short answer in an interview printed as a
    speaker label on its own line over each turn ("Christian Drosten:" / "Gerne. Bis
    morgen."): a finished sentence right under a recurring speaker label
    (:func:`_speaker_label`) that itself stands right under article text. The repeated
    label lines wall such answers off from the article, as a list's numbers would."""
    label = state.text_neighbour(idx[0], -1)
    if label is None or not ends_sentence(state.lines[idx[-1]]):
        return False
    before = state.text_neighbour(label, -1)
    return (before is not None and state.labels[before] is Label.ARTICLE
            and _speaker_label(state, label, speakers))


# A short post's text between its meta line and its share bar: at most this many lines.
_FRAME_MAX_LINES = 30
_FRAME_REASON = "post between its meta line and its share bar"
# The page's other article text may hold at most this many times the frame's words (an
# author's bio, a tag cloud read as prose); a news page's article outweighs a deck or a
# caption between its date line and its share bar.
_FRAME_OUTWEIGH = 2
# The rules whose drops a post's text may have met (the context pass for want of long
# prose, the classifier for few stop words, repeated lines: a label the post repeats).
_FRAME_RULES = frozenset({"context", "classify", "repeated_lines"})


def _post_frames(state: State) -> None:
    """A blog post too short for long prose, printed between its meta line and its share
    bar (`Veröffentlicht am 17. Dezember 2019 von ...` / a paragraph, a link / `Sharen
    mit:`), is the article: the context pass found no article text near it and dropped it
    as a menu's lines. The frame: a locked metadata line, then up to
    :data:`_FRAME_MAX_LINES` unlocked lines that the context pass, the classifier or the
    repeated-lines rule dropped (lines without letters looked past), ended by a share
    bar's locked line; one of them at least a finished sentence with stop words. Only on
    a page with one such frame (a blog's front page prints one per post, a list of
    teasers), and whose other article text holds at most :data:`_FRAME_OUTWEIGH` times
    the frame's words (on a news page the article is elsewhere, and the frame holds its
    deck or a caption). A last line ending in a colon right over the bar is its heading (`Teilen
    mit:`) and stays out."""
    meta, share = CRUFT_CATEGORIES["meta"], CRUFT_CATEGORIES["share"]
    frames: list[list[int]] = []
    n, i = len(state), 0
    while i < n:
        if not (state.locked[i] and state.reasons[i].startswith(meta)):
            i += 1
            continue
        body: list[int] = []
        j = i + 1
        while j < n and (state.blank[j] or (state.locked[j] and (
                state.reasons[j].startswith(meta) or state.rules[j] == "bylines_dates"))):
            j += 1  # the rest of the meta line, cut at its links (`17. Dezember 2019`)
        while j < n and len(body) <= _FRAME_MAX_LINES:
            if state.blank[j] or state.rules[j] == "symbol_lines":
                j += 1
                continue
            if state.locked[j] or state.labels[j] is not Label.BOILERPLATE or (
                    state.rules[j] not in _FRAME_RULES):
                break
            body.append(j)
            j += 1
        if (body and j < n and len(body) <= _FRAME_MAX_LINES and state.locked[j]
                and state.reasons[j].startswith(share)
                and any(closing_sentence(state, [k]) for k in body)):
            frames.append(body)
        i = max(j, i + 1)
    if len(frames) != 1:
        return
    body = frames[0]
    inside = set(body)
    elsewhere = sum(state.words[k] for k in range(len(state))
                    if k not in inside and state.labels[k] is Label.ARTICLE)
    if elsewhere > _FRAME_OUTWEIGH * sum(state.words[k] for k in body):
        return  # the article is elsewhere: the frame holds a deck or a teaser
    if state.lines[body[-1]].rstrip().endswith((":", "：")):
        body = body[:-1]
    for k in body:
        state.decide(k, Label.ARTICLE, _FRAME_REASON)


# A post's meta lines between its standfirst and its text, which inline rendering cuts
# apart at their links ("21.01.2022 11:46" / "von" / "Patrick Otte", "11.01.2022" / "/" /
# "Aktualisiert am ...") and block rendering prints as one undecided line: at most this
# many, each a date, a symbol line, a metadata phrase or a short recurring name.
_META_LINES = 4
_META_REASON = CRUFT_CATEGORIES["meta"]
_CREDIT_REASON = "photo credit"
_META_NAME_WORDS = 3
# Blocks above a standfirst that must hold no article text: a consent dialog's paragraph
# kept at the page's top, forty blocks of menus above the headline, is no article above it
# (a teaser under the article stands within a few blocks of the article's text).
_STANDFIRST_CLEAR = 40


def _standfirst_over_meta(state: State, seq: list[tuple[str, list[int]]], k: int,
                          text: str) -> bool:
    """Whether the near-good block ``seq[k]`` (text ``text``) finishes a sentence right
    above article text with only a post's meta lines between, one of them dated (see
    :func:`_meta_piece`), and no article text above it within :data:`_STANDFIRST_CLEAR`
    blocks: the article's standfirst over its date line, which is no wall between it and
    its text. The text may open with a short sentence of its own (:func:`_opening_sentence`,
    a photo's caption line over its credit: "06.12.2022" / "Immer mehr Betriebe setzen auf
    junge Leute." / "Foto: ..." / the text), which the context pass keeps only after this
    test: it counts as the text reached. Below the article, a teaser over its date ("...
    Suchberatung." / "09.11.2021") is another story's."""
    if not ends_sentence(text) or any(
            cls == "good" for cls, _ in seq[max(0, k - _STANDFIRST_CLEAR):k]):
        return False
    dated, pieces = False, 0
    for m in range(k + 1, len(seq)):
        cls, idx = seq[m]
        if cls == "good":
            return dated
        if cls == "bad" and _share_line(state, idx[0]):
            continue  # the share bar under the date line: buttons, not the post's meta
        if (cls == "short" and m + 1 < len(seq) and seq[m + 1][0] == "good"
                and _opening_sentence(state, idx)):
            return dated  # the text's short first sentence, right over its first paragraph
        pieces += 1
        if pieces > _META_LINES:
            return False
        if cls == "bad":
            piece = _meta_piece(state, idx[0], m == k + 1)
        elif len(idx) == 1 and _named_date(state.lines[idx[0]]):
            piece = True
        else:  # the writer's name that inline rendering cut from its date: "Michael Mäser"
            piece = False if _name_alone(state, idx) or _date_joiner(state, idx) else None
        if piece is None:
            return False
        dated = dated or piece
    return False


# A deck under its headline: at most this many blocks of a few words (a "Close" button,
# the writer's name) between the deck and the byline or date line that follows it.
_DECK_META_GAP = 2
# Words of the headline over a deck: a section's label or a breadcrumb over the headline
# ("Advice", "Oprogramowanie / News") has fewer, and the headline under it is no deck.
_DECK_HEADLINE_WORDS = 3


def _deck_under_headline(state: State, seq: list[tuple[str, list[int]]], k: int,
                         text: str, first_good: int) -> bool:
    """Whether the near-good block ``seq[k]`` is the article's deck (standfirst): right
    under a one-line headline of three words or more, right above the post's byline or
    date line (past at most ``_DECK_META_GAP`` blocks of a few words), with article text
    within reach after it (the share bar's buttons and the meta lines not counted) and
    none above it on the page. News sites print headline / deck / "By ..." / date / text:
    the byline walls the deck off from its text, and the headline above is undecided. A
    deck need not finish a sentence ("Penalties ... are to be increased to ...
    offenders"); a teaser cut off with an ellipsis is none. ``first_good``: the position of
    the page's first article block in ``seq`` (``len(seq)`` when there is none)."""
    if k == 0 or text.rstrip().endswith(("…", "...")):
        return False
    cls, idx = seq[k - 1]
    head = state.lines[idx[0]] if len(idx) == 1 else ""
    if cls not in UNDECIDED or state.rules[idx[0]] not in ("", "context") or not (
            _heading_like(head)) or len(WORD_RE.findall(head)) < _DECK_HEADLINE_WORDS:
        return False
    if _section_crumb(state, head):
        return False
    if first_good < k:
        return False  # article text above it on the page
    for m in range(k + 1, min(len(seq), k + 2 + _DECK_META_GAP)):
        c, at = seq[m]
        if c == "bad":
            return state.rules[at[0]] == "bylines_dates" and _text_after(state, seq, m)
        if c not in UNDECIDED or sum(state.words[i] for i in at) > _META_NAME_WORDS:
            return False
    return False


# The separators of a breadcrumb or of a section's label with its site's part ("Blog -
# Latest News", "News | Local"), spaced on both sides: a hyphen inside a word parts none.
_CRUMB_SEP_RE = regex.compile(r"\s(?:-|–|—|\||»|›|>|/|·)\s")


def _section_crumb(state: State, head: str) -> bool:
    """Whether ``head`` is a section's label rather than a story's headline: pieces parted
    by a spaced separator, one of them a navigation phrase of the lexicon ("Blog - Latest
    News"). Under such a label a site prints its newest story's headline, then that
    story's date: the "deck" is the story's headline, not the deck of this page's
    article. A headline that names its section in a kicker ("Opinion: ...") has no
    spaced separator and is kept."""
    pieces = _CRUMB_SEP_RE.split(head)
    if len(pieces) < 2:
        return False
    for piece in pieces:
        hit = state.lex.cruft.match(norm_key(piece))
        if hit is not None and hit == ("nav", "exact"):
            return True
    return False


def _text_after(state: State, seq: list[tuple[str, list[int]]], m: int) -> bool:
    """Whether article text follows position ``m`` within ``context_reach`` blocks, the
    meta lines and the share bar's buttons not counted (at most ``_LIST_REACH`` blocks in
    all)."""
    counted = 0
    for j in range(m + 1, min(len(seq), m + 1 + _LIST_REACH)):
        c, at = seq[j]
        if c == "good":
            return True
        if c == "bad" and (state.rules[at[0]] == "bylines_dates" or _share_line(state, at[0])):
            continue
        counted += 1
        if counted > state.params.context_reach:
            return False
    return False


# Undecided blocks of a few words (a widget's buttons: "Text kopieren") that may stand
# in a post's meta and share bar between its lead and its text.
_BAR_BUTTONS = 3


def _text_over_meta_bar(state: State, seq: list[tuple[str, list[int]]], k: int,
                        text: str, first_good: int) -> bool:
    """Whether the near-good block ``seq[k]``, which finishes a sentence, stands right under
    a post's meta and share bar with the page's first article text right above the bar:
    the article's lead, then its byline, date and share buttons, then its text. The bar
    holds a byline at least, and nothing but bylines, dates, metadata phrases, share
    buttons, symbol and repeated lines, and up to ``_BAR_BUTTONS`` undecided blocks of a
    few words ("Link kopieren" / "Text kopieren"); menus, teasers and boxes wall the block
    off as before. A follow link alone over a writer's bio is no such bar, and a bar under
    later article text closes the article (a bio under it). ``first_good``: the position
    of the page's first article block in ``seq``."""
    if not ends_sentence(text):
        return False
    buttons, bar = 0, False
    for m in range(k - 1, -1, -1):
        cls, idx = seq[m]
        i = idx[0]
        if cls == "good":
            return bar and m == first_good
        if cls == "bad":
            rule = state.rules[i]
            if rule == "bylines_dates":
                bar = True
            elif not (rule in ("symbol_lines", "repeated_lines") or _share_line(state, i) or (
                    rule == "cruft_lexicon" and state.reasons[i].startswith(_META_REASON))):
                return False
            continue
        if cls != "short" or state.locked[i] or sum(
                state.words[j] for j in idx) > _META_NAME_WORDS:
            return False
        buttons += 1
        if buttons > _BAR_BUTTONS:
            return False
    return False


# Navigation phrases a table of contents may hold past its entries: its own heading
# ("Inhaltsverzeichnis", "Contents") and its "show more" button at the end.
_CONTENTS_NAV_LINES = 2
# Entries of a table of contents under a lead: two lines printed again ("Buy Photo" under a
# caption, "Get a Demo" under an ad's blurb) make a widget, not the contents of a text.
_LEAD_CONTENTS_ENTRIES = 4
_NAV_REASON = CRUFT_CATEGORIES["nav"]


def _lead_over_contents(state: State, seq: list[tuple[str, list[int]]], k: int, text: str,
                        first_good: int, where: Callable[[], dict[str, list[int]]]) -> bool:
    """Whether the near-good block ``seq[k]``, which finishes a sentence and has no article
    text above it on the page, stands right over a table of contents whose end the
    article's text follows: the article's lead, then the contents, then its first
    section. The contents open with their heading, a navigation phrase of the lexicon
    ("Inhaltsverzeichnis", "Contents"; a mega-menu's items under a blurb have none), and
    hold nothing but entries that recur further down the page (the sections' headings),
    their numbers ("3.2") and at most ``_CONTENTS_NAV_LINES`` navigation phrases (the
    heading, a "show more" button), and at least ``_LEAD_CONTENTS_ENTRIES`` entries; a
    caption's or an ad's widget of two repeated lines, a teaser or a box of other lines
    between walls the block off as before. ``first_good``: the position of the page's
    first article block in ``seq``; ``where``: each key's lines, built on the first call."""
    if first_good <= k or not ends_sentence(text):
        return False
    entries, navs = 0, 0
    for m in range(k + 1, len(seq)):
        cls, idx = seq[m]
        if cls == "good":
            return entries >= _LEAD_CONTENTS_ENTRIES
        if cls != "bad":
            return False
        i = idx[0]
        rule = state.rules[i]
        if rule == "symbol_lines":
            continue
        if m == k + 1 and not (rule == "cruft_lexicon" and state.reasons[i].startswith(
                _NAV_REASON)):
            return False  # no heading: a menu's items, printed again in the page's footer
        if rule == "cruft_lexicon" and state.reasons[i].startswith(_NAV_REASON):
            navs += 1
            if navs > _CONTENTS_NAV_LINES:
                return False
            continue
        if rule != "repeated_lines" or state.words[i] > _CONTENTS_ENTRY_WORDS or not any(
                q > i for q in where().get(state.keys[i], ())):
            return False
        entries += 1
    return False


# A post's meta line that names its writer and its date and nothing else ("Michael Mäser,
# 02.02.2022", "Anna Berg | 12.03.2021"): a few capitalised words, a separator, a date.
_NAMED_DATE_RE = regex.compile(
    r"^(?:\p{Lu}[\p{L}.'-]{0,30}\s){1,3}?\p{Lu}[\p{L}.'-]{0,30}\s?[,|/–-]\s?"
    r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$")


def _named_date(line: str) -> bool:
    """Whether ``line`` is a writer's name and a numeric date alone (see
    :data:`_NAMED_DATE_RE`): the meta line of a post under its standfirst."""
    return _NAMED_DATE_RE.match(line.strip()) is not None


# Letters of a function word ("Die", "The", "Les", "Eine"): a stop word list also holds
# longer words that are first names ("Michael" in jusText's German list).
_FUNCTION_WORD_LETTERS = 4


def _name_alone(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` is a name alone (one to three capitalised words of letters,
    none a short function word) or the separator before the date, which inline rendering cuts off
    ("Michael Mäser" / ","; not "Die Ergebnisse", a subheading)."""
    toks = " ".join(state.lines[i] for i in idx).strip(" ,;|/–-").split()
    if not toks:
        return True  # the separator alone, on its line: "Michael Mäser" / "," / the date
    return len(toks) <= _META_NAME_WORDS and all(
        t[0].isupper() and t.replace("-", "").isalpha()
        and not (len(t) <= _FUNCTION_WORD_LETTERS and t.casefold() in state.lex.stop)
        for t in toks)


# Most letters of the word that joins a byline's name to its date ("am", "on", "le", "el";
# "und" joins two names).
_DATE_JOINER_LETTERS = 2


def _date_joiner(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` ends in the short lower-case function word alone on its line
    that joins a byline's name to its date, the name before it in the block or not
    ("Frank Hahn" / "am" / "18. September 2019", "Jane Doe" / "on" / "March 3, 2020"):
    inline rendering cuts the name and the date apart at their links, where block
    rendering prints "Frank Hahn am 18. September 2019" on one line."""
    word = state.lines[idx[-1]].strip()
    return (0 < len(word) <= _DATE_JOINER_LETTERS and word.isalpha() and word.islower()
            and word in state.lex.stop and (len(idx) == 1 or _name_alone(state, idx[:-1])))


_SHARE_REASONS = tuple(f"{CRUFT_CATEGORIES['share']} ({how})"
                       for how in ("exact phrase", "glued phrase"))


def _share_line(state: State, i: int) -> bool:
    """Whether line ``i`` is a share or follow button that the lexicon dropped ("Teilen",
    "Twitter", "E-Mail"): a post prints its share bar between its date line and its text,
    and between the standfirst and the text it is no wall either."""
    return state.rules[i] == "cruft_lexicon" and state.reasons[i] in _SHARE_REASONS


def _meta_piece(state: State, i: int, first: bool) -> bool | None:
    """Whether line ``i`` is a dated piece of a post's meta line (True: a date, a symbol
    line with a digit, a metadata phrase), another piece of it (False: a symbol line, a
    photo credit, a name of a few words that recurs on the page, the author's "von" /
    "Patrick Otte"), or no piece (None). Right under the block (``first``) a metadata or
    credit phrase marks the block as a caption ("Photo: Getty Images"); a byline of its
    own ("By Laura Mowat") sets a deck apart from the text and walls it off; a separator
    without a date ("|" under a heading) parts what stands on its two sides."""
    rule, why = state.rules[i], state.reasons[i]
    if rule == "bylines_dates":
        return True if why.startswith("timestamp") else None
    if rule == "symbol_lines":
        return DIGIT_RE.search(state.lines[i]) is not None
    if rule == "cruft_lexicon" and not first:
        if why.startswith(_META_REASON):
            return True
        return False if why == _CREDIT_REASON else None
    if rule == "repeated_lines" and state.words[i] <= _META_NAME_WORDS:
        return False
    return None


def _transparent(state: State, i: int) -> bool:
    """A list item's number alone on its line ("1.", "2)") carries no words: the context
    pass looks past it as past a blank line, so a recipe's step numbers do not wall its
    steps off from each other; so is a heading's permalink mark ("¶", "§", "#"), which
    inline rendering puts on a line of its own beside every heading of a manual.
    Separators ("-----", "|", "•••") still part what they stand between."""
    return (state.rules[i] == "symbol_lines" and state.labels[i] is Label.BOILERPLATE
            and (_LIST_NUMBER_RE.match(state.lines[i]) is not None
                 or _MINUTE_RE.match(state.lines[i]) is not None
                 or state.lines[i].strip() in _ANCHOR_MARKS))


# A section's number alone on its line, as inline rendering cuts it from its heading ("4" /
# "References"); two digits at most.
_BARE_NUMBER_RE = regex.compile(r"^\s*\d{1,2}\s*$")


def _section_numbers(state: State) -> set[int]:
    """The lines that hold a numbered section heading's number alone, which the context
    pass looks past: "3" / "Emacspeak And Advice" / the section's text / "4" /
    "References" / its entries, one line each in block rendering ("4 References"). Each
    number, a symbol line over an unlocked heading-like line, counts one on from the last
    such number before it, with article text between the two: the sections of one text.
    A "Most Read" box's numbers ("1" / headline / "2" / headline) have no article text
    between them, and the first section's number has none before it (a counter's "0"
    over a comment form's heading is none): both still part what they stand between."""
    found: list[tuple[int, int]] = []  # (line, number) of each number over a heading
    for i, rule in enumerate(state.rules):
        if rule != "symbol_lines" or _BARE_NUMBER_RE.match(state.lines[i]) is None:
            continue
        j = state.text_neighbour(i, 1)
        if j is not None and not state.locked[j] and _heading_like(state.lines[j]):
            found.append((i, int(state.lines[i])))
    out: set[int] = set()
    if len(found) < 2:
        return out  # (most pages: no such pair)
    article = [0]  # article lines before each line
    for lb in state.labels:
        article.append(article[-1] + (lb is Label.ARTICLE))
    for (p, a), (i, b) in pairwise(found):
        if b == a + 1 and a >= 1 and article[i] > article[p + 1]:
            out.add(i)
    return out


# A heading's permalink as scrapers render it on a line of its own.
_ANCHOR_MARKS = frozenset({"¶", "§", "#"})
# A year or a span of years alone on its line ("1979", "1957–1959", "1998/99").
_YEAR_RE = regex.compile(r"(?:1[89]|20)\d\d(?: ?[–/-] ?(?:(?:1[89]|20)?\d\d))?")


def _timeline_year(state: State, i: int) -> bool:
    """Whether line ``i`` is a year of a timeline, alone on its line before its entry
    ("1979" / "Schlechter Zustand der Wohngebäude ..." / "1987" / "Erklärung ..."), which
    block rendering prints on the entry's line: the context pass looks past it as past a
    list's number. A year two text lines above or below makes the timeline; a year alone
    (a copyright's, a date's) still parts what it stands between."""
    if _YEAR_RE.fullmatch(state.lines[i].strip()) is None:
        return False
    for step in (-1, 1):
        j = state.text_neighbour(i, step)
        k = state.text_neighbour(j, step) if j is not None else None
        if (k is not None and state.rules[k] == "symbol_lines"
                and _YEAR_RE.fullmatch(state.lines[k].strip()) is not None):
            return True
    return False


# A list item's bullet alone on its line (see :func:`_list_bullet`); no separator of a
# menu's links ("|", "/", a dash) and no ruler ("•••").
_LIST_BULLETS = frozenset({"•", "▪", "◦", "·"})


def _list_bullet(state: State, i: int) -> bool:
    """Whether line ``i`` is a list item's bullet alone on its line between two undecided
    items, which inline rendering sets apart from the item's words ("Ihr braucht:" / "A3
    Papier" / "Schere" / "•" / "Wasserfarben" / "•" / "1 normaler Pinsel" / ...): the
    context pass looks past it as past a list's number. The item under it is short (a
    thing, a step's few words); a bullet right after article text, or over a blurb,
    still parts them (a list of sponsored links under the article: a headline, a blurb,
    then the next bullet)."""
    if state.lines[i].strip() not in _LIST_BULLETS or state.labels[i] is not Label.BOILERPLATE:
        return False
    prev, nxt = state.text_neighbour(i, -1), state.text_neighbour(i, 1)
    return (prev is not None and nxt is not None and state.labels[prev] is None
            and state.labels[nxt] is None and state.cf[prev] in UNDECIDED
            and state.cf[nxt] == "short")


def _neighbour(state: State, i: int, step: int) -> int | None:
    """The nearest non-blank line from line ``i`` in direction ``step``, past a heading's
    permalink marks ("Session Objects" / "¶" / its text)."""
    j = state.text_neighbour(i, step)
    while j is not None and state.lines[j].strip() in _ANCHOR_MARKS and _transparent(state, j):
        j = state.text_neighbour(j, step)
    return j


# A clock time or a numeric date: a byline's stamp, which no section heading carries.
_STAMP_RE = regex.compile(r"\d{1,2}:\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d")


def _section_heading(state: State, i: int) -> bool:
    """A repeated heading-like line with paragraphs on both sides: a section heading that a
    table of contents repeats. It must not wall the paragraphs off from each other. A line
    printed twice whose copies share no neighbour (:data:`~.structure.LONE_COPY`) counts
    however it reads ("Test 2:", "Diagnosis (8)", "Model 2 (£214)"), unless it holds a
    clock time or a numeric date: a byline printed over and under the text."""
    if state.rules[i] != "repeated_lines" or state.locked[i]:
        return False
    prev, nxt = _neighbour(state, i, -1), _next_past_boxes(state, i)
    return (prev is not None and nxt is not None and state.cf[prev] in ("good", "near")
            and state.cf[nxt] in ("good", "near")
            and (_heading_like(state.lines[i]) or _question_heading(state.lines[i])
                 or _numbered_heading(state.lines[i]) or _repeated_sentence(state, i)
                 or (state.reasons[i] == LONE_COPY
                     and _STAMP_RE.search(state.lines[i]) is None)))


# Words a repeated line needs to read as a sentence of the text ("Bulky luggage cannot be
# carried."), not a button's label ("Read more.").
_REPEATED_SENTENCE_WORDS = 4


def _repeated_sentence(state: State, i: int) -> bool:
    """Whether a repeated line is a finished sentence with a stop word: an answer that an
    FAQ gives twice, a post that a reply quotes. Between two paragraphs it is the text's.
    The first cleaning keeps such lines for other reasons (a thread's posts); the output
    then holds both copies, and dropped as a menu's item they changed it when cleaned
    again."""
    text = state.lines[i].strip()
    if not (text[:1].isupper() and ends_sentence(text)):
        return False
    words = WORD_RE.findall(text.lower())
    return len(words) >= _REPEATED_SENTENCE_WORDS and any(w in state.lex.stop for w in words)


# Entries of a table of contents next to a heading's first copy (above it or below it)
# that must recur in the same order around its later copy: one entry repeated alone is a
# menu's item printed twice; a run of them repeated in order, sections between them, is a
# table of contents and the text's headings.
_CONTENTS_ENTRIES = 2
# How many more lines two headings stand apart in the text than in the contents box.
_CONTENTS_GAP = 1
# Words of a contents entry at most (a heading, not a paragraph).
_CONTENTS_ENTRY_WORDS = 8
# Copies of a heading that a table of contents lists: its entry and the heading itself (an
# interview's speaker label, "Dave:", recurs over every turn, its neighbours too).
_CONTENTS_COPIES = 2
CONTENTS_REASON = "section heading listed in a table of contents"


def _contents_heading(state: State, i: int, where: dict[str, list[int]]) -> bool:
    """A repeated heading-like line right over paragraphs whose earlier copy is an entry of
    a table of contents: the section's heading after a box of links inside the article
    ("Inhalt" / "Wozu brauchen Diesel Adblue?" / "Woraus besteht Adblue?" / ... then each
    question again over its answer, one of them right under a teaser box). The entries
    next to the earlier copy (``where``: each key's lines) recur around this line in the
    same order, further apart (sections stand between them); a menu printed twice keeps
    its items the same distance apart, and a lone label repeated is no such entry."""
    if state.rules[i] != "repeated_lines" or state.locked[i]:
        return False
    copies = where.get(state.keys[i], [])
    if len(copies) != _CONTENTS_COPIES or copies[0] >= i:
        return False  # (the copies first: most repeated lines are a menu's, printed once more)
    nxt = _next_past_boxes(state, i)
    if nxt is None or state.cf[nxt] not in ("good", "near"):
        return False
    text = state.lines[i]
    if not (_heading_like(text) or _question_heading(text) or _numbered_heading(text)):
        return False
    return _entries_around(state, where, copies[0], i) >= _CONTENTS_ENTRIES


contents_heading = _contents_heading  # (for the span's headings: see span.py)

# A contents entry's section number alone on its line ("3.", "3.2"), printed apart from
# its entry when the page breaks lines at links.
_SECTION_NUMBER_RE = regex.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?")


def _past_section_number(state: State, j: int | None, step: int) -> int | None:
    """Line ``j``, or the next text line past it in direction ``step`` when ``j`` is a
    contents entry's number alone ("3.2" between "#1 Play Arch" and "#2 Ring Tower"): the
    entries around a heading's copy in the box stand next to each other past it."""
    if j is not None and _SECTION_NUMBER_RE.fullmatch(state.lines[j].strip()):
        return state.text_neighbour(j, step)
    return j


def _entries_around(state: State, where: dict[str, list[int]], t: int, h: int) -> int:
    """How many entries next to line ``t`` (up to :data:`_CONTENTS_ENTRIES` above it, then
    below it) recur in order around line ``h``, its later copy: the ones above between
    ``t`` and ``h``, the ones below after ``h``; 0 unless one pair of them stands further
    apart in the text than in the contents (:data:`_CONTENTS_GAP`)."""
    found, spread = 0, False
    for step in (-1, 1):
        bound, j = h, t
        for _ in range(_CONTENTS_ENTRIES):
            nb = _past_section_number(state, state.text_neighbour(j, step), step)
            if (nb is None or state.rules[nb] != "repeated_lines" or state.locked[nb]
                    or state.words[nb] > _CONTENTS_ENTRY_WORDS):
                break
            if step < 0:
                hits = [q for q in where.get(state.keys[nb], ()) if t < q < bound]
                hit = hits[-1] if hits else None
            else:
                hit = next((q for q in where.get(state.keys[nb], ()) if q > bound), None)
            if hit is None:
                break
            spread = spread or abs(bound - hit) > abs(j - nb) + _CONTENTS_GAP
            found += 1
            bound, j = hit, nb
        if found >= _CONTENTS_ENTRIES:
            break
    return found if spread else 0


def _keep_contents_headings(state: State, contents: list[int]) -> None:
    """Keep the headings that :func:`_contents_heading` found over article text, once
    article text stands above them too: the first heading of the text, under the title,
    would open the output, where cleaning it again finds no table of contents and a
    question no subheading ("What is Hoya?" over the first paragraph)."""
    if not contents:
        return
    first = next((j for j, lb in enumerate(state.labels) if lb is Label.ARTICLE), len(state))
    for i in contents:
        nxt = _next_past_boxes(state, i)
        if i > first and nxt is not None and state.labels[nxt] is Label.ARTICLE:
            state.decide(i, Label.ARTICLE, CONTENTS_REASON)


# Lines of an inline box (a hatnote, "Main article: ...") that a section heading may
# stand over before its text.
_BOX_LINES = 4


def _next_past_boxes(state: State, i: int) -> int | None:
    """The next non-blank line after ``i``, past the lines of an inline link box right
    under it ("History" / "Main article: History of New Zealand" / the section's text;
    not past a photo credit or an ad slot: a tag line over a picture is no heading)."""
    j = _neighbour(state, i, 1)
    for _ in range(_BOX_LINES):
        if j is None or not (state.inline[j] and state.rules[j] == "zone_openers"):
            break
        j = _neighbour(state, j, 1)
    return j


next_past_boxes = _next_past_boxes  # (for the span's headings: see span.py)


def _zone_heading(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` is one line of words that is exactly a zone or box phrase of the
    lexicon: an opener that a guard refused ("Related Articles" next to "12 comments", one
    menu's items) is no subheading nor a line of the text, for alone in the output it is
    an opener refused as too early, a locked line, and cleaning the output again would
    drop it. Lines of punctuation alone joined to it ("Related Articles" / ")" / ")",
    printed "Related Articles))") do not hide it."""
    worded = [i for i in idx if any(map(str.isalnum, state.lines[i]))]
    hit = state.zone_hit(worded[0]) if len(worded) == 1 else None
    return hit is not None and hit[1] == "exact"


def _keep_section_headings(state: State, headings: list[int]) -> None:
    """Section headings between two kept paragraphs are article text: repeated ones (a
    table of contents repeats them) and short heading-like lines whose neighbours were
    only found to be article in this pass (so cleaning the output again keeps them too).
    A zone opener's words are no such heading: "Comments" under every post opens no zone
    while it recurs, but alone in the output it would."""
    for i in headings:
        if state.zone_hit(i) is not None:
            continue
        prev = _neighbour(state, i, -1)
        if prev is None or state.labels[prev] not in (Label.ARTICLE, Label.TITLE):
            continue  # (the line above first: most candidates stand under dropped text)
        nxt = _next_past_boxes(state, i)
        if nxt is not None and state.labels[nxt] is Label.ARTICLE:
            state.decide(i, Label.ARTICLE, "section heading between paragraphs")


# The longest run of unlocked non-article lines that the article may wall in, and the
# longest when two thirds of its lines are code (a listing between two paragraphs).
_GAP_MAX_LINES = 6
_GAP_MAX_CODE_LINES = 40


def _fills_gap(state: State, run: list[int]) -> bool:
    """Whether a run of dropped lines between two article lines is the article's: short,
    or a code listing, and rejected at least once for few stop words (not only by context,
    which had reasons of its own)."""
    if not run:
        return False
    if len(run) <= _GAP_MAX_CODE_LINES and (_figure_table(state, run)
                                             or _cells_beside_figures(state, run)
                                             or _figure_fields(state, run)):
        return True
    if not any(state.rules[j] == "classify" for j in run):
        return False
    if len(run) <= _GAP_MAX_LINES or _printed_lines(state, run) <= _GAP_MAX_LINES:
        return True
    if len(run) > _GAP_MAX_CODE_LINES:
        return False
    code = sum(1 for j in run if code_like(state, state.lines[j]))
    return 3 * code >= 2 * len(run)


def _printed_lines(state: State, run: list[int]) -> int:
    """The lines of ``run`` counted as block rendering prints them: a string literal alone
    on its line right under a line of code in the same block is that command's argument
    (`bind-key ... copy-pipe-and-cancel` / '"xclip -se c -i"'), which inline rendering cut
    onto a line of its own at the string's highlighting; block rendering prints both as one
    line, so the walled gap is the same length in both renderings."""
    cut = sum(1 for a, b in pairwise(run)
              if b == a + 1 and state.block[a] == state.block[b]
              and string_literal(state.lines[b]) and code_like(state, state.lines[a]))
    return len(run) - cut


# A table of figures: at least this many cells, half of them or more holding a figure,
# each cell of at most this many words.
_TABLE_MIN_CELLS = 6
_TABLE_CELL_WORDS = 6


def _figure_table(state: State, run: list[int]) -> bool:
    """Whether a run of dropped lines is a table of figures, one cell a line ("Gmail" /
    "17.8 MB" / "7.6 MB (-57%)"): short cells, half of them or more with a digit. Its
    figure cells recur on the page with other digits (the repeated-lines rule counts them
    as one menu item) and carry no stop words, so neither rule kept them."""
    if len(run) < _TABLE_MIN_CELLS or any(state.words[j] > _TABLE_CELL_WORDS for j in run):
        return False
    figures = sum(1 for j in run if DIGIT_RE.search(state.lines[j]) is not None)
    return 2 * figures >= len(run)


# A list of figures by name ("Laufzeit: fünf Jahre", "Effektiver Jahreszins: 3,9 Prozent",
# "Monatliche Rate inkl. Zinsen: 300 Euro"): a label of at most this many words, a colon, a
# value with a figure; the line at most this many words; at least this many such lines,
# and two in three of the run's lines.
_FIGURE_LABEL_WORDS = 5
_FIGURE_FIELD_WORDS = 12
_FIGURE_FIELDS_MIN = 3


def _figure_fields(state: State, run: list[int]) -> bool:
    """Whether a run of dropped lines walled in by the article is a list of figures by
    name, one a line (a cost example between two paragraphs: `Neupreis: 20.000 Euro` /
    `Laufzeit: drei Jahre` / `Monatliche Rate: 293,45 Euro`, with its heading): two thirds
    of its lines such fields (:data:`_FIGURE_LABEL_WORDS`), three at least. A field's label
    may be longer than a table row's (:func:`_field_row`) because its value has a figure;
    repeated on the page (the same price in two examples), it is still the table's."""
    fields = 0
    for j in run:
        label, colon, value = state.lines[j].strip().partition(":")
        if (colon and label[:1].isupper() and 1 <= len(label.split()) <= _FIGURE_LABEL_WORDS
                and DIGIT_RE.search(value) is not None
                and state.words[j] <= _FIGURE_FIELD_WORDS):
            fields += 1
    return fields >= _FIGURE_FIELDS_MIN and 3 * fields >= 2 * len(run)


# A table cut into cells whose figures have no letters: at least this many labels, a
# figure line after half of them or more.
_LABELLED_FIGURES_MIN = 3


def _cells_beside_figures(state: State, run: list[int]) -> bool:
    """Whether a run of dropped lines is the label column of a table whose other cells are
    figures ("Rebuilding Together Austin (Web)" / "(512) 993-8230" / "Meals on Wheels and
    More (Web)" / "(512) 476-6325"): inline rendering prints a cell a line, the figures
    carry no letters (dropped as counters, outside the run) and the labels alone read as
    short lines between two lines of no article. Short labels, a figure line right after
    half of them or more."""
    if len(run) < _LABELLED_FIGURES_MIN or any(
            state.words[j] > _TABLE_CELL_WORDS for j in run):
        return False
    figured = 0
    for j in run:
        nxt = state.text_neighbour(j, 1)
        if (nxt is not None and state.rules[nxt] == "symbol_lines"
                and DIGIT_RE.search(state.lines[nxt]) is not None):
            figured += 1
    return 2 * figured >= len(run)


def _walled_runs(state: State) -> Iterator[list[int]]:
    """Runs of unlocked dropped lines with article lines right above and right below.

    A run is yielded when the article line that closes it is reached, so the caller may
    relabel it. Locked lines (lexicon, timestamp, zone) break a run, except lines without
    letters, which carry no words; so do menu-like lines and lines of other labels.
    """
    last_article: int | None = None
    run: list[int] = []
    # The state's lists read directly: several rules walk every line of the page this way.
    blank, labels, locked, rules, reasons = (state.blank, state.labels, state.locked,
                                             state.rules, state.reasons)
    for i in range(len(state)):
        if blank[i]:
            continue
        lab = labels[i]
        if lab is Label.ARTICLE:
            if last_article is not None and run:
                yield run
            last_article, run = i, []
        elif locked[i]:
            if rules[i] != "symbol_lines":
                last_article, run = None, []
        elif lab is Label.BOILERPLATE and not reasons[i].startswith("menu-like"):
            run.append(i)
        else:
            last_article, run = None, []


def gaps(state: State) -> None:
    """Unlocked lines walled in by the article on both sides are the article's.

    Code samples, tables and lists of names have few stop words, so the classifier calls
    them boilerplate, and a dropped line between two kept paragraphs is a hole in the
    article (a documentation page loses every example). A short run of such lines with
    article text right above and right below, and no locked verdict (lexicon, timestamp,
    zone) among them, follows its context. Lines without letters stay out (they carry no
    words) but do not break the run.
    """
    for run in _walled_runs(state):
        if _fills_gap(state, run) and not _headed_by_box_phrase(state, run):
            for j in run:
                state.decide(j, Label.ARTICLE, "walled in by the article")
            if len(run) <= _GAP_MAX_CODE_LINES and _cells_beside_figures(state, run):
                _keep_figures(state, run)
    _bulleted_lists(state)


# A refused box opener walled in by the article heads at most this many lines in all
# (the phrase and a headline or two); a longer run is a section (a table of contents
# under its `Contents`, a spec table's `Recommended:`), which stays the article's.
_BOX_RUN_LINES = 3


def _headed_by_box_phrase(state: State, run: list[int]) -> bool:
    """Whether a short walled run (at most :data:`_BOX_RUN_LINES` lines) opens with a line
    that is exactly a zone or box phrase of the lexicon, over lines that finish no
    sentence ("Related articles" over a headline between two paragraphs): an opener that
    a guard refused on the page (printed there over each of its boxes) with its box, not
    the text; alone in the output it opens the box it heads, and cleaning the output
    again drops both (see :func:`_zone_heading`)."""
    if len(run) > _BOX_RUN_LINES:
        return False
    hit = state.zone_hit(run[0])
    if hit is None or hit[1] != "exact":
        return False
    return not any(c in TERMINAL for j in run[1:] for c in state.lines[j])


# A code listing next to the article: at least this many lines, two thirds of them
# statements of this many tokens or more ("geom_bar(stat = 1) +", not a sidebar's lone
# "get_value()").
_BESIDE_MIN_LINES = 3
_STATEMENT_TOKENS = 2
_BESIDE_REASON = "code listing next to the article"


# What makes a code line a statement: a call ("len(x)"), an assignment or a binding
# ("a = b", "x := f", "p <- q", "i += 1"), an arrow ("a -> b"), or a line closing on ";"
# or "{" or opening on "}". A list item ("- Ontario"), a form's blank ("Address: ___"),
# a record's fields ("Teams | Statistics") have none. No nested quantifiers.
_STATEMENT_RE = regex.compile(
    r"\w\(|\w ?(?:[:+*/-]?=|<-|->|=>|==|!=) ?[\w\"'(\[{&*-]|[;{]\s*$|^\s*}")


# The characters of which every match of _STATEMENT_RE holds one: a call's bracket, an
# assignment's or an arrow's sign, a block's brace or a statement's semicolon.
_STATEMENT_CHARS = frozenset("(=<>;{}")
# A call with an argument ("len(x)", "client.send(data)"), which makes a line of one token
# a statement; a sidebar's "get_value()" has none.
_CALL_RE = regex.compile(r"\w\([^)\s]")


def _statement(state: State, line: str) -> bool:
    """Whether ``line`` is a code statement: code (:func:`code_like`) with a call, an
    assignment or a block's brace, of :data:`_STATEMENT_TOKENS` tokens or more or with a
    call that passes an argument (:data:`_CALL_RE`). A line without any character that
    :data:`_STATEMENT_RE` needs is none, which a set test tells ten times faster than
    the pattern (most lines asked are a page's dropped prose and menus)."""
    if _STATEMENT_CHARS.isdisjoint(line):
        return False
    return ((len(line.split()) >= _STATEMENT_TOKENS or _CALL_RE.search(line) is not None)
            and _STATEMENT_RE.search(line) is not None and code_like(state, line))


# The rules whose drop a code listing's blocks may carry: the classifier's, the context
# pass's (code has few stop words and stands among short lines).
_LISTING_RULES = ("context", "classify")


def _listing_runs(state: State) -> Iterator[list[int]]:
    """Runs of whole blocks, one after another, that the context pass or the classifier
    dropped, none locked, each two thirds code or comment lines (:func:`_listing_block`).
    Lines without letters between blocks are looked past."""
    run: list[int] = []
    i, n = 0, len(state)
    while i < n:
        if state.blank[i] or state.rules[i] == "symbol_lines" or state.block[i] != i:
            if not (state.blank[i] or state.rules[i] == "symbol_lines") and run:
                yield run  # (a block's inner line reached: the run met a partial block)
                run = []
            i += 1
            continue
        end = state.block_end(i)
        block = ([j for j in range(i, end) if not state.blank[j]]
                 if state.labels[i] is Label.BOILERPLATE
                 and state.rules[i] in _LISTING_RULES else [])
        if (block and not any(state.locked[j] for j in block)
                and _listing_block(state, block)):
            run.extend(block)
        elif run:
            yield run
            run = []
        i = end
    if run:
        yield run


def _article_past_symbols(state: State, i: int, step: int) -> bool:
    """Whether the nearest text line from line ``i`` in direction ``step``, past lines
    without letters (a listing's closing bracket), is the article's."""
    j = state.text_neighbour(i, step)
    while j is not None and state.rules[j] == "symbol_lines":
        j = state.text_neighbour(j, step)
    return j is not None and state.labels[j] is Label.ARTICLE


def _dropped_statement(state: State) -> bool:
    """Whether some unlocked line of a block that the context pass or the classifier
    dropped is a code statement (:func:`_statement`): a listing that
    :func:`_code_beside_article` keeps holds one at least, so a page without any needs no
    walk over its blocks (the verdicts are read first, the statement test last)."""
    lines, labels, rules, locked, block = (state.lines, state.labels, state.rules,
                                           state.locked, state.block)
    for j, b in enumerate(block):
        if (labels[b] is Label.BOILERPLATE and not locked[j] and rules[b] in _LISTING_RULES
                and _statement(state, lines[j])):
            return True
    return False


def _code_beside_article(state: State) -> None:
    """A code listing that the context pass dropped right before or right after a line of
    the article is the article's: inline rendering prints a highlighted listing once cut
    into tokens (which read as short lines of nothing) and once whole, and the whole lines
    sit between the token soup and the text that explains them ("my_ggp <- ggplot(data)" /
    "geom_bar(stat = 1) +" / "Figure 1: the default plot."). The listing is whole blocks of
    code or comment lines (:func:`_listing_runs`), :data:`_BESIDE_MIN_LINES` lines at
    least and at most :data:`_GAP_MAX_CODE_LINES`, two thirds of them statements of several
    tokens: a documentation sidebar's names are one token each, and a menu has no code."""
    if not _dropped_statement(state):
        return  # (the cheap test first: most pages drop no code statement at all)
    for run in _listing_runs(state):
        if not _BESIDE_MIN_LINES <= len(run) <= _GAP_MAX_CODE_LINES:
            continue
        code = [j for j in run if not state.lines[j].lstrip().startswith(_COMMENT_MARKS)]
        statements = sum(1 for j in code if _statement(state, state.lines[j]))
        if 3 * statements < 2 * len(code) or not code:
            continue
        if not (_article_past_symbols(state, run[0], -1)
                or _article_past_symbols(state, run[-1], 1) or _under_own_tokens(state, run)):
            continue
        for j in run:
            state.decide(j, Label.ARTICLE, _BESIDE_REASON)


# The marks that make a line without letters a piece of code (a listing's bracket, "="),
# not a separator or a counter.
_CODE_MARKS = frozenset("()[]{}=;")
# How many lines the look past a listing's token lines may take, on each side.
_LISTING_REACH = 40
_AMID_REASON = "near-good, article past a listing's token lines"


def _listing_mark(state: State, j: int) -> bool:
    """Whether line ``j`` is a dropped line without letters that holds a code mark."""
    return (state.rules[j] == "symbol_lines" and state.labels[j] is Label.BOILERPLATE
            and any(ch in _CODE_MARKS for ch in state.lines[j]))


def _article_past_tokens(state: State, i: int, step: int) -> tuple[bool, bool]:
    """Look from line ``i`` in direction ``step`` past the token lines of a code listing
    that inline rendering cut one token a line: short lines the context pass dropped,
    lines dropped for being printed again ("self", "return"), lines without letters.
    Returns whether an article line ends the look within :data:`_LISTING_REACH` lines, and
    whether a code mark (:func:`_listing_mark`) was passed on the way; any other line (a
    lexicon's, a classified one, a near-good paragraph) ends it, found nothing."""
    marked = False
    j = state.text_neighbour(i, step)
    for _ in range(_LISTING_REACH):
        if j is None:
            break
        if state.labels[j] in (Label.ARTICLE, Label.TITLE):
            return True, marked
        rule = state.rules[j]
        if _listing_mark(state, j):
            marked = True
        elif not (rule == "symbol_lines" or (rule == "repeated_lines" and not state.locked[j])
                  or (rule == "context" and state.cf[j] == "short")):
            break
        j = state.text_neighbour(j, step)
    return False, False


def _prose_amid_listings(state: State) -> None:
    """A paragraph between the pieces of a code listing, article text past them on both
    sides, is the article's: inline rendering cuts a highlighted listing one token a line,
    and its comments and the sentences between its parts ("def setUp(self):" / "# Reset
    the caches so the new setting is read" / "cache.clear()") then stand among short
    lines with no article neighbour, so the context pass dropped them. A code mark (a
    bracket alone on its line) on one side shows the short lines are code, not a menu;
    a teaser or a comment under the article has neither the marks nor text after them."""
    rules, labels = state.rules, state.labels
    if not any(rules[j] == "symbol_lines" and _listing_mark(state, j)
               for j in range(len(state))):
        return  # no code mark on the page (most pages): nothing to find
    for i in range(len(state)):
        if (rules[i] == "context" and labels[i] is Label.BOILERPLATE
                and state.cf[i] == "near" and state.block[i] == i):
            end = state.block_end(i)
            left, left_mark = _article_past_tokens(state, i, -1)
            right, right_mark = _article_past_tokens(state, end - 1, 1)
            if left and right and (left_mark or right_mark):
                for j in range(i, end):
                    state.decide(j, Label.ARTICLE, _AMID_REASON)


def _under_own_tokens(state: State, run: list[int]) -> bool:
    """Whether the listing ``run`` stands right under its own copy cut into tokens, one a
    line, with an article line right above that copy (`... executes the request:` /
    `client` / `=` / `socket` / ... / `client = socket.socket(...)`): inline rendering
    prints a highlighted listing token by token, then whole. The copy's lines, read up to
    the article line, spell the listing's characters exactly (white space aside); the
    token copy stays out, as the article holds the code once."""
    target = "".join("".join(state.lines[j].split()) for j in run)
    pieces: list[str] = []
    size = 0
    j = state.text_neighbour(run[0], -1)
    while j is not None:
        if state.labels[j] in (Label.ARTICLE, Label.TITLE):
            return size > 0 and "".join(reversed(pieces)) == target
        piece = "".join(state.lines[j].split())
        size += len(piece)
        if size > len(target):
            return False
        pieces.append(piece)
        j = state.text_neighbour(j, -1)
    return False


def _keep_figures(state: State, run: list[int]) -> None:
    """The figure cells of a table kept by its label column (:func:`_cells_beside_figures`):
    the line right after each label when it has no letters but a digit ("equals" /
    "12 + 3 = 15", "Meals on Wheels (Web)" / "(512) 476-6325"), which ``symbol_lines``
    locked as a counter. Kept without them, the labels would stand alone in the output,
    and cleaned again, with no figures beside them, they would go. The first label may be
    the article line that walls the run in from above (the context pass kept it, a short
    line next to the article): a short line is a label there too."""
    top = run[0] - 1
    while top >= 0 and (state.is_blank(top) or state.rules[top] == "symbol_lines"):
        top -= 1
    labels = run
    if (top >= 0 and state.labels[top] is Label.ARTICLE
            and state.words[top] <= _TABLE_CELL_WORDS):
        labels = [top, *run]
    for j in labels:
        nxt = state.text_neighbour(j, 1)
        if (nxt is not None and state.rules[nxt] == "symbol_lines"
                and DIGIT_RE.search(state.lines[nxt]) is not None):
            state.locked[nxt] = False
            state.decide(nxt, Label.ARTICLE, "figure of a table walled in by the article")


# A bulleted list of the article: an item is a bullet, a space and a word ("+ Added ...",
# "* Tweaked ...", "- Removed ..."); a list with at least this many items kept, and at
# least one kept item in this many, is the article's as a whole.
_BULLET_ITEM_RE = regex.compile(r"\s*[*•·+▪◦–-] \w")
# A chronology's entry: a year (or a span of years) first, then its event ("1957–1959
# Erster Bauabschnitt: ...", "1998/99 Erneute Abrisspläne ..."): such a list goes with its
# kept entries as a bulleted one does. Not a year before a bracket ("2019 (12)": a blog
# archive's counts).
_YEAR_ITEM_RE = regex.compile(r"\s*(?:1[5-9]|20)\d\d(?:\s?[–/-]\s?\d{2,4})?\s+\p{L}")
_BULLET_KEPT_MIN = 3
_BULLET_KEPT_SHARE = 4
_BULLET_REASON = "item of a bulleted list of the article"
_CHRONOLOGY_REASON = "entry of a chronology of the article"
# A title-case item: two thirds of its words of this many letters or more (after its
# first) capitalised. A list of other stories' headlines is made of them; one item in
# this many may be one (a feature named in capitals).
_TITLE_WORD_LETTERS = 4
_TITLE_ITEMS_SHARE = 3


def _title_case(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is written in title case ("- Microsoft Mediaroom Brings Connected TV
    to Life"): two thirds of its longer words after the first start with a capital. In a
    language that capitalises its nouns (``lex.noun_caps``: German) that is every noun, so
    there its function words (stop words) decide when it has any: two thirds of them
    capitalised ("– Rituale zur Heilung" is no title, "Die Besten Tipps Für Den Sommer"
    one)."""
    tokens = WORD_RE.findall(text)[1:]
    if lex.noun_caps:
        stops = [w for w in tokens if w.casefold() in lex.stop]
        if stops:
            return 3 * sum(1 for w in stops if w[0].isupper()) >= 2 * len(stops)
    words = [w for w in tokens if len(w) >= _TITLE_WORD_LETTERS]
    return bool(words) and 3 * sum(1 for w in words if w[0].isupper()) >= 2 * len(words)


def _bulleted_lists(state: State) -> None:
    """A bulleted list of which several items are article is the article's as a whole.

    A changelog or a feature list is made of short items; the context pass keeps those
    next to a paragraph and drops the rest as a menu (short lines between short lines), so
    the list comes out cut in the middle. Its items are consecutive lines (blank lines
    between) that each open with a bullet; when at least ``_BULLET_KEPT_MIN`` of them, and
    one in ``_BULLET_KEPT_SHARE``, are article, its other unlocked items are too. A list
    of other stories' headlines, its items in title case, is no such list: the context
    pass may have kept its first items as bulleted prose. A chronology's entries, each
    opening with its year (``_YEAR_ITEM_RE``), make such a list too.
    """
    run: list[int] = []
    n, lines, blank = len(state), state.lines, state.blank
    for i in range(n + 1):
        if i < n:
            if blank[i]:
                continue
            first = lines[i].lstrip()[:1]
            if (first in _BULLETS and _BULLET_ITEM_RE.match(lines[i])) or (
                    first in "12" and _YEAR_ITEM_RE.match(lines[i])):
                run.append(i)
                continue
        if len(run) < _BULLET_KEPT_MIN:
            run = []
            continue
        kept = sum(1 for j in run if state.labels[j] is Label.ARTICLE)
        if kept >= _BULLET_KEPT_MIN and _BULLET_KEPT_SHARE * kept >= len(run) and (
                _TITLE_ITEMS_SHARE * sum(1 for j in run if _title_case(state.lines[j], state.lex))
                <= len(run)):
            bulleted = lines[run[0]].lstrip()[:1] in _BULLETS
            for j in run:
                if state.labels[j] is not Label.ARTICLE:
                    state.decide(j, Label.ARTICLE,
                                 _BULLET_REASON if bulleted else _CHRONOLOGY_REASON)
        run = []


# A long run walled in by the article is its section when finished sentences are spread
# through it: lists with a sentence between them ("Basic remodel: $10,000" / "Bathrooms
# vary widely in cost ..."). At most this many lines, one sentence per this many lines.
_SECTION_MAX_LINES = 160
# What a sentence ending in a colon announces: the sentence (its block, inline rendering
# cuts it at links) has this many words at least (a label such as "Sources:" or
# "Contributing Writers:" introduces a list golds drop).
_ANNOUNCING_MIN_WORDS = 6
# Kept lines that are no paragraph (code lines, list items) between that sentence and
# the dropped run: looked past up to this many.
_ANNOUNCED_LOOSE = 40
_ANNOUNCED_REASON = "announced by a sentence ending in a colon"
_ANNOUNCED_BLOCK_REASON = "block announced by a sentence ending in a colon"
# A numbered list's item: its number, ")" or ".", then text; at least this many items,
# each within this many lines of the one before.
_ITEM_RE = regex.compile(r"\s*(\d{1,3})[.)]\s+\S")
_LIST_MIN_ITEMS = 3
_LIST_ITEM_REACH = 6
_SECTION_LINES_PER_SENTENCE = 10
# How far from the run a long paragraph of the article is looked for on each side.
_ANCHOR_REACH = 30


def sections(state: State) -> None:
    """A long run of dropped lines between two parts of the main text is a section of it
    when sentences are spread through it.

    A how-to or a price guide alternates short list items and subheadings with a sentence
    now and then; the context pass reads the items as a menu (short lines between short
    lines) and drops the whole section. The signs that it is the article's: at least one
    finished sentence per ``_SECTION_LINES_PER_SENTENCE`` lines; under a third of its lines
    long headlines (a list of other stories is made of them); under a quarter repeated on
    the page (a product grid repeats its specification labels); a long paragraph within
    reach on each side. This runs after the island pass, so both walls are the main text,
    not an island of ad copy or a newsletter box. Locked lines (lexicon, zone, timestamp)
    break a run, so a labelled ad box or a related zone is never a section.

    A run that a sentence of the article ending in a colon announces needs none of these
    signs (:func:`announced`: a code sample, a list, a table), and a numbered list so
    announced needs no article text after it (:func:`_announced_lists`).
    """
    _announced_lists(state)
    _closing_field_rows(state)
    for run in _walled_runs(state):
        if len(run) <= _SECTION_MAX_LINES and announced(state, run[0]):
            for j in run:
                state.decide(j, Label.ARTICLE, _ANNOUNCED_REASON)
            continue
        if len(run) > _SECTION_MAX_LINES or not any(state.rules[j] == "classify" for j in run):
            continue
        above = state.text_neighbour(run[0], -1)
        if above is not None and state.rules[above] == "ingredients":
            continue  # a recipe's list is no wall: its card's buttons and scripts follow it
        if _table(state, run):
            for j in run:
                state.decide(j, Label.ARTICLE, "table walled in by the main text")
            continue
        sentences = _sentences(state, run)
        if (_SECTION_LINES_PER_SENTENCE * sentences >= _section_lines(state, run)
                and 3 * _headlines(state, run) <= len(run)
                and 4 * sum(1 for j in run if state.rules[j] == "repeated_lines") < len(run)
                and _anchored(state, run[0], -1) and _anchored(state, run[-1], 1)):
            for j in run:
                state.decide(j, Label.ARTICLE, "section walled in by the main text")
    _announced_blocks(state)  # after the walled runs, which an announcement keeps whole
    _quote_sources(state)
    _code_beside_article(state)  # after them too: a listing kept first would cut a section
    _prose_amid_listings(state)  # last: the walled runs keep the listing with its prose


# A quotation's source line: at most this many words, at least this many ";" between its
# parts ("<name>; <title>; <paper> (<place>); <date>.").
_SOURCE_MAX_WORDS = 25
_SOURCE_MIN_PARTS = 2
_QUOTE_OPENERS = "\"“„«"
_QUOTE_CLOSERS = "\"”“»"
_SOURCE_REASON = "source line under a quotation"


def _quote_sources(state: State) -> None:
    """A source line right under a quotation of the article is the article's: a usage
    example or an epigraph (a paragraph that opens with a quote mark and ends with its
    closing one) credited on the next line with its parts between semicolons ("<author>;
    <title>; <newspaper> (<place>); <date>."). Names, titles and a date hold few stop
    words, so the classifier dropped it (or the context pass, as a short line); the
    semicolons of a citation are no menu's separators. One line, unlocked, at most
    :data:`_SOURCE_MAX_WORDS` words with :data:`_SOURCE_MIN_PARTS` semicolons or more."""
    for i in range(1, len(state)):
        if (state.labels[i] is not Label.BOILERPLATE or state.locked[i]
                or state.rules[i] not in _LISTING_RULES
                or state.lines[i].count(";") < _SOURCE_MIN_PARTS
                or state.words[i] > _SOURCE_MAX_WORDS):
            continue
        above = state.text_neighbour(i, -1)
        if above is None or state.labels[above] is not Label.ARTICLE:
            continue
        quote = state.lines[above].strip()
        if quote[:1] in _QUOTE_OPENERS and quote[-1:] in _QUOTE_CLOSERS and len(quote) > 1:
            state.decide(i, Label.ARTICLE, _SOURCE_REASON)


# A table that inline rendering broke into one cell a line: rows of this many cells, a
# column whose short value recurs row after row ("yes", "Read only", "string") in at
# least this many rows in a row, the rows holding at least half of the run's lines.
_TABLE_CELLS = (3, 8)
_TABLE_MIN_ROWS = 3
_TABLE_VALUE_WORDS = 2


def _table(state: State, run: list[int]) -> bool:
    """Whether ``run`` is a table cut into one cell a line: for some row width, one column
    holds the same short value in :data:`_TABLE_MIN_ROWS` consecutive rows or more (an API
    reference's `Required?` column of "yes", a parameter list's types), and those rows make
    half the run. A menu repeats no value at a steady distance; a product grid's labels
    do, but its lines are mostly repeated on the page and the grid is no walled run."""
    text = [j for j in run if any(c.isalpha() for c in state.lines[j])]
    keys = [state.keys[j] for j in text]
    lo, hi = _TABLE_CELLS
    refused: set[str] = set()
    for width in range(lo, hi + 1):
        chain = [0] * len(keys)  # matches of one column ending at each line
        for i in range(len(keys) - width):
            key = keys[i]
            if (key and key == keys[i + width] and key not in refused
                    and state.words[text[i]] <= _TABLE_VALUE_WORDS):
                chain[i] = (chain[i - width] if i >= width else 0) + 1
                rows = chain[i] + 1
                if rows >= _TABLE_MIN_ROWS and 2 * rows * width >= len(keys):
                    if _mostly_here(state, key, keys):
                        return True
                    refused.add(key)
    return False


def _mostly_here(state: State, key: str, keys: list[str]) -> bool:
    """Whether the value ``key`` of a table's column is found on the page mostly inside
    the run (whose line keys are ``keys``): a link that every record of a reference list
    or a listing carries ("Google Scholar", "Add to cart") recurs all over the page."""
    inside = keys.count(key)
    return state.keys.count(key) <= 2 * inside


_HEADED_LIST_REASON = "numbered list going on under a kept colon heading"


def _kept_first_item(state: State, i: int) -> bool:
    """Whether line ``i``, a list's item 1 that the article kept, stands right under a kept
    heading ending in a colon of two words or more ("So geht's:" / "1. Zwei Gläser
    kaufen."): the list it opens goes on under the same heading, though the context pass
    dropped its later items as short lines between short lines."""
    j = state.text_neighbour(i, -1)
    if j is None or state.labels[j] is not Label.ARTICLE:
        return False
    line = state.lines[j].strip()
    return line.endswith((":", "：")) and len(line.split()) >= 2


def _announced_lists(state: State) -> None:
    """A numbered list that a sentence of the article ending in a colon announces is the
    article's even with no article text after it ("... the offers not to miss:" / "1) ..."
    / link / "2) ..." / ... up to the comment form): its items count 1, 2, 3 ... (at least
    three), each within :data:`_LIST_ITEM_REACH` lines of the one before, over unlocked
    dropped lines; the list ends one period (the distance between its last two items)
    after its last item."""
    n = len(state)
    for i in range(n):
        first = state.lines[i][:1]
        if first != "1" and not (first.isspace() and state.lines[i].lstrip()[:1] == "1"):
            continue  # item 1 first: one look at each line
        if state.locked[i] or not _is_item(state, i, 1):
            continue
        if not (_kept_first_item(state, i) if state.labels[i] is Label.ARTICLE
                else announced(state, i)):
            continue
        items, j, stop = [i], i + 1, n
        while j < n and j - items[-1] <= _LIST_ITEM_REACH:
            if not (state.is_blank(j) or state.rules[j] == "symbol_lines"):
                if state.locked[j] or state.labels[j] is Label.ARTICLE:
                    stop = j
                    break
                if _is_item(state, j, len(items) + 1):
                    items.append(j)
            j += 1
        if len(items) < _LIST_MIN_ITEMS:
            continue
        end = min(items[-1] + items[-1] - items[-2], stop)
        # (a list under a kept heading announces nothing past its end: its own reason)
        why = _HEADED_LIST_REASON if state.labels[i] is Label.ARTICLE else _ANNOUNCED_REASON
        for k in range(i, end):
            if not (state.locked[k] or state.is_blank(k) or state.labels[k] is Label.ARTICLE):
                state.decide(k, Label.ARTICLE, why)


def dropped_alone(state: State, i: int) -> bool:
    """Whether line ``i`` is a block of its own that the context pass dropped, unlocked: a
    short line it judged by neighbours that later passes have since kept (a subheading
    between kept sentences, a table's head row, a row of a table of fields), which such a
    pass may read again. Locked lines and other rules' drops were judged on their own."""
    return (not state.locked[i] and state.labels[i] is Label.BOILERPLATE
            and state.rules[i] == "context" and state.block[i] == i
            and state.block_end(i) == i + 1)


def _dropped_row(state: State, j: int) -> bool:
    """Whether line ``j`` is a one-line row of a table of fields (:func:`_field_cell`) that
    the context pass dropped, unlocked (:func:`dropped_alone`), and that is no entry of a
    table of contents nor a link ("Chapter 02: Currying", "Soccer: Kossie's champs?»")."""
    if not dropped_alone(state, j) or not _field_cell(state, [j]):
        return False
    label, _, value = state.lines[j].partition(":")
    return not (DIGIT_RE.search(label) or value.rstrip().endswith(_LINK_ARROWS))


def _closing_field_rows(state: State) -> None:
    """A table of fields right under an article line kept after the context pass's field
    check closes the article like one under a paragraph (:func:`_field_tables`): under a
    numbered list this pass kept ("So geht's:" / "1. ..." / ... / "4. ..." /
    "Zeitraum: 02.05. – 09.05." / "Einsendeschluss: 30.05. (Datum des Poststempels)" /
    "Teilnahmen: einmal je Person"), or under a near-good paragraph that the context pass
    kept only after that check ("If you brew for a family, it is worth a look." / "Price:
    $249" / "Vendor: ..." / "Phone: ..."). The context pass saw such rows as short lines between
    short lines; here, at least :data:`_FIELD_TABLE_ROWS` of them in a row right under an
    article line are the article's."""
    n = len(state)
    for i in range(n):
        if state.labels[i] is not Label.ARTICLE:
            continue
        j = state.text_neighbour(i, 1)
        rows: list[int] = []
        while j is not None and _dropped_row(state, j):
            rows.append(j)
            j = state.text_neighbour(j, 1)
        if len(rows) >= _FIELD_TABLE_ROWS:
            for j in rows:
                state.decide(j, Label.ARTICLE, _FIELD_TABLE_REASON)


# A table's head row printed apart from its body: at most this many words.
_HEAD_ROW_WORDS = 8


def _under_table_head(state: State, i: int) -> int | None:
    """The first line of the block of few stop words under line ``i`` when ``i`` is the
    head row of a table printed as a line of its own over the table's body ("Stufe A Stufe
    B Stufe C" over "Lagerzeit 12 Monate 18 Monate ..."): a one-line short block that the
    context pass dropped, unlocked, of at most :data:`_HEAD_ROW_WORDS` words without a
    colon or a sentence's end; None otherwise. The head row's words are names, so the
    context pass judged it alone, and the body's block under it no longer stood right
    under the sentence announcing it (:func:`_announced_blocks`)."""
    if (not dropped_alone(state, i) or state.cf[i] != "short"
            or state.words[i] > _HEAD_ROW_WORDS):
        return None
    line = state.lines[i].strip()
    if ":" in line or "：" in line or ends_sentence(line):
        return None
    below = state.text_neighbour(i, 1)
    return below if below is not None and _poor_block(state, below) else None


def _announced_blocks(state: State) -> None:
    """A block that the classifier dropped for few stop words and that a sentence of the
    article ending in a colon announces is the article's even with no article text after
    it: "... unterschreibt bitte alle diese Petition:" / its web address, "Finally, the
    config file:" / the file's lines, "... folgende Bestimmungen:" / a table's rows. The
    colon says what follows is the sentence's object; the block is one paragraph, none of
    its lines locked (a share bar, a lexicon's tag or nav line after the colon stays out),
    as short as a gap that the article may wall in (:func:`_fills_gap`: six lines, or a
    code listing or a table of figures), and no block of few stop words right after it: a
    list of other pages' links under "Here are the best offers:", an item and its link a
    block, is no such paragraph (numbered, it is: :func:`_announced_lists`)."""
    n = len(state)
    for first in range(n):
        i = _under_table_head(state, first)  # the block, under its table's head row or not
        if i is None and not state.locked[first] and _poor_block(state, first):
            i = first
        if i is None:
            continue
        prev = state.text_neighbour(first, -1)
        if prev is None or not state.lines[prev].rstrip().endswith((":", "：")):
            continue  # right under the sentence: one block, not each of a list's blocks
        end = state.block_end(i)
        lines = [j for j in range(i, end) if not state.is_blank(j)]
        listing = _listing_blocks(state, lines) if i == first else None
        if listing is not None:
            lines = listing  # a code listing cut into several blocks: all of them
        after = state.text_neighbour(lines[-1], 1)
        if after is not None and _poor_block(state, after):
            continue  # the first of a list's paragraphs ("Item" / link, "Item" / link ...)
        if i != first:
            lines = [first, *lines]  # the table's head row goes with its body
        if any(state.locked[j] for j in lines) or (
                listing is None and not _fills_gap(state, lines)):
            continue
        lead = _dropped_lead(state, prev)
        if lead:
            lines = [*lead, *lines]
        elif not announced(state, first):
            if not _announces_code(state, prev, lines):
                continue
            if state.labels[prev] is not Label.ARTICLE:
                lines = [*_dropped_lead(state, prev, _CODE_ANNOUNCING_MIN_WORDS), *lines]
        for j in lines:
            if state.labels[j] is not Label.ARTICLE:
                state.decide(j, Label.ARTICLE, _ANNOUNCED_BLOCK_REASON)


# A comment line of a code listing: "#" or "//" first ("# connect the client"); its
# words are prose, so :func:`code_like` refuses it, but it stands between code lines.
_COMMENT_MARKS = ("#", "//")
# Blocks of a code listing that a sentence ending in a colon announces: at least this
# many, each block two thirds code or comment lines.
_LISTING_MIN_BLOCKS = 2


def _listing_line(state: State, j: int) -> bool:
    """Whether line ``j`` is a line of a code listing: code (:func:`code_like`) or a
    comment ("# send some data")."""
    line = state.lines[j].lstrip()
    return line.startswith(_COMMENT_MARKS) or code_like(state, line)


def _listing_block(state: State, lines: list[int]) -> bool:
    """Whether a block's text lines are two thirds code or comment lines (a comment may be
    a block of its own between two pieces of code)."""
    allowed = len(lines) - (2 * len(lines) + 2) // 3  # lines that may be neither
    for j in lines:
        if not _listing_line(state, j):
            allowed -= 1
            if allowed < 0:
                return False  # (stops at the first line too many: most blocks are prose)
    return True


def _listing_blocks(state: State, lines: list[int]) -> list[int] | None:
    """The lines of a code listing that starts with the dropped block ``lines`` and goes on
    over the dropped blocks right after it, or None when it is no listing of two blocks or
    more. The joining pass cuts a listing into blocks at its comments ("# connect the
    client" goes with the line under it), so the block under the announcing sentence is
    one piece of it and the next is another poor block: without this, the sentence would
    seem to announce a list of paragraphs (:func:`_announced_blocks`), and the listing
    would be lost whole. Each block is unlocked, dropped by the classifier or the context
    pass, and two thirds code or comment lines; the listing is at most
    :data:`_GAP_MAX_CODE_LINES` lines. A menu or a list of links is no such block: its
    items are names, not statements."""
    if not (_listing_block(state, lines)
            and any(code_like(state, state.lines[j]) for j in lines)):
        return None  # (the first block holds code: comments alone are prose)
    listing, blocks_seen = list(lines), 1
    nxt = state.text_neighbour(lines[-1], 1)
    while nxt is not None and state.block[nxt] == nxt:
        if (state.locked[nxt] or state.labels[nxt] is not Label.BOILERPLATE
                or state.rules[nxt] not in _LISTING_RULES):
            break
        block = [j for j in range(nxt, state.block_end(nxt)) if not state.is_blank(j)]
        if not _listing_block(state, block) or len(listing) + len(block) > _GAP_MAX_CODE_LINES:
            break
        listing += block
        blocks_seen += 1
        nxt = state.text_neighbour(block[-1], 1)
    return listing if blocks_seen >= _LISTING_MIN_BLOCKS else None


# Words a short sentence ending in a colon needs to announce a code listing (fewer than
# :data:`_ANNOUNCING_MIN_WORDS`: "Finally, the config file:"), and the code lines the
# listing needs.
_CODE_ANNOUNCING_MIN_WORDS = 3
_ANNOUNCED_CODE_MIN_LINES = 2


def _announces_code(state: State, prev: int, lines: list[int]) -> bool:
    """Whether article line ``prev``, a short sentence ending in a colon ("Finally, the
    config file:"), announces the code listing ``lines``: too short for :func:`announced`,
    which asks a label's worth of words more ("Sources:", "Contributing Writers:" introduce
    lists that golds drop), but a sentence all the same (a lower-case function word after
    its first word; a label is capitalised words), and two thirds of the listing code
    (a key set to a path, a command), which no menu or link list is. The sentence may be
    a short line that the context pass dropped right under the article's text
    (:func:`_dropped_lead`, here with fewer words); it then goes with the listing."""
    lead = [] if state.labels[prev] is Label.ARTICLE else _dropped_lead(
        state, prev, _CODE_ANNOUNCING_MIN_WORDS)
    if state.labels[prev] is not Label.ARTICLE and not lead:
        return False
    words = _seq_text(state, lead or [prev]).split()
    if not _CODE_ANNOUNCING_MIN_WORDS <= len(words) < _ANNOUNCING_MIN_WORDS:
        return False
    stop = state.lex.stop
    if not any(w[:1].islower() and w.strip(",;:").casefold() in stop for w in words[1:]):
        return False
    code = sum(1 for j in lines if code_like(state, state.lines[j]))
    return code >= _ANNOUNCED_CODE_MIN_LINES and 3 * code >= 2 * len(lines)


def _dropped_lead(state: State, i: int, min_words: int = _ANNOUNCING_MIN_WORDS) -> list[int]:
    """The lines of a short sentence that ends in a colon at line ``i`` and that the context
    pass dropped right after the article's text ("As usual, StackOverflow knows the answer.
    In short:" over a config file), or none: a block of :data:`_ANNOUNCING_MIN_WORDS` words
    or more that ends at line ``i``, unlocked, the text line above it an article line. It
    announces the block under it as a kept sentence would, and goes with it. Inline
    rendering cuts the sentence at its links ("As usual," / "StackOverflow" / "knows the
    answer. In short:"), the pieces one block: all of them go with it."""
    b = state.block[i]
    if (state.labels[i] is not Label.BOILERPLATE or state.rules[b] != "context"
            or state.cf[b] != "short" or state.block_end(i) != i + 1):
        return []
    lead = [j for j in range(b, i + 1) if not state.is_blank(j)]
    if any(state.locked[j] or state.labels[j] is not Label.BOILERPLATE for j in lead) or sum(
            state.words[j] for j in lead) < min_words:
        return []
    above = state.text_neighbour(b, -1)
    return lead if above is not None and state.labels[above] is Label.ARTICLE else []


def _poor_block(state: State, i: int) -> bool:
    """Whether line ``i`` starts a block that the classifier dropped for few stop words."""
    return (state.block[i] == i and state.rules[i] == "classify"
            and state.labels[i] is Label.BOILERPLATE
            and state.reasons[i].startswith("few stop words"))


def _is_item(state: State, i: int, number: int) -> bool:
    """Whether line ``i`` is item ``number`` of a numbered list ("3) Blade Runner", "3. ")."""
    m = _ITEM_RE.match(state.lines[i])
    return m is not None and int(m.group(1)) == number


def announced(state: State, i: int) -> bool:
    """Whether a sentence of the article that ends in a colon announces the dropped lines
    from line ``i`` on ("... paste in the following code:", "... the offers not to miss:"):
    a code sample, a list or a table of the article's.

    Looking up from line ``i``: lines without letters are looked past, and so are up to
    :data:`_ANNOUNCED_LOOSE` kept lines that are no paragraph (a code line the context pass
    kept, no sentence end); a part of the same sample kept before (this reason) carries
    the announcement on. Any other line, or a finished paragraph, ends the look.
    """
    loose = 0
    j = i - 1
    while j >= 0:
        if state.is_blank(j) or state.rules[j] == "symbol_lines":
            j -= 1
            continue
        if state.labels[j] is not Label.ARTICLE:
            return False
        if state.reasons[j] == _ANNOUNCED_REASON:
            return True
        line = state.lines[j].strip()
        if line.endswith((":", "：")):
            if len(line.split()) == 1 and line[:1].isupper():
                return False  # a label alone on its line ("Autor:" / a name) is no sentence
            return sum(state.words[k] for k in range(state.block[j], j + 1)) >= (
                _ANNOUNCING_MIN_WORDS)
        if ((ends_sentence(line) and state.words[j] > 1) or state.cf[j] == "good"
                or loose >= _ANNOUNCED_LOOSE):
            return False  # a finished paragraph (a table's "Pos." head is an abbreviation)
        loose += 1
        j -= 1
    return False


def _anchored(state: State, i: int, step: int) -> bool:
    """Whether a long prose paragraph of the article, or a block of a run of finished
    sentences (a how-to's steps stand for its paragraphs), lies within ``_ANCHOR_REACH``
    text lines of line ``i`` on the ``step`` side. Blank lines are not counted: the
    cleaned output puts one between every two paragraphs, and a reach that counted them
    would be half as long there as on a page without them."""
    j, seen = i + step, 0
    while seen < _ANCHOR_REACH:
        if not 0 <= j < len(state):
            return False
        if not state.is_blank(j):
            if state.labels[j] is Label.ARTICLE and (
                    state.cf[j] == "good" or state.reasons[j] == _SENTENCE_RUN_REASON):
                return True
            seen += 1
        j += step
    return False


# A headline of another story: this many words or more, and no final stop.
_HEADLINE_MIN_WORDS = 7


def _headlines(state: State, run: list[int]) -> int:
    """How many lines of ``run`` read as headlines: long, with no final stop or colon (a
    list of other stories is made of them; a list section of short items)."""
    return sum(1 for j in run if state.words[j] >= _HEADLINE_MIN_WORDS
               and not ends_sentence(state.lines[j])
               and not state.lines[j].rstrip().endswith((":", "：")))


def _section_lines(state: State, run: list[int]) -> int:
    """How many lines ``run`` holds as the page printed them: on a hard-wrapped page
    (``State.wrap``) a block is one line, as a tool's wrap cut a long line (a code line, a
    list item) into several; elsewhere each line counts, as a block may join lines that the
    page printed apart (lines of a listing that go on in lower case)."""
    if state.wrap is None:
        return len(run)
    return len({state.block[j] for j in run})


def _sentences(state: State, run: list[int]) -> int:
    """How many paragraph blocks of ``run`` are finished sentences of a few words with stop
    words, each read whole: a hard wrap (or a link) cuts a sentence into lines of which
    none alone is one ("Living rooms usually cost less, as they" / "need no plumbing.")."""
    pieces: dict[int, list[int]] = {}
    for j in run:
        pieces.setdefault(state.block[j], []).append(j)
    return sum(1 for idx in pieces.values() if closing_sentence(state, idx))
