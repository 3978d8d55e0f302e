"""Accomplishments as English: whatever shape the user wrote, a sentence.

People jot accomplishments down as clauses ("led the move to Kafka",
"I've trained 40 nurses"), CV fragments in the present ("Manage a team of
12"), noun phrases ("nine years on oil tankers"), credentials and exams
("WSET Level 3, with distinction", "LGSW"), languages ("Somali and
English"), tools ("Revit, Rhino, One Click LCA") and awards ("Employee of
the Year 2023"). `phrase()` reads the shape and returns a clause that
completes "I ..." in every case, with the whole sentence ("my branch was
top in the region"), and says whether it tells of a past action, which only
then reads after "when".

The verb, noun and adjective knowledge is lemminflect's and the language
names are ISO 639's (see `lexicon`); what is listed here is the closed-class
grammar English has a fixed set of: determiners, numbers, prepositions, and
the few nouns and verbs whose use in a CV decides the frame.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from thanknote import lexicon, shorthand
from thanknote import patterns as rx
from thanknote.patterns import Lazy
from thanknote.prose import natural_list

__all__ = ["Phrase", "phrase"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """An accomplishment ready for a sentence.

    `clause` completes "I ...": "led the move to Kafka", "have nine years of
    ICU nursing", "am fluent in Spanish", "hold the LGSW credential".
    `sentence` is the clause with its subject, usually "I": "I led the move
    to Kafka", but "my team shipped a portal" as the user wrote it. `event`
    is true when it tells of a past action, so that "when {sentence}" reads
    well. `sure` is false when the text could only be fitted loosely (a
    string of abbreviations), so that a planner may prefer another.
    """

    text: str  # as the user wrote it
    clause: str
    event: bool
    sentence: str = ""
    sure: bool = True

    @property
    def action(self) -> bool:
        """A past action of the writer's, which reads after "how" and "the time":
        "led the move", not "was named" or "spent nine years"."""
        return self.event and not self.clause.startswith(("was ", "spent ", "am ", "have "))

    @property
    def one_off(self) -> bool:
        """A past action done once, which a note can recall as "the time ...":
        "led the move to Kafka"; not "ran 200+ dives" or "ran financial DD on 11
        deals", work done many times, which "took me back to when" makes odd."""
        return self.action and not any(c.isdigit() for c in self.clause)

    @property
    def kind(self) -> str:
        """What sort of thing it is, for the frame that introduces it: "action"
        ("led the move"), "experience" ("spent nine years at sea"), "credential"
        ("hold a CPA licence", "am CCRN certified"), "skill" ("speak Somali",
        "have worked with Revit"), "role" ("am a mentor") or "award"."""
        clause = self.clause
        read = rx.match(r"(?:read|write) (\w+)", clause)  # "read Greek, Latin and Syriac"
        if (
            clause.startswith(("speak ", "have worked with "))
            or rx.match(r"am (?:fluent|bilingual|trilingual)\b", clause)
            or (read and lexicon.is_language(read.group(1)))
        ):
            return "skill"
        if clause.startswith(("won ", "was named ", "was on the ", "was shortlisted ")):
            return "award"
        if rx.match(
            r"(?:placed \w+|was (?:a |an )?(?:semi-)?(?:finalist|runner[- ]up)) (?:in|for) ", clause
        ):
            return "award"  # a place short of winning: "placed fourth in the ..." (set HH)
        if clause.startswith("was awarded "):
            return "award"  # "awarded the Vishisht Seva Medal" (set CM: "Having been awarded
            # the ..., I believe I could get up to speed quickly")
        if any(w in clause for w in _GRANT_WORDS) and rx.match(_GRANTED, clause):
            return "award"  # "received a Fundación Jumex research grant" (set BY)
        logged = clause.startswith("have logged ")
        if logged and rx.fullmatch(
            r"have logged [\d,.+]+ (?:[\w-]+ )?hours(?: [\w-]+){0,3}", clause
        ):
            return "credential"  # "4,200 hrs logged": a CV's count, as "5 years of experience"
        if clause.startswith("am proud that "):
            return "action"  # "my series on damp and mould led to 2 council inquiries"
        if rx.match(r"(?:am|have been) \w+ing\b", clause):
            return "experience"  # "have been calling shows for eight years"
        if clause.startswith(
            (
                "hold ",
                "have held ",
                "completed ",
                "passed ",
                "have passed ",
                "served in ",
                "graduated ",
            )
        ) or (" score of " in clause and rx.match(r"have an? .+ score of ", clause)):
            return "credential"  # "have a TOEFL ITP score of 587", "passed EPSO CAST", service
        if rx.match(
            r"was (?:ordained|licensed|registered|certified|accredited|admitted|called to)\b",
            clause,
        ):
            return "credential"  # a standing conferred, not a deed: "was ordained in 2012"
        if rx.match(r"(?:am|have been|was) [A-Z][\w-]* of (?:the )?[A-Z]", clause):
            return "role"  # an office of a named body: "have been Concertmaster of the ..."
        if rx.match(r"(?:am|have been) (?!an? )\S", clause):
            return "credential"
        if rx.search(r"\bspeaker\b", clause):
            return "skill"  # "am a native Portuguese speaker"
        if rx.match(
            r"(?:am|have been|was) an? (?:(?!of\b)\S+ ){0,3}member(?: of |$)", clause, re.I
        ):
            return "credential"  # "a member of PIIB": a standing, like a licence (set AY)
        if rx.match(r"(?:am|have been|was) an? ", clause):
            title = clause.split(" since ")[0].split()
            if any(_STATE_ENDING.fullmatch(w) for w in title[2:]):
                return "credential"  # "a Texas Licensed Court Interpreter": a licence held
            return "role"
        bare_years = clause.endswith(" of experience") and clause.count(" ") <= 5
        if bare_years and rx.fullmatch(
            r"have [\w.,+]+ (?:full )?(?:years?|months?) of experience", clause
        ):
            return "credential"  # "have 5 years of experience": no more than a CV's line
        if clause.startswith("spent ") or rx.match(
            r"have [\w.,+]+ (?:full )?(?:years?|months?|decades?|seasons?)", clause
        ):
            return "experience"
        if clause.endswith((" experience", " expertise")):
            return "experience"  # "have rheometer and SEM experience"
        done = [w for w in clause.split(" ")[1:3] if w not in ("never", "always", "just")]
        if clause.startswith("have ") and not (done and lexicon.is_past_participle(done[0])):
            return "credential"  # "have a clean record", "have my own transport": held
        return "action"

    @property
    def lead_in(self) -> str | None:
        """The accomplishment as a phrase that leads into a sentence about the
        writer, or None when it has another subject ("my team shipped ..."):
        "Having led the move to Kafka", "With eight years of UX experience", "With
        my BSc in Agriculture", "As a certified Laban Movement Analyst", "Being
        ICH-GCP certified", "Speaking Kannada, Tamil and English". It reads before
        ", I am confident I could contribute from the start", which ties a fact
        the topic did not call for to the role instead."""
        if self.sentence != f"I {self.clause}":
            return None
        aside = rx.search(r", (\w+ing)\b(?!,| and\b| or\b)", self.clause)  # not a list
        verb = self.clause.split(" ", 1)[0]
        dated = aside and rx.search(r"\b(?:19|20)\d\d\b", self.clause[aside.end() :])
        if aside and aside.group(1) != "including" and not dated and _told_in_past(verb):
            # "Having managed a $140m contract, coming in 6% under budget, I ...": the
            # aside dangles before the claim (set BO); said as a second deed it does not
            # ("..., and come in 6% under budget")
            reading = lexicon.verb(aside.group(1).lower())
            lemma = lexicon.verb(reading.lemma) if reading else None
            done = lemma.forms[1] if lemma and len(lemma.forms) > 1 and lemma.forms[1] else ""
            rest = self.clause[aside.end(1) :]
            fact = self.clause[: aside.start()] + (f" and {done}{rest}" if done else "")
            return replace(self, clause=fact, sentence=f"I {fact}").lead_in
        listed = not rx.search(r"\b(?:have|has|had|used|am|is|was|can)\b", self.clause)
        if self.clause.startswith("speak ") and listed:  # "..., and conversational Malay"
            return f"Speaking {self.clause[6:]}"
        if rx.search(r"\bso (?:I|we)\b|\bso (?!far\b)(?:that )?[a-z]+ [a-z]+", self.clause):
            # "a Unite rep so I know both sides of the table" (set CC): a clause; "worked ...
            # on a PPM schedule so rooms out of order never passed 1%" (set KO), its outcome
            return None
        _, comma, after = self.clause.partition(", ")
        listed_in = after.startswith("including ")  # "..., including privileged access reviews"
        if comma and (
            rx.match(r"(?:and|which|who|that|where|so)\b", after)
            or (not listed_in and any(_told_in_past(w) for w in after.split()[:4]))
        ):
            return None  # "..., complaint tickets fell by half": a clause of its own
        joined = rx.search(r" and ((?:\S+ ){1,3}?)(\S+)", self.clause)
        if (
            joined
            and _told_in_past(joined.group(2))
            and not _told_in_past(joined.group(1).split()[0])
        ):
            return None  # "led the huddle and falls went down": a clause of its own
        if _present_after_and(self.clause):
            return None  # "Having led two audits and now manage the team" (set KL)
        verb, _, rest = self.clause.partition(" ")
        if not rest or rx.match(r"(?:or|and)\s", rest):
            return None  # "wrote or co-wrote three papers": verbs a lead-in cannot join
        if verb == "am" and rx.match(r"\w+ing\b", rest):
            return None  # not "Being resubmitting"
        if verb == "am":
            return f"As {rest}" if rx.match(r"an? ", rest) else f"Being {rest}"
        if verb == "was":
            return f"Having been {rest}"
        if verb in ("hold", "have"):
            second, _, after = rest.partition(" ")
            lasting = rx.search(r"\b(?:for|since|until|from)\b", after)
            if verb == "have" and second == "been" and rx.match(r"an? ", after) and not lasting:
                # "As an admitted attorney of the High Court": what one is, not was (set CN:
                # "Having been an admitted attorney ..." read as no longer admitted)
                return f"As {after}"
            if verb == "have" and second == "been":
                return f"Having been {after}"
            if verb == "have" and lexicon.is_past_participle(second):
                return f"Having {rest}"  # "have worked with Revit", "have run my own shop"
            if _only_adverb(second) or lexicon.is_past_participle(second):
                return None  # "have never had a slope failure ...": a clause, not a thing had
            finite = [w for w in rest.split()[1:] if _is_past(w) or w in ("is", "are")]
            if any(not lexicon.noun(w.lower()) for w in finite) or rx.search(r"\bso\b", rest):
                return None  # "have my own car so Alcobendas is fine": a clause of its own
            return f"With {rx.sub(r'^(?:an?|the) ', 'my ', rest)}"
        participle = lexicon.past_participle(verb)
        now = lexicon.verb(verb) if participle is None else None
        past_too = any(r.tags & {"VBD", "VBN"} for r in lexicon.readings(verb))  # "found"
        doing = now.forms[2] if now and len(now.forms) > 2 else ""  # not "can", "must"
        # a deed, not a state ("own", "know") nor a rank ("top 3 in the ... Challenge")
        deed = verb not in _STATIVE_VERBS and (rest[:1].isdigit() or rest[:1].islower())
        present = now is not None and now.tags == frozenset({"VB"}) and now.lemma == verb
        if present and doing and deed and not past_too:
            # what one does now: "manage a team of 6 analysts" is "With my experience managing
            # a team of 6 analysts" (set FK: "I was pleased to mention that I manage ...")
            return f"With my experience {doing} {rest}"
        if participle == "gotten":
            return None  # "Having gotten ..." reads as a slip in British English, "got" in American
        return (
            f"Having {participle} {_coordinated(rest, _participle_of_a_past)}"
            if participle
            else None
        )

    def __str__(self) -> str:
        return self.clause


_DETERMINERS: Final = frozenset(
    """a an the my our your their his her its this that these those every each all both
    several many some any no""".split()
)
_NUMBER_WORDS: Final = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred dozens hundreds thousands""".split()
)
_QUANTITY_LEAD: Final = frozenset("over nearly almost about around more than some".split())
_DURATION: Final = Lazy(r"\b(years?|yrs?|months?|decades?|seasons?|weeks?)\b", re.I)
_PREPOSITIONS: Final = frozenset(
    """in of with for on at to from across as by into under over within through via
    and or including""".split()
)
# Words of time and manner after a head noun, as prepositions are.
_AFTER_THE_HEAD: Final = frozenset(
    "since after before during following among between without against despite".split()
)
# Nouns for people that do not end in an agent suffix ("-er" of a verb).
_PERSON_NOUNS: Final = frozenset(
    """nurse chef pilot medic expert specialist generalist professional graduate native
    volunteer member fellow coach guide host student intern apprentice journeyman midwife
    surgeon vet attorney paralegal clerk cook barista sommelier lead head speaker
    accountant captain mate officer mentor tutor advisor adviser affiliate associate
    charterholder architect engineer analyst consultant assistant technician veteran
    preceptor alum alumnus alumna student trainee extern star winner finalist champion
    ambassador chaplain priest rabbi imam pastor minister deacon vicar cleric purser
    steward constable sergeant cadet deputy marshal envoy diplomat medic paramedic aide
    mechanic artisan apprentice registrar bursar provost dean principal superintendent
    lieutenant colonel admiral magistrate judge counsel barrister notary resident partner
    trustee president treasurer secretary delegate representative agent cashier doula
    janitor lifeguard mariner seafarer deckhand bosun attendant docent auditor actuary
    chair postdoc nominee recipient laureate honoree awardee employee rookie newcomer""".split()
)
_AGENT: Final = Lazy(r"(\w{3,}?)(?:er|or|r)")
# Participles that say what one may do: "authorized to give injections".
_PERMITTED: Final = frozenset(
    "authorized authorised permitted cleared approved insured bonded".split()
)
# Verbs a CV often starts with before a preposition ("Work with clinicians").
_PREPOSITIONAL_VERBS: Final = frozenset(
    "work partner report travel consult liaise volunteer serve teach study".split()
)
# Heads of what one holds: "hold a CDL licence", "hold an ECS Gold Card".
# The last word of a body one belongs to: "IWA Water Loss Specialist Group".
_BODIES: Final = frozenset(
    """group society association committee council network panel forum club chapter
    federation guild board taskforce union circle""".split()
)
_HELD: Final = frozenset(
    """certificate certification licence license diploma degree card rating permit
    accreditation qualification credential badge belt clearance endorsement ticket
    registration membership fellowship medical grant""".split()
)
# Heads of what one completes or publishes.
_COMPLETED: Final = frozenset(
    """course training programme program module apprenticeship externship internship
    placement residency secondment rotation bootcamp""".split()
)
_GIVEN: Final = frozenset("talk presentation keynote lecture workshop webinar seminar".split())
# Heads of a quality one has, which read after "I have": "a strong background".
_QUALITIES: Final = frozenset(
    "background experience expertise knowledge grounding understanding passion record".split()
)
# Roles one holds for good once held ("an alum", "a member"): "I am", not "I have been".
_LASTING_ROLES: Final = frozenset(
    """alum alumnus alumna graduate member fellow affiliate associate charterholder native
    speaker veteran holder""".split()
)
_PUBLISHED: Final = frozenset("article paper chapter book report study".split())
# What a "Best ..." award is given to besides a person: "Best Poster", "Best Dish".
_ENTRIES: Final = frozenset(
    """poster thesis dissertation film project design dish wine pitch essay idea startup
    team product store branch exhibit booth stand app entry submission demo video
    documentary short abstract""".split()
)
# Qualities a CV starts with ("Experience with Epic"), which take no article.
_QUALITY_NOUNS: Final = frozenset(
    "experience background expertise knowledge passion grounding understanding".split()
)
_MASS_QUALITIES: Final = frozenset("experience expertise knowledge".split())
# Credentials whose holder is described by them: "am CCRN certified".
_STATE_ENDING: Final = Lazy(
    r"(certified|licensed|qualified|accredited|registered|trained|recognised|recognized|"
    r"approved|chartered)$",
    re.I,
)


def _coordinated(text: str, form: Callable[[str], str | None]) -> str:
    """The verbs joined to a clause's first by "and" or a comma, each in `form` (a past
    participle after "Having", a simple past for "I've ... and taken"); a word `form`
    gives None for, or gives as it is, stays."""

    def joined(match: re.Match[str]) -> str:
        word = match.group("verb")
        said = form(word)
        return f"{match.group('joint')}{said}" if said and said != word else match.group(0)

    return _COORDINATED_VERB.sub(joined, text)


# A word after "and" or a comma (and a "then" or "also"), which may be a verb joined to
# the clause's first.
_COORDINATED_VERB: Final = Lazy(
    r"(?P<joint>(?:,|\band)\s+(?:then\s+|also\s+)?)(?P<verb>[a-z]+)(?=\s)"
)


def _participle_of_a_past(word: str) -> str | None:
    """ "ran" -> "run": the participle of a simple past that is not one itself."""
    simple_past = any("VBD" in r.tags and "VBN" not in r.tags for r in lexicon.readings(word))
    if word == "got":
        return "got"  # as Britain and the Commonwealth write it (set KQ: "gotten it approved")
    return lexicon.past_participle(word) if simple_past else None


def _past_of_a_participle(word: str) -> str | None:
    """ "taken" -> "took": the simple past of a participle that is only one."""
    reading = lexicon.verb(word)
    only_participle = reading is not None and reading.tags == frozenset({"VBN"})
    return lexicon.past_tense(reading.lemma) if reading and only_participle else None


# Past participles that, leading a CV line, say what was done to the writer.
_PASSIVE: Final = frozenset(
    """shortlisted nominated selected named awarded recognised recognized promoted appointed
    elected invited featured commended accepted ranked listed chosen honoured honored
    seconded hired ordained commissioned enrolled credited""".split()
)
# Those that are also done to things, as a deed: "commissioned shore power", "hired
# staff", "listed properties", "enrolled patients" (not "commissioned in 2010").
_DONE_TO_THINGS: Final = frozenset("commissioned hired listed enrolled selected".split())
# Those that read "for" before the name that follows them ("shortlisted, X Awards").
_CANDIDATED: Final = frozenset("shortlisted nominated selected chosen ranked listed".split())
_PROFICIENCY: Final = Lazy(
    r"\b(fluent|native|bilingual|trilingual|conversational|basic|working|intermediate|"
    r"advanced|proficient|business level|[ABC][12]|HSK ?\d|JLPT ?N?\d)\b",
    re.I,
)
_AWARD: Final = Lazy(r"\b(awards?|prize|medal|trophy|cup|championship|commendation)\b", re.I)
# A decoration one is awarded rather than wins: "the Bronze Star", "the Military Cross".
_DECORATION: Final = Lazy(r"\b(?:Star|Cross|Medal|Commendation)\b")
# (and "Outstanding", the first word of many awards: "Outstanding Clinical Instructor
# 2023", set GC: "As an Outstanding Clinical Instructor 2023, ...")
_NAMED: Final = Lazy(
    r"\bof the (year|month|season|quarter)\b|^(top|best)\s"
    r"|^(?-i:Outstanding(?: [A-Z][\w'’-]*)+(?: (?:19|20)\d\d)?)$",  # not "... rating 2023"
    re.I,
)
# A diploma or certificate and its subject without "in" between: "a PG Dip Nursing".
_DIPLOMA_SUBJECT: Final = (
    r"(hold an? (?:PG |Postgraduate |Graduate |Advanced )?(?:Dip|Cert|Diploma|Certificate)\.?)"
    r" (?!in |of |Level |IV|III|II|I\b)(?=[A-Z][a-z])"
)
# Places after the winner's, as an award line writes them.
_PLACES_WORDS: Final = {
    "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
    "7th": "seventh", "8th": "eighth", "9th": "ninth", "second": "second", "third": "third",
    "fourth": "fourth", "fifth": "fifth",
}  # fmt: skip
# What an award line says of a place short of winning: "(finalist)", "runner-up".
_PLACED: Final = (
    r"\b(?:finalists?|runners?[- ]up|nominee|nominated|shortlist\w*|honou?rable mention|"
    r"highly commended|2nd|3rd|second|third)\b"
)
# Tests whose result is a score: "TOEFL ITP 587" is a score of 587 on it.
_SCORED_TESTS: Final = (
    "TOEFL", "IELTS", "TOEIC", "PTE", "GRE", "GMAT", "SAT", "ACT", "LSAT", "MCAT", "Duolingo",
)  # fmt: skip
# Degrees, compared without their dots ("M.Sc." is MSc, "LL.M." is LLM).
_DEGREES: Final = frozenset(
    """mba msc bsc ba bs ma ms mph mpa mfa meng beng llb llm msw mlis msn bsn med bed bcom
    bba btech mtech mphil mres phd dphil pharmd md mbbs mbchb dvm mvb bvms bvsc dds dmd edd
    psyd dnp jd hnd hnc pgce pgdip diplom dipl-ing dm mch dnb""".split()
)
_SUBJECT: Final = Lazy(
    r"""^(?:
        (?P<perfect>I(?:'ve|’ve|\s+have)\s+)
      | (?P<am>I(?:'m|’m|\s+am)\s+)
      | (?P<was>I\s+was\s+)
      | (?P<mine>(?:my|our)\s+(?:team|group|squad|unit|department|crew|lab|class|branch|
            store|site|ward|shift|office|kitchen|restaurant|project|programme|program|
            company|startup|firm)\s+)
      | (?P<we>we\s+)
      | (?P<i>I\s+)
    )""",
    re.I | re.X,
)


_Reading = tuple[str, bool, bool, str]  # clause, event, sure, sentence ("" for "I" + clause)


# A sector after "in" or "across" without its article.
_SECTOR: Final = Lazy(
    r"\b(in|across) ((?!(?:the|a|an|my|our|this|that|their|his|her|its)\b)"
    r"(?:[\w&'’-]+ (?:and [\w&'’-]+ )?){1,3}?(?:industry|sector|market))\b"
)


def _both_past(clause: str) -> str:
    """Two verbs joined at a clause's start in one tense: "rigged and run shows on
    grandMA3" -> "rigged and ran shows ..." (a base form after a past, as notes write
    it)."""
    joined = rx.match(r"([a-z]+) and ([a-z]+)\b", clause)
    if not joined:
        return clause
    first, second = lexicon.verb(joined.group(1)), lexicon.verb(joined.group(2))
    past = first is not None and "VBD" in first.tags and joined.group(1) != first.lemma
    if not past or second is None or "VB" not in second.tags or len(second.forms) < 1:
        return clause
    if second.lemma != joined.group(2) or not second.forms[0] or second.forms[0] == joined.group(2):
        return clause
    return f"{joined.group(1)} and {second.forms[0]}{clause[joined.end() :]}"


_LEVELS: Final = frozenset(
    """decent fluent native basic conversational working good some intermediate advanced
    business professional limited elementary""".split()
)


def _retold(clause: str, sentence: str, said: str) -> tuple[str, str]:
    """The clause said anew, and the sentence with it where the sentence is only "I" and
    the clause (a sentence of the writer's own stays as written)."""
    return said, f"I {said}" if sentence == f"I {clause}" else sentence


def _languages_listed(words: str) -> str:
    """Languages listed in two joins, one list: "Norwegian and English, decent Spanish"
    (set EM: "As a Norwegian and English, ...") is "Norwegian, English and conversational
    Spanish"."""
    if " and " not in words or ", " not in words:
        return words
    items = [i.strip() for i in rx.split(r",\s*|\s+and\s+", words) if i.strip()]
    for item in items:
        *level, language = item.split()
        if not lexicon.is_language(language) or not set(map(str.lower, level)) <= _LEVELS:
            return words
    # "decent", as people jot it, is the level a CV calls conversational
    items = [rx.sub(r"^decent ", "conversational ", item, flags=re.I) for item in items]
    return f"{', '.join(items[:-1])} and {items[-1]}"


# Activities of going somewhere, which years are spent doing, not in: "nine years
# flying" (set DM: "I spent nine years in flying").
_GOING: Final = frozenset(
    "flying sailing driving riding travelling traveling diving climbing trekking".split()
)


# A festival's medal and its year, as a CV lists it: "Cannes Lions Bronze 2024, Outdoor".
_MEDAL: Final = Lazy(
    r"(?P<prize>(?:[A-Z][\w'’-]*\s)*?[A-Z][\w'’-]*)\s(?P<metal>Gold|Silver|Bronze|Grand Prix)"
    r"(?: Lions?| [Aa]ward)?,?\s(?P<year>(?:19|20)\d\d)(?:,\s.+)?"
)


# A title in quotes, single, double or curly: "'Corps, masques et esprits'".
_QUOTED: Final = Lazy(r"(?<![\w'’])(['‘\"“])[^'’\"”]+?['’\"”](?![\w])")


# Workplaces an accomplishment speaks of as "the ...'s": the candidate's own.
_EMPLOYERS: Final = (
    r"school|firm|company|practice|hospital|bank|agency|clinic|council|charity|trust|"
    r"restaurant|hotel|newsroom|station|lab|laboratory|academy|college|university|store|"
    r"plant|mine|ship|vessel|fleet|airline|airport|port|club|studio|gallery|museum|library|"
    r"site|farm|hatchery|facility|factory|warehouse|depot|branch|unit|ward"  # set JS: "the site's"
)
_CERTIFIED: Final = Lazy(
    r"^((?:Board-)?(?:[Cc]ertified|Licensed|Qualified|Accredited|Trained|Chartered))"
    r"(?= (?:in|as|by|with|for)\b)"
)
_MINE: Final = Lazy(r"(?i)\b(?:my|our)\b")
_THE_EMPLOYERS: Final = Lazy(rf"\bthe ({_EMPLOYERS})(['’]s?)(?=\s)")


def _numbers_alike(text: str) -> str:
    """Small counts written as words where the line writes one so already: "9 years of
    embedded C, the last 4 leading a team of five" is "nine years ..., the last four ..."
    (sets JK, JO: figures and number words mixed in one sentence, 2 notes). A figure after
    a capital ("Level 3", "Year 4") or before a unit ("5 km") is a name or a measure."""
    if not _SPELLED_COUNT.search(text):
        return text

    def spelled(match: re.Match[str]) -> str:
        after = match.group(2)
        before = text[: match.start()].split()[-1:]
        if before and before[0][:1].isupper():
            return match.group()  # "Level 3 and", "Year 4 teacher": a name's figure
        word = before[0].lower().strip(",;(") if before else ""
        leads = _PREPOSITIONS | _DETERMINERS | {"and", "or", "than", "about", "over", "some"}
        if word and word not in leads | _FOLLOWED and not lexicon.verb(word):
            return match.group()  # "a decile 1 school": a rating's figure, not a count
        counted = word in _FOLLOWED
        if not counted and lexicon.noun(after) is None and after not in _DETERMINERS | {"of"}:
            return match.group()  # "5 km", "3 x", "2 nd": no count of things
        return f"{_SMALL_NUMBERS[int(match.group(1)) - 1]} {after}"

    return _SMALL_FIGURE.sub(spelled, text)


_YEAR_OF_AN_AWARD: Final = Lazy(
    r"\b(award|prize|medal|commendation) ((?:19|20)\d\d)\b(?![-–/]\d| in\b)"
)
_SMALL_NUMBERS: Final = "one two three four five six seven eight nine".split()
# Words a count follows without things after it: "the last 4 leading a team".
_FOLLOWED: Final = frozenset({"last", "first", "past", "next", "other"})
_SPELLED_COUNT: Final = Lazy(r"\b(?:one|two|three|four|five|six|seven|eight|nine)\b", re.I)
# A figure from 1 to 9 alone, and the word after it in small letters.
_SMALL_FIGURE: Final = Lazy(r"(?<![\w.,/+#–-])([1-9])(?![\w.,/%:+–-]) ([a-z][a-z-]*)")


def _our_as_the(match: re.Match[str]) -> str:
    """ "our" before what the writer's last team had, said to the next: "the" before a thing,
    nothing before things counted in the plural ("our failed appointments")."""
    words = [*match.group(1).split(), match.group(2)]
    head = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    plural = head > 0 and lexicon.is_plural_noun(words[head - 1])
    thing = f"{match.group(1)}{match.group(2)}"
    # nor a name alone, which "our" made an event of: "before our Ofsted in 2024" is "before
    # Ofsted in 2024" (set KV: "the Ofsted in 2024", 2 notes); not "our CRM", a thing
    named = head == 1 and words[0].istitle() and not lexicon.is_known_word(words[0].lower())
    return thing if plural or named else f"the {thing}"


def _my_employer(text: str) -> str:
    """An accomplishment's "the school's", "the firm's" with nothing named before it
    for it to be, as the writer's own: "trained my school's girls' football team",
    "at my firm's Karachi academy" (sets IZ, JA: "the school's" read as the reader's own
    school, 2 notes); not after a name it stands for ("taught at St Mary's and ran the
    school's debate club")."""
    found = _THE_EMPLOYERS.search(text)
    if found is None or _MINE.search(text):
        # (not where the writer places it already: "ran the firm's Clio migration at my
        # current job", set JG: "my firm's ... at my current job", 3 notes)
        return text
    # (a standard or a test in capitals names no workplace: "ISA trainer at the firm's")
    before = text[: found.start()].split()[1:]
    if any(w[:1].isupper() and not w.isupper() for w in before):
        return text
    return f"{text[: found.start()]}my {found.group(1)}{found.group(2)}{text[found.end() :]}"


@lru_cache(maxsize=4096)  # every note of a panel reads the same accomplishments
def phrase(text: str) -> Phrase:
    """Read an accomplishment and make the clause that completes "I ..."."""
    words = " ".join(text.split()).strip().rstrip("!;:, ")
    # a comma inside a quoted title is the title's: "curated 'Corps, masques et esprits',
    # which drew 180,000 visitors" (set FY: "Having curated 'Corps, I am confident ..."); a
    # space no reading splits at keeps it whole
    words = _QUOTED.sub(lambda m: m.group().replace(", ", ",\u00a0"), words)
    # and the comma between a term and an amount that both describe one thing: "a 5-yr,
    # €7.5M partnership" (set GV: "Having negotiated a 5-year, I am confident ...")
    words = rx.sub(
        # (and a currency's code: "a 3-year, USD 4.5m title sponsorship", set IB)
        r"\b((?:a|an) [\w.]+-(?:years?|yrs?|months?|weeks?|days?)), (?=(?:[€$£¥₹]|[A-Z]{3} ?)?\d)",
        "\\1,\u00a0",
        words,
    )
    before_myself = words.split()[-2] if len(words.split()) > 3 else ""
    if words.endswith(" myself") and before_myself and not _is_past(before_myself):
        # what one did oneself, which a note's "Having ..." makes odd: "logged over 60,000 m of
        # core myself" (set IU: "'myself' with nothing to contrast", 2 notes); not "taught
        # myself", where it is the object
        words = words.removesuffix(" myself")
    words = _my_employer(words)
    words = _numbers_alike(words)
    # a participle that starts a CV line in capitals: "Certified in Ayres Sensory
    # Integration" (set JH: "I am Certified in ...", 2 notes), "Board-certified in ..."
    words = _CERTIFIED.sub(lambda m: m.group(1).lower(), words)
    thesis = rx.fullmatch(r"(.+?)\s+[–—]\s+((?:thesis|dissertation) (?:on|about|in) \S.*)", words)
    if thesis:
        # a degree and what its thesis was on (set IS: "EdD, University of Bath – thesis on
        # middle leaders in international schools" was said as the EdD alone, after the
        # topic of middle leadership it was tied to, 2 notes)
        got = phrase(thesis.group(1))
        if got.clause.startswith("hold ") and got.sentence.startswith("I hold "):
            aside = f", with a {thesis.group(2)}"
            clause, sentence = f"{got.clause}{aside}", f"{got.sentence}{aside}"
            return Phrase(text, clause, got.event, sentence, got.sure)
    from thanknote.sentences import is_abbreviation

    if words.endswith(".") and not is_abbreviation(words):
        words = words.rstrip(".").rstrip()  # a full stop, not "fertiliser co."
    school_first = words[:2].isupper() and rx.match(r"([A-Z]{2,6}) (\S+)(.*)$", words)  # "NUS BBA"
    if school_first and school_first.group(2).replace(".", "").lower() in _DEGREES:
        degree, rest = school_first.group(2), school_first.group(3)
        bracket = rx.match(r"( \([^()]*\))(.*)$", rest)
        honours, rest = (bracket.group(1), bracket.group(2)) if bracket else ("", rest)
        words = f"{degree}{honours}, {school_first.group(1)}{rest}"
    words = _languages_listed(words)
    medal = _MEDAL.fullmatch(words)
    rated = medal and rx.search(r"\b(?:LEED|BREEAM|EDGE|WELL|NABERS|Green Star|Estidama)\b", words)
    verb = medal and lexicon.verb(medal.group("prize").split()[0].lower())
    if medal and not rated and not verb:
        # "Cannes Lions Bronze 2024, Outdoor" (set GE: "As a Cannes Lions Bronze 2024"); not a
        # building's rating ("LEED Gold 2019") nor a verb's "Achieved ..." (review)
        prize = f"{medal.group('prize')} {medal.group('metal')}"
        words = f"won {_article(prize)} {prize} in {medal.group('year')}"
    # "Winner, state health innovation award 2022", "Finalist, national publishing prize
    # 2023" (set HA: "Having been a Winner, ..."): what was won, or shortlisted for
    placed = rx.match(r"(Winner|Finalist|Shortlisted),\s+(.+)$", words)
    if placed:
        dated = rx.fullmatch(r"(.+?)(?:,?\s+((?:19|20)\d\d))?", placed.group(2))
        prize, year = dated.groups() if dated else (placed.group(2), None)
        prize = prize if rx.match(r"(?i)the\b", prize) else f"the {prize}"
        won = "won" if placed.group(1) == "Winner" else "was shortlisted for"
        words = f"{won} {prize}" + (f" in {year}" if year else "")
    # a place short of winning after the prize: "Korea Coffee Roasting Championship 2024 –
    # finalist", "Japan Coffee Roasting Championship 2025 — 4th" (set HH, left out before)
    short = rx.fullmatch(
        r"([A-Z][^,()–—]*?(?:Championships?|Awards?|Prize|Cup|Competition|Challenge|Olympiad|"
        r"Games|Open)(?: (?:19|20)\d\d)?)\s*(?:[–—-]|,|\()\s*(finalist|semi-finalist|"
        r"runner[- ]up|(?:1st|2nd|3rd|[4-9]th|second|third|fourth|fifth)(?: place)?)\)?",
        words,
    )
    if short:
        place, prize = short.group(2).lower().removesuffix(" place"), short.group(1)
        prize = prize if rx.match(r"(?i)the\b", prize) else f"the {prize}"
        ordinal = _PLACES_WORDS.get(place, "")
        granted = rx.search(r"\b(?:Awards?|Prize)\b", prize)  # for one, in a contest
        if place in ("1st", "first"):
            words = f"won {prize}"
        elif ordinal:  # "placed second for the Young Scientist Award" (found in review)
            words = f"placed {ordinal} {'for' if granted else 'in'} {prize}"
        else:
            role = f"{'a ' if 'finalist' in place else ''}{place}"
            words = f"was {role} {'for' if granted else 'in'} {prize}"
    # a named prize won, written without its article: "won Swedish Roasting Championship
    # 2025" (set HH: "I won Swedish Roasting Championship 2025")
    words = rx.sub(
        r"^([Ww]on) (?!the |a |an |[A-Z][\w.-]*['’]s )([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*? "
        r"(?:Championships?|Award|Prize|Cup|Trophy|Competition|Challenge|Olympiad))"
        r"(?: ((?:19|20)\d\d))?(?=$|[,;.]| (?:at|in|for|with|from|as|by)\b)",
        lambda m: f"{m.group(1)} the {m.group(2)}" + (f" in {m.group(3)}" if m.group(3) else ""),
        words,
    )
    # a year after an award written in small letters is when it was won: "internal innovation
    # award 2024 for ..." (set JS: "I won TransJakarta's internal innovation award 2024",
    # read as garbled); "Best Paper Award 2022", a name, keeps it
    if rx.match(r"(?:I )?[Ww]on\b", words):
        words = _YEAR_OF_AN_AWARD.sub(r"\1 in \2", words)
    # "I've done 5 years on site" (set EH: "I done 5 years on site"): years spent
    words = rx.sub(
        r"^(?:I['’]ve |I have )?[Dd]one (?=(?:\d+|[a-z]+) (?:years?|months?|seasons?)\b)",
        "spent ",
        words,
    )
    # "over 1,200 root canals since 2019": a count, not the verb "over" (set EJ: "I have
    # overed 1,200 root canals"; "I over 10 years in retail banking")
    counted = rx.match(r"[Oo]ver (?=[\d$£€¥₹])", words)
    if counted:
        words = "more than " + words[counted.end() :]
    dashed = " – " in words or " — " in words or " - " in words
    candidated = dashed and rx.match(rf"(.+?)\s+[–—-]\s+({'|'.join(_CANDIDATED)})\b", words)
    if candidated and candidated.group(1)[:1].isupper():  # "X Awards 2023 – shortlisted, ..."
        words = f"{candidated.group(2)}, {candidated.group(1)}"
    # a pair of languages or codes after a role: "sworn translator EN-PL" (set DQ: "Having
    # sworn translator EN-PL"), read as an aside
    # but not a name after "the" or "on" (set FN: "the submission on the NPS-UD", a policy)
    words = rx.sub(
        r"(?<=[a-z]) ([A-Z]{2,3}(?:[-/][A-Z]{2,3})+)$",
        lambda m: m.group() if _after_a_little_word(words, m.start()) else f" ({m.group(1)})",
        words,
    )
    words = _by_my_team(_money_in_funding(_prose(shorthand.expand(words))))
    if "$" in words:  # "a A$38M budget" as written (set FQ): the article the amount takes
        words = rx.sub(
            r"\b(?:a|an) ((?:[A-Z]{1,3})?\$\d\S*)",
            lambda m: f"{_article(m.group(1))} {m.group(1)}",
            words,
        )
    # a whole sector is "the" one: "14 years in Luxembourg fund industry" (set DM)
    words = shorthand.countries_with_the(_SECTOR.sub(r"\1 the \2", words))  # "5 yrs in UK"
    if " at " in words or " with " in words or " in " in words:
        from thanknote.phrases import articles_within  # "at Agadir container terminal" (DN)

        words = articles_within(words)
    whole = _read(words)
    parts = _fragments(words)
    if parts and _degree_match(words) and _THESIS.search(words) and whole[2]:
        parts = []  # a degree and its thesis, read whole: "PhD ...; thesis on ..."
    if parts and _is_clause(whole) and rx.search(r" [–—-] ", words):
        first = _read(parts[0])
        if _is_clause(first):  # "prepared the quantum ... – awarded 87% of claim"
            whole, parts = first, []
    spoken = ";" in words and whole[0].startswith("speak ") and whole[2]  # across ";"
    if parts and not _is_clause(whole) and not spoken:
        readings = [_read(part) for part in parts]
        best = next((r for r in readings if _is_clause(r)), None) or next(
            (r for r in readings if r[2]), None
        )
        if best and best is not readings[0] and _without_object(best[0]):
            best = (*best[:2], False, best[3])  # "..., Fall Protection - renewed 2026": what?
        whole = best or (*whole[:2], False, whole[3])
    clause, event, sure, sentence = whole
    first_word = clause.split(" ", 1)[0]
    verb = lexicon.verb(first_word) if clause[:1].islower() and first_word != "been" else None
    if verb and "VBN" in verb.tags and "VBD" not in verb.tags and first_word[-2:] != "ed":
        # a participle that is no past: "done 400 audits" (set EH: "I done 5 years"); with
        # a year it is the simple past ("took 3 products to market in 2022")
        past = lexicon.past_tense(verb.lemma) if rx.search(r"\b(?:19|20)\d\d\b", clause) else None
        said = f"{past}{clause[len(first_word) :]}" if past else f"have {clause}"
        clause, sentence = _retold(clause, sentence, said)
    if counted:  # said as the writer said it, once read: "I have logged over 1,200 ..."
        clause = clause.replace("more than ", "over ", 1)
        sentence = sentence.replace("more than ", "over ", 1)
    clause = _since(_finished(clause, event))  # "own 40 hives since 2017": have owned
    clause = _both_past(clause)  # "rigged and run shows" (set DN): rigged and ran
    renewed = rx.search(
        r"\b(?:renewed|recertified|recalibrated|revalidated|reaccredited|updated|valid) in "
        r"(?:19|20)\d\d$",
        clause,
    )
    if clause.startswith("am ") and rx.search(r"\bin (?:19|20)\d\d$", clause) and not renewed:
        # "part of the LC pilot in 2020": was; not "a Q Arabica Grader, recalibrated in 2024"
        # (set HH: "Having been a Q Arabica Grader"), which one still is
        clause, event = f"was {clause[3:]}", True
    sentence = _finished(sentence, event) if sentence else f"I {clause}"
    sure = sure and not rx.search(r"\s\+\s|;", clause)  # "CPL + ATPL": shorthand
    uncut = clause
    while not _asides_read(clause) and (cut := _without_last_aside(clause)):
        cut = _finished(cut, event)  # what the cut leaves at the end: "Bar 2019", in 2019
        clause, sentence = _retold(clause, sentence, cut)
    if clause != uncut and sure:  # what a cut leaves may be names in another language
        found = rx.findall(_WORDS, clause)
        unknown = [w for w in found if w[0].isupper() and not lexicon.is_known_word(w)]
        sure = len(unknown) < 2 or not _foreign(clause.split(" ", 1)[-1])
    if clause.startswith("won ") and ", " in clause:
        at = _at_venue(clause)  # "won the Best Poster award, SECIP congress 2025" (set EF)
        clause, sentence = _retold(clause, sentence, at)
    held = clause.startswith("hold ") and len(clause) <= 8  # "hold DV": which?
    sure = sure and not (held and clause[5:].isupper())
    sure = sure and _asides_read(clause) and _reads_well(clause)
    diploma = ("Dip" in clause or "Cert" in clause) and rx.match(_DIPLOMA_SUBJECT, clause)
    if diploma:  # "hold a PG Dip Gerontological Nursing": a PG Dip in Gerontological Nursing
        said = f"{diploma.group(1)} in {clause[diploma.end(1) + 1 :]}"
        clause, sentence = _retold(clause, sentence, said)
    sure = sure and " " in clause  # "I advanced": a verb with nothing to say what
    if clause.startswith(("won ", "was named ")):
        # "Young Scientist Award 2023 (runner-up)": not won, whatever a cut left
        placed = rx.search(_PLACED, text, re.I)
        sure = sure and not (placed and placed.group().lower() not in clause.lower())
        sure = sure and not rx.match(r"won \d+ (?:at|in|on)\b", clause)  # "won 3 at ICO appeal"
    # "falls down ~30% after ...": a measure that changed, not the writer's verb
    if " down " in words or " up " in words:
        sure = sure and not rx.match(r"[a-z]+s (?:down|up) (?:by )?(?:about )?\d", words)
    # an ordinary word of another language ("trained undersköterska", "3 years at an
    # äldreboende"), which no frame can say in English; not a borrowing ("café")
    sure = sure and (
        clause.isascii() or not any(map(lexicon.is_foreign_word, rx.findall(_WORDS, clause)))
    )
    sure = sure and not lexicon.has_foreign_run(_HONOURS.sub(" ", clause))  # "curso de dados"
    # a breakdown after a colon ("6 yrs BPO: 2 as agent"), a dash left inside the
    # clause ("passed MRICS - the APC"), a level with no language ("am conversational")
    # (not a title's colon: "curated 'Vasa: Ocean Journeys'")
    sure = sure and not rx.search(r": | [–—-] ", _QUOTED.sub("''", clause))
    sure = sure and not rx.fullmatch(r"am (?:fluent|conversational|native|bilingual|basic)", clause)
    lone = rx.fullmatch(r"am ([a-z]+)", clause)  # "am major": a rank with nothing to say what
    sure = sure and not (lone and words.split()[0] == lone.group(1).capitalize())
    if "our " in clause and " we " not in f" {clause} ":
        # "built our dilution-fridge wiring from scratch" (set CF, 4 notes): the team's
        # before, which a note to the next employer reads as theirs; not "our own"
        # but the people one worked with are one's own: "the automation our team uses" (set
        # IL: "the automation the team uses" read as the reader's team, 10 notes)
        # and things counted in the plural take none: "cut our failed appointments by a
        # third" is "cut failed appointments ..." (set KO: "cut the failed appointments")
        clause, sentence = (
            rx.sub(
                r"\b[Oo]ur (?!own\b)((?:[\w-]+ ){0,2})([\w-]+)",
                _our_as_the,
                rx.sub(rf"\b[Oo]ur (?=old|former|previous|(?:[\w-]+ )?{_GROUPS}\b)", "my ", x),
            )
            for x in (clause, sentence)
        )
    if clause.startswith("got ") and rx.match(_GRANTED, clause):
        # "got a Fundación Jumex research grant" (set BY): a grant is received
        clause, sentence = (rx.sub(r"\bgot\b", "received", x, count=1) for x in (clause, sentence))
    if "including " in clause:  # "incl. 6-month Big 4 secondment" (set BY): one of them
        clause, sentence = (
            rx.sub(_INCLUDING_A_PERIOD, r"including a \1", x) for x in (clause, sentence)
        )
    if " & " in clause:  # "an ALS & APLS instructor": "and" between two acronyms, in prose
        clause, sentence = (rx.sub(_ACRONYMS_AND, r"\1 and \2", x) for x in (clause, sentence))
    lead_verb = clause.split(" ", 1)[0]
    title_held = rx.fullmatch(  # the title alone, or since a year: not "certified ISO
        # 9001 compliance at 3 plants", "licensed IP to 3 partners" (found in review)
        r"(?:licensed|registered|certified|chartered|qualified|practising|practicing) "
        r"([A-Z]{2,5}|[a-z]+)(?: since (?:19|20)\d\d)?",
        clause,
    )
    since_a_year = rx.search(r"\bsince (?:19|20)\d\d\b", clause)
    if (
        sentence == f"I {clause}"
        and title_held
        and (title_held.group(1).isupper() or is_person(title_held.group(1)))
    ):
        # a title held, not a deed: "licensed RN since 2012" (set FC: "Having licensed RN"),
        # "certified PMP" ("I certified PMP")
        clause = f"{'have been' if since_a_year else 'am'} {_article(clause)} {clause}"
        sentence, lead_verb = f"I {clause}", clause.split(" ", 1)[0]
    since = rx.search(r"\bsince (?:19|20)\d\d\b", clause)
    one_deed = since and not rx.search(r",| and ", clause[: since.start()])
    if sentence == f"I {clause}" and one_deed:  # not "graduated in 2010 and worked ... since"
        # what has gone on since a year is said in the perfect: "trained 40 first officers
        # on the Q400 since 2020" (set FC: "I trained ... since 2020")
        done = lexicon.past_participle(lead_verb)
        in_past = any(r.pos == "v" and "VBD" in r.tags for r in lexicon.readings(lead_verb))
        if lead_verb in ("was", "were"):
            clause = f"have been{clause[len(lead_verb) :]}"  # "was head nurse since 2019"
            sentence = f"I {clause}"
        elif in_past and done and lead_verb != "had":
            clause = f"have {done}{clause[len(lead_verb) :]}"
            sentence = f"I {clause}"
    clause, sentence = (s.replace(",\u00a0", ", ") for s in (clause, sentence))
    return Phrase(text, clause, event, sentence, sure)


_ACRONYMS_AND: Final = r"\b([A-Z]{2,}) & ([A-Z]{2,})\b"  # compiled when first used
# Money or a title given, which the writer received rather than did: "got a research
# grant", "secured a Marie Curie fellowship", "was awarded a travel bursary".
_GRANTED: Final = (
    r"(?:got|received|landed|secured|earned|obtained|won|was awarded|was given) "
    r"(?:(?!for\b|to\b|and\b)\S+ ){0,6}?(?:grant|scholarship|fellowship|award|prize|medal|"
    r"bursary|studentship|commendation)s?\b"
)
# The words `_GRANTED` ends in, which a clause must hold before the pattern is compiled.
_GRANT_WORDS: Final = (
    "grant scholarship fellowship award prize medal bursary studentship commendation".split()
)
# A period of one thing among others: "including 6-month Big 4 secondment" needs "a".
_INCLUDING_A_PERIOD: Final = (
    r"\bincluding (\d+-(?:day|week|month|year) (?:[A-Z0-9][^\s,;]* )*[a-z]+[^s\W])(?=[\s,;.]|$)"
)


# A bracketed aside a sentence does without; not a degree's "(Hons)" or "(Agri)".
_ASIDE_BRACKET: Final = Lazy(
    r"\s+\((?![^()]*\b(?:hons|honours|distinction|agri|fh)\b)(?:[^()]|\([^()]*\))*\)(?=[\s,.;:]|$)",
    re.I,
)


# The last word of a title given for a period, which a year completes ("Employee of
# the Year 2023"), not the date of an action.
_TITLED_PERIODS: Final = frozenset(
    "year month season quarter week award awards prize prizes cup games championships".split()
)
_MONTHS: Final = (
    "January February March April May June July August September October November December"
).split()
_MONTH_YEAR: Final = Lazy(
    # (after a preposition of time the month is said alone: "after Feb 2023", set HU)
    r"(?<=[a-z])(?<!since)(?<!from)(?<!until)(?<!after)(?<!before)(?<!by)(?<!till) (?:in )?"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? "
    r"((?:19|20)\d\d)$"
)


def _month(short: str) -> str:
    """A month written out: "Sept" -> "September"."""
    return next(m for m in _MONTHS if m.startswith(short[:3]))


def _in_month(match: re.Match[str]) -> str:
    return f" in {_month(match.group(1))} {match.group(2)}"


def _month_written_out(match: re.Match[str]) -> str:
    return f"{match.group(1)} {_month(match.group(2))} {match.group(3)}"


# A month written short after a preposition of time: "after Feb 2023".
_AFTER_MONTH: Final = Lazy(
    r"\b(since|from|until|after|before|by|till) "
    r"(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? ((?:19|20)\d\d)$"
)


# Verbs of a change an amount follows with "by": "cut origin calls by 70%".
_CHANGES: Final = frozenset(
    """cut reduced increased grew raised lowered improved boosted decreased lifted trimmed
    slashed dropped shrank shrunk""".split()
)


def _by_how_much(clause: str) -> str:
    """ "reduced housing weight 12% with ..." -> "reduced housing weight by 12% with ...",
    "cut origin calls 70%" -> "... by 70%" (set BQ); not "cut costs from 34% to 29%"."""
    clause = rx.sub(r"(?<=\d) %", "%", clause)  # "18 %", as French and German write it (CF)
    words = clause.split(" ")
    if not words or words[0] not in _CHANGES:
        return clause
    for index in range(2, min(len(words), 7)):
        word = words[index]
        amount = rx.fullmatch(r"~?\d[\d.,]*%[,;]?", word) or (
            rx.fullmatch(r"\d[\d.,]*", word)
            and index + 1 < len(words)
            and words[index + 1].rstrip(",;") in ("points", "pts", "percentage")
        )
        if amount:
            between = [w for w in words[1:index] if w not in ("about", "around", "over")]
            if any(w.lower() in _PREPOSITIONS or w[:1].isdigit() for w in between):
                return clause
            if words[index - 1] in ("about", "around", "over", "nearly", "almost", "roughly"):
                index -= 1  # "by about 15%"
            return " ".join([*words[:index], "by", *words[index:]])
    return clause


def _finished(clause: str, event: bool) -> str:
    """What a CV line leaves to the reader, put in: a bracketed aside left out
    ("ran a bilingual (English/Vietnamese) storytime"), "in" before a year and
    "for" before a span at the end of an action ("promoted to purser in 2024",
    "ran 2nd shift at a fulfilment centre for 2 years"), "a" before a role
    ("as a curatorial fellow"), and an aside after a comma joined to the action
    ("..., finishing 2 days early", "..., with no cold chain breaks in 3 years",
    "..., the last three as Chief Officer")."""
    clause = _ASIDE_BRACKET.sub("", clause)
    if "%" in clause or " points" in clause or " pts" in clause:
        clause = _by_how_much(clause)
    if " of " in clause:
        clause = _the_doing(clause)
    clause = _object_article(clause)
    if ("ed 19" in clause or "ed 20" in clause) and rx.search(r"[a-z]ed (?:19|20)\d\d,", clause):
        # "qualified 2022, ...": in 2022
        clause = rx.sub(r"([a-z]ed) ((?:19|20)\d\d),", r"\1 in \2,", clause)
    clause = _MONTH_YEAR.sub(_in_month, clause)  # "qualified Sept 2023": in September 2023
    clause = _AFTER_MONTH.sub(_month_written_out, clause)  # "after Feb 2023" (set HU)
    year = rx.search(r"(?<=[^\W_]) ((?:19|20)\d\d)$", clause)
    if year and not clause.startswith(("won ", "was named ")):  # "..., ICML 2022"
        before = clause[: year.start()].rsplit(" ", 1)[-1]
        low = before.lower()
        participle = bool((reading := lexicon.verb(low)) and reading.tags & {"VBN", "VBD"})
        participle = participle or (reading is None and low.endswith("ed"))  # "recalibrated"
        governed = clause[: year.start()].rsplit(" ", 2)[-2:-1] in (["under"], ["per"])
        after_a_word_of_time = (
            "since",
            "until",
            "till",
            "during",
            "throughout",
            "through",
            "before",
        )
        if low in _PREPOSITIONS or low in after_a_word_of_time or before in _MONTHS:
            pass  # "since 2025", "in September 2023", "during 2020" (set CQ: "during in 2020")
        elif governed and before.isupper():
            pass  # "under PCR 2015": the regulations' name
        elif before in ("Act", "Regulations", "Rules", "Order", "Code", "Directive", "Standard"):
            pass  # "under the Food Safety Act 1990" (set KV: "the Food Safety Act in 1990")
        elif (
            before.islower()
            or before.isupper()
            or before.isdigit()
            or (event and low not in _TITLED_PERIODS)  # "called to the Singapore Bar 2017"
        ):  # not "of the Year 2023"
            if event or participle:
                clause = f"{clause[: year.start()]} in {year.group(1)}"  # "completed in 2024"
            else:
                clause = clause[: year.start()]
    span = rx.search(r"(?<=[^\W\d_]) ((?:\d+|one|two|three|four|five|six|seven|eight|"
                     r"nine|ten) (?:years?|months?|weeks?))$", clause)  # fmt: skip
    # (not "a month": "about 25 cases a month" is a rate)
    if span and event:
        before = clause[: span.start()].rsplit(" ", 1)[-1].lower()
        governing = {"last", "first", "next", "past", "after", "before", "every", "each"}
        # nor what the span measures: "saving about 5 weeks", "cutting 3 months" (set HH:
        # "saving about for 5 weeks")
        governing |= {"about", "around", "nearly", "almost", "roughly", "some", "over", "than"}
        measured = before.endswith("ing") and lexicon.verb(before) is not None
        # nor a span a word of its own measures: "for the full three years" (set LB: "for the
        # full for three years")
        governing |= {"full", "whole", "entire", "same", "remaining", "final", "following"}
        if before not in _PREPOSITIONS | governing and not measured:
            clause = f"{clause[: span.start()]} for {span.group(1)}"
    clause = as_a_role(clause)  # "as EUV process engineer": as an EUV process engineer
    clause = _ONE_THING.sub(_one, clause)
    if _BODY_WORDS & set(clause.lower().split()):  # "seconded to the ECOWAS Commission"
        # but a town's council by its name goes bare: "at Salford City Council" (set IG: "at
        # the Salford City Council", 3 notes)
        clause = rx.sub(
            _INSTITUTION_AFTER,
            # and a body named by whose it is has its determiner: "with Ghana's Fisheries
            # Commission" (set KG: "with the Ghana's ...")
            lambda m: (
                m.group(0)
                if _bare_council(m) or rx.match(r"\S+['’]s\s", m.group(2))
                else f"{m.group(1)} the {m.group(2)}"
            ),
            clause,
        )
    if " of " in clause:  # "ran a night shift of 22 pickers"
        clause = rx.sub(_BARE_OF_COUNT, _a_group_of, clause)
    if clause.startswith(("passed ", "sat ", "took ", "failed ")):
        clause = _the_test(clause)
    return _joined_aside(clause, event)


def _object_article(clause: str) -> str:
    """A verb's object that a CV line writes without its article, given one: "led
    CLABSI reduction project" -> "led the CLABSI reduction project" (a named
    thing), "ran accessibility study with 24 users" -> "ran an accessibility
    study with 24 users"; a mass noun ("improved patient safety"), a plural or an
    object with its own determiner is left as it is."""
    verb, _, rest = clause.partition(" ")
    past = any(r.pos == "v" and "VBD" in r.tags for r in lexicon.readings(verb))
    past = past or lexicon.past_tense(verb) == verb  # "cut", "set", "put": the same word
    if not rest or not past or verb in ("was", "were", "had"):
        return clause
    played = lexicon.verb(verb)
    if played is not None and played.lemma == "play":
        return clause  # a part played: "played principal viola" (set EC: "played a principal")
    words = []
    for word in rest.split(" "):
        bare = word.rstrip(",;:")
        if bare.lower() in _PREPOSITIONS or bare.lower() in ("that", "which", "who"):
            break
        words.append(bare)
        if bare != word:
            break
    after = rest.split(" ")[len(words) : len(words) + 1]
    if len(words) == 1 and after and after[0] in _THINGS_ABOUT and verb not in _LIGHT_VERBS:
        # one thing written without its article, what it is about after it: "published
        # audit on vancomycin TDM" (set IK: "Having published audit on ..."); not a name or
        # a field ("led Finance", "led research on ..."), nor an idiom ("took charge of")
        head = words[0]
        counted = head.isalpha() and head.islower() and _bare_count_noun(head)
        if counted and not lexicon.is_mass_noun(head) and not _not_only_a_noun(head):
            return f"{verb} {_article(head)} {rest}"
    if not 1 < len(words) <= 4:
        return clause  # one word alone may be a name or a field: "led Finance"
    first, head = words[0], words[-1]
    amount = r"[€$£¥₹].*|\d[\d.,]*(?:k|m|bn|[KM])"  # "€2m", "2m"; not "40 staff"
    if first in ("about", "around", "roughly") and rx.fullmatch(amount, words[1]):
        if head.isalpha() and not lexicon.is_plural_noun(head) and lexicon.noun(head):
            # an amount before one thing: "managed ~€2m budget" is "a roughly €2m budget"
            return f"{verb} a roughly {rest.partition(' ')[2]}"
        return clause
    if first.lower() in _DETERMINERS or first[:1].isdigit() or first.lower() in _NUMBER_WORDS:
        return clause
    if first.lower() in _OBJECT_PRONOUNS:
        return clause  # "used it every single shift" (set BG: "used an it")
    if first.endswith(("'s", "’s")) and len(first) > 2:
        return clause  # a name's own: "won TransJakarta's internal innovation award" (set JS)
    if not head.isalpha() or not head.islower() or first.lower() in ("up", "out", "off"):
        return clause  # "set up ...": a particle, not an object
    particle = lexicon.readings(first.lower())
    if any(w.lower() in _DETERMINERS for w in words[1:]) or (
        particle and all(r.pos == "r" for r in particle)
    ):
        return clause  # "turned around a site ..." (set DA: "turned an around a site")
    measured = bool(after) and after[0] in ("from", "by", "under", "to", "over", "above", "below")
    # "cut average dwell at Wrocław Brochów from 19h to 11h": the measure, not "an
    # average dwell" (set ER)
    measured = measured or bool(rx.search(r"\bfrom \S+(?: [a-z]+)? to \S", rest))
    reading = lexicon.noun(head)
    if reading is None or "NN" not in reading.tags:
        return clause
    if lexicon.is_mass_noun(head):  # "raised on-time delivery from 81% to 96%"; but a
        return clause  # counted measure takes one: "cut the CLABSI rate from 1.9 to 0.4"
    if _not_only_a_noun(head):
        return clause  # "appointment booking"; "supplier statements monthly"
    if any(lexicon.is_plural_noun(w.lower()) for w in words[:-1]):
        return clause
    if any(lexicon.verb(w.lower()) and not lexicon.noun(w.lower()) for w in words[:-1]):
        return clause  # "drove winter routes", a verb inside: not one noun phrase
    named = any(w[:1].isalpha() and not w.islower() for w in words[:-1])  # "the CLABSI ..."
    article = "the" if named or measured else _article(" ".join(words))
    return f"{verb} {article} {rest}"  # "reduced the supplier defect rate from ..."


# What follows a thing to say what it is about: "an audit on ...", "a workshop for ...".
_THINGS_ABOUT: Final = frozenset("on for into about with across".split())


def _not_only_a_noun(word: str) -> bool:
    """Whether a word is also an adjective or an adverb, or an -ing form ("home", "gold")."""
    return word.endswith("ing") or any(r.pos in ("a", "r") for r in lexicon.readings(word))


# The groups of people one works in: "our team", "our data desk".
_GROUPS: Final = (
    r"(?:team|teams|desk|unit|ward|department|dept|lab|group|office|branch|clinic|newsroom|"
    r"crew|squad|shift|practice|firm|section|division|staff)"
)


_SOME: Final = frozenset("most all some several many half both".split())


def _present(words: list[str]) -> bool:
    """Whether the word is a verb in the present: "lead" of "most now lead shifts"."""
    return bool(words) and any(
        r.pos == "v" and r.tags & {"VB", "VBP", "VBZ"} for r in lexicon.readings(words[0])
    )


_OBJECT_PRONOUNS: Final = frozenset("it them me us him her this these those".split())
# Endings of nouns of an action ("migration", "analysis", "closure", "removal").
_ACTION_NOUN: Final = Lazy(r"(?:ion|ment|ure|sis|al|ance|ence)$")
# Verbs that make an idiom with a bare noun and "of": "took charge of", "made use of".
_LIGHT_VERBS: Final = frozenset("took made got kept lost gained gave had caught".split())


def _the_doing(clause: str) -> str:
    """ "led drafting of the ADP" -> "led the drafting of the ADP", "led migration of
    120 Airflow DAGs" -> "led the migration of ..." (set BE): a verb's object that is
    the doing of something, an -ing form or a singular noun before "of", takes "the";
    not an idiom ("took charge of", "made use of") nor a group counted ("managed team
    of 9", which `_a_group_of` gives "a")."""
    found = rx.match(r"([a-z]+) ([a-z]+) of (\S*)", clause)
    if not found or found.group(1) in ("was", "were") or not _is_past(found.group(1)):
        return clause
    verb, word, after = found.groups()
    if word in _NUMBER_WORDS or word in ("some", "many", "most", "each", "all", "few"):
        return clause  # one of several: "argued one of the first ... appeals" (set JR: "the one")
    doing = lexicon.verb(word)
    if not (word.endswith("ing") and doing and "VBG" in doing.tags):
        noun = lexicon.noun(word)
        counted = after[:1].isdigit() or after.lower() in _NUMBER_WORDS
        if word.endswith("ing") or verb in _LIGHT_VERBS or noun is None or "NN" not in noun.tags:
            return clause
        if counted and not _ACTION_NOUN.search(word):
            return clause  # "managed team of 9": a group, counted
    return f"{verb} the {clause[len(verb) + 1 :]}"


def _the_test(clause: str) -> str:
    """ "passed trade test" -> "passed the trade test"."""
    return rx.sub(r"^(passed|sat|took|failed) ((?:[A-Z][\w-]* |(?!(?:the|a|an|my|his|her|our|"
                    r"all|both|every)\b)[a-z][\w-]* )+(?i:test|exam|examination|assessment)\b)",
                    r"\1 the \2", clause)  # "passed the Kaigo Skills Evaluation Test" # fmt: skip


def _joined_aside(clause: str, event: bool) -> str:
    """A count after a comma left out, a bare counted object given its article, and an
    aside after a comma joined to the action (see `_finished`)."""
    if any(c.isdigit() for c in clause):  # both are of figures: most clauses have none
        clause = _COUNT_ASIDE.sub("", clause)  # "ran 38 schools, about 1,000 farmers"
        clause = _COUNTED_OBJECT.sub(_one_of_a_kind, clause)
    body, comma, aside = clause.rpartition(", ")
    if not comma or "(" in aside:
        return clause
    first, _, rest = aside.partition(" ")
    count = rest.split(" ", 1)[0]
    if first in ("last", "first") and (count[:1].isdigit() or count in _NUMBER_WORDS):
        unit = rx.search(r"\b(year|month|season)s?\b", body)
        if count in ("1", "one") and unit:  # "..., the last 1 as deputy": the last year as
            aside = (
                f"{first} {unit.group(1)} {rest.split(' ', 1)[1] if ' ' in rest else ''}".strip()
            )
        return f"{body}, the {aside}"  # "..., the last 2 as AM"
    if first in ("no", "zero") and aside.endswith(" yet"):
        return body  # "..., no Italian patentino yet": what the writer lacks, left unsaid
    if first in ("no", "zero") and not rest.startswith(("one ", "longer ")):
        return f"{body}, with {aside}"  # "..., with no cold chain breaks in 3 years"
    counted = first.lower() in _NUMBER_WORDS or first[:1].isdigit() or first.lower() in _SOME
    said = rest.split()[:2]
    past = said and _is_past(said[0], only=True)  # "went", not "funded"
    if counted and said and (past or (said[0] == "now" and _present(said[1:]))):
        # "..., two went to Cabinet" (set BK): a clause of its own; but "..., one funded
        # in 2024" is what was done to one, as the line left it
        return f"{body}, and {aside}"
    action = event and not clause.startswith(("was ", "spent ", "am ", "have "))
    # not "led, coached and mentored" (a list of verbs), nor "..., cracked pieces went
    # to zero" (a past participle before a noun, in a clause with its own verb)
    listed = rest.startswith(("and ", "or ")) or any(_told_in_past(w) for w in rest.split()[:4])
    passive = "by" in rest.split()[:2]  # "..., signed off by the VO": done by another
    # "..., tabled at the County Assembly on time": what was done to the thing, a
    # participle with a place or time and no object, not "tabling at ..."
    placed = rest.split(" ", 1)[0] in (
        "at", "in", "on", "to", "before", "within", "with", "under", "as",
    )  # fmt: skip
    passive = passive or (placed and lexicon.is_past_participle(first))
    if action and _is_past(first) and rest and not listed and not passive:
        reading = lexicon.verb(first)
        lemma = lexicon.verb(reading.lemma) if reading else None
        if lemma and len(lemma.forms) > 2 and lemma.forms[2]:
            return f"{body}, {lemma.forms[2]} {rest}"  # "..., finishing 2 days early"
    return clause


# "1 CIPAA adjudication": one thing, which prose counts with its article.
# The ending of a noun for who does a job: "Grader", "Supervisor", "Analyst", "Librarian".
_DOER_ENDING: Final = Lazy(r"(?:er|or|ist|ian)$")
_ONE_THING: Final = Lazy(r"(?<![\d.,$£€¥₹-])(\b\w+ )?\b1 ([A-Za-z][\w-]*)(?= |$)")


# The bodies one serves in, for "Kenya Air Force 1999-2011".
_SERVICES: Final = (
    "Force", "Army", "Navy", "Police", "Guard", "Corps", "Marines", "Service", "Reserve",
)  # fmt: skip
# A body named after a preposition without its article: "to ECOWAS Commission".
_BODY_WORDS: Final = frozenset(
    """authority board commission council agency ministry secretariat directorate tribunal
    parliament assembly embassy consulate inspectorate ombudsman observatory""".split()
)
_INSTITUTION_AFTER: Final = (
    rf"\b(to|at|with|for|from|joined|in) ((?:[A-Z][\w'’.&-]*\s+)+(?i:{'|'.join(_BODY_WORDS)})s?)\b"
)


def _bare_council(match: re.Match[str]) -> bool:
    """Whether a body found after a preposition is a town's council by its name, ending its
    phrase: "at Salford City Council", not "at the Porirua City Council libraries"."""
    after = [w.strip(",;:.") for w in match.string[match.end() :].split()[:1]]
    described = bool(after) and after[0][:1].islower() and bool(lexicon.noun(after[0]))
    return bool(_TOWNS_COUNCIL.search(match.group(2))) and not described


def _changed_how(change: str) -> str:
    """How a change after a comma joins the clause: "bringing p99 latency down", "with
    returns going up", "and falls went down" (a clause of its own; was "bringing falls
    went down")."""
    if any(_is_past(w, only=True) for w in change.split()):
        return "and"
    return "with" if rx.search(r"[a-z]ing ", change) else "bringing"


_TOWNS_COUNCIL: Final = Lazy(r"\b(?:City|County|District|Borough|Town|Shire|Municipal) Council$")
# A verb and a count noun with no article before "of" and a number: "managed team of 12".
_BARE_OF_COUNT: Final = (
    r"^(\w+) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (of (?:about |over |around )?\d)"
)


def _a_group_of(match: re.Match[str]) -> str:
    words = match.group(2).split()
    verb = lexicon.verb(match.group(1).lower())
    noun = lexicon.noun(words[-1])
    if not verb or not noun or "NN" not in noun.tags or lexicon.is_mass_noun(words[-1]):
        return match.group(0)
    if any(w in _DETERMINERS | _PREPOSITIONS or w in _NUMBER_WORDS for w in words):
        return match.group(0)
    return f"{match.group(1)} {_article(match.group(2))} {match.group(2)} {match.group(3)}"


def _one(match: re.Match[str]) -> str:
    """ "1 CIPAA adjudication" -> "a CIPAA adjudication"; not "Level 1 and 2"."""
    before, word = match.group(1) or "", match.group(2)
    if before[:1].isupper() or before.strip().lower() in ("level", "grade", "class", "part"):
        return match.group(0)
    label = before.strip().lower()
    named = lexicon.noun(label) or not lexicon.readings(label)  # "decile": no word it knows
    if (
        label
        and named
        and not lexicon.is_function_word(label)
        and not any(
            r.pos == "v" and r.tags & {"VBD", "VBN", "VBZ"} for r in lexicon.readings(label)
        )
    ):
        return match.group(0)  # a number that labels a noun: "a decile 1 school", "tier 1"
    noun = lexicon.noun(word.lower()) if not word.isupper() else None
    if not word.isupper() and (noun is None or "NN" not in noun.tags):
        return match.group(0)
    return f"{before}{_article(word)} {word}"


# A figure after a comma at the end, with no verb: a note's tally ("..., about
# 1,000 farmers", "..., ~90 units on my route"), which a sentence leaves out.
_COUNT_ASIDE: Final = Lazy(
    r", (?:about |around |over |some |nearly |almost |more than |up to )?[\d][\d,.]*\+? "
    r"(?![^,]*\b(?:was|were|is|are|in \d{4}|per|a (?:day|week|month|year))\b)[^,]*$"
)
# An amount written as a note writes it: "2.1 M EUR", "EUR 2.1M", "3.5m GBP".
_CURRENCY_CODES: Final = (
    "EUR USD GBP CHF CAD AUD NZD JPY CNY INR SGD HKD ZAR SEK NOK DKK PLN CZK HUF BRL MXN AED "
    "SAR KES NGN GHS PHP IDR MYR THB VND KRW TRY ILS EGP"
).split()
_AMOUNT_AND_CODE: Final = Lazy(
    rf"\b(\d+(?:[.,]\d+)?)\s?(M|m|mn|bn|B|k|K)\s({'|'.join(_CURRENCY_CODES)})\b"
)
_SCALES: Final = {"m": "million", "mn": "million", "bn": "billion", "b": "billion", "k": "thousand"}
# Money raised and what it was, run together: "raised EUR 2.1 million third-party funding".
_RAISED: Final = Lazy(
    r"\b(raised|secured|attracted|won|brought in) ((?:[A-Z]{3} |[$£€¥₹])[\d.,]+"
    r"(?: (?:million|billion|thousand)|[kKmM]|bn)?) ((?:[\w-]+ ){0,2}"
    r"(?:funding|grants?|investment|donations|revenue|sales))\b"
)


# Verbs that say a measure changed: "reduced costs from 10 to 5", "cutting waste from ...".
_CHANGING: Final = frozenset(
    """cut reduce lower raise increase lift boost grow improve bring drive take get halve double
    triple shrink decrease drop trim slash push move""".split()
)


def _changes(word: str) -> bool:
    """Whether a word is a verb that says a measure changed ("reduced", "cutting"), not a
    word of the measure ("soiling losses")."""
    reading = lexicon.verb(word.lower())
    return reading is not None and reading.lemma in _CHANGING


def _money_in_funding(words: str) -> str:
    """An amount in a note's shorthand said as prose: "raised 2.1 M EUR third-party
    funding" -> "raised EUR 2.1 million in third-party funding" (set EA's reader)."""
    if not any(c.isdigit() for c in words):
        return words
    words = _AMOUNT_AND_CODE.sub(
        lambda m: f"{m.group(3)} {m.group(1)} {_SCALES[m.group(2).lower()]}", words
    )
    # German, Swiss and Austrian notes' "Mio." and "Mrd.": "CHF 1.2 Mio. turnover" (set HC)
    words = _GERMAN_SCALE.sub(
        lambda m: f"{m.group(1)} {'million' if m.group(2) == 'Mio' else 'billion'}", words
    )
    return _RAISED.sub(r"\1 \2 in \3", words)


_GERMAN_SCALE: Final = Lazy(r"(\d(?:[\d.,']*\d)?)\s?(Mio|Mrd)\.?(?=\s|$|[,;)])")


# "we" after a thing, in a CV line: the writer's team, where the writer works now.
_WE_AFTER_A_THING: Final = Lazy(
    r"(?<=[a-z] )(?:that |which )?we ((?:still |now |all |currently )?)([a-z]+)\b"
)


def _by_my_team(words: str) -> str:
    """ "the framework we still use" -> "the framework my team still uses": "we" in a
    note is the writer and its reader (set EA: "the interleaving framework we use",
    read as an unclear "we")."""
    if " we " not in f" {words} ":
        return words

    def said(match: re.Match[str]) -> str:
        verb = lexicon.verb(match.group(2))
        if verb is None:
            return match.group()
        if "VBD" in verb.tags and match.group(2) != verb.lemma:
            told = match.group(2)  # "we built"
        elif "VB" in verb.tags and len(verb.forms) == 4:
            told = verb.forms[3]  # "we use" -> "uses"
        else:
            return match.group()
        return f"my team {match.group(1)}{told}"

    return _WE_AFTER_A_THING.sub(said, words)


# A thing counted by its size and written without its article: "managed $38M
# simulator contract", "at 5-star resort in Da Nang", "led 12-week pilot".
_COUNTED_OBJECT: Final = Lazy(
    r"^(?P<lead>\S+ |.*\b(?:at|in|for|on|with|from|to|of) )"
    r"(?P<np>(?:[$£€¥₹][\d.,]+[kKmMbB]?n?|\d[\d.]*-[a-z]+)"
    # not a rate after it: "a budget of $450K a year" (set EA: "of a $450K a year")
    # nor a measure against something: "in €40k under budget" (set EU: "in a €40k")
    r"(?: (?!(?:in|at|on|for|of|with|from|to|by|and|or|a|an|per|under|over|below|above|"
    r"ahead|behind|less|more)\b)[a-z][\w-]*){1,2})"
    r"(?P<rest>\b.*)$"
)


def _one_of_a_kind(match: re.Match[str]) -> str:
    words = match.group("np").split()
    head = words[-1]
    if words[0].endswith(("-odd", "-plus", "-some")):
        return match.group(0)  # a rough count: "flagged 30-odd suspicious claims" (set JI)
    if head.lower() in _NUMBER_WORDS or head.lower() in (*_SCALES.values(), "trillion"):
        return match.group(0)  # an amount, not a thing: "to €62 million" (set FM: "to a €62")
    noun = lexicon.noun(head)
    if noun is None or "NN" not in noun.tags:
        return match.group(0)  # not a noun, or a plural: "40 hours", "$2M savings"
    if all(form == head for form in noun.forms):
        return match.group(0)  # a mass noun: "£1.2m funding"
    lead = match.group("lead")
    if lead.rstrip().split(" ")[-1].lower() in _DETERMINERS or lead.endswith("up to "):
        return match.group(0)  # and a limit: "budgets of up to €38 million" (set FC)
    further = list(
        itertools.takewhile(
            lambda w: w.isalpha() and w.islower() and lexicon.noun(w) is not None,
            match.group("rest").split()[:3],
        )
    )
    if further and lexicon.is_plural_noun(further[-1]):
        # the phrase goes on to a head of many: "ran 48-plot maize variety trials" (set JB:
        # "ran a 48-plot maize variety trials")
        return match.group(0)
    return f"{lead}{_article(match.group('np'))} {match.group('np')}{match.group('rest')}"


def as_a_role(text: str) -> str:
    """A role after "as" with its article: "as curatorial fellow at the Art Institute"
    -> "as a curatorial fellow at ...", "as EUV process engineer" -> "as an EUV process
    engineer"; not "as Chief Officer" (a title), "as needed"."""
    return rx.sub(
        # (an initialism with "&" too: "as R&D engineer", set JS)
        r"\bas ((?:[a-z][\w-]*|[A-Z](?:[A-Z]|&[A-Z])+[\w-]*(?: [A-Z]{2,}[\w-]*)?)"
        r"(?: [a-z][\w-]*){0,3})",
        _as_a_role,
        text,
    )


def _as_a_role(match: re.Match[str]) -> str:
    """ "as curatorial fellow at the Art Institute" reads "as a curatorial fellow
    at ..."; "as Chief Officer" (a title) and "as needed" stay."""
    words = match.group(1).split()
    role = []
    for word in words:
        if word in _PREPOSITIONS or word in _DETERMINERS:
            break
        role.append(word)
    if not role or words[0] in _DETERMINERS or not is_person(role[-1]):
        return match.group(0)
    if role == [words[0]] and words[0] in _ONE_HOLDER and words[1:2] == ["of"]:
        return match.group(0)  # one post of one body: "as head of the textile section" (set FL)
    noun = lexicon.noun(role[-1])
    if noun is not None and "NNS" in noun.tags:
        return match.group(0)
    return f"as {_article(match.group(1))} {match.group(1)}"


def _after_a_little_word(text: str, end: int) -> bool:
    """Whether the word that ends at `end` is a little word ("the", "on")."""
    before = text[:end].rsplit(" ", 1)[-1].lower()
    return before in _DETERMINERS or before in _PREPOSITIONS


# Verbs of a state, not a deed, which "With my experience ...ing" cannot carry (set FU:
# "With my experience owning a product line", "knowing the Wwft inside out"), and a rank
# read as a verb ("top 3 in the ... Challenge": "With my experience topping 3").
_STATIVE_VERBS: Final = frozenset(
    "own know love like have hold speak understand believe enjoy prefer need want be top".split()
)


# Posts a body has one of, which "as" names without an article: "as head of ...".
_ONE_HOLDER: Final = frozenset(
    "head chair chairman chairwoman chairperson president dean principal captain".split()
)


def _reads_well(clause: str) -> bool:
    """Whether a clause reads as prose rather than notes: no abbreviation of
    note-taking left ("tx", "ppl"), no symbol standing for a word ("->", "x3",
    "~", "eng/spanish"), no run of codes with nothing to say what they are
    ("hold CEng MIMechE", "hold DAWIA Level III PM"), brackets and quotation
    marks closed."""
    if rx.search(r"->|=>|[<>→~@#|]|\bx\d+\b|\b\d+x\b|[^\W\d_]\+[^\W\d_]", clause):
        return False
    if rx.search(r"[a-z]/[a-z]|\s/\s", _without_units(clause).replace("and/or", "and")):
        return False
    if clause.count("(") != clause.count(")") or clause.count('"') % 2:
        return False
    prose = _HONOURS.sub(" ", rx.sub(r"'[^']*'|‘[^’]*’|“[^”]*”", " ", clause))
    prose = _without_units(prose)
    # a word's own letters: not the "s" of a possessive ("the council's pilot": 34 of 41
    # accomplishments with one were left out as shorthand over sets II-IQ)
    words = rx.findall(r"(?<![\w.'’-])[^\W\d_]+\b(?!-)", prose)
    if any(shorthand.is_shorthand_word(w) for w in words):
        return False
    verb, _, held = clause.partition(" ")
    if verb in ("hold", "have") and not rx.search(r"\b[a-z]{2,}\b", held):
        codes = rx.findall(r"\b(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[IVX]+)\b", held)
        return len(codes) < 2  # "hold the LGSW credential"; not "hold CEng MIMechE"
    return True


def _without_units(text: str) -> str:
    """The text without the units of its figures, which are no note's abbreviations:
    "by 1.2 km", "360 ktpd", "from 11 to 16 t/ha", "a 30 MW / 60 MWh battery"."""
    return _UNIT.sub(" ", text)


# A unit after a figure, built as units are: an SI prefix, a symbol, a rate or a power
# ("km", "MWh", "kWp", "ktpd", "mtpa", "bpd", "t/ha", "m³"); not a note's "40 tx".
_UNIT: Final = Lazy(
    r"(?<=\d) ?(?:[kMGTmcµn]?(?:Wh|W|VA|V|Hz|Pa|bar|bbl|ha|m|g|t|l|L|J|N|A|h|s|b)(?:p)?"
    r"(?:p[dhmay]|/[a-zA-Z]{1,3}|[²³23])?|ft|mi|lb|oz|hrs?|yrs?|mins?|secs?)\b(?: / (?=\d))?"
)


def _prose(words: str) -> str:
    """What a CV line carries that a sentence does not, left out: a bracket or a
    year at the end ("(adopted 2023)", ", 2024"), an aside after a dash that is not
    a clause ("– ₹2.3 crore saved"); "~1,400" reads "about 1,400", and a clause
    run on after a comma gets its "and" ("..., recall went from 62% to 81%")."""
    # "a AED 1.2 billion package", "a MBA": an acronym said by its letters (set FB)
    if rx.search(r"(?<!\S)a [A-Z]{2,4}\b", words):  # read letter by letter: not "UNESCO"
        words = rx.sub(
            r"(?<!\S)a ([A-Z]{2,4})\b",
            lambda m: f"an {m.group(1)}" if _article(m.group(1)) == "an" else m.group(),
            words,
        )
    # a graduating class or year written short: "PMMA Class of 2013", "UT Southwestern '16"
    if "lass of " in words or "'" in words or "’" in words:
        words = rx.sub(r",?\s*\(?(?:[Cc]lass of (?:19|20)\d\d|['’]\d\d)\)?$", "", words)
    languages = _PROFICIENCY.search(words) and "(" in words
    # "MPharm (Clinical Pharmacy)", "MBBS (Ibadan)": a degree's subject or school
    last = words.endswith(")") and rx.search(r"\(([^()]*)\)$", words)
    degree = bool(
        last
        and _degree_match(words.rsplit(", ", 1)[-1])
        and (last.group(1).isascii() or _school(last.group(1)))
    )
    while not languages and not degree:
        shorter = rx.sub(
            r"(?:\s+\([^()]*\)|,?\s*(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d|,\s*(?:19|20)\d\d)$",
            "",
            words,
        )
        if shorter == words or not shorter:
            break
        if rx.search(r"\b(?:in|during|for|from|since|over|by|until|through)$", shorter.rstrip()):
            break  # "scored 19 goals from corners in 2024-25" (set EG: "... corners in.")
        words = shorter
    aside = rx.match(r"(.+?)\s+[–—]\s+([^–—]+)$", words)
    if aside and not any(_is_past(w, only=True) for w in aside.group(2).split()):
        if not lexicon.verb(aside.group(2).split(" ", 1)[0].lower()):
            words = aside.group(1)  # "– ₹2.3 crore saved", but "– compliance went up"
    words = rx.sub(r"~\s*(?=\d)", "roughly ", words)
    if " including " in words:  # "DFAT experience, including 3 at"
        words = rx.sub(r"(?<=[\w)]) (?=including )", ", ", words)
    words = rx.sub(r"\b(on|at) (first|second) (attempt|try)\b", r"\1 the \2 \3", words)
    words = rx.sub(  # "..., p99 latency down 40%" reads "..., bringing p99 latency down 40%"
        # but "..., with returns going up 12%" says it already (set IK: "bringing with returns
        # going up 12%"), and "..., returns going up 12%" is said with "with"
        r",\s+(?!with(?:out)?\s)((?:[\w%-]+\s+){1,3}(?:down|up)\s+(?:by\s+)?[\d.]+%)$",
        lambda m: f", {_changed_how(m.group(1))} {m.group(1)}",
        words,
    )
    # "..., soiling losses from 6% to under 2%" (set HH: read as a broken sentence): what
    # changed, cut or raised as its figures say
    moved = rx.search(
        r",\s+((?:[a-z][\w-]*\s+){1,3})from (?:about |around |~)?(\d+(?:\.\d+)?)(%?) to "
        r"(?:under |below |over |above |about |around |~)?(\d+(?:\.\d+)?)(%?)$",
        words,
    )
    measured = moved.group(1).split() if moved else []
    finite = any(
        w in ("and", "or", "but") or bool((v := lexicon.verb(w)) and v.tags & {"VBD", "VBZ"})
        for w in measured
    )  # "..., and recall went from 62% to 81%": a clause of its own
    # (not years: "sales growth from 2019 to 2021" is a span, found in review)
    years = bool(moved and not moved.group(3) and rx.fullmatch(r"(?:19|20)\d\d", moved.group(2)))
    if moved and not finite and not years and not _changes(measured[0]):
        cut = float(moved.group(2).rstrip(".")) > float(moved.group(4).rstrip("."))
        measure = words[moved.start() + 1 :].lstrip()
        if not rx.match(r"(?:the|a|an|our|my|its|their)\b", measure) and not (
            lexicon.is_plural_noun(moved.group(1).split()[-1])
        ):
            measure = f"the {measure}"
        words = f"{words[: moved.start()]}, {'cutting' if cut else 'raising'} {measure}"
    head, comma, tail = words.partition(", ")
    after = tail.split(" ")
    # (not an aside a preposition or an -ing word begins: "..., including Advanced Higher";
    # set IH: "..., and including Advanced Higher", "Advanced" read as a past)
    leading = after[0].lower()
    # (a gerund that is the subject is no aside: "..., speaking is getting there")
    gerund = len(after) > 1 and after[1] in ("is", "was", "has")
    # nor one a word of how much begins: "..., mostly in permafrost-adjacent ground" (set JW:
    # "..., and mostly in ...", "ground" read as a past)
    set_apart = leading in _PREPOSITIONS | _HOW_MUCH or (
        leading.endswith("ing") and leading != "nothing" and not gerund
    )
    if comma and leading not in ("which", "who", "that", "and") and not set_apart:
        for count in (1, 2, 3):  # "..., recall went from 62% to 81%", "..., post-op
            # hypothermia roughly halved": a clause run on, which gets its "and"
            # (or in the present: "read Norwegian fine, speaking is getting there", set IS)
            verb = after[count].strip(",.") if len(after) > count else ""
            if verb.lower() in ("included", "excluded", "excepted"):
                break  # "..., Mombasa and Garissa included" (set KT: "..., and Mombasa ...")
            if verb and (_told_in_past(verb) or _told_in_present(verb)):
                subject = after[:count]
                tally = any(w[:1].isdigit() or w.lower() in _NUMBER_WORDS | {"zero", "no"}
                            for w in subject)  # "about 200 MWp installed" # fmt: skip
                # "just finished"; "now used by two other labs" (set IX: "..., and now used
                # by two other labs", 2 notes), "now" a noun too in the lexicon
                tally = tally or all(_only_adverb(w) or w.lower() in _NOW for w in subject)
                plurals = [
                    w for w in subject if not lexicon.is_plural_noun(w)
                ]  # "complaint tickets"
                fragment = any(w.endswith(";") for w in subject)  # "..., Tahrir; moved ..."
                if (
                    not tally
                    and not fragment
                    and not _has_finite_verb("x x " + " ".join(plurals) + " ")
                ):
                    # "the report went to INCD"; a measure goes bare: "recall went from 62%"
                    measured = bool(rx.search(r"\d|\bby (?:half|a third)\b", tail))
                    bare = count == 1 and _bare_count_noun(subject[0]) and not measured
                    words = f"{head}, and {'the ' if bare else ''}{tail}"
                break
    return words


# Words that let a phrase after a comma read as part of the sentence: "..., the
# last three as second officer", "..., half of them in Spanish", "..., with distinction".
_ASIDE_STARTS: Final = frozenset(
    """the a an mostly half including all most both each one two three four five six seven
    eight nine ten in at with as about and last first bringing which who where while then
    mainly largely chiefly especially magna summa cum""".split()
)


# A meeting an award was given at, written after it with a comma as a CV does: "...,
# SECIP congress 2025", "..., EAGE Annual Conference".
_VENUE: Final = Lazy(
    r", ((?:the )?[\w&'’.-]+(?: [\w&'’.-]+){0,4} (?:[Cc]ongress|[Cc]onference|[Ss]ymposium|"
    r"[Ss]ummit|[Mm]eeting|[Ff]orum|[Ee]xpo|[Ff]estival|[Ww]orkshop|[Hh]ackathon|[Cc]ompetition|"
    r"[Oo]lympiad|[Cc]hampionships?|[Ff]air))(?: ((?:19|20)\d\d))?$"
)


def _at_venue(clause: str) -> str:
    """ "won the Best oral communication award, SECIP congress 2025" -> "... award at
    the SECIP congress 2025": where it was won, said as a sentence says it."""
    venue = _VENUE.search(clause)
    if not venue:
        return clause
    name = venue.group(1).removeprefix("the ")
    year = f" in {venue.group(2)}" if venue.group(2) else ""
    return f"{clause[: venue.start()]} at the {name}{year}"


def _asides_read(clause: str) -> bool:
    """Whether every part after a comma reads as English with what comes before:
    not "..., tax advisory", "..., TAT from 6 days to 36 hours", "..., patch of
    about 450 homes" or "..., around 600 MWp built" (a CV's shorthand)."""
    if clause.startswith(("won ", "was named ", "speak ")):
        return True  # "won the Best Paper Award, ICML 2022": a venue or a date; languages
    parts = rx.split(r",\s+(?![^()]*\))", clause)
    # each thing listed, up to what places them all ("..., procurement and fundraising
    # operations under one shared-services model", set BS)
    done = _is_past(clause.split(" ", 1)[0])  # an action's objects: "brought ..."
    heads = [
        list(itertools.takewhile(lambda w: not done or w not in _PREPOSITIONS, p.split()))
        for p in parts
    ]
    if len(parts) > 2 and not done:
        # the last thing listed, up to what it is for: "with visas, housing and charity
        # funding for treatment" (set IS: cut to "with visas", 2 notes)
        heads[-1] = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, parts[-1].split()))
    listed = all(len(h) <= 5 and h[:1] != [] and h[0] not in _HOW_MUCH for h in heads[1:])
    if len(parts) > 1 and " and " in parts[-1] and listed:
        # a list: "speak Marathi, Hindi and English", "led, coached and mentored"; not
        # "have 15 years of reservoir experience, Middle East and North Sea"
        first_words = parts[0].split()
        if len(first_words) <= 2 or (
            first_words[-1][:1].isupper() and parts[1][:1].isupper()
        ):  # not "spent a year at a call centre, rebookings and refunds"
            return True
    for aside in parts[1:]:
        first = aside.split(" ", 1)[0]
        counted = first.lower() in _NUMBER_WORDS or first.isdigit()  # not "28-bed ..."
        # "two of them in Spanish", "three as second officer"; not "one final decision in ..."
        related = counted and rx.match(r"\S+ (?:of (?:them|whom|which)|as|in|at|on|with)\b", aside)
        if counted and not related and not any(_is_past(w, only=True) for w in aside.split()):
            return False  # "..., two OnePetro papers": another fact, not a part of this one
        last = aside.rsplit(" ", 1)[-1].lower()
        participle = (reading := lexicon.verb(last)) and "VBN" in reading.tags
        if participle and rx.search(r"\d[\d.,]*\S*\s+(?:\S+\s+)?\S+$", aside):
            return False  # "around 600 MWp built", "40 models migrated"
        if rx.search(r"\d%\s+[a-z]+$", aside):
            return False  # "approx 70% farm"
        words = aside.split()
        if _is_past(first) and not lexicon.noun(first.lower()) and first.islower():
            return False  # "..., got the whole crew certified": a clause without its "I"
        if first.lower().endswith("ing") and clause.startswith(
            ("hold ", "am ", "have ", "passed ", "completed ")
        ):
            return False  # "hold the JLPT N3 certification, studying for N2": a note
        if first.lower() in _HOW_MUCH | {"especially"} and len(words) > 1:
            second = words[1].lower()
            if second not in _PREPOSITIONS and not second.endswith("ing"):
                return False  # "..., mostly biologics prosecution": "mostly on" is English
        if first.lower().endswith("ing") and 1 < len(words) <= 3:
            after = [w.lower() for w in words[1:]]
            if not any(w in _DETERMINERS | _PREPOSITIONS or w[:1].isdigit() for w in after):
                return False  # "..., planning unit", "..., practising licence current"
        second = words[1] if len(words) > 1 else ""
        if first.lower() in ("then", *_QUANTITY_LEAD) and second[:1].isdigit():
            # "..., then 2 as clinical fellow at Ninewells", "..., then 18 months in AMU"
            rest_of = [w.lower() for w in words[2:4]]
            joined = first.lower() == "then" and any(w in ("as", "in", "at", "on") for w in rest_of)
            if not joined and not any(_is_past(w) for w in words):
                return False  # "..., then 2 years University of Bristol", "..., about 14k visitors"
        if first.lower() in _ASIDE_STARTS or first.lower().endswith("ing"):
            continue
        if _aside_is_clause(aside) or _where_named(parts, parts.index(aside)):
            continue
        return False
    return True


def _where_named(parts: list[str], index: int) -> bool:
    """Whether the part of a clause at `index` (after a comma) is the place or the
    body of a name just before it: "at Codan Marine, Copenhagen", "at the Environment
    and Land Court, Nyeri", "at Margaret Thatcher Library, Moi University" (sets IG-IQ:
    9 such accomplishments left out); not a list of codes ("hold ACLS, PALS") or of
    names ("at Bodega Los Cerrillos, China, Korea and Taiwan")."""
    before, aside = parts[index - 1], parts[index]
    if rx.search(r"[A-Z]\S* (?:and|&) [A-Z]", parts[-1]) and index < len(parts) - 1:
        return False
    words = aside.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):  # "ICC", "PALS": codes, a list
        return False
    name = r"[A-Z][\w&.'’-]*(?: (?:and|of|for|&|de|la|du|do|da) [A-Z][\w&.'’-]*)*"
    return bool(rx.search(rf"\b(?:at|in|with|for|from|of|on) (?:the )?(?:{name} ?)+$", before))


def _without_last_aside(clause: str) -> str | None:
    """The clause without its last part after a comma, a CV's note that a sentence
    can do without ("have 15 years of reservoir engineering experience, Middle East
    and North Sea"); None when nothing is left to cut or the rest is a list."""
    body, comma, aside = clause.rpartition(", ")
    body = body.rstrip()
    if not comma or "(" in aside or ")" in aside or " " not in body:
        return None
    named = not all(lexicon.is_common_word(w) for w in aside.split())  # not "Outstanding"
    # not "UHNW clients"; but "English good, Polish native", languages
    named = named and (
        all(w[:1].isupper() for w in aside.split()) or any(map(lexicon.is_language, aside.split()))
    )
    if body.split()[-1][:1].isupper() and aside[:1].isupper() and len(aside.split()) <= 3 and named:
        return None  # "hold ACLS, PALS": a list of names, which a cut would shorten
    if rx.fullmatch(
        r"(?:in |across )?[A-Z]\S*(?: [A-Z]\S*)? (?:and|&) [A-Z]\S*(?: [A-Z]\S*)?", aside
    ):
        # the end of a list of names goes with the rest of it: "at Bodega Los Cerrillos,
        # China, Korea and Taiwan" is "at Bodega Los Cerrillos"
        while (last := rx.search(r", ([A-Z]\S*(?: [A-Z]\S*)?)$", body)) and " " in body[
            : last.start()
        ]:
            body = body[: last.start()]
    return body


def _aside_is_clause(aside: str) -> bool:
    """Whether words after a comma make a clause of their own: a subject, then
    its verb ("recall went from 62% to 81%"); not a noun phrase whose plural
    looks like a verb ("patch of about 450 homes")."""
    words = [w.strip(",.;:") for w in aside.split()]
    for before, word in itertools.pairwise(words):
        reading = lexicon.verb(word.lower())
        if not reading or not reading.tags & {"VBD", "VBZ"}:
            continue
        plural = lexicon.noun(word.lower())
        if "VBD" not in reading.tags and plural and "NNS" in plural.tags:
            continue  # "city and regional routes": a plural, not "routes" the verb
        low = before.lower()
        if low in _DETERMINERS or low in _PREPOSITIONS or low in _NUMBER_WORDS:
            continue  # "of about 450 homes", "the works"
        if before[:1].isdigit() or (lexicon.is_adjective(low) and not lexicon.noun(low)):
            continue
        return True
    return False


def _is_past(word: str, *, only: bool = False) -> bool:
    """A simple past ("went"); with `only`, not also a participle ("saved")."""
    reading = lexicon.verb(word.lower())
    return bool(reading and "VBD" in reading.tags and not (only and "VBN" in reading.tags))


def _names_a_role_or_credential(rest: str) -> bool:
    """Whether capitalised words at the start name a role or a credential ("Chartered
    Engineer since 2019", "Google Data Analytics certificate"), not a verb and its
    object ("Trained Apprentice welders", "Led Kafka migration")."""
    words = rest.split("(")[0].split(",")[0].split()  # "Bar Course, Outstanding": the course
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    if not run:
        return False
    after = words[len(run)] if len(run) < len(words) else ""
    last = (after if after.lower() in _HELD | _COMPLETED else run[-1]).lower()
    if after and after.lower() not in _HELD | _COMPLETED and lexicon.noun(after.lower()):
        return False  # "Trained Apprentice welders": the object goes on
    return last in _HELD | _COMPLETED or (is_person(last) and bool(_DOER_ENDING.search(last)))


# Adverbs of time the lexicon also reads as nouns ("the now"), which are no subject.
_NOW: Final = frozenset({"now", "still", "already"})


def _only_adverb(word: str) -> bool:
    """Whether a word is an adverb and no noun ("just", "recently"), so no subject."""
    readings = lexicon.readings(word.lower())
    return any(r.pos == "r" for r in readings) and not any(r.pos == "n" for r in readings)


def _told_in_present(word: str) -> bool:
    """Whether a word is a verb in the present that a subject before it makes a clause of:
    "is", "are", "has", "grows"; not a plural noun ("routes")."""
    if word in ("is", "are", "has"):
        return True
    reading = lexicon.verb(word)
    return bool(reading and "VBZ" in reading.tags and not lexicon.is_plural_noun(word))


def _told_in_past(word: str) -> bool:
    """Whether a word can be a simple past in any of its readings ("fell", not only
    the verb "fell" a tree), so that a clause after a comma is seen as one."""
    return any(r.pos == "v" and "VBD" in r.tags for r in lexicon.readings(word.lower()))


def _is_clause(reading: _Reading) -> bool:
    """A reading led by one of the writer's own verbs ("led", "ran", "was named",
    "have filed 400+ FOI requests")."""
    clause = reading[0]
    first, _, rest = clause.partition(" ")
    verb = lexicon.verb(first) and first not in (*_QUANTITY_LEAD, "last", "first", "then")
    verb = verb or first in ("am", "was")  # not "last 2 as Field Manager": a note, no verb
    if not reading[2] or not verb:
        return False  # "over 400 FOI requests filed; ...": no verb leads it
    second = rest.split(" ", 1)[0]
    done = first == "have" and second not in ("worked", "had", "been")
    done = done and lexicon.is_past_participle(second)  # "have filed 400 FOI requests"
    return done or first not in ("have", "hold", "am", "speak")


def _fragments(words: str) -> list[str]:
    """The parts of a text that strings several together ("MAA; ARB-registered",
    "ICAN – passed all papers"), or nothing."""
    for separator in (";", " – ", " — ", " - "):
        if separator in words:
            return [p.strip(" ,") for p in words.split(separator) if p.strip(" ,")]
    return []


def _read(words: str) -> _Reading:
    if not words:
        return "", False, False, ""
    been = rx.match(r"(?:have\s+)?been\s+", words, re.I)
    if been:  # "have been a nurse for 10 years", "been a Scout leader": mine, without "I"
        words = f"I have been {words[been.end() :]}"
    subject = _SUBJECT.match(words)
    rest = words[subject.end() :] if subject else words
    kind = subject.lastgroup if subject else None
    if kind == "am":
        return f"am {rest}", False, True, ""
    if kind == "was":
        return f"was {rest}", True, True, ""
    if kind == "perfect":
        return (*_perfect(rest), True, "")
    if kind in ("mine", "we"):
        assert subject is not None
        owner = "my team " if kind == "we" else subject.group().lower()
        found = _predicate(rest)
        clause, event = found or (f"has {_lower_first(rest)}", False)
        first = "was" if event else "am"
        group = owner.split()[1]
        return (f"{first} part of {_article(group)} {group} that {_third_person(clause)}",
                event, True, f"{owner}{_third_person(clause)}")  # fmt: skip
    done_to_mine = rx.fullmatch(r"(?i:my|our)\s+([^,]+),\s+((?:co-)?([a-z]+ed))\s+(.+)", words)
    if done_to_mine and lexicon.is_past_participle(done_to_mine.group(3)):
        # what was done to the writer's work, after a comma: "my 2024 series on phosphate
        # exports through Aqaba, co-published with two European outlets" (set KP: "to share
        # that my 2024 series ..., co-published ...", no verb)
        np, done, _, rest = done_to_mine.groups()
        sentence = f"my {np} was {done} {rest}"
        return f"am proud that {sentence}", True, True, sentence
    that_did = rx.fullmatch(
        r"(?:(?:a|an|the) )?([a-z][\w-]*(?: [a-z][\w-]*){0,3}) (?:that|which) ([a-z]+) (.+)", words
    )
    read_as = _predicate(words) if that_did else None
    # (read as no deed, or as "am ..." of an -ing word, or as a verb before "that" that is a
    # noun there: "process that cut waste")
    as_noun = that_did is not None and (
        read_as is None or read_as[0].startswith("am ") or " " not in that_did.group(1)
    )
    if that_did and as_noun and _told_in_past(that_did.group(2)):
        # a thing of the writer's and what it did: "slotting analysis that freed up about 8%
        # of pallet positions" (set KP: "I am slotting analysis that freed up ...")
        sentence = f"my {that_did.group(1)} {that_did.group(2)} {that_did.group(3)}"
        return f"am proud that {sentence}", True, True, sentence
    mine = rx.match(r"(my|our)\s", words, re.I)
    if mine and _has_finite_verb(words):
        sentence = words[0].lower() + words[1:]  # "my analysis ... led to a review"
        return f"am proud that {sentence}", True, True, sentence
    admitted = rest[:9].lower() == "admitted " and rx.match(
        r"admitted (?:to (?:the )?)?([A-Z][A-Za-z.]*(?: (?!Bar\b)[A-Z][a-z]+)?)(?: [Bb]ar)?,? "
        r"((?:19|20)\d\d)\b",
        rest,
    )
    if admitted:  # "admitted NY 2022, S.D.N.Y. and E.D.N.Y." (set BQ): to the bar
        return f"was admitted to the {admitted.group(1)} bar in {admitted.group(2)}", True, True, ""
    retired = rest[:8].lower() == "retired " and _retired(rest[8:])
    if retired:
        return retired, False, True, ""
    service = any(w in rest for w in _SERVICES) and _service(rest)
    if service:
        return service, True, True, ""
    done = _done_to_count(rest) or (" from " in rest and _changed(rest))
    if done:
        return done, not done.startswith("have "), True, ""
    modal = rest.startswith(("can ", "could ")) and rx.match(r"(?:can|could) [a-z]+\b", rest)
    if modal and lexicon.verb(rest.split()[1]):
        return rest, False, True, ""  # "can drive a tractor with trailer"
    found = _predicate(rest)
    if found:
        return found[0], found[1], True, ""
    change = rx.match(r"(.+?)\s+(down|up)\s+(from\s+.+)$", rest)
    if change:
        measure = _lower_first(change.group(1))
        if (
            rx.fullmatch(r"[a-z][\w-]*(?: [a-z][\w-]*){0,2}", measure)
            and not rx.match(r"(?:the|a|an|our|my|its|their)\b", measure)
            and not lexicon.is_plural_noun(measure.rsplit(" ", 1)[-1])
        ):
            measure = f"the {measure}"  # "brought the no-show rate down" (set HG, 3 notes)
        return (
            f"brought {measure} {change.group(2)} {change.group(3)}",
            True,
            True,
            "",
        )
    passed = rx.match(r"(.+?)\s+passed\b\s*(.*)$", rest)
    if passed and rx.search(r"\b(?:she|he|they|we|I|it)$", passed.group(1)):
        passed = None  # "... before she passed": a clause of its own
    joined = passed and rx.search("[;,–—]", passed.group(1))
    if passed and not joined and not _has_finite_verb(passed.group(1)):
        return f"passed {passed.group(1)} {passed.group(2)}".strip(), True, True, ""
    clause, sure = _noun_phrase_clause(rest)
    return clause, clause.startswith(("spent ", "was ", "won ")), sure, ""


def _retired(role: str) -> str | None:
    """A retired person's last post, and how long they served: "retired Navy Chief,
    22 years, Logistics Specialist" -> "am a retired Navy Chief with 22 years of
    service" (set BM: not "I retired Navy Chief"); not what was retired ("retired
    40 legacy servers")."""
    post, _, after = role.partition(", ")
    head = _head(post)
    last = post.rsplit(" ", 1)[-1]
    from thanknote.names import title_word  # loaded only for a retired person

    if not head or not (is_person(head) or (last[:1].isupper() and title_word(last))):
        return None
    served = rx.match(r"((?:about |over )?\d+)\s*(?:years|yrs)\b", after)
    length = f" with {served.group(1)} years of service" if served else ""
    return f"am {_indefinite('retired ' + post, head)}{length}"


def _service(rest: str) -> str | None:
    """Service in a body a line names first: "Kenya Air Force 1999-2011, left as a
    Major" (from 1999 to 2011), "U.S. Army, 8 yrs (Civil Affairs), SSG" (for 8
    years), "US Army Reserve, 68WM6 (LPN)" (in the US Army Reserve); a former
    member's too ("ex-Kenya Air Force, Major", set BM)."""
    former = rx.match(r"(?:ex-|former\s+)(?=[A-Z])", rest)
    if former:
        rest = rest[former.end() :]
    services = "|".join(_SERVICES)
    served = rx.match(
        rf"(.+?\b(?:{services}))(?:,[^,]*)*?,?\s+((?:19|20)\d\d)\s*[–-]\s*((?:19|20)?\d\d)\b", rest
    )
    if served and served.group(1)[:1].isupper():
        start, end = served.group(2), served.group(3)
        end = end if len(end) == 4 else start[:2] + end
        return f"served in {_place(served.group(1))} from {start} to {end}"
    body = rf"((?:[A-Z][\w.'’-]*\s+)*(?:{services}))"
    first = rx.match(rf"((?:about |over )?\d+) (years|months) (?:in (?:the )?)?{body}(?:,|$)", rest)
    if first and " " in first.group(3):  # "22 years U.S. Army, retired as ..." (set BN)
        return f"served in {_place(first.group(3))} for {first.group(1)} {first.group(2)}"
    spent = rx.match(rf"{body},\s+((?:about |over )?\d+(?:\.\d+)?) (years|months)\b", rest)
    if spent and spent.group(1)[:1].isupper():
        return f"served in {_place(spent.group(1))} for {spent.group(2)} {spent.group(3)}"
    named = rx.match(rf"{body}(?:,|$)", rest)
    if named and " " in named.group(1) and named.group(1)[:1].isupper():
        return f"served in {_place(named.group(1))}"
    return None


def _without_object(clause: str) -> bool:
    """Whether a clause's verb has nothing after it but a time or a phrase with a
    preposition: "renewed in 2026", "renewed", "designed from scratch"."""
    rest = clause.split(" ", 1)[1] if " " in clause else ""
    if rest.split(" ", 1)[0] in ("from", "in", "on", "at", "for"):
        return True  # "designed from scratch with 2 colleagues": designed what?
    # and a month alone: "finished Oct" (set DU: "Having finished Oct, I believe ...")
    month = rx.fullmatch(
        r"(?:in )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*\.?", rest
    )
    return (
        not rest or bool(rx.fullmatch(r"(?:in |on )?(?:\w+ )?(?:19|20)\d\d", rest)) or bool(month)
    )


def _changed(rest: str) -> str | None:
    """ "reporting completeness in DHIMS2 from 71% to 96%" -> "raised reporting
    completeness in DHIMS2 from 71% to 96%": a measure and its change, with no verb."""
    change = rx.search(r"\bfrom (\d[\d.,]*)%? to (\d[\d.,]*)%?$", rest)
    first = rest.split(" ", 1)[0]
    verb = lexicon.verb(first.lower())
    if not change or (verb and "VBG" not in verb.tags) or first.lower() in _DETERMINERS:
        return None  # "cut waste from 12% to 7%" has its verb
    if "," in rest or rx.search(r"\b(?:down|up) from\b", rest):
        return None  # "mis-picks down from 1.8% to 0.4%": brought down
    before, after = (float(g.replace(",", "")) for g in change.groups())
    if before == after or not rest[:1].islower():
        return None
    return f"{'raised' if after > before else 'cut'} {rest}"


def _done_to_count(rest: str) -> str | None:
    """ "over 1,200 general anaesthetics logged, 150 paediatric" -> "have logged over
    1,200 general anaesthetics, 150 paediatric": a tally whose verb comes last."""
    head, comma, aside = rest.partition(", ")
    if "(" in head:
        return None  # "2 patents (one granted, US)": not a tally done
    words = head.split()
    if len(words) < 3:
        return None
    lead = words[1] if words[0].lower() in _QUANTITY_LEAD else words[0]
    if words[0].lower() == "more" and len(words) > 3:
        lead = words[2]  # "more than 40 ..."
    if not (lead[:1].isdigit() or lead.lower() in _NUMBER_WORDS):
        return None
    at = next((i for i, w in enumerate(words[2:], 2) if _is_participle(w)), None)
    if at is None or any(_DURATION.fullmatch(w) for w in words[:at]):
        return None  # "3 years managed", "4 yrs looking after my nana before she passed"
    if any(w.lower() in ("i", "she", "he", "we", "they", "it") for w in words[:at]):
        return None  # a clause of its own before the participle
    if any(_is_past(w) and not lexicon.noun(w.lower()) for w in words[1:at]):
        return None  # a clause with its own verb
    tally, after = " ".join(words[:at]), " ".join(words[at + 1 :])
    if not after and words[at] in ("granted", "awarded"):
        return f"have been {words[at]} {tally}{comma}{aside}"  # "2 patents granted": to me
    if not after:
        return f"have {words[at]} {tally}{comma}{aside}"
    if not _starts_preposition(after) or comma:
        return None
    past = lexicon.past_tense(lexicon.verb(words[at]).lemma) or words[at]  # type: ignore[union-attr]
    return f"{past} {tally} {after}"  # "12 new stores opened in 2023": opened 12 ...


# Past participles that say a state one is in ("experienced in", "skilled at"), not an act.
_STATES: Final = frozenset(
    "experienced skilled versed interested involved based specialised specialized focused "
    "dedicated committed".split()
)


def _done_on(word: str, tail: str) -> bool:
    """Whether an -ed word before a preposition is something done, not a state: "advised
    on the tariff restructuring" (set CY: "I am advised on ..."), "worked on"."""
    preposition = tail.split(" ", 1)[0] if tail else ""
    return (
        word.endswith("ed")
        and word not in _STATES
        and not _STATE_ENDING.search(word)
        and preposition in ("on", "with", "for")
        and lexicon.is_past_participle(word)
    )


def _bare_count_noun(word: str) -> bool:
    """A singular count noun in small letters, which needs an article as a subject."""
    reading = lexicon.noun(word) if word.isalpha() and word.islower() else None
    return bool(reading and "NN" in reading.tags and reading.forms and reading.forms[0] != word)


def _is_participle(word: str) -> bool:
    """A past participle in small letters ("logged"), not a name ("Ravensworth")."""
    return word.islower() and lexicon.is_past_participle(word)


def clause_of(word: str, tail: str) -> str:
    """A verb and what follows it, as one clause."""
    return f"{word} {tail}".strip()


def _has_finite_verb(words: str) -> bool:
    """Whether a past or present-tense verb stands after the first two words."""
    for word in words.split()[2:]:
        reading = lexicon.verb(word.lower().strip(",.;:"))
        if reading and reading.tags & {"VBD", "VBZ"}:
            return True
    return False


def _base_verb(word: str) -> bool:
    """A verb's own form in small letters: "build", not "built" or "builds"."""
    reading = lexicon.verb(word) if word.isalpha() and word.islower() else None
    return bool(reading and "VB" in reading.tags and reading.lemma == word)


def _perfect(rest: str) -> tuple[str, bool]:
    """ "I've trained 40 nurses" tells of an event; "I've been nursing for 9
    years" and "I have a CPA licence" of a state."""
    first, _, tail = rest.partition(" ")
    reading = lexicon.verb(first.lower())
    # "run", "come", "put": a participle the same as its verb ("I've run the team")
    if first.lower() == "been" or reading is None or not lexicon.is_past_participle(first.lower()):
        return f"have {rest}", False
    # (not the second of two verbs after "helped": "I've helped build and validate our
    # Beacon plans during the Epic go-live", set KZ: "I have helped ... during", 1 note)
    helped = first.lower() == "helped" and _base_verb(tail.split(" ", 1)[0])
    if _STILL_TRUE.search(tail) or (_present_after_and(tail) and not helped):
        # and a deed of now after "and": "I've worked on Stäubli looms and prepare my own
        # files" (set KL: "I worked on ... and prepare ...", read as tenses mixed)
        return f"have {rest}", False
    past = lexicon.past_tense(reading.lemma) or first.lower()
    if past == reading.lemma and first.lower().endswith("ed"):
        # a past like the verb, where the writer wrote "-ed": "I've fitted over 400 casts"
        # is "I fitted" (set KJ: "I fit over 400 ...", read as the present)
        past = first.lower()
    return f"{past} {_coordinated(tail, _past_of_a_participle)}".strip(), True


def _present_after_and(clause: str) -> bool:
    """Whether "and" joins a verb of now to the clause: "... and prepare my own files",
    "... and now manage the team" (a verb only, before an object or a preposition)."""
    found = rx.search(r"\band (?:now |also |still )?([a-z]+) (\S+)", clause)
    if not found:
        return False
    word, after = found.groups()
    reading = lexicon.verb(word)
    if reading is None or "VB" not in reading.tags or lexicon.noun(word) is not None:
        return False
    if lexicon.is_past_participle(word):
        return False  # "... and come in 6% under budget": a participle too, a deed done
    return after in _DETERMINERS or after in ("my", "our", "their") or _starts_preposition(after)


# What keeps a perfect a perfect: how long ("for six years", "since 2021"; not "for two
# heads of state ... during the 2024 ASEAN events", set JN: "I have handled ... during the
# 2024"), or what it is now ("..., now used by two other labs", "so far", "to date").
_STILL_TRUE: Final = Lazy(
    rf"\bfor (?:the )?(?:[\w.,+~]+ ){{0,3}}(?:{_DURATION.pattern}|\b(?:hours?|days?|nights?|"
    r"shifts?|terms?)\b)|\bfor (?:so )?long\b|\b(?:now|still|so far|to date|already|ever)\b"
    r"|\bsince\b|\bover the (?:past|last)\b",
    re.I,
)


def _predicate(rest: str) -> tuple[str, bool] | None:
    """A clause led by a verb: (the clause, whether it is a past event)."""
    first, _, tail = rest.partition(" ")
    if first[:1].isupper() and first.endswith(",") and not _told_in_past(first.rstrip(",")):
        return None  # "Excel, basic SQL": a list of names, not "excel"; but "Led, coached"
    if first[:1].isupper() and tail[:1].isupper() and _names_a_role_or_credential(rest):
        return None  # "Google Data Analytics certificate", "Chartered Engineer": no verb
    first = first.rstrip(",;:")
    word = first.lower()
    if first == "Excel":
        return None  # "Excel advanced (pivot tables)": the program, not the verb
    if not _is_lower_or_title(first) or word in _QUALITY_NOUNS:
        return None  # "WSET Level 3", "ACLS": a name; "Experience with Epic": a quality
    graded = word in ("class", "grade", "level", "type", "category", "band", "tier")
    # (not a past before a number: "Trained 11 care workers", "Led 3 audits"; set HX: "I am a
    # Trained 11 Indonesian ... care workers")
    past = any(r.pos == "v" and "VBD" in r.tags for r in lexicon.readings(word))
    numbered = tail[:1].isdigit() or rx.match(r"[A-Z]\b", tail)
    if (first[:1].isupper() or graded) and numbered and not (past and not graded):
        return None  # "Class 3 medical", "Grade 8 piano", "Type A licence": a grade
    if _STATE_ENDING.search(_lead(rest)) and " " in _lead(rest):
        return None  # "Better Start Literacy Approach trained": a state
    if word in _LEADING_LEVELS and tail[:1].isupper() and _languages(rest):
        return None  # "advanced English": a language and its level, not "I advanced English"
    if word in ("best", "worst") and rx.match(r"(?:one|\d)", tail):
        return None  # "best one lifted conversion 2.3×" (set GV: "I best one lifted ...")
    if word == "spent" and rx.match(r"[a-z]+ [a-z]+", tail) and lexicon.noun(tail.split()[0]):
        # "Spent grain partnership with 4 local farms" (set GO: "Having spent grain
        # partnership ..."): the brewer's spent grain, as a noun after it says; time and
        # money are counted ("spent 3 years", "spent the summer", "spent most of 2023")
        spans = {"most", "much", "all", "half", "time", "weekends", "nights", "summers"}
        spent_on = tail.split()[0]
        if spent_on not in _DETERMINERS | _NUMBER_WORDS | spans and not spent_on[0].isdigit():
            return None
    readings = lexicon.readings(word)
    verbs = [r for r in readings if r.pos == "v"]
    only_verb = bool(verbs) and all(r.pos == "v" for r in readings)
    titled = not only_verb or word.endswith(("ed", "ing"))
    object_like = _starts_object(tail) and not tail[:1].isupper()
    if _title_case(rest) and (not object_like or _head(rest) in _HELD) and titled:
        return None  # "Certified Kubernetes Administrator", "Chartered Accountant": a title
    if word in ("called", "admitted") and rx.match(r"to the (?:[\w'’()-]+ )*[Bb]ar\b", tail):
        return f"was {clause_of(word, tail)}", True  # "called to the Nigerian Bar"
    counts = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    span = word in _PASSIVE and rx.match(rf"{counts} {_DURATION.pattern}", tail, re.I)
    if word in _PASSIVE and span and word not in _CANDIDATED:
        return f"was {word} for {tail}", True  # "seconded six months to the Autorité"
    if word in ("awarded", "granted", "offered") and _names_an_honour(tail):
        return f"was {word} {tail}", True  # "awarded a Chevening scholarship"
    agent = " by " in f" {tail}" and rx.search(r"\bby (?:my|our|the|his|her|their)\b", tail)
    if agent and _starts_preposition(tail) and lexicon.is_past_participle(word):
        return f"was {word} {tail}", True  # "recommended for command by my line captain"
    thing = tail.split(" ", 1)[0] if tail else ""
    deed = (  # "commissioned shore power on two vessels" (set CB): done, not "was"
        word in _DONE_TO_THINGS
        and thing.isalpha()
        and thing.islower()
        and thing not in _PREPOSITIONS
        and lexicon.noun(thing) is not None
        and not is_person(thing)
    )
    if (
        word in _PASSIVE
        and not deed
        and not _starts_object(tail)
        and not rx.match(r"(?:and|or) ", tail)
    ):
        if tail.startswith(",") or tail[:1] == "," or tail.lstrip(", ")[:1].isupper():
            if word not in _CANDIDATED:
                return None  # "ordained PC(USA)": in what, a sentence cannot tell
            named = tail.lstrip(", ")
            return f"was {word} for {_definite(named)}", True  # "shortlisted, X Awards"
        return f"was {word} {tail}".strip(), True  # "promoted twice in three years"
    if not verbs:
        plain = first.islower() or (first[:1].isupper() and first[1:].islower())
        prefix, _, participle = word.rpartition("-")  # "Humboldt-funded", not "co-founded"
        person = _head(rest)
        # a noun before it, however short: "play-based exploration work" (set JG: "I
        # play-based exploration work ..."), "risk-based audits"; not "over-delivered"
        noun_before = prefix.isalpha() and len(prefix) >= 3 and prefix.lower() not in _PREPOSITIONS
        noun_before = noun_before and lexicon.noun(prefix.lower()) is not None
        compound = (
            (len(prefix) > 4 or noun_before or bool(person and is_person(person)))
            and _is_participle(participle)  # "Humboldt-funded", "time-served"; not "co-founded"
            and not _starts_object(tail)  # "cross-trained 14 staff", "hand-built a lab"
        )
        if word.endswith("ed") and not readings and len(word) > 4 and plain and not compound:
            return f"{word} {tail}".strip(), True  # "onboarded", "co-founded"
        return None
    habit = rx.match(r"to\s+(\w+)\s*(\S*)", tail) if word == "used" else None
    base = lexicon.verb(habit.group(1)) if habit else None
    a_noun = habit is not None and lexicon.noun(habit.group(1)) is not None
    if habit and a_noun and habit.group(2) in ("", "from", "of", "and", "in"):
        base = None  # "used to pressure", "used to pressure from owners": a state
    if base is not None and "VB" in base.tags:
        # the past of a habit, "used to cross to Pamilacan monthly", not "am used to ..."
        # (set KI: "I am used to cross to Pamilacan", 2 notes); "used to pressure" is
        # left to be a state
        return f"{word} {tail}", True
    counted = rx.match(r"(?:over|about|around|nearly|almost|more than|some)\s+\d", tail)
    if lexicon.is_adjective(word) and _starts_preposition(tail) and not counted:
        return None  # "certified in ACLS", "licensed in three states"; not "fitted over 400"
    as_verb = lexicon.verb(word)
    done_to = word.endswith("ed") or bool(as_verb and as_verb.tags == {"VBN"})  # "sworn"
    particle, _, after_particle = tail.partition(" ")
    phrasal = particle in ("out", "up", "down", "off", "over", "back", "through") and (
        _starts_object(after_particle)
    )  # "rolled out an engineering career ladder" (set DU: "I have been a rolled out ...")
    if (
        done_to
        and tail
        and not phrasal
        and not _starts_object(tail)
        and not _starts_preposition(tail)
    ):
        head = _head(rest)
        noun = lexicon.noun(head or "")
        if head and is_person(head) and not (noun and "NNS" in noun.tags):
            return None  # "registered architect in Italy", "approved TB tester": who I am
        if head in _COMPLETED | _HELD and lexicon.is_adjective(word):
            return None  # "certified medical dispatcher course": a course, not an act
    tags = frozenset().union(*(r.tags for r in verbs))
    base = next((r for r in verbs if "VB" in r.tags), None)
    listed = "," if rest.partition(" ")[0].endswith(",") else ""  # "led, coached and ..."
    clause = f"{word}{listed} {tail}".strip()
    if ("VBD" in tags or "VBN" in tags) and tail.lower().startswith("by "):
        return f"was {clause}", True  # "commended by the check captain"
    if rx.match(r"to\s+\w+", tail) and (_STATE_ENDING.search(word) or word in _PERMITTED):
        return f"am {clause}", False  # "authorized to give injections"
    nouns = [r for r in readings if r.pos == "n"]
    if nouns and _starts_preposition(tail) and not counted and word not in _PREPOSITIONAL_VERBS:
        if "VBD" not in tags:
            return None  # "article in a journal", "volunteer at the shelter": a noun
    other = base.forms[1] if base and len(base.forms) > 1 and base.forms[0] == word else ""
    if other.endswith("ed") and lexicon.is_adjective(other):
        # a past written as the verb ("fit over 400 casts"), which has an "-ed" form in
        # common use too (a "fitted" kitchen; not "quitted"): that one, which no one reads
        # as the present (set KJ: "I fit over 400 total contact casts")
        return f"{other} {tail}".strip(), True
    if "VBD" in tags or (base and base.forms and base.forms[0] == word):
        return clause, True  # "led", and "cut", "set", "put" as a CV writes the past
    if "VBN" in tags:
        return clause, True
    head = _head(rest)
    if head and is_person(head) and not _starts_object(tail):
        return None  # "Volunteer firefighter", "Lead author": a person, not an action
    if "VB" in tags and not only_verb and not _starts_object(tail):
        return None  # "zero LTIs", "Design systems": a verb only by chance
    if "VB" in tags:
        return clause, False  # "manage a team of 12": the present of a current role
    if "VBZ" in tags:
        return f"{verbs[0].lemma} {tail}".strip(), False
    held = r"\b(?:" + "|".join(sorted(_HELD | _COMPLETED)) + r")\b"
    if "VBG" in tags and rx.search(held, rest.split(",")[0].lower()):
        return None  # "driving licence kat. B": a thing held, not what I am doing
    if "VBG" in tags:
        if rx.search(r"\bfor\s+(\d+|[a-z]+)\s+" + _DURATION.pattern + r"|\bsince\b", tail):
            return f"have been {clause}", False  # "calling shows for eight years"
        return f"am {clause}", False
    return None


def _noun_phrase_clause(rest: str) -> tuple[str, bool]:
    """A clause for what is not led by a verb, and whether the fit is sure.

    Only shapes a reader recognises are sure: languages, degrees, years of
    experience, a role ("a native Portuguese speaker"), a state ("CCRN
    certified"), something held, completed, published or given ("a Blasting
    Certificate", "an externship", "a talk"), an award, tools. Anything else is
    put into a sentence but marked unsure, and drafts leave it out.
    """
    if _foreign(rest):
        return f"have {rest}", False  # "bajé las mermas 38%...": not English
    given = rx.match(r"(?i)(awarded|voted|named) (?=[A-Z])", rest)
    if given and _NAMED.search(rest):
        # "awarded Employee of the Year 2023": a title given by its name (had "was named
        # awarded Employee of the Year")
        return f"was named {_indefinite_name(rest[given.end() :])}", True
    languages = _languages(rest)
    head_part, comma, after = rest.partition(", ")
    after_words = [w.strip(",;.()") for w in after.split()]
    if not languages and comma and not any(lexicon.is_language(w) for w in after_words if w):
        languages = _languages(head_part)  # "Spanish native, translated at conferences"
    if languages:
        return languages, True  # "speak Somali and English"
    bilingual = rx.match(r"((?:bi|tri)lingual)\s+(?:in\s+)?(.+)$", rest, re.I)
    if bilingual and _languages(bilingual.group(2)):
        return f"am {bilingual.group(1).lower()} in {_joined(bilingual.group(2))}", True
    head = _head(rest)
    decorated = rx.match(  # "Bronze Star", "Military Cross"; not "Red Cross", "Rising Star"
        r"(?:(?:Bronze|Silver|Gold) Star|(?:[A-Z][\w'’]+ )*(?!Red )[A-Z][\w'’]+ Cross)"
        r"(?: Medal)?(?=\s*(?:$|,|\(|\d))",
        rest,
    )
    # an award named after an office ends in what it is: "Head of Public Service
    # Commendation 2023" (set DX: "Having been a Head of Public Service Commendation")
    plain = rx.match(r"(?i)commendation (for|from) ([^,]+)(?:,\s*((?:19|20)\d\d))?$", rest)
    if plain:
        # a commendation named by no one, for a deed: "Commendation for handling a bird
        # strike ..., 2024" (set EB: "I won the Commendation for ...", a capital mid-sentence)
        year = f" in {plain.group(3)}" if plain.group(3) else ""
        return f"received a commendation {plain.group(1)} {plain.group(2)}{year}", True
    named_award = _AWARD.fullmatch(rx.sub(r"[\s,]+(?:19|20)\d\d$", "", rest).rsplit(" ", 1)[-1])
    if (_AWARD.search(_lead(rest)) and (named_award or not is_person(head or ""))) or decorated:
        parts = [p for p in rest.split(", ") if p.lower() not in ("winner", "won", "first place")]
        if len(parts) == 2 and parts[1][:1].islower() and len(parts) < len(rest.split(", ")):
            # "X Awards 2024, business reporting, winner": won X Awards 2024 for business reporting
            return f"won {_definite(parts[0])} for {parts[1]}", True
        rest = ", ".join(parts)
        award, comma, where = rest.partition(", ")
        dated = rx.search(r"\b(?:19|20)\d\d\b", where)
        graded = rx.fullmatch(r"with (?:distinction|merit|honours|honors|credit)", where)
        if comma and graded:
            # a qualification's grade: "WSET Level 3 Award in Wines, with distinction" (set
            # JE: "won the WSET Level 3 Award in Wines in the with distinction")
            return f"hold {_definite(award)}, {where}", True
        if rx.search(r"\bLevel \d+ Awards? in\b", award):
            # a qualification at a level of the UK's framework, not a prize: "SafeLives Level
            # 3 Award in Domestic Abuse" (set KF: "I won the SafeLives ...", 2 notes)
            return f"hold {_definite(rest)}", True
        if comma and not dated and not _title_case(where) and "," not in where:
            return f"won {_definite(award)} in the {where}", True  # "gold medal, MD final exam"
        if _DECORATION.search(rest) and _title_case(award):
            return f"was awarded {_definite(award)}", True  # "the Bronze Star" (set BQ)
        return f"won {_definite(rest)}", True  # "won the Best Paper Award, ICML 2022"
    best = rx.match(r"(Best|Top) ([A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:, (.+))?$", rest)
    if best and head in _PUBLISHED | _GIVEN | _ENTRIES and not _NAMED.search(rest[best.end(2) :]):
        venue = best.group(3)  # "Best Poster, Malaysian Society ... ASM 2025"
        at = f" at {_definite(venue)}" if venue and venue[:1].isupper() else ""
        return f"won the {best.group(1)} {best.group(2)} award{at}", True
    # a body's or a meeting's best paper, with its year: "IEEE EDS Best Student Paper 2019",
    # "SimCon 2025 best paper" (sets EN, EO: "I published an IEEE EDS Best Student Paper")
    named_best = rx.fullmatch(
        r"(.*?)\s*\b([Bb]est(?: [A-Z]?[\w-]+)? [Pp]aper|[Bb]est [Pp]oster)\b"
        r"(?:,? ((?:19|20)\d\d))?",
        rest,
    )
    if named_best and head in _PUBLISHED | _ENTRIES and named_best.group(1):
        body, prize, year = named_best.groups()
        in_body = rx.search(r"(?:19|20)\d\d", body)  # "SimCon 2025": the year is the prize's
        body = rx.sub(r"\s*(?:19|20)\d\d$", "", body)
        year = year or (in_body.group() if in_body else "")
        when = f" in {year}" if year else ""
        prize = " ".join(w[:1].upper() + w[1:] for w in prize.split())  # "Best Paper"
        return f"won the {body} {prize} award{when}", True  # "the SimCon Best Paper award"
    dated = rx.search(r"\b(19|20)\d\d\b", rest)
    of_the = bool(rx.search(r"\bof the\b", _lead(rest), re.I))  # "Manager of the Year"
    # "Best Newcomer": a title given; not "Best Interests Assessor", a role
    best_of = bool(rx.fullmatch(r"(?:Best|Top) [A-Z][\w-]*", _lead(rest)))
    # and "Best Branch Manager" (set EJ: "As a Best Branch Manager, ..."), the first word
    # after it one thing, not "Interests"
    longer = rx.fullmatch(r"(?:Best|Top) ([A-Z][\w-]*)(?: [A-Z][\w-]*){1,3}", _lead(rest))
    best_of = best_of or bool(longer and not lexicon.is_plural_noun(longer.group(1).lower()))
    if _NAMED.search(_lead(rest)) and (
        dated or of_the or best_of or not (head and is_person(head))
    ):
        # A title given to a person ("Employee of the Year 2023", "Top Team Leader"),
        # not one given to a branch or a team in small letters ("top branch in sales").
        titled = _written_as_title(_lead(rest)) or bool(head and is_person(head))
        # "Best Store Jatim Q3 2024": a title given to a thing, not to the writer
        named = rx.match(r"(?:Best|Top) ([A-Za-z]+)", rest)
        what = named.group(1).lower() if named else (head or "")
        thing = bool(what and not is_person(what) and lexicon.noun(what))
        thing = thing and not (head and is_person(head))  # "Top Team Leader": a person
        return f"was named {_indefinite_name(rest)}", titled and not thing
    dated_title = _title_case(rest) and dated and not _degree_match(rest)
    # "Q Arabica Grader 2025" is who one is; "a Rising Star 2025" a title given
    role = bool(head and is_person(head) and _DOER_ENDING.search(head))
    role = role and not _NAMED.search(rest)
    titled_person = head in _TITLED_PEOPLE or bool(head and is_person(head))
    if dated_title and titled_person and not role and head not in _HELD | _COMPLETED | _PUBLISHED:
        return f"was named {_indefinite_name(rest)}", True  # "a Legal 500 Rising Star 2025"
    np = rest if _title_case(rest) else _lower_first(rest)
    former = bool(rx.match(r"ex-\w", np, re.I))
    if former:
        np = np[3:]  # "ex-RAAF loadmaster": was a RAAF loadmaster
    first, _, tail = np.partition(" ")
    head = _head(np)
    held_at = np.split(",")[0].split()
    if len(held_at) > 2 and held_at[-1].lower() in _HELD and " at " in np.split(",")[0]:
        # a credential named by what it is for, "at" and all: "working at height certificate"
        # (set KP: "Having done working at height certificate")
        head = held_at[-1].lower()
    lead = _lead(np)
    course = rx.sub(r"\s*\([^()]*\)", "", rest.split(",")[0]).strip()
    if rest[:1].isupper() and _STATE_ENDING.search(course) and len(course.split()) > 2:
        # a course's name, "at" and all, and the state it gives: "Working at Heights
        # certified (Ontario)" (set KS: "Having done working at Heights certified", 2 notes)
        return _since(f"am {course}"), True
    if _done_on(first.lower(), tail):
        return np, True  # "advised on the tariff restructuring ...": done, not a state
    if _is_state(lead) or (
        lexicon.is_adjective(first.lower())
        and not _title_case(np)
        and not is_person(head or "")
        and (not tail or tail[:1] == "(" or _starts_preposition(tail))
        and not rx.match(r"(?:and|or) ", tail)  # "moving and handling certificate": a thing
    ):
        return _since(f"am {np}"), True  # "am fluent in Spanish", "am CeMAP qualified"
    if rx.search(r"\blist\b", lead, re.I) and first.lower() not in _DETERMINERS:
        if first.lower() == "on":
            return f"was {np}", True  # "on the EPSO reserve list"
        return f"was on the {np}", True  # "was on the Dean's List"
    if _degree_match(np):
        degree = _degree(np)
        sure = degree is not None and "," not in np.split(", ", 1)[0]
        return _since(f"hold {degree or np}"), sure
    if np.split()[-1].lower() in _QUALITY_NOUNS and not _years(np):
        return _since(f"have {np}"), True  # "rheometer and SEM experience"
    years = _years(np)
    if years:
        return years, not rx.search(r"[;+]", years)
    if head and is_person(head):
        return _person(np, head, former)
    managed = rx.fullmatch(r"(.+?) (under (?:my )?management|AUM)", np)
    if managed:
        # "MXN 420 million SME loan book under management" (set EF: "published an MXN 420
        # million SME loan book"), "USD 300M AUM": what the writer manages
        what = managed.group(1)
        if managed.group(2) == "AUM":
            return f"managed {what} in assets", True
        if rx.search(r"\bin [a-z]+s$", what):
            return f"managed {what}", True  # "$2B in assets"
        return f"managed {_counted(what)}", True
    if head in _COMPLETED:
        return f"completed {_counted(np)}", True  # "an externship with..."
    if head in _PUBLISHED and not rx.search(
        rf"\b{head}s? of (?:about |around |over )?(?:[A-Z]{{3}} |\W)?\d", np, re.I
    ):
        return f"published {_counted(np)}", True  # not "a book of about CHF 650m"
    if head in _GIVEN:
        return f"gave {_counted(np)}", True  # "a talk at Digital Dragons"
    score = any(test in np for test in _SCORED_TESTS) and rx.fullmatch(
        rf"((?:{'|'.join(_SCORED_TESTS)})(?: [A-Z][\w-]*)?),?\s+(\d{{1,4}}(?:\.\d)?)", np
    )
    if score:  # "TOEFL ITP 587": a score, not a certification
        return f"have {_article(score.group(1))} {score.group(1)} score of {score.group(2)}", True
    # A credential is written in capitals ("LGSW", "ACLS"); a name in mixed case
    # with small letters inside is a product ("AutoCAD", "PVsyst", "CaseWare").
    acronym = r"(?:Dip|Cert|Grad|Adv|PG)?[A-Z][A-Z.\d]*[A-Z][A-Z.\d]*"  # "DipABRSM"
    if rx.fullmatch(rf"{acronym}", np):
        return f"hold the {np} credential", True  # "hold the LGSW credential"
    if rx.fullmatch(rf"{acronym}(?:(?:,\s*|\s+and\s+|\s*&\s*){acronym})+", np):
        several = len(rx.findall(acronym, np)) > 2  # "RN, BSN, MSN": post-nominals
        return f"hold the {_joined(np)} credentials", not several  # "hold ACLS and PALS"
    if rx.fullmatch(rf"{acronym}(?:\s+[A-Z][\w.-]*)+", np) and not head:
        if np.split()[-1].lower() in _CHECKS:
            return f"hold {_article(np)} {np}", True  # "a WA Working with Children Check"
        return f"hold the {np} certification", _named_credential(np)  # "JLPT N1"
    if _is_tools(np):
        return f"have worked with {_joined(np, slash=False)}", True  # "Revit and Rhino"
    if head in _HELD:
        held = _indefinite(np, head)
        if held == np and first.islower() and first.lower() not in _DETERMINERS:
            held = f"{_article(np)} {np}"  # "fellowship in ..." -> "a fellowship in ..."
        return _since(f"hold {held}"), "," not in lead  # "a Blasting Certificate"
    if _title_case(np) and np.split()[-1].lower() in _BODIES:
        body = np if np.lower().startswith("the ") else f"the {np}"
        return f"am a member of {body}", True  # "the IWA Water Loss Specialist Group"
    if _title_case(np) and rx.fullmatch(rf"{acronym}\d*", np.split()[0]) and " " in np:
        name, comma, aside = np.partition(", ")  # "WSET Level 3, with distinction"
        if name.split()[-1].lower().rstrip("s") in _COMPLETED | {"workshop"}:
            return (
                f"completed the {_joined(name, slash=False)}",
                True,
            )  # "IB PYP Cat 1 & 2 workshops"
        if rx.search(r"\b(?:Cert|Certificate|Diploma|Dip)\b", name):
            return f"hold a {name}{comma}{aside}", True  # "a PG Cert in Healthcare Chaplaincy"
        if name.split()[-1].lower() in _CHECKS:
            return f"hold {_article(name)} {name}", True  # "a WA Working with Children Check"
        # "PI System and Power BI": two of them
        kind = "certifications" if rx.search(r" and | & ", name) else "certification"
        return f"hold the {name} {kind}{comma}{aside}", _named_credential(name)
    last = np.split()[-1].lower()
    if _title_case(np) and " " in np and (is_person(last) or _DOER_ENDING.search(last)):
        return f"am {_article(np)} {np}", True  # "a Certified Hospitality Supervisor"
    if _title_case(np):
        # A name with nothing to say what it is ("Senderos Seguros", "Green Belt Six
        # Sigma", "Icelandic Sign Language") may be a course, a language or a project:
        # "hold" fits some, and a note cannot tell which.
        return _since(f"hold {np}"), False
    if head in _QUALITIES or first.lower() in _QUALITY_NOUNS:
        return _since(f"have {_indefinite(np, head)}"), True  # "have a strong background"
    if head and first.islower() and first not in _DETERMINERS and _names_work_done(head):
        # work done, not a thing had: "play-based exploration work on the Triassic ..." (set
        # JG: "I play-based exploration work"), "risk-based auditing across 40 sites"
        return f"have done {np}", True
    return _since(f"have {_indefinite(np, head)}"), False


def _names_work_done(head: str) -> bool:
    """Whether a noun names work one does, with no article: "work", "fieldwork",
    "research", "auditing" (a verb's -ing form); not "support" or "equipment", had,
    nor "a building", one of many."""
    noun = lexicon.noun(head)
    if noun and "NN" in noun.tags and not lexicon.is_mass_noun(head):
        return False
    if head.endswith(("work", "research")):
        return True
    reading = lexicon.verb(head)
    return bool(head.endswith("ing") and reading and "VBG" in reading.tags)


# Participles of something done, which describe no one: "K99 submitted".
_DONE: Final = frozenset(
    "submitted passed completed published funded granted accepted awarded filed sent done".split()
)


def _is_state(lead: str) -> bool:
    """ "CCRN certified", "AMHP warranted", "Social Work England registered": a name
    followed by the past participle that says what the writer is."""
    words = []
    for word in lead.split():
        if word.lower() in _PREPOSITIONS or word.lower() == "since":
            break
        words.append(word)
    if len(words) < 2:
        return False
    last = words[-1]
    if _STATE_ENDING.search(last):
        return True  # "CCRN certified", "Wound Care Certified"
    if not last.islower():
        return False
    if last in _DONE:
        return False  # "K99 submitted": something done, not what the writer is
    reading = lexicon.verb(last)
    named = all(w[:1].isupper() or w.isupper() for w in words[:-1])
    return named and bool(reading and "VBN" in reading.tags)


def _foreign(text: str) -> bool:
    """Whether the line is not in English ("bajé las mermas 38%"); Latin honours
    ("magna cum laude") aside."""
    return not lexicon.is_english(_HONOURS.sub(" ", text))


# The words of a clause that may be another language's: four letters or more.
_WORDS: Final = r"[^\W\d_]{4,}"  # compiled when first used


def _lead(np: str) -> str:
    """The words before the first comma or bracket."""
    return rx.split(r"[,(]", np, maxsplit=1)[0].strip()


def _indefinite_name(np: str) -> str:
    """ "a Legal 500 Rising Star 2025" (a title one of many hold), "Employee of
    the Year 2023" (the title itself)."""
    np = rx.sub(r"^named\s+", "", np)  # "named Agent of the Month": the verb is said
    head = _head(np)
    if head and is_person(head) and not _NAMED.search(np):
        return f"{_article(np)} {np}"
    return np


# Who a dated title names, besides a person noun: "a Legal 500 Rising Star 2025"; not
# "Basic Life Support, 2025", a course.
_TITLED_PEOPLE: Final = frozenset("star stars hero talent name honoree laureate".split())


# When one worked, which "N years" can be spent working: "2 yrs weekends at Bunnings".
_TIMES_OF_WORK: Final = frozenset("weekends nights evenings summers weekdays mornings".split())


def _years(np: str) -> str | None:
    """ "nine years on oil tankers" -> "spent nine years on oil tankers";
    "Six years of ICU nursing" -> "have six years of ICU nursing";
    "8 yrs F&B in Bangkok" -> "have 8 years of F&B experience in Bangkok";
    "12 yrs Indian Navy" -> "spent 12 years in the Indian Navy"."""
    match = rx.match(
        r"((?:(?:over|nearly|almost|about|around|more than)\s+)?"
        r"(?:\d[\d.,]*\+?|a|an|(?:(?:twenty|thirty|forty)[- ])?(?:one|two|three|four|five|six|"
        r"seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
        r"eighteen|nineteen|twenty|thirty|forty|several|many)(?: and a half)?\s+(?:full\s+)?"
        r"(?:years?|yrs?|months?|decades?|seasons?)(?: and a half)?)\b\s*(.*)$",
        np,
        re.I,
    )
    if not match:
        return None
    amount, rest = match.group(1), match.group(2).lstrip("'’ ")  # "6 yrs' nursing experience"
    # one word, then where, after a comma: "fourteen years teaching, in Suva and Northland"
    # (set KJ: "Having done fourteen years teaching, in Suva ...")
    rest = rx.sub(r"^([a-z]+), ((?:in|at|across|between|around) [A-Z])", r"\1 \2", rest)
    amount = amount[0].lower() + amount[1:] if amount[:1].isupper() else amount
    amount = rx.sub(r"\byrs?\b", "years", amount)
    if rx.match(r"(?:a|an|one|1)\s(?!and a half)", amount):  # "1 yr" -> "1 year"
        amount = rx.sub(r"\b(year|month|decade|season)s((?: and a half)?)$", r"\1\2", amount)
    else:  # "4 year" -> "4 years"
        amount = rx.sub(r"\b(year|month|decade|season)$", r"\1s", amount)
    if not rest:
        return f"have {amount} of experience"
    if rest.startswith(","):
        return f"have {amount} of experience{rest}"  # "8 years, 5 of them on hospitals"
    first = rest.split(" ", 1)[0].rstrip(",")
    word = first.lower()
    if word == "of":
        return f"have {amount} {rest}"
    if word == "experience":
        return f"have {amount} of {rest}"  # "11 yrs exp." read "11 years of experience"
    if word == "total":  # "4 years total in hotels": in all, which a sentence leaves out
        return (
            _years(f"{amount} {rest[len(first) :].strip(' ,')}".strip())
            or f"have {amount} of experience"
        )
    field_after = rx.fullmatch(
        r"at (?:the )?((?:[A-Z][\w'’.&-]*\s+){1,4}(?:\([^)]*\)\s+)?)"
        r"([a-z][\w-]*(?: [a-z][\w-]*){0,2})",
        rest,
    )  # "at Tollstjóri (customs) risk analysis": in risk analysis at Tollstjóri (set ER)
    if field_after and not _starts_preposition(field_after.group(2)):
        field_words = field_after.group(2).split()
        doing = field_words[0].endswith("ing") and lexicon.verb(field_words[0])
        if lexicon.noun(field_words[-1]) and not doing:
            return f"spent {amount} in {field_after.group(2)} at {_place(field_after.group(1))}"
    if word in ("at", "in", "on", "as", "with", "across", "abroad", "overseas", "behind", "aboard"):
        return f"spent {amount} {_places_after(rest)}"
    if rest.endswith(" experience") and not _starts_preposition(rest):
        return f"have {amount} of {rest}"  # "6 yrs' nursing experience"
    # "stage-managing independent theatre" (set CN: "ten years of stage-managing
    # independent theatre experience"): an activity, as its last part says
    if word.endswith("ing") and (lexicon.verb(word) or lexicon.verb(word.rsplit("-", 1)[-1])):
        field_alone = first == rest or rest[len(first) :].startswith(",")
        if field_alone and lexicon.noun(word) and word not in _GOING:
            return f"spent {amount} in {rest}"  # "8 years warehousing, ...": in warehousing
        return f"spent {amount} {rest}"  # "five years teaching Y1–4"
    if first[:1].isupper() and not first.isupper() and not lexicon.is_common_word(first):
        return f"spent {amount} in {_place(rest)}"  # "12 yrs Indian Navy"
    if first[:1].isupper() and not first.isupper() and " " in rest and first == rest.split()[0]:
        second = rest.split()[1].rstrip(",")
        if second[:1].isupper() and not lexicon.is_common_word(second):
            return f"spent {amount} in {_place(rest)}"  # "12 yrs Royal Navy"
    if word in _TIMES_OF_WORK:
        return f"spent {amount} working {rest}"  # "2 yrs weekends at Bunnings"
    field, sep, tail = _split_field(rest)
    role = field.split()[-1] if field.split() else ""
    titled = role.istitle() and len(field.split()) <= 3 and all(w.istitle() for w in field.split())
    if titled and sep == ", " and tail[:1].isupper():
        sep, tail = " at ", tail  # "3 yrs Analyst, Stanbic IBTC Capital" (set GQ: "3 years in
        # Analyst"): as an Analyst at the firm
    if (role.islower() or titled) and is_person(role.lower()) and not lexicon.is_mass_noun(role):
        also = _years(tail) if sep == ", " else None
        if also is not None:  # "4 yrs agent, 1 yr SME": two spells, one sentence
            more = f" and {also.removeprefix('spent ')}" if also.startswith("spent ") else ""
            return f"spent {amount} as {_article(field)} {field}{more}"
        return f"spent {amount} as {_article(field)} {field}{sep}{tail}".rstrip(
            ", "
        )  # "Band 7 ward manager"
    if rx.search(r"\bexperience$", field, re.I):
        return f"have {amount} of {rest}"  # "7 years ICU experience at ..."
    plural = lexicon.noun(role.lower()) if role.islower() else None
    if plural is not None and "NNS" in plural.tags and not lexicon.noun(role.lower() + "s"):
        # "10 yrs commercial roles, 4 in transshipment" (set GO: "10 years of commercial
        # roles experience"): years in them
        return f"spent {amount} in {field}{sep}{tail}".rstrip(", ")
    if sep == ", " and rx.fullmatch(_PLACES, tail):
        places = " and ".join(_geographic(p) for p in rx.split(r" (?:and|&) ", tail))
        sep, tail = " ", f"in {places}"  # "reservoir engineering, Middle East and North Sea"
    if len(field.split()) > 3:
        return f"have {amount} of experience in {field}{sep}{tail}".rstrip(", ")
    return f"have {amount} of {field} experience{sep}{tail}"


_PLACE: Final = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_PLACES: Final = rf"{_PLACE}(?: (?:and|&) {_PLACE})*"  # compiled when first used
# The last word of a place's name that takes "the": "the North Sea", "the Middle East".
_THE_PLACES: Final = frozenset(
    """sea ocean basin gulf channel strait straits islands isles mountains alps andes desert
    river peninsula delta east west emirates kingdom states netherlands philippines""".split()
)


def _geographic(name: str) -> str:
    """ "Middle East" -> "the Middle East"; "Dublin" stays."""
    last = name.split()[-1].lower()
    plural_country = last in ("netherlands", "philippines")
    return f"the {name}" if (" " in name and last in _THE_PLACES) or plural_country else name


# Adverbs that begin what a CV line says of how its years were spent.
_HOW_MUCH: Final = frozenset("mostly mainly largely chiefly partly primarily".split())


def _split_field(rest: str) -> tuple[str, str, str]:
    """ "F&B in Bangkok" -> ("F&B", " ", "in Bangkok"); "front office, last 2 as
    FOM" -> ("front office", ", ", "last 2 as FOM")."""
    words = rest.split(" ")
    for i, word in enumerate(words):
        if word.lower() in _PREPOSITIONS - {"and", "or"} and i:  # "commercial and industrial"
            return " ".join(words[:i]), " ", " ".join(words[i:])
        if word.lower() in _HOW_MUCH and i:  # "apprenticeship mostly on data centres"
            return " ".join(words[:i]), ", ", " ".join(words[i:])
        if word.endswith(",") and i + 1 < len(words):
            return " ".join([*words[:i], word[:-1]]), ", ", " ".join(words[i + 1 :])
    return rest, "", ""


def _places_after(rest: str) -> str:
    """ "on line maintenance, Dublin and Shannon" reads "..., in Dublin and Shannon"."""
    body, sep, places = rest.rpartition(", ")
    listed = rx.search(r"\b(\w+) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$", body)
    if listed and listed.group(1) in _PREPOSITIONS - {"and", "or"}:
        # "in hotel events in Goa, Doha and Dubai": one list (set DX: "in Doha"), as is "in
        # practice across London, Stockholm and Helsinki" (set KE: "across London, in
        # Stockholm and Helsinki", 2 notes)
        return rest
    if sep and rx.fullmatch(r"[A-Z][\w'’-]*(?:\s+(?:and|then|&)\s+[A-Z][\w'’-]*)+", places):
        # "in Chile & WA" is "in Chile and WA" in a sentence (set DY)
        return f"{body}, in {places.replace(' & ', ' and ')}"
    return rest


def _place(rest: str) -> str:
    """ "Indian Navy, engine room artificer" -> "the Indian Navy"."""
    from thanknote.phrases import company_in_sentence

    name, sep, tail = rest.partition(" as ")
    name = name.split(",")[0]
    return company_in_sentence(name) + (f" as {tail}" if sep else "")


# Offices held in a body, said "of" it ("director of a charity"); other roles are "at".
_OFFICES: Final = frozenset(
    """director trustee treasurer chair chairman chairwoman chairperson president secretary
    member governor founder co-founder patron""".split()
)


# Offices a body has many of: "a Member of the Board", "a Fellow of the Royal Society".
_ONE_OF_MANY: Final = frozenset(
    "member trustee governor fellow volunteer associate partner councillor".split()
)


# Offices a body has one of.
_ONE_A_BODY: Final = frozenset(
    "treasurer chair chairman chairwoman chairperson president secretary".split()
)


def _person(np: str, head: str, former: bool = False) -> tuple[str, bool]:
    """ "am a native Portuguese speaker"; "have been a volunteer firefighter for
    6 years"; "was a RAAF loadmaster for 6 years" (an ex-); with whether sure."""
    where = rx.match(r"([^,]+), (an? [a-z\d][^,]*)$", np)  # "Independent Director, a ... charity"
    if where and not is_person(_head(where.group(2)) or ""):
        role_head = where.group(1).split()[-1].lower()
        of = role_head in _OFFICES
        np = f"{where.group(1)} {'of' if of else 'at'} {where.group(2)}"  # (set BQ)
    # "..., 6 years", and "treasurer of my church youth fellowship 2 years" (set BJ)
    trailing = rx.search(r"(?:,\s*|\s+)((\d+|[a-z]+)\s+(?:years?|months?))$", np)
    count = trailing.group(2) if trailing else ""
    counted = count.isdigit() or count in _NUMBER_WORDS  # not "last year", "next year"
    if trailing and counted and head.lower() == "veteran":  # "Navy vet, 6 years" (set BO)
        served = f"{np[: trailing.start()].rstrip(' ,')}"
        return f"am {_indefinite(served, head)} with {trailing.group(1)} of service", True
    if trailing and counted and not rx.search(r"\b(?:for|over|of|in)$", np[: trailing.start()]):
        np = f"{np[: trailing.start()]} for {trailing.group(1)}"
    aside = rx.search(r",\s*(.+)$", np)
    sure = not aside or (aside.group(1)[:1].islower() and not aside.group(1).split()[0].isupper())
    if rx.match(r"former\s", np, re.I):  # "was a flight instructor", not "was a former" one
        np, former = np.split(None, 1)[1], True
    described = _indefinite(np, head)
    one = head.lower() not in _ONE_OF_MANY
    if one and rx.match(rf"(?i:{re.escape(head)}) of (?:the )?[A-Z]", np) and np[:1].isupper():
        # an office of a named body, which is one: "Concertmaster of the Universidad
        # Nacional orchestra" (set DV: "As a Concertmaster of the ..."), "Head of Science"
        described = np
    if head.lower() in _ONE_A_BODY and rx.match(rf"(?:[a-z-]+ )?(?i:{re.escape(head)}) of ", np):
        # as is the one office a body has of a kind, whatever the body: "treasurer of my own
        # parish finance committee" (set KG: "Having been a treasurer of ...", 2 notes)
        described = np
    if former or rx.search(r"\bbefore \w+ing\b", np):
        return f"was {described}", sure  # "violist for ten years before moving to production"
    spans = r"\bfor the (?:last|past) (?:year|month|decade)\b|\bsince\s+\d{4}"
    if rx.search(r"\bfor\s+(?:the (?:last|past)\s+)?(\d+|[a-z]+)\s+" + _DURATION.pattern
                 + "|" + spans, np):  # fmt: skip
        return f"have been {described}", sure
    designation = _title_case(np) or any(_STATE_ENDING.search(w) for w in _lead(np).split())
    dated = rx.search(r"\b(?:19|20)\d\d\b|\b(?:completed|released|finished|closed)\b", np)
    if rx.search(r"\b(?:valid|current|renewed)\b", np, re.I):
        return f"am {described}", sure  # "ACLS provider (AHA), valid until 2027" (set BN)
    if dated and not designation:
        return f"was {described}", sure  # "a red team member at Locked Shields 2023 and 2024"
    if head.lower() in _LASTING_ROLES or designation:
        return f"am {described}", sure  # "a Certified Kubernetes Administrator", "a member"
    if dated:
        return f"was {described}", sure  # "a lead translator on a JRPG released in 2025"
    return f"have been {described}", sure  # "a vacation student at two iron ore sites"


def _since(clause: str) -> str:
    """ "hold AICP since 2019" -> "have held AICP since 2019"; "own 40 hives since
    2017" -> "have owned 40 hives since 2017": what began then and goes on."""
    if not rx.search(r"\bsince\b", clause):
        return clause
    verb, _, rest = clause.partition(" ")
    if verb == "have" and lexicon.is_past_participle(rest.partition(" ")[0]):
        return clause  # "have held AICP since 2019" already
    fixed = {"hold": "held", "am": "been", "have": "had"}.get(verb)
    reading = lexicon.verb(verb)
    if fixed is None and reading and "VB" in reading.tags and len(reading.forms) > 1:
        fixed = reading.forms[1]  # the participle: "owned", "run"
    return f"have {fixed} {rest}" if fixed else clause


# A degree's abbreviation: B or M and the parts of its name ("BSocSc", "MPharm",
# "M.Div.", "BArch"), besides the listed ones ("MLIS", "PhD").
_DEGREE_SHAPE: Final = Lazy(r"[BM](?:[A-Z][a-z]+){1,3}")


def _degree_match(np: str) -> str | None:
    """The degree a phrase starts with ("M.Sc.", "PhD", "Dipl.-Ing.", "BSocSc"), as
    written; not a code that starts like one ("MS-101")."""
    first = rx.match(r"[A-Za-z][A-Za-z.]*(?:-[A-Za-z][A-Za-z.]*)*(?=$|[\s,(])", np)
    if not first:
        return None
    word = first.group()
    bare = word.replace(".", "").replace("-", "")
    if bare.lower() in _DEGREES | {"dipling"} or _DEGREE_SHAPE.fullmatch(bare):
        return word
    if word in ("B.E.", "M.E.", "B.E", "M.E"):  # not "be" or "me"
        return word
    named = rx.match(r"(Master|Bachelor)['’]s|(Bachelor|Master|Doctor) (?:of|in)\b", np)
    return named.group() if named else None


# A degree's thesis after it: "; thesis on ...", ", dissertation about ...".
_THESIS: Final = Lazy(
    r"\s*(?:[;,–—]|\s-)\s*(?:(?:PhD|doctoral|master['’]?s|MSc|MA|BSc|BA|final[- ]year|"
    r"undergraduate|honou?rs)\s+)?(thesis|dissertation)\s+(on|about|into)\s+(.+)$",
    re.I,
)


def _degree(np: str) -> str | None:
    """ "an MSW from the University of Minnesota" for "MSW, University of Minnesota";
    "a B.Ed. in Science from Kenyatta University"; "a BSc in Chemistry from the
    University of Leeds and an MSc in Analytical Chemistry from the University of
    York" for "BSc Chemistry (Leeds), MSc Analytical Chemistry (York)"; None when
    the parts after a degree are not an institution and a year."""
    thesis = _THESIS.search(np)
    if thesis and thesis.start() > 0:
        # what the degree's thesis was on, which may be what ties it to a topic: "PhD
        # Economics, University of Warwick (2024); thesis on exchange-rate pass-through in
        # West Africa" (set KI: the thesis left out, the degree alone read as unrelated)
        degree = _degree(np[: thesis.start()])
        what = f"{thesis.group(1).lower()} {thesis.group(2).lower()} {thesis.group(3)}"
        return f"{degree}, with a {what}" if degree else None
    groups: list[list[str]] = []
    for part in np.split(", "):
        if _degree_match(part) or not groups:
            groups.append([part])
        else:
            groups[-1].append(part)
    if len(groups) > 2:
        return None  # a list of degrees is a CV's, not a sentence's
    said = [_one_degree(", ".join(group)) for group in groups]
    if any(one is None for one in said):
        return None
    return " and ".join(one for one in said if one)


# What a school's name has that a subject's does not: "College of Europe".
_INSTITUTION: Final = r"\b(?:University|College|Institute|School|Academy)\b"  # compiled when used
# Latin names of two universities, as a degree's bracket gives them: "MA (Oxon)".
# A bracket names a university as people say it, by its city or its letters
# ("an MBBS from Ibadan", "from VTU"): its full name is not guessed.
_LATIN_SCHOOLS: Final = {"Oxon": "Oxford", "Cantab": "Cambridge"}
# Degrees in engineering, whose one-word subject names a branch of it: "B.E. Mechanical".
_ENGINEERING_DEGREES: Final = frozenset("be beng meng btech mtech me".split())


def _school(text: str) -> str | None:
    """A university as a degree's bracket names it ("(VTU)", "(IIT Madras)",
    "(Ibadan)"), as it reads after "from"; None for a subject ("(Finance)")."""
    from thanknote.phrases import company_in_sentence

    words = text.split()
    if not words or not all(rx.fullmatch(r"[A-Z][\w'’-]*", w) for w in words):
        return None  # "(Chemistry/Biology)", "(Universität der Bundeswehr München)", "(Tech.)"
    if _HONOURS.search(text) or (len(words) == 1 and len(text) <= 2):
        return None  # "(Hons)"; "(OT)", a subject
    if any(lexicon.is_common_word(w) or lexicon.is_language(w) for w in words):
        if rx.search(_INSTITUTION, text):
            return company_in_sentence(text)  # "(Trinity College Dublin)"
        return None  # "(Secondary English)", "(Clinical Pharmacy)": the subject
    return _LATIN_SCHOOLS.get(text, text)  # "VTU", "IIT Madras", "Ibadan", "UoN"


def _one_degree(np: str) -> str | None:
    from thanknote.phrases import company_in_sentence

    name, sep, where = np.partition(", ")
    degree = _degree_match(name) or ""
    subject = rx.sub(r"\s+\(?(?:19|20)\d\d\)?$", "", name[len(degree) :].strip())
    school = None
    note = ""
    bracket = rx.match(r"(\([^()]*\))\s*(.*)$", subject)
    if bracket and rx.match(r"\((?:hons|agri|fh)\b", bracket.group(1), re.I):
        note, subject = bracket.group(1) + " ", bracket.group(2)  # "BEng (Hons) Mining"
    placed = bool(sep and where[:1].isupper() and not _degree_match(where))
    acronym = bool(rx.fullmatch(r"[A-Z][A-Za-z]*[A-Z](?: [A-Z][\w'’-]*)*", subject))
    acronym = acronym and len(subject.split()[0]) > 2
    named = " " in subject  # "Mozarteum Salzburg"; not "Bauingenieurwesen", a subject
    if (acronym or named) and not placed and (school := _school(subject)):
        subject = ""  # "BPharm (Hons) USM", "MMus Mozarteum Salzburg": the university
    field = rx.match(r"\(([^()/]*)\)\s*(.*)$", subject)
    if field and not note and not placed and (school := _school(field.group(1))):
        subject = field.group(2)  # "MBBS (Ibadan)": the university
    elif field and not note:  # "PGCE (Secondary English) with QTS": the field
        subject = f"{field.group(1)} {field.group(2)}".strip()
    detail = rx.search(r"\(([^()]*)\)$", subject)
    if detail and school is None and not placed and (school := _school(detail.group(1))):
        detail = None  # "B.E. Mechanical (VTU)": the university
    subject = rx.sub(r"\s*\([^()]*\)$", "", subject)  # "(Chemistry/Biology)": detail
    if not subject and detail and "/" not in detail.group(1):
        subject = detail.group(1)  # "MPharm (Clinical Pharmacy)"
    subject = rx.sub(r"\s+&\s+", " and ", subject)
    if rx.search(_INSTITUTION, subject) and not placed:
        school, subject = company_in_sentence(subject), ""  # "LL.M. College of Europe"
    if rx.search(r"[a-z].* [A-Z]{2,} [A-Z][a-z]", subject):
        return None  # "MS (Gen Surg) KEM Mumbai": a school run into the subject
    bare = degree.replace(".", "").replace("-", "").lower()
    if bare in _ENGINEERING_DEGREES and rx.fullmatch(r"[A-Z][a-z]+", subject):
        if subject != "Engineering":
            subject = f"{subject} Engineering"  # "B.E. Mechanical": Mechanical Engineering
    if (
        subject
        and not subject.lower().startswith(("in ", "with ", "from "))
        and not degree.endswith((" of", " in"))
    ):
        subject = f"in {subject}"
    phrase = " ".join(p for p in (f"{degree} {note}".strip(), subject) if p)
    out = (
        f"{_article(degree)} {phrase}" if not degree.startswith(("Master", "Bachelor")) else phrase
    )
    if out == phrase and degree.startswith(("Master", "Bachelor")):
        out = f"a {phrase}"
    if school:
        out = f"{out} from {school}"
    if not sep:
        return out
    parts = [p.strip() for p in where.split(", ") if p.strip()]
    place, honours = parts[0], parts[1:]
    if school:
        place, honours = "", parts
    elif _degree_match(place) or rx.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{2,})+", place):
        return None  # a credential: "FNP-BC"
    year = rx.match(r"(.*?)\s*\(?((?:19|20)\d\d)\)?$", place)
    if year and year.group(1):
        place = year.group(1)
    if "(" in place:
        return None  # "DM Cardiology (AIIMS New Delhi)": another degree
    if place and (not place[:1].isupper() or _HONOURS.search(place)):
        if _HONOURS.search(place):
            return f"{out}, {', '.join([place, *honours])}"
        return None
    subject_words = [w for w in rx.split(r"[\s&]+", place) if w and w.lower() not in ("and", "of")]
    fielded = len(subject_words) > 1 and all(lexicon.is_common_word(w) for w in subject_words)
    if place and not subject and fielded:  # not "MLIS, Western": a school's short name
        if not rx.search(_INSTITUTION, place):  # "MSN, Nursing Leadership & Administration"
            place = rx.sub(r"\s+&\s+", " and ", place)
            return f"{out} in {place}" + "".join(f", {h}" for h in honours if _HONOURS.search(h))
    if place:
        described = rx.search(r" [a-z]{3,}", place) and not rx.search(
            r" (?:of|for|and|de|la) ", place
        )
        place = f"{_article(place)} {place}" if described else company_in_sentence(place)
        out = f"{out} from {place}"  # "from a Swiss hotel school", "from the University of ..."
    for extra in honours:
        if _HONOURS.search(extra):
            out += f" ({extra})" if extra[:1].isupper() else f", {extra}"
        elif not rx.fullmatch(r"(19|20)\d\d", extra):
            return None
    return out


_HONOURS: Final = Lazy(
    r"(?:summa |magna )?cum laude|distinction|honou?rs|first class|merit|"
    r"(?:second|2nd) (?:upper|lower)|upper second|lower second",
    re.I,
)


_LEVEL: Final = Lazy(
    r"^(?:[ABC][12]|N[1-5]|native(?:-level)?|fluent|basic|working|conversational|business|"
    r"intermediate|advanced|improving|proficient)$",
    re.I,
)
# How a level reads beside the language: "German at C1 level", "basic Arabic",
# "Somali natively"; anything else in its brackets (a certificate, "still
# learning!") is detail a note leaves out.
_BEFORE: Final = frozenset("basic working conversational business intermediate advanced".split())
_AFTER: Final = {"native": "natively", "native-level": "natively", "fluent": "fluently"}
_LEADING_LEVELS: Final = _BEFORE | {"some", "fluent", "native"}


# Exams of a language's command, by their level, ending a list of languages: "JLPT N2",
# "DELF B2", "HSK 5", "TOPIK 4", "DELE C1" (and several: "JLPT N2 and HSK 4").
_LANGUAGE_EXAM: Final = Lazy(r"(?:[A-Z]{3,6}[ -](?:N[1-5]|[ABC][12]|[1-6])(?:\s*(?:,|and)\s*|$))+$")


def _languages(text: str) -> str | None:
    """ "speak Somali and English", "am fluent in English and Portuguese",
    "speak German at C1 level and English natively", "speak Tagalog, English and
    basic Arabic"; None when not languages."""
    if _degree_match(text):
        return None  # "BEng (Mining), WASM Kalgoorlie": a degree and a school
    if ";" in text:  # "fluent English, Mandarin; conversational Malay" (set BN)
        groups = [_languages(g.strip()) for g in text.split(";") if g.strip()]
        spoken_groups = list(
            itertools.takewhile(lambda g: bool(g and g.startswith("speak ")), groups)
        )
        if not spoken_groups:
            return None  # "Igbo, Yoruba, English; pidgin of course": the languages read
        said = [g.removeprefix("speak ") for g in spoken_groups if g]
        if any(g.split(" ", 1)[0] in _BEFORE for g in said):  # "fluent ..., and basic ..."
            said = [f"fluent {g.removesuffix(' fluently')}" if g.endswith(" fluently") else g
                    for g in said]  # fmt: skip
        return "speak " + ", and ".join(said)
    if "," in text:
        # "native Spanish speaker, fluent French" is "Spanish native, fluent French"
        text = rx.sub(r"(?i)\bnative (\w+) speaker\b", r"\1 native", text)
    exam = _LANGUAGE_EXAM.search(text)
    if exam and exam.start() > 0:
        # a language's exam passed after the languages: "Korean native, fluent English, JLPT
        # N2" (set KI: "I speak Korean natively", the English and the Japanese left out)
        languages = _languages(text[: exam.start()].rstrip(" ,;"))
        passed = natural_list([e.strip() for e in rx.split(r",|\band\b", exam.group())])
        if languages is None:
            return None
        joint = "," if " and " in languages or "," in languages else ""
        return f"{languages}{joint} and have passed {passed}"
    fluent_in = rx.match(r"(?i)fluent in ([^,]+),\s*(.+)$", text)
    then = fluent_in.group(2).split()[0].lower() if fluent_in else ""
    if fluent_in and then in _LEADING_LEVELS and " in " not in fluent_in.group(2):
        # "fluent in Tagalog and Cebuano, conversational Japanese" (set KI: the Japanese
        # left out)
        items = [f"fluent {i.strip()}" for i in rx.split(r",|\band\b", fluent_in.group(1))]
        return _languages(", ".join([*items, fluent_in.group(2)]))
    level = rx.match(r"(.+?),\s*(fluent|native|conversational|bilingual)$", text, re.I)
    body = level.group(1) if level else text
    items = [i.strip() for i in rx.split(r",(?![^()]*\))|/|\band\b|&", body) if i.strip()]
    if not items:
        return None
    read: list[tuple[str, list[str], bool, bool]] = []  # name, levels, known, marked
    carried: list[str] = []
    for item in items:
        notes = rx.findall(r"\(([^()]*)\)", item)
        words = rx.sub(r"\([^()]*\)", " ", item).split()
        # a level before the name: "conversational Vietnamese", "fluent English"; it
        # holds for the names after it that have none ("fluent English, Mandarin")
        lead = [w for w in words[:1] if w.lower() in _LEADING_LEVELS]
        words = words[len(lead) :]
        if lead:
            carried = lead
        elif len(words) == 1 and not notes:
            lead = carried
        if not words or not words[0][:1].isalpha():
            return None
        name_words = 2 if words[0].lower() == "bahasa" else 1
        name, levels = " ".join(words[:name_words]), [*lead, *words[name_words:]]
        if any(not _LEVEL.match(w) and w.lower() != "some" for w in levels):
            return None
        noted = [w for n in notes for w in rx.split(r"[,;]\s*|\s+", n) if _LEVEL.match(w)]
        known = lexicon.is_language(name.split()[0]) and (
            name[:1].isupper() or not lexicon.is_common_word(name)
        )
        known = known and not (name.isupper() and len(name) <= 3)  # "PE": a licence
        marked = bool(noted) or any(_PROFICIENCY.search(n) for n in notes)
        unknown = not lexicon.is_common_word(name) and not name.isupper() and name.isalpha()
        if not (known or unknown):
            return None  # "JLPT N1" is an exam, not a language
        read.append((name[:1].upper() + name[1:], [*levels, *noted], known, marked))
    if not all(known or marked for _, _, known, marked in read):
        if sum(known for *_, known, _ in read) * 2 <= len(read) or any(
            name[1:].lower() != name[1:] for name, *_ in read
        ):
            return None  # "Revit, Archicad", "ArcGIS": not languages
    # English alone, native or fluent, is no accomplishment in a note written in it
    spoken = {w.lower() for r in read for w in r[1]} <= {"native", "fluent", "native-level"}
    if [r[0] for r in read] == ["English"] and spoken:
        return None
    written = [_language_with_level(name, levels) for name, levels, _, _ in read]
    if any(w.endswith(" natively") for w in written):
        # "Mongolian natively and Russian conversationally", not "... and conversational
        # Russian" (set BZ): every level after its language
        written = [_level_after(w) for w in written]
    elif any(w.split()[0] in _BEFORE for w in written):  # "fluent English and advanced Spanish"
        written = [f"fluent {w[: -len(' fluently')]}" if w.endswith(" fluently") else w
                   for w in written]  # fmt: skip
    listed = natural_list(written)
    # a level after some names only ("Portuguese natively", "Russian natively"):
    # those first, then the others, so that no level seems to cover them all
    after = [w for w, (name, *_) in zip(written, read, strict=True) if w.startswith(f"{name} ")]
    plain = [w for w, (name, *_) in zip(written, read, strict=True) if w == name]
    if after and plain and len(after) + len(plain) == len(written) and not level:
        listed = f"{natural_list(after)}, as well as {natural_list(plain)}"
    joined = _same_level_joined(written)  # "fluent Kiswahili and English"
    if len(joined) < len(written):
        listed = (
            ", and ".join(joined)
            if len(joined) > 2 or " and " in joined[0]
            else natural_list(joined)
        )
    if level and level.group(2).lower() in ("fluent", "bilingual"):
        return f"am {level.group(2).lower()} in {natural_list([n for n, *_ in read])}"
    if level:
        how = _AFTER.get(level.group(2).lower(), "")
        return f"speak {natural_list([n for n, *_ in read])} {how}".rstrip()
    return f"speak {listed}"


# A level said after the language, as "natively" is: "Russian conversationally".
_LEVEL_AFTER: Final = {
    "conversational": "conversationally",
    "fluent": "fluently",
    "basic": "at a basic level",
    "working": "at a working level",
    "business": "at business level",
    "intermediate": "at an intermediate level",
    "advanced": "at an advanced level",
}


def _level_after(written: str) -> str:
    """ "conversational Russian" -> "Russian conversationally"; as written otherwise."""
    level, _, name = written.partition(" ")
    return f"{name} {_LEVEL_AFTER[level]}" if level in _LEVEL_AFTER and name else written


def _same_level_joined(written: list[str]) -> list[str]:
    """Languages said at one level in a row, said once: ["fluent Kiswahili", "fluent
    English", "conversational Somali"] -> ["fluent Kiswahili and English",
    "conversational Somali"]."""
    out: list[tuple[str, list[str], bool]] = []  # level, names, level said first
    for item in written:
        first, _, rest = item.partition(" ")
        name, _, after = item.rpartition(" ")
        if first in _BEFORE or first == "fluent":
            level, names, before = first, [rest], True
        elif after in _AFTER.values():
            level, names, before = after, [name], False
        else:
            level, names, before = "", [item], False
        if level and out and out[-1][0] == level and out[-1][2] == before:
            out[-1][1].extend(names)
        else:
            out.append((level, names, before))
    return [
        f"{level} {natural_list(names)}" if before else f"{natural_list(names)} {level}".strip()
        for level, names, before in out
    ]


def _language_with_level(name: str, levels: list[str]) -> str:
    """ "German at C1 level", "basic Arabic", "some Kannada", "Somali natively"."""
    for level in levels:
        low = level.lower()
        if rx.fullmatch(r"[bc][12]", low):
            return f"{name} at {level.upper()} level"
        if rx.fullmatch(r"a[12]", low) or low == "basic":
            return f"basic {name}"
        if low == "some":
            return f"some {name}"
        if low in _BEFORE:
            return f"{low} {name}"
        if low in _AFTER:
            return f"{name} {_AFTER[low]}"
    return name


def _is_tools(np: str) -> bool:
    """ "Revit, Rhino/Grasshopper, One Click LCA", "ArcGIS Pro, some Python",
    "PVsyst, AutoCAD"; not languages, places, institutions or codes with a
    sign ("CompTIA A+"). Two items are tools only when each is one word no
    dictionary knows ("Ingeniera Industrial, UPM" is a degree and a school)."""
    items = [rx.sub(r"^(some|basic)\s+", "", i.strip()) for i in rx.split(r",|\band\b", np)]
    items = [i for i in items if i]
    if all(rx.fullmatch(r"[A-Z0-9]{2,}(?: .*)?", i) for i in items):
        return False  # "GREM and GCTI, OSCP from 2021": credentials, not tools
    if len(items) < 2 or any(lexicon.is_language(w) for i in items for w in i.split()):
        return False  # "Deutsch Muttersprache, English fluent": languages, not tools
    for item in items:
        if not item[:1].isupper() or len(item.split()) > 3 or rx.search(r"(?<!\+)\+$", item):
            return False
    if len(items) == 2:
        return all(" " not in i and not lexicon.is_common_word(i.strip(".")) for i in items)
    return True


def _joined(text: str, *, slash: bool = True) -> str:
    """A list joined once: "A, B and C" (for "A, B, C" or "A/B")."""
    separators = r",(?![^()]*\))|\band\b" + (r"|/(?![^()]*\))" if slash else "")
    items = [i.strip() for i in rx.split(separators, text) if i.strip()]
    if len(items) <= 1:
        return text.strip()
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _head(np: str) -> str | None:
    """The head noun: the last word before a preposition, comma or bracket."""
    words: list[str] = []
    for word in rx.split(r"\s+", rx.sub(r"\([^()]*\)", " ", np).split(",")[0].strip()):
        if word.lower() in _PREPOSITIONS or word.lower() in _AFTER_THE_HEAD:
            break
        if words and rx.fullmatch(r"\d[\d.,]*%", word):
            break  # "mispicks 60% after a pilot" (set HG: "As a reduced mispicks ... pilot")
        words.append(word)
    while words and rx.fullmatch(r"[\d.,/–-]+|Q\d", words[-1]):
        words.pop()  # "Rising Star 2025", "Top Team Leader Q2"
    if not words:
        return None
    last = words[-1].strip("\"'’”)")
    if not last.replace("-", "").isalpha() or last.isupper():
        return None  # "Level 3", "ACLS": a name, which takes no article
    last = last.lower()
    return last if lexicon.noun(last) or is_person(last) or not lexicon.readings(last) else None


def is_person(noun: str) -> bool:
    """Whether a noun names a person: "nurse", "speaker", "firefighter"."""
    noun = noun.lower().split("-")[-1]
    if not noun:
        return False
    for cut in range(max(len(noun) - 4, 0), -1, -1):  # "firefighter" ends in "fighter"
        tail = noun[cut:]
        if 0 < cut <= 2 and not lexicon.is_known_word(noun):
            continue  # "bachiller" is no "chiller": two letters are no word before it (BR)
        if tail in _PERSON_NOUNS:
            return True
        agent = _AGENT.fullmatch(tail)
        stem = agent.group(1) if agent else ""
        # and a doubled last letter: "planner", "programmer" (set JZ: "as urban planner")
        # (of seven letters or more: not "manner", "banner", "hammer")
        undoubled = stem[:-1] if len(tail) >= 7 and stem[-1:] * 2 == stem[-2:] else ""
        if agent and (
            lexicon.verb(stem)
            or lexicon.verb(stem + "e")
            or (undoubled and lexicon.verb(undoubled))
        ):
            return not lexicon.is_mass_noun(noun)  # "manager", "speaker"; not "water"
    return bool(rx.search(r"(ist|ian)$", noun)) and len(noun) > 4


def _indefinite(np: str, head: str | None) -> str:
    """ "a strong background", "an MBA"; plural and mass nouns take none."""
    first = np.split(" ", 1)[0]
    if first in _DETERMINERS or (first.endswith(("'s", "’s")) and first[:1].islower()):
        return np
    if head is None or head in _MASS_QUALITIES or head == "counsel":
        return np  # "WSET Level 3", "deep knowledge of GAAP", "lead counsel"
    reading = lexicon.noun(head)
    if (reading is not None and "NNS" in reading.tags) or (reading is None and head.endswith("s")):
        return np
    described = first.lower() != head  # "a strong background", but "research", "feedback"
    if reading is not None and lexicon.is_mass_noun(head) and not described:
        return np
    return f"{_article(np)} {np}"


def _counted(np: str) -> str:
    """The phrase with "a" or "an" unless it has a determiner: one of a thing;
    an activity takes none ("completed Forbes Travel Guide standards training")."""
    first = np.split(" ", 1)[0]
    measured = bool(rx.fullmatch(r"\d+-[a-z]+", first))  # "a 6-month Erasmus internship"
    if first.lower() in _DETERMINERS or (first[:1].isdigit() and not measured):
        return np
    if first.lower() in _NUMBER_WORDS:
        return np
    head = _head(np)
    if head and head.endswith("ing") and lexicon.verb(head):
        return np
    if measured and head and lexicon.is_plural_noun(head):
        return np  # "48-plot maize variety trials" (set JB: "ran a 48-plot ... trials")
    return f"{_article(np)} {np}"


def _article(np: str) -> str:
    from thanknote.prose import article

    return article(np)


def _definite(np: str) -> str:
    first = np.split(" ", 1)[0].lower()
    # a name's own is determined already: "TransJakarta's internal innovation award" (set JS)
    owned = first.endswith(("'s", "’s")) and len(first) > 2
    return np if first in _DETERMINERS or owned else f"the {np}"


def _third_person(clause: str) -> str:
    """After "a team that": "have" is "has", "am" is "is", a base verb takes -s."""
    first, _, tail = clause.partition(" ")
    if first == "have":
        return f"has {tail}"
    if first == "am":
        return f"is {tail}"
    reading = lexicon.verb(first)
    if reading and "VB" in reading.tags and reading.forms and reading.forms[3]:
        if reading.forms[0] != first:
            return f"{reading.forms[3]} {tail}"
    return clause


def _lower_first(text: str) -> str:
    """Lower-case the first word if it is an ordinary word written with a capital."""
    first, sep, tail = text.partition(" ")
    if tail[:1].isdigit() or rx.match(r"[A-Z]\b", tail):
        return text  # "Series 7", "Level 3", "Type A": a name
    following = tail.split()[:2]
    if len(following) == 2 and all(w[:1].isupper() for w in following):
        return text  # "Better Start Literacy Approach": a name
    if following and following[0][:1].isupper() and not _PROFICIENCY.fullmatch(first):
        return text  # "Google Ads", "Dangerous Goods course": a name; but "native Portuguese"
    ordinary = lexicon.is_common_word(first) or first.lower() in _NUMBER_WORDS | _QUANTITY_LEAD
    pieces = first.split("-")
    if len(pieces) > 1 and all(p.isalpha() and lexicon.is_common_word(p) for p in pieces):
        ordinary = True  # "First-author paper in ...", "Award-winning podcast" (set CT)
    if lexicon.is_language(first) or (
        following and following[0].isupper() and len(following[0]) > 1
    ):
        return text  # "Welsh speaker", "Opera PMS super user": a name
    if " " in text and _written_as_title(text) and first.lower() not in _QUALITY_NOUNS:
        return text  # "Certificate in Fundraising": a title
    if first[:1].isupper() and first[1:].islower() and ordinary:
        return f"{first.lower()}{sep}{tail}"
    return text


def _written_as_title(text: str) -> bool:
    """Whether every word but the small ones is capitalised: "Employee of the
    Year 2023", "Certificate in Fundraising"; not "top branch in sales"."""
    words = [w for w in rx.sub(r"\([^()]*\)", " ", text).split() if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in _PREPOSITIONS | _DETERMINERS]
    # a language has its capital anywhere: "Fluent in Spanish and Portuguese" is no title
    titled = [w for w in content if not lexicon.is_language(w.strip(",;"))]
    return len(titled) > 1 and all(w[:1].isupper() for w in content)


def _is_lower_or_title(word: str) -> bool:
    return word.islower() or (word[:1].isupper() and word[1:].islower()) or "-" in word


# The last words of a check or card a worker holds, which is no certification.
_CHECKS: Final = frozenset("check screening clearance card".split())


def _named_credential(name: str) -> bool:
    """Whether a name a note would call "the ... certification" reads as one: not a
    score or a count of papers ("EF SET 68/100", "11/13"), nor one ending in a year
    ("NWO Veni 2024", a grant), nor a name with a phrase of small words in it ("PJ
    Innere at a Berlin university hospital")."""
    if rx.search(r"\d/\d", name) or rx.search(r"\b(?:19|20)\d\d$", name):
        return False  # a year in the name: a grant's or a prize's ("NWO Veni 2024")
    small = [w for w in name.split() if w[:1].islower()]
    return all(w in ("in", "of", "and", "for", "with", "&") for w in small)


def _title_case(text: str) -> bool:
    """Whether the phrase's head is written as a name: "Certified Kubernetes
    Administrator", "WSET Level 3", "Six Sigma Black Belt"."""
    lead = []
    for word in rx.split(r"\s+", rx.sub(r"\([^()]*\)", " ", text.split(",")[0]).strip()):
        if word.lower() in _PREPOSITIONS:
            break
        lead.append(word)
    words = [w for w in lead if rx.match(r"[^\W\d_]", w)]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _starts_object(tail: str) -> bool:
    """Whether what follows a verb looks like its object: "a team", "12 people", "over
    40 GPON OLTs" (set JY: "I was commissioned over 40 GPON OLTs")."""
    counted = rx.match(
        r"(?i)(?:over|about|around|nearly|almost|roughly|some|more than) (?=\d)", tail
    )
    tail = tail[counted.end() :] if counted else tail
    if counted and rx.match(r"\S+ (?:years?|months?|weeks?|days?)\b", tail):
        return False  # a span, no object: "seconded over 2 years to ..."
    word = tail.split(" ", 1)[0] if tail else ""
    first = word.lower()
    return (
        first in _DETERMINERS
        or first in _NUMBER_WORDS
        or (first[:1].isdigit() and not rx.fullmatch(r"(?:19|20)\d\d", first))  # not a year
        or word in ("me", "us", "them", "it")  # not "US patent attorney"
        # a name's, which determines the thing after it: "HBL's pilot of electronic bills
        # of lading" (set KK: "As a led HBL's pilot ...", 3 notes)
        or bool(rx.fullmatch(r"[A-Z][\w&.-]*(?:['’]s|s['’])", word) and " " in tail)
    )


# Distinctions one is given, never gives, as a CV line writes them: "awarded a
# Chevening scholarship", "granted a Marie Curie fellowship".
_DISTINCTIONS: Final = frozenset(
    """scholarship fellowship prize medal award bursary studentship distinction commendation
    honour honor place grant""".split()
)


def _names_an_honour(tail: str) -> bool:
    """Whether words after "awarded" name a distinction given to the writer: "a Chevening
    scholarship", "the Dean's Medal"; not "40 contracts" or "$2M in grants"."""
    words = tail.split()
    if not words or words[0].lower() not in ("a", "an", "the", "my"):
        return False
    phrase_words = rx.split(r"\s(?:for|in|at|from|by|to|of|with)\s|,", tail)[0].split()
    if len(phrase_words) > 1 and words[0].lower() in ("a", "an"):
        # one named by its funder: "a Marsden Fast-Start", "a Wellcome Trust grant" (set DV:
        # "Having awarded a Marsden Fast-Start"), not "a Siemens contract"
        last = phrase_words[-1].strip(".")
        if last[:1].isupper() and last.lower() not in _AWARDED_TO_OTHERS:
            return True
    return bool(phrase_words) and phrase_words[-1].lower().strip(".") in _DISTINCTIONS


# What a CV line says its writer awarded to others: "awarded a Siemens contract".
_AWARDED_TO_OTHERS: Final = frozenset("contract contracts tender tenders bid bids".split())


def _starts_preposition(tail: str) -> bool:
    return bool(tail) and tail.split(" ", 1)[0].lower() in _PREPOSITIONS
