"""Kinds the held-out conversations of table29 found (helper table29, issue 12), in sentences of this test's own:

- a relative glued to "with" in the language the relative's word belongs to ("annemle", "kizimla birlikte",
  Turkish typed without its letters) in a mail read as German or English: the writer comes with that person,
  two people (not the relative registered alone);
- Italian head-counts "sempre in due", "ancora in tre", "solo in due", "in quattro persone" are counts; "in due
  giorni" (in two days) is none.
"""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body, workshop", [
    ("Guten Tag, Anmeldung für Weinsberg 26.9. bitte, annemle beraber. Gruss Hatice", "weinsberg"),
    ("Hallo, ich will kommen am 21.9. nach Neuenstadt, kizimla birlikte. Danke", "neuenstadt"),
    ("Hello, please register for 17 October in Brackenheim, kocamla beraber. Thanks Elif", "brackenheim"),
    ("Hallo bitte anmelden für Offenau am 19.9., mit, oglumla birlikte. Gruß Sevgi", "offenau"),
])
def test_a_relative_glued_to_with_in_a_mixed_mail_comes_with_the_writer(body, workshop):
    r = read(body, subject="Anmeldung")
    assert (r.action, r.workshop, r.attendees) == ("confirm", workshop, 2), (r.action, r.workshop, r.attendees,
                                                                            r.evidence[-1:])


@pytest.mark.parametrize("body, people", [
    ("Hallo, bitte meine Mutter für Weinsberg am 26.9. anmelden. Gruß Hatice", 1),  # the relative alone
    ("Merhaba, annemi 26 Eylül Weinsberg için kaydedin lütfen. Hatice", 1),
])
def test_a_relative_registered_alone_stays_one(body, people):
    r = read(body, subject="Anmeldung")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", people), (r.action, r.attendees)


@pytest.mark.parametrize("body, workshop, people", [
    ("Salve, confermo Brackenheim il 17 ottobre, ancora in due. Lucia", "brackenheim", 2),
    ("Buonasera, per Neuenstadt il 21 settembre, veniamo sempre in tre. Marco", "neuenstadt", 3),
    ("Buongiorno, iscrizione per Weinsberg il 26 settembre, in quattro persone. Paola", "weinsberg", 4),
    ("Ciao, il 19 settembre a Offenau, solo in due stavolta. Gianni", "offenau", 2),
])
def test_italian_counts_with_in(body, workshop, people):
    r = read(body, subject="iscrizione")
    assert (r.action, r.workshop, r.attendees) == ("confirm", workshop, people), (r.action, r.workshop, r.attendees)


def test_italian_in_two_days_is_no_count():
    r = read("Buongiorno, mi iscrivo per Weinsberg il 26 settembre, vi richiamo in due giorni. Paola",
             subject="iscrizione")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 1)


# a surname made of a town's name with "-er" on the name line under the text is no wish for that town
@pytest.mark.parametrize("body, workshop", [
    ("Hallo, ich melde mich für den 21.9. an.\nTina Weinsberger", "neuenstadt"),
    ("Merhaba, 26 Eylül için kayıt olmak istiyorum.\nAyla Offenauer", "weinsberg"),
    ("Hello, I register for 21 September please.\nMaria Brackenheimer", "neuenstadt"),
])
def test_a_surname_made_of_a_town_is_no_wish(body, workshop):
    r = read(body, subject="Anmeldung")
    assert (r.action, r.workshop) == ("confirm", workshop), (r.action, r.reason)


@pytest.mark.parametrize("body", [
    "Dzień dobry, zapisuję się na warsztat.\nW Weinsbergu",  # an inflected town on a line of its own: a wish
    "Здравствуйте, запишите меня на семинар.\nВ Вайнсберге",
    "Hallo, ich melde mich an für den Weinsberger Termin",
])
def test_an_inflected_town_on_a_short_line_is_still_a_wish(body):
    r = read(body, subject="Anmeldung")
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), (r.action, r.reason)


@pytest.mark.parametrize("body", [
    "ሰላም፣ ምስ ቆልዑተይ ናብ ዎርክሾፕ 26 September Weinsberg ክመጽእ እደሊ። ሚካኤል",  # Tigrinya: with my children
    "ሰላም፣ ኣብ 26 September Weinsberg ምስ ደቅና ክንመጽእ ንደሊ። ሰናይት",  # with our children
])
def test_tigrinya_children_without_their_number_are_asked_how_many(body):
    r = read(body, subject="ምዝገባ")
    assert r.workshop == "weinsberg" and "count_unsaid" in r.flags, (r.workshop, r.flags, r.attendees)


# "as a family" / "the whole family" without a number: how many come is asked
@pytest.mark.parametrize("body", [
    "Guten Tag, wir kommen als Familie am 26.9. nach Weinsberg. Gruß Yvonne",
    "Hi, we would join as a family in Weinsberg on 26 September. Kofi",
    "Bonsoir, nous venons en famille à Weinsberg le 26 septembre. Fatou",
    "Buenas, vamos en familia a Weinsberg el 26 de septiembre. Pilar",
    "Добрый вечер, придём всей семьей 26 сентября в Вайнсберг. Инна",
    "Dobry wieczor, bedziemy cala rodzina w Weinsberg 26 wrzesnia. Ola",
])
def test_as_a_family_without_a_number_asks_how_many(body):
    r = read(body, subject="Anmeldung")
    assert (r.action, r.workshop) == ("confirm", "weinsberg") and "count_unsaid" in r.flags, (r.action, r.flags)


@pytest.mark.parametrize("body, people", [
    ("Guten Tag, wir kommen als Familie zu fünft am 26.9. nach Weinsberg. Gruß Yvonne", 5),
    ("Hi, we come as a family of 4 to Weinsberg on 26 September. Kofi", 4),
    ("Hola, somos una familia de 3, para Weinsberg el 26 de septiembre. Pilar", 3),
    ("Ciao, siamo una famiglia di 5, per Weinsberg il 26 settembre. Gianni", 5),
    ("Bonjour, une famille de 4 pour Weinsberg le 26 septembre. Fatou", 4),
])
def test_as_a_family_with_its_number_is_that_many(body, people):
    r = read(body, subject="Anmeldung")
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", people) and "count_unsaid" not in r.flags


# a new head-count answering our confirmation: Arabic "for two persons" with its preposition written on
# ("لشخصين"), Russian and Ukrainian "only two (of us)" ("только двое", "лише двоє")
@pytest.mark.parametrize("body, lang, people", [
    ("مرحبا، ارجو تسجيلنا لشخصين. هدى", "ar", 2),
    ("مساء الخير، الحجز لثلاثة أشخاص من فضلك. هدى", "ar", 3),
    ("Добрый день, придём только трое, бабушка не сможет.", "ru", 3),
    ("Доброго дня, нас буде лише двоє.", "uk", 2),
])
def test_a_new_head_count_in_other_words(body, lang, people):
    from mailbot.understand.people import count_attendees
    assert count_attendees(body, "", [], lang).count == people


# an out-of-office answer without the headers that say so, answering our mail ("AW:", our mail quoted):
# read from its words, never answered (a mail loop otherwise)
@pytest.mark.parametrize("body", [
    "Sono fuori sede fino al 20 settembre, con accesso limitato alla posta elettronica. Cordiali saluti",
    "Дякую за ваш лист. Я у відпустці до 18 вересня, відповім пізніше.",
    "Спасибо за письмо. Я в отпуске до 18.09., отвечу после возвращения.",
    "Guten Tag, ich bin ab sofort nicht mehr bei der Stadtwerke GmbH tätig. Bitte wenden Sie sich an die Zentrale.",
])
def test_an_out_of_office_text_without_headers_is_not_answered(body):
    r = read(body, subject="AW: Ihre Anmeldung [MB-ABC123]")
    assert (r.intent, r.action) == ("auto_reply", "ignore"), (r.intent, r.action, r.reason)


@pytest.mark.parametrize("body", [
    "Hallo, ab sofort kann ich doch am 26.9. nach Weinsberg kommen. Bitte anmelden. Gruß Jens",
    "Доброго дня, дякую за лист. Запишіть мене на 26 вересня у Вайнсберг.",
    "Buongiorno, grazie per il messaggio. Sono in ferie, ma vengo volentieri a Weinsberg il 26 settembre. Lia",
])
def test_a_resident_using_some_of_those_words_is_read(body):
    r = read(body, subject="Anmeldung")
    assert (r.action, r.workshop) == ("confirm", "weinsberg"), (r.intent, r.action, r.reason)


@pytest.mark.parametrize("body", [
    "Buenas tardes, quíteme de la lista de espera, ya no me interesa. Carmen",  # the polite singular
    "Hola, sáqueme de la lista por favor. Luis",
    "Καλησπέρα, αφαιρέστε με από τη λίστα, δεν θα περιμένω. Σοφία",
])
def test_taking_me_off_the_list_is_a_cancellation(body):
    r = read(body, subject="Re: Warteliste: Workshop am Dienstag, 26. September 2023 [MB-ABC123]")
    assert (r.intent, r.action) == ("cancel", "cancel"), (r.intent, r.action, r.reason)


# "this address is no longer read", sent by the mailbox itself in answer to our mail: never answered
@pytest.mark.parametrize("body", [
    "Meine E-Mail-Adresse wird ab sofort nicht mehr abgerufen. Schreiben Sie bitte an die neue Adresse.",
    "This inbox is no longer monitored. Kindly use the new contact address.",
    "Bu e-posta adresi artık kullanılmıyor. Lütfen yeni adrese yazın.",
    "Этот почтовый адрес больше не используется. Пишите на новый адрес.",
    "هذا البريد لم يعد مستخدما، الرجاء المراسلة على العنوان الجديد.",
])
def test_an_address_no_longer_read_is_not_answered(body):
    r = read(body, subject="Re: Ihre Anmeldung [MB-ABC123]")
    assert (r.intent, r.action) == ("auto_reply", "ignore"), (r.intent, r.action, r.reason)
