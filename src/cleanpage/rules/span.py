"""The page's main text span: the stretch of lines where the article is.

HTML extractors find the article's container in the DOM; page text has only the order of
its lines. The stretch where the article outweighs everything else is the maximum-sum
segment of the lines when each article line weighs its words and every other text line
costs a fixed penalty: the idea of Body Text Extraction (Finn, Kushmerick and Smyth, "Fact
or fiction: content classification for digital libraries", 2001), which picks the span of
a document that maximises text tokens inside it against tag tokens outside, here with lines
for tokens. Kadane's algorithm finds it in one pass.

Inside that span the context pass has still dropped some blocks only because no article
block lay within its reach of ten blocks (a run of photo credits, a long list, a share bar
between two parts of a long article). A finished sentence among them is the article's:
unsure lines follow their context, here on the scale of the page.
"""

from __future__ import annotations

import regex

from ..state import State
from ..text import DIGIT_RE, LIST_NUMBER_RE, WORD_RE, ends_sentence
from ..types import Label
from .classify import UNDECIDED
from .context import (
    closing_sentence,
    contents_heading,
    dropped_alone,
    heading_like,
    next_past_boxes,
)


def main_span(state: State) -> tuple[int, int] | None:
    """First and last line of the maximum-sum span of article lines, or ``None`` when the
    page keeps no article line."""
    best, span = 0.0, None
    run, start = 0.0, 0
    # A non-article text line costs ``params.span_line_cost`` words: a gap of more lines than
    # the article's words beyond it, over that cost, ends the span.
    cost = state.params.span_line_cost
    labels, words, blank = state.labels, state.words, state.blank
    for i in range(len(state)):
        if blank[i]:
            continue
        if labels[i] in (Label.ARTICLE, Label.TITLE):
            gain = words[i]
        elif state.block[i] != i or state.rules[i] == "symbol_lines":
            # The cost is a block's, not each piece's that inline rendering cut at a link
            # ("You love (groan)" / "dad jokes" / ...); a line without letters (a counter, a
            # date, a "#") is one that block rendering glues to a line with words.
            continue
        else:
            gain = -cost
        if run <= 0:
            run, start = gain, i
        else:
            run += gain
        if run > best:
            best, span = run, (start, i)
    return span


def span_sentences(state: State) -> None:
    """Finished sentences that the context pass dropped inside the main text span are the
    article's."""
    span = main_span(state)
    if span is None:
        return
    first, last = span
    labels, rules, locked, cf = state.labels, state.rules, state.locked, state.cf
    block = state.block
    kept: set[int] = set()
    for i in range(first, last + 1):
        if block[i] != i or labels[i] is not Label.BOILERPLATE or locked[i]:
            continue
        poor = rules[i] == "classify" and state.reasons[i].startswith("few stop words")
        if poor:
            prev = state.text_neighbour(i, -1)
            if prev is None or labels[prev] is not Label.ARTICLE:
                continue  # a sentence poor in stop words goes on from the text, or not at all
        elif rules[i] != "context" or cf[i] not in UNDECIDED:
            continue  # not the first line of a block the context pass dropped
        idx = [j for j in range(i, min(state.block_end(i), last + 1)) if not state.is_blank(j)]
        if closing_sentence(state, idx) and (not poor or _some_stop_words(state, idx)):
            for j in idx:
                state.decide(j, Label.ARTICLE, "finished sentence inside the main text span")
            kept.update(idx)
    if kept:
        _span_headings(state, first, last, kept)
        _span_contents_headings(state, first, last, kept)
    list_numbers(state)
    numbered_headings(state)
    walled_figures(state)
    reference_lists(state)


_SPAN_HEADING_REASON = "subheading between sentences of the main text span"


def _span_headings(state: State, first: int, last: int, kept: set[int]) -> None:
    """A subheading that the context pass dropped between two sentences that the span has
    just kept (lines ``kept``) is the article's too: the context pass saw no article on
    either side of it ("... unter der Hotline erhältlich." / "Besonderheiten in den
    Regionen" / "Die einzelnen Regionen ..."). One heading-like line (short, no final stop,
    words rather than figures) alone in its block, not a zone opener's words, the text
    lines right above and below it kept here: next to text that the context pass kept, the
    line it dropped is a box's heading as often ("Local News Leader" over a publisher's
    blurb)."""
    for i in range(first, last + 1):
        if not dropped_alone(state, i) or state.cf[i] != "short":
            continue
        prev, nxt = state.text_neighbour(i, -1), state.text_neighbour(i, 1)
        if (prev is None or nxt is None or state.labels[prev] is not Label.ARTICLE
                or prev not in kept or nxt not in kept):
            continue
        if heading_like(state.lines[i]) and state.zone_hit(i) is None:
            state.decide(i, Label.ARTICLE, _SPAN_HEADING_REASON)


_SPAN_CONTENTS_REASON = "heading listed in a table of contents, over a sentence of the span"


def _span_contents_headings(state: State, first: int, last: int, kept: set[int]) -> None:
    """A section heading that the page's table of contents lists, right over a sentence
    that the span has just kept (lines ``kept``), is the article's too: the context pass
    keeps such a heading over a paragraph it kept (:func:`~.context.contents_heading`),
    and it dropped this one only because the sentence under it stood among shop boxes
    ("#3 Wooden Rattle" / its sentence / a product, a price, "Buy at ..."). The heading's
    earlier copy must be an entry of the contents box, the entries next to it recurring
    around this copy in order: a menu's item printed again over a sentence stays out."""
    where: dict[str, list[int]] = {}
    for i in range(first, last + 1):
        if (state.rules[i] != "repeated_lines" or state.locked[i]
                or state.labels[i] is not Label.BOILERPLATE):
            continue
        nxt = next_past_boxes(state, i)
        if nxt is None or nxt not in kept:
            continue
        if not where:  # (each key's lines, built once for the first heading that asks)
            for j, key in enumerate(state.keys):
                if key:
                    where.setdefault(key, []).append(j)
        if contents_heading(state, i, where):
            state.decide(i, Label.ARTICLE, _SPAN_CONTENTS_REASON)


# A block dropped for few stop words is a sentence of the text when at least this share of
# the near-good density is stop words ("Dann sollten Sie erst recht »Leandra-Lou. Runway.
# Catwalk.« lesen!": a title's words dilute the sentence's).
_POOR_SHARE = 0.5


def _some_stop_words(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` holds at least :data:`_POOR_SHARE` of the near-good density."""
    toks = " ".join(state.lines[j] for j in idx).casefold().split()
    stop = sum(1 for t in toks if t.strip(".,;:!?»«\"'()") in state.lex.stop)
    return bool(toks) and stop >= _POOR_SHARE * state.params.stop_low * len(toks)


def list_numbers(state: State) -> None:
    """An ordered list's number alone on its line goes with the item after it: the article's
    when that item is (``symbol_lines`` took the number for a counter). A number before a
    menu's or a related list's item stays out with it."""
    labels = state.labels
    for i, line in enumerate(state.lines):
        if state.rules[i] != "symbol_lines" or not LIST_NUMBER_RE.fullmatch(line.strip()):
            continue
        nxt = state.text_neighbour(i, 1)
        if nxt is not None and labels[nxt] is Label.ARTICLE:
            state.locked[i] = False
            state.decide(i, Label.ARTICLE, "list number of the article's item after it")
            if nxt == i + 1 and state.block[nxt] == nxt:
                # One paragraph with its item ("3. Peyriere H et al. ..."), as block
                # rendering prints it: cleaning the output again finds the item whole.
                for j in range(nxt, state.block_end(nxt)):
                    state.block[j] = i


# A listicle's numbered heading: its number, a full stop, a space, then a capital ("4. Frank
# Thelen, Investor (33.700 Follower): Sich den Nörglern entgegen stellen"); a list of such
# headings counting up from 1 has at least this many.
_HEADING_ITEM_RE = regex.compile(r"\s*(\d{1,2})\.\s+\p{Lu}")
_HEADINGS_MIN = 3
# ... or this many when the chain's first heading is already the article's: cleaned again,
# an output keeps only the headings it kept ("1. Linear Regression" / its text / "2.
# Logistic Regression" / its text), the later ones it dropped no longer there to count.
_HEADINGS_KEPT_MIN = 2
_HEADING_REASON = "numbered heading between the article's sections"
_FIGURES_REASON = "figure cells between article lines"


def _heading_items(state: State) -> list[list[int]]:
    """The page's chains of numbered headings, each counting 1, 2, 3 ... in page order (a
    line numbered one more than the chain's last goes on with it; a "1." starts a new
    one); each heading the first line of its block. A chain of two counts when its "1."
    is an article line: the shape of a cleaned output whose list the first cleaning cut
    after its second heading."""
    chains: list[list[int]] = []
    for i, line in enumerate(state.lines):
        if state.block[i] != i:
            continue
        m = _HEADING_ITEM_RE.match(line)
        if m is None:
            continue
        n = int(m.group(1))
        if n == 1:
            chains.append([i])
        elif chains and len(chains[-1]) == n - 1:
            chains[-1].append(i)
    return [c for c in chains if len(c) >= _HEADINGS_MIN
            or (len(c) >= _HEADINGS_KEPT_MIN and state.labels[c[0]] is Label.ARTICLE)]


def _article_between(state: State, a: int, b: int) -> bool:
    """Whether an article line lies strictly between lines ``a`` and ``b``."""
    return any(state.labels[j] is Label.ARTICLE for j in range(a + 1, b))


def numbered_headings(state: State) -> None:
    """A listicle's numbered headings ("1. Peter Wittkamp, Autor und Texter (22.700
    Follower): Ein Dreiklang", "2. Carline Mohr, ...", ...), each over a section of the
    article, are the article's when the classifier (few stop words: names and roles) or
    the context pass dropped one: its number goes on with the list, and article text
    stands between it and the heading before it and between it and the heading after it
    (the last one: the next article line within its section). A numbered list of links
    or headlines (a "Most read" box) has no article text between its items: it stays out."""
    for chain in _heading_items(state):
        for k, i in enumerate(chain):
            if (state.labels[i] is not Label.BOILERPLATE or state.locked[i]
                    or state.rules[i] not in ("classify", "context")):
                continue
            if k == 0 or not _article_between(state, chain[k - 1], i):
                continue
            if k + 1 < len(chain):
                if not _article_between(state, i, chain[k + 1]):
                    continue
            else:
                nxt = state.text_neighbour(state.block_end(i) - 1, 1)
                if nxt is None or state.labels[nxt] is not Label.ARTICLE:
                    continue
            for j in range(i, state.block_end(i)):
                if (not state.is_blank(j) and state.labels[j] is Label.BOILERPLATE
                        and not state.locked[j]):
                    state.decide(j, Label.ARTICLE, _HEADING_REASON)


# Figure lines a table's cells between two article lines may hold in a row (a credit
# example's amounts, rate and sum: "10.000 €" / "36 Monate" / "2,0 %" / "286,35 €").
_WALLED_FIGURES_MAX = 6


# Rules whose article lines are no table's cells around a figure: a listing's records
# (``grids``: a shop's prices, an archive's counts) and the lines that ``gaps`` let in
# for their walls (an ad's "View this ad" over its date).
_NO_FIGURE_WALL = frozenset({"grids", "gaps"})


def _figure_cell(state: State, i: int) -> bool:
    """Whether line ``i`` is a value that ``symbol_lines`` dropped: a digit, not a bare
    whole number (a pager's "12" between "Page" and "of the report", a unit's exponent:
    counters), and no bracket first (an archive's or a tag cloud's count, "(183)")."""
    line = state.lines[i].strip()
    return (state.rules[i] == "symbol_lines" and line[:1] not in "([{"
            and not line.isdigit() and DIGIT_RE.search(line) is not None)


# Words a sentence of the text walling in figure cells holds at least.
_WALL_SENTENCE_WORDS = 4


def _announcing_sentence(state: State, i: int) -> bool:
    """Whether line ``i`` is a sentence of the text that ends in a colon or finishes (four
    words or more, a stop word): "If we sort the list and cut it in the middle, it becomes
    clear:" over the figures it shows. An ad's "View this ad" is none."""
    line = state.lines[i].rstrip()
    if not (line.endswith(":") or ends_sentence(line)):
        return False
    words = WORD_RE.findall(line.casefold())
    return len(words) >= _WALL_SENTENCE_WORDS and any(w in state.lex.stop for w in words)


def _figure_wall(state: State, i: int) -> bool:
    """Whether article line ``i`` may wall in a table's figure cells. A line that ``gaps``
    let in does when it is a sentence of the text (:func:`_announcing_sentence`): cleaned
    again, an output's sentences around its figure lines ("... cut it in the middle:" /
    "2, 2, 3, 3, 3" / "4, 5, 5, 12" / "If we change ... at all:") are kept as walled in by
    the article, where the first cleaning kept them as announced."""
    if state.labels[i] is not Label.ARTICLE:
        return False
    rule = state.rules[i]
    return rule not in _NO_FIGURE_WALL or (rule == "gaps" and _announcing_sentence(state, i))


def walled_figures(state: State) -> None:
    """A run of figure lines without letters ("286,35 €", "2,0 %": ``symbol_lines`` took
    them for counters) with an article line right above and right below is the article's:
    the figure cells of a table whose label or text cells the article kept around them
    (inline rendering prints a cell a line). At most :data:`_WALLED_FIGURES_MAX` in a
    row, each with a digit (a separator line stays out); a counter between a menu's or
    a related list's lines has no article line on both sides."""
    n = len(state)
    i = 0
    while i < n:
        if not _figure_cell(state, i):
            i += 1
            continue
        run = [i]
        j = state.text_neighbour(i, 1)
        while j is not None and _figure_cell(state, j):
            run.append(j)
            j = state.text_neighbour(j, 1)
        above = state.text_neighbour(run[0], -1)
        if (len(run) <= _WALLED_FIGURES_MAX and j is not None and above is not None
                and _figure_wall(state, above) and _figure_wall(state, j)):
            for k in run:
                if state.labels[k] is Label.BOILERPLATE:
                    state.locked[k] = False
                    state.decide(k, Label.ARTICLE, _FIGURES_REASON)
        i = run[-1] + 1


# A reference: an author's surname before initials ("Baal T, Denke B, 1994. ...",
# "Koch H, Stevenson PC, 2017.", "Smith, J. A. (2001)") and a year of publication.
_REF_AUTHOR_RE = regex.compile(
    r"(?:^|[\s,;])\p{Lu}[\p{Ll}'’-]{1,30},? (?:\p{Lu}[.-]? ?){1,4}"
    r"(?=[,.;:(&]|\s(?:\p{Lu}|et\b|&|and\b|und\b|\(|\d))"
    # ... or before a full first name, then the next author, the title or the year:
    # "Blanchard, Olivier/Illing, Gerhard: ...", "Quaas, Georg (2012), ...".
    r"|^\p{Lu}[\p{Ll}'’-]{1,30}, \p{Lu}\p{Ll}{1,20}(?:/|:|;| \(| (?:and|und|&) )")
_REF_YEAR_RE = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A line inside the list that is no reference of its own but goes with one (its DOI or
# address on a line of its own).
_REF_LINK_RE = regex.compile(r"(?:https?://|doi:|www\.)\S{1,300}")
# A list needs this many references to be read as one.
_REFERENCES_MIN = 2
_REFERENCE_REASON = "reference list closing the article"


# An entry that inline rendering wrapped goes on over at most this many lines without an
# author ("Quaas, Georg/Klein, Mathias: Multiplikatoren der deutschen" / "Volkswirtschaft.
# Berlin 2012."); its year may stand on any of them.
_REF_WRAP = 4


def _entries(state: State, j: int | None) -> tuple[list[int], int]:
    """The lines of the bibliography entries from line ``j`` on, and how many entries with
    a year they hold. An entry opens with an author (:data:`_REF_AUTHOR_RE`) and may go on
    over up to :data:`_REF_WRAP` unlocked lines, its year on any of them; lines after an
    entry's year go with it only when the next entry follows them. An entry without a
    year ends the list before it; so do a locked line and a longer gap."""
    run: list[int] = []
    pending: list[int] = []
    refs, start, year = 0, 0, True
    while j is not None:
        line = state.lines[j].strip()
        if _REF_AUTHOR_RE.search(line[:200]) is not None and not state.locked[j]:
            if not year:
                break
            run.extend(pending)
            pending, start = [], len(run)
            year = _REF_YEAR_RE.search(line) is not None
            refs += year
            run.append(j)
        elif run and year and not pending and _REF_LINK_RE.fullmatch(line):
            run.append(j)  # the entry's DOI or address on a line of its own
        elif run and (_REF_LINK_RE.fullmatch(line) or (
                len(pending) < _REF_WRAP and not state.locked[j])):
            pending.append(j)
            if not year and _REF_YEAR_RE.search(line) is not None:
                year, refs = True, refs + 1
                run.extend(pending)
                pending = []
        else:
            break
        j = state.text_neighbour(j, 1)
    if not year:
        del run[start:]
    return run, refs


def reference_lists(state: State) -> None:
    """A reference list right under the article is the article's: a heading alone on its
    line (``xx/references.txt``: "References", "Literatur", "Quellen:") whose text line above
    is article, then at least :data:`_REFERENCES_MIN` bibliography entries (an author's
    surname with initials and a year: "Baal T, Denke B, Mühlen W, 1994. Die Ursachen
    ..."), each with few stop words (the classifier drops them). The list ends at the
    first line that is neither an entry nor its DOI or address. Linear: each line is read
    once after its heading."""
    n = len(state)
    i = 0
    heads, keys = state.lex.reference_heads, state.keys
    while i < n:
        if not keys[i] or keys[i] not in heads:
            i += 1
            continue
        prev = state.text_neighbour(i, -1)
        if prev is None or state.labels[prev] is not Label.ARTICLE:
            i += 1
            continue
        run, refs = _entries(state, state.text_neighbour(i, 1))
        if refs >= _REFERENCES_MIN:
            for k in (i, *run):
                if state.labels[k] is not Label.ARTICLE:
                    state.decide(k, Label.ARTICLE, _REFERENCE_REASON)
        i = run[-1] + 1 if run else i + 1
