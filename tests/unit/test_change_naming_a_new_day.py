"""A new mail that gives up one day and names another is a change, never a cancellation.

"I can't come on the 21st, put me in the 26th one": the day given up is negated, the new day is the wish. Where
the language files read the new day ("26 wale mein", Hindustani for "in the one of the 26th"; "daal dein", "put
me in") the change is confirmed; where no rule reads the number, a bare number that is another workshop's day
beside the day given up keeps the mail from being a cancellation: staff read it. A number glued to a word is
read as a whole word only ("2 kolegów", two colleagues, is no "2 ko", the 2nd).

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023; mails dated Wed 13.09.2023.
"""

from __future__ import annotations

import pytest

from mailbot.understand.result import Reading
from tests.unit.test_reading import read as read_mail


def read(body: str) -> Reading:
    return read_mail(body, subject="workshop", date="Wed, 13 Sep 2023 20:10:00 +0200",
                     sender="Sana Malik <sana.malik@example.org>")


# (language, body, the new workshop): the day given up, then the new one named as "the one of the …"
READ_CHANGES = [
    ("ur", "Salam, main 19 ko nahi aa sakti, mujhe 26 wale mein daal dein. Meherbani", "weinsberg"),
    ("ur", "ہم 21 کو نہیں آ سکتے، ہمیں 26 والے میں ڈال دیں۔ شکریہ", "weinsberg"),
    ("hi", "Namaste, 26 ko main nahi aa paunga, mujhe 19 wale mein shamil kar dein. Dhanyavaad", "offenau"),
    ("hi", "नमस्ते, मैं 19 को नहीं आ सकता, कृपया मुझे 21 वाले में डाल दीजिए।", "neuenstadt"),
]


@pytest.mark.parametrize("language,body,new", READ_CHANGES, ids=[f"{x[0]}-{x[2]}" for x in READ_CHANGES])
def test_a_day_given_up_and_a_new_one_named_is_a_change(language, body, new):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", new), (language, r.intent, r.action, r.workshop, r.reason)


# a bare number that no rule reads as a day, beside the day given up in its sentence: no cancellation
UNREAD_NEW_DAY = [
    ("en", "Hello, I can't come on the 21st but maybe 26 works for me, thanks"),
    ("en", "I can't make the 21st, 17 would work though."),
    ("es", "Hola, no puedo ir el 21, mejor 26 si se puede."),
    ("ur", "Salam, main 21 ko nahi aa sakta, mujhe 26 zarur chahiye."),
]


@pytest.mark.parametrize("language,body", UNREAD_NEW_DAY, ids=[x[0] for x in UNREAD_NEW_DAY])
def test_another_workshop_day_beside_the_day_given_up_is_no_cancellation(language, body):
    r = read(body)
    assert r.action != "cancel", (language, r.intent, r.action, r.workshop, r.reason)


@pytest.mark.parametrize("body", [
    "Bitte stornieren Sie meine Anmeldung für den 21.09., wir waren 2 Personen.",
    "Please cancel my place on the 26th. Best regards, Baker Street 19",
])
def test_a_plain_cancellation_stays_one(body):
    r = read(body)
    assert r.action == "cancel", (r.action, r.reason)


def test_a_count_glued_to_its_noun_is_no_day():
    r = read("Dzień dobry, zapisuję siebie i 2 koleżanki na 26.09. Razem 3 osoby.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason
