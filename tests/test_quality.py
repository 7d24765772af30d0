"""Score gate: the fixed benchmark sample may not fall below the pinned floors.

Floors are in tests/quality_floors.json; re-pin with ``python scripts/quality_gate.py
--update`` (it refuses to lower a floor without ``--allow-regression``).
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import ROOT, shared_path


def _gate():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "quality_gate.py"
    spec = importlib.util.spec_from_file_location("quality_gate", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_scores_not_below_floors() -> None:
    """Every set and rendering scores at least its pinned floor."""
    shared_path("benchmarks")
    gate = _gate()
    floors = json.loads(gate.FLOORS.read_text())
    assert set(floors) == set(gate.SETS)
    assert gate.compare(floors, gate.current()) == []


def test_gate_detects_a_drop() -> None:
    """The comparison flags a score below its floor and passes one at it."""
    gate = _gate()
    floors = {"s": {"block": {"F1": 0.9}}}
    assert gate.compare(floors, {"s": {"block": {"F1": 0.8}}})
    assert not gate.compare(floors, {"s": {"block": {"F1": 0.9}}})
