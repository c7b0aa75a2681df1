"""The fortieth tuning batch: the company's own name set apart after the agent's opening greeting, before the
agent's own name ("Goedemiddag, <firm>, u spreekt met ...", "Hello, <firm>, ... speaking", "Bonjour, <firm>, ... à
l'appareil", "שלום, <firm>, מדברת ..."), and as the payee of the agent's payment instruction ("betalen op ... t.n.v.
<firm>"); a first name joined by "or"/"and" to one the call already knows as the company's ("vraag naar ... of ...",
"ask for ... or ...", "... או ..."); a first name the customer marks as the company's ("... van jullie", "... from
your team", "... de chez vous", "... שלכם"), asks the agent to pass a word or a request to ("zeg even tegen ... dat",
"ask ... to ring me", "dites à ... que"), or calls back or wants on the line again ("bel ik ... morgen terug", "ring
... back", "je rappellerai ...", "krijg ik ... weer aan de lijn?"); a Hebrew customer's name that is a noun too,
after a verbal noun in construct ("הרכבת מיכל", fitting a tank). Controls: the customer's own people named with a
relation in the same turn ("my wife ... tell ... to ring me") and a greeting to a known first name stay hidden.

Written in the thirty-eighth round of conversation-aware redaction, after held-out batch 37 (a plumbing and drain
company) had been scored and spent, in sectors no batch had used as its company (an aquarium-care service, a chimney
sweep, a beekeepers' supplier). Batch 37 changed 40 of 263 look-alikes, far more than any batch before. One cause
ran through most of them: the batch names the company's own staff by first name alone in plain sentences, with none
of the cues ("monteur ...", "u spreekt met ...", "who is coming?") the redactor read staff by, and any capitalised
known first name with no cue is hidden. 27 of the 40 were such staff mentions; six more were the company's
name in the opening greeting or as the payee of its own account, two a Hebrew customer's name that is a word (a
boiler) in a price, two phone-shaped references, two company depot addresses and one product name.

Fixed, for the general case: the cues above. Left, because no cue in the words tells the company's person from the
customer's, and hiding a relative's name is the safe default: a staff first name alone as a subject or an object in
the customer's turn with no cue ("Ilse said it was fine", "let Bas in", "my regards to Ilse"), the customer's "Thanks,
..." with a comma (a chat may sign it), the agent's "according to ...", "I'll send ...", "it comes from ...", "call
... on <line>"; the agent greeting with the customer's own first name and the firm, which an earlier round reads as
greeting the customer; a product named with a brand and a model word; a reference shaped like a mobile number that
the agent says is no phone, and a company line the customer texts to; depot addresses the customer calls "ours".

Annotations in batch 37: no `keep` entry breaks a README rule outright, so none is listed as mistaken. Doubtful, and
left as written: two depot addresses the customer (not the agent) names as "our" depot or warehouse where they work,
which the README's keep examples ("a shop's address given by the agent") do not cover and its workplace rule ("a
workplace the customer wants served is ADDRESS") does not reach; a staff first name that is also the customer's own
first name in the CRM, kept by the batch's staff rule.

Batch 37 before and after this round: look-alikes changed 40 of 263 -> 25 of 263, every kind's recall as it was
(NAME 1.00, ADDRESS 0.907, IBAN 0.933, POSTCODE 0.950, the rest 1.00).
"""

from __future__ import annotations

from redaction_dialogues import CN, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

FORTIETH: list[Dialogue] = [
    # the company's name set apart after the opening greeting, the agent's own name after it
    _dialogue("nl40-firma-begroet", "nl", K,
              "A: Goedemiddag, {keep:Vinkora Aquariumzorg}, u spreekt met {keep:Bas}. Waarmee kan ik helpen?",
              "C: De pomp van mijn zeewaterbak maakt lawaai."),
    _dialogue("en40-firm-greeted", "en", K, "A: Hello, {keep:Flueworth}, {keep:Hannah} speaking.",
              "C: Hi, the wood burner smokes back into the room."),
    _dialogue("fr40-firme-saluee", "fr", K, "A: Bonjour, {keep:Apivera Ruchers}, {keep:Mathis} à l'appareil.",
              "C: Bonjour, je voudrais deux hausses pour mes ruches."),
    _dialogue("he40-hevra-beyrkha", "he", K, "A: שלום, {keep:אפיברה כוורות}, מדברת {keep:דנה}.",
              "C: שלום, אני צריך מסגרות לכוורת."),
    # the payee of the agent's own payment instruction
    _dialogue("nl40-betalen-tnv", "nl", K, "C: Hoe betaal ik de onderhoudsbeurt?",
              "A: U kunt {keep:€85} betalen op {keep:NL97 TRIO 1207 8505 37} t.n.v. {keep:Vinkora Aquariumzorg}."),
    # a first name joined by "or" to the company's person
    _dialogue("nl40-bas-of-ilse", "nl", K, "A: Bij vragen: bel {keep:088 204 17 60} en vraag naar {keep:Bas} "
              "of {keep:Ilse}.", "C: Goed, dank u."),
    _dialogue("en40-hannah-or-sophie", "en", K, "A: For the cowl, ask for {keep:Hannah} or {keep:Sophie} at the yard.",
              "C: Thanks."),
    # the customer marking a first name as the company's, or asking the agent to pass a word on
    _dialogue("nl40-van-jullie", "nl", K, "A: De waterwaarden zijn goed.",
              "C: Mooi, wil {keep:Ilse} van jullie de uitslag nog mailen?"),
    _dialogue("en40-from-your-team", "en", K, "A: The flue passed the smoke test.",
              "C: Great. Could {keep:Sophie} from your team email me the certificate?"),
    _dialogue("fr40-demandez-a", "fr", K, "A: La commande part lundi.",
              "C: Parfait. Dites à {keep:Inès} que les ruches sont au fond du jardin."),
    _dialogue("he40-shelakhem", "he", K, "A: המסגרות יישלחו ביום {keep:שני}.",
              "C: מצוין, {keep:רותם} שלכם תחזור אליי?"),
    _dialogue("nl40-zeg-tegen", "nl", K, "A: De monteur komt om {keep:10:00}.",
              "C: Zeg even tegen {keep:Ilse} dat het hek open is."),
    # the company's person called back, or wanted on the line again
    _dialogue("nl40-terugbellen", "nl", K, "A: Ik heb de offerte nog niet.",
              "C: Dan zoek ik het op en bel ik {keep:Ilse} morgen terug."),
    _dialogue("nl40-weer-krijgen", "nl", K, "A: Het filter is besteld.",
              "C: Krijg ik volgende week {keep:Ilse} weer aan de lijn?"),
    _dialogue("en40-call-back", "en", K, "A: The quote isn't ready yet.",
              "C: Fine, I'll ring {keep:Sophie} back tomorrow."),
    _dialogue("fr40-je-rappelle", "fr", K, "A: Le devis n'est pas prêt.", "C: Bon, je rappellerai {keep:Inès}."),
    # a Hebrew customer's name that is a noun too, after a verbal noun in construct
    _dialogue("he40-harkavat-meikhal", "he", K, "A: הרכבת {keep:מיכל} סינון לאקווריום עולה {keep:600 ₪}.",
              "C: בסדר, תודה.", crm={"customer": {"first_name": "מיכל", "last_name": "ברזני"}}),
    # controls: the customer's own people, and a greeting to a known first name, stay hidden
    _dialogue("en40-control-kin", "en", CN, "A: Who will be home?",
              "C: My wife {NAME:Petra} and {NAME:Joss}. Tell {NAME:Petra} to ring me when you arrive."),
    _dialogue("nl40-control-gegroet", "nl", CN, "A: Goedemiddag, {NAME:Petra}, u spreekt met {keep:Bas}.",
              "C: Ja, hallo."),
]
