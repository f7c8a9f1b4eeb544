"""Answers to our own mails, read against the list the sender quoted; "instead of"; head-counts;
short place names; one reference per subject."""

from datetime import datetime, timezone
from email.message import EmailMessage

import pytest

from mailbot.replies import Composer
from mailbot.understand.answers import companions_added, head_count, read_answer
from mailbot.understand.places import find_places

LIST_FROM_2 = ("> 2. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt\n"
               "> 3. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg\n"
               "> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum Brackenheim, Brackenheim\n")
LIST_FROM_1 = ("> 1. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt\n"
               "> 2. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg\n")


def answer(text: str, quoted: str, config):
    m = EmailMessage()
    m["From"] = "kai.brandt@example.org"
    m["Subject"] = "AW: Ihre Anmeldung"
    m.set_content(f"{text}\n\nAm 20.09.2023 um 09:00 schrieb Landratsamt <integration@landratsamt-heilbronn.de>:\n"
                  f"> Guten Tag,\n>\n{quoted}>\n> Freundliche Grüße\n")
    return read_answer(m.as_bytes(), config.events)


@pytest.mark.parametrize("text,quoted,choice", [
    ("2", LIST_FROM_1, "weinsberg"),  # the list as quoted (renumbered), not the four workshops
    ("Hallo,\n\n3\n\nGruß Kai", LIST_FROM_2, "weinsberg"),
    ("Nr. 4 bitte", LIST_FROM_2, "brackenheim"),
    ("numara 2 lütfen", LIST_FROM_2, "neuenstadt"),
    ("номер 3", LIST_FROM_2, "weinsberg"),
    ("Zdravstvujte, nomer 2 pozhalujsta", LIST_FROM_2, "neuenstadt"),  # Russian/Ukrainian in Latin letters
    ("رقم 4", LIST_FROM_2, "brackenheim"),
    ("den zweiten bitte", LIST_FROM_1, "weinsberg"),
    ("Nummer drei bitte", LIST_FROM_2, "weinsberg"),
    ("второто", LIST_FROM_1, "weinsberg"),  # Bulgarian "the second (one)", neuter
    ("第二个吧", LIST_FROM_1, "weinsberg"),  # Chinese "the second one"
])
def test_a_number_means_that_line_of_the_quoted_list(config, text, quoted, choice):
    got = answer(text, quoted, config)
    assert got.choice == choice and not got.ambiguous


def test_an_ordinal_in_a_list_that_starts_at_2_is_ambiguous(config):
    got = answer("Dann nehme ich den dritten Termin.", LIST_FROM_2, config)
    assert got.ambiguous and got.choice is None
    assert answer("den zweiten Termin", LIST_FROM_1, config).choice == "weinsberg"  # from 1: both readings agree


def test_a_number_not_in_the_list_and_counts_are_no_choice(config):
    assert answer("Nummer 1", LIST_FROM_2, config).ambiguous  # no line 1: we ask again
    got = answer("Wir kommen zu 2 Personen", LIST_FROM_2, config)
    assert got.choice is None and got.count == 2
    assert answer("2", "> Sie sind angemeldet.\n", config).choice is None  # nothing numbered quoted


def test_without_a_quote_a_number_means_that_line_of_the_list_we_sent(config):
    m = EmailMessage()
    m["From"] = "kai.brandt@example.org"
    m.set_content("2\n\nGruß Kai")  # the quote deleted
    assert read_answer(m.as_bytes(), config.events, {1: "neuenstadt", 2: "brackenheim"}).choice == "brackenheim"


@pytest.mark.parametrize("text,count", [
    ("Wir kommen zu zweit.", 2), ("leider nur zu zweit, bitte auf 2 Personen ändern", 2),
    ("bitte für 2 Personen", 2), ("we will be two people", 2), ("now it is only me", 1),
    ("iki kişi olacağız", 2), ("мы придём вдвоём", 2), ("ми прийдемо удвох", 2), ("przyjdziemy we dwoje", 2),
    ("سنأتي شخصين", 2), ("bitte 3 Plätze", 3), ("we need two seats", 2), ("ich komme um 2 Uhr", None),
    ("Vielen Dank für die Bestätigung", None), ("у меня один вопрос", None),
    # the number "instead of" leaves is the old one, wherever it stands
    ("Wir wären dann zu fünft statt zu viert.", 5), ("Wir kommen nicht zu dritt, sondern zu zweit.", 2),
    ("We are now 3 people rather than 5.", 3), ("5 kişi yerine 2 kişi olacağız.", 2),
])
def test_head_count(text, count):
    assert head_count(text) == count


@pytest.mark.parametrize("clause,old", [
    ("ich komme lieber am 26.9. statt 19.9.", "19.9."),
    ("ich komme lieber am 26.9. nach Weinsberg statt am 19.9. nach Offenau", "19.9."),
    ("I would rather come on 26 September instead of the 19th", "the 19th"),
    ("19 Eylül yerine 26 Eylül gelmek istiyorum", "19 eylül"),
    ("можна я прийду 17 жовтня замість 21 вересня", "21 вересня"),
    # "not X but Y": the same mechanism (a pattern of the 'instead of' concept marks X)
    ("Wir schaffen es nicht nach Offenau sondern erst nach Brackenheim", "offenau"),
    ("Я буду не 21 сентября, а 26-го", "21 сентября"),
    ("Gelemem 21 Eylül değil 17 Ekim olsun", "21 eylül"),
    ("Prosimy nie 19 września, tylko 17 października", "19 września"),
])
def test_instead_of_names_the_old_one(clause, old):
    """One 'instead of' reading (understand/reading.py with the lexicon concept): what it points at is old."""
    from tests.unit.test_reading import read

    olds = [e["text"].lower() for e in read(clause, subject="AW: Ihre Anmeldung").evidence if e.get("stance") == "old"]
    assert old.lower() in olds
    assert not [e for e in read("Der Workshop findet in Weinsberg statt, ich melde mich an").evidence
                if e.get("stance") == "old"]


def test_short_place_names_are_matched_exactly_or_nearly_and_never_in_a_greeting(config):
    assert find_places("Liebe Grüße\nSabine", config.events) == []  # not the venue "Saline"
    assert find_places("Sabine Ott", config.events) == []
    assert [m.text for m in find_places("Kulturforum Saline", config.events) if "saline" in m.text]
    assert [m.rule for m in find_places("ich komme nach Ofenau", config.events)] == ["misspelt name 'offenau'"]
    assert find_places("Hallo Weinsburg", config.events) == []  # a greeted name, not the misspelt town
    assert find_places("Anmeldung Weinsburg", config.events)  # the misspelt town


def test_one_reference_per_subject(config):
    composer = Composer(config)
    now = datetime(2023, 9, 4, 9, 0, tzinfo=timezone.utc)
    same = composer.compose("received", to="kai.brandt@example.org", now=now, reference="MB-ABCDEF",
                            their_subject="AW: Re: Anmeldung [MB-ABCDEF]")
    assert same.subject == "Re: Anmeldung [MB-ABCDEF]"
    other = composer.compose("received", to="kai.brandt@example.org", now=now, reference="MB-ABCDEF",
                             their_subject="Re: Anmeldung [MB-XYZ234]")
    assert other.subject == "Re: Anmeldung [MB-ABCDEF]"


def test_the_waiting_list_notice_names_the_other_open_dates(config):
    composer = Composer(config)
    text = composer.text("waiting", "de", reference="MB-ABCDEF", workshop="offenau", attendees=1, position=1,
                         options=("offenau", "neuenstadt", "weinsberg", "brackenheim"))
    assert "2. Donnerstag, 21. September 2023" in text and "1. Dienstag, 19. September" not in text



@pytest.mark.parametrize("body,workshop", [
    ("Ich komme lieber am 26.9. statt 19.9.", "weinsberg"),
    ("ich komme lieber am 26.9. nach Weinsberg statt am 19.9. nach Offenau", "weinsberg"),
    ("Können wir statt Offenau nach Weinsberg kommen?", "weinsberg"),
    ("Statt dem 19.9. lieber den 21.9. bitte", "neuenstadt"),
])
def test_a_reply_saying_instead_of_chooses_the_new_one_and_says_so(body, workshop):
    from tests.unit.test_reading import read

    r = read(body, subject="AW: Ihre Anmeldung")
    assert (r.action, r.workshop) == ("confirm", workshop)
    assert r.intent == "change" or "instead_of" in r.flags  # the desk moves the registration


@pytest.mark.parametrize("text,fewer", [
    ("Meine Frau hat Grippe, ich bin aber trotzdem dabei.", True),
    ("Our daughter is sick, the others will still come.", True),
    ("Oğlum hastalandı, ben yine de katılacağım.", True),
    ("Сын заболел, но мы всё равно придём.", True),
    ("Ich war krank, komme aber trotzdem.", False),  # the writer was ill: nobody drops out
    ("Mein Mann ist leider krank.", False),  # nobody is said to still come: not one fewer for sure
])
def test_someone_else_ill_while_the_others_still_come_is_one_fewer(config, text, fewer):
    assert answer(text, LIST_FROM_1, config).one_fewer is fewer


@pytest.mark.parametrize("text,added", [
    ("Could you squeeze in one more person? My neighbour would like to come.", 1),
    ("Bitte tragen Sie noch eine Person ein, mein Bruder kommt mit.", 1),
    ("Zwei weitere Personen möchten mitkommen.", 2),
    ("Bir kişi daha katılmak istiyor.", 1),
])
def test_people_in_addition_are_added_not_a_new_total(text, added):
    """"one more person" raises the count by one; read as a total it would lower it to one."""
    assert head_count(text) is None and companions_added(text) == added


def test_the_first_in_arabic_answers_the_list_but_october_is_a_month(config):
    assert answer("الأول من فضلك", LIST_FROM_1, config).choice == "neuenstadt"
    from mailbot.understand.dates import find_dates
    assert [m.kind for m in find_dates("سنأتي في تشرين الأول", config.events, None)] == ["month"]


@pytest.mark.parametrize("text,comes", [
    ("Ich selbst schaffe es nicht, meine Tochter kommt aber.", True),
    ("Sorry, I'm out, but my son will still come.", True),
    ("Ben katılamıyorum, kızım katılacak.", True),
    ("Я не приду, а дочь придёт.", True),
    ("Mein Sohn kommt leider auch nicht.", False),  # negated: nobody still comes
    ("My wife will not come and neither will I.", False),
])
def test_someone_else_still_comes(text, comes):
    from mailbot.understand.answers import someone_else_comes

    assert someone_else_comes(text) is comes


def test_words_are_read_in_the_mails_language():
    """"ще" is "will" in Bulgarian ("more" in Ukrainian), "hasta" is "until" in Spanish ("ill" in Turkish)."""
    from mailbot.understand.answers import someone_else_kept_away

    assert head_count("Ще бъдем 4 души, идва и сестра ми.", "bg") == 4
    assert head_count("Ще одна людина прийде.", "uk") is None and companions_added("Ще одна людина прийде.", "uk") == 1
    assert not someone_else_kept_away("Mi marido trabaja hasta las seis, pero vendremos de todas formas.", "es")
    assert someone_else_kept_away("Eşim hasta, ben yine de geleceğim.", "tr")


# --- issue 12 (conv15): number words, every script's digits ------------------------------------------

@pytest.mark.parametrize("text,quoted,choice", [
    ("Die Drei, bitte.\nKai", LIST_FROM_2, "weinsberg"),  # a number word alone names that line
    ("Vier passt mir gut", LIST_FROM_2, "brackenheim"),
    ("üç olsun", LIST_FROM_2, "weinsberg"),  # Turkish
    ("два", LIST_FROM_1, "weinsberg"),  # Russian, a list renumbered: its second line
    ("Tôi lấy cái thứ hai", LIST_FROM_1, "weinsberg"),  # Vietnamese "the second one"
    ("４", LIST_FROM_2, "brackenheim"),  # a full-width digit
    ("Nr. ３ bitte", LIST_FROM_2, "weinsberg"),
    ("٢", LIST_FROM_1, "weinsberg"),  # Arabic-Indic
    ("شماره ۳", LIST_FROM_2, "weinsberg"),  # Persian
])
def test_number_words_and_digits_of_any_script_name_a_line_of_our_list(config, text, quoted, choice):
    got = answer(text, quoted, config)
    assert got.choice == choice and not got.ambiguous


@pytest.mark.parametrize("text", [
    "Wir sind zwei Personen",  # a head-count, not a line
    "Vielen Dank, meine zwei Kinder und mein Mann freuen sich schon sehr darauf",  # a long line
])
def test_a_number_word_of_people_or_in_a_long_sentence_is_no_line_of_our_list(config, text):
    assert answer(text, LIST_FROM_2, config).choice is None


@pytest.mark.parametrize("text,count", [
    ("Wir kommen zu ３ Personen", 3),
    ("我们一共４个人", 4),
    ("ما ۳ نفر هستیم", 3),
])
def test_a_head_count_in_full_width_or_persian_digits(text, count):
    assert head_count(text) == count


@pytest.mark.parametrize("text,count", [
    ("Vorerst nur noch ich, 1 Person.", 1),  # "only me" said twice is one person
    ("Samo az, 1 chovek.", 1),
    ("1 Erwachsener, 1 Kind", 2),  # two people listed
])
def test_only_me_beside_one_person_is_one(text, count):
    assert head_count(text) == count


@pytest.mark.parametrize("text", ["Zwei Fragen hätte ich noch:\nGibt es Parkplätze?", "Geht auch drei?"])
def test_a_number_word_opening_a_question_is_no_line_of_our_list(config, text):
    assert answer(text, LIST_FROM_2, config).choice is None
