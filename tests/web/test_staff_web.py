"""What a member of staff sees and does in the web pages, driven through a real browser.

Each test gets its own copy of the prepared data and its own server (see conftest.py):
Anna (Offenau, 2 people), Bernd (Weinsberg, 1), Carla (Brackenheim, 1) and Frank (Neuenstadt, 1;
his display name is a spreadsheet formula) were confirmed by the bot; Dieter's and Sabine's
questions and Eve's XSS probe wait in the review queue; Erika was asked back by the bot.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from urllib.parse import quote

import pytest

from tests.web.webdata import (
    ANNA, ARTIFACTS, BERND, CARLA, CHROMIUM, DIETER, ERIKA, EVE, FORMULA_NAME, FRANK, SABINE, XSS_NAME,
    XSS_SUBJECT, new_context,
)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is missing: the browser tests need Debian's chromium")
expect = pytest.importorskip("playwright.sync_api").expect


# ---------------------------------------------------------------------- what staff read off the pages
def overview_people(page, workshop: str) -> int:
    """The "Personen" figure of a workshop row on the overview (the page must be shown)."""
    return int(page.locator(f"#belegung-{workshop} .people").inner_text())


def outbox_rows(page, to: str):
    """The outbox table rows addressed to ``to`` (the outbox page must be shown)."""
    return page.locator("tbody tr").filter(has=page.locator("td:nth-child(2)", has_text=to))


def open_review_of(page, sender: str) -> None:
    """From the review queue, open the message of ``sender``."""
    page.get_by_role("navigation").get_by_role("link", name=re.compile(r"^Prüfen")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nachrichten zum Prüfen")
    row = page.locator("tbody tr").filter(has_text=sender)
    expect(row).to_have_count(1)
    row.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/review/\d+$"))


def go(page, name) -> None:
    """Follow a link of the main navigation and wait until the page has loaded."""
    nav = page.get_by_role("navigation")
    link = nav.get_by_role("link", name=name) if isinstance(name, re.Pattern) else \
        nav.get_by_role("link", name=name, exact=True)
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(re.compile(r"^https?://[^/]+" + re.escape(href) + "$"))


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


# ---------------------------------------------------------------------- 1. login
def test_login_wrong_password_then_right_one(page, web):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login\?next=/$"))

    page.get_by_label("Name").fill(web.staff_name)
    page.get_by_label("Passwort").fill("falsches-passwort")
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("Name oder Passwort ist falsch.")
    expect(page).to_have_url(f"{web.url}/login")
    expect(page.get_by_role("navigation")).to_have_count(0)

    page.get_by_label("Name").fill(web.staff_name)
    page.get_by_label("Passwort").fill(web.password)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page).to_have_url(f"{web.url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Übersicht")
    expect(page.get_by_role("button", name=f"Abmelden ({web.staff_name})")).to_be_visible()
    table = page.locator("table").filter(has=page.locator("#belegung-offenau"))
    for town in ("Offenau", "Neuenstadt", "Weinsberg", "Brackenheim"):
        expect(table.get_by_role("link", name=town, exact=True)).to_be_visible()
    expect(page.locator("#belegung-offenau .people")).to_have_text("2")   # Anna and her companion
    expect(page.locator("#belegung-weinsberg .people")).to_have_text("1")
    expect(page.locator("svg.chart")).to_be_visible()
    screenshot(page, "overview.png")


ENGLISH_DAYS = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b")


def test_weekdays_are_german(logged_in_page, web):
    """The UI is German: weekday names next to the dates must be German too."""
    page = logged_in_page
    found = {}
    for url in ("/", "/participants", f"/review/{web.message_id(DIETER)}", "/participants/offenau/print"):
        page.goto(url)
        found[url] = ENGLISH_DAYS.findall(page.locator("main").inner_text()) + [
            m for o in page.locator("select#workshop option").all_inner_texts() for m in ENGLISH_DAYS.findall(o)]
    assert {u: f for u, f in found.items() if f} == {}, "English weekday names in the German pages"
    page.goto("/participants")
    expect(page.locator("#h-offenau")).to_contain_text("Dienstag, 19.09.2023, 16:45 Uhr")


# ---------------------------------------------------------------------- 2. review queue → register
def test_review_queue_register_for_weinsberg(logged_in_page, web):
    page = logged_in_page
    open_before = web.open_reviews()
    assert open_before == 3  # Dieter, Sabine, Eve
    badge = page.get_by_role("navigation").locator(".badge")
    expect(badge).to_have_text(str(open_before))
    expect(page.locator("#review-count")).to_have_text(str(open_before))
    weinsberg_before = overview_people(page, "weinsberg")

    go(page, "Postausgang")
    mails_to_dieter_before = outbox_rows(page, DIETER).count()  # the bot's acknowledgement
    expect(outbox_rows(page, DIETER).filter(has_text="wartet")).to_have_count(0)

    go(page, re.compile(r"^Prüfen"))
    expect(page.locator("tbody tr")).to_have_count(open_before)
    open_review_of(page, DIETER)
    msg_id = web.message_id(DIETER)
    expect(page).to_have_url(f"{web.url}/review/{msg_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nachricht von Dieter Frage")
    expect(page.locator("#message-text")).to_have_text("Gibt es einen Dolmetscher? Ich weiß noch nicht, ob ich komme.")
    expect(page.locator("#reading")).to_contain_text("Mögliche Terminekeine erkannt")
    expect(page.get_by_role("link", name="Original (.eml) herunterladen")).to_be_visible()
    screenshot(page, "review.png")

    page.locator("#workshop").select_option("weinsberg")
    page.locator("#attendees").fill("2")
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page.get_by_role("status")).to_have_text(
        "Angemeldet (bestätigt): Weinsberg, 2 Person(en). Die Bestätigung steht im Postausgang.")

    go(page, "Postausgang")
    rows = outbox_rows(page, DIETER)
    expect(rows).to_have_count(mails_to_dieter_before + 1)
    new = rows.filter(has_text="wartet")
    expect(new).to_have_count(1)
    expect(new.locator("td:nth-child(4)")).to_have_text("Bestätigung")
    new.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Mail an {DIETER}")
    expect(page.locator("#mail-text")).to_contain_text("Weinsberg")

    go(page, "Übersicht")
    expect(page.locator("#belegung-weinsberg .people")).to_have_text(str(weinsberg_before + 2))
    expect(page.locator("#review-count")).to_have_text(str(open_before - 1))
    expect(badge).to_have_text(str(open_before - 1))

    page.goto(f"/review/{msg_id}")
    by_staff = page.locator("#history tbody tr").filter(
        has=page.locator("td:nth-child(2)", has_text=re.compile(rf"^staff:{re.escape(web.staff_name)}$")))
    expect(by_staff.filter(has_text="angemeldet (Mitarbeiter/in)")).to_have_count(1)
    expect(by_staff.filter(has_text="Anmeldung bestätigt")).to_have_count(1)
    expect(page.get_by_role("button", name="Anmelden", exact=True)).to_have_count(0)  # decided: no more forms


def test_stale_form_in_second_tab_does_not_register_twice(logged_in_page, web):
    """Two tabs (or two colleagues) have the same message open; the first decides it. The
    second tab's form is stale: sending it must not register the sender a second time nor
    send a second confirmation."""
    first = logged_in_page
    second = first.context.new_page()
    msg_id = web.message_id(DIETER)
    first.goto(f"/review/{msg_id}")
    second.goto(f"/review/{msg_id}")

    first.locator("#workshop").select_option("weinsberg")
    first.locator("#attendees").fill("2")
    first.get_by_role("button", name="Anmelden", exact=True).click()
    expect(first.get_by_role("status")).to_contain_text("Angemeldet (bestätigt): Weinsberg")

    second.locator("#workshop").select_option("offenau")
    second.get_by_role("button", name="Anmelden", exact=True).click()  # waits for the navigation
    flash = second.locator(".flash")
    flash_text = flash.inner_text()
    assert "Angemeldet" not in flash_text and "error" in (flash.get_attribute("class") or ""), \
        f"the stale form registered Dieter a second time: {flash_text!r}"

    for workshop in ("weinsberg", "offenau"):
        second.goto(f"/participants?workshop={workshop}")
        expect(second.locator("tbody tr").filter(has_text=DIETER)).to_have_count(1 if workshop == "weinsberg" else 0)
    go(second, "Postausgang")
    expect(outbox_rows(second, DIETER).filter(has_text="wartet")).to_have_count(1)


def test_review_original_eml_download(logged_in_page, web, tmp_path):
    page = logged_in_page
    page.goto(f"/review/{web.message_id(DIETER)}")
    with page.expect_download() as info:
        page.get_by_role("link", name="Original (.eml) herunterladen").click()
    download = info.value
    assert download.suggested_filename == f"nachricht-{web.message_id(DIETER)}.eml"
    download.save_as(tmp_path / "m.eml")
    raw = (tmp_path / "m.eml").read_bytes()
    assert f"From: Dieter Frage <{DIETER}>".encode() in raw
    assert b"Dolmetscher" in raw


# ---------------------------------------------------------------------- 3. edited clarification
def test_edited_clarification_is_what_is_sent(logged_in_page, web):
    page = logged_in_page
    open_review_of(page, SABINE)
    text = page.locator("#clarify-text")
    template = text.input_value()
    assert template.strip(), "the clarification should be prefilled from the template"
    added = "Übrigens: Alle Veranstaltungsorte sind stufenlos erreichbar (Testsatz 4711)."
    text.fill(template.rstrip() + "\n\n" + added)
    page.get_by_role("button", name="Rückfrage senden").click()
    expect(page.get_by_role("status")).to_have_text("Rückfrage steht im Postausgang.")

    go(page, "Postausgang")
    new = outbox_rows(page, SABINE).filter(has_text="wartet")
    expect(new).to_have_count(1)
    new.get_by_role("link").click()
    mail_text = page.locator("#mail-text")
    expect(mail_text).to_contain_text(added)
    first_line = next(line for line in template.splitlines() if line.strip())
    expect(mail_text).to_contain_text(first_line.strip())  # edited, not replaced
    assert web.review_state(web.message_id(SABINE)) == "done"


# ---------------------------------------------------------------------- 4. XLSX export
def test_xlsx_export_of_all_participants(logged_in_page, web, tmp_path):
    from openpyxl import load_workbook

    page = logged_in_page
    go(page, "Teilnehmende")
    with page.expect_download() as info:
        page.get_by_role("link", name="Alle als Excel (XLSX)").click()
    download = info.value
    assert download.suggested_filename == "teilnehmende-alle.xlsx"
    path = tmp_path / download.suggested_filename
    download.save_as(path)

    wb = load_workbook(path)
    try:
        cells = [list(row) for row in wb.active.iter_rows()]
        wb_filter = wb.active.auto_filter.ref
    finally:
        wb.close()
    header = [c.value for c in cells[0]]
    assert header[:3] == ["Veranstaltung", "Datum", "Status"]  # German, for the office
    assert wb_filter == f"A1:K{len(cells)}"  # a filter on every column
    records = [dict(zip(header, (c.value for c in row))) for row in cells[1:]]
    got = {(r["E-Mail"], r["Veranstaltung"], r["Datum"], r["Status"], r["Personen"]) for r in records}
    assert got == {  # real dates (date cells), not text
        (ANNA, "Offenau", datetime(2023, 9, 19, 16, 45), "angemeldet", 2),
        (FRANK, "Neuenstadt", datetime(2023, 9, 21, 16, 45), "angemeldet", 1),
        (BERND, "Weinsberg", datetime(2023, 9, 26, 16, 45), "angemeldet", 1),
        (CARLA, "Brackenheim", datetime(2023, 10, 17, 16, 45), "angemeldet", 1),
    }
    assert all(isinstance(r["Angemeldet am"], datetime) for r in records)
    for r in records:
        r["email"], r["name"], r["reference"] = r["E-Mail"], r["Name"], r["Anmelde-Nummer"]
    names = {r["email"]: r["name"] for r in records}
    assert (names[ANNA], names[BERND], names[CARLA]) == ("Anna Schmidt", "Bernd Müller", "Carla Yilmaz")
    assert all(r["reference"] and r["reference"].startswith("MB-") for r in records)
    assert ERIKA not in names  # asked back, not registered
    # a name taken from a mail header must not become a formula in the spreadsheet
    assert FORMULA_NAME in names[FRANK] and not names[FRANK].startswith("=")
    assert [c.coordinate for row in cells for c in row if c.data_type == "f"] == []


def test_csv_export_neutralises_formulas(logged_in_page, web, tmp_path):
    """The CSV export must not hand a spreadsheet a formula taken from a mail header
    (CSV/formula injection): like the XLSX export and ``mailbot export``, cells starting with
    = + - @ must be neutralised."""
    page = logged_in_page
    go(page, "Teilnehmende")
    with page.expect_download() as info:
        page.get_by_role("link", name="Alle als CSV").click()
    download = info.value
    assert download.suggested_filename == "teilnehmende-alle.csv"
    download.save_as(tmp_path / "export.csv")
    text = (tmp_path / "export.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert {r["email"] for r in rows} == {ANNA, BERND, CARLA, FRANK}
    frank = next(r for r in rows if r["email"] == FRANK)
    assert FORMULA_NAME in frank["name"]
    dangerous = {f"{r['email']}/{k}": v for r in rows for k, v in r.items() if v[:1] in ("=", "+", "-", "@")}
    assert dangerous == {}, "cells a spreadsheet would run as formulas"


# ---------------------------------------------------------------------- 5. XSS
def test_markup_in_mail_is_shown_as_text_and_never_runs(logged_in_page, web):
    page = logged_in_page
    dialogs: list[str] = []
    csp_errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
    msg_id = web.message_id(EVE)
    ack = web.outbox(EVE)
    assert ack, "the bot should have acknowledged Eve's question"

    def harmless(url: str) -> None:
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        assert page.locator("script").count() == 0, url
        assert page.locator("[onerror]").count() == 0, url
        assert page.locator("main img").count() == 0, url
        assert page.evaluate("typeof window.__xss") == "undefined", url

    harmless("/review")
    row = page.locator("tbody tr").filter(has_text=EVE)
    expect(row).to_contain_text(XSS_NAME)
    expect(row.get_by_role("link")).to_have_text(XSS_SUBJECT)

    harmless(f"/review/{msg_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Nachricht von {XSS_NAME}")
    expect(page.locator("dl.facts").first).to_contain_text(XSS_SUBJECT)
    message_text = page.locator("#message-text")
    expect(message_text).to_contain_text("Gibt es einen Dolmetscher?")
    expect(message_text).to_contain_text("<script>window.__xss=3</script>")
    assert message_text.locator("*:not(mark)").count() == 0  # nothing but text (and evidence marks)

    harmless("/outbox")
    expect(outbox_rows(page, EVE).first).to_contain_text("<script>alert(3)</script>")
    harmless(f"/outbox/{ack[0].id}")
    harmless("/people?q=eve")
    expect(page.locator("tbody tr").filter(has_text=EVE)).to_contain_text(XSS_SUBJECT)
    expect(page.locator("fieldset legend").filter(has_text=EVE)).to_have_count(1)

    assert dialogs == []
    assert csp_errors == [], "markup from the mail reached the page and was only stopped by the CSP"


# ---------------------------------------------------------------------- 6. access
def test_no_session_no_data(browser, web):
    context = new_context(browser, web)
    try:
        page = context.new_page()
        page.goto("/participants")
        expect(page).to_have_url(f"{web.url}/login?next=/participants")
        expect(page.get_by_role("heading", level=1)).to_have_text("Anmelden")
        body = page.locator("body")
        for secret in ("Anna Schmidt", ANNA, "Bernd", "Teilnehmende", "Offenau"):
            expect(body).not_to_contain_text(secret)
        expect(page.get_by_role("navigation")).to_have_count(0)

        for url in ("/participants/export.xlsx", "/review", f"/review/{web.message_id(DIETER)}/eml", "/outbox/1"):
            r = context.request.get(web.url + url, max_redirects=0)
            assert r.status == 303 and r.headers["location"].startswith("/login"), url
        r = context.request.post(f"{web.url}/review/{web.message_id(DIETER)}/done", form={"x": "1"}, max_redirects=0)
        assert r.status == 401
    finally:
        context.close()
    assert web.review_state(web.message_id(DIETER)) == "open"


def test_posts_need_the_csrf_token(logged_in_page, web):
    page = logged_in_page
    request = page.context.request
    msg_id = web.message_id(DIETER)

    for form in ({"x": "1"}, {"csrf": "falsch"}):
        r = request.post(f"{web.url}/review/{msg_id}/done", form=form, max_redirects=0)
        assert r.status == 403, form
        assert "CSRF" in r.text()
    assert web.review_state(msg_id) == "open"
    page.goto(f"/review/{msg_id}")
    expect(page.locator("dl.facts").first).to_contain_text("wartet auf Prüfung")
    expect(page.get_by_role("button", name="Erledigt, ohne Antwort")).to_be_visible()

    r = request.post(f"{web.url}/logout", form={"x": "1"}, max_redirects=0)
    assert r.status == 403
    page.reload()
    expect(page.get_by_role("button", name=f"Abmelden ({web.staff_name})")).to_be_visible()  # still logged in

    page.get_by_role("button", name=f"Abmelden ({web.staff_name})").click()
    expect(page).to_have_url(f"{web.url}/login")
    page.goto("/")
    expect(page).to_have_url(f"{web.url}/login?next=/")
    expect(page.get_by_role("navigation")).to_have_count(0)


def test_login_returns_to_the_page_asked_for(page, web):
    """Following a link to a search (e.g. from a colleague) without a session: after logging in,
    staff should see that search, not the bare page."""
    page.goto("/people?q=eve")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    page.get_by_label("Name").fill(web.staff_name)
    page.get_by_label("Passwort").fill(web.password)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page).not_to_have_url(re.compile(r"/login"))
    assert page.url == f"{web.url}/people?q=eve"
    expect(page.locator("#q")).to_have_value("eve")


@pytest.mark.parametrize("target", ["//evil.example/", "/\\evil.example/", "https://evil.example/",
                                    "/\t/evil.example/"])
def test_login_never_leaves_the_site(page, web, target):
    page.route(re.compile(r"^https?://evil\.example/"), lambda route: route.fulfill(body="evil", status=200))
    page.goto("/login?next=" + quote(target, safe=""))
    page.get_by_label("Name").fill(web.staff_name)
    page.get_by_label("Passwort").fill(web.password)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page).not_to_have_url(re.compile(r"/login"))  # logged in and sent on
    assert page.url.startswith(web.url + "/"), page.url
    expect(page.locator("body")).not_to_have_text("evil")


# ---------------------------------------------------------------------- 7. keyboard and labels
def test_keyboard_login(page, web):
    page.goto("/login")
    expect(page.locator("#name")).to_be_focused()  # autofocus
    page.get_by_role("link", name="Zum Inhalt springen").focus()
    page.keyboard.press("Tab")
    expect(page.locator("#name")).to_be_focused()
    page.keyboard.type(web.staff_name)
    page.keyboard.press("Tab")
    expect(page.locator("#password")).to_be_focused()
    page.keyboard.type(web.password)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Anmelden", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{web.url}/")


UNLABELLED = """els => els.filter(el => {
    const byLabel = [...(el.labels || [])].map(l => l.textContent.trim()).join('');
    const byAria = (el.getAttribute('aria-label') || '').trim();
    const byRef = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
        .map(id => (document.getElementById(id) || {}).textContent || '').join('').trim();
    return !(byLabel || byAria || byRef);
}).map(el => el.outerHTML)"""

NAMELESS_BUTTONS = """els => els.filter(el => !(el.textContent.trim() || el.getAttribute('aria-label')))
    .map(el => el.outerHTML)"""


@pytest.mark.parametrize("where", ["review", "overview", "participants", "outbox", "people", "person", "mail",
                                   "questions"])
def test_every_control_labelled_and_one_h1(logged_in_page, web, where):
    page = logged_in_page
    url = {"review": f"/review/{web.message_id(DIETER)}", "overview": "/", "participants": "/participants",
           "outbox": "/outbox", "people": "/people?q=example.org", "person": f"/person?email={ANNA}",
           "mail": "/participants/offenau/mail?template=raum", "questions": "/questions"}[where]
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == "de"
    expect(page.locator("h1")).to_have_count(1)
    controls = page.locator("input:not([type=hidden]), select, textarea")
    if where in ("review", "participants", "people", "person", "mail"):
        assert controls.count() > 0
    assert controls.evaluate_all(UNLABELLED) == []
    assert page.locator("button").evaluate_all(NAMELESS_BUTTONS) == []
    skip = page.get_by_role("link", name="Zum Inhalt springen")
    assert skip.get_attribute("href") == "#inhalt" and page.locator("#inhalt").count() == 1


# ---------------------------------------------------------------------- 8. registration by hand
def test_add_by_phone_for_offenau(logged_in_page, web):
    page = logged_in_page
    offenau_before = overview_people(page, "offenau")
    go(page, "Postausgang")
    mails_before = page.locator("tbody tr").count()
    assert len(web.outbox()) == mails_before

    go(page, "Teilnehmende")
    page.get_by_role("navigation", name="Veranstaltungen").get_by_role("link", name=re.compile("^Offenau")).click()
    page.locator("#add-name").fill("Hans Telefon")
    page.locator("#add-phone").fill("07131 123456")
    expect(page.locator("#add-email")).to_have_value("")
    page.locator("#add-workshop").select_option("offenau")
    page.locator("#add-attendees").fill("3")
    page.get_by_role("button", name="Eintragen").click()
    expect(page.get_by_role("status")).to_have_text("Hans Telefon eingetragen (bestätigt).")
    expect(page).to_have_url(re.compile(rf"^{re.escape(web.url)}/participants\?workshop=offenau#reg-\d+$"))

    offenau = page.locator("section#offenau")
    row = offenau.locator("tbody tr").filter(has_text="Hans Telefon")
    expect(row).to_have_count(1)
    expect(row.locator("td").nth(1)).to_have_text("07131 123456")
    expect(row.locator("td").nth(2)).to_have_text("3")
    expect(offenau.get_by_role("heading", name="Angemeldet (2)")).to_be_visible()
    for other in ("neuenstadt", "weinsberg", "brackenheim"):
        page.goto(f"/participants?workshop={other}")
        expect(page.locator(f"section#{other}")).not_to_contain_text("Hans Telefon")

    go(page, "Übersicht")
    expect(page.locator("#belegung-offenau .people")).to_have_text(str(offenau_before + 3))
    go(page, "Postausgang")
    expect(page.locator("tbody tr")).to_have_count(mails_before)
    expect(page.locator("tbody tr").filter(has_text="wartet")).to_have_count(0)
    assert len(web.outbox()) == mails_before


# ---------------------------------------------------------------------- 9. cancel with mail
def test_cancel_with_mail(logged_in_page, web):
    page = logged_in_page
    go(page, "Postausgang")
    mails_to_bernd_before = outbox_rows(page, BERND).count()

    go(page, "Teilnehmende")
    page.get_by_role("navigation", name="Veranstaltungen").get_by_role("link", name=re.compile("^Weinsberg")).click()
    weinsberg = page.locator("section#weinsberg")
    row = weinsberg.locator("tbody tr").filter(has_text="Bernd Müller")
    expect(row).to_have_count(1)
    row.get_by_text("Ändern …").click()
    cancel = row.locator("form[action$='/cancel']")
    expect(cancel.get_by_label("Mail senden")).to_be_checked()
    cancel.get_by_label("wirklich absagen").check()
    cancel.get_by_role("button", name="Absagen").click()
    expect(page.get_by_role("status")).to_have_text(
        "Anmeldung von Bernd Müller abgesagt. Eine Mail steht im Postausgang.")
    expect(weinsberg).not_to_contain_text("Bernd Müller")
    expect(weinsberg.get_by_role("heading", name="Angemeldet (0)")).to_be_visible()

    go(page, "Postausgang")
    rows = outbox_rows(page, BERND)
    expect(rows).to_have_count(mails_to_bernd_before + 1)
    new = rows.filter(has_text="wartet")
    expect(new).to_have_count(1)
    expect(new.locator("td:nth-child(4)")).to_have_text("Absage")
    new.get_by_role("link").click()
    expect(page.locator("#mail-text")).to_contain_text("Weinsberg")

    go(page, "Übersicht")
    expect(page.locator("#belegung-weinsberg .people")).to_have_text("0")
    assert web.registration(BERND).status == "cancelled"
