"""What a field of an interview may hold: characters, lengths, e-mail addresses.

The interview loader refuses, field by field, whatever a writer or a
terminal would trip on later, so that a batch fails before it writes
anything. Writers and the API use the same tests on values made in Python:
`text_problem`, `email_problem` and `MAX_NAME_LENGTH`. Each returns the
problem as a clause to follow the field's name ("holds U+FFFF, ..."), or
None when the value is fine.
"""

from __future__ import annotations

from typing import Final

from thanknote import patterns as rx
from thanknote.patterns import Lazy

__all__ = [
    "MAX_EMAIL_LENGTH",
    "MAX_NAME_LENGTH",
    "email_problem",
    "is_placeholder",
    "text_problem",
]

MAX_NAME_LENGTH: Final = 200
"""The longest name, company, position, title, salutation or phone number.

A Word document's title and author hold 255 characters ("Thank you – "
and the recipient's name make its title); no one's name is longer.
"""

MAX_EMAIL_LENGTH: Final = 254
"""The longest e-mail address mail servers accept (RFC 5321: 64 before the "@")."""

# Characters that XML 1.0 (a Word document) and the terminal cannot hold: C0 and
# C1 controls other than tab and line feed, lone surrogates (from a JSON escape
# such as "\ud800" without its other half), U+FFFE and U+FFFF, and the Unicode
# line and paragraph separators, which split a line where no one can see it.
# Compiled on first use (by `re`'s cache): most text never needs it.
_UNWRITABLE: Final = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]"


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """What stops `text` from being printed, written to a document or sent, if anything.

    Tab is allowed everywhere; line breaks only where `multiline`.
    """
    if text.isprintable():  # the usual case: nothing below can be in it
        return None
    if multiline and text.replace("\n", "").isprintable():  # lines of an address
        return None
    bad = rx.search(_UNWRITABLE, text)
    if bad is not None:
        char = bad.group()
        code = f"U+{ord(char):04X}"
        where = f" at character {bad.start() + 1}"
        if "\ud800" <= char <= "\udfff":
            return (
                f"holds {code}{where}, half of a surrogate pair (as from a JSON escape "
                f"such as '\\ud800' without its other half), which cannot be printed or saved"
            )
        if char in "\ufffe\uffff":
            return f"holds {code}{where}, which is not a character and cannot be printed or saved"
        if char in "\u2028\u2029":
            if not multiline:
                return f"must be one line, not {shown(text)} ({code} breaks the line)"
            return f"holds {code}{where}, a line break no one can see; write a new line instead"
        return f"holds a control character ({code}){where}, which cannot be printed or saved"
    if not multiline and ("\n" in text or "\r" in text):
        return f"must be one line, not {shown(text)}"
    return None


def is_placeholder(text: str) -> bool:
    """Whether `text` is a placeholder such as the starter's, "<company as on the job ad>".

    A placeholder says in words what to write, in angle brackets; a single
    word in brackets ("<Acme>") may be a name as written.
    """
    text = text.strip()
    return len(text) > 2 and text[0] == "<" and text[-1] == ">" and " " in text


# The common address, checked without the `email` package (which costs a tenth of
# `thanknote draft` to import): a dot-atom of ASCII letters, digits and the signs
# RFC 5322 allows, "@", and a domain name of letters, digits and inner hyphens
# whose last label is a top-level domain. Anything else is read by the `email`
# package itself. A test holds that every address this accepts, the package
# reads back unchanged.
_ATEXT: Final = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL: Final = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_TOP_LABEL: Final = r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})"
_PLAIN_EMAIL = Lazy(rf"{_ATEXT}(?:\.{_ATEXT})*@(?:{_LABEL}\.)+{_TOP_LABEL}")
_DOMAIN_LABEL = Lazy(_LABEL)
_TOP_DOMAIN = Lazy(_TOP_LABEL)


def email_problem(address: str) -> str | None:
    """What stops `address` from being an e-mail address mail can be sent to, if anything.

    The address is read as mail software reads it (the standard library's
    `email.headerregistry.Address`) and must read back unchanged: a comment
    in brackets ("bo(x)@acme.com" reads as "bo@acme.com") is refused, never
    dropped. It must be sendable as written: ASCII before the "@", and a
    domain name with a dot, in its ASCII form ("xn--acm-bma.com" for
    "acmé.com").
    """
    local, at, domain = address.rpartition("@")
    if (
        _PLAIN_EMAIL.fullmatch(address)
        and len(address) <= MAX_EMAIL_LENGTH
        and len(local) <= 64
        and not any(len(label) > 63 for label in domain.split("."))
    ):
        return None
    bad = f"not an e-mail address: {shown(address)}"
    if not at:
        return f"{bad} (no '@')"
    if not local:
        return f"{bad} (nothing before the '@')"
    if not domain:
        return f"{bad} (nothing after the '@')"
    if any(c.isspace() for c in address):  # a display name, or two addresses
        return f"{bad} (a space)"
    if domain.startswith("["):
        return f"{bad} (needs a domain name such as acme.com, not an IP address)"
    read = _read_address(address)
    if isinstance(read, _Unreadable):
        return f"{bad} ({read.reason})" if read.reason else bad
    if read != address:
        comment = "; brackets hold a comment" if "(" in address else ""
        return f"{bad} (mail software reads it as {shown(read)}{comment})"
    if not local.isascii():
        return (
            f"cannot be sent: {shown(address)} has letters before the '@' that are not "
            "ASCII, which most mail servers refuse"
        )
    return _domain_problem(address, domain, bad) or _length_problem(address, local, bad)


class _Unreadable:
    def __init__(self, reason: str) -> None:
        self.reason = reason


def _read_address(address: str) -> str | _Unreadable:
    """The address as the `email` package reads it, or why it cannot."""
    from email.errors import HeaderParseError, NonASCIILocalPartDefect
    from email.headerregistry import Address

    try:
        return Address(addr_spec=address).addr_spec
    except NonASCIILocalPartDefect:
        return address  # readable; refused below as unsendable
    except (ValueError, HeaderParseError):
        return _Unreadable(_syntax_reason(address))
    except Exception:  # the parser's own slips on some bad input: "0@[", "0@ [ "
        return _Unreadable(_syntax_reason(address))


def _syntax_reason(address: str) -> str:
    local, _, _ = address.rpartition("@")
    if local.startswith('"'):
        return ""
    if "@" in local:
        return "more than one '@'"
    if ".." in address:
        return "two dots in a row"
    if local.startswith(".") or local.endswith("."):
        return "a dot at the start or end of the part before the '@'"
    if any(c in local for c in '()<>[]:;,\\"'):
        return "a character not allowed before the '@'"
    return ""


def _domain_problem(address: str, domain: str, bad: str) -> str | None:
    if not domain.isascii():
        try:
            ascii_form = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return f"{bad} ({shown(domain)} is not a domain name)"
        return (
            f"cannot be sent: {shown(address)} has a domain that is not ASCII; "
            f"write it as mail servers do, {shown(ascii_form)}"
        )
    labels = domain.split(".")
    if len(labels) < 2:
        return f"{bad} (the domain {shown(domain)} has no dot: write the whole address)"
    if not all(_DOMAIN_LABEL.fullmatch(label) for label in labels) or not _TOP_DOMAIN.fullmatch(
        labels[-1]
    ):
        return f"{bad} ({shown(domain)} is not a domain name)"
    return None


def _length_problem(address: str, local: str, bad: str) -> str | None:
    if len(address) > MAX_EMAIL_LENGTH or len(local) > 64:
        return (
            f"{bad} (longer than an address can be: {MAX_EMAIL_LENGTH} characters, "
            "64 before the '@')"
        )
    return None


def shown(value: object, limit: int = 60) -> str:
    """`repr(value)` for a message, shortened to about `limit` characters."""
    try:
        text = repr(value)
    except ValueError:  # an integer too long to write out
        return "a number too long to show"
    return text if len(text) <= limit else f"{text[: limit - 4]}...{text[-1]}"
