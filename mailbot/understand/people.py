"""How many people a registration is for, and their names where given.

Read in this order, the first that speaks wins:
1. an explicit total ("3 Personen", "zu zweit", "wir sind 2", "saremo in tre", "нас будет двое");
   when several are given the last one counts ("… fünf angemeldet … nur noch vier Personen");
2. a list of names, one per line or after "Namen:";
3. the rows of an attached participant list (CSV);
4. the sender plus each companion ("mit meiner Frau", "mich und meine Kollegin", "mit zwei
   Kolleginnen"), where a sender who says they do not come, or who registers someone else, is
   not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon as L
from .calendar_names import lexicon
from .guard import dispatched, first_lowered, guarded, look_ahead, lowered
from .intent import ANY_NEGATION, QUESTION_MARK, REGISTER, failing_condition, first_person, negated
from .names import AND_SPLIT, CLOSING, csv_rows, name_list
from .totals import (HAN_KIN, KIN, Counting, explicit_totals, joined_totals, number, number_patterns, numbers_of,
                     overall, summed_up)
from .startcache import regex

def relatives(text: str) -> bool:
    """Two people in one word ("meine Eltern") or a number of relatives ("zwei Kinder")."""
    return bool(_PAIR.search(text) or numbers_of(None).kin_number.search(text))


_WITH = L.compiled("with")
_WE = L.compiled("we")
# "mit meiner Frau", "with my husband", "eşimle": each `number_patterns` entry counts on its own, the plain entries
# of all files together (where two overlap, "với bố" in "với bố mẹ", the longer counts once)
COMPANION = [regex(p, re.I) for p in L.grouped("companions")]
# all of them as one alternation: where it finds nothing, none of the hundred patterns needs its own search;
# where it finds one, only those that can begin with a character of the text (no Greek pattern in German mail)
_ANY_COMPANION = L.compiled("companions")
_ANY_COMPANION_TEST = L.any_match("companions")  # the same yes/no, faster (guard.AnyMatch)
_COMPANION_FIRST = [(p, first_lowered(p.pattern)) for p in COMPANION]
SENDER_ABSENT = L.compiled("sender_absent")
ANY_SENDER_ABSENT = L.any_match("sender_absent")  # the same yes/no, faster (guard.AnyMatch)
_PAIR = L.compiled("pair")
OTHER_PERSON = regex(
    # not "meine Frau Anna" (a companion) nor "Liebe Frau Schneider" (the person greeted)
    r"(?<!\w)(?i:" + look_ahead(L.either("titles")) + r")(?<!(?i:meine ))(?<!(?i:meiner ))(?<!(?i:my ))(?<!(?i:geehrte ))(?<!(?i:geehrter ))(?<!(?i:liebe ))"
    r"(?<!(?i:lieber ))(?<!(?i:hallo ))(?<!(?i:dear ))(?<!(?i:guten tag ))(?i:" + L.either("titles") + r")\s+(?:(?i:dr)\.\s+)?"
    r"([A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+)?)"
    r"(?=[^!?\n]{0,80}(?:(?i:" + REGISTER.pattern + r")|(?<!\w)an(?=\s*(?:[.!,;]|$))))")
AGES = regex(r"\s*(?:" + "|".join(L.alternatives("ages")) + ")", re.I)
SELF_WORDS = L.compiled("me")



# The writer in a list of people joined by "and" or commas: "ich und meine Frau", "mi esposo, mi suegra y yo",
# "ja i moja majka", "супруга и ја", "меня и мужа", "eu, soțul meu și cei doi copii", "ኣነን ሰብኣየን". Each
# relative named counts once, a number before one counts them ("two children"); a name after the noun or an age
# in brackets belongs to it. The relatives are the `kin` of every file, found also against a bound "and" (Arabic
# "وزوجي": so they may begin inside a word here, right after the joint); the writer is `self_listed`.
# (an entry open at both ends, as Chinese writes them, as few letters as the list allows: the next words stand
# against the noun)
def _lazy(rx: str) -> str:
    return rx + "?" if rx.endswith("]*") else rx


# (the longest first: "sister-in-law" before "sister", "bố chồng" before "bố"; arranged by first letters
# (``guard.dispatched``: the same matches, but a position tries only the nouns that begin with its letter, not
# each of the few thousand in turn, wherever a list may go on)
_KIN_AFTER_JOINT = "(?:" + dispatched([_lazy(L.entry_regex(w)) if w.startswith("*") else L.entry_regex("*" + w)
                                       for w in sorted(set(L.words("kin")), key=lambda w: (-len(w), w))]) + ")"
_POSSESSIVE = L.either("possessive")
_COUNTED_KIN = regex(KIN, re.I)  # nouns that stand after a number: most are plurals


@lru_cache(maxsize=1)
def _single_nouns() -> frozenset[str]:
    """Whole words of `kin` that no `counted_kin` entry names as a whole word: one person ("پسرش", his son),
    though a stem of `counted_kin` ("پسر*": after a number the noun stays singular) covers it too."""
    counted = {w.lower() for w in L.words("counted_kin") if "*" not in w}
    return frozenset(w.lower() for w in L.words("kin") if "*" not in w and w.lower() not in counted)


def _one_person(words: str) -> bool:
    """The last word of a relative's words is a noun for one person (`_single_nouns`)."""
    last = re.findall(r"[\w\u200c]+", words)
    return bool(last) and last[-1].lower() in _single_nouns()
# between two of the list: a comma or "and"; before its last one (next to the writer) "and" itself, so that a
# greeting ("Liebe Frau Roth, ich …") or an apposition ("Ich, Frau Roth, …") is no list
# (the Ethiopic comma "፣" too: "እኔ፣ ባለቤቴና ልጃችን")
_AND = rf"[ \t]*{L.either('list_and')}[ \t]*"
_JOINT = rf"(?:[ \t]*[,،、，፣][ \t]*(?:{L.either('list_and')}[ \t]*)?|{_AND}|[ \t]*[&+][ \t]*)"
_LAST_JOINT = rf"(?:[ \t]*[,،、，፣]?{_AND}|[ \t]*[&+][ \t]*)"


# a possessive after the noun ("η νύφη μου", "снаха ми"), not the "and" before the next person or a number of
# them ("mijn vrouw en twee buren": Tanglish "en" is "my") ("schoonmoeder
# en mijn zwager": Tanglish "en" is "my"; "teściem i wnuczką": Greeklish "i" is "the")
# (nor "with" before the next person: Albanian "shoqja ime me djalin e saj", my friend with her son: "me" is
# "with" there, "our" after a Kurmanji noun)
_NEXT_PERSON = (rf"(?!{L.either('list_and')}\s+(?:{_POSSESSIVE}\s|{_KIN_AFTER_JOINT}))"
                rf"(?!(?:{L.either('with')})\s+(?:{_POSSESSIVE}\s+)?{_KIN_AFTER_JOINT})")


def _member(num: str) -> str:
    return (rf"(?:{_POSSESSIVE}\s*){{0,2}}(?:(?<![\d.,/:])(?P<n>{num})\s+)?(?:{_POSSESSIVE}\s*)?{_KIN_AFTER_JOINT}"
            rf"(?:\s+(?=\w\w){_NEXT_PERSON}(?!{L.either('list_and')}\s+{num}\s){_POSSESSIVE}){{0,2}}(?:\s+(?-i:[A-ZÀ-ÖØ-ÞČĆŠŽĐŞĞİŁŚŹŻ][a-zà-öø-ÿ\u0100-\u017f]+))?(?:\s*\(\s*\d{{1,2}}[^()\d]{{0,12}}\))?")


@lru_cache(maxsize=1)
def _lists() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the writer first, the writer last, the people after "with", one of them) as patterns."""
    num = number_patterns()[4].pattern.removeprefix(r"(?<![\w.])").removesuffix(r"(?![\w.])")
    member = _member(num)
    plain = re.sub(r"\(\?P<\w+>", "(?:", member)
    writer = L.either("self_listed")
    # (after a colon the writer may be followed by commas only: "придём: я, подруга с сыном", "wir kommen: ich,
    # meine Schwester"; elsewhere "and" before the last, so that "Ich, Mutter von zwei Kindern, …" is no list)
    first = regex(guarded(rf"(?:(?P<writer>{writer})(?:{_JOINT}{plain})*{_LAST_JOINT}{plain}"
                          rf"|(?:(?<=:)|(?<=:[ \t]))(?P<writer_>{writer})(?:{_JOINT}{plain})+(?=[ \t]*(?:[.!;\n(]|$|(?:{L.either('with')})\s)))"), re.I)
    # (searched only in the few words before a writer that follows "and": see _listed_with_writer)
    last = regex(guarded(rf"(?<!\w){plain}(?:{_JOINT}{plain})*{_LAST_JOINT}(?P<writer>{writer})(?!\w)"), re.I)
    along = regex(guarded(rf"(?<![\w'’]){L.either('with')}\s+(?P<people>{plain}(?:{_JOINT}{plain})*)"), re.I)  # "avec ma belle-mère"
    return first, last, along, regex(member, re.I)


@lru_cache(maxsize=1)
def _writer_after_and() -> re.Pattern[str]:
    """The writer right after "and" (or a comma and "and"): where a list may end with the writer."""
    return regex(guarded(rf"{_LAST_JOINT}{L.either('self_listed')}(?!\w)"), re.I)


# "I am" right before: "I'm her husband and I'll come", "je suis son mari et je viendrai": the relative is the
# writer described, no list
_WRITER_IS = regex(rf"(?<!\w)(?:{L.either('i_am')})(?:\s+[\w'’]+)?\s+$", re.I)  # ("I'm Mia's aunt and I")
_WRITER_IS_RIGHT = regex(rf"(?<!\w)(?:{L.either('i_am')})\s+$", re.I)


@lru_cache(maxsize=1)
def _writer_in_the_middle() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The writer after a comma with the list going on after "and" ("meine Frau, ich und unsere Tochter", "my wife,
    me and our son"), and the relatives before the writer in such a list."""
    num = number_patterns()[4].pattern.removeprefix(r"(?<![\w.])").removesuffix(r"(?![\w.])")
    plain = re.sub(r"\(\?P<\w+>", "(?:", _member(num))
    writer = L.either("self_listed")
    after_comma = regex(guarded(rf"[ \t]*[,،、，፣][ \t]*{writer}(?!\w)(?={_LAST_JOINT}{plain})"), re.I)
    before = regex(guarded(rf"(?<!\w){plain}(?:{_JOINT}{plain})*[ \t]*[,،、，፣][ \t]*(?P<writer>{writer})(?!\w)"), re.I)
    return after_comma, before


def _lists_ending_with_writer(text: str) -> list[re.Match[str]]:
    """Lists of relatives that end with the writer ("meine Frau und ich"), or that reach the writer and go on
    ("meine Frau, ich und unsere Tochter": the part before the writer; the part after is the writer's list)."""
    last = _lists()[1]
    out = []
    for w in _writer_after_and().finditer(text):
        lo = max(0, w.start() - 160)
        m = next((m for m in last.finditer(text, lo, w.end()) if m.end() == w.end()), None)
        if m and not _WRITER_IS.search(text, max(0, m.start() - 30), m.start()):
            out.append(m)
    after_comma, before = _writer_in_the_middle()
    for w in after_comma.finditer(text):
        lo = max(0, w.start() - 160)
        m = next((m for m in before.finditer(text, lo, w.end()) if m.end() == w.end()), None)
        if m and not _WRITER_IS.search(text, max(0, m.start() - 30), m.start()):
            out.append(m)
    return out


_COMMA = re.compile(r"[,،、，፣]")


def _denied(text: str, at: int, language: str | None) -> bool:
    """A negation in the next three words before any punctuation: "… mio marito invece non può"."""
    stop = _GAP_BREAK.search(text, at, at + 60)
    return negated(" ".join(text[at:stop.start() if stop else at + 60].split()[:3]), language or "")


@lru_cache(maxsize=1)
def _list_ending_with_a_name() -> re.Pattern[str]:
    """A list that begins with the writer, names one relative or more and ends with "and" and a first name alone
    (capitalised), the end of its clause: "ich, meine Frau und Jana.", "me, my husband and Aylin,"."""
    num = number_patterns()[4].pattern.removeprefix(r"(?<![\w.])").removesuffix(r"(?![\w.])")
    plain = re.sub(r"\(\?P<\w+>", "(?:", _member(num))
    return regex(guarded(rf"(?P<writer>{L.either('self_listed')})(?:{_JOINT}{plain})+{_LAST_JOINT}"
                         rf"(?-i:(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+))(?=[ \t]*(?:[.,;!?\n(]|$))"), re.I)


def _named_after_writer_list(text: str) -> list[re.Match[str]]:
    """The lists (``_list_ending_with_a_name``) whose last word is a person's first name: not a relative's noun,
    nor a word for several people ("und Familie")."""
    out = []
    for m in _list_ending_with_a_name().finditer(text):
        word = m.group("name")
        if not (_ANY_KIN.fullmatch(word) or _PAIR.fullmatch(word) or _ANY_UNNUMBERED(word) or ANY_NEGATION(word)):
            out.append(m)
    return out


def _writer_listed(text: str) -> bool:
    """The writer is one of a list of people: "me and my husband", "mein Sohn und ich"."""
    return bool(_lists()[0].search(text) or _lists_ending_with_writer(text))


def _listed_with_writer(text: str, taken: list[tuple[int, int]], words: dict[str, int],
                        language: str | None = None) -> list[tuple[int, int, int]]:
    """(start, end, count) of each relative named in a list with the writer, or after "with", and not counted yet."""
    first, _, along, member = _lists()
    out: list[tuple[int, int, int]] = []
    for pattern, found in ((first, first.finditer(text)), (along, along.finditer(text)),
                           (None, _lists_ending_with_writer(text)), (first, _named_after_writer_list(text))):
        for lm in found:
            if ANY_NEGATION(lm.group()) or any(c.start() < lm.end() and lm.start() < c.end()
                                                  for c in CLOSING.finditer(text, max(0, lm.start() - 40), lm.end() + 40)):
                continue  # "Mit freundlichen Grüßen": a closing, no friend
            along_with = pattern is along
            if along_with and _WRITER_IS_RIGHT.search(text, max(0, lm.start() - 30), lm.start()):
                continue  # "je suis sa sœur": "sa" is "with" in Serbian, a possessive after "I am"
            start, end = lm.span("people") if along_with else lm.span()
            if "name" in lm.re.groupindex:
                end = lm.start("name")  # (the name at its end is counted on its own)
            if not along_with:  # the writer is no relative ("man" is the writer in Persian, a husband in Dutch)
                w = "writer_" if "writer_" in lm.re.groupindex and lm.start("writer_") >= 0 else "writer"
                start, end = (lm.end(w), end) if lm.start(w) == start else (start, lm.start(w))
            prev = start
            for m in member.finditer(text, start, end):
                joint, prev = text[prev:m.start()], m.end()
                if _COMMA.search(joint) and _denied(text, m.end(), language):
                    break  # "con mio figlio, mio marito invece non può": a new sentence's subject, who does not come
                if any(s < m.end() and m.start() < e for s, e in taken + [(a, b) for a, b, _ in out]):
                    continue
                if along_with and not m.group("n") and _COUNTED_KIN.search(m.group()) and not _one_person(m.group()):
                    continue  # "con mis colegas": how many is not said
                out.append((m.start(), m.end(), (number(m.group("n"), words) or 1) if m.group("n") else 1))
    return out


_STAYS_AWAY = L.compiled("stays_away")  # "bleibt zu Hause", "looks after the kids", "se queda con"
_ANY_STAYS_AWAY = L.any_match("stays_away")  # (most mail says none: a quick test before they are read)
_ANY_KIN = L.compiled("kin")
_GAP_BREAK = re.compile(r"[,.;:!?\n]")


def _away(text: str, language: str | None) -> list[tuple[int, int]]:
    """Where the mail says that someone does not come: stays home, minds the children, is away; not where
    it is denied ("… kommt mit und passt nicht auf die Kinder auf")."""
    out = []
    for m in _STAYS_AWAY.finditer(text) if _ANY_STAYS_AWAY(text) else ():
        before = _GAP_BREAK.split(text[max(0, m.start() - 30):m.start()])[-1].split()[-2:]
        if not negated(" ".join(before) + " " + m.group(), language or ""):
            out.append(m.span())
    return out


def _kept_away(span: tuple[int, int], away: list[tuple[int, int]], text: str) -> bool:
    """The people at ``span`` are those a "stays away" phrase speaks of: they overlap it, or stand right
    before it ("mein Mann bleibt daheim") or right after it ("stays home with the kids"), with at most
    three words, no punctuation and no other person between."""
    s, e = span
    for a, b in away:
        if s < b and a < e:
            return True
        gap = text[e:a] if e <= a else text[b:s]
        if len(gap.split()) <= 3 and not _GAP_BREAK.search(gap) and not _ANY_KIN.search(gap):
            return True
    return False


_WITH_AFTER = L.compiled("with_after")
_ANY_WITH_AFTER = L.any_match("with_after")
_KIN_INSIDE = regex(_KIN_AFTER_JOINT, re.I)  # (the noun may carry a preposition glued before it: Amharic "ከጓደኛዬ")
# (one word, or two; a word runs to the next space or stop: the vowel signs of "सीमा" are no \w)
_NAME_WORDS = [re.compile(rf"((?:\s+[^\W\d_][^\s\d.,;:!?()\[\]\"“”]*){{{n}}})\s+$") for n in (1, 2)]


_AND_WORD = regex(rf"(?:{L.either('list_and')}|{L.either('and')})", re.I)


def _a_name(word: str) -> bool:
    """A word that may be a person's name: capitalised, or in a script without capitals ("सीमा", "ሄለን")."""
    first = word[0]
    return first.isupper() or (first.lower() == first.upper() and not first.isascii())


def _names_before_with(text: str) -> str:
    """``text`` with the name blanked that stands between a companion's noun and a "with" written after the
    person (`with_after`): "kız kardeşim Elif ile" reads as "kız kardeşim ile", "अपनी सहेली सीमा के साथ" as
    "अपनी सहेली के साथ", "ከጓደኛዬ ሄለን ጋር" as "ከጓደኛዬ ጋር" (one or two words of a name, no relative's noun among
    them; the offsets stay)."""
    if not _ANY_WITH_AFTER(text):
        return text
    out = text
    for w in _WITH_AFTER.finditer(text):
        if w.start() and text[w.start() - 1].isalnum():
            continue  # (a "with" glued into a word is no postposition)
        for words in _NAME_WORDS:
            gap = words.search(text, max(0, w.start() - 60), w.start())
            # (no relative's noun among the words, not even after a glued preposition, and no "and": "ከእህቴ እና
            # ከእናቴ ጋር" names two relatives)
            if gap is None or not all(_a_name(x) and not _KIN_INSIDE.search(x) and not _AND_WORD.fullmatch(x)
                                      for x in gap.group(1).split()):
                continue
            if any(k.end() == gap.start() for k in _KIN_INSIDE.finditer(text, max(0, gap.start() - 40), gap.start())):
                s, e = gap.span(1)
                out = out[:s] + " " * (e - s) + out[e:]
                break
    return out


_ACCOMPANIES = L.compiled("accompanies")  # "ich begleite sie", "I'll come with her"
_ENROL = L.compiled("enrol_others")  # "register", "anmelden", "inscribir a", "записать"
_WILL_COME = L.compiled("will_come")
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.)+")  # (a full stop after a digit ends no sentence: "für den 26. anmelden")


@lru_cache(maxsize=None)
def _said_in(concept: str, language: str | None) -> re.Pattern[str] | None:
    """A concept's words in the mail's language only; None where the language is not known."""
    if language not in L.languages():
        return None
    return regex("|".join(f"(?:{p})" for p in L.alternatives(concept, (language,))) or r"(?!x)x", re.I)


def _me_in(language: str | None) -> re.Pattern[str]:
    """"me", "mich" of the mail's language ("mi" is "me" in Italian, "my" in Spanish)."""
    return _said_in("me", language) or SELF_WORDS


@lru_cache(maxsize=None)
def _endings(concept: str, language: str | None) -> re.Pattern[str] | None:
    """The word endings of a concept in the mail's language, matched at the end of a word; None where the
    language is not known or has none."""
    lang = L.languages().get(language or "")
    words = lang.phrases.get(concept, ()) if lang is not None else ()
    return regex(rf"(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})$", re.I) if words else None


def _glued_with(text: str, at: int, glued: re.Pattern[str]) -> bool:
    """Does the word that begins at ``at`` end with an ending that says "with" ("eşimle", "annemle")?"""
    word = re.match(r"\w+", text[at:])
    return bool(word and len(word.group()) > 4 and glued.search(word.group()))


@lru_cache(maxsize=1)
def _gluing_languages() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(relatives' words, endings that say "with") of each language that glues "with" to a word (`with_suffix`)."""
    out = []
    for code in L.languages():
        ends, kin = _endings("with_suffix", code), _said_in("kin", code)
        if ends is not None and kin is not None:
            out.append((kin, ends))
    return tuple(out)


def _glued_kin(text: str, at: int, glued: re.Pattern[str] | None) -> bool:
    """Does the relative's word at ``at`` end with "with" ("eşimle", "annemle")? In the endings of the mail's
    language, or of the language the relative's word belongs to: a mail read as German may say "esimle beraber"
    (Turkish, with my spouse) among its German words."""
    if glued is not None and _glued_with(text, at, glued):
        return True
    return any(kin.match(text, at) and _glued_with(text, at, ends) for kin, ends in _gluing_languages())


_ADD = L.compiled("add_people")  # "add", "dazuschreiben", "ekleyin", "добавьте"


def added_people(text: str, language: str | None = None) -> int | None:
    """"Please add my son", "bitte meine Tochter noch dazuschreiben", "oğlumu da ekleyin": relatives as the
    object of a verb that adds people to a registration (`add_people`), in a sentence with no "me", "we" or
    "with": how many people are added (None where none are)."""
    numbers = numbers_of(language)
    found = _enrolled_others(text, numbers, _away(text, language), language, _ADD)
    return found[0] if found else None


def _enrolled_others(text: str, numbers: Counting, away: list[tuple[int, int]],
                     language: str | None, verb: re.Pattern[str] = _ENROL) -> tuple[int, str] | None:
    """"I would like to register my parents", "meine Schwiegereltern … anmelden", "inscribir a mi hijo": relatives
    as the object of a verb that registers, with no "me", "we" or "with" in their sentence and nothing else saying
    that the writer comes, are the people who come (the writer is not among them). ``verb``: another verb
    that puts people on the list (`added_people`)."""
    if (not verb.search(text) or OTHER_PERSON.search(text) or _writer_listed(text) or _WILL_COME.search(text)
            or _ACCOMPANIES.search(text) or _WITH_ME.search(text)
            or not (_ANY_KIN.search(text) or _PAIR.search(text))):
        return None
    _, _, along, member = _lists()
    glued = _endings("with_suffix", language)
    count, said = 0, []
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group()
        if (not verb.search(part) or _me_in(language).search(part) or _me_in("de").search(part)
                or _we_said(part, language) or along.search(part)):  # (German mixed into any mail: "ich möchte mich anmelden")
            continue
        if any(_glued_kin(text, m.start(), glued) for m in member.finditer(text, *sentence.span())):
            continue  # "eşimle beraber kaydolmak": the writer comes with the person named
        taken: list[tuple[int, int]] = []
        for pattern, each in ((_PAIR, 2), (numbers.kin_number, 0), (member, 1)):
            for m in pattern.finditer(text, *sentence.span()):
                if any(s < m.end() and m.start() < e for s, e in taken) or _kept_away(m.span(), away, text):
                    continue
                if pattern is member and _inside_a_word(text, m.start()):
                    continue  # "Merhaba": no "ba" (Vietnamese "father") at its end
                n = each or number(m.group(1), numbers.words) or 0
                if n:
                    taken.append(m.span())
                    count += n
                    said.append(m.group().strip())
    return (count, ", ".join(said)) if count else None


def _we_said(text: str, language: str | None) -> bool:
    """A word for "we" in ``text``, not one that is a possessive in the mail's language (Bulgarian "съпругът ми",
    my husband: "ми" is "we" in Ukrainian and Serbian)."""
    mine = _said_in("possessive", language)
    return any(not (mine and mine.fullmatch(m.group())) for m in _WE.finditer(text))


_BRINGS = L.compiled("brings_along")


def _brings(language: str | None) -> re.Pattern[str]:
    """"ich bringe … mit", "I'll bring" in the mail's language ("trago" brings in Portuguese only; every
    language's words where the language is not known)."""
    return _said_in("brings_along", language) or _BRINGS


_IN_TOTAL = L.compiled("in_total")
_SENTENCE_STOP = re.compile(r"[!?\n]|(?<!\d)\.")


def _brought(text: str, at: int, words: str, language: str | None) -> bool:
    """The total ``words`` at ``at`` counts the people the writer brings along ("I'll bring my class, 15
    pupils", "my youth group of 12"), the writer besides them: a verb of bringing before it in its sentence,
    no "in total" nor "we" ("we will be 15") and no relative between ("ich bringe meinen Mann mit, also 2
    Personen": the total of both)."""
    start = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_STOP.search(text, at + len(words))
    bring = _brings(language).search(text, start, at)
    return bool(bring and not _IN_TOTAL.search(text, start, stop.start() if stop else len(text))
                and not _WE.search(text, bring.end(), at + len(words)) and not _ANY_KIN.search(text, bring.end(), at))



def _person_key(words: str) -> tuple[str, str]:
    """(the relative's noun, the name after it) of a companion's words: "mein Bruder kommt mit" ("bruder", "")."""
    kin = _ANY_KIN.search(words)
    noun = (kin.group() if kin else (re.findall(r"\w+", words) or [""])[-1]).lower()
    name = re.match(r"\s+((?-i:[A-ZÀ-ÖØ-Þ]\w+))", words[kin.end():]) if kin else None
    return noun, name.group(1) if name else ""


def _first_naming(said: str, named: list[tuple[str, str]]) -> bool:
    """Is ``said`` the first mention of its person (remembered in ``named``)? A second one counts no more."""
    key = _person_key(said)
    if _named_before(key, named):
        return False
    named.append(key)
    return True


def _named_before(key: tuple[str, str], named: list[tuple[str, str]]) -> bool:
    """The same companion named a second time ("mit meinem Bruder … mein Bruder freut sich", "ablamla … ablam
    da", "mẹ tôi, mẹ 80 tuổi"): the same noun, or one of three letters or more with a case ending of up to three
    letters more, and no other name."""
    noun, name = key
    for other, other_name in named:
        short, long_ = sorted((noun, other), key=len)
        if ((len(short) >= 3 or long_ == short) and long_.startswith(short) and len(long_) - len(short) <= 3
                and (long_ == short or long_[len(short):].isalpha()) and (name == other_name or not name or not other_name)):
            return True
        if _case_forms(noun, other) and (name == other_name or not name or not other_name):
            return True  # "с дочкой … дочке 15": one noun in two cases, its ending's vowel replaced
    return False


_ENDING_VOWELS = set("аеёиоуыэюяйіїєaeiouyáéíóúàèìòùăâîäöüęąěы")


def _case_forms(a: str, b: str) -> bool:
    """Two case forms of one noun: a stem of three letters or more and endings of vowels only (at most two
    letters each): "дочкой"/"дочке", "сестрой"/"сестре"; not "sestra"/"sestrić" (sister, nephew)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    ends = (a[i:], b[i:])
    return (i >= 3 and a != b and all(len(e) <= 2 and set(e) <= _ENDING_VOWELS for e in ends))



_GROUP_JOINT = regex(rf"\s*(?:,|\+|&|{L.either('and')}|{L.either('list_and')})\s*", re.I)
_BEFORE_GROUP = regex(rf"(?:{L.either('with')}|{L.either('plus')}|{L.either('and')}|{L.either('my_our')}|{_POSSESSIVE})\s*$", re.I)


def _counted_group(text: str, numbers: Counting, language: str | None) -> tuple[int, str] | None:
    """"15 Schülerinnen und 3 Lehrer kommen", "20 students and 2 teachers": two or more counts of people
    joined by "and", not after "with" or "my" and with no "I" in their sentence, are the whole group (the
    writer, if among them, is counted in them)."""
    found = list(numbers.kin_number.finditer(text))
    i = 0
    while i < len(found) - 1:
        first, j = found[i], i
        while j + 1 < len(found) and _GROUP_JOINT.fullmatch(text, found[j].end(), found[j + 1].start()):
            j += 1
        if j > i:
            sentence = next((s for s in _SENTENCE.finditer(text) if s.start() <= first.start() < s.end()), None)
            before = text[max(sentence.start() if sentence else 0, first.start() - 30):first.start()]
            if (not _BEFORE_GROUP.search(before) and not (sentence and _me_in_sentence(sentence.group(), language))
                    and not (sentence and _with_in(language).search(sentence.group()))):  # "… kommen mit mir"
                parts = [number(m.group(1), numbers.words) or 0 for m in found[i:j + 1]]
                if all(parts):
                    return sum(parts), text[first.start():found[j].end()]
        i = j + 1
    return None


def _with_in(language: str | None) -> re.Pattern[str]:
    """"mit", "with" of the mail's language, each a whole word."""
    return _said_in("with", language) or regex(rf"(?<![\w'’])(?:{L.either('with')})(?!\w)", re.I)


def _me_in_sentence(sentence: str, language: str | None) -> bool:
    """"ich", "I", "me" of the mail's language in a sentence."""
    mine = _said_in("self_listed", language)
    return bool((mine or regex(rf"(?<!\w)(?:{L.either('self_listed')})(?!\w)", re.I)).search(sentence))



_AGE_LIST = regex(rf"\s*(\(?)\s*(?P<pre>(?:[^\W\d]+\s+){{0,3}}?)(\d{{1,2}}(?:\s*(?:,|/|&|{L.either('and')}|{L.either('list_and')})\s*\d{{1,2}})+)"
                  rf"(?!\s*[.:/-]\s*\d)(?P<years>{AGES.pattern})?\s*(\)?)", re.I)
_AGE_NUMBER = re.compile(r"\d{1,2}")
_TWO_SMALL_NUMBERS = re.compile(r"(?<![\d.])\d{1,2}(?![\d.]).{1,24}?(?<![\d.])\d{1,2}(?![\d.])")
_WITH_BEFORE = regex(rf"(?<![\w'’])(?:{L.either('with')})\s+(?:(?:{_POSSESSIVE}|{L.either('my_our')})\s+){{0,2}}$", re.I)


def _aged_plurals(text: str, numbers: Counting) -> list[tuple[int, int, int]]:
    """(start, end, how many) of children named in the plural with no number but their ages ("meine Kinder
    (8 und 11 Jahre)", "my kids aged 6 and 9", "mis hijos de 5 y 7 años"): one person for each age."""
    out: list[tuple[int, int, int]] = []
    if not _TWO_SMALL_NUMBERS.search(text):  # (most mail names no two ages: one quick search)
        return out
    for m in _COUNTED_KIN.finditer(text):
        ages = _AGE_LIST.match(text, m.end())
        if not (ages and (ages.group("years") or (ages.group(1) and ages.group(ages.lastindex or 0) == ")")
                          or any(AGES.fullmatch(" " + w) for w in ages.group("pre").split()))):
            continue
        if any(k.start() <= m.start() < k.end() for k in numbers.kin_number.finditer(text, max(0, m.start() - 30), m.end())):
            continue  # "zwei Töchter (7 und 12)": the number counts them
        out.append((m.start(), m.end(), len(_AGE_NUMBER.findall(ages.group(3)))))
    return out


_AGE_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}\s*[^\W\d]{0,6}\.?\s*\)")
_UNNUMBERED = L.compiled("with_unnumbered")
_ANY_UNNUMBERED = L.any_match("with_unnumbered")


def unnumbered_group(text: str, numbers: Counting, away: list[tuple[int, int]], language: str | None) -> str:
    """The words of several people who come along with the writer, their number not said ("mit meinen Kindern",
    "me and my family", "с семьёй", "با بچه‌هام": the language files' ``with_unnumbered``), or "". Not where they
    are kept away ("my family stays home"), only asked about, denied, counted by their ages ("mit meinen Kindern
    (8 und 11)") or by a number beside them ("mit meinen 2 Kindern", "أولادي الثلاثة")."""
    if not _ANY_UNNUMBERED(text):
        return ""
    aged = _aged_plurals(text, numbers)
    # numbers said with the people: "mit meinen 2 Kindern", "أنا وأولادي الثلاثة" (my three children), "两个孩子"
    counted = [x.span() for pattern in (numbers.with_number, numbers.kin_number, numbers.kin_then_number, HAN_KIN)
               for x in pattern.finditer(text)]
    for m in _UNNUMBERED.finditer(text):
        s, e = m.span()
        if (_kept_away((s, e), away, text) or _only_asked(text, s) or any(a < e and s < z for a, z, _ in aged)
                or any(a < e + 1 and s < z + 1 for a, z in counted)):
            continue
        sentence_start = max((x.end() for x in _SENTENCE_STOP.finditer(text, max(0, s - 80), s)),
                             default=max(0, s - 80))
        tail = " ".join(text[e:e + 40].split()[:3])
        if negated(text[sentence_start:e] + " " + tail, language or ""):
            continue  # "ich komme nicht mit meinen Kindern", "without my kids"
        return m.group()
    return ""


@dataclass
class Attendees:
    count: int | None
    names: list[str] = field(default_factory=list)
    rule: str = ""
    # the words of people who come along without their number ("mit meinen Kindern", "me and my family"):
    # the count is a guess, so the desk asks how many come; "" where the mail says how many or names no group
    unsaid: str = ""
    # the writer registers others and does not come ("meine Eltern möchten kommen, ich selbst nicht")
    writer_absent: bool = False
    # … the others named as people the writer enrols ("register my parents", "add my son")
    enrols_others: bool = False


def _a_date(m: re.Match[str]) -> bool:
    """"с 19 сентября", "with 26 September": a day and its month, not companions."""
    months = lexicon()[0]
    after = re.findall(r"\w+", m.group(0)[m.end(2) - m.start():])
    return any(w.lower() in months or w.lower()[:-1] in months or w.lower()[:-2] in months for w in after)


# "wir (meine Frau, unsere Tochter Lea, 17, und ich)": the people listed after "we"
# (the short pronouns of every language too: "we (…)")
_WE_LIST = regex(r"(?<!\w)(?:" + first_person(None).pattern + r")\s*\(([^()]{3,160})\)", re.I)


def _we_listed(text: str) -> int:
    for m in _WE_LIST.finditer(text):
        items = [i for i in AND_SPLIT.split(m.group(1))
                 if (rest := re.sub(r"[\d\s.]+", " ", i).strip()) and not AGES.fullmatch(rest)]
        if len(items) >= 2:
            return len(items)
    return 0


_BOUND_AND = regex(rf"(?:{L.either('list_and')})$", re.I)


def _inside_a_word(text: str, at: int) -> bool:
    """A relative found at ``at`` begins inside another word, not after an "and" written against it (Arabic
    "وزوجي"): "Merhaba" holds no "ba"."""
    if at == 0 or not text[at - 1].isalnum() or text[at - 1] >= "\u2e80":  # (Chinese writes no spaces)
        return False
    word = re.search(r"\w*$", text[max(0, at - 12):at])
    return not (word and _BOUND_AND.search(word.group()))


_COMES = L.compiled("comes")


def _who_do_not_come(text: str, at: int, language: str | None) -> bool:
    """The people ending at ``at`` are followed by a clause of their own that says they do not come ("ich habe
    3 Kinder, die aber nicht mitkommen", "my two sons, who won't come"): a comma, then a word of coming
    negated, before the next comma or the end of the sentence."""
    after = re.match(r"\s*,([^,.;!?\n]{1,60})", text[at:at + 80])
    return bool(after and _COMES.search(after.group(1)) and negated(after.group(1), language or ""))


_WITH_ME = L.compiled("with_me")
_ANY_WITH_ME = L.any_match("with_me")


def _with_me_named(text: str, counted: list[tuple[int, int]], away: list[tuple[int, int]],
                   words: dict[str, int], language: str | None) -> list[tuple[int, int, int]]:
    """(start, end, how many) of the relatives named in a sentence that says they come "with me" apart from
    them ("Meine Freundin und ihr Mann kommen mit mir", "Со мной придут подруга и её муж", "Vienen conmigo mi
    amiga y su marido"): each comes besides the writer. Not in a question, nor where the sentence denies it;
    those counted already, or kept away, are not counted again."""
    out: list[tuple[int, int, int]] = []
    if not _ANY_WITH_ME(text):
        return out
    member = _lists()[3]
    for sentence in _SENTENCE.finditer(text):
        s, e = sentence.span()
        if (not _WITH_ME.search(text, s, e) or negated(sentence.group(), language or "") or QUESTION_MARK.match(text, e)
                or not _COMES.search(sentence.group())):  # (not "my friend talked with me, I'll come")
            continue
        for m in member.finditer(text, s, e):
            if (any(a < m.end() and m.start() < b for a, b in counted + [(x, y) for x, y, _ in out])
                    or _kept_away(m.span(), away, text) or _inside_a_word(text, m.start())):
                continue
            out.append((m.start(), m.end(), (number(m.group("n"), words) or 1) if m.group("n") else 1))
    return out


@lru_cache(maxsize=1)
def _brought_list() -> re.Pattern[str]:
    """The people right after a verb of bringing ("I'll bring my sister too", "przyprowadzę też siostrę", "o aduc
    și pe sora mea", "приведу с собой мужа"): up to three short words of `along_words` (or "and") between."""
    num = number_patterns()[4].pattern.removeprefix(r"(?<![\w.])").removesuffix(r"(?![\w.])")
    plain = re.sub(r"\(\?P<\w+>", "(?:", _member(num))
    # (the short words of every language: a short Ukrainian mail may be read as Russian)
    return regex(guarded(rf"(?:\s+(?:{L.either('along_words')}|{L.either('list_and')})(?!\w)){{0,3}}\s+"
                         rf"(?P<people>{plain}(?:{_JOINT}{plain})*)"), re.I)


def _brought_named(text: str, counted: list[tuple[int, int]], away: list[tuple[int, int]],
                   words: dict[str, int], language: str | None) -> list[tuple[int, int, int]]:
    """(start, end, how many) of the relatives the writer says they will bring ("I'll bring my sister too",
    "dovest ću i sestru", "приведу сестру", "przyprowadzę siostrę", "o aduc și pe sora mea"): each comes besides
    the writer ("may I bring my son?" too: staff see how many would come). Not where the sentence denies it, nor
    a carer only asked about, nor those counted already or kept away."""
    out: list[tuple[int, int, int]] = []
    bring = _brings(language)
    if not bring.search(text):
        return out
    after, member = _brought_list(), _lists()[3]
    for b in bring.finditer(text):
        lm = after.match(text, b.end())
        if lm is None:
            continue
        sentence_start = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, b.start() - 80), b.start())),
                             default=max(0, b.start() - 80))
        tail = " ".join(text[lm.end():lm.end() + 40].split()[:2])
        if negated(text[sentence_start:lm.end()] + " " + tail, language or ""):
            continue  # "ich bringe meinen Sohn nicht mit", "meinen Sohn bringe ich nicht"
        prev = lm.start("people")
        for m in member.finditer(text, *lm.span("people")):
            joint, prev = text[prev:m.start()], m.end()
            if _COMMA.search(joint) and _denied(text, m.end(), language):
                break
            if (any(a < m.end() and m.start() < z for a, z in counted + [(x, y) for x, y, _ in out])
                    or _kept_away(m.span(), away, text) or _inside_a_word(text, m.start())
                    or (_CARER.search(m.group()) and _only_asked(text, m.start()))):
                continue
            if not m.group("n") and _COUNTED_KIN.search(m.group()) and not _ANY_KIN.fullmatch(m.group().split()[-1]):
                continue
            out.append((m.start(), m.end(), (number(m.group("n"), words) or 1) if m.group("n") else 1))
    return out


@lru_cache(maxsize=None)
def _also_comes(language: str | None) -> re.Pattern[str]:
    """A relative with "too" before or after and a word of coming right after ("i moj muž dolazi", "o meu marido
    também vem", "чоловік теж прийде", "mein Mann kommt auch"): `along_words` and `comes` (of the mail's language
    where it is known)."""
    num = number_patterns()[4].pattern.removeprefix(r"(?<![\w.])").removesuffix(r"(?![\w.])")
    member = _member(num)
    along = rf"(?:{L.either('along_words')})"
    comes = (_said_in("comes", language) or _COMES).pattern
    return regex(guarded(rf"(?<!\w)(?:(?P<too>{along})\s+)?(?P<who>{member})((?:\s+{along}){{1,2}}\s+(?:{comes})"
                         rf"|\s+(?:{comes})(?(too)|(?:\s+{along})))(?!\w)"), re.I)


def _comes_too(text: str, counted: list[tuple[int, int]], away: list[tuple[int, int]],
               words: dict[str, int], language: str | None) -> list[tuple[int, int, int]]:
    """(start, end, how many) of relatives said to come too, in a sentence of their own ("i moj muž dolazi",
    "o meu marido também vem"): each besides the writer; not negated, not asked, not counted already."""
    out: list[tuple[int, int, int]] = []
    if not _COMES.search(text) or not _ANY_KIN.search(text):
        return out
    for m in _also_comes(language).finditer(text):
        s, e = m.span("who")
        end = _SENTENCE_END.search(text, m.end())
        rest = text[m.end():end.start() if end else len(text)]
        if (negated(m.group() + " " + " ".join(rest.split()[:3]), language or "") or _only_asked(text, m.end())
                or any(a < e and s < z for a, z in counted + [(x, y) for x, y, _ in out])
                or _kept_away((s, e), away, text) or _inside_a_word(text, s)):
            continue
        if not m.group("n") and _COUNTED_KIN.search(text, s, e) and not _one_person(text[s:e]):
            continue  # "my colleagues come too": how many is not said
        out.append((s, e, (number(m.group("n"), words) or 1) if m.group("n") else 1))
    return out


_CARER = regex(L.either("carers"), re.I)
_SENTENCE_END = re.compile(r"[.!;\n]|[?؟？፧]")


def _only_asked(text: str, at: int) -> bool:
    """The words at ``at`` stand in a question ("could my carer come with me?", "darf meine Begleitperson
    mit?"): a carer asked about, whom staff allow or not, is not yet a registered person."""
    end = _SENTENCE_END.search(text, at)
    return end is not None and bool(QUESTION_MARK.match(end.group()))


_IF_OR_ELSE = L.compiled("if_plain", *L.grouped("condition"), *L.grouped("fallback"))


def _if_else_blanked(text: str, language: str | None) -> str:
    """``text`` with each clause blanked that gives a count of people under a condition or as a fallback: from
    the "if"/"otherwise" before the count in its sentence to the sentence's end ("if children may not come, I
    come alone", "falls nicht, komme ich allein", "ako ne, doći ću sama")."""
    out = text
    for at, _, _ in explicit_totals(text, language):
        start = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, at - 120), at)), default=max(0, at - 120))
        # (the last "if" before the count, also after a comma: "…, if not, only me")
        # (only an "if" that says something fails: "if not", "otherwise", "if they cannot come", "falls sie nicht
        # dürfen"; not "if possible, we come three", "wenn es geht, komme ich allein")
        cond = failing_condition(text, start, at, language or "", _IF_OR_ELSE)
        if cond:
            stop = _SENTENCE_END.search(text, at)
            end = stop.start() if stop else len(text)
            out = out[:cond.start()] + " " * (end - cond.start()) + out[end:]
    return out


def count_attendees(text: str, subject: str, attachments: list[str], language: str | None = None) -> Attendees:
    """``language``: the mail's language, for number words that count only in it (``numbers_local``). A count
    that holds only if something fails ("we come four; if children are not welcome, I come alone") does not
    lower the count asked for: read without it, where that gives more people."""
    att = _count_attendees(text, subject, attachments, language)
    if att.rule.startswith("explicit number") and _IF_OR_ELSE.search(text):
        unless = _if_else_blanked(text, language)
        if unless != text:
            asked = _count_attendees(unless, subject, attachments, language)
            if (asked.count or 0) > (att.count or 0):
                return replace(asked, rule=f"{asked.rule} (fewer only under a condition: {att.rule})")
    return att


def _count_attendees(text: str, subject: str, attachments: list[str], language: str | None = None) -> Attendees:
    numbers = numbers_of(language)
    totals = joined_totals(explicit_totals(text, language), text, numbers)
    listed = _we_listed(text)
    if listed and not totals:  # ("a group of 5 … and me (Tom, volunteer)": the total said, not the brackets)
        return Attendees(listed, [], "the people listed after 'we'")
    summed = summed_up(text, totals, numbers, language)
    if summed and not any(t[0] > summed[-1][0] + len(summed[-1][2]) for t in totals):
        at, n, words = summed[-1]  # "… 10 Teilnehmende, mit mir also 11": everyone
        return Attendees(n, name_list(text), f"explicit number: {words!r} (the sum of everyone named)")
    if totals:
        at, n, words = overall(totals, text, numbers)
        if _brought(text, at, words, language):  # "ich bringe meine Klasse mit, 18 Schüler": and the writer
            return Attendees(n + 1, name_list(text), f"explicit number: {words!r} brought along by the writer")
        return Attendees(n, name_list(text), f"explicit number: {words!r}")
    group = _counted_group(text, numbers, language)
    if group:
        return Attendees(group[0], name_list(text), f"a group: {group[1]!r}")
    names = name_list(text)
    if names:
        return Attendees(len(names), names, "list of names")
    for table in attachments:
        rows = csv_rows(table)
        if rows:
            return Attendees(rows, [], f"{rows} rows in the attached list")
    subject_totals = explicit_totals(subject, language)
    if subject_totals:
        _, n, words = subject_totals[-1]
        return Attendees(n, [], f"explicit number in the subject: {words!r}")
    away = _away(text, language)  # "mein Mann bleibt mit den Kindern daheim": neither comes
    enrolled = _enrolled_others(text, numbers, away, language)
    unsaid = unnumbered_group(text, numbers, away, language)
    if enrolled and not _brought_named(text, [], away, numbers.words, language):  # "… Dovest ću i sestru": the writer comes
        return Attendees(enrolled[0], [], f"registers {enrolled[1]} (not the writer)", unsaid,
                         writer_absent=True, enrols_others=True)
    # "I can't come on the 19th, book me and my husband for the 26th": the writer listed comes
    absent = ANY_SENDER_ABSENT(text) and not _writer_listed(text)
    others = [m.group(1) for m in OTHER_PERSON.finditer(text)]
    self_included = not absent and not (others and not SELF_WORDS.search(text))
    count = 1 if self_included else 0
    rules = ["sender" if self_included else "sender does not come"]
    with_number = [m for m in numbers.with_number.finditer(text) if number(m.group(2), numbers.words)
                   and not _a_date(m) and not AGES.match(text, m.end(2) + 1) and not _kept_away(m.span(), away, text)
                   and text[m.start() - 1:m.start()] not in ("'", "’")]  # "that's 2": no "s" (with)  # "zwischen 16 und 19 Jahre alt": an age
    for m in with_number:
        n = number(m.group(2), numbers.words) or 0
        joins_me = not _WITH.fullmatch(m.group("intro"))
        if not joins_me and _WE.search(text[:m.start()]) and count == 1 and n > 1:
            count = n  # "wir möchten mit zwei Mitarbeiterinnen teilnehmen": the two are "we"
            rules.append(f"we = {m.group(0)!r}")
        else:
            count += n
            rules.append(f"+{n}: {m.group(0)!r}")
    taken: list[tuple[int, int]] = [m.span() for m in with_number]  # words already counted
    # a number before a noun of people who come along, whatever stands for "with": "iki çocuğumla",
    # "с двумя детьми", "δύο παιδιά μου", "两个孩子"; then two people named by one word ("meine Eltern"),
    # unless they are named ("meine Eltern, Herr … und Frau …")
    counters = [(numbers.kin_number, 0), (numbers.kin_then_number, 0), (HAN_KIN, 0)] + ([] if others else [(_PAIR, 2)])
    for pattern, each in counters:
        for m in pattern.finditer(text):
            n = each or number(m.group(1), numbers.words) or 0
            if (n and not any(s <= m.start() < e for s, e in taken) and not ANY_NEGATION(m.group())
                    and not _kept_away(m.span(), away, text) and not _who_do_not_come(text, m.end(), language)):
                taken.append(m.span())
                count += n
                rules.append(f"+{n}: {m.group(0)!r}")
    in_lists: list[tuple[int, int]] = []
    named: list[tuple[str, str]] = []  # the companions counted one by one: a second mention counts no more
    singles: list[tuple[int, int]] = []  # where they were counted
    for start, end, n in _listed_with_writer(text, taken, numbers.words, language):  # "супруга и ја", "me, my husband and our two sons"
        in_lists.append((start, end))
        if _kept_away((start, end), away, text) or (_CARER.search(text[start:end]) and _only_asked(text, start)):
            continue
        if n == 1 and not _first_naming(text[start:end], named):
            continue
        count += n
        singles.append((start, end))
        rules.append(f"+{n}: {text[start:end]!r} (listed with the writer)")
    for lm in _named_after_writer_list(text):  # "ich und meine Frau und Jana": Jana too
        start, end = lm.span("name")
        if _first_naming(text[start:end], named):
            count += 1
            singles.append((start, end))
            rules.append(f"+1: {text[start:end]!r} (named in a list with the writer)")
    bare = _AGE_IN_BRACKETS.sub(lambda m: " " * len(m.group()), text)  # "meine Tochter (15) kommt mit"
    bare = _names_before_with(bare)  # "kız kardeşim Elif ile", "अपनी सहेली सीमा के साथ": the noun and "with" meet
    counted: set[tuple[int, int]] = set()  # two entries that read the very same words count them once
    chars = lowered(bare) if _ANY_COMPANION_TEST(bare) else frozenset()
    for pattern, first in _COMPANION_FIRST if chars else ():
        if first is not None and first.isdisjoint(chars):
            continue
        for m in pattern.finditer(bare):
            if any(s <= m.start() < e for s, e in taken) or any(s < m.end() and m.start() < e for s, e in in_lists):
                continue
            if ANY_NEGATION(m.group()) or _kept_away(m.span(), away, text):  # "meine Frau kommt nicht mit"
                continue
            if _CARER.search(m.group(0)) and _only_asked(text, m.start()):  # "may I bring my carer?": asked about
                continue
            if m.span() in counted:
                continue
            counted.add(m.span())
            if not _first_naming(m.group(0), named):
                continue
            count += 1
            singles.append(m.span())
            rules.append(f"+1: {m.group(0)!r}")
    for start, end, n in _with_me_named(text, taken + in_lists + singles, away, numbers.words, language):
        if n == 1 and not _first_naming(text[start:end], named):
            continue
        count += n
        singles.append((start, end))
        rules.append(f"+{n}: {text[start:end]!r} (comes with the writer)")
    for start, end, n in _brought_named(text, taken + in_lists + singles, away, numbers.words, language):
        if n == 1 and not _first_naming(text[start:end], named):
            continue
        count += n
        singles.append((start, end))
        rules.append(f"+{n}: {text[start:end]!r} (brought along by the writer)")
    for start, end, n in _comes_too(text, taken + in_lists + singles, away, numbers.words, language):
        if n == 1 and not _first_naming(text[start:end], named):
            continue
        count += n
        singles.append((start, end))
        rules.append(f"+{n}: {text[start:end]!r} (comes too)")
    for start, end, k in _aged_plurals(text, numbers):  # "mit meinen Kindern (8 und 11 Jahre)": two children
        if _kept_away((start, end), away, text):
            continue
        if any(s < end and start < e for s, e in singles):
            count += k - 1
        elif _WITH_BEFORE.search(text, max(0, start - 30), start) and not any(s <= start < e for s, e in taken):
            count += k
        else:
            continue
        rules.append(f"{k} by their ages: {text[start:end]!r}")
    if count == 1 and self_included and _ACCOMPANIES.search(text) and _ANY_KIN.search(text):
        count = 2  # "meine Mutter möchte kommen … ich begleite sie": she and the writer
        rules.append("+1: the person the writer comes along with")
    if not self_included and others:
        count += len(set(others))
        rules.append(f"registers {', '.join(sorted(set(others)))}")
    if count == 0:
        count = 1
    return Attendees(count, sorted(set(others)) if others and not self_included else [], "; ".join(rules), unsaid,
                     writer_absent=not self_included)
