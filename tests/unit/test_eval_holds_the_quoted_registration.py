"""``mailbot eval`` decides a reply to our mail about a registration (it quotes our confirmation
with the workshop and its registration number) on a desk that holds that registration, as the
worker does, which finds it in its store: "my husband is ill, I come alone" is scored as the
registration recounted, not as a mail for staff; a reply that quotes no registration number is
still decided on an empty desk."""

from __future__ import annotations

import pytest

from mailbot.evaluate import as_done, held_by_quote
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build

OURS = {"In-Reply-To": "<c0ffee.9@landratsamt-heilbronn.de>"}


def confirmation(people: int, reference: str = "MB-4K7QZX") -> str:
    count = f"für {people} Personen " if people > 1 else ""
    return ("\n\nAm 04.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n>\n"
            f"> vielen Dank! Sie sind jetzt {count}angemeldet.\n>\n"
            "> Datum: Donnerstag, 21. September 2023\n> Ort: Stadthalle\n"
            "> Adresse: Öhringer Straße 12, 74196 Neuenstadt a. K.\n"
            + (f"> Ihre Anmelde-Nummer: {reference}\n" if reference else ""))


def done(body: str, people: int, reference: str = "MB-4K7QZX"):
    raw = build(body + confirmation(people, reference), subject="Re: Ihre Anmeldung zum Workshop am 21.09.2023",
                headers=OURS)
    reading = understand(raw, EVENTS, OFFICE)
    return reading, held_by_quote(reading, raw), as_done(reading, EVENTS, raw)


@pytest.mark.parametrize("body,people,left", [
    ("Hallo, meine Tochter hat jetzt doch Schule, ich komme also nur mit meinem Mann.", 3, 2),
    ("Hi, my brother got sick, so it'll just be me.", 2, 1),
    ("Merhaba, eşim gelemeyecek, sadece ben geleceğim.", 2, 1),
    ("Hola, mi marido no puede venir al final, yo sí voy.", 2, 1),
])
def test_one_fewer_answering_our_confirmation_is_scored_as_the_registration_recounted(body, people, left):
    reading, held, d = done(body, people)
    assert [(h.workshop, h.attendees) for h in held] == [("neuenstadt", people)]
    assert (d.action, d.workshop, d.attendees) == ("confirm", "neuenstadt", left)


def test_a_plain_cancellation_answering_our_confirmation_cancels_the_held_registration():
    _, held, d = done("Guten Tag, wir müssen leider absagen.", 2)
    assert held and (d.action, d.workshop) == ("cancel", "neuenstadt")


def test_a_quote_without_our_registration_number_holds_nothing():
    _, held, _ = done("Hallo, meine Tochter hat jetzt doch Schule, ich komme also nur mit meinem Mann.", 3, reference="")
    assert held == ()


def test_a_new_mail_holds_nothing():
    raw = build("Hallo, ich komme am 21.9. nach Neuenstadt, Ihre Anmelde-Nummer: MB-4K7QZX", subject="Workshop")
    reading = understand(raw, EVENTS, OFFICE)
    assert held_by_quote(reading, raw) == ()
