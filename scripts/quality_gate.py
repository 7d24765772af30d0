"""Score the fixed benchmark sample and compare with the pinned floors.

    python scripts/quality_gate.py              # check: exit 1 if a score fell below its floor
    python scripts/quality_gate.py --update     # re-pin floors to the current scores
    python scripts/quality_gate.py --update --allow-regression   # ... even where lower

Floors live in tests/quality_floors.json; a change that lowers one must say so with
--allow-regression, and the lowered floor shows in review as a diff of that file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cleanpage.evaluate import evaluate, summarise  # noqa: E402

FLOORS = ROOT / "tests" / "quality_floors.json"
BENCH = ROOT.parent / "shared" / "benchmarks"
SETS = ["scrapinghub", "l3s-gn1", "cleaneval", "cleanportaleval", "htmltotext", "readability",
        "wcxb", "trafilatura"]
EVERY = 2  # a fixed sample: every 2nd page of each set, in file order
METRICS = ["F1", "with_kept", "without_removed"]
EPSILON = 0.0005


def current(workers: int = 2) -> dict[str, dict[str, dict[str, float]]]:
    """Scores of the fixed sample: {set: {render: {metric: value}}}."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for name in SETS:
        path = BENCH / name / "docs.jsonl.gz"
        for render in ("block", "inline"):
            row: dict[str, Any] = summarise(
                evaluate(path, "page_text_" + render, every=EVERY, workers=workers))
            out.setdefault(name, {})[render] = {m: row[m] for m in METRICS if row[m] is not None}
    return out


def compare(floors: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """Descriptions of every score below its floor (minus EPSILON)."""
    bad = []
    for name, renders in floors.items():
        for render, metrics in renders.items():
            for m, floor in metrics.items():
                got = now.get(name, {}).get(render, {}).get(m)
                if got is None or got < floor - EPSILON:
                    bad.append(f"{name}/{render} {m}: {got} < floor {floor}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--allow-regression", action="store_true")
    a = ap.parse_args()
    if not BENCH.exists():
        print(f"{BENCH} is absent: nothing to score", file=sys.stderr)
        return 0
    now = current()
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    bad = compare(floors, now)
    for line in bad:
        print("below floor:", line, file=sys.stderr)
    if a.update:
        if bad and not a.allow_regression:
            print("refusing to lower floors without --allow-regression", file=sys.stderr)
            return 1
        FLOORS.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n")
        print(f"pinned {FLOORS}")
        return 0
    print(json.dumps(now, indent=1, sort_keys=True))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
