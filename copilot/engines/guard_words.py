"""The words the draft guard listens for, in Dutch, English, French and Hebrew: here what a draft gives (sums
and number words, discounts, free things, refunds, bank accounts); what it asks and how it speaks in
``guard_words_conduct`` and ``guard_words_abuse``. ``guard_lexicon`` makes the lists patterns.

Kept apart from the checks so a reviewer can read the lists on their own and a new language is one
edit here. Every pattern is compiled once at import. Hebrew words take up to two attached prefixes
(ו, ה, ב, ל, מ, ש, כ): "והסיסמה" is "and the password". No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copilot.engines.guard_lexicon import HE_LETTER, Words, phrases, words

# -- numbers written as words -------------------------------------------------------------------------------


def _number_words() -> dict[str, int]:
    found: dict[str, int] = {}
    en_units = "one two three four five six seven eight nine".split()
    en_teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    en_tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    nl_units = "een twee drie vier vijf zes zeven acht negen".split()
    nl_teens = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
    nl_tens = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
    fr_units = "un deux trois quatre cinq six sept huit neuf".split()
    fr_teens = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
    fr_tens = "vingt trente quarante cinquante soixante".split()
    for units, teens, tens in ((en_units, en_teens, en_tens), (nl_units, nl_teens, nl_tens),
                               (fr_units, fr_teens, fr_tens)):
        found.update({w: n for n, w in enumerate(units, 1)} | {w: n for n, w in enumerate(teens, 10)})
        for t, ten in enumerate(tens, 2):
            found[ten] = t * 10
            for u, unit in enumerate(units, 1):
                if units is nl_units:
                    found[f"{unit}{'ën' if unit.endswith('e') and unit != 'een' else 'en'}{ten}"] = t * 10 + u
                elif units is fr_units:
                    found[f"{ten}-{unit}"] = found[f"{ten} et {unit}" if u == 1 else f"{ten}-{unit}"] = t * 10 + u
                else:
                    found[f"{ten}-{unit}"] = found[f"{ten} {unit}"] = t * 10 + u
    for base, value in (("soixante", 60), ("quatre-vingt", 80)):
        for n, teen in enumerate(fr_teens, 10):
            found[f"{base}-{teen}"] = found[f"{base} et {teen}"] = value + n
        if value == 80:
            found["quatre-vingts"] = 80
            for u, unit in enumerate(fr_units, 1):
                found[f"quatre-vingt-{unit}"] = 80 + u
    # the reformed French spelling joins "et" with hyphens too: "vingt-et-un", "soixante-et-onze"
    found.update({phrase.replace(" et ", "-et-"): n for phrase, n in found.items() if " et " in phrase})
    found.update({"hundred": 100, "a hundred": 100, "one hundred": 100, "honderd": 100, "cent": 100,
                  "a dozen": 12, "een dozijn": 12, "une douzaine": 12})
    # hundreds and what follows them: "honderdnegentien", "two hundred and fifty", "cent dix-neuf", "deux cents"
    below = {phrase: n for phrase, n in found.items() if n < 100 and phrase.isascii()}
    for h in range(1, 10):
        nl = "honderd" if h == 1 else f"{nl_units[h - 1]}honderd"
        en = ("a hundred", "one hundred") if h == 1 else (f"{en_units[h - 1]} hundred",)
        fr = "cent" if h == 1 else f"{fr_units[h - 1]} cent"
        found[nl], found[f"{fr}s" if h > 1 else fr] = h * 100, h * 100
        for phrase in en:
            found[phrase] = h * 100
        for rest, n in below.items():
            if rest in (*nl_units, *nl_teens, *nl_tens) or "en" in rest and rest.endswith(tuple(nl_tens)):
                found[f"{nl}{rest}"] = h * 100 + n
            if rest in en_units or rest in en_teens or rest in en_tens or "-" in rest and rest.split("-")[0] in en_tens:
                for phrase in en:
                    found[f"{phrase} and {rest}"] = found[f"{phrase} {rest}"] = h * 100 + n
            if rest in fr_units or rest in fr_teens or rest.startswith((*fr_tens, "quatre-vingt")):
                found[f"{fr} {rest}"] = h * 100 + n
    he_units = [("אחת", "אחד"), ("שתיים", "שניים", "שתי", "שני", "שתים", "שנים"), ("שלוש", "שלושה"), ("ארבע", "ארבעה"),
                ("חמש", "חמישה"), ("שש", "שישה"), ("שבע", "שבעה"), ("שמונה",), ("תשע", "תשעה")]
    he_tens = "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
    for u, forms in enumerate(he_units, 1):
        for form in forms:
            found[form] = u
            found[f"{form} עשרה"] = found[f"{form} עשר"] = 10 + u
            for t, ten in enumerate(he_tens, 2):
                found[f"{ten} ו{form}"] = found[f"{ten} ו-{form}"] = t * 10 + u
    for t, ten in enumerate(he_tens, 2):
        found[ten] = t * 10
    construct = {"שלושת": 3, "ארבעת": 4, "חמשת": 5, "ששת": 6, "שבעת": 7, "שמונת": 8, "תשעת": 9, "עשרת": 10}
    found.update({"עשר": 10, "עשרה": 10, "מאה": 100, **construct})
    # Hebrew hundreds and what follows them with its "and": "מאתיים", "שש מאות", "שלוש מאות וחמישים"
    below_he = {phrase: n for phrase, n in found.items() if n < 100 and not phrase.isascii() and " " not in phrase}
    for h, hundred in enumerate(("מאה", "מאתיים", *(f"{forms[0]} מאות" for forms in he_units[2:])), 1):
        found[hundred] = h * 100
        for rest, n in below_he.items():
            found[f"{hundred} ו{rest}"] = found[f"{hundred} ו-{rest}"] = h * 100 + n
    return found


NUMBER_WORDS = _number_words()
# The last word of every number written as words ("twenty-five" ends in "five"): what may stand before a measure.
NUMBER_ENDINGS = frozenset(phrase.replace("-", " ").split()[-1] for phrase in NUMBER_WORDS) | frozenset(
    phrase.split()[-1] for phrase in NUMBER_WORDS)
# A number word counts only before what it measures ("vijftig procent", "three months", "veertig euro"):
# "een" and "un" are also the article.
MEASURES = (r"%|percent\b|per cent\b|procent\b|pour ?cents?\b|pourcents?\b|אחוז\w*|months?\b|maand(?:en)?\b|"
            r"mois\b|ה?חודש\w*|weeks?\b|weken\b|semaines?\b|euros?\b|eur\b|€|dollars?\b|pounds?\b|"
            r"שקל\w*|ש\"ח|₪|bills?\b|invoices?\b|factu(?:u?r|ren|res?)\b|חשבוני\w*")
MEASURE = re.compile(MEASURES, re.IGNORECASE)
HEBREW_DUALS = {"חודשיים": "2 חודשים", "שבועיים": "2 שבועות", "שנתיים": "2 שנים"}

# -- discounts ----------------------------------------------------------------------------------------------

# Discounts said to come on top of each other: their percentages add up ("10% plus another 10%").
STACKED = words(["plus", "another", "extra", "additional", "on top", "stack\\w*", "combined", "in total", "total",
                 "bovenop", "daarbovenop", "nog eens", "in totaal", "samen", "en plus", "suppl[ée]mentaire\\w*",
                 "au total", "cumul\\w*"], ["נוסף", "נוספת", "עוד", "בסך הכל", "סה\"כ"])
# A percentage called the total of those stacked: "40% in total", "soit 40 % au total", "40% בסך הכול" (after it), "in
# totaal 40%", "au total 40 %", "סך הכול 40%" (before it)
IN_TOTAL = re.compile(r"\s?(?:(?:off|korting|de remise|de réduction|discount|הנחה)\s)?(?:in total|in all|altogether|"
                      r"overall|all in|in totaal|totaal|alles samen|au total|en tout|בסך הכול|בסך הכל|סה\"כ|סך הכול|"
                      r"סך הכל)(?!\w)", re.IGNORECASE)
IN_TOTAL_BEFORE = re.compile(r"(?:in total|a total of|together|combined|compounded|stacked|in totaal|totaal|samen|"
                             r"gecombineerd|gestapeld|au total|en tout|un total de|ensemble|cumulé\w*|בסך הכול|בסך הכל|"
                             r"ביחד|יחד|במצטבר|מצטבר|"
                             r"סה\"כ|סך הכול|סך הכל)\W{0,3}"
                             # (a copula between, "together that is 32%", "samen is dat", "ensemble ça fait", "ביחד זה")
                             r"(?:(?:is|are|that|that's|this|it|it's|comes to|makes|zijn|dat|dit|het|komt op|c'est|ça|"
                             r"cela|fait|font|זה|יוצא|יוצאת)\s){0,3}(?:\S+\s)?$", re.IGNORECASE)
# The later of stacked discounts said to come off the price the first leaves: "20% off the discounted price", "op de
# verlaagde prijs", "sur le prix déjà remisé", "על המחיר המוזל"
ON_REDUCED = re.compile(r"(?:off|on|of|from) (?:top of )?the (?:already )?(?:discounted|reduced|lowered|new) "
                        r"(?:price|rate|total)|(?:op|van) de (?:al )?(?:verlaagde|afgeprijsde|gereduceerde|nieuwe) "
                        r"(?:prijs|bedrag)|"
                        r"op de kortingsprijs|(?:sur|du) (?:le|ce) prix (?:déjà )?(?:remisé|réduit|baissé)|"
                        r"(?:על|מ)ה?מחיר (?:המוזל|המופחת|אחרי ההנחה|לאחר ההנחה)|"
                        # or off what the first leaves: "on the remainder", "van wat overblijft", "sur le restant",
                        # "על היתרה"
                        r"(?:off|on|of|from) (?:the |what(?:'s| is) )?(?:rest|remainder|remaining (?:amount|price|sum)|"
                        r"left)(?!\w)|(?:op|van) (?:de rest|het rest(?:erende)? ?bedrag|wat overblijft|"
                        r"wat er overblijft)|(?:sur|du) (?:le reste|le restant|ce qui reste|le montant restant)|"
                        r"(?:על|מ)ה?(?:יתרה|שאר)(?![\u05d0-\u05ea])", re.IGNORECASE)
# A figure denied as it is named, "not 30%", "pas 30 %", "niet 30%", "ולא 30%": the draft says what it does not come to
DENIED_FIGURE = re.compile(r"(?<!\w)(?:not|never|pas|non|niet|nooit|geen|ולא|לא)\s*$", re.IGNORECASE)
# A share of the price said as what is paid, "at two thirds of the price", "voor twee derde van de prijs", "aux deux
# tiers du prix", "בשני שליש מהמחיר": the preposition just before the share and the price just after it.
AT_SHARE = re.compile(r"(?<!\w)(?:at|for|voor|tegen|à|aux|pour)\s$|(?<![\u05d0-\u05ea])ב$", re.IGNORECASE)
OF_THE_PRICE = re.compile(r"\s(?:of the|of its|of your|van de|van het|van uw|du|de la|de votre)\s(?:\w+\s)?"
                          r"(?:price|prix|prijs|rate|tarif|tarief)(?!\w)|\sמ(?:ה)?מחיר(?![\u05d0-\u05ea])",
                          re.IGNORECASE)
FRACTIONS = [
    # half of a price, not half an hour or "een half jaar"
    (re.compile(r"(?<!\w)(?:half|halve|halven|halveer\w*|halver\w*|gehalveerd|de helft|helft|moiti[ée]|demi|"
                r"divis\w* (?:\S+ ){0,3}?par deux|חצי|מחצית|בחצי|חוצה|נחצה|אחצה|לחצות)(?!\w)(?![- ](?:an? |een )?"
                r"(?:hours?|uur|heures?|days?|dag|journ[ée]e|years?|jaar|ann[ée]e|weeks?|minutes?|שעה|יום|שנה|שנת))",
                re.I), 50.0),
    (re.compile(r"(?<!\w)(?:two[- ]thirds|twee ?derde|deux[- ]tiers|שני שליש\w*)(?!\w)", re.I), 66.7),
    (re.compile(r"(?<!\w)(?:three[- ]quarters|three[- ]fourths|driekwart|drie kwart|trois[- ]quarts|שלושה רבעים|"
                r"שלושת רבעי)(?!\w)", re.I), 75.0),
    (re.compile(r"(?<!\w)(?:a third|one third|een derde|un tiers|שליש)(?!\w)", re.I), 33.3),
    (re.compile(r"(?<!\w)(?:a quarter|one quarter|a fourth|een kwart|un quart|רבע)(?!\w)", re.I), 25.0),
    (re.compile(r"(?<!\w)(?:a fifth|one fifth|een vijfde|un cinqui[èe]me|חמישית)(?!\w)", re.I), 20.0),
    (re.compile(r"(?<!\w)(?:a tenth|one tenth|een tiende|un dixi[èe]me|עשירית)(?!\w)", re.I), 10.0),
]
# A share said as what comes off, just after it: "a third less", "un tiers de moins", "een derde minder", "שליש פחות"
SHARE_LESS = re.compile(r"\s(?:less|de moins|en moins|minder|goedkoper|moins cher)(?!\w)|\sפחות(?![\u05d0-\u05ea])",
                        re.IGNORECASE)
# The largest discount staff may give, named without its figure: "with the maximum discount", "met de maximale
# korting", "avec la remise maximale", "עם ההנחה המקסימלית": the limit itself, no more
MOST_ALLOWED = re.compile(r"(?<!\w)(?:(?:the |our |my )?(?:maximum|max|highest|largest|biggest) (?:discount|reduction)|"
                          r"(?:de |onze |mijn )?(?:maximale|hoogste|grootste) korting|"
                          r"(?:la |notre |ma )?(?:remise|r[ée]duction) maximale|(?:la |notre )?(?:remise|r[ée]duction) "
                          r"la plus (?:haute|forte|grande))(?!\w)|(?<![\u05d0-\u05ea])ה?הנחה ה?(?:מקסימלית|מרבית|"
                          r"הכי גדולה)(?![\u05d0-\u05ea])", re.IGNORECASE)
# Matching another price is a discount of a size no passage sets: "we'll match that", "on s'aligne", "voor de prijs
# van Plus", "נשווה: ...". What a draft refuses ("we can't match it") stays out, as for every discount.
_NOT_A_PRICE = "(?! ?(?:[€$£₪]|\\d|one\\b|een\\b|één\\b|un\\b|une\\b))"  # "two for the price of one" is a free item
_SUM = "(?:[€$£₪] ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:[€$£₪]|euros?))"
_NOW_EN = "(?:before|now|today|last|this|you|your|usual|normal)\\b"
_NOW_NL = "(?:nu|voorheen|vroeger|eerst|vorige?|u|je|jij|uw|gewoonlijk|normaal)\\b"
_NOW_FR = "(?:maintenant|avant|aujourd|l'an|vous|votre|d'habitude|habituellement)\\b"
MATCH = words(
    ["(?:we|i)(?:'ll| will| can| could| would| are happy to| am happy to)? (?:\\S+ )?(?:price-?)?match (?:that|it|"
     "this|their|his|her|what|them|those|theirs|the (?:price|quote|offer))",
     "(?:we|i)(?:'ll| will| can)? (?:\\S+ )?beat (?:that|their|this|the) (?:price|quote|offer)",
     # the match promised without its object: "sure, we'll match: ...", "נתאים:"
     "(?:we|i)(?:'ll| will| can| could| are happy to| am happy to) (?:\\S+ )?(?:price-?)?match(?= ?[:!])",
     f"for the price of{_NOT_A_PRICE}", f"at (?:the )?(?:same )?price as{_NOT_A_PRICE}",
     f"voor de prijs van{_NOT_A_PRICE}", "(?:we|ik|wij) (?:\\S+ )?(?:matchen|match|evenaren|evenaar)\\b",
     "(?:trekken|trek) (?:\\S+ ){0,3}?gelijk", "(?:on|je|nous) (?:vous |te )?(?:s'|m'|nous )align\\w*",
     # another shop matched by its name: "I'll match Bloomly", "je vous aligne sur Fleuro", "we matchen Bloemhuis"
     "(?:we|i)(?:'ll| will| can| could| would)? (?:\\S+ )?(?:price-?)?match (?-i:[A-Z])\\w+",
     "(?:on|je|nous) (?:vous |te )align\\w* (?:sur|avec)\\b",
     f"au (?:même )?prix (?:du|de la|de l'|des|que){_NOT_A_PRICE}", "pour le prix (?:du|de la|de l'|d'un|d'une)",
     # the same sum as another shop's, not as before: "down to the same €22 a month they charge", "naar hetzelfde
     # bedrag als bij ...", "le même tarif que ...", "לאותו מחיר כמו ..."
     f"the same (?:price|amount|rate|fee|{_SUM})(?: (?:a|per) (?:month|year|week))? (?:as(?! {_NOW_EN})|(?:that )?"
     "(?!(?:that )?(?:we|i|you) )(?:\\S+ ){1,2}(?:charges?|asks?)\\b)",
     f"(?:hetzelfde|zelfde) (?:bedrag|tarief|{_SUM})(?: per (?:maand|jaar|week))? (?:als(?! {_NOW_NL})|"
     "(?:dat )?(?!(?:dat )?(?:wij|we|ik|u|je) )(?:\\S+ ){1,2}(?:rekent|vraagt)\\b)",
     f"dezelfde prijs als(?! {_NOW_NL})",
     f"(?:le|au) m[êe]me (?:tarif|montant|{_SUM})(?: par (?:mois|an|semaine))? que(?! {_NOW_FR})",
     # going along with another's price: "we gaan mee met de prijs van ...", "we'll go along with their price", "on
     # suit le prix de ...", "נלך עם המחיר של ..."
     "(?:gaan|ga) (?:\\S+ ){0,2}?mee (?:met|in) (?:de|hun|die|zijn|haar|het) (?:\\S+ )?(?:prijs|tarief|aanbod|bedrag)",
     "(?:go|going|come|coming) (?:along )?(?:with|down to) (?:their|that|the other|his|her) (?:\\S+ )?(?:price|"
     "rate|quote|offer)", "(?:on|nous|je) (?:vous )?(?:sui[st]|suivons|reprend|reprenons) (?:le|leur|son|ce) "
     "(?:prix|tarif)",
     # a price set "to match" another's: "for €5,100 to match that quote", "om die offerte te evenaren", "pour
     # égaler ce devis", "כדי להשתוות להצעה"
     "to (?:price-?)?(?:match|beat|equal) (?:that|their|the|this|his|her|your|the other|the competitor's) (?:\\S+ )?"
     "(?:quote|price|offer|deal|rate)",
     "om (?:die|de|dat|hun|zijn|haar|uw|je|het) (?:\\S+ )?(?:offerte|prijs|aanbod|aanbieding|tarief) te "
     "(?:evenaren|matchen|verslaan|kloppen)",
     "pour (?:[ée]galer|matcher|battre|s'aligner sur|m'aligner sur|nous aligner sur) (?:ce|cette|leur|le|la|son|sa|"
     "votre) (?:\\S+ )?(?:devis|prix|offre|tarif)",
     # one plan at another's price: "you pay the Mini price for Maxi", "je betaalt voor de Maxi de prijs van de Mini"
     "(?:pay|charge you) the \\S+ price for",
     "(?:betaal|betaalt|betalen|reken\\w*) (?:\\S+ ){0,3}?voor (?:de |het )?\\S+ de prijs van",
     "(?:payez|paierez|facture\\w*) (?:\\S+ ){0,2}?(?:la |le |l')?\\S+ au prix (?:du|de la|de l')",
     # paying what another shop asks: "you pay the same as at Snips", "je betaalt hetzelfde als bij Knipwijs",
     # "vous payez la même chose que chez ...", "תשלמי כמו אצל ..."
     "pay (?:\\S+ ){0,3}?(?:the same|exactly what you(?:'d| would)? pay) (?:as )?(?:at|with|in|over at)\\b",
     "(?:betaal|betaalt|betalen|kost|kosten) (?:\\S+ ){0,5}?hetzelfde (?:\\S+ ){0,2}?als bij\\b",
     "hetzelfde (?:\\S+ ){0,5}?(?:betaalt|betalen|betaal|kost) als bij\\b",
     "(?:payez|paierez|payer) (?:\\S+ ){0,4}?(?:la même chose|pareil|autant) qu(?:e |')(?:à|chez|au)\\b"],
    # "we'll match", "I match (it) for you": every person and the present tense
    # (and "we'll match them", "נתאים להם": to the other shop)
    ["(?:נשווה|אשווה|משווה|משווים)(?= ?[:,]| את| לך| להם| למחיר)", "(?:נתאים|אתאים)(?= ?[:,!]| לך| לכם| להם| למחיר)",
     "(?:נתאים|אתאים|מתאים|מתאימה|מתאימים) "
     "(?:לך )?את המחיר", "(?:נתאים|אתאים|נשווה|אשווה) (?:לך )?(?:להם|לו|לה|למחיר שלהם|למחיר שלו)(?![\u05d0-\u05ea])",
     "נשתווה", "ניישר קו",
     "כדי (?:להשתוות|להתאים|להתיישר) (?:\\S+ )?(?:ל|עם )?(?:ה)?(?:הצעה|מחיר)", "במחיר של(?! ?[₪\\d])",
     "כמו אצלם", "(?:תשלם|תשלמי|תשלמו|משלם|משלמת) (?:\\S+ ){0,4}?(?:בדיוק )?כמו אצל", "על (?:ה)?\\S+ את המחיר של",
     "(?:ל)?אותו (?:מחיר|סכום|תעריף) (?:כמו|ש)(?!(?:עכשיו|היום|לפני|אתה|את|שילמת)\\b)"])
# Paying for some of the months only: "on vous facture 9 mois sur 12", "you pay for 9 of the 12 months", "je betaalt 9
# van de 12 maanden", "תשלם על 9 חודשים מתוך 12": the months left out are a discount of their share. (Not what was paid
# so far: "you've paid 3 of the 12 months".)
PART_OF_MONTHS = re.compile(
    r"(?<!\w)(?:pay|pays|charge|charges|bill|bills|betaal|betaalt|betalen|reken\w*|factur\w+|payez|paierez|pay[eo]ns|"
    r"pr[ée]l[èe]v\w+|תשלם|תשלמי|תשלמו|נחייב|נגבה|אחייב)(?!\w)(?:\s+\S+){0,4}?\s+(\d+)\s+(?:months?|maanden|mois|"
    r"חודשים)?\s*(?:sur|of(?: the)?|out of|van(?: de)?|op|מתוך)\s+(\d+)(?!\d)", re.IGNORECASE)
# Paying for some of a group only: "pay for five and all eight swim", "betaal voor 4 en kom met z'n vijven", "vous
# payez pour trois et venez à quatre", "משלמים על ארבעה ונכנסים שבעה": the count after the "and" is how many come, and
# the ones not paid for are a discount of their share. Read by ``paid_for_some`` (a count in figures or in words).
PAY_FOR = re.compile(
    r"(?<!\w)(?:pay|pays|paying|betaal|betaalt|betalen|payez|payer|payons|paient|paye|paies|משלמים|משלמות|תשלמו|תשלם|"
    r"תשלמי|משלם|משלמת|נשלם)\s+(?:only\s+|just\s+|alleen\s+|maar\s+|seulement\s+|רק\s+)?(?:for|voor|pour|על)\s+"
    r"(?:(?:the|de|les)\s+)?(?P<paid>[^\W_]+)(?P<rest>[^.!?;:]{0,40})", re.IGNORECASE)
# the "and" before the count of those who come, Hebrew's on the word after it: "and all eight swim", "ונכנסים שבעה"
_JOINED_BY = re.compile(r"(?<!\w)(?:and|but|while|en|maar|terwijl|et|mais|alors que)(?!\w)|"
                        r"(?<![\u05d0-\u05ea])ו(?=[\u05d0-\u05ea]{2})", re.IGNORECASE)
_COUNT_WORD = re.compile(r"(?<![€$£₪\w])[^\W_]+(?![\w]|\s?(?:[€$£₪%]|euros?\b|eur\b|dollars?\b|שקל|ש\"ח))")


def _count(word: str) -> float | None:
    """A count written in figures or words ("6", "six", "zes", "שישה")."""
    if word.isdigit():
        return float(word)
    # (also as a group counts itself: "met z'n vieren", "à nous quatre")
    word = word.casefold()
    value = next((NUMBER_WORDS[form] for form in (word, word.removesuffix("en"), word.removesuffix("ën"))
                  if form in NUMBER_WORDS), None)
    return None if value is None else float(value)


def paid_for_some(text: str) -> tuple[float, float] | None:
    """(paid for, come) of the first "pay for five and all eight swim" in ``text``: fewer paid for than come, the count
    of those who come the first after an "and" (not a sum: "pay for two, and €24 each")."""
    for m in PAY_FOR.finditer(text):
        paid, rest = _count(m.group("paid")), m.group("rest")
        if paid is None:  # the count after what is paid for, as Hebrew puts it: "משלמים על כרטיס אחד ושניים נכנסים"
            first = re.match(r"\s+([^\W_]+)", rest)
            paid = _count(first.group(1)) if first else None
            rest = rest[first.end():] if first and paid is not None else rest
        joined = _JOINED_BY.search(rest)
        if paid is not None and joined is None:
            # or named before, joined to the payment by an "and": "take six lessons and you just pay for three"
            start = max(0, m.start() - 80)
            part = re.split(r"[.!?;:\n]", text[start:m.start()])[-1]
            joins = list(_JOINED_BY.finditer(part))
            # (the "and" right before the payment, only its subject between: "... and you just pay for three")
            if joins and len(part[joins[-1].end():].split()) <= 3 and not any(
                    _count(word.group()) is not None for word in _COUNT_WORD.finditer(part[joins[-1].end():])):
                come = next((value for word in reversed(list(_COUNT_WORD.finditer(part[:joins[-1].start()])))
                             if (value := _count(word.group())) is not None), None)
                if come is not None and 0 < paid < come <= 1000:
                    return paid, come
        if paid is None or joined is None:
            continue
        # (read from the "and" on as a text of its own: Hebrew's "ו" is the first letter of the word after it)
        come = next((value for word in _COUNT_WORD.finditer(rest[joined.end():])
                     if (value := _count(word.group())) is not None), None)
        if come is not None and 0 < paid < come <= 1000:
            return paid, come
    return None


# What a payment is matched by, not a price: "with your customer number as the reference so we can match it".
PAYMENT_REFERENCE = re.compile(r"(?<!\w)(?:reference|payment reference|omschrijving|betalingskenmerk|kenmerk|"
                               r"référence|libellé|אסמכתה|אסמכתא)(?!\w)", re.IGNORECASE)
# A passage that says the company matches other prices ("We match any cheaper offer", "prijsgarantie") backs a match.
# (the verb, not the noun of a game: "the full match video", "de matchvideo")
MATCHES_PRICES = re.compile(r"(?<!\w)(?:price[- ]?match(?:es|ed|ing)?|match(?:es|ed|ing)?(?! (?:video|report|ball|"
                            r"day|score|result|highlights?|replay|footage)\b)|matchen|evenaren|evenaart|prijsgarantie|"
                            r"price promise|s['’]aligne\w*|alignons|alignement|נשווה|נתאים|משווים|מתאימים)(?!\w)",
                            re.IGNORECASE)
# "I'll do you 25%", "je vous fais 30 %", "ik doe je 20%": a percentage given is a discount.
DO_YOU = re.compile(r"(?:\b(?:do|doing) you|\b(?:fais|fait|faisons|ferai|ferons|accorde|accorderai)\b|"
                    r"\bdoe (?:ik )?(?:je|u)\b|(?:עושה|אעשה|נעשה|נותן|אתן|ניתן) (?:לך|לכם))\s(?:\S+\s){0,3}?$", re.I)
# Words that make a fraction or a pair of amounts about the price.
PRICE_WORDS = words(
    ["\\w*premi(?:e|um)s?\\w*", "primes?", "cotisations?", "huur\\w*", "rent(?:al)?", "loyer\\w*", "eraf", "en moins",
     "off", "discount\\w*", "price\\w*", "bill\\w*", "fares?", "tickets?", "\\w*prijs\\w*", "billets?", "vouchers?",
     "tegoedbon\\w*", "waardebon\\w*", "bons? d'achat", "avoirs?", "fee\\w*", "invoice\\w*", "subscription", "plan",
     "monthly",
     "cheaper", "reduc\\w+", "knock\\w*", "korting\\w*", "prijs", "prijzen", "factu\\w+", "tarie\\w+", "maandbedrag",
     "abonnement\\w*", "goedkoper", "remise\\w*", "r[ée]duction\\w*", "rabais", "prix", "tarif\\w*", "moins cher",
     "pay\\w*", "betaal\\w*", "betal\\w*", "paie\\w*", "paier\\w*", "payer", "payez", "korting", "ristourne",
     "\\w*bedrag\\w*",
     "\\w*kosten", "mensualit\\w+", "montant", "charges?", "rates?", "amount", "vastrecht", "termijn\\w*"],
    ["הנחה", "הנחת", "מחיר", "המחיר", "חשבון", "חשבונית", "תשלום", "מנוי", "תשלם", "תשלמי", "זול", "כרטיס\\S*",
     "שובר\\S*", "פרמי\\S*", "שכירות"])
# "You only pay 30%", "we charge you just 30% of the usual bill": the rest is the discount.
PAY = words(["pay", "pays", "paying", "paid", "charg\\w*", "betaal\\w*", "betalen", "rekenen", "reken", "factureren",
             "factureer\\w*", "paie\\w*", "paier\\w*", "payer", "payez", "payes", "pay[ée]s?", "factur\\w+"],
            ["תשלם", "תשלמי", "תשלמו", "משלם", "משלמת", "לשלם", "ישולם", "נחייב", "יחויב", "תחויב", "תחויבי", "חיוב"])
# A sum said roughly, just before it: "about €300", "zo'n €300", "environ 300 €", "בערך 2,000 ₪", "כ-300 ₪"
ROUGHLY = re.compile(r"(?:\b(?:about|around|roughly|approximately|some|ongeveer|zo'n|circa|rond de|ruwweg|environ|"
                     r"à peu près|près de|autour de|quelque)|בערך|בסביבות|(?<![\u05d0-\u05ea])כ-?|~)\s*(?:[€$£₪]\s?)?$",
                     re.IGNORECASE)
ONLY = words(["only", "just", "merely", "maar", "slechts", "nog maar", "seulement", "plus que", "uniquement",
              "ne (?:\\S+ ){0,2}que", "n'(?:\\S+ ){0,2}que"], ["רק"])
# A percentage of a fee is no share of the price: "only 3% for card payments", "nog 21% btw".
FEE_AFTER = re.compile(r"\s?(?:\S+\s){0,3}?(?:fee|surcharge|commission|interest|vat|tax|btw|toeslag|rente|tva|taxe|"
                       r"frais|int[ée]r[êe]ts|עמלה|ריבית|מע\"מ)", re.I)
_USUAL = (r"(?:usual|normal|regular|current|standard|full|present|monthly|old|list|normale|huidige|gewone|standaard|"
          r"volle|reguliere|maandelijkse|oude|habituel(?:le)?s?|normale?s?|actuel(?:le)?s?|r[ée]guli[èe]re?s?|"
          r"mensuel(?:le)?s?|plein|complet|complète|הרגיל|הרגילה|הנוכחי|הנוכחית|הקבוע|הקבועה|המלא|המלאה|החודשי)")
_BILL = (r"(?:prices?|bills?|amount|fees?|rates?|tariffs?|invoices?|costs?|subscription|charges?|fares?|tickets?|"
         r"\w*prijs|\w*bedrag|\w*tarief|factuur|rekening|abonnement\w*|\w*kosten|facture|prix|tarif|montant|billets?|"
         r"mensualit[ée]s?|co[uû]t|מחיר|תעריף|חשבון|סכום|תשלום|מנוי|חיוב)")
OF_USUAL = re.compile(rf"(?<!\w)(?:(?:of|from) (?:the|your|what you)|van (?:het|uw|je|de|wat u|wat je)|"
                      rf"d[eu] (?:votre|vos|la|le|ce que vous)|de l'|du)\s?(?:{_USUAL} )?"
                      rf"(?:{_BILL}|(?:now |normally )?pay|nu betaalt|payez)(?: {_USUAL})?|"
                      rf"(?<![\u05d0-\u05ea])מ(?:ה|מה)?{_BILL}", re.I)
# Between two amounts, one of these makes the second the old price ("€5 instead of €45").
INSTEAD = words(["instead of", "rather than", "in plaats van", "i\\.p\\.v\\.", "ipv", "au lieu de", "down from",
                 "reduced from", "plutôt que"], ["במקום"])
# A sum said as what a plan costs is its price, not a gift: "with Basic at €24.99 you get the free intro session",
# "Basic à 24,99 €", "Basic voor €24,99" ("נזכה אותך ב-5 ₪" gives: Hebrew's "at" is no price word).
PRICED_AT = re.compile(r"(?<!\w)(?:at|à|voor|for just|for only)\s*$", re.I)
# Between a price and a sum after it, these make the sum what is saved, not a new price: "€486 instead of €540, a
# saving of €54", "dus je bespaart €54", "soit 54 € d'économie", "כלומר חיסכון של 198 ₪".
SAVING = words(["sav(?:e|es|ed|ing|ings)", "bespa\\w*", "besparing\\w*", "voordeel", "[ée]conomi\\w*", "gagne\\w*"],
               ["חיסכון", "חוסכ\\S*", "חוסך", "תחסכ\\S*", "תחסוך", "נחסכ\\S*"])
TAKE_OFF = words(["off", "af", "retire\\w*", "enl[eè]v\\w*", "d[ée]duis\\w*", "d[ée]duire", "korting op", "remise de",
                  "rabais de"],
                 ["מוריד", "מורידים", "נוריד", "הנחה של"])

# What a refund is paid less of: "we refund minus €30 per visit", "min €30", "moins 30 €", "less the €25 fee",
# "בניכוי 105 ₪". A sum after it is kept back, never paid back.
DEDUCTION = words(["minus", "min", "moins", "less", "minder", "zonder", "sans", "after deducting", "na aftrek van",
                   "d[ée]duction faite de", "d[ée]duit\\w*", "d[ée]duct\\w*", "aftrek\\w*", "afgetrokken", "gaat er"],
                  ["בניכוי", "מנוכ\\S*", "פחות", "ינוכו", "ינוכה", "מנכים"])

# Right after an amount, or right before it, these make it an amount off: "€4.50 off", "korting van €4,50", a discount
# with a name between ("הנחת 'לקוחה חוזרת' של 30 ₪", "a loyalty discount of €30").
OFF_AFTER = re.compile(r"\s?(?:(?:per|a|an|par) (?:month|maand|mois|week|semaine|night|nacht|nuit|year|jaar|an)\s)?"
                       r"(?:off\b|discount|korting|reduction|rebate|less\b|minder\b|de (?:remise|r[ée]duction|"
                       r"rabais|moins)|en moins|הנחה|van (?:\S+\s){0,5}?af(?:halen|trekken|doen)?\b|"
                       r"(?:er)?af ?(?:halen|trekken|doen)\b|"
                       # (the separable verb's particle closing its clause: "ik trek er €8 af, zodat ...")
                       r"af(?=\s*(?:[,.;:!?]|$)))", re.I)
OFF_BEFORE = re.compile(r"(?:discount|korting|reduction|rebate|remise|r[ée]duction|rabais|הנחה|הנחת|זיכוי)"
                        r"(?:\s\S+){0,3}?\s(?:of|van|de|d'|של)\s?$|(?:take|knock|haal|trek|retire|enl[eè]v|d[ée]duis|נוריד|אוריד|מוריד|להוריד|"
                        r"להפחית|נפחית|אפחית)\w*\s(?:\S+\s)?$",
                        re.I)

# -- free things and refunds --------------------------------------------------------------------------------

# A charge waived is a free thing too: "we'll drop your next two bills", "laten we de kosten vervallen", "on efface
# vos mensualités", "נבטל לך את דמי המנוי". The charge must be named: "cancel your subscription" waives nothing.
# (nor is the charge of "free of charge", "zonder kosten", "sans frais", "בלי עלות" one: "I cancel the order free of
# charge" cancels the order, it waives no charge)
_CHARGE_EN = (r"(?<!of )(?<!no )(?<!without )(?:(?:sur)?charges?|fees?|bills?|invoices?|payments?|instal(?:l)?ments?|"
              r"subscription fees?|costs?)")
# Each charge starts with its letters, so the pattern is only tried where a word starts so (``guard_lexicon``).
_CHARGE_NL = (r"(?<!zonder )(?<!geen )(?:(?:abonnements|opzeg|verzend|aansluit|installatie|administratie|maand|"
              r"service|energie|leverings|"
              r"annulerings|inschrijf|extra )?kosten|factu\w+|termijn\w*|"
              r"(?:maand|termijn|factuur|aankoop|rest)?bedrag(?:en)?|(?:abonnements|inschrijf|entree|lid|contributie)geld|"
              r"betaling\w*|rekening\w*|boete\w*|maanden|incasso\w*|\w*bijdrage|\S*toeslag(?:en)?)")
_CHARGE_FR = (r"(?<!sans )(?:factures?|mensualit[ée]s?|frais|pr[ée]l[èe]vements?|paiements?|(?:éch|ech)[ée]ances?|"
              r"p[ée]nalit[ée]s?|suppl[ée]ments?|surco[uû]ts?)")
# (the month a cancelling takes effect at is no charge: "אני מבטלת את המנוי לסוף החודש", I cancel it for the
# month's end)
_CHARGE_HE = (r"(?<!בלי )(?<!ללא )(?:דמי|ה?חיוב|ה?חיובים|ה?חשבונית|ה?חשבוניות|ה?תשלום|ה?תשלומים|ה?עלות|ה?קנס|"
              r"ה?עמלה|ה?תוספת|"
              r"(?<!סוף )(?<!תום )(?:ה?חודש|ה?חודשים))")
# A charge named in a clause that gives it: what it is the charge for must be what a passage gives ("the activation
# fee is on us" is no "moving your tag is free").
# (a fee or charge, not the months a gift lasts, nor the charge of "free of charge")
CHARGE = re.compile(r"(?<!\w)(?<!of )(?<!no )(?<!without )(?<!sans )(?<!zonder )(?:fees?|(?:sur)?charges?|\w*kosten|"
                    r"\w*geld|\w*toeslag(?:en)?|suppl[ée]ments?|boetes?|frais|p[ée]nalit[ée]s?|דמי|עמלה|קנס)(?!\w)",
                    re.IGNORECASE)
_WE = r"(?:we|i)(?:'ll|'d|'ve| will| would| can| could| shall| have| are going to)?(?: \S+)?"
_WAIVE = [
    rf"{_WE} (?:waiv|cancel|drop|scrap|wip|eras|forgiv|remov|strik|zero|skip)\w* (?:\S+ ){{0,4}}?{_CHARGE_EN}",
    rf"{_CHARGE_EN} (?:\S+ ){{0,3}}?(?:waived|dropped|cancell?ed|scrapped|wiped|erased|forgiven|written off)",
    r"(?:skip|waive|wipe|forgive|write off) (?:\S+ ){0,4}?months?", rf"{_WE} write (?:\S+ ){{0,3}}?off",
    rf"{_WE} (?:cover|pick up|absorb|take care of) (?:\S+ ){{0,3}}?(?:{_CHARGE_EN}|tab)", "for the same price",
    "without paying (?:more|extra|anything)",
    rf"{_WE} pay (?:for )?(?:your|the) (?:\S+ )?(?:subscription|bills?|invoices?|fees?|plan|installments?)",
    "(?:won't|will not|don't|do not) (?:see|get|receive) (?:a |any )?(?:charges?|bills?|invoices?|debits?)",
    "(?:two|2) for (?:the price of )?(?:one|1)", "(?:twee|2) voor (?:de prijs van )?(?:één|een|1)",
    "(?:deux|2) pour le prix d'(?:un|une|1)", "1\\+1",
    # the second of two given away further on: "you'll both get a cut for the price of one: €54 for the two of you"
    "for the price of (?:one|1)(?=\\s*(?:[.,:;!]|$))", "voor de prijs van (?:één|1)(?=\\s*(?:[.,:;!]|$))",
    "pour le prix d'(?:un|une|1)(?=\\s*(?:[.,:;!]|$))",
    "(?:wij|we) betalen (?:uw|je|het|de) (?:\\S+ )?(?:abonnement\\w*|factu\\w+|rekening|kosten)",
    "(?:on|nous) (?:vous )?(?:pai|pay)\\w* (?:votre|l'|le|la|vos) ?(?:abonnement|facture|forfait|mensualit\\w+)",
    rf"(?:laten (?:we|wij)|laat ik|(?:we|wij) laten|ik laat) (?:\S+ ){{0,8}}?{_CHARGE_NL} (?:\S+ ){{0,8}}?vervallen",
    rf"{_CHARGE_NL} (?:\S+ ){{0,6}}?(?:laten (?:we|wij)|laat ik|(?:we|wij) laten|ik laat) (?:\S+ ){{0,4}}?"
    r"(?:ver)?vallen",
    # the things let drop off the bill: "laat ik de spoedproductie en de expres wegvallen op je factuur"
    r"(?:laten (?:we|wij)|laat ik|(?:we|wij) laten|ik laat) (?:\S+ ){0,10}?(?:weg|ver)vallen (?:op|van|uit) "
    r"(?:je|uw|de) "
    r"(?:factuur|rekening)",
    # nothing counted for them: "on ne vous compte pas les feuillets supplémentaires"
    r"ne (?:vous |te )?(?:les |le |la |l')?compt(?:e|ons|erons|era|erai) pas",
    # months given as ours, paying only from a later one: "de eerste twee maanden zijn van ons en u betaalt pas vanaf
    # maand drie", "you only start paying from month three", "vous ne payez qu'à partir du troisième mois"
    "(?:maand|maanden|week|weken) (?:\\S+ ){0,8}?(?:van|voor) ons(?=[\\s.!,;]|$)",
    "(?:betaalt|betaal|betalen) (?:u|je|jij|jullie) (?:pas|eerst) (?:vanaf|vanaf de|in) (?:maand|de \\S+ maand)",
    "(?:only )?(?:start|begin) paying (?:only )?(?:from|in) (?:month|the \\S+ month)", "ne (?:payez|paierez|paies) "
    "qu'à partir (?:du|de) (?:\\S+ )?mois", "(?:תשלם|תשלמי|תשלמו) רק (?:החל )?מ(?:החודש|חודש)",
    "komen te vervallen",
    # a charge or sum that lapses is not charged: "bij €1.500 of meer vervalt de €70", "dan vervallen de bezorgkosten"
    rf"(?:vervalt|vervallen) (?:de|het|uw|je|die) (?:\S+ )?(?:{_CHARGE_NL}|€ ?\d[\d.,]*)(?![\w\d])",
    rf"(?:de|het|uw|je) (?:{_CHARGE_NL}|€ ?\d[\d.,]*) (?:\S+ ){{0,3}}?(?:vervalt|vervallen)(?!\w)",
    rf"(?:we|wij|ik) (?:\S+ )?(?:schrappen|schrap|annuleren|annuleer|strepen|streep) "
    rf"(?:\S+ ){{0,5}}?{_CHARGE_NL}",
    # the verb first after an opening clause: "Omdat je al vaak kwam, schrap ik het inschrijfgeld"
    rf"(?:schrappen|schrap|annuleren|annuleer|strepen|streep) (?:we|wij|ik) (?:\S+ ){{0,5}}?{_CHARGE_NL}",
    rf"{_CHARGE_NL} (?:\S+ ){{0,5}}?(?:geschrapt|kwijtgescholden|geannuleerd|weggestreept)",
    "voor (?:onze|eigen) rekening", "voor hetzelfde (?:geld|bedrag)", "voor dezelfde prijs",
    "zonder bij te betalen", "trakte\\w*",
    rf"(?:on|nous|je)(?: vous| t')? ?(?:\S+ )?(?:effac|supprim|annul|saut|offr)\w* (?:\S+ ){{0,5}}?{_CHARGE_FR}",
    rf"{_CHARGE_FR} (?:\S+ ){{0,3}}?(?:effac|supprim|annul)[ée]e?s?",
    "prend\\w* en charge (?:les |vos |la |le |votre )?(?:frais|co[uû]ts?|facture|montant)",
    "(?:au|pour le) m[êe]me prix", "aux frais de la maison",
    "sans payer (?:plus|davantage|de suppl[ée]ment)",
    # a charge taken off the customer's bill, or nothing charged for a thing: "I've taken the €20 fee off your first
    # invoice", "van uw eerste factuur gehaald", "rekenen we er niets voor", "retiré de votre facture"
    rf"{_WE} (?:take|took|taken) (?:\S+ ){{0,4}}?off (?:your|the) (?:\S+ )?(?:bill|invoice)",
    # the charges named, then "off": "I've taken both charges off", "we'll knock the fees off"
    rf"{_WE} (?:take|took|taken|knock|knocked) (?:\S+ ){{0,3}}?{_CHARGE_EN} off\b",
    "(?:won't|will not) charge (?:you )?(?:for (?:it|that|this)|anything|extra)",
    "(?:van|uit) (?:uw|je|de) (?:\\S+ )?(?:factuur|rekening) (?:gehaald|afgehaald|geschrapt|verwijderd)",
    "(?:rekenen|reken) (?:we|wij|ik) (?:u |je )?(?:er )?niets (?:voor|extra|meer)",
    "(?:retir|enlev|d[ée]duit)\\w* (?:\\S+ ){0,4}?de votre (?:\\S+ )?facture",
    # (or neither of two: "je ne vous facture ni la carte ni les frais"; "ik reken het inschrijfgeld niet")
    "(?:je|nous) ne vous (?:le |la |les |en )?factur\\w* (?:pas|rien|ni)",
    rf"(?:ik|we|wij) (?:reken|rekenen) (?:\S+ ){{0,3}}?{_CHARGE_NL} (?:\S+ ){{0,3}}?niet",
    # the verb first, or "again": "Omdat u al klant was, reken ik de welkomstbijdrage van €15 niet opnieuw", "I won't
    # charge the welcome fee again", "pas de frais de bienvenue pour une ancienne cliente"
    rf"(?:reken|rekenen) (?:ik|we|wij) (?:u |je )?(?:\S+ ){{0,4}}?{_CHARGE_NL} (?:\S+ ){{0,3}}?niet",
    rf"(?:won't|will not|don't|do not|am not going to|are not going to) charge (?:you )?(?:\S+ ){{0,3}}?{_CHARGE_EN}",
    rf"pas de {_CHARGE_FR} (?:\S+ ){{0,4}}?pour (?:une?|les|vous|toi)\b",
    # a known charge left out: "the first express swap is without the €6", "sans les 6 €", "בלי ה-22 ₪"
    r"(?:zonder|without|sans) (?:de |the |les |le |la )?(?:[€$£]\s?\d|\d+(?:[.,]\d+)?\s?(?:€|euros?)(?!\w))",
]
_WAIVE_HE = [
    # (not the customer's own cancelling, said impersonally: "אם מבטלים עכשיו משלמים את החודשים שנותרו")
    rf"(?<!אם )(?<!כש)(?:נבטל|אבטל|מבטלים|נמחק|אמחק|נוריד|אוריד|נקזז|נפטור|אפטור|נוותר|אוותר|ביטלתי|ביטלנו|מחקתי|"
    rf"מחקנו|הורדתי|"
    rf"הורדנו|ויתרתי|ויתרנו|קיזזתי|קיזזנו)(?: לך| לכם)?(?: על)?(?: את)? (?!בלי |ללא )"
    rf"(?:\S+ ){{0,3}}?{_CHARGE_HE}", rf"{_CHARGE_HE}(?: \S+)? עלינו",
    "(?:זה|הכל|החודש|הכול) עלינו", "באותו מחיר", "בלי לשלם (?:יותר|תוספת)",
    # "on us" closing a clause ("הכרטיסים של הילדים עלינו"), not what one relies on ("לסמוך עלינו")
    "(?<!סמוך )(?<!סמכו )(?<!תסמכו )(?<!תסמכי )(?<!סומכים )(?<!סומכת )(?<!סומך )עלינו(?=\\s*[.!,;]|\\s*$)",
    "(?:אנחנו )?נכסה את (?:ה)?עלות",
    "ללא תוספת", "(?:פוטר|פוטרת|פוטרים|נפטור) (?:אותך|אתכם) מ\\S+",
    # "I won't charge you the joining fee (again)", a known charge left out: "בלי ה-22 ₪"
    rf"לא (?:אחייב|נחייב)(?: אותך| אתכם)? (?:שוב )?(?:ב|על )?{_CHARGE_HE}", r"(?:בלי|ללא) (?:ה-?)?\d+(?:[.,]\d+)? ?₪",
    # the present tense waives as the future does: "את דמי ההרשמה אני מוותר לך עליהם", "אני מוריד לך את דמי ההרשמה"
    # a thing given up for the customer, charge or not: "אני מוותרת לך הפעם גם על ההפקה המהירה וגם על האקספרס"
    r"(?:ויתרתי|ויתרנו|נוותר|אוותר|מוותר|מוותרת|מוותרים) לך (?:\S+ ){0,2}?על",
    "(?:תשלם|תשלמי|תשלמו) רק על (?:\\S+ ){1,3}?(?:עצמו|עצמה|עצמם)",
    rf"{_CHARGE_HE} (?:\S+ ){{0,5}}?(?:אני|אנחנו) (?:מוותר|מוותרת|מוותרים|מבטל|מבטלת|מבטלים|מוחק|מוחקת|מוחקים)",
    rf"(?:אני|אנחנו) (?:מוותר|מוותרת|מוותרים|מבטל|מבטלת|מבטלים|מוחק|מוחקת|מוחקים|מוריד|מורידה|מורידים)(?: לך| לכם)?"
    rf"(?: על)?(?: את)? "
    rf"(?:\S+ ){{0,3}}?{_CHARGE_HE}",
]
FREE = words(_WAIVE + [
    # what costs the customer nothing, is on us or on the house, is given ("je vous offre la franchise bagage"); "free
    # up to 15 minutes before departure" is free, only "free up space" is not
    "costs? (?:you |u |je )?nothing", "kost(?:en|t)? (?:u |je |jou )?(?:niets|niks)",
    "ne (?:vous |te )?co[uû]te(?:nt|ra|ront)? rien",
    # a bill to come that will come to nothing: "your next bill will be €0", "uw volgende rekening wordt nul euro",
    # "votre prochaine facture sera de 0 €", "החשבון הבא יהיה 0 ש\"ח" (what a bill is now is the account's state)
    "(?:bill|invoice|statement)s? (?:will|would|is going to) (?:be|come to) "
    "(?:€ ?0(?:[.,]00)?|0(?:[.,]00)? ?(?:€|euros?)|zero|nothing|nil)(?![\\w.,]\\d)",
    "(?:rekening|factuur|nota|termijn)(?:en)? (?:wordt|worden|zal|zullen|komt|komen) (?:\\S+ )?(?:zijn |op )?"
    "(?:€ ?0(?:,00)?|0(?:,00)? ?(?:€|euro)|nul(?: euro)?|niets|niks)(?![\\w.,]\\d)(?! (?:komma|punt))",
    "(?:facture|note|échéance)s? (?:sera|seront|fera|feront|s'élèvera) (?:de |à )?(?:0(?:,00)? ?(?:€|euros?)|"
    "zéro(?: euros?)?|€ ?0(?:,00)?)(?![\\w.,]\\d)",
    # "the second one won't cost you anything", "it doesn't cost you a penny"
    "(?:won't|will not|doesn't|does not|wouldn't|would not) cost (?:you )?(?:anything|a (?:thing|penny|cent))",
    # the extras left out, the customer paying only for the thing itself: "so you only pay for the calendar itself",
    # "je betaalt dan alleen het boek zelf", "vous ne payez que l'album lui-même", "תשלמי רק על האלבום עצמו"
    "(?:only|just) pay (?:for )?(?:the |your )?(?:\\S+ ){1,3}?itself",
    "(?:betaal|betaalt|betalen) (?:je |u |jij |jullie )?(?:dan |nu )?(?:alleen|enkel|slechts|maar) "
    "(?:\\S+ ){1,3}?zelf\\b",
    "ne (?:payez|paierez|paies) que (?:\\S+ ){1,3}?(?:lui|elle|eux)-m[êe]mes?",
    "(?:be|was|were|'re|'s|will be) (?:all |entirely )?on us(?: as well| too| also)?(?=\\s*[.!,;]|\\s*$)",
    "op het huis", "(?:is|zijn|gaat|gaan) (?:\\S+ ){0,3}?(?:op|voor) ons(?=\\s*[.!,;]|\\s*$)",
    # a ticket or months given as ours: "het tweede ticket is van ons", "de andere zes maanden zijn van ons"
    "(?:is|zijn) (?:\\S+ ){0,5}?van ons(?=\\s*[.!,;]|\\s*$)",
    "zonder dat (?:het|dit|dat|die|hij|ze) (?:u |je |jou )?(?:iets|wat|een cent|een euro|extra) kost",
    # nothing taken from the account for it: "je wordt daar niet voor afgeschreven", "you won't be charged for them",
    # "vous ne serez pas prélevé", "לא תחויבי עליהן"
    "(?:word|wordt|worden) (?:u |je |jij )?(?:\\S+ ){0,2}?niet (?:voor )?(?:afgeschreven|gefactureerd|belast|"
    "aangeslagen)", "(?:won't|will not|aren't going to) be (?:charged|billed|debited)(?! (?:twice|again|double))",
    "ne (?:serez|seras|sera) (?:pas|plus) (?:d[ée]bit[ée]e?s?|factur[ée]e?s?|pr[ée]lev[ée]e?s?)(?! (?:deux fois|"
    "à nouveau|en double))",
    "(?:c'est|est|sont) pour nous(?=\\s*[.!,;]|\\s*$| cette fois| ce coup-ci| aujourd'hui| exceptionnellement)",
    "offert\\w* par la maison", "betaal\\w* (?:\\S+ ){0,5}?niks",
    "(?:je|nous|on) (?:vous|te) (?:offre|offrons|offrirai|offrirons|offrira) (?:le|la|les|l'|vos|votre|ce|cette|tous|"
    "toutes|un|une|des|deux|trois)(?! ?(?:possibilit|choix|option|opportunit|chance|solution|alternative|remise|"
    "r[ée]duction|rabais|rendez-vous|cr[ée]neau|rappel|\\d))",
    # the thing named before, given by its pronoun: "je vous l'offre pendant toute la durée de l'abonnement"
    "(?:je|nous|on) (?:vous|te) (?:l'|les )offr(?:e|ons|irai|irons|ira|ais|ions)\\b",
    # what is thrown in with a purchase: "I'll throw in a hand wax", "gooi ik er een wasbeurt bij"
    "(?:i|we)(?:'ll| will| can| could| would)? (?:also |even |happily )?throw (?:\\S+ ){0,1}in\\b",
    "(?:gooi|gooien) (?:ik|we|wij) (?:er )?(?:\\S+ ){0,4}?(?:er)?bij\\b",
    # (or done alongside: "de twee extra originelen doen we erbij", "dat doe ik er gratis bij")
    "(?:doe|doen) (?:ik|we|wij) (?:er )?(?:\\S+ ){0,4}?(?:er)?bij\\b"
    "(?! (?:te |om )?(?:zeggen|vermelden|vragen|melden))",
    # (nor the first half of a compound: "free-roam play", "a free-standing unit"; "free-of-charge" gives)
    "(?<!feel )(?<![-\\w])free(?! to\\b)(?!-?phone)(?!-(?!of\\b)\\w)(?! (?:slots?|time|appointments?|moments?|spots?|"
     "period|space|memory|storage|up(?! to\\b)|of (?:errors|viruses|spam))\\b)", "for free", "costs? nothing",
     "kost(?:en)? niets",
     "ne co[uû]te rien", "no (?:extra |additional )?(?:cost|charge|fee)s?", "sans suppl[ée]ment", "free of charge",
    "at no (?:extra |additional )?(?:cost|charge)", "no charge",
     "without charge", "complimentary", "on the house",
     "(?:as |is |are |it'?s |that'?s )?(?:our|my) treat(?!\\w)", "(?:it'?s|is|are|they're|that's) on us", "waive\\w*",
     "at our expense", "gratis",
     "kosteloos", "kostenloos",
     "zonder (?:extra |bijkomende )?(?:meer)?kosten",
     # not the trip made in vain: "jammer dat jullie voor niets kwamen", "u bent voor niets gekomen"
     "voor niets(?! (?:kwam|kwamen|kwaamt|gekomen|gereden|gewacht|gereisd|gelopen|geweest|was|waren|op ?gestaan))",
     "geen kosten", "op onze kosten", "kwijtschel\\w*",
     "(?:schrijf|scheld)\\w* (?:\\S+ ){0,5}?kwijt",
     "kwijtgescholden",
     # a gift, not the voucher sold under that name: "la carte cadeau", "un bon cadeau", "chèque-cadeau"
     # (nor the gift the customer buys, what a purchase is for: "pour un cadeau d'anniversaire", "voor een cadeau",
     # "pour le cadeau", or the reason for a discount: "omdat het een cadeau is", "parce que c'est un cadeau")
     "(?<!carte )(?<!carte-)(?<!bon )(?<!bon-)(?<!chèque )(?<!chèque-)(?<!cheque )(?<!cartes )(?<!bons )"
     "(?<!pour un )(?<!pour des )(?<!pour vos )(?<!pour votre )(?<!voor een )(?<!voor uw )(?<!voor je )"
     "(?<!pour le )(?<!pour ce )(?<!voor het )(?<!omdat het een )(?<!omdat dit een )(?<!want het is een )"
     "(?<!parce que c'est un )(?<!puisque c'est un )(?<!car c'est un )cadeau",
     "niets? (?:te )?betalen", "betaalt? (?:\\S+ ){0,5}?niets",
     # what the customer need not pay, not what the company does not pay for: "we don't pay for taxis"
     "(?<!\\bwe )(?<!\\bi )(?<!\\bthey )"
     "(?:won't|will not|don't|do not|no longer|never) (?:have to |need to )?pay(?: anything| a thing| a cent|"
     "(?= (?:for|the|your|any)\\b))", "no need to pay", "pay nothing",
     "n'(?:avez|aurez) (?:pas|plus|rien) (?:à|a) payer",
     "ne (?:devez|devrez) (?:pas|plus|rien) payer",
     "nothing to pay", "rien (?:à|a) payer", "ne paierez rien", "ne payez rien", "gratuit\\w*",
     # a sum the company pays in the customer's place: "dan betalen wij de €450 voor u", "we'll pay the €450 for you"
     "(?:betalen|betaal) (?:wij|we|ik) (?:\\S+ ){0,4}?voor (?:u|je|jou)(?!\\w)",
     "(?:wij|we|ik) (?:betalen|betaal) (?:\\S+ ){0,4}?voor (?:u|je|jou)(?!\\w)",
     "(?:we|i)(?:'ll| will)? pay (?:\\S+ ){0,4}?for you(?!\\w)",
     "(?:nous|je) (?:payons|paierons|paierai|r[ée]glons|r[ée]glerons) (?:\\S+ ){0,4}?pour vous(?!\\w)",
     # (given, "offert", "offerte", not the Dutch noun for a quote: "een getekende offerte", "de offerteprijs")
     "(?<!\\bde )(?<!\\been )(?<!\\buw )(?<!\\bje )(?<!\\bjouw )(?<!\\bonze )(?<!\\bdeze )(?<!\\bdie )"
     "(?<!\\bjullie )(?<!\\bhun )(?<!\\belke )(?<!\\bper )(?<!nde )(?<!ste )(?<!uwe )offert(?:e|s|es)?(?![\\w-])",
     "(?:won't|will not|don't|do not) (?:charge|bill|invoice)(?: you)?(?: for)?",
     "skip (?:the |your )?(?:next )?(?:\\w+ )?"
     "(?:payments?|invoices?|bills?|months?)", "(?:rekenen|brengen) (?:wij|we) (?:u |je )?niets(?: in rekening)?",
     "(?:wij|we) (?:rekenen|brengen) (?:u |je )?niets", "(?:rekenen|brengen) (?:wij|we) (?:\\S+ ){0,4}?niet"
     "(?: in rekening)?(?=\\s*[.!,;]|\\s*$)", "schenk\\w*", "(?:give|geef|geven|offr\\w*|donn\\w*) "
     "(?:you|u|je|vous|te)\\b (?:\\S+ ){0,2}?(?:\\d+|a|one|een|un|une) (?:months?|maand(?:en)?|mois)",
     "ne (?:vous )?facturer(?:ons|a) (?:rien|pas)", "vous facturer(?:ons|a) (?:rien|pas)",
     "facturer(?:ons|a) (?:rien|pas)", "annul\\w* (?:les |vos )?(?:\\d+ )?(?:prochaines? )?"
     "(?:factures?|mensualit[ée]s?)",
     "sans frais", "(?<=sans préavis )ni frais",
     # the charge not counted: "on ne vous compte pas la pose", "je ne vous compterai pas le déplacement"
     "(?:on|je|nous) ne (?:vous |te )?(?:compte|comptons|compterai|compterons|comptera) (?:rien|pas)",
     "à titre gracieux", "gracieusement", "à nos frais", "rien à payer", "c'est cadeau",
     # the charge left off or the customer told not to mind it: "without charging you for it", "don't worry about the
     # €20", "reken ik de eerste twee maanden niet", "sans vous le facturer", "ne vous inquiétez pas pour les 20 €"
     "without (?:charging|billing) (?:you|for)", "(?:don't|do not|no need to) worry about (?:the |paying (?:the )?)?"
     "(?:[€$£₪]|\\d+(?:[.,]\\d+)? ?(?:[€$£₪]|euros?|pounds?|dollars?)|fee|charge|cost|bill)",
     "(?:reken|breng) ik (?:\\S+ ){0,6}?niet(?: in rekening| aan)?(?=\\s*[.!,;]|\\s*$)",
     "zonder (?:dat (?:ik|we|wij) )?(?:\\S+ ){0,3}?(?:te )?(?:rekenen|aan te rekenen|in rekening (?:te )?brengen)",
     "maak (?:je|u) (?:\\S+ ){0,2}?geen zorgen (?:om|over) (?:de |die )?(?:€|\\d+(?:[.,]\\d+)? ?(?:€|euro)|kosten)",
     "sans (?:vous |te )?(?:le |la |les |l')?(?:facturer|faire payer)", "ne (?:vous )?(?:inqui[ée]tez|souciez) pas "
     "(?:pour|des?|du) (?:les? |la )?(?:\\d+(?:[.,]\\d+)? ?(?:€|euros?)|frais|co[uû]t)"],
    # (free is "בחינם", "חינם"; "לחינם" is in vain: "מצטער שהגעתם לחינם")
    # a gift, "מתנה", never the waiting of "ההמתנה", "בהמתנה", nor the voucher sold under that name ("כרטיס מתנה",
    # "שובר מתנה", "תו מתנה")
    ["(?<!ל)חינם", "(?:ללא|בלי) (?:תוספת )?(?:תשלום|עלות|חיוב)", "(?:אזרוק|נזרוק) (?:לך|לכם)",
     "לא (?:יעלה|יעלו|עולה|עולים|תעלה) (?:לך |לכם )?(?:כלום|דבר|שקל)",
     "(?<!ה)(?<!כרטיס )(?<!כרטיסי )(?<!שובר )(?<!שוברי )(?<!תו )(?<!תווי )(?<!בשביל )מתנה",
     "על חשבוננו", "על חשבון (?:ה)?בית(?![\u05d0-\u05ea])",
     # (not a cap on what is paid: "you won't pay more than ...", "לא תשלמי יותר מ...")
     "לא (?:תשלם|תשלמי|תצטרך לשלם|תצטרכי לשלם)(?! יותר)(?! מעבר)(?! מעל)",
     "לא נחייב", "נבטל (?:את )?(?:החיוב|החשבונית|התשלום)",
     "(?:נותן|נותנת|ניתן|אתן) לך (?:\\S+ )?(?:חודש|חודשיים|\\d+ חודשים)",
     "(?:אנחנו )?נשלם (?:לך )?את (?:ה)?(?:מנוי|חשבון|חשבונית|תשלום)", "לא (?:תראה|תראי|יהיה|יהיו) (?:\\S+ )?חיוב",
     "לא (?:תחויב|תחויבי|תחויבו)(?!\\S)(?! (?:פעמיים|שוב|כפול|בכפל))",
     "(?:שניים|2) במחיר (?:של )?(?:אחד|1)", "(?:יהיה|יהיו|תהיה|יהיה זה) עלינו", "בלי (?:לחייב|שנחייב|חיוב)",
     "אל (?:תדאג|תדאגי) (?:לגבי|בקשר ל|מ)(?:ה)?(?:\\d+|תשלום|עלות|חיוב)",
     "(?:חשבון|חשבונית) (?:\\S+ ){0,2}?(?:יהיה|תהיה|יעמוד על|תעמוד על) (?:0|אפס)(?![.,]?\\d)", *_WAIVE_HE])
# What a plan or booking includes: said "not included", it refuses the thing free with that plan.
_INCLUDED = words(["includ\\w*", "inbegrepen", "inclu\\w*", "compri\\w*", "comprend\\w*"],
                  ["כלול\\S*", "כוללת", "כולל"])
# A price said with what it takes in: "a full refund including the surcharges, so €20.50", "Premium Seat compris".
INCLUDED = _INCLUDED
FREE_OR_INCLUDED = Words(f"{FREE.latin.pattern}|{_INCLUDED.latin.pattern}",
                         f"{FREE.hebrew.pattern}|{_INCLUDED.hebrew.pattern}" if FREE.hebrew and _INCLUDED.hebrew
                         else "")
_REFUND = (
    ["refund\\w*", "money back", "reimburs\\w*", "compensat\\w*", "cash ?back", "credit(?:ed|ing)?(?= (?:you|your|"
     "it|the|one|\\d|back|a |[€$£₪]))", "credited",
     # a credit as a thing put on the account: "€300 of loyalty credit on your account", "a credit to your balance"
     "(?:loyalty|bonus|welcome|renewal|account|store) credit", "credit (?:on|to|into|onto) your (?:account|balance)",
     # and a sum given as credit ("you get €10 credit", "a credit of €10", "€10 in credit"), not
     # the card one pays with (the sum in another currency may stand between, in brackets: "€5 (£4) credit")
     "(?<=[\\d€$£₪] )(?:in |of )?credit(?! ?cards?)", "(?<=[\\d€$£₪]\\) )(?:in |of )?credit(?! ?cards?)",
     "credit of (?=[€$£₪\\d])", "(?:in|as) credit(?! ?cards?)",
     # (and what is paid back by its pronoun: "we'll pay it back", "we'll pay that back to you")
     "goodwill payment", "pay you back", "pay (?:it|that|this|them|those) back",
     "(?:be |is |are |get it |get them )?paid back", "damages", "terugbeta\\w+",
     "terug ?te ?betalen", "terugstort\\w*", "teruggestort", "geld terug\\w*", "(?<=bedrag )terug",
     "(?<=prijs )terug", "(?<=prijs )van (?:\\S+ ){1,3}?terug", "(?<=price )back", "terugkrijg\\w*", "vergoed\\w*",
     # money sent to the customer by the separable verb: "we maken de €60 naar u over", "naar u overmaken"
     "(?:maken|maak|maakt) (?:\\S+ ){0,6}?(?:naar|aan) (?:u|je|jou|jullie) over",
     "(?:naar|aan) (?:u|je|jou|jullie) (?:\\S+ )?overmak\\w*",
     "schadevergoeding", "compensatie", "compenseren", "crediteren", "gecrediteerd", "creditnota", "tegoed",
     "restitutie", "(?:stort|betaal|betal|krijg|geef|geven|zet|boek|maak|maken)\\w* (?:\\S+ ){0,12}?terug",
     "(?:be|go|goes|come|comes|going|coming|will be|is|are) back (?:on|to|in|into) (?:your|the) (?:\\S+ )?(?:card|"
     "account|bank)",
     # (not the customer paying back a loan: "si vous remboursez sous 15 jours", which no "nous vous remboursons" is)
     "rembours(?!ez\\b|iez\\b|erez\\b)\\w*", "(?<!vous )rembours(?:ez|iez|erez)\\b", "dédommag\\w*",
     "indemni\\w*", "compens\\w+", "geste commercial", "bijgeschreven", "bijschrijv\\w*",
     "revers\\w* (?:the |that |this |your )?(?:\\S+ )?(?:charges?|payments?|fees?|debits?|transactions?)",
     "(?:nous|on|je) (?:vous |le |la |les )?(?:re)?cr[ée]dit\\w*", "(?:sera|est|seront|sont) (?:re)?cr[ée]dit[ée]e?s?",
     "vous rend\\w* (?:\\S+ ){0,3}?argent", "goodwill(?: gesture| payment)?", "as a gesture", "goedmaker\\w*",
     "(?:we|i)(?:'ll| will| are going to)? (?:\\S+ )?(?:pay|transfer|deposit|wire|send) (?:\\S+ ){0,3}?(?:into|to|on) "
     "your (?:bank )?account", "(?:we|wij|ik) (?:\\S+ )?(?:storten|stort|maken|maak) (?:\\S+ ){0,4}?(?:op|naar) "
     "(?:uw|je) (?:bank)?rekening", "(?:storten|maken) (?:we|wij|ik) (?:\\S+ ){0,4}?(?:op|naar) (?:uw|je) "
     "(?:bank)?rekening", "(?:nous|on|je) (?:vous )?(?:vir|vers)\\w* (?:\\S+ ){0,4}?sur votre compte",
     # a cost of the customer's paid by us: "I'll cover the taxi", "we betalen de taxi voor u", "nous prenons en
     # charge", "נשלם לך על הרופא"
     "(?:we|i)(?:'ll| will| can| could|'d| would)? (?:\\S+ )?(?:cover|pay for|foot) (?:the|your|that|it|this|those)",
     "(?:we|wij|ik) (?:\\S+ )?(?:betalen|betaal) (?:\\S+ ){0,4}?voor (?:u|je|jou)\\b",
     "(?:betalen|betaal) (?:wij|we|ik) (?:\\S+ ){0,4}?voor (?:u|je|jou)\\b",
     "(?:nous|on|je) (?:vous )?(?:le |la |les |l')?(?:prenons|prend|prends|prendrons|prendrai) en charge",
     "(?:nous|on|je) (?:vous |en |vous en )?(?:payons|paie|paye|paierons|payerons|paierai) (?:le|la|les|l'|votre|vos)"],
    ["החזר", "החזר כספי", "להחזיר", "נחזיר", "אחזיר", "יוחזר", "יוחזרו",
     # "חיוב כפול מוחזר" (a double charge is refunded), "הפיקדון של המשרד מוחזר" (the deposit), not
     # "מכשיר שמוחזר" (a device sent back)
     "(?:חיוב|תשלום|כסף|סכום|דמי|פיקדון|פקדון|מקדמה|המקדמה)\\S*(?: \\S+){0,3}? (?:מ|ת|ה)וחזר(?:ת|ים|ות|ו)?",
     "מזוכ(?:ה|ים|ות)",
     # the agent crediting the customer: "אני מזכה אותך ב-80 ₪", "נזכה אותך", "אזכה את החשבון"
     "(?:מזכה|מזכים|נזכה|אזכה|אני מזכה) (?:אותך|אותכם|אותה|אותו|את החשבון|את הכרטיס)",
     "יזוכו",
     # "מוחזר הסכום המלא" (the full sum is refunded), "היא מוחזרת במלואה" (it is refunded in full), "מוחזרת תמיד
     # במלואה" (always refunded in full)
     "מוחזר(?:ת|ים|ות)? (?:תמיד |מיד |אז |כמובן )?(?:ה?סכום|במלוא\\w*)",
     # the present tense gives money back, not a device: "אני מחזיר לך את מלוא מחיר הכרטיס", "ומחזירים את מלוא ה-79 ₪",
     # "מחזירים בניכוי 70 ₪ לכל ביקור" (less a deduction)
     "ו?מחזיר(?:ה|ים|ות)? (?:לך |לכם )?(?:את )?(?:מלוא|ה?כסף|ה?סכום|ה?תשלום|מחיר|ה?-?\\d|\\d|בניכוי)",
     # (a list of what is given back, under its heading: "מה אנחנו מחזירים: סכום שחויב פעמיים, ...")
     "(?<=מה אנחנו )מחזירים(?=\\s?:)",
     "נזכה", "אזכה", "יזוכה", "תזוכה", "תזוכי", "מפוצ(?:ה|ים|ות|ת)",
     "זיכוי", "לזכות", "זיכינו", "פיצוי", "נפצה", "אפצה", "לפצות", "מפצים", "החזרים",
     "תקבלי? (?:\\S+ ){0,3}?(?:בחזרה|החזר)",
     # (the passages' infinitive joined to a cancelling: "יכול לבטל ולקבל את כל המקדמה בחזרה", can cancel and get it
     # all back)
     "ולקבל (?:\\S+ ){0,3}?(?:בחזרה|החזר)",
     # the passages' impersonal present: "מקבלים הכול בחזרה" (you get everything back), "ומקבלים את מלוא הסכום"
     "(?:מקבלים|מקבל|מקבלת) (?:את )?(?:הכול|הכל|כל הכסף|הכסף|ה?סכום|מלוא (?:ה)?(?:סכום|מחיר|תשלום))(?: \\S+)?"
     "(?: בחזרה)?(?=[\\s.,;:!?]|$)",
     # (or a sum or a share of the price back: "מקבלים את ה-140 ₪ בחזרה", "מקבלים חצי מהמחיר בחזרה")
     # (not a thing had back: "מקבלים את כל המקצה בחזרה", the whole heat again)
     "ו?(?:מקבלים|מקבלות|מקבל|מקבלת) (?:את )?(?:ה-?|ה־)?(?:\\d|₪|חצי|שליש|רבע)\\S*(?: \\S+){0,3}? בחזרה",
     # "money back" as the passages say it, a noun with its "back": "מוצר סגור, תוך 30 יום: כסף בחזרה"
     "(?<=[\\s:;,(])כסף בחזרה",
     # (and refused as the passages say it, the verb bare after its "not": "מוצר פתוח לא מוחזר")
     "(?<=לא )מוחזר(?:ת|ים|ות)?",
     "כמחווה", "מחווה של רצון טוב",
     "(?:נעביר|אעביר|נפקיד|אפקיד|נשלם|אשלם) (?:לך )?(?:\\S+ ){0,3}?(?:לחשבון|בחשבון)",
     "(?:נשלם|אשלם|נכסה|אכסה|נממן|אממן) (?:לך |לכם )?(?:\\S+ ){0,2}?(?:על|את)"])
REFUND = words(*_REFUND)
# What the passages give back by saying where the money lands: "the deposit reaches your account within five days",
# "het statiegeld staat binnen vijf werkdagen op uw rekening", "la consigne arrive sur votre compte", "הפיקדון מגיע
# לחשבון שלכם". A company's word that pays back; a draft says so in words of its own, judged by the refund words alone.
PAID_INTO_ACCOUNT = words(
    [*_REFUND[0], "reach\\w* your (?:bank )?account",
     "(?:staat|staan) (?:\\S+ ){0,8}?op (?:uw|je|jouw) (?:bank)?rekening", "arriv\\w* (?:\\S+ ){0,8}?sur votre compte"],
    [*_REFUND[1], "(?:מגיע|מגיעה|מגיעים|יגיע|תגיע|יגיעו) (?:\\S+ ){0,2}?לחשבון"])
# A clause of courtesy gives nothing and names nothing given: "Aucun souci : vous annulez sans frais".
# (or one that leaves the choice to them: "whichever you prefer", "wat je het liefst hebt", "comme vous préférez", "מה
# שתעדיף")
PLEASANTRY = re.compile(r"\s*(?:no problem|no worries|of course|sure|geen probleem|geen zorgen|natuurlijk|prima|"
                        r"aucun (?:souci|problème)|pas de (?:souci|problème)|bien sûr|אין בעיה|בטח|בשמחה|כמובן|"
                        r"(?:whichever|whatever) you (?:prefer|like|choose)|as you (?:prefer|like|wish)|"
                        r"wat (?:je|u|jij) (?:het )?liefst (?:hebt|heeft|wilt|wil)|(?:comme|ce que) vous (?:le )?"
                        r"préférez|selon votre (?:choix|préférence)|"
                        r"מה (?:ש)?(?:תעדיף|תעדיפי|תעדיפו|שנוח לך|שנוח לכם|שנוח לכן)|לבחירתך|לבחירתכם)"
                        r"\s*[.!]?\s*", re.I)
# The periods a promise may be bound to: a draft's "this year" is not the passage's "within 14 days".
PERIODS = {kind: words(latin, hebrew) for kind, latin, hebrew in (
    ("day", ["days?", "dag", "dagen", "werkdag\\w*", "jours?", "journ[ée]e?s?"], ["יום", "ימים", "ימי"]),
    ("week", ["weeks?", "weken", "semaines?"], ["שבוע", "שבועות", "שבועיים"]),
    ("month", ["months?", "monthly", "maand\\w*", "mois", "mensu\\w+"], ["חודש", "חודשים", "חודשיים", "חודשי"]),
    ("quarter", ["quarters?", "kwarta\\w+", "trimestres?"], ["רבעון", "רבעונים"]),
    ("year", ["years?", "yearly", "annual\\w*", "jaar", "jaren", "jaarlijks\\w*", "ans", "ann[ée]es?", "annuel\\w*",
              "(?<=par )an", "(?<=l')an"],
     ["שנה", "שנים", "שנתיים", "שנתי"]),
    # "since January", not the "since" of a reason: "since the order was late"
    ("since", ["since(?! (?:\\S+ ){0,2}?(?:was|is|were|are|wasn't|isn't|weren't|aren't)\\b)", "sinds", "sindsdien",
               "depuis"], ["מאז"]),
)}
# A word that stands for something the sentence before named: "Prescription medicines are not taken back. You can
# bring them in for disposal free of charge" gives what "them" names. French object pronouns only after a subject or
# a "can", where they are no article: "vous pouvez les rapporter", not "les vaccins".
PRONOUN = words(["them", "it", "they", "these", "those", "ze", "zij", "die", "deze", "hem", "dat",
                 # (Dutch "het" as an object, not an article: "we sturen het per koerier", "u krijgt het terug")
                 "het(?=\\s(?:per|naar|op|via|met|gratis|kosteloos|zonder|terug|ook|vandaag|morgen|meteen|direct)"
                 "(?!\\w)|\\s?[,.;:!?]|$)",
                 "(?:vous|nous|je|on|pouvez|peux|peut|pouvons|pourrez|allons|vais) (?:les|la|le|l')",
                 "ils", "elles", "cela", "ça", "c'est", "ce sont"],
                ["אותם", "אותן", "אותו", "אותה", "הם", "הן", "זה", "זו"])
# Where money goes is how it is paid, not what is given: "... back to the account you paid from", "op de rekening
# waarvan u betaalde", "sur votre carte", "לחשבון שממנו שילמתם". What follows it in its clause goes with it.
# (or set against the next bill: "credited to your next invoice", "op uw volgende factuur", "sur votre prochaine
# facture", "על החשבונית הבאה")
PAID_INTO = re.compile(r"(?<!\w)(?:(?:back )?(?:to|into|onto|on) (?:your|the) (?:bank )?(?:account|card)|"
                       r"(?:op|naar) (?:de|uw|je) (?:bank)?(?:rekening|kaart|creditcard)|"
                       r"sur (?:votre|le|la|ton|ta) (?:compte|carte)|(?:ל|אל ה?)(?:חשבון|כרטיס|אמצעי התשלום)|"
                       r"(?:to|on|against|onto) (?:your|the) next (?:invoice|bill)|(?:op|bij) (?:de|uw|je) volgende "
                       r"(?:factuur|rekening)|sur (?:votre|la) prochaine facture|על ה?חשבונית ה?(?:הבאה|הקרובה))"
                       r"(?!\w).*", re.IGNORECASE)
# A sentence that adds to the one before: "..., we refund the delivery charge. If it is more than 24 hours late, you
# also get a €5 voucher" gives the voucher as part of the same compensation.
ALSO = words(["also", "as well", "in addition", "additionally", "on top", "bovendien", "ook", "daarnaast",
              "tevens", "en plus", "également", "aussi", "de plus", "en outre"], ["גם", "בנוסף", "וגם"])
# What a giving sentence adds to its gift after the giving word: "everything is refunded, including the admin fee",
# "u krijgt alles terug, ook de administratiekosten", "tout est remboursé, frais de dossier compris".
ADDED_TO_GIFT = re.compile(rf"^\s*(?:{ALSO.both.pattern}|{_INCLUDED.both.pattern})|(?:{_INCLUDED.both.pattern})\s*$",
                           re.IGNORECASE)
# A gift wished for is no promise: "I wish I could give you three months free", "ik wou dat ik ... kon". ("I'd like to
# offer you a free month" is an offer; "I'd love to, but I can't" is taken back by its "but".)
WISHFUL = words(["i wish (?:i|we) could", "if only (?:i|we) could", "ik wou dat", "ik wilde dat", "si seulement",
                 "j'aurais (?:tant |bien )?aim[ée]"], ["הלוואי", "הייתי שמח(?:ה)? אילו"])
# A gift whose right is still to be checked is no promise: "I'll check whether you're entitled to a refund", "voor de
# terugbetaling kijk ik of u er recht op heeft", "je vérifie si vous avez droit à", "לבדוק אם מגיע לך החזר".
CHECK_WHETHER = words(["(?:check|see|look into|find out|verify|confirm|assess)\\w* (?:\\S+ ){0,3}?(?:whether|if)",
                       "(?:kijk|bekijk|controleer|check|ga na|zoek uit|nagaan|uitzoeken|beoordel|bekijken|"
                       "controleren|kijken)\\w* (?:\\S+ ){0,4}?of (?:u|je|jij|er|het|dat|dit|uw|jouw|de)\\b",
                       "v[ée]rifi\\w* (?:\\S+ ){0,3}?si",
                       "(?:regard|examin|contr[ôo]l)\\w* (?:\\S+ ){0,3}?si"],
                      ["(?:לבדוק|אבדוק|נבדוק|בודק|בודקת|נברר|אברר|לברר) (?:\\S+ ){0,3}?(?:אם|האם)"])
# A gift or refund said to be the one the rules give, without its sum: "you get the credit you're entitled to", "het
# tegoed waar u recht op heeft", "l'avoir auquel vous avez droit", "הזיכוי שמגיע לך". What the passages give, no more.
ENTITLED = words(["(?:that |which )?you(?:'re| are) entitled to", "(?:that |which )?you have a right to",
                  "(?:the|our) (?:policy|rules?|terms) (?:gives?|provides?|sets?)", "(?:waar|waarop) (?:u|je|jij) "
                  "(?:\\S+ )?recht op (?:heeft|hebt|heb)", "(?:die|dat) (?:u|je|jij) toekomt",
                  "(?:auquel|à laquelle|auxquels|auxquelles) vous avez droit", "(?:que|qui) vous (?:revient|est dû|"
                  "est due)", "pr[ée]vue? par (?:nos|les) conditions"],
                 ["ש?מגיע(?:ים|ה|ות)? לך", "ש?מגיע(?:ים|ה|ות)? לכם", "ש?מגיע(?:ים|ה|ות)? לכן",
                  "שאת(?:ה)? זכאי(?:ת)? לו", "לפי (?:ה)?תקנון"])
# A gift or refund given although the rule is not met, said so: "it was just under 48 hours, but I'll refund it
# anyway", "bij wijze van uitzondering", "je vous rembourse quand même", "נחזיר לך בכל זאת". No passage backs an
# exception to itself.
EXCEPTION = words(["anyway", "all the same", "regardless", "just this once", "as an exception", "exceptionally",
                   "as a one-off", "bij wijze van uitzondering", "uitzonderlijk", "eenmalig toch", "toch maar",
                   "quand m[êe]me", "exceptionnellement", "à titre exceptionnel", "malgr[ée] tout", "pour cette fois"],
                  ["בכל זאת", "באופן חריג", "כחריג", "חריגה", "הפעם בלבד"])
# Money given as a gesture of goodwill, wherever the sentence says so: "we'll refund two months' rent, €118, as a
# goodwill payment", "uit coulance", "à titre de geste commercial", "כמחווה של רצון טוב". A gesture is not what a
# passage gives.
GOODWILL = words(["(?:as|by way of) a (?:\\S+ )?goodwill (?:gesture|payment|credit|refund)", "out of goodwill",
                  "goodwill (?:gesture|payment)", "uit coulance", "(?:als|uit) (?:\\S+ )?(?:gebaar|blijk) van goede "
                  "wil", "(?:en|à titre de|comme|par) (?:un )?geste commercial", "(?:à titre|en signe) de bonne "
                  "volont[ée]"],
                 ["כמחווה של רצון טוב", "כמחוות רצון טוב", "כמחווה"])
# A refund asked about, applied for or decided by others is no promise ("you'd like a refund").
WISH = words(["you'd like", "you would like", "you want\\w*", "wants?", "would like", "asked", "asks",
              "you(?:'ve| have) asked", "request\\w*", "apply\\w*",
              "claim\\w*", "decide\\w*", "wish\\w*", "eligib\\w+", "wilt", "wil graag", "verzoek\\w*", "aanvra\\w+",
              "vraagt", "vroeg", "wil", "wilde", "beslis\\w*", "demande\\w*", "souhait\\w+", "voulez", "veut",
              "r[ée]clam\\w+", "d[ée]cid\\w+"],
             ["מבקש", "מבקשת", "ביקש", "ביקשה", "ביקשת", "בקשה", "בקשת", "רוצה", "לבקש", "להגיש", "מחליט\\w*"])
# What the customer asked for, reported: "Customer asks for 50% off", "klant vraagt 30% korting", "le client exige
# 40 %", "הלקוח מבקש 50% הנחה". A rationale says so to explain the draft; it offers nothing.
# (also as a relative clause, a Dutch one with its verb last: "Customer who asks for half price", "Klant die om half
# geld vraagt", "Client qui demande moitié prix", "לקוח שמבקש חצי מחיר")
CUSTOMER_ASKS = words(["(?:the )?(?:customer|client|caller)(?:'s)?(?: who| that)? (?:asks?|asked|wants?|wanted|"
                       "demands?|demanded|requests?|requested|insists?|is asking|haggles?)",
                       "(?:de )?(?:klant|beller) (?:vraagt|vroeg|wil|eist|eiste|verlangt|wilde|dingt)",
                       "(?:de )?(?:klant|beller) die (?:\\S+ ){1,5}?(?:vraagt|vroeg|wil|eist|eiste|verlangt|wilde|"
                       "dingt)(?!\\w)",
                       "(?:le |la )?client(?:e)?(?: qui)? (?:demande|demandait|veut|voulait|exige|r[ée]clame|"
                       "souhaite)"],
                      ["ה?לקוח(?:ה)? (?:ש)?(?:מבקש|מבקשת|ביקש|ביקשה|רוצה|דורש|דורשת|מתמקח|מתמקחת)"])
# A rationale says what the customer asks for without naming them: "Asks for 50% off.", "Vraagt om 40% korting",
# "Demande 50 % de remise", "מבקשת 50% הנחה" (not the draft's own question, "Vraagt u om ...?").
ASKS_FOR = re.compile(r"^\s*(?:asks?|asking|asked|wants?|wanted|requests?|requested|demands?|insists? on|"
                      r"(?:vraagt|vroeg|wil|wilde|eist|verlangt)(?! (?:u|je|jij|ze)\b)|demande|voudrait|veut|"
                      r"r[ée]clame|exige|souhaite|מבקש|מבקשת|ביקש|ביקשה|רוצה|דורש|דורשת)(?!\w)", re.IGNORECASE)
# Or names the one who asks by who they are, not as "the customer": "Teacher wants half price", "Gepensioneerde
# vraagt om 40%", "Retraité demande la moitié", "גמלאי מבקש חצי מחיר": a clause that opens with a third person and
# a verb of asking reports a wish (not "I want ...", "we ask ...", "you want ...", whose speaker or listener is on the
# card).
ASKER_ASKS = re.compile(r"^\s*(?!(?:i|we|you|ik|wij|jij|je|u|jullie|nous|vous|tu|on|il|elle|they|ze|zij|אני|אנחנו|"
                        r"אתה|את|אתם|אתן)\s)(?:(?:the|a|an|de|het|een|le|la|les|un|une|l')\s+)?[^\W\d_][\w'-]*\s+"
                        r"(?:wants?|asks? for|demands?|requests?|wil|vraagt|eist|verlangt|demande|veut|exige|"
                        r"r[ée]clame|souhaite|מבקש|מבקשת|רוצה|דורש|דורשת)(?!\w)(?!\s+(?:to|te)\b)",
                        re.IGNORECASE)
# Or names the customer's demand as a noun, first ("Demand for half price", "Verzoek om 50% korting", "Demande de
# remise de 40 %", "דרישה להנחה של 50%") or last in a short phrase ("Discount demand", "Korting-eis"): a report,
# no offer (not "I'll give you 50% off at your request", whose offer is more than four words).
DEMANDED = re.compile(r"^\s*(?:(?:demand|request|plea)s? for|(?:verzoek|vraag|eis|verlangen) (?:om|naar|van)|"
                      r"(?:demande|exigence|réclamation|requête)s? d[e'u]|"
                      r"(?:דרישה|בקשה|דרישת|בקשת|דרישות)(?![\u05d0-\u05ea]))|"
                      r"^\s*(?:\S+\s+){0,3}(?<!on )(?<!upon )(?<!by )(?<!op )(?:\S+-)?"
                      r"(?:demand|request|eis|verzoek|exigence|דרישה)\W*$", re.IGNORECASE)
# A rationale's report of what the draft turns down offers nothing: "declines the 50%, offers 6%", "מסרב ל-50%".
# (and its noun: "Refusal of 40%, ...", "Weigering van 40%", "Refus de 30 %", "סירוב ל-40%")
# (or its participle after what was turned down: "half price refused", "halve prijs geweigerd", "50 % refusés",
# "חצי מחיר נדחה")
DECLINES = words(["declines?", "declined", "declining", "refuses?", "refused", "refusing", "refusal of", "turns? down",
                  "rejected", "turned down", "weigert", "weigeren", "geweigerd", "weigering van", "wijst (?:\\S+ )?af",
                  "afgewezen", "afgeslagen", "refuse", "refusée?s?", "refus d(?:[e']|u|es)", "décline", "déclinée?s?",
                  "rejette", "rejetée?s?", "rejection of", "afwijzing van", "rejet d(?:[e']|u|es)",
                  # a rationale's infinitive: "to decline the free month", "refuser la remise", "לסרב ל..."
                  "to (?:decline|refuse|turn down)", "refuser", "décliner", "afwijzen", "afslaan"],
                 ["מסרב", "מסרבת", "סירב", "סירבה", "סירוב", "דוחה", "דחה", "דחתה", "דחייה של", "דחיית", "נדחה",
                  "נדחתה", "נדחו", "נדחית", "לסרב", "לדחות"])
# A promise made in the first person stays one, whatever was asked: "as you requested, we'll refund ...".
WE_WILL = words(["we'll", "i'll", "we will", "i will", "we are going to", "we're going to", "we'd", "i'd",
                 "(?:we|i)(?: can)? (?:refund|credit|pay|give|reimburse|offer|compensate)",
                 "(?:we|wij|ik) (?:gaan|ga|zullen|zal|kunnen|kan)",
                 "(?:betalen|storten|crediteren|vergoeden|geven) (?:we|wij|ik)", "(?:nous|je) (?:allons|vais|pouvons|"
                 "peux|vous rembours\\w*|remboursons)", "on (?:va|peut|vous rembourse)"],
                ["נחזיר", "אחזיר", "נזכה", "אזכה", "נפצה", "אפצה", "נשלם", "אשלם", "נעביר", "אעביר"])
# "every" before a unit counts what a rate is paid for, nothing whole: "€2 credit for every extra day", "לכל יום נוסף"
# ("tous les mois" stays whole: "nous remboursons tous les mois payés")
_EACH_UNIT = (r"(?! (?:extra |additional |further |late |business |working |werk)?(?:day|days|week|weeks|month|"
              r"months|hour|hours|night|nights|dag|dagen|week|weken|maand|maanden|uur|jour|jours|semaine|semaines|"
              r"mois|heure|heures|nuit|nuits)\b)")
_HE_EACH_UNIT = r"(?! (?:יום|ימי|שבוע|חודש|שעה|לילה)(?![\u05d0-\u05ea]))"
# ("tout" in an idiom of time or degree, "tout de suite", "tout à fait", says nothing of how much)
FULL = words(["full", "fully", "entire", "entirely", "whole", "all", "every" + _EACH_UNIT, "everything", "alles",
              "complete\\w*", "volledig\\w*", "volle", "helemaal", "alle", "al het", "hele", "gehele",
              "int[ée]gral\\w*", "total\\w*", "tout(?! de suite| à fait| a fait| à l'heure| de même)", "toute",
              "tous", "toutes", "en entier"],
             ["מלא", "מלאה", "מלוא", "במלואו", "במלואה", "במלואם", "במלואן", "כל" + _HE_EACH_UNIT, "כולו", "כולה",
              "כולם", "הכול", "הכל"])

# What a passage gives back whole by its price: "the price of that treatment refunded", "de prijs van die behandeling
# terug", "le prix de la prestation remboursé", "החזר מחיר הטיפול". A draft gives that back by the sum the price list
# names, said of the thing: "we refund the €79 of the colour", "de €79 van de behandeling", "את ה-289 ₪ של הצבע".
# So does one that refunds "that product" by a word for any product: "a refund of that product", "terugbetaling van
# dat product", "le remboursement de ce produit", "החזר על אותו מוצר"; the draft names the product ("the €54.95 for the
# book", "199 ₪ על האלבום").
PRICE_OF = re.compile(r"(?<!\w)(?i:(?:the )?price of|prijs van|prix d[eu']|prix des|(?:that|this|the) (?:product|item|"
                      r"article)|(?:dat|dit|het) (?:product|artikel)|(?:ce|cet|le) (?:produit|article))(?!\w)|"
                      r"(?<![\u05d0-\u05ea])ו?מחיר ה(?=[\u05d0-\u05ea])|(?<![\u05d0-\u05ea])אותו (?:מוצר|פריט)"
                      r"(?![\u05d0-\u05ea])")
SUM_OF = re.compile(r"^\s*(?i:of|for|van|voor|de|du|des|d')(?!\w)|^\s*(?:של|על)(?![\u05d0-\u05ea])")

# A refund's term said to be over refuses the refund: "de termijn voor terugbetaling is 14 dagen, en die is voorbij",
# "le délai de remboursement ... est dépassé", "החזר כספי אפשרי רק תוך 14 יום ... והזמן הזה עבר".
REFUND_TERM = words(["(?:refund|cancellation|cooling[- ]off) (?:period|window|deadline|term)", "(?:period|window|"
                     "deadline|time limit) for (?:a )?refunds?", "refunds? (?:are |is )?(?:only )?(?:possible|"
                     "available) (?:only )?within", "termijn (?:voor|van de) (?:terugbetaling|annulering)",
                     "terugbetalingstermijn", "terugbetaling (?:is |kan )?(?:alleen|enkel|slechts) (?:mogelijk )?"
                     "binnen",
                     "d[ée]lai (?:de|pour (?:un|le)) (?:remboursement|r[ée]tractation)", "remboursement (?:n'est )?"
                     "(?:possible|valable) (?:uniquement |seulement )?(?:dans les|sous)"],
                    ["החזר (?:כספי )?(?:אפשרי )?רק תוך", "תקופת (?:ה)?החזר"])
TERM_OVER = words(["(?:has|have|is|are) (?:already )?(?:passed|expired|over|gone)", "voorbij", "verstreken",
                   "verlopen", "[ée]coul[ée]e?", "d[ée]pass[ée]e?", "expir[ée]e?"],
                  ["עבר(?![א-ת])", "חלף", "הסתיים", "נגמר"])

# "non-refundable" says no; French says it without its "ne" too: "donc pas de remboursement"; its "ne ... ni ... ni"
# refuses each thing it lists ("je ne peux offrir ni X ni Y").
NEGATION = Words(
    r"(?<!\w)(?:never|not|no|non|none|no one|nobody|\w+n't|do not|cannot|will not|unable|nooit|niet|niemand|geen|"
    r"jamais|personne|aucun\w*|n(?:e\s|')(?:\S+\s){0,2}?\S*\s?pas|"
    # (not "n'est ni ... ni ...", which says what a thing is: "il n'est ni annulable ni modifiable" gives no refusal)
    r"n(?:e\s|')(?!(?:est|sont|était|étaient|sera|seront|serait)\b)(?:\S+\s){0,2}?\S*\s?ni|"
    # "ne communiquez rien" (share nothing); an offer said to be past what may be given refuses it: "50% is well
    # beyond anything I can offer", "taxikosten vallen buiten onze vergoedingen"
    r"n(?:e\s|')\w+ez rien|beyond (?:anything|what)|falls? (?:\S+ )?outside|"
    r"(?:valt|vallen|viel|vielen) (?:\S+ ){0,2}?buiten|"
    r"(?:sort|sortent|tombe|tombent) en dehors|au-del[àa] de (?:tout )?ce (?:que|qu')|boven (?:alles )?wat|"
    r"(?:donc|mais|et|surtout|encore|toujours) pas (?:d(?:e|u|es)|d(?=')))(?!\w)"
    # nothing is left to give: "there is nothing left to refund", "il ne reste
    # rien à rembourser", "er blijft niets meer over om terug te betalen"
    r"|(?<!\w)(?:nothing left|niets (?:meer )?over|reste rien)(?!\w)"
    # nothing is given back: "voor regen betalen we niets terug", "krijg je niks terug", "we pay nothing back", "nous
    # ne remboursons rien"
    r"|(?<!\w)(?:(?:niets|niks) (?:meer )?terug|nothing (?:\S+ )?back|rembours\w* rien)(?!\w)"
    # the French "not" without its verb, heading what it refuses: "Pas gratuit : ...", "..., pas remboursable"
    r"|(?:^|(?<=[.:;,!?]\s))pas(?!\w)(?! à pas)"
    # an offer said to be more than the agent may give refuses it: "40% is more than we are permitted to grant",
    # "dat is meer dan wij mogen", "c'est plus que ce que nous pouvons faire"
    r"|(?<!\w)(?:more than (?:i|we)(?:'m| am|'re| are)? (?:allowed|able|permitted|authori[sz]ed|can|may)|"
    r"meer dan (?:ik|wij|we) (?:mag|mogen|kan|kunnen)|plus que ce que (?:je|nous|j')|"
    r"plus que (?:je|nous) (?:ne )?(?:peux|pouvons|suis autorisée?|sommes autorisée?s?))(?!\w)",
    # Hebrew "not" takes "and", "that", "when that" in front, never the "from" of "מלא" (full); a word joined on by a
    # hyphen is a loanword's part, no "not": "לוג-אין" (log-in)
    rf"(?<![{HE_LETTER}])(?<![{HE_LETTER}]-)(?:ו|ש|וש|כש)?(?:לעולם לא|אף פעם|לא|אין|אסור|אינני|איננו|איני|אינה|אינו|"
    rf"אינם|אינן|אינך|"
    rf"אל ת[{HE_LETTER}]+|מעבר למה ש|יותר ממה ש(?:מותר לי|מותר לנו|אני יכול|אני יכולה|אנחנו יכולים|אוכל|נוכל)|"
    rf"(?:נופל|נופלת|נופלים) מחוץ)(?![{HE_LETTER}])")
# A "not" after one of these is part of a condition, not a refusal: "if you're not happy", "als u niet tevreden bent".
CONDITION = Words(r"(?<!\w)(?:if|unless|when|whether|in case|als|indien|wanneer|mocht|tenzij|si|s'|lorsque|quand|"
                  r"à moins)(?!\w)", rf"(?<![{HE_LETTER}])(?:[וש]?אם(?![{HE_LETTER}])|במידה ו?)")
# The customer's own insurer pays, not the company: "your home insurance may cover it", "kan uw inboedelverzekering het
# vergoeden", "votre assurance habitation peut vous rembourser", "ביטוח הדירה שלך אולי יכסה". A clause it gives in
# promises nothing of ours (not "we'll reimburse your insurance excess").
THEIR_INSURER = Words(r"(?<!\w)(?:your|uw|je|jouw|votre|vos|ton|ta) (?:own |eigen |propre )?(?:[\w-]+ )?(?:\w*insur\w*|"
                      r"\w*verzeker\w*|assurances?|assureurs?|mutuelles?)(?!\w)(?! (?:excess|deductible|eigen risico|"
                      r"franchise))",
                      r"(?<![\u05d0-\u05ea])(?:ו|ש)?(?:ה|ל|מ)?ביטוח(?: [\u05d0-\u05ea]+)? של(?:ך|כם)"
                      r"(?![\u05d0-\u05ea])|חברת הביטוח של(?:ך|כם)")
# The time a refund or gift takes, by its figure: "within 10 working days", "binnen 10 werkdagen", "sous 10 jours
# ouvrés", "תוך 10 ימי עסקים".
WITHIN = re.compile(r"(?<!\w)(?:within|binnen|sous|dans les|(?:ב)?תוך)\s+(\d+)(?![.,]?\d)(?:\s+(?:working|business|"
                    r"calendar|werk|kalender))?\s*(?:days?|dagen|werkdagen|jours?|weeks?|weken|semaines?|months?|"
                    r"maanden|mois|hours?|uur|heures?|ימים|ימי|יום|שבועות|חודשים|שעות)(?!\w)(?:\s+(?:ouvr[ée]s|"
                    r"ouvrables|עסקים))?", re.IGNORECASE)
# A clause that gives the reason for a gift states its condition, "not" and all: "since the first box has not been
# delivered yet, we refund everything", "omdat de box nog niet is bezorgd", "comme la box n'est pas encore livrée",
# "כיוון שהקופסה עוד לא נמסרה".
BECAUSE = Words(r"^\s*(?:(?:and |en |et )?(?:because|since|as|now that|omdat|aangezien|doordat|nu|comme|puisque|"
                r"parce que|parce qu'|vu que|étant donné que))(?!\w)",
                r"^\s*(?:כיוון ש|מכיוון ש|מאחר ש|בגלל ש|כי )")
# Negative words that refuse nothing: "a full refund, no questions asked", "geen probleem, ...".
NOT_A_REFUSAL = Words(r"(?<!\w)(?:no questions asked|no less than|niet minder dan|pas moins de|no matter what|"
                      r"no problem|not a problem|no worries|don't worry|do not worry|zonder (?:verdere |lastige )?"
                      r"vragen|geen probleem|geen zorgen|maakt u zich geen zorgen|sans (?:poser de )?questions?|"
                      r"sans justificatifs?|pas de (?:probl[èe]me|souci)|aucun (?:probl[èe]me|souci)|"
                      r"ne vous inqui[ée]tez pas|quoi qu'il arrive)(?!\w)",
                      rf"(?<![{HE_LETTER}])(?:בלי (?:לשאול )?שאלות|אין בעיה|אל דאגה|לא לדאוג|לא פחות מ)"
                      rf"(?![{HE_LETTER}])")

# -- bank accounts ------------------------------------------------------------------------------------------

IBAN_LIKE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[ ]?\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
ACCOUNT_WORDS = words(["account(?: number)?", "acct", "sort code", "iban", "bic", "bank", "rekening\\w*",
                       "compte", "rib", "bancaire\\w*"], ["חשבון", "בנק", "סניף"])
PAY_TO = words(["pay", "transfer", "send (?:the )?(?:payment|money)", "wire", "deposit", "settle", "betaal\\w*",
                "overmak\\w+", "overboek\\w+", "storten", "stort", "virement", "virer", "payer", "payez", "réglez",
                "régler", "verser", "versez"], ["להעביר", "העבר", "העבירו", "שלם", "לשלם", "תשלום", "להפקיד", "הפקד"])
# Paying through a channel no passage names: "pay with gift cards", "send it in bitcoin", "via Western Union".
PAY_CHANNEL = words(["bitcoins?", "btc", "ethereum", "usdt", "tether", "crypto\\w*", "wallet address", "gift ?cards?",
                     "itunes cards?", "google play cards?", "steam cards?", "cadeaukaart\\w*", "cadeaubon\\w*",
                     "cartes? cadeaux?", "western union", "moneygram", "paypal", "tikkie", "revolut", "paysafe\\w*"],
                    ["ביטקוין", "קריפטו", "כרטיס(?:י)? מתנה", "תווי קנייה", "ביט", "פייבוקס", "פייפאל"])
# (the customer's own new account is theirs to give: "de incasso gaat van je nieuwe rekening")
NEW_ACCOUNT = phrases((
    r"(?<!your )\bnew (?:bank )?account(?: number| details)?\b(?=.{0,60}(?:pay|transfer|iban|bank|sort code))",
    r"(?:pay|transfer|iban|bank)\w*\b.{0,60}(?<!your )\bnew (?:bank )?account\b",
    r"\b(?:bank|payment|account) details (?:have |has )?(?:changed|been updated)\b",
    r"(?<!\bje )(?<!\buw )(?<!\bjouw )\bnieuw\w* (?:bank)?rekening\w*",
    r"\brekening\w* (?:is |zijn )?(?:gewijzigd|veranderd)",
    r"(?<!\bvotre )(?<!\bton )\bnouveau (?:compte|rib|iban)\b", r"\bnouvelles? coordonn[ée]es bancaires\b",
    r"\bcoordonn[ée]es bancaires (?:ont )?chang[ée]"),
    (r"חשבון (?:הבנק )?החדש(?! שלך)", r"לחשבון חדש", r"פרטי (?:הבנק|החשבון) (?:שלנו )?(?:השתנו|שונו|התעדכנו)"))


# One of a group given free by its place in it: "buy two, the third one is on the house", "de tweede gratis", "le
# troisième offert", "הכרטיס השלישי בחינם". Whatever it is called, that is a discount of one in as many as its place
# counts (the second free is half off, the fourth a quarter), judged against the limit as one (``nth_free``).
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "tweede": 2, "derde": 3, "vierde": 4,
             "vijfde": 5, "zesde": 6, "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
             "sixième": 6, "השני": 2, "השנייה": 2, "השניה": 2, "השלישי": 3, "השלישית": 3, "הרביעי": 4,
             "הרביעית": 4, "החמישי": 5, "החמישית": 5, "השישי": 6, "השישית": 6}
_FREE_AFTER = (r"(?:free(?! of)|for free|on (?:the house|us)|gratis|cadeau|kosteloos|offerte?s?|gratuite?s?|"
               r"(?:est |sont )?(?:à nos frais|pour nous)|בחינם|חינם|מתנה|עלינו|ללא עלות|בלי תשלום)")
NTH_FREE = re.compile(
    rf"(?<![\w\u05d0-\u05ea])(?P<nth>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})(?![\w\u05d0-\u05ea])"
    rf"(?:[ ,]+[^\s.,;:!?]+){{0,3}}?[ ,]+(?:(?:is|comes?|goes|gets?|will be|'s|est|vient|krijg\w*|is dan|zit|"
    rf"(?:vous )?est|יהיה|תהיה|הוא|היא)\s+)?(?:(?:completely|totally|entirely|helemaal|volledig|entièrement|"
    rf"totalement|לגמרי)\s+)?{_FREE_AFTER}(?![\w\u05d0-\u05ea])", re.IGNORECASE)


def nth_free(text: str) -> Iterator[tuple[re.Match[str], float]]:
    """Each "the third one free" of ``text``, with the share of the group it takes off (a third: 33.3...)."""
    for m in NTH_FREE.finditer(text):
        yield m, 100.0 / _ORDINALS[m.group("nth").casefold()]


# -- a group of which only some are paid for, or a share of the price paid ---------------------------------------------

_PAY_VERB = (r"(?:pay|pays|paying|betaal|betaalt|betalen|payez|payer|payerez|payons|paye|paies|ne payez|"
             r"ו?(?:תשלמו|תשלם|תשלמי|משלמים|משלמת|משלם))")
_GROUP_COUNT = r"(?P<{}>\d{{1,2}}|[^\W\d_]+)"
# "six visits and pay for only four", "neem tien beurten en betaal er maar zeven", "cinq passages et vous n'en payez
# que trois", "חמישה ביקורים ותשלמו רק על שלושה": what the first count names, the second paid for
GROUP_THEN_PAY = re.compile(  # (looked for at every word: the first word need not be the count)
    rf"(?<![\w\u05d0-\u05ea])(?=(?:{_GROUP_COUNT.format('whole')}\s+(?:[^\s.,;:!?]+\s+){{0,3}}?"
    rf"(?:(?:and|en|et|but|maar|mais)\s+(?:[^\s.,;:!?]+\s+){{0,2}}?|(?=ו))"
    rf"{_PAY_VERB},?\s+(?:(?:er|en|for|voor|pour|על|only|just|maar|alleen|slechts|seulement|que|רק),?\s+){{0,3}}"
    rf"{_GROUP_COUNT.format('paid')}(?![\w\u05d0-\u05ea])"
    r"(?!\s+(?:instal\w*|termijn\w*|fois|mensualit\w*|keer|times|months?|maanden|mois|weeks?|weken|semaines|"
    r"תשלומים|חודשים|euros?|€|%|today|now|later|vandaag|nu|aujourd|maintenant|plus tard|היום|עכשיו))))",
    re.IGNORECASE)
# "eight for the price of five", "acht voor de prijs van vijf", "huit au prix de cinq", "שמונה במחיר של חמישה"
FOR_PRICE_OF = re.compile(
    rf"(?<![\w\u05d0-\u05ea])(?=(?:{_GROUP_COUNT.format('whole')}\s+(?:[^\s.,;:!?]+\s+){{0,2}}?"
    r"(?:for the price of|at the price of|voor de prijs van|tegen de prijs van|pour le prix de|au prix de|"
    rf"במחיר של)\s+{_GROUP_COUNT.format('paid')}(?![\w\u05d0-\u05ea])))", re.IGNORECASE)
_PARTS = {"thirds": 3, "third": 3, "quarters": 4, "fourths": 4, "fifths": 5, "fifth": 5, "sixths": 6, "sevenths": 7,
          "eighths": 8, "tenths": 10, "derde": 3, "kwart": 4, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
          "achtste": 8, "tiende": 10, "tiers": 3, "quarts": 4, "cinquièmes": 5, "cinquiemes": 5, "sixièmes": 6,
          "septièmes": 7, "huitièmes": 8, "dixièmes": 10, "שלישים": 3, "רבעים": 4, "חמישיות": 5, "שישיות": 6}
# a share of the price paid, in words: "you pay only two thirds of it", "u betaalt maar twee derde", "vous ne payez
# que deux tiers", "תשלמו רק שלושה רבעים"
PAID_FRACTION = re.compile(
    rf"{_PAY_VERB},?\s+(?:[^\s.,;:!?]+,?\s+){{0,6}}?(?P<num>[^\W\d_]+)[\s-]+(?P<den>{'|'.join(_PARTS)})(?![\w\u05d0-\u05ea])",
    re.IGNORECASE)


def paid_shares(text: str) -> Iterator[tuple[float, float, float]]:
    """Where ``text`` pays for only some of a group, or only a share of a price: the share that leaves off (in
    percent), the count of the group and the count paid for ("five lessons, pay for three" is 40%, 5, 3). A count of
    24 or more is no group (a product's number)."""
    for pattern in (GROUP_THEN_PAY, FOR_PRICE_OF):
        for m in pattern.finditer(text):
            whole, paid = _count(m.group("whole")), _count(m.group("paid"))
            # ("two for the price of one" gives the rest free: the free check's, as a gift)
            if whole is not None and paid is not None and 0 < paid < whole < 24 and (
                    pattern is GROUP_THEN_PAY or paid > 1):
                yield (whole - paid) / whole * 100, whole, paid
    for m in PAID_FRACTION.finditer(text):
        num, den = _count(m.group("num")), _PARTS[m.group("den").casefold()]
        if num is not None and 0 < num < den:
            yield (1 - num / den) * 100, float(den), num
