"""Which language the sender's new text is in (ISO 639-1), for choosing the reply template.

Scripts decide first where they can (Arabic script: Sorani or Pashto letters mean Sorani or Pashto,
Persian letters Persian, with Dari words Dari; Ethiopic script: Tigrinya or Amharic by their
characteristic words; Cyrillic: Ukrainian letters mean Ukrainian; Latin letters with digits inside
words and Arabic function words: Arabizi, read as Arabic); otherwise py3langid, limited to the languages people in
the district write in, so that a two-line German mail is not called Luxembourgish.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .guard import guarded
from .startcache import cached, fingerprint

CANDIDATES = ["de", "en", "tr", "ar", "fa", "ru", "uk", "pl", "ro", "it", "fr", "es", "pt", "hr", "bs",
              "sr", "sq", "el", "nl", "hu", "cs", "sk", "bg", "ku", "ps", "ur", "vi", "ka", "hy", "lt",
              "lv", "sl", "mk", "sv", "da", "no", "fi", "he", "am", "ti", "so", "zh", "hi", "ta", "ckb", "prs"]

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_PERSIAN_ONLY = re.compile(r"[پچژگکی]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_GREEK = re.compile(r"[\u0370-\u03FF]")
# scripts of one language each among the county's residents
_SCRIPT_LANGUAGE = ((re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]"), "zh"),
                    (re.compile(r"[\u0900-\u097F]"), "hi"),
                    (re.compile(r"[\u0B80-\u0BFF]"), "ta"))
_URDU_ONLY = re.compile(r"[ٹڈڑںے]")
# Hindi and Urdu typed in Latin letters ("mujhe register karna hai"): words no other candidate uses
_ROMAN_HINDUSTANI = frozenset(
    "hai hain hoon hun nahi nahin mujhe humein hamein chahta chahti chahte karna karni karenge karunga karungi "
    "liye saath sath kya aap aapka aapki aapko bhi aur mera meri mere hamara hamari tarikh wala wali wale "
    "shukriya dhanyavad dhanyawad aayenge aaunga aaungi ayenge hoga hogi gaya gayi raha rahi rahe "
    "dijiye kijiye kripya paunga paungi sakta sakti sakte aana chahiye naam hata bahut milte badal "
    "hum ham log ko humare hamare apna apni aaenge aayega aayegi jayenge waala waali theek thik".split())
_ROMAN_URDU = frozenset("shukriya janab assalam salam aoa inshallah khuda hafiz mohtaram mohtarma".split())
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # everything but a letter ("[^\W\d_]")
# Arabic script with letters only one language has: Sorani Kurdish, Pashto; Dari words among Persian
_SORANI = re.compile(r"[ێۆڵڕە]")
_PASHTO = re.compile(r"[ټډړږښګڼېۍځڅ]")
# Pashto words Persian and Dari do not use, for Pashto typed with few letters of its own ("زه سبا راځم")
_PASHTO_WORD = re.compile(r"(?<!\w)(زه|زما|موږ|مونږ|ستاسو|مننه|راځم|راځو|راشم|غواړم|غواړو|کړئ|کړم|یم|نشم|ورکشاپ ته)(?!\w)")
_DARI = re.compile(r"(?<!\w)(اشتراک\w*|اکتوبر|سپتمبر|استم|استیم|ترجمان|موتر|میتانم|نمیتانم|راجستر\w*|همصنف\w*|ورکشاپ\w*)(?!\w)")
# Ethiopic script: Tigrinya (ኣ for "a", ቐ, ኸ; ኣነ, እየ, ምስ, ክመጽእ) or Amharic (እኔ, ነው, -ለሁ, ጋር)
_ETHIOPIC = re.compile(r"[\u1200-\u137F]")
_TIGRINYA = re.compile(r"[ቐ-ቖኸ-ኾ]|(?<!\w)(ኣነ|ኣሎ|እየ|ኢዩ|ምስ|ናይ|እዚ|ክመጽእ|ክመፅእ|የቐንየለይ|ሎሚ|ጽባሕ)(?!\w)|(?<!\w)ኣ")
_AMHARIC = re.compile(r"(?<!\w)(እኔ|ነው|ጋር|እና|ይህ|ዛሬ|ነገ|አመሰግናለሁ)(?!\w)|ለሁ(?!\w)|(?<!\w)ከ\w+\s+ጋር")
# Arabic typed in Latin letters with digits for Arabic letters ("3ala", "ma3", "7abibi", "a2dar")
_ARABIZI_WORD = re.compile(r"(?<!\w)(?:[a-z]+[2379][a-z0-9]*|[2379](?!(?:st|nd|rd|th|er|te|ten|h|uhr|pm|am)\b)[a-z]{2,}\w*)(?!\w)",
                           re.I)
_ARABIZI_DIGITS = frozenset("2379")  # every match of _ARABIZI_WORD holds one
_ARABIZI_MARKER = re.compile(guarded(r"(?<!\w)(ana|bdi|baddi|bidi|bade|bdna|ra7|rah|inshallah|inshalla|insha2allah|ma3|m3|3al|3ala|"
                             r"shukran|shokran|yislamo|marhaba|mar7aba|salam|ya3ni|kteer|ktir|mish|msh|mesh|"
                             r"kaman|kamen|hay|hayda|lal|fi|w|wa|ma3ak|ahlan|habibi|7abibi|zawjti|mrati|jozi|"
                             r"ebni|binti|bnti|sajjel|sajel|tasjeel|yom|yawm|esbou3|bokra|bukra)(?!\w)"), re.I)
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _build_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages([c for c in CANDIDATES if c in ident.nb_classes])
    return ident


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The classifier limited to CANDIDATES; decompressing its model takes about a second, so it
    comes from the start-up cache while the model file and the candidates are unchanged."""
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return cached("langid", fingerprint([Path(MODEL_DIR) / MODEL_FILE], version("py3langid"), version("numpy"),
                                        CANDIDATES), _build_identifier)


# Croatian, Bosnian and Serbian in Latin letters read alike to the classifier; a few words tell them
# apart: Croatian month and week words, Serbian ekavian forms, Bosnian words and month names
_CROATIAN = re.compile(guarded(r"(?<!\w)(rujn\w*|rujan|listopad\w*|studenog|studeni|tjedan|tjedn\w*|tisuć\w*|obitelj\w*)(?!\w)"), re.I)
_SERBIAN = re.compile(guarded(r"(?<!\w)(lepo|lep|dete|deca|decom|vreme|mleko|hteo|htela|reč|sledeć\w*|sledec\w*|nedelj\w*|devojk\w*|"
                      r"ćerk\w*|cerk\w*|umesto|promen\w*|da se prijavim|da dođem|da dodjem|unapred|razumevanj\w*|prosleđ\w*|"
                      r"prosledj\w*|uvek|gde|posle|mesto|mesta|primer\w*|poslednj\w*|последњ\w*)(?!\w)"), re.I)
_BOSNIAN = re.compile(guarded(r"(?<!\w)(komšij\w*|komsij\w*|komšinic\w*|komsinic\w*|sedmic\w*|hiljad\w*|selam|hanum\w*|jaran\w*|"
                      r"oktob\w*|septemb\w*|kćerk\w*|kcerk\w*|učestv\w*|ucestv\w*|izvini\w*|izvinjav\w*)(?!\w)"), re.I)
# Greek, Russian and Ukrainian typed in Latin letters: (code, marker words, distinct markers needed)
_TRANSLIT = (
    ("el", re.compile(guarded(r"(?<!\w)(kalimera|kalispera|kalhmera|kalhspera|efxarist\w*|euxarist\w*|eyxarist\w*|efharist\w*|"
                      r"thelo|thelw|tha|na|erthw|ertho|einai|eimai|parakalw|parakalo|symmetox\w*|simmetox\w*|summetox\w*|"
                      r"kai|mou|stis|sto|septemvr\w*|oktovr\w*|oktwvr\w*|gia|me ton|me th|me thn)(?!\w)"), re.I), 3),
    ("uk", re.compile(guarded(r"(?<!\w)(dyakuyu|diakuiu|dyakuju|vitayu|vitaiu|pryvit|dobryi|dobryy|zareiestr\w*|zareyestr\w*|pryidu|"
                      r"pryjdu|cholovik\w*|druzhyn\w*|bud laska|veresn\w*|zhovtn\w*|tyzhn\w*|meni|yakshcho|tilky|"
                      r"pidtverdzhenn\w*|zustrichi|vivtor\w*|chetver\w*|skasuit\w*|"
                      r"povahoiu|povahoyu|khotila|khotiv|ne zmozhu|djakuju|djakuyu|zapysh\w*|zapysaty|ditej|ditey|rokiv|"
                      r"dobryj|dobrij|bud lask\w*)(?!\w)"), re.I), 2),
    # Albanian typed without its "ë" and "ç" ("pershendetje", "vetem une"): the classifier calls it Croatian,
    # where "ne" would be a negation
    ("sq", re.compile(guarded(r"(?<!\w)(faleminderit|faleminderes|miredita|mirdita|pershendetje|pershendes\w*|une jam|jetoj|jetojme|"
                      r"mundem|mundemi|vetem|tjeter|tjetren|vij|vijme|eshte|jemi|shume|bashkeshort\w*|gruaja|gruan|burri|"
                      r"burrin|punetori\w*|regjistr\w*|ju lutem|te lutem|shtator\w*|tetor\w*|enjte|marten|femij\w*|"
                      r"vajz\w*|djal\w*|dhe)(?!\w)"), re.I), 3),
    # Vietnamese typed without its diacritics ("2 nguoi", "chung toi se den"): words no other language writes
    ("vi", re.compile(guarded(r"(?<!\w)(nguoi|chung toi|chung em|duoc|khong|cam on|xin chao|dang ky|tham gia|"
                      r"thu ba|thu nam|thang chin|thang muoi|vo toi|chong toi|con toi|toi se|toi muon|chung minh)(?!\w)"), re.I), 1),
    ("ru", re.compile(guarded(r"(?<!\w)(zdravstvu\w*|spasibo|pozhaluysta|pozhalujsta|khochu|hochu|zapisat\w*|pridu|pridem|muzhem|zhenoy|"
                      r"sentyabr\w*|oktyabr\w*|nedel[ei]|ya|menya|mne|mozhno|uvazheniem|ne smogu)(?!\w)"), re.I), 2),
)


def _latin_variant(text: str) -> str | None:
    """The language of Greek, Russian or Ukrainian typed in Latin letters (or of Albanian or Vietnamese typed
    without their diacritics), if the text is that."""
    best, hits = None, 0
    for code, markers, need in _TRANSLIT:
        n = len({m.lower() for m in markers.findall(text)})
        if n >= need and n > hits:
            best, hits = code, n
    return best


def _bcs(text: str) -> str:
    if _CROATIAN.search(text):
        return "hr"
    if _SERBIAN.search(text):
        return "sr"
    return "bs" if _BOSNIAN.search(text) else "hr"


def detect_language(text: str, default: str = "de") -> str:
    n = len(_NOT_LETTERS.sub("", text))  # the letters, counted without a list of them
    if n < 3:
        return default
    if max(text) < "\u0370":  # no letter of the scripts counted below (most mail): none to count
        return _latin(text)
    arabic = len(_ARABIC.findall(text))
    if arabic > n * 0.3:
        if len(_SORANI.findall(text)) >= 2:
            return "ckb"
        if len(_PASHTO.findall(text)) + len(_PASHTO_WORD.findall(text)) >= 2:
            return "ps"
        if _URDU_ONLY.search(text):
            return "ur"
        if _PERSIAN_ONLY.search(text):
            return "prs" if _DARI.search(text) else "fa"
        return "ar"
    if len(_ETHIOPIC.findall(text)) > n * 0.3:
        return "ti" if len(_TIGRINYA.findall(text)) > len(_AMHARIC.findall(text)) else "am"
    for script, code in _SCRIPT_LANGUAGE:
        if len(script.findall(text)) > n * 0.3:
            return code
    cyr = len(_CYRILLIC.findall(text))
    if cyr > n * 0.3:
        if _UKRAINIAN.search(text):
            return "uk"
        lang, _ = _identifier().classify(text)
        return lang if lang in ("ru", "bg", "mk", "sr", "uk") else "ru"
    if len(_GREEK.findall(text)) > n * 0.3:
        return "el"
    return _latin(text)


def _latin(text: str) -> str:
    """The language of a text that holds no script ``detect_language`` tells by its letters."""
    # (an Arabizi word holds one of the digits 2, 3, 7, 9: most text holds none, found without a search)
    if _ARABIZI_DIGITS.intersection(text) and _ARABIZI_WORD.search(text) and len(
            {w.lower() for w in _ARABIZI_MARKER.findall(text)}) >= 3:
        return "ar"
    words = {w.lower() for w in _LETTER_RUN.findall(text)}
    if len(words & _ROMAN_HINDUSTANI) >= 3:
        return "ur" if words & _ROMAN_URDU else "hi"
    translit = _latin_variant(text)
    if translit:
        return translit
    lang, _ = _identifier().classify(text)
    return _bcs(text) if lang in ("hr", "bs", "sr") else lang
