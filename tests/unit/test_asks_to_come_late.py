""""May I come a bit late?" / "can I leave earlier?" is a question staff answer (the workshop's
programme, the room), not a request the desk can fulfil: it goes to staff in every language. Before,
the words of coming ("darf ich … kommen", "a mund të vij") made it a registration without a date, and
the writer, already registered, was asked "which date?"."""

import pytest

from tests.unit.test_reading import read

LATE = [
    ("de", "Ich bin für den 26.9. angemeldet. Ich arbeite bis 17 Uhr – darf ich etwas später kommen?"),
    ("en", "I'm booked for the 19th in Offenau. Would it be a problem if I arrive late, about 6 pm?"),
    ("ru", "Я записана на 21 сентября. Можно опоздать минут на тридцать?"),
    ("tr", "17 Ekim'e kayıtlıyım. İşten dolayı biraz geç gelsem sorun olur mu?"),
    ("pl", "Jestem zapisana na 26 września. Czy mogę się trochę spóźnić?"),
    ("es", "Estoy inscrita para el 21. ¿Puedo llegar un poco tarde por el trabajo?"),
    ("fr", "Je suis inscrit pour le 17 octobre. Est-ce grave si j'arrive en retard d'une demi-heure ?"),
]


@pytest.mark.parametrize("lang,body", LATE, ids=[c for c, _ in LATE])
def test_asking_to_come_late_goes_to_staff(lang, body):
    r = read(body)
    assert r.action == "review", r.reason


def test_saying_one_comes_later_is_still_a_registration():
    r = read("Hiermit melde ich mich für den 26.9. in Weinsberg an. Ich komme etwas später, gegen 17:30.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason
