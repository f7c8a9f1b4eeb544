"""Sales offers are no registrations, in any language; a list of the whole series picks no workshop.

A vendor who writes to the registration mailbox about "your workshops in ..." offers something for sale: a
product demonstration, a price per month, "our platform". Such mail is never confirmed and never answered
(a reply to advertising is a mail-loop-class mistake). Apart from the vendor's words, a clause that names
every workshop of the series ("the series in A, B, C and D") speaks of the series: it chooses none, also
where some of them are over when the mail is written (the one left of the list is no wish).

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from mailbot.understand.result import Reading
from tests.unit.test_reading import read as read_mail


def read(body: str, subject: str = "Ihre Veranstaltungen", date: str = "Mon, 11 Sep 2023 09:15:00 +0200",
         sender: str = "Vera Kolb <v.kolb@ticketwerk.example>") -> Reading:
    return read_mail(body, subject=subject, date=date, sender=sender)


# (language, body): invented offers of software or services, each naming the towns or dates of the workshops
OFFERS = [
    ("en", "Good morning,\nwe noticed your events on 19 September in Offenau and on 26 September in Weinsberg. "
           "Our platform sends reminders and collects sign-ups. Would you like a free demo? "
           "Prices from USD 29/user.\nKind regards, Tom Reed, Account Executive"),
    ("de", "Guten Tag,\nfür Ihre Workshops in Offenau und Brackenheim hätten wir die passende Lösung: unsere "
           "Software verwaltet Anmeldungen und Wartelisten. Gern zeige ich Ihnen das in einer kostenlosen Demo. "
           "Schon ab 39 €/Monat.\nMit freundlichen Grüßen\nVera Kolb"),
    ("fr", "Bonjour,\nj'ai vu vos ateliers à Neuenstadt et à Weinsberg. Notre plateforme gère les inscriptions "
           "en ligne. Je vous propose une démonstration gratuite, nos tarifs commencent à 25 €/mois."),
    ("es", "Hola,\nvimos sus talleres en Offenau y Brackenheim. Nuestra plataforma gestiona inscripciones y "
           "listas de espera. ¿Le interesa una demostración? Prueba gratuita de 14 días, luego 19 €/mes."),
    ("it", "Buongiorno,\nabbiamo visto i vostri laboratori a Weinsberg e a Neuenstadt. La nostra piattaforma "
           "gestisce le iscrizioni. Vi offriamo una prova gratuita, poi 35 €/mese."),
    ("pl", "Dzień dobry,\nwidzieliśmy Państwa warsztaty w Offenau i Weinsberg. Nasze oprogramowanie obsługuje "
           "zapisy online. Oferujemy bezpłatne demo, potem tylko 99 zł/miesiąc... albo 25 EUR/miesiąc."),
    ("tr", "Merhaba,\nOffenau ve Brackenheim'daki atölyelerinizi gördük. Platformumuz kayıtları yönetir. "
           "Ücretsiz deneme için bize yazın, aylık fiyat 30 €/ay."),
]


@pytest.mark.parametrize("language,body", OFFERS, ids=[o[0] for o in OFFERS])
def test_an_offer_naming_workshops_is_never_answered(language, body):
    r = read(body)
    assert r.action == "ignore", (language, r.action, r.reason)


@pytest.mark.parametrize("date", ["Mon, 11 Sep 2023 09:15:00 +0200", "Fri, 29 Sep 2023 09:15:00 +0200"])
def test_the_whole_series_named_picks_none(date):
    # (no vendor's words: only the list of all four towns, with a question; after three of them are over too)
    r = read("Hallo, ich habe von Ihrer Reihe in Offenau, Neuenstadt, Weinsberg und Brackenheim gelesen. "
             "Gibt es dazu Unterlagen im Netz?", subject="Reihe", date=date)
    assert r.action != "confirm" and r.workshop is None, (r.action, r.reason)


def test_the_series_named_then_one_chosen():
    r = read("Hello, your office holds workshops in Offenau, Neuenstadt, Weinsberg and Brackenheim. "
             "I would like to register for the one in Weinsberg.", subject="registration",
             sender="Nils Berg <nils.berg@example.org>")
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


def test_a_resident_naming_a_fee_is_still_read():
    # one price, no vendor's words: a registration, not advertising
    r = read("Guten Tag, ich melde mich für den 26.09. in Weinsberg an. Kostet der Workshop etwas, "
             "oder ist er kostenlos?", subject="Anmeldung", sender="Ida Roth <ida.roth@example.org>")
    assert r.action != "ignore", r.reason
