"""F1 on page text made by other renderers: the block text re-rendered, and the HTML rendered.

    python scripts/renderings.py [SET ...] [--every 2] [--workers 2]
    python scripts/renderings.py --how block,inscriptis,html2text [--pages OUT.json]
    python scripts/renderings.py --how all --cache /tmp/renderings

The shared sets give two renderings (block, inline). Users' page text comes from other
tools too: copy-paste puts a blank line between all lines, text browsers hard-wrap at ~78
columns. This script re-renders ``page_text_block`` as

- ``block``: unchanged;
- ``blank``: a blank line between all lines;
- ``wrap78``: every line hard-wrapped at 78 columns;
- ``wrap+blank``: wrapped, with a blank line between the original lines;

and renders the record's ``html`` with two independent HTML-to-text libraries (the
``bench`` extra: ``pip install cleanpage[bench]``):

- ``inscriptis``: ``inscriptis.get_text(html)``, layout-aware plain text as a text browser
  shows it (indented lists, tables laid out in padded columns);
- ``html2text``: Markdown as many RAG pipelines hold it, configured as users do for text
  (``ignore_links``, ``ignore_images``, ``body_width=0``): ``#`` headings, ``*`` bullets,
  ``**bold**``, ``|`` table rows;
- ``html2text-links``: the same with links and images kept, as crawl services hand Markdown
  over (Jina Reader, Firecrawl): ``[text](https://...)``, ``![alt](src)``, ``<https://...>``;
  a menu reads ``[Home](/) [News](/news)``;
- ``html2text-default``: html2text's defaults: links and images kept, wrapped at 78 columns
  (a link's text may run over two lines).

It prints cleanpage-body's mean token F1 per set and rendering (every ``--every``-th page),
scored as the shared scorer scores (see ``cleanpage.evaluate``). Thresholds tuned to one
rendering's quirks show up as a gap between the columns. ``--how`` picks the renderings
(comma-separated, or ``all``; default: the four re-renderings of the block text);
``--pages OUT.json`` also writes every page's F1 (``set/how/id``) for a diff between two
runs; ``--cache DIR`` keeps the HTML renderings (slow on large pages) for the next run.

A renderer may lose the article before cleanpage sees it: html2text's parser (Python's
``html.parser``) takes the rest of a page with a broken ``<script`` tag for script and
returns nothing. ``--min-recall R`` leaves out of every column the pages where some
rendering's whole text holds less than the share R of the gold's tokens, and prints how many
it left out (default 0.8 when an HTML rendering is asked for, else 0: every page, as the
block text's re-renderings were always scored).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cleanpage import extract  # noqa: E402
from cleanpage.evaluate import load, prf  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks"
RENDERINGS = ("block", "blank", "wrap78", "wrap+blank")
# Renderings made from the record's HTML by another library (the ``bench`` extra).
HTML_RENDERINGS = ("inscriptis", "html2text", "html2text-links", "html2text-default")


def render_html(html: str, how: str) -> str:
    """The page's ``html`` rendered to text by the library ``how`` names."""
    if how == "inscriptis":
        import inscriptis

        # lxml refuses a str that declares its encoding: drop the declaration (up to its
        # first ">", as a browser reads it).
        start = html.find("<?xml")
        if start >= 0:
            html = html[:start] + html[start:].split(">", 1)[-1]
        return str(inscriptis.get_text(html))
    import html2text

    h = html2text.HTML2Text()
    if how != "html2text-default":
        h.body_width = 0
    if how == "html2text":
        h.ignore_links = True
        h.ignore_images = True
    return str(h.handle(html))


def _missing(hows: list[str]) -> list[str]:
    """The HTML renderers of ``hows`` that cannot be imported."""
    missing = []
    for how in hows:
        if how in HTML_RENDERINGS:
            try:
                __import__(how.split("-")[0])
            except ImportError:
                missing.append(how)
    return missing


def render(text: str, how: str) -> str:
    """``text`` (one block or line per line) re-rendered the way ``how`` names."""
    lines = text.split("\n")
    if how == "blank":
        return "\n\n".join(lines)
    if how.startswith("wrap"):
        wrapped = [textwrap.fill(s, 78) if s.strip() else "" for s in lines]
        return ("\n\n" if how == "wrap+blank" else "\n").join(wrapped)
    return text


def _text(job: tuple[str, str, str]) -> str:
    """The page text of one job: ``(how, source, gold)``, source being HTML or block text."""
    how, source, _ = job
    return render_html(source, how) if how in HTML_RENDERINGS else render(source, how)


def _score(job: tuple[str, str, str, str]) -> tuple[str, str, float, float]:
    """``(how, id, F1 of cleanpage-body, recall of the whole rendered text)`` of one page."""
    how, doc_id, text, gold = job
    return how, doc_id, prf(extract(text).body, gold)[2], prf(text, gold)[1]


def _rendered(ex: ProcessPoolExecutor, name: str, how: str, docs: list[dict[str, str]],
              cache: Path | None) -> list[str]:
    """The pages of set ``name`` rendered ``how`` (HTML renderings read from / kept in
    ``cache``)."""
    if how not in HTML_RENDERINGS:
        return [render(d.get("page_text_block") or "", how) for d in docs]
    path = cache / f"{name}.{how}.json.gz" if cache else None
    held: dict[str, str] = {}
    if path and path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            held = json.load(f)
    todo = [d for d in docs if d["id"] not in held]
    jobs = [(how, d.get("html") or "", "") for d in todo]
    for d, text in zip(todo, ex.map(_text, jobs, chunksize=4), strict=True):
        held[d["id"]] = text
    if path and todo:
        path.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(path, "wt", encoding="utf-8") as f:
            json.dump(held, f)
    return [held[d["id"]] for d in docs]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=["scrapinghub", "l3s-gn1", "cleaneval", "wcxb"])
    ap.add_argument("--every", type=int, default=2, help="take every N-th page of each set")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--how", default=",".join(RENDERINGS),
                    help="renderings, comma-separated, or 'all' (default: %(default)s)")
    ap.add_argument("--pages", type=Path, help="write every page's F1 to this JSON file")
    ap.add_argument("--cache", type=Path, help="keep the HTML renderings in this directory")
    ap.add_argument("--min-recall", type=float, default=None,
                    help="leave out pages a rendering lost (default: 0.8 with an HTML "
                         "rendering, else 0)")
    args = ap.parse_args()
    hows = list(RENDERINGS + HTML_RENDERINGS) if args.how == "all" else args.how.split(",")
    unknown = [h for h in hows if h not in RENDERINGS + HTML_RENDERINGS]
    if unknown:
        print(f"unknown rendering(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    if args.min_recall is None:
        args.min_recall = 0.8 if any(h in HTML_RENDERINGS for h in hows) else 0.0
    missing = _missing(hows)
    if missing:
        print(f"{', '.join(missing)} not installed: pip install 'cleanpage[bench]' "
              "(or leave those renderings out of --how)", file=sys.stderr)
        return 2
    if not BENCH.is_dir():
        print(f"no benchmarks at {BENCH}", file=sys.stderr)
        return 2
    print("| set | " + " | ".join(hows) + " | pages (left out) |")
    print("|---|" + "---|" * (len(hows) + 1))
    pages: dict[str, float] = {}
    with ProcessPoolExecutor(args.workers) as ex:
        for name in args.sets:
            docs = [d for k, d in enumerate(load(BENCH / name / "docs.jsonl.gz"))
                    if k % args.every == 0 and d.get("gold")]
            jobs = [(how, d["id"], text, d["gold"]) for how in hows
                    for d, text in zip(docs, _rendered(ex, name, how, docs, args.cache),
                                       strict=True)]
            f1: dict[str, dict[str, float]] = {how: {} for how in hows}
            lost: set[str] = set()
            for how, doc_id, f, recall in ex.map(_score, jobs, chunksize=8):
                f1[how][doc_id] = f
                pages[f"{name}/{how}/{doc_id}"] = f
                if recall < args.min_recall:
                    lost.add(doc_id)
            kept = [d["id"] for d in docs if d["id"] not in lost]
            print(f"| {name} | " + " | ".join(
                f"{statistics.fmean(f1[h][i] for i in kept):.3f}" if kept else "—"
                for h in hows) + f" | {len(kept)} ({len(lost)}) |", flush=True)
    if args.pages:
        args.pages.write_text(json.dumps(pages, indent=0, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
