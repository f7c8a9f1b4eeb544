"""A clause that gives a reason ("weil ich donnerstags arbeite", "çünkü perşembe çalışıyorum", "jer radim
četvrtkom") says why; the weekday, date or town in it is no wish and makes the reading neither ambiguous nor
another workshop (concept ``reason`` in mailbot/understand/lang/*.toml). What stands before the word ("I can only
come on Tuesday because …") still wishes. Every sentence is the test's own."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body", [
    "Hello, I would like to come on 26.9. in Weinsberg, because I work on Thursdays.",
    "Hi, please register me for 26 September since on Thursday I have my German course.",
    "Hallo, ich möchte am 26.9. nach Weinsberg kommen, weil ich donnerstags arbeite.",
    "Guten Tag, ich melde mich für den 26.09. an, da ich am Donnerstag Spätschicht habe.",
    "Hallo, bitte für Weinsberg anmelden, denn am 21.9. bin ich beim Arzt.",
    "Merhaba, 26 Eylül'e gelmek istiyorum çünkü perşembe günleri çalışıyorum.",
    "Pozdrav, htio bih doći 26.9. jer radim četvrtkom.",
    "Zdravo, prijavljujem se za 26.9. u Weinsberg jer u četvrtak radim.",
    "Поздрав, пријављујем се за 26.9. јер четвртком радим.",
    "Γεια σας, θα ήθελα να έρθω στις 26.9. γιατί δουλεύω την Πέμπτη.",
    "Καλησπέρα, δηλώνω συμμετοχή για 26/9 επειδή την Πέμπτη έχω δουλειά.",
    "Bonjour, je voudrais venir le 26.9. parce que je travaille le jeudi.",
    "Bonjour, inscrivez-moi pour le 26 septembre car le jeudi je travaille.",
    "Buongiorno, vorrei venire il 26.9. perché il giovedì lavoro.",
    "Hola, quiero ir el 26 de septiembre porque los jueves trabajo.",
    "Olá, quero ir no dia 26/9 porque às quintas-feiras trabalho.",
    "Здравствуйте, хочу прийти 26.09, потому что по четвергам я работаю.",
    "Добрий день, хочу записатися на 26.09, бо в четвер я працюю.",
    "Bună ziua, vreau să vin pe 26.09 deoarece joia lucrez.",
    "Përshëndetje, dua të vij më 26.9. sepse të enjten punoj.",
    "Здравейте, искам да дойда на 26.09, защото в четвъртък работя.",
    "Jó napot, szeptember 26-án szeretnék jönni, mert csütörtökön dolgozom.",
    "سلام، می‌خواهم ۲۶ سپتامبر بیایم چون پنجشنبه‌ها کار می‌کنم.",
    "سلام، میخواهم ۲۶ سپتامبر بیایم چون روز پنجشنبه کار دارم.",
    "مرحبا، أريد الحضور يوم 26 سبتمبر لأن يوم الخميس عندي عمل.",
    "ሰላም፣ ሴፕቴምበር 26 መምጣት እፈልጋለሁ ምክንያቱም ሐሙስ እሰራለሁ።",
    "ሰላም፣ ን26 ሴፕቴምበር ክመጽእ እደሊ ምኽንያቱ ሓሙስ እሰርሕ እየ።",
    "Salaan, waxaan rabaa inaan imaado 26 September sababtoo ah Khamiista waan shaqeeyaa.",
    "Chào anh chị, em muốn đăng ký ngày 26/9 vì thứ Năm em phải đi làm.",
    "नमस्ते, मैं 26 सितंबर को आना चाहता हूँ क्योंकि गुरुवार को मेरा काम है।",
    "السلام علیکم، میں 26 ستمبر کو آنا چاہتا ہوں کیونکہ جمعرات کو مجھے کام ہے۔",
    "வணக்கம், நான் செப்டம்பர் 26 அன்று வர விரும்புகிறேன் ஏனெனில் வியாழக்கிழமை எனக்கு வேலை.",
    "你好，我想报名9月26日，因为星期四我要上班。",
    "Silav, ez dixwazim 26ê îlonê werim ji ber ku roja pêncşemê ez dixebitim.",
    "سڵاو، دەمەوێت ٢٦ی سێپتەمبەر بێم چونکە پێنجشەممە کار دەکەم.",
    "سلام، زه غواړم ۲۶ سپتمبر راشم ځکه چې د پنجشنبې کار لرم.",
    "Merhaba, 26 Eylül Weinsberg olsun çünkü Brackenheim bana çok uzak.",  # a town in the reason
    "Hallo, ich nehme den 26.9., weil ich in Neuenstadt keinen Parkplatz finde.",
])
def test_a_weekday_or_town_in_the_reason_is_no_wish(body):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("register", "confirm", "weinsberg")


@pytest.mark.parametrize("body,workshop", [
    ("Запишите меня на 17 октября в Бракенхайм, так как 26 сентября я в отпуске.", "brackenheim"),
    ("Mi iscrivo per il 17 ottobre perché il 26 settembre sono in ferie.", "brackenheim"),
    ("Quero me inscrever para 17 de outubro pois no dia 26 de setembro estou viajando.", "brackenheim"),
    ("Hallo, ich komme am 21.9. nach Neuenstadt, da ich dort wohne.", "neuenstadt"),
])
def test_a_date_in_the_reason_leaves_the_wished_one(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body", [
    "Weil ich donnerstags arbeite, komme ich lieber am 26.9. nach Weinsberg.",
    "Because on Thursday I work, I'd like to register for Tuesday 26 September.",
    "I can only come on the 26th because on Thursday I work.",
    "I can only come on Tuesday, 26 Sept, because I work on Thursdays.",
    "Sadece 26 Eylül Salı gelebilirim çünkü perşembe çalışıyorum.",
    "Solo puedo ir el martes 26, porque el jueves 21 trabajo.",
    "Ich kann nur am Dienstag, dem 26.9., weil ich am 21.9. arbeite.",
])
def test_the_wish_before_or_after_the_reason_stands(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


@pytest.mark.parametrize("body", [
    "Please move me from 21/9 to 17/10 because I work on Thursday.",
    "Bitte verlegen Sie mich vom 21.9. auf den 17.10., weil ich donnerstags arbeite.",
])
def test_a_change_with_a_reason_moves_to_the_new_date(body):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "brackenheim")


@pytest.mark.parametrize("body", [
    "Ich muss mich leider abmelden, weil ich am 21.9. arbeiten muss.",
    "I have to cancel because on the 21st I have a doctor's appointment.",
    "Moram otkazati jer 21.9. radim.",
])
def test_a_date_in_the_reason_of_a_cancellation_is_what_is_cancelled_never_a_wish(body):
    r = read(body)
    assert r.intent == "cancel" and r.action == "cancel" and r.workshop == "neuenstadt"


@pytest.mark.parametrize("body", [
    "Ich muss mich leider abmelden, ich muss am 21.9. arbeiten.",
    "I have to cancel, I have to work on the 21st.",
    "Je dois annuler, je travaille le 21 septembre.",
    "Tengo que cancelar, el 21 de septiembre tengo que trabajar.",
    "Muszę się wypisać, muszę 21 września pracować.",
])
def test_a_cancellation_beside_the_work_that_keeps_the_writer_away_is_no_change(body):
    """Said without 'because': the date of the work names what is cancelled, never a new wish (``unwell``)."""
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("cancel", "cancel", "neuenstadt")


def test_a_cancellation_beside_a_date_that_suits_is_still_a_change():
    r = read("Ich muss den Termin am 19.9. absagen, am 26.9. komme ich gerne.")
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "weinsberg")
