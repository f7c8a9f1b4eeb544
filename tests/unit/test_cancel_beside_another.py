"""A cancellation beside another workshop that suits ("Ich sage Offenau ab, am 26.9. habe ich Zeit",
"please cancel Offenau, the 26th in Weinsberg suits me"; one that suits *better* is a change, see
tests/unit/test_prefer_beside_cancel.py) is never a cancellation of the workshop that suits, nor of
whichever registration the sender has: staff read it. A cancellation that names one workshop stays one. Every
sentence is the test's own."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body", [
    "Ich sage Offenau ab, am 26.9. habe ich Zeit.",
    "Please cancel Offenau for me, the 26th in Weinsberg suits me.",
    "Lütfen Offenau kaydımı iptal edin, 26 Eylül bana uyar.",
    "Proszę anulować Offenau, 26 września mi pasuje.",
    "Annulez Offenau s'il vous plaît, le 26 septembre me convient.",
    "Otkažite mi Offenau, 26.9. mi odgovara.",
    "Пожалуйста, отмените Оффенау, 26 сентября мне подходит.",
    "Por favor cancelen Offenau, el 26 de septiembre me viene bien.",
])
def test_a_cancellation_beside_another_workshop_goes_to_staff(body):
    r = read(body)
    assert r.action == "review" and r.workshop is None and "cancel_names_several" in r.flags


@pytest.mark.parametrize("body,workshop", [
    ("Bitte stornieren Sie meine Anmeldung für Offenau am 19.9.", "offenau"),
    ("Please cancel my place on Tuesday 26 September in Weinsberg.", "weinsberg"),
    ("26 Eylül Weinsberg kaydımı iptal etmek istiyorum.", "weinsberg"),
])
def test_a_cancellation_of_one_workshop_named_twice_stays_a_cancellation(body, workshop):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("cancel", "cancel", workshop)
