"""The staff pages' eleven faults found in a working week (issue 14), each driven through chromium.

The data (built once per module, every test on its own copy; every workshop has 4 seats):
Claudia Hofmann ("Hofmann, Claudia" in her From header) registered 3 people for Weinsberg, then
wrote that they are only two now; that mail waits in the review queue. Petra may come to
Weinsberg with her two children, whose ages she gives; Gustav asks a question without naming a
workshop; Samira asks in Arabic; Jonas registered himself and Frieda Begleiterin for Brackenheim. Offenau is full (Lena 2, Bruno 2) and Wilma, taken by phone without an address, waits
for 2 seats.
"""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.headerregistry import Address
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.staff import StaffDesk, add_user
from mailbot.store import Registration
from tests.harness import Harness, at, mail
from tests.web.conftest import log_in, serve_copy
from tests.web.webdata import CHROMIUM, NOW, STAFF_NAME, STAFF_PASSWORD, run_sequentially

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is missing: the browser tests need Debian's chromium")
expect = pytest.importorskip("playwright.sync_api").expect

SEATS = 4
CLAUDIA = "claudia.hofmann@example.net"
PETRA = "petra.kinder@example.net"
GUSTAV = "gustav.frage@example.net"
LENA = "lena.voll@example.net"
BRUNO = "bruno.bahn@example.net"
SAMIRA = "samira.frage@example.net"  # asks in Arabic
JONAS = "jonas.kern@example.net"  # Brackenheim with his colleague Frieda Begleiterin, names listed
WILMA_PHONE = "07131 987654"


def from_claudia(body: str, **kw) -> bytes:
    """A mail from Claudia, whose display name is in directory order and so must be quoted."""
    m = message_from_bytes(mail(CLAUDIA, body, **kw), policy=policy.default)
    del m["From"]
    m["From"] = Address(display_name="Hofmann, Claudia", addr_spec=CLAUDIA)
    return m.as_bytes()


def build_week(tmp: Path) -> Path:
    h = Harness(tmp, capacity=SEATS)
    h.deliver(from_claudia("Hallo,\nwir kommen zu dritt zum Workshop in Weinsberg.\nViele Grüße", date="2023-09-01T08:00"))
    h.deliver(mail(LENA, "Ich melde mich für Offenau an, wir kommen zu zweit.", name="Lena Voll",
                   date="2023-09-01T09:00"))
    h.deliver(mail(BRUNO, "Anmeldung für den Workshop in Offenau, 2 Personen.", name="Bruno Bahn",
                   date="2023-09-01T10:00"))
    h.deliver(mail(JONAS, "Guten Tag,\nfür den Workshop in Brackenheim melde ich an:\nJonas Kern\nFrieda Begleiterin\n",
                   name="Jonas Kern", date="2023-09-01T10:30"))
    h.deliver(mail(GUSTAV, "Gibt es einen Dolmetscher? Ich weiß noch nicht, ob ich komme.", subject="Frage",
                   name="Gustav Frage", date="2023-09-01T11:00"))
    run_sequentially(h, at("2023-09-02T09:00"))
    h.deliver(from_claudia("Guten Morgen,\nbei uns hat sich etwas geändert: wir sind jetzt nur noch zwei Personen. "
                           "Geht das morgen auch?\nClaudia Hofmann", subject="Änderung", date="2023-09-03T07:30"))
    h.deliver(mail(SAMIRA, "مرحبا، هل يوجد مترجم في ورشة العمل؟ شكرا", subject="سؤال", name="Samira Beispiel",
                   date="2023-09-03T09:00"))
    h.deliver(mail(PETRA, "Hallo,\nich komme vielleicht mit meinen zwei Kindern (3 und 6 Jahre) nach Weinsberg.\n"
                          "Gruß Petra", subject="Workshop", name="Petra Kinder", date="2023-09-03T08:00"))
    run_sequentially(h, at("2023-09-04T09:00"))
    with h.store.writer() as s:
        StaffDesk(h.config, h.store).add_participant(
            s, name="Wilma Warteliste", email="", phone=WILMA_PHONE, workshop="offenau", attendees=2,
            actor="build", now=at("2023-09-04T09:30"))
        s.commit()
    add_user(h.store, STAFF_NAME, STAFF_PASSWORD, NOW)

    with h.store.session() as s:  # what the tests rely on
        regs = {(r.email, r.workshop): r for r in s.scalars(select(Registration))}
    assert (regs[CLAUDIA, "weinsberg"].status, regs[CLAUDIA, "weinsberg"].attendees) == ("confirmed", 3)
    assert regs[LENA, "offenau"].status == regs[BRUNO, "offenau"].status == "confirmed"
    assert regs["", "offenau"].status == "waiting"
    assert "Frieda Begleiterin" in regs[JONAS, "brackenheim"].names
    assert {m.sender for m in h.messages() if m.review == "open"} >= {CLAUDIA, PETRA, GUSTAV, SAMIRA}
    h.store.engine.dispose()
    return tmp / "mailbot.db"


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:  # the browser fixture builds this first (see conftest)
    return build_week(tmp_path_factory.mktemp("week-data"))


@pytest.fixture
def web(template_db, tmp_path):
    with serve_copy(template_db, tmp_path, capacity=SEATS) as served:
        yield served


@pytest.fixture
def staff(page, web):
    log_in(page, web)
    return page


def review_of(page, web, sender: str) -> None:
    with web.store.session() as s:
        from mailbot.store import Message

        msg_id = s.scalar(select(Message.id).where(Message.sender == sender, Message.review == "open"))
    page.goto(f"/review/{msg_id}")


def registrations(web, email: str) -> list[Registration]:
    with web.store.session() as s:
        return list(s.scalars(select(Registration).where(Registration.email == email,
                                                         Registration.status.in_(("confirmed", "waiting")))))


def last_mail_text(page, to: str) -> str:
    page.goto("/outbox")
    page.locator("tbody tr").filter(has_text=to).first.get_by_role("link").click()
    return page.locator("#mail-text").inner_text()


def people_at(page, workshop: str) -> int:
    page.goto("/")
    return int(page.locator(f"#belegung-{workshop} .people").inner_text())


# ---------------------------------------------------------------------- 1. no double booking from review
def test_1_review_shows_the_registration_and_changes_the_head_count(staff, web):
    page = staff
    review_of(page, web, CLAUDIA)
    known = page.locator("#known-" + str(registrations(web, CLAUDIA)[0].id))
    expect(known).to_contain_text("Weinsberg")
    expect(known).to_contain_text("3 Person(en)")

    # Anmelden for the same workshop without the explicit choice registers nobody a second time
    page.locator("#workshop").select_option("weinsberg")
    page.locator("#attendees").fill("2")
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page.locator(".flash.error")).to_contain_text("schon für Weinsberg angemeldet")
    assert len(registrations(web, CLAUDIA)) == 1

    known.get_by_label("Personenzahl ändern auf").fill("2")
    known.get_by_role("button", name="Ändern und bestätigen").click()
    expect(page.get_by_role("status")).to_contain_text("jetzt 2 Person(en)")
    regs = registrations(web, CLAUDIA)
    assert [(r.workshop, r.attendees, r.status) for r in regs] == [("weinsberg", 2, "confirmed")]
    assert people_at(page, "weinsberg") == 2
    assert "für 2 Personen angemeldet" in last_mail_text(page, CLAUDIA)


# ---------------------------------------------------------------------- 2. erasure frees the seat
def test_2_erasure_frees_the_seat_and_the_waiting_list_moves_up(staff, web):
    page = staff
    assert people_at(page, "offenau") == 4
    page.goto(f"/people?q={LENA}")
    page.get_by_label("Zum Löschen die Adresse noch einmal eingeben").fill(LENA)
    page.get_by_role("button", name="Daten löschen (Art. 17 DSGVO)").click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Wilma Warteliste – keine E-Mail-Adresse, bitte anrufen: " + WILMA_PHONE)

    page.goto("/participants?workshop=offenau")
    expect(page.get_by_role("heading", name="Warteliste (0)")).to_be_visible()
    rows = page.locator("section#offenau tbody tr")
    expect(rows).to_have_count(2)  # Bruno and Wilma, no nameless row
    expect(rows.filter(has_text="Wilma Warteliste")).to_have_count(1)
    expect(page.locator("section#offenau")).not_to_contain_text("gelöscht")
    page.goto("/participants/offenau/print")
    sheet = page.locator("tbody").inner_text()
    assert "Lena" not in sheet and "Wilma Warteliste" in sheet and "Bruno Bahn" in sheet
    assert people_at(page, "offenau") == 4


# ---------------------------------------------------------------------- 3. no empty reference
def test_3_staff_clarification_has_no_empty_reference(staff, web):
    page = staff
    review_of(page, web, GUSTAV)
    page.get_by_role("button", name="Rückfrage senden").click()
    expect(page.get_by_role("status")).to_have_text("Rückfrage steht im Postausgang.")
    text = last_mail_text(page, GUSTAV)
    assert not re.search(r"Unser Zeichen:\s*$", text, re.M), text


# ---------------------------------------------------------------------- 4. typed input survives an error
def test_4_phone_registration_keeps_what_was_typed_after_an_error(staff, web):
    page = staff
    page.goto("/participants?workshop=neuenstadt")
    page.locator("#add-name").fill("Karl Ohnenummer")
    page.locator("#add-workshop").select_option("brackenheim")
    page.locator("#add-attendees").fill("3")
    page.get_by_role("button", name="Eintragen").click()  # neither phone nor address
    expect(page.locator(".flash.error")).to_contain_text("Telefonnummer oder E-Mail-Adresse")
    expect(page.locator("#add-name")).to_have_value("Karl Ohnenummer")
    expect(page.locator("#add-workshop")).to_have_value("brackenheim")
    expect(page.locator("#add-attendees")).to_have_value("3")


def test_4_free_answer_survives_a_colleague_deciding_first(staff, web):
    page = staff
    other = page.context.new_page()
    review_of(page, web, GUSTAV)
    review_of(other, web, GUSTAV)
    other.get_by_role("button", name="Erledigt, ohne Antwort").click()
    expect(other.get_by_role("status")).to_have_text("Als erledigt markiert (ohne Antwort).")

    answer = "Ja, eine Dolmetscherin für Arabisch ist da (Antwortsatz 815)."
    page.locator("#answer-text").fill(answer)
    page.get_by_role("button", name="Antwort senden").click()
    expect(page.locator(".flash.error")).to_contain_text("schon bearbeitet")
    expect(page.locator("#answer-text")).to_have_value(answer)


# ---------------------------------------------------------------------- 5. the form shows what the bot read
def test_5_register_form_preselects_the_workshop_and_count_read(staff, web):
    page = staff
    review_of(page, web, PETRA)
    expect(page.locator("#workshop")).to_have_value("weinsberg")
    expect(page.locator("#attendees")).to_have_value("3")  # Petra and two children: ages are no people
    review_of(page, web, GUSTAV)
    expect(page.locator("#workshop")).to_have_value("")
    expect(page.locator("#workshop option:checked")).to_have_text("bitte wählen")


# ---------------------------------------------------------------------- 6. duplicate phone registration
def test_6_the_same_phone_registration_twice_needs_a_choice(staff, web):
    page = staff
    page.goto("/participants?workshop=weinsberg")
    for attempt in range(2):
        page.locator("#add-name").fill("Hans Telefon")
        page.locator("#add-phone").fill("07131 55 44 33" if attempt == 0 else "0713155-4433")
        page.locator("#add-workshop").select_option("weinsberg")
        page.get_by_role("button", name="Eintragen").click()
    expect(page.locator(".flash.error")).to_contain_text("schon für Weinsberg eingetragen")
    page.goto("/participants?workshop=weinsberg")
    expect(page.locator("tbody tr").filter(has_text="Hans Telefon")).to_have_count(1)

    page.locator("#add-name").fill("Hans Telefon")
    page.locator("#add-phone").fill("07131 55 44 33")
    page.get_by_label("trotzdem eintragen").check()
    page.get_by_role("button", name="Eintragen").click()
    expect(page.get_by_role("status")).to_contain_text("Hans Telefon eingetragen")
    expect(page.locator("tbody tr").filter(has_text="Hans Telefon")).to_have_count(2)


# ---------------------------------------------------------------------- 7. evidence in German
def test_7_evidence_is_german_and_a_greeting_is_no_date(staff, web):
    page = staff
    review_of(page, web, CLAUDIA)
    page.locator("#evidence summary").click()
    items = page.locator("#evidence li")
    expect(items.first).to_be_visible()
    listed = " ".join(items.all_inner_texts())
    for jargon in ("pos", "relative", "numeric", "explicit number", "after 2023"):
        assert not re.search(rf"\b{jargon}\b", listed), (jargon, listed)
    assert "Zeitangabe" in listed and "gewünscht" in listed
    marked = page.locator("#message-text mark")
    expect(marked.first).to_be_visible()
    before = page.evaluate("""() => [...document.querySelectorAll('#message-text mark')].map(m => {
        const t = m.previousSibling; return (t && t.textContent || '').slice(-6) + m.textContent; })""")
    assert not any(b.lower().endswith("guten morgen") for b in before), before


# ---------------------------------------------------------------------- 8. greeting
def test_8_greeting_turns_a_directory_name_round(staff, web):
    page = staff
    review_of(page, web, CLAUDIA)
    known = page.locator("ul.known li").first
    known.get_by_label("Personenzahl ändern auf").fill("2")
    known.get_by_role("button", name="Ändern und bestätigen").click()
    text = last_mail_text(page, CLAUDIA)
    assert "Guten Tag Claudia Hofmann," in text and "Hofmann, Claudia," not in text


# ---------------------------------------------------------------------- 9. the typed name stays
def test_9_wrong_password_keeps_the_name(page, web):
    page.goto("/login")
    page.get_by_label("Name").fill(web.staff_name)
    page.get_by_label("Passwort").fill("nicht-das-passwort")
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("Name oder Passwort ist falsch.")
    expect(page.get_by_label("Name")).to_have_value(web.staff_name)
    expect(page.get_by_label("Passwort")).to_be_focused()


# ---------------------------------------------------------------------- 10. a phone's width
def message_id(web, sender: str) -> int:
    from mailbot.store import Message

    with web.store.session() as s:
        return s.scalar(select(Message.id).where(Message.sender == sender).order_by(Message.id.desc()))


def every_page(web) -> list[str]:
    from mailbot.store import Outbox

    with web.store.session() as s:
        mail_id = s.scalar(select(Outbox.id).where(Outbox.to_addr == SAMIRA))
    reg = registrations(web, CLAUDIA)[0]
    return ["/", "/review", f"/review/{message_id(web, CLAUDIA)}", f"/review/{message_id(web, SAMIRA)}",
            "/participants", "/participants?workshop=offenau", "/participants/offenau/print", "/outbox",
            f"/outbox/{mail_id}", "/people?q=example.net", f"/person?email={CLAUDIA}", f"/registrations/{reg.id}",
            "/questions", "/participants/offenau/mail"]


WIDTH = "() => document.documentElement.scrollWidth"
WIDEST = """() => [document.documentElement.scrollWidth, ...[...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > 390 || e.scrollWidth > e.clientWidth + 1).slice(-3).map(e => e.outerHTML.slice(0, 80))]"""


def test_10_no_page_scrolls_sideways_on_a_phone(browser, web):
    from tests.web.webdata import new_context

    context = new_context(browser, web)
    try:
        page = context.new_page()
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto("/login")
        assert page.evaluate(WIDTH) <= 390
        log_in(page, web)
        wide = {}
        for url in every_page(web):
            page.goto(url)
            expect(page.locator("h1")).to_have_count(1)
            if page.evaluate(WIDTH) > 390:
                wide[url] = page.evaluate(WIDEST)
        assert wide == {}, "pages wider than the phone (px)"
    finally:
        context.close()


def test_10_chart_labels_stay_readable_on_a_phone(browser, web):
    from tests.web.webdata import new_context

    context = new_context(browser, web)
    try:
        page = context.new_page()
        page.set_viewport_size({"width": 390, "height": 844})
        log_in(page, web)
        heights = page.locator("svg.chart text, svg.timeline text").evaluate_all(
            "els => els.map(e => e.getBoundingClientRect().height)")
        assert heights and min(heights) >= 12, heights  # was ~6 px
    finally:
        context.close()


# ---------------------------------------------------------------------- B. focus ring, language of mail text
def luminance(rgb: str) -> float:
    channels = [int(x) / 255 for x in re.findall(r"\d+", rgb)[:3]]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_focus_ring_contrasts_with_what_is_behind_it(staff, web):
    page = staff
    page.goto("/people")
    for target, behind in (("main button", "main"), ("header nav a", "header")):
        page.locator(target).first.focus()
        ring = page.locator(target).first.evaluate(
            "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }")
        background = page.locator(behind).first.evaluate(
            "e => { let n = e; while (n) { const c = getComputedStyle(n).backgroundColor;"
            " if (c !== 'rgba(0, 0, 0, 0)') return c; n = n.parentElement; } return 'rgb(255, 255, 255)'; }")
        assert ring[0] != "none" and float(ring[1].rstrip("px")) >= 2, (target, ring)
        assert contrast(ring[2], background) >= 3, (target, ring, background)


def test_mail_text_carries_its_language_and_direction(staff, web):
    page = staff
    page.goto(f"/review/{message_id(web, SAMIRA)}")
    text = page.locator("#message-text")
    expect(text).to_have_attribute("lang", "ar")
    expect(text).to_have_attribute("dir", "rtl")
    page.goto("/outbox")
    page.locator("tbody tr").filter(has_text=SAMIRA).first.get_by_role("link").click()
    parts = page.locator("#mail-text [lang]")
    expect(parts).to_have_count(2)
    assert [(p.get_attribute("lang"), p.get_attribute("dir")) for p in parts.all()] == [("de", "ltr"), ("ar", "rtl")]
    expect(parts.nth(1)).to_contain_text("مرحب")
    expect(page.locator("main")).not_to_contain_text("base64")


# ---------------------------------------------------------------------- C. finding and reading
def test_lists_lead_to_what_staff_look_for(staff, web):
    page = staff
    page.goto("/review")  # the time the mail was written, not when the bot fetched it (04.09. 09:00)
    expect(page.locator("tbody tr").filter(has_text="Änderung").locator("td").first).to_have_text("03.09.2023 07:30")

    review_of(page, web, GUSTAV)
    page.get_by_role("button", name="Rückfrage senden").click()
    page.goto("/")
    page.get_by_role("link", name="1 offen").click()  # "Rückfragen 1" leads to the list
    expect(page.get_by_role("heading", level=1)).to_have_text("Offene Rückfragen")
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.locator("tbody tr")).to_contain_text("Gustav Frage")

    page.goto("/people?q=frieda")  # a companion finds the registration
    row = page.locator("tbody tr").filter(has_text="Jonas Kern")
    expect(row).to_contain_text("mit Jonas Kern, Frieda Begleiterin")
    row.get_by_role("link", name="Brackenheim").click()
    expect(page).to_have_url(re.compile(r"/participants\?workshop=brackenheim#reg-\d+$"))
    target = page.url.rsplit("#", 1)[1]
    expect(page.locator(f"#{target}")).to_contain_text("Jonas Kern")

    page.goto("/participants?workshop=brackenheim&q=begleiterin")
    expect(page.locator("tbody tr")).to_have_count(1)
    page.goto("/participants/brackenheim/print")
    lines = [x for x in page.locator("tbody tr td:nth-child(2)").all_inner_texts() if x]
    assert lines == ["Jonas Kern", "Frieda Begleiterin (Begleitung von Jonas Kern)"]  # a line per companion

    page.goto(f"/person?email={JONAS}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Jonas Kern")
    page.get_by_role("link", name=re.compile("^MB-")).click()
    expect(page.locator("#history")).to_contain_text("Anmeldung bestätigt")
    expect(page.locator("#history")).to_contain_text("Bestätigung")


# ---------------------------------------------------------------------- D. the sender's registrations, undo
def known_row(page, web, sender: str):
    review_of(page, web, sender)
    return page.locator("#known-" + str(registrations(web, sender)[0].id))


def outbox_kinds(web, to: str) -> list[str]:
    from mailbot.store import Outbox

    with web.store.session() as s:
        return list(s.scalars(select(Outbox.kind).where(Outbox.to_addr == to).order_by(Outbox.id)))


def test_review_changes_the_names_of_the_registration(staff, web):
    page = staff
    claudia = message_id(web, CLAUDIA)
    row = known_row(page, web, CLAUDIA)
    row.get_by_label(re.compile("^Namen")).fill("Claudia Hofmann\nMaria Hofmann\n")
    row.get_by_role("button", name="Neue Namen bestätigen").click()
    expect(page.get_by_role("status")).to_contain_text("Namen geändert: Weinsberg, Claudia Hofmann, Maria Hofmann")
    regs = registrations(web, CLAUDIA)
    assert [(r.workshop, r.attendees, r.names) for r in regs] == [("weinsberg", 3, ["Claudia Hofmann", "Maria Hofmann"])]
    assert web.review_state(claudia) == "done"
    assert "Maria Hofmann" in last_mail_text(page, CLAUDIA)


def test_review_moves_the_registration_and_says_so_by_mail(staff, web):
    page = staff
    claudia = message_id(web, CLAUDIA)
    before = people_at(page, "weinsberg")
    row = known_row(page, web, CLAUDIA)
    row.get_by_label("Verschieben nach").select_option("neuenstadt")
    row.get_by_role("button", name="Verschieben").click()
    expect(page.get_by_role("status")).to_contain_text("nach Neuenstadt verschoben (bestätigt)")
    assert [(r.workshop, r.attendees) for r in registrations(web, CLAUDIA)] == [("neuenstadt", 3)]
    assert web.review_state(claudia) == "done"
    assert people_at(page, "weinsberg") == before - 3
    assert "Neuenstadt" in last_mail_text(page, CLAUDIA)


def test_review_cancels_the_registration_without_mail(staff, web):
    page = staff
    claudia = message_id(web, CLAUDIA)
    mails = outbox_kinds(web, CLAUDIA)
    row = known_row(page, web, CLAUDIA)
    row.get_by_label("Absage-Mail senden").uncheck()
    row.get_by_label("wirklich absagen").check()
    row.get_by_role("button", name="Absagen").click()
    expect(page.get_by_role("status")).to_contain_text("Anmeldung von Hofmann, Claudia abgesagt.")
    expect(page.get_by_role("status")).not_to_contain_text("Postausgang")
    assert registrations(web, CLAUDIA) == []
    assert web.review_state(claudia) == "done"
    assert outbox_kinds(web, CLAUDIA) == mails  # no mail


def test_spam_can_be_taken_back(staff, web):
    page = staff
    gustav = message_id(web, GUSTAV)
    review_of(page, web, GUSTAV)
    page.get_by_label("Ja, das ist Spam").check()
    page.get_by_role("button", name="Als Spam markieren").click()
    expect(page.get_by_role("status")).to_have_text("Als Spam markiert.")
    assert web.review_state(gustav) == "spam"
    page.get_by_role("button", name="Rückgängig").click()
    expect(page.get_by_role("status")).to_contain_text("wartet wieder auf Prüfung")
    expect(page).to_have_url(re.compile(f"/review/{gustav}$"))
    assert web.review_state(gustav) == "open"
    page.get_by_role("button", name="Rückfrage senden").click()  # and it can be worked as before
    expect(page.get_by_role("status")).to_have_text("Rückfrage steht im Postausgang.")


def test_a_cancellation_taken_back_restores_the_seat_and_sends_nothing(staff, web):
    page = staff
    mails = outbox_kinds(web, LENA)
    page.goto("/participants?workshop=offenau")
    row = open_row_actions(page, "Lena Voll")
    row.get_by_label("wirklich absagen").check()
    row.get_by_role("button", name="Absagen").click()  # with mail; Wilma moves up
    expect(page.get_by_role("status")).to_contain_text("Wilma Warteliste – keine E-Mail-Adresse, bitte anrufen")
    assert outbox_kinds(web, LENA) == mails + ["cancelled"]

    page.get_by_role("button", name="Rückgängig").click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Absage zurückgenommen: Lena Voll ist wieder angemeldet. Es wird keine Mail gesendet.")
    expect(status).to_contain_text("Wieder auf der Warteliste: Wilma Warteliste")
    assert [(r.status, r.attendees) for r in registrations(web, LENA)] == [("confirmed", 2)]
    wilma = [r for r in registrations(web, "") if r.phone == WILMA_PHONE]
    assert [r.status for r in wilma] == ["waiting"]
    assert outbox_kinds(web, LENA) == mails  # the cancellation's mail never leaves; no new one
    expect(page.get_by_role("heading", name="Warteliste (1)")).to_be_visible()
    assert people_at(page, "offenau") == SEATS

    page.goto("/participants?workshop=offenau")  # a second undo changes nothing
    page.request.post(f"/participants/{registrations(web, LENA)[0].id}/undo",
                      form={"csrf": page.locator("input[name=csrf]").first.input_value()})
    assert [r.status for r in registrations(web, LENA)] == ["confirmed"]


def test_mail_text_direction_follows_its_script(staff, web):
    from mailbot.store import Message

    page = staff
    samira = message_id(web, SAMIRA)
    for lang, text, direction in (("ckb", "سڵاو، ئایا وەرگێڕ لە وۆرکشۆپەکەدا هەیە؟", "rtl"),  # Sorani
                                  ("ur", "Kya workshop mein tarjuman hoga? Shukriya", "ltr")):  # Roman Urdu
        with web.store.writer() as s:
            msg = s.get(Message, samira)
            msg.reading = {**msg.reading, "language": lang, "new_text": text, "evidence": []}
            s.commit()
        page.goto(f"/review/{samira}")
        expect(page.locator("#message-text")).to_have_attribute("lang", lang)
        expect(page.locator("#message-text")).to_have_attribute("dir", direction)


# ---------------------------------------------------------------------- E. a staff member's week
def no_sideways_scroll(page) -> None:
    """The page's width settles within the viewport (layout may still be running on a loaded machine)."""
    width = page.viewport_size["width"]
    try:
        page.wait_for_function(f"() => document.documentElement.scrollWidth <= {width}", timeout=5000)
    except Exception:
        pass
    assert page.evaluate(WIDTH) <= width, (page.url, page.evaluate(WIDEST))


def open_row_actions(page, name: str):
    row = page.locator("tbody tr").filter(has_text=name)
    expect(row).to_have_count(1)
    row.get_by_text("Ändern …").click()
    return row


@pytest.mark.parametrize("width,height", [(1280, 900), (390, 844)], ids=["desk", "phone"])
def test_a_week_at_the_desk(browser, web, width, height, tmp_path):
    from openpyxl import load_workbook

    from tests.web.test_staff_web import screenshot
    from tests.web.webdata import new_context

    context = new_context(browser, web)
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    try:
        # Monday: sign in, work the queue
        log_in(page, web)
        no_sideways_scroll(page)
        page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name=re.compile("^Prüfen")).click()
        expect(page.locator("tbody tr")).to_have_count(4)
        no_sideways_scroll(page)
        review_of(page, web, CLAUDIA)
        if width > 1000:
            screenshot(page, "docs-staff-review.png")
        no_sideways_scroll(page)
        page.locator("ul.known li").first.get_by_label("Personenzahl ändern auf").fill("2")
        page.get_by_role("button", name="Ändern und bestätigen").click()
        expect(page.get_by_role("status")).to_contain_text("jetzt 2 Person(en)")
        review_of(page, web, PETRA)
        page.get_by_role("button", name="Anmelden", exact=True).click()  # Weinsberg and 3, as read
        expect(page.get_by_role("status")).to_contain_text("Angemeldet (Warteliste): Weinsberg, 3 Person(en)")
        review_of(page, web, GUSTAV)  # marked as spam by mistake, taken back, then asked back
        page.get_by_label("Ja, das ist Spam").check()
        page.get_by_role("button", name="Als Spam markieren").click()
        page.get_by_role("button", name="Rückgängig").click()
        expect(page.get_by_role("status")).to_contain_text("wartet wieder auf Prüfung")
        no_sideways_scroll(page)
        page.get_by_role("button", name="Rückfrage senden").click()
        expect(page.get_by_role("status")).to_have_text("Rückfrage steht im Postausgang.")
        review_of(page, web, SAMIRA)
        page.locator("#answer-text").fill("Ja, eine Dolmetscherin für Arabisch ist in allen Workshops dabei.")
        page.get_by_role("button", name="Antwort senden").click()
        expect(page.get_by_role("status")).to_have_text("Antwort steht im Postausgang.")
        page.goto("/review")
        expect(page.get_by_text("Keine offenen Nachrichten.")).to_be_visible()

        # Tuesday: a phone registration, a move that lets Wilma (no address) move up
        page.goto("/participants?workshop=offenau")
        no_sideways_scroll(page)
        page.locator("#add-name").fill("Otto Anrufer")
        page.locator("#add-phone").fill("07131 222333")
        page.get_by_role("button", name="Eintragen").click()
        expect(page.get_by_role("status")).to_have_text("Otto Anrufer eingetragen (Warteliste).")
        row = open_row_actions(page, "Bruno Bahn")
        row.locator("form[action$='/move'] select").select_option("neuenstadt")
        row.get_by_role("button", name="Verschieben").click()
        expect(page.get_by_role("status")).to_contain_text(
            "Wilma Warteliste – keine E-Mail-Adresse, bitte anrufen: " + WILMA_PHONE)
        assert page.url.endswith("/participants?workshop=offenau#reg-" + str(
            next(r.id for r in registrations(web, "") if r.phone == WILMA_PHONE)))

        # Wednesday: Lena cancels by phone; Otto moves up
        row = open_row_actions(page, "Lena Voll")
        row.get_by_label("wirklich absagen").check()
        row.get_by_role("button", name="Absagen").click()
        expect(page.get_by_role("status")).to_contain_text("Otto Anrufer – keine E-Mail-Adresse, bitte anrufen")
        expect(page.get_by_role("heading", name="Warteliste (0)")).to_be_visible()

        # Thursday: the room in Weinsberg changes: a mail to everyone registered there
        page.goto("/participants?workshop=weinsberg")
        page.get_by_role("link", name="Mail an alle").click()
        page.locator("#template").select_option("raum")
        page.get_by_role("button", name="Vorlage übernehmen").click()
        expect(page.locator("#subject")).to_have_value(re.compile("Neuer Raum: Workshop am .* in Weinsberg"))
        page.locator("#text").fill(page.locator("#text").input_value().replace("(bitte eintragen)", "Saal 2"))
        page.get_by_role("button", name="Vorschau", exact=True).click()
        expect(page.locator("#count")).to_contain_text("1 Person bekommt diese Mail")  # Claudia; Petra waits
        expect(page.locator("#preview")).to_contain_text("Guten Tag Claudia Hofmann,")
        no_sideways_scroll(page)
        page.get_by_role("button", name="An 1 Person senden").click()
        expect(page.get_by_role("status")).to_have_text("1 Mails stehen im Postausgang.")

        # Friday: the list for the caretaker, the sign-in sheet, an erasure
        page.goto("/participants?workshop=offenau")
        with page.expect_download() as info:
            page.get_by_role("link", name="Excel", exact=True).click()
        info.value.save_as(tmp_path / "offenau.xlsx")
        sheet = load_workbook(tmp_path / "offenau.xlsx").active
        names = sorted(row[3] for row in sheet.iter_rows(min_row=2, values_only=True))
        assert names == ["Otto Anrufer", "Wilma Warteliste"]
        with page.expect_download() as info:
            page.get_by_role("link", name="CSV", exact=True).click()
        lines = Path(info.value.path()).read_text(encoding="utf-8-sig").splitlines()
        assert sorted(tuple(x.split(";")[i] for i in (0, 2, 3)) for x in lines[1:]) == [
            ("offenau", "confirmed", "Otto Anrufer"), ("offenau", "confirmed", "Wilma Warteliste")]
        page.goto("/participants/offenau/print")
        no_sideways_scroll(page)
        lines = page.locator("tbody tr td:nth-child(2)").all_inner_texts()
        assert [x for x in lines if x][:3] == ["Otto Anrufer", "Wilma Warteliste",
                                              "Begleitung (Begleitung von Wilma Warteliste)"]
        page.goto(f"/people?q={BRUNO}")
        no_sideways_scroll(page)
        page.get_by_label("Zum Löschen die Adresse noch einmal eingeben").fill(BRUNO)
        page.get_by_role("button", name="Daten löschen (Art. 17 DSGVO)").click()
        expect(page.get_by_role("status")).to_contain_text(f"Personenbezogene Daten von {BRUNO} gelöscht")

        for url in ("/", "/outbox", "/questions", "/participants?workshop=neuenstadt"):
            page.goto(url)
            no_sideways_scroll(page)
        page.goto("/")
        if width > 1000:
            screenshot(page, "docs-staff-overview.png")
    finally:
        context.close()

    # no double booking, no overbooking
    with web.store.session() as s:
        active = s.scalars(select(Registration).where(Registration.status.in_(("confirmed", "waiting")))).all()
    who = [(r.email or r.phone, r.workshop) for r in active]
    assert len(who) == len(set(who)), who
    for workshop in {r.workshop for r in active}:
        assert sum(r.attendees for r in active if r.workshop == workshop and r.status == "confirmed") <= SEATS
    assert not [r for r in active if r.workshop == "neuenstadt" and not (r.name or r.email or r.phone)]
