"""An answer to our waiting-list notice that asks to be taken off the list ("take us off", "skinite me",
"scoateți-ne") withdraws the waiting registration: a cancellation, in every language the desk reads.
Before, several languages' words for "take off" / "remove" were missing and the answer went to staff."""

import pytest

from tests.unit.replyprobe import waiting

OFF = [
    ("hr", "Molim vas skinite me s liste čekanja, ipak ne stignem."),
    ("bs", "Izbacite nas sa liste, hvala, ne treba više."),
    ("sr", "Скините ме са листе чекања, молим вас."),
    ("en", "Please take us off the waiting list, we've made other plans."),
    ("it", "Per favore toglieteci dalla lista d'attesa, grazie."),
    ("es", "Sáquenme de la lista de espera por favor, ya no puedo."),
    ("fr", "Merci de me retirer de la liste d'attente."),
    ("ro", "Vă rog scoateți-mă de pe lista de așteptare."),
    ("tr", "Beni bekleme listesinden çıkarın lütfen."),
    ("ru", "Уберите меня, пожалуйста, из листа ожидания."),
]


@pytest.mark.parametrize("lang,body", OFF, ids=[c for c, _ in OFF])
def test_take_me_off_the_waiting_list_withdraws(lang, body):
    r = waiting(body, lang)
    assert (r.action, r.workshop) == ("cancel", "neuenstadt"), r.reason
