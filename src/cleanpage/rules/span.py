"""The page's main text span: the stretch of lines where the article is.

HTML extractors find the article's container in the DOM; page text has only the order of
its lines. The stretch where the article outweighs everything else is the maximum-sum
segment of the lines when each article line weighs its words and every other text line
costs a fixed penalty: the idea of Body Text Extraction (Finn, Kushmerick and Smyth, "Fact
or fiction: content classification for digital libraries", 2001), which picks the span of
a document that maximises text tokens inside it against tag tokens outside, here with lines
for tokens. Kadane's algorithm finds it in one pass.

Inside that span the context pass has still dropped some blocks only because no article
block lay within its reach of ten blocks (a run of photo credits, a long list, a share bar
between two parts of a long article). A finished sentence among them is the article's:
unsure lines follow their context, here on the scale of the page.
"""

from __future__ import annotations

from ..state import State
from ..text import LIST_NUMBER_RE
from ..types import Label
from .context import closing_sentence

# The context-free classes of a block the context pass may have dropped for want of
# neighbours (long prose is article already; "bad" blocks were rejected on their own).
_UNSURE = frozenset({"near", "short"})


def main_span(state: State) -> tuple[int, int] | None:
    """First and last line of the maximum-sum span of article lines, or ``None`` when the
    page keeps no article line."""
    best, span = 0.0, None
    run, start = 0.0, 0
    # A non-article text line costs ``params.span_line_cost`` words: a gap of more lines than
    # the article's words beyond it, over that cost, ends the span.
    cost = state.params.span_line_cost
    labels, words, blank = state.labels, state.words, state.blank
    for i in range(len(state)):
        if blank[i]:
            continue
        if labels[i] in (Label.ARTICLE, Label.TITLE):
            gain = words[i]
        elif state.block[i] != i or state.rules[i] == "symbol_lines":
            # The cost is a block's, not each piece's that inline rendering cut at a link
            # ("You love (groan)" / "dad jokes" / ...); a line without letters (a counter, a
            # date, a "#") is one that block rendering glues to a line with words.
            continue
        else:
            gain = -cost
        if run <= 0:
            run, start = gain, i
        else:
            run += gain
        if run > best:
            best, span = run, (start, i)
    return span


def span_sentences(state: State) -> None:
    """Finished sentences that the context pass dropped inside the main text span are the
    article's."""
    span = main_span(state)
    if span is None:
        return
    first, last = span
    labels, rules, locked, cf = state.labels, state.rules, state.locked, state.cf
    block = state.block
    for i in range(first, last + 1):
        if block[i] != i or labels[i] is not Label.BOILERPLATE or locked[i]:
            continue
        poor = rules[i] == "classify" and state.reasons[i].startswith("few stop words")
        if poor:
            prev = state.text_neighbour(i, -1)
            if prev is None or labels[prev] is not Label.ARTICLE:
                continue  # a sentence poor in stop words goes on from the text, or not at all
        elif rules[i] != "context" or cf[i] not in _UNSURE:
            continue  # not the first line of a block the context pass dropped
        idx = [j for j in range(i, min(state.block_end(i), last + 1)) if not state.is_blank(j)]
        if closing_sentence(state, idx) and (not poor or _some_stop_words(state, idx)):
            for j in idx:
                state.decide(j, Label.ARTICLE, "finished sentence inside the main text span")
    list_numbers(state)


# A block dropped for few stop words is a sentence of the text when at least this share of
# the near-good density is stop words ("Dann sollten Sie erst recht »Leandra-Lou. Runway.
# Catwalk.« lesen!": a title's words dilute the sentence's).
_POOR_SHARE = 0.5


def _some_stop_words(state: State, idx: list[int]) -> bool:
    """Whether block ``idx`` holds at least :data:`_POOR_SHARE` of the near-good density."""
    toks = " ".join(state.lines[j] for j in idx).casefold().split()
    stop = sum(1 for t in toks if t.strip(".,;:!?»«\"'()") in state.lex.stop)
    return bool(toks) and stop >= _POOR_SHARE * state.params.stop_low * len(toks)


def list_numbers(state: State) -> None:
    """An ordered list's number alone on its line goes with the item after it: the article's
    when that item is (``symbol_lines`` took the number for a counter). A number before a
    menu's or a related list's item stays out with it."""
    labels = state.labels
    for i, line in enumerate(state.lines):
        if state.rules[i] != "symbol_lines" or not LIST_NUMBER_RE.fullmatch(line.strip()):
            continue
        nxt = state.text_neighbour(i, 1)
        if nxt is not None and labels[nxt] is Label.ARTICLE:
            state.locked[i] = False
            state.decide(i, Label.ARTICLE, "list number of the article's item after it")
            if nxt == i + 1 and state.block[nxt] == nxt:
                # One paragraph with its item ("3. Peyriere H et al. ..."), as block
                # rendering prints it: cleaning the output again finds the item whole.
                for j in range(nxt, state.block_end(nxt)):
                    state.block[j] = i
