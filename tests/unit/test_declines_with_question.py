"""A first mail that stays away from no workshop named and asks staff for something ("I can't make any of
the dates, could you send me the slides afterwards?") cancels nothing: nobody said they were registered, and
what they ask for is staff's. A plain "I can't come" and a cancellation that names its workshop still cancel."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body", [
    "Hello,\nI run a homework club and won't be able to make any of the dates. Could you mail me the "
    "presentation afterwards?\nBest, Robin Hale",
    "Guten Tag,\nich kann leider an keinem der Termine teilnehmen. Könnten Sie mir danach die Folien zuschicken?\n"
    "Freundliche Grüße\nGerda Wolff",
    "Merhaba,\nhiçbir atölyeye gelemeyeceğim maalesef. Sonrasında sunumları bana gönderebilir misiniz?\nSelamlar, Derya",
    "Здравствуйте,\nя не смогу прийти ни на один из семинаров. Не могли бы вы потом прислать мне материалы?\n"
    "С уважением, Ирина",
    "Hola,\nno podré asistir a ningún taller. ¿Me podrían enviar después los resultados?\nSaludos, Marta",
    "Dzień dobry,\nniestety nie mogę przyjść na żadne z warsztatów. Czy mogliby Państwo przesłać mi potem prezentację?\n"
    "Pozdrawiam, Ewa",
])
def test_staying_away_and_asking_for_the_material_cancels_nothing(body):
    r = understand(build(body, subject="Workshops"), EVENTS, OFFICE)
    assert r.action == "review" and r.intent != "cancel"


@pytest.mark.parametrize("body", [
    "Hallo,\nich kann leider doch nicht kommen, ich liege mit Fieber im Bett.\nGruß Gerda Wolff",
    "Hello,\nplease cancel my registration, something came up.\nRobin Hale",
])
def test_a_plain_regret_still_cancels(body):
    r = understand(build(body, subject="Workshop"), EVENTS, OFFICE)
    assert r.action == "cancel"


def test_a_cancellation_naming_its_workshop_with_a_question_still_cancels():
    body = ("Guten Tag,\nbitte stornieren Sie meine Anmeldung für den 26.09. in Weinsberg. "
            "Könnten Sie mir danach die Folien zuschicken?\nGerda Wolff")
    r = understand(build(body, subject="Absage"), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("cancel", "weinsberg")
