"""The corpus approval tests: every sample folder of corpus/ must match its approved files.

A sample marked ``expect = "fail"`` in its meta.toml is a known failure: it runs as a strict
xfail, so it fails the suite the day it starts to pass (then remove the mark and approve).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleanpage import corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def _cases() -> list[object]:
    cases: list[object] = []
    for folder in corpus.samples(CORPUS):
        try:
            known_failure = corpus.read_meta(folder).expect == "fail"
        except corpus.MetaError:
            known_failure = False  # the test itself reports the broken meta.toml
        marks = [pytest.mark.xfail(strict=True, reason="known failure (expect = \"fail\")")]
        if known_failure:
            cases.append(pytest.param(folder, id=folder.name, marks=marks))
        else:
            cases.append(pytest.param(folder, id=folder.name))
    return cases


@pytest.mark.parametrize("folder", _cases())
def test_sample(folder: Path) -> None:
    """The output of the sample matches expected.txt, related.json and its snippets."""
    res = corpus.check_sample(folder)
    assert res.matches, "\n".join(res.problems + res.report)


def test_corpus_has_samples() -> None:
    """The corpus is there and every sample folder is complete."""
    folders = corpus.samples(CORPUS)
    assert len(folders) >= 40
    for f in folders:
        for name in ("input.txt", "expected.txt", "related.json", "meta.toml"):
            assert (f / name).is_file(), f"{f.name}: {name} missing"
        corpus.read_meta(f)  # parses, known keys only
        corpus.read_related(f)


def _one_sample(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of one corpus sample under tmp_path, approved to the current output."""
    root = tmp_path / "corpus"
    src = corpus.samples(CORPUS)[0]
    dst = root / src.name
    shutil.copytree(src, dst)
    meta = dst / "meta.toml"
    # This test is about the workflow, not the engine: drop snippets and marks.
    meta.write_text(f'lang = "{corpus.read_meta(src).lang}"\n', encoding="utf-8")
    assert corpus.main(["approve", str(root)]) == 0
    return root, dst


def test_check_fails_on_changed_word_and_passes_after_approve(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One word changed in expected.txt fails the check; approve restores it; meta untouched."""
    root, dst = _one_sample(tmp_path)
    assert corpus.main(["check", str(root)]) == 0
    expected = dst / "expected.txt"
    text = expected.read_text(encoding="utf-8")
    word = re.search(r"\b\w{5,}\b", text.split("\n\n", 1)[-1])
    assert word is not None
    changed = text[: word.start()] + "zzzword" + text[word.end():]
    expected.write_text(changed, encoding="utf-8")
    meta_before = (dst / "meta.toml").read_bytes()
    capsys.readouterr()
    assert corpus.main(["check", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL {dst.name}" in out and "zzzword" in out
    assert "0 passed, 1 failed, 0 known failures" in out
    assert corpus.main(["approve", str(root)]) == 0
    assert corpus.main(["check", str(root)]) == 0
    assert (dst / "meta.toml").read_bytes() == meta_before


def test_known_failure_is_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """expect = "fail": failing is fine (exit 0), passing is reported (exit 1)."""
    root, dst = _one_sample(tmp_path)
    meta = dst / "meta.toml"
    meta.write_text(meta.read_text(encoding="utf-8") + 'expect = "fail"\n', encoding="utf-8")
    capsys.readouterr()
    assert corpus.main(["check", str(root)]) == 1
    assert "unexpectedly passes: remove the mark" in capsys.readouterr().out
    (dst / "expected.txt").write_text("Something else entirely", encoding="utf-8")
    assert corpus.main(["check", str(root)]) == 0
    assert "0 passed, 0 failed, 1 known failures" in capsys.readouterr().out


def test_must_keep_and_must_drop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Snippets are checked whitespace- and case-insensitively against the output."""
    root, dst = _one_sample(tmp_path)
    text = (dst / "expected.txt").read_text(encoding="utf-8")
    title = text.split("\n", 1)[0]
    meta = dst / "meta.toml"
    base = meta.read_text(encoding="utf-8")
    meta.write_text(base + f'must_keep = ["  {title.upper()}  "]\n', encoding="utf-8")
    assert corpus.main(["check", str(root)]) == 0
    meta.write_text(base + f'must_drop = ["{title}"]\n', encoding="utf-8")
    capsys.readouterr()
    assert corpus.main(["check", str(root)]) == 1
    assert "must_drop present" in capsys.readouterr().out


def test_usage_errors(tmp_path: Path) -> None:
    """A missing directory or sample, or a bad command line, exits 2."""
    assert corpus.main(["check", str(tmp_path / "nope")]) == 2
    assert corpus.main(["check", str(CORPUS), "no-such-sample"]) == 2
    assert corpus.main(["frobnicate"]) == 2
    assert corpus.main([]) == 2


def test_score(tmp_path: Path) -> None:
    """score() gives macro token F1 and the exact-match count."""
    root, _ = _one_sample(tmp_path)
    s = corpus.score(root)
    assert s["samples"] == 1 and s["exact"] == 1 and s["f1"] == pytest.approx(1.0)
    assert corpus.prf("a b c", "a b d") == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_module_entry_point() -> None:
    """`python -m cleanpage.corpus check corpus` runs and agrees with the in-process check."""
    proc = subprocess.run(
        [sys.executable, "-m", "cleanpage.corpus", "check", "corpus"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    summary = re.search(r"(\d+) passed, (\d+) failed, (\d+) known failures", proc.stdout)
    assert summary, proc.stdout + proc.stderr
    failed = 0
    for folder in corpus.samples(CORPUS):
        if not corpus.check_sample(folder).ok:
            failed += 1
    assert int(summary.group(2)) == failed
    assert proc.returncode == (1 if failed else 0)
