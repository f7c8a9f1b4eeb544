"""Answering our confirmation of Weinsberg (26 Sep): "I can't come on the 26th, I'll come on 17 October"
said with the verb of coming, no word of registering or changing, is a move to the day the writer will
come, in languages whose comma or "will come" the negation scope did not know (Urdu and Hindi "…کو",
Chinese "，", Arabic "،", Hungarian "mégsem"). A day after "کو"/"को" is a day of the month."""

import pytest

from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "میں 26 کو نہیں آ سکتا، 17 اکتوبر کو آ جاؤں گا۔",
    "मैं 26 को नहीं आ सकता, 17 अक्टूबर को आ जाऊँगा।",
    "26号我来不了，10月17号可以来。",
    "لا أستطيع الحضور يوم 26، سآتي يوم 17 أكتوبر.",
    "Nem tudok jönni 26-án, október 17-én jövök.",
    "I can't come on the 26th, I'll come on 17 October.",
])
def test_cannot_on_the_booked_day_will_come_on_another_is_a_move(body):
    plan = holding(reply_to_confirmation(body), 1)
    assert plan.move is not None and plan.move[1] == "brackenheim" and not plan.cancel


@pytest.mark.parametrize("body", [
    "Jó napot, 26-án mégsem tudok menni.",
    "میں 26 کو نہیں آ سکتا۔",
])
def test_cannot_on_the_booked_day_alone_is_still_a_cancellation(body):
    assert holding(reply_to_confirmation(body), 1).cancel
