"""Public record types: what a caller gets back from :func:`cleanpage.extract`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Label(StrEnum):
    """The one label every input line ends with."""

    TITLE = "title"
    ARTICLE = "article"
    RELATED = "related"
    COMMENT = "comment"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class Line:
    """One input line with its verdict.

    Attributes:
        index: 0-based position of the line in the input (after newline normalisation).
        text: the line as it was in the input, without its newline.
        label: what the line is.
        rule: name of the rule that decided the label.
        reason: a short human-readable why.
    """

    index: int
    text: str
    label: Label
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class Teaser:
    """A related-article teaser split out of the page; a field is ``""`` when not shown."""

    source: str = ""
    age: str = ""
    title: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """The structured result of :func:`cleanpage.extract`.

    Attributes:
        title: the article's headline, or ``None`` when none was found.
        body: the article paragraphs without the title, separated by a blank line.
        text: title, blank line, body: exactly what :func:`cleanpage.clean` returns.
        related: teaser records from "Related articles" style zones.
        comments: the texts of the page's comment zone, one entry a paragraph.
        lang: ISO 639-1 code used for the word lists (given or detected).
        lines: every input line, in order, labelled.
    """

    title: str | None
    body: str
    text: str
    related: list[Teaser] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    lang: str = "en"
    lines: list[Line] = field(default_factory=list)

    def explain(self, width: int = 60) -> str:
        """A readable table: one input line a row (number, label, rule, reason, text cut)."""
        rows = [f"{'line':>5}  {'label':<11} {'rule':<18} {'reason':<34} text"]
        for ln in self.lines:
            shown = ln.text if len(ln.text) <= width else ln.text[: width - 1] + "…"
            label, reason = ln.label.value, ln.reason[:34]
            rows.append(f"{ln.index + 1:>5}  {label:<11} {ln.rule:<18} {reason:<34} {shown}")
        return "\n".join(rows)
