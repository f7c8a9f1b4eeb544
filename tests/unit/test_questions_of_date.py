"""Small kinds from the fifth session's unseen mail, tested in other words: an attribution line that
carries right-to-left marks, a month's adjective ("октомврийския"), and "when is it?" beside a wish
to come in Kurmanji and in Tamil typed in Latin letters (we ask back with the dates)."""

from __future__ import annotations

import pytest

from mailbot.understand.quotes import split_reply
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("attribution", [
    "\u202bدر تاریخ سه‌شنبه ۵ سپتامبر ۲۰۲۳ ساعت ۱۰:۱۵ Landratsamt <integration@landratsamt-heilbronn.de> نوشت:\u202c",
    "\u202bفي الثلاثاء، ٥ سبتمبر ٢٠٢٣ ١٠:١٥ ص كتب Landratsamt <integration@landratsamt-heilbronn.de>:\u202c",
])
def test_an_attribution_between_right_to_left_marks_starts_the_quote(attribution):
    text = f"ممنون\n\n{attribution}\n\n> Datum: Dienstag, 26. September 2023\n"
    parts = split_reply(text)
    assert "2023" not in parts.new and "ممنون" in parts.new


def test_a_months_adjective_names_that_month():
    r = understand(build("Здравейте, бих искала да дойда на октомврийския семинар. Поздрави, Десислава"), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


@pytest.mark.parametrize("body", [
    "Rojbaş, ez û hevalê xwe dixwazin bêne semînerê. Kengê ye?\nSpas, Rojda",
    "hi, naanum en thambi-um varuvom, endha date la irukku?\nSelvi",
])
def test_a_wish_to_come_asking_when_gets_the_dates(body):
    r = understand(build(body, subject="workshop"), EVENTS, OFFICE)
    assert r.action == "clarify"
