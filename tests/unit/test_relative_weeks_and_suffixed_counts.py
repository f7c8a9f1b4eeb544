"""Relative weeks said in ways the lists missed: "the Tuesday of next week" as one adjective (Hungarian "jövő
heti kedd"), "the Tuesday after next" with the words after the weekday (Italian, Spanish, French, Portuguese);
and a head-count written as a digit with the ending of a collective numeral (Bulgarian "4-ма", Russian "3-е",
Ukrainian "3-є", Serbian "3-je"). Written on Wednesday 13 September 2023: next week's Tuesday is the 19th
(Offenau), the Tuesday after next the 26th (Weinsberg). Sentences of the test's own."""

import pytest

from tests.unit.test_reading import read

WED_13 = "Wed, 13 Sep 2023 09:30:00 +0200"


@pytest.mark.parametrize("body", [
    "Jó napot, a jövő heti keddi workshopra szeretnék jelentkezni. Köszönöm",
    "Üdvözlöm, jelentkezem a következő heti keddre, egyedül jövök.",
    "Hello, I'd like to join on Tuesday next week.",
])
def test_tuesday_of_next_week(body):
    r = read(body, date=WED_13)
    assert (r.action, r.workshop) == ("confirm", "offenau"), r.reason


@pytest.mark.parametrize("body", [
    "Buongiorno, posso venire il martedì dopo il prossimo? Mi iscrivo volentieri.",
    "Hola, me gustaría apuntarme al martes después del próximo, gracias.",
    "Bonjour, je m'inscris pour le mardi après le prochain, merci d'avance.",
    "Bom dia, gostaria de me inscrever na terça depois da próxima.",
    "Guten Tag, ich melde mich für übernächsten Dienstag an.",
])
def test_the_tuesday_after_next(body):
    r = read(body, date=WED_13)
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


@pytest.mark.parametrize("body,count", [
    ("Здравейте, записвам семейството за 21 септември в Нойенщат, ще бъдем 4-ма.", 4),
    ("Здравейте, за 21.09. моля, ние сме 3-ма души.", 3),
    ("Добрый день, хотим прийти 21 сентября в Нойенштадт, нас будет 3-е.", 3),
    ("Добрий день, запишіть нас на 21 вересня, будемо 3-є.", 3),
    ("Zdravo, prijavljujemo se za 21. septembar u Neuenstadt, bićemo 3-je.", 3),
])
def test_a_digit_with_the_ending_of_a_collective_numeral_is_the_count(body, count):
    r = read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", count), r.reason
