"""One or two words answering our numbered list of dates that name a weekday in the writer's language
("joi", "czwartek", "perşembe", "الخميس", "πέμπτη"), also without diacritics ("ctvrtek", "stvrtok"):
the line whose workshop falls on that weekday when exactly one does (Neuenstadt, the one Thursday). A
weekday three lines share ("Dienstag", "salı", "marti") is asked again, never taken as thanks and ignored."""

import pytest

from tests.unit.test_unseen_kinds12 import done_answering_list


@pytest.mark.parametrize("body", [
    "Donnerstag", "donerstag bitte", "Thursday", "joi", "joia", "perşembe", "persembe", "четверг", "czwartek",
    "četvrtak", "cetvrtak", "jeudi", "giovedi", "jueves", "quinta", "quinta-feira", "πέμπτη", "ΠΕΜΠΤΗ",
    "الخميس", "خميس", "پنجشنبه", "четвер", "четвъртък", "čtvrtek", "ctvrtek", "štvrtok", "stvrtok",
    "csütörtök", "csutortok", "donderdag", "e enjte", "pêncşem", "پێنجشەممە", "星期四", "ሓሙስ", "جمعرات",
    "thứ năm", "thu nam",
])
def test_a_weekday_only_one_line_falls_on_chooses_that_line(body):
    r = done_answering_list(body)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


@pytest.mark.parametrize("body", [
    "Dienstag", "Tuesday", "martes", "salı", "wtorek", "вторник", "marti", "mardi", "martedì", "terça",
    "utorak", "Τρίτη", "الثلاثاء", "سه شنبه", "Dienstag bitte",
])
def test_a_weekday_several_lines_fall_on_is_asked_again(body):
    r = done_answering_list(body)
    assert r.action == "clarify"
