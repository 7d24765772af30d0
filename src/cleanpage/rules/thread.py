"""Forum threads: the posts between the widget lines that frame every post.

A forum thread prints the same widget lines around each post: the poster's statistics
("Posts: 112", "Joined: Mar 2021"), buttons ("Quote", "Reply", "Report"), a post counter.
Its posts are the page's main content, but a short post stands between those widgets with
no article block within the context pass's reach, and the context pass drops it. Line
features alone cannot tell a one-sentence post from a widget; the page's structure can:
a short line that recurs three times or more, with prose between most of its occurrences
and the next, and with two other widget lines at fixed distances from it (the post's
template), marks the posts of a thread. A menu printed two or three times has no prose
between most of its copies, a share bar repeated under the article's sections has no
template around it, and a comment section under an article is no thread: comments are not
the article for a reader who wants the piece above them. Between the first and the last
such marker, a post that the context pass dropped (a finished sentence, a near-good
paragraph, or a longer line its poster left unpunctuated) is the article's, when the
thread is the page's main content: its long posts were kept already. A question page
prints its widget row ("Share" / "Improve this answer" / "Follow") right under every
post and the comments under the row; the question has its own variant of the row, and
the thread starts at the question above it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import accumulate, pairwise

from .. import lexicon
from ..lexicon import norm_key as lexicon_key
from ..state import State
from ..text import WORD_RE, ends_sentence
from ..types import Label
from .classify import UNDECIDED
from .cruft import is_date_line

# A post marker recurs this many times at least (a menu may be printed twice; three posts
# make a thread).
_MARKER_MIN = 3
# A marker is a short widget line: at most this many words.
_MARKER_WORDS = 6
# At least this many of the marker's periods (one occurrence to the next) hold prose, and
# at least two thirds of them: one post per period.
_MARKER_MIN_PERIODS = 2
# A post's template: at least this many other widget lines (distinct lines, each at its
# own fixed distance) around most occurrences of the marker. A share bar ("Facebook" next
# to "Twitter") or a teaser's "Read more" next to its date has one; a post has the poster's
# name, statistics, date and buttons.
_FRAME_KEYS = 2
# Another widget line at the same distance (in text lines, up to this many) from most of
# a marker's occurrences makes a post's template.
_FRAME_REACH = 6
# The context pass kept article between two markers in at least this many places: the
# thread's long posts (see _main_content).
_KEPT_POSTS = 3
# A post kept here has at least this many words, and a stop word.
_POST_MIN_WORDS = 4
# A post that ends in no punctuation (forum posters often leave it off: "da docke ich
# lieber an meiner Matratze an") needs this many words and stop words, and no colon or
# bar: a widget's field ("Location: New England") or a signature's links.
_BARE_POST_WORDS = 5
_BARE_POST_STOPS = 2
# ... and is printed at most this many times on the page: the post and its quote in a reply.
# A short post printed this often (the reply quotes it) was dropped by `repeated_lines` as
# a widget; within the thread it is a post like the others.
_BARE_POST_COPIES = 2
# Known cruft of these categories is a page's menu or share bar, never a post's widget,
# even when it recurs around the article's sections.
_NOT_MARKERS = (lexicon.CRUFT_CATEGORIES["nav"], lexicon.CRUFT_CATEGORIES["share"])
# ... but a share bar's button recurring under every post frames the post (see _frames).
_SHARE = lexicon.CRUFT_CATEGORIES["share"]
# The reason zone_openers gives a comment zone's opener line.
_COMMENT_OPENER = f"{lexicon.ZONE_CATEGORIES['comments']} zone opener"
# A short thread (two or three posts: a question, an answer, the poster's thanks) has too
# few posts for the tests above; its marker may recur only this many times ...
_SHORT_MARKER_MIN = 2
# ... and its template must wrap the post: a widget line above the prose and the marker
# under it (or the other way round) at most occurrences, which a menu printed twice, its
# items side by side, never does. Then every period holds prose, and the context pass kept
# article in the thread (a long post) and nowhere outside it: a comment section under an
# article, or an article's own repeated widgets, leave the article outside.
_SHORT_KEPT_POSTS = 1
# A short thread's period (one occurrence of the marker to the next) holds one post and
# the template's other lines: at most this many text lines that are not prose. A menu or a
# newsletter box printed twice holds the whole menu or the whole article between its copies.
_SHORT_PERIOD_CHROME = 10
# A short thread's template has at most this many marker lines (user statistics and
# buttons); a menu printed twice makes a marker of every item.
_SHORT_MAX_MARKERS = 6
# A widget row right under its post (a question page's "Share" / "Improve this answer" /
# "Follow") stands this many text lines at most below the post's last prose line: one
# button of the row between them. A forum's user card (name, avatar letter, statistics)
# stands farther from the post above it.
_ROW_REACH = 2
# The first post's own variant of the marker stands at most this many periods above the
# marker's first copy: a question runs longer than most answers with their comments.
_VARIANT_PERIODS = 2
# The context-free classes that count as prose between two markers (the context pass may
# have dropped an undecided one, classify.UNDECIDED, for want of neighbours).
_PROSE = frozenset({"near", "good"})
# The reason :func:`thread_posts` gives the posts it keeps.
_POST_REASON = "post of a forum thread"


def _frames(state: State, pos: list[int], candidate: list[str], few: bool = False,
            wrapping: list[int] | None = None,
            template: list[tuple[int, str]] | None = None) -> bool:
    """Whether :data:`_FRAME_KEYS` other widget lines stand each at its own fixed distance
    from most occurrences of a marker (``pos``): the template of a post ("Posts: 112" two
    lines above "Quote", a date under the user name). Counting distinct lines, not
    distances: a button repeated around each teaser ("Undo" above and below it) is one
    widget, not a template. In a short thread (``few``, see :data:`_SHORT_MARKER_MIN`) one
    of those widget lines must stand on the far side of a prose line from the marker at most
    occurrences: the template wraps the post; those lines go to ``wrapping`` (the thread
    starts at the first of them: the first post stands between it and the marker)."""
    seen: Counter[tuple[int, str]] = Counter()
    wraps: Counter[tuple[int, str]] = Counter()
    at: dict[tuple[int, str], list[int]] = defaultdict(list)
    n = len(state)
    for p in pos:
        here: set[tuple[int, str]] = set()
        wrapped: set[tuple[int, str]] = set()
        for step in (-1, 1):
            j, k, prose = p + step, 0, False
            while 0 <= j < n and k < _FRAME_REACH:
                if not state.blank[j]:
                    k += 1
                    if candidate[j]:
                        here.add((step * k, candidate[j]))
                        if prose:
                            wrapped.add((step * k, candidate[j]))
                            at[(step * k, candidate[j])].append(j)
                    prose = prose or state.cf[j] in _PROSE
                j += step
        seen.update(here)
        wraps.update(wrapped)
    need = max(_SHORT_MARKER_MIN if few else _MARKER_MIN, -(-2 * len(pos) // 3))
    own = candidate[pos[0]]
    keys = {key for (_, key), c in seen.items() if c >= need and key != own}
    wrap = [w for w, c in wraps.items() if c >= need and w[1] != own]
    if few and not wrap:
        return False
    if wrapping is not None:
        wrapping.extend(j for w in wrap for j in at[w])
    if template is not None:
        template.extend(w for w, c in seen.items() if c >= need and w[1] != own)
    return len(keys) >= _FRAME_KEYS


def _sentence(state: State, i: int) -> bool:
    """Whether line ``i`` is a finished sentence of a few words."""
    return state.words[i] >= _POST_MIN_WORDS and ends_sentence(state.lines[i])


def _comment_start(state: State) -> int:
    """The first line of the page's comment zone (its opener or its first comment), or the
    page's end: posts after it answer an article, they are not a thread's."""
    n = len(state)
    first = state.labels.index(Label.COMMENT) if Label.COMMENT in state.labels else n
    if _COMMENT_OPENER in state.reasons:
        first = min(first, state.reasons.index(_COMMENT_OPENER))
    return first


def _marker_lines(state: State) -> tuple[int, dict[str, list[int]]]:
    """The end of the thread's reach (the comment zone's start, or the page's end) and,
    by key, the lines before it that may be a post's widget: short, whole (not a piece of
    a sentence broken at a link), not prose, not a teaser's or a comment's line, not a
    menu item."""
    n = _comment_start(state)
    keys, words, inline, cf = state.keys, state.words, state.inline, state.cf
    labels, reasons = state.labels, state.reasons
    positions: dict[str, list[int]] = defaultdict(list)
    short = [i for i in range(n) if words[i] <= _MARKER_WORDS and keys[i]]  # cheap tests first
    for i in short:
        if (not inline[i] and cf[i] not in _PROSE and labels[i] is not Label.RELATED
                and not reasons[i].startswith(_NOT_MARKERS)):
            positions[keys[i]].append(i)
    return n, positions


def _text_line(state: State, i: int, offset: int) -> int:
    """The line ``offset`` text lines (blank lines not counted) from line ``i``, or -1."""
    step, k, j, n = (1 if offset > 0 else -1), 0, i, len(state)
    while k < abs(offset):
        j += step
        if not 0 <= j < n:
            return -1
        if not state.blank[j]:
            k += 1
    return j


def _variants(state: State, found: tuple[int, dict[str, list[int]]], pos: list[int],
              candidate: list[str], template: list[tuple[int, str]],
              text: list[int]) -> list[int]:
    """The widget line printed once, nearest above the marker's first copy (``pos``) and
    at most :data:`_VARIANT_PERIODS` periods from it, that stands where a marker stands in
    its template: :data:`_FRAME_KEYS` of the template's other widget lines (``template``:
    offset and key) at their own distances from it. It is the first post's own variant of
    the marker: a question page prints "Improve this question" under its question where
    every answer has "Improve this answer", between the same "Share" and "Follow", and the
    question is a post of the thread. The variant is the same button worded for the first
    post: as many words as the marker, one of them at least in common ("Diese Frage
    verbessern" for "Diese Antwort verbessern"); a field's value printed once beside
    recurring values ("Yes (Certificate IV in Design)" among "Yes" and "No") is none.
    ``text``: the text lines before each line."""
    if len({key for _, key in template}) < _FRAME_KEYS:
        return []
    own, first = state.keys[pos[0]], pos[0]
    words = own.split()
    gaps = sorted(text[b] - text[a] for a, b in pairwise(pos))
    period = gaps[len(gaps) // 2]
    best = -1
    for key, where in found[1].items():
        i = where[0]
        if (key == own or len(where) != 1 or not best < i < first
                or text[first] - text[i] > _VARIANT_PERIODS * period):
            continue
        other = key.split()
        if len(other) != len(words) or not set(other) & set(words):
            continue  # the same button worded for the first post: its length, a word shared
        if sum(1 for off, k in template
               if (j := _text_line(state, i, off)) >= 0 and candidate[j] == k) >= _FRAME_KEYS:
            best = i
    return [best] if best >= 0 else []


def thread_markers(state: State, found: tuple[int, dict[str, list[int]]],
                   few: bool = False) -> list[int]:
    """The lines of the page's post markers (see the module's docstring), in page order,
    among the widget lines ``found`` by :func:`_marker_lines`; empty when no short line
    recurs with prose between its occurrences and a post's template around them. With
    ``few``, the markers of a short thread (see :data:`_SHORT_MARKER_MIN`)."""
    least = _SHORT_MARKER_MIN if few else _MARKER_MIN
    n, positions = found
    if not any(len(pos) >= least for pos in positions.values()):
        return []  # most pages: no widget recurs three times
    cf = state.cf
    # prose lines before each line; in a short thread a finished sentence counts too (the
    # poster's one-line thanks is a post)
    prose = list(accumulate((c in _PROSE or (few and c == "short" and _sentence(state, i))
                             for i, c in enumerate(cf[:n])), initial=0))
    text = list(accumulate((not b for b in state.blank[:n]), initial=0))  # text lines before
    candidate = [""] * len(state)  # the key of each line that recurs as a widget, or "<date>"
    for key, pos in positions.items():
        if len(pos) >= 2:
            for i in pos:
                candidate[i] = key
    for i, rule in enumerate(state.rules[:n]):
        if rule == "bylines_dates":
            candidate[i] = "<date>"
    # a share bar's button recurring in the template ("Share" / "Improve this answer" /
    # "Follow" under every post of a question page) frames a post, though it marks none
    share_lines = [i for i in range(n) if state.reasons[i].startswith(_SHARE)]
    shares = Counter(state.keys[i] for i in share_lines)
    for i in share_lines:
        if shares[state.keys[i]] >= 2:
            candidate[i] = state.keys[i]
    markers: list[int] = []
    for pos in positions.values():
        if len(pos) < least:
            continue
        periods = sum(1 for a, b in pairwise(pos) if prose[b] > prose[a])
        if few:  # a post in every period, and little else
            steady = periods == len(pos) - 1 and all(
                (text[b] - text[a + 1]) - (prose[b] - prose[a + 1]) <= _SHORT_PERIOD_CHROME
                for a, b in pairwise(pos))
        else:
            steady = periods >= _MARKER_MIN_PERIODS and 3 * periods >= 2 * (len(pos) - 1)
        wrapping: list[int] = []
        template: list[tuple[int, str]] = []
        if steady and _frames(state, pos, candidate, few, wrapping, template):
            markers.extend(pos)
            if few:
                markers.extend(wrapping)
            else:
                markers.extend(_variants(state, found, pos, candidate, template, text))
    if few and len({candidate[i] for i in markers}) > _SHORT_MAX_MARKERS:
        return []  # a menu's items printed twice, not a post's template
    return sorted(set(markers))


def _main_content(state: State, markers: list[int], start: int, few: bool = False) -> bool:
    """Whether the thread is the page's main content: the context pass kept article in at
    least :data:`_KEPT_POSTS` of the stretches between two markers (the thread's long
    posts), and the article kept between the first and the last marker outweighs the
    article kept outside them. A form or a list of names printed around an article's
    sections has the article in one stretch; widgets recurring beside an article, that the
    markers' span misses, leave the article outside. A short thread (``few``) needs one such
    stretch, and no article kept outside its span. The span runs from the thread's
    ``start`` (see :func:`_thread_start`) to its last marker."""
    first, last = start, markers[-1]
    labels, words = state.labels, state.words
    posts = 0
    for a, b in pairwise(markers):
        if any(labels[i] is Label.ARTICLE for i in range(a + 1, b)):
            posts += 1
    if posts < (_SHORT_KEPT_POSTS if few else _KEPT_POSTS):
        return False
    inside = outside = 0.0
    for i, label in enumerate(labels):
        if label is Label.ARTICLE:
            if first <= i <= last:
                inside += words[i]
            else:
                outside += words[i]
    return outside == 0 if few else inside >= outside


def _post_text(state: State, idx: list[int], counts: Counter[str]) -> bool:
    """Whether a dropped block reads as a post: a few words with a stop word, finished as
    a sentence or near-good prose (not a widget line such as "Location: New England"), or
    unfinished but longer, with stop words and printed at most twice on the page (a post
    and its quote in a reply; a notice under every picture, "Join to see EXIF info for
    this image", is no post)."""
    text = " ".join(state.lines[i] for i in idx)
    words = WORD_RE.findall(text.casefold())
    stops = sum(1 for w in words if w in state.lex.stop)
    if len(words) < _POST_MIN_WORDS or not stops:
        return False
    if ends_sentence(text) or state.cf[idx[0]] == "near":
        return True
    return (len(words) >= _BARE_POST_WORDS and stops >= _BARE_POST_STOPS and ":" not in text
            and "|" not in text and counts[state.keys[idx[0]]] <= _BARE_POST_COPIES)


def _nearest_prose(state: State, i: int, step: int, reach: int) -> int | None:
    """How many text lines from line ``i`` (up or down, ``step``) the nearest prose line
    (near-good or long) stands, within ``reach`` text lines; ``None`` when none does."""
    j, k, n = i + step, 0, len(state)
    while 0 <= j < n and k < reach:
        if not state.blank[j]:
            k += 1
            if state.cf[j] in _PROSE:
                return k
        j += step
    return None


def _rows_under_posts(state: State, pos: list[int], period: int) -> bool:
    """Whether the marker's copies (``pos``) stand right under their posts: at two in three
    copies or more, the nearest prose is above the copy, at most :data:`_ROW_REACH` text
    lines up, nearer than any below it. A question page's widget row ("Share" / "Improve
    this answer" / "Follow") stands right under every post, and the comments under the row
    are farther from it than the post; a forum's user card under the post above (name,
    avatar letter, statistics) leaves more lines between."""
    above = 0
    for p in pos:
        up = _nearest_prose(state, p, -1, period)
        down = _nearest_prose(state, p, 1, period)
        if up is not None and up <= _ROW_REACH and (down is None or up < down):
            above += 1
    return 3 * above >= 2 * len(pos)


def _post_above(state: State, first: int, period: int) -> int:
    """Where the post over the thread's first marker starts, when the thread's widget rows
    stand under their posts (see :func:`_rows_under_posts`) and prose comes nearer above
    that marker than below it: the first line of the run of undecided or prose lines, none
    locked and none kept, that ends in the prose line nearest above it (a question over its
    own row, "Improve this question", up to the vote count over it), when the context pass
    dropped that line. Otherwise the first marker: a kept line there is an article's text
    that the context pass found (a listicle's paragraph over its first field table)."""
    up = _nearest_prose(state, first, -1, period)
    down = _nearest_prose(state, first, 1, period)
    if up is None or (down is not None and down <= up):
        return first
    j = _text_line(state, first, -up)
    if state.labels[j] is Label.ARTICLE:
        return first  # the context pass kept that text: no post of the thread's was lost
    start = j
    while j > 0:
        j -= 1
        if state.blank[j]:
            continue
        if (state.locked[j] or state.cf[j] not in UNDECIDED | _PROSE
                or state.labels[j] is Label.ARTICLE):
            break
        start = j
    return start


def _thread_start(state: State, markers: list[int]) -> int:
    """Where the thread starts: at its first marker, or one period above it when the posts
    stand above their widgets (the thread's first post over the first marker). Posts stand
    above their widgets when no prose (near-good or long) comes within a period after the
    last marker (the last post's widgets end the thread) and some comes within a period
    before the first one: the thread starts at the first such line there (a finished short
    sentence counted too measured worse: a page's notices above its first post). A period
    is the median run of text lines from one copy of the most frequent marker line to the
    next. Linear: one prefix count of the text lines, two bounded scans."""
    keys = Counter(state.keys[m] for m in markers)
    key = keys.most_common(1)[0][0]
    text = list(accumulate((not b for b in state.blank), initial=0))
    pos = [m for m in markers if state.keys[m] == key]
    gaps = sorted(text[b] - text[a] for a, b in pairwise(pos))
    if not gaps:
        return markers[0]
    period = gaps[len(gaps) // 2]
    cf, n = state.cf, len(state)

    def prose_within(start: int, step: int) -> int | None:
        j, k, found = start + step, 0, None
        while 0 <= j < n and k < period:
            if not state.blank[j]:
                k += 1
                if cf[j] in _PROSE:
                    found = j
                    if step > 0:
                        return j
            j += step
        return found

    if prose_within(markers[-1], 1) is not None:
        # prose after the last marker: a question page's comments under its last widget
        # row, or the posts under their widgets
        if _rows_under_posts(state, pos, period):
            return _post_above(state, markers[0], period)
        return markers[0]
    top = prose_within(markers[0], -1)
    return markers[0] if top is None else top


def thread_posts(state: State) -> None:
    """Posts of a forum thread that the context pass dropped are the article's. The
    safety net does not count the lines kept here (engine._kept_words): posts kept on a
    page whose article was missed must not stop the retry that finds it."""
    found = _marker_lines(state)  # the same widget lines for a long and a short thread
    markers = thread_markers(state, found)
    first = _thread_start(state, markers) if markers else 0
    if not markers or not _main_content(state, markers, first):
        markers = thread_markers(state, found, few=True)
        first = _thread_start(state, markers) if markers else 0
        if not markers or not _main_content(state, markers, first, few=True):
            return
    last = markers[-1]
    counts = Counter(state.keys)
    labels, rules, locked, cf = state.labels, state.rules, state.locked, state.cf
    block = state.block
    for i in range(first, last + 1):
        if block[i] != i or labels[i] is not Label.BOILERPLATE or locked[i]:
            continue
        if not (rules[i] == "islands" or (rules[i] == "context" and cf[i] in UNDECIDED)
                or (rules[i] == "repeated_lines" and counts[state.keys[i]] <= _BARE_POST_COPIES)):
            continue  # not the first line of a block dropped for want of neighbours
        idx = [j for j in range(i, min(state.block_end(i), last + 1)) if not state.is_blank(j)]
        if _post_text(state, idx, counts):
            for j in idx:
                state.decide(j, Label.ARTICLE, _POST_REASON)


# A review thread under a product's description (see :func:`review_threads`): its widget
# line recurs this many times at least (three reviews) ...
_REVIEW_MIN = 3
# ... one review per period, each period (one copy of the widget line to the next) at most
# this many text lines: stars, a title, the reviewer and the date, the text, two or three
# buttons. A listicle's sections under a recurring button run longer.
_REVIEW_PERIOD = 16
# The tail of a line that may hold the review's date ("Megan (verified owner) – October 5,
# 2019"): up to this many tokens.
_REVIEW_DATE_TOKENS = 5
# The reviews kept as article weigh at most this many times the article above them: a
# forum's posts under a preview of the first, or a listing's records, weigh far more.
_REVIEW_OUTWEIGH = 2


def _dated(state: State, i: int) -> bool:
    """Whether line ``i`` is or ends in a date (a reviewer's name over the date of the
    review, or the date alone): a month's name or digits with separators, or a year."""
    if state.reasons[i].startswith("timestamp"):
        return True  # "24 November 2007", "6 hours ago"; not a byline ("by Jane Doe")
    toks = state.lines[i].split()
    if not toks or len(toks) > _MARKER_WORDS + _REVIEW_DATE_TOKENS:
        return False
    dates = state.lex.date_words
    for k in range(min(_REVIEW_DATE_TOKENS, len(toks)), 1, -1):
        tail = " ".join(toks[-k:]).strip(" .,;()[]")
        key = lexicon_key(tail)
        if not key or not any(len(t) > 2 and t in dates for t in key.split()):
            continue  # a month's or a weekday's name: "5 4" is no date
        if is_date_line(key, tail, dates):
            return True
    return False


def _review_span(state: State, found: tuple[int, dict[str, list[int]]]) -> tuple[int, int] | None:
    """The first and last line of a review thread (see :func:`review_threads`), or
    ``None``."""
    n, positions = found
    labels, cf = state.labels, state.cf
    # A hard wrap cuts a review's paragraph at a full stop too (the wrap fell there by
    # chance; :func:`~cleanpage.rules.blocks.join_fragments` ends a block at a full line
    # that ends a sentence, as a paragraph may end there), into blocks each judged shorter
    # than the whole: on a hard-wrapped page a near-good kept line counts as prose.
    prose = _PROSE if state.wrap is not None else frozenset(("good",))
    text = list(accumulate((not b and r != "symbol_lines" for b, r in
                            zip(state.blank[:n], state.rules[:n], strict=True)), initial=0))
    for key, pos in positions.items():
        if len(pos) < _REVIEW_MIN:
            continue
        spans = list(pairwise(pos))
        if any(text[b] - text[a] > _REVIEW_PERIOD for a, b in spans):
            continue
        if not all(any(_dated(state, i) for i in range(a + 1, b)) for a, b in spans):
            continue
        kept = sum(1 for a, b in spans
                   if any(labels[i] is Label.ARTICLE and cf[i] in prose for i in range(a + 1, b)))
        if 3 * kept < 2 * len(spans):
            continue
        # the template: other widget lines printed once in every period
        others = Counter(k for a, b in spans
                         for k in {state.keys[i] for i in range(a + 1, b)
                                   if state.keys[i] in positions and state.keys[i] != key
                                   and len(positions[state.keys[i]]) >= _REVIEW_MIN})
        template = {k for k, c in others.items() if c == len(spans)} | {key}
        if len(template) < 1 + _FRAME_KEYS:
            continue
        first = min(i for k in template for i in positions[k]
                    if text[pos[0]] - text[i] <= _REVIEW_PERIOD)
        last = max(i for k in template for i in positions[k]
                   if text[i] - text[pos[-1]] <= _REVIEW_PERIOD)
        return first, last
    return None


def review_threads(state: State) -> None:
    """Reviews printed under a product's description are its comments, not its article:
    a short widget line (the stars, "Flag for removal", "Was this helpful?") recurs three
    times or more, each period from one copy to the next short (one review), holding a
    date (the reviewer's line) and, at two periods in three, prose the context pass kept,
    with two other widget lines printed in every period: the review's template. Its widgets
    stand at distances that vary by a line (a review's title or a helpful count printed on
    some reviews only), which :func:`thread_markers` does not allow. The thread is dropped
    when article was kept above it, at least as much as in it, and it is no forum thread
    (whose posts are the article)."""
    span = _review_span(state, _marker_lines(state))
    if span is None:
        return
    first, last = span
    labels, words = state.labels, state.words
    above = sum(words[i] for i in range(first) if labels[i] is Label.ARTICLE)
    kept = [i for i in range(first, last + 1) if labels[i] is Label.ARTICLE]
    longest = max((words[i] for i in kept), default=0)
    if (above < state.params.zone_min_words or above < longest
            or _REVIEW_OUTWEIGH * above < sum(words[i] for i in kept)):
        return
    # when :func:`thread_posts` kept posts in the thread, it read these reviews as a
    # forum's: every post it kept is of that misreading (the notes over the first review,
    # "Share your thoughts!", the rating summary under the headline)
    posts = [i for i, r in enumerate(state.reasons) if r == _POST_REASON]
    if not any(first <= i <= last for i in posts):
        posts = []
    for i in range(first, last + 1):
        if labels[i] is Label.ARTICLE and not state.locked[i]:
            state.decide(i, Label.COMMENT, "review thread under the article", lock=True)
    for i in posts:
        if labels[i] is Label.ARTICLE:
            state.decide(i, Label.COMMENT, "review thread under the article", lock=True)
