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

from ..lexicon import ZONE_CATEGORIES
from ..state import State
from ..text import TERMINAL
from ..types import Label, Teaser
from .cruft import is_date_line

_MAX_OPENER_WORDS = 8
_DASHES = "-–—·•|"


def _opener(state: State, i: int) -> str | None:
    key = state.keys[i]
    if not key or key.count(" ") >= _MAX_OPENER_WORDS or len(state.lines[i]) > 80:
        return None
    hit = state.lex.zones.match(key)
    return hit[0] if hit else None


def _openers(state: State) -> list[tuple[int, str, float]]:
    """``(line, kind, prose words before it)`` of every opener that passes the guard."""
    need = state.params.zone_min_words
    words_before = 0.0
    found: list[tuple[int, str, float]] = []
    for i in range(len(state)):
        kind = _opener(state, i) if not state.locked[i] else None
        if kind is not None and (found or words_before >= need):
            found.append((i, kind, words_before))
        elif state.cf[i] in ("good", "near"):  # prose seen so far, promoted or not yet
            words_before += state.words[i]
    return found


def _sidebar_end(state: State, start: int, end: int, words_before: float) -> int:
    """Where a related zone really ends: at a prose run longer than the article before it.

    A "Most popular" box can stand *above* the article in page order. When the zone shows no
    teaser anchors (no age lines) and a run of prose inside it outweighs all the prose before
    the opener, the opener belonged to a sidebar and the article starts at that run.
    """
    if any(_is_age(state, i) for i in range(start + 1, end)):
        return end
    run_start, run_words = -1, 0.0
    for i in range(start + 1, end):
        if state.cf[i] in ("good", "near"):
            if run_start < 0:
                run_start, run_words = i, 0.0
            run_words += state.words[i]
            if run_words > max(words_before, state.params.zone_min_words):
                return run_start
        elif not state.is_blank(i) and not state.locked[i]:
            run_start = -1
    return end


def _inline_end(state: State, start: int, end: int) -> int:
    """An inline link ("Related: Title of another story") inside the article.

    An opener that ends with a colon, or carries more words than its phrase, introduces one
    or two links, not a teaser block: when prose follows within three lines, the zone ends
    there and the article goes on.
    """
    raw = state.lines[start].rstrip()
    hit = state.lex.zones.match(state.keys[start])
    if not (raw.endswith(":") or (hit is not None and hit[1] == "prefix")):
        return end
    seen = 0
    for i in range(start + 1, end):
        if state.is_blank(i):
            continue
        if state.cf[i] in ("good", "near") and seen > 0:
            return i
        seen += 1
        if seen > 3:
            break
    return end


def zone_openers(state: State) -> None:
    """Label every line from a zone opener to the next opener (or the end) as that zone."""
    found = _openers(state)
    for n, (start, kind, words_before) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(state)
        if kind == "related":
            end = min(_inline_end(state, start, end), _sidebar_end(state, start, end, words_before))
        label = Label.RELATED if kind == "related" else Label.COMMENT
        state.decide(start, label, f"{ZONE_CATEGORIES[kind]} zone opener", lock=True)
        for i in range(start + 1, end):
            if state.rules[i] == "bylines_dates":  # a teaser's age line belongs to its teaser
                state.locked[i] = False
            if not state.locked[i]:
                state.decide(i, label, f"inside {ZONE_CATEGORIES[kind]} zone", lock=True)


def _is_age(state: State, i: int) -> bool:
    raw = state.lines[i].strip()
    if not raw or len(raw) > 60:
        return False
    return bool(state.lex.age_re.match(raw.casefold())) or is_date_line(
        state.keys[i], raw, state.lex.date_words
    )


def _clean_text(state: State, parts: list[str]) -> str:
    """Teaser text: parts joined; a trailing ad/cruft word ("Advertisement") dropped."""
    text = " ".join(p.strip() for p in parts if p.strip())
    words = text.rsplit(" ", 1)
    if len(words) == 2 and state.lex.cruft.match(words[1].casefold().strip(".:")):
        text = words[0]
    return text


def teasers(state: State) -> None:
    """Read teaser records out of the related zone (its lines keep their ``related`` label)."""
    idx = [i for i in range(len(state)) if state.labels[i] is Label.RELATED
           and state.rules[i] == "zone_openers" and not state.reasons[i].endswith("opener")]
    if not idx:
        return
    ages = [k for k, i in enumerate(idx) if _is_age(state, i)]
    lines = [state.lines[i].strip() for i in idx]
    records: list[Teaser] = []
    if ages:
        # Each age line anchors a record; a short line right before it is the source.
        starts = [a - 1 if a > 0 and len(lines[a - 1].split()) <= 6 and (a - 1) not in ages
                  else a for a in ages]
        for n, (s, a) in enumerate(zip(starts, ages, strict=True)):
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            source = lines[s] if s < a else ""
            body = lines[a + 1:end]
            if body and body[0][:1] in _DASHES and body[0].lstrip(_DASHES + " ") in (source, ""):
                source = source or body[0].lstrip(_DASHES + " ")
                body = body[1:]
            title = body[0] if body else ""
            records.append(Teaser(source, lines[a], title, _clean_text(state, body[1:])))
    else:
        # No ages shown: a title-like line starts a record, longer lines are its text.
        cur: list[str] = []
        for ln in lines:
            titleish = ln[-1:] not in TERMINAL and len(ln.split()) <= 20
            if titleish and cur:
                records.append(Teaser(title=cur[0], text=_clean_text(state, cur[1:])))
                cur = []
            cur.append(ln)
        if cur:
            records.append(Teaser(title=cur[0], text=_clean_text(state, cur[1:])))
    state.related.extend(records)


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
