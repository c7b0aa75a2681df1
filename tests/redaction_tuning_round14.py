"""The sixteenth tuning batch: first names said with no cue, Hebrew callers giving a first name and a surname,
values the customer offers before the agent says yes, prompts for the digits still missing, a street named alone,
a British mobile a digit short, a number "that starts with", and the company's own e-mail and shop in the agent's
turn.

Written before the fourteenth round of conversation-aware redaction, after held-out batch 13 had been scored and
spent, in sectors no batch had used (a piano tuner, a bakery's catering, a climbing gym, a boat-engine repairer).
Batch 13's values leaked where a first name came with no cue at all: as the subject of a sentence ("Klopt, X
heeft dat geregeld"), after a preposition or a verb ("bought it off X", "qui vient chercher X"), set apart after a
role no list holds ("onze kookouder, X Y") or before "my brother"; where the customer offered a value ("Vous avez
besoin de sa date de naissance ?") and the agent only said yes; where the agent asked for "two more digits" or
said "no problem, the rest?"; where a street came alone after "het is de"; where a British mobile a digit short
followed "reach me on"; and where a number "begins with" its first digits after its kind was named. The agent's
turn gave the company's own e-mail address and its shop's street, which were taken for the customer's. These
dialogues say the same things in other words, beside look-alikes a list of first names could swallow: a product,
a room and a model named after a person, a business and a street with a first name in them, the everyday words
that are also names, and Hebrew words that are names too ("איתי" "with me", "מיכל" "a tank").

Before that round, on these 24 dialogues (26 gold spans, 19 look-alikes): NAME 0.17 (12), DATE_OF_BIRTH 0.00
(1), IL_ID 0.00 (2), BSN 0.00 (2), IBAN 0.50 (2), PHONE 0.33 (3), ADDRESS 0.50 (2), EMAIL 1.00 (2); spurious
findings 2, look-alikes changed 2 of 19 (the company's e-mail address and the shop's street). After: every kind
1.00, spurious findings 0 of 26, look-alikes changed 0 of 19.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTEENTH: list[Dialogue] = [
    # -- first names with no cue: a sentence's subject, after a preposition or a verb, set apart --------------------
    _dialogue("nl16-subject", "nl", CN, "A: Wie heeft de stemming van de vleugel aangevraagd?",
              "C: Dat weet ik niet precies. {NAME:Femke} regelt dat soort dingen meestal, zij is er {keep:donderdag}."),
    _dialogue("nl16-apposed", "nl", CN, "C: Het contact voor de catering wordt onze nieuwe kassierster, "
              "{NAME:Jolien Verhaegen}. Zij betaalt ook de {keep:€240}."),
    _dialogue("en16-after-verb", "en", CN, "C: I think my lad booked the session. Could you ask {NAME:Callum} "
              "when he comes in on {keep:Saturday}?", "A: Will do, the wall opens at {keep:9}."),
    _dialogue("en16-brother", "en", CN, "A: Who's collecting the outboard?",
              "C: That'll be {NAME:Declan}, my brother-in-law. He's got the trailer."),
    _dialogue("fr16-verb", "fr", CN, "A: C'est bien {NAME:Mathilde} qui passe récupérer le gâteau ?",
              "C: Non, c'est {NAME:Bastien}, son frère. Il arrive vers {keep:16 h}."),
    _dialogue("fr16-list", "fr", CN, "C: Pour la fête, les moniteurs seront {NAME:Yanis} et {NAME:Océane}, "
              "comme l'an passé.", "A: Parfait, la salle est réservée pour {keep:12 enfants}."),
    _dialogue("he16-self", "he", CN, "C: שלום, אני {NAME:רונית אלמוג}, רציתי לשאול על כיוון הפסנתר."),
    _dialogue("he16-apposed", "he", CN, "A: מי יאסוף את ההזמנה?", "C: הגיסה שלי, {NAME:אורית שמעוני}. היא תגיע "
              "ב-{keep:10:00}."),
    # -- the customer offers the value, the agent says yes ---------------------------------------------------------
    _dialogue("fr16-offered-dob", "fr", B, "C: Vous voulez l'âge de ma fille pour le groupe ? Je vous donne sa "
              "date de naissance ?", "A: Oui, s'il vous plaît.", "C: Le {DOB:2 mars 2015}."),
    _dialogue("en16-offered-id", "en", S, "C: Do you need my teudat zehut number for the insurance form?",
              "A: Yes please, go ahead.", "C: {IL:0381}", "C: {IL:40661}"),
    # -- prompts for what is missing -------------------------------------------------------------------------------
    _dialogue("nl16-two-more", "nl", S, "A: Op welk rekeningnummer wilt u de aanbetaling terug?",
              "C: {IBAN:NL02 ABNA 0123}", "A: Nog twee groepjes, volgens mij?", "C: {IBAN:4567 89}, dat is hem."),
    _dialogue("fr16-no-problem", "fr", S, "A: Un numéro de cellulaire pour vous texter le jour même ?",
              "C: {PHONE:514 55}", "A: Aucun problème, la suite ?", "C: {PHONE:5 0193}"),
    # -- a street named alone after the agent asked for the address ------------------------------------------------
    _dialogue("nl16-street-alone", "nl", AD, "A: Naar welk adres moet de monteur komen?",
              "C: Dat is de {ADDR:Havenkade}", "C: nummer {ADDR:7}, bij de blauwe loods."),
    # -- a British mobile a digit short, given as one's own --------------------------------------------------------
    _dialogue("en16-short-mobile", "en", SP, "C: the engineer can reach me on {PHONE:07911 12345} tomorrow",
              "A: That seems a digit short, could you check it?"),
    # -- a number that "starts with", after its kind was named -----------------------------------------------------
    _dialogue("nl16-starts-with", "nl", S, "C: Voor de vergunning is het BSN van mijn man nodig. Het begint met "
              "{BSN:1112}", "A: Ja, ik luister.", "C: {BSN:22333}, zegt hij."),
    # -- look-alikes: things, rooms, models, businesses and streets named after people; everyday words ------------
    _dialogue("nl16-model", "nl", K, "C: Ik wil de piano {keep:Yamaha Sophie} laten stemmen, en de kruk "
              "{keep:Emma 2} erbij.", "A: Dat kan {keep:maandag}."),
    _dialogue("fr16-room", "fr", K, "A: Le cours a lieu {keep:salle Marie Curie}, au premier.",
              "C: Et le parking ?", "A: Il est derrière {keep:le café Chez Louis}."),
    _dialogue("en16-shop-street", "en", K, "A: You can collect it from our workshop on {keep:Victoria Street}, "
              "next to {keep:Albert Heijn}.", "C: Great, Thursday then."),
    _dialogue("nl16-everyday", "nl", K, "C: {keep:Dan} bel ik morgen terug. Mark het maar als spoed.",
              "A: Prima, ik noteer het."),
    _dialogue("he16-everyday", "he", K, "C: {keep:מיכל} המים במכונה נסדק, ואין {keep:איתי} את החשבונית."),
    # -- the company's own e-mail address and shop in the agent's turn ---------------------------------------------
    _dialogue("nl16-company-mail", "nl", K, "A: Stuur de foto's naar {keep:werkplaats@botenhuis.nl}. En op welk "
              "mailadres wilt u de offerte?", "C: {EMAIL:k.dijkstra@ziggo.nl} graag."),
    _dialogue("en16-shop-question", "en", K, "A: Shall we deliver, or will you pick it up at the shop on "
              "{keep:12 Mill Road}?", "C: I'll pick it up."),
    _dialogue("en16-customer-mail", "en", K, "A: I'll send the invoice to {EMAIL:sam.okoro@gmail.com}, is that "
              "still right?", "C: Yes."),
    # -- a name that came with the CRM, said in full with a nickname --------------------------------------------------
    _dialogue("fr16-nickname", "fr", CR, "C: Allô, c'est {NAME:Fred Lapointe} pour la réservation du groupe.",
              "A: Salut {NAME:Fred} !", crm={"customer": {"first_name": "Frédéric", "last_name": "Lapointe"}}),
]
