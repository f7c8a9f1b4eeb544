"""Dates, weekdays, months, relative days and list positions in text → event mentions.

Month and weekday names come from the Unicode CLDR calendar data for many languages (via
Babel; so "19 Eylül", "21 rujna", "17 октября" and "۱۹ سپتامبر" read alike), plus the language
files' ``months`` and ``weekdays`` tables for the forms CLDR lacks; the patterns are regular
expressions over candidate spans, which is faster and more predictable than a date parser's
search over whole bodies (it finds dates in "Mit freundlichen Grüßen").
Everything is read against the message's own date, never against today. The patterns themselves
are built in ``date_patterns``.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from rapidfuzz.distance import OSA, Levenshtein

from ..events import Event
from . import lexicon as L
from . import slot_concepts as S
from .calendar_names import (LOCAL_MONTH_NAMES, LOCAL_MONTHS, LOCAL_WEEKDAY_NAMES, LOCAL_WEEKDAYS, MONTHS,
                             OTHER_CALENDAR_MONTHS, WEEKDAYS, is_latin, lexicon, short_weekdays)
from .date_patterns import DAY_ORDINALS, HAN_CHAR, any_weeks, any_wordy, foreign_ordinal, han_number, patterns
from .evidence import Mention
from .other_calendars import to_gregorian

_AFTER_TOMORROW = {w.lower() for w in L.relative("day_after_tomorrow")}
_EARLIEST = {re.sub(r"\s+", " ", w.lower()) for w in L.relative("earliest")}
# a number word that begins like a weekday is none: "нас четверо" (four of us), not "четвер" (Thursday)
_NUMBER_TABLE = {w.lower(): v for w, v in L.table("numbers").items()}
_NUMBER_WORDS = set(_NUMBER_TABLE)


def _year_ok(year: str | None, years: set[int]) -> bool | None:
    """None: no year given; True/False: fits the events' years or not."""
    if not year:
        return None
    y = int(year)
    if y < 100:
        y += 2000
    return y in years


# a day this long before the mail was sent is a past visit, a letter or an appointment, no wish (a slip in the
# month of a wished date, "19.08." for "19.09.", lies closer)
PAST_DAYS = 45


def _long_past(sent: date | None, events: tuple[Event, ...], month: int, day: int, year: str | None) -> bool:
    """"Ich war am 12.05. schon bei einem Workshop", "I attended on 15 May": a day that fits no event and lay well
    before the mail was sent speaks of the past; it names no event and blocks no wish."""
    if sent is None or not events or _fit_day(events, month, day):
        return False
    y = int(year) if year else min(e.day.year for e in events)
    try:
        then = date(y + 2000 if y < 100 else y, month, day)
    except ValueError:
        return False
    return (sent - then).days > PAST_DAYS


def _fit_day(events: tuple[Event, ...], month: int | None, day: int) -> frozenset[str]:
    return frozenset(e.id for e in events if e.day.day == day and (month is None or e.day.month == month))


_ONE_WEEK = {re.sub(r"\s+", " ", w.lower()) for w in L.relative("in_one_week")}
_TWO_WEEKS = {re.sub(r"\s+", " ", w.lower()) for w in L.relative("in_two_weeks")}


def _weeks(phrase: str) -> int:
    """How many weeks 'in 3 Wochen', 'iki hafta sonra', 'dans quinze jours' count (0: none)."""
    phrase = re.sub(r"\s+", " ", phrase.lower().strip())
    if phrase in _ONE_WEEK:
        return 1
    if phrase in _TWO_WEEKS:
        return 2
    if m := re.search(r"\d+", phrase):
        return int(m.group())
    return next((int(_NUMBER_TABLE[t]) for t in _TOKEN.findall(phrase) if t in _NUMBER_TABLE), 0)


def _weekday_in_weeks(sent: date, weeks: int, weekday: int) -> set[date]:
    """'Tuesday in two weeks' written on ``sent``: the Tuesday of the calendar week ``weeks`` after the mail's,
    and the Tuesday nearest the day ``weeks`` weeks after the mail's; where they differ (written on a Sunday)
    the writer may mean either."""
    in_week = sent - timedelta(days=sent.weekday()) + timedelta(weeks=weeks, days=weekday)
    then = sent + timedelta(weeks=weeks)
    nearest = then + timedelta(days=(weekday - then.weekday() + 3) % 7 - 3)
    return {in_week, nearest}


def _on_days(events: tuple[Event, ...], days: set[date]) -> frozenset[str]:
    """The events on these days, none unless every day holds one (two readings of a relative date, one a day
    without a workshop: ask, never take the neighbour)."""
    ids = [frozenset(e.id for e in events if e.day == d) for d in days]
    return frozenset().union(*ids) if all(ids) else frozenset()


_SOLAR_MONTHS = {w.lower(): int(n) for w, n in L.table("solar_hijri_months").items()}
_ETHIOPIAN_MONTHS = {w.lower(): int(n) for w, n in L.table("ethiopian_months").items()}
_OTHER_MONTHS = frozenset(t for w in set(_SOLAR_MONTHS) | set(_ETHIOPIAN_MONTHS) for t in re.findall(r"[^\W\d_]+", w)[:1])
_ERA = re.compile(rf"^\s*(?:\S{{0,3}}\s*)?{L.either('calendar_era')}")


def _other_calendar_dates(text: str, pattern: re.Pattern[str], events: tuple[Event, ...], sent: date | None,
                          language: str, found: list[Mention], taken: "_Spans") -> None:
    """Days of the Solar Hijri and Ethiopian calendars ("۴ مهر", "መስከረም 15") as Gregorian dates; without a year,
    of the year whose day lies nearest the workshop nearest the mail's date. In a language that also names the
    Gregorian months so (Eritrean Tigrinya: መስከረም is September), only with a year of that calendar or its era."""
    if not events:
        return
    near = min(events, key=lambda e: abs((e.day - sent).days) if sent else 0).day
    for m in pattern.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue
        word = (m.group("m") or m.group("m2")).lower()
        day, year = int(m.group("d") or m.group("d2")), m.group("y") or m.group("y2")
        kind, month = ("solar_hijri", _SOLAR_MONTHS[word]) if word in _SOLAR_MONTHS else ("ethiopian", _ETHIOPIAN_MONTHS[word])
        era = bool(_ERA.match(text, m.end()))
        if language in OTHER_CALENDAR_MONTHS and kind == "ethiopian" and not (year or era):
            continue  # "19 መስከረም" in Tigrinya: the 19th of September to an Eritrean writer
        then = to_gregorian(kind, month, day, int(year) if year else None, near)
        taken.append((m.start(), m.end()))
        if then is None:
            continue
        if sent is not None and (sent - then).days > PAST_DAYS:
            continue  # a day long past: no wish
        found.append(Mention("date", m.group(0).strip(), frozenset(e.id for e in events if e.day == then),
                             f"{kind.replace('_', ' ')} {day}/{month}{'/' + year if year else ''} = {then}"))


@lru_cache(maxsize=1)
def _spelling_targets() -> tuple[dict[str, list[tuple[str, int]]], frozenset[str]]:
    """Weekday names in Latin letters long enough to recognise misspelt (six letters and more), and the
    number and ordinal words a misspelling must not come near ("czwartej", at four, beside "czwartek")."""
    _, _, weekdays = lexicon()
    names: dict[str, list[tuple[str, int]]] = {}  # by first letter: a misspelling keeps it
    for w, n in weekdays.items():
        if is_latin(w) and " " not in w and len(w) >= 7 and not any(c.isdigit() for c in w):
            names.setdefault(w[0], []).append((w, n))
    near = frozenset(w.lower() for t in ("numbers", "ordinals", "day_ordinals") for w in L.table(t)
                     if len(w) >= 5 and is_latin(w))
    return names, near


def _misspelt_weekdays(text: str, tokens: list[str], weekdays: dict[str, int], events: tuple[Event, ...],
                       found: list[Mention], taken: "_Spans") -> None:
    """'Donnerstg', 'thursdy', 'Thrusday', 'jeuves', 'četrtak': a word one letter (or two swapped) from the name of
    exactly one weekday, and two or more from every number and ordinal word ('czwartej', at four o'clock, is
    none), is that weekday (its first letter kept)."""
    names, near = _spelling_targets()
    for t in {t for t in tokens if 7 <= len(t) <= 12 and is_latin(t)}:  # (not a name: "Martin")
        if t in weekdays or t[:-1] in weekdays or t in _NUMBER_WORDS:
            continue
        days = {n for w, n in names.get(t[0], ()) if abs(len(w) - len(t)) <= 1 and OSA.distance(t, w, score_cutoff=1) <= 1}
        if len(days) != 1 or any(OSA.distance(t, w, score_cutoff=2) <= 2 for w in near if abs(len(w) - len(t)) <= 2):
            continue
        wd = days.pop()
        for m in re.finditer(rf"(?<!\w){re.escape(t)}(?!\w)", text, re.I):
            if taken.free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                found.append(Mention("weekday", m.group(0), frozenset(e.id for e in events if e.day.weekday() == wd),
                                     f"weekday {WEEKDAYS[wd]} (misspelt {t})"))


@lru_cache(maxsize=1)
def _this_words() -> frozenset[str]:
    """The words for "this" before a weekday in all language files ("this", "diesen", "bu", "этот")."""
    return frozenset(w.lower() for w in L.relative("this"))


def _next_weekday(after: date, weekday: int) -> date:
    days = (weekday - after.weekday()) % 7 or 7
    return after + timedelta(days=days)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    months, short, weekdays = lexicon()
    long_latin = tuple(n for n in months if is_latin(n) and len(n) >= 6)
    # a name of several words ("tháng 9", "thứ ba") is found by its first word, one with a digit ("3shanbe",
    # "l5amis") by its first run of letters: the words a clause's tokens are compared with
    def heads(names: Iterable[str]) -> frozenset[str]:
        return frozenset(_TOKEN.findall(n)[0] for n in names
                         if (" " in n or any(c.isdigit() for c in n)) and _TOKEN.search(n))

    return (frozenset(months) | frozenset(short) | heads(months) | LOCAL_MONTH_NAMES,
            frozenset(weekdays) | heads(weekdays) | LOCAL_WEEKDAY_NAMES, long_latin)


_TOKEN = re.compile(r"[^\W\d_]+")
_INDIC = re.compile(r"[\u0900-\u0dff]")
_INDIC_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff])+")  # Devanagari … Tamil vowel signs are no \w
_LONGEST = 24  # no month or weekday name is longer: compound heads are not looked for beyond


def _has_word(tokens: list[str], vocab: frozenset[str], compounds: bool) -> bool:
    """Cheap test before the big alternations: does any word (or its stem / compound head) occur?"""
    for t in tokens:
        if t in vocab or t[:-1] in vocab or t[:-2] in vocab or t[:-3] in vocab:
            return True
        # (a head of at least four letters begins with the token's first four: one look-up rejects most tokens)
        if compounds and len(t) > 5 and t[:4] in _first_four(vocab) and any(
                t[:k] in vocab for k in range(4, min(len(t), _LONGEST + 1))):
            return True
    return False


@lru_cache(maxsize=4)
def _first_four(vocab: frozenset[str]) -> frozenset[str]:
    """The first four characters of the words of ``vocab`` that have at least four."""
    return frozenset(w[:4] for w in vocab if len(w) >= 4)


class _Spans:
    """Disjoint text spans already read, sorted: "is this span free?" in logarithmic time (comparing
    each match with every earlier one was quadratic in the number of dates in a text)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before this one ends …
        return i == 0 or self.ends[i - 1] <= start  # … the last of them (disjoint: the one ending last) ends before

    def append(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


# the greetings of every language ("dobro jutro": good morning; "jutro" alone is Polish "tomorrow")
_GREETING = L.compiled("greetings")


def _in_greeting(text: str, m: re.Match[str]) -> bool:
    """The word at ``m`` stands inside a greeting ("Dobro jutro", "Buenos días"): no day."""
    return any(g.start() <= m.start(1) and m.end(1) <= g.end()
               for g in _GREETING.finditer(text, max(0, m.start() - 30), min(len(text), m.end() + 2)))


@lru_cache(maxsize=None)
def _local_names(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names as mail in ``language`` means them."""
    months, _, weekdays = lexicon()
    return {**months, **LOCAL_MONTHS.get(language, {})}, {**weekdays, **LOCAL_WEEKDAYS.get(language, {})}


def _ends_month_name(head: str, months: dict[str, int]) -> bool:
    """Does ``head`` end with a month name of two words ("تشرين الأول", whose second word is also
    "the first")?"""
    tail = " ".join(head.lower().split()[-2:])
    return " " in tail and tail.rstrip(".,!?،") in months
# a bare day before a day with its month, joined by a comma, "or", "and" (and an article): "19 or 26
# September", "il 19 o il 26 settembre", "19 أو 26 سبتمبر": the month is theirs too
# (the words between are "or" or "and" of the language files, or a comma in a list that ends in one of
# them: "zu 3 Leute am 26. September", "zu 2, am 19." are a count and a date)
_OR_AND = rf"(?:{L.either('or_word')}|{L.either('and')})"
_DAY_BEFORE = re.compile(rf"(?<![\d.,:/])(\d{{1,2}})(?:\.|st|nd|rd|th|er|e|-(?:е|ое|го|ого|ти|ви))?(?:\s*(,)\s*|\s*[/&+]\s*|\s*"
                         rf"{_OR_AND}\s*)(?:[^\W\d_]{{1,3}}\s+)?$", re.I)


# a day after a day and "or"/"and": "am 19. oder 26.", "on the 19th or 26th", "le 19 ou le 26" — with its
# ending or at the end of the phrase ("am 19. und 2 Freunde kommen mit" is a day and a count)
_DAY_AFTER = re.compile(rf"\s*{_OR_AND}\s*(?:[^\W\d_]{{1,3}}\s+)?(\d{{1,2}})"
                        rf"(?:(?:\.|st|nd|rd|th|er|-(?:е|ое|го|ого|ти|ви))(?![\d.]\d)|(?=\s*(?:[,;!?)]|$)))", re.I)


def _days_before(text: str, start: int, month: int | None, events: tuple[Event, ...], found: list[Mention],
                 taken: _Spans) -> None:
    """The days joined by "or"/"and" to the date or day at ``start`` (of its month, if it names one)."""
    joined = False
    while (m := _DAY_BEFORE.search(text, max(0, start - 24), start)) and taken.free(m.start(), m.end()):
        d = int(m.group(1))
        if not 1 <= d <= 31 or (m.group(2) and not joined):
            return  # a comma joins days only in a list that "or"/"and" ends: "19, 21 oder 26. September"
        joined = True
        taken.append((m.start(1), m.end(1)))
        found.append(Mention("date" if month else "day", m.group(1), _fit_day(events, month, d),
                             "day before a day and month" if month else "day before 'or' and a day"))
        start = m.start()


def _days_after(text: str, end: int, events: tuple[Event, ...], found: list[Mention], taken: _Spans,
                month: int | None = None) -> None:
    """The days after the day ending at ``end``, joined by "or"/"and": "am 19. oder 26."; after a month
    named first, of that month: "September 21 or 26", "szeptember 21 vagy 26"."""
    while (m := _DAY_AFTER.match(text, end)) and taken.free(m.start(1), m.end()):
        d = int(m.group(1))
        if not 1 <= d <= 31:
            return
        taken.append((m.start(1), m.end()))
        found.append(Mention("date" if month else "day", m.group(1), _fit_day(events, month, d),
                             "day after a month, a day and 'or'" if month else "day after a day and 'or'"))
        end = m.end()


def find_dates(text: str, events: tuple[Event, ...], sent: date | None, language: str = "",
               this_days: frozenset[int] = frozenset()) -> list[Mention]:
    """All date-like evidence in one clause (already normalised), longest forms first. ``language``
    (of the mail) chooses the month and weekday names that mean something else elsewhere. ``this_days``:
    the weekdays the whole mail names with "this" (``this_weekdays``), so that a "next" one of them in
    another clause is a week later."""
    return list(_find_dates(text, events, sent, language, this_days))


def this_weekdays(text: str) -> frozenset[int]:
    """The weekdays a text names with a word for "this" ("diesen Dienstag", "bu salı", "этот вторник")."""
    this = _this_words()
    weekdays = lexicon()[2]
    return frozenset(wd for m in patterns()["next_weekday"].finditer(text)
                     if " ".join(m.group(1).lower().split()) in this
                     and (wd := weekdays.get(m.group(2).lower())) is not None)


def next_beside_this(part: str, said_this: frozenset[int]) -> bool:
    """``part`` names with "next" a weekday of ``said_this``, the ones its sentence names with "this"
    (``this_weekdays``): "nicht diesen Dienstag, nächsten Dienstag" contrasts the two (it never rules out both)."""
    this = _this_words()
    weekdays = lexicon()[2]
    return bool(said_this) and any(" ".join(m.group(1).lower().split()) not in this
                                   and weekdays.get(m.group(2).lower()) in said_this
                                   for m in patterns()["next_weekday"].finditer(part))


@lru_cache(maxsize=64)  # a message's clauses and their parts, read again; not across messages
def _find_dates(text: str, events: tuple[Event, ...], sent: date | None, language: str,
                this_days: frozenset[int]) -> tuple[Mention, ...]:
    text = S.mask(text, "file_number")  # "Az. 19/09", "Rechnung 2109/23": numbers, not dates
    p = patterns()
    months, short, weekdays = lexicon()
    if language in LOCAL_MONTHS or language in LOCAL_WEEKDAYS:
        months, weekdays = _local_names(language)
    month_vocab, weekday_vocab, long_latin = _vocabulary()
    tokens = [t.lower() for t in (_INDIC_TOKEN if _INDIC.search(text) else _TOKEN).findall(text)]
    has_month = _has_word(tokens, month_vocab, False)
    has_weekday = _has_word(tokens, weekday_vocab, True)
    if HAN_CHAR.search(text):  # no spaces: the words cannot be told apart cheaply
        has_month = has_weekday = True
    has_digit = any(map(str.isdigit, text))
    years = {e.day.year for e in events}
    found: list[Mention] = []
    taken = _Spans()
    mo: int | None  # a month number

    def free(m: re.Match[str]) -> bool:
        return taken.free(m.start(), m.end())

    def add(m: re.Match[str], kind: str, ids: frozenset[str], rule: str, one_day: bool = False) -> None:
        taken.append((m.start(), m.end()))
        found.append(Mention(kind, m.group(0).strip(), ids, rule, one_day))

    if has_digit and _OTHER_MONTHS & set(tokens):
        _other_calendar_dates(text, p["other_calendar"], events, sent, language, found, taken)
    if sent is not None:  # weeks from the mail's date, before the digits ("in 3 Wochen") are read as days
        weeks = ("weeks_weekday", "weekday_weeks", "in_weeks") if has_weekday else ("in_weeks",)
        for name in weeks if any_weeks()(text) else ():
            for m in p[name].finditer(text):
                n = _weeks(m.group("weeks"))
                if not free(m) or not 0 < n <= 12:
                    continue
                if name == "in_weeks":
                    monday = sent - timedelta(days=sent.weekday()) + timedelta(weeks=n)
                    add(m, "relative", frozenset(e.id for e in events if monday <= e.day < monday + timedelta(days=7)),
                        f"week of {monday}")
                    continue
                wd = weekdays.get(m.group("wd").lower())
                if wd is not None:
                    days = _weekday_in_weeks(sent, n, wd)
                    add(m, "relative", _on_days(events, days), f"{WEEKDAYS[wd]} in {n} weeks: {sorted(days)}", True)
        for m in p["after_next_weekday"].finditer(text) if has_weekday else ():
            wd = weekdays.get((m.group("wd") or m.group("wd2")).lower())
            if wd is not None and free(m):
                target = _next_weekday(sent, wd) + timedelta(weeks=1)
                add(m, "relative", frozenset(e.id for e in events if e.day == target),
                    f"{WEEKDAYS[wd]} after next: {target}", True)
    for m in p["iso"].finditer(text) if has_digit else ():  # (these patterns need a digit)
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y in years and 1 <= mo <= 12 and 1 <= d <= 31:
            add(m, "date", _fit_day(events, mo, d), "ISO date")
        else:
            taken.append((m.start(), m.end()))
    for name in ("day_month", "month_day") if has_month and has_digit else ():
        for m in p[name].finditer(text):
            if not free(m):
                continue
            if name == "day_month":
                d, word, year = int(m.group(1)), m.group(2).lower(), m.group(3)
            else:
                word, d, year = m.group(1).lower(), int(m.group(2)), m.group(3)
            mo = months.get(word) or short.get(word)
            if not mo or not 1 <= d <= 31 or m.group(0).lower() in weekdays:
                continue  # (the Persian "3shanbe" is Tuesday, no day 3 of a month "sha…")
            if _year_ok(year, years) is False or _long_past(sent, events, mo, d, year):
                taken.append((m.start(), m.end()))
                continue
            add(m, "date", _fit_day(events, mo, d), f"day and month name ({word})")
            if name == "day_month":
                _days_before(text, m.start(), mo, events, found, taken)
            elif not year:
                _days_after(text, m.end(), events, found, taken, mo)
    for m in p["han_date"].finditer(text) if has_month else ():
        mo, d = han_number(m.group(1)), han_number(m.group(2))
        if 1 <= mo <= 12 and 1 <= d <= 31 and free(m):
            add(m, "date", _fit_day(events, mo, d), "day and month (月)")
    for m in p["numeric"].finditer(text) if has_digit else ():
        if not free(m):
            continue
        d, mo, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        ok = _year_ok(year, years)
        if ok is False or _long_past(sent, events, mo, d, year):
            taken.append((m.start(), m.end()))  # a birthday, another year, a day long past: not about our events
            continue
        add(m, "date", _fit_day(events, mo, d), "numeric date")
    for m in p["slash"].finditer(text) if has_digit else ():
        if not free(m):
            continue
        a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
        d, mo = (a, b) if b <= 12 else (b, a)
        if not (1 <= d <= 31 and 1 <= mo <= 12) or _year_ok(year, years) is False:
            continue
        if _long_past(sent, events, mo, d, year):
            taken.append((m.start(), m.end()))
            continue
        add(m, "date", _fit_day(events, mo, d), "numeric date with slash")
    for m in p["dash"].finditer(text) if has_digit else ():
        d, mo, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if free(m) and 1 <= d <= 31 and 1 <= mo <= 12 and _year_ok(year, years) is not False \
                and not _long_past(sent, events, mo, d, year):
            add(m, "date", _fit_day(events, mo, d), "numeric date with dashes")
    for m in p["fuzzy_month"].finditer(text) if has_digit else ():  # "21. Sepember": a misspelt month
        if not free(m):
            continue
        word = m.group(2).lower()
        best = [months[name] for name in long_latin if abs(len(name) - len(word)) <= 1
                and Levenshtein.distance(word, name, score_cutoff=1) <= 1]
        if best and len(set(best)) == 1:
            add(m, "date", _fit_day(events, best[0], int(m.group(1))), f"day and misspelt month ({word})")
    wordy = any_wordy()(text)  # else none of the _WORDY patterns matches
    for m in p["position"].finditer(text):
        if not free(m) or _ends_month_name(text[:m.end()], months):
            continue  # "في تشرين الأول": the month October, not "the first"
        if m.group("num"):
            pos = int(m.group("num"))
        elif foreign_ordinal(next((v for k, v in m.groupdict().items() if k.startswith("p") and v), ""), language):
            continue  # "with my son.": the Turkish "son" (the last) in a mail of another language
        else:
            pos = next((-1 if k == "pm" else int(k[1:]) for k, v in m.groupdict().items()
                        if k.startswith("p") and v), 0)
        ordered = sorted(events, key=lambda e: e.start)
        if pos == -1:
            ids = frozenset({ordered[-1].id})
        elif 1 <= pos <= len(ordered):
            ids = frozenset({ordered[pos - 1].id})
        else:
            ids = frozenset()
        add(m, "ordinal", ids, "position in our list of dates")
    for m in p["bare_position"].finditer(text) if has_digit else ():  # "dann bitte die 3." answering our numbered list
        if free(m):
            ordered = sorted(events, key=lambda e: e.start)
            pos = int(m.group(1))
            add(m, "ordinal", frozenset({ordered[pos - 1].id}) if pos <= len(ordered) else frozenset(),
                "position in our list of dates")
    for m in p["short_weekday_day"].finditer(text) if has_digit else ():
        short_wd, d = short_weekdays()[m.group(1).lower()], int(m.group(2))
        if free(m) and 1 <= d <= 31:
            taken.append((m.start(), m.end()))
            found.append(Mention("weekday", m.group(1), frozenset(e.id for e in events if e.day.weekday() == short_wd),
                                 f"weekday {WEEKDAYS[short_wd]} (short)"))
            found.append(Mention("day", m.group(2), _fit_day(events, None, d), "day of the month after the weekday"))
    for name in ("day_only", "day_word", "day_noun", "weekday_day", "day_ending") if has_digit else ("day_word",):
        if name == "day_word" and not wordy:
            continue
        for m in p[name].finditer(text):
            if not free(m):
                continue
            if name == "day_noun":
                d = int(m.group(1) or m.group(2) or m.group(3))
            elif name == "day_ending":
                d = int(m.group(1) or m.group(2))
            elif name in ("day_only", "weekday_day"):
                d = int(m.group(1))
            else:
                w = m.group(1).lower()
                d = DAY_ORDINALS.get(w, 0)
            if 1 <= d <= 31 and name == "weekday_day":
                # only the number: the weekday stays a mention of its own and must agree
                taken.append((m.start(1), m.end()))
                found.append(Mention("day", text[m.start(1):m.end()].strip(), _fit_day(events, None, d),
                                     "day of the month after the weekday"))
            elif 1 <= d <= 31:
                add(m, "day", _fit_day(events, None, d), "day of the month")
                if name in ("day_only", "day_ending"):  # "am 19. oder 26.": both days
                    _days_before(text, m.start(), None, events, found, taken)
                    _days_after(text, m.end(), events, found, taken)
    for m in p["week_number"].finditer(text) if has_digit else ():
        if free(m):
            week = int(m.group(1) or m.group(2))
            add(m, "relative", frozenset(e.id for e in events if e.day.isocalendar()[:2] == (e.day.year, week)),
                f"calendar week {week}")
    if sent is not None:
        nexts = [(m, m.group(2)) for m in p["next_weekday"].finditer(text)] if has_weekday else []
        nexts += [(m, m.group(1)) for m in p["weekday_next"].finditer(text)] if has_weekday else []
        # "not this Tuesday but next Tuesday": beside a "this" of the same weekday, a "next" is a week later
        this = _this_words()
        said_this = [" ".join(m.group(1).lower().split()) in this for m, _ in nexts]
        with_this = {weekdays.get(name.lower()) for (m, name), is_this in zip(nexts, said_this) if is_this} | this_days
        for (m, name), is_this in zip(nexts, said_this):
            wd = weekdays.get(name.lower())
            if wd is None or not free(m):
                continue
            target = _next_weekday(sent, wd)
            later = wd in with_this and not is_this
            if later:
                target += timedelta(weeks=1)
            # ("next Tuesday" written on the Monday before may mean the Tuesday a week later: where that one is a
            # workshop's day, the day counted is no contradiction to ask about)
            near = (target - sent).days <= 2 and any(e.day == target + timedelta(weeks=1) for e in events)
            add(m, "relative", frozenset(e.id for e in events if e.day == target),
                f"next {WEEKDAYS[wd]} after {sent}" + (" (beside 'this')" if later else ""), not near)
        for m in p["tomorrow"].finditer(text) if wordy else ():
            if free(m) and not _in_greeting(text, m):
                target = sent + timedelta(days=2 if m.group(1).lower() in _AFTER_TOMORROW else 1)
                add(m, "relative", frozenset(e.id for e in events if e.day == target), f"{m.group(1)} after {sent}",
                    True)
        for m in p["today"].finditer(text) if wordy else ():
            if free(m):
                add(m, "relative", frozenset(e.id for e in events if e.day == sent), f"{m.group(1)} = {sent}")
        for key, offset in (("week_after_next", 2), ("next_week", 1), ("this_week", 0)):
            for m in p[key].finditer(text) if wordy else ():
                if free(m):
                    monday = sent - timedelta(days=sent.weekday()) + timedelta(weeks=offset)
                    ids = frozenset(e.id for e in events if monday <= e.day < monday + timedelta(days=7))
                    add(m, "relative", ids, f"week of {monday}")
    for m in p["weekday"].finditer(text) if has_weekday else ():
        wd = weekdays.get(m.group(1).lower())
        if wd is not None and free(m) and text[m.start(1):m.end()].lower() not in _NUMBER_WORDS:
            add(m, "weekday", frozenset(e.id for e in events if e.day.weekday() == wd), f"weekday {WEEKDAYS[wd]}")
    if not any(f.kind == "weekday" for f in found):
        _misspelt_weekdays(text, tokens, weekdays, events, found, taken)
    for m in p["weekday_short"].finditer(text) if wordy else ():
        if free(m):
            wd = 1 if m.group(1).lower().startswith(("di", "tue")) else 3
            add(m, "weekday", frozenset(e.id for e in events if e.day.weekday() == wd), f"weekday {WEEKDAYS[wd]}")
    event_months = {e.day.month for e in events}
    for m in p["month"].finditer(text) if has_month else ():
        mo = months.get(m.group(1).lower())
        if mo in event_months and free(m):
            in_month = [e for e in events if e.day.month == mo]
            # "im Oktober" when October's workshop was already held (or one of September's): no wish we can read
            ahead = sent is None or all(e.day >= sent for e in in_month)
            add(m, "month", frozenset(e.id for e in in_month) if ahead else frozenset(),
                f"month {MONTHS[mo - 1]}" + ("" if ahead else f", a workshop of it held before {sent}"))
    if sent is not None:
        for m in p["remaining"].finditer(text) if wordy else ():
            if free(m):
                upcoming = sorted((e for e in events if e.day > sent), key=lambda e: e.start)
                word = re.sub(r"\s+", " ", m.group(1).lower())
                if upcoming and word in _EARLIEST:  # "der früheste", "the next session": the first still ahead
                    upcoming = upcoming[:1]
                add(m, "remaining", frozenset(e.id for e in upcoming), f"events still ahead on {sent}")
    return tuple(found)
