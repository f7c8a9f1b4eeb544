"""The concepts every language file fills (``lang/<code>.toml``), each with what it means: the
list a speaker reads before writing a file for a new language. ``lexicon`` loads the files
against it."""

from __future__ import annotations

# concept → what it is; each file must have every one (an empty list where the language has no
# such word, e.g. no separate "instead of" word)
PHRASE_CONCEPTS = {
    "register": "wants to take part / registers (verbs and nouns)",
    "cancel": "cancels, withdraws, can no longer come",
    "not_cancelling": "says that nothing is cancelled: 'keine Absage', 'no cancellation', 'do not cancel', 'iptal yok', "
                      "'не отменяйте' (blanked before the mail is read: its cancelling word cancels nothing)",
    "change": "asks to move the registration to another date",
    "prefer": "weak change: 'rather', 'prefer'",
    "either_is_fine": "leaves the choice between the dates named to us: 'egal welcher', 'either is fine', 'you choose', "
                      "'whichever still has room', 'hangisi olursa' (two dates and these words: we ask which one)",
    "instead_of": "'instead of': {x} is the date or town that is left ('statt {x}', '{x} yerine'; 'rather X than {x}': 'lieber … als {x}')",
    "instead_of_that": "'instead (of that)' pointing back at what was said, no date or town after it: 'stattdessen', "
                       "'instead of that', 'zamiast tego', 'umjesto toga', 'onun yerine'; of a person: 'à sa place', 'dafür kommt'",
    "already_registered": "speaks of an earlier registration ('I had registered', 'bin angemeldet')",
    "negation": "cannot, not, no time, too far",
    "not_negative": "phrases with a negation word that say yes ('I can't wait', 'kein Problem')",
    "tentative": "maybe, probably, not sure yet",
    "condition": "'if', 'only if', 'provided that': the registration depends on something",
    "none_free": "no place is or becomes free, said where a date after it is wished only for that case: "
                 "'nichts frei', 'no spot opens up', 'не освободится', 'yer açılmazsa'",
    "fallback": "'otherwise', 'if not', 'alternatively': a second choice after the first",
    "only": "'only', 'just': this one and no other",
    "this_one": "pointing at a line of our list the answer is written under: 'this one', 'den hier', 'bu', "
                "'этот', 'ovaj', 'cái này'",
    "same_address": "the writer shares this e-mail address with someone else or writes from theirs: 'wir haben "
                    "die gleiche E-Mail', 'same email', 'pišem sa iste adrese', 'from my wife's email'",
    "first_person": "I, we, me, us: the writer speaks of themselves",
    "someone_else": "another person: he, she, my wife, my colleague",
    "anyone": "people in general as the subject: 'wer …', 'man', 'anyone', 'people who'",
    "home": "{x} is a town where someone lives, works or comes from, or that names their organisation, not a "
            "wish ('wohne in {x}', 'Helferkreis {x}', '{x} e.V.')",
    "own_town": "the workshop in the writer's own town or village, not named: 'bei uns im Ort', 'in unserem Dorf', "
                "'in our town', 'у нас в городе', 'şehrimizde'; beside a home town of ours ('wohne in {x}') it wishes that one",
    "file_number": "{x} is a file, invoice or customer number, not a date ('Az. {x}', 'invoice {x}')",
    "question_topics": "things people ask staff about: childcare, interpreter, parking, access, costs",
    "invitation": "the word for our invitation: 'cannot come' beside thanks for it declines, it cancels nothing",
    "thanks": "thanks or 'see you there' that need no answer",
    "companions": "nouns for people who come along: wife, husband, child, neighbour, friend, colleague",
    "people_nouns": "nouns that count people: persons, participants, people",
    "we_count": "{x} is how many come, a digit or a number word ('we will be {x}', 'siamo in {x}', '{x} ኢና')",
    "ages": "what makes a number an age or a span of time, not a count of people: 'Jahre', 'years old'",
    "greetings": "how a mail starts: 'Hallo', 'Dear', 'Sehr geehrte'",
    "closings": "how a mail ends before the name: 'Viele Grüße', 'Best regards'",
    "out_of_office": "phrases of automatic out-of-office replies",
    "do_not_reply": "'do not reply to this mail' and similar",
    "courtesy": "what a mail that needs no answer may consist of: thanks, 'see you', greetings, fillers "
                "(matched on lower-case text without apostrophes: write 'thats', 'cant')",
    "will_come": "'I will come', 'we will be there' (lower case, no apostrophes: 'ill be there'): answering our "
                 "confirmation without naming a date, it needs no reply",
    "refusal": "an answer that says no to our request to confirm a change: 'nein', 'not me', 'fake'",
    # the words of quotes, headers, reports and lists
    "wrote": "the verb of a reply's attribution line: 'Am … schrieb …:', 'On … wrote:'",
    "attribution_start": "how an attribution line begins: 'Am', 'On', 'Le'",
    "original_message": "separator lines before a quoted or forwarded mail: 'Ursprüngliche Nachricht'",
    "header_from": "the 'From' label of a quoted header block",
    "header_sent": "the 'Sent'/'Date' label of a quoted header block",
    "header_other": "the other labels of a quoted header block: 'To', 'Cc', 'Subject'",
    "sent_from_device": "device and app lines under a mail: 'Von meinem iPhone gesendet', 'Sent from'",
    "urgent_contact": "weaker signs of an out-of-office text: 'in urgent cases', 'my colleague'",
    "day_article": "words before a day of the month: 'am 26.', 'the 26th', 'le 26'",
    "month_day_link": "a word between a month name and the day of the month after it: 'September the 21st', Pashto "
                      "'د سپتمبر د ۲۱' (of September, of the 21st), 'د اکتوبر په ۱۷'",
    "or_word": "'or' between two days of one month: both are meant ('19 oder 26. September', '19 ou 26 septembre')",
    "list_label": "labels before a number of our list: 'Nummer 2', 'option 3'",
    "option_nouns": "nouns after an ordinal of our list: 'der zweite Termin', 'the second date'",
    "times": "'time' as in 'the second time', 'zum zweiten Mal', 'ikinci kez': an ordinal before it counts "
             "occasions, it picks no line of our list",
    "please": "'please' after a choice: 'die 3 bitte'",
    "titles": "titles before a person's name: 'Frau', 'Herr', 'Mrs'",
    "rename": "asks to register other names: the new name follows ('den Namen auf …', 'change the name to …')",
    "robot_name": "display names of mail servers' report senders: 'Mail Delivery System'",
    "articles": "articles before a list position: 'die 3', 'the second'",
    "spam": "phrases of advertising, phishing and scams: 'click here', 'Ihr Postfach ist voll'",
    "opt_out": "how mass mail tells its reader to stop it: 'reply STOP', 'wenn Sie keine Angebote mehr erhalten "
               "möchten'; alone it makes a mail spam, so write the advertiser's words, never a plain 'abmelden' a "
               "person may write",
    "bounce_text": "phrases of delivery failure reports in the text: 'could not be delivered'",
    "kin": "nouns of related or accompanying people (wife, brother-in-law, neighbour), also before their "
           "name ('meine Schwester Hanna'); a `_patterns` entry writes {kin} for all of them",
    "carers": "nouns of a carer, assistant or support person who goes with someone who needs help ('Begleitperson', "
              "'carer', 'assistant'): asked about in a question ('may I bring my carer?'), not yet a registered person",
    "asks_you": "a request to the desk phrased as a question: 'Können Sie …?', 'Could you …?', '… misiniz?'",
    "asks_how": "a question about how, when or whether, not a request: 'wie', 'ob', 'how', 'whether'",
    # the words of the sentence, reply, head-count and robot rules
    "clause_start": "a word after a comma that begins a new clause: 'but', 'because', 'I'",
    "but": "'but' turning the thought: a clause begins before it even without a comma",
    "reason": "'because', 'since', 'as': begins a clause that gives a reason ('weil ich donnerstags arbeite', "
              "'çünkü perşembe çalışıyorum'); the dates, weekdays and towns in it up to the next comma say why, "
              "they are no wish (what stands before the word still wishes)",
    "busy": "'I work', 'ich habe Dienst', 'çalışıyorum': says the writer is busy; a clause that says it and wishes "
            "nothing ('Dienstags arbeite ich') gives a reason: its weekdays, dates and towns are no wish",
    "i_we": "'I' and 'we' beginning a sentence (after a colon a new clause begins)",
    "sentence_openers": "capitalised words that begin a sentence after a date's full stop ('… am 19.09. Bitte …'); case counts",
    "contrast": "after a negation and a comma, what begins the preferred alternative: 'lieber', 'rather'",
    "on_day": "prepositions before a date that begin a new clause after a negation and a comma: 'am', 'on'",
    "positive": "says that a date suits: 'passt', 'geht', 'works', 'fine'",
    "still_coming": "the others still come: 'trotzdem', 'as planned', 'the others'",
    "unwell": "someone is ill or otherwise kept away: 'krank', 'ill', 'in hospital', 'has to work'",
    "additional": "people in addition to those registered, in a count: 'one more person', 'eine weitere Person'",
    "fewer": "people fewer than registered, in a count: 'eine Person weniger', 'one person less', 'bir kişi eksik'",
    "one_fewer": "one person fewer than registered, said without a count the number patterns read: 'einer weniger', 'one less', 'на одного меньше', 'eggyel kevesebben'",
    "comes": "another person comes, comes along or takes part (third person): 'kommt', 'kommt mit', 'will come', 'join us', 'gelecek', 'придёт'",
    "and": "'and' between the cancelling and the registering part of a sentence",
    "then_if_so": "'then', 'in that case', 'if so' opening a sentence that depends on our answer",
    "reply_prefix": "subject prefixes of a reply or forward, before the colon: 'AW', 'Re', 'Odp'",
    "forward_prefix": "subject prefixes of a forwarded mail, before the colon: 'WG', 'Fwd'",
    "see_below": "points at a forwarded mail below: 'siehe unten', 'below', 'forwarded'",
    "change_from": "'from' before the old date of a change: 'vom 21. auf den 17.10.'",
    "change_to": "'to' before the new date of a change: 'auf', 'to'",
    "if_possible": "after 'if': a polite 'if possible', 'if there is still space', not a condition",
    "list_number": "a word before (or after) the number of a line of our numbered list: 'Nummer 2', 'Nr. 2', '2. Termin'",
    "all_of_them": "every one of the registrations we listed: 'beide', 'both', 'hepsi'",
    "keep_as_is": "'no, I keep what I have' answering our question whether to change: 'nein', 'bleibt'",
    "yes_change": "'yes' or a word asking for the change, answering our question whether to change: 'ja', 'wechseln', 'evet'",
    "seats": "seats asked for, a number of people: '3 Plätze', '2 seats'",
    "routine_question": "words of a question the desk itself answers: register, a free place, when, where",
    "calendar_answer": "subjects of calendar answers before the colon: 'Angenommen:', 'Accepted:'",
    "bounce_subject": "subjects of delivery failure reports: 'Unzustellbar', 'Undeliverable'",
    "auto_subject": "subjects that begin an automatic reply: 'Automatische Antwort', 'Out of office'",
    "auto_subject_anywhere": "phrases of automatic replies anywhere in the subject",
    "with": "'together with' before companions: they come besides the writer ('mit', 'with')",
    "with_me": "'with me', 'with us' said apart from the companions ('Meine Freundin und ihr Mann kommen mit mir', "
               "'со мной придут …', 'vienen conmigo …'): the relatives named in its sentence come besides the writer",
    "plus": "'and', 'plus', 'my' before a number of companions who are not everyone",
    "we": "'we' as the subject: 'wir', 'we', 'nous'",
    "my_our": "possessives before a number of companions: 'meine', 'my'",
    "sender_absent": "the writer does not come themselves: 'ich selbst kann nicht'",
    "stays_away": "a person named does not come: stays home, minds the children, is away ('bleibt zu Hause', 'passt auf die "
                  "Kinder auf', 'stays home with', 'looks after the kids', 'is away on business'); the people beside it "
                  "are not counted",
    "with_suffix": "an ending glued to a person's noun that says 'with' (Turkish 'yle', 'yla', 'le', 'la': 'eşimle', "
                   "'annemle'): that person comes along with the writer; read in the mail's own language only",
    "if_plain": "plain 'if' (or 'in case') opening a clause: 'if', 'wenn', 'falls', 'si', 'se', 'ako', 'если', 'jeśli', "
                "'eğer', 'اگر': a count of people after it in its sentence holds only in that case ('if children may "
                "not come, I come alone': fewer than the count said outside it is no new count)",
    "with_after": "'with' written after the person it joins (a postposition), where a name may stand between the "
                  "person's noun and it: Turkish 'ile' ('kız kardeşim Elif ile'), Hindi 'के साथ', Urdu 'کے ساتھ', "
                  "Amharic 'ጋር', Pashto 'سره', Tamil 'கூட': the person named comes along with the writer",
    "add_people": "a verb that adds people to a registration already made, the people added its object ('add', "
                  "'dazuschreiben', 'hinzufügen', 'ekleyin', 'добавьте', 'ajoutez'): answering our mail about a "
                  "registration, they come besides those registered",
    "enrol_others": "a verb that puts people on the list, the people registered its object: 'anmelden', 'register', "
                    "'inscrire', 'inscribir a', 'записать' (not the reflexive 'sich anmelden'); relatives as its object, with "
                    "no 'me' beside them, are the only people who come",
    "me": "'me', 'us' as the object of a registration: 'melden Sie mich an'",
    "self_listed": "the writer as one of a list of people who come: 'ich' of 'meine Frau und ich', 'me' of 'me and my "
                   "husband', 'я', 'меня', 'ja', 'eu', 'yo', 'moi', 'ez', 'aniga'; also a form with a bound 'and' ('ኣነን')",
    "list_and": "'and' joining people in a list ('und', 'and', 'и', 'i', 'și', 'y', 'û', 'iyo'); a `_patterns` entry for "
                "an 'and' written against the next word (Arabic 'و') or as an ending of the word before (Tigrinya 'ን')",
    "possessive": "'my', 'our' and articles before (or after) a relative in such a list: 'meine', 'my', 'мой', 'moja', "
                  "'mi', 'ma', 'meu', 'xwe', 'μου'",
    "correction": "a count corrected: 'Korrektur', 'correction', 'I meant', 'je voulais dire', 'poprawka', 'düzeltme' "
                  "before the right number ('wir sind 3, Korrektur: 4': 4)",
    "takes_back": "the writer takes back a date or town just named and names the right one: 'Korrektur', 'ich meine', "
                  "'nein, falsch', 'verschrieben', 'correction', 'I mean', 'sorry, wrong', 'je veux dire', 'quiero decir', "
                  "'intendevo', 'исправка', 'я имею в виду', 'demek istedim', 'أقصد', 'mislim' ('am 19., ach nein, falsch, "
                  "ich meine den 26.': the 26th; where nothing new follows, nothing is wished and we ask). Not a mere "
                  "'that is' ('cioè', 'yani', 'd.h.'), which restates more often than it corrects",
    "sum_up": "'so', 'that makes', 'also', 'donc', 'czyli', 'yani' right before the count of everyone just named "
              "('10 Teilnehmende, mit mir also 11': 11; 'ich bringe sie mit, also 2 Personen': 2, not 3); read in the "
              "mail's own language only",
    "accompanies": "the writer comes along with the person just named (he or she): 'ich begleite sie', 'I'll come with "
                   "her', 'je l'accompagne', 'przyjdę z nią' (that person and the writer: two)",
    "as_role": "'as' before the role the writer comes in, written before it: 'und ich als Lehrerin', 'and me as their "
               "teacher', 'i ja jako nauczycielka', 'et moi en tant que formatrice' (the writer still counts besides the "
               "number before); empty where the word follows the role (Turkish 'olarak')",
    "in_total": "'in total', 'insgesamt', 'всего' before a count: it is the whole group, not a part of it",
    "brings_along": "the writer brings people along ('ich bringe … mit', 'I'll bring', 'j'amènerai', 'przyprowadzę'): a "
                    "count of people after it in the sentence is those brought, the writer comes besides them",
    "along_words": "short words that may stand between a verb of bringing and the people brought ('I'll bring my "
                   "sister too': 'also', 'too', 'with me', 'auch', 'też', 'с собой', 'și pe'): the people after them "
                   "come besides the writer",
    "i_am": "'I am' before a description of the writer ('I'm her husband', 'ich bin ihr Mann', 'je suis son mari'): "
            "the relative named after it is the writer, not a companion; empty where the language needs no verb",
    "infants": "a baby or infant, one person coming: joined to the count said before it ('2 Erwachsene und ein Baby', "
               "'dos adultos y un bebé'); not a companion by itself ('ich komme mit meinem Baby' counts the writer)",
    "counted_kin": "nouns of people who come along as they stand after a number, any inflection: the number "
                   "counts them ('zwei Kinder', 'iki çocuğumla', 'δύο παιδιά', 'dvoje djece')",
    "pair": "one word (with its possessive) for two people at once: 'meine Eltern', 'my parents', 'mes parents'",
    "with_unnumbered": "the writer comes with several people whose number the words do not say: 'mit meinen "
                       "Kindern', 'me and my family', 'avec des amis', 'с семьёй', 'با بچه‌هام'; a registration that "
                       "says no number beside them is asked how many people come (not where a number stands before "
                       "them: 'mit meinen 2 Kindern')",
    "names_label": "labels before a list of names: 'Namen:', 'Participants:'",
    "not_a_name": "words that make a line no person's name: street, association, school",
    "calendar_era": "the era after a year of another calendar: Amharic/Tigrinya 'ዓ.ም' (Ethiopian), Persian 'ه.ش', "
                    "'هجری شمسی' (Solar Hijri); a date with it is read in that calendar even where its month names "
                    "also name Gregorian months (Eritrean Tigrinya)",
}
TABLE_CONCEPTS = {
    "numbers": "number words → number ('zwei' = 2)",
    "ordinals": "ordinal words → position ('zweite' = 2, 'letzte' = -1)",
    "relative_days": "today, tomorrow, day_after_tomorrow, this_week, next_week, next (before a weekday), "
                     "this (before a weekday: 'this Tuesday', the coming one; beside it a 'next' of the same "
                     "weekday is the one a week later: 'not this Tuesday but next Tuesday'), "
                     "remaining (the workshops still ahead), earliest (the first still ahead), "
                     "next_after (after a weekday: 'الثلاثاء القادم'), "
                     "week_number (before a calendar week's number: 'KW 39', 'week 39'), "
                     "day_noun (the word for 'day' or 'date' before a day of the month: 'ngày 26', 'youm 26'), "
                     "day_noun_after (the same after it: '26 tarikh ko'), "
                     "after_next (before a weekday: 'übernächsten Dienstag', the one after the next), "
                     "after_next_after (the same after the weekday: 'Tuesday after next'), "
                     "week_after_next ('übernächste Woche', 'the week after next'), "
                     "in_weeks ({x} is a number of weeks from the mail's date: 'in {x} Wochen', '{x} hafta sonra', "
                     "'через {x} недели'; beside a weekday it names that weekday of that week), "
                     "in_one_week and in_two_weeks (the same without a number: 'in a fortnight', 'dans quinze jours', "
                     "'بعد أسبوعين')",
    "months": "month names CLDR (Babel) lacks → month (1-12); empty when CLDR has them all",
    "weekdays": "weekday names CLDR (Babel) lacks → weekday (0 = Monday)",
    "together_count": "'we two', 'zu dritt', 'вдвоём' → the number of people",
    "day_ordinals": "day of the month as a word → day ('am zweiten' = 2, 'the nineteenth' = 19)",
    "solar_hijri_months": "month names of the Solar Hijri calendar → month (1 = Farvardin / Hamal … 12): Persian "
                          "'مهر' = 7, Dari 'سنبله' = 6; a day with one is turned into the Gregorian date",
    "ethiopian_months": "month names of the Ethiopian calendar → month (1 = Meskerem … 13 = Pagume), also with a "
                        "preposition glued to them ('በመስከረም'); a day with one is turned into the Gregorian date",
}
# "<concept>_local" tables: names that mean this only in mail written in the language (Hindi typed in
# Latin letters "do" = 2, Kurmanji "se" = 3: elsewhere ordinary words; the Turkish ordinal "son", the last,
# is "son" of English, "his" of French, "they are" of Spanish)
LOCAL_TABLES = ("months", "weekdays", "numbers", "ordinals")
RELATIVE_KEYS = ("today", "tomorrow", "day_after_tomorrow", "this_week", "next_week", "next", "this",
                 "remaining", "earliest", "next_after", "week_number", "day_noun", "day_noun_after",
                 "after_next", "after_next_after", "week_after_next", "in_weeks", "in_one_week", "in_two_weeks")
