"""Kinds of message that unseen mail in many languages showed, each in wording of its own.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import read_answer
from mailbot.understand.courtesy import only_courtesy
from mailbot.understand.people import count_attendees
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read


# --- a question that holds a verb of coming chooses nothing ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello, can one park at the Baukelter in Weinsberg, or is it better to come by train?\nRegards, Tom",
    "Hallo, gibt es in Brackenheim Parkplätze oder soll ich lieber mit dem Bus kommen?\nGruß Ute",
])
def test_a_question_about_how_to_come_is_no_registration(body):
    r = read(body)
    assert r.action != "confirm"


def test_a_question_then_a_plain_wish_still_chooses_the_event_asked_about():
    r = read("Is the Stadthalle in Neuenstadt reachable by wheelchair? I would like to come.\nBest, Ann")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


# --- thanks that say "we will come" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bahut shukriya, inshallah hum aayenge.",
    "Bohat bohat shukriya, hum zaroor aayenge!",
])
def test_thanks_with_a_promise_to_come_need_no_answer(text):
    assert only_courtesy(text)


def test_thanks_and_a_new_wish_are_not_only_courtesy():
    assert not only_courtesy("Shukriya! Mujhe Weinsberg wale din ke liye bhi register karna hai.")


# --- "we will be three" said the way each language says it ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Vorremmo venire a Offenau, saremo in quattro.", 4),
    ("Queremos participar no dia 26, vamos ser 5.", 5),
    ("Записваме се за 17 октомври, ще бъдем двама.", 2),
    ("A weinsbergi napra jelentkezünk, négyen leszünk.", 4),
    ("Zapishite nas na 21 sentyabrya, budem vdvoem.", 2),
    ("Bit će nas četvero na radionici u Offenau.", 4),
    ("ኣብ 26 ክንመጽእ ኢና፣ ክልተ ኢና።", 2),
])
def test_we_will_be_n_counts_the_group(text, expected):
    assert count_attendees(text, "", []).count == expected


def test_a_word_for_people_is_no_count_after_we_are():
    # Tigrinya "ሰባት" (people) is Amharic for seven: "ሓሙሽተ ሰባት ኢና" is five
    assert count_attendees("ሓሙሽተ ሰባት ኢና፣ ኣብ 21 ክንመጽእ ኢና።", "", []).count == 5


def test_we_are_one_is_no_group():
    assert count_attendees("Siamo in uno studio a Heilbronn e vorrei iscrivermi per il 19.", "", []).count == 1


@pytest.mark.parametrize("text", [
    "Budem 26 sentyabrya v Weinsberg, ya odna.",
    "Jemi 19 shtator ne Offenau? Une vij vetem.",
])
def test_a_day_and_month_after_we_are_is_a_date_not_a_count(text):
    assert count_attendees(text, "", []).count == 1


# --- "instead of" pointing at a pronoun or at a bare day --------------------------------------------

@pytest.mark.parametrize("body,wanted", [
    ("Hi, I registered for Neuenstadt, but instead of that please sign me up for 26 September.", "weinsberg"),
    ("Hola, estaba inscrita, pero en vez del 19 quisiera ir el 26 de septiembre.", "weinsberg"),
    ("Bonjour, au lieu du 21 je voudrais venir le 17 octobre.", "brackenheim"),
])
def test_instead_of_leaves_only_what_it_points_at(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


# --- companions counted with a number after "and"; a town on the line below the name ----------------

@pytest.mark.parametrize("text,expected", [
    ("Kocam ve üç çocuğumla birlikte katılmak istiyorum.", 5),
    ("Jövök a párommal és két gyerekkel.", 4),
])
def test_and_with_a_number_of_companions(text, expected):
    assert count_attendees(text, "", []).count == expected


def test_a_spa_town_below_the_signed_name_is_no_second_person():
    text = "Ich melde mich für den 26.09. an.\n\nViele Grüße\nKerstin Albrecht\nBad Wimpfen"
    assert count_attendees(text, "", []).count == 1


def test_hungarian_day_with_case_ending_names_the_event():
    r = read("Jó napot, a 26-án tartott workshopra nem tudok elmenni, kérem töröljenek.")
    assert (r.action, r.workshop) == ("cancel", "weinsberg")


# --- dates: a weekday with its day; two people whose parts carry a reason ---------------------------

@pytest.mark.parametrize("body,wanted", [
    ("Dobar dan, dolazim u četvrtak 21. sa suprugom.", "neuenstadt"),
    ("Hola, iré el jueves 21 a Neuenstadt.", "neuenstadt"),
])
def test_a_weekday_with_its_day_names_the_event(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


def test_a_weekday_that_disagrees_with_its_day_is_asked_about():
    r = read("Hallo, ich komme am Dienstag 21. zum Workshop.")
    assert r.action == "clarify"


def test_two_people_two_dates_even_with_a_weekday_in_the_reason():
    r = read("Hello, I come on the 19th and my husband will come on 26th since he has evening shifts on thursdays.")
    assert r.action == "review" and "two_people" in r.flags


# --- a decline of the invitation cancels nothing ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Thank you for the invitation, unfortunately I cannot attend any of the dates.\nKind regards, Jo",
    "Teşekkürler davetiniz için, maalesef katılamayacağım.\nSelin",
])
def test_declining_the_invitation_is_no_cancellation(body):
    r = read(body)
    assert r.action != "cancel" and "declines_invitation" in r.flags


def test_a_plain_cancellation_still_cancels():
    r = read("Hello, I have to cancel, sorry, something came up at work.\nJo")
    assert r.action == "cancel"


# --- out-of-office replies without headers, in the languages of the county ---------------------------

@pytest.mark.parametrize("body", [
    "Buna ziua, sunt in concediu si revin la birou pe 2 octombrie. Pentru urgente va rog sunati la centrala.",
    "Καλησπέρα, θα λείπω σε άδεια ως τις 3 Οκτωβρίου. Για επείγοντα θέματα καλέστε τη γραμματεία.",
    "您好！本人正在休假，10月3日回来后处理邮件。",
    "Xin chào, tôi nghỉ phép tới 3/10, tôi sẽ trả lời khi quay lại văn phòng.",
    "Dzień dobry, jestem na urlopie do 3 października, odpiszę po powrocie.",
    "Здравствуйте, я в отпуске до 3 октября. По срочным вопросам обращайтесь к секретарю.",
])
def test_an_out_of_office_text_is_ignored(body):
    r = read(body, subject="Re: Ihre Anmeldung zum Workshop")
    assert r.action == "ignore"


def test_a_registration_that_mentions_a_holiday_is_still_read():
    r = read("Bună ziua, sunt în concediu până pe 20, dar vreau să mă înscriu pentru 26 septembrie la Weinsberg.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


# --- an earlier registration and the new wish in one sentence, parted by a comma --------------------

@pytest.mark.parametrize("body,wanted", [
    ("سلام، من برای ۲۱ سپتمبر ثبت نام کرده بودم، لطفا مرا به ۱۷ اکتبر منتقل کنید.", "brackenheim"),
    ("您好，我之前报名的是9月19日，现在想换到10月17日。", "brackenheim"),
])
def test_the_part_after_the_earlier_registration_is_the_wish(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


def test_a_present_tense_registration_is_not_an_earlier_one():
    # the Romanian past participle "înscris" must not read French "je m'inscris" as "I was registered"
    r = read("Bonjour, je m'inscris pour le 17 octobre, nous viendrons à deux.")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


@pytest.mark.parametrize("body", [
    "Здравейте, ще дойда на 26 септември, ако има детегледачка на място. Иначе не мога.",
    "Hallo, darf ich zum Termin in Offenau meinen Hund mitbringen? Wenn ja, melde ich mich an.",
])
def test_a_registration_that_waits_for_an_answer_goes_to_staff(body):
    assert read(body).action == "review"


@pytest.mark.parametrize("text,expected", [
    ("Chị ơi, em đi cùng ba đứa con nhé.", 4),
    ("Запишите меня и мою дочь, пожалуйста.", 2),
    ("Vou levar a minha mãe comigo.", 2),
])
def test_more_ways_to_bring_people_along(text, expected):
    assert count_attendees(text, "", []).count == expected


def test_but_without_a_comma_parts_the_earlier_registration_from_the_wish():
    r = read("Dzień dobry, byłam zapisana na 26.09 ale wolę 17.10, proszę o zmianę.")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


@pytest.mark.parametrize("text,expected", [
    ("Dolazim sa mužem i dvoje djece.", 4),
    ("Voy yo con mi esposo y dos niños.", 4),
    ("Vorrei iscrivere me e mio fratello.", 2),
])
def test_and_a_number_of_children(text, expected):
    assert count_attendees(text, "", []).count == expected


def test_a_weekday_then_dia_and_the_day():
    r = read("Olá, quero ir na quinta dia 21 com a minha vizinha.")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", 2)


def test_a_position_in_the_invitations_list_in_hungarian():
    r = read("Jó napot, a második alkalomra jelentkezem.")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


def test_persian_ke_is_no_pashto_condition():
    r = read("سلام، من در ورکشاپی که در ماه اکتبر است شرکت می‌کنم.")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


# --- which language a short mail is in ------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("زه به سبا راشم، مننه", "ps"),
    ("سلام، برای ورکشاپ ماه اکتوبر میایم", "prs"),
    ("Kripya mera naam hata dijiye, main nahi aa sakti.", "hi"),
    ("Diakuiu za pidtverdzhennia, do zustrichi!", "uk"),
    ("Dobar dan, molim da me prijavite za poslednji termin, dolazim sama.", "sr"),
])
def test_short_mail_in_a_script_or_transliteration_is_told_apart(text, code):
    from mailbot.understand.language import detect_language
    assert detect_language(text) == code


# --- an out-of-office whose subject repeats ours -------------------------------------------------

@pytest.mark.parametrize("subject,body", [
    ("Odsutna: Ihre Anmeldung zum Workshop am Donnerstag, 21.09.2023",
     "Poštovani, odsutna sam do 2.10. i nemam pristup e-pošti."),
    ("Házon kívül: Ihre Anmeldung zum Workshop am Dienstag, 26.09.2023",
     "Október 2-ig nem vagyok elérhető."),
    ("Automatikus válasz: Ihre Anmeldung zum Workshop am Dienstag, 17.10.2023",
     "Köszönöm a levelét, hamarosan válaszolok."),
])
def test_an_out_of_office_repeating_our_subject_gets_no_reply(subject, body):
    r = read(body, subject=subject)
    assert r.action not in ("confirm", "clarify", "cancel")


def test_a_new_mail_whose_subject_names_a_registration_still_counts():
    r = read("Hallo, bitte für mich eintragen.", subject="Anmeldung Workshop 26.09. Weinsberg")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


@pytest.mark.parametrize("text,expected", [
    ("Zgłaszam siebie i męża na warsztaty.", 2),
    ("Записвам себе си и сестра ми.", 2),
])
def test_me_and_a_relative(text, expected):
    assert count_attendees(text, "", []).count == expected


# --- "we are N people" where the number word is an ordinary word in other languages ----------------

@pytest.mark.parametrize("body,expected", [
    ("Namaste ji, mujhe Weinsberg wale workshop me register karna hai. Hum chaar log aa rahe hain.", 4),
    ("Assalam o alaikum, Brackenheim wale workshop ke liye hamara naam likh lijiye, hum do log honge.", 2),
    ("Silav, em dixwazin beşdarî civîna Offenau bibin. Em ê se kes bên.", 3),
    ("Chào chị, em muốn đăng ký buổi ở Weinsberg, nhà em đi bon nguoi.", 4),
])
def test_a_number_word_of_the_mails_own_language_counts_the_group(body, expected):
    assert read(body).attendees == expected


@pytest.mark.parametrize("text,language", [
    ("Do people need to bring anything? I would like to come to Offenau.", "en"),
    ("Quisiera se inscribir con mis colegas, personas muy amables.", "es"),
])
def test_those_words_count_nothing_in_other_languages(text, language):
    assert count_attendees(text, "", [], language).count == 1


# --- a number of children or friends, whatever stands for "with" ------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Ich und meine beiden Söhne kommen gern.", "de", 3),
    ("Merhaba, iki çocuğumla birlikte geleceğim.", "tr", 3),
    ("Приду с тремя внуками.", "ru", 4),
    ("Przyjdę z dwójką dzieci.", "pl", 3),
    ("Vin cu cei doi copii ai mei.", "ro", 3),
    ("Dolazim sa moja dva sina.", "hr", 3),
    ("Долазим са двоје деце.", "sr", 3),
    ("Vij me dy fëmijët e mi.", "sq", 3),
    ("Ще дойда с двете си деца.", "bg", 3),
    ("A két gyerekemmel jövök.", "hu", 3),
    ("Θα έρθω με τα δύο παιδιά μου.", "el", 3),
    ("Vou com os meus dois filhos.", "pt", 3),
    ("Ez ê bi du zarokên xwe re werim.", "ku", 3),
    ("با دو فرزندم می‌آیم.", "fa", 3),
    ("لەگەڵ دوو منداڵەکەم دێم.", "ckb", 3),
    ("ምስ ሰለስተ ደቀይ ክመጽእ እየ።", "ti", 4),
    ("ከሁለት ልጆቼ ጋር እመጣለሁ።", "am", 3),
    ("Waxaan la imaanayaa labadayda wiil.", "so", 3),
    ("मैं अपने दो बच्चों के साथ आऊंगी।", "hi", 3),
    ("நான் என் இரண்டு குழந்தைகளுடன் வருவேன்.", "ta", 3),
    ("我带两个孩子一起来。", "zh", 3),
    ("سأحضر مع أطفالي الثلاثة.", "ar", 4),
])
def test_a_number_of_children_who_come_along(text, language, expected):
    assert count_attendees(text, "", [], language).count == expected


@pytest.mark.parametrize("text,language", [
    ("Waxaan la imaanayaa hooyaday.", "so"),
    ("I'll come with my neighbour.", "en"),
])
def test_one_companion_after_the_verb_of_coming(text, language):
    assert count_attendees(text, "", [], language).count == 2


def test_a_day_and_month_is_no_number_of_children():
    assert count_attendees("Dolazim 2. listopada s djecom.", "", [], "hr").count == 2


# --- a writer who registers two others and does not come ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag, ich möchte meine Eltern für den 26.09. anmelden, ich selbst bin verhindert.\nGruß Jana",
    "Hello, please sign up my mum and dad for 17 October, I won't be there myself.\nThanks, Priya",
    "Merhaba, annemle babamı 21 Eylül için kaydetmek istiyorum, ben katılamayacağım.\nSaygılar",
    "Здравствуйте, хочу записать своих родителей на 19 сентября, сама я не приду.\nОльга",
    "您好，我替爸妈报名10月17日的活动，我本人不参加。",
    "Bonjour, je voudrais inscrire mes parents pour le 26 septembre, moi je ne viendrai pas.",
    "Hola, quiero inscribir a mis padres para el 21 de septiembre, yo no podré ir.",
])
def test_a_writer_registering_both_parents_without_coming_counts_two(body):
    assert read(body).attendees == 2


@pytest.mark.parametrize("text,expected", [
    ("Ich komme mit meinen Eltern zum Workshop.", 3),
    ("Vorrei iscrivere i miei genitori, io non vengo.", 2),
    ("Meine Eltern, Herr Lutz Brenner und Frau Ilse Brenner, melden sich an. Ich selbst komme nicht.", 2),
])
def test_parents_are_two_people(text, expected):
    assert count_attendees(text, "", []).count == expected


# --- a bare day before a day with its month: two dates, not the second one alone ---------------------

@pytest.mark.parametrize("body", [
    "Hello, I'd like to join on the 19 or 26 September, whichever works for you.",
    "مرحبا، أود التسجيل في الورشة يوم 19 أو 26 سبتمبر، كما يناسبكم.",
    "Vorrei partecipare il 19 o il 26 settembre, come preferite.",
    "Je voudrais venir le 19 ou le 26 septembre, comme vous voulez.",
    "Хочу прийти 19 или 26 сентября, как вам удобнее.",
    "Chcę przyjść 19 albo 26 września, jak Państwu pasuje.",
])
def test_a_bare_day_or_a_day_and_month_is_no_confirmation_of_the_second(body):
    r = read(body)
    assert r.action == "clarify" and r.workshop is None


def test_a_day_list_sharing_the_month_can_name_one_event():
    r = read("Hello, on 19 and 21 September I cannot come, but please sign me up for 17 October.")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


# --- advertising that ends with an unsubscribe line: spam, never a cancellation ----------------------

@pytest.mark.parametrize("subject,body", [
    ("Nur bis 26.09.: 40 % Rabatt auf Druckerpatronen",
     "Guten Tag,\nunser Sonderangebot gilt nur bis zum 26.09.2023.\nWenn Sie keine Angebote mehr wollen, "
     "antworten Sie mit STOP."),
    ("Last chance: 50% off until 21 September",
     "Hi there,\nour special offer ends on 21 September. Reply STOP to unsubscribe."),
    ("Офисная мебель со скидкой до 17.10",
     "Добрый день!\nСкидка 30% на столы и стулья до 17.10.2023.\nДля отписки от рассылки ответьте STOP."),
    ("Promo fino al 19/09",
     "Buongiorno,\nsconto del 25% su tutti i corsi fino al 19 settembre.\nPer disiscriverti rispondi STOP."),
])
def test_advertising_with_an_unsubscribe_line_is_spam(subject, body):
    r = read(body, subject=subject)
    assert r.action == "ignore" and r.intent == "spam"


def test_a_resident_who_asks_to_be_taken_off_is_still_a_cancellation():
    r = read("Hallo, bitte melden Sie mich vom Workshop am 26.09. ab, ich habe keine Zeit.\nGruß Lea")
    assert (r.action, r.workshop) == ("cancel", "weinsberg")


# --- "thanks, I'll come" answering our confirmation needs no reply ----------------------------------

CONFIRMATION_QUOTED = (
    "\n\nAm Mo., 11. Sept. 2023 um 09:00 Uhr schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n"
    "> Guten Tag,\n> Sie sind jetzt angemeldet.\n> Datum: Dienstag, 26. September 2023\n> Ort: Baukelter, Weinsberg\n")


@pytest.mark.parametrize("text", [
    "Danke schön, wir kommen gerne!",
    "Thanks a lot, I'll be there.",
    "Спасибо, обязательно придём!",
    "Merci beaucoup, je viendrai.",
    "Teşekkürler, kesinlikle geleceğim.",
    "Mahadsanid, waan imaanayaa.",
    "አመሰግናለሁ፣ እመጣለሁ።",
    "谢谢，我会准时到！",
])
def test_a_promise_to_come_answering_our_confirmation_is_ignored(text):
    r = read(text + CONFIRMATION_QUOTED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert r.action == "ignore" and r.intent == "thanks"


def test_a_promise_to_come_on_another_date_is_read():
    r = read("Danke, ich komme aber am 17.10." + CONFIRMATION_QUOTED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert r.action != "ignore"


def test_a_promise_to_come_in_a_new_mail_still_asks_for_the_date():
    r = read("Danke, ich komme!", subject="Workshop")
    assert r.action != "ignore"


@pytest.mark.parametrize("text", ["Wir kommen zu dritt.", "We will be there, four people.", "Придём втроём."])
def test_a_promise_to_come_with_a_new_count_is_read(text):
    r = read(text + CONFIRMATION_QUOTED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert r.action != "ignore"


# --- a day of the month with the ending its language gives it, or a calendar week --------------------

@pytest.mark.parametrize("body,wanted", [
    ("Здравейте, записвам се на 19-ти, ще дойда сама.", "offenau"),
    ("Dobryj den, ya pridu v chetverg 21go.", "neuenstadt"),
    ("Salaan, waxaan iman doonaa Khamiista 21ka.", "neuenstadt"),
    ("Bună seara, vă rog să mă înscrieți pe 26, mulțumesc.", "weinsberg"),
    ("Поздрав, можете ли да ме упишете за 17. тог месеца?", "brackenheim"),
])
def test_a_day_with_its_ending_after_on_names_the_event(body, wanted):
    r = read(body)
    assert r.workshop == wanted


@pytest.mark.parametrize("body,wanted", [
    ("Hello, please book me in for calendar week 39.", "weinsberg"),
    ("Hallo, ich melde mich für Kalenderwoche 42 an.", "brackenheim"),
])
def test_a_calendar_week_names_the_event_in_it(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


def test_a_calendar_week_with_two_events_is_asked_about():
    assert read("Guten Tag, in der KW 38 passt es mir, bitte anmelden.").action == "clarify"


# --- "if possible", "if there are places left" is politeness, not a condition ------------------------

@pytest.mark.parametrize("body", [
    "Добрий день, запишіть мене на 17 жовтня, якщо можна.",
    "Γεια σας, αν υπάρχουν ακόμα θέσεις, θα ήθελα να δηλώσω συμμετοχή στις 17 Οκτωβρίου.",
    "Bonjour, inscrivez-moi pour le 17 octobre s'il reste de la place.",
    "Jó napot, ha van még hely, jelentkeznék október 17-re.",
])
def test_if_there_is_room_is_no_condition(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


@pytest.mark.parametrize("body", [
    "Γεια σας, αν υπάρχει διερμηνέας, θα έρθω στις 17 Οκτωβρίου.",
    "Добрий день, якщо буде перекладач, запишіть мене на 17 жовтня.",
])
def test_if_there_is_an_interpreter_stays_a_condition(body):
    assert read(body).action == "review"


# --- Gregorian months in Ethiopic letters with a preposition written against them -------------------

@pytest.mark.parametrize("body,wanted", [
    ("ሰላም፣ ለሴፕቴምበር 26 ስብሰባ መመዝገብ እፈልጋለሁ።", "weinsberg"),
    ("ጤና ይስጥልኝ፣ ለኦክቶበር 17 እኔ ብቻ እመጣለሁ።", "brackenheim"),
    ("ሰላም፣ ንሴፕቴምበር 19 ክመዝገብ እደሊ።", "offenau"),
])
def test_an_ethiopic_month_with_its_preposition(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


@pytest.mark.parametrize("text,expected", [("ሰላም፣ እኔና ባለቤቴ እንመጣለን።", 2), ("ከልጄ ጋር እመጣለሁ።", 2)])
def test_amharic_companions(text, expected):
    assert count_attendees(text, "", [], "am").count == expected


# --- "from X to Y" of a change in the words of each language -----------------------------------------

@pytest.mark.parametrize("body", [
    "Buna ziua, va rog sa ma mutati de la Offenau la Brackenheim.",
    "Olá, gostaria de mudar de Offenau para Brackenheim.",
    "Dobar dan, molim premjestite me iz Offenaua u Brackenheim.",
    "Здравейте, моля преместете ме от Офенау в Бракенхайм.",
])
def test_from_one_town_to_another_is_a_change_to_the_second(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


# --- one of those registered drops out, the writer (and others) still come: staff, never a cancellation

@pytest.mark.parametrize("text", [
    "Hallo, unsere Tochter kann doch nicht mit, wir kommen dann zu zweit.",
    "Добрый день, муж не сможет прийти, я приду одна.",
    "Dobar dan, moj muž ne može doći, ali ja ću ipak doći.",
    "Buongiorno, nostro figlio non può venire, veniamo in due.",
    "Bonjour, ma femme ne pourra pas venir, je viendrai seul.",
    "Hola, mi marido no puede venir, iré sola.",
])
def test_one_dropping_out_while_the_others_come_is_a_partial_cancellation(text):
    r = read(text + CONFIRMATION_QUOTED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert (r.action, r.workshop) == ("review", "weinsberg") and "partial_cancel" in r.flags


def test_a_new_registration_naming_who_stays_home_is_still_confirmed():
    r = read("Hallo, ich melde mich für den 26.09. an. Mein Mann kann leider nicht mitkommen, wir sind also nur "
             "eine Person.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


# --- a new number of people answering our confirmation: its workshop for the new count --------------

@pytest.mark.parametrize("text,count", [
    ("Hallo, wir sind jetzt doch zu viert.", 4),
    ("Hello, we will be three people now.", 3),
    ("Bonjour, finalement nous serons trois.", 3),
    ("Γεια σας, τελικά θα είμαστε τρία άτομα.", 3),
    ("Merhaba, artık 3 kişiyiz.", 3),
    ("Hallo, mein Mann kommt jetzt auch mit.", 2),
])
def test_a_new_count_answering_our_confirmation_keeps_its_workshop(text, count):
    r = read(text + CONFIRMATION_QUOTED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", count)


def test_a_new_count_in_a_new_mail_still_asks_for_the_date():
    assert read("Hallo, wir sind jetzt zu viert.").action != "confirm"


# --- "can I rather come on …?" answering our confirmation asks for a change, not staff ---------------

@pytest.mark.parametrize("text", [
    "Përshëndetje, a mund të vij më mirë më 17 tetor?",
    "Tung, a bon me ardh ma mirë në 17 tetor?",
    "Hello, could I rather come on 17 October?",
])
def test_a_question_preferring_another_date_is_a_change(text):
    r = read(text + CONFIRMATION_QUOTED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_a_question_about_bringing_children_stays_with_staff():
    r = read("Përshëndetje, a mund të vij me fëmijët? Ata janë 5 dhe 8 vjeç.")
    assert r.action == "review"


# --- more ways to say who comes ----------------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Seremos dos adultos y dos niños.", "es", 4),
    ("We are 2 adults and 3 children.", "en", 5),
    ("Wir sind 2 Erwachsene und 3 Kinder.", "de", 5),
    ("Przyjdziemy we czterech.", "pl", 4),
    ("我们一家四口都来。", "zh", 4),
    ("أنا وأطفالي الاثنين سنحضر.", "ar", 3),
    ("Je viendrai accompagnée de ma sœur.", "fr", 2),
    ("Iré con mi suegro y mi cuñada.", "es", 3),
    ("Dolazim sa svekrvom i zaovom.", "hr", 3),
    ("Vin cu soacra mea și cu cumnatul meu.", "ro", 3),
    ("Tôi đi cùng vợ và 3 con.", "vi", 5),
    ("मेरा भाई भी आएगा।", "hi", 2),
    ("Ben gelemiyorum, annemi ve babamı kaydetmek istiyorum.", "tr", 2),
])
def test_who_comes_said_in_more_ways(text, language, expected):
    assert count_attendees(text, "", [], language).count == expected


def test_a_breakdown_after_a_total_is_not_added_again():
    assert count_attendees("Wir kommen zu fünft: drei Erwachsene und zwei Kinder.", "", [], "de").count == 5


# --- a number of our list with the word for "number" in the writer's language -----------------------

LIST_QUOTED = (
    "\n\nAm Mo., 11. Sept. 2023 um 09:00 Uhr schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n"
    "> An welchem Termin möchten Sie teilnehmen? Bitte antworten Sie mit der Nummer:\n"
    "> 1. Dienstag, 19. September 2023, Offenau\n> 2. Donnerstag, 21. September 2023, Neuenstadt\n"
    "> 3. Dienstag, 26. September 2023, Weinsberg\n> 4. Dienstag, 17. Oktober 2023, Brackenheim\n")


@pytest.mark.parametrize("text,wanted", [
    ("Salaan, waxaan doortay lambarka 4.", "brackenheim"),
    ("سلام، شمېره ۲ راته ښه ده.", "neuenstadt"),
    ("வணக்கம், எண் 3 சரி.", "weinsberg"),
])
def test_a_list_number_with_its_label_answers_our_list(text, wanted):
    r = read(text + LIST_QUOTED, subject="Re: Ihre Anmeldung zum Workshop")
    assert (r.action, r.workshop) == ("confirm", wanted)


# --- Russian and Ukrainian typed in Latin letters ------------------------------------------------------

@pytest.mark.parametrize("body,wanted,count", [
    ("Zdravstvujte, zapishite menja na 26 sentjabrja.", "weinsberg", 1),
    ("Zdravstvuyte, zapishite menya i syna na 17 oktyabrya.", "brackenheim", 2),
    ("Dobryj den, zapyshit mene i dvoh ditej na 21 veresnja.", "neuenstadt", 3),
])
def test_cyrillic_languages_typed_in_latin_letters(body, wanted, count):
    r = read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", wanted, count)


@pytest.mark.parametrize("text,language,expected", [
    ("Hi, sign me up for Weinsberg, plus my husband and our three kids.", "en", 5),
    ("Εγώ και η ξαδέρφη μου θα θέλαμε να έρθουμε.", "el", 2),
    ("Annemle babam gelmek istiyor, ben maalesef gelemiyorum.", "tr", 2),
])
def test_plus_my_in_laws_and_a_writer_who_stays_home(text, language, expected):
    assert count_attendees(text, "", [], language).count == expected


def test_ukrainian_in_latin_letters_registers():
    r = read("Pryvit, zapyshit mene na 17.10., bud laska. Diakuiu")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


# --- a town in an organisation's name is no wish ------------------------------------------------------

@pytest.mark.parametrize("body,wanted", [
    ("Guten Tag, wir vom Helferkreis Asyl Offenau melden drei Personen für den Workshop am 17.10. an.", "brackenheim"),
    ("Hallo, wir vom Förderverein Neuenstadt e.V. möchten zwei Plätze für Weinsberg.", "weinsberg"),
    ("Hello, the Weinsberg Association would like to register two members for the Brackenheim workshop.",
     "brackenheim"),
])
def test_a_town_in_an_organisations_name_is_no_wish(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


# --- a first choice and a second one "if that one is full" -------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich möchte am liebsten am 21.09. kommen, wenn das voll ist, dann am 17.10.",
    "Hello, I'd like to come on 21 September; if that one is full, then 17 October.",
    "Bonjour, je préfère le 21 septembre, sinon le 17 octobre.",
    "Merhaba, tercihim 21 Eylül, dolu ise 17 Ekim olsun.",
])
def test_the_first_choice_wins_over_the_one_if_full(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


@pytest.mark.parametrize("body", [
    "Wenn es einen Dolmetscher gibt, komme ich am 17.10., sonst leider nicht.",
    "Merhaba, çocuk bakımı olursa 17 Ekim'de katılırım, olmazsa katılamam.",
])
def test_a_condition_with_otherwise_stays_a_condition(body):
    assert read(body).action == "review"


@pytest.mark.parametrize("body,wanted", [
    ("Jo napot kivanok, a ferjemmel egyutt szivesen jonnenk a 26-i alkalomra Weinsbergbe, ha lehet.", "weinsberg"),
    ("Szia, en is jovok oktober 17-en Brackenheimbe, a szomszedom mar mondta, hogy erdekes lesz.", "brackenheim"),
])
def test_hungarian_typed_without_accents_registers(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


@pytest.mark.parametrize("body,wanted", [
    ("Szia, a feleségemmel jövünk Offenauba, ha lehet.", "offenau"),
    ("Jo napot, szeretnek jelentkezni, ket gyerekkel jonnenk Neuenstadtba.", "neuenstadt"),
])
def test_a_town_with_a_hungarian_case_ending(body, wanted):
    assert read(body).workshop == wanted


def test_ages_typed_in_latin_letters_are_no_people():
    assert count_attendees("Zapyshit mene i dvoh ditej (9 i 13 rokiv), bud laska.", "", [], "uk").count == 3


@pytest.mark.parametrize("text,language,expected", [
    ("Insgesamt kommen 5 Personen: 4 Kolleginnen und ich.", "de", 5),
    ("Всего нас будет 4 человека: 3 коллеги и я.", "ru", 4),
    ("En total seremos 6 personas: 5 alumnos y yo.", "es", 6),
])
def test_the_count_said_to_be_the_total_wins_over_its_parts(text, language, expected):
    assert count_attendees(text, "", [], language).count == expected


# --- "the one of <date> in <town>": a date and its own town after "from"-like words is no change from it

@pytest.mark.parametrize("body", [
    "Buongiorno, il 19 ho un turno. Spostatemi pure a quello del 17 ottobre a Brackenheim, grazie.",
    "Bonjour, le 19 je travaille. Merci de me changer pour celui du 17 octobre à Brackenheim.",
    "Dobar dan, 19. radim. Molim premjestite me na onaj od 17. listopada u Brackenheimu.",
])
def test_a_date_and_its_own_town_after_a_from_word_is_the_wish(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


# --- "could you put me on …? and cancel the other": a request to the desk, never only a cancellation

@pytest.mark.parametrize("body", [
    "Hallo, an dem Tag muss ich arbeiten. Können Sie mich auf den 17.10. nach Brackenheim setzen? Den anderen "
    "Termin bitte streichen.",
    "Hi, my shift changed. Could you move me to the 17 October one in Brackenheim? Please cancel the other one.",
    "Merhaba, o gün işim var. Beni 17 Ekim Brackenheim'a yazabilir misiniz? Diğerini iptal edin lütfen.",
])
def test_a_request_to_put_me_on_another_date_and_cancel_is_a_change(body):
    r = read(body + CONFIRMATION_QUOTED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


# --- "we will be N" in each language, and a date beside who comes is a registration ----------------

@pytest.mark.parametrize("language,text,expected", [
    ('de', 'Wir werden drei sein.', 3),
    ('en', 'There will be three of us.', 3),
    ('tr', 'Üç kişi olacağız.', 3),
    ('ar', 'سنكون ثلاثة.', 3),
    ('ru', 'Нас будет трое.', 3),
    ('ru', 'Nas budet troe.', 3),
    ('uk', 'Нас буде двоє.', 2),
    ('pl', 'Będzie nas troje.', 3),
    ('ro', 'Vom fi trei.', 3),
    ('hr', 'Bit će nas troje.', 3),
    ('bs', 'Bit će nas dvoje.', 2),
    ('sr', 'Биће нас четворо.', 4),
    ('sq', 'Do të jemi tre.', 3),
    ('bg', 'Ще бъдем трима.', 3),
    ('hu', 'Hárman leszünk.', 3),
    ('el', 'Θα είμαστε τρεις.', 3),
    ('it', 'Saremo in tre.', 3),
    ('es', 'Seremos tres.', 3),
    ('pt', 'Seremos quatro.', 4),
    ('fr', 'On sera trois.', 3),
    ('fr', 'Nous serons deux.', 2),
    ('ku', 'Em ê sê kes bin.', 3),
    ('ku', 'Em du kes in.', 2),
    ('ckb', 'ئێمە سێ کەس دەبین.', 3),
    ('fa', 'ما سه نفر هستیم.', 3),
    ('prs', 'ما سه نفر می\u200cباشیم.', 3),
    ('ps', 'موږ درې کسان یو.', 3),
    ('ti', 'ሰለስተ ኢና።', 3),
    ('am', 'ሦስት ነን።', 3),
    ('so', 'Waxaan nahay saddex.', 3),
    ('vi', 'Chúng tôi có ba người.', 3),
    ('hi', 'Hum teen log honge.', 3),
    ('hi', 'हम तीन लोग आएंगे।', 3),
    ('ur', 'ہم تین لوگ ہوں گے۔', 3),
    ('ta', 'நாங்கள் மூன்று பேர் வருவோம்.', 3),
    ('zh', '我们一共三个人。', 3),
    ('el', 'Tha eimaste dyo.', 2),
    ('ar', 'ra7 nkoun 2', 2),
])
def test_we_will_be_n_in_every_language(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected


@pytest.mark.parametrize("body,wanted,count", [
    ("Bonjour, on sera trois pour l'atelier du mardi 26 septembre, mes deux collègues et moi. "
     "Nous travaillons tous au centre social du quartier.\nCordialement, Yannick", "weinsberg", 3),
    ("Rojbaş, ez û keça xwe roja 21ê ilonê li Neuenstadt, em ê du kes bin. Gelek spas ji bo vê derfetê.\nDilan",
     "neuenstadt", 2),
    ("Salaan, aniga iyo hooyaday waxaan imaan doona 26ka bisha sagaalaad ee Weinsberg, fadlan na qor. Mahadsanid\nHodan",
     "weinsberg", 2),
    ("Good evening, my neighbour and I for the Thursday session on 21 September, we heard about it at the "
     "library last week.\nBest, Omar", "neuenstadt", 2),
])
def test_a_date_beside_who_comes_is_a_registration(body, wanted, count):
    r = read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", wanted, count)


def test_who_comes_beside_a_question_for_staff_is_not_confirmed():
    r = read("Hallo, wir sind drei Personen und fragen uns, ob es am 26.09. in Weinsberg eine Kinderbetreuung "
             "gibt und was das kostet?\nGruß Mehmet")
    assert r.action != "confirm"


# --- registrations with plain dates in Kurmanji, Somali, Sorani, Tigrinya, Amharic, Pashto and Dari -------

@pytest.mark.parametrize("body,wanted", [
    ('Silav, ez dixwazim besdar bibim roja 26 ilone li Weinsberg.\nAzad', 'weinsberg'),
    ('Rojbaş, navê min binivîsin ji bo 17ê cotmehê. Spas\nRojda', 'brackenheim'),
    ('Silav, ez dixwazim xwe tomar bikim bo 19/09 li Offenau.\nBerfin', 'offenau'),
    ('Salaan, waxaan rabaa inaan ka qeyb galo 17ka bisha tobnaad. Mahadsanid\nAsha', 'brackenheim'),
    ('Salaan, fadlan i diiwaangeli 21 sebtembar Neuenstadt.\nAbdi', 'neuenstadt'),
    ('سڵاو، دەمەوێت بەشداری بکەم لە ٢٦ی سێپتەمبەر لە Weinsberg.\nهێمن', 'weinsberg'),
    ('ሰላም፣ ኣብ 19 ሰፕቴምበር ኣብ Offenau ክሳተፍ ደልየ ኣለኹ።\nዮናስ', 'offenau'),
    ('ሰላም፣ በ26 ሴፕቴምበር በWeinsberg መሳተፍ እፈልጋለሁ።\nሄኖክ', 'weinsberg'),
    ('سلام، زه غواړم د ۱۷ اکتوبر په Brackenheim کې ګډون وکړم.\nګل', 'brackenheim'),
    ('سلام، من می\u200cخواهم در ورکشاپ ۲۱ سپتمبر در Neuenstadt اشتراک کنم.\nفرید', 'neuenstadt'),
    ('Silav, ez ê werim 19 îlonê. Spas\nSoran', 'offenau'),
    ('Salaan, waan iman doonaa 26 sebtembar. Mahadsanid\nFarhiya', 'weinsberg'),
    ('Slav, dixwazim besdar bibim 19ê meha nehan.\nJiyan', 'offenau'),
])
def test_a_plain_date_and_a_wish_to_come_registers(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)


# --- "registered for X, but I'd rather Y" answering our confirmation of X is a change -------------------

_OUR_CONFIRMATION = ("\n\nAm 30.08.2023 um 12:00 schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n"
                     "> Guten Tag,\n> vielen Dank! Sie sind jetzt angemeldet.\n"
                     "> Datum: Dienstag, 26. September 2023\n> Ort: Baukelter\n> Adresse: Seufferheldstraße 14, 74189 Weinsberg\n")


def _answering_weinsberg(body: str):
    raw = build(body + _OUR_CONFIRMATION, subject="Re: Ihre Anmeldung [MB-QX7K2M]",
                headers={"In-Reply-To": "<mb-5@landratsamt-heilbronn.de>"})
    reg = RegView(5, "weinsberg", "confirmed", 1)
    desk = Desk(now=datetime(2023, 9, 6, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")), events=EVENTS, mine=(reg,),
                thread=reg, answer=read_answer(raw, EVENTS))
    return understand(raw, EVENTS, OFFICE), desk


@pytest.mark.parametrize("body,new", [
    ("Je suis inscrit pour Weinsberg mais je préfère finalement le jeudi 21 septembre.", "neuenstadt"),
    ("Estoy inscrita para Weinsberg pero preferiría ir el 17 de octubre.", "brackenheim"),
    ("Sono iscritta per Weinsberg ma preferirei venire il 21 settembre.", "neuenstadt"),
    ("I'm registered for Weinsberg but would rather come on 17 October.", "brackenheim"),
    ("Estou inscrita para Weinsberg mas prefiro ir no dia 21 de setembro.", "neuenstadt"),
    ("Weinsberg için kayıtlıyım ama 17 Ekim benim için daha uygun olur.", "brackenheim"),
    ("Sunt înscrisă pentru Weinsberg dar aș prefera 21 septembrie.", "neuenstadt"),
    ("Prijavljena sam za Weinsberg ali bi mi više odgovarao 17. listopada.", "brackenheim"),
])
def test_registered_for_one_but_preferring_another_answering_our_confirmation_is_a_change(body, new):
    reading, desk = _answering_weinsberg(body)
    plan = decide(reading, desk)
    assert (reading.intent, reading.workshop) == ("change", new)
    assert plan.move == (5, new, "confirmed") and not plan.cancel


# --- a question about papers that names no workshop goes to staff, not "which date?" ------------------

@pytest.mark.parametrize("body", [
    "Guten Tag, muss ich zur Teilnahme am Workshop meinen Ausweis oder andere Unterlagen mitbringen?\nGruß Samir",
    "Hello, do I need any documents to take part in the workshop? I only have a Duldung at the moment.\nThanks",
    "Bonjour, faut-il apporter des papiers pour participer à l'atelier ? Je n'ai pas encore de titre de séjour.",
    "Merhaba, atölyeye katılmak için kimlik veya başka belge gerekiyor mu?",
    "Здравствуйте, нужны ли какие-нибудь документы для участия в семинаре?",
    "سلام، برای شرکت در جلسه آیا باید پاسپورت یا مدرک دیگری بیاورم؟",
    "مرحبا، هل أحتاج إلى وثائق أو جواز السفر للمشاركة في الورشة؟",
    "Pozdrav, trebaju li mi neki dokumenti za učešće na radionici?",
])
def test_a_question_about_papers_naming_no_workshop_goes_to_staff(body):
    r = read(body)
    assert r.action == "review"


def test_a_registration_that_also_asks_about_papers_is_confirmed():
    r = read("Hallo, ich melde mich für den 26.09. in Weinsberg an. Brauche ich dafür meinen Ausweis?\nGruß Samir")
    assert (r.action, r.workshop) == ("confirm", "weinsberg") and "question_for_staff" in r.flags



# --- the writer's wish and another person's "instead" wish: two people, to staff ---------------------

@pytest.mark.parametrize("body", [
    'Ich komme am 19.09., mein Mann möchte dagegen lieber am 17.10. kommen.',
    "I'll come on the 19th; my husband would instead prefer the 17th of October.",
    'I come on 19 September, my wife would rather come on 26 September instead.',
    'Je viens le 19 septembre ; mon mari préférerait plutôt le 17 octobre.',
    'Yo voy el 19 de septiembre, mi marido en cambio prefiere el 17 de octubre.',
    'Io vengo il 19 settembre, mio marito invece preferisce il 17 ottobre.',
    "Ben 19 Eylül'de geliyorum, eşim ise onun yerine 17 Ekim'i tercih ediyor.",
    'Я приду 19 сентября, а муж вместо этого лучше 17 октября.',
    'Ja przyjdę 19 września, a mój mąż zamiast tego woli 17 października.',
    'Eu vin pe 19 septembrie, iar soțul meu ar prefera în schimb 17 octombrie.',
    'Ja dolazim 19. rujna, a moj suprug bi radije umjesto toga 17. listopada.',
    'Eu vou no dia 19 de setembro, o meu marido prefere antes o dia 17 de outubro.',
    'Ich melde mich für den 19.09. an. Meine Kollegin kommt stattdessen lieber am 26.09.',
])
def test_the_writers_date_and_another_persons_preferred_date_go_to_staff(body):
    r = read(body)
    assert r.action == "review" and r.workshop is None


@pytest.mark.parametrize("body,wanted", [
    ("Statt am 19.09. komme ich lieber am 26.09. nach Weinsberg.", "weinsberg"),
    ("Instead of the 19th please put me down for 21 September.", "neuenstadt"),
    ("Zamiast 19 września wolę przyjść 26 września.", "weinsberg"),
])
def test_one_persons_instead_is_still_one_wish(body, wanted):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", wanted)
