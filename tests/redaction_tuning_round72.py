"""The seventy-fourth tuning batch: an Israeli ID a relative's ID names ("my mum's ID") dictated in pieces with
pauses; a Hebrew ID said in words with a hundred right after a pause ("..., מאה שלושים"); a failing ID the agent
says the company sent ("We sent ...", "שלחנו ...") where the call spoke of "the ID" or "תעודת הזהות"; a street with
no street word and a floor added to its number before a postcode ("Rokin 75-III, 1012 KL"); a Hebrew postcode
after a flat and a two-word town with a comma after it; the door a driver stood at instead of the
customer's ("I was at twenty-one"); the customer's "c'est le 27" putting right the door the agent read; "huisnummer"
with the number in words. Look-alikes kept: a trainer the agent names by a care role ("Marit, our nurse, will
teach", "Solène, l'infirmière, passera", "verpleegkundige Joke"), and a care home's room after an address given
earlier in the call.

Written in the seventy-second round of conversation-aware redaction, on the misses of the held-out batch 69 (a home
care organisation: district nursing, domestic help, meals at home), in two sectors no batch had used as its
company (a first-aid training provider, a mobile knife-sharpening service). Figures of the held-out bench (a
request after every customer line, with the call so far; a look-alike judged on the last request that carried its
turn), main before this round -> after:
- batch 69: Israeli IDs 0.550 -> 1.00 (11 -> 20 of 20), BSNs 0.857 -> 1.00, addresses 0.744 -> 0.907 (32 -> 39 of
  43), postcodes 0.952 -> 1.00; split numbers 0.907 -> 0.954, transposed 0.879 -> 0.970, spoken digits 0.950 ->
  1.00, bare answers 0.900 -> 0.975, address category 0.800 -> 0.873; values out 38 -> 20; look-alikes changed
  26 -> 22 of 403 (the agent's "Tom, the district nurse, will come", "Nathalie, l'infirmière, passera", "נטע,
  האחות, תגיע", "wijkverpleegkundige Marloes").
- batches 1-68: see the round's report (no value went out that did not before and no look-alike was changed that
  was not before).

Fixed, for the general case:
- IDs: an ID owned through a relative ("my dad's ID", "her parents' ID cards") names the ID the pieces after it
  dictate (``misheard.ID_OWNED``); "we sent", "we submitted", "nous avons envoyé", "שלחנו", "הגשנו" hand over a
  number as a whole, like "we have" (``misheard._NUMBER_ALONE``); in the agent's turn nine digits an ID word names
  are that ID even when they pass the other country's check by chance (``redaction``).
- Number words: a hundred after a pause starts a number of its own ("תשע, מאה שישים" is 9 and 160, not 960;
  ``spoken._Reader``).
- Addresses: a street with no street word known by the postcode after it may carry its number's addition
  ("214-III", ``addresses._BEFORE_POSTCODE``); seven Israeli digits after a town are a
  postcode when the comma stands after the town instead ("דירה 12 קריית ביאליק, 2710012", ``postcodes``); the door
  someone stood or rang at once the call gave a house ("I was at", "j'étais au", "ik stond bij", "הייתי ב",
  ``recalled.wrong_door``), the number the agent had on the slip ("ik had 67 op de bon", ``recalled._FIXED_TO``),
  "non, c'est le N" after the call gave another door (``recalled.corrected_houses``), and a number right after
  "huisnummer", "house number", "מספר הבית", in digits or words (``recalled.house_numbered``).
- Look-alikes: a first name with a care role set apart after it and the visit or the work next ("X, the district
  nurse, will come"), or a care role right before it in the agent's turn with no "your"/"my" ("wijkverpleegkundige
  X"), is the company's staff (``names._care_role_apposed``); a room a sentence puts in a care home or a hospital,
  in a turn that neither asks for nor gives an address, is that home's room (``addresses.units_of``).

Left, and why:
- "הפרחים 14 כניסה ב' דירה 22" (an entrance by its letter after the number): a rule that made a street of a name
  before "כניסה ב'" found the agent's read-back "רשמתי המעפילים 9 כניסה ב' דירה 37" of batch 59 in part only, and the
  part hid the whole from the read-back rule, so that value went out; the rule was taken back;
- staff named by the customer ("ik heb hulp van Fenna op dinsdag", "de verzorgende die 's avonds komt, Gerrit",
  "your carer has my first name, Grace", "נטע לא הגיעה"), planners and drivers by first name alone ("Julien du
  portage", "Sébastien"), and a temp named in a complaint: private carers, relatives and neighbours are named in the
  same shapes in earlier batches ("My carer, Bernie Hogan,", "Son aide à domicile, Fatou,"), so no rule was written;
- a care home's room in French (fr-021 "chambre 108", changed before this round too) after a name with no home word;
- "nummer 67" the driver says in the first turn, before any house was given; "not 9A" (the neighbour's door);
  "Quarante-quatre" said again in words after "44" in the same turn; "rue... euh... 23 rue de la Mairie" (the
  street's name after a hesitation); a French phone in pieces with a slip and the agent's read-back; a Belgian IBAN
  and an IBAN's last four read back; surnames and first names said without a cue ("Meijerink", "Funmi", "Tamsin",
  "Mathy", "פנינה", "אבוטבול"): the round's time ran out before these were tried.
"""

from __future__ import annotations

from redaction_dialogues import AD, SP, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

SEVENTY_FOURTH: list[Dialogue] = [
    # an Israeli ID in pieces with pauses, a relative's ID named the turn before
    _dialogue("en74-relatives-id-in-pieces", "en", S,
              "A: LifeLine First Aid Training, Priya speaking.",
              "C: Hi, my mum's course is paid by her employer, and you need my mum's ID for their form? I have it.",
              "A: Yes please, go ahead.",
              "C: {IL:528}... {IL:606}, no wait, sorry... {IL:660}... {IL:905}.",
              "A: {IL:528660905}, thank you."),
    # a Hebrew ID in words, a hundred right after a pause
    _dialogue("he74-spoken-id-hundred-after-pause", "he", SP,
              "A: משחיז על גלגלים, שלום.",
              "C: שלום, צריך חשבונית על השחזת הסכינים של המסעדה, על השם של אבא. רואה החשבון ביקש את המספר שלו: "
              "{IL:שש תשע שבע, מאה ארבעים ותשע, שבע מאות שישים ושלוש}.",
              "A: רשמתי {IL:697149763}. החשבונית על {keep:₪ 180} תישלח היום."),
    # a failing ID the agent says the company sent, "the ID" spoken of the turn before
    _dialogue("en74-agent-we-sent-failing-id", "en", T,
              "A: EdgeWorks Mobile Sharpening, Tom speaking.",
              "C: Hi, my accountant says the ID on your invoice is wrong.",
              "A: Let me look. We sent {IL:372037538} to the tax office, and it doesn't pass the check.",
              "C: I'll send you a photo of the card."),
    _dialogue("he74-agent-we-sent-failing-id", "he", T,
              "A: הדרכת עזרה ראשונה מגן, שלום.",
              "C: שלום, מהעבודה אמרו שתעודת הזהות בטופס ההרשמה לא נכונה.",
              "A: אני בודקת. שלחנו {IL:583551952}, ובאמת זה לא עובר את הבדיקה.",
              "C: אני אשלח צילום של התעודה."),
    # a street with no street word, its number's floor added, before a postcode
    _dialogue("en74-street-floor-addition-postcode", "en", AD,
              "C: hi, can the sharpener come to my flat this time instead of the restaurant",
              "C: {ADDR:Rokin 75-III}, {PC:1012 KL}",
              "A: Sure, we'll come on Thursday."),
    # a Hebrew street with a flat, a two-word town and a comma after it, then the postcode
    _dialogue("he74-flat-town-postcode", "he", AD,
              "C: היי, אפשר שההשחזה תהיה השבוע אצל הבת שלי?",
              "C: {ADDR:האלה 7 דירה 12} קריית ביאליק, {PC:2710012}",
              "A: כן, נגיע ביום רביעי."),
    # the door the driver stood at, once the customer gave the house
    _dialogue("en74-driver-was-at-wrong-door", "en", AD,
              "A: EdgeWorks Mobile Sharpening, Tom speaking. I'm on your road with the van. What's the house number?",
              "C: {ADDR:Twelve}. Green gate.",
              "A: Ah, I was at {ADDR:twenty-one}. See you in a minute."),
    # the customer putting right the door the agent read
    _dialogue("fr74-door-put-right", "fr", AD,
              "A: L'Affûteur Ambulant, bonjour. Je suis devant le {ADDR:2 rue des Tanneurs}, personne ne répond.",
              "C: Mais non, c'est le {ADDR:27} ! Au fond de l'impasse.",
              "A: Pardon, j'arrive.",
              crm={"customer": {"street": "27 rue des Tanneurs", "postcode": "49100"}}),
    # "huisnummer" with the number in words, in a turn of its own
    _dialogue("nl74-house-number-word", "nl", AD,
              "A: Scherp & Co, met Ruben. Wat is de postcode?",
              "C: De postcode is {PC:3512 JK}.",
              "A: {PC:3512 JK}, is dat in Utrecht?",
              "C: Ja. En het huisnummer is {ADDR:achttien}."),
    # look-alikes: a trainer the agent names by a care role
    _dialogue("fr74-care-role-apposed-staff", "fr", K,
              "A: Secours Formation Loire, bonjour.",
              "C: Bonjour, qui assure la formation aux gestes qui sauvent pour mon club ?",
              "A: {keep:Solène}, l'infirmière, passera samedi avec les mannequins."),
    _dialogue("he74-care-role-apposed-staff", "he", K,
              "A: הדרכת עזרה ראשונה מגן, שלום.",
              "C: היי, מי מעביר את הקורס לצוות של הגן?",
              "A: תודה ששאלת. {keep:דנה}, האחות, תגיע ביום שני עם הבובות."),
    # look-alike: a care home's room, the address given earlier in the call
    _dialogue("he74-care-home-room-after-address", "he", AD,
              "C: שלום, תחזירו את הסכינים המושחזות של סבתא אליי ולא אליה.",
              "C: {ADDR:הדקל 9 דירה 4}, נשר, {PC:3660009}",
              "A: רשמתי. ואחר כך?",
              "C: אחר כך היא עוברת לבית אבות, חדר {keep:14}."),
]
