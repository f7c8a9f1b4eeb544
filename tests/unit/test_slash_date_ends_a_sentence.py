"""A full stop after a date written with a slash ends the sentence.

"19.09." carries its own dots, so a full stop after a dotted date ends no sentence unless a new one plainly
begins. "26/09" has none: the full stop after it is the sentence's end, so a negation in the next sentence
("she has no e-mail") does not negate the wish before it.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read

WISHES = [
    ("pt", "Bom dia, quero me inscrever para o dia 21/09. Levo minha cunhada, ela não usa internet.", "neuenstadt"),
    ("es", "Hola, me apunto para el 26/9. Viene también mi vecino, que no tiene correo.", "weinsberg"),
    ("it", "Salve, mi iscrivo per il 19/09. Porto anche mia madre, lei non ha un indirizzo e-mail.", "offenau"),
    ("en", "Hi, please register me for 17/10. My uncle joins me, he doesn't have e-mail.", "brackenheim"),
]


@pytest.mark.parametrize("language,body,wid", WISHES, ids=[w[0] for w in WISHES])
def test_a_negation_after_a_slash_date_leaves_the_wish(language, body, wid):
    r = read(body, subject="inscrição", sender="Rui Costa <rui.costa@example.org>")
    assert (r.action, r.workshop) == ("confirm", wid), (language, r.action, r.reason)


def test_a_dotted_date_still_keeps_its_sentence():
    r = read("Ich melde mich für den 26.09. an, meine Frau kommt nicht mit.", subject="Anmeldung")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 1), r.reason
