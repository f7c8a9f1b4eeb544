"""The database: every message as fetched, registrations, the outbox and the audit log.

SQLAlchemy 2 on SQLite (WAL, the embedded default) or PostgreSQL by URL; the schema is made by
the Alembic migrations in ``mailbot/migrations`` (``open_store`` upgrades to head on start).
Times are stored as UTC and come back as aware datetimes.
"""

from __future__ import annotations

import hashlib
import json
import threading
from contextlib import contextmanager, nullcontext
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON, CheckConstraint, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, TypeDecorator,
    UniqueConstraint, create_engine, event, select, text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from .config import resolve
from .errors import MailbotError
from .states import MailState, MessageState, Question, Status, values


def _one_of(table: str, column: str, enum: type, nullable: bool = False) -> CheckConstraint:
    """The database rejects a state that mailbot.states does not name (migration 0007)."""
    names = ", ".join(repr(v) for v in values(enum))
    return CheckConstraint((f"{column} IS NULL OR " if nullable else "") + f"{column} IN ({names})",
                           name=f"ck_{table}_{column}")


class UTC(TypeDecorator):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTC, dict: JSON, list: JSON}


class Message(Base):
    """One fetched message, stored raw before anything is done with it."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("mailbox", "source_key", name="uq_messages_source"),
                      # the same mail sent to two desks is a message for each of them; a Message-ID
                      # reused with other content is another message (content_digest)
                      UniqueConstraint("desk", "message_id", "digest", name="uq_messages_desk_message_id_digest"),
                      _one_of("messages", "state", MessageState))

    id: Mapped[int] = mapped_column(primary_key=True)
    desk: Mapped[str] = mapped_column(String(64), default="main", server_default="main")
    mailbox: Mapped[str] = mapped_column(String(300))
    source_key: Mapped[str] = mapped_column(String(300))  # IMAP "uidvalidity:uid", Maildir key
    message_id: Mapped[str] = mapped_column(String(500))
    digest: Mapped[str] = mapped_column(String(64), default="", server_default="")  # content_digest(raw)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[datetime]
    sender: Mapped[str] = mapped_column(String(320), default="", index=True)
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None]
    # new → decided → filed (moved/flagged in the mailbox)
    state: Mapped[str] = mapped_column(String(20), default="new", index=True)
    reading: Mapped[dict | None]
    action: Mapped[str | None] = mapped_column(String(20))  # what the bot did: see decide.Outcome
    outcome: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
    folder: Mapped[str | None] = mapped_column(String(300))  # where it is filed
    review: Mapped[str | None] = mapped_column(String(20), index=True)  # open | done | spam (staff queue)
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id", ondelete="SET NULL"))
    # the receiving server's verdict on the sender (Authentication-Results): pass | fail | none
    sender_auth: Mapped[str | None] = mapped_column(String(10))
    sender_auth_detail: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # a change held until the registered address confirms it: {state, what, registrations, request}
    held: Mapped[dict | None]


# header fields mail servers put on top of a message on its way in: two deliveries of one mail
# differ in them only
_TRACE = (b"received", b"return-path", b"delivered-to", b"x-original-to", b"envelope-to", b"x-envelope-",
          b"authentication-results", b"arc-", b"received-spf", b"x-spam-", b"x-virus-", b"dkim-filter")


def content_digest(raw: bytes) -> str:
    """SHA-256 of a message without the trace header fields prepended on delivery and with plain
    line ends: two copies of one mail have the same digest, a mail reusing another's Message-ID
    with other content has another."""
    data = raw.replace(b"\r\n", b"\n")
    pos = 0
    while pos < len(data) and data[pos:pos + 1] not in (b"\n", b" ", b"\t"):
        line_end = data.find(b"\n", pos)
        colon = data.find(b":", pos, line_end)
        if line_end < 0 or colon < 0 or not data[pos:colon].strip().lower().startswith(_TRACE):
            break
        pos = line_end + 1
        while data[pos:pos + 1] in (b" ", b"\t"):  # the field's folded lines
            end = data.find(b"\n", pos)
            pos = len(data) if end < 0 else end + 1
    return hashlib.sha256(data[pos:]).hexdigest()


class Registration(Base):
    __tablename__ = "registrations"
    __table_args__ = (Index("ix_registrations_workshop_status", "workshop", "status"),
                      _one_of("registrations", "status", Status),
                      _one_of("registrations", "pending", Question, nullable=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    desk: Mapped[str] = mapped_column(String(64), default="main", server_default="main")
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    names: Mapped[list] = mapped_column(default=list)  # further people named
    phone: Mapped[str] = mapped_column(String(60), default="")
    workshop: Mapped[str | None] = mapped_column(String(100))  # None while awaiting an answer
    attendees: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20))  # a states.Status
    pending: Mapped[str | None] = mapped_column(String(20))  # awaiting: the open states.Question
    offered: Mapped[list] = mapped_column(default=list)  # awaiting clarify: the numbered workshop ids
    # awaiting ask_change: the workshop asked for; awaiting clarify: the workshop of the registration the answer moves
    target: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(10), default="de")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    waiting_since: Mapped[datetime | None]
    history: Mapped[list] = mapped_column(default=list)  # [{at, by, change}] readable for staff


class Outbox(Base):
    """A reply waiting to be sent: queued → sending → sent | retry | failed (states.MailState)."""

    __tablename__ = "outbox"
    __table_args__ = (_one_of("outbox", "state", MailState),)

    id: Mapped[int] = mapped_column(primary_key=True)
    desk: Mapped[str] = mapped_column(String(64), default="main", server_default="main")  # whose sender sends it
    dedupe: Mapped[str] = mapped_column(String(200), unique=True)  # one mail per cause, ever
    message_id: Mapped[str] = mapped_column(String(500), unique=True)  # our Message-ID
    kind: Mapped[str] = mapped_column(String(40))
    to_addr: Mapped[str] = mapped_column(String(320), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id", ondelete="SET NULL"))


class Audit(Base):
    """Every state change and who made it. ``email`` is erased by retention and ``forget``."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(100))  # "bot" or "staff:<name>"
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    detail: Mapped[dict] = mapped_column(default=dict)


class MailboxState(Base):
    __tablename__ = "mailbox_state"

    mailbox: Mapped[str] = mapped_column(String(300), primary_key=True)
    uidvalidity: Mapped[int | None]
    last_uid: Mapped[int] = mapped_column(Integer, default=0)


class Counter(Base):
    """Plain counters for monitoring (job errors, reconnects, …)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class StaffUser(Base):
    """A member of staff who may use the web pages (password hashed with argon2)."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime]
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)  # consecutive, see web/auth.py
    locked_until: Mapped[datetime | None]  # no sign-in before (except from a known browser)
    last_login: Mapped[datetime | None]
    # in every session cookie; set anew (at random) by logout and a new password: older cookies are refused
    session_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Setting(Base):
    """Small values the program keeps for itself (e.g. the web session signing key)."""

    __tablename__ = "settings"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


MIGRATIONS = Path(__file__).with_name("migrations")
DECIDE_LOCK = 0x6D61696C626F74  # "mailbot": the advisory lock key for decisions


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT: SQLAlchemy's documented recipe is to
    # switch it off and emit BEGIN ourselves (see _sqlite_begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # writers (Store.writer) BEGIN IMMEDIATE: they take the write lock at the start and so wait
    # (busy_timeout) instead of failing with "database is locked" when a transaction that read
    # first finds that another wrote meanwhile; readers (Store.session) never block anyone (WAL)
    immediate = connection.get_execution_options().get("mailbot_writer")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, base: Path = Path(".")) -> Engine:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////") and ":memory:" not in url:
        path = resolve(url.removeprefix("sqlite:///"), base)
        path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{path}"
    elif url.startswith("sqlite:////"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"))
    except Exception as exc:  # bad URL or missing driver
        raise MailbotError(f"database.url: cannot use {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent)."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # several workers starting at once: one migrates, the others wait and find it done
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": DECIDE_LOCK + 1})
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class Turns:
    """Turns at writing for the threads of one process, first come first served.

    SQLite has one writer at a time, and a writer that finds the lock taken polls for it with
    growing sleeps (busy_timeout): a thread that writes transaction after transaction (handling a
    backlog) gets the lock back every time before a waiting thread (the sender) wakes up. With a
    turn taken before ``BEGIN IMMEDIATE`` the waiting thread goes next, and ``waiting()`` tells a
    long writer to commit and step aside. A thread may take its turn again while it holds it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._next = 0  # the next ticket to hand out
        self._serving = 0  # the ticket whose turn it is
        self._owner: int | None = None
        self._depth = 0

    def acquire(self) -> None:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return
            ticket = self._next
            self._next += 1
            while ticket != self._serving:
                self._cond.wait()
            self._owner, self._depth = me, 1

    def release(self) -> None:
        with self._cond:
            self._depth -= 1
            if self._depth:
                return
            self._owner = None
            self._serving += 1
            self._cond.notify_all()

    def waiting(self) -> bool:
        """Another thread waits for its turn."""
        return self._next - self._serving > 1

    def __enter__(self) -> "Turns":
        self.acquire()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.release()


class Store:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.session = sessionmaker(engine, expire_on_commit=False)  # for reading
        self.writer = sessionmaker(engine.execution_options(mailbot_writer=True), expire_on_commit=False)
        self.turns = Turns()

    def audit(self, s: Session, at: datetime, actor: str, action: str, entity: str, entity_id: int | None,
              email: str | None = None, **detail: Any) -> None:
        s.add(Audit(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id, email=email,
                    detail=json.loads(json.dumps(detail, default=str))))

    # ---- coordination of several workers (PostgreSQL); with SQLite there is one writer anyway
    @property
    def shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def turn(self):
        """Held around a write transaction of this process that may meet others (see Turns);
        PostgreSQL locks rows, not the database: nothing to wait for there."""
        return nullcontext() if self.shared else self.turns

    def others_waiting(self) -> bool:
        """A long writer should commit and let another thread of this process write first."""
        return not self.shared and self.turns.waiting()

    def decide_lock(self, s: Session) -> None:
        """Serialise decisions (seats, waiting lists, reminders) until the transaction ends."""
        if self.shared:
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": DECIDE_LOCK})

    @contextmanager
    def mailbox_lock(self, mailbox: str):
        """Held while one worker fetches from and files into a mailbox; others skip that step.
        Yields True when this worker holds it."""
        if not self.shared:
            yield True
            return
        key = int.from_bytes(hashlib.sha256(mailbox.encode()).digest()[:8], "big", signed=True)
        with self.engine.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
            conn.commit()
            try:
                yield bool(got)
            finally:
                if got:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                    conn.commit()

    def set(self, name: str, value: str) -> None:
        with self.turn(), self.writer.begin() as s:
            row = s.get(Setting, name)
            if row is None:
                s.add(Setting(name=name, value=value))
            else:
                row.value = value

    def get(self, prefix: str) -> dict[str, str]:
        with self.session() as s:
            return {r.name: r.value for r in s.scalars(select(Setting).where(Setting.name.startswith(prefix)))}

    def count(self, name: str, by: int = 1) -> None:
        with self.turn(), self.writer.begin() as s:
            row = s.get(Counter, name)
            if row is None:
                s.add(Counter(name=name, value=by))
            else:
                row.value += by

    def counters(self) -> dict[str, int]:
        with self.session() as s:
            return {c.name: c.value for c in s.scalars(select(Counter))}


def open_store(url: str, base: Path = Path("."), upgrade: bool = True) -> Store:
    engine = make_engine(url, base)
    if upgrade:
        try:
            migrate(engine)
        except MailbotError:
            raise
        except Exception as exc:
            raise MailbotError(f"database.url: cannot open or migrate the database: {exc}") from exc
    return Store(engine)
