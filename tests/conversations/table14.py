"""A fourteenth set, held out: 40 conversations of the kinds issue 12 names (answers to our numbered
list, a change of workshop in a reply, head-counts up and down, a raise when the workshop is full,
one of several people cancelling, cancel and rebook, a companion replaced, a wife cancelling from
her own address, signature names that look like places, answers to "which one should be
cancelled?", replies to "already registered", thanks, out-of-office answers to our reply), in
German and sixteen other languages. Written by the convw helper without reading the understanding
or deciding code, the corpora or tables 3 to 13; each expectation is what a careful member of staff
would do. 31 of 40 passed when written; the others are listed in KNOWN_FAILING (played as
strict xfail, so a fix shows up as an unexpected pass). The two wrong cancellations (an answer to
"which one?" that cancels one workshop and keeps the other) were fixed first. Same notation as
table.py and table2.py.
"""

from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, rep

# --- German ---------------------------------------------------------------------------------
GERMAN = [
    conv("i14-de-albrecht", "de",
         new("Guten Morgen,\nmeine Nachbarin hat mir von dem Workshop zum Integrationskonzept erzählt. "
             "Da würde ich mich gern anmelden.\nViele Grüße\nRenate Albrecht", "clarify"),
         rep("Nr. 2 passt mir am besten.\n\nR. Albrecht", "confirmed", {NEU: (C, 1)}, style="outlook")),
    conv("i14-de-aksoy", "de",
         # 22 September: Offenau and Neuenstadt are over, our list is 1. Weinsberg, 2. Brackenheim
         new("Hallo,\nmeine Tochter und ich möchten uns für den Workshop anmelden.\nLG Sevgi Aksoy", "clarify",
             day=18),
         rep("2\n\nVon meinem iPhone gesendet", "confirmed", {BRA: (C, 2)}, day=19, style="apple")),
    conv("i14-de-vogel", "de",
         new("Hallo,\nhiermit melde ich mich für den Workshop am 21.09. in Neuenstadt an.\nMit freundlichen Grüßen\n"
             "Katrin Vogel", "confirmed", {NEU: (C, 1)}),
         rep("Hallo,\nmir ist leider etwas dazwischengekommen. Kann ich statt am 21.9. auch am 17.10. nach "
             "Brackenheim kommen?\nGruß K. Vogel", "changed", {BRA: (C, 1)}),
         auto({BRA: (C, 1)}),
         rep("Prima, vielen Dank!", None, {BRA: (C, 1)})),
    conv("i14-de-hoffmann", "de",
         new("Anmeldung Workshop Weinsberg 26.9.\nGruß Bernd Hoffmann", "confirmed", {WEI: (C, 1)}),
         new("Sehr geehrte Damen und Herren,\nhiermit möchte ich mich zum Workshop in der Baukelter in Weinsberg "
             "anmelden.\nMit freundlichen Grüßen\nBernd Hoffmann", "already", {WEI: (C, 1)}, day=3),
         rep("Ach so, das hatte ich vergessen. Wir wären dann aber zu zweit, meine Frau kommt auch mit.\n"
             "B. Hoffmann", "recounted", {WEI: (C, 2)}, day=4, style="original")),
    conv("i14-de-krueger", "de",
         new("Hallo, ich melde mich für den Workshop in Neuenstadt am 21. September an.\nGruß Anja Krüger",
             "confirmed", {NEU: (C, 1)}),
         # three seats, two taken the day before: four people do not fit
         rep("Hallo nochmal,\nmein Mann und unsere zwei Söhne kommen jetzt doch auch mit, wir sind also zu viert.\n"
             "Anja", "waiting", {NEU: (W, 4)}),
         capacity={NEU: 3}, before=[("kai-fromm", "Hallo, Anmeldung für Neuenstadt am 21.9. für 2 Personen.\n"
                                                  "Gruß Kai Fromm")]),
    conv("i14-de-lehmann", "de",
         new("Guten Tag,\nwir melden uns zu fünft (2 Erwachsene, 3 Kinder) für den Workshop in Offenau am 19.9. an.\n"
             "Familie Lehmann", "confirmed", {OFF: (C, 5)}),
         rep("Guten Tag,\nkleine Änderung: Es kommen jetzt nur noch 2 Personen statt 5, die Kinder bleiben bei "
             "der Oma.\nDanke und Gruß\nS. Lehmann", "recounted", {OFF: (C, 2)}, style="html")),
    conv("i14-de-seidel", "de",
         new("Hallo,\nich melde mich mit meinen beiden Kolleginnen für den Workshop am 26.9. an, also 3 Personen.\n"
             "Grüße Monika Seidel", "confirmed", {WEI: (C, 3)}),
         rep("Hallo,\neine Kollegin ist krank geworden und kann leider nicht kommen. Wir anderen zwei kommen wie "
             "geplant.\nMonika Seidel", "recounted", {WEI: (C, 2)}, style="outlook_html")),
    conv("i14-de-maier", "de",
         new("Anmeldung Brackenheim 17.10., 2 Personen.\nGruß Jürgen Maier", "confirmed", {BRA: (C, 2)}),
         rep("Hallo,\nwir müssen leider absagen, wir sind im Oktober doch verreist.\nJ. Maier", "cancelled", {},
             day=2),
         # answering the cancellation (which lists the other dates): a new registration
         rep("Hallo nochmal,\ndann kommen wir eben schon am 26.9. nach Weinsberg, wieder zu zweit.\nJürgen Maier",
             "confirmed", {WEI: (C, 2)}, day=4)),
    conv("i14-de-neumann", "de",
         new("Hallo,\nich möchte mich und meinen Mann Thomas für den Workshop am 21.9. in Neuenstadt anmelden.\n"
             "Viele Grüße\nClaudia Neumann", "confirmed", {NEU: (C, 2)}),
         # not one fewer: the husband's seat goes to the sister
         rep("Hallo,\nmein Mann muss an dem Abend leider arbeiten. Dafür kommt meine Schwester Birgit Fuchs mit.\n"
             "Claudia Neumann", "renamed", {NEU: (C, 2)})),
    conv("i14-de-schulz", "de",
         new("Hallo,\nich melde mich auch für den Workshop in Weinsberg am 26.9. an.\nGruß Gabriele Schulz",
             "confirmed", {WEI: (C, 1)}),
         # a new mail from her own address: her registration ends, her husband's own one is not hers
         new("Hallo,\nich muss meine Anmeldung für Weinsberg leider zurückziehen, ich habe an dem Tag einen "
             "Arzttermin. Mein Mann Reinhard hat sich selbst angemeldet und kommt auf jeden Fall.\nGabriele Schulz",
             "cancelled", {}, subject="Absage Workshop", day=5),
         before=[("reinhard-schulz", "Hallo, hiermit melde ich mich für den Workshop in Weinsberg am 26.9. an.\n"
                                     "Reinhard Schulz")]),
    conv("i14-de-brandt", "de",
         # "Selina" is one letter pair away from the venue "Saline": a name, not a place
         new("Hallo,\nich möchte mich gerne für den Workshop am Dienstag, 17. Oktober anmelden.\n\n"
             "Herzliche Grüße\nSelina Brandt", "confirmed", {BRA: (C, 1)}),
         rep("Vielen Dank für die schnelle Bestätigung!\nSelina", None, {BRA: (C, 1)}, day=3)),
    conv("i14-de-wolf", "de",
         new("Guten Tag,\nich kann leider nicht teilnehmen, bitte streichen Sie mich von der Liste.\n"
             "Hans-Peter Wolf", "clarify", {NEU: (C, 1), WEI: (C, 1)}, subject="Workshop"),
         rep("Den Termin in Neuenstadt bitte absagen, nach Weinsberg komme ich.\nH.-P. Wolf", "cancelled",
             {WEI: (C, 1)}),
         booked=[(NEU, 1), (WEI, 1)]),
]

# --- English --------------------------------------------------------------------------------
ENGLISH = [
    conv("i14-en-walsh", "en",
         new("Hello,\nI'd like to register for the workshop in Offenau on 19 September.\nBest, Peter Walsh", "waiting",
             {OFF: (W, 1)}, subject="Workshop registration"),
         # the notice lists 2., 3., 4.: "the third" is line 3 (number 4) or number 3
         rep("Oh, what a pity. Then I'll take the third date instead.\nPeter", "clarify", {OFF: (W, 1)}),
         rep("Sorry, I meant number 3, the one in Weinsberg.", "changed", {WEI: (C, 1)}),
         capacity={OFF: 1}, before=[("uta-kern", "Hallo, ich melde mich für Offenau am 19.9. an. Gruß Uta Kern")]),
    conv("i14-en-weinberg", "en",
         # "Weinberg" (a surname) is close to "Weinsberg": the registration is for Brackenheim
         new("Hello,\nplease sign me up for the workshop in Brackenheim on October 17th.\nKind regards,\n"
             "Michael Weinberg", "confirmed", {BRA: (C, 1)}, subject="Sign-up"),
         auto({BRA: (C, 1)}),
         rep("Hi, back from holiday now. Just to let you know that my wife will join me, so please put us down "
             "as two people.\nThanks, Michael", "recounted", {BRA: (C, 2)}, day=5, style="bottom")),
]

# --- Turkish --------------------------------------------------------------------------------
TURKISH = [
    conv("i14-tr-ozturk", "tr",
         new("Merhaba,\nentegrasyon atölyesine katılmak istiyorum, eşim de benimle gelecek.\nSaygılarımla\n"
             "Gülsüm Öztürk", "clarify", subject="Atölye kaydı"),
         rep("4", "confirmed", {BRA: (C, 2)})),
    conv("i14-tr-koc", "tr",
         new("Merhaba,\n26 Eylül'de Weinsberg'deki atölyeye 3 kişi olarak katılmak istiyoruz.\nİbrahim Koç",
             "confirmed", {WEI: (C, 3)}, subject="Kayıt"),
         rep("Merhaba,\noğlum o gün gelemeyecek, iki kişi geleceğiz.\nİbrahim", "recounted", {WEI: (C, 2)},
             style="outlook")),
]

# --- Arabic ---------------------------------------------------------------------------------
ARABIC = [
    conv("i14-ar-khalil", "ar",
         new("السلام عليكم،\nأرغب في التسجيل في ورشة العمل في نويشتات يوم 21 سبتمبر.\nمع التحية، رامي خليل",
             "confirmed", {NEU: (C, 1)}, subject="تسجيل"),
         rep("مرحبا، هل يمكنني الحضور يوم 26 سبتمبر بدلا من 21 سبتمبر؟\nشكرا، رامي", "changed", {WEI: (C, 1)})),
    conv("i14-ar-abdallah", "ar",
         new("مرحبا،\nأود التسجيل في الورشة يوم 17 أكتوبر.\nمنى عبد الله", "confirmed", {BRA: (C, 1)},
             subject="تسجيل"),
         new("مرحبا، أريد التسجيل في ورشة العمل في براكنهايم.\nمنى عبد الله", "already", {BRA: (C, 1)},
             subject="ورشة العمل", day=4),
         # thanks for "already registered": nothing to answer
         rep("شكرا جزيلا، لم أكن متأكدة إن كان تسجيلي قد وصل.", None, {BRA: (C, 1)}, day=5)),
]

# --- Russian --------------------------------------------------------------------------------
RUSSIAN = [
    conv("i14-ru-morozova", "ru",
         new("Здравствуйте!\nЯ бы хотела записаться на семинар по интеграции.\nСпасибо, Светлана Морозова",
             "clarify", subject="Семинар"),
         rep("Второй вариант, пожалуйста.", "confirmed", {NEU: (C, 1)})),
    conv("i14-ru-volkov", "ru",
         new("Добрый день,\nк сожалению, я не смогу прийти. Прошу отменить мою запись.\nАлексей Волков", "clarify",
             {OFF: (C, 1), WEI: (C, 1)}, subject="Отмена"),
         rep("Отмените, пожалуйста, 19 сентября. На 26-е я приду.", "cancelled", {WEI: (C, 1)}, style="original"),
         booked=[(OFF, 1), (WEI, 1)]),
]

# --- Ukrainian ------------------------------------------------------------------------------
UKRAINIAN = [
    conv("i14-uk-tkachenko", "uk",
         new("Добрий день,\nхочу зареєструвати себе і свого чоловіка на семінар 26 вересня у Вайнсберзі.\n"
             "Наталія Ткаченко", "confirmed", {WEI: (C, 2)}, subject="Реєстрація"),
         rep("Добрий день,\nзамість чоловіка прийде моя мама, Людмила Ткаченко.\nНаталія", "renamed",
             {WEI: (C, 2)})),
    conv("i14-uk-melnyk", "uk",
         new("Доброго дня,\nпрошу записати мене на семінар 21 вересня в Нойенштадті.\nОлександр Мельник",
             "confirmed", {NEU: (C, 1)}, subject="Семінар"),
         auto({NEU: (C, 1)}),
         rep("Дякую за підтвердження! До зустрічі.", None, {NEU: (C, 1)}, day=3)),
]

# --- Polish ---------------------------------------------------------------------------------
POLISH = [
    conv("i14-pl-zielinski", "pl",
         new("Dzień dobry,\nchciałbym wziąć udział w warsztatach dotyczących integracji.\nPozdrawiam\n"
             "Krzysztof Zieliński", "clarify", subject="Warsztaty"),
         rep("Nr 3 poproszę.", "confirmed", {WEI: (C, 1)})),
    conv("i14-pl-lewandowska", "pl",
         new("Dzień dobry,\nzapisuję się na warsztat w Offenau 19 września.\nMagdalena Lewandowska", "confirmed",
             {OFF: (C, 1)}, subject="Zgłoszenie"),
         rep("Dzień dobry,\nwolałabym jednak termin 17 października w Brackenheim zamiast 19 września. "
             "Czy to możliwe?\nMagdalena", "changed", {BRA: (C, 1)})),
]

# --- Romanian -------------------------------------------------------------------------------
ROMANIAN = [
    conv("i14-ro-popescu", "ro",
         new("Bună ziua,\ndoresc să mă înscriu la atelierul din 21 septembrie de la Neuenstadt.\nCu stimă,\n"
             "Mihaela Popescu", "confirmed", {NEU: (C, 1)}, subject="Înscriere"),
         rep("Bună ziua,\nvom fi două persoane, vine și soțul meu.\nMulțumesc, Mihaela", "recounted",
             {NEU: (C, 2)})),
    conv("i14-ro-dumitru", "ro",
         new("Bună ziua,\naș dori să mă înscriu la atelier.\nIon Dumitru", "clarify", subject="Atelier"),
         rep("Numărul 4, vă rog.", "confirmed", {BRA: (C, 1)}),
         rep("Din păcate nu mai pot veni. Vă rog să anulați înscrierea.\nIon", "cancelled", {}, day=6)),
]

# --- Italian --------------------------------------------------------------------------------
ITALIAN = [
    conv("i14-it-bianchi", "it",
         new("Buongiorno,\nvorrei iscrivermi al workshop del 19 settembre a Offenau.\nCordiali saluti\nMarco Bianchi",
             "confirmed", {OFF: (C, 1)}, subject="Iscrizione"),
         rep("Buongiorno,\nposso venire il 26 settembre a Weinsberg invece del 19? Grazie mille.\nMarco", "changed",
             {WEI: (C, 1)})),
    conv("i14-it-ricci", "it",
         new("Buongiorno,\nvorrei iscrivere me e mia moglie al workshop del 17 ottobre a Brackenheim.\n"
             "Saluti, Giuseppe Ricci", "confirmed", {BRA: (C, 2)}, subject="Iscrizione"),
         rep("Buongiorno,\npurtroppo mia moglie non potrà venire, io invece ci sarò.\nGiuseppe", "recounted",
             {BRA: (C, 1)}, style="bottom")),
]

# --- Spanish --------------------------------------------------------------------------------
SPANISH = [
    conv("i14-es-ruiz", "es",
         new("Hola,\nme gustaría inscribirme en el taller sobre integración.\nUn saludo,\nCarmen Ruiz", "clarify",
             subject="Inscripción"),
         rep("La segunda fecha, por favor.", "confirmed", {NEU: (C, 1)}, style="html")),
    conv("i14-es-morales", "es",
         new("Hola,\nquiero inscribirme en el taller del 26 de septiembre en Weinsberg.\nSaludos, Javier Morales",
             "confirmed", {WEI: (C, 1)}, subject="Taller"),
         new("Hola, me inscribo para el taller de Weinsberg el 26/09.\nJavier Morales", "already", {WEI: (C, 1)},
             subject="Inscripción taller", day=3),
         rep("Perdón, no me acordaba. Seremos 3 personas en total, vengo con mis dos hijos.", "recounted",
             {WEI: (C, 3)}, day=4)),
]

# --- French ---------------------------------------------------------------------------------
FRENCH = [
    conv("i14-fr-martin", "fr",
         new("Bonjour,\nje souhaite m'inscrire avec mon fils Lucas à l'atelier du 21 septembre à Neuenstadt.\n"
             "Cordialement,\nIsabelle Martin", "confirmed", {NEU: (C, 2)}, subject="Inscription"),
         rep("Bonjour,\nmon fils ne pourra finalement pas venir, c'est ma fille Emma qui m'accompagnera à sa place.\n"
             "Isabelle Martin", "renamed", {NEU: (C, 2)})),
    conv("i14-fr-girard", "fr",
         new("Bonjour,\nje voudrais m'inscrire à l'atelier d'Offenau le 19 septembre.\nMerci, Philippe Girard",
             "confirmed", {OFF: (C, 1)}, subject="Inscription atelier"),
         rep("Bonjour,\nje dois annuler pour le 19 septembre, mais je voudrais m'inscrire pour le 26 septembre à "
             "Weinsberg à la place.\nPhilippe", "changed", {WEI: (C, 1)}, style="outlook")),
]

# --- Albanian, Croatian, Bosnian, Greek -----------------------------------------------------
BALKAN = [
    conv("i14-sq-krasniqi", "sq",
         new("Përshëndetje,\ndua të regjistrohem për seminarin më 26 shtator në Weinsberg, jemi 2 persona.\n"
             "Drita Krasniqi", "confirmed", {WEI: (C, 2)}, subject="Regjistrim"),
         rep("Përshëndetje,\nfatkeqësisht nuk mund të vijmë. Ju lutem anuloni regjistrimin.\nDrita", "cancelled",
             {})),
    conv("i14-hr-horvat", "hr",
         new("Poštovani,\nželim se prijaviti na radionicu 21. rujna u Neuenstadtu.\nLijep pozdrav,\nIvana Horvat",
             "confirmed", {NEU: (C, 1)}, subject="Prijava"),
         rep("Poštovani,\nmogu li umjesto 21. rujna doći 17. listopada u Brackenheim?\nHvala, Ivana", "changed",
             {BRA: (C, 1)})),
    conv("i14-bs-hadzic", "bs",
         new("Zdravo,\nprijavljujem se za radionicu u Weinsbergu 26. septembra.\nPozdrav, Emir Hadžić", "confirmed",
             {WEI: (C, 1)}, subject="Prijava"),
         rep("Zdravo,\ndolazi i moja supruga, znači bit ćemo dvoje.\nEmir", "recounted", {WEI: (C, 2)})),
    conv("i14-el-georgiou", "el",
         new("Γεια σας,\nθέλουμε να έρθουμε 3 άτομα στο εργαστήριο στις 26 Σεπτεμβρίου στο Weinsberg.\n"
             "Ελένη Γεωργίου", "confirmed", {WEI: (C, 3)}, subject="Δήλωση συμμετοχής"),
         rep("Γεια σας,\nδυστυχώς η κόρη μου δεν μπορεί να έρθει, θα είμαστε 2 άτομα.\nΕλένη", "recounted",
             {WEI: (C, 2)})),
]

# --- Persian --------------------------------------------------------------------------------
PERSIAN = [
    conv("i14-fa-ahmadi", "fa",
         new("سلام،\nمی‌خواهم در کارگاه ثبت نام کنم.\nبا تشکر، مریم احمدی", "clarify", subject="ثبت نام"),
         rep("شماره ۳ لطفا", "confirmed", {WEI: (C, 1)})),
    conv("i14-fa-karimi", "fa",
         new("سلام،\nمتأسفانه نمی‌توانم بیایم، لطفا ثبت نامم را لغو کنید.\nرضا کریمی", "clarify",
             {NEU: (C, 1), BRA: (C, 1)}, subject="لغو"),
         rep("شماره ۲ را لغو کنید لطفا.", "cancelled", {NEU: (C, 1)}),
         booked=[(NEU, 1), (BRA, 1)]),
]

# --- Vietnamese -----------------------------------------------------------------------------
VIETNAMESE = [
    conv("i14-vi-nguyen", "vi",
         new("Xin chào,\ntôi muốn đăng ký tham gia hội thảo ngày 17 tháng 10 ở Brackenheim.\nCảm ơn,\nNguyễn Thị Lan",
             "confirmed", {BRA: (C, 1)}, subject="Đăng ký"),
         rep("Xin chào,\nchồng tôi cũng sẽ đi cùng, vậy là 2 người.\nLan", "recounted", {BRA: (C, 2)})),
    conv("i14-vi-tran", "vi",
         new("Xin chào,\ntôi muốn đăng ký tham gia hội thảo.\nTrần Văn Minh", "clarify", subject="Đăng ký hội thảo"),
         rep("Số 1", "confirmed", {OFF: (C, 1)}),
         rep("Cảm ơn nhiều!", None, {OFF: (C, 1)})),
]

CONVERSATIONS14 = (GERMAN + ENGLISH + TURKISH + ARABIC + RUSSIAN + UKRAINIAN + POLISH + ROMANIAN + ITALIAN
                   + SPANISH + FRENCH + BALKAN + PERSIAN + VIETNAMESE)

# conversations the desk did not get right when this table was written (see the module docstring)
KNOWN_FAILING: list[str] = []
