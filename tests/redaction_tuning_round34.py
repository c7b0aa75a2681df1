"""The thirty-sixth tuning batch: the company's person the agent brings up by first name as the subject of a plain
statement, with a verb no earlier round listed ("Koen stemt de vleugel dinsdag", "Callum is out of our yard", "Bien
sûr, Mathis s'en charge", "C'est Inès qui viendra", "רותם מהסדנה ... יטפל"); the customer asking after that person
coming ("en wanneer komt Sem?", "c'est Lucas qui passe ?") or thanking the agent by name ("bedankt Ilse", "thanks
Rhys", "merci Maëlle"); the company's person who has the customer's own first name, named by the role or the booking
("uw afspraak met Daan" to a customer called Daan, "votre intervenant s'appelle Hugo, comme vous"); a caller's person
named with who they are set apart after the name ("that's Rufus, my husband", "Zeb Lamb, her partner", "לדור, הבן
שלה"), by the house they live in ("Tjits van nummer 8") or as whom to ask at a place ("ask for Dot at the post
office", "לבקש משושי בקיוסק"); a Hebrew doctor's title after "and" ("וד\"ר ..."); and a payment reference that
passes an ID check, its label said before when it was given ("mijn betaalkenmerk van de vorige keer was ...").

Written in the thirty-fourth round of conversation-aware redaction, after held-out batch 33 (a household-appliance
repairer) had been scored and spent, in sectors no batch had used (a piano tuner, a chimney sweep, a beekeeping
supplier, a clock repairer). Batch 33 changed 22 look-alikes, all but one the company's technicians and planners by
first name: brought up by the agent as the subject with a verb no list had ("... komt donderdag", "... plant u in",
"... is out of our depot", "... vous confirme", "... vous écrit", "... prend le sèche-linge", "... s'en charge", "...
a déplacé", "C'est ... qui viendra", "... מהמעבדה ... יטפל"), asked after by the customer first ("en wanneer komt
...?", "et c'est ... qui vient ?"), thanked at the end ("top, bedankt ...", "thanks ...", "merci ..."), or sharing
the customer's first name ("Uw afspraak met ...", "Votre technicien s'appelle ..., comme vous", "uw collega ...");
and a payment reference "van vorige keer". It leaked names set apart by a relation after them (", my husband", ",
her husband", ", הבן שלה"), a neighbour "van nummer 6", "ask for ... at the shop", "לבקש מ... בשער" and "וד\"ר
...". Left: the company's person as the object of the agent's verb or by whose area it is ("Ik plan ... in", "dat
doet ... gewoon", "le dépôt enverra ...", "that's ...'s area"), since the customer's own people stand there as often
("U mag Lisa vrijdag ophalen", "Oliver's BSN"); "Will" alone as a name at the end of a phrase ("If not, Will", "of
Will") where it is also the English verb; the agent reading back the middle of a phone in words ("Achtendertig,
zeventien... en dan?", "Double six eight, got it", a Hebrew pair of tens); the end of an IBAN after "And the end?";
a street answered alone before its number with no street word ("Rothschild", "הרצל, קומה 3") or its number with a
Dutch floor after a separate question ("118 tweehoog"); a Hebrew postcode after the city; an IBAN that fails its
check after "חשבון להחזר?"; and the agent reading an IBAN's last digits before the customer has said anything.

Batch 33 before and after this round: NAME 0.845 -> 0.966, look-alikes changed 22 of 280 -> 4 of 280; the other
kinds as they were (ADDRESS 0.865, IBAN 0.929, PHONE 0.945, POSTCODE 0.952, the rest 1.00). Batches 1-32
unchanged, each with the same leaks and look-alikes as before.

Before this round, on these 19 dialogues (10 gold spans, 42 look-alikes): NAME 0.22 (9), EMAIL 1.00 (1); spurious
findings 15 of 18, look-alikes changed 15 of 42. After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import CN, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

THIRTY_SIXTH: list[Dialogue] = [
    # the company's person the agent brings up in a plain statement, as its subject
    _dialogue("nl36-stemt", "nl", K, "C: kan de vleugel deze week nog gestemd worden?",
              "A: Ja, {keep:Koen} stemt hem {keep:dinsdag 14 oktober} tussen {keep:9 en 12 uur}."),
    _dialogue("en36-out-of-depot", "en", K, "C: who's coming for the flue check?",
              "A: {keep:Callum} is out of our {keep:Ripon} yard; he'll text you on the day."),
    _dialogue("fr36-qui-viendra", "fr", K, "C: le technicien pour l'extracteur passe quand ?",
              "A: C'est {keep:Inès} qui viendra, {keep:mercredi} à {keep:10 h}. {keep:Mathis} s'en charge si elle "
              "est prise."),
    _dialogue("he36-mehasadna", "he", K, "C: השעון של סבא שלי לא עובד",
              "A: בסדר, {keep:רותם} מהסדנה ברחוב {keep:הנגרים 4} יטפל בו עד {keep:יום חמישי}."),
    # the customer asking after the company's person coming, then the agent's answer
    _dialogue("nl36-wanneer-komt", "nl", K, "A: Uw stemming staat genoteerd, opdracht {keep:PS-7731}.",
              "C: en wanneer komt {keep:Sem}?", "A: {keep:Sem} komt {keep:maandag} om {keep:13:30}."),
    _dialogue("fr36-qui-passe", "fr", K, "A: Votre ramonage est prévu, référence {keep:RM-2204}.",
              "C: et c'est {keep:Lucas} qui passe ?", "A: Oui, {keep:Lucas} passe {keep:jeudi} matin."),
    # the customer thanking the agent by name at the end
    _dialogue("nl36-bedankt", "nl", K, "A: De stemvork kost {keep:€ 18,50}, verzending is gratis.",
              "C: prima, bedankt {keep:Ilse}"),
    _dialogue("en36-thanks", "en", K, "A: The sweep certificate is {keep:£15} extra, reference {keep:CS-4410}.",
              "C: lovely, thanks {keep:Rhys}"),
    _dialogue("fr36-merci", "fr", K, "A: La cire gaufrée est à {keep:23,90 €} le kilo.",
              "C: super, merci {keep:Maëlle}"),
    # the company's person with the customer's own first name, named by the role or the booking
    _dialogue("nl36-namesake", "nl", K, "A: Spreek ik met meneer {NAME:Visser}?", "C: ja, met {NAME:Daan Visser}",
              "A: Uw afspraak met {keep:Daan} is verzet naar {keep:11:00}.", "C: haha, zelfde naam",
              crm={"customer": {"first_name": "Daan", "last_name": "Visser"}}),
    _dialogue("fr36-namesake", "fr", K, "A: Votre intervenant s'appelle {keep:Hugo}, comme vous !",
              "C: il vient à quelle heure ?", "A: À {keep:14 h}.",
              crm={"customer": {"first_name": "Hugo", "last_name": "Perrin"}}),
    # a caller's person set apart by who they are, by the house they live in, or as whom to ask at a place
    _dialogue("en36-my-husband", "en", CN, "A: Who else can we email the certificate to?",
              "C: {EMAIL:rufus.hale@example.com}, that's {NAME:Rufus}, my husband", "A: Done."),
    _dialogue("en36-her-partner", "en", CN, "A: Who'll let the sweep in?", "C: my sister, or {NAME:Zeb Lamb}, her "
              "partner", "A: Fine, {keep:8am} on {keep:Tuesday}."),
    _dialogue("nl36-van-nummer", "nl", CN, "A: Wie is er thuis als de stemmer komt?",
              "C: mijn buurvrouw, of anders {NAME:Tjits} van nummer 8", "A: Goed, rond {keep:10:00}."),
    _dialogue("en36-ask-for", "en", CN, "A: The farm track is hard to find. Anyone who can direct the driver?",
              "C: ask for {NAME:Dot} at the post office", "A: Will do, delivery {keep:Friday}."),
    _dialogue("he36-habben-shela", "he", CN, "A: מי יקבל את השעון?", "C: השכנה, ואם אין תשובה תתקשרו ל{NAME:דור}, "
              "הבן שלה", "A: בסדר, המשלוח ב{keep:יום שני}."),
    _dialogue("he36-levakesh-me", "he", CN, "A: יש קוד לשער?", "C: לא, לבקש מ{NAME:שושי} בקיוסק לפתוח",
              "A: תודה, נגיע ב-{keep:9:00}."),
    # a Hebrew doctor's title after "and"
    _dialogue("he36-vedoctor", "he", CN, "A: אפשר להביא את השעון לסדנה?", "C: וד\"ר {NAME:ברגמן} אמר שאסור לי להרים "
              "משהו כבד", "A: אז נאסוף אותו מהבית ב{keep:יום רביעי}."),
    # a payment reference that passes an ID check, its label said before when it was given
    _dialogue("nl36-vorige-keer", "nl", S, "A: De nieuwe berookset kost {keep:€ 64}.",
              "C: mijn betaalkenmerk van de vorige keer was {keep:123456782}, kan ik dat weer gebruiken?",
              "A: Nee, u krijgt een nieuw kenmerk: {keep:CS-9921}."),
]
