"""A home town written twice, the second time in brackets ("أسكن في نويشتات (Neuenstadt)", "wir wohnen in
Offenau (Kreis Heilbronn)") is no wish in either spelling. A count said in the conditional ("seríamos dos",
"dann wären wir zu dritt") is the count staff see beside the question. "My son will be with me" in Urdu and
Hindi ("میرے ساتھ میرا بیٹا بھی ہوگا") is a companion."""

import pytest

from tests.unit.test_unseen_kinds12 import read, reply_to_confirmation


@pytest.mark.parametrize("body,workshop", [
    ("السلام عليكم، أسكن في أوفيناو (Offenau)، أريد التسجيل يوم 26/9.", "weinsberg"),
    ("Hallo, ich wohne in Offenau (Kreis Heilbronn) und melde mich für den 21.9. an.", "neuenstadt"),
])
def test_a_home_town_and_its_name_in_brackets_are_no_wish(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body,count", [
    ("Hola, ¿puedo llevar a mi hermana? Seríamos dos entonces.", 2),
    ("Hallo, darf meine Schwester mit? Dann wären wir zu dritt.", 3),
    ("Buongiorno, posso portare mio figlio? Saremmo in due.", 2),
    ("Bonjour, puis-je venir avec ma fille ? Nous serions deux.", 2),
])
def test_a_count_in_the_conditional_beside_a_question_is_read(body, count):
    r = reply_to_confirmation(body)
    assert r.action == "review" and r.attendees == count


@pytest.mark.parametrize("body", [
    "میں 26 ستمبر کو وائنزبرگ آنا چاہتا ہوں، میرے ساتھ میری بیٹی بھی ہوگی۔",
    "मैं 26 सितंबर को आना चाहता हूँ, मेरे साथ मेरा बेटा भी होगा।",
])
def test_a_relative_who_will_be_with_me_comes(body):
    assert read(body).attendees == 2
