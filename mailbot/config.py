"""TOML → typed settings. The only module that knows key names.

Every key is declared once in ``SCHEMA``; the loader rejects unknown, missing and mistyped
keys with an error naming the key, and ``tests/unit/test_config.py`` checks the schema against
``config.example.toml`` in both directions.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypedDict
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
        Key("phone", str, False, "", "phone number named in replies (empty: not named)"),
    ),
    "mailbox": (
        Key("backend", str, False, "maildir", "maildir | imap"),
        Key("path", str, False, "mailbot-data/maildir", "maildir: the Maildir directory"),
        Key("host", str, False, ""),
        Key("port", int, False, 0, "0: 993 for tls, 143 otherwise"),
        Key("security", str, False, "tls", "tls | starttls | none (none only to a loopback address)"),
        Key("username", str, False, ""),
        Key("auth", str, False, "password", "password | xoauth2"),
        Key("password", str, False, ""),
        Key("password_env", str, False, ""),
        Key("password_file", str, False, ""),
        Key("oauth2_token_command", str, False, ""),
        Key("oauth2_token_file", str, False, ""),
        Key("folder", str, False, "INBOX"),
        Key("idle", bool, False, True),
        Key("poll_interval", int, False, 60),
        Key("after", str, False, "move", "move | flag"),
        Key("folder_done", str, False, "Anmeldungen/Bestätigt"),
        Key("folder_clarify", str, False, "Anmeldungen/Rückfrage"),
        Key("folder_review", str, False, "Anmeldungen/Prüfen"),
        Key("folder_ignored", str, False, "Anmeldungen/Ignoriert"),
        Key("timeout", int, False, 60),
        Key("ca_file", str, False, "", "CA certificates (PEM) for a server with a private certificate"),
        Key("trusted_authserv_id", str, False, "",
            "authserv-id of the receiving server's Authentication-Results; empty: all count, failure wins"),
    ),
    "smtp": (
        Key("backend", str, False, "pickup", "pickup | smtp"),
        Key("path", str, False, "mailbot-data/outbox", "pickup: directory for .eml files"),
        Key("host", str, False, ""),
        Key("port", int, False, 0, "0: 465 for tls, 587 for starttls, 25 otherwise"),
        Key("security", str, False, "starttls", "tls | starttls | none (none only to a loopback address)"),
        Key("username", str, False, ""),
        Key("password", str, False, ""),
        Key("password_env", str, False, ""),
        Key("password_file", str, False, ""),
        Key("from", str, False, "", "sender address; empty: the first office address"),
        Key("from_name", str, False, "", "display name; empty: office.name"),
        Key("timeout", int, False, 60),
        Key("batch_size", int, False, 200, "mails sent over one connection"),
        Key("ca_file", str, False, "", "CA certificates (PEM) for a server with a private certificate"),
    ),
    "database": (
        Key("url", str, False, "sqlite:///mailbot-data/mailbot.db", "SQLAlchemy URL"),
    ),
    "replies": (
        Key("templates", str, False, "", "template directory; empty: the shipped templates"),
        Key("max_per_sender_per_day", int, False, 5),
        Key("acknowledge_review", bool, False, True),
        Key("reference_prefix", str, False, "MB"),
    ),
    "web": (
        Key("host", str, False, "127.0.0.1", "address the staff pages listen on"),
        Key("port", int, False, 8025),
        Key("certfile", str, False, "", "TLS certificate (PEM): serve HTTPS, cookies marked Secure"),
        Key("keyfile", str, False, ""),
        Key("behind_tls_proxy", bool, False, False, "a reverse proxy serves HTTPS: cookies marked Secure"),
        Key("trusted_proxy_header", str, False, "",
            "header in which the proxy names the client address (X-Forwarded-For); empty: none"),
    ),
    "schedule": (
        Key("outbox_interval", int, False, 30),
        Key("reminder_days", list, False, [2]),
        Key("reminder_hour", int, False, 9),
        Key("retention_days", int, False, 90),
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
# [[desks]]: several mailboxes in one config, each with its own events (and, where given, its own
# office details, mailbox, smtp and replies keys; keys not given are taken from the top level)
DESK_SECTIONS = ("office", "mailbox", "smtp", "replies", "workshops")
DESK_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAIN_DESK = "main"  # the id of the one desk of a config without [[desks]]
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@dataclass(frozen=True)
class Office:
    name: str
    addresses: tuple[str, ...]
    timezone: ZoneInfo
    phone: str = ""


@dataclass(frozen=True)
class Section:
    """One plain section: attribute access to its checked keys (``config.mailbox.host``)."""

    name: str
    values: dict[str, Any]

    def __getattr__(self, key: str) -> Any:
        try:
            return self.values[key]
        except KeyError:
            raise AttributeError(key) from None


def _defaults(section: str) -> Section:
    return Section(section, {k.name: k.default for k in SCHEMA[section]})


@dataclass(frozen=True)
class Config:
    office: Office
    events: tuple[Event, ...]
    source: str = ""
    mailbox: Section = field(default_factory=lambda: _defaults("mailbox"))
    smtp: Section = field(default_factory=lambda: _defaults("smtp"))
    database: Section = field(default_factory=lambda: _defaults("database"))
    replies: Section = field(default_factory=lambda: _defaults("replies"))
    schedule: Section = field(default_factory=lambda: _defaults("schedule"))
    web: Section = field(default_factory=lambda: _defaults("web"))
    base: Path = Path(".")  # relative paths in the config are relative to this directory
    demo: bool = False  # the packaged example is in use: the bundled demo Maildir seeds the mailbox
    desk: str = MAIN_DESK  # which desk (mailbox with its events) this is
    # with [[desks]]: one Config per desk; this top-level one then holds all events and addresses
    # (for the staff pages, status and exports) and is not run as a desk itself
    desks: tuple["Config", ...] = ()

    def path(self, value: str) -> Path:
        """A path from this config (``~`` expanded; a relative one is relative to ``base``)."""
        return resolve(value, self.base)

    @property
    def sender(self) -> str:
        return self.smtp.values["from"] or self.office.addresses[0]

    def event(self, event_id: str | None) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    @property
    def all_desks(self) -> tuple["Config", ...]:
        """The desks to run: each [[desks]] entry, or this config itself when there are none."""
        return self.desks or (self,)

    def desk_of(self, event_id: str | None) -> "Config":
        """The desk whose events include ``event_id``."""
        return next((d for d in self.all_desks if d.event(event_id) is not None), self.all_desks[0])


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


def _choice(section: dict[str, Any], key: str, allowed: tuple[str, ...], name: str, source: str) -> None:
    if section[key] not in allowed:
        raise ConfigError(f"{name}.{key}", f"expected one of {', '.join(allowed)}, got {section[key]!r}", source)


def _check_server(s: dict[str, Any], name: str, source: str) -> None:
    _choice(s, "security", ("tls", "starttls", "none"), name, source)
    if not s["host"]:
        raise ConfigError(f"{name}.host", f"needed for backend = {s['backend']!r}", source)
    if s["security"] == "none" and s["host"] not in LOOPBACK:
        raise ConfigError(f"{name}.security", "'none' (no encryption) is only allowed to a loopback address", source)
    if not 0 <= s["port"] < 65536:
        raise ConfigError(f"{name}.port", "must be 1..65535 (0: the default port)", source)
    secrets = [k for k in ("password", "password_env", "password_file") if s.get(k)]
    if len(secrets) > 1:
        raise ConfigError(f"{name}.{secrets[1]}", f"give only one of {', '.join(secrets)}", source)
    if s.get("password_env") and s["password_env"] not in os.environ:
        raise ConfigError(f"{name}.password_env", f"environment variable {s['password_env']} is not set", source)


class Sections(TypedDict):
    """The plain sections of a config (keyword arguments of ``Config``)."""

    mailbox: Section
    smtp: Section
    database: Section
    replies: Section
    schedule: Section
    web: Section


def _sections(data: dict[str, Any], source: str, prefix: str = "") -> Sections:
    """Check the plain sections; ``prefix`` (e.g. "desks[1].") goes before every key named in an error."""
    out: dict[str, dict[str, Any]] = {}
    for name in ("mailbox", "smtp", "database", "replies", "schedule", "web"):
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise ConfigError(prefix + name, "must be a table", source)
        out[name] = _check_table(table, SCHEMA[name], prefix + name, source)
    mb, smtp = out["mailbox"], out["smtp"]
    _choice(mb, "backend", ("maildir", "imap"), prefix + "mailbox", source)
    _choice(mb, "after", ("move", "flag"), prefix + "mailbox", source)
    _choice(mb, "auth", ("password", "xoauth2"), prefix + "mailbox", source)
    if mb["backend"] == "imap":
        _check_server(mb, prefix + "mailbox", source)
        if not mb["username"]:
            raise ConfigError(prefix + "mailbox.username", "needed for backend = 'imap'", source)
        if mb["auth"] == "xoauth2" and not (mb["oauth2_token_command"] or mb["oauth2_token_file"]):
            raise ConfigError(prefix + "mailbox.oauth2_token_command", "xoauth2 needs a token command or token file", source)
    _choice(smtp, "backend", ("pickup", "smtp"), prefix + "smtp", source)
    if smtp["backend"] == "smtp":
        _check_server(smtp, prefix + "smtp", source)
    if smtp["from"] and "@" not in smtp["from"]:
        raise ConfigError(prefix + "smtp.from", "must be an e-mail address", source)
    for name, section in out.items():
        for key, value in section.items():
            if key.endswith(("interval", "timeout", "batch_size")) and value <= 0:
                raise ConfigError(f"{prefix}{name}.{key}", "must be more than 0", source)
    if out["replies"]["max_per_sender_per_day"] < 0:
        raise ConfigError(prefix + "replies.max_per_sender_per_day", "must be 0 or more", source)
    if not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in out["schedule"]["reminder_days"]):
        raise ConfigError(prefix + "schedule.reminder_days", "must be a list of whole days, e.g. [2] or [7, 1]", source)
    if not 0 <= out["schedule"]["reminder_hour"] < 24:
        raise ConfigError(prefix + "schedule.reminder_hour", "must be 0..23", source)
    if bool(out["web"]["certfile"]) != bool(out["web"]["keyfile"]):
        raise ConfigError(prefix + "web.keyfile", "give both certfile and keyfile, or neither", source)
    if not 0 < out["web"]["port"] < 65536:
        raise ConfigError(prefix + "web.port", "must be 1..65535", source)
    if not re.fullmatch(r"([A-Za-z0-9-]+)?", out["web"]["trusted_proxy_header"]):
        raise ConfigError(prefix + "web.trusted_proxy_header", "a header name like X-Forwarded-For, or empty", source)
    if not out["database"]["url"] or "://" not in out["database"]["url"]:
        raise ConfigError(prefix + "database.url", "expected an SQLAlchemy URL like sqlite:///mailbot.db", source)
    return Sections(mailbox=Section("mailbox", mb), smtp=Section("smtp", smtp),
                    database=Section("database", out["database"]), replies=Section("replies", out["replies"]),
                    schedule=Section("schedule", out["schedule"]), web=Section("web", out["web"]))


def resolve(value: str | Path, base: Path) -> Path:
    """A path from the config file: ``~`` expanded; a relative one is relative to ``base`` (the
    config file's directory).  The one place that says how config paths are read."""
    p = Path(value).expanduser()
    return p if p.is_absolute() else base / p


def secret(section: Section, name: str, base: Path = Path(".")) -> str:
    """The password of a mailbox/smtp section, from the config, the environment or a file."""
    if section.password:
        return section.password
    if section.password_env:
        value = os.environ.get(section.password_env)
        if value is None:
            raise ConfigError(f"{name}.password_env", f"environment variable {section.password_env} is not set")
        return value
    if section.password_file:
        path = resolve(section.password_file, base)
        try:
            return path.read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise ConfigError(f"{name}.password_file", f"cannot read {path}: {exc.strerror}") from exc
    return ""


def _office(table: Any, where: str, source: str, required: bool = True) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(where, "must be a table", source)
    keys = SCHEMA["office"] if required else tuple(replace(k, required=False) for k in SCHEMA["office"])
    office = _check_table(table, keys, where, source)
    return {k: v for k, v in office.items() if k in table or required}


def _timezone(name: str, where: str, source: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{where}.timezone", f"unknown time zone {name!r}", source) from exc


def _addresses(addresses: Any, where: str, source: str) -> tuple[str, ...]:
    if not isinstance(addresses, list) or not addresses or not all(isinstance(a, str) and "@" in a
                                                                   for a in addresses):
        raise ConfigError(f"{where}.addresses", "needs at least one e-mail address", source)
    return tuple(a.lower() for a in addresses)


def _events(raw_events: Any, tz: ZoneInfo, where: str, seen: set[str], source: str) -> tuple[Event, ...]:
    if not isinstance(raw_events, list) or not raw_events:
        raise ConfigError(where, f"at least one [[{where}]] table is needed", source)
    events = []
    for i, table in enumerate(raw_events):
        at = f"{where}[{i}]"
        if not isinstance(table, dict):
            raise ConfigError(at, "must be a table", source)
        w = _check_table(table, SCHEMA["workshops"], at, source)
        if w["id"] in seen:
            raise ConfigError(f"{at}.id", f"duplicate id {w['id']!r} (ids are unique across all desks)", source)
        seen.add(w["id"])
        start, end = _aware(w["start"], tz), _aware(w["end"], tz)
        if end <= start:
            raise ConfigError(f"{at}.end", "must be after start", source)
        if w["capacity"] < 0:
            raise ConfigError(f"{at}.capacity", "must be 0 (unlimited) or more", source)
        if not all(isinstance(a, str) and a.strip() for a in w["aliases"]):
            raise ConfigError(f"{at}.aliases", "must be a list of names", source)
        events.append(Event(w["id"], w["title"], w["town"], w["venue"], w["address"], start, end,
                            w["capacity"], tuple(w["aliases"])))
    return chronological(events)


def _mailbox_key(mailbox: Section, base: Path) -> tuple[Any, ...]:
    if mailbox.backend == "maildir":
        return ("maildir", str(resolve(mailbox.path, base).resolve()))
    return ("imap", mailbox.host.lower(), mailbox.port, mailbox.username.lower(), mailbox.folder)


def parse_config(data: dict[str, Any], source: str = "", base: Path = Path(".")) -> Config:
    for section in data:
        if section not in SCHEMA and section != "desks":
            raise ConfigError(section, f"unknown section (known: {', '.join([*SCHEMA, 'desks'])})", source)
    if "office" not in data or not isinstance(data["office"], dict):
        raise ConfigError("office", "missing section [office]", source)
    office = _office(data["office"], "office", source)
    tz = _timezone(office["timezone"], "office", source)
    addresses = _addresses(office["addresses"], "office", source)
    if "desks" not in data:
        sections = _sections(data, source)
        return Config(office=Office(office["name"], addresses, tz, office["phone"]),
                      events=_events(data.get("workshops"), tz, "workshops", set(), source),
                      source=source, base=base, **sections)

    # several desks: each [[desks]] table may give office, mailbox, smtp and replies keys (the rest
    # comes from the top level) and must give its own [[desks.workshops]]
    raw_desks = data["desks"]
    if not isinstance(raw_desks, list) or not raw_desks:
        raise ConfigError("desks", "must be one or more [[desks]] tables", source)
    if "workshops" in data:
        raise ConfigError("workshops", "with [[desks]], each desk lists its own [[desks.workshops]]", source)
    # the top-level [mailbox] and [smtp] are only defaults for the desks: their keys are checked
    # here, and whether they fit together once merged with each desk's own
    for name in ("mailbox", "smtp"):
        if not isinstance(data.get(name, {}), dict):
            raise ConfigError(name, "must be a table", source)
        _check_table(data.get(name, {}), SCHEMA[name], name, source)
    sections = _sections({k: v for k, v in data.items() if k not in ("mailbox", "smtp")}, source)
    seen_events: set[str] = set()
    parsed: list[tuple[str, dict[str, Any], tuple[str, ...], ZoneInfo, Sections, tuple[Event, ...]]] = []
    for i, table in enumerate(raw_desks):
        where = f"desks[{i}]"
        if not isinstance(table, dict):
            raise ConfigError(where, "must be a table", source)
        for key in table:
            if key not in ("id", *DESK_SECTIONS):
                raise ConfigError(f"{where}.{key}", f"unknown key (known: id, {', '.join(DESK_SECTIONS)})", source)
        desk_id = table.get("id")
        if not isinstance(desk_id, str) or not DESK_ID.match(desk_id):
            raise ConfigError(f"{where}.id", "needs an id of lower-case letters, digits, - and _", source)
        if any(d[0] == desk_id for d in parsed):
            raise ConfigError(f"{where}.id", f"duplicate desk id {desk_id!r}", source)
        own = _office(table.get("office", {}), f"{where}.office", source, required=False)
        if "addresses" not in own:
            raise ConfigError(f"{where}.office.addresses", "each desk needs its own address", source)
        desk_office = {**office, **own}
        desk_tz = _timezone(desk_office["timezone"], f"{where}.office", source)
        merged = dict(data)
        for name in ("mailbox", "smtp", "replies"):
            part = table.get(name, {})
            if not isinstance(part, dict):
                raise ConfigError(f"{where}.{name}", "must be a table", source)
            merged[name] = {**data.get(name, {}), **part}
        desk_sections = _sections(merged, source, f"{where}.")
        events = _events(table.get("workshops"), desk_tz, f"{where}.workshops", seen_events, source)
        parsed.append((desk_id, desk_office, _addresses(desk_office["addresses"], f"{where}.office", source),
                       desk_tz, desk_sections, events))
    # mail from any desk (or the top-level addresses) is our own mail for every desk: never answered
    everyone = tuple(dict.fromkeys(addresses + tuple(a for d in parsed for a in d[2])))
    desks: list[Config] = []
    mailboxes: dict[tuple[Any, ...], str] = {}
    for i, (desk_id, o, own_addresses, desk_tz, desk_sections, events) in enumerate(parsed):
        key = _mailbox_key(desk_sections["mailbox"], base)
        if key in mailboxes:
            raise ConfigError(f"desks[{i}].mailbox", f"the same mailbox as desk {mailboxes[key]!r}", source)
        mailboxes[key] = desk_id
        all_addresses = tuple(dict.fromkeys(own_addresses + everyone))
        desks.append(Config(office=Office(o["name"], all_addresses, desk_tz, o["phone"]), events=events,
                            source=source, base=base, desk=desk_id, **desk_sections))
    return Config(office=Office(office["name"], everyone, tz, office["phone"]),
                  events=chronological([e for d in desks for e in d.events]), source=source, base=base,
                  desks=tuple(desks), **sections)


def example_text() -> str:
    return resources.files("mailbot").joinpath("config.example.toml").read_text(encoding="utf-8")


def load_config(path: str | Path | None = None) -> Config:
    """Load PATH; without one, ./config.toml if present, else the packaged example."""
    if path is None and Path("config.toml").is_file():
        path = "config.toml"
    if path is None:
        config = parse_config(tomllib.loads(example_text()), "config.example.toml (packaged)")
        return replace(config, demo=True)
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError("--config", f"cannot read {p}: {exc.strerror}", str(p)) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("(syntax)", str(exc), str(p)) from exc
    return parse_config(data, str(p), p.resolve().parent)
