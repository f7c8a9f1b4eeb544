"""Answers to our numbered list of dates where the line's number is written with a case or ordinal
ending glued to it ("a 4-est kérném", "4'ü alalım", "4.sü olur", "давайте 4-й", "la 4ª") read as that
line; the same number before a word of coming ("3-an jövünk", we come as three), a month or people is no
line. And a digit alone in its sentence with "please", beside words that count the people ("4 please.
My mother and I."), is the line; the people are counted from the words."""

from __future__ import annotations

import pytest

from mailbot.understand.answers import read_answer
from tests.unit.test_answer_numbers import reply


@pytest.mark.parametrize("lang,text,line", [
    ("hu", "Jó, akkor mégis inkább a 4-est kérném, köszönöm.", "brackenheim"),
    ("hu", "Nekem az 1-es lenne a legjobb, ha lehet.", "offenau"),
    ("tr", "Tamam, o zaman biz de 4'ü alalım, sağ olun.", "brackenheim"),
    ("tr", "Bize en uygunu 3.sü olur, çok teşekkürler hocam.", "weinsberg"),
    ("ru", "Тогда давайте лучше 2-й, если там ещё есть места.", "neuenstadt"),
    ("uk", "Мені найкраще підходить 3-й, дякую за відповідь.", "weinsberg"),
])
def test_a_number_with_its_ending_is_the_line(config, lang, text, line):
    a = read_answer(reply(text), config.events, {}, lang)
    assert (a.choice, a.ambiguous) == (line, False)


@pytest.mark.parametrize("lang,text", [
    ("hu", "Szia, mi 3-an jövünk majd, köszönöm szépen."),
    ("tr", "Merhaba, biz 3'üz geleceğiz, çok teşekkür ederim."),
    ("ru", "Хотим записаться на 3-х человек, если можно."),
    ("de", "Ich habe Ihnen schon 2-mal geschrieben, danke."),
])
def test_a_number_with_an_ending_that_counts_or_repeats_is_no_line(config, lang, text):
    a = read_answer(reply(text), config.events, {}, lang)
    assert a.choice is None


@pytest.mark.parametrize("lang,text,line,people", [
    ("en", "4 please. My mother and I.", "brackenheim", 2),
    ("de", "Die 1 bitte. Mein Mann und ich.", "offenau", 2),
    ("tr", "3 lütfen. Annem, babam ve ben.", "weinsberg", 3),
    ("es", "El 2 por favor. Mi hija y yo.", "neuenstadt", 2),
])
def test_a_digit_with_please_beside_who_comes_is_the_line(config, lang, text, line, people):
    a = read_answer(reply(text), config.events, {}, lang)
    assert (a.choice, a.count) == (line, people)
