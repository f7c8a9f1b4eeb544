"""Browser tests of the staff pages: a live app (uvicorn in a thread) and Debian's chromium via Playwright.

The data is built once per session with the test harness (mail delivered into a Maildir, one
worker pass): clear registrations, questions in the review queue and an XSS probe. Every test
then gets its own copy of that database and its own server, so tests can change data freely and
run in any order.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from tests.harness import Harness
from tests.web.webdata import ARTIFACTS, CHROMIUM, NOW, LiveServer, Web, build_data, new_context


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    return build_data(tmp_path_factory.mktemp("web-data"))


@contextlib.contextmanager
def serve_copy(template_db: Path, tmp_path: Path, **harness_options):
    """The app on a private copy of a prepared database (sqlite's backup API: consistent even in
    WAL mode); ``harness_options`` must be those the database was built with."""
    from mailbot.web.app import create_app

    with contextlib.closing(sqlite3.connect(template_db)) as src, \
            contextlib.closing(sqlite3.connect(tmp_path / "mailbot.db")) as dst:
        src.backup(dst)
    h = Harness(tmp_path, **harness_options)
    try:
        live = LiveServer(create_app(h.config, h.store, clock=lambda: NOW))
        live.start()
        try:
            yield Web(url=live.url, store=h.store)
        finally:
            live.stop()
    finally:
        h.store.engine.dispose()


@pytest.fixture
def web(template_db, tmp_path) -> Web:
    with serve_copy(template_db, tmp_path) as served:
        yield served


# ---------------------------------------------------------------------- the browser
@pytest.fixture(scope="module")
def browser(template_db):
    # template_db first: the harness runs the worker with asyncio.run(), which must not meet
    # Playwright's own event loop on this thread; module scope: the loop ends with the module
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package to run the browser tests)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session", autouse=True)
def _no_stale_failure_screenshots():
    for old in ARTIFACTS.glob("failed-*.png"):
        old.unlink()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def context(browser, web, request):
    context = new_context(browser, web)
    yield context
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:  # keep a picture of what was on screen
        ARTIFACTS.mkdir(exist_ok=True)
        for i, p in enumerate(context.pages):
            with contextlib.suppress(Exception):
                p.screenshot(path=str(ARTIFACTS / f"failed-{request.node.name}-{i}.png"), full_page=True)
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


def log_in(page, web: Web) -> None:
    page.goto("/login")
    page.get_by_label("Name").fill(web.staff_name)
    page.get_by_label("Passwort").fill(web.password)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_url(f"{web.url}/")


@pytest.fixture
def logged_in_page(page, web):
    log_in(page, web)
    return page
