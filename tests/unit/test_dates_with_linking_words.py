"""Dates written with small words glued to or set between their parts: a word between a
month and its day (Pashto "د اکتوبر د ۱۷ نیټې", "September the 26th"), a Tigrinya weekday with a preposition
glued to it ("ብሓሙስ", "ንሓሙስ", as the Amharic ones)."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


def _read(body):
    return understand(build(body, subject="Workshop"), EVENTS, OFFICE)


@pytest.mark.parametrize("body, town", [
    ("سلام، زه غواړم د اکتوبر د ۱۷ نیټې غونډې ته ورشم.\nمننه، احمد", "brackenheim"),
    ("سلام، موږ غواړو د سپتمبر د ۲۶ نیټې ورکشاپ کې برخه واخلو.\nمننه، زرمینه", "weinsberg"),
    ("Hello, I'd like to come on September the 26th.\nThanks, Sam", "weinsberg"),
])
def test_a_word_between_month_and_day(body, town):
    r = _read(body)
    assert (r.action, r.workshop) == ("confirm", town)


@pytest.mark.parametrize("body", [
    "ሰላም\nብሓሙስ ክመጽእ እደሊ። ኣነ ጥራይ።\nየማነ",
    "ሰላም\nካብ ሓሙስ ንደሊ ንመጽእ ኢና፣ ክልተ ኢና።\nሳባ",
])
def test_a_tigrinya_weekday_with_a_glued_preposition(body):
    r = _read(body)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


def test_a_tigrinya_weekday_three_workshops_share_is_asked():
    r = _read("ሰላም\nብሰሉስ ክመጽእ እደሊ።\nየማነ")
    assert r.action == "clarify" and r.workshop is None
