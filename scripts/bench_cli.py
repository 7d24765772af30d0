"""Throughput of the batch command, end to end: ``cleanpage --jsonl`` with -j 1 and -j 2.

    python scripts/bench_cli.py [SET ...] [--workers 1 2] [--repeat 2]

Unlike scripts/bench.py (which times ``extract`` alone on texts held in memory), this runs the
real command in a subprocess on ../shared/benchmarks/<SET>/docs.jsonl.gz with
``--field page_text_block``, so the figures include process start, gunzip, JSON parsing, the
worker pool and writing the output (to a temporary .jsonl file). Two rates are printed:
text MB/s (page text cleaned, comparable to docs/throughput.md) and input MB/s (whole
decompressed records, which also hold raw HTML). Best of --repeat runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "benchmarks"
FIELD = "page_text_block"


def sizes(path: Path) -> tuple[int, float, float]:
    """Records, MB of page text and MB of decompressed input of a benchmark file."""
    n, text_bytes, in_bytes = 0, 0, 0
    with gzip.open(path, "rb") as f:
        for line in f:
            n += 1
            in_bytes += len(line)
            text_bytes += len((json.loads(line).get(FIELD) or "").encode("utf-8"))
    return n, text_bytes / 1e6, in_bytes / 1e6


def run_once(path: Path, workers: int, out: Path) -> float:
    """Wall-clock seconds of one run of the command."""
    cmd = [sys.executable, "-m", "cleanpage", "--jsonl", "--field", FIELD, "-q",
           "-j", str(workers), str(path), "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=["scrapinghub", "l3s-gn1"])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()
    print(f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores")
    print("| set | docs | text MB | input MB | -j | s | docs/s | text MB/s | input MB/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        for name in a.sets:
            path = BENCH / name / "docs.jsonl.gz"
            if not path.exists():
                print(f"{path} is absent: ../shared is not checked out", file=sys.stderr)
                return 1
            n, text_mb, in_mb = sizes(path)
            for j in a.workers:
                best = min(run_once(path, j, out) for _ in range(a.repeat))
                print(f"| {name} | {n} | {text_mb:.1f} | {in_mb:.1f} | {j} | {best:.2f} | "
                      f"{n / best:.0f} | {text_mb / best:.2f} | {in_mb / best:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
