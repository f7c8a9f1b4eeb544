"""A registration of "my family", "ma famille", "ailemi", "мою семью" as the object of the verb ("please enrol my
family for …") says that several people come but not how many: the desk asks how many, as it does for
"mit meiner Familie" (``with_unnumbered``), instead of confirming one seat. Where the number is said beside it,
the people were named one by one ("… also die ganze Familie" sums them up), or the family stays at home, nothing
is asked."""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read

ASKS = [
    ("de", "Guten Abend, tragen Sie bitte unsere Familie für Brackenheim am 17. Oktober ein."),
    ("en", "Hi, please sign up our family for Brackenheim, 17 October. Thanks"),
    ("fr", "Bonsoir, pouvez-vous noter ma famille pour Brackenheim le 17 octobre. Merci"),
    ("es", "Buenas tardes, apunten por favor a mi familia para Brackenheim el 17 de octubre."),
    ("tr", "İyi akşamlar, ailemi 17 Ekim Brackenheim için listeye yazar mısınız lütfen. Teşekkürler"),
    ("ru", "Добрый вечер, внесите, пожалуйста, нашу семью в список на 17 октября, Бракенхайм."),
    ("pl", "Dobry wieczór, proszę wpisać naszą rodzinę na 17 października do Brackenheim."),
    ("sq", "Mirëmbrëma, ju lutem regjistroni familjen time për 17 tetor në Brackenheim."),
]


@pytest.mark.parametrize("lang,text", ASKS, ids=[a[0] for a in ASKS])
def test_a_family_enrolled_without_a_number_is_asked_how_many(lang, text):
    reading = read(text)
    assert reading.action == "confirm" and reading.workshop == "brackenheim", reading.reason
    assert "count_unsaid" in reading.flags, (reading.attendees, reading.evidence)


@pytest.mark.parametrize("text,count", [
    ("Guten Abend, tragen Sie bitte unsere Familie für Brackenheim am 17. Oktober ein, wir sind zu fünft.", 5),
    ("Hi, I'll come to Brackenheim on 17 October on my own, my family stays at home.", 1),
], ids=["number-said", "family-stays-home"])
def test_a_family_with_its_number_or_staying_home_is_not_asked(text, count):
    reading = read(text)
    assert reading.attendees == count and "count_unsaid" not in reading.flags, reading.evidence


def test_the_whole_family_summing_up_the_people_named_is_not_asked():
    reading = read("Hallo, am 17.10. in Brackenheim kommen meine Frau, ich und unsere Tochter, also die ganze Familie.")
    assert "count_unsaid" not in reading.flags and reading.attendees == 3, reading.evidence
