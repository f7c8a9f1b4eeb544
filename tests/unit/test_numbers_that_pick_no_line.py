"""Numbers in an answer to our numbered list that count things or occasions pick no line: "we have 2
dates in mind", "2 Termine", "this is the second time I write", "第二次". A number with the list word
whole ("Nummer 2", "2. Termin", "2 numaralı") and an ordinal alone ("den zweiten bitte") still pick."""

import pytest

from tests.unit.test_unseen_kinds12 import done_answering_list


@pytest.mark.parametrize("body", [
    "Hallo, uns gehen 2 Termine durch den Kopf, der 21. oder der 26., welcher ist weniger voll?",
    "Hi, there are 3 dates that could work for us, which of them still has seats?",
    "Hello, I am writing for the 2nd time now, could someone answer me?",
    "Guten Tag, ich schreibe Ihnen heute schon zum zweiten Mal, bitte antworten Sie.",
    "Merhaba, size ikinci kez yazıyorum, bir cevap alabilir miyim?",
    "Здравствуйте, пишу вам уже второй раз, ответьте пожалуйста.",
    "Bonjour, c'est la deuxième fois que je vous écris, merci de me répondre.",
    "你好，这是我第二次给你们写信了，请回复。",
])
def test_numbers_that_count_things_or_occasions_pick_no_line(body):
    r = done_answering_list(body)
    assert r.action != "confirm"


@pytest.mark.parametrize("body,workshop", [
    ("Nummer 2 bitte", "neuenstadt"),
    ("2. Termin bitte, danke", "neuenstadt"),
    ("3 numaralı olsun lütfen", "weinsberg"),
    ("Den dritten nehme ich gern", "weinsberg"),
    ("the second one please", "neuenstadt"),
])
def test_a_line_picked_by_its_number_is_still_picked(body, workshop):
    r = done_answering_list(body)
    assert (r.action, r.workshop) == ("confirm", workshop)
