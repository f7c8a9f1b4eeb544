"""What the sender wants, and how each clause speaks of an event (wants it, rules it out,
had it before, only might come). The words are the language files' concepts (``lexicon``);
this module combines them into the rules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from ..catalogs import LOCALE, TEMPLATES, catalog_paths, translated_subjects
from . import lexicon as L
from .guard import AnyMatch
from .startcache import cached, fingerprint, regex


def _separable(verbs: str, particle: str, at_end: bool = True) -> str:
    """A German separable verb split around the clause: "ich sage meine Teilnahme am 19.09. ab".
    The words between may hold the full stops of dates; the particle ends the clause when
    ``at_end`` ("ab 17 Uhr" is a preposition)."""
    end = r"(?=\s*(?:[.!,;:)]|$))" if at_end else r"(?!\w)"
    return rf"(?<!\w)({verbs})(?!\w)(?:[^.!?\n]|(?<=\d)\.){{0,100}}?(?<!\w){particle}{end}"


def _verbs(concept: str) -> list[str]:
    """The German separable verbs of a concept ("ich sage meine Teilnahme am 19.09. ab")."""
    return [_separable("|".join(map(re.escape, v)), re.escape(p), at_end=p != "teil") for v, p in L.separable(concept)]


def _concept(concept: str, *extra: str) -> re.Pattern[str]:
    """A concept of the language files (mailbot/understand/lang/*.toml), plus its German separable verbs."""
    return L.compiled(concept, *_verbs(concept), *extra)


def _any(concept: str) -> AnyMatch:
    """Whether ``_concept(concept)`` finds anything in a text (a faster yes/no test)."""
    return L.any_match(concept, *_verbs(concept))


REGISTER = _concept("register")
CANCEL = _concept("cancel")
CHANGE_STRONG = _concept("change")
CHANGE_WEAK = _concept("prefer")
# "egal welcher", "either is fine", "hangisi olursa": the choice between the dates named is left to us
EITHER = _concept("either_is_fine")
ANY_EITHER = _any("either_is_fine")
# the same yes/no answers as REGISTER.search … and CONDITION.search below, found faster (guard.AnyMatch)
ANY_REGISTER, ANY_CANCEL, ANY_CHANGE_STRONG, ANY_CHANGE_WEAK = (_any(c) for c in ("register", "cancel", "change", "prefer"))
# "keine Absage", "do not cancel", "iptal yok": says that nothing is cancelled
NOT_CANCELLING = _concept("not_cancelling")
ANY_NOT_CANCELLING = _any("not_cancelling")


def without_denied_cancel(text: str) -> str:
    """``text`` with the phrases that deny a cancellation blanked (same length): "wir kommen, keine Absage",
    "biz geliyoruz, iptal yok" cancel nothing, and their cancelling word must not be read as one."""
    if not ANY_NOT_CANCELLING(text):
        return text
    return NOT_CANCELLING.sub(lambda m: " " * len(m.group()), text)
ANY_WILL_COME = _any("will_come")  # "I will come", "سآتي", "آؤں گا": a wish to come said with the verb of coming
NEGATION = _concept("negation")
ANY_NEGATION = _ANY_NEGATION = _any("negation")
# short negation words are ordinary words in other languages ("ne" is "us" in Romanian, "no" is "in the"
# in Portuguese): they count only in their own language
_NEG_LANG = L.local("negation")
OLD = _concept("already_registered")
_ANY_OLD = _any("already_registered")
FROM_TO = regex(rf"{L.either('change_from')}\s+(.{{1,40}}?)\s+{L.either('change_to')}\s+", re.I)
# "falls möglich", "if there is still space": polite, no condition
_NOT_CONDITION = rf"(?!\s+{L.either('if_possible')})"  # "اگر امکان دارد", "agar mumkin ho": if possible
# ("(?:a|b)c" tries what "ac|bc" tries, in the same order)
_CONDITION = f"(?:{L.joined('condition')}){_NOT_CONDITION}"
TENTATIVE = regex(f"(?:{L.joined('tentative')})|{_CONDITION}", re.I)
# whether TENTATIVE finds anything ("(?:a|b)c" finds something where "ac|bc" does)
_CONDITION_PARTS = [f"(?:{p}){_NOT_CONDITION}" for p in L.grouped("condition", sliced=True)]
_ANY_TENTATIVE = AnyMatch(L.grouped("tentative", sliced=True) + _CONDITION_PARTS)
ALL_OF_THEM = L.compiled("all_of_them")  # "all of them", "alle drei", "hepsine": every line of a list
EXCLUSIVE = _concept("only")
ANY_EXCLUSIVE = _any("only")
CONDITION = regex(_CONDITION, re.I)
ANY_CONDITION = AnyMatch(_CONDITION_PARTS)
FALLBACK = _concept("fallback")
ANY_FALLBACK = _any("fallback")
NONE_FREE = L.compiled("none_free")  # "nichts frei", "no spot", "не освободится": the case a fallback is for
ANY_NONE_FREE = L.any_match("none_free")
ONLY_IF = regex(f"(?:{EXCLUSIVE.pattern})\\s+(?:{CONDITION.pattern})", re.I)
# "falls es regnet", "sonst", "otherwise": what follows is supposed, not said as a fact
HYPOTHETICAL = regex(f"{_CONDITION}|(?:{L.joined('fallback')})", re.I)
FIRST_PERSON = _concept("first_person")  # the entries that mean "I/we" in every language's mail
# short pronouns that are other words elsewhere ("i" is "and" in Croatian, "je" is "is", "mi" a Turkish
# question particle, "من" is "from" in Arabic): they count only in their own language's mail, and in every
# mail whose language is unknown
_FIRST_PERSON_LOCAL = L.local("first_person")
_FIRST_PERSON_IN: dict[str | None, re.Pattern[str]] = {
    code: regex(f"{FIRST_PERSON.pattern}|{local.pattern}", re.I) for code, local in _FIRST_PERSON_LOCAL.items()}
_FIRST_PERSON_IN[None] = regex("|".join([FIRST_PERSON.pattern, *(r.pattern for r in _FIRST_PERSON_LOCAL.values())]), re.I)


def first_person(language: str | None) -> re.Pattern[str]:
    """The words of the first person in mail written in ``language`` (None: not known, every language's)."""
    return _FIRST_PERSON_IN.get(language or None, FIRST_PERSON)
THIRD_PARTY = _concept("someone_else")
SAME_ADDRESS = _concept("same_address")  # "wir haben die gleiche E-Mail", "pišem sa iste adrese"
ANY_THIRD_PARTY = _any("someone_else")
INVITATION = _concept("invitation")
ANY_INVITATION = _any("invitation")
# "bei uns im Ort", "in our village", "у нас в городе": the workshop in the writer's own town, not named
ANY_OWN_TOWN = _any("own_town")
ANYONE = _concept("anyone")
ANY_ANYONE = _any("anyone")
QUESTION_TOPIC = _concept("question_topics")
ANY_QUESTION_TOPIC = _any("question_topics")
# a question the desk answers itself ("Gibt es noch Plätze?", "When is it?"), not one for staff
QUESTION_ROUTINE = _concept("routine_question")
_ANY_QUESTION_ROUTINE = _any("routine_question")
# "AW: Re: [2]: …": the prefixes of replies and forwards
REPLY_PREFIX = re.compile(
    rf"^\s*((?:{L.either('reply_prefix')}|{L.either('forward_prefix')})\s*(\[\d+\])?\s*[:：]\s*)+", re.I)
_PLACEHOLDER = re.compile(r"%\(\w+\)s")


def own_subject_pattern(subjects: Iterable[str]) -> re.Pattern[str]:
    """Our subject lines (catalog texts, ``%(date)s`` left in) as one pattern found anywhere in a
    subject: a placeholder between two texts stands for any text (a date written otherwise, a number),
    one at either end for nothing; a space for any white space; letter case does not count."""
    alternatives = set()
    for subject in subjects:
        pieces = (piece.split() for piece in _PLACEHOLDER.split(subject.replace("%%", "%")))
        alternatives.add(r".{1,80}?".join(r"\s+".join(map(re.escape, words)) for words in pieces if words))
    alternatives.discard("")
    return re.compile("|".join(sorted(alternatives, key=len, reverse=True)) or "(?!)", re.I)


def _own_subjects() -> list[str]:
    """The subject line of every reply kind in German and every catalog language (catalogs.py), kept in
    the start-up cache while the templates and catalogs are unchanged."""
    files = [*TEMPLATES.glob("*.txt.j2"), *catalog_paths(LOCALE).values(), Path(__file__).parents[1] / "catalogs.py"]
    return cached("own_subjects", fingerprint(files, version("babel")), translated_subjects)


# the subjects of our own mails (templates/ and their catalogs): a subject that repeats one after any prefix
# ("Odsutan: Ihre Anmeldung zum Workshop am 19.09.2023", an out-of-office) is an echo, read as context like "Re:"
OWN_SUBJECT = own_subject_pattern(_own_subjects())


def _waiting_names() -> list[str]:
    """The name our waiting-list notice gives itself at the head of its subject line ("Warteliste: Workshop
    am …", "Waiting list: workshop on …"), in German and every catalog language."""
    files = [TEMPLATES / "waiting.txt.j2", *catalog_paths(LOCALE).values(), Path(__file__).parents[1] / "catalogs.py"]
    subjects = cached("waiting_subjects", fingerprint(files, version("babel")),
                      lambda: translated_subjects(pattern="waiting.txt.j2"))
    return sorted({s.split(":")[0].strip() for s in subjects if ":" in s and s.split(":")[0].strip()}, key=len, reverse=True)


# our waiting-list notice, quoted or in a reply's subject: it offers the other open dates instead of the full one
WAITING_NOTICE = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in _waiting_names()) or '(?!)'})(?!\w)", re.I)
# Greek asks with ";" (U+037E becomes ";" under NFC); Amharic and Tigrinya with "፧"
# (also a Greek sentence whose last word before the ";" is a Latin one: "parking κοντά στο Kulturforum;")
QUESTION_MARK = re.compile(r"[?؟？፧]|(?<=[\u0370-\u03ff\u1f00-\u1fff])\s?;"
                           r"|[\u0370-\u03ff\u1f00-\u1fff][^.;!?\n]{0,120};(?=\s|$)")


# negation words in phrases that say yes: "I can't wait", "auf keinen Fall verpassen", "kein Problem"
NOT_NEGATIVE = _concept("not_negative")
_ANY_NOT_NEGATIVE = ANY_NOT_NEGATIVE = _any("not_negative")


# whether a clause holds a word of any of the four concepts polarity tests (most hold none): one search
# instead of four
_ANY_MOOD = AnyMatch([p for a in (_ANY_NOT_NEGATIVE, _ANY_TENTATIVE, _ANY_OLD, _ANY_NEGATION) for p in a.parts])


@lru_cache(maxsize=256)  # a clause is judged again as a part and in the gates
def polarity(clause: str, language: str = "de") -> str:
    """pos | neg | other_neg | old | tentative: how this clause speaks of the events it names."""
    if not _ANY_MOOD(clause) and not _negated_locally(clause, language):
        return "pos"
    if _ANY_NOT_NEGATIVE(clause):
        clause = NOT_NEGATIVE.sub(" ", clause)
    if ANY_EITHER(clause):  # "hangisi olursa", "wherever there is room": no condition, the choice is ours
        clause = EITHER.sub(" ", clause)
    if _ANY_TENTATIVE(clause):
        return "tentative"
    if _ANY_OLD(clause):
        return "old"
    if negated(clause, language):
        third = ANY_THIRD_PARTY(clause) and not first_person(language).search(clause)
        return "other_neg" if third else "neg"
    return "pos"


def negated(text: str, language: str) -> bool:
    """A negation word, short ones ("не", "non", "ne") only in their own language."""
    return _ANY_NEGATION(text) or _negated_locally(text, language)


_CLAUSE_END = re.compile(r"[.!;\n]|[?؟？፧]")


def failing_condition(text: str, start: int, at: int, language: str,
                      words: re.Pattern[str] = HYPOTHETICAL) -> re.Match[str] | None:
    """The first of ``words`` (by default a condition or a fallback) in ``text[start:at]``, in the sentence of
    ``at``, that says something fails: a word of fallback ("otherwise", "sonst", "inače") or a condition with
    a negation between it and ``at`` ("if by Friday there is still nothing", "falls sie nicht dürfen", "ako ne");
    not "if possible", "wenn es geht", "if the children may come"."""
    for m in words.finditer(text, start, at):
        if _CLAUSE_END.search(text, m.end(), at) is None and (
                FALLBACK.match(text, m.start()) or negated(text[m.start():at], language)):
            return m
    return None


def _negated_locally(text: str, language: str) -> bool:
    """A short negation word of the mail's own language ("не", "non", "ne")."""
    lang_neg = _NEG_LANG.get(language)
    return bool(lang_neg and lang_neg.search(text))


# "Können Sie mich …?", "Could you put me …?", "Beni … alabilir misiniz?": asks the desk to do something
# for the writer; with a workshop named, that is a wish, not a question for staff
ASKS_YOU = _concept("asks_you")
ME = _concept("me")
_ANY_ASKS_YOU, _ANY_ME = _any("asks_you"), _any("me")  # (the yes/no tests of a staff question)


@lru_cache(maxsize=256)  # asked for each clause of a sentence
def is_staff_question(sentence: str) -> bool:
    if not QUESTION_MARK.search(sentence):
        return False
    if ANY_QUESTION_TOPIC(sentence):
        return True
    # "Can I rather come on the 17th?" asks for a change, not staff
    return not (_ANY_QUESTION_ROUTINE(sentence) or ANY_REGISTER(sentence)
                or ANY_CHANGE_STRONG(sentence) or ANY_CHANGE_WEAK(sentence) or ANY_CANCEL(sentence)
                or (_ANY_ASKS_YOU(sentence) and _ANY_ME(sentence)))

AFTER_ANSWER = regex(rf"^\s*{L.either('then_if_so')}", re.I)
FORWARD_PREFIX = regex(rf"^\s*{L.either('forward_prefix')}\s*:", re.I)
POINTS_BELOW = _concept("see_below")
