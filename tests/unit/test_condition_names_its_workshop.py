"""A registration that depends on a condition goes to staff, and the one workshop it names goes with it
(staff read which workshop the condition is about); it confirms nothing."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body", [
    "Guten Tag, ich komme am 17.10. nach Brackenheim, aber nur wenn es einen Dolmetscher für Arabisch gibt.\nSami",
    "Hi, I'll join on 17 October in Brackenheim, but only if there is an interpreter for Dari.\nSami",
    "Merhaba, 17/10 Brackenheim'a gelirim ama sadece tercüman olursa.\nSami",
])
def test_a_condition_hands_its_workshop_to_staff(body):
    r = understand(build(body, subject="Workshop"), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("review", "brackenheim") and "conditional" in r.flags
