"""The run: segment, apply the chain, apply the safety net, render.

:func:`extract` is pure: no I/O, no state kept between calls, deterministic, and it
never raises on any ``str`` (a bug in a rule degrades to returning every line as article,
labelled with the error, rather than losing the page).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import regex

from . import langdetect, lexicon
from .chain import RuleChain
from .defaults import DEFAULT_CHAIN
from .options import looser, params_for
from .render import drop_cap_rests, exponent_rests, join_parts, paragraphs
from .segment import read_lines, segment, spaced_lines
from .state import State
from .text import WORD_RE, cjk_count
from .types import Label, Line, Page

# The safety net retries looser on pages with at least this many words...
_NET_MIN_PAGE_WORDS = 20
# ...and keeps all but known cruft (its last resort) on pages at least this long, or on
# any page where nothing was kept and nothing is known cruft (a text pasted alone).
_LAST_RESORT_MIN_WORDS = 120
# ...or, when nothing at all was kept, on pages at least this long (a page of headlines or
# of a short notice has no prose, but an empty result says nothing).
_EMPTY_RESORT_MIN_WORDS = 40
# On a text without known cruft a looser run that keeps more words (not only one keeping
# every word) is taken on pages at least this long: not one line of furniture recognised
# among this many words says the page is a bare document, whose unsure lines are its own.
_BARE_LOOSER_MIN_WORDS = 300
# A thread heading's count: first on the line or in brackets ("310 Responses", "Comments (5)").
_COUNT_RE = regex.compile(r"^\s*\d+\s|[(\[]\d+[)\]]")
# A bare thread heading's count may stand on one of this many text lines above it.
_COUNT_LINES = 6
# The reason zone_openers gives a comment zone's opener line.
_THREAD_OPENER = f"{lexicon.ZONE_CATEGORIES['comments']} zone opener"
# Below this share of the page's words after every retry, keep all but known cruft.
_LAST_RESORT_SHARE = 0.02


def _line_words(s: str) -> float:
    """Words of a line; two CJK characters count as one word. A comma left alone where a
    link was ("Summit , held") is no word, so the count does not change when rendering
    repairs the spacing (cleaning the output again must see the same counts)."""
    n = cjk_count(s)
    if n:
        return len(WORD_RE.findall(s)) + n / 2
    toks = s.split()
    if " ," not in s:
        return float(len(toks))
    # Rendering removes the space before a comma: a token that starts with one is no word.
    return float(sum(1 for t in toks if t[0] != ","))


def build_chain(
    chain: RuleChain | None, disable: Iterable[str] = (), enable: Iterable[str] = ()
) -> RuleChain:
    """The chain to run: ``chain`` (default: :data:`DEFAULT_CHAIN`) with switches applied."""
    c = DEFAULT_CHAIN if chain is None else chain
    # A single name given as a string means that rule, not its letters.
    disable = (disable,) if isinstance(disable, str) else tuple(disable)
    enable = (enable,) if isinstance(enable, str) else tuple(enable)
    if disable:
        c = c.disable(*disable)
    if enable:
        c = c.enable(*enable)
    return c


def _run(lines: list[str], keys: list[str], words: list[float], lang: str, mode: str,
         chain: RuleChain, lex: lexicon.Lexicon | None = None, like: State | None = None
         ) -> State:
    """One run of the chain; ``like``: an earlier run over the same lines, whose per-line
    memos this run shares (:meth:`State.share_memos`) and, when it read the same word lists
    in the same language, whose verdicts of the chain's mode-free opening rules this run
    starts from (a looser retry decides those the same: about a third of its time saved)."""
    state = State(lines=lines, keys=keys, lang=lang, lex=lex or lexicon.load(lang),
                  params=params_for(mode))
    state.words = words
    opening = chain.mode_free_prefix()
    if like is None:
        chain.run(state, 0, opening)
        state.opening = state.decisions()
    else:
        state.share_memos(like)
        if like.opening is not None and like.lex is state.lex and like.lang == lang:
            state.resume(like.opening)
        else:
            opening = 0
    chain.run(state, opening)
    return state


# Rules whose kept lines the safety net does not count: a record grid (``grids``) or a
# thread's short posts (``thread_posts``) kept on a page whose article was missed must not
# stop the retry that finds it.
_UNCOUNTED_RULES = frozenset({"grids", "thread_posts"})


def _kept_words(state: State) -> float:
    """Words kept as article, not counting the lines of :data:`_UNCOUNTED_RULES`."""
    return sum(state.words[i] for i, lb in enumerate(state.labels)
               if lb is Label.ARTICLE and state.rules[i] not in _UNCOUNTED_RULES)


def _safety_net(state: State, lines: list[str], keys: list[str], words: list[float], lang: str,
                mode: str, chain: RuleChain) -> State:
    """Retry looser while the article is a tiny share of a long page; keep the larger result.

    The ladder: the next mode towards ``recall``, then, if even recall finds almost nothing,
    recall without a stop list (``xx``): the text may not be in the detected language, or in
    any language with a list (code listings, lorem ipsum), and punctuation alone must judge.
    """
    total = sum(words)
    if total < _NET_MIN_PAGE_WORDS:
        if total and _all_unknown(state) and _kept_again(state, lang, mode, chain):
            _keep_unlocked(state)  # a short text with no known cruft is all there is
        return state
    # A counted thread ("310 Responses to “...”", "10 Comments") under a short post is no
    # sign that the post was missed: its words do not count towards the page's (looked for
    # only when the post looks tiny: most pages keep enough and never ask).
    own, kept = total, _kept_words(state)  # (counted once: the steps below reuse it)
    if kept < state.params.retry_share * total:
        own -= _thread_words(state)
    steps: list[tuple[str, str]] = []
    m: str | None = looser(mode)
    while m is not None:
        steps.append((lang, m))
        m = looser(m)
    if lang != "xx":
        steps.append(("xx", "recall"))
    first = state
    bare = _no_known_cruft(state, kept, total)
    for lg, m2 in steps:
        fair = kept >= state.params.retry_share * own
        if fair and (not bare or kept >= total):
            break  # (a run that keeps every word already: no retry can keep more)
        lex = lexicon.load_without_stop(lang) if lg == "xx" else None
        retry = _run(lines, keys, words, lg, m2, chain, lex, like=first)
        for i, reason in enumerate(retry.reasons):
            if retry.labels[i] is Label.ARTICLE:
                retry.reasons[i] = f"{reason} [retry: {m2}{', no stop list' if lg == 'xx' else ''}]"
        if (kept_retry := _kept_words(retry)) > kept and (not fair or kept_retry >= total or (
                bare and total >= _BARE_LOOSER_MIN_WORDS and _more_in_all(retry, state))):
            state, kept = retry, kept_retry
    if _all_unknown(state) or (not kept and total >= _EMPTY_RESORT_MIN_WORDS) or (
            total >= _LAST_RESORT_MIN_WORDS and kept < _LAST_RESORT_SHARE * own):
        _keep_unlocked(state)
    return state


def _more_in_all(retry: State, state: State) -> bool:
    """Whether ``retry`` keeps more words than ``state`` counting every article line, those
    of :data:`_UNCOUNTED_RULES` too. Those rules are left out of the share so that a grid
    kept on a page whose article was missed does not stop the retry; but a looser run taken
    on a fair result only for keeping more must keep more of all of it, not trade a grid's
    records for fewer counted lines (a cleaned output of a long grid page lost its records
    so when cleaned again)."""
    def every(st: State) -> float:
        return sum(st.words[i] for i, lb in enumerate(st.labels) if lb is Label.ARTICLE)
    return every(retry) > every(state)


def _thread_words(state: State) -> float:
    """The words of the page's comment zones when the first of them is a counted thread,
    else 0: a thread announced as "310 Responses to ..." or "Comments (10)" is one; a bare
    "Add your view" may be a wrong opener over the article that the retries must be free to
    overrule."""
    first = next((i for i, r in enumerate(state.reasons) if r == _THREAD_OPENER), None)
    if first is None or not (_COUNT_RE.search(state.lines[first]) or _counted_above(state, first)):
        return 0.0
    return sum(state.words[i] for i, lb in enumerate(state.labels) if lb is Label.COMMENT)


def _counted_above(state: State, first: int) -> bool:
    """Whether a post's meta line just above a bare "Comments" heading ends in the thread's
    count ("Posted in Open thread | Permalink | 10 Comments", or "10 Comments" alone): the
    last field of one of the :data:`_COUNT_LINES` text lines before it is a counted comment
    phrase."""
    seen = 0
    for j in range(first - 1, -1, -1):
        if seen == _COUNT_LINES:
            break
        if state.is_blank(j):
            continue
        seen += 1
        field = state.lines[j].rpartition("|")[2]
        hit = state.lex.zones.match(lexicon.norm_key(field))
        if hit is not None and hit[0] == "comments" and _COUNT_RE.search(field):
            return True
    return False


def _no_known_cruft(state: State, kept: float, total: float) -> bool:
    """Whether no line is known cruft (a lexicon, zone, timestamp or separator verdict) but
    some words were dropped (``kept`` of ``total``: :func:`_kept_words` and the page's words):
    a text with nothing to recognise as a page's furniture, such as a cleaned output. A retry
    looser may have made it (a page whose article was a tiny share of its words); its share
    test passes on the output, so without this the second cleaning would run the stricter
    settings alone and drop the stop-word-poor lines the retry kept.
    On such a text the looser runs are tried too, and one that keeps every word is taken:
    that is what such an output looks like to the retry that made it. One that keeps only
    more is taken on a page of :data:`_BARE_LOOSER_MIN_WORDS` words or more: absence of known
    cruft is evidence in proportion to the text's length. A few hundred words in which no
    menu, share bar, date or separator is recognised are a bare document (an old static
    page, a listing of abbreviated records), and the lines its strict run dropped are unsure
    ones, which go to the article; on a short text the absence says little, and one wrongly
    kept line (a date line over the post, a footer link under it) is a large share of it
    (measured: cleaneval block +0.0005, readability block +0.0002, the snippet set's with
    kept +1 / +1; without the length test two pages of under 200 words lost a little, and
    four unit tests' small pages kept such lines)."""
    if kept >= total:
        return False  # everything kept already (most outputs): nothing to retry
    return not any(state.locked[i] and not state.is_blank(i) for i in range(len(state)))


def _all_unknown(state: State) -> bool:
    """Whether nothing was kept and nothing was known cruft either: a bare text (a note, a
    fixture, one paragraph pasted alone) that no rule has a reason to remove."""
    return not any(lb is Label.ARTICLE or (state.locked[i] and not state.is_blank(i))
                   for i, lb in enumerate(state.labels))


def _kept_again(state: State, lang: str, mode: str, chain: RuleChain) -> bool:
    """Whether the text that keeping a short page whole gives (:func:`_keep_unlocked`) is,
    cleaned again, a short text with no known cruft too, which that keeps whole again.

    Rules read a page's lines in order, and a rule's verdict stops the later ones: on
    "12 comments" / "The" / "12 comments" the repeated counter is a menu's item, never a
    comment zone's opener, and nothing is known cruft. The output joins the short line to
    its neighbour ("12 comments" / "The 12 comments"), and there the counter is an opener,
    known cruft, and nothing would be kept. A short page is kept whole only when its output
    stays so; else nothing is kept, as its output would keep nothing (a few short lines:
    running the chain on them again costs little)."""
    keep = [i for i in range(len(state)) if not state.locked[i] and not state.is_blank(i)]
    text = "\n\n".join(paragraphs(state.lines, state.block, keep,
                                  drop_cap_rests(state.lines, state.block, state.lex.stop)
                                  | exponent_rests(state.lines, state.block)))
    lines = segment(text)
    words = [_line_words(s) for s in lines]
    if sum(words) >= _NET_MIN_PAGE_WORDS:
        return False  # (rendering adds no words; kept for safety)
    again = _run(lines, [lexicon.norm_key(s) for s in lines], words, lang, mode, chain)
    return _all_unknown(again)


def _keep_unlocked(state: State) -> None:
    """Last resort: no prose anywhere (a listing, a table, a product grid). Rather than
    return almost nothing, keep every line that no locked rule (lexicon, zone, timestamp,
    separator) removed: the page's content is whatever is not known cruft."""
    state.current_rule = "safety_net"
    for i in range(len(state)):
        if not state.locked[i] and not state.is_blank(i) and state.labels[i] is not Label.ARTICLE:
            state.decide(i, Label.ARTICLE, "no prose found on page: kept unless known cruft")


def _drop_lone_punctuation(state: State, records: list[Line]) -> None:
    """A kept line without letters or digits whose paragraph keeps nothing else ("(" that
    joined a dropped "12 comments") would stand alone in the output, where the separator
    rule drops it: it goes now, so that cleaning the output again changes nothing."""
    kept = [ln for ln in records if ln.label is Label.ARTICLE]
    bare = {ln.index for ln in kept if not any(map(str.isalnum, ln.text))}
    if not bare:
        return  # most pages: nothing to look at again
    kept_text = {state.block[ln.index] for ln in kept if ln.index not in bare}
    for ln in kept:
        if ln.index in bare and state.block[ln.index] not in kept_text:
            records[ln.index] = Line(ln.index, ln.text, Label.BOILERPLATE, "symbol_lines",
                              "no letters: punctuation alone in its paragraph")


def _finish(state: State, lang: str, separators: bool = True) -> Page:
    """The page from the labelled state (``separators``: the separator rule ran, so a lone
    punctuation line goes too)."""
    records: list[Line] = []
    for i, text in enumerate(state.lines):
        label, rule, reason = state.labels[i], state.rules[i], state.reasons[i]
        if label is None:
            head = state.block[i]
            verdict = state.labels[head] if head != i else None
            if state.is_blank(i):
                label, rule, reason = Label.BOILERPLATE, "segment", "blank line"
            elif verdict is not None and not any(map(str.isalnum, text)):
                # A punctuation line that joined its paragraph ("Related Articles" / ")")
                # follows the paragraph's verdict.
                label, rule = verdict, state.rules[head]
                reason = f"{state.reasons[head]} (punctuation of its paragraph)"
            else:
                label, rule, reason = Label.ARTICLE, "default", "no rule decided: kept"
        records.append(Line(i, text, label, rule, reason))
    if separators:
        _drop_lone_punctuation(state, records)
    keep = [ln.index for ln in records if ln.label is Label.ARTICLE]
    body_paras = paragraphs(state.lines, state.block, keep,
                            drop_cap_rests(state.lines, state.block, state.lex.stop)
                            | exponent_rests(state.lines, state.block))
    title_lines = [ln.text for ln in records if ln.label is Label.TITLE]
    title = join_parts(title_lines) if title_lines else None
    body = "\n\n".join(body_paras)
    text = "\n\n".join(([title] if title else []) + body_paras)
    return Page(title=title, body=body, text=text, related=list(state.related),
                comments=list(state.comments), lang=lang, lines=records)


def extract(
    text: str,
    *,
    lang: str | None = None,
    mode: str = "balanced",
    disable: Iterable[str] = (),
    enable: Iterable[str] = (),
    chain: RuleChain | None = None,
) -> Page:
    """The article of a page's plain text, with teasers, comments and every line's verdict.

    Args:
        text: the visible text of a whole page.
        lang: ISO 639-1 code of its language; detected from the text when ``None``.
        mode: ``"precision"``, ``"balanced"`` (default) or ``"recall"``.
        disable: names of rules to switch off (see ``DEFAULT_CHAIN.names()``).
        enable: names of rules to switch on.
        chain: a whole custom chain instead of :data:`DEFAULT_CHAIN`.

    Raises:
        ValueError: for an unknown ``mode``; :class:`~cleanpage.chain.UnknownRuleError`
            (a ``KeyError``) for unknown rule names. Never for the text itself.
    """
    params_for(mode)  # validate before any work
    run_chain = build_chain(chain, disable, enable)
    given, markdown = read_lines(text if isinstance(text, str) else str(text))
    page = _read(given, lang, mode, run_chain)
    spaced = None if markdown else spaced_lines(given)
    if spaced is None:
        return page
    # A page with a blank line after every line may be copied with its spacing (then read
    # without it, as it was laid out) or be paragraphs set apart by blank lines, an
    # extractor's output (then read as given; so is Markdown, whose blank lines are its
    # syntax): the reading that keeps more words wins, as "never lose the article" asks,
    # and a cleaned output, which its own reading keeps whole, is cleaned again to itself.
    unspaced = _respaced(_read([given[i] for i in spaced], lang, mode, run_chain), given, spaced)
    return unspaced if _page_words(unspaced) > _page_words(page) else page


def _page_words(page: Page) -> int:
    """How many words a reading keeps, its title and body."""
    return len(page.body.split()) + len((page.title or "").split())


def _read(lines: list[str], lang: str | None, mode: str, run_chain: RuleChain) -> Page:
    """One reading of the page's lines by the chain."""
    keys = [lexicon.norm_key(s) for s in lines]
    words = [_line_words(s) for s in lines]
    code = (lang or langdetect.detect(lines, keys=keys)).lower()
    try:
        state = _run(lines, keys, words, code, mode, run_chain)
        state = _safety_net(state, lines, keys, words, code, mode, run_chain)
    except Exception as exc:
        state = State(lines=lines, keys=keys, lang=code, lex=lexicon.load("xx"),
                      params=params_for("balanced"))
        state.words = words
        for i in range(len(lines)):
            if not state.is_blank(i):
                state.current_rule = "engine"
                state.decide(i, Label.ARTICLE, f"rule error, kept: {type(exc).__name__}")
    return _finish(state, code, "symbol_lines" in run_chain.names(enabled_only=True))


def _respaced(page: Page, given: list[str], spaced: list[int]) -> Page:
    """The page read without its line spacing (:func:`~cleanpage.segment.spaced_lines`)
    with every input line labelled again at its own index: a blank line of the spacing is
    boilerplate, as every blank line."""
    records: list[Line] = []
    read = iter(page.lines)
    at = 0
    for i, text in enumerate(given):
        if at < len(spaced) and spaced[at] == i:
            ln = next(read)
            records.append(Line(i, text, ln.label, ln.rule, ln.reason))
            at += 1
        else:
            records.append(Line(i, text, Label.BOILERPLATE, "blank_lines",
                                "blank line: line spacing"))
    return replace(page, lines=records)


def clean(text: str, **options: object) -> str:
    """The article as text: the title, a blank line, then paragraphs separated by a blank line.

    >>> clean("Title of the piece\\nShare\\nThe text of the article is here, and it goes on.")
    'Title of the piece\\n\\nThe text of the article is here, and it goes on.'
    """
    return extract(text, **options).text  # type: ignore[arg-type]
