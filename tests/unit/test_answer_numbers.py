"""A number in a reply to our which-date list is a line of the list only where the words around it
say so: a short word that introduces a number in one language ("so", Vietnamese "số" typed without
its accent) counts only in mail of that language, so "so 3 of us" is a head-count, not line 3.
And ``mailbot eval`` scores what the desk does with such an answer, not only what the reading named."""

from email.message import EmailMessage

import pytest

from mailbot.evaluate import as_done
from mailbot.understand.answers import read_answer
from mailbot.understand.reading import understand

LIST = ("> Welcher Termin passt für Sie?\n>\n"
        "> 1. Dienstag, 19. September 2023, 16:45–21:00 Uhr, Kulturforum, Offenau\n"
        "> 2. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt\n"
        "> 3. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg\n"
        "> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum, Brackenheim\n>\n"
        "> Bitte schreiben Sie die Nummer.\n")


def reply(text: str, quoted: str = LIST) -> bytes:
    m = EmailMessage()
    m["From"] = "pat.quinlan@example.org"
    m["To"] = "integration@landratsamt-heilbronn.de"
    m["Subject"] = "Re: Ihre Nachricht [MB-K4T7PQ]"
    m["Date"] = "Mon, 04 Sep 2023 12:00:00 +0200"
    m["Message-ID"] = "<answer-1@example.org>"
    m["In-Reply-To"] = "<ask-1@landratsamt-heilbronn.de>"
    m.set_content(f"{text}\n\nAm 04.09.2023 um 09:00 schrieb Landratsamt <integration@landratsamt-heilbronn.de>:\n{quoted}")
    return m.as_bytes()


@pytest.mark.parametrize("text", [
    "Oh sorry, I meant the October one. My son is coming too, so 2 of us.",
    "The one in October please, my partner joins me so 3 of us in total.",
    "Ich meinte den im Oktober, wir kommen so 2 Leute.",
])
def test_so_before_a_count_in_other_languages_is_no_line_of_the_list(config, text):
    raw = reply(text)
    assert read_answer(raw, config.events, {}, "en" if "of us" in text else "de").choice in (None, "brackenheim")
    done = as_done(understand(raw, config.events, config.office), config.events, raw)
    assert done.action != "confirm" or done.workshop == "brackenheim"


@pytest.mark.parametrize("text,choice", [
    ("Chao anh chi, toi chon so 3 nhe. Cam on", "weinsberg"),
    ("Xin chào, tôi chọn số 2. Cảm ơn", "neuenstadt"),
])
def test_vietnamese_so_with_or_without_accent_names_a_line(config, text, choice):
    assert read_answer(reply(text), config.events, {}, "vi").choice == choice


WAITING = ("> Leider ist der Workshop am Donnerstag, 21. September 2023 in Neuenstadt a. K. schon voll.\n"
           "> Sie stehen mit 2 Personen auf der Warteliste.\n>\n"
           "> Für diese Termine können Sie sich noch anmelden:\n"
           "> 1. Dienstag, 19. September 2023, 16:45–21:00 Uhr, Kulturforum, Offenau\n"
           "> 3. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg\n"
           "> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum, Brackenheim\n")


@pytest.mark.parametrize("text", ["Gut, dann Nummer 3, wir sind zu zweit.", "ok then number 3, there will be two of us"])
def test_eval_scores_the_workshop_the_desk_registers(config, text):
    """Answering the waiting-list notice for Neuenstadt with line 3: the desk registers Weinsberg, and
    eval scores Weinsberg, not the full workshop the quoted notice names."""
    raw = reply(text, WAITING)
    done = as_done(understand(raw, config.events, config.office), config.events, raw)
    assert (done.action, done.workshop, done.attendees) == ("confirm", "weinsberg", 2)
