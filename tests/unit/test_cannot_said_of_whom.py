"""Answering our confirmation, who cannot come: a relative named only in the part that says why
("I can't come because my husband is ill", "ne mogu doći jer mi je sin bolestan") is the reason, and the
writer's own cancellation cancels; a relative named as the one who cannot come ("moja kćerka i sin ne mogu
doći": "ne mogu" is also the third person plural in Croatian) is one fewer, never the whole registration."""

import pytest

from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "Ne mogu doći jer mi je sin bolestan.",
    "Non posso venire perché mio marito è malato.",
    "I can't come because my husband is ill, sorry.",
    "Ich kann leider nicht kommen, weil meine Mutter im Krankenhaus ist.",
])
def test_a_relative_named_only_as_the_reason_leaves_the_writers_cancellation(body):
    assert holding(reply_to_confirmation(body), 1).cancel


@pytest.mark.parametrize("body", [
    "Pozdrav, moja kćerka i sin ne mogu doći.",
    "Ne mogu doći, ali moja žena dolazi.",
    "Mein Mann kann nicht kommen, weil er arbeiten muss.",
])
def test_a_relative_who_cannot_come_is_fewer_people(body):
    plan = holding(reply_to_confirmation(body), 3)
    assert not plan.cancel and plan.recount is not None
