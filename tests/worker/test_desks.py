"""Several desks (mailboxes, each with its own events and templates) in one config and one database.

A county runs one mailbot for two registration mailboxes: the integration workshops and a
language café series with its own office name, sender, reference prefix and templates. Each desk
reads only its own mailbox against only its own events; a person known at one desk is a stranger
at the other; mail from one desk to another is our own mail and never answered.
"""

from __future__ import annotations

import email
import mailbox
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from harness import ROOT, at, mail, run_coroutine, two_desks
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.sources import open_source
from mailbot.staff import StaffDesk
from mailbot.store import Message, Outbox, Registration, open_store
from mailbot.transports import open_transport
from mailbot.worker import Worker

TOP = """
[office]
name = "Landratsamt Heilbronn"
addresses = ["integration@landratsamt-heilbronn.de"]

[database]
url = "{db}"

[mailbox]
backend = "maildir"

[smtp]
backend = "pickup"
"""
INTEGRATION = """
office.name = "Landratsamt Heilbronn – Stabsstelle Integration"
mailbox.path = "maildir-integration"
smtp.path = "outbox-integration"
"""
SPRACHCAFE = """
mailbox.path = "maildir-sprachcafe"
smtp.path = "outbox-sprachcafe"
replies.templates = "templates-sprachcafe"
replies.reference_prefix = "SC"
"""
MARK = "Ihr Team vom Sprachcafé"


class Desks:
    """Two desks on Maildir + pickup, sharing one database (SQLite or PostgreSQL)."""

    def __init__(self, tmp: Path, db: str):
        templates = tmp / "templates-sprachcafe"  # the desk's own text for one kind; the rest is shipped
        templates.mkdir()
        confirmed = ROOT / "mailbot" / "templates" / "confirmed.txt.j2"
        (templates / "confirmed.txt.j2").write_text(
            confirmed.read_text(encoding="utf-8").replace("{{ parts.closing(office) }}", MARK), encoding="utf-8")
        self.tmp = tmp
        self.path = tmp / "config.toml"
        self.path.write_text(two_desks(TOP.format(db=db), INTEGRATION, SPRACHCAFE), encoding="utf-8")
        self.config = load_config(self.path)
        self.store = open_store(self.config.database.url, tmp)

    def deliver(self, desk: str, raw: bytes) -> None:
        mailbox.Maildir(str(self.tmp / f"maildir-{desk}"), create=True).add(raw)

    def run(self, now: str = "2023-09-04T09:00") -> None:
        for d in self.config.all_desks:
            w = Worker(d, self.store, open_source(d), open_transport(d), verbose=False)
            run_coroutine(w.once(at(now)))
            w.source.close()

    def sent(self, desk: str) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(p.read_bytes(), policy=policy.default)
                for p in sorted((self.tmp / f"outbox-{desk}").glob("*.eml"))]

    def registrations(self) -> list[Registration]:
        with self.store.session() as s:
            return list(s.scalars(select(Registration).order_by(Registration.id)))


@pytest.fixture(params=["sqlite", "postgresql"])
def desks(request, tmp_path):
    db = request.getfixturevalue("pg_url") if request.param == "postgresql" else "sqlite:///mailbot.db"
    d = Desks(tmp_path, db)
    yield d
    d.store.engine.dispose()


def text_of(m) -> str:
    return m.get_body(("plain",)).get_content()


def test_each_desk_answers_its_own_mail_with_its_own_events_sender_and_templates(desks):
    desks.deliver("integration", mail("anna.beispiel@example.org", "Ich melde mich für Offenau am 19.09. an."))
    desks.deliver("sprachcafe", mail("bora.yilmaz@example.net", "Ich komme gern zum Sprachcafé in Eppingen.",
                                     subject="Anmeldung"))
    desks.run()
    (to_anna,) = desks.sent("integration")
    (to_bora,) = desks.sent("sprachcafe")
    assert "integration@landratsamt-heilbronn.de" in to_anna["From"] and "anna.beispiel" in to_anna["To"]
    assert "sprachcafe@kreis-beispiel.example" in to_bora["From"] and "bora.yilmaz" in to_bora["To"]
    assert "Offenau" in text_of(to_anna) and MARK not in text_of(to_anna)
    assert "Eppingen" in text_of(to_bora) and MARK in text_of(to_bora)
    assert "Sprachcafé im Landkreis" in str(to_bora["From"])
    regs = {r.email: r for r in desks.registrations()}
    assert (regs["anna.beispiel@example.org"].desk, regs["anna.beispiel@example.org"].workshop) == \
        ("integration", "offenau")
    assert (regs["bora.yilmaz@example.net"].desk, regs["bora.yilmaz@example.net"].workshop) == \
        ("sprachcafe", "eppingen")
    assert regs["bora.yilmaz@example.net"].reference.startswith("SC-")


def test_a_desk_does_not_know_the_other_desks_events(desks):
    # Eppingen is the language café's: the integration desk has no such event and asks back
    desks.deliver("integration", mail("carla.muster@example.org", "Ich möchte zum Termin in Eppingen kommen."))
    desks.run()
    (reply,) = desks.sent("integration")
    assert [r.status for r in desks.registrations()] == ["awaiting"]
    assert "Eppingen" not in reply["Subject"] and not desks.sent("sprachcafe")
    assert "Offenau" in text_of(reply) and "Bad Rappenau" not in text_of(reply)


def test_a_person_registered_at_both_desks_cancels_at_one_only(desks):
    person = "dana.probe@example.org"
    desks.deliver("integration", mail(person, "Anmeldung für Neuenstadt am 21.09."))
    desks.deliver("sprachcafe", mail(person, "Ich melde mich für das Sprachcafé in Bad Rappenau an."))
    desks.run()
    desks.deliver("integration", mail(person, "Hiermit storniere ich meine Anmeldung.", subject="Absage"))
    desks.run("2023-09-05T09:00")
    status = {r.desk: (r.workshop, r.status) for r in desks.registrations()}
    assert status == {"integration": ("neuenstadt", "cancelled"), "sprachcafe": ("bad-rappenau", "confirmed")}
    assert len(desks.sent("integration")) == 2 and len(desks.sent("sprachcafe")) == 1


def test_one_mail_sent_to_both_mailboxes_is_a_message_for_each_desk(desks):
    raw = mail("emil.test@example.org", "Ich komme zum Workshop in Offenau.")
    desks.deliver("integration", raw)
    desks.deliver("sprachcafe", raw)
    desks.run()
    with desks.store.session() as s:
        stored = s.execute(select(Message.desk, Message.message_id, Message.state)).all()
    assert sorted(d for d, _, _ in stored) == ["integration", "sprachcafe"]
    assert len({mid for _, mid, _ in stored}) == 1 and {st for _, _, st in stored} == {"filed"}
    regs = desks.registrations()
    assert [(r.desk, r.workshop, r.status) for r in regs if r.status == "confirmed"] == \
        [("integration", "offenau", "confirmed")]
    # the language café has no workshop in Offenau: it never confirms one
    assert all("Offenau" not in m["Subject"] for m in desks.sent("sprachcafe"))


def test_mail_from_one_desk_to_another_is_never_answered(desks):
    desks.deliver("sprachcafe", mail("integration@landratsamt-heilbronn.de", "Anmeldung Eppingen, 2 Personen"))
    desks.deliver("integration", mail("sprachcafe@kreis-beispiel.example", "Anmeldung Offenau"))
    desks.run()
    assert desks.sent("integration") == [] and desks.sent("sprachcafe") == []
    assert desks.registrations() == []


def test_staff_work_with_each_desks_events_and_sender(desks):
    desks.deliver("sprachcafe", mail("fynn.beispiel@example.org", "Gibt es auch Kinderbetreuung?",
                                     subject="Frage"))
    desks.run()
    staff = StaffDesk(desks.config, desks.store)
    now = at("2023-09-04T10:00")
    with desks.store.writer() as s:
        msg = s.scalar(select(Message).where(Message.review == "open"))
        assert msg.desk == "sprachcafe"
        text = staff.clarification_text(s, msg.id, now)
        assert "Eppingen" in text and "Offenau" not in text
        staff.clarify(s, msg.id, text, "mara", now)
        phone = staff.add_participant(s, name="Gül Örnek", email="guel.oernek@example.org", phone="",
                                      workshop="offenau", attendees=1, actor="mara", now=now)
        s.commit()
        assert phone.desk == "integration" and phone.reference.startswith("MB-")
        with pytest.raises(Exception, match="derselben Reihe"):
            staff.move(s, phone.id, "eppingen", False, "mara", now)
        s.rollback()
    desks.run("2023-09-04T10:05")
    # first the acknowledgement of the question, then the staff's clarification listing the café's dates
    received, clarification = [m for m in desks.sent("sprachcafe") if "fynn" in m["To"]]
    assert "Eppingen" in text_of(clarification) and "SC-" in clarification["Subject"]
    (confirmation,) = [m for m in desks.sent("integration") if "guel" in m["To"]]
    assert "sprachcafe@" in clarification["From"] and "integration@" in confirmation["From"]


def test_retention_erases_a_desk_only_after_its_own_last_event(desks):
    desks.deliver("integration", mail("gina.probe@example.org", "Anmeldung Offenau"))
    desks.deliver("sprachcafe", mail("hugo.probe@example.org", "Anmeldung Bad Rappenau"))
    desks.run()
    # 90 days after Neuenstadt (21.09.), but before 90 days after Bad Rappenau (07.12.)
    for d in desks.config.all_desks:
        Worker(d, desks.store, verbose=False).retention(at("2023-12-30T12:00"))
    emails = {r.desk: r.email for r in desks.registrations()}
    assert emails == {"integration": "", "sprachcafe": "hugo.probe@example.org"}


def test_run_once_from_the_command_line_runs_every_desk_or_one(desks, capsys, monkeypatch):
    monkeypatch.chdir(desks.tmp)
    desks.deliver("integration", mail("ida.muster@example.org", "Anmeldung Offenau"))
    desks.deliver("sprachcafe", mail("jan.muster@example.org", "Anmeldung Eppingen"))
    assert main(["--config", str(desks.path), "run", "--once", "--desk", "sprachcafe",
                 "--now", "2023-09-04T09:00"]) == 0
    out = capsys.readouterr().out
    assert "desk sprachcafe:" in out and "desk integration:" not in out
    assert len(desks.sent("sprachcafe")) == 1 and desks.sent("integration") == []
    assert main(["--config", str(desks.path), "run", "--once", "--now", "2023-09-04T09:05"]) == 0
    assert len(desks.sent("integration")) == 1 and len(desks.sent("sprachcafe")) == 1
    assert main(["--config", str(desks.path), "run", "--once", "--desk", "nowhere"]) == 2
    assert "--desk" in capsys.readouterr().err
    assert main(["--config", str(desks.path), "status"]) == 0
    status = capsys.readouterr().out
    assert "desk integration (integration@landratsamt-heilbronn.de):\noffenau" in status
    assert "desk sprachcafe (sprachcafe@kreis-beispiel.example):\neppingen" in status
    assert "messages awaiting staff: 0 (integration 0, sprachcafe 0)" in status
    with desks.store.session() as s:
        assert {d for d in s.scalars(select(Outbox.desk))} == {"integration", "sprachcafe"}
