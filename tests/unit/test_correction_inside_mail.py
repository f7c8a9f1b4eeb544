"""A correction inside one mail: the writer names a date or town, takes it back ("verschrieben", "I mean",
"je veux dire", "исправка") and names another. What the correction names replaces what was named before it;
where it names nothing new, nothing is wished and we ask again, never confirming the date taken back.
Also the 'not X but Y' shape of a correction, and a reply correcting the wish our confirmation repeats.
Sentences of the test's own."""

import pytest

from tests.unit.test_reading import read
from tests.unit.test_unseen_kinds12 import reply_to_confirmation

CORRECTED = [
    ("de", "Hallo, ich melde mich für den 21.09. in Neuenstadt an. Moment, verschrieben: ich meine den 17.10. "
           "in Brackenheim. Gruß Ute Falk", "brackenheim"),
    ("de", "Guten Tag, bitte tragen Sie mich für Offenau ein. Nein, falsch, ich meine Weinsberg am 26.9., "
           "vielen Dank.", "weinsberg"),
    ("en", "Hi, count me in for Tuesday 17 October. Oops, I mean Tuesday 26 September, sorry about that.", "weinsberg"),
    ("fr", "Bonjour, je m'inscris pour le 26 septembre. Je me suis trompée, je veux dire le jeudi 21 septembre "
           "à Neuenstadt.", "neuenstadt"),
    ("es", "Hola, me apunto al taller del 19 de septiembre. Perdón, me equivoqué: quiero decir el 17 de octubre.",
     "brackenheim"),
    ("it", "Salve, mi iscrivo per il 21 settembre. Correzione: non il 21, ma il 26 settembre a Weinsberg.", "weinsberg"),
    ("pl", "Dzień dobry, zapisuję się na 19 września. Pomyłka, mam na myśli 26 września.", "weinsberg"),
    ("tr", "Merhaba, 17 Ekim için kayıt olmak istiyorum. Düzeltme: 21 Eylül demek istedim.", "neuenstadt"),
    ("ru", "Здравствуйте, запишите меня на 26 сентября. Ой, извините, я ошиблась: я имею в виду 19 сентября.",
     "offenau"),
    ("sr", "Поздрав, пријављујем се за 21. септембар. Исправка: не 21. септембар, него 17. октобар.", "brackenheim"),
    ("ar", "مرحبا، أريد التسجيل في ورشة 19 سبتمبر. عفواً، خطأ، أقصد 26 سبتمبر.", "weinsberg"),
    ("hr", "Pozdrav, prijavljujem se za 26. rujna. Pogriješio sam, mislio sam na 19. rujna u Offenauu.", "offenau"),
]


@pytest.mark.parametrize("lang,body,wid", CORRECTED, ids=[f"{c}{k}" for k, (c, _, _) in enumerate(CORRECTED)])
def test_what_the_correction_names_replaces_what_came_before(lang, body, wid):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wid), r.reason
    assert "corrected" in r.flags


TAKEN_BACK_ONLY = [
    ("de", "Hallo, ich komme am 26.9. nach Weinsberg. Ach nein, falsch, am 26. habe ich ja Spätschicht.", "weinsberg"),
    ("en", "Hello, please register me for 21 September. Sorry, wrong, the 21st is my daughter's birthday.",
     "neuenstadt"),
    ("ru", "Запишите меня на 17 октября. Ой, извините, 17 октября у меня экзамен.", "brackenheim"),
    ("es", "Hola, me inscribo el 19 de septiembre. Me equivoqué, el 19 tengo médico.", "offenau"),
]


@pytest.mark.parametrize("lang,body,wid", TAKEN_BACK_ONLY, ids=[c for c, _, _ in TAKEN_BACK_ONLY])
def test_a_date_taken_back_with_nothing_new_is_never_confirmed(lang, body, wid):
    r = read(body)
    assert r.action != "confirm" and r.workshop != wid, r.reason


def test_a_corrected_count_still_counts():
    r = read("Guten Tag, wir kommen am 26.09. zu zweit nach Weinsberg. Korrektur: wir sind 3.")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 3), r.reason


def test_a_word_of_correcting_with_no_date_before_it_changes_nothing():
    r = read("Hello, sorry, I mean to register for the workshop on 21 September in Neuenstadt.")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt"), r.reason


@pytest.mark.parametrize("body", [
    "Entschuldigung, da habe ich mich verschrieben: ich meine nicht den 26., sondern den 17.10.",
    "Sorry, my mistake, I meant 17 October, not the 26th.",
    "Scusate, ho sbagliato io: non il 26, intendevo il 17 ottobre.",
    "Извините, я ошибся, я имею в виду 17 октября.",
])
def test_a_reply_correcting_the_confirmed_wish_changes_it(body):
    r = reply_to_confirmation(body)
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "brackenheim"), r.reason
