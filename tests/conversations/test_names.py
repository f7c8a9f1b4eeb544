"""Changing the names of the people registered, by mail, in reply to the confirmation (issue 12):
the desk changes the names, keeps the head-count and the seat, and confirms with the new names;
the participant list (export) has them. And one of several people cancelling: one seat fewer."""

from __future__ import annotations

import pytest

from tests.conversations.runner import play
from tests.conversations.table import BRA, C, NEU, OFF, WEI, ans, conv, new

# (conversation, the names the export lists at the end, a name that must be gone)
NAMES = [
    (conv("jutta-berger", "de",
          new("Hallo, ich melde mich mit meinem Mann für den 26.9. in Weinsberg an.\nGruß Jutta Berger", "confirmed",
              {WEI: (C, 2)}),
          ans("Hallo, statt meines Mannes kommt meine Schwester Hanna Berger mit.\nJutta Berger", "renamed",
              {WEI: (C, 2)})),
     ["Hanna Berger"], None),
    (conv("erika-stein", "de",
          new("Guten Tag, ich melde mich für den Workshop am 21.9. in Neuenstadt an.\nErika Stein", "confirmed",
              {NEU: (C, 1)}),
          ans("Guten Tag, ich bin leider verhindert. Statt mir kommt meine Kollegin Frau Ines Hahn.\nErika Stein",
              "renamed", {NEU: (C, 1)})),
     ["Ines Hahn"], "Erika Stein"),
    (conv("mia-lorenc", "de",
          new("Hallo, ich möchte mich für Offenau am 19.9. anmelden. Gruß Mia Lorenc", "confirmed", {OFF: (C, 1)}),
          ans("Hallo, bitte ändern Sie den Namen auf Mia Lorenz, da ist ein Tippfehler drin.\nDanke", "renamed",
              {OFF: (C, 1)})),
     ["Mia Lorenz"], "Mia Lorenc"),
    (conv("david-cole", "en",
          new("Hello, I would like to register myself and my son for the workshop in Weinsberg on 26 September.\n"
              "Best regards, David Cole", "confirmed", {WEI: (C, 2)}),
          ans("Hello, my wife Ana will come instead of my son.\nDavid", "renamed", {WEI: (C, 2)})),
     ["Ana"], None),
    (conv("gracie-miler", "en",
          new("Hi, please register me for the workshop in Brackenheim on 17 October. Thanks, Gracie Miler",
              "confirmed", {BRA: (C, 1)}),
          ans("Sorry, I misspelled it. Please change the name to Grace Miller.", "renamed", {BRA: (C, 1)})),
     ["Grace Miller"], "Gracie Miler"),
    (conv("mehmet-demir", "tr",
          new("Merhaba, eşimle birlikte 26 Eylül Weinsberg atölyesine kayıt olmak istiyoruz. Mehmet Demir",
              "confirmed", {WEI: (C, 2)}),
          ans("Merhaba, eşim yerine kızım Elif gelecek. Mehmet", "renamed", {WEI: (C, 2)})),
     ["Elif"], None),
    (conv("olga-orlova", "ru",
          new("Здравствуйте, хочу записаться с мужем на семинар 26 сентября в Вайнсберге. Ольга", "confirmed",
              {WEI: (C, 2)}),
          ans("Здравствуйте, вместо мужа придёт моя сестра Мария. Ольга", "renamed", {WEI: (C, 2)})),
     ["Мария"], None),
]
# one of several people cancels: the registration keeps the others
PARTIAL = [
    conv("sabine-kurz", "de",
         new("Hallo, mein Mann und ich melden uns für Brackenheim am 17.10. an.\nGruß Sabine Kurz", "confirmed",
             {BRA: (C, 2)}),
         ans("Hallo, mein Mann kommt nicht, ich schon.\nSabine", "recounted", {BRA: (C, 1)})),
    conv("tanja-roth", "de",
         new("Hallo, wir kommen zu dritt zum Workshop am 21.9. in Neuenstadt.\nTanja Roth", "confirmed",
             {NEU: (C, 3)}),
         ans("Hallo, meine Tochter kommt leider nicht mit, aber ich bin dabei und mein Sohn auch.\nTanja", "recounted",
             {NEU: (C, 2)})),
]
CONVERSATIONS = [c for c, _, _ in NAMES] + PARTIAL


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    return play(tmp_path_factory.mktemp("names"), CONVERSATIONS)


@pytest.mark.parametrize("name", [c.name for c in CONVERSATIONS])
def test_each_step_gets_the_reply_and_the_registration_it_should(played, name):
    results, _ = played
    conversation = next(c for c in CONVERSATIONS if c.name == name)
    for i, (step, got) in enumerate(zip(conversation.steps, results[name]), 1):
        where = f"{name} step {i}: got {got.reply} {got.regs}\n{got.body[:500]}"
        assert (got.reply, got.regs, got.replies) == (step.expect, step.regs, 1), where


@pytest.mark.parametrize("conversation,names,gone", NAMES, ids=[c.name for c, _, _ in NAMES])
def test_the_confirmation_and_the_participant_list_name_the_new_people(played, conversation, names, gone):
    results, export = played
    reply = results[conversation.name][-1].body
    rows = [r for r in export if r["email"] == conversation.sender and r["status"] == "confirmed"]
    assert len(rows) == 1
    for person in names:
        assert person in reply and person in rows[0]["names"], (reply, rows)
    if gone:
        assert gone not in rows[0]["names"]
