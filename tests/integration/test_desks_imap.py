"""Several desks in one `mailbot run` service: two IMAP mailboxes on a real Dovecot, each watched
with IDLE, one SMTP server, one PostgreSQL database. Each mailbox's mail is answered from its own
address about its own events, and the service stops cleanly on SIGTERM."""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
from email import policy

import pytest
from sqlalchemy import select

from harness import mail, two_desks
from mailbot.store import Registration, open_store
from servers.dovecot import DOVECOT_BINARY, Dovecot

TOP = """
[office]
name = "Landratsamt Heilbronn"
addresses = ["integration@landratsamt-heilbronn.de"]

[database]
url = "{db}"

[mailbox]
backend = "imap"
host = "{imap_host}"
port = {imap_port}
security = "none"
idle = true
poll_interval = 3600

[smtp]
backend = "smtp"
host = "{smtp_host}"
port = {smtp_port}
security = "none"

[schedule]
outbox_interval = 3600
"""


@pytest.fixture
def two_mailboxes(tmp_path):
    if not os.path.exists(DOVECOT_BINARY):
        pytest.skip(f"Dovecot is not installed ({DOVECOT_BINARY} missing)")
    with Dovecot(tmp_path / "dovecot", users={"integration": "pw-int-1", "sprachcafe": "pw-cafe-2"}) as server:
        yield server


def test_one_service_runs_two_desks_each_with_its_own_mailbox(tmp_path, two_mailboxes, smtp_sink, pg_url):
    dovecot = two_mailboxes
    config = tmp_path / "config.toml"
    top = TOP.format(db=pg_url, imap_host=dovecot.host, imap_port=dovecot.port, smtp_host=smtp_sink.host,
                     smtp_port=smtp_sink.port)
    # each desk logs in as its own IMAP user; passwords come from the environment
    config.write_text(two_desks(top, 'mailbox.username = "integration"\n'
                                     'mailbox.password_env = "MAILBOT_TEST_PW_INTEGRATION"',
                                'mailbox.username = "sprachcafe"\nmailbox.password_env = "MAILBOT_TEST_PW_SPRACHCAFE"'),
                      encoding="utf-8")
    env = dict(os.environ, MAILBOT_TEST_PW_INTEGRATION="pw-int-1", MAILBOT_TEST_PW_SPRACHCAFE="pw-cafe-2")
    proc = subprocess.Popen([sys.executable, "-m", "mailbot.cli", "--config", str(config), "run",
                             "--now", "2023-09-04T09:00"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=env)
    received = []
    try:
        dovecot.append("integration", mail("anna.beispiel@example.org", "Anmeldung für Offenau am 19.09."))
        dovecot.append("sprachcafe", mail("bora.yilmaz@example.net", "Ich komme zum Sprachcafé in Eppingen.",
                                          subject="Anmeldung"))
        # (generous: the first start on a machine compiles the reader's patterns, a minute on a slow one)
        received = smtp_sink.wait_for(2, timeout=240)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
        assert len(received) == 2, out
    assert proc.returncode == 0, out
    assert "Traceback" not in out and "mailbot stopped" in out
    replies = {str(m["To"]): m for m in (email.message_from_bytes(raw, policy=policy.default)
                                         for _, _, raw in received)}
    assert set(replies) == {"anna.beispiel@example.org", "bora.yilmaz@example.net"}
    to_anna, to_bora = replies["anna.beispiel@example.org"], replies["bora.yilmaz@example.net"]
    assert "integration@landratsamt-heilbronn.de" in to_anna["From"] and "Offenau" in to_anna["Subject"] + \
        to_anna.get_body(("plain",)).get_content()
    assert "sprachcafe@kreis-beispiel.example" in to_bora["From"]
    assert "Eppingen" in to_bora.get_body(("plain",)).get_content()
    # each mailbox filed its own message; nothing left in either inbox
    assert dovecot.list_folder("integration") == [] and dovecot.list_folder("sprachcafe") == []
    assert len(dovecot.list_folder("integration", "Anmeldungen/Bestätigt")) == 1
    assert len(dovecot.list_folder("sprachcafe", "Anmeldungen/Bestätigt")) == 1
    store = open_store(pg_url)
    with store.session() as s:
        regs = {(r.desk, r.workshop, r.status) for r in s.scalars(select(Registration))}
    store.engine.dispose()
    assert regs == {("integration", "offenau", "confirmed"), ("sprachcafe", "eppingen", "confirmed")}
