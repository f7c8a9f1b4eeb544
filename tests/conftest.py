import os
from pathlib import Path

import pytest
from hypothesis import settings

from mailbot.config import load_config

ROOT = Path(__file__).resolve().parent.parent

# The property-based tests draw the same examples on every run, so a test run (and CI) passes or
# fails on the code, not on the draw. To look for new failing inputs, draw fresh ones:
# HYPOTHESIS_PROFILE=explore .venv/bin/python -m pytest tests/unit/test_bad_input.py
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def config():
    return load_config(ROOT / "config.example.toml")


@pytest.fixture(scope="session")
def pg_cluster():
    """A private PostgreSQL cluster for the whole test session (tests/servers/postgres.py)."""
    from servers.postgres import PostgresCluster, available

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
