"""Hypothesis strategies for page-like text: prose, menus, cruft, blanks, fragments."""

from __future__ import annotations

from hypothesis import strategies as st

# Prose by language: a page's prose is drawn from one language, as real pages are (a
# paragraph mixing three languages sits on stop-word thresholds by construction).
PROSE = {
    "en": ["The council approved the new budget after a long debate on Tuesday evening.",
           "Residents said they had waited years for the bridge to be repaired, and were "
           "relieved.",
           "It was, by all accounts, the quietest winter the valley had seen in a generation."],
    "de": ["Die Stadt hat am Montag beschlossen, die Brücke bis zum Sommer zu erneuern.",
           "Die Anwohner sagten, sie hätten jahrelang auf die Reparatur gewartet, und sind "
           "erleichtert."],
    "fr": ["Le conseil municipal a voté le budget après un long débat, mardi soir.",
           "Les habitants ont dit qu'ils attendaient depuis des années la réparation du pont."],
    "ru": ["Городской совет утвердил новый бюджет после долгих обсуждений во вторник.",
           "Жители сказали, что они много лет ждали ремонта моста, и теперь рады."],
    "zh": ["市议会周二晚上经过长时间辩论后批准了新的预算。", "居民们说他们等待修桥已经很多年了。"],
    "ja": ["市議会は火曜日の夜、長い議論の末に新しい予算を承認した。",
           "住民たちは、橋の修理を何年も待っていたと話した。"],
}
CRUFT = ["Home", "Share", "Advertisement", "Related Articles", "Comments",
         "Sign up for our newsletter", "We use cookies to improve your experience.",
         "Privacy Policy", "6 hours ago", "- Source", "No comments yet...", "Follow us",
         "|", "»", "Read more", "12 comments"]
FRAGMENTS = ["The", "announced that", "second Summit , held in the capital", "(", ")", "Moscow-led"]


@st.composite
def page_lines(draw: st.DrawFn) -> list[str]:
    """Lines of one page: prose of one language, cruft, fragments, blanks, arbitrary text."""
    sentences = PROSE[draw(st.sampled_from(sorted(PROSE)))]
    line = st.one_of(
        st.sampled_from(sentences),
        st.lists(st.sampled_from(sentences), min_size=2, max_size=5).map(" ".join),
        st.sampled_from(CRUFT),
        st.sampled_from(FRAGMENTS),
        st.just(""),
        st.text(max_size=40),
    )
    return draw(st.lists(line, max_size=40))


def pages() -> st.SearchStrategy[str]:
    """Whole page texts with mixed newline conventions."""
    return st.tuples(page_lines(), st.sampled_from(["\n", "\r\n", "\r"])).map(
        lambda t: t[1].join(t[0])
    )
