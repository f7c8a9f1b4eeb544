"""People the writer says they will bring ("I'll bring my sister too"): each comes besides the writer, in
any language whose verb of bringing stands before the people (`brings_along`), with short words such as
"also", "too", "with me" between (`along_words`). A registration verb elsewhere in the mail does not make
them people registered without the writer. Wording written for this test."""

import pytest

from tests.unit.test_reading import read

BROUGHT: list[tuple[str, int]] = [
    ("Dobro jutro, prijavljujem se za Weinsberg 26.09. Dovest ću i mamu.", 2),
    ("Dobar dan, dolazim u Neuenstadt 21.09., povest ću i kolegicu s posla.", 2),
    ("Здраво, пријављујем се за 17.10. у Brackenheim, довешћу и брата.", 2),
    ("Добрый вечер, запишите меня на 26.09. в Вайнсберг, приведу с собой дочку.", 2),
    ("Добрий вечір, буду 19.09. в Оффенау, приведу також сина.", 2),
    ("Cześć, zapisuję się na 17.10. do Brackenheim, przyprowadzę też mamę.", 2),
    ("Salut, vin pe 21.09. la Neuenstadt, îl aduc și pe fratele meu.", 2),
    ("Здравейте, идвам на 26.09. в Weinsberg, ще доведа и майка си.", 2),
    ("hi, i come to Weinsberg 26.09, will bring also my cousin", 2),
    ("Chào chị, em đăng ký Weinsberg ngày 26.09, em dẫn theo mẹ em.", 2),
    ("Добрый день, приду 19.09. в Оффенау и приведу двух детей.", 3),
    ("Dzień dobry, będę 21.09. w Neuenstadt, przyprowadzę męża i córkę.", 3),
]


@pytest.mark.parametrize("text,expected", BROUGHT)
def test_people_brought_along_come_besides_the_writer(text, expected):
    r = read(text)
    assert r.action == "confirm"
    assert r.attendees == expected


NOT_BROUGHT: list[tuple[str, int]] = [
    ("Hallo, ich komme am 21.09. nach Neuenstadt, meine Tochter bringe ich aber nicht mit.", 1),
    ("Hello, I'll come to Weinsberg on 26.09., I'll bring the papers for my husband.", 1),
    ("Hi, I will come to Neuenstadt 21.09, I bring a salad for everyone.", 1),
]


@pytest.mark.parametrize("text,expected", NOT_BROUGHT)
def test_nobody_brought_counts_nobody_more(text, expected):
    assert read(text).attendees == expected
