"""Normalisation and segmentation: page text to a list of lines, indices preserved.

Newlines of every convention (CRLF, CR, U+2028...) end a line; invisible characters
(zero-width spaces and joiners, BOM, soft hyphens) are removed; no-break and other exotic
spaces become plain spaces; trailing whitespace is dropped.

Page text held as Markdown (html2text's rendering, what many RAG pipelines keep) is read
as the plain text it marks up (:func:`markdown_plain`): a page with Markdown's own signs
(two ``#`` headings, two ``**strong**`` spans, or a table's ``---|---`` row) loses its
line markup, so the rules see a heading, a list item or a table row as the block and
inline renderings give it. Links and images as crawl services keep them
(``[text](https://...)``, ``![alt](src)``, ``<https://...>``, wrapped over lines or not)
read as what a page shows: a link as its text, an image as nothing, a line of links only as
a menu row (``Home | News``). A text browser's list markers (:func:`browser_lists_plain`)
go the same way. Nothing else changes.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from .text import FORMAT_MARKS, word_fits

# Invisible format characters that scrapers leave in text: ZWSP, ZWNJ, ZWJ, word joiner,
# BOM, soft hyphen, LRM/RLM. Removing them changes no visible character.
INVISIBLE_RE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
# Horizontal spaces other than the ASCII space and tab.
SPACES_RE = regex.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")


def normalise_line(s: str) -> str:
    """One line with invisible characters removed and odd spaces made plain."""
    if not s.isascii():
        s = INVISIBLE_RE.sub("", s)
        s = SPACES_RE.sub(" ", s)
    elif "\t" in s:
        s = s.replace("\t", " ")
    return s.rstrip()


# Markdown's signs that plain text does not show (:func:`is_markdown`): a heading of two to
# six hashes ("## Title", also as a list item: "* ##### Title"; one "#" opens a shell
# prompt or a code comment too), a strong span ("**new**", not inside a word: "s**t" is a
# censored word; "__" fills a form's blanks), a table's rule row ("---|---", "| :--- | ---: |").
_MD_HEADING_RE = regex.compile(r"^[ ]*(?:[*+-][ ]+)?#{2,6}[ ]+(?=\S)")
_MD_STRONG_RE = regex.compile(r"(?<![\w*])\*\*[^*\s][^*]*(?<=[^\s*])\*\*(?![\w*])")
_MD_RULE_ROW_RE = regex.compile(r"^[ ]*\|?[ ]*:?-{3,}:?[ ]*(?:\|[ ]*:?-{3,}:?[ ]*)+\|?$")
# A link's target after its text, as converters write it ("(https://x.org/a)",
# "(/news \"News\")", "(<a b.html>)", "()", '( "Share")', "(javascript:void(0);)"): a
# URL (a scheme first), a path, a query or an anchor (a "/", ".", "?" or "#" in it;
# "f[i](x)" in a code line is no link) or none, parentheses inside it escaped or one pair
# left, spaces left in a URL ("(https://x.org/share?t=Ice Age)"), an optional quoted
# title; a wrapping converter may cut a URL at such a space or after a hyphen (a path: a
# line break right after a "-"), and a title anywhere. Possessive and bounded: nothing is
# tried twice, and a URL's scan stops at the next "(".
_MD_TARGET = (r'\([ ]?+(?=[<)"]|[a-z]{2,10}+:|[^()\s/.#?]*+[/.#?])'
              r'(?:<[^<>\n]*+>'
              r'|[a-z]{2,10}+:(?:[^()\\"]|\\[^\n]|\([^()]*+\))*+'
              r'|(?:[^()\s\\"]|\\[^\n]|\([^()\s]*+\)|(?<=-)\n)*+)'
              r'(?:[ \n]*+"[^"]{0,500}+")?\)')
# A sign of Markdown links: a link's target right after a "]".
_MD_LINK_SIGN_RE = regex.compile(r"\]" + _MD_TARGET)
# A whole link or image: "[text](target)", "![alt](target)"; its text holds no bracket but
# an escaped one and may run over lines (a wrapping converter cuts a long link's text).
_MD_LINK_RE = regex.compile(r"(!?)\[((?:[^\[\]\\]|\\.)*+)\]" + _MD_TARGET)
# An autolink: a URL or mail address in angle brackets, shown as written ("<https://x.org>").
_MD_AUTOLINK_RE = regex.compile(r"<((?:https?|ftp)://[^<>\s]*+|mailto:[^<>\s]*+)>")
# A reference link's label after its text ("[text][2]"), and a reference definition line
# ("  [2]: https://x.org/a").
_MD_REF_RE = regex.compile(r"\[((?:[^\[\]\\\n]|\\.)*+)\]\[[^\[\]\n]*+\]")
_MD_REF_DEF_RE = regex.compile(r"^[ ]{0,3}\[[^\[\]\n]++\]:[ ]++\S")
# Spaces that a removed link or image leaves doubled inside a line (not its indentation).
_MD_SPACES_RE = regex.compile(r"(?<=\S)[ ]{2,}")
# A list item's marker with nothing after it (its only item was an icon's link).
_MD_BARE_BULLET_RE = regex.compile(r"^[ ]*(?:[*+-]|\d{1,3}\.)$")
# A page is Markdown with this many heading or strong-span lines (one may be a page's
# literal "## 1" or "**" in a password hint), or one table rule row.
_MD_MIN_SIGNS = 2
# A list item's marker ("* ", "- ", "+ ", "1. ") after its indentation.
_MD_BULLET_RE = regex.compile(r"^([ ]*)(?:[*+-]|\d{1,3}\.)[ ]+(?=\S)")
# A heading's hashes.
_MD_HASHES_RE = regex.compile(r"^([ ]*)#{1,6}[ ]+")
# A backslash escape of a Markdown character ("\- 3 items", "1\. Introduction").
_MD_ESCAPE_RE = regex.compile(r"\\([-\\`*_{}\[\]()#+.!|>])")
# An emphasis marker: one "*" or "_" that opens a span (no word character before it, a
# non-space after it) or closes one (a non-space before it, no word character after it);
# "snake_case" and "5 * 3" keep theirs.
_MD_EMPHASIS_RE = regex.compile(r"(?<![\w*_])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*_])")


# A text browser's list item (inscriptis, lynx-style layout text): the list's indentation, then
# the marker of its nesting depth ("* ", "+ ", "o ", "- ", cycled level by level), then text.
_BROWSER_BULLET_RE = regex.compile(r"^([ ]+)[*+o-][ ]+(?=\S)")
# The outermost list's marker, which every laid-out list page shows.
_BROWSER_TOP_BULLET_RE = regex.compile(r"^[ ]+\*[ ]+(?=\S)")
# A page is laid out by a text browser with this many indented "* " items: one may be a
# code listing's comment line (" * @param").
_BROWSER_MIN_ITEMS = 2


def browser_lists_plain(lines: list[str]) -> list[str]:
    """A text browser's indented list items without their markers, one line for each, when
    the page shows :data:`_BROWSER_MIN_ITEMS` indented ``* `` items (an outermost list's).

    Why: block and inline renderings print a list's item as its words; a layout-aware
    renderer prints ``    * Home`` and, one list deeper, ``      + Sofas`` or ``o Sofas``.
    The rules read a teaser list, a menu or a related box by its items' words and by how
    the items sit; a marker that only some renderings print (and that changes with the
    list's depth) makes the same list look different. Unindented markers (a page's own
    ``* note`` or ``- item`` typed into its text) and the indentation stay."""
    items = 0
    for s in lines:
        if s[:1] == " " and _BROWSER_TOP_BULLET_RE.match(s):
            items += 1
            if items >= _BROWSER_MIN_ITEMS:
                break
    else:
        return lines
    return [_BROWSER_BULLET_RE.sub(r"\1", s, count=1) if s[:1] == " " else s for s in lines]


def is_markdown(lines: list[str]) -> bool:
    """Whether the page's lines are Markdown: :data:`_MD_MIN_SIGNS` heading lines that stand
    apart (a blank line or the page's edge above and below: a converter sets a heading off,
    a code listing's comment lines run on), strong-span lines or lines holding a link's
    target (``](/news)``), or a table rule row. Plain
    renderings of a page show none of these: a heading is its words, emphasis is invisible,
    a table's cells stand apart without a rule row."""
    signs = 0
    last = len(lines) - 1
    for i, s in enumerate(lines):
        if "#" in s and _MD_HEADING_RE.match(s):
            if (i == 0 or not lines[i - 1].strip()) and (i == last or not lines[i + 1].strip()):
                signs += 1
        elif "**" in s and _MD_STRONG_RE.search(s):
            signs += 1
        elif "](" in s and _MD_LINK_SIGN_RE.search(s):
            signs += 1
        elif "-|" in s or "|-" in s or "| -" in s or "- |" in s:
            if _MD_RULE_ROW_RE.match(s):
                return True
        if signs >= _MD_MIN_SIGNS:
            return True
    return False


def markdown_plain(lines: list[str]) -> list[str]:
    """Markdown lines as the plain text they mark up, one line for each: a list item without
    its marker, a heading without its hashes, no emphasis markers or escapes, a table row's
    cells apart with spaces as a plain rendering sets them ("1 | Jane Doe | 42" is a row of
    the table, not a menu whose items "|" separates). A table's rule row stays (a separator
    line without letters)."""
    linked = _unlink(lines)
    table = _table_rows(lines)
    out = []
    for i, s in enumerate(lines):
        if i in linked:
            s = linked[i]
            if _MD_BARE_BULLET_RE.match(s):
                s = ""
        if s.strip():
            s = _MD_BULLET_RE.sub(r"\1", s, count=1)
            s = _MD_HASHES_RE.sub(r"\1", s, count=1)
            if "\\" in s:
                s = _MD_ESCAPE_RE.sub(r"\1", s)
            s = s.replace("**", "")
            if "*" in s or "_" in s:
                s = _MD_EMPHASIS_RE.sub("", s)
            if i in table:
                s = " ".join(c.strip() for c in s.split("|") if c.strip())
        out.append(s.rstrip())
    return out


def _unlink(lines: list[str]) -> dict[int, str]:
    """The lines that hold Markdown links, each as it reads with every link shown as its
    text, an image as nothing, an autolink as its URL, a reference definition as a blank
    line (the page shows none of them; a block rendering shows a link's text alone).
    A link's text cut over two lines by a wrapping converter is unlinked across them, so
    the whole text is read once, which keeps the line count. Autolinks and reference links
    are read only on a page whose converter kept links (a link's target, or a reference
    definition): elsewhere "<https://...>" is a header in a code listing and "[c][3]" an
    index or a formula."""
    text = "\n".join(lines)
    defs = "]:" in text and any("]:" in s and _MD_REF_DEF_RE.match(s) for s in lines)
    links = "](" in text and _MD_LINK_SIGN_RE.search(text) is not None
    if not links and not defs:
        return {}
    new = "\n".join(_menu_row(s) if "](" in s else s for s in lines) if links else text
    for _ in range(3):  # an image inside a link's text, a link inside an image's alt
        if "](" not in new:
            break
        done = _MD_LINK_RE.sub(_link_text, new)
        if done == new:
            break
        new = done
    if "<" in new:
        new = _MD_AUTOLINK_RE.sub(r"\1", new)
    if defs and "][" in new:
        new = _MD_REF_RE.sub(lambda m: m.group(1).strip(), new)
    out = new.split("\n")
    if defs:
        out = ["" if "]:" in s and _MD_REF_DEF_RE.match(s) else s for s in out]
    return {i: _indent(lines[i]) + _MD_SPACES_RE.sub(" ", s.strip())
            for i, s in enumerate(out) if s != lines[i]}


def _indent(s: str) -> str:
    """A line's indentation (a nested list item's)."""
    return s[: len(s) - len(s.lstrip(" "))]


def _menu_row(s: str) -> str:
    """A line of two or more links and nothing else as a menu row, "Home | News"."""
    if s.count("](") < 2:
        return s
    s = _MD_LINK_RE.sub(lambda m: "" if m.group(1) else m.group(0), s)  # images go
    if _MD_LINK_RE.sub("", s).strip(" *+-"):
        return s
    texts = [_link_text(m) for m in _MD_LINK_RE.finditer(s)]
    texts = [t for t in texts if t]
    if len(texts) < 2:
        return s
    return s[: len(s) - len(s.lstrip(" *+-"))] + " | ".join(texts)


def _link_text(m: regex.Match[str]) -> str:
    """A link as its text (no padding: "[ Home ](/)" is "Home"; parts set apart by two
    spaces, a teaser's headline and summary inside one link, apart by " | "), an image as
    nothing; the line breaks inside it stay, so the page keeps its line count."""
    cuts = "\n" * m.group(0).count("\n", m.end(2) - m.start())  # a URL's wrapped lines
    if m.group(1):
        return "\n" * m.group(2).count("\n") + cuts
    text = m.group(2).strip(" ")
    if "  " in text:
        text = " | ".join(_MD_SPACES_RE.split(text))
    return text + cuts


def _table_rows(lines: list[str]) -> set[int]:
    """Indices of a Markdown table's rows: the header row right above a rule row and the
    lines right after it, each with as many cells as the rule row has columns (a rule row
    itself is left as it is). A layout table that a converter wrote as Markdown puts a
    menu's items or a list of headlines into one row, "| | Home | | News | |", whose cells
    do not match its rule row's columns: its "|" stay the menu's separators."""
    rows: set[int] = set()
    for i, s in enumerate(lines):
        if "-" not in s or "|" not in s or not _MD_RULE_ROW_RE.match(s):
            continue
        cols = _cells(s)
        if i and _cells(lines[i - 1]) == cols:
            rows.add(i - 1)
        j = i + 1
        while j < len(lines) and _cells(lines[j]) == cols and not _MD_RULE_ROW_RE.match(
                lines[j]):
            rows.add(j)
            j += 1
    return rows


def _cells(s: str) -> int:
    """How many cells a table row (or rule row) has: its "|" plus one, outer ones aside."""
    s = s.strip()
    if not s:
        return 0
    return s.count("|") + 1 - s.startswith("|") - (len(s) > 1 and s.endswith("|"))


def segment(text: str) -> list[str]:
    """Split page text into normalised lines; the list index is the line's index.

    >>> segment("a\\r\\nb\\u200b\\n\\n c ")
    ['a', 'b', '', ' c']
    """
    return read_lines(text)[0]


def read_lines(text: str) -> tuple[list[str], bool]:
    """The page's normalised lines (:func:`segment`) and whether it was read as Markdown,
    whose blank lines are its own syntax (a paragraph's end), never a copy's spacing."""
    if not isinstance(text, str):
        text = str(text)
    # Lone surrogates cannot be encoded by callers further down; replace them.
    if not text.isascii():
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    lines = [normalise_line(s) for s in text.splitlines()]
    if ("#" in text or "**" in text or "|" in text or "](" in text) and is_markdown(lines):
        return markdown_plain(lines), True
    if "* " in text:
        return browser_lists_plain(lines), False
    return lines, False


# A page is judged for its line spacing only with at least this many breaks between text
# lines: on a few lines a blank after each may be chance.
_SPACING_MIN_BREAKS = 8
# At most one break in this many may join two text lines directly, where that is no cut a
# hard wrap made (see :func:`spaced_lines`).
_SPACING_TIGHT_RATIO = 50


def _is_blank(s: str) -> bool:
    """Whether a line shows nothing (spaces or invisible format marks alone)."""
    return not s.strip().strip(FORMAT_MARKS)


def spaced_lines(lines: list[str]) -> list[int] | None:
    """The indices of the lines to read when the page puts a blank line after every line,
    or ``None`` when it does not.

    Copy-paste out of a browser puts a blank line between all lines, so that such a blank
    line carries no information, and a line's paragraph, its menu, its list can no longer
    be told by which lines stand together: every rule that reads a blank line as a block
    boundary (a paragraph's end, a gap walling an island off, a heading set over a
    paragraph) then sees each line alone. The page's line spacing is the step every gap
    is made of: on such a page ``k`` blank lines between two text lines stand for
    ``k // 2`` (one blank: none; three: one, where the page had a blank line), and the
    page is read as the text without the spacing, as it was laid out before.

    A page is so spaced when no two text lines follow each other directly, except where a
    hard wrap cut a paragraph (a text browser's dump copied with a blank line between its
    paragraphs): there the first word of the next line would not have fitted on the line,
    judged at the longest line that goes on directly (a wrap's width is at least that, so
    no cut is taken for a line of its own). Lines printed as their own (a menu's items) do
    follow each other on a page without spacing, a few in a hundred breaks at least.
    Paragraphs set apart by one blank line each (an extractor's output) look the same:
    :func:`cleanpage.extract` reads such a page both ways and keeps the reading that keeps
    more words.
    """
    text = [i for i, s in enumerate(lines) if not _is_blank(s)]
    if len(text) <= _SPACING_MIN_BREAKS:
        return None
    direct = [(a, b) for a, b in pairwise(text) if b == a + 1]
    if len(direct) == len(text) - 1:
        return None  # no blank line between any two text lines (most pages): nothing to read
    if direct:
        wrap = max(len(lines[a].rstrip()) for a, _ in direct)
        most = (len(text) - 1) // _SPACING_TIGHT_RATIO  # tight breaks allowed
        tight = 0
        for a, b in direct:
            tight += word_fits(lines[a], lines[b], wrap)
            if tight > most:
                return None  # lines printed as their own follow each other: not spaced
    keep: list[int] = []
    run: list[int] = []
    for i, s in enumerate(lines):
        if _is_blank(s):
            run.append(i)
            continue
        keep.extend(run[len(run) - len(run) // 2:])
        run = []
        keep.append(i)
    keep.extend(run[len(run) - len(run) // 2:])
    return keep
