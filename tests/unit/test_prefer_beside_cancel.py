"""A cancellation of one workshop beside another that suits the writer *better* ("passt mir besser", "suits me
better", "works better for me", "bana daha uygun", "мне удобнее", "mi va meglio", "me viene mejor", "me convient
mieux", "mi-e mai bine", "više mi odgovara", "pasuje mi bardziej"), in either order, is a change to the one
preferred (the words are ``prefer`` and ``prefer_patterns`` in mailbot/understand/lang/*.toml). Only where it is
plain: two workshops cancelled, or two preferred, go to staff or are asked back. Every sentence is the test's own."""

import pytest

from tests.unit.test_reading import read

CANCEL_THEN_BETTER = [
 "Hallo, Offenau bitte absagen, der 26.9. passt mir besser.",
 "Please cancel Offenau, the 26th suits me better.",
 "Please cancel my place in Offenau, 26 September works better for me.",
 "Lütfen Offenau kaydımı iptal edin, 26 Eylül bana daha uygun.",
 "Пожалуйста, отмените Оффенау, 26 сентября мне удобнее.",
 "Per favore cancellate Offenau, il 26 settembre mi va meglio.",
 "Por favor cancelen Offenau, el 26 de septiembre me viene mejor.",
 "Annulez Offenau s'il vous plaît, le 26 septembre me convient mieux.",
 "Vă rog anulați Offenau, 26 septembrie mi-e mai bine.",
 "Otkažite mi Offenau, 26.9. mi više odgovara.",
 "Proszę anulować Offenau, 26 września pasuje mi bardziej.",
 "Por favor cancelem Offenau, o dia 26 de setembro fica-me melhor.",
]

BETTER_THEN_CANCEL = [
    "Guten Tag, am 26.9. passt es uns besser, bitte Offenau stornieren.",
    "Hi, the 26th works better for us, so please cancel Offenau.",
    "Merhaba, Weinsberg bana daha uygun, Offenau kaydımı iptal edin lütfen.",
    "Bonjour, le 26 septembre nous convient mieux, annulez Offenau s'il vous plaît.",
    "Dzień dobry, 26 września bardziej mi pasuje, proszę anulować Offenau.",
]


@pytest.mark.parametrize("body", CANCEL_THEN_BETTER + BETTER_THEN_CANCEL)
def test_a_cancellation_beside_a_workshop_that_suits_better_is_a_change_to_it(body):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "weinsberg")


@pytest.mark.parametrize("body", [
    "Bitte melden Sie mich für Offenau ab, mir passt Weinsberg besser.",
    "Hello, could you cancel Offenau for me? Weinsberg is more convenient for me.",
])
def test_the_preferred_workshop_named_by_its_town_is_the_new_one(body):
    r = read(body)
    assert r.workshop == "weinsberg" and r.action in ("confirm", "review") and r.intent != "cancel"


@pytest.mark.parametrize("body", [
    "Bitte stornieren Sie Offenau und Neuenstadt, am 26.9. passt es mir besser.",
    "Please cancel both Offenau and Neuenstadt, the 26th suits us better.",
    "Bitte stornieren Sie Offenau, der 26.9. oder der 17.10. passt mir besser.",
    "Please cancel Offenau, Neuenstadt or Weinsberg would suit me better.",
])
def test_several_cancelled_or_several_preferred_is_never_confirmed(body):
    r = read(body)
    assert r.action in ("review", "clarify")
