"""Safety gates of the understanding: no confirmation, cancellation or workshop on a reading
that the text does not support. Each kind of message in several wordings and languages; none of
these sentences is in a corpus."""

from __future__ import annotations

import pytest

from test_reading import read


@pytest.mark.parametrize("body", [
    "Gibt es vor Ort eine Betreuung für Kleinkinder? Ich habe einen Sohn (4) und könnte sonst nicht kommen.",
    "Wer tagsüber arbeitet, kann an diesen Terminen nicht teilnehmen. Warum nicht am Wochenende?",
    "Wer Schicht arbeitet, kann nicht kommen. Das finde ich schade.",
    "Anyone who works late cannot attend these sessions, which is a pity.",
    "Kann man sich eigentlich auch wieder abmelden, falls etwas dazwischenkommt?",
])
def test_no_cancellation_where_the_sender_does_not_cancel(body):
    assert read(body).action != "cancel"


@pytest.mark.parametrize("body", [
    "Hiermit sage ich meine Teilnahme am 19.09. ab.",
    "Kann leider doch nicht kommen, bitte streichen Sie mich für den 26.09.",
    "Unfortunately I can no longer attend on 21 September.",
])
def test_a_plain_cancellation_still_cancels(body):
    assert read(body).action == "cancel"


@pytest.mark.parametrize("body, new, old", [
    ("Könnten Sie mich bitte statt Brackenheim für Offenau eintragen?", "offenau", "brackenheim"),
    ("Ich nehme lieber den 21.09. anstatt des 17.10.", "neuenstadt", "brackenheim"),
    ("Bitte melden Sie uns statt am 26.09. in Weinsberg doch am 17.10. an.", "brackenheim", "weinsberg"),
    ("Please put me down for Neuenstadt instead of Offenau.", "neuenstadt", "offenau"),
    ("Offenau yerine Neuenstadt'a katılmak istiyorum.", "neuenstadt", "offenau"),
    ("Je préfère venir à Brackenheim au lieu de Weinsberg.", "brackenheim", "weinsberg"),
])
def test_instead_of_leaves_the_named_workshop_and_takes_the_other(body, new, old):
    r = read(body)
    assert (r.action, r.workshop, r.previous_workshop) == ("confirm", new, old)


@pytest.mark.parametrize("body, want", [
    ("Ich wohne in Brackenheim, möchte aber am 26.09. nach Weinsberg kommen.", "weinsberg"),
    ("Wir sind vom Offenauer Heimatverein und melden uns für den 21.09. an.", "neuenstadt"),
    ("I live in Neuenstadt but would like to attend in Weinsberg.", "weinsberg"),
    ("Brackenheim'da oturuyorum, 19 Eylül'de gelmek istiyorum.", "offenau"),
])
def test_a_town_that_is_no_wish_does_not_choose_the_workshop(body, want):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", want)


@pytest.mark.parametrize("body", [
    "Bezug: Rechnung Nr. 1909/23. Ich melde mich für den Workshop in Weinsberg an.",
    "Unser Aktenzeichen 17/10 - wir melden eine Mitarbeiterin für den Workshop in Weinsberg an.",
])
def test_file_and_invoice_numbers_are_no_dates(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


def test_a_date_before_a_colon_is_read():
    r = read("Zum Workshop am 21.09.: Herr Anton Vogel und Frau Lea Vogel.\nMit freundlichen Grüßen")
    assert r.workshop == "neuenstadt" or r.candidates == ["neuenstadt"]


def test_a_day_and_month_after_a_preposition_is_no_head_count():
    r = read("Здравствуйте! Перепишите меня, пожалуйста, с 21 сентября на 17 октября.")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "brackenheim", 1)


@pytest.mark.parametrize("body", [
    "Ich würde am 21.09. kommen, falls es dort einen Dolmetscher für Arabisch gibt, sonst leider nicht.",
    "Anmeldung für Weinsberg – aber nur wenn es einen Aufzug gibt, ich sitze im Rollstuhl.",
    "Count me in for 17 October, but only if there is childcare on site.",
    "Wir melden uns für den 19.09. an, sofern eine Übersetzung ins Türkische angeboten wird.",
])
def test_a_conditional_registration_is_not_confirmed(body):
    r = read(body)
    assert r.action == "review" and "conditional" in r.flags


def test_a_polite_if_possible_is_no_condition():
    assert read("Ich möchte mich, wenn möglich, für den 26.09. anmelden.").action == "confirm"


@pytest.mark.parametrize("body", [
    "Ich nehme am 21.09. teil, mein Mann würde gern am 17.10. kommen.",
    "Please register me for the 19th of September. My colleague Tom would rather join Weinsberg on the 26th.",
])
def test_two_people_for_two_workshops_go_to_staff(body):
    r = read(body)
    assert r.action == "review" and "two_people" in r.flags


@pytest.mark.parametrize("body", [
    "Heilbronn, den 04.08.2023\n\nHiermit melde ich mich für den Workshop in Neuenstadt an.",
    "Ich melde mich für Neuenstadt an. Die Rechnung vom 12.07. hatte ich schon bezahlt.",
])
def test_a_date_beside_the_request_that_is_no_workshop_does_not_block(body):
    r = read(body, date="Mon, 14 Aug 2023 10:00:00 +0200")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


def test_a_date_that_is_no_workshop_in_the_request_is_asked_about():
    r = read("Ich melde mich für den 20.09. an.")
    assert r.action == "clarify" and "unknown_date" in r.flags


@pytest.mark.parametrize("body, new, old", [
    ("Bitte streichen Sie mich für den 26.09. und tragen Sie mich für den 17.10. ein.", "brackenheim", "weinsberg"),
    ("Den Termin in Offenau muss ich absagen. Bitte melden Sie mich dafür für Neuenstadt an.", "neuenstadt", "offenau"),
    ("Am 21.09. kann ich doch nicht, sondern erst am 26.09.", "weinsberg", "neuenstadt"),
    ("Please cancel my place on 19 September and sign me up for 17 October instead.", "brackenheim", "offenau"),
])
def test_cancel_and_book_again_is_a_change(body, new, old):
    r = read(body)
    assert (r.action, r.intent, r.workshop, r.previous_workshop) == ("confirm", "change", new, old)


@pytest.mark.parametrize("body, want", [
    ("Leider muss ich meine Anmeldung für den 21.09. stornieren.", "neuenstadt"),
    ("I'm afraid I have to withdraw my registration for Brackenheim.", "brackenheim"),
    ("19 Eylül kaydımı iptal etmek istiyorum, katılamayacağım.", "offenau"),
])
def test_a_cancellation_naming_its_own_registration_stays_a_cancellation(body, want):
    r = read(body)
    assert (r.action, r.workshop) == ("cancel", want)


def _calendar_answer(subject: str, method: str | None) -> bytes:
    import email.message
    msg = email.message.EmailMessage()
    msg["From"] = "Jonas Weber <jonas.weber@example.net>"
    msg["To"] = "integration@landratsamt-heilbronn.de"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 12 Sep 2023 08:00:00 +0200"
    msg["Message-ID"] = "<cal1@example.net>"
    msg.set_content("Jonas Weber hat diese Einladung angenommen.\nWorkshop am 26.09.2023 in Weinsberg")
    if method:
        ics = ("BEGIN:VCALENDAR\r\nMETHOD:%s\r\nBEGIN:VEVENT\r\nSUMMARY:Workshop Weinsberg\r\n"
               "DTSTART:20230926T164500\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:jonas.weber@example.net\r\n"
               "END:VEVENT\r\nEND:VCALENDAR\r\n") % method
        msg.add_alternative(ics, subtype="calendar", params={"method": method})
    return msg.as_bytes()


@pytest.mark.parametrize("subject, method", [
    ("Angenommen: Workshop Integrationskonzept Weinsberg", None),
    ("Accepted: Workshop 26 September", "REPLY"),
    ("Workshop Weinsberg", "REPLY"),
    ("Kabul edildi: Workshop Weinsberg", None),
])
def test_a_calendar_answer_is_never_confirmed_nor_answered(subject, method):
    from test_reading import EVENTS, OFFICE
    from mailbot.understand.reading import understand
    r = understand(_calendar_answer(subject, method), EVENTS, OFFICE)
    assert (r.action, r.intent) == ("ignore", "auto_reply")


def test_a_web_form_relayed_from_noreply_answers_the_person_in_reply_to():
    r = read("Name: Aylin Demir\nNachricht: Ich möchte am 21.09. in Neuenstadt teilnehmen.",
             sender="Kontaktformular <noreply@forms.example.org>", headers={"Reply-To": "aylin.demir@example.com"})
    assert (r.action, r.workshop, r.sender) == ("confirm", "neuenstadt", "aylin.demir@example.com")


def test_a_noreply_notification_without_a_person_stays_ignored():
    r = read("Ihr Paket wird morgen zugestellt.", sender="noreply@shop.example.org",
             headers={"Reply-To": "noreply@shop.example.org"})
    assert r.action == "ignore"


def test_the_earliest_workshop_is_read_against_the_mails_date():
    r = read("Mir ist es gleich, dann bitte den frühestmöglichen Termin.", date="Wed, 20 Sep 2023 08:00:00 +0200")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")
    r = read("Any date is fine, I'll take the earliest one. Please register me.", date="Fri, 22 Sep 2023 08:00:00 +0200")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


def test_the_date_of_a_letter_referred_to_is_no_wish():
    r = read("Bezugnehmend auf Ihre Einladung vom 28.08.2023 nimmt Frau Olga Brandt am 17.10. teil.")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "brackenheim", 1)


@pytest.mark.parametrize("body, count", [
    ("Für den Elternbeirat melden sich Herr Omar Said und ich für den 21.09. an.", 2),
    ("Meine Großeltern, Herr Anton Frey und Frau Rita Frey, würden gern am 21.09. teilnehmen. "
     "Ich selbst bin an dem Tag nicht dabei.", 2),
])
def test_people_named_beside_or_instead_of_the_writer_are_counted(body, count):
    r = read(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "neuenstadt", count)


_CONFIRMED = """

Am 12.09.2023 um 10:00 schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:
> Guten Tag,
>
> vielen Dank für Ihre Anmeldung. Wir bestätigen Ihre Teilnahme am Workshop
> am Dienstag, 19. September 2023, 16:45 bis 21:00 Uhr, Kulturforum Saline, Offenau.
"""


def _reply(body: str):
    return read(body + _CONFIRMED, subject="AW: Bestätigung Ihrer Anmeldung",
                headers={"In-Reply-To": "<c1@landratsamt-heilbronn.de>", "References": "<c1@landratsamt-heilbronn.de>"})


@pytest.mark.parametrize("body, new", [
    ("Es geht bei mir am 19. leider doch nicht. Wäre Neuenstadt noch möglich?", "neuenstadt"),
    ("Ich schaffe es doch nicht, tragen Sie mich bitte für den 17.10. ein.", "brackenheim"),
    ("Oops, wrong date, I meant the 26th.", "weinsberg"),
])
def test_a_reply_to_our_confirmation_that_asks_for_another_workshop_is_no_cancellation(body, new):
    r = _reply(body)
    assert (r.action, r.workshop, r.previous_workshop) == ("confirm", new, "offenau")


def test_a_plain_cancellation_in_a_reply_cancels_the_confirmed_workshop():
    r = _reply("Ich muss leider absagen, bin krank.")
    assert (r.action, r.workshop) == ("cancel", "offenau")


@pytest.mark.parametrize("body, new, old", [
    ("Bitte buchen Sie mich vom 26. auf den 17.10. um.", "brackenheim", "weinsberg"),
    ("Could you move me from the 19th to the 21st?", "neuenstadt", "offenau"),
])
def test_from_a_day_to_another_is_a_change(body, new, old):
    r = read(body)
    assert (r.action, r.workshop, r.previous_workshop) == ("confirm", new, old)


def test_a_second_choice_is_taken_only_without_a_first():
    r = read("Ich melde mich an.\nWunschtermin: 17.10. in Brackenheim\nAusweichtermin: 21.09. in Neuenstadt")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_a_slip_in_the_month_is_read_by_the_place_and_day():
    r = read("Hiermit melde ich mich für den 21.08. in der Stadthalle Neuenstadt an.")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")
    assert read("Hiermit melde ich mich für den 22.09. in Neuenstadt an.").action == "clarify"


def test_a_negated_part_of_a_sentence_rules_out_only_its_own_workshop():
    r = read("Ich nehme gern in Brackenheim teil, in Offenau bin ich am 19. leider bei der Arbeit.")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")
    assert read("Ich kann leider nicht am 21.09., am 26.09.").action != "confirm"


@pytest.mark.parametrize("body, count", [
    ("Wir (meine Schwester, ihr Sohn Emil, 9, und ich) möchten am 26.09. kommen.", 3),
    ("We (my husband, my mother and I) will come to Weinsberg.", 3),
    ("Ich würde gern mit drei Kolleginnen am 26.09. teilnehmen. Wir sind alle zwischen 30 und 45 Jahre alt.", 4),
])
def test_head_counts_are_not_fooled_by_ages(body, count):
    assert read(body).attendees == count


@pytest.mark.parametrize("body, count", [
    ("Ich komme am 21.09. nach Neuenstadt, meine Schwiegermutter kommt auch mit.", 2),
    ("Wir würden gern mit unserer Tante den Termin in Weinsberg besuchen. Viele Grüße, Jan", 2),
    ("I'd like to attend in Offenau with my brother-in-law.", 2),
    ("Please save 2 seats for the Weinsberg session.", 2),
    ("Für Brackenheim hätten wir gern 4 Plätze.", 4),
])
def test_relatives_and_seats_count(body, count):
    """Companions named by any kin word of the language file ({kin} in its patterns), seats as people."""
    assert read(body).attendees == count


@pytest.mark.parametrize("body, workshop", [
    ("Würden Sie mich bitte von der Liste für den 17.10. streichen?", "brackenheim"),
    ("Could you take me off the list for Offenau, please?", "offenau"),
    ("21 Eylül kaydımı iptal edebilir misiniz?", "neuenstadt"),
    ("Pouvez-vous annuler mon inscription pour Weinsberg ?", "weinsberg"),
])
def test_a_cancellation_asked_of_the_desk_as_a_question_cancels(body, workshop):
    """A polite question that asks the desk to cancel is a cancellation, never a registration."""
    r = read(body)
    assert (r.action, r.workshop) == ("cancel", workshop)


@pytest.mark.parametrize("body", [
    "Können Sie mir sagen, wie man sich wieder abmeldet?",
    "Could you tell me whether I can still cancel later?",
    "Kann ich den 26.09. später noch absagen?",
])
def test_a_question_about_cancelling_is_neither_a_cancellation_nor_a_registration(body):
    r = read(body)
    assert r.action not in ("cancel", "confirm")


def test_a_cancellation_names_the_one_event_its_day_and_weekday_share():
    r = read("Für Dienstag, den 26., muss ich leider absagen.")
    assert (r.action, r.workshop) == ("cancel", "weinsberg")


@pytest.mark.parametrize("body, count", [
    ("Wir kommen zu fünft nach Offenau: drei Erwachsene und zwei Kinder.", 5),
    ("Please register us for the Neuenstadt session, we will be 3: 2 adults and 1 child.", 3),
    ("Anmeldung für den 26.09.: wir sind 2 Personen, nein, jetzt doch 3 Personen.", 3),
])
def test_a_total_and_its_breakdown_count_once(body, count):
    assert read(body).attendees == count


@pytest.mark.parametrize("body", [
    "Annem maalesef gelemiyor, ben yine de katılacağım.",
    "Kardeşim katılamayacak ama ben geliyorum.",
])
def test_a_relative_dropping_out_in_turkish_is_no_cancellation_of_the_writer(body):
    r = read(body)
    assert r.action != "cancel" and "partial_cancel" in r.flags


@pytest.mark.parametrize("sentence", [
    "Dobar dan, ne mogu doći pa otkazujem svoju prijavu, a supruga ipak dolazi.",
    "Pozdrav, moram odjaviti moju prijavu, kćerka dolazi sama.",
    "Добар дан, морам да откажем своју пријаву, али мој брат ће доћи.",
])
def test_the_writer_cancelling_while_a_relative_still_comes_is_not_said_of_others(sentence):
    from mailbot.understand.gates import cancelled_by_others
    from mailbot.understand.text import sentences

    assert not cancelled_by_others(sentences(sentence))


@pytest.mark.parametrize("sentence", ["Moj muž ipak ne može doći.", "Мој муж ипак не може да дође."])
def test_a_relative_who_cannot_come_is_said_of_others(sentence):
    from mailbot.understand.gates import cancelled_by_others
    from mailbot.understand.text import sentences

    assert cancelled_by_others(sentences(sentence))


@pytest.mark.parametrize("body", [
    "Hallo, ich komme am 21.09. nach Neuenstadt, mein Mann dagegen kann nur am 17.10. und nimmt lieber Brackenheim.",
    "Hi, please register me for Neuenstadt on the 21st, my partner however prefers the 17 October one.",
    "Salve, mi iscrivo per il 21 a Neuenstadt, mia sorella invece preferisce il 17 ottobre.",
])
def test_two_people_in_one_clause_are_not_taken_for_a_change(body):
    r = read(body)
    assert r.action == "review" and r.workshop is None


def test_the_old_registration_before_my_wife_and_i_is_still_a_change():
    r = read("Hallo, ich war für den 21.09. angemeldet, meine Frau und ich kommen lieber am 17.10.")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


@pytest.mark.parametrize("body", [
    "Guten Tag, ich nehme am 21.09. in Neuenstadt teil. Mein Kollege Herr Brandt hat da leider keine Zeit, er "
    "möchte am 17.10. nach Brackenheim kommen.",
    "Hello, I'll come to Neuenstadt on 21 September. My colleague can't make that day, she would like to come "
    "to Brackenheim on 17 October.",
    "Merhaba, ben 21 Eylül'de Neuenstadt'a geliyorum. Arkadaşım o gün gelemiyor, o 17 Ekim'de Brackenheim'a "
    "katılmak istiyor.",
])
def test_another_person_who_cannot_on_my_day_but_wants_another_goes_to_staff(body):
    r = read(body)
    assert r.action == "review" and r.workshop is None


def test_another_person_who_cannot_on_one_day_so_we_both_come_on_another_is_confirmed():
    r = read("Hallo, meine Frau kann am 21.09. leider nicht, deshalb melden wir uns beide für den 17.10. an.")
    assert (r.action, r.workshop) == ("confirm", "brackenheim")
