"""Companions named by their relation, counted on mail from residents in many languages (issue 11).

1. the writer and one relative or friend ("with my brother", "з другом", "sa bratom", "با برادرم",
   "naanum en thambiyum"): two people;
2. a companion and that companion's own relative ("with my brother and his wife"): three;
3. a relative and a counted group ("my wife and two neighbours"): 1 + 1 + 2 = four;
4. "me, my husband and our child" in Amharic, Tigrinya, Somali and Sorani: three;
5. "number 3" answering our numbered list in Tigrinya and Amharic, and "from 21/9 to 17/10" moves.
Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from mailbot.understand.people import count_attendees
from tests.unit.test_answers import LIST_FROM_2, answer
from tests.unit.test_lang_east import read

ONE_RELATIVE = [
    ('uk', 'Прийду на семінар разом із другом.', 2),
    ('uk', 'Буду з братом, якщо можна.', 2),
    ('uk', 'Я прийду з дружиною у вівторок.', 2),
    ('bs', 'Dolazim sa bratom na radionicu.', 2),
    ('hr', 'Doći ću s prijateljicom u utorak.', 2),
    ('sr', 'Долазим са супругом на радионицу.', 2),
    ('sr', 'Ja i moj rođak bismo došli.', 2),
    ('fa', 'من با برادرم می‌آیم.', 2),
    ('fa', 'با همسایه‌ام در کارگاه شرکت می‌کنم.', 2),
    ('prs', 'من همراه دوستم می‌آیم.', 2),
    ('prs', 'من و خواهرم می‌آییم.', 2),
    ('ps', 'زه به له خپل ورور سره راشم.', 2),
    ('ps', 'زه او زما ښځه به راشو.', 2),
    ('ckb', 'من و هاوڕێکەم دێین بۆ وۆرکشۆپەکە.', 2),
    ('ckb', 'لەگەڵ براکەم دێم.', 2),
    ('ku', 'Ez û birayê xwe dê werin.', 2),
    ('ku', 'Ez ê bi hevala xwe re werim.', 2),
    ('ti', 'ኣነን ሓወይን ክንመጽእ ኢና።', 2),
    ('ti', 'ምስ ሓፍተይ ክመጽእ እየ።', 2),
    ('am', 'እኔና ወንድሜ እንመጣለን።', 2),
    ('am', 'ከባለቤቴ ጋር እመጣለሁ።', 2),
    ('am', 'ከጓደኛዬ ጋር መምጣት እፈልጋለሁ።', 2),
    ('so', 'Aniga iyo walaalkay ayaa iman doona.', 2),
    ('so', 'Waxaan la imaan doonaa saaxiibkay.', 2),
    ('ta', 'நானும் என் தம்பியும் வருவோம்.', 2),
    ('ta', 'என் மனைவியுடன் வருகிறேன்.', 2),
    ('ta', 'Naanum en thangachiyum varuvom.', 2),
    ('ta', 'Naan en friend kooda varen.', 2),
    ('hi', 'Main aur mera bhai aayenge.', 2),
    ('hi', 'Main apni behen ke saath aaungi.', 2),
    ('ur', 'Mein apne dost ke sath aunga.', 2),
    ('vi', 'Tôi và em trai tôi sẽ đến.', 2),
    ('vi', 'Tôi sẽ đi cùng chồng.', 2),
    ('vi', 'Tôi đến với anh họ của tôi.', 2),
    ('fa', 'با پسرخاله‌ام می‌آیم.', 2),
    ('prs', 'من با بچه کاکایم میایم.', 2),
    ('prs', 'همراه همسایه‌ام میایم.', 2),
    ('am', 'ከአጎቴ ልጅ ጋር እመጣለሁ።', 2),
    ('so', 'Waxaan la socdaa ninkayga.', 2),
    ('so', 'Aniga iyo ina-adeerkay ayaa iman doona.', 2),
    ('ta', 'என் தங்கையுடன் வருவேன்.', 2),
    ('ku', 'Ez ê bi cîranê xwe re werim.', 2),
    ('hi', 'Main apne padosi ke saath aaunga.', 2),
    ('ckb', 'لەگەڵ هاوڕێکەمدا دێم.', 2),
    ('ps', 'زه به د خپل تره زوی سره راشم.', 2),
    ('ti', 'ምስ ወዲ ሓወቦይ ክመጽእ እየ።', 2),
    ('am', 'እኔና የአጎቴ ልጅ እንመጣለን።', 2),
    ('ur', 'Main apne shohar ke sath aaungi.', 2),
    ('vi', 'Tôi sẽ đến cùng với em gái.', 2),
]


@pytest.mark.parametrize("lang,text,count", ONE_RELATIVE)
def test_the_writer_and_one_relative_named_by_relation_are_two(lang, text, count):
    got = count_attendees(text, "", [], lang)
    assert got.count == count, got.rule


RELATIVE_OF_RELATIVE = [
    ('en', 'I will be there with my brother and his wife.', 3),
    ('de', 'Ich komme mit meinem Bruder und seiner Frau.', 3),
    ('tr', 'Kardeşim ve eşi ile geleceğim.', 3),
    ('hr', 'Dolazim s bratom i njegovom ženom.', 3),
    ('bs', 'Ja, brat i njegova žena dolazimo.', 3),
    ('fa', 'با برادرم و همسرش می‌آیم.', 3),
    ('fr', 'Je viendrai avec ma sœur et son mari.', 3),
    ('es', 'Vengo con mi hermano y su esposa.', 3),
    ('ru', 'Я приду с братом и его женой.', 3),
    ('uk', 'Я прийду з сестрою та її чоловіком.', 3),
    ('it', 'Vengo con mio fratello e sua moglie.', 3),
    ('pl', 'Przyjdę z bratem i jego żoną.', 3),
    ('nl', 'Ik kom met mijn broer en zijn vrouw.', 3),
    ('ar', 'سآتي مع أخي وزوجته.', 3),
    ('prs', 'من با برادرم و خانمش میایم.', 3),
    ('en', 'My sister and her husband will come with me.', 3),
    ('de', 'Meine Schwester und ihr Mann kommen auch mit.', 3),
    ('tr', 'Ablam ve kocası da bizimle gelecek.', 3),
    ('ro', 'Vin cu fratele meu și soția lui.', 3),
    ('el', 'Θα έρθω με την αδερφή μου και τον άντρα της.', 3),
    ('en', 'My brother and his wife send their regards.', 1),  # greetings from them: nobody comes along
]


@pytest.mark.parametrize("lang,text,count", RELATIVE_OF_RELATIVE)
def test_a_companion_and_their_own_relative_are_three_with_the_writer(lang, text, count):
    got = count_attendees(text, "", [], lang)
    assert got.count == count, got.rule


RELATIVE_AND_GROUP = [
    ('en', 'I am coming with my wife and two neighbours.', 4),
    ('de', 'Ich komme mit meiner Frau und zwei Nachbarn.', 4),
    ('tr', 'Eşim ve iki komşumla geleceğim.', 4),
    ('fr', 'Je viens avec mon mari et deux voisines.', 4),
    ('ru', 'Приду с женой и двумя соседями.', 4),
    ('fa', 'با همسرم و دو همسایه‌ام می‌آیم.', 4),
    ('es', 'Iré con mi esposa y dos vecinos.', 4),
    ('tr', 'Eşim ve iki komşum da gelecek.', 4),
    ('bs', 'Dolazim sa ženom i dva komšije.', 4),
    ('el', 'Θα έρθω με τη γυναίκα μου και δύο γείτονες.', 4),
    ('nl', 'Ik kom met mijn vrouw en 2 buren.', 4),  # "en" is "and" here, not the Tanglish "my" after the noun
    ('ta', 'Naanum en 2 pillaigalum varuvom.', 3),
]


@pytest.mark.parametrize("lang,text,count", RELATIVE_AND_GROUP)
def test_a_relative_and_a_counted_group_add_up(lang, text, count):
    got = count_attendees(text, "", [], lang)
    assert got.count == count, got.rule


WRITER_SPOUSE_CHILD = [
    ('am', 'እኔ፣ ባለቤቴና ልጃችን እንመጣለን።', 3),
    ('ti', 'ኣነ፣ ሰብኣየይን ውላድናን ክንመጽእ ኢና።', 3),
    ('so', 'Aniga, ninkayga iyo ilmahayaga ayaa imaan doona.', 3),
    ('ckb', 'من و مێردەکەم و منداڵەکەمان دێین.', 3),
]


@pytest.mark.parametrize("lang,text,count", WRITER_SPOUSE_CHILD)
def test_the_writer_the_spouse_and_their_child_are_three(lang, text, count):
    got = count_attendees(text, "", [], lang)
    assert got.count == count, got.rule


LIST_LINES = [
    ('ti', 'ቁጽሪ 3 በጃኹም', 'weinsberg'),
    ('am', 'ቁጥር 4 እመርጣለሁ', 'brackenheim'),
    ('ti', 'ሰላም፣ ካብቲ ዝለኣኽኩምልና ዝርዝር ቁጽሪ 2 ይሓይሸና', 'neuenstadt'),
    ('am', 'ጤና ይስጥልኝ፣ ከላካችሁልን ዝርዝር ውስጥ ቁጥር 3 ይመቸናል', 'weinsberg'),
]


@pytest.mark.parametrize("lang,text,choice", LIST_LINES)
def test_a_line_of_our_list_named_by_its_number(config, lang, text, choice):
    got = answer(text, LIST_FROM_2, config)
    assert got.choice == choice and not got.ambiguous


MOVES = [
    ('el', 'Παρακαλώ αλλάξτε την εγγραφή μου από 21/9 σε 17/10.'),
    ('so', 'Fadlan ballantayda ka beddel 21/9 una beddel 17/10.'),
    ('bs', 'Molim vas, premjestite me sa 21.9. na 17.10.'),
    ('ti', 'በጃኹም ምዝገባይ ካብ 21/9 ናብ 17/10 ቀይሩለይ።'),
    ('am', 'እባካችሁ ምዝገባዬን ከ 21/9 ወደ 17/10 ቀይሩልኝ።'),
]


@pytest.mark.parametrize("lang,text", MOVES)
def test_a_move_from_one_date_to_another_names_the_new_one(config, lang, text):
    r = read(text, config=config)
    assert (r.action, r.workshop) == ("confirm", "brackenheim"), r.reason
