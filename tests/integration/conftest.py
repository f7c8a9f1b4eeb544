import os

import pytest

from servers.dovecot import DOVECOT_BINARY, Dovecot
from servers.smtp import SmtpSink


@pytest.fixture
def dovecot(tmp_path):
    """A private Dovecot IMAP server (user "registration", password "secret"), see servers/dovecot.py."""
    if not os.path.exists(DOVECOT_BINARY):
        pytest.skip(f"Dovecot is not installed ({DOVECOT_BINARY} missing; apt install dovecot-imapd)")
    with Dovecot(tmp_path / "dovecot") as server:
        yield server


@pytest.fixture
def smtp_sink():
    """An SMTP server on 127.0.0.1 recording what it accepts, see servers/smtp.py."""
    with SmtpSink() as sink:
        yield sink
