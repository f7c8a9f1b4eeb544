"""Numbers that are no workshop date: a file or case number ("Az. 19/09", "Vorgang 21-09", "ref 17/10-2023")
beside a real wish or alone never picks a workshop (the abbreviation's full stop once ended the sentence and
left the number a date: a wrong confirmation). And "next week" where no workshop falls in the week after the
mail's Date: picks none; where a condition hangs on that week ("if there is one next week, I'd come") we ask
which date, with our list, since the condition cannot hold."""

import pytest

from mailbot.evaluate import as_done
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read

EARLY_OCTOBER = "Wed, 04 Oct 2023 09:00:00 +0200"  # the week after has no workshop
MID_OCTOBER = "Wed, 11 Oct 2023 09:00:00 +0200"  # the week after holds Brackenheim (Tue 17 Oct)


@pytest.mark.parametrize("body,workshop", [
    ("Guten Tag, Az. 19/09, ich melde mich für den 21.9. in Neuenstadt an.", "neuenstadt"),
    ("Hello, ref 17/10-2023, I'd like to sign up for the 26th in Weinsberg.", "weinsberg"),
    ("Bonjour, réf. 19/09, je m'inscris pour le 26 septembre.", "weinsberg"),
    ("Sehr geehrte Damen und Herren, Aktenzeichen 2609/23. Hiermit melde ich mich für Neuenstadt am 21.09. an.", "neuenstadt"),
    ("Merhaba, dosya no 17/10, 26 Eylül'e katılmak istiyorum.", "weinsberg"),
    ("Goedendag, ons kenmerk 19/09, ik wil me aanmelden voor 26 september.", "weinsberg"),
    ("Buongiorno, rif. 19/09, vorrei iscrivermi per il 21 settembre.", "neuenstadt"),
])
def test_a_file_number_beside_a_wish_is_no_date(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body", [
    "Guten Tag, unser Az. 19/09. Mit freundlichen Grüßen",
    "Ref 17/10-2023",
    "Hallo, ich möchte mich anmelden, Vorgang 21-09.",
    "Hello, I want to register, our reference 17/10-2023.",
    "Merhaba, kayıt olmak istiyorum, dosya no: 19/09.",
    "Dobrý den, chci se přihlásit, č.j. 19/09.",
])
def test_a_file_number_alone_picks_no_workshop(body):
    r = read(body)
    assert r.action != "confirm" and r.workshop is None


@pytest.mark.parametrize("body", [
    "Hallo, ich möchte mich für nächste Woche anmelden.",
    "Hi, I'd like to join the workshop next week.",
    "Bonjour, je voudrais venir la semaine prochaine à l'atelier.",
    "Merhaba, gelecek hafta atölyeye katılmak istiyorum.",
    "Здравствуйте, хочу прийти на следующей неделе.",
    "Dzień dobry, chcę przyjść w przyszłym tygodniu.",
    "Hallo, wenn nächste Woche noch was frei ist, komme ich gerne.",
    "Hi, if there is a session next week I would like to come.",
    "Hallo, ist nächste Woche ein Workshop? Dann würde ich gerne kommen.",
])
def test_next_week_without_a_workshop_in_it_is_asked_back(body):
    raw = build(body, date=EARLY_OCTOBER)
    r = as_done(understand(raw, EVENTS, OFFICE), EVENTS, raw)
    assert r.action == "clarify" and r.workshop is None


@pytest.mark.parametrize("body", [
    "Hallo, ich möchte mich für nächste Woche anmelden.",
    "Hi, I'd like to join the workshop next week.",
    "Merhaba, gelecek hafta atölyeye katılmak istiyorum.",
])
def test_next_week_with_one_workshop_in_it_is_that_workshop(body):
    r = read(body, date=MID_OCTOBER)
    assert (r.action, r.workshop) == ("confirm", "brackenheim")
