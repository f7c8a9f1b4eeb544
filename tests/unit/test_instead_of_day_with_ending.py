"""A reply to our confirmation that asks to move: "instead of" and the booked day written with its ordinal or
case ending ("вместо 26-ти", "вместо 26-го", "замість 26-го", "instead of the 26th"), then the new date. The
day after "instead of" is the one left, the other date the wish: a change, not a question for staff about
the old workshop. A time after "instead of" ("statt 17uhr") leaves no day."""

from __future__ import annotations

import pytest

from tests.unit.test_booked_day_ruled_out_other_asked import reply


@pytest.mark.parametrize("body", [
    "Добър ден, вместо 26-ти мога ли да дойда на 17 октомври? Тогава имам смяна.",
    "Здравствуйте, можно ли вместо 26-го прийти 17 октября? В тот день я работаю.",
    "Добрий день, чи можна замість 26-го прийти 17 жовтня?",
    "Hello, instead of the 26th could I come on 17 October? I have a shift then.",
])
def test_instead_of_the_booked_day_with_its_ending_moves_to_the_other_date(body):
    r = reply(body)
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "brackenheim")


def test_a_time_after_instead_of_is_no_day():
    r = reply("Guten Tag, kann ich statt 17uhr auch erst um 18 Uhr kommen?")
    assert r.workshop in (None, "weinsberg") and r.intent != "change"
