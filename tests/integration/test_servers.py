"""The test servers themselves work: Dovecot (IMAP) and SmtpSink (SMTP)."""

import asyncio
import socket
import time
from email.message import EmailMessage

import aiosmtplib
import pytest

from servers.dovecot import Dovecot


def raw_message(n: int, subject: str = "Anmeldung") -> bytes:
    return (
        f"From: Anna Beispiel <anna@example.org>\r\n"
        f"To: integration@example.org\r\n"
        f"Subject: {subject} {n}\r\n"
        f"Message-ID: <{n}.{time.monotonic_ns()}@example.org>\r\n"
        f"\r\n"
        f"Hallo, ich melde mich an. ({n})\r\n"
    ).encode()


# ---- Dovecot -------------------------------------------------------------------------------


def test_login_append_and_list(dovecot):
    assert dovecot.host == "127.0.0.1"
    assert dovecot.users == {"registration": "secret"}
    first, second = raw_message(1), raw_message(2)
    dovecot.append("registration", first)
    dovecot.append("registration", second)
    assert dovecot.list_folder("registration", "INBOX") == [first, second]
    with dovecot.connect("registration") as client:
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 2


def test_wrong_password_is_refused(dovecot):
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=10) as client:
        with pytest.raises(LoginError):
            client.login("registration", "wrong")


def test_folders_and_missing_folder(dovecot):
    assert dovecot.list_folder("registration", "Anmeldungen/Bestätigt") == []
    assert dovecot.folders("registration") == ["INBOX"]
    message = raw_message(1)
    dovecot.append("registration", message, folder="Anmeldungen/Bestätigt")  # created on demand
    assert "Anmeldungen/Bestätigt" in dovecot.folders("registration")
    assert dovecot.list_folder("registration", "Anmeldungen/Bestätigt") == [message]
    assert dovecot.list_folder("registration", "INBOX") == []


def test_append_many_uses_one_connection_and_is_fast(dovecot, monkeypatch):
    connections = []
    connect = dovecot.connect
    monkeypatch.setattr(dovecot, "connect", lambda *a, **k: connections.append(a) or connect(*a, **k))
    messages = [raw_message(n) for n in range(1000)]
    started = time.monotonic()
    assert dovecot.append_many("registration", messages) == 1000
    assert time.monotonic() - started < 20
    assert len(connections) == 1
    assert dovecot.list_folder("registration", "INBOX") == messages


def test_capabilities_move_and_idle(dovecot):
    dovecot.append("registration", raw_message(1))
    with dovecot.connect("registration") as client:
        assert client.has_capability("MOVE")
        assert client.has_capability("IDLE")
        client.create_folder("Anmeldungen/Prüfen")
        client.select_folder("INBOX")
        (uid,) = client.search("ALL")
        client.move([uid], "Anmeldungen/Prüfen")
    assert dovecot.list_folder("registration", "INBOX") == []
    assert len(dovecot.list_folder("registration", "Anmeldungen/Prüfen")) == 1


def test_idle_reports_new_mail_promptly(dovecot):
    with dovecot.connect("registration") as client:
        client.select_folder("INBOX")
        client.idle()
        try:
            started = time.monotonic()
            dovecot.append("registration", raw_message(1))  # a second connection
            deadline = started + 10
            exists = None
            while exists is None and time.monotonic() < deadline:
                for response in client.idle_check(timeout=max(0.1, deadline - time.monotonic())):
                    # "* OK Still here" keep-alives (imap_idle_notify_interval) come in between
                    if len(response) >= 2 and response[1] == b"EXISTS":
                        exists = response[0]
            elapsed = time.monotonic() - started
        finally:
            client.idle_done()
    assert exists == 1, "no EXISTS during IDLE within 10 s"
    assert elapsed < 5


def test_stop_and_start_keep_port_and_messages(dovecot):
    message = raw_message(1)
    dovecot.append("registration", message)
    port = dovecot.port
    assert dovecot.processes()

    idling = dovecot.connect("registration")  # an open session must not keep anything alive
    try:
        idling.select_folder("INBOX")
        idling.idle()
        dovecot.stop()
    finally:
        idling.shutdown()
    assert not dovecot.running
    assert dovecot.processes() == []
    with pytest.raises(OSError):
        socket.create_connection((dovecot.host, port), timeout=2).close()

    dovecot.start()
    assert dovecot.port == port
    assert dovecot.list_folder("registration", "INBOX") == [message]
    dovecot.append("registration", raw_message(2))
    assert len(dovecot.list_folder("registration", "INBOX")) == 2


def test_two_users_are_separate(tmp_path):
    users = {"registration": "secret", "staff": "other"}
    with Dovecot(tmp_path / "d", users) as server:
        server.append("staff", raw_message(1))
        assert server.list_folder("registration", "INBOX") == []
        assert len(server.list_folder("staff", "INBOX")) == 1
    assert server.processes() == []


# ---- SmtpSink ------------------------------------------------------------------------------


def make_mail(to: str | list[str] = "anna@example.org") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "integration@example.org"
    message["To"] = to if isinstance(to, str) else ", ".join(to)
    message["Subject"] = "Ihre Anmeldung"
    message.set_content("Vielen Dank für Ihre Anmeldung.\n")
    return message


def send(sink, message: EmailMessage, **kwargs):
    return asyncio.run(
        aiosmtplib.send(
            message, hostname=sink.host, port=sink.port, start_tls=False, timeout=10, **kwargs
        )
    )


def test_sink_receives(smtp_sink):
    send(smtp_sink, make_mail())
    ((mail_from, rcpt_tos, raw),) = smtp_sink.wait_for(1)
    assert mail_from == "integration@example.org"
    assert rcpt_tos == ["anna@example.org"]
    assert b"Subject: Ihre Anmeldung" in raw
    assert smtp_sink.messages[0].data == raw


def test_sink_wait_for_times_out(smtp_sink):
    with pytest.raises(TimeoutError):
        smtp_sink.wait_for(1, timeout=0.2)


def test_sink_fail_next(smtp_sink):
    smtp_sink.fail_next(2, code=451, text="try later")
    for _ in range(2):
        with pytest.raises(aiosmtplib.SMTPDataError) as failure:
            send(smtp_sink, make_mail())
        assert failure.value.code == 451
        assert "try later" in failure.value.message
    send(smtp_sink, make_mail())  # the third goes through
    assert len(smtp_sink.wait_for(1)) == 1
    assert smtp_sink.transactions == 3


def test_sink_fail_next_at_mail_from(smtp_sink):
    smtp_sink.fail_next(1, code=421, text="closing", stage="mail")
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as failure:
        send(smtp_sink, make_mail())
    assert failure.value.code == 421
    assert smtp_sink.messages == []


def test_sink_reject_recipient(smtp_sink):
    smtp_sink.reject_recipient("nobody@example.org", code=550, text="no such user")
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as failure:
        send(smtp_sink, make_mail("nobody@example.org"))
    assert [r.code for r in failure.value.recipients] == [550]

    # one refused, one accepted: delivered to the accepted one, the refusal reported
    errors, _ = send(smtp_sink, make_mail(["nobody@example.org", "anna@example.org"]))
    assert errors["nobody@example.org"].code == 550
    ((_, rcpt_tos, _),) = smtp_sink.wait_for(1)
    assert rcpt_tos == ["anna@example.org"]
