"""Context-free block classes in the spirit of jusText (Pomikálek 2011).

Each paragraph block gets a class from its own features: length (Latin-equivalent
characters, so CJK counts fairly), stop-word density from jusText's lists (or, for Chinese
and Japanese, the share of function characters), terminal punctuation, and separator
density. ``good`` blocks become article and ``bad`` blocks boilerplate; ``short`` and
``near`` blocks stay undecided for the context pass.
"""

from __future__ import annotations

from itertools import repeat
from typing import NamedTuple

import regex

from ..langdetect import block_language
from ..lexicon import stopwords
from ..render import join_parts
from ..state import State
from ..text import CJK_WEIGHT, EDGE_PUNCT, TERMINAL, TOKEN_RE, WORD_RE, cjk_count, ends_sentence
from ..types import Label

_SEPARATORS = "|»•·›"
_CJK_CLAUSE = "，、"
_CJK_PROSE_DENSITY = 0.35
# A clause break between two CJK characters ("新加坡，祖籍"); fixed width, no backtracking.
_CJK_CLAUSE_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}][，、][\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A news agency's dateline (``Lexicon.dateline_re``, agencies.txt) opens an agency story's
# first paragraph, whose own words may be few stop words (names, figures).
# Words a dateline's block needs to be the article's lead (a lone "BERLIN (dpa) -" is not).
_DATELINE_MIN_WORDS = 8
# Words of a finished sentence that may read as terse prose (see :func:`_terse`).
_TERSE_MIN_WORDS = 10
# The classes that leave a block undecided (:func:`cf_class`): too short to judge alone, or
# prose-like without a long text's weight. The context pass decides them by their
# neighbours; later passes may read again those it dropped for want of article neighbours.
UNDECIDED = frozenset({"short", "near"})


class BlockFeatures(NamedTuple):
    """What the classifier sees of one block (a named tuple: one is made for every block,
    and a tuple is built faster than a frozen dataclass)."""

    length: int
    words: int
    stop_density: float
    sentence: bool
    separators: int
    terse: bool = False


def blocks(state: State) -> list[list[int]]:
    """Line indices of each block of undecided lines, in order."""
    out: dict[int, list[int]] = {}
    block, labels, blank = state.block, state.labels, state.blank
    for i in range(len(state)):
        if labels[i] is None and not blank[i]:  # state.open(i), inlined: every line asks
            b = block[i]
            if b in out:
                out[b].append(i)
            else:
                out[b] = [i]
    return list(out.values())


def features(state: State, idx: list[int]) -> BlockFeatures:
    """Measure the block made of lines ``idx``, as it will be rendered (so that cleaning the
    output again measures the same paragraph)."""
    text = join_parts([state.lines[i] for i in idx])
    ncjk = cjk_count(text)
    sentence = ends_sentence(text)
    stop = state.lex.stop
    if ncjk * 2 > len(text) or _cjk_sentence(text, ncjk, sentence):
        fchars = state.lex.function_chars
        nf = sum(1 for c in text if c in fchars)
        density = min(1.0, 2.5 * nf / ncjk) if fchars else 0.0
        if sentence and any(c in text for c in _CJK_CLAUSE):
            # A finished sentence with a clause break ("，", "、") is prose in Chinese and
            # Japanese even when its function characters are few (news style is terse).
            density = max(density, _CJK_PROSE_DENSITY)
        nwords = ncjk // 2 + len(WORD_RE.findall(text))
    elif stop:
        # map() strips every word in C (a comprehension runs a bytecode loop a word)
        toks = list(map(str.strip, text.casefold().split(), repeat(EDGE_PUNCT)))
        nwords = len(toks)
        density = _count_in(toks, stop) / nwords if nwords else 0.0
        if density < state.params.stop_high and nwords >= 6 and state.lang != "xx":
            # A paragraph in another language than the page's is judged by its own stop words.
            other = block_language(text)
            if other is not None and other != state.lang:
                own = stopwords(other)
                density = max(density, _count_in(toks, own) / nwords)
    else:  # no stop list for this language: let punctuation stand in for prose
        nwords = len(text.split())
        density = 0.33 if sentence or text.count(",") >= 2 else 0.1
    # weighted_len(text), from the CJK count already taken
    length = len(text) + (CJK_WEIGHT - 1) * ncjk
    terse = (sentence and density < state.params.stop_low and not ncjk
             and _terse(text))  # asked only of the few finished sentences it may save
    return BlockFeatures(length, nwords, density, sentence, _separators(text), terse)


def _cjk_sentence(text: str, ncjk: int, sentence: bool) -> bool:
    """Whether ``text``, under half CJK characters, is still a Chinese or Japanese sentence
    that quotes Latin names and titles ("2019年在台北参与“Open Road Tomorrow”音乐计划，翻唱
    《Blue Morning Light》并收录于专辑。"): a finished sentence, a quarter of its characters
    CJK (each carries the weight of :data:`CJK_WEIGHT` Latin letters), with a clause break
    between two CJK characters (:data:`_CJK_CLAUSE_RE`). Split at its spaces, it would be
    read as a few long Latin "words" without a stop word among them. A mark between Latin
    names enumerates them ("Windows、macOS、Linux"), no clause of the sentence's own; a
    comment's chat line, its clauses broken by ASCII commas, keeps its own measure too."""
    return (sentence and ncjk * 4 > len(text)
            and _CJK_CLAUSE_RE.search(text) is not None)


def _terse(text: str) -> bool:
    """Whether finished sentence ``text`` reads as terse prose: marketing and summary copy
    that leaves out articles and pronouns ("Identify technical gaps, harden controls, and
    prepare your defenses for evolving adversary tactics."): :data:`_TERSE_MIN_WORDS` words
    or more, a comma between clauses, most words in lower case (a list of names or
    headlines is capitalised)."""
    toks = text.split()
    if len(toks) < _TERSE_MIN_WORDS or "," not in text:
        return False
    lower = sum(1 for t in toks if t[:1].islower())
    return lower * 3 >= len(toks) * 2


def _count_in(toks: list[str], words: frozenset[str]) -> int:
    """How many of ``toks`` are in ``words`` (a C-level loop: this runs for every block)."""
    return sum(map(words.__contains__, toks))


def _separators(text: str) -> int:
    """Number of menu separator characters in ``text``; of them only "|" is ASCII, so
    ASCII text needs one scan instead of five."""
    if text.isascii():
        return text.count("|")
    return sum(text.count(c) for c in _SEPARATORS)


def cf_class(f: BlockFeatures, state: State) -> tuple[str, str]:
    """``(class, reason)`` of a block from its features alone."""
    p = state.params
    if f.separators >= 3 and f.separators * 8 > f.words:
        return "bad", "menu-like: many separators"
    if f.length < p.length_low:
        return "short", f"short ({f.length} chars)"
    if f.stop_density >= p.stop_high:
        if f.length > p.length_high:
            return "good", f"long prose (stop words {f.stop_density:.2f})"
        return "near", f"prose-like (stop words {f.stop_density:.2f})"
    if f.stop_density >= p.stop_low:
        return "near", f"some stop words ({f.stop_density:.2f})"
    if f.sentence and f.length > 2 * p.length_high and f.stop_density >= p.stop_low / 2:
        return "near", f"long sentence, few stop words ({f.stop_density:.2f})"
    if f.terse and f.stop_density >= p.stop_low / 2:
        return "near", f"terse sentence, few stop words ({f.stop_density:.2f})"
    return "bad", f"few stop words ({f.stop_density:.2f})"


def _dateline_text(state: State, i: int) -> str:
    """Line ``i``, with the next line after it when line ``i`` ends in the agency's
    closing bracket and the next opens with a dash: inline rendering cuts the dateline
    from its sentence at the agency's link ("ST. JOSEPH, Mich. (AP)" / "— Michigan health
    authorities ..."), which block rendering prints on one line."""
    line = state.lines[i]
    if i + 1 < len(state.lines) and line.rstrip().endswith(")"):
        nxt = state.lines[i + 1].lstrip()
        if nxt[:1] in ("-", "—", "–"):
            return line.rstrip() + " " + nxt
    return line


def _dateline_lead(state: State) -> int | None:
    """The line that opens the page's one agency story with its dateline ("ST. JOSEPH,
    Mich. (AP) — Michigan health authorities ..."), or ``None``. Only when no other line
    opens with a different dateline: a news feed's teasers each open with one ("Mallorca
    (dpa) - ...", "London (dpa) - ..."), and none of them is the article's lead."""
    found: int | None = None
    for i, line in enumerate(state.lines):
        if line[:1].isupper() and "(" in line[:50] and state.lex.dateline_re.match(
                _dateline_text(state, i)):
            if found is not None and state.keys[found] != state.keys[i]:
                return None
            if found is None:
                found = i
    return found if found is not None and state.labels[found] is None else None


def _poor_sentence(state: State, f: BlockFeatures, min_words: int) -> bool:
    """Whether a block is a finished sentence of ``min_words`` words or more with at least
    half the stop words prose needs: too few to be prose alone, enough for a sentence whose
    neighbours may tell (see :func:`_lead_sentence`, :func:`_sentence_after_prose`)."""
    return f.sentence and f.words >= min_words and f.stop_density >= state.params.stop_low / 2


def _lead_sentence(state: State, f: BlockFeatures, idx: list[int], nxt: list[int] | None,
                   nxt_cls: str) -> bool:
    """Whether a block of few stop words is a paragraph's first sentence that inline
    rendering set apart (bold, or ended by a link: "AgileBits hat Version 5.3 seines
    bekannten Passwortmanagers 1Password für OS X freigegeben." / "Mit dem Update wird
    ..."): a finished sentence of :data:`_LEAD_MIN_WORDS` words or more, with at least
    half the stop words prose needs, right before long prose (the next text line; a blank
    line may stand between, as in the cleaned text, which must read the same). Alone it
    is too short for its stop words to tell prose."""
    if nxt is None or nxt_cls != "good" or not _poor_sentence(state, f, _LEAD_MIN_WORDS):
        return False
    return state.text_neighbour(idx[-1], 1) == nxt[0]


# Words of a finished sentence that may be a paragraph's first, set apart by the rendering.
_LEAD_MIN_WORDS = 8

# Words of a stop-word-poor report paragraph that goes on after prose (a shorter one is
# as often a promo or a disclosure: "This post may contain affiliate links. ...").
_REPORT_MIN_WORDS = 20


def _sentence_after_prose(state: State, f: BlockFeatures, idx: list[int],
                          prv: list[int] | None, prv_cls: str) -> bool:
    """Whether a block of few stop words is a paragraph of the article's own report, full
    of names and figures ("The Group E victory came after Mikhail Kukushkin and Alexander
    Bublik defeated Robin Haase and Jean-Julien Rojer 6-4, 7-6 (2).", a results story's
    round-up): a finished sentence of :data:`_REPORT_MIN_WORDS` words or more, with at
    least half the stop words prose needs, right after prose (the previous text line ends
    a good or near-good block), not opening with a bracket (a reporting credit,
    "(Reporting by ..., editing by ...)"). Near-good only: the context pass decides."""
    if (prv is None or prv_cls not in ("good", "near")
            or not _poor_sentence(state, f, _REPORT_MIN_WORDS)
            or state.lines[idx[0]].lstrip()[:1] in "([{"):
        return False
    return state.text_neighbour(idx[0], -1) == prv[-1]


# Source credits a link digest needs in a row to be the article (two are a pair of share
# links, "Via RSS" / "Via Email").
_DIGEST_MIN_ENTRIES = 3
# Words of a digest's source credit ("via heise online News https://www.heise.de/").
_DIGEST_CREDIT_MAX_WORDS = 6
# Words of any line of a digest: a headline, a site's address; not a teaser's prose (a
# blogroll widget gives each feed item an excerpt before its "via <blog>").
_DIGEST_LINE_MAX_WORDS = 20
# Text lines an entry may hold before its source credit: the headline, its site.
_DIGEST_ENTRY_MAX_LINES = 3


def _via_credit(state: State, i: int) -> bool:
    """Whether line ``i`` credits a linked item's source: a word of ``via.txt`` ("via")
    opening a line of at most :data:`_DIGEST_CREDIT_MAX_WORDS` words."""
    toks = state.lines[i].split()
    return (1 <= len(toks) <= _DIGEST_CREDIT_MAX_WORDS
            and toks[0].casefold() in state.lex.via_words)


def _digest_runs(state: State) -> list[tuple[int, int]]:
    """``(first, last)`` lines of each link digest on the page: a post that is a list of
    linked headlines, each followed by its source ("Gewalt im Netz – Schuldzuweisung statt
    Opferschutz" / "via netzpolitik.org", what a bookmarking service posts to a blog).
    :data:`_DIGEST_MIN_ENTRIES` source credits or more in a row, each after one to
    :data:`_DIGEST_ENTRY_MAX_LINES` short text lines that are no credit (its headline);
    an address line may follow a credit. Its headlines and credits hold few stop words,
    so alone they read as a menu; in a row under their credits they are the post."""
    runs: list[tuple[int, int]] = []
    firsts = {w[:1] for w in state.lex.via_words}
    if sum(1 for i, line in enumerate(state.lines) if line.lstrip()[:1].casefold() in firsts
           and _via_credit(state, i)) < _DIGEST_MIN_ENTRIES:
        return runs  # (the cheap test first: most pages hold no credit line at all)
    first = last = -1
    entries = 0
    since: list[int] = []  # text lines since the last credit (or the run's start)
    for i in range(len(state.lines)):
        if state.blank[i]:
            continue
        if len(state.lines[i].split()) > _DIGEST_LINE_MAX_WORDS:
            if entries >= _DIGEST_MIN_ENTRIES:
                runs.append((first, last))
            first, entries, since = -1, 0, []
            continue
        if not _via_credit(state, i):
            since.append(i)
            continue
        head = [j for j in since if not state.lines[j].lstrip().startswith("http")]
        if entries and len(since) - len(head) <= 1 and 1 <= len(head) <= _DIGEST_ENTRY_MAX_LINES:
            entries, last = entries + 1, i
        else:
            if entries >= _DIGEST_MIN_ENTRIES:
                runs.append((first, last))
            # the first entry starts at its headline: what comes before may be the menu
            first, entries, last = (head[-1], 1, i) if head else (-1, 0, -1)
        since = []
    if entries >= _DIGEST_MIN_ENTRIES:
        runs.append((first, last))
    return runs


# A list of short items: at least this many lines, three in four of them of at most
# :data:`_ITEM_MAX_WORDS` words, half of them or more of at least :data:`_ITEM_MIN_WORDS`
# words (a menu's link labels have one or two: "books" / "community" / "blog").
_ITEM_MIN_LINES = 3
_ITEM_MAX_WORDS = 8
_ITEM_MIN_WORDS = 3
# Characters besides letters and digits an item may open with: a list's bullets.
_ITEM_BULLETS = "-•*–"


def _item_list(state: State, f: BlockFeatures, idx: list[int]) -> bool:
    """Whether the stop-word-poor block of lines ``idx`` is a list of short items that the
    context pass should judge rather than this pass drop: a style guide's rules or a
    spec's notes one a line (``emphasis in italic type`` / ``long quotations indented
    1 cm`` / ...), terse by nature, whose stop words fall short of prose's however
    well they belong to the article. It needs two thirds of the near-good density; a
    paragraph broken at its links (a line opening with ``,`` or ``.``, neither a letter,
    a digit nor a bullet) is judged as the paragraph it is, and a menu or a box of teasers
    and buttons (``related articles`` / ``play`` / ``play``), whose lines mostly hold
    one or two words, stays dropped."""
    if len(idx) < _ITEM_MIN_LINES or f.stop_density * 3 < state.params.stop_low * 2:
        return False
    heads = (state.lines[i].strip()[:1] for i in idx)
    if any(not h.isalnum() and h not in _ITEM_BULLETS for h in heads):
        return False
    counts = [len(state.lines[i].split()) for i in idx]
    if 2 * sum(1 for c in counts if c >= _ITEM_MIN_WORDS) < len(counts):
        return False
    return 4 * sum(1 for c in counts if c <= _ITEM_MAX_WORDS) >= 3 * len(counts)


# Characters of a heading line that may still be a subheading rather than a paragraph.
_HEADING_MAX_CHARS = 120
# Words a long heading needs (a product's name and its price are fewer).
_HEADING_MIN_WORDS = 6


def _long_heading(state: State, f: BlockFeatures, idx: list[int]) -> bool:
    """Whether the stop-word-poor block ``idx`` is one heading too long to count as short
    ("Deputy Tom Berg takes charge of planning, budgets, harbour operations and logistics"):
    one line of at most :data:`_HEADING_MAX_CHARS` characters and :data:`_HEADING_MIN_WORDS`
    words or more, capitalised, no final stop, half the stop words a near-good block needs
    (a headline leaves out articles). Only over the article's start does it go to the context
    pass (:func:`_deck_over_lead`): between two paragraphs such a line is as often another
    story's headline in a teaser box as a subheading."""
    if len(idx) != 1 or f.words < _HEADING_MIN_WORDS or f.stop_density * 2 < state.params.stop_low:
        return False
    t = state.lines[idx[0]].strip()
    return len(t) <= _HEADING_MAX_CHARS and _heading_line(t)


# A breadcrumb's separators, spaced ("Home > News > ...", "Home / Blog"), that
# :data:`_SEPARATORS` leaves out (a slash or an angle bracket alone is no menu's).
_CRUMB_SEPS = (" > ", " / ")


def _heading_line(line: str) -> bool:
    """Whether ``line`` reads as a heading: capitalised, no final stop, comma or colon, no
    menu separator or breadcrumb ("Previous | Next" is a pager, "Home > News > ..." a
    trail), words rather than figures (a date line, "Updated on: May 3, 2024 08:00", is
    metadata)."""
    t = line.strip()
    if not (t[:1].isupper() and t[-1] not in TERMINAL and t[-1] not in ",:;"):
        return False
    if _separators(t) or any(sep in t for sep in _CRUMB_SEPS):
        return False
    toks = TOKEN_RE.findall(t)
    return 3 * sum(1 for w in toks if w.isdigit()) < len(toks)


def _deck_over_lead(state: State, todo: list[list[int]], classes: list[tuple[str, str]],
                    k: int, f: BlockFeatures, first_good: int) -> bool:
    """Whether block ``todo[k]`` is a long heading (:func:`_long_heading`) right over the
    page's first long prose (past the story's byline and date, :func:`_past_meta`), or over
    one short heading line that stands right over it: a
    news story's deck, the headline's second and third lines ("Deputy Tom Berg takes charge
    of planning, budgets, harbour operations and logistics" / "Lopez gets contract until
    2030" / text). Alone it reads as a teaser's headline; no article text may stand above
    it (a teaser list's headline over another teaser is not the deck), and the short line
    between reads as a heading without a colon (a pager, "Previous | Next", is none, nor a
    meta line, "Written by: Jane Doe")."""
    idx = todo[k]
    if not _long_heading(state, f, idx):
        return False
    nxt = k + 1
    if nxt < len(todo) and classes[nxt][0] == "short" and len(todo[nxt]) == 1 and (
            state.text_neighbour(idx[-1], 1) == todo[nxt][0]
            and ":" not in state.lines[todo[nxt][0]]
            and _heading_line(state.lines[todo[nxt][0]])):
        idx, nxt = todo[nxt], nxt + 1
    if nxt >= len(todo) or classes[nxt][0] != "good":
        return False
    if _past_meta(state, idx[-1]) != todo[nxt][0]:
        return False
    return k < first_good


# Rules whose lines may stand between a deck and its text: the story's byline and date,
# and the separators between them ("By Jane Doe" / "|" / "3 days ago").
_META_RULES = frozenset({"bylines_dates", "symbol_lines"})
# Such lines a deck may stand over (a meta bar is a few lines; a dated list is longer).
_META_MAX_LINES = 4


def _past_meta(state: State, i: int) -> int | None:
    """The first text line after line ``i`` past up to :data:`_META_MAX_LINES` lines of a
    story's byline, date and separators (decided before this pass), or ``None``: news pages
    print headline / deck / byline / date / text."""
    j = state.text_neighbour(i, 1)
    n = 0
    while j is not None and state.rules[j] in _META_RULES and n < _META_MAX_LINES:
        j = state.text_neighbour(j, 1)
        n += 1
    return j


def _record(state: State, idx: list[int], cls: str, reason: str) -> None:
    """Note a block's context-free class on its lines; decide the good and the bad (the
    near and short stay open for the context pass)."""
    for i in idx:
        state.cf[i] = cls
        if cls == "good":
            state.decide(i, Label.ARTICLE, reason)
        elif cls == "bad":
            state.decide(i, Label.BOILERPLATE, reason)


def split_block(state: State, at: int) -> None:
    """Make line ``at`` and the rest of its block a block of their own, measured and classed
    anew (good and bad decided, as :func:`classify` does).

    A rule that drops a block's first line alone (a zone opener refused as too early,
    ``Related Articles`` joined to ``0`` / ``announced that``) leaves the rest of the block
    undecided under a head that is decided; the context pass would then never judge it and
    it would be kept by default, while in the output, where the dropped line is gone, it is
    a paragraph of its own that the context pass judges. Splitting it off here judges it the
    same way in both passes."""
    head = state.block[at]
    if head == at:
        return
    end = state.block_end(at)
    for j in range(at, end):
        state.block[j] = at
    idx = [j for j in range(at, end) if state.open(j)]
    if not idx:
        return
    _record(state, idx, *cf_class(features(state, idx), state))


def classify(state: State) -> None:
    """Give each undecided block its context-free class; decide the good and the bad."""
    lead = _dateline_lead(state)
    todo = blocks(state)
    measured = [features(state, idx) for idx in todo]
    classes = [cf_class(f, state) for f in measured]
    first_good = next((k for k, (c, _) in enumerate(classes) if c == "good"), len(todo))
    for k, (idx, f) in enumerate(zip(todo, measured, strict=True)):
        cls, reason = classes[k]
        if idx[0] == lead and cls != "good" and f.words >= _DATELINE_MIN_WORDS:
            cls, reason = "good", "agency dateline lead"
        elif cls == "bad" and not f.separators and _lead_sentence(
                state, f, idx, todo[k + 1] if k + 1 < len(todo) else None,
                classes[k + 1][0] if k + 1 < len(todo) else ""):
            cls, reason = "near", f"first sentence before prose ({f.stop_density:.2f})"
        elif cls == "bad" and not f.separators and _sentence_after_prose(
                state, f, idx, todo[k - 1] if k else None, classes[k - 1][0] if k else ""):
            cls, reason = "near", f"sentence after prose ({f.stop_density:.2f})"
        elif cls == "bad" and not f.separators and _item_list(state, f, idx):
            cls, reason = "near", f"list of short items ({f.stop_density:.2f})"
        elif cls == "bad" and not f.separators and _deck_over_lead(
                state, todo, classes, k, f, first_good):
            cls, reason = "near", f"deck over the first paragraph ({f.stop_density:.2f})"
        _record(state, idx, cls, reason)
    for first, last in _digest_runs(state):
        _keep_digest(state, first, last)


def _keep_digest(state: State, first: int, last: int) -> None:
    """Make the lines of a link digest (:func:`_digest_runs`) from ``first`` to ``last``
    article, and the address lines right after its last credit: those that this pass
    found stop-word-poor or left open (a verdict of an earlier rule stands)."""
    end = last + 1
    while end < len(state.lines) and (state.blank[end]
                                      or state.lines[end].lstrip().startswith("http")):
        end += 1
    for i in range(first, end):
        if state.blank[i]:
            continue
        if state.labels[i] is None or (state.labels[i] is Label.BOILERPLATE
                                       and state.rules[i] == state.current_rule):
            state.cf[i] = "good"
            state.decide(i, Label.ARTICLE, "link digest: headline and its source")
