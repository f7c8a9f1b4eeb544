"""A twenty-ninth set (helper table29, issue 12): 30 conversations as residents of modest schooling
write them, over two to five mails, in German and fifteen other languages (Arabic, Russian,
Ukrainian, Greek, Chinese, Hindi and Tamil in their own scripts), written without reading the
understanding or the deciding code, any corpus, or the other tables beyond the notation of
table.py, table26.py and table27.py. Each answer quotes the desk's real reply as the runner built it,
unless it keeps only a part of it by hand (``part``), writes inside it (``mark``), quotes nothing (a
new mail) or answers an older mail of the desk than its last (``older``).

Kinds this table has more of than the earlier ones: answers that come days late, after a workshop of
the list they answer is over (the number means the line of the list they quote, not of today's list);
a second address of the family; machine mail inside a conversation (an out-of-office reply with "AW:"
and our mail quoted but no header saying it is automatic, a bounce of our reply); two languages in one
mail; two questions answered at once; words in a signature that look like a venue or a town
("Sabine", "Selina", the surname "Weinberger", an address in Offenau).

held out: 27/30 on main e5cfca3 (played once before any fix). Failing:
- c29-it-giuseppe-romano: the new mail after the cancellation, "Possiamo venire il 26 settembre a Weinsberg?
  sempre in due" (still the two of us), was confirmed for 1 person instead of 2.
- c29-tr-emine-sahin: "Bitte anmelden, esimle beraber" (Turkish without its letters: with my spouse, in a
  German-Turkish mail) was confirmed for 1 person instead of 2.
- c29-ar-reem-haddad: the answer to "how many people come?" sent as a new mail without quote or reference
  ("نحن 4 اشخاص", we are 4 people) went to staff instead of registering the 4 for the workshop she named.

After the fixes of table29: 30/30, no expectation changed (a relative glued to "with" in the language of the
relative's word, people.py; Italian "sempre in due", it.toml; a count alone in a new mail answers our open
"how many?", pipeline/handling.py). KNOWN_FAILING29 is empty.
"""

from tests.conversations.runner import Step
from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, rep
from tests.conversations.table26 import mark, other, part


def top(text, expect, regs=None, day=None):
    """An answer written above the quoted mail as Outlook does (a header block, no "> ")."""
    return Step(text, expect, regs or {}, reply=True, day=day, style="outlook")


def older(text, expect, regs=None, day=None, back=1):
    """An answer to an older mail of the desk (``back`` mails before its last one), quoting that one."""
    return Step(text, expect, regs or {}, reply=True, day=day, older=back)


def ooo(text, regs, day=None):
    """An out-of-office answer to our last mail, "AW:" and our mail quoted, without an automatic header."""
    return Step(text, None, regs, reply=True, day=day, style="ooo")


def bounce(regs, day=None):
    """The resident's mail server returns our last mail (mailbox full)."""
    return Step("", None, regs, reply=True, day=day, style="bounce")


# --- answers to our numbered list, some of them late ---------------------------------------------------------
LIST = [
    conv("c29-de-hannelore-fink", "de",
         new("Hallo ich möchte gerne zu dem Workshop kommen, wann ist der nächste?\nGruß Hannelore Fink", "clarify",
             day=13),
         # she answers on 21 September the list of 17 September (1. Offenau ... 4. Brackenheim): her 3 is Weinsberg
         rep("Entschuldigung das ich erst jetzt schreibe. Nr. 3 bitte.\nHannelore Fink", "confirmed",
             {WEI: (C, 1)}, day=17),
         rep("Vielen Dank!", None, {WEI: (C, 1)}, day=18)),
    conv("c29-tr-hulya-aydin", "tr",
         new("Merhaba, atolyeye katilmak istiyorum, kocamla beraber geliriz. Hulya Aydin", "clarify",
             subject="atolye", day=12),
         # on 20 September her "1" is Offenau of the list she quotes, which is over: say so, offer the others
         rep("Merhaba, 1 numara", "too_late", {}, day=16),
         rep("Tamam o zaman 2 numara, yine ikimiz.", "confirmed", {WEI: (C, 2)}, day=17)),
    conv("c29-ar-mohammed-alhassan", "ar",
         new("السلام عليكم اريد التسجيل في الورشة انا وزوجتي. محمد الحسن", "clarify", subject="تسجيل"),
         rep("وعليكم السلام، الموعد الثالث من فضلك. محمد", "confirmed", {WEI: (C, 2)}),
         # a question: staff answer it, nothing changes
         rep("سؤال: هل يوجد ترجمة للعربي في الورشة؟", "received", {WEI: (C, 2)})),
    conv("c29-ru-natalya-morozova", "ru",
         new("Добрый день! Хочу записаться на семинар, буду с мужем. Наталья Морозова", "clarify", subject="семинар"),
         top("2", "confirmed", {NEU: (C, 2)}),
         auto({NEU: (C, 2)}),
         rep("Спасибо большое!", None, {NEU: (C, 2)})),
    conv("c29-zh-li-na", "zh",
         new("您好，我想报名参加研讨会，我和我女儿两个人。李娜", "clarify", subject="报名"),
         mark("这个", "confirmed", "3. ", {WEI: (C, 2)}),
         # two days later she answers our list again (not the confirmation): she changes to the last date
         older("不好意思，我们要改到最后一个日期，10月17号。李娜", "changed", {BRA: (C, 2)}, day=4)),
    conv("c29-sr-dragana-petrovic", "sr",
         new("Dobar dan, zelim da se prijavim na radionicu. Dragana Petrovic", "clarify", subject="prijava"),
         # both questions of our list answered at once: the number and how many
         rep("Dobar dan, broj 4, i dolazimo nas troje (ja, muz i cerka).", "confirmed", {BRA: (C, 3)})),
]

# --- changes answering our confirmation ----------------------------------------------------------------------
CHANGE = [
    conv("c29-de-ingrid-maier", "de",
         new("Anmeldung 21.9. Neuenstadt, ich und mein Mann.\nGruß Ingrid Maier", "confirmed", {NEU: (C, 2)}),
         rep("Hallo, geht es auch lieber am 17.10. statt am 21.9.? Mein Mann hat da Spätschicht.\nIngrid",
             "changed", {BRA: (C, 2)}),
         rep("Danke schön", None, {BRA: (C, 2)})),
    conv("c29-es-rosa-martinez", "es",
         new("Hola, me inscribo para el 19 de septiembre en Offenau. Rosa Martinez", "confirmed", {OFF: (C, 1)},
             subject="inscripcion"),
         # cancel and rebook in one mail: a change of date
         rep("Hola, el 19 no puedo, cancelen eso por favor y apunteme mejor para el 17 de octubre.", "changed",
             {BRA: (C, 1)})),
    conv("c29-it-giuseppe-romano", "it",
         new("Buongiorno, mi iscrivo al workshop del 21 settembre a Neuenstadt, siamo in due. Giuseppe Romano",
             "confirmed", {NEU: (C, 2)}, subject="iscrizione"),
         rep("Buongiorno, purtroppo dobbiamo disdire.", "cancelled", {}),
         # a new mail days later, quoting nothing
         new("Buongiorno, siamo ancora noi. Possiamo venire il 26 settembre a Weinsberg? sempre in due.\n"
             "Giuseppe Romano", "confirmed", {WEI: (C, 2)}, subject="iscrizione", day=6)),
]

# --- head-counts --------------------------------------------------------------------------------------------
COUNT = [
    conv("c29-de-familie-schuster", "de",
         new("Hallo, wir kommen zu viert nach Brackenheim am 17.10.\nGruß Familie Schuster", "confirmed",
             {BRA: (C, 4)}),
         new("Hallo, ich möchte uns für Brackenheim anmelden.\nFamilie Schuster", "already", {BRA: (C, 4)}, day=3),
         rep("Ach so, danke. Dann aber bitte nur zu zweit, die Oma und der Opa kommen doch nicht mit.", "recounted",
             {BRA: (C, 2)}, day=4)),
    conv("c29-en-grace-okafor", "en",
         new("Hi, I register for Weinsberg 26 September. Grace Okafor", "confirmed", {WEI: (C, 1)},
             subject="workshop"),
         # two more people, one seat left: the three go on the waiting list together
         rep("Hello, can you make it for 3 people please, my sister and her husband come also. Grace", "waiting",
             {WEI: (W, 3)}),
         capacity={WEI: 3}, before=[("horst-lenz", "Anmeldung für Weinsberg 26.9., wir sind zu zweit. "
                                                      "Gruß Horst Lenz")]),
    conv("c29-uk-oksana-melnyk", "uk",
         new("Доброго дня, запишіть мене на 19 вересня в Оффенау. Оксана Мельник", "confirmed", {OFF: (C, 1)},
             subject="запис"),
         rep("Будь ласка запишіть на 2 особи, я буду з подругою.", "recounted", {OFF: (C, 2)}),
         rep("Дякую", None, {OFF: (C, 2)})),
    conv("c29-tr-emine-sahin", "tr",
         new("Hallo guten Tag, ben de workshopa gelmek istiyorum, Offenau 19.9. Bitte anmelden, esimle beraber. "
             "Danke. Emine Sahin", "confirmed", {OFF: (C, 2)}),
         # two languages, written above the whole thread
         top("Hallo, tamam danke. Aber esim kann nicht, nur ich komme. Sorry\nEmine", "recounted", {OFF: (C, 1)})),
    conv("c29-en-fatima-bello", "en",
         new("Hello, please register me and my husband for Offenau on 19 September. Thanks, Fatima Bello",
             "confirmed", {OFF: (C, 2)}, subject="registration"),
         bounce({OFF: (C, 2)}),
         rep("Sorry my mailbox was full. Now it is only me coming, my husband has to work.", "recounted",
             {OFF: (C, 1)}, day=5)),
]

# --- how many people come? -------------------------------------------------------------------------------------
HOW_MANY = [
    conv("c29-de-olga-becker", "de",
         new("Hallo, ich möchte mich mit meinen Kindern für den Workshop in Neuenstadt anmelden.\nGruß Olga Becker",
             "clarify"),
         rep("Hallo, also ich und die 2 Kinder", "confirmed", {NEU: (C, 3)})),
    conv("c29-ar-reem-haddad", "ar",
         new("مرحبا بدي سجل مع ولادي بورشة 26 سبتمبر في Weinsberg. ريم حداد", "clarify", subject="ورشة"),
         # she answers with a new mail: no quote, no reference
         new("مرحبا، نحن 4 اشخاص. ريم حداد", "confirmed", {WEI: (C, 4)}, subject="ورشة", day=2)),
    conv("c29-en-blessing-eze", "en",
         new("Hi, I like to come to the workshop on 17 October with my kids. Blessing Eze", "clarify",
             subject="workshop"),
         # no number: ask again
         rep("yes we come", "clarify"),
         rep("3 people", "confirmed", {BRA: (C, 3)})),
]

# --- a wife and her husband, each registered from their own address --------------------------------------------
COUPLE = [
    conv("c29-de-murat-yilmaz", "de",
         new("Hallo, ich melde mich für den Workshop in Weinsberg an.\nGruß Murat Yilmaz", "confirmed", {WEI: (C, 1)}),
         rep("Danke für die Bestätigung.", None, {WEI: (C, 1)}, day=6)),
    conv("c29-de-ayse-yilmaz", "de",
         new("Hallo, ich melde mich auch für Weinsberg am 26.9. an.\nAyse Yilmaz", "confirmed", {WEI: (C, 1)}),
         # her own registration is cancelled, her husband's (his own address) stays
         rep("Hallo, ich muss leider absagen, ich habe an dem Tag Arbeit. Mein Mann Murat kommt aber trotzdem, "
             "der hat sich selbst angemeldet.\nGruß Ayse", "cancelled", {}, day=5)),
    conv("c29-ta-lakshmi-subramaniam", "ta",
         new("வணக்கம், நான் 21 செப்டம்பர் Neuenstadt பட்டறைக்கு பதிவு செய்ய விரும்புகிறேன். லட்சுமி சுப்பிரமணியம்",
             "confirmed", {NEU: (C, 1)}, subject="பதிவு"),
         # her son answers the confirmation she forwarded him, from his address: staff decide, nothing changes
         other("karthik-subramaniam", "வணக்கம், என் அம்மாவுடன் நானும் வருகிறேன். இரண்டு பேர்.", "received",
               {NEU: (C, 1)}),
         rep("ஆம், என் மகனும் வருகிறான். நாங்கள் 2 பேர்.", "recounted", {NEU: (C, 2)})),
]

# --- names and addresses that look like a venue or a town ---------------------------------------------------------
NAMES = [
    conv("c29-de-sabine-kern", "de",
         new("Guten Tag,\nich möchte mich für den Workshop anmelden, am liebsten in Weinsberg.\n\nViele Grüße\n"
             "Sabine Kern", "confirmed", {WEI: (C, 1)}),
         rep("Absage, wir haben an dem Tag eine Hochzeit.\nSabine", "cancelled", {})),
    conv("c29-tr-selina-ozturk", "tr",
         new("Merhaba, atolyeye kayit olmak istiyorum.\nSelina Ozturk", "clarify", subject="kayit"),
         rep("4", "confirmed", {BRA: (C, 1)})),
    conv("c29-de-klaus-weinberger", "de",
         new("Hallo, ich melde mich für den 21. September an.\nGruß Klaus Weinberger", "confirmed", {NEU: (C, 1)}),
         rep("Hallo, meine Frau Petra Weinberger kommt auch mit, also 2 Personen.\nK. Weinberger", "recounted",
             {NEU: (C, 2)})),
    conv("c29-de-gerda-stein", "de",
         new("Hallo, ich melde mich für den Workshop am 21.9. an.\n\nGruß\nGerda Stein\nBahnhofstr. 3\n"
             "74254 Offenau\nTel. 07136 12345", "confirmed", {NEU: (C, 1)}),
         rep("Hallo, wir kommen zu zweit, meine Tochter kommt mit.\nGerda Stein\nBahnhofstr. 3\n74254 Offenau",
             "recounted", {NEU: (C, 2)})),
]

# --- cancellations: which one? the waiting list -------------------------------------------------------------------
CANCEL = [
    conv("c29-ro-ioana-marin", "ro",
         new("Buna ziua, nu pot veni, va rog anulati. Ioana Marin", "clarify", {OFF: (C, 1), BRA: (C, 1)},
             subject="anulare"),
         rep("cel din Brackenheim", "cancelled", {OFF: (C, 1)}),
         booked=[(OFF, 1), (BRA, 1)]),
    conv("c29-de-familie-kaya", "de",
         new("Hallo, wir müssen absagen.\nFamilie Kaya", "clarify", {NEU: (C, 2), WEI: (C, 2)}, day=2),
         # two days later, the number of the line in our question
         rep("Nummer 2\nKaya", "cancelled", {NEU: (C, 2)}, day=4),
         booked=[(NEU, 2), (WEI, 2)]),
    conv("c29-pl-marek-zielinski", "pl",
         new("Dzien dobry, zapisuje sie na 21.09 do Neuenstadt. Marek Zielinski", "waiting", {NEU: (W, 1)},
             subject="zapis"),
         rep("Dzien dobry, to wezme numer 4.", "changed", {BRA: (C, 1)}, day=3),
         capacity={NEU: 1}, before=[("erwin-roth", "Anmeldung für Neuenstadt 21.9., Gruß Erwin Roth")]),
    conv("c29-el-maria-papadopoulou", "el",
         new("Καλημερα, θελω να δηλωσω συμμετοχη για 17 Οκτωβριου στο Brackenheim. Μαρια Παπαδοπουλου", "waiting",
             {BRA: (W, 1)}, subject="συμμετοχη"),
         rep("Καλημερα, δεν θελω να περιμενω, βγαλτε με απο τη λιστα αναμονης. Ευχαριστω", "cancelled", {}, day=6),
         capacity={BRA: 1}, before=[("uwe-kuhn", "Anmeldung für Brackenheim 17.10., Gruß Uwe Kuhn")]),
]

# --- questions and machine mail -------------------------------------------------------------------------------
QUESTION = [
    conv("c29-hi-rajesh-kumar", "hi",
         new("नमस्ते, मैं 26 सितंबर को Weinsberg वर्कशॉप में आना चाहता हूँ। राजेश कुमार", "confirmed", {WEI: (C, 1)},
             subject="वर्कशॉप"),
         rep("क्या वहाँ बच्चों के लिए कोई व्यवस्था है? धन्यवाद", "received", {WEI: (C, 1)}),
         ooo("I am out of the office until 20 September with limited access to email. I will reply after my "
             "return.\nRajesh Kumar", {WEI: (C, 1)})),
    conv("c29-de-werner-haug", "de",
         new("Sehr geehrte Damen und Herren,\nhiermit melde ich mich zum Workshop am 17.10. in Brackenheim an.\n"
             "Mit freundlichen Grüßen\nDr. Werner Haug", "confirmed", {BRA: (C, 1)}),
         ooo("Vielen Dank für Ihre E-Mail. Ich bin vom 05.09. bis 15.09. im Urlaub und kann Ihre Nachricht erst "
             "danach lesen. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Berger.\n\n"
             "Mit freundlichen Grüßen\nWerner Haug", {BRA: (C, 1)}),
         rep("Danke für die Bestätigung, bis dann.\nW. Haug", None, {BRA: (C, 1)}, day=12)),
]

CONVERSATIONS29 = LIST + CHANGE + COUNT + HOW_MANY + COUPLE + NAMES + CANCEL + QUESTION
# failed when played once on the unchanged code (strict xfail: a fix shows as XPASS)
KNOWN_FAILING29: list[str] = [
]
