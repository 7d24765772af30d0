"""How often cleaning real pages' output again changes it: ``clean(clean(t)) != clean(t)``.

    python scripts/idempotence.py [--every 3] [--workers 2] [--list 20]

The hypothesis property tests check idempotence on generated pages; this script checks it
on the shared benchmark pages (every ``--every``-th page of each set, both renderings) and
lists the pages whose output moves, so that each case can be read with ``--explain``.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cleanpage import clean  # noqa: E402
from cleanpage.evaluate import load  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks"
SETS = ["scrapinghub", "l3s-gn1", "cleaneval", "cleanportaleval", "htmltotext", "readability",
        "wcxb", "trafilatura"]


def _stable(job: tuple[str, str, str, str]) -> tuple[str, str, str, bool]:
    name, doc_id, render, text = job
    once = clean(text)
    return name, doc_id, render, clean(once) == once


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--every", type=int, default=3, help="take every N-th page of each set")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--list", type=int, default=20, help="list this many moving pages")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"no benchmarks at {BENCH}", file=sys.stderr)
        return 2
    jobs = [(name, str(d.get("id")), render, d.get("page_text_" + render) or "")
            for name in SETS
            for k, d in enumerate(load(BENCH / name / "docs.jsonl.gz")) if k % args.every == 0
            for render in ("block", "inline")]
    with ProcessPoolExecutor(args.workers) as ex:
        results = list(ex.map(_stable, jobs, chunksize=16))
    moving = [r for r in results if not r[3]]
    print(f"{len(results)} outputs, {len(moving)} change when cleaned again "
          f"({100 * len(moving) / max(len(results), 1):.1f} %)")
    for name, doc_id, render, _ in moving[: args.list]:
        print(f"  {name} {render} {doc_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
