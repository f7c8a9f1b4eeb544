"""Companions said as "with me comes …" (Ukrainian, Russian, Persian, Dari, Sorani, Tigrinya), two
companions each with "with" (Amharic "ከ… እና ከ… ጋር"), "my brother and his wife" in Persian/Dari;
and a "thanks in advance" line above the signature is no second name (a list of names counts
people, a closing does not)."""

import pytest

from mailbot.understand.people import count_attendees, name_list
from mailbot.understand.text import normalise


@pytest.mark.parametrize("text,lang,people", [
    ("Добрий вечір, зі мною прийде ще мій брат.", "uk", 2),
    ("Здравствуйте, со мной будет ещё сестра.", "ru", 2),
    ("سلام، با من خواهرم هم می‌آید.", "fa", 2),
    ("سلام، با من پسرم و خانمش هم میایند.", "prs", 3),
    ("سڵاو، لەگەڵ هاوکارێکم دێم.", "ckb", 2),
    ("ሰላም፣ ምሳይ ሓብተይ ክትመጽእ እያ።", "ti", 2),
    ("ሰላም፣ ከእህቴ እና ከእናቴ ጋር እመጣለሁ።", "am", 3),
])
def test_with_me_comes_a_relative_counts_them(text, lang, people):
    assert count_attendees(normalise(text), "", [], lang).count == people


@pytest.mark.parametrize("closing,name,lang", [
    ("Vielen Dank im Voraus", "Greta Sommer", "de"),
    ("Merci d'avance", "Lucie Marchand", "fr"),
    ("Muchas gracias de antemano", "Pilar Ortega", "es"),
    ("Grazie anticipatamente", "Marco Ferri", "it"),
    ("Multumesc anticipat", "Dan Ionescu", "ro"),
    ("Hvala unaprijed", "Marija Kos", "hr"),
    ("Şimdiden sağ olun", "Emre Aslan", "tr"),
    ("Előre is köszönöm", "Tóth Eszter", "hu"),
])
def test_thanks_in_advance_above_the_signature_is_no_name(closing, name, lang):
    text = f"Ich melde mich für den 26.09. an.\n\n{closing}\n{name}"
    assert name_list(text) == []
    assert count_attendees(normalise(text), "", [], lang).count == 1
