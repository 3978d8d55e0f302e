"""Rendering notes through Jinja templates: the built-in ones and the user's.

Every template renders in Jinja's sandbox with StrictUndefined, so a template
from someone else cannot run code or read files, and a misspelt variable is an
error naming it and the line, never a blank in a note.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from thanknote.errors import TemplateError, UnknownRecipientError
from thanknote.model import Interview, Interviewer, Note
from thanknote.names import (
    CardName,
    formal_address,
    formal_salutation,
    nfc,
    parse_card_name,
    warm_address,
    warm_salutation,
)
from thanknote.prose import (
    address_lines,
    article,
    clause,
    long_date,
    natural_list,
    possessive,
    short_date,
    tidy,
    with_article,
)
from thanknote.selection import Focus, plan_focus, relatedness

__all__ = ["TEMPLATE_SUFFIXES", "builtin_templates", "draft", "render"]

TEMPLATE_SUFFIXES: Final = (".j2", ".jinja", ".jinja2", ".txt")
_SUBJECT_PREFIX: Final = "Subject:"
# How related an accomplishment must be to the topic for a note to join them
# ("...which reminded me of when I..."): a tag, or a third of the topic's words.
FITS: Final = 0.34


@dataclass(frozen=True, slots=True, kw_only=True)
class Recipient:
    """What a template knows about the person a note is for."""

    name: str  # exactly as on the business card
    title: str | None
    email: str | None
    phone: str | None
    address: str | None
    honorific: str
    given_name: str
    family_name: str
    formal_address: str  # "Dr. Raman", or the full name without an honorific
    warm_address: str  # nickname or given name
    formal_salutation: str  # "Dear Dr. Raman,"
    warm_salutation: str  # "Dear Priya,"
    topics: tuple[str, ...]


def recipient_view(person: Interviewer, topics: tuple[str, ...] = ()) -> Recipient:
    """Describe an interviewer for templates, salutations included."""
    card: CardName = parse_card_name(
        person.name, family_first=person.family_first, nickname=person.nickname
    )
    formal, warm = formal_salutation(card), warm_salutation(card)
    if person.salutation:  # the user's own words win
        formal = warm = _as_salutation(person.salutation)
    return Recipient(
        name=person.name,
        title=person.title,
        email=person.email,
        phone=person.phone,
        address=person.address,
        honorific=card.honorific,
        given_name=card.given,
        family_name=card.family,
        formal_address=formal_address(card),
        warm_address=warm_address(card),
        formal_salutation=formal,
        warm_salutation=warm,
        topics=topics or person.topics,
    )


def _as_salutation(text: str) -> str:
    text = text.strip()
    return text if text.endswith((",", ":", "!")) else f"{text},"


def builtin_templates() -> dict[str, str]:
    """The built-in templates' names, each with its one-line description."""
    out: dict[str, str] = {}
    for path in sorted(_builtin_dir().glob("*.j2")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        description = first[2:-2].strip() if first.startswith("{#") and first.endswith("#}") else ""
        out[path.stem] = description
    return out


def draft(interview: Interview, template: str | Path = "card") -> list[Note]:
    """Render one note per interviewer, in the order of their cards.

    Args:
        interview: the interview, e.g. from `load_interview`.
        template: a built-in template name ("card", "email", "letter") or the
            path of a Jinja template file of your own.

    Raises:
        TemplateError: the template is unknown, invalid, or uses a variable
            that does not exist.
    """
    compiled, name = _template(template)
    focus = plan_focus(interview)
    return [
        _render_one(compiled, name, interview, index, focus[index])
        for index in range(len(interview.interviewers))
    ]


def render(
    interview: Interview, recipient: Interviewer | str, template: str | Path = "card"
) -> Note:
    """Render the note for one interviewer (given as an `Interviewer` or card name).

    Raises:
        UnknownRecipientError: (a KeyError) the recipient is not on the panel.
        TemplateError: as for `draft`.
    """
    name = nfc(recipient) if isinstance(recipient, str) else recipient.name
    indexes = [i for i, p in enumerate(interview.interviewers) if p.name == name]
    if isinstance(recipient, Interviewer):
        indexes = [i for i in indexes if interview.interviewers[i] == recipient] or indexes
    if not indexes:
        raise UnknownRecipientError(name, [p.name for p in interview.interviewers])
    compiled, template_name = _template(template)
    return _render_one(
        compiled, template_name, interview, indexes[0], plan_focus(interview)[indexes[0]]
    )


def _context(interview: Interview, index: int, focus: Focus) -> dict[str, Any]:
    person = interview.interviewers[index]
    accomplishment = focus.accomplishment
    decision = interview.next_steps.decision_by
    return {
        "candidate": interview.candidate,
        "company": interview.company,
        "position": interview.position,
        "date": interview.date,
        "weekday": f"{interview.date:%A}",
        "today": max(dt.date.today(), interview.date),
        "recipient": recipient_view(person, focus.topics),
        "recipient_address": "\n".join(address_lines(person.address, company=interview.company))
        or None,
        "topic": focus.topic,
        "topics": list(focus.topics),
        "other_topics": [t for t in focus.topics if t != focus.topic],
        "accomplishment": clause(accomplishment.text) if accomplishment else None,
        "accomplishment_fits": bool(
            accomplishment and relatedness(accomplishment, focus.topic) >= FITS
        ),
        "accomplishments": [clause(a.text) for a in interview.accomplishments],
        "panel": [p.name for i, p in enumerate(interview.interviewers) if i != index],
        "panel_size": len(interview.interviewers),
        "decision_by": decision,
        "next_steps": interview.next_steps,
        "variant": index,
    }


def _render_one(
    compiled: jinja2.Template, name: str, interview: Interview, index: int, focus: Focus
) -> Note:
    try:
        text = compiled.render(_context(interview, index, focus))
    except jinja2.TemplateError as exc:
        raise _template_error(compiled.filename, name, exc, sys.exc_info()[2]) from None
    except (ArithmeticError, LookupError, TypeError, ValueError, MemoryError) as exc:
        # Python errors inside an expression, e.g. {{ 1 / 0 }} or {{ '%d' % 'x' }}.
        error = TemplateError(name, f"{type(exc).__name__}: {exc}")
        raise _with_line(error, compiled.filename, sys.exc_info()[2]) from None
    subject = None
    first, _, rest = text.lstrip("\n").partition("\n")
    if first.startswith(_SUBJECT_PREFIX):
        subject = " ".join(first[len(_SUBJECT_PREFIX) :].split())
        text = rest
    return Note(
        recipient=interview.interviewers[index],
        text=tidy(text),
        template=name,
        subject=subject,
        interview=interview,
    )


def _template(template: str | Path) -> tuple[jinja2.Template, str]:
    """Find and compile a built-in template by name, or a user's by path."""
    spec = str(template)
    is_path = isinstance(template, Path) or "/" in spec or spec.endswith(TEMPLATE_SUFFIXES)
    if is_path:
        path = Path(spec).expanduser()
        if not path.is_file():
            raise TemplateError(spec, "no such template file")
        env, name = _environment(str(path.resolve().parent)), path.name
    else:
        names = builtin_templates()
        if spec not in names:
            raise TemplateError(spec, f"no such template; choose from: {', '.join(names)}")
        env, name = _environment(None), f"{spec}.j2"
    try:
        return env.get_template(name), spec
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(spec, f"invalid template: {exc.message}", line=exc.lineno) from None
    except UnicodeDecodeError:
        raise TemplateError(spec, "not UTF-8 text") from None


def _with_line(
    error: TemplateError, filename: str | None, tb: TracebackType | None
) -> TemplateError:
    line = _template_line(filename, tb)
    if line is None:
        return error
    return TemplateError(error.template, str(error).split(": ", 1)[1], line=line)


def _template_line(filename: str | None, tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:  # Jinja rewrites frames to point at template lines
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _template_error(
    filename: str | None, name: str, exc: jinja2.TemplateError, tb: TracebackType | None
) -> TemplateError:
    line = _template_line(filename, tb)
    message = exc.message or type(exc).__name__
    if isinstance(exc, jinja2.UndefinedError):
        # "'thanknote.rendering.Recipient object' has no attribute 'nme'" -> "recipient has..."
        message = re.sub(r"'(?:[\w.]+\.)?(\w+) object'", lambda m: m.group(1).lower(), message)
        message = f"undefined variable: {message}"
    elif isinstance(exc, SecurityError):
        message = f"not allowed in a template: {message}"
    return TemplateError(name, message, line=line)


def _builtin_dir() -> Path:
    """Where the built-in templates are: in the package, or the repository root."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise TemplateError("card", f"built-in templates not found beside {here}; reinstall thanknote")


@cache
def _environment(user_dir: str | None) -> SandboxedEnvironment:
    dirs = [user_dir] if user_dir else []
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([*dirs, str(_builtin_dir())]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    filters: Mapping[str, Any] = {
        "natural_list": natural_list,
        "possessive": possessive,
        "article": article,
        "with_article": with_article,
        "long_date": long_date,
        "short_date": short_date,
    }
    env.filters.update(filters)
    return env
