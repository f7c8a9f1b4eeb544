"""Changes held because the sender failed authentication: the registered address is asked to
confirm; its answer (or staff) applies or drops them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..decide import Plan
from ..store import Message, Outbox, Registration
from ..understand.result import Reading
from .common import Base


class Held(Base):
    def _proves_mailbox(self, s: Session, reading: Reading, sender: str) -> bool:
        """The message answers one of our mails to this address (our Message-ID, which only that
        mailbox has seen, in In-Reply-To or References): whoever wrote it reads that mailbox."""
        ids = [i for i in [reading.in_reply_to, *reading.references] if i]
        return bool(ids and sender and s.scalar(select(Outbox.id).where(
            Outbox.message_id.in_(ids), Outbox.to_addr == sender).limit(1)))

    def _held_answered(self, s: Session, reading: Reading, sender: str) -> Message | None:
        """The message with a held change that this message answers: a reply from the registered
        address to our request to confirm it, while the change still waits."""
        ids = [i for i in [reading.in_reply_to, *reading.references] if i]
        if not ids or not sender:
            return None
        held_id = s.scalar(select(Outbox.source_message_id).where(
            Outbox.message_id.in_(ids), Outbox.kind == "confirm_request", Outbox.to_addr == sender,
            Outbox.desk == self.desk).order_by(Outbox.id.desc()).limit(1))
        held = s.get(Message, held_id) if held_id else None
        return held if held is not None and (held.held or {}).get("state") == "pending" else None

    def _hold(self, s: Session, msg: Message, plan: Plan, now: datetime) -> Registration | None:
        """Keep a change from an unauthenticated sender pending and ask the registered address,
        once per registration while a request is pending, to confirm it by answering."""
        regs = [r for r in (s.get(Registration, i) for i in plan.held) if r is not None]
        reg = regs[0] if regs else None
        pending = s.scalar(select(Outbox.id).join(Message, Outbox.source_message_id == Message.id).where(
            Outbox.kind == "confirm_request", Outbox.registration_id.in_(plan.held),
            Message.outcome == "held", Message.review == "open").limit(1))
        request = None
        if reg is not None and reg.email and pending is None:
            reply = self.composer.compose(
                "confirm_request", to=reg.email, to_name=reg.name, lang=reg.language or "de", now=now,
                reference=reg.reference, workshop=plan.workshop or reg.workshop, previous=plan.previous,
                reason=plan.hold, attendees=reg.attendees)
            self.registrations.queue(s, f"confirm:{msg.id}", reply, now, msg.id, reg.id)
            request = reply.message_id
        elif pending is not None:
            plan.reason += "; a request to confirm is already pending"
        msg.held = {"state": "pending", "what": plan.hold, "registrations": list(plan.held), "request": request}
        self.store.audit(s, now, "bot", "change_held", "message", msg.id, reg.email if reg else None,
                         what=plan.hold, registrations=list(plan.held))
        return reg

    def settle_held(self, s: Session, held: Message, state: str, actor: str, now: datetime,
                     outcome: str | None = None, by_message: int | None = None) -> None:
        """Close a held change (``applied`` or ``dropped``); an applied one settles the other
        pending requests for the same registrations with it."""
        held.held = {**(held.held or {}), "state": state, "outcome": outcome, "by": actor, "message": by_message}
        if held.review == "open":
            held.review = "done"
        self.store.audit(s, now, actor, f"held_{state}", "message", held.id, held.sender or None,
                         outcome=outcome, message=by_message)
        if state != "applied":
            return
        regs = set(held.held.get("registrations") or ())
        for other in s.scalars(select(Message).where(Message.desk == held.desk, Message.sender == held.sender,
                                                     Message.outcome == "held", Message.id != held.id)):
            if other.held is not None and other.held.get("state") == "pending" and regs & set(other.held.get("registrations") or ()):
                self.settle_held(s, other, "applied", actor, now, outcome, by_message)


def _held_reading(held: Message, answer: Reading | None = None) -> Reading:
    """The stored reading of a message with a held change; with ``answer``, threaded as the answer
    (replies go to the owner's confirming mail)."""
    data = {k: v for k, v in (held.reading or {}).items() if k in Reading.__dataclass_fields__}
    reading = Reading(**{"intent": "other", "action": "review", **data})
    if answer is not None:
        reading = replace(reading, message_id=answer.message_id, in_reply_to=answer.in_reply_to,
                          references=list(answer.references), subject=answer.subject)
    return reading
