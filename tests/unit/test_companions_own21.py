"""A companion's own companion ("with my neighbour and her daughter", "arkadaşım oğluyla", "mon amie et son
fils", "با پسرش") comes too; a list after a colon may be joined by commas only ("wir kommen: ich, meine Schwester,
ihr Mann"); an age beside a companion, in brackets or after a comma, counts nobody ("con mio figlio, ha 8
anni" is no Hungarian "if" either). Wording written for this test."""

import pytest

from mailbot.understand.people import count_attendees
from mailbot.understand.text import normalise
from tests.unit.test_reading import read

OWN_COMPANION: list[tuple[str, int]] = [
    ("Dzień dobry, będę 26.09. w Weinsbergu z koleżanką i jej synem.", 3),
    ("Добрий вечір, буду 26.09. у Вайнсберзі з подругою та її сином.", 3),
    ("Szia, 26.09-én megyek Weinsbergbe a kolléganőmmel és a fiával.", 3),
    ("Merhaba, 21.09. Neuenstadt'a ben ve arkadaşım oğluyla geleceğiz.", 3),
    ("Bonjour, je viens à Weinsberg le 26.09. avec ma cousine et son fils.", 3),
    ("سلام، من و همکارم با دخترش روز ۲۶.۰۹ به Weinsberg میاییم.", 3),
    ("Guten Tag, für Brackenheim am 17.10.: ich, meine Cousine, ihr Freund.", 3),
    ("Здравствуйте, на 17.10. в Браккенхайм придём: я, соседка с внучкой.", 3),
]


@pytest.mark.parametrize("text,expected", OWN_COMPANION)
def test_a_companions_own_companion_comes_too(text, expected):
    r = read(text)
    assert r.action == "confirm"
    assert r.attendees == expected


AGES: list[tuple[str, int]] = [
    ("Ciao, vengo a Weinsberg il 26.09. con mia figlia, ha 11 anni.", 2),
    ("Ciao, il 17.10. a Brackenheim veniamo io e mio nipote, ha appena 14 anni.", 2),
    ("Hello, for Weinsberg on 26.09.: me and my grandson, 9.", 2),
    ("Hallo, am 21.09. nach Neuenstadt komme ich mit meiner Enkelin (sie ist 10).", 2),
]


@pytest.mark.parametrize("text,expected", AGES)
def test_an_age_beside_a_companion_counts_nobody(text, expected):
    r = read(text)
    assert r.action == "confirm"
    assert r.attendees == expected


def test_a_colon_does_not_make_an_apposition_a_list():
    # "I, Lea's aunt, …": the writer described, nobody else named
    r = read("Hallo, zu meiner Person: ich, Tante von Lea, komme gern am 21.09. nach Neuenstadt.")
    assert r.attendees == 1


STAY_WITH: list[tuple[str, str, int]] = [
    ("Hi, I'll come to Weinsberg on 26.09., the kids stay with their dad that evening.", "en", 1),
    ("Hallo, ich komme am 26.09. nach Weinsberg, die Kinder bleiben bei meiner Schwester.", "de", 1),
    ("Bonjour, je viendrai à Weinsberg le 26.09., les enfants restent chez leur grand-mère.", "fr", 1),
]


@pytest.mark.parametrize("text,lang,expected", STAY_WITH)
def test_people_who_stay_with_someone_else_do_not_come(text, lang, expected):
    assert count_attendees(normalise(text), "", [], lang).count == expected
