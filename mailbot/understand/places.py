"""Town and venue names → event mentions, tolerant of typos, inflection and other scripts.

Names are compared after transliteration to lower-case ASCII (so "Оффенау" is "offenau"), word
by word: a word fits a name exactly, with a short inflection ending ("Weinsbergu", "Weinsberger",
"Neuenstadtu"), or within a small edit distance ("Neuenstad", "brakenheim"). A word that fits no
name this way may still sound like a configured town as another script writes it ("براكنهايم",
"Βάινσμπεργκ", "魏恩斯贝格", "Vainsberg": ``soundalike``). Only words that point to a single
event count. A town right after a postcode is an address, not a request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from rapidfuzz.distance import Levenshtein

from ..events import Event
from . import lexicon as L
from . import slot_concepts as S
from . import soundalike as SA
from .evidence import Mention
from .text import fold

INFLECTIONS = ("", "u", "e", "a", "s", "y", "i", "om", "em", "de", "da", "te", "ta", "ya", "ye", "ie",
               "er", "ern",  # German adjective forms: "der Weinsberger Workshop", "den Offenauern"
               "be", "ba", "ben", "ban", "bol", "rol", "re", "ra", "ig", "nal", "nel", "hoz", "hez",  # Hungarian cases
               "daki", "deki", "taki", "teki", "dan", "den", "tan", "ten")  # Turkish, glued: "Offenaudaki"
STOP = {"stadt", "halle", "zentrum", "straße", "strasse", "kocher", "forum"}
_WORD = re.compile(r"[a-z0-9]+")
# Chinese and Japanese characters fold to syllables without spaces ("21号Neuenstadt的" → "21haoneuenstadtde"):
# they stand apart from the town names written beside them
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=8)
def _index(events: tuple[Event, ...]) -> dict[str, str]:
    """Distinctive folded name words → event id."""
    owners: dict[str, set[str]] = {}
    for e in events:
        for name in e.place_names():
            for word in _WORD.findall(fold(name)):
                if len(word) >= 4 and word not in STOP:
                    owners.setdefault(word, set()).add(e.id)
    return {w: next(iter(ids)) for w, ids in owners.items() if len(ids) == 1}


@lru_cache(maxsize=8)
def _by_first_letter(events: tuple[Event, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The index's (name, event id) pairs by first letter, in index order (a word is compared only
    with names that start like it)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, event_id in _index(events).items():
        out.setdefault(name[0], []).append((name, event_id))
    return {k: tuple(v) for k, v in out.items()}


SHORT = 8  # a name shorter than this is matched exactly, or with one letter left out, doubled or swapped
# a word after these is a person greeted or signing ("Liebe Sabine", "Grüße, Sabine"), never a misspelt place
GREETED = re.compile(r"(?<!\w)(?:" + "|".join(sorted({re.escape(fold(w).strip("*")) for c in ("greetings", "closings", "titles", "thanks")
                                                           for w in L.words(c)}, key=len, reverse=True)) + r")\W*$")


def _near(word: str, name: str) -> bool:
    """Near-exact for short names: one letter left out or added, or two neighbours swapped
    ("Ofenau", "Offenaau", "Ofefnau"), but no letter replaced ("Sabine" is not "Saline")."""
    if len(word) != len(name):
        return Levenshtein.distance(word, name, score_cutoff=1) <= 1
    diff = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == name[diff[1]] and word[diff[1]] == name[diff[0]]


# a town's "-heim" as the Swabian dialect says it: "Brackene", "Brackena" for Brackenheim; only after a part
# long enough to be no word or name of its own ("Manne" is no Mannheim)
_HEIM = "heim"
_HEIM_SAID = ("e", "a", "em", "ae")
_HEIM_STEM = 6


def _fits(word: str, name: str) -> str | None:
    if word == name:
        return "name"
    if word.startswith(name) and word[len(name):] in INFLECTIONS:
        return "inflected name"
    stem = name[:-len(_HEIM)]
    if name.endswith(_HEIM) and len(stem) >= _HEIM_STEM and word.startswith(stem) and word[len(stem):] in _HEIM_SAID:
        return "name as spoken in dialect"
    if len(name) >= 6 and len(word) >= 5 and word[0] == name[0]:
        if len(name) < SHORT:
            return "misspelt name" if _near(word, name) else None
        limit = 2 if len(name) >= 10 and len(word) >= 10 else 1
        if Levenshtein.distance(word, name, score_cutoff=limit) <= limit:
            return "misspelt name"
    return None


@lru_cache(maxsize=8)
def _phrases(events: tuple[Event, ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Multi-word names ("Neuenstadt am Kocher"), folded, for whole-phrase fuzzy matching."""
    out = []
    for e in events:
        for name in e.place_names():
            words = tuple(_WORD.findall(fold(name)))
            if len(words) >= 2 and len(" ".join(words)) >= 12:
                out.append((words, e.id))
    return tuple(out)


# "von der Weinsberger Tafel", "Offenauer Straße 3": a town's adjective before a name is an
# organisation or a street, not a wish ("der Weinsberger Termin" is one)
_TOWN_ADJECTIVE = re.compile(r"(?<!\w)(?P<x>[A-ZÄÖÜ]\w{2,}er)\s+(?=[A-ZÄÖÜ])(?!(?:Termin|Workshop|Veranstaltung|Datum|Treffen)\w*)")


def not_wished(text: str) -> str:
    """The text with towns blanked out where they are no wish: where someone lives or works
    ("wohne in Offenau", "Weinsberg'de oturuyorum"), or a town's adjective in a name."""
    text = S.mask(text, "home")
    return _TOWN_ADJECTIVE.sub(lambda m: " " * len(m.group("x")), text)


# a line of two or three capitalised words alone: a signature's name ("Birgit Weinberg", "Ali B. Saline")
_NAME_LINE = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\.?\s+){1,2}[^\W\d_][\w'’-]*\s*")


_NOT_A_NAME = L.any_match("not_a_name", *L.alternatives("register"), *L.alternatives("cancel"))  # (a yes/no test)


def _capitalised(text: str) -> bool:
    """Every word capitalised and none a word of a request ("Anmeldung Weinsburg" is the misspelt town)."""
    return all(w[:1].isupper() for w in text.split()) and not _NOT_A_NAME(text)


def find_places(text: str, events: tuple[Event, ...]) -> list[Mention]:
    """The places a text names (a clause is read again as its parts: the same text is looked up once)."""
    return list(_find_places(text, events))


def home_places(text: str, events: tuple[Event, ...]) -> set[str]:
    """The workshops whose town a text names only as where someone lives or works ("ich wohne in Offenau"):
    those ``find_places`` leaves out as no wish."""
    wished = {e for m in _find_places(text, events) for e in m.events}
    return {e for m in _find_places(text, events, False) for e in m.events} - wished


@lru_cache(maxsize=64)  # a message's clauses and their parts; not across messages
def _find_places(text: str, events: tuple[Event, ...], wished_only: bool = True) -> tuple[Mention, ...]:
    names = _names(events)
    masked = not_wished(text) if wished_only else text
    folded = fold(_CJK.sub(" ", masked))
    found: list[Mention] = []
    words = _WORD.findall(folded)
    name_line = bool(_NAME_LINE.fullmatch(text)) and _capitalised(text)  # "Birgit Weinberg" under the text: a name, no misspelt town
    for phrase, event_id in names.phrases if not name_line else ():
        n = len(phrase)
        target = " ".join(phrase)
        for i in range(len(words) - n + 1):
            if words[i][0] != target[0]:
                continue  # (the window would begin otherwise than the name: no join, no comparison)
            window = " ".join(words[i:i + n])
            if window != target and window[:3] == target[:3] and Levenshtein.distance(window, target, score_cutoff=2) <= 2:
                found.append(Mention("place", window, frozenset({event_id}), f"misspelt name {target!r}"))
    for m in _WORD.finditer(folded):
        word = m.group()
        if names.spelt(word) == _NO_FIT:
            continue
        before = folded[max(0, m.start() - 7):m.start()]
        if re.search(r"\d{5}\s*$", before):
            continue  # "74189 Weinsberg": an address
        after = folded[m.end():m.end() + 1]
        if after in ("@", ".") and re.match(r"[.@][a-z]", folded[m.end():m.end() + 2]):
            continue  # part of an e-mail address or domain
        fitting, attached = names.spelt(word)
        for how, name, event_id in fitting:
            if how == "misspelt name" and (name_line or GREETED.search(folded[max(0, m.start() - 12):m.start()])):
                continue
            if how == "inflected name" and name_line and word.endswith("er"):
                continue  # "Tina Weinsberger" under the text: a surname made of the town ("-er"), no wish
            found.append(Mention("place", word, frozenset({event_id}), f"{how} {name!r}"))
            break
        else:
            if attached:
                found.append(Mention("place", word, frozenset({attached[1]}), f"name {attached[0]!r} after a preposition"))
    if not name_line:
        found.extend(_sounding_alike(masked, names, found))
    return tuple(found)


# prepositions and articles written together with the next word: Arabic "بـ", "لـ", "و", "فـ", "الـ",
# Ethiopic "በ", "ለ", "ከ"; case endings Tamil writes after it ("வைன்ஸ்பர்க்கில்": in Weinsberg)
_ATTACHED_BEFORE = {SA.ABJAD: ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"), SA.ETHIOPIC: ("ወደ", "በ", "ለ", "ከ", "የ")}
_TAMIL_CASES = ("ukku", "kku", "ku", "il", "ai", "in")


def _forms(word: str, kind: str) -> list[tuple[str, str]]:
    """(romanized form, script) of a word, without an attached preposition or an inflection ending."""
    words = [word] + [word[len(p):] for p in _ATTACHED_BEFORE.get(kind, ()) if word.startswith(p) and len(word) > len(p) + 3]
    endings = INFLECTIONS if kind in (SA.LATIN, SA.CYRILLIC, SA.GREEK) else _TAMIL_CASES if kind == SA.INDIC else ()
    out = []
    for w in words:
        roman = SA.romanize(w)
        out.append((roman, SA.script(w)))
        out += [(roman[:-len(e)], kind) for e in endings if e and roman.endswith(e) and len(roman) - len(e) >= 4]
    return out


_Fit = tuple[tuple[tuple[str, str, str], ...], tuple[str, str] | None]
_NO_FIT: _Fit = ((), None)


@dataclass(frozen=True)
class _Names:
    """The configured names of a set of events as the reader compares words with them; what a word
    fits is remembered (words recur in a message's clauses and across messages)."""
    spelt: Callable[[str], _Fit]  # a folded word → ((how, name, event id) of each name it fits, in order;
    #                               (name, event id) of one after an attached preposition)
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # ``_phrases``
    ids: dict[str, str]  # a town's distinctive word as written, lower case → event id
    towns: tuple[str, ...]
    sounding: Callable[[str], tuple[str, str] | None]  # a word of any script → (town, event id) it sounds like


_LAST_NAMES: list[tuple[tuple[Event, ...], _Names]] = []  # the events read last (the same object message after message)


def _names(events: tuple[Event, ...]) -> _Names:
    if not _LAST_NAMES or _LAST_NAMES[0][0] is not events:
        _LAST_NAMES[:] = [(events, _names_of(events))]
    return _LAST_NAMES[0][1]


@lru_cache(maxsize=8)
def _names_of(events: tuple[Event, ...]) -> _Names:
    index = _index(events)
    starting = _by_first_letter(events)
    ids = {word: index[fold(word)] for e in events for word in re.findall(r"\w+", e.town.lower())
           if fold(word) in index and len(word) >= 4}

    @lru_cache(maxsize=8192)
    def spelt(word: str) -> _Fit:
        if len(word) < 4 or word.isdigit():
            return _NO_FIT
        fitting = tuple((how, name, event_id) for name, event_id in starting.get(word[0], ())
                        if abs(len(name) - len(word)) <= 3 and (how := _fits(word, name)))
        attached = _with_preposition(word, index)
        return _NO_FIT if not fitting and not attached else (fitting, attached)

    @lru_cache(maxsize=8192)
    def sounding(word: str) -> tuple[str, str] | None:
        kind = SA.script(word)
        if len(word) < 3 or kind == SA.HAN or any(c.isdigit() or c == "_" for c in word):
            return None
        return next(((name, event_id) for roman, script in _forms(word, kind) for name, event_id in ids.items()
                     if SA.fits(roman, script, name)), None)
    return _Names(spelt, _phrases(events), ids, tuple(ids), sounding)


def _sounding_alike(text: str, names: _Names, read: list[Mention]) -> list[Mention]:
    """Words that sound like a configured town as another script or a writer's ear spells it (not
    the words read already, nor a name after a greeting, nor a town of an address)."""
    found: list[Mention] = []
    for run in SA.HAN_RUN.finditer(text):
        for chars, name in SA.han_names(run.group(), names.towns):
            found.append(Mention("place", chars, frozenset({names.ids[name]}), f"name {name!r} in Chinese characters"))
    town = names.sounding
    already = {m.text for m in read}
    # (most texts: each word looked up once, remembered; a name read already is no news)
    if not any(fold(w) not in already for w in filter(town, SA.WORD.findall(text))):
        return found
    for m in SA.WORD.finditer(text):
        word = m.group()
        hit = town(word)
        if not hit or fold(word) in already:
            continue
        if re.search(r"\d{5}\s*$", text[max(0, m.start() - 7):m.start()]) or re.match(r"[.@]\w", text[m.end():m.end() + 2]):
            continue  # "74189 Weinsberg", "info@weinsberg.de"
        if GREETED.search(fold(text[max(0, m.start() - 20):m.start()])):
            continue
        kind = SA.script(word)
        how = "as heard" if kind == SA.LATIN else f"in {kind} letters"
        found.append(Mention("place", word, frozenset({hit[1]}), f"name {hit[0]!r} {how}"))
    return found


# prepositions written together with the next word, as they read after transliteration: Arabic
# "بـ", "لـ", "و", "فـ", "في", "الـ" ("ببراكنهايم"), Ethiopic "በ", "ለ", "ከ" ("በብራከንሃይም")
_ATTACHED = ("bal", "wal", "fal", "lil", "al", "bi", "be", "le", "ke", "b", "l", "w", "f")


def _with_preposition(word: str, index: dict[str, str]) -> tuple[str, str] | None:
    """(name, event id) when the word is a name (inflected or misspelt) after an attached preposition."""
    if not word.startswith(_ATTACHED) or len(word) < 6:
        return None
    for prefix in _ATTACHED:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 5:
            for name, event_id in index.items():
                if name[0] == rest[0] and abs(len(name) - len(rest)) <= 3 and _fits(rest, name):
                    return name, event_id
    return None
