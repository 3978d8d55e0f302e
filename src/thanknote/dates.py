"""Business days: when to post a note and when to follow up.

A business day is a working day where the candidate lives: not a weekend day
(Saturday and Sunday, or the country's own weekend, e.g. Friday and Saturday
in Israel) and not a public holiday. Public holidays come from the `holidays`
library for the candidate's country (ISO 3166 code) and subdivision; it is
imported only when a calendar is asked for a country, so that `thanknote
draft` stays fast. Without a country only weekends are skipped, and the
calendar says so.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from thanknote.errors import ThanknoteError

__all__ = [
    "WEEKENDS_ONLY",
    "BusinessCalendar",
    "DateRangeError",
    "add_business_days",
    "business_calendar",
    "format_day",
    "next_business_day",
]

_SATURDAY_SUNDAY: Final = frozenset({5, 6})
_DAY_NAMES: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
_LONGEST_BREAK: Final = 60
"""More days in a row than any calendar closes for: a guard against a bad holiday table."""


class DateRangeError(ThanknoteError):
    """A date worked out from another would fall outside the calendar (after 31 Dec 9999).

    Attributes:
        day: the date counted from.
    """

    def __init__(self, day: dt.date, message: str) -> None:
        self.day = day
        super().__init__(message)


@dataclass(frozen=True, slots=True, kw_only=True)
class BusinessCalendar:
    """Which days are business days: no weekend day, no public holiday.

    Build one with `business_calendar(country, subdivision)`; `WEEKENDS_ONLY`
    is the calendar without public holidays.

    Attributes:
        country: the ISO 3166 code whose public holidays are skipped, or None.
        subdivision: the state, province or nation within it, or None.
        weekend: the weekend's days (Monday is 0).
        description: how days are counted, for people to read: "weekends and
            public holidays in US", "weekends only (no country given)".
    """

    country: str | None = None
    subdivision: str | None = None
    weekend: frozenset[int] = _SATURDAY_SUNDAY
    description: str = "weekends only"
    holidays: Mapping[dt.date, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def knows_holidays(self) -> bool:
        """True when public holidays are skipped as well as weekends."""
        return self.country is not None

    def holiday(self, day: dt.date) -> str | None:
        """The public holiday on `day` ("Thanksgiving Day"), or None. Outside the
        years the holiday library knows a country's movable feasts for (India's
        before 2001 or after 2035) its fixed ones still count, without its warning."""
        if not self.knows_holidays:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "available only from 2001 to 2035"
            return self.holidays.get(day)

    def is_business_day(self, day: dt.date) -> bool:
        """True when `day` is neither a weekend day nor a public holiday."""
        return day.weekday() not in self.weekend and self.holiday(day) is None

    def add_business_days(self, day: dt.date, count: int) -> dt.date:
        """The date `count` business days after `day`.

        Raises:
            ValueError: `count` is negative.
            DateRangeError: the date would fall after 31 Dec 9999.
        """
        if count < 0:
            raise ValueError(f"count must not be negative, not {count}")
        start, left = day, count
        closed = 0  # days in a row that were not business days
        while left:
            day = _next_day(day, start, count)
            if self.is_business_day(day):
                left -= 1
                closed = 0
            else:
                closed += 1
                if closed > _LONGEST_BREAK:
                    raise DateRangeError(
                        start, f"no business day in the {closed} days after {_short(start)}"
                    )
        return day

    def next_business_day(self, day: dt.date) -> dt.date:
        """The first business day after `day`: a Friday's is the next Monday
        (or Tuesday, when Monday is a public holiday).

        Raises:
            DateRangeError: it would fall after 31 Dec 9999.
        """
        return self.add_business_days(day, 1)

    def holidays_between(self, after: dt.date, until: dt.date) -> Iterator[tuple[dt.date, str]]:
        """The public holidays on weekdays after `after`, up to and including `until`."""
        if not self.knows_holidays:
            return
        day = after
        while day < until:
            day += dt.timedelta(days=1)
            name = self.holiday(day)
            if name is not None and day.weekday() not in self.weekend:
                yield day, name


WEEKENDS_ONLY: Final = BusinessCalendar()
"""Monday to Friday are business days; no public holiday is known."""


def add_business_days(
    day: dt.date, count: int, calendar: BusinessCalendar = WEEKENDS_ONLY
) -> dt.date:
    """Return the date `count` business days after `day` (weekends only by default).

    Raises:
        ValueError: `count` is negative.
        DateRangeError: the date would fall after 31 Dec 9999.
    """
    return calendar.add_business_days(day, count)


def next_business_day(day: dt.date, calendar: BusinessCalendar = WEEKENDS_ONLY) -> dt.date:
    """The first business day after `day`: a Friday's is the next Monday.

    Raises:
        DateRangeError: it would fall after 31 Dec 9999.
    """
    return calendar.add_business_days(day, 1)


@lru_cache(maxsize=64)
def business_calendar(country: str | None, subdivision: str | None = None) -> BusinessCalendar:
    """The business days of a country (ISO 3166 code, any case) and subdivision.

    A country the `holidays` library has no public holidays for, or none
    given, gives `WEEKENDS_ONLY` with a description that says why; an
    unknown subdivision gives the country's national holidays, and says so.
    Never raises for an unknown code: the plan says what it used.
    """
    code = (country or "").strip().upper()
    if not code:
        return WEEKENDS_ONLY
    import holidays  # imported here: only a plan for a country needs it (about 0.1 s)

    if code not in _country_codes():  # countries, not markets ("ECB")
        return _weekends_only(f"no public holidays known for {country!r}")
    table = holidays.country_holidays(code)
    region, note = None, ""
    wanted = (subdivision or "").strip()
    for spelling in dict.fromkeys((wanted, wanted.upper())) if wanted else ():
        try:
            table, region = holidays.country_holidays(code, subdiv=spelling), spelling
            break
        except NotImplementedError:
            continue
    else:
        if wanted:
            note = f"; no subdivision {subdivision!r} known, national holidays only"
    weekend = frozenset(getattr(table, "weekend", _SATURDAY_SUNDAY)) or _SATURDAY_SUNDAY
    where = f"{code}-{region}" if region else code
    days = "weekends" if weekend == _SATURDAY_SUNDAY else f"weekends ({_days(weekend)})"
    return BusinessCalendar(
        country=code,
        subdivision=region,
        weekend=weekend,
        description=f"{days} and public holidays in {where}{note}",
        holidays=table,
    )


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """The codes `holidays` has countries for, read from its registry.

    `holidays.list_supported_countries()` imports all of its 500 country
    modules to list them (0.1 s warm, seconds from a cold disk); the
    registry names each country's codes without importing any.
    """
    import holidays

    try:
        from holidays.registry import COUNTRIES

        codes = frozenset(
            code
            for names in COUNTRIES.values()
            for code in names[1:]
            if code.isascii() and code.isupper() and len(code) <= 3
        )
    except (ImportError, AttributeError, TypeError):  # a registry of another shape
        codes = frozenset()
    return codes or frozenset(holidays.list_supported_countries())


def _weekends_only(why: str) -> BusinessCalendar:
    return BusinessCalendar(description=f"weekends only ({why})")


def _days(weekend: frozenset[int]) -> str:
    return "–".join(_DAY_NAMES[d] for d in sorted(weekend))


def _next_day(day: dt.date, start: dt.date, count: int) -> dt.date:
    try:
        return day + dt.timedelta(days=1)
    except OverflowError:
        what = "the next business day" if count == 1 else f"{count} business days"
        raise DateRangeError(
            start,
            f"{what} after {_short(start)} would fall after {_short(dt.date.max)}, "
            "the last day a calendar holds",
        ) from None


def format_day(day: dt.date, *, year: bool = True) -> str:
    """A date as people read it in a plan: "Wed 25 Nov 2026", or "Wed 25 Nov"
    without the year (English, whatever the locale)."""
    text = f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


_short = format_day
