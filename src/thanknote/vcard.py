"""Business cards in: interviewers read from vCard files (2.1, 3.0 and 4.0).

This module only reads cards; `thanknote.editing` adds them to an interview
file and `thanknote.starter` starts a new file from them.

vobject reads the files: it unfolds lines, joins quoted-printable soft line
breaks (``=`` at a line's end, even inside a UTF-8 sequence), decodes
quoted-printable with the line's CHARSET, parses parameters and groups
(``item1.EMAIL``), and reports the line of a malformed one. We ask it not to
turn values into Python objects (``transform=False``) and unescape them here,
because its text decoding treats an unescaped comma in a single-valued
property as a list separator and keeps only the first item: the 4.0 line
``TITLE:Product Manager, Fleet Analytics`` came back as "Product Manager".
Many exporters leave commas unescaped, and a title or a name must come out
exactly as printed on the card.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, NamedTuple

from thanknote import patterns as rx
from thanknote.errors import ThanknoteError
from thanknote.files import read_input
from thanknote.model import Interviewer, NameParts
from thanknote.names import nfc

__all__ = ["BusinessCard", "CardFileError", "interviewers_from_vcard", "read_cards"]

_UNESCAPES: Final = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}


class CardFileError(ThanknoteError):
    """A vCard file cannot be read, or a card in it is malformed."""

    def __init__(self, path: Path | str, message: str, *, line: int | None = None) -> None:
        self.path, self.line = Path(path), line
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True, kw_only=True)
class BusinessCard:
    """One card read from a vCard file."""

    interviewer: Interviewer
    organization: str | None = None  # the first part of ORG: the company's name
    line: int  # where the card begins in its file


def interviewers_from_vcard(path: str | Path) -> list[Interviewer]:
    """Read every card in a vCard file as an interviewer, in file order.

    Each interviewer has the name as printed (FN, or built from N when the
    card has no FN), the title, an e-mail address, a phone number and a
    multi-line postal address, where the card has them.

    Raises:
        CardFileError: the file cannot be read, holds no card, or a card is
            malformed; the message names the file and the line.
    """
    return [card.interviewer for card in read_cards(path)]


def read_cards(path: str | Path) -> list[BusinessCard]:
    """Read every card in a vCard file, with its company and line number.

    Raises:
        CardFileError: as for `interviewers_from_vcard`.
    """
    from vobject.base import VObjectError  # imported here: only card commands need it

    path = Path(path)
    source = _read_text(path)
    cards: list[BusinessCard] = []
    try:
        for component in _components(source):
            cards.append(_card(path, component.properties, component.line))
    except VObjectError as exc:
        number = getattr(exc, "lineNumber", None)
        raise CardFileError(path, _parse_message(exc), line=_line(number)) from None
    except _QuotedPrintableError as exc:
        raise CardFileError(path, exc.message, line=exc.line) from None
    if not cards:
        raise CardFileError(path, "holds no card (no BEGIN:VCARD line); is it a .vcf export?")
    return cards


_Properties = dict[str, list[Any]]  # lower-case property name -> vobject ContentLines


class _QuotedPrintableError(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message, self.line = message, line


class _Component(NamedTuple):
    """One top-level vCard, as vobject's lexer reads it."""

    line: int  # of BEGIN:VCARD
    properties: _Properties


def _components(source: str) -> Iterable[_Component]:
    """Yield each top-level vCard with its first line.

    vobject's lexer unfolds lines, joins quoted-printable soft line breaks and
    decodes quoted-printable values; BEGIN/END are tracked here.
    """
    from vobject.base import ParseError, getLogicalLines, textLineToContentLine

    depth, begin, properties = 0, 0, _Properties()
    number = 1
    for text, number in getLogicalLines(io.StringIO(source), allowQP=True):
        number = _line(number) or 1
        try:
            line = textLineToContentLine(text, number)
        except (UnicodeDecodeError, LookupError) as exc:  # quoted-printable, bad CHARSET
            reason = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
            message = f"cannot decode quoted-printable text: {reason}"
            raise _QuotedPrintableError(message, number) from None
        name = line.name.upper()
        value = str(line.value).strip().upper() if isinstance(line.value, str) else ""
        if name == "BEGIN":
            if depth == 0:
                if value != "VCARD":
                    raise ParseError(f"{value} is not a vCard (expected BEGIN:VCARD)", number)
                begin, properties = number, _Properties()
            depth += 1
        elif name == "END":
            if depth == 0:
                raise ParseError("END:VCARD without a BEGIN:VCARD before it", number)
            depth -= 1
            if depth == 0:
                yield _Component(begin, properties)
        elif depth == 0:
            raise ParseError(f"{text.strip()!r} is outside any card (before BEGIN:VCARD)", number)
        elif depth == 1:  # lines of nested cards (AGENT) are not this person's
            properties.setdefault(line.name.lower(), []).append(line)
    if depth:
        raise ParseError("card is not closed; add END:VCARD after its last line", number)


def _line(number: int | None) -> int | None:
    # vobject numbers the first line 0 when it handles quoted-printable.
    return max(number, 1) if number is not None else None


def _read_text(path: Path) -> str:
    raw = read_input(path, lambda message: CardFileError(path, message), what="a vCard file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CardFileError(
            path,
            f"not UTF-8 text (byte {raw[exc.start]:#04x}); "
            "export the cards again as vCard 3.0 or 4.0",
            line=line,
        ) from None


def _parse_message(exc: Exception) -> str:
    message = str(getattr(exc, "msg", exc))
    bad = rx.match(r"Failed to parse line: (.*)", message, re.DOTALL)
    if bad:
        return f"not a vCard line: {bad.group(1)!r} (expected NAME:value)"
    return message


def _card(path: Path, component: _Properties, line: int) -> BusinessCard:
    version = _raw(component, "version") or "3.0"
    fn = _text(_raw(component, "fn"), version)
    n = _structured(_raw(component, "n"), version, lists=True)
    family, given, additional, prefix, suffix = _padded(n, 5)
    name = fn or _printed_name(prefix, given, additional, family, suffix)
    if not name:
        raise CardFileError(path, "card has no name (no FN or N line); add FN:Full Name", line=line)
    organization = _structured(_raw(component, "org"), version)
    interviewer = Interviewer(
        name=name,
        title=_text(_raw(component, "title"), version),
        email=_value_without(_text(_raw(component, "email", prefer=True), version), "mailto:"),
        phone=_value_without(_text(_raw(component, "tel", prefer=True), version), "tel:"),
        address=_address(component, version),
        nickname=_first_item(_text(_raw(component, "nickname"), version)),
        family_first=_family_first(name, family, given),
        name_parts=NameParts(
            family=family, given=given, additional=additional, prefix=prefix, suffix=suffix
        )
        if family or given
        else None,
    )
    return BusinessCard(
        interviewer=interviewer,
        organization=organization[0] if organization and organization[0] else None,
        line=line,
    )


def _lines(component: _Properties, name: str) -> list[Any]:
    return list(component.get(name, []))


def _raw(component: _Properties, name: str, *, prefer: bool = False) -> str | None:
    """The raw value of a property; with `prefer`, the preferred (then work) one."""
    lines = _lines(component, name)
    if prefer:
        lines.sort(key=_rank)
    for line in lines:
        if isinstance(line.value, str) and line.value.strip():
            return str(line.value)
    return None


def _rank(line: Any) -> int:
    """Sort key: preferred lines first, then work ones, then the rest in order."""
    types = {t.lower() for t in _types(line)}
    pref = "pref" in types or any(p.strip() == "1" for p in line.params.get("PREF", []))
    return 0 if pref else 1 if "work" in types else 2


def _types(line: Any) -> Iterable[str]:
    for value in line.params.get("TYPE", []):
        yield from str(value).split(",")  # 4.0 writes TYPE="work,voice"
    yield from line.singletonparams  # 2.1 writes TEL;WORK;PREF:...


def _unescape(value: str, version: str) -> str:
    if version.startswith("2"):  # 2.1 escapes only ";" (and uses QP for line breaks)
        return value.replace("\\;", ";")
    return rx.sub(r"\\(.)", lambda m: _UNESCAPES.get(m.group(1), m.group(0)), value)


def _text(value: str | None, version: str) -> str | None:
    if value is None:
        return None
    text = _clean(_unescape(value, version))
    return text or None


def _clean(text: str) -> str:
    """NFC, line breaks normalised, each line stripped, blank lines dropped."""
    lines = [" ".join(line.split()) for line in nfc(text).replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def _split(value: str, separator: str) -> list[str]:
    """Split on separators that are not backslash-escaped; keep the escapes."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _structured(value: str | None, version: str, *, lists: bool = False) -> list[str]:
    """The components of N, ADR or ORG, unescaped.

    With `lists` (for N), a comma list in a component ("James,Paul" as
    additional names) becomes one phrase; elsewhere a comma is kept as
    printed, since exporters often leave "400 Harbor Way, Suite 12" unescaped.
    """
    if value is None:
        return []
    if not lists or version.startswith("2"):  # 2.1 has no comma lists
        return [_clean(_unescape(part, version)) for part in _split(value, ";")]
    return [
        _clean(" ".join(_unescape(item, version).strip() for item in _split(part, ",")))
        for part in _split(value, ";")
    ]


def _padded(components: Sequence[str], count: int) -> list[str]:
    """Exactly `count` components: the missing ones empty, any extra ones dropped."""
    return [*components[:count], *[""] * (count - len(components))]


def _printed_name(prefix: str, given: str, additional: str, family: str, suffix: str) -> str:
    """The name in printed order: prefix, given, additional, family, then ", suffix"."""
    printed = " ".join(p for p in (prefix, given, additional, family) if p)
    if suffix:
        printed = f"{printed}, {suffix}" if printed else suffix
    return printed


def _family_first(name: str, family: str, given: str) -> bool:
    """Whether the printed name puts the family name first ("Nguyen Thi Lan")."""
    if not family or not given or family == given:
        return False
    return name.startswith(f"{family} ") and name.endswith(given)


def _address(component: _Properties, version: str) -> str | None:
    """The postal address as printed: LABEL when the card has one, else from ADR."""
    lines = sorted(_lines(component, "adr"), key=_rank)
    for line in lines:
        label = line.params.get("LABEL")
        if label:  # 4.0 puts the printed label in a parameter
            return _text(str(label[0]), version)
    labels = sorted(_lines(component, "label"), key=_rank)  # 2.1 and 3.0: a LABEL property
    if labels and isinstance(labels[0].value, str):
        text = _text(labels[0].value, version)
        if text:
            return text
    for line in lines:
        adr = _structured(str(line.value), version)
        box, extended, street, locality, region, code, country = _padded(adr, 7)
        region_code = " ".join(p for p in (region, code) if p)
        city = ", ".join(p for p in (locality, region_code) if p)
        printed = [f"PO Box {box}" if box[:1].isdigit() else box, street, extended, city, country]
        text = "\n".join(p for p in printed if p)
        if text:
            return text
    return None


def _value_without(value: str | None, scheme: str) -> str | None:
    """Drop a URI scheme 4.0 cards put before values ("tel:+1-206-555-0102")."""
    if value is not None and value.lower().startswith(scheme):
        value = value[len(scheme) :].strip() or None
    return value


def _first_item(value: str | None) -> str | None:
    """NICKNAME may list several; the first is the one they go by."""
    if value is None:
        return None
    first = value.split(",")[0].strip()
    return first or None
