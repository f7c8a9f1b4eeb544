"""What staff do: decide messages the bot handed over, keep participant lists, find and erase people.

Every operation takes the staff member's name (``actor``) and the time, changes the store in
the caller's session and writes the audit log; mail goes through the same outbox as the bot's
replies (the worker's outbox job sends it). The web pages (``mailbot.web``) are a thin layer
over these functions.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from .catalogs import N_
from .config import Config
from .decide import ANSWERABLE
from .errors import MailbotError
from .states import ACTIVE, MailState, Move, Question, Status
from .registrations import Person, Registrations, erase
from .replies import greeting_name
from .store import Audit, Message, Outbox, Registration, StaffUser, Store
from .worker import Worker


class StaffError(MailbotError):
    """A staff action that cannot be done as asked (shown to the member of staff). Its text is a
    catalog text (``N_``, German) with the values apart, so the pages word it through the staff
    catalog (``worded``); ``str()`` is the German text filled in."""

    def __init__(self, text: str, **values: object) -> None:
        self.text, self.values = text, values
        super().__init__(self.worded(str))

    def worded(self, gettext: Callable[[str], str]) -> str:
        """The text through ``gettext`` (a catalog's), the values filled in."""
        return gettext(self.text) % self.values if self.values else gettext(self.text)


class StaffDesk:
    def __init__(self, config: Config, store: Store):
        self.config = config
        self.store = store
        # one worker per desk (held changes are applied as the bot would); its registrations
        # service writes the desk's registrations, counts its seats and has its templates
        self.workers = {d.desk: Worker(d, store, verbose=False) for d in config.all_desks}
        self.worker = next(iter(self.workers.values()))

    def desk(self, desk: str | None) -> Registrations:
        """The registrations service of a desk (the first desk for an unknown one)."""
        return self.workers.get(desk or "", self.worker).registrations

    def desk_of(self, workshop: str | None) -> Registrations:
        """The registrations service of the desk that holds ``workshop``."""
        return self.workers[self.config.desk_of(workshop).desk].registrations

    # ------------------------------------------------------------------ helpers
    def _actor(self, name: str) -> str:
        return f"staff:{name}"

    def _status_for(self, s: Session, workshop: str, people: int) -> Status:
        if self.config.event(workshop) is None:
            raise StaffError(N_("unbekannte Veranstaltung %(workshop)s"), workshop=repr(workshop))
        return self.desk_of(workshop).status_for(s, workshop, people)

    def _reply_to_message(self, s: Session, msg: Message, kind: str, now: datetime, dedupe: str,
                          registration: Registration | None = None, body: str | None = None, **kw: Any) -> None:
        reading = msg.reading or {}
        if not ANSWERABLE.match(msg.sender or ""):
            raise StaffError(N_("an diese Absenderadresse kann nicht geantwortet werden"))
        # the registration's desk answers (staff may register a message for another desk's event)
        desk = self.desk(registration.desk if registration is not None else msg.desk)
        reply = desk.composer.compose(
            kind, to=msg.sender, to_name=msg.sender_name, lang=reading.get("language") or "de", now=now,
            reference=registration.reference if registration is not None else None,
            in_reply_to=msg.message_id if not msg.message_id.endswith("@mailbot.invalid>") else "",
            references=reading.get("references") or [], their_subject=msg.subject, body_override=body, **kw)
        desk.queue(s, dedupe, reply, now, msg.id, registration.id if registration is not None else None)

    def _close_review(self, s: Session, msg: Message, state: str, actor: str, now: datetime, what: str) -> None:
        msg.review = state
        self.store.audit(s, now, self._actor(actor), f"review_{what}", "message", msg.id, msg.sender or None)

    def open_message(self, s: Session, msg_id: int) -> Message:
        msg = s.get(Message, msg_id)
        if msg is None:
            raise StaffError(N_("Nachricht nicht gefunden"))
        return msg

    def pending_message(self, s: Session, msg_id: int) -> Message:
        """A message still waiting for staff, locked until the transaction ends: a second click
        (another tab, a colleague) finds it done and changes nothing."""
        msg = s.get(Message, msg_id, with_for_update=True, populate_existing=True)
        if msg is None:
            raise StaffError(N_("Nachricht nicht gefunden"))
        if msg.review != "open":
            raise StaffError(N_("Diese Nachricht wurde schon bearbeitet – es wurde nichts geändert."))
        return msg

    # ------------------------------------------------------------------ review queue
    def register(self, s: Session, msg_id: int, workshop: str, attendees: int, actor: str, now: datetime,
                 again: bool = False) -> Registration:
        """Register the sender of a message for a workshop and send the confirmation (or waiting notice).
        A sender already registered for that workshop is registered a second time only ``again``."""
        msg = self.pending_message(s, msg_id)
        if attendees < 1 or attendees > 500:
            raise StaffError(N_("Anzahl der Personen: 1 bis 500"))
        event = self.config.event(workshop)
        if event is None:
            raise StaffError(N_("Bitte eine Veranstaltung wählen"))
        if not again:
            for known in self.registrations_of(s, msg.sender):
                if known.workshop == workshop:
                    raise StaffError(
                        N_("%(who)s ist schon für %(town)s angemeldet (%(count)s Person(en), %(reference)s). Bitte "
                           "die bestehende Anmeldung ändern – oder „zweite Anmeldung“ ankreuzen, wenn wirklich eine "
                           "weitere gemeint ist."),
                        who=msg.sender, town=event.town, count=known.attendees, reference=known.reference)
        status = self._status_for(s, workshop, attendees)
        reading = msg.reading or {}
        names = tuple(n for n in reading.get("names") or [] if n)
        desk = self.desk_of(workshop)
        person = Person(msg.sender, msg.sender_name or (names[0] if names else ""), names,
                        language=reading.get("language") or "de")
        reg = desk.register(s, person, workshop, attendees, status, now, self._actor(actor),
                            f"registered by {actor} from message #{msg.id}", message=msg.id)
        msg.registration_id = reg.id
        kind = "confirmed" if status == "confirmed" else "waiting"
        self._reply_to_message(s, msg, kind, now, f"staff:{msg.id}:register:{reg.id}", reg, workshop=workshop,
                               attendees=attendees, position=desk.position(s, reg) if status == "waiting" else None)
        self._close_review(s, msg, "done", actor, now, "registered")
        return reg

    def registrations_of(self, s: Session, email: str) -> list[Registration]:
        """The active registrations and open questions of one address, oldest first."""
        if not email:
            return []
        return list(s.scalars(select(Registration).where(
            Registration.email == email.lower(), Registration.status.in_(ACTIVE + ("awaiting",)))
            .order_by(Registration.id)))

    def change_attendees(self, s: Session, reg_id: int, attendees: int, notify: bool, actor: str, now: datetime,
                         message_id: int | None = None, promoted: list | None = None) -> Registration:
        """Change the head-count of a registration: a confirmation naming the new count goes out
        (threaded to ``message_id`` when a mail asked for it, which closes that review). A raise
        beyond the free seats puts the registration on the waiting list; a lower count frees seats."""
        self.store.decide_lock(s)
        msg = self.pending_message(s, message_id) if message_id is not None else None
        reg = self._registration(s, reg_id)
        if attendees < 1 or attendees > 500:
            raise StaffError(N_("Anzahl der Personen: 1 bis 500"))
        if attendees == reg.attendees:
            raise StaffError(N_("Die Anmeldung ist schon für %(count)s Person(en)."), count=attendees)
        old, was = reg.attendees, reg.status
        desk = self.desk(reg.desk)
        desk.recount(s, reg, attendees, now, self._actor(actor), f"head-count {old} → {attendees} by {actor}",
                     action="registration_attendees", workshop=reg.workshop)
        s.flush()
        moved = []
        if attendees < old or reg.status != was:  # seats freed, or a smaller waiting entry may fit now
            moved = desk.promote(s, reg.workshop or "", now, self._actor(actor))
            if promoted is not None:
                promoted.extend(moved)
        kind = "confirmed" if reg.status == "confirmed" else "waiting"
        position = desk.position(s, reg) if reg.status == "waiting" else None
        if msg is not None:
            msg.registration_id = reg.id
            self._reply_to_message(s, msg, "promoted" if reg in moved else kind, now,
                                   f"staff:{msg.id}:attendees:{reg.id}", reg,
                                   workshop=reg.workshop, attendees=attendees, position=position)
            self._close_review(s, msg, "done", actor, now, "changed")
        elif notify and reg.email and reg not in moved:  # (moving up sent its own mail)
            reply = desk.composer.compose(kind, to=reg.email, to_name=reg.name, lang=reg.language, now=now,
                                          reference=reg.reference, workshop=reg.workshop, attendees=attendees,
                                          position=position)
            desk.queue(s, f"staff:attendees:{reg.id}:{len(reg.history)}", reply, now, None, reg.id)
        return reg

    def change_names(self, s: Session, reg_id: int, names: list[str], notify: bool, actor: str, now: datetime,
                     message_id: int | None = None) -> Registration:
        """Change the names of the people a registration is for (one per person; the head-count
        stays): a confirmation naming them goes out when ``notify`` or when a mail asked for it
        (``message_id``: threaded to it, which closes that review)."""
        msg = self.pending_message(s, message_id) if message_id is not None else None
        reg = self._registration(s, reg_id)
        names = [" ".join(n.split())[:300] for n in names if n and n.strip()]
        if len(names) > reg.attendees:
            raise StaffError(N_("Die Anmeldung ist für %(count)s Person(en), aber %(names)s Namen."),
                             count=reg.attendees, names=len(names))
        if names == [n for n in reg.names or [] if n]:
            raise StaffError(N_("Die Namen sind unverändert."))
        desk = self.desk(reg.desk)
        desk.rename(s, reg, names, now, self._actor(actor), f"names changed by {actor}")
        s.flush()
        if msg is not None:
            msg.registration_id = reg.id
            self._reply_to_message(s, msg, "renamed", now, f"staff:{msg.id}:names:{reg.id}", reg,
                                   workshop=reg.workshop, attendees=reg.attendees, names=tuple(names))
            self._close_review(s, msg, "done", actor, now, "renamed")
        elif notify and reg.email:
            reply = desk.composer.compose("renamed", to=reg.email, to_name=reg.name, lang=reg.language, now=now,
                                          reference=reg.reference, workshop=reg.workshop, attendees=reg.attendees,
                                          names=tuple(names))
            desk.queue(s, f"staff:names:{reg.id}:{len(reg.history)}", reply, now, None, reg.id)
        return reg

    def clarification_text(self, s: Session, msg_id: int, now: datetime) -> str:
        msg = self.open_message(s, msg_id)
        reading = msg.reading or {}
        desk = self.desk(msg.desk)
        options = tuple(e.id for e in desk.config.events if e.start > now)
        return desk.composer.text("clarify", reading.get("language") or "de", to_name=msg.sender_name,
                                         options=options, reason="missing")

    def clarify(self, s: Session, msg_id: int, text: str, actor: str, now: datetime) -> Registration:
        """Send the (edited) clarification; the answer "Nummer N" is then read against the open workshops."""
        msg = self.pending_message(s, msg_id)
        if not text.strip():
            raise StaffError(N_("Der Text der Rückfrage ist leer"))
        reading = msg.reading or {}
        desk = self.desk(msg.desk)
        options = [e.id for e in desk.config.events if e.start > now]
        person = Person(msg.sender, msg.sender_name or "", language=reading.get("language") or "de")
        reg = desk.ask(s, person, Question.CLARIFY, options, None, max(reading.get("attendees") or 1, 1), now,
                       self._actor(actor), f"clarification sent by {actor} for message #{msg.id}", message=msg.id)
        self._reply_to_message(s, msg, "clarify", now, f"staff:{msg.id}:clarify:{reg.id}", reg, body=text)
        self._close_review(s, msg, "done", actor, now, "clarified")
        return reg

    def answer(self, s: Session, msg_id: int, text: str, actor: str, now: datetime) -> None:
        msg = self.pending_message(s, msg_id)
        if not text.strip():
            raise StaffError(N_("Die Antwort ist leer"))
        count = s.scalar(select(func.count()).select_from(Outbox).where(Outbox.source_message_id == msg.id)) or 0
        self._reply_to_message(s, msg, "answer", now, f"staff:{msg.id}:answer:{count}", None, body=text)
        self._close_review(s, msg, "done", actor, now, "answered")

    def done(self, s: Session, msg_id: int, actor: str, now: datetime) -> None:
        self._close_review(s, self.pending_message(s, msg_id), "done", actor, now, "done")

    def spam(self, s: Session, msg_id: int, actor: str, now: datetime) -> None:
        self._close_review(s, self.pending_message(s, msg_id), "spam", actor, now, "spam")

    def unspam(self, s: Session, msg_id: int, actor: str, now: datetime) -> None:
        """Take back "spam": the message waits for staff again."""
        msg = s.get(Message, msg_id, with_for_update=True, populate_existing=True)
        if msg is None or msg.review != "spam":
            raise StaffError(N_("Diese Nachricht ist nicht als Spam markiert – es wurde nichts geändert."))
        msg.review = "open"
        self.store.audit(s, now, self._actor(actor), "review_unspam", "message", msg.id, msg.sender or None)

    def settle(self, s: Session, msg_id: int, reg_id: int, actor: str, now: datetime, what: str) -> Message:
        """A message done by a change staff make to one of its sender's registrations (``what``:
        moved, cancelled); the change itself is the caller's, in the same transaction."""
        msg = self.pending_message(s, msg_id)
        if reg_id not in {r.id for r in self.registrations_of(s, msg.sender)}:
            raise StaffError(N_("Diese Anmeldung gehört nicht zum Absender der Nachricht."))
        msg.registration_id = reg_id
        self._close_review(s, msg, "done", actor, now, what)
        return msg

    def _held(self, s: Session, msg_id: int) -> Message:
        msg = self.pending_message(s, msg_id)
        if (msg.held or {}).get("state") != "pending":
            raise StaffError(N_("Zu dieser Nachricht wartet keine Änderung."))
        return msg

    def apply_held(self, s: Session, msg_id: int, actor: str, now: datetime) -> str:
        """Apply the change a message from an unconfirmed sender asked for (staff know it is theirs)."""
        msg = self._held(s, msg_id)
        return self.workers.get(msg.desk, self.worker).apply_held(s, msg, now, self._actor(actor)).outcome

    def drop_held(self, s: Session, msg_id: int, actor: str, now: datetime) -> None:
        """Drop a held change: the registration stays as it is."""
        msg = self._held(s, msg_id)
        self.workers.get(msg.desk, self.worker).settle_held(s, msg, "dropped", self._actor(actor), now)

    def history(self, s: Session, msg_id: int) -> list[Audit]:
        msg = self.open_message(s, msg_id)
        outbox_ids = list(s.scalars(select(Outbox.id).where(Outbox.source_message_id == msg.id)))
        cond = (Audit.entity == "message") & (Audit.entity_id == msg.id)
        if msg.registration_id:
            cond = cond | ((Audit.entity == "registration") & (Audit.entity_id == msg.registration_id))
        if outbox_ids:
            cond = cond | ((Audit.entity == "outbox") & Audit.entity_id.in_(outbox_ids))
        return list(s.scalars(select(Audit).where(cond).order_by(Audit.at, Audit.id)))

    # ------------------------------------------------------------------ participants
    def add_participant(self, s: Session, *, name: str, email: str, phone: str, workshop: str, attendees: int,
                        actor: str, now: datetime, again: bool = False) -> Registration:
        """A registration taken by phone (or at the counter); a confirmation mail when an address is given.
        The same person (address, phone number or name) is entered twice for a workshop only ``again``."""
        name, email, phone = name.strip(), email.strip().lower(), phone.strip()
        if not name:
            raise StaffError(N_("Bitte einen Namen angeben"))
        if email and not ANSWERABLE.match(email):
            raise StaffError(N_("Die E-Mail-Adresse sieht nicht gültig aus"))
        if not (email or phone):
            raise StaffError(N_("Bitte Telefonnummer oder E-Mail-Adresse angeben"))
        if attendees < 1 or attendees > 500:
            raise StaffError(N_("Anzahl der Personen: 1 bis 500"))
        event = self.config.event(workshop)
        if event is None:
            raise StaffError(N_("Bitte eine Veranstaltung wählen"))
        if not again:
            same = self.same_person(s, workshop, name, email, phone)
            if same is not None:
                raise StaffError(
                    N_("%(who)s ist schon für %(town)s eingetragen (%(count)s Person(en), %(reference)s). Für eine "
                       "zweite Anmeldung bitte „trotzdem eintragen“ ankreuzen."),
                    who=same.name or same.email or same.phone, town=event.town, count=same.attendees,
                    reference=same.reference)
        status = self._status_for(s, workshop, attendees)
        desk = self.desk_of(workshop)
        reg = desk.register(s, Person(email, name, phone=phone), workshop, attendees, status, now,
                            self._actor(actor), f"added by {actor}", by_hand=True)
        if email:
            kind = "confirmed" if status == "confirmed" else "waiting"
            reply = desk.composer.compose(kind, to=email, to_name=name, now=now, reference=reg.reference,
                                          workshop=workshop, attendees=attendees,
                                          position=desk.position(s, reg) if status == "waiting" else None)
            desk.queue(s, f"staff:add:{reg.id}", reply, now, None, reg.id)
        return reg

    def same_person(self, s: Session, workshop: str, name: str, email: str, phone: str) -> Registration | None:
        """An active registration for ``workshop`` by the same address, phone number or name."""
        digits = _digits(phone)
        for r in s.scalars(select(Registration).where(Registration.workshop == workshop,
                                                      Registration.status.in_(ACTIVE))):
            if (email and r.email == email.lower()) or (digits and _digits(r.phone) == digits) or \
                    (name and r.name.strip().casefold() == name.strip().casefold()):
                return r
        return None

    def _registration(self, s: Session, reg_id: int) -> Registration:
        reg = s.get(Registration, reg_id)
        if reg is None or reg.status not in ACTIVE:
            raise StaffError(N_("Anmeldung nicht gefunden oder nicht mehr aktiv"))
        return reg

    def cancel(self, s: Session, reg_id: int, notify: bool, actor: str, now: datetime,
               promoted: list | None = None) -> Registration:
        """Cancel a registration; a freed seat goes to the waiting list (added to ``promoted``)."""
        self.store.decide_lock(s)
        reg = self._registration(s, reg_id)
        desk = self.desk(reg.desk)
        freed = desk.cancel(s, reg, now, self._actor(actor), f"cancelled by {actor}", notify=notify)
        if notify and reg.email:
            reply = desk.composer.compose("cancelled", to=reg.email, to_name=reg.name, lang=reg.language,
                                          now=now, reference=reg.reference, workshop=reg.workshop,
                                          options=tuple(e.id for e in desk.config.events if e.start > now))
            desk.queue(s, f"staff:cancel:{reg.id}:{len(reg.history)}", reply, now, None, reg.id)
        s.flush()
        if freed:
            moved = desk.promote(s, freed, now, self._actor(actor))
            if promoted is not None:
                promoted.extend(moved)
        return reg

    def undo_cancel(self, s: Session, reg_id: int, actor: str, now: datetime) -> Undone:
        """Take back a cancellation this member of staff just made: the registration gets its seat
        (or its place on the waiting list) back, whoever moved up into the seat goes back to the
        waiting list, and the mails of the cancellation that have not left yet are withdrawn. No
        mail is sent. Refused once a mail about moving up has left or the seat is taken otherwise."""
        self.store.decide_lock(s)
        reg = s.get(Registration, reg_id, with_for_update=True, populate_existing=True)
        history = (reg.history or []) if reg is not None else []
        last = history[-1] if history else {}
        if reg is None or reg.status != Status.CANCELLED or last.get("by") != self._actor(actor) or \
                not str(last.get("change", "")).startswith("cancelled by") or len(history) < 2:
            raise StaffError(N_("Rückgängig geht nur für eine eigene Absage, die noch besteht."))
        desk = self.desk(reg.desk)
        moved = [r for r in s.scalars(select(Registration).where(
            Registration.desk == reg.desk, Registration.workshop == reg.workshop,
            Registration.status == Status.CONFIRMED).with_for_update())
            if (r.history or [{}])[-1].get("at") == last["at"] and (r.history or [{}])[-1].get("by") == last["by"]
            and r.id != reg.id]
        for r in moved:
            if _mail_left(s, f"promoted:{r.id}:{len(r.history)}", withdraw=False):
                raise StaffError(N_("%(who)s ist schon per Mail benachrichtigt, nachgerückt zu sein – Rückgängig geht "
                                    "nicht mehr. Bitte die Anmeldung neu eintragen."), who=r.name or r.email)
        by = self._actor(actor)
        for r in moved:
            _mail_left(s, f"promoted:{r.id}:{len(r.history)}", withdraw=True, store=self.store, now=now, by=by)
            desk.restore(s, r, Move.UNDO_PROMOTE, now, by, f"back to the waiting list: {actor} took back a "
                         "cancellation", waiting_since=_became(r, Status.WAITING))
        told = _mail_left(s, f"staff:cancel:{reg.id}:{len(history)}", withdraw=True, store=self.store, now=now, by=by)
        before = history[-2].get("status")
        if before == Status.CONFIRMED:
            s.flush()
            event = self.config.event(reg.workshop)
            if event is not None and event.capacity and desk.seats(s, event.id)[0] + reg.attendees > event.capacity:
                raise StaffError(N_("Der Platz ist inzwischen vergeben – Rückgängig geht nicht mehr."))
            desk.restore(s, reg, Move.UNDO_CANCEL, now, by, f"cancellation taken back by {actor}")
        else:
            desk.restore(s, reg, Move.UNDO_CANCEL_WAITING, now, by, f"cancellation taken back by {actor}",
                         waiting_since=_became(reg, Status.WAITING))
        return Undone(reg, moved, told)

    def move(self, s: Session, reg_id: int, workshop: str, notify: bool, actor: str, now: datetime,
             promoted: list | None = None) -> Registration:
        reg = self._registration(s, reg_id)
        if workshop == reg.workshop:
            raise StaffError(N_("Die Anmeldung ist schon für diese Veranstaltung"))
        desk = self.desk(reg.desk)
        if desk.config.event(workshop) is None:
            raise StaffError(N_("Eine Anmeldung kann nur zu einer Veranstaltung derselben Reihe verschoben werden"))
        old = reg.workshop
        status, freed = desk.move(s, reg, workshop, now, self._actor(actor),
                                  f"moved from {old} to {workshop} by {actor}", notify=notify)
        if notify and reg.email:
            kind = "changed" if status == "confirmed" else "waiting"
            reply = desk.composer.compose(kind, to=reg.email, to_name=reg.name, lang=reg.language, now=now,
                                          reference=reg.reference, workshop=workshop, previous=old,
                                          attendees=reg.attendees)
            desk.queue(s, f"staff:move:{reg.id}:{len(reg.history)}", reply, now, None, reg.id)
        s.flush()
        if freed:
            moved = desk.promote(s, freed, now, self._actor(actor))
            if promoted is not None:
                promoted.extend(moved)
        return reg

    # ------------------------------------------------------------------ mail
    def audience(self, s: Session, workshop: str, status: str) -> list[Registration]:
        """Who a mail to a workshop's participants (``confirmed``) or waiting list reaches."""
        if status not in ("confirmed", "waiting"):
            raise StaffError(N_("Bitte „Angemeldete“ oder „Warteliste“ wählen"))
        return list(s.scalars(select(Registration).where(
            Registration.workshop == workshop, Registration.status == status)
            .order_by(Registration.waiting_since, Registration.created_at, Registration.id)))

    def bulk_mail(self, s: Session, workshop: str, status: str, subject: str, text: str, actor: str,
                  now: datetime) -> tuple[int, list[Registration]]:
        """Queue one mail per registration with an address (greeting by name, then ``text``);
        returns how many were queued and those without an address (to be called). The same mail
        sent twice (a second click) is queued once."""
        event = self.config.event(workshop)
        if event is None:
            raise StaffError(N_("unbekannte Veranstaltung"))
        subject, text = subject.strip(), text.replace("\r\n", "\n").strip()
        if not subject or not text:
            raise StaffError(N_("Bitte Betreff und Text ausfüllen"))
        batch = hashlib.sha256(f"{workshop}\0{status}\0{subject}\0{text}".encode()).hexdigest()[:16]
        desk = self.desk_of(workshop)
        sent, unreachable = 0, []
        for reg in self.audience(s, workshop, status):
            if not reg.email:
                unreachable.append(reg)
                continue
            if s.scalar(select(Outbox.id).where(Outbox.dedupe == f"bulk:{batch}:{reg.id}")):
                continue  # this very mail is already queued (a second click)
            name = greeting_name(reg.name)
            body = f"Guten Tag {name},\n\n{text}" if name else f"Guten Tag,\n\n{text}"
            reply = desk.composer.compose("bulk", to=reg.email, to_name=reg.name, now=now, reference=reg.reference,
                                          body_override=body, subject_override=subject)
            desk.queue(s, f"bulk:{batch}:{reg.id}", reply, now, None, reg.id)
            sent += 1
        self.store.audit(s, now, self._actor(actor), "bulk_mail", "workshop", None, None, workshop=workshop,
                         audience=status, subject=subject, mails=sent, without_address=len(unreachable))
        return sent, unreachable

    def retry(self, s: Session, outbox_id: int, actor: str, now: datetime) -> None:
        row = s.get(Outbox, outbox_id)
        if row is None or row.state not in ("failed", "retry"):
            raise StaffError(N_("Nur fehlgeschlagene Mails können erneut gesendet werden"))
        row.state, row.next_attempt_at, row.attempts = "queued", now, 0
        self.store.audit(s, now, self._actor(actor), "mail_retry", "outbox", row.id, row.to_addr or None)

    # ------------------------------------------------------------------ people
    def search(self, s: Session, query: str) -> tuple[list[Registration], list[Message]]:
        q = f"%{query.strip().lower()}%"
        if len(query.strip()) < 2:
            return [], []
        regs = list(s.scalars(select(Registration).where(or_(
            func.lower(Registration.email).like(q), func.lower(Registration.name).like(q),
            func.lower(Registration.phone).like(q))).order_by(Registration.created_at.desc()).limit(200)))
        # companions: the names are a JSON list (escaped non-ASCII in the database), compared here
        wanted = query.strip().casefold()
        found = {r.id for r in regs}
        regs += [r for r in s.scalars(select(Registration).where(
            func.length(cast(Registration.names, String)) > 2).order_by(Registration.created_at.desc()))
            if r.id not in found and any(wanted in (n or "").casefold() for n in r.names or [])][:200]
        msgs = list(s.scalars(select(Message).where(or_(
            func.lower(Message.sender).like(q), func.lower(Message.sender_name).like(q)))
            .order_by(Message.id.desc()).limit(200)))
        return regs, msgs

    def person_data(self, s: Session, email: str, actor: str, now: datetime) -> bytes:
        """Everything stored about one address (GDPR Art. 15), as JSON."""
        email = email.strip().lower()
        regs = s.scalars(select(Registration).where(Registration.email == email)).all()
        msgs = s.scalars(select(Message).where(Message.sender == email)).all()
        mails = s.scalars(select(Outbox).where(Outbox.to_addr == email)).all()
        tz = self.config.office.timezone
        data = {
            "email": email, "exported_at": now.astimezone(tz).isoformat(), "office": self.config.office.name,
            "registrations": [{"reference": r.reference, "workshop": r.workshop, "status": r.status,
                               "name": r.name, "names": r.names, "phone": r.phone, "attendees": r.attendees,
                               "registered_at": r.created_at.astimezone(tz).isoformat(), "history": r.history}
                              for r in regs],
            "messages_received": [{"received_at": m.fetched_at.astimezone(tz).isoformat(), "subject": m.subject,
                                   "text": (m.reading or {}).get("new_text", ""), "outcome": m.outcome}
                                  for m in msgs],
            "mails_sent": [{"created_at": o.created_at.astimezone(tz).isoformat(), "subject": o.subject,
                            "state": o.state, "kind": o.kind} for o in mails],
        }
        self.store.audit(s, now, self._actor(actor), "personal_data_exported", "person", None, email)
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")

    def erase(self, s: Session, email: str, actor: str, now: datetime, promoted: list | None = None) -> int:
        """Erase a person's data (GDPR Art. 17). Their registrations for workshops still ahead are
        cancelled first (no mail): the seats go to the waiting list, nameless rows do not stay."""
        email = email.strip().lower()
        if not email:
            raise StaffError(N_("Keine Adresse angegeben"))
        self.store.decide_lock(s)
        for reg in self.registrations_of(s, email):
            event = self.config.event(reg.workshop)
            if reg.status == "awaiting":
                self.desk(reg.desk).close(s, reg, now, self._actor(actor), f"closed before erasure by {actor}")
            elif event is not None and event.start > now:
                self.cancel(s, reg.id, False, actor, now, promoted)
        s.flush()
        return erase(s, self.store, now, email, self._actor(actor), "erased by staff (GDPR Art. 17)")


@dataclass
class Undone:
    """A cancellation taken back: the registration, who went back to the waiting list, and
    whether the cancellation's mail had already left (then staff must tell the person)."""

    registration: Registration
    back_to_waiting: list[Registration]
    cancel_mail_left: bool


def _mail_left(s: Session, dedupe: str, withdraw: bool, store: Store | None = None, now: datetime | None = None,
               by: str = "") -> bool:
    """Whether the mail queued under ``dedupe`` has left (or is leaving); one that has not is
    removed from the outbox when ``withdraw`` (with an audit entry)."""
    row = s.scalar(select(Outbox).where(Outbox.dedupe == dedupe).with_for_update())
    if row is None:
        return False
    if row.state in (MailState.SENDING, MailState.SENT):
        return True
    if withdraw and store is not None and now is not None:
        store.audit(s, now, by, "mail_withdrawn", "outbox", row.id, row.to_addr or None, dedupe=dedupe)
        s.delete(row)
    return False


def _became(r: Registration, status: str) -> datetime | None:
    """When the registration last entered ``status`` (from its history)."""
    times = [h["at"] for h in r.history or [] if h.get("status") == status and h.get("at")]
    return datetime.fromisoformat(times[-1]) if times else None


def _digits(phone: str) -> str:
    return "".join(c for c in phone or "" if c.isdigit())


# ---------------------------------------------------------------------- accounts
def new_session_version() -> int:
    """Random, not counted up: someone who forges cookies with the signing key from a stolen
    backup cannot guess the version that a new password or a logout sets."""
    import secrets

    return secrets.randbelow(2**31 - 2) + 2


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def check_password(stored: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return PasswordHasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def add_user(store: Store, name: str, password: str, now: datetime) -> StaffUser:
    name = name.strip()
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise StaffError("user name: 1 to 100 characters without spaces")
    if len(password) < 10:
        raise StaffError("password: at least 10 characters")
    hashed = hash_password(password)  # slow on purpose: before the write transaction
    with store.writer() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.name == name))
        if user is None:
            user = StaffUser(name=name, password_hash=hashed, created_at=now, failed_logins=0,
                             session_version=new_session_version())
            s.add(user)
            action = "staff_user_added"
        else:
            user.password_hash, user.failed_logins, user.locked_until = hashed, 0, None
            user.session_version = new_session_version()  # a new password ends the account's sessions
            action = "staff_password_set"
        s.flush()
        store.audit(s, now, "cli", action, "staff_user", user.id, None, name=name)
        s.commit()
        return user


def remove_user(store: Store, name: str, now: datetime) -> None:
    """Delete a staff account; its sessions end with it (the pages check the account on every request)."""
    with store.writer() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.name == name.strip()))
        if user is None:
            raise StaffError(f"no staff account {name!r}")
        store.audit(s, now, "cli", "staff_user_removed", "staff_user", user.id, None, name=user.name)
        s.delete(user)
        s.commit()
