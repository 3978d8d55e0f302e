"""The rule registry: every check's code and severity, said once.

A rule is a function decorated with `rule` (one note) or `panel_rule` (the
notes of one interview together). It reads a context and yields `Hit`s, spans
with a message; the registry turns each into a `Finding` carrying the rule's
code and severity, and `settle` decides, in one place, which findings stand
and in what order.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar

from thanknote.model import Finding, Severity

if TYPE_CHECKING:
    from thanknote.checks.context import Context, PanelContext

__all__ = [
    "Hit",
    "PanelHit",
    "Rule",
    "Scope",
    "codes",
    "hits_of",
    "note_rules",
    "panel_rule",
    "panel_rules",
    "rule",
    "settle",
]

# What a rule's spans mark: some words, a whole sentence, or the note itself
# (a whole-note finding, `start == end == 0`).
Scope = Literal["words", "sentence", "note"]

# The modules that define rules, imported on the first check so that `import
# thanknote` stays light. A new family of rules is a new module here; a new rule
# in an existing family is only its function.
RULE_MODULES = (
    "names",
    "company",
    "basics",
    "spelling",
    "interest",
    "follow_up",
    "recipient",
    "salutation",
    "panel",
)

_SEVERITY_ORDER: dict[Severity, int] = {"error": 0, "warning": 1, "info": 2}


class Hit(NamedTuple):
    """What a rule found: a span of the note as given, and what to say about it."""

    start: int  # offsets into the note exactly as given
    end: int
    message: str
    suggestion: str | None = None

    @classmethod
    def on_note(cls, message: str, suggestion: str | None = None) -> Hit:
        """A hit about the whole note rather than a span of it."""
        return cls(0, 0, message, suggestion)


class PanelHit(NamedTuple):
    """A panel rule's hit, with the note of the panel it belongs to."""

    note: int  # index into the notes given to `check_panel`
    hit: Hit


ContextT = TypeVar("ContextT")
HitT = TypeVar("HitT")


# A NamedTuple rather than a dataclass: it is defined during the first check,
# and a dataclass takes several times as long to define.
class Rule(NamedTuple, Generic[ContextT, HitT]):
    """A registered check: its code, severity and the function that finds hits."""

    code: str
    severity: Severity
    scope: Scope
    fallback: bool  # dropped where another rule has flagged the same words
    find: Callable[[ContextT], Iterable[HitT]]
    order: int  # registration order: ties at one place are listed in it

    def finding(self, hit: Hit) -> Finding:
        """The hit as a `Finding` with this rule's code and severity."""
        return Finding(code=self.code, severity=self.severity, **hit._asdict())


NoteCheck = Callable[["Context"], Iterable[Hit]]
PanelCheck = Callable[["PanelContext"], Iterable[PanelHit]]
NoteCheckT = TypeVar("NoteCheckT", bound=NoteCheck)
PanelCheckT = TypeVar("PanelCheckT", bound=PanelCheck)
CheckT = TypeVar("CheckT", bound=Callable[..., Iterable[Any]])

_NOTE_RULES: dict[str, Rule[Context, Hit]] = {}
_PANEL_RULES: dict[str, Rule[PanelContext, PanelHit]] = {}


def rule(
    code: str, severity: Severity, *, scope: Scope = "words", fallback: bool = False
) -> Callable[[NoteCheckT], NoteCheckT]:
    """Register a check of one note under `code`.

    Args:
        code: the finding code, as the README's table lists it.
        severity: "error" or "warning".
        scope: what the rule's spans mark: "words", a "sentence", or the
            whole "note" (hits made with `Hit.on_note`).
        fallback: the rule's findings give way where another rule has flagged
            the same words (a misspelt name is not also a spelling mistake).

    Returns:
        A decorator that registers the function and returns it unchanged.
    """
    return _registrar(_NOTE_RULES, code, severity, scope, fallback)


def panel_rule(
    code: str, severity: Severity, *, scope: Scope = "sentence"
) -> Callable[[PanelCheckT], PanelCheckT]:
    """Register a check of a panel's notes together (the second registry).

    A panel rule reads a `PanelContext` and yields `PanelHit`s, each naming
    the note it is about; its findings join that note's and are settled with
    them.

    Args:
        code: the finding code.
        severity: "error" or "warning".
        scope: what the rule's spans mark (see `rule`).

    Returns:
        A decorator that registers the function and returns it unchanged.
    """
    return _registrar(_PANEL_RULES, code, severity, scope, fallback=False)


def note_rules() -> Mapping[str, Rule[Context, Hit]]:
    """Every rule of one note, in registration order."""
    _load()
    return _NOTE_RULES


def panel_rules() -> Mapping[str, Rule[PanelContext, PanelHit]]:
    """Every panel rule, in registration order."""
    _load()
    return _PANEL_RULES


def codes() -> dict[str, Severity]:
    """Every finding code with its severity, note rules first."""
    return {code: r.severity for code, r in _all_rules().items()}


def settle(findings: Iterable[Finding]) -> list[Finding]:
    """Decide which findings stand and order them: the one place that does.

    A fallback rule's finding (`spelling`) is dropped where a word-level finding
    of another rule covers its first or last character: the more specific
    finding already explains the word. The rest are sorted by span; at the same
    span, errors come before warnings, then rules in registration order.
    """
    rules = _all_rules()
    found = list(findings)
    covered = {
        i
        for f in found
        if not rules[f.code].fallback and rules[f.code].scope == "words"
        for i in range(f.start, f.end)
    }
    if covered:
        found = [
            f
            for f in found
            if not (rules[f.code].fallback and (f.start in covered or f.end - 1 in covered))
        ]
    return sorted(
        found,
        key=lambda f: (f.start, f.end, _SEVERITY_ORDER[f.severity], rules[f.code].order),
    )


@cache
def _all_rules() -> dict[str, Rule[Context, Hit] | Rule[PanelContext, PanelHit]]:
    # Rules register when their modules are imported, all of them by `_load`.
    _load()
    return {**_NOTE_RULES, **_PANEL_RULES}


def _registrar(
    table: dict[str, Any], code: str, severity: Severity, scope: Scope, fallback: bool
) -> Callable[[CheckT], CheckT]:
    def register(find: CheckT) -> CheckT:
        if code in _NOTE_RULES or code in _PANEL_RULES:
            raise ValueError(f"rule code {code!r} is registered twice")
        order = len(_NOTE_RULES) + len(_PANEL_RULES)
        table[code] = Rule(code, severity, scope, fallback, find, order)
        return find

    return register


@cache
def _load() -> None:
    for module in RULE_MODULES:
        importlib.import_module(f"thanknote.checks.{module}")


def hits_of(rules: Iterable[Rule[ContextT, Hit]], context: ContextT) -> Iterator[Finding]:
    """Run rules over one context, stamping each hit into a `Finding`."""
    for r in rules:
        for hit in r.find(context):
            yield r.finding(hit)
