"""Answers to our numbered list that keep only a part of it (issue 12, table26): the one line the
writer picked, with a word of their own; a mark under the last line of the list, where our quoted
mail goes on below it; and an ordinal word that is one only in another language ("son", Turkish
for "the last", is a son in English)."""

from email.message import EmailMessage

import pytest

from mailbot.understand.answers import read_answer
from mailbot.understand.dates import find_dates

LINES = {
    1: "1. Dienstag, 19. September 2023, 16:45–21:00 Uhr, Kulturforum, Offenau",
    2: "2. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt",
    3: "3. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg",
    4: "4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum, Brackenheim",
}
SENT = {1: "offenau", 2: "neuenstadt", 3: "weinsberg", 4: "brackenheim"}


def _mail(body: str) -> bytes:
    m = EmailMessage()
    m["From"] = "kim.doe@example.org"
    m["Subject"] = "Re: Termin [MB-ABC123]"
    m["In-Reply-To"] = "<x@landratsamt-heilbronn.de>"
    m.set_content(body)
    return m.as_bytes()


@pytest.mark.parametrize("body,lang,choice", [
    ("Den da:\n> " + LINES[3] + "\n\nDanke", "de", "weinsberg"),
    ("> " + LINES[1] + "\n\nthat one for me thanks", "en", "offenau"),
    ("Bunu istiyorum\n\n> " + LINES[2], "tr", "neuenstadt"),
    ("> " + LINES[4] + "\n\nвот это нам подходит", "ru", "brackenheim"),
    ("Questa qui\n> " + LINES[2] + "\nsaluti", "it", "neuenstadt"),
])
def test_the_one_line_of_our_list_kept_in_the_answer_is_the_choice(config, body, lang, choice):
    got = read_answer(_mail(body), config.events, SENT, lang)
    assert got.choice == choice, got.rule


@pytest.mark.parametrize("body,lang", [
    ("> " + LINES[3] + "\n\ndieser geht bei uns leider nicht", "de"),  # refuses the line kept
    ("> " + LINES[1] + "\n\nis this one still free?", "en"),  # asks
    ("> " + LINES[2] + "\n\nbiz 2 kişi olacağız, hangisi olur?", "tr"),  # a count and a question
])
def test_a_kept_line_beside_a_refusal_a_question_or_a_count_is_no_choice(config, body, lang):
    assert read_answer(_mail(body), config.events, SENT, lang).choice is None


def test_a_list_of_one_line_quoted_whole_is_no_choice_by_itself(config):
    """Our list had that one line only: keeping it is no choice, "ok" is no answer."""
    body = "ok danke\n\n> " + LINES[4]
    assert read_answer(_mail(body), config.events, {1: "brackenheim"}, "de").choice is None


def _under_last(mark: str) -> bytes:
    rest = ["> Welcher Termin passt für Sie?", "> Bitte schreiben Sie die Nummer.", ">", "> Freundliche Grüße"]
    lines = ["> Guten Tag,", ">", *("> " + LINES[n] for n in (1, 2, 3, 4)), "", mark, "", ">", *rest]
    return _mail("\n".join(lines) + "\n")


@pytest.mark.parametrize("mark,lang", [
    ("ich nehm den hier", "de"),
    ("this one for us", "en"),
    ("ovaj molim", "hr"),
    ("αυτο θελω", "el"),
    ("cái này ạ", "vi"),
    ("este para mi", "es"),
])
def test_a_pointing_mark_under_the_last_line_of_the_list_picks_it(config, mark, lang):
    got = read_answer(_under_last(mark), config.events, SENT, lang)
    assert got.choice == "brackenheim", got.rule


@pytest.mark.parametrize("mark,lang", [("passt", "de"), ("ok fine", "en"), ("tamam", "tr")])
def test_a_word_under_the_last_line_that_points_at_nothing_picks_nothing(config, mark, lang):
    assert read_answer(_under_last(mark), config.events, SENT, lang).choice is None


@pytest.mark.parametrize("text,lang", [
    ("I would like to come with my son.", "en"),
    ("Je viens avec son mari et son fils.", "fr"),
    ("Mis hijos son.", "es"),
])
def test_son_is_no_ordinal_outside_turkish(config, text, lang):
    assert not [m for m in find_dates(text, config.events, None, lang) if m.kind == "ordinal"]


@pytest.mark.parametrize("text", ["son olsun.", "sonuncusu lütfen."])
def test_son_is_the_last_in_turkish(config, text):
    got = [m for m in find_dates(text, config.events, None, "tr") if m.kind == "ordinal"]
    assert got and got[0].events == frozenset({"brackenheim"})


def test_son_answering_our_list_in_english_is_no_choice(config):
    body = "my son comes too\n\n> " + "\n> ".join(LINES.values())
    assert read_answer(_mail(body), config.events, SENT, "en").choice is None


@pytest.mark.parametrize("mark,lang,choice", [
    ("die dritte wäre gut", "de", "weinsberg"),
    ("this one is full? then the second", "en", None),
    ("ovaj ne, drugi", "hr", None),
])
def test_an_answer_under_the_last_line_that_names_a_line_itself_is_not_read_as_the_last(config, mark, lang, choice):
    got = read_answer(_under_last(mark), config.events, SENT, lang)
    assert got.choice != "brackenheim" and (choice is None or got.choice == choice), got.rule
