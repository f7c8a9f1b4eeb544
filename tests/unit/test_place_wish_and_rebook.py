"""Three kinds the conversations of table23 showed (helper conv17), in wording of this test's own.

1. A wish for "a place" or "a seat" at a workshop is a registration, in every language that has
   the words: "I'd like a seat at your evening in Weinsberg on 26 September", "hätte gern einen
   Platz", "un posto per me". Not a question for a parking place.
2. One of two registrations cancelled by our mail; the answer to that mail asks for another
   workshop "instead": instead of the cancelled one. A new registration; the one still held stays.
3. "I have to drop out", "abspringen", "me désister", "ritirarmi", "أنسحب" answering our mail: a
   cancellation (a companion dropping out while the writer comes: one fewer).

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from mailbot.decide import Desk, RegView, decide
from tests.unit.test_reading import EVENTS, read
from tests.unit.test_unseen_kinds12 import NOW, reply_to_confirmation
from tests.unit.test_unseen_kinds14 import done


# --- 1. "a place" wished is a registration ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Good afternoon, I would love a seat at your evening event in Weinsberg on 26 September. Best wishes, Harriet Cole",
    "Hi, could you hold one spot for me at the Weinsberg meeting on 26 September, please? Thanks, Owen Price",
    "Servus, für den Abend in Weinsberg am 26. September hätten wir gern einen Platz für uns. Gruß, Renate Lechner",
    "Bonsoir, nous aimerions une place pour la soirée à Weinsberg le 26 septembre. Cordialement, Odile Perrin",
    "Buenas tardes, desearíamos una plaza para la reunión en Weinsberg del 26 de septiembre. Saludos, Rocío Gil",
    "Buonasera, vorrei riservare un posto per la serata a Weinsberg del 26 settembre. Saluti, Marta Colombo",
    "Boa tarde, queria uma vaga para o encontro em Weinsberg no dia 26 de setembro. Abraço, Inês Lopes",
    "Dobar dan, željela bih rezervirati jedno mjesto na susretu u Weinsberg 26. rujna. Lijep pozdrav, Ana Kovač",
    "Здравейте, бих искала да запазите едно място за мен на срещата в Weinsberg на 26 септември. Поздрави, Мария Петрова",
    "İyi akşamlar, 26 Eylül'deki Weinsberg buluşması için bir yer ayırmanızı rica ediyorum. Emre Şahin",
    "Добрый вечер, прошу оставить одно место на встрече в Weinsberg 26 сентября за мной. Павел Егоров",
    "Добрий вечір, прошу залишити місце на зустрічі у Weinsberg 26 вересня для мене. Тарас Бойко",
    "Dobry wieczór, chciałabym zarezerwować miejsce na spotkaniu w Weinsberg 26 września. Ewa Mazur",
    "Bună seara, aș vrea să rezervați un loc pentru mine la întâlnirea din Weinsberg pe 26 septembrie. Dan Ilie",
    "Mirëmbrëma, do doja një vend në takimin në Weinsberg më 26 shtator. Me respekt, Blerina Gashi",
    "مساء الخير، أود حجز مقعد لي في اللقاء في Weinsberg يوم 26 سبتمبر. مع الشكر، نادية سليم",
])
def test_a_place_wished_at_a_workshop_is_a_registration(body):
    d = done(body)
    assert (d.action, d.workshop) == ("confirm", "weinsberg"), body


@pytest.mark.parametrize("body", [
    "Hello, is there a place to park near the hall in Weinsberg on 26 September? Regards, Nigel Hart",
    "Bonjour, y a-t-il une place de parking à Weinsberg le 26 septembre ? Merci, Odile Perrin",
])
def test_a_parking_place_asked_for_is_no_registration(body):
    assert done(body).action != "confirm", body


# --- 2. "instead" answering the cancellation of one of two ------------------------------------

def _desk(thread_status: str) -> Desk:
    offenau = RegView(3, "offenau", "confirmed", 1)
    weinsberg = RegView(4, "weinsberg", thread_status, 1)
    mine = (offenau,) + ((weinsberg,) if thread_status == "confirmed" else ())
    return Desk(now=NOW, events=EVENTS, mine=mine, thread=weinsberg)


@pytest.mark.parametrize("body", [
    "Stattdessen hätte ich gern den 17.10. in Brackenheim.\nGruß Jutta",
    "Instead of that one, please put me down for Brackenheim on 17 October.\nCheers, Ray",
    "Invece di quello, mi iscrivo al 17 ottobre a Brackenheim. Grazie, Pia",
])
def test_instead_answering_a_cancellation_is_a_new_registration_beside_the_one_held(body):
    plan = decide(reply_to_confirmation(body), _desk("cancelled"))
    assert plan.register is not None and plan.register[0] == "brackenheim", (plan.outcome, plan.reason)
    assert plan.move is None and not plan.cancel


def test_instead_naming_the_registration_held_still_moves_it():
    plan = decide(reply_to_confirmation("Statt Offenau möchte ich lieber am 17.10. nach Brackenheim.\nGruß Jutta"),
                  _desk("cancelled"))
    assert plan.move is not None and plan.move[:2] == (3, "brackenheim"), (plan.outcome, plan.reason)


# --- 3. "drop out" and its kin answering our confirmation: a cancellation -------------------

@pytest.mark.parametrize("body", [
    "Hello, something came up and I must drop out, sorry. Greta",
    "Hi, I'm going to have to bow out, apologies. Greta",
    "Guten Tag, ich muss kurzfristig abspringen, tut mir leid. Greta",
    "Bonjour, je me vois obligée de me désister, désolée. Greta",
    "Buongiorno, mi dispiace, ma devo ritirarmi. Greta",
    "مرحبا، آسفة، سأنسحب من الورشة. غريتا",
])
def test_dropping_out_is_a_cancellation(body):
    assert reply_to_confirmation(body).action == "cancel", body


def test_a_companion_dropping_out_is_no_cancellation_of_all():
    r = reply_to_confirmation("Hi, my brother has to drop out, but I'll still be there. Greta")
    assert "partial_cancel" in r.flags


@pytest.mark.parametrize("body", [
    "Bitte noch einen Platz für meinen Vater.",
    "Je voudrais une place de plus pour mon fils.",
    "Хотели бы ещё одно место на встрече для дочери.",
    "Poproszę jeszcze jedno miejsce na spotkaniu dla córki.",
])
def test_one_more_place_answering_our_confirmation_is_no_new_registration(body):
    """"one more place for my father" is about the registration held (staff or a recount), never "which date?"."""
    assert reply_to_confirmation(body).action != "clarify", body
