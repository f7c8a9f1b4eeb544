"""The writer named in the middle of a list of the people who come, after a comma, the list going on after
"and" ("meine Frau, ich und unsere Tochter", "my husband, me and our two sons", "eşim, ben ve kızım"): the
relatives before the writer count as well as those after (they were left out: one person too few)."""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read

MIDDLE = [
    ("de", "Guten Tag, für Offenau am 19.9. melden wir uns an: meine Schwester, ich und mein Neffe.", 3),
    ("en", "Hi, please book Offenau on 19 September for my mother, me and my two daughters.", 4),
    ("fr", "Bonjour, inscription pour Offenau le 19 septembre : ma voisine, moi et son fils.", 3),
    ("tr", "Merhaba, 19 Eylül Offenau için kayıt: annem, ben ve oğlum.", 3),
    ("es", "Hola, para Offenau el 19 de septiembre vamos mi cuñada, yo y mi hija.", 3),
]


@pytest.mark.parametrize("lang,text,count", MIDDLE, ids=[m[0] for m in MIDDLE])
def test_the_people_before_the_writer_count_too(lang, text, count):
    reading = read(text)
    assert reading.workshop == "offenau" and reading.attendees == count, reading.evidence


def test_a_comma_before_the_writer_that_starts_a_new_clause_adds_nobody():
    reading = read("Guten Tag, meine Frau ist krank, ich und mein Sohn kommen am 19.9. nach Offenau.")
    assert reading.attendees == 2, reading.evidence
