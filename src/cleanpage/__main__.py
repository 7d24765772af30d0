"""``python -m cleanpage``: the same command as the ``cleanpage`` console script.

Useful where the script is not on PATH (a venv not activated, tests run by another Python).
"""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
