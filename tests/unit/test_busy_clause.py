"""A clause that says the writer is busy and wishes nothing ("Dienstags arbeite ich", "I'm on shift on
Tuesdays", "Την Τρίτη έχω δουλειά") gives a reason without a word for "because": the weekday, date or town
in it is no second wish, so the wish beside it is confirmed (or the change asked for is made)."""

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read
from tests.unit.test_unseen_kinds12 import OURS

BOOKED_19 = ("\n\nAm 04.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n> vielen Dank! Sie sind jetzt angemeldet.\n"
             "> Workshop am Dienstag, 19. September 2023, Offenau\n")


@pytest.mark.parametrize("body", [
    "Hallo, geht statt dem 19. auch der 21. in Neuenstadt? Dienstags hab ich nämlich Schicht.",
    "Hi, instead of the 19th could I switch to the 21st in Neuenstadt? I'm on shift on Tuesdays.",
    "Καλησπέρα, μπορώ αντί για τις 19 να έρθω στις 21 στο Neuenstadt; Κάθε Τρίτη δουλεύω.",
    "Merhaba, 19 yerine 21 Eylül Neuenstadt olabilir mi? Salı günleri mesaim var.",
    "Dobar dan, može li umjesto 19. da dođem 21. u Neuenstadt? Utorkom radim.",
])
def test_a_busy_weekday_beside_a_change_asked_for_is_no_second_wish(body):
    r = understand(build(body + BOOKED_19, subject="Re: Ihre Anmeldung zum Workshop am 19.09.2023", headers=OURS),
                   EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


@pytest.mark.parametrize("body", [
    "Guten Tag, ich melde mich für Donnerstag, den 21.9. in Neuenstadt an. Dienstags arbeite ich bis 20 Uhr.",
    "Bonjour, je voudrais m'inscrire pour le jeudi 21 septembre à Neuenstadt. Le mardi je travaille tard.",
    "Здравствуйте, запишите меня на 21 сентября в Нойенштадт. По вторникам я работаю.",
])
def test_a_busy_weekday_beside_a_registration_is_no_second_wish(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


@pytest.mark.parametrize("body", [
    "Hallo, ich arbeite beim Jugendamt und melde mich für den 26.9. in Weinsberg an.",
    "Hello, I work at the library and would like to register for 26 September in Weinsberg.",
])
def test_a_busy_word_inside_the_wish_leaves_the_wish(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")
