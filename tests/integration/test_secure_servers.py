"""mailbot against servers that need encryption and modern logins, as the office's IT runs them:
IMAP with STARTTLS and with implicit TLS, XOAUTH2 with a token from a command or a file,
SMTP with STARTTLS and a login — certificates verified against a configured CA file."""

import sys

import pytest

from servers.dovecot import Dovecot
from servers.smtp import SmtpSink
from tests.harness import Harness, mail
from tests.worker.scenarios import text_of

# A TLS connection of these tests (refused certificates, STARTTLS on the test servers' threads) is
# sometimes collected by the garbage collector only during a later test of this module, which then
# reports "unclosed transport"/"unclosed socket" as an unraisable warning (seen once under load in
# CI, 2026-12-04; its origin is not pinned down yet). Only those two messages are let through here.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Exception ignored in. <socket.socket:pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings("ignore:Exception ignored in. <function _SelectorTransport.__del__"
                               ":pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture
def tls_servers(tmp_path):
    with Dovecot(tmp_path / "dovecot", tls=True, oauth2_tokens={"registration": "token-4711"}) as dovecot, \
            SmtpSink(tls=True, auth={"mailbot": "smtp-secret"}, auth_required=True,
                     cert_dir=tmp_path / "smtp-cert") as sink:
        yield dovecot, sink


def secure_desk(tmp_path, dovecot, sink, **imap):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=sink,
                   mailbox__ca_file=str(dovecot.ca_path), smtp__security="starttls",
                   smtp__ca_file=str(sink.ca_path), smtp__username="mailbot", smtp__password="smtp-secret",
                   **{f"mailbox__{k}": v for k, v in imap.items()})
    return desk


@pytest.mark.parametrize("imap", [
    {"security": "starttls"},
    {"security": "tls", "port": None},  # implicit TLS on the imaps port
    {"security": "starttls", "auth": "xoauth2", "password": "", "oauth2_token_file": "token.txt"},
    {"security": "tls", "port": None, "auth": "xoauth2", "password": "",
     "oauth2_token_command": f"{sys.executable} -c \"print('token-4711')\""},
], ids=["starttls", "tls", "xoauth2-file", "xoauth2-command"])
def test_registration_round_trip_over_encrypted_connections(tmp_path, tls_servers, imap):
    dovecot, sink = tls_servers
    (tmp_path / "token.txt").write_text("token-4711\n", encoding="utf-8")
    if "port" in imap:
        imap["port"] = dovecot.tls_port
    desk = secure_desk(tmp_path, dovecot, sink, **imap)
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    summary = desk.run()
    assert (summary.handled, summary.sent) == (1, 1)
    assert sink.logins == ["mailbot"]
    assert "Weinsberg" in text_of(desk.sent()[0])
    assert len(desk.folder("Anmeldungen/Bestätigt")) == 1


def test_an_untrusted_certificate_is_refused_with_a_clear_error(tmp_path, tls_servers, capsys):
    dovecot, sink = tls_servers
    desk = Harness(tmp_path, dovecot=dovecot, smtp=sink, mailbox__security="starttls")  # no ca_file
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    from mailbot.errors import MailbotError

    with pytest.raises(MailbotError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        desk.run()
    assert desk.messages() == []
