"""A reply to our confirmation that cancels in the writer's own verb ("dobbiamo annullare", "tenemos
que cancelar": the "we" is in the ending, no pronoun) and names a relative only to say why ("my
mother-in-law is in hospital") cancels the registration: the relative is the reason, not the one who
drops out. A relative who cannot come, said of the relative, stays a partial cancellation."""

import pytest

from tests.unit.test_unseen_kinds12 import read, reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "Salve, purtroppo dobbiamo annullare, mio suocero è malato. Grazie, Franco",
    "Hola, lo siento, tenemos que cancelar, mi madre está en el hospital.",
    "Olá, infelizmente temos de cancelar, o meu marido está doente.",
    "Bună ziua, trebuie să anulăm, soacra mea e bolnavă. Mulțumim",
    "Pozdrav, moramo otkazati, svekrva je u bolnici.",
    "Dzień dobry, niestety musimy odwołać, teściowa jest w szpitalu.",
    "Ciao, dobbiamo annullare perché nostro figlio ha la febbre.",
])
def test_a_cancellation_in_the_verb_with_a_relative_as_the_reason_cancels(body):
    r = reply_to_confirmation(body)
    plan = holding(r, 3)
    assert "partial_cancel" not in r.flags
    assert plan.cancel and plan.recount is None


@pytest.mark.parametrize("body", [
    "Salve, mio marito è malato e non può venire, io vengo lo stesso.",
    "Hola, mi hijo está enfermo y no puede venir, yo sí voy.",
    "Guten Tag, mein Mann, leider, kann doch nicht kommen. Ich komme aber.",
])
def test_a_relative_who_cannot_come_is_still_one_fewer(body):
    r = reply_to_confirmation(body)
    plan = holding(r, 3)
    assert not plan.cancel


@pytest.mark.parametrize("body,workshop", [
    ("Buongiorno, vorrei iscrivermi per il 26 settembre, la mia vicina mi ha chiesto di accompagnarla.", "weinsberg"),
    ("Hola, quiero apuntarme al taller del 21 de septiembre, mi profesora me ha dicho que es interesante.", "neuenstadt"),
])
def test_the_italian_and_spanish_has_is_no_hungarian_if(body, workshop):
    r = read(body)
    assert "conditional" not in r.flags and (r.action, r.workshop) == ("confirm", workshop)


def test_the_hungarian_if_is_still_a_condition():
    r = read("Jó napot, a szeptember 26-i workshopra jelentkeznék, ha lesz gyerekfelügyelet.")
    assert r.action != "confirm"
