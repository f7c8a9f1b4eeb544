"""The type checker passes: mypy with the project's configuration (pyproject.toml: the package,
strict on the pure core: understand, decide, states, registrations)."""

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_finds_no_type_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the configuration, the package and the cache are found from here
    report, errors, status = api.run([])
    assert status == 0, report + errors
