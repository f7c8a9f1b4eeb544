"""Replies to our confirmation in the languages of tests/conversations/table5.py, read the way the
conversations need them: a cancellation with the verb's other stem ("otkažem"), a change and the
date given up in one Chinese sentence, a party counted in French and Hindi. Worded apart from the
conversations. Events: offenau 19.09., neuenstadt 21.09., weinsberg 26.09., brackenheim 17.10.2023."""

from __future__ import annotations

import pytest

from tests.unit.test_lang_east import read


@pytest.mark.parametrize("text", [
    "Dobar dan, molim vas otkažite moju prijavu. Marko",
    "Zdravo, hteo bih da otkažem prijavu za radionicu. Pozdrav, Goran",
])
def test_a_cancellation_with_the_verbs_zh_stem_is_a_cancellation(config, text):
    got = read(text, "Dienstag, 26. September 2023", config)
    assert (got.intent, got.action) == ("cancel", "cancel")


def test_a_chinese_change_that_gives_up_the_old_date_after_a_comma_keeps_the_new_one(config):
    got = read("你好，我想换到10月17日，不参加9月21日的了。谢谢", "Donnerstag, 21. September 2023", config)
    assert (got.intent, got.action, got.workshop) == ("change", "confirm", "brackenheim")


@pytest.mark.parametrize("text,workshop,people", [
    ("Bonjour, merci de nous inscrire pour le 26 septembre, nous viendrons à trois. Famille Roux", "weinsberg", 3),
    ("नमस्ते, मैं और मेरी पत्नी 17 अक्टूबर को कार्यशाला में आएँगे। राजेश", "brackenheim", 2),
])
def test_a_party_said_as_a_number_word_or_me_and_my_wife_is_counted(config, text, workshop, people):
    got = read(text, None, config)
    assert (got.workshop, got.attendees) == (workshop, people)


def test_my_own_registration_cancelled_while_my_husband_comes_on_his_is_my_cancellation(config):
    got = read("İyi günler, kendi kaydımı iptal ettirmek istiyorum, kocam ayrıca kayıtlı ve katılacak. Sevgi", "Dienstag, 26. September 2023",
               config)
    assert (got.intent, got.action) == ("cancel", "cancel") and "partial_cancel" not in got.flags


@pytest.mark.parametrize("text", [
    "Синът ми е болен, но аз все пак ще дойда.",  # Bulgarian
    "A lányom beteg, de én azért eljövök.",  # Hungarian
    "我太太住院了，不过我还是会去。",  # Chinese
    "Vợ tôi bị bệnh nhưng tôi vẫn đến.",  # Vietnamese
])
def test_a_family_member_ill_while_the_writer_still_comes_in_more_languages(text):
    from mailbot.understand.answers import someone_else_kept_away

    assert someone_else_kept_away(text)


@pytest.mark.parametrize("text,workshop", [
    ("Dobar dan, supruga i ja dolazimo 19. rujna u Offenau. Pozdrav, Ante", "offenau"),
    ("Καλημέρα, η γυναίκα μου και εγώ θα έρθουμε στις 26 Σεπτεμβρίου. Νίκος", "weinsberg"),
    ("السلام علیکم، میری بیوی اور میں 17 اکتوبر کو آئیں گے۔ احمد", "brackenheim"),
])
def test_my_wife_and_i_counts_two_in_more_languages(config, text, workshop):
    got = read(text, None, config)
    assert (got.workshop, got.attendees) == (workshop, 2)


@pytest.mark.parametrize("text", [
    "Meine Frau ist stark erkältet, aber ich komme.",
    "My daughter tested positive, but I'm still coming.",
])
def test_a_cold_or_a_positive_test_is_kept_away_too(text):
    from mailbot.understand.answers import someone_else_kept_away

    assert someone_else_kept_away(text)


def test_it_will_just_be_me_is_one_person(config):
    got = read("Hi, I'd like to come to Offenau on 19 September; it will only be me. Dan", None, config)
    assert (got.workshop, got.attendees) == ("offenau", 1)
    from mailbot.understand.answers import head_count

    assert head_count("My wife can't make it, so it'll just be me.", "en") == 1
