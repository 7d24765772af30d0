"""The corpus regression tool: check fails on a changed expectation, approve fixes it."""

from __future__ import annotations

import shutil
from pathlib import Path

from cleanpage import corpus
from conftest import ROOT


def _sample(tmp_path: Path, expect: str = "pass") -> Path:
    folder = tmp_path / "corpus" / "rail-news"
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "page.txt", folder / "input.txt")
    (folder / "meta.toml").write_text(f'lang = "en"\nkind = "news"\nexpect = "{expect}"\n')
    return folder.parent


def test_check_fails_on_one_changed_word_and_passes_after_approve(tmp_path: Path) -> None:
    """A one-word change in expected.txt fails the check; approve restores a passing state."""
    root = _sample(tmp_path)
    assert corpus.main(["approve", str(root)]) == 0
    assert corpus.main(["check", str(root)]) == 0
    expected = root / "rail-news" / "expected.txt"
    expected.write_text(expected.read_text().replace("valleys again", "passes again", 1))
    assert corpus.main(["check", str(root)]) == 1
    assert corpus.main(["approve", str(root)]) == 0
    assert corpus.main(["check", str(root)]) == 0
    assert "valleys again" in expected.read_text()


def test_known_failure_must_fail(tmp_path: Path) -> None:
    """A sample marked expect = "fail" that passes is reported: the mark must go."""
    root = _sample(tmp_path)
    assert corpus.main(["approve", str(root)]) == 0
    meta = root / "rail-news" / "meta.toml"
    meta.write_text(meta.read_text().replace('expect = "pass"', 'expect = "fail"'))
    assert corpus.main(["check", str(root)]) == 1


def test_score_reports_exact_matches(tmp_path: Path) -> None:
    """After approve every sample matches exactly and scores F1 1.0."""
    root = _sample(tmp_path)
    corpus.main(["approve", str(root)])
    result = corpus.score(root)
    assert result["exact"] == 1 and result["f1"] == 1.0
