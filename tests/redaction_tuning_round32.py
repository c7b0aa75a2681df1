"""The thirty-fourth tuning batch: the piece of an IBAN a customer sends too early, with why after it ("oeps te vroeg
verstuurd", "sorry, pressed enter"), and the agent's prompt that only says they wait for the rest ("Geen probleem, ik
wacht even. De rest?", "No rush, take your time. The rest?", "אין בעיה, אני מחכה. השאר?"); a phone line named by
its country ("my israeli number is", "mijn Israëlische nummer is"), which no ID word makes an ID; the ID a form or a
referral needs ("And the ID for the claim form?"), asked as "your ID" is; a date of birth in words whose day is also
an everyday word ("le onze mars", "le sept juin"); a relation set apart from its name by commas and said as whose it
is or where from ("A colleague of mine, ...,", "Une amie à moi, ...,", "Een collega van mij, ...,", "חברה
מהעבודה, ...,", "שכן מהבניין, ...,"); and a Hebrew doctor, professor or lawyer named by title and surname ("ד\"ר
...", "עו\"ד ...").

Written in the thirty-second round of conversation-aware redaction, after held-out batch 31 (an optician chain) had
been scored and spent, in sectors no batch had used (an upholsterer, a glassblowing studio, a taxidermist). Batch 31
leaked at an IBAN's middle piece sent early with "oeps te vroeg op enter" and its last piece after "Geen probleem, ik
wacht even. De rest?"; at a phone given as "my israeli number is 054-73", which the word for the country made an ID,
and its rest after "sorry app cut me off"; at an Israeli ID in two pieces after "And the ID for the Clalit
referral?", which asked for nothing; at "le onze avril deux mille douze", where "onze" stayed the Dutch "our"; and at
a colleague named in apposition ("עמית לעבודה, שחר,"). Batch 30 had shown the same apposition ("A colleague of mine,
Dan Whitaker,", "חבר מהעבודה, אלדד כץ,"), the same date and a doctor by title ("ד\"ר גרינברג"). What both batches
also showed and this round leaves: a street said without its number before the agent asks for it ("Ik woon nu aan
de ...", "עברתי דירה, רחוב ...", "The Maltings, Bray Road" after "Apartment 9"), a first name starting the sentence
after "my wife" or "mijn collega" ("Grace has the same ...", "Dewi heeft er een"), an Eircode in words, a BSN read
back with two digits swapped, a house number said before anyone asks ("112" opening the chat), the company's
optometrist the customer books with ("een meting bij Koen") and a product's second word taken for a name ("Kids
Flex"). Batch 31 before and after this round: IBAN 0.935 -> 1.00, IL_ID 0.895 -> 1.00, PHONE 0.981 -> 1.00,
DATE_OF_BIRTH 0.950 -> 1.00, NAME 0.968 -> 0.979, the rest and its look-alikes (3 of 295 changed) as they were;
batch 30: DATE_OF_BIRTH 0.938 -> 1.00, NAME 0.926 -> 0.971; batches 1-29 unchanged.

Before this round, on these 19 dialogues (33 gold spans, 26 look-alikes): IBAN 0.33 (15), PHONE 0.00 (4), IL_ID
0.00 (4), DATE_OF_BIRTH 0.00 (3), NAME 0.00 (7); no spurious finding, no look-alike changed. After: every kind 1.00,
no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import CN, SP, Dialogue, S
from redaction_dialogues import dialogue as _dialogue

THIRTY_FOURTH: list[Dialogue] = [
    # an IBAN's piece sent too early, and the agent who only waits for the rest
    _dialogue("nl34-te-vroeg", "nl", S, "C: de aanbetaling voor de stoffering graag terug op {IBAN:NL48 RABO}",
              "C: {IBAN:0312 48} oeps te vroeg verstuurd", "A: Geen probleem, ik wacht even. De rest?",
              "C: {IBAN:85 71}", "A: Dank u, de {keep:€ 150} staat {keep:vrijdag} op uw rekening."),
    _dialogue("en34-take-your-time", "en", S, "A: Which account should the refund for the vase go to?",
              "C: {IBAN:GB29 NWBK}", "C: {IBAN:6016 13} sorry, pressed enter", "A: No rush, take your time. The rest?",
              "C: {IBAN:3192 6819}", "A: Lovely, {keep:£85} goes back on {keep:Monday}."),
    _dialogue("fr34-j-attends", "fr", S, "A: Pour le remboursement de l'acompte, votre IBAN ?", "C: {IBAN:FR76 3000}",
              "C: {IBAN:6000 0112 3456 7890} oups trop tôt", "A: Pas de souci, j'attends. La suite ?",
              "C: {IBAN:189}", "A: Merci, les {keep:60 €} partent {keep:mardi}."),
    _dialogue("he34-mehake", "he", S, "A: לאיזה חשבון להחזיר את המקדמה?", "C: {IBAN:IL62 0108}",
              "C: {IBAN:0000 0009 9999} סליחה, נשלח מוקדם מדי", "A: אין בעיה, אני מחכה. השאר?", "C: {IBAN:999}",
              "A: תודה, {keep:200 ₪} יחזרו עד {keep:יום חמישי}."),
    _dialogue("nl34-neem-de-tijd", "nl", S, "A: Op welke rekening mogen we de borg terugstorten?",
              "C: {IBAN:NL91 ABNA}", "C: {IBAN:0417 16} sorry, de app hing", "A: Neem gerust de tijd. En verder?",
              "C: {IBAN:4300}", "A: Genoteerd, {keep:€ 75} binnen {keep:vijf werkdagen}."),
    # a phone line named by its country
    _dialogue("en34-israeli-number", "en", S, "C: my israeli number is {PHONE:052 123}",
              "C: {PHONE:4567} sorry the signal dropped", "A: Got it, we'll text when the owl is ready, about "
              "{keep:six weeks}."),
    _dialogue("nl34-israelisch-nummer", "nl", S, "C: Mijn Israëlische nummer is {PHONE:054 12}",
              "C: {PHONE:34 567} oeps, te vroeg", "A: Dank u, we bellen als de bank klaar is, rond {keep:15 mei}."),
    # the ID a form or a referral needs
    _dialogue("en34-id-for-claim", "en", S, "C: The insurer wants the ID on the claim for the broken glass.",
              "A: And the ID for the claim form?", "C: {IL:2317}", "C: {IL:40705}",
              "A: Thanks, claim {keep:CLM-20417} is updated."),
    _dialogue("fr34-identite-dossier", "fr", S, "A: Et l'identité pour le dossier de l'assurance ?",
              "C: {IL:1234}", "C: {IL:56782}", "A: Merci, c'est noté pour le {keep:12 juin}."),
    # a date of birth in words whose day is also an everyday word
    _dialogue("fr34-onze-mars", "fr", SP, "A: Pour l'atelier enfant, la date de naissance de votre fils ?",
              "C: le {DOB:onze mars deux mille quinze}", "A: Merci, l'atelier est le {keep:samedi 4 octobre}."),
    _dialogue("fr34-sept-juin", "fr", SP, "A: Votre date de naissance, pour la carte de fidélité ?",
              "C: le {DOB:sept juin mille neuf cent quatre-vingt-deux}", "A: Parfait, {keep:10 %} sur le rembourrage."),
    _dialogue("nl34-onze-januari", "nl", SP, "A: Wat is de geboortedatum voor de cursus?",
              "C: {DOB:onze januari tweeduizend negen}, hij is de jongste", "A: Prima, de cursus begint "
              "{keep:zaterdag}."),
    # a relation set apart from its name, said as whose it is or where from
    _dialogue("en34-colleague-of-mine", "en", CN, "C: A colleague of mine, {NAME:Jack Ashdown}, said you do "
              "stuffed pheasants.",
              "A: We do, from {keep:£240}.", "C: Lovely, I'll bring one on {keep:Saturday}."),
    _dialogue("fr34-amie-a-moi", "fr", CN, "C: Une amie à moi, {NAME:Rose Marchal}, m'a conseillé votre atelier.",
              "A: Avec plaisir, le stage de soufflage est à {keep:95 €}."),
    _dialogue("nl34-collega-van-mij", "nl", CN, "C: Een collega van mij, {NAME:Roos Hoekstra}, liet zijn fauteuil bij "
              "jullie bekleden.", "A: Dat kan, een fauteuil is {keep:€ 420} en duurt {keep:drie weken}."),
    _dialogue("he34-haver-mehaavoda", "he", CN, "C: חברה מהעבודה, {NAME:מיכל}, אמרה שאתם מרפדים כיסאות.",
              "A: נכון, כיסא אוכל ב-{keep:180 ₪}."),
    _dialogue("he34-shachen", "he", CN, "C: שכן מהבניין, {NAME:אבי}, המליץ על הסדנה.",
              "A: יופי, הסדנה ביום {keep:שישי}."),
    # a Hebrew doctor or lawyer by title and surname
    _dialogue("he34-doctor", "he", CN, "A: מי המליץ לך עלינו?", "C: ד\"ר {NAME:ליבוביץ} מהמרפאה.",
              "A: תודה, נקבע ל{keep:יום שני}."),
    _dialogue("he34-lawyer", "he", CN, "C: עו\"ד {NAME:שפירא} ביקש הצעת מחיר לריפוד המשרד.",
              "A: בשמחה, אשלח עד {keep:מחר}."),
]
