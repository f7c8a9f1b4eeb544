"""Sending on a real aiosmtpd server: each mail is leased on its own, just before it is sent.

A worker killed while one mail is in flight leaves that one mail leased (it is sent again when
its lease ends: the documented window); the mails of the batch not tried yet go out at the next
run. A connection lost after DATA costs the mail in flight one attempt; the rest of the batch is
neither pushed back nor charged an attempt.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.store import Outbox
from tests.harness import Harness, at, mail

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = [f"teilnehmer{i}@example.org" for i in range(5)]


def queued_replies(desk: Harness, people: list[str]) -> None:
    """A registration from each person, decided and filed; the replies wait in the outbox."""
    for p in people:
        desk.deliver(mail(p, "Ich melde mich für den 26.09. in Weinsberg an."))
    w = desk.worker()
    now = at("2023-09-04T09:00")
    try:
        w.fetch(now)
        w.handle(now)
        w.file(now)
    finally:
        w.source.close()


def outbox(desk: Harness) -> dict[str, tuple[str, int]]:
    """recipient -> (state, attempts)"""
    with desk.store.session() as s:
        return {r.to_addr: (r.state, r.attempts) for r in s.scalars(select(Outbox))}


def test_a_kill_while_a_mail_is_in_flight_strands_only_that_mail(tmp_path, smtp_sink):
    desk = Harness(tmp_path, smtp=smtp_sink)
    queued_replies(desk, PEOPLE)
    smtp_sink.hold_after_data(after=1)  # the second mail of the batch is in flight when the kill comes
    config = desk.write_config(tmp_path / "config.toml")
    proc = subprocess.Popen([sys.executable, "-m", "mailbot.cli", "--config", str(config), "run", "--once",
                             "--quiet", "--now", "2023-09-04T09:00"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert smtp_sink.held.wait(60), "the worker never sent the second mail"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        smtp_sink.let_go()
    states = outbox(desk)
    assert sorted(states.values()) == [("queued", 0)] * 3 + [("sending", 1), ("sent", 1)]

    # a minute later the three never tried go out; the one in flight waits for its lease
    assert desk.run("2023-09-04T09:01").sent == 3
    assert desk.run("2023-09-04T09:11").sent == 1
    assert sorted(r.rcpt_tos[0] for r in smtp_sink.messages) == sorted(PEOPLE)
    desk.store.engine.dispose()


@pytest.mark.parametrize("lost", [0, 1, 3])
def test_a_connection_lost_after_data_costs_only_the_mail_in_flight(tmp_path, smtp_sink, lost):
    """Whether the server went away at the first, a middle or the last mail: that mail is tried
    again after its backoff; the mails after it keep their place, are not charged an attempt for
    it and go out in the same run on a new connection."""
    desk = Harness(tmp_path, smtp=smtp_sink)
    queued_replies(desk, PEOPLE[:4])
    smtp_sink.drop_after_data(after=lost)
    first = desk.run("2023-09-04T09:00")
    assert (first.sent, first.retry, first.failed) == (3, 1, 0)
    states = outbox(desk)
    assert states.pop(PEOPLE[lost]) == ("retry", 1)
    assert list(states.values()) == [("sent", 1)] * 3
    assert desk.run("2023-09-04T09:00:30").sent == 0  # backoff
    assert desk.run("2023-09-04T09:02").sent == 1
    assert sorted(r.rcpt_tos[0] for r in smtp_sink.messages) == sorted(PEOPLE[:4])
    desk.store.engine.dispose()
