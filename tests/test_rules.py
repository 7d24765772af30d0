"""Unit tests per rule: each rule run alone (or after what it needs) on small inputs."""

from __future__ import annotations

from cleanpage import DEFAULT_CHAIN, Label, lexicon
from cleanpage.engine import _line_words
from cleanpage.options import params_for
from cleanpage.render import join_parts
from cleanpage.segment import segment
from cleanpage.state import State

PROSE = ("The committee published its report on Thursday, and it said that the new rules "
         "would take effect at the start of next year, after a short consultation.")


def run(lines: list[str], *rules: str, lang: str = "en") -> State:
    """Run only ``rules`` (in chain order) on ``lines``."""
    state = State(lines=lines, keys=[lexicon.norm_key(s) for s in lines], lang=lang,
                  lex=lexicon.load(lang), params=params_for("balanced"))
    state.words = [_line_words(s) for s in lines]
    DEFAULT_CHAIN.only(*rules).run(state)
    return state


def test_segment_normalises_newlines_and_invisibles() -> None:
    """CRLF, CR and U+2028 end lines; zero-width characters and NBSP are normalised."""
    assert segment("a\r\nb\rc\u2028d") == ["a", "b", "c", "d"]
    assert segment("x\u200by\u00a0z  ") == ["xy z"]


def test_blank_lines() -> None:
    """Blank lines are boilerplate."""
    s = run(["", "  ", "text"], "blank_lines")
    assert s.labels == [Label.BOILERPLATE, Label.BOILERPLATE, None]


def test_symbol_lines() -> None:
    """Lines without letters are boilerplate; lines with letters are left."""
    s = run(["|", "123", "» »", "Abc"], "symbol_lines")
    assert s.labels[:3] == [Label.BOILERPLATE] * 3 and s.labels[3] is None


def test_cruft_lexicon_exact_and_prefix() -> None:
    """Exact cruft phrases go anywhere; prefix phrases only on short lines."""
    lines = ["Advertisement", "Share on Facebook", "We use cookies to improve your experience.",
             "We use cookies " + "and other things " * 20, PROSE]
    s = run(lines, "cruft_lexicon")
    assert s.labels[:3] == [Label.BOILERPLATE] * 3
    assert s.labels[3] is None and s.labels[4] is None
    assert s.locked[0] and "advertising" in s.reasons[0]


def test_cruft_lexicon_spares_sentences_mentioning_cruft_words() -> None:
    """An article sentence about cookies or advertising is not cruft."""
    line = "Advertising revenue fell by a third, the company said, as cookies were phased out."
    assert run([line], "cruft_lexicon").labels == [None]


def test_bylines_dates() -> None:
    """Ages, dates and bylines are boilerplate; a sentence with a date is not."""
    lines = ["6 hours ago", "November 18, 2019 11:03 PM", "By Jane Doe", "Tue 24.11.2007",
             "On November 18, 2019 the court ruled in favour of the city."]
    s = run(lines, "bylines_dates")
    assert s.labels[:4] == [Label.BOILERPLATE] * 4 and s.labels[4] is None


def test_repeated_lines() -> None:
    """Short lines that repeat on the page are boilerplate; long ones are not."""
    s = run(["Scores", PROSE, "Scores", PROSE], "repeated_lines")
    assert s.labels == [Label.BOILERPLATE, None, Label.BOILERPLATE, None]


def test_join_fragments() -> None:
    """Lines broken at links form one block; a headline stays apart."""
    lines = ["A headline about the summit", "The", "second Summit , held in Astana last week,",
             "was a success.", "Earlier this week, it was announced that", "China National "
             "Nuclear Corporation would lead it.", "Next paragraph."]
    s = run(lines, "join_fragments")
    assert s.block == [0, 1, 1, 1, 4, 4, 6]


def test_render_joins_and_repairs() -> None:
    """Joining uses one space, none between CJK characters or inside brackets; ' ,' repaired."""
    assert join_parts(["The", "second Summit , held"]) == "The second Summit, held"
    assert join_parts(["(", "Reuters", ") — The"]) == "(Reuters) — The"
    assert join_parts(["市议会", "批准了预算。"]) == "市议会批准了预算。"


def test_classify_good_bad_short() -> None:
    """Long prose is article, junk is boilerplate, short lines wait for context."""
    s = run([PROSE + " " + PROSE, "Cars Homes Jobs Dating Motors Classifieds Bingo Tourism "
             "Money Horoscopes Weather Notices", "Short line"], "join_fragments", "classify")
    assert s.labels == [Label.ARTICLE, Label.BOILERPLATE, None]
    assert s.cf == ["good", "bad", "short"]


def test_context_short_between_articles() -> None:
    """A short line between article blocks is article; one between junk is boilerplate."""
    long_prose = PROSE + " " + PROSE
    s = run([long_prose, "A short sentence.", long_prose, "Menu item", "Login"],
            "join_fragments", "classify", "context")
    assert s.labels[1] is Label.ARTICLE
    assert s.labels[3] is Label.BOILERPLATE


def test_zone_openers_and_guard() -> None:
    """An opener after enough article text starts a zone; before it, it does not."""
    long_prose = PROSE + " " + PROSE
    s = run(["Related Articles", long_prose, long_prose, "Related Articles", "Teaser title",
             "Comments", "Great piece!"], "join_fragments", "classify", "zone_openers")
    assert s.labels[0] is not Label.RELATED
    assert s.labels[3:5] == [Label.RELATED, Label.RELATED]
    assert s.labels[5:7] == [Label.COMMENT, Label.COMMENT]


def test_teasers_and_comments_records() -> None:
    """The teaser grammar reads source/age/title/text; comments become records."""
    long_prose = PROSE + " " + PROSE
    s = run([long_prose, long_prose, "Read next", "Daily Post", "2 days ago", "- Daily Post",
             "Bridge reopens", "The bridge reopened. Advertisement", "Comments",
             "Great piece!"], "join_fragments", "classify", "zone_openers", "teasers",
            "comment_records")
    assert [(t.source, t.age, t.title, t.text) for t in s.related] == [
        ("Daily Post", "2 days ago", "Bridge reopens", "The bridge reopened.")]
    assert s.comments == ["Great piece!"]


def test_title_before_article() -> None:
    """The headline is the fullest title-like line just before the article."""
    long_prose = PROSE + " " + PROSE
    s = run(["Menu", "Council publishes report on new rules", "By Jane Doe", "Image credit: X",
             long_prose], "bylines_dates", "join_fragments", "classify", "title")
    assert s.title_index == 1 and s.labels[1] is Label.TITLE


def test_islands() -> None:
    """A small article island far from the main text is dropped."""
    long_prose = PROSE + " " + PROSE
    junk = [f"Menu {k}" for k in range(20)]
    s = run([long_prose] * 6 + junk + [long_prose], "join_fragments", "classify", "islands")
    assert s.labels[0] is Label.ARTICLE and s.labels[-1] is Label.BOILERPLATE


def test_language_detection() -> None:
    """Script and function words pick the language."""
    from cleanpage.langdetect import detect
    assert detect([PROSE]) == "en"
    assert detect(["Городской совет утвердил новый бюджет после долгих обсуждений, и это"]) == "ru"
    assert detect(["市议会周二晚上经过长时间辩论后批准了新的预算。这是一个重要的决定。"]) == "zh"
    assert detect(["市議会は火曜日の夜、長い議論の末に新しい予算を承認した。"]) == "ja"


def test_available_languages_have_lexicons() -> None:
    """The shipped lexicon folders are listed, English among them."""
    langs = lexicon.available_languages()
    assert "en" in langs and "xx" not in langs
