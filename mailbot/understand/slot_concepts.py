"""Slot concepts of the language files: entries that point at a word with ``{x}`` ("wohne in {x}",
"{x} yerine", "Rechnung Nr. {x}"). ``present`` gives the entries worth trying on a text, ``mask``
blanks the pointed-at words out; both first test cheaply whether any fixed word of the concept
occurs, as most text holds none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .guard import AnyMatch, first_lowered, guarded, lowered, required_words
from .lexicon import SLOT, alternation, languages, slot_regex, trees, unnamed
from .startcache import regex


@lru_cache(maxsize=None)
def slots(concept: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Each entry of a slot concept as (pattern with the group ``x``, slot first); each behind a
    look-ahead for its first characters (``mask`` searches them all, one after the other)."""
    entries = sorted({e for lang in languages().values() for e in lang.phrases[concept]}, key=len, reverse=True)
    out = [(regex(guarded(p), re.I), False) for lang in languages().values() for p in lang.patterns[concept]]
    for entry in entries:  # the longest first: "Rechnung Nr. {x}" before "Rechnung {x}"
        rx, first = slot_regex(entry)
        out.append((regex(guarded(rx), re.I), first))
    return tuple(out)


@lru_cache(maxsize=None)
def _any_slot(concept: str) -> tuple[AnyMatch, re.Pattern[str] | None, re.Pattern[str] | None]:
    """A quick test before ``mask`` (see ``_slot_words``): the fixed words of every slot entry
    ("wohne in" of "wohne in {x}", "'de oturuyorum" of "{x}'de oturuyorum") and the patterns
    without required words, as one pattern; the literal words required by the other patterns
    (``guard.required_words``); and those patterns."""
    anchors = []
    for lang in languages().values():
        for entry in lang.phrases[concept]:
            left, _, right = (entry if SLOT in entry else f"{entry} {SLOT}").partition(SLOT)
            anchors.append(left.strip() if left.strip() else "*" + right.strip())
    parts: list[str] = []
    words: list[str] = []
    worded: list[str] = []
    for lang in languages().values():
        for p in lang.patterns[concept]:
            required = required_words(p)
            if required is None:
                parts.append(unnamed(p))
            else:
                words.extend(required)
                worded.append(unnamed(p))
    parts += trees([a for a in anchors if a.strip("*")])
    fast = AnyMatch(parts)
    if not words:
        return fast, None, None
    return fast, regex(alternation(words, space=r"\ "), re.I), regex("|".join(f"(?:{p})" for p in worded), re.I)


def _slot_words(text: str, concept: str) -> bool:
    """Whether any slot entry or pattern of a concept can match ``text``: its fixed words occur, or a
    pattern matches. A pattern that may start at any word ("(?P<x>…)(?:\\s+\\w+){0,3}\\s+derneği") is
    searched only where the literal words it cannot match without occur: the words are found fast,
    the pattern is tried at every position."""
    fast, words, worded = _any_slot(concept)
    return bool(fast(text) or (words is not None and worded is not None
                                      and words.search(text) and worded.search(text)))


_Slot = tuple[re.Pattern[str], bool, "frozenset[int] | None", bool]


@lru_cache(maxsize=None)
def _slot_firsts(concept: str) -> tuple[tuple[_Slot, ...], re.Pattern[str] | None]:
    """``slots`` with the characters each can begin with (``guard.first_lowered``) and, for those whose
    first characters cannot be told ("{x} yerine": any word), whether the literal words they require
    (``guard.required_words``) are in the pattern returned beside them."""
    out: list[_Slot] = []
    words: list[str] = []
    for rx, first in slots(concept):
        begins = first_lowered(rx.pattern)
        needs = required_words(rx.pattern) if begins is None else None
        if needs and any(w != w.strip() or " " in w for w in needs):
            needs = None  # a space a substitution writes could complete it
        out.append((rx, first, begins, bool(needs)))
        words.extend(needs or ())
    return tuple(out), regex(alternation(words, space=r"\ "), re.I) if words else None


def present(text: str, concept: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The slot patterns of a concept worth trying on ``text``: none when no fixed word occurs, and
    only those that can begin with a character of the text (no Arabic entry in a German text) or,
    beginning with any word, whose literal words occur."""
    return _beginning(concept, text, lowered(text)) if _slot_words(text, concept) else ()


def _beginning(concept: str, text: str, chars: frozenset[int]) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The slot patterns of a concept that can begin with one of ``chars`` (``guard.lowered``) and, where
    a pattern can begin with any word, whose literal words occur in ``text``."""
    entries, words = _slot_firsts(concept)
    worded = words is not None and bool(words.search(text))
    return tuple((rx, first) for rx, first, begins, needs in entries
                 if (not begins.isdisjoint(chars) if begins is not None else (worded or not needs)))


@lru_cache(maxsize=256)  # a message's clauses and their parts are masked again; not across messages
def mask(text: str, concept: str, fill: str = " ") -> str:
    """``text`` with the slot words of a concept blanked out (same length, so positions hold); ``fill``: the
    character written instead (not a space where the text is masked again: a second pass would take the
    next word for the slot)."""
    if not _slot_words(text, concept):
        return text  # most text holds none: one search instead of one substitution per entry
    # (the spaces a substitution writes are characters a later pattern may begin with)
    for rx, _ in _beginning(concept, text, lowered(text) | {ord(" ")}):
        if "(?P<x>" not in rx.pattern:
            continue
        spans = [(m.start("x"), m.end("x")) for m in rx.finditer(text)]
        if concept == "home":  # "أسكن في نويشتات (Neuenstadt)": the town's name again in brackets is the same home
            spans += [(b.start(1), b.end(1)) for _, end in spans if (b := _BRACKETED.match(text, end))]
        for start, end in spans:
            text = text[:start] + fill * (end - start) + text[end:]
    return text


_BRACKETED = re.compile(r"\s*(\([^()\d]{3,40}\))")


def left_behind(text: str) -> list[tuple[int, int]]:
    """Where a text names what "instead of" leaves: the slot of "statt {x}" / "{x} yerine", or the
    words right after an "instead of" pattern without a slot."""
    spans = []
    for rx, _ in present(text, "instead_of"):
        for m in rx.finditer(text):
            named = next((g for g in ("x", "old") if g in rx.groupindex), None)  # "nicht {old}, sondern"
            if named and m.group(named):
                spans.append((m.start(named), m.end(named)))
            elif named is None:
                spans.append((m.end(), m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()) + 1))
    return spans
