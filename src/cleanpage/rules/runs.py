"""Related zones that no opener announces: dated teaser runs and lists of dated headlines.

A "More stories" box often has no heading the lexicons know, but its records show
themselves by their template (a title, a byline, a date, a summary, again and again), by
a date in front of every headline, or by title-case headlines over one-sentence summaries
in a menu or under a box's heading. This rule runs after ``zone_openers`` and labels such
runs ``related``, outside the zones already found; the teaser grammar then reads them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

import regex

from ..lexicon import norm_key as lexicon_key
from ..state import State
from ..text import CLOSERS, TERMINAL, ends_sentence, last_word
from ..types import Label
from .cruft import is_date_line
from .zones import (
    CONTINUERS,
    DASHES,
    HEAD_MAX_WORDS,
    is_age,
    is_headline,
    is_headline_words,
    teaser_part,
)

# Teaser runs: at least this many age lines, each within this many lines of the one
# before, and at most this many title or source lines walked back to.
_RUN_MIN = 3
_RUN_GAP = 6
_RUN_BACK = 2
# The article before a run has at least this many times the words of one of its records.
_RUN_OUTWEIGH = 4
# A dated headline: a date of at most this many tokens, then a headline of 2 words or more.
_LIST_DATE_TOKENS = 5
_LIST_MIN_WORDS = 3
# Lines from one dated headline to the next in a list (blank lines between them).
_LIST_GAP = 3
# Lines from one glued teaser to the next: a card's age and a section's label between two.
_GLUED_GAP = 5
# Letters of a preposition alone on its line before a date cut from its sentence.
_LONE_WORD_CHARS = 4
_NUMERIC_DATE_RE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
# A number above this is no day: "2019-11-13" starts with its year.
_MAX_DAY = 31
_MONTHS = 12
_DateKey = tuple[int, int, int]
# Glued teasers: a capital right after a lower-case letter, a digit or "?!" (no space),
# looked for in a line's first characters; the headline before it and the sentence after.
_GLUE_RE = regex.compile(r"[\p{Ll}\d?!’'\)](\p{Lu})(?=[\p{Ll}\s])")
_GLUE_MAX_CHARS = 160
_GLUE_HEAD_WORDS = 4
_GLUE_LONG_WORD = 4
_GLUE_WORD_MIN = 3  # characters of the word a capital is glued to ("SteakhouseA", not "iPad")
_GLUE_TAIL_WORDS = 6
_GLUE_RUN = 3
_GLUE_MIN_WORDS = _GLUE_HEAD_WORDS + _GLUE_TAIL_WORDS - 1  # the glued word counts once
# A teaser's headline run into its summary's dateline, a space between them: "... deemed
# stateless WASHINGTON: Expressing concern ...", "... after crash BOSTON — A man ...". The
# dateline is one to three words in capitals (two letters or more each) after a word that
# ends in lower case, a digit, a quote, a bracket or a colon, then a colon or a dash and a
# capital. The capitals are taken possessively: no backtracking inside the dateline.
_DATELINE_GLUE_RE = regex.compile(
    r"(?<=[\p{Ll}\d?!’'\")\]:]) (\p{Lu}[\p{Lu}.'’-]++(?: \p{Lu}[\p{Lu}.'’-]++){0,2})"
    r"(?::| [—–]) \p{Lu}")


def teaser_runs(state: State) -> None:
    """Label dated teaser runs and lists of dated headlines outside the zones ``related``."""
    zone_at = [lb is Label.RELATED or lb is Label.COMMENT for lb in state.labels]
    spans: list[tuple[int, int, str]] = []
    # Each finder sees the spans of the ones before it as zones already.
    for find, reason in ((_teaser_runs, "inside dated teaser run"),
                         (_dated_lists, "inside list of dated headlines"),
                         (_glued_lists, "inside list of glued teasers"),
                         (_dateline_lists, "inside list of dateline teasers"),
                         (_card_lists, "inside list of headline cards"),
                         (_more_link_lists, "inside list of cards with a more link"),
                         (_gallery_runs, "inside photo gallery")):
        for a, b in find(state, zone_at):
            spans.append((a, b, reason))
            for i in range(a, b):
                zone_at[i] = True
    for start, end, reason in spans:
        for i in range(start, end):
            if teaser_part(state, i):
                state.locked[i] = False
            if not state.locked[i] and not state.is_blank(i):
                state.decide(i, Label.RELATED, reason, lock=True)


def _teaser_runs(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of dated teasers that no opener announced.

    Three or more age lines, each within a few lines of the one before, with a headline at the
    same place before at least half of them, are such a run; a timeline of dated
    paragraphs has only prose between its dates, a forum thread user names and posts
    whose short lines fall anywhere. The run starts at the first record's
    title (up to two short lines before its age line) and ends after the last record's
    summary; it must come after the article (the zone guard's words since the last date
    line before the run), which outweighs each record several times over, and outside any
    zone (``zone_at``).
    """
    n = len(state)
    ages = [i for i in range(n) if not zone_at[i] and state.rules[i] == "bylines_dates"
            and is_age(state, i) and not _date_in_sentence(state, i)]
    if len(ages) < _RUN_MIN:
        return []
    wrapped = state.wrap is not None
    unit = _units(state, wrapped)
    runs: list[list[int]] = []
    for i in ages:
        if runs and unit[i] - unit[runs[-1][-1]] <= _RUN_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[tuple[int, int]] = []
    for run in runs:
        span = _run_span(state, run, zone_at, unit, wrapped)
        if span is None and len(run) > _RUN_MIN and _good_between(state, run[0], run[1]) and (
                not _good_between(state, run[1], run[-1])):
            # The first date is the article's own dateline, its prose right after it and
            # none after the others: the teasers start with the next date ("By Staff" /
            # "20 Nov" / two paragraphs / "Title" / "By Reuters" / "20 Nov" / ...). A list
            # of reviews has prose after every date.
            span = _run_span(state, run[1:], zone_at, unit, wrapped)
        if span is not None:
            out.append(span)
    return out


def _units(state: State, wrapped: bool) -> list[int]:
    """For each line, how many parts of a record stand at or before it, blank lines not
    counted (copy-paste puts a blank line between all lines, which doubled a teaser card's
    period: title / author / date / summary). A part is a line, or on a ``wrapped`` page
    (``State.wrap``) a paragraph block: a teaser's summary wrapped over five lines is one
    part of its record, as it is one line unwrapped, so the run keeps its period."""
    out: list[int] = []
    k = 0
    for i, b in enumerate(state.block):
        if not state.blank[i] and (b == i or not wrapped):
            k += 1
        out.append(k)
    return out


def _good_between(state: State, a: int, b: int) -> bool:
    """Whether a long prose line stands between lines ``a`` and ``b``."""
    return any(state.cf[i] == "good" for i in range(a + 1, b))


def _run_span(state: State, run: list[int], zone_at: list[bool], unit: list[int],
              wrapped: bool) -> tuple[int, int] | None:
    """``(start, end)`` of the teaser run whose age lines are ``run``, or ``None`` when they
    are no teaser run (too few, no shared headline place, not after an article)."""
    if len(run) < _RUN_MIN:
        return None
    # The records of a teaser box share one template: the headline stands at the same
    # place before each age line in most of them. A forum's posts have no such place.
    # Headlines differ from record to record: "Originally posted by ..." at one place
    # in every post of a thread is the forum's template, not a headline.
    starts: dict[int, set[str]] = {}
    for x, y in itertools.pairwise(run):
        for o, i in _headline_offsets(state, x, y, wrapped):
            starts.setdefault(o, set()).add(" ".join(state.keys[i].split()[:2]))
    if not starts or 2 * max(map(len, starts.values())) < len(run) - 1:
        return None
    n = len(state)
    start = run[0]
    for _ in range(_RUN_BACK):
        j = start - 1
        while j >= 0 and state.is_blank(j):
            j -= 1
        if j < 0 or (state.locked[j] and state.rules[j] != "bylines_dates") or (
                state.cf[j] == "good" or zone_at[j] or state.words[j] > HEAD_MAX_WORDS):
            break
        start = j  # a title, or the byline between it and the date
    end = run[-1] + 1
    while end < n and unit[end] - unit[run[-1]] <= _RUN_GAP and not zone_at[end]:
        if state.cf[end] in ("good", "near"):
            end = state.block_end(end)
            break
        end += 1
    before = _prose_since_age(state, start)
    inside = sum(state.words[i] for i in range(start, end) if state.cf[i] in ("good", "near"))
    # An article outweighs each of the summaries after it; the posts of a blog's front
    # page or the entries of a news list are all alike (each after its own date).
    if before >= state.params.zone_min_words and before * len(run) >= _RUN_OUTWEIGH * inside:
        return start, end
    return None


def _date_in_sentence(state: State, i: int) -> bool:
    """Whether the date on line ``i`` is a link inside a sentence ("all the way back to" /
    "December 26th 2001" / "to see a video"), not a teaser's date line."""
    if i + 1 < len(state):
        first = state.lines[i + 1].lstrip()[:1]
        if first.islower() or (first in CONTINUERS and first != ":"):
            return True
    if i > 0:
        before = state.lines[i - 1].rstrip()
        return (before[-1:] == "," or last_word(before).casefold() in state.lex.stop
                or _lone_lower_word(before))
    return False


def _lone_lower_word(raw: str) -> bool:
    """Whether ``raw`` is one short word in lower case alone on its line ("on", "am", "le"):
    the preposition of a sentence that inline rendering cut at the linked date after it
    ("A post shared by a user" / "on" / "Jun 16, 2019 at 7:30am PDT"), whatever the page's
    language (an embedded post's credit line is in the embedding site's)."""
    word = raw.strip()
    return 0 < len(word) <= _LONE_WORD_CHARS and word.isalpha() and word.islower()


def _dated_headline(state: State, i: int) -> bool:
    """Whether line ``i`` is a date followed by a headline ("January 15, 2008 Police Make
    Arrest In Missing Woman Case", "24.11.2007 - Neue Regeln"), as news lists show them."""
    return _date_head(state, i) is not None


def _date_head(state: State, i: int, line: str | None = None) -> str | None:
    """The date that starts line ``i`` (or the text ``line`` standing for it) when a
    headline follows it (see :func:`_dated_headline`), else ``None``."""
    line = (state.lines[i] if line is None else line).lstrip()
    if not line[:1].isdigit() and line.partition(" ")[0].strip(".,").casefold() not in (
            state.lex.date_words):
        return None  # a date starts with a number, a month or a weekday
    toks = line.split()
    if len(toks) < _LIST_MIN_WORDS or len(toks) > HEAD_MAX_WORDS + _LIST_DATE_TOKENS:
        return None
    for k in range(min(_LIST_DATE_TOKENS, len(toks) - _LIST_MIN_WORDS + 1), 0, -1):
        head = " ".join(toks[:k])
        key = lexicon_key(head)
        # A number or a time alone is no date: a month's name, or digits with "." "/" "-"
        # between ("10am: ISM Manufacturing" is a calendar entry, "1 Kyle Busch" a table row).
        month = any(len(t) > 2 and t in state.lex.date_words for t in key.split())
        if not ((month or _NUMERIC_DATE_RE.search(head))
                and is_date_line(key, head, state.lex.date_words)):
            continue
        rest = " ".join(toks[k:]).lstrip(DASHES + ": ")
        if len(rest.split()) >= _LIST_MIN_WORDS - 1 and is_headline_words(rest):
            return head
        return None
    return None


def _date_keys(head: str, months: dict[str, int]) -> tuple[_DateKey | None, _DateKey | None]:
    """``(year, month, day)`` of the date ``head`` read day first and month first ("June 9",
    "Sept. 2, 2020", "18/1/2007", "1/18/2007"; a year is 0 when the date leaves it out);
    ``None`` for a reading the numbers do not allow, or that names no day."""
    m = _NUMERIC_DATE_RE.search(head)
    if m is not None:
        a, b, c = (int(x) for x in regex.split(r"[./-]", m.group())[:3])
        if a > _MAX_DAY:
            return (a, b, c), (a, b, c)  # 2019-11-13
        return ((c, b, a) if b <= _MONTHS else None), ((c, a, b) if a <= _MONTHS else None)
    month, day, year = 0, 0, 0
    for tok in head.split():
        word = lexicon_key(tok)
        if not month and word in months:
            month = months[word]
            continue
        digits = tok.strip(".,").rstrip("stndrh")  # "9th", "2.", "14,"
        if digits.isdigit():
            if len(digits) <= 2 and not day:
                day = int(digits)
            elif len(digits) == 4:
                year = int(digits)
    key = (year, month, day) if month and day else None
    return key, key


def _rising(state: State, start: int, end: int) -> bool:
    """Whether the dated lines from ``start`` to ``end`` show dates that rise from one line
    to the next, read one way throughout: a schedule (tour dates, a season's fixtures, a
    course's sessions), not a list of other stories, whose dates fall or repeat."""
    readings = [_date_keys(head, state.lex.month_index) for i in range(start, end)
                if (head := _date_head(state, i)) is not None]
    for way in range(2):
        keys = [r[way] for r in readings]
        seq = [k for k in keys if k is not None]
        if len(seq) == len(keys) >= _RUN_MIN and all(
                x < y for x, y in itertools.pairwise(seq)):
            return True
    return False


def _dated_lists(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of three or more dated headlines in a row outside the
    zones: a list of other stories (dated headlines are no article's sentences). A run
    whose dates rise line by line is a schedule (:func:`_rising`): it stays out, noted in
    ``state.schedules`` for ``tables``."""
    out: list[tuple[int, int]] = []
    for a, b in _dated_runs(state, zone_at):
        if _rising(state, a, b):
            state.schedules.append((a, b))
        else:
            out.append((a, b))
    return out


def _dated_runs(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of three or more dated lines with a headline or a
    place after the date, in a row (blank lines between), outside the zones."""
    lines, keys, blank, dates = state.lines, state.keys, state.blank, state.lex.date_words
    # A date starts with a number, a month or a weekday: one look at every line first.
    cands = [i for i, (s, k) in enumerate(zip(lines, keys, strict=True))
             if s[:1].isdigit() or k.partition(" ")[0] in dates]
    wrapped = state.wrap is not None
    hits = (i for i in cands
            if not (zone_at[i] or state.locked[i]) and (
                _dated_headline(state, i) if not wrapped or (cut := _cut_row(state, i)) is None
                else cut))

    def apart(a: int, b: int) -> bool:
        # On a hard-wrapped page a row cut at the wrap goes on in the lines of its block
        # ("June 14 -- Ameris Bank Amphitheatre (Formerly" / "Alpharetta, GA"): they count
        # as its line, not as a line between two rows.
        between = [j for j in range(a + 1, b) if not (wrapped and state.block[j] == state.block[a])]
        return len(between) >= _LIST_GAP or not all(blank[j] for j in between)

    return _collect_runs(hits, apart, _RUN_MIN)


def _cut_row(state: State, i: int) -> bool | None:
    """On a hard-wrapped page, whether line ``i``, whose block goes on in the lines after
    it, is a dated headline cut at the wrap: judged with those lines up to the next that
    starts with a date ("June 14 -- Ameris Bank Amphitheatre (Formerly Verizon
    Amphitheatre)," / "Alpharetta, GA" is one; a dated paragraph, "MARCH 1, 2006:
    BILLBOARDS SENDING ..." over four lines, is none, as it is none on one line; a full row
    that the wrap joined to the next row is judged alone). ``None`` when no such line
    follows it."""
    end, j = state.block_end(i), i + 1
    while j < end and _date_head(state, j) is None:
        j += 1
    if j == i + 1:
        return None
    joined = " ".join(state.lines[k].strip() for k in range(i, j))
    return _date_head(state, i, joined) is not None


def _collect_runs(hits: Iterable[int], apart: Callable[[int, int], bool],
                  least: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of at least ``least`` of the lines ``hits`` (in page
    order), a run ending where ``apart(last, next)`` says the next hit is too far off."""
    out: list[tuple[int, int]] = []
    run: list[int] = []
    for i in hits:
        if run and apart(run[-1], i):
            if len(run) >= least:
                out.append((run[0], run[-1] + 1))
            run = []
        run.append(i)
    if len(run) >= least:
        out.append((run[0], run[-1] + 1))
    return out


def glued_teaser(state: State, i: int) -> bool:
    """Whether line ``i`` is a teaser whose headline the rendering glued to its summary
    ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left ...").

    A capital right after a lower-case letter, a digit or a "?" / "!" with no space ends
    a headline there when the words before it are a headline in title case (at least
    4 words, most of the longer ones capitalised) and the words after it a sentence (6 or
    more words, half of them after the first in lower case: no stop list needed, so the
    safety net's retry without one finds the same), and the word the capital is glued to starts
    in upper case or with a digit and has three characters or more ("SteakhouseA",
    "250,000The"; not "iPad", "McDonald's"): otherwise the scan goes on to the next one.
    """
    line = state.lines[i]
    for m in _GLUE_RE.finditer(line, 0, _GLUE_MAX_CHARS):
        head, tail = line[:m.start(1)], line[m.start(1):]
        words = head.split()
        if len(words) < _GLUE_HEAD_WORDS or not is_headline(head):
            continue
        glued = words[-1]
        if len(glued) < _GLUE_WORD_MIN or not (glued[0].isupper() or glued[0].isdigit()):
            continue  # "Apple iPad", "McDonald's": a name written so, not two texts
        longer = [w for w in words if len(w) >= _GLUE_LONG_WORD]
        caps = sum(w[0].isupper() or w[0].isdigit() for w in longer)
        tail_words = tail.split()
        lower = sum(w[0].islower() for w in tail_words[1:])
        if caps * 3 < len(longer) * 2 or len(tail_words) < _GLUE_TAIL_WORDS:
            return False
        # A card without a summary shows its headline twice: "... Home RenovationMichigan
        # Couple Finds ...", the headline again where the sentence would start.
        return lower * 2 >= len(tail_words) - 1 or tail_words[:_GLUE_HEAD_WORDS] == words[
            :_GLUE_HEAD_WORDS]
    return _dateline_glued(line)


def _dateline_glued(line: str) -> bool:
    """Whether ``line`` is a headline run into its summary's dateline ("Internet in Kashmir
    after local admn feels it is fit to do so: HM NEW DELHI: Home Minister Amit Shah on
    Wednesday said ..."): a headline of 4+ words, not in capitals, before a dateline in
    capitals, and a sentence of 6+ words after it, half of them in lower case."""
    start = line[:_GLUE_MAX_CHARS]
    if ":" not in start and "—" not in start and "–" not in start:
        return False  # no dateline mark at all (most lines)
    m = _DATELINE_GLUE_RE.search(line, 0, _GLUE_MAX_CHARS)
    if m is None:
        return False
    head, tail = line[:m.start()], line[m.end(1):].lstrip(":—– ")
    caps = m.group(1).split(" ", 1)
    if head[-1:] == ":" and len(caps) > 1:
        # "... fit to do so: HM NEW DELHI: ...": the headline ends in its speaker's
        # initials after a colon, and the dateline is the capitals after them.
        head = f"{head} {caps[0]}"
    words, tail_words = head.split(), tail.split()
    if len(words) < _GLUE_HEAD_WORDS or not is_headline(head) or head.isupper():
        return False
    # A third of the summary's words after its first are in lower case, as under
    # :func:`dateline_teaser`: a news lead is full of names.
    lower = sum(w[0].islower() for w in tail_words[1:])
    return (len(tail_words) >= _GLUE_TAIL_WORDS
            and lower * _DATELINE_LOWER >= len(tail_words) - 1)


def _glued_lists(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of three or more glued teasers (see :func:`glued_teaser`)
    outside the zones, at most :data:`_GLUED_GAP` lines apart with only short lines between:
    a list of other stories whose cards lost the break between title and summary."""
    hits = (i for i in range(len(state))
            if not (zone_at[i] or state.locked[i]) and state.words[i] >= _GLUE_MIN_WORDS
            and glued_teaser(state, i))
    return _collect_runs(hits, lambda a, b: b - a > _GLUED_GAP or any(
        state.words[j] > HEAD_MAX_WORDS for j in range(a + 1, b)), _GLUE_RUN)


# A teaser's summary on the line after its headline, opening with the story's dateline:
# one to three words in capitals (two letters or more each), a colon or a dash, a capital
# ("NEW DELHI: Home Minister Amit Shah ...", "BOSTON — A man ..."). Possessive: linear.
_DATELINE_START_RE = regex.compile(
    r"^(\p{Lu}[\p{Lu}.'’-]++(?: \p{Lu}[\p{Lu}.'’-]++){0,2})(?::| [—–]) \p{Lu}")
# A third of the summary's words after its first are in lower case: a news lead is full of
# names ("COLOMBO: Newly-elected Sri Lankan President Gotabhaya Rajapaksa has accepted ...").
_DATELINE_LOWER = 3


def dateline_teaser(state: State, i: int) -> bool:
    """Whether line ``i`` is a teaser's summary under its headline, the two on lines of
    their own (inline rendering breaks a card at its link): it opens with a dateline in
    capitals and goes on with a sentence of 6+ words, a third of them in lower case, and the
    text line before it is a headline (4-16 words, not in capitals, no final stop, no
    question, not opening with a label in capitals: an interview's question and answer
    each open with their speaker's name)."""
    line = state.lines[i]
    m = _DATELINE_START_RE.match(line)
    if m is None:
        return False
    tail_words = line[m.end(1):].lstrip(":—– ").split()
    lower = sum(w[0].islower() for w in tail_words[1:])
    if len(tail_words) < _GLUE_TAIL_WORDS or lower * _DATELINE_LOWER < len(tail_words) - 1:
        return False
    title = _card_title_above(state, i)
    # An interview's question is no headline: it ends in "?" or opens with its speaker's
    # label in capitals, like the answer under it ("CHERYL: How did ...?" / "GABRIEL: ...").
    return (title is not None and not title.endswith("?")
            and _DATELINE_START_RE.match(title) is None)


def _card_title_above(state: State, i: int) -> str | None:
    """The text line right above line ``i``, stripped, when it is a teaser's headline
    (:func:`is_headline`) not set in capitals, the card's title over its summary at ``i``;
    None otherwise (a section's label in capitals, a sentence, no line)."""
    head = state.text_neighbour(i, -1)
    if head is None:
        return None
    title = state.lines[head].strip()
    return title if is_headline(title) and not title.isupper() else None


def _dateline_lists(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of three or more teasers whose summary opens with its
    story's dateline on the line after the headline (see :func:`dateline_teaser`), outside
    the zones, each summary at most :data:`_LIST_GAP` lines after the one before with only
    short lines (the next headline) between: the list of other stories that
    :func:`glued_teaser` finds when the rendering joins each card into one line. One such
    card is an article's headline over its lead; three in a row are a list."""
    return _summary_runs(state, zone_at, dateline_teaser, _LIST_GAP)


def _summary_runs(state: State, zone_at: list[bool], is_summary: Callable[[State, int], bool],
                  gap: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of :data:`_GLUE_RUN` or more summary lines outside the
    zones (``is_summary``: a teaser card's summary under its headline), each at most ``gap``
    lines after the one before with only short lines (the next headline) between; a run
    starts at the headline over its first summary when that stands outside the zones."""
    hits = (i for i in range(len(state))
            if not (zone_at[i] or state.locked[i]) and state.words[i] >= _GLUE_TAIL_WORDS
            and is_summary(state, i))
    out = []
    for a, b in _collect_runs(hits, lambda a, b: b - a > gap or any(
            state.words[j] > HEAD_MAX_WORDS for j in range(a + 1, b)), _GLUE_RUN):
        head = state.text_neighbour(a, -1)
        out.append((head if head is not None and not zone_at[head] else a, b))
    return out


# Headline cards: a headline in title case on its line, its one- or two-sentence summary on
# the next; a summary has at most this many words and sentences, and an article paragraph
# longer than that must stand outside the cards for them to be other stories.
_CARD_MAX_WORDS = 40
_CARD_MAX_STOPS = 2
# Lines from one card's summary to the next: its headline, or a repeated headline or a
# section link between two cards.
_CARD_GAP = 4
# Text lines looked through on each side of a card list for the article's prose.
_CARD_WALL = 3
_CARD_LISTED = 2
_MENU_RULES = frozenset({"cruft_lexicon", "repeated_lines"})
# A numbered item's heading ("2. Average SEO Tools"): an article's list, not a headline.
_NUMBERED_RE = regex.compile(r"\d{1,2}[.)] ")


def headline_card(state: State, i: int) -> bool:
    """Whether line ``i`` is a teaser's summary under its headline, the two on lines of
    their own, no date or dateline to tell them (inline rendering breaks a card at its
    link): a sentence of 6 to 40 words, one or two sentences, half its words after the
    first in lower case, under a headline in title case (4 to 16 words, most of the longer
    ones capitalised, as :func:`glued_teaser` asks of a glued one). An article's subheading
    in title case stands over a paragraph of several sentences; one card is an article's
    headline over its lead."""
    line = state.lines[i].strip()
    words = line.split()
    if not (_GLUE_TAIL_WORDS <= len(words) <= _CARD_MAX_WORDS) or not ends_sentence(line):
        return False
    if not line[:1].isupper() or _stops(line) > _CARD_MAX_STOPS:
        return False
    if sum(w[0].islower() for w in words[1:]) * 2 < len(words) - 1:
        return False
    title = _card_title_above(state, i)
    if title is None or _NUMBERED_RE.match(title):
        return False
    longer = [w for w in title.split() if len(w) >= _GLUE_LONG_WORD]
    caps = sum(w[0].isupper() or w[0].isdigit() for w in longer)
    return bool(longer) and caps * 3 >= len(longer) * 2


def _stops(line: str) -> int:
    """Sentences in ``line``: a terminal mark followed by a space and a capital, and its
    final mark (one look at each character)."""
    count = 1
    for a, b, c in zip(line, line[1:], line[2:], strict=False):
        if a in TERMINAL and b == " " and c.isupper():
            count += 1
    return count


def _inside_runs(state: State, runs: list[tuple[int, int]]) -> list[bool]:
    """For each line, whether one of the ``(start, end)`` runs holds it."""
    inside = [False] * len(state)
    for a, b in runs:
        for i in range(a, b):
            inside[i] = True
    return inside


def _paragraph_outside(state: State, inside: list[bool], zone_at: list[bool]) -> bool:
    """Whether a paragraph longer than any card (:data:`_CARD_MAX_WORDS`) stands outside
    the runs (``inside``) and the zones: a page of nothing but cards is a list, not a
    page with a list of other stories."""
    return any(state.cf[i] == "good" and state.words[i] > _CARD_MAX_WORDS and not inside[i]
               and not zone_at[i] for i in range(len(state)))


def _card_lists(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of three or more headline cards (see
    :func:`headline_card`) outside the zones, each summary at most :data:`_CARD_GAP` lines
    after the one before with only short lines between, when a paragraph longer than any
    summary stands outside them: the list of other stories in a page's menu or after its
    article, whose cards have neither a date nor a dateline. Subheaded sections of an
    article have paragraphs of several sentences; a page of nothing but cards is a list."""
    out = _summary_runs(state, zone_at, headline_card, _CARD_GAP)
    if not out:
        return []
    inside = _inside_runs(state, out)
    if not _paragraph_outside(state, inside, zone_at):
        return []
    # A list walled in by prose on both sides is the article's own (a product's features,
    # a review's items); other stories stand in a menu before the article or after it.
    return [(a, b) for a, b in out
            if not (_prose_near(state, a, -1, inside) and _prose_near(state, b - 1, 1, inside))
            and not _list_goes_on(state, a) and not _listed_before(state, a, b)]


def _listed_before(state: State, a: int, b: int) -> bool:
    """Whether two or more headlines of the card list from ``a`` to ``b`` stand on the
    page before it too: a table of contents over the article listed its own subheadings
    ("On This Page" / "What is ...?" / ... / the sections), while other stories' headlines
    come again, if at all, in a box further down ("Most Viewed"); a box's label ("Best
    Of") is no headline and may stand in the menu too."""
    short = {state.keys[i] for i in range(a, b)
             if not state.is_blank(i) and is_headline(state.lines[i])}
    seen = {state.keys[i] for i in range(a) if state.keys[i] in short}
    return len(seen) >= _CARD_LISTED


def _list_goes_on(state: State, a: int) -> bool:
    """Whether the article's text runs into the card list starting at line ``a``: a prose
    line is the text line before it, or the one before that behind a short line. Such a
    list began inside the article, at cards this reading missed (a game's report over 40
    words under its score, a byline between headline and summary), and is the article's
    own; other stories come after a menu line or a box's heading ("Latest Headlines")."""
    j: int | None = a
    for _ in range(2):
        j = state.text_neighbour(j, -1) if j is not None else None
        if j is None:
            return False
        if state.cf[j] in ("good", "near"):
            return True
        if state.words[j] > HEAD_MAX_WORDS:
            return False
    return False


def _prose_near(state: State, i: int, step: int, inside: list[bool]) -> bool:
    """Whether the article's prose goes on from line ``i`` in direction ``step``: a prose
    line outside the cards (``inside``) within :data:`_CARD_WALL` text lines, or further
    off with no menu line (a lexicon's navigation or a line repeated on the page) between:
    a menu between the cards and the prose sets the cards apart from the article."""
    j, k = i, 0
    while (nxt := state.text_neighbour(j, step)) is not None:
        j, k = nxt, k + 1
        if not inside[j] and state.cf[j] in ("good", "near"):
            return True
        if k >= _CARD_WALL and state.locked[j] and state.rules[j] in _MENU_RULES:
            return False
    return False


def _prose_since_age(state: State, start: int) -> float:
    """Words of prose between the last age or date line before ``start`` and ``start``."""
    total = 0.0
    for i in range(start - 1, -1, -1):
        if state.rules[i] == "bylines_dates" and is_age(state, i):
            break
        if state.cf[i] in ("good", "near"):
            total += state.words[i]
    return total


def _headline_offsets(state: State, a: int, b: int,
                      wrapped: bool = False) -> list[tuple[int, int]]:
    """``(lines before b, line)`` of each teaser headline between lines ``a`` and ``b``,
    blank lines not counted, nor on a ``wrapped`` page the lines that go on a block
    (``is_headline``: a forum's user name is shorter, "JC Says:" ends in a colon, a post's
    lines end their sentences)."""
    out: list[tuple[int, int]] = []
    back = 0
    for i in range(b - 1, a, -1):
        if state.is_blank(i):
            continue
        if wrapped and state.block[i] != i and state.block[i] > a:
            continue  # a wrapped line of a block: the block counts once, at its first line
        back += 1
        if state.locked[i] or state.cf[i] == "good":
            continue
        if is_headline(state.lines[i]):
            out.append((back, i))
    return out


# A card's "more" link glued to the end of its summary ("... the summary. Read more >"):
# the link phrase (a navigation phrase of up to this many words, ``nav.txt``: "read more",
# "mehr", "lire la suite") after the summary's last mark, the arrows, brackets and bars
# around it set aside.
_MORE_MAX_WORDS = 3
# The article's prose outside the cards (good or near lines) outweighs all of them this
# many times over: a page of nothing but such cards (a press office's index, a blog's
# front page) is a list to keep.
_MORE_OUTWEIGH = 1


def more_link_tail(state: State, i: int) -> str | None:
    """The key of the navigation phrase that line ``i`` ends in, glued after a summary of
    :data:`_GLUE_TAIL_WORDS` words or more that ends a sentence or is cut with an
    ellipsis ("... the port's new cranes. Read more >", "... die Vielfalt und Kompl ...
    mehr", "... sounds,… Read more Read more": the link printed twice), or set in brackets
    ("... in room 102 (more)"); None otherwise. Block rendering glues a teaser card's link
    onto its summary, so the card reads as a paragraph; inline rendering prints the link on
    a line of its own, where the lexicon finds it."""
    line = state.lines[i].rstrip()
    words = line.split()
    if len(words) <= _GLUE_TAIL_WORDS:
        return None
    table = state.lex.cruft
    # Pretest (most long lines are prose): a phrase the loop below can find ends in the
    # last word of the line's last few words' key, and every word of a phrase is one of
    # the table's words; without that word no phrase ends the line.
    if lexicon_key(" ".join(words[-_MORE_MAX_WORDS:])).rpartition(" ")[2] not in (
            table.exact_words):
        return None
    found = None
    while words:
        for n in range(_MORE_MAX_WORDS, 0, -1):
            key = lexicon_key(" ".join(words[-n:]))
            if (key and table.exact.get(key) == "nav"
                    and (found is None or key == found)
                    and len(words) - n >= _GLUE_TAIL_WORDS):
                found = key
                words = words[:-n]
                break
        else:
            break
    if found is None:
        return None
    head = " ".join(words)
    bracketed = head.rstrip()[-1:] in "([" or line[-1:] in ")]"
    head = head.rstrip(" |-:([")
    if bracketed or head[-1:] in TERMINAL:
        return found
    return found if head[-1:] in CLOSERS and head[-2:-1] in TERMINAL else None


def _more_link_lists(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of :data:`_GLUE_RUN` or more lines ending in the same
    glued more link (see :func:`more_link_tail`) outside the zones, each at most
    :data:`_CARD_GAP` lines after the one before with only short lines (the next card's
    headline, its date) between, when a paragraph longer than any card stands outside them,
    the page's prose outside them outweighs all of them (:data:`_MORE_OUTWEIGH`) and they
    do not run on from the article's prose (:func:`_list_goes_on`): a list of other stories
    after the article or in its sidebar. A page that is nothing but such cards (a blog's
    index, a press office's releases) keeps them; so does a list inside the text."""
    tails: dict[int, str] = {}
    for i in range(len(state)):
        if not (zone_at[i] or state.locked[i]) and (tail := more_link_tail(state, i)):
            tails[i] = tail
    if len(tails) < _GLUE_RUN:
        return []
    out = []
    for a, b in _collect_runs(tails, lambda a, b: b - a > _CARD_GAP or tails[a] != tails[b]
                              or any(state.words[j] > HEAD_MAX_WORDS for j in range(a + 1, b)),
                              _GLUE_RUN):
        head = state.text_neighbour(a, -1)
        out.append((head if head is not None and not zone_at[head]
                    and state.words[head] <= HEAD_MAX_WORDS and not state.locked[head] else a, b))
    inside = _inside_runs(state, out)
    if not _paragraph_outside(state, inside, zone_at):
        return []
    prose = sum(state.words[i] for i in range(len(state))
                if state.cf[i] in ("good", "near") and not inside[i] and not zone_at[i])
    if prose < _MORE_OUTWEIGH * sum(state.words[i] for i in range(len(state)) if inside[i]):
        return []
    return [(a, b) for a, b in out if not _list_goes_on(state, a)]


# A photo gallery's slide counter glued to its slide's title ("12/50 Rogue trader freed"):
# the slide's number, a slash, the gallery's size (at least :data:`_GLUE_RUN`), a title.
_SLIDE_RE = regex.compile(r"\s*(\d{1,3}) ?/ ?(\d{1,3}) (?=\p{L})")
# Lines from one slide's counter to the next: its title's caption and its credit.
_SLIDE_GAP = 5
# The page's prose before the gallery must reach this many words: a gallery printed after
# the article's text (a gallery page of captions alone keeps them, and a gallery in the
# page's header, over the headline, is left to the context pass, which reads the deck
# under the headline by its neighbours).
_SLIDE_PROSE = 150


def _gallery_runs(state: State, zone_at: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each photo gallery printed into the page: three or more lines
    that open with a slide counter glued to the slide's title (``_SLIDE_RE``), all with the
    same gallery size and rising slide numbers, each at most :data:`_SLIDE_GAP` lines
    after the one before, from the first counter to the last slide's caption (the text
    line after its counter). Block rendering glues the counter onto the title
    ("1/50 United goin down" over the caption), so the slides read as headings over
    paragraphs; a counter alone on its line ("1/4", inline rendering, a presentation's
    slides) is left to the other rules. The page's prose before the first gallery must
    reach :data:`_SLIDE_PROSE` words."""
    slides: dict[int, tuple[int, int]] = {}
    for i in range(len(state)):
        if zone_at[i] or state.locked[i]:
            continue
        m = _SLIDE_RE.match(state.lines[i])  # (no line stripped: most lines fail at once)
        if m is not None and _GLUE_RUN <= int(m.group(2)) and 0 < int(m.group(1)) <= int(
                m.group(2)):
            slides[i] = (int(m.group(1)), int(m.group(2)))
    if len(slides) < _GLUE_RUN:
        return []
    out = []
    for a, b in _collect_runs(slides, lambda a, b: b - a > _SLIDE_GAP
                              or slides[a][1] != slides[b][1] or slides[b][0] <= slides[a][0],
                              _GLUE_RUN):
        cap = state.text_neighbour(b - 1, 1)
        out.append((a, cap + 1 if cap is not None and cap not in slides
                    and cap - b < _SLIDE_GAP else b))
    prose = sum(state.words[i] for i in range(out[0][0]) if state.cf[i] in ("good", "near")
                and not zone_at[i]) if out else 0
    return out if prose >= _SLIDE_PROSE else []
