"""More conversations of the kinds of issue 12 (helper table29), written after table29's held-out run and after
reading the code it touched (so not held out): the same kinds in other wording and other languages.
"""

from tests.conversations.runner import Step
from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import auto, rep
from tests.conversations.table26 import mark, other, part
from tests.conversations.table29 import bounce, older, ooo, top

B = [
    conv("c29b-de-dritten-spaet", "de",
         new("Guten Tag, ich würde gerne am Workshop teilnehmen.\nMfG Renate Vogel", "clarify", day=14),
         # on 20 September: the third line of the list she quotes (of 18 September) is Weinsberg
         rep("Guten Tag, den dritten Termin bitte.\nRenate Vogel", "confirmed", {WEI: (C, 1)}, day=16)),
    conv("c29b-ru-de-mix-nr", "ru",
         new("Здравствуйте, хочу на семинар. Галина Орлова", "clarify", subject="семинар"),
         rep("Здравствуйте, bitte Nummer 4, нас двое.", "confirmed", {BRA: (C, 2)})),
    conv("c29b-de-waiting-old-number", "de",
         new("Hallo, Anmeldung für Offenau am 19.9.\nGruß Kurt Frey", "waiting", {OFF: (W, 1)}),
         # the numbers of the waiting notice's list (1 is Offenau itself, left out)
         rep("Dann nehme ich die Nr. 3.\nKurt", "changed", {WEI: (C, 1)}, day=4),
         capacity={OFF: 1}, before=[("ilse-brand", "Anmeldung für Offenau 19.9., Gruß Ilse Brand")]),
    conv("c29b-de-already-raise-full", "de",
         new("Hallo, ich melde mich für Neuenstadt am 21.9. an.\nGruß Rolf Ebert", "confirmed", {NEU: (C, 1)}),
         new("Hallo, Anmeldung Neuenstadt 21.9.\nRolf Ebert", "already", {NEU: (C, 1)}, day=2),
         rep("Wir kommen zu viert, meine Frau und die 2 Kinder kommen auch.", "waiting", {NEU: (W, 4)}, day=3),
         capacity={NEU: 3}, before=[("grete-haas", "Anmeldung für Neuenstadt 21.9., wir sind zwei. Grete Haas")]),
    conv("c29b-ru-cancel-which-town-cyr", "ru",
         new("Здравствуйте, отмените пожалуйста, мы не сможем. Семья Волковых", "clarify",
             {NEU: (C, 1), WEI: (C, 1)}, subject="отмена"),
         rep("в Вайнсберге", "cancelled", {NEU: (C, 1)}),
         booked=[(NEU, 1), (WEI, 1)]),
    conv("c29b-de-absage-dann-neu-antwort", "de",
         new("Hallo, ich melde mich für Offenau am 19.9. an.\nGruß Heidi Sommer", "confirmed", {OFF: (C, 1)}),
         rep("Hallo, ich muss absagen, am 19. geht es nicht.\nHeidi", "cancelled", {}),
         # answering the cancellation: a new date
         rep("Hallo, können Sie mich stattdessen für den 17.10. in Brackenheim eintragen?\nHeidi", "confirmed",
             {BRA: (C, 1)})),
    conv("c29b-fa-thanks-after", "fa",
         new("سلام. برای کارگاه ۲۱ سپتامبر در Neuenstadt ثبت نام میکنم. علی کریمی", "confirmed", {NEU: (C, 1)},
             subject="ثبت نام"),
         rep("خیلی ممنون 🙏", None, {NEU: (C, 1)})),
    conv("c29b-de-joerg-wenzel", "de",
         new("Hallo, ich möchte mich anmelden.\nGruß Jörg Wenzel", "clarify"),
         bounce({}),
         rep("Nummer 1", "confirmed", {OFF: (C, 1)}, day=3)),
    conv("c29b-de-stadthalle-signature", "de",
         new("Guten Tag,\nich melde mich für den Workshop am 26.09. an.\n\nMit freundlichen Grüßen\nMarkus Seitz\n"
             "Hausmeister Stadthalle Neckarsulm", "confirmed", {WEI: (C, 1)})),
    conv("c29b-de-dienstag-statt-donnerstag", "de",
         new("Hallo, Anmeldung für den 21.9. in Neuenstadt.\nGruß Elke Roth", "confirmed", {NEU: (C, 1)}),
         # three workshops are on a Tuesday: which one? nothing changes until she says
         rep("Hallo, geht auch lieber Dienstag statt Donnerstag?\nElke", "clarify", {NEU: (C, 1)}),
         rep("Den 26.9. in Weinsberg.\nElke", "changed", {WEI: (C, 1)})),
    conv("c29b-de-two-answers-and-question", "de",
         new("Hallo, ich will mich anmelden.\nGruß Bernd Kolb", "clarify"),
         rep("Hallo, Nr. 2, wir sind zu zweit. Gibt es dort Parkplätze?\nBernd", "confirmed", {NEU: (C, 2)})),
    conv("c29b-en-howmany-nur-ich-new", "en",
         new("Hello, I want to join the Weinsberg workshop on 26 September with my family. Chidi", "clarify",
             subject="workshop"),
         new("Hello, sorry, only me will come. Chidi", "confirmed", {WEI: (C, 1)}, subject="workshop", day=2)),
    conv("c29b-de-howmany-erwachsene-kinder", "de",
         new("Hallo, wir möchten mit den Kindern nach Brackenheim kommen am 17.10.\nGruß Familie Nowak", "clarify"),
         rep("2 Erwachsene und 3 Kinder", "confirmed", {BRA: (C, 5)})),
    conv("c29b-de-top-zu-dritt", "de",
         new("Guten Tag, ich möchte mich anmelden.\nGruß Susanne Kraft", "clarify"),
         top("Nummer 3 bitte", "confirmed", {WEI: (C, 1)}),
         top("Hallo, wir kommen jetzt doch zu dritt, meine Eltern kommen mit.\nSusanne Kraft", "recounted",
             {WEI: (C, 3)})),
    conv("c29b-uk-wife-new-mail", "uk",
         new("Доброго дня, запишіть мене на 21 вересня в Нойенштадт. Ірина Шевченко", "confirmed", {NEU: (C, 1)},
             subject="запис"),
         # a new mail, days later: she cancels for herself, her husband (his own registration) still comes
         new("Доброго дня, я не зможу прийти 21 вересня, скасуйте мене. Чоловік прийде, він записався сам. "
             "Ірина Шевченко", "cancelled", {}, subject="скасування", day=5)),
    conv("c29b-tr-selin-weinsberger", "tr",
         # a surname made of a town's name ("-er") under the text is no wish for that town
         new("Merhaba, 21 Eylül için kayıt olmak istiyorum.\nSelin Weinsberger", "confirmed", {NEU: (C, 1)},
             subject="kayit")),
    conv("c29b-de-older-nr", "de",
         new("Hallo, ich möchte mich für einen Workshop anmelden.\nGruß Petra Hahn", "clarify"),
         rep("Nummer 2 bitte", "confirmed", {NEU: (C, 1)}),
         # three days later she answers our list again (the older mail): another line of it is a change
         older("Hallo, ich nehme doch lieber die Nummer 4 statt der 2.\nPetra", "changed", {BRA: (C, 1)}, day=4)),
    conv("c29b-de-ooo-after-clarify", "de",
         new("Hallo, ich möchte zum Workshop.\nGruß Sandra Ulm", "clarify"),
         ooo("Ich bin bis zum 10.09. nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet.\nSandra Ulm", {}),
         rep("Nr. 4", "confirmed", {BRA: (C, 1)}, day=7)),
    conv("c29b-am-thanks", "am",
         new("ሰላም፣ በ26 September Weinsberg ዎርክሾፕ ላይ መመዝገብ እፈልጋለሁ። ሄለን ተስፋዬ", "confirmed", {WEI: (C, 1)},
             subject="ምዝገባ"),
         rep("በጣም አመሰግናለሁ", None, {WEI: (C, 1)})),
    conv("c29b-ti-howmany", "ti",
         new("ሰላም፣ ምስ ቆልዑተይ ናብ ዎርክሾፕ 17 October Brackenheim ክመጽእ እደሊ። ሳባ ገብረ", "clarify", subject="ምዝገባ"),
         rep("3", "confirmed", {BRA: (C, 3)})),
]

CONVERSATIONS29B = B
KNOWN_FAILING29B: list[str] = [
]
