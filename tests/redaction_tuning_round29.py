"""The thirty-first tuning batch: a house number corrected after the town was said ("... in Zwolle, eh nee, 41") or
after a hesitation ("euh non", "uh no"); a number that passes an ID check but is a payment reference by its word
("betalingsreferentie", "betaalkenmerk") or read off the company's invoice ("on my invoice", "sur la facture",
"בחשבונית"); the agent's own first name in the opening greeting with the company's after it ("Bonjour, X de Y.",
"Hello, X from Y.", "Goedemiddag, X van Y.", "שלום, X מY."); a Hebrew name spelled with its geresh ("ג'-ו-ר-ג'",
"ח-'-ו-ר-י"); a phone with a digit missing, given for "the number to arrange the visit"; an address answered with a
street no type word marks and its flat after it; an Israeli first name written in Latin script with no cue; a flat
ending the segment where something is to go, its building in the next; the company's fitter named with a hedge or a
title between the work and the name ("was it", "je crois, monsieur", "נדמה לי שקוראים לו"); a Hebrew business named
after a person ("במספרת X"), and a Hebrew word with its article that a customer's name also is.

Written before the twenty-ninth round of conversation-aware redaction, after held-out batch 28 had been scored and
spent, in sectors no batch had used (a piano tuner, a kitchen-worktop fitter, a stair-lift servicer, a bicycle
courier). Batch 28's values leaked at a corrected house number after the town and "euh non", a spelled Hebrew surname
with its geresh, a nine-digit mobile after "the number for arranging the fitting", a transliterated Hebrew street
answered with its flat, a transliterated Israeli first name, and a flat ending a segment; its look-alikes were
changed at payment references that pass an ID check and at the agent's greeting "X de <company>". Spent batches 15
and 18 changed look-alikes at fitters named after a hedge or a title, a Hebrew laundry named after a neighbour and
a chess queen whose word a grandmother's name also is. These dialogues say the same things in other words.

Before that round, on these 26 dialogues (24 gold spans, 17 look-alikes): PHONE 0.00 (2), NAME 0.56 (9), ADDRESS
0.54 (13); spurious findings 16 of 29, look-alikes changed 15 of 17. After: every kind 1.00, no spurious finding,
no look-alike changed. The agent's "תודה, עודכן." ("thanks, updated") was taken for a thanked name while these were
written; Hebrew passive confirmations are no name since. With Israeli first names known in Latin script, a
fitter named after "crew lead" or "site manager" had to be known as the company's too.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, T
from redaction_dialogues import dialogue as _dialogue

_PIANO = {"customer": {"first_name": "Sophie", "last_name": "Marchetti"}}

THIRTY_FIRST: list[Dialogue] = [
    _dialogue("nl31-town-correction", "nl", AD,
              "C: De stemmer moet naar {ADDR:Dorpsstraat 14} in Zwolle, eh nee, {ADDR:41}.",
              "A: Genoteerd, {ADDR:Dorpsstraat 41}."),
    _dialogue("fr31-euh-non", "fr", AD,
              "C: C'est au {ADDR:6 rue des Tilleuls} à Mâcon, euh non, {ADDR:16}, le 6 c'est l'école.",
              "A: Très bien, {ADDR:16 rue des Tilleuls}."),
    _dialogue("en31-town-correction", "en", AD,
              "C: It's {ADDR:31 Mill Lane} in Ripon, uh no, {ADDR:13}.", "A: Got it."),
    _dialogue("he31-town-correction", "he", AD,
              "C: {ADDR:רחוב התמר 15} בעפולה, לא סליחה, {ADDR:51}", "A: תודה, עודכן."),
    _dialogue("nl31-payment-reference", "nl", K, "C: Is de betalingsreferentie {keep:577496517} voor het werkblad?",
              "A: Ja, dat is uw betaalkenmerk."),
    _dialogue("en31-on-invoice", "en", K, "C: What is {keep:905829834} on my invoice?",
              "A: That's the payment reference for the stair lift service."),
    _dialogue("fr31-sur-facture", "fr", K, "C: C'est quoi {keep:541044277} sur la facture ?",
              "A: C'est la référence de paiement de l'accordage."),
    _dialogue("he31-invoice", "he", K, "C: מה זה {keep:692820244} בחשבונית?", "A: זו אסמכתת התשלום שלך."),
    _dialogue("fr31-greeting-de", "fr", K,
              "A: Bonjour, {keep:Antoine} de Pianova. L'accordeur passe mardi.", "C: Merci.",
              crm=_PIANO),
    _dialogue("en31-greeting-from", "en", K, "A: Hello, {keep:Gareth} from Stairwise. Your service is due.",
              "C: Thanks.", crm=_PIANO),
    _dialogue("nl31-greeting-van", "nl", K, "A: Goedemiddag, {keep:Femke} van Bladwerk. Het werkblad is klaar.",
              "C: Fijn.", crm=_PIANO),
    _dialogue("he31-greeting", "he", K, "A: שלום, {keep:ליאת} מפסנתרן. המכוון יגיע ביום שני.", "C: תודה.", crm=_PIANO),
    _dialogue("he31-spelled-geresh", "he", CN, "C: אני {NAME:ג'ורג' סעיד}, {NAME:ג'-ו-ר-ג'}", "A: תודה {NAME:ג'ורג'}."),
    _dialogue("he31-spelled-geresh-apart", "he", CN, "C: שמי {NAME:נג'לא עודה}, {NAME:נ-ג-'-ל-א}", "A: תודה."),
    _dialogue("he31-arrange-number", "he", T, "A: מה המספר לתיאום הביקור?", "C: {PHONE:054-391726}",
              "A: חסרה ספרה, אפשר לבדוק?"),
    _dialogue("en31-arrange-number", "en", T,
              "A: What's the number to arrange the fitting on?", "C: {PHONE:07912 48136}",
              "A: That's one digit short, could you check?"),
    _dialogue("en31-flat-answer", "en", AD, "A: What's the address?", "C: {ADDR:Allenby 52, apartment 3}",
              "A: Thanks, the courier will come at {keep:11:00}."),
    _dialogue("en31-israeli-name", "en", CN, "C: The piano is at my sister's, {NAME:Itamar} will open the door.",
              "A: Fine, Tuesday morning."),
    _dialogue("en31-site-manager", "en", K, "C: Who is in charge of the worktop job?",
              "A: The fitting is on Monday, site manager {keep:Yoni}.", "C: Thanks."),
    _dialogue("fr31-israeli-name", "fr", CN, "C: Le livreur peut passer demain, {NAME:Yael} sera là.", "A: Parfait."),
    _dialogue("en31-flat-announced", "en", AD, "C: we're moving, the lift needs to go to {ADDR:Flat 7}",
              "A: And the building?", "C: {ADDR:Anchor House, Quay Street}", "A: Noted."),
    _dialogue("en31-staff-hedged", "en", K, "C: The fitter last month, was it {keep:Gary}? He left a drill here.",
              "A: Yes, I'll ask {keep:Gary} to collect it."),
    _dialogue("fr31-staff-title", "fr", K, "C: Votre technicien, monsieur {keep:Lebrun} je crois, n'est pas venu.",
              "A: Je suis désolé, je reprogramme."),
    _dialogue("he31-staff-hedged", "he", K, "C: הטכנאי שהיה פה, נדמה לי שקוראים לו {keep:עמרי}, שכח מברג.",
              "A: אעדכן את {keep:עמרי}."),
    _dialogue("he31-business", "he", CN, "C: השכנה שלי {NAME:רינה} המליצה עליכם.",
              "A: יפה! ליד {keep:מספרת רינה} יש לנו נקודת איסוף."),
    _dialogue("he31-article", "he", CN, "C: סבתא שלי {NAME:שושנה} רוצה מעלון.",
              "A: בסדר. היא תוכל לשבת ליד {keep:השושנה} בגינה בזמן ההתקנה."),
]
