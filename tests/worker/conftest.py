import pytest

from tests.harness import Harness


@pytest.fixture(params=["sqlite", "postgresql"])
def desk(request, tmp_path):
    """The desk on the embedded backends, with its store on SQLite and on PostgreSQL."""
    if request.param == "postgresql":
        harness = Harness(tmp_path, database__url=request.getfixturevalue("pg_url"))
    else:
        harness = Harness(tmp_path)
    yield harness
    harness.store.engine.dispose()  # before the test database is dropped
