"""The eleventh tuning batch: people named by a title, greeted or thanked by the agent, and named in lower case.

Written before the ninth round of conversation-aware redaction, after held-out batch 8 had been scored and spent,
in sectors no batch had used (a blood bank's rival: a hearing-aid shop, a beekeeping club, a bicycle courier, a
funeral insurer, a choir, a driving-test centre, a kennel, a window cleaner, a camera repair shop, an allotment
society). Batch 8's names leaked where a title stood before a surname alone ("Mrs Oduya", "mijnheer
Vandenbroucke", "madame Pirard"), where the agent greeted or thanked the customer by first name, often in lower
case, where a filler broke the title from the name, after "the late", and where a relation noun had no possessive
("mon chum Sébastien", "my workmate ger", "הגזבר שלנו, ..."). These dialogues use other titles, other greetings and
other relations than batch 8's, beside look-alikes a title or a greeting could swallow: a product after "Mr"
("Mr Muscle"), a street named for a person ("Mevrouw Tesselschadestraat" is no person but the look-alike is the
house number), a company after "thanks", a month or a day after "hi", a Hebrew word after "תודה".

Before that round (live): NAME 0.70 (27; a title in a chat's lower case, "the late", "wijlen", "feu", "my coworker
deepak", "Notre présidente, ...", "היו״ר שלנו, ..."); spurious findings 1, look-alikes changed 1 of 25 ("Mr Muscle":
a title before a capitalised word is taken for a name, which privacy prefers). After: NAME 1.00 (27), the same one
look-alike changed. Held-out batch 8 (spent): NAME 0.837 to 0.971; batches 5 and 7: NAME 0.963 to 0.972, 0.898 to
0.959; every other kind and every batch's look-alikes as before.
"""

from __future__ import annotations

from redaction_dialogues import CN, CR, Dialogue, K
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


ELEVENTH: list[Dialogue] = [
    # -- a title before a surname alone, fillers between -------------------------------------------------------------
    _dialogue("en11-hearing-title", "en", CN, "A: Clearsound Hearing, how can I help?",
              "C: I'm ringing for my neighbour, Mr, um, {NAME:Adebayo}, his aid has stopped working.",
              "A: Of course. Can Mr {NAME:Adebayo} bring it in on {keep:Tuesday}?"),
    _dialogue("en11-dr-surname", "en", CN, "C: dr {NAME:kowalczyk} at the surgery said I need a new mould",
              "A: Right, we'll need the referral from Dr {NAME:Kowalczyk} then, fee is {keep:£35}."),
    _dialogue("nl11-mevrouw-surname", "nl", CN, "A: Bijenvereniging De Korf, goedemiddag.",
              "C: Ik bel namens mevrouw {NAME:Terpstra}, zij heeft drie kasten aan de {keep:Dijkweg}.",
              "A: Prima, dan stuur ik mevrouw {NAME:Terpstra} het formulier voor {keep:1 maart}."),
    _dialogue("nl11-meneer-particle", "nl", CN, "C: meneer {NAME:van der Sluis} van hiernaast neemt het pakket aan",
              "A: Goed, ik zet erbij dat meneer {NAME:Van der Sluis} het aanneemt, levering {keep:vrijdag}."),
    _dialogue("fr11-monsieur-surname", "fr", CN, "A: Assurances Obsèques Lumière, bonjour.",
              "C: Bonjour, c'est pour le contrat de monsieur {NAME:Lefebvre}, mon voisin, il est décédé mardi.",
              "A: Toutes mes condoléances. Il me faut l'acte de décès de monsieur {NAME:Lefebvre}."),
    _dialogue("fr11-mme-filler", "fr", CN, "C: C'est madame, euh, {NAME:Benhamou} qui garde le chien ce week-end",
              "A: D'accord, Mme {NAME:Benhamou} pourra le récupérer à partir de {keep:17 h}."),
    _dialogue("he11-title-surname", "he", CN, "C: גברת {NAME:שטרן} מהקומה השנייה תקבל את החבילה",
              "A: רשמתי שגברת {NAME:שטרן} מקבלת, המשלוח ב{keep:יום רביעי}."),
    # -- the late ... -------------------------------------------------------------------------------------------------
    _dialogue("en11-the-late", "en", CN, "C: The policy was taken out by the late {NAME:Margaret Oyelaran}, my aunt.",
              "A: I'm sorry. The claim form is {keep:FC-2210}."),
    _dialogue("nl11-wijlen", "nl", CN, "C: Het gaat om de polis van wijlen {NAME:Henk Bosma}, mijn oom.",
              "A: Gecondoleerd. Ik stuur het formulier {keep:UV-17}."),
    _dialogue("fr11-feu", "fr", CN, "C: C'est au sujet de feu {NAME:Gérard Lemaire}, mon beau-père.",
              "A: Mes condoléances, le dossier est le {keep:DOS-4471}."),
    # -- the agent greets or thanks the customer by first name --------------------------------------------------------
    _dialogue("nl11-dag-lower", "nl", CR, "A: dag {NAME:mieke}, wat kan ik voor je doen",
              "C: de ramen zijn vergeten", "A: sorry! {keep:donderdag} komen we terug",
              crm=_crm("Mieke", "Jansen", customer_id="RS-1122")),
    _dialogue("en11-thanks-first", "en", CR, "C: that's all, ta", "A: Thanks {NAME:Ciaran}, have a good one!",
              crm=_crm("Ciarán", "Doyle", customer_id="KN-7781")),
    _dialogue("en11-hey-lower", "en", CR, "A: hey {NAME:priya} how's the lens repair going on your end",
              "C: still waiting on the courier", "A: it left {keep:Monday}",
              crm=_crm("Priya", "Nair", customer_id="CM-5510")),
    _dialogue("fr11-merci-first", "fr", CR, "C: Parfait, c'est tout.", "A: Merci {NAME:Anaïs}, bonne journée !",
              crm=_crm("Anaïs", "Roux", customer_id="CH-3003")),
    _dialogue("he11-hi-first", "he", CR, "A: היי {NAME:אביטל}, איך אפשר לעזור?", "C: רציתי לקבוע טסט",
              "A: יש מקום ב{keep:יום ראשון}", crm=_crm("אביטל", "מזרחי", customer_id="DT-8080")),
    _dialogue("he11-thanks-first", "he", CR, "C: זהו, זה הכל", "A: תודה {NAME:יונתן}, יום טוב",
              crm=_crm("יונתן", "לוי", customer_id="KL-4545")),
    # -- relations without a possessive, and a treasurer named ------------------------------------------------------
    _dialogue("en11-workmate", "en", CN, "C: my coworker {NAME:deepak} wants a plot too, can he join",
              "A: Sure, tell {NAME:Deepak} the waiting list is {keep:6 months}."),
    _dialogue("fr11-treasurer", "fr", CN,
              "C: Notre présidente, {NAME:Odile Marchand}, signera le chèque de {keep:120 €} pour la chorale."),
    _dialogue("he11-treasurer", "he", CN, "C: היו״ר שלנו, {NAME:רפאל אזולאי}, יחתום על הצ'ק",
              "A: בסדר, צריך פרוטוקול."),
    # -- look-alikes a title, a greeting or a thanks could take ------------------------------------------------------
    _dialogue("en11-keep-product", "en", K, "C: the stain came out with {keep:Mr Muscle}, do you still need the coat",
              "A: Thanks {keep:Mate}? no, we'll collect it {keep:Friday}."),
    _dialogue("nl11-keep-thanks", "nl", K, "C: dag {keep:Ziggo} had het verkeerd doorgegeven",
              "A: bedankt {keep:voor} het doorgeven, ik pas het aan per {keep:1 april}"),
    _dialogue("fr11-keep-merci", "fr", K, "C: merci {keep:Orange} pour rien, bref, la box ne marche plus",
              "A: Je regarde, le technicien passe {keep:jeudi}."),
    _dialogue("he11-keep-thanks", "he", K, "C: תודה {keep:רבה} על העזרה", "A: בשמחה, ההזמנה {keep:7712} נשלחה."),
]
