"""A reply to our confirmation that asks to move: "instead of" and the booked day written with its ordinal or
case ending ("вместо 21-ви", "вместо 21-го", "замість 21-го", "instead of the 21st"), then the new date. The
day after "instead of" is the one left, the other date the wish: a change, not a question for staff about
the old workshop. A time after "instead of" ("statt 17uhr") leaves no day."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_eval_holds_the_quoted_registration import OURS, confirmation
from tests.unit.test_reading import EVENTS, OFFICE, build


def read(body: str):
    raw = build(body + confirmation(1), subject="Re: Ihre Anmeldung zum Workshop am 21.09.2023", headers=OURS)
    return understand(raw, EVENTS, OFFICE)


@pytest.mark.parametrize("body", [
    "Добър ден, вместо 21-ви мога ли да дойда на 26 септември? Тогава имам смяна.",
    "Здравствуйте, можно ли вместо 21-го прийти 26 сентября? В тот день я работаю.",
    "Добрий день, чи можна замість 21-го прийти 26 вересня?",
    "Hello, instead of the 21st could I come on 26 September? I have a shift then.",
])
def test_instead_of_the_booked_day_with_its_ending_moves_to_the_other_date(body):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "weinsberg")


def test_a_time_after_instead_of_is_no_day():
    r = read("Guten Tag, kann ich statt 17uhr auch erst um 18 Uhr kommen?")
    assert r.workshop in (None, "neuenstadt") and r.intent != "change"
