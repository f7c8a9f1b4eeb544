"""The rules for a new mail (register, cancel, ask back) and the moves a reply can also make
(move, recount, partial cancellation, too late)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..events import Event
from ..reasons import Reason
from ..states import ACTIVE, Move, Question, Status, transition
from ..understand import intent as I
from ..understand import lexicon as L
from ..understand.answers import cancelled_and_kept
from ..understand.result import Reading
from ..understand.places import find_places
from ..understand.text import normalise
from .plan import Desk, Plan, RegView

def _says_change(reading: Reading) -> bool:
    """A change, or a registration that names the one it replaces ("statt Offenau nach Weinsberg")."""
    return reading.intent == "change" or "instead_of" in reading.flags


def _explicit_attendees(reading: Reading) -> bool:
    return any(e.get("kind") == "attendees" and e.get("rule") not in ("", "sender") for e in reading.evidence)


def _reply(before: str | None, move: Move) -> str | None:
    return transition(before, move)[1]


def _step(before: str | None, move: Move) -> tuple[Status, str]:
    """A move that always sends a reply: its new state and the reply (its outcome too)."""
    status, reply = transition(before, move)
    if reply is None:
        raise ValueError(f"the move {move.value!r} sends no reply")
    return status, reply


def _count(reading: Reading, desk: Desk, base: int | None = None) -> int | None:
    """The number of people the message gives, if it gives one; where it only names people who
    come along ("mein Sohn kommt auch mit"), they join the ``base`` people already registered, and
    people fewer ("eine Person weniger") leave it."""
    if desk.answer is not None and desk.answer.count is not None:
        if desk.answer.others_enrolled and base is not None:
            # "please add my son", "bitte auch meinen Sohn anmelden" answering our mail about a registration:
            # besides those registered, never instead of them
            return base + desk.answer.count
        return desk.answer.count
    if desk.answer is not None and desk.answer.added and base is not None and not (
            reading.intent == "question" and desk.answer.topic):
        # (not where the mail asks staff whether someone may come along: "можно прийти с ребенком?",
        # "posso portare mio figlio?": the answer is staff's, the count stays)
        return base + desk.answer.added
    if desk.answer is not None and desk.answer.removed and base is not None and base > desk.answer.removed:
        return base - desk.answer.removed  # "eine Person weniger bitte"
    return reading.attendees if _explicit_attendees(reading) else None


def _partial_cancel(reading: Reading, desk: Desk, reg: RegView, people: int | None = None) -> Plan:
    """"Ich kann nicht, mein Mann kommt aber": for a registration of one, simply the sender's
    cancellation (the other person has their own); for more, the number given or one fewer."""
    alone = "writer_still_comes" in reading.flags or any(  # "ich komme aber", "ich komme allein", not "er kommt"
        e.get("kind") == "attendees" and str(e.get("rule", "")).startswith("explicit number") and e.get("text") == "1"
        for e in reading.evidence)
    if reg.attendees <= 1 and people and people > 1:  # "mio figlio non può, veniamo in due": they still come
        return _recount(desk, reg, people)
    if reg.attendees <= 1 and alone:  # "mein Mann kommt doch nicht, ich komme allein": he was not counted
        return Plan("already", f"{reg.workshop}: the writer still comes alone, as registered",
                    reply=_reply(reg.status, Move.ALREADY), workshop=reg.workshop)
    if reg.attendees <= 1 and "others_cancel" in reading.flags:  # whose registration is it? staff ask
        return Plan("review", "someone else cannot come; the registration is for one person", review=True,
                    reply="received")
    if reg.attendees <= 1:
        return Plan("cancelled", f"cancelled {reg.workshop}; others still come on their own registrations",
                    reply=_reply(reg.status, Move.CANCEL), workshop=reg.workshop, cancel=(reg.id,),
                    options=tuple(e.id for e in desk.open_events()))
    return _recount(desk, reg, people if people and people < reg.attendees else reg.attendees - 1)


def _recount(desk: Desk, reg: RegView, people: int) -> Plan:
    ev = desk.event(reg.workshop)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, reg.workshop)
    fits = people <= reg.attendees or reg.status != Status.CONFIRMED or desk.fits(ev.id, people, reg.attendees)
    move = Move.RECOUNT if fits else Move.RECOUNT_FULL
    if reg.status == Status.WAITING and people < reg.attendees and _seat_for_waiting(desk, ev.id, people):
        move = Move.RECOUNT_SEAT  # "then only 2 of us": fewer people on the waiting list, and they fit now
    status, reply = transition(reg.status, move)
    return Plan("recounted" if reply == "recounted" else "waiting", f"{reg.attendees} → {people} people",
                reply=reply, workshop=reg.workshop, recount=(reg.id, people, status),
                options=tuple(e.id for e in desk.open_events()))


def _seat_for_waiting(desk: Desk, wid: str, people: int) -> bool:
    """Seats in ``wid`` for ``people`` of the one waiting-list entry there (nobody else waits ahead)."""
    ev = desk.event(wid)
    if ev is None or ev.capacity == 0:
        return True
    return desk.waiting.get(wid, 0) <= 1 and desk.taken.get(wid, 0) + people <= ev.capacity


def _move(desk: Desk, current: RegView, wid: str, close: tuple[int, ...] = (), reason: str = "",
          people: int | None = None) -> Plan:
    ev = desk.event(wid)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, wid)
    people = people or current.attendees
    move = Move.CHANGE if desk.fits(wid, people) else Move.CHANGE_FULL
    status, kind = _step(current.status, move)
    plan = Plan(kind, reason or f"change to {wid}", reply=kind, workshop=wid, previous=current.workshop,
                move=(current.id, wid, status), close=close, options=tuple(e.id for e in desk.open_events()))
    if people != current.attendees:
        plan.recount = (current.id, people, status)
    return plan


def past_when_written(reading: Reading, desk: Desk) -> Reading:
    """A registration for a workshop that had begun when the mail was written (its ``Date:``)
    and has by the desk's clock: the sender named a date already over, so we ask back which of
    the open ones they mean (clarification "past"), in a thread as well as in a new mail. One
    that was still ahead when written but is over now gets "too late" (``_register``, ``_move``)."""
    ev = desk.event(reading.workshop) if reading.action == "confirm" else None
    sent = reading.sent()
    if ev is None or sent is None or ev.start > min(sent, desk.now):
        return reading
    return replace(reading, action="clarify", workshop=None, reason=f"{ev.id} has already taken place",
                   flags=[*reading.flags, "past_event"])


def _too_late(desk: Desk, wid: str | None) -> Plan:
    options = tuple(e.id for e in desk.open_events())
    return Plan("too_late", f"{wid or 'the workshop'} has started or is over", reply="too_late", workshop=wid,
                options=options)


def _register(reading: Reading, desk: Desk, wid: str, people: int, reuse: int | None = None) -> Plan:
    ev = desk.event(wid)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, wid)
    active = [r for r in desk.mine if r.status in ACTIVE]
    close = tuple(r.id for r in desk.mine if r.status == Status.AWAITING and r.id != reuse)
    same = next((r for r in active if r.workshop == wid), None)
    if same:
        count = _count(reading, desk)
        added = next((int(e["text"]) for e in reading.evidence if e.get("kind") == "added"), 0)
        if added and "adds_people" in reading.flags:
            count = same.attendees + added  # "meine Tochter kommt noch mit": besides those registered
        if count and count != same.attendees:
            plan = _recount(desk, same, count)
            plan.close = close + ((reuse,) if reuse else ())
            return plan
        return Plan("already", f"already registered for {wid}", reply=_reply(same.status, Move.ALREADY),
                    workshop=wid, close=close + ((reuse,) if reuse else ()), about=same.id)
    if active and not (_says_change(reading) and _instead_of_cancelled(reading, desk, active)):
        if _says_change(reading):
            current = next((r for r in active if r.workshop == reading.previous_workshop), None)
            # (a new mail naming a registration the desk does not hold, "ich bin für Weinsberg angemeldet" from
            # someone registered for Offenau: which one to move is for staff)
            if current is None and len(active) == 1 and "moves_from_registration" not in reading.flags:
                current = active[0]
            if current is not None:
                return _move(desk, current, wid, close=close + ((reuse,) if reuse else ()))
            return Plan("review", Reason.CHANGE_WHICH(), review=True,
                        reply="received")
        second = second_person_at_this_address(reading, desk) if not reuse else None
        if second is not None:  # "…, and my wife keeps her place in Offenau": a second person at the address
            return second
        current = active[0]
        return Plan("ask_change", f"registered for {current.workshop}, now names {wid}",
                    reply=_reply(None, Move.ASK_CHANGE), workshop=wid, previous=current.workshop,
                    close=close + ((reuse,) if reuse else ()),
                    awaiting={"pending": Question.ASK_CHANGE.value, "offered": [], "target": wid,
                              "attendees": people})
    if "count_unsaid" in reading.flags and reuse is None and not (desk.answer and desk.answer.count):
        return ask_count(desk, wid, people, close)
    move = Move.REGISTER if desk.fits(wid, people) else Move.REGISTER_FULL
    status, kind = _step(Status.AWAITING if reuse else None, move)
    return Plan(kind, f"registered for {wid}" + (" (waiting list)" if status == Status.WAITING else ""),
                reply=kind, workshop=wid, register=(wid, people, status), reuse=reuse, close=close,
                options=tuple(e.id for e in desk.open_events()))


def registered_by_another(reading: Reading) -> str | None:
    """The workshop someone else registered the writer for, as the mail says: a clause of an earlier
    registration that opens with another person and names the writer after ("Meine Frau hat uns schon für
    den 26.9. angemeldet", "Жена уже записала нас"), not one that opens with the writer ("ich hatte mich und
    meinen Mann angemeldet" is the writer's own, which the desk finds by the address) or leaves the writer
    out ("meine Frau ist schon angemeldet, ich komme auch": the writer's own registration of one)."""
    for e in reading.evidence:
        if e.get("stance") != "old" or e.get("where") != "body" or len(e.get("events") or ()) != 1:
            continue
        clause = _MY.sub(lambda m: " " * len(m.group()), e.get("clause", ""))
        other = I.THIRD_PARTY.search(clause)
        if other is None:
            continue
        me = [m.start() for rx in (I.first_person(reading.language), I.ME) for m in rx.finditer(clause)
              if not other.start() <= m.start() < other.end()]  # (not the "mi" of "mi marido")
        if me and other.start() < min(me):
            return str(e["events"][0])
    return None


def ask_count(desk: Desk, wid: str, guess: int, close: tuple[int, ...] = (), again: int | None = None,
              reason: str = "") -> Plan:
    """"Ich melde mich mit meinen Kindern an": how many people come is not said, so we ask (our mail names the
    workshop). No seat is held meanwhile: a guessed count would hold the wrong number of seats, and a question
    never answered would hold them for nobody; the answer's count is checked against the seats free then (the
    waiting list where it does not fit). ``again``: the open question asked once more."""
    status, kind = _step(Status.AWAITING if again else None, Move.ASK_AGAIN if again else Move.ASK_COUNT)
    return Plan("clarify", reason or f"registers for {wid}; how many people come is not said", reply=kind,
                clarify_reason="attendees", workshop=wid, close=close, again=again,
                awaiting={"pending": Question.ATTENDEES.value, "offered": [], "target": wid, "attendees": guess})


def _instead_of_cancelled(reading: Reading, desk: Desk, active: list[RegView]) -> bool:
    """A reply to our mail about a registration cancelled since (one of two cancelled) that asks
    for another workshop "instead" means instead of the cancelled one: a new registration, and the
    registrations still held stay as they are. Not where the mail names a held one as the old."""
    thread = desk.thread
    held = {r.workshop for r in active}
    named_old = {w for e in reading.evidence if e.get("where") == "body" and e.get("stance") == "old"
                 for w in e.get("events") or ()}
    return (thread is not None and thread.status == Status.CANCELLED and all(r.id != thread.id for r in active)
            and reading.previous_workshop not in held and not named_old & held
            and "moves_from_registration" not in reading.flags)


def one_of_several(reading: Reading, desk: Desk) -> Plan | None:
    """A mail from someone with several registrations (a husband registered both, staff booked two)
    that cancels some of them by date, place or month and keeps the others ("bitte den am 26.9.
    stornieren, am 21.9. kommen wir", "the October one, please take it off"): those are cancelled,
    and nothing is asked. None where it names no registration of theirs to cancel, or all of them."""
    active = [r for r in desk.mine if r.status in ACTIVE]
    if len(active) < 2 or reading.action not in ("cancel", "clarify") and reading.intent not in ("cancel", "change"):
        return None
    cancelled, kept = cancelled_and_kept(normalise(reading.new_text), desk.events, reading.language or "")
    mine = {r.workshop for r in active}
    gone = cancelled - kept
    hits = [r for r in active if r.workshop in gone]
    if not hits or not gone <= mine or len(hits) == len(active):
        return None
    ahead = [r for r in hits if (ev := desk.event(r.workshop)) is not None and ev.start > desk.now]
    if len(ahead) != len(hits):
        return None
    awaiting = tuple(r.id for r in desk.mine if r.status == Status.AWAITING)
    return Plan("cancelled", "cancel " + ", ".join(r.workshop or "" for r in hits) + " of several registrations",
                reply=_reply(hits[0].status, Move.CANCEL), workshop=hits[0].workshop,
                candidates=tuple(r.workshop or "" for r in hits) if len(hits) > 1 else (),
                cancel=tuple(r.id for r in hits), close=awaiting, options=tuple(e.id for e in desk.open_events()))


def _decide(reading: Reading, desk: Desk) -> Plan:
    action = reading.action
    if action in ("confirm", "clarify") and not any(r.status in ACTIVE for r in desk.mine):
        held = registered_by_another(reading)
        if held is not None:
            # "Meine Frau hat uns schon für den 26.9. angemeldet (von ihrer Adresse), unsere Tochter kommt
            # auch mit": a registration this address does not hold; staff find it (a new one would book
            # the seats twice, "which date?" would be absurd)
            return Plan("review", f"someone else registered the writer for {held}: not held at this address",
                        reply="received", review=True)
    if action == "confirm" and reading.workshop:
        return _register(reading, desk, reading.workshop, max(reading.attendees or 1, 1))
    if action == "cancel":
        return _cancel(reading, desk)
    if "count_only" in reading.flags and reading.attendees and _explicit_attendees(reading):
        # "wir sind jetzt doch nur 3", no date named: the new count of the sender's one registration
        own = [r for r in desk.mine if r.status in ACTIVE]
        if len(own) == 1 and own[0].attendees != reading.attendees:
            return _recount(desk, own[0], reading.attendees)
    if action in ("clarify", "review") and "adds_people_unnamed" in reading.flags:
        # "ich bringe meine Tochter mit", no date, from someone registered once: those registered and the people added
        own = [r for r in desk.mine if r.status in ACTIVE]
        added = next((int(e["text"]) for e in reading.evidence if e.get("kind") == "added"), 0)
        if len(own) == 1 and added:
            return _recount(desk, own[0], own[0].attendees + added)
    if action == "clarify":
        return registered_before(reading, desk) or _clarify(reading, desk)
    if "partial_cancel" in reading.flags:
        own = [r for r in desk.mine if r.status in ACTIVE and r.workshop in (reading.workshop, None)] or \
            [r for r in desk.mine if r.status in ACTIVE]
        if len(own) == 1:
            return _partial_cancel(reading, desk, own[0], _count(reading, desk))
    if "two_people" in reading.flags:
        second = second_person_at_this_address(reading, desk)
        if second is not None:
            return second
    reason = reading.reason or "for staff"
    reply = None if "unreadable" in reading.flags else "received"
    return Plan("review", reason, reply=reply, review=True)


_MY = re.compile(L.either("my_our"), re.I)  # "meine" of "meine Mutter" is no first person speaking


_PART = re.compile(r"[,;:،]")
_GLUED_AND = re.compile(r"(?<!\w)و(?=\w{3})")  # the Arabic "and" written against the next word: "وزوجتي"


def _whose(e: dict[str, Any], events: tuple[Event, ...], language: str | None = None) -> str | None:
    """Whom a mention is said of: the person word nearest before it in its part of the clause (between
    commas): "writer" after "ich", "mich", "ben" (or none), "other" after "meine Mutter", "eşim", "жена";
    None where the mention cannot be found in its clause."""
    clause, text = e.get("clause") or "", e.get("text") or ""
    at = clause.lower().find(text.lower()) if text else -1
    if at < 0:  # a place read in another script ("Оффенау" → "offenau"): the part of the clause that names it
        bounds = [0, *(m.end() for m in _PART.finditer(clause)), len(clause) + 1]
        at = next((b - 1 for a, b in zip(bounds, bounds[1:]) if e["events"][0] in {
            x for m in find_places(normalise(clause[a:b - 1]), events) for x in m.events}), -1)
        if at < 0:
            return None
    start = max((m.end() for m in _PART.finditer(clause[:at])), default=0)
    before = _MY.sub(lambda m: " " * len(m.group()), clause[start:at])
    before = _GLUED_AND.sub(" ", before)
    other = max((m.start() for m in I.THIRD_PARTY.finditer(before)), default=-1)
    me = max((m.start() for m in I.first_person(language).finditer(before)), default=-1)
    return "other" if other > me else "writer"


def second_person_at_this_address(reading: Reading, desk: Desk) -> Plan | None:
    """Two people at one address: "ich bin der Mann von …, ich möchte mich für Weinsberg anmelden,
    meine Frau geht nach Offenau wie angemeldet". The other person's workshop is one this address
    holds already, the writer wishes one it does not hold (in a clause of their own, naming no one
    else): the writer's is a registration of its own beside the one held, and staff see the mail
    (whose name goes on it); the other person's workshop need not be named where the writer says they
    share the address (``same_address``). The mirror too: the other person wishes the one workshop not
    held and the writer says they come to the one held ("that mail was for my mother, she wants October;
    I still come on the 26th", answering "already registered"): the other person's registration of its own.
    None otherwise, or where the mail changes something."""
    if reading.intent != "register" or _says_change(reading):
        return None
    said = [e for e in reading.evidence if e.get("where") == "body" and e.get("kind") in ("date", "day", "place")
            and len(e.get("events") or ()) == 1]
    whose = [(e, _whose(e, desk.events, reading.language)) for e in said]
    others = {e["events"][0] for e, who in whose if who == "other"}
    writer = {e["events"][0] for e, who in whose if who == "writer" and e.get("stance") == "pos"}
    ruled_out = {e["events"][0] for e in said if e.get("stance") in ("neg", "other_neg", "old", "tentative", "question")}
    held = {r.workshop for r in desk.mine if r.status in ACTIVE}
    # the writer says they share the address ("ja sam Milan, muž od Dragane, pišem sa iste adrese"):
    # the other person's workshop need not be named
    shared = not others and bool(held) and bool(I.SAME_ADDRESS.search(reading.new_text))
    wished = {e["events"][0] for e, who in whose if who == "other" and e.get("stance") == "pos"}
    if (len(others) == 1 and others == wished and not others & (held | ruled_out) and writer and writer <= held
            and len(held) == 1):
        # the mirror: "Pardon, that mail was for my mother: she wants Brackenheim on 17 October; I still come on the
        # 26th" answering our "already registered": the writer keeps the one held, the relative gets a registration
        # of their own for the workshop named (staff see the mail: whose name goes on it)
        return _register_second(reading, desk, next(iter(others)), f"{', '.join(sorted(w for w in held if w))} stays")
    if len(writer) != 1 or not (shared or (others and others <= held)) or writer & (held | others | ruled_out):
        return None
    return _register_second(reading, desk, next(iter(writer)), f"{', '.join(sorted(others))} stays")


def _register_second(reading: Reading, desk: Desk, wid: str, stays: str) -> Plan | None:
    """A registration of its own beside the one this address holds, for a second person at the address."""
    ev = desk.event(wid)
    if ev is None or ev.start <= desk.now:
        return None
    # a number the writer states, else one: the relatives read as coming along may be the other person
    # ("أريد التسجيل …، وزوجتي تبقى في Offenau": the wife stays at Offenau)
    stated = any(e.get("kind") == "attendees" and str(e.get("rule", "")).startswith("explicit number")
                 for e in reading.evidence)
    people = max(reading.attendees or 1, 1) if stated else 1
    status, kind = _step(None, Move.REGISTER if desk.fits(wid, people) else Move.REGISTER_FULL)
    return Plan(kind, f"a second person at this address registered for {wid}; {stays}",
                reply=kind, workshop=wid, register=(wid, people, status), review=True,
                close=tuple(r.id for r in desk.mine if r.status == Status.AWAITING),
                options=tuple(e.id for e in desk.open_events()))


def _cancel(reading: Reading, desk: Desk) -> Plan:
    active = [r for r in desk.mine if r.status in ACTIVE]
    awaiting = tuple(r.id for r in desk.mine if r.status == Status.AWAITING)
    thread = desk.thread.workshop if desk.thread and desk.thread.status in ACTIVE else None
    wid = reading.workshop or thread
    if wid:
        hits = [r for r in active if r.workshop == wid]
    else:
        hits = active
    ahead = [r for r in hits if (ev := desk.event(r.workshop)) is None or ev.start > desk.now]
    if hits and not ahead:  # "ich muss absagen" after the workshop: it has taken place, nothing to free
        return _too_late(desk, hits[0].workshop if len(hits) == 1 else None)
    hits = ahead
    if len(hits) == 1:
        return Plan("cancelled", f"cancelled {hits[0].workshop}", reply=_reply(hits[0].status, Move.CANCEL),
                    workshop=hits[0].workshop, cancel=(hits[0].id,), close=awaiting,
                    options=tuple(e.id for e in desk.open_events()))
    if len(hits) > 1:
        which = tuple(r.workshop or "" for r in hits)  # (active: each has a workshop)
        return Plan("clarify", "cancellation, but several registrations", reply=_reply(None, Move.ASK),
                    clarify_reason="cancel_which", candidates=which, options=which, close=awaiting,
                    awaiting={"pending": Question.CANCEL_WHICH.value, "offered": list(which), "target": None,
                              "attendees": 1})
    if awaiting and not active:
        return Plan("cancelled", "withdrew before choosing a date", reply=_reply(Status.AWAITING, Move.WITHDRAW),
                    close=awaiting, options=tuple(e.id for e in desk.open_events()))
    return Plan("not_registered", Reason.CANCEL_NOT_REGISTERED(), reply="not_registered",
                workshop=wid, review=True)


def _clarify(reading: Reading, desk: Desk) -> Plan:
    options = tuple(e.id for e in desk.open_events())
    if not options:
        return _too_late(desk, None)
    flags = set(reading.flags)
    if "past_event" in flags:
        why = "past"
    elif "several_events" in flags:
        why = "several"
    elif "contradiction" in flags:
        why = "contradiction"
    elif "unknown_date" in flags:
        why = "unknown_date"
    else:
        why = "missing"
    candidates = tuple(c for c in reading.candidates if desk.event(c))
    close = tuple(r.id for r in desk.mine if r.status == Status.AWAITING)
    return Plan("clarify", reading.reason or "unclear", reply=_reply(None, Move.ASK), clarify_reason=why,
                candidates=candidates, options=options, close=close,
                awaiting={"pending": Question.CLARIFY.value, "offered": list(options),
                          "target": _changed_from(reading, desk), "attendees": max(reading.attendees or 1, 1)})


def _changed_from(reading: Reading, desk: Desk) -> str | None:
    """The workshop of the registration a change we cannot read yet is for ("lieber am 20. statt am
    19.": no workshop on the 20th): the date chosen in answer to our question moves that registration.
    The one the mail leaves ("statt am 19."), else the one our mail was about, else the sender's one."""
    if not _says_change(reading):
        return None
    active = [r for r in desk.mine if r.status in ACTIVE]
    for wid in (reading.previous_workshop, desk.thread.workshop if desk.thread else None):
        if wid and any(r.workshop == wid for r in active):
            return wid
    return active[0].workshop if len(active) == 1 else None


def registered_before(reading: Reading, desk: Desk) -> Plan | None:
    """"Ich hatte uns schon für Brackenheim angemeldet, ist das angekommen?": a mail that names only a
    registration made before (the ``old`` stance), no new wish, for the one workshop of the sender's
    active registrations: they are registered, and the reply says so (never "which date?")."""
    if reading.action != "clarify" or reading.candidates or _explicit_attendees(reading) or _says_change(reading):
        return None
    said = [e for e in reading.evidence if e.get("where") == "body" and e.get("kind") in ("date", "day", "place")]
    named = {w for e in said for w in e.get("events") or ()}
    if not said or any(e.get("stance") != "old" for e in said) or len(named) != 1:
        return None
    reg = next((r for r in desk.mine if r.status in ACTIVE and r.workshop in named), None)
    if reg is None:
        return None
    return Plan("already", f"names its registration for {reg.workshop} made before", reply=_reply(reg.status, Move.ALREADY),
                workshop=reg.workshop, about=reg.id, close=tuple(r.id for r in desk.mine if r.status == Status.AWAITING))
