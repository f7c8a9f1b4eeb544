"""Kinds first seen in unseen17, in other words: the head of a reference code that looks like a date
("21.09-HK/44") names no workshop; "if it is still possible" in Romanian ("dacă se mai poate") is a
polite "if possible", no condition the desk must ask about."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body,workshop", [
    ("Unsere Kundennummer lautet 19.09-KD/12. Bitte melden Sie mich für den 26.9. in Weinsberg an.", "weinsberg"),
    ("Our file reference is 21.09-AB/7, in case you need it. Please register me for 17 October.", "brackenheim"),
    ("Anmeldung für Offenau am 19.9. (Vorgang 26.09-X-3 beim Jobcenter).", "offenau"),
])
def test_a_reference_code_with_a_date_shaped_head_names_no_workshop(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason


@pytest.mark.parametrize("body", [
    "Aș dori să particip pe 26 septembrie la Weinsberg, dacă se mai poate. Marțea am oricum liber.",
    "Vreau să mă înscriu pentru 17 octombrie, dacă mai e loc.",
])
def test_if_still_possible_in_romanian_is_no_condition(body):
    r = read(body)
    assert r.action == "confirm", r.reason
