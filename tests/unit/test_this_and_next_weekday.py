"""'Not this Tuesday but next Tuesday': beside a "this" of the same weekday, the "next" one is a week
later. Written on Wednesday 13 September 2023, this Tuesday is the 19th (Offenau) and the next one the
26th (Weinsberg). Before, both words named the coming Tuesday and the desk confirmed the day the
writer had ruled out."""

import pytest

from tests.unit.test_reading import read

WED_13 = "Wed, 13 Sep 2023 18:20:00 +0200"

NOT_THIS_BUT_NEXT = [
    ("en", "Hi, I'd like to sign up, not this Tuesday but next Tuesday. I work late this week."),
    ("de", "Guten Tag, ich möchte mich anmelden, aber nicht diesen Dienstag, sondern nächsten Dienstag."),
    ("es", "Hola, quiero apuntarme, pero no este martes, mejor el próximo martes. Gracias"),
    ("it", "Buongiorno, vorrei iscrivermi, non questo martedì ma il prossimo martedì. Saluti"),
    ("ru", "Здравствуйте, хочу записаться, только не в этот вторник, а в следующий вторник."),
    ("tr", "Merhaba, kayıt olmak istiyorum ama bu salı değil, gelecek salı olsun. Teşekkürler"),
    ("hr", "Pozdrav, htio bih se prijaviti, ne za ovaj utorak, nego za idući utorak. Hvala"),
]


@pytest.mark.parametrize("lang,body", NOT_THIS_BUT_NEXT, ids=[c for c, _ in NOT_THIS_BUT_NEXT])
def test_next_beside_this_is_the_week_after(lang, body):
    r = read(body, date=WED_13)
    assert r.workshop != "offenau", r.reason
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


@pytest.mark.parametrize("lang,body", [
    ("en", "Hello, please book me for this Tuesday's workshop. Thanks"),
    ("de", "Hallo, ich komme diesen Dienstag zum Workshop. Gruß"),
    ("ru", "Добрый день, запишите меня на этот вторник, пожалуйста."),
], ids=["en", "de", "ru"])
def test_this_weekday_alone_is_the_coming_one(lang, body):
    r = read(body, date=WED_13)
    assert (r.action, r.workshop) == ("confirm", "offenau"), r.reason


@pytest.mark.parametrize("lang,body", [
    ("en", "Hello, please book me for next Tuesday. Thanks"),
    ("es", "Hola, apúntenme para el próximo martes por favor."),
], ids=["en", "es"])
def test_next_weekday_alone_stays_the_coming_one(lang, body):
    r = read(body, date=WED_13)
    assert (r.action, r.workshop) == ("confirm", "offenau"), r.reason
