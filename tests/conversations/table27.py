"""A twenty-seventh set (helper conv27, issue 12): 30 conversations as residents of modest schooling
write them, over two to five mails, in German and nineteen other languages (Tamil, Chinese, Greek,
Arabic, Persian, Russian and Ukrainian in their own scripts), written without reading the
understanding or the deciding code, any corpus, or the other tables beyond the notation of
table26.py. Each answer quotes the desk's real reply as the runner built it, unless it keeps only a
part of it by hand (``part``) or quotes nothing (a new mail).

Kinds this table has more of than the earlier ones: answers to our "how many people?" question
("ok", "2", "wir sind zu dritt", "only me"); answers to our "already registered" mail (another date for
another person, a head-count); the waiting-list notice answered days later (taking the last date, or
waiting and then leaving the list); one of two registrations cancelled by its date; a name change
("my husband's name, not mine"); three mails in one morning before the desk answers; an ambiguous
"Tuesday" (three workshops are on a Tuesday: ask again); family members from another address
(staff decide, nothing changes on their word).

held out: 19/30 on main d8fca77 (played once before any fix). Failing:
- c27-el-top-26th: "την 26η" (the 26th, Greek ordinal) answering our list asked again.
- c27-ar-town-only: "بدي سجل بالورشة" (Levantine: I want to register for the workshop) went to staff
  instead of getting our list.
- c27-de-kinder-zu-dritt, c27-en-family-ok-then-two, c27-fa-kids-only-me, c27-ru-family-2: "with my
  children", "me and my family", "من و بچه هام", "с семьёй" (no number) were confirmed for 2, 1, 1, 2
  people instead of asking how many come.
- c27-tr-already-annem: the answer to "already registered" asking for the mother on another date went
  to staff instead of registering her.
- c27-pl-wait-then-leave: "prosze mnie skreslic z listy oczekujacych" went to staff instead of taking
  her off the waiting list.
- c27-de-name-ehemann: "schreiben Sie den Namen von meinem Mann, nicht meinen" went to staff instead
  of changing the name.
- c27-de-drei-mails: a second mail the same morning, "ich bringe meine Tochter mit" (no date, the
  writer registered once), was asked which date instead of counting the daughter.
- c27-tr-ogul-baska-adres: "biz geliyoruz, iptal yok" (we are coming, no cancellation) answering our
  mail cancelled the registration: a wrong cancellation.

After the fixes of conv27: 24/30, no expectation changed; the six left were KNOWN_FAILING27 (strict xfail).
After helper howmany: 30/30, no expectation changed (the question "how many people come?", the relative's
registration of their own answering "already registered", a companion added by a new mail with no date);
KNOWN_FAILING27 is empty.
"""

from tests.conversations.runner import Step
from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, rep
from tests.conversations.table26 import mark, other, part


def top(text, expect, regs=None, day=None):
    """An answer written above the quoted mail as Outlook does (a header block, no "> ")."""
    return Step(text, expect, regs or {}, reply=True, day=day, style="outlook")


# --- answers to our numbered list ------------------------------------------------------------------
LIST = [
    conv("c27-ta-thursday", "ta",
         new("வணக்கம், நான் பட்டறைக்கு வர விரும்புகிறேன். செல்வி ராஜன்", "clarify", subject="பட்டறை"),
         rep("வணக்கம், வியாழக்கிழமை அன்று வருகிறேன். செல்வி", "confirmed", {NEU: (C, 1)}),
         rep("மிக்க நன்றி", None, {NEU: (C, 1)})),
    conv("c27-de-dienstag-welcher", "de",
         new("Hallo, ich will zum Workshop kommen mit mein Mann.\nGruß Hatice Demir", "clarify"),
         # three of the four workshops are on a Tuesday: ask again
         rep("Hallo, Dienstag passt uns am besten.\nHatice", "clarify"),
         rep("Dann den im Oktober.\nHatice Demir", "confirmed", {BRA: (C, 2)}),
         rep("Danke schön", None, {BRA: (C, 2)})),
    conv("c27-zh-inline-last", "zh",
         new("你好，我想参加你们的研讨会。王丽", "clarify", subject="报名"),
         mark("就这个", "confirmed", "4. Dienstag", {BRA: (C, 1)}),
         auto({BRA: (C, 1)}),
         rep("谢谢！", None, {BRA: (C, 1)})),
    conv("c27-el-top-26th", "el",
         new("Καλησπερα θελω να ερθω στο σεμιναριο μαζι με τη γυναικα μου. Γιαννης Παππας", "clarify",
             subject="σεμιναριο"),
         top("Καλησπερα, την 26η παρακαλω. Γιαννης", "confirmed", {WEI: (C, 2)}),
         rep("Ευχαριστω πολυ", None, {WEI: (C, 2)})),
    conv("c27-ar-town-only", "ar",
         new("السلام عليكم بدي سجل بالورشة. خالد العلي", "clarify", subject="ورشة"),
         # he keeps nothing of our mail, writes the town alone
         part("Weinsberg\nخالد", "confirmed", {WEI: (C, 1)}),
         rep("شكرا كتير", None, {WEI: (C, 1)})),
    conv("c27-uk-20th-then-21st", "uk",
         new("Добрий день, хочу на семінар записатися. Олег Ткаченко", "clarify", subject="семінар"),
         # there is no workshop on the 20th: ask again
         rep("Добрий день, 20 вересня", "clarify"),
         rep("ой вибачте, 21-го", "confirmed", {NEU: (C, 1)})),
]

# --- answers to "how many people?" --------------------------------------------------------------------
HOW_MANY = [
    conv("c27-de-kinder-zu-dritt", "de",
         new("Hallo, ich melde mich mit meinen Kindern für den Workshop in Weinsberg an.\nGruß Svetlana Braun",
             "clarify"),
         rep("wir sind zu dritt", "confirmed", {WEI: (C, 3)}),
         rep("Danke", None, {WEI: (C, 3)})),
    conv("c27-en-family-ok-then-two", "en",
         new("Hello, I want register me and my family for 21 September in Neuenstadt. Regards Joseph Adeyemi",
             "clarify", subject="workshop"),
         # "ok" says no number: ask again
         rep("ok", "clarify"),
         rep("sorry. only me and my wife, so 2", "confirmed", {NEU: (C, 2)})),
    conv("c27-fa-kids-only-me", "fa",
         new("سلام، من و بچه هام میخواهیم بیاییم کارگاه ۱۷ اکتبر براکنهایم. زهرا احمدی", "clarify",
             subject="کارگاه"),
         rep("سلام ببخشید، فقط خودم میام. بچه ها مدرسه دارن. زهرا", "confirmed", {BRA: (C, 1)})),
    conv("c27-ru-family-2", "ru",
         new("Здравствуйте, хочу записаться с семьёй на 26 сентября в Вайнсберг. Ирина Козлова", "clarify",
             subject="запись"),
         rep("2", "confirmed", {WEI: (C, 2)}),
         auto({WEI: (C, 2)}),
         rep("спасибо", None, {WEI: (C, 2)})),
]

# --- answers to "you are already registered" ------------------------------------------------------------
ALREADY = [
    conv("c27-de-doppelt-schwester", "de",
         new("Anmeldung für Neuenstadt 21.9.\nGruß Gül Yildiz", "confirmed", {NEU: (C, 1)}),
         new("Hallo, ich möchte mich anmelden für den Workshop in Neuenstadt.\nGül Yildiz", "already",
             {NEU: (C, 1)}, day=3),
         rep("Entschuldigung das war doppelt. Aber meine Schwester kommt mit, also bitte 2 Personen.", "recounted",
             {NEU: (C, 2)}, day=4)),
    conv("c27-tr-already-annem", "tr",
         new("Merhaba, 26 Eylul Weinsberg icin kayit olmak istiyorum. Ayse Kaya", "confirmed", {WEI: (C, 1)},
             subject="kayit"),
         new("Merhaba, Weinsberg atolyesine kayit yaptirmak istiyorum. Ayse Kaya", "already", {WEI: (C, 1)},
             subject="kayit"),
         # the second mail was for her mother, for another date
         rep("Pardon, o mail annem icindi. Annem 17 Ekim Brackenheim'a gelmek istiyor. Ben 26 Eylul'de "
             "geliyorum yine.", "confirmed", {WEI: (C, 1), BRA: (C, 1)})),
]

# --- the waiting list --------------------------------------------------------------------------------------
WAITING = [
    conv("c27-ro-waiting-last-later", "ro",
         new("Buna ziua vreau sa vin la Offenau 19 septembrie cu sotul meu. Elena Popescu", "waiting",
             {OFF: (W, 2)}, subject="inscriere"),
         # days later: the last of the dates offered
         rep("Buna ziua, abia acum am vazut. Luam ultima data, in octombrie. Elena", "changed", {BRA: (C, 2)},
             day=5),
         rep("Multumim frumos", None, {BRA: (C, 2)}, day=6),
         capacity={OFF: 1}, before=[("plin-offenau", "Anmeldung für Offenau 19.9., Gruß Rolf Bauer")]),
    conv("c27-pl-wait-then-leave", "pl",
         new("Dzien dobry, zapisuje sie na 21 wrzesnia Neuenstadt. Anna Nowak", "waiting", {NEU: (W, 1)},
             subject="zapis"),
         rep("Dziekuje, inne terminy mi nie pasuja, poczekam.", None, {NEU: (W, 1)}, day=4),
         rep("Dzien dobry, jednak prosze mnie skreslic z listy oczekujacych. Anna Nowak", "cancelled", {},
             day=8),
         capacity={NEU: 1}, before=[("plin-neuenstadt", "Anmeldung für Neuenstadt 21.9., Gruß Karl Weber")]),
]

# --- cancellations -------------------------------------------------------------------------------------
CANCEL = [
    conv("c27-uk-cancel-21st", "uk",
         new("Добрий день. Скасуйте будь ласка той що 21-го. Тетяна Бондар", "cancelled", {WEI: (C, 1)},
             subject="скасування"),
         rep("дякую. а на 26-те нас буде двоє, чоловік теж прийде", "recounted", {WEI: (C, 2)}),
         rep("Дякую!", None, {WEI: (C, 2)}),
         booked=[(NEU, 1), (WEI, 1)]),
    conv("c27-es-cancel-which-mark", "es",
         new("Hola, no puedo ir, cancelen por favor. Lucia Fernandez", "clarify", {OFF: (C, 1), BRA: (C, 1)},
             subject="cancelar"),
         mark("este", "cancelled", "1. Dienstag", {BRA: (C, 1)}),
         rep("gracias", None, {BRA: (C, 1)}),
         booked=[(OFF, 1), (BRA, 1)]),
    conv("c27-sq-cancel-then-rebook", "sq",
         new("Pershendetje, regjistrim per 21 shtator Neuenstadt. Besa Hoxha", "confirmed", {NEU: (C, 1)},
             subject="regjistrim"),
         rep("Pershendetje, nuk mund te vij me 21, ju lutem anuloni.", "cancelled", {}),
         # a new mail days later
         new("Pershendetje perseri, a mund te vij ne 17 tetor ne Brackenheim? Besa Hoxha", "confirmed",
             {BRA: (C, 1)}, subject="regjistrim", day=5)),
]

# --- names -----------------------------------------------------------------------------------------------
NAMES = [
    conv("c27-de-name-ehemann", "de",
         new("Hallo, ich melde mich für Offenau am 19.9. an.\nGruß Fatma Arslan", "confirmed", {OFF: (C, 1)}),
         rep("Hallo, bitte schreiben Sie den Namen von meinem Mann, Kemal Arslan, nicht meinen Namen. "
             "Er geht hin.\nFatma", "renamed", {OFF: (C, 1)}),
         rep("Danke", None, {OFF: (C, 1)})),
    conv("c27-en-name-husband", "en",
         new("Hi, please register me for the workshop in Weinsberg on 26 September. Mary Mensah", "confirmed",
             {WEI: (C, 1)}, subject="registration"),
         rep("Hello, can you please put my husband's name Daniel Mensah instead of my name? He is the one "
             "who will come. Thanks Mary", "renamed", {WEI: (C, 1)})),
]

# --- three mails in one morning, before the desk answers --------------------------------------------------
BURST = [
    conv("c27-de-drei-mails", "de",
         new("Hallo ich will mich anmelden für Weinsberg\nGruß Emine Koc", "confirmed", {WEI: (C, 2)}, day=0),
         new("Hallo nochmal, ich bringe meine Tochter mit.\nEmine Koc", "recounted", {WEI: (C, 2)}, day=0),
         new("Und wo kann man da parken?\nEmine", "received", {WEI: (C, 2)}, day=0),
         rep("Danke für alles", None, {WEI: (C, 2)}, day=1)),
    conv("c27-en-three-mails-switch", "en",
         new("Hello I register for 17 October Brackenheim. Peter Obi", "confirmed", {WEI: (C, 2)},
             subject="workshop", day=0),
         new("Sorry wrong date, I mean 26 September in Weinsberg. Peter Obi", "changed", {WEI: (C, 2)},
             subject="workshop", day=0),
         new("and my wife comes too so we are 2. Peter", "recounted", {WEI: (C, 2)}, subject="workshop", day=0)),
]

# --- changes of date ---------------------------------------------------------------------------------------
CHANGE = [
    conv("c27-hr-ooo-umjesto", "hr",
         new("Postovani, prijava za radionicu 19.9. Offenau. Marija Kovacevic", "confirmed", {OFF: (C, 1)},
             subject="prijava"),
         auto({OFF: (C, 1)}),
         rep("Bok, umjesto toga Neuenstadt molim. Marija", "changed", {NEU: (C, 1)}),
         rep("hvala lijepa", None, {NEU: (C, 1)})),
    conv("c27-vi-doi-sang", "vi",
         new("Xin chao, toi dang ky hoi thao ngay 26/9 o Weinsberg. Tran Thi Lan", "confirmed", {WEI: (C, 1)},
             subject="dang ky"),
         rep("Xin loi, cho toi doi sang ngay 17/10 duoc khong? Lan", "changed", {BRA: (C, 1)}),
         rep("Cam on nhieu", None, {BRA: (C, 1)})),
    conv("c27-ru-missed-then-move", "ru",
         new("Здравствуйте запишите меня на 19 сентября в Оффенау. Людмила Соколова", "confirmed", {OFF: (C, 1)},
             subject="запись", day=1),
         # the clock later: Offenau has taken place, she could not come
         rep("Здравствуйте, извините я заболела и не смогла прийти 19-го. Можно меня записать на 26 сентября?",
             "changed", {WEI: (C, 1)}, day=16)),
]

# --- head-counts said in words --------------------------------------------------------------------------------
COUNT = [
    conv("c27-pl-bez-dzieci", "pl",
         new("Dzien dobry, zapisuje nas na 17 pazdziernika Brackenheim, ja, maz i dwoje dzieci. "
             "Katarzyna Wisniewska", "confirmed", {BRA: (C, 4)}, subject="zapis"),
         rep("Dzien dobry, jednak przyjdziemy bez dzieci, tylko we dwoje.", "recounted", {BRA: (C, 2)}),
         auto({BRA: (C, 2)}),
         rep("dziekuje", None, {BRA: (C, 2)})),
    conv("c27-es-hermana-pregunta", "es",
         new("Hola, me apunto al taller del 21 de septiembre en Neuenstadt. Carmen Ruiz", "confirmed",
             {NEU: (C, 1)}, subject="taller"),
         rep("Hola otra vez, mi hermana tambien viene conmigo.", "recounted", {NEU: (C, 2)}),
         # a question: staff answer it, nothing changes
         rep("Una pregunta, hay que llevar algo? el pasaporte?", "received", {NEU: (C, 2)})),
    conv("c27-bs-no-quote-sama", "bs",
         new("Zdravo, htjela bih se prijaviti na radionicu. Amra Hodzic", "clarify", subject="prijava"),
         rep("Zdravo, za 26. septembar molim, bicemo dvije, ja i kcerka.", "confirmed", {WEI: (C, 2)},
             quote=False),
         # a new mail, quoting nothing
         new("Zdravo, Amra Hodzic ovdje. Kcerka ipak ne moze, dolazim sama na radionicu 26.9.", "recounted",
             {WEI: (C, 1)}, subject="prijava")),
]

# --- others of the family, questions -------------------------------------------------------------------------
FAMILY = [
    conv("c27-fr-femme-autre-adresse", "fr",
         new("Bonjour, je m'inscris pour le 26 septembre a Weinsberg avec ma femme. Moussa Diallo", "confirmed",
             {WEI: (C, 2)}, subject="inscription"),
         # his wife answers the confirmation he forwarded her, from her own address: staff decide
         other("khadija-diallo", "Bonjour, je suis la femme de Moussa Diallo. Moi je ne peux pas venir, "
               "seulement mon mari.", "received", {WEI: (C, 2)}),
         rep("Oui c'est vrai, ma femme ne vient pas, je viens seul. Moussa", "recounted", {WEI: (C, 1)})),
    conv("c27-tr-ogul-baska-adres", "tr",
         new("Merhaba 19 Eylul Offenau icin annemle birlikte kayit olmak istiyorum. Zeynep Celik", "confirmed",
             {OFF: (C, 2)}, subject="kayit"),
         # her son writes a new mail from his address: nothing is cancelled on his word; his relatives' cancellation
         # goes to staff, who hold their registration (written "not_registered"; staff's answer is as careful)
         other("emre-celik", "Merhaba ben Zeynep Celik'in ogluyum. Annem ve anneannem 19 Eylul'e gelemiyor, "
               "iptal edin lutfen.", "received", {OFF: (C, 2)}, reply=False, subject="iptal"),
         rep("Merhaba, biz geliyoruz, iptal yok. Orada park yeri var mi? Zeynep", "received", {OFF: (C, 2)})),
    conv("c27-sr-pitanje-dete", "sr",
         new("Dobar dan, prijava za 21.9. Neuenstadt, nas troje. Goran Jovanovic", "confirmed", {NEU: (C, 3)},
             subject="prijava"),
         rep("Da li moze dete od 5 godina da dodje sa nama ili da ostane kuci?", "received", {NEU: (C, 3)}),
         auto({NEU: (C, 3)}),
         rep("Hvala na odgovoru", None, {NEU: (C, 3)})),
]

CONVERSATIONS27 = LIST + HOW_MANY + ALREADY + WAITING + CANCEL + NAMES + BURST + CHANGE + COUNT + FAMILY
# failed when played once on the unchanged code (strict xfail: a fix shows as XPASS)
KNOWN_FAILING27: list[str] = [
]
