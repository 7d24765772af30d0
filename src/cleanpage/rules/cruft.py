"""Lexicon rules: cruft phrases from the per-language data files, gated by line length.

A line that *is* a cruft phrase ("Advertisement", "Share on Facebook", "Hashtags") is
boilerplate wherever it stands. A line that only *starts* with one ("We use cookies to...")
is boilerplate only while it is short, so an article sentence that mentions cookies or
advertising is not removed. Verdicts are locked: the context pass cannot flip them.
"""

from __future__ import annotations

import regex

from ..lexicon import (
    AGE_LEAD,
    CRUFT_CATEGORIES,
    GLUED_MAX_WORDS,
    INNER_MAX_WORDS,
    Lexicon,
    PhraseTable,
    holds_words,
    norm_key,
)
from ..state import State
from ..text import CLOSERS, DIGIT_RE, TERMINAL
from ..types import Label
from .blocks import DATE_REASON, wrapped_paragraphs

# Categories whose banners are whole sentences and so may run longer than a menu item (a
# consent manager's purposes run to a hundred words: "We and our 977 partners store and
# access personal data, like ..."). A promo stays short: an article paragraph may open
# with its words ("Explore what ...", "Try it free ..." in a review).
_LONG_CATEGORIES = {"consent": 120, "account": 30, "ads": 20, "promo": 20}
# A line holding an inner phrase ("... All rights reserved. Terms of Use") has fewer words.
_INNER_MAX_WORDS = INNER_MAX_WORDS
# ... but a comment policy runs longer ("As you comment, please be respectful of other
# commenters and other viewpoints. Our goal with article comments is ...", 60 words), and so
# does a sign-up form's fine print ("I agree to join ... and to receive emails about ...")
# or an affiliate disclosure. Their phrases name the comments, the subscription or the
# commission themselves, which an article's paragraph seldom does; a legal notice's phrases
# ("... may not be reproduced ...") close some agencies' articles, and keep the shorter limit.
_LONG_INNER_MAX_WORDS = 90
_LONG_INNER_CATEGORIES = frozenset({"widget", "account", "ads"})
# Footer phrases of two or more words that make a long copyright line the footer's bar.
_FOOTER_BAR_PHRASES = 2
# Categories whose lines sit inside an article's text (an ad slot between two paragraphs)
# rather than around it; the context pass looks through them.
_INLINE_CATEGORIES = frozenset({"ads", "resume"})
# A lower-case identifier alone on its line ("print", "next") and the bracket of its call
# alone on the next ("(" or "()"): a function call in a code sample that inline rendering
# split token by token, not a menu's "Print" or "Next" link.
_IDENTIFIER_RE = regex.compile(r"[a-z_][a-z0-9_]{0,40}")
_CALL_BRACKETS = frozenset({"(", "()"})
# A copyright notice: the sign (or "(c)") first; the normalised key has no symbols.
_COPYRIGHT_RE = regex.compile(r"^\W{0,3}(?:©|ⓒ|\([cC]\)\s)")
# Words of a line that may end in a photo credit (a caption with its credit).
_CREDIT_MAX_WORDS = 12
# Words of a caption with its credit on one line (one sentence, see _credit_end).
_CAPTION_MAX_WORDS = 35
# Words of a box heading that ends in a one-word sign-up phrase ("Cicero Newsletter",
# "Der Verivox-Newsletter", "Get the Boing Boing Newsletter"): a site's name before it,
# capitalised (a list's item "a quarterly newsletter" among a membership's benefits is not).
_SUFFIX_MAX_WORDS = 5
# A sentence's end inside a line: a caption has none before its credit.
# Not after a digit: a German date's ordinal ("am 21. Januar").
_SENTENCE_BREAK_RE = regex.compile(r"[\p{Ll})][.!?][\"”“»«]?\s+\p{Lu}")
# A copyright sign glued to the caption's last word ("festlegt© Bundesregierung/S. Kugler")
# with a short credit after it.
_GLUED_COPYRIGHT_RE = regex.compile(r"\p{L}©\s?[^.!?©]{1,60}$")
# Characters at a line's end that may hold an agency's name.
_CREDIT_TAIL = 40
# Words of a credit label alone on its line ("Credit:", "Image credit:"), the caption and
# the name around it on their own lines.
_LABEL_MAX_WORDS = 2
# Words of the caption over such a label: a shorter line may be a list item or subheading.
_PARTED_CAPTION_MIN_WORDS = 8
# What separates a byline from its date: "By Jane Doe | Updated 2 April".
_BYLINE_SEP_RE = regex.compile(r"\s[|·•—–]\s")
# "By Jane Doe", "Von Max Muster": short author lines. Names are capitalised words. The
# name's letters are taken possessively (``*+``): a run of capitals cannot be split into
# "names" in every possible way when the line does not match (polynomial backtracking).
_NAMES = r"(?:\p{Lu}[\p{L}.'’-]*+,?\s?){1,5}"
BYLINE_RE = regex.compile(rf"^\w+:?\s+{_NAMES}$")
# An author's name alone on its line (inline rendering put the byline word before it).
_NAME_RE = regex.compile(rf"^{_NAMES}$")
# A line made only of dates, times and date words ("Nov 18, 2019 11:03 PM", "24.11.2007").
# Digits and letters are separate tokens: "2024年11月3日" is 2024 / 年 / 11 / 月 / 3 / 日,
# "14h30" is 14 / h / 30.
_DATE_TOKEN_RE = regex.compile(r"\d+|[^\W\d_]+")
# Years a four-digit number of a date line may be.
_YEAR_MIN = 1800
_YEAR_MAX = 2100
# Signs that make a line of numbers a price or a share, not a date.
_NOT_DATE_SIGNS = frozenset("$€£¥₹%")
# Letters of a date word that makes a line without a number a date ("Today", not "at").
_DATE_WORD_MIN = 3
# Letters glued to a number in dates and times.
_NUMBER_SUFFIXES = frozenset({"st", "nd", "rd", "th", "am", "pm", "h", "t", "z"})

# A server's error message that a broken page prints into its text ("Warning: Creating
# default object from empty value in /www/htdocs/wp-includes/classes.php on line 407",
# "[ Strict Standards: Non-static method ... in /www/.../plugin.php on line 12"): the
# scripting engine's label at the start, a script's absolute path and its line number.
_SERVER_ERROR_HEAD_RE = regex.compile(
    r"^\W{0,3}(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|Fatal error"
    r"|Catchable fatal error|Parse error):\s")
_SERVER_ERROR_TAIL_RE = regex.compile(r" in (?:/|[A-Za-z]:\\)\S{1,300}+ on line \d{1,6}\b")


def cruft_lexicon(state: State) -> None:
    """Label lines that are (or, when short, start with) a cruft phrase of the language."""
    lex = state.lex
    table, names, credit_re = lex.cruft, lex.credit_names, lex.credit_re
    max_words = state.params.lexicon_max_words
    lines, labels = state.lines, state.labels
    for i, key in enumerate(state.keys):
        if not key or labels[i] is not None:
            continue
        hit = state.cruft_hit(i)
        spaces = key.count(" ")  # the line's words less one, asked below again and again
        line = lines[i]
        head = line[:6]
        if (hit is None and ("©" in head or "ⓒ" in head or "(" in head)
                and spaces < max_words and _COPYRIGHT_RE.match(line)):
            if spaces < _CREDIT_MAX_WORDS and _names_agency(key, names):
                # "© Shutterstock/racorn", "© dpa": a picture agency's credit under a photo
                if state.decide(i, Label.BOILERPLATE, "photo credit", lock=True):
                    state.inline[i] = True
                continue
            hit = ("footer", "prefix")  # "© 2025 Site name": the key drops the sign
        if hit is None and spaces >= _INNER_MAX_WORDS:
            hit = _long_inner(table, key)
        if hit is None and spaces < GLUED_MAX_WORDS:
            # Link texts of a menu or a widget glued on one line ("Rezept drucken Bei
            # Pinterest speichern"); a zone opener among them is left to zone_openers.
            glued = state.glued(i)
            if glued is not None and all(c in CRUFT_CATEGORIES for c in glued):
                hit = (glued[0], "glued")
        if (hit is None and 0 < spaces < _SUFFIX_MAX_WORDS
                and line.lstrip()[:1].isupper() and line.rstrip()[-1:] not in TERMINAL
                and table.exact.get(key.rpartition(" ")[2]) == "account"):
            hit = ("account", "suffix")
        if hit is None and " on line " in line and _server_error(state, i):
            state.decide(i, Label.BOILERPLATE, "server error message", lock=True)
            continue
        if hit is None:
            if key in names or (spaces < _CAPTION_MAX_WORDS and _may_hold_credit(line, lex)
                                and _credit_end(line.rstrip(), key, credit_re)):
                # A photo's credit stands between two paragraphs: context looks through it.
                if state.decide(i, Label.BOILERPLATE, "photo credit", lock=True):
                    state.inline[i] = True
            continue
        cat, how = hit
        if how == "exact" and (_called(state, i) or _quoted(line) or (
                cat != "share" and _sentence_end(state, i))):
            continue  # ("Folgen Sie uns auf" / "Facebook." is still a follow prompt)
        if how == "prefix" and _goes_on(state, i):
            continue  # "Posted on social media by the analysts at" / ", the port of ..."
        if how == "prefix" and spaces + 1 > _LONG_CATEGORIES.get(cat, max_words):
            # Too long for its first words to make it a banner, unless it is a footer's link
            # bar ("Copyright Site Inc. All rights reserved • Terms of Use • Privacy Policy"):
            # a copyright line that only says so may close an agency's article.
            if cat == "footer" and spaces < _INNER_MAX_WORDS and table.count_held(
                    key, "footer") >= _FOOTER_BAR_PHRASES:
                how = "link bar"
            elif cat != "footer" and (inner := _long_inner(table, key)):
                # Too long for its first words, but a phrase inside it still marks it
                # ("Please understand that comments are moderated ..." runs past twelve
                # words; "... comments are moderated ..." stands in it). Not a copyright
                # line: an agency's notice under its article holds "all rights reserved".
                cat, how = inner
            else:
                continue
        elif how == "inner" and spaces >= (
                _LONG_INNER_MAX_WORDS if cat in _LONG_INNER_CATEGORIES else _INNER_MAX_WORDS):
            continue  # an article sentence may quote a footer phrase
        if state.decide(i, Label.BOILERPLATE, f"{CRUFT_CATEGORIES[cat]} ({how} phrase)",
                        lock=True):
            state.inline[i] = cat in _INLINE_CATEGORIES
    _wrapped_phrases(state)
    _split_phrases(state)
    _cut_banners(state)
    _parted_credits(state)
    _bracketed_credits(state)
    _labelled_captions(state)


def _labelled_captions(state: State) -> None:
    """The line right under a caption label alone on its line (``caption.txt``: "Image
    caption", "Media caption") is the picture's caption: a screen reader's label printed
    before it, which block rendering keeps on the caption's line ("Image caption Crowds
    gather ...", dropped as article metadata) and inline rendering cuts off at its markup.
    The caption reads as a sentence and would pass for the article's. Only an undecided
    line of fewer than :data:`_CAPTION_MAX_WORDS` words (a paragraph is longer); locked."""
    labels = state.lex.caption_labels
    if not labels:
        return
    for i, key in enumerate(state.keys):
        if key not in labels:
            continue
        j = state.text_neighbour(i, 1)
        if (j is not None and state.open(j) and state.keys[j]
                and state.keys[j].count(" ") < _CAPTION_MAX_WORDS):
            state.decide(j, Label.BOILERPLATE, "caption under its label", lock=True)


def _server_error(state: State, i: int) -> bool:
    """A server's error message printed into the page (``_SERVER_ERROR_HEAD_RE``): never the
    article's, unless a sentence announces it as a quote (``I get this error:``, a question
    about the error on a forum), so not right after a line ending in a colon."""
    line = state.lines[i]
    if not (_SERVER_ERROR_HEAD_RE.match(line) and _SERVER_ERROR_TAIL_RE.search(line)):
        return False
    j = i - 1
    while j >= 0 and not state.keys[j]:
        j -= 1
    return j < 0 or not state.lines[j].rstrip().endswith(":")


# Verdicts of a line's phrase that a hard-wrapped paragraph takes as a whole.
_PARAGRAPH_HOWS = ("prefix", "inner", "link bar")
_PARAGRAPH_REASONS = tuple(f"({how} phrase)" for how in _PARAGRAPH_HOWS)
# A copyright line's first words keep their verdict on a wrapped page whatever follows
# ("Copyright Example News 2007. All rights reserved. The" / "copying ... is prohibited"):
# :func:`~cleanpage.rules.title.footer_blurbs` counts it among the footer's lines there.
_FOOTER_NAME = CRUFT_CATEGORIES["footer"]


def _phrase_verdict(table: PhraseTable, key: str, max_words: int) -> tuple[str, str] | None:
    """``(category, how)`` of a prefix or inner phrase that marks the whole line ``key``
    under the word limits :func:`cruft_lexicon` applies to one line, or ``None``."""
    spaces = key.count(" ")
    hit = table.match(key)
    if hit is None and spaces >= _INNER_MAX_WORDS:
        hit = _long_inner(table, key)
    if hit is None or hit[1] not in _PARAGRAPH_HOWS:
        return None
    cat, how = hit
    if how == "prefix" and spaces + 1 > _LONG_CATEGORIES.get(cat, max_words):
        if cat == "footer" and spaces < _INNER_MAX_WORDS and table.count_held(
                key, "footer") >= _FOOTER_BAR_PHRASES:
            return cat, "link bar"
        return _long_inner(table, key) if cat != "footer" else None
    if how == "inner" and spaces >= (
            _LONG_INNER_MAX_WORDS if cat in _LONG_INNER_CATEGORIES else _INNER_MAX_WORDS):
        return None
    return cat, how


def _wrapped_phrases(state: State) -> None:
    """On a hard-wrapped page, a paragraph cut at the wrap (:func:`wrapped_paragraphs`) is
    judged as one line, as the page's unwrapped text would be: a consent notice's first
    words mark all its lines, not the first only ("This website uses cookies to improve
    your experience while you" / "navigate through the website. ..."), and the first words
    of a paragraph too long for a banner mark none of them (its first cut line is short
    enough to match alone: "tags. The ability of XSLT to ..." is no menu's "Tags"), but a
    copyright line's (see :data:`_FOOTER_NAME`). A phrase inside a long paragraph still
    marks its own line: a notice's cut lines ("... Inc. All rights reserved.") are the
    footer's lines that :func:`~cleanpage.rules.title.footer_blurbs` counts."""
    spans = wrapped_paragraphs(state.lines, state.wrap, state.filled)
    if not spans:
        return
    table, max_words = state.lex.cruft, state.params.lexicon_max_words
    for start, end in spans:
        marked = [i for i in range(start, end) if state.rules[i] == state.current_rule
                  and state.reasons[i].endswith(_PARAGRAPH_REASONS)]
        if not marked and any(state.labels[i] is not None for i in range(start, end)):
            continue  # a credit, a symbol line: no phrase of the paragraph's
        hit = _phrase_verdict(table, " ".join(k for k in state.keys[start:end] if k), max_words)
        for i in range(start, end):
            if hit is not None:
                if state.decide(i, Label.BOILERPLATE,
                                f"{CRUFT_CATEGORIES[hit[0]]} ({hit[1]} phrase)", lock=True):
                    state.inline[i] = hit[0] in _INLINE_CATEGORIES
            elif (i in marked and state.reasons[i].endswith("(prefix phrase)")
                  and not state.reasons[i].startswith(_FOOTER_NAME)):
                state.labels[i], state.rules[i], state.reasons[i] = None, "", ""
                state.locked[i] = state.inline[i] = False


def _credit_end(line: str, key: str, credit_re: regex.Pattern[str]) -> bool:
    """Whether ``line`` ends in a photo credit: a short line (:data:`_CREDIT_MAX_WORDS`),
    or a longer caption of one sentence (:data:`_CAPTION_MAX_WORDS`) with the credit after
    it ("Striking members of the UCU ... last year. Photograph: Guy Smallman/Getty Images",
    "Das Bundeskabinett bei seiner Klausurtagung am 21. Januar, ... festlegt© Bundesregierung
    /Steffen Kugler"): block rendering prints a caption and its credit on one line, which
    inline rendering parts. A paragraph of two sentences or more is no caption."""
    m = credit_re.search(line)
    if m is None and "©" in line:
        m = _GLUED_COPYRIGHT_RE.search(line)
    if m is None:
        m = _credit_before_stop(line, credit_re)
    if m is None:
        return False
    if key.count(" ") < _CREDIT_MAX_WORDS:
        return True
    # A longer line: the credit has its copyright sign or its label ("Photograph:"); an
    # agency's name alone at the end ("... (Photo by Jonathan Ernst/Reuters)") may close a
    # caption that some pages print as the article's lead picture's text, kept with it.
    credit = m.group()
    return (("©" in credit or ":" in credit)
            and _SENTENCE_BREAK_RE.search(line, 0, m.start()) is None)


def _credit_before_stop(line: str, credit_re: regex.Pattern[str]) -> regex.Match[str] | None:
    """The credit ending ``line`` before a final full stop, when its name is capitalised
    word by word ("Puerto de Montevideo. Foto: Archivo El País."): some sites close the
    credit like a sentence. A lower-case word ("Die Quelle: ein Bericht der Regierung.")
    makes the line a sentence, as before."""
    if not line.endswith(".") or line.endswith(".."):
        return None
    m = credit_re.search(line[:-1])
    if m is None or ":" not in m.group():
        return None
    name = m.group().partition(":")[2].split()
    if not name or not all(w[0].isupper() for w in name):
        return None
    return m


def _parted_credits(state: State) -> None:
    """A credit label alone on its line ("Credit:") between a caption and the credit's name
    is the caption-and-credit line that block rendering prints ("A man walks past an
    armoured personnel carrier ... Credit: STR/AFP"), cut by inline rendering at the label's
    markup: when the three lines joined make one caption ending in a credit (see
    :func:`_credit_end`), all three are the photo credit. The caption has
    :data:`_PARTED_CAPTION_MIN_WORDS` or more, no colon of its own and no final stop (a list
    item or a date line over "Source:", or a paragraph's last sentence "... according to
    the United Nations." over "SOURCE:" / "News agencies", are the article's), and the name
    is capitalised word by word (a statistic's "Source:" over a subheading is none). Without
    such a caption, the label goes only with a name that is a credit by itself ("STR/AFP"),
    and is not looked through. Lines already decided are left alone."""
    lex, lines, keys, labels = state.lex, state.lines, state.keys, state.labels
    for i in range(1, len(state) - 1):
        if labels[i] is not None or not keys[i]:
            continue  # (asked before the line is stripped: most lines end here)
        label = lines[i].strip()
        if (not label.endswith(":")
                or keys[i].count(" ") >= _LABEL_MAX_WORDS or not keys[i + 1]
                or keys[i + 1].count(" ") >= _CREDIT_MAX_WORDS):
            continue
        name = lines[i + 1].strip()
        credit = label + " " + name
        if (any(w[0].islower() for w in name.split())
                or not _credit_end(credit, keys[i] + " " + keys[i + 1], lex.credit_re)):
            continue
        caption = lines[i - 1].strip()
        key = keys[i - 1] + " " + keys[i] + " " + keys[i + 1]
        if labels[i - 1] is None and _caption_credit(caption, keys[i - 1], credit, key,
                                                     lex.credit_re):
            parted = [i - 1, i, i + 1]
        elif state.reasons[i + 1] == "photo credit":
            parted = [i]
        elif labels[i + 1] is None and len(name.split()) <= 3:
            parted = [i, i + 1]
        else:
            continue
        for j in parted:
            if labels[j] is None or state.reasons[j] == "photo credit":
                if state.decide(j, Label.BOILERPLATE, "photo credit", lock=True):
                    # A label alone is not looked through: the short line above it, left
                    # undecided, may be a caption that would then pass for a subheading.
                    state.inline[j] = len(parted) > 1


def _bracketed_credits(state: State) -> None:
    """A bracketed credit alone on its line ("(Image: Getty)"), right under a caption, is
    the caption-and-credit line that block rendering prints ("Protesters gather outside
    the court (Image: Getty)"), cut by inline rendering at the credit's markup: the caption
    is the photo credit too when the two joined end in a credit (see :func:`_credit_end`).
    The caption has :data:`_PARTED_CAPTION_MIN_WORDS` or more, no colon and no final stop
    (a paragraph's last sentence over a photo's credit is the article's)."""
    lex, lines, keys, labels = state.lex, state.lines, state.keys, state.labels
    if "photo credit" not in state.reasons:
        return  # most pages: no credit line to look above (one scan in C, no line stripped)
    for i in range(1, len(state)):
        if state.reasons[i] != "photo credit" or labels[i - 1] is not None or not keys[i - 1]:
            continue
        credit = lines[i].strip()
        if not credit.startswith("("):
            continue
        caption = lines[i - 1].strip()
        key = keys[i - 1] + " " + keys[i]
        if (_caption_credit(caption, keys[i - 1], credit, key, lex.credit_re)
                and state.decide(i - 1, Label.BOILERPLATE, "photo credit", lock=True)):
            state.inline[i - 1] = True


_CLOSER_CHARS = "".join(CLOSERS)


def _caption_credit(caption: str, caption_key: str, credit: str, key: str,
                    credit_re: regex.Pattern[str]) -> bool:
    """Whether the line ``caption`` (its lookup key ``caption_key``) over the photo credit
    ``credit`` is that picture's caption: :data:`_PARTED_CAPTION_MIN_WORDS` words or more,
    no colon, no final stop (a paragraph's last sentence is none), under
    :data:`_CAPTION_MAX_WORDS` words with the credit (``key``: their joined keys), and
    ending, joined with the credit, in a credit (see :func:`_credit_end`)."""
    return (caption_key.count(" ") + 1 >= _PARTED_CAPTION_MIN_WORDS and ":" not in caption
            and caption.rstrip(_CLOSER_CHARS)[-1:] not in TERMINAL
            and key.count(" ") < _CAPTION_MAX_WORDS
            and _credit_end(caption + " " + credit, key, credit_re))


def _long_inner(table: PhraseTable, key: str) -> tuple[str, str] | None:
    """The inner phrase that marks ``key``: any category's in a line of under 40 words, a
    comment widget's, a sign-up form's or an ad's in one of under 90 (see
    :data:`_LONG_INNER_CATEGORIES`); ``None`` otherwise."""
    n = key.count(" ")
    if n < _INNER_MAX_WORDS:
        return table.match_inner(key)
    if n >= _LONG_INNER_MAX_WORDS:
        return None
    inner = table.match_inner(key, _LONG_INNER_MAX_WORDS)
    return inner if inner is not None and inner[0] in _LONG_INNER_CATEGORIES else None


def _called(state: State, i: int) -> bool:
    """Whether line ``i`` is a function's name in a code sample cut token by token: a
    lower-case identifier before a line holding only its call's bracket ("print" / "(")."""
    return (i + 1 < len(state) and state.lines[i + 1].strip() in _CALL_BRACKETS
            and _IDENTIFIER_RE.fullmatch(state.lines[i].strip()) is not None)


# Quotation marks that open a quoted line ("„Ok.“", "“Search...”", "«Suivant»"), and the
# ones that close it; a dialogue's dash may stand before the first ("– „Ok.“").
_OPEN_QUOTES = frozenset("\"'„“”«»‚‘’")
_CLOSE_QUOTES = frozenset("\"'“”»«‘’")


def _quoted(line: str) -> bool:
    """Whether ``line`` is a phrase in quotation marks ("– „Ok.“" in a dialogue, a
    placeholder's "Search..." or a route's "/login" quoted in a how-to): a button or a
    menu's link prints its label bare, so a quoted one is the text's own words. An arrow
    before a link ("« Previous", "» More") opens the line without closing it."""
    t = line.strip().lstrip("-–— ")
    return (len(t) > 2 and t[0] in _OPEN_QUOTES and t[-1] in _CLOSE_QUOTES
            and any(c.isalpha() for c in t))


def _sentence_end(state: State, i: int) -> bool:
    """Whether line ``i`` is one word with a full stop that ends the sentence of the line
    before it, which ends in a lower-case word ("That's where" / "code coverage" / "might" /
    "help."): inline rendering cut the sentence at a link, and a menu's item has no stop."""
    raw = state.lines[i].strip()
    if " " in raw or not raw.endswith(".") or raw.endswith("..") or not raw[:1].isalpha():
        return False
    prev = state.text_neighbour(i, -1)
    if prev is None:
        return False
    last = state.lines[prev].rstrip()[-1:]
    return last.isalpha() and last.islower()


def _goes_on(state: State, i: int) -> bool:
    """Whether line ``i``, with no final stop, is the first piece of a sentence that inline
    rendering cut at a link: the next text line goes on with a comma or a semicolon and a
    lower-case word ("Posted on social media by the performance analysts at Digital
    Foundry" / ", the Stadia port of ..."). Its first words then open a sentence, not a
    line of chrome."""
    if state.lines[i].rstrip()[-1:] in TERMINAL:
        return False
    nxt = state.text_neighbour(i, 1)
    if nxt is None:
        return False
    rest = state.lines[nxt].lstrip()
    return rest[:1] in (",", ";") and rest[1:2] == " " and rest[2:3].islower()


# Words of each line of a cruft phrase that the rendering broke in two ("View" / "comments").
_SPLIT_WORDS = 2


def _split_phrases(state: State) -> None:
    """Two short lines in a row that make one cruft phrase together are that phrase broken
    at a line end: "View" / "comments" is a share bar's "View comments" link, not a
    comment heading over the article. Both words of it go, locked."""
    table, keys, labels = state.lex.cruft, state.keys, state.labels
    for i in range(1, len(state)):
        j = i - 1
        if (labels[i] is not None or labels[j] is not None or not keys[i] or not keys[j]
                or state.words[i] > _SPLIT_WORDS or state.words[j] > _SPLIT_WORDS):
            continue
        cat = table.exact.get(keys[j] + " " + keys[i])  # exact phrases only
        if cat is not None and cat not in _INLINE_CATEGORIES:
            reason = f"{CRUFT_CATEGORIES[cat]} (phrase split over two lines)"
            state.decide(j, Label.BOILERPLATE, reason, lock=True)
            state.decide(i, Label.BOILERPLATE, reason, lock=True)


# Lines a banner's opening phrase may be cut into (its first words, a figure or a link,
# the rest of the phrase with the banner's text).
_CUT_BANNER_LINES = 4


def _banner_phrases(table: PhraseTable, key: str) -> list[tuple[str, str]]:
    """The prefix phrases (with their categories) of the banner categories, which may run
    long (:data:`_LONG_CATEGORIES`), that ``key`` opens without holding them whole: a line
    that is only their first words ("we and our" of "we and our partners", "sign" of
    "sign up for")."""
    return [(phrase, cat) for phrase, cat in table.prefix.get(key.partition(" ")[0], ())
            if cat in _LONG_CATEGORIES and phrase.startswith(key + " ")]


def _opens_with(key: str, phrase: str) -> bool:
    """Whether ``key`` opens with the words of ``phrase``."""
    return key.startswith(phrase) and (len(key) == len(phrase) or key[len(phrase)] == " ")


def _cut_banners(state: State) -> None:
    """A banner's opening phrase (consent, sign-up, ad, promo) cut over a few lines by
    inline rendering, at a link or at a figure printed as a link ("We and our" / "977" /
    "partners store and access personal data, ...", "Sign" / "up for ... delivery"; block
    rendering prints one line, which the prefix phrase marks): the lines from the one
    holding the phrase's first words to the one that finishes it, lines without letters
    looked through, read as one line under the category's word limit, go together,
    locked. A line alone that opens a phrase marks nothing: an article's sentence may
    begin "We and our"."""
    table, keys, labels = state.lex.cruft, state.keys, state.labels
    for i in range(len(state)):
        if labels[i] is not None or not keys[i] or state.words[i] > _SPLIT_WORDS + 1:
            continue
        phrases = _banner_phrases(table, keys[i])
        if not phrases:
            continue
        run, joined, j = [i], keys[i], i
        while len(run) < _CUT_BANNER_LINES and not any(_opens_with(joined, p) for p, _ in phrases):
            nxt = state.text_neighbour(j, 1)
            if nxt is None or (labels[nxt] is not None and keys[nxt]):
                break
            j = nxt
            run.append(j)
            if keys[j]:
                joined += " " + keys[j]
        cats = [c for p, c in phrases if _opens_with(joined, p)]
        if not cats or joined.count(" ") >= _LONG_CATEGORIES[cats[0]]:
            continue
        for k in run:
            if labels[k] is None:
                state.decide(k, Label.BOILERPLATE,
                             f"{CRUFT_CATEGORIES[cats[0]]} (phrase cut over lines)", lock=True)


def _names_agency(key: str, names: frozenset[str]) -> bool:
    """Whether a picture agency's name stands in ``key`` as whole words."""
    return any(holds_words(key, name) for name in names)


def _may_hold_credit(line: str, lex: Lexicon) -> bool:
    """Whether ``line`` may hold a credit: a copyright sign, an agency's last word at its
    end, a credit phrase that needs no colon at its start ("Courtesy of ..."), or a credit
    label right before its last colon (:func:`_label_before_colon`). Most lines have none
    of them, and the credit pattern is not tried on them. (A colon alone let one line in
    ten through, sentences and schedules with a colon: all but a few hold no credit.)"""
    if "©" in line or "ⓒ" in line or "(c)" in line or "(C)" in line:
        return True
    if lex.credit_leads and line.lstrip()[:_CREDIT_TAIL].casefold().startswith(
            lex.credit_leads):
        return True
    if line[-_CREDIT_TAIL:].rstrip(" )").casefold().endswith(lex.credit_ends):
        return True
    return ":" in line and _label_before_colon(line, lex)


def _label_before_colon(line: str, lex: Lexicon) -> bool:
    """Whether a credit label ends right before the last colon of ``line`` ("... Foto:
    Max Muster"): the credit pattern's label, then its value, which holds no colon, to the
    line's end, so only that colon can follow the label. A look at the few characters
    before it (:attr:`~cleanpage.lexicon.Lexicon.credit_label_chars`) replaces a search of
    the whole line for every label."""
    colon = line.rfind(":")
    return lex.credit_label_re.search(
        line, max(0, colon - lex.credit_label_chars), colon) is not None


# A clock time's "a.m." or "p.m." in the news agencies' style ("10:23 a.m. EST"), read as
# the "am" / "pm" suffix it spells.
_MERIDIEM_RE = regex.compile(r"(?<=\d ?)([ap])\.m\b\.?")


def is_date_line(key: str, raw: str, date_words: frozenset[str],
                 meridiem: bool = False) -> bool:
    """Whether a line holds only a date/time: numbers plus month, weekday and time words
    (``meridiem``: a clock time's "a.m." / "p.m." counts as its "am" / "pm")."""
    if key.count(" ") > 9 or (not key and not DIGIT_RE.search(raw)):
        return False
    low = raw.casefold()
    if meridiem and ".m" in low:  # "10:23 a.m. EST" as "10:23 am EST" (key: "a m est")
        low = _MERIDIEM_RE.sub(r"\1m", low)
        key = " ".join(t for t in _DATE_TOKEN_RE.findall(low) if not t.isdigit())
    for t in key.split():  # cheap early exit: a word of letters that is no date word
        if t.isalpha() and t not in date_words and t not in _NUMBER_SUFFIXES:
            return False
    if not _NOT_DATE_SIGNS.isdisjoint(raw):
        return False  # "$139.00", "15 %": a price or a share, whatever its numbers
    toks = _DATE_TOKEN_RE.findall(low)
    if not toks or len(toks) > 14:
        return False
    numbers = words = 0
    year = False
    for k, t in enumerate(toks):
        if t.isdigit():
            n = len(t)
            if n == 3 or n > 4 or (n == 4 and not _YEAR_MIN <= int(t) <= _YEAR_MAX):
                return False  # "157,551", "727-821-9494", "4553": a count or a phone
            numbers += 1
            year = year or n == 4
        elif k and toks[k - 1].isdigit() and t in _NUMBER_SUFFIXES:
            continue  # "4th", "11pm", "14h30"
        elif t not in date_words:
            return False
        elif len(t) >= _DATE_WORD_MIN:
            words += 1
    if numbers:
        # "[138]" or "12" alone is a footnote mark or a counter; a year, or a number with
        # anything more ("24.11.2007", "12 May", "11pm"), is a date.
        return year or len(toks) > 1
    # Without a number: "Today", "Yesterday", "Monday"; not "at" or "on" alone (a date
    # word, but a piece of a sentence broken at a link).
    return words > 0 and len(toks) <= 3


# How a post's two timestamps are set apart on one line ("November 18, 2019 at 2:26 PM HST
# - Updated November 18 at 4:46 PM"): each half is a date line, the whole too long for one.
_DATE_PAIR_RE = regex.compile(r" [-|–·] ")
# A time zone's abbreviation after a clock time ("2:26 PM HST", "4:46 pm AEDT"): in such a
# pair it is part of the time, whatever the zone (the lexicon names only the common ones).
_ZONE_AFTER_TIME_RE = regex.compile(r"(?<=\d ?[AaPp]\.?[Mm]\.?) [A-Z]{2,5}\b")


def _date_pair(raw: str, date_words: frozenset[str]) -> bool:
    """Whether ``raw`` is two date lines set apart by a dash or a bar (published and
    updated), each one a date line of its own once a time zone after its clock time is
    set aside."""
    if not (" - " in raw or " | " in raw or " – " in raw or " · " in raw):
        return False  # most lines: no separator, asked before any regex (spelt out: faster)
    parts = _DATE_PAIR_RE.split(raw)
    if len(parts) != 2:
        return False
    parts = [_ZONE_AFTER_TIME_RE.sub("", p).strip() for p in parts]
    return all(is_date_line(norm_key(p), p, date_words) for p in parts)


def _name_line(state: State, i: int) -> bool:
    """Whether line ``i`` is an author's name alone: 1 to 5 capitalised words."""
    if i >= len(state) or state.labels[i] is not None:
        return False
    raw = state.lines[i].strip()
    return 0 < len(raw) <= 60 and raw[-1:] not in TERMINAL and _NAME_RE.match(raw) is not None


# Words of a byline that names a staff role, not a person ("By our staff writer").
_STAFF_BYLINE_MAX_WORDS = 4


def _staff_byline(key: str, raw: str, lex: Lexicon) -> bool:
    """Whether ``raw`` is a byline that names a desk or a role instead of a person ("By
    Gazette reporter", "By our correspondent", "Par la rédaction"): capitalised, a byline
    word first, a staff role of the lexicon last (one or two words), at most
    :data:`_STAFF_BYLINE_MAX_WORDS` words, no final stop."""
    words = key.split(" ")
    if (not 2 <= len(words) <= _STAFF_BYLINE_MAX_WORDS or words[0] not in lex.byline_words
            or not raw[:1].isupper() or raw[-1:] in TERMINAL):
        return False
    return words[-1] in lex.staff_roles or " ".join(words[-2:]) in lex.staff_roles


def is_age_line(key: str, raw: str, lex: Lexicon) -> bool:
    """Whether a line (its lookup key, its stripped text) is an age ("6 hours ago",
    "vor 3 Stunden").

    Two cheap tests rule most lines out before the line is case-folded for the pattern,
    without changing its answer: a key of more words than any template's, and a first
    letter that opens no template (case-folding leaves the lead marks as they are).
    """
    if key.count(" ") >= lex.age_max_words:
        return False
    if lex.age_starts is not None:
        head = raw.lstrip(AGE_LEAD)[:1].casefold()[:1]
        if head.isalpha() and head not in lex.age_starts:
            return False
    return lex.age_re.match(raw.casefold()) is not None


# Words of the line after a byline that, going on from its colon, make the two one
# paragraph: more than a byline's date or role ("By Jane Doe" / ": 2 April").
_COLON_SENTENCE_MIN_WORDS = 8


def _colon_sentence(state: State, i: int) -> bool:
    """Whether byline-like line ``i`` opens a paragraph that inline rendering cut after
    its bold lead ("By Aaron Humes" / ": The Americas cannot ignore the risk of ..."): the
    next line goes on with a colon and a sentence of :data:`_COLON_SENTENCE_MIN_WORDS`
    words or more. Block rendering prints one long line, which is no byline."""
    j = i + 1
    if j >= len(state) or state.blank[j]:
        return False
    nxt = state.lines[j].lstrip()
    return nxt[:1] == ":" and state.words[j] >= _COLON_SENTENCE_MIN_WORDS


# The reason ``cruft_lexicon`` gives a line of a post's metadata ("Publicado el").
_META_REASON = CRUFT_CATEGORIES["meta"]


def _dated_after(state: State, i: int) -> bool:
    """Whether line ``i`` is a date, or a metadata phrase right over one ("Publicado el" /
    "21 de abril de 2022"): the date line under a byline that inline rendering cut into
    its word and the writer's name."""
    for j in (i, i + 1):
        if j >= len(state) or not state.keys[j]:
            return False
        raw = state.lines[j].strip()
        if is_date_line(state.keys[j], raw, state.lex.date_words) or _date_pair(
                raw, state.lex.date_words):
            return True
        if state.labels[j] is not Label.BOILERPLATE or not state.reasons[j].startswith(
                _META_REASON):
            return False
    return False


def bylines_dates(state: State) -> None:
    """Timestamps ("6 hours ago", "24 November 2007") and short bylines ("By VOA News")."""
    lex = state.lex
    for i, key in enumerate(state.keys):
        if state.labels[i] is not None or not key:
            continue
        raw = state.lines[i].strip()
        if len(raw) > 80:
            continue
        first = key.split(" ", 1)[0]
        if is_age_line(key, raw, lex):
            state.decide(i, Label.BOILERPLATE, "timestamp (age)", lock=True)
        elif is_date_line(key, raw, lex.date_words) or _date_pair(raw, lex.date_words):
            state.decide(i, Label.BOILERPLATE, DATE_REASON, lock=True)
        elif first in lex.byline_words and raw[-1:] not in TERMINAL and (
            (key.count(" ") <= 4 and BYLINE_RE.match(raw))
            or (key.count(" ") <= 12 and _BYLINE_SEP_RE.search(raw) is not None
                and BYLINE_RE.match(_BYLINE_SEP_RE.split(raw, 1)[0].strip()))
        ):
            # "By Jane Doe" or "By Jane Doe | Updated 2 April 2025"
            if not _colon_sentence(state, i):
                state.decide(i, Label.BOILERPLATE, "byline", lock=True)
        elif first in lex.byline_words and _staff_byline(key, raw, lex):
            state.decide(i, Label.BOILERPLATE, "byline", lock=True)
        elif (key in lex.byline_words and raw[:1].isupper() and raw[-1:].isalpha()
              and _name_line(state, i + 1)):
            # Inline rendering: "By" / "Jane Doe" (the name was a link); not ", by" / "Ann
            # Lee" in a sentence, nor "by" / "Jane Austen" under a book's title in a list
            state.decide(i, Label.BOILERPLATE, "byline", lock=True)
            state.decide(i + 1, Label.BOILERPLATE, "byline", lock=True)
        elif key in lex.byline_words and raw[-1:].isalpha() and _name_line(state, i + 1) and (
                _dated_after(state, i + 2)):
            # ... and "par" / "Didier Roy" / ", 21 juin 2018": in lower case too when the
            # post's date follows; the output joins the pieces into "par Didier Roy", a
            # byline that cleaning it again drops ("by" / "Jane Austen" in a list: no date)
            state.decide(i, Label.BOILERPLATE, "byline", lock=True)
            state.decide(i + 1, Label.BOILERPLATE, "byline", lock=True)
