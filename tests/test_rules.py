"""The rule registry: every rule has examples (tests/data/rules.toml), and the README lists it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import thanknote
from thanknote import Finding, Interview, check, check_panel
from thanknote.checks import CODES
from thanknote.checks.registry import note_rules, panel_rules
from thanknote.interviews import interview_from_dict

ROOT = Path(__file__).resolve().parent.parent
RULES = Path(__file__).resolve().parent / "data" / "rules.toml"
DATA: dict[str, Any] = tomllib.loads(RULES.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Example:
    """One note (or panel of notes) of rules.toml, with the context it needs."""

    code: str
    flagged: bool
    notes: tuple[str, ...]
    interview: str = "panel"
    recipient: str | None = None
    template: str | None = None
    words: tuple[str, ...] = ()
    span: str | None = None
    suggestion: str | None = None

    def findings(self) -> list[Finding]:
        """This example's findings of its own code (of every note, for panel rules)."""
        interview = interview_named(self.interview)
        if self.code in panel_rules():
            found = [f for each in check_panel(list(self.notes), interview) for f in each]
        else:
            (text,) = self.notes
            found = check(
                text,
                interview,
                recipient=self.recipient,
                words=self.words,
                template=self.template,
            )
        return [f for f in found if f.code == self.code]


@cache
def interview_named(name: str) -> Interview:
    table = DATA["interviews"][name]
    if "file" in table:
        return thanknote.load_interview(RULES.parent / table["file"])
    return interview_from_dict(table, source=f"{RULES}: interviews.{name}")


def examples(flagged: bool) -> list[Any]:
    out = []
    for code, sets in DATA["rules"].items():
        for i, item in enumerate(sets["flagged" if flagged else "clean"], start=1):
            table = {"note": item} if isinstance(item, str) else dict(item)
            notes = tuple(table.pop("notes", ())) or (table.pop("note"),)
            words = tuple(table.pop("words", ()))
            example = Example(code, flagged, notes, words=words, **table)
            out.append(pytest.param(example, id=f"{code}-{i}"))
    return out


def test_every_rule_has_flagged_and_clean_examples() -> None:
    rules = DATA["rules"]
    assert set(rules) == set(CODES), "rules.toml and the registry know different codes"
    for code in CODES:
        assert rules[code].get("flagged"), f"{code}: no note that raises it"
        assert rules[code].get("clean"), f"{code}: no note that must not raise it"


@pytest.mark.parametrize("example", examples(flagged=True))
def test_flagged_example(example: Example) -> None:
    found = example.findings()
    assert found, f"{example.code} not raised for {example.notes}"
    if example.span is None and example.suggestion is None:
        return
    (text,) = example.notes
    marked = [(text[f.start : f.end], f.suggestion) for f in found]
    assert any(
        (example.span is None or span == example.span)
        and (example.suggestion is None or suggestion == example.suggestion)
        for span, suggestion in marked
    ), marked


@pytest.mark.parametrize("example", examples(flagged=False))
def test_clean_example(example: Example) -> None:
    assert example.findings() == []


def test_codes_come_from_the_registry() -> None:
    registered = {c: r.severity for c, r in (*note_rules().items(), *panel_rules().items())}
    assert registered == CODES


def test_readme_lists_every_code_with_its_severity() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `([a-z-]+)` \| (error|warning|info) \|", readme, re.MULTILINE))
    assert table == CODES


def test_whole_note_rules_mark_no_span() -> None:
    text = "Dear Ms. Raman,\n\nWe met. TODO: the the topic.\n\n" + "More words here. " * 60
    panel = thanknote.load_interview(ROOT / "examples" / "panel.toml")
    found = check(text, panel)
    assert {f.code for f in found} >= {"title-mismatch", "placeholder", "too-long"}
    for finding in found:
        whole_note = note_rules()[finding.code].scope == "note"
        assert (finding.start == finding.end == 0) == whole_note, finding
