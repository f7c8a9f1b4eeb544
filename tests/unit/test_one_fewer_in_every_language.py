"""Answering our confirmation, someone of the registration drops out and the rest still come ("our son
is ill, so only the two of us", "my husband can't, I come alone"), in 27 languages: the registration is
recounted to those left, never cancelled and never handed on as unreadable. Wording of the test's own."""

import pytest

from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding

PEOPLE_LEFT = [  # (the reply, people held, people left)
("Guten Tag, unser Sohn ist krank geworden, wir kommen also nur zu zweit.", 3, 2),
("Hallo, meine Schwiegermutter schafft es leider nicht, der Rest kommt.", 3, 2),
("Hello, my daughter has an exam that day so only my husband and I will come.", 3, 2),
("Merhaba, oğlum hasta, sadece eşimle ben geleceğiz.", 3, 2),
("Merhaba, annem gelemeyecek, biz iki kişi geliriz.", 3, 2),
("مرحبا، ابني مريض، سنأتي أنا وزوجي فقط.", 3, 2),
("Здравствуйте, сын заболел, придём вдвоём с мужем.", 3, 2),
("Добрий день, донька не зможе прийти, будемо вдвох.", 3, 2),
("Dzień dobry, syn jest chory, przyjdziemy tylko we dwoje.", 3, 2),
("Bună ziua, fiul meu e bolnav, venim doar noi doi.", 3, 2),
("Pozdrav, sin je bolestan, dolazimo samo nas dvoje.", 3, 2),
("Përshëndetje, djali është i sëmurë, vijmë vetëm ne të dy.", 3, 2),
("Здравейте, синът ми е болен, ще дойдем само двамата.", 3, 2),
("Jó napot, a fiam beteg, csak ketten jövünk.", 3, 2),
("Καλησπέρα, ο γιος μου είναι άρρωστος, θα έρθουμε μόνο οι δύο μας.", 3, 2),
("Buongiorno, mio figlio è malato, veniamo solo in due.", 3, 2),
("Hola, mi hijo está enfermo, iremos solo dos.", 3, 2),
("Olá, o meu filho está doente, vamos só os dois.", 3, 2),
("Bonjour, mon fils est malade, nous ne serons que deux.", 3, 2),
("سلام، پسرم مریض است، فقط دو نفر می‌آییم.", 3, 2),
("Xin chào, con trai tôi bị ốm, chỉ có hai vợ chồng tôi đến thôi.", 3, 2),
("नमस्ते, मेरा बेटा बीमार है, हम सिर्फ दो लोग आएंगे।", 3, 2),
("您好，我儿子生病了，只有我们两个人来。", 3, 2),
("Silav, kurê min nexweş e, em tenê du kes tên.", 3, 2),
("Hallo, mein Mann muss arbeiten, ich komme allein.", 2, 1),
("Hi, my wife can't make it, it'll just be me.", 2, 1),
("Merhaba, eşim gelemiyor, ben tek geleceğim.", 2, 1),
("Здравствуйте, муж не сможет, я приду одна.", 2, 1),
("Buongiorno, mio marito non può venire, vengo da sola.", 2, 1),
("Hola, mi marido no puede ir, voy yo sola.", 2, 1),
("Bonjour, mon mari ne pourra pas venir, je viendrai seule.", 2, 1),
("Dzień dobry, mąż nie może przyjść, przyjdę sama.", 2, 1),
("Bună ziua, soțul meu nu poate veni, vin singură.", 2, 1),
("Pozdrav, muž ne može doći, dolazim sama.", 2, 1),
("مرحبا، زوجي لا يستطيع الحضور، سأحضر وحدي.", 2, 1),
("سلام، شوهرم نمی‌تواند بیاید، تنها می‌آیم.", 2, 1),
("Xin chào, chồng tôi không đi được, tôi đi một mình.", 2, 1),
("Përshëndetje, burri im nuk mund të vijë, vij vetëm unë.", 2, 1),
("Здравейте, съпругът ми не може да дойде, ще дойда сама.", 2, 1),
("Jó napot, a férjem nem tud jönni, egyedül megyek.", 2, 1),
("Καλημέρα, ο άντρας μου δεν μπορεί να έρθει, θα έρθω μόνη μου.", 2, 1),
("Olá, o meu marido não pode ir, vou sozinha.", 2, 1),
]


@pytest.mark.parametrize("text,held,left", PEOPLE_LEFT)
def test_one_of_the_registration_dropping_out_recounts_it(text, held, left):
    plan = holding(reply_to_confirmation(text), held)
    assert not plan.cancel
    assert plan.recount is not None and plan.recount[1] == left
