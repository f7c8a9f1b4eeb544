from pathlib import Path

import pytest

from mailbot.config import load_config

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def config():
    return load_config(ROOT / "config.example.toml")


@pytest.fixture(scope="session")
def pg_cluster():
    """A private PostgreSQL cluster for the whole test session (tests/postgres.py)."""
    from postgres import PostgresCluster, available

    reason = available()
    if reason is not None:
        pytest.skip(f"PostgreSQL not usable: {reason}")
    with PostgresCluster() as cluster:
        yield cluster


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh, empty database; its SQLAlchemy URL. Dispose engines on it before the test ends."""
    import gc

    url = pg_cluster.create_database()
    yield url
    gc.collect()  # close what a test left for the garbage collector while the database still exists
    if not pg_cluster.running:  # a test that stopped the server and failed before restarting it
        pg_cluster.start()
    pg_cluster.drop_database(url.rsplit("/", 1)[1])
