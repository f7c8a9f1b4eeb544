"""The writer and the people named with them, in each of the 30 languages of the county's residents.

"me and my husband", "my sister and I", "me, my husband and our two children", "with my mother-in-law": the
writer counts once, each relative named once, a number before a plural counts them. Three sentences a
language, in different orders and forms (object forms, possessive endings, bound "and", without diacritics,
Latin letters for Cyrillic, Greek and Arabic script), written for this test.
"""

from __future__ import annotations

import pytest

from mailbot.understand.people import count_attendees

SENTENCES = [
    ('de', 'Mein Schwager und ich würden gern am Dienstag kommen.', 2),
    ('de', 'Ich und meine zwei Enkelkinder melden uns an.', 3),
    ('de', 'Bitte tragen Sie mich und meine Nachbarin ein.', 2),
    ('en', 'My sister-in-law and I would like to attend on the 21st.', 2),
    ('en', 'Sign up me and my two kids please.', 3),
    ('en', 'Could you put down myself and my flatmate for Weinsberg?', 2),
    ('tr', "Ben ve kayınvalidem 26 Eylül'de gelmek istiyoruz.", 2),
    ('tr', 'Annem, eşim ve ben katılacağız.', 3),
    ('tr', 'Kizim ve ben gelecegiz.', 2),
    ('ar', 'أنا وأختي نريد الحضور يوم 19 سبتمبر.', 2),
    ('ar', 'سأحضر أنا وزوجي وابني.', 3),
    ('ar', 'ana w okhti bn7eb nji 3al workshop', 2),
    ('ru', 'Мы придём: я и моя свекровь.', 2),
    ('ru', 'Запишите, пожалуйста, меня, мужа и дочку.', 3),
    ('ru', 'Zapishite menya i moyu podrugu na 26 sentyabrya.', 2),
    ('uk', 'Я і моя сестра хочемо прийти.', 2),
    ('uk', 'Запишіть мене та мого чоловіка на 21 вересня.', 2),
    ('uk', 'Zapyshit mene i moyu donku, bud laska.', 2),
    ('pl', 'Moja teściowa i ja chciałybyśmy przyjść.', 2),
    ('pl', 'Zapiszcie mnie, męża i córkę na warsztat.', 3),
    ('pl', 'Zapiszcie prosze mnie i moja zone.', 2),
    ('ro', 'Eu și mama mea venim la Weinsberg.', 2),
    ('ro', 'Sotia mea si eu vrem sa participam.', 2),
    ('ro', 'Venim eu și cele două fete ale mele.', 3),
    ('hr', 'Moja kći i ja dolazimo u utorak.', 2),
    ('hr', 'Prijavljujem sebe i svoju susjedu.', 2),
    ('hr', 'Zena i ja bi htjeli doci.', 2),
    ('bs', 'Ja i moja nana bismo došle.', 2),
    ('bs', 'Prijavljujem sebe i komšinicu za 26. septembar.', 2),
    ('bs', 'Dolazimo ja, muž i naša ćerka.', 3),
    ('sr', 'Moja ćerka i ja bismo došle.', 2),
    ('sr', 'Пријављујем себе и своју мајку.', 2),
    ('sr', 'Dolazimo ja, suprug i nasa cerka.', 3),
    ('sq', 'Unë dhe motra ime do vijmë më 19 shtator.', 2),
    ('sq', 'Vij une dhe burri im.', 2),
    ('sq', 'Burri im, vjehrra dhe unë do të vijmë.', 3),
    ('bg', 'Аз и съпругът ми ще дойдем на 26 септември.', 2),
    ('bg', 'Майка ми и аз искаме да се запишем.', 2),
    ('bg', 'Ще дойдем аз, мъжът ми и дъщеря ми.', 3),
    ('hu', 'A férjem és én szeretnénk jönni.', 2),
    ('hu', 'Én és a barátnőm jelentkezünk.', 2),
    ('hu', 'Ferjem es en jonnenk kedden.', 2),
    ('el', 'Εγώ και η μητέρα μου θα έρθουμε στις 19 Σεπτεμβρίου.', 2),
    ('el', 'Ο σύζυγός μου και εγώ θέλουμε να δηλώσουμε συμμετοχή.', 2),
    ('el', 'Tha erthoume ego kai i kori mou.', 2),
    ('it', 'Io e mia figlia vorremmo partecipare il 21.', 2),
    ('it', 'Mio cognato ed io veniamo a Offenau.', 2),
    ('it', 'Veniamo io, mia moglie e mio figlio.', 3),
    ('es', 'Mi hermana y yo queremos ir el 26.', 2),
    ('es', 'Iremos mi suegro, mi cuñada y yo.', 3),
    ('es', 'Mi mama y yo vamos el martes.', 2),
    ('pt', 'Eu e o meu marido queremos participar.', 2),
    ('pt', 'A minha sogra e eu vamos no dia 21.', 2),
    ('pt', 'Vamos eu, minha filha e meu neto.', 3),
    ('fr', 'Ma voisine et moi aimerions venir le 21 septembre.', 2),
    ('fr', 'Nous venons, moi, mon mari et notre fille.', 3),
    ('fr', 'Je viens avec ma belle-mère le 26.', 2),
    ('ku', 'Ez û hevala xwe em ê werin.', 2),
    ('ku', 'Ez u mere xwe dixwazin beşdar bibin.', 2),
    ('ku', 'Ez, jina min û kurê min em ê werin.', 3),
    ('ckb', 'من و هاوسەرەکەم دێین بۆ کۆبوونەوەکە.', 2),
    ('ckb', 'من و دایکم دەمانەوێت بەشداری بکەین.', 2),
    ('ckb', 'من و مێردەکەم و کچەکەم دێین.', 3),
    ('fa', 'من و همسرم می\u200cخواهیم شرکت کنیم.', 2),
    ('fa', 'مادرم و من روز ۲۶ سپتامبر می\u200cآییم.', 2),
    ('fa', 'من، شوهرم و دخترم می\u200cآییم.', 3),
    ('prs', 'من و خانمم می\u200cخواهیم بیاییم.', 2),
    ('prs', 'من و برادرم در ورکشاپ اشتراک می\u200cکنیم.', 2),
    ('prs', 'من و شوهرم و پسرم می\u200cآییم.', 3),
    ('ps', 'زه او زما ښځه غواړو چې ګډون وکړو.', 2),
    ('ps', 'زه او مور مې راځو.', 2),
    ('ps', 'زه، میړه او لور مې راځو.', 3),
    ('ti', 'ኣነን ኣደይን ክንመጽእ ኢና።', 2),
    ('ti', 'ኣነን ሓብተይን ኣብ 26 ክንመጽእ ኢና።', 2),
    ('ti', 'ኣነን ሰብኣየይን ጓለይን ክንመጽእ ኢና።', 3),
    ('am', 'እኔና ባለቤቴ እንመጣለን።', 2),
    ('am', 'እኔና እናቴ መሳተፍ እንፈልጋለን።', 2),
    ('am', 'ወንድሜና እኔ እንመጣለን።', 2),
    ('so', 'Aniga iyo hooyaday waan imaan doonnaa.', 2),
    ('so', 'Aniga iyo xaaskayga ayaa iman doona.', 2),
    ('so', 'Aniga iyo labada wiil ee aan dhalay waan imaaneynaa.', 3),
    ('vi', 'Tôi và chồng tôi muốn tham gia buổi ngày 26.', 2),
    ('vi', 'Toi va vo toi se den.', 2),
    ('vi', 'Tôi và hai đứa con sẽ đến.', 3),
    ('hi', 'मैं और मेरी पत्नी आना चाहते हैं।', 2),
    ('hi', 'Main aur mera bhai aayenge.', 2),
    ('hi', 'Meri saas, meri beti aur main aana chahte hain.', 3),
    ('ur', 'میں اور میری بیوی آنا چاہتے ہیں۔', 2),
    ('ur', 'Main aur meri behan aayenge.', 2),
    ('ur', 'Main, meri ammi aur mera beta aayenge.', 3),
    ('ta', 'நானும் என் மனைவியும் வருவோம்.', 2),
    ('ta', 'நானும் என் அம்மாவும் கலந்து கொள்வோம்.', 2),
    ('ta', 'நானும் என் கணவரும் என் மகளும் வருவோம்.', 3),
    ('zh', '我和我妈妈想参加9月26日的活动。', 2),
    ('zh', '我跟我老公一起去。', 2),
    ('zh', '我、我女儿和我儿子都来。', 3),
]


@pytest.mark.parametrize("language,text,expected", SENTENCES)
def test_the_writer_and_each_person_named_with_them(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected


def test_every_language_of_the_county_is_audited():
    assert len({lang for lang, _, _ in SENTENCES}) >= 30
    assert all(sum(1 for lang, _, _ in SENTENCES if lang == code) >= 3 for code, _, _ in SENTENCES)


@pytest.mark.parametrize("language,text", [
    ("de", "Guten Tag, ich möchte mich für den 26.09. anmelden. Mit freundlichen Grüßen Lea Hartmann"),
    ("de", "Sehr geehrte Frau Brandt, ich melde mich für den 26.09. an."),
    ("de", "Ich, Frau Kessler aus Lauffen, möchte mich anmelden."),
    ("en", "Dear Mrs Patel, I would like to book a place on the 21st."),
    ("sr", "Poštovana gospođo, ja bih se prijavila za utorak."),
])
def test_a_greeted_person_or_an_apposition_is_no_companion(language, text):
    assert count_attendees(text, "", [], language).count == 1


@pytest.mark.parametrize("language,text,expected", [
    ("en", "My son (9) and I would like to come.", 2),
    ("ro", "Venim eu și cei trei copii ai mei (5, 7 și 10 ani).", 4),
    ("es", "Vamos mi nieta y yo; mi nieta tiene 12 años.", 2),
])
def test_an_age_beside_a_person_is_no_count(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected


@pytest.mark.parametrize("language,text,expected", [
    ("fr", "Je viendrai avec ma belle-mère et ma fille.", 3),
    ("pt", "Vou com a minha sogra.", 2),
    ("sr", "Dolazim sa svojom svekrvom.", 2),
    ("hr", "Doći ću sa svojom kćerkom i bratom.", 3),
    ("de", "Ich komme zusammen mit meiner Tante und meinem Onkel.", 3),
])
def test_people_after_with(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected



# "with my wife" as each language says it (a preposition, a postposition, a case ending) and "we two"
WITH_AND_WE_TWO = [
    ('de', 'Ich komme zusammen mit meiner Schwiegermutter.', 2),
    ('en', 'I will come along with my fiancée.', 2),
    ('tr', 'Eşimle birlikte geleceğim.', 2),
    ('tr', 'Kayınvalidemle geleceğim.', 2),
    ('ar', 'سأحضر مع زوجتي.', 2),
    ('ar', 'rah nji m3a mrati', 2),
    ('ru', 'Приду с мужем.', 2),
    ('ru', 'Pridu s muzhem.', 2),
    ('uk', 'Прийду з чоловіком.', 2),
    ('uk', 'Pryidu z cholovikom.', 2),
    ('pl', 'Przyjdę z żoną.', 2),
    ('ro', 'Vin cu soțul meu.', 2),
    ('ro', 'Vin cu soacra mea.', 2),
    ('hr', 'Dolazim sa suprugom.', 2),
    ('bs', 'Dolazim sa komšinicom.', 2),
    ('sr', 'Долазим са супругом.', 2),
    ('sq', 'Vij me burrin tim.', 2),
    ('sq', 'Do vij me vjehrrën time.', 2),
    ('bg', 'Ще дойда със съпруга си.', 2),
    ('bg', 'Ще дойда с мъжа си.', 2),
    ('hu', 'A férjemmel jövök.', 2),
    ('hu', 'A feleségemmel jövök.', 2),
    ('el', 'Θα έρθω με τη γυναίκα μου.', 2),
    ('el', 'Tha ertho me ti gynaika mou.', 2),
    ('it', 'Vengo con mia suocera.', 2),
    ('es', 'Voy con mi cuñada.', 2),
    ('pt', 'Vou com o meu marido.', 2),
    ('fr', 'Je viens avec mon mari.', 2),
    ('ku', 'Ez ê bi jina xwe re werim.', 2),
    ('ckb', 'لەگەڵ هاوسەرەکەم دێم.', 2),
    ('fa', 'با همسرم می\u200cآیم.', 2),
    ('prs', 'با خانمم می\u200cآیم.', 2),
    ('ps', 'زه به د خپلې ښځې سره راشم.', 2),
    ('ti', 'ምስ ሰብኣየይ ክመጽእ እየ።', 2),
    ('am', 'ከባለቤቴ ጋር እመጣለሁ።', 2),
    ('so', 'Waxaan la imaanayaa xaaskayga.', 2),
    ('vi', 'Tôi sẽ đến cùng chồng tôi.', 2),
    ('hi', 'Main apni patni ke saath aaunga.', 2),
    ('hi', 'मैं अपनी पत्नी के साथ आऊंगा।', 2),
    ('ur', 'Main apni biwi ke sath aaunga.', 2),
    ('ur', 'میں اپنی بیوی کے ساتھ آؤں گا۔', 2),
    ('ta', 'நான் என் மனைவியுடன் வருவேன்.', 2),
    ('zh', '我和我老婆一起来。', 2),
    ('de', 'Wir kommen zu zweit, meine Frau und ich.', 2),
    ('en', 'Both of us will come, me and my husband.', 2),
    ('fr', 'Nous viendrons tous les deux.', 2),
    ('it', 'Veniamo noi due.', 2),
    ('es', 'Vamos los dos.', 2),
    ('pt', 'Vamos os dois.', 2),
    ('ru', 'Мы придём вдвоём с женой.', 2),
    ('tr', 'İkimiz geleceğiz.', 2),
    ('hr', 'Dolazimo oboje.', 2),
    ('sq', 'Do vijmë të dy.', 2),
    ('el', 'Θα έρθουμε και οι δύο.', 2),
    ('pl', 'Przyjdziemy we dwoje.', 2),
    ('ro', 'Venim amândoi.', 2),
    ('bg', 'Ще дойдем двамата.', 2),
    ('hu', 'Ketten jövünk.', 2),
]


@pytest.mark.parametrize("language,text,expected", WITH_AND_WE_TWO)
def test_with_a_relative_and_we_two_in_every_language(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected
