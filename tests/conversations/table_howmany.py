"""Answers to our question "how many people come?" (helper howmany, issue 12): a registration that names
the people who come along without their number ("mit meinen Enkeln", "with my kids", "ailemle", "مع عائلتي",
"с детьми", "avec mes enfants") is asked how many come; the answer is read against that question. A number
alone ("2") is a count, not a line of a list; a number word ("zwei"), "only me", "ok" (asked again, then "3"),
a count that does not fit (the waiting list), and "doch nicht" (nothing was booked: withdrawn). Written
apart from the corpora and the other tables, in German, English, Turkish, Arabic, Russian and French;
same notation as table2.py."""

from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import rep

CONVERSATIONS_HOWMANY = [
    conv("hm-de-zwei", "de",
         new("Guten Tag, ich möchte mich gern mit meinen Enkeln für den Termin in Offenau anmelden.\n"
             "Viele Grüße\nRenate Vogel", "clarify"),
         rep("zwei", "confirmed", {OFF: (C, 2)}),
         rep("Vielen Dank!", None, {OFF: (C, 2)})),
    conv("hm-en-only-me", "en",
         new("Hi there, please count me in for the Brackenheim session in October, I'd come along with my kids.\n"
             "Best, Sam Carter", "clarify", subject="October session"),
         # the children cannot come after all
         rep("Hi, only me in the end, the kids have a school trip. Sam", "confirmed", {BRA: (C, 1)})),
    conv("hm-tr-tamam-uc", "tr",
         new("Merhaba, 21 Eylül Neuenstadt atölyesine ailemle katılmak istiyorum. Selin Aydın", "clarify",
             subject="katılım"),
         # "ok" says no number: asked again
         rep("tamam", "clarify"),
         rep("3", "confirmed", {NEU: (C, 3)})),
    conv("hm-ar-full", "ar",
         new("مرحبا، أريد التسجيل في ورشة وينسبرغ يوم ٢٦ سبتمبر مع عائلتي. سامي حداد", "clarify", subject="تسجيل"),
         # four do not fit into the seats left: the waiting list
         rep("نحن ٤ أشخاص", "waiting", {WEI: (W, 4)}),
         capacity={WEI: 3}, before=[("voll-weinsberg", "Anmeldung für Weinsberg 26.9., zu zweit. Gruß Jan Roth")]),
    conv("hm-ru-doch-nicht", "ru",
         new("Добрый день, запишите меня, пожалуйста, с детьми на 19 сентября в Оффенау. Ольга Смирнова",
             "clarify", subject="запись"),
         # she changes her mind before saying how many: nothing was booked
         rep("Извините, мы всё-таки не придём.", "withdrawn")),
    conv("hm-fr-deux", "fr",
         new("Bonjour, je voudrais m'inscrire avec des amis à l'atelier du 17 octobre à Brackenheim. Nadia Benali",
             "clarify", subject="atelier"),
         # a number alone: the count, not line 2 of a list
         rep("2", "confirmed", {BRA: (C, 2)}),
         rep("Merci beaucoup", None, {BRA: (C, 2)})),
]
