"""Structure rules: blank lines, symbol-only lines, lines repeated on the page."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable

import regex

from ..state import State
from ..text import WRAP_SLACK
from ..types import Label
from .blocks import wrapped_paragraphs


def blank_lines(state: State) -> None:
    """Label empty lines boilerplate (they separate blocks; they are never output)."""
    for i, blank in enumerate(state.blank):
        if blank:
            state.decide(i, Label.BOILERPLATE, "blank line", lock=True)


def symbol_lines(state: State) -> None:
    """Lines with no letter at all ("|", "»", "12", "•••") are separators or counters."""
    for i, line in enumerate(state.lines):
        if state.labels[i] is None and not state.blank[i]:
            if not any(map(str.isalpha, line)):
                state.decide(i, Label.BOILERPLATE, "no letters: separator or counter", lock=True)
    _gallery_counters(state)


# A photo gallery's counter cut at its links ("2" / "of" / "4"): a number, one short word
# in lower case (any language's "of", "von", "sur", "de"), a number not below the first.
_COUNTER_NUMBER_RE = regex.compile(r"\d{1,3}")
_COUNTER_WORD_RE = regex.compile(r"\p{Ll}{2,4}")
# Counters of one total a gallery prints at least ("1 of 4", "2 of 4"): a lone "7 von 8"
# is a rating, "200 to 302" a range.
_GALLERY_MIN_COUNTERS = 2
# Words the caption after a counter has at most (an article's paragraph has more).
_COUNTER_CAPTION_MAX_WORDS = 50


def _gallery_counters(state: State) -> None:
    """Gallery counters cut into three lines ("2" / "of" / "4") and the caption right
    after each are the gallery's, not the article's: inline rendering breaks a counter at
    its links, so its word stands alone (and ``gaps`` would keep it between captions) and
    the caption, a long sentence, reads as prose. A counter counts when the page prints two
    or more with the same word and total; the caption starts with a capital. Locked; only
    undecided lines."""
    found: dict[tuple[str, str], list[int]] = {}
    for i, line in enumerate(state.lines):
        word = line.strip()
        if not _COUNTER_WORD_RE.fullmatch(word) or not state.open(i):
            continue
        before, after = state.text_neighbour(i, -1), state.text_neighbour(i, 1)
        if before is None or after is None:
            continue
        first, last = state.lines[before].strip(), state.lines[after].strip()
        if (_COUNTER_NUMBER_RE.fullmatch(first) and _COUNTER_NUMBER_RE.fullmatch(last)
                and int(first) <= int(last)):
            found.setdefault((word, last), []).append(i)
    for counters in found.values():
        if len(counters) < _GALLERY_MIN_COUNTERS:
            continue
        for i in counters:
            state.decide(i, Label.BOILERPLATE, "gallery counter", lock=True)
            after = state.text_neighbour(i, 1)
            caption = None if after is None else state.text_neighbour(after, 1)
            if (caption is not None and state.open(caption)
                    and state.lines[caption].lstrip()[:1].isupper()
                    and state.words[caption] <= _COUNTER_CAPTION_MAX_WORDS):
                state.decide(caption, Label.BOILERPLATE, "caption after a gallery counter",
                             lock=True)


# The reason of a line printed twice whose two copies have no neighbour in common
# (:func:`_lone_pairs`); ``context`` keeps such a copy between two paragraphs.
LONE_COPY = "short line repeated 2x on page, each copy alone"


def _lone_pairs(keys: list[str], twice: set[str]) -> set[str]:
    """The keys of ``twice`` (lines printed exactly twice) whose two copies share no
    neighbour: the nearest line with letters above one copy is not the one above the
    other, nor are the lines below alike.

    A menu printed twice keeps its items in the same order, so each copy of an item has
    the item before or after it beside it again; a section heading that a sidebar or a
    box of contents lists too has the box's next entry beside one copy and a paragraph
    beside the other."""
    if not twice:
        return twice  # (no short line printed exactly twice: nothing to compare)
    keyed = [i for i, k in enumerate(keys) if k]
    seen: dict[str, set[tuple[int, str]]] = {}
    shared: set[str] = set()
    for n, i in enumerate(keyed):
        key = keys[i]
        if key not in twice:
            continue
        here = {(-1, keys[keyed[n - 1]] if n else ""),
                (1, keys[keyed[n + 1]] if n + 1 < len(keyed) else "")}
        have = seen.setdefault(key, set())
        if here & have:
            shared.add(key)
        have |= here
    return twice - shared


def repeated_lines(state: State) -> None:
    """A short line seen twice or more on one page is a menu or widget item.

    Real paragraphs do not repeat; navigation is often rendered twice (header and footer,
    desktop and mobile menus). Only lines of at most six words count, so a refrain quoted
    in an article stays; the verdict is not locked, so context may still keep it. A line
    printed exactly twice whose copies share no neighbour (:func:`_lone_pairs`) gets its
    own reason, :data:`LONE_COPY`, which ``context`` reads.
    """
    short = [bool(k) and state.words[i] <= 6 for i, k in enumerate(state.keys)]
    counts = Counter(k for i, k in enumerate(state.keys) if short[i])
    lone = _lone_pairs(state.keys, {k for k, n in counts.items() if n == 2})
    for i, key in enumerate(state.keys):
        if short[i] and counts[key] > 1 and state.labels[i] is None:
            state.decide(i, Label.BOILERPLATE, LONE_COPY if key in lone
                         else f"short line repeated {counts[key]}x on page")
    _gallery_captions(state)


# Words a line needs to count as a caption printed again (shorter lines are headlines and
# labels, which ``repeated_lines`` judges above).
_CAPTION_MIN_WORDS = 8
# Text lines on either side of a copy that may hold the photo credit it captions.
_CAPTION_REACH = 2


def _near(blank: list[bool], i: int, test: Callable[[int], bool]) -> bool:
    """Whether one of the :data:`_CAPTION_REACH` text units on either side of unit ``i``
    (``blank``: which units are blank lines) passes ``test``."""
    for step in (-1, 1):
        seen, j = 0, i + step
        while 0 <= j < len(blank) and seen < _CAPTION_REACH:
            if not blank[j]:
                if test(j):
                    return True
                seen += 1
            j += step
    return False


def _caption_units(n: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``n`` lines of a hard-wrapped page as ``(start, end)`` units for
    :func:`_gallery_captions`: one line each, except that a paragraph cut at the wrap
    (``spans``, :func:`~cleanpage.rules.blocks.wrapped_paragraphs`) is one unit, as its one
    line is unwrapped (a caption over four lines and its copy cut short for a "... more"
    toggle share their first lines only, and no line of either is printed twice whole)."""
    out: list[tuple[int, int]] = []
    i = 0
    for start, end in spans:
        out += [(j, j + 1) for j in range(i, start)]
        out.append((start, end))
        i = end
    out += [(j, j + 1) for j in range(i, n)]
    return out


def _gallery_captions(state: State) -> None:
    """A long line printed twice or more, every copy beside a photo credit or another
    copy, is a photo gallery's caption.

    Galleries print each caption with the slide and again in the slide show or its
    thumbnails ("U.S. Defense Secretary Mark Esper, left, and ... Photo: Hau Dinh, AP");
    as a sentence it reads as long prose, and four copies of it outweigh a short article.
    The slide show may print the caption cut short for a "... more" toggle (its first
    eight words or more, a prefix of the whole): such a cut copy stands beside the whole
    ones like a copy, and a credit beside it counts for them. An article's paragraph quoted
    again in a highlights box stands, at least once, among the other paragraphs, not
    beside a credit, and stays. Marked *inline*: a caption sits
    between paragraphs without ending the article. On a hard-wrapped page a paragraph cut
    at the wrap counts as one line (:func:`_caption_units`).
    """
    spans = wrapped_paragraphs(state.lines, state.wrap, state.filled)
    if spans:
        units = _caption_units(len(state), spans)
        keys = [state.keys[s] if e == s + 1 else " ".join(k for k in state.keys[s:e] if k)
                for s, e in units]
        words = [sum(state.words[s:e]) for s, e in units]
        blank = [all(state.blank[s:e]) for s, e in units]
    else:  # (most pages: a unit is a line, and the state's lists serve as they are)
        units = []
        keys, words, blank = state.keys, state.words, state.blank
    counts = Counter(k for u, k in enumerate(keys) if k and words[u] >= _CAPTION_MIN_WORDS)
    twice = {k for k, n in counts.items() if n > 1}
    if not twice:
        return
    units = units or [(i, i + 1) for i in range(len(state))]
    where: dict[str, list[int]] = {}
    for u, k in enumerate(keys):
        if k in twice:
            where.setdefault(k, []).append(u)

    def credit(u: int) -> bool:
        return state.reasons[units[u][0]] == "photo credit"

    for key, idx in where.items():
        def cut(u: int, key: str = key) -> bool:
            # The caption cut short for a "... more" toggle: its first words, 8 or more.
            return (keys[u] != key and words[u] >= _CAPTION_MIN_WORDS
                    and key.startswith(keys[u]))

        def credited(u: int) -> bool:
            return credit(u) or (cut(u) and _near(blank, u, credit))

        if not any(_near(blank, u, credited) for u in idx):
            continue
        def beside(u: int, key: str = key) -> bool:
            return credit(u) or keys[u] == key or cut(u)

        if all(_near(blank, u, beside) for u in idx):
            for u in idx:
                for i in range(*units[u]):
                    if state.decide(i, Label.BOILERPLATE,
                                    f"gallery caption printed {len(idx)}x", lock=True):
                        state.inline[i] = True


# A block must hold this many key words to count as a copy of the article: short
# paragraphs (a refrain, "Thank you.") may repeat on purpose; long ones do not.
_COPY_MIN_WORDS = 12
# The first words of a block that find the earlier block it may copy.
_COPY_HEAD_WORDS = 8
# How many earlier blocks, whole and in order, a copy must run together.
_COPY_MIN_BLOCKS = 4


def _article_blocks(state: State) -> list[tuple[int, int]]:
    """``(start, end)`` of each block whose lines are all article, in page order."""
    out: list[tuple[int, int]] = []
    start, whole = 0, False
    article = Label.ARTICLE
    for i, (b, lb) in enumerate(zip(state.block, state.labels, strict=True)):
        if b != state.block[start]:  # a new block starts at i
            if whole:
                out.append((start, i))
            start, whole = i, lb is article
        elif i == start:
            whole = lb is article
        else:
            whole = whole and lb is article
    if whole and len(state):
        out.append((start, len(state)))
    return out


def _head(state: State, start: int, end: int) -> str:
    """The first :data:`_COPY_HEAD_WORDS` words of a block's key (from as few of its lines
    as hold them: the whole key is built only for a block that may be a copy)."""
    words: list[str] = []
    for j in range(start, end):
        words += state.keys[j].split()
        if len(words) >= _COPY_HEAD_WORDS:
            break
    return " ".join(words[:_COPY_HEAD_WORDS])


def _runs_together(key: str, key_of: Callable[[int], str], m: int, n: int) -> bool:
    """Whether ``key`` is the keys of blocks ``m``, ``m + 1``, ... (before ``n``) run
    together, at least :data:`_COPY_MIN_BLOCKS` of them whole (the last may be cut short:
    "... the company said ..."). Compares in place, and every block it takes consumes
    ``key``: linear in ``key``."""
    pos, whole = 0, 0
    while m < n and pos < len(key):
        k = key_of(m)
        end = pos + len(k)
        if key.startswith(k, pos) and key[end:end + 1] in ("", " "):
            pos, whole, m = end + 1, whole + 1, m + 1
        else:
            return whole >= _COPY_MIN_BLOCKS and k.startswith(key[pos:])
    return whole >= _COPY_MIN_BLOCKS and pos >= len(key)


# Page metadata rendered as text: a bare ISO timestamp ("2019-11-19T08:57:40+01:00") or a
# bare web address (an og:image). No nested quantifier: linear.
_META_RE = regex.compile(
    r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?$"
    r"|^https?://\S+$", regex.I)
# How many lines before a copy may hold the metadata line that sets it off.
_META_WINDOW = 6


def _after_metadata(state: State, start: int) -> bool:
    """Whether one of the :data:`_META_WINDOW` non-blank lines before ``start`` is page
    metadata (a bare ISO timestamp or web address): the rendered ``<meta>`` or JSON-LD
    fields that a second copy of the article's text comes with."""
    seen, j = 0, start - 1
    while j >= 0 and seen < _META_WINDOW:
        if not state.blank[j]:
            if _META_RE.match(state.lines[j].strip()):
                return True
            seen += 1
        j -= 1
    return False


def _copied_run(state: State, blocks: list[tuple[int, int]], key_of: Callable[[int], str],
                m: int, n: int) -> list[tuple[int, int]]:
    """The blocks ``n``, ``n + 1``, ... that copy the words of blocks ``m``, ``m + 1``, ...
    (before ``n``) in order, block breaks aside, when page metadata stands right before
    block ``n`` and the copy holds :data:`_COPY_MIN_BLOCKS` earlier blocks whole; else ``[]``.

    Inline rendering cuts a copy in the page's metadata where its markup had breaks, not
    where the article's paragraphs end, so it is compared as a stream of words. An article
    printed twice on its own has no metadata before its second printing and stays (golds
    keep it). Linear: each word is compared once."""
    if not _after_metadata(state, blocks[n][0]):
        return []
    orig: list[str] = []  # the words of blocks m, m + 1, ..., taken as the copy needs them
    ends: list[int] = []  # the length of ``orig`` after each block taken
    nxt, pos = m, 0
    out: list[tuple[int, int]] = []
    for k in range(n, len(blocks)):
        words = key_of(k).split()
        while len(orig) < pos + len(words) and nxt < n:
            orig += key_of(nxt).split()
            ends.append(len(orig))
            nxt += 1
        if orig[pos:pos + len(words)] != words:
            break
        pos += len(words)
        out.append(blocks[k])
    whole = bisect.bisect_right(ends, pos)
    return out if whole >= _COPY_MIN_BLOCKS else []


def _filled_runs(state: State, blocks: list[tuple[int, int]]) -> dict[int, int]:
    """On a hard-wrapped page, the runs of article blocks that are one line of the page
    cut at the wrap: from block ``n`` to the block before the value, each block right
    under the one before (no blank line between) whose last line is full (within
    ``WRAP_SLACK`` columns of the width). Only runs of two blocks or more.

    A copy of the article in the page's metadata is one long line; wrapped, it fills every
    line, and ``join_fragments`` parts it into blocks wherever a full line happens to end
    a sentence, so its blocks start where no paragraph of the article starts."""
    full = (state.wrap or 0) - WRAP_SLACK
    out: dict[int, int] = {}
    n = 0
    while n < len(blocks):
        k = n + 1
        while (k < len(blocks) and blocks[k][0] == blocks[k - 1][1]
               and len(state.lines[blocks[k - 1][1] - 1].rstrip()) >= full):
            k += 1
        if k > n + 1:
            out[n] = k
        n = k
    return out


class _WordStream:
    """The words of the article blocks seen so far, in page order, with where each run of
    :data:`_COPY_HEAD_WORDS` words first stands, to find a wrapped copy
    (:func:`_filled_runs`) that starts inside a block. Grows by one block at a time:
    linear in the page's words."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.owner: list[int] = []  # the block each word comes from
        self.at: dict[tuple[str, ...], int] = {}

    def add(self, words: list[str], block: int) -> None:
        """Append the words of article block ``block``."""
        self.words += words
        self.owner += [block] * len(words)
        h = _COPY_HEAD_WORDS
        for p in range(max(0, len(self.words) - len(words) - h + 1), len(self.words) - h + 1):
            self.at.setdefault(tuple(self.words[p:p + h]), p)

    def copies(self, words: list[str], starts: set[int]) -> bool:
        """Whether ``words`` (a run of lines, each starting at an index of ``starts``) are
        words seen already, in order, that run :data:`_COPY_MIN_BLOCKS` blocks or more
        together: the first and the last may be cut (the copy of a caption's block starts
        at its second sentence), and three of the blocks at least end inside a line of
        the run, not at its end. A section printed twice (a course's description in a
        catalogue under each date) keeps its paragraphs apart, each starting its line;
        only a copy on one line runs them together."""
        p = self.at.get(tuple(words[:_COPY_HEAD_WORDS]))
        if p is None or len(words) < _COPY_MIN_WORDS:
            return False
        if self.words[p:p + len(words)] != words:
            return False
        owner = self.owner
        inside = sum(owner[p + k] != owner[p + k - 1] and k not in starts
                     for k in range(1, len(words)))
        return inside >= _COPY_MIN_BLOCKS - 1


def copies(state: State) -> None:
    """A long article block that repeats earlier article text is a copy, not more article.

    Pages put the article's text into their metadata too (a JSON-LD ``articleBody`` or a
    description), and text renderings show it as one long line after the article: "First
    paragraph. Second paragraph. Third ...". A block is such a copy when its words are
    those of four or more earlier article blocks, whole and in order (the last may be cut
    short). Right after page metadata (a bare timestamp or image address) the copy may
    come cut anew, in several blocks: see :func:`_copied_run`. A paragraph that merely
    repeats is left alone: golds keep an article printed twice, and an FAQ answer may
    repeat its question's paragraph.
    """
    blocks = _article_blocks(state)
    keys: dict[int, str] = {}  # position in ``blocks`` -> whole key, built when needed

    def key_of(m: int) -> str:
        if m not in keys:
            a, b = blocks[m]
            keys[m] = " ".join(k for k in state.keys[a:b] if k)
        return keys[m]

    head: dict[str, int] = {}  # first words -> position in ``blocks``
    done = 0  # blocks before this one are part of a copy already found
    stream = _WordStream() if state.wrap is not None else None
    runs = _filled_runs(state, blocks) if stream is not None else {}
    for n, (start, end) in enumerate(blocks):
        if stream is not None and n > 0:
            stream.add(key_of(n - 1).split(), n - 1)
        if n < done:
            continue
        if stream is not None and n in runs:
            last = runs[n]
            words: list[str] = []
            starts: set[int] = set()  # where each line of the run starts in ``words``
            for j in range(start, blocks[last - 1][1]):
                starts.add(len(words))
                words += state.keys[j].split()
            if stream.copies(words, starts):
                reason = f"copy of the article text, wrapped ({blocks[last - 1][1] - start} lines)"
                for a, b in blocks[n:last]:
                    for j in range(a, b):
                        state.decide(j, Label.BOILERPLATE, reason, lock=True)
                done = last
                continue
        first = _head(state, start, end)
        if first.count(" ") < _COPY_HEAD_WORDS - 1:
            continue
        m = head.get(first)
        if m is not None:
            key = key_of(n)
            if key.count(" ") >= _COPY_MIN_WORDS and _runs_together(key, key_of, m, n):
                run, how = [(start, end)], ""
            else:
                run, how = _copied_run(state, blocks, key_of, m, n), ", after page metadata"
            if run:
                reason = f"copy of the article text at line {blocks[m][0] + 1}{how}"
                for a, b in run:
                    for j in range(a, b):
                        state.decide(j, Label.BOILERPLATE, reason, lock=True)
                done = n + len(run)
                continue
        head.setdefault(first, n)


# The context pass's verdicts that keep a short block for the article text after it
# ("short between article and near-good text", "short inside the article, next to
# article", "subheading before article", ...): each needs kept text on its right.
_RIGHT_KEPT_PREFIXES = ("short ", "subheading before")


def dangling_tail(state: State) -> None:
    """Short blocks that end the output, kept by the context pass for text after them that
    a later rule dropped, go too.

    The context pass keeps a short line next to article text on both sides (a list item,
    "Sources" over the notes); when a later rule drops what stood below it (an author's
    bio, an island, a notes block), the line ends the output. Cleaned again, the page's
    end stands on its right and the context pass drops it: the output would change under
    a second cleaning. Only unlocked lines whose context verdict was one of those, from the
    end of the page back to the first other kept line.
    """
    i = len(state) - 1
    while i >= 0:
        if state.is_blank(i) or state.labels[i] is not Label.ARTICLE:
            i -= 1
            continue
        if (state.locked[i] or state.rules[i] != "context" or state.cf[i] != "short"
                or not state.reasons[i].startswith(_RIGHT_KEPT_PREFIXES)):
            return
        state.decide(i, Label.BOILERPLATE, "short line left at the article's end")
        i -= 1
