"""Kinds found by conversation table 25: a line number alone in its sentence but for "please"
after an excuse ("Désolée, j'étais malade. 3 svp"); ordinals and weekdays typed without their
accents ("la deuxieme", "el tercero", "giovedi", "terca"); the Turkish day of the month without its
apostrophe ("ayın 17si"); Gmail's Bosnian/Serbian attribution "… je napisao/la:"; and a question
whether a child may come along answering our confirmation (staff answer it; the count stays)."""

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import read_answer
from mailbot.understand.dates import find_dates
from mailbot.understand.quotes import split_reply
from mailbot.understand.reading import understand
from mailbot.understand.text import normalise
from tests.unit.test_answers import answer
from tests.unit.test_reading import EVENTS, OFFICE
from tests.unit.test_reply_counts import _raw
from tests.unit.test_reply_kinds24 import ALL_FOUR
from tests.unit.test_unseen_safety import NOW


@pytest.mark.parametrize("text,choice", [
    ("Bonsoir, désolée pour le retard, j'étais malade. 3 svp\nNadia", "weinsberg"),
    ("Perdón, estuve de viaje. Por favor 4.", "brackenheim"),
    ("Przepraszam, nie było mnie w domu. 2 prosze", "neuenstadt"),
    ("Извините, что не сразу ответила. 1 пожалуйста", "offenau"),
    ("Izvinite sto kasnim. 3 molim\nSenada", "weinsberg"),
])
def test_a_number_alone_in_its_sentence_but_for_please_is_a_line_of_our_list(config, text, choice):
    got = answer(text, ALL_FOUR, config)
    assert got.choice == choice and not got.ambiguous


@pytest.mark.parametrize("text", [
    "Nous serons 3 svp",  # a head-count, no line
    "Désolée, j'ai 2 enfants, est-ce possible ?",  # a number in a sentence of its own words
    "Perdón, 2 o 3, por favor",  # two numbers
])
def test_other_numbers_beside_please_are_no_choice(config, text):
    assert answer(text, ALL_FOUR, config).choice is None


@pytest.mark.parametrize("text,choice", [
    ("Hola, mejor el tercero. Gracias", "weinsberg"),
    ("Bonjour, la deuxieme date svp", "neuenstadt"),
    ("Para nosotros la ultima", "brackenheim"),
    ("Salut, la premiere nous va", "offenau"),
])
def test_ordinals_typed_without_accents(config, text, choice):
    got = answer(text, ALL_FOUR, config)
    assert got.choice == choice and not got.ambiguous


@pytest.mark.parametrize("text,events", [
    ("allora giovedi", {"neuenstadt"}),
    ("per me va bene martedi 26", {"weinsberg"}),
    ("pode ser na terca 17", {"brackenheim"}),
    ("ayın 17si bize uyar", {"brackenheim"}),
    ("bence 21si daha iyi", {"neuenstadt"}),
])
def test_weekdays_and_days_typed_without_their_marks(config, text, events):
    found = find_dates(normalise(text), config.events, None, "")
    assert any(set(m.events) == events for m in found), found


@pytest.mark.parametrize("text", ["2si gelecek", "bunlardan 19u", "toplam 30su kişi"])
def test_turkish_endings_on_numbers_that_are_no_days(config, text):
    # two of them; a vowel ending without its apostrophe; not "30" of anything listed
    assert not [m for m in find_dates(normalise(text), config.events, None, "") if m.events]


@pytest.mark.parametrize("attribution", [
    "Pon, 11. sep 2023. u 10:00 Landratsamt <integration@landratsamt-heilbronn.de> je napisao/la:",
    "11.09.2023. 10:00 Ured <office@example.org> je napisala/o:",
])
def test_bosnian_and_serbian_gmail_attributions_start_the_quote(attribution):
    parts = split_reply(f"Ipak bih došla, ako može.\n\n{attribution}\n> Guten Tag,\n> Sie sind angemeldet.\n")
    assert parts.new.strip() == "Ipak bih došla, ako može."


@pytest.mark.parametrize("body", [
    "Hvala. Može li se doći s djetetom, ima 4 godine?",
    "Спасибо. Можно ли прийти с ребенком?",
    "Дякую! Чи можна прийти з дитиною, їй 6 років?",
])
def test_may_a_child_come_along_answering_our_confirmation_goes_to_staff(body):
    # (where the reader takes it as a question for staff; "Can my sister come too? Then we are two"
    # gives the new count: test_reply_counts.py)
    raw = _raw(body)
    reading = understand(raw, EVENTS, OFFICE)
    reg = RegView(5, "neuenstadt", "confirmed", 1)
    plan = decide(reading, Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg,
                                answer=read_answer(raw, EVENTS, {}, reading.language)))
    assert plan.outcome == "review" and plan.recount is None


@pytest.mark.parametrize("body, workshop", [
    ("Hallo, könnte ich lieber am 26.9. kommen? Am 19. hab ich nen Arzttermin.", "weinsberg"),
    ("Guten Tag, geht es, dass ich lieber am 26.9. komme? Am 21. habe ich leider einen Termin beim Jobcenter.", "weinsberg"),
    ("Hi, could I rather come on 17 October? On the 19th I've got a dentist appointment.", "brackenheim"),
])
def test_an_appointment_on_the_booked_day_rules_that_day_out(body, workshop):
    r = understand(_raw(body), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("confirm", workshop)


def test_a_day_ruled_out_answering_our_confirmation_of_it_moves_the_registration():
    raw = _raw("Hallo, geht es auch lieber am 17.10.? Am 21. hab ich ein Termin beim Amt.")
    reading = understand(raw, EVENTS, OFFICE)
    reg = RegView(5, "neuenstadt", "confirmed", 1)
    plan = decide(reading, Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg,
                                answer=read_answer(raw, EVENTS, {}, reading.language)))
    assert plan.outcome == "changed" and plan.move is not None and plan.move[1] == "brackenheim"


def test_an_appointment_for_the_workshop_itself_rules_nothing_out():
    r = understand(_raw("Hallo, ich habe einen Termin für den 26.9. in Weinsberg, kommt meine Frau auch rein?"),
                   EVENTS, OFFICE)
    assert r.workshop in (None, "weinsberg")


# --- two people at one address: the other person's workshop is held, the writer wants another ------

def _new_mail_plan(body: str, held: tuple[str, ...]):
    from tests.unit.test_reading import build
    reading = understand(build(body), EVENTS, OFFICE)
    mine = tuple(RegView(i + 1, w, "confirmed", 1) for i, w in enumerate(held))
    return decide(reading, Desk(now=NOW, events=EVENTS, mine=mine))


@pytest.mark.parametrize("body, wish, held", [
    ("Guten Tag, hier schreibt der Sohn von Frau Petra Kuhn, wir haben eine gemeinsame Adresse. Ich möchte mich "
     "für Brackenheim am 17.10. anmelden. Meine Mutter kommt wie angemeldet nach Neuenstadt.\nTimo Kuhn",
     "brackenheim", "neuenstadt"),
    ("Hello, this is Petra's husband writing from our shared e-mail. I would like to register for Weinsberg on "
     "26 September. My wife still goes to Offenau as booked.\nJames", "weinsberg", "offenau"),
    ("Merhaba, ben Petra'nın eşiyim, aynı e-postayı kullanıyoruz. 21 Eylül Neuenstadt için kayıt olmak istiyorum. "
     "Eşim kayıtlı olduğu gibi Brackenheim'a gelecek. Murat", "neuenstadt", "brackenheim"),
    ("Hallo, ich bin die Tochter von Frau Kuhn und möchte mich für den 26.9. anmelden, meine Mutter bleibt bei "
     "Offenau.\nLea Kuhn", "weinsberg", "offenau"),
    ("Здравствуйте, я сын Петры, почта у нас общая. Хочу записаться на 17 октября, мама остаётся в Нойенштадте.",
     "brackenheim", "neuenstadt"),
    ("مرحبا، أنا ابن بترا. أريد التسجيل يوم 21 سبتمبر في Neuenstadt، وأمي تبقى في Weinsberg.",
     "neuenstadt", "weinsberg"),
])
def test_a_second_person_at_the_address_registers_beside_the_one_held(body, wish, held):
    plan = _new_mail_plan(body, (held,))
    assert plan.register is not None and plan.register[:2] == (wish, 1) and plan.cancel == () and plan.move is None
    assert plan.review  # staff see whose name goes on it


@pytest.mark.parametrize("body, held", [
    # the other person's workshop is not the one held: staff
    ("Guten Tag, ich bin der Mann von Petra Kuhn. Ich möchte mich für Brackenheim am 17.10. anmelden, meine Frau "
     "kommt nach Weinsberg.", ("neuenstadt",)),
    # the writer's wish is held already
    ("Hello, I'm Petra's husband. I would like to register for Weinsberg on 26 September, my wife goes to Offenau.",
     ("offenau", "weinsberg")),
])
def test_two_people_otherwise_still_go_to_staff(body, held):
    plan = _new_mail_plan(body, held)
    assert plan.register is None and plan.outcome == "review"


# --- a short answer naming a weekday or a day of one line of our list -------------------------------

@pytest.mark.parametrize("text,choice", [
    ("Hallo,\nam Donnerstag bitte.\nGruß Ana", "neuenstadt"),
    ("the 17th then", "brackenheim"),
    ("в четверг", "neuenstadt"),
    ("у четвер, дякую", "neuenstadt"),
    ("w czwartek", "neuenstadt"),
    ("u četvrtak", "neuenstadt"),
    ("την Πέμπτη", "neuenstadt"),
    ("el jueves entonces", "neuenstadt"),
    ("الخميس", "neuenstadt"),
    ("thứ năm ạ", "neuenstadt"),  # "năm" is five too: not line 5
    ("19 числа", "offenau"),
    ("στις 26", "weinsberg"),
    ("onda 17-og", "brackenheim"),
    ("w dniu 21", "neuenstadt"),
])
def test_a_short_answer_naming_one_listed_workshops_weekday_or_day(config, text, choice):
    got = answer(text, ALL_FOUR, config)
    assert got.choice == choice and not got.ambiguous


@pytest.mark.parametrize("text", [
    "am Dienstag",  # three lines are on a Tuesday: we ask again
    "am Donnerstag kann ich leider nicht",
    "geht auch Donnerstag?",
    "am Mittwoch",  # no line on a Wednesday
])
def test_a_weekday_of_several_lines_or_of_none_or_refused_is_no_choice(config, text):
    assert answer(text, ALL_FOUR, config).choice is None


# --- people added to a registration answering our confirmation --------------------------------------

def _answering_confirmation(body: str, attendees: int):
    from tests.unit.test_reply_counts import decided
    return decided(body, attendees)


@pytest.mark.parametrize("body, before, after", [
    ("Hallo, bitte noch meine Tochter dazuschreiben. Danke", 1, 2),
    ("Hi, could you please add my daughter as well. Thanks", 1, 2),
    ("Merhaba, kızımı da ekleyin lütfen.", 2, 3),
    ("Здравствуйте, добавьте, пожалуйста, мою дочь.", 1, 2),
    ("Bonjour, ajoutez aussi ma fille s'il vous plaît.", 1, 2),
    ("Buongiorno, aggiungete anche mia figlia per favore.", 2, 3),
    ("Hola, por favor añadan también a mi hija.", 1, 2),
    ("Dzień dobry, proszę dopisać moją córkę.", 1, 2),
    ("Please add my two sons too.", 1, 3),
])
def test_people_added_join_those_registered(body, before, after):
    plan = _answering_confirmation(body, before)
    assert plan.outcome == "recounted" and plan.recount is not None and plan.recount[1] == after


@pytest.mark.parametrize("body, before", [
    ("Hello, please register my son too.", 2),
    ("Hallo, bitte melden Sie auch meinen Sohn an.", 2),
    ("Bonjour, pouvez-vous inscrire aussi mon fils ?", 2),
])
def test_registering_another_person_answering_our_confirmation_never_lowers_the_count(body, before):
    plan = _answering_confirmation(body, before)
    assert plan.recount is None or plan.recount[1] > before


@pytest.mark.parametrize("text, count", [
    ("Merhaba, kızımı da kaydettirmek istiyorum.", 1),  # "ba" ending "Merhaba" is no father
    ("Merhaba, annemi ve babamı kaydettirmek istiyorum.", 2),
    ("Selam, oğlumla beraber kaydettirmek istiyorum.", 2),  # "with my son": the writer comes too
    ("İyi günler, annemle birlikte kaydetmek istiyoruz.", 2),
])
def test_the_end_of_a_word_is_no_relative(text, count):
    from mailbot.understand.people import count_attendees
    assert count_attendees(text, "", [], "tr").count == count


@pytest.mark.parametrize("body, before, after", [
    ("Bonjour, mon fils ne peut finalement pas venir.", 2, 1),  # an adverb between the verb and "pas"
    ("Bonsoir, ma sœur ne pourra malheureusement pas venir, moi je viens.", 2, 1),
    ("Pozdrav, sada ćemo biti četvero.", 2, 4),
    ("Dobar dan, ipak ćemo biti dvoje.", 1, 2),
])
def test_counts_answering_our_confirmation_in_french_and_croatian(body, before, after):
    plan = _answering_confirmation(body, before)
    assert plan.cancel == () and plan.recount is not None and plan.recount[1] == after


def test_the_writer_who_cannot_come_with_an_adverb_cancels():
    plan = _answering_confirmation("Bonjour, je ne pourrai malheureusement pas venir.", 1)
    assert plan.outcome == "cancelled"


@pytest.mark.parametrize("body, workshop", [
    ("Hola, mejor el 26 en lugar del 21, gracias.", "weinsberg"),  # the bare day with its article is the wish
    ("Bonjour, plutôt le 17 au lieu du 21 svp.", "brackenheim"),
    ("Salve, meglio il 19 invece del 21.", "offenau"),
    ("Hallo, könnten Sie mich bitte auf Weinsberg umschreiben?", "weinsberg"),
    ("Merhaba, kaydımı Brackenheim'a aktarabilir misiniz?", "brackenheim"),
    ("Здравствуйте, переведите меня, пожалуйста, на 26 сентября.", "weinsberg"),
    ("Добрий день, переведіть мене на 17 жовтня, будь ласка.", "brackenheim"),
    ("Hola, ¿pueden moverme al 19 de septiembre?", "offenau"),
])
def test_a_change_answering_our_confirmation_moves_the_registration(body, workshop):
    raw = _raw(body)
    reading = understand(raw, EVENTS, OFFICE)
    reg = RegView(5, "neuenstadt", "confirmed", 1)
    plan = decide(reading, Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg,
                                answer=read_answer(raw, EVENTS, {}, reading.language)))
    assert plan.outcome == "changed" and plan.move is not None and plan.move[1] == workshop


@pytest.mark.parametrize("text, choice, count", [
    ("3 - wir kommen zu viert", "weinsberg", 4),
    ("1, we are two", "offenau", 2),
    ("La 2, seremos cuatro", "neuenstadt", 4),
    ("Το 4, θα είμαστε τρεις", "brackenheim", 3),
    ("Вторая, нас будет трое", "neuenstadt", 3),
    ("Перша дата, нас двоє", "offenau", 2),
])
def test_a_line_number_beside_a_count_of_people(config, text, choice, count):
    got = answer(text, ALL_FOUR, config)
    assert (got.choice, got.count) == (choice, count)


@pytest.mark.parametrize("text", [
    "3 Personen kommen",  # a count, no line
    "Wir sind 2, welcher Termin ist besser?",
])
def test_a_count_alone_is_no_line(config, text):
    assert answer(text, ALL_FOUR, config).choice is None
