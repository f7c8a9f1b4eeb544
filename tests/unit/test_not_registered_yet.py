"""A question that says the writer is not registered yet is a question for staff, not a registration
for the workshop the question names; a registration beside a question still goes ahead."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body", [
    "Hallo,\nist die Baukelter in Weinsberg mit dem Rollator gut zu erreichen? Angemeldet habe ich mich "
    "bisher nicht, ich will das erst wissen.\nViele Grüße\nIrmgard Fuchs",
    "Hello, is there a lift at the venue in Brackenheim? I have not registered yet.\nThanks, Owen Hale",
    "Merhaba, Offenau'daki salonda otopark var mı? Henüz kayıt olmadım.\nSelam, Deniz",
    "Bonjour, y a-t-il une garderie à Neuenstadt pendant l'atelier ? Je ne suis pas encore inscrite.\nLéa",
])
def test_not_registered_yet_beside_a_question_is_no_registration(body):
    r = understand(build(body, subject="Frage"), EVENTS, OFFICE)
    assert r.action == "review" and r.intent == "question", r.reason


@pytest.mark.parametrize("body", [
    "Hallo, ich melde mich für den 26.09. in Weinsberg an. Gibt es dort Parkplätze?\nGruß Anton Seitz",
    "Hallo, ich kann am 19. leider nicht, melde mich aber für den 26.09. an. Gibt es dort Parkplätze?\nAnton",
])
def test_a_registration_beside_a_question_goes_ahead(body):
    r = understand(build(body, subject="Anmeldung"), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


@pytest.mark.parametrize("body, workshop", [
    ("Pozdrav, ja bih se prijavio na radionicu u četvrtak 21.9. u Neuenstadtu.\nDino", "neuenstadt"),
    ("Zdravo, mi bismo se prijavili za 26.9. u Weinsbergu, dolazimo dvoje.\nLejla i Kenan", "weinsberg"),
    ("Поздрав, ја бих се пријавила за радионицу 17. октобра у Brackenheimu.\nМилица", "brackenheim"),
])
def test_i_would_register_in_bosnian_croatian_serbian_is_a_wish_not_a_past_registration(body, workshop):
    """"bih se prijavio" (I would register) is built like the past "prijavio sam se" (I registered)."""
    r = understand(build(body, subject="prijava"), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason


def test_i_registered_in_bosnian_still_names_a_registration():
    r = understand(build("Pozdrav, prijavio sam se za 19.9. u Offenau, ali bih radije 26.9.\nDino",
                         subject="promjena"), EVENTS, OFFICE)
    assert r.workshop == "weinsberg" and r.intent == "change", (r.intent, r.reason)
