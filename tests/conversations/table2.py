"""More conversations, written apart from table.py: other wording, typos, other mail clients'
quoting (Outlook's "-----Ursprüngliche Nachricht-----", Apple Mail, answers below the quote,
HTML-only mail, our mail forwarded back), automatic replies to our replies, answers in another
language than the first mail, and answers after a workshop has taken place.

Same notation as table.py; ``rep`` (a reply) also takes ``style`` and ``client`` (see
runner.Step). Days count from Monday 4 September 2023; the workshops are on day 15 (Offenau),
17 (Neuenstadt), 22 (Weinsberg) and 43 (Brackenheim).
"""

from tests.conversations.runner import Step
from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new


def rep(text, expect, regs=None, day=None, style="gmail", client=None, subject="", quote=True):
    return Step(text, expect, regs or {}, reply=True, day=day, style=style, client=client, subject=subject,
                quote=quote)


def auto(regs, day=None):
    """The resident's mailbox answers our last mail by itself (out of office): never answered."""
    return Step("", None, regs, reply=True, day=day, style="auto")


def fwd(text, expect, regs=None, day=None, client=None):
    """The resident forwards our last mail back to the desk with a note on top."""
    return Step(text, expect, regs or {}, reply=False, day=day, style="forward", client=client)


# --- German ---------------------------------------------------------------------------------
GERMAN = [
    conv("de2-apple-bare", "de",
         new("Moin,\nich hätte Intresse an dem Workshop und würd gern teilnehmen.\nCarola Weiß", "clarify"),
         rep("Die 2.\n\nVon meinem iPhone gesendet", "confirmed", {NEU: (C, 1)}, style="apple")),
    conv("de2-zweiten-original", "de",
         new("Sehr geehrtes Team,\nhiermit möchte ich mich zum Workshop anmelden. Den Termin weiß ich noch "
             "nicht genau.\nMfG Bernhard Klee", "clarify"),
         rep("Guten Tag,\nden zweiten bitte.\nMfG\nB. Klee", "confirmed", {NEU: (C, 1)}, style="original")),
    conv("de2-zweite-html-renumbered", "de",
         new("Hallo zusammen, ich möchte gerne beim Workshop mitmachen.\nJana Merz", "clarify", day=16),
         # the list of 20 September starts with Neuenstadt: the second line is Weinsberg
         rep("die zweite bitte :)", "confirmed", {WEI: (C, 1)}, day=17, style="html")),
    conv("de2-bottom-nummer", "de",
         new("Guten Tag, bitte melden sie mich zum Integrationsworkshop an, gerne mit meinem Mann.\n"
             "Grüße, Anja Roth", "clarify"),
         rep("Nummer 4 wäre super.\nAnja", "confirmed", {BRA: (C, 2)}, style="bottom")),
    conv("de2-lieber-ort-statt-ort", "de",
         new("Guten Tag, Anmeldung für mich für den Workshop in Neuenstadt am 21.09.\nViele Grüße\nGisela Thum",
             "confirmed", {NEU: (C, 1)}),
         rep("Hallo, ginge auch lieber Brackenheim statt Neuenstadt? Ich hab da doch einen Arzttermin.\nGisela",
            "changed", {BRA: (C, 1)})),
    conv("de2-doch-nicht-sondern", "de",
         new("Hallo, ich melde mich und meinen Sohn für den 26.9. in Weinsberg an.\nGrüße Petra Lindner",
             "confirmed", {WEI: (C, 2)}),
         rep("Hallo,\nwir kommen doch nicht am 26.9. sondern am 17.10. nach Brackenheim, geht das?\nP. Lindner",
            "changed", {BRA: (C, 2)}, style="original")),
    conv("de2-raise-over-capacity", "de",
         new("Hallo, Anmeldung Weinsberg 26.9. für mich und meine Frau.\nGrüße Dirk Sauer", "confirmed",
             {WEI: (C, 2)}),
         rep("Hallo, meine Schwiegereltern möchten auch mitkommen, also insgesamt 4 Personen.\nDirk", "waiting",
            {WEI: (W, 4)}),
         capacity={WEI: 3}),
    conv("de2-fewer-kids-stay", "de",
         new("Guten Abend, wir möchten uns zu fünft für Offenau anmelden.\nFamilie Hartmann", "confirmed",
             {OFF: (C, 5)}),
         rep("Hallo, die Kinder bleiben doch zu Hause, wir sind dann nur 2 Personen.\nGruß Hartmann", "recounted",
            {OFF: (C, 2)})),
    conv("de2-already-then-three", "de",
         new("Hallo, ich melde mich für den 17.10. an.\nGruß Ewald Brandl", "confirmed", {BRA: (C, 1)}),
         new("Hallo, Anmeldung zum Workshop am 17. Oktober in Brackenheim bitte.\nE. Brandl", "already",
             {BRA: (C, 1)}),
         rep("Ach so, stimmt. Dann bitte auf 3 Personen erhöhen, ich bringe zwei Kollegen mit.", "recounted",
            {BRA: (C, 3)})),
    conv("de2-ehemann-sagt-ab", "de",
         new("Hallo, hiermit melde ich mich für Neuenstadt am 21.9. an.\nGruß Frank Eberle", "confirmed",
             {NEU: (C, 1)}),
         rep("Guten Tag, ich muss leider absagen. Meine Frau hat sich ja selbst angemeldet und kommt trotzdem.\n"
            "Frank Eberle", "cancelled", {})),
    conv("de2-ehefrau-bleibt", "de",
         new("Hallo, ich möchte mich für den Workshop am 21.9. in Neuenstadt anmelden.\nGruß Monika Eberle",
             "confirmed", {NEU: (C, 1)}),
         rep("Danke für die Bestätigung!", None, {NEU: (C, 1)}, day=2)),
    conv("de2-einer-von-dreien", "de",
         new("Hallo, für den Workshop in Weinsberg melden wir uns zu dritt an: Heinz, Gudrun und Tim Albrecht.",
             "confirmed", {WEI: (C, 3)}),
         rep("Hallo, Tim kann leider doch nicht, er hat Schule. Wir zwei kommen aber.\nHeinz", "recounted",
            {WEI: (C, 2)})),
    conv("de2-cancel-which-zweite", "de",
         new("Guten Tag, ich schaffe es leider nicht, bitte streichen Sie meine Anmeldung.\nRolf Bauer", "clarify",
             {OFF: (C, 1), BRA: (C, 1)}),
         rep("die zweite", "cancelled", {OFF: (C, 1)}),
         booked=[(OFF, 1), (BRA, 1)]),
    conv("de2-thanks-then-question", "de",
         new("Hallo, Anmeldung für 19.09. Offenau, 2 Personen.\nGruß Kerstin Vogel", "confirmed", {OFF: (C, 2)}),
         rep("Vielen lieben Dank, bis dann!", None, {OFF: (C, 2)}),
         rep("Sorry, noch eine Frage: gibt es dort Parkplätze?", "received", {OFF: (C, 2)})),
    conv("de2-out-of-office", "de",
         new("Guten Tag,\nich möchte mich zum Workshop am 26.09. anmelden.\nMit freundlichen Grüßen\nDr. Anke Fiedler",
             "confirmed", {WEI: (C, 1)}),
         auto({WEI: (C, 1)})),
    conv("de2-new-mail-with-reference", "de",
         new("Hallo, Anmeldung für Offenau. Gruß Udo Kern", "confirmed", {OFF: (C, 1)}),
         new("Hallo, ich kann doch nicht kommen, bitte austragen.\nUdo Kern", "cancelled", {},
             subject="Absage {ref}")),
    conv("de2-thanks-after-workshop", "de",
         new("Guten Tag, ich melde mich für den Workshop in Offenau an.\nViele Grüße Lotte Brenner", "confirmed",
             {OFF: (C, 1)}),
         rep("Danke nochmal, der Abend war sehr interessant!", None, {OFF: (C, 1)}, day=16)),
    conv("de2-stornieren-neu-anmelden", "de",
         new("Hallo, bitte melden Sie mich für den Workshop am 21.9. an.\nGruß Yvonne Pohl", "confirmed",
             {NEU: (C, 1)}),
         rep("Hallo, bitte die Anmeldung für den 21.9. stornieren. Ich melde mich dafür neu für Weinsberg an.\n"
            "Yvonne", "changed", {WEI: (C, 1)})),
    conv("de2-forward-plus-one", "de",
         new("Hallo, ich melde mich für den Workshop am 17.10. in Brackenheim an.\nLG Sandra Kühn", "confirmed",
             {BRA: (C, 1)}),
         fwd("Hallo, mein Mann möchte auch mitkommen, also bitte für 2 Personen.\nSandra Kühn", "recounted",
             {BRA: (C, 2)})),
    conv("de2-ask-again-then-date", "de",
         new("Servus, ich tät mich gern anmelden für den Workshop.\nGruß Max Huber", "clarify"),
         rep("Passt scho, danke", "clarify"),
         rep("Am 26. September in Weinsberg.", "confirmed", {WEI: (C, 1)}, style="original")),
]

# --- English --------------------------------------------------------------------------------
ENGLISH = [
    conv("en2-second-one", "en",
         new("hey there, pls put me down for the integration workshop. cheers, Nadia Rowe", "clarify",
             subject="workshop"),
         rep("the second one works for me", "confirmed", {NEU: (C, 1)}, style="original")),
    conv("en2-switch-to", "en",
         new("Hello, I'd like to attend on Sept 26 in Weinsberg. Regards, Victor Lang", "confirmed", {WEI: (C, 1)},
             subject="attendance"),
         rep("Hi, can I switch to the Neuenstadt date instead? Victor", "changed", {NEU: (C, 1)})),
    conv("en2-plus-two-full", "en",
         new("Hi, registering for Brackenheim Oct 17. Thanks, Priya Nair", "confirmed", {BRA: (C, 1)},
             subject="registration"),
         rep("Hi again, two colleagues want to join me, so we are 3 people in total. Priya", "waiting",
            {BRA: (W, 3)}),
         capacity={BRA: 2}),
    conv("en2-answer-in-german", "en",
         new("Hello, I register for the workshop in Offenau on 19 September. Best, Marta Silva", "confirmed",
             {OFF: (C, 1)}, subject="workshop"),
         rep("Hallo, wir sind doch zu zweit, mein Mann kommt mit. Danke", "recounted", {OFF: (C, 2)}, client="de")),
    conv("en2-html-cancel", "en",
         new("Good morning, I would like to take part in the workshop at Offenau on the 19th of September.\n"
             "Best regards, Helen Grant", "confirmed", {OFF: (C, 1)}, subject="Workshop"),
         rep("Unfortunately something came up and I can't make it. Please take me off the list.\nHelen",
            "cancelled", {}, style="html")),
    conv("en2-cancel-which-place", "en",
         new("Hi, I won't be able to attend, sorry. Please cancel.\nLiam Ford", "clarify",
             {NEU: (C, 1), WEI: (C, 1)}, subject="cancel"),
         rep("the Weinsberg one", "cancelled", {NEU: (C, 1)}),
         booked=[(NEU, 1), (WEI, 1)]),
]

# --- Turkish --------------------------------------------------------------------------------
TURKISH = [
    conv("tr2-ikincisi", "tr",
         new("Merhabalar, entegrasyon atölyesine katılmak istiyorum, hangi gün olduğunu bilmiyorum.\nSevgi Ateş",
             "clarify", subject="atölye"),
         rep("ikincisi olsun lütfen", "confirmed", {NEU: (C, 1)})),
    conv("tr2-yerine-yer", "tr",
         new("Merhaba, Offenau'daki atölyeye kayıt olmak istiyorum. Burak Öztürk", "confirmed", {OFF: (C, 1)},
             subject="kayıt"),
         rep("Merhaba, Offenau yerine Weinsberg'e gelebilir miyim? Orası bize daha yakın. Burak", "changed",
            {WEI: (C, 1)})),
    conv("tr2-azaldi", "tr",
         new("Merhaba, 4 kişi olarak 17 Ekim Brackenheim atölyesine katılmak istiyoruz. Derya Kurt", "confirmed",
             {BRA: (C, 4)}, subject="kayıt"),
         rep("Merhaba, çocuklar gelemiyor, sadece 2 kişi geleceğiz. Derya", "recounted", {BRA: (C, 2)})),
    conv("tr2-german-cancel", "tr",
         new("Merhaba, 21 Eylül Neuenstadt atölyesine kaydolmak istiyorum. Cem Aksoy", "confirmed", {NEU: (C, 1)},
             subject="kayıt"),
         rep("Hallo, ich kann leider doch nicht kommen, bitte absagen. Danke Cem", "cancelled", {}, client="de")),
    conv("tr2-tesekkur", "tr",
         new("Merhaba, 26 Eylül Weinsberg atölyesine kayıt olmak istiyorum. Gül Yılmaz", "confirmed", {WEI: (C, 1)},
             subject="kayıt"),
         rep("Çok teşekkürler, görüşmek üzere!", None, {WEI: (C, 1)})),
]

# --- Arabic ---------------------------------------------------------------------------------
ARABIC = [
    conv("ar2-althani", "ar",
         new("مرحبا، أرغب في المشاركة في ورشة العمل، لكن لا أعرف أي موعد. رامي", "clarify", subject="ورشة"),
         rep("الثاني من فضلك", "confirmed", {NEU: (C, 1)})),
    conv("ar2-wife-cannot", "ar",
         new("مرحبا، أنا وزوجتي نريد التسجيل في ورشة العمل يوم 26 سبتمبر. باسل", "confirmed", {WEI: (C, 2)},
             subject="تسجيل"),
         rep("مرحبا، زوجتي لا تستطيع الحضور، سأحضر وحدي. باسل", "recounted", {WEI: (C, 1)})),
    conv("ar2-badalan-date", "ar",
         new("مرحبا، أريد التسجيل في الورشة يوم 21 سبتمبر. منى", "confirmed", {NEU: (C, 1)}, subject="تسجيل"),
         rep("مرحبا، هل يمكن أن أحضر يوم 17 أكتوبر بدلا من 21 سبتمبر؟ منى", "changed", {BRA: (C, 1)})),
    conv("ar2-out-of-office", "ar",
         new("مرحبا، أريد التسجيل في ورشة العمل يوم 19 سبتمبر في أوفيناو. طارق", "confirmed", {OFF: (C, 1)},
             subject="تسجيل"),
         auto({OFF: (C, 1)})),
]

# --- Russian --------------------------------------------------------------------------------
RUSSIAN = [
    conv("ru2-vtoroy", "ru",
         new("Добрый вечер! Хотела бы поучаствовать в семинаре, подскажите даты. Людмила", "clarify",
             subject="семинар"),
         rep("Второй вариант подходит", "confirmed", {NEU: (C, 1)})),
    conv("ru2-pomenyat", "ru",
         new("Здравствуйте, запишите меня на 21 сентября в Нойенштадт. Олег Волков", "confirmed", {NEU: (C, 1)},
             subject="запись"),
         rep("Здравствуйте, можно поменять на 26 сентября в Вайнсберге? Олег", "changed", {WEI: (C, 1)})),
    conv("ru2-wife-own", "ru",
         new("Здравствуйте, хочу записаться на семинар 19 сентября в Оффенау. Светлана Морозова", "confirmed",
             {OFF: (C, 1)}, subject="запись"),
         rep("Здравствуйте, я не смогу прийти, отмените мою запись. Муж придёт, он записан отдельно. Светлана",
            "cancelled", {})),
    conv("ru2-podruga", "ru",
         new("Здравствуйте, запишите меня на 17 октября в Бракенхайм. Анна Белова", "confirmed", {BRA: (C, 1)},
             subject="запись"),
         rep("Добрый день, со мной придёт ещё подруга, нас будет двое. Анна", "recounted", {BRA: (C, 2)},
            style="bottom")),
]

# --- Ukrainian ------------------------------------------------------------------------------
UKRAINIAN = [
    conv("uk2-druhyi", "uk",
         new("Доброго дня! Хочу взяти участь у семінарі, але не знаю, коли він. Олена", "clarify",
             subject="семінар"),
         rep("другий, будь ласка", "confirmed", {NEU: (C, 1)})),
    conv("uk2-troie", "uk",
         new("Добрий день, запишіть мене на семінар 26 вересня у Вайнсберзі. Богдан Мельник", "confirmed",
             {WEI: (C, 1)}, subject="реєстрація"),
         rep("Добрий день, нас буде троє, прийду з дружиною і сином. Богдан", "recounted", {WEI: (C, 3)})),
    conv("uk2-change-then-cancel", "uk",
         new("Добрий день, хочу зареєструватися на семінар 19 вересня в Оффенау. Ірина Ткаченко", "confirmed",
             {OFF: (C, 1)}, subject="реєстрація"),
         rep("Добрий день, чи можна замість 19 вересня прийти 21 вересня? Ірина", "changed", {NEU: (C, 1)}),
         rep("Вибачте, все-таки не зможу, скасуйте, будь ласка. Ірина", "cancelled", {})),
]

# --- Polish ---------------------------------------------------------------------------------
POLISH = [
    conv("pl2-druga", "pl",
         new("Dzień dobry, chciałbym wziąć udział w warsztatach, który termin jeszcze nie wiem. Paweł", "clarify",
             subject="warsztaty"),
         rep("Ta druga opcja, dziękuję", "confirmed", {NEU: (C, 1)})),
    conv("pl2-zamiast-miejsce", "pl",
         new("Dzień dobry, zapisuję się na warsztat 26 września w Weinsberg. Joanna Kowalczyk", "confirmed",
             {WEI: (C, 1)}, subject="zapis"),
         rep("Dzień dobry, wolałabym jednak Brackenheim zamiast Weinsberg, czy to możliwe? Joanna", "changed",
            {BRA: (C, 1)})),
    conv("pl2-sama", "pl",
         new("Dzień dobry, zapisuję siebie i męża na warsztat 21 września w Neuenstadt. Beata Zielińska",
             "confirmed", {NEU: (C, 2)}, subject="zapis"),
         rep("Dzień dobry, mąż jednak nie przyjdzie, będę sama. Beata", "recounted", {NEU: (C, 1)})),
]

# --- Romanian -------------------------------------------------------------------------------
ROMANIAN = [
    conv("ro2-nr", "ro",
         new("Bună ziua, aș dori să particip la atelierul de integrare. Ce date sunt? Mulțumesc, Mihai", "clarify",
             subject="atelier"),
         rep("Nr. 3 vă rog", "confirmed", {WEI: (C, 1)})),
    conv("ro2-anulare", "ro",
         new("Bună ziua, vreau să mă înscriu la atelierul din 21 septembrie la Neuenstadt. Ioana Popescu",
             "confirmed", {NEU: (C, 1)}, subject="înscriere"),
         rep("Bună ziua, din păcate nu mai pot veni, vă rog să anulați înscrierea. Ioana", "cancelled", {})),
    conv("ro2-in-loc-de", "ro",
         new("Bună ziua, mă înscriu la atelierul din 19 septembrie. Andrei Dumitru", "confirmed", {OFF: (C, 1)},
             subject="înscriere"),
         rep("Bună ziua, pot veni pe 26 septembrie în loc de 19 septembrie? Andrei", "changed", {WEI: (C, 1)})),
]

# --- Persian --------------------------------------------------------------------------------
PERSIAN = [
    conv("fa2-shomare", "fa",
         new("سلام، می‌خواهم در کارگاه شرکت کنم. چه تاریخ‌هایی هست؟ مریم", "clarify", subject="کارگاه"),
         rep("شماره ۲ لطفا", "confirmed", {NEU: (C, 1)})),
    conv("fa2-laghv", "fa",
         new("سلام، می‌خواهم برای کارگاه ۲۶ سپتامبر در وینسبرگ ثبت نام کنم. علی رضایی", "confirmed",
             {WEI: (C, 1)}, subject="ثبت نام"),
         rep("سلام، متاسفانه نمی‌توانم بیایم، لطفا ثبت نام من را لغو کنید. علی", "cancelled", {})),
    conv("fa2-do-nafar", "fa",
         new("سلام، برای کارگاه ۱۷ اکتبر در براکنهایم ثبت نام می‌کنم. زهرا احمدی", "confirmed", {BRA: (C, 1)},
             subject="ثبت نام"),
         rep("سلام، همسرم هم می‌آید، دو نفر هستیم. زهرا", "recounted", {BRA: (C, 2)})),
]

CONVERSATIONS2 = GERMAN + ENGLISH + TURKISH + ARABIC + RUSSIAN + UKRAINIAN + POLISH + ROMANIAN + PERSIAN
