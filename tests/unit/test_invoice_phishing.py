"""Invoice phishing ("you owe ¥…, click the link below to confirm your account within 24 hours") is filed,
never handed to staff and never answered, in Chinese (simplified and traditional) and English.

Two signs make a mail spam, as for every scam: a large sum (also in yuan: "¥", "元", "RMB"), a link to click,
a threat of blocking the account within hours. A resident's registration in the same language stays one.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from tests.unit.test_reading import read

SCAMS = [
    ("zh", "账单提醒", "您好：\n您的账户有一笔待结算金额 RMB 15,300。请点击链接确认账户信息，逾期账户将被冻结。\n结算中心"),
    ("zh-hant", "帳單通知", "您好：\n您尚有 ¥9,800 待繳。請點擊以下連結確認您的帳戶，否則帳戶將被凍結。"),
    ("en", "Payment reminder", "Dear client,\nan amount of 12.400 € is still open. Click the link below to "
                              "confirm your identity within 24 hours, otherwise access is blocked."),
]


@pytest.mark.parametrize("language,subject,body", SCAMS, ids=[s[0] for s in SCAMS])
def test_invoice_phishing_is_filed(language, subject, body):
    r = read(body, subject=subject, sender="Billing <billing@pay-centre.example.net>")
    assert r.action == "ignore", (language, r.action, r.reason)


def test_a_chinese_registration_stays_one():
    r = read("您好，我想报名10月17日在Brackenheim的工作坊，一个人。谢谢！", subject="报名",
             sender="Li Wen <li.wen@example.org>")
    assert (r.action, r.workshop) == ("confirm", "brackenheim"), r.reason
