"""``understand(raw, events, office)``: one raw e-mail → a ``Reading`` (pure: no I/O, no clock).

The stages: MIME and charset → new text, quote and signature → robots (never answered) →
language → evidence per clause (dates, places, weekdays, list positions; each with how the
clause speaks of it) → intent → the event the evidence leaves → attendees → the action.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from datetime import date, datetime
from email.utils import getaddresses
from typing import Iterable

from ..config import Office
from ..events import Event
from ..reasons import Reason
from . import gates as G
from . import intent as I
from . import lexicon as L
from . import limits
from . import slot_concepts as S
from .answers import companions_added, joins_booking
from .courtesy import only_courtesy
from .evidence import Mention
from .calendar_names import is_latin
from .language import detect_language
from .mime import Mail, Unreadable, parse_headers_quick, parse_mail
from .places import home_places
from .people import ANY_SENDER_ABSENT, Attendees, count_attendees
from .quotes import forwarded_author, forwarded_from, forwarded_text, split_reply
from .result import Reading, display_name
from .robots import auto_reply_text, detect, relayed_sender
from .stances import ClauseReading, combine, evidence_of, read_clauses, take_back
from .startcache import regex
from .text import Clause, clauses, normalise, sentences
from .totals import explicit_totals

# a clause that asks for a change: with "please", or naming a day (a number)
_ASKS_TO_CHANGE = regex(rf"(?<!\w)(?:{L.either('please')})(?!\w)|\d", re.I)


def _sent_date(mail: Mail, office: Office) -> datetime | None:
    if mail.date is None:
        return None
    d = mail.date
    return d.replace(tzinfo=office.timezone) if d.tzinfo is None else d.astimezone(office.timezone)


_SHORT_ANSWER = 4  # words: an answer this short is read in the language of the conversation it answers


def understand(raw: bytes, events: tuple[Event, ...], office: Office, budget: limits.Budget | None = None,
               thread_language: str = "") -> Reading:
    """Read one message. Never raises for bad input: unreadable mail gets ``review`` with the reason;
    so does a message past a limit (``limits``: its structure, or the ``budget`` of CPU time and
    memory given), with the limit as the reason. ``thread_language``: the language of the
    conversation this message answers, taken for an answer too short to tell its own ("joi e bine")."""
    mail = None
    with limits.under(budget):
        try:
            mail = parse_mail(raw)
            return _understand(mail, events, office, thread_language)
        except limits.OverLimit as exc:
            reason, flags = f"over a limit: {exc}", ["unreadable", "limit"]
        except Unreadable as exc:
            reason, flags = Reason.UNREADABLE(error=exc), ["unreadable"]
        except RecursionError:
            reason, flags = "message too deeply nested to read", ["unreadable"]
    if mail is None:  # who sent it and what it is about, from the header block alone, for staff
        head = parse_headers_quick(raw) if isinstance(raw, (bytes, bytearray)) else {}
        return Reading("unreadable", "review", reason=reason, flags=flags, sender=head.get("sender", ""),
                       sender_name=head.get("sender_name", ""), subject=head.get("subject", "")[:limits.MAX_SUBJECT],
                       message_id=head.get("message_id", ""))
    return Reading("unreadable", "review", reason=reason, flags=flags, sender=mail.from_addr,
                   sender_name=mail.from_name, subject=mail.subject, message_id=mail.message_id)


def _understand(mail: Mail, events: tuple[Event, ...], office: Office, thread_language: str = "") -> Reading:
    parts = split_reply(mail.text)
    limits.check("quotes")
    new_text = parts.new[:limits.MAX_NEW_TEXT]  # a request stands at the top; beyond is not read
    as_written = new_text
    # "wir kommen, keine Absage": a phrase that denies a cancellation is read as nothing (staff see it as written)
    new_text = I.without_denied_cancel(new_text)
    sent = _sent_date(mail, office)
    reading = Reading(
        "other", "review", sender=mail.from_addr, sender_name=mail.from_name, subject=mail.subject,
        message_id=mail.message_id, in_reply_to=mail.in_reply_to, references=list(mail.references),
        sent_at=sent.isoformat() if sent else None, new_text=as_written[:5000],
        auth_results=[v[:2000] for v in mail.headers.get("authentication-results", [])[:20]],
    )
    reading.flags.extend(f"problem: {p}" for p in mail.problems[:5])
    if len(parts.new) > limits.MAX_NEW_TEXT:
        reading.flags.append(f"problem: new text longer than {limits.MAX_NEW_TEXT} characters: the rest not read")

    relayed = relayed_sender(mail, office.addresses)
    if relayed:  # a web form's mail: answer the person in Reply-To
        reading.sender, reading.sender_name = relayed, ""
        reading.flags.append("relayed_by_form")
    robot = detect(mail, office.addresses, new_text, office.name)
    if robot:
        reading.intent = robot.kind
        reading.action = "ignore"
        reading.reason = "; ".join(robot.reasons)
        reading.language = detect_language(new_text or mail.subject)
        return reading
    if not reading.sender:
        reading.reason = "no sender address: nobody to answer"
        reading.flags.append("no_sender")
        reading.intent = "unreadable"
        return reading

    office_domains = {a.split("@")[-1] for a in office.addresses}
    reply_to_us = any(ref.rstrip(">").split("@")[-1].lower() in office_domains
                      for ref in (mail.in_reply_to, *mail.references) if "@" in ref)
    # (a client whose prefix no list knows still answers our mail: "R: Iscrizione", In-Reply-To ours)
    is_reply = bool(I.REPLY_PREFIX.match(mail.subject) or I.OWN_SUBJECT.search(mail.subject) or reply_to_us)
    subject = I.REPLY_PREFIX.sub("", mail.subject).strip()

    day = sent.date() if sent else None
    # (file numbers blanked first: "Az. 19/09" would end a sentence at the abbreviation and leave the number a date)
    body_clauses = clauses(S.mask(new_text, "file_number", "#"), "body")
    subj_clauses = [] if is_reply else clauses(subject, "subject", len(body_clauses))
    reading.language = detect_language(new_text if len(new_text) >= 12 else f"{subject}\n{new_text}")
    if (thread_language not in ("", "de") and thread_language in L.languages() and new_text.strip()
            and len(new_text.split()) <= _SHORT_ANSWER and is_latin(new_text)):
        # three words in Latin letters tell no language ("joi e bine" read as Albanian): the conversation's
        # (not where it is German, also the language of a registration staff made)
        reading.language = thread_language
    rc = read_clauses(body_clauses + subj_clauses, events, day, reading.language)
    context = _quoted_event(clauses(normalise(parts.quoted_text()[:6000]), "quote"),
                            clauses(subject, "subject") if is_reply else [], events, day)
    reading.previous_workshop = context
    # "am 19., ach nein, falsch: ich meine den 26.": what a correction names replaces what was named before it
    rc, taken_back = take_back(rc, context if reply_to_us else None, reading.language)
    corrected = bool(taken_back)
    # (answering our confirmation, taking back the workshop it confirmed: a change of that registration)
    corrects_booked = reply_to_us and context is not None and context in taken_back
    if corrected:
        reading.flags.append("corrected")
    forward_body = ""
    others_forwarded = False
    # a forward whose own words name no workshop carries its request in the forwarded mail when its words point
    # there ("siehe unten") or the forwarded mail is another person's (its From line another address: "ich
    # selbst komme nicht" under a neighbour's registration speaks of the forwarder, not of that registration)
    if (I.FORWARD_PREFIX.match(mail.subject) and not any(r.mentions for r in rc if r.clause.source == "body")
            and (I.POINTS_BELOW.search(new_text) or _forwards_anothers(parts.quoted, new_text, mail.from_addr))):
        # "Bitte melden Sie ihn für den Termin an, den er unten nennt": the forwarded mail is the request
        forward_body = split_reply(forwarded_text(parts.quoted)).new or parts.quoted
        fwd = read_clauses(clauses(forward_body, "body", len(rc)), events, day, reading.language)
        rc = rc + fwd
        reading.flags.append("request_in_forwarded_mail")
        others_forwarded = _forwards_anothers(parts.quoted, new_text, mail.from_addr)
    reading.evidence = evidence_of(rc)
    if any(r.instead and r.clause.source == "body" for r in rc):
        reading.flags.append("instead_of")

    auto = auto_reply_text(f"{mail.subject}\n{new_text}")
    text_all = normalise(f"{new_text}\n{subject if not is_reply else ''}")
    has_register = I.ANY_REGISTER(text_all) and (
        not I.ANY_ANYONE(text_all) or G.registers(sentences(text_all), reading.language))
    if auto.score >= 4 and (auto.strong or not has_register) or (auto.strong and auto.score >= 3 and not has_register):
        reading.intent, reading.action = "auto_reply", "ignore"
        reading.reason = "reads as an automatic reply: " + ", ".join(repr(h) for h in auto.hits[:4])
        return reading

    if not new_text.strip() and not subj_clauses:
        reading.reason = "no new text: only quoted or forwarded mail"
        reading.flags.append("empty")
        if not mail.attachments:  # nothing of its own: nobody waits for an answer
            reading.intent, reading.action = "empty", "ignore"
        return reading
    # "Thanks, I'll come!" answering our confirmation (its workshop quoted), naming no date and no number of
    # people ("wir kommen zu zweit" is a new count): nothing to do
    affirms = (is_reply and context is not None and not any(r.mentions for r in rc if r.clause.source == "body")
               and not explicit_totals(new_text))
    if (not mail.attachments and only_courtesy(new_text, f"{mail.from_name} {mail.from_addr}", affirms)
            and (is_reply or only_courtesy(subject))):
        reading.intent, reading.action = "thanks", "ignore"
        reading.reason = Reason.THANKS_ONLY()
        return reading

    has_cancel = I.ANY_CANCEL(text_all) and G.cancels(sentences(text_all), reading.language)
    if has_cancel and others_forwarded and ANY_SENDER_ABSENT(text_all) and I.ANY_REGISTER(normalise(forward_body)):
        # "Ich selbst komme nicht" above a neighbour's forwarded registration: the forwarder stays away, the
        # registration below stands
        has_cancel = False
    has_change = I.ANY_CHANGE_STRONG(text_all) or corrects_booked  # (correcting the wish our mail confirmed)
    has_weak_change = I.ANY_CHANGE_WEAK(text_all)
    # whole sentences: "gibt es Parkplätze, oder sollen wir mit der Bahn kommen?" is one question, split in two clauses
    sentences_all = list(dict.fromkeys(c.clause.sentence or c.clause.text for c in rc))
    # "Der 21. oder der 26.?": a question that only offers dates asks us to choose, it is no question for staff
    offered = {s for s in sentences_all if I.QUESTION_MARK.search(s) and not I.ANY_QUESTION_TOPIC(s)
               and len(set().union(*(combine(r.mentions) or () for r in rc
                                     if (r.clause.sentence or r.clause.text) == s
                                     and r.polarity in ("pos", "question")))) > 1}
    staff_questions = [s for s in sentences_all if I.is_staff_question(s) and s not in offered]
    if staff_questions:
        reading.flags.append("question_for_staff")
        if has_change:
            # "could I send my ideas by email instead?": a word of changing inside a question for staff that
            # names no workshop changes no registration
            naming = {r.clause.sentence or r.clause.text for r in rc if r.mentions}
            has_change = any(I.ANY_CHANGE_STRONG(s) for s in sentences_all if s not in staff_questions or s in naming)
    tentative = any(r.polarity == "tentative" and r.mentions for r in rc)
    dependent: set[str] = set()  # sentences that hold only if our answer is yes
    for prev, cur in zip(rc, rc[1:]):
        if I.is_staff_question(prev.clause.text) and I.AFTER_ANSWER.match(cur.clause.text):
            tentative = True  # "Ist es barrierefrei? Dann würde ich mich anmelden.": depends on our answer
            dependent.add(cur.clause.sentence or cur.clause.text)
            if "depends_on_answer" not in reading.flags:
                reading.flags.append("depends_on_answer")

    rebook = has_cancel and G.rebooks(rc, events, day, reading.language)  # "Offenau stornieren und für den 17.10. anmelden"

    # --- which events the evidence leaves
    pos = [r for r in rc if r.polarity == "pos" and r.mentions]
    if not any(combine(r.mentions) for r in pos):
        pos += [r for r in rc if r.polarity == "fallback" and r.mentions]
    # sentences that say the writer registers, not asked and not denied ("Angemeldet bin ich noch nicht.")
    # (asked only where the whole text has a word of registering: both rules that read it ask that first)
    plain_wish = bool(has_register) and any(
        I.ANY_REGISTER(s) and not I.QUESTION_MARK.search(s) and not I.negated(s, reading.language)
        for s in {r.clause.sentence or r.clause.text for r in rc if r.clause.source != "quote"})
    if not pos and has_register and not has_cancel and not tentative and plain_wish:
        # "Wo genau findet der Workshop in Offenau statt? Ich melde mich hiermit an.": the event
        # asked about is the one chosen when no other is named, if the wish stands outside the
        # questions ("Is there parking in Neuenstadt or should I come by bus?" chooses nothing)
        pos = [r for r in rc if r.polarity == "question" and r.mentions]
    if offered and not is_reply:  # the dates it offers are the wish we ask about
        pos += [r for r in rc if r.polarity == "question" and r.mentions and (r.clause.sentence or r.clause.text) in offered]
    wished_over_old = _wished_over_old(rc, context) if (has_change or has_weak_change) and reply_to_us else []
    pos += wished_over_old
    # answering our confirmation, a clause that rules out the booked workshop ("bu salı olmaz", "not this Tuesday",
    # "am 26. kann ich nicht") rules out that one, not the other Tuesdays; and a question beside it that names
    # one other workshop ("ginge der 17.10.?", "17 Ekim olur mu?") wishes to move there
    ruled_out = _rules_out_booked(rc, context) if reply_to_us else []
    moved_to = _asked_instead(rc, context, pos) if ruled_out else []
    pos += moved_to
    neg: set[str] = set()
    old: set[str] = set()
    s: frozenset[str] | None
    for r in rc:
        s = combine(r.mentions) or frozenset()
        if r.polarity == "neg":
            neg |= {context} if context and any(r is x for x in ruled_out) else s
        elif r.polarity == "old":
            old |= s - {e for w in wished_over_old if w.clause is r.clause for x in w.mentions for e in x.events}
        old |= combine(r.old_part) or set()  # "statt Dienstag, den 26.": the one Tuesday that is the 26th
    if (has_change or has_weak_change) and context and reply_to_us:
        old.add(context)
    instead = any(r.old_part for r in rc if r.clause.source != "quote")  # "am 26.09. statt am 19.09."
    changing = has_change or (instead and not has_cancel) or rebook or (has_weak_change and bool(old))
    # a date that is no event blocks only where the request is ("… für den 18.09. an"), not in a
    # letter's date line or beside an invoice ("Heilbronn, 23.08.2023", "Rechnung vom 17.07.")
    asking = [r for r in pos if G.asks(r.clause)]
    # (so does a day counted from the mail's date that has no workshop, beside a workshop the same request names:
    # "je m'inscris pour mardi prochain à Offenau" written on a Friday, the Tuesday after it none of ours; a
    # miscounted day alone, say in the subject, beside a date in the text blocks nothing: "prijava za prekosutra")
    unknown_dates = [m for r in pos for m in r.mentions if m.fits_none and (
        (m.kind in ("date", "day") and (r in asking or not any(combine(x.mentions) for x in asking)))
        or (m.one_day and r in asking and combine(r.mentions)))]
    sets: list[tuple[ClauseReading, frozenset[str]]] = []
    # a town or date of a workshop already held when the mail was written ("we live in Weinsberg", written
    # after the Weinsberg workshop) is no wish beside one of a workshop still to come
    past = {e.id for e in events if e.start.date() < day} if day is not None else set()
    for r in pos:
        mentions = r.mentions
        if _names_the_series(mentions, events):
            continue  # "your workshops (Offenau, Neuenstadt, Weinsberg, Brackenheim)": the series, no choice
        if past and any(m.events - past for m in mentions):
            mentions = [m for m in mentions if not m.events or m.events - past]
        s = combine(mentions)
        if s is None or (not s and all(m.fits_none for m in r.mentions)):
            continue  # a date that is no event is reported as unknown_dates, not as a contradiction
        if changing and old and s - old != s:
            s = s - old
            if not s:
                continue
        sets.append((r, s))
    if past and any(s - past for _, s in sets):
        sets = [(r, s) for r, s in sets if not s or s - past]
    exclusive = [s for r, s in sets if r.exclusive and len(s) == 1]
    # "Ich komme am 26.09., meine Kollegin am 19.09.": two people, two workshops
    singles = [(r, s) for r, s in sets if len(s) == 1]
    # "Meine Kollegin kann an dem Tag nicht, sie würde am 26.09. kommen": another person who cannot come
    # on the writer's day wishes another workshop in the same breath
    others_wish = {e for r in rc if r.polarity in ("neg", "other_neg") and r.clause.source == "body"
                   and I.ANY_THIRD_PARTY(r.clause.text) and I.ANY_REGISTER(r.clause.text)
                   and len(w := combine(r.mentions) or frozenset()) == 1 for e in w}
    mine = {next(iter(s)) for _, s in singles}
    # the writer's own wish and another person's, each in a clause of its own, also where "instead" or a preference
    # makes it look like a change ("I come on the 19th; my husband would instead prefer the 17th")
    apart = len(mine) >= 2 and any(not I.ANY_THIRD_PARTY(r.clause.sentence or r.clause.text) and not r.old_part
                                   for r, _ in singles) and any(I.ANY_THIRD_PARTY(r.clause.text) for r, _ in singles)
    two_people = (changing and apart) or (not changing and (
        (len(mine) == 1 and bool(others_wish - mine))
        or (len(mine) >= 2 and any(I.ANY_THIRD_PARTY(r.clause.sentence or r.clause.text) for r, _ in singles)))
    ) or any(
        G.two_people(normalise(said), events, day, changing, reading.language)
        for said in {r.clause.sentence or r.clause.text for r in pos if r.mentions})
    # (also where no verb of registering was found: "Vengo il 17 ottobre, ma solo se c'è un interprete")
    conditional = G.conditional(sentences(normalise(new_text)))
    if conditional:
        reading.flags.append("conditional")
    contradiction = False
    candidates: set[str] | None = None
    chosen = exclusive or [s for _, s in sets]
    for s in chosen:
        if candidates is None:
            candidates = set(s)
        else:
            if not candidates & s:
                contradiction = True
            candidates &= s
    if any(not s and not any(m.fits_none for m in r.mentions) for r, s in sets):
        contradiction = True  # one clause names two things that are not one event
    candidates = (candidates or set()) - neg if candidates else set()
    if not candidates and not sets and not contradiction and not unknown_dates:
        candidates = _own_town(rc, new_text, events, neg, reading)
    reading.candidates = sorted(candidates)

    # --- intent
    # (also without a cancelling verb where no workshop is asked for: "Meine Frau kann nicht, ich komme aber")
    others_only = has_cancel and not candidates and G.cancelled_by_others(sentences(text_all), reading.language)
    # (in a reply to our confirmation a new count says the others still come: "unsere Tochter kann nicht mit,
    # wir kommen zu zweit", "nostro figlio non può venire, veniamo in due")
    # (a negation with no word of cancelling, answering our mail, beside a count above the one that mail holds:
    # "I had forgotten I was registered, so we are 3, my son comes too" raises the count, nobody cancels)
    partial = others_only or (has_cancel or (I.negated(text_all, reading.language) and not candidates
                                             and not _raises_quoted(text_all, parts.quoted_text(), context,
                                                                    reading.language))) and bool(
        I.ANY_THIRD_PARTY(text_all) and (G.still_coming(text_all) or (context is not None and explicit_totals(text_all))))
    # the statements of the mail, and whether they give a count of people who still come: asked by several
    # rules below, worked out once and only when one asks
    said = cache(lambda: G.statements(text_all))
    still_come = cache(lambda: _counts_who_still_come(said(), reading.language))
    # "we'll be two instead of four, my cousins can't make it": a count of those who still come, in a
    # clause that cancels nothing, beside a cancellation answering our confirmation — never the whole
    # registration, whichever relatives the word lists know; staff decide (the count may also be the
    # one registered: "iki kişi kayıtlıydık ama ikimiz de gelemiyoruz")
    # "mein Mann kommt allein, ich kann nicht": a relative registered by a writer who stays away
    sends_another = cache(lambda: bool(candidates) and not staff_questions and G.sends_another(text_all))
    count_beside_cancel = (not partial and has_cancel and context is not None and not candidates
                           and still_come())
    if partial:
        reading.intent = "cancel"
    elif (changing or rebook or (ruled_out and context not in candidates)) and candidates:
        reading.intent = "change"  # a cancellation that names a new workshop is a change
    elif has_cancel and has_change and not candidates and any(
            I.ANY_CHANGE_STRONG(r.clause.text) and _ASKS_TO_CHANGE.search(r.clause.text)
            and not I.negated(r.clause.text, reading.language) for r in rc if r.clause.source != "quote"):
        # "I can't come on the 26th, please change it", "19 அன்று வர முடியாது, 26க்கு மாற்றவும்": asked to change
        # (with "please", or to a day we did not read) is no cancellation; we ask which workshop (not "mes
        # plans ont changé, je dois annuler")
        reading.intent = "change"
    elif has_cancel and not (has_register and I.ANY_REGISTER(I.CANCEL.sub(" ", text_all))  # (not the "đăng ký" of
                             and ANY_SENDER_ABSENT(text_all)  # "hủy đăng ký", un-register: a word of cancelling)
                             and G.registers_others(text_all)) and not (sends_another()):
        reading.intent = "cancel"
    elif (has_register and (plain_wish or not staff_questions)) or sends_another() or _asks_dates_for_a_count(
            text_all, sentences_all, candidates, staff_questions, context, reading.language) or (
            candidates and not staff_questions and not I.ANY_CANCEL(text_all) and (
            (reply_to_us and context is None) or (not reply_to_us and (
                len(new_text.split()) <= 12 or _says_who_comes(text_all, reading.language)
                or (len(candidates) > 1 and (bool(offered) or I.ANY_EITHER(text_all))))))):
        # a date alone is a wish only where nothing speaks of cancelling ("Kann ich den 26. noch absagen?");
        # so is a date beside who comes ("nous serons deux … jeudi 21 septembre", "ez û jina xwe, roja 19 …"),
        # and dates offered with the choice left to us ("am 21. oder 26., suchen Sie sich einen aus"): we ask which
        reading.intent = "register"
    elif staff_questions or any(I.QUESTION_MARK.search(s) for s in sentences_all):
        reading.intent = "question"
    else:
        reading.intent = "other"

    if reading.intent == "register" and _moves_from(rc, old, candidates, has_cancel or changing or rebook or two_people):
        # "Ich bin für Weinsberg angemeldet. Kann ich am 17.10. kommen?": the registration named, another wished
        reading.intent = "change"
        reading.flags.append("moves_from_registration")

    if (reading.intent in ("register", "other", "question") and not candidates and is_reply and context is not None
            and not has_cancel and not staff_questions and not tentative
            and _says_who_comes(said(), reading.language) and context not in neg
            and (not I.negated(text_all, reading.language) or still_come())):
        # "wir sind jetzt zu viert", "mon mari vient aussi" answering our confirmation: its workshop, the new count
        # (not "wir sind zu zweit angemeldet, kommen aber beide nicht": a count, but no one said to come; nor
        # "am 26. können wir nicht, wir bleiben zu zweit" where the workshop confirmed is the one ruled out)
        reading.intent, candidates = "register", {context}
        reading.flags.append("new_count")
    elif (reading.intent == "register" and not candidates and is_reply and context is not None
            and I.negated(text_all, reading.language) and _says_who_comes(said(), reading.language)
            and not still_come()):
        # "wir sind zu zweit angemeldet, kommen aber beide nicht" answering our confirmation: a count, and no one
        # said to come; no wish for a date either: staff read it
        reading.intent = "other"
        reading.flags.append("count_not_coming")
    elif (reading.intent in ("register", "other", "question") and not candidates and is_reply and context is not None
            and not has_cancel and not staff_questions and not tentative and G.substitutes_companion(text_all)):
        # "statt meiner Frau kommt meine Schwester", "umjesto supruga dolazi moja sestra" answering our
        # confirmation: one companion in place of another, the same workshop and count
        reading.intent, candidates = "register", {context}
        reading.flags.append("substitute")
    elif (reading.intent in ("register", "other", "question") and not candidates and context is None
            and not has_cancel and not staff_questions and not tentative
            and not any(str(s).rstrip().endswith("?") for s in sentences_all)  # a count with a question: staff
            and explicit_totals(said(), reading.language)):
        # "wir sind jetzt doch nur 3" with no date and no quote: a new count; the desk applies it to
        # the sender's one registration (else the message goes on as before)
        reading.flags.append("count_only")

    if (reading.intent == "register" and not candidates and is_reply and context is not None and not has_cancel
            and not tentative and not {"new_count", "substitute"} & set(reading.flags)
            and not any(r.mentions for r in rc if r.clause.source == "body")
            and any(I.QUESTION_MARK.search(s) for s in sentences_all)):
        # "Kann ich etwas später kommen, gegen 17:30?" answering our confirmation: a question about the booking
        # (no workshop named, no count): staff answer it, we do not ask which date
        reading.intent = "question"
        reading.flags.append("asks_about_booking")

    takes_offer = (is_reply and context is not None and len(candidates) == 1 and context not in candidates
                   and reading.intent in ("register", "other", "question", "change") and not has_cancel
                   and not staff_questions and not tentative and not conditional and not two_people
                   and not contradiction and not unknown_dates
                   and bool(I.WAITING_NOTICE.search(f"{subject}\n{parts.quoted_text()[:6000]}")))
    if takes_offer:
        # "then the 21st in Neuenstadt", "може онда 21.9." answering our waiting-list notice of another workshop
        # (it offers the other open dates): that date instead of the full one, a change of the registration
        reading.intent, old = "change", {context} if context else set()
        reading.flags.append("takes_offered_date")

    added = None
    if (reading.intent in ("register", "other", "question") and not candidates and context is None and not has_cancel
            and not tentative and not conditional and len(old) == 1 and not rebook and not two_people):
        # "ich bin für den 21.9. angemeldet, meine Tochter möchte ich noch mitbringen" (a new mail): people added
        # to the registration the writer names; a question ("can she be added?") is for staff, about that one
        added = companions_added(text_all if staff_questions else said(), reading.language)
    if added and not staff_questions:
        reading.intent, candidates = "register", set(old)
        reading.flags.append("adds_people")
        reading.evidence.append({"where": "body", "kind": "added", "rule": "people added to a registration named",
                                 "text": str(added)})
    elif (reading.intent in ("register", "other") and not candidates and context is None and not has_cancel
          and not tentative and not conditional and not old and not rebook and not two_people and not staff_questions):
        # "Hallo nochmal, ich bringe meine Tochter mit", "my wife comes too" (a new mail naming no date and no
        # registration, no word of registering): people added to the writer's one registration, if they hold one
        # (the desk looks; without one we ask which date, as before; the subject "Anmeldung" says nothing new)
        more = joins_booking(G.statements(normalise(new_text)), reading.language or "")
        if more:
            reading.flags.append("adds_people_unnamed")
            reading.evidence.append({"where": "body", "kind": "added", "rule": "people added, no registration named",
                                     "text": str(more)})
    asked_to_add = bool(added and staff_questions)

    # --- action
    att = None
    body_pos = [r for r in pos if r.clause.source == "body" and combine(r.mentions)
                and (r.clause.sentence or r.clause.text) not in dependent]  # "Wenn ja, komme ich am 26.": no wish yet
    if reading.intent == "register" and tentative and not body_pos:
        candidates = set()  # only "maybe" or "if you answer …": nothing to confirm yet
    if reading.intent in ("register", "change") or partial or "count_only" in reading.flags:
        att = count_attendees(normalise(forward_body or new_text), normalise(subject),
                              [a.text for a in mail.attachments if a.text], reading.language)
        forwarded = "" if forward_body or reply_to_us else _request_forwarded(parts.quoted, att, mail, office.addresses)
        if forwarded:
            # "ich leite Ihnen die Nachricht von Familie X weiter … ich selbst kann nicht dabei sein": the people
            # the forwarded request names come, the forwarder does not (where the forwarder names more, say two
            # small children the family brings, those count)
            of_request = count_attendees(forwarded, "", [], detect_language(forwarded))
            if (of_request.count or 0) > (att.count or 0):
                att = replace(of_request, rule=f"the forwarded request: {of_request.rule}")
    if partial:
        reading.action = "review"
        reading.workshop = _only(candidates) or context
        reading.reason = Reason.PARTIAL_CANCEL()
        reading.flags.append("partial_cancel")
        if G.writer_still_comes(text_all, reading.language):
            reading.flags.append("writer_still_comes")
        elif others_only:
            reading.flags.append("others_cancel")  # "Mein Mann kann doch nicht": not said whether the writer comes
    elif reading.intent == "cancel":
        named: set[str] = set()
        for r in rc:
            named |= (combine(r.mentions) or set()) | (combine(r.old_part) or set())
        reading.workshop = _only(named) or context
        reading.action = "cancel"
        reading.reason = "cancellation" + (f" of {reading.workshop}" if reading.workshop else "")
        # the workshops single mentions name ("Offenau", "26.9."; not "Tuesday", which three workshops share)
        spoken_of = _named_alone(rc)
        if len(spoken_of) > 1 and (len(named) != 1 or spoken_of - named):
            # "Bitte stornieren Sie Offenau, am 26.9. passt es mir besser", "please cancel Offenau, the 26th in Weinsberg
            # suits me": a cancellation beside another workshop; staff read which registration goes (and whether one
            # is wished), never a cancellation of the one that suits
            reading.workshop = None
            reading.action, reading.reason = "review", "a cancellation that names several workshops"
            reading.flags.append("cancel_names_several")
        other_day = _other_days_beside(rc, named, events)
        if other_day and reading.action == "cancel":
            # "main 21 ko nahi aa sakta, please mujhe 26 … mein", "can't do the 21st — the 26th then?": beside the
            # day given up, the number of another workshop's day that no rule read: a change may be meant; never a
            # cancellation, staff read it
            reading.workshop = None
            reading.action, reading.reason = "review", f"a cancellation beside another workshop's day {other_day!r}"
            reading.flags.append("cancel_beside_other_day")
        if count_beside_cancel and not named:
            reading.action, reading.reason = "review", "a cancellation beside a count of people who still come"
            reading.flags.append("count_beside_cancel")
        if not named and context is None and I.ANY_INVITATION(f"{text_all}\n{subject}"):
            # "thank you for the invitation, but I cannot come": declines, there is nothing to cancel
            reading.intent, reading.action = "other", "review"
            reading.reason = "declines the invitation without naming a registration"
            reading.flags.append("declines_invitation")
        elif not named and context is None and staff_questions and reading.action == "cancel":
            # "I can't come to any of them, could you send me the slides afterwards?": a first mail that stays away
            # from no workshop named and asks staff for something; whether there is a registration to cancel at all
            # staff read, never a cancellation of whatever the sender may hold
            reading.intent, reading.action = "question", "review"
            reading.reason = "stays away without naming a registration, and asks staff"
            reading.flags.append("declines_with_question")
    elif reading.intent in ("register", "change"):
        if conditional:
            reading.action = "review"
            reading.reason = "the registration depends on a condition"
            # (for staff, the one workshop it names: "26/09, if someone speaks Turkish"; it confirms nothing)
            reading.workshop = _only(candidates)
        elif two_people:
            reading.action = "review"
            reading.reason = "two people want different workshops"
            reading.flags.append("two_people")
        elif tentative and not candidates and _only_empty_time(rc):
            # "wenn nächste Woche was frei ist, komme ich", "is there one next week? then I'd come": the only time
            # named has no workshop, so the condition cannot hold; we ask which date, with the list
            reading.action, reading.reason = "clarify", "the time named has no workshop"
            reading.flags.append("no_event")
        elif tentative and not candidates:
            reading.action = "review"
            reading.reason = Reason.CONDITIONAL()
        elif contradiction:
            reading.action, reading.reason = "clarify", "the details contradict each other"
            reading.flags.append("contradiction")
        elif unknown_dates and not exclusive:
            reading.action = "clarify"
            reading.reason = f"date {unknown_dates[0].text!r} is none of the events"
            reading.flags.append("unknown_date")
        elif reading.intent == "change" and has_weak_change and len(_named_alone(
                [r for r in rc if I.CANCEL.search(normalise(r.clause.text))]) - candidates) > 1:
            # "bitte stornieren Sie Offenau und Neuenstadt, der 26.9. passt mir besser": which registration moves
            # is not said; staff read it
            reading.action, reading.reason = "review", "a change that cancels several workshops"
            reading.flags.append("change_from_several")
        elif (reading.intent == "register" and len(candidates) == 1 and att is not None and (att.count or 0) >= GROUP_ASKS
              and any(I.QUESTION_MARK.search(s) for s in sentences_all)):
            # "wir kommen mit dem Kurs, 11 Teilnehmende + ich. Geht das?": a class or a group asks whether it may
            # come; whether the workshop suits a group is for staff to say, not a confirmation
            reading.action, reading.workshop = "review", next(iter(candidates))
            reading.reason = f"a group of {att.count} asks a question beside its registration"
            reading.flags.append("group_asks")
        elif len(candidates) == 1:  # also a workshop over when the mail was written: decide says what then
            wid = next(iter(candidates))
            reading.action, reading.workshop = "confirm", wid
            reading.reason = f"{reading.intent} for {wid}"
        elif len(candidates) > 1:
            reading.action = "clarify"
            reading.reason = f"several events possible: {', '.join(sorted(candidates))}"
            reading.flags.append("several_events")
        elif staff_questions or tentative:
            reading.action = "review"
            reading.reason = Reason.QUESTION_NO_EVENT()
        elif context is None and len(old) == 1 and not neg and not has_cancel and _joins_relatives_booking(rc):
            # "meine Frau ist schon für den 26.09. angemeldet; ich bin ihr Mann und komme auch" from an address of
            # its own: the writer joins the workshop a relative booked, a registration of their own for it
            wid = next(iter(old))
            reading.action, reading.workshop = "confirm", wid
            reading.reason = f"joins the registration of a relative for {wid}"
            reading.flags.append("joins_relative")
        else:
            reading.action = "clarify"
            reading.reason = "no event named"
            reading.flags.append("no_event")
    elif reading.intent == "question":
        reading.action, reading.reason = "review", Reason.QUESTION()
    else:
        reading.action, reading.reason = "review", Reason.NOTHING_RECOGNISED()
    if reading.action == "review" and (staff_questions or reading.intent == "question") and reading.workshop is None \
            and not partial:
        # for staff, what the question is about: the one workshop it names ("可以改到10月17日吗？"), else in a reply
        # the one our quoted mail confirmed, and how many would come ("Darf ich meine Nachbarin mitbringen?")
        # (the count only as information: it holds once staff say yes, so it is no "attendees" evidence for decide)
        reading.workshop = _only(candidates) or (context if is_reply and not candidates else None) or (
            _only(old) if asked_to_add else None)
        if reading.workshop and (is_reply or asked_to_add) and att is None:
            asked = count_attendees(normalise(new_text), "", [], reading.language)
            reading.attendees = asked.count
            reading.evidence.append({"where": "body", "kind": "attendees_if_allowed", "rule": asked.rule,
                                     "text": str(asked.count)})
        elif reading.workshop and att is None and _only(candidates) == reading.workshop \
                and reading.intent == "question" and body_pos:
            # "my neighbour and I would come to Neuenstadt; is there an interpreter?": a fresh question beside a wish
            # for the one workshop it names; how many would come is information for staff (only when more than the
            # writer are said, the writer alone being no statement)
            asked = count_attendees(normalise(new_text), "", [], reading.language)
            if (asked.count or 0) > 1:
                reading.attendees = asked.count
                reading.evidence.append({"where": "body", "kind": "attendees_if_allowed", "rule": asked.rule,
                                         "text": str(asked.count)})

    if reading.action in ("confirm", "cancel", "clarify") and only_in_copy(mail, office.addresses):
        # "Hallo Klaus, zur Info: die Anmeldung für Weinsberg hat geklappt", to a colleague with us in Cc
        reading.action, reading.reason = "review", Reason.ONLY_IN_COPY()
        reading.flags.append("only_in_copy")
    if att is not None:
        reading.attendees = att.count
        if "substitute" in reading.flags and att.count == 1:
            # the writer and the relative who comes in the place of another (the desk keeps the count it holds)
            reading.attendees = 2
        quoted = quoted_count(parts.quoted_text()[:6000]) if "takes_offered_date" in reading.flags or (
            reading.intent == "change" and is_reply) else None
        if quoted and att.rule == "sender" and reading.intent == "change" and "takes_offered_date" not in reading.flags:
            # "can we move our registration to 17 October? the same people": a move by reply that names no count
            # moves the registration our quoted confirmation gives ("Sie sind jetzt für 2 Personen angemeldet")
            att = replace(att, count=quoted, rule="count of the quoted confirmation, moved", names=att.names[:1])
            reading.attendees = quoted
        elif quoted and att.rule == "sender":
            # naming no count, the people of the quoted notice come ("Sie stehen mit 2 Personen auf der Warteliste")
            att = replace(att, count=quoted, rule="count of the quoted waiting-list notice", names=att.names[:1])
            reading.attendees = quoted
        reading.names = att.names or ([display_name(mail.from_name)] if mail.from_name and att.count == 1 else [])
        reading.evidence.append({"where": "body", "kind": "attendees", "rule": att.rule, "text": str(att.count)})
        if att.unsaid and reading.intent == "register" and reading.action == "confirm":
            # "ich melde mich mit meinen Kindern an": how many come is not said, the count is a guess (the desk
            # asks, where the mail starts a registration)
            reading.flags.append("count_unsaid")
            reading.evidence.append({"where": "body", "kind": "attendees_unsaid", "rule": "how many is not said",
                                     "text": att.unsaid})
    if reading.intent == "change" and old:
        reading.previous_workshop = _only(old) or context
    return reading



def _request_forwarded(quoted: str, att: Attendees, mail: Mail, own: tuple[str, ...]) -> str:
    """The text of a forwarded mail (a "Fwd:" subject or a header block below the forwarder's words) whose
    people a forwarder who does not come registers ("ich selbst kann nicht dabei sein", "la richiesta della
    signora Rossi"): its From line names another person than the sender and not us; "" where the forwarder
    comes, gives a number or a list of names herself, or no such mail is forwarded."""
    if not quoted.strip() or not att.writer_absent:
        return ""
    who = forwarded_from(quoted).lower()
    if not who or (mail.from_addr and mail.from_addr.lower() in who) or any(a.lower() in who for a in own):
        return ""
    if not (I.FORWARD_PREFIX.match(mail.subject) or forwarded_author(quoted) or not I.REPLY_PREFIX.match(mail.subject)):
        return ""
    text = forwarded_text(quoted)
    return normalise(split_reply(text).new or text)


def _forwards_anothers(quoted: str, new_text: str, sender: str | None) -> bool:
    """A forwarded mail of another address, above which the forwarder cancels nothing but their own coming
    ("Ich selbst komme nicht": every sentence with a cancelling word says the writer stays away; "bitte
    streichen Sie die Anmeldung unten" is no such forward)."""
    author = forwarded_author(quoted)
    if not author or author == (sender or "").lower():
        return False
    return all(ANY_SENDER_ABSENT(s) for s in sentences(normalise(new_text)) if I.ANY_CANCEL(s))


def only_in_copy(mail: Mail, own: tuple[str, ...]) -> bool:
    """The office is in ``Cc`` but not among the addressees in ``To``: the mail speaks to them."""
    def addresses(name: str) -> set[str]:
        return {a.lower() for _, a in getaddresses(mail.headers.get(name, [])) if a}
    ours = {a.lower() for a in own}
    if not addresses("cc") & ours:
        return False  # (most mail has us in no Cc: its To is not read)
    to = addresses("to")
    return bool(to) and not to & ours


def _quoted_event(quote: list[Clause], subject: list[Clause], events: tuple[Event, ...],
                  day: date | None) -> str | None:
    """The one event a reply's subject names, else the one its subject and quoted text name together
    (None where they name none or several). Read clause by clause up to a second event: only the
    answer counts, and a quoted mail of ours may be long."""
    read = read_clauses(subject, events, day)
    ids: set[str] = set()
    for r in read:
        ids |= combine(r.mentions) or set()
    if len(ids) == 1:
        return next(iter(ids))
    for c in quote if len(ids) < 2 else ():
        for r in read_clauses([c], events, day):  # (a quoted clause is read alone, as in a list of them)
            ids |= combine(r.mentions) or set()
        if len(ids) >= 2:
            break
    return next(iter(ids)) if len(ids) == 1 else None


def _wished_over_old(rc: list[ClauseReading], context: str | None) -> list[ClauseReading]:
    """Answering our confirmation of ``context`` with a preference, a clause that speaks of the registration
    and names another workshop wishes that one, in any word order ("je suis inscrite pour Weinsberg mais je
    préférerais le 17 octobre", "Weinsberg için kayıtlıyım ama 17 Ekim daha uygun olur")."""
    out = []
    for r in rc:
        other = [m for m in r.mentions if m.events and context not in m.events]
        if context and r.polarity == "old" and r.clause.source == "body" and other and combine(other):
            out.append(replace(r, mentions=other, polarity="pos"))
    return out


_KIN_WORD = L.compiled("kin")
# a registration of this many people or more that asks something ("is that possible?") goes to staff
GROUP_ASKS = 10
_SELF_WORD = regex(rf"(?<!\w)(?:{L.either('self_listed')})(?!\w)", re.I)
_TOO = regex(rf"(?<!\w)(?:{L.either('along_words')})(?!\w)", re.I)


def _joins_relatives_booking(rc: list[ClauseReading]) -> bool:
    """The registration the mail speaks of is a relative's ("meine Frau ist schon angemeldet", "my wife is
    already registered": a relative, not "I", in the clause), and another clause says the writer comes too
    (`along_words`: "auch", "too")."""
    booked = [r for r in rc if r.polarity == "old" and r.clause.source == "body"]
    rest = [r for r in rc if r.clause.source == "body" and r not in booked]
    return (bool(booked) and all(_KIN_WORD.search(r.clause.text) and not _SELF_WORD.search(r.clause.text)
                                 for r in booked)
            and any(_SELF_WORD.search(r.clause.text) and _TOO.search(r.clause.text) for r in rest))


def _only_empty_time(rc: list[ClauseReading]) -> bool:
    """The new text names a time only relative to the mail's date ("next week", "nächste Woche"), no workshop
    falls then, and it names no date, weekday or town besides."""
    said = [m for r in rc if r.clause.source == "body" for m in (*r.mentions, *r.old_part)]
    return bool(said) and all(m.kind == "relative" and not m.events for m in said)


def _rules_out_booked(rc: list[ClauseReading], context: str | None) -> list[ClauseReading]:
    """The clauses of the new text that rule out the booked workshop ``context``, each of whose events names it
    ("Dienstag geht doch nicht", "am 26. kann ich nicht"; not "am 26. und am 17.10. kann ich nicht")."""
    return [r for r in rc if context and r.polarity == "neg" and r.clause.source == "body"
            and any(m.events for m in r.mentions) and all(context in m.events for m in r.mentions if m.events)]


def _asked_instead(rc: list[ClauseReading], context: str | None, pos: list[ClauseReading]) -> list[ClauseReading]:
    """Beside the booked workshop ruled out, the questions that name exactly one other workshop and ask about no
    topic ("could we come on 17 October?", "17 Ekim olur mu?"): the wish, where nothing else is wished."""
    if any((combine(r.mentions) or set()) - {context} for r in pos):
        return []
    asked = [r for r in rc if r.polarity == "question" and r.clause.source == "body" and r.mentions
             and not I.ANY_QUESTION_TOPIC(r.clause.sentence or r.clause.text)]
    named = {e for r in asked for e in (combine(r.mentions) or set()) - {context}}
    if len(named) != 1:
        return []
    return [replace(r, mentions=[m for m in r.mentions if m.events - {context}], polarity="pos") for r in asked
            if (combine(r.mentions) or set()) - {context}]


def _moves_from(rc: list[ClauseReading], old: set[str], candidates: set[str], otherwise: bool) -> bool:
    """A mail (a first one too) that names the writer's registration ("ich bin für Weinsberg angemeldet",
    "I'm registered for the 26th") and wishes one other workshop, none of them said of someone else
    ("…, meine Frau möchte nach Brackenheim") and read no other way (``otherwise``): a change."""
    if otherwise or not old or len(candidates) != 1 or candidates & old:
        return False
    said = {r.clause.sentence or r.clause.text for r in rc
            if r.clause.source == "body" and r.polarity in ("pos", "question") and r.mentions}
    return bool(said) and not any(I.THIRD_PARTY.search(s) for s in said)


def _asks_dates_for_a_count(text: str, sentences_all: list[str], candidates: set[str] | None,
                            staff_questions: list[str], context: str | None, language: str | None) -> bool:
    """"Wir sind zu zweit, welche Termine gibt es?", "two of us, which dates are there?": a group
    that wants to come asks only for the dates; we answer with the list and ask which one."""
    return (not candidates and not staff_questions and context is None and not I.ANY_CANCEL(text) and not I.CHANGE_STRONG.search(text)
            and any(I.QUESTION_MARK.search(s) and I.QUESTION_ROUTINE.search(s) for s in sentences_all)
            and bool(explicit_totals(text, language)))


_CLAUSES = regex(rf"[,;.!?\n]|(?<!\w)(?:{L.either('but')})(?!\w)", re.I)


def _counts_who_still_come(text: str, language: str | None) -> bool:
    """A clause that gives a count of people (one or more) and neither cancels, nor negates (other
    than with "only": "nous ne serons que deux"), nor speaks of the registration made: "es werden nur
    zwei", "we'll be two of us" — not "wir waren zu zweit angemeldet", "we two cannot come"."""
    for clause in _CLAUSES.split(text):
        if not clause or not clause.strip() or I.ANY_CANCEL(clause) or I.OLD.search(clause):
            continue
        if I.negated(clause, language or "") and not I.ANY_EXCLUSIVE(clause):
            continue
        if any(n >= 1 for _, n, _ in explicit_totals(clause, language)):
            return True
    return False


def _own_town(rc: list[ClauseReading], text: str, events: tuple[Event, ...], neg: set[str], reading: Reading) -> set[str]:
    """"Ich wohne in Offenau und möchte zu dem bei uns im Ort", "the one in our village; I live in Offenau": a
    wish for the workshop in the writer's own town, which the mail names only as where they live. The one
    workshop town named as a home, where a clause that wishes says "in our town" and names nothing else."""
    if not any(r.clause.source == "body" and r.polarity == "pos" and I.ANY_OWN_TOWN(r.clause.text) for r in rc):
        return set()
    home = home_places(text, events) - neg
    if len(home) != 1:
        return set()
    reading.flags.append("own_town")
    reading.evidence.append({"where": "body", "kind": "place", "text": next(iter(home)), "events": sorted(home),
                             "rule": "the writer's home town, wished as 'the one in our town'", "stance": "pos",
                             "clause": ""})
    return home


def _says_who_comes(text: str, language: str | None) -> bool:
    """The mail says how many come: a total ("we will be three") or the writer with others ("my wife and I")."""
    return bool(explicit_totals(text, language)) or (count_attendees(text, "", [], language).count or 0) > 1


_COUNT_IN_QUOTE = re.compile(rf"(?<![\w.,:/])([1-9]\d?)\s+(?:{L.either('people_nouns')})(?!\w)", re.I)


def _raises_quoted(text: str, quoted: str, context: str | None, language: str | None) -> bool:
    """A reply about one registration (``context``) whose last count of people is above the one count our quoted
    mail gives for it ("Ihre Anmeldung gilt für 2 Personen" answered with "we are three now")."""
    if context is None:
        return False
    totals = explicit_totals(text, language)
    held = quoted_count(quoted[:6000]) if totals else None
    return held is not None and totals[-1][1] > held


def quoted_count(quoted: str) -> int | None:
    """The one number of people our quoted notice gives ("mit 2 Personen"), or None."""
    found = {int(m.group(1)) for m in _COUNT_IN_QUOTE.finditer(quoted)}
    return found.pop() if len(found) == 1 else None


# a number of one or two digits standing alone: no part of a date, time, phone number, price or count read as one
_BARE_NUMBER = re.compile(r"(?<![\d.,:/+-])(\d{1,2})(?![\d:/]|[.,]\d|\s*(?:h\b|uhr|%|€|\$))", re.I)


def _other_days_beside(rc: list[ClauseReading], named: set[str], events: tuple[Event, ...]) -> str:
    """In a sentence of the new text that names the workshop cancelled, a bare number that is the day of the
    month of another workshop and was read as nothing ("21 ko nahi aa sakta, 26 … mein daal dein"), else ""."""
    days = {e.day.day: e.id for e in events}
    for r in rc:
        if r.clause.source != "body" or not ((combine(r.mentions) or set()) | (combine(r.old_part) or set())) & named:
            continue
        sentence = r.clause.sentence or r.clause.text
        read = {int(d) for x in rc if (x.clause.sentence or x.clause.text) == sentence
                for m in (*x.mentions, *x.old_part) for d in re.findall(r"\d{1,2}", m.text)}
        for m in _BARE_NUMBER.finditer(sentence):
            n = int(m.group(1))
            if n not in read and days.get(n) not in (None, *named):
                return m.group(1)
    return ""


def _names_the_series(mentions: list[Mention], events: tuple[Event, ...]) -> bool:
    """One clause lists every workshop, each by a name or date of its own ("Ihre Workshops in Offenau,
    Neuenstadt, Weinsberg und Brackenheim", "am 19., 21., 26.9. und 17.10."): it speaks of the series and picks
    none of them, also where some are over when the mail is written (never the one left of the list)."""
    one_each = {e for m in mentions if len(m.events) == 1 for e in m.events}
    return len(events) > 2 and one_each >= {e.id for e in events}


def _only(ids: Iterable[str] | None) -> str | None:
    ids = set(ids or ())
    return next(iter(ids)) if len(ids) == 1 else None


def _named_alone(rc: list[ClauseReading]) -> set[str]:
    """The workshops single mentions in the body name ("Offenau", "26.9."; not "Tuesday", which three share)."""
    return {e for r in rc if r.clause.source == "body" for m in (*r.mentions, *r.old_part)
            if len(m.events) == 1 for e in m.events}
