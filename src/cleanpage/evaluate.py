"""Score cleanpage on JSONL pages with gold: ``python -m cleanpage.evaluate FILE...``.

Each record needs a page-text field (``--field``, default ``page_text_block``) and ``gold``
(main text) and/or ``with`` / ``without`` snippet lists. Scores are the shared scorer's:
bag-of-tokens precision/recall/F1 per page, lower-cased, a CJK character one token, other
scripts split on word runs; macro-averaged; snippets matched whitespace-normalised and
case-insensitive. The output is ``extract(text).body`` (the article without its title), as
the shared ``cleanpage-body`` system scores it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engine import extract
from .text import TOKEN_RE


def tokens(text: str) -> list[str]:
    """Tokens as the shared scorer counts them."""
    return TOKEN_RE.findall((text or "").lower())


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of ``pred`` against ``gold`` (bag of tokens)."""
    p, g = Counter(tokens(pred)), Counter(tokens(gold))
    overlap = sum((p & g).values())
    np_, ng = sum(p.values()), sum(g.values())
    if ng == 0:
        return (1.0, 1.0, 1.0) if np_ == 0 else (0.0, 1.0, 0.0)
    prec = overlap / np_ if np_ else 0.0
    rec = overlap / ng
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def _norm(s: str) -> str:
    return " ".join((s or "").split()).lower()


@dataclass(frozen=True, slots=True)
class DocScore:
    """One page's scores (``None`` where the page has no gold / snippets)."""

    id: str
    lang: str | None
    kind: str | None
    p: float | None
    r: float | None
    f1: float | None
    with_kept: list[bool]
    without_removed: list[bool]
    nbytes: int
    seconds: float


def load(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file (``.gz`` allowed)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def score_doc(args: tuple[dict[str, Any], str, str]) -> DocScore:
    """Run cleanpage on one record and score it."""
    d, field, mode = args
    text = d.get(field) or d.get("page_text") or ""
    t0 = time.perf_counter()
    out = extract(text, mode=mode).body
    secs = time.perf_counter() - t0
    p = r = f = None
    if d.get("gold"):
        p, r, f = prf(out, d["gold"])
    o = _norm(out)
    return DocScore(
        id=str(d.get("id")), lang=d.get("lang"), kind=d.get("page_type"), p=p, r=r, f1=f,
        with_kept=[_norm(s) in o for s in d.get("with") or []],
        without_removed=[_norm(s) not in o for s in d.get("without") or []],
        nbytes=len(text.encode("utf-8")), seconds=secs,
    )


def summarise(scores: list[DocScore]) -> dict[str, Any]:
    """Macro-averaged P/R/F1, median F1 and snippet rates."""
    def mean(xs: list[float]) -> float | None:
        return round(statistics.fmean(xs), 4) if xs else None
    f1s = [s.f1 for s in scores if s.f1 is not None]
    wk = [x for s in scores for x in s.with_kept]
    wr = [x for s in scores for x in s.without_removed]
    secs = sum(s.seconds for s in scores)
    return {
        "docs": len(scores),
        "P": mean([s.p for s in scores if s.p is not None]),
        "R": mean([s.r for s in scores if s.r is not None]),
        "F1": mean(f1s),
        "F1_median": round(statistics.median(f1s), 4) if f1s else None,
        "with_kept": mean([float(x) for x in wk]),
        "without_removed": mean([float(x) for x in wr]),
        "MB_per_s": round(sum(s.nbytes for s in scores) / 1e6 / secs, 2) if secs else None,
    }


def evaluate(path: str | Path, field: str, mode: str = "balanced", limit: int | None = None,
             every: int = 1, workers: int = 1) -> list[DocScore]:
    """Score every ``every``-th record of ``path`` (up to ``limit``)."""
    docs = [d for k, d in enumerate(load(path)) if k % every == 0][: limit or None]
    jobs = [(d, field, mode) for d in docs]
    if workers > 1:
        with ProcessPoolExecutor(workers) as ex:
            return list(ex.map(score_doc, jobs, chunksize=8))
    return [score_doc(j) for j in jobs]


def set_name(path: str | Path) -> str:
    """``scrapinghub`` for ``.../scrapinghub/docs.jsonl.gz``."""
    p = Path(path)
    return p.parent.name if p.name.startswith("docs.") else p.name.split(".")[0]


def _explain_pages(path: str | Path, ids: set[str], field: str, mode: str) -> None:
    """Print the explain table and the gold of each page in ``ids`` (stderr)."""
    for d in load(path):
        if str(d.get("id")) in ids:
            page = extract(d.get(field) or "", mode=mode)
            print(f"\n=== {d.get('id')} ({field})\n{page.explain()}", file=sys.stderr)
            print(f"--- gold (start)\n{(d.get('gold') or '')[:1200]}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Command line: print one row per set and rendering; optionally the worst pages."""
    ap = argparse.ArgumentParser(prog="python -m cleanpage.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help="JSONL(.gz) files of pages with gold")
    ap.add_argument("--render", default="block,inline",
                    help="page-text fields to score, as page_text_<name> (default block,inline)")
    ap.add_argument("--mode", default="balanced", choices=["precision", "balanced", "recall"],
                    help="extract(mode=...) to score (default balanced)")
    ap.add_argument("--limit", type=int,
                    help="score at most N pages of each file (the first of the --every sample)")
    ap.add_argument("--every", type=int, default=1, help="score every N-th page (a fixed sample)")
    ap.add_argument("-j", "--workers", type=int, default=1,
                    help="worker processes (default 1; the scores do not depend on it)")
    ap.add_argument("--by", choices=["lang", "kind"], help="also break scores down by this")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages (on stderr)")
    ap.add_argument("--explain", action="store_true",
                    help="with --worst: print each worst page's explain table too")
    ap.add_argument("--json", help="write the rows to this file")
    a = ap.parse_args(argv)
    rows = []
    cols = ["set", "input", "docs", "P", "R", "F1", "F1_median", "with_kept", "without_removed",
            "MB_per_s"]
    print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for path in a.files:
        for render in a.render.split(","):
            scores = evaluate(path, "page_text_" + render, a.mode, a.limit, a.every, a.workers)
            row = {"set": set_name(path), "input": render, **summarise(scores)}
            rows.append(row)
            print("| " + " | ".join("" if row[c] is None else str(row[c]) for c in cols) + " |",
                  flush=True)
            if a.by:
                groups: dict[str, list[DocScore]] = {}
                for s in scores:
                    groups.setdefault(str(getattr(s, a.by)), []).append(s)
                for g, ss in sorted(groups.items()):
                    print(f"|   {a.by}={g} | {render} | " + " | ".join(
                        str(v) for v in summarise(ss).values()) + " |")
            if a.worst:
                worst = sorted((s for s in scores if s.f1 is not None), key=lambda s: s.f1 or 0)
                for s in worst[: a.worst]:
                    print(f"  worst: {s.id} F1={s.f1:.3f} P={s.p:.3f} R={s.r:.3f}",
                          file=sys.stderr)
                if a.explain:
                    _explain_pages(path, {s.id for s in worst[: a.worst]}, "page_text_" + render,
                                   a.mode)
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
