"""A moment of the conversation the candidate wants to recall, as a note says it.

The interview file may give, per interviewer, a moment written as a phrase or a
sentence ("your story about the night the billing system went down", "when you
showed me the dispatch floor", "he drew the purification train from memory").
`moment_in_sentence` fits it into a note, or says it cannot be used; `recalled`
says whether the note thanks the person for it, enjoyed it or remembers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from thanknote import lexicon, shape_model, shorthand
from thanknote import patterns as rx
from thanknote.patterns import Lazy
from thanknote.phrases import FUNCTION_WORDS, PREPOSITIONS, addressed, with_the
from thanknote.reader import KIN as _KIN
from thanknote.reader import (
    named_to_them,
    names_capitalised,
    said_to_them,
    someone_else,
    still_of_them,
    you_first,
)
from thanknote.sentences import is_abbreviation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from thanknote.model import Interviewer

__all__ = [
    "GIVEN",
    "Moment",
    "as_recalled",
    "is_sensitive",
    "moment_in_sentence",
    "reads_well",
    "recalled",
    "said_to",
    "to_recall",
]


_AM_PM: Final = r"\b([ap])\.m(?=[\s,;]|$)"  # compiled when first used
_SUBJECT_START: Final = Lazy(r"^(i|you|we|they|he|she|it|there)\s+\w", re.I)


def said_to(person: Interviewer, panel: Sequence[Interviewer]) -> tuple[str, bool] | None:
    """The person's moment as a note to them says it, and whether it is a sentence
    of its own: the names of the panel in its small letters capitalised, the person
    spoken of said to ("kevin — drive to the grain elevator" -> "the drive to the
    grain elevator"), then `moment_in_sentence`. None without a moment, or for one
    not written in English: its language is read on it as written ("marc's verhaal
    over de gemeenteraad" passed for English once it began "your", set CK)."""
    if not person.moment or not lexicon.is_english(person.moment):
        return None
    return moment_in_sentence(named_to_them(names_capitalised(person.moment, panel), person))


def to_recall(person: Interviewer, panel: Sequence[Interviewer]) -> tuple[str, bool] | None:
    """The person's moment as a note recalls it (`said_to`); None when the drafts leave
    it out: it still speaks of the person as of someone else (`reader.still_of_them`),
    or it does not read as a careful writer would send it (`reads_well`)."""
    found = said_to(person, panel)
    if found is None or still_of_them(found[0], person) or not reads_well(*found):
        return None
    return found


def moment_in_sentence(moment: str) -> tuple[str, bool] | None:
    """A moment to recall, and whether it is a whole sentence of its own; None
    when it is not written in English, or in a note's shorthand ("yr story abt").

    "Your story about the night the billing system went down." ->
    ("your story about the night the billing system went down", False);
    "You showed me the new dispatch floor" -> ("You showed me the new
    dispatch floor.", True).
    """
    if is_sensitive(moment):
        return None  # "her late husband's stay on AMU" (set CD): not for a drafted line
    if _NOT_FOR_THE_NOTE.search(moment):
        # "... the unreleased boss fight build - NDA!! dont mention in note" (set CQ), "...
        # (don't mention)" (set CP): the writer's own word that it stays out
        return None
    text = " ".join(moment.split()).replace(" - ", " – ").replace(" -- ", " – ")  # a dash
    end_aside = rx.search(r"\s*\(([^()]*)\)[.!]*$", text)
    if end_aside and rx.search(r"\b(?:he|she|they|lol|haha)\b", end_aside.group(1), re.I):
        text = text[: end_aside.start()]  # "the saffron tasting (he insisted, lol)" (set GP)
    # "estimate no. of dosas sold" (set EX: "the moment you asked me to estimate no"); and
    # a tip's own words after an arrow, which the note leaves to the reader ("her tip re:
    # lease modifications → keep a change log", set EX)
    text = rx.sub(
        r"\b([Nn])o\.\s+of\b", lambda m: f"{'t' if m.group(1) == 'n' else 'T'}he number of", text
    )
    arrow = rx.search(r"\s(?:→|->|=>)\s+([a-z]+) (a|an|the|your|my|it|them)\b[^.!?]*$", text)
    if arrow and _bidding(arrow.group(1)):  # "→ keep a change log"; not "batch -> streaming"
        text = text[: arrow.start()]
    if " as " in text:  # "starting at Aurora as trainee in 1998" (set EX): as a trainee
        from thanknote.accomplishments import as_a_role

        text = as_a_role(text)
    text = shorthand.without_laughter(text)  # "... are optional lol" (set BR)
    # an emoji between words is the writer's pause, as a comma is: "fab tour in the bunny
    # suit 😅 got lost near the litho bay" (set ED), what follows read as an aside
    text = text if text.isascii() else _EMOJI_BETWEEN.sub(", ", text)
    cheer = rx.search(r"!+\s+([a-z][^!]*?)[.!]*$", text)
    remark = cheer and rx.match(r"(?:we|he|she|they|it|i)\s+\w", cheer.group(1))
    felt = cheer and cheer.group(1).split()[0] in ("so", "very", "really", "super", "such")
    if cheer and (
        _jotted_after_comma(cheer.group(1)) or len(cheer.group(1).split()) <= 2 or remark or felt
    ):
        # "... now a seminarian!! loved it" (set CJ), "her waiata at the end!! chills" (DD)
        text = text[: cheer.start()]
    # and one begun "I": the writer's own ("... my worst call. I told him about ...", DT)
    after_stop = rx.search(r"\.\s+((?:[a-z0-9]|I\s)[^.]*?)([.!?]*)$", text)
    said_no = text[: after_stop.start()].endswith(" no") if after_stop else False
    # "the whole day incl. the airport pickup" (set DS: "... the whole day including.")
    shortened = after_stop is not None and shorthand.is_note_abbreviation(
        text[: after_stop.start() + 1].rsplit(" ", 1)[-1]
    )
    if (
        after_stop
        and (is_abbreviation(text[: after_stop.start() + 1]) or shortened)
        and not said_no
    ):
        # "the 6 a.m. call", "Acme Ltd. pricing": no sentence ends there; but "... says no."
        after_stop = None
    # a sentence begun in small letters is the writer's own jot: ". long pause on my end"
    # (set DE), ". wants quick starter", ". legend", ". good sign??" (set CO)
    verdict = bool(after_stop)
    if after_stop and verdict:
        text = text[: after_stop.start()]  # "... at Frankfurt '94. iconic", ". good sign??" (CO)
    praise = rx.search(r"\.\s+([A-Z][^.]*?)[.!]*$", text)
    if praise and not is_abbreviation(text[: praise.start() + 1]) and _verbless(praise.group(1)):
        text = text[: praise.start()]  # "His question about BAPLIE errors. Really good one." (CS)
    if " + " in text:
        # "tour of the ED resus bays + new triage desk" (set DM): each thing with its article
        first_thing, *others = text.split(" + ")
        acted = any(
            lexicon.verb(w) and lexicon.noun(w) is None for w in first_thing.lower().split()[1:]
        )  # "tip to bring childcare + food": the things brought, not things of their own
        if not acted and (_bare_thing(first_thing) or first_thing.lower().startswith("the ")):
            others = [shorthand.texting_written_out(o) for o in others]
            text = " + ".join([first_thing, *(_with_its_article(o) for o in others)])
    text = shorthand.texting_written_out(text)  # "her war story abt ..." (set BY)
    text = rx.sub(r"\s+after([.!]*)$", r" afterwards\1", text)  # "... the club lounge after" (DF)
    text = lexicon.languages_capitalised(text)  # "... & french courses" (set CJ)
    text = rx.sub(r"\b(?:re|about):\s*", "about ", text)  # "my submission re: the limitation point"
    if "(" in text:  # "... (fix in note?)" (set BW): a question to oneself in brackets
        text = rx.sub(r"\s*\([^()]*\?\)", "", text)
        # and an exclamation or a word of the writer's own verdict: "(long!!)", "(amazing)"
        text = rx.sub(r"\s*\(([^()]*)\)(?=[.!]*$)", _without_reaction, text)
    if "note to self" in text.lower():  # "..., note to self: don't overdo it" (set BW)
        text = rx.split(r"[\s,;–(-]*\bnote to self\b", text, flags=re.I)[0].strip()
        if not rx.search(r"[^\W\d_]", text):
            return None  # "(note to self) he was skeptical ...": all of it (set BX)
    advised = rx.match(
        r"(?:[\w'’]+\s+){0,2}?(?:tip|advice|reminder|suggestion):\s+(?=\w)", text, re.I
    )
    if advised:  # "tip: always bring 3 copies of the bundle" (set DL: "I greatly enjoyed tip: ...")
        text = f"{text[: advised.end()].rstrip()[:-1]} – {text[advised.end() :]}"
    head, dash, aside = text.replace(" — ", " – ").partition(" – ")
    # a remark of its own after the dash: "– he worked on the Port Said bridge" (set CT),
    # "– your family lost the whole farm" (set CU)
    aside_words = aside.split()
    # and the writer's own answer: "... – I said nothing in year 1" (set GV)
    told_after = bool(rx.match(r"(?:he|she|they|you|I)\s+[a-z]+", aside)) or (
        len(aside_words) > 2
        and aside_words[0].lower() in ("your", "his", "her", "their", "the", "my", "our")
        and any(_only_finite(w) or w in ("is", "are", "was", "were") for w in aside_words[1:4])
    )
    bidden_aside = bool(advised) and not aside.rstrip().endswith("?")  # the tip itself
    if (
        dash
        and head
        and not bidden_aside
        and (_instruction(aside) or aside.rstrip().endswith("?") or told_after)
    ):
        # "... - mention it gently, not too much" (set BT), "... - quote back?", "...
        # -- address this in the note??" (set BX): a note to oneself
        text = head
    if ".m" in text:
        text = rx.sub(_AM_PM, r"\1.m.", text)  # "before 7 a.m": a.m.
    for _ in range(2):  # "your portfolio review style, super direct, loved it" (set CD)
        tail = rx.search(r",\s+((?:[a-z0-9]|I\b)[^,]*)$", text)
        if tail and _in_quotes(text[: tail.start()]):
            break  # "her 'don't just count heads, count the return visitors' line"
        first_of_tail, _, rest_of_tail = tail.group(1).partition(" ") if tail else ("", "", "")
        if tail and _deed_without_its_doer(first_of_tail, rest_of_tail):
            # "showed me the Figma file, asked what I'd change" (set DH): a second deed
            text = text[: tail.start()]
            continue
        if tail and _jotted_after_comma(tail.group(1)):
            # "the argument about bottom nav vs hamburger, fun one", "we both did
            # deployments on Essex, different decades", "..., was so nervous" (set CC): a
            # comment jotted after the moment, which the note does without
            text = text[: tail.start()]
    if text.count("(") > text.count(")"):  # a bracket a mend above cut short: all of it goes
        text = text[: text.rfind("(")].rstrip(" ,;")
    if "the bit " in text.lower():  # "the bit about ..." (sets BY, CD): the part
        text = rx.sub(r"\b([Tt]he) bit (about|where|when|with)\b", r"\1 part \2", text)
    if " rant " in text:  # "his rant about KSeF" (set DT: read as mocking): their views
        text = rx.sub(
            r"\b([Yy]our|[Hh]is|[Hh]er|[Tt]heir) rant (?:about|on)\b", r"\1 views on", text
        )
    if " bit about " in text:  # "his bit about the 2016 FX crisis" (set CH): his point
        text = rx.sub(r"\b([Yy]our|[Hh]is|[Hh]er|[Tt]heir) bit about\b", r"\1 point about", text)
    # and the writer's own: "..., I didn't expect it, it calmed me" (set DN)
    remark = rx.search(r"(?:,|\s[–—])\s+(?:she|he|they|it|we|I)\s+[a-z]+\b", text)
    if remark and not _SUBJECT_START.match(text):
        # "lab tour + coffee, she was very honest about the workload" (set BX), "role-play
        # with the angry VIP, she played it way too well", "dissolution discussion - he
        # asked abt biorelevant media" (set CJ): the thing, and a remark on it that the
        # note cannot join to it; but after an occasion only, what they did is the moment
        # ("video call, he asked about my view on crypto risk appetite", set DM: "I
        # especially enjoyed the video call.")
        occasion = text[: remark.start()].split()
        deed = text[remark.start() :].lstrip(",–— ").split(" ", 2)
        done = len(deed) == 3 and deed[0] in ("he", "she") and deed[1] in _DEEDS
        done = done and not rx.search(r"\s[–—]\s|!", deed[2])  # "... — nice": a jot
        text = f"when {' '.join(deed)}" if len(occasion) <= 2 and done else text[: remark.start()]
        text = rx.sub(r"\s+after$", " afterwards", text)  # "lunch with the brigade after, he ..."
    if _REMARK_ON_THEM.match(text) and not rx.match(r"(?:the|a|an|your|my|our)\b", text, re.I):
        return None  # what they were like, not a moment to recall
    if not lexicon.is_english(text):
        return None  # "el recorrido por la torre B": an English note cannot use it as is
    if text[:1] in "'‘“\"":
        return None  # "'logistics wins wars', noted" (set CL): a saying, with no frame for it
    advice = head.rsplit(" ", 1)[-1].lower() in ("tip", "advice", "reminder", "suggestion")
    bidden_words = aside.split()
    while len(bidden_words) > 1 and bidden_words[0].lower() in ("always", "never", "just", "first"):
        bidden_words = bidden_words[1:]  # "always bring ...": bring
    first = bidden_words[0].lower() if bidden_words else ""
    bidden = lexicon.verb(first)
    imperative = bidden is not None and "VB" in bidden.tags and first == bidden.lemma
    if dash and advice and imperative and (bidden_aside or not _instruction(aside)):
        # "yamamoto-san's tip - read JIS Q 9100 before day one" (set CL): the tip to do it,
        # without a comment jotted after it
        kept = text.split(" – ", 1)[1] if " – " in text else aside
        text = f"{head} to {kept.rstrip('.!')}"
        dash = ""
    heard = head.split()
    if dash and len(heard) == 2 and heard[1].lower() in _TOLD and text.startswith(head):
        # "your story - first robotic knee in the hospital, 2023, took 4 hrs" (set CR):
        # what the story was about, not "your story" alone, which says nothing
        about = rx.split(r"[,;(]| – ", aside, maxsplit=1)[0].strip().rstrip(".!?")
        words = about.split()
        verb = lexicon.verb(words[0].lower()) if words else None
        spoken = _SUBJECT_START.match(about) or any(_only_finite(w) for w in words)
        if len(words) >= 2 and not (verb and verb.tags & {"VBD", "VBZ"}) and not spoken:
            text, dash = f"{head} about {with_the(about)}", ""
    if dash and len(head.split()) > 1 and text.startswith(head) and _jotted(aside):
        # "the walk through the calados – 400 yr old cellar", "the crm case study – the
        # 'silent FO' one" (set CB), "... – answered badly, too long": a detail or a verdict
        # jotted after the thing, which a sentence about it does without
        text = head
    # a note's abbreviations written out ("6 hrs early", "the prior yr mgmt letter"); a
    # moment that keeps one of texting's ("omg", "tbh") is a jot no note can say
    text = shorthand.expand(text)
    if any(shorthand.is_note_abbreviation(w.strip(",.;:!?")) for w in text.split()):
        return None
    first, _, rest = text.partition(" ")
    if first in _DEEDS and rx.fullmatch(r"(?:me|us) \w+", rest) and rest.endswith(("ly", "ight")):
        return None  # "asked me straight" (set DM: "Thank you also for asking me straight."): what?
    if _deed_without_its_doer(first, rest):
        # "showed me the control room during shift handover", "asked how I'd seat the
        # section" (set CY: "I really enjoyed showed me ..."): jotted without the person
        # who did it, the reader
        text = f"when you {text}"
        # "told about the farmer who ..." (set DD: "for telling about the farmer"): told me
        text = rx.sub(r"^when you told about\b", "when you told me about", text)
    told = rx.match(
        r"(?:your|his|her|their|the) (?:(?!that|where|who|which|when|whose|I)\S+ ){0,3}?"
        r"(?:is|are|was|were|has) ",
        text,
        re.I,
    )
    if told and not rx.match(r"(?:the (?:moment|time|way)|when|how) ", text, re.I):
        return None  # "her grandson is in calc next yr": a statement, no moment to recall (BO)
    if _said_of_theirs(text):
        # "your grandfather founded the company in 1958" (set DC: "I particularly enjoyed
        # your grandfather founded ..."): what they told, heard
        text = f"hearing how {text}"
    if text[:4].lower() in ("him ", "her "):
        text = you_first(text)  # "him pulling up the photos ..." (set BT)
    found = rx.match(
        r"(?:that )?we (?:both )?(?:realised|realized|found out|found|discovered|learned|learnt)"
        r" (?:that )?(.+)$",
        text,
        re.I,
    )
    shared = rx.match(r"(?:that )?we (?:both |all )?(\w+)\b", text, re.I)
    if found or (shared and shared.group(1).lower() in _SHARED_PASTS):
        # "We both sat the FE-1s in the same sitting." (set CE: a bare statement), "that we
        # both did our fieldwork at Manhyia", "we realised we share a surname": what the
        # two of them found they share
        fact = found.group(1) if found else text.removeprefix("that ")
        return f"finding out that {fact}".rstrip(".;:, "), False
    if text.lower().startswith("that you "):  # "that you remembered my late father" (CE)
        text = text[5:]
    doing = rx.match(r"you\s+(\w+ing)\b\s*(.*)$", text, re.I)
    reading = lexicon.verb(doing.group(1).lower()) if doing else None
    if doing and reading:
        # "You lending me your reed knife before round 2", "Tom asking the q about breaks"
        # (set CD): what they did, as the moment they did it ("I especially enjoyed asking
        # the question" read as the writer's own)
        past = lexicon.past_tense(reading.lemma) or doing.group(1).lower()
        text = f"when you {past} {doing.group(2)}".strip()
    elif _SUBJECT_START.match(text):
        text = you_first(text)  # "he drew the purification train ...": the reader (BP)
        if text.startswith("you ") and (" he " in text or " she " in text):
            # "Mr Mokoena said he was also a Thuthuka bursar" (named first, set BM): you
            text = rx.sub(
                r"\b(said|told me|mentioned|explained) (?:he|she) (was|is|had|has)\b",
                lambda m: f"{m.group(1)} you {_FOR_YOU_VERB[m.group(2)]}",
                text,
            )
        told = rx.match(r"you (\w+)\b", text)
        if not (told and _told_of(told.group(1))):
            text = text[0].upper() + text[1:]
            return (text if text.endswith((".", "!", "?")) else text + "."), True
        # "You asked me to walk you through a clawback." (set CD: a bare statement, with
        # nothing said of it): the moment they did it, which the note thanks them for; a
        # state is the way they were ("you knew every dog in the waiting room by name", set
        # HD: "the moment you knew ...", read as a frame that does not fit)
        verb = lexicon.verb(told.group(1).lower())
        text = f"{'how' if verb and verb.lemma in _STATES else 'when'} {text}"
    text = text.rstrip(".;:, ")
    if ".m" in text:
        text = rx.sub(_AM_PM, r"\1.m.", text)  # "before 7 a.m" ends "a.m."
    story = rx.fullmatch(r"(your|his|her|the) ((?:\S+ ){3,})(story|anecdote|tale|yarn|case)", text)
    if story and story.group(3) == "case" and (story.group(1) != "the" or "ing " in text):
        story = None  # "your memories of pleading the cement cartel case": the case itself
    inside = story.group(2).lower().split() if story else []
    if set(inside) & _STORY_HEADS:
        # a story told already, its last word a thing in it: "the story of how the samizdat
        # tapes came out of Prague in a cello case" (set JY: "the case of the story of how
        # ... in a cello")
        story = None
    if story and _names_a_story(story.group(2).split()):
        # "his Changi approach in the monsoon story" (set CB): the reader's story about it;
        # "the hedgehog with the dental abscess case" (set CC): the case of it
        about = story.group(2).strip()
        about = about if about.split(" ", 1)[0].lower() in FUNCTION_WORDS else f"the {about}"
        if story.group(3) == "case":
            text = f"the case of {about}"
        else:
            text = f"your {story.group(3)} about {about}"
    clause = rx.match(r"(when|how)\s+(.+)$", text, re.I)
    if clause:  # "when you brought up X" reads as "the moment you brought up X"
        text = (
            f"{'the moment' if clause.group(1).lower() == 'when' else 'the way'} {clause.group(2)}"
        )
    first, sep, rest = text.partition(" ")
    acting = rest.split(" ", 1)[0].endswith("ing")  # "Tom asking the question": a name
    if first[:1].isupper() and first[1:].islower() and lexicon.is_common_word(first) and not acting:
        text = first.lower() + sep + rest
    elif first.lower() in FUNCTION_WORDS:
        text = first.lower() + sep + rest
    # "driving me out to the de-icing pad": a deed done for someone, no thing (set EH: "I
    # particularly enjoyed the driving me out to ...")
    done_for = (
        first.lower().endswith("ing")
        and rest.split(" ", 1)[0] in _DONE_FOR
        and lexicon.noun(first.lower()) is None  # not "evening you hosted for us"
    )
    if not done_for and (_bare_thing(text) or _bare_name_of_a_thing(text)):
        # "walk through the fettling shop": the walk; "DHIS2 dashboard demo", "shaking
        # table video from E-Defense" (set BZ): the demo, the video
        given = with_the(text)
        # a moment is one event even where a topic would be a field: "the code blue
        # simulation" (set CC), not "code blue simulation"; and these things, not such
        # things: "the FIDIC red book questions" (set CJ)
        one = _one_event(text.split()) or _these_things(text.split())
        text = given if given != text or not one else f"the {text}"
    text = said_to_them(addressed(text))  # "the wind farm they nearly lost": you
    # advice jotted with no one's name is the reader's: "tip: always bring ..." (set DL)
    text = rx.sub(r"^the (tip|advice|suggestion|reminder) to\b", r"your \1 to", text)
    # told me: "he told how the first 20 tablets were carried ..." (set DM: "Thank you as
    # well for telling how ...")
    text = rx.sub(r"\byou told (about|how|what|why|where|of)\b", r"you told me \1", text)
    after = rx.search(r"\btheir (\w+)", text)
    kin = after is not None and after.group(1).lower() in _KIN  # "their son's memory"
    if after and not kin and not _their_before(text):
        # "the whiteboard sketch of their interrupt latency problem" (set CH): no one but
        # the reader's side for "their" to stand for
        text = rx.sub(r"\btheir\b", "your", text)
    return text, False


def _their_before(text: str) -> bool:
    """Whether something comes before "their" that it may stand for: a plural noun or
    a group ("the crew and their rota"), a person or a name ("a candidate who lied on
    their CV", "Google and their hiring process")."""
    before = f" {text} ".split(" their ", 1)[0].split()
    grouped = any(
        lexicon.is_plural_noun(w.lower().strip(",;:'’")) or w.lower() in ("they", "team", "we")
        for w in before
    )
    # not the moment's first word, nor the thing "their" is a part of: "the cross-section
    # SEM of their first 16-high stack" (set HC: "their" with no one before it)
    owned = before[:-2] if len(before) > 2 and before[-1] == "of" else before
    named = any(w[:1].isupper() for w in owned[1:])
    return grouped or named or someone_else([w.strip(",;:") for w in before[1:]])


# Verbs of a state, not a deed: "you knew every dog by name" is the way they were.
_STATES: Final = frozenset("know love seem own".split())
# What a person shares when they tell it ("your story about ..."): a note thanks them
# for sharing it.
_TOLD: Final = frozenset(
    "story stories anecdote anecdotes account tale tales memory memories recollection "
    "recollections experience experiences".split()
)
# What a person does for another, which a note thanks them for ("showing me the floor",
# "telling me how the shop began"); not any act ("pulling the diffuser out of your bag").
_GIVING: Final = frozenset(
    """show walk take tell explain describe introduce share give offer invite demonstrate
    teach guide lend let ask answer sketch draw""".split()
)
# Small talk, which a note can only have enjoyed: "the braai and Springboks chat".
_CHAT: Final = frozenset(
    "chat chats tangent joke jokes banter laugh laughs debate argument aside".split()
)
# What a person gives or offers, which a note thanks them for as it is ("the tip
# about ...", "the tour of the unit").
GIVEN: Final = frozenset(
    """advice tip tips reminder suggestion suggestions recommendation recommendations
    pointer pointers explanation walk walkthrough walk-through tour tours demo demos
    demonstration visit invitation introduction introductions debrief feedback coffee
    lunch sketch tasting look peek preview insight insights offer drive ride lift""".split()
)


# Things of theirs a person shows another: "your photo of ...", "your map of ...".
_SHOWN: Final = frozenset(
    """photo photos photograph photographs picture pictures map maps video videos slide
    slides diagram diagrams chart charts drawing drawings footage""".split()
)


# Words after the head of a moment's noun phrase, beside the prepositions.
_HEAD_ENDS: Final = frozenset(
    "round past off up out like near that which who when where you we".split()
)


@dataclass(frozen=True, slots=True)
class Moment:
    """A moment to recall, as a note can say it.

    `text` is the phrase ("your story about the night the billing system went
    down"); `thanks` what a note can thank the person for, when the moment is
    something they gave ("sharing your story about ...", "the tour of the unit",
    "showing me the new dispatch floor"), else None; `kind` is "thanks" then,
    "doing" for something done together ("unloading the produce truck together"),
    "chat" for small talk ("the braai and Springboks chat before we started"),
    "said" for what they said ("your question about my practicum"), and "other" for the
    rest ("the photos of the sand dam").
    """

    text: str
    thanks: str | None
    kind: str


def recalled(moment: str) -> Moment:
    """How a note can recall a moment written as a phrase (see `moment_in_sentence`)."""
    words = moment.split()
    first = words[0].lower() if words else ""
    lead = rx.match(r"(?:the (?:moment|time)|when) you (\S+)(.*)$", moment, re.I)
    if lead:
        reading = lexicon.verb(lead.group(1).lower())
        done = _doing(lead.group(1), lead.group(2))
        if done and rx.search(r"\band (?:you|she|he|they) \w", lead.group(2)):
            return Moment(moment, None, "chat")  # "... and you knew two of them": not thanks
        asked = reading is not None and reading.lemma == "ask"
        question = asked and rx.match(
            r"\s+(?:me\s+)?((?:what|how|why|whether|if|when|where|which|who)\s+I\b.*"
            r"|about a time I\b.*"
            # and one about the candidate's faults: "asked about my worst lab mistake" (DR)
            r"|about my (?:worst|biggest|greatest|weak\w*|mistakes?|failures?|gaps?)\b.*)$",
            lead.group(2),
        )
        if question:
            # a question the interview put to the candidate, no kindness to thank them for
            # (sets DF to DJ: "Thank you also for asking about a time I disagreed with a
            # captain."): "your question on how I'd handle ..."
            asked_of = rx.sub(r"^if\b", "whether", question.group(1))  # "on if I'd" (set DX)
            joined = "your question" if asked_of.startswith("about ") else "your question on"
            return Moment(f"{joined} {asked_of}", None, "said")
        if done and reading and reading.lemma in _GIVING:
            return Moment(moment, done, "thanks")  # "showing me the new dispatch floor"
        if done and _GRAVE.search(moment):
            # a disaster told is thanked for, not enjoyed (set EW: "I especially enjoyed the
            # moment you talked about the 1985 accident")
            return Moment(moment, done, "thanks")
        if done:
            return Moment(moment, None, "chat")  # "the moment you pulled the diffuser out"
    reading = lexicon.verb(first) if first.endswith("ing") else None
    if reading and "VBG" in reading.tags:
        if len(words) > 1 and words[1].lower() in ("me", "us"):
            return Moment(moment, moment, "thanks")  # "showing me the control room": theirs
        return Moment(moment, None, "doing")  # "comparing notes on the Gulf deployment"
    head = _head_noun(words)
    besides = {w.lower() for w in words[1:]} if first == "the" else set()
    mutual = bool(besides & {"we", "us", "both"})  # told by both of them
    if head in _TOLD and first in ("your", "the") and not mutual:
        return Moment(moment, f"sharing {moment}", "thanks")
    if head in _TOLD and mutual:
        return Moment(moment, None, "chat")  # "the horror stories we traded": told by both
    if first == "the" and rx.match(r"the (?:19|20)\d\d [a-z]", moment) and not mutual:
        # a year's event, which they told of: "the 2011 blizzard when half the tax department
        # slept at the Palmer House" (set JQ: "I really enjoyed the 2011 blizzard ...")
        return Moment(moment, f"telling me about {moment}", "thanks")
    if (
        first == "the"
        and not (mutual or "you" in besides)
        and head not in _CHAT | GIVEN
        and _happened(moment)
    ):
        # a thing that did something, which they told of: "the hyena that kept chewing the
        # cable trays in Lokichogio" (set JW: "I really enjoyed the hyena ...")
        return Moment(moment, f"telling me about {moment}", "thanks")
    if first == "your" and len(words) > 2 and words[1].lower() in _LIVED and not mutual:
        # a part of their life, which they told of: "your years as a harbour pilot in
        # Kilindini" (set KD: "I particularly enjoyed your years as a harbour pilot")
        return Moment(moment, f"telling me about {moment}", "thanks")
    if head in _SHOWN and first == "your" and not mutual:
        # a thing of theirs they showed, thanked for showing: "your photo of the Juja culvert
        # after the April floods" (set JP: "I particularly enjoyed your photo of ...", damage
        # enjoyed)
        return Moment(moment, f"showing me {moment}", "thanks")
    if head in GIVEN and first in ("your", "the"):
        # "the site walk at level 4 with you" (set CJ): thanked for the walk
        return Moment(moment, rx.sub(r"\s+with you$", "", moment), "thanks")
    shown = _SHOWN_BY_YOU.match(moment)
    after = shown.group(4).split(" ", 2)[1:2] if shown else []
    if shown and after and after[0].lower() not in PREPOSITIONS:
        shown = None  # "the way you explained the rota", "the patient you described who ..."
    if shown and head not in _CHAT:
        # a thing the reader explained or showed, thanked for as their doing: "the tobacco
        # tie you explained at the start of the panel" is "explaining the tobacco tie at
        # the start of the panel" (set JC: "I particularly enjoyed the tobacco tie you
        # explained", a ceremony enjoyed, 3 notes)
        verb = lexicon.verb(shown.group(2))
        doing = verb and lexicon.verb(verb.lemma)
        if doing and len(doing.forms) > 2 and doing.forms[2]:
            shows = shown.group(2) == "showed"  # "showing me the photo", not "showing the photo"
            to = f" {shown.group(3)}" if shown.group(3) else (" me" if shows else "")
            told = f"{doing.forms[2]}{to} the {shown.group(1)}{shown.group(4)}"
            return Moment(moment, told, "thanks")
    if first == "the" and _MADE_BY_YOU.search(moment) and head not in _CHAT:
        # a thing the reader made, which a note thanks them for telling of, not enjoys (set
        # JD: "I really enjoyed the queue-tracking app you built for the drivers")
        return Moment(moment, f"telling me about {moment}", "thanks")
    if besides & {"we", "us", "me"}:
        return Moment(moment, None, "chat")  # "the children showing me their ant hill"
    if head in _CHAT or rx.match(r"the (?:moment|time) (?:I|we)\b", moment):
        # "the tangent about Seattle vs Seoul coffee"; "the moment I switched to Korean"
        return Moment(moment, None, "chat")
    if first == "your" and head in _SAID:
        return Moment(moment, None, "said")  # "your point about ...": what they said
    return Moment(moment, None, "other")


def _happened(moment: str) -> bool:
    """Whether a moment is a thing and what it did, in the past: "the Labrador who ate an
    entire Christmas pudding", "the church basement that turned into a warehouse"; not
    what someone did to it ("the cake that Anna baked") or what it is ("the view that
    was")."""
    found = rx.match(r"the [^,;]+? (?:that|which|who) (\w+)\b", moment)
    reading = lexicon.verb(found.group(1).lower()) if found else None
    return bool(reading and "VBD" in reading.tags and reading.lemma not in ("be", "have"))


# Parts of a life a moment may name: "your years as a harbour pilot".
_LIVED: Final = frozenset(
    "year years day days time career childhood stint decade decades youth".split()
)
# The words for a story a moment may name itself by.
_STORY_HEADS: Final = frozenset("story stories anecdote tale yarn account".split())


# A thing the reader explained or showed: "the tobacco tie you explained at the start".
_SHOWN_BY_YOU: Final = Lazy(
    r"^the ([^,;]+?) you (explained|described|showed|demonstrated|introduced)(?: (me|us))?\b(.*)$"
)
# A thing the reader made: "the app you built", "the dashboard you designed".
_MADE_BY_YOU: Final = Lazy(
    r"^the [^,;]*?\b(?:you|you've) (?:built|made|designed|wrote|created|developed|coded|"
    r"set up|put together|programmed|engineered)\b"
)


def as_recalled(moment: str, is_sentence: bool) -> str:
    """The sentence a note recalls a moment in, in its plainest wording: the moment
    model reads this (see `reads_well`).

    ("showing me the dispatch floor", False) -> "Thank you also for showing me the
    dispatch floor."; ("your point about churn", False) -> "I appreciated your point
    about churn."; ("You drew the train from memory.", True) -> itself.
    """
    if is_sentence:
        return moment
    said = recalled(moment)
    if said.thanks:
        return f"Thank you also for {said.thanks}."
    if said.kind == "said":
        return f"I appreciated {moment}."
    return f"I really enjoyed {moment}."


def reads_well(moment: str, is_sentence: bool) -> bool:
    """Whether a note can recall the moment as `moment_in_sentence` gave it, as a
    careful writer would send it.

    The mends of `moment_in_sentence` take out what candidates are seen to jot (a
    verdict after a comma, a note to oneself, shorthand); what they jot next no
    list foresees: "I really enjoyed the walked me through the swab recovery
    study", "I greatly enjoyed cupping session w Mao". The moment model
    (`shape_model`, trained by blind readers' labels of recalled moments in
    `tools/data/moments/`) reads the shape of the sentence, and a moment it does
    not let through is left out of the drafts (`to_recall`), which
    `rendering.left_out` reports.
    """
    told = moment.split()
    if not is_sentence and len(told) == 2 and told[1].lower() in _TOLD | _SAID:
        # "I am also grateful to you for sharing your story." (set CR), "I appreciated
        # your question." (set CS): which?
        return False
    return shape_model.reads_well(as_recalled(moment, is_sentence), "moment")


# What a person says, which a note appreciated ("your point about ..."); not a thing of
# theirs ("I appreciated your shed at Matamata", set CP).
_SAID: Final = frozenset(
    """point points question questions remark remarks comment comments take thoughts view
    views words answer answers perspective idea ideas observation observations
    description explanation analogy example examples case""".split()
)


# A loss or a grave illness the person spoke of, which no drafted line can recall with
# the care it needs (set CD: "I really enjoyed your late husband's stay on AMU in 2019",
# "I really enjoyed the moment you talked about losing a mum").
_KIN_LOST: Final = (
    r"(?:mum|mom|mother|dad|father|parent|child|baby|son|daughter|husband|wife|partner|"
    r"brother|sister)"
)
_SENSITIVE: Final = Lazy(
    rf"\b(?:(?:her|his|their|your)(?: own)? late {_KIN_LOST}|"
    rf"(?:losing|lost) (?:a|an|her|his|their|your|our) {_KIN_LOST}|"
    rf"(?:her|his|their|your|my) {_KIN_LOST}(?:'s)? (?:died|passing|death|funeral)|passed away|"
    # a person hurt or killed: "the nurse who got punched in triage last spring" (set CE)
    r"who (?:got|was|were) (?:punched|assaulted|attacked|stabbed|shot|killed|abused|raped)|"
    # a person lost: "after his crew lost a guy in '19" (set CN)
    r"lost (?:a|one of (?:our|their|his|her|the)) (?:guy|man|woman|colleague|member|firefighter|"
    r"officer|friend|brother|sister|patient|child|kid|miner|worker)s?|"
    r"who died|"
    r"(?:her|his|their|your) (?:own )?(?:cancer|illness|diagnosis|miscarriage|grief)|"
    r"miscarriage|stillbirth)\b",
    re.I,
)


def _bidding(word: str) -> bool:
    """Whether a word bids, as a tip's first word does before its object: a verb in its
    base form ("keep a change log", "check the logs"; not "streaming")."""
    reading = lexicon.verb(word)
    return reading is not None and reading.lemma == word


# A disaster someone tells of, which a note thanks them for telling, never enjoys.
_GRAVE: Final = Lazy(
    r"\b(?:accidents?|crash(?:es)?(?! course)|disasters?|explosions?|tragedy|tragedies|"
    r"fatalit(?:y|ies)|earthquakes?|tsunami|massacre|shooting)\b",
    re.I,
)


def is_grave(moment: str) -> bool:
    """Whether a moment speaks of a disaster or a harm to others, which a note recalls but
    does not say it enjoyed: "the photos of the 1965 El Cobre dam failure in your office"
    (set KO: "I particularly enjoyed the photos of ...")."""
    return bool(_GRAVE.search(moment) or _HARMS.search(moment))


# Disasters and harms, by their nouns and their verbs.
_HARMS: Final = Lazy(
    r"\b(?:disasters?|catastroph\w+|tragedy|tragedies|(?:dam|bridge|levee|mine|structural) "
    r"(?:failure|collapse|breach)|collapsed?|explosions?|exploded|wildfires?|bushfires?|floods?|"
    r"flooding|earthquakes?|tsunamis?|hurricanes?|typhoons?|cyclones?|landslides?|mudslides?|"
    r"outbreaks?|epidemics?|pandemic|accidents?|crash(?:es|ed)?|spills?|derail\w*|sinking|sank|"
    r"wars?|bombings?|shootings?|famine|drought|fatalit\w+|deaths?|died|killed|injur\w+|"
    r"evacuat\w+|homeless\w*|eviction|waiting (?:\w+ )?(?:months|years) for)\b",
    re.I,
)


def is_sensitive(moment: str) -> bool:
    """Whether a moment speaks of a death, a loss or a grave illness."""
    return bool(_SENSITIVE.search(moment))


# What two people find they have both done or been: "we both served on ...", "we were
# both at Camp Lemonnier", "we both sat the FE-1s".
_SHARED_PASTS: Final = frozenset(
    """were served did sat studied trained worked went grew lived attended had knew
    started began deployed qualified""".split()
)
# The verbs of "he" or "she" said of "you".
_FOR_YOU_VERB: Final = {"was": "were", "is": "are", "had": "had", "has": "have"}


# An emoji (or several) between two words.
_EMOJI_BETWEEN: Final = Lazy(r"(?<=\w)\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+\s*(?=\w)")


def _told_of(verb: str) -> bool:
    """Whether a verb in the past says what the reader did ("asked", "brought", "drew"),
    not a state ("were", "had")."""
    if verb in ("was", "were", "had", "did", "could", "would"):
        return False
    reading = lexicon.verb(verb)
    return reading is not None and "VBD" in reading.tags


def _jotted_after_comma(tail: str) -> bool:
    """Whether the words after a moment's last comma are a comment jotted on it: a
    feeling ("was so nervous"), a word or two of judgement ("fun one", "different
    decades", "freezing") or of another language ("ang kulit"), or what they said ("said
    I'd be on it day 1"); not a detail ("years apart", "slower", "class of 2003"), a
    contrast ("not the monitors") or a quotation."""
    words = tail.split()
    if words and words[0].lower() in ("said", "says", "reckons", "thinks"):
        return True  # "..., said I'd be on it day 1" (set CI): what they said, jotted
    if tail.lower().startswith(("the one ", "that one")):
        return True  # "your TP audit story from 2021, the one with the pharma client" (CM)
    if (
        words
        and words[0].lower() in ("almost", "nearly", "only", "barely", "no")
        and len(words) <= 5
    ):
        return _verbless_jot(words)  # "..., almost no money" (set DT): a detail, no verb
    if words and words[0][:1].isdigit() and len(words) <= 4:
        return _verbless_jot(words)  # "..., 1 year cliff" (set DS): a figure jotted after it
    if words and words[0] in ("I", "it") and len(words) <= 6 and len(words) > 1:
        # "..., I didn't expect it, it calmed me" (set DN): how the writer took it
        return bool(_finite(words[1].lower()) or "'" in words[1] or "’" in words[1])
    if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        # "..., the ladies' songs", "..., the environmental monitoring plates" (set DN): a
        # thing named again without a verb, or a statement about one ("..., the tomatoes
        # are a disaster you said"): the writer's gloss, which the sentence does without
        stated = any(w.lower() in ("is", "are", "was", "were") for w in words[1:])
        return _verbless_jot(words[1:]) or stated
    if not words or rx.search(r"(?:^|\s)['‘\"“]", tail) or tail.rstrip().endswith("?"):
        return False
    first = words[0].lower()
    if first in ("was", "were", "felt") and len(words) <= 5:
        return True  # "was so nervous", "felt it through the boots" (set CL): how it felt
    told = lexicon.verb(first)
    if told and "VBD" in told.tags and len(words) <= 6 and first not in _NOT_JOTS:
        # "loved it", "learned a lot", "smelled awful but impressive" (set CL): the
        # writer's verdict, without "I"
        return True
    figured = any(c.isdigit() for c in tail) and len(words) <= 6
    if told and "VBN" in told.tags and figured and first not in _NOT_JOTS:
        # "..., stuck on site 11 days" (set DX): a detail of it, in a participle and a figure
        return True
    if first in _NOT_JOTS or first in FUNCTION_WORDS or first in PREPOSITIONS:
        return False
    if len(words) <= 4 and all(_judging(w.lower()) for w in words):
        return True  # "awkward but fun", "super direct": the writer's verdict (set CD)
    noun = lexicon.noun(first)
    bare = noun is not None and first.isalpha() and not _finite(first)
    second = lexicon.verb(words[1].lower()) if bare and len(words) > 2 else None
    if second is not None and "VBD" in second.tags:
        return True  # "..., team slept at the newsroom 3 nights" (set CN): a remark on it
    # a word that is a noun too is read as one: "motion base still in crates" (set CK)
    verbs = [w for w in words[1:] if _finite(w.lower()) and lexicon.noun(w.lower()) is None]
    if bare and len(words) <= 5 and not verbs:
        # "host still on air", "10 years apart" (set CD): a detail jotted without its
        # article or verb, which the sentence does without
        return True
    described = bare or (lexicon.is_adjective(first) and lexicon.noun(words[1].lower()) is not None)
    described = described or (first.isalpha() and lexicon.is_plural_noun(first))
    if described and len(words) > 2 and not verbs:
        # "..., fire separation detail at the stair", "..., honest talk about living in
        # Tsukuba" (set DM), "..., faxes at 3am" (set DL): a second thing jotted without
        # its article
        return any(w.lower() in PREPOSITIONS for w in words[1:])
    if len(words) > 2 or any(c.isdigit() for c in tail):
        return False
    if not any(lexicon.is_known_word(w.lower()) for w in words):
        return True  # "ang kulit": a word of another language
    return lexicon.is_adjective(first) and not first.endswith("er")


def _verbless_jot(words: list[str]) -> bool:
    """Whether jotted words have no finite verb, a plural noun that is also a verb's
    present ("plates", "songs") counting as the noun."""
    return not any(_finite(w.lower()) and not lexicon.is_plural_noun(w.lower()) for w in words)


def _in_quotes(text: str) -> bool:
    """Whether a quotation opened in the text is still open at its end."""
    # not "'09"; but "'70% storytelling, 30% Excel'" (set GW: cut at its comma)
    opened = len(rx.findall(r"(?:^|\s)['‘\"“](?=[^\W\d_]|\d+%)", text))
    closed = len(rx.findall(r"\w['’\"”](?=\s|$|[,.;:!?])", text))
    return opened > closed


def _judging(word: str) -> bool:
    """A word of a verdict: an adjective or adverb, or "and", "but", "so"."""
    return word in ("and", "but", "so", "very", "super", "really") or (
        lexicon.is_adjective(word) and not word.endswith("er")
    )


def _finite(word: str) -> bool:
    """Whether a word is a verb in a tense ("is", "went", "keeps"), not a participle."""
    if word in ("is", "are", "was", "were", "has", "had", "have"):
        return True
    reading = lexicon.verb(word)
    return reading is not None and bool(reading.tags & {"VBD", "VBZ", "VBP"})


# Words that begin a detail or a contrast after a comma rather than a comment on it.
_NOT_JOTS: Final = frozenset("not just only even half back then still".split())


def _names_a_story(words: list[str]) -> bool:
    """Whether the words before "story" say what it is about, as a noun phrase
    ("Changi approach in the monsoon"), not a clause ("line that an audit file should
    read like a")."""
    clause = {"that", "which", "who", "is", "are", "was", "were", "should", "would", "like"}
    clause |= {"his", "her", "your", "my", "their", "our"}  # "the video review of her X case"
    return words[-1].lower() not in FUNCTION_WORDS and clause.isdisjoint(w.lower() for w in words)


# What a person did in a moment worth recalling on its own.
_DEEDS: Final = frozenset("asked showed told explained walked took gave".split())


def _only_finite(word: str) -> bool:
    """Whether a word can only be a verb's past or present: "grew", "knows"."""
    found = lexicon.readings(word.lower())
    return bool(found) and all(r.pos == "v" and r.tags & {"VBD", "VBZ"} for r in found)


def _verbless(words: str) -> bool:
    """Whether a few words after a full stop are a verdict with no verb: "Really good
    one", "Great guy"; not "It changed my view"."""
    found = words.split()
    if not found or len(found) > 4 or found[0].lower() in ("i", "you", "we", "he", "she", "it"):
        return False
    kinds = [lexicon.readings(w.lower().strip(",!")) for w in found[1:]]
    return not any(read and all(r.pos == "v" for r in read) for read in kinds)


def _without_reaction(aside: re.Match[str]) -> str:
    """A bracketed aside at a moment's end, or nothing when it is the writer's own
    reaction: an exclamation ("long!!", "freezing!", set CX) or one or two words of
    verdict ("amazing", "so funny"); not "(the 2019 one)" nor "(Pune)"."""
    words = aside.group(1).split()
    said = [w.strip("!.").lower() for w in words]
    if "!" in aside.group(1) and len(words) <= 4:
        return ""
    if 0 < len(said) <= 2 and all(_judging(w) or w in ("so", "very", "really") for w in said):
        return ""
    return aside.group()


# Words that follow a verb jotted without its subject, and not a word it qualifies as an
# adjective ("guided tour", "mixed feelings"): "showed me", "asked how", "talked about".
_AFTER_A_DEED: Final = frozenset(
    """me us my how what why whether if about to through thru round around up on into over
    the a an his her their your our""".split()
)


def _said_of_theirs(text: str) -> bool:
    """Whether a moment is a statement of something of the reader's in the past: "your
    grandfather founded the company in 1958", "your team won the bid"; not "your story
    about ..." nor "your question on ..."."""
    words = text.split()
    if len(words) < 3 or words[0].lower() != "your":
        return False
    for index in range(2, min(4, len(words) - 1) + 1):
        word = words[index].lower()
        reading = lexicon.verb(word)
        if reading is not None and "VBD" in reading.tags and word != reading.lemma:
            before = [w.lower() for w in words[1:index]]
            return all(lexicon.noun(w) is not None for w in before) and lexicon.noun(word) is None
        if not word.isalpha():
            return False
    return False


def _deed_without_its_doer(first: str, rest: str) -> bool:
    """Whether a moment begins with a verb in the past and what was done, its subject
    left out: "showed me the unit at shift change", "asked how I'd handle ...",
    "explained the tenkin policy"; not "guided tour of the plant"."""
    if not first.isalpha() or not first.islower() or not rest:
        return False
    reading = lexicon.verb(first)
    after = rest.split(" ", 1)[0].lower()
    past = reading is not None and (
        "VBD" in reading.tags or (bool(reading.forms) and reading.forms[0] == first)
    )
    if reading is None or not past:
        return False
    if first == reading.lemma and after not in ("me", "us"):
        return False  # "set", "cut", "let": a past the same as the base, told by "me" after it
    if after not in _AFTER_A_DEED:
        return False
    return after in ("me", "us") or not lexicon.is_adjective(first)


def _jotted(aside: str) -> bool:
    """Whether what follows a moment's dash is a jot rather than a phrase that names
    the thing again ("the Morgon I called as a Fleurie", "my answer about ..."), or a
    clause of its own ("I found it in 2 min"): "400 yr old cellar", "answered badly",
    "the 'silent FO' one"."""
    words = aside.strip().split()
    if not words or _SUBJECT_START.match(aside.strip()):
        return False
    named = words[0].lower() in ("the", "a", "an", "your", "his", "her", "my", "our", "their")
    if named and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        # a thing named again with no verb is a gloss for the writer: "– the 2019 near-miss",
        # "– the crankcase story from 2019 off Vestmannaeyjar" (set DK, read as notes to
        # self); not "the Morgon I called as a Fleurie"
        told = any(
            w.lower() in ("i", "you", "he", "she", "we", "they") or _only_finite(w)
            for w in words[1:]
        )
        return not told
    return not named or words[-1].lower().strip(".!?") == "one"


# The writer's note that a moment is not to be said: "dont mention in note", "NDA",
# "off the record", "confidential".
_NOT_FOR_THE_NOTE: Final = Lazy(
    r"\b(?:do\s*n[o']?t|do not|never)\s+(?:mention|bring (?:it |this )?up|say|include)\b|"
    r"\bNDA\b|\boff the record\b|\bconfidential\b|\bnot (?:for|in) (?:the )?note\b",
    re.I,
)
# What a person was like, which a note does not tell them: "lucky was late, seemed
# distracted, not sure he's on board" (set CQ); "she was very honest about the workload"
# is said to them as a sentence of its own (`you_first`).
_REMARK_ON_THEM: Final = Lazy(
    r"^(?:(?:he|she|they)\s+(?:seemed|seems|looked|looks|sounded)|"
    r"(?!(?:he|she|they|you|i|we)\b)[^\W\d_][\w'’-]*\s+(?:was|were|is|seemed|seems|looked|looks|"
    r"sounded|felt))\b",
    re.I,
)


def _instruction(aside: str) -> bool:
    """Whether an aside is the writer's note to themselves: a verb to do, and what
    ("mention it gently", "don't bring up the merger", "ask about parking")."""
    words = aside.lower().split()
    if not words:
        return False
    if words[0] in ("don't", "dont", "do", "never", "avoid"):
        return True
    reading = lexicon.verb(words[0])
    told = reading is not None and "VB" in reading.tags and words[0] == reading.lemma
    objects = ("it", "them", "this", "that", "about", "again", "to")  # "remember to send ..."
    return told and len(words) > 1 and words[1] in objects


def _head_noun(words: list[str]) -> str:
    """The last word before the first preposition, clause or comma: the head of a
    noun phrase ("your 3 a.m. story about the M6.2" -> "story")."""
    head = ""
    for word in words:
        bare = word.lower().rstrip(",;:")
        if (bare in PREPOSITIONS and bare not in ("and", "or")) or bare in _HEAD_ENDS:
            break
        head = bare
        if word.endswith((",", ";", ":")):
            break
    return head


def _doing(verb: str, rest: str) -> str | None:
    """ "showed", " me the new dispatch floor and explained the rota" -> "showing me
    the new dispatch floor and explaining the rota"; None when the word after "you"
    is not a verb in the past."""
    done = _gerund(verb)
    if done is None:
        return None
    if done == "showing" and rx.match(r" (?:the|a|an|his|her|their|some|all|how)\b", rest):
        rest = f" me{rest}"  # "when he showed the wall of sticky notes" (set EA): showed me
    rest = rx.sub(
        r"\b(and|then) ([a-z]+)\b",
        lambda m: f"{m.group(1)} {_gerund(m.group(2)) or m.group(2)}",
        rest,
    )
    return f"{done}{rest}"


def _gerund(word: str) -> str | None:
    """The -ing form of a verb in the simple past ("showed" -> "showing")."""
    reading = lexicon.verb(word.lower())
    if reading is None or not reading.tags & {"VBD"}:
        return None
    lemma = lexicon.verb(reading.lemma)
    forms = lemma.forms if lemma else ()
    return forms[2] if len(forms) > 2 and forms[2] else None


def _bare_name_of_a_thing(text: str) -> bool:
    """Whether a moment starts with a word of English or an acronym and no one's name
    ("DHIS2 dashboard demo", "arvo smoko chat"), which `with_the` can give "the" as it
    does a topic; not a person or another language ("Dato' Sri's story", "chị Hà")."""
    words = text.split(" ")
    first = words[0]
    if any(w.endswith(("'s", "’s")) for w in words[:3]):
        return False
    acronym = first[:2].isupper() and first.isalnum()
    parts = first.split("-")  # "role-play with the angry VIP"
    return acronym or (
        first.islower() and all(p.isalpha() and lexicon.is_known_word(p) for p in parts)
    )


def _one_event(words: list[str]) -> bool:
    """Whether a bare moment names one thing that happened: its head, before any
    preposition, is a singular noun ("code blue simulation"), with no determiner or
    -ing form before it ("comparing notes on ...", "tasting the new Malbec")."""
    head = _head_noun(words)
    before = [w.lower() for w in words[: words.index(head) if head in words else len(words)]]
    if (
        not head
        or head.endswith("ing")
        or any(w in FUNCTION_WORDS or w.endswith("ing") for w in before)
    ):
        return False
    if any(w.endswith(("'s", "’s")) for w in before):
        return False  # "professor Kim's joke": named by whose it is
    noun = lexicon.noun(head)
    return noun is not None and "NN" in noun.tags and head == noun.lemma


def _these_things(words: list[str]) -> bool:
    """Whether a bare moment names things of that meeting: a plural head noun after
    a name or a noun ("FIDIC red book questions"), not an activity ("comparing notes")."""
    head = _head_noun(words)
    if not head or words[0].lower().endswith("ing") or words[0].lower() in FUNCTION_WORDS:
        return False
    return head != words[0].lower() and lexicon.is_plural_noun(head)


# Whom a deed is done for, after its -ing form: "driving me out", "taking us round".
_DONE_FOR: Final = frozenset("me us you him her them".split())


def _with_its_article(thing: str) -> str:
    """A thing jotted after "+" with the article a sentence gives it: "new triage desk"
    -> "the new triage desk"; "where the timpani live", "Macca" as written."""
    first = thing.split(" ", 1)[0]
    if not first.islower() or first in FUNCTION_WORDS or lexicon.verb(first):
        return thing
    if _bare_thing(thing) or (lexicon.is_adjective(first) and " " in thing):
        return with_the(thing)
    return thing


def _bare_thing(text: str) -> bool:
    """Whether a moment starts with a singular noun and no article ("walk through
    the fettling shop", "tour of the plant"), which a sentence needs "the" before."""
    first = text.split(" ", 1)[0]
    if not first.islower() or first in FUNCTION_WORDS:
        return False
    noun = lexicon.noun(first)
    return noun is not None and "NN" in noun.tags and first == noun.lemma
