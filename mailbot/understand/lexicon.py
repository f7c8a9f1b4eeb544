"""Language knowledge as data: one TOML file per language in ``mailbot/understand/lang/``.

Every file fills the same concepts (``CONCEPTS``); the rules that combine them stay in code and
are written once. A concept is a list of entries in the plain form a speaker of the language
can write:

- an entry matches where a word starts and ends: ``"komme"`` does not match "kommen";
- ``*`` stands for further letters: ``"anmeld*"`` matches "anmelden", "anmeldung";
  a leading ``*`` lets the entry start inside a word: ``"*anmeld*"`` also matches "Voranmeldung";
- a space matches any run of spaces and line breaks; everything else is literal, case does
  not matter.

``<concept>_patterns`` holds regular expressions for what a list of words cannot say, and
``<concept>_local`` entries that count only in mail written in this language (short words that
mean something else elsewhere: "ne", "no", "nu"). Numbers, ordinals and the relative days are
tables (word → value); ``months_local`` and ``weekdays_local`` tables hold names that mean this
only in mail written in the language (Croatian "listopad" = October, elsewhere November). ``tests/unit/test_lexicon.py`` fails when a file lacks a concept.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).with_name("lang")

# concept → what it is; each file must have every one (an empty list where the language has no
# such word, e.g. no separate "instead of" word)
PHRASE_CONCEPTS = {
    "register": "wants to take part / registers (verbs and nouns)",
    "cancel": "cancels, withdraws, can no longer come",
    "change": "asks to move the registration to another date",
    "prefer": "weak change: 'rather', 'prefer'",
    "instead_of": "'instead of' before the date that is left",
    "already_registered": "speaks of an earlier registration ('I had registered', 'bin angemeldet')",
    "negation": "cannot, not, no time, too far",
    "not_negative": "phrases with a negation word that say yes ('I can't wait', 'kein Problem')",
    "tentative": "maybe, probably, not sure yet",
    "condition": "'if', 'only if', 'provided that': the registration depends on something",
    "fallback": "'otherwise', 'if not', 'alternatively': a second choice after the first",
    "only": "'only', 'just': this one and no other",
    "question_topics": "things people ask staff about: childcare, interpreter, parking, access, costs",
    "thanks": "thanks or 'see you there' that need no answer",
    "companions": "nouns for people who come along: wife, husband, child, neighbour, friend, colleague",
    "people_nouns": "nouns that count people: persons, participants, people",
    "greetings": "how a mail starts: 'Hallo', 'Dear', 'Sehr geehrte'",
    "closings": "how a mail ends before the name: 'Viele Grüße', 'Best regards'",
    "out_of_office": "phrases of automatic out-of-office replies",
    "do_not_reply": "'do not reply to this mail' and similar",
}
TABLE_CONCEPTS = {
    "numbers": "number words → number ('zwei' = 2)",
    "ordinals": "ordinal words → position ('zweite' = 2, 'letzte' = -1)",
    "relative_days": "today, tomorrow, day_after_tomorrow, this_week, next_week, next (before a weekday)",
    "months": "month names dateparser lacks → month (1-12); empty when dateparser has them",
    "weekdays": "weekday names dateparser lacks → weekday (0 = Monday)",
}
# "<concept>_local" tables: names that mean this only in mail written in the language
# (Croatian "listopad" is October, Polish and Czech "listopad" November)
LOCAL_TABLES = ("months", "weekdays")
RELATIVE_KEYS = ("today", "tomorrow", "day_after_tomorrow", "this_week", "next_week", "next")


class LexiconError(ValueError):
    """A language file that cannot be used: names the file and the key."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    phrases: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[str, ...]]
    local: dict[str, tuple[str, ...]]
    tables: dict[str, dict]
    separable: tuple[tuple[str, tuple[str, ...], str], ...] = field(default=())  # (concept, verbs, particle)
    local_tables: dict[str, dict] = field(default_factory=dict)  # "months" → the months_local table


def entry_regex(entry: str) -> str:
    """One plain entry → a regular expression (see the module docstring)."""
    entry = entry.strip().lower()
    inside = entry.startswith("*")
    open_end = entry.endswith("*")
    core = entry.strip("*")
    if not core:
        raise LexiconError(f"empty entry {entry!r}")
    body = r"\s+".join(re.escape(w).replace(r"\*", r"\w*") for w in core.split())
    return ("" if inside else r"(?<!\w)") + body + (r"\w*" if open_end else r"(?!\w)")


def _load(path: Path) -> Language:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path.name}: {exc}") from exc
    code = data.get("code")
    if code != path.stem:
        raise LexiconError(f"{path.name}: code: must be {path.stem!r}")
    phrases, patterns, local, tables, local_tables = {}, {}, {}, {}, {}
    for concept in PHRASE_CONCEPTS:
        if concept not in data:
            raise LexiconError(f"{path.name}: {concept}: missing (write [] if the language has no such words)")
        phrases[concept] = tuple(_strings(data[concept], path, concept))
        patterns[concept] = tuple(_strings(data.get(f"{concept}_patterns", []), path, f"{concept}_patterns"))
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
    for concept in LOCAL_TABLES:
        table = data.get(f"{concept}_local", {})
        if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
            raise LexiconError(f"{path.name}: {concept}_local: must be a table of name = number")
        local_tables[concept] = {k.lower(): v for k, v in table.items()}
    for key, words in tables["relative_days"].items():
        if key not in RELATIVE_KEYS:
            raise LexiconError(f"{path.name}: relative_days.{key}: unknown (known: {', '.join(RELATIVE_KEYS)})")
        _strings(words, path, f"relative_days.{key}")
    known = set(PHRASE_CONCEPTS) | set(TABLE_CONCEPTS) | {"code", "name", "separable"}
    known |= {f"{c}_{s}" for c in PHRASE_CONCEPTS for s in ("patterns", "local")}
    known |= {f"{c}_local" for c in LOCAL_TABLES}
    for key in data:
        if key not in known:
            raise LexiconError(f"{path.name}: {key}: unknown key")
    separable = tuple((s["concept"], tuple(s["verbs"]), s["particle"]) for s in data.get("separable", []))
    return Language(code, str(data.get("name", code)), phrases, patterns, local, tables, separable, local_tables)


def _strings(value, path: Path, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{path.name}: {key}: must be a list of non-empty strings")
    return value


@lru_cache(maxsize=1)
def languages() -> dict[str, Language]:
    return {p.stem: _load(p) for p in sorted(LANG_DIR.glob("*.toml"))}


def alternatives(concept: str, langs: tuple[str, ...] | None = None) -> list[str]:
    """Regular expressions of a concept in every language (or in ``langs``)."""
    patterns: list[str] = []
    entries: list[str] = []
    for code, lang in languages().items():
        if langs is None or code in langs:
            patterns.extend(lang.patterns[concept])
            entries.extend(lang.phrases[concept])
    # patterns first, then the entries merged into tries: one branch per first letter instead of
    # one per entry, so a pattern does not get slower with every word; at one position the
    # longest reading wins ("best regards" before "best")
    return patterns + _entry_tries({e.strip().lower() for e in entries})


def compiled(concept: str, *extra: str) -> re.Pattern:
    """One case-insensitive pattern for a concept in all languages (plus ``extra`` code-side parts)."""
    parts = alternatives(concept) + list(extra)
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!x)x", re.I)


def _entry_tries(entries: set[str]) -> list[str]:
    """The entries as up to four tries, grouped by how they start and end; each matches exactly
    where ``entry_regex`` of one of its entries does."""
    groups: dict[tuple[bool, bool], list[list[str]]] = {}
    for entry in entries:
        inside, open_end, core = entry.startswith("*"), entry.endswith("*"), entry.strip("*")
        if not core:
            raise LexiconError(f"empty entry {entry!r}")
        tokens = [r"\s+" if c == " " else r"\w*" if c == "*" else re.escape(c) for c in " ".join(core.split())]
        groups.setdefault((inside, open_end), []).append(tokens)
    out = []
    # open-ended entries first: at one position they give the longer reading ("*keine zeit*" before "keine")
    for (inside, open_end), seqs in sorted(groups.items(), key=lambda g: (not g[0][1], g[0][0])):
        out.append(("" if inside else r"(?<!\w)") + _trie(seqs) + (r"\w*" if open_end else r"(?!\w)"))
    return out


def _trie(seqs: list[list[str]]) -> str:
    """A regular expression matching exactly the token sequences, longest first at each branch."""
    node: dict = {}
    for seq in seqs:
        cur = node
        for tok in seq:
            cur = cur.setdefault(tok, {})
        cur[""] = {}  # the end of an entry

    def walk(n: dict) -> str:
        ends = "" in n
        branches = [tok + walk(child) for tok, child in sorted(n.items(), key=lambda kv: kv[0] in (r"\s+", r"\w*"))
                    if tok]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return walk(node)


def local(concept: str) -> dict[str, re.Pattern]:
    """Per language: the entries that count only in mail written in that language."""
    out = {}
    for code, lang in languages().items():
        if lang.local[concept]:
            out[code] = re.compile("|".join(entry_regex(e) for e in lang.local[concept]), re.I)
    return out


def table(concept: str) -> dict:
    """A table concept merged over all languages (the first language to give a word wins)."""
    merged: dict = {}
    for lang in languages().values():
        for word, value in lang.tables[concept].items():
            merged.setdefault(word.lower(), value)
    return merged


def local_table(concept: str) -> dict[str, dict]:
    """Per language: the ``<concept>_local`` table (names that mean this only in that language's mail)."""
    return {code: lang.local_tables[concept] for code, lang in languages().items() if lang.local_tables.get(concept)}


def relative(key: str) -> list[str]:
    return [w for lang in languages().values() for w in lang.tables["relative_days"].get(key, [])]


def separable(concept: str) -> list[tuple[tuple[str, ...], str]]:
    return [(verbs, particle) for lang in languages().values() for c, verbs, particle in lang.separable
            if c == concept]


def words(concept: str) -> list[str]:
    """The plain entries of a concept in all languages (for code that builds its own pattern)."""
    return [e for lang in languages().values() for e in lang.phrases[concept]]
