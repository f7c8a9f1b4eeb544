"""A reply to our confirmation for two: a companion cannot come and the writer asks us, in a question, to take
that person off ("my wife can't make it after all, could you take her off?"): one place fewer, never the whole
registration cancelled; a question that asks us to cancel the writer's own booking ("could you cancel our
registration?") still cancels it. Wording written for this test."""

import pytest

from tests.unit.test_reply_counts import decided

TAKE_OFF = [
    "Good evening, my son won't be able to come after all, could you take him off the list?",
    "Guten Abend, meine Tochter kann leider doch nicht, könnten Sie sie bitte wieder austragen?",
    "Bonsoir, mon fils ne pourra finalement pas venir, pourriez-vous le retirer ?",
    "İyi akşamlar, oğlum gelemeyecek, onu listeden silebilir misiniz?",
]


@pytest.mark.parametrize("body", TAKE_OFF)
def test_a_companion_taken_off_leaves_the_writer_registered(body):
    plan = decided(body, 2)
    assert plan.cancel == ()
    assert plan.outcome in ("recounted", "review")
    assert plan.recount is None or plan.recount[1] == 1


@pytest.mark.parametrize("body", [
    "Good evening, my son is ill, could you cancel our booking please?",
    "Guten Abend, meine Tochter ist krank, könnten Sie unsere Anmeldung bitte stornieren?",
    "Bonsoir, mon fils est malade, pourriez-vous annuler notre inscription ?",
])
def test_asked_to_cancel_the_writers_own_booking_still_cancels(body):
    plan = decided(body, 2)
    assert plan.outcome == "cancelled"
