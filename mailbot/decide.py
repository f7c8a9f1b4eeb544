"""What to do with one understood message, given what the desk already knows (pure: no I/O).

``decide(reading, desk)`` turns a ``Reading`` (what the message says) and a ``Desk`` (the
sender's registrations, the thread it answers, seats taken, replies sent today, the time) into
a ``Plan``: which registration changes, which reply (a template kind) and where the message is
filed. The worker applies the plan in one transaction.

The rules, in order:
- robots, own mail, spam → ignored, never a reply;
- more automatic replies to this address today than allowed → staff, no reply;
- an answer in a thread where we asked back resolves that question (a number from our list, or
  "Wechsel" for a change we asked about);
- register for a workshop that has started → "too late" with the remaining dates; already
  registered there → "already"; registered elsewhere → a change only when the message says so,
  else we ask; a full workshop → waiting list;
- cancel → only the sender's own registration; none found → staff (registered by phone?);
- unclear → ask back with the open workshops numbered; a question → staff, with an
  acknowledgement when configured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .events import Event
from .understand.reading import Reading

ACTIVE = ("confirmed", "waiting")
FOLDER = {
    "confirmed": "done", "waiting": "done", "already": "done", "changed": "done", "cancelled": "done",
    "too_late": "done", "clarify": "clarify", "ask_change": "clarify", "not_registered": "review",
    "review": "review", "ignored": "ignored",
}
CHANGE_ANSWER = re.compile(
    r"(?<!\w)(wechsel\w*|wechseln|umbuchen|ummelden|change|switch|move|değiş\w*|обмін|замін\w*|перен[еі]с\w*|"
    r"помен\w*|змін\w*|تغيير|تبديل|نقل|ja|yes|evet|да|так|نعم|oui|sí|si|tak)(?!\w)", re.I)


ANSWERABLE = re.compile(r"^[^\s<>()\[\]\\,;:\"@]+@[^\s<>()\[\]\\,;:\"@]+\.[^\s<>()\[\]\\,;:\"@]+$")


@dataclass(frozen=True)
class RegView:
    id: int
    workshop: str | None
    status: str
    attendees: int
    pending: str | None = None
    offered: tuple[str, ...] = ()
    target: str | None = None


@dataclass(frozen=True)
class Desk:
    now: datetime
    events: tuple[Event, ...]
    mine: tuple[RegView, ...] = ()  # the sender's confirmed, waiting and awaiting registrations
    thread: RegView | None = None  # the registration our earlier mail in this thread was about
    taken: dict[str, int] = field(default_factory=dict)  # confirmed people per workshop
    waiting: dict[str, int] = field(default_factory=dict)  # waiting-list entries per workshop
    replies_today: int = 0
    max_replies: int = 5
    acknowledge_review: bool = True

    def event(self, wid: str | None) -> Event | None:
        return next((e for e in self.events if e.id == wid), None)

    def open_events(self) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.start > self.now)

    def fits(self, wid: str, people: int) -> bool:
        ev = self.event(wid)
        if ev is None or ev.capacity == 0:
            return True
        return not self.waiting.get(wid) and self.taken.get(wid, 0) + people <= ev.capacity


@dataclass
class Plan:
    outcome: str  # a key of FOLDER
    reason: str
    reply: str | None = None  # template kind
    workshop: str | None = None  # the workshop the reply is about
    previous: str | None = None  # for changed / ask_change
    options: tuple[str, ...] = ()  # numbered workshops in a clarification
    candidates: tuple[str, ...] = ()
    clarify_reason: str | None = None
    # registration changes
    register: tuple[str, int, str] | None = None  # (workshop, attendees, confirmed|waiting)
    reuse: int | None = None  # register by completing this awaiting registration
    move: tuple[int, str, str] | None = None  # (registration id, workshop, confirmed|waiting)
    cancel: tuple[int, ...] = ()
    close: tuple[int, ...] = ()  # awaiting registrations answered otherwise
    awaiting: dict | None = None  # {pending, offered, target, attendees}: we asked back
    review: bool = False  # put into the staff queue

    @property
    def folder(self) -> str:
        return FOLDER[self.outcome]


def _explicit_attendees(reading: Reading) -> bool:
    return any(e.get("kind") == "attendees" and e.get("rule") not in ("", "sender") for e in reading.evidence)


def decide(reading: Reading, desk: Desk) -> Plan:
    if reading.action == "ignore":
        return Plan("ignored", reading.reason or reading.intent)
    if not ANSWERABLE.match(reading.sender or ""):
        unreadable = "unreadable" in reading.flags and reading.reason  # why it could not be read says more
        return Plan("review", reading.reason if unreadable else "no sender address we can answer", review=True)
    if desk.max_replies and desk.replies_today >= desk.max_replies:
        return Plan("review", f"already {desk.replies_today} automatic replies to this address today", review=True)

    plan = _answer_to_our_question(reading, desk)
    if plan is None:
        plan = _decide(reading, desk)
    if plan.reply == "received" and not desk.acknowledge_review:
        plan.reply = None
    return plan


def _answer_to_our_question(reading: Reading, desk: Desk) -> Plan | None:
    pending = desk.thread if desk.thread and desk.thread.status == "awaiting" else None
    if pending is None or reading.action in ("cancel", "ignore"):
        return None
    if pending.pending == "ask_change":
        current = next((r for r in desk.mine if r.status in ACTIVE and r.id != pending.id), None)
        says_change = reading.intent == "change" or CHANGE_ANSWER.search(reading.new_text or "")
        if current and pending.target and says_change and reading.workshop in (None, pending.target):
            return _move(desk, current, pending.target, close=(pending.id,),
                         reason=f"answered our question: change to {pending.target}")
        return Plan("review", "answer to our question about a change, not clearly 'change'", review=True,
                    close=(pending.id,), reply="received")
    # a clarification: the reading was made against the list we offered
    if reading.action == "confirm" and reading.workshop:
        people = reading.attendees if _explicit_attendees(reading) else pending.attendees
        return _register(reading, desk, reading.workshop, max(people or 1, 1), reuse=pending.id)
    return None


def _move(desk: Desk, current: RegView, wid: str, close: tuple[int, ...] = (), reason: str = "") -> Plan:
    ev = desk.event(wid)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, wid)
    status = "confirmed" if desk.fits(wid, current.attendees) else "waiting"
    kind = "changed" if status == "confirmed" else "waiting"
    return Plan(kind, reason or f"change to {wid}", reply=kind, workshop=wid, previous=current.workshop,
                move=(current.id, wid, status), close=close)


def _too_late(desk: Desk, wid: str | None) -> Plan:
    options = tuple(e.id for e in desk.open_events())
    return Plan("too_late", f"{wid or 'the workshop'} has started or is over", reply="too_late", workshop=wid,
                options=options)


def _register(reading: Reading, desk: Desk, wid: str, people: int, reuse: int | None = None) -> Plan:
    ev = desk.event(wid)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, wid)
    active = [r for r in desk.mine if r.status in ACTIVE]
    close = tuple(r.id for r in desk.mine if r.status == "awaiting" and r.id != reuse)
    same = next((r for r in active if r.workshop == wid), None)
    if same:
        return Plan("already", f"already registered for {wid}", reply="already", workshop=wid,
                    close=close + ((reuse,) if reuse else ()))
    if active:
        says_change = reading.intent == "change"
        if says_change:
            current = next((r for r in active if r.workshop == reading.previous_workshop), None)
            if current is None and len(active) == 1:
                current = active[0]
            if current is not None:
                return _move(desk, current, wid, close=close + ((reuse,) if reuse else ()))
            return Plan("review", "a change, but which registration is meant is unclear", review=True,
                        reply="received")
        current = active[0]
        return Plan("ask_change", f"registered for {current.workshop}, now names {wid}", reply="ask_change",
                    workshop=wid, previous=current.workshop, close=close + ((reuse,) if reuse else ()),
                    awaiting={"pending": "ask_change", "offered": [], "target": wid, "attendees": people})
    status = "confirmed" if desk.fits(wid, people) else "waiting"
    return Plan(status, f"registered for {wid}" + (" (waiting list)" if status == "waiting" else ""), reply=status,
                workshop=wid, register=(wid, people, status), reuse=reuse, close=close)


def _decide(reading: Reading, desk: Desk) -> Plan:
    action = reading.action
    if action == "confirm" and reading.workshop:
        return _register(reading, desk, reading.workshop, max(reading.attendees or 1, 1))
    if action == "cancel":
        return _cancel(reading, desk)
    if action == "clarify":
        return _clarify(reading, desk)
    reason = reading.reason or "for staff"
    reply = None if "unreadable" in reading.flags else "received"
    return Plan("review", reason, reply=reply, review=True)


def _cancel(reading: Reading, desk: Desk) -> Plan:
    active = [r for r in desk.mine if r.status in ACTIVE]
    awaiting = tuple(r.id for r in desk.mine if r.status == "awaiting")
    wid = reading.workshop or (desk.thread.workshop if desk.thread else None)
    if wid:
        hits = [r for r in active if r.workshop == wid]
    else:
        hits = active
    if len(hits) == 1:
        return Plan("cancelled", f"cancelled {hits[0].workshop}", reply="cancelled", workshop=hits[0].workshop,
                    cancel=(hits[0].id,), close=awaiting, options=tuple(e.id for e in desk.open_events()))
    if len(hits) > 1:
        which = tuple(r.workshop for r in hits)
        return Plan("clarify", "cancellation, but several registrations", reply="clarify",
                    clarify_reason="cancel_which", candidates=which, options=which, close=awaiting,
                    awaiting={"pending": "cancel_which", "offered": list(which), "target": None, "attendees": 1})
    if awaiting and not active:
        return Plan("cancelled", "withdrew before choosing a date", close=awaiting)
    return Plan("not_registered", "cancellation, but no registration from this address", reply="not_registered",
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
    close = tuple(r.id for r in desk.mine if r.status == "awaiting")
    return Plan("clarify", reading.reason or "unclear", reply="clarify", clarify_reason=why, candidates=candidates,
                options=options, close=close,
                awaiting={"pending": "clarify", "offered": list(options), "target": None,
                          "attendees": max(reading.attendees or 1, 1)})
