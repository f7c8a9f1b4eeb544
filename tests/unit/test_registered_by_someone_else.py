"""A writer whom someone else registered ("Meine Frau hat uns schon … angemeldet", from her own address)
and who now adds a person or asks something: the registration is not held at this address. Before, the
desk registered the writer again (the seats booked twice, a wrong confirmation) or asked "which date?".
Now staff find the registration. A writer who registered themselves ("ich hatte mich angemeldet") is
not this kind: the desk finds their registration by the address."""

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.evaluate import as_done
from tests.unit.test_reading import EVENTS, read
from tests.unit.test_unseen_kinds12 import NOW

SEP_19 = "Tue, 19 Sep 2023 21:10:45 +0200"

BY_ANOTHER = [
    ("de", "Guten Abend, mein Mann hat uns beide schon für den 26.9. in Weinsberg angemeldet. "
           "Unser Sohn möchte auch mitkommen, dann wären wir zu dritt."),
    ("en", "Hi, my husband already registered us for the workshop on 26 September in Weinsberg. "
           "Our neighbour would like to join us, so that makes three."),
    ("ru", "Здравствуйте, муж уже записал нас на 26 сентября в Вайнсберг. С нами хочет пойти ещё сын, будет трое."),
    ("es", "Hola, mi marido ya nos inscribió para el 26 de septiembre en Weinsberg. Vendrá también nuestra hija."),
    ("tr", "Merhaba, eşim bizi 26 Eylül Weinsberg için zaten kaydettirdi. Oğlumuz da gelmek istiyor, 3 kişi olacağız."),
]


@pytest.mark.parametrize("lang,body", BY_ANOTHER, ids=[c for c, _ in BY_ANOTHER])
def test_a_registration_someone_else_made_goes_to_staff(lang, body):
    r = as_done(read(body, date=SEP_19), EVENTS)
    assert r.action == "review", r.reason


def test_the_writers_own_earlier_registration_is_found_by_the_address():
    body = "Guten Abend, ich hatte mich für mich und meinen Mann für den 26.9. angemeldet. Mein Mann kann nicht, bitte nur eine Person."
    plan = decide(read(body, date=SEP_19), Desk(now=NOW, events=EVENTS, mine=(RegView(5, "weinsberg", "confirmed", 2),)))
    assert (plan.outcome, plan.workshop) == ("recounted", "weinsberg")
