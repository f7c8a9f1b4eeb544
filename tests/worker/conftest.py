import pytest

from tests.harness import Harness


@pytest.fixture
def desk(tmp_path):
    return Harness(tmp_path)
