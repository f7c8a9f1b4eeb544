"""A twenty-sixth set (helper conv26, issue 12): 30 conversations as residents of modest schooling
write them, mostly over three to five mails, in German and seventeen other languages, written without
reading the understanding or the deciding code, any corpus, or the other tables beyond the notation
of table25.py. Each answer quotes the desk's real reply as the runner built it, unless it quotes only
a part of it by hand (``quote=False``: the text holds the lines the resident kept).

Unlike the earlier tables: longer chains; residents who write a new mail instead of answering;
answers that quote only a line of our list or write under the quote; marks written between our
quoted lines; answers that arrive after the workshop they pick has taken place (the clock later);
another member of the family writing from their own address about the same booking (``sender``:
nothing of the booking changes on their word, staff see it); head-counts said with words ("my
sister comes too", "without the kids"); changes said by the town alone; out-of-office answers to
our reply in the middle of a conversation.

held out: 21/30 on main 26fba07 (played once before any fix); one of the nine failures was this
table's own mistake (c26-de-bruder-sagt-ab expected the kind "received" where the desk answers
"not_registered", which hands the mail to staff as a careful staff member wants; corrected), so 22/30
of the expectations as they stand. Failing:
- c26-en-partial-then-new-mail: "I want to come to the workshop with my son" (English) confirmed
  Brackenheim for 2: the Turkish "son" (the last one) read as an ordinal in an English mail.
  A wrong confirmation.
- c26-sq-partial-quote: an answer keeping only the line of our list it picks ("Kete:" and the quoted
  line) asked again.
- c26-vi-mark-then-wife: "em chon cai nay" written under our line 4 asked again.
- c26-hr-radije-weinsberg: "mogu li radije u Weinsberg?" (rather Weinsberg) answering the
  confirmation asked whether to change instead of moving her.
- c26-fr-bottom-a-la-place: "me mettre le 21 a la place?" (instead, without its accent) went to staff.
- c26-it-moglie-altro-indirizzo: the wife answering the husband's confirmation from her own address
  ("siamo in tre") got a registration of her own for 3 people: the family counted twice.
- c26-sr-isti-adresa: the husband writing from the couple's address for another workshop was asked
  whether to change his wife's registration.
- c26-bs-cekamo-pa-weinsberg: "moze li onda 26.9. u Weinsberg ako tamo ima mjesta?" answering the
  waiting-list notice went to staff instead of taking the open date.

After the fixes (helper conv26): 30/30, no expectation changed (but the kind name of the one above).
"""

from tests.conversations.runner import Step
from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, rep


def mark(text, expect, under, regs=None, day=None):
    """The resident writes inside our quoted mail, right under the line that starts with ``under``."""
    return Step(text, expect, regs or {}, reply=True, day=day, style="inline", under=under)


def part(text, expect, regs=None, day=None):
    """An answer in the thread that keeps only the part of our mail it writes (by hand, in ``text``)."""
    return Step(text, expect, regs or {}, reply=True, day=day, quote=False)


def other(sender, text, expect, regs=None, day=None, reply=True, subject=""):
    """Another member of the household writes from their own address (their answer quotes our mail to
    the conversation's address, forwarded to them; ``reply=False``: a new mail)."""
    return Step(text, expect, regs or {}, reply=reply, day=day, sender=sender, subject=subject or "Anmeldung")


# --- answers to our numbered list, in every way ------------------------------------------------------
LIST = [
    conv("c26-de-inline-nachbarin", "de",
         new("Guten Tag\nich möchte zum workshop kommen mit meiner Nachbarin. wann ist das?\nMfG Gerda Wolf",
             "clarify"),
         mark("ja den hier, wir kommen zu zweit", "confirmed", "3. Dienstag", {WEI: (C, 2)}),
         rep("Hallo, wo ist die Baukelter genau und gibt es da Parkplätze? Gerda Wolf", "received",
             {WEI: (C, 2)}),
         rep("Danke schön für die Antwort", None, {WEI: (C, 2)})),
    conv("c26-tr-mark-turkish-line", "tr",
         new("Merhaba, ben de toplantiya gelmek istiyorum. Emine Polat", "clarify", subject="toplanti"),
         # she marks the line of the Turkish part of our mail
         mark("bu olsun", "confirmed", "3. 26 Eylül", {WEI: (C, 1)}),
         auto({WEI: (C, 1)}),
         rep("Merhaba, esim de gelecek. Emine", "recounted", {WEI: (C, 2)})),
    conv("c26-ru-ooo-then-second", "ru",
         new("Здравствуйте хочу на семинар записатся. Ольга Иванова", "clarify", subject="семинар"),
         auto({}),
         rep("Здравствуйте, извините я была в отпуске. Второй пожалуйста. Ольга", "confirmed", {NEU: (C, 1)}),
         rep("спасибо большое!", None, {NEU: (C, 1)})),
    conv("c26-sq-partial-quote", "sq",
         new("Pershendetje dua te vij ne seminar bashke me gruan time. Arben Krasniqi", "clarify",
             subject="seminar"),
         # he keeps only the line he picks from our list
         part("Kete:\n> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum Brackenheim, Brackenheim\n\n"
              "Faleminderit, Arben", "confirmed", {BRA: (C, 2)}),
         rep("Pershendetje, gruaja ime nuk mund te vije, vetem une do vij. Arben", "recounted", {BRA: (C, 1)})),
    conv("c26-ar-mark-arabic-line", "ar",
         new("مرحبا اريد احضر الورشة انا وزوجي. سعاد محمود", "clarify", subject="ورشة"),
         # she marks the line of the Arabic part of our mail
         mark("هذا الموعد", "confirmed", "2. الخميس", {NEU: (C, 2)}),
         rep("زوجي عنده شغل ما يقدر ياتي، انا بحضر وحدي. سعاد", "recounted", {NEU: (C, 1)})),
    conv("c26-vi-mark-then-wife", "vi",
         new("Chao anh chi, em muon dang ky tham gia hoi thao. Nguyen Van Nam", "clarify", subject="dang ky"),
         mark("em chon cai nay", "confirmed", "4. Dienstag", {BRA: (C, 1)}),
         rep("Da vo em cung di nua, la 2 nguoi a. Nam", "recounted", {BRA: (C, 2)})),
    conv("c26-en-partial-then-new-mail", "en",
         new("hi i want to come to the workshop with my son. regards Grace Okafor", "clarify", subject="workshop"),
         part("> 2. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt\n\nthis one please\n"
              "Grace", "confirmed", {NEU: (C, 2)}),
         # a new mail, not an answer
         new("Hello its Grace Okafor again. My son has exams that day so it will be only me on 21 September.",
             "recounted", {NEU: (C, 1)}, subject="workshop")),
    conv("c26-fa-new-mail-october", "fa",
         new("سلام میخواهم در کارگاه ثبت نام کنم. مریم کریمی", "clarify", subject="کارگاه"),
         # she writes a new mail instead of answering: the October one
         new("سلام دوباره، همون تاریخ ماه اکتبر برای من خوبه. مریم کریمی", "confirmed", {BRA: (C, 1)},
             subject="کارگاه"),
         rep("خیلی ممنون", None, {BRA: (C, 1)})),
    conv("c26-es-jueves-hermana", "es",
         new("Hola buenas, me quiero apuntar al taller. Pedro Gomez", "clarify", subject="taller"),
         rep("Hola, el del jueves porfa, voy con mi hermana. Pedro", "confirmed", {NEU: (C, 2)}),
         rep("Hola, al final mi hermana no viene. Solo yo. Pedro", "recounted", {NEU: (C, 1)})),
    conv("c26-fr-ooo-le-26", "fr",
         new("Bonjour, je veux participer a l'atelier avec mon mari. Aicha Benali", "clarify",
             subject="atelier"),
         auto({}),
         rep("Bonjour, le 26 ca nous va. Aicha", "confirmed", {WEI: (C, 2)}),
         rep("Est ce qu'il faut apporter quelque chose? Merci", "received", {WEI: (C, 2)})),
]

# --- the clock later: the answer comes after the workshop it picks --------------------------------------
LATE = [
    conv("c26-uk-late-then-last", "uk",
         new("Добрий день, хочу прийти на семінар. Надія Мельник", "clarify", subject="семінар", day=1),
         # Offenau (19.9.) has taken place when she answers
         rep("Добрий день, вибачте що пізно відповідаю. Номер 1 будь ласка", "too_late", day=16),
         rep("Тоді останній, у жовтні. Надія", "confirmed", {BRA: (C, 1)}, day=17)),
    conv("c26-de-late-dann-weinsberg", "de",
         new("Hallo, ich möchte mich anmelden für den Workshop.\nGruß Waltraud Beck", "clarify", day=1),
         auto({}, day=2),
         # Neuenstadt (21.9.) has taken place when she answers
         rep("Nummer 2 bitte. Entschuldigung ich war im Krankenhaus", "too_late", day=19),
         rep("Dann halt Weinsberg.\nW. Beck", "confirmed", {WEI: (C, 1)}, day=20)),
]

# --- changes of date ---------------------------------------------------------------------------------
CHANGE = [
    conv("c26-pl-town-only", "pl",
         new("Dzien dobry zapisuje sie na warsztat 19 wrzesnia w Offenau. Barbara Kowalczyk", "confirmed",
             {OFF: (C, 1)}, subject="zapis"),
         # only the town: does she want to change, or come twice? we ask
         rep("Dzien dobry, Brackenheim. Barbara", "ask_change", {OFF: (C, 1)}),
         rep("tak, prosze zmienic na Brackenheim", "changed", {BRA: (C, 1)}),
         rep("dziekuje bardzo", None, {BRA: (C, 1)})),
    conv("c26-hr-radije-weinsberg", "hr",
         new("Pozdrav, prijavljujem se na radionicu u Neuenstadt 21.9. Ivana Horvat", "confirmed",
             {NEU: (C, 1)}, subject="prijava"),
         rep("Pozdrav, mogu li radije u Weinsberg? Hvala Ivana", "changed", {WEI: (C, 1)}),
         rep("Hvala puno, vidimo se", None, {WEI: (C, 1)}),
         # a new mail, not quoting
         new("Pozdrav, opet Ivana Horvat. Dolazi i moj muz, znaci nas dvoje za Weinsberg.", "recounted",
             {WEI: (C, 2)}, subject="prijava")),
    conv("c26-ru-move-after-ooo", "ru",
         new("Здравствуйте запишите меня пожалуйста на 21 сентября Нойенштадт. Сергей Попов", "confirmed",
             {NEU: (C, 1)}, subject="запись"),
         auto({NEU: (C, 1)}),
         rep("Здравствуйте, перенесите меня пожалуйста на Вайнсберг. Сергей", "changed", {WEI: (C, 1)}),
         rep("Спасибо, до встречи", None, {WEI: (C, 1)})),
    conv("c26-fr-bottom-a-la-place", "fr",
         new("Bonjour je voudrais m'inscrire pour le 19 septembre a Offenau. Mamadou Sow", "confirmed",
             {OFF: (C, 1)}, subject="inscription"),
         rep("Bonjour, finalement est ce que vous pouvez me mettre le 21 a la place? Merci Mamadou", "changed",
             {NEU: (C, 1)}, style="bottom"),
         rep("Merci c'est gentil", None, {NEU: (C, 1)})),
    conv("c26-el-cancel-then-new-mail", "el",
         new("Γεια σας θελω να γραφτω για 26 Σεπτεμβριου Weinsberg. Νικος Γεωργιου", "confirmed", {WEI: (C, 1)},
             subject="εγγραφη"),
         rep("Δεν μπορω να ερθω τελικα, ακυρωστε παρακαλω. Νικος", "cancelled", {}),
         # a new mail some days later: he registers for another date
         new("Γεια σας, παλι ο Νικος Γεωργιου. Θελω να γραφτω για 17 Οκτωβριου στο Brackenheim.", "confirmed",
             {BRA: (C, 1)}, subject="εγγραφη")),
    conv("c26-de-absage-dann-weinsberg", "de",
         new("Anmeldung für Neuenstadt 21.9.\nGruß Horst Maier", "confirmed", {NEU: (C, 1)}),
         rep("Hallo, ich muss den 21. leider absagen, wegen Arbeit.", "cancelled", {}),
         rep("Hallo nochmal, kann ich mich stattdessen für Weinsberg anmelden?\nHorst Maier", "confirmed",
             {WEI: (C, 1)}),
         rep("Danke, passt.", None, {WEI: (C, 1)}, style="outlook")),
    conv("c26-en-three-then-instead", "en",
         new("Hello I would like register for 17 October Brackenheim, me and my wife. Samuel Mensah", "confirmed",
             {BRA: (C, 2)}, subject="registration"),
         rep("hello, my brother in law also come with us so we are 3", "recounted", {BRA: (C, 3)}),
         rep("sorry one more thing, can we come on 26 september instead? Samuel", "changed", {WEI: (C, 3)}),
         rep("thank you very much", None, {WEI: (C, 3)}, style="outlook")),
]

# --- head-counts said with words ----------------------------------------------------------------------
COUNT = [
    conv("c26-de-ohne-kinder", "de",
         new("Hallo wir wollen kommen zu viert, ich mein Mann und 2 Kinder, für Weinsberg 26.9.\n"
             "Gruß Familie Petrova", "confirmed", {WEI: (C, 4)}),
         rep("Hallo, doch ohne die Kinder, die bleiben bei Oma. Nur wir zwei.", "recounted", {WEI: (C, 2)}),
         auto({WEI: (C, 2)}),
         rep("Danke!", None, {WEI: (C, 2)})),
    conv("c26-tr-kiz-kardesim", "tr",
         new("Merhaba 21 eylul Neuenstadt atolyesine kayit olmak istiyorum. Fadime Ozturk", "confirmed",
             {NEU: (C, 1)}, subject="kayit"),
         rep("Merhaba, kiz kardesim de benimle gelmek istiyor. Fadime", "recounted", {NEU: (C, 2)}),
         rep("Tesekkurler, gorusmek uzere", None, {NEU: (C, 2)})),
    conv("c26-es-sin-los-ninos", "es",
         new("Hola queremos ir al taller de Brackenheim el 17 de octubre, somos 2 adultos y 3 niños. "
             "Rosa Jimenez", "confirmed", {BRA: (C, 5)}, subject="taller"),
         rep("Hola, al final vamos sin los niños, solo mi marido y yo", "recounted", {BRA: (C, 2)},
             style="outlook"),
         auto({BRA: (C, 2)}),
         rep("gracias", None, {BRA: (C, 2)})),
    conv("c26-it-moglie-poi-tutto", "it",
         new("Salve vorrei iscrivermi con mia moglie al workshop di Weinsberg il 26 settembre. Giuseppe Bianchi",
             "confirmed", {WEI: (C, 2)}, subject="iscrizione"),
         rep("Salve, mia moglie non puo venire alla fine, vengo solo io. Giuseppe", "recounted", {WEI: (C, 1)}),
         rep("Scusate ancora, ma anche io non posso piu venire, cancellate tutto. Giuseppe", "cancelled", {})),
]

# --- another member of the family, from another address ----------------------------------------------
FAMILY = [
    conv("c26-it-moglie-altro-indirizzo", "it",
         new("Buongiorno mi iscrivo al workshop 21 settembre Neuenstadt, siamo in due io e mia moglie. Marco Rossi",
             "confirmed", {NEU: (C, 2)}, subject="iscrizione"),
         # his wife answers the confirmation he forwarded her, from her own address: staff decide
         other("anna-rossi", "Buongiorno sono la moglie di Marco Rossi, viene anche nostra figlia, quindi siamo "
               "in tre. Anna", "received", {NEU: (C, 2)}),
         rep("Si confermo, siamo in tre con nostra figlia. Marco", "recounted", {NEU: (C, 3)})),
    conv("c26-de-bruder-sagt-ab", "de",
         new("Hallo, ich melde meine Mutter und mich an für Offenau 19.9.\nGruß Leyla Aksoy", "confirmed",
             {OFF: (C, 2)}),
         # her brother writes a new mail from his address: nothing is cancelled on his word; the reply
         # that no registration is held under his address hands it to staff
         other("deniz-aksoy", "Hallo ich bin der Bruder von Leyla Aksoy. Sie kann nicht kommen am 19.9., bitte "
               "absagen.\nDeniz", "not_registered", {OFF: (C, 2)}, reply=False, subject="Absage"),
         rep("Hallo, stimmt, ich kann nicht. Bitte nur noch 1 Person, meine Mutter kommt alleine.\nLeyla",
             "recounted", {OFF: (C, 1)}),
         rep("Vielen Dank", None, {OFF: (C, 1)})),
    conv("c26-sr-isti-adresa", "sr",
         new("Dobar dan, prijavljujem se za radionicu 26.9. u Weinsberg. Dragana Petrovic", "confirmed",
             {WEI: (C, 1)}, subject="prijava"),
         # her husband from their one address: another workshop for him
         new("Dobar dan, ja sam Milan, muz od Dragane Petrovic, pisem sa iste adrese. Ja bih se prijavio za "
             "17.10. u Brackenheim. Milan Petrovic", "confirmed", {WEI: (C, 1), BRA: (C, 1)}, subject="prijava"),
         rep("Hvala", None, {WEI: (C, 1), BRA: (C, 1)})),
]

# --- cancellations, questions, thanks, the waiting list --------------------------------------------------
OTHER = [
    conv("c26-uk-cancel-september", "uk",
         new("Добрий день, скасуйте будь ласка мою реєстрацію. Оксана Шевчук", "clarify",
             {OFF: (C, 1), BRA: (C, 1)}, subject="скасування"),
         rep("та що у вересні", "cancelled", {BRA: (C, 1)}),
         rep("дякую", None, {BRA: (C, 1)}),
         booked=[(OFF, 1), (BRA, 1)]),
    conv("c26-tr-soru-tercuman", "tr",
         new("Merhaba 17 ekim Brackenheim icin kayit olmak istiyorum. Mehmet Sahin", "confirmed", {BRA: (C, 1)},
             subject="kayit"),
         rep("Merhaba, orada tercuman olacak mi? Almancam iyi degil. Mehmet", "received", {BRA: (C, 1)}),
         auto({BRA: (C, 1)}),
         rep("tamam tesekkurler", None, {BRA: (C, 1)})),
    conv("c26-ro-lista-asteptare", "ro",
         new("Buna ziua vreau sa vin la Weinsberg 26 septembrie. Maria Dumitru", "waiting", {WEI: (W, 1)},
             subject="inscriere"),
         rep("Buna, atunci va rog la Brackenheim in octombrie. Maria", "changed", {BRA: (C, 1)}),
         rep("Multumesc frumos", None, {BRA: (C, 1)}),
         capacity={WEI: 1}, before=[("plin-weinsberg", "Anmeldung für Weinsberg 26.9., Gruß Udo Stern")]),
    conv("c26-bs-cekamo-pa-weinsberg", "bs",
         new("Zdravo prijavljujem se za 21.9 Neuenstadt, nas dvoje ja i supruga. Senad Begic", "waiting",
             {NEU: (W, 2)}, subject="prijava"),
         rep("U redu, cekamo onda. Hvala", None, {NEU: (W, 2)}),
         rep("Zdravo, moze li onda 26.9. u Weinsberg ako tamo ima mjesta za nas dvoje?", "changed",
             {WEI: (C, 2)}),
         capacity={NEU: 1}, before=[("puno-neuenstadt", "Anmeldung für Neuenstadt 21.9., Gruß Eva Sommer")]),
]

CONVERSATIONS26 = LIST + LATE + CHANGE + COUNT + FAMILY + OTHER
# failed when played once on the unchanged code (strict xfail: a fix shows as XPASS)
KNOWN_FAILING26: list[str] = []  # held out: 21/30 on main 26fba07; 30/30 after the fixes of conv26
