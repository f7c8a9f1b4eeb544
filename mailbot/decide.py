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
- a reply to our mail about a registration: a number from the list it quoted, a change of
  workshop, a new head-count, one of several people dropping out; thanks with a remark → no
  reply (filed for staff);
- register for a workshop that has started → "too late" with the remaining dates; already
  registered there → "already"; registered elsewhere → a change only when the message says so,
  else we ask; a full workshop → waiting list;
- cancel → only the sender's own registration; none found → staff (registered by phone?);
- unclear → ask back with the open workshops numbered; a question → staff, with an
  acknowledgement when configured;
- a sender that failed authentication (``hold_unverified``, applied after ``decide``): a
  cancellation or change is held until the registered address confirms; only registrations go
  ahead; no other reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from .events import Event
from .states import ACTIVE, QUESTION_REPLY, Move, Question, Status, transition
from .understand.answers import Answer
from .understand.courtesy import opens_with_thanks
from .understand.reading import Reading

FOLDER = {
    "confirmed": "done", "waiting": "done", "already": "done", "changed": "done", "cancelled": "done",
    "recounted": "done", "too_late": "done", "clarify": "clarify", "ask_change": "clarify",
    "not_registered": "review", "review": "review", "ignored": "ignored", "held": "review",
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
    # the receiving server says the sender failed authentication ("DMARC fail"), and the message
    # does not answer one of our mails to this address: "" when verified, unknown or proven
    sender_failed: str = ""
    answer: Answer | None = None  # the message read as an answer to the list our quoted mail gave

    def event(self, wid: str | None) -> Event | None:
        return next((e for e in self.events if e.id == wid), None)

    def open_events(self) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.start > self.now)

    def fits(self, wid: str, people: int, holding: int = 0) -> bool:
        """Room for ``people`` more in ``wid``, where the sender already holds ``holding`` seats there."""
        ev = self.event(wid)
        if ev is None or ev.capacity == 0:
            return True
        return (holding > 0 or not self.waiting.get(wid)) and self.taken.get(wid, 0) - holding + people <= ev.capacity


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
    recount: tuple[int, int, str] | None = None  # (registration id, people, confirmed|waiting)
    cancel: tuple[int, ...] = ()
    close: tuple[int, ...] = ()  # awaiting registrations answered otherwise
    awaiting: dict | None = None  # {pending, offered, target, attendees}: we asked back
    again: int | None = None  # with awaiting: the open question asked again (the same registration)
    review: bool = False  # put into the staff queue
    held: tuple[int, ...] = ()  # registrations a change is held for until their address confirms
    hold: str | None = None  # what is held: cancel | change

    @property
    def folder(self) -> str:
        return FOLDER[self.outcome]


def hold_unverified(plan: Plan, desk: Desk) -> Plan:
    """A message whose sender failed authentication changes nothing by itself (anyone can
    write any ``From:``). A cancellation or change of workshop is held and the registered
    address asked to confirm (reply ``confirm_request``); a registration goes ahead, as do our
    questions about it (their mail reaches the address's real owner); anything else gets no
    reply, and with no registration from this address no staff task either."""
    if not desk.sender_failed:
        return plan
    why = f"sender not authenticated ({desk.sender_failed})"
    if plan.cancel or plan.move:
        ids = plan.cancel or (plan.move[0],)
        return Plan("held", f"{why}: {plan.reason}; held until the registered address confirms",
                    reply="confirm_request", workshop=plan.workshop, previous=plan.previous, held=ids,
                    hold="cancel" if plan.cancel else "change", review=True)
    if plan.register or (desk.mine and (plan.awaiting or plan.outcome in ("already", "too_late"))):
        return plan
    if not desk.mine:
        return Plan("ignored", f"{why} and no registration from this address: filed without reply")
    return Plan("review", f"{why}: {plan.reason}", review=True)


def _says_change(reading: Reading) -> bool:
    """A change, or a registration that names the one it replaces ("statt Offenau nach Weinsberg")."""
    return reading.intent == "change" or "instead_of" in reading.flags


def _explicit_attendees(reading: Reading) -> bool:
    return any(e.get("kind") == "attendees" and e.get("rule") not in ("", "sender") for e in reading.evidence)


def decide(reading: Reading, desk: Desk) -> Plan:
    # thanks or an empty reply need no answer, unless we asked something that is still open:
    # then the question is asked again (never silence on an open question)
    courtesy = reading.intent in ("thanks", "empty")
    open_question = desk.thread is not None and desk.thread.status == Status.AWAITING
    if reading.action == "ignore" and not (courtesy and open_question):
        return Plan("ignored", reading.reason or reading.intent)
    if reading.action == "ignore":  # "ok danke" to our open question: it settles nothing
        reading = replace(reading, intent="other", action="review")
    if not ANSWERABLE.match(reading.sender or ""):
        unreadable = "unreadable" in reading.flags and reading.reason  # why it could not be read says more
        return Plan("review", reading.reason if unreadable else "no sender address we can answer", review=True)
    if desk.max_replies and desk.replies_today >= desk.max_replies:
        return Plan("review", f"already {desk.replies_today} automatic replies to this address today", review=True)

    plan = _answer_to_our_question(reading, desk) or _in_thread(reading, desk) or _decide(reading, desk)
    if plan.reply == "received" and not desk.acknowledge_review:
        plan.reply = None
    return plan


def _reply(before: str | None, move: Move) -> str | None:
    return transition(before, move)[1]


def _count(reading: Reading, desk: Desk, base: int | None = None) -> int | None:
    """The number of people the message gives, if it gives one; where it only names people who
    come along ("mein Sohn kommt auch mit"), they join the ``base`` people already registered."""
    if desk.answer is not None and desk.answer.count is not None:
        return desk.answer.count
    if desk.answer is not None and desk.answer.added and base is not None:
        return base + desk.answer.added
    return reading.attendees if _explicit_attendees(reading) else None


def _answer_to_our_question(reading: Reading, desk: Desk) -> Plan | None:
    """A message in the thread of our open question: it settles the question, or we ask again."""
    pending = desk.thread if desk.thread and desk.thread.status == Status.AWAITING else None
    if pending is None or (reading.action == "ignore" and reading.intent not in ("thanks", "empty")):
        return None
    answer = desk.answer or Answer({})
    if pending.pending == Question.CANCEL_WHICH:
        return _which_to_cancel(reading, desk, pending, answer)
    if reading.action == "cancel":
        return None  # "doch nicht": a cancellation (closes the question; said so when nothing was booked)
    if pending.pending == Question.ASK_CHANGE:
        current = next((r for r in desk.mine if r.status in ACTIVE and r.id != pending.id), None)
        says_change = reading.intent == "change" or CHANGE_ANSWER.search(reading.new_text or "")
        if current and pending.target and answer.keep and not says_change:
            return Plan("already", f"answered our question: stays at {current.workshop}",
                        reply=_reply(current.status, Move.ALREADY), workshop=current.workshop, close=(pending.id,))
        if current and pending.target and says_change and reading.workshop in (None, pending.target):
            return _move(desk, current, pending.target, close=(pending.id,),
                         reason=f"answered our question: change to {pending.target}")
        if reading.intent == "question" or answer.every:  # "both dates?": our question says staff answer that
            return Plan("review", "answer to our question about a change is for staff", review=True,
                        close=(pending.id,), reply="received")
        if reading.action == "confirm" and reading.workshop and reading.workshop != pending.target:
            return _register(reading, desk, reading.workshop, pending.attendees)  # yet another workshop
        return _ask_again(desk, pending, "answer to our question about a change, neither yes nor no")
    # a clarification: the reading was made against the list we offered
    people = _count(reading, desk) or pending.attendees
    chosen = answer.choice if answer.choice and not answer.ambiguous else None
    if answer.ambiguous:
        return _ask_again(desk, pending, f"the answer to our list is ambiguous ({answer.rule})")
    if not chosen and reading.action == "confirm":
        chosen = reading.workshop
    if chosen:
        # asked in the thread of a registration (its target): the choice moves that registration
        current = next((r for r in desk.mine if r.status in ACTIVE and r.workshop == pending.target), None)
        if current is not None:
            return _move(desk, current, chosen, close=(pending.id,), people=_count(reading, desk),
                         reason=f"answered our question: {chosen} instead of {current.workshop}")
        return _register(reading, desk, chosen, max(people or 1, 1), reuse=pending.id)
    if reading.action == "clarify" or (reading.action == "review" and reading.intent == "other"):
        return _ask_again(desk, pending, "the answer names no workshop of our list")
    return Plan("review", reading.reason or "answer to our question is for staff", review=True,
                close=(pending.id,), reply=None if "unreadable" in reading.flags else "received")


def _which_to_cancel(reading: Reading, desk: Desk, pending: RegView, answer: Answer) -> Plan:
    """Answering "which registration should be cancelled?": a number, a date, "beide"."""
    active = [r for r in desk.mine if r.status in ACTIVE and r.workshop in pending.offered]
    if answer.every:
        hits = active
    elif answer.choice and not answer.ambiguous:
        hits = [r for r in active if r.workshop == answer.choice]
    else:
        named = reading.workshop or (reading.candidates[0] if len(reading.candidates) == 1 else None)
        hits = [r for r in active if r.workshop == named]
    if not hits:
        return _ask_again(desk, pending, "the answer names none of the registrations to cancel")
    opts = tuple(e.id for e in desk.open_events())
    return Plan("cancelled", "answered our question: cancel " + ", ".join(r.workshop or "" for r in hits),
                reply=_reply(hits[0].status, Move.CANCEL), workshop=hits[0].workshop,
                candidates=tuple(r.workshop for r in hits) if len(hits) > 1 else (),
                cancel=tuple(r.id for r in hits), close=(pending.id,), options=opts)


def _ask_again(desk: Desk, pending: RegView, reason: str) -> Plan:
    """The same question once more, in the same thread, under the same reference."""
    transition(Status.AWAITING, Move.ASK_AGAIN)  # (stays awaiting)
    kind = QUESTION_REPLY[Question(pending.pending)]
    if pending.pending == Question.ASK_CHANGE:
        current = next((r for r in desk.mine if r.status in ACTIVE and r.id != pending.id), None)
        return Plan("ask_change", reason, reply=kind,
                    workshop=pending.target, previous=current.workshop if current else None, again=pending.id,
                    awaiting={"pending": pending.pending, "offered": [], "target": pending.target,
                              "attendees": pending.attendees})
    if pending.pending == Question.CANCEL_WHICH:
        which = tuple(w for w in pending.offered if any(r.workshop == w and r.status in ACTIVE for r in desk.mine))
        return Plan("clarify", reason, reply=kind, clarify_reason="cancel_which",
                    candidates=which, options=which, again=pending.id,
                    awaiting={"pending": pending.pending, "offered": list(which), "target": None, "attendees": 1})
    options = tuple(e.id for e in desk.open_events())
    if not options:
        return _too_late(desk, None)
    return Plan("clarify", reason, reply=kind, clarify_reason="missing",
                options=options, again=pending.id,
                awaiting={"pending": pending.pending, "offered": list(options), "target": pending.target,
                          "attendees": pending.attendees})


def _in_thread(reading: Reading, desk: Desk) -> Plan | None:
    """A reply to our mail about one of the sender's registrations (confirmation, waiting-list
    notice, "already registered", …): a number from the list we quoted, a change of workshop,
    a new number of people."""
    answer = desk.answer or Answer({})
    reg = desk.thread if desk.thread and desk.thread.status in ACTIVE else None
    people = _count(reading, desk, reg.attendees if reg is not None else None)
    if reading.action in ("cancel", "ignore"):
        return None
    if reg is None:
        # a number answering the list of a mail about no active registration (a cancellation
        # confirmation, "too late"): read against that list, not against all workshops
        if answer.choice and not answer.ambiguous:
            former = desk.thread.attendees if desk.thread and desk.thread.status == Status.CANCELLED else 1
            return _register(reading, desk, answer.choice, max(people or former, 1))
        return None
    if answer.choice and not answer.ambiguous and answer.choice != reg.workshop:
        return _move(desk, reg, answer.choice, people=people, reason=f"chose {answer.choice} from our list")
    if answer.ambiguous:  # "den dritten Termin" in a list that starts at 2: which one?
        options = tuple(e.id for e in desk.open_events())
        return Plan("clarify", f"the answer to our list is ambiguous ({answer.rule})", reply=_reply(None, Move.ASK),
                    clarify_reason="several", options=options,
                    awaiting={"pending": Question.CLARIFY.value, "offered": list(options), "target": reg.workshop,
                              "attendees": reg.attendees})
    if reading.intent == "other" and not people and opens_with_thanks(reading.new_text):
        # "Danke nochmal, der Abend war sehr interessant!": a remark nobody waits an answer for
        return Plan("review", "thanks and a remark in reply to our mail: no answer needed", review=True)
    named = reading.workshop if reading.action == "confirm" else None
    if named and named != reg.workshop and _says_change(reading):
        return _move(desk, reg, named, people=people, reason=f"change to {named} in reply to our mail")
    if "partial_cancel" in reading.flags:
        return _partial_cancel(reading, desk, reg, people)
    if people and people != reg.attendees and named in (None, reg.workshop):
        return _recount(desk, reg, people)
    return None


def _partial_cancel(reading: Reading, desk: Desk, reg: RegView, people: int | None = None) -> Plan:
    """"Ich kann nicht, mein Mann kommt aber": for a registration of one, simply the sender's
    cancellation (the other person has their own); for more, the number given or one fewer."""
    alone = any(e.get("kind") == "attendees" and str(e.get("rule", "")).startswith("explicit number")
                and e.get("text") == "1" for e in reading.evidence)  # "ich komme allein", not "er kommt"
    if reg.attendees <= 1 and alone:  # "mein Mann kommt doch nicht, ich komme allein": he was not counted
        return Plan("already", f"{reg.workshop}: the writer still comes alone, as registered",
                    reply=_reply(reg.status, Move.ALREADY), workshop=reg.workshop)
    if reg.attendees <= 1:
        return Plan("cancelled", f"cancelled {reg.workshop}; others still come on their own registrations",
                    reply=_reply(reg.status, Move.CANCEL), workshop=reg.workshop, cancel=(reg.id,),
                    options=tuple(e.id for e in desk.open_events()))
    return _recount(desk, reg, people if people and people < reg.attendees else reg.attendees - 1)


def _recount(desk: Desk, reg: RegView, people: int) -> Plan:
    ev = desk.event(reg.workshop)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, reg.workshop)
    fits = people <= reg.attendees or reg.status != Status.CONFIRMED or desk.fits(reg.workshop, people, reg.attendees)
    move = Move.RECOUNT if fits else Move.RECOUNT_FULL
    status, reply = transition(reg.status, move)
    return Plan("recounted" if reply == "recounted" else "waiting", f"{reg.attendees} → {people} people",
                reply=reply, workshop=reg.workshop, recount=(reg.id, people, status),
                options=tuple(e.id for e in desk.open_events()))


def _move(desk: Desk, current: RegView, wid: str, close: tuple[int, ...] = (), reason: str = "",
          people: int | None = None) -> Plan:
    ev = desk.event(wid)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, wid)
    people = people or current.attendees
    move = Move.CHANGE if desk.fits(wid, people) else Move.CHANGE_FULL
    status, kind = transition(current.status, move)
    plan = Plan(kind, reason or f"change to {wid}", reply=kind, workshop=wid, previous=current.workshop,
                move=(current.id, wid, status), close=close, options=tuple(e.id for e in desk.open_events()))
    if people != current.attendees:
        plan.recount = (current.id, people, status)
    return plan


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
        if count and count != same.attendees:
            plan = _recount(desk, same, count)
            plan.close = close + ((reuse,) if reuse else ())
            return plan
        return Plan("already", f"already registered for {wid}", reply=_reply(same.status, Move.ALREADY),
                    workshop=wid, close=close + ((reuse,) if reuse else ()))
    if active:
        if _says_change(reading):
            current = next((r for r in active if r.workshop == reading.previous_workshop), None)
            if current is None and len(active) == 1:
                current = active[0]
            if current is not None:
                return _move(desk, current, wid, close=close + ((reuse,) if reuse else ()))
            return Plan("review", "a change, but which registration is meant is unclear", review=True,
                        reply="received")
        current = active[0]
        return Plan("ask_change", f"registered for {current.workshop}, now names {wid}",
                    reply=_reply(None, Move.ASK_CHANGE), workshop=wid, previous=current.workshop,
                    close=close + ((reuse,) if reuse else ()),
                    awaiting={"pending": Question.ASK_CHANGE.value, "offered": [], "target": wid,
                              "attendees": people})
    move = Move.REGISTER if desk.fits(wid, people) else Move.REGISTER_FULL
    status, kind = transition(Status.AWAITING if reuse else None, move)
    return Plan(kind, f"registered for {wid}" + (" (waiting list)" if status == Status.WAITING else ""),
                reply=kind, workshop=wid, register=(wid, people, status), reuse=reuse, close=close,
                options=tuple(e.id for e in desk.open_events()))


def _decide(reading: Reading, desk: Desk) -> Plan:
    action = reading.action
    if action == "confirm" and reading.workshop:
        return _register(reading, desk, reading.workshop, max(reading.attendees or 1, 1))
    if action == "cancel":
        return _cancel(reading, desk)
    if action == "clarify":
        return _clarify(reading, desk)
    if "partial_cancel" in reading.flags:
        own = [r for r in desk.mine if r.status in ACTIVE and r.workshop in (reading.workshop, None)] or \
            [r for r in desk.mine if r.status in ACTIVE]
        if len(own) == 1:
            return _partial_cancel(reading, desk, own[0], _count(reading, desk))
    reason = reading.reason or "for staff"
    reply = None if "unreadable" in reading.flags else "received"
    return Plan("review", reason, reply=reply, review=True)


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
        which = tuple(r.workshop for r in hits)
        return Plan("clarify", "cancellation, but several registrations", reply=_reply(None, Move.ASK),
                    clarify_reason="cancel_which", candidates=which, options=which, close=awaiting,
                    awaiting={"pending": Question.CANCEL_WHICH.value, "offered": list(which), "target": None,
                              "attendees": 1})
    if awaiting and not active:
        return Plan("cancelled", "withdrew before choosing a date", reply=_reply(Status.AWAITING, Move.WITHDRAW),
                    close=awaiting, options=tuple(e.id for e in desk.open_events()))
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
    close = tuple(r.id for r in desk.mine if r.status == Status.AWAITING)
    return Plan("clarify", reading.reason or "unclear", reply=_reply(None, Move.ASK), clarify_reason=why,
                candidates=candidates, options=options, close=close,
                awaiting={"pending": Question.CLARIFY.value, "offered": list(options), "target": None,
                          "attendees": max(reading.attendees or 1, 1)})
