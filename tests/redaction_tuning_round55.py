"""The fifty-seventh tuning batch: the company's person named by the line of work they answer for, a plural noun in
lower case after the first name ("Sanne van de rondleidingen", "Owen on tastings", "Louise des dégustations qui
..."), and the agent's own colleague ("mijn collega Daan"), where the customer has the same first name; a count
before a first name ("שתי שירה"); the company's address the customer is asked to come to ("kom langs op ..."); an
event's venue named before its address; the first half of a card after the agent names the card's brand ("Visa?");
pieces of a number after an aside or after the agent says a piece is missing; a child's date of birth a few days
past the clock's today after "born"; a date of birth said again in figures; the street said in the segment after the
house number, or after "we've just moved"; a Hebrew "her name".

Written in the fifty-fifth round of conversation-aware redaction, after held-out batch 54 (a portrait and wedding
photography studio) had been scored and spent, in sectors no batch had used as its company (a cider mill and a
mushroom farm). Batch 54 hid addresses at 0.886 (39 of 44), BSNs at 0.864 (19 of 22), cards at 0.733 (11 of 15),
dates of birth at 0.800 (20 of 25), Israeli IDs at 0.955 (21 of 22) and names at 0.984 (60 of 61); split numbers
0.892, address 0.911, cue names 0.923 by category; 19 of 364 look-alikes changed (5.2%); 3 hidden values with a
piece left in clear. After this round: every kind and every category 1.00; 1 of 364 look-alikes changed (0.3%);
no hidden value with a piece left in clear. Batches 1 to 53 lost nothing; 50, 51 and 53 gained (two namesakes kept,
a card, two BSN pieces and a card's first half hidden). Before this round, all 16 dialogues below missed a value or
changed a look-alike.

Fixed, for the general case:
- Names: a first name with the line of work its person answers for after it, a plural noun in lower case ("on
  albums", "van de fotoboeken", "des mariages", "מהחתונות"), or with the company's premises ("from the studio",
  "du studio", "van de winkel", "מהסטודיו"), or "מהתיאום" (planning), is the company's person, kept there even
  where the customer has the same first name; so is "C'est Manon des mariages qui ..." (who does it, not who
  speaks), a name after the agent's "my colleague", and a name after "the photographer" ("הצלם עומר": one more
  trade in the list of the company's roles, as "monteur" and "designer" are); a count before a first name ("שתי
  מיכל", "deux Manon", not "יום שני", Monday) takes it as a word.
- Addresses: "kom langs op Biltstraat 141" in the agent's turn asks the customer to come to the company's address;
  an event's venue named before an address, its own name before a comma ("The venue's Kasteel Heemstede,
  Heemsteedseweg 20", "Le lieu, c'est le Domaine de ..., chemin ... 16", "האולם זה אולמי ..., דרך ... 55"), is the
  venue's address, unless an address was asked for or the sentence makes it the caller's or their family's.
- Addresses: the street said in the segment after "Nummer honderdachttien" or "מספר שלושים ושבע", with the town
  after it ("Kerkstraat in Bunnik"), and the street said after "Nee, we zijn net verhuisd.", "No, we've just moved."
  or "לא, עברנו דירה." are the address.
- Cards: a card's brand in the agent's question ("Mastercard?", "Visa?", "מאסטרקארד?") asks for the card, so the
  first eight digits of the answer are hidden before the rest comes.
- Numbers: a short aside with no digit between two pieces ("sorry, I'm on the tram, hang on"), or the agent saying a
  piece is missing ("Ik mis nog een stukje, het zijn negen cijfers."), keeps the dictation going: every piece after
  it, two joined by "and" too, is the same number's.
- Dates of birth: after "born", "geboren", "née", "נולדה", a date up to a year past the clock's today is a birth
  (a newborn, a transcript dated ahead of the machine); a date of birth said again in the same turn in figures ("le
  onze septembre mille neuf cent nonante, donc le 11/09/1990") is the same birth date.
- Names and e-mails: "השם שלה אלמה." names her; a double surname joined by a particle ("אנה כהן-דה פריס") is whole,
  also after "היא"; an e-mail's domain said as two words ("proton mail dot com"); Latin letters spelled by their
  Hebrew names ("או אם אי אר נקודה ...") before the "@".

Left, and why:
- look-alikes (1 of 364): a customer's surname that is also an everyday word used as one in the same call ("פורטרט
  באור טבעי" to a customer named אור): a rule that keeps the word there would leak the surname in "תודה, אור", as
  in the rounds before.
- the line-of-work rule leans on lower case: a transcript without capitals that gives a customer's surname after
  "van de" or "des" in the plural's shape ("lotte van de bergen") would keep the first name before it as a
  namesake's, and a line of work said in the singular ("Emma on the wedding") is still not read as a desk.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTY_SEVENTH: list[Dialogue] = [
    # the company's person named by the line of work they answer for, the customer having the same first name
    _dialogue("nl57-namesake-plural-line", "nl", CN,
              "C: Hoi, met {NAME:Sanne Vos}. Ik heb al gemaild met {keep:Sanne van de rondleidingen}.",
              "A: Klopt, zij heeft uw groep voor {keep:zaterdag 14:00} in de ciderij ingepland.",
              crm=_crm("Sanne", "Vos", customer_id="CM-570101")),
    _dialogue("en57-namesake-on-tastings", "en", CN,
              "C: Hi, {NAME:Owen Fletcher} speaking, about the cider tasting.",
              "A: Lovely. {keep:Owen on tastings} will ring you about the {keep:£18} flight.",
              crm=_crm("Owen", "Fletcher", customer_id="CM-570102")),
    _dialogue("fr57-namesake-line-who-does-it", "fr", CN,
              "C: Bonjour, {NAME:Louise Martin}. C'est bien {keep:Louise des dégustations} qui m'a envoyé le devis ?",
              "A: Oui, pour {keep:12} personnes à la champignonnière, le {keep:samedi 4 octobre}.",
              crm=_crm("Louise", "Martin", customer_id="MF-570103")),
    _dialogue("nl57-agent-colleague-namesake", "nl", CN,
              "C: Goedemorgen, met {NAME:Daan Smit}, ik kom vanmiddag champignons halen.",
              "A: Prima, {keep:mijn collega Daan} zet uw {keep:5 kilo} kastanjechampignons klaar.",
              crm=_crm("Daan", "Smit", customer_id="MF-570106")),
    # a count before the customer's first name, the agent having it too
    _dialogue("he57-count-before-name", "he", CN,
              "C: שלום, מדברת {NAME:שירה גולן}, לגבי הסיור בחוות הפטריות.",
              "A: היי, גם אני שירה. הסיור ביום שישי ב-{keep:10:00}.",
              "C: {keep:שתי שירה} בשיחה אחת, מצחיק.",
              crm=_crm("שירה", "גולן", customer_id="MF-570107")),
    # the company's address the customer is asked to come to; an event's venue named before its address
    _dialogue("nl57-come-by-company-address", "nl", K,
              "A: Vragen? Bel {keep:0543 21 77 90} of kom langs op {keep:Boomgaardweg 12}.",
              "C: Dank u, tot {keep:zaterdag}."),
    _dialogue("fr57-venue-before-address", "fr", K,
              "C: La salle, c'est bien la {keep:Grange du Moulin, 12 chemin des Vergers, Durbuy} ?",
              "A: Oui, les champignons sont livrés à {keep:9 h}."),
    # the first half of a card after the agent names its brand
    _dialogue("en57-card-brand-first-half", "en", S,
              "A: The tasting box is {keep:£42}; Visa?",
              "C: yes, {CARD:4183 0315}",
              "C: hang on, finding the card, {CARD:6180 2659}",
              "A: Thanks, it ships on {keep:3 October}."),
    # pieces after an aside, or after the agent says a piece is missing
    _dialogue("en57-pieces-after-aside", "en", S,
              "A: We need your BSN for the orchard lease.",
              "C: {BSN:643}",
              "C: sorry, the tractor's loud, hold on",
              "C: {BSN:428} and {BSN:549}",
              "A: Thanks, the lease starts {keep:1 November}."),
    _dialogue("nl57-piece-after-missing", "nl", S,
              "A: Voor het pachtcontract van de kwekerij heb ik uw BSN nodig.",
              "C: {BSN:5300}",
              "C: {BSN:091}",
              "A: Ik mis nog een stukje, het zijn negen cijfers.",
              "C: {BSN:83} sorry"),
    # a child's date of birth days past the clock's today; a date of birth said again in figures
    _dialogue("nl57-born-days-ahead", "nl", CN,
              "A: Voor de rondleiding met de baby: hoe heet ze?",
              "C: {NAME:Mila Jansen}, geboren {DOB:4 september 2025}.",
              "A: Dank u, baby's gaan gratis mee."),
    _dialogue("fr57-birth-date-said-again", "fr", B,
              "A: Et votre date de naissance pour la carte de fidélité ?",
              "C: Le {DOB:deux mars mille neuf cent quatre-vingt-cinq}, donc le {DOB:02/03/1985}. "
              "Je prends {keep:trois caisses} de cidre."),
    # the street in the segment after the house number, or after the move
    _dialogue("nl57-number-then-street", "nl", AD,
              "A: Naar welk adres mogen de kratten cider?",
              "C: Nummer {ADDRESS:tweeënveertig}",
              "C: {ADDRESS:Ramweg}, op de derde verdieping",
              "A: En de postcode?",
              "C: {PC:3583 TK}"),
    _dialogue("he57-number-then-street", "he", AD,
              "A: לאן לשלוח את ארגז הפטריות?",
              "C: מספר {ADDRESS:עשרים ושתיים}",
              "C: {ADDRESS:רחוב הערבה}, קומה שנייה"),
    _dialogue("en57-moved-then-street", "en", AD,
              "A: We have {ADDRESS:Lindelaan 4} on file. Send the cider there?",
              "C: No, we've just moved.",
              "C: It's {ADDRESS:Vinkenstraat} in Zeist",
              "C: number {ADDRESS:twelve}",
              crm=_crm("Grace", "Holt", customer_id="CM-570115", street="Lindelaan 4", city="Zeist")),
    # her name, in Hebrew, a given name no list holds
    _dialogue("he57-her-name", "he", CN,
              "A: לכרטיס הכניסה של הילדה, איך לרשום?",
              "C: בכרטיס השם שלה {NAME:אורין}.",
              "A: רשמתי, הסיור ב-{keep:11:30}."),
]
