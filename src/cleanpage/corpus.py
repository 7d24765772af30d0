"""Approval tests for extraction: a folder of sample pages, each with its expected article.

A *corpus* is a directory with one folder per sample::

    corpus/
      some-sample/
        input.txt       the whole page text, exactly as scraped
        expected.txt    what clean() should return (title, blank line, paragraphs)
        related.json    the expected teaser records: [{"source", "age", "title", "text"}]
        meta.toml       lang, kind, exercises, must_keep, must_drop, expect, options

``check`` runs :func:`cleanpage.extract` on every sample and reports each one whose output
differs from what was approved (a unified diff plus the verdicts of the input lines
involved); ``approve`` writes the current output over ``expected.txt`` and
``related.json`` so that a change of behaviour is reviewed as a diff in version control.

``meta.toml`` fields (all optional)::

    lang = "de"                 # the page's language; passed to extract(lang=...)
    detect = true               # instead: let extract() detect it, and check it finds `lang`
    kind = "news"               # free text: news, blog, recipe, forum, docs...
    exercises = "what this sample is here to test"
    must_keep = ["snippet"]     # must appear in the output text
    must_drop = ["snippet"]     # must not appear in the output text
    expect = "pass"             # or "fail": a known failure, which must keep failing
    mode = "balanced"           # extract(mode=...)
    disable = ["rule"]          # extract(disable=...)
    enable = ["rule"]           # extract(enable=...)

Snippets are compared case-insensitively with runs of whitespace collapsed to one space.

Run it as ``cleanpage corpus check DIR`` or ``python -m cleanpage.corpus check DIR``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

import regex

from .engine import extract
from .evaluate import prf
from .options import MODES
from .types import Line, Page

INPUT, EXPECTED, RELATED, META = "input.txt", "expected.txt", "related.json", "meta.toml"
_META_KEYS = frozenset({"lang", "detect", "kind", "exercises", "must_keep", "must_drop",
                        "expect", "mode", "disable", "enable", "notes"})
_TEASER_KEYS = ("source", "age", "title", "text")
_WS_RE = regex.compile(r"\s+")
# Lines this short (characters) are shown as involved only next to a longer involved line.
_SHORT_LINE = 12


class UsageError(Exception):
    """A command line that cannot be run (missing directory, unknown sample): exit 2."""


class MetaError(ValueError):
    """A ``meta.toml`` that cannot be read or holds a value of the wrong kind."""


@dataclass(frozen=True, slots=True)
class Meta:
    """The parsed ``meta.toml`` of one sample."""

    lang: str | None = None
    detect: bool = False
    kind: str = ""
    exercises: str = ""
    must_keep: tuple[str, ...] = ()
    must_drop: tuple[str, ...] = ()
    expect: str = "pass"
    mode: str = "balanced"
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()

    def options(self) -> dict[str, Any]:
        """Keyword arguments for :func:`cleanpage.extract`."""
        return {"lang": None if self.detect else self.lang, "mode": self.mode,
                "disable": self.disable, "enable": self.enable}


@dataclass(slots=True)
class Result:
    """The outcome of checking one sample.

    Attributes:
        name: the sample's folder name.
        known_failure: the sample is marked ``expect = "fail"``.
        problems: one line per difference found (empty when the output matches).
        report: the readable detail: diffs and explain rows.
        text: the extracted text (``None`` when the sample could not be run).
    """

    name: str
    known_failure: bool = False
    problems: list[str] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    text: str | None = None

    @property
    def matches(self) -> bool:
        """Whether the output matched every expectation (ignoring the ``expect`` mark)."""
        return not self.problems

    @property
    def ok(self) -> bool:
        """Whether the sample counts as passing: matches, or fails while marked to fail."""
        return self.matches != self.known_failure


# -- reading a sample -------------------------------------------------------------------------


def _strings(value: object, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise MetaError(f"{key} must be a string or a list of strings")


def read_meta(folder: Path) -> Meta:
    """Parse ``folder/meta.toml`` (a missing file means all defaults).

    Raises:
        MetaError: on invalid TOML, an unknown key or a value of the wrong type.
    """
    path = folder / META
    if not path.exists():
        return Meta()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MetaError(f"{META}: {exc}") from None
    opts = data.pop("options", {})
    if not isinstance(opts, dict):
        raise MetaError(f"{META}: [options] must be a table")
    data.update(opts)  # [options] mode/disable/enable may also be given in a table
    unknown = sorted(set(data) - _META_KEYS)
    if unknown:
        raise MetaError(f"{META}: unknown key(s) {', '.join(unknown)}")
    expect = data.get("expect", "pass")
    if expect not in ("pass", "fail"):
        raise MetaError(f'{META}: expect must be "pass" or "fail", not {expect!r}')
    mode = data.get("mode", "balanced")
    if mode not in MODES:
        raise MetaError(f"{META}: mode must be one of {', '.join(MODES)}, not {mode!r}")
    lang = data.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise MetaError(f"{META}: lang must be a string")
    detect = data.get("detect", False)
    if not isinstance(detect, bool):
        raise MetaError(f"{META}: detect must be true or false")
    if detect and not lang:
        raise MetaError(f"{META}: detect = true needs lang (the language to find)")
    try:
        return Meta(
            lang=lang or None, detect=detect, kind=str(data.get("kind", "")),
            exercises=str(data.get("exercises", "")),
            must_keep=_strings(data.get("must_keep", []), "must_keep"),
            must_drop=_strings(data.get("must_drop", []), "must_drop"),
            expect=expect, mode=mode,
            disable=_strings(data.get("disable", []), "disable"),
            enable=_strings(data.get("enable", []), "enable"),
        )
    except MetaError as exc:
        raise MetaError(f"{META}: {exc}") from None


def read_input(folder: Path) -> str:
    """The page text, byte for byte (CRLF line ends are kept: the engine must cope)."""
    with open(folder / INPUT, encoding="utf-8", newline="") as f:
        return f.read()


def read_expected(folder: Path) -> str | None:
    """``expected.txt`` with line ends made LF and one final newline tolerated."""
    path = folder / EXPECTED
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return text[:-1] if text.endswith("\n") else text


def read_related(folder: Path) -> list[dict[str, str]]:
    """``related.json`` as a list of records; a missing file means no teasers expected.

    Raises:
        MetaError: when the file is not a JSON list of objects with string fields.
    """
    path = folder / RELATED
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise MetaError(f"{RELATED}: {exc}") from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise MetaError(f"{RELATED}: must be a JSON list of objects")
    out: list[dict[str, str]] = []
    for rec in data:
        extra = set(rec) - set(_TEASER_KEYS)
        if extra or not all(isinstance(rec.get(k, ""), str) for k in _TEASER_KEYS):
            raise MetaError(f"{RELATED}: records hold only string fields {', '.join(_TEASER_KEYS)}")
        out.append({k: rec.get(k, "") for k in _TEASER_KEYS})
    return out


def samples(root: Path, names: Sequence[str] = ()) -> list[Path]:
    """The sample folders of ``root`` (those holding an ``input.txt``), sorted by name.

    Raises:
        UsageError: when ``root`` is not a directory or a named sample does not exist.
    """
    if not root.is_dir():
        raise UsageError(f"{root}: not a directory")
    if names:
        found = []
        for n in names:
            p = root / n
            if not (p / INPUT).is_file():
                raise UsageError(f"{p}: no such sample (a folder with an {INPUT})")
            found.append(p)
        return found
    return sorted(p for p in root.iterdir() if (p / INPUT).is_file())


def run_sample(folder: Path) -> tuple[Meta, Page]:
    """Extract the sample's page with the options its ``meta.toml`` gives."""
    meta = read_meta(folder)
    return meta, extract(read_input(folder), **meta.options())


# -- comparing --------------------------------------------------------------------------------


def normalise(s: str) -> str:
    """Lower-cased, whitespace runs made one space, a space before a comma removed."""
    return _WS_RE.sub(" ", s).strip().casefold().replace(" ,", ",")


def teaser_records(page: Page) -> list[dict[str, str]]:
    """The page's teasers as plain JSON records."""
    return [{k: str(v) for k, v in asdict(t).items()} for t in page.related]


def _involved(page: Page, pieces: Iterable[str], snippets: Iterable[str] = ()) -> list[Line]:
    """Input lines that make up ``pieces`` (differing paragraphs, teaser fields) or that
    contain one of ``snippets`` (must_keep / must_drop phrases)."""
    keys = [normalise(p) for p in pieces if p.strip()]
    snips = [normalise(s) for s in snippets if s.strip()]
    if not keys and not snips:
        return []
    hits: list[bool] = []
    by_snippet: list[bool] = []
    for ln in page.lines:
        k = normalise(ln.text)
        by_snippet.append(bool(k) and any(s in k for s in snips))
        hits.append(bool(k) and (by_snippet[-1] or any(k in p for p in keys)))
    out: list[Line] = []
    for i, ln in enumerate(page.lines):
        if not hits[i]:
            continue
        if not by_snippet[i] and len(ln.text.strip()) < _SHORT_LINE:
            # "The", "Share" occur inside many paragraphs: only beside a longer hit
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(page.lines)
                    and hits[j] and len(page.lines[j].text.strip()) >= _SHORT_LINE]
            if not near:
                continue
        out.append(ln)
    return _with_openers(page, out)


def _with_openers(page: Page, lines: list[Line]) -> list[Line]:
    """Add the zone opener line ("Related", "Comments"...) of every zone line shown: the
    opener is what put the line there, so it belongs in the explanation."""
    shown = {ln.index for ln in lines}
    for ln in lines:
        if ln.rule != "zone_openers" or ln.reason.endswith("opener"):
            continue
        for j in range(ln.index - 1, -1, -1):
            up = page.lines[j]
            if up.rule == "zone_openers" and up.reason.endswith("opener"):
                shown.add(j)
                break
    return [page.lines[i] for i in sorted(shown)]


def _explain_rows(page: Page, lines: list[Line]) -> list[str]:
    if not lines:
        return []
    table = replace(page, lines=lines).explain(width=70).splitlines()
    return ["    " + row for row in table]


def compare(name: str, folder: Path, meta: Meta, page: Page) -> Result:
    """Compare one sample's output with its approved files and snippets."""
    res = Result(name, known_failure=meta.expect == "fail", text=page.text)
    expected = read_expected(folder)
    pieces: list[str] = []
    snippets: list[str] = []
    if expected is None:
        res.problems.append(f"no {EXPECTED} (run approve to create it)")
    elif expected != page.text:
        res.problems.append("text differs from expected.txt")
        diff = difflib.unified_diff(expected.split("\n"), page.text.split("\n"),
                                    f"{name}/{EXPECTED}", f"{name} (output)", lineterm="", n=1)
        res.report.extend("    " + d for d in diff)
        exp_paras, out_paras = set(expected.split("\n")), set(page.text.split("\n"))
        pieces += [p for p in exp_paras ^ out_paras if p]
    want_related = read_related(folder)
    got_related = teaser_records(page)
    if want_related != got_related:
        res.problems.append(f"teasers differ from {RELATED} "
                            f"({len(want_related)} expected, {len(got_related)} found)")
        a = json.dumps(want_related, ensure_ascii=False, indent=1).split("\n")
        b = json.dumps(got_related, ensure_ascii=False, indent=1).split("\n")
        diff = difflib.unified_diff(a, b, f"{name}/{RELATED}", f"{name} (teasers)",
                                    lineterm="", n=1)
        res.report.extend("    " + d for d in diff)
        pairs = zip(want_related, got_related, strict=False)
        bad = [r for w, g in pairs if w != g for r in (w, g)]
        bad += want_related[len(got_related):] + got_related[len(want_related):]
        pieces += [r[k] for r in bad for k in ("title", "text") if r.get(k)]
    out = normalise(page.text)
    for snip in meta.must_keep:
        if normalise(snip) not in out:
            res.problems.append(f"must_keep missing: {snip!r}")
            snippets.append(snip)
    for snip in meta.must_drop:
        if normalise(snip) in out:
            res.problems.append(f"must_drop present: {snip!r}")
            snippets.append(snip)
    if meta.detect and meta.lang and page.lang != meta.lang.lower():
        res.problems.append(f"language detected as {page.lang!r}, meta.toml says {meta.lang!r}")
    rows = _explain_rows(page, _involved(page, pieces, snippets))
    if rows:
        res.report.append("  input lines involved:")
        res.report.extend(rows)
    return res


def check_sample(folder: Path) -> Result:
    """Run and compare one sample folder; a broken sample is reported, not raised."""
    try:
        meta, page = run_sample(folder)
        return compare(folder.name, folder, meta, page)
    except (MetaError, OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        return Result(folder.name, problems=[f"cannot run sample: {exc}"])


# -- scoring (the shared scorer's tokens and P/R/F1, from cleanpage.evaluate) -----------------


def score(directory: str | Path) -> dict[str, float | int]:
    """Token scores of the current output against every sample's ``expected.txt``.

    Returns:
        ``samples`` (scored: those with an expected file), ``exact`` (outputs equal to it),
        and the means ``precision``, ``recall`` and ``f1`` (macro-averaged over samples).
    """
    sums = [0.0, 0.0, 0.0]
    n = exact = 0
    for folder in samples(Path(directory)):
        expected = read_expected(folder)
        if expected is None:
            continue
        try:
            _, page = run_sample(folder)
        except (MetaError, ValueError, KeyError):
            continue
        n += 1
        exact += page.text == expected
        for k, v in enumerate(prf(page.text, expected)):
            sums[k] += v
    mean = [s / n if n else 0.0 for s in sums]
    return {"samples": n, "exact": exact, "precision": mean[0], "recall": mean[1],
            "f1": mean[2]}


# -- commands ---------------------------------------------------------------------------------


def cmd_check(root: Path, names: Sequence[str], *, verbose: bool, with_score: bool,
              out: TextIO) -> int:
    """``check``: report differing samples; 1 when any sample does not pass."""
    passed = failed = known = 0
    for folder in samples(root, names):
        res = check_sample(folder)
        if res.known_failure and not res.matches:
            known += 1
            out.write(f"KNOWN FAILURE {res.name}: {res.problems[0]}\n")
            if verbose:
                out.write("\n".join(res.report) + "\n")
        elif res.known_failure:
            failed += 1
            out.write(f'FAIL {res.name}: unexpectedly passes: remove the mark (expect = "fail")'
                      f" from its {META}\n")
        elif res.matches:
            passed += 1
            if verbose:
                out.write(f"ok {res.name}\n")
        else:
            failed += 1
            out.write(f"FAIL {res.name}\n")
            for p in res.problems:
                out.write(f"  - {p}\n")
            if res.report:
                out.write("\n".join(res.report) + "\n")
            out.write("\n")
    if with_score:
        s = score(root)
        out.write(f"score: mean token F1 {s['f1']:.4f} (P {s['precision']:.4f}, "
                  f"R {s['recall']:.4f}), exact {s['exact']}/{s['samples']}\n")
    out.write(f"{passed} passed, {failed} failed, {known} known failures\n")
    return 1 if failed else 0


def cmd_approve(root: Path, names: Sequence[str], *, out: TextIO) -> int:
    """``approve``: write the current output as each sample's expected files."""
    changed = done = 0
    for folder in samples(root, names):
        try:
            meta, page = run_sample(folder)
        except (MetaError, ValueError, KeyError) as exc:
            out.write(f"skipped {folder.name}: cannot run sample: {exc}\n")
            continue
        if meta.expect == "fail":
            if not names:
                out.write(f'skipped {folder.name}: marked expect = "fail" (name it to approve)\n')
                continue
            out.write(f'note: {folder.name} is marked expect = "fail": remove the mark from '
                      f"its {META} if this output is right\n")
        related = json.dumps(teaser_records(page), ensure_ascii=False, indent=2) + "\n"
        wrote = []
        for fname, content in ((EXPECTED, page.text), (RELATED, related)):
            path = folder / fname
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if old != content:
                path.write_text(content, encoding="utf-8", newline="\n")
                wrote.append(fname)
        done += 1
        if wrote:
            changed += 1
            out.write(f"approved {folder.name}: wrote {', '.join(wrote)}\n")
    out.write(f"{done} approved, {changed} changed\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The ``cleanpage corpus`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="cleanpage corpus",
        description="Approval tests: compare extraction output with approved sample files.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{check,approve}")
    chk = sub.add_parser("check", help="report samples whose output differs (exit 1 if any)")
    chk.add_argument("dir", help="the corpus directory (one folder per sample)")
    chk.add_argument("samples", nargs="*", metavar="SAMPLE", help="only these sample folders")
    chk.add_argument("--score", action="store_true",
                     help="also print mean token F1 and the exact-match count")
    chk.add_argument("-v", "--verbose", action="store_true",
                     help="list passing samples and the diffs of known failures too")
    app = sub.add_parser("approve", help="write the current output as the expected files")
    app.add_argument("dir", help="the corpus directory (one folder per sample)")
    app.add_argument("samples", nargs="*", metavar="SAMPLE",
                     help='only these samples (named, a sample marked expect = "fail" too)')
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``check`` or ``approve``; 0 ok, 1 a sample differs, 2 usage error."""
    parser = build_parser()
    try:
        a = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # argparse: -h is 0, a usage error is 2
        return exc.code if isinstance(exc.code, int) else 2
    root = Path(a.dir)
    try:
        if a.command == "check":
            return cmd_check(root, a.samples, verbose=a.verbose, with_score=a.score,
                             out=sys.stdout)
        return cmd_approve(root, a.samples, out=sys.stdout)
    except UsageError as exc:
        sys.stderr.write(f"cleanpage corpus: error: {exc}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
