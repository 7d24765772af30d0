"""The default rule chain: its order is the algorithm (see docs/rules.md).

The rules that open it read the lines and the word lists only (``cruft_lexicon``'s
``lexicon_max_words`` is the same in every mode): they are marked ``mode_free``, and the
safety net's looser retry over the same word lists takes their verdicts over.
"""

from __future__ import annotations

from .chain import Rule, RuleChain
from .rules import (
    blocks,
    classify,
    context,
    cruft,
    runs,
    span,
    structure,
    tables,
    thread,
    title,
    zones,
)

DEFAULT_CHAIN = RuleChain([
    Rule("blank_lines", structure.blank_lines, "empty lines (never output)", mode_free=True),
    Rule("symbol_lines", structure.symbol_lines, "lines without letters: separators, counters",
         mode_free=True),
    Rule("cruft_lexicon", cruft.cruft_lexicon,
         "navigation, share, ads, promos, consent, newsletter/paywall, widgets, footer phrases",
         mode_free=True),
    Rule("bylines_dates", cruft.bylines_dates, "timestamps, ages and short bylines",
         mode_free=True),
    Rule("repeated_lines", structure.repeated_lines, "short lines repeated on the page (menus)",
         mode_free=True),
    Rule("join_fragments", blocks.join_fragments, "rejoins lines broken at links into blocks",
         mode_free=True),
    Rule("classify", classify.classify, "context-free class: long prose article, junk boilerplate"),
    Rule("zone_openers", zones.zone_openers, "related/comment zones that end the article"),
    Rule("teaser_runs", runs.teaser_runs,
         "dated teaser cards and lists of dated headlines that no opener announces"),
    Rule("teasers", zones.teasers, "reads related-zone teasers into records"),
    Rule("comment_records", zones.comment_records, "reads comment-zone paragraphs"),
    Rule("context", context.context, "undecided blocks follow their neighbours (bounded)"),
    Rule("gaps", context.gaps, "short unlocked runs walled in by the article (code, tables)"),
    Rule("ingredients", tables.ingredients, "a recipe's ingredient list near the article"),
    Rule("islands", title.islands, "small article islands far from the main text"),
    Rule("footer_blurbs", title.footer_blurbs, "article text after the page footer's links"),
    Rule("author_boxes", title.author_boxes, "a writer's short bio under an author's box heading"),
    Rule("author_bios", title.author_bios,
         "a writer's bio, named by the byline, closing the article"),
    Rule("sections", context.sections,
         "long runs with sentences between two parts of the main text (list sections)"),
    Rule("tables", tables.tables, "numbered tables right after the article (cells as lines)"),
    Rule("records", tables.records, "a review's record block (book data) under the article"),
    Rule("grids", tables.grids, "record grids that outweigh the article (listings)"),
    Rule("thread_posts", thread.thread_posts,
         "short posts of a forum thread between the widget lines that recur around each post"),
    Rule("review_threads", thread.review_threads,
         "reviews under a product's description: short periods of widgets, a date and prose"),
    Rule("copies", structure.copies, "long article blocks that repeat earlier article text"),
    Rule("main_span", span.span_sentences,
         "finished sentences dropped for want of neighbours inside the main text span"),
    Rule("dangling_tail", structure.dangling_tail,
         "short lines kept for text after them that a later rule dropped"),
    Rule("title", title.title, "the headline before the article"),
])
