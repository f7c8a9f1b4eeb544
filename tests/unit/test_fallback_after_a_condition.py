"""An answer to our waiting-list notice that stays on the list and names a date only for the case that
no place frees up in time ("if by Monday there is still nothing, then the 17th") chooses nothing yet:
the words between "if" and the date may be many ("by the end of next week", "until Friday"), and the
date may be named by day and month, not by the number of a line. Staff settle it with the person; a
confirmation now would give up the waiting place the writer asked to keep."""

import pytest

from tests.unit.replyprobe import waiting

LATER = [
    ("de", "Wir bleiben auf der Warteliste. Falls bis Ende nächster Woche immer noch nichts frei ist, "
           "könnten Sie uns dann für den 17. Oktober eintragen?"),
    ("en", "Keep us on the waiting list please. If by the weekend there is still no spot, could you put "
           "us down for October 17?"),
    ("ro", "Rămânem pe listă. Dacă nici până la sfârșitul săptămânii nu apare un loc, atunci 17 octombrie."),
    ("fr", "On reste sur la liste d'attente. Si d'ici lundi aucune place ne se libère, vous pouvez nous "
           "mettre le 17 octobre ?"),
    ("it", "Restiamo in lista d'attesa. Se entro lunedì non si libera nessun posto, ci può mettere il 17 ottobre?"),
    ("ru", "Остаёмся в листе ожидания. Если до понедельника место так и не освободится, запишите нас на 17 октября."),
    ("pl", "Zostajemy na liście. Jeżeli do piątku nic się nie zwolni, proszę nas wpisać na 17 października."),
]


@pytest.mark.parametrize("lang,body", LATER, ids=[c for c, _ in LATER])
def test_a_date_named_for_when_no_place_frees_up_in_time_is_for_staff(lang, body):
    r = waiting(body, lang)
    assert r.action == "review", r.reason


@pytest.mark.parametrize("lang,body", [
    ("de", "Dann lieber gleich den 17. Oktober, wenn es dort noch Plätze gibt."),
    ("en", "Please move us to October 17 instead."),
    ("it", "Allora preferiamo il 17 ottobre, grazie."),
], ids=["de", "en", "it"])
def test_a_date_chosen_outright_is_taken(lang, body):
    r = waiting(body, lang)
    assert (r.action, r.workshop) == ("confirm", "brackenheim"), r.reason
