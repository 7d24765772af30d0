"""Word lists kept as data files: ``lexicons/<lang>/<category>.txt``.

File format, one entry a line, ``#`` starts a comment:

* ``phrase``       the whole line (normalised, see :func:`norm_key`) must equal the phrase;
* ``phrase ...``   the line may also *start* with the phrase (short lines only);
* ``... phrase ...`` the phrase may stand anywhere in the line, between word boundaries
  (short lines only; "Copyright 2019 Site Inc. All rights reserved. Terms of Use");
* in ``ages.txt``  ``{n}`` stands for a number (``{n} hours ago``).

Lexicons of the page's language are merged with ``xx`` (language-independent words such as
network names) and ``en`` (English interface words appear on pages in every language).
Stop words come from jusText's lists (100 languages), or from ``lexicons/<lang>/stop.txt``
where one is shipped (Chinese and Japanese function characters, which jusText lacks;
Korean particles and endings, which replace jusText's list).

Zone openers come in four files: ``related.txt`` and ``comments.txt`` open a zone that
ends the article; ``readalso.txt`` ("Read also", "Lire aussi") opens an inline link box
when the article resumes after it, and a related zone otherwise; ``box.txt`` ("Related",
"More on this story") opens a related zone, or an inline box when the article goes on at
length after a few links.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from importlib import resources

import regex

from .text import CJK_RE

# Categories whose phrases mark a line as boilerplate, with the reason shown to users.
CRUFT_CATEGORIES: dict[str, str] = {
    "nav": "navigation",
    "share": "share/follow bar",
    "ads": "advertising",
    "resume": "ad slot, the article goes on",
    "promo": "app/AI promo",
    "consent": "cookie/consent banner",
    "account": "newsletter/paywall/sign-in",
    "widget": "comment widget",
    "footer": "footer/legal",
    "meta": "article metadata",
}
# Categories whose phrases open a zone that ends the article.
# ``readalso`` openers ("Read also", "Lire aussi") introduce an inline link box: inside an
# article they remove only the box, at its end they open a related zone.
# ``box`` openers ("Related", "More on this story") are related openers that may also head
# a box of a few links inside the article (see rules/zones.py).
ZONE_CATEGORIES: dict[str, str] = {"related": "related", "box": "related",
                                   "comments": "comment", "readalso": "related",
                                   "hatnote": "related"}
# Openers of an inline link box: ``readalso``, and a wiki's ``hatnote`` ("Main article:"),
# whose box is always its one line of links.
LINK_BOX_KINDS = frozenset({"readalso", "hatnote"})

# justext stoplist file names by ISO 639-1 code.
JUSTEXT_NAMES: dict[str, str] = {
    "af": "Afrikaans", "sq": "Albanian", "ar": "Arabic", "hy": "Armenian", "az": "Azerbaijani",
    "eu": "Basque", "be": "Belarusian", "bn": "Bengali", "bs": "Bosnian", "br": "Breton",
    "bg": "Bulgarian", "ca": "Catalan", "hr": "Croatian", "cs": "Czech", "da": "Danish",
    "nl": "Dutch", "en": "English", "eo": "Esperanto", "et": "Estonian", "fi": "Finnish",
    "fr": "French", "gl": "Galician", "ka": "Georgian", "de": "German", "el": "Greek",
    "gu": "Gujarati", "ht": "Haitian", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian",
    "is": "Icelandic", "id": "Indonesian", "ga": "Irish", "it": "Italian", "jv": "Javanese",
    "kn": "Kannada", "kk": "Kazakh", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz",
    "la": "Latin", "lv": "Latvian", "lt": "Lithuanian", "lb": "Luxembourgish",
    "mk": "Macedonian", "ms": "Malay", "ml": "Malayalam", "mt": "Maltese", "mr": "Marathi",
    "ne": "Nepali", "nb": "Norwegian_Bokmal", "no": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk", "oc": "Occitan", "fa": "Persian", "pl": "Polish",
    "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sr": "Serbian",
    "sh": "Serbo_Croatian", "sk": "Slovak", "sl": "Slovenian", "es": "Spanish",
    "su": "Sundanese", "sw": "Swahili", "sv": "Swedish", "tl": "Tagalog", "ta": "Tamil",
    "te": "Telugu", "tr": "Turkish", "tk": "Turkmen", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "cy": "Welsh", "fy": "West_Frisian", "yo": "Yoruba",
}

# Word runs used for lexicon keys: letters and digits; a CJK run stays one token.
_KEY_RE = regex.compile(r"\w+")
# The combining dot above that ``str.casefold`` leaves after "i" for the Turkish capital
# "İ" ("İlgili Haberler" -> "i̇lgili haberler"): dropped from keys, so that a phrase written
# in lower case ("ilgili haberler") also matches its capitalised and upper-case forms.
_DOT_ABOVE = "\u0307"
# For ASCII text as bytes: a word character to its lower case, any other to a space (one
# ``bytes.translate`` pass, several times faster than ``str.lower`` and ``str.translate``).
_ASCII_KEY_BYTES = bytes(
    ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or chr(c) == "_") else ord(" ")
    for c in range(256)
)


def norm_key(s: str) -> str:
    """The lookup key of a line or phrase: case-folded word runs without pure numbers.

    >>> norm_key("Comments (12)")
    'comments'
    >>> norm_key("  » Share on Facebook! ")
    'share on facebook'
    """
    if s.isascii():  # fast path: same result as the regex for ASCII text
        toks = s.encode().translate(_ASCII_KEY_BYTES).decode().split()
    else:
        low = s.casefold()
        if _DOT_ABOVE in low:  # Turkish capital "İ" folds to "i" + a combining dot
            low = low.replace("i" + _DOT_ABOVE, "i")
        toks = _KEY_RE.findall(low)
    return " ".join([t for t in toks if not t.isdigit()])  # a list joins faster than a generator


def _read(lang: str, name: str) -> list[str]:
    try:
        data = resources.files("cleanpage").joinpath("lexicons", lang, name).read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError, OSError):
        return []
    out = []
    for raw in data.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def available_languages() -> list[str]:
    """Languages that have a lexicon folder shipped with the package."""
    root = resources.files("cleanpage").joinpath("lexicons")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != "xx")


# Words of a line that an inner phrase may mark: a longer line is a paragraph, which may
# quote a footer's or a newsletter's words ("... all rights reserved ..."); its inner phrases
# are not looked for at all (most of a page's text is in such lines).
INNER_MAX_WORDS = 40


@dataclass(slots=True)
class PhraseTable:
    """Exact, prefix and inner phrases, each mapped to its category."""

    exact: dict[str, str] = field(default_factory=dict)
    prefix: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    inner: dict[str, str] = field(default_factory=dict)
    # Inner phrases by their first word: a line is searched only for the phrases whose
    # first word it holds, so the cost of a line does not grow with the list.
    inner_by_word: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    multiword: dict[str, list[str]] = field(default_factory=dict)  # category -> phrases
    # Every word of the exact phrases: a line with any other word is made of no phrases
    # (:func:`glued_phrases` stops at the first such word instead of trying every split).
    exact_words: set[str] = field(default_factory=set)

    def add(self, entry: str, category: str) -> None:
        if entry.startswith("... ") and entry.endswith(" ..."):
            key = norm_key(entry[4:-4])
            if key and key not in self.inner:
                self.inner[key] = category
                self.inner_by_word.setdefault(key.partition(" ")[0], []).append(
                    (key, category))
            return
        is_prefix = entry.endswith("...")
        key = norm_key(entry[:-3] if is_prefix else entry)
        if not key:
            return
        if key not in self.exact and " " in key:
            self.multiword.setdefault(category, []).append(key)
        self.exact.setdefault(key, category)
        self.exact_words.update(key.split())
        if is_prefix:
            self.prefix.setdefault(key.split(" ", 1)[0], []).append((key, category))

    def count_held(self, key: str, category: str) -> int:
        """How many of ``category``'s phrases of two or more words stand in ``key``
        ("terms of use", "privacy policy", "all rights reserved": a footer's link bar)."""
        return sum(1 for phrase in self.multiword.get(category, ()) if holds_words(key, phrase))

    def match(self, key: str) -> tuple[str, str] | None:
        """``(category, how)`` for a normalised line, or ``None``; ``how`` is "exact",
        "prefix" or "inner"."""
        cat = self.exact.get(key)
        if cat is not None:
            return cat, "exact"
        head = key.partition(" ")[0]
        for phrase, cat in self.prefix.get(head, ()):
            if key.startswith(phrase) and (len(key) == len(phrase) or key[len(phrase)] == " "):
                return cat, "prefix"
        return self.match_inner(key)

    def match_inner(self, key: str, max_words: int = INNER_MAX_WORDS) -> tuple[str, str] | None:
        """``(category, "inner")`` when an inner phrase stands in ``key`` (a line of fewer
        than ``max_words`` words, :data:`INNER_MAX_WORDS` unless a caller allows more),
        else ``None``; the phrase whose first word comes first in the line wins."""
        if key.count(" ") >= max_words or not self.inner_by_word:
            return None
        words = key.split(" ")
        # The line's words that start some phrase (most lines hold none: a disjointness
        # test, which builds no set, rules them out), found by one set intersection and
        # looked at in the order they first stand in the line.
        if self.inner_by_word.keys().isdisjoint(words):
            return None
        firsts = self.inner_by_word.keys() & words
        for word in sorted(firsts, key=words.index) if len(firsts) > 1 else firsts:
            for phrase, cat in self.inner_by_word[word]:
                if holds_words(key, phrase):
                    return cat, "inner"
        return None


def holds_words(key: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``key`` between word boundaries (keys are lower-case
    words separated by single spaces). ``str.find`` runs in C: twice as fast as one
    alternation pattern over every start position, on every line of every page."""
    j, n = key.find(phrase), len(phrase)
    while j >= 0:
        if (j == 0 or key[j - 1] == " ") and (j + n == len(key) or key[j + n] == " "):
            return True
        j = key.find(phrase, j + 1)
    return False


# Glued phrases (see :func:`glued_phrases`): words of a line that may be link texts glued
# together (a menu row or a widget's links is short), and words of one phrase in it.
GLUED_MAX_WORDS = 12
_GLUED_PHRASE_WORDS = 6
_GLUED_PHRASE_MIN_CHARS = 2
# Where block rendering glued two link texts without a space: a lower-case letter right
# before a capital ("TeilenDrucken", "Verwandte ArtikelMehr vom Autor"). A camel-cased
# name ("iPhone", "McDonald") is cut too, but its pieces are no phrases.
_GLUE_RE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
# The same glue point found as a pair of letters: whether a line has one at all is asked
# of every short line, and a plain pair is found faster than a point between lookarounds.
_GLUE_PAIR_RE = regex.compile(r"\p{Ll}\p{Lu}")
# The words of the phrases of each tuple of tables :func:`glued_phrases` was asked with
# (the tables kept with them, so that their ids stay theirs): a line's words are checked
# against one set.
_PHRASE_WORDS: dict[tuple[int, ...], tuple[tuple[PhraseTable, ...], frozenset[str]]] = {}


def _phrase_words(tables: tuple[PhraseTable, ...]) -> frozenset[str]:
    """Every word of the exact phrases of ``tables``."""
    ids = tuple(map(id, tables))
    got = _PHRASE_WORDS.get(ids)
    if got is None:
        got = _PHRASE_WORDS[ids] = (tables, frozenset().union(*(t.exact_words for t in tables)))
    return got[1]


def glued_phrases(line: str, key: str, *tables: PhraseTable) -> list[str] | None:
    """The categories of the whole-line phrases of ``tables`` (looked up in that order)
    that ``line`` is made of, glued together, when it is made of two or more of them, else
    ``None``: "Schreibe einen Kommentar Antworten abbrechen" is a comment heading and its
    form's link, "Rezept drucken Bei Pinterest speichern" two buttons, "FacebookTwitter
    Pinterest" a share bar. Block rendering prints the links of a row on one line, where
    inline rendering puts each on its own line and each is matched alone. The split is
    the one with the fewest pieces found left to right (linear in the line's words).
    ``key`` is the line's normalised key: when one of its words is in no phrase and the
    line has no glue point, no split can succeed, which most lines show at once."""
    known = _phrase_words(tables)
    if not known.issuperset(key.split()) and _GLUE_PAIR_RE.search(line) is None:
        return None
    words: list[str] = []
    # Where a phrase may start: after a space or the glue, before a capital ("Bei
    # Pinterest") or after a mark ("Twitter / Facebook", "Inland: Politik"); "next-line"
    # stays one unit of two words, and "more about" (a sentence's piece) is no two links.
    cuts = [0]
    marked = True
    for unit in _GLUE_RE.sub(" ", line).split():
        got = norm_key(unit).split()
        if not got:
            marked = True  # a separator alone ("|", "/", "·")
            continue
        if not known.issuperset(got):
            return None  # a word of no phrase: most lines end here, after a word or two
        if words and not marked and not unit[:1].isupper():
            cuts.pop()  # no mark before it: it goes on with the phrase before
        words += got
        cuts.append(len(words))
        marked = not unit[-1:].isalnum()
    n = len(words)
    if not 2 <= n <= GLUED_MAX_WORDS:
        return None
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in cuts[1:]:
        for j in cuts:
            if j >= i or i - j > _GLUED_PHRASE_WORDS:
                continue
            before = best[j]
            if before is None:
                continue
            phrase = " ".join(words[j:i])
            if len(phrase) < _GLUED_PHRASE_MIN_CHARS:
                continue  # "x" (a share button) in "14.4 x 17.4 x 13.9"
            cat = next((c for t in tables if (c := t.exact.get(phrase)) is not None), None)
            if cat is not None:
                best[i] = [*before, cat]
                break
    cats = best[n]
    return cats if cats is not None and len(cats) >= 2 else None


# A pattern that matches nothing: the default of a lexicon without such a list.
_NEVER = regex.compile(r"(?!)")


@dataclass(slots=True)
class Lexicon:
    """Everything the rules look up for one language."""

    lang: str
    cruft: PhraseTable
    zones: PhraseTable
    stop: frozenset[str]
    age_re: regex.Pattern[str]
    # The most words an age line's lookup key can hold (see :func:`_age_max_words`): a
    # longer line is no age, asked before the pattern.
    age_max_words: int
    # The first character of every age template that opens with a word ("yesterday", "il
    # y a ..."), case-folded; None when one opens with a separator (no pre-check then).
    age_starts: frozenset[str] | None
    date_words: frozenset[str]
    # Each month's forms (months.txt) to its number, 1-12: the order of dated lines.
    month_index: dict[str, int]
    byline_words: frozenset[str]
    function_chars: frozenset[str]
    credit_re: regex.Pattern[str]
    credit_names: frozenset[str]
    credit_ends: tuple[str, ...]
    units: frozenset[str] = frozenset()
    # Credit phrases that open a credit line with no colon, the name after them
    # (credit.txt entries ending in ``{name}``: "Courtesy of Jane Doe", "Cortesía de ..."),
    # case-folded, without the placeholder.
    credit_leads: tuple[str, ...] = ()
    # A credit label ending where a colon follows ("Foto", "Photograph": credit.txt entries
    # ending in ":"), matched up to the end of the text searched (:func:`_credit_label_end`),
    # and how many characters before the colon it can take at most (a space included).
    credit_label_re: regex.Pattern[str] = _NEVER
    credit_label_chars: int = 0
    # A news agency's dateline at the start of a line (agencies.txt): "BERLIN (dpa) - ".
    dateline_re: regex.Pattern[str] = _NEVER
    # Headings of an author's box under the article (authorbox.txt: "Über den Autor",
    # "About the author"), as lookup keys.
    author_heads: frozenset[str] = frozenset()
    # Words that head a box about a named writer or organisation under the article
    # (aboutname.txt: "Über" in "Über Luis Holuch", "About" in "About Jane Doe"), as
    # lookup keys of one to three words.
    about_words: frozenset[str] = frozenset()
    # Staff roles that end a byline without a name (staff.txt: "By Gazette reporter",
    # "Par la rédaction"), as lookup keys of one or two words.
    staff_roles: frozenset[str] = frozenset()
    # Formulas with which an author signs a post off (signoff.txt: "Liebe Grüße", "Cheers",
    # "Euer", "xoxo"), as lookup keys of one to four words; a name may follow them.
    signoffs: frozenset[str] = frozenset()
    # Labels that a screen reader is given before a picture's caption and that inline
    # rendering prints alone on a line, the caption on the next (caption.txt: "Image
    # caption", "Bildunterschrift"), as lookup keys.
    caption_labels: frozenset[str] = frozenset()
    # Roles of a news agency's bracketed credit under a story (wirecredit.txt: "Reporting
    # by", "Editing by", "redigiert von", "Édité par"), as lookup keys of one to four words.
    wire_roles: frozenset[str] = frozenset()
    # Words with which a sentence answers the question on the line before it (answer.txt:
    # "Dann" in "Du suchst ein Rezept?" / "Dann bist du hier richtig!"), case-folded.
    answers: frozenset[str] = frozenset()
    # Abbreviations in lower case whose full stop a capitalised word follows inside a
    # headline (abbrev.txt: "vs" in "Chiefs vs. Chargers", "bzw" in "Brot bzw. Kuchen"),
    # case-folded, without the stop: no sentence ends there.
    abbreviations: frozenset[str] = frozenset()
    # Formulas that open a letter's greeting (greeting.txt: "Liebe" in "Liebe Menschen
    # Europas, ...", "Dear" in "Dear friends, ..."), as lookup keys of one or two words.
    greetings: frozenset[str] = frozenset()
    # Headings of a reference list closing an article (``xx/references.txt``, every
    # language's: "References", "Literatur", "Quellen"), as lookup keys.
    reference_heads: frozenset[str] = frozenset()
    # Whether the language capitalises every noun (``xx/nouncaps.txt``: German): there a
    # capitalised word is no sign of a title, a capitalised function word is.
    noun_caps: bool = False
    # Words that open a link digest's source credit (``xx/via.txt``, every language's:
    # "via netzpolitik.org"), case-folded.
    via_words: frozenset[str] = frozenset()
    # Words of a reviewed book's record line (``xx/record.txt``, every language's: the
    # page-count nouns "Seiten", "pages", "páginas", and "ISBN"), case-folded.
    record_words: frozenset[str] = frozenset()


def _dateline_pattern(agencies: list[str]) -> regex.Pattern[str]:
    """A news agency's dateline opening a line: the place (capitalised, a region after a
    comma: at most 40 characters), the agency in brackets and a dash. Literal alternatives
    and one bounded run: linear."""
    if not agencies:
        return _NEVER
    names = "|".join(map(regex.escape, sorted(set(agencies), key=len, reverse=True)))
    return regex.compile(r"^\p{Lu}[\p{L}\p{M}.,'’/ -]{0,40}?\s?\((?:" + names + r")\)\s?[-—–]\s")


# An initial's full stop inside a credit's name: after one capital letter (after a space, a
# stop or a slash: "NASA/ESA/K. Retherford"), before a space and a capital or another initial
# ("H.W. Chiu"; not "U.S.;", "L.Casson"). Case-sensitive inside the case-insensitive credit
# pattern.
_INITIAL_DOT = r"(?<=[\s./](?-i:\p{Lu}))\.(?=\s(?-i:\p{Lu})|(?-i:\p{Lu})\.)"
# ... and the dot of a web address in a credit, between two lower-case letters ("Foto:
# pixabay.com", "(Foto: DBT/Stella von Saldern (bearbeitet durch spdfraktion.de))"): no
# sentence ends without a space after its stop.
_DOMAIN_DOT = r"(?<=(?-i:\p{Ll}))\.(?=(?-i:\p{Ll}))"


# The placeholder of a credit phrase that a name follows with no colon (credit.txt).
_NAME_SLOT = "{name}"
# A capitalised word of a credit's name, or a figure ("Jane", "Q.", "LLC", "2020").
_NAME_WORD = r"(?-i:[\p{Lu}\d])[^\s!?:,;]*"


def _credit_leads(entries: list[str]) -> tuple[str, ...]:
    """The credit phrases of ``entries`` that open a credit with no colon ("courtesy of
    {name}"), case-folded, without the placeholder, the longest first."""
    return tuple(sorted({e[:-len(_NAME_SLOT)].strip().casefold() for e in entries
                         if e.endswith(_NAME_SLOT)}, key=len, reverse=True))


def _credit_label_end(entries: list[str]) -> tuple[regex.Pattern[str], int]:
    """The credit labels of ``entries`` (those ending in a colon) as a pattern that ends
    where the text searched ends, with at most one space after the label, and the most
    characters such a match takes. The same labels and flags as in :func:`_credit_pattern`,
    so a line whose last colon follows none of them is no labelled credit (a label's value
    holds no colon), which a look at those few characters tells, not a search of the line;
    simple case folding maps one character to one, so the longest label plus its space
    bounds the match."""
    labels = sorted({e[:-1].strip().casefold() for e in entries if e.endswith(":")}, key=len,
                    reverse=True)
    if not labels:
        return _NEVER, 0
    return (regex.compile(r"(?:" + "|".join(map(regex.escape, labels)) + r")\s?$",
                          regex.I | regex.V0), len(labels[0]) + 1)


def _credit_pattern(entries: list[str]) -> regex.Pattern[str]:
    """A photo credit at the end of a line: a credit label with its colon and a short name
    ("Foto: Max Muster"; no sentence stop in it, but an initial's full stop may be:
    "Photo: Ringo H.W. Chiu, AP", an initial before a capitalised name or another
    initial; not "U.S.;"), a copyright sign inside the line ("Stau © aremac / Clipdealer"),
    or an agency name last after a slash, bar, comma or bracket ("Jamal Saidi/Reuters";
    not "Also on Reuters"). A line that is an agency name alone is in ``credit_names``."""
    labels = sorted({e[:-1].strip().casefold() for e in entries if e.endswith(":")}, key=len,
                    reverse=True)
    agencies = sorted({e.casefold() for e in entries
                       if not e.endswith(":") and not e.endswith(_NAME_SLOT)}, key=len,
                      reverse=True)
    alts = [r"\s(?:©|ⓒ|\([cC]\))\s?[^.!?©]{1,60}$"]
    leads = _credit_leads(entries)
    if leads:
        # "Courtesy of Throggs Neck Associates LLC": a lead phrase opening the line, then a
        # name of up to 60 characters: capitalised words (or figures), lower-case joiners
        # of one to three letters between them ("Museum of Art"); no comma, colon or
        # question mark ("Image courtesy of X, illustrating ..." is a caption going on)
        alts.append(r"^\s*(?:" + "|".join(map(regex.escape, leads))
                    + r")\s(?=.{1,60}$)" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD
                    + r"|(?-i:\p{Ll}){1,3}(?=\s)))*\s*$")
    if labels:
        alts.append(r"(?:^|[\s(|/])(?:" + "|".join(map(regex.escape, labels))
                    + r")\s?:\s?(?:[^.!?:]|" + _INITIAL_DOT + "|" + _DOMAIN_DOT + r"){1,60}$")
    if agencies:
        alts.append(r"[(|/,]\s?(?:" + "|".join(map(regex.escape, agencies))
                    + r")\)?$")
    # Alternatives of literal words and one bounded run each: at most 60 steps a start.
    return regex.compile("|".join(alts), regex.I | regex.V0)


def _age_pattern(templates: list[str]) -> regex.Pattern[str]:
    alts = []
    for t in templates:
        parts = [regex.escape(p).replace("\\ ", r"\s*") for p in t.casefold().split("{n}")]
        alts.append(r"\d{1,4}".join(parts))
    body = "|".join(sorted(set(alts), key=len, reverse=True)) or r"(?!)"
    # Anchored whole-line match; alternatives are literal strings, so no backtracking blow-up.
    return regex.compile(r"^[\s\-–—·•|]*(?:" + body + r")[\s.]*$")


def _age_max_words(templates: list[str]) -> int:
    """The most words in the lookup key of a line that :func:`_age_pattern` matches.

    A matching line is a template with 1-4 digits for ``{n}``, optional space where the
    template has a space and separators or dots around it; separators and dots make no
    words, a missing space only joins two, and any digits make the same words as "1". So
    the key of the template with "1" for ``{n}`` has the most words a match can have.
    """
    return max((norm_key(t.replace("{n}", "1")).count(" ") + 1 for t in templates), default=0)


# What :func:`_age_pattern` lets lead an age line: white space and these marks. The white
# space is every character that ``str.isspace`` knows (a superset of the pattern's ``\s``,
# which a test checks), so that stripping it strips at least what the pattern may skip.
AGE_LEAD = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
            "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000-–—·•|")


def _age_starts(templates: list[str]) -> frozenset[str] | None:
    """The first characters of the templates that open with a word, not with ``{n}``.

    A line that the pattern matches opens, after :data:`AGE_LEAD`, with a digit or with
    one of these; a letter that is none of them rules the pattern out before it is tried.
    """
    starts = set()
    for t in templates:
        head = t.casefold().lstrip()
        if not head.startswith("{n}"):
            starts.add(head[:1])
    return None if starts & set(AGE_LEAD) else frozenset(starts)


@functools.cache
def stopwords(lang: str) -> frozenset[str]:
    """Stop words for ``lang``: jusText's list, or the shipped ``stop.txt``; empty if none."""
    words = set(w.casefold() for w in _read(lang, "stop.txt"))
    name = JUSTEXT_NAMES.get(lang)
    if name and not words:
        import justext  # imported lazily: loading its module costs time at start-up

        try:
            words = set(justext.get_stoplist(name))
        except (ValueError, OSError):
            words = set()
    return frozenset(words)


@functools.cache
def load(lang: str) -> Lexicon:
    """The merged lexicon of ``lang`` (+ ``xx`` + ``en``); cached, so call freely."""
    langs = [lang] + [x for x in ("xx", "en") if x != lang]
    cruft, zones = PhraseTable(), PhraseTable()
    ages: list[str] = []
    date_words: set[str] = set()
    month_index: dict[str, int] = {}
    byline_words: set[str] = set()
    credits: list[str] = []
    units: set[str] = set()
    agencies: list[str] = []
    author_heads: set[str] = set()
    about_words: set[str] = set()
    staff_roles: set[str] = set()
    signoffs: set[str] = set()
    caption_labels: set[str] = set()
    wire_roles: set[str] = set()
    answers: set[str] = set()
    abbreviations: set[str] = set()
    greetings: set[str] = set()
    for lg in langs:
        greetings.update(norm_key(e) for e in _read(lg, "greeting.txt"))
        answers.update(e.casefold() for e in _read(lg, "answer.txt"))
        abbreviations.update(e.casefold().rstrip(".") for e in _read(lg, "abbrev.txt"))
        signoffs.update(norm_key(e) for e in _read(lg, "signoff.txt"))
        caption_labels.update(norm_key(e) for e in _read(lg, "caption.txt"))
        wire_roles.update(norm_key(e) for e in _read(lg, "wirecredit.txt"))
        staff_roles.update(norm_key(e) for e in _read(lg, "staff.txt"))
        author_heads.update(norm_key(e) for e in _read(lg, "authorbox.txt"))
        about_words.update(norm_key(e) for e in _read(lg, "aboutname.txt"))
        agencies += _read(lg, "agencies.txt")
        credits += _read(lg, "credit.txt")
        units.update(e.casefold() for e in _read(lg, "units.txt"))
        for cat in CRUFT_CATEGORIES:
            for e in _read(lg, cat + ".txt"):
                cruft.add(e, cat)
        for cat in ZONE_CATEGORIES:
            for e in _read(lg, cat + ".txt"):
                zones.add(e, cat)
        ages += _read(lg, "ages.txt")
        for e in _read(lg, "dates.txt"):
            date_words.update(norm_key(e).split())
        for n, e in enumerate(_read(lg, "months.txt"), 1):
            for form in norm_key(e).split():
                month_index.setdefault(form, n)  # the page's own language first
        byline_words.update(norm_key(e) for e in _read(lg, "byline.txt"))
    fchars = frozenset(c for w in stopwords(lang) for c in w if CJK_RE.match(c))
    label_re, label_chars = _credit_label_end(credits)
    return Lexicon(
        lang=lang,
        cruft=cruft,
        zones=zones,
        stop=stopwords(lang),
        age_re=_age_pattern(ages),
        age_max_words=_age_max_words(ages),
        age_starts=_age_starts(ages),
        date_words=frozenset(date_words),
        month_index=month_index,
        byline_words=frozenset(byline_words),
        function_chars=fchars,
        credit_re=_credit_pattern(credits),
        credit_names=frozenset(norm_key(e) for e in credits
                               if not e.endswith(":") and not e.endswith(_NAME_SLOT)),
        credit_ends=tuple(sorted({e.casefold() for e in credits
                                  if not e.endswith(":") and not e.endswith(_NAME_SLOT)})),
        credit_leads=_credit_leads(credits),
        credit_label_re=label_re,
        credit_label_chars=label_chars,
        units=frozenset(units),
        dateline_re=_dateline_pattern(agencies),
        author_heads=frozenset(author_heads),
        about_words=frozenset(about_words),
        staff_roles=frozenset(staff_roles),
        signoffs=frozenset(signoffs),
        caption_labels=frozenset(caption_labels),
        wire_roles=frozenset(wire_roles),
        answers=frozenset(answers),
        abbreviations=frozenset(abbreviations),
        greetings=frozenset(greetings),
        reference_heads=frozenset(norm_key(e) for e in _read("xx", "references.txt")),
        noun_caps=lang in _read("xx", "nouncaps.txt"),
        via_words=frozenset(e.casefold() for e in _read("xx", "via.txt")),
        record_words=frozenset(e.casefold() for e in _read("xx", "record.txt")),
    )


@functools.cache
def load_without_stop(lang: str) -> Lexicon:
    """The lexicon of the safety net's last retry, which judges prose by punctuation alone.

    No stop words, and only the language-independent zone openers, ages and dates (``xx`` +
    ``en``), so that nothing of a possibly wrong language cuts text away; but the cruft
    phrases of ``lang`` stay, since a German cookie banner is still a cookie banner, and so
    do its units of measure, which only keep text (a German recipe's "1 TL", "2 Pck." make
    its ingredient list one: see ``rules/tables.py``).
    """
    own = load(lang)
    return dataclasses.replace(load("xx"), cruft=own.cruft, units=own.units)
