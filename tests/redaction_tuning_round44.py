"""The forty-sixth tuning batch: an ID number asked "for" a document ("The ID number for the rental contract") or
as his or her ID ("haar ID-nummer"), given in pieces; a Hebrew ID said in hundreds with "ועשר" ("שש מאות ועשר");
a person's ID read back by its last digits, answered with another person's whole ID; a name after "die heet" and
"who's called"; a Hebrew ex-partner by relation ("לגרושה שלי, ..."); a place asked as where the event will be held
("איפה תתקיים המסיבה?") and the Hebrew "מספר?" alone after the street; the agent's colleagues in the agent's own
turns (a coordinator by role, a Hebrew teaching, coordinating or modal verb after a lone name, "I'll tell ...",
"gekoppeld aan ...", "will come from ...", "... peut vous joindre", "... ישלח"), and the agent saying they share
the customer's first name ("I'm Aoife too"). Controls: an object's own ID number for an invoice, a booking ID read
back by its end, a "where did it happen" question answered by a place in the garden.

Written in the forty-fourth round of conversation-aware redaction, after held-out batch 43 (a private tutoring
company) had been scored and spent, in a sector no batch had used as its company (a party-tent and marquee rental
company). Batch 43 leaked 6 Israeli IDs of 25 (0.760), 5 addresses of 36 (0.861) and 3 names of 69 (0.957), and
changed 21 of 185 look-alikes, most of them staff first names in the agent's own turns.

Fixed, for the general case:
- Israeli IDs: "the ID number for the invoice" had the ID question dropped as an object's number (the object is
  only what the ID is for; "the order ID number" stays an object's); "zijn/haar/his/her ID-nummer" and "ID-nummer"
  with a hyphen are ID questions; the Hebrew "מאות" followed by "ועשר" is one number (810, as "huit cent dix");
  an ID read back by its last digits for confirmation asks for the ID again, so the answer's new ID is one.
- Names: "die heet" and "who is called" name whoever follows; "גרוש/גרושה/אקס" and "מחנך/מחנכת" are the caller's
  people before a name in Hebrew.
- Staff in the agent's turns: a coordinator by role; a Hebrew present-tense teaching or coordinating verb, or a
  modal with an infinitive, after a lone name nobody in the call has said; a Hebrew future verb with "איתך";
  whom the agent will tell, ask or update; whom the customer is matched or paired with; whom a document will come
  from or is sent by; one who can reach, text or contact the customer ("peut vous joindre"); in Hebrew, one who
  will send. The agent saying they have the customer's first name too keeps the name there as their own.
- Addresses: where the lessons, visits or event will be held or take place asks for a place; a Hebrew "מספר?"
  alone asks for the house's number, as "The number?" did; a street read back alone in a question (no number)
  may be answered with a new address, not only a postcode.

Left, and why:
- staff first names the customer says first ("the lesson with Lieke", "Bram is good"), and the agent then repeats:
  the customer's own people are named the same way, and the name is hidden consistently once the customer said it;
- a first name in the agent's own question about the pupil's plan ("the planning of ...", "the sessions ...
  missed"): the same words name the customer's child, so hiding is the safer way;
- phone-shaped worksheet codes read out by the customer, asking whether it is a phone: only the agent's answer
  after it says it is not, and each request is sent as the turn arrives;
- a house number after "at" in a longer answer ("my neighbour, ..., at 57, ..."): "at" with a number is as often a
  time; an Irish house name before its road, a French residence and building before the street, a letterbox word
  read back alone by the agent: hidden with a piece in clear, as before.

Annotations in batch 43: none breaks a README rule. Doubtful, and left as written: en-015, en-025 and fr-008 keep
the agent's or a coordinator's first name where the agent says it is the customer's first name too, which tells
the model the customer's first name; nl-005, fr-005 and en-002 keep a first name in the agent's question that
could as well be the pupil's; en-037, fr-037 and he-037 keep a phone-shaped code the customer reads out.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

FORTY_SIXTH: list[Dialogue] = [
    # an ID number asked "for" a document, given in pieces
    _dialogue("en46-id-number-for-contract", "en", S, "A: The ID number for the rental contract, please.",
              "C: {IL:328}", "A: Go on.", "C: {IL:410642}"),
    # his or her ID number, with a hyphen, given in pieces
    _dialogue("nl46-haar-id-nummer", "nl", S, "A: De tent staat op naam van uw moeder? Dan heb ik haar ID-nummer "
              "nodig.", "C: ze leest het voor, {IL:203}", "C: {IL:571492}"),
    # a Hebrew ID in hundreds with "ועשר"
    _dialogue("he46-meot-veeser", "he", SP, "A: מה מספר תעודת הזהות בשביל החוזה?",
              "C: {IL:שש מאות ועשר, חמש מאות שלושים ושמונה, שלוש מאות עשרים וארבע}"),
    # an ID read back by its end, answered with another person's whole ID
    _dialogue("en46-id-ending-new-id", "en", CR, "A: Invoices go to the ID ending 857. Still right?",
              "C: no, put it on my husband's from now on, {IL:270008857}"),
    # a name after "die heet" and "who's called"
    _dialogue("nl46-die-heet", "nl", CN, "A: Wie is er bij de opbouw?",
              "C: onze overbuurman, die heet {NAME:Wiebren Lammers}, hij heeft de sleutel van de schuur."),
    _dialogue("en46-whos-called", "en", CN, "A: Who signs for the marquee?",
              "C: our lodger, who's called {NAME:Marian Fennelly}, she'll be there from eight."),
    # a Hebrew ex-partner by relation, the name an everyday word
    _dialogue("he46-lagrusha-sheli", "he", CN, "A: לאן לשלוח את החשבונית?",
              "C: גם לגרושה שלי, {NAME:אבי}, היא משלמת חצי"),
    # where the event will be held, and the Hebrew "מספר?" alone
    _dialogue("he46-eifo-titkayem", "he", AD, "A: איפה תתקיים המסיבה?", "C: {ADDR:רחוב הדקל}", "A: מספר?",
              "C: {ADDR:14}, בחצר האחורית"),
    _dialogue("en46-where-held", "en", AD, "A: Where will the wedding be held?",
              "C: at my parents', {ADDR:Larkspur Lane}, {PC:BT9 6QJ}"),
    # the agent's colleagues in the agent's own turns
    _dialogue("fr46-coordinatrice", "fr", K, "C: La tente doit être montée samedi.",
              "A: Je préviens notre coordinatrice {keep:Maëlle}, elle a le planning."),
    _dialogue("he46-metaem", "he", K, "C: מתי מקימים את האוהל?",
              "A: {keep:גלעד} מתאם את ההקמה, {keep:מורן} יכולה להגיע ביום ראשון."),
    # (a control on the base as well: a future verb with "איתך" after a lone name)
    _dialogue("he46-yetaem-itach", "he", K, "C: אפשר לשנות את השעה?", "A: {keep:שחר} יתאם איתך את השעה."),
    _dialogue("en46-tell-colleague", "en", K, "C: The pegs went into the lawn sprinkler pipe.",
              "A: Sorry about that, I'll tell {keep:Declan}. The invoice will come from {keep:Siobhan}."),
    _dialogue("nl46-gekoppeld-aan", "nl", K, "C: Wie zet de tent op?",
              "A: Uw feest is gekoppeld aan {keep:Wessel}, hij zet de tent vrijdag op."),
    _dialogue("fr46-peut-vous-joindre", "fr", B, "A: Un numéro où {keep:Gaspard} peut vous joindre ?",
              "C: {PHONE:06 48 27 19 53}"),
    _dialogue("he46-yishlach", "he", B, "A: לאיזה מייל {keep:ניר} ישלח את האישור?", "C: {EMAIL:dana.k@example.co.il}"),
    # the agent sharing the customer's first name (a control on the base as well)
    _dialogue("en46-im-aoife-too", "en", CN, "C: Hi, it's {NAME:Aoife Brennan} about the marquee.",
              "A: Hi! I'm {keep:Aoife} too, funnily enough.", crm={"first_name": "Aoife", "last_name": "Brennan"}),
    # controls: an object's own ID number for an invoice, a booking ID read back by its end, a garden place
    _dialogue("en46-control-order-id-number", "en", K, "A: What's the order ID number for the invoice?",
              "C: it's {keep:48213}"),
    _dialogue("nl46-control-boeking-eindigend", "nl", K, "A: Uw boeking-ID eindigend op 552, klopt dat?",
              "C: ja, voor {keep:120} gasten"),
    _dialogue("en46-control-where-happen", "en", K, "A: Where did the tear happen?",
              "C: by the {keep:Side Door} panel"),
]
