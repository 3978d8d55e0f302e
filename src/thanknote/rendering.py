"""Rendering notes through Jinja templates: the built-in ones and the user's.

Every template renders in Jinja's sandbox with StrictUndefined, so a template
from someone else cannot run code or read files, and a misspelt variable is an
error naming it and the line, never a blank in a note.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import itertools
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, Final, NamedTuple

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context

from thanknote import lexicon, sandbox
from thanknote import patterns as rx
from thanknote.accomplishments import phrase
from thanknote.compiled import compiled_templates
from thanknote.countries import country_line_for, country_of
from thanknote.errors import TemplateError, ThanknoteError, UnknownRecipientError
from thanknote.model import Accomplishment, Interview, Interviewer, Note
from thanknote.moments import GIVEN, is_grave, is_sensitive, recalled, to_recall
from thanknote.names import (
    Address,
    CardName,
    as_addressed,
    by_given_name_custom,
    fold,
    forms_of_address,
    in_a_letter,
    is_a_name,
    is_a_title,
    is_listed_family_name,
    nfc,
    parse_card_name,
    signed,
    titles_where_printed,
)
from thanknote.patterns import Lazy
from thanknote.phrases import (
    PREPOSITIONS,
    UNNAMED_COMPANY,
    Job,
    company_in_sentence,
    job,
    topic_in_sentence,
)
from thanknote.planner import PanelPlanner
from thanknote.prose import (
    above_the_street,
    address_lines,
    article,
    capfirst,
    closing_line,
    long_date,
    names_the_company,
    natural_list,
    on_the_day,
    possessive,
    short_date,
    since_the_day,
    thanked_for,
    thanks_for_the_meeting,
    tidy,
    with_article,
    written_out,
)
from thanknote.selection import FITS, Focus, key_words, plan_focus, relatedness
from thanknote.sentences import GREETING, split
from thanknote.writing_systems import has_latin

__all__ = [
    "LATE_AFTER",
    "TEMPLATE_SUFFIXES",
    "LeftOut",
    "builtin_templates",
    "days_late",
    "draft",
    "left_out",
    "render",
]

TEMPLATE_SUFFIXES: Final = (".j2", ".jinja", ".jinja2", ".txt")
_SUBJECT_PREFIX: Final = "Subject:"


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
    warm_address: str  # nickname or given name; "Captain Fitzgerald" for an officer
    formal_salutation: str  # "Dear Dr. Raman,"
    warm_salutation: str  # "Dear Priya,"
    informal_salutation: str  # "Hi Priya,": for a message such as a LinkedIn note
    # a posted letter's: the formal salutation, with "Dear" for the file's "Hi" or "Hello"
    letter_salutation: str = ""
    topics: tuple[str, ...]
    # said aloud on a call: the formal form for a title one says ("Dr. Raman", "Captain
    # Fitzgerald"), the warm one for none or a title only written ("Er.")
    spoken_address: str = ""


def recipient_view(
    person: Interviewer, topics: tuple[str, ...] = (), *, by_given_name: bool = False
) -> Recipient:
    """Describe an interviewer for templates, salutations included; `by_given_name`:
    a title goes with the given name (`names.by_given_name_custom`)."""
    forms = forms_of_address(person, by_given_name=by_given_name)
    # "Hi Priya,"; but a title in the warm form is not for "Hi": "Dear Rabbi Goldstein,"
    titled = bool(forms.honorific) and forms.warm_address.startswith(f"{forms.honorific} ")
    # and the form the file asked for, whole: "Dear Yamada-sama," (not "Hi Yamada-sama,")
    titled = titled or bool(person.honorific and forms.warm_address == forms.formal_address)
    titled = titled or not forms.warm_salutation.startswith("Dear ")  # "Your Excellency,"
    # a whole name, where no list tells which is the given one, is not said after "Hi"
    # (set FR: "Hi Shinichi Sato," read as a mail merge)
    whole = " " in forms.warm_address and forms.warm_address == forms.formal_address
    informal = (
        forms.warm_salutation
        if person.salutation or titled or whole
        else f"Hi {forms.warm_address},"
    )
    # the file's own salutation names the person as they wish in a phone call too:
    # "Dear Yamamoto-san," is "Good morning Yamamoto-san"
    spoken = _named_in(person.salutation) if person.salutation else ""
    english = rx.match(
        r"(?i)(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b", person.salutation or ""
    )
    if spoken and not english and not _has_a_name(spoken, forms):
        # a form of address with no name in it, in the card's language: "Szanowny Panie
        # Profesorze," (set FK: "Call Panie Profesorze on December 1"): said as English says it
        spoken = ""
    elif spoken and not english and has_latin(spoken):
        spoken = _without_greeting(spoken, person, forms)
    return Recipient(
        name=as_addressed(person.name),  # an envelope prints no "(he/him)"
        title=_title(person.title),
        email=person.email,
        phone=person.phone,
        address=person.address,
        honorific=forms.honorific,
        given_name=forms.given,
        family_name=forms.family,
        formal_address=spoken or forms.formal_address,
        warm_address=spoken or forms.warm_address,
        formal_salutation=forms.formal_salutation,
        warm_salutation=forms.warm_salutation,
        informal_salutation=informal,
        letter_salutation=_in_a_letter(person, forms, by_given_name=by_given_name),
        topics=topics or person.topics,
        # a bracket is for the eye: "Chief (Mrs.) Nwachukwu-Eze" is said "Chief
        # Nwachukwu-Eze" (set HE: "Hi Chief (Mrs.) Nwachukwu-Eze" in a call's script)
        spoken_address=rx.sub(
            r"\s*\([^()]*\)", "", spoken or _said_name(forms, asked=bool(person.honorific))
        ).strip(),
    )


def _without_greeting(spoken: str, person: Interviewer, forms: Address) -> str:
    """A form of address without the greeting in the card's language before it:
    "Kaixo Aitor," is Aitor (set HH: "Hello Kaixo Aitor," in a call's script), "Tēnā
    koe Whaea Moana," Whaea Moana (set HR: "Call Tēnā koe Whaea Moana"). Only before
    the given name or a title and it: "Pani Kowalska," is no greeting."""
    words = spoken.split()
    given = {fold(w) for w in forms.given.split()} | {fold(person.nickname or "")}
    for k in range(1, len(words)):
        rest = words[k:]
        while len(rest) > 1 and is_a_title(rest[0]):
            rest = rest[1:]
        if len(rest) != 1 or fold(rest[0]) not in given:
            continue
        greeting = words[:k]
        if (
            greeting[0][:1].isupper()
            and not any(is_a_title(w) for w in greeting)
            and not _has_a_name(" ".join(greeting), forms)
        ):
            return " ".join(words[k:])
        break
    return spoken


def _in_a_letter(person: Interviewer, forms: Address, *, by_given_name: bool) -> str:
    """The salutation of a posted letter: the file's with "Dear" for its "Hi"
    (`in_a_letter`), but not a casual one to a nickname that is no name of theirs ("Hi
    Coach," was "Dear Coach," in set FY's letter), which the card's name replaces."""
    said = in_a_letter(forms.formal_salutation)
    nickname = person.nickname or ""
    if not (person.salutation and nickname and said != forms.formal_salutation):
        return said
    if _named_in(person.salutation) != nickname or is_a_name(nickname, forms.given):
        return said
    unasked = forms_of_address(replace(person, salutation=None), by_given_name=by_given_name)
    return in_a_letter(unasked.formal_salutation)


def _said_name(forms: Address, *, asked: bool = False) -> str:
    """The name said at the start of a call: the formal address when its title is said
    aloud ("Dr. Osei"); else the warm one, and without a title only written ("Er.") or
    an initial when the given name is left (set ER: "Hello Er. Arunachalam", "Hello N.
    Muthulakshmi"); a family name alone keeps its title ("Lic. Gómez Ruiz")."""
    # (a title said aloud in its country yields to the name they go by: "Dolly" for
    # 'Engr. Dolores "Dolly" Manalastas', set IC's paired reader)
    last = forms.honorific.split()[-1] if forms.honorific else ""
    named = forms.warm_address != forms.formal_address and last in _SAID_IN_ITS_COUNTRY
    if _said(forms.honorific) and not named:  # "Professor Öztürk", aloud
        # (set ET: "Hello Associate Professor Öztürk" in a call's script)
        return rx.sub(r"^(?:Associate|Assistant|Adjunct) (?=Professor )", "", forms.formal_address)
    warm = forms.warm_address
    written = bool(forms.honorific) and warm == forms.formal_address and not asked
    initials = all(rx.fullmatch(r"\w\.", w) for w in forms.given.split())
    if written and forms.given and not initials:
        # a card's title written only: a card says "Dear Er. Kulkarni," (set HR), a call
        # "Hi Rajesh,"; but the file's honorific is how they asked to be addressed; and
        # without an initial ("Carlos" of "Lic. J. Carlos Gómez Ruiz", found in review)
        return " ".join(w for w in forms.given.split() if not rx.fullmatch(r"\w\.", w))
    words = warm.split()
    if forms.honorific and warm.startswith(f"{forms.honorific} "):
        words = warm.removeprefix(f"{forms.honorific} ").split()
    left = " ".join(w for w in words if not rx.fullmatch(r"\w\.", w))
    # a Tamil name printed with its father's initial ("M. Arunachalam") goes by its name
    initialled = rx.fullmatch(r"(?:\w\. ?)+", forms.given) and not is_listed_family_name(left)
    return left if left and (left == forms.given or initialled) else warm


# Titles written short that a call says in their own countries, as written or spelled out
# (an Advocate of South Africa or India is "Advocate Dlamini", set IZ: "Good morning Nomvula";
# an Ingeniero of Peru "Ing. Quispe Mamani", set JX: "Call Ing. Quispe Mamani ... Good morning
# José Antonio").
_SAID_IN_ITS_COUNTRY: Final = frozenset(
    "Smt. Atty. Adv. M. Mme. Mlle. Dott. Dott.ssa Eng. Engr. Ing. Dra. Srta. "
    # and Mexico's Licenciado, Arquitecto and Maestro, said aloud there (sets KT, KU: "Call
    # Arq. Villaseñor Ibarra ... Hello Rodrigo,", a first name no one offered)
    "Lic. Lcdo. Lcda. Arq. Mtro. Mtra. "
    # and Italy's Architetto (set KX: "Call Arch. Bonacorsi ... Hi Lucia,")
    "Arch. "
    # and Latin America's military ranks (set LB: "Call Cnel. Quintanilla ... Hello Mauricio
    # Ernesto," to a retired colonel)
    "Cnel. Tcnel. Gral. Tte. Cap. Sgto.".split()
)
# And all the titles written short that a call says: English's courtesy titles and those
# (an engineer's too, said "Engineer": set IE's "Call Engr. Villanueva ... Hello Rolando").
_SAID_AS_WRITTEN: Final = frozenset("Dr. Mr. Mrs. Ms. Mx. Sr. Sra.".split()) | _SAID_IN_ITS_COUNTRY


def _said(honorific: str) -> bool:
    """Whether a title is said aloud as written: spelled out ("Professor", "Captain")
    or one of the courtesy titles English says as abbreviated ("Dr.", "Ms."); not
    an abbreviation kept as printed ("Er.", "Ing.", "Lic.")."""
    if not honorific:
        return False
    last = honorific.split()[-1]
    # (and those said as abbreviated in their own countries, found in review: "Smt. Rao"
    # is said so, as "Shri Jadhav" is; "Dra." and "Mme" as Doctora and Madame)
    return not last.endswith(".") or last in _SAID_AS_WRITTEN


def _without_the_company(recipient: Recipient, printed: Sequence[str]) -> Recipient:
    """A recipient whose job title begins or ends with an organisation the letter prints
    on a line below it, without it: "Chair, Te Awa Farming Trust" is Chair (set FI: the
    trust twice), and "Auckland Council – Chair, Transport and Infrastructure Committee"
    above an address that begins "Auckland Council" is "Chair, Transport and ..." (set KE:
    the council printed twice)."""
    title = recipient.title or ""
    for name in (n for n in printed if n and title != n):
        if title.endswith(name):
            head = rx.sub(r"(?:\s*,|\s+at|\s+[–—-])\s*$", "", title[: -len(name)])
            if head != title[: -len(name)] and head.strip():  # not "Head of Acme Labs"
                return replace(recipient, title=head.strip())
        if title.startswith(name):
            tail = rx.sub(r"^(?:\s*,|\s+[–—-])\s*", "", title[len(name) :])
            if tail != title[len(name) :] and tail.strip():  # not "Acme Labs Fellow"
                return replace(recipient, title=tail.strip())
    return recipient


def _has_a_name(said: str, forms: Address) -> bool:
    """Whether words from a salutation hold one of the person's names: "Yamamoto-san",
    "Ram sir", "Matua Hemi"; not "Panie Profesorze", "Madame"."""
    # (the warm form without its title: "Pani Nowak" has no name "Pani", found in review)
    warm = forms.warm_address
    if forms.honorific and warm.startswith(f"{forms.honorific} "):
        warm = warm.removeprefix(f"{forms.honorific} ")
    every = f"{forms.given} {forms.family} {warm}"
    if not has_latin(every):
        return True  # a card in another script: "Dear Dr. Mona," to "د. منى الشريف"
    # a title is no name: "Sir" of the file's "Dr. Ramachandran Sir" (set HI: "Call Sir");
    # unless it is the card's own ("Elizabeth King", found in review)
    own = {fold(w) for w in f"{forms.given} {forms.family}".split()}
    names = {
        fold(w)
        for w in rx.split(r"[\s\-‐]+", every)
        if len(w) > 1 and (fold(w) in own or not is_a_title(w))
    }
    words = {fold(w) for w in rx.split(r"[\s\-‐]+", said) if w}
    return bool(names & words) or not names


def _named_in(salutation: str) -> str:
    """The name in a salutation: "Dear Yamamoto-san," -> "Yamamoto-san"."""
    name = rx.sub(rf"^{GREETING}[\s,]*", "", salutation.strip()).strip(" ,:;!")
    return name or salutation.strip(" ,:;!")


def _title(title: str | None) -> str | None:
    """A job title as a letter prints it: without the writer's notes in brackets
    ("Technical Director, co-production partner (via Teams)")."""
    if title is None:
        return None
    return " ".join(rx.sub(r"\([^()]*\)", " ", title).split()).strip(" ,") or title


def builtin_templates() -> dict[str, str]:
    """The built-in templates' names, each with its one-line description."""
    out: dict[str, str] = {}
    for path in sorted(_builtin_dir().glob("*.j2")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        description = first[2:-2].strip() if first.startswith("{#") and first.endswith("#}") else ""
        out[path.stem] = description
    return out


def draft(
    interview: Interview, template: str | Path = "card", *, today: dt.date | None = None
) -> list[Note]:
    """Render one note per interviewer, in the order of their cards.

    The notes of the panel are composed together: where a template offers
    several ways of saying something (`vary`), no two notes share a sentence.
    The same file always gives the same notes.

    A template that writes nothing for someone (the follow-up for a person
    who asked not to be contacted) gives no note for them.

    Args:
        interview: the interview, e.g. from `load_interview`.
        template: a built-in template name ("card", "email", "letter",
            "follow-up", "linkedin") or the path of a Jinja template file.
        today: the day the notes are written (default: today), which decides
            whether a decision date is still to come.

    Raises:
        TemplateError: the template is unknown, invalid, or uses a variable
            that does not exist.
    """
    compiled, name = _template(template)
    focus = plan_focus(interview)
    day = today or dt.date.today()
    planner = PanelPlanner.for_panel(
        _identity(interview),
        len(interview.interviewers),
        _own_text(interview),
        in_every_note=_closing_line(interview) or "",
        told_text=_told_text(interview),
        named_text=" ".join([interview.company, interview.position]),
    )
    # a company an English reader cannot read is "your organisation", said only where
    # no other line reads (set BR's reader marked it as a mail merge's in 22 notes)
    unnamed = company_in_sentence(interview.company) == UNNAMED_COMPANY
    passed_over = frozenset({"organisation"}) if unnamed else frozenset()
    unsuited = [
        _unsuited_words(person, focus[index]) | passed_over
        for index, person in enumerate(interview.interviewers)
    ]
    # those some lines do not fit are drafted first, while the lines that fit them are
    # free (a board member of a panel of five was told of "the team's goals" once the
    # two colleagues drafted before had taken the lines without "team")
    order = sorted(range(len(unsuited)), key=lambda index: not unsuited[index])
    drafted: dict[int, Note] = {}
    with _planning(planner):
        for index in order:
            planner.begin(index, unsuited[index])
            note = _render_one(compiled, name, interview, index, focus[index], day)
            if planner.repeated:  # a line said a word again: once more, looking ahead
                planner.retry()
                note = _render_one(compiled, name, interview, index, focus[index], day)
            drafted[index] = note
    # a template may write nothing for someone
    return [drafted[index] for index in sorted(drafted) if drafted[index].text.strip()]


def _is_the_topic(focus: Focus) -> bool:
    """Whether the accomplishment is a credential or a tool that is the topic itself: "to
    discuss BCOP and to mention that I hold the BCOP credential" (set DV's reader:
    circular), "When we talked about D-Stability, I was pleased to tell you that I have
    worked with D-Stability, D-Geo Flow and Plaxis" (set DY's). The note then recalls the
    topic and leaves the credential to the CV."""
    if focus.topic is None or focus.accomplishment is None:
        return False
    if phrase(focus.accomplishment.text).kind not in ("credential", "skill"):
        return False
    held = {w for w in key_words(focus.accomplishment.text) if not w.isdigit()}
    topic_words = {w for w in key_words(focus.topic) if not w.isdigit()}
    return bool(held and topic_words and (held <= topic_words or topic_words <= held))


def _names_the_topic_again(focus: Focus, all_topics: Sequence[str]) -> bool:
    """Whether the accomplishment names its topic again, as the note says it: one sentence
    naming both says it twice ("When we discussed TADs, I was glad to tell you that I
    lectured on TADs", set FV; "our conversation about water committees, which reminded
    me of when I set up monthly fee audits with the water committees", set BE), and "them"
    would make the candidate's committees the recipient's (set BH). The note then tells
    the accomplishment alone, which recalls the topic by itself."""
    if focus.topic is None or focus.accomplishment is None:
        return False
    # as the note says it: "I coordinated 14 sponsor trials" for "I've coordinated 14 sponsor
    # trials, 4 of them first-in-human ..." names no "first-in-human trials" (set JV: the
    # topic left unsaid, "We discussed work close to my own", 2 notes)
    told = phrase(focus.accomplishment.text).sentence
    topic_words = key_words(focus.topic)
    if len(topic_words) >= 2 and topic_words <= key_words(told):
        # every word of it, in another form: "When we discussed mentoring junior engineers,
        # I was glad to tell you that I mentored four junior engineers"
        return True
    head = list(itertools.takewhile(lambda w: w.lower() not in _PLACING, focus.topic.split()))
    head_words = key_words(" ".join(head))
    if len(head_words) >= 2 and head_words <= key_words(told):
        # the topic's head, every word of it, before what places it: "When we discussed LCL
        # consolidation via Batam, I was glad to tell you that I set up LCL consolidation out
        # of Cebu", "When precepting new grads on nights came up, I was glad to say that I
        # precepted 11 new grads" (sets JB, JD: read as the topic echoed, 3 notes)
        return True
    if _shared_run(focus.topic, told) or _shared_end(focus.topic, told):
        # three words in a row of it: "flood risk after the 2021 Klang floods" beside
        # "repriced the SME fire portfolio after the 2021 floods" (set GP: read as said twice)
        return True
    bare = topic_in_sentence(focus.topic, all_topics).removeprefix("the ")
    if len(bare) < 3:  # two letters are too few to be the topic
        return False
    said = told.lower()
    at = said.find(bare.lower())  # no pattern to compile for every topic
    end = at + len(bare)
    return at > 0 and not said[at - 1].isalnum() and (end == len(said) or not said[end].isalnum())


def _shared_end(topic: str, accomplishment: str) -> bool:
    """Whether a topic and an accomplishment end on the same two words of meaning: the
    topic's last phrase said again at the end of the sentence ("interpreter wellbeing after
    hard appointments" beside "... a peer-support group for Somali interpreters after a run
    of hard appointments": set KD, read as echoed, 2 notes). The same words inside the
    sentence are what the work was about, and read as a fit ("waiting list pressures"
    beside "a clinic that cut the waiting list from 38 weeks to 14")."""
    ends = [rx.findall(r"[\w'’]+", text.lower())[-2:] for text in (topic, accomplishment)]
    return (
        len(ends[0]) == 2
        and ends[0] == ends[1]
        and not any(w.isdigit() or lexicon.is_function_word(w) for w in ends[0])
    )


# The words after a topic's head that place it: "LCL consolidation via Batam".
_PLACING: Final = PREPOSITIONS | {"via"}


def _shared_run(topic: str, accomplishment: str) -> bool:
    """Whether a topic and an accomplishment share three words in a row, one of them
    no closed-class word ("after the 2021"; not "of the team")."""

    def runs(text: str) -> set[tuple[str, ...]]:
        words = rx.findall(r"[\w'’]+", text.lower())
        return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}

    return any(
        any(not lexicon.is_function_word(w) for w in run)
        for run in runs(topic) & runs(accomplishment)
    )


# Words of a title that make its holder a member of a board, not of the staff the
# candidate would join: "Board Chair", "Chairperson, Board of Governors", "Trustee",
# "Non-Executive Director". Set AZ's reader marked "join the team" to them 5 times; and a
# panel's outsider, on the card's note too: "Prof. Thandeka Sithole-Ngubane (External
# panellist, UCT)" (set KZ: "I would still love to join your team", 2 notes).
_BOARD_WORDS: Final = frozenset(
    "board trustee trustees governors non-executive external independent".split()
)


# What a note asks of the reader's view, which a topic about the candidate does not
# fit: "your thoughts on how I handle a deteriorating patient", "your views on why I'm
# staying in the Philippines" (sets BN and BQ).
_THEIR_VIEW: Final = frozenset("thoughts views perspective thinking insight".split())
_FIRST_PERSON: Final = frozenset("i i'm i've i'd my".split())


def _unsuited_words(person: Interviewer, focus: Focus | None = None) -> frozenset[str]:
    """Words a note to this person should not use while another line reads."""
    unsuited: set[str] = set()
    said = " ".join([person.title or "", *rx.findall(r"\(([^()]*)\)", person.name)])
    words = {w.strip(",.;:()&/") for w in said.casefold().split()}
    if words & _BOARD_WORDS and "certified" not in words:  # not "Board-Certified"
        unsuited.add("team")
    topic = focus.topic.casefold().replace("’", "'").split() if focus and focus.topic else []
    if not _FIRST_PERSON.isdisjoint(topic):
        unsuited |= _THEIR_VIEW
    return frozenset(unsuited)


def render(
    interview: Interview,
    recipient: Interviewer | str,
    template: str | Path = "card",
    *,
    today: dt.date | None = None,
) -> Note:
    """Render the note for one interviewer (given as an `Interviewer` or card name).

    The note is the one `draft` gives that person, so that it differs from
    the rest of the panel's.

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
    wanted = interview.interviewers[indexes[0]]
    for note in draft(interview, template, today=today):
        if note.recipient is wanted:
            return note
    raise TemplateError(str(template), f"writes no note for {name!r}")


class LeftOut(NamedTuple):
    """Something the interview file gives that the drafts do not use, and why."""

    field: str  # the field's path as the loader names it: "accomplishments[3]"
    text: str
    reason: str


# Why the drafts leave something out of the file, as `left_out` says it.
_NOT_ENGLISH: Final = (
    "is not in English and is left out of the drafts; write it in English to have it used"
)
_THANKS_ONLY: Final = (
    "only thanks for the time, which every note does already, and is left out of the drafts"
)
_SHORTHAND: Final = (
    "reads as shorthand and is left out of the drafts; write it as a phrase to have it used"
)
_SENSITIVE: Final = (
    "speaks of a loss or an illness, which a drafted line cannot recall with the care it"
    " needs, and is left out of the drafts; add that sentence yourself if you want it"
)
_NOTE: Final = (
    "reads as a note, not as a phrase a sentence can carry, and is left out of the drafts;"
    ' write it as a phrase ("the new sorter line") to have it used'
)

_NOTE_MOMENT: Final = (
    "reads as a note, not as a phrase a sentence can carry, and is left out of the drafts;"
    ' write it as a phrase ("your story about the night the billing system went down")'
    " to have it used"
)


def left_out(interview: Interview) -> list[LeftOut]:
    """What the drafts leave out of the file, and why: accomplishments and topics
    written as shorthand or in another language, and a closing line or moments not
    written in English, which no sentence could carry as written."""
    from thanknote.selection import shorthand_accomplishments, why_left_out

    out = []
    for i in shorthand_accomplishments(interview):
        text = interview.accomplishments[i - 1].text
        why = _SHORTHAND if lexicon.is_english(text) else _NOT_ENGLISH
        out.append(LeftOut(f"accomplishments[{i}]", text, why))
    topics = [(f"topics[{i}]", t) for i, t in enumerate(interview.topics, start=1)]
    for i, person in enumerate(interview.interviewers, start=1):
        topics += [(f"interviewers[{i}].topics[{j}]", t) for j, t in enumerate(person.topics, 1)]
    for field, topic in topics:
        reason = why_left_out(topic)  # the terms of the job are left out on purpose
        if reason in ("not English", "shorthand"):
            why = _NOT_ENGLISH if reason == "not English" else _NOTE
            out.append(LeftOut(field, topic, why))
    if interview.closing_line and _closing_line(interview) is None:
        why = _THANKS_ONLY if lexicon.is_english(interview.closing_line) else _NOT_ENGLISH
        out.append(LeftOut("closing_line", interview.closing_line, why))
    for i, person in enumerate(interview.interviewers, start=1):
        if person.moment and to_recall(person, interview.interviewers) is None:
            why = _NOTE_MOMENT if lexicon.is_english(person.moment) else _NOT_ENGLISH
            why = _SENSITIVE if is_sensitive(person.moment) else why
            out.append(LeftOut(f"interviewers[{i}].moment", person.moment, why))
    return out


# A thank-you note is sent within a day or two; after this long, the drafts
# (which thank for the interview as for a recent one) are late, and the user is told.
LATE_AFTER: Final = dt.timedelta(days=14)


def days_late(interview: Interview, today: dt.date | None = None) -> int | None:
    """How many days ago the interview was, when that is later than notes should
    go out (`LATE_AFTER`); None while they are still timely."""
    ago = (today or dt.date.today()) - interview.date
    return ago.days if ago > LATE_AFTER else None


def _topic_said(topic: str, interview: Interview) -> str:
    """A topic as a note says it, its first word written as the file writes it
    elsewhere: "Snowflake cost" stays "Snowflake cost" where an accomplishment says
    "cut our Snowflake bill" (set DL: "your thinking on snowflake cost")."""
    said = topic_in_sentence(topic)
    if " here" in said:
        # "here" as the candidate jotted it, at the firm, is the firm to its reader: "what a
        # first year here actually looks like" (set KM: read as written from their side)
        place = f"at {company_in_sentence(interview.company)}"
        said = _HERE.sub(place, said)
    first = topic.split(" ", 1)[0]
    if not first[:1].isupper() or first.lower() not in said.split(" ", 2)[:2]:
        return said
    if first in _names_in(interview):
        return rx.sub(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", first, said, count=1)
    return said


# "here" ending a topic or before its verb: "how night shifts work here", "what a first
# year here actually looks like"; not "the move here from Leeds".
_HERE: Final = Lazy(
    r"\bhere(?=$|[?.!]$| (?:actually |really |usually )?(?:is|are|looks?|works?|means?|"
    r"feels?|runs?|goes|happens?)\b)"
)


@lru_cache(maxsize=64)
def _names_in(interview: Interview) -> frozenset[str]:
    """The words an interview file writes with a capital where no sentence starts: a
    product's, a place's or a firm's name ("Snowflake" in "cut our Snowflake bill")."""
    texts = [
        *interview.topics,
        *(a.text for a in interview.accomplishments),
        *(t for p in interview.interviewers for t in p.topics),
        *(p.moment for p in interview.interviewers if p.moment),
        interview.closing_line or "",
    ]
    names: set[str] = set()
    for text in texts:
        words = text.split()
        for before, word in itertools.pairwise(words):
            if (
                word[:1].isupper()
                and word[1:].islower()
                and not before.endswith((".", "!", "?", ":"))
            ):
                names.add(word.strip(",;:!?)\"'"))
    return frozenset(names)


def _job_at(position: str, company: str) -> Job:
    """The job, its unit said without the company's name, which the note says after it:
    "Data Journalist, Yle News Lab" at Yle is the role in the News Lab (set JP: "the Data
    Journalist role in the Yle News Lab at Yle", 2 notes)."""
    read = job(position)
    name = company.strip()
    if not name or f", {name} " not in position:
        return read
    shorter = position.replace(f", {name} ", ", ", 1)
    return replace(job(shorter), position=position)


def _a_doing(topic: str) -> bool:
    """Whether a topic begins with a verb's -ing form: "working with regional bodies",
    "converting my licence"; not "the training budget", nor "spring" or "clothing"."""
    first = topic.split(" ", 1)[0]
    if not first.endswith("ing") or not first.islower():
        return False
    reading = lexicon.verb(first)
    return bool(reading and "VBG" in reading.tags)


def _mentions(moment: str, topic: str) -> bool:
    """Whether a moment names the topic: every word of four letters or more of the topic
    stands in it ("cultural flows" in "what you said about cultural flows in ...")."""
    said = moment.lower()
    # or the first of things it joins, of two words or more: "the stair shop" of "the stair
    # shop and finish work" in "the tour of the stair shop and ..." (set KN: said twice)
    for part in dict.fromkeys([topic, topic.split(" and ", 1)[0]]):
        words = rx.findall(r"[^\W\d_]{4,}", part.lower())
        if (len(words) >= 2 or part == topic) and words and all(w in said for w in words):
            return True
    return False


# The words of a thanks itself, which say nothing of what it is for.
_THANKS_WORDS: Final = frozenset(
    """thank thanks thanking grateful chance opportunity time today conversation chat talk
    meeting interview visit welcome everyone everything again very much also your with
    showing walking taking giving letting""".split()  # "showing me the stores" (set DS)
)


def _offers_what_the_note_never_names(
    line: str, told: str, said: Sequence[str], accomplishment: Accomplishment | None
) -> bool:
    """Whether the panel's closing line offers one of the things the file says was talked
    about ("I'd be happy to send over the anonymised code for the sandwich outbreak
    analysis"), in a note that names nothing of it: to the HR partner whose talk was of
    relocation, it offers a thing the note never introduced (sets KC and KE: 7 notes, the
    same line passed where the note's topic or accomplishment was of it). A note names it
    when it says most of the words the thing shares with the file."""
    offer = _OFFER.search(line)
    if not offer:
        return False

    def meant(text: str) -> set[str]:
        return {w for w in key_words(text) if not w.isdigit() and not lexicon.is_function_word(w)}

    thing = meant(offer.group("thing") or offer.group("brought")) & meant(told)
    note = " ".join([*said, accomplishment.text if accomplishment else ""])
    # most of its words: "outbreak modules" names no "sandwich outbreak analysis"
    return bool(thing) and 2 * len(thing & meant(note)) <= len(thing)


# A first person's offer of a thing, and the thing: "I'd be glad to share the OCR evaluation
# report I mentioned", "Happy to send the soiling model notebook", "I'll post the swatches".
# ("bring my fleet experience" is the candidate's, offered to the job: no thing to send)
_OFFER: Final = Lazy(
    r"(?i)\b(?:I(?:'|’)d|I would|I(?:'|’)ll|I will|I can|I(?:'|’)m|I am|happy|glad|gladly)\b"
    r"[^.;]*?\b(?:(?:send|share|walk|show|post|forward|take)\b(?: (?:you|over|through|anyone))*"
    r" (?P<thing>(?:the|my|a|an) [^.;]+)|bring (?P<brought>the [^.;]+))"
)


def _retells(line: str, moment: str) -> bool:
    """Whether the panel's closing line thanks for the very thing the note's moment
    recalls: every word of four letters or more of what it thanks for, beyond thanks,
    stands in the moment ("the chance to see the test tower" and "taking me up the 120m
    test tower"; "showing me around" and "the tour of the MICU", set DL)."""
    thanked = _THANKED_FOR.search(line) or _THANKED_ABROAD_FOR.search(line)
    thing = _as_a_tour(thanked.group(1) if thanked else line)
    said = set(rx.findall(r"[^\W\d_]{4,}", _as_a_tour(moment).lower()))
    # a place's name the moment leaves out names no other thing: "the visit to the Othaya
    # cooling centre" is "the cooling centre tour" (set DZ: thanked for it twice)
    words = {
        w.lower()
        for w in rx.findall(r"[^\W\d_]{4,}", thing)
        if w.lower() not in _THANKS_WORDS and (w.islower() or w.lower() in said)
    }
    if bool(words) and words <= said:
        return True
    # or one of the things it lists is of the moment's kind: "the warm welcome and the tour
    # of the shamba" beside "the tour of the vegetable garden" (set KB: thanked twice for
    # one garden, 3 notes)
    head = _head_given(moment)
    return bool(head) and any(
        _head_given(item) == head for item in rx.split(r",\s*|\s+and\s+", thing)
    )


def _head_given(text: str) -> str:
    """The first word of a thing given that a text names: "tour" of "the tour of the
    garden"; "" for none."""
    return next((w for w in rx.findall(r"[a-z-]+", text.lower()) if w in GIVEN), "")


# Thanks in another language before what it is for: "Asanteni sana for the visit ...".
_THANKED_ABROAD_FOR: Final = Lazy(r"^[^\W\d_]+(?: [^\W\d_]+)? for\b([^.!?,;–—]*)")


# What a closing line thanks for: "Thank you for <the tour>, it really helped".
_THANKED_FOR: Final = Lazy(r"\bthank(?:s| you)\b[^.!?]*?\bfor\b([^.!?,;–—]*)", re.I)
_TOURED: Final = Lazy(
    r"\b(?:show|showing|showed|walk|walking|walked) (?:me|us) (?:a)?round\b", re.I
)


def _as_a_tour(text: str) -> str:
    """ "showing me around" said as the tour it was."""
    text = rx.sub(r"\bvisit\b", "tour", text)  # "the visit to the cooling centre"
    # "the walk round the calving paddocks" (set IU: thanked for again as "the tour", 3 notes)
    text = rx.sub(r"\b(?:walk|look)(?:-| )?(?:a?round|through)\b", "tour", text)
    return _TOURED.sub("tour", text) if "round" in text else text


@lru_cache(maxsize=64)  # the panel's one closing line, asked about for every note
def _states_interest(line: str, company: str) -> bool:
    """Whether the user's closing line says they want the job ("I'd love to be part of
    the team"), by the checker's rules for interest; not a line that offers something
    to do before a decision ("I'd be glad to walk the floor with the Busan team
    anytime", set FJ: a note with no word of wanting the job)."""
    from thanknote.checks.interest import rules_find_interest, states_interest

    # what is left of each sentence without its offer: "I'd love to be part of the team
    # and would be glad to send samples" still wants the job; and what the checker's model
    # reads as interest where no rule does (sets KL, KM: "It would be a real joy to make
    # music at St Mary's." after "Everything I heard made me want to be part of St Mary the
    # Virgin even more.", 4 notes read as saying it twice)
    # (an offer's sentence by the rules alone: the model reads "I would be happy to" as a
    # wish whatever follows)
    # (and the model's reading only where it is sure: a line read as wanting the job takes
    # the place of the note's own, and one read so wrongly leaves the note without a word of
    # wanting it: "I hope the pipeline through Adré stays open this season.", set LC, 4
    # notes, at 0.81)
    return any(
        rules_find_interest(_AN_OFFER.split(sentence, maxsplit=1)[0], company)
        if _AN_OFFER.search(sentence)
        else rules_find_interest(sentence, company)
        or (states_interest(sentence, company) and _surely_wanted(sentence))
        for sentence in split(line)
    )


def _surely_wanted(sentence: str) -> bool:
    """Whether the interest model reads a sentence as wanting the job beyond doubt."""
    from thanknote.checks import interest_model

    return interest_model.probability(sentence, interest_model.load()) >= _SURE_OF_INTEREST


# How sure the interest model must be that a closing line wants the job to say it for
# the note. Of the 33 closing lines of sets A to LC that no rule reads as interest and the
# model does (at its 0.8), those between 0.8 and 0.9 that are no offer wish for something
# else ("I hope the pipeline through Adré stays open", 0.81; "I would love to see those
# Grieg parts again", 0.82) or are only ready ("I'm ready to move to the Antofagasta region
# at short notice", 0.86); those that want the job stand above ("It would be a real joy to
# make music at St Mary's", 0.92; "I'd be proud to brew your Helles", 0.996).
_SURE_OF_INTEREST: Final = 0.9


# A wish to do something before the decision, which is no wish for the job: "I'd welcome
# the chance to visit the site", "I'd be glad to walk you through the model".
_AN_OFFER: Final = Lazy(
    r"\b(?:glad|happy|delighted|pleased|welcome the (?:chance|opportunity)|love the chance|"
    r"love|like)\s+to\s+(?:walk|continue the conversation|discuss|visit|see|present|meet|"
    r"shadow|share|send|show|talk|tour|guest-lecture|do a|answer|prepare|provide|"
    r"demonstrate|go through|follow up|run through|"
    r"come (?:back|in|out|for|and|over|up|down|along|by))\b",
    re.I,
)


def _panel_address(interview: Interview, person: Interviewer) -> str | None:
    """The address of the office a person without one on their card works at, as their
    panel's cards give it: the first that names the company, else the first (set IH: two
    posted letters with no address but the company's name)."""
    others = [p.address for p in interview.interviewers if p is not person and p.address]
    named = [a for a in others if fold(interview.company) in fold(a)]
    return next(iter(named or others), None)


# A workplace the interviewer called "our": "our clinic", "our ward", "our team".
_THEIR_WORKPLACE: Final = Lazy(
    r"\bour ((?:[\w-]+ )?(?:clinic|practice|ward|team|department|office|branch|lab|unit|school|"
    r"hospital|site|plant|store|shop|restaurant|hotel|kitchen|newsroom|firm|company))\b"
)


def _parent(match: re.Match[str]) -> str:
    return f"{match.group(1)} {'father' if match.group(2) == 'dad' else 'mother'}"


def _closing_line(interview: Interview) -> str | None:
    """The panel's closing line as the notes say it (see `prose.closing_line`)."""
    return closing_line(interview.closing_line) if interview.closing_line else None


def _spoken(name: CardName) -> str:
    """A name as its owner says it: no one says their middle initial aloud."""
    if name.middle and all(len(part.strip(".")) == 1 for part in name.middle.split()):
        return replace(name, middle="").full
    return name.full


def _own_text(interview: Interview) -> str:
    """Everything the file says in the user's words, which notes repeat as given."""
    parts = [interview.company, interview.position, _told_text(interview)]  # the closing
    # line is said, not named
    parts += [part for p in interview.interviewers for part in (p.name, p.title or "")]
    return " ".join(parts)


def _told_text(interview: Interview) -> str:
    """What the file says was talked about and done: topics, accomplishments, moments."""
    parts = [*interview.topics, *(a.text for a in interview.accomplishments)]
    for person in interview.interviewers:
        parts += [*person.topics, person.moment or ""]
    return " ".join(parts)


def _identity(interview: Interview) -> str:
    """What makes one interview's choices differ from another's."""
    return f"{interview.company}|{interview.position}|{interview.date}|{interview.candidate.name}"


_PLANNER: contextvars.ContextVar[PanelPlanner | None] = contextvars.ContextVar(
    "thanknote_planner", default=None
)


@contextmanager
def _planning(planner: PanelPlanner) -> Iterator[None]:
    token = _PLANNER.set(planner)
    try:
        yield
    finally:
        _PLANNER.reset(token)


@jinja2.pass_context
def vary(context: Context, block: str, limit: int | None = None) -> str:
    """Pick one of a block's lines for this note: the panel planner's choice.

    A template writes the ways of saying one thing one per line in a
    `{% set %}` block; lines that render empty (a false condition) are
    skipped. `limit` leaves out lines longer than that many characters.
    """
    del context  # the planner belongs to the draft, not to a template variable
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
        raise TypeError(f"vary(limit=...) must be a number of characters, not {limit!r}")
    options = [" ".join(line.split()) for line in str(block).splitlines()]
    options = [line for line in options if line]
    planner = _PLANNER.get()
    if planner is None:
        return options[0] if options else ""
    return planner.choose(options, limit=limit)


def _context(interview: Interview, index: int, focus: Focus, today: dt.date) -> dict[str, Any]:
    person = interview.interviewers[index]
    all_topics = (*interview.topics, *(t for p in interview.interviewers for t in p.topics))
    decision = interview.next_steps.decision_by
    moment, moment_is_sentence = to_recall(person, interview.interviewers) or (None, False)
    if moment:
        # a parent as a note to an interviewer names them: "your father" (sets IJ and IL: "the
        # story about your dad ..." read as too casual in an e-mail and a posted letter)
        moment = rx.sub(r"\b([Yy]our) (dad|mum|mom)(?=\b|['’]s)", _parent, moment)
        # and their workplace, as they called it, is theirs: "what I would stop doing in your
        # clinic" (set IP: "... in our clinic" read as if the candidate worked there, 3 notes)
        moment = _THEIR_WORKPLACE.sub(r"your \1", moment)
    said = recalled(moment) if moment and not moment_is_sentence else None
    writing_day = max(today, interview.date)
    line = _closing_line(interview)
    if line and writing_day != interview.date and ("today" in line or "this " in line):
        # written the day after: "today" is the day of the interview, and "this morning"
        # (set BK: "thank you for the time this morning" in a note dated the next day)
        line = on_the_day(line, _when(interview.date, writing_day))
    if line and (writing_day - interview.date).days < 4:  # "stayed with me all week"
        since = "since we met" if writing_day == interview.date else f"since {interview.date:%A}"
        line = since_the_day(line, since)
    if line and moment and _retells(line, moment):
        # set DK: "Thanks, too, for taking me up the 120m test tower." and the panel's "Thank
        # you for the chance to see the test tower." in one card: thanked for twice
        line = None
    if line and _offers_what_the_note_never_names(
        line, _told_text(interview), [*focus.topics, moment or ""], focus.accomplishment
    ):
        line = None
    in_post = _in_post(line)
    thanked = thanked_for(written_out(in_post)) if in_post else None
    thanks = said.thanks if said else None
    # the closing line's thanks for a thing of the visit, said with the thanks for the moment
    # in one sentence: left for the note's end, they read as tacked on (set KT: "... Thank you
    # for the tour of the new athletic center. Please let me know ...")
    joined = bool(thanks and thanked)
    lines = address_lines(
        person.address or _panel_address(interview, person),
        company=interview.company,
        name=person.name,
        title=person.title,
    )
    abroad = country_line_for(lines, person.email, country_of(interview.candidate))
    lines = [*lines, abroad] if abroad else lines
    topic = _topic_said(focus.topic, interview) if focus.topic else None
    fits = bool(
        focus.accomplishment
        and relatedness(focus.accomplishment, focus.topic) >= FITS
        and not _is_the_topic(focus)
    )
    return {
        "candidate": interview.candidate,
        # The name said aloud: without post-nominals or a middle initial ("Marcus
        # Whitfield-Ortiz" for "Marcus D. Whitfield-Ortiz, MSN").
        "candidate_spoken": _spoken(parse_card_name(interview.candidate.name)),
        # The name as you sign it: "Sana Qureshi, MD" for "Dr. Sana Qureshi, MD".
        "candidate_signature": signed(interview.candidate.name),
        # under a card or a connection note: no title of one's own (set ED)
        "candidate_signature_warm": signed(interview.candidate.name, warm=True),
        # The address under your name, without a first line that repeats it.
        "candidate_address": "\n".join(
            address_lines(interview.candidate.address, name=interview.candidate.name)
        )
        or None,
        "company": interview.company,
        "company_in_sentence": company_in_sentence(
            interview.company, [p.email for p in interview.interviewers if p.email]
        ),
        # the company a second time in one note: blind readers marked every short note
        # that named it twice ("... at Supermercados Serranos. I would be glad to bring
        # my skills to Supermercados Serranos."), so the second time it is the team
        "company_again": "the team",
        "position": interview.position,
        "job": _job_at(interview.position, interview.company),
        "date": interview.date,
        "weekday": f"{interview.date:%A}",
        "when": _when(interview.date, writing_day),
        "today": writing_day,
        "recipient": _without_the_company(
            recipient_view(
                titles_where_printed(person, interview.interviewers, interview.candidate.country),
                focus.topics,
                by_given_name=by_given_name_custom(
                    person, interview.interviewers, interview.candidate.country
                ),
            ),
            # the company, and the organisation the address names above its street
            [interview.company, *above_the_street(lines, interview.company)[:1]],
        ),
        "recipient_address": "\n".join(lines) or None,
        # its company line would print "Hanbit Logistics" above "Hanbit Logistics Japan"
        "address_names_company": names_the_company(
            lines, interview.company, person.title, person.address
        ),
        "topic": topic,
        # a doing, which "When ... came up" reads as its subject: "working with regional bodies"
        "topic_is_doing": bool(topic and _a_doing(topic)),
        "topics": [_topic_said(t, interview) for t in focus.topics],
        "other_topics": [_topic_said(t, interview) for t in focus.topics if t != focus.topic],
        # the moment already speaks of the topic: "what you said about cultural flows in
        # the Barwon–Darling" beside "your perspective on cultural flows" (set CE)
        # as the note says it: "library of things (tools, seeds, CO2 monitors)" is in "what
        # I'd add to the library of things" (set DR: said twice in a row)
        "topic_in_moment": bool(moment and topic and _mentions(moment, topic)),
        # as recalled: a question put to the candidate is "your question on ..."
        "moment": None if moment_is_sentence else (said.text if said else moment),
        "moment_sentence": moment if moment_is_sentence else None,
        "moment_thanks": f"{thanks}, and for {thanked}" if joined else thanks,
        "closing_in_moment": joined,
        # a disaster or a harm is recalled as what was said is, never "enjoyed" (set KO: "I
        # particularly enjoyed the photos of the 1965 El Cobre dam failure in your office")
        "moment_kind": (
            "said"
            if said and said.kind not in ("doing", "chat") and is_grave(said.text)
            else said.kind
            if said
            else None
        ),
        "accomplishment": phrase(focus.accomplishment.text) if focus.accomplishment else None,
        "accomplishment_fits": fits,
        "topic_in_accomplishment": fits and _names_the_topic_again(focus, all_topics),
        "accomplishments": [phrase(a.text) for a in interview.accomplishments],
        "closing_line": line,
        "closing_line_in_post": in_post,
        "closing_line_in_letter": written_out(in_post) if in_post else None,
        "closing_looks_ahead": bool(line and _LOOKS_AHEAD.search(line)),
        # a remark on the visit, said in the past, is said after the note's first thanks: at
        # the end, beside the decision's date, it read as a thought dropped in (sets KD, KF:
        # "It was a real pleasure to taste the 2025 from barrel.", 5 notes)
        "closing_recalls": bool(line and _RECALLS_THE_VISIT.fullmatch(line)),
        # set DL: "Thank you so much for speaking with me on Monday." and the panel's "Thank
        # you for a really open conversation." in one card: thanked twice for the meeting
        # but a line that thanks "again" wants thanks before it (set DP: "Thank you again
        # for your time" after "It was a pleasure to meet you")
        # and as a letter writes it out ("Ngā mihi nui for taking the time ..." is "Thank
        # you for ..." in a posted letter, set DU)
        "closing_thanks_for_meeting": bool(line and thanks_for_the_meeting(line)),
        # a line of thanks for a thing of the visit, said with the note's first thanks by the
        # templates that can (none when the person's moment is thanked for there already)
        "closing_thanks_for": None if thanks else thanked,
        # set BZ: "I'd love to be part of the team." after "I would be delighted to join
        # you" read as said twice
        "closing_states_interest": bool(line and _states_interest(line, interview.company)),
        "panel": [p.name for i, p in enumerate(interview.interviewers) if i != index],
        "panel_size": len(interview.interviewers),
        "decision_by": decision
        if decision is not None and decision >= writing_day + _ARRIVAL
        else None,
        # a posted letter takes longer to arrive (set JP: one posted from Stellenbosch to
        # Bordeaux on November 26 asked for anything needed "before your decision on
        # December 1")
        "decision_by_post": decision
        if decision is not None and decision >= writing_day + _BY_POST
        else None,
        "next_steps": interview.next_steps,
        "follow_up": FollowUp(interview, index),
        "variant": index,
    }


# A decision date closer than this has passed, or will have, by the time a note
# is read (a posted card takes days): notes do not announce it as coming.
_ARRIVAL: Final = dt.timedelta(days=3)


# How long a posted letter may take to arrive, abroad too: a decision closer than this is
# not announced as coming.
_BY_POST: Final = dt.timedelta(days=7)


# What only an e-mail can carry: a posted card cannot point "below" to a link.
_ONLINE_ONLY: Final = Lazy(r"\b(link(?:ed)?|below|attach(?:ed|ment)?|click|inbox)\b", re.I)


# A closing line that looks ahead ("I look forward to meeting the Board") or offers
# something ("I'd be glad to share the script if it would help"), after which a note
# says nothing more about what comes next.
# A remark on the visit in one sentence, in the past: "It was good to hear how much the team
# looks after each other.", "I really enjoyed seeing the studio."
_RECALLS_THE_VISIT: Final = Lazy(
    r"(?:It was|It has been|It's been|It’s been) (?:a (?:real |great |genuine )?"
    r"(?:pleasure|privilege|joy|treat)|(?:so |really |very )?(?:good|great|lovely|wonderful|"
    r"nice|interesting|fascinating|inspiring|encouraging|reassuring|moving)) to [^.!?;]*[.!]"
    r"|I (?:really |truly |thoroughly |very much )?(?:enjoyed|loved) [^.!?;]*[.!]"
)
_LOOKS_AHEAD: Final = Lazy(
    r"\b(?:look(?:ing)? forward|hope to hear|hearing from you|next (?:stage|step|round)|"
    r"(?:glad|happy|delighted|pleased) to (?:share|send|provide|show|walk|put together|bring|"
    r"talk|discuss|come|help)|if (?:it|that|this) (?:would )?helps?|remain available|"
    r"before you (?:decide|make)|(?:your|the) decision)\b",  # set AX: "before you decide"
    re.I,
)


def _in_post(line: str | None) -> str | None:
    """The closing line for a note that goes by post, unless it speaks of links
    or attachments, which only an e-mail carries."""
    return None if line is None or _ONLINE_ONLY.search(line) else line


def _when(day: dt.date, writing_day: dt.date) -> str:
    """How a note says when the interview was: "today" in a note written the same
    day, "on Tuesday" within the week it is written in, else "on November 3"."""
    if writing_day == day:
        return "today"
    if 0 <= (writing_day - day).days < 7:
        return f"on {day:%A}"
    return f"on {short_date(day)}"


class FollowUp:
    """When and how to follow up with the recipient, from the plan (worked out
    only when a template asks: most notes do not need it)."""

    def __init__(self, interview: Interview, index: int) -> None:
        self._interview, self._index = interview, index

    @property
    def on(self) -> dt.date:
        """The day to follow up."""
        from thanknote.planning import plan

        with sandbox.untimed():
            return plan(self._interview).follow_up_on

    @property
    def channel(self) -> str:
        """ "email", "phone", "mail" or "none" (they asked not to be contacted)."""
        from thanknote.planning import plan

        with sandbox.untimed():
            return plan(self._interview).people[self._index].follow_up


def _render_one(
    compiled: jinja2.Template,
    name: str,
    interview: Interview,
    index: int,
    focus: Focus,
    today: dt.date,
) -> Note:
    context = _context(interview, index, focus, today)
    try:
        text = sandbox.render(compiled, context)
    except ThanknoteError:
        raise  # from thanknote's own code a template called, e.g. the follow-up plan
    except jinja2.TemplateError as exc:
        raise _template_error(compiled.filename, name, exc, sys.exc_info()[2]) from None
    except RecursionError:
        error = TemplateError(name, _TOO_DEEP)
        raise _with_line(error, compiled.filename, sys.exc_info()[2]) from None
    except Exception as exc:
        # Python errors inside an expression, e.g. {{ 1 / 0 }} or {{ '%d' % 'x' }}.
        error = TemplateError(name, _one_line(f"{type(exc).__name__}: {exc}"))
        raise _with_line(error, compiled.filename, sys.exc_info()[2]) from None
    if context["company_in_sentence"] == UNNAMED_COMPANY:
        text = _without_unnamed_company(text)
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
        written=today,
    )


def _without_unnamed_company(text: str) -> str:
    """A note whose company English letters cannot name, without "your organisation"
    where the sentence reads without it ("the role at your organisation" -> "the
    role") or with the team it names ("joining the team"): set BR's reader marked
    "your organisation" as a mail merge's."""
    text = text.replace("the team at your organisation", "the team")
    text = text.replace("of your organisation", "of the team")
    text = rx.sub(r" (?:at|with|for|in) your organisation\b", "", text)
    text = rx.sub(r"\b(join|joining|to) your organisation\b", r"\1 the team", text)
    return text.replace("your organisation", "the team")


def _template(template: str | Path) -> tuple[jinja2.Template, str]:
    """Find and compile a built-in template by name, or a user's by path."""
    spec = str(template)
    is_path = isinstance(template, Path) or "/" in spec or spec.endswith(TEMPLATE_SUFFIXES)
    if is_path:
        path = Path(spec).expanduser()
        if not path.is_file():
            raise TemplateError(spec, "no such template file")
        # The file named (a link is followed to the real file); what it includes
        # must be inside the real file's folder.
        real = path.resolve()
        env, name = _environment(str(real.parent)), real.name
    else:
        # A built-in name is looked for as a file: reading every template to list
        # them costs `thanknote draft` half a millisecond, and only an error needs it.
        if not _BUILTIN_NAME.fullmatch(spec) or not (_builtin_dir() / f"{spec}.j2").is_file():
            names = builtin_templates()
            raise TemplateError(spec, f"no such template; choose from: {', '.join(names)}")
        env, name = _environment(None), f"{spec}.j2"
    try:
        return env.get_template(name), spec
    except jinja2.TemplateSyntaxError as exc:
        message = _one_line(f"invalid template: {exc.message}")
        raise TemplateError(spec, message, line=exc.lineno) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(spec, _one_line(exc.message or str(exc))) from None
    except UnicodeDecodeError:
        raise TemplateError(spec, "not UTF-8 text") from None
    except (RecursionError, SyntaxError, MemoryError):
        # Brackets or blocks nested thousands deep: more than Python can compile.
        raise TemplateError(spec, "invalid template: nested too deeply to compile") from None
    except jinja2.TemplateError as exc:
        # Jinja works out constant expressions as it compiles: {{ (''|attr('__class__')) ~ 1 }}
        # meets the sandbox then, not when the template renders.
        raise _template_error(None, spec, exc, None) from None


_BUILTIN_NAME: Final = Lazy(r"[a-z][a-z0-9-]*")
_TOO_DEEP: Final = (
    "nested too deeply: a template that includes itself, or a macro that calls itself, without end?"
)


def _one_line(message: str, limit: int = 300) -> str:
    """A message on one line, shortened: errors from Python may quote a whole value."""
    message = " ".join(message.split())
    return message if len(message) <= limit else f"{message[: limit - 3]}..."


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
    message = _one_line(exc.message or type(exc).__name__)
    if isinstance(exc, jinja2.UndefinedError):
        # "'thanknote.rendering.Recipient object' has no attribute 'nme'" -> "recipient has..."
        message = rx.sub(r"'(?:[\w.]+\.)?(\w+) object'", lambda m: m.group(1).lower(), message)
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
def _environment(user_dir: str | None) -> sandbox.BoundedEnvironment:
    dirs = [user_dir] if user_dir else []
    text, date = sandbox.FilterKind((str,), "text"), sandbox.FilterKind((dt.date,), "a date")
    texts = sandbox.FilterKind((list,), "a list of text", items=str)
    filters: Mapping[str, Any] = {
        "natural_list": (natural_list, texts),
        "possessive": (possessive, text),
        "article": (article, text),
        "with_article": (with_article, text),
        "long_date": (long_date, date),
        "short_date": (short_date, date),
        "vary": (vary, text),
        "capfirst": (capfirst, text),
    }
    return sandbox.BoundedEnvironment(
        [*dirs, str(_builtin_dir())],
        filters={
            name: sandbox.checked_filter(name, func, kind) for name, (func, kind) in filters.items()
        },
        undefined=jinja2.StrictUndefined,
        bytecode_cache=compiled_templates(),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
