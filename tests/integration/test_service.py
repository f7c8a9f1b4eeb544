"""`mailbot run` as a service: survives a mailbox outage, counts job errors, stops cleanly."""

import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from mailbot.store import Message
from tests.harness import Harness, mail


def test_service_reconnects_after_the_imap_server_restarts(tmp_path, dovecot, smtp_sink):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink, idle=True, mailbox__poll_interval=3600)
    try:
        desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
        desk.run()
        dovecot.stop()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # the service notices: a fetch fails and is counted
            if desk.store.counters().get("mailbox_errors"):
                break
            desk.service.service.trigger_fetch_threadsafe()
            time.sleep(0.2)
        assert desk.store.counters().get("mailbox_errors", 0) >= 1
        dovecot.start()
        desk.deliver(mail("john.doe@example.net", "I will come to Neuenstadt on 21 September."))
        desk.run(timeout=60)
        assert len(smtp_sink.messages) == 2 and len(desk.registrations()) == 2
    finally:
        if desk.service is not None:
            desk.service.stop()


def test_a_failing_job_is_counted_and_the_service_goes_on(tmp_path, dovecot, smtp_sink):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink, idle=True, mailbox__poll_interval=3600)
    try:
        desk.run()
        worker = desk.service.worker
        original = worker.reminders
        worker.reminders = lambda now: 1 / 0  # a bug in one job
        desk.service.service.scheduler.modify_job("reminders:main", next_run_time=_utcnow())
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not desk.store.counters().get("job_errors:reminders"):
            time.sleep(0.05)
        assert desk.store.counters()["job_errors:reminders"] == 1
        worker.reminders = original
        desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
        desk.run()
        assert len(smtp_sink.messages) == 1
    finally:
        if desk.service is not None:
            desk.service.stop()


def test_sigterm_stops_the_service_cleanly(tmp_path, dovecot):
    desk = Harness(tmp_path, dovecot=dovecot)
    from tests.integration.test_imap_faults import _write_config

    config = tmp_path / "config.toml"
    _write_config(desk, config)
    proc = subprocess.Popen([sys.executable, "-m", "mailbot.cli", "--config", str(config), "run",
                             "--now", "2023-09-04T09:00"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with desk.store.session() as s:
            if s.scalar(select(func.count()).select_from(Message).where(Message.state == "filed")):
                break
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
    assert "mailbot stopped" in out and "Traceback" not in out
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


def _utcnow():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)
