"""Held changes for staff: a change asked for by a sender that failed authentication waits in the
review queue beside the verdict; staff apply it (the owner told them by phone) or drop it."""

import re

from sqlalchemy import select

from mailbot.staff import StaffDesk
from mailbot.store import Message, Outbox
from tests.harness import Harness, at, mail, text_of
from tests.worker.scenarios import FORGED, with_auth

NOW = at("2023-09-08T10:00")


def _held_desk(tmp_path) -> Harness:
    h = Harness(tmp_path)
    h.deliver(mail("ida.iske@example.net", "Ich melde mich für Offenau am 19.09. an.", name="Ida Iske"))
    h.deliver(mail("jan.jost@example.net", "Ich melde mich für Offenau am 19.09. an.", name="Jan Jost"))
    h.run()
    for who in ("ida.iske", "jan.jost"):
        h.deliver(with_auth(mail(f"{who}@example.net", "Ich möchte bitte zum 21.09. nach Neuenstadt wechseln.",
                                 subject="Umbuchung", date="2023-09-05T08:00"), FORGED))
    h.run("2023-09-05T08:05")
    return h


def _held(h: Harness, sender: str) -> int:
    return next(m.id for m in h.messages() if m.sender == sender and m.outcome == "held")


def test_staff_apply_or_drop_a_held_change(tmp_path):
    h = _held_desk(tmp_path)
    assert [(r.workshop, r.status) for r in h.registrations()] == [("offenau", "confirmed")] * 2
    staff = StaffDesk(h.config, h.store)
    with h.store.writer() as s:
        staff.apply_held(s, _held(h, "ida.iske@example.net"), "erika", NOW)
        staff.drop_held(s, _held(h, "jan.jost@example.net"), "erika", NOW)
        s.commit()
    assert {r.email: r.workshop for r in h.registrations()} == {"ida.iske@example.net": "neuenstadt",
                                                                "jan.jost@example.net": "offenau"}
    with h.store.session() as s:
        kinds = [(o.to_addr, o.kind) for o in s.scalars(select(Outbox).order_by(Outbox.id))][2:]
        assert kinds == [("ida.iske@example.net", "confirm_request"), ("jan.jost@example.net", "confirm_request"),
                         ("ida.iske@example.net", "changed")]
        assert s.scalar(select(Message).where(Message.review == "open")) is None


def test_review_page_shows_the_verdict_beside_the_sender(tmp_path):
    import httpx

    from mailbot.staff import add_user
    from mailbot.web.app import create_app
    from tests.web.webdata import LiveServer

    h = _held_desk(tmp_path)
    add_user(h.store, "erika", "ein langes Passwort", NOW)
    live = LiveServer(create_app(h.config, h.store, clock=lambda: NOW))
    live.start()
    try:
        with httpx.Client(base_url=live.url, follow_redirects=True) as client:
            csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
            client.post("/login", data={"csrf": csrf, "name": "erika", "password": "ein langes Passwort",
                                        "next": "/"})
            msg_id = _held(h, "ida.iske@example.net")
            page = client.get(f"/review/{msg_id}").text
            assert re.search(r'ida\.iske@example\.net&gt;\s*<strong id="sender-auth">Absender nicht bestätigt: '
                             r"DMARC fail", page)
            assert "Änderung ausführen" in page
            csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
            client.post(f"/review/{msg_id}/drop_held", data={"csrf": csrf})
    finally:
        live.stop()
    assert [r.workshop for r in h.registrations()] == ["offenau", "offenau"]
    with h.store.session() as s:
        assert (s.get(Message, msg_id).held or {}).get("state") == "dropped"


def _request(h: Harness, sender: str):
    return next(m for m in h.sent_to(sender) if m["Subject"].startswith("Bitte bestätigen"))


def test_a_short_reply_to_the_request_confirms_and_a_no_goes_to_staff(tmp_path):
    h = _held_desk(tmp_path)
    ida, jan = _request(h, "ida.iske@example.net"), _request(h, "jan.jost@example.net")
    h.deliver(mail("ida.iske@example.net", "Ok, danke!", subject=f"Re: {ida['Subject']}", in_reply_to=ida,
                   date="2023-09-06T08:00"))
    h.deliver(mail("jan.jost@example.net", "Nein, das war ich nicht!", subject=f"Re: {jan['Subject']}",
                   in_reply_to=jan, date="2023-09-06T08:00"))
    h.run("2023-09-06T08:05")
    assert {r.email: r.workshop for r in h.registrations()} == {"ida.iske@example.net": "neuenstadt",
                                                                "jan.jost@example.net": "offenau"}
    changed = text_of(h.sent_to("ida.iske@example.net")[-1])
    assert "Neuenstadt" in changed and "Offenau" in changed and "Bitte bestätigen" not in changed
    assert h.sent_to("jan.jost@example.net")[-1]["Message-ID"] == jan["Message-ID"]  # Jan gets no more mail
    open_reviews = [(m.sender, m.outcome) for m in h.messages() if m.review == "open"]
    assert open_reviews == [("jan.jost@example.net", "held"), ("jan.jost@example.net", "review")]  # and his "no"


def test_a_reply_to_our_mail_proves_the_mailbox_whatever_the_headers_say(tmp_path):
    """A forwarding provider can break DMARC; an answer to our confirmation (its Message-ID, which
    only that mailbox has seen) still cancels at once, as conversations always did."""
    h = Harness(tmp_path)
    h.deliver(mail("lea.lorenz@example.net", "Ich melde mich für Offenau am 19.09. an.", name="Lea Lorenz"))
    h.run()
    confirmation = h.sent_to("lea.lorenz@example.net")[-1]
    h.deliver(with_auth(mail("lea.lorenz@example.net", "Ich muss leider absagen.",
                             subject=f"Re: {confirmation['Subject']}", in_reply_to=confirmation,
                             date="2023-09-05T08:00"), FORGED))
    h.run("2023-09-05T08:05")
    assert [r.status for r in h.registrations()] == ["cancelled"]
    answer = h.messages()[-1]
    assert answer.sender_auth == "fail" and "answers our mail" in answer.sender_auth_detail
