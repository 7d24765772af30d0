"""The public API: names, options, the chain, explain."""

from __future__ import annotations

import dataclasses

import pytest

import cleanpage
from cleanpage import DEFAULT_CHAIN, Label, Rule, RuleChain, UnknownRuleError
from cleanpage.state import State

PAGE = """Home
News
Sport
Share on Facebook
A quiet harbour town prepares for the summer season
The harbour master said on Monday that the first ferries of the season would arrive a week \
earlier than usual, because the repairs to the pier were finished ahead of time.
Shop owners along the waterfront have been painting their fronts and stocking up, and \
several of them told us that they expect the busiest summer in a decade.
The town council will meet next week to decide whether the car park by the beach should be \
closed to traffic on weekends, a plan that has divided residents for years.
Advertisement
Related Articles
Fishing fleet returns early
Storms kept the boats in port for most of the winter, the co-operative says.
Privacy Policy
"""


def test_clean_shape() -> None:
    """Title, blank line, paragraphs separated by one blank line, no trailing newline."""
    out = cleanpage.clean(PAGE)
    parts = out.split("\n\n")
    assert parts[0] == "A quiet harbour town prepares for the summer season"
    assert len(parts) == 4
    assert not out.endswith("\n")
    assert "Advertisement" not in out and "Fishing fleet" not in out


def test_page_fields() -> None:
    """Page holds title, body, text, related, comments, lang and every line."""
    page = cleanpage.extract(PAGE)
    assert dataclasses.is_dataclass(page)
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.title = "x"  # type: ignore[misc]
    assert page.text == cleanpage.clean(PAGE)
    assert page.text == f"{page.title}\n\n{page.body}"
    assert page.lang == "en"
    assert len(page.lines) == len(PAGE.splitlines())
    assert [t.title for t in page.related] == ["Fishing fleet returns early"]
    assert all(ln.rule and ln.reason for ln in page.lines)


def test_explain_has_one_row_per_line() -> None:
    """explain() prints a header and one row per input line."""
    page = cleanpage.extract(PAGE)
    rows = page.explain().splitlines()
    assert len(rows) == len(page.lines) + 1
    assert "cruft_lexicon" in page.explain()


def test_disable_rule_keeps_its_lines() -> None:
    """Switching the lexicon off lets the ad line be decided by other rules instead."""
    on = cleanpage.extract(PAGE)
    off = cleanpage.extract(PAGE, disable=["cruft_lexicon"])
    assert any(ln.rule == "cruft_lexicon" for ln in on.lines)
    assert not any(ln.rule == "cruft_lexicon" for ln in off.lines)


def test_unknown_rule_names_all_listed() -> None:
    """Unknown names raise one error naming every miss and the known rules."""
    with pytest.raises(UnknownRuleError) as err:
        cleanpage.extract(PAGE, disable=["nope", "cruft_lexicon", "nada"])
    assert err.value.missing == ("nada", "nope")
    assert "cruft_lexicon" in str(err.value)
    assert isinstance(err.value, KeyError)


def test_unknown_mode() -> None:
    """An unknown mode is a ValueError that names the modes."""
    with pytest.raises(ValueError, match="precision"):
        cleanpage.extract(PAGE, mode="fast")


def test_chain_is_immutable_and_extensible() -> None:
    """Chain operations return new chains; a user rule can be inserted and runs."""
    seen: list[int] = []

    def count(state: State) -> None:
        seen.append(len(state))

    custom = DEFAULT_CHAIN.after("classify", Rule("count_lines", count, "counts"))
    assert "count_lines" not in DEFAULT_CHAIN.names()
    assert custom.names().index("count_lines") == custom.names().index("classify") + 1
    cleanpage.extract(PAGE, chain=custom)
    assert seen == [len(PAGE.splitlines())]
    assert DEFAULT_CHAIN.disable("title").names(enabled_only=True) == [
        n for n in DEFAULT_CHAIN.names() if n != "title"
    ]
    assert isinstance(DEFAULT_CHAIN.only("blank_lines"), RuleChain)
    with pytest.raises(ValueError, match="duplicate"):
        DEFAULT_CHAIN.append(Rule("title", count))


def test_user_rule_decides_lines() -> None:
    """A user rule can label lines; its name and reason show in Line.rule/reason."""

    def no_harbour(state: State) -> None:
        for i, text in enumerate(state.lines):
            if "harbour master" in text:
                state.decide(i, Label.BOILERPLATE, "user says so", lock=True)

    chain = DEFAULT_CHAIN.before("classify", Rule("no_harbour", no_harbour))
    page = cleanpage.extract(PAGE, chain=chain)
    hit = next(ln for ln in page.lines if "harbour master" in ln.text)
    assert (hit.label, hit.rule, hit.reason) == (Label.BOILERPLATE, "no_harbour", "user says so")


def test_modes_order_recall() -> None:
    """Recall keeps at least as many words as balanced, balanced as many as precision."""
    sizes = [len(cleanpage.extract(PAGE, mode=m).body.split()) for m in cleanpage.MODES]
    assert sizes[0] <= sizes[1] <= sizes[2]


def test_empty_and_whitespace() -> None:
    """Empty pages give empty output, not an error."""
    assert cleanpage.clean("") == ""
    assert cleanpage.clean("\n\n  \n") == ""
    assert cleanpage.extract("").lines == []


def test_lang_option_is_used() -> None:
    """An explicit lang wins over detection."""
    assert cleanpage.extract(PAGE, lang="de").lang == "de"


def test_single_rule_name_as_string() -> None:
    """disable="name" means that rule, as disable=["name"] does."""
    assert cleanpage.clean(PAGE, disable="title") == cleanpage.clean(PAGE, disable=["title"])
    assert cleanpage.extract(PAGE, disable="title").title is None


def test_bare_text_without_cruft_is_kept_whole() -> None:
    """Nothing kept and nothing known as cruft: a text pasted alone is returned, not ""."""
    assert cleanpage.clean("abc\ndef\nghi") == "abc def ghi"  # lower-case lines: one block
    one = "AI hasn't changed security much so far; deep-fake phishing remains rare, CISOs say."
    assert cleanpage.clean(one) == one
    assert cleanpage.clean("Home\nContact us\nPrivacy policy") == ""  # known cruft only


def test_last_retry_keeps_the_language_s_cruft_phrases() -> None:
    """The retry without a stop list (text that no stop list knows: lorem ipsum) still
    knows the page language's cookie banner."""
    lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
             "incididunt ut labore et dolore magna aliqua.")
    banner = "Wir verwenden Cookies, um Ihnen die beste Erfahrung auf unserer Website zu bieten."
    page = cleanpage.extract("\n".join([banner, lorem, lorem, lorem]), lang="de")
    assert "no stop list" in page.lines[1].reason
    assert page.lines[0].label is Label.BOILERPLATE


def test_page_of_headlines_is_not_returned_empty() -> None:
    """A page of 40 words and more where no line is prose (a list of headlines, a notice)
    keeps what is not known cruft rather than nothing."""
    heads = ["Geneva College Files Religious Freedom Lawsuit",
             "Abortion Kills Unborn Girls in India Daily",
             "Same-Sex Unions Sanctioned in New Jersey",
             "Salvation Army Receives Funds to Fight Child Prostitution",
             "Vatican Upholds Nebraska Mass Excommunications",
             "Merry Christmas and Happy New Year to All Our Friends"]
    page = cleanpage.extract("\n".join(["Home", "About Us", "Privacy Policy", *heads]))
    assert page.body, page.explain()
    assert "Privacy Policy" not in page.body and heads[0] in page.body
    # Below 40 words an empty result stays empty: two menus are no page.
    assert cleanpage.clean("Home\nAbout Us\nPrivacy Policy\nEvents\nPetitions") == ""


def test_a_counted_thread_under_a_short_post_does_not_trigger_the_retries() -> None:
    """A short post over "40 Responses to ..." (or a meta line ending in "40 Comments"
    over a bare "Comments") and a thread twenty times as long keeps the
    post alone (the thread goes to ``Page.comments``); the same thread under a bare "Add
    your view" opener, which may be wrong, leaves the retries free to keep more."""
    post = ("The committee published its report on Thursday, and it said that the new rules "
            "would take effect at the start of next year, after a short consultation with "
            "the districts and the unions. The council will vote on the rules in March, and "
            "the mayor said that she expects a large majority for them.")
    reply = ("I read the report too, and I think that the consultation was far too short for "
             "the districts to say anything useful about the rules before they take effect.")
    thread = [x for k in range(40) for x in (f"Reader {k} Says:", reply)]
    counted = cleanpage.extract("\n".join(["Report out", post, "40 Responses to “Report out”",
                                           *thread]), lang="en")
    assert post in counted.body and reply not in counted.body
    assert len(counted.comments) >= 40
    # The count on the post's meta line over a bare "Comments" heading counts too.
    meta = cleanpage.extract("\n".join(["Report out", post, "Posted in News | 40 Comments",
                                        "Comments", *thread]), lang="en")
    assert post in meta.body and reply not in meta.body
    bare = cleanpage.extract("\n".join(["Report out", post, "Add your view", *thread]),
                             lang="en")
    assert reply in bare.body
