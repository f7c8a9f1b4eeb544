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
mean something else elsewhere: "ne", "no", "nu"); ``months_local`` and ``weekdays_local`` tables
hold names that mean this only in mail written in the language (Croatian "listopad" = October,
elsewhere November). Numbers, ordinals and the relative days are
tables (word → value). ``tests/unit/test_lexicon.py`` fails when a file lacks a concept.
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
    "instead_of": "'instead of': {x} is the date or town that is left ('statt {x}', '{x} yerine')",
    "already_registered": "speaks of an earlier registration ('I had registered', 'bin angemeldet')",
    "negation": "cannot, not, no time, too far",
    "not_negative": "phrases with a negation word that say yes ('I can't wait', 'kein Problem')",
    "tentative": "maybe, probably, not sure yet",
    "condition": "'if', 'only if', 'provided that': the registration depends on something",
    "fallback": "'otherwise', 'if not', 'alternatively': a second choice after the first",
    "only": "'only', 'just': this one and no other",
    "first_person": "I, we, me, us: the writer speaks of themselves",
    "someone_else": "another person: he, she, my wife, my colleague",
    "anyone": "people in general as the subject: 'wer …', 'man', 'anyone', 'people who'",
    "home": "{x} is a town where someone lives, works or comes from, not a wish ('wohne in {x}')",
    "file_number": "{x} is a file, invoice or customer number, not a date ('Az. {x}', 'invoice {x}')",
    "question_topics": "things people ask staff about: childcare, interpreter, parking, access, costs",
    "thanks": "thanks or 'see you there' that need no answer",
    "companions": "nouns for people who come along: wife, husband, child, neighbour, friend, colleague",
    "people_nouns": "nouns that count people: persons, participants, people",
    "ages": "what makes a number an age or a span of time, not a count of people: 'Jahre', 'years old'",
    "greetings": "how a mail starts: 'Hallo', 'Dear', 'Sehr geehrte'",
    "closings": "how a mail ends before the name: 'Viele Grüße', 'Best regards'",
    "out_of_office": "phrases of automatic out-of-office replies",
    "do_not_reply": "'do not reply to this mail' and similar",
    "courtesy": "what a mail that needs no answer may consist of: thanks, 'see you', greetings, fillers "
                "(matched on lower-case text without apostrophes: write 'thats', 'cant')",
    "refusal": "an answer that says no to our request to confirm a change: 'nein', 'not me', 'fake'",
    # the words of quotes, headers, reports and lists
    "wrote": "the verb of a reply's attribution line: 'Am … schrieb …:', 'On … wrote:'",
    "attribution_start": "how an attribution line begins: 'Am', 'On', 'Le'",
    "original_message": "separator lines before a quoted or forwarded mail: 'Ursprüngliche Nachricht'",
    "header_from": "the 'From' label of a quoted header block",
    "header_sent": "the 'Sent'/'Date' label of a quoted header block",
    "header_other": "the other labels of a quoted header block: 'To', 'Cc', 'Subject'",
    "sent_from_device": "device and app lines under a mail: 'Von meinem iPhone gesendet', 'Sent from'",
    "urgent_contact": "weaker signs of an out-of-office text: 'in urgent cases', 'my colleague'",
    "day_article": "words before a day of the month: 'am 26.', 'the 26th', 'le 26'",
    "list_label": "labels before a number of our list: 'Nummer 2', 'option 3'",
    "option_nouns": "nouns after an ordinal of our list: 'der zweite Termin', 'the second date'",
    "please": "'please' after a choice: 'die 3 bitte'",
    "titles": "titles before a person's name: 'Frau', 'Herr', 'Mrs'",
    "kin": "nouns for a related or accompanying person before their name: 'meine Schwester Hanna', 'my wife Ana'",
    "rename": "asks to register other names: the new name follows ('den Namen auf …', 'change the name to …')",
    "robot_name": "display names of mail servers' report senders: 'Mail Delivery System'",
    "articles": "articles before a list position: 'die 3', 'the second'",
    "spam": "phrases of advertising, phishing and scams: 'click here', 'Ihr Postfach ist voll'",
    "bounce_text": "phrases of delivery failure reports in the text: 'could not be delivered'",
    # the words of the sentence, reply, head-count and robot rules
    "clause_start": "a word after a comma that begins a new clause: 'but', 'because', 'I'",
    "but": "'but' turning the thought: a clause begins before it even without a comma",
    "i_we": "'I' and 'we' beginning a sentence (after a colon a new clause begins)",
    "sentence_openers": "capitalised words that begin a sentence after a date's full stop ('… am 19.09. Bitte …'); case counts",
    "contrast": "after a negation and a comma, what begins the preferred alternative: 'lieber', 'rather'",
    "on_day": "prepositions before a date that begin a new clause after a negation and a comma: 'am', 'on'",
    "positive": "says that a date suits: 'passt', 'geht', 'works', 'fine'",
    "still_coming": "the others still come: 'trotzdem', 'as planned', 'the others'",
    "and": "'and' between the cancelling and the registering part of a sentence",
    "then_if_so": "'then', 'in that case', 'if so' opening a sentence that depends on our answer",
    "reply_prefix": "subject prefixes of a reply or forward, before the colon: 'AW', 'Re', 'Odp'",
    "forward_prefix": "subject prefixes of a forwarded mail, before the colon: 'WG', 'Fwd'",
    "see_below": "points at a forwarded mail below: 'siehe unten', 'below', 'forwarded'",
    "change_from": "'from' before the old date of a change: 'vom 21. auf den 17.10.'",
    "change_to": "'to' before the new date of a change: 'auf', 'to'",
    "if_possible": "after 'if': a polite 'if possible', 'if there is still space', not a condition",
    "list_number": "a word before (or after) the number of a line of our numbered list: 'Nummer 2', 'Nr. 2', '2. Termin'",
    "all_of_them": "every one of the registrations we listed: 'beide', 'both', 'hepsi'",
    "keep_as_is": "'no, I keep what I have' answering our question whether to change: 'nein', 'bleibt'",
    "seats": "seats asked for, a number of people: '3 Plätze', '2 seats'",
    "routine_question": "words of a question the desk itself answers: register, a free place, when, where",
    "calendar_answer": "subjects of calendar answers before the colon: 'Angenommen:', 'Accepted:'",
    "bounce_subject": "subjects of delivery failure reports: 'Unzustellbar', 'Undeliverable'",
    "auto_subject": "subjects that begin an automatic reply: 'Automatische Antwort', 'Out of office'",
    "auto_subject_anywhere": "phrases of automatic replies anywhere in the subject",
    "we_are": "words before a count of people: 'wir sind', 'we will be'",
    "with": "'together with' before companions: they come besides the writer ('mit', 'with')",
    "plus": "'and', 'plus', 'my' before a number of companions who are not everyone",
    "we": "'we' as the subject: 'wir', 'we', 'nous'",
    "my_our": "possessives before a number of companions: 'meine', 'my'",
    "sender_absent": "the writer does not come themselves: 'ich selbst kann nicht'",
    "me": "'me', 'us' as the object of a registration: 'melden Sie mich an'",
    "names_label": "labels before a list of names: 'Namen:', 'Participants:'",
    "not_a_name": "words that make a line no person's name: street, association, school",
}
TABLE_CONCEPTS = {
    "numbers": "number words → number ('zwei' = 2)",
    "ordinals": "ordinal words → position ('zweite' = 2, 'letzte' = -1)",
    "relative_days": "today, tomorrow, day_after_tomorrow, this_week, next_week, next (before a weekday), "
                     "remaining (the workshops still ahead), earliest (the first still ahead), "
                     "next_after (after a weekday: 'الثلاثاء القادم')",
    "months": "month names dateparser lacks → month (1-12); empty when dateparser has them",
    "weekdays": "weekday names dateparser lacks → weekday (0 = Monday)",
    "together_count": "'we two', 'zu dritt', 'вдвоём' → the number of people",
    "day_ordinals": "day of the month as a word → day ('am zweiten' = 2, 'the nineteenth' = 19)",
}
# "<concept>_local" tables: names that mean this only in mail written in the language
LOCAL_TABLES = ("months", "weekdays")
RELATIVE_KEYS = ("today", "tomorrow", "day_after_tomorrow", "this_week", "next_week", "next",
                 "remaining", "earliest", "next_after")


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


# a letter of a word: \w, and the vowel signs of the Indic scripts (Devanagari … Tamil, not the
# danda), which \w leaves out, so that "ना" does not match inside "लेना"
_LETTER = r"[\w\u0900-\u0963\u0966-\u0dff]"
_LETTERS = _LETTER + "*"
_START = rf"(?<!{_LETTER})"  # an entry starts where a word starts


def entry_regex(entry: str) -> str:
    """One plain entry → a regular expression (see the module docstring)."""
    entry = entry.strip().lower()
    inside = entry.startswith("*")
    open_end = entry.endswith("*")
    core = entry.strip("*")
    if not core:
        raise LexiconError(f"empty entry {entry!r}")
    body = r"\s+".join(re.escape(w).replace(r"\*", _LETTERS) for w in core.split())
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
    # patterns first; the trees try longer entries first
    return list(dict.fromkeys(unnamed(p) for p in patterns)) + _trees(entries)


def unnamed(pattern: str) -> str:
    """A pattern without its group names ("(?P<x>…)" → "(?:…)"): alternatives joined into one
    expression would define a name twice ("x" of "statt {x}", "old" of "nicht … sondern")."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def grouped(concept: str) -> list[str]:
    """The regular expressions of a concept as few alternatives: each ``_patterns`` entry, then
    all plain entries as prefix trees (one per kind of word boundary). Reads like ``alternatives``
    (at one position the longest entry wins) but searches far faster: a few hundred entries in
    one flat alternation are tried one by one at every position of the text."""
    patterns = [unnamed(p) for lang in languages().values() for p in lang.patterns[concept]]
    entries = [e for lang in languages().values() for e in lang.phrases[concept]]
    return list(dict.fromkeys(patterns)) + _trees(entries)


def _trees(entries: list[str]) -> list[str]:
    """Plain entries → one prefix-tree regex per kind of word boundary."""
    trees: dict[tuple[bool, bool], dict] = {}
    for entry in entries:
        entry = entry.strip().lower()
        core = entry.strip("*")
        if not core:
            raise LexiconError(f"empty entry {entry!r}")
        node = trees.setdefault((entry.startswith("*"), entry.endswith("*")), {})
        for token in _tokens(core):
            node = node.setdefault(token, {})
        node[""] = {}
    return [("" if inside else _START) + _tree_regex(tree) + (_LETTERS if open_end else rf"(?!{_LETTER})")
            for (inside, open_end), tree in sorted(trees.items())]


def _tokens(core: str) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(core.split()):
        if i:
            out.append(r"\s+")
        out.extend(_LETTERS if c == "*" else re.escape(c) for c in word)
    return out


def _tree_regex(node: dict) -> str:
    """A prefix tree → one regular expression; a longer entry is tried before its prefix."""
    branches = [token + _tree_regex(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def compiled(concept: str, *extra: str) -> re.Pattern:
    """One case-insensitive pattern for a concept in all languages (plus ``extra`` code-side parts)."""
    parts = grouped(concept) + list(extra)
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!x)x", re.I)


def local(concept: str) -> dict[str, re.Pattern]:
    """Per language: the entries that count only in mail written in that language."""
    out = {}
    for code, lang in languages().items():
        if lang.local[concept]:
            out[code] = re.compile("|".join(entry_regex(e) for e in lang.local[concept]), re.I)
    return out


def local_table(concept: str) -> dict[str, dict]:
    """Per language: the ``<concept>_local`` table (names that mean this only in that language's mail)."""
    return {code: lang.local_tables[concept] for code, lang in languages().items() if lang.local_tables.get(concept)}


def table(concept: str) -> dict:
    """A table concept merged over all languages (the first language to give a word wins)."""
    merged: dict = {}
    for lang in languages().values():
        for word, value in lang.tables[concept].items():
            merged.setdefault(word.lower(), value)
    return merged


def relative(key: str) -> list[str]:
    return [w for lang in languages().values() for w in lang.tables["relative_days"].get(key, [])]


def separable(concept: str) -> list[tuple[tuple[str, ...], str]]:
    return [(verbs, particle) for lang in languages().values() for c, verbs, particle in lang.separable
            if c == concept]


@lru_cache(maxsize=None)
def slots(concept: str) -> tuple[tuple[re.Pattern, bool], ...]:
    """Each entry of a slot concept as (pattern with the group ``x``, slot first)."""
    entries = sorted({e for lang in languages().values() for e in lang.phrases[concept]}, key=len, reverse=True)
    out = [(re.compile(p, re.I), False) for lang in languages().values() for p in lang.patterns[concept]]
    for entry in entries:  # the longest first: "Rechnung Nr. {x}" before "Rechnung {x}"
        rx, first = slot_regex(entry)
        out.append((re.compile(rx, re.I), first))
    return tuple(out)


@lru_cache(maxsize=None)
def _any_slot(concept: str) -> re.Pattern:
    """A quick test before ``mask``: finds the fixed words of every slot entry ("wohne in" of
    "wohne in {x}", "'de oturuyorum" of "{x}'de oturuyorum"); where none occurs, no entry matches."""
    anchors = []
    for lang in languages().values():
        for entry in lang.phrases[concept]:
            left, _, right = (entry if SLOT in entry else f"{entry} {SLOT}").partition(SLOT)
            anchors.append(left.strip() if left.strip() else "*" + right.strip())
    parts = [unnamed(p) for lang in languages().values() for p in lang.patterns[concept]]
    parts += _trees([a for a in anchors if a.strip("*")])
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!x)x", re.I)


def present(text: str, concept: str) -> tuple[tuple[re.Pattern, bool], ...]:
    """The slot patterns of a concept worth trying on ``text`` (none when no fixed word occurs)."""
    return slots(concept) if _any_slot(concept).search(text) else ()


def mask(text: str, concept: str) -> str:
    """``text`` with the slot words of a concept blanked out (same length, so positions hold)."""
    if not _any_slot(concept).search(text):
        return text  # most text holds none: one search instead of one substitution per entry
    for rx, _ in slots(concept):
        if "(?P<x>" not in rx.pattern:
            continue
        text = rx.sub(lambda m: m.group(0)[:m.start("x") - m.start()] + " " * len(m.group("x"))
                      + m.group(0)[m.end("x") - m.start():], text)
    return text


def either(concept: str) -> str:
    """A concept in all languages as one non-capturing alternative, to build a rule's pattern
    from ("(?:vom|from|…)\\s+(.{1,40}?)\\s+(?:auf|to|…)"); never matches when the concept is empty."""
    parts = grouped(concept)
    return "(?:" + ("|".join(f"(?:{p})" for p in parts) or r"(?!x)x") + ")"


def words(concept: str) -> list[str]:
    """The plain entries of a concept in all languages (for code that builds its own pattern)."""
    return [e for lang in languages().values() for e in lang.phrases[concept]]
