"""End-to-end desk scenarios, shared by the Maildir run (tests/worker) and the real Dovecot +
SMTP run (tests/integration). Each takes a ``Harness`` and asserts what a resident, staff or the
office's IT would notice: the replies, the registrations, the folders."""

from __future__ import annotations

from tests.harness import Harness, ics_of, mail, text_of

ROBOTS_DIR = "tests/corpus/robots"


def corpus_round(desk: Harness) -> None:
    """Registrations, a robot, a question; then a second run changes and sends nothing."""
    from pathlib import Path

    desk.deliver(mail("anna.beispiel@example.org", "Hallo, ich melde mich für den 26.09. in Weinsberg an. "
                      "Wir kommen zu zweit.\n\nViele Grüße\nAnna Beispiel", name="Anna Beispiel"))
    desk.deliver(mail("john.doe@example.net", "Hello, I would like to attend the workshop in Neuenstadt on "
                      "Thursday 21 September.\nBest regards\nJohn Doe", subject="Registration", name="John Doe"))
    desk.deliver(mail("emre.yilmaz@example.com", "Merhaba, 17 Ekim'deki atölyeye katılmak istiyorum.\n"
                      "Saygılarımla\nEmre Yılmaz", subject="Kayıt", name="Emre Yılmaz"))
    robots = sorted(Path(ROBOTS_DIR).glob("*.eml"))[:6] + sorted(Path(ROBOTS_DIR).glob("*.eml"))[22:28]
    for p in robots:
        desk.deliver(p.read_bytes())
    desk.deliver(mail("frage@example.org", "Gibt es einen Dolmetscher für Arabisch? Ich weiß noch nicht, "
                      "ob ich komme.", subject="Frage"))
    first = desk.run()
    assert first is None or first.fetched == 4 + len(robots)  # None: the service (IDLE) handled it

    sent = desk.sent()
    # nothing to a robot: every reply goes to one of the four people
    assert sorted(str(m["To"]).split("<")[-1].rstrip(">") for m in sent) == sorted(
        ["anna.beispiel@example.org", "john.doe@example.net", "emre.yilmaz@example.com", "frage@example.org"])
    anna = desk.sent_to("anna.beispiel@example.org")[0]
    assert "Weinsberg" in text_of(anna) and "26. September 2023" in text_of(anna)
    assert anna["Auto-Submitted"] == "auto-replied" and anna["X-Auto-Response-Suppress"] == "All"
    assert anna["Subject"].startswith("Re: Anmeldung Workshop [MB-")
    assert anna["In-Reply-To"] and anna["In-Reply-To"] in anna["References"]
    assert anna["Message-ID"].endswith("@landratsamt-heilbronn.de>")
    cal = ics_of(anna)
    event = cal.walk("VEVENT")[0]
    assert event.decoded("dtstart").isoformat() == "2023-09-26T16:45:00+02:00"
    assert "Seufferheldstraße 14" in str(event["location"])
    john = desk.sent_to("john.doe@example.net")[0]
    assert "Neuenstadt" in text_of(john) and "Thursday" in text_of(john)  # German first, then English
    assert text_of(john).index("Donnerstag") < text_of(john).index("Thursday")
    emre = desk.sent_to("emre.yilmaz@example.com")[0]
    assert "Ekim" in text_of(emre) and "Oktober" in text_of(emre)
    assert ics_of(desk.sent_to("frage@example.org")[0]) is None

    regs = {(r.email, r.workshop, r.attendees, r.status) for r in desk.registrations()}
    assert regs == {("anna.beispiel@example.org", "weinsberg", 2, "confirmed"),
                    ("john.doe@example.net", "neuenstadt", 1, "confirmed"),
                    ("emre.yilmaz@example.com", "brackenheim", 1, "confirmed")}
    assert len(desk.folder("Anmeldungen/Bestätigt")) == 3
    assert len(desk.folder("Anmeldungen/Ignoriert")) == len(robots)
    assert len(desk.folder("Anmeldungen/Prüfen")) == 1
    assert desk.folder("INBOX") == []

    second = desk.run()
    assert second is None or (second.fetched, second.handled, second.sent) == (0, 0, 0)
    assert len(desk.sent()) == 4 and len(desk.registrations()) == 3


def clarification_round_trip(desk: Harness) -> None:
    desk.deliver(mail("lena.probe@example.org", "Guten Tag, ich möchte gern zu einem der Workshops kommen, "
                      "mit meiner Schwester.\nLena Probe", name="Lena Probe"))
    desk.run()
    question = desk.sent_to("lena.probe@example.org")[-1]
    body = text_of(question)
    assert "3. Dienstag, 26. September 2023" in body
    assert desk.folder("Anmeldungen/Rückfrage")
    assert [r.status for r in desk.registrations()] == ["awaiting"]

    desk.deliver(mail("lena.probe@example.org", "Nummer 3", subject=f"Re: {question['Subject']}",
                      in_reply_to=question, date="2023-09-05T10:00"))
    desk.run("2023-09-05T10:05")
    confirmation = desk.sent_to("lena.probe@example.org")[-1]
    assert "Weinsberg" in text_of(confirmation) and ics_of(confirmation) is not None
    assert confirmation["In-Reply-To"] != question["In-Reply-To"]
    regs = desk.registrations()
    assert [(r.workshop, r.status, r.attendees) for r in regs] == [("weinsberg", "confirmed", 2)]


def cancel_and_change(desk: Harness) -> None:
    desk.deliver(mail("paul.test@example.org", "Ich melde mich für Offenau am 19.09. an.\nPaul Test"))
    desk.run()
    confirmation = desk.sent_to("paul.test@example.org")[-1]
    # a change, said as such
    desk.deliver(mail("paul.test@example.org", "Ich bin für den 19.09. angemeldet, möchte aber lieber "
                      "zum 17.10. nach Brackenheim wechseln.\nPaul Test", subject="Umbuchung", date="2023-09-06T08:00"))
    desk.run("2023-09-06T08:05")
    assert [(r.workshop, r.status) for r in desk.registrations()] == [("brackenheim", "confirmed")]
    changed = desk.sent_to("paul.test@example.org")[-1]
    assert "Brackenheim" in text_of(changed) and "Offenau" in text_of(changed)
    # someone else cannot cancel Paul's registration
    desk.deliver(mail("mallory@example.com", "Absage für Brackenheim, wir kommen nicht.",
                      subject=f"Re: {confirmation['Subject']}", date="2023-09-07T08:00"))
    desk.run("2023-09-07T08:05")
    assert [r.status for r in desk.registrations()] == ["confirmed"]
    assert "keine Anmeldung" in text_of(desk.sent_to("mallory@example.com")[-1])
    # Paul cancels by answering the confirmation
    desk.deliver(mail("paul.test@example.org", "Absage. Leider kann ich doch nicht kommen.",
                      subject=f"Re: {changed['Subject']}", in_reply_to=changed, date="2023-09-08T08:00"))
    desk.run("2023-09-08T08:05")
    assert [r.status for r in desk.registrations()] == ["cancelled"]
    assert "Brackenheim" in text_of(desk.sent_to("paul.test@example.org")[-1])


def waiting_list_and_promotion(desk: Harness) -> None:
    """Capacity 2 per workshop: the third person waits; a cancel promotes them with a mail."""
    desk.deliver(mail("a.eins@example.org", "Anmeldung für Weinsberg, 26.09., 2 Personen."))
    desk.deliver(mail("b.zwei@example.org", "Ich komme gern am 26.09. nach Weinsberg."))
    desk.run()
    assert [(r.email, r.status) for r in desk.registrations()] == [("a.eins@example.org", "confirmed"),
                                                                     ("b.zwei@example.org", "waiting")]
    waiting = desk.sent_to("b.zwei@example.org")[-1]
    assert "Warteliste" in text_of(waiting) and ics_of(waiting) is None
    desk.deliver(mail("a.eins@example.org", "Wir müssen leider absagen für Weinsberg.", subject="Absage",
                      date="2023-09-10T09:00"))
    desk.run("2023-09-10T09:05")
    assert [(r.email, r.status) for r in desk.registrations()] == [("a.eins@example.org", "cancelled"),
                                                                     ("b.zwei@example.org", "confirmed")]
    promoted = desk.sent_to("b.zwei@example.org")[-1]
    assert promoted is not waiting and ics_of(promoted) is not None and "Weinsberg" in text_of(promoted)


def second_workshop_is_asked_then_changed(desk: Harness) -> None:
    """A second workshop without the word "change": we ask; the answer "Wechsel" moves the registration."""
    desk.deliver(mail("rita.zwei@example.org", "Ich melde mich für den 19.09. in Offenau an."))
    desk.run()
    desk.deliver(mail("rita.zwei@example.org", "Und meine Tochter und ich kommen auch am 17.10. nach Brackenheim, "
                      "zusätzlich.", subject="Noch eine Anmeldung", date="2023-09-04T10:00"))
    desk.run("2023-09-04T10:05")
    # a second workshop without saying "change": we ask, nothing moves
    assert [(r.workshop, r.status) for r in desk.registrations()][:1] == [("offenau", "confirmed")]
    asked = desk.sent_to("rita.zwei@example.org")[-1]
    assert "Wechsel" in text_of(asked)
    desk.deliver(mail("rita.zwei@example.org", "Wechsel", subject=f"Re: {asked['Subject']}", in_reply_to=asked,
                      date="2023-09-04T11:00"))
    desk.run("2023-09-04T11:05")
    assert [(r.workshop, r.status) for r in desk.registrations() if r.status != "closed"] == [
        ("brackenheim", "confirmed")]


def cancel_one_of_two(desk: Harness) -> None:
    """Two registrations (the second taken by phone), a cancel without a date: we ask which;
    "Absage Nummer 2" cancels the second of the two we listed."""

    from mailbot.store import Registration
    from tests.harness import at

    desk.deliver(mail("rita.zwei@example.org", "Ich melde mich für den 19.09. in Offenau an."))
    desk.run()
    with desk.store.session() as s:  # staff recorded a phone registration for the same address
        now = at("2023-09-04T09:30")
        s.add(Registration(reference="MB-PHONE2", email="rita.zwei@example.org", name="Rita Zwei",
                           workshop="brackenheim", attendees=1, status="confirmed", created_at=now,
                           updated_at=now, history=[], names=[], offered=[]))
        s.commit()
    desk.deliver(mail("rita.zwei@example.org", "Ich muss leider absagen.", subject="Absage",
                      date="2023-09-05T08:00"))
    desk.run("2023-09-05T08:05")
    asked = desk.sent_to("rita.zwei@example.org")[-1]
    body = text_of(asked)
    assert "1. Dienstag, 19. September 2023" in body and "2. Dienstag, 17. Oktober 2023" in body
    assert [r.status for r in desk.registrations() if r.workshop] == ["confirmed", "confirmed"]
    desk.deliver(mail("rita.zwei@example.org", "Absage Nummer 2", subject=f"Re: {asked['Subject']}",
                      in_reply_to=asked, date="2023-09-05T09:00"))
    desk.run("2023-09-05T09:05")
    assert {r.workshop: r.status for r in desk.registrations() if r.workshop} == {
        "offenau": "confirmed", "brackenheim": "cancelled"}


# --- sender authentication (Authentication-Results, RFC 8601) and mail nobody waits an answer for

OUR_SERVER = "mx.landratsamt-heilbronn.de"
FORGED = f"{OUR_SERVER}; spf=fail smtp.mailfrom=example.net; dkim=none; dmarc=fail (p=reject) header.from=example.net"


def with_auth(raw: bytes, *values: str) -> bytes:
    """The message as the receiving server stores it: its Authentication-Results on top, the
    first value top-most."""
    return b"".join(f"Authentication-Results: {v}\r\n".encode() for v in values) + raw


def _register(desk: Harness, sender: str, name: str, text: str = "Ich melde mich für den 26.09. in Weinsberg an.",
              date: str = "2023-09-04T08:00"):
    desk.deliver(mail(sender, f"Guten Tag,\n{text}\n\n{name}", name=name, date=date))
    desk.run()
    return desk.sent_to(sender)[-1]


def _open_reviews(desk: Harness) -> list:
    return [m for m in desk.messages() if m.review == "open"]


def forged_cancellation_is_held_until_the_owner_confirms(desk: Harness) -> None:
    confirmation = _register(desk, "vera.vogt@example.net", "Vera Vogt")
    assert "Weinsberg" in text_of(confirmation)
    # someone else writes in Vera's name: the receiving server says the sender is not example.net
    for day in ("05", "06"):
        desk.deliver(with_auth(mail("vera.vogt@example.net", "Hiermit sage ich meine Anmeldung für Weinsberg ab.",
                                    subject="Absage", date=f"2023-09-{day}T08:00"), FORGED))
        desk.run(f"2023-09-{day}T08:05")
    assert [r.status for r in desk.registrations()] == ["confirmed"]
    mails = desk.sent_to("vera.vogt@example.net")
    assert len(mails) == 2  # the confirmation, and one request to confirm (not one per forged mail)
    request = mails[-1]
    assert request["Subject"].startswith("Bitte bestätigen: Absage")
    body = text_of(request)
    assert "Wenn Sie absagen möchten, antworten Sie bitte auf diese Nachricht" in body
    assert "Weinsberg" in body and "nichts geändert" in body
    assert request["In-Reply-To"] is None  # Vera never wrote the forged mail: nothing to thread on
    held = [m for m in desk.messages() if m.outcome == "held"]
    assert len(held) == 2 and all(m.sender_auth == "fail" and "DMARC fail" in m.sender_auth_detail for m in held)
    assert len(_open_reviews(desk)) == 2  # staff see both as pending

    # Vera answers the request: that cancels, and she gets the cancellation
    desk.deliver(mail("vera.vogt@example.net", "Ja, bitte absagen.", subject=f"Re: {request['Subject']}",
                      in_reply_to=request, date="2023-09-07T08:00", name="Vera Vogt"))
    desk.run("2023-09-07T08:05")
    assert [r.status for r in desk.registrations()] == ["cancelled"]
    done = desk.sent_to("vera.vogt@example.net")[-1]
    assert "Absage eingetragen" in text_of(done) and done["In-Reply-To"]
    assert len(desk.sent_to("vera.vogt@example.net")) == 3
    assert _open_reviews(desk) == []  # nothing left pending for staff


def forged_pass_under_the_servers_fail_changes_nothing(desk: Harness) -> None:
    _register(desk, "karl.kunz@example.org", "Karl Kunz")
    # the forger wrote "pass" headers into the mail; the receiving server put its "fail" on top
    desk.deliver(with_auth(mail("karl.kunz@example.org", "Bitte buchen Sie mich um auf den 17.10. in Brackenheim.",
                                subject="Umbuchung", date="2023-09-05T08:00"),
                           f"{OUR_SERVER}; dmarc=fail header.from=example.org",
                           f"{OUR_SERVER}; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org; "
                           "dmarc=pass header.from=example.org",
                           "relay.example.org; dmarc=pass header.from=example.org"))
    desk.run("2023-09-05T08:05")
    assert [(r.workshop, r.status) for r in desk.registrations()] == [("weinsberg", "confirmed")]
    request = desk.sent_to("karl.kunz@example.org")[-1]
    assert request["Subject"].startswith("Bitte bestätigen: Wechsel")
    assert "Brackenheim" in text_of(request) and "Wechsel" in text_of(request)


def trusted_authserv_id_ignores_other_ids(desk: Harness) -> None:
    """With ``mailbox.trusted_authserv_id`` set, only the server's own top-most headers count."""
    assert desk.config.mailbox.trusted_authserv_id == OUR_SERVER
    _register(desk, "lina.lang@example.org", "Lina Lang")
    _register(desk, "otto.ohm@example.org", "Otto Ohm")
    # Lina's own cancellation: our server says pass; a "fail" from some other id does not count
    desk.deliver(with_auth(mail("lina.lang@example.org", "Leider muss ich für Weinsberg absagen.", subject="Absage",
                                date="2023-09-05T08:00"),
                           "filter.example.com; dmarc=fail header.from=example.org",
                           f"{OUR_SERVER}; dmarc=pass header.from=example.org",
                           "old.example.org; dmarc=fail header.from=example.org"))
    # a forgery for Otto: our server says fail; a "pass" from another id (added anywhere) does not count
    desk.deliver(with_auth(mail("otto.ohm@example.org", "Leider muss ich für Weinsberg absagen.", subject="Absage",
                                date="2023-09-05T08:00"),
                           "filter.example.com; dmarc=pass header.from=example.org",
                           f"{OUR_SERVER}; dmarc=fail header.from=example.org"))
    desk.run("2023-09-05T08:05")
    status = {r.email: r.status for r in desk.registrations()}
    assert status == {"lina.lang@example.org": "cancelled", "otto.ohm@example.org": "confirmed"}
    assert "Absage eingetragen" in text_of(desk.sent_to("lina.lang@example.org")[-1])
    assert desk.sent_to("otto.ohm@example.org")[-1]["Subject"].startswith("Bitte bestätigen")


THANKS = {  # after our confirmation, as people write them
    "de": "Vielen Dank für die Bestätigung, dann bis zum 26.!",
    "en": "Thanks a lot, see you on the 26th!",
    "tr": "Çok teşekkürler, 26'sında görüşürüz!",
    "ar": "شكرا جزيلا، نراكم يوم 26",
    "ru": "Спасибо большое, до встречи!",
    "uk": "Дуже дякую, до зустрічі!",
    "pl": "Dziękuję bardzo, do zobaczenia!",
    "ro": "Mersi frumos, ne vedem acolo!",
    "fr": "Merci beaucoup, à bientôt !",
    "hr": "Hvala puno, vidimo se!",
}


def no_reply_where_nobody_waits(desk: Harness) -> None:
    confirmations = {lang: _register(desk, f"gast.{lang}@example.org", f"Gast {lang.upper()}") for lang in THANKS}
    sent_before = len(desk.sent())
    for lang, text in THANKS.items():
        their = confirmations[lang]
        desk.deliver(mail(f"gast.{lang}@example.org", f"{text}\nGast {lang.upper()}", subject=f"Re: {their['Subject']}",
                          in_reply_to=their, date="2023-09-05T08:00"))
    # phishing in the office's name of a stranger, refused by the server's DMARC check
    desk.deliver(with_auth(mail("postmaster.info@example.com", "Ihr Postfach ist voll. Melden Sie sich hier an, "
                                "sonst werden Ihre Nachrichten gelöscht: http://example.com/login",
                                subject="Ihr Postfach ist voll", date="2023-09-05T08:10"),
                           f"{OUR_SERVER}; spf=fail smtp.mailfrom=example.com; dmarc=fail header.from=example.com"))
    # a question in the name of an address with no registration, failing authentication
    desk.deliver(with_auth(mail("fremd@example.net", "Gibt es einen Dolmetscher für Farsi?", subject="Frage",
                                date="2023-09-05T08:20"),
                           f"{OUR_SERVER}; spf=softfail smtp.mailfrom=example.net; dkim=none"))
    # a cancellation in the name of an address with no registration, failing authentication
    desk.deliver(with_auth(mail("niemand@example.net", "Ich sage ab.", subject="Absage", date="2023-09-05T08:30"),
                           FORGED))
    # a reply with nothing of its own
    desk.deliver(mail("gast.de@example.org", "", subject=f"Re: {confirmations['de']['Subject']}",
                      in_reply_to=confirmations["de"], date="2023-09-05T08:40"))
    desk.run("2023-09-05T09:00")
    assert len(desk.sent()) == sent_before  # nobody gets a reply
    assert _open_reviews(desk) == []  # and staff get no task
    later = desk.messages()[len(THANKS):]  # after the registrations
    assert [m.outcome for m in later] == ["ignored"] * (len(THANKS) + 4)
    assert len(desk.folder("Anmeldungen/Ignoriert")) == len(THANKS) + 4  # filed, in the person's history
    assert [r.status for r in desk.registrations()] == ["confirmed"] * len(THANKS)
