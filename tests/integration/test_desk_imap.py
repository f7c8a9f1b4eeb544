"""The desk end to end against a real Dovecot (IMAP) and a real SMTP server (aiosmtpd):
the same scenarios as tests/worker, once with ``run --once`` and once with the service on IDLE."""

import pytest

from tests.harness import Harness
from tests.worker import scenarios

SCENARIOS = ["corpus_round", "clarification_round_trip", "cancel_and_change", "waiting_list_and_promotion",
             "second_workshop_is_asked_then_changed", "cancel_one_of_two"]


@pytest.fixture(params=["once", "idle"])
def imap_desk(request, tmp_path, dovecot, smtp_sink):
    idle = request.param == "idle"
    capacity = 2 if "waiting_list" in request.node.name else None
    # with IDLE the service polls only hourly: new mail must be noticed through IDLE
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink, idle=idle, capacity=capacity,
                   mailbox__poll_interval=3600 if idle else 60)
    yield desk
    if desk.service is not None:
        desk.service.stop()


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_scenario(imap_desk, scenario):
    getattr(scenarios, scenario)(imap_desk)
