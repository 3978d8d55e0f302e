"""The starter interview file `thanknote init` writes, alone or filled from business cards."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from thanknote.editing import interviewer_toml, new_people, toml_string
from thanknote.model import Interviewer, NameParts
from thanknote.vcard import BusinessCard

__all__ = ["StarterFile", "starter_from_cards", "starter_text"]


@dataclass(frozen=True, slots=True, kw_only=True)
class StarterFile:
    """A new interview file's text, started from business cards."""

    text: str
    added: tuple[str, ...]
    skipped: tuple[str, ...]  # the same name on more than one card
    company: str | None  # from the cards' ORG, when they name one

    @property
    def to_fill(self) -> tuple[str, ...]:
        """What the user must fill in before drafting: the cards cannot tell."""
        return ("position", "your name") if self.company else ("position", "your name", "company")


POSITION: Final = "<job title you interviewed for>"
"""The starter's placeholder for the position; `load_interview` refuses it until filled in."""
COMPANY: Final = "<company as on the job ad>"
CANDIDATE_NAME: Final = "<your name as you sign your notes>"


def starter_text() -> str:
    """The commented starter interview file (`thanknote init`), to fill in.

    Every value is a placeholder in angle brackets ("<company as on the job
    ad>") that no one could take for a real one, and `load_interview` names
    each one left until it is filled in or its line deleted.
    """
    from importlib.resources import files

    return files("thanknote").joinpath("starter.toml").read_text(encoding="utf-8")


def _interviewer(item: dict[str, Any]) -> Interviewer:
    """An `[[interviewers]]` table read back as the card it came from."""
    parts = item.get("name_parts")
    return Interviewer(
        **{"topics": (), **item, "name_parts": NameParts(**parts) if parts else None}
    )


def starter_from_cards(cards: Sequence[BusinessCard], today: dt.date) -> StarterFile:
    """The commented starter file with the cards' people as its interviewers.

    What the cards tell (the people, the company) is filled in; the interview
    date is `today`, marked to change. What only the user knows (the position,
    their own name) keeps its placeholder and is marked "fill in", and the
    starter's topics and accomplishments are emptied: `load_interview` names
    each placeholder until it is filled, rather than a note going out with a
    made-up job title.
    """
    import tomllib

    people, skipped = new_people(card.interviewer for card in cards)
    if not people:
        raise ValueError("starter_from_cards needs a card or more")
    organizations = [card.organization for card in cards if card.organization]
    company = max(organizations, key=organizations.count) if organizations else None
    edits = {
        ("", "company"): (
            _Edit(
                toml_string(company), "from the business cards; as the company writes its own name"
            )
            if company
            else _Edit(toml_string(COMPANY), "fill in: as the company writes its own name")
        ),
        ("", "position"): _Edit(
            toml_string(POSITION), "fill in: the job title you interviewed for"
        ),
        ("", "date"): _Edit(today.isoformat(), "today; change it if the interview was another day"),
        ("", "topics"): _Edit("[]"),
        ("", "accomplishments"): _Edit("[]"),
        ("candidate", "name"): _Edit(
            toml_string(CANDIDATE_NAME), "fill in: how you sign your notes"
        ),
        ("candidate", "email"): _Edit(None),
    }
    interviewers = "".join(f"{interviewer_toml(p)}\n" for p in people)
    text = _edit_starter(starter_text(), edits, interviewers)
    data = tomllib.loads(text)
    got = [_interviewer(item) for item in data.get("interviewers", [])]
    if (
        got != people
        or data.get("company") != (company or COMPANY)
        or data.get("position") != POSITION
        or data.get("accomplishments") != []
        or data.get("candidate", {}).get("name") != CANDIDATE_NAME
    ):  # the packaged starter.toml changed shape: update _edit_starter
        raise RuntimeError("starter.toml does not have the expected keys to fill from cards")
    return StarterFile(
        text=text, added=tuple(p.name for p in people), skipped=tuple(skipped), company=company
    )


_KEY_LINE = re.compile(
    r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)(?P<eq>\s*=\s*)(?P<value>.*?)(?P<pad>\s*)(?P<comment>#.*)?$"
)
_TABLE_LINE = re.compile(r"^\[(?P<double>\[)?\s*(?P<name>[A-Za-z0-9_.-]+)\s*\]")


class _Edit(NamedTuple):
    """A new value for a key of the starter, and the comment to put after it."""

    value: str | None  # None comments the line out
    comment: str | None = None  # None keeps the line's own


def _edit_starter(text: str, edits: dict[tuple[str, str], _Edit], interviewers: str) -> str:
    """Set values in the starter, keeping its comments; put the cards in its example's place.

    A value opening a bracket that closes on a later line (a
    multi-line array) replaces those lines too. The example interviewer's
    key lines give way to the cards' tables; the comments after them stay.
    """
    out: list[str] = []
    table = ""
    lines = text.splitlines()
    i = 0
    replaced_example = False
    while i < len(lines):
        line = lines[i]
        header = _TABLE_LINE.match(line)
        if header:
            table = header.group("name")
            if header.group("double") and table == "interviewers" and not replaced_example:
                i += 1
                while i < len(lines) and _KEY_LINE.match(lines[i]):
                    i += 1  # the example interviewer's keys
                out.append(interviewers.rstrip("\n") + "\n")  # a blank line before the hints
                replaced_example = True
                continue
            out.append(line)
            i += 1
            continue
        match = _KEY_LINE.match(line)
        edit = edits.get((table, match.group("key"))) if match else None
        if match is None or edit is None:
            out.append(line)
            i += 1
            continue
        if match.group("value").count("[") > match.group("value").count("]"):
            depth = match.group("value").count("[") - match.group("value").count("]")
            while depth > 0 and i + 1 < len(lines):
                i += 1
                depth += lines[i].count("[") - lines[i].count("]")
        if edit.value is None:
            out.append(f"# {line}")
        else:
            new = f"{match.group('key')}{match.group('eq')}{edit.value}"
            note = f"# {edit.comment}" if edit.comment else match.group("comment")
            if note:
                width = len(match.group("key") + match.group("eq") + match.group("value"))
                pad = len(match.group("pad") or " ") + width - len(new)
                new += " " * max(pad, 1) + note
            out.append(new)
        i += 1
    return "\n".join(out) + "\n"
