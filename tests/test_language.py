"""Phrases written in another language are told from English, names and borrowings aside."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from thanknote import draft, lexicon, load_interview
from thanknote.language import is_foreign
from thanknote.rendering import left_out

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    "text",
    [
        "la brigade du samedi",
        "¿contrato de servicios o personal de base?",
        "acreditação JCI (2027)",
        "certificazioni GRS e OEKO-TEX",
        "6 Jahre Steuerberatung",
        "Kassensystem (neu ab Jänner)",
        "Ihre Anekdote über den Fahrkartenautomaten in Wuppertal",
        "Quedo atento a la visita nocturna al muelle que conversamos.",
        "grafik 7 dni / niedziele handlowe",
        "tvítyngi",
    ],
)
def test_a_phrase_in_another_language_is_foreign(text: str) -> None:
    assert is_foreign(text)
    assert not lexicon.is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kafka consumer lag at peak traffic",
        "shift handovers",
        "the pendant lamp brief",
        "KPI",
        "BBIC",
        "PhD biochemistry, Universität Heidelberg",
        "MLaw, Universität St. Gallen (HSG)",
        "Senderos Seguros",
        "Hjallastefna versus our approach",
        "mise en place for 400+ covers",
        "carmenère — when to pick",
        "new intraoral scanner (iTero?)",
        "e-gravel motor integration (Shimano EP8 vs Bosch)",
        "the night the billing system went down",
    ],
)
def test_english_with_names_and_borrowings_is_not_foreign(text: str) -> None:
    assert not is_foreign(text)


# From the blind reading of set AE: a word of another language in an English phrase,
# by its letters ("días", "インバウンド客"); a borrowing English writes with its
# accents ("café") and names ("São Paulo") are English.
def test_a_word_the_model_splits_between_close_languages_is_another_languages() -> None:
    """Set IS: "how you staff the akuttvakt at night" (Swedish to 0.48, Norwegian to 0.30);
    a trade's word English lacks is not ("switchgear" kept its place, "glovebox")."""
    from thanknote.language import is_other_languages_word
    from thanknote.selection import why_left_out

    assert is_other_languages_word("akuttvakt")
    assert is_other_languages_word("utredning")
    assert not is_other_languages_word("glovebox")
    assert why_left_out("how they staff the akuttvakt at night") == "not English"


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("home office 2 días", False),
        ("インバウンド客 - mostly Korea, Taiwan, US", False),
        ("trasporto scene per la tournée", False),
        ("the café menu", True),
        ("São Paulo expansion", True),
        ("Núñez-García's team", True),
        ("the façade works", True),
        # set EF: one long word of another language in small letters, which the model knows
        ("beroepsopleiding follow-up", False),
        ("ploegendienst rota", False),
        ("reachstackers for the yard", True),  # two English words run together
        ("the tokenisation pipeline", True),  # an English ending the model reads as French
        # set EG: two little words of another language ("with the")
        ("permits con el Ministerio de Cultura", False),
        ("the de la Rosa account", True),  # a name's particles
        # set EK: a word in brackets is a gloss the topic is said without
        ("continuous cover (jatkuvapeitteinen) - how much demand really", True),
        # set FJ: a letter with a mark no English word has, whatever the word without it
        ("lớp 3", False),
        ("naïve approach", True),
        # set FI: a word the model takes for French, which French's word list has in use
        ("recrutement international", False),
        ("glovebox capacity", True),
        ("chị Lan's story about her first sewing line", True),  # review: a kinship term
        # sets FR, FS: another language's article or "of the" among small letters
        ("la grilla del prime time", False),
        ("culture du cabinet", False),
        ("Café del Mar launch", True),  # a name's particles
        ("façade repairs", True),  # review: borrowings the model takes for English
        ("focaccia recipe", True),
        # set HE: "de" between words in small letters; not a hyphen's "de-"
        ("la radio de antes", False),
        ("cost de-escalation", True),
    ],
)
def test_a_word_of_another_language_makes_a_phrase_foreign(text: str, english: bool) -> None:
    assert lexicon.is_english(text) is english


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=120))
def test_any_text_gets_an_answer_whatever_its_spacing(text: str) -> None:
    answer = is_foreign(text)

    assert answer in (True, False)
    assert is_foreign("  ".join(text.split())) == answer


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_closing_line_in_another_language_is_left_out_and_reported(template: str) -> None:
    interview = load_interview(EXAMPLES / "panel.toml")
    line = "Quedo atento a la visita nocturna al muelle que conversamos."
    interview = dataclasses.replace(interview, closing_line=line)

    for note in draft(interview, template, today=interview.date):
        assert "Quedo" not in note.text
    reported = [item for item in left_out(interview) if item.field == "closing_line"]
    assert [item.text for item in reported] == [line]
    assert "not in English" in reported[0].reason


def test_a_topic_in_another_language_is_not_named() -> None:
    interview = load_interview(EXAMPLES / "panel.toml")
    person = dataclasses.replace(interview.interviewers[0], topics=("la brigade du samedi",))
    interview = dataclasses.replace(interview, interviewers=(person,))

    for template in ("card", "email", "letter"):
        (note,) = draft(interview, template, today=interview.date)
        assert "brigade" not in note.text


def test_three_words_of_another_language_in_a_row_make_a_phrase_foreign() -> None:
    # set AH: "the carros de limpieza and the kellys' back problems"
    assert not lexicon.is_english("the carros de limpieza and the kellys' back problems")
    assert lexicon.is_english("mise en place for 400 covers")  # a borrowing of two


# Set BR: one long capitalised German noun is another language's; a product's name,
# of as many letters, is not.
@pytest.mark.parametrize(
    ("word", "foreign"),
    [
        ("Kündigungsfrist", True),
        ("Betriebsrat", True),
        ("Salesforce", False),
        ("Kubernetes", False),
    ],
)
def test_a_long_capitalised_noun_of_another_language_is_told(word: str, foreign: bool) -> None:
    from thanknote.language import is_foreign_noun

    assert is_foreign_noun(word) is foreign


# Sets ES, EU: German nouns the model reads poorly alone are found in German's word list,
# as compounds of its words; names of places and products are not.
@pytest.mark.parametrize(
    ("word", "german"),
    [
        ("Kollektivvertrag", True),
        ("Dienstplan", True),
        ("Sicherheitsunterweisung", True),
        ("Johannesburg", False),
        ("Rotterdam", False),
        ("Kubernetes", False),
        ("Salesforce", False),
        ("Onboarding", False),
    ],
)
def test_a_german_compound_noun_is_told(word: str, german: bool) -> None:
    from thanknote.language import is_german_noun

    assert is_german_noun(word) is german


def test_a_topic_of_one_german_noun_is_not_named() -> None:
    """Set EU: "your thoughts on Kollektivvertrag"; set ES: "Lehrverpflichtung (2 SWS)"."""
    from thanknote.selection import why_left_out

    assert why_left_out("Kollektivvertrag") == "not English"
    assert why_left_out("Sicherheitsunterweisung") == "not English"
    assert why_left_out("ledger design") is None


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # set ES: one word English's list lacks beside one it has is English; the rule of
        # three known words in five left out 322 topics of sets A to EV, these among them
        ("glovebox capacity", True),
        ("antimicrobial stewardship", True),
        ("idempotency keys", True),
        ("turnos de 12h", False),  # a little word of another language
        ("mermas controladas", False),
        ("proyecto final", False),  # found in review: the unknown word surely Spanish
        ("sismo retrofit", False),  # set FC: "the sismo 2017 retrofit"
    ],
)
def test_two_words_one_unknown_to_english_are_english(text: str, english: bool) -> None:
    assert lexicon.is_english(text) is english


@pytest.mark.parametrize(
    ("topic", "why", "said"),
    [
        # set FK: a short German noun the model is sure of; the terms of the job after it
        ("Gehalt", "not English", "Gehalt"),
        ("Gehalt / shift bonus", "terms", "the shift bonus"),
        ("Bosch", None, "Bosch"),  # a name German's list also has
        # the English of a thing given after a slash is what the note says of it
        ("calibração / performance cycle", None, "the performance cycle"),
        ("Schichtmodell / shift model", None, "the shift model"),
        # set FI, FJ: when to start, and a month written short
        ("start after ramadan?", "terms", "start after ramadan"),
        ("start date jan", "terms", "the start date jan"),
        # set FK: a word cut short, said in the note; a question with no one in it
        ("site acq. / landlord negotiations", "shorthand", "the site acq."),
        ("Sentinel KQL, detection eng.", None, "Sentinel KQL"),
        ("why leave current employer", "shorthand", "why leave current employer"),
        # set FL: one thing of a name after "from"
        ("bug reports from LD side", None, "bug reports from the LD side"),
        ("moving away from waterfall", None, "moving away from waterfall"),  # review
        ("why change management matters", None, "why change management matters"),  # review
        # set FP: a new fleet of a named thing; end-of-life care
        ("new CAF trams", None, "the new CAF trams"),
        ("end of life care - Te Ara Whakapiri", None, "end-of-life care"),
        # set FQ: one officer; pay's deductions and band; a German compound
        ("final round with CEO", None, "the final round with the CEO"),
        ("NHIF -> SHIF deductions", "terms", "NHIF and SHIF deductions"),
        ("comp band, equity refresh", "terms", "the comp band"),
        ("Teilzeit", "not English", "Teilzeit"),
    ],
)
def test_a_topic_is_left_out_or_said_in_english(topic: str, why: str | None, said: str) -> None:
    from thanknote.phrases import topic_in_sentence
    from thanknote.selection import why_left_out

    assert (why_left_out(topic), topic_in_sentence(topic)) == (why, said)


@pytest.mark.parametrize(
    ("topic", "why"),
    [
        # set FR: the papers' renewal and a long-term incentive plan are terms of the job
        ("visa renewal", "terms"),
        ("work permit extension", "terms"),
        ("LTIP", "terms"),
        ("contract renewal", None),  # a buyer's or a seller's work
        # set FS: a rota of days offshore and onshore; not the work offshore
        ("rotasjon / offshore days vs onshore", "terms"),
        ("offshore wind", None),
        # set FS: a company car's mileage, an enterprise agreement's increments
        ("car + mileage", "terms"),
        ("EBA increments", "terms"),
    ],
)
def test_set_fr_terms(topic: str, why: str | None) -> None:
    from thanknote.selection import why_left_out

    assert why_left_out(topic) == why


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("jack-ups en la Sonda de Campeche", True),
        ("collaboration avec les EMS", True),
        ("mise en place", False),
        ("en route to the site", False),
    ],
)
def test_a_preposition_and_article_of_another_language_are_foreign(
    text: str, foreign: bool
) -> None:
    """Set HR: "I was glad we could cover jack-ups en la Sonda de Campeche." (6 notes)."""
    assert lexicon.has_foreign_run(text) is foreign


@pytest.mark.parametrize(
    "text",
    [
        "our partnership with Fundación para la Vivienda",
        "the Brot für die Welt grant reporting",
    ],
)
def test_a_preposition_and_article_in_a_name_are_the_names(text: str) -> None:
    """Found in review: a name's words are no pasted phrase of another language."""
    assert not lexicon.has_foreign_run(text)
