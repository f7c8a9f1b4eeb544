"""A request to the office that names nobody ("Bitte streichen Sie ihn.", "Bórrenlo, por favor.",
"Вычеркните его, пожалуйста."), right after a sentence in which someone else of the registration
drops out, is about that person: one fewer, not the whole registration cancelled (that was a wrong
cancellation). After the writer's own "I cannot", or with "all"/"our booking", it still cancels."""

import pytest

from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "Leider ist mein Sohn jetzt doch verhindert. Streichen Sie ihn bitte.",
    "Mein Schwiegervater schafft es nicht. Bitte tragen Sie ihn aus.",
    "Al final mi hermana no puede. Bórrenla de la lista, por favor.",
    "Моя сестра не сможет. Вычеркните её, пожалуйста.",
    "Moja córka jednak nie może. Proszę ją skreślić z listy.",
    "Kızım gelemeyecek. Lütfen onu silin.",
    "Ma fille ne pourra pas venir. Merci de la retirer de la liste.",
    "Moj brat ipak ne može doći. Molim vas izbrišite ga.",
])
def test_a_request_naming_nobody_after_a_relative_drops_out_is_one_fewer(body):
    plan = holding(reply_to_confirmation(body), 3)
    assert plan.outcome == "recounted" and plan.recount is not None and plan.recount[1] == 2
    assert not plan.cancel


@pytest.mark.parametrize("body", [
    "Ich schaffe den Termin doch nicht. Streichen Sie ihn bitte.",
    "Mein Sohn ist verhindert. Bitte stornieren Sie alles.",
    "My daughter can't come. Please cancel our booking.",
    "Al final no puedo ir. Bórrenme, por favor.",
])
def test_a_request_after_the_writers_own_cancellation_or_for_all_cancels(body):
    plan = holding(reply_to_confirmation(body), 3)
    assert plan.cancel and plan.outcome == "cancelled"


@pytest.mark.parametrize("body", [
    "Yarın gelemeyeceğiz, eşim hastalandı. Lütfen iptal edin.",
    "Bu akşam katılamıyoruz, oğlum ateşlendi. Lütfen iptal edin.",
    "No podemos ir, mi hija se enfermó. Por favor cancelen.",
    "Nie możemy przyjść, córka zachorowała. Proszę anulować.",
])
def test_we_cannot_come_because_a_relative_is_ill_then_please_cancel_cancels(body):
    """The writer's own "we cannot" (a Turkish verb ending, no pronoun) with a relative as the reason:
    the request after it is the writer's, the whole registration is cancelled."""
    plan = holding(reply_to_confirmation(body), 3)
    assert plan.cancel and plan.outcome == "cancelled"
