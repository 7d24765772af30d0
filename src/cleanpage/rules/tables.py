"""Numbered tables right after the article: rows whose cells the rendering put one a line.

Inline rendering writes every table cell on a line of its own, so a table of the article
("1" / "Asda Chinese Style Curry Sauce" / "560g" / "Best before 14/4/2006" / "2" / ...)
reaches the context pass as a run of short lines that looks like a menu, and is dropped.
A row number alone on a line, counting 1, 2, 3 ... at one fixed distance, is the table's
own structure: no menu numbers its items that way with two or more cells each. This rule
keeps such a table when the article's text stands right above its header and nearly every
cell is short (a numbered "Most read" list has headlines, a list of steps has sentences).
"""

from __future__ import annotations

import bisect

import regex

from ..state import State
from ..text import letter_words
from ..types import Label

# A row number alone on a line: "1", "2.", "10".
_ROW_NUMBER_RE = regex.compile(r"^(\d{1,3})\.?$")
_DIGIT_RE = regex.compile(r"\d")
# At least this many rows, of this many lines each (the number and at least two cells).
_MIN_ROWS = 3
_MIN_PERIOD = 3
_MAX_PERIOD = 10
# Lines (header cells, a caption) that may stand between the article and row 1.
_MAX_HEAD = 10
# A table's cells are short: at most one in ten has more words (a headline or a sentence).
_MAX_CELL_WORDS = 10
_LONG_CELLS = 10
# Short lines (a heading) that may stand between the article and a schedule's first date.
_SCHEDULE_HEAD = 2


def tables(state: State) -> None:
    """Keep a numbered table whose header follows article text (see the module's text),
    and a schedule that closes the article (:func:`_schedules`)."""
    _schedules(state)
    _numbered_tables(state)


def _schedules(state: State) -> None:
    """Keep a schedule next to the article: dated lines whose dates rise from line to line
    (tour dates, a season's races, a course's sessions; a list of other stories shows
    falling or equal dates, and ``teaser_runs`` took it), right after the article's last
    paragraph with at most
    :data:`_SCHEDULE_HEAD` short lines between the article and the first date (its heading,
    "Tour dates:"), or right before the article's first line (a course's dates over its
    description). A schedule in a sidebar has no article text next to it."""
    for start, end in state.schedules:
        if any(state.labels[i] in (Label.RELATED, Label.COMMENT) for i in range(start, end)):
            continue  # a zone took it since
        head: list[int] = []
        j = state.text_neighbour(start, -1)
        while j is not None and state.labels[j] is not Label.ARTICLE and len(head) < (
                _SCHEDULE_HEAD) and not state.locked[j] and state.words[j] <= _MAX_CELL_WORDS:
            head.append(j)
            j = state.text_neighbour(j, -1)
        if j is None or state.labels[j] is not Label.ARTICLE:
            k = state.text_neighbour(end - 1, 1)
            if k is None or state.labels[k] is not Label.ARTICLE:
                continue
            head = []  # the article right after it: the schedule opens the page's text
        for i in [*head, *range(start, end)]:
            if state.labels[i] is not Label.ARTICLE and not state.locked[i]:
                state.decide(i, Label.ARTICLE, "schedule next to the article")


def _numbered_tables(state: State) -> None:
    """Keep a numbered table whose header follows article text (see the module's text)."""
    if not any(line[:1] == "1" and _ROW_NUMBER_RE.match(line.strip()) for line in state.lines):
        return  # no row 1: most pages, at the cost of one look at each line's first character
    text = [i for i in range(len(state)) if not state.is_blank(i)]
    numbers = {k: int(m.group(1)) for k, i in enumerate(text)
               if state.lines[i][:1].isdigit()
               and (m := _ROW_NUMBER_RE.match(state.lines[i].strip())) is not None}
    for k, n in numbers.items():
        if n != 1:
            continue
        rows, period = _rows(numbers, k)
        if rows < _MIN_ROWS:
            continue
        head = _article_above(state, text, k)
        if head is None:
            continue
        end = min(k + rows * period, len(text))
        span = [text[m] for m in range(head, end)]
        if any(state.locked[i] and state.rules[i] != "symbol_lines" for i in span):
            continue  # a lexicon, timestamp or zone verdict inside: not one table
        if _LONG_CELLS * sum(1 for i in span if letter_words(state.lines[i]) > _MAX_CELL_WORDS
                             ) > len(span):
            continue  # a numbered list of headlines or of steps, not a table's cells
        for i in span:
            if state.labels[i] is Label.ARTICLE:
                continue
            if state.rules[i] == "symbol_lines" and _DIGIT_RE.search(state.lines[i]):
                # The row numbers and the figures are the table's cells too ("5040").
                state.locked[i] = False
                state.decide(i, Label.ARTICLE, "number in a numbered table after the article")
            elif not state.locked[i]:
                state.decide(i, Label.ARTICLE, "numbered table after the article")


def _rows(numbers: dict[int, int], k: int) -> tuple[int, int]:
    """How many rows count on from row 1 at text position ``k``, and their period."""
    nxt = next((m for m in range(k + _MIN_PERIOD, k + _MAX_PERIOD + 1)
                if numbers.get(m) == 2), None)
    if nxt is None:
        return 0, 0
    period, rows, m = nxt - k, 1, k
    while numbers.get(m + period) == rows + 1:
        m += period
        rows += 1
    return rows, period


def _article_above(state: State, text: list[int], k: int) -> int | None:
    """The text position after the last article line within ``_MAX_HEAD`` lines above row
    1 at position ``k``, or ``None`` when no article text stands there."""
    for m in range(k - 1, max(k - 1 - _MAX_HEAD, -1), -1):
        if state.labels[text[m]] is Label.ARTICLE:
            return m + 1
    return None


# A quantity first on a line, then words ("125 g Mehl", "1¼ teaspoon ground black pepper",
# "2-3 EL Öl", "120g kway teow"): a number (a decimal, a fraction, a range), then a letter.
# Not a rank or a date's day ("1. FC Köln", "14. März"): no full stop right after it.
_QUANTITY_RE = regex.compile(
    r"^(?:\d{1,4}(?:[.,]\d{1,3})?[½¼¾⅓⅔⅛]?|\d{1,2}/\d{1,2}|[½¼¾⅓⅔⅛])"
    r"(?:\s?[-–]\s?\d{1,4}(?:[.,]\d{1,3})?)?\s?(\p{L}[\p{L}.]*)")
# The characters a quantity may start with (the first of _QUANTITY_RE's alternatives).
_QUANTITY_FIRST = frozenset("0123456789½¼¾⅓⅔⅛")
_DIGIT_GROUPS_RE = regex.compile(r"\d+")
# An ingredient line is short, and holds at most four numbers ("2 Dose/n Mandarine(n), je
# ca. 300 - 350 g Füllmenge"); a row of a table of figures holds more.
_INGREDIENT_WORDS = 12
_INGREDIENT_NUMBERS = 4
# A list's other lines (an ingredient alone, "Butter", a sub-heading "Für den Teig:").
_LABEL_WORDS = 6
# A line of this many words or fewer may end in an abbreviation's full stop ("2 Pck.",
# "3 Std. 10 Min."); a longer one ending so is a sentence ("Die Mandarinen abtropfen lassen.").
_ABBREVIATED_WORDS = 4
# At least this many quantity lines, and at least two in five of the list's lines.
_MIN_QUANTITIES = 4
# Text lines between the list and the nearest article line.
_LIST_REACH = 12


def _quantity(state: State, i: int) -> bool:
    """Whether line ``i`` starts with a quantity and reads as an ingredient line."""
    raw = state.lines[i].strip()
    return (_QUANTITY_RE.match(raw) is not None and len(raw.split()) <= _INGREDIENT_WORDS
            and len(_DIGIT_GROUPS_RE.findall(raw)) <= _INGREDIENT_NUMBERS
            and raw[-1:] not in "!?" and not (raw[-1:] == "." and _sentence_end(raw)))


def _sentence_end(raw: str) -> bool:
    """Whether ``raw``'s final full stop ends a sentence, not an abbreviated unit ("2 Pck.",
    "25 Min.", "Kohlenhydr."): a line of more than :data:`_ABBREVIATED_WORDS` words."""
    return len(raw.split()) > _ABBREVIATED_WORDS


def _list_line(state: State, i: int) -> bool:
    """Whether line ``i`` may stand in an ingredient list: a quantity line, or a short line
    that ends no sentence (an ingredient under its quantity, a sub-heading with a colon)."""
    if _quantity(state, i):
        return True
    raw = state.lines[i].strip()
    return (len(raw.split()) <= _LABEL_WORDS and raw[-1:] not in "!?"
            and not (raw[-1:] == "." and _sentence_end(raw)))


def ingredients(state: State) -> None:
    """Keep a recipe's ingredient list near the article.

    A run of short lines of which four or more, and two in five, start with a quantity
    ("125 g Mehl", "2 tablespoons vegetable oil", "1 Pck. Vanillezucker"; sub-headings such
    as "Für den Teig:" and ingredients under a quantity of their own line between them)
    looks like a menu to the context pass. No menu starts its items with quantities: such
    a list within :data:`_LIST_REACH` text lines of the article is the recipe's. Blank
    lines and lines without letters (a quantity alone) are looked past; a locked lexicon
    or zone line ends the list.
    """
    if _unit_lines(state) < _MIN_UNIT_LINES:
        return  # most pages: no two lines start with a quantity and a unit
    text = [i for i in range(len(state)) if not state.is_blank(i)]
    article = [k for k, i in enumerate(text) if state.labels[i] is Label.ARTICLE]
    if not article:
        return
    runs: list[list[int]] = []
    cur: list[int] = []
    for i in text:
        if state.rules[i] == "symbol_lines":
            continue
        if not (state.locked[i] or state.labels[i] is Label.ARTICLE) and _list_line(state, i):
            cur.append(i)
            continue
        if cur:
            runs.append(cur)
        cur = []
    if cur:
        runs.append(cur)
    pos = {i: k for k, i in enumerate(text)}
    lists = [run for run in runs if _is_list(state, run)]
    # Nearest the article first, from the end (the method follows its lists), then from the
    # top: a list kept brings the one above it (the cake's, the cream's) within reach.
    for run in [*reversed(lists), *lists]:
        first, last = pos[run[0]], pos[run[-1]]
        k = bisect.bisect_left(article, first)
        if k < len(article) and article[k] <= last:
            continue  # kept already
        if (k < len(article) and article[k] - last <= _LIST_REACH) or (
                k > 0 and first - article[k - 1] <= _LIST_REACH):
            for i in run:
                state.decide(i, Label.ARTICLE, "ingredient list near the article")
            article[k:k] = [pos[i] for i in run]


# An ingredient list has at least this many lines with a unit (half of four quantity lines).
_MIN_UNIT_LINES = 2


def _unit_lines(state: State) -> int:
    """How many lines of the page start with a quantity and a unit ("125 g ...", up to
    :data:`_MIN_UNIT_LINES`): fewer, and the page holds no ingredient list."""
    found = 0
    for line in state.lines:
        raw = line.lstrip()
        if raw[:1] in _QUANTITY_FIRST:
            m = _QUANTITY_RE.match(raw)
            if m is not None and m.group(1).casefold() in state.lex.units:
                found += 1
                if found == _MIN_UNIT_LINES:
                    break
    return found


def _unit(state: State, i: int) -> bool:
    """Whether quantity line ``i`` names a unit after its number ("125 g", "2 Pck.")."""
    m = _QUANTITY_RE.match(state.lines[i].strip())
    return m is not None and m.group(1).casefold() in state.lex.units


def _is_list(state: State, run: list[int]) -> bool:
    """Whether the run of list lines ``run`` is an ingredient list: four or more quantity
    lines, at least two in five of its lines (an ingredient may stand under its quantity:
    "135 g" / "Butter")."""
    qty = [i for i in run if _quantity(state, i)]
    units = sum(1 for i in qty if _unit(state, i))
    return (len(qty) >= _MIN_QUANTITIES and 5 * len(qty) >= 2 * len(run)
            and 2 * units >= len(qty))
