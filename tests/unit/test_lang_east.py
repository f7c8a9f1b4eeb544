"""Mail in Bosnian, Serbian (both scripts), Bulgarian, Hungarian, Greek (and Greeklish), Albanian,
Croatian, Romanian, Polish, Russian and Ukrainian (both also typed in Latin letters) is read like
German mail: registrations with companions, cancellations, a date ruled out beside one chosen,
polite "if possible", thanks after our confirmation, and the language the reply is chosen by.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023. Messages are sent on Mon 11.09.2023.
"""

from __future__ import annotations

import pytest

from mailbot.understand.language import detect_language
from mailbot.understand.result import Reading
from mailbot.understand.reading import understand

OWN = "integration@landratsamt-heilbronn.de"


def read(body: str, reply_to_our_confirmation: str | None = None, config=None) -> Reading:
    headers = ["From: Dana Test <dana.test@example.org>", f"To: {OWN}", "Date: Mon, 11 Sep 2023 18:30:00 +0200",
               "Message-ID: <lang-east-1@example.org>", "MIME-Version: 1.0",
               "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if reply_to_our_confirmation:
        headers += ["Subject: Re: Ihre Anmeldung zum Workshop",
                    "In-Reply-To: <20230911080000.AB12@landratsamt-heilbronn.de>"]
        body += ("\n\nAm 11.09.2023 schrieb Integration Landratsamt Heilbronn:\n> Guten Tag,\n>\n"
                 "> vielen Dank! Sie sind jetzt angemeldet.\n>\n"
                 f"> Datum: {reply_to_our_confirmation}\n> Uhrzeit: 16:45 bis 21:00 Uhr\n")
    else:
        headers.append("Subject: Workshop")
    raw = ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n").encode("utf-8")
    return understand(raw, config.events, config.office)


REGISTRATIONS = [
    # (text, workshop, attendees)
    ("Pozdrav, i ja bih htjela doći na radionicu u Offenau 19. septembra, zajedno sa komšijom.", "offenau", 2),
    ("Добро вече, пријављујем се за 17. октобар у Бракенхајму, долазим са ћерком.", "brackenheim", 2),
    ("Pozdrav, hteo bih da se prijavim za 21. septembar, bićemo ja i moja devojka.", "neuenstadt", 2),
    ("Добър вечер, моля запишете ме за 21 септември в Нойенщат, ще дойда с колежка.", "neuenstadt", 2),
    ("Здравейте, ще дойдем на 19 септември: аз с мъжа ми и сина ми.", "offenau", 3),
    ("Szia! A feleségemmel szeretnénk részt venni az október 17-i alkalmon.", "brackenheim", 2),
    ("Καλημέρα, θέλω να έρθω στο εργαστήριο της 19ης Σεπτεμβρίου με τη φίλη μου.", "offenau", 2),
    ("Geia sas, tha erthw me thn aderfh mou stis 21 Septemvriou.", "neuenstadt", 2),
    ("Mirëdita, do të vijmë unë dhe gruaja ime më 21 shtator në Neuenstadt.", "neuenstadt", 2),
    ("Dobar dan, htjela bih doći 26. rujna u Weinsberg zajedno s mamom i sestrom.", "weinsberg", 3),
    ("Buna seara, vreau sa particip pe 19 septembrie la Offenau cu vecina mea.", "offenau", 2),
    ("Vin pe 26 septembrie cu soţul meu şi fiica noastră cea mică.", "weinsberg", 3),
    ("Cześć, chcę się zgłosić na 17 października razem z sąsiadką.", "brackenheim", 2),
    ("Добрый вечер, запишите меня на 19 сентября, приду с сыном и дочкой.", "offenau", 3),
    ("Dobryy vecher, hochu zapisatsya na 21 sentyabrya, pridu s sestroy.", "neuenstadt", 2),
    ("Вітаю, хочу записатися на 17 жовтня, прийду з мамою.", "brackenheim", 2),
    ("Pryvit, khochu zareiestruvatysia na 26 veresnia, pryidu z susidkoiu.", "weinsberg", 2),
]


@pytest.mark.parametrize("text,workshop,attendees", REGISTRATIONS,
                         ids=["bs", "sr-cyrl", "sr-latn", "bg", "bg-two", "hu", "el", "el-latn", "sq", "hr", "ro", "ro-two", "pl", "ru",
                              "ru-latn", "uk", "uk-latn"])
def test_registration_with_companions_is_confirmed_with_the_count(config, text, workshop, attendees):
    r = read(text, config=config)
    assert (r.intent, r.action, r.workshop, r.attendees) == ("register", "confirm", workshop, attendees), r.reason


CANCELLATIONS = [
    ("Neću moći doći 17. oktobra, molim vas izbrišite me sa spiska.", "brackenheim"),
    ("Нажалост, нећу моћи да дођем 21. септембра.", "neuenstadt"),
    ("Отказвам участието си за 26 септември.", "weinsberg"),
    ("Sajnos mégsem tudok eljönni szeptember 21-én.", "neuenstadt"),
    ("Δεν θα μπορέσω να έρθω στις 17 Οκτωβρίου, λυπάμαι.", "brackenheim"),
    ("Nuk mund të vij më 17 tetor, ju lutem më fshini nga lista.", "brackenheim"),
    ("Ne mogu doći 19. rujna, molim odjavu.", "offenau"),
    ("Nu mai pot participa pe 21 septembrie.", "neuenstadt"),
    ("Niestety nie przyjdę 26 września, proszę mnie wypisać.", "weinsberg"),
    ("К сожалению, не смогу прийти 17 октября.", "brackenheim"),
    ("Na zhal ne zmozhu pryity 21 veresnia.", "neuenstadt"),
]


@pytest.mark.parametrize("text,workshop", CANCELLATIONS,
                         ids=["bs", "sr", "bg", "hu", "el", "sq", "hr", "ro", "pl", "ru", "uk-latn"])
def test_cancellation_names_the_workshop(config, text, workshop):
    r = read(text, config=config)
    assert (r.intent, r.action, r.workshop) == ("cancel", "cancel", workshop), r.reason


@pytest.mark.parametrize("text", [
    # a date ruled out beside the one chosen
    "19. rujna ne mogu, ali 26. rujna dolazim.",
    "19 сентября не могу, но 26 сентября приду.",
    "Στις 19 Σεπτεμβρίου δεν μπορώ, αλλά στις 26 Σεπτεμβρίου θα έρθω.",
    "19 września nie mogę, ale 26 września przyjdę.",
    # polite "if possible" is no condition
    "Ako je moguće, prijavite me za 26. rujna.",
    "Если возможно, запишите меня на 26 сентября.",
    "Прошу зареєструвати мене на 26 вересня, якщо можливо.",
    "Jeśli to możliwe, proszę mnie zapisać na 26 września.",
    "Dacă se poate, vă rog să mă înscrieți pe 26 septembrie.",
], ids=["ruled-out-hr", "ruled-out-ru", "ruled-out-el", "ruled-out-pl",
        "if-possible-hr", "if-possible-ru", "if-possible-uk", "if-possible-pl", "if-possible-ro"])
def test_the_date_chosen_is_confirmed(config, text):
    r = read(text, config=config)
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), r.reason


@pytest.mark.parametrize("text", [
    "Molim vas da me prebacite sa 19. rujna na 26. rujna.",
    "Можно ли перенести мою запись с 19 сентября на 26 сентября?",
    "Proszę o przeniesienie mnie z 19 września na 26 września.",
    "Моля, преместете ме от 19 септември на 26 септември.",
    "Θα ήθελα να αλλάξω την εγγραφή μου από τις 19 Σεπτεμβρίου στις 26 Σεπτεμβρίου.",
    "Dua ta ndryshoj regjistrimin nga 19 shtatori në 26 shtator.",
], ids=["hr", "ru", "pl", "bg", "el", "sq"])
def test_change_from_one_date_to_another(config, text):
    r = read(text, config=config)
    assert (r.intent, r.action, r.workshop, r.attendees) == ("change", "confirm", "weinsberg", 1), r.reason


@pytest.mark.parametrize("text", [
    "Dolazim 26. rujna samo ako ima čuvanje djece.",
    "Приду 26 сентября, только если будет переводчик.",
], ids=["hr", "ru"])
def test_a_real_condition_is_not_confirmed(config, text):
    assert read(text, config=config).action != "confirm"


@pytest.mark.parametrize("text", [
    "Hvala lijepa na potvrdi, vidimo se!",
    "Ευχαριστώ πολύ για την επιβεβαίωση, τα λέμε στις 26 Σεπτεμβρίου!",
    "Много благодаря, до скоро!",
    "Dyakuyu za pidtverdzhennia!",
], ids=["hr", "el", "bg", "uk-latn"])
def test_thanks_after_our_confirmation_registers_nothing(config, text):
    r = read(text, reply_to_our_confirmation="Dienstag, 26.09.2023", config=config)
    assert r.intent == "thanks" and r.action == "ignore", r.reason  # filed, no reply, no staff task


@pytest.mark.parametrize("text,code", [
    ("Selam, htjela bih se prijaviti u oktobru, dolazim sa komšijom.", "bs"),
    ("Zdravo, hteo bih da dođem sledeće nedelje sa detetom.", "sr"),
    ("Poštovani, prijavljujem se za radionicu u listopadu, sljedeći tjedan javim.", "hr"),
    ("Kalimera sas, thelw na erthw kai egw me ton andra mou, efxaristw poli.", "el"),
    ("Zdravstvuyte, ya hochu zapisatsya, spasibo bolshoe.", "ru"),
    ("Dobryi den, khotila b zareiestruvatysia, diakuiu.", "uk"),
    ("Hallo, ich melde mich mit meiner Frau für den 26.09. an. Viele Grüße", "de"),
    ("Hello, I would like to register for the workshop on 26 September. Thanks", "en"),
], ids=["bs", "sr", "hr", "el-latn", "ru-latn", "uk-latn", "de", "en"])
def test_language_of_the_reply(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("concept,text", [
    ("REGISTER", "Good evening, is there parking near the hall?"),  # Romanian "veni" inside "evening"
    ("CANCEL", "Bonjour à tout le monde, voici ma question."),  # Hungarian "le … mondani" needs its helper verb
    ("TENTATIVE", "Если возможно, запишите меня."),  # "возможно" after "если" is polite
])
def test_words_of_one_language_do_not_read_into_another(concept, text):
    from mailbot.understand import intent

    assert not getattr(intent, concept).search(text)
