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
from tests.unit.test_eval_holds_the_quoted_registration import done


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
