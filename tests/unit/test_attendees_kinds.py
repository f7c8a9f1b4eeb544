"""How many people come, by kind of message, in many languages: wording written for this test.

The kinds unseen mail showed: a person named who does not come (minding the children, staying home,
away, cannot come); the writer and companions joined by "plus", "and also", "together with", with
ages beside them; the writer listed with a relative in languages typed in Latin letters (Hinglish,
Roman Urdu, Arabizi, Russian and Ukrainian in Latin letters) and totals such as "hum do"; "with my
two children" in many languages and "we three people" in Urdu and Hindi script; someone registering
others who does not come; a group (a teacher with pupils, a class, adults and children).

Before the changes of issue 11 (attend11) 93 of the 153 sentences and 4 of the 5 whole mails here passed;
after them all do.
"""

from __future__ import annotations

import pytest

from mailbot.understand.people import count_attendees
from tests.unit.test_reading import read


def _cases(*rows: tuple[str, str, int]) -> list[tuple[str, str, int]]:
    return list(rows)


# --- a person named who does not come ---------------------------------------------------------------
STAYS_AWAY = _cases(
    ("de", "Ich melde mich für den 26.09. an. Meine Schwiegermutter passt solange auf die Kinder auf.", 1),
    ("de", "ich komme am dienstag, mein mann bleibt mit dem kleinen daheim", 1),
    ("de", "Mein Mann kann leider nicht, der ist auf Montage. Ich komme aber gern nach Weinsberg.", 1),
    ("de", "Meine Kollegin ist an dem Tag im Urlaub, deshalb melde ich nur mich an.", 1),
    ("en", "I'd like to come on the 21st. My wife will stay at home with our baby.", 1),
    ("en", "Count me in for Tuesday, my neighbour is looking after the kids.", 1),
    ("en", "Please register me for Neuenstadt. My husband is away on business that week.", 1),
    ("en", "My sister can't come after all. I will be there on the 26th.", 1),
    ("it", "Mi iscrivo per martedì, mia suocera tiene i bambini.", 1),
    ("it", "Vengo io il 19, mio marito rimane a casa con la piccola.", 1),
    ("es", "Quiero apuntarme el 26. Mi marido se queda en casa con los niños.", 1),
    ("es", "Voy yo sola, mi hermana cuida a los niños ese dia.", 1),
    ("fr", "Je m'inscris pour le 21, ma voisine garde les enfants.", 1),
    ("fr", "Mon mari ne pourra pas venir, il travaille. Je viens seule le 26.", 1),
    ("tr", "26 Eylül için kaydolmak istiyorum, eşim çocuklarla evde kalacak.", 1),
    ("tr", "Salı günü geleceğim, annem çocuklara bakacak.", 1),
    ("pl", "Zapisuję się na 19 września, mąż zostaje z dziećmi w domu.", 1),
    ("ru", "Запишите меня на 21 сентября, муж останется с детьми.", 1),
    ("ru", "Zapishite menya na 26, muzh budet sidet s detmi.", 1),
    ("uk", "Запишіть мене на вівторок, мама посидить з дітьми.", 1),
    ("ro", "Vreau să mă înscriu pe 26, soțul meu rămâne acasă cu copiii.", 1),
    ("hr", "Prijavljujem se za utorak, muž ostaje kod kuće s djecom.", 1),
    ("bs", "Dolazim ja u utorak, komšinica čuva djecu.", 1),
    ("pt", "Quero inscrever-me no dia 19, a minha mãe fica com as crianças.", 1),
    ("ar", "أريد التسجيل يوم 26، زوجي سيبقى مع الأطفال في البيت.", 1),
    ("sq", "Dua të regjistrohem për 26 shtator, burri im rri me fëmijët.", 1),
    ("el", "Θέλω να δηλώσω συμμετοχή στις 21, ο άντρας μου θα μείνει με τα παιδιά.", 1),
    ("nl", "Ik kom op dinsdag, mijn man past op de kinderen.", 1),
    ("bg", "Записвам се за 26 септември, съпругът ми ще гледа децата.", 1),
    ("hu", "Jelentkezem a keddi alkalomra, a férjem vigyáz a gyerekekre.", 1),
    ("vi", "Tôi đăng ký ngày 26, chồng tôi ở nhà trông con.", 1),
    ("en", "Please book me for the 26th, my husband will stay home with our two kids.", 1),
    ("de", "Mein Mann bleibt mit unseren zwei Kindern daheim, ich komme am 26.", 1),
    ("hi", "Main aa rahi hoon, pati ghar pe rahenge bacchon ke saath.", 1),
    ("ur", "Main aaungi, meri ammi bachon ko sambhalegi.", 1),
    ("vi", "Tôi sẽ đến ngày 21, vợ tôi ở nhà với hai đứa con.", 1),
    ("zh", "我参加26号的活动，我老公在家带两个孩子。", 1),
    # the people who do come still count
    ("en", "I come with my son while my husband looks after the baby.", 2),
    ("es", "Voy con mi hija, mi marido se queda con el bebé.", 2),
    ("fr", "Je viens avec ma fille, mon mari garde les petits.", 2),
    ("pl", "Przyjdę z córką, mąż zostaje z synem w domu.", 2),
    ("tr", "Kızımla geleceğim, eşim gelemiyor.", 2),
    ("it", "Vengo con mio figlio, mio marito invece non può.", 2),
    ("hi", "Main aur meri beti aayenge, pati ghar par rahenge.", 2),
    ("ar", "ana w binti jayin, jozi bib2a m3 el wlad.", 2),
    ("ru", "Ya s synom pridu, muzh ostanetsya doma.", 2),
    ("uk", "Я з донькою прийду, чоловік залишиться вдома.", 2),
    ("pt", "Vou eu e o meu filho, o meu marido fica em casa.", 2),
    ("ro", "Vin cu fiica mea, soțul rămâne acasă.", 2),
    ("bg", "Ще дойда с дъщеря си, мъжът ми остава вкъщи.", 2),
    ("hu", "A lányommal jövök, a férjem otthon marad.", 2),
    ("fa", "با دخترم می‌آیم، همسرم خانه می‌ماند.", 2),
    ("en", "Our son (17) and I will come; my husband is away on business.", 2),
    ("de", "Mein Mann kann nicht kommen, er hat Spätschicht. Ich bringe aber meine Schwester mit.", 2),
)

# --- the writer and companions joined by "plus", "and also", "together with"; ages beside them -------
PLUS_AND_AGES = _cases(
    ("en", "Me plus my wife and our daughter (15) would like to come on the 21st.", 3),
    ("en", "I'd like to register myself, my partner and also my son, 12.", 3),
    ("en", "For Weinsberg: me, together with my mum and my nephew (9).", 3),
    ("de", "Ich, mein Mann + unsere Tochter, 11, kommen am 26.", 3),
    ("de", "Wir kommen: ich plus meine Schwester und ihr Sohn (8 J.).", 3),
    ("de", "Anmeldung für mich sowie meine Frau und unseren Sohn (16 Jahre).", 3),
    ("fr", "Moi plus mon mari et notre fils (14 ans).", 3),
    ("es", "Yo más mi esposa y nuestra hija de 10 años.", 3),
    ("it", "Io insieme a mio marito e nostro figlio, 13 anni.", 3),
    ("tr", "Ben, eşim ve oğlum (15) katılacağız.", 3),
    ("pl", "Ja plus żona i syn (12 lat).", 3),
    ("pt", "Eu mais a minha esposa e o nosso filho (9).", 3),
    ("ro", "Eu, plus soția și fiica noastră (7 ani).", 3),
    ("nl", "Ik en mijn vrouw plus onze zoon (14).", 3),
    ("hr", "Ja, muž i dvoje djece (5 i 8 godina).", 4),
    ("en", "Me and my husband plus our 2 boys (8 and 11).", 4),
)

# --- the writer listed with a relative, in languages typed in Latin letters; "we two" -----------------
TRANSLITERATED = _cases(
    ("hi", "Main aur mere pati Thursday ko aayenge.", 2),
    ("hi", "Hum teen log aayenge, main, meri biwi aur beta.", 3),
    ("hi", "hum do log hain, main aur meri behen", 2),
    ("hi", "Hum do aa rahe hain 26 ko.", 2),
    ("ur", "Main aur meri walida Offenau aana chahti hain.", 2),
    ("ur", "Hum teen afraad aayenge.", 3),
    ("ar", "ana w jozi bidna nji yom el thulatha", 2),
    ("ar", "ana w o5ti w binti jayin", 3),
    ("ru", "Zapishite pozhaluysta: ya s muzhem i dochkoy.", 3),
    ("ru", "Nas budet troe, ya, zhena i syn.", 3),
    ("ru", "Мы с мужем придём на 21.", 2),
    ("uk", "My z cholovikom pryidemo 26.", 2),
    ("uk", "Ya z donkoyu khochu pryity.", 2),
    ("uk", "Ми з донькою прийдемо у вівторок.", 2),
    ("fa", "Man va hamsaram miaim.", 2),
    ("sr", "Ja i supruga dolazimo u utorak.", 2),
    ("ar", "ana w a5oya jayin yom el thulatha.", 2),
    ("ur", "Main apni walida aur bhabhi ke saath aaungi.", 3),
    ("fa", "man ba dokhtaram miam.", 2),
)

# --- "with my two children"; "we three people" ------------------------------------------------------
WITH_CHILDREN = _cases(
    ("so", "Aniga iyo labada caruur ee aan leeyahay waan imaan doonaa.", 3),
    ("ti", "ምስ ክልተ ደቀይ ክመጽእ እየ።", 3),
    ("am", "ከሁለት ልጆቼ ጋር እመጣለሁ።", 3),
    ("ps", "زه به د خپلو دوو ماشومانو سره راشم.", 3),
    ("ta", "நான் என் இரண்டு குழந்தைகளுடன் வருவேன்.", 3),
    ("vi", "Tôi sẽ đến cùng hai đứa con.", 3),
    ("vi", "Toi se di cung 2 dua con.", 3),
    ("hu", "A két gyerekemmel jövök.", 3),
    ("ur", "ہم چار لوگ آنا چاہتے ہیں۔", 4),
    ("hi", "हम चार लोग आएँगे।", 4),
    ("hi", "मैं अपने दो बच्चों के साथ आऊँगी।", 3),
    ("fa", "با دو تا بچه‌هایم می‌آیم.", 3),
    ("ku", "Ez ê bi du zarokên xwe re werim.", 3),
    ("ckb", "لەگەڵ دوو منداڵەکەم دێم.", 3),
    ("zh", "我带两个孩子来。", 3),
    ("bg", "Ще дойда с двете си деца.", 3),
    ("el", "Θα έρθω με τα δύο παιδιά μου.", 3),
    ("sq", "Do vij me dy fëmijët e mi.", 3),
    ("ro", "Vin cu cei doi copii ai mei.", 3),
)

# --- someone registering others without coming themselves ---------------------------------------------
OTHERS_ONLY = _cases(
    ("en", "I would like to register my parents for the 26th, I won't be able to come myself.", 2),
    ("en", "I want to register my grandfather for the 21st, he does not use email.", 1),
    ("de", "Ich möchte meine Eltern für den 19.09. anmelden, ich selbst bin verhindert.", 2),
    ("de", "Hiermit melde ich meinen Vater für Offenau an.", 1),
    ("tr", "Annemle babamı 26 Eylül'e kaydettirmek istiyorum, ben gelemiyorum.", 2),
    ("fr", "Je voudrais inscrire mes parents pour le 21 septembre, moi je ne peux pas venir.", 2),
    ("es", "Quiero inscribir a mis padres para el día 26; yo no podré ir.", 2),
    ("ru", "Хочу записать своих родителей на 26 сентября, сама я прийти не смогу.", 2),
    ("pl", "Chciałabym zapisać moich rodziców na 21 września, ja niestety nie mogę.", 2),
    ("it", "Vorrei iscrivere mia madre per il 19, io non posso venire.", 1),
    ("ar", "أريد تسجيل والديّ ليوم 26، أنا لا أستطيع الحضور.", 2),
    ("uk", "Хочу зареєструвати маму на 17 жовтня, сам не зможу.", 1),
    # relatives as the object of "register", nothing saying the writer comes: they only
    ("en", "I would like to register my mum and dad for Thursday.", 2),
    ("en", "Please sign up my two daughters for the 26th.", 2),
    ("de", "Ich möchte gern meine Schwiegereltern für den 26. anmelden.", 2),
    ("de", "Bitte melden Sie meine Frau und meine Tochter für Weinsberg an.", 2),
    ("fr", "Je voudrais inscrire ma mère et ma tante pour le 21.", 2),
    ("es", "Quisiera inscribir a mi hijo y a mi sobrino para el martes.", 2),
    ("ru", "Хочу записать маму и тётю на 21 сентября.", 2),
    ("pl", "Chciałabym zapisać córkę i syna na 21 września.", 2),
    # … but the writer named beside them comes too
    ("en", "I would like to register my wife and me for the 26th.", 2),
    ("de", "Ich möchte mich und meine Eltern anmelden.", 3),
    ("hr", "Prijavljujem sebe i svoje roditelje za utorak.", 3),
    ("ru", "Zapishite menja i moju sestru na 21.", 2),
    ("ar", "أريد تسجيل نفسي وأمي يوم 21.", 2),
    # the writer who cannot come on one day but lists themselves for another does come
    ("en", "I can't come on the 19th, please book me and my husband for the 26th.", 2),
    ("pl", "19 ja nie mogę, zapiszcie mnie i męża na 26.", 2),
    ("ru", "Я сама не смогу 19-го, запишите меня и мужа на 26.", 2),
)

# --- a group -----------------------------------------------------------------------------------------
GROUPS = _cases(
    ("en", "A teacher with 6 pupils from our language class would like to come.", 7),
    ("en", "Our German class of 12 would like to come on the 21st.", 12),
    ("en", "2 adults and 3 children for Weinsberg please.", 5),
    ("de", "Eine Lehrerin mit 8 Schülerinnen und Schülern möchte teilnehmen.", 9),
    ("de", "Wir sind eine Gruppe von 9 Frauen aus dem Sprachkurs.", 9),
    ("de", "Wir kommen mit 2 Erwachsenen und 3 Kindern.", 5),
    ("fr", "Nous serons 3 adultes et 2 enfants.", 5),
    ("es", "Somos un grupo de 10 personas de la asociación.", 10),
    ("tr", "Kursumuzdan 1 öğretmen ve 7 öğrenci gelecek.", 8),
    ("it", "Un'insegnante con 6 studenti.", 7),
    ("pl", "Przyjdzie nauczycielka z 10 uczniami.", 11),
    ("ru", "Придут 2 взрослых и 3 детей.", 5),
    ("ro", "Venim 2 adulți și 2 copii.", 4),
    ("hr", "Dolazimo 2 odrasle osobe i 1 dijete.", 3),
    ("nl", "Wij komen met 2 volwassenen en 2 kinderen.", 4),
    ("en", "We are in total 9 people (8 learners and me as their teacher).", 9),
    ("de", "Wir sind insgesamt 6 Personen (5 Frauen aus dem Sprachkurs und ich).", 6),
)

ALL = STAYS_AWAY + PLUS_AND_AGES + TRANSLITERATED + WITH_CHILDREN + OTHERS_ONLY + GROUPS


@pytest.mark.parametrize("language,text,expected", ALL)
def test_the_count_of_people_who_come(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected


def test_the_set_is_wide():
    assert len(ALL) >= 80
    assert len({lang for lang, _, _ in ALL}) >= 25


# --- whole mails: greeting, date and signature around the same kinds ----------------------------------

@pytest.mark.parametrize("body,expected", [
    ("Hallo,\n\nich möchte mich für den Workshop am 26.09. in Weinsberg anmelden. Meine Nachbarin "
     "schaut in der Zeit nach meinen Kindern.\n\nViele Grüße\nSvetlana Petrenko", 1),
    ("Hello,\n\nplease book Weinsberg on 26 September for me plus my husband and our son (13).\n\n"
     "Thanks\nGrace Ndlovu", 3),
    ("Namaste,\nmain aur meri patni 26 September ko Weinsberg aana chahte hain.\nDhanyavaad\nRavi", 2),
    ("Guten Tag,\nich möchte meine Eltern für Weinsberg am 26.09. anmelden. Ich selbst kann leider "
     "nicht kommen.\nMfG\nDeniz Aydın", 2),
    ("Hello, I am a teacher at the adult school and would like to come to Weinsberg on 26 September "
     "with 7 students.\nBest wishes, Ms Horvat", 8),
])
def test_whole_mails(body, expected):
    r = read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", expected)
