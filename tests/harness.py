"""A test desk: config in a temp dir, a mailbox to deliver into, the worker, and what was sent.

The same scenario runs on the Maildir + pickup backends (fast) and on a real Dovecot + aiosmtpd
(``tests/integration``): ``deliver`` puts a message into the mailbox, ``run`` is one
``mailbot run --once`` pass, ``sent`` is every reply that left.
"""

from __future__ import annotations

import asyncio
import email
import mailbox
import tomllib
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from mailbot.config import parse_config
from mailbot.sources import open_source
from mailbot.store import Message, Registration, open_store
from mailbot.transports import open_transport
from mailbot.worker import Worker

ROOT = Path(__file__).resolve().parent.parent
BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def run_coroutine(coro):
    """asyncio.run, also where this thread already runs an event loop (Playwright's sync API)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def mail(sender: str, body: str, subject: str = "Anmeldung Workshop", name: str = "", date: str = "2023-09-04T08:00",
         in_reply_to: EmailMessage | None = None, headers: dict | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>" if name else sender
    m["To"] = "integration@landratsamt-heilbronn.de"
    m["Subject"] = subject
    m["Date"] = format_datetime(at(date))
    m["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    if in_reply_to is not None:
        m["In-Reply-To"] = in_reply_to["Message-ID"]
        m["References"] = in_reply_to["Message-ID"]
        quoted = "\n".join("> " + line for line in in_reply_to.get_body(("plain",)).get_content().splitlines())
        body = f"{body}\n\nAm {in_reply_to['Date']} schrieb {in_reply_to['From']}:\n{quoted}\n"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    return m.as_bytes()


# Two desks (mailboxes) in one config: the integration workshops, and a language café series with
# its own office name and address. ``two_desks`` puts each desk's own keys before its events.
_INTEGRATION_EVENTS = """
[[desks.workshops]]
id = "offenau"
title = "Workshop zur Fortschreibung des Integrationskonzepts"
town = "Offenau"
venue = "Kulturforum Saline"
address = "Hauptstraße 8, 74254 Offenau"
start = 2023-09-19T16:45:00
end = 2023-09-19T21:00:00
capacity = 60

[[desks.workshops]]
id = "neuenstadt"
title = "Workshop zur Fortschreibung des Integrationskonzepts"
town = "Neuenstadt"
venue = "Stadthalle"
address = "Öhringer Straße 12, 74196 Neuenstadt a. K."
start = 2023-09-21T16:45:00
end = 2023-09-21T21:00:00
capacity = 60
"""
_CAFE_EVENTS = """
[[desks.workshops]]
id = "eppingen"
title = "Sprachcafé"
town = "Eppingen"
venue = "Stadtbücherei"
address = "Marktplatz 1, 75031 Eppingen"
start = 2023-10-05T18:00:00
end = 2023-10-05T20:00:00
capacity = 2

[[desks.workshops]]
id = "bad-rappenau"
title = "Sprachcafé"
town = "Bad Rappenau"
venue = "Wasserschloss"
address = "Kirchplatz 2, 74906 Bad Rappenau"
start = 2023-12-07T18:00:00
end = 2023-12-07T20:00:00
capacity = 20
"""


def two_desks(top: str, integration: str = "", sprachcafe: str = "") -> str:
    """Config text: ``top`` (the top-level sections), then the desks "integration" and "sprachcafe",
    each with the extra keys given (TOML dotted keys such as ``mailbox.path = "x"``)."""
    return (f"{top}\n[[desks]]\nid = \"integration\"\n"
            f"office.addresses = [\"integration@landratsamt-heilbronn.de\"]\n{integration}\n{_INTEGRATION_EVENTS}"
            f"\n[[desks]]\nid = \"sprachcafe\"\noffice.name = \"Sprachcafé im Landkreis\"\n"
            f"office.addresses = [\"sprachcafe@kreis-beispiel.example\"]\n{sprachcafe}\n{_CAFE_EVENTS}")


class Harness:
    def __init__(self, tmp: Path, dovecot=None, smtp=None, capacity: int | None = None, idle: bool = False,
                 user: str | None = None, **config_overrides):
        data = tomllib.loads((ROOT / "config.example.toml").read_text(encoding="utf-8"))
        data["database"]["url"] = f"sqlite:///{tmp / 'mailbot.db'}"
        data["mailbox"]["path"] = str(tmp / "maildir")
        data["smtp"]["path"] = str(tmp / "outbox")
        if capacity is not None:
            for w in data["workshops"]:
                w["capacity"] = capacity
        self.dovecot, self.smtp = dovecot, smtp
        if dovecot is not None:
            user = user or next(iter(dovecot.users))
            password = dovecot.users[user]
            self.user = user
            data["mailbox"].update(backend="imap", host=dovecot.host, port=dovecot.port, security="none",
                                   username=user, password=password, idle=idle)
        if smtp is not None:
            data["smtp"].update(backend="smtp", host=smtp.host, port=smtp.port, security="none")
        for key, value in config_overrides.items():
            section, _, name = key.partition("__")
            data[section][name] = value
        self.config = parse_config(data, "test", tmp)
        self.store = open_store(self.config.database.url, tmp)
        self.tmp = tmp
        self.lines: list[str] = []
        self.idle = idle
        self.service = None
        self.delivered = 0

    # --- the mailbox
    def deliver(self, raw: bytes) -> None:
        self.delivered += 1
        if self.dovecot is not None:
            self.dovecot.append(self.user, raw)
        else:
            mailbox.Maildir(str(self.tmp / "maildir"), create=True).add(raw)

    def folder(self, name: str) -> list[bytes]:
        if self.dovecot is not None:
            return self.dovecot.list_folder(self.user, name)
        path = self.tmp / "maildir"
        box = mailbox.Maildir(str(path), create=True)
        if name != "INBOX":
            try:
                box = box.get_folder(name.replace("/", "."))
            except mailbox.NoSuchMailboxError:
                return []
        return [m.as_bytes() for m in box]

    # --- one pass of `mailbot run --once`
    def worker(self, dry_run: bool = False) -> Worker:
        import io

        out = io.StringIO()
        w = Worker(self.config, self.store, open_source(self.config), open_transport(self.config),
                   dry_run=dry_run, out=out)
        w._out_buffer = out
        return w

    def run(self, now: str | datetime = "2023-09-04T09:00", dry_run: bool = False, timeout: float = 30.0):
        if self.idle:
            return self.service_run(at(now) if isinstance(now, str) else now, timeout)
        w = self.worker(dry_run)
        try:
            summary = run_coroutine(w.once(at(now) if isinstance(now, str) else now))
        finally:
            w.source.close()
        self.lines.append(w._out_buffer.getvalue())
        return summary

    def write_config(self, path: Path) -> Path:
        """This desk's settings as a config file, for running `mailbot` as a separate process."""
        import json

        def toml(v):
            return ("true" if v else "false") if isinstance(v, bool) else json.dumps(v, ensure_ascii=False)

        office = self.config.office
        lines = ["[office]", f"name = {toml(office.name)}", f"addresses = {toml(list(office.addresses))}",
                 f"timezone = {toml(str(office.timezone))}", f"phone = {toml(office.phone)}"]
        for section in ("mailbox", "smtp", "database", "replies", "schedule", "web"):
            lines.append(f"[{section}]")
            lines += [f"{k} = {toml(v)}" for k, v in getattr(self.config, section).values.items()]
        for e in self.config.events:
            lines += ["[[workshops]]", f"id = {toml(e.id)}", f"title = {toml(e.title)}", f"town = {toml(e.town)}",
                      f"venue = {toml(e.venue)}", f"address = {toml(e.address)}",
                      f"start = {e.start.replace(tzinfo=None).isoformat()}",
                      f"end = {e.end.replace(tzinfo=None).isoformat()}", f"capacity = {e.capacity}",
                      f"aliases = {toml(list(e.aliases))}"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    # --- what left
    def sent(self) -> list[EmailMessage]:
        if self.smtp is not None:
            raws = [raw for _, _, raw in self.smtp.messages]
        else:
            raws = [p.read_bytes() for p in sorted((self.tmp / "outbox").glob("*.eml"))]
        return [email.message_from_bytes(r, policy=policy.default) for r in raws]

    def sent_to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.sent() if address in str(m["To"])]

    # --- the database
    def registrations(self, status: str | None = None) -> list[Registration]:
        with self.store.session() as s:
            q = select(Registration).order_by(Registration.id)
            if status:
                q = q.where(Registration.status == status)
            return list(s.scalars(q))

    def messages(self) -> list[Message]:
        with self.store.session() as s:
            return list(s.scalars(select(Message).order_by(Message.id)))


def text_of(m: EmailMessage) -> str:
    return m.get_body(("plain",)).get_content()


def ics_of(m: EmailMessage):
    from icalendar import Calendar

    for part in m.iter_attachments():
        if part.get_content_type() == "text/calendar":
            data = part.get_payload(decode=True)
            return Calendar.from_ical(data)
    return None


class ServiceThread:
    """``mailbot run`` (the service, with IMAP IDLE) in a thread with its own event loop."""

    def __init__(self, harness: Harness):
        import threading

        from mailbot.service import Service

        self.harness = harness
        self.now = at("2023-09-04T09:00")
        self.worker = harness.worker()
        self.service = Service(self.worker, clock=lambda: self.now)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._main, name="mailbot-service", daemon=True)
        self.thread.start()

    def _main(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.service.run())
        finally:
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.service.stop_event.set)
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "the service did not stop"


def _service_run(self: Harness, now: datetime, timeout: float = 30.0):
    """Wait (bounded) until the running service has handled, filed and answered all delivered mail."""
    import time

    from sqlalchemy import func

    from mailbot.store import Outbox

    if self.service is None:
        self.service = ServiceThread(self)
    self.service.now = now
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with self.store.session() as s:
            stored = s.scalar(select(func.count()).select_from(Message)) or 0
            unfinished = s.scalar(select(func.count()).select_from(Message).where(Message.state != "filed")) or 0
            unsent = s.scalar(select(func.count()).select_from(Outbox).where(Outbox.state != "sent")) or 0
        if stored >= self.delivered and not unfinished and not unsent:
            return None
        time.sleep(0.05)
    raise AssertionError(f"the service did not finish within {timeout}s: stored {stored} of {self.delivered}, "
                         f"unfinished {unfinished}, unsent {unsent}")


Harness.service_run = _service_run
