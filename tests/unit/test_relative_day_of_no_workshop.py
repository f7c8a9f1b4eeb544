"""A day counted from the mail's date that has no workshop, beside a town, is asked back, never confirmed.

"Next Tuesday", "tomorrow", "Tuesday in two weeks" name one day. Where that day holds no workshop and the
same request names a town whose workshop falls on another day, date and town disagree: the desk asks which
one is meant (a clarify), as it does for a written date of no workshop. Where the day counted is the
workshop's day, the registration stands.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from mailbot.understand.result import Reading
from tests.unit.test_reading import read as read_mail

MON_4_SEP = "Mon, 04 Sep 2023 18:05:00 +0200"   # next Tuesday: 5 Sep, next Thursday: 7 Sep (no workshops)
WED_13_SEP = "Wed, 13 Sep 2023 18:05:00 +0200"  # next Tuesday: 19 Sep (Offenau), next Thursday: 21 Sep
MON_18_SEP = "Mon, 18 Sep 2023 18:05:00 +0200"  # tomorrow: 19 Sep (Offenau)
TUE_19_SEP = "Tue, 19 Sep 2023 08:05:00 +0200"  # tomorrow: 20 Sep (no workshop)


def read(body: str, date: str) -> Reading:
    return read_mail(body, subject="Workshop", date=date, sender="Jonas Weber <jonas.weber@example.org>")


# (language, body naming a weekday counted from the mail's date and a town, the town's workshop)
NEXT_TUESDAY = [
    ("en", "Hi, please sign me up for next Tuesday in Weinsberg. Thanks", "weinsberg"),
    ("de", "Hallo, bitte melden Sie mich für nächsten Dienstag in Offenau an. Danke", "offenau"),
    ("fr", "Bonjour, inscrivez-moi pour mardi prochain à Weinsberg s'il vous plaît.", "weinsberg"),
    ("es", "Hola, quiero inscribirme para el próximo martes en Offenau. Gracias", "offenau"),
    ("it", "Buongiorno, vorrei iscrivermi per martedì prossimo a Weinsberg. Grazie", "weinsberg"),
]


@pytest.mark.parametrize("language,body,town", NEXT_TUESDAY, ids=[x[0] for x in NEXT_TUESDAY])
def test_next_weekday_of_no_workshop_beside_a_town_is_asked(language, body, town):
    r = read(body, MON_4_SEP)
    assert r.action == "clarify", (language, r.action, r.workshop, r.reason)


def test_next_weekday_that_is_the_towns_day_is_confirmed():
    r = read("Hallo, bitte melden Sie mich für nächsten Dienstag in Offenau an. Danke", WED_13_SEP)
    assert (r.action, r.workshop) == ("confirm", "offenau"), r.reason


@pytest.mark.parametrize("language,body", [
    ("en", "Hello, I'd like to register for tomorrow in Neuenstadt."),
    ("de", "Guten Morgen, ich möchte mich für morgen in Neuenstadt anmelden."),
])
def test_tomorrow_of_no_workshop_beside_a_town_is_asked(language, body):
    r = read(body, TUE_19_SEP)
    assert r.action == "clarify", (language, r.action, r.workshop, r.reason)


def test_tomorrow_that_is_the_workshop_day_is_confirmed():
    r = read("Guten Abend, ich möchte mich für morgen in Offenau anmelden.", MON_18_SEP)
    assert (r.action, r.workshop) == ("confirm", "offenau"), r.reason


def test_a_day_counted_outside_the_request_blocks_nothing():
    # "tomorrow" in a sentence that asks for nothing: the registration for the 26th stands
    r = read("Guten Tag, ich melde mich für den 26.09. in Weinsberg an. Morgen bin ich leider nicht erreichbar.",
             TUE_19_SEP)
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


def test_a_miscounted_day_alone_in_the_subject_blocks_no_date_in_the_text():
    # "the day after tomorrow" counted from Monday 4 Sep is no workshop day; the text names its date plainly
    r = read_mail("Dobar dan, prijavljujem se za radionicu u četvrtak, 21.9. Dolazim s mužem.",
                  subject="Prijava za prekosutra", date=MON_4_SEP, sender="Ana Horvat <ana.horvat@example.org>")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt"), r.reason


@pytest.mark.parametrize("body,workshop", [
    ("Dobro jutro, prijava za Neuenstadt 21.9., dolazimo nas dvoje.", "neuenstadt"),
    ("Dobro jutro! Želim doći u Brackenheim 17.10.", "brackenheim"),
])
def test_a_tomorrow_word_inside_a_greeting_is_no_day(body, workshop):
    # "jutro" is Polish "tomorrow", but "Dobro jutro" is the Croatian, Bosnian and Serbian "good morning"
    r = read(body, TUE_19_SEP)
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason

