"""Arabic (and Arabizi), Persian, Dari, Pashto, Kurmanji, Sorani, Tigrinya, Amharic, Somali and Turkish:
registrations, cancellations, companions, negations and thanks read through ``understand()``.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023; messages are dated Mon 11.09.2023.
"""

from __future__ import annotations

import pytest

from mailbot.understand.language import detect_language
from tests.unit.test_reading import read

# --- registrations: (text, workshop, attendees) -------------------------------------------------------

REGISTRATIONS = [
    # Arabic: Gulf/Iraqi wording, "ومع أمي" = and with my mother
    ("مساء الخير، ودي أسجل في الورشة يوم 21 سبتمبر في نويشتات ومع أمي. تحياتي", "neuenstadt", 2),
    # Arabic with the Levantine month name, no hamza
    ("مرحبا، بدي احضر ورشة 17 تشرين الاول لوحدي. شكرا", "brackenheim", 1),
    # Arabizi: "ma3 jozi" = with my husband
    ("salam, ana Hiba w bade eji ma3 jozi 3al workshop 19/9 f Offenau. merci", "offenau", 2),
    # Persian: "به همراه دخترم" = together with my daughter
    ("درود، لطفا نام مرا برای کارگاه ۲۱ سپتامبر به همراه دخترم ثبت کنید. سپاس", "neuenstadt", 2),
    # Dari: "همراه با اولادم" = with my child
    ("سلام، من همراه با اولادم به ورکشاپ ۱۹ سپتمبر اشتراک میکنم. تشکر", "offenau", 2),
    # Pashto: "زه او زما ورور" = I and my brother
    ("سلام، زه او زما ورور غواړو چې د اکټوبر په ۱۷ ګډون وکړو.", "brackenheim", 2),
    # Kurmanji without diacritics: "bi hevala xwe re" = with my (female) friend
    ("Silav, ez dixwazim bi hevala xwe re 21e Ilone werim Neuenstadt. Spas", "neuenstadt", 2),
    # Sorani: "لەگەڵ دایکم" = with my mother
    ("سڵاو، دەمەوێت لەگەڵ دایکم بەشداری بکەم لە ٢١ی سێپتەمبەر. سوپاس", "neuenstadt", 2),
    # Tigrinya: "ምስ ዓርከይ" = with my friend
    ("ሰላም፣ ምስ ዓርከይ ኣብ 19 ሰፕተምበር ክንሳተፍ ንደሊ።", "offenau", 2),
    # Amharic: "ከእህቴ ጋር" = with my sister
    ("ሰላም፣ ከእህቴ ጋር በ21 ሴፕቴምበር መሳተፍ እፈልጋለሁ።", "neuenstadt", 2),
    # Somali: "anigoo la socda hooyaday" = with my mother
    ("Salaan, waxaan rabaa inaan imaado 19 Sebtembar anigoo la socda hooyaday.", "offenau", 2),
    # Turkish: "ben ve komşum" = I and my neighbour; Kurmanji-free Turkish unaccented
    ("Selam, ben ve komsum 21 eylulde Neuenstadt'a gelecegiz.", "neuenstadt", 2),
]


@pytest.mark.parametrize("text,workshop,attendees", REGISTRATIONS)
def test_registration_with_companion(text, workshop, attendees):
    r = read(text)
    assert (r.intent, r.action, r.workshop, r.attendees) == ("register", "confirm", workshop, attendees)


# --- cancellations ---------------------------------------------------------------------------------------

CANCELLATIONS = [
    ("مرحبا، ما بقدر احضر ورشة 26 أيلول، الرجاء الغاء اسمي.", "weinsberg"),
    ("hello, mesh ha2dar agi yom 26/9, elghi el tasjil law sama7t", "weinsberg"),
    ("سلام، متاسفانه نمیتونم بیام به کارگاه ۲۶ سپتامبر، لطفا کنسل کنید.", "weinsberg"),
    ("سلام، زه به د سپتمبر په ۲۶ ونه شم راتلای، نوم مې لرې کړئ.", "weinsberg"),
    ("Silav, ez ê nikarim 26ê Îlonê werim, ji kerema xwe betal bikin.", "weinsberg"),
    ("سڵاو، ناتوانم بێم بۆ ٢٦ی ئەیلوول، تکایە هەڵیبوەشێننەوە.", "weinsberg"),
    ("ሰላም፣ ኣብ 26 ሰፕተምበር ክመጽእ ኣይክእልን።", "weinsberg"),
    ("ሰላም፣ 26 ሴፕቴምበር መምጣት አልችልም።", "weinsberg"),
    ("Salaan, ma iman karo 26 Sebteembar, fadlan iga baaji.", "weinsberg"),
    ("Merhaba, 26 Eylül'e gelemeyeceğim, lütfen kaydımı silin.", "weinsberg"),
]


@pytest.mark.parametrize("text,workshop", CANCELLATIONS)
def test_cancellation(text, workshop):
    r = read(text)
    assert (r.intent, r.action, r.workshop) == ("cancel", "cancel", workshop)


# --- negation: one date ruled out, the other chosen ----------------------------------------------------

NEGATIONS = [
    "مرحبا، يوم 19.09. ما بيناسبني. بدي سجل ليوم 26.09.",
    "سلام، ۱۹ سپتامبر وقت ندارم. میخواهم در ۲۶ سپتامبر شرکت کنم.",
    "Silav, 19.09. wextê min tune. Ez dixwazim 26.09. beşdar bibim.",
    "ሰላም፣ 19.09. ጊዜ የለኝም። 26.09. መሳተፍ እፈልጋለሁ።",
    "Salaan, 19.09. waqti ma haysto. Waxaan rabaa inaan ka qeyb galo 26.09.",
    "Merhaba, 19.09. müsait değilim. 26.09. tarihine katılmak istiyorum.",
]


@pytest.mark.parametrize("text", NEGATIONS)
def test_ruled_out_date_leaves_the_other(text):
    r = read(text)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


# --- polite formulas and conditions ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "مرحبا، اذا ممكن سجلوني على ورشة 26.09. إن شاء الله بكون موجود.",  # "if possible", "God willing": no condition
    "سلام، اگر امکان دارد مرا برای ۲۶ سپتامبر ثبت نام کنید.",
    "Salaan, haddii ay suurtagal tahay iga diiwaangeli 26.09.",
    "Merhaba, eğer mümkünse 26.09. için kaydımı yapın.",
])
def test_polite_if_is_no_condition(text):
    assert read(text).action == "confirm"


@pytest.mark.parametrize("text", [
    "مرحبا، بحضر يوم 26.09.، بس اذا في مترجم.",
    "Merhaba, 26.09. katılırım ama sadece çocuk bakımı varsa.",
    "I will join on 26.09., but only if there is step-free access.",
])
def test_registration_that_depends_on_a_condition_is_not_confirmed(text):
    assert read(text).action == "review"


# --- thanks after our confirmation: no new registration --------------------------------------------------

CONFIRMATION = "<20230911080000.AB12CD34EF@landratsamt-heilbronn.de>"


@pytest.mark.parametrize("text", [
    "يعطيكم العافية، وصلني التأكيد.",
    "yislamo, wosel el ta2kid",
    "خیلی ممنون، ایمیل تایید رسید.",
    "ډېره مننه، تایید مې ترلاسه کړ.",
    "Zor spas, min peyam wergirt.",
    "زۆر سوپاس، پەیامەکەم پێگەیشت.",
    "የቐንየለይ፣ መልእኽትኹም በጺሑኒ።",
    "በጣም አመሰግናለሁ፣ መልእክቱ ደርሶኛል።",
    "Aad baad u mahadsantihiin, fariintii waan helay.",
    "Çok teşekkürler, onay mailiniz geldi.",
])
def test_thanks_after_confirmation_registers_nothing(text):
    r = read(text, subject="Re: Anmeldebestätigung: Workshop Integrationskonzept am 26.09.2023 in Weinsberg",
             headers={"In-Reply-To": CONFIRMATION, "References": CONFIRMATION})
    assert r.intent not in ("register", "change", "cancel")
    assert r.action in ("review", "ignore")


# --- which language the reply is chosen for -----------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("سڵاو، ئەمە نامەیەکی تاقیکردنەوەیە بۆ ئێوە", "ckb"),
    ("سلام، دا زما لومړی لیک دی او زه ډېر خوشحاله یم", "ps"),
    ("سلام، من در ماه اکتوبر اشتراک میکنم", "prs"),
    ("سلام، من در ماه اکتبر شرکت میکنم", "fa"),
    ("ሰላም፣ ኣነ ሎሚ ናብ ቤት ትምህርቲ ክኸይድ እየ", "ti"),
    ("ሰላም፣ እኔ ዛሬ ወደ ትምህርት ቤት እሄዳለሁ", "am"),
    ("salam, ana bdi a3ref shu el mawdou3 ya3ni", "ar"),
    ("Hallo, ich komme am 3. Oktober mit 2 Kindern, wir freuen uns", "de"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


# --- answering our numbered list of dates with a position and "please" -------------------------------------

QUESTION = ("\n\nAm Mo., 11. Sept. 2023 um 09:00 Uhr schrieb Integration Landratsamt Heilbronn "
            "<integration@landratsamt-heilbronn.de>:\n> Für welchen Termin möchten Sie sich anmelden?\n"
            "> 1. Dienstag, 19.09.2023, Offenau\n> 2. Donnerstag, 21.09.2023, Neuenstadt a. K.\n"
            "> 3. Dienstag, 26.09.2023, Weinsberg\n> 4. Dienstag, 17.10.2023, Brackenheim\n")


@pytest.mark.parametrize("answer,workshop", [
    ("الثالث من فضلك", "weinsberg"),
    ("سومی لطفا", "weinsberg"),
    ("üçüncüsü lütfen", "weinsberg"),
    ("kan saddexaad fadlan", "weinsberg"),
    ("ሁለተኛውን እባካችሁ", "neuenstadt"),
])
def test_position_in_our_list_with_please(answer, workshop):
    r = read(answer + QUESTION, subject="Re: Ihre Anmeldung: welcher Termin?",
             headers={"In-Reply-To": CONFIRMATION, "References": CONFIRMATION})
    assert (r.action, r.workshop) == ("confirm", workshop)
