"""Town and venue names → event mentions, tolerant of typos, inflection and other scripts.

Names are compared after transliteration to lower-case ASCII (so "Оффенау" is "offenau"), word
by word: a word fits a name exactly, with a short inflection ending ("Weinsbergu", "Weinsberger",
"Neuenstadtu"), or within a small edit distance ("Neuenstad", "brakenheim"). Only words that
point to a single event count. A town right after a postcode is an address, not a request.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..events import Event
from . import lexicon as L
from . import slot_concepts as S
from .evidence import Mention
from .text import fold

INFLECTIONS = ("", "u", "e", "a", "s", "y", "i", "om", "em", "de", "da", "te", "ta", "ya", "ye", "ie",
               "er", "ern",  # German adjective forms: "der Weinsberger Workshop", "den Offenauern"
               "be", "ba", "ben", "ban", "bol", "rol", "re", "ra", "ig", "nal", "nel", "hoz", "hez")  # Hungarian cases
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


def _fits(word: str, name: str) -> str | None:
    if word == name:
        return "name"
    if word.startswith(name) and word[len(name):] in INFLECTIONS:
        return "inflected name"
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


_NOT_A_NAME = L.compiled("not_a_name", *L.alternatives("register"), *L.alternatives("cancel"))


def _capitalised(text: str) -> bool:
    """Every word capitalised and none a word of a request ("Anmeldung Weinsburg" is the misspelt town)."""
    return all(w[:1].isupper() for w in text.split()) and not _NOT_A_NAME.search(text)


def find_places(text: str, events: tuple[Event, ...]) -> list[Mention]:
    """The places a text names (a clause is read again as its parts: the same text is looked up once)."""
    return list(_find_places(text, events))


@lru_cache(maxsize=64)  # a message's clauses and their parts; not across messages
def _find_places(text: str, events: tuple[Event, ...]) -> tuple[Mention, ...]:
    index = _index(events)
    starting = _by_first_letter(events)
    folded = fold(_CJK.sub(" ", not_wished(text)))
    found: list[Mention] = []
    words = _WORD.findall(folded)
    name_line = bool(_NAME_LINE.fullmatch(text)) and _capitalised(text)  # "Birgit Weinberg" under the text: a name, no misspelt town
    for phrase, event_id in _phrases(events) if not name_line else ():
        n = len(phrase)
        target = " ".join(phrase)
        for i in range(len(words) - n + 1):
            window = " ".join(words[i:i + n])
            if window != target and window[:3] == target[:3] and Levenshtein.distance(window, target, score_cutoff=2) <= 2:
                found.append(Mention("place", window, frozenset({event_id}), f"misspelt name {target!r}"))
    for m in _WORD.finditer(folded):
        word = m.group()
        if len(word) < 4 or word.isdigit():
            continue
        before = folded[max(0, m.start() - 7):m.start()]
        if re.search(r"\d{5}\s*$", before):
            continue  # "74189 Weinsberg": an address
        after = folded[m.end():m.end() + 1]
        if after in ("@", ".") and re.match(r"[.@][a-z]", folded[m.end():m.end() + 2]):
            continue  # part of an e-mail address or domain
        for name, event_id in starting.get(word[0], ()):
            if abs(len(name) - len(word)) > 3:
                continue
            how = _fits(word, name)
            if how == "misspelt name" and (name_line or GREETED.search(folded[max(0, m.start() - 12):m.start()])):
                continue
            if how:
                found.append(Mention("place", word, frozenset({event_id}), f"{how} {name!r}"))
                break
        else:
            attached = _with_preposition(word, index)
            if attached:
                found.append(Mention("place", word, frozenset({attached[1]}), f"name {attached[0]!r} after a preposition"))
    return tuple(found)


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
