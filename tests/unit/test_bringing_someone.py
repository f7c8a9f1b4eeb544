""""I bring my sister (Aylin)", "my daughter comes too": one more person, also with the companion's
first name after the relation, in the verbs of bringing of German, French, Spanish, Italian and
Portuguese; a companion who is not brought is not counted."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body", [
    "Guten Tag, bitte für Brackenheim am 17.10. vormerken, ich bringe meinen Bruder Kemal mit.\nSevim Ak",
    "Guten Tag, Anmeldung für den 17.10. in Brackenheim, ich nehme meine Tochter Lina Ak mit.\nSevim Ak",
    "Bonjour, inscription pour le 17 octobre à Brackenheim, j'emmène mon fils Noé.\nSevim",
    "Bonjour, je serai à Brackenheim le 17 octobre, mon mari vient aussi.\nSevim",
    "Hola, para el 17 de octubre en Brackenheim, llevo a mi madre.\nSevim",
    "Ciao, iscrivetemi per il 17 ottobre a Brackenheim, porto anche mio fratello Luca.\nSevim",
    "Ciao, ci sarò il 17 ottobre a Brackenheim, viene anche mia madre.\nSevim",
    "Olá, quero participar no dia 17 de outubro em Brackenheim, trago o meu pai.\nSevim",
])
def test_a_relative_brought_along_counts_one_more(body):
    r = understand(build(body, subject="Workshop"), EVENTS, OFFICE)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "brackenheim", 2), r.reason


@pytest.mark.parametrize("body", [
    "Guten Tag, Anmeldung für den 17.10. in Brackenheim, meinen Bruder bringe ich aber nicht mit.\nSevim Ak",
    "Guten Tag, Anmeldung für den 17.10. in Brackenheim, ich bringe meinen Sohn Can nicht mit.\nSevim Ak",
    "Bonjour, inscription pour le 17 octobre à Brackenheim, je n'emmène pas mon fils.\nSevim",
])
def test_a_relative_not_brought_is_not_counted(body):
    r = understand(build(body, subject="Workshop"), EVENTS, OFFICE)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "brackenheim", 1), r.reason
