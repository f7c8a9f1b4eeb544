"""The data and the live server behind the browser tests (the fixtures are in conftest.py)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from mailbot.staff import add_user
from mailbot.store import Message, Outbox, Registration, Store
from mailbot.worker import Summary
from tests.harness import Harness, at, mail

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2023, 9, 4, 10, 0, tzinfo=BERLIN)  # the workshops lie in September/October 2023

STAFF_NAME = "frau.berger"
STAFF_PASSWORD = "korrekt-Pferd-Batterie-42"

# Who wrote what (the senders are used by the tests to find their rows on the pages).
ANNA = "anna.schmidt@example.org"        # Offenau, 2 people, confirmed by the bot
BERND = "bernd.mueller@example.org"      # Weinsberg, 1 person, confirmed by the bot
CARLA = "carla.yilmaz@example.org"       # Brackenheim, confirmed by the bot
DIETER = "dieter.frage@example.org"      # a question without a workshop → review
SABINE = "sabine.rollstuhl@example.org"  # a question → review
ERIKA = "erika.unsicher@example.org"     # no workshop named → the bot asks back (not in review)
EVE = "eve@example.org"                  # the XSS probe → review
FRANK = "frank@example.org"              # Neuenstadt, confirmed; his display name is a spreadsheet formula
FORMULA_NAME = '=HYPERLINK("https://evil.example/","Frank")'

XSS_NAME = "Eve <img src=x onerror=alert(4)>"
XSS_SUBJECT = "Frage <script>alert(3)</script>"
XSS_HTML = (
    "<html><body>"
    "<p>Gibt es einen Dolmetscher? Ich schreibe &lt;script&gt;window.__xss=3&lt;/script&gt; als Text.</p>"
    "<script>window.__xss=1;alert(1)</script>"
    '<img src=x onerror="window.__xss=2;alert(2)">'
    "</body></html>"
)


def xss_probe() -> bytes:
    """HTML-only mail: a real script element, an onerror handler, a script written as text,
    markup in the subject and in the display name."""
    m = EmailMessage()
    m["From"] = Address(display_name=XSS_NAME, addr_spec=EVE)
    m["To"] = "integration@landratsamt-heilbronn.de"
    m["Subject"] = XSS_SUBJECT
    m["Date"] = format_datetime(at("2023-09-03T08:00"))
    m["Message-ID"] = make_msgid(domain="example.org")
    m.set_content(XSS_HTML, subtype="html")
    return m.as_bytes()


def run_sequentially(h: Harness, now: datetime) -> None:
    """One worker pass like ``Harness.run``, but with its phases one after the other.

    ``Worker.once`` sends queued replies while another thread still handles and files messages;
    on SQLite that fails now and then with "database is locked" (a deferred transaction that read
    first cannot write after the other thread committed: SQLITE_BUSY_SNAPSHOT, which
    busy_timeout does not cover). That is a bug of the worker, reported separately; the data for
    the web tests must not depend on the luck of that race.
    """
    w = h.worker()
    summary = Summary()
    try:
        w.fetch(now, summary)
        w.handle(now, summary)
        w.file(now, summary)
        asyncio.run(w.send(now, summary))
    finally:
        w.finish()
        w.source.close()
    assert summary.failed == summary.retry == 0, summary


def formula_registration() -> bytes:
    """A clear registration whose From display name is a spreadsheet formula (CSV/formula injection)."""
    m = EmailMessage()
    m["From"] = Address(display_name=FORMULA_NAME, addr_spec=FRANK)
    m["To"] = "integration@landratsamt-heilbronn.de"
    m["Subject"] = "Anmeldung Workshop"
    m["Date"] = format_datetime(at("2023-09-01T11:00"))
    m["Message-ID"] = make_msgid(domain="example.org")
    m.set_content("Hallo, ich melde mich für den Workshop in Neuenstadt an.")
    return m.as_bytes()


def build_data(tmp: Path) -> Path:
    h = Harness(tmp)
    h.deliver(mail(ANNA, "Hallo,\nich melde mich für den Workshop in Offenau an. Wir kommen zu zweit.\n"
                         "Viele Grüße\nAnna Schmidt", name="Anna Schmidt", date="2023-09-01T08:00"))
    h.deliver(mail(BERND, "Guten Tag,\nhiermit melde ich mich für Weinsberg an.\nBernd Müller",
                   name="Bernd Müller", date="2023-09-01T09:00"))
    h.deliver(mail(CARLA, "Hallo, ich möchte am Workshop in Brackenheim teilnehmen. "
                          "Mit freundlichen Grüßen, Carla Yilmaz", name="Carla Yilmaz", date="2023-09-01T10:00"))
    h.deliver(mail(DIETER, "Gibt es einen Dolmetscher? Ich weiß noch nicht, ob ich komme.", subject="Frage",
                   name="Dieter Frage", date="2023-09-02T08:00"))
    h.deliver(mail(ERIKA, "Hallo, ich würde gern zu einem der Workshops kommen. Welcher Termin passt für "
                          "Berufstätige?", subject="Workshop", name="Erika Unsicher", date="2023-09-02T09:00"))
    h.deliver(mail(SABINE, "Guten Tag, ist der Veranstaltungsort barrierefrei? Ich sitze im Rollstuhl.",
                   subject="Barrierefreiheit", name="Sabine Rollstuhl", date="2023-09-02T10:00"))
    h.deliver(xss_probe())
    h.deliver(formula_registration())
    run_sequentially(h, at("2023-09-04T09:00"))
    add_user(h.store, STAFF_NAME, STAFF_PASSWORD, NOW)

    # the data the tests rely on: fail loudly here rather than in a confusing browser assertion
    with h.store.session() as s:
        msgs = {m.sender: m for m in s.scalars(select(Message))}
        regs = {r.email: r for r in s.scalars(select(Registration))}
    for sender in (DIETER, SABINE, EVE):
        assert msgs[sender].review == "open", (sender, msgs[sender].outcome, msgs[sender].reason)
    assert msgs[EVE].sender_name == XSS_NAME and msgs[EVE].subject == XSS_SUBJECT
    for sender, workshop in ((ANNA, "offenau"), (BERND, "weinsberg"), (CARLA, "brackenheim"),
                             (FRANK, "neuenstadt")):
        assert (regs[sender].workshop, regs[sender].status) == (workshop, "confirmed"), sender
    assert regs[ANNA].attendees == 2
    assert regs[FRANK].name == FORMULA_NAME
    h.store.engine.dispose()
    return tmp / "mailbot.db"


# ---------------------------------------------------------------------- the live server
class LiveServer:
    """uvicorn serving the app on 127.0.0.1 in a background thread (the listening socket is bound
    here, on a free port, before the thread starts: no race for the port)."""

    def __init__(self, app):
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.host, self.port = self.sock.getsockname()
        self.url = f"http://{self.host}:{self.port}"
        # as `mailbot serve`: no client address taken from headers unless web.trusted_proxy_header says so
        self.server = uvicorn.Server(uvicorn.Config(app, host=self.host, port=self.port, log_level="warning",
                                                    proxy_headers=False))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       name=f"uvicorn-{self.port}", daemon=True)

    def start(self, timeout: float = 10.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("uvicorn stopped during start-up (see the log above)")
            if time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start within {timeout}s")
            time.sleep(0.01)

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)
        self.sock.close()
        assert not self.thread.is_alive(), "uvicorn did not stop"


@dataclass
class Web:
    """The app under test: its address, its store, and a few look-ups for setting up and cross-checking."""

    url: str
    store: Store
    staff_name: str = STAFF_NAME
    password: str = STAFF_PASSWORD

    def message_id(self, sender: str) -> int:
        with self.store.session() as s:
            return s.scalar(select(Message.id).where(Message.sender == sender))

    def review_state(self, msg_id: int) -> str | None:
        with self.store.session() as s:
            return s.get(Message, msg_id).review

    def open_reviews(self) -> int:
        with self.store.session() as s:
            return len(s.scalars(select(Message.id).where(Message.review == "open")).all())

    def outbox(self, to: str | None = None) -> list[Outbox]:
        with self.store.session() as s:
            q = select(Outbox).order_by(Outbox.id)
            if to is not None:
                q = q.where(Outbox.to_addr == to)
            return list(s.scalars(q))

    def registration(self, email: str) -> Registration:
        with self.store.session() as s:
            return s.scalar(select(Registration).where(Registration.email == email))


def new_context(browser, web: Web):
    """A fresh browser context (no cookies) for the app under test, with bounded waits."""
    context = browser.new_context(base_url=web.url, locale="de-DE", timezone_id="Europe/Berlin",
                                  accept_downloads=True)
    context.set_default_timeout(10_000)
    context.set_default_navigation_timeout(10_000)
    return context
