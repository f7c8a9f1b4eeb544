"""The safety gates: whether the sender really cancels, registers again in the same mail, makes the
registration depend on a condition, or speaks for two people who want two workshops (pure)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..events import Event
from . import intent as I
from . import lexicon as L
from .evidence import Mention
from .stances import ClauseReading, combine, first_reason, mentions_in
from .text import Clause, clauses, normalise, sentences
from .startcache import regex


_ASKS_YOU = L.compiled("asks_you")
_ASKS_HOW = L.compiled("asks_how")


def requests(sentence: str) -> bool:
    """A question that asks the desk to do something ("Könnten Sie mich austragen?", "Can you
    cancel my booking?", "kaydımı silebilir misiniz?"), not one about how, when or whether."""
    return bool(I.QUESTION_MARK.search(sentence) and _ASKS_YOU.search(sentence) and not _ASKS_HOW.search(sentence))


def statements(text: str) -> str:
    """The sentences that say something, not those that ask ("bekommen wir drei eine Bescheinigung?",
    "may I bring my son?" give no count), but with those that only ask whether it is all right
    ("wir sind jetzt zu viert, geht das?")."""
    return " ".join(s for s in sentences(text) if not I.QUESTION_MARK.search(s) or I.QUESTION_ROUTINE.search(s))


def cancels(sents: list[str], language: str | None = None) -> bool:
    """Does the sender cancel? Not in a question ("Kann ich noch absagen?") unless it asks the desk
    to do it ("Können Sie mich austragen?"), not as a supposition ("…, sonst könnte ich nicht
    kommen", "falls …, kann ich nicht"), and a "cannot come" only when it is not said of someone
    else or of people in general ("Wer arbeitet, kann nicht teilnehmen")."""
    for sentence in sents:
        m = I.CANCEL.search(sentence)
        if not m or (I.QUESTION_MARK.search(sentence) and not requests(sentence)) or I.HYPOTHETICAL.search(sentence):
            continue
        if _of_anyone(sentence, m.group(0), language):
            continue
        return True
    return False


def cancelled_by_others(sents: list[str], language: str | None = None) -> bool:
    """Is every cancelling sentence said of someone else ("Mein Mann kann leider doch nicht
    kommen", "my husband can't come after all"), none of the writer ("Meine Frau und ich können
    nicht", "I can't come")? Then one of several people drops out, not the registration."""
    # (a question that asks the desk to act is said too, where the request names nothing of the writer's: "mein Mann
    # kann doch nicht, können Sie ihn streichen?"; not "…, could you cancel our registration?")
    said = [i for i, s in enumerate(sents) if (m := I.CANCEL.search(s))
            and (not I.QUESTION_MARK.search(s) or _asks_for_others(s, language))
            and not I.HYPOTHETICAL.search(s) and not _of_anyone(s, m.group(0), language)]
    others = {i: _of_others(sents[i], language) or _every_cancelling_clause_of_others(sents[i], language) for i in said}
    for i in said:
        # a request that names nobody, right after a sentence in which someone else drops out, is about them: "Mein
        # Mann kann doch nicht. Bitte streichen Sie ihn.", "Mi marido al final no puede. Bórrenlo, por favor." (not
        # "Ich kann den Termin nicht. Bitte streichen Sie ihn.")
        if not others[i] and i > 0 and _names_nobody(sents[i], language) and (
                others.get(i - 1) or (I.polarity(sents[i - 1], language or "") in ("neg", "other_neg") and _of_others(sents[i - 1], language))):
            others[i] = True
    return bool(said) and all(others.values())


def _names_nobody(sentence: str, language: str | None) -> bool:
    """No person in ``sentence``: no "I"/"we", no "my"/"our", no relative, no "all of us", no date."""
    return not (I.ANY_THIRD_PARTY(sentence) or I.first_person(language).search(sentence) or _MY.search(sentence)
                or I.ALL_OF_THEM.search(sentence) or any(c.isdigit() for c in sentence))


def _asks_for_others(sentence: str, language: str | None) -> bool:
    """A request to the desk ("können Sie …?", "could you …?") whose own words name no "I", "my" or "our": "…,
    could you remove him?", not "…, could you cancel our booking?"."""
    asked = _ASKS_YOU.search(sentence)
    if not (asked and requests(sentence)):
        return False
    rest = sentence[asked.start():]
    return not (_MY.search(rest) or I.first_person(language).search(rest) or I.REGISTER.search(rest))  # ("… notre inscription ?")


def _of_others(text: str, language: str | None) -> bool:
    text = _without_reasons(text, language)
    return bool(I.ANY_THIRD_PARTY(text)
                and not I.first_person(language).search(_MY.sub(" ", I.THIRD_PARTY.sub(" ", text))))


def _without_reasons(text: str, language: str | None) -> str:
    """``text`` without the parts that say why, from a word giving a reason to the next comma: "ne mogu doći
    jer mi je sin bolestan", "dobbiamo annullare perché nostro figlio ha la febbre" — the relative named there
    is why the writer cancels, not the one who drops out."""
    for _ in range(4):  # (a mail gives a few reasons at most)
        m = first_reason(text, language)
        if m is None:
            break
        end = _COMMA.search(text, m.end())
        text = text[:m.start()] + " " + (text[end.start():] if end else "")
    return text


def _every_cancelling_clause_of_others(sentence: str, language: str | None) -> bool:
    """"mia moglie non potrà venire, io invece ci sarò": the cancelling clause is said of the wife;
    the writer's own clause cancels nothing."""
    cancelling = [c.text for c in clauses(sentence, "body") if I.ANY_CANCEL(c.text)]
    if cancelling and all(_of_others(c, language) for c in cancelling):
        return True
    # "моя жена не сможет прийти, я приду", "زوجتي لا تستطيع الحضور، أنا سآتي": the writer's own
    # part after a comma, in languages whose clauses do not begin at such a pronoun
    parts = [p for p in _COMMA.split(sentence) if I.ANY_CANCEL(p)]
    return bool(parts) and all(_of_others(p, language) for p in parts)


_COMMA = re.compile(r"[,，،;]")


_MY = regex(L.either("my_our"), re.I)  # "my" of "my husband" is no first person subject


# where the cancelling part of a clause ends: "stornieren Sie Offenau | und melden Sie mich …", "…, bitte …"
# (not a suffix after an apostrophe: the "e" of "26 Eylül'e")
# an "and" written against the next word ("وتسجيلي": and register me), right before a register word
_BOUND_AND = regex(rf"(?<!\w)(?:{L.either('list_and')})$", re.I)
_KEPT_AWAY = L.compiled("unwell")
_BOUNDARY = regex(rf"(?<!['’]){L.either('and')}|[,;]|\s[–—-]\s", re.I)


def rebooks(rc: list[ClauseReading], events: tuple[Event, ...], sent: date | None, language: str) -> bool:
    """Cancel and register again in one mail ("Offenau bitte stornieren und mich für den 17.10.
    anmelden", "Ich sage den 19.09. ab. Bitte melden Sie mich für den 26.09. an", "komme doch
    nicht am 19.09., sondern am 26.09."): the events of the cancelling part become the ones left.
    True when a part asks for a workshop again; "cancel my registration for 17 October" does not."""
    again = False
    for i, r in enumerate(rc):
        if r.clause.source == "quote" or not r.mentions:
            continue
        if r.instead and r.polarity == "pos" and not I.CANCEL.search(r.rest):
            again = True  # "kommen doch nicht am 26.9. sondern am 17.10.": the cancelling words name the old one
            continue
        text = normalise(r.clause.text)
        cancel = I.CANCEL.search(text)
        if not cancel:
            after_cancel = i > 0 and rc[i - 1].clause.sentence == r.clause.sentence and (
                I.CANCEL.search(rc[i - 1].clause.text) or rc[i - 1].polarity == "neg")
            # the register word may stand in a neighbouring clause ("melde mich | aber für den 26.09. an")
            siblings = " ".join(x.clause.text for x in rc if x.clause.sentence == r.clause.sentence
                                and not I.CANCEL.search(x.clause.text))
            sentence = r.clause.sentence or r.clause.text
            wish = I.REGISTER.search(siblings) or I.QUESTION_MARK.search(sentence) or I.CHANGE_STRONG.search(sentence) \
                or I.CHANGE_WEAK.search(sentence)  # "Geht auch Weinsberg?", "lieber den 26.09."
            # (not "ich muss mich abmelden, ich muss am 21.9. arbeiten": what keeps the writer away is no new wish)
            if r.polarity == "pos" and (wish or (after_cancel and not _KEPT_AWAY.search(text))):
                again = True
            continue
        later = [m for rx in (I.REGISTER, I.CHANGE_STRONG, I.CHANGE_WEAK) for m in rx.finditer(text)
                 if m.start() >= cancel.end()]
        later.sort(key=lambda m: m.start())
        gap = list(_BOUNDARY.finditer(text, cancel.end(), later[-1].start())) if later else []
        if later and not gap:  # "إلغاء هذا الموعد وتسجيلي …": an "and" bound to the register word
            gap = [b for m in later if (b := _BOUND_AND.search(text, cancel.end(), m.start()))][-1:]
        first = None if later else _preferred_first(text, cancel.start())
        if first is not None:
            # "am 26.9. passt es mir besser, bitte Offenau stornieren": the preference said first, then the
            # cancellation, as the other way round
            new, gone = mentions_in(text[:first], events, sent, language), mentions_in(text[first:], events, sent, language)
            if new and gone:
                r.old_part, r.mentions = r.old_part + gone, new
                r.polarity = I.polarity(text[:first], language)
                again = again or r.polarity == "pos"
                continue
        cut = gap[-1].start() if gap else None
        if cut is None and later:
            # no "and" or comma between the two parts: the new date stands after the register word ("cancel
            # the 26th book me on 17 October"), or, where the verb comes last and the verbs are chained
            # ("26 இலிருந்து பெயரை நீக்கி அக்டோபர் 17க்கு பதிவு செய்யுங்கள்"), between the two verbs
            if mentions_in(text[later[0].end():], events, sent, language):
                cut = later[0].start() if mentions_in(text[cancel.end():later[0].start()], events, sent, language) else None
            elif mentions_in(text[cancel.end():later[-1].start()], events, sent, language):
                cut = cancel.end()
        if cut is not None:
            r.old_part = r.old_part + mentions_in(text[:cut], events, sent, language)  # ("listopada": October in hr)
            r.mentions = mentions_in(text[cut:], events, sent, language)
            r.polarity = I.polarity(text[cut:], language) if r.mentions else r.polarity
            again = again or (bool(r.mentions) and r.polarity == "pos")
        elif not later or not I.REGISTER.search(text, 0, cancel.start()):
            r.old_part, r.mentions = r.old_part + r.mentions, []
    return again


def _preferred_first(text: str, cancel_at: int) -> int | None:
    """Where the part that cancels begins after a preference said before it in the same clause ("Weinsberg suits
    me better, so cancel Offenau"): the first boundary after the last word of preferring; None without one."""
    wishes = [m.end() for rx in (I.CHANGE_STRONG, I.CHANGE_WEAK) for m in rx.finditer(text, 0, cancel_at)]
    if not wishes:
        return None
    cut = _BOUNDARY.search(text, max(wishes), cancel_at)
    return cut.start() if cut else None


def two_people(text: str, events: tuple[Event, ...], sent: date | None, changing: bool = False,
               language: str = "de") -> bool:
    """One clause, two people, two workshops: "ich am 26.09., meine Frau am 19.09.". In a mail that
    changes (``changing``: "lieber", "prefer"), only where the writer's part is a wish of its own,
    not the old registration ("io vengo il 19, mio marito invece preferisce il 17 ottobre" is two
    people; "ich war für den 19. angemeldet, meine Frau und ich kommen lieber am 26." a change)."""
    m = I.THIRD_PARTY.search(text) if I.ANY_THIRD_PARTY(text) else None  # (most clauses name nobody else)
    if not m:
        return False
    first, second = (_which(mentions_in(part, events, sent, language)) for part in (text[:m.start()], text[m.start():]))
    if changing and I.polarity(text[:m.start()], language) != "pos":
        return False
    return bool(first and second and len(first) == 1 and len(second) == 1 and first != second)


def _which(mentions: list[Mention]) -> frozenset[str] | None:
    """The event one person's part names; where its pieces disagree ("on the 21st, because she works on
    Tuesdays"), the date itself."""
    both = combine(mentions)
    if both or both is None:
        return both
    return combine([x for x in mentions if x.kind in ("date", "day")])


def asks(c: Clause) -> bool:
    """Does the clause's sentence ask for something (register, change, cancel)?"""
    return c.source == "subject" or _asking(c.sentence or c.text)


@lru_cache(maxsize=512)
def _asking(text: str) -> bool:
    return bool(I.REGISTER.search(text) or I.CHANGE_STRONG.search(text) or I.CHANGE_WEAK.search(text)
                or I.CANCEL.search(text))


def conditional(sents: list[str]) -> bool:
    """A registration that holds only under a condition: "nur wenn es einen Aufzug gibt",
    "falls es eine Kinderbetreuung gibt, sonst nicht", "only if there is an interpreter"."""
    for sentence in sents:
        if not I.ANY_CONDITION(sentence):
            continue
        if I.ONLY_IF.search(sentence) or I.ANY_QUESTION_TOPIC(sentence) or (
                I.FALLBACK.search(sentence) and I.NEGATION.search(sentence)):
            return True
    return False


def _of_anyone(sentence: str, said: str, language: str | None = None) -> bool:
    """A "cannot take part" said of people in general, not of the writer or a person they name."""
    return bool(I.ANY_NEGATION(said) and I.ANY_ANYONE(sentence) and not I.first_person(language).search(sentence))


def registers(sents: list[str], language: str | None = None) -> bool:
    """Does the text ask to take part? Not where it says people in general cannot, nor where it asks about
    people in general."""
    return any(I.REGISTER.search(s) and not _of_anyone(s, s, language) and not _asked_of_anyone(s, language)
               for s in sents)


def _asked_of_anyone(sentence: str, language: str | None) -> bool:
    """"Kann man auch später dazukommen?", "Can anyone join?": a question about people in general, not the
    writer's request."""
    return bool(I.QUESTION_MARK.search(sentence) and I.ANYONE.search(sentence)
                and not I.first_person(language).search(sentence))


_STILL_COMING = L.compiled("still_coming")
# "ich komme allein", "only me": a count of one (together_count) says the writer still comes
_ALONE = regex(r"(?<!\w)(?:" + "|".join(re.escape(w) for w, n in sorted(L.table("together_count").items(),
                                                                            key=lambda x: -len(x[0])) if n == 1)
                    + r")(?!\w)", re.I)


def still_coming(text: str) -> bool:
    """"Mein Mann kommt trotzdem", "the others still come", "ich komme allein": some of the
    registered people stay."""
    return bool(_STILL_COMING.search(text) or _ALONE.search(I.NOT_NEGATIVE.sub(" ", text)))


def writer_still_comes(text: str, language: str | None = None) -> bool:
    """"ich komme aber", "but I will", "ich komme allein": the one who stays is the writer."""
    said = [m.group() for m in _STILL_COMING.finditer(text)] + [m.group() for m in _ALONE.finditer(I.NOT_NEGATIVE.sub(" ", text))]
    return any(I.first_person(language).search(w) or _ALONE.fullmatch(w) for w in said)


def registers_others(text: str) -> bool:
    """A total, a list of names, a titled person, two people in one word ("meine Eltern") or a number
    of relatives ("meine zwei Töchter"): someone besides the writer."""
    from .names import name_list
    from .people import OTHER_PERSON, relatives
    from .totals import explicit_totals
    return bool(explicit_totals(text) or name_list(text) or OTHER_PERSON.search(text) or relatives(text))



_KIN = regex(L.either("kin"), re.I)
_COMES = L.compiled("comes")


def substitutes_companion(text: str) -> bool:
    """"statt meiner Frau kommt meine Schwester", "en lugar de mi marido vendrá mi hermano": a sentence
    names a relative after 'instead of' and another relative who comes in their place."""
    from . import slot_concepts as S
    for sentence in sentences(text):
        if I.QUESTION_MARK.search(sentence) or not (_COMES.search(sentence) or I.ANY_REGISTER(sentence)):
            continue
        for rx, slot_first in S.present(sentence, "instead_of"):
            for m in rx.finditer(sentence):
                left = sentence[max(0, m.start() - 30):m.end()] if slot_first else sentence[m.start():m.end() + 30]
                if _KIN.search(left) and len(_KIN.findall(sentence)) >= 2:
                    return True
    return False


def sends_another(text: str) -> bool:
    """"mein Mann kommt allein, ich kann nicht", "муж придёт один, я не смогу", "kocam tek başına gelecek, ben
    gelemiyorum": the writer says they do not come themselves, and a sentence (no question) says a relative
    comes, without a negation in that relative's clause. The mail registers that person; the writer's "I
    can't" cancels nothing."""
    from .people import ANY_SENDER_ABSENT, SENDER_ABSENT
    if not ANY_SENDER_ABSENT(text):
        return False
    for sentence in sentences(text):
        if I.QUESTION_MARK.search(sentence):
            continue
        for part in _COMMA.split(SENDER_ABSENT.sub(" ", sentence)):
            if _KIN.search(part) and _COMES.search(part) and not I.NEGATION.search(part) and not I.CANCEL.search(part):
                return True
    return False
