"""Mail nobody waits an answer for: thanks, "see you there", greetings (RFC 3834 §2: reply only
where a person benefits); and answers that refuse what we asked them to confirm.

The phrases are data: the ``courtesy`` (with ``thanks``) and ``refusal`` concepts of the language
files (``mailbot/understand/lang``). Every language's phrases are used for every message: short
mail is where language detection is weakest.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import intent as I
from . import lexicon as L
from .guard import dispatched, guarded
from .startcache import regex
from .text import normalise

APOSTROPHES = re.compile(r"['’`´ʼ]")
NUMBERISH = re.compile(r"(?<!\w)\d[\w./:-]*")  # dates and times, "26.", "26th", "26'sında" (apostrophe removed)
WORD = re.compile(r"[^\W\d_]+")
LIST_ANSWER = re.compile(r"(?m)^\W*\d\W*$")  # a bare "3" on its own line answers our numbered list
SIGNED_NAME = re.compile(r"^(?:[^\W\d_][^\W\d_'’-]*\.?\s*){1,3}$")  # "Anna", "A. Beispiel", "Gast DE"


@lru_cache(maxsize=None)
def phrases(concept: str) -> re.Pattern[str]:
    """A concept's phrases in all languages as one whole-word pattern, longest first."""
    found = [alt for lang in L.languages().values() for p in lang.patterns[concept] for alt in _alternatives(p)]
    found += [L.entry_regex(e) for e in L.words(concept)]
    found.sort(key=len, reverse=True)  # "wir sehen uns" before "wir"
    if concept == "courtesy":  # thanks are courtesy too
        found += L.grouped("thanks", sliced=True)
    return regex(guarded(r"(?<!\w)(?:" + dispatched(found) + r")(?!\w)"), re.I)


def _alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives: "a|b(c|d)" → ["a", "b(c|d)"]."""
    parts, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return parts + [pattern[start:]]


def _plain(text: str) -> str:
    return APOSTROPHES.sub("", normalise(text or "").lower())  # "می‌بینمتان": no zero-width joiner


# Latin letters written without their marks: "ı" and "ł" have no decomposition of their own
_BARE = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "ħ": "h"})


@lru_cache(maxsize=256)
def bare_latin(text: str) -> str:
    """The Latin letters of ``text`` without their diacritics ("Teşekkür" → "Tesekkur", "mulţumesc" →
    "multumesc"); every other script as it is (Indic vowel signs and Arabic marks are no diacritics
    of a Latin letter). Residents type some letters of a word with their marks and some without."""
    out = []
    for ch in text.translate(_BARE):
        if ch.isascii() or not ch.isalpha():
            out.append(ch)
            continue
        parts = unicodedata.normalize("NFD", ch)
        out.append(parts[0] if parts[0].isascii() and parts[0].isalpha() else ch)
    return "".join(out)


def only_courtesy(text: str, sender: str = "", coming: bool = False) -> bool:
    """The text says thanks or "see you" and nothing else a person must act on: no question, no
    registration, cancellation or change; what is left after the courtesy phrases, dates and
    the sender's own name (``sender``: display name and/or address; or a last line of one to
    three capitalised words, a signed name) is no word at all. ``coming``: the text answers our
    confirmation and names no date, so "I will come" (``will_come``) is courtesy too."""
    if not (text or "").strip() or I.QUESTION_MARK.search(text) or LIST_ANSWER.search(text):
        return False
    lines = text.strip().split("\n")
    last = lines[-1].strip()
    if len(lines) > 1 and SIGNED_NAME.match(last) and all(w[0].isupper() for w in last.split()):
        lines = lines[:-1]
    plain = _plain("\n".join(lines))
    rest, hits, promised = plain, 0, 0
    if coming:
        rest, promised = phrases("will_come").subn(" ", rest)
        hits = promised
    rest, more = phrases("courtesy").subn(" ", rest)
    hits += more
    # the phrases again on the words left, their Latin letters without marks: "Tesekkür" (half typed
    # without the Turkish letters) is the "tesekkur" the language file lists
    rest, more = phrases("courtesy").subn(" ", bare_latin(rest))
    hits += more
    if not hits or I.ANY_CANCEL(rest) or I.ANY_CHANGE_STRONG(rest):
        return False
    names = {w for w in WORD.findall(bare_latin(_plain(sender))) if len(w) > 1}
    # "Danke, ብጣዕሚ …", and "Wir kommen trotzdem.", "we'll come anyway": thanks or a word of coming, and a few
    # words beside it that ask or change nothing
    if coming and (promised or phrases("thanks").search(plain) or phrases("thanks").search(bare_latin(plain))) \
            and _a_promise(rest, names):
        return True
    # a wish outside the courtesy phrases ("we will come" inside "thanks, inshallah we will come" is none)
    if I.ANY_REGISTER(rest):
        return False
    rest = NUMBERISH.sub(" ", rest)
    return not [w for w in WORD.findall(rest) if w not in names]


# other people named beside the thanks: "Danke, meine Frau kommt auch" is news, not courtesy
_OTHERS = L.compiled("kin", *L.grouped("someone_else"), *L.grouped("companions"), *L.grouped("people_nouns"))
_PROMISE_WORDS = 3  # "ብጣዕሚ … ክንመጽእ ኢና", "tôi sẽ đến": a promise to come is short


def _a_promise(rest: str, names: set[str]) -> bool:
    """After thanks, answering our confirmation: a few words no list holds ("ብጣዕሚ", "nhiều", a form
    of "I will come" the language file lacks) are a promise to come, in any language; not when
    they give a number, name another person or prefer something."""
    if NUMBERISH.search(rest) or _OTHERS.search(rest) or I.CHANGE_WEAK.search(rest) or I.NEGATION.search(rest):
        return False
    # words split at spaces: the vowel signs of Indic scripts are no \w and would split a word
    words = {w.strip("'\".,;:!()-") for w in rest.split()}
    return len([w for w in words if any(c.isalpha() for c in w) and w not in names]) <= _PROMISE_WORDS


_PARTS = re.compile(r"[^,.;:!?\n،؛。，！？]+")  # (also the Arabic and Chinese marks)


def opens_with_thanks(text: str) -> bool:
    """The mail begins with thanks ("Danke nochmal, der Abend war sehr schön!", "Hallo, vielen
    Dank für die Bestätigung. Wir freuen uns, endlich mitreden zu können."): one of its first two
    parts is thanks and nothing else. What follows is a remark, unless it asks for something."""
    parts = [p.strip() for p in _PARTS.findall(text or "") if p.strip()][:2]
    return any(phrases("thanks").search(_plain(p)) and only_courtesy(p) for p in parts)


def thanks_without_request(text: str) -> bool:
    """A short mail (six parts at most) that thanks somewhere and asks nothing: "Oh, I forgot I had
    done that already. All good, thanks!" answering our "already registered". The caller has made
    sure it names no workshop, head-count or person."""
    parts = [p for p in _PARTS.findall(text or "") if p.strip()]
    return (0 < len(parts) <= 6 and not I.QUESTION_MARK.search(text) and not I.ANY_CANCEL(_plain(text))
            and any(phrases("thanks").search(_plain(p)) for p in parts))


def agrees_without_request(text: str) -> bool:
    """A short mail (six parts at most) with a part that is courtesy alone and not a greeting ("Tamam,
    bekleriz", "Ok, we'll wait"), asking nothing and naming no topic for staff: answering our
    waiting-list notice, "we'll wait, let us know" needs no answer. The caller has made sure it names
    no workshop, head-count or person."""
    parts = [p for p in _PARTS.findall(text or "") if p.strip()]
    plain = _plain(text)
    if not 0 < len(parts) <= 6 or I.QUESTION_MARK.search(text) or I.ANY_CANCEL(plain) or I.ANY_QUESTION_TOPIC(text):
        return False
    return any(only_courtesy(p) and not phrases("greetings").fullmatch(_plain(p).strip()) for p in parts)


def refuses(text: str) -> bool:
    """An answer that says no ("Nein, das war ich nicht")."""
    return bool(phrases("refusal").search(_plain(text)))
