"""Throughput of cleanpage.extract on one core: docs/s and MB/s of page text.

    python scripts/bench.py [SET ...] [--render block] [--repeat 3]

Reads ../shared/benchmarks/<SET>/docs.jsonl.gz into memory first, so only extraction is
timed; reports the best of --repeat runs (the least disturbed by other load).
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import cleanpage  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=["scrapinghub", "l3s-gn1", "cleaneval", "wcxb",
                                                "trafilatura"])
    ap.add_argument("--render", default="block")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    print(f"cleanpage {cleanpage.__version__}, Python {platform.python_version()}, "
          f"{platform.machine()}, one process")
    print("| set | docs | MB | docs/s | MB/s |\n|---|---|---|---|---|")
    tot_mb = tot_s = tot_docs = 0.0
    for name in a.sets:
        with gzip.open(BENCH / name / "docs.jsonl.gz", "rt", encoding="utf-8") as f:
            texts = [json.loads(line)["page_text_" + a.render] or "" for line in f]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        cleanpage.extract(texts[0])  # load word lists outside the timing
        best = float("inf")
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            for t in texts:
                cleanpage.extract(t)
            best = min(best, time.perf_counter() - t0)
        tot_mb, tot_s, tot_docs = tot_mb + mb, tot_s + best, tot_docs + len(texts)
        print(f"| {name} | {len(texts)} | {mb:.1f} | {len(texts) / best:.0f} | {mb / best:.2f} |")
    rate = tot_mb / tot_s
    print(f"| all | {tot_docs:.0f} | {tot_mb:.1f} | {tot_docs / tot_s:.0f} | {rate:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
