"""The sixth tuning batch: each class of held-out batch 3's leaks and changed look-alikes, in new sentences.

Written before the fourth round of conversation-aware redaction, after held-out batch 3 had been scored and
spent. Its changed look-alikes fell in five classes: the company's own IBAN in a payment instruction that names
no payee ("overschrijven naar BE.. met mededeling +++...+++"), a partner's, dealer's or returns address the
agent gives, the company's service line, a contract, policy or loan number that passes a checksum in the agent's
turn, and a time after a phone. Its leaks: checksum-failing IBANs, BSNs and Israeli IDs the customer gave with
nothing naming them, a phone a digit short, a spoken or spelled postcode and its read-back, an address split over
turns or a house number corrected on its own, spelled names, and a name given in answer to "how is he called?".
Each class is here in the four languages where it fits, with the look-alikes that must stay beside it. Tuning
data: its figures flatter the redactor. See ``tests/redaction_conversations_tuning.py`` for the markup.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


SIXTH: list[Dialogue] = [
    # -- the company's own account, line and places, given by the agent ---------------------------------------------
    _dialogue("nl6-ctl-own-iban", "nl", K, "C: Ik kreeg een aanmaning, maar ik had toch betaald?",
              "A: Ik zie {keep:€61,20} nog openstaan. Wilt u dat overmaken naar {keep:BE41 1860 9139 0996} met "
              "mededeling {keep:+++090/9339/57042+++}?"),
    _dialogue("en6-ctl-own-iban", "en", K, "C: how do I settle the excess?",
              "A: You can send the {keep:£250} to {keep:GB75 BARC 0308 2462 8194 82}, reference {keep:XS-88120}."),
    _dialogue("fr6-ctl-own-iban", "fr", K, "C: Je règle comment la franchise ?",
              "A: Par virement sur le {keep:FR48 6579 7543 2319 4875 7491 186} en indiquant le dossier "
              "{keep:SIN-2025-0418}."),
    _dialogue("he6-ctl-own-iban", "he", K, "C: איך אני משלם את ההשתתפות העצמית?",
              "A: בהעברה ל-{keep:IL51 9746 5075 2917 0342 366} עם מספר התביעה {keep:CL-55120} בהערות."),
    _dialogue("nl6-ctl-partner", "nl", K, "C: waar kan ik de winterbanden laten wisselen?",
              "A: Bij Bandencentrum Stolk, {keep:Edisonweg 14} in Gorinchem, daar kunt u vanaf {keep:maandag} "
              "terecht."),
    _dialogue("en6-ctl-returns", "en", K, "C: it's the wrong size, where do I send it?",
              "A: Post it to Fernhill Returns, {keep:Unit 12, Calder Park}, Wakefield {keep:WF4 3FL}, within "
              "{keep:28 days}."),
    _dialogue("fr6-ctl-dealer", "fr", K, "C: Je récupère la voiture où ?",
              "A: Chez le concessionnaire Garage Morel, {keep:14 avenue de la Gare}, {keep:37000} Tours, à partir "
              "de {keep:14h}."),
    _dialogue("he6-ctl-returns", "he", K, "C: לאן מחזירים את הסורק?",
              "A: למרכז ההפצה, {keep:המסגר 21}, חולון, מיקוד {keep:5881001}, תוך {keep:14 יום}."),
    _dialogue("nl6-ctl-line", "nl", K, "C: En als het weer gebeurt?",
              "A: Bel dan meteen onze alarmlijn op {keep:030 245 6600}, dag en nacht bereikbaar."),
    _dialogue("fr6-ctl-line", "fr", K, "C: Et si j'ai une question plus tard ?",
              "A: Le service client est au {keep:01 84 80 22 10}, du lundi au samedi de {keep:9h} à {keep:19h}."),
    _dialogue("nl6-ctl-contract", "nl", K, "C: Tot wanneer loopt mijn polis?",
              "A: Polis {keep:633875004} loopt tot {keep:1 maart}, de premie blijft {keep:€48,10}."),
    _dialogue("he6-ctl-policy", "he", K, "C: מה הכיסוי שלי לפיזיותרפיה?",
              "A: בפוליסה {keep:752882001} יש {keep:12 טיפולים} בשנה עם השתתפות של {keep:40 ₪}."),
    _dialogue("en6-ctl-loan", "en", K, "C: when's the next payment on the car loan?",
              "A: Loan {keep:579868282} takes {keep:£310.50} on the {keep:1st}."),
    _dialogue("he6-ctl-time", "he", K, "A: יש מספר בבית?", "C: {PHONE:04-8123657}, אני בבית אחרי שש",
              "A: רשמתי, נחזור אלייך אחרי {keep:18:00}."),
    # -- checksum-failing values the customer gives, nothing naming them -----------------------------------------------
    _dialogue("nl6-trans-iban", "nl", T, "C: De huur moet voortaan van een andere rekening. {IBAN:NL41ASNB0803016613}"),
    _dialogue("en6-trans-iban", "en", T, "C: can you set up a new payee please: {IBAN:GB13 HBUK 1993 5181 9039 78}"),
    _dialogue("en6-trans-iban-pay", "en", T, "A: Where should we pay the refund into?",
              "C: {IBAN:IE49 BOFI 3307 9244 2068 59}"),
    _dialogue("fr6-trans-iban", "fr", T, "C: merci de prélever sur {IBAN:FR81 2527 6018 9555 9797 1417 104} dès mars"),
    _dialogue("he6-trans-iban", "he", T, "C: התשלום צריך לרדת מחשבון אחר: {IBAN:IL40 7127 6842 6846 6532 122}"),
    _dialogue("nl6-trans-bsn", "nl", T, "C: bsn van mn dochter is {BSN:617603137}"),
    _dialogue("he6-trans-id", "he", T, "C: ת\"ז של הבת שלי: {IL:777412154}"),
    _dialogue("fr6-trans-phone", "fr", T, "A: C'est quoi votre numéro de cell?", "C: {PHONE:514 29 7731}"),
    # -- spoken and spelled postcodes, and the agent reading them back -------------------------------------------------
    _dialogue("nl6-spoken-pc", "nl", SP, "A: Wat is de postcode?", "C: {PC:drie vijf een twee, K B}",
              "A: {PC:Drie vijf een twee K B}, genoteerd."),
    _dialogue("en6-spelled-pc", "en", SP, "A: And the postcode?", "C: {PC:L S six... two D Q}",
              "A: {PC:LS6 2DQ}, thank you."),
    _dialogue("fr6-spoken-pc", "fr", SP, "A: Votre code postal ?", "C: {PC:six neuf zéro zéro trois}",
              "A: {PC:Six neuf zéro zéro trois}, c'est noté."),
    _dialogue("he6-spoken-pc", "he", SP, "A: מה המיקוד?", "C: {PC:שש שבע אחת, שתיים שלוש ארבע חמש}",
              "A: {PC:שש שבע אחת שתיים שלוש ארבע חמש}, עדכנתי."),
    # -- addresses split over turns, and a house number corrected on its own -------------------------------------------
    _dialogue("nl6-addr-number", "nl", AD, "A: Naar welk adres mag de pas?", "C: {ADDR:Jacob van Lennepkade}",
              "A: Welk huisnummer?", "C: {ADDR:210-II}, de bel is kapot"),
    _dialogue("en6-addr-split", "en", AD, "A: What's the first line of the address?", "C: It's {ADDR:14C}...",
              "A: Yes?", "C: {ADDR:Mill Lane}. The C matters."),
    _dialogue("fr6-addr-split", "fr", AD, "A: Vous me confirmez l'adresse ?", "C: Alors c'est au {ADDR:27}...",
              "A: Oui ?", "C: {ADDR:rue des Acacias, escalier C}, au fond."),
    _dialogue("he6-addr-split", "he", AD, "A: אפשר לאשר את הכתובת?", "C: כן, {ADDR:רחוב הזית}...", "A: כן?",
              "C: {ADDR:8 דירה 3}. בקומה השנייה."),
    _dialogue("en6-addr-correct", "en", AD, "C: My address is {ADDR:12 Orchard Road}, sorry, {ADDR:21}. Just moved.",
              "A: No problem. So {ADDR:21 Orchard Road}?"),
    _dialogue("nl6-addr-correct", "nl", AD, "C: Mijn adres is {ADDR:Dorpsstraat 14}, nee sorry, {ADDR:41}.",
              "A: Dus {ADDR:Dorpsstraat 41}?"),
    _dialogue("he6-addr-correct", "he", AD, "C: הכתובת שלי היא {ADDR:הגפן 23}, לא סליחה, {ADDR:32}.",
              "A: אז {ADDR:הגפן 32}?"),
    # -- names spelled, and a name given as the answer to "how is he called?" ------------------------------------------
    _dialogue("en6-spelled-name", "en", CN, "A: Can I take your full name?",
              "C: {NAME:Ciara Ní Mhaoil}. That's {NAME:N-I}, then {NAME:M-H-A-O-I-L}."),
    _dialogue("fr6-answer-name", "fr", CN, "C: Je voudrais ajouter mon fils au contrat.", "A: Comment s'appelle-t-il ?",
              "C: {NAME:Lucas De Smet}. Avec un D majuscule."),
    # -- a phone split around the agent's echo ------------------------------------------------------------------------
    _dialogue("en6-split-echo", "en", S, "A: What's the best mobile number?", "C: {PHONE:086}", "A: {PHONE:086}, yeah?",
              "C: {PHONE:455 2190}"),
    _dialogue("he6-split-landline", "he", S, "A: ויש מספר קווי?", "C: כן, {PHONE:08}", "A: כן?",
              "C: {PHONE:6277143}. זה המספר בבית."),
    # -- the customer's own values stay personal beside the company's -------------------------------------------------
    _dialogue("nl6-crm-own", "nl", CR, "C: Het nieuwe rekeningnummer is {IBAN:NL85 TRIO 0526 0181 59}.",
              "A: Dank u, de incasso van {keep:€39,95} gaat voortaan van {IBAN:NL85 TRIO 0526 0181 59}.",
              crm=_crm("Lotte", "Brink", customer_id="MB-5520931", street="Havikstraat 9"),
              secret=("MB-5520931",)),
]
