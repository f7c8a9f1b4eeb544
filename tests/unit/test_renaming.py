"""Reading other names for a registration from a reply ("statt Herrn X kommt Frau Y"), and not
reading names where "statt"/"instead of" leaves a date or a place."""

import pytest

from mailbot.understand.renaming import Renaming, read_renaming


@pytest.mark.parametrize("text,lang,want", [
    ("Statt Herrn Albers kommt am Dienstag Frau Nora Quast.", "de", Renaming(("Nora Quast",), "Albers", True)),
    ("Frau Nora Quast kommt statt Herrn Albers.", "de", Renaming(("Nora Quast",), "Albers", True)),
    ("Anstelle meiner Tochter kommt mein Neffe Timo.", "de", Renaming(("Timo",), None, True)),
    ("Könnten Sie bitte den Namen auf Frau Dr. Wiebke Sand ändern?", "de", Renaming(("Wiebke Sand",))),
    ("Our neighbour Rosa will come instead of my husband.", "en", Renaming(("Rosa",), None, True)),
    ("Please change the name to Oskar Pell, thank you.", "en", Renaming(("Oskar Pell",))),
    ("oğlum yerine kızım Derya gelecek", "tr", Renaming(("Derya",), None, True)),
    ("Вместо сына придёт мой брат Олег.", "ru", Renaming(("Олег",), None, True)),
])
def test_the_new_person_and_the_one_left(text, lang, want):
    assert read_renaming(text, lang) == want


@pytest.mark.parametrize("text,lang", [
    ("Können wir statt Offenau nach Weinsberg kommen?", "de"),
    ("Ich komme lieber am Donnerstag statt am Dienstag. Gruß Karla Brenz", "de"),
    ("Mein Name ist Karla Brenz und ich komme gern.", "de"),
    ("I'd rather come on Thursday instead of Tuesday, my wife Ana too.", "en"),
    ("Ana will come instead of Tom.", "en"),  # nobody named as a person: not sure enough
    ("Pazartesi yerine salı günü gelebilir miyim?", "tr"),
])
def test_no_names_where_a_date_or_a_place_is_left(text, lang):
    assert read_renaming(text, lang) is None
