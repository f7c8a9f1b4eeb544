"""Load on the staff pages with the worker running alongside (tests/web/test_load.py and
benchmarks/web_load.py).

`mailbot serve` and the `mailbot run` service run as their own processes on one SQLite database,
as deployed. Registrations keep arriving in the Maildir (the service polls it every second).
Staff clients, signed in, open the review queue, a message to review and the overview in turn
(and sign in again from their own browser every other round); attackers send wrong passwords
to the sign-in page for made-up names and for the staff's own accounts. Every answer's status and time is recorded.
"""

from __future__ import annotations

import asyncio
import random
import re
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import func, select

from mailbot.staff import add_user
from mailbot.store import Message
from tests.harness import Harness, mail
from tests.servers.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
NOW = "2023-09-04T09:00"
STAFF = [(f"sachbearbeitung{i}", f"Tulpenfeld-Brunnen-{i}-Glocke") for i in range(3)]
QUESTIONS = ["Gibt es vor Ort eine Kinderbetreuung?", "Kann ich meinen Assistenzhund mitbringen?",
             "Ist der Saal mit dem Bus erreichbar?", "Gibt es eine Übersetzung in Gebärdensprache?"]


@dataclass
class Figures:
    answers: list[tuple[str, int, float]] = field(default_factory=list)  # (page, status, seconds)
    seconds: float = 0.0
    delivered: int = 0
    decided: int = 0
    errors: list[str] = field(default_factory=list)  # requests without an answer

    def by_page(self) -> dict[str, dict]:
        out = {}
        for page in sorted({p for p, _, _ in self.answers}):
            times = sorted(t for p, _, t in self.answers if p == page)
            out[page] = {"requests": len(times),
                         "status": dict(Counter(s for p, s, _ in self.answers if p == page)),
                         "median_ms": round(1000 * statistics.median(times)),
                         "p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))]),
                         "max_ms": round(1000 * times[-1])}
        return out

    def server_errors(self) -> list[tuple[str, int, float]]:
        return [a for a in self.answers if a[1] >= 500]

    def report(self) -> str:
        lines = [f"{len(self.answers)} requests in {self.seconds:.1f} s "
                 f"({len(self.answers) / self.seconds:.0f}/s); worker decided {self.decided} of "
                 f"{self.delivered} mails delivered meanwhile; 5xx answers: {len(self.server_errors())}"]
        for page, f in self.by_page().items():
            lines.append(f"  {page:<22} {f['requests']:>5}  median {f['median_ms']:>4} ms  p95 {f['p95_ms']:>5} ms  "
                         f"max {f['max_ms']:>5} ms  {f['status']}")
        return "\n".join(lines + self.errors[:5])


# a new connection per request: a kept-alive one that uvicorn closes (after 5 s idle) just as the
# client sends on it would be counted as a request without an answer
LIMITS = httpx.Limits(max_keepalive_connections=0)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


async def _timed(figures: Figures, page: str, request) -> httpx.Response:
    start = time.monotonic()
    try:
        r = await request
        status = r.status_code
    except httpx.HTTPError as exc:  # no answer at all counts as a server error
        r, status = None, 599
        figures.errors.append(f"{page}: {exc!r}")
    figures.answers.append((page, status, time.monotonic() - start))
    return r


async def _sign_in(c: httpx.AsyncClient, name: str, password: str) -> httpx.Response:
    csrf = _csrf((await c.get("/login")).text)
    return await c.post("/login", data={"csrf": csrf, "name": name, "password": password})


async def _signed_in(url: str, name: str, password: str) -> httpx.AsyncClient:
    c = httpx.AsyncClient(base_url=url, timeout=60, limits=LIMITS)
    r = await _sign_in(c, name, password)
    assert r.status_code == 303, f"{name} could not sign in: {r.status_code}"
    return c


async def _staff(c: httpx.AsyncClient, account: tuple[str, str], review_ids: list[int], until: float,
                 figures: Figures) -> None:
    """Review pages in turn; every other round signs in again (her own browser, during the attack)."""
    try:
        rng = random.Random(id(c))
        rounds = 0
        while time.monotonic() < until:
            await _timed(figures, "GET /review", c.get("/review"))
            await _timed(figures, "GET /review/id", c.get(f"/review/{rng.choice(review_ids)}"))
            await _timed(figures, "GET /", c.get("/"))
            rounds += 1
            if rounds % 2 == 1:
                await _timed(figures, "sign-in (own browser)", _sign_in(c, *account))
    finally:
        await c.aclose()


async def _attacker(url: str, i: int, until: float, figures: Figures) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=LIMITS) as c:
        n = 0
        while time.monotonic() < until:
            r = await _timed(figures, "GET /login", c.get("/login"))
            if r is None or r.status_code != 200:
                continue
            name = STAFF[n % len(STAFF)][0] if n % 2 else f"angreifer{i}-{n}"
            await _timed(figures, "POST /login", c.post("/login", data={"csrf": _csrf(r.text), "name": name,
                                                                         "password": f"geraten-{n}"}))
            n += 1


async def _feed(desk: Harness, per_second: float, until: float, figures: Figures) -> None:
    while time.monotonic() < until:
        desk.deliver(mail(f"gast{figures.delivered}@example.org", "Ich melde mich für den 26.09. in Weinsberg an.",
                          name=f"Gast {figures.delivered}"))
        figures.delivered += 1
        await asyncio.sleep(1 / per_second)


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "mailbot serve stopped"
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError("mailbot serve did not answer /healthz")


def run_load(tmp: Path, staff: int = 4, attackers: int = 4, seconds: float = 5.0,
             mail_per_second: float = 10.0) -> Figures:
    desk = Harness(tmp, mailbox__poll_interval=1)
    for name, password in STAFF:
        add_user(desk.store, name, password, desk.config.events[0].start)
    for i in range(20):  # questions: the review queue
        desk.deliver(mail(f"frage{i}@example.org", QUESTIONS[i % len(QUESTIONS)], subject="Frage"))
    desk.run(NOW)
    with desk.store.session() as s:
        review_ids = list(s.scalars(select(Message.id).where(Message.review == "open")))
    assert review_ids, "no message waits for review"
    config = desk.write_config(tmp / "config.toml")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    base = [sys.executable, "-m", "mailbot.cli", "--config", str(config)]
    logs = [(tmp / f"{name}.log").open("w") for name in ("serve", "run")]
    procs = [subprocess.Popen(base + ["serve", "--port", str(port), "--now", NOW], cwd=ROOT, stdout=logs[0],
                              stderr=subprocess.STDOUT),
             subprocess.Popen(base + ["run", "--quiet", "--now", NOW], cwd=ROOT, stdout=logs[1],
                              stderr=subprocess.STDOUT)]
    figures = Figures()
    try:
        _wait_healthy(url, procs[0])

        async def scene():
            signed_in = await asyncio.gather(*(_signed_in(url, *STAFF[i % len(STAFF)]) for i in range(staff)))
            until = time.monotonic() + seconds
            staff_clients = [_staff(c, STAFF[i % len(STAFF)], review_ids, until, figures)
                             for i, c in enumerate(signed_in)]
            await asyncio.gather(*staff_clients, *(_attacker(url, i, until, figures) for i in range(attackers)),
                                 _feed(desk, mail_per_second, until, figures))

        asyncio.run(scene())
        figures.seconds = seconds
        assert all(p.poll() is None for p in procs), "a mailbot process stopped during the load"
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        for log in logs:
            log.close()
    with desk.store.session() as s:
        figures.decided = s.scalar(select(func.count()).select_from(Message).where(
            Message.state != "new", Message.sender.like("gast%"))) or 0
    desk.store.engine.dispose()
    return figures
