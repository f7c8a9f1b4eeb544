"""Date stage: find_dates(text, events, sent_date) → mentions of the configured events.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.config import load_config
from mailbot.understand.dates import find_dates
from mailbot.understand.text import normalise

EVENTS = load_config(None).events
ALL = {"offenau", "neuenstadt", "weinsberg", "brackenheim"}


def test_example_events_are_what_these_tests_assume():
    assert {e.id: e.day for e in EVENTS} == {
        "offenau": date(2023, 9, 19), "neuenstadt": date(2023, 9, 21),
        "weinsberg": date(2023, 9, 26), "brackenheim": date(2023, 10, 17)}


def mentions(text: str, sent: date | None = None):
    return find_dates(normalise(text), EVENTS, sent)


def single(text: str, sent: date | None = None):
    found = mentions(text, sent)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,event", [
    ("Ich komme am 19.09.", "offenau"),
    ("Anmeldung für den 19.09.2023", "offenau"),
    ("am 21.9.23 bin ich dabei", "neuenstadt"),
    ("Termin 19/9 passt", "offenau"),
    ("ISO: 2023-09-26", "weinsberg"),
    ("am 19. Sept. komme ich", "offenau"),
    ("am 17. Oktober", "brackenheim"),
    ("on September 26th", "weinsberg"),
    ("19 Eylül'de geleceğim", "offenau"),
    ("приду 19 сентября", "offenau"),
    ("۱۹ سپتامبر می‌آیم", "offenau"),
    ("el 21 de septiembre", "neuenstadt"),
    ("am 21. Sepember", "neuenstadt"),
])
def test_dates_in_many_forms_point_to_one_event(text, event):
    m = single(text)
    assert m.kind == "date"
    assert m.events == frozenset({event})


def test_persian_date_after_normalise():
    text = normalise("۱۹ سپتامبر")
    assert text.startswith("19 ")
    assert single(text).events == {"offenau"}


def test_mention_keeps_the_words_of_the_message():
    m = single("Ich nehme den 19. Sept. bitte")
    assert m.text.startswith("19. Sept")


def test_day_word_am_neunzehnten():
    m = single("Ich komme am Neunzehnten")
    assert m.kind == "day"
    assert m.events == {"offenau"}


def test_day_without_month():
    m = single("dann lieber am 26.")
    assert m.kind == "day"
    assert m.events == {"weinsberg"}


def test_date_that_fits_no_event():
    m = single("Geht auch der 28. September?")
    assert m.kind == "date"
    assert m.events == frozenset()
    assert m.fits_none


def test_birthday_with_other_year_is_ignored():
    assert mentions("Ich bin am 26.09.1985 geboren.") == []


def test_date_with_wrong_year_is_ignored_but_event_year_counts():
    assert mentions("Stand: 19.09.2022") == []
    assert single("am 19.09.2023").events == {"offenau"}


@pytest.mark.parametrize("text", ["Beginn ist um 16.45 Uhr", "ab 18.10 Uhr", "bis 20.09 h", "Preis 12.10 €"])
def test_times_and_amounts_are_not_dates(text):
    assert [m for m in mentions(text) if m.kind == "date"] == []


def test_times_next_to_a_date():
    found = mentions("am 21.09. um 16.45 Uhr")
    assert [(m.kind, m.events) for m in found] == [("date", {"neuenstadt"})]


def test_two_dates_two_mentions():
    found = mentions("19.09. oder 26.09.")
    assert [m.events for m in found] == [{"offenau"}, {"weinsberg"}]


# --- weekdays and months ----------------------------------------------------------------------

def test_thursday_is_neuenstadt_only():
    m = single("Donnerstag passt mir am besten")
    assert m.kind == "weekday"
    assert m.events == {"neuenstadt"}


def test_tuesday_fits_three_events():
    m = single("Ich kann nur dienstags")
    assert m.kind == "weekday"
    assert m.events == {"offenau", "weinsberg", "brackenheim"}


def test_weekday_with_no_event():
    m = single("Montag geht")
    assert m.kind == "weekday"
    assert m.events == frozenset()


def test_month_october_is_brackenheim():
    m = single("im Oktober hätte ich Zeit")
    assert m.kind == "month"
    assert m.events == {"brackenheim"}


def test_month_september_is_three_events():
    assert single("im September").events == {"offenau", "neuenstadt", "weinsberg"}


# --- relative to the message's own date --------------------------------------------------------

def test_next_tuesday_relative_to_sent_date():
    # written on Wednesday 20.09.: next Tuesday is the 26th
    m = single("nächsten Dienstag komme ich", sent=date(2023, 9, 20))
    assert m.kind == "relative"
    assert m.events == {"weinsberg"}
    # written on Wednesday 13.09.: next Tuesday is the 19th
    assert single("nächsten Dienstag komme ich", sent=date(2023, 9, 13)).events == {"offenau"}


def test_tomorrow_relative_to_sent_date():
    assert single("Ich komme morgen", sent=date(2023, 9, 18)).events == {"offenau"}
    assert single("Ich komme morgen", sent=date(2023, 9, 20)).events == {"neuenstadt"}
    m = single("Ich komme morgen", sent=date(2023, 9, 22))
    assert m.kind == "relative" and m.fits_none


def test_guten_morgen_is_not_tomorrow():
    assert mentions("Guten Morgen, ich melde mich an", sent=date(2023, 9, 18)) == []


def test_relative_words_need_a_sent_date():
    assert mentions("Ich komme morgen", sent=None) == []


def test_next_week_relative_to_sent_date():
    m = single("nächste Woche bin ich dabei", sent=date(2023, 9, 13))
    assert m.kind == "relative"
    assert m.events == {"offenau", "neuenstadt"}
    assert single("nächste Woche bin ich dabei", sent=date(2023, 9, 20)).events == {"weinsberg"}


# --- positions in our list ----------------------------------------------------------------------

def test_number_two_is_the_second_event():
    m = single("Ich nehme Nummer 2")
    assert m.kind == "ordinal"
    assert m.events == {"neuenstadt"}


def test_last_date_is_the_last_event():
    m = single("Ich nehme den letzten Termin")
    assert m.kind == "ordinal"
    assert m.events == {"brackenheim"}


def test_first_workshop():
    assert single("den ersten Workshop bitte").events == {"offenau"}


def test_number_of_people_is_not_a_position():
    assert [m for m in mentions("Nr. 3 Personen") if m.kind == "ordinal"] == []


def test_text_without_dates():
    assert mentions("Hallo, ich habe eine Frage zur Anfahrt.", sent=date(2023, 9, 12)) == []


@pytest.mark.parametrize("text,event", [
    ("für den 2. Termin", "neuenstadt"),
    ("zum zweiten Termin", "neuenstadt"),
    ("den vierten Termin", "brackenheim"),
])
def test_positions_in_words_and_digits(text, event):
    m = single(text)
    assert m.kind == "ordinal"
    assert m.events == {event}


def test_zum_2_termin_is_the_second_event():
    m = single("Ich melde mich zum 2. Termin an")
    assert m.kind == "ordinal"
    assert m.events == {"neuenstadt"}


def test_colloquial_day_with_ten_suffix():
    m = single("Ich komme am 19ten")
    assert m.events == {"offenau"}


def test_weekday_and_date_together_are_two_mentions():
    found = mentions("Donnerstag, den 21.09.")
    assert {(m.kind, frozenset(m.events)) for m in found} == {
        ("date", frozenset({"neuenstadt"})), ("weekday", frozenset({"neuenstadt"}))}


# --- date shapes of Kurdish, Somali, Pashto, Arabic and the Ethiopic script -----------------------------

@pytest.mark.parametrize("text,event", [
    ("em ê roja 19'ê Îlonê werin", "offenau"),  # Kurmanji: day with 'ê, month with ê ending
    ("ez ê 17ê cotmehê bêm", "brackenheim"),
    ("بۆ ٢١ی ئەیلوول", "neuenstadt"),  # Sorani: Arabic-Indic digits and the izafe ی
    ("لە ١٩ی سێپتەمبەردا", "offenau"),  # … and a month with the ending دا
    ("waan iman karaa 19-ka Sebtember", "offenau"),  # Somali: day with -ka
    ("د سپتمبر په ۲۱ راځم", "neuenstadt"),  # Pashto: month, 'په', day
    ("يوم 21 تشرين الأول", None),  # Arabic month of two words: October, no event on the 21st
    ("يوم 17 تشرين الاول", "brackenheim"),
    ("ቀን 19 ሰፕቴምበር", "offenau"),  # Gregorian month in Ethiopic letters
])
def test_date_shapes_of_more_languages(text, event):
    m = single(text)
    assert m.kind == "date"
    assert m.events == (frozenset({event}) if event else frozenset())


def test_ethiopian_calendar_month_is_not_read_as_a_gregorian_month():
    # መስከረም 26 of the Ethiopian calendar is in October: the name must never give 26 September
    assert not any(m.events for m in mentions("26 መስከረም ክመጽእ እየ"))
    assert not any(m.events for m in mentions("ጥቅምቲ 17"))


def test_arabizi_digits_inside_words_are_no_dates():
    assert mentions("ma3 7ali w 3a2ilti, bdi a3ref iza fi ma7al 3al 2a5er") == []


@pytest.mark.parametrize("text", [
    "يوم الخميس القادم",  # Arabic: "next" after the weekday
    "پنجشنبه آینده",
    "pêncşema bê",
    "Khamiista soo socota",
    "پێنجشەممەی داهاتوو",
    "jeudi prochain",  # French: the word after the weekday too
])
def test_next_after_the_weekday(text):
    # sent on Friday 15.09.: the next Thursday is the 21st (Neuenstadt)
    m = single(text, date(2023, 9, 15))
    assert (m.kind, m.events) == ("relative", frozenset({"neuenstadt"}))


@pytest.mark.parametrize("text", ["marțea viitoare", "martea viitoare", "mardi prochain"])
def test_next_tuesday_said_after_the_weekday(text):
    # sent on Wednesday 13.09.: next Tuesday is the 19th (Offenau), not every Tuesday
    m = single(text, date(2023, 9, 13))
    assert (m.kind, m.events) == ("relative", frozenset({"offenau"}))
# --- date shapes of Chinese, Vietnamese, Hindi/Urdu and Tamil ---------------------------------

@pytest.mark.parametrize("text,event", [
    ("我打算去十月十七号的那场", "brackenheim"),
    ("想参加9 月 21 日的活动", "neuenstadt"),
    ("2023年9月19日我有空", "offenau"),
    ("buoi sang 26 thang 9 em ranh", "weinsberg"),
    ("tôi đi được ngày 17 tháng 10", "brackenheim"),
    ("mình chọn mùng 19", "offenau"),
    ("hum 21 tareekh ko free hain", "neuenstadt"),
    ("मुझे 17 तारीख ठीक लगती है", "brackenheim"),
    ("19-ஆம் தேதி எனக்கு வசதி", "offenau"),
])
def test_asian_date_shapes(text, event):
    found = [m for m in mentions(text) if m.kind in ("date", "day")]
    assert [m.events for m in found] == [{event}]


def test_a_phone_number_with_hao_is_no_day():
    assert [m for m in mentions("我的号码是 0176 5550123，17号码") if m.kind == "day"] == []


def test_chinese_weekday_inside_a_run_of_characters():
    m = single("我只有星期四晚上有时间")
    assert m.kind == "weekday"
    assert m.events == {"neuenstadt"}


def test_chinese_next_weekday_and_next_week_against_the_sent_date():
    # sent Wednesday 13.09.2023: "下周二" is Tuesday 19.09., "下周" the week of 18.09.
    assert single("我想下周二去", date(2023, 9, 13)).events == {"offenau"}
    assert single("下周可以", date(2023, 9, 13)).events == {"offenau", "neuenstadt"}


def test_vietnamese_weekday_without_diacritics():
    m = single("em chi rảnh thu 5 thoi")
    assert m.kind == "weekday"
    assert m.events == {"neuenstadt"}

@pytest.mark.parametrize("text,event", [
    ("a szept. 19. alkalomra", "offenau"),  # Hungarian: abbreviated month, full stop after the day
    ("2023. október 17-én", "brackenheim"),  # Hungarian: year first, case ending after the day
    ("на 21-ви септември", "neuenstadt"),  # Bulgarian ordinal ending
    ("της 26ης Σεπτεμβρίου", "weinsberg"),  # Greek ordinal ending
    ("stis 21 Septemvriou", "neuenstadt"),  # Greek in Latin letters
    ("на 26 sentyabrya", "weinsberg"),  # Russian in Latin letters
    ("do 17 zhovtnia", "brackenheim"),  # Ukrainian in Latin letters
])
def test_date_shapes_with_ordinal_endings_and_latin_letters(text, event):
    found = [m for m in mentions(text) if m.kind == "date"]
    assert [set(m.events) for m in found] == [{event}]


def test_a_month_name_means_what_the_mails_language_says():
    """"listopad" is October in Croatian, November in Polish and Czech."""
    text = normalise("dolazim 17. listopada")
    assert [set(m.events) for m in find_dates(text, EVENTS, None, "hr")] == [{"brackenheim"}]
    assert [set(m.events) for m in find_dates(text, EVENTS, None, "pl")] == [set()]
    assert [set(m.events) for m in find_dates(text, EVENTS, None)] == [set()]


def test_month_abbreviation_with_a_numeric_date_is_still_the_numeric_date():
    found = mentions("Okt. 17.10.")
    assert {m.text for m in found if m.kind == "date"} == {"17.10."}


@pytest.mark.parametrize("text, event", [
    ("Bitte für den 21-9 eintragen", "neuenstadt"),
    ("ich komme am 17-10-2023", "brackenheim"),
])
def test_a_day_and_month_with_a_dash_after_on_the(text, event):
    assert single(text).events == {event}


@pytest.mark.parametrize("text", ["Wir sind 10-12 Personen.", "Geöffnet 16-21 Uhr", "Tel. 994-0"])
def test_a_dash_between_numbers_elsewhere_is_no_date(text):
    assert not [m for m in mentions(text) if m.kind == "date"]
