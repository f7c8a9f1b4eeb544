"""The registrations service: the one place that writes registrations.

The worker (a decided ``Plan``), the staff pages (``staff.StaffDesk``) and the command line
(``forget``) change registrations only through it. One ``Registrations`` serves one desk: its
events, its reference prefix, its templates (for the mail a promotion sends) and its outbox.

Every write records the state change in the registration's history (only a move of
``states.TRANSITIONS`` is allowed, see ``change_status``) and an audit entry naming who did it.
Seats are counted per desk and workshop. A write that frees seats says so (``Applied.freed``,
or the workshop it returns); the caller then calls ``promote`` — after queueing its own reply,
so the reply describes the registration as the change left it.

Reading: ``taken``, ``waiting``, ``seats``, ``position``, ``status_for``, ``concerning``.
Writing: ``apply`` (a plan), ``register``, ``ask``, ``close``, ``cancel``, ``move``, ``recount``,
``rename``, ``promote``, ``queue`` (a mail about a registration) and ``erase`` (module level:
erasure covers messages and mails too, of one desk or all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .config import Config
from .decide import Plan
from .outbox import queue_mail
from .replies import Composer, Reply, new_reference
from .states import ACTIVE, Status, check_step
from .store import Audit, Message, Outbox, Registration, Store

T = TypeVar("T")


@dataclass(frozen=True)
class Person:
    """Who a registration is for: the address that registered, the name it gave, the people named."""

    email: str = ""
    name: str = ""
    names: tuple[str, ...] = ()
    phone: str = ""
    language: str = "de"


@dataclass
class Applied:
    """What applying a plan did: the registration the reply is about, and the workshops where
    seats were freed (``Registrations.promote_freed`` fills them after the reply is queued)."""

    registration: Registration | None = None
    freed: set[str] = field(default_factory=set)


def change_status(r: Registration, now: datetime, status: str, what: str, by: str = "bot") -> None:
    """Record a state change in the registration's history; one that no move of
    states.TRANSITIONS makes raises BadMove."""
    r.status = check_step(r.status, status).value
    r.updated_at = now
    r.history = [*(r.history or []), {"at": now.isoformat(), "by": by, "status": status, "change": what}]


def unused_reference(s: Session, prefix: str) -> str:
    """A new random reference no registration has yet (6 characters: collisions become likely
    at tens of thousands of registrations; the unique key still guards against a race)."""
    while True:
        ref = new_reference(prefix)
        if s.scalar(select(Registration.id).where(Registration.reference == ref)) is None:
            return ref


class Registrations:
    """The registrations of one desk (``config.desk``)."""

    def __init__(self, config: Config, store: Store, composer: Composer | None = None,
                 on_queue: Callable[[Reply], None] | None = None):
        self.config = config
        self.desk = config.desk
        self.store = store
        self.composer = composer or Composer(config)
        self.on_queue = on_queue  # told of every mail queued (the worker's dry run prints them)
        # seats are counted only where they are limited (capacity 0: always room)
        self._limited = tuple(e.id for e in config.events if e.capacity)

    # ------------------------------------------------------------------ seats
    def taken(self, s: Session, only: tuple[str, ...] | None = None) -> dict[str, int]:
        """Confirmed people per workshop of this desk, of the workshops with limited seats (or of
        ``only``): a workshop without a capacity always has room, and counting it would scan all
        its registrations for every message."""
        only = self._limited if only is None else only
        if not only:
            return {}
        rows = s.execute(select(Registration.workshop, func.sum(Registration.attendees))
                         .where(Registration.desk == self.desk, Registration.status == Status.CONFIRMED,
                                Registration.workshop.in_(only))
                         .group_by(Registration.workshop))
        return {w: int(n or 0) for w, n in rows if w is not None}

    def waiting(self, s: Session, only: tuple[str, ...] | None = None) -> dict[str, int]:
        """Waiting-list entries per workshop of this desk, of the workshops with limited seats (or of ``only``)."""
        only = self._limited if only is None else only
        if not only:
            return {}
        rows = s.execute(select(Registration.workshop, func.count())
                         .where(Registration.desk == self.desk, Registration.status == Status.WAITING,
                                Registration.workshop.in_(only))
                         .group_by(Registration.workshop))
        return {w: int(n) for w, n in rows if w is not None}

    def seats(self, s: Session, workshop: str) -> tuple[int, int]:
        """Confirmed people and waiting-list entries of one workshop of this desk."""
        return self.taken(s, (workshop,)).get(workshop, 0), self.waiting(s, (workshop,)).get(workshop, 0)

    def position(self, s: Session, reg: Registration) -> int:
        """Place of a waiting registration on its workshop's waiting list (1 = next to move up)."""
        return s.scalar(select(func.count()).select_from(Registration).where(
            Registration.desk == self.desk, Registration.workshop == reg.workshop,
            Registration.status == Status.WAITING, Registration.waiting_since <= reg.waiting_since)) or 1

    def status_for(self, s: Session, workshop: str, people: int) -> Status:
        """Confirmed or waiting for ``people`` more in ``workshop`` (a full workshop, or one with a
        waiting list, puts them on it). Takes the decision lock: seats are counted and taken under
        the same lock everywhere."""
        self.store.decide_lock(s)
        event = self.config.event(workshop)
        if event is None or event.capacity == 0:
            return Status.CONFIRMED
        taken, waiting = self.seats(s, workshop)
        return Status.CONFIRMED if not waiting and taken + people <= event.capacity else Status.WAITING

    def recount_status(self, s: Session, reg: Registration, people: int) -> Status:
        """The state a registration has with ``people`` instead of its head-count: a confirmed
        raise beyond the free seats goes to the waiting list, anything else keeps its state."""
        event = self.config.event(reg.workshop)
        if reg.status != Status.CONFIRMED or people <= reg.attendees or event is None or not event.capacity:
            return Status(reg.status)
        taken, _ = self.seats(s, reg.workshop or "")
        return Status.WAITING if taken - reg.attendees + people > event.capacity else Status.CONFIRMED

    def active(self, s: Session, email: str, awaiting: bool = True) -> list[Registration]:
        """The active registrations (and, with ``awaiting``, open questions) of one address at this desk."""
        if not email:
            return []
        states = (*ACTIVE, Status.AWAITING) if awaiting else ACTIVE
        return list(s.scalars(select(Registration).where(
            Registration.email == email.lower(), Registration.desk == self.desk, Registration.status.in_(states))
            .order_by(Registration.id)))

    # ------------------------------------------------------------------ single changes
    def register(self, s: Session, person: Person, workshop: str, people: int, status: str, now: datetime,
                 by: str, what: str, reuse: Registration | None = None, **detail: Any) -> Registration:
        """A registration for ``workshop`` (or ``reuse``, an open question it answers), audited as
        ``registration_<status>``."""
        r = reuse
        if r is None:
            r = Registration(desk=self.desk, reference=unused_reference(s, self.config.replies.reference_prefix),
                             email=person.email, created_at=now, updated_at=now, history=[], names=[], offered=[],
                             phone=person.phone)
            s.add(r)
        r.name, r.names = person.name, list(person.names)
        r.workshop, r.attendees, r.language = workshop, people, person.language or "de"
        r.pending, r.offered, r.target = None, [], None
        r.waiting_since = now if status == Status.WAITING else None
        change_status(r, now, status, what, by)
        s.flush()
        self.store.audit(s, now, by, f"registration_{status}", "registration", r.id, r.email or None,
                         workshop=workshop, attendees=people, **detail)
        return r

    def ask(self, s: Session, person: Person, question: str, offered: Sequence[str], target: str | None,
            people: int, now: datetime, by: str, what: str, again: Registration | None = None,
            **detail: Any) -> Registration:
        """An open question (``awaiting``): a new one, or ``again`` asked once more."""
        r = again
        if r is None:
            r = Registration(desk=self.desk, reference=unused_reference(s, self.config.replies.reference_prefix),
                             email=person.email, name=person.name, names=list(person.names), workshop=None,
                             status=Status.AWAITING, language=person.language or "de", created_at=now,
                             updated_at=now, history=[])
            s.add(r)
        r.attendees, r.pending, r.offered, r.target = people, question, list(offered), target
        change_status(r, now, Status.AWAITING, what, by)
        s.flush()
        self.store.audit(s, now, by, "registration_awaiting", "registration", r.id, r.email or None, **detail)
        return r

    def close(self, s: Session, r: Registration, now: datetime, by: str, what: str, **detail: Any) -> None:
        """Close an open question settled otherwise."""
        change_status(r, now, Status.CLOSED, what, by)
        self.store.audit(s, now, by, "registration_closed", "registration", r.id, r.email or None, **detail)

    def cancel(self, s: Session, r: Registration, now: datetime, by: str, what: str,
               **detail: Any) -> str | None:
        """Cancel a registration; returns the workshop where seats were freed (to ``promote``)."""
        freed = r.workshop if r.status == Status.CONFIRMED else None
        change_status(r, now, Status.CANCELLED, what, by)
        self.store.audit(s, now, by, "registration_cancelled", "registration", r.id, r.email or None,
                         workshop=r.workshop, **detail)
        return freed

    def move(self, s: Session, r: Registration, workshop: str, now: datetime, by: str, what: str,
             status: str | None = None, **detail: Any) -> tuple[Status, str | None]:
        """Move a registration to another workshop, with the state ``status`` decided for it, or
        (None) the state the seats there give it, counted without this registration. Returns the
        new state and the workshop where seats were freed."""
        old, was = r.workshop, r.status
        if status is None:
            check_step(r.status, Status.MOVING)
            r.status = Status.MOVING  # not counted while the new place is worked out
            s.flush()
            status = self.status_for(s, workshop, r.attendees)
        r.workshop = workshop
        r.waiting_since = now if status == Status.WAITING else None
        change_status(r, now, status, what, by)
        self.store.audit(s, now, by, "registration_moved", "registration", r.id, r.email or None,
                         old=old, new=workshop, status=status, **detail)
        return Status(status), old if was == Status.CONFIRMED else None

    def recount(self, s: Session, r: Registration, people: int, now: datetime, by: str, what: str,
                status: str | None = None, action: str = "registration_recounted", **detail: Any) -> str | None:
        """Another head-count, with the state ``status`` decided for it or (None) ``recount_status``.
        Returns the workshop where seats may have been freed (fewer people, or off to the waiting list)."""
        if status is None:
            status = self.recount_status(s, r, people)
        freed = r.workshop if r.status == Status.CONFIRMED and (people < r.attendees or status == Status.WAITING) \
            else None
        if status == Status.WAITING and r.status != Status.WAITING:
            r.waiting_since = now
        old, r.attendees = r.attendees, people
        change_status(r, now, status, what, by)
        self.store.audit(s, now, by, action, "registration", r.id, r.email or None,
                         old=old, new=people, status=status, **detail)
        return freed

    def rename(self, s: Session, r: Registration, names: Sequence[str], now: datetime, by: str, what: str,
               name: str | None = None, **detail: Any) -> None:
        """Change the names of the people a registration is for (``name``: the registering person's)."""
        old = [r.name, *r.names]
        if name is not None:
            r.name = name
        r.names = [n for n in names if n]
        change_status(r, now, r.status, what, by)
        self.store.audit(s, now, by, "registration_renamed", "registration", r.id, r.email or None,
                         old=old, new=[r.name, *r.names], **detail)

    def promote(self, s: Session, workshop: str, now: datetime, by: str = "bot") -> list[Registration]:
        """Fill seats freed in ``workshop`` from its waiting list, first come first served; each
        one who moves up gets a mail (when there is an address)."""
        event = self.config.event(workshop)
        if event is None or event.start <= now:
            return []
        promoted = []
        while True:
            first = s.scalar(select(Registration).where(Registration.desk == self.desk,
                                                        Registration.workshop == workshop,
                                                        Registration.status == Status.WAITING)
                             .order_by(Registration.waiting_since, Registration.id).limit(1))
            if first is None:
                break
            taken = self.taken(s, (workshop,)).get(workshop, 0)
            if event.capacity and taken + first.attendees > event.capacity:
                break
            first.waiting_since = None
            change_status(first, now, Status.CONFIRMED, "promoted from the waiting list", by)
            s.flush()
            self.store.audit(s, now, by, "registration_promoted", "registration", first.id, first.email,
                             workshop=workshop)
            if first.email:
                reply = self.composer.compose("promoted", to=first.email, to_name=first.name, lang=first.language,
                                              now=now, reference=first.reference, workshop=workshop,
                                              attendees=first.attendees)
                self.queue(s, f"promoted:{first.id}:{len(first.history)}", reply, now, None, first.id)
            promoted.append(first)
        return promoted

    def promote_freed(self, s: Session, applied: Applied, now: datetime, by: str = "bot") -> list[Registration]:
        return [r for wid in sorted(applied.freed) for r in self.promote(s, wid, now, by)]

    def queue(self, s: Session, dedupe: str, reply: Reply, now: datetime, message_id: int | None,
              registration_id: int | None) -> None:
        """Queue a mail of this desk (see ``outbox.queue_mail``)."""
        if queue_mail(s, self.store, self.desk, dedupe, reply, now, message_id, registration_id) and self.on_queue:
            self.on_queue(reply)

    # ------------------------------------------------------------------ a decided plan
    def apply(self, s: Session, plan: Plan, person: Person, now: datetime, message_id: int) -> Applied:
        """Carry out the registration changes of a plan decided for a message from ``person``
        (``decide`` chose them, and the registration the plan is about when it changes none).
        Promotion is left to the caller."""
        done = Applied()
        by, mail = "bot", f"mail #{message_id}"

        def get(rid: int | None) -> Registration | None:
            return s.get(Registration, rid) if rid else None

        for r in _present(get(rid) for rid in plan.close):
            if r.status == Status.AWAITING:
                self.close(s, r, now, by, "answered otherwise", message=message_id)
        for r in _present(get(rid) for rid in plan.cancel):
            if r.status in ACTIVE:
                freed = self.cancel(s, r, now, by, f"cancelled by {mail}", message=message_id)
                done.freed |= {freed} if freed else set()
                done.registration = r
        if plan.move:
            rid, wid, status = plan.move
            r = _required(get(rid))
            _, freed = self.move(s, r, wid, now, by, f"moved from {r.workshop} to {wid} by {mail}", status,
                                 message=message_id)
            done.freed |= {freed} if freed else set()
            done.registration = r
        if plan.recount:
            rid, people, status = plan.recount
            r = _required(get(rid))
            freed = self.recount(s, r, people, now, by, f"{r.attendees} → {people} people by {mail}", status,
                                 message=message_id)
            done.freed |= {freed} if freed else set()
            done.registration = r
        if plan.rename:
            rid, names = plan.rename
            r = _required(get(rid))
            self.rename(s, r, names, now, by, f"names changed by {mail}", message=message_id)
            done.registration = r
        if plan.register:
            wid, people, status = plan.register
            named = Person(person.email, person.name or (person.names[0] if person.names else ""), person.names,
                           language=person.language)
            done.registration = self.register(s, named, wid, people, status, now, by,
                                              f"registered for {wid} ({people}) by {mail}", get(plan.reuse),
                                              message=message_id)
        if plan.awaiting:
            a = plan.awaiting
            done.registration = self.ask(s, person, a["pending"], a["offered"], a["target"], a["attendees"], now, by,
                                         f"asked {'again' if plan.again else 'back'} ({a['pending']}) on {mail}",
                                         get(plan.again), message=message_id)
        if done.registration is None:
            done.registration = get(plan.about)
        s.flush()
        return done


def _present(items: Iterable[T | None]) -> Iterator[T]:
    return (i for i in items if i is not None)


def _required(r: Registration | None) -> Registration:
    if r is None:
        raise LookupError("the plan names a registration that does not exist")
    return r


def erase(s: Session, store: Store, now: datetime, email: str | None, actor: str, why: str,
          desk: str | None = None) -> int:
    """Erase personal data: of one address (``forget``), or of everyone (retention), at all desks
    or at one. Counts and states stay; raw mail, names, addresses and readings go."""
    # addresses are stored in lower case
    cond_msg = Message.sender == email.lower() if email else Message.sender != ""
    cond_reg = Registration.email == email.lower() if email else Registration.email != ""
    cond_out = Outbox.to_addr == email.lower() if email else Outbox.to_addr != ""
    if desk is not None:
        cond_msg, cond_reg, cond_out = cond_msg & (Message.desk == desk), cond_reg & (Registration.desk == desk), \
            cond_out & (Outbox.desk == desk)
    n = 0
    erased: set[str] = set()
    for m in s.scalars(select(Message).where(cond_msg)):
        erased.add(m.sender)
        m.raw, m.sender, m.sender_name, m.subject, m.reading = b"", "", "", "", None
        m.reason = ""
        n += 1
    for r in s.scalars(select(Registration).where(cond_reg)):
        erased.add(r.email)
        r.email, r.name, r.names, r.phone = "", "", [], ""
        r.history = [{"at": h.get("at"), "by": h.get("by"), "change": h.get("status")} for h in r.history]
        n += 1
    for o in s.scalars(select(Outbox).where(cond_out)):
        erased.add(o.to_addr)
        o.to_addr, o.subject, o.raw = "", "", b""
        n += 1
    if email:
        s.execute(update(Audit).where(Audit.email == email.lower()).values(email=None))
    elif desk is None:
        s.execute(update(Audit).where(Audit.email.is_not(None)).values(email=None))
    else:  # the audit log has no desk: the addresses erased at this desk lose their entries' address
        addresses = sorted(erased - {""})
        for i in range(0, len(addresses), 500):
            s.execute(update(Audit).where(Audit.email.in_(addresses[i:i + 500])).values(email=None))
    store.audit(s, now, actor, "personal_data_erased", "person", None, None, why=why, records=n, desk=desk)
    return n
