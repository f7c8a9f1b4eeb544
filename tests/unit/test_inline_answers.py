"""An answer written inside our quoted list, under the line it picks ("> 3. …" / "this one" /
"> 4. …"): interleaved replies, as some mail programs and many writers make them. The line above
the answer is the choice; an answer that refuses, asks, counts or points down is no choice."""

from email.message import EmailMessage

import pytest

from mailbot.understand.answers import read_answer

ITEMS = {
    1: "> 1. Dienstag, 19. September 2023, 16:45–21:00 Uhr, Kulturforum, Offenau",
    2: "> 2. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt",
    3: "> 3. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg",
    4: "> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum, Brackenheim",
}


def interleaved(config, marks: dict[int, str], tail: str = "Gruß\nJana Vogt"):
    """Our which-date mail quoted whole, the writer's ``marks`` written under the list lines named."""
    lines = ["Am 12.09.2023 um 10:00 schrieb Landratsamt <integration@landratsamt-heilbronn.de>:",
             "> Guten Tag,", ">", "> bitte antworten Sie mit dem gewünschten Termin:", ">"]
    for n, item in ITEMS.items():
        lines.append(item)
        if n in marks:
            lines += ["", marks[n], ""]
    lines += [">", "> Mit freundlichen Grüßen", "> Landratsamt Heilbronn", "", tail]
    m = EmailMessage()
    m["From"] = "jana.vogt@example.org"
    m["Subject"] = "AW: Ihre Anmeldung – welcher Termin?"
    m.set_content("\n".join(lines) + "\n")
    return read_answer(m.as_bytes(), config.events)


@pytest.mark.parametrize("n,mark,choice", [
    (2, "genau der passt mir", "neuenstadt"),
    (3, "this one please", "weinsberg"),
    (1, "bu olsun, teşekkürler", "offenau"),
    (3, "вот этот", "weinsberg"),
    (2, "ovaj mi odgovara", "neuenstadt"),
    (1, "XXX", "offenau"),
])
def test_a_mark_under_a_line_of_the_list_picks_that_line(config, n, mark, choice):
    got = interleaved(config, {n: mark})
    assert (got.choice, got.ambiguous) == (choice, False), got.rule


@pytest.mark.parametrize("n,mark", [
    (2, "da kann ich leider nicht"),  # refuses this one
    (3, "is this one still free?"),  # asks
    (2, "wir wären 2 Personen"),  # a count, no mark
    (3, "mir passt eher einer von diesen:"),  # points down
    (2, "Ich wollte eigentlich absagen, sorry, ich schaffe es nicht, tut mir leid"),  # long and cancelling
])
def test_a_line_under_an_item_that_refuses_asks_or_counts_picks_nothing(config, n, mark):
    assert interleaved(config, {n: mark}).choice is None


def test_two_marks_inside_the_list_pick_nothing(config):
    assert interleaved(config, {1: "geht", 3: "geht auch"}).choice is None


def test_a_mark_after_the_last_line_is_not_read_as_that_line(config):
    """Under the last line, followed by the quote's closing, the words may answer the whole list."""
    assert interleaved(config, {4: "passt"}).choice is None
