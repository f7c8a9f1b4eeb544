"""Changes said in a reply to our confirmation, by kind, each in German and other languages
(understand → read_answer / read_renaming → decide, no database): one of several people drops
out and the reply says who still comes; "a colleague" is one person more; a companion replaced
by someone else; cancel one workshop and register another; "rather X than Y". Wording is the
test's own."""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read
from tests.unit.test_replies_to_us import plan_for


# --- one drops out, the reply says who still comes: the new head-count ----------------------------

@pytest.mark.parametrize("body,before,after", [
    ("Unsere Tochter Mia hat an dem Tag Schule und fällt leider aus. Mein Mann und ich kommen aber.", 3, 2),
    ("Ein Kollege hat sich krankgemeldet, wir übrigen drei kommen wie angemeldet.", 4, 3),
    ("My son has to work that evening, so it will just be my wife and me.", 3, 2),
    ("Mon fils est malade, nous ne serons donc que deux.", 3, 2),
    ("Муж заболел, так что будем только мы с дочкой.", 3, 2),
    ("Sin ne može doći, bit ćemo samo dvoje.", 3, 2),
    ("Mi hijo está enfermo, solo seremos dos.", 3, 2),
    ("Oğlum gelemeyecek, eşimle ben geleceğiz.", 3, 2),
])
def test_who_still_comes_beside_one_who_drops_out_is_the_new_count(body, before, after):
    plan = plan_for(body, "neuenstadt", before)
    assert plan.outcome == "recounted" and plan.recount == (5, after, "confirmed") and not plan.cancel


@pytest.mark.parametrize("body,before,after", [
    ("Meine Schwester kommt doch mit, wir sind dann zu zweit.", 1, 2),
    ("Dolazi i moj brat, znači bit ćemo dvoje.", 1, 2),
    ("Finalement nous ne serons que trois.", 4, 3),
    ("Meine Frau und ich kommen wie geplant, unsere Tochter bleibt zu Hause.", 3, 2),
])
def test_a_total_said_in_the_reply_is_the_new_count(body, before, after):
    plan = plan_for(body, "weinsberg", before)
    assert plan.outcome == "recounted" and plan.recount == (5, after, "confirmed")


def test_the_writer_and_a_companion_coming_as_registered_change_nothing():
    plan = plan_for("Mein Mann und ich kommen wie geplant.", "weinsberg", 2)
    assert plan.outcome == "already" and plan.recount is None and not plan.cancel


def test_a_number_word_that_begins_like_a_weekday_is_none():
    """Ukrainian "четвер" is Thursday; "нас четверо" (four of us) beside a Tuesday date is no contradiction."""
    r = read("Добрий день! Запишіть нас, будь ласка, на 26 вересня у Вайнсберг, нас четверо.", subject="Запис")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 4)


# --- "eine Kollegin", "a colleague": one person more, never a total of one -------------------------

@pytest.mark.parametrize("body", [
    "Eine Kollegin von mir möchte auch noch mitkommen.",
    "A colleague of mine would like to come along too.",
    "Une collègue viendra aussi avec moi.",
    "Verrà anche una collega.",
    "Bir meslektaşım da gelecek.",
])
def test_a_colleague_coming_along_is_one_more(body):
    plan = plan_for(body, "weinsberg", 2)
    assert plan.outcome == "recounted" and plan.recount == (5, 3, "confirmed")


def test_a_colleague_in_a_registration_is_one_besides_the_writer():
    r = read("Ich melde mich und eine Kollegin für den 26.9. in Weinsberg an.\nGruß Jana Roth")
    assert (r.workshop, r.attendees) == ("weinsberg", 2)


# --- a companion replaced by another person --------------------------------------------------------

@pytest.mark.parametrize("body,new", [
    ("Meine Mutter ist leider krank. An ihrer Stelle kommt meine Tante Helga Brandt.", "Helga Brandt"),
    ("Mein Mann hat Spätschicht, dafür kommt meine Nachbarin Frau Sommer mit.", "Sommer"),
    ("My husband can't make it; my friend Laura Stone will come in his place.", "Laura Stone"),
    ("Mon mari a un empêchement, c'est mon frère Julien qui viendra à sa place.", "Julien"),
    ("Сын не сможет прийти, вместо него придёт мой брат Олег Смирнов.", "Олег Смирнов"),
    ("Донька захворіла, замість неї буде моя сестра Олена Коваль.", "Олена Коваль"),
])
def test_a_companion_replaced_by_a_person_named_is_a_renaming(body, new):
    plan = plan_for(body, "neuenstadt", 2)
    assert plan.outcome == "renamed" and plan.rename is not None and new in plan.rename[1]
    assert plan.recount is None and not plan.cancel


@pytest.mark.parametrize("body,relation", [
    ("Mon fils ne peut pas venir, ma fille viendra à sa place.", "fille"),
    ("Mein Sohn kann nicht, an seiner Stelle kommt meine Tochter.", "Tochter"),
    ("Statt meiner Frau kommt jetzt mein Neffe mit.", "Neffe"),
    ("My cousin is coming instead of my wife.", "cousin"),
    ("Umjesto sina dolazi moja kćerka.", "kćerka"),
    ("به جای همسرم برادرم میاد", "برادرم"),
])
def test_a_companion_replaced_by_someone_named_only_by_relation_is_a_renaming(body, relation):
    """Issue 12: a companion for a companion, the count the same: the names change (the new one
    listed by relation), nobody needs to ask."""
    plan = plan_for(body, "neuenstadt", 2)
    assert plan.outcome == "renamed" and plan.rename is not None and relation in plan.rename[1]
    assert len(plan.rename[1]) <= 2 and plan.recount is None and not plan.cancel


@pytest.mark.parametrize("body", [
    "Meine Schwester kommt statt mir.",
    "My neighbour will go instead of me.",
])
def test_someone_named_only_by_relation_in_the_writers_place_goes_to_staff(body):
    plan = plan_for(body, "neuenstadt", 1)
    assert plan.outcome == "review" and plan.reply == "received" and plan.rename is None


# --- cancel one workshop and register another in one reply: a change -------------------------------

@pytest.mark.parametrize("body", [
    "Bitte streichen Sie mich am 21.9. und tragen Sie mich für den 26.9. ein.",
    "للأسف لا يناسبني يوم 21 سبتمبر. أرجو إلغاء الحجز وتسجيلي بدلا منه يوم 26 سبتمبر.",  # "and" bound to the verb
    "Annulez mon inscription du 21 septembre et inscrivez-moi pour le 26 septembre, s'il vous plaît.",
    "Por favor, cancelen mi inscripción del 21 de septiembre y apúntenme para el 26 de septiembre.",
    "Отмените, пожалуйста, мою запись на 21 сентября и запишите меня на 26 сентября.",
    "Please cancel me for the 21st and sign me up for the 26th instead.",
])
def test_cancel_one_and_register_another_in_one_reply_is_a_change(body):
    plan = plan_for(body, "neuenstadt", 1)
    assert plan.outcome == "changed" and plan.move == (5, "weinsberg", "confirmed") and not plan.cancel


# --- "rather X than Y": a change to X --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich käme lieber am 26.9. als am 19.9.",
    "Lieber nach Weinsberg als nach Offenau, wenn das geht.",
    "I'd rather come on the 26th than on the 19th.",
    "Je viendrais le 26 plutôt que le 19.",
    "Verrei il 26 piuttosto che il 19.",
    "Мне удобнее 26 сентября, чем 19 сентября.",
    "Wolałabym 26 września niż 19 września.",
    "19 Eylül yerine 26 Eylül'de gelmek isterim.",
])
def test_rather_x_than_y_changes_to_x(body):
    plan = plan_for(body, "offenau", 1)
    assert plan.outcome == "changed" and plan.move == (5, "weinsberg", "confirmed") and not plan.cancel


# --- issue 12 (conv15): thanks or "we'll wait" in reply to our mail needs no answer ------------------

@pytest.mark.parametrize("body", [
    "Stimmt, das hatte ich vergessen. Dann ist ja alles gut, danke schön!",
    "Ah ok, my mistake, I had signed up already. Cheers, thanks a lot",
    "Haklısınız, unutmuşum. Teşekkür ederim.",
    "Ok, dann warten wir mal ab.",
    "Alright, we will wait then.",
    "Хорошо, подождём.",
    "D'accord, nous allons attendre.",
])
def test_thanks_or_waiting_that_names_nothing_gets_no_reply(body):
    plan = plan_for(body, "neuenstadt", 1)
    assert plan.reply is None and not plan.cancel and plan.move is None and plan.recount is None


@pytest.mark.parametrize("body", [
    "Danke! Kann ich auch mein Kind mitbringen?",  # a question: staff answer it
    "Danke, aber wir kommen doch lieber am 26.9.",  # a change
])
def test_thanks_beside_a_request_is_no_mere_courtesy(body):
    plan = plan_for(body, "neuenstadt", 1)
    assert plan.reply is not None


@pytest.mark.parametrize("body,names,after", [
    ("Statt Jonas kommt jetzt meine Cousine mit.", ("Eva Brandt", "Jonas Brandt"), ("Eva Brandt", "Cousine")),
    ("Umjesto Emira dolazi moja kćerka.", ("Amra Begić", "Emir Begić"), ("Amra Begić", "kćerka")),
])
def test_a_companion_named_replaced_by_a_relative_is_a_renaming(body, names, after):
    plan = plan_for(body, "weinsberg", 2, names=names)
    assert plan.outcome == "renamed" and plan.rename == (5, after)


def test_a_name_not_registered_replaced_by_a_relative_goes_to_staff():
    plan = plan_for("Statt Ralf kommt meine Schwester.", "weinsberg", 2, names=("Eva Brandt", "Jonas Brandt"))
    assert plan.rename is None and plan.reply == "received"
