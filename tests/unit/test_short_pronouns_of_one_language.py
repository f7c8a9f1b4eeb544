"""Short pronouns of the first person count only in mail of their own language: the English "I" is the
Croatian "and", the French "je" the Croatian "is", the Persian "من" the Arabic "from", the Persian "ما" the
Arabic "not". Read as the writer speaking, a relative who cannot come became the writer's own
cancellation, and the whole registration was cancelled. Answering our confirmation for three."""

import pytest

from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "Poštovani, kćerka je prehlađena i neće moći doći.",
    "Dobar dan, sin je bolestan, ne može doći.",
    "Zdravo, supruga je na poslu i ne može doći, izvinite.",
    "Здраво, син је болестан и не може доћи.",
    "مرحبا، ابني مريض ولن يتمكن من الحضور.",
    "السلام عليكم، زوجتي لا تستطيع الحضور ما عندها وقت.",
    "Dzień dobry, syn i córka nie mogą przyjść, mają lekcje.",
])
def test_a_relative_who_cannot_come_is_not_the_whole_registration_cancelled(body):
    r = reply_to_confirmation(body)
    plan = holding(r, 3)
    assert not plan.cancel
    assert plan.outcome in ("recounted", "review")


@pytest.mark.parametrize("body", [
    "Hi, I can't come after all, sorry.",
    "Bonjour, je ne pourrai pas venir finalement, désolée.",
    "Pozdrav, ja ne mogu doći, žao mi je.",
    "سلام، متاسفانه من نمی‌توانم بیایم، لطفا ثبت نامم را لغو کنید.",
])
def test_the_writers_own_cancellation_in_their_language_still_cancels(body):
    r = reply_to_confirmation(body)
    plan = holding(r, 1)
    assert plan.cancel
