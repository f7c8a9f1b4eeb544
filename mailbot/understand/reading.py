"""``understand(raw, events, office)``: one raw e-mail → a ``Reading`` (pure: no I/O, no clock).

The stages: MIME and charset → new text, quote and signature → robots (never answered) →
language → evidence per clause (dates, places, weekdays, list positions; each with how the
clause speaks of it) → intent → the event the evidence leaves → attendees → the action.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from functools import lru_cache
from email.utils import parseaddr

from ..config import Office
from ..events import Event
from . import intent as I
from . import limits
from .courtesy import only_courtesy
from .dates import find_dates
from .evidence import Mention
from .language import detect_language
from .mime import Mail, Unreadable, parse_headers_quick, parse_mail
from .people import SENDER_ABSENT, count_attendees
from .places import find_places
from .quotes import split_reply
from .robots import auto_reply_text, detect, relayed_sender
from . import lexicon as L
from .text import POSITIVE, Clause, clauses, fold, normalise, sentences

DATE_KINDS = {"date", "day", "relative", "ordinal", "remaining"}


@dataclass
class Reading:
    # register | change | cancel | question | thanks | empty | auto_reply | bounce | spam | bulk | own | other | unreadable
    intent: str
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
    auth_results: list[str] = field(default_factory=list)  # Authentication-Results values, top-most first

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
    rest: str = ""  # with ``instead``: the clause without its 'instead of' part


def _read_clauses(cls: list[Clause], events: tuple[Event, ...], sent: date | None, language: str = "de") -> list[_Clause]:
    out = []
    for c in (part for whole in cls for part in _comma_parts(whole, events, sent, language)):
        limits.check("clauses")
        text = normalise(c.text)
        mentions = _month_typo(find_dates(text, events, sent, language) + find_places(text, events), events)
        old_part: list[Mention] = []
        m = I.FROM_TO.search(text) if mentions and c.source != "quote" and I.CHANGE_STRONG.search(text) else None
        if m and mentions:
            head = text[m.start():m.end(1)]  # "vom 21." with its preposition: a day of the month
            old_part = find_dates(head, events, sent, language) + find_places(head, events)
        swap = _instead_of(text, events, sent) if mentions and c.source != "quote" and not old_part else None
        if swap:
            old_part, text = swap
        instead = bool(swap)
        if old_part:
            old_texts = {x.text for x in old_part}
            mentions = [x for x in mentions if x.text not in old_texts]
        pol = I.polarity(text, language) if mentions and c.source != "quote" else "pos"
        if pol == "pos" and c.source == "body" and I.FALLBACK.search(text):
            pol = "fallback"  # "Ersatztermin: 17.10.", "otherwise the 26th": chosen only without a first choice
        if mentions and c.source == "body" and I.is_staff_question(c.sentence or c.text):
            pol = "question"  # "Ist die Baukelter barrierefrei?": asks about an event, does not choose it
        out.append(_Clause(c, mentions, pol, bool(I.EXCLUSIVE.search(text)), old_part, instead,
                           text if instead else ""))
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


def _comma_parts(c: Clause, events: tuple[Event, ...], sent: date | None, language: str) -> list[Clause]:
    """"Ich melde mich für Neuenstadt an, in Weinsberg bin ich leider verreist": where the parts
    between commas name events of their own and only some are negated, each part speaks for itself."""
    if c.source == "quote" or "," not in c.text or I.polarity(normalise(c.text), language) != "neg":
        return [c]
    parts = [p for p in c.text.split(",") if p.strip()]
    named = [bool(_mentions(normalise(p), events, sent)) for p in parts]
    negated = [I.polarity(normalise(p), language) in ("neg", "other_neg") for p in parts]
    if sum(named) < 2 or not any(n and g for n, g in zip(named, negated)) or all(negated):
        return [c]
    said = [_says_yes(normalise(p)) for p in parts]
    if not all(y for n, g, y in zip(named, negated, said) if n and not g):
        return [c]  # "kann nicht am 19.09., am 26.09.": a list of dates the negation covers
    return [Clause(p.strip(), c.index, c.source, c.sentence) for p in parts]


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


def _mentions(text: str, events: tuple[Event, ...], sent: date | None) -> list[Mention]:
    return find_dates(text, events, sent) + find_places(text, events)


def _instead_of(text: str, events: tuple[Event, ...], sent: date | None) -> tuple[list[Mention], str] | None:
    """"lieber am 26.9. statt am 19.9. in Offenau", "Weinsberg yerine Brackenheim", "nicht am 26.9.
    sondern am 17.10.": the events the 'instead of' word points at (or a pattern's group ``old``
    holds) are left (old); the rest of the clause speaks as it says.
    Returns the old mentions and the clause without the 'instead of' part, or None."""
    for rx, slot_first in L.present(text, "instead_of"):
        m = rx.search(text)
        if not m:
            continue
        if "old" in rx.groupindex:  # "nicht am 26.9. sondern …": the pattern marks the whole old part
            found = [x for x in _mentions(m.group("old"), events, sent) if x.events or x.kind in ("date", "day")]
            if found:
                return found, text[:m.start()] + " " + text[m.end():]
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
            found = [x for x in _mentions(seg, events, sent) if x.events or x.kind in ("date", "day")]
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


def understand(raw: bytes, events: tuple[Event, ...], office: Office, budget: limits.Budget | None = None) -> Reading:
    """Read one message. Never raises for bad input: unreadable mail gets ``review`` with the reason;
    so does a message past a limit (``limits``: its structure, or the ``budget`` of CPU time and
    memory given), with the limit as the reason."""
    mail = None
    with limits.under(budget):
        try:
            mail = parse_mail(raw)
            return _understand(mail, events, office)
        except limits.OverLimit as exc:
            reason, flags = f"over a limit: {exc}", ["unreadable", "limit"]
        except Unreadable as exc:
            reason, flags = f"unreadable message: {exc}", ["unreadable"]
        except RecursionError:
            reason, flags = "message too deeply nested to read", ["unreadable"]
    if mail is None:  # who sent it and what it is about, from the header block alone, for staff
        head = parse_headers_quick(raw) if isinstance(raw, (bytes, bytearray)) else {}
        return Reading("unreadable", "review", reason=reason, flags=flags, sender=head.get("sender", ""),
                       sender_name=head.get("sender_name", ""), subject=head.get("subject", "")[:limits.MAX_SUBJECT],
                       message_id=head.get("message_id", ""))
    return Reading("unreadable", "review", reason=reason, flags=flags, sender=mail.from_addr,
                   sender_name=mail.from_name, subject=mail.subject, message_id=mail.message_id)


def _understand(mail: Mail, events: tuple[Event, ...], office: Office) -> Reading:
    parts = split_reply(mail.text)
    limits.check("quotes")
    new_text = parts.new[:limits.MAX_NEW_TEXT]  # a request stands at the top; beyond is not read
    sent = _sent_date(mail, office)
    reading = Reading(
        "other", "review", sender=mail.from_addr, sender_name=mail.from_name, subject=mail.subject,
        message_id=mail.message_id, in_reply_to=mail.in_reply_to, references=list(mail.references),
        sent_at=sent.isoformat() if sent else None, new_text=new_text[:5000],
        auth_results=[v[:2000] for v in mail.headers.get("authentication-results", [])[:20]],
    )
    reading.flags.extend(f"problem: {p}" for p in mail.problems[:5])
    if len(parts.new) > limits.MAX_NEW_TEXT:
        reading.flags.append(f"problem: new text longer than {limits.MAX_NEW_TEXT} characters: the rest not read")

    relayed = relayed_sender(mail, office.addresses)
    if relayed:  # a web form's mail: answer the person in Reply-To
        reading.sender, reading.sender_name = relayed, ""
        reading.flags.append("relayed_by_form")
    robot = detect(mail, office.addresses, new_text)
    if robot:
        reading.intent = robot.kind
        reading.action = "ignore"
        reading.reason = "; ".join(robot.reasons)
        reading.language = detect_language(new_text or mail.subject)
        return reading
    if not reading.sender:
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
    has_register = bool(I.REGISTER.search(text_all)) and (
        not I.ANYONE.search(text_all) or _registers(sentences(text_all)))
    if auto.score >= 4 and (auto.strong or not has_register) or (auto.strong and auto.score >= 3 and not has_register):
        reading.intent, reading.action = "auto_reply", "ignore"
        reading.reason = "reads as an automatic reply: " + ", ".join(repr(h) for h in auto.hits[:4])
        return reading

    if not new_text.strip() and not subj_clauses:
        reading.reason = "no new text: only quoted or forwarded mail"
        reading.flags.append("empty")
        if not mail.attachments:  # nothing of its own: nobody waits for an answer
            reading.intent, reading.action = "empty", "ignore"
        return reading
    if (not mail.attachments and only_courtesy(new_text, f"{mail.from_name} {mail.from_addr}")
            and (is_reply or only_courtesy(subject))):
        reading.intent, reading.action = "thanks", "ignore"
        reading.reason = "only thanks or greetings: nobody waits for an answer"
        return reading

    has_cancel = bool(I.CANCEL.search(text_all)) and _cancels(sentences(text_all))
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

    rebook = has_cancel and _rebook(rc, events, day, reading.language)  # "Offenau stornieren und für den 17.10. anmelden"

    # --- which events the evidence leaves
    pos = [r for r in rc if r.polarity == "pos" and r.mentions]
    if not any(_combine(r.mentions) for r in pos):
        pos += [r for r in rc if r.polarity == "fallback" and r.mentions]
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
    instead = any(r.old_part for r in rc if r.clause.source != "quote")  # "am 26.09. statt am 19.09."
    changing = has_change or (instead and not has_cancel) or rebook or (has_weak_change and bool(old))
    # a date that is no event blocks only where the request is ("… für den 18.09. an"), not in a
    # letter's date line or beside an invoice ("Heilbronn, 23.08.2023", "Rechnung vom 17.07.")
    asking = [r for r in pos if _asks(r.clause)]
    unknown_dates = [m for r in pos for m in r.mentions if m.kind in ("date", "day") and m.fits_none
                     and (r in asking or not any(_combine(x.mentions) for x in asking))]
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
    # "Ich komme am 26.09., meine Kollegin am 19.09.": two people, two workshops
    singles = [(r, s) for r, s in sets if len(s) == 1]
    two_people = not changing and (
        (len({next(iter(s)) for _, s in singles}) >= 2
         and any(I.THIRD_PARTY.search(r.clause.sentence or r.clause.text) for r, _ in singles))
        or any(_two_people(normalise(r.clause.text), events, day) for r in pos if len(r.mentions) >= 2))
    conditional = has_register and _conditional(sentences(normalise(new_text)))
    if conditional:
        reading.flags.append("conditional")
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
    elif (changing or rebook) and candidates:
        reading.intent = "change"  # a cancellation that names a new workshop is a change
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
            named |= (_combine(r.mentions) or set()) | {e for m in r.old_part for e in m.events}
        reading.workshop = _only(named) or context
        reading.action = "cancel"
        reading.reason = "cancellation" + (f" of {reading.workshop}" if reading.workshop else "")
    elif reading.intent in ("register", "change"):
        if conditional:
            reading.action = "review"
            reading.reason = "the registration depends on a condition"
        elif two_people:
            reading.action = "review"
            reading.reason = "two people want different workshops"
            reading.flags.append("two_people")
        elif tentative and not candidates:
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


def _cancels(sents: list[str]) -> bool:
    """Does the sender cancel? Not in a question ("Kann ich noch absagen?"), not as a supposition
    ("…, sonst könnte ich nicht kommen", "falls …, kann ich nicht"), and a "cannot come" only
    when it is not said of someone else or of people in general ("Wer arbeitet, kann nicht
    teilnehmen")."""
    for sentence in sents:
        m = I.CANCEL.search(sentence)
        if not m or I.QUESTION_MARK.search(sentence) or I.HYPOTHETICAL.search(sentence):
            continue
        if _of_anyone(sentence, m.group(0)):
            continue
        return True
    return False


# where the cancelling part of a clause ends: "stornieren Sie Offenau | und melden Sie mich …", "…, bitte …"
_BOUNDARY = re.compile(r"(?<!\w)(und|and|et|e|y|i|и|і|ve|și|si|oraz|а|dhe|και|و)(?!\w)|[,;]|\s[–—-]\s", re.I)


def _rebook(rc: list[_Clause], events: tuple[Event, ...], sent: date | None, language: str) -> bool:
    """Cancel and register again in one mail ("Offenau bitte stornieren und mich für den 17.10.
    anmelden", "Ich sage den 19.09. ab. Bitte melden Sie mich für den 26.09. an", "komme doch
    nicht am 19.09., sondern am 26.09."): the events of the cancelling part become the ones left.
    True when a part asks for a workshop again; "cancel my registration for 17 October" does not."""
    again = False
    for i, r in enumerate(rc):
        if r.clause.source == "quote" or not r.mentions:
            continue
        if r.instead and r.polarity == "pos" and not I.CANCEL.search(r.rest):
            again = True  # "kommen doch nicht am 26.9. sondern am 17.10.": the cancelling words name the old one
            continue
        text = normalise(r.clause.text)
        cancel = I.CANCEL.search(text)
        if not cancel:
            after_cancel = i > 0 and rc[i - 1].clause.sentence == r.clause.sentence and (
                I.CANCEL.search(rc[i - 1].clause.text) or rc[i - 1].polarity == "neg")
            # the register word may stand in a neighbouring clause ("melde mich | aber für den 26.09. an")
            siblings = " ".join(x.clause.text for x in rc if x.clause.sentence == r.clause.sentence
                                and not I.CANCEL.search(x.clause.text))
            sentence = r.clause.sentence or r.clause.text
            wish = I.REGISTER.search(siblings) or I.QUESTION_MARK.search(sentence) or I.CHANGE_STRONG.search(sentence) \
                or I.CHANGE_WEAK.search(sentence)  # "Geht auch Weinsberg?", "lieber den 26.09."
            if r.polarity == "pos" and (wish or after_cancel):
                again = True
            continue
        later = [m for rx in (I.REGISTER, I.CHANGE_STRONG, I.CHANGE_WEAK) for m in rx.finditer(text)
                 if m.start() >= cancel.end()]
        later.sort(key=lambda m: m.start())
        gap = list(_BOUNDARY.finditer(text, cancel.end(), later[-1].start())) if later else []
        if gap:
            cut = gap[-1].start()
            r.old_part = r.old_part + _mentions(text[:cut], events, sent)
            r.mentions = _mentions(text[cut:], events, sent)
            r.polarity = I.polarity(text[cut:], language) if r.mentions else r.polarity
            again = again or (bool(r.mentions) and r.polarity == "pos")
        elif not later or not I.REGISTER.search(text, 0, cancel.start()):
            r.old_part, r.mentions = r.old_part + r.mentions, []
    return again


def _two_people(text: str, events: tuple[Event, ...], sent: date | None) -> bool:
    """One clause, two people, two workshops: "ich am 26.09., meine Frau am 19.09."."""
    m = I.THIRD_PARTY.search(text)
    if not m:
        return False
    first, second = _combine(_mentions(text[:m.start()], events, sent)), _combine(_mentions(text[m.start():], events, sent))
    return bool(first and second and len(first) == 1 and len(second) == 1 and first != second)


def _asks(c: Clause) -> bool:
    """Does the clause's sentence ask for something (register, change, cancel)?"""
    return c.source == "subject" or _asking(c.sentence or c.text)


@lru_cache(maxsize=512)
def _asking(text: str) -> bool:
    return bool(I.REGISTER.search(text) or I.CHANGE_STRONG.search(text) or I.CHANGE_WEAK.search(text)
                or I.CANCEL.search(text))


def _conditional(sents: list[str]) -> bool:
    """A registration that holds only under a condition: "nur wenn es einen Aufzug gibt",
    "falls es eine Kinderbetreuung gibt, sonst nicht", "only if there is an interpreter"."""
    for sentence in sents:
        if not I.CONDITION.search(sentence):
            continue
        if I.ONLY_IF.search(sentence) or I.QUESTION_TOPIC.search(sentence) or (
                I.FALLBACK.search(sentence) and I.NEGATION.search(sentence)):
            return True
    return False


def _of_anyone(sentence: str, said: str) -> bool:
    """A "cannot take part" said of people in general, not of the writer or a person they name."""
    return bool(I.NEGATION.search(said) and I.ANYONE.search(sentence) and not I.FIRST_PERSON.search(sentence))


def _registers(sents: list[str]) -> bool:
    """Does the text ask to take part? Not where it says people in general cannot."""
    return any(I.REGISTER.search(s) and not _of_anyone(s, s) for s in sents)


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
