"""Replies to our own mails in the languages the conversation tables used least: names given with a
title or a kin word (also in scripts without capitals), a reply that names only the new workshop,
an ordinal that is also a weekday, one person dropping out who was never counted."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import Answer, prefers_other
from mailbot.understand.courtesy import opens_with_thanks
from mailbot.understand.result import Reading
from mailbot.understand.renaming import read_renaming

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("text,lang,new", [
    # a title before the new person (and before the one left)
    ("Invece del Sig. Bruni verrà la Sig.ra Carla Fontana.", "it", "Carla Fontana"),
    ("En lugar del Sr. Navarro irá la Sra. Teresa Gil.", "es", "Teresa Gil"),
    ("Je ne viens pas, à ma place ce sera Mme Odile Renard.", "fr", "Odile Renard"),
    ("Zamiast Pana Wiśniewskiego przyjdzie Pani Halina Duda.", "pl", "Halina Duda"),
    ("Umesto gospodina Savića dolazi gospođa Mila Tomić.", "sr", "Mila Tomić"),
    ("Në vend të zotit Shala do të vijë zonja Teuta Morina.", "sq", "Teuta Morina"),
    ("Αντί για τον κύριο Βλάχο θα έρθει η κυρία Σοφία Ρήγα.", "el", "Σοφία Ρήγα"),
    ("Вместо господин Колев ще дойде госпожа Петя Димова.", "bg", "Петя Димова"),
    ("Bay Aydın yerine Bayan Nur Çelik gelecek.", "tr", "Nur Çelik"),
    # Czech and Slovak, which had no such words
    ("Bohužel nemůžu, místo mě přijde paní Alena Svobodová.", "cs", "Alena Svobodová"),
    ("Namiesto mňa príde pani Zuzana Hrušková.", "sk", "Zuzana Hrušková"),
    # scripts without capitals: the word after a title or kin word, a second one where the clause ends
    ("بدلا من السيد ماجد ستحضر السيدة ريم سالم.", "ar", "ريم سالم"),
    ("لا أستطيع المجيء، ستحضر بنتي سلمى مكاني", "ar", "سلمى"),
    ("به جای آقای کاظمی خانم شیرین رحیمی می‌آید.", "fa", "شیرین رحیمی"),
    ("میری جگہ میری بہن زینب آئے گی۔", "ur", "زینب"),
    ("मेरी जगह मेरी बहन कविता आएगी।", "hi", "कविता"),
    ("请把名字改成王丽，谢谢。", "zh", "王丽"),
])
def test_the_new_person_after_a_title_or_kin_word(text, lang, new):
    got = read_renaming(text, lang)
    assert got is not None and got.new == (new,)


@pytest.mark.parametrize("text,lang", [
    ("Preferirei il 26 settembre invece del 19.", "it"),  # dates, not people
    ("بدلا من 19 سبتمبر أريد 26 سبتمبر", "ar"),
    ("به جای سه شنبه پنجشنبه می‌آیم", "fa"),
    ("Gospođa iz ureda mi je rekla da se prijavim.", "hr"),  # a title, but nobody is replaced
])
def test_no_renaming_where_no_person_replaces_another(text, lang):
    assert read_renaming(text, lang) is None


def test_a_closing_thanks_after_an_arabic_comma_is_not_an_opening_thanks():
    assert not opens_with_thanks("مرحبا، بدلا من السيد ماجد ستحضر السيدة ريم. شكرا")
    assert opens_with_thanks("شكرا جزيلا، كانت الورشة ممتعة")


@pytest.mark.parametrize("text,lang,prefers", [
    ("Hola, mejor el 17 de octubre, ¿se puede?", "es", True),
    ("Olá, prefiro o dia 26 em vez do dia 19.", "pt", True),
    ("Buongiorno, meglio il 21 settembre.", "it", True),
    ("Bonjour, je préfère le 17 octobre.", "fr", True),
    ("Hola, ¿hay aparcamiento el 17 de octubre?", "es", False),
    ("Grazie, a presto!", "it", False),
])
def test_words_of_preferring_something_else(text, lang, prefers):
    assert prefers_other(text, lang) is prefers


def _reply(evidence, intent="other"):
    return Reading(intent, "review", sender="lia.moser@example.org", language="es", evidence=evidence)


def _date(wid, stance="pos"):
    return {"where": "body", "kind": "date", "events": [wid], "stance": stance, "text": "…"}


@pytest.fixture
def desk(config):
    return Desk(now=datetime(2023, 9, 5, 9, 0, tzinfo=BERLIN), events=config.events)


def test_a_reply_naming_only_another_workshop_changes_with_words_of_preferring_else_asks(desk):
    mine = RegView(4, "neuenstadt", "confirmed", 1)
    at_desk = replace(desk, mine=(mine,), thread=mine)
    asked = _reply([_date("brackenheim", "question")], "question")
    plan = decide(asked, replace(at_desk, answer=Answer({}, prefers=True)))
    assert plan.outcome == "changed" and plan.move == (4, "brackenheim", "confirmed")
    # without such words the new date may be meant as well: we ask, nothing moves
    plan = decide(asked, replace(at_desk, answer=Answer({})))
    assert plan.outcome == "ask_change" and plan.move is None
    # a date ruled out beside it, or two dates: not a wish we can read
    both = _reply([_date("brackenheim"), _date("weinsberg")])
    assert decide(both, replace(at_desk, answer=Answer({}, prefers=True))).move is None
    # a question about a topic for staff is no change
    parking = decide(asked, replace(at_desk, answer=Answer({}, prefers=True, topic=True)))
    assert parking.move is None


def test_an_ordinal_answering_our_list_is_not_taken_for_thanks(desk):
    """"Entonces la segunda." is also "then Monday" in Portuguese, a courtesy word: read against
    the list our waiting-list notice quoted, it is an answer (here one that reads two ways)."""
    waiting = RegView(6, "offenau", "waiting", 1)
    thanks = Reading("thanks", "ignore", sender="jon.pardo@example.org", language="es")
    at_desk = replace(desk, mine=(waiting,), thread=waiting)
    plan = decide(thanks, replace(at_desk, answer=Answer({2: "neuenstadt", 3: "weinsberg"}, ambiguous=True)))
    assert plan.outcome == "clarify" and plan.reply is not None
    assert decide(thanks, replace(at_desk, answer=Answer({2: "neuenstadt"}))).outcome == "ignored"


def test_one_dropping_out_while_the_rest_still_come_is_a_count_even_if_they_were_not_counted(desk):
    """Registered as one; "my son cannot come, we come as two": two come, nothing is cancelled."""
    mine = RegView(8, "neuenstadt", "confirmed", 1)
    partial = Reading("cancel", "review", sender="marta.ricci@example.org", language="it",
                      flags=["partial_cancel", "others_cancel"])
    plan = decide(partial, replace(desk, mine=(mine,), thread=mine, answer=Answer({}, count=2)))
    assert plan.outcome == "recounted" and plan.recount == (8, 2, "confirmed") and plan.cancel == ()


@pytest.mark.parametrize("text,lang,fewer", [
    ("Hallo, bitte eine Person weniger, meine Nachbarin hat keine Zeit.", "de", 1),
    ("Hi, one person less please.", "en", 1),
    ("Buongiorno, verranno 2 persone in meno.", "it", 2),
    ("Merhaba, bir kişi eksik olacak.", "tr", 1),
])
def test_people_fewer_leave_the_count_they_are_said_of(text, lang, fewer):
    from mailbot.understand.answers import head_count, people_fewer

    assert people_fewer(text, lang) == fewer and head_count(text, lang) is None


def test_a_reply_with_people_fewer_lowers_the_registered_count(desk):
    mine = RegView(2, "offenau", "confirmed", 3)
    other = Reading("other", "review", sender="kurt.lenz@example.org")
    plan = decide(other, replace(desk, mine=(mine,), thread=mine, answer=Answer({}, removed=1)))
    assert plan.outcome == "recounted" and plan.recount == (2, 2, "confirmed")


@pytest.mark.parametrize("text,lang,new", [
    ("Mein Name ist falsch geschrieben, richtig ist Ina Vogel.", "de", "Ina Vogel"),
    ("Sorry, typo in my name, it should be Dana Cole.", "en", "Dana Cole"),
])
def test_a_corrected_spelling_is_the_new_name(text, lang, new):
    got = read_renaming(text, lang)
    assert got is not None and got.new == (new,)


@pytest.mark.parametrize("text,lang,new,old", [
    ("Bitte Jana Roth statt Felix Roth eintragen.", "de", "Jana Roth", "Felix Roth"),
    ("Could you put Maya Stone's name instead of Leo Stone's?", "en", "Maya Stone", "Leo Stone"),
])
def test_a_full_name_instead_of_another_is_a_renaming(text, lang, new, old):
    got = read_renaming(text, lang)
    assert got is not None and (got.new, got.old) == ((new,), old)


@pytest.mark.parametrize("text,lang", [
    ("Statt Dienstag Nachmittag kommen wir lieber Donnerstag Abend.", "de"),
    ("We would rather come on Thursday Evening instead of Tuesday Morning.", "en"),
])
def test_weekdays_with_a_part_of_the_day_are_no_full_names(text, lang):
    assert read_renaming(text, lang) is None


def test_people_said_to_join_are_in_addition():
    from mailbot.understand.answers import companions_added, head_count

    text = "Hallo, es kommen noch drei Personen dazu."
    assert companions_added(text, "de") == 3 and head_count(text, "de") is None


@pytest.mark.parametrize("text,lang", [
    ("Sorry, I can't make it, my brother will go instead of me.", "en"),
    ("لا أستطيع الحضور، سيحضر أخي مكاني", "ar"),
    ("سلام، به جای من همسرم می‌آید.", "fa"),  # the verb after the kin word is no name
    ("Ich schaffe es nicht, an meiner Stelle kommt mein Bruder.", "de"),
])
def test_someone_in_the_writers_place_named_only_by_relation_is_a_renaming_without_a_name(text, lang):
    got = read_renaming(text, lang)
    assert got is not None and got.new == () and got.replaces


def test_a_place_taken_by_someone_not_named_goes_to_staff_and_keeps_the_seat(desk):
    from mailbot.understand.renaming import Renaming

    mine = RegView(5, "weinsberg", "confirmed", 1, names=("Eve Stone",))
    cancel = Reading("cancel", "cancel", workshop="weinsberg", sender="eve.stone@example.org")
    plan = decide(cancel, replace(desk, mine=(mine,), thread=mine, renaming=Renaming((), replaces=True)))
    assert plan.outcome == "review" and plan.cancel == () and plan.reply == "received"


@pytest.mark.parametrize("text,lang,yes", [
    ("Ja, bitte.", "de", True),
    ("Sì, grazie.", "it", True),
    ("Ναι, παρακαλώ.", "el", True),
    ("Igen, kérem.", "hu", True),
    ("Po, ju lutem.", "sq", True),
    ("好的，换吧。", "zh", True),
    ("بله، لطفا", "fa", True),
    ("Nein, bitte nicht wechseln.", "de", False),  # the word of changing is part of "keep it"
    ("No, resto con il 19.", "it", False),
])
def test_yes_to_our_question_whether_to_change(text, lang, yes):
    from mailbot.understand.answers import says_yes

    assert says_yes(text, lang) is yes


@pytest.mark.parametrize("text,lang,keep", [
    ("Όχι, μένω στην αρχική ημερομηνία.", "el", True),
    ("Jo, mbetem te data e parë.", "sq", True),
    ("Nem, maradok.", "hu", True),
    ("不用换了", "zh", True),
    ("Ne, ostajem.", "hr", True),
    ("Jo.", "de", False),  # "jo" is no only in Albanian mail
    ("Da, molim.", "hr", False),
])
def test_no_to_our_question_whether_to_change(text, lang, keep):
    from mailbot.understand.answers import keeps

    assert keeps(text, lang) is keep
