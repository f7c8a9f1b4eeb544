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
    # the other languages, as everyday speakers write it
    ("Al posto di mia figlia verrà mio nipote Luca.", "it", Renaming(("Luca",), None, True)),
    ("En lugar de mi hermana vendrá mi vecina Carmen Ortiz.", "es", Renaming(("Carmen Ortiz",), None, True)),
    ("Merci de mettre l'inscription au nom de Paul Girard.", "fr", Renaming(("Paul Girard",))),
    ("No lugar do meu filho vai o meu sobrinho Tiago.", "pt", Renaming(("Tiago",), None, True)),
    ("Proszę zmienić nazwisko na Kowalczyk.", "pl", Renaming(("Kowalczyk",))),
    ("În locul fiicei mele va veni nepotul meu Andrei.", "ro", Renaming(("Andrei",), None, True)),
    ("Umjesto sina dolazi moja kći Petra.", "hr", Renaming(("Petra",), None, True)),
    ("Kaydı Emre Koç adına çevirebilir misiniz?", "tr", Renaming(("Emre Koç",))),
    ("A fiam helyett a barátnőm, Tóth Réka jön.", "hu", Renaming(("Tóth Réka",), None, True)),
    ("Αντί για τη μητέρα μου θα έρθει ο γιος μου Νίκος.", "el", Renaming(("Νίκος",), None, True)),
    ("Вместо колежката ми ще дойде брат ми Иван.", "bg", Renaming(("Иван",), None, True)),
    ("Në vend të djalit do të vijë vajza ime Arta.", "sq", Renaming(("Arta",), None, True)),
    # "in my place": the name after the words, or before them
    ("Leider bin ich verhindert; an meiner Stelle nimmt Herr Jonas Ruf teil.", "de", Renaming(("Jonas Ruf",))),
    ("Unfortunately I'm away, so our intern Lily Chen will take my place.", "en", Renaming(("Lily Chen",))),
    ("Je suis malade, c'est mon voisin Paul Henry qui ira à ma place.", "fr", Renaming(("Paul Henry",))),
    ("Mi hermano Diego Ruiz irá en mi lugar.", "es", Renaming(("Diego Ruiz",))),
    # scripts without capitals: the words right after "in the name of" / "the name to"
    ("أرجو تسجيل المقعد باسم ليلى حسن، شكرا", "ar", Renaming(("ليلى حسن",))),
    ("لطفا ثبت نام را به نام علی کریمی بکنید", "fa", Renaming(("علی کریمی",))),
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
    ("Preferirei venire a Weinsberg al posto di Offenau.", "it"),
    ("À la place du 19 septembre, je viendrai le 26.", "fr"),
    ("Az Offenau helyett inkább Weinsberg lenne jó.", "hu"),
])
def test_no_names_where_a_date_or_a_place_is_left(text, lang):
    assert read_renaming(text, lang) is None
