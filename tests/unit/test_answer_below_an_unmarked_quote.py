"""An answer written under the quoted mail, where the mail program quotes without "> " marks (Outlook's
"-----Original Message-----" block, then our mail as it was, then the answer): before, all of it was
taken for the quote, and a cancellation got no answer ("no new text"). The quoted mail ends with its
closing and signature; what follows after a blank line, opening with a salutation or ending with a
closing, is the answer."""

import pytest

from mailbot.evaluate import as_done
from mailbot.understand.reading import understand
from tests.unit.replyprobe import our_mail
from tests.unit.test_reading import EVENTS, OFFICE, build

HEAD = ("-----Original Message-----\nFrom: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\n"
        "Sent: Monday, September 4, 2023 10:12 AM\nTo: petra.kuhn@example.org\nSubject: {subject}\n\n")


def below(answer: str, kind: str = "confirmed", lang: str = "de", **kw):
    if kind == "confirmed":
        kw = {"workshop": "weinsberg", "attendees": 1, **kw}
    subject, text = our_mail(kind, lang, **kw)
    body = HEAD.format(subject=subject) + text + ("\n\n\n" + answer + "\n" if answer else "\n")
    raw = build(body, subject=f"RE: {subject}", headers={"In-Reply-To": "<mailbot.0a1b2c@landratsamt-heilbronn.de>"})
    return as_done(understand(raw, EVENTS, OFFICE), EVENTS, raw)


@pytest.mark.parametrize("lang,answer", [
    ("de", "Hallo,\nich muss mich leider wieder abmelden, ich bin an dem Tag verreist.\nViele Grüße\nP. Kuhn"),
    ("en", "Hello,\nsorry, I have to cancel, my shift was changed.\nBest regards\nPetra"),
    ("tr", "Merhaba,\nmaalesef gelemiyorum, kaydımı iptal edin lütfen.\nSelamlar"),
    ("pl", "Dzień dobry,\nniestety muszę odwołać swoje zgłoszenie.\nPozdrawiam\nPetra"),
    ("ru", "Здравствуйте,\nк сожалению, не смогу прийти, отмените мою запись, пожалуйста.\nС уважением"),
], ids=["de", "en", "tr", "pl", "ru"])
def test_a_cancellation_under_the_quoted_confirmation_cancels(lang, answer):
    assert below(answer, lang=lang).action == "cancel"


def test_a_date_under_our_quoted_list_is_taken():
    r = below("Guten Tag,\ndann komme ich am 17. Oktober nach Brackenheim.\nGruß Petra", kind="clarify",
              options=tuple(e.id for e in EVENTS))
    assert (r.action, r.workshop) == ("confirm", "brackenheim")


def test_our_mail_in_two_languages_quoted_alone_is_no_answer():
    # the Turkish part under the German one opens with a salutation too: it is ours, not an answer
    assert below("", lang="tr").action == "ignore"


def test_a_disclaimer_under_the_quoted_mail_is_no_answer():
    disclaimer = ("Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
                  "Adressat sind, informieren Sie bitte sofort den Absender.")
    assert below(disclaimer).action == "ignore"
