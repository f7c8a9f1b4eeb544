"""Answers to our confirmation (for two) in many languages, in wording of the test's own: a
cancellation of the whole registration cancels it (also asked as a question, "can you delete our
registration?"), and thanks or "see you there" get no reply and change nothing."""

import pytest

from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding

CANCELLATIONS = [
"Guten Tag, leider müssen wir absagen, es ist etwas dazwischengekommen.",
"Hello, unfortunately we won't be able to make it, please take us off the list.",
"Merhaba, maalesef gelemeyeceğiz, kaydımızı silebilir misiniz?",
"مرحبا، للأسف لا نستطيع الحضور، الرجاء إلغاء التسجيل.",
"Здравствуйте, к сожалению, мы не сможем прийти, отмените, пожалуйста.",
"Добрий день, на жаль, ми не зможемо прийти, скасуйте, будь ласка.",
"Dzień dobry, niestety nie damy rady przyjść, proszę nas wykreślić.",
"Bună ziua, din păcate nu putem veni, vă rog să ne ștergeți.",
"Pozdrav, nažalost ne možemo doći, molim vas izbrišite nas.",
"Përshëndetje, fatkeqësisht nuk mund të vijmë, ju lutem na fshini.",
"Здравейте, за съжаление няма да можем да дойдем, моля отпишете ни.",
"Jó napot, sajnos nem tudunk eljönni, kérem töröljenek.",
"Καλημέρα, δυστυχώς δεν θα μπορέσουμε να έρθουμε, παρακαλώ ακυρώστε.",
"Buongiorno, purtroppo non possiamo venire, cancellateci per favore.",
"Hola, lamentablemente no podremos ir, bórrennos de la lista por favor.",
"Olá, infelizmente não vamos poder ir, por favor cancelem.",
"Bonjour, malheureusement nous ne pourrons pas venir, merci d'annuler.",
"سلام، متاسفانه نمی‌توانیم بیاییم، لطفا ثبت نام ما را لغو کنید.",
"Xin chào, rất tiếc chúng tôi không thể đến được, xin hủy đăng ký giúp.",
"नमस्ते, माफ़ कीजिए, हम नहीं आ पाएंगे, कृपया रजिस्ट्रेशन रद्द कर दें।",
"السلام علیکم، معذرت، ہم نہیں آ سکیں گے، براہ کرم رجسٹریشن منسوخ کر دیں۔",
"您好，很抱歉我们去不了了，请帮我们取消报名。",
"Silav, mixabin em nikarin werin, ji kerema xwe qeyda me betal bikin.",
"Salaan, waan ka xumahay, ma imaan karno, fadlan tirtir diiwaangelinta.",
"வணக்கம், மன்னிக்கவும், எங்களால் வர முடியாது, பதிவை ரத்து செய்யுங்கள்.",
"ሰላም፣ ይቅርታ መምጣት አንችልም፣ እባካችሁ ምዝገባውን ሰርዙ።",
]

THANKS = ["Vielen Dank für die Bestätigung, bis dann!", "Thanks a lot, see you there!", "Çok teşekkürler, görüşmek üzere.",
"شكرا جزيلا، نراكم هناك.", "Спасибо большое, до встречи!", "Дякую, до зустрічі!", "Dziękuję bardzo, do zobaczenia!",
"Mulțumesc frumos, ne vedem acolo.", "Hvala puno, vidimo se!", "Faleminderit shumë, shihemi atje.", "Благодаря, до скоро!",
"Köszönöm szépen, találkozunk!", "Ευχαριστώ πολύ, τα λέμε εκεί!", "Grazie mille, a presto!", "Muchas gracias, nos vemos allí.",
"Muito obrigada, até lá!", "Merci beaucoup, à bientôt !", "خیلی ممنون، آنجا می‌بینمتان.", "Cảm ơn nhiều, hẹn gặp lại!",
"बहुत धन्यवाद, वहाँ मिलते हैं।", "بہت شکریہ، وہاں ملاقات ہوگی۔", "非常感谢，到时候见！", "Gelek spas, em ê li wir bibînin.",
"Mahadsanid, halkaas ayaan isku aragnaa.", "மிக்க நன்றி, அங்கே சந்திப்போம்.", "በጣም አመሰግናለሁ፣ እዛ እንገናኝ።", "ok danke", "👍 danke"]


@pytest.mark.parametrize("text", CANCELLATIONS)
def test_a_cancellation_answering_our_confirmation_cancels_it(text):
    assert holding(reply_to_confirmation(text), 2).cancel


@pytest.mark.parametrize("text", THANKS)
def test_thanks_answering_our_confirmation_get_no_reply(text):
    plan = holding(reply_to_confirmation(text), 2)
    assert plan.reply is None and not plan.cancel and plan.recount is None and plan.move is None
