"""Towns named as where someone lives: "the one in our town" beside a home town of ours wishes that town's
workshop; "I live in X but want Y" wishes Y; a companion "who has no e-mail" is no negation of the wish."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


def _read(body):
    return understand(build(body, subject="Workshop"), EVENTS, OFFICE)


@pytest.mark.parametrize("body, town", [
    ("Guten Tag, wir wohnen in Neuenstadt und möchten gern zu der Veranstaltung bei uns im Ort kommen, zu zweit.\n"
     "Anschrift: Birkenallee 12, 74196 Neuenstadt\nGruß Jonas Kern", "neuenstadt"),
    ("Hi there, I live in Brackenheim and want to take part in the session in our town. It's only me.\nDana", "brackenheim"),
    ("Добрый вечер! Мы живём в Weinsberg и хотим записаться на встречу в нашем городе. Нас двое.\nПавел", "weinsberg"),
    ("İyi günler, Neuenstadt'ta oturuyorum ve şehrimizdeki toplantıya katılmak istiyorum. Sadece ben.\nSelin", "neuenstadt"),
    ("Hola, vivo en Offenau y me gustaría ir al taller en nuestro pueblo, solo yo.\nNuria", "offenau"),
])
def test_the_one_in_our_town_is_the_home_town(body, town):
    r = _read(body)
    assert (r.action, r.workshop) == ("confirm", town)


def test_our_town_beside_a_town_without_a_workshop_still_asks():
    r = _read("Hello, I live in Ulm and want to take part in the session in our town, only me.\nDana")
    assert r.action == "clarify" and r.workshop is None


@pytest.mark.parametrize("body, town", [
    ("Salaan, waxaan degganahay Brackenheim laakiin waxaan rabaa Offenau sababtoo ah hooyaday ayaa halkaas deggan. "
     "Kaliya aniga.\nHodan", "offenau"),
    ("Hallo, ich wohne zwar in Weinsberg, möchte aber nach Offenau, weil meine Schwester dort wohnt. Nur ich.\nLea", "offenau"),
])
def test_a_home_town_beside_another_wished_town_is_no_wish(body, town):
    r = _read(body)
    assert (r.action, r.workshop) == ("confirm", town)


@pytest.mark.parametrize("body, count", [
    ("Hola, vamos a Offenau mi hermana y yo y también mi tío Pablo que no tiene correo. En total 3 personas.\nCarmen", 3),
    ("Bonjour, nous irons à Offenau, moi et mon oncle Gérard qui n'a pas d'e-mail. Donc 2 personnes.\nLéa", 2),
    ("Hallo, wir kommen nach Offenau, ich und mein Onkel Bernd der keine E-Mail hat. Also 2 Personen.\nJens", 2),
])
def test_a_companion_without_email_is_no_negation(body, count):
    r = _read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "offenau", count)
