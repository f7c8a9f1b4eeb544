"""Vietnamese typed without its diacritics and Hindi typed in Latin letters ("Hinglish") are read in their
own language: their words for a line of our list ("so 3"), for "people" and for "on the 26th" ("26 ko")
count. Before, the language classifier called such short texts Italian or Somali, and the answer went to
staff or the date to "which one?"."""

import pytest

from mailbot.understand.language import detect_language
from tests.unit.replyprobe import IDS, answer
from tests.unit.test_reading import read


@pytest.mark.parametrize("text,lang", [
    ("chung toi muon dang ky 3 nguoi", "vi"),
    ("so 2 nha, cam on", "vi"),
    ("hum log 26 ko aayenge", "hi"),
    ("Thursday wala theek hai, hum teen log", "hi"),
])
def test_the_language_is_told_by_its_own_words(text, lang):
    assert detect_language(text) == lang


def test_an_unaccented_vietnamese_line_number_with_people_answers_our_list():
    r = answer("so 3 nhe, 4 nguoi", "clarify", "vi", options=tuple(IDS))
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 4), r.reason


@pytest.mark.parametrize("body,workshop", [
    ("Namaste, hum 26 ko aayenge, do log.", "weinsberg"),
    ("Mera naam Ravi hai, 21 ko aaunga. Dhanyavad", "neuenstadt"),
])
def test_a_day_with_ko_in_roman_hindi_is_the_day_of_the_month(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason
