"""A reply to our confirmation (Weinsberg, Tue 26 Sep) that rules out the booked day and asks about one
other workshop ("Dienstag geht doch nicht, ginge der 17.10.?", "bu salı olmaz, 17 Ekim olur mu?"): a change
to that workshop. The weekday ruled out is the booked one, not every workshop on that weekday (Brackenheim
is a Tuesday too), and a question naming exactly one other workshop beside it is a wish, not a question
for staff. A question about a topic (parking, rooms) stays with staff."""

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read
from tests.unit.test_unseen_kinds12 import CONFIRMATION, OURS
from tests.unit.test_unseen_kinds14 import holding

WEEK_BEFORE = "Wed, 20 Sep 2023 08:10:00 +0200"  # "this Tuesday" is the 26th


def reply(body: str):
    raw = build(body + CONFIRMATION, subject="Re: Ihre Anmeldung zum Workshop am 26.09.2023", headers=OURS,
                date=WEEK_BEFORE)
    return understand(raw, EVENTS, OFFICE)


@pytest.mark.parametrize("body", [
    "Hallo, Dienstag geht doch nicht, ginge der 17.10.?",
    "Hallo, der 26. klappt bei mir doch nicht, könnten wir am 17. Oktober kommen?",
    "Hi, not this Tuesday, can we come on 17 October?",
    "Merhaba, bu salı olmaz, 17 Ekim olur mu?",
    "Merhaba, 26 Eylül'de gelemem, 17 Ekim'de gelebilir miyim?",
    "Здравствуйте, во вторник не получится, можно 17 октября?",
    "Dzień dobry, we wtorek nie moge, czy moge przyjść 17 października?",
    "Bonjour, mardi ça ne va pas, est-ce que je peux venir le 17 octobre ?",
    "Ciao, martedì non posso, potrei venire il 17 ottobre?",
    "Hola, el martes no puedo, ¿podría ir el 17 de octubre?",
    "Olá, na terça não dá, posso ir no dia 17 de outubro?",
    "Добрий день, у вівторок не вийде, можна 17 жовтня?",
    "Dobar dan, u utorak ne mogu, mogu li doći 17. listopada?",
    "Bună ziua, marți nu pot, pot veni pe 17 octombrie?",
    "مرحبا، يوم الثلاثاء لا أستطيع، هل يمكن أن آتي يوم 17 أكتوبر؟",
    "سلام، سه‌شنبه نمی‌توانم بیایم، می‌شود ۱۷ اکتبر بیایم؟",
    "Silav, roja sêşemê nikarim werim, ez dikarim 17ê cotmehê werim?",
    "سڵاو، سێشەممە ناتوانم بێم، دەتوانم لە ١٧ی ئۆکتۆبەر بێم؟",
    "Jó napot, kedden nem tudok menni, mehetnék október 17-én?",
    "Γεια σας, την Τρίτη δεν μπορώ, μπορώ να έρθω στις 17 Οκτωβρίου;",
    "Dobrý den, v úterý nemůžu, mohl bych přijít 17. října?",
    "Здравейте, във вторник не мога, може ли на 17 октомври?",
    "Goedendag, dinsdag lukt niet, kan ik op 17 oktober komen?",
    "您好，星期二我去不了，可以10月17日来吗？",
])
def test_the_booked_day_ruled_out_and_one_other_asked_for_is_a_change(body):
    r = reply(body)
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "brackenheim")
    assert not holding(r, 1).cancel


@pytest.mark.parametrize("body", [
    "Hallo, Dienstag geht doch nicht. Gibt es am 17.10. in Brackenheim Parkplätze?",
    "Hi, not this Tuesday. Is there parking in Brackenheim on 17 October?",
])
def test_a_question_about_a_topic_beside_the_booked_day_ruled_out_stays_with_staff(body):
    r = reply(body)
    assert r.action != "confirm" and r.intent != "change"


@pytest.mark.parametrize("body", [
    "Hallo, am 19. kann ich nicht, ginge der 21.?",
    "Hello, I can't on the 19th, would the 21st be possible?",
])
def test_in_a_new_mail_a_day_ruled_out_and_another_asked_is_never_confirmed_for_the_one_ruled_out(body):
    r = read(body)
    assert not (r.action == "confirm" and r.workshop == "offenau")
