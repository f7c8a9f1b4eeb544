"""An out-of-office answer without any automatic header or subject: a person's mail program (or the
person) answers our confirmation with "I am away until …, I read no mail, in urgent matters …".
Such a text is machine mail: answering it risks a mail loop, so it is ignored. The wording is that of
being away for work (on a business trip, on assembly, on a course) and of not reading mail (no access
to mail, not checking mail), with "back on …" and "if it is urgent …" as weaker signs.

A person who is away but writes something to do ("I am on a business trip until Friday, please move me
to Brackenheim") is not ignored.
"""

from __future__ import annotations

import pytest

from tests.unit.test_lang_east import read

AWAY = [
    ("de", "Hallo, ich bin vom 12. bis 22.9. auf Dienstreise und habe keinen Zugriff auf meine E-Mails. "
           "In dringenden Angelegenheiten rufen Sie bitte im Sekretariat an.\nJürgen Maier"),
    ("de-montage", "Moin, bin derzeit auf Montage in Norwegen und checke meine Mails nur unregelmäßig. "
                   "Ab dem 2.10. bin ich wieder da.\nGruß Holger"),
    ("en", "Hi, I'm on a business trip until 20 September and won't be checking my email. "
           "If it's urgent, please call my office.\nSam"),
    ("fr", "Bonjour, je suis en déplacement professionnel et je ne consulte pas mes mails. "
           "Pour toute urgence, appelez mon collègue.\nLuc"),
    ("es", "Hola, estoy de viaje de trabajo y no reviso el correo. Para asuntos urgentes llame a la oficina."),
    ("it", "Buongiorno, sono in trasferta e non leggo la posta fino al 25. Per urgenze chiamate il mio ufficio."),
    ("pl", "Dzień dobry, jestem w delegacji i nie czytam poczty. W sprawach pilnych proszę dzwonić do biura."),
    ("ru", "Здравствуйте, я в командировке и не читаю почту до 25 сентября. По срочным вопросам звоните коллеге."),
    ("tr", "Merhaba, iş seyahatindeyim ve e-postalarımı okumuyorum. Acil durumlarda ofisi arayın."),
    ("nl", "Hallo, ik ben op zakenreis en lees geen mail. In dringende gevallen kunt u mijn collega bellen."),
]


STILL_A_PERSON = [
    # away, but something to do
    ("de", "Hallo, ich bin bis Freitag auf Dienstreise, deshalb bitte stornieren Sie meine Anmeldung.\nJürgen"),
    ("en", "Hello, I'm travelling for work that week, could you move me to 17 October in Brackenheim instead?"),
    ("fr", "Bonjour, je serai en déplacement professionnel le 26, je dois annuler mon inscription."),
]


CASES = [(lang, text, True) for lang, text in AWAY] + [(lang, text, False) for lang, text in STILL_A_PERSON]


@pytest.mark.parametrize("lang,text,machine", CASES, ids=[f"{c[0]}-{'away' if c[2] else 'person'}" for c in CASES])
def test_an_away_answer_to_our_confirmation_is_ignored_a_person_is_read(config, lang, text, machine):
    reading = read(text, reply_to_our_confirmation="Dienstag, 26.09.2023", config=config)
    if machine:
        assert (reading.intent, reading.action) == ("auto_reply", "ignore"), reading.reason
    else:
        assert reading.intent != "auto_reply" and reading.action != "ignore", reading.reason
