"""A registration that holds only under a condition ("only if there is childcare", "provided that there is a
translator", "wenn es einen Dolmetscher gibt", "eğer tercüman varsa", "если будет переводчик") is not confirmed, in a
new mail nor in reply to our confirmation; "if there is still room" is no condition (concepts ``condition`` and
``if_possible`` in mailbot/understand/lang/*.toml). Every sentence is the test's own."""

import pytest

from tests.unit.test_reading import read
from tests.unit.test_unseen_kinds12 import reply_to_confirmation

CONDITIONAL = [
    "I will come on 26.9. only if there is childcare.",
    "We'd come on the 26th provided that there is a translator.",
    "Ich komme am 26.9., aber nur wenn es eine Kinderbetreuung gibt.",
    "Wir kommen am 26.9., sofern es einen Dolmetscher gibt.",
    "26 Eylül'de gelirim, eğer çocuk bakımı varsa.",
    "Eğer tercüman olursa 26 Eylül'e geleceğim.",
    "Приду 26 сентября, если будет переводчик.",
    "Мы придём 26.09, только если будет присмотр за детьми.",
    "Прийду 26 вересня, якщо буде перекладач.",
    "Przyjdę 26 września, jeśli będzie tłumacz.",
    "Doći ću 26.9. ako bude prevoditelj.",
    "Doći ću 26.9. samo ako bude neko za djecu.",
    "Доћи ћу 26.9. ако буде преводилац.",
    "Vin pe 26 septembrie doar dacă este traducător.",
    "Do të vij më 26 shtator vetëm nëse ka përkthyes.",
    "Ще дойда на 26 септември, ако има преводач.",
    "Szeptember 26-án jövök, ha lesz tolmács.",
    "Θα έρθω στις 26 Σεπτεμβρίου αν υπάρχει διερμηνέας.",
    "Vengo il 26 settembre solo se c'è un interprete.",
    "Voy el 26 de septiembre si hay guardería.",
    "Vou no dia 26 de setembro se houver intérprete.",
    "Je viens le 26 septembre s'il y a un interprète.",
    "سأحضر يوم 26 سبتمبر إذا كان هناك مترجم.",
    "۲۶ سپتامبر می‌آیم اگر مترجم باشد.",
    "۲۶ سپتامبر می‌آیم اگر ترجمان باشد.",
    "٢٦ی سێپتەمبەر دێم ئەگەر وەرگێڕ هەبێت.",
    "Ez ê 26ê îlonê werim eger wergêr hebe.",
    "Waan imaan doonaa 26 September haddii turjumaan jiro.",
    "ሴፕቴምበር 26 እመጣለሁ አስተርጓሚ ካለ።",
    "ሴፕቴምበር 26 ክመጽእ እየ ተርጓሚ እንተሎ።",
    "Em sẽ đến ngày 26/9 nếu có phiên dịch.",
    "अगर दुभाषिया होगा तो मैं 26 सितंबर को आऊँगा।",
    "اگر مترجم ہوگا تو میں 26 ستمبر کو آؤں گا۔",
    "மொழிபெயர்ப்பாளர் இருந்தால் செப்டம்பர் 26 அன்று வருவேன்.",
    "如果有翻译，我9月26日来。",
    "Ik kom op 26 september als er een tolk is.",
    "Přijdu 26. září, pokud bude tlumočník.",
    "Prídem 26. septembra, ak bude tlmočník.",
]


@pytest.mark.parametrize("body", CONDITIONAL)
def test_a_conditional_registration_is_not_confirmed(body):
    assert read(body).action != "confirm"


@pytest.mark.parametrize("body", CONDITIONAL)
def test_a_condition_answering_our_confirmation_is_neither_confirmed_nor_ignored(body):
    assert reply_to_confirmation(body).action not in ("confirm", "ignore")


@pytest.mark.parametrize("body", [
    "Hola, quiero inscribirme para el 26 de septiembre si hay plazas.",
    "Hola, me apunto al 26 de septiembre si hay sitio todavía.",
    "Bonjour, je m'inscris pour le 26 septembre s'il y a encore de la place.",
    "Bonjour, inscrivez-moi le 26 septembre s'il y a de la place.",
    "Buongiorno, mi iscrivo per il 26 settembre se c'è ancora posto.",
    "Buongiorno, vorrei iscrivermi al 26 settembre se ci sono posti.",
    "Olá, quero me inscrever para 26 de setembro se houver vagas.",
    "Hello, please register me for 26 September as long as there are places left.",
    "Hallo, ik wil me aanmelden voor 26 september als er nog plaats is.",
    "Dobrý den, chci se přihlásit na 26. září, pokud je ještě místo.",
    "Dobrý deň, chcem sa prihlásiť na 26. septembra, ak je ešte miesto.",
    "ሰላም፣ ቦታ ካለ ለሴፕቴምበር 26 መመዝገብ እፈልጋለሁ።",
])
def test_if_there_is_still_room_is_no_condition(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")
