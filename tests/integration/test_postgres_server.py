"""The throw-away PostgreSQL server of tests/servers/postgres.py works: databases, restarts, crashes,
row locks and advisory locks, and the project's store migrates on it.

The fixtures are local to this module (the shared conftest files are wired elsewhere):
``pg_cluster`` (one server for the session) and ``pg_url`` (a fresh database per test).
Tests that stop or kill the server start it again before they end, on the same port.
"""

from __future__ import annotations

import os
import time

import pytest

from servers.postgres import PostgresCluster, available

psycopg = pytest.importorskip("psycopg")


def dbname(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_connect_and_create_table(pg_cluster, pg_url):
    assert pg_url == f"postgresql+psycopg://postgres@127.0.0.1:{pg_cluster.port}/{dbname(pg_url)}"
    with pg_cluster.connect(dbname(pg_url)) as conn:
        conn.execute("CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)")
        conn.execute("INSERT INTO t (name) VALUES (%s), (%s)", ("Zoë", "ß"))
        conn.commit()
        assert conn.execute("SELECT name FROM t ORDER BY id").fetchall() == [("Zoë",), ("ß",)]
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
        assert conn.execute("SHOW fsync").fetchone() == ("off",)
        # kept on: a kill -9 must not lose committed transactions (see servers/postgres.py)
        assert conn.execute("SHOW synchronous_commit").fetchone() == ("on",)


def test_sqlalchemy_url(pg_url):
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar() == dbname(pg_url)
    finally:
        engine.dispose()


def test_fresh_databases_are_independent(pg_cluster):
    first, second = pg_cluster.create_database(), pg_cluster.create_database()
    try:
        assert first != second
        with pg_cluster.connect(dbname(first)) as conn:
            conn.execute("CREATE TABLE only_here (x int)")
            conn.execute("INSERT INTO only_here VALUES (1)")
        with pg_cluster.connect(dbname(second)) as conn:
            assert conn.execute("SELECT to_regclass('only_here')").fetchone() == (None,)
            conn.execute("CREATE TABLE only_here (x int)")  # the same name, no clash
            assert conn.execute("SELECT count(*) FROM only_here").fetchone() == (0,)
    finally:
        pg_cluster.drop_database(dbname(first))
        pg_cluster.drop_database(dbname(second))
    with pg_cluster.connect() as conn:
        names = {row[0] for row in conn.execute("SELECT datname FROM pg_database")}
    assert dbname(first) not in names and dbname(second) not in names


def test_drop_database_disconnects_clients(pg_cluster):
    url = pg_cluster.create_database()
    conn = pg_cluster.connect(dbname(url))
    try:
        pg_cluster.drop_database(dbname(url))
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
    finally:
        conn.close()


def _insert_committed(pg_cluster, url: str, values: list[int]) -> None:
    with pg_cluster.connect(dbname(url)) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS kept (x int)")
        for v in values:
            conn.execute("INSERT INTO kept VALUES (%s)", (v,))
        conn.commit()


def _kept(pg_cluster, url: str) -> list[int]:
    with pg_cluster.connect(dbname(url)) as conn:
        return [row[0] for row in conn.execute("SELECT x FROM kept ORDER BY x")]


def test_stop_refuses_connections_then_start_keeps_data(pg_cluster, pg_url):
    port = pg_cluster.port
    _insert_committed(pg_cluster, pg_url, [1, 2, 3])
    open_conn = pg_cluster.connect(dbname(pg_url))
    try:
        pg_cluster.stop()
        assert not pg_cluster.running and pg_cluster.processes() == []
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg_cluster.dsn(dbname(pg_url)), connect_timeout=2)
        with pytest.raises(psycopg.OperationalError):  # its backend was shut down
            open_conn.execute("SELECT 1")
    finally:
        open_conn.close()
        pg_cluster.start()
    assert pg_cluster.port == port
    assert _kept(pg_cluster, pg_url) == [1, 2, 3]


def test_store_engine_reconnects_after_restart(pg_cluster, pg_url):
    from mailbot.store import open_store

    store = open_store(pg_url)
    try:
        store.count("mails")
        pg_cluster.stop()
        pg_cluster.start()
        store.count("mails")  # pool_pre_ping replaces the pooled connection the restart broke
        assert store.counters() == {"mails": 2}
    finally:
        store.engine.dispose()


def test_kill_then_start_recovers_committed_data(pg_cluster, pg_url):
    port = pg_cluster.port
    _insert_committed(pg_cluster, pg_url, [1])
    # the last commit immediately before the SIGKILL: it must survive too (fsync=off only
    # skips the flush to disk; the WAL is in the OS page cache, and synchronous_commit=on
    # wrote it there before COMMIT returned)
    conn = pg_cluster.connect(dbname(pg_url), autocommit=True)
    uncommitted = pg_cluster.connect(dbname(pg_url))
    try:
        for v in range(2, 52):
            conn.execute("INSERT INTO kept VALUES (%s)", (v,))
        uncommitted.execute("INSERT INTO kept VALUES (1000)")  # never committed
        postmaster_and_children = pg_cluster.processes()
        assert postmaster_and_children
        pg_cluster.kill()
        assert not pg_cluster.running
        # none of the server's processes survives, not even as a zombie
        for pid in postmaster_and_children:
            try:
                with open(f"/proc/{pid}/stat", "rb") as f:
                    state = f.read().rsplit(b")", 1)[1].split()[0]
                pytest.fail(f"process {pid} of the killed server is still there (state {state!r})")
            except FileNotFoundError:
                pass
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg_cluster.dsn(dbname(pg_url)), connect_timeout=2)
    finally:
        conn.close()
        uncommitted.close()
        pg_cluster.start()
    assert pg_cluster.port == port
    assert _kept(pg_cluster, pg_url) == list(range(1, 52))
    log = pg_cluster.log()
    assert "not properly shut down" in log and "automatic recovery in progress" in log


def test_select_for_update_skip_locked(pg_cluster, pg_url):
    with pg_cluster.connect(dbname(pg_url)) as setup:
        setup.execute("CREATE TABLE jobs (id int PRIMARY KEY, state text NOT NULL DEFAULT 'new')")
        setup.execute("INSERT INTO jobs (id) SELECT generate_series(1, 3)")
    with pg_cluster.connect(dbname(pg_url)) as a, pg_cluster.connect(dbname(pg_url)) as b:
        claim = "SELECT id FROM jobs WHERE state = 'new' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"
        assert a.execute(claim).fetchone() == (1,)  # a holds row 1 (transaction open)
        assert b.execute(claim).fetchone() == (2,)  # b skips it
        assert b.execute("SELECT id FROM jobs ORDER BY id FOR UPDATE SKIP LOCKED").fetchall() == [(2,), (3,)]
        b.rollback()
        b.execute("SET lock_timeout = '5s'")
        with pytest.raises(psycopg.errors.LockNotAvailable):  # without SKIP LOCKED: NOWAIT refuses
            b.execute("SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT")
        b.rollback()
        a.execute("UPDATE jobs SET state = 'done' WHERE id = 1")
        a.commit()
        assert b.execute(claim).fetchone() == (2,)
        b.rollback()


def test_advisory_lock_is_exclusive(pg_cluster, pg_url):
    with pg_cluster.connect(dbname(pg_url), autocommit=True) as a, \
            pg_cluster.connect(dbname(pg_url), autocommit=True) as b:
        try_lock = "SELECT pg_try_advisory_lock(%s)"
        assert a.execute(try_lock, (4242,)).fetchone() == (True,)
        assert b.execute(try_lock, (4242,)).fetchone() == (False,)
        assert b.execute(try_lock, (4243,)).fetchone() == (True,)  # another key is free
        assert a.execute("SELECT pg_advisory_unlock(%s)", (4242,)).fetchone() == (True,)
        assert b.execute(try_lock, (4242,)).fetchone() == (True,)
        b.close()  # a session lock ends with its connection -- a moment after close() returns:
        deadline = time.monotonic() + 10  # the server notices the disconnect asynchronously
        while not a.execute(try_lock, (4243,)).fetchone()[0]:
            assert time.monotonic() < deadline, "lock 4243 still held after its connection closed"
            time.sleep(0.01)


def test_open_store_migrates_on_postgresql(pg_cluster, pg_url):
    from mailbot.store import open_store

    store = open_store(pg_url)
    try:
        assert store.engine.dialect.name == "postgresql"
        assert store.counters() == {}
        store.count("received")
        store.count("received", by=2)
        assert store.counters() == {"received": 3}
    finally:
        store.engine.dispose()
    with pg_cluster.connect(dbname(pg_url)) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    again = open_store(pg_url)  # migrating again is a no-op
    try:
        assert again.counters() == {"received": 3}
    finally:
        again.engine.dispose()


def _owner(pid: int) -> int | None:
    """The uid a process runs as; None when it has ended since it was listed (a backend that
    served one connection)."""
    try:
        return os.stat(f"/proc/{pid}").st_uid
    except FileNotFoundError:
        return None


def test_own_cluster_leaves_nothing_behind():
    """A second, short-lived cluster: start, crash, restart, close -- then no process and no
    directory is left (what the session fixture relies on at the end of the run)."""
    if (reason := available()) is not None:
        pytest.skip(f"PostgreSQL not usable: {reason}")
    began = time.monotonic()
    with PostgresCluster() as cluster:
        started = time.monotonic() - began
        base = cluster.base
        assert base is not None and base.is_dir()
        if os.geteuid() == 0:  # the server runs as the postgres user, never as root
            assert all(_owner(pid) != 0 for pid in cluster.processes())
        cluster.kill()
        cluster.start()
        pids = cluster.processes()
        assert pids
    assert not base.exists()
    assert not any(os.path.exists(f"/proc/{pid}") for pid in pids)
    assert started < 30
