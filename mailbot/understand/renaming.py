"""Other people for a registration, as a reply to our mail says it: "statt Herrn Vogt kommt Frau
Ines Hahn", "statt meines Mannes kommt meine Schwester Hanna", "bitte ändern Sie den Namen auf
Mia Lorenz", "my wife Ana will come instead of my son", "eşim yerine kızım Elif gelecek".

Pure: a text in, what it says about names out (``Renaming``); ``decide`` says what that changes.
The words come from the language files: ``instead_of`` (the person left follows it, or with a
``{x}`` slot first, precedes it), ``rename`` (the new name follows), ``titles`` and ``kin``
("Frau", "meine Schwester": the name follows them), ``not_a_name``, ``greetings``. A name is
a run of one to three capitalised words; languages without capital letters are not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as L
from . import slot_concepts as S
from .calendar_names import lexicon

_WORD = re.compile(r"[^\W\d_][\w'’\u0900-\u0963\u0966-\u0dff\u200c-]*")  # (with the Indic vowel signs)
_SENTENCE = re.compile(r"[^.!?\n]+")
MAX_WORDS = 3  # of one person's name
_POSSESSIVE = re.compile(r"['’]s?$")  # "Anna Weber's" → "Anna Weber"
_SHORT = re.compile(r"(?<!\w)[^\W\d_]{1,3}(?!\w)")  # "Αντί για τον κύριο Χ", "do Sr. Costa": articles
# titles written with dots ("Dr.", "Sig.ra", "dott.ssa") are read without them: no end of a sentence
_DOTTED = re.compile("|".join(L.entry_regex(e) for e in sorted(L.words("titles"), key=len, reverse=True) if "." in e)
                     or r"(?!x)x", re.I)
_CJK_NAME = re.compile(r"\s*([\u3400-\u9fff]{2,4}?)[吧了呢啊的]?(?=$|[^\u3400-\u9fff])")


@dataclass(frozen=True)
class _Words:
    """The patterns of one mail's language (and German, the desk's): short words of other
    languages ("ana", Arabic "I") would be taken for names' neighbours."""

    instead: re.Pattern[str]
    rename: re.Pattern[str]
    anchor: re.Pattern[str]  # a title or kin word: a name follows
    skip: re.Pattern[str]  # words next to a name that are none: anchors, greetings, "my", "I"
    me: re.Pattern[str]  # the writer: "statt mir", "instead of me"
    not_name: re.Pattern[str]
    # where a name written without capitals ends: a word of coming, registering, "instead of", another anchor
    stop: re.Pattern[str]
    acts: re.Pattern[str]  # registering, changing, coming: "Anna Weber statt Tom Weber eintragen"
    that: re.Pattern[str]  # "instead" pointing back at the one who drops out: "à sa place", "замість неї", "dafür kommt"


def _either(langs: tuple[str, ...], *concepts: str) -> re.Pattern[str]:
    parts = [p for c in concepts for p in L.alternatives(c, langs)]
    if "first_person" in concepts:  # the short pronouns of these languages ("I", "je"), which count only in them
        local = L.local("first_person")
        parts += [local[code].pattern for code in langs if code in local]
    if "titles" in concepts:  # "Dr.", "Sig.ra" read without their dots (see _DOTTED)
        parts += [L.entry_regex(e.replace(".", "")) for e in L.words("titles") if "." in e]
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!x)x", re.I)


@lru_cache(maxsize=64)
def _words(lang: str) -> _Words:
    langs = tuple(dict.fromkeys((lang or "de", "de")))
    return _Words(_either(langs, "instead_of"), _either(langs, "rename"), _either(langs, "titles", "kin"),
                  _either(langs, "titles", "kin", "greetings", "my_our", "first_person", "sentence_openers"),
                  _either(langs, "first_person", "me"), _either(langs, "not_a_name"),
                  _either(langs, "comes", "will_come", "register", "instead_of", "rename", "titles", "kin",
                          "first_person", "me", "my_our", "negation", "thanks", "closings"),
                  _either(langs, "register", "change", "comes"), _either(langs, "instead_of_that"))


@dataclass(frozen=True)
class Renaming:
    new: tuple[str, ...]  # the names of the people who come now (none: someone named only as "my sister")
    old: str | None = None  # the name of the person who no longer comes, where the mail gives it
    replaces: bool = False  # the mail names someone (a name or "my son") whom the new person replaces
    # the new person named only by relation in place of another person, not the writer ("statt meinem
    # Mann kommt meine Tochter", "umjesto muža dolazi sestra"): the relation word as written
    relation: str = ""


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    text: str
    anchored: bool  # a title or kin word stands before it: "Frau Hahn", "meine Schwester Hanna", "kızım Elif"


def _names(sentence: str, w: _Words) -> list[_Name]:
    """The runs of capitalised words that are names: titles, kin words ("Schwester"), greetings,
    "instead of" and a capitalised first word of the sentence standing alone are not names."""
    out: list[_Name] = []
    run: list[re.Match[str]] = []
    before: list[str] = [""]  # the word before the run
    instead = {m.start() for m in w.instead.finditer(sentence)}

    def close() -> None:
        # a run splits at titles and kin words: "Dienstag Frau Nora Quast" is a day, then a name
        first_of_sentence = bool(run) and run[0].start() == len(sentence) - len(sentence.lstrip())
        anchored, words = bool(w.anchor.fullmatch(before[0])), []
        for x in [*run, None]:
            if x is not None and x.start() not in instead and not w.skip.fullmatch(x.group()):
                words.append(x)
                continue
            if words and not (first_of_sentence and len(run) == 1) and len(words) <= MAX_WORDS:
                text = " ".join(y.group() for y in words)
                if not w.not_name.search(text):
                    out.append(_Name(words[0].start(), words[-1].end(), text, anchored))
            words = []
            anchored = x is not None and bool(w.anchor.fullmatch(x.group()))
        run.clear()

    for word in _WORD.finditer(sentence):
        gap = sentence[run[-1].end():word.start()] if run else ""
        if word.group()[0].isupper() and (not run or gap.strip() == ""):
            run.append(word)
            continue
        close()
        if word.group()[0].isupper():
            run.append(word)
        else:
            before[0] = word.group()
    close()
    return out




def _caseless(text: str) -> bool:
    """A text in scripts without capital letters (Arabic, Persian, Devanagari, Ethiopic, Chinese)."""
    return not any(c.isupper() or c.islower() for c in text)


def _caseless_names(sentence: str, w: _Words) -> list[_Name]:
    """In a script without capitals, the names are the words after a title or kin word ("السيدة
    منى حسن", "خواهرم مریم"): one word, a second one where the clause ends after it or a word
    of coming follows ("خانم نرگس امینی می‌آید"); never a word that is itself a known word."""
    out: list[_Name] = []
    words = list(_WORD.finditer(sentence))
    for i, word in enumerate(words):
        if not w.anchor.fullmatch(word.group()):
            continue
        taken: list[re.Match[str]] = []
        for nxt in words[i + 1:i + 3]:
            between = sentence[(taken[-1] if taken else word).end():nxt.start()]
            if between.strip() or w.stop.match(sentence, nxt.start()) or w.not_name.search(nxt.group()):
                break
            taken.append(nxt)
        if len(taken) == 2:
            rest = sentence[taken[1].end():]
            if rest.strip(" \t,،;:؛") and not w.stop.match(rest.lstrip(" \t")):
                taken.pop()  # "أختي فاطمة تحضر": the word after the name is no surname known to end it
        if taken:
            out.append(_Name(taken[0].start(), taken[-1].end(), " ".join(t.group() for t in taken), True))
    return out


def _caseless_name(after: str, w: _Words) -> str | None:
    """In a script without capital letters (Arabic, Persian), the one or two words right after
    "change the name to" / "باسم", up to a comma or the sentence's end: "… الاسم إلى سارة أحمد";
    in Chinese, two to four characters: "名字改成李娜"."""
    cjk = _CJK_NAME.match(after)
    if cjk:
        return cjk.group(1)
    clause = re.split(r"[,،;:؛]", after, maxsplit=1)[0]
    if not _caseless(clause):
        return None  # a language with capitals: its names were looked for above
    words: list[str] = []
    for x in _WORD.finditer(clause):  # "به جای من خواهرم مریم": past the kin word; "… همسرم می‌آید": none
        if not words and w.skip.fullmatch(x.group()):
            continue
        if w.stop.match(clause, x.start()) or w.not_name.search(x.group()) or len(words) == 2:
            break
        words.append(x.group())
    return " ".join(words) or None


def _instead(sentence: str, w: _Words) -> tuple[int, int, bool] | None:
    """Where "instead of" stands: (start, end, whether the person left precedes it: "{x} yerine")."""
    for rx, slot_first in S.slots("instead_of"):
        m = rx.search(sentence)
        if m:
            if slot_first:
                return m.start("x"), m.end(), True
            return m.start(), m.start("x") if "x" in rx.groupindex else m.end(), False
    m = w.instead.search(sentence)
    return (m.start(), m.end(), False) if m else None


def _full_name(text: str) -> bool:
    """A first and a last name: two or three words, none a month or weekday ("Dienstag Nachmittag")."""
    months, _, weekdays = lexicon()
    words = [x.lower() for x in text.split()]
    return len(words) > 1 and not any(x in months or x in weekdays for x in words)


def _only_titles(gap: str, w: _Words) -> bool:
    """The words between "instead of" and a name are titles, kin words or "my" ("statt Herrn",
    "instead of my son"), with at most one article among two or three ("Αντί για τον κύριο")."""
    return not _WORD.search(w.skip.sub(" ", gap)) or (
        len(gap.split()) <= 3 and not _WORD.search(_SHORT.sub(" ", w.skip.sub(" ", gap), count=1)))


def _in_their_place(sentence: str, names: list[_Name], w: _Words) -> list[_Name] | None:
    """"Mein Mann muss arbeiten, dafür kommt meine Schwester Birgit mit", "c'est ma fille Emma qui
    viendra à sa place", "замість неї прийде моя подруга Світлана": "instead" pointing back at
    someone else (not "instead of me"), beside a person named after a title or kin word. The
    names so anchored (none: the new person is named only by relation, "ma fille viendra à sa
    place"); None where the sentence says no such thing."""
    that = next((m for m in w.that.finditer(sentence) if not w.me.search(m.group())), None)
    if that is None or not w.anchor.search(sentence[:that.start()] + " " + sentence[that.end():]):
        return None
    return [n for n in names if n.anchored and not (that.start() <= n.start < that.end())]


def read_renaming(text: str, lang: str = "de") -> Renaming | None:
    """The new names a text (written in ``lang``) gives for the people registered, or None."""
    w = _words(lang)
    text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text or "")  # "Frau Dr. Sand": no end of a sentence
    unnamed = False  # someone takes the place, named only by relation: "my sister will come instead of me"
    relation = ""
    for s in _SENTENCE.finditer(text):
        sentence = s.group()
        rename = w.rename.search(sentence)
        names = _caseless_names(sentence, w) if _caseless(sentence) else _names(sentence, w)
        if rename:
            after = [n for n in names if n.start >= rename.end()]
            if after:
                return Renaming((after[0].text,))
            before = [n for n in names if n.end <= rename.start()]
            if before:  # "my colleague Jane Moss will go in my place": the name before the words
                return Renaming((before[-1].text,))
            last, pos = rename, rename.start() + 1  # "ثبت نام را به نام علی": the last one (overlaps too)
            while (m := w.rename.search(sentence, pos)) is not None:
                last, pos = m, m.start() + 1
            caseless = _caseless_name(sentence[last.end():], w)
            if caseless:
                return Renaming((caseless,))
            unnamed = unnamed or any(not (last.start() <= a.start() < last.end()) for a in w.anchor.finditer(sentence))
        for rx, slot_first in S.present(sentence, "rename"):  # "… Ayşe Yıldız adına": the name before the words
            m = rx.search(sentence) if slot_first else None
            ahead = [n.text.split() for n in names if m and n.end == m.end("x")]
            if ahead:
                # "Kaydı Emre Koç adına": the sentence's capitalised first word is no part of the name
                opener = len(ahead[0]) > 2 and sentence.lstrip().startswith(ahead[0][0])
                return Renaming((" ".join(ahead[0][1:] if opener else ahead[0]),))
        that = _in_their_place(sentence, names, w)
        if that is not None:
            if that:
                return Renaming((_POSSESSIVE.sub("", that[0].text),), replaces=True)
            unnamed = True
            # "dafür kommt meine Schwester mit", "li şûna wî birayê min tê": the one relative in the part
            # that says "in their place" takes the place of another
            m = next((m for m in w.that.finditer(sentence) if not w.me.search(m.group())), None)
            part = next((p for p in re.finditer(r"[^,;]+", sentence) if m is not None and p.start() <= m.start() < p.end()),
                        None)
            kin = [a.group() for a in _kin(lang).finditer(part.group())
                   if m is not None and not (m.start() <= part.start() + a.start() < m.end())] if part else []
            if len(kin) == 1 and not any(n.anchored for n in names):
                relation = relation or kin[0]
            if relation or _instead(sentence, w) is None:
                continue
        where = _instead(sentence, w)
        if where is None:
            continue
        start, end, left_first = where
        if not left_first and re.match(r"\W*\d", sentence[end:]):
            continue  # "2 Personen statt 5, die Kinder bleiben …": a count instead of a count
        if left_first:  # "eşim yerine …": the person left stands just before "yerine"
            next_words = [x.group() for x in _WORD.finditer(sentence[:end])][-3:-1]  # (without "yerine")
            old = next((n for n in reversed(names) if start - 1 <= n.end <= end), None)
        else:  # "statt Herrn Vogt …": the person left follows "statt" (titles and kin words between)
            next_words = [x.group() for x in _WORD.finditer(sentence, end)][:2]
            old = next((n for n in names if n.start >= end and _only_titles(sentence[end:n.start], w)), None)
        # the one left is a person: "statt Herrn Vogt", "statt meines Mannes", "instead of me"
        person_left = (old is not None and old.anchored) or any(w.anchor.fullmatch(x) for x in next_words) or (
            bool(next_words) and bool(w.me.fullmatch(next_words[0 if not left_first else -1])))
        new = sorted((n for n in names if n is not old), key=lambda n: not n.anchored)  # "Frau Quast" first
        # "Anna Weber statt Tom Weber", "Anna Weber's name instead of Tom Weber's": first and last
        # names on both sides are people, no town or date has them
        person_left = person_left or (old is not None and w.acts.search(sentence) is not None
                                      and _full_name(old.text) and any(_full_name(n.text) for n in new))
        if new and person_left:
            return Renaming((_POSSESSIVE.sub("", new[0].text),), _POSSESSIVE.sub("", old.text) if old else None,
                            replaces=True)
        writer_left = bool(next_words) and bool(w.me.fullmatch(next_words[0 if not left_first else -1]))
        unnamed = unnamed or (writer_left and w.anchor.search(sentence) is not None)
        if not new and old is not None and not old.anchored and not person_left:
            # "statt Peter kommt meine Schwester": a name left, a relative comes (decide checks the name is registered)
            kin = [a.group() for a in _kin(lang).finditer(sentence)]
            if len(kin) == 1:
                return Renaming((), _POSSESSIVE.sub("", old.text), replaces=True, relation=kin[0])
        kin_left = any(w.anchor.fullmatch(x) for x in next_words)  # "instead of my husband": not the writer
        if not new and person_left and (kin_left or not writer_left) and old is None:
            # "statt meinem Mann kommt meine Tochter mit": the relative left, and one other relative
            first_kin = next((i for i, x in enumerate(next_words) if w.anchor.fullmatch(x)), len(next_words) - 1)
            left = set(next_words[:first_kin + 1])  # "instead of my husband", "به جای شوهرم": up to the relative
            kin = [a.group() for a in _kin(lang).finditer(sentence) if a.group() not in left
                   and not (start <= a.start() < end)]
            if len(kin) == 1:
                relation, unnamed = relation or kin[0], True
    return Renaming((), replaces=True, relation=relation) if unnamed else None


@lru_cache(maxsize=64)
def _kin(lang: str) -> re.Pattern[str]:
    """The words for relatives and companions ("Tochter", "sestra", "brother") of ``lang`` and German."""
    langs = tuple(dict.fromkeys((lang or "de", "de")))
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in L.alternatives("kin", langs)) + r")(?!\w)", re.I)
