"""Dates that are no wish: a birth date, a file number ("19/09-3"), the date of a letter ("Ihr Schreiben vom 21.09.",
"votre courrier du 21.09.", "письмо от 21.09."), a day long before the mail was sent ("I was at a workshop on 12.05.").
They neither become the wish nor make the reading ambiguous (``file_number`` in mailbot/understand/lang/*.toml; the
shapes in mailbot/understand/dates.py). Every sentence is the test's own."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body", [
    'Mein Aktenzeichen ist 19/09-3. Bitte melden Sie mich für den 26.9. an.',
    'Kundennummer 21/09-17, ich möchte am 26.9. kommen.',
    'Dear Sir, my file number 19/09-3. I want to register for the 26th of September.',
    'My case number is 21/09-4, please book me for 26 September.',
    'Dosya numaram 19/09-3. 26 Eylül için kayıt olmak istiyorum.',
    'Номер дела 19/09-3. Хочу записаться на 26 сентября.',
    'Мій номер справи 19/09-3, хочу записатися на 26 вересня.',
    'Numer sprawy 19/09-3, chcę się zapisać na 26 września.',
    'Broj predmeta 19/09-3, prijavljujem se za 26.9.',
    'Numărul dosarului 19/09-3, vreau să mă înscriu pe 26 septembrie.',
    "Numéro de dossier 19/09-3, je m'inscris pour le 26 septembre.",
    'Mi número de expediente es 19/09-3, quiero inscribirme el 26 de septiembre.',
    'Numero di pratica 19/09-3, vorrei iscrivermi per il 26 settembre.',
    'Número do processo 19/09-3, quero me inscrever para 26 de setembro.',
    'رقم الملف 19/09-3، أريد التسجيل يوم 26 سبتمبر.',
    'شماره پرونده 19/09-3، می\u200cخواهم برای ۲۶ سپتامبر ثبت نام کنم.',
    'Numri i dosjes 19/09-3, dua të regjistrohem për 26 shtator.',
    'Αριθμός φακέλου 19/09-3, θέλω να δηλώσω συμμετοχή στις 26 Σεπτεμβρίου.',
    "Suite à votre courrier du 21.09., je m'inscris pour le 26 septembre.",
    'En relación con su carta del 21.09., me inscribo para el 26 de septiembre.',
    'In riferimento alla vostra lettera del 21.09., mi iscrivo per il 26 settembre.',
    '21.09. tarihli mektubunuz üzerine 26 Eylül için kayıt oluyorum.',
    'По вашему письму от 21.09. записываюсь на 26 сентября.',
    'W nawiązaniu do pisma z 21.09. zapisuję się na 26 września.',
    'Vezano za vaše pismo od 21.09., prijavljujem se za 26.9.',
    'Referitor la scrisoarea din 21.09., mă înscriu pe 26 septembrie.',
    'Em resposta à sua carta de 21.09., inscrevo-me para 26 de setembro.',
    'Guten Tag, Geburtsdatum: 21.09.1979. Ich melde mich für den 26.09. an.',
    'Date of birth: 19.09.1990. Please register me for 26 September.',
    'Ich war schon am 12.05. bei einem Workshop, diesmal möchte ich am 26.9. kommen.',
    'Hello, I was at the workshop on 12.05. and would like to come again on 26 September.',
    "12.05.'te bir atölyeye katılmıştım, şimdi 26 Eylül'e gelmek istiyorum.",
    'Я уже был на семинаре 12.05., теперь хочу прийти 26.09.',
    'Ya estuve en un taller el 15 de mayo, ahora quiero venir el 26 de septiembre.',
    'حضرت ورشة في 12.05. وأريد الآن الحضور يوم 26 سبتمبر.',
    'Hallo, ich bin am 19.09.1985 geboren und möchte mich für den 26.9. in Weinsberg anmelden.',
    'Bezug nehmend auf Ihr Schreiben vom 21.09. melde ich mich für den 26.9. an.',
    'Hi, my date of birth is 19/09/1990, please register me for 26 September in Weinsberg.',
    'Regarding your letter of 21.09., I register for the workshop on 26.9.',
    'Merhaba, doğum tarihim 19.09.1988, 26 Eylül için kayıt olmak istiyorum.',
    'Dosya numaram 19/09-3. 26 Eylül Weinsberg için kayıt olmak istiyorum.',
    'Здравствуйте, дата рождения 19.09.1982, хочу записаться на 26 сентября.',
    'مرحبا، تاريخ ميلادي 19.09.1990 وأريد التسجيل يوم 26 سبتمبر.',
    'Dzień dobry, data urodzenia 21.09.1975, chcę się zapisać na 26 września.',
    'Poštovani, rođen sam 19.09.1980., prijavljujem se za 26.9. u Weinsbergu.',
    "Bonjour, né le 19/09/1984, je voudrais m'inscrire pour le 26 septembre.",
    'Hola, fecha de nacimiento 19/09/1990, quiero inscribirme el 26 de septiembre.',
    'Salve, sono nato il 19/09/1983 e vorrei iscrivermi per il 26 settembre.',
    'Bună ziua, data nașterii 21.09.1986, vreau să mă înscriu pe 26 septembrie.',
    'Përshëndetje, datëlindja 19.09.1990, dua të regjistrohem për 26 shtator.',
    'Γεια σας, ημερομηνία γέννησης 19/09/1985, θέλω να δηλώσω συμμετοχή στις 26 Σεπτεμβρίου.',
    'سلام، تاریخ تولد من 19.09.1990 است و می\u200cخواهم برای ۲۶ سپتامبر ثبت نام کنم.',
    'Добрий день, дата народження 19.09.1987, хочу записатися на 26 вересня.',
    'Jó napot, születési dátum 1985.09.19., szeptember 26-ra szeretnék jelentkezni.',
    'Chào anh chị, em sinh ngày 19/09/1992, em muốn đăng ký ngày 26/9.',
    'Здравейте, роден съм на 19.09.1980 г., искам да се запиша за 26 септември.',
    'Salaan, taariikhda dhalashadaydu waa 19.09.1990, waxaan rabaa 26 September.',
])
def test_a_date_that_is_no_wish_leaves_the_wished_workshop(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


@pytest.mark.parametrize("body,workshop", [
    ("Hallo, ich möchte am 19.08. nach Offenau kommen.", "offenau"),  # a slip in the month close by: still read
    ("Hello, I'd like to come on 21/8 to Neuenstadt.", "neuenstadt"),
])
def test_a_slip_in_the_month_of_a_wished_date_still_names_the_event(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


def test_a_date_close_before_the_events_alone_is_asked_about():
    r = read("Hallo, ich möchte am 19.08. kommen.")
    assert r.action == "clarify" and "unknown_date" in r.flags


@pytest.mark.parametrize("body", [
    "Hallo, ich war am 12.05. schon bei Ihnen.",
    "Hello, I attended on 15 May already.",
])
def test_a_day_long_past_alone_is_no_wish(body):
    assert read(body).action != "confirm"
