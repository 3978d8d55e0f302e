"""Business cards in: interviewers from vCard files (2.1, 3.0 and 4.0).

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

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from thanknote.errors import ThanknoteError
from thanknote.files import read_input
from thanknote.model import Interviewer
from thanknote.names import nfc

__all__ = [
    "BusinessCard",
    "CardFileError",
    "CardsAdded",
    "StarterFile",
    "add_to_interview_file",
    "interviewer_toml",
    "interviewers_from_vcard",
    "read_cards",
    "starter_from_cards",
    "toml_string",
]

# N: family; given; additional; prefix; suffix. ADR: box; extended; street;
# locality; region; code; country.
_N_FAMILY, _N_GIVEN, _N_ADDITIONAL, _N_PREFIX, _N_SUFFIX = range(5)
_ADR_BOX, _ADR_EXTENDED, _ADR_STREET, _ADR_LOCALITY, _ADR_REGION, _ADR_CODE, _ADR_COUNTRY = range(7)
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
        for begin, properties in _components(source):
            cards.append(_card(path, properties, begin))
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


def _components(source: str) -> Iterable[tuple[int, _Properties]]:
    """Yield each top-level vCard's first line and its properties.

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
                yield begin, properties
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
    bad = re.match(r"Failed to parse line: (.*)", message, re.DOTALL)
    if bad:
        return f"not a vCard line: {bad.group(1)!r} (expected NAME:value)"
    return message


def _card(path: Path, component: _Properties, line: int) -> BusinessCard:
    version = _raw(component, "version") or "3.0"
    fn = _text(_raw(component, "fn"), version)
    n_parts = _structured(_raw(component, "n"), version, lists=True)
    name = fn or _name_from_n(n_parts)
    if not name:
        raise CardFileError(path, "card has no name (no FN or N line); add FN:Full Name", line=line)
    family = n_parts[_N_FAMILY] if len(n_parts) > _N_FAMILY else ""
    given = n_parts[_N_GIVEN] if len(n_parts) > _N_GIVEN else ""
    organization = _structured(_raw(component, "org"), version)
    interviewer = Interviewer(
        name=name,
        title=_text(_raw(component, "title"), version),
        email=_value_without(_text(_raw(component, "email", prefer=True), version), "mailto:"),
        phone=_value_without(_text(_raw(component, "tel", prefer=True), version), "tel:"),
        address=_address(component, version),
        nickname=_first_item(_text(_raw(component, "nickname"), version)),
        family_first=_family_first(name, family, given),
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
    return re.sub(r"\\(.)", lambda m: _UNESCAPES.get(m.group(1), m.group(0)), value)


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


def _name_from_n(parts: Sequence[str]) -> str:
    """The name in printed order: prefix, given, additional, family, then ", suffix"."""
    padded = [*parts, "", "", "", "", ""]
    printed = " ".join(
        p for p in (padded[_N_PREFIX], padded[_N_GIVEN], padded[_N_ADDITIONAL], padded[_N_FAMILY])
        if p
    )  # fmt: skip
    suffix = padded[_N_SUFFIX]
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
        parts = [*_structured(str(line.value), version), "", "", "", "", "", "", ""]
        region_code = " ".join(p for p in (parts[_ADR_REGION], parts[_ADR_CODE]) if p)
        city = ", ".join(p for p in (parts[_ADR_LOCALITY], region_code) if p)
        box = parts[_ADR_BOX]
        printed = [
            f"PO Box {box}" if box[:1].isdigit() else box,
            parts[_ADR_STREET],
            parts[_ADR_EXTENDED],
            city,
            parts[_ADR_COUNTRY],
        ]
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


def normalised_name(name: str) -> str:
    """A key for "is this person already there": NFC, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


# --- Writing cards into interview files --------------------------------------

_HEADER = re.compile(r"^[ \t]*\[")
_INTERVIEWERS_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*interviewers[ \t]*\]\][ \t]*(#.*)?$")
_TOML_ESCAPES: Final = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\f": "\\f",
    "\r": "\\r",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class CardsAdded:
    """What `add_to_interview_file` did: names added and names already there."""

    added: tuple[str, ...]
    skipped: tuple[str, ...]


def toml_string(text: str) -> str:
    """Write text as a TOML string: a basic string, or a multi-line one for an address.

    Quotes, backslashes and control characters are escaped, so the value reads
    back unchanged.
    """

    def escape(char: str, *, multiline: bool) -> str:
        if char == "\n":
            return "\n" if multiline else "\\n"
        if char in _TOML_ESCAPES:
            return _TOML_ESCAPES[char]
        if unicodedata.category(char) == "Cc":
            return f"\\u{ord(char):04X}"
        return char

    if "\n" in text:
        # The newline after the opening quotes is not part of the value.
        body = "".join(escape(c, multiline=True) for c in text)
        return f'"""\n{body}"""'
    return '"' + "".join(escape(c, multiline=False) for c in text) + '"'


def interviewer_toml(person: Interviewer) -> str:
    """One `[[interviewers]]` table for a card, as TOML text ending in a newline."""
    lines = ["[[interviewers]]", f"name = {toml_string(person.name)}"]
    for key in ("title", "email", "phone", "nickname", "address"):
        value = getattr(person, key)
        if value:
            lines.append(f"{key} = {toml_string(value)}")
    if person.family_first:
        lines.append("family_first = true  # the card writes the family name first")
    return "\n".join(lines) + "\n"


def add_to_interview_file(path: str | Path, people: Sequence[Interviewer]) -> CardsAdded:
    """Add interviewers to an interview file as `[[interviewers]]` tables.

    The file's other content and comments stay as they are: the tables are
    inserted as text after the last `[[interviewers]]` table (or at the end),
    the result is checked by reading it back, and the new file is renamed
    into place. A person whose name is already in the file is skipped.

    Raises:
        InterviewFileError: the file does not exist or is not valid TOML.
        OutputError: the file cannot be written.
    """
    from thanknote.errors import InterviewFileError
    from thanknote.files import write_atomic
    from thanknote.interviews import interview_from_dict

    path = Path(path)
    if path.suffix.lower() == ".json":
        raise InterviewFileError(path, "cards can be added to .toml files only")
    if not path.is_file():
        raise InterviewFileError(
            path, f"no such file; start one from the cards: thanknote init {path} --cards CARD.vcf"
        )
    text = path.read_bytes().decode("utf-8-sig", errors="strict")
    before = _toml(path, text)
    existing = before.get("interviewers", [])
    if not isinstance(existing, list):
        raise InterviewFileError(path, "must be [[interviewers]] tables", field="interviewers")
    known = {normalised_name(str(p.get("name", ""))) for p in existing if isinstance(p, dict)}
    added: list[Interviewer] = []
    skipped: list[str] = []
    for person in people:
        key = normalised_name(person.name)
        if key in known:
            skipped.append(person.name)
        else:
            known.add(key)
            added.append(person)
    if not added:
        return CardsAdded(added=(), skipped=tuple(skipped))
    block = "\n".join(interviewer_toml(person) for person in added)
    expected = {**before, "interviewers": [*existing, *(_as_dict(p) for p in added)]}
    new_text = _insert_interviewers(text, block, expected)
    if new_text is None:
        raise InterviewFileError(
            path,
            "cannot add [[interviewers]] tables here (is 'interviewers' an inline array?); "
            "write each interviewer as an [[interviewers]] table",
            field="interviewers",
        )
    try:
        interview_from_dict(before, source=path)
    except InterviewFileError:
        pass  # a file still being filled in: adding cards is still useful
    else:  # it was valid before, so it must be valid after
        interview_from_dict(_toml(path, new_text), source=path)
    write_atomic(path, new_text, force=True)
    return CardsAdded(added=tuple(p.name for p in added), skipped=tuple(skipped))


def _toml(path: Path, text: str) -> dict[str, Any]:
    import tomllib

    from thanknote.errors import InterviewFileError

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InterviewFileError(path, f"invalid TOML: {exc}") from None


def _as_dict(person: Interviewer) -> dict[str, Any]:
    data: dict[str, Any] = {"name": person.name}
    for key in ("title", "email", "phone", "nickname", "address"):
        value = getattr(person, key)
        if value:
            data[key] = value
    if person.family_first:
        data["family_first"] = True
    return data


def _insert_interviewers(text: str, block: str, expected: dict[str, Any]) -> str | None:
    """Insert the tables after the last [[interviewers]] table, else at the end.

    Header-like lines may sit inside multi-line strings, so each candidate
    place is checked by parsing the result and comparing it with what it
    must hold; the first that reads back right wins.
    """
    import tomllib

    lines = text.splitlines(keepends=True)
    candidates: list[int] = []
    last = max((i for i, line in enumerate(lines) if _INTERVIEWERS_HEADER.match(line)), default=-1)
    if last >= 0:
        following = next(
            (i for i in range(last + 1, len(lines)) if _HEADER.match(lines[i])), len(lines)
        )
        candidates.append(_before_attached_comments(lines, following))
    candidates.append(len(lines))
    for at in candidates:
        head = "".join(lines[:at])
        tail = "".join(lines[at:])
        if head and not head.endswith("\n"):
            head += "\n"
        new_text = head + ("\n" if head.strip() else "") + block + ("\n" + tail if tail else "")
        try:
            if tomllib.loads(new_text) == expected:
                return new_text
        except tomllib.TOMLDecodeError:
            continue
    return None


def _before_attached_comments(lines: list[str], header: int) -> int:
    """The place before the comment lines that introduce a table header, and blank lines."""
    at = header
    while at > 0 and lines[at - 1].lstrip().startswith("#"):
        at -= 1
    if at == header or (at > 0 and not lines[at - 1].strip()):
        while at > 0 and not lines[at - 1].strip():
            at -= 1
    else:  # comments run straight on from the table above: they belong to it
        at = header
        while at > 0 and not lines[at - 1].strip():
            at -= 1
    return at


@dataclass(frozen=True, slots=True, kw_only=True)
class StarterFile:
    """A new interview file's text, started from business cards."""

    text: str
    added: tuple[str, ...]
    skipped: tuple[str, ...]  # the same name on more than one card
    company: str | None  # from the cards' ORG, when they name one


def starter_from_cards(cards: Sequence[BusinessCard], today: dt.date) -> StarterFile:
    """The commented starter file with the cards' people as its interviewers.

    What the cards tell (the people, the company) is filled in; the interview
    date is `today`, marked to change. What only the user knows (the position,
    their own name) is left empty and marked "fill in", and the starter's
    example topics and accomplishments are emptied: `load_interview` names
    each empty field until it is filled, rather than a note going out with a
    made-up job title or someone else's achievements.
    """
    import tomllib
    from importlib.resources import files

    starter = files("thanknote").joinpath("starter.toml").read_text(encoding="utf-8")
    people: list[Interviewer] = []
    seen: set[str] = set()
    skipped: list[str] = []
    for card in cards:
        key = normalised_name(card.interviewer.name)
        if key in seen:
            skipped.append(card.interviewer.name)
        else:
            seen.add(key)
            people.append(card.interviewer)
    if not people:
        raise ValueError("starter_from_cards needs a card or more")
    organizations = [card.organization for card in cards if card.organization]
    company = max(organizations, key=organizations.count) if organizations else None
    edits = {
        ("", "company"): (
            (toml_string(company), "from the business cards; as the company writes its own name")
            if company
            else ('""', "fill in: as the company writes its own name")
        ),
        ("", "position"): ('""', "fill in: the job title you interviewed for"),
        ("", "date"): (today.isoformat(), "today; change it if the interview was another day"),
        ("", "topics"): ("[]", None),
        ("", "accomplishments"): ("[]", None),
        ("candidate", "name"): ('""', "fill in: how you sign your notes"),
        ("candidate", "email"): (None, None),
    }
    text = _edit_starter(starter, edits, "".join(f"{interviewer_toml(p)}\n" for p in people))
    data = tomllib.loads(text)
    got = [Interviewer(**{"topics": (), **item}) for item in data.get("interviewers", [])]
    if (
        got != people
        or data.get("company") != (company or "")
        or data.get("position") != ""
        or data.get("accomplishments") != []
        or data.get("candidate", {}).get("name") != ""
    ):  # the packaged starter.toml changed shape: update _edit_starter
        raise RuntimeError("starter.toml does not have the expected keys to fill from cards")
    return StarterFile(
        text=text, added=tuple(p.name for p in people), skipped=tuple(skipped), company=company
    )


_KEY_LINE = re.compile(
    r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)(?P<eq>\s*=\s*)(?P<value>.*?)(?P<pad>\s*)(?P<comment>#.*)?$"
)
_TABLE_LINE = re.compile(r"^\[(?P<double>\[)?\s*(?P<name>[A-Za-z0-9_.-]+)\s*\]")


def _edit_starter(
    text: str, edits: dict[tuple[str, str], tuple[str | None, str | None]], interviewers: str
) -> str:
    """Set values in the starter, keeping its comments; put the cards in its example's place.

    An edit's value None comments the line out; a comment None keeps the
    line's own. A value opening a bracket that closes on a later line (a
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
        value, comment = edit
        if match.group("value").count("[") > match.group("value").count("]"):
            depth = match.group("value").count("[") - match.group("value").count("]")
            while depth > 0 and i + 1 < len(lines):
                i += 1
                depth += lines[i].count("[") - lines[i].count("]")
        if value is None:
            out.append(f"# {line}")
        else:
            new = f"{match.group('key')}{match.group('eq')}{value}"
            note = f"# {comment}" if comment else match.group("comment")
            if note:
                width = len(match.group("key") + match.group("eq") + match.group("value"))
                pad = len(match.group("pad") or " ") + width - len(new)
                new += " " * max(pad, 1) + note
            out.append(new)
        i += 1
    return "\n".join(out) + "\n"
