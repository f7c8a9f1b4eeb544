"""How many people come: kinds of message counted wrong on held-out mail (unseen13), in wording written for
this test, several languages each.

1. "we three", "both of us" said as a group word ("nós os três", "të dy", "wir zu dritt");
2. adults plus one child named by "a/one child" ("2 adulți și un copil", "two adults and one child");
3. a fresh question beside a wish for one named workshop ("my friend and I would come to Offenau; is there
   parking?"): staff see how many would come, nothing is confirmed.
"""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read

GROUP_WORDS: list[tuple[str, int]] = [
    ("Olá, nós os três queremos ir a Brackenheim no dia 17.10.", 3),
    ("Boa tarde, vamos a Weinsberg a 26.09., nós as duas.", 2),
    ("Olá, inscrevam-nos para Neuenstadt, 21.09., nós os quatro.", 4),
    ("Përshëndetje, duam të vijmë në Brackenheim më 17.10. Të tre.", 3),
    ("Mirëdita, na regjistroni për Weinsberg, 26.09., të dy.", 2),
    ("Hallo, wir kommen zu dritt am 17.10. nach Brackenheim.", 3),
]


@pytest.mark.parametrize("text,expected", GROUP_WORDS)
def test_a_group_word_counts_everyone(text, expected):
    r = read(text)
    assert r.action == "confirm"
    assert r.attendees == expected


ONE_CHILD: list[tuple[str, int]] = [
    ("Bună ziua, vrem să venim la Brackenheim pe 17.10., suntem 3 adulți și un copil.", 4),
    ("Salut, ne înscriem pentru Offenau, 19.09.: 2 adulți și 1 copil de 6 ani.", 3),
    ("Hello, please book Brackenheim on 17.10. for two adults and one child.", 3),
    ("Hi, for Offenau on 19.09. we are 1 adult and 1 kid.", 2),
    ("Guten Tag, für Offenau am 19.09. melden wir 2 Erwachsene und ein Kind an.", 3),
]


@pytest.mark.parametrize("text,expected", ONE_CHILD)
def test_adults_and_one_child(text, expected):
    r = read(text)
    assert r.attendees == expected


QUESTION_WITH_WISH: list[tuple[str, int]] = [
    ("Pozdrav, moja kolegica i ja bismo došli u Offenau. Ima li tamo prevodilac za arapski?", 2),
    ("Bonjour, mon voisin et moi viendrions à Offenau. Y a-t-il un interprète en arabe ?", 2),
    ("Olá, eu e a minha irmã iríamos a Brackenheim. Há intérprete para árabe?", 2),
    ("Merhaba, ben ve eşim Brackenheim’a gelmek isteriz. Arapça tercüman var mı?", 2),
]


@pytest.mark.parametrize("text,expected", QUESTION_WITH_WISH)
def test_a_question_beside_a_wish_shows_how_many_would_come(text, expected):
    r = read(text)
    assert r.action == "review"  # a question for staff: nothing confirmed
    assert r.attendees == expected


def test_a_question_naming_nobody_else_gives_no_count():
    r = read("Hello, I would come to Offenau on 19.09. Is there parking nearby?")
    assert r.action in ("review", "confirm")
    assert r.attendees in (None, 1)


# --- 4. a move by reply that names no count: the registration moves with the people it holds ---------

QUOTE = ("\n\nAm 06.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n> vielen Dank! Sie sind jetzt für {n} "
         "Personen angemeldet.\n> Workshop: Workshop zur Fortschreibung des Integrationskonzepts\n"
         "> Datum: Dienstag, 19. September 2023\n> Ort: Kulturforum Saline, Offenau\n")

MOVES: list[tuple[str, int]] = [
    ("Guten Tag, könnten Sie unsere Anmeldung bitte auf den 17.10. nach Brackenheim verlegen? Danke!", 3),
    ("Hello, could you move our booking to Brackenheim on 17 October, please? Thanks.", 2),
    ("Bonjour, pourriez-vous déplacer notre inscription au 17 octobre à Brackenheim ? Merci.", 4),
    ("Здравствуйте, перенесите, пожалуйста, нашу запись на 17 октября в Браккенхайм. Спасибо.", 2),
]


@pytest.mark.parametrize("text,people", MOVES)
def test_a_move_naming_no_count_keeps_the_quoted_count(text, people):
    r = read(text + QUOTE.format(n=people), subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert (r.intent, r.workshop) == ("change", "brackenheim")
    assert r.attendees == people


def test_a_move_that_says_a_new_count_keeps_that_count():
    r = read("Hallo, bitte verlegen Sie uns auf den 17.10. nach Brackenheim, wir sind jetzt nur noch zu zweit."
             + QUOTE.format(n=3), subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert r.attendees == 2


# --- 5. one companion named again in another case ("с дочкой … дочке 15"): once -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Хочу записаться на семинар 26 сентября. Со мной придёт коллега с дочкой (дочке 12 лет).", 3),
    ("Zapisuję się na 26.09. do Weinsberg, przyjdę z bratem i siostrą (siostra ma 16 lat).", 3),
    ("Prijavljujem se za 26.09. u Weinsberg, dolazim sa sestrom i bratom (sestra ima 15 godina).", 3),
    ("Prijavljujem se za 26.09. Dolazi sa mnom sestra i sestrić.", 3),  # sister and nephew: two people
    ("Хочу записаться на семинар 26 сентября. Со мной придут сын и сестра.", 3),
])
def test_a_companion_named_again_in_another_case_counts_once(text, expected):
    assert read(text).attendees == expected


# --- 6. a reply to our confirmation: someone else wants to come too, "please add them" -------------------

CONFIRMED = ("\n\nAm 06.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n> vielen Dank! Sie sind jetzt angemeldet.\n"
             "> Workshop: Workshop zur Fortschreibung des Integrationskonzepts\n> Datum: Donnerstag, 21. September 2023\n"
             "> Ort: Stadthalle, Neuenstadt a. K.\n> Ihre Anmelde-Nummer: MB-QX7K2M\n")


@pytest.mark.parametrize("text", [
    "நன்றி! என் சகோதரியும் வர விரும்புகிறாள், அவளையும் சேர்க்க முடியுமா?",
    "வணக்கம், என் கணவரும் வர விரும்புகிறார். அவரையும் சேர்க்கவும்.",
    "Thank you! My neighbour would like to join too, could you put her on the list as well?",
    "Danke! Mein Kollege möchte auch mitkommen.",
    "Merci ! Mon amie voudrait venir aussi.",
])
def test_one_more_person_added_to_a_confirmed_registration(text):
    r = read(text + CONFIRMED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", 2)


def test_a_tamil_relative_who_cannot_come_adds_nobody():
    r = read("வணக்கம், என் கணவர் வர முடியாது." + CONFIRMED, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert r.action != "confirm" or r.attendees == 1


# --- 7. "I would bring my sister along" (Bosnian, Croatian, Serbian): a wish to come, one more person ------

@pytest.mark.parametrize("text,workshop", [
    ("Zdravo, za Brackenheim 17.10. dovela bih i svoju mamu.", "brackenheim"),
    ("Pozdrav, za Weinsberg 26.09. doveo bih svog brata.", "weinsberg"),
    ("Dobar dan, na radionicu u Offenau bih dovela i kolegicu, ako ima mjesta.", "offenau"),
])
def test_bringing_one_relative_is_a_registration_for_two(text, workshop):
    r = read(text)
    assert (r.action, r.workshop, r.attendees) == ("confirm", workshop, 2)
