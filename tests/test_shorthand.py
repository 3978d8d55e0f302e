"""Note-taking shorthand written out, and words still written as notes told apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thanknote.shorthand import expand, is_shorthand_word


@pytest.mark.parametrize(
    ("note", "prose"),
    [
        ("6 yrs in retail", "6 years in retail"),
        ("a 20-min podcast", "a 20-minute podcast"),  # a unit joined to its number
        ("live-ops on the mobile MMORPG", "live-ops on the mobile MMORPG"),  # a term: as written
        ("described 12.000 glass-plate negatives", "described 12,000 glass-plate negatives"),
        ("a 38.000 m² DC", "a 38,000 m² DC"),
        ("solved a 3.4 Å map", "solved a 3.4 Å map"),
        ("led 30 ppl w/ two leads", "led 30 people with two leads"),
        ("cut build time 40min -> 12min", "cut build time from 40min to 12min"),
        ("~200 calls/day", "about 200 calls a day"),
        ("on time & under budget", "on time and under budget"),
        ("a fertiliser co.", "a fertiliser company"),
        ("forklift cert", "forklift certificate"),
        ("P&L owner at AT&T", "P&L owner at AT&T"),  # names keep their ampersand
        ("Acme Co. Ltd", "Acme Co. Ltd"),  # a company's own name
        ("co-founded a startup", "co-founded a startup"),
        ("from 8 -> 5 days", "from 8 -> 5 days"),  # already says "from"
        ("turnaround 40 → 32 min", "turnaround from 40 to 32 minutes"),
        ("transfer Lyon → Muscat, 4 containers", "transfer from Lyon to Muscat, 4 containers"),
        # an arrow between other words is left to the whole line's reader
        ("solar pumping → 31,000 people", "solar pumping → 31,000 people"),
        ("a screen (library → NGS)", "a screen (library → NGS)"),  # not across a bracket
        ("permits & HS codes", "permits and HS codes"),
        ("Procter & Gamble", "Procter & Gamble"),
        ("buyer CAPs from H&M & Uniqlo", "buyer CAPs from H&M and Uniqlo"),  # set DN
        ("a job in bad wx", "a job in bad weather"),  # set DR
        ("IATF 16949 audit in Feb", "IATF 16949 audit in February"),  # set DS
        ("in my 1st 100 days", "in my first 100 days"),
        ("due Nov 1st", "due Nov 1st"),
        ("the 21st century", "the 21st century"),
        ("the UPI txn stream", "the UPI transaction stream"),
        ("Level 1 & 2", "Level 1 and 2"),
        ("RTK vs total station", "RTK versus total station"),
        ("40 18th-c. volumes", "40 18th-century volumes"),
        ("PhD, James Cook Uni", "PhD, James Cook University"),
        ("DC ops", "DC operations"),
        ("from 0.86 → 0.97", "from 0.86 → 0.97"),  # never from inside a decimal
        # set BE: notes' plurals and clippings read as shorthand in a sent note
        (
            "5 yrs WASH programming with county govts",
            "5 years WASH programming with county governments",
        ),
        ("CBN AML/CFT/CPF regs", "CBN AML/CFT/CPF regulations"),
        ("pay band + relo from Norfolk", "pay band and relocation from Norfolk"),
        ("Google Docs", "Google Docs"),
        # set EF: a measure before its thing joins it with a hyphen, or says "of"
        (
            "the 40 minutes detour to the old salting station",
            "the 40-minute detour to the old salting station",
        ),
        ("a 3 hours drive", "a 3-hour drive"),
        ("my 10 years experience", "my 10 years of experience"),
        ("the 40 minutes I spent", "the 40 minutes I spent"),
        # set EG: a range of grades standing alone is grades; before a noun it describes it
        ("taught Grade 1-3 in Mae Hong Son", "taught Grades 1-3 in Mae Hong Son"),
        ("Phase 1-3 trials", "Phase 1-3 trials"),
        ("Boeing 737-800", "Boeing 737-800"),
        # sets EL, EM: clippings and a compass point before a country
        ("pediatric onco dose banding", "pediatric oncology dose banding"),
        ("calling cues in 3 langs", "calling cues in 3 languages"),
        ("the live N. Korea coverage protocol", "the live North Korea coverage protocol"),
        ("sanctions scrng", "sanctions screening"),
        ("staff turnover after xmas", "staff turnover after Christmas"),
        ("the EN-taught program", "the English-taught program"),
        ("env monitoring trends", "environmental monitoring trends"),
        # found in review: not a computer's env, a numeral, nor hours
        ("the env var setup", "the env var setup"),
        ("type v collagen", "type v collagen"),
        ("the night shift 7-11 at the depot", "the night shift 7-11 at the depot"),
        # sets EP, EQ: more clippings, a month in small letters before a year
        ("the season pass econ", "the season pass economics"),
        ("13 years teaching chem and physics", "13 years teaching chemistry and physics"),
        ("the storm in jan 2015", "the storm in January 2015"),
        ("funeral policy lapses in yr1", "funeral policy lapses in year one"),
        # sets GR, HB, HD: clippings read as pasted notes
        ("noon reports vs high-freq sensor data", "noon reports versus high-frequency sensor data"),
        ("B-BBEE + skills dev", "B-BBEE + skills dev"),  # review: "our senior dev" is a person
        ("her camera-trap pic of the tigress", "her camera-trap picture of the tigress"),
        ("laughed at the Dec weekends", "laughed at the December weekends"),
        # set HG: countries by their ISO codes after a word of place; not codes that are
        # words or acronyms as often ("moved to IT"), nor a kind of market
        ("export to SE / EE", "export to Sweden and Estonia"),
        ("commissioning plants in NO and CL", "commissioning plants in Norway and Chile"),
        ("moved to IT", "moved to IT"),
        ("a career in ML and data", "a career in ML and data"),  # review: no trade, no country
        ("the shift from CI to CD", "the shift from CI to CD"),
        ("sold to SE markets", "sold to SE markets"),
        # set HK's paired reader: a US state's code is not a country's ("in Sudan")
        ("a tribal college project in SD", "a tribal college project in SD"),
        # set HG: a rate inside a compound before a noun
        ("took a 120k-unit/night site", "took a 120k-unit-per-night site"),
    ],
)
def test_shorthand_is_written_out(note: str, prose: str) -> None:
    assert expand(note) == prose


@pytest.mark.parametrize("word", ["tx", "ppl", "u", "mgmt", "sql", "kpi", "yrs"])
def test_a_notes_abbreviation_is_shorthand(word: str) -> None:
    assert is_shorthand_word(word)


@pytest.mark.parametrize(
    "word", ["a", "i", "county", "handover", "idempotency", "mastitis", "from", "nine", "the"]
)
def test_a_word_of_english_or_a_fields_term_is_not(word: str) -> None:
    assert not is_shorthand_word(word)


@pytest.mark.parametrize("word", ["Kim", "NATO", "Zhou", "x3", "4G"])
def test_names_acronyms_and_codes_are_not_small_letter_shorthand(word: str) -> None:
    assert not is_shorthand_word(word)


@given(st.text(max_size=80))
def test_expanding_never_fails_and_is_stable(text: str) -> None:
    once = expand(text)
    assert expand(once) == once or "->" in text or "→" in text or "=>" in text or "⇒" in text


@pytest.mark.parametrize(
    ("note", "prose"),
    [
        # set FJ: "what you said about paper costs ↑"
        ("paper costs ↑", "rising paper costs"),
        ("churn ↓, NPS ↑", "falling churn, rising NPS"),
        ("margins ↓ (FY25)", "falling margins (FY25)"),
        ("paper costs ↑ 30%", "paper costs ↑ 30%"),  # a figure after it: left to the reader
        ("CPU ↑ and memory ↓", "CPU ↑ and memory ↓"),  # review: not "CPU ↑ falling and memory"
        ("the team's morale ↓.", "the team's morale ↓."),
    ],
)
def test_an_arrow_after_a_thing_says_which_way_it_goes(note: str, prose: str) -> None:
    assert expand(note) == prose


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # set GH: hours jotted as "h"
        ("cut P1 MTTR from 4h to 55 minutes", "cut P1 MTTR from 4 hours to 55 minutes"),
        ("a 12h shift", "a 12-hour shift"),
        ("down to 1h", "down to 1 hour"),
        ("landing zone for gov clients", "landing zone for government clients"),
    ],
)
def test_sets_gh_shorthand(text: str, written: str) -> None:
    assert expand(text) == written


def test_a_time_of_day_in_hours_is_not_a_duration() -> None:
    assert expand("horário 7h-17h") == "horário 7h-17h"
    assert expand("8h30 start") == "8h30 start"


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("morphine access in rural TH", "morphine access in rural Thailand"),
        ("water points in rural KE and UG", "water points in rural Kenya and Uganda"),
        ("schools in rural SD", "schools in rural SD"),  # South Dakota as often as Sudan
        ("clinics in rural IT", "clinics in rural IT"),
    ],
)
def test_a_country_code_after_the_part_of_it_is_the_country(topic: str, said: str) -> None:
    """Set HR: "morphine access in rural TH" in 6 notes."""
    assert expand(topic) == said
