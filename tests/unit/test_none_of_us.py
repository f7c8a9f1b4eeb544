""""None of us can come" ("keiner von uns kann kommen", "hiçbirimiz gelemeyiz", "ninguno de nosotros puede ir")
beside a count of the people registered cancels the sender's registration; it never asks which date (the words
are ``cancel_patterns`` in mailbot/understand/lang/*.toml: the quantifier, then a verb of coming). "None of us
speaks German" cancels nothing. Every sentence is the test's own."""

import pytest

from tests.unit.test_reading import read
from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding

NONE_COMES = [
    "Hello, we were registered as three, but none of us can come.",
    "Hi, we signed up for the 26th, the three of us, but nobody of us can make it now.",
    "Sorry, none of us will be able to come, we are 2 people registered.",
    "Hallo, wir waren zu dritt angemeldet, aber keiner von uns kann kommen.",
    "Guten Tag, wir sind 4 Personen angemeldet, leider kann niemand von uns kommen.",
    "Leider kann keiner von uns beiden kommen.",
    "Hola, estábamos inscritos tres personas pero ninguno de nosotros puede ir.",
    "Buenas, éramos dos apuntados, ninguna de nosotras puede asistir.",
    "Salve, eravamo iscritti in tre ma nessuno di noi può venire.",
    "Merhaba, üç kişi kayıtlıydık ama hiçbirimiz gelemeyiz.",
    "Merhaba, 2 kişi kaydolmuştuk, maalesef hiçbirimiz katılamayacak.",
    "Bonjour, nous étions inscrits à trois mais aucun de nous ne peut venir.",
    "Olá, éramos três inscritos mas nenhum de nós pode ir.",
    "Здравствуйте, нас записали троих, но никто из нас не сможет прийти.",
    "Добрий день, нас було записано двоє, але ніхто з нас не зможе прийти.",
    "Dzień dobry, byliśmy zapisani we trzech, ale nikt z nas nie może przyjść.",
    "Pozdrav, bili smo prijavljeni troje, ali nitko od nas ne može doći.",
    "Zdravo, prijavili smo se nas troje ali niko od nas ne može da dođe.",
    "Bună ziua, eram înscriși trei persoane dar niciunul dintre noi nu poate veni.",
    "Përshëndetje, ishim regjistruar tre veta por asnjëri prej nesh nuk mund të vijë.",
    "Здравейте, бяхме записани трима, но никой от нас не може да дойде.",
    "Γεια σας, είχαμε δηλώσει τρία άτομα αλλά κανείς από εμάς δεν μπορεί να έρθει.",
    "Jó napot, hárman voltunk bejelentkezve, de egyikünk sem tud jönni.",
    "مرحبا، كنا مسجلين ثلاثة أشخاص لكن لا أحد منا يستطيع الحضور.",
    "سلام، ما سه نفر ثبت نام کرده بودیم ولی هیچکدام از ما نمی‌توانیم بیاییم.",
    "Chào anh chị, tụi em đăng ký ba người nhưng không ai trong chúng em đến được.",
    "Salaan, waxaan ahayn saddex qof oo is diiwaangeliyay laakiin midkeenna ma iman karo.",
    "नमस्ते, हम तीन लोग रजिस्टर थे लेकिन हम में से कोई नहीं आ सकता।",
    "你好，我们三个人报了名，但是我们谁都来不了。",
]


@pytest.mark.parametrize("body", NONE_COMES)
def test_none_of_us_in_a_new_mail_cancels_and_never_asks_which_date(body):
    r = read(body)
    assert r.intent == "cancel" and r.action == "cancel"


@pytest.mark.parametrize("body", NONE_COMES)
def test_none_of_us_answering_our_confirmation_cancels_or_goes_to_staff(body):
    reading = reply_to_confirmation(body)
    assert reading.intent == "cancel" and reading.action in ("cancel", "review")
    plan = holding(reading, 3)
    assert plan.recount is None and plan.move is None
    assert plan.cancel == ((7,) if reading.action == "cancel" else ())


@pytest.mark.parametrize("body", [
    "Hello, we are three and none of us speaks German well, is there an interpreter? We want to come on 26.9.",
    "Hallo, keiner von uns spricht gut Deutsch. Wir melden uns zu dritt für den 26.9. an.",
    "Merhaba, hiçbirimiz Almanca bilmiyor, 26 Eylül için 3 kişi kayıt olmak istiyoruz.",
])
def test_none_of_us_of_something_else_cancels_nothing(body):
    r = read(body)
    assert r.intent != "cancel" and r.workshop == "weinsberg"


@pytest.mark.parametrize("body", [
    "Hi, none of us can come on the 21st, but the 26th works for all of us.",
    "Hallo, am 21.9. kann keiner von uns kommen, bitte melden Sie uns für den 26.9. an.",
])
def test_none_of_us_on_one_date_with_another_wished_takes_the_other(body):
    r = read(body)
    assert r.action == "confirm" and r.workshop == "weinsberg"
