"""Hostile mail against the whole desk (issue 13): a spoofed sender changes nothing of the victim's,
one unreadable or unfileable message never stops the others, a reused Message-ID hides nothing.
Every hostile message is generated here."""

from __future__ import annotations

from email.utils import format_datetime

import pytest

from mailbot.cli import main
from tests.harness import Harness, at, mail

OFFICE = "integration@landratsamt-heilbronn.de"


def spoofed(from_header: str, body: str, subject: str = "Absage", message_id: str = "<spoof-1@evil.example>") -> bytes:
    return (f"From: {from_header}\r\nTo: {OFFICE}\r\nSubject: {subject}\r\n"
            f"Date: {format_datetime(at('2023-09-04T08:30'))}\r\nMessage-ID: {message_id}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


@pytest.fixture
def harness(tmp_path):
    h = Harness(tmp_path)
    yield h
    h.store.engine.dispose()


# --- 1. spoofed display names --------------------------------------------------------------------

def test_an_encoded_victim_address_in_the_name_cancels_nothing_of_hers(harness):
    harness.deliver(mail("victim@example.net", "Ich melde mich für den 26.09. in Weinsberg an.", name="Vera Opfer"))
    harness.run()
    assert [m["To"] for m in harness.sent()] == ["Vera Opfer <victim@example.net>"]
    harness.deliver(spoofed("=?utf-8?q?victim=40example=2Enet?= <attacker@evil.example>",
                            "Hallo, ich sage meine Anmeldung ab."))
    harness.run("2023-09-04T09:30")
    assert [(r.email, r.status) for r in harness.registrations()] == [("victim@example.net", "confirmed")]
    assert len(harness.sent_to("victim@example.net")) == 1  # only her own confirmation
    attack = harness.messages()[-1]
    assert attack.sender == "attacker@evil.example" and attack.outcome != "cancelled"


def test_an_encoded_angle_address_in_the_name_registers_the_sender_not_the_name(harness):
    harness.deliver(spoofed("=?utf-8?q?Erika_=3Cerika=40example=2Eorg=3E?= <attacker@evil.example>",
                            "Ich melde mich für den 26.09. in Weinsberg an.", subject="Anmeldung"))
    harness.run()
    regs = harness.registrations()
    assert [r.email for r in regs] == ["attacker@evil.example"]
    assert "erika" not in regs[0].name.lower()
    assert harness.sent_to("erika@example.org") == []


def test_an_encoded_line_break_in_the_name_injects_no_recipient_or_header(harness):
    harness.deliver(spoofed("=?utf-8?q?Vera=0D=0ABcc=3A_victim=40example=2Enet?= <attacker@evil.example>",
                            "Ich melde mich für den 26.09. in Weinsberg an.", subject="Anmeldung"))
    harness.run()
    sent = harness.sent()
    assert [str(m["To"]) for m in sent] == ["attacker@evil.example"]
    assert all(m["Bcc"] is None and "victim" not in m.as_string() for m in sent)


def test_outlooks_encoded_name_is_answered_with_a_name(harness):
    harness.deliver(spoofed("=?utf-8?q?M=C3=BCller=2C?= Frank <frank.mueller@example.org>",
                            "Ich melde mich für den 26.09. in Weinsberg an.", subject="Anmeldung"))
    harness.run()
    regs = harness.registrations()
    assert [(r.email, r.status, r.name) for r in regs] == [("frank.mueller@example.org", "confirmed", "Müller, Frank")]
    assert len(harness.sent_to("frank.mueller@example.org")) == 1


# --- 2., 3., 6.: one message never stops the others ---------------------------------------------

def _nested(depth: int) -> bytes:
    head = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth))
    return (f"From: Lena Vogt <lena.vogt@example.org>\r\nTo: {OFFICE}\r\nSubject: Anmeldung\r\n"
            f"Date: {format_datetime(at('2023-09-04T08:00'))}\r\nMessage-ID: <deep@example.org>\r\n").encode() + \
        head + b"\r\nIch melde mich an.\r\n"


def test_a_5000_level_nested_message_is_filed_for_staff_and_run_once_exits_0(tmp_path, capsys):
    desk = Harness(tmp_path)
    config = desk.write_config(tmp_path / "config.toml")
    desk.deliver(mail("one@example.org", "Anmeldung 19.09. Offenau"))
    desk.deliver(_nested(5000))
    desk.deliver(mail("two@example.org", "Anmeldung 26.09. Weinsberg"))
    for _ in range(2):  # and again: nothing is stuck
        assert main(["--config", str(config), "run", "--once", "--now", "2023-09-04T09:00"]) == 0
    assert desk.folder("INBOX") == []
    deep = [m for m in desk.messages() if m.message_id == "<deep@example.org>"][0]
    assert (deep.state, deep.outcome, deep.review) == ("filed", "review", "open")
    assert "over a limit" in deep.reason and "multipart" in deep.reason
    assert sorted(r.email for r in desk.registrations()) == ["one@example.org", "two@example.org"]
    desk.store.engine.dispose()


def test_flag_mode_files_the_nested_message_without_reading_it(tmp_path):
    desk = Harness(tmp_path, mailbox__after="flag")
    desk.deliver(_nested(5000))
    desk.deliver(mail("two@example.org", "Anmeldung 26.09. Weinsberg"))
    desk.run()
    assert {m.state for m in desk.messages()} == {"filed"}
    assert desk.run().fetched == 0  # flagged: not fetched again
    desk.store.engine.dispose()


def test_a_message_whose_reading_fails_goes_to_staff_and_the_batch_goes_on(harness, monkeypatch):
    from mailbot.pipeline import handling

    real = handling.understand

    def fragile(raw, *args, **kwargs):
        if b"kaputt" in raw:
            raise MemoryError("simulated")
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(handling, "understand", fragile)
    harness.deliver(mail("one@example.org", "Anmeldung 19.09. Offenau"))
    harness.deliver(mail("two@example.org", "Anmeldung 26.09. Weinsberg, kaputt"))
    harness.deliver(mail("three@example.org", "Anmeldung 17.10. Brackenheim"))
    summary = harness.run()
    assert summary.handled == 3 and {m.state for m in harness.messages()} == {"filed"}
    broken = [m for m in harness.messages() if m.sender == "two@example.org"][0]
    assert broken.outcome == "review" and "MemoryError" in broken.reason
    assert sorted(r.email for r in harness.registrations()) == ["one@example.org", "three@example.org"]


def test_a_message_that_cannot_be_filed_does_not_stop_filing(harness, monkeypatch):
    from mailbot.sources import MaildirSource

    real = MaildirSource.file
    broken_key = []

    def fragile(self, key, folder):
        if not broken_key:
            broken_key.append(key)
        if key == broken_key[0]:
            raise PermissionError("simulated")
        return real(self, key, folder)

    monkeypatch.setattr(MaildirSource, "file", fragile)
    for i in range(3):
        harness.deliver(mail(f"p{i}@example.org", "Anmeldung 26.09. Weinsberg"))
    summary = harness.run()
    assert summary.filed == 2 and len(harness.folder("INBOX")) == 1
    assert sorted(m.state for m in harness.messages()) == ["decided", "filed", "filed"]
    monkeypatch.setattr(MaildirSource, "file", real)
    harness.run()  # the next run files it
    assert {m.state for m in harness.messages()} == {"filed"} and harness.folder("INBOX") == []


# --- 5. a reused Message-ID hides nothing ----------------------------------------------------------

def test_a_reused_message_id_from_another_sender_goes_to_staff_as_a_collision(desk):
    first = mail("alice@example.org", "Ich melde mich für den 26.09. in Weinsberg an.")
    mid = first.split(b"Message-ID: ")[1].split(b"\n")[0].strip().decode()
    desk.deliver(first)
    desk.run()
    desk.deliver(spoofed("Mallory <mallory@evil.example>", "Ich sage meine Anmeldung ab.", message_id=mid))
    summary = desk.run("2023-09-04T09:30")
    assert summary.duplicates == 0 and summary.handled == 1
    second = desk.messages()[-1]
    assert (second.sender, second.outcome, second.review) == ("mallory@evil.example", "review", "open")
    assert "collision" in second.reason and "another sender" in second.reason
    assert [(r.email, r.status) for r in desk.registrations()] == [("alice@example.org", "confirmed")]


def test_a_genuine_second_copy_still_counts_once_even_after_another_delivery_route(desk):
    raw = mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg.")
    desk.deliver(raw)
    desk.deliver(b"Received: from relay.example.net by mx.example.net; Mon, 4 Sep 2023 08:01:00 +0200\r\n"
                 b"Delivered-To: integration@landratsamt-heilbronn.de\r\n" + raw)
    summary = desk.run()
    assert (summary.fetched, summary.duplicates) == (1, 1)
    assert len(desk.sent()) == 1 and desk.folder("INBOX") == []


def test_a_batch_of_large_mails_is_read_a_few_at_a_time(harness, monkeypatch):
    """The raw bytes held while deciding are bounded by BATCH_BYTES, not by 100 messages."""
    import mailbot.worker as worker
    from mailbot.pipeline import handling

    monkeypatch.setattr(handling, "BATCH_BYTES", 5_000)
    held = []
    real = worker.Worker._raws

    def counting(self, s, sized):
        rows = real(self, s, sized)
        held.append(sum(len(raw) for _, raw in rows))
        return rows

    monkeypatch.setattr(worker.Worker, "_raws", counting)
    for i in range(6):
        harness.deliver(mail(f"p{i}@example.org", "Anmeldung 26.09. Weinsberg\n" + "Gruß " * 500))
    summary = harness.run()
    assert summary.handled == 6 and len(harness.registrations()) == 6
    assert max(held) <= 5_000 and len([h for h in held if h]) == 6


def test_many_large_mails_are_fetched_and_stored_a_few_at_a_time():
    """IMAP: one FETCH asks for at most FETCH_BYTES of mail; storing: a chunk holds at most
    BATCH_BYTES. 500 mails of 30 MB are never in memory at once."""
    from types import SimpleNamespace

    from mailbot.sources import FETCH_BYTES, Fetched, ImapSource
    from mailbot.pipeline.common import BATCH_BYTES, _chunks

    class Server:
        def fetch(self, uids, what):
            return {u: {b"RFC822.SIZE": 30 * 2**20} for u in uids}

    source = ImapSource(SimpleNamespace(port=143, security="none", username="u", host="127.0.0.1",
                                        folder="INBOX"), connect=False)
    source.client = Server()
    groups = list(source._by_size(list(range(1, 501)), 500))
    assert sum(len(g) for g in groups) == 500 and max(len(g) for g in groups) * 30 * 2**20 <= FETCH_BYTES
    items = (Fetched(str(i), b"x" * (30 * 2**20 // 1024)) for i in range(40))  # 40 mails of 30 KB
    chunks = list(_chunks(items, 200, 100 * 1024))
    assert [len(c) for c in chunks] == [3] * 13 + [1]
    assert BATCH_BYTES <= 256 * 2**20
