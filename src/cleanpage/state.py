"""The working state of one run: the lines and what the rules have decided so far.

Rules read and label it through :meth:`State.decide`; nothing here is visible after the
run except through the :class:`~cleanpage.types.Page` built from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .lexicon import Lexicon, glued_phrases
from .options import Params
from .text import FORMAT_MARKS, filled_wrap, wrap_width
from .types import Label, Teaser


class Decisions(NamedTuple):
    """A copy of what the rules have decided so far in a run (:meth:`State.decisions`)."""

    labels: list[Label | None]
    rules: list[str]
    reasons: list[str]
    locked: list[bool]
    inline: list[bool]
    block: list[int]
    cf: list[str]
    related: list[Teaser]
    comments: list[str]
    schedules: list[tuple[int, int]]
    title_index: int | None


@dataclass(slots=True)
class State:
    """Per-run mutable state.

    Attributes:
        lines: the input lines (newline-normalised), verbatim.
        keys: each line's lexicon key (:func:`cleanpage.lexicon.norm_key`).
        lang: the language whose word lists are used.
        lex: those word lists.
        params: the thresholds of the current mode.
        labels: the label of each line, ``None`` while undecided.
        rules: the rule that decided each line ("" while undecided).
        reasons: why.
        locked: lines whose label later rules may not change (lexicon and zone verdicts).
        inline: removed lines that stand *inside* running text without ending it (an
            "Advertisement" marker, an inline "Read also" box): the context pass looks
            through them, so the paragraphs on both sides stay neighbours.
        blank: whether each line holds no visible character (fixed for the run, so computed
            once: the rules ask it about every line, several times).
        block: for each line, the index of the first line of its paragraph block.
        cf: the context-free class of each line's block: good, near, short, bad or "".
        words: word count of each line (CJK characters weighted).
        related: teaser records found so far.
        comments: comment paragraphs found so far.
        schedules: ``(start, end)`` of the runs of dated lines whose dates rise that
            ``teaser_runs`` left out of the lists of other stories, for ``tables``.
        title_index: the line chosen as title, if any.
        current_rule: the name of the rule running now (set by the chain).
        glued_memo: :meth:`glued` of the lines asked so far.
        cruft_memo: :meth:`cruft_hit` of the lines asked so far.
        zone_memo: :meth:`zone_hit` of the lines asked so far.
        wrap: the column at which the page was hard-wrapped, or ``None``
            (:func:`~cleanpage.text.wrap_width`): fixed for the run, as rules never rewrite
            a line, so worked out once for the rules that count paragraphs on such a page.
        filled: whether that wrap fills every line as a tool does
            (:func:`~cleanpage.text.filled_wrap`), so that a full line whose next line's
            first word would have fitted on it is no cut (:func:`~cleanpage.text.wrap_cut`).
        opening: the decisions after the chain's mode-free opening rules
            (:meth:`~cleanpage.chain.RuleChain.mode_free_prefix`), kept for the safety net's
            looser retry over the same word lists, which starts from them.
    """

    lines: list[str]
    keys: list[str]
    lang: str
    lex: Lexicon
    params: Params
    labels: list[Label | None] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    locked: list[bool] = field(default_factory=list)
    inline: list[bool] = field(default_factory=list)
    blank: list[bool] = field(default_factory=list)
    block: list[int] = field(default_factory=list)
    cf: list[str] = field(default_factory=list)
    words: list[float] = field(default_factory=list)
    related: list[Teaser] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    schedules: list[tuple[int, int]] = field(default_factory=list)
    title_index: int | None = None
    current_rule: str = ""
    glued_memo: dict[int, list[str] | None] = field(default_factory=dict)
    cruft_memo: dict[int, tuple[str, str] | None] = field(default_factory=dict)
    zone_memo: dict[int, tuple[str, str] | None] = field(default_factory=dict)
    wrap: int | None = None
    filled: bool = False
    opening: Decisions | None = None

    def __post_init__(self) -> None:
        n = len(self.lines)
        self.labels = [None] * n
        self.rules = [""] * n
        self.reasons = [""] * n
        self.locked = [False] * n
        self.inline = [False] * n
        # A line of invisible format marks alone (U+2063 under a recipe's step) is blank too.
        self.blank = [not k and not s.strip().strip(FORMAT_MARKS)
                      for k, s in zip(self.keys, self.lines, strict=True)]
        self.block = list(range(n))
        self.cf = [""] * n
        self.wrap = wrap_width(self.lines)
        self.filled = filled_wrap(self.lines, self.wrap)

    def __len__(self) -> int:
        return len(self.lines)

    def decide(self, i: int, label: Label, reason: str, *, lock: bool = False) -> bool:
        """Label line ``i`` unless a locked verdict stands; returns whether it was set."""
        if self.locked[i]:
            return False
        self.labels[i] = label
        self.rules[i] = self.current_rule
        self.reasons[i] = reason
        self.locked[i] = lock
        return True

    def glued(self, i: int) -> list[str] | None:
        """The categories of the zone and cruft phrases that line ``i`` is made of, glued
        together (:func:`cleanpage.lexicon.glued_phrases`), worked out once per line:
        ``cruft_lexicon`` and ``zone_openers`` both ask it of the same short lines."""
        memo = self.glued_memo
        if i not in memo:
            memo[i] = glued_phrases(self.lines[i], self.keys[i], self.lex.zones, self.lex.cruft)
        return memo[i]

    def cruft_hit(self, i: int) -> tuple[str, str] | None:
        """The cruft phrase that line ``i`` is, starts with or holds
        (:meth:`cleanpage.lexicon.PhraseTable.match` of its key), worked out once per line."""
        memo = self.cruft_memo
        if i not in memo:
            memo[i] = self.lex.cruft.match(self.keys[i])
        return memo[i]

    def zone_hit(self, i: int) -> tuple[str, str] | None:
        """The zone or box phrase that line ``i`` is, starts with or holds
        (:meth:`cleanpage.lexicon.PhraseTable.match` of its key in the zone phrases),
        worked out once per line: the zone openers ask it of every line, and the context,
        block and title rules of many lines again (keys never change during a run)."""
        memo = self.zone_memo
        if i not in memo:
            memo[i] = self.lex.zones.match(self.keys[i])
        return memo[i]

    def share_memos(self, other: State) -> None:
        """Take over the per-line memos of ``other``, a run over the same lines (the safety
        net's retries run the chain again on the page in a looser mode): what a memo holds
        depends on a line and the phrase tables only, so it is shared where the tables are
        the same (the cruft phrases always are; the zone openers unless a retry goes
        without the language's lists). Only for the runs of one call: nothing outlives it."""
        if other.lines is not self.lines:
            return
        if other.lex.cruft is self.lex.cruft:
            self.cruft_memo = other.cruft_memo
            if other.lex.zones is self.lex.zones:
                self.glued_memo = other.glued_memo
        if other.lex.zones is self.lex.zones:
            self.zone_memo = other.zone_memo

    def decisions(self) -> Decisions:
        """A copy of every verdict and record so far (the lists copied: later rules change
        them in place)."""
        return Decisions(list(self.labels), list(self.rules), list(self.reasons),
                         list(self.locked), list(self.inline), list(self.block), list(self.cf),
                         list(self.related), list(self.comments), list(self.schedules),
                         self.title_index)

    def resume(self, d: Decisions) -> None:
        """Take over decisions ``d`` of another run over the same lines, as copies (that run
        and this one go on to decide differently)."""
        self.labels, self.rules, self.reasons = list(d.labels), list(d.rules), list(d.reasons)
        self.locked, self.inline, self.block = list(d.locked), list(d.inline), list(d.block)
        self.cf, self.related, self.comments = list(d.cf), list(d.related), list(d.comments)
        self.schedules, self.title_index = list(d.schedules), d.title_index

    def is_blank(self, i: int) -> bool:
        """Whether line ``i`` holds no visible character."""
        return self.blank[i]

    def block_end(self, i: int) -> int:
        """The line after the last line of line ``i``'s block."""
        b, j, n = self.block[i], i + 1, len(self.lines)
        while j < n and self.block[j] == b:
            j += 1
        return j

    def text_neighbour(self, i: int, step: int) -> int | None:
        """The nearest non-blank line from line ``i`` in direction ``step`` (-1 or 1)."""
        # (asked some thirty times a page's lines: the length and list are looked up once)
        blank, n = self.blank, len(self.blank)
        j = i + step
        while 0 <= j < n and blank[j]:
            j += step
        return j if 0 <= j < n else None

    def open(self, i: int) -> bool:
        """Whether line ``i`` is still undecided and not blank."""
        return self.labels[i] is None and not self.blank[i]
