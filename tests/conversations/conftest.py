"""`-k table25` selects the conversations of table25.py: each conversation's test carries the name
of the table module that holds it as a keyword."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from tests.conversations.runner import Conversation


def _tables() -> dict[str, str]:
    where: dict[str, str] = {}
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if not info.name.startswith("table"):
            continue
        module = importlib.import_module(f"tests.conversations.{info.name}")
        for key, value in vars(module).items():
            if key.startswith("CONVERSATIONS") and isinstance(value, list):
                for c in value:
                    if isinstance(c, Conversation):
                        where.setdefault(c.name, info.name)
    return where


def pytest_collection_modifyitems(config, items):
    where = _tables()
    for item in items:
        name = getattr(item, "callspec", None) and item.callspec.params.get("name")
        if isinstance(name, str) and name in where:
            item.extra_keyword_matches.add(where[name])
