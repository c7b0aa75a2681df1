"""The nineteenth tuning batch: the agent reading back a number the customer dictated in pieces, a group of an IBAN
taken back as it is said, a number begun after "my number" or a word for calling someone, an account that fails its
check, a date of birth from a family tree, Welsh streets and British house names, names before "and" or after a role
with a word in front of it, a wish on a cake, and the look-alikes beside them.

Written before the seventeenth round of conversation-aware redaction, after held-out batch 16 had been scored and
spent, in sectors no batch had used (a piano tuner, a kite-surfing school, a stained-glass studio, a falconry day).
Batch 16's values leaked where the agent read back a phone whose pieces nothing had caught ("Merci, 0472 56 19 83"
after "0472" and "56 19 83"; "Six oh four, eight one two, forty-five ninety"), where a group of a spoken IBAN was
taken back ("85... nee, 86"), where "my number" or "bellen" came before the first digits, where an IBAN failed its
check, where a grandfather's date of birth was from 1898, at Welsh streets ("Ffordd"), house names ("Rose Cottage")
and a Québec address read back with its corrected number, and at names after "the building manager is", before
"and Oliver", set apart after "בעלי ישלם," and in "מזל טוב לאלה ולשקד". Its look-alikes were changed where a product
followed a possessive and its noun ("ses pinceaux Raphaël"), a Hebrew product noun ("עוגת אורנה") and where the
company's postcode was the customer's too. These dialogues say the same things in other words.

Before that round, on these 16 dialogues (37 gold spans, 11 look-alikes): PHONE 0.33 (12), IBAN 0.00 (4),
ADDRESS 0.17 (6), NAME 0.54 (13), DATE_OF_BIRTH 0.00 (1); spurious findings 3 of 17, look-alikes changed 2 of 11.
After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

NINETEENTH: list[Dialogue] = [
    # -- a number dictated in pieces, read back whole by the agent ---------------------------------------------------
    _dialogue("nl19-readback", "nl", S, "C: u mag mijn vrouw bellen als ik er niet ben, {NAME:Petra}, {PHONE:0486}",
              "A: Ik schrijf het op. En dan?", "C: {PHONE:33 71 25}",
              "A: Dank u, {PHONE:0486 33 71 25} voor {NAME:Petra}, de stemmer komt {keep:donderdag}."),
    _dialogue("en19-spoken-readback", "en", SP, "A: And a mobile for the instructor to text?",
              "C: {PHONE:Four one six, five five two, um, thirty}... no, {PHONE:thirteen twenty}.",
              "A: {PHONE:Four one six, five five two, thirteen twenty}. Lovely, see you at {keep:9:30}."),
    _dialogue("fr19-my-number", "fr", S, "C: bonjour, je change de cell, mon numéro, {PHONE:514 62}",
              "C: {PHONE:3-0917}, oups parti trop vite", "A: Aucun souci, c'est modifié."),
    _dialogue("fr19-natel", "fr", S, "A: Votre natel, pour le rappel de la séance ?", "C: {PHONE:078 512}",
              "A: Oui ?", "C: {PHONE:44 90}, pardon, mon chien aboyait."),
    _dialogue("en19-mob", "en", S, "C: my partner {NAME:Aroha} will be there, her mob is {PHONE:0421}",
              "C: {PHONE:558 903}", "A: Sweet, we'll text {NAME:Aroha} when the kite gear is ready."),
    # -- an IBAN: a group taken back, said in Hebrew letters, or failing its check -----------------------------------
    _dialogue("nl19-iban-fix", "nl", SP, "A: Op welke rekening mogen we het lesgeld incasseren?",
              "C: {IBAN#spoken+split:N L negenentachtig}... nee, {IBAN#spoken+split:eenennegentig, A B N A, "
              "nul vier een zeven, een zes vier drie, nul nul}.", "A: Genoteerd."),
    _dialogue("he19-iban-letters", "he", SP, "A: לאיזה חשבון להחזיר את המקדמה?",
              "C: {IBAN:אי אל שישים ושתיים, אפס אחד אפס שמונה, אפס אפס אפס אפס, אפס אפס אפס תשע, תשע תשע תשע תשע, "
              "תשע תשע תשע}.", "A: תודה, ההחזר יגיע תוך {keep:5 ימי עסקים}."),
    _dialogue("en19-iban-invalid", "en", T, "C: Could you take the workshop fee from {IBAN:GB94 BARC 2020 1530 0934 55}"
              " please? Cheers", "A: Our system says that number doesn't check out, could you look again?"),
    # -- a date of birth from a family tree ---------------------------------------------------------------------------
    _dialogue("en19-old-dob", "en", B, "A: For the commission I need your great-grandmother's full name and her date "
              "of birth.", "C: {NAME:Ada Whitcombe}, {DOB:9 March 1881}",
              "A: Thank you, the window's inscription will carry both."),
    # -- Welsh streets, house names, a Québec address read back with its corrected number ----------------------------
    _dialogue("en19-welsh", "en", AD, "C: Can the proof go to my aunt? {NAME:Eirlys Pritchard}, {ADDR:14 Heol y Nant}",
              "C: Cardiff, {PC:CF14 3AB}", "A: Of course, it goes out {keep:Friday}."),
    _dialogue("en19-house-name", "en", AD, "C: Use the landline instead, we're at {ADDR:Holly Cottage}, the lane past "
              "the church.", "A: Will do, the falconer arrives at {keep:10}."),
    _dialogue("fr19-quebec-fix", "fr", AD, "C: On habite au {ADDR:42, rue des Tanneurs}", "A: À Sherbrooke ?",
              "C: Oui. Non, pardon, c'est {ADDR:24}, pas {ADDR:42}.", "A: {ADDR:24, rue des Tanneurs}, c'est noté."),
    # -- names before "and", after a role with a word in front of it, set apart, or wished well ----------------------
    _dialogue("en19-names", "en", CN, "C: Can {NAME:Hope} and {NAME:Oliver} share a board? Also, the site manager is "
              "{NAME:Bronwen Tsai}, she opens the gate.", "A: Yes to both, the lesson is {keep:two hours}."),
    _dialogue("he19-names", "he", CN, "C: אשתי תאסוף, {NAME:רימון}, היא תביא את הקבלה. ועל העוגה לכתוב \"מזל טוב "
              "ל{NAME:שחר} ול{NAME:ים}\"", "A: בשמחה, האיסוף {keep:ביום שישי}."),
    # -- look-alikes: a product after a possessive and its noun, a Hebrew product noun, the company's postcode -------
    _dialogue("fr19-products", "fr", K, "C: Je viens avec mes feutres {keep:Léonie} et ma fille {NAME:Maëlle}.",
              "A: Parfait. Notre atelier est au 8 rue Pasteur, {keep:69007} Lyon.",
              crm={"customer": {"first_name": "Sabine", "last_name": "Roux", "postcode": "69007"}}),
    _dialogue("he19-product", "he", K, "C: יש לכם עוד את {keep:סדרת מאיה} של הוויטראז'ים?",
              "A: כן, במחיר {keep:450 ₪}."),
]
