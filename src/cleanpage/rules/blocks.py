"""Rejoin paragraphs that the scraper broke where a link was.

Page text from copy-paste or inline rendering splits a sentence at every link:
``The`` / ``second China-Central Asia Summit , held in ...``. A line continues into the next
when the sentence visibly goes on: the next line starts in lower case or with closing
punctuation, or this line ends with an opening bracket, a function word ("the", "that"), or
is a long sentence-like line without a final stop; on a hard-wrapped page a full line goes on
in the next; two lines of code stay apart. Blocks never span blank or locked lines, except a
line of sentence punctuation only ("," after a link), which belongs to its sentence.
"""

from __future__ import annotations

from collections import Counter

import regex

from ..lexicon import LINK_BOX_KINDS
from ..render import AFTER_CLOSING_QUOTE, LOW_QUOTES
from ..state import State
from ..text import (
    DIGIT_RE,
    FIELD_LABEL_WORDS,
    LINK_BOX_RE,
    LIST_NUMBER_RE,
    TERMINAL,
    TRAIL_MIN_MARKS,
    WRAP_MAX,
    WRAP_MIN_LINE,
    WRAP_SLACK,
    compound_rest,
    ends_sentence,
    is_unspaced_char,
    last_word,
    unit_exponent,
    wrap_cut,
)
from ..types import Label

# Marks a list bullet made of punctuation is at most (see :func:`_bullet`).
_BULLET_MARKS = 3
# Lines in a run of copies that make it a list's items (see :func:`_copy_runs`).
_COPY_RUN = 3
_OPENERS = frozenset("([{“‘«„‚¿¡-–—/")
_CONTINUERS = frozenset(",.;:!?)]}”’»%…，。、！？）」』")
# What a line cut at a hard wrap may go on with besides a letter or a digit: a quote, a
# bracket, or a currency sign before its amount ("... a price starting around" / "$30,000.
# Among the highlights:": wrapped at a space, the amount starts the next line).
WRAP_GOES_ON = frozenset("\"'“‘«($€£¥")
# An ampersand joins two words: a line never ends with one, nor starts with one and a word,
# unless the rendering cut the phrase at a link or a source line break there.
_AMPERSAND = "&"
# What ends a sentence's last word when a link or an emphasis cut it off ("Patching?").
_WORD_ENDS = frozenset(".?!")
# Brackets that open an aside: alone on a line, or before a lower-case word, after an
# unfinished line, the sentence goes on into them.
_ASIDE_OPENERS = frozenset("([（")
# What a sentence goes on with after an aside closes on the same line ("...)." / "...),").
_AFTER_ASIDE = frozenset(".,;:!?")
# A whole aside in brackets that the sentence goes on after in lower case ("Spencer Bachus"
# / "(R) of Alabama", "Black Feminist Thought" / "(1990) argues that"); its content is not a
# list mark ("(ii) the ...", "(2) that ...").
_ASIDE_THEN_RE = regex.compile(r"[(\[]([^()\[\]]{1,80})[)\]][,;:]?\s+\p{Ll}")
_LIST_MARK_RE = regex.compile(r"[ivx]{1,4}|[a-z]|\d{1,2}")
# Lines of a hard-wrapped paragraph found on its own (see :func:`wrapped_runs`).
_RUN_WRAP_LINES = 3
# Code punctuation inside a token (not at its end), or a token that starts with "-", ".",
# or an operator; and the punctuation around prose words.
_CODE_TOKEN_RE = regex.compile(r"[=/$(){}\[\]<>;_\\`|](?=\S)|(?:^|\s)[-.=<>|&]")
_PROSE_PUNCT = ".,;:!?\"'“”‘’«»()[]"
# A line of a settings file, which stop words in its values cannot make prose: a key set to
# a literal alone ('idioma = "es"', "port = 8080", "debug = true"). A section header
# ("[Service]") may be named inside a sentence ("... in the" / "[Service]" / "section using
# ..."), and other statements ("size_t i = 0, j = 0;", "s = slow pace (...)") are left to
# the tests below: a listing joined into one block is judged as one. Bounded quantifiers.
_SETTING_RE = regex.compile(
    r"[A-Za-z_][\w.\-]{0,60} ?= ?(?:\"[^\"]{0,80}\"|'[^']{0,80}'|-?[\d.]{1,20}|true|false)$")
# An import ("from brujula import cargar", "import os"; not "import duties on steel" after a
# link): the first line of code after the imports starts the program's next block.
_IMPORT_RE = regex.compile(
    r"(?:from [\w.]{1,60} )?import [\w.]{1,60}(?:, ?[\w.]{1,60}){0,10}(?: as \w{1,40})?;?$")
# Words of a line of a command after a line of code (a command and its arguments, no
# stop word: "pip install brujula-cli" after "source .venv/bin/activate").
_COMMAND_MIN_WORDS = 2
_COMMAND_MAX_WORDS = 8
# Punctuation that a line of its own may hold between two fragments of a sentence.
_SENTENCE_PUNCT = frozenset(",.;:!?)]}”’»…，。、！？）」』([{“‘«„‚\"'-–— ")
_PUNCT_LINE_MAX = 4
# Clause marks of Chinese and Japanese text: a line ending in one goes on.
_CJK_PAUSES = frozenset("，、")
# A space between two Chinese or Japanese characters: a clause break that some writers
# type instead of "，" ("低溫寒流報到 已將新竹尖石鄉後山..."), in a line at least this long.
_CJK_LETTER = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
_CJK_SPACE_PAUSE = regex.compile(_CJK_LETTER + " " + _CJK_LETTER)
_CJK_SPACED_MIN = 12
# A footnote or citation mark that inline rendering puts on a line of its own after the word
# it marks: "[11]", "[n 1]", "[a]", "[note 3]", "[citation needed]", and a wiki's other
# maintenance tags: "[clarification needed]", "[update]", "[when?]" (not "[edit]").
_MARK_RE = regex.compile(r"\[(?:\d{1,3}|[a-z]{1,2}|[a-z]{1,5}\.? ?\d{1,3}|[a-z]{1,15} needed"
                         r"|update|(?:when|who|which|where|why|by whom)\?)\]",
                         regex.I)
# Words of a lower-case line that goes on from a box heading's words ("Also, on" / "...").
_GOES_ON_WORDS = 8
# A piece of a sentence this short that ends in a comma goes on at the link after it (a
# longer line ending in one is a keyword list or a verse; a line that starts like one,
# "London," or "Dear Jane,", may be a caption's place or a letter's salutation).
_COMMA_PIECE_WORDS = 6
# Commas that a source-wrapped line of prose ending in one may hold (a keyword list holds
# more: "boats, ferries, piers, harbours, tides,").
_WRAPPED_COMMA_MAX = 3
# Dashes that open the rest of a line ("Yorkshire Air Museum" / "- Air Museum situated at
# Elvington", "... often reluctantly" / "— to defuse the crisis"), and the list marks a
# line of a list of such items starts with ("- Ontario" / "- Quebec").
_DASHES = frozenset("-–—")
_LIST_MARKS = frozenset("-–—•*·")
# Quotes that open or close a quotation in running text; "“" closes a German one
# ("... die Marke „" / "Skims" / "“ mitgegründet und ..."), and opens an English one.
_QUOTES = frozenset("\"'“")
# Digits of a citation number on a line of its own ("(" / "12" / ")").
_CITE_DIGITS = 3
# Source numbers after a sentence, superscript in the page ("... Carolina." / "1,2,10,28"):
# two or more numbers of up to three digits, commas between, no space.
_SOURCES_RE = regex.compile(r"\d{1,3}(?:,\d{1,3}){1,15}")
# Words of a lexicon line that may be a linked name inside a sentence ("YouTube").
_NAMED_WORDS = 2
# Words of a sentence's piece before a lexicon word that the piece's punctuation goes on
# after ("... reach me best by writing me an" / "E-Mail" / "."), when the piece's last word
# is no function word the lists know ("per", "meinen"): a share bar's or a menu's line
# before a network's name is a heading or another item, a few words at most.
_NAMED_PIECE_MIN_WORDS = 6
# What the sentence goes on with after such a word: its stop, comma or closing bracket. A
# colon after a "more" link opens the title it is for (a teaser's "... weiterlesen" /
# "mehr" / ": <headline>"), no part of the teaser's sentence.
_NAMED_PIECE_AFTER = frozenset(",.;)")
# Words of a lexicon line that may be a link opening a sentence that the next line goes on
# with ("Follow us" / "to stay up to date on ..."), and words that next line has at least:
# a clause of its own, not a share bar's "on Twitter".
_LINK_LEAD_WORDS = 3
_LINK_REST_MIN_WORDS = 12
# Lexicon categories whose words a sentence may link (a menu's "report", a network's
# "YouTube", a widget's "like"); a consent, sign-up, ad or footer phrase before such a
# clause is its banner's own sentence ("Cookie Policy" / "to see exactly what ...").
_LINKED_CATEGORIES = frozenset({"nav", "share", "widget", "meta"})
# An emoticon alone on its line after the sentence it closes (":-)", "=)", ";D", "^^").
_EMOTICON_RE = regex.compile(r"[:;=]['-]?[()\[\]DPpOo/|*]{1,3}|\^_?\^|<3")
# Words of a capitalised link that a sentence runs through ("dinosaur called" /
# "Cryolophosaurus" / ", which had ..."): a name or a title, not a clause.
_LINKED_NAME_WORDS = 3
# Words of such a name counting the lower-case function words between its capitalised
# words ("... le exigió al" / "Ministerio Público de Guatemala" / ", la devolución ...").
_LINKED_NAME_TOKENS = 5
# A program's menu path named in a sentence ("On the Solid menu, click" / "Fillet Edge >
# Fillet Edge" / "."): at most this many steps, and this many words with the brackets.
_MENU_PATH_STEPS = 3
_MENU_STEP_RE = regex.compile(r" [>›] ")
_MENU_PATH_TOKENS = 3 * _LINKED_NAME_WORDS + 2
# Words of a program's label that ends in an ellipsis ("Select edges to fillet…").
_ELLIPSIS_LABEL_WORDS = 6
# Words of a sentence's piece that a capitalised name may go on from when the line after
# the name goes on in lower case ("... the fourth film in rebooted" / "Star Trek" / "film
# series: ..."): a headline's last words over a menu item are fewer.
_NAME_PIECE_MIN_WORDS = 4
# Words of a sentence's opening clause that ends in a comma before a capitalised name and
# the rest of the sentence in lower case ("However," / "Apple" / "said on Monday ..."):
# the comma marks the clause, however short.
_COMMA_CLAUSE_MIN_WORDS = 1
# Separators between a record's fields ("company • 1.08k models • 46.3k followers"): lines
# holding one are a card's, not pieces of a sentence.
_FIELD_SEPARATORS = "|•·›»"
# What goes on right after a name inside a sentence: its comma, full stop, closing bracket,
# or the "!", "?", ";" or ":" that ends or pauses the sentence at the name ("... findet ihr bei"
# / "WestwingNow" / "! Und aufgepasst ...").
_AFTER_NAME = frozenset(",.)!?;:")
# Signs a linked name does not start with: quotes, brackets, dashes, list marks, sentence
# punctuation, a handle's "@" or a tag's "#" (see :func:`_name_start`).
_NOT_NAME_START = frozenset("\"'“”‘’„«»()[]{}-–—•·*,.;:!?/|@#")
# Words a block of repeated pieces must hold to be a sentence of its own ("back" /
# "Software Engineering": a menu's two items that happen to join).
_PIECED_MIN_WORDS = 4
# Words of a mid-length line that a linked piece may continue when the line ends in a
# function word ("Mit Windows Vista wurde damals die sogenannte" / "Autotuning Funktion" /
# "eingeführt. ..."); shorter and longer lines are judged by :func:`_continues` alone.
_PLAIN_MIN_WORDS = 4
_PLAIN_MAX_WORDS = 11
# Letters of a function word that a sentence cannot end in ("die", "unter", "the", "of").
_FUNCTION_WORD_LETTERS = 4
# Words the line after a linked piece must hold for the sentence to go on into it, in a
# script without letter case (Arabic, Hebrew, Devanagari): with no lower-case start to
# tell the rest of a sentence from a menu item, a line of one or two words (a share bar's
# next network) is not taken for it.
_CASELESS_GOES_ON_WORDS = 3


def code_like(state: State, line: str) -> bool:
    """A line of code or a command: no stop word, and a token with code punctuation in it
    ("x=1", "a/b", "f(x)", "--flag", ".venv", a lone "=") rather than at its end as prose
    has. The punctuation is looked for first: one regex scan, and most prose has none."""
    if _CODE_TOKEN_RE.search(line) is None:
        return False
    return not _holds_stop_word(line, state.lex.stop)


def _holds_stop_word(line: str, stop: frozenset[str]) -> bool:
    """Whether ``line`` holds a function word of the page's language (a piece of a
    sentence does; a record's fields and a menu's items seldom do)."""
    return any(t.strip(_PROSE_PUNCT).casefold() in stop for t in line.split())


def _setting(line: str) -> bool:
    """A settings file's line: a key set to a literal alone (see :data:`_SETTING_RE`)."""
    return _SETTING_RE.match(line.strip()) is not None


def _import(line: str) -> bool:
    """An import statement alone on its line (see :data:`_IMPORT_RE`)."""
    return _IMPORT_RE.match(line.strip()) is not None


def _command_after_code(state: State, a: str, b: str) -> bool:
    """Whether ``b`` is the next command of a block of code that ``a`` is a line of: ``a``
    is a command (code, a lower-case command name first, a letter or digit last) and ``b``
    another, a few words without a stop word or a final stop ("source .venv/bin/activate" /
    "pip install brujula-cli"). The rest of a sentence that a link cut holds its function
    words ("example.com/setup" / "and restart the service")."""
    if not (code_like(state, a) and a[-1:].isalnum() and _command_name(a)
            and _command_name(b)):
        return False  # "f =" / "fast pace": a definition; "(name@site.org)," / "Office hours"
    if not _COMMAND_MIN_WORDS <= len(b.split()) <= _COMMAND_MAX_WORDS or b.rstrip()[-1] in ".!?":
        return False
    return not _holds_stop_word(b, state.lex.stop)


def _command_name(line: str) -> bool:
    """Whether ``line`` starts like a shell command: a lower-case word of ASCII letters
    and a space ("pip install ...", "source ...", "git clone ...")."""
    word = line.split(None, 1)[0] if line.strip() else ""
    return word.isascii() and word.isalpha() and word.islower() and " " in line.strip()


def wrapped_paragraphs(lines: list[str], wrap: int | None,
                       filled: bool = False) -> list[tuple[int, int]]:
    """On a page hard-wrapped at column ``wrap`` (:func:`~cleanpage.text.wrap_width`, kept
    as ``State.wrap``), the spans ``(start, end)`` of two lines
    or more that are one paragraph cut at the wrap: each line but the last is full (within
    ``WRAP_SLACK`` columns of the width) and finishes no sentence, and the next goes on
    with a letter, a digit or a quote. A line the page printed as its own (a menu item, a
    headline) is short; a full line that ends a sentence may end its paragraph, and so
    ends the span, as :func:`_continues` ends a block there."""
    if wrap is None:
        return []
    full = wrap - WRAP_SLACK
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines):
            cur, nxt = lines[i - 1].rstrip(), lines[i].lstrip()
            if (len(cur) >= full and nxt and (nxt[0].isalnum() or nxt[0] in WRAP_GOES_ON)
                    and not ends_sentence(cur) and (not filled or wrap_cut(cur, nxt, wrap))):
                continue
        if i - start > 1:
            spans.append((start, i))
        start = i
    return spans


def wrapped_runs(lines: list[str]) -> list[int | None]:
    """For each line, the width of the hard-wrapped paragraph it belongs to, or ``None``.

    A page may hold a few hard-wrapped paragraphs among unwrapped text (an agency story
    with a break every ~60 characters, rendered inline between menus), which the
    page-wide :func:`~cleanpage.text.wrap_width` misses. A run of three or more lines of 40-100
    characters whose lengths stay within ``WRAP_SLACK`` columns, at least half of them
    after the first starting in lower case or with a digit and one at least in lower case
    (a list of headlines starts every line with a capital or a year), is such a
    paragraph. Linear: one pass, running min/max.
    """
    out: list[int | None] = [None] * len(lines)
    start, lo, hi, lower, small = 0, 0, 0, 0, 0

    def close(end: int) -> None:
        n = end - start
        if n >= _RUN_WRAP_LINES and lower * 2 >= n - 1 and small:
            for k in range(start, end):
                out[k] = hi

    for i, s in enumerate(lines):
        n = len(s)
        if not WRAP_MIN_LINE <= n <= WRAP_MAX:
            close(i)
            start, lo, hi, lower, small = i + 1, 0, 0, 0, 0
            continue
        if i > start and max(hi, n) - min(lo, n) > WRAP_SLACK:
            close(i)
            start, lo, hi, lower, small = i, n, n, 0, 0
            continue
        if i == start:
            lo = hi = n
        else:
            lo, hi = min(lo, n), max(hi, n)
            first = s.lstrip()[:1]
            lower += first.islower() or first.isdigit()
            small += first.islower()
    close(len(lines))
    return out


# Words from which a capitalised line that ends no sentence and holds no spaced comma is
# a headline under a list of links rather than the list's next item.
_LIST_HEADLINE_WORDS = 6
# Letters of the function word that such a line may not end in ("the", "der"): the stop
# lists hold longer nouns too ("vida", "team"), which a headline may end in.
_LIST_END_WORD_LETTERS = 3


def _headline_under_list(state: State, a: int, i: int) -> bool:
    """Whether line ``i``, after line ``a`` that is a comma alone ending a list of links
    ("Tests" / "," / "Used cars" / ","), is a headline under the list, not its next item:
    capitalised, :data:`_LIST_HEADLINE_WORDS` words or more, no comma between words (a
    decimal's comma is no list's), ending in no short function word, and the next
    text line going on neither with the list's or a sentence's punctuation nor in lower
    case ("Organisation for Economic Co-operation and Development" / "," / "ASEAN" is an
    item). Block rendering ends the list's line with the comma and prints the headline on
    a line of its own."""
    if state.lines[a].strip() != ",":
        return False
    b = state.lines[i].strip()
    if not (b[:1].isupper() and len(b.split()) >= _LIST_HEADLINE_WORDS and ", " not in b
            and not ends_sentence(b) and b[-1:].isalnum()):
        return False
    word = last_word(b).casefold()
    if len(word) <= _LIST_END_WORD_LETTERS and word in state.lex.stop:
        return False  # "A regional power" / "," / "New Zealand is involved in the": a sentence
    j = state.text_neighbour(i, 1)
    nxt = state.lines[j].lstrip()[:1] if j is not None else ""
    return not (nxt in _CONTINUERS or nxt.islower())


def _bullet(s: str) -> str:
    """The marks that open line ``s`` as a list item's bullet: up to three signs of
    sentence punctuation right before a letter or a digit (".Asian Cup"), or two or three
    before a space (":. Best of the year"), else "". Punctuation that closes a sentence cut
    at a link starts one line, not every line of a run, so the same marks opening the line
    above or below make a bullet of them; a single mark and a space is no bullet: inline
    rendering cuts a citation at each link, and its pieces go on so line after line
    ('"Income inequality"' / ". Statistics New Zealand" / ". Retrieved")."""
    t = s.lstrip()
    n = 0
    while n < len(t) and n <= _BULLET_MARKS and t[n] in _CONTINUERS:
        n += 1
    if not 0 < n <= _BULLET_MARKS:
        return ""
    rest = t[n + 1:] if n > 1 and t[n:n + 1] == " " else t[n:]
    return t[:n] if rest[:1].isalnum() else ""


def _sentence_cut_at_wrap(a: str, b: str, wrap: int) -> bool:
    """Whether line ``b`` goes on with the paragraph of line ``a``, a full line of a page
    that a tool hard-wrapped at column ``wrap`` (fill-wrapped, see
    :func:`~cleanpage.text.filled_wrap`) and that ends a sentence: a wrap cuts a paragraph
    wherever the width runs out, at a full stop too. ``b``'s first word would not have
    fitted on ``a`` (:func:`~cleanpage.text.wrap_cut`), so the tool, not the page, broke
    the line; and ``b`` is the paragraph's last line: it finishes a sentence and is not full
    (a heading or a menu item under the paragraph finishes none). Without this that last
    sentence falls off as a block of its own, short and judged alone. A full ``b`` stays
    apart: without blank lines between paragraphs it may as well open the next one, and
    two paragraphs of a repeated notice glued into one read as long prose."""
    if len(a) < wrap - WRAP_SLACK or not ends_sentence(a) or a[-1:] == ":":
        return False
    first = b[:1]
    if not (first.isalnum() or first in "\"'“‘«(") or not wrap_cut(a, b, wrap):
        return False
    return ends_sentence(b) and len(b) < wrap - WRAP_SLACK


def _continues(state: State, cur: str, nxt: str, cur_words: int, wrap: int | None = None,
               inside: bool = False, after: str = "") -> bool:
    """Whether line ``nxt`` continues the sentence of line ``cur`` (on a page hard-wrapped at
    column ``wrap``, a full line that does not end a sentence goes on in the next; ``inside``:
    ``cur`` itself continues a sentence, so it is no headline; ``after``: the line after
    ``nxt``, unstripped)."""
    a, b = cur.rstrip(), nxt.lstrip()
    if not a or not b:
        return False
    last, first = a[-1], b[0]
    if (first == "»" and b[1:2].isalnum()) or (last == "«" and "»" in a):
        return False  # German quotes: "»Kein Geld mehr«" opens with » and closes with «
    if (first in _CONTINUERS and _bullet(b) and _bullet(b) in (_bullet(a), _bullet(after))
            and not code_like(state, b)):
        return False  # ".2007: The Year in Review" / ".Asian Cup": a list's items (not
        # ".append(x)" / ".append(y)", a chain of calls, nor "... print(n)" at a prompt)
    if first in _CONTINUERS or last in _OPENERS:
        return True
    if last == _AMPERSAND or (first == _AMPERSAND and b[1:2] == " "):
        return True  # "Results &" / "Discussion", "Schedule" / "& conduct interviews ..."
    if last == '"' and a[-2:-1] == " " and a.count('"') % 2 == 1:
        return True  # 'liest du in unserem Artikel "' / a linked title: the quote opens
    if compound_rest(a, b):
        return True  # "Zugleich sinkt das Risiko, die Radon" / "-Situation zu unterschätzen"
    if first in _QUOTES and len(b) > 1 and (b[1].islower() or b[1] in " ,.;)"):
        return True  # '"in honour of the' opens a quote mid-sentence; '" (Dutch' closes one
    if first in LOW_QUOTES and b[1:2] in AFTER_CLOSING_QUOTE:
        return True  # "Toilet Map Vienna" / "„, die erste App": a low quote typed to close
    if last == "," and _punctuation_only(a):
        return True  # "New Caledonia" / "," / "Fiji": the list goes on after the link
    if inside and _label_with_ellipsis(a, b, cur_words):
        return True  # "At the" / "Extrusion Distance…" / "prompt, type ...": a UI label
    if wrap is not None and state.filled and _sentence_cut_at_wrap(a, b, wrap):
        return True  # a wrapped paragraph's line that ends at a full stop by chance
    if last == ":" or ends_sentence(a):  # a closing quote may follow the full stop
        return False
    if inside and first in _ASIDE_OPENERS and _open_aside(state, b):
        return True  # "the" / "North Island" / "(" / "Te Ika-a-Māui" / ")": a link's aside
    if first in "([" and _aside_goes_on(state, b):
        return True  # "Spencer Bachus" / "(R) of Alabama": the sentence runs through the aside
    if first in _DASHES and b[1:2] == " " and b[2:3].isalpha() and "@" not in b:
        # "Barley Hall" / "- Reconstruction of a medieval town house": a dash goes on from
        # the words before it, unless both are items of a dashed list or the dash credits a
        # quoted post ("— Jane Doe (@jdoe)").
        return a.lstrip()[:1] not in _LIST_MARKS
    if last == "," and _comma_piece_goes_on(state, a, b, cur_words, inside):
        return True
    if last == "," and inside and _wrapped_comma_goes_on(state, a, b, after):
        return True
    if wrap is not None and len(cur) >= wrap - WRAP_SLACK and (
            first.isalnum() or first in WRAP_GOES_ON) and (
            not state.filled or wrap_cut(a, b, wrap)):
        return True
    if last in _CJK_PAUSES:
        return True
    if is_unspaced_char(last) and is_unspaced_char(first):
        # No case in Chinese or Japanese: a line that already holds a clause break ("，")
        # and stops without a full stop was cut at a link; a headline has no such break.
        return any(c in a for c in _CJK_PAUSES) or (
            len(a) >= _CJK_SPACED_MIN and _CJK_SPACE_PAUSE.search(a) is not None)
    if first.islower():
        # "source .venv/bin/activate" after "python -m venv .venv": lines of code, each
        # its own line, not a sentence broken at a link; so are a settings line whose value
        # holds a stop word ('idioma = "es"'), the first code after the imports (which
        # stay one block) and a command after a command. A setting named inside a
        # sentence goes on ("DynamicUser=true" / "as a replacement for").
        if _setting(b) or _command_after_code(state, a, b):
            return False
        if _import(a) and not _import(b) and code_like(state, b):
            return False
        return not (code_like(state, a) and code_like(state, b))
    if (inside and cur_words <= _LINKED_NAME_WORDS and _caseless(first) and _caseless(last)
            and len(b.split(None, _CASELESS_GOES_ON_WORDS)) >= _CASELESS_GOES_ON_WORDS):
        # "... سيأتي من" / "الطاقة الشمسية" / "عبر ألواح أقيمت ...": a linked piece that
        # already continues a sentence goes on into the next line, which no capital could
        # start if it were the same sentence in a cased script.
        return True
    if not (first.isalpha() or first.isdigit() or first in "\"'“‘«("):
        return False
    if cur_words >= 2 and last.isalnum() and _last_word_piece(b):
        return True  # "How effective is File-by-File" / "Patching?": the last word, linked
    # Both tests below say no to a mid-length line without a comma, whatever its last word.
    plain = 3 < cur_words < 12 and "," not in a
    if plain and not inside:
        return False
    word = last_word(a)
    function_word = len(word) <= 4 and word.casefold() in state.lex.stop
    if inside and function_word:
        return True  # "comprises two main landmasses—the" / "North Island": mid-sentence
    if plain:
        return False
    if function_word:
        # "... announced that" / "China National ...": a function word cannot end a sentence.
        # A title can end in one, so mid-length lines must look like prose to qualify.
        if cur_words == 1 and len(word) > 3 and word[0].isupper():
            return False  # "País" / "Incêndios obrigam ...": a section label, then the headline
        return cur_words <= 3 or cur_words >= 12 or "," in a
    # A long prose line without a final stop was cut at a link; a breadcrumb trail ending in
    # the page's headline, printed again under it, is no prose line (see _trail_over).
    return cur_words >= 15 and ("," in a or " " in a) and not _trail_over(a, b)


# Spaced separators of a breadcrumb trail ("Home » News » ...", "Home > Blog > ...").
_TRAIL_MARKS = (" » ", " > ", " / ", " | ")


def _trail_over(a: str, b: str) -> bool:
    """Whether line ``a`` is a breadcrumb trail (one spaced separator of
    :data:`_TRAIL_MARKS` at least :data:`~cleanpage.text.TRAIL_MIN_MARKS` times) whose
    last item is line ``b``: the page's headline printed again under its trail ("Sie sind
    hier:» Home » Presse » Neue Ideen für ..." / "Neue Ideen für ..."), a line of its own,
    not the rest of a long sentence that a link cut."""
    item = b.strip().casefold()
    return any(a.count(m) >= TRAIL_MIN_MARKS and a.rsplit(m, 1)[1].strip().casefold() == item
               for m in _TRAIL_MARKS)


def _caseless(c: str) -> bool:
    """Whether ``c`` is a letter of a spaced script without letter case (Arabic, Hebrew,
    Devanagari, Korean): neither upper nor lower case, and not Chinese or Japanese, whose
    unspaced text has rules of its own."""
    return c.isalpha() and not (c.isupper() or c.islower() or is_unspaced_char(c))


# A field's label ("Cast:", "Instructor:", at most FIELD_LABEL_WORDS words) and the value
# that inline rendering put on the next line because it was a link or the label was bold:
# a short value of at most _VALUE_WORDS words, or an answer of at least _ANSWER_WORDS
# words that finishes a sentence ("A:" / "EQ stands for ... .").
_VALUE_WORDS = 4
_ANSWER_WORDS = 8
# A label that ends in a record in brackets before its colon ("Palm Bay (1-0):", a team
# and its wins and losses over its players' figures in a results list).
_RECORD_LABEL_RE = regex.compile(r"\p{L} \(\d{1,3}(?:[-–]\d{1,3}){1,3}\) ?:$")


def _field_value(state: State, a: int, i: int) -> bool:
    """Whether line ``i`` is the value of the field whose label line ``a`` is ("Cast:" /
    "Robert De Niro", "Instructor:" / "TBA" in a list of records, each value a link; "A:"
    / its answer in a list of questions, the label bold): a label of a few words that
    recurs on the page (the repeated-lines rule dropped it), its colon right after a
    letter, then a value that starts like a word and is no label itself: a short one that
    ends no sentence, or a long one that does. A label printed once ("Written by:", "More
    on:") may head metadata or a tag line; a recurring label over a headline ("Read
    Article:" / "Arctic Monkeys Inspired By ...") is a teaser's link, neither short nor a
    finished sentence; and a box heading ("Main article:", "See also:") stays over its
    link. A label ending in a record in brackets ("Heritage (1-0):", a team over its
    players' figures in a results list) needs not recur, nor a letter before its colon,
    when its value finishes a sentence of eight words or more: inline rendering cut the
    bold team name off its line ("Heritage (1-0): Armani Sheffield 19 points ...")."""
    label = state.lines[a].rstrip()
    if label[-1:] != ":":
        return False  # most lines: no label (asked before the record pattern is tried)
    recurring = state.rules[a] == "repeated_lines"
    record = _RECORD_LABEL_RE.search(label) is not None
    if (not (recurring or (record and state.labels[a] is None)) or state.block[a] != a
            or state.zone_hit(a) is not None):
        return False  # "Main article:" / <link>: a hatnote, an inline box of its own
    t = state.lines[i].strip()
    n = len(t.split())
    return (bool(t) and (label[-2:-1].isalpha() or record)
            and state.words[a] <= FIELD_LABEL_WORDS
            and (t[0].isalnum() or t[0] in "\"'“‘«") and t[-1] != ":"
            and ((recurring and n <= _VALUE_WORDS and not ends_sentence(t))
                 or (n >= _ANSWER_WORDS and ends_sentence(t)))
            and (record or not code_like(state, label)))


def _last_word_piece(b: str) -> bool:
    """Whether line ``b`` is the last word of a sentence or a heading that a link or an
    emphasis cut off: one word in letters, some in lower case, and a final ".", "?" or "!"
    ("Patching?"; not an abbreviation, "N.F.L.", nor a shout, "DAD!!!!!")."""
    t = b.rstrip()
    if " " in t or not t[:1].isalpha() or t[-1] not in _WORD_ENDS:
        return False
    word = t[:-1]
    return word.isalpha() and any(c.islower() for c in word)


def _open_aside(state: State, b: str) -> bool:
    """Whether line ``b`` opens an aside in brackets inside a sentence that a link cut: the
    bracket alone ("North Island" / "(" / "Te Ika-a-Māui" / ")"), or before a lower-case
    word with the bracket still open at the line's end ("Stewart Island" / "(across the" /
    "Foveaux Strait") or with the sentence going on after it ("Waiheke Island" / "(about
    22 km from central Auckland)."). A bracket closed at the line's end ("(enter the code
    above)" under a form field) stands alone, and so do a list mark ("(a) ...") and code
    ("(func $add (param ...").
    """
    t = b.rstrip()
    if len(t) == 1:
        return True
    if not (t[1:3].isalpha() and t[1:3].islower()) or code_like(state, t):
        return False
    opened = sum(t.count(c) for c in _ASIDE_OPENERS)
    return opened > sum(t.count(c) for c in ")]）") or t[-1] in _AFTER_ASIDE


def _aside_goes_on(state: State, b: str) -> bool:
    """Whether line ``b`` opens with a whole aside in brackets and goes on after it in lower
    case ("(photosynthetic photon flux) is a measure ..."): the rest of a sentence whose
    subject a link ended. A caption's "(shot from a helicopter)" stands alone; a list mark
    ("(ii) the ...") and code are no aside."""
    m = _ASIDE_THEN_RE.match(b)
    return (m is not None and _LIST_MARK_RE.fullmatch(m.group(1)) is None
            and not code_like(state, b))


def _comma_piece_goes_on(state: State, a: str, b: str, a_words: int, inside: bool) -> bool:
    """Whether the short piece ``a``, ending in a comma, goes on in line ``b`` at a link
    ("(in French," / "Visages Villages"): ``a`` starts in lower case or with a bracket, or
    itself continues a sentence; ``b`` starts like words and does not end in a comma too
    ("Mixer," / "Rost," / "Schüssel,": the items of a list stay apart); not two lines of
    code."""
    return (a_words <= _COMMA_PIECE_WORDS and (inside or a[0].islower() or a[0] in _OPENERS)
            and (b[0].isalnum() or b[0] in "\"'“‘«(") and b[-1] != ","
            and not (code_like(state, a) and code_like(state, b)))


def _wrapped_comma_goes_on(state: State, a: str, b: str, after: str) -> bool:
    """Whether line ``a``, which itself continues a sentence and ends in a comma, goes on
    into line ``b`` at a line break of the page's source, whatever its length: a paragraph
    wrapped by hand at a ragged width, which inline rendering keeps (``... past the old
    lighthouse, near Portree,`` / ``Skye in the northern`` / ``isles.``). ``b``
    starts like words and is no list item (no comma at its end) and is a piece of the
    sentence: it ends it, or the line ``after`` it goes on in lower case or with sentence
    punctuation (a headline ending in a comma over a line that stands alone stays apart);
    a keyword line holds more than :data:`_WRAPPED_COMMA_MAX` commas; not two lines of
    code."""
    if a.count(",") > _WRAPPED_COMMA_MAX or not (b[0].isalnum() or b[0] in "\"'“‘«("):
        return False
    after = after.lstrip()  # (the raw next line: stripped only here, off the hot path)
    return (b[-1] != "," and (ends_sentence(b) or after[:1].islower()
                              or after[:1] in _CONTINUERS)
            and not (code_like(state, a) and code_like(state, b)))


def link_box_title(state: State, i: int) -> str:
    """The linked title if line ``i`` is an inline "read also" box holding its link
    ("Lire aussi : <title>"), else ""."""
    hit = state.zone_hit(i)
    if hit is None or hit[0] not in LINK_BOX_KINDS or hit[1] != "prefix":
        return ""
    m = LINK_BOX_RE.match(state.lines[i].strip())
    return m.group(1).strip() if m else ""


def _goes_on(nxt: str, nxt_words: float) -> bool:
    """Whether ``nxt`` visibly continues a sentence even after a box heading's words: it
    starts with a comma or a full stop, or it is a long line in lower case ("Also, on" /
    "the first day of the festival, the slaves sat ..."; a teaser title is neither)."""
    first = nxt.lstrip()[:1]
    return first in ",.;)" or (first.islower() and nxt_words >= _GOES_ON_WORDS)


def is_mark(line: str) -> bool:
    """A footnote mark on a line of its own ("[11]", or a list of source numbers without
    brackets, "1,2,10,28"): it belongs after the word before it."""
    t = line.strip()
    if t[:1] == "[":
        return _MARK_RE.fullmatch(t) is not None
    if not t[:1].isdigit() or _SOURCES_RE.fullmatch(t) is None:
        return False
    return any(len(g) != 3 for g in t.split(",")[1:])  # "1,234,567" is a number


def _joinable_lines(state: State, marks: list[bool]) -> list[bool]:
    """For each line, whether it may join a block: undecided lines, and lines only the
    repeated-lines rule removed (in text broken at links, a short fragment ("Apple",
    "the") can recur on the page and still belong to the sentence around it), and lines of
    punctuation or a footnote mark (``marks``). Taken once for the page: no label changes
    while the blocks are formed."""
    out = [(lb is None and not bl) or (rule == "repeated_lines" and not lk)
           or (rule == "symbol_lines" and (mark or _punctuation_only(line)))
           for lb, bl, rule, lk, line, mark in zip(state.labels, state.blank, state.rules,
                                                   state.locked, state.lines, marks,
                                                   strict=True)]
    for i in range(1, len(state) - 1):
        if state.rules[i] == "cruft_lexicon" and (_named_in_sentence(state, i)
                                                  or _link_leads_sentence(state, i)
                                                  or _word_inside_sentence(state, i)):
            out[i] = True
        elif state.rules[i] == "symbol_lines" and _citation_number(state, i):
            out[i] = True
    return out


# The verdict of a date line (see :func:`~cleanpage.rules.cruft.bylines_dates`).
DATE_REASON = "timestamp (date)"
# Lower-case words the line after a date must hold to be the rest of its sentence ("im
# zweiten Video der Serie ..."): a byline's "von Max Mustermann" or a post's "um 12:30
# Uhr" after its date holds one.
_AFTER_DATE_LOWER = 2


def _date_in_sentence(state: State, i: int, joinable: list[bool]) -> bool:
    """Whether date line ``i`` is a date inside a sentence that inline rendering put on a
    line of its own (a link or emphasis: "Sie erzählt am" / "Freitag, 15.10.2021" / "im
    zweiten Video der Serie ..."; "... erhitzten Tabak zum" / "1. Januar 2022" / ","): the
    line before it ends in a lower-case function word, which no sentence ends in (a post's
    "Veröffentlicht am" is a metadata phrase, decided already), and the line after goes on
    with sentence punctuation or in lower case with two lower-case words or more (a
    byline's "von Max Mustermann", a time's "um 12:30 Uhr" after the date hold one)."""
    if not (joinable[i - 1] and joinable[i + 1]):
        return False
    before, after = state.lines[i - 1].rstrip(), state.lines[i + 1].strip()
    if not before or not after or not before[-1].isalpha():
        return False
    word = last_word(before)
    if not (word.islower() and word in state.lex.stop):
        return False
    if after[0] in ",.;:)":
        return True
    toks = after.split()
    return (after[0].islower()
            and sum(1 for t in toks if t[:1].islower()) >= _AFTER_DATE_LOWER)


def _numbers_in_sentences(state: State, joinable: list[bool]) -> list[bool]:
    """For each line, whether it is a figure or a formula inside a sentence that inline
    rendering put on a line of its own ("... each of those has 10 of them, or" /
    "10^5 * 300 = 30,000,000" / "lists in all."; "(GDP) per capita of" / "US$" /
    "36,254."): a line without letters, with a digit, between an unfinished line of words
    and a line that goes on in lower case or with sentence punctuation, or itself closing
    the sentence after a lower-case word or a currency sign; or a unit's exponent after
    a number and a unit of length in a sentence ("5000 m" / "2" / "Park mit See ..."),
    with the line after it. A list's number ("2." before a headline), a score or a counter
    between menu items, a pager's "Page" / "12" / "of the report" is none."""
    out = [False] * len(state)
    for i in range(1, len(state) - 1):
        if state.rules[i] != "symbol_lines" or not (joinable[i - 1] and joinable[i + 1]):
            continue
        t = state.lines[i].strip()
        if len(t) > _FIGURE_MAX or DIGIT_RE.search(t) is None or LIST_NUMBER_RE.fullmatch(t):
            continue
        before, after = state.lines[i - 1].rstrip(), state.lines[i + 1].lstrip()
        if not before or not after or ends_sentence(before) or not _LETTER_RE.search(before):
            continue
        if after[0] in _AFTER_FIGURE or (after[0].islower() and (
                " " in after.rstrip() or ends_sentence(after))):
            # (a single word after it, "9" / "komentara", "2" / "people", is a counter's
            # or a table cell's label, not the rest of a sentence: "lists." finishes one;
            # and a single word before it, "Page" / "12" / "of the report", a widget's;
            # a formula's variable may stand alone)
            out[i] = (state.words[i - 1] >= 2 or len(before.strip()) <= _VARIABLE_CHARS) and (
                before[-1].isalnum() or before[-1] in _BEFORE_FIGURE)
        elif ends_sentence(t):
            out[i] = before[-1].islower() or before[-1] in _CURRENCY
        elif (unit_exponent(before, t) and after[:1].isalnum()
              and _holds_stop_word(before, state.lex.stop)):
            # "wir verbrauchen täglich 15.000 m" / "3" / "Erdöl ...": a unit's exponent
            # (superscript markup) inside a sentence, which goes on after it; a field's
            # "Room size: 12 m" / "2" / "Book now" holds no stop word.
            out[i] = out[i + 1] = True
        elif _year_in_record(state, i, before, t, after):
            # "Jens Weber, geboren 1977 in Erfurt," / "1997" / "Medientechnik-Studium" /
            # "an der HTWK Leipzig, ...": a CV's years, bold, inside one paragraph
            out[i] = out[i + 1] = True
    return out


# A year alone on its line inside a paragraph of dated records (see :func:`_year_in_record`).
_YEAR_RE = regex.compile(r"(?:18|19|20)\d\d")


def _year_in_record(state: State, i: int, before: str, t: str, after: str) -> bool:
    """Whether ``t`` is a year that opens the next record of a paragraph of dated records,
    set in bold and so on a line of its own ("..., geboren 1977 in Erfurt," / "1997" /
    "Medientechnik-Studium" / "an der HTWK Leipzig, ..."): the line before it leaves its
    sentence open with a comma and holds a function word, and the line after it starts
    with a capital and holds one, or goes on in lower case on its next line. A menu's or
    a list's year stands between items without function words; a timeline's entries end
    without a comma ("... empty for years" / "1987" / "The village is declared ...")."""
    if _YEAR_RE.fullmatch(t) is None or not after[:1].isupper():
        return False
    stop = state.lex.stop
    if before[-1] != "," or not _holds_stop_word(before, stop):
        return False
    k = i + 2
    return _holds_stop_word(after, stop) or (
        k < len(state) and state.lines[k].lstrip()[:1].islower())


# A figure or formula inside a sentence (see :func:`_numbers_in_sentences`): at most this
# many characters; what may stand right before it and right after it.
_FIGURE_MAX = 40
_LETTER_RE = regex.compile(r"\p{L}")
_AFTER_FIGURE = frozenset(",.;:)%]")
_BEFORE_FIGURE = frozenset("$€£¥(=+*/×~≈<>")
_CURRENCY = frozenset("$€£¥")
# A formula's variable on a line of its own before the figure ("A" / "2" / "is real").
_VARIABLE_CHARS = 2


# A piece of a formula that inline rendering put on a line of its own: at most this many
# characters, none of them a separator of menus or lists ("|", "»", "•", "/", dashes,
# "§": "affect" / "§" / "becoming").
_PIECE_CHARS = 3
_NOT_IN_FORMULA = frozenset("|»«•·/-–—*~>:;,.!?\"'“”§¶†‡")
# Brackets alone are no operator: "Bougainvillea spectabilis" / "(" / "braziliensis" / ")"
# is a name and its aside, which the bracket rules of :func:`_continues` judge.
_BRACKETS = frozenset("()[]{}")


# The TeX source of a formula that MathML carries beside it (its annotation, for copy and
# paste), which inline rendering prints after the formula's pieces: a brace, a backslash
# and a command ("{\displaystyle A^{\mathsf {H}}}", "{\textstyle \sum _{k}}").
_TEX_RE = regex.compile(r"\{\\[A-Za-z]{2,20}")
# A formula set apart from the text (displayed), one piece a line: at least this many
# lines and this many mathematical operators ("=", "−", "≤", "∑": Unicode's math symbols),
# or its TeX source.
_DISPLAY_LINES = 3
_DISPLAY_OPERATORS = 2
_MATH_OPERATOR_RE = regex.compile(r"\p{Sm}")


def _formula_piece(state: State, j: int, joinable: list[bool]) -> bool:
    """Whether line ``j`` may be a piece of a formula: a variable, a figure or an operator
    of at most three characters, undecided, repeated or without letters (or a lexicon's
    one letter: "x" names a network in a share bar, and a variable in a formula); or the
    formula's TeX source, which ends it (see :func:`_formula_runs`)."""
    t = state.lines[j].strip()
    if t[:1] == "{" and _TEX_RE.match(t):  # the brace first: asked of every line
        return not state.locked[j]
    return (0 < len(t) <= _PIECE_CHARS and not any(c in _NOT_IN_FORMULA for c in t)
            and (joinable[j] or state.rules[j] == "symbol_lines"
                 or (len(t) == 1 and state.rules[j] == "cruft_lexicon")))


def _formula_runs(state: State, joinable: list[bool]) -> tuple[list[int], list[tuple[int, int]]]:
    """Lines of formulas inside sentences, one variable or operator a line ("When" / "a" /
    "≠" / "0" / ", there are two solutions to"): a run of formula pieces holding an
    operator (a character neither letter, digit nor bracket), between an unfinished line of
    words and a line that goes on in lower case or with sentence punctuation. A menu's
    items are words, its separators are no pieces. A run ends after the formula's TeX
    source ("A" / "H" / "{\\displaystyle A^{\\mathsf {H}}}" / ", then ...").

    And the ``(start, end)`` of displayed formulas: other runs of three pieces or more
    that hold two mathematical operators or their TeX source ("x" / "˙" / "=" / "σ" / "(" /
    ...), each a line of its own in block rendering."""
    out: list[int] = []
    shown: list[tuple[int, int]] = []
    n, i = len(state), 1
    while i < n - 1:
        if not _formula_piece(state, i, joinable):
            i += 1
            continue
        e = i
        while e < n and _formula_piece(state, e, joinable):
            e += 1
            if _TEX_RE.match(state.lines[e - 1].strip()):
                break  # the source closes the formula it follows
        pieces = [state.lines[j].strip() for j in range(i, e)]
        if e < n and any(not c.isalnum() and c not in _BRACKETS for t in pieces for c in t):
            before, after = state.lines[i - 1].rstrip(), state.lines[e].lstrip()
            if (joinable[i - 1] and joinable[e] and before and after
                    and _LETTER_RE.search(before) and not ends_sentence(before)
                    and (after[0].islower() or after[0] in _AFTER_FIGURE)):
                out.extend(range(i, e))
            elif e - i >= _DISPLAY_LINES and (
                    _TEX_RE.match(pieces[-1]) or sum(len(_MATH_OPERATOR_RE.findall(t))
                                                     for t in pieces) >= _DISPLAY_OPERATORS):
                shown.append((i, e))
        i = e
    return out, shown


def _citation_number(state: State, i: int) -> bool:
    """Whether line ``i`` is a linked citation number inside its brackets, each on a line of
    its own ("... in the United States (" / "1" / ")."; "(" / "10" / "," / "11" / ")."): a
    short number between a line that opens a bracket or a list and one that closes it or
    goes on with a comma. A counter or a page number stands between words, not brackets."""
    t = state.lines[i].strip()
    if not (t.isdigit() and len(t) <= _CITE_DIGITS) or state.blank[i - 1] or state.blank[i + 1]:
        return False
    before, after = state.lines[i - 1].rstrip(), state.lines[i + 1].lstrip()
    return before[-1:] in ("(", "[", ",") and after[:1] in (")", "]", ",")


# Pieces of an aside in brackets that inline rendering put a line each ("... Inhaltsverzeichnis
# (" / "PDF" / ") zeigt ..."; "... (Billigkeitskontrolle nach" / "§" / "315" / "BGB" / ")."):
# at most this many lines between the open bracket and the closing one, each of at most
# _NAMED_WORDS words.
_BRACKETED_LINES = 3


def _bracketed_pieces(state: State, joinable: list[bool]) -> list[int]:
    """Lines inside an aside in brackets that links or markup cut into lines: after a line
    of words that leaves a round bracket open, up to :data:`_BRACKETED_LINES` short lines
    without brackets (undecided, without letters, or a lexicon word: "PDF", "Twitter"),
    then a line that starts with the closing bracket. A share bar, a menu or a counter
    between menu items is not bracketed inside a sentence; a link's square decoration
    ("[" / "więcej" / "]", a read-more link) and a bracket alone open no aside."""
    out: list[int] = []
    n = len(state)
    for k in range(n - 2):
        t = state.lines[k]
        if state.blank[k] or not joinable[k] or t.count("(") <= t.count(")"):
            continue
        alone = not _LETTER_RE.search(t)
        if alone and not _bracket_after_name(state, k, joinable):
            continue
        j = k + 1
        while j < n and j - k <= _BRACKETED_LINES + 1:
            u = state.lines[j].strip()
            if u[:1] == ")" and j > k + 1:
                if joinable[j] and (not alone or _LETTER_RE.search(u) is not None):
                    out.extend(range(k if alone else k + 1, j))
                break
            if (state.blank[j] or not u or state.words[j] > _NAMED_WORDS
                    or any(c in _BRACKETS for c in u)
                    or not (joinable[j] or state.rules[j] in ("symbol_lines", "cruft_lexicon"))):
                break
            j += 1
    return out


# Words of the line before a round bracket alone that opens an aside ("Kathrin Göbel" /
# "(" / "Twitter" / ") ist ..."): a name or a phrase, not a menu's one word ("Comments" /
# "(" / "3" / ")").
_BEFORE_BRACKET_MIN_WORDS = 2


def _bracket_after_name(state: State, k: int, joinable: list[bool]) -> bool:
    """Whether line ``k``, a round bracket alone, opens an aside right after the words on
    the line before it ("Kathrin Göbel" / "(" / "Twitter" / ") ist Astrophysikerin ...": a
    guest's name and a link to her profile in brackets, which inline rendering cuts a piece
    a line): that line holds two words or more and ends in a letter, no sentence finished.
    The aside then joins it when the line that closes the bracket goes on with words."""
    if state.lines[k].strip() != "(" or k == 0 or not joinable[k - 1]:
        return False
    before = state.lines[k - 1].rstrip()
    return (state.words[k - 1] >= _BEFORE_BRACKET_MIN_WORDS and before[-1:].isalpha()
            and not ends_sentence(before))


def _named_in_sentence(state: State, i: int) -> bool:
    """Whether lexicon line ``i`` is a linked name inside a sentence ("available to rent
    on" / "YouTube" / "."): at most two words, after a line that ends in a function word and
    before a line that goes on with sentence punctuation. A share bar's "YouTube" follows a
    "Follow us" heading or another network's name, not an unfinished sentence. A piece of
    :data:`_NAMED_PIECE_MIN_WORDS` words or more, undecided, may end in a lower-case word the
    stop list lacks ("... schreibt mir am besten per" / "E-Mail" / "."), before a stop, comma,
    semicolon or bracket (:data:`_NAMED_PIECE_AFTER`): a long unfinished sentence is no bar's
    heading, and a piece a phrase removed (a disclosure's "... in our" / "Privacy Policy")
    is no sentence the word could rejoin."""
    if state.words[i] > _NAMED_WORDS or state.blank[i - 1] or state.blank[i + 1]:
        return False
    before, after = state.lines[i - 1].rstrip(), state.lines[i + 1].lstrip()
    if not before or not after or after[0] not in ",.;:)":
        return False
    word = last_word(before)
    if not word[:1].islower():
        return False
    if word in state.lex.stop:
        return True
    return (before[-1:].isalpha() and after[0] in _NAMED_PIECE_AFTER
            and state.words[i - 1] >= _NAMED_PIECE_MIN_WORDS and state.labels[i - 1] is None)


def _link_leads_sentence(state: State, i: int) -> bool:
    """Whether lexicon line ``i`` is a link that a sentence starts or runs through, cut off
    by inline rendering ("Follow us" / "to stay up to date on industry trends. In ...",
    "the" / "best" / "one on the use of filters ..."): a few words with no final stop or
    colon, right before a line that goes on in lower case with a clause of
    :data:`_LINK_REST_MIN_WORDS` words or more. A menu's or a share bar's next line is
    another link, or a few words ("on Twitter"). The phrase is one of
    :data:`_LINKED_CATEGORIES`, matched whole. A capitalised phrase needs the text line
    before it to end a sentence (the link opens the next) or to end in a lower-case word
    (the sentence runs through it): after a capitalised word ("... im Business Netzwerk" /
    "LinkedIn" / "passend ...") the lines above may be a heading, and the context pass finds
    the paragraph's head; a phrase in lower case ("Jane Doe" / "posted" / "a link to ...")
    opens no heading. The block it joins is judged as a whole."""
    if (state.words[i] > _LINK_LEAD_WORDS or state.blank[i + 1]
            or not state.reasons[i].endswith("(exact phrase)")):
        return False
    hit = state.cruft_hit(i)
    if hit is None or hit[0] not in _LINKED_CATEGORIES:
        return False
    line, after = state.lines[i].rstrip(), state.lines[i + 1].lstrip()
    if not (line[-1:] not in TERMINAL and line[-1:] != ":" and after[:1].islower()
            and state.words[i + 1] >= _LINK_REST_MIN_WORDS):
        return False
    prev = state.text_neighbour(i, -1)
    if prev is None or line[:1].islower():
        return True
    before = state.lines[prev].rstrip()
    return ends_sentence(before) or last_word(before)[:1].islower()


def _word_inside_sentence(state: State, i: int) -> bool:
    """Whether lexicon line ``i`` is a word in lower case that a sentence runs through, cut
    off at a link or at a line break of the page's source ("... will likely create a
    viable" / "business" / "entity (rather than ..."): at most :data:`_NAMED_WORDS` words of
    a navigation, share, widget or metadata phrase matched whole, starting in lower case,
    right after an undecided line of :data:`_NAMED_PIECE_MIN_WORDS` words or more that
    finishes no sentence and ends in a lower-case word, and right before an undecided line
    that goes on in lower case. A menu's item in lower case ("news" / "business" / "sport")
    stands between items as short as itself."""
    if (state.words[i] > _NAMED_WORDS or state.blank[i - 1] or state.blank[i + 1]
            or not state.reasons[i].endswith("(exact phrase)")
            or not state.lines[i].lstrip()[:1].islower()):
        return False
    hit = state.cruft_hit(i)
    if hit is None or hit[0] not in _LINKED_CATEGORIES:
        return False
    before, after = state.lines[i - 1].rstrip(), state.lines[i + 1].lstrip()
    return (state.labels[i - 1] is None and state.labels[i + 1] is None
            and state.words[i - 1] >= _NAMED_PIECE_MIN_WORDS and not ends_sentence(before)
            and last_word(before)[:1].islower() and after[:1].islower())


def is_emoticon(line: str) -> bool:
    """An emoticon alone on its line (":-)", "=)", "^^"): inline rendering puts the smiley
    image's text after the sentence it closes, like a footnote mark after its word."""
    return _EMOTICON_RE.fullmatch(line.strip()) is not None


# A user handle: one token of lower-case letters and digits joined by underscores
# ("pepe_gti", "ivan_p", "m_kowal"); no capital, no sentence punctuation, no dot (a
# linked "here." or "www.site.org" ends or stands in a sentence), and an underscore, which
# no word of a sentence holds (a linked "mp3" or "covid19" may stand under a headline).
_HANDLE_RE = regex.compile(r"\p{Ll}[\p{Ll}\d]{0,30}+(?:_[\p{Ll}\d]{1,30}+){1,4}+")


def _handle_under_line(state: State, a: int, i: int) -> bool:
    """Whether line ``i`` is a poster's handle under the line ``a`` that starts its block
    (a forum thread's title over its first poster: "Ruido metálico al pasar por baches" /
    "pepe_gti" / "Registrado: 12 ene 2020"), not a linked word going on with its sentence:
    one lower-case token, not a function word, after a line that ends in a word that is
    not one (a sentence broken at a link to a user ends in "by", "to", "from") or a comma,
    and before a line that does not go on in lower case or with punctuation."""
    if state.block[a] != a or state.words[i] != 1 or i + 1 >= len(state):
        return False
    name, before = state.lines[i].strip(), state.lines[a].rstrip()
    if not _HANDLE_RE.fullmatch(name) or name.casefold() in state.lex.stop or not before:
        return False
    word = last_word(before).casefold()
    if not before[-1].isalnum() or (len(word) <= _FUNCTION_WORD_LETTERS
                                    and word in state.lex.stop):
        return False
    after = state.lines[i + 1].lstrip()
    return not after or after[0].isupper()


def _may_be_piece(state: State, i: int, joinable: list[bool]) -> bool:
    """Whether line ``i`` may be a piece inside a sentence at all: at most
    :data:`_LINKED_NAME_WORDS` words, and a joinable line after it. The four piece tests
    (:func:`_linked_name`, :func:`_piece_after_function_word`,
    :func:`_hashtag_in_sentence`, :func:`_name_before_lower_case`) each ask this first; it
    is asked once for them, since most line boundaries fail it."""
    j = i + 1
    return j < len(state) and state.words[i] <= _LINKED_NAME_TOKENS and joinable[j]


def _piece_in_sentence(state: State, a: int, i: int, joinable: list[bool]) -> bool:
    """Whether line ``i`` is a linked piece inside the sentence of line ``a``: a name, a
    piece after a function word, a hashtag, or a name before a lower-case word."""
    return _may_be_piece(state, i, joinable) and (
        _linked_name(state, a, i, joinable)
        or _piece_after_function_word(state, a, i, joinable)
        or _hashtag_in_sentence(state, a, i, joinable)
        or _name_before_lower_case(state, a, i, joinable))


def _linked_name(state: State, a: int, i: int, joinable: list[bool]) -> bool:
    """Whether line ``i`` is a linked name inside the sentence of line ``a`` ("It could be
    the meat-eating dinosaur called" / "Cryolophosaurus" / ", which had a crest"): a
    capitalised piece of at most three words without a final stop, after a line that ends
    in a word, before a line that goes on with a comma, a full stop, a closing bracket, "!",
    "?", ";" or ":". A headline or a menu item is not followed by its sentence's punctuation.
    A program's menu path is such a name too, its steps names ("On the Solid menu, click" /
    "Fillet Edge > Fillet Edge" / "."), as block rendering prints it inside the sentence."""
    j = i + 1
    if j >= len(state) or state.words[i] > _MENU_PATH_TOKENS or not joinable[j]:
        return False
    after = state.lines[j].lstrip()
    if not after or after[0] not in _AFTER_NAME:
        return False  # most lines: the next line does not go on with punctuation
    before, name = state.lines[a].rstrip(), state.lines[i].strip()
    if not before or not name:
        return False
    if state.words[i] > _LINKED_NAME_WORDS and not (
            (state.words[i] <= _LINKED_NAME_TOKENS and _name_with_inner_words(state, name))
            or _menu_path(name)):
        return False
    if after[1:2].strip() or (before[0] == after[0] and after[0] not in ".!?"):
        return False  # ".Tennis" items; "Martin Baron" / ", executive editor" repeated
    if not (before[-1].isalnum() and _name_start(name)) or name[-1] in ",:;":
        return False
    return not ends_sentence(name) and state.keys[a] not in state.lex.zones.exact


def _label_with_ellipsis(a: str, b: str, a_words: int) -> bool:
    """Whether ``a``, a short piece inside a sentence, ends in an ellipsis that is part of
    a program's label ("Save As…", "Extrusion Distance…": a command that opens a dialog),
    not a sentence's end, because ``b`` goes on in lower case with two words or more ("At
    the" / "Extrusion Distance…" / "prompt, type 2 ..."). The ellipsis is glued to the
    label's last word: a title cut short for a box of recent comments ("Spiel doch mal
    einen Ostsee-Törn …" / "thomas" / "bei") has a space before it."""
    if a_words > _ELLIPSIS_LABEL_WORDS or not a.endswith(("…", "...")):
        return False
    if not a.rstrip(".…")[-1:].isalnum():
        return False
    toks = b.split(None, 2)
    return b[:1].islower() and len(toks) >= 2 and toks[0].strip(_PROSE_PUNCT).isalpha()


def _menu_path(name: str) -> bool:
    """Whether ``name`` is a program's menu path ("Fillet Edge > Fillet Edge", "File ›
    Save As"): two to three steps parted by a spaced angle bracket, each a capitalised
    name of at most :data:`_LINKED_NAME_WORDS` words."""
    parts = _MENU_STEP_RE.split(name)
    return 2 <= len(parts) <= _MENU_PATH_STEPS and all(
        p and p[0].isupper() and len(p.split()) <= _LINKED_NAME_WORDS for p in parts)


def _name_start(name: str) -> bool:
    """Whether ``name`` starts as a linked name or term does: with a capital, or with a
    sign that is no letter, digit, quote or bracket, before a letter ("__init__.py",
    "§ 19a UrhG"): a file or a section named in a sentence. A lower-case piece may be a
    menu item's word, and a handle ("follow him" / "@handle" / ".") closes a contact line
    under the article, no sentence of it."""
    first = name[0]
    if first.isupper():
        return True
    return (not first.isalnum() and first not in _NOT_NAME_START
            and any(c.isalpha() for c in name))


def _name_with_inner_words(state: State, name: str) -> bool:
    """Whether ``name``, longer than :data:`_LINKED_NAME_WORDS` words, is a name whose
    capitalised words hold lower-case function words between them ("Ministerio Público de
    Guatemala", "Bank of England"): it starts and ends with a capital, its first word no
    function word, and at most :data:`_LINKED_NAME_WORDS` of its words are capitalised."""
    toks = name.split()
    if not (toks[0][:1].isupper() and toks[-1][:1].isupper()):
        return False
    if toks[0].casefold() in state.lex.stop:
        return False  # "By the Associated Press" / ".": a byline, "The" / ...: a clause
    caps = sum(1 for t in toks if t[:1].isupper())
    return caps <= _LINKED_NAME_WORDS and all(
        t[:1].isupper() or t in state.lex.stop for t in toks)


def _ends_open(before: str, name: str) -> bool:
    """Whether the sentence piece ``before`` stops where the name ``name`` may go on from
    it: at a word without a stop ("... the fourth film in rebooted" / "Star Trek"), or at a
    comma before a name that is the next clause's subject ("While it may sound like a
    superhero from a distant galaxy," / "Xero" / "is very much grounded ...", the name a
    link). A "name" holding a comma after a comma is the next item of a keyword list."""
    return before[-1:].isalnum() or (before[-1:] == "," and "," not in name)


def _name_before_lower_case(state: State, a: int, i: int, joinable: list[bool]) -> bool:
    """Whether line ``i`` is a linked or emphasised name inside the sentence of line ``a``
    that goes on in lower case after it ("After a three-year silence, there has been news
    on the fourth film in rebooted" / "Star Trek" / "film series: Noah Hawley ..."): ``a``
    a piece of :data:`_NAME_PIECE_MIN_WORDS` words or more that ends in a word without a
    stop or in a comma (:func:`_ends_open`) and that goes on from the line before, holds a
    comma or has 12 words or more (a mid-length line on its own may be a headline over a
    paragraph that opens with a name),
    ``i`` a name of at most three words, each capitalised, not all function words,
    without a final stop, and the line after it going on with a lower-case word, the lines
    on either side holding a function word each and no field separator. A headline
    or a menu item is not followed by the rest of a sentence; a subheading over a paragraph
    whose first words are a link ("Blood sugar and diabetes: Real potential and real risks"
    / "Research also shows" / "that fasting ...") has lower-case words in that link; two
    lines of code stay apart."""
    after = _sentence_goes_on(state, i, joinable)
    if after is None:
        return False
    before, name = state.lines[a].rstrip(), state.lines[i].strip()
    least = _COMMA_CLAUSE_MIN_WORDS if before[-1:] == "," else _NAME_PIECE_MIN_WORDS
    if state.words[a] < least or not _ends_open(before, name) or not name:
        return False
    if (state.block[a] == a and state.words[a] < _PLAIN_MAX_WORDS + 1 and "," not in before
            and not _short_sentence_end(state, a, i + 1)):
        return False  # "Markets rally on rate hopes" / "Wall Street" / "rose ...": a headline
    if name[-1] in ",:;" or ends_sentence(name):
        return False
    if not all(t[0].isupper() or t[0].isdigit() for t in name.split()):
        return False  # "Research also shows" / "that ...": a sentence's start, not a name
    stop = state.lex.stop
    if all(t.strip(_PROSE_PUNCT).casefold() in stop for t in name.split()):
        return False  # "Secure .gov websites use HTTPS" / "A" / "lock ...": no name
    if not (_holds_stop_word(before, stop) and _holds_stop_word(after, stop)):
        return False
    if any(c in before or c in after for c in _FIELD_SEPARATORS):
        return False  # "company • 1.08k models" / "Intel" / "company • ...": a grid's cards
    return not (code_like(state, before) or code_like(state, after)
                or state.keys[a] in state.lex.zones.exact)


def _short_sentence_end(state: State, a: int, j: int) -> bool:
    """Whether line ``a``, a phrase left open (a function word right before its last word),
    and line ``j`` after the name are one sentence that ``j`` ends within
    :data:`_PLAIN_MAX_WORDS` words ("No release date for the fourth" / "Star Trek" / "film
    has yet been announced."): a headline ends in a noun (`Markets rally on rate hopes`)
    and its name goes on into its paragraph (`Wall Street` / `rose ...`)."""
    words = state.lines[a].split()
    if len(words) < 2 or words[-2].strip(_PROSE_PUNCT).casefold() not in state.lex.stop:
        return False
    return state.words[j] <= _PLAIN_MAX_WORDS and ends_sentence(state.lines[j])


def _sentence_goes_on(state: State, i: int, joinable: list[bool]) -> str | None:
    """The line after the short piece ``i`` (at most :data:`_LINKED_NAME_WORDS` words),
    stripped, when it may go on with the sentence the piece is inside: joinable, starting
    with a lower-case word of letters; else ``None`` (most lines: the next line starts a
    new block; "hello@site.com" is no word)."""
    j = i + 1
    if j >= len(state) or state.words[i] > _LINKED_NAME_WORDS or not joinable[j]:
        return None
    after = state.lines[j].lstrip()
    if not after[:1].islower() or not after.split(None, 1)[0].strip(_PROSE_PUNCT).isalpha():
        return None
    return after


def _compound_goes_on(state: State, i: int, joinable: list[bool]) -> str | None:
    """The line after the short piece ``i``, stripped, when it is the rest of a compound
    whose first part the piece is and goes on in lower case after it ("nach" / "NDR" /
    "-Recherchen von einem Datenleck ...", rendered "NDR-Recherchen"); else ``None``."""
    j = i + 1
    if j >= len(state) or state.words[i] > _LINKED_NAME_WORDS or not joinable[j]:
        return None
    after = state.lines[j].strip()
    return after if compound_rest(state.lines[i].rstrip(), after) else None


def _piece_after_function_word(state: State, a: int, i: int, joinable: list[bool]) -> bool:
    """Whether line ``i`` is a linked piece inside the sentence of line ``a`` that ends in a
    function word ("In nicht mehr ganz 2 Wochen ist es soweit: das" / "Barcamp Graz 2015" /
    "steht vor der Tür ..."): ``a`` a mid-length line ending in a lower-case function word
    (no sentence ends in one), ``i`` a capitalised piece of at most three words without a
    final stop, and the line after it going on in lower case. A headline or a menu item
    after an unfinished line is not followed by the rest of a sentence."""
    after = _sentence_goes_on(state, i, joinable) or _compound_goes_on(state, i, joinable)
    if after is None:
        return False
    before, piece = state.lines[a].rstrip(), state.lines[i].strip()
    if not (_PLAIN_MIN_WORDS <= state.words[a] <= _PLAIN_MAX_WORDS) or not piece:
        return False
    word = last_word(before)
    if not (before[-1:].isalpha() and word == before[-len(word):] and word.islower()
            and len(word) <= _FUNCTION_WORD_LETTERS and word in state.lex.stop):
        return False
    if not piece[0].isupper() or piece[-1] in ",:;" or ends_sentence(piece):
        return False
    return not (code_like(state, before) or code_like(state, after)
                or state.keys[a] in state.lex.zones.exact)


# A hashtag: "#" and a word of letters, digits or underscores ("#WomenDigit", "#Esperanza").
_HASHTAG_RE = regex.compile(r"#\p{L}[\p{L}\d_]{0,40}+")


def _hashtag_in_sentence(state: State, a: int, i: int, joinable: list[bool]) -> bool:
    """Whether line ``i`` is a linked hashtag inside the sentence of line ``a`` ("Das
    Forschungsprojekt" / "#WomenDigit" / "will herausfinden, ..."; "Este mediodía la Base" /
    "#Esperanza" / "registró un nuevo récord ..."): a hashtag alone, after a line that ends
    in a letter or a digit without a final stop, before a line that goes on with a
    lower-case word. A list of tags is not followed by the rest of a sentence."""
    if _HASHTAG_RE.fullmatch(state.lines[i].strip()) is None:
        return False
    after = _sentence_goes_on(state, i, joinable)
    before = state.lines[a].rstrip()
    return (after is not None and before[-1:].isalnum() and not ends_sentence(before)
            and not (code_like(state, before) or code_like(state, after)))


def _punctuation_only(line: str) -> bool:
    """A line of nothing but sentence punctuation (",", ".", ")", "“"): inline rendering
    puts the comma or full stop after a link on a line of its own."""
    t = line.strip()
    return bool(t) and len(t) <= _PUNCT_LINE_MAX and all(c in _SENTENCE_PUNCT for c in t)


def _copy_runs(keys: list[str], words: list[float]) -> list[bool]:
    """Which lines stand in a run of :data:`_COPY_RUN` lines or more that are copies of each
    other, figures aside, of two words or more ("archive since 2008" / "archive since 2007"
    / ...): a list's items, which a sentence does not go on into though they start in lower
    case (a sentence's words do not repeat line after line; one word may, "link" / "link",
    as may two lines). :func:`join_fragments` parts them where a copy ends in a letter or
    a digit and is no code ("list: [" / "list: [" opens a structure line after line)."""
    out = [False] * len(keys)
    start = 0
    for i in range(1, len(keys) + 1):
        if i < len(keys) and keys[i] and keys[i] == keys[start] and words[i] >= 2:
            continue
        if i - start >= _COPY_RUN and keys[start] and words[start] >= 2:
            out[start:i] = [True] * (i - start)
        start = i
    return out


def join_fragments(state: State) -> None:
    """Group consecutive lines into paragraph blocks (``state.block``).

    A repeated line (or a punctuation line) that joins a block with an undecided line is
    undecided again: it is a piece of that paragraph, not a menu item or a separator.
    """
    marks = [is_mark(s) or is_emoticon(s) for s in state.lines]
    joinable = _joinable_lines(state, marks)
    figures = _numbers_in_sentences(state, joinable)
    inline, shown = _formula_runs(state, joinable)
    for i in inline:
        figures[i] = True
    for i in _bracketed_pieces(state, joinable):
        figures[i] = True
    for i in range(1, len(state) - 1):
        if state.reasons[i] == DATE_REASON and _date_in_sentence(state, i, joinable):
            figures[i] = True
    # A displayed formula is a block of its own, as in block rendering: its pieces join
    # each other, not the heading or sentence before it, nor the line after it unless that
    # goes on with sentence punctuation ("=" / "0" / "." after "... is such that").
    display: dict[int, bool] = {}
    for start, end in shown:
        for i in range(start, end):
            figures[i] = True
            display[i] = i > start
        if end < len(state):
            display[end] = state.lines[end].lstrip()[:1] in _AFTER_FIGURE
    joinable = [j or f for j, f in zip(joinable, figures, strict=True)]
    wrap = state.wrap
    local = wrapped_runs(state.lines) if wrap is None else None
    lines, keys, words, labels, block = (state.lines, state.keys, state.words, state.labels,
                                         state.block)
    box_headings = state.lex.zones.exact
    copies = _copy_runs(keys, words)
    reopen = False
    anchor = 0  # the line the next one is judged against: footnote marks are skipped
    for i in range(1, len(state)):
        if not (joinable[i] and joinable[i - 1]):
            anchor = i
            continue
        a = anchor if marks[i - 1] else i - 1
        if marks[i]:
            joined = not marks[a]  # "uncertain\"," / "[11]": the mark of that word
        else:
            # "Lees ook" / "See also" end in a function word but are headings of a box
            # (unless the sentence visibly goes on: "See also" / ","), and a "Read also:
            # <link>" line stands alone between two paragraphs.
            joined = (not (copies[i] and copies[a] and lines[i].lstrip()[:1].islower()
                           and lines[a][-1:].isalnum() and not code_like(state, lines[i]))
                      and (keys[a] not in box_headings or _goes_on(lines[i], words[i]))
                      and _continues(state, lines[a], lines[i], int(words[a]),
                                     wrap if local is None else local[a],
                                     inside=block[a] != a,
                                     after=lines[i + 1] if i + 1 < len(lines) else "")
                      and not (link_box_title(state, a) or link_box_title(state, i))
                      and not _handle_under_line(state, a, i)
                      and not _headline_under_list(state, a, i))
            if not joined and (figures[i] or _piece_in_sentence(state, a, i, joinable)
                               or _field_value(state, a, i)):
                joined = True
            joined = display.get(i, joined)
            anchor = i
        if joined:
            block[i] = block[i - 1]
            reopen = reopen or labels[i] is not None or labels[i - 1] is not None
    if reopen:
        _reopen_repeated(state, joinable)
    for i, fig in enumerate(figures):
        if fig and _TEX_RE.match(lines[i].strip()):
            # The formula's TeX source is MathML's hidden annotation, which no reader sees:
            # out of the text, though its block holds it (looked through, as an ad slot).
            state.decide(i, Label.BOILERPLATE, "a formula's TeX source", lock=True)
            state.inline[i] = True


def _reopen_repeated(state: State, joinable: list[bool]) -> None:
    """Clear the repeated-lines (or punctuation-line) verdict of lines now inside a block
    with undecided lines: they are pieces of that paragraph. So are the pieces of a block
    made of repeated lines only when the block itself is found once on the page (see
    :func:`_pieced_sentence`)."""
    members: dict[int, list[int]] = {}
    for i in range(len(state)):
        if joinable[i]:
            members.setdefault(state.block[i], []).append(i)
    joined = [idx for idx in members.values() if len(idx) > 1]
    closed = [not any(state.open(i) for i in idx) for idx in joined]  # no undecided line
    seen = Counter(tuple(state.keys[i] for i in idx)
                   for idx, shut in zip(joined, closed, strict=True) if shut)
    for idx, shut in zip(joined, closed, strict=True):
        if shut and not _pieced_sentence(state, idx, seen):
            continue
        for i in idx:
            if not state.open(i):
                state.labels[i] = None
                state.rules[i] = ""
                state.reasons[i] = ""
                state.locked[i] = False


def _pieced_sentence(state: State, idx: list[int], seen: Counter[tuple[str, ...]]) -> bool:
    """Whether block ``idx``, all of whose lines are repeated on the page, is a sentence
    pieced together from recurring words ("Press the" / "Delete" / "key.", "At the" /
    "Extrusion Distance…" / "prompt, ..." in a manual whose every step names a menu and a
    key): two lines of words or more, :data:`_PIECED_MIN_WORDS` words in all, and the block
    as a whole found once on the page. A menu, a form's consent line or a table of
    contents repeats whole ("Ich akzeptiere die" / "Datenschutzbestimmungen" / "von ...",
    a heading list printed again over its sections)."""
    if sum(state.words[i] for i in idx) < _PIECED_MIN_WORDS:
        return False
    if sum(1 for i in idx if any(c.isalpha() for c in state.lines[i])) < 2:
        return False
    return seen[tuple(state.keys[i] for i in idx)] == 1
