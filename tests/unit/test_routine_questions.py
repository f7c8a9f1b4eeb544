""""I want to take part, which day is good?" asks for our list of dates: the desk sends it
(clarify), it is no question for staff; "is that ok?" after a wish asks nothing of staff."""

from __future__ import annotations

import pytest

from mailbot.understand import intent as I
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body", [
    "سلام، زه هم غواړم چې په ورکشاپ کې برخه واخلم. کله به وي؟",  # Pashto
    "Silav, ez dixwazim beşdarî atolyeyê bibim. Kengî ye?",  # Kurmanji
    "Salaan, waxaan doonayaa inaan ka qaybgalo. Goorma ayuu dhacayaa?",  # Somali
    "नमस्ते, मैं वर्कशॉप में भाग लेना चाहता हूँ। कब है?",  # Hindi
    "Xin chào, tôi muốn tham gia hội thảo. Ngày nào vậy ạ?",  # Vietnamese
])
def test_wanting_to_take_part_and_asking_when_gets_our_list(body):
    r = understand(build(body, subject="Workshop"), EVENTS, OFFICE)
    assert r.action == "clarify"


@pytest.mark.parametrize("sentence", [
    "Va bene così?", "¿Está bien así?", "Olur mu?", "这样可以吗？", "Je li to u redu?", "Được không ạ?",
])
def test_is_that_ok_is_no_question_for_staff(sentence):
    assert not I.is_staff_question(sentence)


@pytest.mark.parametrize("sentence", [
    "C'è un servizio di babysitter?", "Is the hall accessible by wheelchair?",
])
def test_a_question_on_a_topic_stays_for_staff(sentence):
    assert I.is_staff_question(sentence)
