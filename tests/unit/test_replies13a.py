"""Kinds found in the held-out corpus unseen13 (fix13a): thanks answering our mail about a
registration the desk does not hold (our "already registered" notice: "oh, my husband had done it,
then all is fine, thanks") is a remark: staff may see it, it gets no reply and never "which date?"."""

import pytest

from mailbot.decide import Desk, decide
from mailbot.understand.answers import read_answer
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE
from tests.unit.test_reply_counts import _raw
from tests.unit.test_unseen_safety import NOW


def _decided_without_thread(body: str):
    raw = _raw(body)
    reading = understand(raw, EVENTS, OFFICE)
    return decide(reading, Desk(now=NOW, events=EVENTS, answer=read_answer(raw, EVENTS, {}, reading.language or "")))


@pytest.mark.parametrize("body", [
    "Ach so, das hatte meine Tochter schon erledigt. Dann ist ja alles gut, danke!",
    "Oh I see, my son must have done that for me. Fine then, thank you!",
    "Ah d'accord, je ne savais pas que j'étais déjà inscrite. Tout va bien, merci !",
    "Aha, nisam znala da sam vec prijavljena. Onda je sve u redu, hvala!",
    "Ah, non sapevo di essere già iscritta, allora va tutto bene, grazie!",
])
def test_thanks_answering_our_mail_about_no_registration_held_gets_no_reply(body):
    plan = _decided_without_thread(body)
    assert plan.outcome in ("review", "ignored") and not plan.reply


@pytest.mark.parametrize("body", [
    "Danke! Ich möchte mich aber auch für einen anderen Termin anmelden.",
    "Thank you. Can I also register my neighbour?",
])
def test_thanks_with_a_new_wish_is_still_read(body):
    plan = _decided_without_thread(body)
    assert plan.outcome != "ignored"
    assert plan.outcome != "review" or "no answer needed" not in plan.reason


# a head-count answer whose number stands where a day could: "in 3" (Italian "we are three"; in
# Romanian "în 3" would be a day of the month), is the count, never a date that is no workshop
@pytest.mark.parametrize("body,count", [
    ("Veniamo in 3, io, mio marito e mia suocera.", 3),
    ("Ciao, siamo in 4 in tutto.", 4),
    ("Wir sind zu 3, meine Schwester kommt mit.", 3),
    ("We are 3 now, my cousin joins us.", 3),
])
def test_a_head_count_with_in_is_no_day_of_the_month(body, count):
    from tests.unit.test_reply_counts import reply
    r = reply(body)
    assert "unknown_date" not in r.flags
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", count)


def test_a_day_beside_a_head_count_is_still_a_date():
    from tests.unit.test_reply_counts import reply
    r = reply("Saremo in 2, ma il 26 invece del 21, va bene?")
    assert r.action != "confirm" or r.workshop == "weinsberg"


# a line of our list named by its number with an ordinal ending, before the word for "date" or
# "number", in a longer answer: "a 2-es időpont", "3-я дата", "the 3rd date", "la 3ª data", "3. tarih"
@pytest.mark.parametrize("text,choice", [
    ("Nekünk a 2-es időpont lenne a legjobb, ketten jövünk majd.", "neuenstadt"),
    ("Для нас лучше всего подходит 3-я дата, придём вдвоём с мужем.", "weinsberg"),
    ("For us the 4th date would suit best, my wife comes along too.", "brackenheim"),
    ("Per noi va meglio la 1ª data, veniamo con mia moglie e mio figlio.", "offenau"),
    ("Bize en iyi 3. tarih uyar, eşimle birlikte geliyoruz.", "weinsberg"),
])
def test_a_list_number_with_its_ordinal_ending_in_a_longer_answer(config, text, choice):
    from tests.unit.test_answers import answer
    from tests.unit.test_reply_kinds24 import ALL_FOUR
    got = answer(text, ALL_FOUR, config)
    assert got.choice == choice and not got.ambiguous


@pytest.mark.parametrize("text", [
    "Wir kommen mit 2 Kindern, geht das am Termin?",
    "Ich habe schon 3-mal angerufen, aber niemand ging ran.",
])
def test_other_numbers_before_nouns_are_no_line(config, text):
    from tests.unit.test_answers import answer
    from tests.unit.test_reply_kinds24 import ALL_FOUR
    assert answer(text, ALL_FOUR, config).choice is None


# Albanian typed without "ë" and "ç" is Albanian (not Croatian, where "ne" is "not"): "next Thursday"
# counted from the Date: header, the town they live in no wish
@pytest.mark.parametrize("text", [
    "Pershendetje, jam Arben dhe jetoj ne Heilbronn. Dua te vij ne punetori. Faleminderit",
    "Miredita, a mund te vij me gruan time ne Brackenheim? Ju lutem me shkruani.",
    "Mirdita, jemi dy veta, vijme te enjten. Shume faleminderit!",
])
def test_albanian_without_diacritics_is_albanian(text):
    from mailbot.understand.language import detect_language
    assert detect_language(text) == "sq"


@pytest.mark.parametrize("text", [
    "Dobar dan, ja sam Amir i zivim u Heilbronnu. Mogu li doci u utorak? Samo ja.",
    "Une fois de plus, je viens avec mon mari. Merci",
    "Vengo per il workshop, grazie mille",
])
def test_other_languages_stay_what_they_are(text):
    from mailbot.understand.language import detect_language
    assert detect_language(text) != "sq"


@pytest.mark.parametrize("body,date,workshop", [
    # from Wednesday 13 September, "next Thursday" is the 21st (Neuenstadt); home is Weinsberg
    ("Miredita, jetoj ne Weinsberg. Dua te vij ne Neuenstadt te enjten tjeter. Vetem une. Faleminderit",
     "Wed, 13 Sep 2023 10:00:00 +0200", "neuenstadt"),
    # from Monday 11 September, "next Tuesday" is the 19th (Offenau)
    ("Pershendetje, une jam Drita nga Heilbronn. A mund te vij ne Offenau te marten tjeter? Faleminderit",
     "Mon, 11 Sep 2023 18:00:00 +0200", "offenau"),
])
def test_albanian_without_diacritics_next_weekday_is_read_as_a_wish(body, date, workshop):
    from tests.unit.test_reading import build
    r = understand(build(body, date=date, sender="Drita Krasniqi <drita.k@example.org>"), EVENTS, OFFICE)
    assert r.language == "sq"
    assert (r.action, r.workshop, r.attendees) == ("confirm", workshop, 1)


# "the last workshop" (the last of our list, 17 October) in languages whose files knew the ordinal but
# no word for "workshop" after it
@pytest.mark.parametrize("body,lang", [
    ("ሰላም፣ በመጨረሻው ስብሰባ ላይ መሳተፍ እፈልጋለሁ። ብቻዬን እመጣለሁ።", "am"),
    ("የመጨረሻውን ወርክሾፕ መካፈል እፈልጋለሁ።", "am"),
    ("ኣብቲ ናይ መወዳእታ ወርክሾፕ ክሳተፍ እደሊ።", "ti"),
    ("سلام، من می‌خواهم برای آخرین جلسه ثبت نام کنم.", "fa"),
])
@pytest.mark.parametrize("date", ["Mon, 04 Sep 2023 10:00:00 +0200", "Mon, 02 Oct 2023 10:00:00 +0200"])
def test_the_last_workshop_is_the_last_of_our_list(body, lang, date):
    from tests.unit.test_reading import build
    r = understand(build(body, date=date), EVENTS, OFFICE)
    assert r.language == lang
    assert (r.action, r.workshop) == ("confirm", "brackenheim")
