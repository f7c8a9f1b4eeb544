"""``understand(raw, events, office)``: one raw e-mail → a ``Reading`` (pure: no I/O, no clock).

The stages: MIME and charset → new text, quote and signature → robots (never answered) →
language → evidence per clause (dates, places, weekdays, list positions; each with how the
clause speaks of it) → intent → the event the evidence leaves → attendees → the action.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from email.utils import parseaddr

from ..config import Office
from ..events import Event
from . import intent as I
from .answers import instead_of
from .dates import find_dates
from .evidence import Mention
from .language import detect_language
from .mime import Mail, Unreadable, parse_mail
from .people import SENDER_ABSENT, count_attendees
from .places import find_places
from .quotes import split_reply
from .robots import auto_reply_text, detect
from .text import Clause, clauses, normalise

DATE_KINDS = {"date", "day", "relative", "ordinal", "remaining"}


@dataclass
class Reading:
    intent: str  # register | change | cancel | question | auto_reply | bounce | spam | bulk | own | other | unreadable
    action: str  # confirm | clarify | review | cancel | ignore
    workshop: str | None = None
    attendees: int | None = None
    names: list[str] = field(default_factory=list)
    language: str = "de"
    evidence: list[dict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    reason: str = ""
    candidates: list[str] = field(default_factory=list)
    previous_workshop: str | None = None  # for a change: the one left; for a reply: the one our quoted mail named
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    sent_at: str | None = None
    new_text: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _family(kind: str) -> str:
    return "day" if kind in DATE_KINDS else kind


def _combine(mentions: list[Mention]) -> frozenset[str] | None:
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
class _Clause:
    clause: Clause
    mentions: list[Mention]
    polarity: str
    exclusive: bool
    old_part: list[Mention] = field(default_factory=list)
    instead: bool = False  # "statt 19.9.": the old part named after "instead of"


def _read_clauses(cls: list[Clause], events: tuple[Event, ...], sent: date | None, language: str = "de") -> list[_Clause]:
    out = []
    for c in cls:
        text = normalise(c.text)
        mentions = find_dates(text, events, sent) + find_places(text, events)
        old_part: list[Mention] = []
        m = I.FROM_TO.search(text) if mentions and c.source != "quote" and I.CHANGE_STRONG.search(text) else None
        if m and mentions:
            head = m.group(1)
            old_part = find_dates(head, events, sent) + find_places(head, events)
            if old_part:
                old_texts = {x.text for x in old_part}
                mentions = [x for x in mentions if x.text not in old_texts]
        said, instead = text, False
        swap = instead_of(text) if mentions and c.source != "quote" and not old_part else None
        if swap:  # "lieber am 26.9. statt 19.9.": after "statt" the old one, the rest says what is wanted
            olds = _first_of_each_kind(swap[0], find_dates(swap[0], events, sent) + find_places(swap[0], events))
            old_texts = {x.text for x in olds}
            if olds and any(x.text not in old_texts for x in mentions):
                old_part, mentions = olds, [x for x in mentions if x.text not in old_texts]
                said, instead = swap[1], True
                for t in old_texts:
                    said = said.replace(t, " ")
        pol = I.polarity(said, language) if mentions and c.source != "quote" else "pos"
        if mentions and c.source == "body" and I.is_staff_question(c.sentence or c.text):
            pol = "question"  # "Ist die Baukelter barrierefrei?": asks about an event, does not choose it
        out.append(_Clause(c, mentions, pol, bool(I.EXCLUSIVE.search(text)), old_part, instead))
    return out


def _first_of_each_kind(span: str, mentions: list[Mention]) -> list[Mention]:
    """"statt am 19.9. nach Offenau": both old; "statt Offenau nach Weinsberg": a second place is the new one."""
    seen: set[str] = set()
    out = []
    folded = span.lower()
    for m in sorted(mentions, key=lambda x: folded.find(x.text.lower())):
        family = "place" if m.kind == "place" else "day"
        if family not in seen:
            seen.add(family)
            out.append(m)
    return out


def _evidence(rc: list[_Clause]) -> list[dict]:
    ev = []
    for r in rc:
        for m in r.mentions:
            ev.append({"where": r.clause.source, "text": m.text, "kind": m.kind, "events": sorted(m.events),
                       "rule": m.rule, "stance": r.polarity, "clause": r.clause.text[:200]})
        for m in r.old_part:
            ev.append({"where": r.clause.source, "text": m.text, "kind": m.kind, "events": sorted(m.events),
                       "rule": m.rule, "stance": "old", "clause": r.clause.text[:200]})
    return ev


def _single(rc: list[_Clause]) -> str | None:
    """The one event a (quoted) text names, if it names exactly one."""
    ids: set[str] = set()
    for r in rc:
        s = _combine(r.mentions)
        if s:
            ids |= s
    return next(iter(ids)) if len(ids) == 1 else None


def _sent_date(mail: Mail, office: Office) -> datetime | None:
    if mail.date is None:
        return None
    d = mail.date
    return d.replace(tzinfo=office.timezone) if d.tzinfo is None else d.astimezone(office.timezone)


def understand(raw: bytes, events: tuple[Event, ...], office: Office) -> Reading:
    """Read one message. Never raises for bad input: unreadable mail gets ``review`` with the reason."""
    try:
        mail = parse_mail(raw)
    except Unreadable as exc:
        return Reading("unreadable", "review", reason=f"unreadable message: {exc}", flags=["unreadable"])
    try:
        return _understand(mail, events, office)
    except RecursionError:
        return Reading("unreadable", "review", reason="message too deeply nested to read", flags=["unreadable"],
                       sender=mail.from_addr, subject=mail.subject)


def _understand(mail: Mail, events: tuple[Event, ...], office: Office) -> Reading:
    parts = split_reply(mail.text)
    new_text = parts.new
    sent = _sent_date(mail, office)
    reading = Reading(
        "other", "review", sender=mail.from_addr, sender_name=mail.from_name, subject=mail.subject,
        message_id=mail.message_id, in_reply_to=mail.in_reply_to, references=list(mail.references),
        sent_at=sent.isoformat() if sent else None, new_text=new_text[:5000],
    )
    reading.flags.extend(f"problem: {p}" for p in mail.problems[:5])

    robot = detect(mail, office.addresses, new_text)
    if robot:
        reading.intent = robot.kind
        reading.action = "ignore"
        reading.reason = "; ".join(robot.reasons)
        reading.language = detect_language(new_text or mail.subject)
        return reading
    if not mail.from_addr:
        reading.reason = "no sender address: nobody to answer"
        reading.flags.append("no_sender")
        reading.intent = "unreadable"
        return reading

    is_reply = bool(I.REPLY_PREFIX.match(mail.subject))
    office_domains = {a.split("@")[-1] for a in office.addresses}
    reply_to_us = any(ref.rstrip(">").split("@")[-1].lower() in office_domains
                      for ref in (mail.in_reply_to, *mail.references) if "@" in ref)
    subject = I.REPLY_PREFIX.sub("", mail.subject).strip()

    day = sent.date() if sent else None
    body_clauses = clauses(new_text, "body")
    subj_clauses = [] if is_reply else clauses(subject, "subject", len(body_clauses))
    reading.language = detect_language(new_text if len(new_text) >= 12 else f"{subject}\n{new_text}")
    rc = _read_clauses(body_clauses + subj_clauses, events, day, reading.language)
    quote_rc = _read_clauses(clauses(normalise(parts.quoted[:6000]), "quote") +
                             (clauses(subject, "subject") if is_reply else []), events, day)
    context = _single([r for r in quote_rc if r.clause.source == "subject"]) or _single(quote_rc)
    reading.previous_workshop = context
    forward_body = ""
    if (I.FORWARD_PREFIX.match(mail.subject) and I.POINTS_BELOW.search(new_text)
            and not any(r.mentions for r in rc if r.clause.source == "body")):
        # "Bitte melden Sie ihn für den Termin an, den er unten nennt": the forwarded mail is the request
        forward_body = split_reply(_strip_quote_marks(parts.quoted)).new or parts.quoted
        fwd = _read_clauses(clauses(forward_body, "body", len(rc)), events, day, reading.language)
        rc = rc + fwd
        reading.flags.append("request_in_forwarded_mail")
    reading.evidence = _evidence(rc)
    if any(r.instead and r.clause.source == "body" for r in rc):
        reading.flags.append("instead_of")

    auto = auto_reply_text(f"{mail.subject}\n{new_text}")
    text_all = normalise(f"{new_text}\n{subject if not is_reply else ''}")
    has_register = bool(I.REGISTER.search(text_all))
    if auto.score >= 4 and (auto.strong or not has_register) or (auto.strong and auto.score >= 3 and not has_register):
        reading.intent, reading.action = "auto_reply", "ignore"
        reading.reason = "reads as an automatic reply: " + ", ".join(repr(h) for h in auto.hits[:4])
        return reading

    if not new_text.strip() and not subj_clauses:
        reading.reason = "no new text: only quoted or forwarded mail"
        reading.flags.append("empty")
        return reading

    has_cancel = bool(I.CANCEL.search(text_all))
    has_change = bool(I.CHANGE_STRONG.search(text_all))
    has_weak_change = bool(I.CHANGE_WEAK.search(text_all))
    sentences_all = [c.clause.text for c in rc]
    staff_questions = [s for s in sentences_all if I.is_staff_question(s)]
    if staff_questions:
        reading.flags.append("question_for_staff")
    tentative = any(r.polarity == "tentative" and r.mentions for r in rc)
    for prev, cur in zip(rc, rc[1:]):
        if I.is_staff_question(prev.clause.text) and I.AFTER_ANSWER.match(cur.clause.text):
            tentative = True  # "Ist es barrierefrei? Dann würde ich mich anmelden.": depends on our answer
            reading.flags.append("depends_on_answer")

    # --- which events the evidence leaves
    pos = [r for r in rc if r.polarity == "pos" and r.mentions]
    if not pos and has_register and not has_cancel and not tentative:
        # "Wo genau findet der Workshop in Offenau statt? Ich melde mich hiermit an.": the event
        # asked about is the one chosen when no other is named
        pos = [r for r in rc if r.polarity == "question" and r.mentions]
    neg: set[str] = set()
    old: set[str] = set()
    for r in rc:
        s = _combine(r.mentions) or frozenset()
        if r.polarity == "neg":
            neg |= s
        elif r.polarity == "old":
            old |= s
        for m in r.old_part:
            old |= m.events
    if (has_change or has_weak_change) and context and reply_to_us:
        old.add(context)
    changing = has_change or (has_weak_change and bool(old))
    unknown_dates = [m for r in pos for m in r.mentions if m.kind in ("date", "day") and m.fits_none]
    sets: list[tuple[_Clause, frozenset[str]]] = []
    for r in pos:
        s = _combine(r.mentions)
        if s is None or (not s and all(m.fits_none for m in r.mentions)):
            continue  # a date that is no event is reported as unknown_dates, not as a contradiction
        if changing and old and s - old != s:
            s = s - old
            if not s:
                continue
        sets.append((r, s))
    exclusive = [s for r, s in sets if r.exclusive and len(s) == 1]
    contradiction = False
    candidates: set[str] | None = None
    chosen = exclusive or [s for _, s in sets]
    for s in chosen:
        if candidates is None:
            candidates = set(s)
        else:
            if not candidates & s:
                contradiction = True
            candidates &= s
    if any(not s and not any(m.fits_none for m in r.mentions) for r, s in sets):
        contradiction = True  # one clause names two things that are not one event
    candidates = (candidates or set()) - neg if candidates else set()
    reading.candidates = sorted(candidates)
    upcoming = {e.id for e in events if sent is None or e.start > sent}

    # --- intent
    partial = has_cancel and (
        I.THIRD_PARTY.search(text_all) and _still_coming(text_all))
    if partial:
        reading.intent = "cancel"
    elif changing and candidates:
        reading.intent = "change"
    elif has_cancel and not (has_register and SENDER_ABSENT.search(text_all) and _registers_others(text_all)):
        reading.intent = "cancel"
    elif has_register or (candidates and not staff_questions and (
            (reply_to_us and context is None) or (not reply_to_us and len(new_text.split()) <= 12))):
        reading.intent = "register"
    elif staff_questions or any(I.QUESTION_MARK.search(s) for s in sentences_all):
        reading.intent = "question"
    else:
        reading.intent = "other"

    # --- action
    att = None
    body_pos = [r for r in pos if r.clause.source == "body" and _combine(r.mentions)]
    if reading.intent == "register" and tentative and not body_pos:
        candidates = set()  # only "maybe" or "if you answer …": nothing to confirm yet
    if reading.intent in ("register", "change") or partial:
        att = count_attendees(normalise(forward_body or new_text), normalise(subject),
                              [a.text for a in mail.attachments if a.text])
    if partial:
        reading.action = "review"
        reading.workshop = _only(candidates) or context
        reading.reason = "some of the registered people cancel, others still come"
        reading.flags.append("partial_cancel")
    elif reading.intent == "cancel":
        named = set()
        for r in rc:
            named |= _combine(r.mentions) or set()
        reading.workshop = _only(named) or context
        reading.action = "cancel"
        reading.reason = "cancellation" + (f" of {reading.workshop}" if reading.workshop else "")
    elif reading.intent in ("register", "change"):
        if tentative and not candidates:
            reading.action = "review"
            reading.reason = "interest depends on a condition or on our answer"
        elif contradiction:
            reading.action, reading.reason = "clarify", "the details contradict each other"
            reading.flags.append("contradiction")
        elif unknown_dates and not exclusive:
            reading.action = "clarify"
            reading.reason = f"date {unknown_dates[0].text!r} is none of the events"
            reading.flags.append("unknown_date")
        elif len(candidates) == 1:
            wid = next(iter(candidates))
            if wid in upcoming:
                reading.action, reading.workshop = "confirm", wid
                reading.reason = f"{reading.intent} for {wid}"
            else:
                reading.action = "clarify"
                reading.reason = f"{wid} has already taken place"
                reading.flags.append("past_event")
        elif len(candidates) > 1:
            reading.action = "clarify"
            reading.reason = f"several events possible: {', '.join(sorted(candidates))}"
            reading.flags.append("several_events")
        elif staff_questions or tentative:
            reading.action = "review"
            reading.reason = "a question for staff, and no event chosen"
        else:
            reading.action = "clarify"
            reading.reason = "no event named"
            reading.flags.append("no_event")
    elif reading.intent == "question":
        reading.action, reading.reason = "review", "a question for staff"
    else:
        reading.action, reading.reason = "review", "no registration, change or cancellation recognised"

    if att is not None:
        reading.attendees = att.count
        reading.names = att.names or ([_display_name(mail.from_name)] if mail.from_name and att.count == 1 else [])
        reading.evidence.append({"where": "body", "kind": "attendees", "rule": att.rule, "text": str(att.count)})
    if reading.intent == "change" and old:
        reading.previous_workshop = _only(old) or context
    return reading


def _still_coming(text: str) -> bool:
    return bool(re.search(r"kommen aber|komme aber|kommt aber|trotzdem|weiterhin|wie angemeldet|wie geplant|nur noch|"
                          r"still (come|coming|attend)|as planned|only \w+ (of us|people)|the others|die anderen|"
                          r"na mesma|mesmo assim|comunque|quand même|igualmente|всё равно|все равно|все одно|i tak|oricum|"
                          r"yine de|gene de|ipak", text, re.I))


def _strip_quote_marks(text: str) -> str:
    """The forwarded mail's own text: without "> " marks, the separator and its header block."""
    from .quotes import HEADER_LINE, RULE, SEPARATOR
    lines = [re.sub(r"^\s*>\s?", "", ln) for ln in text.split("\n")]
    i = 0
    while i < len(lines) and (not lines[i].strip() or SEPARATOR.match(lines[i]) or RULE.match(lines[i])
                              or HEADER_LINE.match(lines[i])):
        i += 1
    return "\n".join(lines[i:])


def _registers_others(text: str) -> bool:
    from .people import OTHER_PERSON, _totals, name_list
    return bool(_totals(text) or name_list(text) or OTHER_PERSON.search(text))


def _only(ids) -> str | None:
    ids = set(ids or ())
    return next(iter(ids)) if len(ids) == 1 else None


def _display_name(name: str) -> str:
    name = parseaddr(name)[0] or name
    if "," in name:
        last, first = [p.strip() for p in name.split(",", 1)]
        return f"{first} {last}"
    return name.strip()
