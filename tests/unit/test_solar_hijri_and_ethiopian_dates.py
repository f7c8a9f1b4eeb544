"""Days of the Solar Hijri calendar (Persian 'مهر', 'شهریور', Dari 'سنبله', 'میزان', with Persian digits) and of
the Ethiopian calendar (Amharic 'መስከረም', 'ጥቅምት') are turned into Gregorian dates; without a year, of the
year nearest the workshops. Eritrean Tigrinya names the Gregorian September 'መስከረም': there the Ethiopian
reading needs a year of that calendar or its era ('ዓ.ም')."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.understand.other_calendars import ethiopian, solar_hijri
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build

SENT = "Wed, 06 Sep 2023 12:40:00 +0200"


def read(body: str):
    return understand(build(body, subject="ورکشاپ / ወርክሾፕ", date=SENT), EVENTS, OFFICE)


def test_the_conversions():
    assert solar_hijri(1402, 6, 28) == date(2023, 9, 19)
    assert solar_hijri(1402, 7, 25) == date(2023, 10, 17)
    assert solar_hijri(1403, 1, 1) == date(2024, 3, 20)  # Nowruz after a Gregorian leap day
    assert solar_hijri(1402, 7, 31) is None  # Mehr has 30 days
    assert ethiopian(2016, 1, 1) == date(2023, 9, 12)  # before the Gregorian leap year 2024
    assert ethiopian(2017, 1, 1) == date(2024, 9, 11)
    assert ethiopian(2016, 2, 6) == date(2023, 10, 17)
    assert ethiopian(2016, 13, 7) is None


@pytest.mark.parametrize("body,workshop", [
    ("سلام وقت بخیر، من میخواهم روز ۴ مهر در ورکشاپ شرکت کنم.", "weinsberg"),
    ("با سلام، لطفا مرا برای ۲۸ شهریور ثبت نام کنید. ممنون", "offenau"),
    ("سلام، ۲۵ مهرماه ۱۴۰۲ با همسرم می آیم.", "brackenheim"),
    ("سلام، ۳۰ شهریور 1402 ه.ش میایم Neuenstadt", "neuenstadt"),
    ("سلام علیکم، می خواهم به تاریخ ۴ میزان بیایم.", "weinsberg"),
    ("سلام، ۲۸ سنبله ثبت نام میکنم، تشکر", "offenau"),
    ("ሰላም፣ መስከረም 15 ወደ ዎርክሾፕ መምጣት እፈልጋለሁ።", "weinsberg"),
    ("ጤና ይስጥልኝ፣ ጥቅምት 6 ቀን 2016 ዓ.ም መመዝገብ እፈልጋለሁ።", "brackenheim"),
    ("ሰላም፡ ኣብ መስከረም 8 2016 ዓ.ም ክመጽእ እደሊ።", "offenau"),
])
def test_a_day_of_another_calendar_names_the_workshop_on_that_gregorian_day(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


@pytest.mark.parametrize("body", [
    "سلام، ۲ مهر میام",  # 24 September: no workshop
    "ሰላም፣ መስከረም 20 መምጣት እፈልጋለሁ።",  # 30 September
])
def test_a_converted_day_without_a_workshop_is_asked_back(body):
    r = read(body)
    assert r.action == "clarify" and r.workshop is None


def test_eritrean_tigrinya_september_stays_gregorian():
    r = read("ሰላም፡ 19 መስከረም ናብ Offenau ክመጽእ እደሊ። የቐንየለይ")
    assert r.workshop == "offenau"
