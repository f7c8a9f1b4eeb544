"""A regular expression behind a look-ahead for the characters its matches can begin with: one set
test rejects most positions of a text before the pattern's alternatives are tried there."""

from __future__ import annotations

import importlib
import re
import sys
from functools import lru_cache
from typing import Any

import _sre  # type: ignore[import-not-found]  # the regular-expression engine under re

from ..errors import MailbotError
from .startcache import Memo, fingerprint, regex, understanding_sources

from re import _parser  # type: ignore[attr-defined]  # the standard library's own parser
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]  # letters re.IGNORECASE matches beyond lower case


# what this module built, kept in the start-up cache while the reader's sources are unchanged (finding the
# first characters parses each pattern, and the reader builds several thousand at start-up)
_BUILT = Memo("guarded", lambda: fingerprint(understanding_sources(), sys.version))


def guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead for the characters a match can begin with, where they can be
    told from the pattern (else unchanged). Matches exactly what ``pattern`` matches; a search
    rejects most positions with one set test instead of trying the pattern's alternatives there."""
    return _BUILT.get(("guarded", pattern), lambda: _guarded(pattern))


def _guarded(pattern: str) -> str:
    if _GLOBAL_FLAGS.match(pattern):
        return pattern  # "(?x)…" must stay at the start
    look = look_ahead(pattern)
    return look + "(?:" + pattern + ")" if look else pattern


def look_ahead(pattern: str) -> str:
    """A look-ahead for the characters a match of ``pattern`` can begin with; "" where they cannot
    be told (or the pattern can match the empty string). Put before assertions that are costlier
    to test at every position, it rejects most positions first."""
    return _BUILT.get(("look_ahead", pattern), lambda: _look_ahead(pattern))


def _look_ahead(pattern: str) -> str:
    if _GLOBAL_FLAGS.match(pattern):
        return ""
    first = _first_items(pattern)
    if first is None:
        return ""  # nothing known, or the pattern can match the empty string
    return "(?=[" + "".join(sorted(_fragment(i) for i in first)) + "])"


def _first_items(pattern: str) -> frozenset[_Item] | None:
    """What a match of ``pattern`` can begin with (None: cannot be told, or it can be empty)."""
    # (kept in the start-up cache: ``AnyMatch`` asks this of every part of the patterns it is built
    # from, and parsing those parts again at every start was about 1.5 s of CPU)
    return _BUILT.get(("first_items", pattern), lambda: _find_first_items(pattern))


def _find_first_items(pattern: str) -> frozenset[_Item] | None:
    try:
        first = _first_set(_parsed(pattern))
    except (re.error, TypeError, ValueError, _Unknown):
        return None
    if not first[0] or first[1]:
        return None
    return frozenset(first[0])


def first_lowered(pattern: str) -> frozenset[int] | None:
    """The characters a match of ``pattern`` (searched case-insensitively) can begin with, as the
    engine compares them: lowered (``_sre.unicode_tolower``), with the other lower-case letters that
    match alike ("i" and "ı"). None where they cannot be told (a category, a range, a pattern that
    can match the empty string). A text none of whose characters lowers to one of them holds no match."""
    return _BUILT.get(("first_lowered", pattern), lambda: _first_lowered(pattern))


def _first_lowered(pattern: str) -> frozenset[int] | None:
    first = _first_items(pattern)
    if first is None:
        return None
    out: set[int] = set()
    for item in first:
        if isinstance(item, tuple) or len(item) != 1:
            return None
        low = _sre.unicode_tolower(ord(item))
        out.add(low)
        out.update(_EXTRA_CASES.get(low, ()))
    return frozenset(out)


def lowered(text: str) -> frozenset[int]:
    """The characters of ``text`` as ``first_lowered`` gives them."""
    return frozenset(map(_sre.unicode_tolower, map(ord, set(text))))


def _fragment(item: _Item) -> str:
    """An item of ``_first_set`` as a fragment of a character class."""
    if isinstance(item, tuple):
        return re.escape(item[0]) + "-" + re.escape(item[1])
    return item if item.startswith("\\") and len(item) == 2 else re.escape(item)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(MailbotError):
    """The first character of a match cannot be told from this part of a pattern."""


# what a match can begin with: a character, a range (first, last) or a category ("\\w")
_Item = str | tuple[str, str]
_CATEGORIES = {"CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W", "CATEGORY_DIGIT": r"\d",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}


def _first_set(items: list[tuple[Any, Any]]) -> tuple[set[_Item], bool]:
    """(what a match of the sequence ``items`` can begin with, whether it can be empty)."""
    out: set[_Item] = set()
    part: tuple[set[_Item], bool]
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
            return out, False
        if name == "IN":
            for kind, value in av:
                kind = str(kind)
                if kind == "LITERAL":
                    out.add(chr(value))
                elif kind == "RANGE":
                    out.add((chr(value[0]), chr(value[1])))
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


def dispatched(parts: list[str]) -> str:
    """``parts`` as one alternation that matches exactly what ``(?:p1)|(?:p2)|…`` matches, arranged so
    that a search tries at each position only the parts that can begin with the character there.

    The regular-expression engine tries the alternatives of an alternation one after the other at
    every position of a text, each behind its own look-ahead: a concept of a few dozen parts costs
    a few dozen tests per character. Here parts that can begin with the same letter (in any case)
    form a bucket, each bucket behind one look-ahead, and the buckets in a few groups behind one
    look-ahead each: a position costs a few tests. A short part that can begin with several
    letters stands in the bucket of each. Within a bucket the parts keep their order, and parts of
    different buckets never match at the same position, so the first part that matches at a
    position is the same as in the plain alternation. Where a part's first characters cannot be
    told (a category such as ``\\w``), the plain alternation is returned."""
    return _BUILT.get(("dispatched", tuple(parts)), lambda: _dispatched(parts))


def _dispatched(parts: list[str]) -> str:
    joined = "|".join(f"(?:{p})" for p in parts)
    items = [_first_items(p) for p in parts]
    if len(parts) < 4 or any(i is None for i in items):
        return guarded(joined) if joined else r"(?!x)x"
    firsts = [_chars(i) for i in items]
    # a part that can begin with any letter (``\\w``) stands in every bucket, and once more after them
    wild = [i for i, f in enumerate(firsts) if f is None]
    sets = [f or frozenset() for f in firsts]
    root: dict[str, str] = {}

    def find(c: str) -> str:
        while root.setdefault(c, c) != c:
            root[c] = root[root[c]]
            c = root[c]
        return c

    for chars in sets:  # letters that match each other case-insensitively share a root …
        for c in chars:
            for d in _case_variants(c):
                root[find(d)] = find(c)
    for i, chars in enumerate(sets):  # … and so do all letters a long part can begin with
        if len({find(c) for c in chars}) * len(parts[i]) > _COPIES:
            first = next(iter(chars))
            for c in chars:
                root[find(c)] = find(first)
    buckets: dict[str, list[tuple[int, set[str]]]] = {}
    for i, chars in enumerate(sets):
        by_root: dict[str, set[str]] = {}
        for c in chars:
            by_root.setdefault(find(c), set()).add(c)
        for r, some in by_root.items():
            buckets.setdefault(r, []).append((i, some))
    if len(buckets) < 2 or sum(len(parts[i]) for i in wild) * len(buckets) > 4 * _COPIES:
        return guarded(joined)
    for i in wild:
        for b in buckets.values():
            b.append((i, set()))
            b.sort(key=lambda e: e[0])
    ordered = sorted(buckets.values(), key=lambda b: min(min(some) for _, some in b if some))
    size = max(2, round(len(ordered) ** 0.5))
    starts = [_word_start(p) for p in parts]

    def look(entries: list[tuple[int, set[str]]]) -> str:
        chars = set().union(*(some for _, some in entries))
        # where every part begins a word, a position inside a word is rejected first
        return ("(?<!\\w)" if all(starts[i] for i, _ in entries) else "") + "(?=[" + _char_class(chars) + "])"

    groups = []
    for g in range(0, len(ordered), size):
        chunk = ordered[g:g + size]
        inner = "|".join(look(b) + "(?:" + "|".join(f"(?:{parts[i]})" for i, _ in b) + ")" for b in chunk)
        groups.append(look([e for b in chunk for e in b]) + "(?:" + inner + ")")
    if wild:
        groups.append("|".join(f"(?:{parts[i]})" for i in wild))
        return "(?:" + "|".join(groups) + ")"
    return look([e for b in ordered for e in b]) + "(?:" + "|".join(groups) + ")"


class AnyMatch:
    """Whether any of ``parts`` matches anywhere in a text: the answer of ``bool(re.search("(?:p1)|(?:p2)|…",
    text, flags))``, found faster.

    Most parts of a concept begin with one of a few literal texts (``beginnings``: "melde" and "anmelde" of
    "(?<!\\w)(?:an)?melde\\w*"). With the multi-word search of ``ahocorasick_rs`` (written in Rust; optional),
    one pass over the text, its letters folded as the engine compares them case-insensitively (``_folded``),
    finds every position where such a text begins; only there are the parts that begin with it tried
    (``match`` at that position, look-behinds seeing the text before it). A part matches somewhere only at
    a position where one of its beginnings stands, so the answer is the plain search's. The parts without
    such beginnings (and all parts where the library is missing) are searched as ``_Scan`` does."""

    def __init__(self, parts: list[str], flags: int = re.I) -> None:
        self.parts, self.flags = tuple(parts), flags
        index: dict[str, int] = {}  # a folded literal text -> its number
        begun: list[list[str]] = []  # by number: the parts that can begin with it …
        held: list[list[str]] = []  # … and the other parts every match of which holds it
        rest: list[str] = []

        def number(word: str) -> int:
            k = index.setdefault(_folded(word), len(index))
            if k == len(begun):
                begun.append([])
                held.append([])
            return k

        for p in parts:
            if _multi_word is None:
                rest.append(p)
            elif found := beginnings(p):
                for word in found:
                    begun[number(word)].append(p)
            elif found := required_words(p):
                for word in found:
                    held[number(word)].append(p)
            else:
                rest.append(p)
        self._words = _multi_word.AhoCorasick(list(index)) if index and _multi_word is not None else None
        self._begun = [list(dict.fromkeys(b)) for b in begun]
        self._held = [list(dict.fromkeys(h)) for h in held]
        # compiled when first needed: the parts beginning with a text (matched where it stands), those holding it
        self._at: list[re.Pattern[str] | None] = [None] * len(begun)
        self._holding: list[_Scan | None] = [None] * len(held)
        self._rest = _Scan(rest, flags) if rest else None

    def __call__(self, text: str) -> bool:
        if self._words is not None:
            searched = set()
            for k, start, _ in self._words.find_matches_as_indexes(_folded(text), overlapping=True):
                if self._begun[k]:
                    at = self._at[k]
                    if at is None:
                        at = self._at[k] = regex("|".join(f"(?:{p})" for p in self._begun[k]), self.flags)
                    if at.match(text, start):
                        return True
                if self._held[k] and k not in searched:
                    searched.add(k)
                    holding = self._holding[k]
                    if holding is None:
                        holding = self._holding[k] = _Scan(self._held[k], self.flags)
                    if holding(text):
                        return True
        return self._rest is not None and self._rest(text)


def _multi_word_search() -> Any:
    """``ahocorasick_rs``, a multi-word search in Rust (one pass over a text for all the words); None where it
    is not installed: it is optional, AnyMatch is faster with it (without it every part is searched by _Scan)."""
    try:
        return importlib.import_module("ahocorasick_rs")
    except ImportError:  # pragma: no cover
        return None


_multi_word: Any = _multi_word_search()


_MIN_BEGINNING = 2  # shorter beginnings ("a", "n") stand at too many positions: such parts are left to _Scan


def beginnings(pattern: str) -> tuple[str, ...] | None:
    """Literal texts one of which every match of ``pattern`` (searched case-insensitively) begins with,
    each at least ``_MIN_BEGINNING`` long ("melde", "anmelde" of "(?<!\\w)(?:an)?melde\\w*"; look-behinds
    and other zero-width assertions before them do not count); None where the pattern has none."""
    return _BUILT.get(("beginnings", pattern), lambda: _beginnings(pattern))


def _beginnings(pattern: str) -> tuple[str, ...] | None:
    try:
        found = _prefixes(_parsed(pattern))
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    return tuple(sorted(found)) if all(len(w) >= _MIN_BEGINNING for w in found) else None


_MANY = 64  # at most this many literal texts are followed through a pattern (alternatives multiply them)


def _prefixes(items: list[tuple[Any, Any]]) -> set[str]:
    """Texts one of which every match of the sequence ``items`` begins with ({""}: none known)."""
    out = {""}
    for op, av in items:
        exact = _exactly(op, av)
        more = _joined_texts(out, exact if exact is not None else _node_prefixes(op, av))
        if more is None:
            return out
        out = more
        if exact is None:
            return out
    return out


def _node_prefixes(op: Any, av: Any) -> set[str]:
    name = str(op)
    if name == "SUBPATTERN" and not (av[1] or av[2]):  # not "(?-i:…)": its letters read otherwise
        return _prefixes(av[3].data)
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            out |= _prefixes(alt.data)
            if len(out) > _MANY:
                return {""}
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
        return _prefixes(av[2].data)
    return {""}


def _exactly(op: Any, av: Any) -> set[str] | None:
    """The texts one item of a parsed pattern matches, where they are few and can be told (else None);
    a zero-width assertion matches the empty text."""
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}
    if name == "IN":
        return {chr(v) for _, v in av} if len(av) <= 4 and all(str(k) == "LITERAL" for k, _ in av) else None
    if name == "SUBPATTERN":
        return None if av[1] or av[2] else _sequence_exactly(av[3].data)
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            texts = _sequence_exactly(alt.data)
            if texts is None:
                return None
            out |= texts
        return out if len(out) <= _MANY else None
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] == 0 and av[1] == 1:
        texts = _sequence_exactly(av[2].data)
        return None if texts is None else texts | {""}
    return None


def _sequence_exactly(items: list[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] | None = {""}
    for op, av in items:
        exact = _exactly(op, av)
        if exact is None or out is None:
            return None
        out = _joined_texts(out, exact)
    return out


def _joined_texts(heads: set[str], tails: set[str]) -> set[str] | None:
    """Each of ``heads`` followed by each of ``tails`` (None where they would be more than ``_MANY``)."""
    out = {h + t for h in heads for t in tails}
    return out if len(out) <= _MANY else None


def _folded(text: str) -> str:
    """``text`` with each character replaced by one the engine matches alike case-insensitively: the least of
    its lowered form (``_sre.unicode_tolower``) and that form's extra cases ("i" for "ı"). Two characters
    that such a search matches to each other fold alike; ASCII text folds to its lower case."""
    if text.isascii():
        return text.lower()
    known = _FOLDED.get(text)
    if known is None:
        if len(_FOLDED) >= 1024:
            _FOLDED.clear()
        low = text.lower()  # (the engine's lowered form of each character, but for "İ" and a final "Σ")
        if len(low) != len(text):
            known = text.translate(_fold_table()[0])
        else:
            extra = _fold_table()[1]
            known = low.translate(extra[1]) if extra[0].search(low) else low
        _FOLDED[text] = known
    return known


_FOLDED: dict[str, str] = {}  # the last texts folded (the reader asks many concepts about each clause)


@lru_cache(maxsize=1)
def _fold_table() -> tuple[dict[int, int], tuple[re.Pattern[str], dict[int, int]]]:
    """What ``_folded`` replaces each character with (where it is another), and the same for the lowered
    characters alone, with a pattern that finds them."""
    table = _BUILT.get(("fold", 1), _build_fold_table)
    lowered_too = {x: least for x, least in table.items() if _sre.unicode_tolower(x) == x}
    find = re.compile("[" + "".join(re.escape(chr(x)) for x in sorted(lowered_too) + [0x3c3, 0x3c2]) + "]")
    return table, (find, {**lowered_too, 0x3c3: table.get(0x3c3, 0x3c3), 0x3c2: table.get(0x3c2, 0x3c2)})


def _build_fold_table() -> dict[int, int]:
    table = {}
    for x, low in enumerate(map(_sre.unicode_tolower, range(sys.maxunicode + 1))):
        least = min((low, *_EXTRA_CASES.get(low, ())))
        if least != x:
            table[x] = least
    return table


class _Scan:
    """``AnyMatch``'s answer with ``re`` alone, for the parts that begin with no literal text it can tell.

    The engine tries a pattern that begins with a look-ahead or look-behind at every position of a
    text; one that begins with a set of characters it skips to the next such character in a tight
    loop. A part that can only begin where a word begins (after ``(?<!\\w)``, see ``_word_start``) matches
    at the start of the text or right after a character of ``\\W``: those parts are searched as
    ``\\W(?:…)`` (and matched at position 0), so only the positions after a space or a punctuation
    mark are tried. A part whose look-behind rules out the letters of all scripts but a few
    (``(?<![^\\W…])``: a word start, or right after a Chinese character) is searched the same way, after
    a character of ``[\\W…]`` (``_start_after``). The other parts are searched as they are (all parts as
    one pattern where most are such). Only for yes/no tests: the match found begins one character early.

    A part whose first characters cannot be told (one that begins with any word, "\\w+\\s+varsa") would be
    tried at every position of the others' alternation, in every bucket: it is searched on its own,
    and only where the literal texts every match of it holds occur (``required_words``)."""

    def __init__(self, parts: list[str], flags: int = re.I) -> None:
        loose = [p for p in parts if _chars(_first_items(p)) is None]
        words = [p for p in parts if p not in loose and _start_after(p) and not _FLAGS_INSIDE.search(p)]
        rest = [p for p in parts if p not in loose and p not in words]
        if len(rest) > len(words):  # the second search would cost more than the first saves
            words, rest = [], [p for p in parts if p not in loose]
        self._first = regex(_yes_no(words, flags), flags) if words else None
        self._after = regex(_after_any(words) + "(?:" + _yes_no(words, flags) + ")", flags) if words else None
        self._rest = regex(_scanned(rest, flags), flags) if rest else None
        self._loose = tuple((_needed(p, flags), regex(p, flags)) for p in loose)

    def __call__(self, text: str) -> bool:
        if self._first is not None and self._after is not None and (
                self._first.match(text) or self._after.search(text)):
            return True
        if self._rest is not None and self._rest.search(text) is not None:
            return True
        return any((needed is None or needed.search(text)) and rx.search(text) for needed, rx in self._loose)


def _yes_no(parts: list[str], flags: int) -> str:
    """A pattern that finds a match where ``(?:p1)|(?:p2)|…`` finds one (at the same position, but only one
    character long: for yes/no tests and for ``match`` at a position, nothing else). The parts stand in
    buckets by the first characters they can begin with; each bucket is one alternative that begins with
    its characters in every case as a plain set, ``(?-i:[kK…])(?<=(?=(?:p3)|(?:p7)|…)(?s:.))``: the engine
    skips such an alternative with one set test, without entering it (an alternative that begins with a
    look-ahead, a look-behind or a case-insensitive letter is entered at every position), and the buckets
    in groups of a few alike. Where a part's first characters cannot be told, ``_arranged`` as before."""
    return _BUILT.get(("yes_no", tuple(parts), int(flags)), lambda: _build_yes_no(parts, flags))


def _build_yes_no(parts: list[str], flags: int) -> str:
    firsts = [_chars(_first_items(p)) for p in parts]
    if len(parts) < 2 or any(f is None for f in firsts):
        return _arranged(parts)
    buckets: dict[int, list[int]] = {}  # lowered first character -> parts
    for i, chars in enumerate(firsts):
        for c in chars or ():
            buckets.setdefault(_sre.unicode_tolower(ord(c)), []).append(i)
    # a long part that can begin with many characters stands in one bucket of all of them
    long = {i for i, chars in enumerate(firsts) if len(chars or ()) * len(parts[i]) > _COPIES}
    entries: list[tuple[frozenset[str], list[int]]] = []
    merged: tuple[set[str], set[int]] = (set(), set())
    for low, members in sorted(buckets.items()):
        if any(i in long for i in members):
            merged[0].add(chr(low))
            merged[1].update(members)
        else:
            entries.append((frozenset({chr(low)}), members))
    if merged[1]:
        entries.append((frozenset(merged[0]), sorted(merged[1])))

    def alternative(chars: set[str] | frozenset[str], inner: str) -> str:
        return "(?-i:[" + _char_class(_cased(chars, flags)) + "])(?<=(?=" + inner + ")(?s:.))"

    def bucket(members: list[int]) -> str:
        return "(?:" + "|".join(f"(?:{parts[i]})" for i in dict.fromkeys(members)) + ")"

    def merged_bucket(members: list[int]) -> str:
        """The long parts, each behind one plain set of the characters it can begin with (skipped with one
        set test where the text's character is none of them)."""
        if not _LONG_BEHIND_SET:
            return bucket(members)
        return "(?:" + "|".join(alternative(firsts[i] or frozenset(), f"(?:{parts[i]})")
                                for i in dict.fromkeys(members)) + ")"

    def entry(chars: frozenset[str], members: list[int]) -> str:
        """A bucket of many parts split by the second character (where it can be told), each group behind
        one plain set of it: at a word that begins with "m" only the parts whose second letter fits are entered."""
        members = list(dict.fromkeys(members))
        if len(chars) > 1:  # the bucket of the long parts
            return alternative(chars, merged_bucket(members))
        if len(chars) != 1 or len(members) < _SECOND_FROM:
            return alternative(chars, bucket(members))
        by_second: dict[int, list[int]] = {}
        unknown: list[int] = []
        for i in members:
            second = _second_chars(parts[i])
            if second is None or len(second) * len(parts[i]) > _COPIES:
                unknown.append(i)
                continue
            for c in second:
                by_second.setdefault(_sre.unicode_tolower(ord(c)), []).append(i)
        if len(by_second) < 2:
            return alternative(chars, bucket(members))
        seconds = ["(?-i:[" + _char_class(_cased({chr(low)}, flags)) + "])(?<=(?=" + bucket(sub) + ")(?s:..))"
                   for low, sub in sorted(by_second.items())]
        if unknown:
            seconds.append("(?<=(?=" + bucket(unknown) + ")(?s:.))")
        return "(?-i:[" + _char_class(_cased(chars, flags)) + "])(?:" + "|".join(seconds) + ")"

    size = max(2, round(len(entries) ** 0.5))
    groups = []
    for g in range(0, len(entries), size):
        chunk = entries[g:g + size]
        inner = "(?:" + "|".join(entry(chars, members) for chars, members in chunk) + ")"
        groups.append(alternative(set().union(*(chars for chars, _ in chunk)), inner) if len(chunk) > 1 else inner)
    return "(?:" + "|".join(groups) + ")"


_LONG_BEHIND_SET = True  # each part of the long parts' bucket behind a set of its own first characters
_SECOND_FROM = 6  # a bucket of at least this many parts is split by the second character


def _second_chars(pattern: str) -> frozenset[str] | None:
    """The characters the second character of a match of ``pattern`` can be (None where it cannot be told,
    or where a match can be one character long)."""
    return _BUILT.get(("second_chars", pattern), lambda: _find_second_chars(pattern))


def _find_second_chars(pattern: str) -> frozenset[str] | None:
    try:
        second = _second_set(_parsed(pattern))
    except (re.error, TypeError, ValueError, _Unknown):
        return None
    return _chars(frozenset(second)) if second else None


def _second_set(items: list[tuple[Any, Any]]) -> set[_Item]:
    """What the second character of a match of the sequence ``items`` can be (``_Unknown`` where that cannot
    be told, or where a match can be one character long)."""
    for n, (op, av) in enumerate(items):
        name = str(op)
        rest = list(items[n + 1:])
        if name in ("LITERAL", "IN"):
            second, empty = _first_set(rest)
            if empty or not second:
                raise _Unknown(name)
            return second
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN":
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown(name)
            return _second_set(list(sub.data) + rest)
        if name == "BRANCH":
            out: set[_Item] = set()
            for alt in av[1]:
                out |= _second_set(list(alt.data) + rest)
            return out
        raise _Unknown(name)
    raise _Unknown("end")


def _scanned(parts: list[str], flags: int) -> str:
    """``_yes_no``'s pattern behind one plain set of every character it can begin with (where it was built
    so): a search skips to the next such character in the engine's tight loop."""
    return _BUILT.get(("scanned", tuple(parts), int(flags)), lambda: _build_scanned(parts, flags))


def _build_scanned(parts: list[str], flags: int) -> str:
    yes_no = _yes_no(parts, flags)
    firsts = [_chars(_first_items(p)) for p in parts]
    if not yes_no.startswith("(?:(?-i:[") or any(f is None for f in firsts):
        return yes_no
    every = set().union(*(f or () for f in firsts))
    return "(?-i:[" + _char_class(_cased(every, flags)) + "])(?<=(?=" + yes_no + ")(?s:.))"


def _cased(chars: set[str] | frozenset[str], flags: int) -> set[str]:
    """``chars`` and every character that the engine matches to one of them case-insensitively (its
    ``unicode_tolower`` is theirs, or one of the extra cases of theirs); ``chars`` as they are without
    ``re.IGNORECASE``."""
    if not flags & re.IGNORECASE:
        return set(chars)
    out = set(chars)
    lowers = _lowers()
    for c in chars:
        low = _sre.unicode_tolower(ord(c))
        for lo in (low, *_EXTRA_CASES.get(low, ())):
            out.add(chr(lo))
            out.update(map(chr, lowers.get(lo, ())))
    return out


@lru_cache(maxsize=1)
def _lowers() -> dict[int, tuple[int, ...]]:
    """For each lowered character, the other characters that lower to it (the engine's ``unicode_tolower``)."""
    out: dict[int, list[int]] = {}
    for x, low in enumerate(map(_sre.unicode_tolower, range(sys.maxunicode + 1))):
        if low != x:
            out.setdefault(low, []).append(x)
    return {k: tuple(v) for k, v in out.items()}


def _needed(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The literal texts every match of ``pattern`` holds (``required_words``), as one pattern searched
    with the same flags (so letters match as in ``pattern``); None where it has none."""
    words = required_words(pattern)
    return regex("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))), flags) if words else None


def _arranged(parts: list[str]) -> str:
    """``parts`` as one alternation as ``lexicon.joined`` arranges them: by first letters from 16 parts on."""
    return dispatched(parts) if len(parts) >= 16 else guarded("|".join(f"(?:{p})" for p in parts))


# an inline flag (ASCII, locale …) may give ``\w`` in a part another meaning than ``\W`` before it
_FLAGS_INSIDE = re.compile(r"\(\?[aiLmsux-]*[aLu]")


_COPIES = 2000  # a part stands in several buckets while its copies together are at most this long


def _chars(items: frozenset[_Item] | None) -> frozenset[str] | None:
    """The characters of ``_first_set``'s items (None for a category or a long range)."""
    if items is None:
        return None
    out: set[str] = set()
    for item in items:
        if isinstance(item, tuple):
            lo, hi = ord(item[0]), ord(item[1])
            if hi - lo > 512:
                return None
            out.update(chr(c) for c in range(lo, hi + 1))
        elif len(item) == 1:
            out.add(item)
        elif item in _SPELLED:
            out.update(_spelled(item))
        else:
            return None  # \w, \W …
    return frozenset(out)


_SPELLED = {r"\s": str.isspace, r"\d": str.isdecimal}  # what re's \s and \d match in str patterns


def _char_class(chars: set[str]) -> str:
    """The inside of a character class of ``chars``; where they hold every character of ``\\d`` or
    ``\\s``, that category instead of its characters: the same set, but tested at once (spelled
    out, the digits of other scripts beyond the first 65,536 characters are tried one by one at
    every position of a text)."""
    out = ""
    for category in _SPELLED:
        every = _spelled(category)
        if every <= chars:
            chars = chars - every
            out += category
    return out + "".join(re.escape(c) for c in sorted(chars))


@lru_cache(maxsize=None)
def _spelled(category: str) -> frozenset[str]:
    """The characters of a category (``\\s`` or ``\\d``), one by one."""
    test = _SPELLED[category]
    return frozenset(c for c in map(chr, range(0x20000)) if test(c))


def _case_variants(c: str) -> set[str]:
    """Characters that may match ``c`` case-insensitively, or that something matching ``c`` may
    match: its lower, upper and folded forms and the engine's own extra cases ("i" and "ı")."""
    out = {v for v in (c.lower()[:1], c.upper(), c.casefold(), c.title()) if len(v) == 1}
    for v in list(out):
        out.update(chr(x) for x in _EXTRA_CASES.get(ord(v), ()))
    return out


def _word_start(pattern: str) -> bool:
    """Whether a match of ``pattern`` can only begin where a word begins (not after a letter, digit or ``_``)."""
    return _BUILT.get(("word_start", pattern), lambda: _find_word_start(pattern))  # (cached: see _first_items)


def _find_word_start(pattern: str) -> bool:
    try:
        return _starts_word(_parsed(pattern))
    except (re.error, TypeError, ValueError):
        return False


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Literal texts of which every match of ``pattern`` (searched case-insensitively) holds one,
    chosen as long as the pattern allows ("derneği", "dernegi", … of "(?P<x>\\S+)(?:\\s+\\w+){0,3}
    \\s+(?:derneği|dernegi|…)"); None where the pattern has none. A quick search for them is a
    necessary condition: where none occurs, the pattern cannot match (it starts anywhere, so a search
    for it tries its first part at every word)."""
    return _BUILT.get(("required_words", pattern), lambda: _required_words(pattern))


def _required_words(pattern: str) -> tuple[str, ...] | None:
    try:
        return _required(_parsed(pattern))
    except (re.error, TypeError, ValueError, RecursionError):
        return None


def _required(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The most selective of the sequence's required literal texts (the longest shortest one). Literal items
    and the few texts of small alternatives ("(?:an)?melde") run together, across zero-width assertions,
    and into the beginnings of the item that follows them ("s" and "(?:ie\\s+kommen|ind)": "sie", "sind")."""
    best: tuple[str, ...] | None = None
    run = {""}

    def better(found: set[str] | tuple[str, ...] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = tuple(sorted(found))

    for op, av in items:
        exact = _exactly(op, av)
        if exact is not None:
            more = _joined_texts(run, exact)
            if more is None:
                better(run)
                more = exact
            run = more
            continue
        better(_joined_texts(run, _node_prefixes(op, av)))
        run = {""}
        name = str(op)
        if name == "SUBPATTERN" and not (av[1] or av[2]):  # not "(?-i:…)": its letters read otherwise
            better(_required(av[3].data))
        elif name == "BRANCH":
            alts = [_required(alt.data) for alt in av[1]]
            better(None if any(a is None for a in alts) else tuple(w for a in alts if a for w in a))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            better(_required(av[2].data))
    better(run)
    return best


@lru_cache(maxsize=4096)
def _parsed(pattern: str) -> list[tuple[Any, Any]]:
    """The standard library's parse of a case-insensitive pattern (once per pattern: parsing is slow)."""
    return list(_parser.parse(pattern, re.I).data)


def _start_after(pattern: str) -> frozenset[str]:
    """The character classes (their insides) one of which the character before a match of ``pattern`` is in,
    where the pattern begins with a look-behind that rules them out: ``\\W`` where it begins a word
    (``(?<![\\w…])``, see ``_word_start``), ``\\W…`` where it rules out every letter but those of a few
    scripts (``(?<![^\\W…])``: "not after a letter other than a Chinese character"); empty where a match
    may follow any character."""
    if _word_start(pattern):
        return frozenset({r"\W"})
    return _BUILT.get(("start_after", pattern), lambda: _find_start_after(pattern))


def _find_start_after(pattern: str) -> frozenset[str]:
    try:
        return _after_classes(_parsed(pattern))
    except (re.error, TypeError, ValueError):
        return frozenset()


def _after_classes(items: list[tuple[Any, Any]]) -> frozenset[str]:
    """``_start_after`` of a parsed pattern: a look-behind ``(?<![^…])`` gives the inside of its class
    without the ``^``; a branch the classes of all its alternatives (each must have one)."""
    for op, av in items:
        name = str(op)
        if name == "ASSERT_NOT" and av[0] == -1:
            sub = list(av[1].data)
            if len(sub) == 1 and str(sub[0][0]) == "IN" and sub[0][1] and str(sub[0][1][0][0]) == "NEGATE":
                inside = _class_text(sub[0][1][1:])
                if inside:
                    return frozenset({inside})
            continue  # another look-behind ("(?<!guten )"): the next item decides
        if name == "ASSERT":
            continue  # a look-ahead: the next item decides
        if name == "SUBPATTERN" and not (av[1] or av[2]):  # (not under other flags)
            return _after_classes(av[3].data)
        if name == "BRANCH":
            alts = [_after_classes(alt.data) for alt in av[1]]
            return frozenset().union(*alts) if all(alts) else frozenset()
        return frozenset()
    return frozenset()


def _class_text(items: list[tuple[Any, Any]]) -> str:
    """A parsed character class's items written out again ("" where one cannot be)."""
    out = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out += re.escape(chr(av))
        elif name == "RANGE":
            out += re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out += _CATEGORIES[str(av)]
        else:
            return ""
    return out


def _after_any(parts: list[str]) -> str:
    """One character of any of the classes of ``_start_after`` of ``parts`` (``\\W`` where that is all)."""
    classes = sorted(set().union(*(_start_after(p) for p in parts)))
    return r"\W" if classes == [r"\W"] else "[" + "".join(classes) + "]"


def _starts_word(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        name = str(op)
        if name == "ASSERT_NOT" and av[0] == -1:  # a look-behind that rules out a letter before
            sub = list(av[1].data)
            if len(sub) == 1 and str(sub[0][0]) == "IN" and any(
                    str(k) == "CATEGORY" and str(v) == "CATEGORY_WORD" for k, v in sub[0][1]):
                return True
            continue
        if name == "ASSERT":
            continue  # a look-ahead: the next item decides
        if name == "SUBPATTERN":
            return _starts_word(av[3].data)
        if name == "BRANCH":
            return all(_starts_word(alt.data) for alt in av[1])
        return False
    return False
