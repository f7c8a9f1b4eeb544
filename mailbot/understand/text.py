"""Small text helpers shared by the evidence finders: normalisation and clause splitting."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from . import lexicon as L
from .calendar_names import short_weekdays
from .guard import AnyMatch
from .intent import ANY_CANCEL, ANY_CHANGE_STRONG, ANY_NEGATION, ANY_REGISTER, ANY_WILL_COME, NEGATION
from .startcache import regex

# every decimal digit of Unicode (Arabic-Indic, Persian, full-width "４", Devanagari, Bengali, …) as ASCII
_DIGITS = {c: ord(str(d)) for c in range(0x660, 0x1FC00)
           if (d := unicodedata.decimal(chr(c), None)) is not None}
_ARABIC_MARKS = re.compile("[\u064B-\u065F\u0670]")  # harakat and hamza marks: "گزینهٔ" reads as "گزینه"


@lru_cache(maxsize=128)  # a message's texts are normalised again as clauses and their parts are read
def normalise(text: str) -> str:
    """NFC, ASCII digits (every script's decimal digits: Persian, Arabic-Indic, full-width), no zero-width joiners, plain spaces."""
    text = unicodedata.normalize("NFC", text).translate(_DIGITS)
    text = _ARABIC_MARKS.sub("", text.replace("\u200c", "").replace("\u200d", "").replace("\u00ad", ""))
    return text.replace("\u2009", " ").replace("\u202f", " ").replace("\xa0", " ")


def fold(text: str) -> str:
    """Lower-case ASCII transliteration (ü→u, ß→ss, Cyrillic→Latin) for tolerant matching."""
    return anyascii(text).lower()


@dataclass(frozen=True)
class Clause:
    text: str
    index: int  # position among the message's clauses
    source: str  # "body" | "subject" | "quote"
    sentence: str = ""  # the whole sentence the clause belongs to


# Chinese full stops need no space after them; Urdu and Hindi end sentences with "۔" and "।", Amharic and
# Tigrinya with "።" (and ask with "፧")
_SENTENCE_END = re.compile(r"[.!?;؟。؛۔।።፧]+(?=\s|$)|[。！？；]+")
_ABBREV = {"bzw", "z.b", "zb", "ca", "dr", "nr", "str", "hr", "fr", "frau", "prof", "evtl", "ggf", "usw", "etc",
           "inkl", "st", "mr", "mrs", "ms", "vs", "u.a", "d.h", "tel", "geb", "do", "di", "mo", "mi", "sa", "so",
           "sept", "okt", "oct", "sep", "nov", "dez", "dec", "jan", "feb", "bzgl", "i.a", "a", "k", "e.v", "v",
           "ing", "dipl", "no", "abs", "vgl", "mind", "max", "min", "jun", "jul", "aug", "apr", "mär", "od"}


_DAY_NEXT = re.compile(r"\s+\d{1,2}(?!\d)")

# after a date or number with a full stop, a capitalised word that begins sentences begins one
_STARTS_SENTENCE = re.compile(rf"\s+(?=[^\W\d_])(?:{L.either('sentence_openers')})", re.I)


def _starts_sentence(line: str, pos: int) -> bool:
    m = _STARTS_SENTENCE.match(line, pos)
    return m is not None and line[pos:m.end()].lstrip()[:1].isupper()


def _split_sentences(line: str) -> list[str]:
    out: list[str] = []
    last = 0
    for m in _SENTENCE_END.finditer(line):
        # the word before the full stop, from a bounded look back (a search over the whole
        # sentence so far was quadratic in the length of a line)
        before = line[max(last, m.start() - 40):m.start()]
        token = before.split()[-1].lower() if before and not before[-1].isspace() else ""
        if m.group().startswith(".") and len(m.group()) == 1 and (
            token.rstrip(".") in _ABBREV or (token[-1:].isdigit() and "/" not in token) or len(token) == 1
            or (token.rstrip(".") in short_weekdays() and _DAY_NEXT.match(line, m.end()))  # "czw. 21"
        ) and not (token[-1:].isdigit() and _starts_sentence(line, m.end())):
            continue  # "bzw.", "19.09.", "Dr." end no sentence; "… am 19.09. Bitte …" does; "… 26/09. Vou …" does
        out.append(line[last:m.end()])
        last = m.end()
    out.append(line[last:])
    return [s.strip() for s in out if s.strip()]


# a clause also ends before a conjunction that turns the thought ("…, aber …", "…, weil …"), before a
# verb that begins a new main clause ("…, melde mich aber …"), at a colon before "ich"/"wir", and
# before "but"/"aber" without a comma ("I registered for Weinsberg but I need to switch …")
_CLAUSE_SPLIT = regex(
    rf"[,，،]\s*(?={L.either('clause_start')})|:\s+(?={L.either('i_we')})|(?<=\S)[\s，,]*(?={L.either('but')})"
    rf"|[,，]\s*(?=\w+\s+{L.either('kin')}(?!\w))"  # "…, mein Mann kommt auch": another subject
    rf"|[,，]\s*(?=(?:{L.either('titles')})\.?\s+(?-i:[A-ZÄÖÜ])\w)", re.I)  # "…, Herr Kolb ist verhindert": another person
_LIST_ITEM = re.compile(r"^\s*([-*•]|\d{1,2}[.)])\s+")


def sentences(text: str) -> list[str]:
    """Paragraph-aware sentences: hard-wrapped lines are joined, list items stay apart."""
    return list(_sentences(text))


@lru_cache(maxsize=32)  # a message's whole text is split again by several gates; not across messages
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        merged: list[list[str]] = []  # lines joined once at the end: no copy per wrapped line
        for ln in lines:
            if merged and not _LIST_ITEM.match(ln) and (ln[:1].islower() or merged[-1][-1].endswith(("-", "–", ","))):
                merged[-1].append(ln)
            else:
                merged.append([ln])
        for ln in merged:
            out.extend(_split_sentences(" ".join(ln)))
    return tuple(out)


def clauses(text: str, source: str, start: int = 0) -> list[Clause]:
    out: list[Clause] = []
    for sentence in sentences(text):
        for part in _split_keep(sentence):
            part = part.strip(" ,–-")
            if part:
                out.append(Clause(part, start + len(out), source, sentence))
    return out


# "Если будет, мы придём 21-го", "If there is one, we will come on the 21st": the clause after a condition's
# comma is what holds under it, one clause with it (not "if possible": "si es posible, yo voy el 19")
_CONDITION = regex(rf"(?:{L.joined('condition')})(?!\s+{L.either('if_possible')})", re.I)


@lru_cache(maxsize=64)  # a message's sentences are split again (the gates, the parts of a clause); not across messages
def _split_keep(sentence: str) -> tuple[str, ...]:
    pieces: list[str] = []
    last = 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if m.group().lstrip()[:1] in (",", "，", "،") and _CONDITION.search(sentence, last, m.start()):
            continue
        pieces.append(sentence[last:m.start()])
        last = m.end()
    pieces.append(sentence[last:])
    return tuple(part for piece in pieces for part in _split_contrast(piece))


# "Der 19.09. passt mir nicht, lieber den 26.09.", "Am 19.09. habe ich schon einen Termin, am 26.09.
# passt es": after a negation, a comma before a preferred or positively said date begins a new
# clause. A list of dates after a negation ("kann nicht am 19.09., am 26.09.") stays one clause.
_CONTRAST = re.compile(rf",\s+(?=(?P<word>{L.either('contrast')})|{L.either('on_day')})", re.I)
POSITIVE = L.compiled("positive")


def _split_contrast(piece: str) -> list[str]:
    out: list[str] = []
    start = 0  # where the current clause begins; the searches below move forward only (linear time)
    neg_from_start, pos_after, neg_after = _Next(NEGATION, piece), _Next(POSITIVE, piece), _Next(NEGATION, piece)
    for m in _CONTRAST.finditer(piece):
        neg = neg_from_start.at(start)
        if neg is None or neg.end() > m.start():
            continue  # no negation in this clause before the comma
        if m.group("word") is not None or (pos_after.at(m.end()) and not neg_after.at(m.end())):
            out.append(piece[start:m.start()])
            start = m.end()
    out.append(piece[start:])
    return [part for chunk in out for part in _split_own_wish(chunk)]


# the negations that count only in their own language's mail ("non", "ne"): here only to find where a negated part
# may end (the mail's language is not known at this grain; a comma before a wish of its own is a clause end anyway)
_ANY_LOCAL_NEGATION = regex("|".join(f"(?:{p.pattern})" for p in L.local("negation").values()) or r"(?!x)x", re.I)
# whether it finds anything (each entry a part: the faster yes/no test, see ``guard.AnyMatch``); most parts hold none
_HAS_LOCAL_NEGATION = AnyMatch([L.entry_regex(e) for lang in L.languages().values() for e in lang.local["negation"]]
                               or [r"(?!x)x"])


_COMMA = re.compile(r"[,،，]")


def _split_own_wish(piece: str) -> list[str]:
    """"Ninguno de nosotros habla alemán, queremos inscribirnos para el 26", "none of us has a car, please
    register us for the 26th", "we cannot come, please cancel our places for the 26th", "we can't make the 26th,
    could you move us to the 17th?", "۲۶ کو نہیں آ سکتا، 17 کو آ جاؤں گا": a negation negates its own clause; a
    later part between commas with a verb of registering, cancelling, changing or coming of its own (and no negation)
    begins a new clause, the wish (as after a full stop)."""
    if not _COMMA.search(piece):
        return [piece]  # (no comma: no part after the negation; most parts hold none)
    neg = (NEGATION.search(piece) if ANY_NEGATION(piece) else None) or (
        _ANY_LOCAL_NEGATION.search(piece) if _HAS_LOCAL_NEGATION(piece) else None)
    if neg is None or not _COMMA.search(piece, neg.end()):
        return [piece]
    out: list[str] = []
    start = 0
    commas = [m.start() for m in _COMMA.finditer(piece, neg.end())]
    for i, at in enumerate(commas):
        end = commas[i + 1] if i + 1 < len(commas) else len(piece)
        part = piece[at + 1:end]
        if (ANY_REGISTER(part) or ANY_CANCEL(part) or ANY_CHANGE_STRONG(part) or ANY_WILL_COME(part)) and not (
                ANY_NEGATION(part)):
            out.append(piece[start:at])
            start = at + 1
            break  # the wish and what follows it speak for themselves
    out.append(piece[start:])
    return out


class _Next:
    """The first match of a pattern at or after a position, for positions that only grow: each
    part of the text is searched once."""

    def __init__(self, pattern: re.Pattern[str], text: str):
        self.pattern, self.text, self.pos = pattern, text, -1
        self.found: re.Match[str] | None = None

    def at(self, pos: int) -> re.Match[str] | None:
        if pos != self.pos and (self.pos < 0 or (self.found is not None and self.found.start() < pos)):
            self.found = self.pattern.search(self.text, pos)
        self.pos = pos
        return self.found
