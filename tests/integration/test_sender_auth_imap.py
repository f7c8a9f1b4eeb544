"""Sender authentication end to end on a real Dovecot (IMAP) and SMTP server: forged mail changes
nothing by itself, and mail nobody waits for gets no reply (the scenarios of tests/worker)."""

import pytest

from tests.harness import Harness
from tests.worker import scenarios


@pytest.mark.parametrize("mode", ["once", "idle"])
def test_forged_cancellation_is_held_until_the_owner_confirms(tmp_path, dovecot, smtp_sink, mode):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink, idle=mode == "idle",
                   mailbox__poll_interval=3600 if mode == "idle" else 60)
    try:
        scenarios.forged_cancellation_is_held_until_the_owner_confirms(desk)
    finally:
        if desk.service is not None:
            desk.service.stop()


def test_forged_pass_under_the_servers_fail_changes_nothing(tmp_path, dovecot, smtp_sink):
    scenarios.forged_pass_under_the_servers_fail_changes_nothing(Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink))


def test_trusted_authserv_id_ignores_other_ids(tmp_path, dovecot, smtp_sink):
    scenarios.trusted_authserv_id_ignores_other_ids(
        Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink, mailbox__trusted_authserv_id=scenarios.OUR_SERVER))


def test_no_reply_where_nobody_waits(tmp_path, dovecot, smtp_sink):
    scenarios.no_reply_where_nobody_waits(Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink))
