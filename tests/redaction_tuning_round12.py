"""The fourteenth tuning batch: addresses asked for by a delivery question, names after a plural, a family or a
teacher's title, and phones broken off by a filler or begun by an area code.

Written before the twelfth round of conversation-aware redaction, after held-out batch 11 had been scored and
spent, in sectors no batch had used (a piano tuner, a beekeeping supplier, a tailor, a chimney sweep). Batch 11's
values leaked where the agent asked where to deliver without the word address ("Waar mag het afgeleverd worden?",
"Should we courier it to you?", "Où se trouve l'écurie ?"), where the answer opened with "dat is" or "that's"
before the street, where a hamlet was a "lieu-dit", where a name followed a plural ("the boys, Alfie and Reuben"),
a godparent ("mon parrain, ..."), a family or teacher title ("de familie Ouwehand", "juf Storm"), a Hebrew
relation of someone else ("אמא שלו", "החבר של דניאל,") or the name that is also "with me" ("איתי ברגר"), where
a name set apart was followed by where the person lives ("de buren, Joke Bakker op ..."), and where a phone's
first piece ended in a filler ("087 21... em") or followed "area code". These dialogues say the same things in
other words, beside look-alikes those rules could swallow: opening hours, a line, a platform, a room, a product
code, "storm" in lower case, a delivery question about the order.

Before that round: see the figures in ``redaction_conversations_tuning``.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

FOURTEENTH: list[Dialogue] = [
    # -- a delivery question asks for the address; the answer may open with "that is" --------------------------------
    _dialogue("nl14-deliver-street", "nl", AD, "A: Waar moet de bijenkast bezorgd worden?",
              "C: Thuis, dat is {ADDR:Klaverweg}...", "A: Ja?", "C: De boerderij achteraan.",
              "A: Prima, de bezorger komt tussen {keep:9} en {keep:12}."),
    _dialogue("en14-courier-street", "en", AD, "A: Shall we courier the suit to you?",
              "C: Yes please, that's {ADDR:Tanner Close}, the house by the church.",
              "A: Lovely, or collect it from {keep:room 12} at our shop, open till {keep:5:30}."),
    _dialogue("fr14-where-hamlet", "fr", AD, "A: Où se trouve la maison ?",
              "C: Chez nous, {ADDR:lieu-dit Les Aulnes}, {PC:24560}.",
              "A: Très bien, le ramoneur passe vers {keep:8 h 30}, prenez la {keep:ligne 5} si besoin."),
    _dialogue("he14-send-to-you", "he", AD, "A: לשלוח אליך את המכוורת?", "C: כן, {ADDR:הזית 9}",
              "A: מצוין, דגם {keep:BK-200} יגיע ביום {keep:רביעי}."),
    # -- a name after a plural, a godparent, a family or a teacher's title ------------------------------------------
    _dialogue("nl14-family-title", "nl", CN, "C: De piano is van de familie {NAME:Brouwer}, en juf {NAME:Hendriks} "
              "speelt erop.", "A: Goed, bij {keep:storm} komen we niet, verder staat het op {keep:dinsdag}."),
    _dialogue("en14-plural-list", "en", CN, "C: Skis for me and the girls, {NAME:Maisie} and {NAME:Orla}.",
              "A: Great, the bus leaves from {keep:platform 3} at {keep:8}."),
    _dialogue("fr14-godmother", "fr", CN, "C: C'est un cadeau pour ma marraine, {NAME:Solange Perrin}.",
              "A: Parfait, la retouche coûte {keep:25 €}, prête en {keep:salle 2} jeudi."),
    _dialogue("he14-relation-of", "he", CN, "C: החבר של אורי, {NAME:נדב כץ}, יבוא לקחת את הכוורת",
              "A: בסדר, עד {keep:19:00}."),
    _dialogue("he14-mother-of", "he", CN, "C: הבן שלי בן 9. אמא שלו {NAME:מירב} תאסוף אותו",
              "A: מצוין, בחדר {keep:12}."),
    _dialogue("he14-nephew-with-me", "he", CN, "C: אני רושם גם את האחיין שלי {NAME:איתי לוי} לחוג",
              "A: נהדר, החוג ב{keep:17:00}."),
    _dialogue("nl14-apposed-place", "nl", CN, "C: Als ik er niet ben, bij de buren, {NAME:Kees Visser} op "
              "{ADDR:Lindelaan 4}.", "A: Genoteerd, de schoorsteenveger komt {keep:vrijdag}."),
    # -- a phone's first piece broken off by a filler, or begun by an area code --------------------------------------
    _dialogue("nl14-phone-filler", "nl", S, "A: Op welk mobiel nummer kan de stemmer u bereiken?",
              "C: {PHONE:06 41}... eh", "A: Ja?", "C: {PHONE:72 90 58}", "A: Dank u, het kost {keep:€95}."),
    _dialogue("en14-phone-filler", "en", S, "A: What's the best mobile for the sweep?", "C: {PHONE:083 47}... um",
              "A: Go on.", "C: {PHONE:21 906}", "A: Thanks, take {keep:line 5} to the showroom."),
    _dialogue("fr14-phone-filler", "fr", S, "A: Quel cell pour le ramoneur ?", "C: {PHONE:514 8}... attends",
              "A: Pas de souci.", "C: {PHONE:36-2207}", "A: Merci, modèle {keep:Jotul 3}."),
    _dialogue("he14-phone-filler", "he", S, "A: לאיזה נייד להתקשר?", "C: {PHONE:052 4}... אה", "A: כן?",
              "C: {PHONE:61 7720}", "A: תודה, בקומה {keep:3}."),
    # -- look-alikes: a delivery question about the order, the company's own hours and rooms -------------------------
    _dialogue("nl14-keep-order-where", "nl", K, "A: Waar staat de bestelling nu?",
              "C: Bij de sorteerhal, code {keep:BK 12}.", "A: Dan is hij er {keep:morgen}."),
    _dialogue("en14-keep-coach", "en", K, "C: does the coach leave at {keep:9}?",
              "A: Yes, from {keep:platform 3}."),
]
