"""Language from the text alone: script first, then stop-word overlap (jusText's lists).

Cheap by design: the page's longer lines are sampled, up to a few hundred words; the page's
prose lines (their words already in the lines' lookup keys) can overrule the sample.
"""

from __future__ import annotations

import functools
import itertools
import string
from collections import Counter
from importlib import resources

import regex

from .lexicon import norm_key, stopwords
from .text import CJK_WEIGHT, EDGE_PUNCT, ends_sentence, weighted_len

_SCRIPT_RES = {
    "han": regex.compile(r"\p{Han}"),
    "kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    "hangul": regex.compile(r"\p{Hangul}"),
    "cyrillic": regex.compile(r"\p{Cyrillic}"),
    "arabic": regex.compile(r"\p{Arabic}"),
    "greek": regex.compile(r"\p{Greek}"),
    "hebrew": regex.compile(r"\p{Hebrew}"),
    "devanagari": regex.compile(r"\p{Devanagari}"),
    "latin": regex.compile(r"\p{Latin}"),
}
_WORD_RE = regex.compile(r"[^\W\d_]+")
_LETTER_RE = regex.compile(r"\p{L}")
_ASCII_RUN_RE = regex.compile(r"[\x00-\x7f]+")
# Candidates compared by stop-word overlap, per script.
LATIN_CANDIDATES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi",
                    "cs", "sk", "sl", "hr", "hu", "ro", "tr", "id", "ca", "et", "lv", "lt")
CYRILLIC_CANDIDATES = ("ru", "uk", "bg", "sr", "mk", "be", "kk")
_SINGLE = {"arabic": "ar", "greek": "el", "hebrew": "he", "devanagari": "hi", "hangul": "ko"}
_SAMPLE_CHARS = 4000
# Bytes deleted to count or rule out ASCII letters in one C pass (``bytes.translate``).
_NOT_LETTER = bytes(c for c in range(128) if chr(c) not in string.ascii_letters)
_LOWER_AND_SPACE = (string.ascii_lowercase + " ").encode()
# A line votes on the page's language when it reads as prose: this many words or more (a
# word: letters only, so neither ``x22a`` of a script's escapes nor ``w3`` of a path) ...
_PROSE_MIN_WORDS = 6
# ... of which at least this share are function words of some language: a sentence has
# about two in five; code, JSON, a menu, a tag cloud or a list of names hardly any.
_PROSE_MIN_SHARE = 0.2
# Fewer prose words than this on the whole page and the vote says nothing (a results
# table, a product grid): the sample decides alone.
_VOTE_MIN_WORDS = 20
# The sample's language stands unless the page's prose gives it less than this share of
# the votes of the language it reads best in: a sample misled by a script, a menu, PHP
# warnings or an archive's banner picks a language that the prose hardly supports; on a
# page whose prose is mixed (a German post quoting English, Spanish beside Catalan), the
# sample, which starts where the article usually starts, keeps its say.
_VOTE_OVERRULE = 0.5
# The code of a page whose language has no stop list: prose is judged by punctuation and
# length alone (``rules/classify.py``).
NO_LIST = "xx"
# A language picked by stop-word overlap is doubted when the runner-up covers this share of
# the sample or more: the sample fits no language well (Papiamento reads a little as
# Italian, a little as Portuguese), or it fits only twins (Czech and Slovak).
_DOUBT_RUNNER_UP = 2 / 3
# A doubted language stands when the page's sentences reach this stop-word density in its
# list: prose in a language with a list reaches 0.3 to 0.5; a language without one,
# detected as its nearest neighbour, shares a few short words and stays far below.
_FIT_MIN_DENSITY = 0.2
# A sentence line for that measure: this many words or more, ended by a sentence's mark.
_FIT_MIN_WORDS = 10
# Fewer sentence lines than this and the page says too little to overrule the detection
# (a short English page of figures that reads as Czech, a page of a few lines of formulas).
_FIT_MIN_LINES = 8


def _sample(lines: list[str], distinct: bool = False) -> str:
    """The page's longer lines, by weighted length: a Chinese sentence of 20 characters is
    as long as an English one of 60, and must not be passed over for a menu item.

    ``distinct``: a line printed again is taken once (see :func:`detect`)."""
    picked: list[str] = []
    seen: set[str] = set()
    size = 0
    for ln in lines:
        if distinct and ln in seen:
            continue
        if len(ln) >= 40 or (len(ln) >= 40 // CJK_WEIGHT and weighted_len(ln) >= 40):
            seen.add(ln)
            picked.append(ln)
            size += len(ln)
            if size > _SAMPLE_CHARS:
                break
    return " ".join(picked) if picked else " ".join(lines)[:_SAMPLE_CHARS]


@functools.lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """``lexicons/detect.tsv``: the most frequent function words of each language."""
    data = resources.files("cleanpage").joinpath("lexicons", "detect.tsv").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in data.splitlines():
        if line and not line.startswith("#") and "\t" in line:
            code, words = line.split("\t", 1)
            out[code.strip()] = frozenset(words.split())
    return out


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages it belongs to (one pass over a text scores them all)."""
    out: dict[str, list[str]] = {}
    for lang, words in function_words().items():
        for w in words:
            out.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in out.items()}


def _lang_hits(tally: Counter[tuple[str, ...]], candidates: tuple[str, ...]) -> dict[str, int]:
    """Each candidate's function-word hits, from a count of the index's language tuples
    (one entry per distinct tuple, so the per-word work stays in C: ``Counter``)."""
    hits = dict.fromkeys(candidates, 0)
    for langs, n in tally.items():
        for lang in langs:
            if lang in hits:
                hits[lang] += n
    return hits


def _ranked(words: list[str], candidates: tuple[str, ...]) -> list[tuple[str, float]]:
    """Candidates with their function-word coverage, best first (ties: list order)."""
    hits = _lang_hits(Counter(filter(None, map(_index().get, words))), candidates)
    n = len(words)
    scored = [(lang, hits[lang] / n) for lang in candidates]
    return sorted(scored, key=lambda x: -x[1])


def block_language(text: str) -> str | None:
    """The language of one block by its function words, or ``None`` when unclear.

    Used for blocks that score low under the page's language: a paragraph quoted in another
    language is then judged by its own stop words, the same way whatever page surrounds it.
    A block written mostly in a script of one language (``_SINGLE``) is in that language.
    """
    words = [m.group().casefold() for m in itertools.islice(_WORD_RE.finditer(text), 120)]
    if len(words) < 6:
        return None
    candidates: tuple[str, ...] = LATIN_CANDIDATES
    if not text.isascii():
        # A script written in one language (Greek, Arabic, Hebrew ...) names the block's
        # language outright: a Greek translation of a German post's appeal is Greek.
        for script, lang in _SINGLE.items():
            if 2 * len(_SCRIPT_RES[script].findall(text)) > len(text):
                return lang
        if len(_SCRIPT_RES["cyrillic"].findall(text)) * 2 > len(text):
            candidates = CYRILLIC_CANDIDATES
    ranked = _ranked(words, candidates)
    return ranked[0][0] if ranked and ranked[0][1] >= 0.12 else None


def _prose_votes(keys: list[str], candidates: tuple[str, ...]) -> tuple[dict[str, int], int]:
    """Function-word hits of each candidate over the page's prose lines, and their words.

    The article is most of a page's prose, wherever it stands; what misleads a sample of
    the first long lines is no prose or is printed many times: a script or JSON blob
    (``componentName: x22a ...`` splits into one-letter "words" of Portuguese or Czech), a
    mega menu, PHP warnings or an archive's banner above a German post, the same English
    teaser under every card. So each distinct line counts once, and only when it reads as
    prose in some language. Linear: one split and one dictionary look-up a word; the
    tally is one ``Counter`` over all the prose lines' hits.
    """
    get = _index().get
    hits_all: list[tuple[str, ...]] = []
    n_words = 0
    for key in dict.fromkeys([k for k in keys if k.count(" ") >= _PROSE_MIN_WORDS - 1]):
        words = key.split()
        # Function words are letters only (a test checks), so a word of digits never hits.
        hits = list(filter(None, map(get, words)))
        n = len(words) if _letters_only(key) else sum(map(str.isalpha, words))
        if n < _PROSE_MIN_WORDS or len(hits) < _PROSE_MIN_SHARE * n:
            continue
        n_words += n
        hits_all += hits
    return _lang_hits(Counter(hits_all), candidates), n_words


def _letters_only(key: str) -> bool:
    """Whether a key is lower-case ASCII letters and spaces (most keys): then each of its
    words is letters only, known by one C pass over its bytes instead of a test per word.
    ``False`` says nothing (the caller tests the words)."""
    return key.isascii() and not key.encode().translate(None, _LOWER_AND_SPACE)


def detect(lines: list[str], default: str = "en", keys: list[str] | None = None) -> str:
    """ISO 639-1 code of the page's main language; ``default`` when nothing tells.

    ``keys``: the lines' :func:`~cleanpage.lexicon.norm_key`, when the caller has them.

    >>> detect(["Der Hund und die Katze sind nicht im Haus, sondern auf der Straße."])
    'de'
    """
    text = _sample(lines)
    if not text.strip():
        return default
    if text.isascii():
        counts = {"latin": 1}
    else:
        # Count scripts on the non-ASCII characters only (few, on a Latin page), then add
        # the ASCII letters to Latin: the same counts for a fraction of the scanning. A line
        # printed again (a cookie banner, a "Subscribe" box under every post) counts once:
        # its copies are the site's template, and three English banners must not make a
        # Chinese post English while its output, the banners gone, reads as Chinese and is
        # cleaned otherwise. (Within one script the words of every copy still vote: a
        # German shop's repeated German slogan outweighs its English theme's placeholders.)
        once = _sample(lines, distinct=True)
        rest = _ASCII_RUN_RE.sub("", once)
        counts = {name: len(rx.findall(rest)) for name, rx in _SCRIPT_RES.items()}
        # Letters of a script none of the above covers (Georgian, Thai, Tamil, Ethiopic
        # ...): no candidate language, hence no stop list to judge the page by.
        other = len(_LETTER_RE.findall(rest)) - sum(counts.values())
        counts["latin"] += len(once.encode("ascii", "ignore").translate(None, _NOT_LETTER))
        # A CJK character carries what a few Latin letters do.
        for name in ("han", "kana", "hangul"):
            counts[name] *= CJK_WEIGHT
        if other > max(counts.values()):
            return NO_LIST
    script = max(counts, key=lambda k: counts[k])
    if counts[script] == 0:
        return default
    if script in ("han", "kana"):
        return "ja" if counts["kana"] * 10 > counts["han"] + counts["kana"] else "zh"
    if script in _SINGLE:
        return _SINGLE[script]
    candidates = {"latin": LATIN_CANDIDATES, "cyrillic": CYRILLIC_CANDIDATES}.get(script)
    words = [m.group().casefold() for m in itertools.islice(_WORD_RE.finditer(text), 300)]
    if candidates is None or not words:
        return default
    ranked = _ranked(words, candidates)
    picked = ranked[0][0]
    votes, n_words = _prose_votes([norm_key(s) for s in lines] if keys is None else keys,
                                  candidates)
    best = max(candidates, key=votes.__getitem__)
    if n_words >= _VOTE_MIN_WORDS and votes[picked] < _VOTE_OVERRULE * votes[best]:
        picked = best
    if ranked[1][1] >= _DOUBT_RUNNER_UP * ranked[0][1] and not _fits(lines, picked):
        return NO_LIST
    return picked


def _fits(lines: list[str], lang: str) -> bool:
    """Whether the page's sentences read as prose by ``lang``'s stop list (see
    :data:`_FIT_MIN_DENSITY`); ``True`` when the page has too few sentences to tell.

    Detection picks the nearest language with a list, so a page in a language without one
    (Papiamento, Tok Pisin, a script with no candidates) gets a list whose words its
    sentences hardly use, and every paragraph would be dropped for "few stop words". Its
    sentences, known by their length and their final mark, not by any language, tell.
    Each distinct line counts once; linear in the page's length."""
    stop = stopwords(lang)
    hits = n_words = n_lines = 0
    for line in dict.fromkeys(lines):
        toks = line.casefold().split()
        if len(toks) < _FIT_MIN_WORDS or not ends_sentence(line):
            continue
        n_lines += 1
        n_words += len(toks)
        hits += sum(map(stop.__contains__, map(str.strip, toks, itertools.repeat(EDGE_PUNCT))))
    return n_lines < _FIT_MIN_LINES or hits >= _FIT_MIN_DENSITY * n_words
