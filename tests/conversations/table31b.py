"""Helper table31b (fix helper B, unseen19): the reply kinds fixed on branch fixb19, played through the worker.
A head-count changed in a reply to our confirmation ("my brother joins me, so two"; "4 of us, not 2"; "only I
come now"), a line of our list named by its number with a glued ending or by an ordinal in its object form,
a move asked with "instead of" and the booked day written with its ending, and "un-register both" in Vietnamese.
Days count from Monday 4 September 2023 (09:00), as in table.py."""

from tests.conversations.table import BRA, NEU, OFF, WEI, C, W, conv, new
from tests.conversations.table2 import rep

CONVERSATIONS31B = [
    # --- head-counts changed in a reply to our confirmation ---------------------------------------------------
    conv("c31b-hr-dario-kovac", "hr",
         new("Pozdrav, prijavljujem se za radionicu 26.9. u Weinsbergu. Dario Kovač", "confirmed", {WEI: (C, 1)},
             subject="prijava"),
         # "my brother is coming too, that means three with his wife"
         rep("Dolazi i moj brat sa suprugom, znači troje.", "recounted", {WEI: (C, 3)})),
    conv("c31b-en-maya-collins", "en",
         new("Hi, please sign me up for the Offenau workshop on 19 September. Maya Collins", "confirmed", {OFF: (C, 1)},
             subject="workshop"),
         rep("Hi again, my daughter wants to join as well, so 2.", "recounted", {OFF: (C, 2)})),
    conv("c31b-es-rosa-molina", "es",
         new("Hola, nos apuntamos al taller del 17 de octubre en Brackenheim, somos dos. Rosa Molina", "confirmed",
             {BRA: (C, 2)}, subject="taller"),
         # "sorry, we will be 3 and not 2"
         rep("Perdón, seremos 3 y no 2.", "recounted", {BRA: (C, 3)})),
    conv("c31b-ro-elena-popa", "ro",
         new("Buna ziua, ma inscriu cu sora mea la atelierul din 21 septembrie, Neuenstadt. Elena Popa", "confirmed",
             {NEU: (C, 2)}, subject="inscriere"),
         # "my sister has to work, only I come"
         rep("Sora mea trebuie sa lucreze, vin doar eu.", "recounted", {NEU: (C, 1)})),
    # --- a line of our list: a number with its ending, an ordinal as the object -------------------------------
    conv("c31b-hu-kata-nagy", "hu",
         new("Jó napot, szeretnék jelentkezni a workshopra, egyedül jövök. Nagy Kata", "clarify", subject="jelentkezés"),
         # "then I would rather ask for the 4, thank you"
         rep("Akkor inkább a 4-est kérném, köszönöm szépen.", "confirmed", {BRA: (C, 1)})),
    conv("c31b-tr-emre-aydin", "tr",
         new("Merhaba, atölyeye tek başıma katılmak istiyorum. Emre Aydın", "clarify", subject="atölye"),
         # "I take the third one"
         rep("Merhaba, ben üçüncüyü alıyorum, teşekkürler.", "confirmed", {WEI: (C, 1)})),
    # --- a move asked with "instead of" and the booked day with its ending ----------------------------------------
    conv("c31b-bg-petya-ivanova", "bg",
         new("Здравейте, записвам се за семинара на 21 септември в Neuenstadt. Петя Иванова", "confirmed",
             {NEU: (C, 1)}, subject="записване"),
         # "can I come on 26 September instead of the 21st?"
         rep("Може ли вместо 21-ви да дойда на 26 септември?", "changed", {WEI: (C, 1)})),
    # --- un-register both --------------------------------------------------------------------------------------
    conv("c31b-vi-le-van-hung", "vi",
         new("Xin chào, tôi đăng ký hội thảo ngày 26.9 ở Weinsberg cho 2 người. Lê Văn Hùng", "confirmed",
             {WEI: (C, 2)}, subject="đăng ký"),
         # "sorry, we are busy, please un-register both people"
         rep("Xin lỗi, chúng tôi có việc bận, xin hủy đăng ký cho cả hai người.", "cancelled", {})),
]

KNOWN_FAILING31B: list[str] = []
