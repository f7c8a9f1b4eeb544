"""A question about the booking answering our confirmation, with no workshop and no count in it ("may I
arrive a bit later?", "can I leave at eight?"): staff answer it; we never ask back which date. And the
attribution line of Thunderbird in Polish and Czech ("W dniu … pisze:", "Dne … napsal(a):") starts the
quote, so its date is not read as a wished date."""

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build
from tests.unit.test_unseen_kinds12 import OURS, reply_to_confirmation


@pytest.mark.parametrize("body", [
    "Danke schön. Darf ich auch erst gegen 18 Uhr dazukommen? Ich habe bis halb sechs Dienst.",
    "Thanks! Would it be ok if I come a little late, maybe around 6 pm? I finish work at 5.",
    "Teşekkürler. Biraz geç gelsem olur mu, saat 18 gibi? İşten 17'de çıkıyorum.",
    "Спасибо. Можно ли прийти попозже, примерно в 18 часов? Я работаю до пяти.",
    "Merci. Est-ce que je peux venir un peu plus tard, vers 18h ? Je travaille jusqu'à 17h.",
])
def test_a_question_about_the_booking_goes_to_staff_not_which_date(body):
    r = reply_to_confirmation(body)
    assert r.action == "review"


@pytest.mark.parametrize("attribution", [
    "W dniu 04.09.2023 o 11:20, Landratsamt Heilbronn pisze:",
    "Dne 04.09.2023 v 11:20 Landratsamt Heilbronn napsal(a):",
])
def test_a_thunderbird_attribution_starts_the_quote(attribution):
    body = ("Dziękuję, do zobaczenia.\n\n" + attribution + "\n> Guten Tag,\n> vielen Dank! Sie sind jetzt angemeldet.\n"
            "> Workshop am Dienstag, 26. September 2023, Weinsberg\n")
    r = understand(build(body, subject="Re: Ihre Anmeldung zum Workshop am 26.09.2023", headers=OURS), EVENTS, OFFICE)
    assert "unknown_date" not in r.flags
    assert r.action in ("ignore", "review")
