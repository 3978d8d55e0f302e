"""Small helpers that make generated sentences read as a person wrote them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

# Words starting with a vowel letter but a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(
    r"^(uni(?![mn])|use|usu|uti|ure|eu|ewe|one\b|once\b|ubiq|uk\b|uganda)", re.I
)
_VOWEL_SOUND = re.compile(r"^(hour|honest|honou?r|heir|herb\b|mba\b)", re.I)
# Letters whose spoken name starts with a vowel sound ("an SQL", "an ML role").
_VOWEL_NAMED_LETTERS = frozenset("AEFHILMNORSX")


_PAST_VERBS = frozenset(
    """built led ran wrote cut grew drove took made won taught set brought began found kept
    leant learnt learned spent sold shipped shot bought fought held lent met paid put read rode
    rose saw sent sought spoke stood struck swept threw told thought understood wove""".split()
)


def natural_list(items: Iterable[str], conjunction: str = "and") -> str:
    """Join items as people write them: "A", "A and B", "A, B and C"."""
    words = [item for item in items if item]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def possessive(name: str) -> str:
    """Return "Priya's" or "James's", keeping the name's own apostrophe style."""
    if not name:
        return name
    apostrophe = "’" if "’" in name else "'"
    return f"{name}{apostrophe}s"


def article(phrase: str) -> str:
    """Return "a" or "an" for the phrase that follows it."""
    word = phrase.strip().split(" ", 1)[0].strip("\"'“‘(")
    if not word:
        return "a"
    letters = word.replace(".", "")
    if re.match(r"^[A-Z](?:-|$)", word):  # "X-ray", "A"
        letters = word[0] * 2
    if len(letters) > 1 and letters.isupper():  # an acronym, read letter by letter
        return "an" if letters[0] in _VOWEL_NAMED_LETTERS else "a"
    if _VOWEL_SOUND.match(word):
        return "an"
    if _CONSONANT_SOUND.match(word):
        return "a"
    if word[0].isdigit():
        return "an" if re.match(r"^(8|11|18)(\D|$)|^8\d", word) else "a"
    return "an" if word[0].lower() in "aeiou" else "a"


def with_article(phrase: str) -> str:
    """Return the phrase preceded by "a" or "an"."""
    return f"{article(phrase)} {phrase}"


def long_date(day: dt.date) -> str:
    """Return e.g. "November 24, 2026"."""
    return f"{day:%B} {day.day}, {day.year}"


def short_date(day: dt.date) -> str:
    """Return e.g. "November 24", for dates mentioned within a sentence."""
    return f"{day:%B} {day.day}"


def clause(accomplishment: str) -> str:
    """Turn an accomplishment into a clause that completes "... when I ...".

    "I led the move to Kafka." becomes "led the move to Kafka"; other text is
    kept as written.
    """
    text = accomplishment.strip().rstrip(".")
    if re.match(r"^I\s", text):
        text = text[2:].lstrip()
    first, _, rest = text.partition(" ")
    # "Led the move..." reads "when I led the move..."; "Kafka ..." keeps its capital.
    if first[1:].islower() and (first.lower().endswith("ed") or first.lower() in _PAST_VERBS):
        text = f"{first.lower()} {rest}".strip()
    return text


def tidy(text: str) -> str:
    """Remove what templates leave behind: doubled spaces, stray blank lines.

    Lines keep their order and words; only spacing changes.
    """
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"[ \t]{2,}", " ", line.strip())
        line = re.sub(r"\s+([,.;:!?])(?=\s|$)", r"\1", line)
        lines.append(line)
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip() + "\n"
