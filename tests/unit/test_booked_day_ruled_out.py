"""A reply to our confirmation (Weinsberg, Tue 26 Sep) that rules out the booked day and asks to move:
a negation holds its own clause, so the wish after a comma with a verb of changing ("could you move us
to …?", "能改到…吗") is the new workshop. And where the booked workshop is ruled out, a count beside it
("still the two of us") never confirms that workshop again with the count (a wrong confirmation)."""

import pytest

from tests.unit.test_unseen_kinds12 import read, reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body", [
    "Hello, the 26th doesn't work for us any more, could you change us to 17 October? Still two of us.",
    "Hallo, am 26. können wir leider doch nicht, können Sie uns auf den 17. Oktober umbuchen? Wir bleiben zu zweit.",
    "Merhaba, 26'sında gelemiyoruz, 17 Ekim'e değiştirebilir misiniz? Yine iki kişiyiz.",
    "您好，26日那天我们来不了，可以帮我们换到10月17日吗？人数不变，两个人。",
])
def test_a_ruled_out_booked_day_and_a_move_asked_for_is_a_change_or_staff(body):
    r = reply_to_confirmation(body)
    plan = holding(r, 2)
    assert not plan.cancel
    assert plan.outcome == "review" or (r.intent == "change" and r.workshop == "brackenheim")
    assert not (plan.recount is not None and r.workshop == "weinsberg")


@pytest.mark.parametrize("body", [
    "Hallo, am 26. klappt es bei uns leider nicht. Wir sind aber weiterhin zu zweit.",
    "Hi, we can't make it on the 26th after all, we're still two people though.",
    "Merhaba, 26'sında maalesef olmuyor, yine de iki kişiyiz.",
    "你好，26号我们不能去了，还是两个人。",
])
def test_a_count_beside_the_booked_day_ruled_out_never_confirms_that_day_again(body):
    r = reply_to_confirmation(body)
    assert "new_count" not in r.flags
    assert not (r.action == "confirm" and r.workshop == "weinsberg")


@pytest.mark.parametrize("body,workshop", [
    ("Merhaba, Ekim'in 17'sinde eşimle beraber geleceğiz.", "brackenheim"),
    ("Merhaba, ayın 21'inde Neuenstadt'taki toplantıya katılmak istiyorum.", "neuenstadt"),
])
def test_a_turkish_day_with_a_case_ending_is_a_date(body, workshop):
    assert read(body).workshop == workshop


@pytest.mark.parametrize("body", [
    "مرحبا، سأحضر أنا يوم 19 في أوفناو، وأختي تريد يوم 26 في فاينسبرغ لأنها تعمل يوم الثلاثاء الأول.",
    "Hallo, ich komme am 19. nach Offenau und meine Schwester möchte lieber am 26. nach Weinsberg, weil sie am 19. arbeitet.",
    "Hi, I'll come on the 19th to Offenau and my sister would rather go on the 26th to Weinsberg because she works that first Tuesday.",
])
def test_two_people_of_one_mail_wishing_two_workshops_are_never_confirmed_for_one(body):
    r = read(body)
    assert r.action in ("clarify", "review")
