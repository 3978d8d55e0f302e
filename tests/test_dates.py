"""Business days: weekends, public holidays by country, and the ends of the calendar."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import warnings

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from hypothesis_budget import examples
from thanknote.dates import (
    WEEKENDS_ONLY,
    DateRangeError,
    add_business_days,
    business_calendar,
    format_day,
    next_business_day,
)

THANKSGIVING_EVE = dt.date(2026, 11, 25)  # a Wednesday
COUNTRIES = sorted(holidays.list_supported_countries())


@pytest.mark.parametrize(
    ("country", "subdivision", "day", "next_day"),
    [
        pytest.param("US", None, THANKSGIVING_EVE, dt.date(2026, 11, 27), id="us-thanksgiving"),
        pytest.param("us", None, THANKSGIVING_EVE, dt.date(2026, 11, 27), id="any-case"),
        # California also closes the day after Thanksgiving.
        pytest.param("US", "CA", THANKSGIVING_EVE, dt.date(2026, 11, 30), id="us-california"),
        pytest.param(None, None, THANKSGIVING_EVE, dt.date(2026, 11, 26), id="no-country"),
        # Christmas Eve (Thu): Christmas Day, the weekend and Boxing Day (observed, Mon).
        pytest.param("GB", None, dt.date(2026, 12, 24), dt.date(2026, 12, 29), id="uk-christmas"),
        # The summer bank holiday is the last Monday of August in England, not in Scotland.
        pytest.param("GB", "ENG", dt.date(2026, 8, 28), dt.date(2026, 9, 1), id="england-august"),
        pytest.param("GB", "SCT", dt.date(2026, 8, 28), dt.date(2026, 8, 31), id="scotland"),
        # Good Friday is a bank holiday everywhere in the UK, Easter Monday not in Scotland.
        pytest.param("GB", "ENG", dt.date(2027, 3, 25), dt.date(2027, 3, 30), id="england-easter"),
        pytest.param("GB", "SCT", dt.date(2027, 3, 25), dt.date(2027, 3, 29), id="scotland-easter"),
        pytest.param("IE", None, dt.date(2027, 3, 16), dt.date(2027, 3, 18), id="st-patricks-day"),
        # Israel's weekend is Friday and Saturday: Thursday's next business day is Sunday.
        pytest.param("IL", None, dt.date(2026, 11, 26), dt.date(2026, 11, 29), id="israel-weekend"),
    ],
)
def test_next_business_day_skips_the_weekend_and_public_holidays(
    country: str | None, subdivision: str | None, day: dt.date, next_day: dt.date
) -> None:
    assert business_calendar(country, subdivision).next_business_day(day) == next_day


def test_thanksgiving_is_named() -> None:
    us = business_calendar("US")
    assert us.holiday(dt.date(2026, 11, 26)) == "Thanksgiving Day"
    assert list(us.holidays_between(THANKSGIVING_EVE, dt.date(2026, 11, 27))) == [
        (dt.date(2026, 11, 26), "Thanksgiving Day")
    ]
    assert us.description == "weekends and public holidays in US"


@pytest.mark.parametrize(
    ("country", "subdivision", "description"),
    [
        pytest.param(None, None, "weekends only", id="none"),
        pytest.param("", None, "weekends only", id="empty"),
        pytest.param("XX", None, "weekends only (no public holidays known for 'XX')", id="xx"),
        pytest.param("Narnia", None, "weekends only (no public holidays known for 'Narnia')"),
        pytest.param(
            "ECB", None, "weekends only (no public holidays known for 'ECB')", id="market"
        ),
        pytest.param(
            "GB",
            "ZZ",
            "weekends and public holidays in GB; no subdivision 'ZZ' known, national holidays only",
            id="unknown-subdivision",
        ),
        pytest.param("gb", "eng", "weekends and public holidays in GB-ENG", id="lower-case"),
        pytest.param(
            "IL", None, "weekends (Fri–Sat) and public holidays in IL", id="other-weekend"
        ),
    ],
)
def test_the_calendar_says_what_it_skips(
    country: str | None, subdivision: str | None, description: str
) -> None:
    assert business_calendar(country, subdivision).description == description


def test_an_unknown_country_counts_weekends_only() -> None:
    calendar = business_calendar("XX")
    assert not calendar.knows_holidays
    assert calendar.next_business_day(THANKSGIVING_EVE) == dt.date(2026, 11, 26)
    assert calendar.holiday(dt.date(2026, 12, 25)) is None


def test_weekends_only_by_default() -> None:
    friday = dt.date(2026, 11, 20)
    assert next_business_day(friday) == dt.date(2026, 11, 23)
    assert add_business_days(friday, 7) == dt.date(2026, 12, 1)
    assert next_business_day(friday, WEEKENDS_ONLY) == dt.date(2026, 11, 23)


def test_the_end_of_the_calendar_is_an_error_not_an_overflow() -> None:
    with pytest.raises(DateRangeError) as caught:
        next_business_day(dt.date(9999, 12, 31))
    assert str(caught.value) == (
        "the next business day after Fri 31 Dec 9999 would fall after Fri 31 Dec 9999, "
        "the last day a calendar holds"
    )
    with pytest.raises(DateRangeError, match=r"^7 business days after Thu 23 Dec 9999"):
        business_calendar("US").add_business_days(dt.date(9999, 12, 23), 7)


def test_format_day_reads_the_same_in_any_locale() -> None:
    assert format_day(dt.date(2026, 11, 25)) == "Wed 25 Nov 2026"
    assert format_day(dt.date(2026, 11, 27), year=False) == "Fri 27 Nov"


@settings(max_examples=examples(300), deadline=None)
@given(
    day=st.dates(),
    country=st.one_of(st.none(), st.sampled_from(COUNTRIES), st.text(max_size=4)),
    count=st.integers(min_value=0, max_value=12),
)
def test_business_days_for_any_date_and_any_country(
    day: dt.date, country: str | None, count: int
) -> None:
    calendar = business_calendar(country)
    if day > dt.date(9999, 10, 1):  # near the end of the calendar: a date, or a one-line error
        try:
            calendar.add_business_days(day, count)
        except DateRangeError as caught:
            message = str(caught)
        else:
            message = ""
        assert "\n" not in message
        return
    later = calendar.add_business_days(day, count)
    assert later >= day
    assert (later > day) == (count > 0)
    if count:
        assert calendar.is_business_day(later)
        between = [day + dt.timedelta(days=n) for n in range(1, (later - day).days + 1)]
        assert sum(calendar.is_business_day(d) for d in between) == count


def test_drafting_does_not_import_holidays() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "thanknote", "draft", "examples/panel.toml"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=ROOT,
    )
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "thanknote.planning" not in imported
    assert not any(name.split(".")[0] == "holidays" for name in imported)


def test_a_year_the_holiday_library_knows_only_in_part_gives_no_warning() -> None:
    calendar = business_calendar("IN")

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        later = calendar.add_business_days(dt.date(2000, 1, 1), 10)

    assert later > dt.date(2000, 1, 1)
    assert calendar.holiday(dt.date(2040, 8, 15)) == "Independence Day"  # a fixed one counts
