"""Structure rules: blank lines, symbol-only lines, lines repeated on the page."""

from __future__ import annotations

from collections import Counter

from ..state import State
from ..types import Label


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


def repeated_lines(state: State) -> None:
    """A short line seen twice or more on one page is a menu or widget item.

    Real paragraphs do not repeat; navigation is often rendered twice (header and footer,
    desktop and mobile menus). Only lines of at most six words count, so a refrain quoted
    in an article stays; the verdict is not locked, so context may still keep it.
    """
    short = [bool(k) and state.words[i] <= 6 for i, k in enumerate(state.keys)]
    counts = Counter(k for i, k in enumerate(state.keys) if short[i])
    for i, key in enumerate(state.keys):
        if short[i] and counts[key] > 1 and state.labels[i] is None:
            state.decide(i, Label.BOILERPLATE, f"short line repeated {counts[key]}x on page")
