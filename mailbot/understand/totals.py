"""Explicit totals of people in a text ("3 Personen", "zu zweit", "wir sind 2", "saremo in tre",
"两位"), the number words of every language (and those of one language only, ``numbers_local``),
and the patterns built on them that ``people`` counts companions with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as L
from . import slot_concepts as S
from .calendar_names import lexicon
from .guard import guarded, look_ahead
from .intent import ANY_NOT_NEGATIVE, NOT_NEGATIVE
from .startcache import regex

_SENTENCE_END = re.compile(r"[.!?\n](?!\d)")
_IN_TOTAL = L.compiled("in_total")  # "insgesamt", "in total", "всего"  # "meine Eltern", "my parents": two people
NUMBER_WORDS: dict[str, int] = L.table("numbers")
LOCAL_NUMBERS: dict[str, dict[str, int]] = L.local_table("numbers")  # "do" = 2 only in Hindi typed in Latin letters
TOGETHER: dict[str, int] = L.table("together_count")  # "zu zweit", "вдвоём", "we dwoje"
_PEOPLE_NOUN = "(" + "|".join(f"(?:{p})" for p in L.alternatives("people_nouns")) + ")"
# a number before "with", "and", "my" counts companions, not everyone ("mit 2 Kindern")
# (each a whole word: "s" is "with" in Russian typed in Latin letters, not the end of "seríamos" or "that's")
_NOT_AFTER = "".join(f"(?<!(?<![\\w'’]){re.escape(w)} )" for w in L.words("with") + L.words("plus"))
_PEOPLE_WORD = re.compile(_PEOPLE_NOUN, re.I)
# (a prefix tree behind a look-ahead for the words' first letters: most positions of a text are rejected by one
# set test, and at a word's start one branch goes on instead of each of the words in turn)
_TOGETHER = regex(guarded(r"(?<!\w)(" + L.alternation(TOGETHER, space=r"\ ") + r")(?!\w)"), re.I)
# Chinese writes the count against its noun: "我们一共3人", "两位", "三个人"
_HAN_COUNT = r"(\d{1,2}|[一二两兩俩倆三四五六七八九十])\s*"
_HAN_TOTAL = re.compile(_HAN_COUNT + r"(?:个|個|位|名)?\s*(?:人|成人|大人)(?![员員士家])"
                        r"|一家\s*(\d{1,2}|[一二两兩三四五六七八九十])\s*口")  # "一家三口": a family of three
KIN = L.either("counted_kin")
_CLAUSE_END = re.compile(r"\s*(?:[.,;!?)\n]|$)")
_ANY_KIN = regex(rf"(?<!\w)(?:{L.either('kin')})(?!\w)", re.I)  # a relative or companion named
_KIN_NOUN = regex(rf"^(?:{L.either('kin')})$", re.I)  # "Kollegin", "colleague": one person, no count
HAN_KIN = re.compile(_HAN_COUNT + r"(?:个|個|位|名)\s*" + KIN, re.I)  # "两个孩子": two children


# "… und mein Mann", "… i supruga", "… و خانمم", "vij vetëm unë dhe burri": another person named right after
# "only me" (no comma between: "nur ich, und danke" is one)
_AND_SOMEONE = regex(rf"(?:\s+\w+)?\s*(?:{L.either('and')}|{L.either('with')})\s*(?:{L.either('my_our')}\s*)?\w", re.I)


@dataclass(frozen=True)
class Counting:
    """The number words of a mail's language and the patterns built on them."""
    words: dict[str, int]
    total: re.Pattern[str]  # "3 Personen", "teen log"
    with_number: re.Pattern[str]  # "mit meinen zwei Kindern"
    kin_number: re.Pattern[str]  # "zwei Kinder", "iki çocuğumla", "δύο παιδιά": the number counts them
    kin_then_number: re.Pattern[str]  # the number after its noun: "أطفالي الثلاثة" (my three children)
    count: re.Pattern[str]  # a number standing alone, not a date's part


@lru_cache(maxsize=1)
def number_patterns() -> tuple[re.Pattern[str], ...]:
    """The number patterns, built once with every language's number words (the ``numbers_local`` ones
    too): a word that is no number in the mail's language is dropped when its value is looked up."""
    every = set(NUMBER_WORDS) | {k.lower() for table in LOCAL_NUMBERS.values() for k in table}
    words = L.alternation([w for w in every if " " not in w])
    num = rf"(\d{{1,2}}|{words})"
    return (
        # (no second number between: "von 4 auf 2 Personen" is a total of 2, "18 Schüler und eine Kollegin" 18 and 1)
        # (the look-ahead for the number's first characters before the look-behinds, here and below: no other match)
        # (not a date's or a time's part: "26.09 Kollegin ile")
        regex(rf"{look_ahead(num)}(?<![\w./:]){_NOT_AFTER}{num}\s+(?:(?!\d)(?!(?:{words})\s)\w+\s+){{0,3}}{_PEOPLE_NOUN}", re.I),
        regex(rf"(?P<intro>{L.either('with')}|{L.either('plus')}|{L.either('and')})\s+{L.either('my_our')}?\s*"
                   rf"{num}\s+(?:\w+\s+)?(\w+)", re.I),
        regex(rf"{look_ahead(num)}(?<![\w.,/:-]){num}\s+(?:\w+\s+)?{KIN}", re.I),
        # a number word, not a digit: "Kinder 3" may be anything
        regex(rf"{KIN}\s+({words})(?!\w)", re.I),
        regex(rf"{look_ahead(num)}(?<![\w.]){num}(?![\w.])", re.I),
    )


@lru_cache(maxsize=None)
def _counting(language: str) -> Counting:
    """The general number words plus the language's own (``numbers_local``)."""
    words = {**NUMBER_WORDS, **{k.lower(): v for k, v in LOCAL_NUMBERS.get(language, {}).items()}}
    return Counting(words, *number_patterns())


def numbers_of(language: str | None) -> Counting:
    return _counting(language if language in LOCAL_NUMBERS else "")


def number(word: str, words: dict[str, int] = NUMBER_WORDS) -> int | None:
    word = word.lower().replace("i\u0307", "i").strip()  # Turkish "İki" lowers to "i̇ki"
    if word.isdigit():
        return int(word)
    return words.get(word)


_DAY_BEFORE = regex(rf"(?<!\w)(?:{L.either('day_article')})\s+$", re.I)  # "am", "the", "na" right before a number


def explicit_totals(text: str, language: str | None = None) -> list[tuple[int, int, str]]:
    """(position, count, words) of every explicit total in text; not in phrases that only look
    negative or alone ("nicht allein", "not alone": no count of one)."""
    if ANY_NOT_NEGATIVE(text):  # (most text holds none: one quick search instead of a substitution)
        text = NOT_NEGATIVE.sub(lambda m: " " * len(m.group()), text)
    numbers = numbers_of(language)
    out = []
    for pattern in (numbers.total, _TOGETHER, _HAN_TOTAL):
        # (every Chinese count holds 人 or 口: most text holds neither, found without a search)
        m = pattern.search(text) if pattern is not _HAN_TOTAL or "人" in text or "口" in text else None
        while m:
            g = next(x for x in m.groups() if x).lower()
            n = TOGETHER.get(g) or number(g, numbers.words)
            if n == 1 and pattern is numbers.total and not g.isdigit() and _KIN_NOUN.search(m.group(0).split()[-1]):
                n = None  # "eine Kollegin", "one colleague": one person more, not a total of one
            if n and pattern is numbers.total and g.isdigit():
                end = m.end(next(i for i, x in enumerate(m.groups(), 1) if x))
                after = re.match(r"\W*(\w+)", text[end:end + 40])
                if after and after.group(1).lower() in lexicon()[0]:
                    n = None  # "na 17 pazdziernika obie osoby": the day of a date, no count
                elif n > 12 and len(text[end:m.end()].split()) > 1 and _DAY_BEFORE.search(
                        text, max(0, m.start() - 30), m.start()):
                    n = None  # "przepisać na 26 obie osoby", "am 26 beide Personen": a day (not "the 14 students")
            if n == 1 and pattern is _TOGETHER and _AND_SOMEONE.match(text, m.end()):
                n = None  # "nur ich und mein Mann", "samo ja i supruga": the writer and another, no total of one
            if n and 0 < n <= 200:
                out.append((m.start(), n, m.group(0)))
            # after a word that is a number only in another language ("se" in "se inscrever duas pessoas"),
            # look again right after it
            m = pattern.search(text, m.end() if n else m.start() + 1)
    for rx, _ in S.present(text, "we_count"):  # "siamo in tre", "ще бъдем трима", "hárman leszünk"
        for m in rx.finditer(text):
            # "ще бъдем 4-ма", "нас будет 3-е", "будемо 3-є": a digit with the ending of a collective numeral
            bare = re.sub(r"\W+$", "", m.group("x"))
            word = _SUFFIXED.sub(r"\1", bare)
            if word != bare and int(word) > 12:
                continue  # "на 26-те": a day with its ordinal ending, no collective numeral ("4-ма", "3-е")
            after = re.match(r"\W*(\w+)", text[m.end():])
            if word.isdigit() and after and after.group(1).lower() in lexicon()[0]:
                continue  # "we are 26 September …": a date
            n = None if _PEOPLE_WORD.fullmatch(word) else number(word, numbers.words)  # Tigrinya "ሰባት" (people) is Amharic 7
            if n and 1 < n <= 200:  # "we are one group": no count
                out.append((m.start(), n, m.group(0)))
    if len(out) > 1 and (left := S.left_behind(text)):
        # "we'll be two instead of four", "dört yerine iki kişi": the count "instead of" leaves is the old one
        out = [t for t in out if not any(s <= t[0] < e for s, e in left)] or out
    if out and _ANY_CORRECTION(text):
        out += _corrected(text, out[0][0], numbers)
    return sorted(out)


_SUFFIXED = re.compile(r"^(\d{1,3})-\w{1,3}$")  # a digit and a hyphenated ending: "4-ма", "3-е", "2-je"
_CORRECTION = L.compiled("correction")  # "Korrektur", "I meant", "je voulais dire"
_ANY_CORRECTION = L.any_match("correction")
_STOP = re.compile(r"[.!?\n](?!\d)")
_DAY_BEFORE = regex(rf"(?<!\w)(?:{L.either('day_article')})\s*$", re.I)  # "Korrektur: am 26.": a day


@lru_cache(maxsize=1)
def _corrected_number() -> re.Pattern[str]:
    num = number_patterns()[4].pattern.removeprefix(r"(?<![\w.])").removesuffix(r"(?![\w.])")
    # a count, not a date ("26.09.", "26 September") nor a time ("18:00", "18 Uhr")
    return regex(rf"(?<![\w.]){num}(?!\w)(?!\.?\d)(?!\s*[:.,/-]\s*\d)", re.I)


def _corrected(text: str, first: int, numbers: Counting) -> list[tuple[int, int, str]]:
    """"wir sind 3, Korrektur: 4", "somos 3, perdón, quise decir 4": the first number after a word that
    corrects, in its sentence and after a total already said, is the total meant."""
    out = []
    months = lexicon()[0]
    for c in _CORRECTION.finditer(text):
        if c.start() <= first:
            continue
        stop = _STOP.search(text, c.end())
        end = min(stop.start() if stop else len(text), c.end() + 40)
        m = _corrected_number().search(text, c.end(), end)
        after = re.match(r"\W*(\w+)", text[m.end():]) if m else None
        if m and not (after and after.group(1).lower() in months) and not _DAY_BEFORE.search(text, c.end(), m.start()):
            n = number(m.group(1), numbers.words)
            if n and 0 < n <= 200:
                out.append((m.start(), n, m.group(0)))
    return out


_WITH_WORD = regex(rf"(?<![\w'’])(?:{L.either('with')})(?!\w)", re.I)


@lru_cache(maxsize=None)
def _sum_up_in(language: str | None) -> re.Pattern[str] | None:
    """"also", "so", "that makes" of the mail's language ("also" is "so" in German, "too" in English)."""
    alts = L.alternatives("sum_up", (language,)) if language in L.languages() else []
    return regex("|".join(f"(?:{p})" for p in alts), re.I) if alts else None


def summed_up(text: str, totals: list[tuple[int, int, str]], numbers: Counting,
              language: str | None) -> list[tuple[int, int, str]]:
    """The counts of everyone after "so", "that makes" ("12 Teilnehmende, mit mir also 13", "ich bringe sie
    mit, also 2 Personen"): a total said right after such a word, or a bare number there after an earlier
    count of people; read in the mail's language only."""
    words = _sum_up_in(language)
    out: list[tuple[int, int, str]] = []
    if not words:
        return out
    months = lexicon()[0]
    for w in words.finditer(text):
        stop = _STOP.search(text, w.end())
        end = min(stop.start() if stop else len(text), w.end() + 30)
        m = _corrected_number().search(text, w.end(), end)
        if not m or len(text[w.end():m.start()].split()) > 2 or _DAY_BEFORE.search(text, w.end(), m.start()):
            continue
        after = re.match(r"\W*(\w+)", text[m.end():])
        if after and after.group(1).lower() in months:
            continue
        said = next((t for t in totals if t[0] <= m.start() < t[0] + len(t[2])), None)
        if said:
            out.append(said)
            continue
        if numbers.kin_number.match(text, m.start()) or _WITH_WORD.search(text, w.end(), m.start()):
            continue  # "zusammen mit 3 Freunden": more companions, not everyone
        n = number(m.group(1), numbers.words)
        earlier = any(t[0] < w.start() for t in totals) or numbers.kin_number.search(text, 0, w.start())
        # (or a person named before it, no count: "my wife comes too, so two", "mein Sohn kommt mit, also 2";
        # then a small number ending its clause only: "so 19" may be a day, "so 7 is too late" a time)
        named = (not earlier and n is not None and 1 < n < 10 and _CLAUSE_END.match(text, m.end())
                 and _ANY_KIN.search(text, 0, w.start()))
        if n and 1 < n <= 200 and (earlier or named):
            out.append((m.start(), n, text[w.start():m.end()]))
    return out


# "2 adults and 3 children", "dos adultos y dos niños", "eine Lehrerin mit 8 Schülern"
_JOIN = regex(rf"\s*(?:,|\+|&|{L.either('and')}|{L.either('list_and')}|{L.either('with')})\s*", re.I)
_ALONE_COMMA = regex(r"\s*[,;:(–-]?\s*")  # only a comma (or a bracket, a dash) between two totals
_BARE_COMMA = re.compile(r"\s*[,،，]\s*")
_NOUN_AFTER = regex(rf"\s+{_PEOPLE_NOUN}(?!\w)", re.I)  # "wir kommen mit 2 | Erwachsenen"
# "11 Teilnehmende + ich", "10 students plus me", "8 élèves et moi": the writer besides the total (one word of
# what they are between, and the writer's word last in its clause, or only their role after it: "10 uczestników i
# ja jako nauczycielka"; not "wir sind 3 und ich komme am 17.")
_PLUS_ME = regex(rf"(?:\s+\w+)?\s*(?:\+|plus|{L.either('and')}|{L.either('list_and')})\s*"
                 rf"(?:{L.either('self_listed')})(?:\s+(?:{L.either('as_role')})\s+[^\W\d]+(?:\s+[^\W\d]+)?)?"
                 rf"(?=\s*(?:[.,;:!?)\n]|$))", re.I)


def joined_totals(totals: list[tuple[int, int, str]], text: str, numbers: Counting) -> list[tuple[int, int, str]]:
    """Totals joined by "and" count together ("2 Erwachsene und 2 Kinder": 4); so does a number of
    relatives after a total ("dos adultos y dos niños")."""
    out: list[tuple[int, int, str]] = []
    parts: list[list[int]] = []  # the numbers each joined total is the sum of
    for at, n, words in totals:
        if out:
            p_at, p_n, p_words = out[-1]
            if at < p_at + len(p_words):  # "wir kommen mit 2" and "2 Erwachsene": one total said twice
                out[-1] = (p_at, max(p_n, n), text[p_at:max(p_at + len(p_words), at + len(words))])
                parts[-1][-1] = max(parts[-1][-1], n)
                continue
            gap = text[p_at + len(p_words):at]
            if p_n == n == 1 and not any(c.isdigit() for c in p_words) and not any(c.isalpha() for c in gap):
                continue  # "nur ich, 1 Person", "vetëm unë, 1 person": the one person said twice
            if p_at + len(p_words) <= at and (joint := _JOIN.fullmatch(text, p_at + len(p_words), at)):
                if p_n == n == 1 and _ALONE_COMMA.fullmatch(text, p_at + len(p_words), at) and (
                        TOGETHER.get(p_words.lower()) == 1 or TOGETHER.get(words.lower()) == 1):
                    # "nur ich, 1 Person", "vetëm unë, 1 person": one person said twice
                    out[-1] = (p_at, 1, text[p_at:at + len(words)])
                    continue
                if len(parts[-1]) == 1 and _BARE_COMMA.fullmatch(joint.group()):
                    parts[-1].append(0)  # a comma after the first: maybe a breakdown follows
                parts[-1].append(n)
                out[-1] = (p_at, p_n + n, text[p_at:at + len(words)])
                continue
        out.append((at, n, words))
        parts.append([n])
    for i, (at, n, words) in enumerate(out):
        noun = _NOUN_AFTER.match(text, at + len(words))
        join = _JOIN.match(text, noun.end() if noun else at + len(words))
        kin = (numbers.kin_number.match(text, join.end()) or _one_relative().match(text, join.end())
               if join and join.group().strip() else None)
        if not kin:  # "2 yetişkin 1 çocuk", "2 Erwachsene 1 Kind": a second count in digits, no "and" between
            space = re.compile(r"[ \t]+(?=\d)").match(text, noun.end() if noun else at + len(words))
            kin = numbers.kin_number.match(text, space.end()) if space else None
        if kin and not any(a2 <= kin.start() < a2 + len(w2) for a2, _, w2 in out):
            more = number(kin.group(1), numbers.words) or 0
            out[i] = (at, n + more, text[at:kin.end()])
            parts[i].append(more)
        elif not kin and (me := _PLUS_ME.match(text, noun.end() if noun else at + len(words))):
            out[i] = (at, n + 1, text[at:me.end()])
            parts[i].append(1)
    for i, numbers_joined in enumerate(parts):
        # "4 Personen, 2 Erwachsene und 2 Kinder": a total, then its parts after a comma: the total
        if len(numbers_joined) >= 4 and numbers_joined[1] == 0 and numbers_joined[0] == sum(numbers_joined[2:]):
            out[i] = (out[i][0], numbers_joined[0], out[i][2])
    return out


@lru_cache(maxsize=1)
def _one_relative() -> re.Pattern[str]:
    """One person named by relation after the word for "one": "… und eine Kollegin", "… and one other teacher";
    or a baby ("… y un bebé", `infants`: joined to a count, the baby is one of those who come)."""
    ones = [w for w, n in NUMBER_WORDS.items() if n == 1 and " " not in w]
    return regex(rf"(1|{L.alternation(ones)})\s+(?:\w+\s+)?(?:{L.either('kin')}|{L.either('infants')})(?!\w)", re.I)


def overall(totals: list[tuple[int, int, str]], text: str, numbers: Counting) -> tuple[int, int, str]:
    """The total a mail means: the last one said ("wir sind 2 … nein, doch 3 Personen"), unless
    the numbers after an earlier one, in its sentence, break it down ("zu fünft: drei Erwachsene
    und zwei Kinder")."""
    # (before the total, with no other total between, or among its words: "wir sind insgesamt 7")
    said = [t for t in totals if (m := _IN_TOTAL.search(text, max(0, t[0] - 24), t[0] + len(t[2])))
            and not any(m.end() <= a + len(w) <= t[0] for a, _, w in totals)]
    if said:  # "insgesamt 7 Personen (6 Kolleginnen und ich)": the whole group
        return said[-1]
    for i, (at, n, words) in enumerate(totals[:-1]):
        end = at + len(words)
        stop = _SENTENCE_END.search(text, end)
        parts = [number(m.group(1), numbers.words) or 0
                 for m in numbers.count.finditer(text, end, stop.start() if stop else len(text))]
        if len(parts) >= 2 and sum(parts) == n:
            return totals[i]
    return totals[-1]
