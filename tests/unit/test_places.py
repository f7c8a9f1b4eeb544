"""Place stage: find_places(text, events) → which event a town or venue name points to."""

from __future__ import annotations

import pytest

from mailbot.config import load_config
from mailbot.understand.places import find_places

EVENTS = load_config(None).events


def events_named(text: str) -> set[str]:
    found: set[str] = set()
    for m in find_places(text, EVENTS):
        assert m.kind == "place"
        found |= m.events
    return found


@pytest.mark.parametrize("text,event", [
    ("Ich komme nach Offenau.", "offenau"),
    ("Workshop in NEUENSTADT", "neuenstadt"),
    ("weinsberg bitte", "weinsberg"),
    ("Anmeldung Brackenheim", "brackenheim"),
])
def test_exact_town_names(text, event):
    assert events_named(text) == {event}


@pytest.mark.parametrize("text,event", [
    ("in Neuenstad", "neuenstadt"),
    ("für Brakenheim", "brackenheim"),
    ("Ofenau bitte", "offenau"),
    ("Weinsbrg", "weinsberg"),
])
def test_misspelt_town_names(text, event):
    found = find_places(text, EVENTS)
    assert [m.events for m in found] == [{event}]
    assert "misspelt" in found[0].rule


def test_inflected_name():
    found = find_places("Želim doći u Weinsbergu.", EVENTS)
    assert [m.events for m in found] == [{"weinsberg"}]
    assert "inflected" in found[0].rule


@pytest.mark.parametrize("text,event", [
    ("Приду в Вайнсберге", "weinsberg"),
    ("Хочу в Оффенау", "offenau"),
    ("в Бракенхайме", "brackenheim"),
])
def test_cyrillic_aliases(text, event):
    assert events_named(text) == {event}


@pytest.mark.parametrize("text,event", [
    ("Wir sehen uns in der Baukelter", "weinsberg"),
    ("im Kulturforum Saline", "offenau"),
    ("Bürgerzentrum", "brackenheim"),
])
def test_venue_alone_names_the_event(text, event):
    assert events_named(text) == {event}


def test_postcode_and_town_is_an_address_not_a_choice():
    assert find_places("Anschrift: Hauptstr. 1, 74189 Weinsberg", EVENTS) == []


def test_address_does_not_hide_the_choice_next_to_it():
    assert events_named("Ich wohne in 74196 Neuenstadt, komme aber nach Weinsberg.") == {"weinsberg"}


def test_town_in_email_address_or_domain_does_not_count():
    assert find_places("Kontakt: info@weinsberg.de oder www.brackenheim.de", EVENTS) == []


def test_neustadt_am_kocher_fuzzy_is_neuenstadt():
    found = find_places("Ich melde mich für Neustadt am Kocher an", EVENTS)
    assert found and all(m.events == {"neuenstadt"} for m in found)


def test_neuenstadt_am_kocher_long_name():
    assert events_named("Neuenstadt am Kocher") == {"neuenstadt"}


@pytest.mark.parametrize("text", [
    "Ich wohne in Heilbronn.",
    "Grüße aus Neckarsulm",
    "Wir kommen aus Offenbach",
    "Neuenstein",
    "Weinheim",
    "Bad Rappenau",
])
def test_unrelated_towns_do_not_match(text):
    assert find_places(text, EVENTS) == []


def test_two_towns_two_mentions():
    assert [m.events for m in find_places("Offenau oder Brackenheim", EVENTS)] == [{"offenau"}, {"brackenheim"}]


@pytest.mark.parametrize("text,event", [
    ("Ich melde mich für den Weinsberger Workshop an", "weinsberg"),
    ("Der Offenauer Termin passt mir", "offenau"),
    ("Wir kommen zum Neuenstädter Workshop.", "neuenstadt"),
])
def test_adjective_form_of_town(text, event):
    assert events_named(text) == {event}


def test_adjective_form_of_long_town_name():
    assert events_named("der Brackenheimer Workshop") == {"brackenheim"}


@pytest.mark.parametrize("text,event", [
    ("نحنا رح نكون بفاينسبرغ", "weinsberg"),  # Levantine "in Weinsberg": the preposition written together
    ("الورشة ببراكنهايم", "brackenheim"),
    ("በብራከንሃይም መሳተፍ እፈልጋለሁ", "brackenheim"),  # Amharic "in Brackenheim"
    ("ለቫይንስበርግ", "weinsberg"),
])
def test_town_after_an_attached_preposition(text, event):
    assert [m.events for m in find_places(text, EVENTS)] == [frozenset({event})]


@pytest.mark.parametrize("text", ["Bewerbung", "Lebensberatung", "Brandenburg", "Wochenende in Bremerhaven"])
def test_german_words_are_no_town_after_a_preposition(text):
    assert find_places(text, EVENTS) == []


@pytest.mark.parametrize("line", ["Birgit Weinberg", "Ali Brackenhaim", "M. Neuenstadtler"])
def test_a_name_line_under_the_text_is_no_misspelt_town(line):
    # a signature's surname one letter from a town is a name; the town written right is still a town
    assert find_places(line, EVENTS) == []


def test_a_misspelt_town_in_a_sentence_is_still_read():
    assert [m.events for m in find_places("ich komme nach Weinberg", EVENTS)] == [frozenset({"weinsberg"})]
