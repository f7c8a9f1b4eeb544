"""Kinds of unseen mail that must never be confirmed, cancelled or answered wrongly, and the
readings they depend on (quote headers, dates, changes, languages, towns). Wording is the
test's own, in several languages.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import read_answer
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read
from tests.unit.test_replies_to_us import NOW

OUR_CONFIRMATION = "<20230911080000.QX7K2M@landratsamt-heilbronn.de>"


def chosen(body: str, **kw) -> tuple[str, str | None]:
    """What the desk is asked to do with ``body`` and for which workshop."""
    r = read(body, **kw)
    return r.action, r.workshop


def answer_to_confirmation(body: str, workshop: str = "weinsberg", date: str = "Dienstag, 26. September 2023"):
    """``body`` above our quoted confirmation of ``workshop`` for one person → (reading, plan)."""
    quoted = ("\n\nAm Mo., 11. Sept. 2023 um 10:00 Uhr schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n"
              "> Guten Tag,\n>\n> vielen Dank! Sie sind jetzt angemeldet.\n>\n"
              f"> Datum: {date}\n> Uhrzeit: 16:45 bis 21:00 Uhr\n> Ihre Anmelde-Nummer: MB-QX7K2M\n")
    raw = build(body + quoted, subject="Re: Ihre Anmeldung [MB-QX7K2M]",
                headers={"In-Reply-To": OUR_CONFIRMATION, "References": OUR_CONFIRMATION})
    reg = RegView(5, workshop, "confirmed", 1)
    reading = understand(raw, EVENTS, OFFICE)
    desk = Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg, answer=read_answer(raw, EVENTS))
    return reading, decide(reading, desk)


# --- two days and one month name: both are meant, the choice is left to us -------------------------

@pytest.mark.parametrize("body", [
    "Mogę przyjść 19 lub 26 września, jak Państwu wygodniej.",
    "Posso venire il 21 o il 26 settembre, decidete voi.",
    "19 veya 26 Eylül'de gelebilirim, hangisi size uygunsa.",
    "Могу 21 или 26 сентября, как вам удобнее.",
    "Je peux venir le 19 ou le 26 septembre, comme vous préférez.",
    "أود التسجيل في ٢١ أو ١٩ سبتمبر، ما يناسبكم",
    "Mogu doći 19. ili 21. septembra, kako vama odgovara.",
    "Можно на 19-е или 26-е сентября, как вам удобнее.",
])
def test_two_days_before_one_month_are_both_read_and_asked_about(body):
    r = read(body)
    assert r.action == "clarify" and len(r.candidates) == 2


@pytest.mark.parametrize("body", [
    "Ich komme am 19. oder 26., wie es passt.",
    "I can come on the 19th or 26th.",
    "Je peux le 19 ou le 26.",
    "Pot pe 19 sau pe 26.",
    "Можно на 19-е или 26-е, как вам удобнее.",
])
def test_two_bare_days_joined_by_or_are_both_asked_about(body):
    r = read(body)
    assert r.action == "clarify" and r.candidates == ["offenau", "weinsberg"]


@pytest.mark.parametrize("body,workshop", [
    ("Ich komme am 19. und 2 Freunde kommen mit.", "offenau"),
    ("Ich komme am 26. mit 2 Kindern.", "weinsberg"),
])
def test_a_count_after_a_day_is_no_second_day(body, workshop):
    assert chosen(body) == ("confirm", workshop)


def test_one_day_before_a_month_is_still_one_date():
    r = read("Ich melde mich für den 26 September an, wir sind 3 Personen.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


# --- bulk mail that asks to reply STOP ---------------------------------------------------------------

@pytest.mark.parametrize("subject,body", [
    ("Sonderangebot bis 26.09.", "Neue Firmenadressen für Ihr Marketing, 40 % Rabatt bis 26.09.\n"
                                 "Keine weiteren Angebote? Antworten Sie mit STOP."),
    ("Last chance: 19/09", "Grow your business with our lead lists, offer ends 19 September.\n"
                           "Reply STOP to opt out."),
    ("Скидки до 17.10", "Продвижение сайтов, скидка до 17.10.\nЕсли не хотите получать письма, ответьте STOP."),
    ("Promosyon 21.09'a kadar", "Web siteniz için reklam paketi, 21.09'a kadar indirimli.\n"
                                "Listeden çıkmak için STOP yazıp yanıtlayın."),
])
def test_bulk_mail_asking_to_reply_stop_is_neither_a_cancellation_nor_answered(subject, body):
    r = read(body, subject=subject, sender="Angebote <office@promo-example.net>")
    assert r.action == "ignore" and r.intent in ("spam", "bulk")


def test_a_person_who_writes_stop_is_still_read():
    r = read("STOP – ich kann am 26.09. doch nicht kommen, bitte streichen Sie mich.")
    assert (r.action, r.workshop) == ("cancel", "weinsberg")


# --- thanks and a promise to come, answering our confirmation ----------------------------------------

@pytest.mark.parametrize("body", [
    "ብጣዕሚ የቐንየልና፣ ክንመጽእ ኢና።",           # Tigrinya
    "በጣም አመሰግናለሁ፣ እመጣለሁ።",               # Amharic
    "Mahadsanid, waan imaan doonaa.",        # Somali
    "Cảm ơn nhiều, tôi sẽ đến.",             # Vietnamese
    "Благодаря, ще дойда!",                  # Bulgarian
    "Köszönöm, ott leszek!",                 # Hungarian
    "நன்றி, நான் வருவேன்.",                   # Tamil
    "Hvala, doći ću!",                       # Croatian
])
def test_thanks_and_i_will_come_to_our_confirmation_gets_no_reply(body):
    reading, plan = answer_to_confirmation(body)
    assert reading.action == "ignore" and plan.reply is None and not plan.review


@pytest.mark.parametrize("body", [
    "Vielen Dank! Ich komme aber lieber am 17.10.",
    "Thank you, could I still switch to the Offenau date?",
])
def test_thanks_and_a_new_date_to_our_confirmation_is_still_read(body):
    reading, plan = answer_to_confirmation(body)
    assert reading.action != "ignore" and plan.reply is not None


@pytest.mark.parametrize("body", [
    "Danke, meine Schwester kommt auch.",
    "Thanks, and my neighbour wants to join.",
])
def test_thanks_and_another_person_is_not_ignored(body):
    reading, _ = answer_to_confirmation(body)
    assert reading.action != "ignore"


# --- quote headers of mail programs in other languages -------------------------------------------------

def _confirmation_quote(head: str, prefix: str = "> ") -> str:
    lines = ["Guten Tag,", "", "vielen Dank! Sie sind jetzt angemeldet.", "",
             "Datum: Dienstag, 17. Oktober 2023", "Uhrzeit: 16:45 bis 21:00 Uhr", "Ihre Anmelde-Nummer: MB-QX7K2M"]
    return head + "\n" + "\n".join(prefix + ln if ln else prefix.rstrip() for ln in lines) + "\n"


@pytest.mark.parametrize("head", [
    # Gmail in Russian writes no verb; the sending day is a workshop day
    "чт, 21 сент. 2023 г. в 08:05, Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n",
    "Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>, 21 Eyl 2023 Per, 08:05 tarihinde şunu yazdı:\n",
    "Il giorno gio 21 set 2023 alle ore 08:05 Landratsamt Heilbronn <integration@landratsamt-heilbronn.de> ha scritto:\n",
    "czw., 21 wrz 2023 o 08:05 Landratsamt Heilbronn <integration@landratsamt-heilbronn.de> napisał(a):\n",
    "2023. szept. 21., Cs 8:05 Landratsamt Heilbronn <integration@landratsamt-heilbronn.de> ezt írta:\n",
])
def test_the_sending_day_in_an_attribution_is_not_the_workshop_cancelled(head):
    body = "Leider muss ich absagen, ich habe keinen Urlaub bekommen.\nJana\n\n" + _confirmation_quote(head)
    r = read(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]",
             headers={"In-Reply-To": OUR_CONFIRMATION, "References": OUR_CONFIRMATION})
    assert (r.action, r.workshop) == ("cancel", "brackenheim")
    assert "21" not in r.new_text


@pytest.mark.parametrize("block", [
    "От: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\nОтправлено: 21 сентября 2023 г. 8:05\n"
    "Кому: jana@example.org\nТема: Re: Anmeldung",
    "Da: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\nInviato: giovedì 21 settembre 2023 08:05\n"
    "A: jana@example.org\nOggetto: Re: Anmeldung",
    "Šalje: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\nPoslano: četvrtak, 21. rujna 2023. 8:05\n"
    "Prima: jana@example.org\nPredmet: Re: Anmeldung",
    "Feladó: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\nElküldve: 2023. szeptember 21. 8:05\n"
    "Címzett: jana@example.org\nTárgy: Re: Anmeldung",
    "Від: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\nНадіслано: 21 вересня 2023 р. 8:05\n"
    "Кому: jana@example.org\nТема: Re: Anmeldung",
    "De la: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\nTrimis: joi, 21 septembrie 2023 08:05\n"
    "Către: jana@example.org\nSubiect: Re: Anmeldung",
])
def test_an_outlook_header_block_in_another_language_ends_the_new_text(block):
    body = "Leider muss ich absagen.\nJana\n\n________________________________\n" + _confirmation_quote(block, prefix="")
    r = read(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]",
             headers={"In-Reply-To": OUR_CONFIRMATION, "References": OUR_CONFIRMATION})
    assert (r.action, r.workshop) == ("cancel", "brackenheim")


@pytest.mark.parametrize("head,answer,workshop", [
    ("Gesendet: Montag, 11. September 2023 um 10:00 Uhr\nVon: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\n"
     "An: jana@example.org\nBetreff: Re: Anmeldung", "Wir müssen leider absagen.", "brackenheim"),
    ("From: Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>\nSent: Monday, September 11, 2023 10:00 AM\n"
     "To: jana@example.org\nSubject: Re: Anmeldung", "Sorry, I have to cancel after all.", "brackenheim"),
])
def test_an_answer_below_the_quote_is_read(head, answer, workshop):
    body = _confirmation_quote(head) + "\n" + answer + "\nJana\n"
    r = read(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]",
             headers={"In-Reply-To": OUR_CONFIRMATION, "References": OUR_CONFIRMATION})
    assert (r.action, r.workshop) == ("cancel", workshop)


@pytest.mark.parametrize("answer,people", [
    ("Ja, wir kommen dann doch zu dritt, mein Bruder kommt mit.", 3),
    ("Alla fine veniamo in tre, viene anche mio fratello.", 3),
    ("After all I will come with my wife.", 2),
])
def test_a_new_head_count_below_our_confirmation_keeps_its_workshop(answer, people):
    head = ("Gesendet: Montag, 11. September 2023 um 10:00 Uhr\nVon: Landratsamt Heilbronn "
            "<integration@landratsamt-heilbronn.de>\nAn: jana@example.org\nBetreff: Re: Anmeldung")
    r = read(_confirmation_quote(head) + "\n" + answer + "\n", subject="Re: Ihre Anmeldung [MB-QX7K2M]",
             headers={"In-Reply-To": OUR_CONFIRMATION, "References": OUR_CONFIRMATION})
    assert (r.action, r.workshop, r.attendees) == ("confirm", "brackenheim", people)


# --- days and months written in ways the lists missed -----------------------------------------------

@pytest.mark.parametrize("body,workshop", [
    ("Запишіть мене на 21-го, будь ласка.", "neuenstadt"),              # Ukrainian genitive ending
    ("Ще дойда на 19-ти, благодаря.", "offenau"),                       # Bulgarian ordinal ending
    ("Waxaan iman doonaa 19ka, mahadsanid.", "offenau"),                # Somali article on the day
    ("Mozhno menja zapisat na 26ogo? Spasibo.", "weinsberg"),           # Russian in Latin letters
    ("Пријавите ме за 19., хвала.", "offenau"),                         # Serbian "for the 19th"
    ("Prijavite me za 26., hvala.", "weinsberg"),
    ("Запишите меня на 21-е, пожалуйста.", "neuenstadt"),             # Russian "the 21st" (neuter)
])
def test_a_day_with_a_case_or_ordinal_ending_names_the_event(body, workshop):
    assert chosen(body) == ("confirm", workshop)


@pytest.mark.parametrize("body", [
    "Ще дойда в Offenau, за 2-ри път идвам на такава среща.",
    "Dolazim u Offenau, za 3. put sam na ovakvoj radionici.",
])
def test_an_ordinal_that_is_no_day_leaves_the_named_town(body):
    assert chosen(body) == ("confirm", "offenau")


@pytest.mark.parametrize("body,workshop", [
    ("Hochu zapisatsja na 17 oktjabrja.", "brackenheim"),
    ("Zapishite nas na 21 sentjabrja, budem vdvojom.", "neuenstadt"),
    ("ለሴፕቴምበር 19 ምዝገባ እፈልጋለሁ።", "offenau"),                     # Amharic, "for September 19"
    ("በኦክቶበር 17 መምጣት እፈልጋለሁ።", "brackenheim"),                  # Amharic, "on October 17"
    ("ንሰፕቴምበር 26 ክምዝገብ እደሊ።", "weinsberg"),                      # Tigrinya
])
def test_month_names_in_latin_letters_or_ethiopic_script_are_read(body, workshop):
    assert chosen(body) == ("confirm", workshop)


@pytest.mark.parametrize("body,want", [
    ("Ich würde gern in der KW 42 kommen.", ("confirm", "brackenheim")),
    ("Ich melde mich für die 39. Kalenderwoche an.", ("confirm", "weinsberg")),
    ("Can I sign up for week 39, please?", ("confirm", "weinsberg")),
    ("Ich komme in KW 38.", ("clarify", None)),                           # two workshops that week
])
def test_a_calendar_week_with_one_workshop_names_it_else_we_ask(body, want):
    assert chosen(body) == want


@pytest.mark.parametrize("body,workshop", [
    ("Ich komme Di. 26. zum Workshop.", "weinsberg"),
    ("Zapisz mnie na czw. 21, dziękuję.", "neuenstadt"),
    ("Ik meld me aan voor di 19.", "offenau"),
])
def test_a_short_weekday_with_its_day_names_the_event(body, workshop):
    assert chosen(body) == ("confirm", workshop)


@pytest.mark.parametrize("body,workshop", [
    ("Wir kommen zu 3 Leute am 26. September.", "weinsberg"),
    ("Ich bringe 2 Kids am 21 September mit.", "neuenstadt"),
    ("Zapisz nas, 4 osoby na 26 września.", "weinsberg"),
    ("Wir kommen zu 2, am 19. September.", "offenau"),
])
def test_a_count_before_a_date_is_no_second_day(body, workshop):
    assert chosen(body) == ("confirm", workshop)


# --- "from X to Y" and a polite "if possible" in more languages ----------------------------------------

@pytest.mark.parametrize("body", [
    "Vă rog să mă transferați de la Offenau la Brackenheim.",
    "Παρακαλώ μεταφέρετέ με από το Offenau στο Brackenheim.",
    "Ju lutem më kaloni nga Offenau në Brackenheim.",
    "Por favor, cámbienme de Offenau a Brackenheim.",
    "Por favor, mudem-me de Offenau para Brackenheim.",
    "Pouvez-vous me changer de Offenau à Brackenheim ?",
    "Per favore spostatemi da Offenau a Brackenheim.",
    "Molim vas prebacite me iz Offenaua u Brackenheim.",
    "لطفا مرا از Offenau به Brackenheim منتقل کنید.",
    "Xin chuyển tôi từ Offenau sang Brackenheim.",
])
def test_a_change_from_one_town_to_another_names_the_new_one(body):
    r = read(body)
    assert (r.action, r.workshop, r.intent) == ("confirm", "brackenheim", "change")


@pytest.mark.parametrize("body,workshop", [
    ("Я б хотіла прийти 21 вересня, якщо можна.", "neuenstadt"),
    ("Chciałabym przyjść 26 września, jeśli można.", "weinsberg"),
    ("Quisiera ir el 19 de septiembre, si es posible.", "offenau"),
    ("Vorrei venire il 17 ottobre, se possibile.", "brackenheim"),
    ("Je voudrais venir le 21 septembre, si possible.", "neuenstadt"),
    ("Gostaria de ir no dia 26 de setembro, se for possível.", "weinsberg"),
])
def test_if_possible_is_polite_not_a_condition(body, workshop):
    assert chosen(body) == ("confirm", workshop)


@pytest.mark.parametrize("body", [
    "Я прийду 21 вересня, якщо буде перекладач.",
    "Vengo il 17 ottobre, ma solo se il mio capo mi dà il giorno libero.",
    "Приду 21 сентября, но только если начальник отпустит.",
    "Przyjdę 26 września, ale tylko jeśli szef da mi wolne.",
    "Vengo il 17 ottobre, ma solo se c'è un interprete.",   # no verb of registering the lists know
])
def test_a_real_condition_still_waits_for_staff(body):
    assert read(body).action == "review"


# --- languages typed without their letters ----------------------------------------------------------

@pytest.mark.parametrize("body,workshop,lang", [
    ("Sziasztok, a kollegammal egyutt jonnenk a 19-i alkalomra, mert minket is erdekel a tema. Koszi!", "offenau", "hu"),
    ("Jo napot, a baratnommel reszt vennenk a 26-i muhelyen, ha meg van hely. Udvozlettel, Eva", "weinsberg", "hu"),
    ("Dobryj den, zapyshit mene na 26.09., djakuju!", "weinsberg", "uk"),
    ("Pryvit, zapyshit nas z ditej na 17.10, bud laska.", "brackenheim", "uk"),
])
def test_a_language_typed_without_its_letters_is_read(body, workshop, lang):
    r = read(body)
    assert (r.action, r.workshop, r.language) == ("confirm", workshop, lang)


# --- a town in an organisation's name is no wish ------------------------------------------------------

@pytest.mark.parametrize("body,workshop", [
    ("Die Grundschule Offenau meldet drei Lehrkräfte für den 17.10. an.", "brackenheim"),
    ("Der Helferkreis Neuenstadt e.V. möchte zwei Personen für Weinsberg anmelden.", "weinsberg"),
    ("Wir vom Förderverein Weinsberg kommen zu zweit am 19.09.", "offenau"),
    ("Offenau Türk Kültür Derneği olarak 2 kişi Brackenheim'daki toplantıya katılmak istiyoruz.", "brackenheim"),
])
def test_a_town_in_an_organisations_name_is_no_wish(body, workshop):
    assert chosen(body) == ("confirm", workshop)


def test_a_town_wished_by_an_organisation_is_still_read():
    r = read("Unser Verein möchte zwei Personen für den Workshop in Neuenstadt anmelden.")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


@pytest.mark.parametrize("body,workshop", [
    ("Szeretnenk jelentkezni, a kollegammal jonnenk Neuenstadtba.", "neuenstadt"),
    ("Jelentkezem, az Offenauban tartott alkalomra jonnek.", "offenau"),
])
def test_a_town_with_a_hungarian_case_ending_is_read(body, workshop):
    assert chosen(body) == ("confirm", workshop)


@pytest.mark.parametrize("answer,workshop", [
    ("Dann doch lieber am 26. wenn das geht.", "weinsberg"),
    ("Rather the 21st after all if that works for you.", "neuenstadt"),
])
def test_if_that_works_after_a_new_date_is_polite(answer, workshop):
    body = answer + "\nJana\n\n" + _confirmation_quote("Am 11.09.2023 um 10:00 schrieb Landratsamt Heilbronn "
                                                      "<integration@landratsamt-heilbronn.de>:")
    r = read(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]",
             headers={"In-Reply-To": OUR_CONFIRMATION, "References": OUR_CONFIRMATION})
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("subject,body", [
    ("Oferta do 21.09", "Tanie kredyty do 21.09! Aby wypisać się z listy, odpowiedz NIE."),
    ("Rabatt bis 26.09.", "Nur bis 26.09.: 30 % auf alle Druckerpatronen! Wenn Sie keine Angebote mehr "
                          "erhalten möchten, klicken Sie unten."),
    ("Deal ends 19/09", "Printer ink -30% until 19 September. If you no longer wish to receive our offers, "
                        "use the link below."),
    ("Kampanya 17 Ekim'e kadar", "17 Ekim'e kadar tüm ürünlerde indirim. Listeden çıkmak için İPTAL yazın."),
])
def test_mass_mail_saying_how_to_stop_it_is_not_answered(subject, body):
    r = read(body, subject=subject, sender="Angebote <office@promo-example.net>")
    assert r.action == "ignore" and r.intent == "spam"


@pytest.mark.parametrize("body", [
    "Bitte schicken Sie mir keine E-Mails mehr, ich sage den Workshop am 26.09. ab.",
    "Nie, nie przyjdę 21 września, proszę mnie wypisać.",
])
def test_a_person_who_wants_no_more_mail_still_cancels(body):
    assert read(body).action == "cancel"


@pytest.mark.parametrize("body", [
    "Muss man gut Deutsch können, um teilzunehmen? Ich lerne noch.",
    "Do I need good German to take part? I am still learning.",
    "Czy trzeba dobrze znać niemiecki, żeby wziąć udział? Dopiero się uczę.",
    "Katılmak için iyi Almanca bilmek gerekiyor mu? Henüz öğreniyorum.",
])
def test_a_question_about_the_language_needed_goes_to_staff(body):
    assert read(body).action == "review"


def test_asking_whether_one_can_still_register_is_answered_with_the_dates():
    assert read("Kann ich mich noch anmelden?").action == "clarify"


@pytest.mark.parametrize("body", [
    "Guten Tag,\nich bin gehbehindert. Gibt es im Saal einen Aufzug? Falls ja, komme ich gern am 21.09. nach Neuenstadt.\nGruß Ilse",
    "Hello, does the venue in Offenau have a hearing loop? If so, I'd like to come on 19 September. Regards, Tom",
    "Здравствуйте! Будет ли переводчик на русский? Если да, запишите меня на 26 сентября. Ольга",
    "Merhaba, çocuklar için bakım var mı? Evetse 17 Ekim'e kayıt olmak istiyorum. Selin",
    "Bonjour, y a-t-il une garderie pour les enfants ? Si oui, je viendrai le 26 septembre. Amina",
    "Dzień dobry, czy będzie tłumacz? Jeśli tak, proszę mnie zapisać na 21 września. Ewa",
])
def test_a_registration_that_waits_for_the_answer_to_its_own_question_is_not_confirmed(body):
    # the writer comes only if our answer is yes: staff answers first, nothing is confirmed
    action, _ = chosen(body)
    assert action == "review"


@pytest.mark.parametrize("body", [
    "Hallo, gibt es noch Plätze am 26.09.? Dann melde ich mich gerne für Weinsberg an.\nGruß Jan",
    "Hi! Is there still room on 19 September? If so, please register me for Offenau. Best, Ann",
])
def test_a_question_whether_places_are_left_is_no_condition(body):
    # availability is what the desk checks anyway: confirmed (or put on the waiting list)
    assert chosen(body)[0] == "confirm"


@pytest.mark.parametrize("body, workshop", [
    ("Hallo, ich melde mich für Offenau an, meine Tochter kommt mit und braucht keine Betreuung.\nGruß Eva", "offenau"),
    ("Hi, please register me for Neuenstadt, my son is coming too and won't need a seat of his own.\nJo", "neuenstadt"),
])
def test_a_negation_said_of_a_companion_does_not_undo_the_writers_registration(body, workshop):
    # "…, meine Tochter kommt mit und braucht keine …": another subject, another clause
    assert chosen(body) == ("confirm", workshop)
