"""A word of changing ("instead", "stattdessen", "invece") inside a question for staff that names
no workshop ("could I send my ideas by email instead?") changes no registration: the towns the
writer finds hard to reach are no wish, and the mail goes to staff, not a which-date question."""

import pytest

from tests.unit.test_reading import read
from tests.unit.test_unseen_kinds14 import done


@pytest.mark.parametrize("body", [
    "Hello, Weinsberg and Neuenstadt are both too far for me without a car. Could I follow the workshop online instead?",
    "Hallo, Offenau und Brackenheim sind für mich ohne Auto schwer erreichbar. Kann ich stattdessen online teilnehmen?",
    "Buongiorno, arrivare a Weinsberg o a Neuenstadt per me è difficile. Posso partecipare online invece?",
])
def test_instead_inside_a_question_for_staff_is_no_change(body):
    r = done(body)
    assert r.action == "review" and r.intent != "change"


def test_a_change_asked_beside_a_question_for_staff_is_still_a_change():
    r = read("Guten Tag, ich bin für Weinsberg angemeldet. Kann ich stattdessen nach Brackenheim am 17.10. kommen, "
             "und gibt es dort Parkplätze?")
    assert r.intent == "change"
