"""An eleventh set, written after table10 passed: a bare number in Dutch, Sorani, Dari and Tamil,
and German and English replies of the kinds the issue lists said once more (a count answering our
"already registered" mail, "bitte für 2 Personen", "lieber … statt …" with places, a wife cancelling
while her husband, registered apart, comes). All passed when written. Same notation as table2.py."""
from tests.conversations.table import BRA, NEU, OFF, WEI, C, conv, new
from tests.conversations.table2 import rep
CONVERSATIONS11 = [
    conv("m11-nl-bare", "nl", new("Hallo, ik wil me graag aanmelden voor de workshop. Groeten, Sanne de Vries", "clarify", subject="Aanmelding"),
         rep("Nummer 2 graag.", "confirmed", {NEU: (C, 1)})),
    conv("m11-ckb-bare", "ckb", new("سڵاو، دەمەوێت بەشداری لە وۆرکشۆپەکە بکەم. سوپاس، ئاراس", "clarify", subject="تۆمارکردن"),
         rep("2", "confirmed", {NEU: (C, 1)})),
    conv("m11-prs-bare", "prs", new("سلام، می‌خواهم در ورکشاپ اشتراک کنم. تشکر، فرید", "clarify", subject="ورکشاپ"),
         rep("۱", "confirmed", {OFF: (C, 1)})),
    conv("m11-ta-bare", "ta", new("வணக்கம், நான் பட்டறையில் கலந்து கொள்ள விரும்புகிறேன். நன்றி, ராஜா", "clarify", subject="பதிவு"),
         rep("3", "confirmed", {WEI: (C, 1)})),
    conv("m11-en-count-already", "en",
         new("Hi, I register for Weinsberg on 26 September. Sue Bell", "confirmed", {WEI: (C, 1)}, subject="registration"),
         new("Hello, I'd like to sign up for Weinsberg on the 26th. Sue Bell", "already", {WEI: (C, 1)}, subject="registration"),
         rep("There will be two of us.", "recounted", {WEI: (C, 2)})),
    conv("m11-de-bitte-2-personen-original", "de",
         new("Hallo, Anmeldung Neuenstadt 21.9. Gruß Rolf Baer", "confirmed", {NEU: (C, 1)}),
         rep("Bitte für 2 Personen, meine Frau kommt mit.\nRolf", "recounted", {NEU: (C, 2)}, style="original")),
    conv("m11-de-statt-orte", "de",
         new("Hallo, ich melde mich für Offenau an. Gruß Edda Kluge", "confirmed", {OFF: (C, 1)}),
         rep("Ich komme lieber am 17.10. nach Brackenheim statt am 19.9. nach Offenau.", "changed", {BRA: (C, 1)}, style="html")),
    conv("m11-de-frau-sagt-ab", "de",
         new("Hallo, ich melde mich für den 26.9. an. Gruß Marion Keil", "confirmed", {WEI: (C, 1)}),
         rep("Hallo, ich sage ab. Mein Mann ist separat angemeldet und kommt wie geplant.\nMarion", "cancelled", {})),
]
