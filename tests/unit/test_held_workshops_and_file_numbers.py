"""A mail written after one workshop was held: its town or date (where the writer lives, where they went)
is no wish beside a workshop still to come, in any language ("we live in Weinsberg", sent on 29 Sep, the
Weinsberg workshop held on the 26th). A day/month followed by a dash and a long number is a file number
("17/10-2291"), not a date; a year after the dash still is ("17/10-2023"). "troje nas" is a count."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build

AFTER_WEINSBERG = "Fri, 29 Sep 2023 11:00:00 +0200"


def read_on(body: str, date: str):
    return understand(build(body, subject="Workshop", date=date), EVENTS, OFFICE)


@pytest.mark.parametrize("body", [
    "Hallo, wir wohnen in Weinsberg und möchten am 17.10. nach Brackenheim kommen.",
    "Hello, we are from Weinsberg, please register me for 17 October in Brackenheim.",
    "Merhaba, Weinsberg'de oturuyoruz, 17 Ekim'e kayıt olmak istiyoruz.",
    "Здравствуйте, мы живём в Вайнсберге, хотим записаться на 17 октября.",
    "Bonjour, j'habite à Weinsberg et je voudrais venir le 17 octobre.",
])
def test_the_town_of_a_workshop_already_held_is_no_wish_beside_one_to_come(body):
    r = read_on(body, AFTER_WEINSBERG)
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_before_the_workshop_the_home_town_is_never_confirmed():
    r = read_on("Hallo, wir wohnen in Weinsberg und möchten am 17.10. nach Brackenheim kommen.",
                "Mon, 04 Sep 2023 10:00:00 +0200")
    assert r.action != "confirm" or r.workshop == "brackenheim"


@pytest.mark.parametrize("body,workshop", [
    ("Bonjour, je m'inscris pour le 26 septembre à Weinsberg. Mon dossier: 17/10-2291.", "weinsberg"),
    ("Hi, please register me for the 26th of September, my case is 19/09-48812.", "weinsberg"),
    ("Hallo, ich komme am 17/10-2023 nach Brackenheim.", "brackenheim"),
])
def test_a_day_and_month_before_a_long_number_is_a_file_number(body, workshop):
    r = read_on(body, "Mon, 04 Sep 2023 10:00:00 +0200")
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body,count", [
    ("Pozdrav, prijavljujem se za 26.9. u Weinsbergu, troje nas dolazi.", 3),
    ("Zdravo, dolazimo 21.9. u Neuenstadt, nas četvero.", 4),
])
def test_the_number_before_or_after_us_is_a_count(body, count):
    assert read_on(body, "Mon, 04 Sep 2023 10:00:00 +0200").attendees == count
