"""A twenty-fifth set (helper conv25, issue 12): 30 conversations as residents of modest schooling
write them, over two to four mails, in German and thirteen other languages, written without
reading the understanding or the deciding code, any corpus, or the other tables beyond their
notation. Each answer quotes the desk's real reply as the runner built it.

Kinds: answers to our numbered which-date list (a digit after an out-of-office, an ordinal word,
"the last one", a weekday, a day of the month, a place, a mark written inside the quoted list,
a count beside the choice, a new mail that does not quote); a change of date after the
confirmation ("rather", "instead", "move me to", cancelling and booking again in two mails);
head-counts up and down (a new mail without quoting too); cancelling all or one of two
registrations; a question after the confirmation (staff, nothing changes); thanks (no reply);
answers to the waiting-list notice; a second person writing from the same address; out-of-office
answers (never answered).

held out: 21/30 on main dafb6d4 (played once before any fix); failing:
- c25-tr-ayin-26si: "ayin 26si olsun" (the 26th, Turkish suffix on the digits) asked again.
- c25-it-giovedi: "il giovedi va bene" (a weekday without its accent, one Thursday listed) asked again.
- c25-es-primero-somos-dos: "el primero. Somos dos" (an ordinal word and a count) asked again.
- c25-fr-ooo-then-2: "excusez moi j'etais pas la. 2 svp" after an out-of-office asked again.
- c25-tr-again-no-quote: a new, unthreaded mail "3 numara olsun" while our list is open asked again.
- c25-de-lieber-oktober: "geht es das ich lieber am 17.10. komme? Am 19. hab ich ein Termin" asked
  which date instead of moving her.
- c25-bs-absage-dann-neu: "Ipak bih došla 21.9 u Neuenstadt ako može" answering our cancellation
  asked again instead of booking.
- c25-ru-s-rebenkom: the question "можно прийти с ребенком ему 5 лет?" raised the count to 2 (a
  change on a question) instead of going to staff.
- c25-de-ehemann-gleiche-adresse: a second person from the same address registering for another
  workshop was handed to staff instead of confirmed.

After the fixes (helper conv25): 30/30, no expectation changed. A digit alone in its sentence but for
"please" is a line of the list; weekdays and ordinals typed without accents, the Turkish day ending
without its apostrophe; Gmail's Bosnian attribution "je napisao/la:"; a question for staff whether a
child may come keeps the count; an appointment on a day rules it out, and a day of the booked
workshop ruled out moves the registration; a new mail picking a line of our list answers the
address's open question; a second person at the address registers beside the one held (staff see it).
"""

from tests.conversations.runner import Step
from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, rep


def mark(text, expect, under, regs=None, day=None):
    """The resident writes inside our quoted mail, right under the line that starts with ``under``."""
    return Step(text, expect, regs or {}, reply=True, day=day, style="inline", under=under)


# --- answers to our numbered which-date list ---------------------------------------------------
LIST = [
    conv("c25-de-den-letzten", "de",
         new("Hallo,\nich möchte gern mit meiner Tochter zu dem Workshop kommen wo kann man sich anmelden\n"
             "Gruß Renate Vogel", "clarify"),
         rep("Hallo, dann nehmen wir den letzten Termin, im Oktober passt es bei uns besser.\nR. Vogel",
             "confirmed", {BRA: (C, 2)})),
    conv("c25-tr-ayin-26si", "tr",
         new("Merhaba ben de atolyeye gelmek istiyorum nasil kayit olabilirim. Zeynep Kara", "clarify",
             subject="atolye"),
         rep("merhaba ayin 26si olsun lutfen. tesekkurler Zeynep", "confirmed", {WEI: (C, 1)})),
    conv("c25-ar-weinsberg-afdal", "ar",
         new("السلام عليكم اريد اشارك في الورشه. محمد العلي", "clarify", subject="ورشة"),
         rep("Weinsberg افضل لي لانه قريب. شكرا محمد", "confirmed", {WEI: (C, 1)}, style="bottom")),
    conv("c25-el-mark-under-line", "el",
         new("Γεια σας, θελω να ερθω στο σεμιναριο. Ευχαριστω, Ελενη Παπα", "clarify", subject="σεμιναριο"),
         mark("αυτο θελω", "confirmed", "3. Dienstag", {WEI: (C, 1)})),
    conv("c25-de-mark-den-hier", "de",
         new("Guten Tag, ich und mein Mann würden gerne beim Workshop mit machen.\nMfG Irina Schäfer", "clarify"),
         mark("den hier bitte", "confirmed", "2. Donnerstag", {NEU: (C, 2)})),
    conv("c25-it-giovedi", "it",
         new("Buongiorno, vorrei partecipare al incontro per la integrazione. Saluti Rosa Greco", "clarify",
             subject="iscrizione"),
         rep("Buongiorno, il giovedi va bene per me. Rosa", "confirmed", {NEU: (C, 1)}, style="html")),
    conv("c25-es-primero-somos-dos", "es",
         new("Hola, quiero apuntarme al taller. Lucia Fernandez", "clarify", subject="taller"),
         rep("Hola, el primero. Somos dos, voy con mi marido. Lucia", "confirmed", {OFF: (C, 2)})),
    conv("c25-fa-dovomi", "fa",
         new("سلام، میخواهم در کارگاه شرکت کنم. زهرا احمدی", "clarify", subject="کارگاه"),
         rep("سلام، دومی لطفا. ممنون زهرا", "confirmed", {NEU: (C, 1)})),
    conv("c25-fr-ooo-then-2", "fr",
         new("Bonjour, je voudrais m'inscrire a l'atelier s'il vous plait. Claire Martin", "clarify",
             subject="inscription"),
         auto({}),
         rep("Bonjour, excusez moi j'etais pas la. 2 svp\nClaire", "confirmed", {NEU: (C, 1)})),
    conv("c25-tr-again-no-quote", "tr",
         new("Merhaba atölyeye katılmak istiyorum. Elif Aydın", "clarify", subject="kayıt"),
         # she writes a new mail instead of answering ours
         new("Merhaba, benim için 3 numara olsun. Elif Aydın", "confirmed", {WEI: (C, 1)}, subject="kayıt")),
]

# --- a change of date after the confirmation --------------------------------------------------
CHANGE = [
    conv("c25-de-lieber-oktober", "de",
         new("Hallo, Anmeldung für den Workshop in Offenau 19.9.\nGruß Jürgen Bayer", "confirmed", {OFF: (C, 1)}),
         rep("Hallo, geht es das ich lieber am 17.10. komme? Am 19. hab ich ein Termin beim Amt.\nGruß Jürgen",
             "changed", {BRA: (C, 1)}, style="outlook")),
    conv("c25-tr-yerine", "tr",
         new("Merhaba 21 eylül Neuenstadt için kayıt olmak istiyorum. Hasan Yıldız", "confirmed", {NEU: (C, 1)},
             subject="kayıt"),
         rep("Merhaba, 21 yerine 26 eylüle alabilirmisiniz beni? Hasan", "changed", {WEI: (C, 1)})),
    conv("c25-ro-mutati-ma", "ro",
         new("Buna ziua, vreau sa ma inscriu la atelierul din 26 septembrie la Weinsberg. Ion Popa", "confirmed",
             {WEI: (C, 1)}, subject="inscriere"),
         rep("Buna ziua, puteti sa ma mutati la Brackenheim pe 17 octombrie? Multumesc, Ion", "changed",
             {BRA: (C, 1)})),
    conv("c25-bs-absage-dann-neu", "bs",
         new("Zdravo, prijavljujem se za radionicu 19.9 u Offenau. Pozdrav Emina Hodžić", "confirmed",
             {OFF: (C, 1)}, subject="prijava"),
         rep("Moram otkazat, nemogu doći 19. Izvinite. Emina", "cancelled", {}),
         rep("Ipak bih došla 21.9 u Neuenstadt ako može. Emina", "confirmed", {NEU: (C, 1)}),
         auto({NEU: (C, 1)})),
    conv("c25-uk-krashche", "uk",
         new("Добрий день, запишіть мене на 26 вересня у Вайнсберг. Світлана Ткаченко", "confirmed",
             {WEI: (C, 1)}, subject="запис"),
         rep("Добрий день. Можна мені краще 21 вересня? Дякую, Світлана", "changed", {NEU: (C, 1)})),
    conv("c25-es-en-vez", "es",
         new("Hola, me inscribo para el taller del 19 de septiembre en Offenau. Carlos Ruiz", "confirmed",
             {OFF: (C, 1)}, subject="inscripcion"),
         rep("Hola, mejor el 17 de octubre en vez del 19 porque trabajo. Gracias Carlos", "changed",
             {BRA: (C, 1)})),
]

# --- head-counts -----------------------------------------------------------------------------------
COUNT = [
    conv("c25-de-jetzt-zu-dritt", "de",
         new("Anmeldung für Neuenstadt 21.9. für mich und meine Frau.\nGruß Ahmet Çelik", "confirmed",
             {NEU: (C, 2)}),
         rep("Hallo, wir sind jetzt zu dritt, unser Sohn kommt auch mit.\nAhmet", "recounted", {NEU: (C, 3)})),
    conv("c25-ar-zawjati-la", "ar",
         new("السلام عليكم، نريد التسجيل انا وزوجتي في ورشة 19 سبتمبر في Offenau. أحمد يوسف", "confirmed",
             {OFF: (C, 2)}, subject="تسجيل"),
         rep("زوجتي لا تستطيع ان تأتي، سأحضر وحدي. أحمد", "recounted", {OFF: (C, 1)})),
    conv("c25-pl-dopisac-syna", "pl",
         new("Dzień dobry, zapisuję się na warsztat 17 października w Brackenheim. Jolanta Zając", "confirmed",
             {BRA: (C, 1)}, subject="zapis"),
         rep("Dzien dobry, prosze dopisac mojego syna, bedziemy we dwoje. Jolanta", "recounted", {BRA: (C, 2)})),
    conv("c25-sq-ne-tre", "sq",
         new("Pershendetje, dua te regjistrohem per seminarin me 26 shtator ne Weinsberg. Drita Berisha",
             "confirmed", {WEI: (C, 1)}, subject="regjistrim"),
         rep("Pershendetje, do vijme ne tre, une me dy femijet. Drita", "recounted", {WEI: (C, 3)})),
    conv("c25-de-neue-mail-zu-zweit", "de",
         new("Hallo, ich melde mich für den Workshop am 21.9. in Neuenstadt an.\nPeter Lang", "confirmed",
             {NEU: (C, 1)}),
         # a new mail, not an answer: the same address, the same workshop, another count
         new("Hallo nochmal, hier ist Peter Lang, ich hab mich für den 21.9. angemeldet. Wir sind jetzt doch "
             "zu zweit, meine Frau kommt mit.", "recounted", {NEU: (C, 2)})),
]

# --- cancellations --------------------------------------------------------------------------------
CANCEL = [
    conv("c25-fr-annuler-un-des-deux", "fr",
         # registered by phone for two workshops: she cancels the September one by its date
         new("Bonjour, je ne pourrai pas venir le 21 septembre, merci d'annuler svp. Pour le 17 octobre je "
             "viens toujours. Fatou Diallo", "cancelled", {BRA: (C, 1)}, subject="annulation"),
         rep("Merci beaucoup!", None, {BRA: (C, 1)}),
         booked=[(NEU, 1), (BRA, 1)]),
    conv("c25-de-familie-alle-krank", "de",
         new("Anmeldung Weinsberg 26.9. für 4 Personen.\nFamilie Berisha", "confirmed", {WEI: (C, 4)}),
         rep("Hallo, wir kommen leider alle nicht, die Kinder sind krank. Bitte streichen.\nBerisha", "cancelled",
             {}, style="original")),
    conv("c25-vi-xin-huy", "vi",
         new("Chào anh chị, em đăng ký hội thảo ngày 21/9 ở Neuenstadt. Trần Thị Mai", "confirmed",
             {NEU: (C, 1)}, subject="đăng ký"),
         rep("Dạ em xin hủy đăng ký vì em bận đi làm ạ. Mai", "cancelled", {})),
]

# --- after the confirmation: a question, thanks; the waiting list; one address, two people ---------
OTHER = [
    conv("c25-it-parcheggio", "it",
         new("Buongiorno, mi iscrivo al workshop del 17 ottobre a Brackenheim. Franco Esposito", "confirmed",
             {BRA: (C, 1)}, subject="iscrizione"),
         # a question for staff: nothing changes
         rep("Grazie. C'è un parcheggio vicino alla sala? Franco", "received", {BRA: (C, 1)})),
    conv("c25-ru-s-rebenkom", "ru",
         new("Здравствуйте, запишите меня на 19 сентября в Оффенау. Галина Соколова", "confirmed", {OFF: (C, 1)},
             subject="запись"),
         rep("Спасибо. А можно прийти с ребенком ему 5 лет? Галина", "received", {OFF: (C, 1)})),
    conv("c25-el-efharisto", "el",
         new("Καλησπερα, θελω να δηλωσω συμμετοχη στο εργαστηριο στις 26 Σεπτεμβριου στο Weinsberg. "
             "Γιωργος Παπαδοπουλος", "confirmed", {WEI: (C, 1)}, subject="συμμετοχη"),
         rep("Ευχαριστω πολυ! Γιωργος", None, {WEI: (C, 1)})),
    conv("c25-de-warteliste-donnerstag", "de",
         new("Hallo, ich möchte mich für Offenau anmelden am 19.9.\nGruß Sevgi Arslan", "waiting", {OFF: (W, 1)}),
         rep("Schade. Dann nehm ich den am Donnerstag.\nSevgi", "changed", {NEU: (C, 1)}),
         capacity={OFF: 1}, before=[("voll-offenau", "Anmeldung für Offenau 19.9., Gruß Max Roth")]),
    conv("c25-fa-montazer", "fa",
         new("سلام، میخواهم برای کارگاه ۲۱ سپتامبر در Neuenstadt ثبت نام کنم. علی رضایی", "waiting",
             {NEU: (W, 1)}, subject="ثبت نام"),
         rep("باشه، ممنون. منتظر میمانم. علی", None, {NEU: (W, 1)}),
         capacity={NEU: 1}, before=[("voll-neuenstadt", "Anmeldung für Neuenstadt 21.9., Gruß Eva Roth")]),
    conv("c25-de-ehemann-gleiche-adresse", "de",
         new("Hallo, ich melde mich an für Offenau 19.9.\nGruß Ayşe Kaya", "confirmed", {OFF: (C, 1)}),
         # her husband writes from their one address: he wants another workshop, she keeps hers
         new("Guten Tag, ich bin der Mann von Ayşe Kaya, wir haben die gleiche E-Mail. Ich möchte mich für "
             "Weinsberg am 26.9. anmelden. Meine Frau geht nach Offenau wie angemeldet.\nGruß Murat Kaya",
             "confirmed", {OFF: (C, 1), WEI: (C, 1)})),
]

CONVERSATIONS25 = LIST + CHANGE + COUNT + CANCEL + OTHER
# failed when played once on the unchanged code (strict xfail: a fix shows as XPASS)
KNOWN_FAILING25: list[str] = []  # held out: 21/30 on main dafb6d4
