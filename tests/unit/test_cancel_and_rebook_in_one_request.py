"""A request to the office to take the writer off one workshop and put them down for another, said
with the polite imperatives people use for staff ("bórrenme del 26 y anótenme para el 17",
"supprimez-moi du 26 et mettez-moi au 17 octobre", "уберите меня с 26-го и запишите на 17 октября"),
with "and" between the two parts, or with none where the verbs are chained and come last (Tamil,
Turkish) or where the writer leaves it out. Answering our confirmation of Weinsberg (26 Sep), it
moves the registration to Brackenheim (17 Oct); it never cancels the workshop asked for."""

import pytest

from mailbot.evaluate import as_done
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build
from tests.unit.test_unseen_kinds12 import CONFIRMATION, OURS


def done_answering_confirmation(body: str):
    raw = build(body + CONFIRMATION, subject="Re: Ihre Anmeldung zum Workshop am 26.09.2023", headers=OURS)
    return as_done(understand(raw, EVENTS, OFFICE), EVENTS, raw)


@pytest.mark.parametrize("body", [
    "Hola, bórrenme del martes 26 por favor y anótenme para el 17 de octubre, ese día trabajo.",
    "Buenos días, cancelen mi plaza del 26 y pónganme en la del 17 de octubre, gracias.",
    "Olá, apaguem a minha inscrição do dia 26, e inscrevam-me no dia 17 de outubro por favor.",
    "Buongiorno, cancellate pure il 26 e segnatemi per il 17 ottobre, grazie mille.",
    "Bonjour, supprimez-moi du 26 s'il vous plaît et mettez-moi au 17 octobre.",
    "Bonjour, retirez-moi du 26 et inscrivez-moi pour le 17 octobre, merci.",
    "Bună ziua, vă rog să mă ștergeți de la data de 26 și să mă treceți la 17 octombrie.",
    "Добрый день, уберите меня, пожалуйста, с 26-го и запишите на 17 октября.",
    "Доброго дня, викресліть мене з 26-го і запишіть на 17 жовтня.",
    "Jó napot, kérem töröljenek a 26-i napról, és írjanak be október 17-re.",
    "Καλησπέρα, διαγράψτε με από τις 26 και γράψτε με για τις 17 Οκτωβρίου παρακαλώ.",
    "Xin chào, xin xóa tên tôi ngày 26 và ghi tên tôi vào ngày 17 tháng 10.",
    "Namaste, mera naam 26 se hata dijiye aur 17 October ke liye likh dijiye.",
    "Zdravo, molim vas da me obrišete za 26. i da me upišete za 17. listopada.",
    "Здраво, избришите ме за 26. и упишите ме за 17. октобар, хвала.",
    "Salaan, fadlan iga tirtir 26-ka oo igu qor 17 Oktoobar.",
    "السلام علیکم، مجھے 26 سے ہٹا دیں اور 17 اکتوبر کے لیے لکھ لیں، شکریہ۔",
    "வணக்கம், 26 இலிருந்து என் பெயரை நீக்கி அக்டோபர் 17க்கு பதிவு செய்யுங்கள், நன்றி.",
    "Hi, cancel me for the 26th book me for 17 October instead please",
    "Bitte stornieren Sie den 26. melden Sie mich für den 17.10. an, danke",
])
def test_off_one_workshop_and_onto_another_moves_the_registration(body):
    d = done_answering_confirmation(body)
    assert (d.action, d.workshop) == ("confirm", "brackenheim")


@pytest.mark.parametrize("body", [
    "Hola, bórrenme del 26 por favor, ese día trabajo.",
    "Bonjour, supprimez-moi du 26 s'il vous plaît, je ne suis pas disponible.",
    "Добрый день, уберите меня, пожалуйста, с 26-го, не получается.",
    "Zdravo, molim vas da me obrišete za 26., ne mogu doći.",
])
def test_off_one_workshop_alone_cancels_it(body):
    d = done_answering_confirmation(body)
    assert (d.action, d.workshop) == ("cancel", "weinsberg")
