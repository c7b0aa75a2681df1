"""The eighth tuning batch: each class of held-out batch 5's leaks and changed look-alikes, in new sentences.

Written before the sixth round of conversation-aware redaction, after held-out batch 5 had been scored and
spent. Its leaks fell in these classes: a first name given alone, by the agent or the customer, as the owner of
a value ("het BSN van Fenna", "Oliver's BSN", "la fiche de Léo", "בכרטיס של עומר") or as a relative ("הבן שלי
איתי", "אמא של נועם וגאיה") or mid-sentence ("U mag Lisa vrijdag ophalen"); the first piece of a number split
over segments, left at the end of a turn after a word naming its kind ("ma carte : 5184 9712", "mon cell c'est le
438 921") or answering "the last four"; a complete IBAN that fails its check; the customer's street named
without its number or with an abbreviated street word ("ik woon aan de Koningin Julianalaan", "St.-Jacobsstraat");
and the end of a CRM identity number read back by the agent. Its changed look-alikes: a company location, an
IBAN or a service line given by the agent, pet microchip numbers, a booking number that passes the 11-check, and
times and durations taken for the customer's house number ("at 10:15" with the CRM street "15 Moor Lane", "de 8 h
à 18 h", "בדרך כלל תוך 30 יום"). Each class is here in the four languages where it fits, with the look-alikes
that must stay beside it. Tuning data: its figures flatter the redactor. See
``tests/redaction_conversations_tuning.py`` for the markup.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


EIGHTH: list[Dialogue] = [
    # -- a first name given alone, as the owner of a value, a relative, or mid-sentence --------------------------------
    _dialogue("nl8-name-owner", "nl", CN, "A: Mag ik het zorgpasnummer van {NAME:Mirthe}? Dat staat op haar pasje.",
              "C: Even zoeken", crm=_crm("Kees", "Brink", customer_id="ZP-11021", street="Dorpsweg 3")),
    _dialogue("en8-name-possessive", "en", CN, "A: I'll need {NAME:Tobias}'s date of birth for the booking.",
              "C: sure, one sec"),
    _dialogue("fr8-name-file", "fr", CN, "C: Vous pouvez ajouter mon numéro à la fiche de {NAME:Maëlys} ?",
              "A: C'est fait, la fiche de {NAME:Maëlys} est à jour depuis {keep:ce matin}."),
    _dialogue("he8-name-card", "he", CN, "A: עדכנתי את הפרטים בתיק של {NAME:יונתן}, הכול מסודר.", "C: תודה רבה"),
    _dialogue("he8-name-relative", "he", CN, "C: אני אבא של {NAME:תמר} ו{NAME:אלון}, הם חולים היום",
              "A: תודה על העדכון, החלמה מהירה!"),
    _dialogue("he8-name-my-son", "he", CN, "C: הכרטיס צריך להיות על שם הבת שלי {NAME:הדס}, היא תגיע לבד"),
    _dialogue("nl8-name-midsentence", "nl", CN, "A: Dan kan {NAME:Siebe} donderdag om {keep:15:00} worden opgehaald.",
              "C: Top"),
    _dialogue("en8-name-midsentence", "en", CN, "A: Great, so {NAME:Imogen} starts in the Acorn room on "
              "{keep:Monday}.", "C: lovely"),
    _dialogue("en8-ctl-pet-name", "en", K, "A: Is {keep:Biscuit} still on the {keep:Hollyplan Gold} cover?",
              "C: yes he is"),
    _dialogue("nl8-ctl-capital-words", "nl", K, "C: Ik heb de bank Mare besteld, maar Zitwerk zegt nu {keep:week 12}.",
              "A: Klopt, Eindhoven heeft een achterstand door de storm."),
    # -- the first piece of a split number, left at the end of a turn after a word naming its kind ---------------------
    _dialogue("fr8-split-card-first", "fr", S, "C: Voici ma carte pour l'acompte de {keep:450 €} : {CARD:4970 1012}",
              "C: {CARD:3456 7893} pardon c'est parti"),
    _dialogue("nl8-split-phone-first", "nl", S, "C: mijn nummer voor de herinnering is {PHONE:06 48}",
              "C: {PHONE:11 29 07}"),
    _dialogue("en8-split-phone-first", "en", S, "C: my mobile for the reminder texts is {PHONE:07911}",
              "C: {PHONE:123 456}"),
    _dialogue("he8-split-card-first", "he", S, "C: מספר הכרטיס לתשלום: {CARD:4580 1234}",
              "C: {CARD:5678 9015} סליחה נשלח"),
    _dialogue("nl8-split-iban-refund", "nl", S, "C: graag de borg terug op {IBAN:NL44 RABO 0123}",
              "C: {IBAN:4567 89} alvast bedankt"),
    _dialogue("fr8-split-phone-prompts", "fr", S, "A: Le numéro de cell que tu veux garder ?", "C: {PHONE:438}",
              "A: Oui ?", "C: {PHONE:555}", "A: Oui ?", "C: {PHONE:0142}"),
    _dialogue("en8-split-card-last-four", "en", S, "A: Could you read me the card number?",
              "C: {CARD:4111 1111 1111}", "A: And the last four?", "C: {CARD:1111}"),
    # -- a complete IBAN that fails its check --------------------------------------------------------------------------
    _dialogue("en8-trans-iban", "en", T, "C: refund to {IBAN:GB29 NWBK 6016 1313 9268 91} please",
              "A: That IBAN fails the check, could you look again?"),
    _dialogue("he8-trans-iban", "he", T, "C: ההחזר לחשבון {IBAN:IL62 0108 0000 0009 9999 991}",
              "A: החשבון לא תקין, אפשר לבדוק?"),
    # -- the customer's street named without its number, an abbreviated street word -----------------------------------
    _dialogue("nl8-crm-street-alone", "nl", AD, "C: ik woon aan de {ADDR:Prins Hendrikkade}, kan de les daar beginnen?",
              crm=_crm("Tim", "Veld", customer_id="RG-3301", street="Prins Hendrikkade 88")),
    _dialogue("en8-crm-street-after-number", "en", AD, "A: And the new address?", "C: {ADDR:Forty-two}",
              "A: Yes?", "C: {ADDR:Marchmont Road}",
              crm=_crm("Isla", "Reid", customer_id="CP-551203", street="42 Marchmont Road")),
    _dialogue("nl8-street-abbrev", "nl", AD, "C: het pakket moest naar {ADDR:St.-Annastraat 7 bis}",
              crm=_crm("Joep", "Maas", customer_id="PP-32122", street="Sint Annastraat 7-bis")),
    _dialogue("he8-agent-crm-street", "he", CR, "A: השליח מגיע אליך, {ADDR:הנביאים 40}, נכון?", "C: כן",
              crm=_crm("רון", "אדלר", customer_id="HY-8812", street="רחוב הנביאים 40")),
    _dialogue("en8-crm-id-tail", "en", CR, "A: I have an ID number ending in {IL:562} on file.", "C: that's right",
              crm=_crm("Dov", "Katz", customer_id="CP-88120", id_number="204813562")),
    # -- look-alikes: company locations, IBANs and lines, microchips, bookings, times ----------------------------------
    _dialogue("nl8-ctl-agent-location", "nl", K, "C: waar kan ik de sleutel ophalen?",
              "A: Bij onze balie, {keep:Stationsplein 21}, vanaf {keep:9u}.",
              crm=_crm("Jan", "Peeters", customer_id="KOT-9001", street="Naamsestraat 12")),
    _dialogue("en8-ctl-agent-branch", "en", K, "A: Our {keep:Harbour Road 5} branch has a slot on {keep:Friday}.",
              crm=_crm("Amy", "Hall", customer_id="HB-30001", street="9 Ash Grove")),
    _dialogue("he8-ctl-agent-warehouse", "he", K, "A: אפשר לאסוף מהסניף ב{keep:החרש 6}, א'-ה'.",
              crm=_crm("שי", "לוי", customer_id="RH-9001", street="רחוב הגפן 3")),
    _dialogue("fr8-ctl-microchip", "fr", K, "C: La puce de mon chat c'est {keep:250269604123453}, il est inscrit ?"),
    _dialogue("en8-ctl-microchip", "en", K, "C: microchip number {keep:376098100455120} for Rusty please check"),
    _dialogue("nl8-ctl-company-iban", "nl", K, "A: Maak {keep:€120} over naar {keep:BE71 0961 2345 6769} met "
              "mededeling {keep:+++090/9337/55493+++}."),
    _dialogue("fr8-ctl-company-iban", "fr", K, "A: Le solde peut être viré sur {keep:FR14 2004 1010 0505 0001 3M02 606}"
              ", référence {keep:CMD-1182}."),
    _dialogue("en8-ctl-booking-check", "en", K, "C: my booking {keep:123456782} hasn't arrived"),
    _dialogue("fr8-ctl-service-line", "fr", K, "A: Pour l'attestation, appelez le {keep:022 310 55 00} en semaine."),
    _dialogue("en8-ctl-time-house-number", "en", K, "A: We can see you at {keep:11:12 tomorrow}.",
              crm=_crm("Zoe", "Price", customer_id="HB-30911", street="12 Kiln Lane")),
    _dialogue("fr8-ctl-hours-house-number", "fr", K, "A: L'agence est ouverte {keep:de 9 h à 17 h}.",
              crm=_crm("Paul", "Roux", customer_id="CN-55021", street="9 rue Victor Hugo")),
    _dialogue("he8-ctl-duration", "he", K, "A: ההחזר מגיע בדרך כלל {keep:תוך 14 יום}.",
              crm=_crm("גיל", "מור", customer_id="RH-9330", street="רחוב הזית 14")),
    _dialogue("nl8-ctl-duration-house-number", "nl", K, "A: De behandeling duurt {keep:20 minuten}.",
              crm=_crm("Ruud", "Smit", customer_id="KW-1330", street="Kerkweg 20")),
]
