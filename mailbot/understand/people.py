"""How many people a registration is for, and their names where given.

Read in this order, the first that speaks wins:
1. an explicit total ("3 Personen", "zu zweit", "wir sind 2", "saremo in tre", "нас будет двое");
   when several are given the last one counts ("… fünf angemeldet … nur noch vier Personen");
2. a list of names, one per line or after "Namen:";
3. the rows of an attached participant list (CSV);
4. the sender plus each companion ("mit meiner Frau", "mich und meine Kollegin", "mit zwei
   Kolleginnen"), where a sender who says they do not come, or who registers someone else, is
   not counted.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

NUMBER_WORDS = {
    # de (and Swabian), en, tr, ru, uk, pl, ro, it, fr, es, pt, hr, sq, el, fa, ar
    "ein": 1, "eine": 1, "einer": 1, "one": 1, "bir": 1, "один": 1, "одна": 1, "jeden": 1, "jedna": 1,
    "un": 1, "una": 1, "uno": 1, "um": 1, "jedan": 1, "një": 1, "ένα": 1, "یک": 1, "واحد": 1,
    "zwei": 2, "zwo": 2, "zwoi": 2, "zwoa": 2, "two": 2, "iki": 2, "два": 2, "две": 2, "двое": 2, "двоє": 2,
    "дві": 2, "dwie": 2, "dwa": 2, "dwoje": 2, "doi": 2, "două": 2, "doua": 2, "due": 2, "deux": 2,
    "dos": 2, "dois": 2, "duas": 2, "dvoje": 2, "dva": 2, "dvije": 2, "dy": 2, "δύο": 2, "دو": 2, "اثنين": 2, "اثنان": 2,
    "drei": 3, "three": 3, "üç": 3, "три": 3, "троє": 3, "трое": 3, "trzy": 3, "troje": 3, "trei": 3,
    "tre": 3, "trois": 3, "tres": 3, "três": 3, "tri": 3, "tre ": 3, "τρία": 3, "τρεις": 3, "سه": 3, "ثلاثة": 3,
    "vier": 4, "four": 4, "dört": 4, "четыре": 4, "четверо": 4, "чотири": 4, "четверо": 4, "cztery": 4,
    "czworo": 4, "patru": 4, "quattro": 4, "quatre": 4, "cuatro": 4, "quatro": 4, "četiri": 4, "katër": 4,
    "τέσσερα": 4, "چهار": 4, "أربعة": 4,
    "fünf": 5, "five": 5, "beş": 5, "пять": 5, "пятеро": 5, "п'ять": 5, "pięć": 5, "cinci": 5, "cinque": 5,
    "cinq": 5, "cinco": 5, "pet": 5, "pesë": 5, "πέντε": 5, "پنج": 5, "خمسة": 5,
    "sechs": 6, "six": 6, "altı": 6, "шесть": 6, "шість": 6, "sześć": 6, "șase": 6, "sei": 6, "seis": 6,
    "šest": 6, "gjashtë": 6, "έξι": 6, "شش": 6, "ستة": 6,
    "sieben": 7, "seven": 7, "yedi": 7, "семь": 7, "сім": 7, "siedem": 7, "șapte": 7, "sette": 7, "sept": 7,
    "siete": 7, "sete": 7, "sedam": 7, "acht": 8, "eight": 8, "sekiz": 8, "восемь": 8, "вісім": 8, "osiem": 8,
    "opt": 8, "otto": 8, "huit": 8, "ocho": 8, "oito": 8, "osam": 8, "neun": 9, "nine": 9, "dokuz": 9,
    "zehn": 10, "ten": 10, "on": 10, "десять": 10, "dziesięć": 10, "zece": 10, "dieci": 10, "dix": 10,
    "diez": 10, "dez": 10, "deset": 10,
}
GROUP_WORDS = {"zweit": 2, "zweien": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8}
_NUM = r"(\d{1,2}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if " " not in w), key=len, reverse=True)) + r")"
_PEOPLE_NOUN = (r"(personen|person|pers\.|leute|leit|teilnehmer\w*|teilnehmende\w*|lehrkräfte|lehrer\w*|"
                r"kolleg\w*|mitarbeiter\w*|ehrenamtliche\w*|erwachsene|mitglieder\w*|damen|herren|frauen|männer|"
                r"people|persons|participants|attendees|colleagues|members|adults|volunteers|"
                r"kişi|kisi|kişiyiz|человек|человека|люди|людей|особи|осіб|особа|osoby|osób|osoba|persoane|"
                r"persone|personnes|personas|pessoas|osobe|ljudi|veta|vetë|نفر|أشخاص|اشخاص|شخص|άτομα|signore|signori)")
TOTAL = [
    re.compile(rf"(?<![\w])(?<!mit )(?<!with )(?<!con )(?<!avec )(?<!z )(?<!с )(?<!з )(?<!cu )(?<!ile )(?<!und )(?<!and )"
               rf"(?<!sowie )(?<!plus )(?<!my )(?<!meine )(?<!meinen )(?<!mis )(?<!mes )(?<!i miei )(?<!le mie )"
               rf"{_NUM}\s+(?:(?:of our|of my|von unseren|unserer|unseren|\w+)\s+){{0,2}}{_PEOPLE_NOUN}", re.I),
    re.compile(r"(?<!\w)zu\s+(zweit|zweien|dritt|viert|fünft|sechst|siebt|acht)(?!\w)", re.I),
    re.compile(rf"(?<!\w)(?:nas|wir sind|wir kommen mit|wir werden|we are|we will be|we'll be|there will be|saremo in|saremo|"
               rf"seremos|nous serons|vom fi|будет|нас будет|нас буде|będzie nas|będziemy|bićemo|biće nas|olacağız|"
               # "wir sind ein Verein": an article, not a count
               rf"sind wir)\s+(?:insgesamt\s+|in total\s+|a group of\s+)?(?!(?:ein|eine|einer|un|una|uno|um)\b){_NUM}(?!\d)",
               re.I),
    re.compile(r"(?<!\w)(вдвоём|вдвоем|вдвох|втроём|втроем|втрьох|вчетвером|we dwie|we dwóch|we dwoje|we dwójkę|"
               r"w dwójkę|we trzy|we trójkę|w trójkę|we czwórkę|w czwórkę)(?!\w)", re.I),
    re.compile(r"(?<!\w)(شخصين|شخصان)(?!\w)"),
]
_RU_GROUP = {"вдвоём": 2, "вдвоем": 2, "вдвох": 2, "втроём": 3, "втроем": 3, "втрьох": 3, "вчетвером": 4,
             "we dwie": 2, "we dwóch": 2, "we dwoje": 2, "we dwójkę": 2, "w dwójkę": 2, "we trzy": 3,
             "we trójkę": 3, "w trójkę": 3, "we czwórkę": 4, "w czwórkę": 4}
COMPANIONS_WITH_NUMBER = re.compile(
    rf"(?<!\w)(?P<intro>mit|with|con|avec|z|с|з|cu|ile|sowie|und|and|plus|my|meine|meinen|mis|mes)\s+(?:meinen|meine|unseren|unsere|my|our|mis|mes|i miei|le mie)?\s*{_NUM}\s+(?:\w+\s+)?"
    rf"(\w+)", re.I)
# "zwei Kinder (3 und 6 Jahre)": a number before an age or a time span counts no one
AGE_OR_TIME = re.compile(r"(jahre?n?|j\.?|years?|yrs?|monate?n?|months?|wochen|weeks?|tage?n?|days?|uhr|stunden|hours?|"
                         r"yaş\w*|лет|года|год|років|роки|lat|ani|anni|ans|años|anos|godina)$", re.I)
_COMPANION_NOUN = (r"(frau|ehefrau|mann|ehemann|partner\w*|freund\w*|kolleg\w*|tochter|sohn|bruder|schwester|mutter|"
                   r"vater|begleit\w*|nachbar\w*|mitarbeiter\w*|lebensgefährt\w*|bekannte\w*|kind|nichte|neffe|"
                   r"wife|husband|partner|friend|colleague|daughter|son|brother|sister|mother|father|neighbou?r|"
                   r"spouse|fiancée?)")
COMPANION = [
    re.compile(rf"(?<!\w)(?:mit|und|sowie)\s+(?:meine[mnrs]?|meiner|unsere[mnrs]?|mei|meim|einem|einer|ein|eine)\s+{_COMPANION_NOUN}\b", re.I),
    re.compile(rf"(?<!\w)(?:mein|meine|mei|ein|eine)\s+{_COMPANION_NOUN}\s+(?:\w+\s+){{0,3}}(?:kommt|kommen|wird|würde|möchte)\s+(?:\w+\s+){{0,3}}mit\b", re.I),
    re.compile(rf"(?<!\w)(?:mein|meine|mei)\s+{_COMPANION_NOUN}\s+(?:\([^)\n]{{0,30}}\)\s+)?(?-i:[A-ZÄÖÜ][\w'-]+\s+){{0,3}}"
               rf"(?:\([^)\n]{{0,30}}\)\s+)?und\s+ich\b", re.I),
    # "meinen Mann und mich", "meine Kollegin Eva Roth und mich"
    re.compile(rf"(?<!\w)(?:meine[mnrs]?|meiner)\s+{_COMPANION_NOUN}\s+(?-i:[A-ZÄÖÜ][\w'-]+\s+){{0,3}}(?:und|sowie)\s+mich\b",
               re.I),
    # "mit Begleitung", "mit Ehefrau": a companion without article
    re.compile(r"(?<!\w)mit\s+(?:begleitung|begleitperson|ehefrau|ehemann|ehepartner\w*|lebenspartner\w*|partner(?:in)?)(?!\w)",
               re.I),
    # "mich und Frau Dr. Petra Sommer", "uns sowie Herrn Ott", "mich und Jan Ott"
    re.compile(r"(?<!\w)(?:mich|uns)\s+(?:und|sowie)\s+(?:(?:herrn?|frau|hr\.|fr\.)\s+(?:dr\.\s+)?(?-i:[A-ZÄÖÜ])|"
               r"(?-i:[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+)(?!\w))", re.I),
    re.compile(rf"(?<!\w)(?:with|and)\s+my\s+{_COMPANION_NOUN}\b", re.I),
    re.compile(rf"(?<!\w)my\s+{_COMPANION_NOUN}\s+(?-i:[A-Z][\w'-]+\s+){{0,3}}and\s+(?:i|me)\b", re.I),
    # "I will bring a friend", "ich bringe meine Nachbarin mit"
    re.compile(rf"(?<!\w)bring(?:ing)?\s+(?:a|my|one)\s+{_COMPANION_NOUN}\b", re.I),
    re.compile(rf"(?<!\w)bringe\s+(?:meine[mnrs]?|eine[nr]?|ein)\s+{_COMPANION_NOUN}\s+mit\b", re.I),
    re.compile(rf"(?<!\w)(?:meine[mnrs]?|mein)\s+{_COMPANION_NOUN}\s+(?:\([^)\n]{{0,30}}\)\s+)?mit(?:zu)?bringen\b", re.I),
    re.compile(rf"(?<!\w)my\s+{_COMPANION_NOUN}\s+(?:will\s+)?(?:also\s+)?(?:come|join|attend)s?", re.I),
    re.compile(r"(?<!\w)(eşim|kızım|oğlum|arkadaşım|kocam|karım|annem|babam|kardeşim|ablam|abim|meslektaşım)(la|le|dan|den|da|de|i|ı)?(?!\w)", re.I),
    re.compile(r"(?<!\w)(?:dhe|me)\s+(vajz\w*|djal\w*|burr\w*|grua\w*|shoq\w*|shok\w*|motr\w*|vëlla\w*)\s+(ime|im|time|tim|e mi|e mia)(?!\w)", re.I),
    re.compile(r"(?<!\w)(?:с|со)\s+(мужем|женой|подругой|другом|дочерью|дочкой|сыном|коллегой|сестрой|братом|мамой)(?!\w)", re.I),
    re.compile(r"(?<!\w)(?:придёт|придет|пойдёт|пойдет)\s+(?:\w+\s+)?(?:мой|моя)\s+\w+", re.I),
    re.compile(r"(?<!\w)(?:з|із|зі)\s+(чоловіком|дружиною|подругою|другом|донькою|сином|колегою|сестрою|братом|мамою)(?!\w)", re.I),
    re.compile(r"(?<!\w)z\s+(mężem|żoną|przyjaciółką|przyjacielem|córką|synem|koleżanką|kolegą|siostrą|bratem)(?!\w)", re.I),
    re.compile(r"(?<!\w)cu\s+(soțul|sotul|soția|sotia|prietena|prietenul|fiica|fiul|colega|colegul|sora|fratele)\s+(meu|mea)(?!\w)", re.I),
    re.compile(r"(?<!\w)con\s+(mio marito|mia moglie|un amico|un'amica|una amica|mia figlia|mio figlio|un collega|una collega|mia sorella|mio fratello)(?!\w)", re.I),
    re.compile(r"(?<!\w)avec\s+(mon mari|ma femme|mon épouse|mon époux|un ami|une amie|ma fille|mon fils|un collègue|une collègue|ma sœur|mon frère)(?!\w)", re.I),
    re.compile(r"(?<!\w)con\s+(mi marido|mi esposo|mi esposa|mi mujer|un amigo|una amiga|mi hija|mi hijo|mi compañera|mi compañero|mi hermana|mi hermano)(?!\w)", re.I),
    re.compile(r"(?<!\w)sa?\s+(mužem|suprugom|ženom|prijateljicom|prijateljem|kćeri|sinom|kolegicom|kolegom|sestrom|bratom|majkom)(?!\w)", re.I),
    re.compile(r"(?<!\w)مع\s+(زوجي|زوجتي|صديقي|صديقتي|ابنتي|ابني|أختي|أخي|زميلي|زميلتي)"),
    re.compile(r"(?<!\w)با\s+(همسرم|دخترم|پسرم|دوستم|شوهرم|خواهرم|برادرم|همکارم)"),
]
SENDER_ABSENT = re.compile(
    r"(ich selbst|ich persönlich|ich)\s+(kann|werde|komme)\s+(?:\w+\s+){0,5}(nicht|leider nicht)(?!\s+(?:\w+\s+){0,3}(?:am|den)\s+\d)"
    r"(?!\s+allein)|"
    r"ich (selbst )?(bin|werde) (leider )?nicht dabei|"
    r"i (myself )?(will not|won't|can't|cannot|am not able to) (attend|come|be there|join)|"
    r"ben (kendim )?katılamayacağım|сама не смогу|сам не смогу|sama nie|eu nu (pot|voi)",
    re.I)
OTHER_PERSON = re.compile(
    # not "meine Frau Anna" (a companion) nor "Liebe Frau Schneider" (the person greeted)
    r"(?<!\w)(?<!(?i:meine ))(?<!(?i:meiner ))(?<!(?i:my ))(?<!(?i:geehrte ))(?<!(?i:geehrter ))(?<!(?i:liebe ))"
    r"(?<!(?i:lieber ))(?<!(?i:hallo ))(?<!(?i:dear ))(?<!(?i:guten tag ))(?i:herrn|frau|hr\.|fr\.|mr\.?|mrs\.?|ms\.?)\s+(?:(?i:dr)\.\s+)?"
    r"([A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+)?)"
    r"(?=[^!?\n]{0,80}(?:\b(?:anmelden|anmelde|registrieren|eintragen|register|sign up)|(?<!\w)an(?=\s*(?:[.!,;]|$))))")
SELF_WORDS = re.compile(r"(?<!\w)(mich|me|myself|uns|mi|moi|ben|beni|меня|мене|mnie|mă|ma)(?!\w)", re.I)

_TITLE = r"(?:(?:frau|herr|hr\.|fr\.|dr\.|prof\.|mr\.?|mrs\.?|ms\.?)\s+)*"
NAME_LINE = re.compile(
    rf"^\s*(?:[-*•]|\d{{1,2}}[.)]|[a-z][.)])?\s*{_TITLE}(?P<name>[A-ZÄÖÜÇŞĞİ][\w'’-]+(?:\s+[A-ZÄÖÜÇŞĞİ][\w'’-]+){{1,3}})"
    r"\s*(?:\([^)]{0,60}\)|,\s*(?:geb\.|tel\.|born|\d)[^\n]{0,80}|[-–:]\s*[^\n]{0,60})?\s*$",
    re.I)
NAMES_AFTER_LABEL = re.compile(r"(?:namen|names|teilnehmer(?:innen)?|teilnehmende|participants)\s*:\s*(.+)", re.I)
_NOT_NAME = re.compile(r"(straße|strasse|str\.|weg|platz|gasse|e\.v\.|gmbh|verein|schule|stadt|landkreis|amt|"
                       r"workshop|termin|telefon|adresse|organisation|e-?mail|name)", re.I)


@dataclass
class Attendees:
    count: int | None
    names: list[str] = field(default_factory=list)
    rule: str = ""


def _number(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _totals(text: str) -> list[tuple[int, int, str]]:
    """(position, count, words) of every explicit total in text."""
    out = []
    for pattern in TOTAL:
        for m in pattern.finditer(text):
            g = m.group(1).lower()
            n = GROUP_WORDS.get(g) or _RU_GROUP.get(g) or (2 if g in ("شخصين", "شخصان") else _number(g))
            if n and 0 < n <= 200:
                out.append((m.start(), n, m.group(0)))
    return sorted(out)


def name_list(text: str) -> list[str]:
    names: list[str] = []
    for m in NAMES_AFTER_LABEL.finditer(text):
        parts = re.split(r",|;|\bund\b|\band\b|&", m.group(1))
        found = [p.strip(" .") for p in parts if 1 <= len(p.split()) <= 4 and p.strip()[:1].isupper()]
        if len(found) >= 2:
            return found
    run: list[str] = []
    best: list[str] = []
    for line in text.split("\n"):
        m = NAME_LINE.match(line)
        if m and not _NOT_NAME.search(m.group("name")) and not re.search(r"[.!?]\s*$", line.strip()[:-1] or ""):
            run.append(m.group("name").strip())
        elif line.strip():
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    return best if len(best) >= 2 else []


def csv_rows(text: str) -> int | None:
    try:
        dialect = csv.Sniffer().sniff(text[:2000], delimiters=";,\t")
        rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    except (csv.Error, ValueError):
        return None
    if len(rows) < 2 or len(rows) > 201:
        return None
    return len(rows) - 1  # the first row names the columns


def count_attendees(text: str, subject: str, attachments: list[str]) -> Attendees:
    totals = _totals(text)
    if totals:
        _, n, words = totals[-1]
        return Attendees(n, name_list(text), f"explicit number: {words!r}")
    names = name_list(text)
    if names:
        return Attendees(len(names), names, "list of names")
    for table in attachments:
        rows = csv_rows(table)
        if rows:
            return Attendees(rows, [], f"{rows} rows in the attached list")
    subject_totals = _totals(subject)
    if subject_totals:
        _, n, words = subject_totals[-1]
        return Attendees(n, [], f"explicit number in the subject: {words!r}")
    absent = SENDER_ABSENT.search(text)
    others = OTHER_PERSON.findall(text)
    self_included = not absent and not (others and not SELF_WORDS.search(text))
    count = 1 if self_included else 0
    rules = ["sender" if self_included else "sender does not come"]
    with_number = [m for m in COMPANIONS_WITH_NUMBER.finditer(text)
                   if _number(m.group(2)) and not AGE_OR_TIME.match(m.group(3))]
    for m in with_number:
        n = _number(m.group(2)) or 0
        joins_me = m.group("intro").lower() not in ("mit", "with", "con", "avec", "z", "с", "з", "cu", "ile")
        if not joins_me and re.search(r"(?<!\w)(wir|we|nous|noi|мы|ми)(?!\w)", text[:m.start()], re.I) and count == 1 and n > 1:
            count = n  # "wir möchten mit zwei Mitarbeiterinnen teilnehmen": the two are "we"
            rules.append(f"we = {m.group(0)!r}")
        else:
            count += n
            rules.append(f"+{n}: {m.group(0)!r}")
    for pattern in COMPANION:
        for m in pattern.finditer(text):
            if any(w.start() <= m.start() < w.end() for w in with_number):
                continue
            count += 1
            rules.append(f"+1: {m.group(0)!r}")
    if not self_included and others:
        count += len(set(others))
        rules.append(f"registers {', '.join(sorted(set(others)))}")
    if count == 0:
        count = 1
    return Attendees(count, sorted(set(others)) if others and not self_included else [], "; ".join(rules))
