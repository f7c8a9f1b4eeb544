"""Weekdays written in Arabizi ('yawm al khamees', 'nhar el 5mis'), in Latin-letter Russian, Ukrainian and Greek
('vo vtornik', 'na chetver', 'tin Pempti') and misspelt ('Donnerstg', 'Thrusday', 'perşenbe',
'četrtak') name the workshop on that weekday when exactly one falls on it; a misspelling near a number word
('o czwartej', at four o'clock) is no weekday."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build

SENT = "Tue, 12 Sep 2023 07:50:00 +0200"


def read(body: str):
    return understand(build(body, subject="Workshop", date=SENT), EVENTS, OFFICE)


@pytest.mark.parametrize("body,workshop", [
    ("Salam 3likom, bghit nji nhar el 5mis inchallah", "neuenstadt"),
    ("Marhaba, bidi ije yawm al khamees ma3 zawjti", "neuenstadt"),
    ("salam, ana jaye el thalatha fi Offenau", "offenau"),
    ("Zdravstvujte, ja pridu vo vtornik v Weinsberg", "weinsberg"),
    ("Dobryj den, zapyshit mene na chetver, diakuju", "neuenstadt"),
    ("Kalispera, tha erthw tin Pempti, efxaristw", "neuenstadt"),
    ("Guten Tag ich komme am Donnerstg mit meiner Frau", "neuenstadt"),
    ("Hello, I will attend on Thrusday, thanks", "neuenstadt"),
    ("hi i come thursdy ok", "neuenstadt"),
    ("Selam, perşenbe günü geleceğim", "neuenstadt"),
    ("Bok, dolazim u četrtak", "neuenstadt"),
])
def test_the_one_workshop_on_that_weekday(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body", [
    "Hallo, ich komme am Dienstga.",  # three workshops on a Tuesday
    "Hi, I come on Tuesdey.",
])
def test_a_misspelt_tuesday_still_asks_which(body):
    r = read(body)
    assert r.action == "clarify" and set(r.candidates) == {"offenau", "weinsberg", "brackenheim"}


def test_a_number_word_near_a_weekday_is_no_weekday():
    r = read("Dzień dobry, przyjdę 26.09 o czwartej.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")
