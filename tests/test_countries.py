"""The candidate's country: ISO 3166 codes, and the country an address names clearly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from thanknote import Candidate, InvalidFieldError, Region
from thanknote.countries import (
    country_line_for,
    country_name,
    country_of_email,
    country_of_line,
    named_in_another_language,
    normalize_country,
    normalize_subdivision,
    region_from_address,
    subdivision_name,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("address", "region"),
    [
        pytest.param("18 Elm Street\nPortland, OR 97205", ("US", "OR"), id="us-zip"),
        pytest.param("1 Main St\nBoston MA 02110-1301", ("US", "MA"), id="us-zip-plus-4"),
        pytest.param("1600 Pennsylvania Ave NW\nWashington, DC 20500", ("US", "DC"), id="us-dc"),
        pytest.param("18 Elm Street\nPortland, OR 97205\nUSA", ("US", "OR"), id="us-then-usa"),
        pytest.param("100 King St W\nToronto, ON M5X 1A9", ("CA", "ON"), id="canada"),
        pytest.param("1 Macquarie St\nSydney NSW 2000", ("AU", "NSW"), id="australia"),
        pytest.param("10 Downing Street\nLondon SW1A 2AA", ("GB", None), id="uk-postcode"),
        pytest.param("2 Royal Ave\nBelfast BT1 1FA", ("GB", "NIR"), id="northern-ireland"),
        pytest.param("1 Grand Canal Sq\nDublin 2\nD02 P820", ("IE", None), id="eircode"),
        pytest.param("Hauptstr. 1\n10115 Berlin\nGermany", ("DE", None), id="english-name"),
        pytest.param("Hauptstr. 1\n10115 Berlin\nDeutschland", ("DE", None), id="own-name"),
        pytest.param("1 Princes St\nEdinburgh EH2 2EQ\nScotland", ("GB", "SCT"), id="scotland"),
        pytest.param("Dam 1\n1012 JS Amsterdam\nThe Netherlands", ("NL", None), id="the-name"),
        pytest.param("Seoul 04524\nSouth Korea", ("KR", None), id="common-name"),
        pytest.param("Seoul 04524\nRepublic of Korea", ("KR", None), id="iso-name-turned"),
        pytest.param("Abidjan\nCôte d'Ivoire", ("CI", None), id="accents"),
        pytest.param("Abidjan\nCote d'Ivoire.", ("CI", None), id="no-accents"),
        pytest.param("Pristina 10000\nKosovo", ("XK", None), id="kosovo"),
    ],
)
def test_the_country_an_address_names(address: str, region: tuple[str, str | None]) -> None:
    country, subdivision = region

    assert region_from_address(address) == Region(
        country=country, subdivision=subdivision, from_address=True
    )


@pytest.mark.parametrize(
    "address",
    [
        pytest.param("12 Rue de Rivoli\n75001 Paris", id="postcode-many-countries-share"),
        pytest.param("18 Elm Street", id="street-only"),
        pytest.param("Portland, XX 97205", id="not-a-state"),
        pytest.param("\n\n", id="blank"),
        pytest.param("55 Peachtree St\nAtlanta\nGeorgia", id="a-country-and-a-state"),
    ],
)
def test_an_unclear_address_names_no_country(address: str) -> None:
    assert region_from_address(address) is None


def test_a_country_given_wins_and_keeps_the_address_subdivision() -> None:
    address = "18 Elm Street\nPortland, OR 97205"

    assert Candidate(name="A", address=address, country="US").region == Region(
        country="US", subdivision="OR"
    )
    assert Candidate(name="A", address=address, country="CA").region == Region(country="CA")
    assert Candidate(name="A", country="GB", subdivision="ENG").region == Region(
        country="GB", subdivision="ENG"
    )
    assert Candidate(name="A").region is None


@pytest.mark.parametrize(
    ("given", "code"),
    [("US", "US"), ("us", "US"), (" gb ", "GB"), ("XK", "XK")],
)
def test_a_file_may_write_a_code_in_small_letters(given: str, code: str) -> None:
    assert normalize_country(given) == (code, None)


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("UK", "did you mean 'GB' (United Kingdom)?"),
        ("Germany", "did you mean 'DE' (Germany)?"),
        ("USA", "did you mean 'US' (United States)?"),
        ("ZZ", "not 'ZZ'"),
    ],
)
def test_a_wrong_country_suggests_the_code(given: str, hint: str) -> None:
    code, problem = normalize_country(given)

    assert code is None
    assert problem is not None
    assert problem.startswith("must be an ISO 3166-1 alpha-2 code such as 'US', 'GB' or 'DE'")
    assert problem.endswith(hint)


@pytest.mark.parametrize(
    ("country", "given", "code"),
    [("US", "OR", "OR"), ("US", "us-or", "OR"), ("GB", "ENG", "ENG"), ("DE", "by", "BY")],
)
def test_subdivisions_are_iso_3166_2_codes(country: str, given: str, code: str) -> None:
    assert normalize_subdivision(country, given) == (code, None)


def test_a_code_newer_than_pycountrys_data_is_taken_from_holidays() -> None:
    """Sets CW and CY: Norway's Finnmark since 2024 ("56") and India's Telangana
    written "TG" were refused, though the public holidays are known for both."""
    assert normalize_subdivision("NO", "56") == ("56", None)
    assert normalize_subdivision("IN", "TG") == ("TG", None)
    assert subdivision_name("NO", "56") == "Finnmark"
    assert subdivision_name("IN", "TG") == "Telangana"
    assert normalize_subdivision("NO", "99")[0] is None


def test_a_former_code_people_still_write_is_the_code_that_replaced_it() -> None:
    """Sets DE, DI and DJ: Poland's voivodeships in letters ("MZ", "PL-MA") were refused."""
    assert normalize_subdivision("PL", "MZ") == ("14", None)
    assert normalize_subdivision("PL", "PL-MA") == ("12", None)
    assert subdivision_name("PL", "MZ") == "Mazowieckie"


def test_a_subdivision_of_another_country_is_refused() -> None:
    code, problem = normalize_subdivision("GB", "OR")

    assert code is None
    assert problem == "must be the ISO 3166-2 code of a part of GB (United Kingdom), such as " + (
        "'ABC', not 'OR'"
    )


def test_the_model_takes_codes_as_iso_writes_them() -> None:
    with pytest.raises(InvalidFieldError, match=r"Candidate.country: .*write it in capitals, 'US'"):
        Candidate(name="A", country="us")
    with pytest.raises(InvalidFieldError, match=r"Candidate\.subdivision: needs the country too"):
        Candidate(name="A", subdivision="OR")
    with pytest.raises(InvalidFieldError, match=r"Candidate.subdivision: .*write it 'OR'"):
        Candidate(name="A", country="US", subdivision="US-OR")


def test_names() -> None:
    assert country_name("US") == "United States"
    assert Region(country="GB").country_name == "United Kingdom"
    assert subdivision_name("US", "OR") == "Oregon"


def test_the_data_is_pycountrys() -> None:
    """Read from pycountry's files as its API reads them."""
    from thanknote.countries import _countries, _subdivisions

    assert set(_countries()) == {c.alpha_2 for c in pycountry.countries} | {"XK"}
    assert sum(map(len, _subdivisions().values())) == len(pycountry.subdivisions)
    assert subdivision_name("DE", "BY") == pycountry.subdivisions.get(code="DE-BY").name


def test_a_file_without_a_country_loads_nothing_for_it() -> None:
    """Country data and the `email` package are read only when a file needs them."""
    code = (
        "import sys, thanknote\n"
        "thanknote.load_interview('examples/panel.toml')\n"
        "print(sorted(m for m in ('pycountry', 'thanknote.countries', 'email.headerregistry')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("U.S.A.", "US"),
        ("United Kingdom", "GB"),
        ("Deutschland", "DE"),
        ("Türkiye", "TR"),
        ("Korea, Republic of", "KR"),
        ("Georgia", None),  # or the US state
        ("Springfield", None),
    ],
)
def test_an_address_line_names_its_country(line: str, code: str | None) -> None:
    assert country_of_line(line) == code


@pytest.mark.parametrize(
    ("name", "english"),
    [("Maroc", "Morocco"), ("Deutschland", "Germany"), ("Japón", "Japan"), ("Kenia", "Kenya")],
)
def test_a_country_named_in_another_language_is_known(name: str, english: str) -> None:
    assert named_in_another_language(name) == english


@pytest.mark.parametrize("name", ["Morocco", "Chile", "Georgia", "Paris", "Jordan"])
def test_an_english_name_is_no_country_abroad(name: str) -> None:
    assert named_in_another_language(name) is None


def test_the_shipped_names_abroad_are_what_the_translations_give() -> None:
    # tools/countries_abroad.py writes the file; run it after updating pycountry
    from thanknote.countries import names_abroad_from_translations

    shipped = json.loads(
        (ROOT / "src" / "thanknote" / "data" / "countries_abroad.json").read_text("utf-8")
    )
    assert shipped == names_abroad_from_translations()


@pytest.mark.parametrize(
    ("email", "code"),
    [
        ("aroha@waitematadhb.govt.nz", "NZ"),
        ("khalid@dans.gov.ae", "AE"),
        ("tutor@ox.ac.uk", "GB"),
        ("k@uni-heidelberg.de", "DE"),
        ("jo@acme.com", None),
        ("jo@startup.io", None),  # sold worldwide for its letters
        ("jo@studio.co", None),
        ("no address", None),
        ("", None),
    ],
)
def test_an_email_domain_names_its_country(email: str, code: str | None) -> None:
    assert country_of_email(email) == code


def test_an_address_abroad_without_its_country_gets_the_one_its_email_names() -> None:
    """Set KG: a letter from the Philippines to "Auckland 0622" had no country line."""
    lines = ["124 Shakespeare Road", "Takapuna", "Auckland 0622"]

    assert country_line_for(lines, "aroha@waitematadhb.govt.nz", "PH") == "New Zealand"
    assert country_line_for(lines, "aroha@waitematadhb.govt.nz", "NZ") is None  # at home
    assert country_line_for(lines, "aroha@gmail.com", "PH") is None  # the domain says nothing
    assert country_line_for(lines, "aroha@waitematadhb.govt.nz", None) is None
    assert country_line_for([*lines, "New Zealand"], "a@x.govt.nz", "PH") is None
    assert country_line_for(["18 Elm Street", "Portland, OR 97205"], "a@x.nz", "PH") is None


@pytest.mark.parametrize(
    "last",
    ["Noreg", "Accra, Ghana", "Deutschland", "0164 Oslo, Norway", "Ghana."],
)
def test_an_address_ending_on_a_country_in_any_language_gets_no_other(last: str) -> None:
    """Set KI: "Noreg" (Nynorsk) and "Accra, Ghana" had "Norway" and "Ghana" printed under
    them."""
    assert country_line_for(["Kristian IVs gate 8", last], "a@teatret.no", "EE") is None


@given(st.text(), st.lists(st.text(), max_size=4), st.sampled_from(["PH", "GB", None]))
def test_any_email_and_address_give_a_country_line_or_none(
    email: str, lines: list[str], home: str | None
) -> None:
    line = country_line_for(lines, email, home)
    assert line is None or line == country_name(country_of_email(email) or "")
