"""A negation negates its own clause, not a later clause with a verb of registering of its own: "nobody of us
speaks German, please register us for the 26th" ("ninguno de nosotros tiene coche, queremos apuntarnos …",
"никто из нас не говорит по-немецки, мы хотим записаться …") is a registration for the 26th, in every language
(the quantifiers are ``negation`` words in mailbot/understand/lang/*.toml). "None of us can come" stays a
cancellation (tests/unit/test_none_of_us.py). Every sentence is the test's own."""

import pytest

from tests.unit.test_reading import read

WISH_AFTER_NEGATION = [
 "Hallo, keiner von uns hat ein Auto, wir möchten uns trotzdem für den 26.9. anmelden.",
 "Guten Tag, niemand von uns spricht gut Deutsch, bitte melden Sie uns für den 26.9. an.",
 "Hello, none of us has a car, we would like to register for the 26th of September.",
 "Hi, nobody of us speaks German well, please register us for 26 September.",
 "Hola, ninguno de nosotros tiene coche, queremos apuntarnos para el 26 de septiembre.",
 "Buenas, ninguno de nosotros habla bien alemán, queremos inscribirnos el 26 de septiembre.",
 "Buongiorno, nessuno di noi parla tedesco, vogliamo iscriverci per il 26 settembre.",
 "Salve, nessuno di noi ha la macchina, iscriveteci per il 26 settembre per favore.",
 "Bonjour, aucun de nous ne parle allemand, nous voulons nous inscrire pour le 26 septembre.",
 "Olá, nenhum de nós fala alemão, queremos inscrever-nos para o dia 26 de setembro.",
 "Merhaba, hiçbirimizin arabası yok, 26 Eylül için kayıt olmak istiyoruz.",
 "Здравствуйте, никто из нас не говорит по-немецки, мы хотим записаться на 26 сентября.",
 "Добрий день, ніхто з нас не розмовляє німецькою, ми хочемо записатися на 26 вересня.",
 "Dzień dobry, nikt z nas nie mówi po niemiecku, chcemy się zapisać na 26 września.",
 "Pozdrav, nitko od nas ne govori njemački, želimo se prijaviti za 26.9.",
 "Bună ziua, niciunul dintre noi nu vorbește germana, vrem să ne înscriem pentru 26 septembrie.",
 "Γεια σας, κανείς από εμάς δεν μιλάει γερμανικά, θέλουμε να δηλώσουμε συμμετοχή για τις 26 Σεπτεμβρίου.",
 "مرحبا، لا أحد منا يتكلم الألمانية، نريد التسجيل ليوم 26 سبتمبر.",
 "سلام، هیچکدام از ما آلمانی بلد نیست، می‌خواهیم برای ۲۶ سپتامبر ثبت نام کنیم.",
]


@pytest.mark.parametrize("body", WISH_AFTER_NEGATION)
def test_a_wish_after_a_negated_clause_is_a_registration(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg") and r.intent != "cancel"


@pytest.mark.parametrize("body", [
    "Hello, none of us can come, please cancel our places for the 26th.",
    "Hola, ninguno de nosotros puede ir, por favor cancelen la inscripción del 26 de septiembre.",
    "Здравствуйте, никто из нас не сможет прийти, отмените, пожалуйста, запись на 26 сентября.",
])
def test_none_of_us_can_come_with_a_cancellation_stays_a_cancellation(body):
    r = read(body)
    assert r.intent == "cancel" and r.action in ("cancel", "review")


@pytest.mark.parametrize("body", [
    "Hi, we cannot come on the 19th, we would rather register for the 26th.",
    "Buongiorno, nessuno di noi può venire il 19 settembre, vogliamo iscriverci per il 26 settembre.",
    "Merhaba, hiçbirimiz 19 Eylül'de gelemiyoruz, 26 Eylül için kayıt olmak istiyoruz.",
])
def test_a_date_ruled_out_beside_a_wish_for_another_takes_the_wish(body):
    r = read(body)
    assert r.workshop == "weinsberg" and r.action in ("confirm", "review") and r.intent != "cancel"


@pytest.mark.parametrize("body", [
    "Hallo, wir können leider nicht kommen, bitte stornieren Sie unsere Anmeldung für den 26.9.",
    "Hallo, keiner von uns kann kommen, bitte stornieren Sie unsere Anmeldung für den 26.9.",
    "Hello, we can't make it, please cancel our registration for 26 September.",
    "Hola, ninguno de nosotros puede ir, por favor cancelen la inscripción del 26 de septiembre.",
    "Buongiorno, purtroppo non possiamo venire, vi prego di annullare la nostra iscrizione del 26 settembre.",
    "Merhaba, gelemiyoruz, lütfen 26 Eylül kaydımızı iptal edin.",
])
def test_a_cancellation_after_a_negated_clause_cancels_the_date_it_names(body):
    r = read(body)
    assert (r.intent, r.action) == ("cancel", "cancel") and r.workshop == "weinsberg"
