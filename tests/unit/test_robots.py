"""Robot stage: mail that must never be answered (auto-replies, bounces, bulk, spam, our own)."""

from __future__ import annotations

import email.message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from mailbot.understand.mime import parse_mail
from mailbot.understand.robots import auto_reply_text, detect

OWN = ("integration@landratsamt-heilbronn.de",)
REGISTRATION = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für den Workshop am 26.09. "
                "in Weinsberg an.\n\nMit freundlichen Grüßen\nClaudia Berger\n")


def build(body: str = REGISTRATION, sender: str = "Claudia Berger <claudia.berger@example.de>",
          subject: str = "Anmeldung Workshop Weinsberg", headers: dict[str, str] | None = None) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = OWN[0]
    msg["Subject"] = subject
    msg["Date"] = "Mon, 11 Sep 2023 09:15:00 +0200"
    msg["Message-ID"] = "<r1@example.de>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def run(msg: email.message.EmailMessage):
    mail = parse_mail(msg.as_bytes())
    return detect(mail, OWN, mail.text)


# --- people are not robots -----------------------------------------------------------------------

def test_human_registration_is_not_a_robot():
    assert run(build()) is None


def test_human_registration_mentioning_holiday_is_not_a_robot():
    body = ("Hallo, ich bin bis 15.09. im Urlaub, möchte mich aber schon jetzt für Offenau "
            "am 19.09. anmelden.\nGruß Timo Fischer")
    assert run(build(body, sender="Timo Fischer <timo.fischer@example.de>")) is None


def test_auto_submitted_no_is_not_a_robot():
    assert run(build(headers={"Auto-Submitted": "no"})) is None


def test_x_autoreply_no_is_not_a_robot():
    assert run(build(headers={"X-Autoreply": "no"})) is None


# --- auto-replies by header -----------------------------------------------------------------------

@pytest.mark.parametrize("name,value", [
    ("Auto-Submitted", "auto-replied"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Autoreply", "yes"),
    ("X-Autorespond", "Abwesenheit"),
    ("X-Auto-Response-Suppress", "All"),
])
def test_auto_reply_headers(name, value):
    robot = run(build("Ich bin bis 2.10. nicht im Büro.", subject="Re: Workshop", headers={name: value}))
    assert robot is not None
    assert robot.kind == "auto_reply"
    assert any(name.lower() in r.lower() for r in robot.reasons)


@pytest.mark.parametrize("value,kind", [
    ("bulk", "bulk"), ("junk", "bulk"), ("list", "bulk"), ("auto_reply", "auto_reply"),
])
def test_precedence(value, kind):
    robot = run(build("Information", subject="Info", headers={"Precedence": value}))
    assert robot is not None and robot.kind == kind
    assert any("Precedence" in r for r in robot.reasons)


def test_precedence_first_class_is_not_a_robot():
    assert run(build(headers={"Precedence": "first-class"})) is None


@pytest.mark.parametrize("name,value", [
    ("List-Id", "<integration-news.lists.example.org>"),
    ("List-Unsubscribe", "<mailto:leave@lists.example.org>"),
])
def test_list_headers_are_bulk(name, value):
    robot = run(build("Newsletter September", sender="Kreisjugendring <info@kjr.example.org>",
                      subject="Newsletter", headers={name: value}))
    assert robot is not None and robot.kind == "bulk"


def test_empty_return_path_is_automatic():
    robot = run(build("Ihre Nachricht ist eingegangen.", subject="Ihre Nachricht", headers={"Return-Path": "<>"}))
    assert robot is not None and robot.kind == "auto_reply"
    assert "empty Return-Path" in robot.reasons


def test_auto_reply_subject_alone():
    robot = run(build("Ich bin ab sofort nicht erreichbar.", subject="Abwesenheitsnotiz: Workshop"))
    assert robot is not None and robot.kind == "auto_reply"


# a read receipt as plain text, its subject the localised word of a mail program ("Lu :", "Прочитано:"):
# no notification part to tell it, only the subject; answering it would start a mail loop
READ_RECEIPTS = [
    ("fr", "Lu : Ihre Anmeldung", "Votre message a été lu le mardi 12 septembre 2023."),
    ("it", "Letto: Ihre Anmeldung", "Il messaggio è stato letto martedì 12 settembre 2023."),
    ("es", "Leído: Ihre Anmeldung", "Su mensaje fue leído el martes, 12 de septiembre de 2023."),
    ("pl", "Przeczytane: Ihre Anmeldung", "Wiadomość została przeczytana we wtorek 12.09.2023."),
    ("ru", "Прочитано: Ihre Anmeldung", "Ваше сообщение было прочитано во вторник, 12 сентября 2023 г."),
    ("tr", "Okundu: Ihre Anmeldung", "İletiniz 12 Eylül 2023 Salı günü okundu."),
    ("hu", "Olvasva: Ihre Anmeldung", "Az üzenetet elolvasták 2023. szeptember 12-én."),
    ("zh", "已读: Ihre Anmeldung", "您的邮件已于2023年9月12日被阅读。"),
]


@pytest.mark.parametrize("lang,subject,body", READ_RECEIPTS, ids=[c for c, _, _ in READ_RECEIPTS])
def test_a_localised_read_receipt_subject_is_a_machine(lang, subject, body):
    robot = run(build(body, subject=subject))
    assert robot is not None and robot.kind == "auto_reply"


# --- bounces ---------------------------------------------------------------------------------------

def _returned_original() -> email.message.EmailMessage:
    original = email.message.EmailMessage()
    original["From"] = OWN[0]
    original["To"] = "gibt.es.nicht@example.de"
    original["Subject"] = "Ihre Anmeldung zum Workshop"
    original.set_content("Wir bestätigen Ihre Anmeldung für Offenau.\n")
    return original


BOUNCE = b"""From: Mail Delivery System <MAILER-DAEMON@mx.example.de>\r
To: integration@landratsamt-heilbronn.de\r
Subject: Undelivered Mail Returned to Sender\r
Date: Mon, 11 Sep 2023 09:15:00 +0200\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary="XYZ"\r
\r
--XYZ\r
Content-Type: text/plain; charset=us-ascii\r
\r
This is the mail system at host mx.example.de.\r
Your message could not be delivered to one or more recipients.\r
\r
--XYZ\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mx.example.de\r
\r
Final-Recipient: rfc822; gibt.es.nicht@example.de\r
Action: failed\r
Status: 5.1.1\r
\r
--XYZ\r
Content-Type: message/rfc822\r
\r
From: integration@landratsamt-heilbronn.de\r
To: gibt.es.nicht@example.de\r
Subject: Ihre Anmeldung zum Workshop\r
\r
Wir bestaetigen Ihre Anmeldung fuer Offenau.\r
\r
--XYZ--\r
"""


def test_multipart_report_delivery_status_is_bounce():
    mail = parse_mail(BOUNCE)
    assert mail.content_type == "multipart/report"
    assert mail.report_type == "delivery-status"
    assert "Wir bestaetigen" not in mail.text  # the returned original is not the sender's text
    robot = detect(mail, OWN, mail.text)
    assert robot is not None and robot.kind == "bounce"


def test_multipart_report_from_ordinary_looking_sender_is_still_bounce():
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"] = "Systemverwaltung <it@schule.example.de>"
    report["Subject"] = "Benachrichtigung"
    report["Date"] = "Mon, 11 Sep 2023 09:15:00 +0200"
    report.attach(MIMEText("Ihre Nachricht an Offenau konnte nicht zugestellt werden.\n"))
    assert detect(parse_mail(report.as_bytes()), OWN, "").kind == "bounce"


@pytest.mark.parametrize("sender", [
    "MAILER-DAEMON@mx.example.de",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "postmaster@example.de",
])
def test_daemon_and_postmaster_senders_are_bounces(sender):
    body = "Delivery to the following recipient failed permanently:\n\n    gibt.es.nicht@example.de\n"
    robot = run(build(body, sender=sender, subject="Delivery Status Notification (Failure)"))
    assert robot is not None and robot.kind == "bounce"


@pytest.mark.parametrize("subject", [
    "Unzustellbar: Ihre Anmeldung zum Workshop",
    "Undeliverable: Ihre Anmeldung zum Workshop",
])
def test_undeliverable_subject_with_returned_message(subject):
    msg = build("Die Nachricht konnte nicht zugestellt werden.\n",
                sender="Microsoft Outlook <postfach@kunde.example.de>", subject=subject)
    msg.add_attachment(_returned_original())
    robot = run(msg)
    assert robot is not None and robot.kind == "bounce"


def test_person_writing_undeliverable_in_subject_without_returned_mail_is_not_bounce():
    # a person may use the word; without a robot sender, returned mail or failure text it is not a bounce
    robot = run(build("Meine erste Mail kam als unzustellbar zurück, daher nochmal: ich melde mich für Offenau an.",
                      sender="Nina Brandt <nina.brandt@example.de>",
                      subject="Anmeldung Offenau (erste Mail war unzustellbar)"))
    assert robot is None or robot.kind != "bounce"


# --- our own mail and spam -------------------------------------------------------------------------------

def test_own_address_is_own():
    robot = run(build("Wir bestätigen Ihre Anmeldung.", sender="Integration <Integration@Landratsamt-Heilbronn.de>"))
    assert robot is not None and robot.kind == "own"


def test_spam_with_several_scam_phrases():
    body = ("Dear user,\nyour mailbox is almost full. Click here to verify your account "
            "or your password reset will fail.\nWebmail Administrator")
    robot = run(build(body, sender="Admin <admin@phish.example.com>", subject="Speicherplatz"))
    assert robot is not None and robot.kind == "spam"
    assert len(robot.reasons) >= 2


@pytest.mark.parametrize("subject,body", [
    ("Security notice", "Hello,\nto keep receiving mail you must re-activate your credentials within 48 hours, or your "
                        "account will be suspended.\nSupport"),
    ("Wichtig", "Guten Tag,\nIhr Zugang wird morgen gesperrt. Bitte bestätigen Sie innerhalb von 48 Stunden Ihre "
                "Daten unter dem folgenden Link.\nIhr Team"),
    ("Mail delivery paused", "Dear staff,\n7 pending messages are on hold. Confirm your mailbox below, or they will be "
                             "permanently deleted."),
])
def test_phishing_that_threatens_the_mailbox_is_spam(subject, body):
    robot = run(build(body, sender="Service <service@notice.example.net>", subject=subject))
    assert robot is not None and robot.kind == "spam"


def test_a_registration_answered_within_24_hours_is_not_spam():
    body = "Ich melde mich für den 26.09. an. Ich bin innerhalb von 24 Stunden telefonisch erreichbar."
    assert run(build(body)) is None


def test_single_spam_word_in_a_registration_is_not_spam():
    body = "Ich melde mich für Weinsberg an. Gibt es eine Bescheinigung? Ich kann keine Garantie geben, pünktlich zu sein."
    assert run(build(body)) is None


def test_spam_filter_verdict():
    robot = run(build("Gewinn!", sender="x@spam.example", subject="Hallo", headers={"X-Spam-Flag": "YES"}))
    assert robot is not None and robot.kind == "spam"


# --- auto-reply text without headers ---------------------------------------------------------------------

def test_german_out_of_office_text_scores_high():
    text = ("Vielen Dank für Ihre Nachricht.\n"
            "Ich bin bis einschließlich 29.09.2023 nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
            "Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
            "meine Kollegin Frau Roth.\nNach meiner Rückkehr melde ich mich bei Ihnen.")
    result = auto_reply_text(text)
    assert result.score >= 4
    assert result.hits


def test_explicit_automatic_reply_is_strong():
    result = auto_reply_text("Dies ist eine automatische Antwort. Ich bin ab dem 18.09. wieder erreichbar.")
    assert result.strong is True
    assert result.score >= 3


def test_registration_mentioning_holiday_scores_low():
    text = ("Hallo, ich war leider im Urlaub und melde mich erst jetzt: "
            "ich möchte gerne am 17.10. nach Brackenheim kommen.\nViele Grüße, Deniz")
    result = auto_reply_text(text)
    assert result.score < 3
    assert result.strong is False


def test_plain_registration_scores_zero():
    assert auto_reply_text("Ich melde mich für Offenau an.").score == 0


@pytest.mark.parametrize("sender,headers,body,kind", [
    ("Stadt Musterhausen <newsletter@stadt.example>", {"List-Id": "<news.stadt.example>"},
     "Unser Newsletter für September.", "bulk"),
    ("Stadt Musterhausen <noreply@stadt.example>", {"Auto-Submitted": "auto-replied"},
     "Vielen Dank, Ihre Anfrage ist eingegangen und wird bearbeitet.", "auto_reply"),
])
def test_robot_sender_with_list_or_auto_headers_gets_their_kind(sender, headers, body, kind):
    robot = run(build(body, sender=sender, subject="Information", headers=headers))
    assert robot is not None and robot.kind == kind


def test_daemon_sender_without_subject_or_text_hint_is_still_bounce():
    robot = run(build("Returned message attached.", sender="MAILER-DAEMON@mx.example.de", subject="Hinweis"))
    assert robot is not None and robot.kind == "bounce"


# --- a display name is a claim ---------------------------------------------------------------------

OFFICE_NAME = "Landratsamt Heilbronn – Stabsstelle Integration"
WARNING = ("Liebe Teilnehmende,\nIhr Platz am 21.09. in Neuenstadt verfällt, wenn Sie ihn nicht innerhalb von "
           "48 Stunden über den Link bestätigen.\nIhre Stabsstelle\n")


def _as(sender: str, body: str):
    mail = parse_mail(build(body, sender=sender, subject="Ihr Workshop-Platz").as_bytes())
    return detect(mail, OWN, mail.text, OFFICE_NAME)


def test_the_office_name_on_a_foreign_address_with_a_scam_phrase_is_spam():
    robot = _as("Stabsstelle Integration Heilbronn <stabsstelle.hn@freemail.example>", WARNING)
    assert robot is not None and robot.kind == "spam"


def test_the_same_text_from_the_office_domain_is_not_made_spam_by_its_name():
    # a colleague of another department writes from the office's own domain
    assert _as("Landratsamt Heilbronn Jugendamt <jugend@landratsamt-heilbronn.de>", WARNING) is None


def test_the_office_name_alone_makes_no_mail_spam():
    # a resident's association may carry the county's name; with no scam phrase it is read as usual
    assert _as("Integration Heilbronn e.V. <info@verein.example>", REGISTRATION) is None
