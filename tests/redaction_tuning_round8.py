"""The tenth tuning batch: whose value an agent's turn carries, the company's or the customer's.

Written before the eighth round of conversation-aware redaction, after held-out batch 7 had been scored and spent,
in sectors no batch had used (self-storage, boiler servicing, a ski school, a removals firm, a dental clinic, a
marina, a locksmith, a piano tuner, a coworking space, a dry cleaner). Every batch so far has had the agent give the
company's own values (a depot's address and postcode, the company's IBAN in payment instructions, a reference that
happens to pass a BSN or ID check, an appointment date), and every round patched the cue words that batch used. These
dialogues give such values without the usual cue words ("ophalen kan aan de", "meet at", "le rendez-vous est fixé",
"בסניף"), with a second-person possessive attached to another noun ("Uw box staat op ...", "your booking reference
is ...", "התור שלך ב..."), and, beside them, the agent reading the customer's own values back in new ways: a CRM
street or phone in another format, a number the customer dictated in pieces read back whole, a postcode the call
gave, a date of birth to confirm, "your account", "הכתובת שלך". Tuning data: its figures flatter the redactor. See
``tests/redaction_conversations_tuning.py`` for the markup.

Before that round (live): PHONE 1.00 (6), IBAN 1.00 (3), POSTCODE 1.00 (3), DATE_OF_BIRTH 1.00 (2), ADDRESS 0.80 (5;
"הכתובת שלך ... הגפן 14" missed); spurious findings 10 of 28, look-alikes changed 10 of 30 (every company address,
postcode and IBAN, and the work order passing the 11-check). After (``owner``: an agent's value is the company's
unless it is the customer's): every kind as before, ADDRESS still 0.80 ("הגפן 14" after "היא" is not taken for a
street at all); spurious findings 0 of 18, look-alikes changed 0 of 30. Held-out batch 7: false positives 18 of 295
to 0. Personal values in agent turns, batches 1-7: 489 of 498 hidden before the rule, 489 with it alone, 491 after
the round (the start of a CRM phone trailing off, "07411...", "ל-058..."); agent-turn look-alikes changed 18 of 1974
before, 0 after.
"""

from __future__ import annotations

from redaction_dialogues import AD, CR, Dialogue, K
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


TENTH: list[Dialogue] = [
    # -- the company's values, given without the usual cue words ---------------------------------------------------
    _dialogue("nl10-storage-box", "nl", K, "C: Waar staat mijn opslagbox precies?",
              "A: Uw box staat op de {keep:Edisonweg 21}, {keep:3404 LB} IJsselstein, u kunt er {keep:24/7} in."),
    _dialogue("nl10-boiler-deposit", "nl", K, "C: Hoe betaal ik het voorschot voor de ketel?",
              "A: Het voorschot van {keep:€ 95} kan naar {keep:NL91 ABNA 0417 1643 00} onder vermelding van "
              "{keep:WO-77120}."),
    _dialogue("nl10-workorder-11check", "nl", K, "A: Wat is uw geboortedatum?", "C: {DOB:3 mei 1961}",
              "A: Dank u. Werkbon {keep:497726713} staat klaar, de monteur komt {keep:dinsdag 14 januari}."),
    _dialogue("en10-ski-meet", "en", K, "C: where do we go for the first lesson",
              "A: Meet at the hire desk, {keep:14 Mill Lane}, {keep:LS12 6BX}, ten minutes early."),
    _dialogue("en10-marina-balance", "en", K, "C: How do I pay the mooring balance?",
              "A: By transfer to {keep:IE29 AIBK 9311 5212 3456 78}, reference {keep:MR-5512}, {keep:€640}."),
    _dialogue("en10-booking-ref-id", "en", K, "C: I need the reference for the coworking desk",
              "A: Your booking reference is {keep:727730806}, desk {keep:B-12} from {keep:Monday}."),
    _dialogue("fr10-removal-meeting", "fr", K, "C: On se retrouve où pour l'état des lieux du garde-meubles ?",
              "A: Le rendez-vous est fixé {keep:18 rue des Tanneurs}, {keep:67000} Strasbourg, à {keep:9 h}."),
    _dialogue("fr10-piano-transfer", "fr", K, "C: Je peux payer l'accord du piano par virement ?",
              "A: Oui, sur le {keep:FR76 3000 6000 0112 3456 7890 189} en indiquant {keep:DEV-3381}."),
    _dialogue("he10-dental-branch", "he", K, "C: איפה התור שלי?",
              "A: התור שלך ב{keep:יום שלישי} בסניף {keep:הנרקיס 8} בחולון."),
    _dialogue("he10-locksmith-transfer", "he", K, "C: איך משלמים על החלפת הצילינדר?",
              "A: אפשר בהעברה בנקאית ל-{keep:IL62 0108 0000 0009 9999 999}, סכום {keep:₪450}."),
    # -- the customer's values, read back by the agent in new ways -------------------------------------------------
    _dialogue("nl10-crm-street", "nl", CR, "C: Ik ben de sleutel van de kluis kwijt",
              "A: Dan stuur ik een nieuwe naar {ADDR:Lindelaan 7}, dat duurt {keep:2 werkdagen}.",
              crm=_crm("Ruud", "Kamps", street="Lindelaan 7", postcode="3431 KL", city="Nieuwegein")),
    _dialogue("nl10-pieces-whole", "nl", "split", "A: Op welk nummer kan de monteur u bereiken?",
              "C: {PHONE:06 18}", "C: {PHONE:44 27 93}", "A: Dus {PHONE:0618442793}, klopt dat?"),
    _dialogue("nl10-crm-postcode", "nl", CR, "C: Komt de stomerij ook bij mij ophalen?",
              "A: Ik zie {PC:2511 CV} staan, klopt dat nog?",
              crm=_crm("Anouk", "Smeets", street="Laan van Meerdervoort 40", postcode="2511 CV", city="Den Haag")),
    _dialogue("en10-postcode-given", "en", AD, "A: what's the address for the tuning visit?",
              "C: {ADDR:27 Elm Grove}, {PC:M14 5TQ}",
              "A: Lovely, so {ADDR:27 Elm Grove}, {PC:M14 5TQ}, on {keep:Friday}."),
    _dialogue("en10-crm-phone-format", "en", CR, "C: can you text me when the sail repair is done",
              "A: Sure, is {PHONE:07700 900123} still the best way?",
              crm=_crm("Oliver", "Grant", phone="+44 7700 900123")),
    _dialogue("en10-your-account", "en", "bare-answer", "C: where does the deposit refund go",
              "A: Back to your account {IBAN:GB82 WEST 1234 5698 7654 32}, within {keep:5 working days}."),
    _dialogue("fr10-iban-read-back", "fr", "bare-answer", "A: Votre IBAN pour le prélèvement ?",
              "C: {IBAN:FR14 2004 1010 0505 0001 3M02 606}",
              "A: Je relis : {IBAN:FR14 2004 1010 0505 0001 3M02 606}, c'est bien ça ?"),
    _dialogue("fr10-dob-confirm", "fr", "bare-answer", "C: Je voudrais m'inscrire au cours de voile",
              "A: Vous êtes bien né le {DOB:4 juillet 1979} ?"),
    _dialogue("fr10-crm-street-delivery", "fr", CR, "C: Quand est-ce que vous livrez la veste nettoyée ?",
              "A: Le livreur passe au {ADDR:8 rue du Moulin} entre {keep:14 h} et {keep:16 h}.",
              crm=_crm("Hélène", "Garnier", street="8 rue du Moulin", postcode="44000", city="Nantes")),
    _dialogue("he10-phone-read-back", "he", "bare-answer", "C: הטלפון שלי {PHONE:054-7731212}",
              "A: רשמתי {PHONE:0547731212}, נכון?"),
    _dialogue("he10-your-address", "he", AD, "C: אני רוצה לתאם כיוון לפסנתר",
              "A: הכתובת שלך במערכת היא {ADDR:הגפן 14}, זה עדיין נכון?"),
]
