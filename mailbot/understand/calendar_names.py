"""Month and weekday names of every language mailbot reads: the Unicode CLDR calendar data (via
Babel), plus the language files' ``months`` and ``weekdays`` tables for the forms CLDR lacks,
and their ``_local`` tables (names that mean this only in mail of that language)."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Literal

from babel import Locale
from babel.dates import get_day_names, get_month_names

from . import lexicon as L
from .startcache import cached, fingerprint

LANGUAGES = ("de", "en", "tr", "ar", "fa", "ru", "uk", "pl", "ro", "it", "fr", "es", "pt", "hr", "bs",
             "sr-Latn", "sr-Cyrl", "sq", "el", "nl", "hu", "cs", "sk", "bg", "ku", "ps", "so", "ti", "am",
             "vi", "ka", "hy", "lt", "lv", "sl", "mk", "ur", "sv", "da", "no", "fi", "he", "zh", "zh-Hant", "hi", "ta")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# short forms that are also common words somewhere ("mar", "set", "per", "di", "ma") only count
# right next to a day number; these extra forms are safe standalone
SHORT_WEEKDAYS_OK = {"salı", "cuma", "luni", "kedd"}
# inflected forms CLDR does not list (Albanian genitive, Turkish locative …)
EXTRA_WEEKDAYS: dict[str, int] = L.table("weekdays")
EXTRA_MONTHS: dict[str, int] = L.table("months")
# names that mean a month or weekday only in mail of one language ("listopad": October in Croatian)
LOCAL_MONTHS: dict[str, dict[str, int]] = L.local_table("months")
LOCAL_WEEKDAYS: dict[str, dict[str, int]] = L.local_table("weekdays")
LOCAL_MONTH_NAMES = {w for t in LOCAL_MONTHS.values() for w in t}
LOCAL_WEEKDAY_NAMES = {w for t in LOCAL_WEEKDAYS.values() for w in t}
# these languages name the Gregorian months after those of another calendar (Tigrinya: መስከረም, ጥቅምቲ
# of the Ethiopian calendar, which begin around the 11th of September …): never read them as months
OTHER_CALENDAR_MONTHS = {"ti"}


def is_latin(word: str) -> bool:
    return all(ord(c) < 0x250 for c in word)


_CLDR_FORMS: tuple[tuple[Literal["wide", "abbreviated"], Literal["format", "stand-alone"]], ...] = (
    ("wide", "format"), ("wide", "stand-alone"), ("abbreviated", "format"), ("abbreviated", "stand-alone"))


def _cldr_names(lang: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """CLDR's Gregorian month names (1-12) and weekday names (0 = Monday) of ``lang``: wide and
    abbreviated, in running text and standing alone (Babel)."""
    return _all_cldr_names()[lang]


@lru_cache(maxsize=1)
def _all_cldr_names() -> dict[str, tuple[list[tuple[int, str]], list[tuple[int, str]]]]:
    """``_cldr_names`` of every language; from the start-up cache (loading Babel's locale data of
    46 languages takes about half a second)."""
    key = fingerprint([Path(__file__)], version("babel"), LANGUAGES)
    return cached("cldr_names", key, lambda: {lang: _load_cldr_names(lang) for lang in LANGUAGES})


def _load_cldr_names(lang: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    locale = Locale.parse(lang.replace("-", "_"))
    months = [(n, name) for width, context in _CLDR_FORMS for n, name in get_month_names(width, context, locale).items()]
    days = [(n, name) for width, context in _CLDR_FORMS for n, name in get_day_names(width, context, locale).items()]
    return months, days


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(month names → month, short month forms → month, weekday names → weekday 0=Mon)."""
    months: dict[str, int] = {}
    short: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for lang in LANGUAGES:
        cldr_months, cldr_weekdays = _cldr_names(lang)
        for n, word in cldr_months if lang not in OTHER_CALENDAR_MONTHS else ():
            w = word.lower().strip(".")
            if len(w) >= 4 or (not is_latin(w) and len(w) >= 3):
                months.setdefault(w, n)
            elif len(w) == 3 and is_latin(w):
                short.setdefault(w, n)
        for n, word in cldr_weekdays:
            w = word.lower().strip(".")
            if len(w) >= 5 or (not is_latin(w) and len(w) >= 4) or w in SHORT_WEEKDAYS_OK:
                weekdays.setdefault(w, n)
    weekdays.update(EXTRA_WEEKDAYS)
    for w, n in EXTRA_MONTHS.items():  # the language files' month names CLDR lacks
        (short if len(w) == 3 and is_latin(w) else months)[w] = n
    for w, n in (("sept", 9), ("okt", 10), ("oct", 10), ("sep", 9)):
        short[w] = n
    # "mai" is a month in some languages and a common word in others (ro "more"); "mart" likewise
    for w in ("mai", "mart", "juni", "july", "juli"):
        months.pop(w, None)
    return months, short, weekdays


@lru_cache(maxsize=1)
def short_weekdays() -> dict[str, int]:
    """The short weekday forms ``lexicon`` leaves out because they are also common words ("di",
    "do", "per", "czw", "вт"): they count only right next to a day of the month."""
    weekdays = lexicon()[2]
    ours = set(L.languages())  # the languages mailbot has a file for: Finnish "pe" is Romanian "on"
    # words before a day in some language are no weekday there: "pe 26" (ro), "za 26." (hr)
    other = {w.lower() for w in L.words("day_article") + L.words("or_word")}
    short: dict[str, int] = {}
    for lang in LANGUAGES:
        if lang.split("-")[0] not in ours:
            continue
        for n, word in _cldr_names(lang)[1]:
            w = word.lower().strip(".")
            if len(w) >= 2 and w not in weekdays and w not in other:
                short.setdefault(w, n)
    return short
