"""Head-counts: a carer the writer says comes along is a person besides the writer ("je viendrai avec mon
accompagnateur": 2; asked about, "may my carer come?", not yet); the writer named after a group with only
their role after it ("10 Teilnehmende und ich als Lehrerin") counts besides the group."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


def _read(body):
    return understand(build(body, subject="Anmeldung"), EVENTS, OFFICE)


@pytest.mark.parametrize("body", [
    "Bonjour, je m'inscris pour le 17 octobre. Je viendrai avec mon accompagnateur.\nRémi Faure",
    "Hola, quiero inscribirme para el 17 de octubre. Vendré con mi cuidadora porque uso silla de ruedas.\nPilar",
    "Buongiorno, vorrei iscrivermi per il 17 ottobre. Verrò con la mia badante.\nSergio",
])
def test_a_carer_who_comes_along_counts(body):
    r = _read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "brackenheim", 2)


def test_a_carer_only_asked_about_does_not_count_yet():
    r = _read("Bonjour, je m'inscris pour le 17 octobre. Est-ce que mon accompagnateur peut venir aussi ?\nRémi Faure")
    assert r.attendees in (1, None)


@pytest.mark.parametrize("body, count", [
    ("Hello, I'd like to sign up my evening class for 26 September in Weinsberg: 12 learners and me as their tutor.\n"
     "Lena", 13),
    ("Hallo, ich melde meine Gruppe für den 26.09. in Weinsberg an: 7 Teilnehmende und ich als Kursleiterin.\nLena", 8),
    ("Dzień dobry, zgłaszam grupę na 26 września w Weinsbergu: 8 uczestników i ja jako opiekunka.\nLena", 9),
    ("Bonjour, j'inscris mon groupe pour le 26 septembre à Weinsberg : 9 stagiaires et moi en tant que formatrice.\n"
     "Lena", 10),
])
def test_the_writer_with_a_role_after_a_group_counts(body, count):
    r = _read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", count)
