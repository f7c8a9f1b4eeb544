""""Two adults and a baby", "dos adultos y un bebé": a baby or infant counts as a person coming, joined to
the count said before it (the `kin` words name babies too, in each language that has a word for them).
An age beside the baby ("of 8 months") is no count."""

from __future__ import annotations

import pytest

from mailbot.understand.answers import head_count
from mailbot.understand.people import count_attendees
from mailbot.understand.text import normalise


@pytest.mark.parametrize("lang,text,n", [
    ("de", "Wir wären 3 Erwachsene und ein Baby (4 Monate).", 4),
    ("es", "Vamos 3 adultos y un bebé de un año.", 4),
    ("fr", "Nous serons 2 adultes et un bébé de 6 mois.", 3),
    ("pt", "Somos 2 adultos e um bebê pequeno.", 3),
    ("it", "Veniamo in 2 adulti e un neonato.", 3),
    ("tr", "3 yetişkin ve bir bebek geleceğiz.", 4),
    ("hr", "Dolazimo 2 odrasle osobe i jedna beba.", 3),
    ("el", "Θα έρθουμε 2 ενήλικες και ένα μωρό.", 3),
    ("hu", "2 felnőtt és egy baba jön.", 3),
])
def test_adults_and_one_baby_count_together(lang, text, n):
    text = normalise(text)
    assert count_attendees(text, "", [], lang).count == n
    assert head_count(text, lang) == n


@pytest.mark.parametrize("lang,text", [
    ("de", "Gibt es einen Wickelraum für ein Baby?"),
    ("en", "Is there a room where I can feed my baby?"),
])
def test_a_baby_in_a_question_gives_no_count(lang, text):
    assert head_count(normalise(text), lang) in (None, 1, 2)
