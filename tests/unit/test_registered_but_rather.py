""""I registered for one workshop, but I would rather go to another" in a new mail: the old one
named after "registered", the new one after "but"; each language's word for "but" splits the two
(mailbot/understand/lang/*.toml, concept ``but``), so the new workshop is wished and the old is
the registration to move. Also "only the two of us come" (Bosnian, Croatian, Serbian) and "only I
am left to come" (Vietnamese) answering our confirmation."""

import pytest

from tests.unit.test_reading import read
from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "Dobar dan, prijavio sam se za Neuenstadt 21.9. ali bih radije došao u Weinsberg 26.9.",
    "Pozdrav, prijavila sam se za 21. septembar ali mi više odgovara Weinsberg 26. septembra.",
    "Поздрав, пријавила сам се за Neuenstadt 21.9. али бих радије у Weinsberg 26.9.",
    "Salaan, waxaan iska qoray Neuenstadt 21 September laakiin waxaan doorbidayaa Weinsberg 26 September.",
    "Merhaba, 21 Eylül Neuenstadt için kayıt oldum ama 26 Eylül Weinsberg daha iyi olur.",
    "Hola, me inscribí para Neuenstadt el 21 de septiembre pero prefiero Weinsberg el 26 de septiembre.",
    "Olá, eu me inscrevi para Neuenstadt dia 21 de setembro, porém prefiro Weinsberg no dia 26 de setembro.",
    "Bună ziua, m-am înscris la Neuenstadt pe 21 septembrie, însă aș prefera Weinsberg pe 26 septembrie.",
    "Përshëndetje, u regjistrova për Neuenstadt më 21 shtator, por do të preferoja Weinsberg më 26 shtator.",
])
def test_registered_for_one_but_rather_another_wishes_the_other(body):
    r = read(body)
    assert r.workshop == "weinsberg" and r.action == "confirm" and r.intent == "change"


@pytest.mark.parametrize("body,people", [
    ("Poštovani, dolazimo samo dvoje, kćerka ipak ne može.", 2),
    ("Zdravo, doći ćemo samo troje, baka je bolesna.", 3),
    ("Chào anh chị, con em bị ốm nên chỉ còn em đi thôi ạ.", 1),
])
def test_a_smaller_count_answering_our_confirmation_is_a_recount(body, people):
    plan = holding(reply_to_confirmation(body), 4)
    assert not plan.cancel and plan.recount is not None and plan.recount[1] == people


@pytest.mark.parametrize("body", [
    "Hola, nos apuntamos dos personas para el 26/09 en Weinsberg.",  # present tense, the same form as the past
    "Olá, inscrevemo-nos para dia 26 de setembro em Weinsberg, somos dois.",
])
def test_signing_up_now_is_no_old_registration(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")
