"""MIME and charset stage: raw bytes → Mail (headers, readable text, attachments, problems)."""

from __future__ import annotations

import base64
import email.message

import pytest

from mailbot.understand.html import html_to_text
from mailbot.understand.mime import Unreadable, decode_bytes, decode_header, parse_mail, unflow

OFFICE = "integration@landratsamt-heilbronn.de"


def raw_mail(headers: dict[str, str], body: bytes, date: str | None = "Mon, 11 Sep 2023 09:15:00 +0200") -> bytes:
    lines = [f"From: {headers.pop('From', 'Petra Kuhn <petra.kuhn@example.org>')}", f"To: {OFFICE}"]
    if date:
        lines.append(f"Date: {date}")
    lines.append(f"Subject: {headers.pop('Subject', 'Anmeldung')}")
    lines.append("Message-ID: <abc123@example.org>")
    lines.append("MIME-Version: 1.0")
    lines.extend(f"{k}: {v}" for k, v in headers.items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


# --- headers -------------------------------------------------------------------------------

def test_decode_header_utf8_base64_subject():
    encoded = "=?utf-8?B?" + base64.b64encode("Anmeldung für Weinsberg – Grüße".encode()).decode() + "?="
    assert decode_header(encoded) == "Anmeldung für Weinsberg – Grüße"


def test_decode_header_iso_8859_1_quoted_printable():
    assert decode_header("=?iso-8859-1?Q?M=FCller_aus_B=F6ckingen?=") == "Müller aus Böckingen"


def test_decode_header_keeps_space_between_encoded_word_and_plain_text():
    assert decode_header("Anmeldung =?iso-8859-1?Q?f=FCr?= Offenau") == "Anmeldung für Offenau"


def test_decode_header_unknown_charset_does_not_raise_and_keeps_ascii():
    value = decode_header("=?x-klingon?Q?Anmeldung_Offenau?=")
    assert "Anmeldung" in value and "Offenau" in value


def test_decode_header_empty_and_none():
    assert decode_header(None) == ""
    assert decode_header("") == ""


def test_parse_mail_decodes_subject_and_from_name():
    name = "=?utf-8?B?" + base64.b64encode("Ayşe Yılmaz".encode()).decode() + "?="
    subject = "=?iso-8859-1?Q?Anmeldung_f=FCr_Br=E4ckenheim?="
    mail = parse_mail(raw_mail({"From": f"{name} <Ayse.Yilmaz@Example.org>", "Subject": subject}, b"Hallo\r\n"))
    assert mail.from_name == "Ayşe Yılmaz"
    assert mail.from_addr == "ayse.yilmaz@example.org"
    assert mail.subject == "Anmeldung für Bräckenheim"


# --- body charsets ------------------------------------------------------------------------------

def test_body_iso_8859_1_quoted_printable():
    raw = raw_mail({"Content-Type": "text/plain; charset=iso-8859-1",
                    "Content-Transfer-Encoding": "quoted-printable"},
                   b"Ich m=F6chte mich f=FCr den Workshop in Offenau anmelden.\r\nGr=FC=DFe\r\n")
    mail = parse_mail(raw)
    assert "Ich möchte mich für den Workshop in Offenau anmelden." in mail.text
    assert "Grüße" in mail.text
    assert mail.problems == []


def test_body_windows_1252_with_typographic_quotes_and_euro():
    body = "„Weinsberg“ – kostet das 5 €?".encode("cp1252")
    raw = raw_mail({"Content-Type": "text/plain; charset=windows-1252",
                    "Content-Transfer-Encoding": "8bit"}, body)
    assert parse_mail(raw).text.strip() == "„Weinsberg“ – kostet das 5 €?"


def test_body_base64_utf8():
    text = "Wir kommen zu zweit nach Neuenstadt. Спасибо!"
    body = base64.encodebytes(text.encode("utf-8"))
    raw = raw_mail({"Content-Type": 'text/plain; charset="utf-8"', "Content-Transfer-Encoding": "base64"}, body)
    assert parse_mail(raw).text.strip() == text


def test_body_labelled_latin1_but_really_utf8_is_repaired_and_noted():
    raw = raw_mail({"Content-Type": "text/plain; charset=iso-8859-1", "Content-Transfer-Encoding": "8bit"},
                   "Grüße aus Öhringen".encode("utf-8"))
    mail = parse_mail(raw)
    assert "Grüße aus Öhringen" in mail.text
    assert "Ã" not in mail.text
    assert any("utf-8" in p for p in mail.problems)


def test_body_without_charset_label():
    raw = raw_mail({"Content-Type": "text/plain", "Content-Transfer-Encoding": "8bit"},
                   "Schöne Grüße".encode("cp1252"))
    mail = parse_mail(raw)
    assert "Schöne Grüße" in mail.text
    assert any("missing" in p for p in mail.problems)


def test_decode_bytes_unknown_label_falls_back_and_says_so():
    text, problem = decode_bytes("Bürger".encode("cp1252"), "x-unbekannt")
    assert text == "Bürger"
    assert problem and "unknown charset" in problem


def test_decode_bytes_plain_ascii_no_problem():
    assert decode_bytes(b"Offenau", "iso-8859-1") == ("Offenau", None)


# --- HTML ---------------------------------------------------------------------------------------------

def test_html_to_text_entities_nbsp_script_style():
    html = ("<html><head><style>p {color: red}</style><title>Titel</title></head><body>"
            "<script>alert('x')</script><p>Gr&uuml;&szlig;e&nbsp;aus&nbsp;Weinsberg &amp; Umgebung</p>"
            "<div>Zweite&#160;Zeile</div></body></html>")
    text = html_to_text(html)
    assert "Grüße aus Weinsberg & Umgebung" in text
    assert "Zweite Zeile" in text
    assert "\xa0" not in text
    for hidden in ("alert", "color", "Titel"):
        assert hidden not in text
    assert text.index("Grüße") < text.index("Zweite")
    assert "\n" in text  # block elements become separate lines


def test_html_blockquote_becomes_quote_lines():
    html = ("<p>Ja, ich komme gerne.</p><blockquote><p>Welchen Termin m&ouml;chten Sie?</p>"
            "<blockquote>Alte Nachricht</blockquote></blockquote>")
    lines = html_to_text(html).split("\n")
    assert lines[0] == "Ja, ich komme gerne."
    assert "> Welchen Termin möchten Sie?" in lines
    assert "> > Alte Nachricht" in lines


def test_html_only_mail_is_converted_and_flagged():
    html = "<html><body><p>Hallo,</p><p>ich melde mich f&uuml;r <b>Offenau</b> an.</p></body></html>"
    raw = raw_mail({"Content-Type": "text/html; charset=utf-8"}, html.encode())
    mail = parse_mail(raw)
    assert mail.html_only is True
    assert "ich melde mich für Offenau an." in mail.text
    assert "<" not in mail.text


def _alternative(plain: str, html: str) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = "Jonas Brenner <jonas.brenner@example.net>"
    msg["To"] = OFFICE
    msg["Subject"] = "Anmeldung"
    msg["Date"] = "Tue, 12 Sep 2023 10:00:00 +0200"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def test_multipart_alternative_prefers_plain_text():
    mail = parse_mail(_alternative("Klartext: ich komme nach Weinsberg.\n",
                                   "<p>HTML-Version: ich komme nach Brackenheim.</p>"))
    assert "Klartext" in mail.text
    assert "HTML-Version" not in mail.text and "Brackenheim" not in mail.text
    assert mail.html_only is False


def test_multipart_alternative_with_empty_plain_uses_html():
    mail = parse_mail(_alternative("\n", "<p>Nur im HTML: Offenau</p>"))
    assert "Nur im HTML: Offenau" in mail.text
    assert mail.html_only is True


# --- attachments and embedded messages ------------------------------------------------------------------

def test_csv_attachment_listed_with_text():
    msg = email.message.EmailMessage()
    msg["From"] = "Verein Brücke <info@bruecke-verein.example>"
    msg["To"] = OFFICE
    msg["Subject"] = "Teilnehmerliste Neuenstadt"
    msg["Date"] = "Wed, 13 Sep 2023 08:00:00 +0200"
    msg.set_content("Anbei unsere Liste.\n")
    csv_text = "Name;Vorname\nKrüger;Lena\nDemir;Emre\nWolf;Sven\n"
    msg.add_attachment(csv_text.encode("utf-8"), maintype="text", subtype="csv", filename="teilnehmer.csv")
    mail = parse_mail(msg.as_bytes())
    assert [a.filename for a in mail.attachments] == ["teilnehmer.csv"]
    att = mail.attachments[0]
    assert att.content_type == "text/csv"
    assert "Krüger;Lena" in att.text and "Wolf;Sven" in att.text
    assert "Krüger" not in mail.text  # the attachment is not mixed into the body
    assert "Anbei unsere Liste." in mail.text


def test_binary_attachment_has_no_text():
    msg = email.message.EmailMessage()
    msg["From"] = "a@example.org"
    msg["Date"] = "Wed, 13 Sep 2023 08:00:00 +0200"
    msg.set_content("Siehe Anhang\n")
    msg.add_attachment(b"%PDF-1.4 \x00\x01", maintype="application", subtype="pdf", filename="flyer.pdf")
    mail = parse_mail(msg.as_bytes())
    assert mail.attachments[0].filename == "flyer.pdf"
    assert mail.attachments[0].text is None


def test_attached_message_is_not_part_of_text():
    inner = email.message.EmailMessage()
    inner["From"] = "Karl Seitz <karl.seitz@example.com>"
    inner["Subject"] = "Alte Anmeldung"
    inner.set_content("INNERER TEXT: Anmeldung Brackenheim\n")
    outer = email.message.EmailMessage()
    outer["From"] = "Maria Lenz <maria.lenz@example.com>"
    outer["To"] = OFFICE
    outer["Subject"] = "Fwd: Alte Anmeldung"
    outer["Date"] = "Thu, 14 Sep 2023 12:00:00 +0200"
    outer.set_content("Bitte beachten Sie die angehängte Nachricht.\n")
    outer.add_attachment(inner)
    mail = parse_mail(outer.as_bytes())
    assert "Bitte beachten Sie" in mail.text
    assert "INNERER TEXT" not in mail.text
    assert mail.has_message_part is True


# --- dates, flowed text, broken input -----------------------------------------------------------------------

def test_date_is_parsed():
    mail = parse_mail(raw_mail({}, b"Hallo\r\n", date="Mon, 11 Sep 2023 09:15:00 +0200"))
    assert (mail.date.year, mail.date.month, mail.date.day, mail.date.hour) == (2023, 9, 11, 9)
    assert mail.problems == []


def test_missing_date_is_noted():
    mail = parse_mail(raw_mail({}, b"Hallo\r\n", date=None))
    assert mail.date is None
    assert any("Date" in p for p in mail.problems)


def test_unreadable_date_is_noted_not_raised():
    mail = parse_mail(raw_mail({}, b"Hallo\r\n", date="irgendwann im Herbst"))
    assert mail.date is None
    assert any("Date" in p for p in mail.problems)


def test_unflow_joins_soft_breaks_and_keeps_hard_ones():
    flowed = "Ich melde mich f\u00fcr den \nWorkshop in Offenau \nan.\nZweite Zeile\n-- \nPetra"
    assert unflow(flowed) == "Ich melde mich f\u00fcr den Workshop in Offenau an.\nZweite Zeile\n-- \nPetra"


def test_unflow_delsp_removes_the_space():
    assert unflow("Anmel \ndung", delsp=True) == "Anmeldung"


def test_format_flowed_body_is_joined():
    raw = raw_mail({"Content-Type": "text/plain; charset=utf-8; format=flowed", "Content-Transfer-Encoding": "8bit"},
                   "Hiermit melde ich mich f\u00fcr den Workshop \r\nin Weinsberg an.\r\nGru\u00df\r\n".encode())
    mail = parse_mail(raw)
    assert "Hiermit melde ich mich für den Workshop in Weinsberg an." in mail.text
    assert "\r" not in mail.text


def test_parameters_in_rfc2231_form_are_read_like_plain_ones():
    # format*=''flowed: the stdlib gives a (charset, language, value) tuple for it
    raw = raw_mail({"Content-Type": "text/plain; charset*=utf-8''utf-8; format*=''flowed"},
                   "Wir kommen am Dienstag \r\nzu zweit.\r\n".encode("utf-8"))
    assert parse_mail(raw).text.strip() == "Wir kommen am Dienstag zu zweit."


@pytest.mark.parametrize("raw", [b"", b"   \r\n", "kein bytes"])
def test_unreadable_input_raises_unreadable(raw):
    with pytest.raises(Unreadable):
        parse_mail(raw)


@pytest.mark.parametrize("label, text, codec", [
    ("gb2312", "我叫朱镕基，想报名。", "gbk"),  # 镕 is in GBK, not in GB2312
    ("GBK", "報名參加，謝謝", "gbk"),
    ("big5", "我想報名，謝謝。", "big5hkscs"),
])
def test_chinese_mail_labelled_with_the_smaller_charset_is_read(label, text, codec):
    mail = parse_mail(raw_mail({"Content-Type": f"text/plain; charset={label}",
                                "Content-Transfer-Encoding": "8bit"}, text.encode(codec)))
    assert mail.text.strip() == text
    assert not any("charset" in p for p in mail.problems)
