"""Quote and signature stage: split_reply(text) → Parts(new, quoted, signature)."""

from __future__ import annotations

import pytest

from mailbot.understand.quotes import split_reply


def test_plain_message_is_all_new():
    parts = split_reply("Ich melde mich für Offenau an.\nBis dann.")
    assert parts.new == "Ich melde mich für Offenau an.\nBis dann."
    assert parts.quoted == ""
    assert parts.signature == ""


ATTRIBUTIONS = {
    "de": ("Ja, ich nehme den 26.09. in Weinsberg.",
           "Am 12.09.2023 um 10:14 schrieb Integration Landratsamt <integration@landratsamt-heilbronn.de>:",
           "> Bitte nennen Sie uns Ihren Wunschtermin: 19.09. Offenau oder 17.10. Brackenheim"),
    "en": ("I'd like to attend in Offenau.",
           "On Tue, Sep 12, 2023 at 9:30 AM Integration <integration@landratsamt-heilbronn.de> wrote:",
           "> Which date suits you? Brackenheim is on 17.10."),
    "fr": ("Je voudrais venir à Weinsberg.",
           "Le mar. 12 sept. 2023 à 09:30, Integration <integration@landratsamt-heilbronn.de> a écrit :",
           "> Quelle date vous convient ? Brackenheim le 17.10."),
    "tr": ("Offenau'ya katılmak istiyorum.",
           "Integration <integration@landratsamt-heilbronn.de>, 12 Eyl 2023 Sal, 09:30 tarihinde şunu yazdı:",
           "> Hangi tarih size uygun? Brackenheim 17.10."),
}


@pytest.mark.parametrize("lang", sorted(ATTRIBUTIONS))
def test_top_posted_answer_above_attribution_stays_new(lang):
    answer, attribution, quote = ATTRIBUTIONS[lang]
    parts = split_reply(f"{answer}\n\n{attribution}\n{quote}\n")
    assert parts.new == answer
    assert attribution in parts.quoted
    assert "Brackenheim" not in parts.new


@pytest.mark.parametrize("lang", sorted(ATTRIBUTIONS))
def test_attribution_and_quote_go_to_quoted(lang):
    # the same attribution, with the answer below the quote (no line above it to swallow)
    answer, attribution, quote = ATTRIBUTIONS[lang]
    parts = split_reply(f"{attribution}\n{quote}\n\n{answer}\n")
    assert parts.new == answer
    assert parts.quoted == f"{attribution}\n{quote}"


def test_earlier_lines_of_top_posted_answer_stay_new():
    # lines two or more above a one-line attribution are kept even with the bug above
    parts = split_reply("Hallo,\nich komme am 26.09. nach Weinsberg.\nDanke\n\n"
                        "Am 12.09.2023 um 10:14 schrieb Integration <integration@landratsamt-heilbronn.de>:\n"
                        "> Wunschtermin?\n")
    assert "ich komme am 26.09. nach Weinsberg." in parts.new
    assert "Wunschtermin" not in parts.new


def test_gmail_attribution_wrapped_over_two_lines():
    text = ("Dann Neuenstadt bitte.\n\n"
            "Am Di., 12. Sept. 2023 um 09:30 Uhr schrieb Integration Landratsamt <\n"
            "integration@landratsamt-heilbronn.de>:\n\n"
            "> Welcher Termin passt Ihnen?\n")
    parts = split_reply(text)
    assert parts.new == "Dann Neuenstadt bitte."
    assert "integration@landratsamt-heilbronn.de>:" in parts.quoted
    assert "schrieb" not in parts.new


def test_urspruengliche_nachricht_separator_cuts_everything_below():
    text = ("Ich komme doch lieber nach Brackenheim.\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Integration <integration@landratsamt-heilbronn.de>\n"
            "Wir bestätigen Ihre Anmeldung für Offenau.\n")
    parts = split_reply(text)
    assert parts.new == "Ich komme doch lieber nach Brackenheim."
    assert parts.quoted.startswith("-----Ursprüngliche Nachricht-----")
    assert "Offenau" in parts.quoted and "Offenau" not in parts.new


def test_outlook_header_block():
    text = ("Bitte tragen Sie mich für Weinsberg ein.\n\n"
            "Von: Integration <integration@landratsamt-heilbronn.de>\n"
            "Gesendet: Dienstag, 12. September 2023 11:02\n"
            "An: Schäfer, Tobias <t.schaefer@example.de>\n"
            "Betreff: Workshops Integrationskonzept\n\n"
            "Sehr geehrte Damen und Herren, die Termine sind 19.09. und 21.09.\n")
    parts = split_reply(text)
    assert parts.new == "Bitte tragen Sie mich für Weinsberg ein."
    assert parts.quoted.startswith("Von: Integration")
    assert "21.09." in parts.quoted and "21.09." not in parts.new


def test_gmx_header_block_sent_first():
    text = ("Ich nehme den zweiten Termin.\n\n"
            "Gesendet: Dienstag, 12. September 2023 um 11:02 Uhr\n"
            "Von: \"Integration\" <integration@landratsamt-heilbronn.de>\n"
            "An: lena.krueger@example.de\n"
            "Betreff: Workshop\n"
            "Die Termine: Offenau, Neuenstadt, Weinsberg, Brackenheim\n")
    parts = split_reply(text)
    assert parts.new == "Ich nehme den zweiten Termin."
    assert "Offenau, Neuenstadt" in parts.quoted


def test_forwarded_message_keeps_forwarders_words():
    text = ("Hallo, bitte melden Sie meinen Kollegen für Neuenstadt an.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Ali Kaya <ali.kaya@example.com>\n"
            "Date: Mon, 11 Sep 2023\n"
            "Subject: Workshop\n\n"
            "Ich würde gerne nach Brackenheim.\n")
    parts = split_reply(text)
    assert parts.new == "Hallo, bitte melden Sie meinen Kollegen für Neuenstadt an."
    assert "Brackenheim" in parts.quoted and "Brackenheim" not in parts.new


def test_dash_dash_signature():
    text = ("Ich komme am 19.09.\n"
            "-- \n"
            "Dr. Heike Vogt\n"
            "Freundeskreis Asyl Eppingen\n"
            "Tel. 07262 000000\n")
    parts = split_reply(text)
    assert parts.new == "Ich komme am 19.09."
    assert parts.signature.startswith("--")
    assert "Freundeskreis Asyl Eppingen" in parts.signature


def test_device_line_starts_signature():
    parts = split_reply("Bin dabei in Weinsberg!\n\nVon meinem iPhone gesendet")
    assert parts.new == "Bin dabei in Weinsberg!"
    assert parts.signature == "Von meinem iPhone gesendet"


@pytest.mark.parametrize("closing", [
    "Mit freundlichen Grüßen",
    "Gruß J. Haas",
    "Saygılarımla",
    "С уважением,",
    "Best regards,",
    "Viele Grüße",
])
def test_closing_greeting_starts_signature(closing):
    text = f"Hallo,\nich melde mich für Brackenheim an.\n\n{closing}\nJana Haas\nMusterweg 3\n74072 Heilbronn"
    parts = split_reply(text)
    assert parts.new == "Hallo,\nich melde mich für Brackenheim an."
    assert parts.signature.startswith(closing)
    assert "Jana Haas" in parts.signature


def test_town_in_signature_is_not_new_text():
    text = ("Ich möchte mich für den Workshop am 21.09. anmelden.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Roth\n"
            "Stadtverwaltung Weinsberg\n")
    parts = split_reply(text)
    assert "Weinsberg" not in parts.new
    assert "Weinsberg" in parts.signature


def test_greeting_at_start_is_not_a_signature():
    # "Hallo" before any content must not be taken for a closing; a bare "Grüße" line after content must
    parts = split_reply("Hallo zusammen,\nwir kommen nach Offenau.\nGrüße\nTim")
    assert "wir kommen nach Offenau." in parts.new
    assert parts.new.startswith("Hallo zusammen,")
    assert parts.signature == "Grüße\nTim"


def test_bottom_posted_answer_stays_new():
    text = ("Am 12.09.2023 schrieb Integration <integration@landratsamt-heilbronn.de>:\n"
            "> Welchen Termin möchten Sie?\n"
            "> 1) Offenau 2) Neuenstadt\n\n"
            "Den zweiten bitte, also Neuenstadt.\n")
    parts = split_reply(text)
    assert parts.new == "Den zweiten bitte, also Neuenstadt."
    assert "Welchen Termin" in parts.quoted


def test_interleaved_quote_keeps_both_answers():
    text = ("> Welcher Ort?\n"
            "Weinsberg\n"
            "> Wie viele Personen?\n"
            "Zwei\n")
    parts = split_reply(text)
    assert parts.new.split("\n") == ["Weinsberg", "Zwei"]
    assert parts.quoted.count(">") == 2


def test_sentence_with_schrieb_in_middle_is_not_attribution():
    # an ordinary sentence that happens to mention writing stays new text
    text = "Meine Kollegin schrieb mir, dass es noch Plätze in Offenau gibt.\nIch melde mich an."
    parts = split_reply(text)
    assert "Ich melde mich an." in parts.new


@pytest.mark.parametrize("answer", ["Den zweiten bitte.", "Am liebsten den 26.", "On the 21st please"])
def test_short_answer_starting_like_an_attribution_stays_new(answer):
    text = (f"{answer}\n\nAm Mo., 11. Sept. 2023 um 09:00 Uhr schrieb Integration <integration@example.org>:\n"
            "> Für welchen Termin möchten Sie sich anmelden?\n")
    parts = split_reply(text)
    assert parts.new.strip() == answer
    assert "Für welchen Termin" in parts.quoted


@pytest.mark.parametrize("attribution", [
    # Gmail in Hungarian: the date in brackets, with colons of its own
    "Integration <integration@landratsamt-heilbronn.de> ezt írta (időpont: 2023. szept. 12., K, 9:30):",
    # Gmail in Chinese: a full-width colon, no space before "wrote"
    "Integration <integration@landratsamt-heilbronn.de> 于2023年9月12日周二 09:30写道：",
    "На вт, 12.09.2023 г. в 9:30 Integration <integration@landratsamt-heilbronn.de> написа:",
])
def test_attributions_with_brackets_or_full_width_colons_end_the_answer(attribution):
    parts = split_reply(f"Broj 3.\n\n{attribution}\n> 3. Dienstag, 26. September 2023, Weinsberg\n")
    assert parts.new == "Broj 3."
    assert "Weinsberg" in parts.quoted and attribution in parts.quoted


def test_a_greeting_that_opens_the_request_does_not_hide_the_signature():
    """"Hallo, ich melde mich … an." says something: the closing below it starts the signature,
    so the name under it ("Weinberg", one letter from the town Weinsberg) is no part of the request."""
    parts = split_reply("Hallo, ich komme gern am 17.10. zum Workshop.\nBeste Grüße\nJonas Weinberg")
    assert parts.new == "Hallo, ich komme gern am 17.10. zum Workshop."
    assert "Weinberg" in parts.signature
    short = split_reply("Hallo Frau Berg,\nBeste Grüße\nJonas")  # a salutation alone: nothing said yet
    assert short.signature == ""


def test_an_indented_quote_under_a_closing_is_quoted_not_signature():
    # Yahoo's German client: "… hat X Folgendes geschrieben:", the quote indented, no "> " marks
    parts = split_reply("Salut,\nnumarul 3 va rog.\nMersi\nIoana\n\n"
                        "    Am Dienstag, 5. September 2023, 10:12:00 MESZ hat Landratsamt "
                        "<integration@landratsamt-heilbronn.de> Folgendes geschrieben:\n\n"
                        " 3. Dienstag, 26. September 2023, Baukelter, Weinsberg\n")
    assert parts.new == "Salut,\nnumarul 3 va rog."
    assert "3. Dienstag, 26. September 2023" in parts.quoted
