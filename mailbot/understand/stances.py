"""What each clause says of which event: its mentions (dates, places, weekdays, list positions),
its stance towards them (wished, ruled out, left, asked about, a fallback), and the event a set
of mentions leaves (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..events import Event
from . import intent as I
from . import lexicon as L
from . import slot_concepts as S
from . import limits
from .dates import find_dates, next_beside_this, this_weekdays
from .evidence import Mention
from .places import find_places
from .text import POSITIVE, Clause, fold, normalise
from .totals import explicit_totals
from .startcache import regex

DATE_KINDS = {"date", "day", "relative", "ordinal", "remaining"}


def _family(kind: str) -> str:
    return "day" if kind in DATE_KINDS else kind


def combine(mentions: list[Mention]) -> frozenset[str] | None:
    """One clause: alternatives of one kind join (19.09. oder 26.09.), kinds intersect
    (Dienstag + 26.09. + Weinsberg). None if the clause names no event at all."""
    fams: dict[str, set[str]] = {}
    for m in mentions:
        if m.fits_none and m.kind not in ("date", "day"):
            continue  # "morgen" on a day without event says nothing about which event
        fams.setdefault(_family(m.kind), set()).update(m.events)
    if not fams:
        return None
    result: set[str] | None = None
    for ids in fams.values():
        result = set(ids) if result is None else result & ids
    return frozenset(result or ())


@dataclass
class ClauseReading:
    clause: Clause
    mentions: list[Mention]
    polarity: str
    exclusive: bool  # ("only on the 26th"; asked only of a clause that names something)
    old_part: list[Mention] = field(default_factory=list)
    instead: bool = False  # "statt 19.9.": the old part named after "instead of"
    rest: str = ""  # with ``instead``: the clause without its 'instead of' part
    taken_back: list[Mention] = field(default_factory=list)  # named, then taken back by a correction (``take_back``)


def _if_full(text: str) -> bool:
    """The clause's only condition is part of a fallback ("if that one is full, then …"), not a condition of
    the registration ("if there is an interpreter I come, otherwise not")."""
    spans = [m.span() for m in I.FALLBACK.finditer(text)]
    return bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in I.TENTATIVE.finditer(text))


def _not_in_a_total(mentions: list[Mention], text: str, language: str | None) -> list[Mention]:
    """A bare day of the month that is the number of a head-count is no date: "saremo in 2" (we are two,
    where "in 2" would be a Romanian day), "wir sind zu 2."."""
    if not any(m.kind == "day" for m in mentions):
        return mentions
    counted = [words.lower() for _, _, words in explicit_totals(text, language)]
    if not counted:
        return mentions
    return [m for m in mentions if not (m.kind == "day" and any(m.text.lower() in w for w in counted))]


def read_clauses(cls: list[Clause], events: tuple[Event, ...], sent: date | None, language: str = "de",
                 reasons: bool = True, this_days: frozenset[int] | None = None) -> list[ClauseReading]:
    """``reasons``: a clause that gives a reason is read apart (see ``_reason_parts``). ``this_days``: the
    weekdays the body names with "this" (``dates.this_weekdays``), when the caller has them already."""
    out: list[ClauseReading] = []
    why_at: set[int] = set()  # positions in ``out`` of clauses that give a reason and name an event
    # "nicht diesen Dienstag, sondern nächsten Dienstag": the "next" one is a week after "this" one
    if this_days is None:
        this_days = this_weekdays(normalise(" ".join(c.text for c in cls if c.source == "body"))) if sent else frozenset()
    for c, why in ((reason, why) for whole in cls for comma in _comma_parts(whole, events, sent, language)
                   for part in _old_parts(comma, events, sent, language)
                   for fixed in _correction_parts(part, events, sent, language)
                   for reason, why in (_reason_parts(fixed, language) if reasons else [(fixed, False)])):
        limits.check("clauses")
        text = normalise(c.text)
        mentions = _not_in_a_total(
            _month_typo(find_dates(text, events, sent, language, this_days) + find_places(text, events), events),
            text, language)
        old_part: list[Mention] = []
        m = I.FROM_TO.search(text) if mentions and c.source != "quote" and I.ANY_CHANGE_STRONG(text) else None
        while m and not old_part:
            head = text[m.start():m.end(1)]  # "vom 21." with its preposition: a day of the month
            old_part = find_dates(head, events, sent, language) + find_places(head, events)
            after = {e for x in mentions_in(text[m.end():m.end() + 40], events, sent) for e in x.events}
            if after & {e for x in old_part for e in x.events}:
                old_part = []  # "a quello del 17 ottobre a Brackenheim": a date and its own town, no change
            # a short word of another language ("sa ma mutati de la X la Y": Croatian "sa") is no "from"
            m = I.FROM_TO.search(text, m.start() + 1)
        swap = _instead_of(text, events, sent) if mentions and c.source != "quote" and not old_part else None
        if swap:
            old_part, text = swap
        instead = bool(swap)
        if old_part:
            old_texts = {x.text for x in old_part}
            # (also the same day read with its article: "del 19." of "en lugar del 19.")
            mentions = [x for x in mentions if x.text not in old_texts and not any(
                o.text in x.text and o.events == x.events for o in old_part)]
        if instead and not mentions:  # "le 26 plutôt que le 19", "il 26 piuttosto che il 19": a bare day is the wish
            mentions = [x for d in _ARTICLE_DAY.finditer(text) for x in _bare_day(d.group(1), events)]
        pol = I.polarity(text, language) if mentions and c.source != "quote" else "pos"
        if instead and pol == "old":
            pol = "pos"  # "I was registered for the 19th but instead of the 19th I'd come on the 17th": the rest is the wish
        prev = out[-1] if out and out[-1].clause.sentence == c.sentence and c.sentence else None
        if (pol == "pos" or pol == "tentative" and _if_full(text)) and c.source == "body" and (I.ANY_FALLBACK(text) or (
                prev is not None and not prev.mentions and I.ANY_FALLBACK(prev.clause.text))):
            # "Ersatztermin: 17.10.", "otherwise the 26th", "wenn das voll ist, dann am 17.10.": chosen only
            # without a first choice
            pol = "fallback"
        if mentions and c.source == "body" and not instead and I.is_staff_question(c.sentence or c.text) and not (
                pol == "neg" and c.sentence and c.text != c.sentence and not I.QUESTION_MARK.search(c.text)):
            # (a part that rules something out before the question, "el martes no puedo, ¿podría …?", stays negated)
            # (not "Ginge lieber Brackenheim statt Neuenstadt?": naming the one left, it asks for a change)
            pol = "question"  # "Ist die Baukelter barrierefrei?": asks about an event, does not choose it
        if why and mentions:
            why_at.add(len(out))
            pol = "reason"
        out.append(ClauseReading(c, mentions, pol, bool(mentions) and I.ANY_EXCLUSIVE(text), old_part, instead,
                                 text if instead else ""))
    if why_at and not any(r.mentions and r.clause.source == "body" for k, r in enumerate(out) if k not in why_at) \
            and not any(I.ANY_CANCEL(r.clause.text) for r in out if r.clause.source == "body"):
        # "Ich komme, weil ich am 26.9. frei habe": where only the reason names an event, the clauses are read as
        # whole (beside a cancellation it stays a reason: "ich muss mich abmelden, weil ich am 21.9. arbeite" names
        # what is cancelled, it wishes nothing)
        return read_clauses(cls, events, sent, language, reasons=False, this_days=this_days)
    return out


def _correction_parts(c: Clause, events: tuple[Event, ...], sent: date | None, language: str) -> list[Clause]:
    """"Ich komme am 19., ach nein, falsch, ich meine den 26.": a clause of the body cut where a word of correcting
    begins (``takes_back``), so that what it names before the word and after it are read apart (``take_back``);
    only where the words before it name an event."""
    m = _TAKES_BACK.search(c.text) if c.source == "body" and _ANY_TAKES_BACK(c.text) else None
    if m is None or not c.text[:m.start()].strip(" ,:;-–—") or not mentions_in(
            normalise(c.text[:m.start()]), events, sent, language):
        return [c]
    return [Clause(t.strip(" ,"), c.index, c.source, c.sentence) for t in (c.text[:m.start()], c.text[m.start():])
            if t.strip(" ,")]


_TAKES_BACK = L.compiled("takes_back")
_ANY_TAKES_BACK = L.any_match("takes_back")


def take_back(rc: list[ClauseReading], booked: str | None = None,
              language: str | None = None) -> tuple[list[ClauseReading], frozenset[str]]:
    """A correction inside the mail ("den 19., ach nein, falsch, ich meine den 26.", "Korrektur: nicht am 17.10.,
    sondern am 19.9."): from the first word of correcting (``takes_back``) in the body, what is named after it
    replaces what was wished before it. The events wished before (with ``booked``, the workshop our quoted
    confirmation names, when the mail answers it and wishes nothing before the word) are taken back: their
    mentions before the word, and those after it that name them again ("am 19. ist Elternabend"), are no wish.
    What is named after the word and is new is the wish; where nothing new is named, nothing is wished (we ask
    again, never confirming what was taken back). A correction of the head-count ("Korrektur: wir sind 3"),
    naming a count and no date after the word, takes nothing back. Returns the readings and the events taken
    back (empty: no correction read)."""
    body = [k for k, r in enumerate(rc) if r.clause.source == "body"]
    at = next((k for k in body if _ANY_TAKES_BACK(rc[k].clause.text) and _TAKES_BACK.search(rc[k].clause.text)), None)
    if at is None:
        return rc, frozenset()
    after = [r for r in rc[at:] if r.clause.source == "body"]
    if not any(m.events or m.kind in ("date", "day") for r in after for m in (*r.mentions, *r.old_part)) and any(
            explicit_totals(normalise(r.clause.text), language) for r in after):
        return rc, frozenset()  # "wir kommen am 26. zu zweit, Korrektur: zu dritt": the count is corrected
    before = [r for r in rc[:at] if r.clause.source == "body"]
    wished = [s for r in before if r.polarity in ("pos", "tentative", "fallback") and (s := combine(r.mentions))]
    if booked and not wished:
        wished = [frozenset({booked})]
    if not wished:
        return rc, frozenset()
    taken = frozenset().union(*wished)

    def again(m: Mention) -> bool:  # names (at least) what a clause before wished: said again, not new
        return bool(m.events) and any(s <= m.events for s in wished)

    out = []
    for k, r in enumerate(rc):
        if r.clause.source != "body":
            out.append(r)
        elif k < at:
            out.append(replace(r, mentions=[], taken_back=r.mentions) if r.polarity in (
                "pos", "tentative", "fallback") else r)
        else:
            gone = [m for m in r.mentions if again(m)]
            # "nicht am 17.10., sondern …": what the 'not' leaves is taken back, no earlier registration (except the
            # one booked: then the mail changes it)
            left = [m for m in r.old_part if m.events and m.events <= taken and not (booked and booked in m.events)]
            out.append(replace(r, mentions=[m for m in r.mentions if not again(m)], taken_back=gone + left,
                               old_part=[m for m in r.old_part if m not in left],
                               instead=r.instead and len(left) < len(r.old_part)))
    return out, taken


def _reason_parts(c: Clause, language: str) -> list[tuple[Clause, bool]]:
    """"Ich komme am 26.9., weil ich donnerstags arbeite", "26 Eylül'e geleceğim çünkü perşembe çalışıyorum": from the
    word that gives a reason to the next comma the clause says why; the dates, weekdays and towns there are no wish
    (``True``). What stands before the word ("nur am Dienstag, weil …") and after the comma speaks as it says."""
    if c.source == "quote":
        return [(c, False)]
    m = first_reason(c.text, language)
    if m is None:
        # "Dienstags arbeite ich.", "Την Τρίτη δουλεύω": a clause that says the writer is busy and wishes nothing
        # gives a reason without the word for it
        busy = _ANY_BUSY(c.text) or ((b := _BUSY_LANG.get(language)) is not None and b.search(c.text))
        text = normalise(c.text)
        return [(c, bool(busy) and not I.ANY_REGISTER(text) and not I.ANY_CANCEL(text) and not _ANY_POSITIVE(text))]
    comma = _COMMA.search(c.text, m.end())
    end = comma.start() if comma else len(c.text)
    parts = [(c.text[:m.start()], False), (c.text[m.start():end], True), (c.text[end + 1:] if comma else "", False)]
    return [(Clause(t.strip(" ,"), c.index, c.source, c.sentence), why) for t, why in parts if t.strip(" ,")]


def first_reason(text: str, language: str | None) -> re.Match[str] | None:
    """The first word that gives a reason ("weil", "because", "jer"; the local ones in their language only)."""
    m = _REASON.search(text) if _ANY_REASON(text) else None
    local = _REASON_LANG.get(language or "")
    n = local.search(text) if local else None
    return n if n and (m is None or n.start() < m.start()) else m


_REASON = L.compiled("reason")
_REASON_LANG = L.local("reason")
_BUSY_LANG = L.local("busy")
# whether the concepts "reason", "busy" and "positive" find anything (the faster yes/no test, guard.AnyMatch)
_ANY_REASON, _ANY_BUSY, _ANY_POSITIVE = (L.any_match(c) for c in ("reason", "busy", "positive"))


def _comma_parts(c: Clause, events: tuple[Event, ...], sent: date | None, language: str) -> list[Clause]:
    """"Ich melde mich für Neuenstadt an, in Weinsberg bin ich leider verreist": where the parts
    between commas name events of their own and only some are negated, each part speaks for itself."""
    if c.source == "quote" or not _COMMA.search(c.text) or I.polarity(normalise(c.text), language) != "neg":
        return [c]
    parts = [p for p in _COMMA.split(c.text) if p.strip()]
    named = [bool(mentions_in(normalise(p), events, sent)) for p in parts]
    negated = [I.polarity(normalise(p), language) in ("neg", "other_neg") for p in parts]
    if sum(named) < 2 or not any(n and g for n, g in zip(named, negated)) or all(negated):
        return [c]
    # (a part that asks, "bu salı olmaz, 17 Ekim olur mu?", speaks for itself too: the question is read later)
    # (and "bu salı değil, gelecek salı": a "next Tuesday" beside a "this Tuesday" is the one wished)
    said_this = this_weekdays(normalise(c.text))
    # (and "el martes 26, no el jueves", "the 26th, not the Thursday": a part that opens with its negation
    # rules out only what it names, the others are wished)
    contrast = any(n and g and _opens_with_negation(p, language) for p, n, g in zip(parts, named, negated))
    said = [contrast or _says_yes(normalise(p)) or bool(I.QUESTION_MARK.search(p))
            or next_beside_this(normalise(p), said_this) for p in parts]
    if not all(y for n, g, y in zip(named, negated, said) if n and not g):
        return [c]  # "kann nicht am 19.09., am 26.09.": a list of dates the negation covers
    return [Clause(p.strip(), c.index, c.source, c.sentence) for p in parts]


_COMMA = re.compile(r"[,،，、፣]")


def _opens_with_negation(part: str, language: str) -> bool:
    """The part opens with its negation ("no el jueves", "nicht den Donnerstag", "не в четверг"), or, a few
    words long, ends with it ("Perşembe değil", "ne četvrtak"): not "kann nicht am 19.", whose negation
    speaks for the whole sentence."""
    words = normalise(part).split()
    return bool(words) and (I.negated(words[0], language) or (len(words) <= 4 and I.negated(words[-1], language)))


def _old_parts(c: Clause, events: tuple[Event, ...], sent: date | None, language: str) -> list[Clause]:
    """"I had registered for the 19th, please move me to the 26th", "原来报名的是9月21日，现在想改到9月26日": where
    the parts between commas name events of their own and only some speak of the earlier registration,
    each part speaks for itself (the others are the new wish)."""
    if c.source == "quote" or I.polarity(normalise(c.text), language) != "old":
        return [c]
    for parts in ([p for p in _COMMA.split(c.text) if p.strip()], _at_preference(c.text)):
        named = [bool(mentions_in(normalise(p), events, sent)) for p in parts]
        old = [I.polarity(normalise(p), language) == "old" for p in parts]
        if sum(named) < 2 or not any(n and o for n, o in zip(named, old)) or all(o for n, o in zip(named, old) if n):
            continue
        return [Clause(p.strip(), c.index, c.source, c.sentence) for p in parts]
    return [c]


def _at_preference(text: str) -> list[str]:
    """"je suis inscrite pour Weinsberg mais finalement je préférerais le 17 octobre": the clause cut where it
    begins to prefer or change (the words before it speak of the earlier registration)."""
    m = I.CHANGE_WEAK.search(text) or I.CHANGE_STRONG.search(text)
    return [text[:m.start()], text[m.start():]] if m and m.start() else [text]


def _says_yes(text: str) -> bool:
    return bool(I.REGISTER.search(text) or I.CHANGE_STRONG.search(text) or I.CHANGE_WEAK.search(text)
                or POSITIVE.search(text))


def _month_typo(mentions: list[Mention], events: tuple[Event, ...]) -> list[Mention]:
    """"am 26.10. in der Baukelter": a date that is no event, whose day is the day of the one
    event the place (and weekday) name, is that event with a slip in the month."""
    others = [m.events for m in mentions if m.kind in ("place", "weekday") and m.events]
    if not others:
        return mentions
    agreed = frozenset.intersection(*others)
    if len(agreed) != 1:
        return mentions
    (wid,) = agreed
    event = next(e for e in events if e.id == wid)
    out = []
    for m in mentions:
        day = re.match(r"\d{1,2}", m.text)
        if m.kind == "date" and m.fits_none and day and int(day.group()) == event.day.day:
            m = Mention("date", m.text, agreed, f"{m.rule}; the month is a slip: day and place fit {wid}")
        out.append(m)
    return out


def mentions_in(text: str, events: tuple[Event, ...], sent: date | None, language: str = "") -> list[Mention]:
    """``language``: the mail's, for month names that mean another month elsewhere (Croatian "listopad")."""
    return find_dates(text, events, sent, language) + find_places(text, events)


def _instead_of(text: str, events: tuple[Event, ...], sent: date | None) -> tuple[list[Mention], str] | None:
    """"lieber am 26.9. statt am 19.9. in Offenau", "Weinsberg yerine Brackenheim", "nicht am 26.9.
    sondern am 17.10.": the events the 'instead of' word points at (or a pattern's group ``old``
    holds) are left (old); the rest of the clause speaks as it says.
    Returns the old mentions and the clause without the 'instead of' part, or None."""
    for rx, slot_first in S.present(text, "instead_of"):
        m = rx.search(text)
        if not m or any(t.start() <= m.start() and m.end() <= t.end() for t in _INSTEAD_OF_THAT.finditer(text)):
            continue  # "a mój mąż zamiast tego woli 17 października": "instead of that" leaves no date
        if "old" in rx.groupindex:  # "nicht am 26.9. sondern …": the pattern marks the whole old part
            found, cut = _old_group(m.group("old"), events, sent)
            if found:
                return found, text[:m.start()] + " " + text[m.start("old") + cut:]
            continue
        start = m.start("x") if "x" in rx.groupindex else m.end()
        end = m.end("x") if "x" in rx.groupindex else m.end()
        words = list(re.finditer(r"\S+", text[:end] if slot_first else text[start:]))
        if slot_first:
            words.reverse()
        old: list[Mention] = []
        ids: set[str] = set()
        for k in range(1, min(len(words), 12) + 1):
            part = words[:k]
            a, b = min(w.start() for w in part), max(w.end() for w in part)
            seg = text[:end][a:b] if slot_first else text[start:][a:b]
            first = words[0]
            rest = (text[:end][a:first.start()] if slot_first else text[start:][first.end():b])
            if k > 1 and _WISH.search(rest):
                break  # "вместо него моля запишете ме за 21.": the wish begins, what follows is new
            found = [x for x in mentions_in(seg, events, sent) if x.events or x.kind in ("date", "day")]
            if not found and k <= 2 and not old:
                found = _bare_day(words[k - 1].group(), events)  # "invece del 19 …", "em vez do dia 21 …"
            seen = {x.text for x in old}
            if any(x.text not in seen and x.events and ids and not (x.events & ids) for x in found):
                break  # the next event differs: it is the new one ("statt Weinsberg doch nach Neuenstadt")
            if found:
                old = found
                ids = ids or set().union(*(x.events for x in found))
        if old:
            keep = text[:m.start()] + " " + text[m.end():] if slot_first else text[:m.start()]
            return old, keep if slot_first else keep + " " + _after_old(text[start:], old)
    return None


def _old_group(old: str, events: tuple[Event, ...], sent: date | None) -> tuple[list[Mention], int]:
    """The events a pattern's group ``old`` leaves, and where that part ends in the group. The group may
    run on into the wish ("rather than the 19th could I come on the 21st?", "than Weinsberg, we'd like
    Brackenheim"): it ends before the first word that names an event none of the earlier ones share."""
    found = [x for x in mentions_in(old, events, sent) if x.events or x.kind in ("date", "day")]
    ids = [x.events for x in found if x.events]
    if not ids or all(a & ids[0] for a in ids):
        return found, len(old)
    kept: list[Mention] = []
    seen: frozenset[str] = frozenset()
    for w in re.finditer(r"\S+", old):
        now = [x for x in mentions_in(old[:w.end()], events, sent) if x.events or x.kind in ("date", "day")]
        new = [x for x in now if seen and x.events and not (x.events & seen)]
        if new:
            at = old.lower().rfind(new[0].text.lower(), 0, w.end())
            return kept, at if 0 <= at <= w.start() else w.start()
        kept = now
        for x in now:
            if x.events:
                seen = seen & x.events if seen and seen & x.events else x.events
    return found, len(old)


_INSTEAD_OF_THAT = L.compiled("instead_of_that")
# a day number after the word for "on the" ("le 26", "il 26", "el 26"), standing alone
_ARTICLE_DAY = regex(rf"(?<!\w){L.either('day_article')}\s+(\d{{1,2}})(?![\d.,:/]\d)(?![\w/:])", re.I)
# a word that begins the request itself ("запишете", "vorrei", "prefiro")
_WISH = regex("|".join(f"(?:{p})" for p in (I.REGISTER.pattern, I.CHANGE_STRONG.pattern, I.CHANGE_WEAK.pattern)), re.I)


def _bare_day(word: str, events: tuple[Event, ...]) -> list[Mention]:
    """A day number standing right after the 'instead of' word names the event on that day; also with its
    ordinal or case ending ("вместо 19-ти", "замість 19-го", "instead of the 19th")."""
    m = re.fullmatch(r"(\d{1,2})(?:[-'’]?(?!uhr|h$|pm|am$|min)[^\W\d_]{1,4})?\W*", word, re.I)
    ids = frozenset(e.id for e in events if m and e.day.day == int(m.group(1)))
    return [Mention("day", m.group(1), ids, "day of the month after 'instead of'")] if m and len(ids) == 1 else []


def _after_old(rest: str, old: list[Mention]) -> str:
    """What follows the left events in the clause ("… statt Weinsberg doch nach Neuenstadt")."""
    cut = 0
    low = rest.lower()
    for x in old:
        i = low.find(x.text.lower())
        cut = max(cut, i + len(x.text) if i >= 0 else 0)
    if cut == 0:
        folded = fold(rest)
        for x in old:
            i = folded.find(x.text)
            cut = max(cut, int((i + len(x.text)) * len(rest) / max(len(folded), 1)) if i >= 0 else 0)
    return rest[cut:]


def evidence_of(rc: list[ClauseReading]) -> list[dict[str, Any]]:
    ev = []
    for r in rc:
        for m in r.mentions:
            ev.append({"where": r.clause.source, "text": m.text, "kind": m.kind, "events": sorted(m.events),
                       "rule": m.rule, "stance": r.polarity, "clause": r.clause.text[:200]})
        for m in r.old_part:
            ev.append({"where": r.clause.source, "text": m.text, "kind": m.kind, "events": sorted(m.events),
                       "rule": m.rule, "stance": "old", "clause": r.clause.text[:200]})
        for m in r.taken_back:
            ev.append({"where": r.clause.source, "text": m.text, "kind": m.kind, "events": sorted(m.events),
                       "rule": m.rule, "stance": "taken_back", "clause": r.clause.text[:200]})
    return ev


def single_event(rc: list[ClauseReading]) -> str | None:
    """The one event a (quoted) text names, if it names exactly one."""
    ids: set[str] = set()
    for r in rc:
        s = combine(r.mentions)
        if s:
            ids |= s
    return next(iter(ids)) if len(ids) == 1 else None

