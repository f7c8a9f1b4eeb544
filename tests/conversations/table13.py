"""A thirteenth set, written after table12 passed: a companion ill, the writer still coming, in
Pashto, Kurmanji, Somali, Amharic, German and English said other ways. 5 passed when written; "it
will just be me" was not read as one person. Same notation as table2.py."""
from tests.conversations.table import BRA, NEU, OFF, WEI, C, conv, new
from tests.conversations.table2 import rep


def ill(name, lang, first, subj, wid, reply):
    """Registered as two; the reply says the companion is ill."""
    return conv(name, lang, new(first, "confirmed", {wid: (C, 2)}, subject=subj), rep(reply, "recounted", {wid: (C, 1)}))


CONVERSATIONS13 = [
    ill("i13-ps", "ps", "سلام، زه او زما مېړه د ۲۱ سپتمبر ورکشاپ ته راځو. مریم", "ثبت نام", NEU, "سلام، مېړه مې ناروغ دی، خو زه بیا هم راځم. مریم"),
    ill("i13-ku", "ku", "Silav, ez û mêrê min dixwazin beşdarî atolyeya 26ê Îlonê bibin. Zozan", "Qeydkirin", WEI, "Silav, mêrê min nexweş e, lê ez dîsa jî têm. Zozan"),
    ill("i13-so", "so", "Salaan, aniga iyo ninkayga waxaan rabnaa inaan ka qaybgalno aqoon-isweydaarsiga 17 Oktoobar. Hodan", "Is diiwaangelin", BRA, "Salaan, ninkayga waa xanuunsan yahay, laakiin si kastaba aniga waan imanayaa. Hodan"),
    ill("i13-am", "am", "ሰላም፣ እኔና ባለቤቴ በ19.9. ዎርክሾፕ ላይ መሳተፍ እንፈልጋለን። ሰላማዊት", "ምዝገባ", OFF, "ሰላም፣ ባለቤቴ ታሟል፣ ቢሆንም እኔ እመጣለሁ። ሰላማዊት"),
    ill("i13-de-grippe", "de", "Hallo, mein Mann und ich melden uns für den 21.9. an. Gruß Birgit Haas", "Anmeldung", NEU, "Hallo, mein Mann hat die Grippe erwischt. Ich komme dann alleine.\nBirgit"),
    ill("i13-en-flu", "en", "Hi, my partner and I would like to come on 26 September. Thanks, Kim Lee", "registration", WEI, "Hi, my partner has the flu, so it will just be me. Kim"),
]
