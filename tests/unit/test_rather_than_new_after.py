"""'Rather than X, Y' with the workshop left named first and the new one after it, in a new mail and in a
reply to our confirmation (Weinsberg, Tue 26 Sep): the words after the one left are the wish, not more of
what is left ("rather than the 19th could I come on the 21st?" once read both dates as the old one and
asked which date). Both orders, several languages."""

import pytest

from tests.unit.test_reading import read
from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "Hi, rather than the 19th could I come on the 21st? I'd like to sign up.",
    "hello, rather than Offenau, could i join in Neuenstadt pls? want to register",
    "Hi, I want to register, the 21st rather than the 19th please.",
    "I'd rather come to Neuenstadt than Offenau, please sign me up.",
    "Ich möchte mich lieber für den 21. als für den 19. anmelden.",
    "Hallo, statt dem 19. lieber den 21. bitte, ich melde mich an. Gruß Olga",
    "Merhaba, Offenau yerine Neuenstadt'a gelmek istiyorum.",
    "Здравствуйте, вместо 19-го лучше 21-го, хочу записаться.",
    "Dzień dobry, chcę się zapisać na 21 zamiast na 19.",
    "Bonjour, au lieu du 19 plutôt le 21, je voudrais m'inscrire.",
    "Olá, em vez do dia 19 prefiro o dia 21, quero me inscrever.",
])
def test_a_new_mail_naming_the_one_left_and_the_one_wished_registers_the_wished(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


@pytest.mark.parametrize("body", [
    "Thanks, rather than the 26th could I switch to October 17?",
    "Hi, rather than Weinsberg could we switch to Brackenheim?",
    "Thanks, could I switch to 17 October rather than the 26th?",
    "Danke, aber statt dem 26. lieber den 17. Oktober, geht das?",
    "Teşekkürler, Weinsberg yerine Brackenheim'a gelebilir miyim?",
    "Спасибо, лучше 17 октября вместо 26 сентября.",
    "Dziękuję, zamiast 26 września wolę 17 października.",
    "Merci, plutôt le 17 octobre au lieu du 26 septembre.",
    "Hvala, umjesto 26. rujna radije 17. listopada.",
    "Köszönöm, szeptember 26 helyett inkább október 17.",
    "Mersî, li şûna 26ê Îlonê, 17ê Cotmehê çêtir e.",
])
def test_a_reply_naming_the_booked_one_left_and_another_is_a_change_to_the_other(body):
    r = reply_to_confirmation(body)
    assert (r.intent, r.workshop) == ("change", "brackenheim")
    assert not holding(r, 1).cancel


@pytest.mark.parametrize("body", [
    "I'd rather come on Tuesday the 19th than not at all, please register me.",
    "Hello, rather than Tuesday the 26th in Weinsberg I'd like to sign up for the 21st.",
])
def test_the_part_left_keeps_its_own_weekday_and_town(body):
    """A weekday or town that agrees with the day left belongs to it; only an event it does not share begins the wish."""
    r = read(body)
    assert r.action != "confirm" or r.workshop in ("offenau", "neuenstadt")
    if "26th" in body:
        assert (r.action, r.workshop) == ("confirm", "neuenstadt")
