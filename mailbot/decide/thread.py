"""A message in the thread of our own mail: the answer to our open question (it settles it or
we ask again), or a reply about one of the sender's registrations (another workshop from our
list, a change of workshop, of the people's names, of their number, one of them cancelling)."""

from __future__ import annotations

from dataclasses import replace

from ..reasons import Reason
from ..states import ACTIVE, QUESTION_REPLY, Move, Question, Status, transition
from ..understand import intent as I
from ..understand.answers import Answer
from ..understand.courtesy import agrees_without_request, opens_with_thanks, thanks_without_request
from ..understand.result import Reading
from ..understand.renaming import Renaming
from .plan import Desk, Plan, RegView
from .rules import _count, _move, _partial_cancel, _recount, _register, _reply, _says_change, _too_late, ask_count



def _answer_to_our_question(reading: Reading, desk: Desk) -> Plan | None:
    """A message in the thread of our open question: it settles the question, or we ask again."""
    pending = desk.thread if desk.thread and desk.thread.status == Status.AWAITING else None
    if pending is None or (reading.action == "ignore" and reading.intent not in ("thanks", "empty")):
        return None
    answer = desk.answer or Answer({})
    if pending.pending == Question.CANCEL_WHICH:
        return _which_to_cancel(reading, desk, pending, answer)
    if reading.action == "cancel":
        return None  # "doch nicht": a cancellation (closes the question; said so when nothing was booked)
    if pending.pending == Question.ATTENDEES:
        return _how_many(reading, desk, pending, answer)
    if pending.pending == Question.ASK_CHANGE:
        current = next((r for r in desk.mine if r.status in ACTIVE and r.id != pending.id), None)
        says_change = reading.intent == "change" or answer.yes  # (the words: the yes_change concept)
        if current and pending.target and answer.keep and not says_change:
            return Plan("already", f"answered our question: stays at {current.workshop}",
                        reply=_reply(current.status, Move.ALREADY), workshop=current.workshop, close=(pending.id,),
                        about=current.id)
        if current and pending.target and says_change and reading.workshop in (None, pending.target):
            return _move(desk, current, pending.target, close=(pending.id,),
                         reason=f"answered our question: change to {pending.target}")
        if reading.intent == "question" or answer.every:  # "both dates?": our question says staff answer that
            return Plan("review", Reason.CHANGE_ANSWER_FOR_STAFF(), review=True,
                        close=(pending.id,), reply="received")
        if reading.action == "confirm" and reading.workshop and reading.workshop != pending.target:
            return _register(reading, desk, reading.workshop, pending.attendees)  # yet another workshop
        return _ask_again(desk, pending, Reason.CHANGE_ANSWER_UNCLEAR())
    # a clarification: the reading was made against the list we offered
    people = _count(reading, desk) or pending.attendees
    chosen = answer.choice if answer.choice and not answer.ambiguous else None
    if answer.ambiguous:
        return _ask_again(desk, pending, f"the answer to our list is ambiguous ({answer.rule})")
    if not chosen and reading.action == "confirm":
        chosen = reading.workshop
    if chosen:
        # asked in the thread of a registration (its target): the choice moves that registration
        current = next((r for r in desk.mine if r.status in ACTIVE and r.workshop == pending.target), None)
        if current is not None:
            return _move(desk, current, chosen, close=(pending.id,), people=_count(reading, desk),
                         reason=f"answered our question: {chosen} instead of {current.workshop}")
        return _register(reading, desk, chosen, max(people or 1, 1), reuse=pending.id)
    if reading.action == "clarify" or (reading.action == "review" and reading.intent == "other"):
        return _ask_again(desk, pending, "the answer names no workshop of our list")
    return Plan("review", reading.reason or "answer to our question is for staff", review=True,
                close=(pending.id,), reply=None if "unreadable" in reading.flags else "received")


def _how_many(reading: Reading, desk: Desk, pending: RegView, answer: Answer) -> Plan:
    """Answering "how many people come?" (about the workshop ``pending.target``): a count ("2", "zwei", "wir sind zu
    dritt", "only me", "nur ich und mein Mann") registers that many, seats checked; a count with another workshop
    named registers for that one; anything without a count ("ok", "danke") asks again. A number alone is the
    count, never a line of a list (an older list deeper in the quote included). (A cancellation, "doch nicht",
    was taken before: it withdraws.)"""
    count = _count(reading, desk) or answer.bare
    if count is None and reading.action == "confirm" and reading.attendees and "count_unsaid" not in reading.flags \
            and reading.workshop not in (None, pending.target):
        count = reading.attendees  # "then Brackenheim, the two of us" read by the registration's own reading
    wid = pending.target
    if reading.action == "confirm" and reading.workshop and reading.workshop != pending.target:
        wid = reading.workshop  # "lieber Brackenheim, zu zweit": another workshop, and the count
    if wid is None or desk.event(wid) is None:
        return _ask_again(desk, pending, "the answer to 'how many?' names no workshop we know")
    if not count:
        return _ask_again(desk, pending, "the answer to 'how many people?' gives no number", target=wid)
    return _register(replace(reading, flags=[f for f in reading.flags if f != "count_unsaid"]), desk, wid, count,
                     reuse=pending.id)


def _which_to_cancel(reading: Reading, desk: Desk, pending: RegView, answer: Answer) -> Plan:
    """Answering "which registration should be cancelled?": a number, a date, "beide"."""
    active = [r for r in desk.mine if r.status in ACTIVE and r.workshop in pending.offered]
    if reading.intent == "change" and reading.previous_workshop and not answer.every:
        # "Neuenstadt bitte absagen, nach Weinsberg komme ich": the one left, when the other one stays booked
        kept = any(r.workshop == reading.workshop for r in active)
        hits = [r for r in active if r.workshop == reading.previous_workshop] if kept else []
    elif answer.coming and reading.action != "cancel" and answer.choice and not answer.choice_coming:
        # "Samo prvi, na drugi dolazim" (only the first, to the second I come): the one chosen apart from coming
        hits = [r for r in active if r.workshop == answer.choice]
    elif answer.coming and reading.action != "cancel":
        hits = []  # "ich komme nach Weinsberg": the workshop named is the one kept, or the one meant? ask
    elif answer.every:
        hits = active
    elif answer.choice and not answer.ambiguous:
        hits = [r for r in active if r.workshop == answer.choice]
    elif answer.to_cancel or answer.to_keep:
        # "den am 26.9. bitte absagen, Offenau bleibt", "az októberit töröljék": by date, place or month;
        # the ones named to cancel, else all but those named to keep, and never all when only some were meant
        hits = [r for r in active if r.workshop in answer.to_cancel - answer.to_keep] if answer.to_cancel else \
            [r for r in active if r.workshop not in answer.to_keep]
        hits = hits if len(hits) < len(active) else []
    else:
        named = reading.workshop or (reading.candidates[0] if len(reading.candidates) == 1 else None)
        hits = [r for r in active if r.workshop == named]
    if not hits:
        return _ask_again(desk, pending, "the answer names none of the registrations to cancel")
    opts = tuple(e.id for e in desk.open_events())
    return Plan("cancelled", "answered our question: cancel " + ", ".join(r.workshop or "" for r in hits),
                reply=_reply(hits[0].status, Move.CANCEL), workshop=hits[0].workshop,
                candidates=tuple(r.workshop or "" for r in hits) if len(hits) > 1 else (),
                cancel=tuple(r.id for r in hits), close=(pending.id,), options=opts)


def _ask_again(desk: Desk, pending: RegView, reason: str, target: str | None = None) -> Plan:
    """The same question once more, in the same thread, under the same reference (``target``: "how many?"
    about another workshop the answer named)."""
    transition(Status.AWAITING, Move.ASK_AGAIN)  # (stays awaiting)
    kind = QUESTION_REPLY[Question(pending.pending or Question.CLARIFY)]  # (awaiting: always a question)
    if pending.pending == Question.ATTENDEES:
        wid = target or pending.target
        ev = desk.event(wid)
        if ev is None or ev.start <= desk.now:
            return _too_late(desk, wid)
        return ask_count(desk, wid or "", pending.attendees, again=pending.id, reason=reason)
    if pending.pending == Question.ASK_CHANGE:
        current = next((r for r in desk.mine if r.status in ACTIVE and r.id != pending.id), None)
        return Plan("ask_change", reason, reply=kind,
                    workshop=pending.target, previous=current.workshop if current else None, again=pending.id,
                    awaiting={"pending": pending.pending, "offered": [], "target": pending.target,
                              "attendees": pending.attendees})
    if pending.pending == Question.CANCEL_WHICH:
        which = tuple(w for w in pending.offered if any(r.workshop == w and r.status in ACTIVE for r in desk.mine))
        return Plan("clarify", reason, reply=kind, clarify_reason="cancel_which",
                    candidates=which, options=which, again=pending.id,
                    awaiting={"pending": pending.pending, "offered": list(which), "target": None, "attendees": 1})
    options = tuple(e.id for e in desk.open_events())
    if not options:
        return _too_late(desk, None)
    return Plan("clarify", reason, reply=kind, clarify_reason="missing",
                options=options, again=pending.id,
                awaiting={"pending": pending.pending, "offered": list(options), "target": pending.target,
                          "attendees": pending.attendees})


def _in_thread(reading: Reading, desk: Desk) -> Plan | None:
    """A reply to our mail about one of the sender's registrations (confirmation, waiting-list
    notice, "already registered", …): a number from the list we quoted, a change of workshop,
    a new number of people, one of several dropping out; thanks with a remark gets no reply."""
    answer = desk.answer or Answer({})
    reg = desk.thread if desk.thread and desk.thread.status in ACTIVE else None
    people = _count(reading, desk, reg.attendees if reg is not None else None)
    if (reading.action == "cancel" and reg is not None and answer.count
            and 0 < answer.count < reg.attendees):  # "wir kommen nicht zu viert, sondern nur zu zweit"
        return _recount(desk, reg, answer.count)
    if reg is not None and desk.renaming is not None and (reading.action == "cancel"
                                                          or "partial_cancel" in reading.flags):
        # "I can't make it, put it in the name of my colleague Sarah Lane": the place passes on
        renamed = _rename(desk, reg, desk.renaming)
        if renamed is not None:
            return renamed
    if reg is not None and reading.action == "cancel" and answer.others_come and reg.attendees > 1:
        # "ich kann nicht, aber mein Mann kommt": the writer's cancellation, the others stay
        return _recount(desk, reg, answer.count if answer.count and answer.count < reg.attendees
                        else reg.attendees - 1)
    if reg is not None and answer.one_fewer and reg.attendees > 1 and "partial_cancel" not in reading.flags:
        return _recount(desk, reg, reg.attendees - 1)  # "Mein Mann ist krank, ich komme trotzdem"
    if reading.action in ("cancel", "ignore"):
        return None
    if answer.fallback_choice and not answer.ambiguous and (answer.choice or reading.workshop):
        # "I'd rather wait for Thursday, but if no place frees up, then number 3": a line of our list
        # chosen only for a case to come; staff settle it with the person (never a move now)
        return Plan("review", f"a line of our list named as a fallback ({answer.rule})", review=True)
    if reg is None:
        # a number answering the list of a mail about no active registration (a cancellation
        # confirmation, "too late"): read against that list, not against all workshops
        if answer.choice and not answer.ambiguous:
            former = desk.thread.attendees if desk.thread and desk.thread.status == Status.CANCELLED else 1
            return _register(reading, desk, answer.choice, max(people or former, 1))
        if answer.ambiguous and desk.renaming is None and (
                (answer.rule.startswith("a weekday of several lines") and reading.workshop is None
                 and reading.action in ("clarify", "review"))
                or (answer.rule == "several lines of the quoted list" and reading.action != "cancel")):
            # "Dienstag" answering our list where three lines are Tuesdays, "Nummer 2 und 4": which one? we ask again
            options = tuple(e.id for e in desk.open_events())
            if options:
                return Plan("clarify", f"the answer to our list is ambiguous ({answer.rule})",
                            reply=_reply(None, Move.ASK), clarify_reason="several", options=options,
                            awaiting={"pending": Question.CLARIFY.value, "offered": list(options), "target": None,
                                      "attendees": max(people or 1, 1)})
        held = {r.workshop for r in desk.mine if r.status in ACTIVE}
        if (reading.action in ("clarify", "review") and reading.candidates and set(reading.candidates) & held
                and reading.workshop in (None, *held) and thanks_without_request(reading.new_text)):
            # "Thanks, in September I'll come" answering our cancellation of one of two: the one kept
            return Plan("review", "thanks, naming a registration still held: no answer needed", review=True)
        if (desk.answer is not None and reading.action in ("clarify", "review") and not reading.candidates
                and reading.workshop is None and not answer.count and not answer.choice and not answer.ambiguous
                and reading.attendees in (None, 1) and desk.renaming is None and not _names_a_workshop(reading)
                and thanks_without_request(reading.new_text) and _no_new_wish(reading.new_text)):
            # "Oh, my husband had done it already, then all is fine, thanks!" answering our mail about a
            # registration we cannot find here (or one no longer active): a remark, never "which date?";
            # staff see it, no reply goes out
            return Plan("review", "thanks in reply to our mail, about no registration held: no answer needed",
                        review=True)
        return None
    if answer.choice and not answer.ambiguous and answer.choice != reg.workshop:
        return _move(desk, reg, answer.choice, people=people, reason=f"chose {answer.choice} from our list")
    if answer.ambiguous:  # "den dritten Termin" in a list that starts at 2: which one?
        options = tuple(e.id for e in desk.open_events())
        return Plan("clarify", f"the answer to our list is ambiguous ({answer.rule})", reply=_reply(None, Move.ASK),
                    clarify_reason="several", options=options,
                    awaiting={"pending": Question.CLARIFY.value, "offered": list(options), "target": reg.workshop,
                              "attendees": reg.attendees})
    if ((reading.intent == "other" or (reading.action == "clarify" and not reading.candidates))
            and people in (None, reg.attendees) and desk.renaming is None
            and (opens_with_thanks(reading.new_text) or (thanks_without_request(reading.new_text)
                                                         and not _names_a_workshop(reading)))):
        # "Danke nochmal, der Abend war sehr interessant!", "Thanks, I wasn't sure my registration had
        # arrived", "Ach so, dann passt ja alles, danke!" answering "already registered": a remark nobody
        # waits an answer for (asking "which date?" would be absurd)
        return Plan("review", "thanks and a remark in reply to our mail: no answer needed", review=True)
    if (reg.status == Status.WAITING and reading.action in ("clarify", "review") and people in (None, reg.attendees)
            and desk.renaming is None and not answer.choice and not _names_a_workshop(reading)
            and agrees_without_request(reading.new_text)):
        # "Tamam, bekleriz, yer açılırsa haber verin" answering our waiting-list notice: it stays so
        return Plan("review", "agrees to wait on the waiting list: no answer needed", review=True)
    named = reading.workshop if reading.action == "confirm" else None
    # (on the waiting list, a date of the notice's offer named "if there is room" is wished instead too)
    hoped = _hoped(reading, reg) if answer.if_space and (answer.prefers or _says_change(reading)
                                                         or reg.status == Status.WAITING) else None
    if hoped is not None:
        # "wenn in Weinsberg noch was frei ist, lieber dorthin statt Neuenstadt": the desk checks the
        # seats itself; full, the seat booked is kept (a waiting list would give it up) and the reply says so
        if desk.fits(hoped, people or reg.attendees):
            return _move(desk, reg, hoped, people=people, reason=f"change to {hoped}: seats are free there")
        return Plan("already", f"{hoped} is full: stays at {reg.workshop}", reply=_reply(reg.status, Move.ALREADY),
                    workshop=reg.workshop, previous=hoped, about=reg.id)
    other = _other_workshop(reading, reg, days=answer.prefers) if named is None and not answer.topic else None
    if other is not None:
        # "mejor el 17 de octubre, ¿se puede?", "prefiro antes o dia 26": only the new workshop is named;
        # with words of preferring a change, else we ask whether it replaces the one booked
        # (answering the waiting-list notice, which offered the other dates: asking for one takes it)
        if answer.prefers or _rules_out(reading, reg) or reg.status == Status.WAITING:
            return _move(desk, reg, other, people=people, reason=f"prefers {other} in reply to our mail")
        return _register(replace(reading, workshop=other), desk, other, people or reg.attendees)
    # the waiting-list notice offers the other open dates: naming one takes that offer
    # "kann ich nach Brackenheim kommen? Neuenstadt schaffe ich doch nicht": the one booked ruled out
    # "mogu li radije u Weinsberg?": a word of preferring makes the one named wished instead of the one booked
    if named and named != reg.workshop and (_says_change(reading) or reg.status == Status.WAITING
                                            or answer.prefers or _rules_out(reading, reg)):
        return _move(desk, reg, named, people=people, reason=f"change to {named} in reply to our mail")
    if "partial_cancel" in reading.flags:
        return _partial_cancel(reading, desk, reg, people)
    if desk.renaming is not None and named in (None, reg.workshop):
        renamed = _rename(desk, reg, desk.renaming)
        if renamed is not None:
            return renamed
    if people and people != reg.attendees and named in (None, reg.workshop):
        return _recount(desk, reg, people)
    if (reading.action == "clarify" and people in (None, reg.attendees) and desk.renaming is None
            and not answer.choice and not _says_change(reading) and not _names_a_day(reading)
            and I.QUESTION_MARK.search(reading.new_text)):
        # "how long until I know whether I get a place?" answering our waiting-list notice, "what must I
        # bring?" answering our confirmation: a question about the registration held; staff answer it
        # (our list of dates, "which one?", would ask what nobody asked)
        return Plan("review", f"a question about the registration for {reg.workshop}: for staff", review=True,
                    reply="received")
    if people == reg.attendees and reading.action == "clarify" and not reading.candidates:
        # "mein Mann und ich kommen wie geplant": who comes, as registered; "which date?" would be absurd
        return Plan("already", f"{reg.workshop}: {people} people, as registered", reply=_reply(reg.status, Move.ALREADY),
                    workshop=reg.workshop, about=reg.id)
    return None


def _no_new_wish(text: str) -> bool:
    """No word of registering, changing or preferring, but where it speaks of a registration made
    before ("I didn't know I was registered already")."""
    plain = text.lower()
    wish = I.ANY_REGISTER(plain) or I.ANY_CHANGE_STRONG(plain) or I.ANY_CHANGE_WEAK(plain)
    return not wish or bool(I.OLD.search(plain))


def _names_a_workshop(reading: Reading) -> bool:
    """The new text names a date or place of some workshop (or reads as naming one)."""
    return bool(reading.workshop or reading.candidates or any(
        e.get("where") == "body" and e.get("kind") in ("date", "place") and e.get("events") for e in reading.evidence))


def _names_a_day(reading: Reading) -> bool:
    """The new text names a date, day, weekday or place, of a workshop or not ("am 20.?")."""
    return _names_a_workshop(reading) or any(e.get("where") == "body" and e.get("kind") in _DAY_KINDS
                                             for e in reading.evidence)


_DAY_KINDS = ("date", "day", "weekday", "month", "relative", "ordinal", "remaining", "place")


def _other_workshop(reading: Reading, reg: RegView, days: bool = False) -> str | None:
    """The one workshop other than ``reg``'s that a reply read as no registration (no verb of
    registering: "Mejor el 17 de octubre, ¿se puede?") names as wished or asked for, by a date
    or place of exactly one workshop (``days``: a day of the month alone too, "me mettre le 21 à la
    place?", where the reply prefers it); None when it names none, several, or rules it out."""
    if reading.action != "review" or reading.intent not in ("other", "question"):
        return None
    kinds = ("date", "place", "day") if days else ("date", "place")
    said = [e for e in reading.evidence if e.get("where") == "body" and e.get("kind") in kinds
            and len(e.get("events") or ()) == 1]
    wished = {e["events"][0] for e in said if e.get("stance") in ("pos", "question")} - {reg.workshop}
    ruled_out = {e["events"][0] for e in said if e.get("stance") in ("neg", "other_neg")}
    return next(iter(wished)) if len(wished) == 1 and not wished & ruled_out else None


def _hoped(reading: Reading, reg: RegView) -> str | None:
    """The one workshop other than ``reg``'s that a reply wishing a change if there is space names
    (a date or place of it alone, wished, asked for or read as tentative), or None."""
    hoped = {e["events"][0] for e in reading.evidence if e.get("where") == "body"
             and e.get("stance") in ("tentative", "pos", "question")
             and e.get("kind") in ("date", "place") and len(e.get("events") or ()) == 1} - {reg.workshop}
    return next(iter(hoped)) if len(hoped) == 1 else None


def _rules_out(reading: Reading, reg: RegView) -> bool:
    """The reply says the writer cannot come to the workshop booked ("W Neuenstadt jednak nie dam
    rady", "am 21.9. schaffe ich es nicht", "am 19. hab ich einen Termin beim Amt"): a date, a day of the
    month or a place of that workshop alone, negated."""
    return any(e.get("where") == "body" and e.get("kind") in ("date", "day", "place") and e.get("stance") == "neg"
               and list(e.get("events") or ()) == [reg.workshop] for e in reading.evidence)


def _same_person(a: str, b: str) -> bool:
    """"Vogt" is "Paul Vogt"; "Ивана" (inflected) is "Иван": a word alike in its first four letters."""
    return any(x[:4] == y[:4] for x in a.casefold().split() for y in b.casefold().split() if min(len(x), len(y)) >= 3)


def _rename(desk: Desk, reg: RegView, renaming: Renaming) -> Plan | None:
    """Other people for a registration ("statt Herrn Vogt kommt Frau Hahn"): the person named as
    left is replaced; with nobody named, a registration of one is renamed, and a new companion
    takes the place of one not named yet. The head-count stays; None where it is unclear which
    name goes (then the message goes on by the other rules)."""
    current = [n for n in reg.names if n]
    if not renaming.new and renaming.relation and renaming.old:
        # "statt Peter kommt meine Schwester": the registered person named is replaced, else unclear
        hits = [i for i, n in enumerate(current) if _same_person(n, renaming.old)]
        if len(hits) != 1 or hits[0] == 0 and len(current) > 1:
            return None
        return _renamed(desk, reg, current, current[:hits[0]] + [renaming.relation] + current[hits[0] + 1:])
    if not renaming.new and renaming.relation and reg.attendees > 1 and len(current) <= reg.attendees:
        # "statt meinem Mann kommt meine Tochter", "umjesto muža dolazi sestra": a companion for a
        # companion, the head-count the same; the new one is listed by relation (the writer stays first)
        names = (current[:1] if len(current) == reg.attendees else current) + [renaming.relation]
        return _renamed(desk, reg, current, names)
    if not renaming.new:  # "my sister will come instead of me": who exactly, staff ask
        return Plan("review", "someone else takes the place, not named", review=True, reply="received")
    new = list(renaming.new)
    hits = [i for i, n in enumerate(current) if renaming.old and _same_person(n, renaming.old)]
    if len(hits) == 1:
        names = current[:hits[0]] + new + current[hits[0] + 1:]
    elif reg.attendees == 1:
        names = new
    elif renaming.replaces and not renaming.old and len(current) < reg.attendees:
        names = current + new  # the one who no longer comes was never named
    elif not renaming.replaces and len(new) == reg.attendees:
        names = new
    else:
        return None
    if len(names) > reg.attendees or names == current:
        return None
    return _renamed(desk, reg, current, names)


def _renamed(desk: Desk, reg: RegView, current: list[str], names: list[str]) -> Plan:
    ev = desk.event(reg.workshop)
    if ev is None or ev.start <= desk.now:
        return _too_late(desk, reg.workshop)
    reply = _reply(reg.status, Move.RENAME)
    return Plan("renamed", f"names: {', '.join(current) or '-'} → {', '.join(names)}", reply=reply,
                workshop=reg.workshop, rename=(reg.id, tuple(names)), options=tuple(e.id for e in desk.open_events()))
