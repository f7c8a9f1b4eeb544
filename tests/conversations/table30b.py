"""Answers to the mails the desk sends on its own (not held out; written in the fifteenth session after
table30's writer found the runner could not play them): the promotion from the waiting list ("a place is
free for you") and the reminder two days before the workshop. The resident answers that very mail
(``latest``): thanks, a cancellation, a move to another date, in German and five other languages."""

from tests.conversations.runner import Step
from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table26 import other


def on_latest(text, expect, regs=None, day=None):
    """An answer to the desk's latest mail to the resident, also one it sent on its own."""
    return Step(text, expect, regs or {}, reply=True, day=day, latest=True)


def wait(regs, day):
    """The resident writes nothing on ``day``; the desk's run of that day sends what is due (a reminder)."""
    return Step("", None, regs, reply=False, day=day, style="wait")


def _frees(who, wid, date, day=2):
    """The two people who filled the workshop (booked before the conversation) cancel on ``day``: the
    resident moves up from the waiting list."""
    return other(who, f"Guten Tag, wir müssen für den {date} leider absagen.\n{who.replace('-', ' ').title()}",
                 "cancelled", {wid: (C, 1)}, reply=False, subject="Absage", day=day)


PROMOTED = [
    conv("c30b-de-promoted-thanks", "de",
         new("Guten Tag, bitte melden Sie mich für Offenau am 19.9. an. Greta Lindner", "waiting", {OFF: (W, 1)}),
         _frees("horst-baumann", OFF, "19.9."),
         on_latest("Das ist ja prima, vielen Dank! Bis dann.", None, {OFF: (C, 1)}, day=3),
         capacity={OFF: 2}, before=[("horst-baumann", "Anmeldung Offenau 19.9. für zwei Personen. Horst Baumann")]),
    conv("c30b-tr-promoted-cancels", "tr",
         new("Merhaba, 21 Eylül Neuenstadt için kayıt olmak istiyorum. Serkan Aksoy", "waiting", {NEU: (W, 1)},
             subject="kayıt"),
         _frees("jutta-kramer", NEU, "21.9."),
         on_latest("Çok teşekkürler ama artık o gün işim var, gelemeyeceğim. Lütfen silin.", "cancelled", {}, day=3),
         capacity={NEU: 2}, before=[("jutta-kramer", "Anmeldung Neuenstadt 21.9., wir sind zwei. Jutta Kramer")]),
    conv("c30b-es-promoted-moves", "es",
         new("Hola, quiero apuntarme para el 26 de septiembre en Weinsberg. Lucía Romero", "waiting",
             {WEI: (W, 1)}, subject="inscripción"),
         _frees("ralf-vogt", WEI, "26.9."),
         on_latest("Gracias por avisar. Ahora el 26 ya no me va bien, ¿me pueden cambiar al 17 de octubre en "
                   "Brackenheim?", "changed", {BRA: (C, 1)}, day=3),
         capacity={WEI: 2}, before=[("ralf-vogt", "Anmeldung Weinsberg 26.9. zu zweit. Ralf Vogt")]),
]

REMINDED = [
    # the reminder for Offenau (19 September, 16:45) is due two days before: the run of the 18th sends it (day
    # 14); the resident answers on the morning of the workshop
    conv("c30b-ru-reminder-thanks", "ru",
         new("Здравствуйте, запишите меня на 19 сентября в Оффенау. Ольга Белова", "confirmed", {OFF: (C, 1)},
             subject="запись"),
         wait({OFF: (C, 1)}, day=14),
         on_latest("Спасибо за напоминание, обязательно буду!", None, {OFF: (C, 1)}, day=15)),
    conv("c30b-pl-reminder-cancels", "pl",
         new("Dzień dobry, zapisuję się na 19 września w Offenau. Marek Wójcik", "confirmed", {OFF: (C, 1)},
             subject="zapis"),
         wait({OFF: (C, 1)}, day=14),
         on_latest("Dziękuję za przypomnienie, niestety zachorowałem i nie przyjdę. Proszę mnie wypisać.",
                   "cancelled", {}, day=15)),
    conv("c30b-de-reminder-fewer", "de",
         new("Hallo, wir kommen zu dritt nach Offenau am 19.9. Gruß Sven Ebert", "confirmed", {OFF: (C, 3)}),
         wait({OFF: (C, 3)}, day=14),
         on_latest("Danke für die Erinnerung. Wir sind jetzt nur noch zu zweit, meine Tochter ist krank.",
                   "recounted", {OFF: (C, 2)}, day=15)),
]

CONVERSATIONS30B = PROMOTED + REMINDED
KNOWN_FAILING30B: list[str] = []
