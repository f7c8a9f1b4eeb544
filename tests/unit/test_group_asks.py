"""A class or a group registering: "we are 14 learners + me", "15 élèves et moi" counts the writer too; and a
group of ten or more that asks something beside its registration ("is that possible?", "is there room for us
all?") goes to staff: whether a workshop suits a whole class is theirs to say, a confirmation would answer it
without anyone having looked. A small party asking "geht das?" is still confirmed, and so is a large group
that asks nothing.
"""

from __future__ import annotations

import pytest

from tests.unit.test_lang_east import read

PLUS_ME = [
    ("de", "Guten Tag, am 21.9. kommen wir nach Neuenstadt: 14 Kursteilnehmerinnen + ich.", 15),
    ("en", "Hello, for 21 September in Neuenstadt we will be 9 learners plus me.", 10),
    ("fr", "Bonjour, pour le 21 septembre à Neuenstadt nous serons 13 stagiaires et moi.", 14),
    ("es", "Hola, el 21 de septiembre en Neuenstadt seremos 16 alumnas + yo.", 17),
    ("it", "Buongiorno, il 21 settembre a Neuenstadt saremo 12 corsisti e io.", 13),
]


@pytest.mark.parametrize("lang,text,count", PLUS_ME, ids=[p[0] for p in PLUS_ME])
def test_the_writer_after_a_group_counts_too(config, lang, text, count):
    reading = read(text, config=config)
    assert reading.workshop == "neuenstadt" and reading.attendees == count, reading.reason


def test_the_writer_as_subject_of_a_new_clause_is_not_added(config):
    reading = read("Hallo, wir sind 3 und ich komme am 21.9. nach Neuenstadt mit meinen zwei Söhnen.", config=config)
    assert reading.attendees == 3


GROUP_ASKS = [
    ("de", "Hallo, ich leite einen Sprachkurs und würde am 26.9. mit 15 Teilnehmenden nach Weinsberg kommen. "
           "Ist das in Ordnung?"),
    ("en", "Dear team, our youth club would like to join on 26 September in Weinsberg, 18 people in all. "
           "Do you have room for all of us?"),
    ("ru", "Здравствуйте, мы хотим прийти 26 сентября в Вайнсберг всей группой, нас 12 человек. Это возможно?"),
]


@pytest.mark.parametrize("lang,text", GROUP_ASKS, ids=[g[0] for g in GROUP_ASKS])
def test_a_large_group_that_asks_goes_to_staff(config, lang, text):
    reading = read(text, config=config)
    assert reading.action == "review" and reading.workshop == "weinsberg", reading.reason


@pytest.mark.parametrize("text", [
    "Hallo, ich komme am 26.9. mit meiner Frau nach Weinsberg. Geht das?",
    "Hallo, am 26.9. kommen wir nach Weinsberg, insgesamt 15 Personen aus unserem Kurs.",
], ids=["two-ask", "group-tells"])
def test_a_small_party_asking_or_a_group_telling_is_confirmed(config, text):
    assert read(text, config=config).action == "confirm"
