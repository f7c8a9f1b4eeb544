"""A companion added in an answer to our confirmation: "now my husband is coming too after all". The desk
recounts the registration (one more) instead of handing the mail to staff.

German puts the verb before the subject when another word opens the sentence ("jetzt kommt mein Mann doch
mit", "dann möchte meine Tochter noch mitkommen", "nun ist mein Bruder auch dabei"); that order was not read
as someone coming along. A question ("darf mein Mann auch mitkommen?") stays a question for staff, and
"jetzt kommt mein Mann doch nicht mit" is no one more.
"""

from __future__ import annotations

import pytest

from tests.unit.test_lang_east import read

CONFIRMED = "Donnerstag, 21.09.2023"

JOINS = [
    ("de", "Guten Abend, nun möchte meine Schwester doch noch mitkommen. Viele Grüße"),
    ("de-dabei", "Hallo zusammen, dann ist mein Sohn auch dabei, er hat frei bekommen."),
    ("de-jetzt", "Hallo, inzwischen kommt meine Mutter auch mit.\nLG Erika"),
    ("de-also", "Sehr geehrte Damen und Herren, also kommt unser Nachbar doch noch mit. Danke"),
    ("fr", "Bonsoir, finalement ma sœur vient aussi."),
    ("es", "Buenas tardes, al final mi hijo también viene."),
    ("it", "Buonasera, alla fine viene anche mio marito."),
    ("ru", "Добрый вечер, теперь моя сестра тоже придёт."),
    ("pl", "Dobry wieczór, jednak moja córka też przyjdzie."),
    ("en", "Good evening, my brother is coming along too now."),
]


@pytest.mark.parametrize("lang,text", JOINS, ids=[j[0] for j in JOINS])
def test_a_companion_joining_later_is_one_more(config, lang, text):
    reading = read(text, reply_to_our_confirmation=CONFIRMED, config=config)
    assert (reading.action, reading.workshop, reading.attendees) == ("confirm", "neuenstadt", 2), reading.reason


def test_a_question_whether_a_companion_may_come_is_for_staff(config):
    reading = read("Guten Tag, darf meine Schwester auch mitkommen?", reply_to_our_confirmation=CONFIRMED, config=config)
    assert reading.action == "review"


def test_a_companion_who_does_not_come_after_all_is_not_one_more(config):
    reading = read("Hallo, jetzt kommt meine Schwester doch nicht mit.", reply_to_our_confirmation=CONFIRMED,
                   config=config)
    assert reading.attendees != 2 and reading.action != "confirm"


def test_a_companion_who_maybe_comes_is_not_counted(config):
    reading = read("Hallo, vielleicht kommt mein Schwager noch mit, das sagt er Ihnen dann selbst.",
                   reply_to_our_confirmation=CONFIRMED, config=config)
    assert reading.attendees != 2
