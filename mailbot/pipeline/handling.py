"""Step 2, handle: every stored, undecided message is read (``understand``), decided (``decide``)
and carried out (the registrations service, the reply in the outbox, the audit entries) in one
transaction per batch; one bad message goes to staff, never stops the batch."""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, defer

from ..decide import Desk, Plan, RegView, decide, hold_unverified
from ..reasons import Reason
from ..registrations import Person
from ..states import ACTIVE, MessageState, Question, Status
from ..store import Message, Outbox, Registration
from ..understand.answers import answers_our_mail, read_answer
from ..understand.courtesy import refuses
from ..understand.limits import Budget
from ..understand.result import Reading
from ..understand.reading import understand
from ..understand.renaming import read_renaming
from ..understand.sender_auth import sender_auth
from .common import BATCH_BYTES, Summary
from .filing import Filing
from .held import Held, _held_reading

log = logging.getLogger("mailbot.worker")
BATCH = 100  # messages claimed, read and decided per transaction
FIRST_BATCH = 8  # … the first batches of a pass smaller (8, 16, 32, …): a pass cut short early, by a
# crash or a stop, has already committed some decisions instead of losing a whole batch of reading
# read once before the first message: loading the lexicons and the language model is nobody's budget
WARM_UP = (b"From: warm-up@mailbot.invalid\r\nSubject: Anmeldung\r\n\r\n"
           b"Ich melde mich am 26.09. in Weinsberg an, mit meiner Frau.\r\n")


class Handling(Held, Filing):
    _warm = False  # this process has read its first message (start-up done)

    def handle(self, now: datetime, summary: Summary | None = None, file_every: int = 0) -> Summary:
        """Decide every stored, undecided message, oldest first, in batches. Per batch, in one
        transaction: claim the messages (FOR UPDATE SKIP LOCKED: other workers take others),
        read them (the CPU-heavy, pure part), then take
        the decision lock and apply a savepoint per message. A crash loses only undecided work:
        sending and filing read committed rows only. With ``file_every``, what was decided is
        filed every that many messages (and at the end by ``file``)."""
        summary = summary or Summary()
        if not self.store.shared and not self.dry_run:
            return self._handle_local(now, summary, file_every)
        size = min(FIRST_BATCH, BATCH)
        while not self.stopping():
            query = (select(Message.id, func.length(Message.raw)).where(Message.state == MessageState.NEW,
                                                                        Message.desk == self.desk)
                     .order_by(Message.id).limit(size))
            size = min(2 * size, BATCH)
            if self.dry_run:
                query = query.where(Message.id.not_in(self._dry_done))
            s = self._session()
            try:
                # PostgreSQL: claim rows (others skip them), then read
                rows = self._raws(s, s.execute(query.with_for_update(skip_locked=True)).all())
                readings = list(self._read_all([raw for _, raw in rows]))
                if not rows:
                    if not self.dry_run:
                        s.rollback()
                    return summary
                self.store.decide_lock(s)
                for (msg_id, _), reading in zip(rows, readings):
                    self._handle_id(s, msg_id, reading, now, summary)
                    if summary.handled % 1000 == 0:
                        self._progress(summary)
                self._commit(s)
            finally:
                self._close(s)
            if file_every and summary.handled // file_every != (summary.handled - len(rows)) // file_every:
                self.file(now, summary)
        return summary

    def _handle_local(self, now: datetime, summary: Summary, file_every: int) -> Summary:
        """SQLite locks the whole database for a writer: messages are read before the write lock
        is taken, and the transaction is committed early whenever the sender (another thread)
        waits to record a sent mail, so replies go out while the backlog is being decided."""
        last_filed = summary.handled
        after, size = 0, min(FIRST_BATCH, BATCH)
        while not self.stopping():
            with self.store.session() as r:
                rows = self._raws(r, r.execute(select(Message.id, func.length(Message.raw)).where(
                    Message.state == MessageState.NEW, Message.desk == self.desk, Message.id > after)
                    .order_by(Message.id).limit(size)).all())
            size = min(2 * size, BATCH)
            if not rows:
                return summary
            after = rows[-1][0]
            todo = zip([i for i, _ in rows], list(self._read_all([raw for _, raw in rows])))
            del rows
            more = True
            while more:
                more = False
                with self._writer() as s:
                    for msg_id, reading in todo:
                        self._handle_id(s, msg_id, reading, now, summary)
                        if summary.handled % 1000 == 0:
                            self._progress(summary)
                        if self.store.others_waiting():
                            more = True
                            break
                    s.commit()
            if file_every and summary.handled - last_filed >= file_every:
                self.file(now, summary)
                last_filed = summary.handled
        return summary

    def _raws(self, s: Session, sized: Sequence[Any]) -> Sequence[Any]:
        """(id, raw) of the first messages of ``sized`` (id, length) within BATCH_BYTES, at least
        one: a batch of large mails never sits in memory at once."""
        ids: list[int] = []
        total = 0
        for msg_id, size in sized:
            if ids and total + (size or 0) > BATCH_BYTES:
                break
            ids.append(msg_id)
            total += size or 0
        if not ids:
            return []
        return s.execute(select(Message.id, Message.raw).where(Message.id.in_(ids)).order_by(Message.id)).all()

    def _progress(self, summary: Summary) -> None:
        if self._started is None:
            self._started = time.monotonic()
            return
        rate = summary.handled / max(time.monotonic() - self._started, 1e-6)
        print(f"progress: {summary.handled} messages handled ({rate:.0f}/s)", file=sys.stderr, flush=True)

    def _read_all(self, raws: list[bytes]):
        return (self._read(raw) for raw in raws)

    def _read(self, raw: bytes, events: tuple | None = None, thread_language: str = "") -> Reading:
        """Read one message under its own guard: a budget of CPU time and memory (past it, or on
        any error, the message goes to staff with the reason), never the batch's failure."""
        try:
            if not Handling._warm:
                Handling._warm = True
                understand(WARM_UP, self.config.events, self.config.office)
            return understand(raw, self.config.events if events is None else events, self.config.office,
                              budget=Budget(), thread_language=thread_language)
        except Exception as exc:  # noqa: BLE001 - one bad message must not stop the desk
            log.exception("a message could not be read")
            return Reading("unreadable", "review", reason=f"internal error while reading: {exc!r}"[:500],
                           flags=["unreadable"])

    def _handle_id(self, s: Session, msg_id: int, reading: Reading | None, now: datetime, summary: Summary) -> None:
        msg = s.get(Message, msg_id, options=[defer(Message.raw)] if reading is not None else None)
        if msg is None or msg.state != MessageState.NEW:
            return  # another worker got there first
        savepoint = s.begin_nested()
        try:
            self._handle_one(s, msg, now, summary, reading)
            savepoint.commit()
        except (OSError, DBAPIError):
            raise  # the database or disk is unwell: stop here, the message stays "new"
        except Exception as exc:  # noqa: BLE001 - one bad message must not stop the desk
            savepoint.rollback()
            log.exception("message #%s could not be handled", msg_id)
            self._to_staff(s, msg_id, now, Reason.INTERNAL_ERROR(error=repr(exc))[:500], summary)

    def _handle_one(self, s: Session, msg: Message, now: datetime, summary: Summary,
                    reading: Reading | None = None) -> None:
        config = self.config
        reading = reading or self._read(msg.raw)
        collision = self._collision(s, msg)
        if collision:
            msg.reading = reading.to_dict()
            self._to_staff(s, msg.id, now, collision, summary)
            return
        sender = (reading.sender or msg.sender or "").lower()
        # never answered: no need to look anything up (a thank-you may answer an open question of ours)
        robot = reading.action == "ignore" and reading.intent not in ("thanks", "empty")
        own = reading  # what this message says (stored); ``reading`` is what is decided
        auth = sender_auth(reading.auth_results, config.mailbox.trusted_authserv_id)
        proven = auth.failed and not robot and self._proves_mailbox(s, reading, sender)
        failed = auth.failed and not robot and not proven
        # "OK, danke" or a bare reply answers our request to confirm a held change too
        answers = not robot or reading.intent in ("thanks", "empty")
        held = self._held_answered(s, reading, sender) if answers else None
        refused = held is not None and refuses(reading.new_text)
        if held is not None and not refused:  # the owner confirms the change a held message asked for
            reading = _held_reading(held, own)
            robot = False
        thread = None if robot else self._thread(s, reading, sender)
        if thread is None and not robot and not failed and reading is own:
            thread = self._answered_without_thread(s, msg.raw, reading, sender)
        answer = None
        if reading is own and (thread is not None or answers_our_mail(reading)):
            # an answer to our mail: "2", "Nummer 2" mean that line of the list the sender quoted
            asked = thread is not None and thread.status == Status.AWAITING
            if thread is not None and asked and thread.offered:
                # read against the workshops offered, a short answer in the conversation's language
                offered = tuple(e for e in config.events if e.id in thread.offered)
                reading = self._read(msg.raw, offered, thread.language or "")
                own = reading
            answer = read_answer(msg.raw, config.events,
                                 dict(enumerate(thread.offered or (), 1)) if thread is not None and asked else {},
                                 reading.language or "")
        desk = self._desk_for(s, reading, sender, thread, now, robot, failed=auth.summary if failed else "",
                              answer=answer, renaming=read_renaming(reading.new_text, reading.language or "de")
                              if answer is not None and thread is not None and thread.status in ACTIVE else None)
        if thread is None and not robot and self._foreign_thread(s, reading, sender):
            desk = replace(desk, foreign_thread=True)
        plan = decide(reading, desk)
        if plan.reply and desk.max_replies and sender:  # counted only where a reply is planned
            today = self._replies_today(s, sender, now)
            if today >= desk.max_replies:
                plan = decide(reading, replace(desk, replies_today=today))
        plan = hold_unverified(plan, desk)
        if refused and held is not None:  # (refused: there is a held change)
            plan = Plan("review", Reason.CONFIRM_REFUSED(id=held.id),
                        review=True, about=plan.about)
        if plan.outcome == "held":
            reg = self._hold(s, msg, plan, now)
        else:
            reg = self._apply(s, msg, reading, plan, sender, now)
        if held is not None and not refused:
            plan.reason = Reason.CONFIRMED_BY_ADDRESS(id=held.id, reason=plan.reason)
            self.settle_held(s, held, "applied", "bot", now, plan.outcome, by_message=msg.id)
        reading = own  # the message's own words are what is stored
        msg.reading = reading.to_dict()
        msg.sender_auth, msg.sender_auth_detail = auth.verdict, (
            auth.summary + ("; answers our mail to this address" if proven else ""))[:300]
        msg.sender = sender[:320]
        msg.sender_name = (reading.sender_name or "")[:300]
        msg.subject = reading.subject or msg.subject
        msg.sent_at = reading.sent()
        msg.action = reading.action
        msg.outcome = plan.outcome
        msg.reason = plan.reason
        msg.folder = self.folders[plan.folder]
        msg.review = "open" if plan.review else None
        msg.registration_id = reg.id if reg is not None else None
        msg.state = MessageState.DECIDED
        self.store.audit(s, now, "bot", f"message_{plan.outcome}", "message", msg.id, sender or None,
                         reason=plan.reason, reply=plan.reply, workshop=plan.workshop)
        if self.dry_run:
            self._dry_done.add(msg.id)
        summary.handled += 1
        summary.outcomes[plan.outcome] = summary.outcomes.get(plan.outcome, 0) + 1
        self._say(f"  #{msg.id:<5} {plan.outcome:<14} {plan.workshop or '-':<12} {sender or '(no sender)'}"
                  f" — {plan.reason}")

    def _collision(self, s: Session, msg: Message) -> str | None:
        """Why a message whose Message-ID an earlier, different message of this desk carries is
        for staff (someone may be trying to hide a mail behind another's Message-ID), else None."""
        first = s.execute(select(Message.id, Message.sender).where(
            Message.desk == self.desk, Message.message_id == msg.message_id, Message.id < msg.id)
            .order_by(Message.id).limit(1)).first()
        if first is None:
            return None
        who = "the same sender" if first.sender and first.sender == msg.sender else "another sender"
        return (f"Message-ID collision: message #{first.id} from {who} has the same Message-ID "
                f"{msg.message_id[:200]} and other content")

    def _desk_for(self, s: Session, reading: Reading, sender: str, thread: Registration | None, now: datetime,
                  robot: bool = False, failed: str = "", answer: Any = None, renaming: Any = None) -> Desk:
        """What the store knows for deciding this reading from this sender."""
        config = self.config
        mine = s.scalars(select(Registration).where(Registration.email == sender, Registration.desk == self.desk,
                                                    Registration.status.in_((*ACTIVE, Status.AWAITING)))
                         .order_by(Registration.id)).all() if sender and not robot else []
        # seat counts only where a seat may be taken or freed (robots and questions are most mail)
        counted = reading.action in ("confirm", "cancel") or thread is not None or bool(answer)
        return Desk(
            now=now, events=config.events, mine=tuple(_view(r) for r in mine),
            thread=_view(thread) if thread is not None else None,
            taken=self.registrations.taken(s) if counted else {},
            waiting=self.registrations.waiting(s) if counted else {},
            replies_today=0,
            max_replies=config.replies.max_per_sender_per_day,
            acknowledge_review=config.replies.acknowledge_review,
            sender_failed=failed,
            answer=answer,
            renaming=renaming,
        )

    def _thread(self, s: Session, reading: Reading, sender: str) -> Registration | None:
        reg = self._thread_of_anyone(s, reading)
        if reg is None or (reg.email or "").lower() != sender or reg.desk != self.desk:
            return None  # only the address that registered may continue the thread, at the same desk
        return reg

    def _foreign_thread(self, s: Session, reading: Reading, sender: str) -> bool:
        """The message answers (``In-Reply-To``/``References``) our mail about a registration of
        another address at this desk: a relative writing from their own address about that booking."""
        if not sender or not (reading.in_reply_to or reading.references):
            return False
        reg = self._thread_of_anyone(s, reading, by_subject=False)
        return reg is not None and reg.desk == self.desk and bool(reg.email) and reg.email.lower() != sender

    def _thread_of_anyone(self, s: Session, reading: Reading, by_subject: bool = True) -> Registration | None:
        ids = [i for i in [reading.in_reply_to, *reading.references] if i]
        reg_id = None
        if ids:
            reg_id = s.scalar(select(Outbox.registration_id).where(Outbox.message_id.in_(ids),
                                                                   Outbox.registration_id.is_not(None))
                              .order_by(Outbox.id.desc()).limit(1))
        if reg_id is None and by_subject:
            m = self.ref_pattern.search(reading.subject or "")
            if m:
                reg_id = s.scalar(select(Registration.id).where(Registration.reference == m.group(1).upper()))
        if reg_id is None:
            return None
        return s.get(Registration, reg_id)

    def _answered_without_thread(self, s: Session, raw: bytes, reading: Reading, sender: str) -> Registration | None:
        """A new mail (not a reply, no reference in its subject) that names no workshop but picks a
        line of the numbered list our open question sent this address ("3 numara olsun", "Nummer 2
        bitte", "den zweiten"), or says only how many come where we asked that ("wir sind 4 Personen",
        "نحن 3"): the answer to that question, when it is the address's only one."""
        if reading.in_reply_to or reading.references or reading.workshop or reading.candidates or not sender:
            return None
        if reading.action not in ("clarify", "review"):
            return None
        open_ones = s.scalars(select(Registration).where(
            Registration.desk == self.desk, Registration.email == sender,
            Registration.status == Status.AWAITING)).all()
        if len(open_ones) != 1:
            return None
        pending = open_ones[0]
        if pending.pending == Question.ATTENDEES:
            # only a count, no question, no cancellation (the reading's ``count_only``): the number we asked for
            return pending if "count_only" in reading.flags and reading.attendees else None
        if pending.pending != Question.CLARIFY or not pending.offered:
            return None
        trial = read_answer(raw, self.config.events, dict(enumerate(pending.offered, 1)), reading.language or "")
        return pending if trial.choice and not trial.ambiguous else None

    def _replies_today(self, s: Session, sender: str, now: datetime) -> int:
        return s.scalar(select(func.count()).select_from(Outbox).where(
            Outbox.to_addr == sender, Outbox.created_at > now - timedelta(days=1))) or 0

    def _apply(self, s: Session, msg: Message, reading: Reading, plan: Plan, sender: str,
               now: datetime) -> Registration | None:
        """The registrations service carries out the plan; then the reply is queued, then seats
        freed are filled from the waiting list."""
        person = Person(sender, reading.sender_name or "", tuple(n for n in reading.names if n),
                        language=reading.language or "de")
        applied = self.registrations.apply(s, plan, person, now, msg.id)
        concerned = applied.registration
        if plan.reply:
            position = None
            if plan.reply == "waiting" and concerned is not None:
                position = self.registrations.position(s, concerned)
            reply = self.composer.compose(
                plan.reply, to=sender, to_name=reading.sender_name, lang=reading.language or "de", now=now,
                reference=concerned.reference if concerned is not None else None,
                workshop=plan.workshop, previous=plan.previous, options=plan.options, candidates=plan.candidates,
                reason=plan.clarify_reason,
                attendees=concerned.attendees if concerned is not None and concerned.status in ACTIVE else None,
                names=tuple(concerned.names or ()) if concerned is not None else (),
                position=position, in_reply_to=msg.message_id if not msg.message_id.endswith("@mailbot.invalid>")
                else "", references=reading.references, their_subject=reading.subject)
            self.registrations.queue(s, f"reply:{msg.id}", reply, now, msg.id,
                                     concerned.id if concerned is not None else None)
        self.registrations.promote_freed(s, applied, now)
        return concerned

    def apply_held(self, s: Session, held: Message, now: datetime, actor: str) -> Plan:
        """Apply a held change as if its sender were verified (staff decided, or the owner confirmed)."""
        reading = _held_reading(held)
        sender = (held.sender or reading.sender or "").lower()
        plan = decide(reading, self._desk_for(s, reading, sender, None, now))
        self._apply(s, held, reading, plan, sender, now)
        self.settle_held(s, held, "applied", actor, now, plan.outcome)
        return plan

    def _to_staff(self, s: Session, msg_id: int, now: datetime, reason: str, summary: Summary) -> None:
        msg = s.get(Message, msg_id)
        assert msg is not None  # the caller holds its id
        msg.state, msg.outcome, msg.reason, msg.review = MessageState.DECIDED, "review", reason, "open"
        msg.folder = self.folders["review"]
        self.store.audit(s, now, "bot", "message_review", "message", msg.id, msg.sender or None, reason=reason)
        s.flush()
        if self.dry_run:
            self._dry_done.add(msg.id)
        summary.handled += 1
        summary.outcomes["review"] = summary.outcomes.get("review", 0) + 1
        self._say(f"  #{msg.id:<5} {'review':<14} {'-':<12} {msg.sender or '(no sender)'} — {reason}")


def _view(r: Registration) -> RegView:
    return RegView(r.id, r.workshop, r.status, r.attendees, r.pending, tuple(r.offered or ()), r.target,
                   tuple(r.names or ()))

