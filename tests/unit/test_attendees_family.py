"""How many people come, by kind, in every language file: wording written for this test.

1. extended family, in-laws and other people named by relation (brother-/sister-in-law, parents-,
   son- and daughter-in-law, grandchildren, nephew/niece, cousin, aunt/uncle, fiancé(e), step- and
   godchildren, flatmates, "a friend of mine"), as people of modest schooling type them: with and
   without diacritics, transliterated (Russian and Ukrainian in Latin letters, Arabizi, Greeklish,
   Hinglish, Tanglish, Vietnamese without diacritics);
2. a group with a count added in a reply to our confirmation ("I'll bring my class too, 15 pupils"):
   the new total counts the writer, who comes, too;
3. a relative who cannot come, in Russian and Ukrainian typed in Latin letters: one person fewer,
   never the writer's cancellation;
4. a count beside a question for staff ("we are 2, is there an interpreter?"): the count is read.

Before the changes of this table (attend12) 43 of the 176 family sentences, 12 of the 19 group counts, none
of the 7 relatives dropping out (the 4 "alone" sentences already) and 11 of the 12 counts beside a question
passed; after them all do.
"""

from __future__ import annotations

import pytest

from mailbot.understand.lexicon import languages
from mailbot.understand.people import count_attendees
from tests.unit.test_reading import read
from tests.unit.test_reply_counts import decided

# --- 1. extended family and in-laws --------------------------------------------------------------------
FAMILY = [
    ("de", "Ich komme mit meiner Schwägerin und ihrem Verlobten.", 3),
    ("de", "Meine Frau, mein Schwiegersohn und ich möchten am 26. kommen.", 3),
    ("de", "Ich komme zusammen mit meinem Stiefsohn und meiner Enkelin.", 3),
    ("de", "Ich bringe mein Patenkind mit.", 2),
    ("de", "Ich komme mit meiner Mitbewohnerin am Dienstag.", 2),
    ("de", "Ich und meine Schwiegertochter kommen nach Weinsberg.", 2),
    ("en", "I'll come with my sister-in-law and my stepdaughter.", 3),
    ("en", "Me, my wife and my father-in-law would like to come.", 3),
    ("en", "My husband, my goddaughter and I will attend.", 3),
    ("en", "I'll come along with my granddad and my cousin.", 3),
    ("en", "Coming with my stepson on Tuesday.", 2),
    ("en", "I will come with my daughter-in-law.", 2),
    ("en", "Me and my two grandkids will come.", 3),
    ("fr", "Je viens avec ma femme et mon beau-frère.", 3),
    ("fr", "Moi et ma belle-sœur on viendra le 21.", 2),
    ("fr", "Je viendrai avec ma belle-fille et mon petit-fils.", 3),
    ("fr", "Je viens avec mon fiancé.", 2),
    ("fr", "Je viendrai avec ma colocataire.", 2),
    ("fr", "je viens avec ma belle soeur et mon beau frere", 3),
    ("es", "Voy con mi cuñada y mi suegro.", 3),
    ("es", "Iremos mi esposo, mi nuera y yo.", 3),
    ("es", "Voy con mi yerno.", 2),
    ("es", "Vamos yo y mi ahijada.", 2),
    ("es", "Voy con mi prometido el martes.", 2),
    ("es", "voy con mi nieta y mi sobrino", 3),
    ("it", "Vengo con mia cognata e mio genero.", 3),
    ("it", "Io e la mia fidanzata veniamo il 21.", 2),
    ("it", "Vengo con mia nuora e mio nipote.", 3),
    ("it", "Vengo con il mio figlioccio.", 2),
    ("it", "Vengo con la mia coinquilina.", 2),
    ("pt", "Vou com a minha cunhada e o meu sogro.", 3),
    ("pt", "Eu e o meu genro vamos no dia 26.", 2),
    ("pt", "Vou com a minha nora e o meu neto.", 3),
    ("pt", "Vou com o meu afilhado.", 2),
    ("pt", "vou com meu noivo", 2),
    ("nl", "Ik kom met mijn schoonmoeder en mijn zwager.", 3),
    ("nl", "Ik en mijn nichtje komen op dinsdag.", 2),
    ("nl", "Ik kom met mijn kleinzoon.", 2),
    ("nl", "Ik kom met mijn verloofde.", 2),
    ("nl", "Ik kom met mijn schoonzus en mijn neef.", 3),
    ("tr", "Eşim ve kayınbiraderimle geleceğim.", 3),
    ("tr", "Ben ve görümcem katılacağız.", 2),
    ("tr", "Gelinim ve torunumla geleceğim.", 3),
    ("tr", "Nişanlımla geleceğim.", 2),
    ("tr", "Damadımla birlikte geleceğim.", 2),
    ("tr", "yengem ve eniştemle gelecegim", 3),
    ("pl", "Przyjdę z żoną i szwagrem.", 3),
    ("pl", "Ja i moja bratowa przyjdziemy.", 2),
    ("pl", "Przyjdę z teściem i wnuczką.", 3),
    ("pl", "Przyjdę z narzeczoną.", 2),
    ("pl", "Przyjde z synowa.", 2),
    ("pl", "Przyjdę z siostrzenicą.", 2),
    ("cs", "Přijdu s manželkou a se švagrem.", 3),
    ("cs", "Přijdu s tchyní.", 2),
    ("cs", "Já a moje neteř přijdeme.", 2),
    ("cs", "Prijdu se snoubenkou.", 2),
    ("sk", "Prídem s manželkou a so švagrom.", 3),
    ("sk", "Prídem so svokrou.", 2),
    ("sk", "Ja a moja neter prídeme.", 2),
    ("ru", "Приду с женой и шурином.", 3),
    ("ru", "Я и моя невестка придём.", 2),
    ("ru", "Приду со свёкром и племянницей.", 3),
    ("ru", "Я приду с крестником.", 2),
    ("ru", "Ya s plemyannikom pridu.", 2),
    ("ru", "Pridu s vnuchkoy i zyatem.", 3),
    ("ru", "Ya i moya nevestka pridem.", 2),
    ("uk", "Прийду з дружиною та зятем.", 3),
    ("uk", "Я і моя невістка прийдемо.", 2),
    ("uk", "Прийду з племінницею.", 2),
    ("uk", "Прийду з нареченою.", 2),
    ("uk", "Ya i moya nevistka pryidemo.", 2),
    ("uk", "Pryidu z plemynnykom.", 2),
    ("bg", "Ще дойда със зет ми и снаха ми.", 3),
    ("bg", "Аз и свекър ми ще дойдем.", 2),
    ("bg", "Ще дойда с племенницата си.", 2),
    ("bg", "Ще дойда с годеницата си.", 2),
    ("hr", "Dolazim sa šogoricom i svekrom.", 3),
    ("hr", "Ja i moja snaha dolazimo.", 2),
    ("hr", "Doći ću s nećakinjom.", 2),
    ("hr", "Dolazim sa zaručnicom.", 2),
    ("hr", "Ja i moj unuk dolazimo.", 2),
    ("bs", "Dolazim sa zaovom i djeverom.", 3),
    ("bs", "Ja i moja snaha dolazimo u utorak.", 2),
    ("bs", "Doći ću s rođakom.", 2),
    ("bs", "Dolazim sa unukom i zetom.", 3),
    ("sr", "Dolazim sa zetom i snajom.", 3),
    ("sr", "Ја и моја снаја долазимо.", 2),
    ("sr", "Доћи ћу са таштом и шураком.", 3),
    ("sr", "Dolazim sa verenicom.", 2),
    ("sq", "Do vij me kunatën dhe vjehrrin.", 3),
    ("sq", "Unë dhe mbesa ime do të vijmë.", 2),
    ("sq", "Unë dhe dhëndri im do të vijmë.", 2),
    ("sq", "Vij me nipin tim.", 2),
    ("sq", "une me nusen e djalit do vijme", 2),
    ("ro", "Vin cu cumnata mea și cu ginerele meu.", 3),
    ("ro", "Eu și nora mea venim.", 2),
    ("ro", "Vin cu nepoata mea.", 2),
    ("ro", "Vin cu logodnicul meu.", 2),
    ("ro", "vin cu nasa mea si cu finul meu", 3),
    ("hu", "A sógorommal és az anyósommal jövök.", 3),
    ("hu", "Én és a menyem jövünk.", 2),
    ("hu", "Az unokámmal jövök.", 2),
    ("hu", "A vőlegényemmel jövök.", 2),
    ("hu", "Én és az unokahúgom megyünk.", 2),
    ("el", "Θα έρθω με την κουνιάδα μου και τον πεθερό μου.", 3),
    ("el", "Εγώ και η νύφη μου θα έρθουμε.", 2),
    ("el", "Θα έρθω με τον αρραβωνιαστικό μου.", 2),
    ("el", "Tha erthw me ton gambro mou.", 2),
    ("el", "Ego kai i anipsia mou tha erthoume.", 2),
    ("ar", "سأحضر مع حفيدي.", 2),
    ("ar", "سأحضر مع خطيبتي.", 2),
    ("ar", "أنا وصهري سنحضر.", 2),
    ("ar", "سأحضر مع زوجتي وحماتي.", 3),
    ("ar", "ana w 7amati jayin.", 2),
    ("ar", "ana w khatibti jayin yom el thulatha.", 2),
    ("fa", "با عروسم می‌آیم.", 2),
    ("fa", "با دامادم می‌آیم.", 2),
    ("fa", "من و نوه‌ام می‌آییم.", 2),
    ("fa", "با نامزدم می‌آیم.", 2),
    ("fa", "man va aroosam miaim.", 2),
    ("prs", "با خسربره‌ام می‌آیم.", 2),
    ("prs", "من و نواسه‌ام می‌آییم.", 2),
    ("prs", "با خشویم و خانمم می‌آیم.", 3),
    ("ps", "زه او زما زوم به راشو.", 2),
    ("ps", "زه او زما لمسی به راشو.", 2),
    ("ps", "زه به له خپلې ناوې سره راشم.", 2),
    ("ku", "Ez û bûka xwe tên.", 2),
    ("ku", "Ez ê bi xezûrê xwe re werim.", 2),
    ("ku", "Ez û neviya xwe dê werin.", 2),
    ("ku", "Ez ê bi dergistiya xwe re werim.", 2),
    ("ckb", "من و بووکەکەم دێین.", 2),
    ("ckb", "لەگەڵ خەزوورم دێم.", 2),
    ("ckb", "من و نەوەکەم دێین.", 2),
    ("ckb", "لەگەڵ دەزگیرانەکەم دێم.", 2),
    ("hi", "Main aur meri bahu aayenge.", 2),
    ("hi", "Main apne damaad ke saath aaunga.", 2),
    ("hi", "Main apni bhatiji ke saath aaungi.", 2),
    ("hi", "मैं और मेरी बहू आएँगे।", 2),
    ("hi", "मैं अपने दामाद के साथ आऊँगा।", 2),
    ("hi", "Main apne jija ji ke saath aaungi.", 2),
    ("ur", "Main aur meri bahu aayengi.", 2),
    ("ur", "Main apne damad ke saath aaunga.", 2),
    ("ur", "میں اور میری بہو آئیں گے۔", 2),
    ("ur", "میں اپنے داماد کے ساتھ آؤں گا۔", 2),
    ("ur", "main apni bhanji ke saath aaungi.", 2),
    ("ta", "நானும் என் மருமகளும் வருகிறோம்.", 2),
    ("ta", "நான் என் மாமனாருடன் வருவேன்.", 2),
    ("ta", "நான் என் பேரனுடன் வருவேன்.", 2),
    ("ta", "Naanum en marumagalum varuvom.", 2),
    ("vi", "Tôi đi cùng chị dâu và bố chồng.", 3),
    ("vi", "Tôi với con dâu sẽ đến.", 2),
    ("vi", "Toi di cung con re.", 2),
    ("vi", "Tôi sẽ đến cùng cháu nội.", 2),
    ("vi", "toi di cung me vo va em ho", 3),
    ("zh", "我和我的儿媳一起来。", 2),
    ("zh", "我带我女婿来。", 2),
    ("zh", "我和孙女一起参加。", 2),
    ("zh", "我跟我未婚夫一起来。", 2),
    ("zh", "我和外甥女一起去。", 2),
    ("am", "ከምራቴ ጋር እመጣለሁ።", 2),
    ("am", "ከእጮኛዬ ጋር እመጣለሁ።", 2),
    ("am", "ከአክስቴ ጋር እመጣለሁ።", 2),
    ("am", "እኔና አጎቴ እንመጣለን።", 2),
    ("ti", "ምስ ኣኮይ ክመጽእ እየ።", 2),
    ("ti", "ምስ ሓትነይ ክመጽእ እየ።", 2),
    ("ti", "ምስ ሕጹየይ ክመጽእ እየ።", 2),
    ("so", "Aniga iyo adeerkay waan imaan doonaa.", 2),
    ("so", "Aniga iyo ayeeyaday waan imaan doonaa.", 2),
    ("so", "Waxaan la imaan doonaa soddohday.", 2),
    ("so", "Aniga iyo inaadeerkay waan nimid.", 2),
    # "a friend of mine", "one acquaintance": the word for "one" before the relative
    ("ru", "Я приду с одной знакомой.", 2),
    ("uk", "Прийду з однією знайомою.", 2),
    ("ro", "Vin cu o prietenă de-a mea.", 2),
    ("nl", "Ik kom met een vriendin van mij.", 2),
    ("hr", "Dolazim s jednom prijateljicom.", 2),
    ("en", "I'm coming with a friend of mine and her mother-in-law.", 3),
]


@pytest.mark.parametrize("language,text,expected", FAMILY)
def test_relatives_by_marriage_and_the_wider_family_count(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected


def test_every_language_file_has_a_sentence():
    assert {lang for lang, _, _ in FAMILY} == set(languages())


# --- 2. a group with a count, added in a reply to our confirmation ---------------------------------------
GROUP_IN_REPLY = [
    # (answer to our confirmation of one person, the new number of people)
    ("Ich bringe noch meine Klasse mit, 18 Schüler und eine Kollegin.", 20),
    ("Ich komme mit meinem Kurs, das sind 12 Teilnehmerinnen.", 13),
    ("I'll bring my youth group too, 9 teenagers.", 10),
    ("I would like to bring my class as well: 15 pupils and one other teacher.", 17),
    ("J'amènerai aussi ma classe, 16 élèves et une collègue.", 18),
    ("Llevaré también a mi clase, 12 alumnos.", 13),
    ("Porto anche la mia classe, 14 studenti e una collega.", 16),
    ("Sınıfımı da getireceğim, 14 öğrenci.", 15),
    ("Przyprowadzę też moją grupę, 9 kursantów.", 10),
    ("Я приведу ещё свою группу, 11 учеников.", 12),
    ("Ik neem ook mijn klas mee, 16 leerlingen.", 17),
    ("Dovest ću i svoj razred, 15 učenika.", 16),
    ("I'm bringing my scout group of 8 as well.", 9),
]


@pytest.mark.parametrize("body,people", GROUP_IN_REPLY)
def test_a_group_added_in_a_reply_counts_with_the_writer(body, people):
    plan = decided(body, 1)
    assert plan.cancel == () and plan.recount is not None and plan.recount[1] == people


@pytest.mark.parametrize("language,text,expected", [
    ("de", "Ich bringe noch 3 Personen aus meinem Sprachkurs mit.", 4),
    ("en", "I will bring my reading group of 6.", 7),
    ("fr", "J'amènerai mon groupe de 7.", 8),
    # the total of all, not those brought: a relative named before it, or "we"
    ("de", "Ich bringe meinen Mann mit, also 2 Personen.", 2),
    ("en", "I'll bring my daughter, so we are 2 people.", 2),
    ("en", "I'll bring 4 people in total.", 4),
])
def test_a_count_the_writer_brings_counts_the_writer_too(language, text, expected):
    assert count_attendees(text, "", [], language).count == expected


# --- 3. a relative who cannot come, Russian and Ukrainian in Latin letters ----------------------------------
ONE_FEWER = [
    "Dobryi den, cholovik ne zmozhe pryity, ya pryidu odna.",
    "Zdravstvuyte, muzh ne smozhet prijti, ya pridu odna.",
    "Zdravstvuite, zhena ne smozhet prijti, pridu odin.",
    "Dobryi den, druzhyna ne zmozhe pryity, pryidu sam.",
    "Privet, syn zabolel i ne pridet, a ya budu.",
    "Dobryi den, donka zakhvoriala i ne pryide, ale ya pryidu.",
    "Mama ne smozhet, ya pridu odna.",
]


@pytest.mark.parametrize("body", ONE_FEWER)
def test_a_relative_who_cannot_come_is_one_fewer_not_a_cancellation(body):
    plan = decided(body, 2)
    assert plan.cancel == () and plan.recount is not None and plan.recount[1] == 1


@pytest.mark.parametrize("language,text", [
    ("ru", "Ya pridu odna."),
    ("ru", "Pridu odin, bez zheny."),
    ("uk", "Ya pryidu odna."),
    ("uk", "Pryidu sama."),
])
def test_coming_alone_in_latin_letters_is_one(language, text):
    assert count_attendees(text, "", [], language).count == 1


# --- 4. a count beside a question -----------------------------------------------------------------------
WITH_QUESTION = [
    ("Hello, I'd like to register for Weinsberg on 26 September. We are 3, is there an interpreter?", 3),
    ("Përshëndetje, dua të regjistrohem për 26 shtator në Weinsberg. Jemi 3 veta, a ka përkthyes?", 3),
    ("Merhaba, 26 Eylül Weinsberg için kayıt olmak istiyorum. 3 kişiyiz, tercüman var mı?", 3),
    ("مرحبا، أريد التسجيل في ورشة 26 سبتمبر في فاينسبرغ. نحن 3، هل يوجد مترجم؟", 3),
    ("مرحبا، أريد التسجيل في ورشة 26 سبتمبر في فاينسبرغ. سنكون 3 أشخاص. هل يوجد موقف للسيارات؟", 3),
    ("Здравствуйте, хочу записаться на 26 сентября в Вайнсберг. Нас будет трое, будет ли переводчик?", 3),
    ("Buna ziua, vreau sa ma inscriu pe 26 septembrie la Weinsberg. Suntem 3 persoane, aveti traducator?", 3),
    ("Dzień dobry, chcę się zapisać na 26 września do Weinsberg. Będziemy w 3 osoby, czy jest tłumacz?", 3),
    ("Buongiorno, vorrei iscrivermi per il 26 settembre a Weinsberg. Siamo in 3, c'è un interprete?", 3),
    ("Hola, quiero inscribirme para el 26 de septiembre en Weinsberg. Somos 3, ¿hay intérprete?", 3),
    ("سلام، می‌خواهم برای ۲۶ سپتامبر در وینزبرگ ثبت نام کنم. ما 3 نفر هستیم، مترجم هست؟", 3),
    ("Pozdrav, prijavljujem se za 26. rujna u Weinsberg. Bit ćemo 3 osobe, ima li prevoditelja?", 3),
]


@pytest.mark.parametrize("body,people", WITH_QUESTION)
def test_a_count_beside_a_question_is_read(body, people):
    assert read(body).attendees == people
