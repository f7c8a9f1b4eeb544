"""Language knowledge as data: one TOML file per language in ``mailbot/understand/lang/``.

Every file fills the same concepts (``CONCEPTS``); the rules that combine them stay in code and
are written once. A concept is a list of entries in the plain form a speaker of the language
can write:

- an entry matches where a word starts and ends: ``"komme"`` does not match "kommen";
- ``*`` stands for further letters: ``"anmeld*"`` matches "anmelden", "anmeldung";
  a leading ``*`` lets the entry start inside a word: ``"*anmeld*"`` also matches "Voranmeldung";
- a space matches any run of spaces and line breaks; everything else is literal, case does
  not matter;
- ``{x}`` marks the slot of concepts that point at a word: ``"wohne in {x}"`` (the town after it
  is where someone lives, not a wish), ``"{x} yerine"`` (Turkish: what stands before "yerine" is
  left). An entry of such a concept without ``{x}`` has the slot after it.

``<concept>_patterns`` holds regular expressions for what a list of words cannot say, and
``<concept>_local`` entries that count only in mail written in this language (short words that
mean something else elsewhere: "ne", "no", "nu"); ``months_local``, ``weekdays_local`` and
``numbers_local`` tables hold names that mean this only in mail written in the language (Croatian
"listopad" = October, elsewhere November; Hindi typed in Latin letters "do" = 2). Numbers, ordinals and the relative days are
tables (word → value). ``tests/unit/test_lexicon.py`` fails when a file lacks a concept.

``markers`` (optional) are words that tell the language from one it reads alike: typed in Latin letters
(Greeklish, Arabizi, Hindi), without its diacritics (Vietnamese, Albanian), or one of a pair that shares
a script (Dari and Persian, Tigrinya and Amharic, Croatian, Bosnian and Serbian); ``markers_needed`` says
how many distinct ones a text must hold (1 where not given). ``language.detect_language`` uses them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..errors import MailbotError
from .concepts import LOCAL_TABLES, PHRASE_CONCEPTS, RELATIVE_KEYS, TABLE_CONCEPTS
from .guard import AnyMatch, dispatched, guarded
from .startcache import Memo, cached, fingerprint, regex

LANG_DIR = Path(__file__).with_name("lang")


class LexiconError(MailbotError, ValueError):
    """A language file that cannot be used: names the file and the key."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    phrases: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[str, ...]]
    local: dict[str, tuple[str, ...]]
    tables: dict[str, dict[str, Any]]
    separable: tuple[tuple[str, tuple[str, ...], str], ...] = field(default=())  # (concept, verbs, particle)
    local_tables: dict[str, dict[str, Any]] = field(default_factory=dict)  # "months" → the months_local table
    # words that tell this language from a neighbour it reads alike (typed in Latin letters, without its
    # diacritics, or one of a pair sharing a script), and how many distinct ones it takes (``language``)
    markers: tuple[str, ...] = field(default=())
    markers_needed: int = 1


# a letter of a word: \w, and the vowel signs of the Indic scripts (Devanagari … Tamil, not the
# danda), which \w leaves out, so that "ना" does not match inside "लेना"
_LETTER = r"[\w\u0900-\u0963\u0966-\u0dff]"
_LETTERS = _LETTER + "*"
_START = rf"(?<!{_LETTER})"  # an entry starts where a word starts


_INVISIBLE = re.compile("[\u200c\u200d\u00ad]")


def entry_regex(entry: str) -> str:
    """One plain entry → a regular expression (see the module docstring)."""
    entry = entry.strip().lower()
    inside = entry.startswith("*")
    open_end = entry.endswith("*")
    core = entry.strip("*")
    if not core:
        raise LexiconError(f"empty entry {entry!r}")
    body = r"\s+".join(re.escape(w).replace(r"\*", _LETTERS) for w in core.split())
    # the text is read without zero-width joiners (``text.normalise``): an entry written with them
    # ("خودم نمی‌آیم", "همسایه‌ام") matches with or without them
    body = _INVISIBLE.sub(lambda m: m.group() + "?", body)
    return ("" if inside else _START) + body + (_LETTERS if open_end else rf"(?!{_LETTER})")


SLOT = "{x}"


def slot_regex(entry: str) -> tuple[str, bool]:
    """An entry with a slot → (regex with the group ``x``, whether the slot comes first)."""
    if SLOT not in entry:
        entry = f"{entry} {SLOT}"
    left, right = (part.strip() for part in entry.split(SLOT, 1))
    slot = r"(?P<x>(?:\d{5}\s+)?[^\s,;:!?()]+)"  # "wohne in 74196 Neuenstadt": the postcode and the town
    rx = (entry_regex(left) + r"\s*:?\s*" if left else r"(?<!\w)") + slot + (r"\s*" + entry_regex(right).removeprefix(_START) if right else "")
    return rx, not left


def _load(path: Path) -> Language:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path.name}: {exc}") from exc
    code = data.get("code")
    if code != path.stem:
        raise LexiconError(f"{path.name}: code: must be {path.stem!r}")
    phrases, patterns, local, tables, local_tables = {}, {}, {}, {}, {}
    for concept in LOCAL_TABLES:
        table = data.get(f"{concept}_local", {})
        if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
            raise LexiconError(f"{path.name}: {concept}_local: must be a table of name = number")
        local_tables[concept] = {k.lower(): v for k, v in table.items()}
    # "{kin}" in a pattern: the language's nouns of people who come along
    # arranged by first letters (``guard.dispatched``: matches exactly what the plain alternation matches, in
    # the same order), as a pattern that begins with it tries it at every word of a text
    kin = "(?:" + dispatched([entry_regex(e) for e in _strings(data.get("kin", []), path, "kin")]) + ")" \
        if data.get("kin") else r"(?!x)x"
    for concept in PHRASE_CONCEPTS:
        if concept not in data:
            raise LexiconError(f"{path.name}: {concept}: missing (write [] if the language has no such words)")
        phrases[concept] = tuple(_strings(data[concept], path, concept))
        patterns[concept] = tuple(p.replace("{kin}", kin) for p in _strings(data.get(f"{concept}_patterns", []), path,
                                                                             f"{concept}_patterns"))
        local[concept] = tuple(_strings(data.get(f"{concept}_local", []), path, f"{concept}_local"))
        for p in patterns[concept]:
            try:
                re.compile(p)
            except re.error as exc:
                raise LexiconError(f"{path.name}: {concept}_patterns: {p!r}: {exc}") from exc
    for concept in TABLE_CONCEPTS:
        table = data.get(concept)
        if not isinstance(table, dict):
            raise LexiconError(f"{path.name}: {concept}: missing (a table; write [{concept}] if empty)")
        tables[concept] = table
    for key, words in tables["relative_days"].items():
        if key not in RELATIVE_KEYS:
            raise LexiconError(f"{path.name}: relative_days.{key}: unknown (known: {', '.join(RELATIVE_KEYS)})")
        _strings(words, path, f"relative_days.{key}")
    markers = tuple(_strings(data.get("markers", []), path, "markers"))
    needed = data.get("markers_needed", 1)
    if not isinstance(needed, int) or isinstance(needed, bool) or needed < 1:
        raise LexiconError(f"{path.name}: markers_needed: must be a whole number of at least 1")
    known = set(PHRASE_CONCEPTS) | set(TABLE_CONCEPTS) | {"code", "name", "separable", "markers", "markers_needed"}
    known |= {f"{c}_{s}" for c in PHRASE_CONCEPTS for s in ("patterns", "local")}
    known |= {f"{c}_local" for c in LOCAL_TABLES}
    for key in data:
        if key not in known:
            raise LexiconError(f"{path.name}: {key}: unknown key")
    separable = tuple((s["concept"], tuple(s["verbs"]), s["particle"]) for s in data.get("separable", []))
    return Language(code, str(data.get("name", code)), phrases, patterns, local, tables, separable, local_tables,
                    markers, needed)


def _strings(value: Any, path: Path, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{path.name}: {key}: must be a list of non-empty strings")
    return value


@lru_cache(maxsize=1)
def languages() -> dict[str, Language]:
    """Every language file, checked; from the start-up cache while no file (nor this module) changed."""
    files = sorted(LANG_DIR.glob("*.toml"))
    return cached("lexicon", fingerprint([*files, Path(__file__), Path(__file__).with_name("concepts.py"),
                                                 Path(__file__).with_name("guard.py")]), lambda: {p.stem: _load(p) for p in files})


def _sources() -> list[Path]:
    """The files the patterns built here depend on: the language files and this machinery."""
    here = Path(__file__).parent
    return [*sorted(LANG_DIR.glob("*.toml")), Path(__file__), here / "concepts.py", here / "guard.py"]


# the patterns built from the language files (building the large ones parses many parts for their
# first letters), kept in the start-up cache while no source changed
_BUILT = Memo("patterns", lambda: fingerprint(_sources()))


def alternatives(concept: str, langs: tuple[str, ...] | None = None) -> list[str]:
    """Regular expressions of a concept in every language (or in ``langs``)."""
    return list(_BUILT.get(("alternatives", concept, langs), lambda: _alternatives(concept, langs)))


def _alternatives(concept: str, langs: tuple[str, ...] | None) -> list[str]:
    patterns: list[str] = []
    entries: list[str] = []
    for code, lang in languages().items():
        if langs is None or code in langs:
            patterns.extend(lang.patterns[concept])
            entries.extend(lang.phrases[concept])
    # patterns first; the trees try longer entries first
    return list(dict.fromkeys(unnamed(p) for p in patterns)) + trees(entries)


def unnamed(pattern: str) -> str:
    """A pattern without its group names ("(?P<x>…)" → "(?:…)"): alternatives joined into one
    expression would define a name twice ("x" of "statt {x}", "old" of "nicht … sondern")."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def grouped(concept: str, sliced: bool = False) -> list[str]:
    """The regular expressions of a concept as few alternatives: each ``_patterns`` entry, then
    all plain entries as prefix trees (one per kind of word boundary). Reads like ``alternatives``
    (at one position the longest entry wins) but searches far faster: a few hundred entries in
    one flat alternation are tried one by one at every position of the text. ``sliced``: the
    trees cut by first letter, for ``dispatched``."""
    return list(_BUILT.get(("grouped", concept, sliced), lambda: _grouped(concept, sliced)))


def _grouped(concept: str, sliced: bool) -> list[str]:
    patterns = [unnamed(p) for lang in languages().values() for p in lang.patterns[concept]]
    entries = [e for lang in languages().values() for e in lang.phrases[concept]]
    return [guarded(p) for p in dict.fromkeys(patterns)] + trees(entries, sliced)


def trees(entries: list[str], sliced: bool = False) -> list[str]:
    """Plain entries → one prefix-tree regex per kind of word boundary (``sliced``: one per kind
    and first letter, for ``dispatched``; they match alike, as a letter begins one branch only)."""
    trees: dict[tuple[bool, bool], dict[str, Any]] = {}
    for entry in entries:
        entry = entry.strip().lower()
        core = entry.strip("*")
        if not core:
            raise LexiconError(f"empty entry {entry!r}")
        node = trees.setdefault((entry.startswith("*"), entry.endswith("*")), {})
        for token in _tokens(core):
            node = node.setdefault(token, {})
        node[""] = {}
    return [_first_of(part) + ("" if inside else _START) + _tree_regex(part) + (_LETTERS if open_end else rf"(?!{_LETTER})")
            for (inside, open_end), tree in sorted(trees.items())
            for part in ([{k: v} for k, v in tree.items()] if sliced else [tree])]


def _first_of(tree: dict[str, Any]) -> str:
    """A look-ahead for the letters an entry of the tree can begin with. It changes no match (every
    entry begins with one of them) but makes the search cheap: without it, the regular-expression
    engine enters the alternation of all first letters at every position of the text, one branch
    after the other (case-insensitive letters get no fast path there); with it, one set test
    rejects most positions."""
    return "(?=[" + "".join(tree) + "])"


def _tokens(core: str) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(core.split()):
        if i:
            out.append(r"\s+")
        out.extend(_LETTERS if c == "*" else re.escape(c) for c in word)
    return out


def _tree_regex(node: dict[str, Any]) -> str:
    """A prefix tree → one regular expression; a longer entry is tried before its prefix."""
    branches = [token + _tree_regex(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """Literal words as one regular expression for a case-insensitive pattern. It matches what
    ``a|b|c`` with the longest word first would match, but is searched far faster: a prefix tree
    behind a look-ahead for the first letters. A space in a word becomes ``space``. Letters that
    match each other case-insensitively share one branch, so at each point of the text at most
    one branch goes on, and the longest word that fits is tried first, as in the flat alternation."""
    root: dict[str, Any] = {}
    for word in sorted(words):  # the same text in every process (a set's order is not), for the start-up cache
        node = root
        for ch in word:
            node = node.setdefault(space if ch == " " else re.escape(_fold(ch)), {})
        node[""] = {}
    root.pop("", None)  # an empty word: the flat alternation would match the empty string
    if not root:
        return "(?!x)x"
    return _first_of(root) + _tree_regex(root)


@lru_cache(maxsize=None)
def _fold(ch: str) -> str:
    """One letter for all letters that match ``ch`` under re.IGNORECASE ("σ", "ς", "Σ" → "Σ")."""
    seen, todo = {ch}, [ch]
    while todo:
        c = todo.pop()
        for d in (c.lower(), c.upper(), c.casefold()):
            if len(d) == 1 and d not in seen:
                seen.add(d)
                todo.append(d)
    rep = min(seen)
    alike = re.fullmatch(re.escape(rep), ch, re.I) and re.fullmatch(re.escape(ch), rep, re.I)
    return rep if alike else ch


def compiled(concept: str, *extra: str) -> re.Pattern[str]:
    """One case-insensitive pattern for a concept in all languages (plus ``extra`` code-side parts)."""
    return regex(joined(concept, *extra), re.I)


DISPATCH_FROM = 16  # parts (patterns and trees) from which a concept's alternation is arranged by first letters


def joined(concept: str, *extra: str) -> str:
    """A concept in all languages (plus ``extra`` code-side parts) as one alternation: its parts one
    after the other, each behind a look-ahead for its first letters, and one look-ahead for all; where
    the concept has many parts, arranged by first letters (``guard.dispatched``), so that a position
    of a text costs a few set tests instead of one per part (with few parts the arrangement costs
    more than it saves)."""
    return _BUILT.get(("joined", concept, extra), lambda: _joined(concept, *extra))


def _joined(concept: str, *extra: str) -> str:
    parts = grouped(concept) + list(extra)
    if len(parts) >= DISPATCH_FROM:
        return dispatched(grouped(concept, sliced=True) + list(extra))
    flat = "|".join(f"(?:{p})" for p in parts)
    # one look-ahead for the first characters of every alternative: most positions of a text are
    # rejected by one set test instead of one per alternative
    return guarded(flat) if flat else r"(?!x)x"


def any_match(concept: str, *extra: str) -> AnyMatch:
    """Whether ``compiled(concept, *extra)`` finds anything in a text, as a faster yes/no test
    (``guard.AnyMatch``)."""
    return AnyMatch(grouped(concept, sliced=True) + list(extra))


def local(concept: str) -> dict[str, re.Pattern[str]]:
    """Per language: the entries that count only in mail written in that language."""
    out = {}
    for code, lang in languages().items():
        if lang.local[concept]:
            # (behind a look-ahead for its first characters: each entry begins with a look-behind, which the
            # engine would otherwise try at every position)
            out[code] = regex(guarded("|".join(entry_regex(e) for e in lang.local[concept])), re.I)
    return out


def markers() -> dict[str, tuple[re.Pattern[str], int]]:
    """Per language that has them: its ``markers`` as one pattern, and how many distinct ones tell it."""
    return {code: (regex(guarded("|".join(entry_regex(e) for e in lang.markers)), re.I), lang.markers_needed)
            for code, lang in languages().items() if lang.markers}


def local_table(concept: str) -> dict[str, dict[str, Any]]:
    """Per language: the ``<concept>_local`` table (names that mean this only in that language's mail)."""
    return {code: lang.local_tables[concept] for code, lang in languages().items() if lang.local_tables.get(concept)}


def table(concept: str) -> dict[str, Any]:
    """A table concept merged over all languages (the first language to give a word wins)."""
    merged: dict[str, Any] = {}
    for lang in languages().values():
        for word, value in lang.tables[concept].items():
            merged.setdefault(word.lower(), value)
    return merged


def relative(key: str) -> list[str]:
    return [w for lang in languages().values() for w in lang.tables["relative_days"].get(key, [])]


def separable(concept: str) -> list[tuple[tuple[str, ...], str]]:
    return [(verbs, particle) for lang in languages().values() for c, verbs, particle in lang.separable
            if c == concept]


def either(concept: str) -> str:
    """A concept in all languages as one non-capturing alternative, to build a rule's pattern
    from ("(?:vom|from|…)\\s+(.{1,40}?)\\s+(?:auf|to|…)"); never matches when the concept is empty. Behind a
    look-ahead for the first characters of all its parts (``guard.guarded``): where a rule tries it at every
    position of a text, one set test rejects most of them."""
    parts = grouped(concept)
    flat = "|".join(f"(?:{p})" for p in parts)
    return "(?:" + (guarded(flat) if flat else r"(?!x)x") + ")"


def words(concept: str) -> list[str]:
    """The plain entries of a concept in all languages (for code that builds its own pattern)."""
    return [e for lang in languages().values() for e in lang.phrases[concept]]
