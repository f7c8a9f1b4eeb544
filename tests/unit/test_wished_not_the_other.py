"""A sentence that names the wished workshop and then rules another out ("den 26., nicht den Donnerstag",
"el martes 26, no el jueves", "26 Eylül Salı, perşembe değil") wishes the first: the negation opens (or
closes) its own part and speaks only for what that part names. Asking whether the change may be made
("¿se puede cambiar?", "czy można zmienić?") is a request the desk fulfils, not a question for staff."""

import pytest

from tests.unit.replyprobe import confirmed
from tests.unit.test_reading import read

NEW = [
    ("de", "Ich möchte mich für Dienstag, den 26.9. anmelden, nicht für den Donnerstag."),
    ("es", "Quiero apuntarme al martes 26 de septiembre, no al jueves."),
    ("en", "Please book me for Tuesday the 26th, not the Thursday."),
    ("tr", "26 Eylül Salı için kayıt olmak istiyorum, perşembe değil."),
]


@pytest.mark.parametrize("lang,body", NEW, ids=[c for c, _ in NEW])
def test_the_part_with_its_own_negation_rules_out_only_its_workshop(lang, body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


CHANGE = [
    ("es", "Disculpen, puse mal el día: es el martes 26, no el jueves. ¿Se puede cambiar?"),
    ("pl", "Przepraszam, pomyliłam się: wtorek 26, nie czwartek. Czy można to zmienić?"),
    ("it", "Scusate, volevo il martedì 26, non il giovedì. È possibile cambiare?"),
]


@pytest.mark.parametrize("lang,body", CHANGE, ids=[c for c, _ in CHANGE])
def test_asking_whether_the_change_may_be_made_changes(lang, body):
    r = confirmed(body, lang, workshop="neuenstadt")
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


def test_a_negation_of_the_whole_sentence_still_covers_the_list():
    r = read("Ich kann leider nicht am 19.9., am 26.9. auch nicht.")
    assert r.action != "confirm", r.reason
