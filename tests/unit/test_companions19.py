"""Companions counted on mail from residents in many languages (issue 11), kind by kind:

1. relatives named in a sentence that says they come "with me" apart from them ("my friend and her husband
   are coming with me", "со мной придут подруга и её муж"): each besides the writer;
2. a companion and that companion's own people ("my neighbour and her two kids", "me, my wife and our son");
3. a writer who registers relatives and does not come ("my parents … I myself won't"), or sends one
   ("my husband comes alone, I can't"): only they count, and the writer's "I can't" cancels nothing;
4. "we are N" and collective numerals ("nas troje", "втроём", "we dwoje", "hárman", "üç kişiyiz",
   "naanga moonu peru");
5. ages beside a count ("my two children (7 and 9)"), "2 adults and 1 child".
Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from mailbot.understand.people import count_attendees
from mailbot.understand.text import normalise
from tests.unit.test_lang_east import read


def _count(lang: str, text: str) -> tuple[int | None, str]:
    got = count_attendees(normalise(text), "", [], lang)
    return got.count, got.rule


COMING_WITH_ME = [
    ('en', 'Hi, please put me down for 26.09. My friend and her husband are coming with me.', 3),
    ('de', 'Hallo, ich melde mich für den 26.09. an. Meine Freundin und ihr Mann kommen auch mit mir.', 3),
    ('tr', 'Merhaba, 26.09. için kayıt olmak istiyorum. Arkadaşım ve kocası da benimle gelecek.', 3),
    ('ru', 'Здравствуйте, запишите меня на 26.09. Со мной придут подруга и её муж.', 3),
    ('uk', 'Добрий день, запишіть мене на 26.09. Зі мною прийдуть подруга та її чоловік.', 3),
    ('pl', 'Dzień dobry, chciałabym się zapisać na 26.09. Przyjdzie ze mną koleżanka i jej mąż.', 3),
    ('hr', 'Pozdrav, prijavljujem se za 26.09. Sa mnom dolaze prijateljica i njen muž.', 3),
    ('it', 'Buongiorno, vorrei iscrivermi per il 26.09. Viene con me anche la mia amica con suo marito.', 3),
    ('es', 'Hola, quiero apuntarme para el 26.09. Vienen conmigo mi amiga y su marido.', 3),
    ('fr', "Bonjour, je voudrais m'inscrire pour le 26.09. Mon amie et son mari viennent avec moi.", 3),
    ('pt', 'Olá, quero inscrever-me para 26.09. Vem comigo a minha amiga e o marido dela.', 3),
    ('sq', 'Përshëndetje, dua të regjistrohem për 26.09. Do vijë me mua shoqja ime dhe burri i saj.', 3),
    ('ar', 'مرحبا، أريد التسجيل في 26.09. ستأتي معي صديقتي وزوجها.', 3),
    ('fa', 'سلام، برای 26.09 ثبت نام می‌کنم. دوستم و شوهرش هم با من می‌آیند.', 3),
    ('el', 'Καλησπέρα, θέλω να δηλώσω συμμετοχή για 26.09. Θα έρθει μαζί μου η φίλη μου και ο άντρας της.', 3),
    ('hu', 'Jó napot, szeretnék jelentkezni 26.09-re. Velem jön a barátnőm és a férje.', 3),
    ('bg', 'Здравейте, искам да се запиша за 26.09. С мен ще дойдат приятелката ми и мъжът ѝ.', 3),
    # not counted: asked about, or denied
    ('de', 'Hallo, ich komme am 26.09. Darf meine Schwester mit mir kommen?', 1),
    ('ru', 'Здравствуйте, приду 26.09. Муж со мной не придёт.', 1),
]


@pytest.mark.parametrize("lang,text,people", COMING_WITH_ME)
def test_relatives_who_come_with_me_count_besides_the_writer(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


COMPANIONS_OWN_PEOPLE = [
    ('de', 'Hallo, Anmeldung für 26.09. Ich komme mit meiner Nachbarin und ihren zwei Kindern.', 4),
    ('en', 'Hello, I want to come on 26.09 with my neighbour and her two kids.', 4),
    ('tr', 'Merhaba 26.09. için komşum ve onun iki çocuğu ile geleceğim.', 4),
    ('ru', 'Добрый день, на 26.09 приду с соседкой и её двумя детьми.', 4),
    ('pl', 'Dzień dobry, na 26.09 przyjdę z sąsiadką i jej dwójką dzieci.', 4),
    ('bs', 'Selam, za 26.09. dolazim sa komšinicom i njeno dvoje djece.', 4),
    ('ar', 'السلام عليكم، سأحضر يوم 26.09 مع جارتي وطفليها.', 4),
    ('fa', 'سلام، روز 26.09 با همسایه‌ام و دو بچه‌اش می‌آیم.', 4),
    ('ar', 'مرحبا، يوم 26.09 سنحضر أنا وزوجتي وابننا.', 3),
    ('fa', 'سلام، 26.09 من و خانمم و پسرمان می‌آییم.', 3),
    ('hu', 'Szia, 26.09-én jövünk én, a feleségem és a fiunk.', 3),
    ('sq', 'Përshëndetje, më 26.09 vijmë unë, gruaja ime dhe djali ynë.', 3),
    ('vi', 'Chào, ngày 26.09 tôi, vợ tôi và con trai chúng tôi sẽ đến.', 3),
]


@pytest.mark.parametrize("lang,text,people", COMPANIONS_OWN_PEOPLE)
def test_a_companion_and_their_own_people_add_up(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


OTHERS_ONLY = [
    ('tr', 'Merhaba, annemle babamı 26.09. için kaydettirmek istiyorum. Ben gelemiyorum.', 2),
    ('ro', 'Buna ziua, vreau sa-mi inscriu parintii pentru 26.09. Eu nu pot veni.', 2),
    ('es', 'Hola, quiero inscribir a mis padres para el 26.09. Yo no puedo ir.', 2),
    ('fr', 'Bonjour, je voudrais inscrire mes parents pour le 26.09. Moi je ne viens pas.', 2),
    ('fa', 'سلام، می‌خواهم پدر و مادرم را برای 26.09 ثبت نام کنم. خودم نمی‌آیم.', 2),
    ('ru', 'Здравствуйте, муж придёт 26.09 один, я не смогу.', 1),
    ('tr', 'Merhaba, 26.09. günü kocam tek başına gelecek, ben gelemiyorum.', 1),
    ('el', 'Γεια σας, ο άντρας μου θα έρθει μόνος του στις 26.09, εγώ δεν μπορώ.', 1),
]


@pytest.mark.parametrize("lang,text,people", OTHERS_ONLY)
def test_a_writer_who_stays_away_counts_only_those_sent(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


@pytest.mark.parametrize("text", [
    'Здравствуйте, муж придёт 26.09 один, я не смогу.',
    'Добрий день, чоловік прийде 26.09 сам, я не зможу.',
    'Merhaba, 26.09. günü kocam tek başına gelecek, ben gelemiyorum.',
    'Γεια σας, ο άντρας μου θα έρθει μόνος του στις 26.09, εγώ δεν μπορώ.',
    'Përshëndetje, burri im vjen vetëm më 26.09, unë nuk mundem.',
    'Hola, quiero inscribir a mis padres para el 26.09. Yo no puedo ir.',
    'مرحبا، أخي سيحضر وحده يوم 26.09، أنا لا أستطيع.',  # a clause begins at the Arabic comma before "I"
    'سلام، خواهرم 26.09 تنها می‌آید، من نمی‌توانم.',
])
def test_a_relative_sent_alone_is_registered_not_cancelled(config, text):
    r = read(text, config=config)
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


WE_ARE_N = [
    ('hr', 'Dobar dan, za 26.09. dolazimo nas troje.', 3),
    ('hr', 'Bok, za 26.09. nas je četvero, ja muž i dvoje djece.', 4),
    ('sr', 'Здраво, 26.09. долазимо нас троје.', 3),
    ('ru', 'Добрый вечер, на 26.09 придём вчетвером.', 4),
    ('uk', 'Вітаю, на 26.09 нас двоє.', 2),
    ('pl', 'Dzień dobry, na 26.09 przyjdziemy we troje.', 3),
    ('pl', 'Dzień dobry, zapisuję nas na 26.09, będzie nas czworo.', 4),
    ('bg', 'Здравейте, за 26.09 сме двама.', 2),
    ('bg', 'Здравейте, за 26.09 ще бъдем трима.', 3),
    ('el', 'Καλησπέρα, για 26.09 θα είμαστε τρεις.', 3),
    ('hu', 'Jó napot, 26.09-én hárman leszünk.', 3),
    ('tr', 'Merhaba, 26.09. için üç kişiyiz.', 3),
    ('ar', 'السلام عليكم، سنحضر اثنين يوم 26.09.', 2),
    ('fa', 'سلام، برای 26.09 سه نفر هستیم.', 3),
    ('vi', 'Chào, ngày 26.09 chúng tôi 3 người.', 3),
    ('zh', '你好，我们三个人参加9月26日的活动。', 3),
    ('ro', 'Buna, venim doi pe 26.09.', 2),
    ('ta', 'Vanakkam, 26.09 annaiku naanga moonu peru varuvom.', 3),
]


@pytest.mark.parametrize("lang,text,people", WE_ARE_N)
def test_we_are_n_and_collective_numerals(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


AGES_AND_PARTS = [
    ('hu', 'Jó napot, 26.09-én jövök a két gyerekemmel (7 és 9 évesek).', 3),
    ('en', 'Hi, we are 2 adults and 1 child for 26.09.', 3),
    ('ru', 'Здравствуйте, на 26.09 нас 2 взрослых и 1 ребёнок.', 3),
    ('it', 'Salve, il 26.09 siamo 2 adulti e 1 bambino.', 3),
    ('es', 'Hola, el 26.09 somos 2 adultos y 1 niño.', 3),
    ('de', 'Hallo, ich komme mit meiner Mutter am 26.09., sie ist 78 Jahre alt.', 2),
    ('fr', 'Bonjour, je viens le 26.09 avec mes deux enfants (7 et 9 ans).', 3),
]


@pytest.mark.parametrize("lang,text,people", AGES_AND_PARTS)
def test_ages_and_parts_of_a_count(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


def test_german_words_in_turkish_mail_keep_the_writer():
    """"ich möchte mich anmelden, … eşimle": the writer registers, with the husband."""
    count, rule = _count('tr', 'Merhaba, ich möchte mich anmelden, 26.09 için eşimle beraber.')
    assert count == 2, rule


REPLY_COUNTS = [
    ('Hallo, wir sind jetzt doch zu viert.', 4),
    ('Hi, there will be four of us now.', 4),
    ('Bonjour, finalement nous serons trois.', 3),
    ('Merhaba, dörtkişi geliyoruz.', 4),
    ('Здравствуйте, теперь нас трое.', 3),
    ('Dzień dobry, będzie nas czworo.', 4),
    ('Pozdrav, bit će nas četvero.', 4),
    ('Καλησπέρα, θα είμαστε τέσσερις.', 4),
    ('Szia, hárman jövünk.', 3),
    ('مرحبا، سنكون ثلاثة أشخاص.', 3),
    ('سلام، ما سه نفر می‌آییم.', 3),
    ('您好，我们三个人来。', 3),
    ('Vanakkam, naangal moonu peru varuvom.', 3),
    ('zu viert', 4),
]


@pytest.mark.parametrize("text,people", REPLY_COUNTS)
def test_a_count_answering_our_confirmation_is_the_new_count(config, text, people):
    r = read(text, "Dienstag, 26. September 2023", config=config)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", people), r.reason


MENTIONED_NOT_COMING = [
    ('de', 'Hallo, ich melde mich für den 26.09. an, diesmal ohne meine Frau.', 1),
    ('de', 'Hallo, ich komme am 26.09. mit meiner Schwester, mein Mann muss arbeiten.', 2),
    ('en', 'Hello, registering for 26.09, my children stay at home.', 1),
    ('tr', 'Merhaba, 26.09. için bu sefer eşim olmadan geleceğim.', 1),
    ('ru', 'Здравствуйте, приду 26.09, в этот раз без мужа.', 1),
    ('pl', 'Dzień dobry, przyjdę 26.09, dzieci zostają w domu.', 1),
    ('it', 'Salve, vengo il 26.09, questa volta senza mia moglie.', 1),
    ('es', 'Hola, voy el 26.09, los niños se quedan en casa.', 1),
    ('ar', 'مرحبا، سأحضر يوم 26.09 بدون زوجتي هذه المرة.', 1),
    ('el', 'Γεια σας, έρχομαι στις 26.09, τα παιδιά μένουν σπίτι.', 1),
    ('hu', 'Jó napot, 26.09-én jövök, ezúttal a feleségem nélkül.', 1),
    ('zh', '你好，我9月26日来，这次不带孩子。', 1),
]


@pytest.mark.parametrize("lang,text,people", MENTIONED_NOT_COMING)
def test_people_mentioned_who_do_not_come_are_not_counted(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


MORE_OF_A_COMPANION = [
    ('de', 'Hallo, ich komme am 26.09. mit meiner Freundin und deren Mann.', 3),
    ('ru', 'Здравствуйте, 26.09 приду с дочкой и её подругой.', 3),
    ('ar', 'مرحبا، يوم 26.09 أنا وزوجي وطفلين.', 4),
    ('ru', 'Здравствуйте, на 26.09: я, муж и двое детей.', 4),
    ('fa', 'سلام، 26.09 من و شوهرم و دو بچه‌مان می‌آییم.', 4),
]


@pytest.mark.parametrize("lang,text,people", MORE_OF_A_COMPANION)
def test_a_companions_own_people_and_families_add_up(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


PARENTS_BARE_AND_OTHERS = [
    ('ru', 'Здравствуйте, хочу записать родителей на 26.09, сама не приду.', 2),
    ('uk', 'Добрий день, хочу записати батьків на 26.09, сама не прийду.', 2),
    ('pl', 'Dzień dobry, chcę zapisać rodziców na 26.09, sama nie przyjdę.', 2),
    ('hr', 'Pozdrav, prijavljujem roditelje za 26.09., ja neću doći.', 2),
    ('bs', 'Selam, prijavljujem roditelje za 26.09., ja ne mogu doći.', 2),
    ('en', "Hi, I'd like to sign up my mum and dad for 26.09, I won't be coming myself.", 2),
    ('bg', 'Здравейте, на 26.09 ще дойда с приятелката ми и нейния съпруг.', 3),
    ('zh', '你好，9月26日我和我朋友还有她老公一起来。', 3),
    ('ckb', 'سڵاو، من و هاوڕێکەم و مێردەکەی 26.09 دێین.', 3),
]


@pytest.mark.parametrize("lang,text,people", PARENTS_BARE_AND_OTHERS)
def test_parents_without_my_and_a_friends_husband(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


WHOLE_MAILS = [
    ('de', 'Guten Tag,\n\nich melde mich für den 26.09. an. Mitkommen werden meine Kollegin und ihr Mann.\n\nViele Grüße\nJana Roth', 3),
    ('en', 'Hello,\nplease register me for 26 September. My sister and her son will be joining me.\nBest\nLiz', 3),
    ('es', 'Hola,\nme apunto para el 26 de septiembre. Vienen conmigo mi prima y su novio.\nUn saludo\nRosa', 3),
    ('fr', "Bonjour,\nje m'inscris pour le 26 septembre. Ma cousine et son fils viendront avec moi.\nBien à vous\nNadia", 3),
    ('el', 'Καλησπέρα,\nθέλω να έρθω στις 26 Σεπτεμβρίου. Μαζί μου θα έρθουν η ξαδέρφη μου και ο γιος της.\nΕλένη', 3),
    ('bg', 'Здравейте,\nзаписвам се за 26 септември. С мен ще дойдат сестра ми и синът ѝ.\nПоздрави, Таня', 3),
    ('sq', 'Përshëndetje,\ndua të vij më 26 shtator. Me mua do të vijnë motra dhe djali i saj.\nArta', 3),
    ('ru', 'Здравствуйте,\nзапишите нас с женой на 26.09. Дети останутся с тёщей.\nПавел', 2),
]


@pytest.mark.parametrize("lang,text,people", WHOLE_MAILS)
def test_whole_mails_with_greeting_and_signature(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


AGES_AND_NOT_COMING = [
    ('vi', 'Chào, ngày 26.09 tôi đi với bố tôi, bố 75 tuổi.', 2),  # the father named twice, one person
    ('de', 'Hallo, ich komme am 26.09., ich habe zwar 2 Kinder, die aber nicht mitkommen.', 1),
    ('en', 'Hi, I will come on 26.09; I have 3 kids, who do not come along.', 1),
    ('uk', 'Добрий день, прийду 26.09 з мамою, їй 70 років.', 2),
    ('es', 'Hola vengo el 26.09 con mis 2 niños de 4 y 6 años', 3),
    ('ro', 'buna ziua vin pe 26.09 cu cei 2 copii ai mei de 6 si 9 ani', 3),
]


@pytest.mark.parametrize("lang,text,people", AGES_AND_NOT_COMING)
def test_ages_a_second_mention_and_people_who_do_not_come(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


TEACHER_AND_PUPILS = [
    ('ru', 'Здравствуйте, я учительница, приду 26.09 с шестью учениками.', 7),
    ('uk', 'Добрий день, я вчитель, прийду 26.09 з п\'ятьма учнями.', 6),
    ('pl', 'Dzień dobry, jestem nauczycielem, przyjdę 26.09 z sześcioma uczniami.', 7),
    ('el', 'Γεια σας, είμαι δάσκαλος και θα έρθω στις 26.09 με πέντε μαθητές.', 6),
    ('hu', 'Jó napot, tanárnő vagyok, 26.09-én hat diákkal jövök.', 7),
    ('zh', '你好，我是老师，9月26日带五个学生来。', 6),
    ('sq', 'Pershendetje, une me burrin dhe vjehrren vijme me 26.09.', 3),
    ('ru', 'Здравствуйте, хочу записать свою семью на 26.09.', 1),  # "семью" is the family, no seven
]


@pytest.mark.parametrize("lang,text,people", TEACHER_AND_PUPILS)
def test_a_teacher_with_pupils_and_a_family_with_the_mother_in_law(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


@pytest.mark.parametrize("lang,text,people", [
    ('tr', 'Merhaba, 26.09 için 2 yetişkin 1 çocuk geleceğiz.', 3),
    ('de', 'Hallo, am 26.09. kommen 2 Erwachsene 2 Kinder.', 4),
    ('en', 'Hi, for 26.09: 3 adults 1 child.', 4),
])
def test_two_counts_in_digits_without_and_add_up(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


@pytest.mark.parametrize("lang,text,people", [
    ('de', 'Hallo, ich bringe am 26.09. meinen Neffen mit.', 2),
    ('tr', 'Merhaba, 26.09 Kollegin ile beraber geleceğim.', 2),  # a German word, no total of "09"
    ('tr', 'Selam, 17.10 da Schwiegermutter ile gelirim.', 2),
    ('de', 'Hallo, am 26.09 Kollegin und ich.', 2),
])
def test_a_date_before_a_companion_and_german_words_in_turkish_mail(lang, text, people):
    count, rule = _count(lang, text)
    assert count == people, rule


@pytest.mark.parametrize("lang,text", [
    ('de', 'Hallo, meine Nachbarin hat mit mir darüber geredet, ich komme am 26.09.'),
    ('en', 'Hello, my wife agrees with me that I should go on 26.09.'),
    ('es', 'Hola, mi hermana habló conmigo y quiero apuntarme para el 26.09.'),
    ('it', 'Buongiorno, mio fratello ha parlato con me, vengo il 26.09.'),
    ('ru', 'Здравствуйте, сестра поговорила со мной, запишите меня на 26.09.'),
])
def test_a_relative_who_only_talked_with_me_does_not_come(lang, text):
    count, rule = _count(lang, text)
    assert count == 1, rule
