"""Spam and phishing in every language of the county's residents: never answered, never confirmed.

A scam mail gets no reply (a reply to spam is a mail-loop-class mistake) and a date in it ("offer
valid until 19 September") is never confirmed as a registration. A resident who asks whether a
workshop is free, asks us to confirm the registration or has a link in the signature must still be
read: the language files' ``spam`` phrases are scam phrases, never the words of a registration.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023,
weinsberg Tue 26.09.2023, brackenheim Tue 17.10.2023; messages are dated Monday 11.09.2023.
"""

from __future__ import annotations

import email.message

import pytest

from mailbot.config import load_config
from mailbot.understand import lexicon as L
from mailbot.understand.result import Reading
from mailbot.understand.reading import understand

CONFIG = load_config(None)
OWN = "integration@landratsamt-heilbronn.de"


def read(body: str, subject: str, sender: str = "Info Service <info@promo-mail.example>") -> Reading:
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = OWN
    msg["Subject"] = subject
    msg["Date"] = "Mon, 11 Sep 2023 09:15:00 +0200"
    msg["Message-ID"] = "<s1@promo-mail.example>"
    msg.set_content(body)
    return understand(msg.as_bytes(), CONFIG.events, CONFIG.office)


# (language, subject, body): invented scam mails as they arrive, each with a few scam phrases
SPAM = [
    ("de", "Wichtige Mitteilung zu Ihrem Konto",
     "Sehr geehrter Kunde,\nIhr Konto wurde eingeschränkt. Schließen Sie die Kontoverifizierung ab, "
     "sonst fällt eine Servicegebühr von 4,99 € an.\nIhr Sicherheitsteam"),
    ("en", "Security alert",
     "Dear client,\nunusual sign-in activity was detected on your profile. Verify your identity today, "
     "otherwise a processing fee of $25 will be charged.\nSupport Desk"),
    ("tr", "Tebrikler!", "Tebrikler, kazandınız! Ödülünüzü almak için buraya tıklayın ve 24 saat içinde "
     "işlem ücreti olarak 49 TL ödeyin."),
    ("ar", "جائزة نقدية", "مبروك! لقد ربحت جائزة نقدية. انقر هنا وادفع رسوم التحويل خلال 24 ساعة."),
    ("ru", "Ваш приз", "Вы выиграли смартфон! Нажмите здесь и подтвердите свой аккаунт в течение 24 часов."),
    ("uk", "Сповіщення", "Ваша поштова скринька переповнена. Натисніть тут, інакше обліковий запис "
     "буде заблоковано."),
    ("pl", "Nagroda", "Wygrałeś nagrodę! Kliknij tutaj i zweryfikuj swoje konto. Opłata manipulacyjna "
     "wynosi tylko 9 zł."),
    ("ro", "Voucher", "Ați câștigat un voucher! Faceți clic aici pentru a plăti taxa de procesare."),
    ("hr", "Obavijest", "Poštovani, vaš sandučić je pun. Kliknite ovdje i potvrdite svoj račun u roku "
     "od 24 sata."),
    ("bs", "Nagrada", "Osvojili ste nagradu u nagradnoj igri! Kliknite ovdje, naknada za obradu je samo 5 KM."),
    ("sr", "Награда", "Освојили сте награду! Кликните овде, накнада за обраду је 500 динара."),
    ("sq", "Urime", "Urime, keni fituar! Klikoni këtu dhe paguani tarifë përpunimi brenda 24 orëve."),
    ("bg", "Награда", "Спечелихте награда! Натиснете тук и платете такса за обработка в рамките на 24 часа."),
    ("hu", "Fiókértesítés", "Ön nyert! Kattintson ide és erősítse meg fiókját, különben letiltásra kerül."),
    ("el", "Δώρο", "Κερδίσατε ένα δώρο! Κάντε κλικ εδώ και επιβεβαιώστε τον λογαριασμό σας εντός 24 ωρών."),
    ("el", "Dwro", "Kerdisate ena dwro! Kante klik edw, alliws o logariasmos tha apenergopoiithei."),
    ("it", "Buono regalo", "Hai vinto un buono! Clicca qui e conferma il tuo account entro 24 ore."),
    ("es", "Premio", "¡Has ganado un premio! Haga clic aquí y verifique su cuenta dentro de 24 horas."),
    ("pt", "Prêmio", "Você ganhou um prêmio! Clique aqui e pague a taxa de processamento."),
    ("fr", "Félicitations", "Vous avez gagné ! Cliquez ici et vérifiez votre compte, sinon il sera désactivé."),
    ("nl", "Prijs", "U heeft gewonnen! Klik hier en bevestig uw account binnen 24 uur."),
    ("cs", "Výhra", "Vyhráli jste! Klikněte zde a ověřte svůj účet během 24 hodin."),
    ("sk", "Výhra", "Vyhrali ste! Kliknite sem a overte svoj účet do 24 hodín."),
    ("ku", "Xelat", "Pîroz be, we qezenc kir! Li vir bitikîne û hesabê xwe piştrast bike."),
    ("ckb", "خەڵات", "پیرۆزە، ئێوە براوەن! لێرە کلیک بکە و هەژمارەکەت پشتڕاست بکەرەوە."),
    ("fa", "جایزه", "تبریک! شما برنده شدید. اینجا کلیک کنید و حساب خود را تایید کنید."),
    ("prs", "جایزه", "شما برنده شدید! اینجا کلیک کنید و فیس خدمات را در ظرف 24 ساعت بپردازید."),
    ("ps", "جایزه", "مبارک شه، تاسو وګټل! دلته کلیک وکړئ او خپل حساب تایید کړئ."),
    ("am", "ሽልማት", "እንኳን ደስ አለዎት፣ አሸንፈዋል! እዚህ ይጫኑ እና መለያዎን ያረጋግጡ።"),
    ("ti", "ሽልማት", "እንቋዕ ሓጎሰኩም፣ ተዓዊትኩም! ኣብዚ ጠውቑ፣ ሕሳብኩም ኣረጋግጹ።"),
    ("so", "Abaalmarin", "Hambalyo, waxaad ku guuleysatay abaalmarin! Halkan guji oo xaqiiji akoonkaaga."),
    ("hi", "बधाई", "बधाई हो, आप जीत गए! यहाँ क्लिक करें और प्रोसेसिंग फीस जमा करें।"),
    ("hi", "Badhai", "Congratulations aapne jeeta hai! Yahan click karein aur processing fees bharein."),
    ("ur", "انعام", "مبارک ہو، آپ جیت گئے! یہاں کلک کریں اور پروسیسنگ فیس ادا کریں۔"),
    ("ta", "பரிசு", "வாழ்த்துக்கள், நீங்கள் வென்றுள்ளீர்கள்! இங்கே கிளிக் செய்யவும், சேவை கட்டணம் செலுத்தவும்."),
    ("vi", "Trúng thưởng", "Chúc mừng! Bấm vào đây để xác minh tài khoản trong vòng 24 giờ."),
    ("vi", "Trung thuong", "Chuc mung ban da trung thuong! Bam vao day de xac minh tai khoan."),
    ("zh", "发票", "您好，本公司可代开发票，增值税专用发票，税点优惠，欢迎来电。"),
    ("zh", "恭喜", "恭喜您中獎了！請點擊這裡領取。"),
]

# (language, body): invented registrations and questions that come near the scam vocabulary: a free
# workshop, a fee question, "please confirm my registration", a link in the signature
NOT_SPAM = [
    ("de", "Hallo, ist der Workshop am 26.09. in Weinsberg kostenlos oder gibt es eine Gebühr? Wenn nicht, "
     "melde ich mich hiermit an, bitte bestätigen Sie meine Anmeldung.\nGruß Jana Roth\n-- \n"
     "Nachbarschaftshilfe Weinsberg e.V. | Newsletter abbestellen: www.nachbarschaft-wb.example/link"),
    ("en", "Hi, is the workshop on 21 September free of charge or is there a fee? Please confirm my "
     "registration. The link on your website did not open.\nThanks, Paul Greer"),
    ("tr", "Merhaba, 26 Eylül Weinsberg atölyesine kayıt olmak istiyorum. Katılım ücretsiz mi, bir ücret "
     "var mı? Kaydımı onaylar mısınız? Teşekkürler, Ayşe Yıldız"),
    ("ar", "مرحبا، أريد التسجيل في ورشة العمل يوم 26 سبتمبر. هل الورشة مجانية أم هناك رسوم؟ أرجو تأكيد "
     "تسجيلي. شكرا، سمير حداد"),
    ("ru", "Здравствуйте, хочу записаться на семинар 21 сентября. Участие бесплатное или есть взнос? "
     "Подтвердите, пожалуйста, мою регистрацию. Спасибо, Ольга Смирнова"),
    ("uk", "Добрий день, хочу зареєструватися на семінар 17 жовтня. Чи він безкоштовний? Підтвердіть, "
     "будь ласка, мою реєстрацію. Дякую, Ірина Коваль"),
    ("pl", "Dzień dobry, chciałabym się zapisać na warsztat 19 września w Offenau. Czy udział jest "
     "bezpłatny? Proszę o potwierdzenie zgłoszenia. Pozdrawiam, Anna Nowak"),
    ("ro", "Bună ziua, vreau să mă înscriu la atelierul din 26 septembrie. Este gratuit sau există o taxă? "
     "Vă rog să confirmați înscrierea. Mulțumesc, Elena Popa"),
    ("hr", "Dobar dan, želim se prijaviti na radionicu 21. rujna u Neuenstadtu. Je li sudjelovanje "
     "besplatno? Molim potvrdu prijave. Lijep pozdrav, Marija Horvat"),
    ("bs", "Pozdrav, htjela bih se prijaviti za radionicu 17. oktobra sa komšinicom. Da li se nešto plaća? "
     "Molim vas potvrdite prijavu. Hvala, Amra Hodžić"),
    ("sr", "Добар дан, желим да се пријавим на радионицу 26. септембра. Да ли је учешће бесплатно? Молим "
     "потврду пријаве. Поздрав, Јелена Петровић"),
    ("sq", "Përshëndetje, dua të regjistrohem për seminarin më 19 shtator. A është falas? Ju lutem "
     "konfirmoni regjistrimin. Faleminderit, Arta Krasniqi"),
    ("bg", "Здравейте, искам да се запиша за семинара на 21 септември. Безплатно ли е участието? Моля, "
     "потвърдете записването ми. Благодаря, Мария Иванова"),
    ("hu", "Jó napot, szeretnék jelentkezni a 2023. október 17-i workshopra. Ingyenes a részvétel? Kérem, "
     "erősítsék meg a jelentkezésemet. Köszönöm, Kovács Éva"),
    ("el", "Καλησπέρα, θέλω να δηλώσω συμμετοχή στο εργαστήριο στις 26 Σεπτεμβρίου. Είναι δωρεάν; "
     "Παρακαλώ επιβεβαιώστε την εγγραφή μου. Ευχαριστώ, Ελένη Παπαδοπούλου"),
    ("it", "Buongiorno, vorrei iscrivermi al workshop del 19 settembre. È gratuito o c'è una quota? Mi "
     "confermate l'iscrizione? Grazie, Giulia Russo"),
    ("es", "Hola, quiero inscribirme en el taller del 21 de septiembre. ¿Es gratis o hay que pagar algo? "
     "¿Me pueden confirmar la inscripción? Gracias, Lucía Gómez"),
    ("pt", "Olá, gostaria de me inscrever no workshop de 26 de setembro. É gratuito? Podem confirmar a "
     "minha inscrição? Obrigada, Ana Silva"),
    ("fr", "Bonjour, je voudrais m'inscrire à l'atelier du 17 octobre. Est-ce gratuit ou y a-t-il des "
     "frais ? Pouvez-vous confirmer mon inscription ? Merci, Claire Martin"),
    ("nl", "Goedendag, ik wil me aanmelden voor de workshop op 19 september. Is deelname gratis? Kunt u "
     "mijn aanmelding bevestigen? Groet, Sanne de Vries"),
    ("cs", "Dobrý den, chci se přihlásit na workshop 21. září. Je účast zdarma? Prosím o potvrzení "
     "přihlášky. Děkuji, Jana Nováková"),
    ("sk", "Dobrý deň, chcem sa prihlásiť na workshop 26. septembra. Je to zadarmo? Prosím o potvrdenie "
     "prihlášky. Ďakujem, Zuzana Horváthová"),
    ("ku", "Silav, ez dixwazim ji bo semînera 19ê îlonê xwe tomar bikim. Belaş e? Ji kerema xwe qeyda min "
     "piştrast bikin. Spas, Rojda"),
    ("ckb", "سڵاو، دەمەوێت ناوم تۆمار بکەم بۆ وۆرکشۆپی 26ی ئەیلوول. ئایا بێبەرامبەرە؟ تکایە تۆمارکردنەکەم "
     "پشتڕاست بکەنەوە. سوپاس، شیلان"),
    ("fa", "سلام، می‌خواهم برای کارگاه ۲۶ سپتامبر ثبت نام کنم. آیا شرکت رایگان است یا هزینه دارد؟ لطفا "
     "ثبت نام مرا تایید کنید. ممنون، مریم احمدی"),
    ("prs", "سلام، میخواهم در ورکشاپ 21 سپتامبر اشتراک کنم. آیا فیس دارد؟ لطفا ثبت نامم را تایید کنید. "
     "تشکر، فرشته"),
    ("ps", "سلام، زه غواړم د سپتمبر په 26 ورکشاپ کې ګډون وکړم. ایا فیس لري؟ مهرباني وکړئ زما نوم ثبت کړئ. "
     "مننه، ملالۍ"),
    ("am", "ሰላም፣ በመስከረም 26 ለሚደረገው ወርክሾፕ መመዝገብ እፈልጋለሁ። ክፍያ አለው ወይስ ነጻ ነው? እባክዎ ምዝገባዬን "
     "ያረጋግጡ። አመሰግናለሁ፣ ሰላማዊት"),
    ("ti", "ሰላም፣ ናብቲ ብ26 መስከረም ዝካየድ ዎርክሾፕ ክምዝገብ እደሊ። ክፍሊት ኣለዎ ዶ? በጃኹም ምዝገባይ ኣረጋግጹለይ። "
     "የቐንየለይ፣ ሳባ"),
    ("so", "Salaan, waxaan rabaa inaan iska diiwaangeliyo aqoon-isweydaarsiga 26 September. Ma bilaash baa? "
     "Fadlan xaqiiji diiwaangelintayda. Mahadsanid, Hodan Cali"),
    ("hi", "नमस्ते, मैं 17 अक्टूबर की वर्कशॉप के लिए रजिस्ट्रेशन करना चाहता हूँ। क्या यह मुफ़्त है या कोई फीस है? "
     "कृपया मेरा रजिस्ट्रेशन कन्फर्म करें। धन्यवाद, राहुल शर्मा"),
    ("ur", "السلام علیکم، میں 21 ستمبر کی ورکشاپ میں رجسٹریشن کروانا چاہتی ہوں۔ کیا یہ مفت ہے یا کوئی فیس "
     "ہے؟ براہ کرم میری رجسٹریشن کنفرم کریں۔ شکریہ، عائشہ خان"),
    ("ta", "வணக்கம், அக்டோபர் 17 பட்டறைக்கு பதிவு செய்ய விரும்புகிறேன். இது இலவசமா அல்லது கட்டணம் உண்டா? "
     "என் பதிவை உறுதிப்படுத்தவும். நன்றி, கவிதா"),
    ("vi", "Chào anh chị, tôi muốn đăng ký hội thảo ngày 19/9. Hội thảo có miễn phí không hay phải đóng phí? "
     "Xin xác nhận đăng ký giúp tôi. Cảm ơn, Nguyễn Thị Lan"),
    ("zh", "你好，我想报名参加9月26日的工作坊。请问是免费的吗？需要交报名费吗？麻烦确认一下我的报名，谢谢！王丽"),
]


@pytest.mark.parametrize("lang, subject, body", SPAM, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(SPAM)])
def test_scam_mail_is_ignored_as_spam(lang: str, subject: str, body: str) -> None:
    r = read(body, subject)
    assert (r.intent, r.action) == ("spam", "ignore"), r.reason


@pytest.mark.parametrize("lang, body", NOT_SPAM, ids=[c for c, _ in NOT_SPAM])
def test_registration_near_scam_words_is_read(lang: str, body: str) -> None:
    r = read(body, "Workshop", sender="Resident <resident@example.org>")
    assert r.intent != "spam" and r.action != "ignore", r.reason


def test_every_language_file_knows_scam_phrases_and_is_tested() -> None:
    for code, lang in L.languages().items():
        assert len(lang.phrases["spam"]) + len(lang.patterns["spam"]) >= 10, code
    assert set(L.languages()) <= {c for c, _, _ in SPAM}
    assert set(L.languages()) <= {c for c, _ in NOT_SPAM}


@pytest.mark.parametrize("subject, body", [
    ("Angebot bis 19.09.", "Sehr geehrte Damen und Herren, wir bieten Suchmaschinenoptimierung und "
     "Google-Ranking auf Seite 1. Nur bis 19.09. zum halben Preis!"),
    ("发票", "您好！本公司代开发票，增值税专用发票，税点优惠，9月26日前联系有效。"),
    ("Предложение", "Быстрый кредит без справок до 21.09.! Нажмите здесь, чтобы получить деньги."),
    ("Offer", "Limited to 17 October: online pharmacy, cialis without prescription, click here."),
], ids=["de", "zh", "ru", "en"])
def test_a_workshop_date_in_spam_is_never_confirmed(subject: str, body: str) -> None:
    r = read(body, subject)
    assert r.action == "ignore" and r.workshop is None, r.reason


@pytest.mark.parametrize("body", [
    "Bonjour, je ne pourrai pas venir le 26 septembre. Merci de confirmer ma désinscription dans les 24 heures "
    "si possible.\nClaire Fontaine",
    "Dzień dobry, chciałabym wypisać się z warsztatu 21 września. Proszę o odpowiedź w ciągu 24 godzin.\nEwa Lis",
    "Buongiorno, vorrei disiscrivermi dal workshop del 19 settembre, rispondetemi entro 24 ore per favore.\nMarco",
    "Здравствуйте, хочу отписаться от семинара 21 сентября, ответьте, пожалуйста, в течение 24 часов.\nИгорь",
    "Добрий день, хочу відписатися від семінару 17 жовтня, напишіть протягом 24 годин.\nОксана",
], ids=["fr", "pl", "it", "ru", "uk"])
def test_a_cancellation_in_unsubscribe_words_with_a_deadline_is_read(body: str) -> None:
    """"Unsubscribe" is also how residents cancel a workshop: only a mailing list's wording is spam."""
    r = read(body, "Workshop", sender="Resident <resident@example.org>")
    assert r.intent != "spam" and r.action != "ignore", r.reason


@pytest.mark.parametrize("sender", [
    "IT-Support <support@landratsamt-heilbronn.de.konto-pruefung.example>",  # the office's domain inside another
    "Kundendienst <kundendienst@landratsamt-heilbron.de>",  # one letter left out
    "Webmail <webmail@landratsamt-heiibronn.de>",  # "l" written as "i"
    "Service <service@landratsamt-heilbronn.com>",  # the office's name with another ending
    "Verwaltung <verwaltung@sicher-landratsamt-heilbronn.net>",  # the office's name inside another
])
@pytest.mark.parametrize("body", [
    "Guten Tag,\nIhre Anmeldungen zum Workshop am 21.09. werden nicht mehr zugestellt. Bitte melden Sie sich "
    "unter dem Link an, damit nichts verloren geht.\nIhr IT-Team",
    "Dear user, your registrations for 26 September are on hold. Log in below within one day.",
], ids=["de", "en"])
def test_an_address_that_imitates_the_office_gets_no_reply(sender: str, body: str) -> None:
    """Phishing posing as the office's own IT names the workshops' dates; its address imitates the
    office's domain. It is never answered and never read as a registration."""
    r = read(body, "Ihr Postfach", sender=sender)
    assert (r.intent, r.action) == ("spam", "ignore"), r.reason
    assert r.workshop is None


@pytest.mark.parametrize("sender", [
    "Kreisjugendring <info@kreisjugendring-heilbronn.example>",
    "Stadt Heilbronn <buergeramt@heilbronn.example>",
    "Team <team@landratsamt-heilbronn.de>",  # the office itself: its own address, not spam
    "Dana Vogt <dana.vogt@mail.landratsamt-heilbronn.de>",  # a subdomain of the office
])
def test_a_neighbouring_or_own_domain_imitates_nothing(sender: str) -> None:
    from mailbot.understand.robots import imitates_domain
    assert imitates_domain(sender.split("<")[1].rstrip(">"), (OWN,)) == ""


@pytest.mark.parametrize("subject, body", [
    ("¡Enhorabuena!", "Estimada señora, su correo ha salido premiado: 250.000 EUR. Para cobrar, "
     "mande sus datos bancarios antes del 26/09/2023."),
    ("Gewinnbenachrichtigung", "Herzlichen Glückwunsch, Ihnen stehen 1.200.000,00 € zu. Senden Sie Ihre "
     "Bankdaten bis zum 19.09.2023."),
    ("Congratulations", "You are the lucky winner of $750,000. Send your bank details by 17 October."),
    ("Complimenti", "Complimenti, ha vinto 85.000 euro! Inviare i suoi dati bancari entro il 21/09."),
], ids=["es", "de", "en", "it"])
def test_a_prize_of_a_large_sum_is_spam(subject: str, body: str) -> None:
    r = read(body, subject)
    assert (r.intent, r.action) == ("spam", "ignore") and r.workshop is None, r.reason


def test_a_registration_that_mentions_money_is_still_read() -> None:
    r = read("Hallo, ich melde mich für den 21.09. in Neuenstadt an. Unser Verein hat 12.000 Euro "
             "Fördergeld bekommen, deshalb interessiert uns das Thema.\nGruß Timo Reich", "Anmeldung",
             sender="Timo Reich <timo.reich@example.org>")
    assert r.action == "confirm" and r.workshop == "neuenstadt", r.reason
