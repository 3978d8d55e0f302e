"""Choosing what each note talks about: a topic and a matching accomplishment.

Each recipient's own topics come first, then the panel's. Accomplishments are
matched to topics by their tags, else by the words they share; in a panel each
recipient gets a different accomplishment while there are enough to go round.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from thanknote import lexicon, shorthand
from thanknote import patterns as rx
from thanknote.accomplishments import phrase
from thanknote.model import Accomplishment, Interview
from thanknote.patterns import Lazy

_STOPWORDS = frozenset(
    """a an and are as at be by for from how i in into is it its of on or our over
    the their this to was we were what when with your you""".split()
)


# Words of every workplace, which a topic and an accomplishment share without being
# about one thing.
_WORKPLACE = frozenset(
    "team role job work staff company position people year site practice".split()
)  # set DR: "trauma-informed practice" and "a Diploma in Probation Practice"


@dataclass(frozen=True, slots=True)
class Focus:
    """What one note talks about."""

    topics: tuple[str, ...]  # the recipient's own topics, else the panel's
    topic: str | None  # the one the note leads with
    accomplishment: Accomplishment | None


def key_words(text: str) -> frozenset[str]:
    """The content words of a phrase, lower-cased and crudely stemmed."""
    words = rx.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text.lower())
    return frozenset(_stem(w) for w in words if w not in _STOPWORDS and len(w) > 1)


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def relatedness(accomplishment: Accomplishment, topic: str | None) -> float:
    """How well an accomplishment fits a topic: tags first, then shared words."""
    if topic is None:
        return 0.0
    wanted = topic.casefold()
    if any(tag.casefold() == wanted for tag in accomplishment.topics):
        return 2.0
    topic_words = key_words(topic)
    if not topic_words:
        return 0.0
    tagged = key_words(" ".join(accomplishment.topics))
    text_words = key_words(accomplishment.text)
    tag_score = len(topic_words & tagged) / len(topic_words)
    heads = (key_words(word) for word in topic.split())
    first = next((head for head in heads if head), frozenset())  # its first content word
    if first and not first <= tagged:
        # another topic that shares words with a tag but not what it is about: "transport to
        # the works for night shift" beside a tag "how they staff night shifts at the works"
        # (set JO: "When transport ... came up, I was glad to say that I spent eight years ...")
        tag_score = 0.0
    # a word every workplace has ties nothing ("the team" and "..., surge pricing team":
    # set BQ's reader marked the pairing)
    shared = (topic_words & text_words) - _WORKPLACE
    places = key_words(" ".join(w for w in topic.split()[1:] if rx.fullmatch(r"[A-Z][a-z]+", w)))
    if shared and shared <= places:
        # a place's name in common and nothing else: "relocating from Callao" and "nine years
        # in the Peruvian Navy, the last three as PFSO at the Callao naval terminal" (set KK:
        # 2 notes marked the pairing as unrelated)
        shared = frozenset()
    text_score = len(shared) / len(topic_words)
    return max(tag_score, 0.8 * text_score)


def plan_focus(interview: Interview) -> list[Focus]:
    """Pick a topic and an accomplishment for every interviewer, in card order.

    Recipients without topics of their own lead with different panel topics
    where there are several. Accomplishments are shared out so that the panel
    as a whole gets the best fits, no two recipients sharing one while there
    are enough to go round; each note then leads with the recipient's topic
    that its accomplishment fits best.
    """
    own: list[bool] = []
    candidates: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # (topics, lead options)
    written = (*interview.topics, *(t for p in interview.interviewers for t in p.topics))
    panel_topics = _recallable(interview.topics, written)
    closing = key_words(interview.closing_line or "")
    for person in interview.interviewers:
        mine = _recallable(person.topics, written)
        own.append(bool(mine))
        if mine:
            topics = mine + tuple(t for t in panel_topics if t not in mine)
            # not the topic the closing line recalls itself, while there is another: "Thank
            # you for the frank discussion about the motorcycle lanes" after "exclusive
            # motorcycle lanes" (set KZ: the lanes thanked for twice)
            leads = tuple(t for t in mine if not _said_in(t, closing)) or mine
            candidates.append((topics, leads))
        else:
            candidates.append((panel_topics, panel_topics))
    pool = usable_accomplishments(interview)
    chosen = _assign(
        pool,
        [leads if mine else () for mine, (_, leads) in zip(own, candidates, strict=True)],
        _field_words(interview),
        [bool(topics) for topics, _ in candidates],
    )
    plans = []
    used: set[tuple[str | None, int | None]] = set()
    panel_turn = 0
    for i, (topics, leads) in enumerate(candidates):
        accomplishment = pool[chosen[i]] if i in chosen else None
        if own[i] or not leads:
            lead = _best_lead(accomplishment, leads)
        else:
            # Panel topics go round, skipping one already paired with this
            # accomplishment in another note, so that no two notes match.
            order = [leads[(panel_turn + k) % len(leads)] for k in range(len(leads))]
            lead = next((t for t in order if (t, chosen.get(i)) not in used), order[0])
            panel_turn += 1
        used.add((lead, chosen.get(i)))
        plans.append(Focus(topics, lead, accomplishment))
    return plans


def _said_in(topic: str, line: frozenset[str]) -> bool:
    """Whether a line's words say most of a topic's: two of them at least, and two in
    three ("the antibody genus claims" does not say "written description for antibody
    claims")."""
    words = key_words(topic)
    shared = len(words & line)
    return shared >= 2 and shared * 3 >= len(words) * 2


def _recallable(topics: tuple[str, ...], written: tuple[str, ...]) -> tuple[str, ...]:
    """The topics a note can recall (see `why_left_out`): not one the file writes more
    fully elsewhere, which says it is in another language or of the job's terms ("13e
    mois" beside "13e mois, mutuelle MSA", "vehicle policy" beside "ute / vehicle
    policy": set FX's reader marked both, told apart from what the file said)."""
    fuller = [t for t in written if why_left_out(t) in ("not English", "terms")]
    return tuple(
        t for t in topics if why_left_out(t) is None and not any(_within(t, f) for f in fuller)
    )


def _country_abroad(word: str) -> bool:
    """Whether a capitalised word English does not know names a country in another
    language ("Maroc", "Deutschland"; see `countries.named_in_another_language`)."""
    if not word[:1].isupper() or len(word) < 4 or lexicon.is_english_word(word):
        return False
    from thanknote.countries import named_in_another_language

    return named_in_another_language(word) is not None


def _english_compound(word: str) -> bool:
    """Whether a word is two English words written as one: "roadmap", "glovebox"."""
    return any(
        lexicon.is_english_word(word[:cut]) and lexicon.is_english_word(word[cut:])
        for cut in range(3, len(word) - 2)
    )


def _other_languages_word(word: str) -> bool:
    """Whether a word of a topic English does not know is, to the language model,
    another language's: "tienda" (Spanish), "Nachschub" (a German noun, capitalised as
    German writes nouns); not a trade's word English lacks ("glovebox") nor a name."""
    if len(word) < 5 or lexicon.is_english_word(word) or _english_compound(word.lower()):
        return False  # and "roadmap", which English's word list lacks, is road and map
    from thanknote import language

    if word.islower():
        return language.is_other_languages_word(word)
    return word.istitle() and len(word) >= 7 and language.is_german_noun(word)


def _within(short: str, long: str) -> bool:
    """Whether a topic is one item of a longer one's list, between its marks ("13e mois"
    of "13e mois, mutuelle MSA", "vehicle policy" of "ute / vehicle policy"); not a word
    that begins a phrase ("Python" of "Python training allowance", review)."""
    items = [i.strip(" ?!.") for i in rx.split(r"[,;/+&()?]|\s[–—-]\s", long.casefold())]
    return len(long) > len(short) and short.casefold().strip(" ?!.") in items


@lru_cache(maxsize=1024)
def why_left_out(topic: str) -> Literal["not English", "shorthand", "terms"] | None:
    """Why the notes do not recall a topic, or None when they can.

    Not one in another language ("¿cómo manejan las mermas?"), nor one that reads
    as a note pasted in once put into a sentence ("travel about 50%", "Betriebsrat
    has to approve the hire"; see `shape_model`), nor the terms of the job
    ("salary", "start date", "visa"), which a note thanks for no one's insight into.
    """
    from thanknote import shape_model  # its weights are read for the first topic
    from thanknote.phrases import topic_in_sentence

    said = topic_in_sentence(topic)
    # as a note says it, its note's words written out: "downstream vs centreline raises" is
    # "downstream versus ..." (set KO: read as another language for "vs" and "centreline")
    english_topic = lexicon.is_english(topic) or lexicon.is_english(said)
    if not english_topic and " / " not in topic:
        return "not English"
    if not english_topic:
        # unless the note says the English of it the topic gives after a slash:
        # "calibração / performance cycle" is the performance cycle
        english = said.removeprefix("the ")
        if english not in topic.split(" / ", 1)[1] or not lexicon.is_english(english):
            return "not English"
    alone = rx.sub(r"\s*\([^()]*\)", "", topic).strip()  # "Lehrverpflichtung (2 SWS)"
    # the topic, or what a note says of it: "Gehalt / shift bonus" (set FK: "our
    # discussion of Gehalt"); "Kündigungsfrist" (set BR): a German noun, no name
    if any(lexicon.is_foreign_noun(word, shortest=5) for word in dict.fromkeys((alone, said))):
        return "not English"
    # (a word of its own: not "Gesellschaft" of "Fraunhofer-Gesellschaft", a name)
    words = rx.split(r"[\s/]+", said)
    # and after an acronym's hyphen: "ADKA-Zertifizierung", "UD-Versorgung" (set GO), a
    # German compound; not "Fraunhofer-Gesellschaft", a name
    words += [w.split("-", 1)[1] for w in words if rx.match(r"[A-Z]{2,}-[A-Z][a-z]", w)]
    # and a Dutch compound after any hyphen: "Delta-veiligheidsmethode" (set HH, 5 notes);
    # a capital there may be a name's ("Fraunhofer-Gesellschaft")
    after_hyphen = [w.split("-", 1)[1] for w in words if rx.match(r"\w+-[a-z]{10,}$", w)]
    if after_hyphen:
        from thanknote import language

        if any(map(language.is_dutch_compound, after_hyphen)):
            return "not English"
    long_nouns = [w for w in words if len(w) >= _LONG_NOUN and w.istitle()]
    if any(lexicon.is_foreign_noun(w, shortest=_LONG_NOUN) for w in long_nouns):
        # a long noun of another language among other words: "Deckungsbeitrag pro Event",
        # "Wiesn-Firmenevents" (set GF: "the Deckungsbeitrag pro Event"), which no
        # English name is
        return "not English"
    if said.split(" ", 1)[0] in lexicon.HEDGES:
        # what the writer noted of something, not the thing: "mostly German + Austrian
        # guests" (set GF: "your perspective on mostly German and Austrian guests")
        return "shorthand"
    if _TRAILS_OFF.search(topic):
        # a thought left off and another begun: "blasthole sampling QAQC... bias issue"
        # (set FW's reader: a note to self)
        return "shorthand"
    said_words = frozenset(rx.findall(r"[^\W\d_]+", said))
    if "." in topic:
        # a word cut short, in what the note would say: "site acq." (set FK: "your insight
        # into the site acq."); not one in an aside left out ("Sentinel KQL, detection eng.")
        for clipped in _CLIPPED.findall(shorthand.expand(topic)):
            if clipped in said_words and not lexicon.is_english_word(clipped):
                return "shorthand"
    if is_practical(topic) or is_practical(said):  # "Band 7, 37.5 hours" says "the Band 7"
        return "terms"
    if any(map(_country_abroad, said_words)):
        return "not English"  # "sourcing Maroc" (set GV: 10 notes failed for "Maroc")
    if any(map(_other_languages_word, said_words)):
        # a word of another language among English ones: "dark stores versus picking en
        # tienda", "Nachschub forecasting" (set GV: 7 notes failed for them)
        return "not English"
    if _SIZE_ALONE.fullmatch(said):
        return "terms"  # "team of 9" (set DZ: "talk with you about your team of 9")
    if not shape_model.reads_well(said, "topic") or _verbless_question(said):
        return "shorthand"
    if _NAMES_JOTTED_AFTER.search(said) or _ACRONYM_JOTTED_AFTER.search(said):
        # "voyage planning Valparaíso-Callao", "MSME lending Makati/Pasig" (set DO): names
        # put after a field, as a note to oneself has them
        return "shorthand"
    return None


# Letters of a noun long enough not to be a name: German's compounds are.
_LONG_NOUN: Final = 12

# An ellipsis between words: one jotted thought trailing into the next.
_TRAILS_OFF: Final = Lazy(r"\w\s*(?:\.{3}|…)\s*\w")


# A word in small letters cut short, with a full stop to say so: "site acq.", "mgmt."
_CLIPPED: Final = Lazy(r"(?<![\w.])([a-z]{2,5})\.(?=\s|$|[,;)])")


# A team's size, jotted as a topic: "team of 9", "brigade of 14 cooks".
_SIZE_ALONE: Final = Lazy(
    r"(?:the |your |my |our )?(?:team|crew|staff|unit|group|department|brigade|section|ward)"
    r" of (?:about |around |~)?\d+(?: [a-z]+)?"
)


# A field in small letters, then names with no word to join them: "voyage planning
# Valparaíso-Callao", "MSME lending Makati/Pasig".
# ("WMS migration SAP EWM", set EA: acronyms jotted after it; "new radar chain TC HvH",
# set EK: codes with capitals inside)
_NAMES_JOTTED_AFTER: Final = Lazy(
    r"(?:^|\s)(?!(?:to|in|on|at|for|from|with|of|and|or|into|via|by|vs)\b)[a-z][a-z-]+ "
    r"(?:[A-Z][^\W\d_]+(?:[/–-][A-Z][^\W\d_]+)+|[A-Z]\w*[A-Z]\w*(?: [A-Z]\w*[A-Z]\w*)+)$"
)

# Words before a thing that make no field of it: "the new CRM", "scaling our API".
_NOT_A_FIELD: Final = (
    r"(?:to|in|on|at|for|from|with|of|and|or|by|vs|versus|the|a|an|our|my|your|their|his|"
    r"her|its|this|that|new|latest|upcoming|current|old|next|first|last)\b"
)
# One body's acronym jotted after a field in small letters, with no word to say what it
# has to do with it: "BVLOS approvals CAAC", "effluent compliance WRC" (set EL).
_ACRONYM_JOTTED_AFTER: Final = Lazy(
    r"^(?:the )?(?:[A-Z][A-Z0-9]+ (?=[a-z][a-z-]+ [A-Z]{3})|(?!" + _NOT_A_FIELD + r")[a-z][a-z-]+ )"
    r"(?!" + _NOT_A_FIELD + r")[a-z][a-z-]+ [A-Z]{2,}$"  # "driver rostering EA" (set EP)
)

_WH = frozenset("why how what when where whether who which".split())


def _verbless_question(said: str) -> bool:
    """A question without a verb, which no sentence can carry ("why ICU and not
    abroad", "how much budget"): a clause after "why", "how" or "whether" needs one."""
    first, _, rest = said.partition(" ")
    if first not in _WH or not rest:
        return False
    words = [w.strip(".,;:!?\"'()") for w in rest.lower().split()]  # no pattern to compile
    moving = first == "why" and words[0] in ("leave", "move", "join", "quit", "switch", "change")
    if moving and not any(lexicon.verb(w) or w in ("is", "are") for w in words[1:] if w):
        return True  # no one to do it: "why leave current employer" (set FK), a note
    return not any(lexicon.verb(w) or w in ("is", "are", "was", "were") for w in words if w)


# What a topic about the terms of a job is made of: "salary", "the start date",
# "visa sponsorship", "housing allowance", "notice period", "NV1 clearance timeline".
_TERMS = frozenset(
    """salary salaries pay compensation package benefits pension bonus contract contracts term
    visa visas permit sponsorship relocation housing allowance accommodation leave probation
    parking uniform paperwork reference references clearance notice start date dates period
    timeline timing terms expectation expectations range band details detail next steps
    step process offer resumption posting drug screening medical onboarding induction
    rotation off car loan scheme school schooling kids iqama cafeteria esop esops vesting
    equity scale medicals alcohol insurance van ute tools laptop phone ppe boots overtime hours
    weekends nights evenings mondays tuesdays wednesdays thursdays fridays saturdays
    sundays roster rota quota tips ctc lpa ote pto rsu rsus epf wage wages diem ltip offshore
    onshore mileage increment eba vehicle shuttle commute call remuneration perks subsidy
    pension dependants dependents prepaga commuting monday tuesday wednesday thursday friday
    saturday sunday""".split()  # "Friday off, Sat–Thu shifts" (set GN)
    # and the national schemes of pension, health cover and pay that cards' countries
    # name by their letters: Poland's PPK, Vietnam's BHXH, Indonesia's BPJS and THR,
    # Nigeria's HMO plans, France's BSPCE, Saudi Arabia's GOSI, Kenya's NHIF and SHIF,
    # Singapore's CPF, Brazil's PLR (sets GG, GH: "your perspective on BHXH", 14 notes)
    + "ppk bhxh bpjs thr hmo bspce gosi nhif shif cpf plr philhealth".split()
)
# What else a question about the job's terms is made of: "when I could start", "when the
# drug test would be".
_TERMS_FILLER = frozenset(
    "when could would will can be is starting start test testing not needed required months "
    "weeks provided supplied included paid covered yes fixed variable vs versus permanent "
    "temporary cycle structure match per day policy breakup break-up split eligibility medical "
    "aid target targets cover including".split()
)


def is_practical(topic: str) -> bool:
    """Whether a topic is about the job's terms rather than its work."""
    if "?" in topic and rx.search(r"\?\s*(?:yes|no|nope|yep|n/a|tbc)\b", topic, re.I):
        return True  # "auto aziendale? no.", "shifts? no, days only": answered in the room
    # "posting - could be anywhere?"; "fixed term → permanent? asked, depends on roll"
    if _PAY_PHRASES.search(topic):
        return True  # set EA: "your thoughts on stock options", "... the 401k match"
    if _PAY_WITH_AMOUNT.match(topic) or _DAYS_AT_A_PLACE.match(topic):
        return True
    if _WHERE_TO_WORK.search(topic) or _OFFICE_DAYS.search(topic):
        return True  # set GD: "your thoughts on hybrid working", "the home office 2x semana"
    _, mark, after = topic.partition("? ")
    if mark and after.strip() and is_practical(after):
        return True  # "interpreter on call nights? OT pay" (set GC): a question of pay
    topic = rx.split(r"\s[–—/-]\s|\(|:|\?\s", shorthand.expand(topic))[0]
    words = [_singular(w) for w in rx.findall(r"[^\W\d_]+", topic.lower())]
    # or only its first phrase, before what places or measures it: "salary band around
    # E13 equivalent", "visa sponsorship for my partner" (set AX)
    head = next((i for i, w in enumerate(words) if w in _PLACING), len(words))
    # one word may be the work ("onboarding for new hires"), and the lead counts only
    # with a word of pay or papers in it ("the 3PL contract with the fashion brand")
    # one word of pay, leave or parking before what places it: "parking at the courthouse"
    # (set CD), "salary for the role"; not "benefits for carers", which may be the work
    # and when to start, before a time: "start after ramadan" (set FJ)
    # and the way to work: "commuting from Haifa" (set GJ)
    single = head == 1 and (
        words[0] in _PAY_HEADS or words[0] in ("parking", "start", "commute", "commuting")
    )
    if single or _of_terms(words, _TERMS):
        return True
    if head >= 2 and _of_terms(words[:head], _PAY_AND_PAPERS):
        return True
    # or a phrase whose head is pay or papers, whatever names its kind: "motorbike
    # allowance", "on-call allowance and a council vehicle", "study leave" (set BD)
    # any of things listed: "dormitory in Dong-gu or housing allowance" (set BG)
    listed = topic.lower().replace(",", " | ")  # no pattern to compile for every topic
    for joiner in (" and ", " or ", " & ", " + "):
        listed = listed.replace(joiner, " | ")
    parts = [p.strip() for p in listed.split("|") if p.strip()]
    if len(parts) > 1 and any(is_practical(p) for p in parts):
        return True  # "notice period and joining date" (set JC: a term beside another)
    for part in parts:
        nouns = [_singular(w) for w in rx.findall(r"[^\W\d_]+", part)]
        ends = next((i for i, w in enumerate(nouns) if w in _PLACING), len(nouns))
        if 2 <= ends <= 4 and nouns[ends - 1] in _PAY_ENDS:  # not "relocation and ..."
            return True
        if len(nouns) == 1 and nouns[0] in ("salary", "bonus", "compensation") and "|" in listed:
            return True  # "company car + bonus" (set DG): pay, beside what comes with it
        if part.split()[:1] == ["stipend"]:
            return True  # "stipend ₦650,000 monthly" (set BG); not "CHP stipends", work
        pay_first = len(nouns) == 2 and nouns[0] in ("salary", "pay", "wage")
        if (
            pay_first
            and not nouns[1].endswith("ing")
            and nouns[1] not in ("budget", "bill", "cost")
        ):
            return True  # "salary slab", "pay scale" (set BR): the pay's own terms
    return False


def _of_terms(words: list[str], telling: frozenset[str]) -> bool:
    """Whether words are all of terms or filler, and one of them of `telling`."""
    if not any(w in telling for w in words):
        return False  # first: the language model is asked only of a topic of terms
    plain = [
        w
        for w in words
        if not (w in _TERMS or w in _STOPWORDS or w in _TERMS_FILLER or w in _months())
    ]
    # and a word of another language among them: "start date janvier" (set FE)
    return all(len(w) < 3 or _abroad(w) for w in plain)


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """The months, written out and short, as a date in a topic of terms has them: "start
    date jan" (set FI)."""
    import calendar  # for a topic of terms only

    return frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr, "sept") if m)


def _abroad(word: str) -> bool:
    """Whether a word of a topic is surely another language's ("janvier", "mois")."""
    if lexicon.is_known_word(word):
        return False
    from thanknote.language import is_other_languages_word

    return is_other_languages_word(word)


def _singular(word: str) -> str:
    """A plural noun as the lists hold it: "bands" -> "band", "allowances" -> "allowance"."""
    if word in _TERMS or not word.endswith("s"):
        return word
    reading = lexicon.noun(word)
    return reading.lemma if reading is not None and "NNS" in reading.tags else word


# Pay and the amount said: "salary EGP 28k net and medical insurance" (set FY).
_PAY_WITH_AMOUNT: Final = Lazy(
    r"(?i)(?:the |my |base |basic |consolidated )?(?:salary|pay|wages?|remuneration|"
    # an amount: a currency or a figure in thousands, lakhs or a share ("package 3 design
    # review" has none)
    r"compensation|package|ctc|stipend)\b\D{0,12}(?:[$£€¥₹]|\b[A-Z]{3}\s?\d|\d[\d.,]*\s?(?:k|K|L|%|lakh))"
)
# Where and how often one works, which the job's terms settle.
_WHERE_TO_WORK: Final = Lazy(
    r"(?i)^(?:the )?(?:home[- ]office|wfh|work(?:ing)? from home|hybrid(?: work(?:ing)?| model)?|"
    # the arrangement alone, or with how often: not "Home Office immigration casework" nor
    # "hybrid vehicles" (review)
    r"remote(?: work(?:ing)?)?)(?:$|\s*[\d(?,/–-]|\s+(?:policy|days?|set-?up|split)\b)"
)
# Days a week at an office: "work from Pune office two days a week" (set JC).
_OFFICE_DAYS: Final = Lazy(
    r"(?i)^(?:work(?:ing)? )?(?:from|in|at) (?:the )?(?:\S+ )?office\b.*\bdays?\b"
)
# Days a week at a place, jotted after its name: "Saughton House 2 days" (set FY).
_DAYS_AT_A_PLACE: Final = Lazy(
    r"(?:[A-Z][\w'’-]*\s)*(?:House|Office|Campus|Centre|Center|Tower|Building|HQ|Park|Wharf|"
    r"Square|Plaza|Street|Station)\s\d(?:[-–/]\d)? days?(?: a week| pw| per week| in office)?\??$"
)


# Pay in words no one of them is pay alone: "stock options", "the 401(k) match".
_PAY_PHRASES: Final = Lazy(
    r"(?i)\bstock options?\b|\b401\s?\(?k\)?|\bshare options?\b"
    # the papers to work in a country, not a permit the work issues (set ES: "your
    # thoughts on the work permit"); a grade or band of pay (set ES: "the civil service
    # grade", "the state pay band")
    r"|^(?:my |the )?(?:work|residence|residency) (?:permit|visa)s?\s*(?:$|[/(–—,?+&-]|and\b)"
    r"|\bgolden visa\b"  # set GE: "golden visa eligibility"
    r"|\bend[- ]of[- ]service\b"  # set GH: the Gulf's gratuity
    r"|\b1[34](?:th|e|º|°)? (?:month|mois|mes|salary)\b"  # the 13th month's pay
    r"|\b\d+\s*(?:days? )?on\s*/?\s*\d+\s*(?:days? )?off\b"  # set GF: "live-in, 21 on / 7 off"
    # membership of a union, alone (set GE: "our conversation about the union"); not the
    # work with one ("union relations")
    r"|^(?:the )?(?:trade )?union\??(?:\s*\([^()]*\))?\??$"
    r"|\bcivil[- ]service (?:grade|band|scale|level|step)s?\b"
    r"|\b(?:pay|salary|wage|comp|compensation) (?:grade|band|scale|level|step|range)s?\b"
    r"|\bdeductions?$"  # set FQ: "NHIF -> SHIF deductions", the pay's
    r"|\b(?:visa|permit|iqama)s? (?:renewal|extension)s?\b"  # set FR: "visa renewal"
    r"|\bprofit[- ]sharing\b"  # set EY: "PLR (profit sharing)" raised with HR
)


# The words of terms that name no work of the job, as "contract" or "process" can.
_PAY_AND_PAPERS: Final = frozenset(
    """salary salaries pay compensation benefits pension bonus visa visas permit sponsorship
    relocation housing allowance accommodation leave probation notice start references""".split()
)


# Heads of a phrase that make it pay or papers whatever comes before them; not
# "housing", "accommodation", "benefits" or "permit", which social work, HR and
# logistics discuss as work ("work permits for foreign therapists").
_PAY_HEADS: Final = frozenset(
    "salary compensation bonus visa sponsorship relocation allowance probation leave".split()
)
# And the words pay ends in, after what it is of: "band 7 pay" (set GC).
_PAY_ENDS: Final = _PAY_HEADS | frozenset({"pay", "wage", "wages"})


# (and "to": "relocation to Hannover", set LB: "I was glad we had time to talk about the
# relocation to Hannover", 2 notes)
_PLACING: Final = frozenset(
    "around for at in of with from per about including over during until after to".split()
)


def shorthand_accomplishments(interview: Interview) -> tuple[int, ...]:
    """Where the accomplishments left out of the drafts stand in the file (from 1)."""
    return tuple(
        i for i, a in enumerate(interview.accomplishments, start=1) if not _says_well(a.text)
    )


def usable_accomplishments(interview: Interview) -> tuple[Accomplishment, ...]:
    """The accomplishments a note can put into a sentence with confidence.

    One written as a string of abbreviations ("CPL + ATPL theory complete,
    1,850 hrs TT"), or whose sentence reads as CV notes pasted in ("I was a
    clinical psychologist, and HCPC registered"; see `shape_model`), is left out
    of the drafts rather than pasted into one.
    """
    return tuple(a for a in interview.accomplishments if _says_well(a.text))


@lru_cache(maxsize=1024)
def _says_well(text: str) -> bool:
    from thanknote import shape_model

    said = phrase(text)
    return said.sure and shape_model.reads_well(said.sentence, "accomplishment")


def _best_lead(accomplishment: Accomplishment | None, leads: tuple[str, ...]) -> str | None:
    """The topic a note leads with: the one its accomplishment fits best, then one of
    two words or more before a lone word ("quality", "roads", "the scenario": readers
    of sets AU-BK marked 9 of 28 notes recalling a lone word, 85 of 761 the others),
    then the first listed."""
    if not leads:
        return None
    return max(
        leads,
        key=lambda t: (
            relatedness(accomplishment, t) if accomplishment else 0.0,
            len(key_words(t)) > 1,
            -leads.index(t),
        ),
    )


# How related an accomplishment must be to the topic for a note to join them
# ("...which reminded me of when I..."): a tag, or a third of the topic's words.
FITS: Final = 0.34
# What the templates leave out unless the topic calls for it: a skill or a credential
# tells nothing the CV does not, and an award is told only in a note with no topic.
_UNSAID_BESIDE_A_TOPIC: Final = frozenset({"skill", "credential", "award"})
_UNSAID_ALONE: Final = frozenset({"skill", "credential"})

# Among accomplishments that fit no topic, what a reader most likes to hear of:
# something done, then experience, before credentials, roles and languages.
_KIND_PREFERENCE = {"action": 0.3, "experience": 0.2, "award": 0.15, "credential": 0.1,
                    "role": 0.05, "skill": 0.0}  # fmt: skip


def _field_words(interview: Interview) -> frozenset[str]:
    """The words of the job's field: its title, every topic and every interviewer's
    title ("Emergency Management Coordinator", "storm season readiness")."""
    texts = [interview.position, *interview.topics]
    for person in interview.interviewers:
        texts += [person.title or "", *person.topics]
    return key_words(" ".join(texts))


# How much an accomplishment in the job's field counts over one outside it, among
# those that fit no topic of the recipient's: blind readers found "Having run three
# half-marathons for Macmillan, I believe I could get up to speed quickly" forced
# (set BC) where the file held an evacuation plan written for a council; lead-ins
# sharing no word with the job were found awkward 22 times in 79, others 11 in 102.
_FIELD_WEIGHT = 0.4


def _fit(
    accomplishment: Accomplishment,
    leads: tuple[str, ...],
    field: frozenset[str],
    topical: bool = True,
) -> float:
    """How well an accomplishment suits a note that leads with one of `leads` (the
    recipient's own topics; none for a note on the panel's), in a note with a topic or,
    when not `topical`, without one."""
    # The first topic a recipient listed counts slightly more than the others.
    related = max((relatedness(accomplishment, t) * (1.0 if i == 0 else 0.95)
                   for i, t in enumerate(leads)), default=0.0)  # fmt: skip
    said = phrase(accomplishment.text)
    # the job's words in what the note says of it, not in what it leaves out ("trained
    # as a snowmobile instructor, can handle myself on the vidda", set JA)
    own = key_words(said.clause)
    in_field = len(own & field) / len(own) if own else 0.0
    kind = _KIND_PREFERENCE.get(said.kind, 0.0)
    unsaid = _UNSAID_BESIDE_A_TOPIC if topical else _UNSAID_ALONE
    if said.kind in unsaid and related < FITS:
        # one the note would leave out goes where it is told, or to no one while others
        # are there to tell (set DW: a commendation given to a note with a topic took the
        # place of the flood relief column the note would have told)
        kind -= 1.0
    elif related < FITS and not in_field:
        # one that shares no word with the job, told as the reason to hire, reads as
        # forced ("Having trained as a snowmobile instructor, I feel ready for the
        # challenges of the role", set JA: 2 notes): another note's is told again first
        kind -= 1.0
    served = said.clause.startswith("served ") and rx.search(
        r"\b(?:Army|Navy|Air Force|Forces|Marines|Corps|Guard|Military)\b", said.clause
    )
    if served and field.isdisjoint(_SERVICE_WORDS):
        # service in the forces, told to a lab or a bank, is told last (set BR's reader:
        # "Having served 21 months in the ROK Army" for a quantum research post)
        kind -= 0.5
    return related + kind + _FIELD_WEIGHT * in_field


# Words of a field where service in the forces speaks to the work.
_SERVICE_WORDS = frozenset(
    """army navy military defence defense force forces veteran security police logistic
    logistics operations emergency naval marine""".split()
)


# Above this many arrangements, share accomplishments out greedily instead.
_EXACT_LIMIT = 20_000


def _assign(
    pool: tuple[Accomplishment, ...],
    leads: list[tuple[str, ...]],
    field: frozenset[str],
    topical: list[bool],
) -> dict[int, int]:
    """Map recipient index to accomplishment index, best total fit first."""
    if not pool:
        return {}
    fit = [
        [_fit(a, topics, field, has_topic) for a in pool]
        for topics, has_topic in zip(leads, topical, strict=True)
    ]
    # One that fits no one (service in the forces, told to a research panel, set BR) is
    # told by no note while others are there to tell.
    usable = [a for a in range(len(pool)) if any(row[a] >= 0 for row in fit)] or list(
        range(len(pool))
    )
    people = range(len(leads))
    # Hand out accomplishments in rounds so each is used once before any twice.
    chosen: dict[int, int] = {}
    waiting = list(people)
    while waiting:
        take = waiting[: len(usable)]
        if math.perm(len(usable), len(take)) <= _EXACT_LIMIT:
            best = max(
                itertools.permutations(usable, len(take)),
                key=lambda perm: (sum(fit[p][a] for p, a in zip(take, perm, strict=True)),
                                  [-a for a in perm]),
            )  # fmt: skip
            chosen.update(zip(take, best, strict=True))
        else:
            free = set(usable)
            for p in take:
                a = max(sorted(free), key=lambda a: fit[p][a])
                chosen[p] = a
                free.remove(a)
        waiting = waiting[len(usable) :]
    return chosen
