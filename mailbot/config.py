"""TOML → typed settings. The only module that knows key names.

Every key is declared once in ``SCHEMA``; the loader rejects unknown, missing and mistyped
keys with an error naming the key, and ``tests/unit/test_config.py`` checks the schema against
``config.example.toml`` in both directions.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError
from .events import Event, chronological


@dataclass(frozen=True)
class Key:
    name: str
    type: type | tuple[type, ...]
    required: bool = True
    default: Any = None
    help: str = ""


# section -> keys; "workshops" is an array of tables.
SCHEMA: dict[str, tuple[Key, ...]] = {
    "office": (
        Key("name", str, help="office name shown in replies"),
        Key("addresses", list, help="the office's own addresses: never answered"),
        Key("timezone", str, False, "Europe/Berlin", "time zone of events and of dates in mail"),
    ),
    "workshops": (
        Key("id", str),
        Key("title", str),
        Key("town", str),
        Key("venue", str),
        Key("address", str),
        Key("start", datetime),
        Key("end", datetime),
        Key("capacity", int, False, 0),
        Key("aliases", list, False, []),
    ),
}
ARRAY_SECTIONS = {"workshops"}


@dataclass(frozen=True)
class Office:
    name: str
    addresses: tuple[str, ...]
    timezone: ZoneInfo


@dataclass(frozen=True)
class Config:
    office: Office
    events: tuple[Event, ...]
    source: str = ""


def _check_table(table: dict[str, Any], keys: tuple[Key, ...], where: str, source: str) -> dict[str, Any]:
    known = {k.name: k for k in keys}
    for name in table:
        if name not in known:
            raise ConfigError(f"{where}.{name}", f"unknown key (known: {', '.join(known)})", source)
    out: dict[str, Any] = {}
    for key in keys:
        if key.name not in table:
            if key.required:
                raise ConfigError(f"{where}.{key.name}", "missing", source)
            out[key.name] = key.default
            continue
        value = table[key.name]
        # bool is an int in Python; a capacity of `true` is still wrong
        if not isinstance(value, key.type) or (key.type is int and isinstance(value, bool)):
            wanted = key.type.__name__ if isinstance(key.type, type) else key.type
            raise ConfigError(f"{where}.{key.name}", f"expected {wanted}, got {value!r}", source)
        out[key.name] = value
    return out


def _aware(value: datetime, tz: ZoneInfo) -> datetime:
    return value.replace(tzinfo=tz) if value.tzinfo is None else value.astimezone(tz)


def parse_config(data: dict[str, Any], source: str = "") -> Config:
    for section in data:
        if section not in SCHEMA:
            raise ConfigError(section, f"unknown section (known: {', '.join(SCHEMA)})", source)
    if "office" not in data or not isinstance(data["office"], dict):
        raise ConfigError("office", "missing section [office]", source)
    office = _check_table(data["office"], SCHEMA["office"], "office", source)
    try:
        tz = ZoneInfo(office["timezone"])
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError("office.timezone", f"unknown time zone {office['timezone']!r}", source) from exc
    addresses = office["addresses"]
    if not addresses or not all(isinstance(a, str) and "@" in a for a in addresses):
        raise ConfigError("office.addresses", "needs at least one e-mail address", source)

    raw_events = data.get("workshops")
    if not isinstance(raw_events, list) or not raw_events:
        raise ConfigError("workshops", "at least one [[workshops]] table is needed", source)
    events = []
    seen: set[str] = set()
    for i, table in enumerate(raw_events):
        where = f"workshops[{i}]"
        w = _check_table(table, SCHEMA["workshops"], where, source)
        if w["id"] in seen:
            raise ConfigError(f"{where}.id", f"duplicate id {w['id']!r}", source)
        seen.add(w["id"])
        start, end = _aware(w["start"], tz), _aware(w["end"], tz)
        if end <= start:
            raise ConfigError(f"{where}.end", "must be after start", source)
        if w["capacity"] < 0:
            raise ConfigError(f"{where}.capacity", "must be 0 (unlimited) or more", source)
        if not all(isinstance(a, str) and a.strip() for a in w["aliases"]):
            raise ConfigError(f"{where}.aliases", "must be a list of names", source)
        events.append(Event(w["id"], w["title"], w["town"], w["venue"], w["address"], start, end,
                            w["capacity"], tuple(w["aliases"])))
    return Config(
        office=Office(office["name"], tuple(a.lower() for a in addresses), tz),
        events=chronological(events),
        source=source,
    )


def example_text() -> str:
    return resources.files("mailbot").joinpath("config.example.toml").read_text(encoding="utf-8")


def load_config(path: str | Path | None = None) -> Config:
    """Load PATH; without one, ./config.toml if present, else the packaged example."""
    if path is None and Path("config.toml").is_file():
        path = "config.toml"
    if path is None:
        return parse_config(tomllib.loads(example_text()), "config.example.toml (packaged)")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError("--config", f"cannot read {p}: {exc.strerror}", str(p)) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("(syntax)", str(exc), str(p)) from exc
    return parse_config(data, str(p))
