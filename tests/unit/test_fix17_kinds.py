"""Head counts of the seventeenth held-out corpus's kinds, in words of our own:

- a reply to our "already registered for N people" mail that raises the count and names who comes too,
  beside a negation that cancels nothing ("I had forgotten I was registered"), is a new count, no partial
  cancellation;
- a companion named by a relative's or friend's noun and a name ("with my friend NAME") counts in the languages
  that write "with" after the person (Turkish, Hindi, Urdu, Amharic, Pashto: the name stands between the noun
  and "with"), in Somali's feminine "my friend" and in Vietnamese's "with" + the word one calls a person by + a name;
"""

from __future__ import annotations

import pytest

from mailbot.understand.people import count_attendees
from mailbot.understand.reading import understand
from tests.unit.test_eval_holds_the_quoted_registration import done
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body", [
    "Sorry, I didn't remember that my booking had gone through! So we'll be 3 then, my sister is joining too.",
    "Ach, das wusste ich gar nicht mehr! Dann sind wir aber 3 Personen, mein Sohn kommt auch mit.",
    "Perdón, no me acordaba de que ya estaba apuntada. Entonces seremos 3, viene también mi hermana.",
    "Pardon, je ne savais plus que j'étais déjà inscrite ! Alors nous serons 3, ma sœur vient aussi.",
    "Scusate, non sapevo di essere già registrato. Allora saremo in 3, viene anche mio fratello.",
])
def test_a_higher_count_beside_a_negation_answering_our_mail_raises_the_registration(body):
    reading, held, d = done(body, 2)
    assert [(h.workshop, h.attendees) for h in held] == [("neuenstadt", 2)]
    assert "partial_cancel" not in reading.flags
    assert (d.action, d.workshop, d.attendees) == ("confirm", "neuenstadt", 3)


@pytest.mark.parametrize("body,left", [
    ("Leider kann mein Mann doch nicht, wir sind dann nur 2.", 2),
    ("Purtroppo mia figlia non può venire, saremo in 2.", 2),
])
def test_a_lower_count_beside_a_negation_still_recounts_down(body, left):
    _, _, d = done(body, 3)
    assert (d.action, d.workshop, d.attendees) == ("confirm", "neuenstadt", left)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Merhaba, 26 Eylül Weinsberg için yazılmak istiyorum. Komşum Hatice ile geliyorum."),
    ("tr", "Selam, 17 Ekim'e katılmak istiyorum, ablam Zeynep ile birlikte geleceğiz."),
    ("hi", "नमस्ते, मैं 26 सितंबर को आना चाहती हूँ। मेरी बहन गीता के साथ आऊँगी।"),
    ("hi", "Namaste, main 26 September ko aana chahta hoon, apne dost Ravi ke saath."),
    ("ur", "السلام علیکم، میں 26 ستمبر کو آنا چاہتی ہوں، اپنی بہن زینب کے ساتھ آؤں گی۔"),
    ("am", "ሰላም፣ በ26 መስከረም መምጣት እፈልጋለሁ። ከእህቴ ሰላማዊት ጋር እመጣለሁ።"),
    ("ps", "سلام، زه غواړم د سپتمبر په ۲۶ راشم، د خپلې خور ملالې سره به راشم."),
    ("so", "Salaan, waxaan doonayaa inaan imaado 26 September. Waxaan la socdaa saaxiibtay Xaliimo."),
    ("so", "Salaan, waxaan doonayaa inaan imaado 26 September, waxaan la imaan doonaa saaxiibtayda."),
    ("vi", "Chào anh chị, tôi muốn đăng ký ngày 26/9. Tôi sẽ đến với bác Hùng."),
    ("vi", "Chao anh chi, em muon dang ky ngay 26/9, em den voi co Ngoc."),
])
def test_a_friend_or_relative_named_with_a_name_comes_along(lang, text):
    assert count_attendees(text, "", [], lang).count == 2


@pytest.mark.parametrize("lang,text", [
    ("tr", "Merhaba, 26 Eylül için yazılmak istiyorum. Ahmet Bey ile telefonda konuştum, tek başıma geleceğim."),
    ("vi", "Tôi muốn đăng ký ngày 26/9, tôi đi một mình. Cảm ơn chị Thu."),
    ("hi", "नमस्ते, मैं 26 सितंबर को अकेली आऊँगी।"),
])
def test_a_name_with_no_companion_noun_adds_nobody(lang, text):
    assert count_attendees(text, "", [], lang).count == 1


def _forward(own: str, head: str, forwarded: str, subject: str, sender: str) -> int | None:
    body = f"{own}\n\n{head}\n{forwarded}\n"
    return understand(build(body, subject=subject, sender=sender), EVENTS, OFFICE).attendees


@pytest.mark.parametrize("own,head,forwarded,subject", [
    ("Guten Tag, anbei die Anfrage von Frau Demir aus unserer Beratung. Sie möchte am 26.9. in Weinsberg "
     "teilnehmen. Ich selbst komme nicht mit.",
     "-----Ursprüngliche Nachricht-----\nVon: Elif Demir <elif.demir77@example.net>\nGesendet: Montag, 4. September 2023 18:02\n"
     "An: Beratung <beratung@example.org>\nBetreff: workshop",
     "Hallo, ich und mein Mann wir wollen zu dem Treffen in Weinsberg kommen. Danke",
     "WG: workshop"),
    ("Buongiorno, inoltro la richiesta del signor Greco, nostro socio, per il 26 settembre a Weinsberg. "
     "Noi dell'associazione non partecipiamo.",
     "-----Messaggio originale-----\nDa: Paolo Greco (per telefono)\nOggetto: incontro",
     "Vengo con mia moglie Teresa, grazie.",
     "I: incontro 26 settembre"),
    ("Hello, I am forwarding the request of Mrs Osei, whom I support as a volunteer, for Weinsberg on "
     "26 September. I will not attend myself.",
     "---------- Forwarded message ---------\nFrom: Ama Osei <ama.osei@example.net>\nDate: Sun, 3 Sep 2023\nSubject: workshop",
     "Dear Tom, please sign up me and my sister for the meeting in Weinsberg. Thank you",
     "Fwd: workshop"),
])
def test_a_forwarders_request_for_others_counts_the_people_the_forwarded_mail_names(own, head, forwarded, subject):
    assert _forward(own, head, forwarded, subject, "Beratung <beratung@example.org>") == 2


@pytest.mark.parametrize("lang,text,n", [
    ("de", "Ich möchte uns für den 26.9. anmelden: ich, meine Mutter und Selin.", 3),
    ("es", "Queremos ir el 26 de septiembre: yo, mi hermana y Carmen.", 3),
    ("fr", "Nous viendrons le 26 septembre : moi, mon fils et Léa.", 3),
    ("it", "Il 26 settembre veniamo io, mia cugina e Marta.", 3),
    ("de", "Ich und meine Frau und Familie kommen am 26.9.", 2),
])
def test_a_first_name_ending_a_list_with_the_writer_counts(lang, text, n):
    assert count_attendees(text, "", [], lang).count == n


@pytest.mark.parametrize("lang,text", [
    ("de", "Ich möchte am 26.9. mit meinem Partner und unseren zwei Töchtern kommen. Falls Kinder nicht erwünscht "
           "sind, komme ich allein."),
    ("en", "I'd like to come on 26 September with my wife and our two boys. If the boys can't come, only me."),
    ("es", "Iremos el 26: voy con mi pareja y nuestros dos hijos. Si los niños no pueden entrar, voy sola."),
    ("it", "Il 26 vengo con mio marito e i nostri due bambini. Se i bambini non possono entrare, vengo da sola."),
    ("fr", "Le 26, je viens avec mon compagnon et nos deux enfants. Sinon, je viendrai seule."),
    ("pl", "Na 26 przyjdę z partnerem i dwójką dzieci. Jeśli dzieci nie mogą wejść, przyjdę sama."),
    ("bs", "Za 26. dolazim sa mužom i dvoje djece. Ako djeca ne mogu, dolazim sama."),
])
def test_a_count_only_for_the_case_that_something_fails_does_not_lower_the_count(lang, text):
    assert count_attendees(text, "", [], lang).count == 4


@pytest.mark.parametrize("lang,text,n", [
    ("de", "Wenn möglich kommen wir am 26. zu dritt.", 3),
    ("de", "Mein Mann ist leider krank. Wenn er nicht mitkann, komme ich allein.", 1),
    ("en", "My husband was going to come, but if it's all right I'll come alone now.", 1),
])
def test_a_count_under_an_if_that_names_no_failure_stays(lang, text, n):
    assert count_attendees(text, "", [], lang).count == n


@pytest.mark.parametrize("lang,text", [
    ("bs", "Prijavljujem se za 26. septembar, dolazim sa mužom."),
    ("sr", "Želim da se prijavim za 26. septembar, doći ću sa mužom."),
    ("hr", "Prijavila bih se za 26. rujna, dolazim s mužom."),
])
def test_the_colloquial_instrumental_of_husband_counts(lang, text):
    assert count_attendees(text, "", [], lang).count == 2
