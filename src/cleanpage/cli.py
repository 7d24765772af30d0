"""Command-line filter (placeholder; the full CLI is built for issue 4)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .engine import clean


def main(argv: Sequence[str] | None = None) -> int:
    """Read page text on stdin, write the article on stdout."""
    sys.stdout.write(clean(sys.stdin.read()) + "\n")
    return 0
