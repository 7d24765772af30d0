"""Hypothesis strategies for page-like text: prose, menus, cruft, blanks, fragments."""

from __future__ import annotations

from hypothesis import strategies as st

SENTENCES = [
    "The council approved the new budget after a long debate on Tuesday evening.",
    "Residents said they had waited years for the bridge to be repaired, and were relieved.",
    "Die Stadt hat am Montag beschlossen, die Brücke bis zum Sommer zu erneuern.",
    "Le conseil municipal a voté le budget après un long débat, mardi soir.",
    "Городской совет утвердил новый бюджет после долгих обсуждений во вторник.",
    "市议会周二晚上经过长时间辩论后批准了新的预算。",
    "市議会は火曜日の夜、長い議論の末に新しい予算を承認した。",
    "It was, by all accounts, the quietest winter the valley had seen in a generation.",
]
CRUFT = ["Home", "Share", "Advertisement", "Related Articles", "Comments", "Sign up for our "
         "newsletter", "We use cookies to improve your experience.", "Privacy Policy", "6 hours ago",
         "- Source", "No comments yet...", "Follow us", "|", "»", "Read more", "12 comments"]
FRAGMENTS = ["The", "announced that", "second Summit , held in the capital", "(", ")", "Moscow-led"]


def page_lines() -> st.SearchStrategy[list[str]]:
    """Lists of lines drawn from prose, cruft, fragments, blanks and arbitrary text."""
    line = st.one_of(
        st.sampled_from(SENTENCES),
        st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=5).map(" ".join),
        st.sampled_from(CRUFT),
        st.sampled_from(FRAGMENTS),
        st.just(""),
        st.text(max_size=40),
    )
    return st.lists(line, max_size=40)


def pages() -> st.SearchStrategy[str]:
    """Whole page texts with mixed newline conventions."""
    return st.tuples(page_lines(), st.sampled_from(["\n", "\r\n", "\r"])).map(
        lambda t: t[1].join(t[0])
    )
