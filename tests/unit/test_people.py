"""Attendee stage: count_attendees(text, subject, attachment_texts) → how many people, which names."""

from __future__ import annotations

import pytest

from mailbot.understand.people import count_attendees


def count(text: str, subject: str = "", attachments: list[str] | None = None) -> int | None:
    return count_attendees(text, subject, attachments or []).count


def test_default_is_the_sender_alone():
    result = count_attendees("Hiermit melde ich mich für Offenau an.", "Anmeldung", [])
    assert result.count == 1
    assert result.names == []


@pytest.mark.parametrize("text,expected", [
    ("Wir kommen zu zweit.", 2),
    ("Wir kommen zu dritt nach Weinsberg.", 3),
    ("Ich komme mit meiner Frau.", 2),
    ("Ich komme mit meinem Mann und meiner Tochter.", 3),
    ("Anmeldung für 3 Personen", 3),
    ("Wir sind 4 Personen, davon 2 Kinder.", 4),
    ("Ich und zwei Kolleginnen kommen gerne.", 3),
    ("Ich melde mich und zwei Kolleginnen an.", 3),
    ("Wir möchten mit zwei Mitarbeiterinnen teilnehmen.", 2),
    ("Mein Kollege und ich kommen.", 2),
    ("I will come with my wife.", 2),
    ("Eşimle birlikte katılmak istiyorum.", 2),
    ("Нас будет двое.", 2),
    ("Saremo in tre.", 3),
    ("Hiermit melde ich meinen Mann und mich für Offenau an.", 2),
    ("Teilnahme Weinsberg mit Begleitung", 2),
    ("Ich komme mit meiner Begleitung.", 2),
    ("Wir arbeiten mit Partnern aus der Region; ich komme allein.", 1),
    ("My husband and I would like to attend.", 2),
    ("My wife Anna and I will come.", 2),
    ("I will bring a friend.", 2),
    ("Ich bringe meine Nachbarin mit.", 2),
    ("Wir sind ein Verein und kommen mit 6 Leuten.", 6),
    ("Dolazim sa suprugom.", 2),
    ("Dolazim s ženom.", 2),
    ("Mein Sohn (15) und ich möchten am 21.09. kommen.", 2),
    ("Darf ich meine Tochter (12) mitbringen? Ich komme am 19.09.", 2),
    ("Ich komme nicht allein, sondern mit meiner Frau.", 2),
])
def test_counts(text, expected):
    assert count(text) == expected


def test_later_correction_wins():
    text = "Ich hatte 5 Personen angemeldet. Es kommen jetzt nur noch 4 Personen."
    assert count(text) == 4


@pytest.mark.parametrize("text", [
    "Ich komme um 16.45 Uhr mit dem Bus.",
    "Ich habe 2 Fragen zum Workshop.",
    "Ich melde mich für den 19.09. an.",
])
def test_numbers_that_are_not_people(text):
    assert count(text) == 1


def test_numbered_list_of_four_names():
    text = ("Hiermit melden wir folgende Personen an:\n"
            "1. Anna Schmid\n2. Bernd Keller\n3. Carla Nowak\n4. David Ortiz\n")
    result = count_attendees(text, "", [])
    assert result.count == 4
    assert result.names == ["Anna Schmid", "Bernd Keller", "Carla Nowak", "David Ortiz"]


def test_names_after_label():
    result = count_attendees("Namen: Anna Schmid, Bernd Keller, Carla Nowak", "", [])
    assert result.count == 3
    assert result.names == ["Anna Schmid", "Bernd Keller", "Carla Nowak"]


def test_single_name_line_is_not_a_list():
    assert count("Für den Workshop in Offenau:\nAnna Schmid\n") == 1


def test_csv_attachment_rows_are_counted_without_the_header():
    table = "Name;Vorname;Verein\nKrüger;Lena;Brücke e.V.\nDemir;Emre;Brücke e.V.\nWolf;Sven;TSV\n"
    result = count_attendees("Anbei unsere Teilnehmerliste.", "Anmeldung Neuenstadt", [table])
    assert result.count == 3
    assert "3 rows" in result.rule


def test_csv_with_commas():
    table = "name,email\nLena Krüger,lena@example.de\nEmre Demir,emre@example.de\n"
    assert count("Liste anbei", "", [table]) == 2


def test_explicit_number_beats_attachment():
    table = "Name;Vorname\nKrüger;Lena\nDemir;Emre\nWolf;Sven\n"
    assert count("Wir kommen zu zweit, die Liste ist veraltet.", "", [table]) == 2


def test_number_in_subject_when_body_says_nothing():
    assert count("Hiermit melde ich uns an.", "Anmeldung für 2 Personen") == 2


def test_registering_someone_else_who_does_not_come_themselves():
    result = count_attendees("Ich möchte Herrn Ralf Sommer anmelden. Ich selbst kann leider nicht.", "", [])
    assert result.count == 1


def test_registering_colleagues_without_oneself():
    assert count("Ich melde 3 Kolleginnen an, ich selbst komme nicht.") == 3


@pytest.mark.parametrize("text,name", [
    ("Ich möchte Herrn Ralf Sommer anmelden. Ich selbst kann leider nicht.", "Ralf Sommer"),
    ("Bitte melden Sie Frau Elif Kaya für Weinsberg an.", "Elif Kaya"),
    ("Liebe Frau Schneider, bitte melden Sie Herrn Jan Ott für Weinsberg an.", "Jan Ott"),
    ("Ich möchte Frau Meike Lang anmelden, ich selbst bin nicht dabei.", "Meike Lang"),
])
def test_registered_other_person_is_named(text, name):
    result = count_attendees(text, "", [])
    assert result.count == 1
    assert result.names == [name]


@pytest.mark.parametrize("text", [
    "Ich melde mich und Frau Dr. Petra Sommer für Weinsberg an.",
    "Ich melde mich und Jan Ott für Weinsberg an.",
])
def test_me_and_a_named_person(text):
    assert count(text) == 2


def test_my_wife_named_is_a_companion_not_someone_registered_instead_of_me():
    result = count_attendees("Ich möchte mich und meine Frau Anna für den 26.09. anmelden.", "", [])
    assert (result.count, result.names) == (2, [])


def test_named_colleague_and_i():
    assert count("Mein Kollege Jan Ott und ich kommen am 21.09.") == 2
    assert count("Meine Kollegin und ich kommen am 21.09.") == 2
    assert count("Mein Kollege kann nicht, und ich komme allein am 21.09.") == 1


@pytest.mark.parametrize("text,expected", [
    ("Ich komme mit meinen zwei Kindern (4 und 7 Jahre) nach Offenau.", 3),
    ("Mit meinem Sohn und 2 Freunden, alle 10 Jahre alt, komme ich nach Weinsberg.", 4),
    ("Ich bringe meine Tochter mit, sie ist 9 Jahre alt und 2 Monate.", 2),
])
def test_ages_are_no_companions(text, expected):
    """Staff saw 'zwei Kindern (3 und 6 Jahre)' counted as 9: an age is not a head-count."""
    assert count(text) == expected
