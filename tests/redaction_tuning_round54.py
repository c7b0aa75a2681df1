"""The fifty-sixth tuning batch: the company's person named by a tax, payroll or bookkeeping desk, or by any
"<subject> desk", right after the first name ("Femke van de salarisadministratie", "Tariq on the wholesale desk",
"Inès de la paie", "שירן מהשכר"), where the customer has the same first name; the company's own line the customer
asks about ("Is ... jullie nummer?", "... your export line?", "C'est bien vous, le ... ?", "זה הטלפון שלכם, ...?"),
beside the customer's own number; a number with a letter joined by a dot (an assessment's "....H.25.01"), and the
number of a tax assessment, a filer or a company's register ("aanslag", "assessment", "numéro de télédéclarant",
"numéro d'entreprise BE ...", "שומה"), beside the customer's own BSN or Israeli ID; and a school grade after a
kin word ("הבן שלי בכיתה ח'").

Written in the fifty-fourth round of conversation-aware redaction, after held-out batch 53 (a tax-return and
bookkeeping service) had been scored and spent, in sectors no batch had used as its company (a farm cheese dairy
and a bell foundry). Batch 53 hid addresses at 0.778 (28 of 36), BSNs at 0.714 (10 of 14), cards at 0.917 (22 of
24), IBANs at 0.962 (50 of 52), Israeli IDs at 0.920 (23 of 25), names at 0.953 (81 of 85) and postcodes at 0.875
(14 of 16); split numbers 0.868, spoken digits 0.941 and cue names 0.954 by category; 18 of 296 look-alikes changed
(6.1%); 3 hidden values with a piece left in clear. After this round: 3 of 296 look-alikes changed (1.0%); every
kind, category and piece left in clear as before.

Fixed, for the general case:
- Names: a first name with a tax, payroll or bookkeeping desk after it ("van de btw", "de la TVA", "in payroll",
  "מהדוחות", "מהשכר"), or with any desk named by its subject ("on the expat desk", "on our VAT desk", "van de
  aangiftebalie"), is the company's person, kept there even where the customer has the same first name; "on" now
  joins the desk as "in" and "at" did. The desk after a first name is no surname ("Lucas de la TVA" was taken as
  a name with the particles "de la").
- Phones: a number the customer asks to be the company's, named right after it ("... jullie nummer?", "... your
  expat line?") or before it with the question closing after ("C'est bien vous, le ... ?", "זה המספר שלכם, ...?"),
  is the company's line, not the customer's.
- IDs: a run of digits with a letter joined by a dot or a slash ("....H.26.01") is a reference; a number after
  "aanslag", "assessment", "télédéclarant", "entreprise", "ondernemingsnummer" or "שומה" is a tax assessment's, a
  filer's or a company's, not a BSN, an Israeli ID or a phone, even when its checksum passes.
- Names: a school grade after a kin word ("הבת שלי בכיתה י'") is no name.

Left, and why:
- look-alikes (3 of 296): a number the customer asks about as their national number and the agent answers is a
  file's, in the next turn ("..., c'est mon numéro national ?" / "Non, c'est la référence du dossier"): the
  number is hidden when said, before the answer; and a customer's surname that is also an everyday word used as
  one in the same call ("ההחזר כספי", "אני זכאי להחזר" to customers named כספי and זכאי): a rule that keeps the word
  there would leak the surname in "תודה, כספי".
- the leaks: addresses whose pieces carry no cue (a farm's or a care home's name, "Unit" and "Room" before a
  business park, a bare street, a science park before the street), pieces of split and corrected numbers (a BSN,
  an Israeli ID, a card and an IBAN said over segments with a piece taken back), a postcode's letters spelled
  after the digits in words, a name given after a relative's role with no cue, and a short Hebrew first name that
  is an everyday word ("אלה"): each needs its own rule, left for a later round.
"""

from __future__ import annotations

from redaction_dialogues import CN, B, Dialogue, K
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTY_SIXTH: list[Dialogue] = [
    # the company's person named by a tax, payroll or bookkeeping desk, the customer having the same first name
    _dialogue("nl56-namesake-payroll-desk", "nl", CN,
              "C: Dag, met {NAME:Femke Postma}. Ik sprak gisteren {keep:Femke van de salarisadministratie}.",
              "A: Klopt, zij heeft de loonstrook voor de kaasmakerij van {keep:maart} klaargezet.",
              crm=_crm("Femke", "Postma", customer_id="KM-560101")),
    _dialogue("en56-namesake-subject-desk", "en", CN,
              "C: Morning, {NAME:Tariq Bhatti} speaking. I already talked to {keep:Tariq on the wholesale desk}.",
              "A: Right, he booked your forty wheels of Gouda for {keep:3 June}.",
              crm=_crm("Tariq", "Bhatti", customer_id="KM-560102")),
    _dialogue("fr56-namesake-payroll-desk", "fr", CN,
              "C: Bonjour, {NAME:Inès Garnier}. J'attends la réponse d'{keep:Inès de la paie}, c'est drôle, "
              "même prénom.",
              "A: Elle vous envoie la fiche de {keep:mai} aujourd'hui.",
              crm=_crm("Inès", "Garnier", customer_id="FD-560103")),
    _dialogue("he56-namesake-payroll-desk", "he", CN,
              "C: שלום, כאן {NAME:שירן אזולאי}. דיברתי עם {keep:שירן מהשכר} על התלוש.",
              "A: נכון, התלוש של {keep:אפריל} נשלח אלייך.",
              crm=_crm("שירן", "אזולאי", customer_id="BF-560104")),
    _dialogue("en56-agent-vat-desk", "en", CN,
              "C: My sister {NAME:Leonie} ordered the bell for the chapel.",
              "A: Thanks. {keep:Hamid on our VAT desk} will send the invoice {keep:BF-20931}.",
              crm=_crm("Hamid", "Rashidi", customer_id="BF-560105")),
    # the company's own line the customer asks about, then the customer's own number
    _dialogue("nl56-our-line-asked", "nl", B,
              "C: Is {keep:0513 62 44 10} jullie nummer? Daar werd ik vanochtend door gebeld.",
              "A: Ja, dat is de winkel van de kaasmakerij. Op welk nummer wilt u teruggebeld worden?",
              "C: {PHONE:06 29 41 87 53}"),
    _dialogue("en56-our-line-asked", "en", B,
              "C: Is {keep:0114 496 0271} your export line? Someone left a message.",
              "A: It is. And your own number?",
              "C: {PHONE:07700 900 614}"),
    _dialogue("fr56-our-line-asked", "fr", B,
              "C: C'est bien vous, le {keep:081 22 47 90} ? J'ai raté un appel.",
              "A: Oui, c'est la fonderie. Votre numéro pour le rappel ?",
              "C: {PHONE:0478 61 20 35}"),
    _dialogue("he56-our-line-asked", "he", B,
              "C: זה הטלפון שלכם, {keep:04-8523690}? פספסתי שיחה.",
              "A: כן, זו המחלבה. לאיזה מספר לחזור אלייך?",
              "C: {PHONE:052-7316408}"),
    # a tax assessment's, a filer's or a company's number, beside the customer's own ID
    _dialogue("nl56-assessment-number-and-bsn", "nl", K,
              "C: Op de aanslag van de kaasmakerij staat {keep:594556454.B.24.02}, wat moet ik daarmee?",
              "A: Dat is het kenmerk voor de betaling. Voor de machtiging heb ik wel uw BSN nodig.",
              "C: {BSN#bare-answer:337176267}"),
    _dialogue("en56-assessment-number", "en", K,
              "C: The assessment number on the bell foundry's letter is {keep:359598614}, is it paid?",
              "A: Yes, {keep:£412} was paid on {keep:2 May}."),
    _dialogue("fr56-company-register-and-filer", "fr", K,
              "C: Notre numéro d'entreprise, c'est {keep:BE 0463.918.205}, et mon numéro de télédéclarant "
              "{keep:241029612}.",
              "A: Parfait, la déclaration de la fromagerie part {keep:lundi}."),
    _dialogue("he56-assessment-and-id", "he", K,
              "C: במכתב השומה כתוב מספר {keep:393095658}, זה לתשלום?",
              "A: כן, עד {keep:30 ביוני}. לצורך ייפוי הכוח אני צריכה גם את תעודת הזהות שלך.",
              "C: {IL#bare-answer:204540066}"),
    # a school grade after a kin word is no name; the child's own name is
    _dialogue("he56-grade-after-kin", "he", CN,
              "C: הבן שלי בכיתה {keep:ח'} רוצה לבוא לסיור במפעל הפעמונים, קוראים לו {NAME:איתמר}.",
              "A: בשמחה, הסיור ב{keep:14:00}."),
]
