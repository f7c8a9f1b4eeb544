"""What the sender wants, and how each clause speaks of an event (wants it, rules it out,
had it before, only might come). Word lists cover German first, then English, Turkish,
Arabic, Russian, Ukrainian, Polish, Romanian, Italian, French, Persian, Spanish, Croatian,
Portuguese, Greek and Albanian; they are stems, matched case-insensitively."""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern:
    return re.compile("|".join(parts), re.I)


def _separable(verbs: str, particle: str, at_end: bool = True) -> str:
    """A German separable verb split around the clause: "ich sage meine Teilnahme am 19.09. ab".
    The words between may hold the full stops of dates; the particle ends the clause when
    ``at_end`` ("ab 17 Uhr" is a preposition)."""
    end = r"(?=\s*(?:[.!,;:)]|$))" if at_end else r"(?!\w)"
    return rf"(?<!\w)({verbs})(?!\w)(?:[^.!?\n]|(?<=\d)\.){{0,100}}?(?<!\w){particle}{end}"


REGISTER = _rx(
    r"anmeld|angemeldet|anmelde|melde (ich|mich|uns)|melden (wir|uns|sie mich|sie uns)|(?<!\w)an(zu)?melden",
    r"teilnehm|teilnahme|teilzunehmen|dabei (zu )?sein|bin dabei|sind dabei|dazu(zu)?kommen|vorbei(zu)?kommen",
    # separable verbs: "gerne nehme ich am Workshop teil", "bitte melden Sie meine Frau für den 19.09. an"
    _separable("nehme|nehmen", "teil", at_end=False), _separable("melde|melden", "an"),
    r"(?<!\w)(ich |wir )?(komme|kommen|käme|kämen)(?!\w)|eintragen|tragen sie|reservier|vormerk|amelda|aamelda",
    r"register|registration|sign (me |us )?up|(?<!\w)attend|participate|take part|(?<!\w)join(?!\w)|count me in",
    r"(?<!\w)(come|coming)(?!\w)|book (me|us|a place|a seat)|reserve",
    r"katıl|kayıt|kaydol|gelmek istiyorum|geleceğim|gelece",
    r"зарегистр|записа|запиши|прийти|участ|приду|придём|зареєстр|записати|взяти участь|прийду",
    r"zapis|zgłasza|zgłosz|wziąć udział|udział|przyjdę|przyjść",
    r"înscri|inscri|particip|(?<!\w)vin(?!\w)|veni",
    r"iscriv|partecip|verrò|venire|prenot",
    r"s'inscrire|m'inscrire|venir|assister",
    r"inscrib|asistir|(?<!\w)ir al|apunt",
    r"prijav|doći|sudjelov|dolazim",
    r"ثبت|شرکت|بیایم|التسجيل|المشاركة|الحضور|تسجيل|أسجل|احضر|أحضر",
    r"εγγραφ|συμμετ|regjistr|marr\w* pjes|inscrever|participar|gostaria de ir",
)
CANCEL = _rx(
    r"absag|absage|abzusagen|abmeld|abzumelden|(?<!\w)streichen|storn|zurückzieh|nicht (mehr )?teilnehmen|"
    r"nicht (mehr )?(mit)?kommen|doch nicht|nicht (mehr )?dabei sein|zurücknehm|zurückzunehmen",
    # separable verbs: "ich sage meine Teilnahme am 19.09. ab", "hiermit melde ich mich wieder ab"
    _separable("sage|sagen|melde|melden", "ab"), _separable("trage|tragen", "aus"), r"austrag",
    r"cancel|withdraw|(can't|cannot|won't be able to|unable to|not be able to|can no longer|no longer) (make it|attend|come|join|participate)|give my (place|seat)|"
    r"(remove|delete|take) (me|my name|my registration|us)\b|unregister|deregister|un-?subscribe me",
    r"iptal|katılamayacağım|katılamıyorum|gelemeyeceğim|gelemiyorum",
    r"отмен|не смогу|не сможем|не приду|скасу|не зможу|не прийду",
    r"odwoł|rezygn|nie będę mogł|nie mogę (przyjść|wziąć)|wypisa",
    r"anul|nu (mai )?pot (veni|participa)|renunț",
    r"annull|disdire|disdico|non potrò|non posso (venire|partecipare)",
    r"annul|ne pourrai pas|ne peux pas (venir|participer)|désinscri|desinscri",
    r"cancelar|anular|no podré|no puedo (ir|asistir)|darme de baja",
    r"otkaz|odjav|ne mogu doći|neću moći",
    r"لغو|انصراف|نمی‌?توانم (بیایم|شرکت)|إلغاء|الغاء|لن أتمكن|لا أستطيع الحضور",
    r"ακύρωσ|δεν θα μπορέσω|anuloj|cancelar a (minha )?inscrição|não (poderá|poderei|posso|vou) (participar|ir)|já não",
)
CHANGE_STRONG = _rx(
    r"umbuch|ummeld|umzumelden|wechseln|tauschen|(?<!\w)ändern|änderung|verschieben|verlegen|stattdessen|statt dessen|"
    r"ausweichen|anderen termin (nehmen|wählen)",
    r"(?<!\w)(change|switch|move|transfer|reschedule|swap)(?!\w)|instead",
    r"değiştir|yerine|перенес|поменя|вместо|перепис|змін|замість|перенест|zmieni|zamiast|przenie|przepis",
    r"(?<!\w)(mut(a|ați|ati|ă|e|ti))(?!\w)|schimb|în loc|cambia|spostar|invece|changer|au lieu|déplacer|cambiar|en lugar|en vez|promijen|umjesto|premjest",
    r"تغییر|به جای|تغيير|بدلا|بدلاً|نقل",
)
CHANGE_WEAK = _rx(r"(?<!\w)(lieber|eher|rather|prefer|plutôt|piuttosto|preferir)(?!\w)")
NEGATION = _rx(
    r"(?<!\w)(nicht|kein|keine|keinen|nie|niemals|verhindert|ausgebucht|verpasst|urlaub|verreist)(?!\w)|anderen termin|"
    r"passt (mir )?nicht|geht (bei mir )?nicht|(ist|sind|wäre|liegt) (mir |uns )?(leider )?(zu|viel zu) (weit|weit weg|spät|früh)|"
    r"klappt (bei mir )?nicht|schaffe ich nicht|schaffen wir nicht|(schon|bereits) (einen|einen anderen) termin|"
    r"schon (etwas|was) vor|keine zeit",
    r"(?<!\w)(not|cannot|can't|unable|busy|missed|vacation|holiday)(?!\w)|n't(?!\w)|other (appointment|commitment)|"
    r"(is|are) too (far|late|early)",
)
# short negation words are ordinary words in other languages ("ne" is "us" in Romanian, "no" is "in the"
# in Portuguese): they count only in their own language
NEGATION_BY_LANGUAGE = {
    "tr": r"değil|olmaz|gelemem|katılamam|gelemiyorum|\w+amıyorum|\w+emiyorum",
    "ru": r"не|нет", "uk": r"не|ні", "bg": r"не", "pl": r"nie", "ro": r"nu", "it": r"non", "fr": r"pas|ne",
    "es": r"no", "pt": r"não|nao", "hr": r"ne", "bs": r"ne", "sr": r"ne|не", "fa": r"نمی\w*|نه|نمیتوانم",
    "ar": r"لا|لن|لم", "sq": r"nuk|s'", "el": r"δεν|όχι", "nl": r"niet|geen", "cs": r"ne\w*", "sk": r"ne\w*",
}
_NEG_LANG = {k: re.compile(rf"(?<!\w)({v})(?!\w)", re.I) for k, v in NEGATION_BY_LANGUAGE.items()}
OLD = _rx(
    r"(hatte|hatten|habe|haben|bin|war|waren)\s+(\S+\s+){0,9}(angemeldet|eingetragen|gebucht|registriert)",
    r"(bisher|bislang|ursprünglich|eigentlich)\s+(\w+\s+){0,4}(für|am|in)",
    r"(was|were|am|are|have been|had)\s+(\S+\s+){0,6}(registered|signed up|booked)|originally|currently registered|"
    r"(?<!\w)(i|we)\s*(have\s+|'ve\s+)?(already\s+)?(registered|signed up|booked)(?!\w)",
    # "statt Offenau" (instead of), not "findet … statt" (takes place)
    r"(?<!\w)(statt|anstatt|anstelle)(?=\s+(?!und\b|oder\b|,)\w)|"
    r"(?<!\w)(instead of|rather than|au lieu de|invece di|en lugar de|en vez de|yerine|вместо|замість|zamiast|în loc de|umjesto)(?!\w)",
    r"kayıtlıyım|înscris|inscris|zapisan|записан|записана|зареєстрован|inscrit|iscritto|iscritta|inscrita|inscrito|prijavljen",
)
FROM_TO = re.compile(r"(?<!\w)(?:vom|von|from|de la|du|dal|del|z|с|з|od)\s+(.{1,40}?)\s+(?:auf|nach|zum|zur|to|into|la|au|al|na|на|do)\s+", re.I)
TENTATIVE = _rx(
    r"(?<!\w)(falls|wenn|sofern|if|eğer|если|якщо|jeśli|jeżeli|dacă|qualora|lorsque|ako|اگر|إذا)(?!\s+(es\s+)?(möglich|noch|possible|still|there (is|are) still|space|places|plätze|frei))",
    r"(?<!\w)(vielleicht|eventuell|evtl\.?|wahrscheinlich|vermutlich|möglicherweise|unter umständen|weiß (aber )?noch nicht|"
    r"noch nicht sicher|not sure (yet )?|probably|maybe|perhaps|possibly|might|belki|"
    r"возможно|может быть|можливо|może|poate|forse|peut-être|quizás|tal vez|možda|شاید|ربما)(?!\w)",
    r"(?<!\w)(i'll confirm|we'll confirm|bestätige ich|melde mich (noch|dann) (mal )?wieder|gebe (noch )?bescheid)",
)
EXCLUSIVE = _rx(
    r"(?<!\w)(nur|only|just|lediglich|ausschließlich|bleibt|remains|sadece|yalnızca|только|лише|тільки|tylko|doar|solo|"
    r"seulement|solamente|samo|فقط)(?!\w)")
FIRST_PERSON = _rx(r"(?<!\w)(ich|wir|mir|mich|uns|mei|i|we|me|my|us|ben|biz|я|мы|ми|мне|мені|ja|my|eu|noi|io|je|nous|yo|من|ما|أنا|نحن)(?!\w)")
THIRD_PARTY = _rx(
    r"(?<!\w)(herr|herrn|frau|kollegin|kollege|kollegen|er|sie kann|he|she|colleague|mr|mrs|ms|mann|ehemann|ehefrau|"
    r"tochter|sohn|husband|wife|daughter|son|partner|partnerin|freundin|freund|colega|collega|collègue|"
    r"eşim|kocam|karım|муж|жена|коллега|чоловік|дружина|колега|mąż|żona|koleżanka|kolega|soțul|soția|marito|moglie|"
    r"mari|femme|marido|esposa|suprug|supruga)(?!\w)")
QUESTION_TOPIC = _rx(
    r"kinderbetreuung|childcare|betreuung|dolmetsch|interpret|übersetz|translat|sprachmittl|tercüman|переводчик|"
    r"перекладач|tłumacz|traduc|interpre|مترجم|ترجم",
    r"parkpl|parken|parking|anfahrt|anreise|barrierefrei|rollstuhl|wheelchair|accessib|aufzug",
    r"bescheinigung|certificate|zertifikat|teilnahmenachweis|nachweis|kosten|kostet|gebühr|(?<!\w)fee(?!\w)|(?<!\w)cost|"
    r"verpflegung|vegetar|vegan|halal|(?<!\w)essen(?!\w)|allerg|presse|(?<!\w)press(?!\w)|foto|photo|kamera|(?<!\w)film",
    r"dokumentation|präsentation|protokoll|unterlagen|folien|slides|material|programm|agenda|ablauf|"
    r"tagesordnung|(?<!\w)inhalte?(?!\w)|referent|speaker|kinder mitbringen|bring (my )?(child|kids)|(?<!\w)hund(?!\w)|"
    r"(?<!\w)dog(?!\w)|(?<!\w)(s-?)?bahn|(?<!\w)bus(?!\w)|(?<!\w)zug(?!\w)|öpnv|(?<!\w)train(?!\w)",
)
QUESTION_ROUTINE = _rx(
    r"anmeld|teilnehm|dabei|dazu|kommen|platz|plätze|frei|möglich|geht|passt|umbuch|ändern|tauschen|wechseln|"
    r"streichen|absag|stornier",
    r"register|join|attend|come|spot|seat|place|available|change|switch|move|cancel",
    r"termin|dates?|wann|when|(?<!\w)wo(?!\w)|where|send|schick|senden|zusenden",
    r"plaz|posti|places|miejsc|мест|місц|yer var|kontenjan|vend",
)
REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|wg|fw|fwd|tr|rv|ynt|antw|odp|sv|vs|ref|rif|enc|res|ile|ilt|ответ|відповідь|відп|رد|پاسخ|ΑΠ|ΣΧΕΤ)\s*(\[\d+\])?\s*:\s*)+",
    re.I)
QUESTION_MARK = re.compile(r"[?؟]")


# negation words in phrases that say yes: "I can't wait", "auf keinen Fall verpassen", "kein Problem"
NOT_NEGATIVE = _rx(
    r"can'?t wait|cannot wait|kaum erwarten|(auf keinen fall|nicht|keinesfalls) verpassen|kein problem|keine frage|"
    r"nichts dagegen|nicht vergessen|nicht nur|nicht allein|nicht alleine|no problem|not only|not alone|"
    r"(not|n't) (want to )?miss|don'?t forget|no doubt",
)


def polarity(clause: str, language: str = "de") -> str:
    """pos | neg | other_neg | old | tentative: how this clause speaks of the events it names."""
    clause = NOT_NEGATIVE.sub(" ", clause)
    if TENTATIVE.search(clause):
        return "tentative"
    if OLD.search(clause):
        return "old"
    lang_neg = _NEG_LANG.get(language)
    if NEGATION.search(clause) or (lang_neg and lang_neg.search(clause)):
        third = THIRD_PARTY.search(clause) and not FIRST_PERSON.search(clause)
        return "other_neg" if third else "neg"
    return "pos"


def is_staff_question(sentence: str) -> bool:
    if not QUESTION_MARK.search(sentence):
        return False
    if QUESTION_TOPIC.search(sentence):
        return True
    from .answers import DATES_QUESTION_RX  # (answers imports text, which imports this module)

    return not (QUESTION_ROUTINE.search(sentence) or DATES_QUESTION_RX.search(sentence) or REGISTER.search(sentence)
                or CHANGE_STRONG.search(sentence) or CANCEL.search(sentence))

AFTER_ANSWER = re.compile(r"^\s*(dann|in diesem fall|falls ja|wenn ja|then|in that case|if so|if yes|alors|dans ce cas|"
                          r"o zaman|в таком случае|тоді|wtedy|atunci|allora|entonces|en ese caso)\b", re.I)
FORWARD_PREFIX = re.compile(r"^\s*(wg|fwd?|tr|rv|ilt|İlt|enc|doorst|vs|pd|пересл|fw)\s*:", re.I)
POINTS_BELOW = re.compile(
    r"(?<!\w)(unten|unterhalb|weitergeleitet|leite\w* .{0,40}weiter|below|forward\w*|ci-dessous|transf[eé]r|"
    r"aşağıda|ниже|нижче|poniżej|mai jos|qui sotto|inoltr|abajo|reenv|ispod|proslijeđ)", re.I)
