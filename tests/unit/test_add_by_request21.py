"""A reply to our confirmation that asks us, in a question's form, to add a person ("my wife would like to
come too, could you add her?"): the registration it answers gains that person (a head-count change), in
every language with a verb of adding (`add_people`); a question whether someone may come ("darf ich meinen
Sohn mitbringen?") stays a question for staff. Wording written for this test."""

import pytest

from tests.unit.test_reply_counts import decided

ASKED_TO_ADD = [
    "Good morning, my daughter wants to join as well, could you add her please?",
    "Bonsoir, ma fille aimerait venir aussi, vous pouvez l'ajouter ?",
    "Hallo, meine Frau will auch kommen, könnten Sie sie bitte dazuschreiben?",
    "Selam, kızım da gelmek istiyor, onu da ekler misiniz?",
    "Добрый день, дочка тоже хочет пойти, можете её дописать?",
    "Вітаю, донька теж хоче піти, можете її дописати?",
    "Cześć, córka też chce przyjść, możecie ją dopisać?",
    "Bună seara, și fiica mea vrea să vină, o puteți adăuga?",
    "Zdravo, i moja kćerka bi htjela doći, možete li je dopisati?",
    "Buenas, mi hija también quiere ir, ¿pueden añadirla?",
    "Buonasera, anche mia figlia vorrebbe venire, potete aggiungerla?",
    "Boa tarde, a minha filha também quer ir, podem acrescentá-la?",
    "Здравейте, дъщеря ми също иска да дойде, може ли да я добавите?",
    "Jó estét, a lányom is szeretne jönni, hozzá tudják adni?",
    "مساء الخير، ابنتي تريد أن تأتي أيضاً، هل يمكنكم إضافتها؟",
    "Salaan, gabadhayda sidoo kale way rabtaa inay timaado, ma ku dari kartaan?",
]


@pytest.mark.parametrize("body", ASKED_TO_ADD)
def test_asked_to_add_someone_raises_the_count_by_one(body):
    plan = decided(body, 1)
    assert plan.outcome == "recounted"
    assert plan.recount is not None and plan.recount[1] == 2
    assert plan.cancel == ()


@pytest.mark.parametrize("body", [
    "Hallo, darf ich meinen Sohn mitbringen?",
    "Hello, can I add one more question: is there parking near the hall?",
    "Hallo, können Sie noch hinzufügen, dass ich kein Fleisch esse? Danke",
])
def test_a_question_that_adds_nobody_changes_no_count(body):
    plan = decided(body, 1)
    assert plan.recount is None and plan.cancel == ()


# --- a relative said to come too, the relative first ("i moj muž dolazi", "o meu marido também vem") ---------

COMES_TOO = [
    "Dobro veče, i moja sestra dolazi.",
    "Bom dia, a minha irmã também vem.",
    "Доброго ранку, сестра теж прийде.",
]


@pytest.mark.parametrize("body", COMES_TOO)
def test_a_relative_who_comes_too_raises_the_count_by_one(body):
    plan = decided(body, 1)
    assert plan.outcome == "recounted" and plan.recount is not None and plan.recount[1] == 2


@pytest.mark.parametrize("body", [
    "Dobro veče, moja sestra ipak ne dolazi, ja dolazim.",
    "Доброго ранку, сестра теж прийде? Вона ще не знає.",
])
def test_a_relative_who_does_not_come_or_is_only_asked_about_adds_nobody(body):
    plan = decided(body, 2)
    assert plan.recount is None or plan.recount[1] <= 2  # never a third person
    assert plan.cancel == ()
