"""Per-page scores of every benchmark page, and the difference between two such runs.

    python scripts/perpage.py run before.json            # score every page, both renderings
    python scripts/perpage.py diff before.json after.json [--pages N]

``run`` writes ``{"set/render/id": [P, R, F1, with_kept, without_removed]}``; ``diff``
prints each set's mean change (F1, snippet counts) and the pages that moved most, so a
heuristic change can be judged page by page before and after, as docs/evaluation.md asks.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cleanpage.evaluate import evaluate  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks"
SETS = ["scrapinghub", "l3s-gn1", "cleaneval", "cleanportaleval", "htmltotext", "readability",
        "wcxb", "trafilatura"]


def run(out: Path, workers: int, every: int, sets: list[str], mode: str) -> None:
    """Score the pages and write one row per page."""
    rows: dict[str, list[Any]] = {}
    for name in sets:
        for render in ("block", "inline"):
            for s in evaluate(BENCH / name / "docs.jsonl.gz", "page_text_" + render, mode=mode,
                              every=every, workers=workers):
                rows[f"{name}/{render}/{s.id}"] = [
                    s.p, s.r, s.f1, sum(s.with_kept), sum(s.without_removed)]
    out.write_text(json.dumps(rows))


def diff(a: Path, b: Path, pages: int) -> None:
    """Per-set mean F1 change and snippet counts; the pages that moved most."""
    ra, rb = json.loads(a.read_text()), json.loads(b.read_text())
    groups: dict[str, list[str]] = {}
    for k in ra:
        if k in rb:
            groups.setdefault(k.rsplit("/", 1)[0], []).append(k)
    for g, keys in groups.items():
        fa = [ra[k][2] for k in keys if ra[k][2] is not None]
        fb = [rb[k][2] for k in keys if rb[k][2] is not None]
        wk = sum(rb[k][3] - ra[k][3] for k in keys)
        wr = sum(rb[k][4] - ra[k][4] for k in keys)
        changed = sum(1 for k in keys if ra[k] != rb[k])
        line = f"{g:24} changed {changed:4}"
        if fa:
            line += (f"  F1 {statistics.fmean(fa):.4f} -> {statistics.fmean(fb):.4f}"
                     f" ({statistics.fmean(fb) - statistics.fmean(fa):+.4f})")
        if wk or wr or g.startswith(("trafilatura", "wcxb")):
            line += f"  with kept {wk:+d}  without removed {wr:+d}"
        print(line)
    moved = sorted((k for k in ra if k in rb and ra[k] != rb[k]),
                   key=lambda k: -abs((rb[k][2] or 0) - (ra[k][2] or 0))
                   - abs(rb[k][3] - ra[k][3]) - abs(rb[k][4] - ra[k][4]))
    for k in moved[:pages]:
        print(f"  {k}: F1 {ra[k][2]} -> {rb[k][2]}  kept {ra[k][3]} -> {rb[k][3]}"
              f"  removed {ra[k][4]} -> {rb[k][4]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    r.add_argument("-j", "--workers", type=int, default=2)
    r.add_argument("--every", type=int, default=1)
    r.add_argument("--sets", default=",".join(SETS))
    r.add_argument("--mode", default="balanced")
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    d.add_argument("--pages", type=int, default=25)
    a = ap.parse_args()
    if a.cmd == "run":
        run(a.out, a.workers, a.every, a.sets.split(","), a.mode)
    else:
        diff(a.a, a.b, a.pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
