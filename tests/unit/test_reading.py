"""End to end: understand(raw bytes, events, office) → the decision staff and senders see.

Events of the packaged example: offenau 19.09.2023, neuenstadt 21.09.2023, weinsberg 26.09.2023,
brackenheim 17.10.2023; messages are dated in September 2023 unless a test says otherwise.
"""

from __future__ import annotations

import email.message

import pytest

from mailbot.config import load_config
from mailbot.understand.result import Reading
from mailbot.understand.reading import understand

CONFIG = load_config(None)
EVENTS, OFFICE = CONFIG.events, CONFIG.office
OWN = "integration@landratsamt-heilbronn.de"
EARLY = "Mon, 11 Sep 2023 09:15:00 +0200"  # before every event


def build(body: str, subject: str = "Workshop Integrationskonzept",
          sender: str = "Petra Kuhn <petra.kuhn@example.org>", date: str | None = EARLY,
          headers: dict[str, str] | None = None, attachments: list[tuple[str, str]] = ()) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = OWN
    msg["Subject"] = subject
    if date:
        msg["Date"] = date
    msg["Message-ID"] = "<m1@example.org>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    for filename, text in attachments:
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="csv", filename=filename)
    return msg.as_bytes()


def read(body: str, **kw) -> Reading:
    return understand(build(body, **kw), EVENTS, OFFICE)


# --- registrations ------------------------------------------------------------------------------------

def test_clear_registration_is_confirmed():
    r = read("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für den Workshop am 26.09. "
             "in Weinsberg an.\n\nMit freundlichen Grüßen\nPetra Kuhn\n")
    assert (r.intent, r.action, r.workshop) == ("register", "confirm", "weinsberg")
    assert r.attendees == 1
    assert r.names == ["Petra Kuhn"]
    assert r.sender == "petra.kuhn@example.org"
    assert r.language == "de"
    assert any(e.get("kind") == "date" and e["events"] == ["weinsberg"] for e in r.evidence)


def test_registration_with_companion_counts_two():
    r = read("Hallo,\nich komme mit meiner Frau am 21.09. nach Neuenstadt.\nGruß Jonas Brenner",
             sender="Jonas Brenner <jonas.brenner@example.net>")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", 2)


def test_registration_with_name_list():
    r = read("Hallo, wir melden uns für Neuenstadt an:\n1. Anna Schmid\n2. Bernd Keller\n3. Carla Nowak\n\nViele Grüße")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", 3)
    assert r.names == ["Anna Schmid", "Bernd Keller", "Carla Nowak"]


def test_registration_with_csv_attachment():
    table = "Name;Vorname\nKrüger;Lena\nDemir;Emre\nWolf;Sven\nYildiz;Selin\n"
    r = read("Anbei unsere Teilnehmerliste für Brackenheim.\nGruß, Verein Brücke",
             subject="Anmeldung Brackenheim", attachments=[("liste.csv", table)])
    assert (r.action, r.workshop, r.attendees) == ("confirm", "brackenheim", 4)


def test_workshop_named_only_in_subject():
    r = read("Ich melde mich für den Workshop an.", subject="Anmeldung Brackenheim")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_town_in_signature_does_not_choose_the_workshop():
    r = read("Hallo,\nich melde mich für den 21.09. an.\n\nMit freundlichen Grüßen\nSabine Roth\nStadtverwaltung Weinsberg")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


def test_address_with_postcode_does_not_choose_the_workshop():
    r = read("Hallo, ich melde mich für den 17.10. an. Meine Adresse: Hauptstr. 3, 74189 Weinsberg")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_ruled_out_date_and_chosen_date():
    r = read("Am 19.09. kann ich leider nicht, aber am 26.09. komme ich gerne.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


def test_ruled_out_date_then_registration_in_same_sentence():
    r = read("Ich kann am 19.09. leider nicht, melde mich aber für den 26.09. an.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


def test_registration_mentioning_past_holiday():
    r = read("Hallo, ich war im Urlaub und melde mich erst jetzt: ich möchte am 17.10. nach Brackenheim kommen.")
    assert (r.intent, r.action, r.workshop) == ("register", "confirm", "brackenheim")


def test_registration_mentioning_coming_holiday_is_not_an_auto_reply():
    r = read("Hallo,\nich bin bis 15.09. im Urlaub, möchte mich aber schon jetzt für Offenau am 19.09. anmelden.\n"
             "Gruß Timo Fischer", sender="Timo Fischer <timo.fischer@example.de>")
    assert (r.intent, r.action, r.workshop) == ("register", "confirm", "offenau")


def test_the_person_greeted_is_not_registered():
    r = read("Sehr geehrte Frau Müller, hiermit möchte ich mich für Weinsberg anmelden.\nPetra Kuhn")
    assert (r.action, r.workshop, r.attendees, r.names) == ("confirm", "weinsberg", 1, ["Petra Kuhn"])


def test_registering_someone_else_records_that_person():
    r = read("Ich möchte Herrn Ralf Sommer für Weinsberg anmelden. Ich selbst kann leider nicht.")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 1)
    assert r.names == ["Ralf Sommer"]


# --- what needs a clarifying question -------------------------------------------------------------------------

def test_contradiction_between_town_and_date():
    r = read("Hallo,\nich melde mich für Weinsberg am 19.09. an.\nGruß Petra")
    assert r.intent == "register"
    assert r.action == "clarify"
    assert r.workshop is None
    assert "contradiction" in r.flags


def test_two_options_need_clarifying():
    r = read("Hallo,\nich möchte mich anmelden, entweder Offenau oder Brackenheim.\nGruß Petra")
    assert r.action == "clarify"
    assert r.workshop is None
    assert r.candidates == ["brackenheim", "offenau"]
    assert "several_events" in r.flags


def test_weekday_that_fits_three_events_needs_clarifying():
    r = read("Hallo, ich komme am Dienstag.")
    assert r.action == "clarify"
    assert r.candidates == ["brackenheim", "offenau", "weinsberg"]


def test_weekday_that_fits_one_event_is_confirmed():
    r = read("Hallo, ich komme am Donnerstag.")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


def test_date_that_is_no_workshop():
    r = read("Hallo, ich melde mich für den Workshop am 28.09. an.\nGruß Petra")
    assert r.action == "clarify"
    assert r.workshop is None
    assert "unknown_date" in r.flags
    assert "28.09." in r.reason


def test_registration_without_any_event():
    r = read("Hallo,\nich möchte mich gerne anmelden.\nGruß Petra")
    assert r.intent == "register"
    assert r.action == "clarify"
    assert "no_event" in r.flags


@pytest.mark.parametrize("date", ["Mon, 18 Sep 2023 09:15:00 +0200", "Wed, 20 Sep 2023 09:15:00 +0200"])
def test_the_reading_names_the_workshop_before_and_after_it(date):
    # what the mail says does not depend on time: whether Offenau (19.09.) is over is for decide
    r = read("Hallo, ich melde mich für den Workshop in Offenau an.", date=date)
    assert (r.intent, r.action, r.workshop) == ("register", "confirm", "offenau")
    assert "past_event" not in r.flags
    assert r.sent() is not None and r.sent().day == int(date.split()[1])


@pytest.mark.parametrize("body", [
    # only a maybe
    "Ich würde gerne kommen, weiß aber noch nicht, ob es klappt. Vermutlich Weinsberg.",
    "Vielleicht komme ich nach Weinsberg.",
    # the only town named is ruled out
    "Ich melde mich an. Offenau ist mir zu weit.",
    "I'd like to register. Offenau is too far for me.",
    # a list of dates after a negation
    "Ich kann leider nicht am 19.09., am 26.09.",
    "Ich kann leider nicht am 19.09., am 26.09. auch nicht.",
    "Am 19.09., am 21.09. und am 26.09. kann ich nicht.",
])
def test_nothing_to_confirm_yet(body):
    r = read(body)
    assert r.action in ("review", "clarify") and r.workshop is None


# --- questions, cancellations, changes ----------------------------------------------------------------------------

def test_question_without_registration_goes_to_staff():
    r = read("Guten Tag,\nwie lange dauert der Workshop in Weinsberg? Gibt es Unterlagen vorab?\nGruß Petra")
    assert r.intent == "question"
    assert r.action == "review"
    assert r.workshop is None
    assert "question_for_staff" in r.flags


def test_registration_with_parking_question_is_confirmed_and_flagged():
    r = read("Hallo, ich melde mich für Weinsberg an. Gibt es dort Parkplätze?\nGruß Petra")
    assert (r.intent, r.action, r.workshop) == ("register", "confirm", "weinsberg")
    assert "question_for_staff" in r.flags


def test_plain_registration_has_no_staff_flag():
    r = read("Hallo, ich melde mich für Weinsberg an.\nGruß Petra")
    assert "question_for_staff" not in r.flags


def test_cancellation():
    r = read("Hallo, leider muss ich meine Anmeldung für Offenau absagen.\nGruß Petra")
    assert (r.intent, r.action, r.workshop) == ("cancel", "cancel", "offenau")


def test_cancellation_without_naming_the_workshop():
    r = read("Hallo, ich kann leider doch nicht teilnehmen.\nGruß Petra", subject="Abmeldung")
    assert (r.intent, r.action) == ("cancel", "cancel")


@pytest.mark.parametrize("body,workshop", [
    ("Hallo, ich sage meine Teilnahme am 19.09. in Offenau ab.", "offenau"),
    ("Hiermit melde ich mich vom Workshop am 26.09. wieder ab, leider bin ich krank.", "weinsberg"),
    ("Ich möchte meine Anmeldung für den 21.09. zurücknehmen.", "neuenstadt"),
    ("Bitte tragen Sie mich für den 19.09. wieder aus.", "offenau"),
    ("Please remove me from the list for the 19th.", "offenau"),
    ("We can no longer come to Offenau, sorry.", "offenau"),
])
def test_cancellation_with_a_separable_verb_is_no_registration(body, workshop):
    """"Ich sage … ab" and "ich melde mich … ab" contain the words of a registration ("melde mich",
    "Teilnahme"): confirming them would be the worst mistake."""
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("cancel", "cancel", workshop)


@pytest.mark.parametrize("body", [
    "Ich melde mich für den 26.09. ab 17 Uhr an.",
    "Ich melde mich für Weinsberg an. Ab wann ist Einlass?",
])
def test_ab_as_a_preposition_is_no_cancellation(body):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("register", "confirm", "weinsberg")


@pytest.mark.parametrize("body,expected", [
    # separable verbs
    ("Gerne nehme ich am Workshop in Weinsberg teil.", ("register", "confirm", "weinsberg")),
    ("Bitte melden Sie meine Frau für den 19.09. an.", ("register", "confirm", "offenau")),
    ("Bitte tragen Sie mich für den 19.09. ein.", ("register", "confirm", "offenau")),
    # a town without a workshop: ask which
    ("Gerne nehme ich am Workshop in Heilbronn teil.", ("register", "clarify", None)),
    # a reservation asked as a question
    ("Können Sie mich bitte für den 26.09. vormerken?", ("register", "confirm", "weinsberg")),
    # a change: "but" without a comma; a date's full stop that ends a sentence
    ("I registered for Weinsberg but I need to switch to Brackenheim.", ("change", "confirm", "brackenheim")),
    ("Ich kann doch nicht am 19.09. Bitte ummelden auf den 17.10.", ("change", "confirm", "brackenheim")),
    # after a negation, a comma before a preferred or positively said date
    ("Am 19.09. habe ich leider schon einen Termin, am 26.09. passt es.", ("register", "confirm", "weinsberg")),
    ("Der 19.09. passt mir nicht, lieber den 26.09.", ("register", "confirm", "weinsberg")),
    ("Offenau passt mir nicht, lieber Weinsberg.", ("register", "confirm", "weinsberg")),
    # the event asked about, when no other is named; "findet … statt" is no "statt" (instead of)
    ("Ist der Workshop in Offenau barrierefrei? Ich melde mich an.", ("register", "confirm", "offenau")),
    ("Wo genau findet der Workshop in Offenau statt? Ich melde mich hiermit an.", ("register", "confirm", "offenau")),
    # negation words in phrases that say yes
    ("I can't wait to attend the workshop in Weinsberg on 26 September!", ("register", "confirm", "weinsberg")),
    ("Ich möchte den Workshop in Weinsberg auf keinen Fall verpassen und melde mich an.",
     ("register", "confirm", "weinsberg")),
])
def test_one_sentence_requests(body, expected):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == expected


def test_change_from_weinsberg_to_offenau():
    r = read("Hallo, bitte ändern Sie meine Anmeldung von Weinsberg auf Offenau.\nGruß Petra")
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "offenau")
    assert r.previous_workshop == "weinsberg"


def test_change_expressed_with_wechseln():
    r = read("Hallo, ich bin für Weinsberg angemeldet, möchte aber auf Offenau wechseln.\nGruß Petra")
    assert (r.intent, r.action, r.workshop) == ("change", "confirm", "offenau")


# --- replies to our clarifying question ----------------------------------------------------------------------------

QUOTE = ("Am 12.09.2023 um 10:14 schrieb Integration Landratsamt <integration@landratsamt-heilbronn.de>:\n"
         "> Bitte nennen Sie uns Ihren Wunschtermin:\n"
         "> 1. Offenau 19.09.\n> 2. Neuenstadt 21.09.\n> 3. Weinsberg 26.09.\n> 4. Brackenheim 17.10.\n")


def test_top_posted_reply_to_our_question():
    r = read("Dann bitte Weinsberg.\n\n" + QUOTE, subject="Re: Ihre Anmeldung",
             date="Tue, 12 Sep 2023 11:00:00 +0200", headers={"In-Reply-To": "<c1@landratsamt-heilbronn.de>"})
    assert (r.action, r.workshop) == ("confirm", "weinsberg")
    assert r.new_text == "Dann bitte Weinsberg."


def test_bottom_posted_position_in_our_list():
    r = read(QUOTE + "\nNummer 2 bitte.", subject="Re: Ihre Anmeldung",
             date="Tue, 12 Sep 2023 11:00:00 +0200", headers={"In-Reply-To": "<c1@landratsamt-heilbronn.de>"})
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


def test_dates_in_our_quoted_mail_are_not_the_senders_choice():
    r = read("Ja, ich komme gerne zum letzten Termin.\n\n" + QUOTE, subject="Re: Ihre Anmeldung",
             date="Tue, 12 Sep 2023 11:00:00 +0200", headers={"In-Reply-To": "<c1@landratsamt-heilbronn.de>"})
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


# --- robots and broken input ----------------------------------------------------------------------------------------

def test_auto_reply_by_header_is_ignored():
    r = read("Vielen Dank für Ihre Nachricht. Ich bin bis 25.09. nicht im Büro.",
             subject="Automatische Antwort: Workshop", headers={"Auto-Submitted": "auto-replied"})
    assert (r.intent, r.action) == ("auto_reply", "ignore")
    assert r.workshop is None


def test_auto_reply_without_headers_is_ignored():
    r = read("Vielen Dank für Ihre Nachricht.\nIch bin bis einschließlich 29.09.2023 nicht im Büro. "
             "Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
             "meine Kollegin.", subject="Re: Workshop")
    assert (r.intent, r.action) == ("auto_reply", "ignore")


def test_own_mail_is_ignored():
    r = read("Wir bestätigen Ihre Anmeldung für Weinsberg.", sender=f"Integration <{OWN}>")
    assert (r.intent, r.action) == ("own", "ignore")


def test_bulk_mail_is_ignored():
    r = read("Unser Newsletter: Workshop in Weinsberg am 26.09.!", sender="Verein Brücke <info@verein.example>",
             headers={"List-Unsubscribe": "<mailto:off@verein.example>"})
    assert (r.intent, r.action) == ("bulk", "ignore")
    assert r.workshop is None


def test_newsletter_from_news_address_is_bulk_not_bounce():
    r = read("Unser Newsletter: Workshop in Weinsberg am 26.09.!", sender="Newsletter <news@verein.example>",
             headers={"List-Unsubscribe": "<mailto:off@verein.example>"})
    assert (r.intent, r.action) == ("bulk", "ignore")


@pytest.mark.parametrize("body,subject", [
    ("Merhaba,\n\n25.09.2023 tarihine kadar izindeyim. Döndüğümde e-postanıza cevap vereceğim.\n"
     "Acil durumlarda lütfen Ayşe Kaya ile iletişime geçiniz.\n\nSaygılarımla\nOrhan Demir", "YNT: Workshop"),
    ("Здравствуйте!\n\nНовые клиенты каждый день: базы клиентов и рассылки по всей Германии.\n"
     "Чтобы отписаться, ответьте СТОП.", "Клиенты для вашего бизнеса"),
])
def test_out_of_office_and_spam_without_headers_are_never_answered(body, subject):
    r = read(body, subject=subject)
    assert r.action == "ignore"


@pytest.mark.parametrize("raw", [b"\x00\xff", b"", b"\xff\xfe\xfd kein Mailkopf", b"From: x\n\n" + b"\x00" * 10])
def test_garbage_never_raises_and_goes_to_review(raw):
    r = understand(raw, EVENTS, OFFICE)
    assert r.action == "review"
    assert r.workshop is None


def test_missing_date_still_confirms_and_notes_it():
    r = read("Ich melde mich für Offenau an.", date=None)
    assert (r.action, r.workshop) == ("confirm", "offenau")
    assert any("Date" in f for f in r.flags)


def test_reading_is_serialisable():
    d = read("Ich melde mich für Offenau an.").to_dict()
    assert d["workshop"] == "offenau" and d["action"] == "confirm"


# --- language -----------------------------------------------------------------------------------------------------

def test_english_message():
    r = read("Hello,\nI would like to register for the workshop in Brackenheim on 17 October.\n"
             "Best regards,\nJohn Miller", sender="John Miller <john.miller@example.com>")
    assert r.language == "en"
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_turkish_message():
    r = read("Merhaba,\n19 Eylül'de Offenau'daki çalıştaya katılmak istiyorum.\nSaygılarımla\nAyşe Yılmaz",
             sender="Ayşe Yılmaz <ayse.yilmaz@example.com>")
    assert r.language == "tr"
    assert (r.action, r.workshop) == ("confirm", "offenau")


def test_arabic_message():
    r = read("مرحبا،\nأريد التسجيل في ورشة العمل في أوفيناو يوم 19 سبتمبر.\nشكرا\nعمر حداد",
             sender="Omar Haddad <omar.haddad@example.com>")
    assert r.language == "ar"
    assert (r.action, r.workshop) == ("confirm", "offenau")


def test_english_question_keeps_language_and_goes_to_staff():
    r = read("Hello, is there parking at the venue in Weinsberg?\nThanks, John",
             sender="John Miller <john.miller@example.com>")
    assert r.language == "en"
    assert (r.intent, r.action) == ("question", "review")
