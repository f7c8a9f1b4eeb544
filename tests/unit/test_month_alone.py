"""A month named alone where the writer wishes to come ('im Oktober', 'in October', 'ekim'de', 'в октябре',
'w październiku', 'în octombrie', 'u listopadu', 'v zhovtni') names the one workshop of that month while it is
still to come; a month of three workshops (September) is asked back, and a month said of something else
('im Oktober bin ich im Urlaub') chooses nothing."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build

SENT = "Thu, 07 Sep 2023 16:20:00 +0200"


def read(body: str, date: str = SENT):
    return understand(build(body, subject="Anmeldung Workshop", date=date), EVENTS, OFFICE)


@pytest.mark.parametrize("body", [
    "Sehr geehrte Damen und Herren, ich würde gern im Oktober an dem Workshop teilnehmen.",
    "Hi, October would suit me, please sign me up.",
    "Merhaba, ekim ayında workshopa katılmak istiyorum.",
    "Здравствуйте, я бы хотела прийти в октябре.",
    "Dzień dobry, chciałabym się zapisać w październiku.",
    "Bună ziua, vreau să particip în octombrie.",
    "Pozdrav, volio bih doći u listopadu na radionicu.",
    "Dobryj den, khochu pryjty v zhovtni, diakuju.",
    "Добрий день, я хочу прийти в жовтні.",
    "Bonjour, je souhaite participer en octobre.",
    "Buenas tardes, me gustaría ir en octubre.",
    "مرحبا، أود المشاركة في شهر أكتوبر.",
])
def test_the_one_workshop_of_the_month(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_a_month_of_three_workshops_is_asked_back():
    r = read("Hallo, ich möchte gern im September kommen, Anmeldung bitte.")
    assert r.action == "clarify" and set(r.candidates) == {"offenau", "neuenstadt", "weinsberg"}


@pytest.mark.parametrize("body", [
    "Hallo, im Oktober bin ich leider im Urlaub.",
    "Hello, in October I am on holiday, so I cannot come.",
])
def test_a_month_said_of_something_else_confirms_nothing(body):
    assert read(body).action != "confirm"


def test_a_month_whose_workshop_was_held_confirms_nothing():
    r = read("Hallo, ich komme gern im Oktober.", "Thu, 19 Oct 2023 09:00:00 +0200")
    assert r.action != "confirm"


def test_the_month_of_a_holiday_beside_a_wished_date():
    r = read("Hallo, im Oktober bin ich verreist, darum komme ich am 26.9.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")
