"""The database schema: the migrations build exactly the models on SQLite and PostgreSQL, opening
twice is harmless, and a database made before desks existed keeps its rows as desk "main"."""

from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from mailbot.store import MIGRATIONS, content_digest, make_engine, open_store


def _alembic(connection) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'm.db'}"


def test_migrations_match_the_models_and_reopen_cleanly(url):
    store = open_store(url)
    open_store(url).engine.dispose()  # a second start upgrades nothing and breaks nothing
    with store.engine.begin() as connection:
        command.check(_alembic(connection))  # raises when the models need a migration that does not exist
    store.engine.dispose()


def test_rows_from_before_desks_belong_to_the_main_desk_and_message_ids_are_unique_per_desk(url):
    engine = make_engine(url)
    with engine.begin() as connection:
        command.upgrade(_alembic(connection), "0002")
    at = datetime(2023, 9, 1, tzinfo=timezone.utc).replace(tzinfo=None)
    insert = text("INSERT INTO messages (mailbox, source_key, message_id, raw, fetched_at, sender, sender_name, "
                  "subject, state, reason) VALUES (:mb, :key, :mid, :raw, :at, '', '', '', 'new', '')")
    with engine.begin() as connection:
        connection.execute(insert, {"mb": "old", "key": "1", "mid": "<a@x>", "raw": b"x", "at": at})
    engine.dispose()
    store = open_store(url)  # upgrades to the newest revision
    with store.engine.begin() as connection:
        assert connection.execute(text("SELECT desk FROM messages")).scalar_one() == "main"
        # 0004: stored messages get the digest of their content
        assert connection.execute(text("SELECT digest FROM messages")).scalar_one() == content_digest(b"x")
        insert = text("INSERT INTO messages (desk, mailbox, source_key, message_id, digest, raw, fetched_at, sender, "
                      "sender_name, subject, state, reason) VALUES (:desk, :mb, :key, :mid, :digest, :raw, :at, '', "
                      "'', '', 'new', '')")
        row = {"mid": "<a@x>", "digest": content_digest(b"x"), "raw": b"x", "at": at}
        connection.execute(insert, {"desk": "other", "mb": "b", "key": "1", **row})
        # the same Message-ID with other content is another message
        connection.execute(insert, {**row, "desk": "main", "mb": "d", "key": "1", "digest": content_digest(b"y")})
    with pytest.raises(IntegrityError):
        with store.engine.begin() as connection:
            connection.execute(insert, {"desk": "main", "mb": "c", "key": "1", **row})
    store.engine.dispose()


def test_a_new_reference_is_never_one_already_given(tmp_path, monkeypatch):
    import mailbot.registrations as registrations
    from mailbot.store import Registration

    store = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    now = datetime(2023, 9, 1, tzinfo=timezone.utc)
    drawn = iter(["MB-AAAAAA", "MB-AAAAAA", "MB-BBBBBB"])  # the random draw repeats itself once
    monkeypatch.setattr(registrations, "new_reference", lambda prefix: next(drawn))
    with store.writer() as s:
        for _ in range(2):
            s.add(Registration(reference=registrations.unused_reference(s, "MB"), email="x@example.org", status="confirmed",
                               workshop="offenau", created_at=now, updated_at=now))
            s.flush()
        s.commit()
        assert sorted(s.scalars(select(Registration.reference))) == ["MB-AAAAAA", "MB-BBBBBB"]
    store.engine.dispose()
