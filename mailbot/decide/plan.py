"""What a decision is made of: what the desk knows (``Desk``, with ``RegView`` of the sender's
registrations), the ``Plan`` it makes, the folder of each outcome, and ``hold_unverified``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..events import Event
from ..reasons import Reason
from ..understand.answers import Answer
from ..understand.mime import PLAIN_ADDRESS
from ..understand.renaming import Renaming

FOLDER = {
    "confirmed": "done", "waiting": "done", "already": "done", "changed": "done", "cancelled": "done",
    "recounted": "done", "renamed": "done", "too_late": "done", "clarify": "clarify", "ask_change": "clarify",
    "not_registered": "review", "review": "review", "ignored": "ignored", "held": "review",
}


ANSWERABLE = PLAIN_ADDRESS  # whom we answer


@dataclass(frozen=True)
class RegView:
    id: int
    workshop: str | None
    status: str
    attendees: int
    pending: str | None = None
    offered: tuple[str, ...] = ()
    target: str | None = None
    names: tuple[str, ...] = ()  # the people named for it


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
    renaming: Renaming | None = None  # the message, answering our mail, names other people
    # the message answers our mail about a registration of another address ("siamo in tre" from the
    # wife's own address, quoting the confirmation sent to her husband): staff's, nothing changes
    foreign_thread: bool = False

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
    rename: tuple[int, tuple[str, ...]] | None = None  # (registration id, the names of the people coming)
    cancel: tuple[int, ...] = ()
    close: tuple[int, ...] = ()  # awaiting registrations answered otherwise
    awaiting: dict[str, Any] | None = None  # {pending, offered, target, attendees}: we asked back
    again: int | None = None  # with awaiting: the open question asked again (the same registration)
    review: bool = False  # put into the staff queue
    held: tuple[int, ...] = ()  # registrations a change is held for until their address confirms
    hold: str | None = None  # what is held: cancel | change
    # the registration the reply and the message are about when the plan changes none: the one
    # the sender is already registered with, else the one of the thread answered
    about: int | None = None

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
    why = desk.sender_failed
    if plan.cancel or plan.move:
        ids = plan.cancel or ((plan.move[0],) if plan.move else ())
        return Plan("held", Reason.UNAUTHENTICATED_HELD(result=why, reason=plan.reason),
                    reply="confirm_request", workshop=plan.workshop, previous=plan.previous, held=ids,
                    hold="cancel" if plan.cancel else "change", review=True)
    if plan.register or (desk.mine and (plan.awaiting or plan.outcome in ("already", "too_late"))):
        return plan
    if not desk.mine:
        return Plan("ignored", Reason.UNAUTHENTICATED_UNKNOWN(result=why),
                    about=plan.about)
    return Plan("review", Reason.UNAUTHENTICATED(result=why, reason=plan.reason), review=True, about=plan.about)
