"""Format ../shared/tools/evaluate.py JSON output as the table in docs/evaluation.md.

    python ../shared/tools/evaluate.py SETS... --systems cleanpage-body,c4-lines,justext-on-text \
        --json rows.json
    python scripts/eval_table.py rows.json [more.json ...]

Rows of later files replace rows of earlier ones with the same set, system and input, so a
re-run of cleanpage alone can be merged with an older baseline run.
"""

from __future__ import annotations

import json
import sys

# HTML extractors' F1 on these sets (trafilatura, readability), from the project's issue 3
# table (../shared/tools/evaluate.py on the HTML); snippet set: with kept / without removed.
HTML_REFERENCE = {
    "scrapinghub": ("0.948", "0.958"), "l3s-gn1": ("0.902", "0.938"),
    "cleanportaleval": ("0.932", "0.960"), "cleaneval": ("0.892", "0.890"),
    "htmltotext": ("0.915", "0.853"), "readability": ("0.931", "—"), "wcxb": ("0.832", "0.703"),
    "trafilatura": ("0.951 / 0.868", "0.868 / 0.864"),
}
ORDER = list(HTML_REFERENCE)


def main() -> int:
    rows: dict[tuple[str, str, str], dict] = {}
    for path in sys.argv[1:]:
        for r in json.load(open(path, encoding="utf-8")):
            rows[(r["dataset"], r["system"], r["input"])] = r

    def val(ds: str, system: str, render: str) -> str:
        r = rows.get((ds, system, render))
        if r is None:
            return "—"
        if r["F1"] is not None:
            return f"{r['F1']:.3f}"
        return f"{r['with_kept']:.3f} / {r['without_removed']:.3f}"

    print("| set | docs | cleanpage block | cleanpage inline | c4-lines block / inline "
          "| justext-on-text block / inline | trafilatura (HTML) | readability (HTML) |")
    print("|---|---|---|---|---|---|---|---|")
    for ds in ORDER:
        r = rows.get((ds, "cleanpage-body", "block"))
        if r is None:
            continue
        t, rd = HTML_REFERENCE[ds]
        print(f"| {ds} | {r['docs']} | **{val(ds, 'cleanpage-body', 'block')}** | "
              f"**{val(ds, 'cleanpage-body', 'inline')}** | {val(ds, 'c4-lines', 'block')} / "
              f"{val(ds, 'c4-lines', 'inline')} | {val(ds, 'justext-on-text', 'block')} / "
              f"{val(ds, 'justext-on-text', 'inline')} | {t} | {rd} |")
    print()
    print("| set | input | P | R | F1 | median F1 | with kept | without removed | docs/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for ds in ORDER:
        for render in ("block", "inline"):
            r = rows.get((ds, "cleanpage-body", render))
            if r:
                cells = [r.get(k) for k in ("P", "R", "F1", "F1_median", "with_kept",
                                            "without_removed", "docs_per_s")]
                print(f"| {ds} | {render} | " + " | ".join("" if c is None else str(c)
                                                           for c in cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
