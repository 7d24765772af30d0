"""F1 on page text made by other renderers: the block text re-rendered four ways.

    python scripts/renderings.py [SET ...] [--every 2] [--workers 2]

The shared sets give two renderings (block, inline). Users' page text comes from other
tools too: copy-paste puts a blank line between all lines, text browsers hard-wrap at ~78
columns. This script re-renders ``page_text_block`` as

- ``block``: unchanged;
- ``blank``: a blank line between all lines;
- ``wrap78``: every line hard-wrapped at 78 columns;
- ``wrap+blank``: wrapped, with a blank line between the original lines;

and prints cleanpage-body's mean token F1 per set and rendering (every ``--every``-th page),
scored as the shared scorer scores (see ``cleanpage.evaluate``). Thresholds tuned to one
rendering's quirks show up as a gap between the columns.
"""

from __future__ import annotations

import argparse
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


def render(text: str, how: str) -> str:
    """``text`` (one block or line per line) re-rendered the way ``how`` names."""
    lines = text.split("\n")
    if how == "blank":
        return "\n\n".join(lines)
    if how.startswith("wrap"):
        wrapped = [textwrap.fill(s, 78) if s.strip() else "" for s in lines]
        return ("\n\n" if how == "wrap+blank" else "\n").join(wrapped)
    return text


def _score(job: tuple[str, str, str]) -> tuple[str, float]:
    how, text, gold = job
    return how, prf(extract(render(text, how)).body, gold)[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=["scrapinghub", "l3s-gn1", "cleaneval", "wcxb"])
    ap.add_argument("--every", type=int, default=2, help="take every N-th page of each set")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"no benchmarks at {BENCH}", file=sys.stderr)
        return 2
    print("| set | " + " | ".join(RENDERINGS) + " |")
    print("|---|" + "---|" * len(RENDERINGS))
    with ProcessPoolExecutor(args.workers) as ex:
        for name in args.sets:
            docs = [d for k, d in enumerate(load(BENCH / name / "docs.jsonl.gz"))
                    if k % args.every == 0 and d.get("gold")]
            jobs = [(how, d.get("page_text_block") or "", d["gold"])
                    for d in docs for how in RENDERINGS]
            f1: dict[str, list[float]] = {how: [] for how in RENDERINGS}
            for how, f in ex.map(_score, jobs, chunksize=8):
                f1[how].append(f)
            print(f"| {name} | " + " | ".join(f"{statistics.fmean(f1[h]):.3f}"
                                              for h in RENDERINGS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
