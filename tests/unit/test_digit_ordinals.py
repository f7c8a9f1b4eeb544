"""A digit with its language's ordinal ending ("2ኛው", "3-й", "2ème", "el 2º", "το 3ο") answering our
numbered list chooses that line, as "the second" does. Before, the digit glued to its ending was read
as no number at all and the answer went to staff."""

import pytest

from tests.unit.replyprobe import IDS, answer

ANSWERS = [
    ("am", "4ኛው ይሻለኛል", "brackenheim"),
    ("ru", "Давайте 3-й.", "weinsberg"),
    ("fr", "Le 2ème svp", "neuenstadt"),
    ("es", "Mejor el 3º, gracias", "weinsberg"),
    ("el", "Το 2ο μας βολεύει.", "neuenstadt"),
    ("pt", "Pode ser o 4º.", "brackenheim"),
]


@pytest.mark.parametrize("lang,body,workshop", ANSWERS, ids=[c for c, _, _ in ANSWERS])
def test_a_digit_with_an_ordinal_ending_chooses_its_line(lang, body, workshop):
    r = answer(body, "clarify", lang, options=tuple(IDS))
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason
