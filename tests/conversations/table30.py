"""A thirtieth set (helper table30, held out): 30 conversations as residents of modest schooling write
them, over two to five mails, in German (8) and twenty-two other languages (Hungarian, Portuguese,
Somali, Vietnamese, Persian, Amharic, Arabic, Ukrainian, Spanish, Turkish, French, Croatian, Albanian,
Italian, Russian, Kurmanji, Romanian, Greek, Urdu, Polish, Hindi, Chinese; Persian, Amharic, Arabic,
Ukrainian, Russian, Greek, Urdu, Hindi and Chinese in their own scripts), written without reading the
understanding or the deciding code, any corpus, or the other tables beyond the notation of table.py,
table2.py, table26.py, table27.py and table29.py. Each answer quotes the desk's real reply as the
runner built it, unless it says otherwise (a new mail, an out-of-office answer, a bounce, a mail from
another address of the family).

Kinds: answers to our numbered list (a bare number, "the second", a weekday, a town, a date, "the last
one", a number answered days late, once still open and once over); answers to "how many people?";
head-counts changed later (one more, one fewer, "4 instead of 3", one of two cancelled); changes of
workshop in a reply ("the 17th instead", "can we switch to Weinsberg?"), cancel and rebook, a full
cancellation; questions, thanks and promises to come answering our mails; the waiting list (a place
frees up when another registrant cancels, another date instead, leaving the list); machine mail inside
a conversation (out of office, a bounce); a second address of the family, a mail written for someone
else, two languages in one mail.

held out: 27/30 on main 075100d (played once before any fix). Failing:
- c30-de-petra-hoffmann: "Hallo, jetzt kommt mein Mann doch auch mit." answering her confirmation (1 person) went
  to staff (received) instead of counting her husband (recounted, 2 people).
- c30-de-thomas-wagner: an out-of-office answer to our confirmation ("AW:", our mail quoted, no automatic header:
  "ich bin bis zum 15.09. auf Montage und lese keine Mails. Bei dringenden Sachen bitte an meine Frau wenden.")
  got a staff acknowledgement; machine mail must never be answered (mail loops).
- c30-fr-aminata-diallo: the first mail "Bonjour je m'inscrit pour l'atelier du 26 septembre a Weinsberg" (a
  date and a town that agree, "m'inscrit" misspelt, "a" without its accent) was asked which date instead of
  being confirmed for Weinsberg; the rest of the chain (cancel, then rebook for 17 octobre) was not reached.

Fixed since (as kinds, with unit tests in other words), so KNOWN_FAILING30 is empty:
- French "inscrit" speaks of an earlier registration only after "être", "avoir" or "déjà" ("je m'inscrit" is the
  present misspelt; fr.toml, tests/unit/test_french_present_misspelt.py): c30-fr-aminata-diallo passes, whole chain;
- out-of-office wording without automatic headers: away for work ("auf Montage"), reading no mail, "in urgent
  matters" (34 language files, tests/unit/test_away_without_header.py): c30-de-thomas-wagner passes;
- a companion joining later with the verb first ("jetzt kommt mein Mann doch auch mit") recounts
  (c30-de-petra-hoffmann passes).
"""

from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, rep
from tests.conversations.table26 import other
from tests.conversations.table29 import bounce, ooo, top

# --- answers to our numbered list ----------------------------------------------------------------------------
LIST = [
    conv("c30-de-renate-vogel", "de",
         new("Hallo, ich möchte mich für den Workshop anmelden, ich komme allein.\nGruß Renate Vogel", "clarify"),
         rep("Den letzten bitte.\nRenate", "confirmed", {BRA: (C, 1)}),
         rep("Danke schön!", None, {BRA: (C, 1)})),
    conv("c30-am-selam-bekele", "am",
         new("ሰላም፣ በወርክሾፑ ላይ መሳተፍ እፈልጋለሁ። ብቻዬን ነው የምመጣው። ሰላም በቀለ", "clarify", subject="ምዝገባ"),
         # "I choose the second"
         rep("ሁለተኛውን እመርጣለሁ። አመሰግናለሁ", "confirmed", {NEU: (C, 1)})),
    conv("c30-pt-ana-souza", "pt",
         new("Ola, quero me inscrever no workshop, vou com a minha filha. Ana Souza", "clarify", subject="inscricao"),
         # only Neuenstadt is on a Thursday
         rep("Pode ser na quinta-feira, nos duas.", "confirmed", {NEU: (C, 2)})),
    conv("c30-so-hodan-warsame", "so",
         new("Salaan, waxaan rabaa inaan ka qeyb galo tababarka (workshop). Hodan Warsame", "clarify",
             subject="diiwaangelin"),
         # the town alone; "I come alone"
         rep("Weinsberg fadlan. Keligay ayaan iman doonaa.", "confirmed", {WEI: (C, 1)})),
    conv("c30-vi-nguyen-thi-lan", "vi",
         new("Chào anh chị, tôi muốn đăng ký tham gia hội thảo. Nguyễn Thị Lan", "clarify", subject="dang ky"),
         rep("Tôi chọn ngày 26.9 ạ. Cảm ơn.", "confirmed", {WEI: (C, 1)}),
         auto({WEI: (C, 1)}),
         rep("Cảm ơn nhiều ạ", None, {WEI: (C, 1)})),
    conv("c30-de-kemal-arslan", "de",
         new("Hallo, ich möchte zum Workshop kommen, mit meiner Frau.\nKemal Arslan", "clarify", day=5),
         # on 20 September he answers the list of 9 September: his 3 is Weinsberg (still ahead), not the
         # third line of today's list (Brackenheim)
         rep("Sorry war im Urlaub. Nummer 3 bitte.\nKemal", "confirmed", {WEI: (C, 2)}, day=16)),
    conv("c30-fa-zahra-ahmadi", "fa",
         new("سلام، میخواهم در کارگاه ثبت نام کنم. زهرا احمدی", "clarify", subject="ثبت نام", day=10),
         # on 22 September her "2" (Persian digit) is Neuenstadt of the list she quotes, which is over
         rep("ببخشید دیر جواب دادم. شماره ۲ لطفا", "too_late", {}, day=18),
         # "then I want the last one"
         rep("پس آخری را میخواهم", "confirmed", {BRA: (C, 1)}, day=19)),
    conv("c30-pl-tomasz-nowicki", "pl",
         new("Dzien dobry, chcialbym sie zapisac na warsztaty. Tomasz Nowicki", "clarify", subject="warsztaty"),
         bounce({}),
         # he never saw our list: a new mail, then a bare number
         new("Dzien dobry, pisalem juz ale nie dostalem odpowiedzi. Chce sie zapisac na warsztaty.\n"
             "Tomasz Nowicki", "clarify", subject="warsztaty", day=3),
         rep("1", "confirmed", {OFF: (C, 1)}, day=4)),
]

# --- how many people? --------------------------------------------------------------------------------------
HOW_MANY = [
    conv("c30-ar-khaled-nasser", "ar",
         new("السلام عليكم، أرغب في التسجيل في ورشة 19 سبتمبر في Offenau مع أسرتي. خالد ناصر", "clarify",
             subject="تسجيل"),
         # "we are five: me, my wife and three children"
         rep("نحن خمسة أشخاص، أنا وزوجتي وثلاثة أولاد.", "confirmed", {OFF: (C, 5)})),
    conv("c30-hu-zoltan-kiss", "hu",
         new("Jó napot! Szeretnék jönni a szeptember 26-i workshopra Weinsbergbe a családommal. Kiss Zoltán",
             "clarify", subject="jelentkezes"),
         rep("Ketten leszünk, én és a feleségem.", "confirmed", {WEI: (C, 2)})),
    conv("c30-de-waltraud-keller", "de",
         new("Hallo, ich möchte mit meinen Enkeln am 26.9. nach Weinsberg kommen.\nGruß Waltraud Keller", "clarify"),
         rep("Wir sind dann drei, ich und zwei Enkel.", "confirmed", {WEI: (C, 3)})),
]

# --- head-counts changed later ------------------------------------------------------------------------------
COUNT = [
    conv("c30-de-petra-hoffmann", "de",
         new("Anmeldung für Neuenstadt am 21.9. für mich allein.\nGruß Petra Hoffmann", "confirmed", {NEU: (C, 1)}),
         rep("Hallo, jetzt kommt mein Mann doch auch mit.\nPetra", "recounted", {NEU: (C, 2)}),
         rep("Danke", None, {NEU: (C, 2)})),
    conv("c30-uk-iryna-koval", "uk",
         new("Добрий день, запишіть нас трьох на 26 вересня у Вайнсберг. Ірина Коваль", "confirmed", {WEI: (C, 3)},
             subject="запис"),
         top("Вибачте, нас буде 4 замість 3, сестра теж приїде.", "recounted", {WEI: (C, 4)})),
    conv("c30-es-carmen-lopez", "es",
         new("Hola, nos apuntamos dos personas al taller del 17 de octubre en Brackenheim. Carmen Lopez", "confirmed",
             {BRA: (C, 2)}, subject="taller"),
         rep("Hola, al final voy solo yo, mi esposo tiene que trabajar.", "recounted", {BRA: (C, 1)}, style="html")),
    conv("c30-ku-rojda-demir", "ku",
         new("Silav, ez dixwazim xwe ji bo semînerê 26ê Îlonê li Weinsberg qeyd bikim. Rojda Demir", "confirmed",
             {WEI: (C, 1)}, subject="qeyd"),
         # thanks and one more person: the count changes, so a reply
         rep("Gelek spas! Mêrê min jî tê, em ê 2 kes bin.", "recounted", {WEI: (C, 2)}),
         rep("Spas", None, {WEI: (C, 2)})),
    conv("c30-hr-marija-horvat", "hr",
         new("Dobar dan, prijavljujem sebe i supruga za radionicu 19.9. u Offenau. Marija Horvat", "confirmed",
             {OFF: (C, 2)}, subject="prijava"),
         # one of the two cancels: one person fewer, she still comes
         rep("Postovani, suprug ipak ne moze doci, molim vas izbrisite njega. Ja dolazim.\nMarija", "recounted",
             {OFF: (C, 1)}, style="bottom")),
    conv("c30-de-thomas-wagner", "de",
         new("Hallo, hiermit melde ich mich und meine Frau für Weinsberg an.\nThomas Wagner", "confirmed",
             {WEI: (C, 2)}),
         ooo("Guten Tag, ich bin bis zum 15.09. auf Montage und lese keine Mails. Bei dringenden Sachen bitte an "
             "meine Frau wenden.\nThomas Wagner", {WEI: (C, 2)}),
         rep("Hallo, meine Frau kann doch nicht mitkommen, also nur ich.\nGruß Thomas Wagner", "recounted",
             {WEI: (C, 1)}, day=12)),
]

# --- changes of workshop, cancellations ------------------------------------------------------------------------
CHANGE = [
    conv("c30-de-andrea-schmitt", "de",
         new("Hallo, ich melde mich für den 19.9. in Offenau an.\nAndrea Schmitt", "confirmed", {OFF: (C, 1)}),
         # the only workshop on a 17th is Brackenheim (17 October)
         rep("Hallo, lieber doch den 17. statt dem 19., geht das noch?\nA. Schmitt", "changed", {BRA: (C, 1)})),
    conv("c30-tr-murat-celik", "tr",
         new("Merhaba, 21 Eylül Neuenstadt atölyesine kayıt olmak istiyorum, eşimle iki kişiyiz. Murat Çelik",
             "confirmed", {NEU: (C, 2)}, subject="kayit"),
         rep("Merhaba, Weinsberg'e geçebilir miyiz? 21'inde işim çıktı. Murat", "changed", {WEI: (C, 2)})),
    conv("c30-fr-aminata-diallo", "fr",
         new("Bonjour je m'inscrit pour l'atelier du 26 septembre a Weinsberg. Aminata Diallo", "confirmed",
             {WEI: (C, 1)}, subject="inscription"),
         rep("Bonjour, je dois annuler, j'ai un rendez-vous ce jour la. Desolee", "cancelled", {}),
         rep("Bonjour, finalement je peux venir le 17 octobre a Brackenheim, vous pouvez m'inscrire svp ?",
             "confirmed", {BRA: (C, 1)}, day=5)),
    conv("c30-sq-arta-berisha", "sq",
         new("Pershendetje, dua te regjistrohem per 19 shtator ne Offenau, une dhe vellai im. Arta Berisha",
             "confirmed", {OFF: (C, 2)}, subject="regjistrim"),
         rep("Na vjen keq, ate dite nuk mundemi. Anulojeni ju lutem.", "cancelled", {}),
         # the number of a line of the open dates our cancellation lists; "again two people"
         rep("Pershendetje perseri, atehere numri 3, prape dy veta.", "confirmed", {WEI: (C, 2)})),
    conv("c30-de-baerbel-roth", "de",
         new("Hallo, Anmeldung für Neuenstadt 21.9., wir kommen zu zweit.\nGruß Bärbel Roth", "confirmed",
             {NEU: (C, 2)}),
         rep("Hallo, wir müssen leider ganz absagen, mein Mann ist im Krankenhaus.\nBärbel Roth", "cancelled", {}),
         rep("Danke für die schnelle Antwort.", None, {})),
]

# --- questions, thanks, promises to come ------------------------------------------------------------------------
QUESTION = [
    conv("c30-it-lucia-ferri", "it",
         new("Buongiorno, vorrei iscrivermi al workshop del 17 ottobre a Brackenheim. Lucia Ferri", "confirmed",
             {BRA: (C, 1)}, subject="iscrizione"),
         # a question for staff (the "2" is the child's age, not a head-count)
         rep("Grazie. Una domanda: posso portare il mio bambino di 2 anni? C'e qualcuno che lo guarda?", "received",
             {BRA: (C, 1)}),
         rep("Grazie mille, ci saro di sicuro.", None, {BRA: (C, 1)})),
    conv("c30-ru-sergey-volkov", "ru",
         new("Здравствуйте, запишите меня на 19 сентября в Оффенау. Сергей Волков", "confirmed", {OFF: (C, 1)},
             subject="запись"),
         rep("Хорошо, обязательно приду.", None, {OFF: (C, 1)}),
         rep("Подскажите пожалуйста, там есть где поставить машину?", "received", {OFF: (C, 1)}, day=8)),
]

# --- the waiting list ---------------------------------------------------------------------------------------
WAITING = [
    conv("c30-ro-mihai-popa", "ro",
         new("Buna ziua, vreau sa ma inscriu la Offenau pe 19 septembrie. Mihai Popa", "waiting", {OFF: (W, 1)},
             subject="inscriere"),
         # the couple who filled the workshop cancel: his seat is free, he moves up
         other("klaus-brandt", "Hallo, wir müssen für Offenau am 19.9. leider absagen, wir sind beide krank.\n"
               "Klaus Brandt", "cancelled", {OFF: (C, 1)}, reply=False, subject="Absage", day=2),
         # he answers the waiting-list notice (the runner cannot answer the promotion mail): thanks, no reply
         rep("Multumesc frumos, vin sigur!", None, {OFF: (C, 1)}, day=3),
         capacity={OFF: 2}, before=[("klaus-brandt", "Anmeldung Offenau 19.9., wir kommen zu zweit. "
                                                       "Gruß Klaus Brandt")]),
    conv("c30-el-eleni-nikolaou", "el",
         new("Καλημέρα, θέλω να έρθω στο Neuenstadt στις 21 Σεπτεμβρίου με τον άντρα μου. Ελένη Νικολάου",
             "waiting", {NEU: (W, 2)}, subject="δηλωση"),
         # "then better Weinsberg on the 26th, again two people"
         rep("Τότε καλύτερα Weinsberg στις 26 Σεπτεμβρίου, πάλι δύο άτομα.", "changed", {WEI: (C, 2)}, day=2),
         capacity={NEU: 1}, before=[("gabi-frank", "Anmeldung für Neuenstadt am 21.9. Gabi Frank")]),
    conv("c30-ur-imran-ali", "ur",
         new("السلام علیکم، میں 17 اکتوبر کو Brackenheim ورکشاپ کے لیے رجسٹر ہونا چاہتا ہوں۔ عمران علی", "waiting",
             {BRA: (W, 1)}, subject="رجسٹریشن"),
         # "thanks, but now take me off the waiting list, I cannot come"
         rep("شکریہ، لیکن اب مجھے انتظار کی فہرست سے نکال دیں، میں نہیں آ سکتا۔", "cancelled", {}, day=6),
         capacity={BRA: 2}, before=[("jens-wolf", "Anmeldung Brackenheim 17.10. für 2 Personen. Jens Wolf")]),
]

# --- the family: another address, a mail for someone else, two languages -----------------------------------------
FAMILY = [
    conv("c30-de-sevgi-ozdemir", "de",
         new("Hallo, ich melde mich für Brackenheim am 17.10. an, mit meinem Sohn.\nSevgi Özdemir", "confirmed",
             {BRA: (C, 2)}),
         # the son, from his own address, answering the confirmation she forwarded: staff decide, nothing changes
         other("hakan-ozdemir", "Hallo, ich bin der Sohn von Sevgi Özdemir. Ich kann am 17.10. leider nicht mit, "
               "ich habe Spätschicht.\nHakan", "received", {BRA: (C, 2)}),
         rep("Hallo, mein Sohn kann doch nicht mitkommen, ich komme dann allein.\nSevgi", "recounted",
             {BRA: (C, 1)})),
    conv("c30-hi-amit-sharma", "hi",
         # the son writes for his mother, who comes alone
         new("नमस्ते, मैं अपनी माँ सुनीता शर्मा के लिए लिख रहा हूँ। उनको 21 सितंबर को Neuenstadt वाली वर्कशॉप में आना है। "
             "मैं खुद नहीं आ पाऊँगा, सिर्फ माँ आएंगी। अमित शर्मा", "confirmed", {NEU: (C, 1)}, subject="वर्कशॉप"),
         rep("बहुत धन्यवाद। माँ को बता दिया है।", None, {NEU: (C, 1)})),
    conv("c30-zh-chen-jing", "zh",
         new("Hallo, 我想报名参加 Workshop, 26.9. in Weinsberg. 我和我丈夫, zwei Personen. Danke schön! 陈静",
             "confirmed", {WEI: (C, 2)}),
         rep("收到了，谢谢！Vielen Dank", None, {WEI: (C, 2)})),
]

CONVERSATIONS30 = LIST + HOW_MANY + COUNT + CHANGE + QUESTION + WAITING + FAMILY
# failed when played once on the unchanged code (strict xfail: a fix shows as XPASS)
KNOWN_FAILING30: list[str] = [
]
