"""A flood of wrong passwords freezes neither the staff pages nor the worker.

Twelve wrong sign-ins at once (live server, SQLite), while /healthz is asked every 50 ms and a
`run --once` pass decides and answers a backlog in the same database: every sign-in is answered
401 or 429 (never 500 "database is locked"), /healthz stays fast, the worker finishes its pass.
"""

from __future__ import annotations

import asyncio
import re
import time

import httpx

from mailbot.staff import add_user
from mailbot.web.app import create_app
from tests.harness import Harness, mail
from tests.web.webdata import NOW, LiveServer

ACCOUNTS = [f"mitarbeiterin{i}" for i in range(4)]
PASSWORD = "Sonnenblume-Leiter-Kanu-19"


async def login_form(client: httpx.AsyncClient) -> str:
    """Open the sign-in page (a session with its CSRF token); the token."""
    page = await client.get("/login")
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


async def wrong_sign_in(client: httpx.AsyncClient, csrf: str, name: str, i: int) -> int:
    r = await client.post("/login", data={"csrf": csrf, "name": name, "password": f"geraten-{i}"})
    return r.status_code


async def health_while(url: str, running: asyncio.Future) -> list[tuple[int, float]]:
    answers = []
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:
        while not running.done():
            start = time.monotonic()
            r = await client.get("/healthz")
            answers.append((r.status_code, time.monotonic() - start))
            await asyncio.sleep(0.05)
    return answers


def test_a_login_flood_freezes_neither_pages_nor_worker(tmp_path):
    h = Harness(tmp_path)
    for name in ACCOUNTS:
        add_user(h.store, name, PASSWORD, NOW)
    backlog = 40
    for i in range(backlog):
        h.deliver(mail(f"gast{i}@example.org", "Ich melde mich für den 26.09. in Weinsberg an.", name=f"Gast {i}"))
    live = LiveServer(create_app(h.config, h.store, clock=lambda: NOW))
    live.start()

    async def scene():
        clients = [httpx.AsyncClient(base_url=live.url, timeout=120) for _ in range(12)]
        try:
            forms = await asyncio.gather(*(login_form(c) for c in clients))  # the attacker's browsers are ready
            worker = asyncio.ensure_future(asyncio.to_thread(h.run, "2023-09-04T09:00"))
            flood = asyncio.ensure_future(asyncio.gather(*(wrong_sign_in(c, csrf, ACCOUNTS[i % 4], i)
                                                           for i, (c, csrf) in enumerate(zip(clients, forms)))))
            both = asyncio.ensure_future(asyncio.wait([worker, flood]))
            health = await health_while(live.url, both)
            await both
            return flood.result(), health, worker.result()
        finally:
            for c in clients:
                await c.aclose()

    try:
        answers, health, summary = asyncio.run(scene())
    finally:
        live.stop()
        h.store.engine.dispose()
    assert answers == [401] * 12  # three tries per account: none reached its limit
    assert health and all(status == 200 for status, _ in health)
    slowest = max(seconds for _, seconds in health)
    print(f"\n/healthz during the flood: {len(health)} answers, slowest {slowest:.2f} s")
    assert slowest < 2.0
    assert summary.handled == backlog and summary.sent == backlog
