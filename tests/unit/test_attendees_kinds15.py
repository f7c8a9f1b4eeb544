"""How many people come: kinds of message that counted wrong on unseen mail (issue 11), in wording
written for this test (German, English and at least four other languages each).

1. a total followed by its breakdown ("5 Personen, 3 Erwachsene und 2 Kinder"): the total;
2. groups joined by "and" ("2 adults and 3 children", "20 students and 2 teachers"): their sum;
3. a writer who registers relatives and says they do not come: the relatives only;
4. a corrected count ("we are 3, correction: 4"): the corrected number;
5. ages beside children ("my kids (6 and 9)"): the ages are no count, two ages are two children;
6. an interpreter or a relative who comes to translate: one more;
7. neighbours, colleagues, friends, in-laws in a list of companions;
8. one companion named twice ("with my brother … my brother is glad to come"): once;
9. a stated total beside a summary of everyone ("a group of 5 … names: …", "with me that makes 11");
10. the writer who comes along with the relative registered ("I'll come with her to interpret").
"""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read

CASES: list[tuple[str, int]] = [
    # --- 1. a total with its breakdown ---
    ("Hallo, wir melden uns für den 26.09. in Weinsberg an: 5 Personen, 3 Erwachsene und 2 Kinder.", 5),
    ("Guten Tag, für Weinsberg am 26.09. sind wir zu dritt: meine Frau, ich und unsere Tochter.", 3),
    ("Hi, please book 26.09. Weinsberg for 4 people, 2 adults and 2 kids.", 4),
    ("Hello, we'd like to come to Weinsberg on 26.09., there are three of us: my wife, our son and me.", 3),
    ("Bonjour, nous venons le 26.09. à Weinsberg, 4 personnes : 2 adultes et 2 enfants.", 4),
    ("Hola, vamos el 26.09. a Weinsberg, somos 5 personas: 3 adultos y 2 niños.", 5),
    ("Merhaba, 26.09. Weinsberg için kayıt: 4 kişi, 2 yetişkin ve 2 çocuk.", 4),
    ("Dzień dobry, zgłaszam na 26.09. do Weinsberg 4 osoby: 2 dorosłych i 2 dzieci.", 4),
    ("Buongiorno, il 26.09. a Weinsberg saremo in quattro: 2 adulti e 2 bambini.", 4),
    ("Здравствуйте, на 26.09. в Вайнсберг нас будет 4 человека: двое взрослых и двое детей.", 4),
    # --- 2. groups summed ---
    ("Guten Tag, zum 26.09. nach Weinsberg kommen 15 Schülerinnen und 3 Lehrer unserer Schule.", 18),
    ("Hallo, für Weinsberg am 26.09.: wir sind 2 Erwachsene und 3 Kinder.", 5),
    ("Hello, for Weinsberg on 26.09. we are 2 adults and 3 children.", 5),
    ("Hi, our class will attend on 26.09. in Weinsberg: 20 students and 2 teachers.", 22),
    ("Bonjour, pour le 26.09. à Weinsberg nous serons 2 adultes et 3 enfants.", 5),
    ("Hola, para el 26.09. en Weinsberg seremos 3 adultos y 1 niño.", 4),
    ("Merhaba, 26.09. Weinsberg'e 2 yetişkin ve 3 çocuk olarak geleceğiz.", 5),
    ("Dzień dobry, na 26.09. do Weinsberg przyjdzie 2 dorosłych i 3 dzieci.", 5),
    ("Buongiorno, per il 26.09. a Weinsberg veniamo 2 adulti e 3 bambini.", 5),
    ("Здравствуйте, 26.09. в Вайнсберг придут 2 взрослых и 3 ребёнка.", 5),
    # (a group that comes "with me" is the writer's companions: the writer besides them)
    ("Hallo, am 26.09. in Weinsberg: 2 Kinder und 1 Erwachsener kommen mit mir.", 4),
    ("Hi, on 26.09. in Weinsberg 3 kids and 2 friends come with me.", 6),
    # --- 3. relatives registered, the writer stays away ---
    ("Hallo, ich möchte meine Eltern für den 26.09. in Weinsberg anmelden, ich selbst kann leider nicht.", 2),
    ("Guten Tag, hiermit melde ich meinen Vater für Weinsberg am 26.09. an. Ich selbst bin verhindert.", 1),
    ("Hello, I would like to register my parents for 26.09. in Weinsberg. I can't attend myself.", 2),
    ("Hi, please sign up my mother for Weinsberg on 26.09.; I won't be there myself.", 1),
    ("Bonjour, je voudrais inscrire mes parents pour le 26.09. à Weinsberg, moi-même je ne peux pas venir.", 2),
    ("Hola, quiero inscribir a mis padres para el 26.09. en Weinsberg, yo no puedo ir.", 2),
    ("Merhaba, annemi ve babamı 26.09. Weinsberg için kaydetmek istiyorum, ben gelemiyorum.", 2),
    ("Dzień dobry, chcę zapisać moich rodziców na 26.09. do Weinsberg, sam nie mogę przyjść.", 2),
    ("Buongiorno, vorrei iscrivere i miei genitori per il 26.09. a Weinsberg, io non posso venire.", 2),
    ("Здравствуйте, хочу записать моих родителей на 26.09. в Вайнсберг, сам я прийти не смогу.", 2),
    # --- 4. corrections ---
    ("Hallo, für den 26.09. in Weinsberg: wir sind 3, Korrektur: 4.", 4),
    ("Guten Tag, Anmeldung für Weinsberg am 26.09. für 2 Personen, nein, Entschuldigung, es sind 3.", 3),
    ("Hello, please register us for Weinsberg on 26.09., we are 3. Sorry, I meant four of us.", 4),
    ("Hi, Weinsberg on 26.09. for two people - correction: three people.", 3),
    ("Bonjour, pour Weinsberg le 26.09. nous serons 3, pardon, je voulais dire 4.", 4),
    ("Hola, para Weinsberg el 26.09. somos 3, perdón, quise decir 4.", 4),
    ("Merhaba, 26.09. Weinsberg için 3 kişiyiz, düzeltme: 4 kişiyiz.", 4),
    ("Dzień dobry, na 26.09. do Weinsberg będzie nas 3, poprawka: 4.", 4),
    ("Buongiorno, per il 26.09. a Weinsberg siamo in 3, correzione: 4.", 4),
    # --- 5. ages beside children ---
    ("Hallo, ich komme am 26.09. nach Weinsberg mit meinen Kindern (8 und 11 Jahre).", 3),
    ("Guten Tag, für Weinsberg am 26.09. melde ich mich und meine zwei Töchter (7 und 12 Jahre alt) an.", 3),
    ("Hello, I'll come to Weinsberg on 26.09. with my two kids aged 6 and 9.", 3),
    ("Hi, me and my children (ages 5 and 10) would like to attend in Weinsberg on 26.09.", 3),
    ("Bonjour, je viens le 26.09. à Weinsberg avec mes deux enfants de 6 et 9 ans.", 3),
    ("Hola, voy el 26.09. a Weinsberg con mis dos hijos de 6 y 9 años.", 3),
    ("Merhaba, 26.09. Weinsberg'e iki çocuğumla (6 ve 9 yaşında) geleceğim.", 3),
    ("Dzień dobry, przyjdę 26.09. do Weinsberg z moimi dziećmi (6 i 9 lat).", 3),
    ("Buongiorno, vengo il 26.09. a Weinsberg con i miei figli (7 e 10 anni).", 3),
    ("Здравствуйте, приду 26.09. в Вайнсберг с двумя детьми 6 и 9 лет.", 3),
    # --- 6. an interpreter comes along ---
    ("Hallo, meine Mutter möchte am 26.09. nach Weinsberg kommen. Ich komme mit und übersetze für sie.", 2),
    ("Guten Tag, ich melde mich für Weinsberg am 26.09. an und bringe eine Dolmetscherin mit.", 2),
    ("Hello, my father wants to attend in Weinsberg on 26.09. I will accompany him as his interpreter.", 2),
    ("Hi, I'd like to come on 26.09. to Weinsberg; a translator will come with me.", 2),
    ("Bonjour, je viens le 26.09. à Weinsberg avec une interprète.", 2),
    ("Hola, iré el 26.09. a Weinsberg con un intérprete.", 2),
    ("Merhaba, 26.09. Weinsberg'e tercümanımla birlikte geleceğim.", 2),
    ("مرحبا، سأحضر يوم 26.09. في فاينسبرغ مع مترجم.", 2),
    ("Здравствуйте, приду 26.09. в Вайнсберг с переводчиком.", 2),
    ("Dzień dobry, przyjdę 26.09. do Weinsberg z tłumaczem.", 2),
    ("Hallo, ich möchte meine Oma für den 26.09. in Weinsberg anmelden. Sie versteht wenig Deutsch, ich begleite sie.", 2),
    ("Hi, my grandfather would like to attend in Weinsberg on 26.09.; I'll come with him to interpret.", 2),
    ("Bonjour, ma mère veut venir le 26.09. à Weinsberg, je l'accompagne pour traduire.", 2),
    ("Hola, mi padre quiere ir el 26.09. a Weinsberg, lo acompaño para traducir.", 2),
    ("Dzień dobry, moja mama chce przyjść 26.09. do Weinsberg, przyjdę z nią i będę tłumaczyć.", 2),
    ("Merhaba, babam 26.09. Weinsberg'e gelmek istiyor, çeviri için onunla geleceğim.", 2),
    # --- 7. neighbours, colleagues, friends, in-laws ---
    ("Përshëndetje, vij më 26.09. në Weinsberg me fqinjin dhe vjehrrën.", 3),
    ("Merhaba, 26.09. Weinsberg'e komşum ve kayınvalidem ile geleceğim.", 3),
    ("Merhaba, ben, arkadaşım ve kayınpederim 26.09. Weinsberg'e geliyoruz.", 3),
    ("Hallo, ich komme am 26.09. nach Weinsberg mit meiner Nachbarin und meiner Schwiegermutter.", 3),
    ("Hi, I'll come to Weinsberg on 26.09. together with my neighbour and my colleague.", 3),
    ("Bonjour, je viendrai le 26.09. à Weinsberg avec ma voisine et ma belle-mère.", 3),
    ("Hola, iré el 26.09. a Weinsberg con mi vecina y mi suegra.", 3),
    ("Dzień dobry, przyjdę 26.09. do Weinsberg z sąsiadką i teściową.", 3),
    ("Здравствуйте, приду 26.09. в Вайнсберг с соседкой и свекровью.", 3),
    ("Buongiorno, vengo il 26.09. a Weinsberg con la mia vicina e mia suocera.", 3),
    ("مرحبا، سآتي يوم 26.09. إلى فاينسبرغ مع جارتي وحماتي.", 3),
    ("Καλημέρα, θα έρθω στις 26.09. στο Weinsberg με τη γειτόνισσά μου και την πεθερά μου.", 3),
    ("Dobrý den, přijdu 26.09. do Weinsbergu se sousedkou a tchyní.", 3),
    ("Dobrý deň, prídem 26.09. do Weinsbergu s kolegyňou a svokrou.", 3),
    ("Dobrý den, přijdu 26.09. do Weinsbergu s manželem a se dvěma dětmi.", 4),
    ("Dobrý deň, prídem 26.09. do Weinsbergu s manželom a s dvoma deťmi.", 4),
    ("Olá, vou no dia 26.09. a Weinsberg com a minha vizinha e a minha sogra.", 3),
    ("Bună ziua, vin pe 26.09. la Weinsberg cu vecina mea și soacra mea.", 3),
    ("Hallo, ich, meine Kollegin und meine Schwiegermutter kommen am 26.09. nach Weinsberg.", 3),
    ("Hi, me, my friend and my mother-in-law will come to Weinsberg on 26.09.", 3),
    ("السلام علیکم، میں اور ہمارا بیٹا 26.09. کو وائنزبرگ آئیں گے۔", 2),
    ("Servus, i komm am 26.09. nach Weinsberg mit meim Weib.", 2),
    ("Pozdrav, dolazim 26.09. u Weinsberg s kolegom, tako da smo dvojica.", 2),
    ("Zdravo, 26.09. u Weinsberg dolazim sa sestrom, znači smo dvoje.", 2),
    ("Здраво, долазим 26.09. у Вајнсберг са братом, тако да смо двојица.", 2),
    # --- 8. one companion named twice ---
    ("Hallo, ich komme am 26.09. nach Weinsberg, und mein Bruder kommt auch mit. Mein Bruder freut sich.", 2),
    ("Hi, I'll be in Weinsberg on 26.09. with my sister, and my sister is coming too.", 2),
    ("Bonjour, je viens le 26.09. à Weinsberg avec mon frère, mon frère vient aussi.", 2),
    ("Hola, voy el 26.09. a Weinsberg con mi hermana, mi hermana también viene.", 2),
    ("Merhaba, 26.09. Weinsberg'e ablamla geliyorum, ablam da geliyor.", 2),
    ("Dzień dobry, przyjdę 26.09. do Weinsberg z bratem, brat też przyjdzie.", 2),
    # --- 9. a stated total beside a summary ---
    ("Hello, we are a party of 4 from the sports club and want to join on 26.09. in Weinsberg. "
     "Participants: Omar, Lena, Kofi and myself.", 4),
    ("Hallo, wir sind eine Gruppe von 6 aus dem Nähcafé und kommen am 26.09. nach Weinsberg. "
     "Dabei: Ana, Gül, Rita, Olga, Mia und ich.", 6),
    ("Hallo, mein Opa will am 26.09. nach Weinsberg. Ich fahre ihn hin und bleibe da, also 2 Personen.", 2),
    ("Hallo, für Weinsberg am 26.09.: aus meiner Klasse kommen 14 Jugendliche, mit mir also 15.", 15),
    ("Hi, 12 pupils from my course will come to Weinsberg on 26.09., so 13 including me.", 13),
    ("Bonjour, 9 élèves de mon cours viennent le 26.09. à Weinsberg, donc 10 avec moi.", 10),
    ("Hallo, meine Oma möchte zum 26.09. nach Weinsberg. Ich bringe sie mit, das macht 2 Personen.", 2),
    ("Hallo, ich komme am 26.09. nach Weinsberg mit 2 Kindern und zusammen mit 3 Freunden.", 6),
    ("Hello, we are a party of 4 and want to join on 26.09. in Weinsberg: Omar, Lena, Kofi and me (Jana Novak, coach).", 4),
    ("Dzień dobry, z mojej grupy przyjdzie 8 uczniów na 26.09. do Weinsberg, czyli ze mną 9.", 9),
    ("Merhaba, 26.09. Weinsberg'e kursumdan 7 öğrenci geliyor, benimle birlikte yani 8 kişi.", 8),
    ("Hola, de mi curso vienen 6 alumnos el 26.09. a Weinsberg, o sea 7 conmigo.", 7),
]


@pytest.mark.parametrize(("body", "count"), CASES)
def test_attendee_count_of_each_kind(body, count):
    assert read(body).attendees == count
