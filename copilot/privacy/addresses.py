"""Street addresses in running text: the street and the house number, as each language writes them.

"Kerkstraat 12", "Laan van Meerdervoort 45", "221B Baker Street", "12 bis rue Victor Hugo", "רחוב הרצל 15",
"הכתובת שלי ויצמן 12". A street counts with its number (a street name alone says little: "the roadworks on
Main Street" stays), unless someone is said to live there ("Ze woont aan de Julianalaan", the number often in the
next segment) or the agent has just asked for the address; then a bare "Meir 12", "הרצל 15",
"Stationsplein" or a house number is the answer. A street also needs no street word where someone lives or moves
("verhuisd naar de Biezen 4") or a floor or flat follows ("Overtoom 301, 2nd floor"), and a number may come
first ("nummer 45 aan de Molenweg"). The flat, bus or floor belongs to the address. The company's own shop or
office as the customer names it ("jullie winkel aan de Grote Markt 3") is no one's address: ``company_place`` says
so; in the agent's turns ``owner`` tells the company's values from the customer's. The postcode stays a
POSTCODE of its own and the town is left in, so a draft can still say which branch or engineer is near.
Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copilot.privacy.detectors import HEBREW, HEBREW_PREFIXES, Finding
from copilot.privacy.name_words import STOP, everyday_word
from copilot.privacy.postcodes import POSTCODE_AHEAD

# A house number's additions, wherever a house number is read: "12-14", "27/4" (a flat), "302-B".
HOUSE_ADDITION = r"[-/]\d{1,4}[a-zA-Z]?|-[a-zA-Z]{1,2}(?![\w'’])"
_NUMBER = (rf"\d{{1,5}}(?:[ ]?[a-zA-Z](?![\w'’])|{HOUSE_ADDITION}|"
           r"[ -](?:bis|ter|hs|huis|bg|I{1,3}|rood|zwart|boven|beneden)(?!\w))?")  # "12a", "12-14", "12-A", "12 bis",
# "12-hs", and the Dutch door of an upstairs or downstairs home ("14 rood", "14 zwart", "14 boven")
NOT_A_HOUSE = re.compile(r"\s*(?:%|€|\$|£|₪|x\b|(?:פעמים|פעם|דקות|ימים|שעות|שבועות|חודשים|שנים|שקל|ש\"ח|אחוז|"
                          r"גיגה|מגה)(?![\u05d0-\u05ea])|(?:dagen|days?|jours?|weken|weeks?|semaines?|maanden|months?|mois|"
                          r"jaar|jaren|years?|ans?|uur|hours?|heures?|minuten|minutes?|min|euros?|eur|pounds?|"
                          r"dollars?|gb|go|mb|mbit|mb/s|[kmg]bps|kwh|kw|km|meter|kilo|kg|keer|times|fois|stuks|procent|"
                          r"percent|hoog)\b)",
                          re.IGNORECASE)
# Dutch streets end in one of these; the weak ones are everyday words too, so they need a capital ("Dorpsweg").
_NL_STRONG = r"straat|straatweg|laan|gracht|plein|kade|singel|dreef|steeg|plantsoen|boulevard|burgwal|allee"
_NL_WEAK = (r"weg|hof|park|pad|markt|baan|wal|dam|dijk|veld|ring|vest|lei|dries|berg|oord|poort|kant|haven|erf|zijde|"
            r"plaats|hoek|sloot|vaart|kwartier|promenade|passage|straatje|pleintje|dreef|wijk|einde|streek|bocht|werf|"
            r"brink")
_NL_NOT = frozenset("onderweg halfweg halverwege snelweg zijweg omweg uitweg wagenpark ringweg thuishaven supermarkt "
                    "zorgverzekeraar energiemarkt woningmarkt jaarmarkt vrijdagmarkt loopbaan".split())
_PARTICLE = r"(?:van|de|der|den|het|'t|ter|ten|te|op|aan|en)[ ]"  # "Berg en Dalseweg"
# Found from the end (suffix, space, number), then read backwards: scanning every position for a street name
# that might end in "straat" is the slow way round.
_WORD_THEN_NUMBER = re.compile(r"(?<=[^\W\d_]) (?=[0-9])")
_NL_SUFFIX = re.compile(rf"(?i:(?P<strong>{_NL_STRONG})|(?P<weak>{_NL_WEAK}))$")
_HOUSE = re.compile(rf"{_NUMBER}(?![\w'’]|[.,]\d)")
_NL_WORD = re.compile(r"[\w'’-]*$")
_NL_LEAD = re.compile(rf"(?<![\w-])(?:[A-Z][\w'’.-]*[ ](?:{_PARTICLE}){{0,2}}){{1,3}}$")
_NL_LAAN_VAN = re.compile(rf"(?<![\w-])(?:Laan|Plein|Kade|Singel|Weg|Dreef|Gracht|Straat|Hof|Park|Burgwal)[ ]"
                          rf"(?:van|der|de|den|het|ter|ten|op|aan)(?:[ ](?:de|der|den|het|'t))?"
                          rf"(?:[ ][A-Z][\w'’-]+){{1,2}}[ ](?P<number>{_NUMBER})(?![\w'’]|[.,]\d)")
_EN_STRONG = r"street|road|lane|avenue|drive|close|crescent|terrace|grove|gardens|mews|boulevard|court|place"
_EN_WEAK = r"st|rd|ln|ave|dr|way|park|walk|green|rise|view|hill|row|gate|square|parade|wharf|quay|end|vale|yard"
_EN = re.compile(rf"(?<![\w/.,-])(?P<number>\d{{1,5}}[A-Za-z]?)(?:[ ]?,)?[ ](?P<name>(?:[A-Za-z][\w'’.-]*[ ]){{1,3}})"
                 rf"(?P<type>(?i:(?P<strong>{_EN_STRONG})|(?P<weak>{_EN_WEAK})))\.?(?![\w'’])")
_EN_THE = re.compile(r"(?<![\w/.,-])\d{1,5}[A-Za-z]?[ ]The[ ](?:Crescent|Green|Avenue|Drive|Close|Parade|Square|Mall|"
                     r"Grove|Mews|Terrace|Strand|Broadway|Esplanade|Causeway|Promenade|Quay|Row|Walk)(?![\w'’])")
# A street whose type is written into its one word: "26 Kingsway", "4 Broadway", "12 Southgate", "3 Parkway".
_EN_GLUED = re.compile(r"(?<![\w/.,-])\d{1,5}[A-Za-z]?[ ](?P<name>[A-Z][a-z]{2,}(?:way|gate))(?![\w'’])")
_NOT_GLUED = frozenset("anyway always halfway midway subway railway gateway doorway highway runway hallway norway "
                       "someway stairway motorway freeway expressway getaway giveaway takeaway walkway "
                       "outgate delegate aggregate".split())
# Street and number with no street word, known by the postcode right after them: "22 Mount Wise, TR7 2BQ",
# "5 Ard na Gréine, H91 E2K7", "Kerkeveld 12, 3511 AB" (the postcode is its own span).
_BEFORE_POSTCODE = re.compile(
    r"(?<![\w/.,-])(?:\d{1,4}[A-Za-z]?[ ](?:[A-Z][a-zß-ÿ][\w'’-]*[ ]){0,2}[A-Z][a-zß-ÿ][\w'’-]*|"
    r"(?:[A-Z][a-zß-ÿ][\w'’-]*[ ]){1,3}" + _NUMBER + ")"  # words, not codes: "RR 4471 2093 FR" is a parcel;
    # the number with its addition: "Rokin 75-III, 1012 KL" (the third floor)
    r"(?=,?[ ]" + POSTCODE_AHEAD + ")")
_EN_NAME_FIRST = re.compile(rf"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]*[ ]){{1,3}})"
                            rf"(?P<type>Street|Road|Lane|Avenue|Drive|Close|Crescent|Terrace|Grove|Gardens|Square)"
                            rf"[ ](?P<number>{_NUMBER})(?![\w'’]|[.,]\d)")
# Welsh streets put their word first: "31 Ffordd Glyder", "7 Heol y Nant", "12 Lôn Las", "4 Stryd Fawr".
_WELSH = re.compile(r"(?<![\w/.,-])\d{1,5}[A-Za-z]?,?[ ](?:Ffordd|Heol|Stryd|Lôn|Rhodfa|Cilgant|Llwybr|Teras)"
                    r"(?:[ ](?:y|yr|'r))?(?:[ ][A-Z][\w'’-]+){1,2}")
# A house known by its name in Britain and Ireland: "Rose Cottage", "Old Mill Cottage". A farm, a barn, a manor or a
# house is as often a venue or a pub ("Aldwick Court Farm", "Glebe House") and is left out, and so is a name with
# "the" before it or a word after it ("the Rose Cottage tearoom").
_HOUSE_NAME = re.compile(r"(?<![\w-])(?<![Tt]he )(?P<name>(?:[A-Z][a-z'’-]+[ ]){1,2})(?:Cottage|Cottages|Farmhouse|"
                         r"Bungalow)(?=\s*(?:[,.;:!?]|$))")
# A house known by its name with the road it is on: "Knockbrack House, Ballinamult Road", "Rose Cottage, Mill Lane";
# so is a block of flats: "Harbour View, Strand Road", "Riverside Court, Mill Street", "Marina Heights, Quay Road".
_HOUSE_ON_ROAD = re.compile(r"(?<![\w-])(?<![Tt]he )(?:[A-Z][a-z'’-]+[ ]){1,2}(?:House|Lodge|Farm|Farmhouse|Cottage|"
                            r"Cottages|Bungalow|Manor|Hall|Barn|Mill|Villa|Croft|Grange|View|Court|Heights|Mansions|"
                            r"Apartments|Tower|Towers|Point|Wharf|Buildings),[ ](?:[A-Z][\w'’-]+[ ]){1,3}"
                            r"(?:Road|Lane|Street|Avenue|Drive|Way|Close|Hill|Row|Crescent|Terrace|Quay|Parade|Square|"
                            r"Grove|Gardens|Walk|Mews)(?![\w'’])")
# A house known by its name with its village and postcode: "Pencoed Farm, Ffostrasol, SA44 5JX" (the postcode is its
# own span; the name and the place before it are the address).
_HOUSE_BY_POSTCODE = re.compile(r"(?<![\w-])(?<![Tt]he )(?:[A-Z][a-z'’-]+[ ]){1,2}(?:House|Lodge|Farm|Farmhouse|"
                                r"Cottage|Cottages|Bungalow|Manor|Hall|Barn|Mill|Villa|Croft|Grange)"
                                r"(?:,[ ][A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)?"
                                r"(?=,?[ ]" + POSTCODE_AHEAD + ")")
# A French rural address by its locality: "lieu-dit Les Chazeaux", "au lieu-dit la Motte".
_LIEU_DIT = re.compile(r"(?<![\w-])(?i:lieu-?dit)[ ](?:(?:les|le|la|l['’])[ ]?)?[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?")
# A homestead of a moshav by its number, the address there: "למשק 41", "משק 7א".
_HE_FARM = re.compile(r"(?<![\u05d0-\u05ea])(?:[ובלמה]{0,2})"
                      r"(?P<farm>משק\s+\d{1,4}(?:[\u05d0-\u05ea](?![\u05d0-\u05ea]))?)(?![\d\u05d0-\u05ea]|[.,/:]\d)")
# A flat by its number, starting a phrase after the address or as the answer: "Aye, Flat 1/2, second floor",
# "apartment 3B", "appt 12" (not "Claire from flat 9": a neighbour named by where she lives).
_FLAT = re.compile(r"(?:^|(?<=[,.;:!?]\s)|(?<=[,.;:!?]))(?i:flat|apartment|apt\.?|appartement|appt\.?|app\.|"
                   r"(?:קומה[ ]?\d{1,2},?[ ])?דירה(?=[ ]?\d))[ ]?"  # "הגפן, דירה 9", "קומה 3, דירה 9": the flat
                   # set apart after its street, as "Flat 2" is
                   r"(?:no\.?[ ]?|n°[ ]?)?"
                   r"\d{1,4}(?:/\d{1,3}|[A-Za-z](?![\w'’]))?(?![\w'’%€$£/]|[.,]\d|\s*(?:%|percent|procent|pour ?cent|€|"
                   r"euros?|eur\b|pounds?|dollars?|חדרים|חד['׳]|₪|ש\"ח|שקל))")
# A Hebrew flat by its number anywhere in a sentence, with its prefix letters ("מדירה 10", "לדירה 4"): a home, as
# "Flat 2" set apart is; not a count of rooms or a price after it.
_HE_FLAT_ANYWHERE = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?P<flat>דירה)[ ]?(?:מספר[ ])?\d{1,4}"
                               r"(?![\w'’%/]|[.,]\d|\s*(?:חדרים|חד['׳]|₪|ש\"ח|שקל|%))")
_FR_STRONG = r"rue|avenue|av\.|boulevard|bd|bld|allée|allee|impasse|quai|chemin|faubourg|ruelle|chaussée|chaussee"
_FR_WEAK = (r"place|lieu-dit|lieudit|"
            r"route|cours|square|passage|esplanade|promenade|sentier|voie|rond-point|cité|résidence|hameau|"
            r"parvis|montée|traverse|villa|lotissement|drève|clos")
_FR_TYPE = rf"(?i:(?P<strong>{_FR_STRONG})|(?P<weak>{_FR_WEAK}))(?![\w'’])"
_FR = re.compile(rf"(?<![\w/.,-])(?P<number>\d{{1,5}})(?:[ ]?(?:bis|ter|quater|[a-dA-D])(?![\w'’]))?[ ]?,?[ ]"
                 rf"{_FR_TYPE}")
_UNIT_WORD_BEFORE = re.compile(r"(?<!\w)(?i:flat|apartment|apt\.?|appartement|app\.?|appt\.?|room|kamer|chambre|"
                               r"studio|unit|suite)[ ]?(?:n°[ ]?)?$")
_FR_NUMBER_LAST = re.compile(rf"(?<![\w'’-]){_FR_TYPE}")
_FR_ARTICLE = re.compile(r"[ ](?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’])(?:[ ]|(?<=['’]))", re.IGNORECASE)
_FR_STOP = frozenset("à au aux et pour près de du des en dans à côté svp merci demain chez au deuxième premier "
                     "étage appartement apt bâtiment entre vers sur sous avec mais ou donc ce cet cette depuis car "
                     "parce quand où avant après jusqu il elle je j on nous vous c est c'est qui que mon ma mes "
                     "depuis hier aujourd'hui ce soir bientôt maintenant encore aussi".split())
# Where someone lives, the street named without its number, the number in the next segment or not at all: "Ze woont
# aan de Julianalaan", "she lives on Mill Lane", "Elle habite rue Nationale", "היא גרה ברחוב הרימון". The street
# needs its street word and must end the phrase.
_PHRASE_END = r"(?=\s*(?:$|[,.;:!?…]))"
_LIVES_ON_STREET = re.compile(
    rf"(?<!\w)(?:(?:woon\w*|wonen|verhuisd)(?:\s+nog(?:\s+steeds)?)?\s+(?:aan|in|op|naar)(?:\s+(?:de|het))?\s+"
    rf"(?P<nl>(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*(?i:{_NL_STRONG}|{_NL_WEAK}))|"  # "Lange Nieuwstraat"
    rf"(?i:lives?|lived|living|moved)(?:\s+still)?\s+(?i:on|at|in|to)\s+(?:the\s+)?"
    rf"(?P<en>(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{_EN_STRONG.title()}|Way|Walk|Rise|Row|Hill|Green|Parade|Gate|View))|"
    rf"(?i:habit\w*|vit|vivent|demeur\w*|déménag\w*)(?:\s+(?:au|à|dans\s+la|sur\s+la|sur\s+le|dans\s+le))?\s+"
    rf"(?P<fr>(?i:{_FR_STRONG}|{_FR_WEAK})\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?[A-Z][\w'’-]+"
    rf"(?:\s+[A-Z][\w'’-]+){{0,2}})|"
    rf"(?<![\u05d0-\u05ea])(?:גר|גרה|גרים|גרות|מתגורר\w*|עבר|עברה|עברו)\s+ב(?P<he>(?:רחוב|שדרות|שד['׳]|רח['׳])\s+"
    rf"[\u05d0-\u05ea][\u05d0-\u05ea'׳\"״-]+(?:\s+[\u05d0-\u05ea][\u05d0-\u05ea'׳\"״-]+)?))"
    rf"{_PHRASE_END}")
_HE = "\u05d0-\u05ea"
_HE_LETTER = r"(?:[\u05d0-\u05ea](?![\u05d0-\u05ea]))?"  # "12א": the building's letter
_HE_WORD = rf"[{_HE}][{_HE}'׳\"״-]*"
_HE_STREET = re.compile(rf"(?<![{_HE}])[ובלמהמ]?(?P<type>רחוב|רח['׳]|שדרות|שד['׳]|שדרת|דרך|סמטת|סמ['׳]|כיכר|ככר|"
                        rf"משעול|מעלה)\s+(?P<name>(?:{_HE_WORD}\s+){{1,3}}?)(?P<number>\d{{1,4}}{_HE_LETTER}(?:/\d{{1,3}})?)"
                        r"(?!\d|[.,/:]\d)")  # "12/3": the house, then the flat
# "דרך" is also "via": "ניסיתי דרך האפליקציה 3 פעמים", and "usually": "בדרך כלל תוך 30 יום".
_HE_VIA = re.compile(r"ה?(?:כלל|אפליקציה|אתר|אינטרנט|טלפון|מייל|ווטסאפ|וואטסאפ|מוקד|נציג|חשבון|בנק|כרטיס|אזור|"
                     r"צ'אט|סניף|"
                     r"מחשב|נייד|מסרון|הודעה)")
_HE_CUED = re.compile(rf"(?:כתובת|הכתובת)(?:\s+(?:שלי|שלנו|שלו|שלה))?(?:\s+(?:היא|זה|זו))?\s*:?\s*|"
                      # not an age: "אני בת שמונים ושש", "אני בן 70" (a year old, not at a street)
                      rf"(?<![{_HE}])אני\s+(?:(?:עדיין|עוד|כבר|עכשיו|גר|גרה)\s+)*ב(?=[{_HE}])(?![ןת]\s+\d)|"
                      rf"(?<![{_HE}])(?:גר|גרה|גרים|גרות|עברנו|עברתי|עבר|עברה)\s+[בל](?=[{_HE}])")
_HE_AFTER_CUE = re.compile(rf"(?P<name>{_HE_WORD}(?:\s+{_HE_WORD})?)\s+(?P<number>\d{{1,4}}{_HE_LETTER}(?:/\d{{1,3}})?)"
                           r"(?!\d|[.,/:]\d)")
_EVERYDAY = frozenset("the a an my our your their this that on in at of to for from and with is was my mijn "
                      "de het een op in van naar bis ter".split())
_SENTENCE_WORDS = frozenset("naar ik we wij hij zij dit dat bij aan ook en of maar nu op in mijn onze dus dan so donc "
                            "alors ok oké prima goed".split())
_NOT_LEAD = r"(?i:naar|bij|in|op|aan|het|de|dat|dit|en|of|maar|nu|dus|dan|ja|nee|ik|we|wij|mijn|onze|to|at|the)[ ]"
_HOUSE_NUMBER = re.compile(rf"(?:(?:het is|it['’]?s|its|c['’]est|זה|au)\s+)?"  # "117-III", "het is 3b", "au 57"
                           rf"(?:(?:huis)?nummer|nr\.?|number|no\.?|numéro|n°|מספר)?\s*(?P<number>{_NUMBER})$",
                           re.IGNORECASE)
# A house number opening an answer, then what kind of home it is, with no stop between (a chat's "88  its an upstairs
# flat", "12 het is de bovenwoning", "7 c'est au 2e étage").
_HOUSE_THEN_FLAT = re.compile(rf"\s*(?P<number>{_NUMBER})\s+(?=(?i:its|it['’]s|it is|het is|dat is|c['’]est|"
                              r"(?:an?|the|een|de|het|la|le|au)?\s*(?:upstairs|downstairs|top|ground|first|second|"
                              r"boven|beneden|bovenwoning|benedenwoning|flat|apartment|appartement|étage|floor|etage|"
                              r"\d+(?:e|er|st|nd|rd|th)\s+(?:floor|étage|etage)))\b|(?:קומה|דירה)(?![\u05d0-\u05ea]))")
_HOUSE_CUE = re.compile(r"(?<!\w)(?:huisnummer|nummer|nr\.?|house number|number|numéro|n°|מספר בית|מספר)\s*:?\s*"
                        r"(?P<number>\d{1,4}[a-zA-Z]?)(?![\w.,/:-]?\d)", re.IGNORECASE)
# Floors and flats ("flat 2", "קומה 3") belong to an address but are not one on their own.
_UNIT = (r"(?!(?:flat|apt|apartment|floor|unit|suite|étage|appartement|bus|verdieping|etage|קומה|דירה|כניסה)\b)"
         # a parking space or a box by its number alone: "Plaats 47, naast de lift", "Place 58", "חניה 114"
         r"(?!(?i:plaats|plek|place|spot|space|bay|parking|emplacement|box|stalling|חניה|מקום)\s+\d)")
_BARE = re.compile(rf"^\s*(?:(?:it['’]?s|its|c['’]est|het is|dat is|to|naar|au|à|at|op|in de|op de|זה|ב|ל)\s+)?{_UNIT}"
                   rf"(?P<address>(?:[A-Z][\w'’-]+|{_HE_WORD})(?:[ ](?:[\w'’-]+)){{0,2}}[ ]\d{{1,4}}(?:[a-zA-Z]|"
                   rf"[{_HE}](?![{_HE}])|/\d{{1,3}})?(?:[ ](?:bus|blok|bloc|box|bte)[ ]?\w{{1,4}})?)\s*$")
# What a street's name alone looks like: capitalised words ("Vlasakker", "Den Texstraat"), or Hebrew ones.
_STREET_ALONE = re.compile(rf"\s*(?:(?:it['’]?s|c['’]est|het is|de|la|the|זה)\s+)?((?:[A-Z][\w'’-]+|[בל]?{_HE_WORD})"
                           rf"(?:[ ](?:[A-Z][\w'’-]+|van|de|der|den|du|des|la|le|{_HE_WORD})){{0,3}})\s*")
_NOT_AN_ANSWER = frozenset("sorry pardon pardonnez wat what quoi hein ja nee yes no oui non ok okay oké euh uh eh "
                           "wait wacht attendez moment sec כן לא רגע מה סליחה תודה סבבה בסדר אוקיי מעולה".split())
_CHUNK = re.compile(r"(?:[^,;!?.]|\.(?=\S))+")  # "הנביאים 12א. עם א׳, ...": up to a comma or a full stop
# The words an answer may open with before the street it names: "dat is Eekhoornweg", "that's Mill Lane".
_LEAD_IN = (r"(?:(?:(?i:maar|but|mais|en|and|et|nee|no|non)\s+)?"  # "maar het is sinds mei ...": a street moved to
            r"(?i:it['’]?s|that['’]?s|that is|c['’]est|het is|dat is|in de|op de|aan de|bij de|zo|so|זה|het is de|"
            r"dat is de|naar de|naar|de)\s+(?:(?i:nu|now|maintenant|désormais|inmiddels)\s+)?)")
HEBREW_STREET_WORDS = r"rehov|rechov|rehob|sderot|shderot|derech|derekh"
# A street named without its number, as an answer: "rue Victor Hugo", "Church Lane", "רחוב הרצל".
_NAMED_STREET = re.compile(rf"\s*{_LEAD_IN}?((?i:{_FR_STRONG}|{_FR_WEAK})[ ]"
                           rf"(?:(?:de la|de l['’]|du|des|de|d['’])[ ]?)?[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){{0,2}}|"
                           rf"[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){{0,2}}[ ](?i:{_EN_STRONG})|"
                           r"(?:Ffordd|Heol|Stryd|Lôn|Rhodfa|Cilgant)(?:[ ](?:y|yr|'r))?(?:[ ][A-Z][\w'’-]+){1,2}|"
                           rf"(?:רחוב|שדרות|רח['׳])[ ]{_HE_WORD}(?:[ ]{_HE_WORD})?|"
                           # an Israeli street in Latin letters, its Hebrew street word first: "rehov Bialik"
                           rf"(?i:{HEBREW_STREET_WORDS})[ ](?-i:[A-Z][\w'’-]+)(?:[ ](?-i:[A-Z][\w'’-]+)){{0,2}})\s*")
# A PO box is where the customer's post goes: an address as a street is ("Postbus 37", "case postale 56").
_PO_BOX = re.compile(r"(?<!\w)(?:postbus|p\.?[ ]?o\.?[ ]box|post office box|case postale|boîte postale|b\.p\.|"
                     r"ת\.[ ]?ד\.?|תא דואר)[ ]?\d{1,6}(?![\d\w])", re.IGNORECASE)
_ORDINAL = (r"(?:ground|first|second|third|fourth|fifth|sixth|top|eerste|tweede|derde|vierde|vijfde|premier|"
            r"deuxième|troisième|quatrième|cinquième|dernier)")
_HE_ORDINAL = r"(?:ראשונה|שנייה|שניה|שלישית|רביעית|חמישית|שישית|שביעית|שמינית|תשיעית|עשירית|קרקע)"
_ADDITION = re.compile(r"(?:,?[ ](?:bus|blok|bloc|box|boîte|bte|flat|apt\.?|apartment|appartement|app\.?|unit|suite|"
                       r"toevoeging|étage|etage|verdieping|floor|דירה|קומה|כניסה)[ ]?\d{1,4}[a-zA-Z]?(?![\w'’]|[.,]\d)|"
                       r",?[ ](?:blok|bloc|block|gebouw|building|bâtiment|entrée|entrance|escalier)[ ][A-Z](?![\w'’])|"
                       r",?[ ]\d{1,2}(?:st|nd|rd|th|e|ème|de|ste)?[ ](?:floor|étage|etage|verdieping|hoog)"
                       r"(?:[ ](?:droite|gauche|left|right|links|rechts|achter|voor))?(?![\w'’])|"
                       # the floor and the door's side: "2e droite", "3ème gauche", "1er gauche" (a Paris flat)
                       r",?[ ]\d{1,2}(?:e|ème|eme|er|re)[ ](?:droite|gauche)(?![\w'’])|"
                       # the floor in one Dutch word: "64 driehoog", "12 eenhoog achter"
                       r",?[ ](?:een|één|twee|drie|vier|vijf|zes)hoog(?:[ ](?:achter|voor))?(?![\w'’])|"
                       rf",?[ ]קומה[ ]{_HE_ORDINAL}|,?[ ]{_ORDINAL}[ ](?:floor|verdieping|étage)(?![\w'’])|"
                       # "3 hoog", "קומה שנייה", "third floor": the floor in words
                       r",?[ ](?:entrance|bâtiment|batiment|building|bloc|block|blok|gebouw|escalier|staircase|"
                       r"trappenhuis|כניסה|בניין)[ ]?"
                       r"(?:[A-Z]|[\u05d0-\u05ea]['׳]?)(?![\w'’]))+",  # "כניסה ב׳, דירה 4", "bâtiment B"
                       re.IGNORECASE)
_UNIT_AT_END = re.compile(rf"(?:{_ADDITION.pattern})$", re.IGNORECASE)
_HE_NAME_WORD = re.compile(rf"{_HE_WORD}")
# Where a thing goes that is no street: home, work, the e-mail, the branch, the same address ("למייל", "לאותה כתובת").
_HE_NOT_A_PLACE = re.compile(rf"[{HEBREW_PREFIXES}]{{0,2}}(?:ביתה?|מייל|אימייל|דוא\"?ל|דואר|עבודה|משרד|סניף|כתובת|"
                             rf"אות[הו]|שם|פה|כאן|ווט?סאפ)(?![{_HE}])")
# A name and a number, then a floor, a flat or a bus: a street whatever its name ("Meir 12 bus 3", "בהרצל 112, קומה 3").
_UNIT_NEXT = (r"[ ](?P<number>\d{1,4}[a-zA-Z]?)(?=,?[ ](?:bus|box|boîte|bte|flat|apt\.?|apartment|appartement|unit|"
              r"suite|étage|etage|verdieping|floor|דירה|קומה|כניסה)[ ]?\d|,?[ ]\d{1,2}(?:st|nd|rd|th|e|ème|de|ste)?[ ]"
              r"(?:floor|étage|etage|verdieping)(?!\w))")
_BEFORE_A_UNIT = re.compile(rf"(?<![\w'’-])(?:(?P<name>[A-Z][\w'’-]++)|"
                            rf"[בל]?(?P<hebrew>(?:{_HE_WORD}[ ](?=ה))?{_HE_WORD})){_UNIT_NEXT}", re.IGNORECASE)
# a Hebrew street may be a person and a title: "שלמה המלך 45 דירה 66"
# The same before an entrance or a building by its letter ("Emek Refaim 42 entrance B apt 7", "שרת 33 כניסה ג'"): a
# Hebrew street of one word only, so that "רשמתי המעפילים 9 כניסה ב'" is not read with the verb before it.
_BEFORE_AN_ENTRANCE = re.compile(rf"(?<![\w'’-])(?:(?P<name>(?:(?P<first>[A-Z][\w'’-]+)[ ](?=[A-Z]))?[A-Z][\w'’-]++)|"
                                 rf"[בל]?(?P<hebrew>{_HE_WORD}))[ ](?P<number>\d{{1,4}}[a-zA-Z]?)"
                                 r"(?=,?[ ](?:entrance|entrée|bâtiment|batiment|building|bloc|block|blok|gebouw|"
                                 r"כניסה|בניין)[ ]?(?-i:[A-Z]|[\u05d0-\u05ea]['׳]?)(?![\w'’]))", re.IGNORECASE)
_NOT_A_STREET = frozenset("building gebouw bâtiment batiment room kamer salle level niveau gate hall plan floor "
                          "verdieping étage etage flat apartment apt unit suite appartement bus".split())
# Hebrew words for a time or a count before a number, never a street: "בשעה 10", "בעוד 5", "ביום 12".
_HE_NOT_A_STREET = re.compile(r"(?:שעה|עוד|יום|חודש|שנה|קומה|דירה|מספר|סביבות|בערך|רק|כמעט|עד|מחיר|בניין|בית|כבר|גיל|"
                              r"שיחה|תור|המתנה|שבוע|כיתה|קו|מקום|שלב|אחרי|לפני|מאז|החל)$")
_FLAT_BEFORE = re.compile(r"(?<!\w)(?:flat|apartment|apt\.?|unit|suite|appartement|app\.?|room|kamer|chambre)"
                          r"[ ]?\d{1,4}[a-zA-Z]?,?[ ]$",
                          re.IGNORECASE)
# Where someone lives or moves to, a capitalised name and a number are a street, whatever its name: "verhuisd naar
# de Biezen 4", "I live at Meadowbank 12", "j'habite au 3 Clos Fleuri" needs no "rue", nor "wij wonen in Brink 7"
# or "I'm still at 14 Kingsway".
_LIVES_AT = re.compile(r"(?<!\w)(?=[vwmhtoijnds])(?:verhuisd naar|(?:woon(?:t|en)?|wonen)"
                       r"(?: nog steeds| nog| nu| inmiddels| sinds kort)? (?:op|aan|in)|(?:mijn|ons|het) adres is|"
                       r"(?:i['’]m|i am|we['’]re|we are)(?: still)? at|"
                       r"still at|"
                       r"(?:my|our|the) address is|(?:i|we)(?: now)? live(?: now)? (?:at|on)|moved to|"
                       r"(?:mon|notre) adresse (?:est|c['’]est)|"
                       r"(?:j['’]habite|nous habitons|on habite|déménagé)(?: maintenant| désormais)?(?: au| à)?)[ ]"
                       r"(?:de[ ]|het[ ]|the[ ])?"
                       r"(?P<address>(?:[A-Z][\w'’-]+[ ]){1,3}\d{1,4}[a-zA-Z]?|\d{1,4}(?:[ ][A-Z][\w'’-]+){1,3})"
                       r"(?![\w'’]|[.,]\d)", re.IGNORECASE)
# "nummer 45 aan de Molenweg", "Kerkstraat huisnummer 12": the number said apart from its street.
_NUMBER_WORD = r"(?:huisnummer|nummer|nr\.?|number|no\.|numéro|n°)"
_NUMBER_FIRST = re.compile(rf"(?<!\w){_NUMBER_WORD}[ ]?(?P<number>\d{{1,4}}[a-zA-Z]?)[ ](?:aan|op|in|on|at|dans|sur|de)"
                           rf"(?:[ ](?:de|het|the|la|le|l['’]))?[ ](?P<street>[A-Z][\w'’-]*(?:{_NL_STRONG}|{_NL_WEAK}|"
                           rf"[ ](?:{_EN_STRONG}))|(?:{_FR_STRONG})[ ][A-Z][\w'’-]+)(?![\w'’])", re.IGNORECASE)
_STREET_THEN_NUMBER_WORD = re.compile(rf"(?<![\w-])[A-Z][\w'’-]*(?:{_NL_STRONG}|{_NL_WEAK})[ ,]+{_NUMBER_WORD}[ ]?"
                                      rf"\d{{1,4}}[a-zA-Z]?(?![\w'’]|[.,]\d)")
# A lower-case street ("willemsparkweg 88") counts where someone sends, lives or moves to it, or a postcode follows.
_SENT_TO = re.compile(r"(?:send|sent|deliver|post|ship|to|naar|bezorg\w*|stuur|woon\w*|live|living|moved|verhuisd|"
                      r"address|adres|habite|chez|au|à)\s+(?:it\s+|het\s+)?(?:to\s+|naar\s+)?$", re.IGNORECASE)
_POSTCODE_NEXT = re.compile(r"[ ,]+(?:\d{1,2}\w*[ ]floor[ ]|\w+[ ]verdieping[ ])?[1-9][0-9]{3}[ ]?[A-Za-z]{2}(?!\w)")
_PLACE = re.compile(r"(?<!\w)(?:[\w-]*(?:shop|store|branch|office|showroom|outlet|depot|warehouse|centre|center|"
                    r"centrum|winkel|vestiging|filiaal|kantoor|punt|magazijn|balie|loket|locker|partner|dealer|garage|"
                    r"recep\w*|r[ée]ception|locatie|location|venue|zaal|salle|clinic|kliniek|clinique|praktijk|cabinet|"
                    r"bedrijf|service|returns|werkplaats|workshop|atelier|hub|lab|labo|laboratorium)|relais|"
                    # opening hours beside it: "de 9 h à 13 h, au 45 promenade ...", "open 9am to 1pm at ..."
                    r"de \d{1,2} ?h(?:\d\d)? à \d{1,2} ?h|"
                    r"\d{1,2}(?::\d\d)? ?(?:am|pm)? to \d{1,2}(?::\d\d)? ?(?:am|pm)|"
                    r"van \d{1,2}(?:[:.]\d\d)? tot \d{1,2}|open|opens|ouverte?s?|geopend|"
                    r"concession\w*|retour\w*|nearest|"
                    r"dichtstbij\w*|le plus proche|la plus proche|"
                    r"service (?:point|desk)|pick-?up point|collection point|drop-?off point|walk-in|boutique|agence|"
                    r"magasin|entrepôt|dépôt|point (?:de vente|relais|retrait|de retrait|de collecte)|bureau|espace|"
                    r"siège|head office|headquarters|hoofdkantoor|[הבמלו]{0,2}(?:חנות|סניף|משרד|מוקד|מרכז|מטה|מוסך|"
                    r"סוכנות|נקודת|מחסן|מרפאה|קבלה|אולם)\w*)(?!\w)", re.IGNORECASE)
# Between the place and the address: someone goes from the place to the customer.
_TO_THE_CUSTOMER = re.compile(r"(?<!\w)(?:come|comes|coming|visit|visits|send|sends|deliver|delivers|komt|komen|langs|"
                              r"bezoekt|bezoeken|stuurt|sturen|bezorgt|bezorgen|levert|leveren|vient|viendra|passera|"
                              r"envoie|envoyons|livre|livrera|livrons|יגיע|יבוא|ישלח|נשלח|to you|to your|naar u|bij u|"
                              r"chez vous|אליך|אלייך|אצלך)(?!\w)", re.IGNORECASE)
_OPEN_WHEN = re.compile(r"(?<!\w)(?i:open|geopend|openingstijden|opening hours|opening times|ouvert|ouverte|horaires|"
                        r"closes?|sluit|ferme)(?!\w)|פתוח|שעות פתיחה")
_MY_PLACE = re.compile(r"(?<!\w)(?i:my|mijn|m['’]n|mon|ma|mes|our|onze|ons|notre|nos)\s+(?:[\w-]+\s+)?$")
_THEIRS = re.compile(r"(?<!\w)(?:our|your|ons|onze|jullie|uw|notre|nos|votre|vos)(?!\w)|שלנו|שלכם", re.IGNORECASE)
_YOURS = re.compile(r"(?<!\w)(?:your|jullie|uw|votre|vos)(?!\w)|שלכם|שלך", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\W*(?i:de|het|the|la|le|l['’])\s*")
# The company's place named with its article and its address set after it by a comma: "à l'agence, au 47 ...", "to
# the branch, at 12 ...", "naar het kantoor, Ringbaan 5", "לסניף, לדרך ...".
_APPOSED = re.compile(r"\s*,\s*(?:(?i:au|à|at|to|naar|op|aan|in|bij)\s+|[לב])?(?:[0-9]{1,4}[a-z]?,?\s+)?"
                      r"(?:[^\W\d_][^,.;!?\d]{0,60}[ ][0-9]{1,4}[a-z]?,\s*|"  # the postcode after the street: "à
                      r"[0-9]{1,4}[a-z]?[ ][^\W\d_][^,.;!?\d]{0,60},\s*)?")  # l'atelier, 3 place des X, 13100"
_ARTICLE_END = re.compile(r"(?<!\w)(?i:the|de|het|la|le|l['’])\s*$")
# A correction, perhaps after an interjection ("o nee wacht", "oh no, hold on", "ah non pardon", "אוי לא").
_CORRECTION = (r"(?:(?:o|oh|ah|ach|och|oei|euh|uh|uhm|um|ehm|eh|אה|אוי)(?!\w)[\s,!]*)?"
               r"(?:(?:no|nee|non|nope|neen|sorry|pardon|oops|oeps|wait|wacht|attendez|i mean|ik bedoel|je veux dire|"
               r"hang on|hold on|לא|סליחה|רגע|כלומר)(?!\w)[\s,.!…–—-]*){1,3}")
# The corrected number with its letter or "bis" as the first was said: "5b", "55B", "13 bis", "42א".
# The town may stand between the address and its correction: "8 chemin des Prés à Giverny, euh non, 18".
_TOWN_BETWEEN = r"(?:\s*,?\s+(?:à|in|te|at)\s+[A-ZÀ-Ö][\w'’-]+(?:[ -][A-ZÀ-Ö][\w'’-]+)?|\s*,?\s+ב[\u05d0-\u05ea]{2,})?"
# "Rijnstraat 8... nee, 88", "au 14, non, au 41"
_CORRECTED_HOUSE = re.compile(rf"{_TOWN_BETWEEN}[\s.…?!]*[-–—,]?\s*{_CORRECTION}"
                              r"(?:(?:het is|it['’]?s|c['’]est|זה|au|à|at|op|ב-?)\s*)?"
                              r"(?:(?:le|la|the|de|het|nummer|number|numéro|n°|no\.?)\s*)?"  # "non pardon, le 81"
                              rf"(?P<number>\d{{1,4}}(?:[ -]?(?:bis|ter|quater)(?!\w)|{HOUSE_ADDITION}|[a-zA-Z]|"
                              rf"{_HE_LETTER}))"
                              r"(?![\w'’]|[.,:/-]?\d)",
                              re.IGNORECASE)
# The piece said before a correction that the address after it replaces: "17 Crossley... sorry, 71 Crossley Street",
# "Au 14, euh non, au 41 boulevard Gambetta", "זה 12, לא סליחה, רחוב התאנה 21".
_CORRECTED_BEFORE = re.compile(rf"(?<![\w'’/.,-])(?P<piece>\d{{1,4}}[a-zA-Z]?(?:[ ][A-Z][\w'’-]+){{0,3}}|"
                               rf"(?:[A-Z][\w'’-]+[ ]){{1,3}}\d{{1,4}}[a-zA-Z]?)[\s.…]*[-–,]?\s*(?i:{_CORRECTION})"
                               r"(?i:(?:het is|it['’]?s|c['’]est|זה|au|à|at|op|in|to|naar|ב-?)\s*)?$")
_AFTER_POSTCODE = re.compile(r"(?<!\w)[1-9][0-9]{3}[ ]?[A-Za-z]{2}[ ,]+(?P<number>\d{1,4}[a-zA-Z]?)(?![\w.,/:-]?\d)")


def streets(text: str) -> Iterable[Finding]:
    """Street and house number wherever they are written, in the four languages; not a parking space or a box by its
    number alone ("Plaats 47", "Place 58")."""
    found = [f for f in _streets(text) if not _SPACE_ALONE.fullmatch(f.text)]
    found += [b for f in found if (b := _building_before(text, f.start))]  # "... House, 40 ... Road"
    flats = [f for f in found if _FLAT.fullmatch(f.text)]  # a flat found apart after the address holding it: the
    # whole address goes first, the flat alone only where something else took the rest ("Flat 2, <CRM street>")
    return iter([f for f in found if f not in flats] + flats)


_SPACE_ALONE = re.compile(r"(?i:plaats|plek|place|spot|space|bay|parking|emplacement|box|stalling|חניה|מקום)\s+\d+\w?")


def _streets(text: str) -> Iterable[Finding]:
    yield from _french(text)  # before the English: "59 bis avenue de la République" is French
    for gap in _WORD_THEN_NUMBER.finditer(text):
        suffix = _NL_SUFFIX.search(text, max(0, gap.start() - 12), gap.start())
        house = _HOUSE.match(text, gap.end()) if suffix else None
        if not suffix or not house:
            continue
        word = _NL_WORD.search(text, max(0, gap.start() - 40), gap.start())
        street_start = word.start() if word else suffix.start()
        if street_start and text[street_start - 1] in "-@.":
            continue
        street = text[street_start:gap.start()]
        lead = _NL_LEAD.search(text, max(0, street_start - 60), street_start)
        if street.casefold() in _NL_NOT or len(street) <= len(suffix.group()) + 1 and not lead:
            continue  # "onderweg 2 dagen"; a bare "weg 3" or "laan 5"
        if suffix["weak"] and not (street[:1].isupper() or lead or _SENT_TO.search(text, 0, street_start)
                                   or _POSTCODE_NEXT.match(text, house.end())):
            continue
        start = lead.start() if lead else street_start
        stop = list(re.finditer(r"[^\W\d_]{3,}[.!?]\s+|(?<!\w)(?:op|aan|in|bij|naar)\s+$", text[start:street_start]))
        start += stop[-1].end() if stop else 0  # "mevrouw Maes. Gentsesteenweg 147", "Kees Visser op Lindelaan 4"
        while start < street_start and text[start:].split(" ", 1)[0].casefold() in _SENTENCE_WORDS:
            start = text.index(" ", start) + 1  # "Naar Kerkstraat 12": the street starts after the sentence's word
        if not NOT_A_HOUSE.match(text, house.end()):
            yield _address(text, start, house.end())
    for match in (*_NUMBER_FIRST.finditer(text), *_STREET_THEN_NUMBER_WORD.finditer(text)):
        yield _address(text, match.start(), match.end())
    for match in _LIVES_AT.finditer(text):
        words = match["address"].split()
        words = words[:1] + words[2:] if len(words) > 2 and words[1] == "The" and words[0][0].isdigit() else words
        if all(w[0].isdigit() or w[0].isupper() and w.casefold() not in _EVERYDAY | _NOT_A_STREET for w in words) and \
                not NOT_A_HOUSE.match(text, match.end("address")):
            article = re.search(r"(?-i:De|Het|Den|Ter|Ten)[ ]$", text[max(0, match.start("address") - 4):
                                                                  match.start("address")])
            start = match.start("address") - (len(article.group()) if article else 0)  # "De Brink 5": its name
            yield _address(text, start, match.end("address"))
    for match in _NL_LAAN_VAN.finditer(text):
        if not NOT_A_HOUSE.match(text, match.end()):
            yield _address(text, match.start(), match.end())
    for match in _EN.finditer(text):
        words = match["name"].split()
        if any(w.casefold() in _EVERYDAY or NOT_A_HOUSE.fullmatch(" " + w) for w in words):
            continue
        if match["weak"] and not all(w[:1].isupper() for w in words + [match["type"]]):
            continue
        yield _address(text, match.start(), match.end())
    for match in _EN_THE.finditer(text):
        yield _address(text, match.start(), match.end())
    for match in _HEBREW_STREET_WORD.finditer(text):  # "rechov Ben Yehuda 8", "sderot Rothschild 12"
        if not NOT_A_HOUSE.match(text, match.end()):
            yield _address(text, match.start(), match.end())
    for match in _EN_GLUED.finditer(text):
        if match["name"].casefold() not in _NOT_GLUED and not NOT_A_HOUSE.match(text, match.end()):
            yield _address(text, match.start(), match.end())
    for match in _BEFORE_POSTCODE.finditer(text):
        # the words, not a house number's letter ("3A" is no article "a")
        words = re.findall(r"(?<![\w'’-])[^\W\d_][\w'’-]*", match.group())
        if not any(w.casefold() in _EVERYDAY | _NOT_A_STREET or NOT_A_HOUSE.fullmatch(" " + w) for w in words):
            yield _address(text, match.start(), match.end())
    for match in _EN_NAME_FIRST.finditer(text):
        if not any(w.casefold() in _EVERYDAY for w in match["name"].split()) and not NOT_A_HOUSE.match(
                text, match.end()):
            yield _address(text, match.start(), match.end())
    for match in _LIVES_ON_STREET.finditer(text):  # "Ze woont aan de Julianalaan", "היא גרה ברחוב הרימון"
        group = next(g for g in ("nl", "en", "fr", "he") if match[g])
        yield _address(text, match.start(group), match.end(group))
    for match in _WELSH.finditer(text):  # "31 Ffordd Glyder", "2 Heol y Nant": the street's word comes first
        yield _address(text, match.start(), match.end())
    for match in _HOUSE_NAME.finditer(text):  # "Rose Cottage", "Mill Farm": a British house known by its name
        if match["name"].split()[0].casefold() not in _EVERYDAY:
            yield _address(text, match.start(), match.end())
    # "Knockbrack House, Ballinamult Road", "Pencoed Farm, Ffostrasol, SA44 5JX", "lieu-dit Les Chazeaux", "Flat 1/2"
    for pattern in (_HOUSE_ON_ROAD, _HOUSE_BY_POSTCODE, _LIEU_DIT, _FLAT):
        for match in pattern.finditer(text):
            yield _address(text, match.start(), match.end())
    for match in _HE_FLAT_ANYWHERE.finditer(text):  # "השכן מדירה 10": someone's home by its flat, said alone
        if not re.search(r"\d", text[max(0, match.start() - 40):match.start()]):  # not the flat of an address
            yield _address(text, match.start("flat"), match.end())  # just read, which holds it whole
    for match in _HE_FARM.finditer(text):  # "המיכל הולך למשק 41"
        yield _address(text, match.start("farm"), match.end("farm"))
    for match in _PO_BOX.finditer(text):  # "Postbus 37", "PO Box 2231", "case postale 56", "ת.ד. 512"
        yield _address(text, match.start(), match.end())
    for match in _HE_STREET.finditer(text):
        if not (match["type"] == "דרך" and _HE_VIA.match(match["name"])) and not NOT_A_HOUSE.match(text, match.end()):
            yield _address(text, match.start("type"), match.end("number"))
    for cue in _HE_CUED.finditer(text):
        after = _HE_AFTER_CUE.match(text, cue.end())
        if after and not after["name"].startswith(("רחוב", "רח'", "שדרות", "דרך")) and not any(
                _HE_NOT_A_STREET.match(word) for word in after["name"].split()) and not NOT_A_HOUSE.match(
                text, after.end()):  # "אני בבית אחרי ארבע": at home after four
            yield _address(text, after.start(), after.end())
    for match in (*_BEFORE_A_UNIT.finditer(text), *_BEFORE_AN_ENTRANCE.finditer(text)):  # "Overtoom 301, 2nd
        # floor", "בהרצל 112, קומה 3", "Emek Refaim 42 entrance B"
        name = match["name"] or match["hebrew"]
        start = match.start("name" if match["name"] else "hebrew")
        first = match["first"].casefold() if "first" in match.re.groupindex and match["first"] else ""
        if first and (not match["first"][0].isupper() or first in _EVERYDAY | _NOT_A_STREET | STOP or
                      everyday_word(first, frozenset()) or not name.split()[-1][0].isupper()):
            name, start = name.split()[-1], match.start("name") + len(match["first"]) + 1  # "Emek Refaim 42 apt
            # 7": a street of two capitalised words; "Tomorrow Overtoom 301, 2nd floor" only the last
        if name.casefold() not in _EVERYDAY | _NOT_A_STREET and not any(
                _HE_NOT_A_STREET.match(word) for word in name.split()) and not (
                match["name"] and not name[0].isupper()):
            yield _address(text, start, match.end("number"))


# Where an event is held, named before its address: "The venue's Kasteel Heemstede, Heemsteedseweg 20", "Le lieu,
# c'est le Domaine de X, chemin de X 16", "האולם זה אולמי הנסיכה, דרך העצמאות 55". The address follows the venue's
# own name (a capital, or a Hebrew word) and a comma; "de locatie is bij ons thuis, Kerkstraat 5" is a home. A school
# or a day nursery is such a place too.
_VENUE = re.compile(r"(?<![\w-])(?i:venues?|(?:trouw|feest)?locatie|(?:trouw|feest)?zaal|(?<!au )lieu|salle|"
                    r"lieu de (?:réception|la fête|la cérémonie)|"
                    # a school or a day nursery named before its address: "l'école Jean Giono, 2 rue Saint-Nestor",
                    # "kinderopvang De Vlindertuin, Brinklaan 91", "St Mary's Primary School, 4 Church Road"
                    r"school|basisschool|kinderopvang|opvang|kinderdagverblijf|peuterspeelzaal|bso|crèche|creche|"
                    r"école|ecole|collège|lycée|halte-garderie|garderie|nursery|daycare|day care|kindergarten|"
                    r"preschool|primary)(?![\w-])|"
                    r"(?<![\u05d0-\u05ea])[הבמלו]{0,2}(?:אולם|אולמי|גן\s+האירועים|גן\s+אירועים|בית\s+הספר|בית\s+ספר|"
                    r"מעון|גן\s+הילדים|הגן)(?![\u05d0-\u05ea])")
_MINE = re.compile(r"(?<![\w'’])(?i:my|mijn|m['’]n|mon|ma|mes|our|onze|ons|notre|nos)(?![\w'’])|"
                   r"(?<![\u05d0-\u05ea])(?:שלי|שלנו)(?![\u05d0-\u05ea])")  # "באולם של אח שלי, ...": the family's
_NAMED_PLACE_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]+|[\u05d0-\u05ea][\u05d0-\u05ea'׳\"-]+)\s*,\s*$")


def company_place(text: str, finding: Finding, agent: bool = True, *, venue: bool = True) -> bool:
    """The company's shop, branch, office or depot as the customer names it ("jullie winkel aan de Grote Markt 3",
    "votre agence", "הסניף שלכם בדיזנגוף 50"): an address or a postcode the draft needs, not the customer's. In the
    agent's turns a value is the company's unless it is the customer's (``owner``); in the customer's, "our" branch
    is their own business's ("In onze nieuwe vestiging, Europalaan 28E"), only "your" one is the company's. With
    ``venue`` (no address asked for), an event's venue named before its address is no one's home either (``_VENUE``),
    unless the sentence makes it the caller's or their family's."""
    sentence = re.split(r"[.!?;]\s", text[max(0, finding.start - 90):finding.start])[-1]
    if venue and _VENUE.search(sentence) and _NAMED_PLACE_BEFORE.search(sentence) and not _MINE.search(sentence):
        return True  # "The venue's Kasteel Heemstede, Heemsteedseweg 20": the venue's address, no one's home
    place = next(reversed(list(_PLACE.finditer(sentence))), None)
    if place and _TO_THE_CUSTOMER.search(sentence, place.end()):
        return False  # "the depot's engineer will come to 23 Otley Road": the customer's address
    if agent and place and _APPOSED.fullmatch(sentence, place.end()) and (
            HEBREW.match(place.group()) or _ARTICLE_END.search(sentence, 0, place.start())) and not _MY_PLACE.search(
            sentence, 0, place.start()):
        return True  # "le contrat à l'agence, au 47 boulevard ...", "לסניף, לדרך ...": the place, then its address
    return bool(place and ((_THEIRS if agent else _YOURS).search(sentence) or not agent and _OPEN_WHEN.search(text) and
                           not _MY_PLACE.search(sentence, 0, place.start()) or
                           agent and _THE_BEFORE.fullmatch(sentence, 0, place.start())))
    # "De praktijk is op de Kortrijksesteenweg 307": in the agent's turn "the" practice opening the sentence is the
    # company's own (not "je vous renvoie un badge à l'avenue ...", "le service mobilité de la Ville est au ...")
    # "Hoe laat is het lab op de Cartesiusweg 90 open?": a place one asks the hours of is the company's


def _french(text: str) -> Iterable[Finding]:
    for match in _FR.finditer(text):
        end = _french_name_end(text, match.end(), bool(match["weak"]))
        if end and not _UNIT_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start()):  # "chambre 214,
            # avenue de Tervueren 180": the room's number, the street's number after it
            yield _address(text, match.start(), end)
    for match in _FR_NUMBER_LAST.finditer(text):  # Belgian: "rue Neuve 12", "Avenue Louise 54"
        end = _french_name_end(text, match.end(), bool(match["weak"]))
        number = re.match(rf"[ ]({_NUMBER})(?![\w'’]|[.,]\d)", text[end:]) if end else None
        if number and not NOT_A_HOUSE.match(text, end + number.end()):
            yield _address(text, match.start(), end + number.end())


_FR_POINTS = frozenset(("Est", "Ouest", "Nord", "Sud"))  # capitalised after the name: the street's half, no verb


def _french_name_end(text: str, position: int, capital_needed: bool) -> int:
    """Where the street's name ends: "des Lilas", "de la République", "Victor Hugo", "de la paix"."""
    article = _FR_ARTICLE.match(text, position)
    position = article.end() if article else position + (1 if text[position:position + 1] == " " else 0)
    end, count = 0, 0
    for word in re.finditer(r"[^\W\d_][\w'’-]*", text[position:position + 60]):
        if count and text[position + end:position + word.start()] != " " or count == 4:
            break
        if count and word.group() in _FR_POINTS:
            end, count = word.end(), count + 1  # "rue Rachel Est", "boulevard Saint-Laurent Ouest": part of the name
            continue
        if word.group().casefold() in _FR_STOP or (count == 0 and capital_needed and not word.group()[0].isupper()):
            break
        end, count = word.end(), count + 1
    return position + end if count else 0


# A door or gate code given with the address is no part of it: "Code 4827B, troisième étage", "deurcode 1234".
_DOOR_CODE = re.compile(r"\s*(?i:(?:digi)?code|deurcode|poortcode|toegangscode|door ?code|gate ?code|entry ?code|"
                        r"key ?safe|interphone)\b|\s*קוד")


# A code named at the end of the part before a bare number: "there's a code for the gate, 1948", "de deurcode is,
# 4817", "יש קוד לשער, 1948", "le digicode, 2290".
_CODE_BEFORE = re.compile(r"(?:(?<![\w'’])(?i:(?:digi)?code|deurcode|poortcode|toegangscode|pincode|pin)|"
                          r"(?<![\u05d0-\u05ea])ה?קוד)(?:\s+[^\s,;.!?]+){0,3}\s*(?:(?i:is|est|c['’]est|הוא|זה))?\s*[,:]\s*$")


_BOX = re.compile(r"(?<![\w'’-])(?i:bus|boîte|boite|box)[ ]?\d{1,4}[a-z]?(?![\w'’]|[.,]\d)")


def boxes_again(text: str, addresses: Iterable[str]) -> Iterable[Finding]:
    """A box or letterbox number said alone after an address that had one ("Meensesteenweg 318 bus 2" ... "wij zijn
    bus 3", "boîte 5, pardon"): the address's, not a bus line."""
    if any(_BOX.search(address) for address in addresses):
        for match in _BOX.finditer(text):
            yield _address(text, match.start(), match.end())


# A segment that says the address and breaks off after the street's name, its number to come in the next one: "Het
# adres is Noorderhaven", "my new address is Castle Row", "l'adresse c'est Grand-Rue".
# Or with the house number, or the flat or unit, first, the street to come: "Nouvelle adresse : 5120", "new address
# Unit 1802", "כתובת חדשה רחוב הפלמ"ח" (Hebrew with its street word, the number in the next segment). Not an e-mail
# or IP address.
_STREET_ANNOUNCED = re.compile(r"(?<![\w-])(?<!(?i:mail) )(?<!(?i:ip) )(?i:adres|address|adresse)\s*"
                               r"(?i:is|c['’]est|est)?\s*:?\s*(?P<street>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}|"
                               r"(?i:unit|flat|apt\.?|apartment|appartement|app\.?|suite)\s*\d{1,4}[A-Za-z]?|"
                               r"\d{1,5}[A-Za-z]?)[\s.…,]*$|"
                               rf"(?<![{_HE}])ה?כתובת(?:\s+(?:ה?חדשה|שלי|שלנו))*\s*(?:היא|זה|זו)?\s*:?\s*"
                               rf"(?P<hebrew>(?:רחוב|שדרות|רח['׳]|שד['׳]|דרך)\s+{_HE_WORD}(?:\s+{_HE_WORD})?)[\s.…,]*$")


# Where something goes or someone moved, and the segment ends at a flat, its building to come: "the blind should go to
# Apartment 12", "we moved into Flat 3", "leveren naar appartement 14", "à livrer à l'appartement 6", "לדירה 12".
_FLAT_ANNOUNCED = re.compile(r"(?<!\w)(?i:go|goes|going|sent|send|deliver(?:ed)?|ship(?:ped)?|moved?|moving|"
                             r"(?:ge)?leverd?|leveren|sturen|verhuisd|gaan|livr[ée]e?s?|livrer|envoy[ée]e?s?|envoyer|"
                             r"déménag[ée]e?s?|aller|va)\s+(?:[\w'’-]+\s+){0,2}?"
                             r"(?i:to|into|naar|à\s+l['’]|au|dans\s+l['’])\s*"
                             r"(?P<flat>(?i:flat|apartment|apt\.?|appartement|appt\.?|suite)\s*\d{1,4}[A-Za-z]?)[\s.…,]*$")


# Where the caller lives or moved to, by the street's name alone, its number said later or not at all: "Ik woon
# sinds kort aan de Lindenkade", "we zijn verhuisd naar de Esdoornstraat in Zwolle", "we've moved to Alder Grove
# Road", "j'habite rue des Glycines maintenant", "עברנו לרחוב הדקל".
_LIVES_ON = re.compile(
    r"(?<![\w'’])(?i:woon|woont|wonen|woonde|verhuisd|verhuizen|verhuis|verhuist|getrokken|intrekken)\b[^.?!\n]{0,30}?"
    r"(?<![\w'’])(?i:aan|in|op|naar)\s+(?:(?i:de|het)\s+)?(?P<nl>(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){0,2}"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?i:straat|laan|weg|plein|gracht|"
    r"kade|singel|dreef|steeg|hof|dijk|kanaal|markt|baan|pad|dreef|wal|haven|veld|erf)(?:\s+(?:Oost|West|Noord|Zuid))?)"
    r"(?![\w'’-])(?!\s*[0-9])|"
    r"(?<![\w'’])(?i:live|lives|living|moved|moving|move)\b[^.?!\n]{0,30}?(?<![\w'’])(?i:on|in|to|into|at)\s+"
    r"(?P<en>(?:[A-Z][\w'’-]+\s+){1,2}(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Way|Terrace|Gardens|Grove|"
    r"Court|Row|Square|Mews|Park))(?![\w'’-])(?!\s*[0-9])|"
    r"(?<![\w'’])(?i:habite|habitons|habitent|habitez|déménagé|déménagés|déménagée|emménagé|emménagés|installés?)\b"
    r"[^.?!\n]{0,30}?(?P<fr>(?<![\w'’])(?i:rue|avenue|boulevard|allée|impasse|chemin|quai)\s+(?:(?i:de la|des|du|de "
    r"l['’]|d['’]|de)\s*)?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)(?![\w'’-])(?!\s*[0-9])|"
    rf"(?<![{_HE}])(?:גר|גרה|גרים|גרות|עברנו|עברתי|עבר|עברה)\s+(?:עכשיו\s+)?[לב](?P<he>(?:רחוב|שדרות)\s+{_HE_WORD})"
    r"(?!\s*[0-9])")


def lives_on(text: str) -> Iterable[Finding]:
    """The street a customer's segment says they live on or moved to, without its number (``_LIVES_ON``); and the
    speaker's own house number alone, said as where they live ("wij wonen op 16", "we're at number 9")."""
    for match in _LIVES_ON.finditer(text):
        group = next(g for g in ("nl", "en", "fr", "he") if match[g])
        yield _address(text, match.start(group), match.end(group))
    for match in _WE_ARE_AT.finditer(text):
        yield _address(text, match.start("number"), match.end("number"))


# The speaker's own house number alone, as where they live, ending its phrase: "Zij wonen op 12, wij zitten op 16",
# "we're at number 9", "nous, on est au 14", "אנחנו גרים ב-16". Not "ik zit op 3 hoog", "we're at 25 degrees".
_WE_ARE_AT = re.compile(
    r"(?<![\w'’])(?:(?i:wij|we|ik)\s+(?i:zitten|wonen|woon|zit)\s+(?i:zelf\s+)?(?i:op|aan)\s+(?i:nummer\s+|nr\.?\s*)?|"
    r"(?i:we['’]re|we\s+are|we\s+live|i\s+live|i['’]m|i\s+am)\s+(?i:at\s+)?(?i:number|no\.)\s*|"
    r"(?i:we\s+live|i\s+live)\s+at\s+|"
    r"(?i:nous\s+sommes|nous\s+habitons|on\s+est|on\s+habite|j['’]habite|je\s+suis)\s+au\s+(?i:numéro\s+)?|"
    r"(?<![\u05d0-\u05ea])(?:אנחנו|אני)\s+(?:גרים|גרות|גר|גרה)\s+ב-?(?:מספר\s+)?)"
    r"(?P<number>[0-9]{1,4}[a-zA-Z]?)(?=\s*(?:$|[,.;!?]))")


def street_announced(text: str) -> Iterable[Finding]:
    """The street's name at the end of a customer's segment that gives the address, its number still to come; or
    the house number or the flat alone, the street to come."""
    flat = _FLAT_ANNOUNCED.search(text)
    if flat:
        yield _address(text, flat.start("flat"), flat.end("flat"))
        return
    match = _STREET_ANNOUNCED.search(text)
    if match:
        group = "street" if match["street"] else "hebrew"
        if group == "street" and re.fullmatch(r"[0-9]{4}", match[group]) and 1900 <= int(match[group]) <= 2099:
            return  # "adres sinds 2019": a year
        yield _address(text, match.start(group), match.end(group))


# The customer's own label before the address they give in the same segment, as the agent's question would be:
# "New address: Hillside 27", "mijn adres is Kerkpad 4", "nouvelle adresse : Les Lilas 12", "כתובת חדשה: החשמונאים 27".
_ADDRESS_LABEL = re.compile(r"(?<![\w-])(?<!(?i:mail) )(?<!(?i:ip) )(?i:address|adres|adresse)"
                            r"(?:\s*:|\s+(?i:is|c['’]est|est|wordt|will be|sera)\s*:?)\s*(?=\S)|"
                            rf"(?<![{_HE}])ה?כתובת(?:\s+(?:ה?חדשה|שלי|שלנו))*"
                            rf"(?:\s+(?:ל|עבור\s+|בשביל\s+)[{_HE}]{{2,}})?"  # what it is for: "כתובת חדשה לחשבוניות:"
                            r"\s*(?::|(?:היא|זה|זו)\s*:?)\s*(?=\S)")


def labelled_address(text: str) -> Iterable[Finding]:
    """The address a customer's segment gives after its own label ("כתובת חדשה: החשמונאים 27... לא, 72"): read as
    the answer to "what is your address?", a house number taken back and said anew included."""
    for label in _ADDRESS_LABEL.finditer(text):
        offset = label.end()
        for found in answered_address(text[offset:]):
            yield Finding("ADDRESS", found.start + offset, found.end + offset, found.text, found.key)


# The agent's label before a person's address as the company has it on file: "הכתובת שרשומה אצלנו היא", "the
# address we have is", "the address on file is", "l'adresse enregistrée est", "het adres dat wij hebben is".
_ON_FILE_LABEL = re.compile(r"(?<![\w-])(?i:the\s+address\s+(?:we\s+have(?:\s+for\s+\w+)?|on\s+file|in\s+the\s+system)|"
                            r"l['’]adresse\s+(?:que\s+(?:nous\s+avons|j['’]ai)|enregistrée|notée|dans\s+le\s+dossier)|"
                            r"het\s+adres\s+(?:dat|wat)\s+(?:wij|we|ik)\s+(?:hebben|heb))\s+(?i:is|est)\s*:?\s*(?=\S)|"
                            rf"(?<![{_HE}])ה?כתובת\s+ש?ה?רשומה(?:\s+(?:אצלנו|במערכת|בתיק))?\s*(?::|(?:היא|זה|זו)\s*:?)\s*"
                            r"(?=\S)")


def on_file_address(text: str) -> Iterable[Finding]:
    """The address an agent reads as the one on file for the customer or their family ("הכתובת שרשומה אצלנו היא
    רינגלבלום 24"): the customer's, read as the answer to "what is your address?" (the company's own premises have
    no file)."""
    for label in _ON_FILE_LABEL.finditer(text):
        offset = label.end()
        for found in answered_address(text[offset:offset + 80]):
            yield Finding("ADDRESS", found.start + offset, found.end + offset, found.text, found.key)


# A house known by its name opening the answer to "the address?", with the townland or village after it: "Drumcar
# Lodge, Kilmeague", "It's Glebe Farm". Opening the answer, the name is where to go, not a venue ruled out later in it.
_HOUSE_NAMED = re.compile(r"\s*(?:(?i:it['’]?s|it is|that['’]?s|we['’]re at|i['’]m at|at|to)\s+)?"
                          r"(?P<house>(?:[A-Z][a-z'’-]+[ ]){1,2}(?:House|Lodge|Farm|Farmhouse|Cottage|Bungalow|Manor|"
                          r"Villa|Croft|Grange)(?:,[ ][A-Z][a-z'’-]+(?=\s*(?:[,.;:!?]|$)))?)(?![\w'’-])")


def answered_address(text: str, street: bool = False) -> Iterable[Finding]:
    """A turn answering "what is your address?" or "and the house number?": "Meir 12", "הרצל 15",
    "Stationsplein", "nummer 23", "14"; answering "which street?" (``street``) also a name alone: "Vlasakker"."""
    for match in (*_HOUSE_CUE.finditer(text), *_AFTER_POSTCODE.finditer(text)):  # "nummer 23", "5611 AZ 44"
        yield _address(text, match.start("number"), match.end("number"))
    house_named = _HOUSE_NAMED.match(text)  # "It's Knockbrack House, Ballinamult": the house and its townland
    if house_named:
        yield _address(text, house_named.start("house"), house_named.end("house"))
    after_house = False
    for chunk in _CHUNK.finditer(text):
        part = chunk.group().rstrip(".… —–-")  # "רחוב ויצמן...", "Seventeen, uh —": the rest follows
        bare = _BARE.match(part) or _BARE.match(_UNIT_AT_END.sub("", part))  # "הנרקיסים 23 כניסה ג' דירה 7": the
        # street and number, the entrance and the flat after them (``_address`` takes them in)
        if bare and not NOT_A_HOUSE.search(bare["address"]) and not _DOOR_CODE.match(bare["address"]):
            yield _address(text, chunk.start() + bare.start("address"), chunk.start() + bare.end("address"))
            continue
        box = _BOX.fullmatch(part.strip())
        if box:  # "bus 3, in Melle" after the street: the box of the address asked for
            offset = chunk.start() + len(part) - len(part.lstrip())
            yield _address(text, offset, offset + box.end())
            continue
        house = _HOUSE_NUMBER.fullmatch(_UNIT_AT_END.sub("", part.strip()))  # "82 כניסה ב'": the unit goes with it
        if not house and chunk.start() == len(text) - len(text.lstrip()):
            house = _HOUSE_THEN_FLAT.match(part.lstrip())  # "88  its an upstairs flat": the number first, then the flat
        if house and _CODE_BEFORE.search(text, max(0, chunk.start() - 40), chunk.start()):
            continue  # "יש קוד לשער, 1948", "the gate code, 4817": the code named in the part before, not a house
        if after_house and not house and _hebrew_name_alone(part):  # "45, הרצל": the number, then its street
            offset = chunk.start() + len(part) - len(part.lstrip())
            yield _address(text, offset, offset + len(part.strip()))
            continue
        after_house = bool(house) and chunk.start() == len(text) - len(text.lstrip())
        if house:
            offset = chunk.start() + len(part) - len(part.lstrip()) + house.start("number")
            yield _address(text, offset, offset + len(house["number"]))
            continue
        # "Nummer 118" said in the segment before, this one the street: "Nummer 118 Vleutenseweg", "מספר 37 רחוב הנשיא"
        lead = _HOUSE_WORD_FIRST.match(part)
        shift = lead.end() if lead and part[lead.end():].strip() else 0
        part, first = part[shift:], chunk.start() == len(text) - len(text.lstrip())
        named = re.fullmatch(rf"\s*{_LEAD_IN}?((?:{_ORDINAL_READ})?"
                             rf"(?:(?!{_NOT_LEAD})[A-Z][\w'’-]*[ ](?:{_PARTICLE}){{0,2}}){{0,2}}"
                             rf"[\w'’-]*(?i:{_NL_STRONG}|{_NL_WEAK})(?:[ ,]+{_BOX.pattern})?){_TOWN_AFTER}\s*",
                             part)  # "Van Speijkstraat", "Korte Gracht", "...weg bus 3" (its number elsewhere), "Eerste
        # Jan van der Heijdenstraat" (an ordinal read as its number); "Kerkstraat in Bunnik", the town after it
        named = named if named and re.sub(f"^{_ORDINAL_READ}", "", named.group(1), count=1)[:1].isupper() else \
            _NAMED_STREET.fullmatch(part)
        if not named and (street or _hebrew_name_alone(text) or _HE_TYPED_STREET_ALONE.fullmatch(part) or
                          _hebrew_name_alone(part) and _IN_TOWN.match(text, chunk.end())) and first:  # "הנביאים,
            # בחיפה"
            named = _STREET_ALONE.fullmatch(part)  # the first words of the answer, all of them names
            named = None if named and named.group(1).casefold() in _NOT_AN_ANSWER else named
        named = named or _HE_NUMBER_THEN_TYPED_STREET.fullmatch(part)  # "32" then "רחוב הזית"
        if named:
            yield _address(text, chunk.start() + shift + named.start(1), chunk.start() + shift + named.end(1))


def house_cued(text: str) -> Iterable[Finding]:
    """The house number given with its word in the answer to "your postcode?": "EX4 6QP, number 31", "3512 KL,
    nummer 9"; the two say where the customer lives."""
    for match in _HOUSE_CUE.finditer(text):
        yield _address(text, match.start("number"), match.end("number"))


# A house number said of a neighbour or of the customer, in a call that gave an address: "De buurvrouw op nummer
# 38", "my neighbour from number 24", "you're at 9?", "Yes, I'm at 9", "elle habite au 12", "השכן גר ב-5".
_N = r"(?P<number>\d{1,4}[a-zA-Z]?)(?![\w'’]|[.,:/]\d|\s*(?i:%|am|pm|a\.m|p\.m|h\b|uur|o['’]clock|minutes?|min\b))"
_HOUSE_OF = tuple(re.compile(rf"{cue}{_N}") for cue in (
    r"(?<![\w'’])(?i:op|at|from|on|van|au|du|bij|to)\s+(?P<cue>(?i:huis)?(?i:nummer|number|no\.|nr\.?|numéro|n°))\s*",
    r"(?<![\w'’])(?i:i['’]m|i am|she['’]s|he['’]s|we['’]re|they['’]re|you['’]re|she is|he is|we are|they are|you are|"
    r"lives?|living|"
    r"(?:your|my|our|her|his|their) own(?: one)? is)\s+(?i:at\s+)?",
    r"(?<![\w'’])(?i:woont|wonen|woon|zit|zitten)\s+(?i:zelf\s+|ook\s+)?(?i:op)\s+(?i:nummer\s+)?",
    r"(?<![\w'’])(?i:habite|habitent|habitez|habites|est|sont)\s+au\s+(?i:numéro\s+)?",
    r"(?<![\u05d0-\u05ea])(?:גר|גרה|גרים|גרות|נמצא|נמצאת)\s+ב-?",
    # the answer's first words, a door alone: "Au 5, la maison aux volets bleus", "Non, au 32, juste à côté"
    r"^\W*(?:(?i:non|nee|no|nope|oui|ja|yes|לא|כן)\W+)?(?i:au|op|at|ב-?)\s*(?=\d{1,4}[a-zA-Z]?\s*[,.;!]|\d{1,4}[a-zA-Z]?$)"))


def houses_of(text: str) -> Iterable[Finding]:
    """House numbers said alone of the customer or a neighbour (see ``_HOUSE_OF``); the caller reads them only in a
    call that gave an address, where "number 24" and "at 9" are doors on a street."""
    for match in (m for pattern in _HOUSE_OF for m in pattern.finditer(text)):  # with its word: "nummer 75"
        start = match.start("cue") if "cue" in match.re.groupindex else match.start("number")
        yield _address(text, start, match.end("number"))


# A neighbour named by the door they live behind: "my neighbour at 7 takes parcels", "the neighbour Morag from
# number 15", "de buurman op 26", "la voisine du 11", "השכנה ממספר 9". The neighbour word makes the number a house
# on the customer's street, in a call that gave an address or not; a name may stand between ("buurman Kees op 4").
_MONTHS = (r"jan\w*|feb\w*|m[aä]r\w*|apr\w*|mei|may|mai|jun\w*|juin|jul\w*|juil\w*|aug\w*|ao[uû]t|sep\w*|"
           r"o[ck]t\w*|nov\w*|de[cz]\w*|d[ée]c\w*|f[ée]v\w*|avr\w*|janv\w*")
_NEIGHBOUR_AT = (
    re.compile(r"(?<![\w'’])(?i:neighbou?rs?|buurman|buurvrouw|buren|buurjongen|buurmeisje|voisins?|voisines?|"
               r"next\s+door)"
               r"(?:,?\s+(?-i:[A-Z][\w'’-]+)){0,2},?\s+(?i:at|from|on|op|van|bij|au|du|de\s+la|des)\s+"
               rf"(?!(?:19|20)\d\d\b)(?P<cue>(?i:(?:huis)?(?:nummer|number|no\.|nr\.?|numéro|n°)\s*)?){_N}"
               rf"(?!\s*(?i:{_MONTHS})\b)"),
    re.compile(rf"(?<![\u05d0-\u05ea])(?:ו?[לבש]?)ה?שכ(?:ן|נה|נים|נות)\s+(?P<cue>(?:ממספר|מס['׳]|מבית)\s*-?|[מב]-?){_N}"),
    # a person by their title and name, then their door: "Mrs Adeyemi, she's at 52", "Mme Perret, au 25", "mevrouw
    # Bakker, op 12"; by their name alone, with the number's word: "Ria, op nummer 25", "Wim, at number 13"
    re.compile(r"(?<![\w'’])(?:(?i:mrs?\.?|ms\.?|mme|madame|monsieur|m\.|mevrouw|meneer|mevr\.|dhr\.)\s+"
               r"(?-i:[A-Z][\w'’-]+),?\s+(?:(?i:she['’]s|he['’]s|elle est|il est|zij is|hij is)\s+)?(?i:at|op|au)\s+"
               r"(?P<cue>(?i:(?:huis)?(?:nummer|number|no\.|nr\.?|numéro|n°)\s*)?)|"
               r"(?-i:[A-Z][\w'’-]+),\s+(?i:at|op|au)\s+(?P<cue2>(?i:(?:huis)?(?:nummer|number|no\.|nr\.?|numéro|n°))\s*))"
               rf"{_N}(?=\s*(?:[,.;!]|$))"),
    # someone at a door on the customer's street, said by where it stands: "Die woont op 41, aan de overkant", "she's
    # at 52, across the road", "il habite au 8, juste en face"
    re.compile(r"(?<![\w'’])(?i:die|hij|zij|ze|he|she|they|il|elle|ils|elles)(?:['’]s|['’]re|\s+(?i:is|woont|wonen|"
               r"lives|live|habite|habitent|est|zit))?\s+(?i:at|op|au)\s+(?P<cue>(?i:(?:huis)?(?:nummer|number|"
               rf"numéro)\s*)?){_N},?\s+(?i:across|opposite|over\s+the\s+road|next\s+door|aan\s+de\s+overkant|"
               r"naast|tegenover|schuin|à\s+côté|juste\s+à\s+côté|en\s+face|juste\s+en\s+face)(?!\w)"),
    # someone else's door by its number word, in a call that gave no address yet: "he's at number 6", "zij woont op
    # nummer 12", "elle habite au numéro 4"
    re.compile(r"(?<![\w'’])(?i:he['’]s|she['’]s|they['’]re|he is|she is|they are|he lives|she lives|they live|"
               r"hij woont|zij woont|ze woont|ze wonen|zij wonen|il habite|elle habite|ils habitent|elles habitent)"
               r"\s+(?i:at|op|au)\s+(?P<cue>(?i:(?:huis)?(?:nummer|number|no\.|nr\.?|numéro|n°)\s*)){_N}".replace(
                   "{_N}", _N)),
)


def neighbours_house(text: str) -> Iterable[Finding]:
    """The house number a neighbour is named by (see ``_NEIGHBOUR_AT``), with its word: "number 15"."""
    for match in (m for pattern in _NEIGHBOUR_AT for m in pattern.finditer(text)):
        cue = match["cue"] or (match["cue2"] if "cue2" in match.re.groupindex else None) or ""
        if NOT_A_HOUSE.match(text, match.end("number")) or cue.startswith("ב") and re.match(
                r"\s*(?:בערב|בבוקר|בצהריים|בצהרים|בלילה|אחה[\"״]צ|שעות|דקות|ימים)(?![\u05d0-\u05ea])",
                text[match.end("number"):]) or re.match(  # "השכנים ב-8 בערב": a time, not the neighbours' door
                r"\s+(?i:on|in|op|sur|dans)\s+(?i:the|de|la|het)\s+(?i:list|queue|waiting|lijst|wachtlijst|rij|liste|"
                r"file)", text[match.end("number"):]):  # "she's at number 9 on the list": a place in a queue
            continue
        where = "cue" if match["cue"] else "cue2"
        start = match.start(where) if cue and re.match(r"\D", cue) and not re.fullmatch(
            r"[מב]-?", cue) else match.start("number")
        yield _address(text, start, match.end("number"))


# The house number with its word opening a segment, the street after it: "Nummer 118 Vleutenseweg" (the number said
# in the segment before), "number 84 Biltstraat", "מספר 37 רחוב הנשיא".
_HOUSE_WORD_FIRST = re.compile(r"\s*(?:(?i:huisnummer|house number|nummer|number|numéro|nr\.?|no\.|n°)|מספר)\s*"
                               r"\d{1,5}[A-Za-z]?[ ]+")
# The town after a street named alone: "Kerkstraat in Bunnik", "Dorpsstraat te Lopik".
_TOWN_AFTER = r"(?:[ ](?:in|te|at)[ ][A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)?"
# A street's opening ordinal as the number reader leaves it: "Eerste Jan ...straat" is read "1 Jan ...straat".
_ORDINAL_READ = r"\d{1,2}(?:e|de|ste)?[ ](?=[A-Z])"
# The town after a street named alone, in Hebrew: "הנביאים, בחיפה" (HaNevi'im, in Haifa).
_IN_TOWN = re.compile(r"\s*,\s*ב[\u05d0-\u05ea]{2,}(?:[ ][\u05d0-\u05ea]+)?\s*(?:[,.]|$)")


# A Hebrew street by its type word and name, its number said apart: "רחוב הזית", "שדרות העצמאות".
_HE_TYPED_STREET_ALONE = re.compile(rf"\s*[בל]?(?:רחוב|רח['׳]|שדרות|שד['׳]|סמטת|כיכר)\s+{_HE_WORD}"
                                    rf"(?:\s+{_HE_WORD})?\s*")


# The house number said alone, then, in the next segment, the street by its type word: "32" "רחוב הזית, ...".
_HE_NUMBER_THEN_TYPED_STREET = re.compile(rf"\s*\d{{1,4}}\s+([בל]?(?:רחוב|רח['׳]|שדרות|שד['׳]|סמטת|כיכר)\s+{_HE_WORD}"
                                          rf"(?:\s+{_HE_WORD})?)\s*")


def _hebrew_name_alone(answer: str) -> bool:
    """Hebrew names a street without a street word ("החרוב", "הרצל"): where an address is asked, one or two Hebrew
    words that are the whole answer are its street, the number to follow. Latin-script streets carry their type
    ("Bergstraat", "Church Lane", "rue ...") and are found by it. Home, work or the e-mail are no street."""
    words = answer.strip(" .…").split()
    return 1 <= len(words) <= 2 and all(_HE_NAME_WORD.fullmatch(word) for word in words) and not (
        words[0] in _NOT_AN_ANSWER or _HE_NOT_A_PLACE.match(words[0]))


def said_again(text: str, addresses: list[Finding]) -> Iterable[Finding]:
    """The same street said again in the turn with a number ("לא רגע, 17. הרצל 17." after "הרצל 71"), and the house
    number with its digits swapped, said as the wrong one ("Europalaan 28E ... per ongeluk 82E"). The text is read
    once for its numbers, however many addresses it holds."""
    numbers: list[re.Match[str]] | None = None
    for address in addresses:
        street = re.sub(r"\s*\d.*$", "", address.text).strip(" ,")
        street = re.sub(r"^[ובלמה]?(?:רחוב|רח['׳]|שדרות|שד['׳])\s+", "", street)  # "הרצל 17" of "רחוב הרצל 71"
        if len(street) >= 3 and re.search(r"[^\W\d_]{3,}", street):
            at = text.find(street)
            while at >= 0:
                number = _NUMBER_AFTER_STREET.match(text, at + len(street))
                if number and not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) and not (
                        at < address.end and address.start < number.end()):
                    yield Finding("ADDRESS", at, number.end(), text[at:number.end()], text[at:number.end()].casefold())
                at = text.find(street, at + 1)
        house = re.search(r"\d{1,5}[A-Za-z]?", address.text)
        if not house or len(house.group()) < 3:  # "28E", "147": two digits swapped by chance are too common
            continue
        said = sorted(house.group().casefold())
        numbers = list(HOUSE_TOKEN.finditer(text)) if numbers is None else numbers
        for match in numbers:
            other = match.group()
            if other != house.group() and sorted(other.casefold()) == said and not (
                    match.start() < address.end and address.start < match.end()) and not NOT_A_HOUSE.match(
                    text, match.end()):
                yield Finding("ADDRESS", match.start(), match.end(), other, other.casefold())


_NUMBER_AFTER_STREET = re.compile(rf"[ ]\d{{1,5}}(?:[A-Za-z]|[{_HE}](?![{_HE}]))?(?![\w'’]|[.,:]\d)")
# A house number standing alone: "86", "28E"; not part of an amount, a time, a date or a longer number.
HOUSE_TOKEN = re.compile(r"(?<![\w/.,:+€$£₪-])\d{1,5}[A-Za-z]?(?![\w'’]|[.,:/-]\d)")


def corrected_house(text: str, address: Finding) -> Finding | None:
    """The house number said right after an address to correct it: "43 Tennyson Road - sorry, 34", "14 allée des
    Érables, non pardon, 41", "אחד העם 18, לא סליחה, 81"."""
    match = _CORRECTED_HOUSE.match(text, address.end)
    if not match or NOT_A_HOUSE.match(text, match.end()):
        return None
    return Finding("ADDRESS", match.start("number"), match.end("number"), match["number"], match["number"].casefold())


def corrected_before(text: str, address: Finding) -> Finding | None:
    """The house number, or number and street, said just before the address that corrects it: "17 Crossley...
    sorry, 71 Crossley Street", "Au 14, euh non, au 41 boulevard Gambetta". A piece with words shares one with the
    address; a number alone is no amount or count."""
    match = _CORRECTED_BEFORE.search(text, max(0, address.start - 80), address.start)
    if not match:
        return None
    start, end = match.span("piece")
    words = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", match["piece"])}
    if words and not words & {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", address.text)}:
        number = re.search(r"\d{1,4}[a-zA-Z]?$", match["piece"])  # "Au 14": the number alone
        if not number:
            return None
        start += number.start()
    return None if NOT_A_HOUSE.match(text, end) else _address(text, start, end)


def addition_end(text: str, end: int) -> int:
    """Where an address ending at ``end`` ends with its flat, box or floor: "Meir 12 bus 3", "12 rue Paradis,
    appartement 4", "הרצל 15 דירה 14", "4410 N Lincoln Ave, Apt 3D"; the flat is where the customer lives."""
    addition = _ADDITION.match(text, end)
    return addition.end() if addition else end


# An Israeli street in Latin letters, its Hebrew street word before it: "rechov Ben Yehuda 8", "Sderot Rothschild
# 12", "derech Hebron 40". The word says it is a street, as "rue" does.
_HEBREW_STREET_WORD = re.compile(rf"(?<![\w'’-])(?i:{HEBREW_STREET_WORDS})\s+"
                                 rf"(?:(?-i:[A-Z][\w'’-]+)\s+){{1,3}}{_NUMBER}(?![\w'’]|[.,]\d)")


# A named home or residence set before its street and number: "Oakfield House, 40 Kings Acre Road", "Résidence Les
# Tilleuls, avenue de Tervueren 180", "Residentie De Eik, Kerkstraat 3": where the person lives, part of the address.
_BUILDING_BEFORE = re.compile(r"(?<![\w'’-])(?:(?<![Tt]he )(?:[A-Z][a-z'’-]+[ ]){1,2}"
                              r"(?:House|Lodge|Court|Manor|Hall|Heights|Mansions|Towers?)|"
                              r"(?i:résidence|residentie|woonzorgcentrum|zorgcentrum)[ ]"
                              r"(?:(?:les|le|la|de|het|l['’])[ ]?)?(?:[A-Z][\w'’-]+[ ]?){1,2}),[ ](?:(?:flat|apartment|"
                              r"appartement|chambre|room|kamer)[ ]?\d{1,4}[A-Za-z]?,[ ]|"
                              # "Résidence Les Cèdres, bâtiment B, 7 chemin ...": its building or entrance by letter
                              r"(?i:bâtiment|batiment|bât\.|building|block|bloc|blok|gebouw|entrée|escalier)[ ]"
                              r"(?:\d{1,3}|[A-Z])(?![\w'’]),[ ])?$")


_BUILDING_LETTER = re.compile(r"(?i:bâtiment|batiment|bât\.|building|block|bloc|blok|gebouw|entrée|escalier)[ ]"
                              r"(?:\d{1,3}|[A-Z]),[ ]$")


def _building_before(text: str, start: int) -> Finding | None:
    """The named home or residence set before the address starting at ``start`` (see ``_BUILDING_BEFORE``), as a
    span of its own: an address found whole by another rule keeps its span."""
    building = _BUILDING_BEFORE.search(text, max(0, start - 60), start) if text[max(0, start - 2):start] == ", " \
        else None
    if building is None:
        return None
    end = building.start() + building.group().index(",")
    if _BUILDING_LETTER.search(building.group()):  # "Résidence Les Cèdres, bâtiment B": the building is the home's
        end = building.start() + len(building.group().rstrip(", "))
    return Finding("ADDRESS", building.start(), end, text[building.start():end],
                   " ".join(text[building.start():end].casefold().split()))


def _address(text: str, start: int, end: int) -> Finding:
    end = addition_end(text, end)
    flat = _FLAT_BEFORE.search(text, max(0, start - 24), start)  # "Flat 2, 10 Downing Street"
    start = flat.start() if flat else start
    written = text[start:end]
    return Finding("ADDRESS", start, end, written, " ".join(written.casefold().replace(",", " ").split()))


# A flat or a room by its number, or a flat by its letter, said by the customer in a call that asks for or gives an
# address: "he's at Flat 6" (the building in the next segment), "8 Mill Road but flat B", "room 9, ask at the desk",
# "kamer 112", "chambre 214", "חדר 12", "דירה ג". Where the customer lives or is cared for, as the street is; not a
# price, a count or a share after it ("appartement 3 pièces", "flat 2%").
_UNIT_ALONE = re.compile(
    r"(?<![\w'’-])(?:(?i:flat|apartment|apt\.?|appartement|appt\.?|room|kamer|chambre|studio)[ ]?(?:(?i:no\.?|n°|nr\.?)"
    r"[ ]?)?(?P<number>\d{1,4}[A-Za-z]?|[A-Z](?![\w'’]))|"
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?:חדר|דירה)[ ]?(?:מספר[ ])?\d{1,4})"
    r"(?![\w'’%€$£/]|[.,]\d|\s*(?:%|percent|procent|pour ?cent|€|euros?|eur\b|pounds?|dollars?|pièces?|rooms?|"
    r"kamers?|chambres?|חדרים|חד['׳]|₪|ש\"ח|שקל))")


# A care home, a hospital or a residence named before a room in the same sentence: "ensuite elle entre en EHPAD,
# chambre 108", "היא עוברת לבית אבות, חדר 14".
_INSTITUTION_BEFORE = re.compile(r"(?i:care\s+home|nursing\s+home|hospital|hospice|verpleeghuis|verzorgingshuis|"
                                 r"zorgcentrum|ziekenhuis|ehpad|maison\s+de\s+(?:repos|retraite)|résidence|hôpital|"
                                 r"clinique|kliniek|clinic)|(?<![\u05d0-\u05ea])[לבו]{0,2}(?:בית|הוספיס|דיור)"
                                 r"(?![\u05d0-\u05ea])")


def units_of(text: str, earlier_house: bool = False) -> Iterable[Finding]:
    """The flat or room said alone (see ``_UNIT_ALONE``); the caller reads it only in a customer's turn of a call that
    asks for or gives an address, where "room 9" is where someone is to be found. With ``earlier_house`` (the turn
    neither asked for nor gave an address, an earlier one did), a room the sentence puts in a care home or a hospital
    is that home's room, not the door the call gave: "... then she moves into the care home, room 12"."""
    for match in _UNIT_ALONE.finditer(text):
        sentence = re.split(r"[.!?]\s", text[max(0, match.start() - 80):match.start()])[-1]
        if earlier_house and _INSTITUTION_BEFORE.search(sentence):
            continue
        prefix = re.match(r"[ובלמש]{0,2}(?=חדר|דירה)", match.group())  # "לחדר 12": the room, not its prefix
        start = match.start() + (len(prefix.group()) if prefix else 0)
        yield Finding("ADDRESS", start, match.end(), text[start:match.end()],
                      " ".join(text[start:match.end()].casefold().split()))
