"""Answers to the desk's own mails: a number from the list we sent, "both", "no", a head-count.

Pure: text in, an ``Answer`` out. A number is read against the numbered list as the sender
quoted it (our lists are renumbered when a workshop is over, and the waiting-list notice skips
the full workshop's number), an ordinal ("den dritten Termin") against the lines of that list;
when the two readings differ ("den dritten" in a list that starts at 2) the answer is ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..events import Event
from .date_patterns import POSITION_WORDS, foreign_ordinal
from .calendar_names import LOCAL_WEEKDAYS, lexicon as calendar_lexicon
from .dates import find_dates
from .evidence import Mention
from .mime import Unreadable, parse_mail
from . import intent as I
from . import lexicon as L
from . import slot_concepts as S
from .gates import statements, still_coming
from .people import added_people, count_attendees
from .places import find_places
from .stances import combine
from .quotes import split_reply
from .result import Reading
from .text import normalise, sentences
from .totals import explicit_totals, number, numbers_of

# The words (a number's intro "Nummer", "both", "no, keep it", "yes, change", seats, number words) are
# the language files' concepts list_number, all_of_them, keep_as_is, yes_change, seats and the numbers table.

# ---------------------------------------------------------------- the code


_WORD_NUMBER: dict[str, int] = {w: n for w, n in L.table("numbers").items() if 0 < n < 10 and " " not in w}
_NUMBER_WORD = "|".join(re.escape(w) for w in sorted(_WORD_NUMBER, key=len, reverse=True))


def _intro(words: list[str]) -> re.Pattern[str]:
    """ "Nummer 2", "Nr. drei", "#3"; and "2. Termin", "3 numaralı" (the number before the word), for
    the list words given (as written, so that "Nr.2" and "#3" need no space; a number word only
    after a space)."""
    either = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{either})(?:\s*#?\s*([1-9])|\s+({_NUMBER_WORD}))(?![\d.:]\d)(?!\w)"
                      rf"(?!\s*{L.either('people_nouns')})"
                      # (the word whole: "2 Termine", "2 dates in mind" count things, they pick no line)
                      rf"|(?<![\w.,:/])([1-9])\.?\s+(?:{either})(?!\w)(?!\s*[\d#])"
                      # the number with its ordinal ending before a word for "date" or "number": "a 3-as
                      # időpont", "3-ю дату", "the 3rd date", "la 3ª data", "3. tarih"
                      rf"|(?<![\w.,:/])([1-9])(?:\.|-?[^\W\d_]{{1,4}}|[ªº°])\s+(?:{either}|{L.either('option_nouns')})"
                      rf"(?!\s*[\d#])", re.I)


_INTRO = _intro(L.words("list_number"))
# short words that introduce a line's number in one language only (Vietnamese "so", typed without
# its accent, is "so" of English and German too): read only in mail of that language
_INTRO_LOCAL = {code: _intro(list(words)) for code, lang in L.languages().items()
                if (words := lang.local["list_number"])}
_SEATS = re.compile(rf"(?<![\w.])([1-9]|{_NUMBER_WORD})\s+{L.either('seats')}", re.I)
_PART_END = re.compile(r"[,.;:!?،؛۔\n]")  # the end of a part of a sentence (also Arabic and Urdu comma and stop)
_KEEP = re.compile(L.either("keep_as_is"), re.I)
_KEEP_LOCAL = L.local("keep_as_is")  # "ne", "jo", "не": no in one language only
_YES = re.compile(L.either("yes_change"), re.I)
_YES_LOCAL = L.local("yes_change")  # short words that say yes in one language only ("si", "da", "po")
# an ordinal stands alone: no letter next to it, except in scripts without spaces ("第二个吧")
_CJK = "\u2e80-\u9fff\uf900-\ufaff"
# (not before a word for "time": "this is the second time I write", "第二次")
_TIMES = rf"(?!\s*(?:{L.either('times')})(?![^\W{_CJK}]))"
_ORDINAL = re.compile("|".join(rf"(?<![^\W{_CJK}])(?P<p{'m' if k < 0 else k}>{v})(?![^\W{_CJK}]){_TIMES}"
                               for k, v in POSITION_WORDS.items()), re.I)
_CHANGE_TO = re.compile(rf"{L.either('change_to')}\s+$", re.I)  # "auf", "to" right before a count
_LIST_LINE = re.compile(r"^\s*(?:>\s*)*([1-9])\.\s+(\S.*)$", re.M)
_BARE = re.compile(r"^\W{0,3}([1-9])\W{0,3}$")
# a digit alone in its sentence but for "please" ("2 svp", "por favor 3", "4 molim"): the line of our list
_PLEASE = L.either("please")
_BARE_PLEASE = re.compile(rf"^\W{{0,3}}(?:(?:{_PLEASE})\W{{1,3}})?([1-9])(?:\W{{1,3}}(?:{_PLEASE}))?\W{{0,3}}$", re.I)
_SENTENCE_END = re.compile(r"(?<!\d)[.!]+(?=\s|$)|\n")
# a line that begins with the number of a line of our list, set off by a dash, comma or colon, the rest of it
# about people ("2 - wir sind zu dritt", "La 4, somos tres", "Το 2, θα είμαστε δύο")
_LEAD = re.compile(rf"^\W{{0,3}}(?:(?:{L.either('articles')})\s+)?([1-9])\s*(?:[-–—,:;)]|\.(?=\s))\s*\S", re.I)
_WITH_WRITER = "(listed with the writer)"  # people.count_attendees' rule for "mein Mann und ich"
_CLAUSE = re.compile(r"[,;.!?\n]")
_MY = re.compile(L.either("my_our"), re.I)  # "my" of "my son" is no first person subject
# a digit glued to Chinese "号" (number; after a day, the day of the month): "选3号", "就2号吧"
_HAN_LINE = re.compile(r"(?<![\d.,:/])([1-9])\s*[号號](?![\d码碼])")
_DIGIT = re.compile(r"(?<![\w.:/])([1-9])(?![\w:/]|\.\d)")
# two numbers joined by "and", "or", "/" (with a word such as "Nummer" before the second): two lines named
_TWO_NUMBERS = re.compile(rf"(?<![\w.:/])([1-9])\s*(?:[/&+]|{L.either('or_word')}|{L.either('list_and')})\s*"
                          rf"(?:[^\W\d]+\.?\s*)?([1-9])(?![\w:/]|\.\d)", re.I)
# "wir nehmen die 4", "we'll take the 2": an article before the one digit of the answer's first line
# a day of the month after its article, no month: "il 21 va bene", "am 26 passt es", "el 17 me viene bien"
_ARTICLE_DAY = re.compile(rf"(?<!\w)(?:{L.either('day_article')})\s+([12]\d|3[01])(?![\w:/]|[.,]\d)"
                          r"(?!\s*(?:uhr|h\b|%|€|euro|eur\b|jahr|year|ann|person|leute|people|kind|mal|min|stund|hour|ore\b))",
                          re.I)
_ARTICLE_DIGIT = re.compile(rf"(?<!\w)(?:{L.either('articles')})\s+([1-9])(?![\w:/]|\.\d|\s*(?:uhr|h\b|%|€|{L.either('people_nouns')}))", re.I)


@lru_cache(maxsize=64)
def _words(concept: str, lang: str) -> re.Pattern[str]:
    """A concept in the mail's language (and German and English, the desk's): "hasta" is ill in
    Turkish but "until" in Spanish, "ще" "more" in Ukrainian but "will" in Bulgarian."""
    langs = tuple(dict.fromkeys((lang, "de", "en"))) if lang in L.languages() else None
    return re.compile("|".join(f"(?:{p})" for p in L.alternatives(concept, langs)) or r"(?!x)x", re.I)


@lru_cache(maxsize=64)
def _other_comes(lang: str) -> re.Pattern[str]:
    """"eşim gelecek", "mein Mann kommt", "my husband will still come": another person (then up
    to three words) and a verb of coming; the caller checks the words between and after for a negation."""
    return re.compile(rf"(?:{I.THIRD_PARTY.pattern}|{_words('kin', lang).pattern})(?P<gap>(?:\W+\w+){{0,3}}?\W+)"
                      rf"(?:{_words('comes', lang).pattern})(?P<after>(?:\W+\w+){{0,2}})", re.I)


@dataclass(frozen=True)
class Answer:
    numbered: dict[int, str]  # number -> workshop id, as the quoted list showed it ({} when nothing was quoted)
    choice: str | None = None  # the workshop the number or ordinal means
    ambiguous: bool = False  # an ordinal that reads two ways
    every: bool = False  # "beide", "alle"
    keep: bool = False  # "nein", "bleibt"
    count: int | None = None  # people, when the answer gives a number of people
    # the count is of people the writer puts on the list besides themselves ("bitte auch meinen Sohn anmelden",
    # "please add my son"): answering our mail about a registration, they join those registered
    others_enrolled: bool = False
    added: int | None = None  # people who come along besides those registered ("mein Sohn kommt auch")
    removed: int | None = None  # people fewer than registered ("eine Person weniger")
    others_come: bool = False  # someone else still comes ("ich kann nicht, aber mein Mann kommt")
    one_fewer: bool = False  # someone else is ill, the others still come ("Mein Mann ist krank, ich komme trotzdem")
    yes: bool = False  # "ja", "evet", "Sì, grazie", "Ναι", "wechseln": yes to our question whether to change
    prefers: bool = False  # words of preferring or changing: "lieber", "mejor", "prefiro", "instead of", "umbuchen"
    topic: bool = False  # asks about a topic for staff (parking, childcare, costs)
    coming: bool = False  # the answer says the writer comes or registers ("nach Weinsberg komme ich")
    choice_coming: bool = False  # the part naming ``choice`` says so ("Nr. 2, da komme ich"), not another part
    # the workshops named by date, place or month in parts that cancel ("den am 26.9. bitte absagen") and in
    # parts that keep ("Offenau bleibt", "a szeptemberi marad"): which of several registrations goes
    to_cancel: frozenset[str] = frozenset()
    to_keep: frozenset[str] = frozenset()
    if_space: bool = False  # a wish that holds if there is space: "wenn in Weinsberg noch was frei ist"
    # the line chosen (or, with no line chosen, a workshop the answer names) stands after a word of fallback
    # in its sentence: "I'd rather wait, but if no place frees up, then number 3", "if by Monday there is
    # still nothing, put us down for the 17th" is a second wish, not a choice
    fallback_choice: bool = False
    # a number alone on a line of the answer ("2", "zwei", "двое", "Drei."): a count of people only where our
    # question asked how many come (answering a numbered list it is the line's number)
    bare: int | None = None
    rule: str = ""


def quoted_list(quoted: str, events: tuple[Event, ...]) -> dict[int, str]:
    """Lines "2. Donnerstag, 21. September 2023, … Neuenstadt" of our quoted mail → {2: "neuenstadt"}."""
    out: dict[int, str] = {}
    for m in _LIST_LINE.finditer(quoted or ""):
        ids: set[str] | None = None
        for mention in find_dates(normalise(m.group(2)), events, None):
            if mention.kind == "date" and mention.events:
                ids = set(mention.events) if ids is None else ids & mention.events
        if ids and len(ids) == 1:
            out[int(m.group(1))] = next(iter(ids))
    return out


def answers_our_mail(reading: Reading) -> bool:
    """A reply (``In-Reply-To``) from a person, not a machine: read it as an answer to our mail too."""
    robot = reading.action == "ignore" and reading.intent not in ("thanks", "empty")
    return bool(reading.in_reply_to) and not robot


def read_answer(raw: bytes, events: tuple[Event, ...], sent: dict[int, str] | None = None,
                language: str = "") -> Answer:
    """Read the sender's new text against the numbered list in the part they quoted (or, when
    they quoted none, against ``sent``: the list our mail gave); ``language``: the mail's, for
    the words that mean different things in different languages."""
    try:
        text = parse_mail(raw).text
    except Unreadable:
        return Answer({})
    parts = split_reply(text)
    in_quote = quoted_list(parts.quoted, events)
    numbered = in_quote or dict(sent or {})
    new = normalise(parts.new)
    inline = _inline_mark(text, numbered, language) if numbered else None
    count = head_count(new, language)
    enrolled = count is not None and count_attendees(new, "", [], language or None).enrols_others
    cancelled, kept = cancelled_and_kept(new, events, language)
    base = Answer(numbered, count=count, others_enrolled=enrolled, added=None if count is not None else companions_added(_told_or_asked_to_add(new), language),
                  removed=None if count is not None else people_fewer(new, language),
                  every=bool(I.ALL_OF_THEM.search(new)), keep=len(new.split()) <= 12 and keeps(new, language),
                  one_fewer=count is None and someone_else_kept_away(new, language),
                  others_come=someone_else_comes(new, language), prefers=prefers_other(new, language),
                  yes=says_yes(new, language),
                  topic=bool(I.QUESTION_TOPIC.search(new)),
                  to_cancel=cancelled, to_keep=kept, if_space=if_space(new, language),
                  coming=bool(_words("will_come", language).search(new) or _words("register", language).search(new)),
                  bare=bare_number(new, language), fallback_choice=_date_as_fallback(new, events, language))
    if not numbered:
        return base
    if inline is not None:
        return replace(base, choice=numbered[inline], rule=f"an answer written below line {inline} of the quoted list")
    lines = [ln.strip() for ln in new.splitlines() if ln.strip()]
    digits = _DIGIT.findall(new)
    if len(digits) > 1 and len(new.split()) <= 12 and any(
            len({int(a), int(b)} & set(numbered)) == 2 and a != b for a, b in _TWO_NUMBERS.findall(new)):
        # "Nummer 2 und Nummer 4", "2 ou 4", "Số 2 và số 4": both, or either? we ask again (not "Nummer 4, wir sind 2")
        return replace(base, ambiguous=True, rule="several lines of the quoted list")
    local = _INTRO_LOCAL.get(language)
    # (the count may come from other words than the digit: "2 please. Me and my sister." is line 2, two people)
    digit_free_count = count is None or not _digit_counted(new, language)
    m = _INTRO.search(new) or (local.search(new) if local else None) or next((b for b in (_BARE.match(ln) for ln in lines[:3]) if b), None) or (
        next((b for b in (_BARE_PLEASE.match(p.strip()) for p in _SENTENCE_END.split(new)) if b), None)
        if len(digits) == 1 and digit_free_count else None) or (
        _suffixed_line(new, language) if len(digits) == 1 and digit_free_count and len(new.split()) <= 12 else None) or (
        next((b for b in (_LEAD.match(ln) for ln in lines[:3]) if b), None)
        if len(digits) == 1 and count is not None else None) or (
        _ARTICLE_DIGIT.search(lines[0]) if lines and len(digits) == 1 and digit_free_count else None)
    if m or (len(new.split()) <= 6 and len(digits) == 1 and count is None):
        n = _number(next(g for g in m.groups() if g) if m else digits[0])
        if n in numbered:
            return replace(base, choice=numbered[n], rule=f"number {n} of the quoted list",
                           fallback_choice=_after_fallback(new, m.start() if m else new.find(digits[0]), language),
                           choice_coming=_part_says_coming(new, m.start() if m else new.find(digits[0]), language))
        return replace(base, ambiguous=True, rule=f"number {n} is not in the quoted list")
    # (not an ordinal of another language only: "my son" is no "son", the Turkish last)
    ordinals = [x for x in _ORDINAL.finditer(new) if not foreign_ordinal(x.group(), language)] \
        if len(new.split()) <= 15 else []
    o = _not_ruled_out(ordinals, new, language)
    if ordinals and o is None:  # "nicht den ersten": only one ruled out, none chosen
        return replace(base, ambiguous=True, rule="an ordinal of the quoted list ruled out, none chosen")
    w = None if o or count is not None or digits else _number_word_line(lines[:3])
    if w is not None and any(m.kind == "weekday" and w.group(1).lower() in m.text.lower()
                             for m in find_dates(new, events, None, language)):
        w = None  # the number word names a weekday: Vietnamese "thứ năm" (Thursday) is no line 5
    if w is not None:  # "Die Vier wäre gut", "Iki lütfen": a number word alone on a short line
        n = _number(w.group(1))
        if n in numbered:
            return replace(base, choice=numbered[n], rule=f"number word {n} of the quoted list",
                           fallback_choice=_after_fallback(new, new.find(w.group(1)), language),
                           choice_coming=_part_says_coming(new, new.find(w.group(1)), language))
        return replace(base, ambiguous=True, rule=f"number {n} is not in the quoted list")
    if o:
        k = next((-1 if g == "pm" else int(g[1:]) for g, v in o.groupdict().items() if v), 0)
        order = sorted(numbered)
        same_day = _weekday_beside(new, o.start(), o.end(), events, language)
        if same_day is not None:  # "den zweiten Dienstag", "Sêşema dawî": the k-th of the lines on that weekday
            order = [n for n in order if numbered[n] in same_day]
            line = k - 1 if k > 0 else len(order) - 1
            if 0 <= line < len(order):
                return replace(base, choice=numbered[order[line]], rule=f"ordinal {k} of the quoted lines on one weekday",
                               fallback_choice=_after_fallback(new, o.start(), language),
                               choice_coming=_part_says_coming(new, o.start(), language))
            return replace(base, ambiguous=True, rule=f"ordinal {k} of a weekday our list has fewer times")
        line = k - 1 if k > 0 else len(order) - 1  # "den letzten": the last line
        by_line = numbered[order[line]] if 0 <= line < len(order) else None
        by_number = numbered.get(k) if k > 0 else None
        readings = {r for r in (by_line, by_number) if r}
        if len(readings) == 1:
            return replace(base, choice=readings.pop(), rule=f"ordinal {k} of the quoted list",
                           fallback_choice=_after_fallback(new, o.start(), language),
                           choice_coming=_part_says_coming(new, o.start(), language))
        return replace(base, ambiguous=True, rule=f"ordinal {k} reads as line and as number")
    d = _ARTICLE_DAY.search(new) if not digits and count is None and len(new.split()) <= 12 else None
    if d is not None:  # a day of the month that only one workshop of our list has
        day = int(d.group(1))
        listed = {e.id for e in events if e.id in numbered.values() and e.start.day == day}
        if len(listed) == 1:
            return replace(base, choice=listed.pop(), rule=f"day {day} of the month, on one line of the quoted list",
                           fallback_choice=_after_fallback(new, d.start(), language),
                           choice_coming=_part_says_coming(new, d.start(), language))
    h = _HAN_LINE.search(new) if not digits and len(new) <= 20 else None
    if h is not None:  # "选3号", "那就4号吧": a line of our list, unless a listed workshop falls on that day
        n = int(h.group(1))
        if n in numbered and not any(e.start.day == n for e in events if e.id in numbered.values()):
            return replace(base, choice=numbered[n], rule=f"number {n} of the quoted list (Chinese 号)",
                           fallback_choice=_after_fallback(new, h.start(), language),
                           choice_coming=_part_says_coming(new, h.start(), language))
    named = _short_date_answer(new, events, numbered, language) if count is None else set()
    if len(named) == 1:  # "am Donnerstag", "the 26th", "в четверг", "στις 26": one line of the list
        return replace(base, choice=next(iter(named)), rule="a weekday or day of one line of the quoted list",
                       choice_coming=_part_says_coming(new, 0, language))
    if _kept_one_line(in_quote, sent, new, language):  # "this one:" and the one line of our list they kept
        return replace(base, choice=next(iter(in_quote.values())), rule="the one line of our list the answer quotes",
                       choice_coming=_part_says_coming(new, 0, language))
    if named:  # "Dienstag", "salı" where three lines are Tuesdays: which one? we ask again
        return replace(base, ambiguous=True, rule="a weekday of several lines of the quoted list")
    return base


# a digit with a case or ordinal ending glued to it by a hyphen, apostrophe or point, standing for the line
# ("a 3-ast kérem", "3'ü alalım", "3.sü olsun", "давайте 3-й", "il 2°"): not before a word for people or a month
_SUFFIXED_LINE = re.compile(r"(?<![\w.,:/])([1-9])(?:[-'’.][^\W\d_]{1,5}|[ªº°])(?!\w)(?![-'’.]?\d)")


_TIMES_WORD = re.compile(L.either("times"), re.I)


def _suffixed_line(text: str, language: str) -> re.Match[str] | None:
    """The one digit of a short answer written with an ending ("a 3-ast", "3'ü"), where no word for
    people ("3-х человек") or month ("3-го октября") follows it."""
    found = list(_SUFFIXED_LINE.finditer(text))
    if len(found) != 1:
        return None
    after = re.match(r"\W*(\w+)", text[found[0].end():])
    if after and (after.group(1).lower() in calendar_lexicon()[0] or _PEOPLE.match(after.group(1))):
        return None
    if _TIMES_WORD.fullmatch(found[0].group().lstrip("0123456789-'’.")):
        return None  # "2-mal": twice
    rest = text[found[0].end():found[0].end() + 25]
    if re.match(rf"\W*(?:{_words('will_come', language).pattern}|{_words('comes', language).pattern})", rest, re.I):
        return None  # "3-an jövünk" (we come as three): a count of people, no line
    return found[0]


def _digit_counted(text: str, language: str) -> bool:
    """A digit of the text is part of a count of people it gives ("2 Personen", "нас будет 3-е")."""
    return any(any(c.isdigit() for c in said) for _, _, said in explicit_totals(text, language or None))


def _not_ruled_out(found: list[re.Match[str]], text: str, language: str) -> re.Match[str] | None:
    """The first ordinal whose part of the sentence (between commas) has no negation word: "nicht den ersten,
    den zweiten", "پہلا والا نہیں، دوسرا", "not the first one but the second" (None: all are ruled out)."""
    ends = [e.start() for e in _PART_END.finditer(text)]
    for x in found:
        start = max((e for e in ends if e < x.start()), default=-1) + 1
        end = min((e for e in ends if e >= x.end()), default=len(text))
        part = text[start:end]
        if not I.negated(part, language) or I.NOT_NEGATIVE.search(part):
            return x
    return None


def _weekday_beside(text: str, start: int, end: int, events: tuple[Event, ...], language: str) -> frozenset[str] | None:
    """The workshops on the weekday named right after an ordinal ("the second Tuesday", "den letzten
    Dienstag") or right before it ("Sêşema dawî", "martes último"); None where no weekday stands beside it."""
    for window in (text[end:end + 20], text[max(0, start - 20):start]):
        for m in find_dates(window, events, None, language):
            if m.kind == "weekday" and m.events and (window.lstrip().lower().startswith(m.text.lower())
                                                     or window.rstrip().lower().endswith(m.text.lower())):
                return m.events
    return None


def _after_fallback(text: str, at: int, language: str) -> bool:
    """A word of fallback ("otherwise", "if no place frees up", "sonst") before position ``at`` in its
    sentence, or a condition with a negation after it ("if by Friday there is still nothing", "dacă până
    vineri nu se eliberează loc"), or words of no place being free ("no spot", "nichts frei"): what stands at
    ``at`` is wished only for the case that nothing frees up."""
    if at < 0:
        return False
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    if I.ANY_NONE_FREE(text) and I.NONE_FREE.search(text, start, at) is not None:
        return True  # "wird bis Freitag nichts frei, dann den 17.", "if by Monday there is still no spot, …"
    return ((I.ANY_FALLBACK(text) or I.ANY_CONDITION(text[start:at]))
            and I.failing_condition(text, start, at, language) is not None)


def _date_as_fallback(text: str, events: tuple[Event, ...], language: str) -> bool:
    """A workshop named by date or place only after a fallback in its sentence (``_after_fallback``):
    "if nothing frees up by Monday, could you put us down for 17 October?" chooses nothing yet."""
    if not (I.ANY_FALLBACK(text) or I.ANY_CONDITION(text) or I.ANY_NONE_FREE(text)):
        return False
    named = [m for m in find_dates(text, events, None, language) + find_places(text, events) if m.events]
    # (every place a workshop's words stand: a workshop also named plainly is wished, not a fallback)
    at: dict[str, set[int]] = {}
    for m in named:
        for o in re.finditer(re.escape(m.text), text, re.I):
            for e in m.events:
                at.setdefault(e, set()).add(o.start())
    return any(all(_after_fallback(text, a, language) for a in places) for places in at.values())


def _kept_one_line(kept: dict[int, str], sent: dict[int, str] | None, new: str, language: str) -> bool:
    """The writer deleted all of our list but one line and wrote a short word of their own beside
    it ("this one please", "Kete:"): our list had several lines, the quote keeps one of them, and the
    new text is a short mark (no digit, question, negation or cancelling)."""
    return (len(kept) == 1 and bool(sent) and len(sent or {}) > 1 and set(kept.values()) <= set((sent or {}).values())
            and bool(new.strip()) and _marks(new.strip().rstrip(":"), language))


_DATE_KINDS = ("date", "day", "weekday", "month")


def _short_date_answer(new: str, events: tuple[Event, ...], numbered: dict[int, str], language: str) -> set[str]:
    """A short answer (eight words at most) that names a weekday, a day of the month or a date, and
    with them exactly one workshop of the quoted list ("am Donnerstag", "the 26th", "в четверг", "الخميس"):
    that workshop. Not where it asks, negates or cancels ("Dienstag nicht", "am Donnerstag?"). Where a
    weekday alone fits several lines ("Dienstag", "salı"): those lines (then we ask again)."""
    if len(new.split()) > 8 or I.QUESTION_MARK.search(new) or I.negated(new, language) or I.ANY_CANCEL(new):
        return set()
    mentions = [m for m in find_dates(new, events, None, language) if m.kind in _DATE_KINDS]
    if not mentions and len(new.split()) <= 2:
        mentions = _local_weekday(new, events)
    named = combine(mentions) if mentions else None
    listed = set(named or ()) & set(numbered.values())
    if len(listed) == 1 and named is not None and len(named) == 1:
        return listed
    several = len(listed) > 1 and all(m.kind == "weekday" for m in mentions) and len(new.split()) <= 3
    return listed if several else set()


def _local_weekday(new: str, events: tuple[Event, ...]) -> list[Mention]:
    """A one- or two-word answer that is a weekday only in some language's own mail ("joi", Romanian for
    Thursday; the detector cannot tell the language of one word): that weekday where every such language
    reads the same one."""
    readings = {frozenset(m.events) for lang in LOCAL_WEEKDAYS
                for m in find_dates(new, events, None, lang) if m.kind == "weekday" and m.events}
    if len(readings) != 1:
        return []
    return [m for lang in LOCAL_WEEKDAYS for m in find_dates(new, events, None, lang) if m.kind == "weekday"][:1]


def _inline_mark(text: str, numbered: dict[int, str], language: str) -> int | None:
    """The line of our quoted list under which the writer put a short answer of their own, inside
    the list ("> 3. Weinsberg …" / "this one, please" / "> 4. Brackenheim …"): that line is the
    choice. Only where one such answer stands inside the list (quoted lines of the list above and
    below it; under the last line, followed by the rest of our quoted mail, only an answer with a
    word pointing at it, ``this_one``), without digits, question, negation or cancelling, and not
    ending in ":" (which points down, not up)."""
    found: list[int] = []
    above: int | None = None  # the number of the quoted list line just above, if the last quoted line was one
    block: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.lstrip().startswith(">"):
            if block and not line.lstrip("> \t").strip():
                continue  # an empty quoted line below the answer: the quote goes on after it
            item = _LIST_LINE.match(line)
            # under the last line of the list too, when our quoted mail goes on below the answer, if the
            # answer points at it ("em chọn cái này": "passt" there may answer the whole list)
            if block and above is not None and (item is not None or (
                    line.lstrip("> \t").strip() and _points_at_it(" ".join(block), language))):
                found.append(above if _marks(" ".join(block), language) else -1)
            block = []
            bare = line.lstrip("> \t")
            above = int(item.group(1)) if item else (above if not bare.strip() else None)
        elif above is not None:
            block.append(line.strip())
    return found[0] if len(found) == 1 and found[0] in numbered else None


def _points_at_it(said: str, language: str) -> bool:
    """A short answer that points at the line above it ("this one", "den hier", "cái này", in the mail's
    language, German or English) and names no line itself: no ordinal, number word or date."""
    return (bool(_words("this_one", language).search(said)) and not _ORDINAL.search(said)
            and not _LINE_WORD.search(said) and not find_dates(said, (), None, language))


def _marks(said: str, language: str) -> bool:
    """A short mark of one's own beside a line of our list ("den hier bitte", "this one", "x")."""
    return (len(said.split()) <= 8 and not re.search(r"\d|\?", said) and not said.rstrip().endswith(":")
            and not I.negated(said, language) and not I.ANY_CANCEL(said))


# a number word (two to nine: "one", "ein", "bir" are articles too) standing for a line of our list
_LINE_WORDS = "|".join(re.escape(w) for w in sorted((w for w, n in _WORD_NUMBER.items() if n > 1), key=len, reverse=True))
_LINE_WORD = re.compile(rf"(?<!\w)({_LINE_WORDS})(?!\w)", re.I)
_PEOPLE = re.compile(L.either("people_nouns"), re.I)


def _number_word_line(lines: list[str]) -> re.Match[str] | None:
    """The one number word of a short line (five words at most) that names no people ("zwei
    Personen" is a head-count) and no other number: "Die Vier bitte", "la tres", "ikisi"."""
    for line in lines:
        if len(line.split()) > 5 or "?" in line or line.rstrip().endswith(":"):
            continue  # "Zwei Fragen noch:", "Geht auch drei?": no choice
        found = list(_LINE_WORD.finditer(line))
        if len(found) == 1 and not _PEOPLE.search(line, found[0].end()):
            return found[0]
    return None


_PART_OF_DATES = re.compile(r"[,;!?\n]|(?<!\d)\.(?=\s|$)")  # (not the points of "26.9.")


def cancelled_and_kept(text: str, events: tuple[Event, ...], lang: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """The workshops ``text`` names by date, place or month in parts with a word of cancelling,
    and in parts with a word of keeping (`keep_as_is`) and none of cancelling: "den am 26.9. bitte
    absagen, Offenau bleibt", "az októberit töröljék, a szeptemberi marad"; a part that only
    cancels ("Отмените, пожалуйста,") gives its word to the next part that names one, or to the part
    just before it when that one names one ("den im Oktober, bitte streichen")."""
    cancel, keep = _words("cancel", lang), _words("keep_as_is", lang)
    local = _KEEP_LOCAL.get(lang)
    cancelled: set[str] = set()
    kept: set[str] = set()
    waiting = False  # a word of cancelling still without the workshop it cancels
    before: set[str] = set()  # what the part just before named, unless it was kept
    for part in _PART_OF_DATES.split(text):
        named = combine(find_dates(part, events, None, lang) + find_places(part, events))
        cancels = bool(cancel.search(part) or I.CANCEL.search(part))
        if not named:
            if cancels and before:  # "shirka Oktoobar, fadlan ka saar": the part before names what goes
                cancelled |= before
            else:
                waiting = waiting or cancels
            before = set()
            continue
        before = set()
        if cancels or waiting:
            cancelled |= named
            before = set(named)
        elif keep.search(part) or (local is not None and local.search(part)):
            kept |= named
        else:
            before = set(named)
        waiting = False
    return frozenset(cancelled), frozenset(kept)


def _part_says_coming(text: str, pos: int, lang: str) -> bool:
    """Does the part of ``text`` around ``pos`` (between punctuation) say the writer comes there?
    "Samo prvi, na drugi dolazim": the first is not the one "dolazim" speaks of."""
    start = max((m.end() for m in _PART_END.finditer(text, 0, pos)), default=0)
    end = m.start() if (m := _PART_END.search(text, pos)) else len(text)
    part = text[start:end]
    return bool(_words("will_come", lang).search(part) or _words("register", lang).search(part))


def if_space(text: str, lang: str = "") -> bool:
    """A sentence says "if there is (still) space": a word of condition or doubt and one of free
    places (`if_possible`, `seats`): "wenn in Weinsberg noch was frei ist", "if there's still room",
    "jeśli są jeszcze wolne miejsca". Not a condition the desk cannot check ("if there is an interpreter")."""
    condition, space = _words("condition", lang), _space(lang)
    return any((condition.search(s) or I.TENTATIVE.search(s)) and space.search(s) and not I.QUESTION_TOPIC.search(s)
               and not I.NONE_FREE.search(s) for s in sentences(text))  # ("if nothing is free by Friday": a fallback)


@lru_cache(maxsize=64)
def _space(lang: str) -> re.Pattern[str]:
    return re.compile(f"{_words('if_possible', lang).pattern}|{_words('seats', lang).pattern}", re.I)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_NUMBER.get(word.lower(), 0)


_WORD = re.compile(r"[^\W_]+")


def bare_number(text: str, lang: str = "") -> int | None:
    """A number standing alone on one of the first lines of the text ("2", "Drei.", "двое!", "۳"), as an answer
    to "how many people come?" is written; None where no line is one number alone, or two lines are."""
    words = numbers_of(lang or None).words
    found = []
    for line in [ln for ln in text.splitlines() if ln.strip()][:4]:
        tokens = _WORD.findall(line)
        if len(tokens) == 1 and (n := number(tokens[0], words)) is not None and 0 < n < 100:
            found.append(n)
    return found[0] if len(found) == 1 else None


def head_count(text: str, lang: str = "") -> int | None:
    """The number of people the text gives ("3 Plätze", and what people.py reads: "zu zweit",
    "für 2 Personen", "nur ich", "ich bringe meine Schwester mit"), or None when it gives none."""
    seats = [_number(m.group(1)) for m in _SEATS.finditer(text)]
    if seats:
        return seats[-1]
    more = _additions(text, lang) + _additions(text, lang, "fewer")
    totals = [t for t in explicit_totals(text) if t not in more]
    if more and not totals:
        return None  # "one more person", "eine Person weniger": people in addition or fewer, no total
    # "bitte auf 3 Personen erhöhen, ich bringe zwei Kollegen mit": the total a change goes to wins
    target = [n for pos, n, _ in totals if _CHANGE_TO.search(text, 0, pos)]
    if target:
        return target[-1]
    # "nur zu zweit statt zu dritt", "4 kişi yerine 3 kişi": the total after "instead of" is the old one
    left = S.left_behind(text)
    new = [n for pos, n, said in totals if not any(a <= pos + len(said) and pos <= b for a, b in left)]
    if new and len(new) < len(totals):
        return new[-1]
    att = count_attendees(text, "", [], lang or None)
    if _relative(att.rule) and att.count and (_WITH_WRITER in att.rule or someone_drops_out(text, lang)):
        # "Luca fällt aus, meine Frau und ich sind aber dabei", "дети не пойдут, будем только мы с мужем",
        # "mein Mann und ich kommen wie geplant": the writer in a list of who comes, or the people said to
        # come beside one who drops out, are all who come, not some in addition
        return att.count
    return att.count if att.rule not in ("", "sender") and not _relative(att.rule) and att.count else None


def someone_drops_out(text: str, lang: str = "") -> bool:
    """A part of a sentence says someone other than the writer does not come ("Luca fällt leider
    aus", "one colleague is ill", "дети не пойдут"): a cancelling or `unwell` word, or a negated
    word of coming (`comes`), in a clause without a word of the first person ("my" does not count)."""
    unwell, comes = _words("unwell", lang), _words("comes", lang)
    for part in _CLAUSE.split(text):
        said = I.CANCEL.search(part) or unwell.search(part) or (comes.search(part) and I.negated(part, lang))
        if said and not I.first_person(lang).search(_MY.sub(" ", part)):
            return True
    return False


def _additions(text: str, lang: str = "", concept: str = "additional") -> list[tuple[int, int, str]]:
    """The counts that are people in addition ("one more person", "noch eine Person", "2 weitere
    Personen", "bir kişi daha"): the word for "more" inside the count or right before or after it;
    with ``concept="fewer"`` the people fewer ("eine Person weniger", "one person less")."""
    def near(pos: int, said: str) -> str:
        after = text[pos + len(said):].split(",")[0].split()[:2]  # "2 persone in meno"
        return text[max(0, pos - 12):pos].split(",")[-1] + said + " " + " ".join(after)
    more = _words(concept, lang)
    return [(pos, n, said) for pos, n, said in explicit_totals(text) if more.search(near(pos, said))]


def people_fewer(text: str, lang: str = "") -> int | None:
    """How many fewer people the text says come ("eine Person weniger", "2 persone in meno"), when
    it gives no total."""
    fewer = _additions(text, lang, "fewer")
    if not fewer and not explicit_totals(text) and _words("one_fewer", lang).search(text):
        return 1  # "на одного меньше", "eggyel kevesebben leszünk": one, said in a form no count reads
    return sum(n for _, n, _ in fewer) if fewer else None


_ADD_WORDS = L.compiled("add_people")


def _told_or_asked_to_add(text: str) -> str:
    """The sentences that say something (``gates.statements``), and those that ask us to add people ("mon mari
    voudrait venir aussi, pouvez-vous l'ajouter ?", "можете его добавить?"): a request in a question's form
    changes the registration as a statement does; "may I bring my son?" stays a question for staff."""
    return " ".join(s for s in sentences(text)
                    if not I.QUESTION_MARK.search(s) or I.QUESTION_ROUTINE.search(s) or _ADD_WORDS.search(s))


def companions_added(text: str, lang: str = "") -> int | None:
    """How many people the text says come along besides the writer ("my son would like to come
    too", "ich bringe meine Schwester mit", "one more person"), when it gives no total."""
    more = _additions(text, lang)
    if more:
        return sum(n for _, n, _ in more)
    added = added_people(text, lang or None)  # "please add my son", "oğlumu da ekleyin"
    if added:
        return added
    att = count_attendees(text, "", [])
    if _relative(att.rule) and att.count and att.count > 1:
        return att.count - 1
    return one_more(text, lang) or None


def joins_booking(text: str, lang: str = "") -> int | None:
    """"Hallo nochmal, mein Sohn kommt auch mit", "my wife is coming too", "j'amène aussi ma sœur" (a mail naming no
    registration): how many people the writer adds to what they booked, where the text says someone comes or is
    brought along ``too`` (the ``along_words`` and ``brings_along`` of the mail's language) and asks to register
    nobody besides (no ``register`` word but those of coming: "Ich möchte mich mit meiner Tochter anmelden" may be
    a registration of its own)."""
    plain = text.lower()
    if not (_words("along_words", lang).search(plain) or _words("brings_along", lang).search(plain)):
        return None
    if I.ANY_REGISTER(_words("comes", lang).sub(" ", plain)):
        return None
    return companions_added(text, lang)


def one_more(text: str, lang: str = "") -> int:
    """"Eine Kollegin kommt auch mit", "a colleague of mine would like to join us", "une collègue
    viendra aussi": one person named by relation with the word for "one" (English "a" too), in a
    sentence with a word of coming, not negated: that many people more."""
    comes = _words("comes", lang)
    return sum(len(_one_kin(lang).findall(s)) for s in sentences(text)
               if comes.search(s) and not I.negated(s, lang) and not I.CANCEL.search(s))


@lru_cache(maxsize=64)
def _one_kin(lang: str) -> re.Pattern[str]:
    """The word for "one" (English "a", "an" too) right before a `kin` word of the mail's language."""
    ones = [w for w, n in L.table("numbers").items() if n == 1] + (["a", "an"] if lang == "en" else [])
    return re.compile(rf"(?<!\w)(?:{L.alternation(ones)})\s+(?:{_words('kin', lang).pattern})(?!\w)", re.I)


def someone_else_kept_away(text: str, lang: str = "") -> bool:
    """"Mein Mann ist krank, ich komme trotzdem", "my husband is ill but I'll still come": a
    sentence says another person is ill (or kept away), and the text says the others still come;
    no cancelling word is needed. One of the people registered drops out."""
    unwell, kin = _words("unwell", lang), _words("kin", lang)
    return still_coming(text) and any(unwell.search(s) and (I.THIRD_PARTY.search(s) or kin.search(s))
                                      for s in sentences(text))


def someone_else_comes(text: str, lang: str = "") -> bool:
    """"ben gelemiyorum ama eşim gelecek", "я не смогу, но муж придёт": another person is said
    to come, not negated."""
    return any(not I.NEGATION.search(m.group("gap") + m.group("after")) for m in _other_comes(lang).finditer(text))


def keeps(text: str, lang: str = "") -> bool:
    """No to our question whether to change: "nein, bleibt", "Ne, ostajem", "Όχι", "不用换"."""
    local = _KEEP_LOCAL.get(lang)
    return bool(_KEEP.search(text) or (local is not None and local.search(text)))


def says_yes(text: str, lang: str = "") -> bool:
    """Yes to our question whether to change ("Ja, bitte", "Evet", "Sì, grazie", "Po, ju lutem"),
    outside the words that keep what is booked ("nicht wechseln" says no)."""
    rest = _KEEP.sub(" ", text)
    if lang in _KEEP_LOCAL:
        rest = _KEEP_LOCAL[lang].sub(" ", rest)
    local = _YES_LOCAL.get(lang)
    return bool(_YES.search(rest) or (local is not None and local.search(rest)))


def prefers_other(text: str, lang: str = "") -> bool:
    """The text prefers or asks for something else ("lieber", "mejor el 17", "prefiro antes", "instead
    of", "umbuchen"): a workshop it names beside ours is wished instead of ours, not as well."""
    return bool(_words("prefer", lang).search(text) or _words("change", lang).search(text)
                or _words("contrast", lang).search(text) or _instead_of_date(text, lang)
                or any(rx.search(text) for rx, _ in S.present(text, "instead_of")))


def _instead_of_date(text: str, lang: str) -> bool:
    """"instead" pointing back, said of a date or place ("le 21 à la place", "am 26. stattdessen"), not
    of a person ("à sa place", "my wife comes instead of me": a substitute, no change of date)."""
    return any(not _words("kin", lang).search(text[max(0, m.start() - 40):m.start()])
               and not I.THIRD_PARTY.search(text[max(0, m.start() - 40):m.start()])
               for m in _words("instead_of_that", lang).finditer(text))


def _relative(rule: str) -> bool:
    """The count is the writer plus the companions named (people.count_attendees' last step)."""
    return rule.startswith("sender;")
