"""Thresholds, grouped in one frozen record; ``mode`` picks a preset."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Mode = Literal["precision", "balanced", "recall"]
MODES: tuple[Mode, ...] = ("precision", "balanced", "recall")


@dataclass(frozen=True, slots=True)
class Params:
    """Numbers the rules read. Lengths are in Latin-equivalent characters (a CJK character
    counts :data:`cleanpage.text.CJK_WEIGHT`), so one threshold fits every script.

    Attributes:
        length_low: below this a block is *short* (jusText's ``length_low``).
        length_high: above this a block with enough stop words is *good*.
        stop_low: stop-word density from which a block is *near-good*.
        stop_high: stop-word density from which a block is *good* (when long).
        lexicon_max_words: a line longer than this never matches a prefix cruft phrase.
        zone_min_words: article words needed before a zone opener may end the article.
        context_reach: how many blocks the context pass looks past for a decided neighbour.
        island_gap: blocks of non-article that isolate a good island from the main text.
        retry_share: if the article is below this share of the page's words, retry looser.
        span_line_cost: what a non-article line costs the main text span, in words (a
            lower cost spans wider gaps).
    """

    length_low: int = 70
    length_high: int = 200
    stop_low: float = 0.30
    stop_high: float = 0.32
    lexicon_max_words: int = 12
    zone_min_words: int = 50
    context_reach: int = 8
    island_gap: int = 12
    retry_share: float = 0.10
    span_line_cost: float = 2.0


PRESETS: dict[Mode, Params] = {
    "precision": Params(length_low=80, length_high=220, stop_low=0.32, stop_high=0.34,
                        context_reach=5, island_gap=8, span_line_cost=4.0),
    "balanced": Params(length_low=60, stop_low=0.26, stop_high=0.30, context_reach=10),
    "recall": Params(length_low=50, length_high=150, stop_low=0.22, stop_high=0.26,
                     zone_min_words=120, context_reach=12, island_gap=30, span_line_cost=1.0),
}


def params_for(mode: str) -> Params:
    """The preset for ``mode``; an unknown mode raises ``ValueError`` naming the known ones."""
    try:
        return PRESETS[mode]  # type: ignore[index]
    except KeyError:
        raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}") from None


def looser(mode: str) -> str | None:
    """The next mode towards recall, or ``None`` from ``recall``."""
    order = list(MODES)
    i = order.index(mode)  # type: ignore[arg-type]
    return order[i + 1] if i + 1 < len(order) else None
