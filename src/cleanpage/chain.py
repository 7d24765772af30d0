"""Named, ordered, individually switchable rules (in the spirit of markdown-it's Ruler).

A rule is a plain function ``fn(state) -> None`` that labels lines of the working
:class:`~cleanpage.state.State`; it never edits text. A :class:`RuleChain` is an immutable
sequence of rules: every operation returns a new chain, so the default chain can be shared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .state import State

RuleFn = Callable[["State"], None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named step of the chain.

    Attributes:
        name: public, stable name (shown in ``Line.rule``, ``--disable`` and docs).
        fn: the function that labels lines.
        doc: one line saying what the rule removes or decides.
        enabled: whether :meth:`RuleChain.run` calls it.
        mode_free: whether its verdicts depend on the lines and the word lists alone, never on
            a threshold that the modes set differently: a leading run of such rules
            (:meth:`RuleChain.mode_free_prefix`) decides the same in a looser retry over the
            same word lists, so the safety net takes its verdicts over instead of running it
            again.
    """

    name: str
    fn: RuleFn
    doc: str = ""
    enabled: bool = True
    mode_free: bool = False


class UnknownRuleError(KeyError):
    """Raised when rule names are not in the chain; lists the names it knows."""

    def __init__(self, missing: Iterable[str], known: Iterable[str]) -> None:
        self.missing = tuple(missing)
        self.known = tuple(known)
        super().__init__(
            f"unknown rule(s): {', '.join(self.missing)}; known rules: {', '.join(self.known)}"
        )

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class RuleChain:
    """An immutable ordered collection of :class:`Rule` records."""

    __slots__ = ("_rules",)

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: tuple[Rule, ...] = tuple(rules)
        names = [r.name for r in self._rules]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate rule names in chain: {names}")

    # -- inspection -------------------------------------------------------------------
    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __repr__(self) -> str:
        inner = ", ".join(r.name + ("" if r.enabled else " (off)") for r in self._rules)
        return f"RuleChain([{inner}])"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleChain) and self._rules == other._rules

    def __hash__(self) -> int:
        return hash(self._rules)

    def names(self, *, enabled_only: bool = False) -> list[str]:
        """The rule names in order."""
        return [r.name for r in self._rules if r.enabled or not enabled_only]

    def get(self, name: str) -> Rule:
        """The rule called ``name``."""
        for r in self._rules:
            if r.name == name:
                return r
        raise UnknownRuleError([name], self.names())

    # -- derivation -------------------------------------------------------------------
    def _check(self, names: Iterable[str]) -> set[str]:
        wanted = set(names)
        missing = sorted(wanted - set(self.names()))
        if missing:
            raise UnknownRuleError(missing, self.names())
        return wanted

    def _switch(self, names: Iterable[str], on: bool) -> RuleChain:
        wanted = self._check(names)
        return RuleChain(replace(r, enabled=on) if r.name in wanted else r for r in self._rules)

    def disable(self, *names: str) -> RuleChain:
        """A chain with these rules switched off (unknown names raise, all listed at once)."""
        return self._switch(names, False)

    def enable(self, *names: str) -> RuleChain:
        """A chain with these rules switched on."""
        return self._switch(names, True)

    def only(self, *names: str) -> RuleChain:
        """A chain with exactly these rules on."""
        wanted = self._check(names)
        return RuleChain(replace(r, enabled=r.name in wanted) for r in self._rules)

    def _insert(self, anchor: str, rule: Rule, offset: int) -> RuleChain:
        pos = self.names().index(self.get(anchor).name) + offset
        rules = list(self._rules)
        rules.insert(pos, rule)
        return RuleChain(rules)

    def before(self, anchor: str, rule: Rule) -> RuleChain:
        """A chain with ``rule`` inserted before the rule named ``anchor``."""
        return self._insert(anchor, rule, 0)

    def after(self, anchor: str, rule: Rule) -> RuleChain:
        """A chain with ``rule`` inserted after the rule named ``anchor``."""
        return self._insert(anchor, rule, 1)

    def append(self, rule: Rule) -> RuleChain:
        """A chain with ``rule`` added at the end."""
        return RuleChain((*self._rules, rule))

    def without(self, name: str) -> RuleChain:
        """A chain with the rule called ``name`` removed."""
        self.get(name)
        return RuleChain(r for r in self._rules if r.name != name)

    def mode_free_prefix(self) -> int:
        """How many rules open the chain that decide the same in every mode: each
        :attr:`Rule.mode_free`, or switched off (a rule that does not run decides nothing)."""
        n = 0
        for r in self._rules:
            if not (r.mode_free or not r.enabled):
                break
            n += 1
        return n

    # -- running ----------------------------------------------------------------------
    def run(self, state: State, start: int = 0, stop: int | None = None) -> None:
        """Call every enabled rule on ``state``, in order (only those from index ``start``
        to before ``stop``, when given: the safety net runs the chain in two parts)."""
        for r in self._rules[start:stop]:
            if r.enabled:
                state.current_rule = r.name
                r.fn(state)
