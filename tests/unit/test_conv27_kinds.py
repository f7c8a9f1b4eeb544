"""Kinds the held-out conversations of table27 showed (issue 12), each in several languages, in
sentences of this test's own: a phrase that denies a cancellation ("keine Absage", "iptal yok",
"do not cancel") cancels nothing; leaving the waiting list in words ("strike me off the list");
the Greek ordinal day ("την 26η", but "την 2η" is no day); the Levantine "بدي سجل" (I want to
register); a name change that names the relative before the new name ("den Namen meiner Tochter")."""

import pytest

from mailbot.understand.renaming import read_renaming
from tests.unit.test_reading import read


@pytest.mark.parametrize("body", [
    "Guten Tag, das ist keine Absage, wir kommen alle. Gibt es dort einen Aufzug?",
    "Hi, please do not cancel anything, we will be there. Is there a lift?",
    "Merhaba, iptal etmiyoruz, hepimiz geleceğiz. Asansör var mı?",
    "Добрый день, не отменяйте ничего, мы все придём. Там есть лифт?",
    "Dzień dobry, nie odwołujemy, przyjdziemy wszyscy. Czy jest winda?",
    "Bonjour, n'annulez pas, nous venons tous. Il y a un ascenseur?",
    "Hola, no cancelen nada, vamos todos. ¿Hay ascensor?",
    "Bună ziua, nu anulăm, venim toți. Există lift?",
    "Dobar dan, ne otkazujemo, dolazimo svi. Ima li lift?",
    "Γεια σας, δεν ακυρώνουμε, ερχόμαστε όλοι. Υπάρχει ασανσέρ;",
    "مرحبا، لا نلغي، بنجي كلنا. في مصعد؟",
])
def test_a_phrase_denying_a_cancellation_cancels_nothing(body):
    r = read(body, subject="Re: Ihre Anmeldung [MB-QWE123]")
    assert r.action != "cancel" and r.intent != "cancel", (r.action, r.reason)


@pytest.mark.parametrize("body", [
    "Leider muss ich absagen, ich bin krank.",
    "Sorry, I have to cancel, I am ill.",
    "Maalesef iptal etmek istiyorum, hastayım.",
    "К сожалению, я должна отменить, я заболела.",
])
def test_a_cancellation_without_denial_still_cancels(body):
    assert read(body, subject="Re: Ihre Anmeldung [MB-QWE123]").action == "cancel"


@pytest.mark.parametrize("body", [
    "Guten Tag, bitte nehmen Sie uns von der Warteliste, wir haben keine Zeit mehr.",
    "Hello, could you remove me from the waiting list please, thank you.",
    "Dzień dobry, proszę wykreślić mnie z listy, dziękuję.",
    "Bonjour, merci de me retirer de la liste d'attente.",
    "Hola, por favor sáquenme de la lista de espera, gracias.",
    "Bună ziua, vă rog să mă scoateți de pe lista de așteptare.",
    "Здравствуйте, удалите меня из списка ожидания, спасибо.",
    "Добрий день, видаліть мене зі списку очікування, дякую.",
    "Merhaba, beni bekleme listesinden çıkarır mısınız, teşekkürler.",
])
def test_leaving_the_waiting_list_in_words_is_a_cancellation(body):
    assert read(body, subject="Re: Warteliste [MB-QWE123]").action == "cancel"


@pytest.mark.parametrize("body,workshop", [
    ("Καλημέρα, θα έρθουμε την 21η. Ευχαριστώ", "neuenstadt"),
    ("Γεια σας, μας βολεύει στην 17η Οκτωβρίου.", "brackenheim"),
    ("Καλησπέρα, προτιμώ την 26η, ευχαριστώ πολύ", "weinsberg"),
])
def test_the_greek_ordinal_day_names_the_workshop(body, workshop):
    assert read(body, subject="εγγραφή").workshop == workshop


def test_a_small_greek_ordinal_is_no_day():
    r = read("Θέλω την 2η επιλογή", subject="εγγραφή")
    assert r.workshop not in ("offenau", "neuenstadt", "weinsberg", "brackenheim") or r.action != "confirm"


@pytest.mark.parametrize("body", [
    "مرحبا، بدي سجل بالدورة تبعكم. رامي",
    "السلام عليكم، بدنا نسجل انا وجوزي. منى",
])
def test_levantine_wish_to_register_gets_our_list(body):
    r = read(body, subject="ورشة")
    assert r.action == "clarify" and r.intent == "register"


@pytest.mark.parametrize("text,new", [
    ("Bitte tragen Sie den Namen meiner Tochter ein, Selin Aydin, nicht mich.", ("Selin Aydin",)),
    ("Können Sie bitte den Namen von meinem Bruder Murat Kaya schreiben? Er kommt, nicht ich.", ("Murat Kaya",)),
    ("Schreiben Sie bitte den Namen meines Vaters: Hasan Polat.", ("Hasan Polat",)),
])
def test_a_relative_named_before_the_new_name_is_a_renaming(text, new):
    assert read_renaming(text, "de").new == new
