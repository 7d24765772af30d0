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
import itertools

import regex

from ..render import join_parts
from ..state import State
from ..text import DIGIT_RE, FIELD_LABEL_WORDS, FORMAT_MARKS, letter_words
from ..types import Label
from .cruft import is_date_line

# A row number alone on a line: "1", "2.", "10".
_ROW_NUMBER_RE = regex.compile(r"^(\d{1,3})\.?$")
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
    _announced_tables(state)


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
            if state.rules[i] == "symbol_lines" and DIGIT_RE.search(state.lines[i]):
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



# A table of figures right under an article line, most often its colon lead-in ("... gibt
# es folgende Bestimmungen:" / header cells / "Mindestlagerzeit Rotwein" / "24 Monate" /
# ...): rows of
# this many cells at least and at most (a label and one or more figure columns) ...
_FIGURE_MIN_PERIOD = 3
_FIGURE_MAX_PERIOD = 8
# ... at least this many rows, under a header row of one cell a column (or one fewer: the
# label column's head left blank), every cell a line of at most this many words.
_FIGURE_MIN_ROWS = 3
_FIGURE_CELL_WORDS = 6
# The lines looked at under the lead-in (one table's cells, its period unknown yet).
_FIGURE_REACH = 80
_FIGURE_REASON = "table of figures under the article"


def _announced_tables(state: State) -> None:
    """Keep a table of figures right under an article line, which inline rendering
    printed one cell a line: its figure cells recur from row to row ("24 Monate" in three
    rows), so ``repeated_lines`` dropped them as a menu's items and the context pass saw a
    wall of dropped short lines. The shape is a table's own (:func:`_figure_rows`): a
    header row of cells without figures, then three rows or more of one fixed period whose
    first cell is a label and whose other columns hold a figure in every row. A menu has
    no such columns of figures. Under a line ending in a colon (the table announced) the
    header may lack the label column's cell; under any other article line it must have a
    cell for every column: a shop's grid of offers under an ad's line ("From" / the
    dealer's name / "Acura" / "2001 CL" / "$13,988" ...) has a one-cell-short heading."""
    text = [i for i in range(len(state)) if not state.is_blank(i)]
    n = len(text)
    # Each text line's figure and cell tests, made when a look first reaches the line:
    # only the lines under article lines are ever read.
    fig: list[bool] = [False] * n
    ok: list[bool] = [False] * n
    done = [False] * n

    def measure(lo: int, hi: int) -> None:
        for m in range(lo, min(hi, n)):
            if not done[m]:
                fig[m] = DIGIT_RE.search(state.lines[text[m]]) is not None
                ok[m] = _figure_cell(state, text[m])
                done[m] = True

    for k, i in enumerate(text):
        if state.labels[i] is not Label.ARTICLE or k + 1 >= n:
            continue
        measure(k + 1, k + 2)
        if fig[k + 1] or not ok[k + 1]:
            continue  # (the cheap test first: a header's first cell holds no figure)
        end = k + 1 + _FIGURE_REACH
        measure(k + 1, end)
        found = _figure_rows(fig[k + 1:end], ok[k + 1:end], state.lines[i].rstrip().endswith(
            (":", "：")))
        if found is None:
            continue
        for j in text[k + 1:k + 1 + found]:
            if state.labels[j] is Label.ARTICLE:
                continue
            if state.rules[j] == "symbol_lines" and DIGIT_RE.search(state.lines[j]):
                state.locked[j] = False  # a bare figure ("60", "(1)") is a cell too
            state.decide(j, Label.ARTICLE, _FIGURE_REASON)


def _figure_cell(state: State, i: int) -> bool:
    """Whether line ``i`` may be one cell of a table: short, and no lexicon's, timestamp's
    or zone's locked verdict (a bare figure, which ``symbol_lines`` locked, may be)."""
    if state.locked[i] and state.rules[i] != "symbol_lines":
        return False
    return len(state.lines[i].split()) <= _FIGURE_CELL_WORDS


def _figure_rows(fig: list[bool], ok: list[bool], announced: bool) -> int | None:
    """How many of the text lines under an article line are one table, from whether each
    holds a figure (``fig``) and may be a cell (``ok``, :func:`_figure_cell`): a header of
    ``p`` cells without a figure (or ``p - 1``, when ``announced`` by a colon), then at
    least :data:`_FIGURE_MIN_ROWS` rows of ``p`` cells whose first cell (the row's label)
    holds no figure in most rows and whose every other column holds a figure in each row
    (the same columns from row to row: a label's text may hold a year, "gsoc-2018", a
    figure column never lacks its figure). ``None`` when no period fits."""
    for p in range(_FIGURE_MIN_PERIOD, _FIGURE_MAX_PERIOD + 1):
        for h in (p - 1, p) if announced else (p,):
            if len(fig) < h + _FIGURE_MIN_ROWS * p or any(fig[:h]) or not all(ok[:h]):
                continue
            rows = 0
            while h + (rows + 1) * p <= len(fig):
                row = range(h + rows * p, h + (rows + 1) * p)
                if not all(ok[m] for m in row) or not all(fig[m] for m in row[1:]):
                    break
                rows += 1
            labels = sum(1 for r in range(rows) if not fig[h + r * p])
            if rows >= _FIGURE_MIN_ROWS and 2 * labels > rows:
                return h + rows * p
    return None


# A quantity first on a line, then words ("125 g Mehl", "1¼ teaspoon ground black pepper",
# "2-3 EL Öl", "120g kway teow"): a number (a decimal, a fraction, a range), then a letter.
# Not a rank or a date's day ("1. FC Köln", "14. März"): no full stop right after it.
# A mixed number counts as one ("1 1/2 tsp sugar", "1 – 1 1/2 tbsp light soya sauce").
_AMOUNT = r"(?:\d{1,2} \d{1,2}/\d{1,2}|\d{1,4}(?:[.,]\d{1,3})?[½¼¾⅓⅔⅛]?|\d{1,2}/\d{1,2}|[½¼¾⅓⅔⅛])"
_QUANTITY_RE = regex.compile(
    rf"^{_AMOUNT}(?:\s?[-–]\s?{_AMOUNT})?\s?(\p{{L}}[\p{{L}}.]*)")
# The characters a quantity may start with (the first of _QUANTITY_RE's alternatives).
_QUANTITY_FIRST = frozenset("0123456789½¼¾⅓⅔⅛")
_DIGIT_GROUPS_RE = regex.compile(r"\d+")
# An ingredient line is short, and holds at most four numbers ("2 Dose/n Mandarine(n), je
# ca. 300 - 350 g Füllmenge"); a row of a table of figures holds more.
_INGREDIENT_WORDS = 12
_INGREDIENT_NUMBERS = 4
# An ingredient line with a note in it ("2½ cups or 500 g rice, soaked in water for an hour
# and drained") may run to this many words when ingredient lines stand on both its sides.
_NOTED_INGREDIENT_WORDS = 20
# A list's other lines (an ingredient alone, "Butter", a sub-heading "Für den Teig:").
_LABEL_WORDS = 6
# A line of this many words or fewer may end in an abbreviation's full stop ("2 Pck.",
# "3 Std. 10 Min."); a longer one ending so is a sentence ("Die Mandarinen abtropfen lassen.").
_ABBREVIATED_WORDS = 4
# At least this many quantity lines, and at least two in five of the list's lines.
_MIN_QUANTITIES = 4
# Text lines between the list and the nearest article line.
_LIST_REACH = 12


def _unit_quantity(state: State, raw: str) -> bool:
    """Whether ``raw`` opens with a quantity and a unit of the language ("125 g Mehl", "2
    Pck. Vanillezucker"), not a quantity and any word ("3 Eier", "2 große Zwiebeln")."""
    m = _QUANTITY_RE.match(raw)
    return m is not None and m.group(1).casefold() in state.lex.units


def _quantity(state: State, i: int) -> bool:
    """Whether line ``i`` starts with a quantity and reads as an ingredient line, or is a
    unit alone after its number alone (see :func:`_split_unit`)."""
    raw = state.lines[i].strip().rstrip(FORMAT_MARKS)
    return (_QUANTITY_RE.match(raw) is not None and len(raw.split()) <= _INGREDIENT_WORDS
            and len(_DIGIT_GROUPS_RE.findall(raw)) <= _INGREDIENT_NUMBERS
            and raw[-1:] not in "!?" and not (raw[-1:] == "." and _sentence_end(raw))
            ) or _split_unit(state, i) or _unit_first(state, i)


# A number alone on its line: a quantity that inline rendering parted from its unit.
_NUMBER_RE = regex.compile(r"\d{1,4}(?:[.,]\d{1,3})?|\d{1,2}/\d{1,2}|[½¼¾⅓⅔⅛]")


def _split_unit(state: State, i: int) -> bool:
    """Whether line ``i`` is a unit of the language alone ("Pck.", "g", "EL") right after a
    number alone: inline rendering cut "1 Pck. Vanillepuddingpulver" into three lines."""
    raw = state.lines[i].strip()
    if not raw or raw.casefold() not in state.lex.units:
        return False
    j = state.text_neighbour(i, -1)
    return j is not None and _NUMBER_RE.fullmatch(state.lines[j].strip()) is not None


def _after_number(state: State, i: int) -> bool:
    """Whether the text line before line ``i`` is a number alone ("1", "1/4")."""
    j = state.text_neighbour(i, -1)
    return j is not None and _NUMBER_RE.fullmatch(state.lines[j].strip()) is not None


def _unit_first(state: State, i: int) -> bool:
    """Whether line ``i`` opens with a unit of the language and goes on with the ingredient
    ("cup packed brown sugar", "jar (6 oz) maraschino cherries") right after a number
    alone: a recipe site that prints each amount in markup of its own ("1" / "cup butter"),
    which block rendering too sets on a line apart."""
    words = state.lines[i].split()
    return (1 < len(words) <= _INGREDIENT_WORDS and words[0].casefold() in state.lex.units
            and state.lines[i].rstrip()[-1:] not in ".!?" and _after_number(state, i))


def _noted_ingredient(state: State, i: int, before: int | None, after: int | None) -> bool:
    """Whether line ``i`` is an ingredient line with a note ("2½ cups or 500 g rice, soaked
    in water for an hour and drained"): it opens with a quantity and a unit of the language,
    runs to :data:`_NOTED_INGREDIENT_WORDS` words and ends no sentence, and the text lines
    ``before`` and ``after`` it are ingredient lines. A line over the ingredient-line limit
    alone would be prose; between two quantity lines it is the list's, and cutting the run
    there would drop it and the list's rest."""
    if before is None or after is None:
        return False
    raw = state.lines[i].strip().rstrip(FORMAT_MARKS)
    return (_unit_quantity(state, raw) and len(raw.split()) <= _NOTED_INGREDIENT_WORDS
            and len(_DIGIT_GROUPS_RE.findall(raw)) <= _INGREDIENT_NUMBERS
            and raw[-1:] not in ".!?" and _quantity(state, before) and _quantity(state, after))


def _sentence_end(raw: str) -> bool:
    """Whether ``raw``'s final full stop ends a sentence, not an abbreviated unit ("2 Pck.",
    "25 Min.", "Kohlenhydr."): a line of more than :data:`_ABBREVIATED_WORDS` words."""
    return len(raw.split()) > _ABBREVIATED_WORDS


def _list_line(state: State, i: int, under_quantity: bool = False) -> bool:
    """Whether line ``i`` may stand in an ingredient list: a quantity line, or a short line
    that ends no sentence (an ingredient under its quantity, a sub-heading with a colon).
    With ``under_quantity`` (the line above is a quantity alone, "2 Dose/n": inline
    rendering put the ingredient on a line of its own) it may be as long as an ingredient
    line ("Mandarine(n), je ca. 300 - 350 g Füllmenge")."""
    if _quantity(state, i):
        return True
    raw = state.lines[i].strip().rstrip(FORMAT_MARKS)
    # A sub-heading ending in a colon may be as long as an ingredient line ("Seasoning
    # (adjust according to own preferences) :").
    most = _INGREDIENT_WORDS if under_quantity or raw.endswith((":", "：")) else _LABEL_WORDS
    return (len(raw.split()) <= most and raw[-1:] not in "!?"
            and not (raw[-1:] == "." and _sentence_end(raw)))


# A quantity alone on its line is a number and its unit, two words ("2 Dose/n", "125 g");
# a size glued to its unit ("4oz", "118ml") labels a product's variants, not an ingredient.
_BARE_QUANTITY_WORDS = 2


def _bare_quantity(state: State, i: int) -> bool:
    """Whether line ``i`` is a quantity and its unit alone, the ingredient on the next line."""
    return (len(state.lines[i].split()) == _BARE_QUANTITY_WORDS and _quantity(state, i)
            ) or _split_unit(state, i)


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
    under = False
    for k, i in enumerate(text):
        if state.rules[i] == "symbol_lines" or _NUMBER_RE.fullmatch(state.lines[i].strip()):
            continue  # a quantity alone, looked past (a block may hold it: "1" / "cup ...")
        # An ingredient under its quantity goes on in the pieces of its block that inline
        # rendering cut at a link ("3 Btl." / "Gelatine fix" / "z.B. Dr. Oetker Gelatine
        # fix (15 g)"): they are as long as an ingredient line may be.
        under = bool(cur) and (_bare_quantity(state, cur[-1]) or (
            under and state.block[i] == state.block[cur[-1]]))
        if not (state.locked[i] or state.labels[i] is Label.ARTICLE) and (
                _list_line(state, i, under) or _noted_ingredient(
                    state, i, cur[-1] if cur else None,
                    text[k + 1] if k + 1 < len(text) else None)):
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
            _keep_quantities(state, run)
            article[k:k] = [pos[i] for i in run]


_QUANTITY_REASON = "quantity in the article's ingredient list"


def _keep_quantities(state: State, run: list[int]) -> None:
    """The numbers alone on their lines inside a kept ingredient list ("135" / "g" /
    "Butter", "für" / "12" / "Stück": inline rendering parts a quantity from its unit) are
    the list's: ``symbol_lines`` locked them as counters, and the recipe would lose its
    amounts. So is the number right above the list's first line when that line opens
    with its unit ("1/4" / "cup butter": :func:`_unit_first`)."""
    start = run[0] + 1
    if _unit_first(state, run[0]) or _split_unit(state, run[0]):  # "1/4" / "cup butter"
        start = state.text_neighbour(run[0], -1) or 0
    for i in range(start, run[-1]):
        if (state.labels[i] is not Label.ARTICLE and not state.is_blank(i)
                and _NUMBER_RE.fullmatch(state.lines[i].strip())
                and (state.rules[i] == "symbol_lines" or not state.locked[i])):
            state.locked[i] = False
            state.decide(i, Label.ARTICLE, _QUANTITY_REASON)
            if state.block[i + 1] == i + 1 and _unit_first(state, i + 1):
                # "1/4" / "cup butter 1 cup sugar ...": one paragraph with the line it
                # measures, as the block after it holds its other amounts, so that
                # cleaning the output again finds the amount with its unit.
                for j in range(i + 1, state.block_end(i + 1)):
                    state.block[j] = i


# An ingredient list has at least this many lines with a unit (half of four quantity lines).
_MIN_UNIT_LINES = 2


def _unit_lines(state: State) -> int:
    """How many lines of the page start with a quantity and a unit ("125 g ...", or are a
    unit alone after a number alone, or open with one after it: "1" / "cup butter"; up to
    :data:`_MIN_UNIT_LINES`): fewer, and the page holds no ingredient list."""
    found = 0
    for i, line in enumerate(state.lines):
        raw = line.lstrip()
        if raw[:1] in _QUANTITY_FIRST:
            hit = _unit_quantity(state, raw)
        else:
            first = raw.split(None, 1)[0].casefold() if raw else ""
            units = state.lex.units  # (the look-ups first: most lines name no unit)
            hit = ((raw.rstrip().casefold() in units and _split_unit(state, i))
                   or (first in units and _unit_first(state, i)))
        if hit:
            found += 1
            if found == _MIN_UNIT_LINES:
                break
    return found


def _unit(state: State, i: int) -> bool:
    """Whether quantity line ``i`` names a unit after its number ("125 g", "2 Pck.")."""
    return (_unit_quantity(state, state.lines[i].strip()) or _split_unit(state, i)
            or _unit_first(state, i))


def _under_number(state: State, i: int) -> bool:
    """Whether line ``i`` stands right under a number alone ("6" / "mittelgroße" / "Eier":
    inline rendering parted the quantity from its ingredient): a quantity line of the
    list as block rendering prints it ("6 mittelgroße Eier"). An ingredient's name holds
    no figure; a table's cell under its row number may ("Curry sauce 560g")."""
    if DIGIT_RE.search(state.lines[i]) is not None:
        return False  # "1" / "Curry sauce 560g": a table's row number over its cells
    j = state.text_neighbour(i, -1)
    return (j is not None and state.rules[j] == "symbol_lines"
            and _NUMBER_RE.fullmatch(state.lines[j].strip()) is not None)


def _is_list(state: State, run: list[int]) -> bool:
    """Whether the run of list lines ``run`` is an ingredient list: four or more quantity
    lines, at least two in five of its lines (an ingredient may stand under its quantity:
    "135 g" / "Butter")."""
    qty = [i for i in run if _quantity(state, i)]
    units = sum(1 for i in qty if _unit(state, i))
    # An ingredient right under its number alone ("6" / "mittelgroße") is a quantity line
    # too, as block rendering prints it, though it names no unit.
    entries = len(qty) + sum(1 for i in run if _under_number(state, i) and not _quantity(state, i))
    # An ingredient on its own line under a bare quantity ("2 Dose/n" / "Mandarine(n)")
    # makes one list entry with it, as block rendering prints it.
    under = sum(1 for a, b in itertools.pairwise(run)
                if _bare_quantity(state, a) and not _quantity(state, b))
    return (len(qty) >= _MIN_QUANTITIES and 5 * entries >= 2 * (len(run) - under)
            and 2 * units >= len(qty))


# A record grid's template line: short, with a figure that changes from record to record
# ("Starting at $434", "Total Reviews: 726", "12 Bewertungen"). Its words are counted in its
# key, without the figures: "Special Price $173.00 You Save $176.99 Regular Price $349.99" is
# six words. A line divided by bars is a link bar or a teaser's meta line
# ("18-02-2006 13:21 | 1 comment(s)", "[ Post Reply | To 1 | View Replies ]"), no field.
_GRID_LINE_WORDS = 8
# A figure alone on its line ("44" before "reactions"): the inline rendering broke the field
# at the link around its count, and the figure is the next line's.
_BARE_FIGURE_RE = regex.compile(r"^\s*+\d[\d.,]{0,12}+[kKmM]?\s*+$")
# At least this many records, each template line at most this many text lines from the last.
_GRID_MIN_RECORDS = 4
_GRID_MAX_PERIOD = 12
# Long records (a shop's products with their specifications) recur at up to this many text
# lines, when their period is steady: the longest gap at most twice the shortest.
_GRID_LONG_PERIOD = 40
_STEADY_RATIO_NUM, _STEADY_RATIO_DEN = 2, 1
# A grid of which the article already holds this share of words (one in two) or more is
# a thread of posts between widget lines ("Beiträge: 48", "Registriert: 03.2024"): its
# dropped lines are the widgets, not records.
_GRID_KEPT_SHARE = 2
_GRID_REASON = "record grid outweighing the article"
# A posting's age ("17 hours ago", "2 days ago") is locked as a timestamp, yet it is the
# field that varies in a job board's or a link aggregator's records: it counts as a field
# (it stays dropped itself; the grid takes only unlocked lines).
_AGE_FIELD = "timestamp (age)"
# A figure glued to the word after it ("18d", "5kg", "$149.99Price"): the key keeps the word
# alone, so "18d" and "21d" are one field as "18 days" and "21 days" are. Only a figure
# opening its token: an identifier's digits ("2iJFhR1" in a short link) stay, so a list of
# links is no grid.
_GLUED_FIGURE_RE = regex.compile(r"(?<![\p{L}\d])\d++(?=\p{L})")


def _grid_keys(state: State, text: list[int]) -> dict[str, list[int]]:
    """Positions (in ``text``, the non-blank lines) of each short line with a figure whose
    key recurs with different text: "Starting at $434" and "Starting at $642" share a key
    (figures are masked in keys) and the figure varies, as a record's field does. Unlocked
    lines, and the locked ages of postings."""
    occ: dict[str, list[int]] = {}
    seen: dict[str, str] = {}
    varies: set[str] = set()
    counts: dict[str, list[str]] = {}
    lines, locked = state.lines, state.locked
    digit = [DIGIT_RE.search(lines[i]) is not None for i in text]
    for k, i in enumerate(text):
        if locked[i] and state.reasons[i] != _AGE_FIELD:
            continue
        line = lines[i]
        if digit[k] and ".m" in line and is_date_line(
                state.keys[i], line.strip(), state.lex.date_words, meridiem=True):
            continue  # "1/15/2008, 10:23 a.m. EST": a timestamp, as the locked ones are
        if not digit[k]:
            if _field_label(state, text, k):
                # "Ideal for:" / "Hot sleepers": a label over its value, which varies; the
                # field stands where its value does (the last record's value is in the grid)
                key = state.keys[i]
                occ.setdefault(key, []).append(k + 1)
                if seen.setdefault(key, lines[text[k + 1]]) != lines[text[k + 1]]:
                    varies.add(key)
                continue
            if not (k and digit[k - 1] and _BARE_FIGURE_RE.match(lines[text[k - 1]])):
                continue
            line = f"{lines[text[k - 1]].strip()} {line}"  # "44" / "reactions"
        if "|" in line:
            continue
        key = _grid_key(state, i)
        if not key or key.count(" ") >= _GRID_LINE_WORDS:
            continue
        occ.setdefault(key, []).append(k)
        if seen.setdefault(key, line) != line:
            varies.add(key)
        if digit[k] and k and _BARE_FIGURE_RE.match(lines[text[k - 1]]):
            counts.setdefault(key, []).append(lines[text[k - 1]].strip())  # "3" / "von 17"
    varies.update(key for key, figs in counts.items() if _counts_up(figs))
    return {key: occ[key] for key in varies if len(occ[key]) >= _GRID_MIN_RECORDS}


def _counts_up(figures: list[str]) -> bool:
    """Whether the bare figures before one field's lines count up one by one ("1", "2",
    "3" before "von 17" each time): a slide show's or a recipe's step counter ("3 von 17"),
    cut at its link by inline rendering, whose field text alone never varies. A figure
    that does not count up (a review's rating before "out of 5") is no counter."""
    if len(figures) < _GRID_MIN_RECORDS or not all(f.isdigit() for f in figures):
        return False
    return all(int(b) == int(a) + 1 for a, b in itertools.pairwise(figures))


def _field_label(state: State, text: list[int], k: int) -> bool:
    """Whether text line ``k`` is a record field's label over its value: a short line
    ending in a colon, with an unlocked line after it."""
    i = text[k]
    t = state.lines[i].rstrip()
    if (not t.endswith(":") or state.words[i] > FIELD_LABEL_WORDS or k + 1 >= len(text)
            or not t.lstrip()[:1].isupper()):
        return False
    return not state.locked[text[k + 1]]


def _grid_key(state: State, i: int) -> str:
    """The line's key with every figure masked, those glued to a word too."""
    key = state.keys[i]
    if not DIGIT_RE.search(key):
        return key
    return _GLUED_FIGURE_RE.sub("", key)


def _grid_spans(occ: dict[str, list[int]]) -> list[list[int]]:
    """Merged spans ``[a, b)`` (in text lines) of runs of at least ``_GRID_MIN_RECORDS``
    occurrences of one field, each within ``_GRID_MAX_PERIOD`` lines of the last, or, in
    a grid of long records, within ``_GRID_LONG_PERIOD`` lines at a steady period (see
    :func:`_steady`); a span opens one record period before the first field, where that
    record's title stands."""
    fields = sorted({k for ks in occ.values() for k in ks})
    spans: list[tuple[int, int]] = []
    for ks in occ.values():
        start, prev, lo, hi = ks[0], ks[0], _GRID_LONG_PERIOD, 0
        for k in [*ks[1:], -1]:
            gap = k - prev
            if 1 < gap and _steady(min(lo, gap), max(hi, gap)):
                lo, hi, prev = min(lo, gap), max(hi, gap), k
                continue
            if _count(ks, start, prev) >= _GRID_MIN_RECORDS and (
                    hi <= _GRID_MAX_PERIOD or _spaced(fields, start, prev)):
                spans.append((max(0, start - min(lo, _GRID_MAX_PERIOD) + 1), prev + 1))
            if 1 < gap <= _GRID_MAX_PERIOD:
                # a short period right after a long run's end: the new run starts at the
                # long run's last field
                start, lo, hi = prev, gap, gap
            else:
                start, lo, hi = k, _GRID_LONG_PERIOD, 0
            prev = k
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def _steady(lo: int, hi: int) -> bool:
    """Whether a run of fields whose gaps range from ``lo`` to ``hi`` text lines is a
    grid's: gaps up to ``_GRID_MAX_PERIOD`` whatever they are, or up to
    ``_GRID_LONG_PERIOD`` when the longest is at most twice the shortest (a shop's records
    of 13 to 17 lines: name, price, reviews, four specification pairs, some with a sale
    price more; every other record with its list of colours). Comments under a post,
    dated at their heads, run long and short by their text."""
    if hi <= _GRID_MAX_PERIOD:
        return True
    return hi <= _GRID_LONG_PERIOD and _STEADY_RATIO_DEN * hi <= _STEADY_RATIO_NUM * lo


def _spaced(fields: list[int], start: int, end: int) -> bool:
    """Whether the field lines (of every key) between text lines ``start`` and ``end``
    are at most half of those lines: long records hold lines that are no fields (each
    record's name, its buttons). A blog's archive of months with their post counts,
    `Dezembro (100)` / `Novembro (161)` / ..., recurs year after year at a steady period
    of 13 lines, every line of it a field."""
    n = bisect.bisect_right(fields, end) - bisect.bisect_left(fields, start)
    return 2 * n <= end - start + 1


def grids(state: State) -> None:
    """Keep a page's record grid when it outweighs the article (a listing, a shop's grid).

    A listing page (products, search results, a ranking) prints a few fields per record,
    each a short line ("For Monitors: 5-22 lbs", "Starting at $434"); the classifier drops
    such lines as menu items and the page's output is its intro alone, while its readers
    (and the golds of page-type sets such as wcxb) want the records. A field is told by a
    short line with a figure that recurs at a steady period with varying figures; when the
    span of such records holds more words than the article outside it and the article has
    not already claimed half of it (a forum thread's posts between their widget lines),
    its dropped lines (unlocked: lexicon verdicts stand) are the article's. The safety
    net's retry does not count these lines as kept article (engine._kept_words).
    """
    text = [i for i in range(len(state)) if not state.is_blank(i)]
    spans = _grid_spans(_grid_keys(state, text))
    if not spans:
        return
    inside: set[int] = set()
    for a, b in spans:
        inside.update(text[a:b])
    outside = sum(state.words[i] for i in text
                  if i not in inside and state.labels[i] is Label.ARTICLE)
    for a, b in spans:
        grid = sum(state.words[i] for i in text[a:b])
        kept = sum(state.words[i] for i in text[a:b] if state.labels[i] is Label.ARTICLE)
        if grid <= outside or _GRID_KEPT_SHARE * kept >= grid:
            continue
        for i in text[a:b]:
            if not state.locked[i] and state.labels[i] is not Label.ARTICLE:
                state.decide(i, Label.ARTICLE, _GRID_REASON)
        for i in _name_buttons(state, text[a:b]):
            state.decide(i, Label.BOILERPLATE, _BUTTON_REASON, lock=True)
        _unjoin(state, text[a:b])


# A record's button names its record: "Add Sandpiper 130 Kayak to Compare" under the record
# "EddylineSandpiper 130 Kayak". Its frame (the words around the name) has at most this
# many words on each side, the name at least two words, the line at most this many words.
_BUTTON_FRAME_WORDS = 3
_BUTTON_NAME_WORDS = 2
# A frame of one word is a variant's label as well ("Hemmi 257" / "Hemmi 257 shortform",
# a model and its booklet): a button's frame is a phrase of two words or more.
_BUTTON_FRAME_MIN = 2
_BUTTON_WORDS = 20
_BUTTON_REASON = "a record's button naming the record"


def _name_buttons(state: State, grid: list[int]) -> list[int]:
    """The lines of a kept grid that repeat a line above them in their record inside a
    fixed frame of words ("Add <name> to Compare", "Save <name> to Wish List"): every
    record's button, which golds of listing pages leave out while they keep the name. A
    frame counts when it wraps at least ``_GRID_MIN_RECORDS`` different names; the name
    must stand, as part of another line, within ``_GRID_LONG_PERIOD`` lines above (a
    record's own name). A field repeated record after record wraps the same words each
    time (its figures are masked), and a record's description that starts with its name
    goes on in words of its own, no frame shared by the other records."""
    # the lines' words case-folded, figures and marks kept: "Mon., Mar 12 and 19" and
    # "Mon., Mar 26, Apr 2, 9 and 16" share no name (their keys would, "mon mar ... and")
    folded = {i: " ".join(state.lines[i].casefold().split()) for i in grid}
    frames: dict[tuple[str, str], dict[str, list[int]]] = {}  # frame -> name -> lines
    for n, i in enumerate(grid):
        if state.locked[i] or state.labels[i] is not Label.ARTICLE:
            continue
        toks = folded[i].split(" ")
        if not _BUTTON_NAME_WORDS + _BUTTON_FRAME_MIN <= len(toks) <= _BUTTON_WORDS:
            continue
        above = [folded[j] for j in grid[max(0, n - _GRID_LONG_PERIOD):n]
                 if folded[j] != folded[i]]
        for frame, name in _framed_names(toks, above):
            frames.setdefault(frame, {}).setdefault(name, []).append(i)
    out: set[int] = set()
    for names in frames.values():
        if len(names) >= _GRID_MIN_RECORDS:
            out.update(i for lines in names.values() for i in lines)
    return sorted(out)


def _framed_names(toks: list[str], above: list[str]) -> list[tuple[tuple[str, str], str]]:
    """Each frame (words before, words after; at most ``_BUTTON_FRAME_WORDS`` a side,
    ``_BUTTON_FRAME_MIN`` in all at least, no figures) around a name of
    ``_BUTTON_NAME_WORDS`` words or more that stands in one of the lines ``above``, in a
    line that does not hold the frame's words."""
    n, out = len(toks), []
    for p in range(_BUTTON_FRAME_WORDS + 1):
        for s in range(_BUTTON_FRAME_WORDS + 1):
            if p + s < _BUTTON_FRAME_MIN or n - p - s < _BUTTON_NAME_WORDS:
                continue
            head, tail = " ".join(toks[:p]), " ".join(toks[n - s:])
            if DIGIT_RE.search(head) or DIGIT_RE.search(tail):
                continue  # a button's words have no figures ("ntg" / "s37 002": a code)
            name = " ".join(toks[p:n - s])
            # the name's own line is framed otherwise: a field's earlier value under the
            # same label ("Portion Fix Containers: 1 Green, ...") is no record's name
            if any(name in line and not (head and f" {head} " in f" {line} ")
                   and not (tail and f" {tail} " in f" {line} ") for line in above):
                out.append(((head, tail), name))
    return out


def _unjoin(state: State, lines: list[int]) -> None:
    """Print each line of a kept grid as a paragraph of its own: a record's field joined
    to the line above it in the output ("Asparagus and Eggs [...] Portion Fix Containers:
    1 Green") is no short line with a figure any more, and cleaning the output again
    found no grid and dropped its records (the output must clean to itself). Not where
    the paragraph would join the two lines without a space (a name and the comma after
    it, cut at a link by inline rendering): the line goes on there."""
    if not lines:
        return
    first, last = lines[0], state.block_end(lines[-1])
    orig = state.block[first:last]  # the blocks as they were (a split renames the rest)
    head = orig[0]
    for j in range(first + 1, last):
        if orig[j - first] != orig[j - first - 1]:
            head = state.block[j]
            continue
        a, b = state.lines[j - 1].strip(), state.lines[j].strip()
        if j <= lines[-1] and a and b and join_parts([a, b]) == f"{a} {b}":
            head = j
        state.block[j] = head


def _count(ks: list[int], start: int, end: int) -> int:
    """How many of the sorted positions ``ks`` lie in ``[start, end]``."""
    return bisect.bisect_right(ks, end) - bisect.bisect_left(ks, start)


# A review's record block: at most this many short lines between the article and the
# record line (the author, the title, the record itself), ...
_RECORD_REACH = 5
# ... of at most this many words each before the record line, which may be longer (the
# publisher, edition, year, pages, binding and ISBN on one line).
_RECORD_HEAD_WORDS = 10
_RECORD_WORDS = 30
# A token of a record line: letters or digits ("978-3-504" is three).
_RECORD_TOKEN_RE = regex.compile(r"[\p{L}\p{N}]+")
# Units of a file's size: "PDF 61 pages, 329 kb" is a download link's note, no book's record.
_FILE_SIZE_UNITS = frozenset({"kb", "kib", "mb", "mib", "gb", "ko", "mo"})


def records(state: State) -> None:
    """Keep a review's record block right under the article.

    A review prints the reviewed book's (album's, product's) record under its text as short
    lines: the author (``Jane Doe (Hrsg.)``), the title, then the record line
    (``Blessing, 816 Seiten``; ``Verlag ..., 2014, 896 Seiten, ISBN 978-...``). Alone,
    each looks like a menu item to the context pass and is dropped; the record line names
    a page count or an ISBN (``xx/record.txt``), which no menu does. When such a line
    follows the article's last line within :data:`_RECORD_REACH` short unlocked lines,
    the lines up to it are the review's. A second record line soon after it is a shop's
    row of book cards, not one review's record: then nothing is kept.
    """
    words = state.lex.record_words
    if not words:
        return
    n = len(state)
    for a in range(n):
        if state.labels[a] is not Label.ARTICLE or state.is_blank(a):
            continue
        nxt = state.text_neighbour(a, 1)
        if nxt is None or state.labels[nxt] is Label.ARTICLE:
            continue
        block = _record_block(state, nxt, words)
        if block is None:
            continue
        for i in block:
            if not state.is_blank(i):
                state.decide(i, Label.ARTICLE, "review's record block under the article")


def _record_block(state: State, start: int, words: frozenset[str]) -> list[int] | None:
    """The lines from ``start`` through the first record line within
    :data:`_RECORD_REACH` text lines, if they may be the review's record and no record line
    follows soon after (a shop's cards)."""
    seen: list[int] = []
    i: int | None = start
    while i is not None and len(seen) <= _RECORD_REACH:
        if state.locked[i] or state.labels[i] is Label.ARTICLE:
            return None
        seen.append(i)
        if _record_line(state.lines[i], words):
            if state.words[i] > _RECORD_WORDS or _record_after(state, i, words):
                return None
            return list(range(start, i + 1))
        if state.words[i] > _RECORD_HEAD_WORDS:
            return None
        i = state.text_neighbour(i, 1)
    return None


def _record_after(state: State, i: int, words: frozenset[str]) -> bool:
    """Whether another record line follows line ``i`` within :data:`_RECORD_REACH` text
    lines: the cards of a shop's list, each with its own record."""
    j = state.text_neighbour(i, 1)
    for _ in range(_RECORD_REACH):
        if j is None:
            return False
        if _record_line(state.lines[j], words):
            return True
        j = state.text_neighbour(j, 1)
    return False


def _record_line(raw: str, words: frozenset[str]) -> bool:
    """Whether ``raw`` names a page count ("816 Seiten", "256 pages") or an ISBN with its
    number ("ISBN 978-3-...", "ISBN-13: 978..."): a book's record, never a menu item; not
    with a file's size ("PDF 61 pages, 329 kb": a download link's note)."""
    toks = _RECORD_TOKEN_RE.findall(raw.casefold())
    if _FILE_SIZE_UNITS.intersection(toks):
        return False
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if t == "isbn" and nxt.isdigit():
            return True
        if t.isdigit() and len(t) >= 2 and nxt in words and nxt != "isbn":
            return True
    return False
