"""The database rejects a state mailbot.states does not name (migration 0007), on SQLite (batch
mode) and PostgreSQL; the migration goes down and up again."""

from datetime import datetime, timezone

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from mailbot.states import MailState, MessageState, Question, Status
from mailbot.store import make_engine, open_store
from tests.worker.test_store import _alembic, url  # noqa: F401 - the fixture: SQLite and PostgreSQL

AT = datetime(2023, 9, 1, tzinfo=timezone.utc).replace(tzinfo=None)
REG = text("INSERT INTO registrations (desk, reference, email, name, names, phone, workshop, attendees, status, "
           "pending, offered, target, language, created_at, updated_at, history) VALUES ('main', :ref, 'a@x.org', "
           "'', '[]', '', 'offenau', 1, :status, :pending, '[]', NULL, 'de', :at, :at, '[]')")
MSG = text("INSERT INTO messages (desk, mailbox, source_key, message_id, raw, fetched_at, sender, sender_name, "
           "subject, state, reason) VALUES ('main', 'mb', :key, :key, :raw, :at, '', '', '', :state, '')")
OUT = text("INSERT INTO outbox (desk, dedupe, message_id, kind, to_addr, subject, raw, state, attempts, "
           "next_attempt_at, last_error, created_at) VALUES ('main', :key, :key, 'confirmed', 'a@x.org', '', :raw, "
           ":state, 0, :at, '', :at)")


def _insert(engine, statement, **values) -> None:
    with engine.begin() as connection:
        connection.execute(statement, {"at": AT, "raw": b"x", **values})


def test_every_named_state_is_stored_and_any_other_is_rejected(url):  # noqa: F811
    store = open_store(url)
    engine = store.engine
    for i, status in enumerate(Status):
        _insert(engine, REG, ref=f"MB-S{i}", status=status.value,
                pending=Question.CLARIFY.value if status == Status.AWAITING else None)
    for i, question in enumerate(Question):
        _insert(engine, REG, ref=f"MB-Q{i}", status="awaiting", pending=question.value)
    for i, state in enumerate(MessageState):
        _insert(engine, MSG, key=f"m{i}", state=state.value)
    for i, state in enumerate(MailState):
        _insert(engine, OUT, key=f"o{i}", state=state.value)
    for statement, values in ((REG, {"ref": "MB-BAD1", "status": "confirmd", "pending": None}),
                              (REG, {"ref": "MB-BAD2", "status": "awaiting", "pending": "which_one"}),
                              (MSG, {"key": "bad", "state": "handled"}),
                              (OUT, {"key": "bad", "state": "delivered"})):
        with pytest.raises(IntegrityError):
            _insert(engine, statement, **values)
    engine.dispose()


def test_the_migration_goes_down_to_0003_and_up_again_keeping_rows(url):  # noqa: F811
    open_store(url).engine.dispose()
    engine = make_engine(url)
    _insert(engine, REG, ref="MB-KEEP1", status="waiting", pending=None)
    with engine.begin() as connection:
        command.downgrade(_alembic(connection), "0003")
    _insert(engine, REG, ref="MB-LOOSE", status="whatever", pending=None)  # no constraint before 0007
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM registrations WHERE reference = 'MB-LOOSE'"))
        command.upgrade(_alembic(connection), "head")
    with engine.begin() as connection:
        assert connection.execute(text("SELECT status FROM registrations")).scalars().all() == ["waiting"]
    with pytest.raises(IntegrityError):
        _insert(engine, REG, ref="MB-BAD", status="whatever", pending=None)
    engine.dispose()
