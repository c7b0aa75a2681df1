"""The twenty-ninth tuning batch: the company's people an agent names by what they do (an instructor, the one the
customer is booked with, the one to ask for, the one who calls back from a workshop or with the verb first); a tail
read back as "the last four of your ID are ..." and with the Hebrew "שנגמר ב"; a question that names nothing ("what
is it?", "the first eight digits") after the customer named the value; the remaining digits asked for by where they
stand ("and the last eight?", "והשאר?"); a name said as its own sentence after a relation, and a short first name
that is also a small word ("Al"); a phone's piece starting with its dash; an address stopping after the street. Look-
alikes: a card's expiry after "expiration", a pool named after a person.

Written before the twenty-seventh round of conversation-aware redaction, after held-out batch 26 had been scored and
spent, in sectors no batch had used (a climbing gym, a bicycle repair shop, a language school, a vet clinic). Batch
26's look-alikes were changed where the agent named an instructor, the person a dive was booked with, the one to ask
for at a harbour, and the one who would call back, at a spoken expiry after "expiration" and at a pool named after a
person; its values leaked at "the last three of your ID are", at
"שנגמר ב", at "What is it?" after the customer named their date of birth, at "the first eight digits" after the
customer named the card, at "And the last eight?", at "van mijn vriend zijn. Kobe Declercq.", at "mijn vrouw, An
Schoofs", at "(819) 347" then "-2281" and at "Het adres is Noorderhaven" then "15 rood". These dialogues say the same
things in other words.

Before that round, on these 20 dialogues (25 gold spans, 11 look-alikes): PHONE 0.67 (3), CARD 0.75 (8), NAME 0.67
(6), ADDRESS 0.33 (3), IL_ID 0.00 (1), DATE_OF_BIRTH 0.00 (2); spurious findings 6 of 19, look-alikes changed 6 of 11.
After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

TWENTY_NINTH: list[Dialogue] = [
    _dialogue("fr29-monitrice", "fr", K, "A: Votre essai est samedi, la monitrice {keep:Maëlle} vous attend à 10 h.",
              "C: Super."),
    _dialogue("en29-booked-with", "en", K, "C: Can I move my belay induction to Thursday?",
              "A: Done, Thursday at {keep:18:30} with {keep:Declan}.", "C: Cheers."),
    _dialogue("he29-booked-with", "he", K, "C: אפשר להזיז את הביקור של הכלבה?",
              "A: קבעתי ליום שלישי בתשע עם {keep:רוני}.",
              "C: תודה."),
    _dialogue("en29-ask-for", "en", K, "A: Bring the bike to the side door and ask for {keep:Morag}.", "C: Will do."),
    _dialogue("nl29-verb-first", "nl", K, "C: Wanneer hoor ik over de offerte?",
              "A: Morgen belt {keep:Femke} u daarover.",
              "C: Top."),
    _dialogue("nl29-from-place", "nl", K, "A: {keep:Joris} van de werkplaats in Deventer belt u vrijdag terug.",
              "C: Prima, dank u."),
    _dialogue("en29-tail-of-id", "en", CR,  # a tail is a piece of the ID ("split"): no check digit to pass
              "A: For security, the last four of your ID are {IL#crm+split:9974}, correct?", "C: That's right.",
              crm={"customer": {"first_name": "Dana", "last_name": "Levi", "id_number": "435409974"}},
              secret=("435409974",)),
    _dialogue("he29-tail-nigmar", "he", CR, "C: תחזרו אליי למספר שאצלכם", "A: זה שנגמר ב{PHONE:8840}?", "C: כן.",
              crm={"customer": {"first_name": "מאיה", "last_name": "כהן", "phone": "052-7718840"}},
              secret=("052-7718840",)),
    _dialogue("en29-what-is-it", "en", B, "C: The enrolment form says it still needs my date of birth?",
              "A: It does, what is it?", "C: {DOB:Fourth of May, seventy-nine}.", "A: Lovely, thanks."),
    _dialogue("he29-what-date", "he", B, "C: ביקשו ממני תאריך לידה לטופס ההרשמה", "A: בטח, מה התאריך?",
              "C: {DOB:תשעה באפריל שמונים ושש}.", "A: תודה."),
    _dialogue("nl29-first-digits", "nl", S, "C: Kan ik de reparatie met de kaart betalen?",
              "A: Zeker, geef eerst de eerste acht cijfers.", "C: {CARD:4161 4733}", "A: En de rest?",
              "C: {CARD:2155 2834}", "A: Gelukt."),
    _dialogue("en29-last-eight", "en", S, "A: First eight digits of the card for the term fee?", "C: {CARD:5311 7593}",
              "A: And the last eight?", "C: {CARD:2761 8991}. Expiry {keep:04/28}.", "A: All paid."),
    _dialogue("he29-vehashar", "he", S, "A: שמונה ספרות ראשונות של הכרטיס?", "C: {CARD:4903 2181}", "A: והשאר?",
              "C: {CARD:5606 2331}, תוקף {keep:10/27}.", "A: עבר."),
    _dialogue("en29-name-next", "en", CN, "C: The emergency contact for the trip is my brother. {NAME:Tobias Wren}.",
              "A: Thanks, {NAME:Tobias} is on the list."),
    _dialogue("nl29-short-first-name", "nl", CN, "C: Zet de cursus maar op naam van mijn man, {NAME:Al Brouwer}.",
              "A: Staat op naam van {NAME:Al Brouwer}."),
    _dialogue("fr29-dash-piece", "fr", S, "C: Nouveau cell pour les rappels : {PHONE:(514) 862}", "C: {PHONE:-3307}",
              "A: C'est noté."),
    _dialogue("nl29-street-then-house", "nl", AD, "C: Ons nieuwe adres is {ADDR:Oosterwal}", "C: {ADDR:7}, bij de brug",
              "A: Genoteerd, {ADDR:Oosterwal 7}."),
    _dialogue("fr29-expiration-spoken", "fr", S, "A: Les huit premiers chiffres de la carte pour l'inscription ?",
              "C: {CARD:4102 7616}", "A: Et la suite ?", "C: {CARD:1249 0652}, expiration {keep:zéro six, vingt-neuf}.",
              "A: C'est réglé."),
    _dialogue("fr29-place-named", "fr", K, "A: Le cours d'essai a lieu à la piscine {keep:Jean-Bouin}, samedi à 9 h.",
              "C: Parfait."),
    _dialogue("fr29-with-friend", "fr", CN, "C: Je viens avec mon amie {NAME:Solène} jeudi.",
              "A: Très bien, vous grimperez avec {NAME:Solène} à 19 h.", "C: Merci."),
]
