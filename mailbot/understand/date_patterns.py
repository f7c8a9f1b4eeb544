"""The patterns that find dates, weekdays, months, relative days and list positions in a clause.

Built once from the CLDR calendar names (``calendar_names``) and the language files' word lists
(``lexicon``); ``dates`` runs them over a clause and turns matches into mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from . import lexicon as L
from .calendar_names import LOCAL_MONTH_NAMES, LOCAL_WEEKDAY_NAMES, lexicon, short_weekdays
from .guard import AnyMatch, guarded
from .startcache import regex

# letters a month name may carry as an ending ("Eylül'de", "Îlonê", "ئۆکتۆبەردا")
_MONTH_END = r"[a-zäöüçğışâîțșêû\u0600-\u06FF]"



# Chinese writes no spaces: a word may start or end right next to a Han character
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WS = rf"(?<![^\W{_HAN}])"  # word start: not after a letter or digit of another script
_WE = rf"(?![^\W{_HAN}])"  # word end
HAN_CHAR = re.compile(f"[{_HAN}]")
_HN = "一二两兩三四五六七八九十"
_HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def han_number(word: str) -> int:
    """'26', '二十六', '十七', '九' → the number (0 when it is none)."""
    if word.isdigit():
        return int(word)
    tens, _, ones = word.rpartition("十")
    if "十" not in word:
        return _HAN_DIGITS.get(word, 0) if len(word) == 1 else 0
    t = _HAN_DIGITS.get(tens, 0) if tens else 1
    o = _HAN_DIGITS.get(ones, 0) if ones else 0
    return t * 10 + o if (t and (o or not ones)) else 0


def _alternation(words: Iterable[str]) -> str:
    return L.alternation(words, space=r"\ ")  # as the longest first, searched as a prefix tree


DAY_ORDINALS: dict[str, int] = L.table("day_ordinals")  # "am zweiten", "the nineteenth"

# ordinal words that mean a position only in mail of their language (Turkish "son", the last)
LOCAL_ORDINALS: dict[str, dict[str, int]] = L.local_table("ordinals")
_LOCAL_ORDINAL_NAMES = {w for t in LOCAL_ORDINALS.values() for w in t}


def foreign_ordinal(word: str, language: str) -> bool:
    """``word`` is an ordinal only in another language than the mail's ("my son" in English)."""
    w = word.strip().lower()
    return w in _LOCAL_ORDINAL_NAMES and w not in LOCAL_ORDINALS.get(language, {})


def _positions() -> dict[int, str]:
    """Ordinal words of all language files by position (-1: the last), their local ones too (the
    caller drops those of another language than the mail's: ``foreign_ordinal``)."""
    out: dict[int, list[str]] = {}
    for word, pos in L.table("ordinals").items():
        out.setdefault(int(pos), []).append(word)
    for table in LOCAL_ORDINALS.values():
        for word, pos in table.items():
            out.setdefault(int(pos), []).append(word)
    return {k: L.alternation(v) for k, v in sorted(out.items())}


def _words(*keys: str) -> str:
    words = [w for k in keys for w in L.relative(k)]
    return L.alternation(set(words)) if words else ""


POSITION_WORDS = _positions()
_POS_NOUN = L.either("option_nouns")
_PLEASE = L.either("please")  # after a position: "die 3 bitte", "الثاني لو سمحت", "kan labaad fadlan"
_ARTICLE = L.either("articles")
_DAY_ARTICLE = L.either("day_article")  # "am 26.", "the 26th"
_MONTH_DAY_LINK = L.either("month_day_link")  # "September the 21st", "د سپتمبر د ۲۱"
_LIST_LABEL = L.either("list_label")  # "Nummer 2", "option 3"
_INSTEAD = L.either("instead_of_that")  # "instead", "à la place", "stattdessen": after a day of the month


def _instead_of_before() -> str:
    """The words for "instead of" that stand before what is left ("στις 26 αντι για 19", "le 26 plutôt que
    le 19"; not "{x} yerine", whose slot comes first): a day right before them is a day of the month."""
    words = {e.replace(L.SLOT, "").strip() for e in L.words("instead_of") if not e.startswith(L.SLOT)}
    return L.alternation(w for w in words if w) or r"(?!x)x"


_INSTEAD_OF = _instead_of_before()
# words after a number that make it no day of the month: a time, a sum, an age, people, "the 3rd time"
_NO_DAY_AFTER = (r"uhr|h\b|%|€|jahr|person|leute|kind|mal|termin|workshop|datum|veranstaltung|option"
                 r"|put\b|puta\b|път|пут|раз\b|raz\b")

def _weeks_phrase() -> str:
    """'in {x} Wochen', '{x} hafta sonra', 'dans quinze jours' of all languages: a number of weeks from the
    mail's date ({x}: digits or a number word of the language files)."""
    number = rf"(?<!\w)(?:\d{{1,2}}|{L.alternation(L.table('numbers'))})(?!\w)"
    parts = []
    for entry in L.relative("in_weeks"):
        if L.SLOT not in entry:
            continue
        left, right = (part.strip() for part in entry.split(L.SLOT, 1))
        parts.append((L.entry_regex(left) + r"\s*" if left else "") + number
                     + (r"\s*" + L.entry_regex(right) if right else ""))
    parts += [L.entry_regex(e) for e in L.relative("in_one_week") + L.relative("in_two_weeks")]
    return "|".join(f"(?:{x})" for x in parts) or r"(?!x)x"


@lru_cache(maxsize=1)
def any_weeks() -> AnyMatch:
    """Whether a text holds the words of a number of weeks from the mail's date ("Wochen", "hafta sonra",
    "dans quinze jours"): the longest part of each entry beside its number, one quick yes/no test
    before the patterns of ``_weeks_phrase``, which would otherwise be tried at every position."""
    parts = []
    for entry in L.relative("in_weeks") + L.relative("in_one_week") + L.relative("in_two_weeks"):
        longest = max((piece.strip() for piece in entry.split(L.SLOT)), key=len)
        if longest:
            parts.append(L.entry_regex(longest))
    return AnyMatch(parts or [r"(?!x)x"])


def _other_months() -> str:
    return L.alternation(set(L.table("solar_hijri_months")) | set(L.table("ethiopian_months")))


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern behind a look-ahead for the characters its matches begin with (``guard.guarded``: the
    same matches; a search rejects most positions of a text with one set test, not with its look-behind)."""
    return regex(guarded(pattern), flags)


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    months, short, weekdays = lexicon()
    month_alt = _alternation(set(months) | set(short) | LOCAL_MONTH_NAMES)
    wd_alt = _alternation(set(weekdays) | LOCAL_WEEKDAY_NAMES)
    # "26-ти септември" (Bulgarian), "26ης Σεπτεμβρίου" (Greek), the Kurmanji "26ê", the Sorani "17ی", the Somali
    # "26-ka" beside "26th", "26-го"
    day_suffix = r"(?:\.|st|nd|rd|th|er|e|ème|eme|º|°|-?го|-?е|-?ого|-?(?:ти|ви|ри|ми)|ης?|'?[dt][ae]n?|'?ê|ی|-?ka)?"
    pos_alt = "|".join(f"(?P<p{'m' if k < 0 else k}>{v})" for k, v in POSITION_WORDS.items())
    found = {
        "iso": _rx(r"(?<!\d)(20\d\d)-(\d{1,2})-(\d{1,2})(?!\d)"),
        "numeric": _rx(
            r"(?<![\d.,])(\d{1,2})\s?\.\s?(\d{1,2})(?:\.(?:\s?(\d{4}|\d{2})(?!\d|\.\d|:\d))?|(?![\d.:]))(?!\s?(?:uhr|h\b|%|€))"
            # "21.09-HK/44", "19.09-AB-3": the head of a reference code, no date
            r"(?!-[^\W\d_]{1,4}[/\d-])"
            # "16.45: los" is a time; "am 19.09.: Frau …" a date before a colon
            r"(?:(?<=\.)|(?<=\.\d{4})|(?!\s?:))",
            re.I),
        # "19/09-3", "17/10-2291": a file number (not "17/10-2023", a year after a dash)
        "slash": _rx(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])"
                     r"(?!-(?:\d{1,3}(?![\d/]|\.\d)|(?!20\d\d(?!\d))\d{4,}))"),
        # "am 26-9", "für den 17-10-2023": a dash only after a word for "on the" (not "10-12 Personen", "16-21 Uhr")
        "dash": _rx(rf"{_DAY_ARTICLE}\s+(\d{{1,2}})-(\d{{1,2}})(?:-(\d{{4}}|\d{{2}}))?(?![\d-]|\s*(?:uhr|h\b))", re.I),
        "day_month": _rx(
            # (not the month of "17/10" before a name: "17/10. Mai", Mai signing)
            rf"(?<![\d./])(\d{{1,2}}){day_suffix}\s*(?:de\s+|of\s+|-)?({month_alt})(?:{_MONTH_END}|['’]){{0,3}}\b\.?(?:\s*,?\s*(20\d\d))?",
            re.I),
        "month_day": _rx(
            # "szept. 26." (Hungarian): a full stop after the day, but not "Okt. 17.10."; a word between ("September the
            # 21st", the Pashto "د اکتوبر په ۱۷", "د سپتمبر د ۲۱")
            rf"(?<!\w)({month_alt})\.?\s+(?:(?:{_MONTH_DAY_LINK})\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?!\d|\.\d|:)(?:\s*,?\s*(20\d\d))?", re.I),
        "month": _rx(rf"{_WS}({_alternation(set(months) | LOCAL_MONTH_NAMES)}){_MONTH_END}{{0,3}}{_WE}", re.I),
        # Chinese "9月26日", "10月17号", "九月二十六日"
        "han_date": _rx(rf"(?<!\d)(\d{{1,2}}|[{_HN}]{{1,3}})\s*月\s*(\d{{1,2}}|[{_HN}]{{1,3}})\s*[日号號]?"),
        # a day number with the word for "date" or "day" (the language files' `day_noun`, `day_noun_after`):
        # "26号", "26 tarikh ko", "ngày 26", "youm 26", "26ஆம் தேதி" (a whole word after the number: "2 kolegów" is
        # no "2 ko"), "26 wale mein" (the one of the 26th)
        "day_noun": _rx(
            rf"(?<![\d./])(\d{{1,2}})\s*(?:[日号號](?![码碼])|-?ஆம்\s*(?:தேதி)?|(?:\s+(?:{_words('day_noun_after') or '(?!x)x'})(?!\w)))"
            rf"|(?<!\w)(?:{_words('day_noun') or '(?!x)x'})\s+(\d{{1,2}})(?![\d/.:])"
            # the Hungarian day with its case ending: "a 21-i", "26-án", "17-ére" (not glued to letters: "i17-en")
            r"|(?<![\w./])(\d{1,2})-(?:i|án|an|én|en|ára|ara|ére|ere|ig)(?!\w)", re.I),
        "fuzzy_month": _rx(r"(?<![\d.])(\d{1,2})\.?\s+([a-zäöü]{6,10})\b", re.I),
        "weekday": _rx(rf"{_WS}({wd_alt})(?:\w*)", re.I),
        "weekday_short": _rx(r"(?<!\w)(di|do|tue|tues|thu|thurs)\.(?=\s|,)", re.I),
        "day_only": _rx(
            rf"{_DAY_ARTICLE}\s+"
            # "am 26.", "the 26th", "на 26-ти", "na 19-go", "26ka"; a bare day only before a comma or the end: "pe 21."
            # (or before "please": "le 26 svp", "el 26 por favor")
            # (the Greek "την 26η", "της 21ης": the ending of a day of 10 to 31 only, "την 2η" is the second)
            r"(\d{1,2})(\.|st|nd|rd|th|er|ten|te|-?(?:ти|ви|ри|ми|го|ого)|-(?:е|ое)|-?go|-?ka|(?<=[123]\d)-?(?:ης|ή|η)(?!\w)"
            r"|(?=\s*(?:[,;!?]|$))"
            rf"|(?=\s+(?:{_PLEASE})(?!\w))"
            # (or before "instead": "me mettre le 21 a la place", "am 26 stattdessen", "el 17 en su lugar")
            rf"|(?=\s+(?:{_INSTEAD})(?!\w))"
            # (or, a day of 10 to 31, before "instead of": "στις 26 αντι για 19", "на 26 вместо 19")
            rf"|(?<=[123]\d)(?=\s+(?:{_INSTEAD_OF})(?!\w)))"
            # (nor "za 3. put", "за 2-ри път": the third time)
            rf"(?!\d|\s*(?::|{_NO_DAY_AFTER}))", re.I),
        # a day whose ending says "the …th" without a word before it: "приду 26-го", "26ogo", the Croatian "26-og",
        # the Somali "19ka"
        # and, for days 10 to 31 only (not "2'si", two of them), the Turkish "21'i", "26'sı" (also typed without
        # the apostrophe where the ending has its "s": "26sı", "ayın 17si"), with a case ending ("26'sında", "21'inde",
        # "17'sine") and the Persian "26ام"
        "day_ending": _rx(r"(?<![\d./])(\d{1,2})(?:-?(?:ого|го|ogo|go)|-(?:е|ое|og|tog)|-?ka)(?!\w)"
                          r"|(?<![\d./])([12]\d|3[01])(?:(?:['’]?s[ıiuü]|['’][ıiuü])(?:n(?:da|de|a|e|dan|den))?|ام)(?!\w)", re.I),
        # a weekday and the day of the month: "utorak 19.", "Tuesday 19th", "martes 19"
        "weekday_day": _rx(
            rf"{_WS}(?:{wd_alt})\w*,?\s+(?:the\s+|den\s+|le\s+|el\s+|il\s+|dia\s+|día\s+)?(\d{{1,2}})(?:\.|st|nd|rd|th|er|e|-?го|-?ти|-?ви|-?go|-?ka)?"
            r"(?!\w|[./:]\d|\s*(?:uhr|h\b|:|%|€|jahr|person|leute|kind|mal|termin))", re.I),
        # a short weekday right before its day: "Di. 26.", "czw. 21,", "di 19." — the day ends the phrase or
        # carries its full stop, so "di 19 anni", "per 21 euro", "do 19 osób" are no dates
        "short_weekday_day": _rx(
            rf"(?<!\w)({_alternation(short_weekdays())})\.?,?\s+(\d{{1,2}})(?:\.(?![\d.])|(?=\s*(?:[,;!?)]|$)))"
            rf"(?!\s*(?:{_NO_DAY_AFTER}))", re.I),
        "day_word": _rx(
            rf"{_DAY_ARTICLE}\s+({_alternation(DAY_ORDINALS)})(?!\w)",
            re.I),
        "position": _rx(
            rf"{_LIST_LABEL}\s*#?\s*(?P<num>[1-9])(?!\d|\s*(?:personen|people|leute|kişi))"
            rf"|(?<!\w){_ARTICLE}?\s*(?:{pos_alt})(?:\s+(?:der vier|of the four|von den vier|one)|\s+{_POS_NOUN}|\s*(?=[.!,،]|$|\s+{_PLEASE}))",
            re.I),
        "bare_position": _rx(
            rf"(?:{_ARTICLE}|(?<!\w)nr)\s+([1-4])(?:\s*[.!)]|\s+{_PLEASE}|\s*$)", re.I),
        "remaining": _rx(
            rf"(?<!\w)({_words('remaining', 'earliest')})(?!\w)",
            re.I),
        "tomorrow": _rx(rf"(?<!guten )(?<!jeden )(?<!am ){_WS}({_words('tomorrow', 'day_after_tomorrow')}){_WE}", re.I),
        "today": _rx(rf"{_WS}({_words('today')}){_WE}", re.I),
        # "KW 39", "week 39": a calendar week
        "week_number": _rx(rf"{_WS}(?:{_words('week_number') or '(?!x)x'})\.?\s*(\d{{1,2}})(?!\d|\.\d)"
                                  # the ordinal before the word: "in der 39. Kalenderwoche", "39. hafta"
                                  rf"|(?<![\d.])(\d{{1,2}})\.\s*(?:{_words('week_number') or '(?!x)x'})(?!\w)", re.I),
        "next_week": _rx(rf"{_WS}({_words('next_week')}){_WE}", re.I),
        "this_week": _rx(rf"{_WS}({_words('this_week')}){_WE}", re.I),
        "next_weekday": _rx(
            rf"{_WS}({_words('next', 'this')})(?:\s+|(?<=[{_HAN}]))({wd_alt})",
            re.I),
        # a day of the Solar Hijri or Ethiopian calendar: "۴ مهر", "28 سنبله 1402", "መስከረም 15 ቀን 2016 ዓ.ም"
        "other_calendar": _rx(
            rf"(?<![\d.])(?P<d>\d{{1,2}})\s*(?P<m>{_other_months()})(?!\w)(?:\s*,?\s*(?P<y>1[34]\d\d|20[0-3]\d)(?!\d))?"
            rf"|{_WS}(?P<m2>{_other_months()})\s+(?P<d2>\d{{1,2}})(?![\d.:/])(?:\s*\w{{0,3}}\s*,?\s*(?P<y2>1[34]\d\d|20[0-3]\d)(?!\d))?"),
        # a number of weeks from the mail's date, with a weekday before or after it ("Dienstag in 3 Wochen", "in
        # zwei Wochen am Donnerstag", "mardi dans quinze jours", "iki hafta sonra salı"; up to two short words
        # between) or alone (that week)
        "weeks_weekday": _rx(rf"(?P<weeks>{_weeks_phrase()}),?\s+(?:[^\W\d_]{{1,4}}\s+){{0,2}}(?P<wd>{wd_alt})\w*", re.I),
        "weekday_weeks": _rx(rf"{_WS}(?P<wd>{wd_alt})\w*,?\s+(?:[^\W\d_]{{1,4}}\s+){{0,2}}(?P<weeks>{_weeks_phrase()})", re.I),
        "in_weeks": _rx(rf"(?P<weeks>{_weeks_phrase()})", re.I),
        # "übernächsten Dienstag", "the Tuesday after next": a week after the next one
        "after_next_weekday": _rx(rf"{_WS}(?:{_words('after_next') or '(?!x)x'})\s+(?P<wd>{wd_alt})\w*"
                                  rf"|{_WS}(?P<wd2>{wd_alt})\w*\s+(?:{_words('after_next_after') or '(?!x)x'}){_WE}", re.I),
        "week_after_next": _rx(rf"{_WS}({_words('week_after_next') or '(?!x)x'}){_WE}", re.I),
        # the word for "next" after the weekday: "الثلاثاء القادم", "سه شنبه آینده", "Talaadada soo socota"
        "weekday_next": _rx(rf"(?<!\w)({wd_alt})\w*\s+(?:{_words('next_after') or '(?!x)x'})(?!\w)", re.I),
    }
    return found


@lru_cache(maxsize=1)
def any_wordy() -> AnyMatch:
    """Whether any of the patterns of words that need no digit finds something (most clauses hold none
    of them): one quick yes/no test (``guard.AnyMatch``) before they are run."""
    found = patterns()
    return AnyMatch([L.unnamed(found[k].pattern) for k in _WORDY])


_WORDY = ("day_word", "weekday_short", "tomorrow", "today", "next_week", "this_week", "week_after_next", "remaining")
