"""Mail in Chinese, Vietnamese, Hindi, Urdu and Tamil (and the completed Italian, Spanish, Portuguese
and French files) read end to end: registration, cancellation, companions, negation, thanks.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023; messages are dated Monday 11.09.2023.
"""

from __future__ import annotations

import email.message

import pytest

from mailbot.config import load_config
from mailbot.understand import lexicon as L
from mailbot.understand.language import detect_language
from mailbot.understand.result import Reading
from mailbot.understand.reading import understand

CONFIG = load_config(None)
OWN = "integration@landratsamt-heilbronn.de"


def read(body: str, subject: str = "Workshop", charset: str = "utf-8", reply: bool = False) -> Reading:
    msg = email.message.EmailMessage()
    msg["From"] = "Mai Tran <mai.tran@example.org>"
    msg["To"] = OWN
    msg["Subject"] = ("Re: Anmeldebestätigung: " if reply else "") + subject
    msg["Date"] = "Mon, 11 Sep 2023 09:15:00 +0200"
    msg["Message-ID"] = "<t1@example.org>"
    if reply:
        msg["In-Reply-To"] = "<c1@landratsamt-heilbronn.de>"
        body += ("\n\nAm 08.09.2023 schrieb Integration Landratsamt Heilbronn:\n"
                 "> Wir haben Sie für folgenden Workshop vorgemerkt: Dienstag, 26.09.2023, Weinsberg\n")
    msg.set_content(body, charset=charset)
    return understand(msg.as_bytes(), CONFIG.events, CONFIG.office)


def outcome(r: Reading) -> tuple:
    return r.action, r.workshop, r.attendees


# --- registrations with the date as people write it, and the people who come along ------------------

@pytest.mark.parametrize("body, expected", [
    # Chinese (simplified, traditional), a Han-numeral date, a count written against its noun
    ("大家好，我想报名参加十月十七号在Brackenheim的工作坊。", ("confirm", "brackenheim", 1)),
    ("我和我爱人还有我妈妈想一起参加9月21日的活动。", ("confirm", "neuenstadt", 3)),
    ("您好，我們一共4人，想報名9月26日的場次。", ("confirm", "weinsberg", 4)),
    # Vietnamese without and with diacritics; "vợ chồng tôi" is a couple
    ("chao chi, vo chong toi muon dang ky buoi ngay 19/9 a", ("confirm", "offenau", 2)),
    ("Tôi muốn đăng ký hội thảo ngày 17 tháng 10 cùng với mẹ.", ("confirm", "brackenheim", 2)),
    # Hindi in Devanagari and in Latin letters
    ("मैं अपने बेटे के साथ 17 अक्टूबर को आऊंगा, कृपया नाम लिख लीजिए।", ("confirm", "brackenheim", 2)),
    ("Hello, mujhe 21 September wale workshop me register karna hai. Patni ke saath aaunga.", ("confirm", "neuenstadt", 2)),
    # Urdu in Arabic script and Roman Urdu
    # (with my parents: the writer and two more)
    ("میں اپنے والدین کے ساتھ 26 ستمبر کو ورکشاپ میں شرکت کرنا چاہتی ہوں۔", ("confirm", "weinsberg", 3)),
    ("Main begum ke saath 17 October ko aana chahta hoon, hamara naam likh lein.", ("confirm", "brackenheim", 2)),
    # Tamil
    ("அக்டோபர் 17 பட்டறைக்கு என் பெயரை பதிவு செய்யுங்கள்.", ("confirm", "brackenheim", 1)),
    ("நானும் என் கணவரும் செப்டம்பர் 21 அன்று கலந்து கொள்வோம்.", ("confirm", "neuenstadt", 2)),
    # the completed Western files: companions said as plain phrases
    ("Vorrei iscrivermi al workshop del 26 settembre con mia madre e con mio figlio.", ("confirm", "weinsberg", 3)),
    ("Hola, mi esposo y yo queremos asistir el 17 de octubre.", ("confirm", "brackenheim", 2)),
    ("Gostaria de participar no workshop de 21 de setembro com a minha vizinha.", ("confirm", "neuenstadt", 2)),
    ("Je voudrais m'inscrire pour le 19 septembre avec ma voisine.", ("confirm", "offenau", 2)),
])
def test_registration_and_companions(body, expected):
    assert outcome(read(body)) == expected


def test_chinese_mail_in_gbk():
    r = read("您好！我想报名9月26号Weinsberg那场，谢谢。", charset="gbk")
    assert outcome(r) == ("confirm", "weinsberg", 1)
    assert r.language == "zh"


# --- cancellations --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, workshop", [
    ("麻烦把我9月26号的报名取消，谢谢。", "weinsberg"),
    ("Xin lỗi, tôi muốn hủy đăng ký buổi 17/10.", "brackenheim"),
    ("Mera 26 September ka registration radd kar dijiye.", "weinsberg"),
    ("میری 21 ستمبر کی رجسٹریشن منسوخ کر دیں۔", "neuenstadt"),
    ("செப்டம்பர் 26 பதிவை ரத்து செய்யுங்கள்.", "weinsberg"),
])
def test_cancellation(body, workshop):
    r = read(body)
    assert (r.intent, r.action, r.workshop) == ("cancel", "cancel", workshop)


def test_a_daughter_who_might_stay_home_cancels_nothing():
    r = read("我想报名10月17日的，我跟我先生和女儿一起去。如果孩子不能参加，她就不去了。")
    assert r.intent == "register"
    assert r.action != "cancel"


# --- negation: one date ruled out, another chosen ----------------------------------------------------

@pytest.mark.parametrize("body, workshop", [
    ("9月19号我去不了，我报名9月26号的。", "weinsberg"),
    ("Ngày 19/9 tôi có việc rồi. Tôi đăng ký ngày 21/9 nhé.", "neuenstadt"),
    ("19 September ko main busy hoon. 26 September wale workshop me register kar dijiye.", "weinsberg"),
    ("19 ستمبر کو میں مصروف ہوں۔ 26 ستمبر کے لیے میرا نام لکھ لیں۔", "weinsberg"),
    ("செப்டம்பர் 19 எனக்கு முடியாது. செப்டம்பர் 26 அன்று கலந்து கொள்கிறேன்.", "weinsberg"),
])
def test_negated_date_is_left_out(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


def test_vietnamese_question_particle_is_no_negation():
    assert outcome(read("Em đăng ký buổi 26/9 ở Weinsberg được không ạ?")) == ("confirm", "weinsberg", 1)


@pytest.mark.parametrize("body", [
    "Me inscribo para el 26 de septiembre solo si hay intérprete.",
    "Je viens le 21 septembre à condition qu'il y ait une garderie.",
    "9月26号的活动如果有翻译我就报名。",
])
def test_a_conditional_registration_is_not_confirmed(body):
    assert read(body).action != "confirm"


# --- thanks after our confirmation -------------------------------------------------------------------

@pytest.mark.parametrize("body", ["收到了，非常感谢！", "Dạ em cám ơn ạ, hẹn gặp lại.", "बहुत धन्यवाद, मिलते हैं।",
                                  "بہت شکریہ، جزاک اللہ", "மிக்க நன்றி, சந்திப்போம்.", "Muito obrigada, até lá!"])
def test_thanks_after_our_confirmation_is_no_new_request(body):
    assert L.compiled("thanks").search(body)
    r = read(body, reply=True)
    assert r.action not in ("confirm", "cancel")


# --- the language of the reply ------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("您好，我想报名参加研讨会，请问还有位置吗", "zh"),
    ("नमस्ते, मैं कार्यशाला में भाग लेना चाहता हूँ", "hi"),
    ("வணக்கம், நான் பட்டறையில் கலந்து கொள்ள விரும்புகிறேன்", "ta"),
    ("السلام علیکم، میں ورکشاپ میں شرکت کرنا چاہتا ہوں", "ur"),
    ("سلام، من می‌خواهم در کارگاه شرکت کنم", "fa"),
    ("Mujhe workshop me aana hai, kya aap mera naam likh sakte hain?", "hi"),
    ("Assalam o alaikum janab, mujhe workshop mein shirkat karni hai, shukriya", "ur"),
    ("Xin chao, toi muon dang ky tham gia hoi thao", "vi"),
])
def test_language_detection(text, code):
    assert detect_language(text) == code
