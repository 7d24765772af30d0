"""Zone openers and the teaser grammar.

A short line such as "Related Articles", "You may also like", "Comments" or "Leave a reply"
ends the article and opens a zone that runs to the next opener or the end of the page.
Guard: an opener only counts once ``params.zone_min_words`` article words came before it,
so a "Most popular" box above a short article cannot cut it away.

Inside a related zone, the teaser grammar reads records: an optional *source* line, an
*age* line ("6 hours ago", "vor 3 Stunden", "2小时前", a date), an optional "- source"
repeat, a *title*, then the *text* (which may be a whole second article).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections import Counter

import regex

from ..lexicon import CRUFT_CATEGORIES, LINK_BOX_KINDS, ZONE_CATEGORIES
from ..lexicon import norm_key as lexicon_key
from ..state import State
from ..text import (
    DIGIT_RE,
    LINK_BOX_RE,
    TERMINAL,
    WORD_RE,
    WRAP_SLACK,
    ends_sentence,
    field_row,
    last_word,
    short_field_value,
    string_literal,
)
from ..types import Label, Teaser
from .blocks import is_mark, link_box_title
from .classify import split_block
from .cruft import is_age_line, is_date_line

_MAX_OPENER_WORDS = 8
# What _opener says of a comment counter with a zero count: no opener, but a recurring link.
_ZERO_LINK = "comments, zero count"
# Punctuation that goes on with a sentence at the start of a line.
CONTINUERS = frozenset(",.;:!?)]}”’»%…")
# A comment opener seen this often on a page is the link under each post of a list.
_RECURRING = 3
# Rules whose related lines hold teasers: the openers' zones and the runs without one.
_ZONE_RULES = frozenset({"zone_openers", "teaser_runs"})
# A teaser headline's words (see is_headline).
HEAD_MIN_WORDS = 4
HEAD_MAX_WORDS = 16
# Words of one tab in a row of tabs ("Most viewed | Most discussed").
_TAB_WORDS = 4
# A section's number in a table of contents: "6", "5.3.1", "12.".
_SECTION_NUMBER_RE = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
# A count of zero in a comment opener ("0 Comments", "Kommentare (0)").
_ZERO_COUNT_RE = regex.compile(r"(?<![\d.,])0(?![\d.,])")
# A line that is only a web or mail address.
# The mail form's local part has no "@", so a long token of "@"s is read once (linear).
_URL_RE = regex.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S*$|^[^\s@]+@\S+\.\w+$", regex.I)
# Lexicon verdicts that mark the page footer (see lexicon.CRUFT_CATEGORIES).
_FOOTER_REASONS = (CRUFT_CATEGORIES["footer"], CRUFT_CATEGORIES["nav"])
# The lexicon verdict of an ad slot after which the article goes on.
_RESUME_REASON = CRUFT_CATEGORIES["resume"]
# Words of prose that must follow a bare "read also" box for the article to go on.
_INLINE_PROSE = 30
# Words of the story's title that a box opener holds after its phrase ("Related: <title>").
_BOX_TITLE_WORDS = 3
# Text blocks a "See also:" box with its colon may take before the article resumes (blocks,
# not lines: inline rendering cuts a caption or a sentence into a line per link).
_LATE_BLOCKS = 12
# ... and after a bare related opener ("Related" / two links / the article again).
_BOX_PROSE = 100
# Words of the longest line a block needs to resume the article after a bare related opener:
# inline rendering cuts the box's headlines at their links into short lines that a join may
# glue into one block ending in a "?" or "."; a paragraph has a longer stretch between links.
_RESUME_LINE_WORDS = 10
# ... and words of a line that opens a new sentence (headline) in such a block: a linked
# name is shorter or all in capitals ("Raetihi", "New Zealand Defence Force").
_SENTENCE_START_WORDS = 4
# Short lines (subheadings) a run of prose may hold and go on.
_RUN_SHORTS = 1
# A related zone without ages that holds this many times the article's prose before it
# (in long blocks) was the article going on: a box inside it, or a sidebar above it.
_ZONE_PROSE_SHARE = 3.0
# Words of the line that tells whether a prose run is found again on the page (a metadata
# copy of the article): a shorter first line ("Rodrigo Pacheco" / "(PSD-MG), viu ...", a
# name that inline rendering put on a line of its own) may recur as a name does.
_COPY_KEY_WORDS = 6
DASHES = "-–—·•|"
# List bullets as scrapers render them (a dash is not one here: "- Source" lines are teasers').
_BULLETS = frozenset("*•·▪◦")
# Brackets that open a code sample's object or list at a line's end ('"Comment": {',
# "related = ["): no heading ends so.
_CODE_OPENERS = frozenset("{[")


def _with_count(state: State, i: int) -> str:
    """Line ``i`` with the count that inline rendering puts on a line of its own after it
    ("Comments" / "(0)" is "Comments (0)" in block rendering)."""
    j = i + 1
    if j < len(state) and state.rules[j] == "symbol_lines" and DIGIT_RE.search(state.lines[j]):
        return f"{state.lines[i]} {state.lines[j]}"
    return state.lines[i]


# The longest count alone on its line that heads a comment thread's heading ("38" over
# "comments… read them below or" / "add one": a link "38 comments… read them below or add
# one" cut by inline rendering after its number).
_COUNT_ABOVE_CHARS = 6


def _count_above(state: State, i: int) -> bool:
    """Whether the text line above line ``i`` is a count alone (digits, no letters), which
    inline rendering cuts from the comment heading it opens ("38" / "comments… read them
    below or" / "add one"): the heading's words then are a thread's count and call to
    action, not a sentence broken at a link, though they end in a function word."""
    j = state.text_neighbour(i, -1)
    if j is None:
        return False
    raw = state.lines[j].strip()
    return 0 < len(raw) <= _COUNT_ABOVE_CHARS and raw.isdigit()


def _tab_bar_opener(state: State, raw: str) -> str | None:
    """A row of tabs whose first tab is a related opener ("Most viewed | Most discussed"):
    the tabs switch between lists of other stories, so the row opens a related zone."""
    if "|" not in raw or len(raw) > 80:
        return None
    tabs = [t for t in (lexicon_key(t) for t in raw.split("|")) if t]
    if len(tabs) < 2 or any(t.count(" ") >= _TAB_WORDS for t in tabs):
        return None
    hit = state.lex.zones.match(tabs[0])
    return "related" if hit in (("related", "exact"), ("box", "exact")) else None


def _in_sentence(state: State, i: int) -> bool:
    """Whether line ``i`` is words of a sentence that the rendering broke at links, not a
    heading.

    It goes on in lower case from a line that ends in a function word or a comma ("...
    posting responses to" / "comments on his ..."; "Newsvine" / "also on Reuters" is a
    heading), or it ends a sentence so ("obstacle avoidance" / "responses."); or the next
    line of its block goes on from it with sentence punctuation ("See also" / ","), or, after
    a function word, in lower case ("Also, on" / "the first day"). A count or a colon on the
    next line ("Comments" / "(3)", "See also" / ":") leaves it a heading.
    """
    b = state.block[i]
    if b != i and state.lines[i - 1].rstrip().endswith("&"):
        return True  # "Results &" / "Discussion": the tail of a heading, not one alone
    if b != i and state.lines[i].lstrip()[:1].islower():
        before = state.lines[i - 1].rstrip()
        if (before[-1:] in ",([" or last_word(before).casefold() in state.lex.stop
                or ends_sentence(state.lines[i].rstrip())):
            return True  # "obstacle avoidance" / "responses.": a sentence's last word
    j = i + 1
    if j >= len(state) or state.block[j] != b:
        return False
    nxt = state.lines[j].strip()
    first = nxt[:1]
    if first in ")]}" and len(nxt) == 1 and (j + 1 >= len(state) or state.block[j + 1] != b):
        return False  # "Related Articles" / ")" and nothing more: a bracket, no sentence
    if first in CONTINUERS and first != ":":
        return True
    # In lower case after a function word ("Also, on" / "the first day"); a comment in
    # lower case may follow a heading ("7 Comments »" / "could always be worse").
    return first.islower() and last_word(state.lines[i]).casefold() in state.lex.stop


def _numbered_entry(state: State, i: int) -> bool:
    """Whether line ``i`` is an entry of a table of contents that the inline rendering broke
    after each number: a section number with a dot before it ("1." / "See also", "5.3" /
    "See also"), or a bare one ("6") with another after it or before the entry above
    ("5" / "History" / "6" / "See also" / "7"); a bare count alone ("3" / "Related posts")
    is a counter, not a number of a section."""
    def number(j: int | None) -> bool:
        return j is not None and _SECTION_NUMBER_RE.match(state.lines[j].strip()) is not None

    before = state.text_neighbour(i, -1)
    if before is None or not number(before):
        return False
    if "." in state.lines[before]:
        return True
    above = state.text_neighbour(before, -1)
    return number(state.text_neighbour(i, 1)) or (
        above is not None and number(state.text_neighbour(above, -1)))


def _after_bullet(state: State, i: int) -> bool:
    """Whether the line before line ``i`` is a bullet alone ("•" / "More Stories"): inline
    rendering puts a list item's bullet on a line of its own."""
    j = state.text_neighbour(i, -1)
    # Not "*": alone, it marks the form field before as required ("Your name" / "*").
    return j is not None and len(t := state.lines[j].strip()) == 1 and t in _BULLETS and t != "*"


# Zone kinds a line of glued phrases opens when its first phrase opens one (an inline link
# box's opener needs its link after it, not another widget's).
_GLUED_OPENER_KINDS = frozenset({"related", "box", "comments"})
# Buttons of a row glued before the zone heading that ends it.
_GLUED_ROW_MIN = 2


def _glued_opener(glued: list[str] | None) -> str | None:
    """The zone a line of glued phrases opens: its first phrase's ("Schreibe einen
    Kommentar Antworten abbrechen") or, after a row of at least two buttons, its last
    one's ("Print Email this Comment", the toolbar under an article whose last link heads
    the thread below: inline rendering puts each link on its own line, and the last one
    opens the zone there as well). One link before it is no row ("RSS - Comments" names
    a feed)."""
    if glued is None:
        return None
    if glued[0] in _GLUED_OPENER_KINDS:
        return glued[0]
    if len(glued) > _GLUED_ROW_MIN and glued[-1] in _GLUED_OPENER_KINDS:
        return glued[-1]
    return None


def _assigned_below(state: State, i: int) -> bool:
    """Whether the next text line after line ``i`` opens with an assignment's sign alone
    ("comments" / "=" / "r" / "." / "json"): a variable of a code sample that inline
    rendering broke at each highlighted token, the one-line form of which
    (">>> comments = r.json()") holds the "=". A heading's underline ("========") is no
    assignment."""
    j = state.text_neighbour(i, 1)
    if j is None:
        return False
    nxt = state.lines[j].strip()
    return nxt[:1] == "=" and nxt[1:2] != "="


def _opener(state: State, i: int, zero: bool = False) -> str | None:
    """The zone kind that line ``i`` opens, or ``None`` (``zero``: let a zero count pass)."""
    key = state.keys[i]
    if not key:
        return None
    hit = state.zone_hit(i)
    line = state.lines[i]
    if hit is None:
        glued = state.glued(i) if key.count(" ") < _MAX_OPENER_WORDS else None
        kind = _glued_opener(glued)
        if kind is None:
            # A row of tabs has a bar (most lines have none and are not stripped).
            return _tab_bar_opener(state, line.strip()) if "|" in line else None
        # "Schreibe einen Kommentar Antworten abbrechen": the heading glued to the links
        # after it (the comment form's), as block rendering prints a row of links.
        hit = (kind, "exact")
    raw = line.strip()
    if raw[:1] in _BULLETS or _after_bullet(state, i):
        return None  # "• Post your comments": an item of a list of links, not a heading
    if hit[0] == "comments" and not zero and _ZERO_COUNT_RE.search(_with_count(state, i)):
        # "0 Comments" / "komentarze 0": a counter link, no thread follows (but it recurs)
        return _ZERO_LINK if _opener(state, i, zero=True) == "comments" else None
    if hit[0] != "comments" and (raw[:1].isdigit() or _numbered_entry(state, i)):
        return None  # "7 See also" is an entry of a table of contents ("3 Comments" is not)
    if hit[0] == "comments" and hit[1] == "prefix" and _quoted_tail(raw):
        return hit[0]  # "34 responses to “<the article's headline>”": a thread's heading
    linked = hit[0] in LINK_BOX_KINDS and hit[1] == "prefix"
    if hit[0] in LINK_BOX_KINDS and (
            state.block[i] != i or (i + 1 < len(state) and state.block[i + 1] == i)):
        return None  # "Also, see the listing of" / "..." is a sentence broken at a link
    # "38" / "comments… read them below or" / "add one": a thread's count cut from its
    # heading, whose words go on in lower case after a function word but are no sentence.
    counted = hit[0] == "comments" and _count_above(state, i)
    if _in_sentence(state, i) and not counted:
        return None  # "See also" / "," / "Ed Felten": words of a sentence broken at links
    if raw.endswith(","):
        return None  # "See also," / "Ed Felten, ...": a sentence goes on
    if raw[-1:] in _CODE_OPENERS or "=" in raw or _assigned_below(state, i) or (
            string_literal(raw)):
        # '"Comment": {' opens an object of a code sample, ">>> comments = r.json()"
        # assigns a variable of one: code, not a thread's heading
        return None
    if hit[0] == "comments" and _form_field(raw):
        return None  # "Comments/Questions (Optional)": a contact form's field, no thread
    if hit[1] == "prefix" and _runs_on(state, raw):
        return None  # "Comments) and more words": the rendering of "Comments" / ")" / "..."
    if hit[0] == "comments" and hit[1] == "prefix" and _labelled_text(state, raw):
        return None  # "Comments: This was a new idea for last year.": a field of the text
    if hit[1] == "prefix" and raw[-1:].isalpha() and _ends_in_function_word(state, raw) and (
            _goes_on_below(state, i)) and not counted:
        return None  # "Comments prepended with" / "#" / "may be used ...": a sentence
    if linked and not LINK_BOX_RE.match(raw) and raw.endswith("."):
        return None  # "See also the notes below." is a sentence, not a link box
    if hit[0] in _LIST_KINDS and hit[1] == "prefix" and _stated(raw):
        return None  # "More news to follow.": the article's own sentence, no list's heading
    if hit[0] in _LIST_KINDS and raw.endswith(":") and _heads_fields(state, i):
        return None  # "Recommended:" / "OS: Windows 11" / "Memory: 16 GB": a spec table's
    if key.count(" ") < _MAX_OPENER_WORDS and len(raw) <= 80:
        return hit[0]
    # "Lire aussi : <title of another story>": a link box with its link on the same line.
    return hit[0] if linked and LINK_BOX_RE.match(raw) else None


# Zone kinds whose heading names a list of other stories: their prefix phrases go on with a
# name ("More news from Europe"), never with a sentence's end.
_LIST_KINDS = frozenset({"related", "box"})


# A spec table under a colon label: this many "Label: value" rows in a row, after at most
# this many lines that are no row ("Requires a 64-bit processor").
_SPEC_ROWS = 3
_SPEC_SKIP = 1


def _spec_row(line: str) -> bool:
    """Whether ``line`` is one row of a table of fields ("Memory: 16 GB RAM"): a
    :func:`~cleanpage.text.field_row` whose value holds a figure or is short
    (:func:`~cleanpage.text.short_field_value`; a headline under its kicker is longer:
    "Rates: Brace yourselves for a rise")."""
    return field_row(line) and short_field_value(line.partition(":")[2])


def _heads_fields(state: State, i: int) -> bool:
    """Whether opener ``i``, a word and its colon ("Recommended:", "Empfohlen:"), labels the
    table of fields under it (a product's requirements: "OS: ...", "Processor: ...",
    "Memory: ...") rather than a list of other stories, whose headlines are no run of short
    "Label: value" rows."""
    rows = skipped = 0
    j = i
    while rows < _SPEC_ROWS:  # a few lines at most: linear in the page
        nxt = state.text_neighbour(j, 1)
        if nxt is None:
            return False
        j = nxt
        if _spec_row(state.lines[j]):
            rows += 1
        elif rows or skipped >= _SPEC_SKIP:
            return False
        else:
            skipped += 1
    return True


def _stated(raw: str) -> bool:
    """Whether ``raw`` ends a statement: a lower-case word and one full stop (not an
    ellipsis, a cut heading's "More news ...", nor an abbreviation, "More in U.S."). A
    prefix opener that does is a sentence that opens with the phrase's words ("More news to
    follow.", "More on that later.")."""
    s = raw.rstrip()
    if not s.endswith(".") or s.endswith(".."):
        return False
    word = last_word(s[:-1])
    return word.isalpha() and word.islower()


def _labelled_text(state: State, raw: str) -> bool:
    """Whether ``raw`` is an opener's word as the label of a field whose text follows the
    colon ("Comments: A new idea this year", "Comments: Some three's" in a lesson plan's
    Materials / Description / Comments), rather than a heading with its count or link
    ("Comments: 14", "Comments: Open Thread", "Comments: Leave a reply"): the head before
    the colon is an opener alone, and the tail has two or more words, one of them in lower
    case, and is no lexicon line itself."""
    head, colon, tail = raw.partition(":")
    if not colon or state.lex.zones.match(lexicon_key(head)) != ("comments", "exact"):
        return False
    words = tail.split()
    if len(words) < 2 or not any(w[:1].islower() for w in words):
        return False
    key = lexicon_key(tail)
    return state.lex.zones.match(key) is None and state.lex.cruft.match(key) is None


# A form's note on a field is a word or two ("(Optional)", "(nicht öffentlich)"); a longer
# one is a sentence ("Comments (No comments posted.)": an empty thread's heading).
_FORM_NOTE_WORDS = 2


def _form_field(raw: str) -> bool:
    """Whether ``raw`` ends in a bracketed note of one or two words without a figure or a
    stop, as a form marks its fields ("Comments (Optional)", "Kommentar (freiwillig)"); a
    thread's heading brackets its count ("Comments (14)")."""
    if not raw.endswith(")") or "(" not in raw:
        return False
    note = raw[raw.rindex("(") + 1:-1]
    return (len(note.split()) <= _FORM_NOTE_WORDS and any(c.isalpha() for c in note)
            and not any(c.isdigit() or c in TERMINAL for c in note))


def _field_labels(state: State, cands: list[tuple[int, str]]) -> set[int]:
    """Comment openers (of ``cands``) of the form "Comments: <value>" whose label is, on
    another line of the page, the label of a field with text (:func:`_labelled_text`):
    every record of a list carries that field ("Comments: 35 pages, 4 figures" under one
    paper, "Comments: CVPR 2026" under the next), so none of its lines heads a thread."""
    fields: list[tuple[int, str]] = []  # "Comments: <value>" candidates and their label
    for i, kind in cands:
        head, colon, tail = state.lines[i].strip().partition(":")
        if kind == "comments" and colon and tail.strip():
            fields.append((i, lexicon_key(head)))
    if not fields:
        return set()  # most pages: no comment opener with a value (the page is not scanned)
    heads = {lexicon_key(state.lines[i].partition(":")[0]) for i in range(len(state))
             if ":" in state.lines[i] and _labelled_text(state, state.lines[i].strip())}
    return {i for i, head in fields if head in heads}


def _ends_in_function_word(state: State, raw: str) -> bool:
    """Whether ``raw`` ends in a short lower-case function word ("... prepended with")."""
    word = last_word(raw)
    return word[:1].islower() and len(word) <= 4 and word in state.lex.stop


def _goes_on_below(state: State, i: int) -> bool:
    """Whether one of the two lines after line ``i`` goes on in lower case (a sentence
    broken at a link or a code span: "Comments prepended with" / "#" / "may be used ...";
    "Related coverage from" / "How to Do Everything: Money" is a heading and its link)."""
    j = i
    for _ in range(2):
        nxt = state.text_neighbour(j, 1)
        if nxt is None:
            return False
        if state.lines[nxt].lstrip()[:1].islower():
            return True
        j = nxt
    return False


# A quoted headline closing the line, after a comment opener's words ("thoughts on “...”").
_OPEN_QUOTES = frozenset("“\"«„‘»")
_CLOSE_QUOTES = frozenset("”“\"»«’")
_QUOTED_MAX_CHARS = 250


def _quoted_tail(raw: str) -> bool:
    """Whether a short line ends in a quoted title ("34 responses to “Lynn: “We won””")."""
    return (len(raw) <= _QUOTED_MAX_CHARS and raw[-1:] in _CLOSE_QUOTES
            and any(c in _OPEN_QUOTES for c in raw[:-1]))


# Punctuation after which an opener's words go on as a sentence, on the same line.
# Not a count's bracket ("Comments (14) Post a comment"): the head opens no bracket.
_RUN_ON_RE = regex.compile(r"^([^,;()\[\]{}]*)[,;)\]}]\s+\w")


def _runs_on(state: State, raw: str) -> bool:
    """Whether the opener's words are followed, on the same line, by punctuation that goes
    on with more words ("Related Articles) second Summit"): the one-line form of an opener
    joined to a sentence at a link, which :func:`_in_sentence` reads as no heading when
    it spans lines (cleaning the output again must decide the same)."""
    m = _RUN_ON_RE.search(raw)
    if m is None:
        return False
    head = state.lex.zones.match(lexicon_key(m.group(1)))
    return head is not None and head[1] == "exact"


def _openers(state: State) -> tuple[list[tuple[int, str, float]], list[int]]:
    """``(line, kind, finished prose words before it)`` of every opener that passes the
    guard, and the lines of the openers that the guard refused.

    The guard: ``params.zone_min_words`` words of prose must come before the first opener,
    or, on a short page, half that and more prose before it than between it and the next
    opener (the opener then ends the article instead of cutting it before it started; what
    lies past the next opener is that zone's, and cleaning the output again must not see
    it).
    """
    need = state.params.zone_min_words
    prose = [state.words[i] if state.cf[i] in ("good", "near") else 0.0
             for i in range(len(state))]
    ends = {b: _block_ends_sentence(state, b) for b in set(state.block)
            if state.cf[b] == "near"}
    # The article's weight for _sidebar_end: long prose, and near-good text that finishes
    # a sentence (a teaser's headline above the article is near-good too, but no prose).
    weight = [w if state.cf[i] == "good" or ends.get(state.block[i], False) else 0.0
              for i, w in enumerate(prose)]
    upto = [0.0]  # prefix sums, so that every candidate costs O(1): linear in the page
    for w in prose:
        upto.append(upto[-1] + w)
    nav_keys = Counter(state.keys[i] for i in range(len(state))
                       if state.reasons[i].startswith(CRUFT_CATEGORIES["nav"]))
    links = [(i, k) for i in range(len(state))
             if (not state.locked[i] or _list_heading_link(state, i, nav_keys))
             and (k := _opener(state, i)) is not None]
    drop = (_recurring_comment_links(state, links) | _contents_entries(state, links)
            | _field_labels(state, links) | _menu_openers(state, links)
            | _tab_row_comments(state, links) | _table_cell_comments(state, links))
    refs = _cross_references(state, links)
    cands = [(i, "hatnote" if i in refs else k) for i, k in links
             if k != _ZERO_LINK and i not in drop]
    words_before = weight_before = 0.0
    found: list[tuple[int, str, float]] = []
    refused: list[int] = []
    c = 0
    for i in range(len(state)):
        kind = cands[c][1] if c < len(cands) and cands[c][0] == i else None
        if kind is not None:
            c += 1
            nxt = cands[c][0] if c < len(cands) else len(state)
            after = upto[nxt] - upto[i + 1]
            if found or words_before >= need or need / 2 <= words_before > after:
                found.append((i, kind, weight_before))
                continue
            refused.append(i)
        words_before += prose[i]  # prose seen so far, promoted or not yet
        weight_before += weight[i]
    return found, refused


# Text blocks right under a bare related heading that, each a sentence of its own, make it
# a section heading of the article, and the words each must hold.
_SECTION_SENTENCES = 3
_SECTION_SENTENCE_WORDS = 8


def _sentence_section(state: State, start: int, end: int) -> tuple[int, int]:
    """The lines ``(first, stop)`` of the article's section that related heading ``start``
    heads, not a list of other stories, inside its zone (up to ``end``): the bare phrase
    ("Empfehlungen", "Recommendations") over :data:`_SECTION_SENTENCES` text blocks or more
    in a row that each end in a full stop, of :data:`_SECTION_SENTENCE_WORDS` words or
    more with a stop word (a travel advice's "Beachten Sie ..." / "Nutzen Sie ..." /
    "Informieren Sie sich ..."); the zone goes on after them (the site's other stories
    under their dates). A list of other stories shows headlines, which end in no full stop,
    between any summaries and dates. Asked of the page's first zone only: a "Most Read"
    box after another zone prints its headlines glued to their summaries ("Steelers'
    Mike Tomlin admits ... Longtime Pittsburgh ..."). ``(end, end)`` otherwise."""
    if state.zone_hit(start) != ("related", "exact"):
        return end, end
    first, stop, seen = -1, -1, 0
    j = state.text_neighbour(start, 1)
    while j is not None and j < end and state.block[j] == j and not state.locked[j] and (
            not is_age(state, j)):
        last = state.block_end(j) - 1
        words = sum(state.words[x] for x in range(j, last + 1))
        text = " ".join(state.lines[x] for x in range(j, last + 1))
        if (words < _SECTION_SENTENCE_WORDS or not text.rstrip().endswith(".")
                or not any(w in state.lex.stop for w in WORD_RE.findall(text.casefold()))):
            break
        first = j if first < 0 else first
        stop, seen = last + 1, seen + 1
        j = state.text_neighbour(last, 1)
    return (first, stop) if seen >= _SECTION_SENTENCES else (end, end)


# Words of the sentence under a bare box heading that leads in to the box's links.
_LEAD_IN_WORDS = 12


def _lead_in(state: State, start: int, end: int) -> tuple[int, int]:
    """The lines ``(first, stop)`` of the sentence right under bare box heading ``start``
    ("More on this topic" / "A detailed overview of the new interface is in the help
    centre, and the vendor's pages tell you more:" / its links) that leads in to the box's
    links: the article's own words, which the page's gold keeps; ``(end, end)`` otherwise.
    It is one text block of :data:`_LEAD_IN_WORDS` words or more with a stop word that
    ends in a colon; a list of other stories shows headlines, which end in no colon, and a
    teaser's summary ends in a full stop."""
    raw = state.lines[start].strip()
    if raw.endswith(":") or state.zone_hit(start) != ("box", "exact"):
        return end, end
    j = state.text_neighbour(start, 1)
    if j is None or j >= end or state.block[j] != j or state.locked[j]:
        return end, end
    stop = state.block_end(j)
    text = " ".join(state.lines[x].strip() for x in range(j, stop))
    words = sum(state.words[x] for x in range(j, stop))
    if (words < _LEAD_IN_WORDS or not text.endswith(":") or stop >= end
            or not any(w in state.lex.stop for w in WORD_RE.findall(text.casefold()))):
        return end, end
    return j, stop


# Headlines in a row under a bare "Read more" link that make it the heading of a list.
_LIST_HEADLINES = 2


def _list_heading_link(state: State, i: int, nav_keys: Counter[str]) -> bool:
    """Whether navigation line ``i`` that is also a read-also phrase on its own ("Read
    more"), once on the page, heads a list of other stories: the next
    :data:`_LIST_HEADLINES` text lines are undecided headlines (`Read more` / `Light rail
    extension delayed again as costs climb` / `Downtown grocery store to close after 40
    years`). Alone, such a link continues a teaser (`... summary` / `Read more` / the next
    headline, then its summary); printed again and again, it is a toggle of a list of
    cards (`Read more` / `Read less`)."""
    if not state.reasons[i].startswith(CRUFT_CATEGORIES["nav"]) or nav_keys[state.keys[i]] > 1:
        return False
    if state.zone_hit(i) != ("readalso", "exact"):
        return False
    seen, j = 0, i + 1
    while j < len(state) and seen < _LIST_HEADLINES:
        if not state.blank[j]:
            if state.locked[j] or not is_headline(state.lines[j]):
                return False
            seen += 1
        j += 1
    return seen == _LIST_HEADLINES


# Lines between a comment link and a related link of one menu, and words of each link and
# of the menu item above them.
_MENU_GAP = 2
_MENU_ITEM_WORDS = 3
# A comment link's kinds: a bare one, and one with a zero count.
_COMMENT_KINDS = frozenset({"comments", _ZERO_LINK})


def _menu_openers(state: State, cands: list[tuple[int, str]]) -> set[int]:
    """A comment link and a related link next to each other, at most one short item
    between them and a short item above (a post's tool bar, cut a link a line by inline
    rendering: `Album` / `Blog` / `Comments` / `Card` / `Related articles`, then the post),
    one a line with no blank line between, are items of a menu, not the headings of a
    thread and of a list: neither opens a zone (block rendering prints the bar on one line,
    which opens none). A comment form's `Leave a comment` over a blank line and `You may
    also like` are a form's heading and a list's."""
    drop: set[int] = set()
    words, blank = state.words, state.blank
    for (i, a), (j, b) in itertools.pairwise(cands):
        if (a == b or {a, b} & _COMMENT_KINDS != {"comments"} or j - i > _MENU_GAP or i == 0
                or max(words[i], words[j]) > _MENU_ITEM_WORDS
                or any(blank[k] or words[k] > _MENU_ITEM_WORDS for k in range(i - 1, j))):
            continue
        drop.update((i, j))
    return drop


# Tabs right above a comment link that make it one tab of a row.
_TABS_ABOVE = 2


def _tab_row_comments(state: State, cands: list[tuple[int, str]]) -> set[int]:
    """A comment link with its count that is the last tab of a row (`Review` /
    `Specifications` / `Discussion (36)`: the :data:`_TABS_ABOVE` text lines right above it
    are short unlocked items of three words or fewer with letters and no final stop)
    switches the page's view, it heads no thread: block rendering prints the row on one
    line, which opens no zone. A share bar above a thread's heading is locked (lexicon
    lines) and keeps it; a bare heading (no count) under a post's last items stays."""
    drop: set[int] = set()
    for i, kind in cands:
        if (kind != "comments" or state.words[i] > _MENU_ITEM_WORDS
                or not DIGIT_RE.search(state.lines[i])):
            continue
        j, tabs = i, 0
        while tabs < _TABS_ABOVE:
            nb = state.text_neighbour(j, -1)
            if (nb is None or state.locked[nb] or state.words[nb] > _MENU_ITEM_WORDS
                    or not any(map(str.isalpha, state.lines[nb]))
                    or state.lines[nb].rstrip()[-1:] in TERMINAL):
                break
            j, tabs = nb, tabs + 1
        if tabs == _TABS_ABOVE:
            drop.add(i)
    return drop


# Words of a table's header cell before a `Comment` column, and of the cells under it.
_HEADER_CELL_WORDS = 6
_CELLS_BELOW = 2


def _table_cell_comments(state: State, cands: list[tuple[int, str]]) -> set[int]:
    """A bare comment word that heads a table's column (`Entity status` / `Assoc status` /
    `next trigger timestamp in Assoc` / `Comment` / `new` / `new`: inline rendering prints
    a table a cell a line) heads no thread: the line above is a short unlocked cell with no
    final stop, and the :data:`_CELLS_BELOW` text lines under it are short unlocked cells
    with letters, the first opening with a word all in lower case (a value, not a menu's
    next item, `iPod friendly`, or a comment form's field)."""
    drop: set[int] = set()
    for i, kind in cands:
        raw = state.lines[i].strip()
        if kind != "comments" or " " in raw or not raw[-1:].isalpha():
            continue  # `Comments:` over a user's name heads a thread
        above = state.text_neighbour(i, -1)
        if (above is None or state.locked[above] or state.words[above] > _HEADER_CELL_WORDS
                or state.lines[above].rstrip()[-1:] in TERMINAL):
            continue
        j, cells = i, []
        for _ in range(_CELLS_BELOW):
            nb = state.text_neighbour(j, 1)
            if (nb is None or state.locked[nb] or state.words[nb] > _MENU_ITEM_WORDS
                    or not any(map(str.isalpha, state.lines[nb]))):
                break
            cells.append(state.lines[nb].strip())
            j = nb
        if len(cells) == _CELLS_BELOW and cells[0].split()[0].islower():
            drop.add(i)
    return drop


# How many entries right above a related opener must recur, in order, between it and its
# own later copy for it to be an entry of a table of contents.
_CONTENTS_ABOVE = 2
# How many more lines two headings stand apart in the text than in the contents box.
_SECTION_GAP = 1


def _contents_entries(state: State, cands: list[tuple[int, str]]) -> set[int]:
    """Related openers (of ``cands``) that are entries of a table of contents.

    A contents box lists the section headings before the sections ("In this article" /
    "Constructor" / "Events" / "Browser compatibility" / "See also", then the sections:
    ... "Events" ... "Browser compatibility" ... "See also"): the page has the opener's line
    again further down, and the two short unlocked lines right above it recur too, in the
    same order, between the two copies. The heading further down is the opener, if any.
    """
    firsts = [i for i, k in cands if k not in ("comments", _ZERO_LINK)]
    if not firsts:
        return set()
    where: dict[str, list[int]] = {}
    for i, key in enumerate(state.keys):
        if key:
            where.setdefault(key, []).append(i)
    out: set[int] = set()
    for i in firsts:
        later = [j for j in where.get(state.keys[i], ()) if j > i]
        if later and _entries_recur(state, where, i, later[0]):
            out.add(i)
    return out


def _entries_recur(state: State, where: dict[str, list[int]], i: int, copy: int) -> bool:
    """Whether the :data:`_CONTENTS_ABOVE` text lines above line ``i`` are short unlocked
    lines found again, in the same order, between line ``i`` and line ``copy``, further
    apart there than here for one of them at least (sections between headings; a box
    printed twice, a consent dialog, has its lines the same distance apart both times)."""
    bound, j, spread = copy, i, False
    for _ in range(_CONTENTS_ABOVE):
        nb = state.text_neighbour(j, -1)
        if (nb is None or state.locked[nb] or not state.keys[nb]
                or state.words[nb] > _MAX_OPENER_WORDS):
            return False
        hits = [q for q in where[state.keys[nb]] if i < q < bound]
        if not hits:
            return False
        spread = spread or bound - hits[-1] > j - nb + _SECTION_GAP
        bound, j = hits[-1], nb
    return spread


def _recurring_comment_links(state: State, cands: list[tuple[int, str]]) -> set[int]:
    """Comment openers (of ``cands``: line, kind, zero counts included) that are links
    under each post of a list, not a thread's heading.

    "Comments (3)" under every post of a blog's front page links to each thread: when
    counted comment openers recur (a zero count too, though it opens nothing itself), none
    of them opens a zone but the last (it may head the thread). The same holds for one bare
    comment link ("Comment", "Post a comment") seen three times or more. A related heading
    seen three times or more ("Popular Posts" atop every column of a menu, "Related posts:"
    under every post of a blog's front page) is a label, and none of them opens a zone.
    """
    counted: list[int] = []
    same: dict[str, list[int]] = {}
    menu: dict[str, list[int]] = {}
    for i, kind in cands:
        if kind in ("related", "box"):
            menu.setdefault(state.keys[i], []).append(i)
        elif kind in _COMMENT_KINDS:
            if kind == _ZERO_LINK or DIGIT_RE.search(_with_count(state, i)):
                counted.append(i)
            if not DIGIT_RE.search(state.lines[i]):
                # a bare link's copies, whatever count the line under one lends it ("Add a
                # comment" under every answer of a question page, over the next vote count)
                same.setdefault(state.keys[i], []).append(i)
    drop = set(counted[:-1]) if len(counted) > 1 else set()
    if len(counted) >= _RECURRING and _card_links(state, counted):
        drop.add(counted[-1])
    for idx in same.values():
        if len(idx) >= _RECURRING:
            drop.update(idx if _card_links(state, idx) else idx[:-1])
    for idx in menu.values():
        if len(idx) >= _RECURRING:
            drop.update(idx)  # "Popular Posts" atop every column of a menu: no heading
    return drop


def _cross_references(state: State, cands: list[tuple[int, str]]) -> set[int]:
    """"Read also" openers (of ``cands``) whose line the page prints three times or more
    (:data:`_RECURRING`): a cross-reference under each section or record ("See also" /
    one link / the section's text, "Read more at <shop>" under every product of a
    listing), read as a wiki's hatnote: the opener and the links right under it are a box
    inside the article, never its end. A box of links at the end of an article is headed
    once."""
    seen: dict[str, list[int]] = {}
    for i, kind in cands:
        if kind == "readalso":
            seen.setdefault(state.keys[i], []).append(i)
    return {i for idx in seen.values() if len(idx) >= _RECURRING for i in idx}


# Lines of a paragraph cut at a hard wrap that :func:`_unwrapped` joins: more than a
# headline's words (:data:`HEAD_MAX_WORDS`) fill them.
_UNWRAP_LINES = 3


def _unwrapped(state: State, j: int) -> str:
    """Line ``j`` as the page's unwrapped text prints it: on a hard-wrapped page
    (``State.wrap``), with the lines of its block that go on from a full line (the wrap
    cut it: "Select your preferred way to display the comments and click" / "Save
    settings" to activate your changes."), up to :data:`_UNWRAP_LINES` lines; a line cut
    at the wrap reads as a headline (capitalised, no final stop) however long its sentence."""
    line = state.lines[j]
    if state.wrap is None:
        return line
    full = state.wrap - WRAP_SLACK
    k = j
    while (k + 1 < len(state) and k + 1 - j < _UNWRAP_LINES
           and state.block[k + 1] == state.block[j] and len(state.lines[k].rstrip()) >= full):
        k += 1
        line = f"{line.rstrip()} {state.lines[k].strip()}"
    return line


def _card_links(state: State, idx: list[int]) -> bool:
    """Whether the recurring comment links ``idx`` all stand at the head of a list's cards,
    the last one too: the next text line after the last copy and after half of the others
    or more is a headline ("Comments. Click to view comments" / "Watch This Woman Turn Her
    SUV Into a Battering Ram ...", the next card's title). A thread's own heading is
    followed by a comment form or a poster's name, not by another story's headline."""
    def headline_after(i: int) -> bool:
        j = state.text_neighbour(i, 1)
        return j is not None and is_headline(_unwrapped(state, j))

    if not headline_after(idx[-1]):
        return False
    return 2 * sum(1 for i in idx[:-1] if headline_after(i)) >= len(idx) - 1


# Words of finished sentences in a row after an age and a headline, and paragraphs that
# finish one, beyond which they are no card's summary but an article under its date
# ("03.02.2022 15:34" / headline / a thousand words in paragraphs): a teaser prints a
# paragraph of a few sentences, or a whole story as one block; a list of headlines finishes
# no sentence, however long.
_TEASER_MAX_WORDS = 150
_TEASER_MAX_PARAS = 3


def _sidebar_end(state: State, start: int, end: int, words_before: float) -> int:
    """Where a related zone really ends: at a prose run longer than the article before it
    (``words_before``: its long prose and the near-good blocks that finish a sentence; a
    list of other stories' headlines above the article weighs nothing).

    A "Most popular" box can stand *above* the article in page order, and a "Recommended"
    box of cards (title, author, date) inside it. When a run of prose inside the zone
    outweighs all the prose before the opener, the opener belonged to a sidebar (or a box
    inside the article) and the article starts, or resumes, at that run. A run is counted
    from after the last age line before it, so a card's summary is no part of it; after
    ages, a run whose first line is found again on the page is a copy of the article in the
    page's metadata (a JSON-LD body rendered as text), not its rest. A zone without ages
    whose long-prose blocks, all runs together, hold more than three times the prose before
    the opener ends at its first long-prose block: inline rendering cuts the rest of a long
    article into runs too short to count alone (a "19)" rank line, a caption, a linked
    name between its sentences).
    """
    run_start, run_words, shorts, dated, teaser = -1, 0.0, 0, False, False
    said = 0.0  # the run's words in blocks that finish a sentence (a headline does not)
    told: set[int] = set()  # and those blocks
    finishes: dict[int, bool] = {}  # by block: whether it ends a sentence
    first_good, good_words = -1, 0.0
    tail_start, tail_words, tail_teaser = -1, 0.0, False  # the prose after the last age
    # Short lines of the zone by key, where first seen: a run cut by the line that ended
    # each of the zone's records before it is more records (see :func:`_cut_like_records`).
    first_at: dict[str, int] = {}
    record_cut = ""  # the separator of the zone's records, once a run was cut by it
    # Long-prose blocks in a row, nothing between them, after a box of lines that finish
    # no sentence (see :func:`_resumed_after_box`).
    streak: list[int] = []
    box_lines, box_prose = 0, False
    for i in range(start + 1, end):
        if state.is_blank(i) or state.inline[i]:
            pass
        elif state.cf[i] == "good" and not dated and not box_prose:
            if not streak or state.block[i] != state.block[streak[-1]]:
                streak.append(i)
            if _resumed_after_box(state, streak, box_lines):
                return streak[0]
        else:
            if streak or state.locked[i] or (
                    state.cf[i] == "near" and _block_ends_sentence(state, i)):
                # a teaser's summary, a run of prose cut short, or a line the lexicons
                # know (a price, a form, a share bar: a shop's or a newsletter's box)
                box_prose = True
            streak = []
            box_lines += 1
        if is_age(state, i):
            run_start, dated = -1, True
            tail_start, tail_words = -1, 0.0
            continue
        if state.cf[i] == "good":
            good_words += state.words[i]
            if first_good < 0:
                first_good = i
            tail_words += state.words[i]
        if state.cf[i] in ("good", "near"):
            if run_start < 0:
                run_start, run_words, said, told = i, 0.0, 0.0, set()
                # After ages, a headline and its text are a teaser, however long.
                head = state.text_neighbour(i, -1)
                teaser = dated and (_card_headline(state, state.lines[i]) or (
                    head is not None and is_headline(state.lines[head])))
                if tail_start < 0:
                    tail_start, tail_teaser = i, teaser
            run_words += state.words[i]
            b = state.block[i]
            if b not in finishes:
                finishes[b] = _block_ends_sentence(state, i)
            if finishes[b]:
                said += state.words[i]
                told.add(b)
            shorts = 0
            if ((not teaser or (said > _TEASER_MAX_WORDS and len(told) >= _TEASER_MAX_PARAS))
                    and run_words > max(words_before, state.params.zone_min_words)):
                sep = state.text_neighbour(run_start, -1)
                if sep is not None and (state.keys[sep] == record_cut != "" or _cut_like_records(
                        state, run_start, i, first_at)):
                    # The last record has no separator after it, but the one before it.
                    run_start, record_cut = -1, state.keys[sep]
                    continue
                if dated and (_recurs(state, run_start, i + 1) or any(
                        is_age(state, j) for j in range(i + 1, end))):
                    # A copy of the article in the page's metadata, or one post of a list
                    # of dated posts (a blog's front page): not the article's rest.
                    return end
                if (not dated and not record_cut and 0 <= first_good < run_start
                        and _zone_good_words(state, start, end) > _ZONE_PROSE_SHARE * max(
                            words_before, state.params.zone_min_words)):
                    return first_good
                return _past_headlines(state, run_start, end)
        elif not state.is_blank(i) and not state.locked[i]:
            # A subheading goes on with the text; a list of links, or a teaser's credit
            # line ("Clare Kim, @clarehkim, The Last Word") between summaries, does not. A
            # short line that finishes a sentence after prose that finished one is no
            # credit line, comma or not: a line of dialogue between the article's
            # paragraphs ("Öh, glaub ja. Weshalb?"). After a run of headlines, which finish
            # none, it may be a dateline ("ANAHEIM — So, meet Illinois.") and still cuts.
            shorts += 1
            raw = state.lines[i]
            first_at.setdefault(state.keys[i], i)
            if (state.cf[i] != "short" or shorts > _RUN_SHORTS or "@" in raw
                    or ("," in raw and not (said and ends_sentence(raw)))):
                run_start = -1
    if (not dated and not record_cut and first_good >= 0
            and good_words > _ZONE_PROSE_SHARE * max(words_before, state.params.zone_min_words)):
        return first_good
    if (dated and tail_start >= 0 and not tail_teaser
            and tail_words > max(words_before, state.params.zone_min_words)
            and not _recurs(state, tail_start, end)):
        # After the last card of a box inside the article, its long prose blocks together
        # outweigh the article before the opener, though a newsletter box or a caption
        # between them cuts them into runs too short to count alone: the article resumes.
        return tail_start
    return end


# Long-prose blocks in a row, with no line between them, that resume the article after a box
# of links inside it, and the lines (headlines, names) the box must hold before them.
_RESUME_BLOCKS = 3
_RESUME_BOX_LINES = 2


def _resumed_after_box(state: State, streak: list[int], box_lines: int) -> bool:
    """Whether the long-prose blocks starting at the lines ``streak``, in a row with nothing
    between them, are the article resuming after a box of links inside it ("Most Read" /
    three headlines and their authors / a subheading / the article's next paragraphs): the
    zone had two or more lines before them, none of them a finished sentence, an age or a
    locked line (checked by the caller), and :data:`_RESUME_BLOCKS` such blocks hold
    :data:`_BOX_PROSE` words. A list of other stories shows a summary under each headline
    (a sentence, or a long block cut off by the next headline), never paragraphs in a row."""
    if len(streak) < _RESUME_BLOCKS or box_lines < _RESUME_BOX_LINES:
        return False
    words = sum(state.words[j] for j in range(streak[0], state.block_end(streak[-1])))
    return words >= _BOX_PROSE


# Text blocks (a feed link, the post's headline) a comment link may stand above the article.
_LINK_GAP_BLOCKS = 2
# Long-prose blocks (paragraphs) the article after such a link holds before its byline or
# share bar; a thread's first comment is mostly one paragraph over its poster's date.
_LINK_ARTICLE_BLOCKS = 2


def _article_after_link(state: State, start: int, end: int,
                        words_before: float) -> tuple[int, int]:
    """The article's lines ``(first, stop)`` inside the comment zone from opener ``start``
    to ``end`` when the opener is a comment link above the article (a sidebar's "Comments
    feed", a post header's "[5] Comments"), else ``(end, end)``.

    A thread opens with a poster's name and date, a reply form or a widget line. A zone
    whose first long-prose line comes within :data:`_LINK_GAP_BLOCKS` text blocks of the
    opener, and whose first run of prose (one short line at a time between its blocks, none
    with a comma or an "@": a poster's line ends it) holds :data:`_LINK_ARTICLE_BLOCKS`
    long-prose blocks or more and :data:`_BOX_PROSE` words (theirs, and a colon sentence's
    right over one: :func:`_announces_prose`), all before any age or locked
    line (the article's byline, share bar or "Leave a reply"), held the article when its
    long prose up to that line outweighs the article before the opener (``words_before``,
    as for :func:`_sidebar_end`): the article runs from that line to the first age or
    locked line, and the thread after it stays in the zone."""
    seen, first, words, blocks = 0, -1, 0.0, set()
    stop, shorts, in_run, span = end, 0, True, 0.0
    for i in range(start + 1, end):
        if state.is_blank(i) or state.inline[i]:
            continue
        if state.locked[i] or is_age(state, i):
            stop = i
            break
        if first < 0:
            if not _resumes(state, i):
                prev = state.text_neighbour(i, -1)
                # A label's value that inline rendering cut off at its link ("Bild:" /
                # "Mihael Simonic", a caption's credit) is no block of its own.
                if state.block[i] == i and not (
                        prev is not None and prev > start
                        and state.lines[prev].rstrip().endswith(":")):
                    seen += 1
                    if seen > _LINK_GAP_BLOCKS:
                        return end, end
                continue
            first = i
        span += state.words[i] if state.cf[i] == "good" else 0.0
        if not in_run:
            continue
        if state.cf[i] in ("good", "near"):
            shorts = 0
            if state.cf[i] == "good":
                words += state.words[i]
                blocks.add(state.block[i])
            elif _announces_prose(state, i):
                words += state.words[i]
        else:
            # As in _sidebar_end: a subheading goes on with the text; two short lines, or
            # a poster's line ("- Louise, Lancaster", "Kathy Owen says:" / "at"), end it.
            shorts += 1
            raw = state.lines[i]
            in_run = shorts <= _RUN_SHORTS and "," not in raw and "@" not in raw
    if (first < 0 or len(blocks) < _LINK_ARTICLE_BLOCKS or words < _BOX_PROSE
            or span <= max(min(words_before, _prose_above(state, start)),
                           state.params.zone_min_words)
            or _poster_lines(state, start, stop) >= _THREAD_POSTERS):
        return end, end
    return first, stop


def _announces_prose(state: State, i: int) -> bool:
    """Whether near-good line ``i`` is a sentence ending in a colon right over long prose
    ("... approves the following statement:" / "While the committee is working ..."): block
    rendering prints the statement on the line that announces it, as one paragraph of the
    article, where inline rendering cuts it at the quotation's markup."""
    nxt = state.text_neighbour(i, 1)
    return (state.lines[i].rstrip().endswith(":") and nxt is not None
            and state.cf[nxt] == "good")


# Poster lines in the zone before its first age or locked line that make it a thread, not
# an article: one may be a line announcing a quote or a dated note, two recur.
_THREAD_POSTERS = 2
# Words of a poster's name line ("stefj:", "Kathy Owen says:", "gnaddrig Sagt:").
_POSTER_NAME_WORDS = 3
# Characters at the start of a line in which a poster's date and time are printed ("Ben
# 19. Juni 2018 um 15:28 Uhr - Antworten", "Nelson, Lagos Nigeria 1/8/2008 4:46 PM ...").
_POSTER_TIME_REACH = 80
# A year, then a clock time after it ("Jan 8th 2000 12:04:05", "1/8/2008 5:49 PM"); the
# gap between them is bounded, so the search cannot backtrack far.
_DATE_TIME_RE = regex.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)\D{0,12}?(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


def _poster_lines(state: State, start: int, stop: int) -> int:
    """Lines from after opener ``start`` to ``stop`` that read as a comment's poster line:
    a name of at most :data:`_POSTER_NAME_WORDS` words before a colon, right over prose
    ("milivoj:" / the comment), or a date and a clock time near the line's start (a
    poster's name, date and time over the comment or glued to it). An article printed
    under a comment link shows none, or one: a meeting's minutes note the hour without a
    date ("Meeting adjourned at 9:50 am."), and its colon headings stand over lists."""
    found = 0
    for i in range(start + 1, stop):
        raw = state.lines[i].strip()
        if raw.endswith(":") and len(raw.split()) <= _POSTER_NAME_WORDS:
            nxt = state.text_neighbour(i, 1)
            found += nxt is not None and state.cf[nxt] in ("good", "near")
        elif _DATE_TIME_RE.search(raw, 0, _POSTER_TIME_REACH) is not None:
            found += 1
    return found


# Text lines in a row without long prose that part the article above a comment link from
# prose further up (a web archive's banner, a sidebar's blurb).
_ABOVE_GAP_LINES = 6


def _prose_above(state: State, start: int) -> float:
    """Words of the long prose right above comment link ``start``: back to
    :data:`_ABOVE_GAP_LINES` text lines in a row without long prose (a post's headline,
    date and tags over "[5] Comments" part it from a banner or blurb higher up, which is
    no article the link could end)."""
    words, gap = 0.0, 0
    for j in range(start - 1, -1, -1):
        if state.is_blank(j):
            continue
        if state.cf[j] == "good":
            words, gap = words + state.words[j], 0
        else:
            gap += 1
            if gap >= _ABOVE_GAP_LINES:
                break
    return words


def _zone_good_words(state: State, start: int, end: int) -> float:
    """Words of the long-prose lines of the zone from opener ``start`` to ``end``."""
    return sum(state.words[i] for i in range(start + 1, end) if state.cf[i] == "good")


# Headlines in a row that open a prose run inside a related zone make the box's own list.
_LEAD_HEADLINES = 2
# Words of a line among such headlines that is no headline (a teaser's two short sentences).
_LEAD_OTHER_WORDS = 16


def _past_headlines(state: State, start: int, end: int) -> int:
    """Where the article resumes in a prose run that starts at ``start`` inside a related
    zone (ending at ``end``) and outweighs the article before the opener: after the box's
    own list of other stories' headlines when the run opens with one ("Most Popular" / five
    headlines, each a near-good line of its own / the article; on a page whose article
    before the opener is a caption, the headlines alone outweigh it). The run must open
    with a headline and hold two or more before its first long-prose block or longer line,
    and nothing else there but lines of at most 16 words, fewer than half as many as the
    headlines; ``start`` otherwise (an article's first paragraph is seldom a headline, and
    its subheadings stand between paragraphs)."""
    heads, others, last, j = 0, 0, -1, start
    while j < end and state.cf[j] != "good" and state.words[j] <= _LEAD_OTHER_WORDS:
        if state.is_blank(j) or state.inline[j]:
            j += 1
            continue
        if state.locked[j]:
            return start
        if _card_headline(state, state.lines[j]):
            heads, last = heads + 1, j
        elif last < 0:
            return start  # the run does not open with a headline
        else:
            others += 1
        j += 1
    if heads < _LEAD_HEADLINES or 2 * others >= heads:
        return start
    after = state.text_neighbour(last, 1)
    return after if after is not None and after <= j else start


def _recurs(state: State, start: int, end: int) -> bool:
    """Whether the first line of the prose from ``start`` (before ``end``) that has some
    words is found again on the page: the run is a copy of text printed elsewhere."""
    k = next((j for j in range(start, end) if state.words[j] >= _COPY_KEY_WORDS), start)
    return state.keys.count(state.keys[k]) > 1


def _cut_like_records(state: State, run_start: int, i: int, first_at: dict[str, int]) -> bool:
    """Whether the prose run from ``run_start`` (its words counted up to line ``i``) is cut
    as the zone's records before it were: the line right before it is a short line the zone
    showed earlier (a share bar under every quote of a list, "Whatsapp Facebook Pin"), and
    that line comes again right after the run's first paragraph (within
    :data:`_CUT_REACH` lines after its block). The article resuming after a box of cards
    follows the last card's "Read more", but its paragraphs are not cut by it."""
    sep = state.text_neighbour(run_start, -1)
    if sep is None or first_at.get(state.keys[sep], sep) >= sep:
        return False
    key = state.keys[sep]
    stop = min(len(state), state.block_end(run_start) + _CUT_REACH, state.block_end(i) + 1)
    return any(state.keys[j] == key for j in range(run_start + 1, stop))


# Lines after a run's first paragraph in which the zone's record separator may come again.
_CUT_REACH = 3


def _card_headline(state: State, line: str) -> bool:
    """Whether ``line`` is a card's headline: a headline that does not end in a lower-case
    function word (inline rendering cuts a paragraph at its links, "... premiered his neon
    lights at the" / "Paris Motor Show" / "in December 1910, ...", and a headline never
    ends so)."""
    return is_headline(line) and not _ends_in_function_word(state, line.rstrip())


# Headlines a box of links inside the article holds at least before its last paragraph.
_BOX_MIN_HEADLINES = 2


def _last_paragraph(state: State, start: int, end: int) -> int:
    """Where a box of headline links inside the article ends: at the article's last
    paragraph right after it ("Related Stories" / three or four headlines / "The incident
    has occurred at a time when ..." / the share bar). The box holds nothing but two or
    more headlines (no age, no summary, no locked line); the paragraph is long prose or
    near-good text that ends a sentence, right before a locked line (a share bar, another
    opener) or the page's end; no prose follows it in the zone. A teaser list with a
    summary under each headline is no such box, nor a promo card after the headlines whose
    text runs on into its own call to action. ``end`` when the zone is not such a box."""
    heads, i = 0, start + 1
    while i < end:
        if state.is_blank(i) or state.inline[i]:
            i += 1
            continue
        if state.locked[i] or is_age(state, i):
            return end
        if _resumes(state, i):
            break
        if not is_headline(state.lines[i]):
            return end
        heads += 1
        i += 1
    if i >= end or heads < _BOX_MIN_HEADLINES or not _block_ends_sentence(state, i):
        return end  # (headlines the rendering joined into one block end in no stop)
    after = state.text_neighbour(state.block_end(i) - 1, 1)
    if after is not None and after < end and not state.locked[after]:
        return end  # the article ends at a share bar, an opener or the page end
    if any(state.cf[j] in ("good", "near") for j in range(state.block_end(i), end)):
        return end
    return i


def _resume_end(resume_at: list[int], start: int, end: int) -> int:
    """Where a related box inside the article ends: at an ad slot that says the article
    goes on after it ("Continue reading the main story"); ``resume_at`` lists those lines."""
    k = bisect.bisect_right(resume_at, start)
    return resume_at[k] if k < len(resume_at) and resume_at[k] < end else end


def _prose_words(state: State, start: int, end: int, finished: bool = False) -> float:
    """Words of the run of prose-like lines from ``start`` (inline cruft skipped); with
    ``finished``, only of the blocks that end a sentence (a teaser's summary often does
    not)."""
    total = 0.0
    block, counts = -1, True
    for i in range(start, end):
        if state.cf[i] in ("good", "near"):
            if finished and state.block[i] != block:  # one sentence check per block
                block = state.block[i]
                counts = _block_ends_sentence(state, i)
            if counts:
                total += state.words[i]
        elif not (state.is_blank(i) or state.inline[i] or _over_credit(state, i)
                  or _run_in_label(state, i, end)):
            break
    return total


# Words of a run-in label over its paragraph ("Cloud-Based Accessibility:").
_RUN_IN_LABEL_WORDS = 4


def _run_in_label(state: State, i: int, end: int) -> bool:
    """Whether line ``i`` is a paragraph's run-in label that inline rendering put on a line
    of its own ("Features:" / "Cloud-Based Accessibility:" / "With Xero, the world is your
    office. ..."): a capitalised label of at most :data:`_RUN_IN_LABEL_WORDS` words ending
    in a colon, right over prose-like text or another such label. Block rendering prints
    the label on its paragraph's line, inside the run of prose."""
    raw = state.lines[i].strip()
    if not (raw.endswith(":") and raw[:1].isupper() and state.words[i] <= _RUN_IN_LABEL_WORDS):
        return False
    j = state.text_neighbour(i, 1)
    if j is None or j >= end:
        return False
    nxt = state.lines[j].strip()
    return state.cf[j] in ("good", "near") or (
        nxt.endswith(":") and nxt[:1].isupper() and state.words[j] <= _RUN_IN_LABEL_WORDS)


def _block_ends_sentence(state: State, i: int) -> bool:
    """Whether line ``i``'s block ends a sentence, footnote marks after it aside
    ("... is not codified" / "." / "[66]")."""
    j = state.block_end(i) - 1
    while j > state.block[i] and is_mark(state.lines[j]):
        j -= 1
    return ends_sentence(state.lines[j])


def _resumes(state: State, i: int) -> bool:
    """Whether line ``i`` looks like the article going on: long prose, or a near-good
    line that ends a sentence (the next teaser's title does not)."""
    if state.cf[i] == "good":
        return True
    if state.cf[i] != "near":
        return False
    return _block_ends_sentence(state, i)


def _split_colon(state: State, i: int) -> int:
    """The line after opener ``i`` when it is the opener's colon alone (inline rendering
    prints "Related: <link>" as "Related" / ":" / "<link>": the opener ends in its colon,
    as in block rendering), else ``i``."""
    j = state.text_neighbour(i, 1)
    return j if j is not None and state.lines[j].strip() == ":" else i


def _inline_end(state: State, start: int, end: int, kind: str = "") -> int:
    """An inline link box ("Read also: Title of another story") inside the article.

    An opener that ends with a colon, carries more words than its phrase (the link itself),
    or is a "read also" phrase introduces one or two links, not a teaser block: when prose
    follows within three lines, the zone ends there and the article goes on. A bare "read
    also" line needs a real run of prose after it (a teaser's summary is not one). A
    hatnote (``kind``: a recurring cross-reference too, :func:`_cross_references`) is the
    opener and the block of links after it.
    """
    raw = state.lines[start].rstrip()
    hit = state.zone_hit(start)
    if hit is None:
        return end
    colon = _split_colon(state, start)
    if colon > start and not raw.endswith(":"):
        raw += ":"
    has_link = hit[1] == "prefix"
    if hit[0] == "hatnote" or kind == "hatnote":
        # "Main article: X" on one line, or "Main article:" / "X" (/ "and" / "Y"): the box
        # is the opener and the block of links after it; the section's text follows.
        nxt = state.text_neighbour(colon, 1)
        if has_link or nxt is None or nxt >= end or (
                hit[0] == "readalso" and _paragraph_under(state, nxt)):
            return start + 1  # (a cross-reference's link may be a picture: the text goes on)
        return state.block_end(nxt)
    readalso = hit[0] == "readalso"
    bare = not (raw.endswith(":") or has_link or readalso)
    if bare and hit[0] != "box":
        return end  # "Most read" heads a list of other stories, never a box inside the text
    seen = 0
    for i in range(colon + 1, end):
        if state.is_blank(i) or state.inline[i]:
            continue
        if _resumes(state, i) and _paragraph_block(state, i) and (seen > 0 or (has_link and (
                readalso or (_titled(raw) and _paragraph_then_prose(state, i, end))))
                or (readalso and not has_link and _paragraph_under(state, i))):
            if bare:
                # A bare "Related" over two or three links: a box only when the article
                # really goes on, a long run of prose after it (not one teaser's text).
                if _prose_words(state, i, end, finished=True) >= _BOX_PROSE and not any(
                        is_age(state, j) for j in range(start + 1, i)):
                    return i
                return end
            if raw.endswith(":") or has_link or _prose_words(state, i, end) >= _INLINE_PROSE:
                # "Read more: <link>" holds its link: what follows it is the article's again
                # (a subheading before the resumed text), not part of the box.
                return start + 1 if has_link and readalso else i
            return end
        if not _box_piece(state, i):
            seen += 1
        if seen > 3:
            break
    if readalso and raw.endswith(":"):
        return _late_resume(state, start, end)
    if hit[0] == "box" and raw.endswith(":"):
        # "Mehr zum Thema Gesundheit:" over four headlines inside the article: the box ends
        # where the prose resumes, as a "See also:" box does, but only when nothing between
        # is a locked line (a page's tools, "Print this page", then its footer's notices).
        at = _late_resume(state, start, end)
        if at == end:
            at = _cut_resume(state, start, end)
        if at < end and not any(state.locked[j] for j in range(start + 1, at)):
            return at
    if has_link and _titled(raw) and _late_resume(state, start, end, _INLINE_PROSE, 1) < end:
        # "Related: The Best Antivirus Bundles" holds its link: the box is that line, and
        # the article's subheading and list under it go on to its next paragraphs.
        return start + 1
    return end


# Zone kinds whose opener may head a box of one link set on the line under it.
_ONE_LINK_KINDS = frozenset({"box", "related"})


def _one_link_box(state: State, start: int, end: int, words_before: float) -> int:
    """Where a box of one link inside the article ends: after the link, when opener
    ``start`` is a box word and its colon alone ("Related:") over one linked title (a
    headline: 4 to 16 words, no final stop), the line after that is no other story's
    headline nor a label ending in a colon (the next link's), and the zone up to ``end``
    holds more long prose before its first age line (a teaser card's) than the article
    before the opener (``words_before``, as for :func:`_sidebar_end`); else ``end``.

    Inline rendering cuts "Related: Key Facts & Trends in the U.S. Electronics
    Manufacturing Sector" at its link, so the opener stands alone; what follows the title
    (a subheading, a table cut a cell a line, the article's next sections) is the article
    going on, which the box's three-line reach (:func:`_inline_end`) does not find past
    a table, and which, its paragraphs cut by numbered subheadings, no run of
    :func:`_sidebar_end` outweighs. A box of several links shows a second headline."""
    raw = state.lines[start].strip()
    hit = state.zone_hit(start)
    if hit is None or hit[0] not in _ONE_LINK_KINDS or hit[1] != "exact" or not raw.endswith(":"):
        return end
    title = state.text_neighbour(start, 1)
    if title is None or title >= end or state.locked[title] or not is_headline(state.lines[title]):
        return end
    after = state.text_neighbour(title, 1)
    if after is None or after >= end or _card_headline(state, state.lines[after]) or (
            state.lines[after].rstrip().endswith(":")):
        return end  # a second link, or its label ("Globe Editorial:" / a headline)
    words = 0.0
    for i in range(after, end):
        if is_age(state, i):
            break  # a list of other stories (a card's age), not the article going on
        if state.cf[i] == "good":
            words += state.words[i]
    return after if words > max(words_before, state.params.zone_min_words) else end


# Words of the long-prose paragraph right under a bare "read also" line that make the
# line a box whose link the page printed elsewhere (above it, or as a picture).
_UNDER_PROSE = 30


def _paragraph_under(state: State, i: int) -> bool:
    """Whether line ``i``, the first text line under a bare "read also" opener, opens a
    paragraph of the article: a block of long prose only, of :data:`_UNDER_PROSE` words
    or more, that finishes a sentence, its first line too or cut at a link after a
    lower-case letter ("Zobacz również" / "Skarżący powołali się na art. 6 ...", the box's
    headline printed over the label). A list of other stories puts a headline first,
    never a paragraph; a headline with its date glued to the next paragraph into one block
    ends in no sentence ("... Lunes 02 Mayo, 2022 | 09:37")."""
    first, stop = state.block[i], state.block_end(i)
    head = state.lines[i].rstrip()
    if (first != i or not (ends_sentence(head) or head[-1:].islower())
            or not all(state.cf[j] == "good" for j in range(first, stop))):
        return False
    return (sum(state.words[j] for j in range(first, stop)) >= _UNDER_PROSE
            and _block_ends_sentence(state, i))


def _paragraph_block(state: State, i: int) -> bool:
    """Whether line ``i``'s block reads as a paragraph, not as headlines cut at their links
    that a join glued into one block: not when all its lines are short (under
    :data:`_RESUME_LINE_WORDS` words) and one after the first starts a new sentence without
    the one before it ending (`Our perceptions are` / `Could an astronaut lost in space` /
    `use gravity to get around` / `?`, the ends and starts of a box's headlines). A
    sentence cut at its links goes on in lower case (`Also check` / `the` / `project page`
    / `for the topics ...`) or at a linked name (`church on a hill near` / `Raetihi`)."""
    first, stop = state.block[i], state.block_end(i)
    if any(state.words[j] >= _RESUME_LINE_WORDS for j in range(first, stop)):
        return True
    return not any(_new_sentence(state.lines[j]) for j in range(first + 1, stop))


def _new_sentence(raw: str) -> bool:
    """Whether line ``raw`` opens a sentence, not a linked name: an upper-case first word
    and :data:`_SENTENCE_START_WORDS` words or more, one of them in lower case."""
    words = raw.split()
    return (len(words) >= _SENTENCE_START_WORDS and words[0][:1].isupper()
            and any(w[:1].islower() for w in words[1:]))


_BRACKETS = frozenset("[](){}")


def _box_piece(state: State, i: int) -> bool:
    """Whether line ``i`` of a link box is a piece of a link or of a picture, not a link of
    its own: inline rendering cuts a headline's tag at its markup (`China furious at Macron`
    / `[` / `INSIGHT]|`, `[REACTION]`: no letters, or one word with a bracket), and a
    photo's caption stands over its credit line (`Protesters have worn masks` / `(Image:
    GETTY )`), which block rendering prints as one credit line that the box looks through."""
    raw = state.lines[i].strip()
    if not any(map(str.isalpha, raw)):
        return True
    if " " not in raw and not _BRACKETS.isdisjoint(raw):
        return True
    return _over_credit(state, i)


def _over_credit(state: State, i: int) -> bool:
    """Whether line ``i`` stands right over a photo credit that the context pass looks
    through (a caption over `(Image: GETTY )`: block rendering prints the two as one credit
    line)."""
    nxt = state.text_neighbour(i, 1)
    return nxt is not None and state.inline[nxt] and state.reasons[nxt] == "photo credit"


def _titled(raw: str) -> bool:
    """Whether box opener ``raw`` holds a story's title after its phrase and a colon or a
    dash ("Related: The 15 Weirdest Galaxies in Our Universe": three words or more), not
    a site's name ("Also on rt.com") whose story is the line after it."""
    m = LINK_BOX_RE.match(raw.strip())
    return m is not None and len(m.group(1).split()) >= _BOX_TITLE_WORDS


def _paragraph_then_prose(state: State, i: int, end: int) -> bool:
    """Whether line ``i``, right after a box opener that holds its link ("Related: The 15
    Weirdest Galaxies in Our Universe"), starts a paragraph of long prose with the article
    going on after it (:data:`_INLINE_PROSE` words of finished prose before ``end``): the box
    was that one line. A teaser's summary under its link, or the article's last paragraph
    before the page's other stories, has no such run after it."""
    if state.cf[i] != "good":
        return False
    after = state.block_end(i)
    return after < end and _prose_words(state, after, end, finished=True) >= _INLINE_PROSE


def _late_resume(state: State, start: int, end: int, need: float = _BOX_PROSE,
                 after: int = 0) -> int:
    """Where the article resumes after a "See also:" box whose links and a caption took
    more than three lines (inline rendering cuts each at its links): at the first line,
    within :data:`_LATE_BLOCKS` text blocks, that starts :data:`_BOX_PROSE` words of
    finished prose, no teaser age before it; else ``end`` (a list of other stories). Blocks
    are counted, not lines: inline rendering cuts a caption and the first sentence after
    the box into a line per link ("Waterfront" / "along" / "Auckland CBD" / ", a major hub
    ..."), which block rendering prints as one line each. ``need`` words of finished
    prose are asked (:data:`_BOX_PROSE` unless a caller asks fewer), in a block after the
    first ``after`` text blocks (a box opener holding its link asks that the article's
    subheading or list come first: a teaser's summary right under its link is no resume)."""
    seen = 0
    for i in range(start + 1, end):
        if state.is_blank(i):
            continue
        if is_age(state, i):
            return end
        if state.block[i] != i:
            continue  # a block resumes at its first line or not at all (linear time)
        seen += 1
        if seen > _LATE_BLOCKS:
            break
        if seen > after and _resumes(state, i) and _prose_words(
                state, i, end, finished=True) >= need:
            return i
    return end


# Words of long prose that a box's zone must hold after a short resumed paragraph (two
# more paragraphs' worth) for the article to go on there (see _cut_resume).
_CUT_PROSE = 2 * _INLINE_PROSE


def _cut_resume(state: State, start: int, end: int) -> int:
    """Where the article resumes after a box opener with its colon over headlines ("More
    on health:" / four links), when the first paragraph after them is shorter than
    :data:`_BOX_PROSE` words because a link line cuts it off ("Read more" / ":" / "<title>",
    inline rendering printing the link on lines of its own): at that paragraph
    (:data:`_INLINE_PROSE` words of finished prose) when the zone after it still holds
    :data:`_CUT_PROSE` words of long prose (the article going on); else ``end``. A teaser
    list under such a box has a short summary at most, and the page's other stories after
    it no long prose."""
    at = _late_resume(state, start, end, _INLINE_PROSE)
    if at < end and _zone_good_words(state, state.block_end(at) - 1, end) >= _CUT_PROSE:
        return at
    return end


def _box_link(state: State, i: int) -> str:
    """The linked title on an inline box's opener line ("Read also: <title>"), or ""."""
    if not state.reasons[i].startswith("inline link box opener"):
        return ""
    return link_box_title(state, i)


def _teaser_lines(state: State) -> list[int]:
    """Lines of related zones that may hold teasers: not the openers, and not what follows
    the page footer's first lexicon line ("Contact us", "Privacy policy") in a zone.

    The zone's label still runs to its end (the footer is no article either); only the
    records stop at the footer.
    """
    out: list[int] = []
    in_footer = teaser_seen = False
    for i in range(len(state)):
        if state.rules[i] not in _ZONE_RULES or state.labels[i] is not Label.RELATED:
            if state.locked[i] and teaser_seen and state.reasons[i].startswith(_FOOTER_REASONS):
                in_footer = True
            continue
        if state.reasons[i].endswith("opener"):
            in_footer = teaser_seen = False
        elif not in_footer and not _URL_RE.match(state.lines[i].strip()):
            out.append(i)  # a bare address is a link, not a story
            teaser_seen = True
    return out


def _early_box_end(state: State, start: int, found: list[tuple[int, str, float]]) -> int:
    """Where the article resumes after an inline link box whose opener the guard refused
    for coming too early ("Read also:" / "<title of another story>" after the first
    paragraph, as inline rendering prints it: the link on a line of its own), or
    ``start + 1`` when ``start`` opens no such box.

    The guard keeps an early opener from cutting the article before it started; a "read
    also" box inside the article cuts nothing, so it is read as it would be later in the
    text: its links end where the prose resumes, within a few lines (``_inline_end``).
    """
    hit = state.zone_hit(start)
    if hit is None or hit[0] != "readalso" or hit[1] == "prefix":
        return start + 1
    nxt = next((i for i, _, _ in found if i > start), len(state))
    box_end = _inline_end(state, start, nxt)
    return box_end if box_end < nxt else start + 1


def _decide_zone(state: State, start: int, end: int, label: Label, name: str,
                 inline: bool, article: tuple[int, int] = (0, 0)) -> None:
    """Label a zone ``name`` (or an inline link box, ``inline``: transparent to the context
    pass): its opener ``start`` and the unlocked lines up to ``end``, a teaser's age and
    source lines included, but the lines ``article`` (from, to) that the zone held."""
    state.decide(start, label, f"{name} opener", lock=True)
    state.inline[start] = inline
    for i in range(start + 1, end):
        if article[0] <= i < article[1]:
            continue
        if teaser_part(state, i):
            state.locked[i] = False
        if not state.locked[i]:
            state.decide(i, label, f"inside {name}", lock=True)
            state.inline[i] = inline


def _article_in_zone(state: State, kind: str, start: int, end: int, words_before: float,
                     first_zone: bool) -> tuple[int, int]:
    """The lines ``(first, stop)`` inside the zone from ``start`` to ``end`` that are the
    article's own, ``(end, end)`` for none: an article under a comment link
    (:func:`_article_after_link`), a run of sentences under the page's first related
    heading when it opens a zone, not an inline box (``first_zone``:
    :func:`_sentence_section`),
    a box's lead-in sentence (:func:`_lead_in`)."""
    if kind == "comments":
        return _article_after_link(state, start, end, words_before)
    if kind == "related" and first_zone:
        return _sentence_section(state, start, end)
    if kind == "box":
        return _lead_in(state, start, end)
    return end, end


def zone_openers(state: State) -> None:
    """Label every line from a zone opener to the next opener (or the end) as that zone.

    An opener that the guard refused opens no zone, but the line itself is still the
    heading of a box ("Similar posts" above a short article, "Comments" under it), never
    article text; the context pass looks through it, as through an ad slot.
    """
    found, refused = _openers(state)
    resume_at = ([i for i, r in enumerate(state.reasons) if r.startswith(_RESUME_REASON)]
                 if found else [])
    for i in refused:
        box_end = _early_box_end(state, i, found)
        if box_end > i + 1:
            _decide_zone(state, i, box_end, Label.RELATED, "inline link box", inline=True)
            continue
        state.decide(i, Label.BOILERPLATE, "zone opener too early to end the article",
                     lock=True)
        state.inline[i] = True
        if i + 1 < len(state) and state.block[i + 1] == state.block[i]:
            split_block(state, i + 1)  # the rest of its paragraph is judged on its own
    for n, (start, kind, words_before) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(state)
        inline = False
        if kind != "comments":
            box_end = min(_inline_end(state, start, end, kind),
                          _last_paragraph(state, start, end),
                          _one_link_box(state, start, end, words_before))
            # A hatnote never ends the article, even right before another opener.
            inline = box_end < end or kind == "hatnote"
            end = min(box_end, _sidebar_end(state, start, end, words_before),
                      _resume_end(resume_at, start, end))
        label = Label.COMMENT if kind == "comments" else Label.RELATED
        name = "inline link box" if inline else f"{ZONE_CATEGORIES[kind]} zone"
        article = _article_in_zone(state, kind, start, end, words_before,
                                   first_zone=n == 0 and not inline)
        _decide_zone(state, start, end, label, name, inline, article)
        if kind == "box":
            for i in range(*article):  # the article's own sentence, whatever its neighbours
                state.decide(i, Label.ARTICLE, "sentence leading in to a box's links",
                             lock=True)


def teaser_part(state: State, i: int) -> bool:
    """Whether locked line ``i`` belongs to the teaser it stands in when inside a related
    zone: its age line ("6 hours ago") and its source ("Reuters", read as a photo credit
    elsewhere)."""
    return state.rules[i] == "bylines_dates" or state.reasons[i] == "photo credit"


def is_age(state: State, i: int) -> bool:
    raw = state.lines[i].strip()
    if not raw or len(raw) > 60:
        return False
    return is_age_line(state.keys[i], raw, state.lex) or is_date_line(
        state.keys[i], raw, state.lex.date_words
    )


def _clean_text(state: State, parts: list[str]) -> str:
    """Teaser text: parts joined; a trailing ad/cruft word ("Advertisement") dropped, and
    so are comment counters ("Kommentare (0)", "12 comments"): links, not summary text."""
    text = " ".join(p.strip() for p in parts if p.strip() and not _counter(state, p))
    words = text.rsplit(" ", 1)
    if len(words) == 2 and state.lex.cruft.match(words[1].casefold().strip(".:")):
        text = words[0]
    return text


def _counter(state: State, part: str) -> bool:
    """Whether a teaser line is a comment counter: a comment phrase with a number."""
    hit = state.lex.zones.match(lexicon_key(part))
    return hit is not None and hit[0] == "comments" and DIGIT_RE.search(part) is not None


def teasers(state: State) -> None:
    """Read teaser records out of the related zones (their lines keep the ``related``
    label), and one record for each inline box that holds its link ("Read also: <title>"),
    all in page order."""
    found = [(i, Teaser(title=link)) for i in range(len(state))
             if (link := _box_link(state, i))]
    idx = _teaser_lines(state)
    if idx:
        found += _zone_records(state, idx)
    state.related.extend(_unnumbered([t for _, t in sorted(found, key=lambda r: r[0])]))


# A list number before a teaser's title ("1. ", "2) ").
_LIST_NUMBER_RE = regex.compile(r"^(\d{1,2})[.)] (?=\S)")


def _unnumbered(records: list[Teaser]) -> list[Teaser]:
    """The records with the numbers of a numbered list taken off their titles: a "Most
    popular" box prints "1. <title>", "2. <title>", ...; the number is the box's rank, not
    the story's title. Only a run of two or more records numbered 1, 2, 3 ... in order
    loses them, so a title that opens with a number of its own ("2. Bundesliga: ...") keeps
    it."""
    marks = [_LIST_NUMBER_RE.match(t.title) for t in records]
    nums = [int(m.group(1)) if m else 0 for m in marks]
    out = list(records)
    k = 0
    while k < len(nums):
        end = k
        while end < len(nums) and nums[end] == end - k + 1:
            end += 1
        if end - k >= 2:
            for j in range(k, end):
                m = marks[j]
                if m is not None:
                    out[j] = dataclasses.replace(out[j], title=out[j].title[m.end():])
        k = max(end, k + 1)
    return out


def _zone_records(state: State, idx: list[int]) -> list[tuple[int, Teaser]]:
    """``(first line, record)`` of each teaser in the zone lines ``idx``."""
    ages = [k for k, i in enumerate(idx) if is_age(state, i)]
    lines = [state.lines[i].strip() for i in idx]
    records: list[tuple[int, Teaser]] = []
    back = _title_first(lines, ages)
    if back:
        # Title, byline, age, summary: each record starts at its title, the lines between
        # the title and the age are the source, and what follows the age is its text.
        starts = [max(a - back, ages[n - 1] + 1 if n else 0) for n, a in enumerate(ages)]
        for n, (s, a) in enumerate(zip(starts, ages, strict=True)):
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            records.append((idx[s], Teaser(" ".join(lines[s + 1:a]), lines[a], lines[s],
                                           _clean_text(state, lines[a + 1:end]))))
    elif ages:
        # Each age line anchors a record; a short line right before it is the source,
        # unless it is the line right after the age before (that record's title).
        starts = [a - 1 if a > 0 and len(lines[a - 1].split()) <= 6 and (a - 1) not in ages
                  and (n == 0 or a - 1 > ages[n - 1] + 1) else a
                  for n, a in enumerate(ages)]
        for n, (s, a) in enumerate(zip(starts, ages, strict=True)):
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            source = lines[s] if s < a else ""
            body = lines[a + 1:end]
            if body and body[0][:1] in DASHES and body[0].lstrip(DASHES + " ") in (source, ""):
                source = source or body[0].lstrip(DASHES + " ")
                body = body[1:]
            title = body[0] if body else ""
            records.append((idx[s], Teaser(source, lines[a], title,
                                           _clean_text(state, body[1:]))))
    else:
        # No ages shown: a title-like line starts a record, longer lines are its text.
        cur: list[str] = []
        first = idx[0]
        for k, ln in enumerate(lines):
            titleish = (ln[-1:] not in TERMINAL or ln[-1:] in "?!？！") and len(ln.split()) <= 20
            if titleish and cur:
                records.append((first, Teaser(title=cur[0], text=_clean_text(state, cur[1:]))))
                cur, first = [], idx[k]
            cur.append(ln)
        if cur:
            records.append((first, Teaser(title=cur[0], text=_clean_text(state, cur[1:]))))
    return records


def is_headline(line: str) -> bool:
    """A teaser headline: 4 to 16 words, upper case first, no final punctuation but "?"
    or "!" (not a byline's name, not a sentence)."""
    t = line.strip()
    return HEAD_MIN_WORDS <= len(t.split()) <= HEAD_MAX_WORDS and is_headline_words(t)


def is_headline_words(t: str) -> bool:
    """Upper case (or a digit) first, no final punctuation but "?" or "!"."""
    return bool(t) and (t[0].isupper() or t[0].isdigit()) and (
        t[-1] not in TERMINAL or t[-1] in "?!") and t[-1] not in ",;:"


def _title_first(lines: list[str], ages: list[int]) -> int:
    """How many lines before its age line each record's title stands when the zone's
    records put the title first ("Title" / "Author" / "6 hours ago" / "Summary ..."), or 0.

    Such a record has a summary sentence right after its age; the other template (source,
    age, title, text) has the title there. The place that most records agree on wins. A
    zone of nothing but headline and date pairs (or headline, byline and date triples), a
    headline first and a date last, is read title first too; so are such pairs that end
    the zones' lines after other lines (an inline box's link above a related zone: the
    zones' lines are read as one run), when the last line is a date.
    """
    first = ages[0] if ages else 0
    for step in (2, 3):
        # "Title" / "date" pairs (or "Title" / "By Staff" / "date" triples) and nothing
        # else: the title stands first.
        if (len(ages) >= 2 and first >= step - 1
                and ages == list(range(first, len(lines), step))
                and (first == step - 1 or ages[-1] == len(lines) - 1)
                and all(is_headline(lines[a - step + 1]) for a in ages)):
            return step - 1
    votes = [0, 0, 0]
    for n, a in enumerate(ages):
        nxt = lines[a + 1] if a + 1 < len(lines) else ""
        if not (len(nxt.split()) > HEAD_MAX_WORDS or (ends_sentence(nxt) and not
                                                        is_headline(nxt))):
            continue
        floor = ages[n - 1] + 1 if n else 0
        for back in (1, 2):
            if a - back >= floor and is_headline(lines[a - back]):
                votes[back] += 1
                break
    best = 1 if votes[1] >= votes[2] else 2
    return best if 2 * votes[best] >= len(ages) and len(ages) >= 2 else 0


def comment_records(state: State) -> None:
    """Collect the comment zone's paragraphs (not its opener or widget lines) as comments."""
    current: list[str] = []
    last_block = -1
    for i in range(len(state)):
        if state.labels[i] is not Label.COMMENT or state.reasons[i].endswith("opener"):
            continue
        if state.block[i] != last_block and current:
            state.comments.append(" ".join(current))
            current = []
        current.append(state.lines[i].strip())
        last_block = state.block[i]
    if current:
        state.comments.append(" ".join(current))
