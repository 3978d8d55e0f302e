"""`missing-interest`: no sentence says the writer still wants the job.

A statement of interest says the writer wants the position or the role, to
join the team or company, or to contribute there, in any of the many ways
people put it. A closing formula ("I look forward to hearing from you"), the
word used otherwise ("your interest in Kafka") and negated or withdrawn
interest do not count.

The ways of saying it are data, in `interest.toml` beside this module: named
pieces (<SUBJECT>, <FEELING>, <ROLE>, <COMPANY>...) and the phrasings, idioms
and withdrawals made of them, each with the examples it must match. They are
composed here, in one place (`compose`), under `re.VERBOSE`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from thanknote.checks.context import Context
from thanknote.checks.registry import Hit, rule
from thanknote.checks.text import NoteText
from thanknote.patterns import Lazy

__all__ = [
    "Phrasebook",
    "Phrasing",
    "check_phrasebook",
    "compose",
    "has_interest",
    "own_sentences",
    "phrasebook",
    "rules_find_interest",
    "trigger_is_required",
    "wish_for_the_job",
]

Kind = Literal["phrasing", "idiom", "withdrawal"]

_SLOT = Lazy(r"<([A-Z][A-Z_]*)>")
# Where a sentence breaks into clauses. A negation reaches back only to the
# nearest break ("I don't know Kafka, and I'm eager to join" is interest). A
# wish and the job it is about must stand between the same contrasts; ", and"
# and a bare "however" (often an adverb: "I am however keen") do not part them
# ("Acme made my first game, and working there is what I've wanted").
_CLAUSE_BREAK = Lazy(
    r"(?P<contrast>;|,\s*(?:but|yet|although|though|however)\b|\bbut\b)|,\s*and\b|\bhowever\b"
    r"|\s[–—-]\s|:\s"
)
_NEGATION = Lazy(r"\b(?:not|no longer|never|nor|cannot|unable|unsure)\b|n't\b")
# Negative words that do not negate: "I can't wait to", "not only", "no doubt".
_NOT_NEGATIONS = Lazy(
    r"\b(?:can't|cannot|can not|couldn't|could not) (?:wait|imagine|think of|overstate|stress"
    r"|help|come soon enough|be (?:happier|more \w+)|ask for (?:a )?(?:more|better))\b"
    r"|\bnot only\b|\bno doubt\b|\bnever been more\b|\bnothing would\b"
)
# Someone other than the writer, before a feeling in its clause: "everyone in
# the control room seemed genuinely excited about the opening".
_OTHERS = Lazy(
    r"\b(?:he|she|they|we|you|everyone|everybody|someone|(?:the|your|his|her|their|our) \w+)\b"
)
_WRITER = Lazy(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")
_QUALIFIER = Lazy(
    r"(?:very|really|truly|genuinely|deeply|highly|especially|so|particularly|still|more"
    r"|even more|all the more)\b"
)
_FIRST_PERSON_WINDOW = 30
# The model reads sentences of at least this many words: shorter lines are
# salutations, sign-offs and signatures ("Best,", "Hope").
_MODEL_WORDS = 3
# Where a reply's quoted message starts: "On Wed, 11 Mar 2026 at 09:14, Ana <a@b.c> wrote:".
_REPLY_HEADER = Lazy(
    r"^[ \t]*(?:On\b[^\n]{0,200}\bwrote:[ \t]*$|-{2,}\s*Original Message\s*-{2,})",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTE_MARKS = '"“”«»„'
# Words in quotation marks: three words or more, someone else's ("we'd love to have you").
_QUOTATION = Lazy(
    r"[\"“”«»„]\s*(?:[^\"“”«»„\n]+?\s){2,}[^\"“”«»„\n]*?[\"“”«»„]"
)  # how far before a wish its "I" may stand ("I'd really, truly love")


class Phrasing(NamedTuple):
    """One way of saying it: a pattern of pieces, with the examples it must match."""

    kind: Kind
    pattern: str  # re.VERBOSE, with <PIECE> slots
    examples: tuple[str, ...]
    rejects: tuple[str, ...] = ()  # sentences it must not match
    name: str = ""
    trigger: str | None = None  # a piece every match holds (phrasings): the quick test

    def compile(self, company: str) -> re.Pattern[str]:
        """This phrasing alone, for notes about `company`."""
        return re.compile(compose(self.pattern, company), re.VERBOSE)


class Phrasebook(NamedTuple):
    """Everything in interest.toml: the pieces, and what is made of them."""

    pieces: Mapping[str, tuple[str, ...]]  # name -> its alternatives, as written
    phrasings: tuple[Phrasing, ...]  # in order: at one place, the first that matches wins
    idioms: tuple[Phrasing, ...]
    withdrawals: tuple[Phrasing, ...]
    wish_examples: tuple[str, ...]  # sentences the wish test must accept
    wish_rejects: tuple[str, ...]


@cache
def phrasebook() -> Phrasebook:
    """The phrasings shipped with thanknote, read and checked once per process.

    The data is checked by thanknote's tests (`check_phrasebook`), not on
    every start.
    """
    # Beside this module in the wheel as in a checkout (importlib.resources
    # would cost more to import than the file takes to read).
    data = tomllib.loads(Path(__file__).with_name("interest.toml").read_text(encoding="utf-8"))
    pieces = {
        name: tuple(line.strip() for line in text.splitlines() if line.strip())
        for name, text in data["pieces"].items()
    }
    book = Phrasebook(
        pieces=pieces,
        phrasings=tuple(_phrasing("phrasing", item) for item in data["phrasing"]),
        idioms=tuple(_phrasing("idiom", item) for item in data["idiom"]),
        withdrawals=tuple(_phrasing("withdrawal", item) for item in data["withdrawal"]),
        wish_examples=tuple(data["wish"]["examples"]),
        wish_rejects=tuple(data["wish"].get("rejects", ())),
    )
    return book


def check_phrasebook(book: Phrasebook) -> None:
    """Refuse data that would compose wrongly.

    Args:
        book: the phrasebook, as `phrasebook` reads it.

    Raises:
        ValueError: a bare "#" or two alternatives on one line of a piece, a
            slot naming no piece, a phrasing without a trigger or with one that
            a match need not hold (the quick test could then miss it).
    """
    for name, lines in book.pieces.items():
        if any("#" in line for line in lines):  # re.VERBOSE would read it as a comment
            raise ValueError(f"interest.toml: <{name}>: write '#' as '\\#'")
        if any(char == "|" for line in lines for _, char in _top_level(line)):
            raise ValueError(f"interest.toml: <{name}>: write one alternative a line")
    everything = (*book.phrasings, *book.idioms, *book.withdrawals)
    written = [(f"<{name}>", "\n".join(lines)) for name, lines in book.pieces.items()]
    written += [(p.name or p.pattern, p.pattern) for p in everything]
    for where, text in written:
        for slot in _SLOT.findall(text):
            if slot != "COMPANY" and slot not in book.pieces:
                raise ValueError(f"interest.toml: {where}: no piece <{slot}>")
    for phrasing in everything:
        if phrasing.kind == "phrasing" and phrasing.trigger is None:
            raise ValueError(f"interest.toml: {phrasing.name!r}: name its trigger")
        if phrasing.trigger is not None and not trigger_is_required(
            phrasing.pattern, phrasing.trigger
        ):
            raise ValueError(
                f"interest.toml: {phrasing.name!r}: trigger <{phrasing.trigger}> must stand "
                "outside every group, alternative and optional part of the pattern"
            )


def _phrasing(kind: Kind, item: Mapping[str, Any]) -> Phrasing:
    return Phrasing(
        kind=kind,
        pattern=item["pattern"],
        examples=tuple(item["examples"]),
        rejects=tuple(item.get("rejects", ())),
        name=item.get("name", ""),
        trigger=item.get("trigger"),
    )


def compose(pattern: str, company: str | None) -> str:
    """A pattern with its <PIECE> slots filled in, for notes about `company`.

    A piece becomes a group of its alternatives, each with its spaces made
    literal for `re.VERBOSE`; <COMPANY> is the company's whole name or its
    first word, as the lower-cased notes write it.

    Args:
        pattern: a pattern or piece alternative, as written in interest.toml.
        company: the interview's company; None for patterns that name none.

    Raises:
        ValueError: the pattern names the company and `company` is None.
    """
    pieces = phrasebook().pieces

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "COMPANY":
            if company is None:
                raise ValueError(f"{pattern!r} names the company: compose it for one")
            return _company_names(company)
        return (
            "(?:" + "|".join(compose(_literal_spaces(line), company) for line in pieces[name]) + ")"
        )

    return _SLOT.sub(fill, pattern)


def _literal_spaces(alternative: str) -> str:
    return alternative.replace(" ", r"\ ")


def _company_names(company: str) -> str:
    """A regex alternative for the company as the lower-cased notes write it:
    its whole name or its first word."""
    name = re.escape(company.lower().replace("’", "'"))
    first = re.escape(company.lower().split()[0]) if company.split() else name
    return f"(?:{name}|{first})"


def trigger_is_required(pattern: str, slot: str) -> bool:
    """Whether <slot> stands in `pattern` outside any group, alternative or optional part.

    Then every match of the pattern holds a match of the piece, and a sentence
    without the piece cannot match: the quick test may skip it.

    Args:
        pattern: a phrasing's pattern, as written in interest.toml.
        slot: the name of a piece (without the angle brackets).
    """
    found = False
    for i, char in _top_level(pattern):
        if char == "|":
            return False
        if pattern.startswith(f"<{slot}>", i):
            after = pattern[i + len(slot) + 2 :].lstrip()
            found = found or not after.startswith(("?", "*", "{"))
    return found


def _top_level(pattern: str) -> Iterator[tuple[int, str]]:
    """The characters of a pattern outside any group, class or escape, with their offsets."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a character class: skip to its end
            i += 2 if pattern.startswith(("[^]", "[]"), i) else 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            yield i, char
        i += 1


class _Common(NamedTuple):
    """The patterns that do not name the company."""

    quick: re.Pattern[str]  # what every phrasing needs: sentences without it are skipped
    idioms: re.Pattern[str]
    withdrawals: re.Pattern[str]
    first_person: re.Pattern[str]
    wish: re.Pattern[str]
    wish_aside: re.Pattern[str]  # "interested to hear": a wish about something else
    for_others: re.Pattern[str]  # "I hope you have a good week": a hope for someone else


class _Patterns(NamedTuple):
    """Everything in the phrasebook, compiled for one company."""

    common: _Common
    phrasings: re.Pattern[str]  # every phrasing, in order, as one pattern: one scan a sentence
    job: re.Pattern[str]


@lru_cache(maxsize=64)
def _patterns(company: str) -> _Patterns:
    return _Patterns(
        common=_common(),
        phrasings=_compiled(_either(phrasebook().phrasings), company),
        job=_compiled(r"\b<JOB>\b", company),
    )


@cache
def _common() -> _Common:
    book = phrasebook()
    triggers = dict.fromkeys(p.trigger for p in book.phrasings if p.trigger)
    words = dict.fromkeys(_literal_spaces(line) for name in triggers for line in book.pieces[name])
    return _Common(
        quick=_compiled(_by_first_letter(words)),
        idioms=_compiled(_either(book.idioms)),
        withdrawals=_compiled(_either(book.withdrawals)),
        first_person=_compiled(r"\b<FIRST_PERSON>\b"),
        wish=_compiled(r"\b<WISH>"),
        wish_aside=_compiled(r"^\S+ (?:\s+\w+){0,2}? \s+ <WISH_ASIDE>\b"),
        for_others=_compiled(r"^\s* (?:that\s+)? <SOMETHING_ELSE>\b"),
    )


def _compiled(pattern: str, company: str | None = None) -> re.Pattern[str]:
    return re.compile(compose(pattern, company), re.VERBOSE)


def _either(phrasings: Iterable[Phrasing]) -> str:
    return "|".join(f"(?:{p.pattern})" for p in phrasings)


def _by_first_letter(alternatives: Iterable[str]) -> str:
    """The alternatives as one pattern, grouped by their first letter.

    The regex engine tries alternatives one by one at every position of a
    sentence; grouped ("h(?:ope|oping|onou?r)|..."), it tries one letter per
    group first, which makes the quick test several times faster.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        head, rest = alternative[:1], alternative[1:]
        if head.isalpha() and not rest.startswith(("?", "*", "+", "{")):
            groups.setdefault(head, []).append(rest)
        else:  # an escape, a group or a quantified letter: kept whole
            groups.setdefault(alternative, []).append("")
    return "|".join(f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items())


@rule("missing-interest", "error", scope="note")
def missing_interest(ctx: Context) -> Iterator[Hit]:
    """No sentence states continued interest in the job."""
    company = ctx.interview.company
    if not has_interest(ctx.text, company):
        yield Hit.on_note(
            "No sentence says you still want the position; add one near the end.",
            f"I remain very interested in the position and would welcome the opportunity to "
            f"join {company}.",
        )


def has_interest(note: NoteText, company: str) -> bool:
    """Whether some sentence states that the writer wants the job.

    A sentence counts when it holds an idiom, when it matches one of the known
    phrasings without a negation in the same clause, or when one of its
    clauses joins a first-person wish ("I'd dearly like", "I'm keen", "I'd be
    chuffed") to the job (the role, the team, joining, the company, working
    there). Failing those, a sentence counts that the statistical model
    (`interest_model`) finds states interest, unless the rules found a
    phrasing there and saw it negated. A withdrawal anywhere in the note
    undoes it. Only the writer's own words count: not a reply's quoted
    message, nor words in quotation marks.
    """
    patterns = _patterns(company)
    common = patterns.common
    sentences = own_sentences(note)
    unread: list[str] = []  # the sentences no rule decided on, for the model
    for index, text in enumerate(sentences):
        lower = text.lower()
        if common.withdrawals.search(lower):
            return False
        if common.idioms.search(lower) or _wish_for_the_job(lower, patterns):
            return not _withdrawn(sentences[index + 1 :], patterns)
        if common.quick.search(lower):
            matches = [m for m in patterns.phrasings.finditer(lower) if _writers(lower, m)]
            if any(not _negated(lower, m.start(), m.end()) for m in matches):
                return not _withdrawn(sentences[index + 1 :], patterns)
            if matches:
                continue  # a phrasing the rules read as negated: not the model's to overrule
        if any(_wishes(lower, patterns)):
            continue  # a wish for the job the rules read as negated
        if len(text.split()) >= _MODEL_WORDS:
            unread.append(text)
    if not unread:
        return False
    from thanknote.checks import interest_model

    model = interest_model.load()
    return any(interest_model.probability(text, model) >= model.threshold for text in unread)


def states_interest(sentence: str, company: str) -> bool:
    """Whether one sentence says the writer wants the job, as `has_interest` reads a
    note's: by the rules, else by the statistical model when no rule decided ("I left even
    more convinced that the studio is where I want to spend the next three years")."""
    return has_interest(NoteText(sentence), company)


def rules_find_interest(sentence: str, company: str) -> bool:
    """Whether the rules alone find that the sentence states interest (for training the model)."""
    patterns = _patterns(company)
    lower = sentence.lower()
    if patterns.common.withdrawals.search(lower):
        return False
    if patterns.common.idioms.search(lower) or _wish_for_the_job(lower, patterns):
        return True
    return any(
        _writers(lower, m) and not _negated(lower, m.start(), m.end())
        for m in patterns.phrasings.finditer(lower)
    )


def _withdrawn(sentences: list[str], patterns: _Patterns) -> bool:
    """Whether one of the sentences (those after the one stating interest) withdraws it."""
    return any(patterns.common.withdrawals.search(text.lower()) for text in sentences)


def own_sentences(note: NoteText) -> list[str]:
    """The note's sentences in the writer's own words.

    A reply's quoted message (lines that start with ">", and everything after
    an "On ... wrote:" line or an "-----Original Message-----" one) is left
    out, and so are words in quotation marks ("you said “we'd love to have
    you”"): they are someone else's.
    """
    end = len(note.original)
    quoted = _REPLY_HEADER.search(note.original)
    if quoted is not None:
        end = quoted.start()
    out: list[str] = []
    for sentence in note.sentences:
        if sentence.start >= end:
            break
        text = sentence.text
        if text.startswith(">"):
            continue
        if any(mark in text for mark in _QUOTE_MARKS):
            text = _QUOTATION.sub(" … ", text)
            if not text.strip(" …"):
                continue
        out.append(text)
    return out


def wish_for_the_job(sentence: str, company: str) -> bool:
    """Whether a clause of the (lower-cased) sentence joins a first-person wish to the job."""
    return _wish_for_the_job(sentence, _patterns(company))


def _wish_for_the_job(sentence: str, patterns: _Patterns) -> bool:
    return any(not negated for negated in _wishes(sentence, patterns))


def _wishes(sentence: str, patterns: _Patterns) -> Iterator[bool]:
    """For each first-person wish about the job in the sentence, whether it is negated."""
    common = patterns.common
    if not common.first_person.search(sentence):
        return
    for clause in _between_contrasts(sentence):
        if not common.first_person.search(clause) or not patterns.job.search(clause):
            continue
        for wish in common.wish.finditer(clause):
            near = max(0, wish.start() - _FIRST_PERSON_WINDOW)
            if not common.first_person.search(clause, near, wish.start() + 4):
                continue  # someone else's wish: "the team hoped to decide"
            if common.wish_aside.match(clause[wish.start() :]):
                continue
            rest = clause[wish.end() :]
            if wish.group().startswith(("hop", "wish")) and common.for_others.match(rest):
                continue
            yield _negated(clause, wish.start(), wish.end())


def _writers(sentence: str, match: re.Match[str]) -> bool:
    """Whether a phrasing's feeling is the writer's.

    A phrasing that starts with a word qualifying the feeling ("genuinely
    excited about the opening") takes its subject from before it: someone
    else there ("everyone in the control room seemed ...") makes it theirs.
    """
    if not _QUALIFIER.match(match.group()):
        return True
    clause_start = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, match.start()):
        clause_start = brk.end()
    before = sentence[clause_start : match.start()]
    return bool(_WRITER.search(before)) or not _OTHERS.search(before)


def _between_contrasts(sentence: str) -> list[str]:
    """The sentence cut at its contrasts ("but", "; ", ", although")."""
    stretches: list[str] = []
    start = 0
    for brk in _CLAUSE_BREAK.finditer(sentence):
        if brk.group("contrast"):
            stretches.append(sentence[start : brk.start()])
            start = brk.end()
    stretches.append(sentence[start:])
    return stretches


def _negated(sentence: str, start: int, end: int) -> bool:
    """A negation in the same clause as the statement, before or inside it."""
    sentence = _NOT_NEGATIONS.sub(lambda m: "x" * len(m.group()), sentence)
    clause_start = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, start):
        clause_start = brk.end()
    return bool(_NEGATION.search(sentence, clause_start, end))


# Compiled with the module (which the checker imports before it loads the word
# list, so that the garbage collector has far less to walk meanwhile), as the
# patterns of the other checks are.
_common()
