"""The worker: fetch → store → decide → file → send, each step safe to repeat after a crash.

1. **fetch**: new messages are stored raw (state ``new``) and committed before anything else;
   the mailbox's last UID is advanced only after that commit. A message already stored (same
   mailbox key, or same Message-ID) is not stored again.
2. **handle**: every ``new`` message is read (``understand``), decided (``decide``) and applied in
   one transaction: registration changes, the reply in the outbox, the audit entries, state
   ``decided``. A crash before the commit leaves it ``new``; after it, it is never decided again.
3. **file**: ``decided`` messages are moved (or flagged) in the mailbox, then marked ``filed``.
4. **send**: each due outbox mail is leased (``sending``) in its own transaction just before it
   is handed to the transport, and marked ``sent``, ``retry`` (with backoff) or ``failed``. A
   crash between the hand-over and the mark can send that one mail twice (the lease expires and
   it is sent again, with the same Message-ID); it can never lose one, and the mails of the
   batch not handed over yet are not held up.
"""

from __future__ import annotations

import asyncio
import hashlib
from contextlib import aclosing, contextmanager
import logging
import re
import sys
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, TextIO

from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, defer

from .config import Config
from .errors import MailbotError
from .decide import Desk, Plan, RegView, decide, hold_unverified
from .replies import Composer, new_reference, reference_pattern
from .sources import Source, folder_names
from .states import ACTIVE, MailState, MessageState, Status, check_step
from .store import Audit, MailboxState, Message, Outbox, Registration, Store, content_digest
from .transports import Item, Transport
from .understand.answers import read_answer
from .understand.courtesy import refuses
from .understand.limits import Budget
from .understand.mime import parse_headers_quick
from .understand.reading import Reading, understand
from .understand.sender_auth import sender_auth

log = logging.getLogger("mailbot.worker")
BACKOFF_MINUTES = (1, 5, 15, 60, 180, 360, 720, 1440)
LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = len(BACKOFF_MINUTES) + 1
BATCH = 100  # messages claimed, read and decided per transaction
BATCH_BYTES = 64 * 1024 * 1024  # … and at most this many bytes of them (at least one message)
FETCH_CHUNK = 200  # messages stored per transaction while fetching
FILE_CHUNK = 500  # decided messages moved per mailbox command (and marked filed per transaction)
# read once before the first message: loading the lexicons and the language model is nobody's budget
WARM_UP = (b"From: warm-up@mailbot.invalid\r\nSubject: Anmeldung\r\n\r\n"
           b"Ich melde mich am 26.09. in Weinsberg an, mit meiner Frau.\r\n")
FILE_EVERY = 2000  # `run --once` files what it decided every this many messages, not all at the end


@dataclass
class Summary:
    fetched: int = 0
    duplicates: int = 0
    handled: int = 0
    filed: int = 0
    sent: int = 0
    retry: int = 0
    failed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    elsewhere: bool = False  # another worker was fetching this mailbox: there may be more to do soon

    def line(self) -> str:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())) or "nothing new"
        return (f"fetched {self.fetched} (duplicates {self.duplicates}), handled {self.handled} ({outcomes}), "
                f"filed {self.filed}, sent {self.sent}, retry {self.retry}, failed {self.failed}")


def normal_id(message_id: str, raw: bytes) -> str:
    mid = re.sub(r"\s+", "", message_id or "")
    if not mid:
        mid = f"<{hashlib.sha256(raw).hexdigest()}@mailbot.invalid>"
    return mid[:500]


class Worker:
    _warm = False  # this process has read its first message (start-up done)

    def __init__(self, config: Config, store: Store, source: Source | None = None, transport: Transport | None = None,
                 composer: Composer | None = None, dry_run: bool = False, out: TextIO | None = None,
                 verbose: bool = True):
        self.config = config
        self.desk = config.desk  # this worker's mailbox, events and outbox (several desks share a store)
        self.store = store
        self.source = source
        self.transport = transport
        self.composer = composer or Composer(config)
        self.dry_run = dry_run
        self.out = out or sys.stdout
        self.verbose = verbose
        self.folders = folder_names(config)
        self.ref_pattern = reference_pattern(config.replies.reference_prefix)
        self.copies: list[tuple[str, int]] = []  # (source key, message id) of second copies to file
        self._dry: Session | None = None
        self._dry_done: set[int] = set()
        self._started: float | None = time.monotonic()
        # the service sets this: a backlog is left between two batches when the service stops
        # (what is not decided yet stays "new" for the next start)
        self.stopping: Callable[[], bool] = lambda: False
        # seats are counted only where they are limited (capacity 0: always room)
        self._limited = tuple(e.id for e in config.events if e.capacity)

    @property
    def mailbox(self) -> Source:
        """The mailbox this worker fetches from and files in (a worker for the staff pages has none)."""
        if self.source is None:
            raise MailbotError(f"desk {self.desk}: this worker has no mailbox")
        return self.source

    # ------------------------------------------------------------------ helpers
    def _say(self, text: str) -> None:
        if self.verbose:
            self.out.write(text + "\n")
            self.out.flush()

    def _session(self) -> Session:
        if self.dry_run:
            if self._dry is None:
                self._dry = self.store.writer()
            return self._dry
        return self.store.writer()

    def _commit(self, s: Session) -> None:
        if self.dry_run:
            s.flush()
        else:
            s.commit()

    def _close(self, s: Session) -> None:
        if not self.dry_run:
            s.close()

    @contextmanager
    def _writer(self):
        """A write transaction, after this process's other writers that asked first (Store.turn)."""
        with self.store.turn(), self.store.writer() as s:
            yield s

    def finish(self) -> None:
        if self._dry is not None:
            self._dry.rollback()
            self._dry.close()
            self._dry = None

    # ------------------------------------------------------------------ 1. fetch
    def fetch(self, now: datetime, summary: Summary | None = None) -> Summary:
        summary = summary or Summary()
        with self.store.mailbox_lock(self.mailbox.name) as mine:
            if mine:  # another worker is fetching this mailbox right now: it stores for all of us
                self._fetch(now, summary)
                if not self.dry_run:
                    self.store.set(f"last_fetch:{self.desk}", datetime.now(timezone.utc).isoformat())
            else:
                summary.elsewhere = True
        return summary

    def _fetch(self, now: datetime, summary: Summary) -> None:
        """Store new mail in chunks: the mailbox is read without holding the database's write lock,
        each chunk is written and committed with the mailbox's new last UID."""
        src = self.mailbox
        with self.store.session() as r:
            known = r.get(MailboxState, src.name)
            last_uid, validity_known = (known.last_uid, known.uidvalidity) if known else (0, None)
        validity, items = src.fetch(last_uid, validity_known)
        first = True
        for chunk in _chunks(items, FETCH_CHUNK, BATCH_BYTES):
            self._store_chunk(chunk, validity, now, summary, first)
            first = False
        if first:  # nothing new: still record the mailbox (and a changed UIDVALIDITY)
            self._store_chunk([], validity, now, summary, True)

    def _store_chunk(self, chunk: list, validity: int | None, now: datetime, summary: Summary, first: bool) -> None:
        src = self.mailbox
        with self.store.turn():
            s = self._session()
            try:
                state = s.get(MailboxState, src.name)
                if state is None:
                    state = MailboxState(mailbox=src.name, uidvalidity=validity, last_uid=0)
                    s.add(state)
                elif first and validity is not None and state.uidvalidity != validity:
                    self.store.audit(s, now, "bot", "uidvalidity_changed", "mailbox", None,
                                     old=state.uidvalidity, new=validity)
                    state.uidvalidity, state.last_uid = validity, 0
                self._store_many(s, chunk, now, summary)
                for item in chunk:
                    if item.uid:
                        state.last_uid = max(state.last_uid, item.uid)
                self._commit(s)
            finally:
                self._close(s)

    def _store_many(self, s: Session, chunk: list, now: datetime, summary: Summary) -> None:
        """Store the chunk's new messages: one lookup for the keys already stored, one for the
        Message-IDs already known (a copy is filed beside its first, never answered)."""
        mailbox = self.mailbox.name
        if not chunk:
            return
        stored = set(s.scalars(select(Message.source_key).where(  # by an earlier run that did not file them
            Message.mailbox == mailbox, Message.source_key.in_([item.key for item in chunk]))))
        fresh = []
        for item in chunk:
            if item.key not in stored:
                head = parse_headers_quick(item.raw)
                fresh.append((item, head, (normal_id(head.get("message_id", ""), item.raw), content_digest(item.raw))))
        # a copy has the same Message-ID and the same content; the same Message-ID with other
        # content is stored as a message of its own (``_collision`` hands it to staff)
        known = {(mid, digest): i for mid, digest, i in s.execute(
            select(Message.message_id, Message.digest, Message.id).where(
                Message.desk == self.desk, Message.message_id.in_({mid for _, _, (mid, _) in fresh})))} if fresh else {}
        added: dict[tuple[str, str], Message] = {}
        for item, head, ident in fresh:
            if ident in added:  # twice in this chunk
                s.flush()
                known[ident] = added[ident].id
            if ident in known:
                self.copies.append((item.key, known[ident]))
                summary.duplicates += 1
                continue
            added[ident] = Message(desk=self.desk, mailbox=mailbox, source_key=item.key, message_id=ident[0],
                                   digest=ident[1], raw=item.raw, fetched_at=now,
                                   sender=head.get("sender", "")[:320], sender_name=head.get("sender_name", "")[:300],
                                   subject=head.get("subject", ""), state=MessageState.NEW)
            s.add(added[ident])
            summary.fetched += 1

    # ------------------------------------------------------------------ 2. handle
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
        while not self.stopping():
            query = (select(Message.id, func.length(Message.raw)).where(Message.state == MessageState.NEW,
                                                                        Message.desk == self.desk)
                     .order_by(Message.id).limit(BATCH))
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
        after = 0
        while not self.stopping():
            with self.store.session() as r:
                rows = self._raws(r, r.execute(select(Message.id, func.length(Message.raw)).where(
                    Message.state == MessageState.NEW, Message.desk == self.desk, Message.id > after)
                    .order_by(Message.id).limit(BATCH)).all())
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

    def _raws(self, s: Session, sized: list) -> list:
        """(id, raw) of the first messages of ``sized`` (id, length) within BATCH_BYTES, at least
        one: a batch of large mails never sits in memory at once."""
        ids, total = [], 0
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

    def _read(self, raw: bytes, events: tuple | None = None) -> Reading:
        """Read one message under its own guard: a budget of CPU time and memory (past it, or on
        any error, the message goes to staff with the reason), never the batch's failure."""
        try:
            if not Worker._warm:
                Worker._warm = True
                understand(WARM_UP, self.config.events, self.config.office)
            return understand(raw, self.config.events if events is None else events, self.config.office,
                              budget=Budget())
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
            self._to_staff(s, msg_id, now, f"internal error while handling: {exc!r}"[:500], summary)

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
        answer = None
        if reading is own and (thread is not None or (reading.in_reply_to and not robot)):
            # an answer to our mail: "2", "Nummer 2" mean that line of the list the sender quoted
            asked = thread is not None and thread.status == Status.AWAITING
            answer = read_answer(msg.raw, config.events, dict(enumerate(thread.offered or (), 1)) if asked else {})
            if asked and thread.offered:
                offered = tuple(e for e in config.events if e.id in thread.offered)
                reading = self._read(msg.raw, offered)
                own = reading
        desk = self._desk_for(s, reading, sender, thread, now, robot, failed=auth.summary if failed else "",
                              answer=answer)
        plan = decide(reading, desk)
        if plan.reply and desk.max_replies and sender:  # counted only where a reply is planned
            today = self._replies_today(s, sender, now)
            if today >= desk.max_replies:
                plan = decide(reading, replace(desk, replies_today=today))
        plan = hold_unverified(plan, desk)
        if refused:
            plan = Plan("review", f"answer to our request to confirm mail #{held.id} says no: staff decide",
                        review=True)
        if plan.outcome == "held":
            reg = self._hold(s, msg, plan, now)
        else:
            reg = self._apply(s, msg, reading, plan, sender, thread, now)
        if held is not None and not refused:
            plan.reason = f"the registered address confirmed mail #{held.id}: {plan.reason}"
            self._settle_held(s, held, "applied", "bot", now, plan.outcome, by_message=msg.id)
        reading = own  # the message's own words are what is stored
        msg.reading = reading.to_dict()
        msg.sender_auth, msg.sender_auth_detail = auth.verdict, (
            auth.summary + ("; answers our mail to this address" if proven else ""))[:300]
        msg.sender = sender[:320]
        msg.sender_name = (reading.sender_name or "")[:300]
        msg.subject = reading.subject or msg.subject
        msg.sent_at = _parse_sent(reading.sent_at)
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
                  robot: bool = False, failed: str = "", answer: Any = None) -> Desk:
        """What the store knows for deciding this reading from this sender."""
        config = self.config
        mine = s.scalars(select(Registration).where(Registration.email == sender, Registration.desk == self.desk,
                                                    Registration.status.in_((*ACTIVE, Status.AWAITING)))
                         .order_by(Registration.id)).all() if sender and not robot else []
        return Desk(
            now=now, events=config.events, mine=tuple(_view(r) for r in mine),
            thread=_view(thread) if thread is not None else None,
            # seat counts only where a seat may be taken or freed (robots and questions are most mail)
            taken=self._taken(s) if reading.action in ("confirm", "cancel") or thread is not None or answer else {},
            waiting=self._waiting(s) if reading.action in ("confirm", "cancel") or thread is not None or answer else {},
            replies_today=0,
            max_replies=config.replies.max_per_sender_per_day,
            acknowledge_review=config.replies.acknowledge_review,
            sender_failed=failed,
            answer=answer,
        )

    # ------------------------------------------------------------------ sender authentication
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
            self._queue(s, f"confirm:{msg.id}", reply, now, msg.id, reg.id)
            request = reply.message_id
        elif pending is not None:
            plan.reason += "; a request to confirm is already pending"
        msg.held = {"state": "pending", "what": plan.hold, "registrations": list(plan.held), "request": request}
        self.store.audit(s, now, "bot", "change_held", "message", msg.id, reg.email if reg else None,
                         what=plan.hold, registrations=list(plan.held))
        return reg

    def _settle_held(self, s: Session, held: Message, state: str, actor: str, now: datetime,
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
            if (other.held or {}).get("state") == "pending" and regs & set(other.held.get("registrations") or ()):
                self._settle_held(s, other, "applied", actor, now, outcome, by_message)

    def apply_held(self, s: Session, held: Message, now: datetime, actor: str) -> Plan:
        """Apply a held change as if its sender were verified (staff decided, or the owner confirmed)."""
        reading = _held_reading(held)
        sender = (held.sender or reading.sender or "").lower()
        plan = decide(reading, self._desk_for(s, reading, sender, None, now))
        self._apply(s, held, reading, plan, sender, None, now)
        self._settle_held(s, held, "applied", actor, now, plan.outcome)
        return plan

    def _to_staff(self, s: Session, msg_id: int, now: datetime, reason: str, summary: Summary) -> None:
        msg = s.get(Message, msg_id)
        msg.state, msg.outcome, msg.reason, msg.review = MessageState.DECIDED, "review", reason, "open"
        msg.folder = self.folders["review"]
        self.store.audit(s, now, "bot", "message_review", "message", msg.id, msg.sender or None, reason=reason)
        s.flush()
        if self.dry_run:
            self._dry_done.add(msg.id)
        summary.handled += 1
        summary.outcomes["review"] = summary.outcomes.get("review", 0) + 1
        self._say(f"  #{msg.id:<5} {'review':<14} {'-':<12} {msg.sender or '(no sender)'} — {reason}")

    def _thread(self, s: Session, reading: Reading, sender: str) -> Registration | None:
        ids = [i for i in [reading.in_reply_to, *reading.references] if i]
        reg_id = None
        if ids:
            reg_id = s.scalar(select(Outbox.registration_id).where(Outbox.message_id.in_(ids),
                                                                   Outbox.registration_id.is_not(None))
                              .order_by(Outbox.id.desc()).limit(1))
        if reg_id is None:
            m = self.ref_pattern.search(reading.subject or "")
            if m:
                reg_id = s.scalar(select(Registration.id).where(Registration.reference == m.group(1).upper()))
        if reg_id is None:
            return None
        reg = s.get(Registration, reg_id)
        if reg is None or (reg.email or "").lower() != sender or reg.desk != self.desk:
            return None  # only the address that registered may continue the thread, at the same desk
        return reg

    def _taken(self, s: Session, only: tuple[str, ...] | None = None) -> dict[str, int]:
        """Confirmed people per workshop, of the workshops with limited seats (or of ``only``):
        a workshop without a capacity always has room, and counting it would scan all its
        registrations for every message."""
        only = self._limited if only is None else only
        if not only:
            return {}
        rows = s.execute(select(Registration.workshop, func.sum(Registration.attendees))
                         .where(Registration.status == Status.CONFIRMED, Registration.workshop.in_(only))
                         .group_by(Registration.workshop))
        return {w: int(n or 0) for w, n in rows}

    def _waiting(self, s: Session, only: tuple[str, ...] | None = None) -> dict[str, int]:
        """Waiting-list entries per workshop, of the workshops with limited seats (or of ``only``)."""
        only = self._limited if only is None else only
        if not only:
            return {}
        rows = s.execute(select(Registration.workshop, func.count())
                         .where(Registration.status == Status.WAITING, Registration.workshop.in_(only))
                         .group_by(Registration.workshop))
        return {w: int(n) for w, n in rows}

    def _replies_today(self, s: Session, sender: str, now: datetime) -> int:
        return s.scalar(select(func.count()).select_from(Outbox).where(
            Outbox.to_addr == sender, Outbox.created_at > now - timedelta(days=1))) or 0

    # ------------------------------------------------------------------ applying a plan
    def _apply(self, s: Session, msg: Message, reading: Reading, plan: Plan, sender: str,
               thread: Registration | None, now: datetime) -> Registration | None:
        audit = self.store.audit
        concerned: Registration | None = None
        freed: set[str] = set()
        for rid in plan.close:
            r = s.get(Registration, rid)
            if r is not None and r.status == Status.AWAITING:
                _change(r, now, Status.CLOSED, "answered otherwise")
                audit(s, now, "bot", "registration_closed", "registration", r.id, r.email, message=msg.id)
        for rid in plan.cancel:
            r = s.get(Registration, rid)
            if r is not None and r.status in ACTIVE:
                if r.status == Status.CONFIRMED:
                    freed.add(r.workshop)
                _change(r, now, Status.CANCELLED, f"cancelled by mail #{msg.id}")
                audit(s, now, "bot", "registration_cancelled", "registration", r.id, r.email, message=msg.id,
                      workshop=r.workshop)
                concerned = r
        if plan.move:
            rid, wid, status = plan.move
            r = s.get(Registration, rid)
            if r.status == Status.CONFIRMED:
                freed.add(r.workshop)
            old = r.workshop
            r.workshop = wid
            r.waiting_since = now if status == Status.WAITING else None
            _change(r, now, status, f"moved from {old} to {wid} by mail #{msg.id}")
            audit(s, now, "bot", "registration_moved", "registration", r.id, r.email, message=msg.id,
                  old=old, new=wid, status=status)
            concerned = r
        if plan.recount:
            rid, people, status = plan.recount
            r = s.get(Registration, rid)
            if r.status == Status.CONFIRMED and (people < r.attendees or status == Status.WAITING):
                freed.add(r.workshop)
            if status == Status.WAITING and r.status != Status.WAITING:
                r.waiting_since = now
            old_count, r.attendees = r.attendees, people
            _change(r, now, status, f"{old_count} → {people} people by mail #{msg.id}")
            audit(s, now, "bot", "registration_recounted", "registration", r.id, r.email, message=msg.id,
                  old=old_count, new=people, status=status)
            concerned = r
        if plan.register:
            wid, people, status = plan.register
            r = s.get(Registration, plan.reuse) if plan.reuse else None
            names = [n for n in reading.names if n]
            if r is None:
                r = Registration(desk=self.desk, reference=unused_reference(s, self.config.replies.reference_prefix),
                                 email=sender, created_at=now, updated_at=now, history=[], names=[], offered=[])
                s.add(r)
            r.name = reading.sender_name or (names[0] if names else "")
            r.names = names
            r.workshop, r.attendees, r.language = wid, people, reading.language or "de"
            r.pending, r.offered, r.target = None, [], None
            r.waiting_since = now if status == Status.WAITING else None
            _change(r, now, status, f"registered for {wid} ({people}) by mail #{msg.id}")
            s.flush()
            audit(s, now, "bot", f"registration_{status}", "registration", r.id, r.email, message=msg.id,
                  workshop=wid, attendees=people)
            concerned = r
        if plan.awaiting:
            a = plan.awaiting
            r = s.get(Registration, plan.again) if plan.again else None
            if r is None:
                r = Registration(desk=self.desk, reference=unused_reference(s, self.config.replies.reference_prefix),
                                 email=sender, name=reading.sender_name or "", names=[n for n in reading.names if n],
                                 workshop=None, status=Status.AWAITING, language=reading.language or "de",
                                 created_at=now, updated_at=now, history=[])
                s.add(r)
            r.attendees, r.pending, r.offered, r.target = a["attendees"], a["pending"], a["offered"], a["target"]
            _change(r, now, Status.AWAITING, f"asked {'again' if plan.again else 'back'} ({a['pending']}) "
                                             f"on mail #{msg.id}")
            s.flush()
            audit(s, now, "bot", "registration_awaiting", "registration", r.id, r.email, message=msg.id)
            concerned = r
        if concerned is None and plan.outcome == "already":
            concerned = next((r for r in s.scalars(select(Registration).where(
                Registration.email == sender, Registration.workshop == plan.workshop,
                Registration.status.in_(ACTIVE)))), None)
        if concerned is None and thread is not None:
            concerned = thread
        s.flush()
        if plan.reply:
            position = None
            if plan.reply == "waiting" and concerned is not None:
                position = self._position(s, concerned)
            reply = self.composer.compose(
                plan.reply, to=sender, to_name=reading.sender_name, lang=reading.language or "de", now=now,
                reference=concerned.reference if concerned is not None else None,
                workshop=plan.workshop, previous=plan.previous, options=plan.options, candidates=plan.candidates,
                reason=plan.clarify_reason,
                attendees=concerned.attendees if concerned is not None and concerned.status in ACTIVE else None,
                position=position, in_reply_to=msg.message_id if not msg.message_id.endswith("@mailbot.invalid>")
                else "", references=reading.references, their_subject=reading.subject)
            self._queue(s, f"reply:{msg.id}", reply, now, msg.id, concerned.id if concerned is not None else None)
        for wid in freed:
            self.promote(s, wid, now)
        return concerned

    def _position(self, s: Session, reg: Registration) -> int:
        return s.scalar(select(func.count()).select_from(Registration).where(
            Registration.workshop == reg.workshop, Registration.status == Status.WAITING,
            Registration.waiting_since <= reg.waiting_since)) or 1

    def _queue(self, s: Session, dedupe: str, reply: Any, now: datetime, message_id: int | None,
               registration_id: int | None) -> None:
        if not dedupe.startswith("reply:") and s.scalar(select(Outbox.id).where(Outbox.dedupe == dedupe)):
            return  # (a reply is made once: its message is decided once; the unique key guards anyway)
        s.add(Outbox(desk=self.desk, dedupe=dedupe, message_id=reply.message_id, kind=reply.kind, to_addr=reply.to,
                     subject=reply.subject, raw=reply.raw, state=MailState.QUEUED, next_attempt_at=now, created_at=now,
                     source_message_id=message_id, registration_id=registration_id))
        self.store.audit(s, now, "bot", "mail_queued", "outbox", None, reply.to, kind=reply.kind, dedupe=dedupe)
        if self.dry_run:
            self._say(f"         would send {reply.kind!r} to {reply.to}: {reply.subject}")

    def promote(self, s: Session, wid: str, now: datetime, actor: str = "bot") -> list[Registration]:
        """Fill seats freed in workshop ``wid`` from its waiting list, first come first served."""
        event = self.config.event(wid)
        if event is None or event.start <= now:
            return []
        promoted = []
        while True:
            first = s.scalar(select(Registration).where(Registration.workshop == wid,
                                                        Registration.status == Status.WAITING)
                             .order_by(Registration.waiting_since, Registration.id).limit(1))
            if first is None:
                break
            taken = self._taken(s, (wid,)).get(wid, 0)
            if event.capacity and taken + first.attendees > event.capacity:
                break
            first.waiting_since = None
            _change(first, now, Status.CONFIRMED, "promoted from the waiting list", actor)
            s.flush()
            self.store.audit(s, now, actor, "registration_promoted", "registration", first.id, first.email,
                             workshop=wid)
            if first.email:
                reply = self.composer.compose("promoted", to=first.email, to_name=first.name, lang=first.language,
                                              now=now, reference=first.reference, workshop=wid,
                                              attendees=first.attendees)
                self._queue(s, f"promoted:{first.id}:{len(first.history)}", reply, now, None, first.id)
            promoted.append(first)
        return promoted

    # ------------------------------------------------------------------ 3. file
    def file(self, now: datetime, summary: Summary | None = None) -> Summary:
        summary = summary or Summary()
        if self.dry_run:
            self.copies.clear()
            return summary
        with self.store.mailbox_lock(self.mailbox.name) as mine:
            if mine:
                self._file(summary)
        return summary

    def _file(self, summary: Summary) -> None:
        """Move decided messages in the mailbox, then mark them filed, FILE_CHUNK messages at a
        time (memory does not grow with the backlog). The database's write lock is not held while
        the mail server works."""
        src = self.mailbox
        after = 0
        while True:
            with self.store.session() as r:
                rows = r.execute(select(Message.id, Message.source_key, Message.folder).where(
                    Message.mailbox == src.name, Message.state == MessageState.DECIDED, Message.id > after)
                    .order_by(Message.id).limit(FILE_CHUNK)).all()
            if not rows:
                break
            after = rows[-1][0]
            self._file_chunk(summary, [(mid, key, folder) for mid, key, folder in rows])
        # a second copy goes where its first went; a copy whose first is not decided yet waits for
        # a later call (a large `run --once` files every FILE_EVERY messages while still deciding)
        waiting, todo = [], self.copies
        self.copies = []
        for i in range(0, len(todo), FILE_CHUNK):
            chunk = todo[i:i + FILE_CHUNK]
            with self.store.session() as r:
                firsts = {mid: (state, folder) for mid, state, folder in r.execute(
                    select(Message.id, Message.state, Message.folder).where(
                        Message.id.in_({orig for _, orig in chunk})))}
            undecided = {mid for mid, (state, _) in firsts.items() if state == MessageState.NEW}
            waiting += [(key, orig) for key, orig in chunk if orig in undecided]
            ready = [(0, key, firsts.get(orig, ("", None))[1] or self.folders["ignored"])
                     for key, orig in chunk if orig not in undecided]
            if ready:
                self._file_chunk(summary, ready)
        self.copies = waiting + self.copies

    def _file_chunk(self, summary: Summary, entries: list[tuple[int, str, str]]) -> None:
        """Move (message id or 0 for a second copy, mailbox key, folder) entries, then mark them filed."""
        src = self.mailbox
        by_folder: dict[str, list[str]] = {}
        for _, key, folder in entries:
            by_folder.setdefault(folder, []).append(key)
        unfiled: set[str] = set()
        for folder, keys in by_folder.items():
            if hasattr(src, "file_many"):
                src.file_many(keys, folder)
            else:
                for k in keys:
                    try:
                        src.file(k, folder)
                    except Exception as exc:  # noqa: BLE001 - this one stays "decided", tried again next time
                        log.warning("message %s could not be filed in %s: %s", k, folder, exc)
                        unfiled.add(k)
        entries = [e for e in entries if e[1] not in unfiled]
        ids = [m for m, _, _ in entries if m]
        if ids:
            with self._writer() as s:
                s.execute(update(Message).where(Message.id.in_(ids)).values(state=MessageState.FILED))
                s.commit()
        summary.filed += len(entries)

    # ------------------------------------------------------------------ 4. send
    async def send(self, now: datetime, summary: Summary | None = None) -> Summary:
        """Send the due outbox mails, ``smtp.batch_size`` per connection. Each mail is leased in
        its own transaction just before the transport takes it: a kill leaves at most the mail in
        flight leased, and a mail the connection did not get to keeps its state and attempts."""
        summary = summary or Summary()
        if self.dry_run or self.transport is None:
            return summary
        while True:
            if not self._due(now):
                return summary
            leased: dict[int, tuple[int, str, str]] = {}  # id -> (attempts, address, kind) to record a result
            items = self._leases(now, leased)
            sending = self.transport.send(items)
            any_sent = any_retry = False
            with self.store.writer() as s:
                # the connection is closed (and the leasing ends) even when recording fails
                async with aclosing(items), aclosing(sending):
                    async for res in sending:  # each recorded, in its own transaction, as soon as it is done
                        attempts, to_addr, kind = leased[res.id]
                        state = res.state
                        if state == MailState.RETRY and attempts >= MAX_ATTEMPTS:
                            state = MailState.FAILED
                        values: dict[str, Any] = {"state": state,
                                                  "last_error": "" if state == MailState.SENT else res.detail[:1000]}
                        if state == MailState.SENT:
                            values["sent_at"] = now
                            summary.sent += 1
                            any_sent = True
                        elif state == MailState.RETRY:
                            values["next_attempt_at"] = now + timedelta(
                                minutes=BACKOFF_MINUTES[min(attempts, len(BACKOFF_MINUTES)) - 1])
                            summary.retry += 1
                            any_retry = True
                        else:
                            summary.failed += 1
                        with self.store.turn(), s.begin():  # committed, or rolled back before the turn ends
                            s.execute(update(Outbox).where(Outbox.id == res.id).values(**values),
                                      execution_options={"synchronize_session": False})
                            self.store.audit(s, now, "bot", f"mail_{state}", "outbox", res.id, to_addr,
                                             kind=kind, detail=res.detail[:300])
            if not leased or (any_retry and not any_sent):
                return summary  # nothing left for us, or the server is unwell: try again at the next interval

    def _due_mail(self, now: datetime):
        return select(Outbox).where(Outbox.desk == self.desk, Outbox.state.in_((MailState.QUEUED, MailState.RETRY, MailState.SENDING)),
                                    Outbox.next_attempt_at <= now)

    def _due(self, now: datetime) -> bool:
        with self.store.session() as s:
            return s.scalar(self._due_mail(now).with_only_columns(Outbox.id).limit(1)) is not None

    async def _leases(self, now: datetime, leased: dict[int, tuple[int, str, str]]):
        """Up to ``smtp.batch_size`` due mails, oldest first, each leased (``sending`` until
        ``now + LEASE``, one attempt more) only when the transport asks for it."""
        after = 0
        for _ in range(self.config.smtp.batch_size):
            with self._writer() as s:
                row = s.scalars(self._due_mail(now).where(Outbox.id > after).order_by(Outbox.id).limit(1)
                                .with_for_update(skip_locked=True)).first()
                if row is None:
                    return
                row.state, row.attempts, row.next_attempt_at = MailState.SENDING, row.attempts + 1, now + LEASE
                item = Item(row.id, self.config.sender, row.to_addr, row.raw, row.kind)
                leased[row.id] = (row.attempts, row.to_addr, row.kind)
                s.commit()
            after = item.id
            yield item

    # ------------------------------------------------------------------ scheduled jobs
    def reminders(self, now: datetime) -> int:
        """Queue a reminder for each confirmed registration when a workshop is ``reminder_days`` away."""
        if self.dry_run:
            return 0
        count = 0
        with self._writer() as s:
            self.store.decide_lock(s)
            for event in self.config.events:
                for days in self.config.schedule.reminder_days:
                    if not event.start - timedelta(days=days) <= now < event.start:
                        continue
                    regs = s.scalars(select(Registration).where(Registration.workshop == event.id,
                                                                Registration.status == Status.CONFIRMED,
                                                                Registration.email != "")).all()
                    for r in regs:
                        key = f"reminder:{r.id}:{event.id}:{days}"
                        if s.scalar(select(Outbox.id).where(Outbox.dedupe == key)):
                            continue
                        left = max((event.start.date() - now.astimezone(event.start.tzinfo).date()).days, 0)
                        reply = self.composer.compose("reminder", to=r.email, to_name=r.name, lang=r.language,
                                                      now=now, reference=r.reference, workshop=event.id,
                                                      attendees=r.attendees, days=left)
                        self._queue(s, key, reply, now, None, r.id)
                        count += 1
            s.commit()
        return count

    def retention(self, now: datetime) -> int:
        """Erase this desk's personal data ``retention_days`` after its last workshop has ended."""
        last = max(e.end for e in self.config.events)
        if now < last + timedelta(days=self.config.schedule.retention_days) or self.dry_run:
            return 0
        with self._writer() as s:
            n = erase(s, self.store, now, None, "bot", "retention", desk=self.desk)
            s.commit()
        return n

    async def once(self, now: datetime) -> Summary:
        """One pass. Replies already queued go out while later messages are still being read:
        the sending waits on the network, the reading on the CPU."""
        summary = Summary()
        await asyncio.to_thread(self.fetch, now, summary)
        handling = asyncio.ensure_future(asyncio.to_thread(self._handle_and_file, now, summary))
        try:
            while not handling.done():
                await self.send(now, summary)
                await asyncio.wait([handling], timeout=0.5)
        finally:
            await asyncio.wait([handling])
        handling.result()
        await self.send(now, summary)
        self.finish()
        return summary

    def _handle_and_file(self, now: datetime, summary: Summary) -> None:
        self.handle(now, summary, file_every=FILE_EVERY)
        self.file(now, summary)
        self.reminders(now)
        self.retention(now)


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
        for chunk in _chunks(sorted(erased - {""}), 500):
            s.execute(update(Audit).where(Audit.email.in_(chunk)).values(email=None))
    store.audit(s, now, actor, "personal_data_erased", "person", None, None, why=why, records=n, desk=desk)
    return n


def unused_reference(s: Session, prefix: str) -> str:
    """A new random reference no registration has yet (6 characters: collisions become likely
    at tens of thousands of registrations; the unique key still guards against a race)."""
    while True:
        ref = new_reference(prefix)
        if s.scalar(select(Registration.id).where(Registration.reference == ref)) is None:
            return ref


def _chunks(items, size: int, max_bytes: int = 0):
    """Lists of at most ``size`` items (and, with ``max_bytes``, of at most that many bytes of
    their ``raw``, at least one item)."""
    chunk: list = []
    held = 0
    for item in items:
        if max_bytes and chunk and held + len(item.raw) > max_bytes:
            yield chunk
            chunk, held = [], 0
        chunk.append(item)
        held += len(item.raw) if max_bytes else 0
        if len(chunk) >= size:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _held_reading(held: Message, answer: Reading | None = None) -> Reading:
    """The stored reading of a message with a held change; with ``answer``, threaded as the answer
    (replies go to the owner's confirming mail)."""
    data = {k: v for k, v in (held.reading or {}).items() if k in Reading.__dataclass_fields__}
    reading = Reading(**{"intent": "other", "action": "review", **data})
    if answer is not None:
        reading = replace(reading, message_id=answer.message_id, in_reply_to=answer.in_reply_to,
                          references=list(answer.references), subject=answer.subject)
    return reading


def _view(r: Registration) -> RegView:
    return RegView(r.id, r.workshop, r.status, r.attendees, r.pending, tuple(r.offered or ()), r.target)


def _change(r: Registration, now: datetime, status: str, what: str, by: str = "bot") -> None:
    """Record a state change; one that no move of states.TRANSITIONS makes raises BadMove."""
    r.status = check_step(r.status, status).value
    r.updated_at = now
    r.history = [*(r.history or []), {"at": now.isoformat(), "by": by, "status": status, "change": what}]


def _parse_sent(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        d = datetime.fromisoformat(value)
        return d if d.tzinfo else None
    except ValueError:
        return None
