"""Two reply kinds from the held-out conversations: (1) an ordinal as the object of the sentence, with the
accusative ending of a language that glues it ("üçüncüyü istiyoruz", "a másodikat kérjük"): the line of our
list; (2) a Vietnamese cancellation that says "un-register" ("hủy đăng ký", whose "đăng ký" alone is
"register") for the people registered: a cancellation, not a registration of others."""

from __future__ import annotations

import pytest

from mailbot.understand.answers import read_answer
from tests.unit.test_answer_numbers import reply
from tests.unit.test_eval_holds_the_quoted_registration import done


@pytest.mark.parametrize("lang,text,line", [
    ("tr", "Merhaba, biz üçüncüyü istiyoruz, sağ olun.", "weinsberg"),
    ("tr", "Sonuncuyu alalım lütfen.", "brackenheim"),
    ("tr", "Dördüncüsünü seçtim.", "brackenheim"),
    ("hu", "Jó napot, mi a masodikat valasztanank.", "neuenstadt"),
])
def test_an_ordinal_with_its_object_ending_is_the_line(config, lang, text, line):
    a = read_answer(reply(text), config.events, {}, lang)
    assert (a.choice, a.ambiguous) == (line, False)


@pytest.mark.parametrize("body", [
    "Chào anh chị, gia đình tôi không tham gia được nữa, xin hủy đăng ký cho cả hai người ạ.",
    "Xin lỗi, chúng tôi có việc bận đột xuất, mong anh chị huỷ đăng ký cho hai người.",
])
def test_unregistering_both_people_cancels(body):
    reading, held, d = done(body, 2)
    assert (reading.intent, d.action, d.workshop) == ("cancel", "cancel", "neuenstadt")
