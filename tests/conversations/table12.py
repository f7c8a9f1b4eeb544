"""A twelfth set, written after table11 passed: a head-count raised in reply to the confirmation, in
eighteen languages. 17 passed when written; the Bulgarian one counted 7 (its "ще", "will", read
as the Ukrainian "ще", "more"): words are now read in the mail's language. Same notation as table2.py."""
from tests.conversations.table import BRA, NEU, OFF, WEI, C, conv, new
from tests.conversations.table2 import rep


def c1(name, lang, first, subj, wid, reply, people):
    """Registered alone, then the reply gives the number of people."""
    return conv(name, lang, new(first, "confirmed", {wid: (C, 1)}, subject=subj), rep(reply, "recounted", {wid: (C, people)}))


CONVERSATIONS12 = [
    c1("h12-it", "it", "Buongiorno, mi iscrivo al workshop del 21 settembre. Saluti, Rita Monti", "Iscrizione", NEU, "Buongiorno, saremo in tre, vengono anche i miei figli. Rita", 3),
    c1("h12-fr", "fr", "Bonjour, je m'inscris pour le 26 septembre. Cordialement, Paul Simon", "Inscription", WEI, "Bonjour, nous serons 2, ma femme vient aussi. Paul", 2),
    c1("h12-pt", "pt", "Olá, inscrevo-me no workshop de 17 de outubro. Obrigado, Nuno", "Inscrição", BRA, "Olá, vamos ser 3 pessoas, a minha mulher e o meu filho também vêm. Nuno", 3),
    c1("h12-hu", "hu", "Jó napot, jelentkezem a szeptember 19-i workshopra. Üdv, Nagy Béla", "Jelentkezés", OFF, "Jó napot, ketten leszünk, a feleségem is jön. Béla", 2),
    c1("h12-bg", "bg", "Здравейте, записвам се за 21 септември. Поздрави, Георги", "Записване", NEU, "Здравейте, ще бъдем 3 души, идват и съпругата ми и дъщеря ми. Георги", 3),
    c1("h12-sq", "sq", "Përshëndetje, regjistrohem për 26 shtator. Faleminderit, Ilir", "Regjistrim", WEI, "Përshëndetje, do të jemi 2 veta, vjen edhe gruaja ime. Ilir", 2),
    c1("h12-ar", "ar", "مرحبا، أريد التسجيل في ورشة 17 أكتوبر. سعيد", "تسجيل", BRA, "مرحبا، سنكون 3 أشخاص، زوجتي وابني سيأتيان معي. سعيد", 3),
    c1("h12-fa", "fa", "سلام، برای کارگاه ۲۱ سپتامبر ثبت نام می‌کنم. رضا", "ثبت نام", NEU, "سلام، ما دو نفر هستیم، همسرم هم می‌آید. رضا", 2),
    c1("h12-ru", "ru", "Здравствуйте, запишите меня на 17 октября. Пётр", "запись", BRA, "Здравствуйте, придём вдвоём с женой. Пётр", 2),
    c1("h12-uk", "uk", "Добрий день, запишіть мене на 26 вересня. Марія", "запис", WEI, "Добрий день, нас буде троє, прийду з дітьми. Марія", 3),
    c1("h12-pl", "pl", "Dzień dobry, zapisuję się na 19 września. Piotr", "zapis", OFF, "Dzień dobry, będziemy we trójkę, przyjdę z żoną i synem. Piotr", 3),
    c1("h12-ro", "ro", "Bună ziua, mă înscriu pentru 21 septembrie. Andrei", "înscriere", NEU, "Bună ziua, venim 2 persoane, vine și soția. Andrei", 2),
    c1("h12-sr", "sr", "Zdravo, prijavljujem se za 17. oktobar. Miloš", "Prijava", BRA, "Zdravo, bićemo dvoje, dolazi i supruga. Miloš", 2),
    c1("h12-el", "el", "Καλημέρα, δηλώνω συμμετοχή για τις 19 Σεπτεμβρίου. Κώστας", "Συμμετοχή", OFF, "Καλημέρα, θα είμαστε 3 άτομα. Κώστας", 3),
    c1("h12-vi", "vi", "Xin chào, tôi đăng ký hội thảo ngày 21.9. Cảm ơn, Tuấn", "Đăng ký", NEU, "Xin chào, chúng tôi sẽ đi 2 người, vợ tôi cũng đi. Tuấn", 2),
    c1("h12-zh", "zh", "您好，我报名参加10月17日的研讨会。陈静", "报名", BRA, "您好，我们一共两个人，我丈夫也来。陈静", 2),
    c1("h12-tr", "tr", "Merhaba, 26 Eylül atölyesine kayıt olmak istiyorum. Ayşe", "kayıt", WEI, "Merhaba, eşimle birlikte iki kişi olacağız. Ayşe", 2),
    c1("h12-es", "es", "Hola, me apunto al taller del 19 de septiembre. Un saludo, Ana Gil", "Inscripción", OFF, "Hola, vamos a ser dos, viene mi hermana. Ana", 2),
]
