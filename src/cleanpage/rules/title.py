"""Title detection and isolated-island removal."""

from __future__ import annotations

from ..state import State
from ..text import TERMINAL
from ..types import Label

_TITLE_LOOKBACK = 8


def _title_like(state: State, i: int) -> bool:
    raw = state.lines[i].strip()
    if not raw or state.locked[i] or len(raw) > 200:
        return False
    nwords = state.words[i]
    if nwords < 2 or nwords > 30 or (raw[-1] in TERMINAL and raw[-1] not in "?!"):
        return False
    return not raw[0].islower() and raw[-1] not in ",:;"


def title(state: State) -> None:
    """The headline: the fullest title-like line among the few lines before the article.

    Bylines, dates and captions often sit between headline and text, so the rule looks back
    up to eight non-blank lines from the first article line and takes the candidate with the
    most words (a headline is longer than "Image credit: X").
    """
    first = next((i for i in range(len(state)) if state.labels[i] is Label.ARTICLE), None)
    if first is None:
        return
    best, best_words = None, 0.0
    seen = 0
    # The first article line may itself be the headline when the next line continues it.
    candidates = [first] if state.block[first] == first else []
    i = first - 1
    while i >= 0 and seen < _TITLE_LOOKBACK:
        if not state.is_blank(i):
            seen += 1
            candidates.append(i)
        i -= 1
    for c in candidates:
        if c == first:
            nxt = first + 1
            if not (nxt < len(state) and state.labels[nxt] is Label.ARTICLE
                    and state.block[nxt] != first and _title_like(state, c)):
                continue
        elif not _title_like(state, c):
            continue
        if state.words[c] > best_words:
            best, best_words = c, state.words[c]
    if best is not None and state.decide(best, Label.TITLE, "headline before the article"):
        state.title_index = best


def islands(state: State) -> None:
    """Drop small article islands far from the main text (footer blurbs, sidebars).

    Article lines are grouped into clusters separated by more than ``params.island_gap``
    non-blank non-article lines; clusters with under a fifth of the largest one's words
    become boilerplate. Unlocked verdicts only.
    """
    gap_limit = state.params.island_gap
    clusters: list[list[int]] = []
    gap = gap_limit + 1
    for i in range(len(state)):
        if state.labels[i] in (Label.ARTICLE, Label.TITLE):
            if gap > gap_limit or not clusters:
                clusters.append([])
            clusters[-1].append(i)
            gap = 0
        elif not state.is_blank(i):
            gap += 1
    if len(clusters) < 2:
        return
    sizes = [sum(state.words[i] for i in c) for c in clusters]
    top = max(sizes)
    for c, size in zip(clusters, sizes, strict=True):
        if size < top / 5:
            for i in c:
                if state.labels[i] is Label.ARTICLE:
                    state.decide(i, Label.BOILERPLATE, f"island of {size:.0f} words far from text")
