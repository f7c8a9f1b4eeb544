"""An answer to our waiting-list notice that would rather wait and names a line of our list only for
the case that no place frees up ("lieber warten, falls kein Platz frei wird, dann die 3") chooses
nothing yet: staff settle it with the person. Before, the line was taken at once: a wrong
confirmation (and the waiting place given up). A line chosen first, with a fallback after it, is
still a choice."""

import pytest

from tests.unit.replyprobe import waiting

FALLBACK = [
    ("de", "Ich warte lieber auf den Donnerstag. Aber falls kein Platz frei wird, dann bitte die Nummer 3."),
    ("en", "I'd prefer to wait for Thursday, but if nothing frees up, then number 3 would be ok."),
    ("es", "Prefiero esperar al jueves, pero si no se libera ninguna plaza, entonces el número 3."),
    ("pt", "Fico à espera da quinta, mas se não abrir vaga então pode ser o número 3."),
    ("tr", "Perşembeyi beklemek istiyorum, yer açılmazsa o zaman 3 numara olur."),
    ("ru", "Я лучше подожду четверг, а если место не освободится, тогда номер 3."),
    ("pl", "Wolę poczekać na czwartek, ale jeśli nie zwolni się miejsce, to numer 3."),
]


@pytest.mark.parametrize("lang,body", FALLBACK, ids=[c for c, _ in FALLBACK])
def test_a_line_named_for_when_no_place_frees_up_is_for_staff(lang, body):
    r = waiting(body, lang)
    assert r.action == "review", r.reason


@pytest.mark.parametrize("lang,body", [
    ("de", "Dann nehme ich die Nummer 3, sonst warte ich eben."),
    ("en", "Number 3 please, otherwise I will wait."),
], ids=["de", "en"])
def test_a_line_chosen_before_the_fallback_is_taken(lang, body):
    r = waiting(body, lang)
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason
