"""cleanpage: the main article out of a whole scraped page's plain text.

>>> import cleanpage
>>> page = cleanpage.extract("A headline here\\nMenu\\nThe story, told in a full sentence.")
>>> page.title
'A headline here'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .chain import Rule, RuleChain, UnknownRuleError
from .defaults import DEFAULT_CHAIN
from .engine import clean, extract
from .options import MODES
from .state import State
from .types import Label, Line, Page, Teaser

try:
    __version__ = version("cleanpage")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DEFAULT_CHAIN",
    "MODES",
    "Label",
    "Line",
    "Page",
    "Rule",
    "RuleChain",
    "State",
    "Teaser",
    "UnknownRuleError",
    "__version__",
    "clean",
    "extract",
]
