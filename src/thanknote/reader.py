"""A phrase the candidate wrote about the interviewer, said to them.

People note a moment or a topic about the person they met in the third person, as
notes to themselves: "her story about the flood", "the chart he unrolled", "the
grant she's writing", "he drew the purification train from memory". A note goes
to that person, so it says these to them: "your story about the flood", "the
chart you unrolled", "the grant you're writing", "You drew ...". Someone else
spoken of stays as written ("sitting with Mr. Doyle when he was agitated").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from thanknote import lexicon
from thanknote import patterns as rx
from thanknote.names import PARTICLES, card_name, forms_of_address
from thanknote.patterns import Lazy

if TYPE_CHECKING:
    from thanknote.model import Interviewer

__all__ = [
    "KIN",
    "named_to_them",
    "names_a_person",
    "names_capitalised",
    "said_to_them",
    "someone_else",
    "still_of_them",
    "you_first",
]


def names_a_person(word: str) -> bool:
    """Whether a word names a person ("nurse", "firefighter"), by the accomplishments'
    reading of roles."""
    from thanknote.accomplishments import is_person

    return is_person(word)


# A moment or topic the candidate wrote about the interviewer in the third person
# ("her story about ...", "the moment she sketched ...", "what he expects from ..."),
# which a note to that person says to them.
_LEADS: Final = ("the moment ", "the way ", "when ", "what ", "how ", "why ")


def said_to_them(text: str) -> str:
    """ "her story about ..." -> "your story about ..."; "the moment she sketched
    the fix" -> "the moment you sketched the fix"; "what she expects" -> "what you
    expect"."""
    lower = text.lower()
    if lower.startswith(("her ", "his ")):
        # and theirs after it: "her story about her first jury trial" (set BY)
        return _they_did_it(_possessives_to_them("your " + text[4:], lower[:3]))
    if "he's " in lower or "he’s " in lower:  # "the grant she's writing" (set BQ)
        text = _contracted_to_them(text)
        lower = text.lower()
    if " he " in f" {lower} " or " she " in f" {lower} ":
        text = _they_did_it(text)
        lower = text.lower()
    told = (" his " in lower or " her " in lower) and rx.match(
        r"the ((?:[\w-]+ ){0,3}?)(stor(?:y|ies)|anecdotes?|account|tales?) (about|of|from) "
        r"(?:his|her) ",
        lower,
    )
    if told:  # "the story about his RSAF days": your story about your RSAF days; "the 2007
        # Bronze Night story from his ministry days" (set GP: "... from his ministry days")
        middle = text[4 : 4 + len(told.group(1))]
        return f"your {middle}{told.group(2)} {told.group(3)} your {text[told.end() :]}"
    if " his " in lower or " her " in lower:  # "the video review of her TaTME case" (BY)
        text = _possessives_to_them(text, "his" if " his " in lower else "her")
        lower = text.lower()
    lead = next((lead for lead in _LEADS if lower.startswith(lead)), None)
    if lead is None:
        return text
    who, _, rest = text[len(lead) :].partition(" ")
    verb, _, after = rest.partition(" ")
    if who.lower() not in ("she", "he") or not verb.isalpha():
        return text
    reading = lexicon.verb(verb.lower())
    if verb.lower() in _FOR_YOU:
        verb = _FOR_YOU[verb.lower()]  # "when he was showing me the lab": you were
    elif reading and "VBZ" in reading.tags:
        verb = reading.lemma  # "expects" -> "expect"
    return f"{text[: len(lead)]}you {verb}{' ' + after if after else ''}"


# The verbs of "he" or "she" said of "you": "she is writing" -> "you are writing".
_FOR_YOU: Final = {"is": "are", "isn't": "aren't", "has": "have", "was": "were"}


def you_first(text: str) -> str:
    """A moment noted as a sentence about the reader, said to them: "he made me
    estimate ..." -> "you made me estimate ...", "she showed the calf barn and said
    ..." -> "you showed ... and said ...", "he asked ..., then said he had been on
    that exact ship" -> "... then said you had been ..." (set BP)."""
    first, _, rest = text.partition(" ")
    pronoun = first.lower()
    doing = rest.split(" ", 1)[0].lower()
    possessive = pronoun == "her" and lexicon.noun(doing) is not None  # "her warning about"
    if (
        pronoun in ("him", "her")
        and doing.endswith("ing")
        and lexicon.verb(doing)
        and not possessive
    ):
        # "him pulling up the photos ... on his phone" (set BT): you, doing it
        words = _yours(rest.split(" "), "he" if pronoun == "him" else "she")
        return " ".join(["you", *words])
    if pronoun not in ("he", "she") or not rest:
        return text
    verb = rest.split(" ", 1)[0].lower()
    if not (_is_told(verb) or verb in ("is", "has", "was")):
        return text
    words = _yours(rest.split(" "), pronoun)
    words[0] = _FOR_YOU.get(words[0], words[0])
    for at in range(1, len(words)):  # "... then said he had been ...", "walk her through"
        following = words[at + 1] if at + 1 < len(words) else ""
        reading = lexicon.verb(following.lower()) if following else None
        if words[at] == pronoun and (_is_told(following) or following == "had"):
            words[at] = "you"
            # "... said he was also a bursar" (set BV): you were
            words[at + 1] = _FOR_YOU.get(following, following)
        elif words[at] == pronoun and reading and "VBZ" in reading.tags:
            words[at : at + 2] = ["you", reading.lemma]  # "that he keeps": you keep
        elif words[at] == {"he": "him", "she": "her"}[pronoun] and (
            not following or lexicon.noun(following.lower()) is None
        ):
            words[at] = "you"  # "asked me to walk her through ...": the reader again
    return " ".join(["you", *words])


def _possessives_to_them(text: str, possessive: str) -> str:
    """ "your story about her first jury trial" -> "... about your first jury trial":
    "his" or "her" before a noun is the reader's, unless someone else is spoken of
    before it ("the patient she admitted and her daughter")."""
    words = text.split(" ")
    at = next((i for i, w in enumerate(words) if w.lower() == possessive), None)
    if at is None:
        return text
    relative = next((i for i, w in enumerate(words[:at]) if w.lower() in ("that", "which")), None)
    acted = relative is not None and relative + 1 < at and _is_told(words[relative + 1])
    if acted or someone_else(words[:at], "she", "he", "him"):
        # "the bulk carrier that broke her moorings": the ship's; but "the question that
        # is close to her heart" is the reader's
        return text
    following = words[at + 1].lower() if at + 1 < len(words) else ""
    following = rx.sub(r"['’]s$", "", following)  # "her family's feedlot" (set CJ)
    if possessive == "her" and (not following.isalnum() or following in _AFTER_AN_OBJECT):
        return text  # "showed her the new line": her, not hers
    rest = ["your", *_yours(words[at + 1 :], "he" if possessive == "his" else "she")]
    return " ".join([*words[:at], *rest])


def _is_told(word: str) -> bool:
    """Whether a word is a verb's simple past ("knew", "showed", "let")."""
    reading = lexicon.verb(word.lower())
    return reading is not None and ("VBD" in reading.tags or reading.forms[:1] == (word,))


def _contracted_to_them(text: str) -> str:
    """ "the grant she's writing" -> "the grant you're writing", "the team he's built"
    -> "the team you've built": the person the note is to, unless someone else is
    named before ("the project Mr. Tan leads while he's away")."""
    words = text.split(" ")
    for index, word in enumerate(words):
        bare = word.lower().replace("’", "'")
        if bare not in ("he's", "she's") or index == 0:
            continue
        before = words[:index]
        if someone_else(before, "you", "one"):
            return text  # "... you said the best admin is ... until she's on leave"
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        done = not following.endswith("ing") and lexicon.is_past_participle(following)
        pronoun = bare[:-2]
        said = "you've" if done else "you're"
        return " ".join([*_yours(before, pronoun), said, *_yours(words[index + 1 :], pronoun)])
    return text


def _they_did_it(text: str) -> str:
    """ "the sketch of the courtyard he drew" -> "the sketch of the courtyard you drew"
    (set BL: "the dress he pulled from the archive"): "he" or "she" before a past tense
    is the person the note is to, unless someone else is named or a person is spoken
    of before it ("sitting with Mr. Doyle when he was agitated", "a 17-year-old he").
    A place or thing named after "the" is no one ("the chart of the Singapore Strait
    he unrolled", set BM), and what the person did themselves is the reader's too
    ("the way you checked the seams yourself")."""
    words = text.split(" ")
    for index, word in enumerate(words[:-1]):
        if word.lower() not in ("he", "she") or index == 0:
            continue
        before = words[:index]
        if someone_else(before) and not _reduced_relative(before):
            return text  # the note cannot tell "he" is the reader
        verb = words[index + 1].lower()
        # "drew", and "let", "cut", "put"; and a participle said as the past ("the blind
        # tasting he sprung on me", set CH)
        past = _is_told(verb) or (verb != "been" and lexicon.is_past_participle(verb))
        reading = lexicon.verb(verb)
        if reading and "VBZ" in reading.tags and verb not in ("is", "has", "was"):
            # "the photo of the 1970s relay room he keeps on his desk" (set CD): you keep
            rest = _yours(words[index + 2 :], word.lower())
            return " ".join([*_yours(before, word.lower()), "you", reading.lemma, *rest])
        present = verb in ("is", "isn't") or (
            verb == "has"
            and lexicon.is_past_participle(
                words[index + 2].lower() if index + 2 < len(words) else ""
            )
        )
        if present:  # "the grant she is writing", "he has built" (set BQ)
            rest = _yours(words[index + 2 :], word.lower())
            return " ".join([*_yours(before, word.lower()), "you", _FOR_YOU[verb], *rest])
        if not past or verb == "was":
            return text
        pronoun = word.lower()  # and theirs, before and after: "the photos of his boat"
        after = _yours(words[index + 1 :], pronoun)
        for at in range(1, len(after) - 1):  # and again: "... and she knew two of them"
            if after[at - 1] == "and" and after[at] == pronoun and _is_told(after[at + 1]):
                after[at] = "you"
        return " ".join([*_yours(before, pronoun), "you", *after])
    return text


def _reduced_relative(before: list[str]) -> bool:
    """Whether "he" or "she" begins a clause about the thing just named, with no "that"
    before it ("the binder of MRSL test reports she pulled out", "the 1994 Gran Reserva
    he opened", set CB): then the one who did it is the reader, not the thing or anyone
    named before it; not after a word that joins a clause ("... Mr. Doyle when he")."""
    last = before[-1] if before else ""
    if not last.isalnum() or last.lower() in _JOINING:
        return False
    return not last.islower() or lexicon.noun(last.lower()) is not None


# Words after which "he" or "she" begins a clause of its own.
_JOINING: Final = frozenset(
    """when while as because since after before until if and but or so though although
    where whereas once unless that which who whom whose said says told asked""".split()
)


def someone_else(before: list[str], *others: str) -> bool:
    """Whether the words before a "he" or "she" speak of someone besides the reader:
    a person named ("Mr. Doyle", not "the Singapore Strait"), one spoken of ("the
    nurse", "who"), or any of `others` ("you said ... until she's on leave")."""
    spoken_of = ("who", "whom", *others)
    return any(_named_person(before, i) for i in range(len(before))) or any(
        w.lower() in spoken_of
        or (w.islower() and (_a_person_noun(before, i) or w.rstrip(",;:'’s") in KIN))
        for i, w in enumerate(before)
    )


def _a_person_noun(words: list[str], index: int) -> bool:
    """Whether a word names a person where it stands: "the nurse", but not "counter"
    qualifying the noun after it ("the bike counter data on his phone", set DK: "his
    phone" was kept as someone else's)."""
    if not names_a_person(words[index]):
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    qualifies = following.isalpha() and following.islower() and lexicon.noun(following) is not None
    told = lexicon.verb(following)  # "the nurse said": a person; "a ladder diagram": a thing
    return not (qualifies and (told is None or not told.tags & {"VBD", "VBZ"}))


# Words that follow "her" as an object ("showed her the line", "walked her through"),
# not as one's own ("her first jury trial").
_AFTER_AN_OBJECT: Final = frozenset(
    """the a an this that these those my your our their his its some any how what why
    where when who to through about with into around up out back over in on at for from
    and or but""".split()
)


# The people one is to others, which no agent noun says: "your mother and her farm"
# is the mother's farm, "the patient story and her recovery" the patient's.
KIN: Final = frozenset(
    """mother father mum mom dad parent parents daughter son wife husband child children
    kid kids grandson granddaughter grandmother grandfather grandchild baby sister brother
    aunt uncle niece nephew cousin colleague colleagues boss patient client customer friend
    neighbour neighbor family""".split()
)


def _named_person(words: list[str], index: int) -> bool:
    """Whether a capitalised word may name a person: not one in a name after "the"
    ("the Singapore Strait", "the Nexus")."""
    if not words[index][:1].isupper() or (len(words[index]) > 1 and words[index].isupper()):
        return False  # and an acronym is no one: "the ancient CMS shortcut list" (set DT)
    start = index
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return start == 0 or words[start - 1].lower() not in ("the", "a", "an")


def _yours(words: list[str], pronoun: str) -> list[str]:
    """The words after the reader's own deed, said to them: "herself" -> "yourself",
    "his desk" and "her notes" -> "your ..."; not "her" as an object ("she walked
    her through it")."""
    out = []
    for index, word in enumerate(words):
        bare = word.rstrip(",.;:")
        lower, mark = bare.lower(), word[len(bare) :]
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if lower == {"he": "himself", "she": "herself"}[pronoun]:
            word = "yourself" + mark
        elif not mark and (
            (pronoun, lower) == ("he", "his")
            or (
                (pronoun, lower) == ("she", "her")
                and following.isalpha()
                and not lexicon.is_function_word(following)
                and lexicon.noun(following) is not None
            )
        ):
            word = "your"
        out.append(word)
    return out


def names_capitalised(moment: str, people: Iterable[Interviewer]) -> str:
    """A moment with the panel's names written in small letters given their capital,
    as the cards print them: "tom asking the q ...", "avi's spreadsheet", "dee's dog"
    (set CD); a name that is also a word of English only before "'s" ("will's")."""
    for person in people:
        card = card_name(person)
        names = {card.given.split(" ")[0], person.nickname or "", card.nickname}
        names |= {n.split(" ")[-1] for n in names if " " in n}  # nickname "Fr. Joey": Joey
        names |= {card.family} if " " not in card.family else set()  # "st. hutagalung" (CJ)
        # "nana's advice" (set CG); not "The" of "The Rt Revd" (set CI: "of The confirmation class")
        names |= {
            w
            for w in card.honorific.split()
            if w.isalpha() and not lexicon.is_function_word(w.lower())
        }
        for name in names:
            low = name.lower()
            if len(name) < 2 or not name[:1].isupper() or low not in moment:
                continue
            if lexicon.is_common_word(low):  # "tom", "will": at the start or as an owner
                moment = rx.sub(rf"^{re.escape(low)}\b|\b{re.escape(low)}(?=['’]s\b)", name, moment)
            else:
                moment = rx.sub(rf"\b{re.escape(low)}\b", name, moment)
    return moment


def named_to_them(moment: str, person: Interviewer) -> str:
    """A moment that names the person it is about, said to them, as the note is to
    them: "case study w/ Jay" -> "case study with you" (set BQ), "Professor Kim's
    joke" -> "your joke" (BR), "when Sister asked me" -> "when you asked me" (BR),
    "Dato' Sri asked about my father" -> "you asked about my father" (BP), "the
    Judge's story" and "Sister Bernadette's remark" -> "your ..." (BU)."""
    moment = _STYLED.sub("your", moment)  # "His Excellency's remarks about ..." (set CJ)
    # and as the one who did it: "her ladyship talked about her first trial" (set CP)
    moment = rx.sub(
        r"\b(?:[Hh]is|[Hh]er) (?:[Ee]xcellency|[Ll]adyship|[Ll]ordship|[Hh]onou?r|[Ww]orship) "
        r"(?=[a-z]+ed\b|said\b|told\b|showed\b|took\b|gave\b|spoke\b)",
        "you ",
        moment,
    )
    named, titles = _ways_named(person)
    if not named or (not any(n in moment for n in named) and "the " not in moment):
        return moment  # "李明": no name in letters a moment could hold
    name = "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True))
    # the reader's name, then what happened: "kevin — drive to the grain elevator" (set CJ)
    # or an initial or a title before the name: "k O'Rourke - walked me thru the case board",
    # "deaconess Adjei: 'count with two people, always'" (set CL)
    lead = rx.match(rf"^(?:[\w.']+ )?(?:{name})\s*(?:[–—:]|-(?= ))\s*(?=[\w'‘“\"])", moment)
    rest = moment[lead.end() :] if lead else ""
    told = rest.split(" ", 1)[0]
    if lead and _is_told(told) and told.lower() not in ("was", "were", "had"):
        moment = f"you {rest}"  # "walked me thru the case board": they did
    elif lead and (rest[:1] in "'‘“\"" or _names_a_thing(told) or told.isupper()):
        moment = rest  # "drive to the grain elevator"; a saying, which is left out
    elif lead:
        # what they were like, or notes no sentence can hold: "dr nagy - very formal, then
        # laughed ..." (set CO), "reto - 2005 floods, the Lucerne damage photos" (set CQ)
        return ""
    # what they said on a matter: "fiona on the 2022 recall" (set CL)
    moment = rx.sub(rf"^(?:{name}) on\b", "what you said about", moment)
    # a courtesy title, or the word for an elder sibling, aunt or uncle that many
    # languages put before a given name ("chị Lan's story", set CB; "Pak Tris's story")
    courtesy = (
        r"(?:(?:[Mm]a['’]am|Sir|Madam|Mr\.?|Mrs\.?|Ms\.?|Miss|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|"
        r"[Ôô]ng|[Bb]à|[Pp]ak|[Bb]u|[Ii]bu|[Bb]apak|Kak|Mas|Mbak|Kuya|Ate|Tita|Tito|Khun|Ajarn|"
        r"[Mm]ama|[Ss]is|[Aa]unty|[Aa]untie|[Uu]ncle) )?"
    )
    # and after it: "Thapa sir's photos" (set CK), "Sharma ji's advice"
    after = r"(?: (?:sir|ji|sahib|saab|ma['’]am|madam|dai|didi|bhai|san|sensei))?"
    moment = rx.sub(
        rf"(?:\bthe )?{courtesy}\b(?:{name}){after}(?:['’]s\b|(?<=s)['’](?=\s))", "your", moment
    )  # and "ma'am Lourdes' story" (set CL)
    card = card_name(person)
    own = [w for w in f"{card.given} {card.middle}".split() if len(w) > 2 and w.isalpha()]
    if own:  # a given name the card prints second, with the courtesy word after it:
        # "Karim bhai's story" to Md. Abdul Karim Bhuiyan (set CI); not "St Paul's"
        said = "|".join(re.escape(w) for w in own)
        moment = rx.sub(rf"\b(?:{said}) (?:sir|ji|sahib|saab|bhai|dai|didi)['’]s\b", "your", moment)
    moment = rx.sub(rf"\b(?:with|w/)\s+(?:{name})\b", "with you", moment)
    moment = rx.sub(  # "Tess said ...", "when Podge said ...", "Nomvula joking that ...";
        # "Patil sir walked me through", "the COP asked about my dad" (set CN)
        rf"^((?:when|the moment) )?(?:the )?{courtesy}(?:{name}){after} "
        r"(?=said\b|asked\b|told\b|showed\b|laughed\b|joked\b|explained\b|drew\b|gave\b|"
        r"took\b|walked\b|[a-z]+ing\b)",
        lambda m: f"{m.group(1) or ''}you ",
        moment,
    )
    # their title in small letters after "the": "the moment the sheikh took me round" (CN)
    lowered = "|".join(re.escape(t.lower().rstrip(".")) for t in titles if len(t) > 3)
    if lowered:
        moment = rx.sub(
            rf"\bthe (?:{lowered}) ([a-z]+)\b",
            lambda m: f"you {m.group(1)}" if _is_told(m.group(1)) else m.group(),
            moment,
        )
    # after the thing they did it with: "the chopper muster Angus took me on" (set CI)
    return rx.sub(  # and first: "Hēmi opened with a karakia" (set CO)
        rf"(?:^|(?<=[a-z] ))(?:{name}) ([a-z]+)\b",
        lambda m: f"you {m.group(1)}" if _is_told(m.group(1)) else m.group(),
        moment,
    )


# A style said of a dignitary in the third person, which a note to them says as "your":
# "His Excellency's remarks", "Her Honour's advice".
_STYLED: Final = Lazy(
    r"\b(?:[Hh]is|[Hh]er|[Yy]our) (?:[Ee]xcellency|[Ee]minence|[Hh]oliness|Grace|[Hh]onou?r|"
    r"[Ll]ordship|[Ll]adyship|[Ww]orship|Majesty|Highness)['’]s\b"
)


def _names_a_thing(word: str) -> bool:
    """Whether a word begins a noun phrase: a determiner or a noun that is no adjective
    or adverb ("the", "drive"; not "very", "formal")."""
    lower = word.lower()
    if lower in ("the", "a", "an", "your", "his", "her", "their", "our", "my"):
        return True
    return (
        lexicon.noun(lower) is not None
        and not lexicon.is_adjective(lower)
        and not any(r.pos == "r" for r in lexicon.readings(lower))
    )


def _ways_named(person: Interviewer) -> tuple[frozenset[str], frozenset[str]]:
    """How a moment may name the person: given name, nickname, family name, title
    and family name ("Prof. Zimmerli", "Professor Zimmerli"), title alone
    ("Sister", "Chief", "the Judge"), title and given name ("Sister Bernadette"),
    the card's title ("Dato' Sri"), and "-san" after the family name; and their
    titles as printed and as addressed, one word each ("Sheikh", "Dr.")."""
    forms = forms_of_address(person)
    card = card_name(person)
    one_word = {*card.honorific.split(), *forms.honorific.split()}
    one_word = {w for w in one_word if w.rstrip(".").isalpha()}
    family = forms.family
    given = forms.given.split(" ")[0] if forms.given else ""
    titles = {forms.honorific, card.honorific}
    printed = card.honorific.split()
    titles |= {" ".join(printed[:size]) for size in range(1, len(printed) + 1)}
    titles |= set(printed)  # "Fr." of "Rev. Fr."
    titles = {t for t in titles if t and t[:1].isupper()}
    nicknames = {n for n in (person.nickname or "", card.nickname) if len(n) > 1}  # "KP"
    nicknames |= {n.split(" ")[-1] for n in nicknames if " " in n}  # "Fr. Joey": Joey
    named = {given, forms.warm_address, family, forms.formal_address, card.full}
    named |= {f"{t} {n}" for t in titles for n in (family, given, *nicknames) if n}
    named |= {t for t in titles if " " in t or t.rstrip(".").isalpha()}
    # "-san" after the family name, as the card prints it or not ("YAMAMOTO Daisuke",
    # jotted "yamamoto-san's tip", set CL)
    named |= {
        f"{f}-{suffix}"
        for f in {family, card.family, card.family.capitalize()}
        if f
        for suffix in ("san", "sensei", "sama")
    }

    # a title and the family name's initial: "Prof V's question" (set CH)
    named |= {f"{t.rstrip('.')} {family[0]}" for t in titles if family and t.rstrip(".").isalpha()}
    named |= {f"{t} {family[0]}" for t in titles if family and t.endswith(".")}  # "Dr. V's"
    if "-" in family:  # "dr H-B" for Hartley-Brown (set CO)
        named |= {f"{t.rstrip('.')} {'-'.join(p[0] for p in family.split('-'))}" for t in titles}
    named = {n for n in named if n and n[:1].isupper() and len(n) > 2} | nicknames
    given_words = card.given.split()
    if len(given_words) > 1:  # "JM's story" for José Miguel (set CN)
        named.add("".join(w[0] for w in given_words).upper())
    # a title jotted in small letters: "fr Joey's story", "st. Hutagalung showed me" (set CJ)
    named |= {
        f"{form} {n}"
        for t in titles
        if t.rstrip(".").isalnum()  # "wo1 Paewai" (set CL)
        for form in {t.lower(), t.lower().rstrip(".")}
        for n in (family, given, *nicknames)
        if n
    }
    return frozenset(named), frozenset(one_word)


def still_of_them(moment: str, person: Interviewer) -> bool:
    """Whether a moment said to the person (`named_to_them`) still speaks of them as
    of someone else: by a word of their name, title or nickname in any case, a name
    cut short or lengthened ("piotrek" for Piotr, "Zsófi" for Zsófia), their initials
    ("jp", "KJ's"), or "he" or "she" with nobody before it to stand for.

    Each of these read to blind readers as a note about the person pasted into a
    note to them: "I really enjoyed Prof Kikula on the Buhemba closure failure",
    "Yoshiko-san flagged the 4am shift thing", "jp – live-coded the feature store
    query with me", "the visit to the cooperative, mostly her idea" (sets CN to CQ).
    A word of the name that is an English word counts only with its capital
    mid-sentence ("the park manager" is not Ms. Park).
    """
    own, initials = _name_words(person)
    tokens = rx.findall(r"[^\W\d_][\w'’.-]*", moment)
    for i, token in enumerate(tokens):
        if i and tokens[i - 1].rstrip(".").lower() in _SAINTS:
            continue  # "the visit to St Paul's cathedral" to John Paul Smith
        bare = rx.sub(r"['’]s$", "", token).strip(".'’")
        lower = bare.lower()
        for piece in {lower, *lower.split("-")}:
            english = lexicon.is_common_word(piece) or lexicon.is_function_word(piece)
            if english and not (i and bare[:1].isupper()):
                continue
            if piece in own or any(_cut_or_lengthened(piece, word) for word in own):
                return True
        joined = lower.replace("-", "").replace(".", "")
        if joined in initials and not lexicon.is_known_word(joined):
            return True
    words = moment.split()
    return any(
        _THIRD.fullmatch(word) is not None
        and not someone_else(words[:i])
        and not (word.lower().startswith(("she", "her")) and _a_vessel(words[:i]))
        for i, word in enumerate(words)
    )


def _a_vessel(before: list[str]) -> bool:
    """Whether a ship is named before a "she" or "her", which English says of ships:
    "the container ship that broke her moorings" (set IZ: the moment was left out)."""
    return any(w.lower().strip(",;:") in _VESSELS for w in before)


# What English calls "she": ships and boats.
_VESSELS: Final = frozenset(
    """ship ships vessel vessels boat boats tanker tankers carrier carriers ferry ferries
    yacht yachts tug tugs trawler trawlers freighter freighters liner liners""".split()
)


_SAINTS: Final = frozenset("st saint ste san santa santo são sant".split())
_THIRD: Final = Lazy(r"(?:he|she|his|him|her|hers)(?:['’](?:s|d|ll))?[,.;:!?]*", re.I)


def _cut_or_lengthened(piece: str, word: str) -> bool:
    """ "piotrek" of "piotr", "zsófi" of "zsófia": one begins the other, within three
    letters, both of four letters or more."""
    if len(piece) < 4 or len(word) < 4 or abs(len(piece) - len(word)) > 3:
        return False
    return piece.startswith(word) or word.startswith(piece)


def _name_words(person: Interviewer) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a person's name, title and nicknames in small letters (not its
    particles or post-nominals), and the initials of their given and family names."""
    card = card_name(person)
    parts = (card.honorific, card.given, card.middle, card.family, card.nickname)
    found = rx.split(r"[\s\-./()\"',]+", " ".join((*parts, person.nickname or "")))
    own = frozenset(w.lower() for w in found if len(w) > 1 and w.isalpha()) - PARTICLES
    given = [p for p in rx.split(r"[\s-]+", card.given) if p[:1].isalpha()]
    family = [p for p in rx.split(r"[\s-]+", card.family) if p[:1].isalpha()]
    initials = frozenset(
        "".join(p[0] for p in seq).lower()
        for seq in (given, family, given[:1] + family[-1:], given + family)
        if len(seq) > 1
    )
    return own, initials
