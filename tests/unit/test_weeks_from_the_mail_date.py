"""A weekday a number of weeks from the mail's date ("Dienstag in 3 Wochen", "in zwei Wochen am Donnerstag",
"mardi dans quinze jours", "iki hafta sonra salı", "the Tuesday after next", "übernächsten Dienstag") is that
weekday of that week, read against the mail's Date: header: the workshop on that day, and an ask-back when no
workshop falls on it (never the plain weekday's workshop a week before or after)."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build

MONDAY_4 = "Mon, 04 Sep 2023 08:30:00 +0200"
MONDAY_11 = "Mon, 11 Sep 2023 18:05:00 +0200"


def read_on(body: str, date: str):
    return understand(build(body, subject="Anmeldung", date=date), EVENTS, OFFICE)


@pytest.mark.parametrize("body", [
    "Guten Tag, ich würde gern Dienstag in 2 Wochen zu ihrem Workshop kommen.",
    "Hallo, ich möchte mich anmelden für Dienstag in zwei wochen, Grüße",
    "Hi there, could you put me down for Tuesday in two weeks? Thanks",
    "Bonjour, je peux venir mardi dans quinze jours pour le Workshop.",
    "Salve, vorrei venire martedì tra due settimane.",
    "Добрый день, запишите меня через 2 недели на вторник.",
    "Dzien dobry, chce przyjsc za dwa tygodnie we wtorek na Workshop.",
    "Merhaba, iki hafta sonra salı günü gelmek istiyorum, Anmeldung lütfen.",
    "Buenas, quisiera ir el martes dentro de dos semanas.",
    "Bună ziua, aș veni marți peste două săptămâni.",
    "Zdravo, dolazim za dva tjedna u utorak na radionicu.",
    "السلام عليكم، أريد الحضور يوم الثلاثاء بعد أسبوعين.",
    "Γεια σας, θα ήθελα να έρθω σε δύο εβδομάδες την Τρίτη.",
    "Добрий день, хочу прийти через два тижні у вівторок.",
    "Goedendag, ik wil graag over twee weken op dinsdag komen.",
    "Szia, két hét múlva kedden szeretnék jönni.",
    "Здравейте, искам да дойда след две седмици във вторник.",
])
def test_tuesday_in_two_weeks_is_the_tuesday_of_that_week(body):
    r = read_on(body, MONDAY_11)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


@pytest.mark.parametrize("body,date,workshop", [
    ("Hallo, übernächsten Dienstag komme ich gerne.", MONDAY_11, "offenau"),
    ("Hello, I'd like to join on the Tuesday after next.", MONDAY_11, "offenau"),
    ("Hallo, ich komme in 2 Wochen am Donnerstag nach Neuenstadt.", MONDAY_4, "neuenstadt"),
    ("Moin, Dienstag in fünf Wochen würde bei mir passen, ich melde mich an.", MONDAY_11, "brackenheim"),
])
def test_other_weeks_and_weekdays(body, date, workshop):
    r = read_on(body, date)
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body,date", [
    ("Hallo, ich komme Donnerstag in 2 Wochen.", MONDAY_11),  # Thu 28 Sep: no workshop
    ("Hi, I can make it Thursday in two weeks.", MONDAY_11),
    ("Merhaba, iki hafta sonra perşembe gelirim.", MONDAY_11),
    ("Bonjour, je viendrai jeudi dans quinze jours.", MONDAY_11),
    ("Hallo, übernächsten Donnerstag komme ich.", MONDAY_4),  # Thu 14 Sep
    # written on a Sunday: the Tuesday of the week after next (19th) or the one nearest two weeks on (26th)
    ("Hallo, ich komme Dienstag in zwei Wochen.", "Sun, 10 Sep 2023 20:00:00 +0200"),
])
def test_a_day_without_a_workshop_or_two_readings_are_asked_back(body, date):
    r = read_on(body, date)
    assert r.action == "clarify" and r.workshop is None


def test_the_week_after_next_names_the_workshops_of_that_week():
    r = read_on("Hallo, übernächste Woche hätte ich Zeit, ich melde mich an.", MONDAY_4)
    assert r.action == "clarify" and set(r.candidates) == {"offenau", "neuenstadt"}
