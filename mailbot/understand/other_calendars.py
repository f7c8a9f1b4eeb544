"""Dates of the Solar Hijri (Iranian and Afghan) and the Ethiopian calendar → Gregorian dates.

Persian and Dari writers may give the day in the Solar Hijri calendar ("۴ مهر", "28 سنبله 1402"), Amharic
and Tigrinya writers in the Ethiopian one ("መስከረም 15"). The month names are the language files'
``solar_hijri_months`` and ``ethiopian_months`` tables; these pure functions turn a day of those calendars
into the Gregorian date (no well-kept library covers both: ``convertdate`` lacks the Ethiopian calendar).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# days of the Solar Hijri months: six of 31, five of 30, Esfand 29 (30 in a leap year)
_SOLAR_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30)


def solar_hijri(year: int, month: int, day: int) -> date | None:
    """Day ``day`` of month ``month`` (1 = Farvardin/Hamal) of Solar Hijri year ``year`` as a Gregorian date;
    None when there is no such day. The year begins at the March equinox: Farvardin 1 falls on 20 March in
    Gregorian leap years, else on 21 March (exact from 1375 to 1407, 1996-2028; a day off at most beyond)."""
    if not (1 <= month <= 12 and 1 <= day <= _SOLAR_DAYS[month - 1]):
        return None
    g = year + 621
    nowruz = date(g, 3, 20 if calendar.isleap(g) else 21)
    return nowruz + timedelta(days=sum(_SOLAR_DAYS[:month - 1]) + day - 1)


def ethiopian(year: int, month: int, day: int) -> date | None:
    """Day ``day`` of month ``month`` (1 = Meskerem … 13 = Pagume) of Ethiopian year ``year`` as a Gregorian
    date; None when there is no such day. Meskerem 1 is 11 September, 12 September before a Gregorian leap
    year (1900-2099)."""
    if not (1 <= month <= 13 and 1 <= day <= (30 if month <= 12 else 6)):
        return None
    g = year + 7
    new_year = date(g, 9, 12 if calendar.isleap(g + 1) else 11)
    return new_year + timedelta(days=(month - 1) * 30 + day - 1)


CALENDARS = {"solar_hijri": (solar_hijri, 621), "ethiopian": (ethiopian, 8)}


def to_gregorian(kind: str, month: int, day: int, year: int | None, near: date) -> date | None:
    """A day of calendar ``kind``; without a year, the one of the two years that could hold it whose day lies
    nearest ``near`` (the workshop nearest the mail's date)."""
    convert, offset = CALENDARS[kind]
    if year is not None:
        return convert(year, month, day)
    found = [d for y in (near.year - offset, near.year - offset + 1) if (d := convert(y, month, day))]
    return min(found, key=lambda d: abs((d - near).days), default=None)
