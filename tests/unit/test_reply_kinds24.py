"""Kinds found by conversation table 24: a day of the month with its article answering our
numbered list ("il 21 va bene"), and thanks answering a confirmation that address the reader
and name the place ("cảm ơn chị nhiều, hẹn gặp ở …") — no reply needed."""

import pytest

from mailbot.understand.courtesy import only_courtesy
from tests.unit.test_answers import answer

ALL_FOUR = ("> 1. Dienstag, 19. September 2023, 16:45–21:00 Uhr, Kulturforum Saline, Offenau\n"
            "> 2. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt\n"
            "> 3. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg\n"
            "> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum Brackenheim, Brackenheim\n")
LAST_TWO = ("> 3. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg\n"
            "> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum Brackenheim, Brackenheim\n")


@pytest.mark.parametrize("text,choice", [
    ("Per me il 26 andrebbe bene, grazie", "weinsberg"),
    ("Am 17 passt es uns am besten.", "brackenheim"),
    ("El 19 me viene mejor. Saludos", "offenau"),
    ("Le 21 nous convient, merci", "neuenstadt"),
])
def test_a_day_of_the_month_alone_picks_the_one_listed_workshop_on_that_day(config, text, choice):
    got = answer(text, ALL_FOUR, config)
    assert got.choice == choice and not got.ambiguous


@pytest.mark.parametrize("text", [
    "Il 21 va bene",  # the 21st is no longer in the quoted list
    "Am 20 kann ich leider nicht",  # no workshop on the 20th
])
def test_a_day_no_listed_workshop_has_is_no_choice(config, text):
    assert answer(text, LAST_TWO, config).choice is None


def test_a_count_or_a_sum_after_the_article_is_no_day(config):
    assert answer("Wir sind dann am Ende 21 Personen", ALL_FOUR, config).choice is None
    assert answer("Il 19 euro di parcheggio?", ALL_FOUR, config).choice is None


@pytest.mark.parametrize("text", [
    "Cảm ơn chị nhiều lắm, hẹn gặp chị ở Offenau nhé!",
    "Dạ cảm ơn các anh chị, hẹn gặp lại tại Brackenheim.",
    "Thank you both so much, see you in Neuenstadt then!",
    "Ganz herzlichen Dank an euch, bis dann in Weinsberg!",
])
def test_thanks_to_the_reader_with_the_place_are_courtesy(text):
    assert only_courtesy(text, sender="Rosa Martini", coming=True)


@pytest.mark.parametrize("text", [
    "Cảm ơn chị nhiều, nhưng em muốn đổi sang Offenau",
    "Cảm ơn anh, em phải hủy đăng ký",
    "Thank you all so much, but we need to cancel",
    "Cảm ơn chị, cho em hỏi có chỗ đậu xe không?",
])
def test_thanks_with_a_wish_or_a_question_are_not_courtesy(text):
    assert not only_courtesy(text, sender="Rosa Martini", coming=True)


def _days(text: str, config) -> set[str]:
    from mailbot.understand.dates import find_dates
    from mailbot.understand.text import normalise
    return {e for m in find_dates(normalise(text), config.events, None) if m.kind in ("day", "date", "weekday")
            for e in m.events}


@pytest.mark.parametrize("text,event", [
    ("Bize en iyi 19'u uyar", "offenau"),       # Turkish: the day with its case ending after an apostrophe
    ("17'si de olabilir", "brackenheim"),
    ("برای من ۲۱ام بهتر است", "neuenstadt"),      # Persian ordinal ending
    ("Dolazim dana 19.", "offenau"),             # Croatian "on the day …"
    ("Vij më 17, faleminderit", "brackenheim"),  # Albanian "on the …"
    ("Më mirë e enjtja", "neuenstadt"),           # Albanian Thursday, definite form
])
def test_a_day_of_the_month_in_more_languages(config, text, event):
    assert _days(text, config) == {event}


@pytest.mark.parametrize("text", [
    "Çocuklardan 2'si gelecek",  # Turkish "two of them": no day
    "Çocuklardan 3'ü geliyor",
    "Kemi 2 fëmijë dhe do vijmë më vonë",
])
def test_small_numbers_with_endings_are_no_day(config, text):
    assert not _days(text, config)


@pytest.mark.parametrize("text", [
    "Mulțumesc mult, ne vedem pe 17!",   # Romanian "see you on the 17th"
    "Faleminderit, shihemi më 19!",      # Albanian
    "Cảm ơn anh, hẹn gặp vào ngày 21 nhé",  # Vietnamese
])
def test_thanks_and_see_you_on_a_day_are_courtesy(text):
    assert only_courtesy(text, sender="Rosa Martini", coming=True)
