"""Properties that hold for every input: never raise, idempotent, subtractive, linear."""

from __future__ import annotations

import textwrap
import time

from hypothesis import example, given
from hypothesis import strategies as st

import cleanpage
from cleanpage import DEFAULT_CHAIN, Label
from cleanpage.evaluate import tokens
from cleanpage.segment import segment
from strategies import pages


def _is_glued_subsequence(small: list[str], big: list[str]) -> bool:
    """Whether ``small`` is a subsequence of ``big`` where a token of ``small`` may also be
    two consecutive tokens of ``big`` glued together: the render step prints a drop cap
    that stood on a line of its own with its word ("Z" / "imbabwean" -> "Zimbabwean") and
    a unit's exponent with its unit ("5000 m" / "2" -> "5000 m2")."""
    j = 0
    for tok in small:
        while j < len(big) and big[j] != tok and (j + 1 >= len(big) or big[j] + big[j + 1] != tok):
            j += 1
        if j == len(big):
            return False
        j += 1 if big[j] == tok else 2
    return True


@given(st.text())
def test_never_raises_on_any_str(text: str) -> None:
    """clean() and extract() accept any str."""
    assert isinstance(cleanpage.clean(text), str)
    cleanpage.extract(text).explain()


_DE = "Die Stadt hat am Montag beschlossen, die Brücke bis zum Sommer zu erneuern."


@given(pages())
# A repeated heading kept between paragraphs is no longer repeated in the output.
@example(f"{_DE} {_DE} {_DE}\n{_DE}\nMoscow-led\n{_DE}\nMoscow-led")
# "Comments" under every post opens no zone while it recurs, and is no section heading.
@example(f"{_DE}\nComments\n{_DE}\nComments\nComments")
# A bracket that joined a dropped counter ("(" / "12 comments") is not kept alone.
@example(f"{_DE}\n(\n12 comments\n{_DE}")
# A closing quote on its own line after a sentence's stop ("。" / "»") ends the sentence.
@example("市议会周二晚上经过长时间辩论后批准了新的预算。\n»\n居民们说他们等待修桥已经很多年了。")
@example(f"{_DE}\n)\n)\nThe")
# An opener's words joined to a fragment ("Related Articles" / ")" / "...") are no opener on
# one line either; a Chinese page with English menu lines is read as Chinese.
@example("12 comments\n)\nannounced that")
@example("Moscow-led\n居民们说他们等待修桥已经很多年了。\n\nSign up for our newsletter\n"
         "居民们说他们等待修桥已经很多年了。\nSign up for our newsletter\n"
         "市议会周二晚上经过长时间辩论后批准了新的预算。")
# A page of unknown short lines is kept whole, and so is its output.
@example("abc\ndef\nghi")
# ...but not when its output, cleaned again, holds known cruft: the repeated counter is a
# menu item on the page, a comment zone's opener in the output ("12 comments" / "The 12
# comments").
@example("12 comments\nThe\n12 comments")
# A box heading whose opener a comment counter next to it refused is no title.
@example(f"Home\nRelated Articles\n12 comments\n{_DE}")
# ...nor a subheading over the text.
@example(f"Home\n12 comments\nRelated Articles\n{_DE}")
@example(f"{_DE}\nHome\nRelated Articles\n12 comments\n{_DE}")
# Inline rendering: a comma or full stop after a link on a line of its own.
@example("The country lies about a thousand kilometres south-east of the islands of\n"
         "New Caledonia\n,\nFiji\n, and\nTonga\n.\n" + _DE + " " + _DE)
# Hard-wrapped text (a text-browser dump): its paragraphs are one line each in the output.
@example("\n".join(textwrap.wrap(("Anna Schmidt, the minister of Lower Saxony, said on Monday "
                                   "that the work would start in spring. ") * 12, 76)))
# A zone heading with punctuation lines joined ("Related Articles))") is no title either.
@example("Related Articles\n)\n)\n" + _DE)
# A banner printed three times does not make a Chinese page English (its output, the
# banners gone, reads as Chinese).
@example("市议会周二晚上经过长时间辩论后批准了新的预算。\nHome\n"
         + "We use cookies to improve your experience.\n" * 3
         + "second Summit , held in the capital")
def test_idempotent(text: str) -> None:
    """Cleaning the output again changes nothing."""
    once = cleanpage.clean(text)
    assert cleanpage.clean(once) == once


@given(pages())
def test_output_words_come_from_input_in_order(text: str) -> None:
    """The output's tokens are a subsequence of the input lines' tokens (the lines as
    normalised by segmentation: invisible characters such as soft hyphens removed), a drop
    cap or an exponent glued to its word by the render step counting as the two it joins."""
    source = "\n".join(segment(text))
    assert _is_glued_subsequence(tokens(cleanpage.clean(text)), tokens(source))


@given(pages())
def test_every_line_gets_one_label(text: str) -> None:
    """Each input line appears once, in order, with a label, a rule and a reason."""
    page = cleanpage.extract(text)
    assert [ln.text for ln in page.lines] == segment(text)
    assert [ln.index for ln in page.lines] == list(range(len(page.lines)))
    for ln in page.lines:
        assert isinstance(ln.label, Label) and ln.rule and ln.reason


def _covers(small: list[str], big: list[str]) -> bool:
    """Whether ``small`` is ``big`` where a token of ``small`` may be two consecutive tokens
    of ``big`` glued together (a drop cap or an exponent, as in
    :func:`_is_glued_subsequence`), with no token of ``big`` left out."""
    j = 0
    for tok in small:
        if j < len(big) and big[j] == tok:
            j += 1
        elif j + 1 < len(big) and big[j] + big[j + 1] == tok:
            j += 2
        else:
            return False
    return j == len(big)


@given(pages())
@example(f"{_DE}\nB\na\n{_DE}")
def test_output_lines_come_from_article_lines(text: str) -> None:
    """Every output paragraph is made of the lines labelled article, in order (a drop cap or
    an exponent that the render step glues to its word counting as the two it joins)."""
    page = cleanpage.extract(text)
    kept = " ".join(ln.text.strip() for ln in page.lines if ln.label is Label.ARTICLE)
    assert _covers(tokens(page.body), tokens(kept))


@given(pages())
def test_all_rules_disabled_keeps_every_word(text: str) -> None:
    """With every rule off, every non-blank line is kept and the words are the input's."""
    page = cleanpage.extract(text, disable=DEFAULT_CHAIN.names())
    lines = segment(text)
    assert [ln.label is Label.ARTICLE for ln in page.lines] == [bool(s.strip()) for s in lines]
    assert tokens(page.text) == tokens("\n".join(lines))


def _cpu() -> float:
    """This process's CPU seconds: the time budgets below measure the work done, not how
    busy the machine is (a wall clock under a load of 15 made a 7 s run take 42 s)."""
    return time.process_time()


def test_time_is_linear_in_input_size() -> None:
    """Doubling the page four times grows the time about as much, not quadratically."""
    unit = "\n".join(["Menu", "Share", "The council approved the budget on Tuesday, after "
                      "a long debate that lasted well into the night.", "", "(", "link", "|"])

    def timed(k: int) -> float:
        text = "\n".join([unit] * k)
        best = float("inf")
        for _ in range(3):
            t0 = _cpu()
            cleanpage.extract(text)
            best = min(best, _cpu() - t0)
        return best

    small, big = timed(250), timed(4000)
    assert big / small < 16 * 3, (small, big)  # 16x input; quadratic would be ~256x


def test_pathological_lines_are_fast() -> None:
    """A single 2 MB line and 100k one-character lines finish quickly."""
    t0 = _cpu()
    cleanpage.extract("word, " * 350_000)
    cleanpage.extract("x\n" * 100_000)
    cleanpage.extract("(" * 200_000 + ")" * 200_000)
    assert _cpu() - t0 < 30


def test_link_box_line_is_linear() -> None:
    """A "read also" line behind a long run of apostrophes and spaces: the link-box pattern
    once let an apostrophe be decoration or a word, and took ~6 s on this 80 kB line."""
    line = "' " * 40_000 + "Read also: " + "word " * 60
    t0 = _cpu()
    cleanpage.extract("A title\n" + line + "\nThe end of the story, in a sentence.")
    assert _cpu() - t0 < 2


def test_byline_and_address_lines_are_linear() -> None:
    """A byline-shaped line of capitals that does not match, and a long "@" token, take
    linear time (the byline's name letters and the mail local part cannot backtrack)."""
    lines = ["By " + "A" * 70 + "1"] * 200 + ["Related Articles", "a@" * 30000]
    t0 = _cpu()
    cleanpage.clean("\n".join(lines))
    assert _cpu() - t0 < 2
