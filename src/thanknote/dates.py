"""Business days: when to post a note and when to follow up. Weekends are skipped."""

from __future__ import annotations

import datetime as dt

__all__ = ["add_business_days", "next_business_day"]


def add_business_days(day: dt.date, count: int) -> dt.date:
    """Return the date `count` business days (Monday to Friday) after `day`."""
    if count < 0:
        raise ValueError(f"count must not be negative, not {count}")
    while count:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`: a Friday's is the next Monday."""
    return add_business_days(day, 1)
