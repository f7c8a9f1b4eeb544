from pathlib import Path

import pytest

from mailbot.config import load_config

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def config():
    return load_config(ROOT / "config.example.toml")
