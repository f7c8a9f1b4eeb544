"""A regular expression behind a look-ahead for the characters its matches can begin with: one set
test rejects most positions of a text before the pattern's alternatives are tried there."""

from __future__ import annotations

import re
from typing import Any

from ..errors import MailbotError

from re import _parser  # type: ignore[attr-defined]  # the standard library's own parser


def guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead for the characters a match can begin with, where they can be
    told from the pattern (else unchanged). Matches exactly what ``pattern`` matches; a search
    rejects most positions with one set test instead of trying the pattern's alternatives there."""
    if _GLOBAL_FLAGS.match(pattern):
        return pattern  # "(?x)…" must stay at the start
    try:
        first = _first_set(_parser.parse(pattern, re.I).data)
    except (re.error, TypeError, ValueError, _Unknown):
        return pattern
    if not first[0] or first[1]:
        return pattern  # nothing known, or the pattern can match the empty string
    return "(?=[" + "".join(sorted(first[0])) + "])(?:" + pattern + ")"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(MailbotError):
    """The first character of a match cannot be told from this part of a pattern."""


_CATEGORIES = {"CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W", "CATEGORY_DIGIT": r"\d",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}


def _first_set(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """(class fragments a match of the sequence ``items`` can begin with, whether it can be empty)."""
    out: set[str] = set()
    part: tuple[set[str], bool]
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
            return out, False
        if name == "IN":
            for kind, value in av:
                kind = str(kind)
                if kind == "LITERAL":
                    out.add(re.escape(chr(value)))
                elif kind == "RANGE":
                    out.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif kind == "CATEGORY" and str(value) in _CATEGORIES:
                    out.add(_CATEGORIES[str(value)])
                else:
                    raise _Unknown(kind)  # a negated set, a Unicode category …
            return out, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item begins the match
        if name == "SUBPATTERN":
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown(name)  # (?i:…), (?-i:…): the look-ahead would not read alike
            part = _first_set(sub.data)
        elif name == "ATOMIC_GROUP":
            part = _first_set(av.data)
        elif name == "BRANCH":
            part = (set(), False)
            for alt in av[1]:
                first = _first_set(alt.data)
                part = (part[0] | first[0], part[1] or first[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av
            inner = _first_set(sub.data)
            part = (inner[0], inner[1] or low == 0)
        else:
            raise _Unknown(name)  # any character, a back-reference …
        out |= part[0]
        if not part[1]:
            return out, False
    return out, True
