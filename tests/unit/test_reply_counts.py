"""A reply to our confirmation that asks whether someone may come along and gives the new number
("Can my sister come too? Then we are two"): the registration it answers, with the new count; a
reply is known by its In-Reply-To even where the client's subject prefix is unknown."""

from __future__ import annotations

import pytest

from mailbot.decide import Desk, Plan, RegView, decide
from mailbot.understand.answers import read_answer
from mailbot.understand.reading import understand
from mailbot.understand.renaming import read_renaming
from tests.unit.test_reading import EVENTS, OFFICE, build
from tests.unit.test_unseen_safety import NOW, OUR_CONFIRMATION

QUOTE = ("\n\n-----Original Message-----\nFrom: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\n"
         "Sent: Monday, 11 September 2023 10:00\nSubject: Re: Anmeldung\n\nGuten Tag,\n\n"
         "vielen Dank! Sie sind jetzt angemeldet.\n\nDatum: Donnerstag, 21. September 2023\n")


def _raw(body: str, subject: str = "Re: Anmeldung") -> bytes:
    return build(body + QUOTE, subject=subject, headers={"In-Reply-To": OUR_CONFIRMATION})


def reply(body: str, subject: str = "Re: Anmeldung"):
    return understand(_raw(body, subject), EVENTS, OFFICE)


def decided(body: str, attendees: int) -> Plan:
    """What the desk does with ``body`` answering our confirmation of ``attendees`` for Neuenstadt."""
    raw = _raw(body)
    reading = understand(raw, EVENTS, OFFICE)
    reg = RegView(5, "neuenstadt", "confirmed", attendees)
    return decide(reading, Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg,
                                answer=read_answer(raw, EVENTS, {}, reading.language)))


@pytest.mark.parametrize("body, subject", [
    ("Salve, viene anche mia sorella, quindi siamo in due. Va bene?", "R: Anmeldung"),  # Italian Outlook's "R:"
    ("Hola, ¿puede venir también mi hermana? Entonces seríamos dos personas.", "RE: Anmeldung"),
    ("Merhaba, kız kardeşim de gelebilir mi? O zaman 2 kişi oluruz.", "Ynt: Anmeldung"),
    ("您好，我妹妹也想来，一共两个人，可以吗？", "回复: Anmeldung"),
])
def test_may_someone_come_too_answering_our_confirmation_is_the_new_count(body, subject):
    r = reply(body, subject)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", 2)


def test_a_question_for_staff_in_such_a_reply_still_goes_to_staff():
    r = reply("Hallo, meine Schwester kommt auch mit, wir sind dann zwei. Gibt es dort eine Kinderbetreuung?")
    assert r.action == "review"


@pytest.mark.parametrize("body, workshop", [
    ("Добрий день, я реєструюся на семінар 26.09. у Вайнсберзі, бо тема інтеграції мене дуже цікавить. Олена", "weinsberg"),
    ("Здравствуйте, я регистрируюсь на семинар 19.09. в Оффенау, потому что тема интеграции мне очень интересна. Игорь", "offenau"),
])
def test_reflexive_register_verbs_in_ukrainian_and_russian(body, workshop):
    r = understand(build(body), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body", [
    "Buongiorno, mio marito non potrà venire, io invece ci sarò.",
    "Bonjour, mon mari ne pourra pas venir, moi je serai là.",
    "Hola, mi marido no puede ir, yo sí voy.",
    "Olá, o meu marido não pode ir, eu vou na mesma.",
    "Bună ziua, soțul meu nu poate veni, eu vin.",
    "Buna ziua, sotul meu nu mai poate veni, dar eu vin.",
    "Dzień dobry, mój mąż nie może przyjść, ja przyjdę.",
    "Pozdrav, moj muž ne može doći, ja dolazim.",
])
def test_a_companion_who_cannot_come_is_never_the_writers_cancellation(body):
    # registered as two; the companion drops out: one place fewer (or staff), never cancelled
    plan = decided(body, 2)
    assert plan.cancel == () and plan.outcome in ("recounted", "review")


@pytest.mark.parametrize("body", [
    "شكراً لكم، كنت أخشى أن طلب التسجيل لم يصل.",  # Arabic, with the Arabic comma
    "Большое спасибо, я боялась, что моя регистрация потерялась.",
    "Vielen Dank, ich hatte schon befürchtet, meine Anmeldung sei verloren gegangen.",
])
def test_thanks_with_a_remark_on_the_registration_gets_no_which_date_question(body):
    plan = decided(body, 1)
    assert plan.reply is None and plan.cancel == ()


@pytest.mark.parametrize("lang, text", [
    ("de", "Kurze Änderung: Es kommen nur noch 3 Personen statt 4, der Opa bleibt zu Hause."),
    ("en", "Small change: we are 2 instead of 3, my Dad stays home after all."),
])
def test_a_count_instead_of_a_count_is_no_renaming(lang, text):
    assert read_renaming(text, lang) is None


@pytest.mark.parametrize("body", [
    "Danke. Noch zwei Fragen: gibt es am Bürgerzentrum Parkplätze, oder sollen wir lieber zu Fuß kommen? "
    "Und dürfen wir drei auch etwas früher kommen?",
    "Many thanks. Is there parking at the town hall, or would we rather come on foot? "
    "And may the three of us come a little earlier?",
])
def test_a_count_inside_a_question_is_no_new_count(body):
    # the question about parking is one sentence though "or" splits it; "we three" is asked about, not announced
    r = reply(body)
    assert r.action == "review" and "new_count" not in r.flags
