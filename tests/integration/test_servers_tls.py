"""TLS, XOAUTH2 and SMTP AUTH of the test servers (Dovecot, SmtpSink), seen from real clients."""

import asyncio
import contextlib
import os
import socket
import ssl
import subprocess
import time
from email.message import EmailMessage

import aiosmtplib
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from servers.certs import make_certificate
from servers.dovecot import DOVECOT_BINARY, Dovecot
from servers.smtp import SmtpSink

USERS = {"registration": "secret", "desk": "desk-password"}
TOKENS = {"registration": "ya29.token-for-registration", "desk": "ya29.token-for-desk"}


def raw_message(n: int) -> bytes:
    return (
        f"From: Anna Beispiel <anna@example.org>\r\n"
        f"To: integration@example.org\r\n"
        f"Subject: Anmeldung {n}\r\n"
        f"Message-ID: <{n}.{time.monotonic_ns()}@example.org>\r\n"
        f"\r\n"
        f"Hallo, ich melde mich an. ({n})\r\n"
    ).encode()


def need_dovecot() -> None:
    if not os.path.exists(DOVECOT_BINARY):
        pytest.skip(f"Dovecot is not installed ({DOVECOT_BINARY} missing; apt install dovecot-imapd)")


@pytest.fixture
def dovecot_tls(tmp_path):
    """Dovecot with STARTTLS + implicit TLS and XOAUTH2/OAUTHBEARER for both users."""
    need_dovecot()
    with Dovecot(tmp_path / "dovecot", USERS, tls=True, oauth2_tokens=TOKENS) as server:
        yield server


@pytest.fixture
def dovecot_oauth2_plain(tmp_path):
    """Dovecot without TLS (the default configuration) plus XOAUTH2."""
    need_dovecot()
    with Dovecot(tmp_path / "dovecot", USERS, oauth2_tokens=TOKENS) as server:
        yield server


@pytest.fixture
def smtp_tls():
    with SmtpSink(tls=True, auth={"mailbot": "smtp-secret"}, auth_required=True) as sink:
        yield sink


@contextlib.contextmanager
def imap(host: str, port: int, **kwargs):
    """An IMAPClient that is closed whatever happened (also after a failed handshake)."""
    client = IMAPClient(host, port, timeout=10, **kwargs)
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            client.logout()
        with contextlib.suppress(Exception):
            client.shutdown()


# ---- certificate ---------------------------------------------------------------------------


def test_make_certificate_names_localhost_and_loopback(tmp_path):
    ca, cert, key = make_certificate(tmp_path, "localhost")
    assert cert.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE KEY-----" in key.read_text()
    assert key.stat().st_mode & 0o077 == 0
    text = subprocess.run(
        ["openssl", "x509", "-noout", "-text", "-in", str(cert)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "DNS:localhost" in text
    assert "IP Address:127.0.0.1" in text
    # the CA file is what a client trusts; the server's own certificate verifies against it
    context = ssl.create_default_context(cafile=str(ca))
    verified = subprocess.run(
        ["openssl", "verify", "-CAfile", str(ca), str(cert)], capture_output=True, text=True
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert context.cert_store_stats()["x509_ca"] == 1


# ---- Dovecot: TLS --------------------------------------------------------------------------


def test_starttls_then_login(dovecot_tls):
    message = raw_message(1)
    dovecot_tls.append("registration", message)  # the helpers use STARTTLS themselves
    context = ssl.create_default_context(cafile=str(dovecot_tls.ca_path))
    with imap("localhost", dovecot_tls.port, ssl=False) as client:  # name checked: "localhost"
        assert client.has_capability("STARTTLS")
        client.starttls(context)
        assert client._imap.sock.version().startswith("TLS")
        client.login("registration", "secret")
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 1
    assert dovecot_tls.list_folder("registration") == [message]
    assert "TLS" in dovecot_tls.log()


def test_implicit_tls_on_tls_port(dovecot_tls):
    assert dovecot_tls.tls_port not in (None, dovecot_tls.port)
    context = ssl.create_default_context(cafile=str(dovecot_tls.ca_path))
    with imap("127.0.0.1", dovecot_tls.tls_port, ssl=True, ssl_context=context) as client:
        assert not client.has_capability("STARTTLS")  # already encrypted
        client.login("desk", "desk-password")
        assert client.list_folders()
    with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=context) as client:
        client.login("registration", "secret")


def test_login_without_tls_is_refused(dovecot_tls):
    host = dovecot_tls.untrusted_host
    assert host is not None
    with imap(host, dovecot_tls.port, ssl=False) as client:
        assert client.has_capability("LOGINDISABLED")
        with pytest.raises(LoginError, match="(?i)plaintext"):
            client.login("registration", "secret")
    with imap(host, dovecot_tls.port, ssl=False) as client:
        with pytest.raises(LoginError):
            client.oauth2_login("registration", TOKENS["registration"])
    # the same address with STARTTLS works (the certificate names it as well)
    with imap(host, dovecot_tls.port, ssl=False) as client:
        client.starttls(dovecot_tls.tls_context())
        client.login("registration", "secret")
    assert "Plaintext authentication disabled" in dovecot_tls.log()


@pytest.mark.parametrize("implicit", [True, False], ids=["imaps", "starttls"])
def test_default_context_fails_certificate_verification(dovecot_tls, implicit):
    context = ssl.create_default_context()  # system CAs only: the test CA is unknown
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with pytest.raises(ssl.SSLCertVerificationError):
        if implicit:
            with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=context):
                pass
        else:
            with imap("localhost", dovecot_tls.port, ssl=False) as client:
                client.starttls(context)


def test_wrong_host_name_fails_verification(dovecot_tls):
    context = dovecot_tls.tls_context()
    sock = socket.create_connection(("127.0.0.1", dovecot_tls.tls_port), timeout=10)
    with sock, pytest.raises(ssl.SSLCertVerificationError, match="(?i)hostname|mismatch"):
        context.wrap_socket(sock, server_hostname="imap.example.org").close()


def test_tls_server_survives_restart(dovecot_tls):
    dovecot_tls.append("registration", raw_message(1))
    dovecot_tls.stop()
    dovecot_tls.start()
    assert len(dovecot_tls.list_folder("registration")) == 1
    with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=dovecot_tls.tls_context()) as c:
        c.oauth2_login("registration", TOKENS["registration"])


# ---- Dovecot: XOAUTH2 / OAUTHBEARER ----------------------------------------------------------


def test_xoauth2_right_and_wrong_token(dovecot_tls):
    context = dovecot_tls.tls_context()
    with imap("localhost", dovecot_tls.port, ssl=False) as client:
        client.starttls(context)
        assert client.has_capability("AUTH=XOAUTH2")
        assert client.has_capability("AUTH=OAUTHBEARER")
        client.oauth2_login("registration", TOKENS["registration"])
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
    with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=context) as client:
        with pytest.raises(LoginError):
            client.oauth2_login("registration", "ya29.wrong-token")
    with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=context) as client:
        with pytest.raises(LoginError):  # a valid token, but another user's
            client.oauth2_login("registration", TOKENS["desk"])
    with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=context) as client:
        with pytest.raises(LoginError):  # the password is not a token
            client.oauth2_login("registration", "secret")
    with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=context) as client:
        with pytest.raises(LoginError):  # nor the other way round
            client.login("registration", TOKENS["registration"])
    with imap("localhost", dovecot_tls.tls_port, ssl=True, ssl_context=context) as client:
        client.oauthbearer_login("desk", TOKENS["desk"])
        client.list_folders()
    tokens = [token for _method, _path, token, _user in dovecot_tls.oauth2_requests]
    assert TOKENS["registration"] in tokens and "ya29.wrong-token" in tokens
    assert {method for method, *_ in dovecot_tls.oauth2_requests} == {"POST"}


def test_xoauth2_without_tls_and_passwords_still_work(dovecot_oauth2_plain):
    server = dovecot_oauth2_plain
    assert server.tls_port is None and server.cert_path is None
    with imap(server.host, server.port, ssl=False) as client:
        client.oauth2_login("desk", TOKENS["desk"])
    with imap(server.host, server.port, ssl=False) as client:
        with pytest.raises(LoginError):
            client.oauth2_login("desk", "nope")
    with server.connect("registration") as client:  # passwd-file passdb, plain login
        client.list_folders()


# ---- SmtpSink ------------------------------------------------------------------------------


def make_mail() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "integration@example.org"
    message["To"] = "anna@example.org"
    message["Subject"] = "Ihre Anmeldung"
    message.set_content("Vielen Dank für Ihre Anmeldung.\n")
    return message


async def hang_up(smtp: aiosmtplib.SMTP) -> None:
    """QUIT, then close the socket for good before asyncio.run() closes the loop.

    A plain ``close()`` of a TLS transport only starts the TLS shutdown (close_notify both
    ways); when the loop closes first, the socket is left to the garbage collector
    ("unclosed transport" ResourceWarning, an error here).  ``abort()`` closes it in the
    next loop iteration.
    """
    transport = smtp.transport
    with contextlib.suppress(Exception):
        await smtp.quit()
    if transport is not None:
        transport.abort()
    for _ in range(3):
        await asyncio.sleep(0)


async def submit(
    sink: SmtpSink, hostname: str, context: ssl.SSLContext | None, login=None, starttls=True
):
    """Connect, STARTTLS, (login,) send one mail; returns send_message()'s result."""
    smtp = aiosmtplib.SMTP(
        hostname=hostname, port=sink.port, start_tls=False, timeout=10, tls_context=context
    )
    await smtp.connect()
    try:
        await smtp.ehlo()
        assert smtp.supports_extension("starttls") == sink.tls
        assert smtp.supports_extension("auth") == (sink.auth is not None and not sink.tls)
        if starttls:
            await smtp.starttls()
            await smtp.ehlo()  # the capabilities after STARTTLS
            assert smtp.supports_extension("auth")
        if login is not None:
            await smtp.login(*login)
        return await smtp.send_message(make_mail())
    finally:
        await hang_up(smtp)


def test_smtp_starttls_login_and_message_recorded(smtp_tls):
    assert smtp_tls.ca_path is not None and smtp_tls.ca_path.exists()
    context = ssl.create_default_context(cafile=str(smtp_tls.ca_path))
    asyncio.run(submit(smtp_tls, "localhost", context, ("mailbot", "smtp-secret")))
    ((mail_from, rcpt_tos, raw),) = smtp_tls.wait_for(1)
    assert (mail_from, rcpt_tos) == ("integration@example.org", ["anna@example.org"])
    assert b"Subject: Ihre Anmeldung" in raw
    assert smtp_tls.logins == ["mailbot"]
    # and via the IP address (subjectAltName IP:127.0.0.1)
    asyncio.run(submit(smtp_tls, "127.0.0.1", smtp_tls.tls_context(), ("mailbot", "smtp-secret")))
    assert len(smtp_tls.wait_for(2)) == 2
    assert smtp_tls.logins == ["mailbot", "mailbot"]


def test_smtp_wrong_password_and_missing_auth_are_refused(smtp_tls):
    context = smtp_tls.tls_context()
    with pytest.raises(aiosmtplib.SMTPAuthenticationError):
        asyncio.run(submit(smtp_tls, "localhost", context, ("mailbot", "wrong")))
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as refused:  # auth_required
        asyncio.run(submit(smtp_tls, "localhost", context, None))
    assert refused.value.code == 530
    assert smtp_tls.messages == [] and smtp_tls.logins == []


def test_smtp_requires_starttls(smtp_tls):
    # no AUTH offered before STARTTLS (auth_require_tls), and MAIL FROM is refused
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as refused:
        asyncio.run(submit(smtp_tls, smtp_tls.host, None, starttls=False))
    assert refused.value.code == 530
    assert smtp_tls.messages == []


def test_smtp_default_context_fails_certificate_verification(smtp_tls):
    context = ssl.create_default_context()
    with pytest.raises((ssl.SSLCertVerificationError, aiosmtplib.SMTPConnectError)) as failure:
        asyncio.run(submit(smtp_tls, "localhost", context, ("mailbot", "smtp-secret")))
    error = failure.value
    while not isinstance(error, ssl.SSLCertVerificationError) and error is not None:
        error = error.__cause__ or error.__context__
    assert isinstance(error, ssl.SSLCertVerificationError), repr(failure.value)
    assert smtp_tls.messages == []


def test_smtp_auth_without_tls(tmp_path):
    with SmtpSink(auth={"mailbot": "pw"}, auth_required=True) as sink:
        assert sink.cert_path is None
        asyncio.run(submit(sink, sink.host, None, ("mailbot", "pw"), starttls=False))
        assert len(sink.wait_for(1)) == 1
        assert sink.logins == ["mailbot"]
