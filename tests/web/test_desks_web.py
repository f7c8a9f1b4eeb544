"""The staff pages with several desks: the review queue names the mailbox each message came to,
and a message registered from the pages is confirmed by its desk (its sender, its templates)."""

from __future__ import annotations

import email
import re
from email import policy

import pytest
from sqlalchemy import select

from tests.harness import at, mail, run_coroutine, two_desks
from tests.web.conftest import log_in
from tests.web.webdata import CHROMIUM, LiveServer, new_context, STAFF_NAME, STAFF_PASSWORD, Web

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is missing: the browser tests need Debian's chromium")
expect = pytest.importorskip("playwright.sync_api").expect

TOP = """
[office]
name = "Landratsamt Heilbronn"
addresses = ["integration@landratsamt-heilbronn.de"]

[database]
url = "sqlite:///mailbot.db"
"""
QUESTION = "lena.frage@example.org"
CAFE_QUESTION = "milan.frage@example.net"


@pytest.fixture
def two_desk_web(tmp_path):
    import mailbox

    from mailbot.config import load_config
    from mailbot.sources import open_source
    from mailbot.staff import add_user
    from mailbot.store import open_store
    from mailbot.transports import open_transport
    from mailbot.web.app import create_app
    from mailbot.worker import Worker

    path = tmp_path / "config.toml"
    path.write_text(two_desks(TOP, 'mailbox.path = "mb-int"\nsmtp.path = "out-int"',
                              'mailbox.path = "mb-cafe"\nsmtp.path = "out-cafe"'), encoding="utf-8")
    config = load_config(path)
    store = open_store(config.database.url, tmp_path)
    mailbox.Maildir(str(tmp_path / "mb-int"), create=True).add(
        mail(QUESTION, "Gibt es eine Kinderbetreuung?", subject="Frage", name="Lena Frage"))
    mailbox.Maildir(str(tmp_path / "mb-cafe"), create=True).add(
        mail(CAFE_QUESTION, "Gibt es dort einen Parkplatz?", subject="Frage", name="Milan Frage"))
    for d in config.all_desks:
        w = Worker(d, store, open_source(d), open_transport(d), verbose=False)
        run_coroutine(w.once(at("2023-09-04T09:00")))
    add_user(store, STAFF_NAME, STAFF_PASSWORD, at("2023-09-04T09:00"))
    live = LiveServer(create_app(config, store, clock=lambda: at("2023-09-04T10:00")))
    live.start()
    try:
        yield Web(url=live.url, store=store)
    finally:
        live.stop()
        store.engine.dispose()


def test_review_queue_names_the_mailbox_and_the_desk_confirms(browser, two_desk_web):
    web = two_desk_web
    context = new_context(browser, web)
    try:
        page = context.new_page()
        log_in(page, web)
        page.get_by_role("navigation").get_by_role("link", name=re.compile(r"^Prüfen")).click()
        expect(page.get_by_role("columnheader", name="Postfach")).to_be_visible()
        cafe_row = page.locator("tbody tr").filter(has_text=CAFE_QUESTION)
        expect(cafe_row.locator("td").nth(1)).to_have_text("sprachcafe@kreis-beispiel.example")
        expect(page.locator("tbody tr").filter(has_text=QUESTION).locator("td").nth(1)).to_have_text(
            "integration@landratsamt-heilbronn.de")
        cafe_row.get_by_role("link").click()
        expect(page.locator("#clarification, textarea").first).to_contain_text("Eppingen")
        page.locator("#workshop").select_option("eppingen")
        page.get_by_role("button", name="Anmelden", exact=True).click()
        expect(page.get_by_role("status")).to_contain_text("Angemeldet (bestätigt): Eppingen")
    finally:
        context.close()
    from mailbot.store import Outbox, Registration

    with web.store.session() as s:
        reg = s.scalar(select(Registration).where(Registration.email == CAFE_QUESTION))
        confirmation = s.scalar(select(Outbox).where(Outbox.registration_id == reg.id))
    assert (reg.desk, reg.workshop, reg.status) == ("sprachcafe", "eppingen", "confirmed")
    sent = email.message_from_bytes(confirmation.raw, policy=policy.default)
    assert confirmation.desk == "sprachcafe" and sent["From"].addresses[0].addr_spec == \
        "sprachcafe@kreis-beispiel.example"
    assert "Eppingen" in sent.get_body(("plain",)).get_content()


def test_phone_registrations_at_the_second_desk_count_its_own_seats(browser, two_desk_web):
    """The second desk's workshop (Eppingen, 2 seats): a third phone registration waits. The seats
    used to be counted by the first desk, which does not know Eppingen, so all were confirmed."""
    web = two_desk_web
    context = new_context(browser, web)
    try:
        page = context.new_page()
        log_in(page, web)
        said = []
        for i, name in enumerate(("Ida Eins", "Jon Zwei", "Kim Drei")):
            page.goto("/participants?workshop=eppingen")
            page.locator("#add-name").fill(name)
            page.locator("#add-phone").fill(f"07262 10{i}")
            page.locator("#add-workshop").select_option("eppingen")
            page.get_by_role("button", name="Eintragen").click()
            said.append(page.get_by_role("status").inner_text())
        assert said == ["Ida Eins eingetragen (bestätigt).", "Jon Zwei eingetragen (bestätigt).",
                        "Kim Drei eingetragen (Warteliste)."]
        page.goto("/participants?workshop=eppingen")
        expect(page.get_by_role("heading", name="Angemeldet (2)")).to_be_visible()
        expect(page.get_by_role("heading", name="Warteliste (1)")).to_be_visible()
    finally:
        context.close()
