"""A held-out table of 30 conversations by mail (issue 12), written by helper convw5 to be played
again at the end of the session on the improved code.

What it holds: 10 German conversations and 20 in other languages (English, Turkish, Levantine
Arabic in Latin letters, Russian, Ukrainian, Polish, Romanian, Croatian, Albanian, Bulgarian,
Hungarian, Greek, Italian, Spanish, French, Kurmanji, Persian, Vietnamese, Chinese, Somali),
2-4 steps each. Kinds: answers to our numbered list ("the last", "Nr." against a list renumbered
after two workshops are over, an ordinal word, a date, a town, an ambiguous "Tuesday" and an
"either 2 or 3" that must be asked again, a bare number to "which registration?"); changes in a
reply (both dates with "lieber ... statt", only the new date, only the new town, "instead of" as
a question, "could you move me to", cancel and rebook in one mail, a change only if there is
space); head-count up and down, one of three dropping out, a raise that no longer fits (waiting
list) and then another date or fewer people; a companion replaced (named, by relation only); a
wife cancelling from her own address while her husband's own registration stays; a person with
two registrations cancelling "the October one"; replies to "already registered" (a count, a
plain thanks); thanks; questions for staff in a reply; an out-of-office answer followed by the
real one; a forwarded cancellation; HTML, Outlook and Outlook-HTML replies. Not covered: a reply
from another address of the same person (the runner gives each conversation one sender).

How it was written: the wording is my own, as residents of modest schooling write; each
expectation is what a careful member of staff would want, not what the program does. Notation
as in table.py / table2.py. Not read while writing: the understanding or deciding code
(mailbot/understand/, mailbot/decide*, lang/*.toml), any corpus, and table3.py to table18.py.

22 of 30 passed when written (played once on the unchanged code); the other eight are
KNOWN_FAILING19. Kept from the helpers fixing conversations that session, it was played again on
the code after their work was merged: 23 of 30 then (i19-de-falls-platz passes). The coordinator then
fixed one kind it showed (a relative brought along with her first name, "bringe meine Schwester
Aylin mit"): 24 of 30, fitted. Helper conv15 then fixed the six left (a line of the waiting-list
notice by "die 4", "the October one" of two registrations, a wish without a date, thanks answering
"already registered", a companion replaced by relation only, fewer people on the waiting list who
now fit): 30 of 30, those six fitted; table21.py holds conversations of the same kinds in other wording.
"""

from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, fwd, rep

# --- German ---------------------------------------------------------------------------------
GERMAN = [
    conv("i19-de-letzte-outlook", "de",
         new("Guten Morgen,\nich hab den Zettel vom Jobcenter bekommen wegen dem Workshop und will da hin.\n"
             "Gruß Renate Albers", "clarify"),
         rep("Hallo,\nich nehm den letzten Termin, der passt mir am besten.\nRenate Albers", "confirmed",
             {BRA: (C, 1)}, style="outlook")),
    conv("i19-de-nr-renumbered", "de",
         new("Hallo,\nmein Mann und ich würden gern zu dem Workshop kommen, wann ist der nächste?\n"
             "Gruß Heike Morlock", "clarify", day=18),
         # the list of 22 September: 1. Weinsberg, 2. Brackenheim
         rep("Nr. 2 bitte\nH. Morlock", "confirmed", {BRA: (C, 2)}, day=19)),
    conv("i19-de-dienstag-unklar", "de",
         new("Servus, ich will mich für den Workshop anmelden, bin dabei.\nGrüße Torsten Haag", "clarify"),
         # three of the four workshops are on a Tuesday: ask again
         rep("Der am Dienstag passt, da hab ich frei.", "clarify"),
         rep("Dann Weinsberg.\nTorsten", "confirmed", {WEI: (C, 1)})),
    conv("i19-de-lieber-statt-html", "de",
         new("Hallo, ich melde mich an für den 21.9. in Neuenstadt.\nLG Carina Walz", "confirmed", {NEU: (C, 1)}),
         rep("Hallo nochmal,\nich würde lieber am 17.10. kommen statt am 21.9., da muss ich arbeiten.\nCarina",
             "changed", {BRA: (C, 1)}, style="html")),
    conv("i19-de-falls-platz", "de",
         new("Hallo, hiermit Anmeldung für Offenau am 19.09.\nMfG Gerhard Sailer", "confirmed", {OFF: (C, 1)}),
         # Weinsberg has seats: the condition holds
         rep("Guten Tag,\nfalls in Weinsberg noch was frei ist, würde ich lieber dorthin wechseln. Wenn nicht, "
             "bleibt es halt bei Offenau.\nG. Sailer", "changed", {WEI: (C, 1)})),
    conv("i19-de-erhoehen-voll-dann-anderer", "de",
         new("Hallo, ich melde mich für den Workshop am 26.9. in Weinsberg an.\nGruß Mehmet Öz", "confirmed",
             {WEI: (C, 1)}),
         rep("Hallo, meine Frau und meine Tochter kommen auch mit, also sind wir 3.\nMehmet", "waiting",
             {WEI: (W, 3)}),
         # the waiting-list notice offers 1. Offenau, 2. Neuenstadt, 4. Brackenheim
         rep("Ok dann nehmen wir die 4, Hauptsache zusammen.\nMehmet Öz", "changed", {BRA: (C, 3)}),
         capacity={WEI: 2}),
    conv("i19-de-ehefrau-eigene-adresse", "de",
         new("Hallo, ich möchte mich für den Workshop in Neuenstadt am 21.9. anmelden.\nGruß Sonja Keller",
             "confirmed", {NEU: (C, 1)}),
         rep("Hallo,\nich kann leider doch nicht, ich muss auf die Kleine aufpassen. Bitte streichen Sie mich. "
             "Mein Mann Jürgen kommt trotzdem, der hat sich extra angemeldet.\nSonja Keller", "cancelled", {}),
         before=[("i19-jkeller", "Hallo, ich melde mich für Neuenstadt am 21.9. an. Gruß Jürgen Keller")]),
    conv("i19-de-begleitung-ersetzt", "de",
         new("Hallo, ich melde mich für Weinsberg am 26.9. an und bringe meine Schwester Aylin mit.\n"
             "Gruß Derya Aksoy", "confirmed", {WEI: (C, 2)}),
         rep("Hallo, meine Schwester kann leider nicht, dafür kommt meine Freundin Melek Yurt mit. "
             "Also bleiben wir zu zweit.\nDerya", "renamed", {WEI: (C, 2)})),
    conv("i19-de-abwesend-dann-antwort", "de",
         new("Sehr geehrte Damen und Herren,\nbitte merken Sie mich für den Integrations-Workshop vor.\n"
             "Mit freundlichen Grüßen\nBirgit Lorenz", "clarify"),
         auto({}, day=2),
         rep("Guten Tag,\nbin wieder da. Den 2. Termin in Neuenstadt bitte.\nMfG B. Lorenz", "confirmed",
             {NEU: (C, 1)}, day=3)),
    conv("i19-de-weitergeleitet-absage", "de",
         new("Hallo, Anmeldung für Brackenheim 17.10. für mich und meinen Mann.\nGrüße Elke Brenner", "confirmed",
             {BRA: (C, 2)}),
         fwd("Hallo,\nwir schaffen es am 17.10. leider doch nicht, bitte uns beide austragen.\nElke Brenner",
             "cancelled", {})),
]

# --- other languages ------------------------------------------------------------------------
OTHERS = [
    conv("i19-so-october-one", "so",
         # registered by phone for September and October: she names the one to cancel
         new("Salaan, ma imaan karo shirka bisha Oktoobar, fadlan ka saar. Kan Sebtembar waan imanayaa.\n"
             "Mahadsanid, Hodan Warsame", "cancelled", {NEU: (C, 1)}, subject="Ka noqosho"),
         rep("Mahadsanid, Sebtembar waan imaan doonaa. Hodan", None, {NEU: (C, 1)}),
         booked=[(NEU, 1), (BRA, 1)]),
    conv("i19-tr-cancel-which-bare", "tr",
         new("Merhaba, işim çıktı, kaydımı silebilir misiniz?\nOsman Kılıç", "clarify", {OFF: (C, 1), WEI: (C, 1)},
             subject="iptal"),
         rep("2", "cancelled", {OFF: (C, 1)}, style="outlook_html"),
         booked=[(OFF, 1), (WEI, 1)]),
    conv("i19-ar-one-drops", "ar",
         new("marhaba, bde sajel 3 ashkhas la workshop Weinsberg 26.9, ana w jozi w binti. shukran, Rana Haddad",
             "confirmed", {WEI: (C, 3)}, subject="tasjil"),
         rep("marhaba, binti ma bt2dar tiji 3ndha madrase, bas ana w jozi jayin. Rana", "recounted",
             {WEI: (C, 2)})),
    conv("i19-ru-tretiy", "ru",
         new("Здравствуйте! Мне сказали в интеграционном курсе, что у вас есть семинар. Я хочу пойти.\n"
             "Галина Зайцева", "clarify", subject="семинар"),
         rep("Здравствуйте, третий вариант мне подходит. Спасибо", "confirmed", {WEI: (C, 1)})),
    conv("i19-uk-perenesty", "uk",
         new("Добрий день, хочу записатися на семінар 19 вересня в Оффенау. Наталія Шевчук", "confirmed",
             {OFF: (C, 1)}, subject="реєстрація"),
         rep("Добрий день, чи можна перенести мене на 21 вересня? 19-го в мене лікар. Наталія", "changed",
             {NEU: (C, 1)})),
    conv("i19-pl-already-ok", "pl",
         new("Dzień dobry, zapisuję się na warsztat w Weinsberg 26 września. Krystyna Mazur", "confirmed",
             {WEI: (C, 1)}, subject="zapis"),
         new("Dzień dobry, chciałam się zapisać na warsztaty 26.09 w Weinsberg. Krystyna Mazur", "already",
             {WEI: (C, 1)}, subject="warsztaty"),
         rep("Aha, to zapomniałam że już się zapisałam. Wszystko się zgadza, dziękuję!", None, {WEI: (C, 1)})),
    conv("i19-ro-anulare-si-inscriere", "ro",
         new("Bună ziua, vreau să mă înscriu la atelierul din 21 septembrie de la Neuenstadt. Elena Stan",
             "confirmed", {NEU: (C, 1)}, subject="înscriere"),
         rep("Bună ziua, vă rog anulați înscrierea mea pentru 21 septembrie și înscrieți-mă la Brackenheim pe "
             "17 octombrie. Mulțumesc, Elena", "changed", {BRA: (C, 1)})),
    conv("i19-hr-samo-datum", "hr",
         new("Poštovani, prijavljujem se za radionicu 19.9. u Offenau. Lijep pozdrav, Marija Horvat", "confirmed",
             {OFF: (C, 1)}, subject="prijava"),
         rep("Poštovani, ipak bi mi više odgovaralo 26.9. Hvala, Marija", "changed", {WEI: (C, 1)})),
    conv("i19-sq-vetem-qyteti", "sq",
         new("Përshëndetje, dua të regjistrohem për punëtorinë më 21 shtator në Neuenstadt. Arben Krasniqi",
             "confirmed", {NEU: (C, 1)}, subject="regjistrim"),
         rep("Përshëndetje, dua ta ndryshoj në Brackenheim, është më afër për mua. Arben", "changed",
             {BRA: (C, 1)})),
    conv("i19-bg-troyno", "bg",
         new("Здравейте, искам да се запиша за семинара на 17 октомври в Бракенхайм. Десислава Петрова",
             "confirmed", {BRA: (C, 1)}, subject="записване"),
         rep("Здравейте, ще дойдем трима, с мъжа ми и сина ми. Десислава", "recounted", {BRA: (C, 3)})),
    conv("i19-hu-csak-ketten", "hu",
         new("Jó napot, négyen szeretnénk jönni a szeptember 26-i workshopra Weinsbergbe. Kovács Éva", "confirmed",
             {WEI: (C, 4)}, subject="jelentkezés"),
         rep("Jó napot, a gyerekek mégsem tudnak jönni, csak ketten leszünk. Éva", "recounted", {WEI: (C, 2)})),
    conv("i19-el-anti-gia", "el",
         new("Γεια σας, θέλω να δηλώσω συμμετοχή στο σεμινάριο στο Offenau στις 19 Σεπτεμβρίου. Ελένη Παπαδοπούλου",
             "confirmed", {OFF: (C, 1)}, subject="δήλωση"),
         rep("Γεια σας, μπορώ να έρθω στο Weinsberg αντί για το Offenau; Ευχαριστώ, Ελένη", "changed",
             {WEI: (C, 1)})),
    conv("i19-it-domanda", "it",
         new("Buongiorno, mi iscrivo al workshop del 21 settembre a Neuenstadt. Cordiali saluti, Lucia Ferri",
             "confirmed", {NEU: (C, 1)}, subject="iscrizione"),
         # questions for staff: the registration stays as it is
         rep("Grazie. Posso portare anche il mio bambino di 4 anni o è meglio di no? E c'è un parcheggio "
             "vicino? Lucia", "received", {NEU: (C, 1)})),
    conv("i19-es-fecha", "es",
         new("Hola, quisiera apuntarme al taller de integración. Saludos, Carmen Ruiz", "clarify",
             subject="taller"),
         rep("Hola, el del 21 de septiembre por favor. Carmen", "confirmed", {NEU: (C, 1)}, style="original")),
    conv("i19-fr-deux-choix", "fr",
         new("Bonjour, je voudrais m'inscrire à l'atelier. Merci, Aminata Diallo", "clarify", subject="atelier"),
         # either of two: we cannot choose for her, so ask again
         rep("Bonjour, le 2 ou le 3, les deux me vont. Aminata", "clarify"),
         rep("Alors le 3. Merci", "confirmed", {WEI: (C, 1)})),
    conv("i19-ku-li-suna-wi", "ku",
         new("Silav, ez û mêrê xwe dixwazin werin workshopa 26.9. li Weinsberg. Nazlî Aydın", "confirmed",
             {WEI: (C, 2)}, subject="qeydkirin"),
         # the companion replaced by another person named by relation only: still two
         rep("Silav, mêrê min nikare were, li şûna wî birayê min tê. Nazlî", "renamed", {WEI: (C, 2)})),
    conv("i19-fa-shahr", "fa",
         new("سلام، من می‌خواهم در ورکشاپ شرکت کنم. ممنون، فاطمه حسینی", "clarify", subject="ورکشاپ"),
         rep("سلام، Neuenstadt لطفا. فاطمه", "confirmed", {NEU: (C, 1)})),
    conv("i19-vi-cam-on", "vi",
         new("Xin chào, tôi muốn đăng ký hội thảo ngày 17 tháng 10 ở Brackenheim. Nguyễn Thị Lan", "confirmed",
             {BRA: (C, 1)}, subject="đăng ký"),
         rep("Cảm ơn nhiều ạ, hẹn gặp lại!", None, {BRA: (C, 1)}, style="html")),
    conv("i19-zh-already-three", "zh",
         new("您好，我想报名9月19日在Offenau的研讨会。王丽", "confirmed", {OFF: (C, 1)}, subject="报名"),
         new("您好，我要报名Offenau 9月19日的研讨会。王丽", "already", {OFF: (C, 1)}, subject="报名"),
         rep("好的，谢谢。我们一共三个人，我和我先生还有我妈妈。", "recounted", {OFF: (C, 3)})),
    conv("i19-en-raise-full-then-fewer", "en",
         new("hi, i want to come to the neuenstadt workshop on 21 sept. thx, Joy Okafor", "confirmed",
             {NEU: (C, 1)}, subject="workshop"),
         rep("Hi, my 3 sisters want to come as well, so we are 4.\nJoy", "waiting", {NEU: (W, 4)}),
         # two seats: two people fit again
         rep("ok then only me and one sister, so 2 people. Joy", "recounted", {NEU: (C, 2)}),
         capacity={NEU: 2}),
]

CONVERSATIONS19 = GERMAN + OTHERS
# failed when written on the unchanged code (strict xfail: a fix shows as XPASS)
KNOWN_FAILING19: list[str] = []
