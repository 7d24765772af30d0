"""The user's page: exact output, teasers, and the labels of the cruft lines."""

from __future__ import annotations

import json

import cleanpage
from cleanpage import Label
from conftest import shared_path


def _page() -> str:
    return shared_path("examples", "aggregator-page.txt").read_text("utf-8")


def test_clean_matches_expected_text() -> None:
    """clean() returns the expected article without the final newline."""
    expected = shared_path("examples", "aggregator-page.expected.txt").read_text("utf-8")
    assert cleanpage.clean(_page()) == expected.removesuffix("\n")


def test_teasers_match_expected_records() -> None:
    """extract().related equals the three expected teaser records."""
    exp = json.loads(shared_path("examples", "aggregator-page.expected.json").read_text("utf-8"))
    got = [
        {"source": t.source, "age": t.age, "title": t.title, "text": t.text}
        for t in cleanpage.extract(_page()).related
    ]
    assert got == exp["related"]


def test_article_lines_and_title() -> None:
    """The article lines are exactly the expected input lines, the title is found."""
    exp = json.loads(shared_path("examples", "aggregator-page.expected.json").read_text("utf-8"))
    page = cleanpage.extract(_page())
    kept = [ln.text for ln in page.lines if ln.label in (Label.TITLE, Label.ARTICLE)]
    assert kept == exp["article_lines"]
    assert page.title == exp["title"]


def test_cruft_lines_are_labelled_with_reason() -> None:
    """The generic cruft lines are boilerplate or comment, each with a rule and reason."""
    page = cleanpage.extract(_page())
    by_text = {ln.text: ln for ln in page.lines}
    for text in ["Hashtags", "Try Our AI Features", "Explore what Daily8 AI can do for you:",
                 "Comments", "No comments yet..."]:
        ln = by_text[text]
        assert ln.label in (Label.BOILERPLATE, Label.COMMENT), (text, ln)
        assert ln.rule and ln.reason
