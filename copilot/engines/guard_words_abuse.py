"""The words of an abusive draft, in Dutch, English, French and Hebrew: insults and profanity, insults said of
the customer, blame, condescension and threats.

Fixed insults are the least of it: a draft can belittle ("even a child could do this", "I've explained it three
times") or threaten ("keep shouting and I'll have your line cut off") without one rude word. Those are told by
their shape: a strong cue alone, or two weaker ones together, and a threat is a condition on the customer's
behaviour with a sanction on their service. "It's not complicated: unplug the modem" and "If you keep
swearing, I'll have to end this call" stay polite. No Qt here.
"""

from __future__ import annotations

import re

from copilot.engines.guard_lexicon import HE_LETTER, phrases, words

# Insults and profanity that stand on their own; adjectives only count said of the customer (below).
ABUSE = words(
    ["idiots?", "moron\\w*", "imbeciles?", "stupid (?:question|idea|remark)", "dumb ?ass", "loser", "pathetic",
     "shut up", "stop whining", "quit (?:whining|moaning|complaining)", "stop (?:moaning|complaining)",
     "get lost", "fuck\\w*", "f\\*ck\\w*", "f\\*\\*k", "shit\\w*", "bullshit", "bitch\\w*", "bastard\\w*", "crap",
     "damn it", "the damn", "goddamn\\w*", "for god's sake", "for (?:christ|pete)'?s sake", "bloody(?: hell)?",
     "piss off", "pissed", "not my problem", "whin\\w+", "wtf", "stfu", "screw you", "dickheads?",
     "pricks?", "twats?", "numpt(?:y|ies)", "muppets?", "(?:dim|half|nit)wits?", "dunces?", "arseholes?",
     "assholes?", "jackass", "(?:stop|quit) wasting my time", "(?:don't|do not) waste my time",
     "what part of .{1,40} (?:don't|do not) you (?:get|understand)", "learn to read", "can't you read",
     "use your (?:brain|head)",
     "idioot", "idioten", "sukkel\\w*", "debiel\\w*", "eikel\\w*", "klootzak\\w*", "lul", "kut\\w*", "oen",
     "godverdomme", "verdomme", "godver\\w*", "jezus(?=\\s?[,!])", "tering\\w*", "tyfus\\w*", "hufter\\w*",
     "stomme (?:vraag|opmerking)", "hou(?:d)? (?:je|uw|toch eens (?:je|uw)|eens (?:je|uw)) (?:bek|mond|kop)",
     "bek (?:houden|dicht)", "zeur\\w*", "gezeur", "zeik\\w*", "gezeik", "sufferd", "mafkees", "kneus", "dombo",
     "domkop\\w*", "stomkop\\w*", "stommeling\\w*", "uilskuiken\\w*", "lapzwans\\w*", "klojo\\w*", "randdebiel\\w*",
     "mongool", "achterlijk\\w*", "niet mijn probleem", "rot (?:toch )?op", "donder (?:toch )?op", "opzouten",
     "verspil mijn tijd niet", "kunt u niet lezen", "kun je niet lezen", "gebruik (?:uw|je) (?:verstand|hersens)",
     "doe (?:eens )?normaal",
     "imb[ée]ciles?", "cr[ée]tin\\w*", "connard\\w*", "conasse", "salaud\\w*", "salope", "merde\\w*", "putain",
     "bordel", "ta gueule", "fermez-la", "ferme-la", "la ferme", "taisez-vous", "tais-toi", "abruti\\w*",
     "d[ée]bile\\w*", "pleurnich\\w+", "andouille\\w*", "couillon\\w*", "bouffon\\w*", "enfoir[ée]\\w*",
     "pauvre (?:con|type|idiot|imb[ée]cile)", "(?:faire|fait|fais|font) chier",
     "emmerd\\w*", "casse-toi", "fous-moi la paix", "pas mon probl[èe]me",
     "question (?:stupide|b[êe]te)", "ne me faites pas perdre mon temps", "vous ne savez pas lire"],
    ["טיפש", "טיפשה", "שאלה טיפשית", "אידיוט", "אידיוטית", "מטומטם", "מטומטמת", "דביל", "דבילית", "אהבל",
     "טמבל", "דפוק", "דפוקה", "סתום כבר", "תסתום", "תסתמי", "סתום את הפה", "סתום ת'פה", "שתוק", "תשתוק", "תשתקי",
     "לך לעזאזל", "לכי לעזאזל", "חרא", "מפגר", "מפגרת", "בהמה", "מניאק", "תזדיין", "תפסיק לבכות", "תפסיקי לבכות",
     "די לבכות", "די לבלבל את המוח", "לא הבעיה שלי",
     "יא (?:אפס|חמור|מטומטם|דביל|אידיוט|טמבל|אהבל|מפגר|זבל|בהמה|חתיכת \\S+)", "כוס אמ\\S*", "בן זונה",
     "עוף (?:מפה|ממני)",
     "אל תבזבז לי את הזמן", "תפעיל(?:י)? את הראש", "אתה לא יודע לקרוא", "את לא יודעת לקרוא"])
INSULT_AFTER_YOU = re.compile(
    r"\b(?:don't be|stop being|doe (?:niet )?(?:zo )?|ne soyez pas|ne sois pas)\s?(?:so |zo |si )?(?:stupid|dumb|"
    r"difficult|ridiculous|dom|moeilijk|lastig|belachelijk|b[êe]te|stupide|ridicule|stom|kinderachtig|childish|"
    r"thick|dense|dramatic|dramatisch|idiot|pu[ée]rile?|lourde?)\b|"
    r"\b(?:you(?:'re| are)|are you|u bent|je bent|jij bent|vous [êe]tes|[êe]tes-vous|t'es|tu es)\b"
    r"(?: (?:really|so|such an?|just|completely|totally|echt|zo|gewoon|helemaal|vraiment|tellement|compl[èe]tement|"
    r"un|une|een))* (?:stupid|dumb|useless|incompetent|clueless|ridiculous|hopeless|thick|dense|lazy|deaf|blind|"
    r"slow|impossible|unbearable|a (?:joke|pain|nuisance)|dom|dommer|stom|waardeloos|nutteloos|belachelijk|lastig|"
    r"moeilijk|onmogelijk|hopeloos|onnozel|traag|lui|doof|blind|irritant|b[êe]te|nul(?:le)?|ridicule|"
    r"incomp[ée]tente?|sourde?|aveugle|lente?|lourde?|p[ée]nible|insupportable|path[ée]tique|paresseu(?:x|se))\b"
    r"(?! (?:to|te|à|a) \w+| gevallen| bereikbaar)",  # "difficult to reach", "lastig gevallen" (harassed)
    re.IGNORECASE)
INSULT_AFTER_YOU_HE = re.compile(
    rf"(?<![{HE_LETTER}])(?:אתה|את|אתם)(?: (?:כזה|כזאת|ממש|פשוט|באמת|סתם))* (?:טיפש|טיפשה|מטומטם|מטומטמת|איטי|"
    rf"איטית|עצלן|עצלנית|חירש|חירשת|עיוור|עיוורת|מעצבן|מעצבנת|בלתי נסבל|בלתי נסבלת|פתטי|פתטית|חסר תועלת|"
    rf"חסרת תועלת|אפס)(?![{HE_LETTER}])")
# "It's your own fault", "c'est de votre faute": abuse unless said no ("it's not your fault").
BLAME = words(["your (?:own )?fault", "you(?:'ve| have) only (?:got )?yourself to blame", "(?:uw|je) (?:eigen )?schuld",
               "eigen schuld", "(?:de )?votre (?:propre )?faute", "(?:de )?ta faute",
               "(?:it's|that's|is) your (?:own )?problem", "(?:is|zijn) (?:uw|je) (?:eigen )?probleem",
               "(?:uw|je) eigen probleem", "c'est votre probl[èe]me", "i couldn't care less", "who cares",
               "mij een zorg", "(?:kan|boeit) (?:me|mij) (?:niet|geen bal|niets) (?:schelen|boeien)",
               "het boeit me niet", "je m'en fiche", "je m'en fous", "ça m'est bien [ée]gal"],
              ["אשמתך", "באשמתך", "האשמה שלך", "זו אשמתך", "הבעיה שלך", "זו הבעיה שלך", "לא מעניין אותי",
               "ממש לא אכפת לי"])

# -- condescension: one strong cue is enough, or two weak ones -------------------------------------------------

CONDESCENDING = phrases((
    r"\byou(?: just| simply| really| clearly| obviously| still)? (?:don't|do not|aren't|are not|never|can't|cannot) "
    r"(?:listen|listening|read|reading|pay attention|paying attention|follow(?:ing)? (?:simple )?instructions)\b",
    r"\b(?:i've|i have|i) (?:already |now )?(?:explained|told you|said|repeated)(?: (?:this|it|that))?(?: (?:already|"
    r"now))? (?:twice|(?:\w+|\d+) times|over and over|again and again|several times|multiple times)\b",
    r"\bhow many (?:more )?times (?:do|must|have|will|should) i\b", r"\bfor the (?:hundredth|umpteenth|"
    r"thousandth|millionth) time\b", r"\b(?:read|listen)(?: it| this| the \w+)? (?:properly|carefully) (?:for )?once\b",
    r"\b(?:u|je|jij) (?:luistert|let) (?:gewoon |echt |weer |alweer |nou )?(?:niet|nooit)\b",
    r"\b(?:u|je) leest (?:gewoon |echt |weer )?(?:niet|nooit)\b(?! verkeerd)", r"\b(?:luistert|leest) u (?:nou |nu |"
    r"dan )?(?:gewoon |echt )?niet\b",
    r"\b(?:u|je|jij) (?:gewoon |echt |weer |nou )?(?:niet|nooit) (?:luistert|oplet)\b",
    r"\bluister (?:nou|nu|toch|dan) (?:eens|ook|gewoon)\b", r"\b(?:just|please just) listen(?: to me)?(?: for once)?\b",
    r"\b(?:ik heb|heb ik)(?: het| dit| dat| u| je| jou)*(?: nu| al| toch| echt)* (?:\w+|\d+) (?:keer|maal) "
    r"(?:uitgelegd|gezegd|verteld|herhaald)", r"\bvoor de (?:zoveelste|honderdste|duizendste) keer\b",
    r"\bhoe ?vaak (?:moet|heb) ik\b", r"\bhoeveel keer (?:moet|heb) ik\b",
    r"\bvous n'[ée]coutez (?:pas|jamais|rien)\b", r"\bvous ne faites (?:pas|jamais) attention\b",
    r"\bvous ne lisez (?:pas|jamais|rien)\b(?! de)",
    r"\btu n'[ée]coutes (?:pas|jamais|rien)\b",
    r"\bje (?:vous|te) l'ai (?:d[ée]j[àa] )?(?:dit|expliqu[ée]|r[ée]p[ée]t[ée])"
    r" (?:\w+ )?fois\b", r"\bpour la (?:[ée]ni[èe]me|centi[èe]me|milli[èe]me) fois\b",
    r"\bcombien de fois (?:dois|faut|je)",
    # that the customer failed to understand, said as plain fact: "since you clearly didn't get it the first time"
    r"\byou (?:clearly|obviously|apparently|evidently) (?:didn't|did not|don't|do not|can't|cannot|haven't) "
    r"(?:get|understand|grasp|follow|got)\b", r"\b(?:u|je|jij) (?:het |dit |dat )?(?:duidelijk|kennelijk|blijkbaar|"
    r"overduidelijk) (?:nog steeds )?niet (?:snapt|begrijpt|begreep|snapte|gesnapt|begrepen)\b",
    r"\b(?:visiblement|manifestement|apparemment|clairement),? (?:vous|tu) n'(?:avez|as|[êe]tes) (?:pas|rien) "
    r"(?:compris|saisi|suivi)", r"\b(?:vous|tu) n'(?:avez|as) (?:visiblement|manifestement|apparemment|clairement) "
    r"(?:pas|rien) (?:compris|saisi|suivi)",
), (
    rf"(?<![{HE_LETTER}])(?:אתה|את|אתם)(?: פשוט| בכלל| עדיין)? לא (?:מקשיב|מקשיבה|מקשיבים|קורא|קוראת|קוראים)"
    rf"(?![{HE_LETTER}])", r"הסברתי(?: לך| לכם)?(?: כבר| את זה)* (?:\S+ )?פעמים", r"אמרתי לך כבר",
    r"כמה פעמים (?:צריך|אני צריך|אני צריכה|אני אמור|אני אמורה|להסביר)", r"בפעם ה(?:מאה|אלף|מיליון)",
    rf"ברור ש\S*(?: \S+){{0,2}} לא (?:הספיק|הבנת|הבנתם|קלטת|קלטתם|הבין|הבינו)(?![{HE_LETTER}])",
    r"ברור ש\S*(?: \S+){0,2} לא הספיקו",
))
# Weak cues: each is said kindly too ("it's not complicated, I'll walk you through it"), two together belittle.
EVEN_A_CHILD = words(["even (?:a|my) (?:child|kid|toddler|baby|(?:\\w+[- ])?year[- ]old|grandm\\w+|granny|gran)",
                      "(?:any|every) (?:child|kid|idiot|fool) (?:can|could|would)", "zelfs (?:een|mijn) (?:kind|kleuter"
                      "|peuter|oma|opa|baby)", "elk kind", "ieder kind", "m[êe]me (?:un|mon|ma) (?:enfant|gamin|gosse|"
                      "b[ée]b[ée]|grand-m[èe]re|mamie)", "n'importe quel (?:enfant|idiot)",
                      "(?:at|on) (?:a |the )?(?:kids'?|children's|toddlers'?) level", "op kinderniveau",
                      "au niveau des (?:enfants|petits|bébés)"],
                     ["(?:אפילו|גם) (?:ילד|ילדה|תינוק|סבתא|סבא)", "כל ילד", "כל תינוק",
                      # something "at the children's level" offered to a grown-up
                      "(?:ברמה|בגובה) של (?:ה)?(?:ילדים|תינוקות|גן)"])
NOT_HARD = words(["(?:it|this|that)(?:'s| is)(?: really| honestly)? not (?:that |so |very |exactly )?(?:hard|difficult|"
                  "complicated|rocket science)",
                  # child's play, and not seeing what is so hard: "dit is echt kinderwerk", "ik snap niet wat hier zo
                  # ingewikkeld aan is", "hard to believe anyone needs this explained", "je ne vois pas ce qui est si
                  # compliqué"
                  "child's play", "kinder(?:werk|spel)", "un jeu d'enfants?",
                  "(?:snap|begrijp|zie) (?:\\S+ ){0,2}?niet wat (?:hier|daar|er|daar nou|hier nou) (?:zo )?(?:moeilijk|"
                  "ingewikkeld|lastig)", "(?:don't|can't|cannot|do not) see what(?:'s| is) so (?:hard|difficult|"
                  "complicated)", "hard to believe (?:anyone|someone|somebody|you) (?:\\S+ )?needs? (?:this|that|it) "
                  "explained", "je ne vois pas ce qui est (?:si|aussi|tellement) (?:compliqu[ée]|difficile)",
                  "(?:it|this|that) isn't (?:that |so |very |exactly )?(?:hard|difficult|"
                  "complicated|rocket science)", "not rocket science",
                  "(?:zo|erg) (?:moeilijk|ingewikkeld) is (?:het|dat|\\w+) (?:toch )?niet",
                  "(?:het|dat|dit) is (?:toch |echt |heus |nou )*niet (?:zo |erg )?(?:moeilijk|ingewikkeld)",
                  "geen hogere wiskunde", "(?:ce n'est|c'est) (?:pourtant |vraiment )?pas (?:si |tr[èe]s |bien )?"
                  "(?:compliqu[ée]|difficile|sorcier)", "pas sorcier",
                  "(?:this|that|it)(?:'s| is) (?:really |pretty |very )?basic(?: stuff)?", "basiskennis",
                  "c'est la base", "(?:it|this)(?:'s| is) (?:written |stated |spelled out )?(?:right there|"
                  "in black and white)", "staat er (?:echt |heel |toch |gewoon )*(?:duidelijk|zwart op wit)",
                  "(?:c'est|il est) (?:pourtant )?(?:[ée]crit|marqu[ée]) (?:noir sur blanc|en toutes lettres|en gros)",
                  "niet zo (?:moeilijk|ingewikkeld)(?=[.!,])"],
                 ["זה לא (?:כזה |כל כך |באמת )?(?:מסובך|קשה)", "לא מדע טילים", "משחק ילדים", "זה ממש לא מסובך",
                  "זה בסיסי",
                  "כתוב (?:שם )?(?:בבירור|במפורש|שחור על גבי לבן)"])
EXASPERATED = words(["pf+", "pff+t", "ugh+", "sigh", "zucht", "argh+", "jeez", "geez", "bof", "boeien",
                     "whatever(?=[,.!])", "laat maar"], ["אוף", "נו באמת", "די כבר"])
AS_I_SAID = words(["as i (?:already |just )?(?:said|explained|told you|mentioned)", "like i (?:already )?said",
                   "zoals ik (?:al |net |u al )?(?:zei|zeg|uitlegde|heb uitgelegd|heb gezegd)",
                   "comme je (?:vous |te )?l'ai (?:d[ée]j[àa] )?(?:dit|expliqu[ée])"],
                  ["כמו שאמרתי", "כמו שכבר אמרתי", "כפי שהסברתי"])

# -- threats: a condition on the customer's behaviour, a sanction on their service ----------------------------

THREAT_IF = words(
    ["if you (?:keep|continue|carry on|go on)(?: on)? (?:to )?(?:shouting|yelling|swearing|cursing|insulting|being "
     "rude|talking (?:to me )?like (?:this|that)|speaking (?:to me )?like (?:this|that)|like (?:this|that)|this way|"
     "(?:in|with) (?:this|that) tone|using (?:this|that) language)", "(?:keep|continue|carry on)(?: on)? (?:shouting|"
     "yelling|swearing|talking like that|being rude|this up|like this|like that)(?: like (?:this|that))? and",
     "(?:keep|continue) (?:taking|using) (?:that|this) tone",
     "one more (?:word|insult|time|"
     "swear ?word)(?: like that)?(?: and|,)", "watch your (?:tone|language|mouth)",
     "als (?:u|je|jij) (?:zo |nog |nou )?(?:tegen mij |tegen me |zo )?(?:blijft|door blijft) (?:praten|doen|"
     "schreeuwen|schelden|vloeken|tieren|dreigen|zeuren|doorzeuren|klagen|zeiken)",
     "als (?:u|je) zo doorgaat", "if you (?:talk|speak) to (?:us|me|our staff) like (?:this|that)",
     "als (?:u|je|jij) (?:nog )?(?:zo|op die toon|op deze toon) (?:tegen (?:ons|mij|me|onze \\S+) )?(?:praat|spreekt|"
     "doet|tekeergaat)", "si (?:vous|tu) (?:nous|me) (?:parlez|parles) (?:encore )?(?:comme [çc]a|sur ce ton|ainsi)",
     "als (?:u|je) nog (?:één|een) keer zo (?:tegen (?:me|mij) )?(?:praat|doet|spreekt)",
     "blijf(?:t)? (?:u|je) "
     "(?:zo )?(?:\\S+ )?(?:schreeuwen|schelden|vloeken|tieren)(?: en|,)", "nog (?:één|een) (?:keer|woord)(?: zo)?"
     "(?: en|,)", "let op (?:uw|je) (?:toon|woorden|taal)", "si (?:vous continuez|tu continues) (?:sur ce ton|"
     "(?:à|a) (?:crier|hurler|m'insulter|me parler|jurer|[êe]tre (?:grossier|impoli))|comme [çc]a|ainsi)",
     "continuez (?:comme [çc]a|sur ce ton|(?:à|a) (?:crier|hurler|m'insulter)) et", "encore un (?:mot|seul mot|"
     "insulte)(?: et|,)", "surveillez votre (?:ton|langage)"],
    ["אם (?:תמשיך|תמשיכי|תמשיכו) (?:לצעוק|לקלל|להעליב|לדבר (?:אליי )?ככה|לדבר אליי|ככה|בטון הזה)",
     "אם (?:תדבר|תדברי|תדברו) (?:אלינו|אליי|איתנו) (?:ככה|כך|בטון הזה)",
     "עוד מילה(?: אחת)?(?: כזאת)? ו", "(?:תמשיך|תמשיכי) (?:לצעוק|ככה|לקלל) ו", "שים לב לטון", "תשמור על הטון"])
SANCTION = words(
    ["cut (?:you |it |your \\w+ )?off", "cut off", "disconnect\\w*", "block\\w*", "terminat\\w*", "suspend\\w*",
     "blacklist\\w*", "close (?:your|the) (?:account|line|contract)", "cancel (?:your|the) (?:contract|line|service|"
     "account|subscription)", "charge you (?:extra|more|a fee|double)", "(?:a|an) (?:penalty|fine|extra fee)",
     "(?:bottom|back) of the (?:pile|queue|list)", "(?:the )?last (?:one|case|claim|complaint|file|ticket) (?:anyone|"
     "we|i|someone|they) (?:\\S+ )?(?:looks?|handles?|touch\\w*|opens?)", "als (?:allerlaatste|laatste) (?:behandeld|"
     "bekeken|opgepakt)", "(?:trait[ée]e?|regard[ée]e?) en (?:tout )?dernier",
     "afsluit\\w*", "afgesloten", "op zwart", "onderaan de (?:stapel|lijst)",
     "achteraan (?:de|in de) rij", "(?:en|tout en) bas de la pile", "(?:en|à la) fin de la (?:liste|file)",
     "sluit\\w* (?:\\S+ ){0,6}?af", "(?:zet|zetten) (?:\\S+ ){0,4}?uit", "afsnijden",
     "blokker\\w*", "geblokkeerd", "opzeg\\w*", "opgezegd", "be[ëe]indig\\w*",
     "stopzetten", "stopgezet", "zwarte lijst", "boete", "extra kosten", "couper", "coup[ée]e?", "coupure",
     "suspend\\w*", "r[ée]sili\\w*", "bloqu\\w*", "liste noire", "p[ée]nalit[ée]s?", "frais suppl[ée]mentaires",
     # a case left to wait, as the threat's price: "your complaint will wait a very long time"
     "wait (?:\\S+ ){0,2}?(?:a )?(?:very )?long time", "attendre (?:tr[èe]s,? )*longtemps",
     "(?:heel )?lang (?:\\S+ )?(?:wachten|liggen)",
     # never served again: "no branch will ever serve you again", "nooit meer", "plus jamais"
     "(?:never|ever) (?:\\S+ ){0,4}?again", "ban(?:s|ned|ning)?", "nooit (?:\\S+ ){0,3}?meer", "plus jamais"],
    ["(?:ל|ב)?תחתית (?:ה)?(?:ערימה|רשימה|תור)", "ינתקו", "ננתק",
     "אנתק", "ניתוק", "לנתק", "ינותק", "נחסום", "אחסום", "לחסום", "יחסמו", "ייחסם", "נבטל",
     "אבטל", "רשימה שחורה", "קנס", "חיוב נוסף",
     "(?:ת|י)חכה (?:\\S+ ){0,2}?זמן", "(?:לעולם|אף פעם) לא (?:\\S+ ){0,3}?(?:שוב|יותר)"])

# -- belittling by its structure, without one rude word --------------------------------------------------------

# A mock term of address closing a sentence: ", genius.", ", sweetheart.", ", mon petit monsieur.", ", גאון." No draft
# calls a customer that; "espèce de ..." makes a word an insult.
VOCATIVE = re.compile(
    r",\s*(?:(?:my |mon |ma )?(?:genius|einstein|sherlock|sweetheart|sweetie|honey|darling|love|buddy|pal|champ|"
    r"princess|smart ?(?:guy|ass|arse)|wise ?guy|mister|missy|lady|slimmerik|slimpie|betweter|wijsneus|schat(?:je)?|"
    r"lieverd|vriendje|meisje|jongen|mannetje|petit monsieur|petite dame|vieux|grand|belle|ch[ée]rie?|chou|coco|"
    r"g[ée]nie|mon pote|pauvre|petit|petite|jochie|ventje|champion|kampioen))(?=\s*(?:[.!?…]|$))|"
    # or set off by commas inside it: "Try the other button, darling, it is the green one"
    r",\s*(?:my |mon |ma )?(?:sweetheart|sweetie|honey|darling|love|lieverd|schatje|ch[ée]rie?)\s*,|"
    r"(?<!une )(?<!cette )(?<!l')\besp[èe]ce d(?:e |')\w+|"
    rf",\s*(?:יא )?(?:גאון|גאונה|חכם|חכמה|מותק|חמוד|חמודה|נשמה|מאמי|נודניק|נודניקית|חביבי|אחי|גבר|מסכן|מסכנה|"
    rf"אלוף|אלופה)"
    rf"(?![{HE_LETTER}])"
    r"(?=\s*(?:[.!?…]|$))|"
    # "יא נודניק, תירגע", "יא חופר": "יא" before a name for a nuisance calls the customer that, wherever it stands
    rf"(?<![{HE_LETTER}])יא (?:נודניק|נודניקית|טמבל|טמבלית|מטומטם|מטומטמת|אידיוט|אידיוטית|דביל|דבילית|חמור|סתום|"
    rf"סתומה|אפס|נודניקים|חופר|חופרת|נודנית|טרחן|טרחנית|נג'ס|נג'סית)(?![{HE_LETTER}])", re.IGNORECASE)
# The customer's age held against them, with what would suit them better: "people your age are better off with a
# radio", "op je leeftijd is breien verstandiger", "à ton âge le tricot serait plus sage", "בגיל שלך מתאים יותר
# סריגה". Both are needed: "at your age you may qualify for the senior rate" is kind.
AT_YOUR_AGE = words(["at your age", "(?:for )?(?:someone|somebody|a person|people|those) (?:of |at )?your age",
                     "(?:op|van|met) (?:uw|je|jouw) leeftijd", "(?:à|a|de) (?:votre|ton) [âa]ge",
                     # or their sex, as a group they are put in: "most men give up on it", "a girl's taste"
                     "(?:most|many|a lot of) (?:ladies|women|men|girls|guys)", "a (?:woman|man|lady|girl)'s",
                     "(?:de meeste|veel) (?:vrouwen|dames|mannen|meiden)", "(?:la plupart des|beaucoup de) "
                     "(?:femmes|dames|hommes|filles)"],
                    ["בגילך", "בגיל שלך", "בגילכם", "בגיל כזה", "לגילך", "לגיל שלך",
                     "(?:רוב|הרבה) ה?(?:נשים|גברים|בנות)"])
SUITS_BETTER = words(["(?:more|better) (?:sensible|suitable|suited|appropriate|fitting)", "better (?:off|for you)",
                      "(?:maybe|perhaps) (?:just|better|stick)", "(?:is|are)n't (?:really )?for you",
                      "not (?:really )?(?:for you|your thing|meant for)", "grown-ups",
                      "(?:past|vast|misschien) beter", "(?:be )?happier with", "meer iets voor", "verstandiger",
                      "niet (?:echt |zo )?(?:iets )?voor",
                      "plus (?:adapt[ée]e?s?|raisonnable|sage|indiqu[ée]e?s?)",
                      "pas (?:vraiment )?(?:pour vous|fait pour)",
                      "(?:maison de retraite|ehpad|bejaarden\\w*|retirement home|old people's home|care home)"],
                     ["עדיף", "מתאים יותר", "לא בשבילך", "לא בשבילכם", "בית אבות", "דיור מוגן"])
# What only contempt says: the customer as a nuisance, told to go, that no one would miss them, that only a fool fails
# at this; "open your eyes", "comme un pied", "il faut le faire exprès".
CONTEMPT = words(
    ["(?:instead of|stop|quit) (?:\\S+ )?(?:bothering|pestering|bugging|harass\\w*) (?:us|me)", "nobody(?:'s| is) "
     "(?:forcing|keeping|stopping) you", "no one(?:'s| is) (?:forcing|keeping|stopping) you", "no one will miss you",
     "nobody will miss you", "don't let the door hit you", "(?:explain|say|spell) (?:\\S+ ){0,3}?(?:as|like) (?:to )?"
     "(?:a|an) (?:small |little )?(?:child|kid|toddler|(?:\\w+[- ])?year[- ]old)", "(?:expliquer|dire|r[ée]p[ée]ter) "
     "(?:\\S+ ){0,3}?comme (?:à|a) un (?:petit )?(?:enfant|gamin|b[ée]b[ée])",
     "(?:uitleggen|uitleg|zeggen) (?:\\S+ ){0,3}?(?:als|alsof) (?:aan )?(?:een )?(?:klein )?(?:kind|kleuter|peuter)",
     "take your (?:business|money) elsewhere",
     "(?:then|so) (?:just )?(?:go|fly|book|shop|switch)(?: \\S+){0,3} (?:elsewhere|with someone else|with another)",
     "(?:people|those|anyone|someone) who (?:can't|cannot|don't|do not|are unable to) (?:even )?(?:read|follow|"
     "listen to|understand|manage) (?:\\S+ )?(?:simple|basic|plain|a simple)", "(?:only|just) (?:hard|complicated|"
     "difficult|confusing) for (?:people|those|anyone|someone) who", "open your eyes",
     "(?:use|engage) your (?:eyes|common sense)", "like a grown-?up", "(?:explain|go through) (?:it|this) (?:very |"
     "really )?slowly", "(?:ons|me|mij) (?:steeds |telkens |weer |constant )?lastig (?:te )?vallen",
     "niemand (?:houdt|dwingt) (?:u|je) (?:tegen|hier)", "niemand zal (?:u|je) missen",
     "ga (?:dan )?(?:lekker |maar )?(?:ergens anders|naar de concurrent|bij een ander)", "doe (?:uw|je) ogen open",
     "mensen die (?:niet|geen) (?:\\S+ ){0,3}?(?:kunnen )?(?:lezen|luisteren|begrijpen|volgen) (?:\\S+ )?"
     "(?:eenvoudige|simpele)", "(?:heel |nog eens )?langzaam uit(?:leggen)?",
     "personne ne (?:vous|te) (?:retient|force|oblige)", "on ne (?:vous|te) regrettera pas",
     "allez (?:donc )?voir ailleurs", "va voir ailleurs", "ouvrez (?:donc )?les yeux", "ouvre (?:donc )?les yeux",
     "comme un pied", "(?:il )?faut le faire expr[èe]s", "(?:les gens|ceux|celles) qui ne (?:savent|peuvent|"
     "comprennent|suivent|lisent|[ée]coutent) (?:\\S+ )?(?:pas|rien) (?:\\S+ ){0,2}?(?:simples?|basiques?)",
     "comme du monde", "(?:au lieu de|arr[êe]tez de|cessez de) nous (?:emb[êe]ter|d[ée]ranger|harceler)",
     # a picture drawn for the slow, a complaint called whining, the customer told to leave us be, their competence
     # called a weakness: "je peux vous faire un dessin", "stop whining", "leave us alone", "not your strong suit"
     "draw you a (?:picture|diagram)", "(?:vous|te) faire un (?:petit )?dessin", "(?:een )?tekening(?:etje)? (?:voor "
     "(?:u|je) )?(?:maken|tekenen)", "stop (?:your )?(?:whining|moaning|crying|sulking)", "(?:hou|houd) (?:eens |nou )?"
     "op met (?:zeuren|janken|jammeren|huilen)", "arr[êe]te[zr]? (?:donc )?de (?:pleurnicher|geindre|chialer)",
     "leave us (?:alone|in peace|be)", "laat ons (?:\\S+ )?(?:met rust|in rust|in vrede)",
     "laissez-nous (?:tranquilles?|en paix)",
     # with an adverb between: "is clearly not your strong suit", "n'est manifestement pas votre fort"
     "(?:isn't|is not|not) (?:\\w+ )?(?:everyone's|everybody's|your) (?:strong suit|forte)",
     "niet (?:\\w+ )?(?:ieders|uw|jouw|je) sterkste kant", "n'est (?:\\w+ )?pas (?:votre|ton|le) (?:fort|point fort)",
     # the customer told to keep their opinion to themselves: "keep your comments to yourself", "hou je commentaar maar
     # voor je", "gardez vos remarques pour vous"
     "keep (?:your|those) (?:\\S+ )?(?:comments?|opinions?|remarks?|views?|thoughts?|advice) to yourself",
     "(?:hou|houd|houdt) (?:je|uw|jouw) (?:\\S+ )?(?:commentaar|opmerkingen|opmerking|mening|gezeur|advies) "
     "(?:\\S+ )?voor (?:je|jezelf|u|uzelf)\\b", "(?:gardez|garde) (?:vos|tes|votre|ton) (?:\\S+ )?(?:commentaires?|"
     "remarques?|r[ée]flexions?|opinions?|avis|conseils?) pour (?:vous|toi)",
     # a complaint called the customer's habit, set against what they should have done: "instead of complaining",
     # "voordat je gaat klagen", "au lieu de râler"
     "instead of (?:just )?(?:complaining|moaning|whining|shouting|yelling|grumbling|ranting|crying)",
     "before (?:you )?(?:start )?(?:complaining|moaning|whining|complain|moan|whine)",
     "in plaats van (?:te )?(?:klagen|zeuren|mopperen|schreeuwen|janken|zaniken)",
     "(?:voordat|voor|eer) (?:je|u|jij) (?:gaat |komt |staat te )?(?:klagen|zeuren|mopperen|schreeuwen|zaniken)",
     "au lieu de (?:vous |te )?(?:r[âa]ler|plaindre|crier|hurler|pleurnicher|geindre|r[âa]ler)",
     "avant de (?:vous |te )?(?:r[âa]ler|plaindre|crier|hurler|pleurnicher)",
     # an explanation made simple enough for the customer, said to be: "slowly, so even you can follow", "zodat zelfs
     # jij het begrijpt", "pour que même vous compreniez"
     "so (?:that )?even you (?:\\S+ )?(?:get|understand|follow|grasp|can (?:get|understand|follow))",
     "zodat (?:zelfs|ook) (?:jij|u|je) het (?:\\S+ )?(?:snapt|begrijpt|kunt volgen|kan volgen|volgt)",
     "pour que m[êe]me (?:vous|toi) (?:\\S+ )?(?:compreniez|comprennes|suiviez|suives|puissiez|puisses)",
     # a playground retort, an idle life, a customer unfit for what they came for: "takes one to know one", "heb je
     # niets beters te doen?", "vous n'avez rien de mieux à faire ?", "some people just aren't cut out for yoga"
     "takes one to know one", "wie het zegt,? is het (?:zelf)?", "c'est celui qui (?:le )?dit qui (?:l'est|y est)",
     "(?:you(?:'ve| have)?|have you|do you have|don't you have) (?:got )?(?:nothing|anything) better to do",
     # (nothing else to do is a taunt only when asked: "u hoeft niets anders te doen", "vous n'avez rien d'autre à
     # faire" tell the customer all is taken care of)
     "(?:heb|hebt|heeft) (?:je|jij|u) (?:dan |nou |echt )?(?:niets|niks) (?:beters te doen|anders te doen"
     "[^.!?]{0,30}\\?)",
     "(?:je|jij|u) (?:hebt|heeft) (?:dan |echt |zeker )?(?:niets|niks) (?:beters te doen|anders te doen"
     "[^.!?]{0,30}\\?)",
     "(?:vous n'avez|tu n'as|n'avez-vous|n'as-tu) (?:donc |vraiment )?rien (?:de mieux [àa] faire|d'autre [àa] faire"
     "[^.!?]{0,30}\\?)",
     "some people (?:are )?(?:just |simply )?(?:aren't|are not|weren't|were not|not) (?:built|made|cut out) for",
     "you(?:'re| are) (?:just |simply )?not (?:built|made|cut out) for",
     "sommige mensen zijn (?:er )?(?:gewoon |nu eenmaal |simpelweg )?niet (?:voor )?(?:gemaakt|gebouwd|in de wieg "
     "gelegd)", "(?:je|jij|u) bent (?:er )?(?:gewoon |nu eenmaal |simpelweg )?niet (?:voor )?(?:gemaakt|gebouwd|in de "
     "wieg gelegd)", "certaines personnes ne sont (?:tout )?(?:simplement )?pas (?:faites|faits|taill[ée]es?) pour",
     "certains ne sont (?:tout )?(?:simplement )?pas (?:faits|taill[ée]s) pour", "(?:vous n'[êe]tes|tu n'es) (?:tout "
     ")?(?:simplement )?pas (?:fait|faite|faits|faites|taill[ée]e?s?) pour"],
    ["(?:מישהו|חברה|מקום) אחר(?:ת)?,? אף אחד לא", "ש?גם (?:אתה|את) (?:תבין|תביני|תבינו)", "(?:להסביר|אסביר) "
     "(?:\\S+ ){0,3}?כמו (?:ל)?ילד", "אף אחד לא (?:יתגעגע|מחזיק|מכריח)", "תפקח(?:י)? (?:את )?(?:ה)?עיניים",
     "(?:ל)?(?:אנשים|מי) ש(?:לא|אינם|אינו) (?:יודע|יודעים|מסוגל|מסוגלים) (?:לקרוא|להקשיב|לעקוב|להבין)",
     "(?:להטריד|לנדנד|להציק)(?: לנו| לי| אותנו)", "כמו בן אדם", "(?:די|תפסיק|תפסיקי) (?:כבר )?(?:לבכות|להתבכיין|"
     "לייבב)", "(?:ו)?(?:ת)?עזוב(?:י)? אותנו בשקט", "לצייר לך", "(?:זה )?לא הצד החזק שלך",
     "(?:תשמור|תשמרי|שמור|שמרי) (?:את )?(?:ה)?(?:הערות|דעות|עצות|ביקורת)\\S* (?:שלך )?לעצמך",
     "במקום (?:סתם )?(?:לצעוק|להתלונן|לקטר|לבכות|להתבכיין|לצרוח)",
     "לפני ש(?:אתה |את )?(?:מתלונן|מתלוננת|צועק|צועקת|מקטר|מקטרת|תתלונן|תתלונני)",
     "מי שאומר (?:הוא|זה) (?:מי ש)?(?:הוא|זה)?", "אין (?:לך|לכם) (?:\\S+ )?(?:משהו )?(?:יותר טוב|אחר|מה) לעשות",
     "יש אנשים ש(?:פשוט )?לא (?:נולדו|בנויים|נבנו|מתאימים|נועדו|נוצרו) ל",
     "(?:אתה|את) (?:פשוט )?לא (?:בנוי|בנויה|נולדת|נועדת|נוצרת) ל"])
# "Too hard for you": kind in an offer ("if the app is too complicated for you, we'll do it by phone"), a sneer with
# another cue ("apparently it's too hard for you").
TOO_HARD_FOR_YOU = words(["(?:too|so) (?:hard|difficult|complicated) for you", "(?:te|zo) (?:moeilijk|ingewikkeld) "
                          "(?:is )?voor (?:u|je|jou)", "(?:trop|si) (?:compliqu[ée]|difficile) pour (?:vous|toi)",
                          "apparently", "blijkbaar", "apparemment", "(?:clearly|obviously) (?:a lot|too much) for you",
                          "(?:duidelijk|overduidelijk) (?:veel|te veel) voor (?:u|je|jou)",
                          "(?:clairement|visiblement|manifestement) (?:beaucoup|trop) pour vous",
                          # what "some people" never learn, or are not built for, said to the one who asked
                          "(?:a skill )?some people (?:just |simply )?(?:never|don't|can't) (?:\\S+ ){0,2}?"
                          "(?:learn|get|pick up|master|manage|understand)",
                          "sommige mensen (?:\\S+ ){0,2}?(?:leren|snappen|begrijpen) (?:\\S+ ){0,2}?nooit",
                          "certain(?:e)?s (?:personnes |gens )?n(?:e |')(?:\\S+ ){0,2}?"
                          "(?:apprennent|comprennent|y arrivent) jamais",
                          "not everyone is (?:cut out|built|made) for"],
                         ["(?:קשה|מסובך) מדי בשבילך", "כנראה", "(?:יותר מדי|הרבה) בשבילך",
                          "לא כל אחד (?:בנוי|מתאים|נולד) ל\\S+",
                          "לא כל אחת (?:בנויה|מתאימה|נולדה) ל\\S+",
                          "יש אנשים ש(?:פשוט )?(?:לא|אף פעם לא) (?:לומדים|מבינים)"])
# Slowness promised as a favour: "I'll go really slowly", "ik zal het heel langzaam uitleggen". Kind with nothing
# else ("I'll go slowly through each step"); with another cue, talking down.
SLOWLY = words(["(?:go|explain (?:it|this)|talk|speak|say it|take (?:it|this)) (?:(?:really|very|extra|nice and),? )*"
                "slow(?:ly)?", "(?:i'll|i will|let me) spell it out for you",
                "(?:heel|extra|echt|lekker) langzaam", "(?:tr[èe]s|tout) (?:doucement|lentement)",
                # or slower than it was said: "I can't explain it any slower", "nog langzamer uitleggen"
                "(?:explain|say|put|spell) (?:it|this|that) (?:\\S+ )?(?:any |even )?(?:slower|more slowly)",
                "(?:nog )?langzamer (?:uit ?(?:te )?leggen|uitleggen|zeggen|te zeggen)",
                "(?:expliquer|dire|r[ée]p[ée]ter) (?:\\S+ ){0,2}?plus lentement"],
               ["(?:ממש |מאוד )?לאט לאט", "(?:ממש|מאוד) לאט",
                "(?:להסביר|להגיד|לומר|לכתוב)(?: לך)?(?: את זה)? יותר לאט"])
# A condition on what the customer failed to do, with its consequence: "if you had read the e-mail, we wouldn't be
# having this conversation", "als u de app gewoon had gelezen, ...", "si vous aviez pris la peine de lire ...".
# It belittles with a "maybe" before it, a "just", "bothered" or "the first time" inside it, or the call or the mess
# blamed on it; "if you had booked Flex, you could just change for free" explains.
IF_YOU_HAD = words(
    ["if you(?:'d| had| would have| were| did| paid| read| listened| packed| checked| looked| followed)",
     "als (?:u|je|jij) (?:\\S+ ){0,5}?(?:had|hadden|was|zou hebben)", "had (?:u|je) (?:\\S+ ){0,5}?(?:gelezen|"
     "geluisterd|gekeken|opgelet|betaald|gecontroleerd)", "si (?:vous|tu) (?:aviez|avais|[ée]tiez|[ée]tais|"
     "lisiez|lisais|[ée]coutiez|payiez)"],
    ["אם (?:היית|הייתם|היית)", "אילו (?:היית|הייתם)"])
IF_YOU_HAD_BEFORE = words(["maybe", "perhaps", "misschien", "peut-[êe]tre"], ["אולי"])
IF_YOU_HAD_INSIDE = words(
    ["just", "simply", "bothered", "(?:taken|took) the (?:time|trouble)", "the first time", "properly", "on time",
     "gewoon", "eens", "de moeite", "de eerste keer", "simplement", "la peine", "la premi[èe]re fois",
     "instead of", "in plaats van", "au lieu de"],
    ["פשוט", "בפעם הראשונה", "טרחת", "טרחתם", "במקום"])
IF_YOU_HAD_BLAME = words(
    ["this (?:conversation|call|mess|question)", "(?:be|been) in this", "(?:have|had|need) to call", "deze vraag",
     "dit gesprek", "dit gedoe", "hoeven (?:te )?bellen", "on n'en serait pas l[àa]", "cette conversation"],
    ["השיחה הזאת", "הבלגן", "להתקשר שוב"])
# Weak cues of mock praise and of a point made at the customer: two of the weak cues belittle ("Wow, congratulations
# on finally reading your bill", "Bravo, encore un relevé faux", "Calm down, shouting won't help").
MOCK_PRAISE = words(["wow", "congratulations", "congrats", "bravo", "well done", "what a surprise", "big surprise",
                     "knap(?: hoor)?", "goed zo", "gefeliciteerd", "wat een verrassing", "chapeau", "f[ée]licitations",
                     "quelle surprise", "vraiment dou[ée]e?", "(?:very|really|so) clever", "slim hoor",
                     "bless (?:you|your (?:little )?heart)(?: for trying)?", "nice try", "goed geprobeerd",
                     "bien essay[ée]",
                     # mock sympathy: "oh, poor you", "ach, arme jij", "oh, pauvre de vous", "אוי, מסכן"
                     "poor (?:you|thing|baby|dear)", "you poor thing", "arme (?:jij|jou|u|ziel)", "och arme",
                     "ach gossie", "pauvre de (?:vous|toi)", "(?:mon|ma) pauvre(?= |[,.!])"],
                    ["וואו", "כל הכבוד", "איזו הפתעה", "יפה מאוד", "גאון", "אוי,? (?:מסכן|מסכנה|מסכנים)"])
POINTED = words(["(?:you(?:'ve| have)? |on )finally", "at last", "only took you", "took you (?:only |just )?(?:\\w+ )?"
                 "(?:days|weeks|months|years|long enough)", "(?:u|je) (?:\\S+ )?eindelijk", "weer niet", "alweer niet",
                 "duurde (?:maar|slechts)", "encore (?:un|une) (?:\\S+ )?(?:faux|fausse|erreur|oubli)",
                 "vous (?:avez |êtes )?enfin", "il (?:vous|t')a (?:seulement |quand même )?fallu",
                 "hein(?=[.!?]|$)"],
                ["סוף סוף [\u05d0-\u05ea]+ת(?![\u05d0-\u05ea])", "לקח לך(?: רק)?", "שוב פעם"])
CALM_DOWN = words(["calm down", "stop (?:shouting|yelling|screaming)", "(?:stop|hou op) met (?:schreeuwen|tieren)",
                   "arr[êe]tez de (?:crier|hurler|r[âa]ler)", "relax(?=[,.!])", "chill(?: out)?(?=[,.!])",
                   "kalm (?:aan|blijven)", "rustig (?:aan|maar)(?=[,.!])", "doe (?:eens )?rustig", "calmez-vous",
                   "du calme", "calme-toi"],
                  ["תירגע", "תירגעי", "תרגיע", "(?:תפסיק|תפסיקי) לצעוק"])
NO_USE = words(["(?:shouting|yelling|screaming|complaining|whining) (?:at me |about it )?(?:won't|will not|doesn't|"
                "does not|isn't going to) (?:help|change|make)", "(?:schreeuwen|klagen|zeuren) helpt (?:niet|niks)",
                "(?:crier|hurler|vous plaindre|r[âa]ler) (?:ne )?(?:sert|servira|changera) (?:\\S+ )?(?:rien|pas)"],
               ["לצעוק (?:\\S+ )?לא (?:יעזור|ישנה)"])
GOT_IT = words(["(?:got|get) it now\\?", "snapt u (?:het )?(?:nu|nou)\\?", "begrijpt u (?:het )?(?:nu|nou)\\?",
                "compris\\s?\\?", "c'est (?:plus )?clair(?: maintenant)?\\s?\\?"], ["הבנת עכשיו", "הבנת\\?"])
# Reading first, then calling: "try reading the e-mail before calling us", "lees eerst de mail voordat u belt".
READ_FIRST = words(["(?:read|reading|check|checking|look at|looking at) (?:\\S+ ){0,4}?before (?:calling|contacting|"
                    "ringing|you call)", "(?:lees|lezen|kijk|kijken) (?:\\S+ ){0,4}?(?:voordat|voor) (?:u|je) (?:belt|"
                    "ons belt|contact)", "(?:lisez|lire|consultez|regardez) (?:\\S+ ){0,4}?avant d'(?:appeler|"
                    "[ée]crire|nous contacter)",
                    # or before asking: "read the answers before asking", "lire les réponses avant de poser"
                    "(?:read|reading|check|look at) (?:\\S+ ){0,4}?before (?:asking|you ask)",
                    "(?:lees|lezen) (?:\\S+ ){0,4}?(?:voordat|voor) (?:u|je) (?:\\S+ )?(?:vraagt|vragen stelt)",
                    "(?:lisez|lire|consultez) (?:\\S+ ){0,4}?avant de (?:poser|demander|reposer)"],
                   ["(?:תקרא|לקרוא|תבדוק|לבדוק) (?:\\S+ ){0,4}?לפני ש(?:אתה |את )?(?:מתקשר|מתקשרת|תתקשר|פונה|שואל|"
                    "שואלת|תשאל|תשאלי)"])
# Looking again, told to the customer: "look harder", "kijk beter", "regardez mieux", "תסתכל טוב". A weak cue.
LOOK_BETTER = words(["look (?:a bit |a little )?(?:harder|closer|more carefully|properly)",
                     "kijk (?:dan |eens |nou |even )?(?:beter|goed)(?=[.!,]|$)", "regardez (?:donc )?mieux",
                     "(?:regardez|lisez) (?:donc )?(?:bien|comme il faut)(?=[.!,]|$)"],
                    ["(?:תסתכל|תסתכלי|תבדוק|תבדקי) (?:טוב|יותר טוב|שוב)(?=[.!,]|$)"])
# That nothing could help the customer's own play, work or sense: "with your backhand, no coach on earth could help",
# "met jouw niveau zou zelfs een prof niks bereiken", "vu votre niveau, même le meilleur coach ne ferait pas de
# miracle", "עם הרמה שלך אפילו המאמן הכי טוב לא יעזור". The customer's own thing ("with your ...") and the
# futility in one sentence; "even our technician couldn't fix it" alone blames nobody.
YOUR_OWN = words(["(?:with|given|at) (?:your|that) (?!\\S*(?:membership|plan|subscription|card|booking|account|"
                  "order|ticket|pass|contract))\\S+", "(?:met|gezien|bij) (?:jouw|je|uw) (?!\\S*(?:lidmaatschap|"
                  "abonnement|kaart|boeking|account|bestelling|pas|contract))\\S+",
                  "(?:vu|avec|[ée]tant donn[ée]) (?:votre|ton|ta|vos|tes) (?!(?:abonnement|carte|r[ée]servation|"
                  "compte|commande|contrat|forfait)\\b)\\S+"],
                 ["(?:עם|בגלל|לפי) (?:ה)?\\S+ (?:\\S+ )?(?:שלך|שלכם)", "(?:ברמה|עם הרמה) (?:\\S+ )?שלך"])
FUTILE = words(["(?:no|not a single|not one|nobody|no one|not even (?:a|the))(?: \\S+){0,3}? "
                "(?:on earth |in the world |alive |out there )?(?:could|can|would|will)(?: ever)? "
                "(?:help|fix|save|teach|coach|do anything|make a difference)",
                "even (?:\\S+ ){1,5}?(?:couldn't|could not|can't|cannot|wouldn't|would not|won't) "
                "(?:help|fix|save|teach|achieve|do (?:anything|much|a thing)|work (?:a )?miracles?)", "lost cause",
                "beyond (?:help|saving)", "(?:work|perform) (?:a )?miracles?",
                "zelfs (?:\\S+ ){1,5}?(?:niks|niets|geen (?:\\S+ )?(?:wonder|verschil)) (?:\\S+ )?"
                "(?:bereiken|doen|helpen|klaarspelen|uithalen|veranderen|maken|redden)",
                "geen (?:enkele )?\\S+ (?:ter wereld|op aarde) (?:die |dat )?(?:\\S+ ){0,3}?(?:helpen|redden|kan|zou)",
                "hopeloos geval", "reddeloos", "wonderen? (?:verrichten|doen)",
                "m[êe]me (?:\\S+ ){1,6}?ne (?:\\S+ ){1,2}?(?:pas|rien|plus)(?: de)? (?:miracles?|grand-chose)",
                "m[êe]me (?:\\S+ ){1,6}?ne (?:pourrait|peut|pourra|saurait) (?:rien|pas)", "cause perdue",
                "(?:aucun|personne)(?: \\S+){0,2} (?:au monde |sur terre )?ne (?:pourrait|peut|pourra|saurait) "
                "(?:\\S+ )?(?:aider|sauver|rien)", "(?:faire|ferait|fera|font) (?:pas )?de miracles?"],
               ["אפילו (?:\\S+ ){1,5}?לא (?:היה |יוכל |יכול |היה יכול )?(?:עוזר|יעזור|לעזור|יצליח|מצליח|משנה|ישנה|"
                "מציל|יציל)", "אף (?:\\S+ ){1,2}?(?:בעולם )?לא (?:יוכל|היה יכול|יצליח|יעזור)", "מקרה אבוד",
                "(?:לעשות|יעשה|עושה) (?:לך )?נס(?:ים)?"])
# The count of times the customer has asked, thrown back at them: "this is the fourth time", "for the umpteenth time",
# "dit is de vierde keer", "pour la énième fois", "בפעם הרביעית". Weak: with another cue, talking down.
REPEAT_COUNT = words(["(?:for|that's|that is|this is) the (?:second|third|fourth|fifth|umpteenth|hundredth|\\w+th) "
                      "time", "voor de (?:tweede|derde|vierde|vijfde|zoveelste|honderdste) keer",
                      "(?:dat|dit) is (?:al )?de (?:tweede|derde|vierde|vijfde|zoveelste) keer",
                      "pour la (?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me|ni[èe]me|[ée]ni[èe]me|"
                      "centi[èe]me) fois", "c'est la (?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|[ée]ni[èe]me) fois"],
                     ["(?:זו |זאת )?(?:ב)?פעם ה(?:שנייה|שלישית|רביעית|חמישית|מיליון|אלף)"])
# Writing for the customer as for a slow reader, or telling them to listen up: "I'll write it in capital letters",
# "luister nu goed", "écoutez-moi bien", "אכתוב לך את זה לאט", "now listen closely". Weak, like ``SLOWLY``.
SLOW_READER = words(["(?:type|write|spell) (?:it|this|that)(?: out)?(?: for you)? "
                     "(?:(?:really|very|extra|nice and),? )*"
                     "slow(?:ly)?", "in (?:capitals|capital letters|block letters|caps)",
                     "(?:now |so )?listen (?:carefully|closely|very carefully)(?: now)?",
                     "in hoofdletters", "(?:en )?nu (?:goed|heel goed) luisteren", "luister (?:nu )?(?:goed|heel goed)",
                     "en (?:lettres )?majuscules", "[ée]coutez(?:-moi)? bien", "(?:je vais|je vous) (?:l')?"
                     "(?:[ée]cri(?:re|s)|expliquer?) (?:tr[èe]s )?lentement"],
                    ["(?:אסביר|אגיד|אכתוב|אדבר|אני אסביר|אני אגיד|אני אכתוב)(?: לך)?(?: את זה)? (?:ממש )?לאט",
                     "(?:אולי )?הפעם זה (?:ייכנס|יחדור|יישאר)", "(?:עכשיו )?תקשיב(?:י)? טוב"])
# The customer's memory or wits doubted by a condition on them: "if that is how you read letters", "als u zelfs dit niet
# snapt", "si c'est comme ça que vous notez vos rendez-vous", "אם ככה את מבינה". Weak.
IF_THAT_IS_HOW = words(["if (?:this|that) is how you (?:remember|learn|read|listen|drive|understand)",
                        "if you (?:can't|cannot|don't) (?:even )?(?:remember|retain|get) (?:this|that|something this)",
                        "als (?:u|je|jij) (?:dit|dat|zelfs dit) (?:al |zelfs )?niet (?:eens )?(?:onthoudt|onthoud|"
                        "snapt|snap|begrijpt|kunt onthouden)", "als (?:u|je|jij) (?:zo|op die manier) "
                        "(?:onthoudt|leert|luistert)",
                        "si (?:vous|tu) (?:retenez|retiens|apprenez|apprends|comprenez|comprends|[ée]coutez) "
                        "(?:\\S+ ){0,5}?comme [çc]a", "si c'est comme [çc]a que (?:vous|tu)",
                        "si (?:vous|tu) ne (?:retenez|retiens|comprenez|comprends) (?:m[êe]me )?pas [çc]a"],
                       ["אם ככה (?:אתה|את|אתם) (?:זוכר|זוכרת|זוכרים|לומד|לומדת|מבין|מבינה|נוהג|נוהגת)"])
# Remarks on the customer's age, or on their command of the language, as the reason for what they cannot do: "at your
# age", "met uw leeftijd", "à votre âge", "בגילך"; "with your English", "apprenez d'abord le français". Weak.
AGE_OR_TONGUE = words(["at your age", "(?:op|met) (?:uw|je|jouw) leeftijd", "(?:à|a) votre [âa]ge",
                       "(?:à|a) ton [âa]ge",
                       "with your (?:level of |command of )?(?:english|dutch|french|hebrew|language skills)",
                       "(?:learn|study) (?:the language|english|dutch|french|hebrew) first",
                       "met (?:uw|je|jouw) (?:niveau |kennis )?(?:van het )?(?:nederlands|engels|frans|hebreeuws)",
                       "leer (?:eerst|maar eerst) (?:de taal|nederlands|engels|frans)",
                       "avec (?:votre|ton) (?:niveau de |niveau en )?(?:fran[çc]ais|anglais|n[ée]erlandais|h[ée]breu)",
                       "apprenez (?:d[ée]j[àa] |d'abord )?(?:la langue|le fran[çc]ais)"],
                      ["בגיל(?:ך|כם)", "בגיל שלך", "בגיל שלכם", "עם העברית שלך", "(?:תלמד|תלמדי) (?:קודם )?עברית"])
# The customer told, as a command, to learn the language first, before they may ask or book: "learn English before you
# book", "leer eerst Nederlands", "apprenez d'abord le français", "תלמד קודם עברית". Strong, unless the sentence
# names the course that teaches it (a language school's advice: "learn French first in our A1 course").
LEARN_TONGUE_FIRST = words(
    ["(?<!to )(?<!you )(?<!we )(?<!i )learn (?:some |proper |basic |a bit of )?(?:english|dutch|french|hebrew|"
     "the language) (?:\\S+ )?(?:first|before)",
     "leer (?:eerst |maar eerst |dan eerst )?(?:wat |goed )?(?:nederlands|engels|frans|hebreeuws|de taal)"
     "(?: \\S+)?(?: eerst| voordat| voor u| voor je)",
     "leer (?:eerst|maar eerst|dan eerst) (?:wat |goed )?(?:nederlands|engels|frans|hebreeuws|de taal)",
     "appren(?:ez|ds) (?:d'abord|d[ée]j[àa]|donc d'abord) (?:le |l'|la )(?:fran[çc]ais|anglais|n[ée]erlandais|"
     "h[ée]breu|langue)",
     "appren(?:ez|ds) (?:le |l'|la )(?:fran[çc]ais|anglais|n[ée]erlandais|h[ée]breu|langue) (?:d'abord|avant)"],
    ["(?:תלמד|תלמדי|תלמדו) קודם (?:עברית|אנגלית|את השפה)", "(?:תלמד|תלמדי|תלמדו) (?:עברית|אנגלית|את השפה) קודם"])
# (the course that teaches it, which makes the same words advice)
TONGUE_COURSE = words(["course", "class(?:es)?", "lessons?", "cursus", "cursussen", "lessen", "les", "cours",
                       "formation", "niveau", "level"], ["קורס", "שיעור\\w*", "רמה"])
# Who has no patience for customers like this one: "our staff have no time for people who ...", "hebben geen geduld voor
# klanten die", "n'ont pas de patience pour les clients qui", "אין לנו סבלנות ללקוחות ש". Weak.
NO_PATIENCE_FOR = words(["(?:have|has|got) no (?:time|patience|interest) for (?:\\S+ )?(?:people|customers|clients|"
                         "students|learners|pupils|those|anyone) who",
                         "(?:hebben|heeft) geen (?:zin|tijd|geduld) (?:in|voor) (?:\\S+ )?(?:mensen|klanten|leerlingen|"
                         "cursisten|types) die",
                         "n'(?:ont|a) pas (?:de temps|de patience|envie) (?:pour|de) (?:\\S+ )?(?:gens|clients|"
                         "[ée]l[èe]ves|personnes) qui"],
                        ["אין (?:לנו|להם|לו|לה) (?:סבלנות|זמן) ל(?:אנשים|לקוחות|תלמידים)"])
# A grown customer called a child ("when you are a big girl", "grote jongen", "grande fille", "ילדה גדולה"), or asked
# whether a parent still does it for them. Strong.
BIG_CHILD = words(["(?:you're|you are|a|until you're|when you're) (?:a )?big (?:boy|girl)",
                   "(?:does|do|will) (?:your )?(?:mummy|mommy|mum|mom|daddy) still (?:have to )?",
                   "(?:tot|als) (?:u|je|jij) (?:een )?(?:grote jongen|grote meid) (?:bent|is)", "(?:mama|mammie|papa) "
                   "(?:u|je|jou) nog (?:steeds )?(?:overal )?(?:brengen|rijden|helpen)",
                   "(?:tu es|vous [êe]tes) un grand gar[çc]on", "(?:tu es|vous [êe]tes) une grande fille",
                   "(?:maman|papa) (?:doit |vous |te )?(?:encore|toujours) (?:vous |te )?(?:conduire|emmener|amener)"],
                  ["(?:ילד גדול|ילדה גדולה) כבר", "אמא (?:שלך )?עדיין (?:מסיעה|צריכה להסיע)"])
# "No wonder" the customer does not understand, or a relative had better do it for them: "no wonder you're confused",
# "geen wonder dat je het niet snapt", "pas étonnant que vous ne suiviez pas", "אין פלא שאת לא"; "leave it to your
# son", "laat het maar aan uw zoon over". Weak.
NO_WONDER = words(["no wonder (?:you(?:'re| are)? |that you )(?:confused|lost|don't|do not|can't|cannot|didn't)",
                   "geen wonder dat (?:u|je|jij) (?:er )?(?:het )?(?:niets|niks|niet)",
                   "pas (?:[ée]tonnant|surprenant) que (?:vous|tu) (?:ne|n'\\w+)",
                   "(?:leave|let) (?:it|that|this|the \\S+) to your (?:husband|wife|man|son|daughter|kids)",
                   "laat (?:dat|het) (?:maar )?(?:aan|over aan) (?:uw|je) (?:man|vrouw|zoon|dochter)",
                   "laissez (?:[çc]a|cela|faire) (?:[àa] )?votre (?:mari|femme|fils|fille)"],
                  ["אין פלא ש(?:אתה|את|אתם) לא", "עדיף ש(?:בעלך|אשתך|הבעל שלך|האישה שלך|הילדים שלך) (?:ימשיך|תמשיך|"
                   "ימשיכו|יעשה|תעשה|יסיע|תסיע)"])

# -- sneers by their shape: each weak alone (an agent may say any of them kindly), two together a sneer -------------

# The customer sent to someone abler to do it for them: "maybe ask someone who can read a screen", "wait for your
# grandson", "vraag het iemand die wel kan lezen", "venez avec quelqu'un qui comprend", "מישהו צעיר שיעשה את זה
# במקומך", "תבקשי מבעלך" (not the agent's own colleague: "I'll ask someone who knows").
ABLER_ONE = words(["(?:ask|get|find|bring|wait for|have) (?:\\S+ ){0,2}?(?:someone|somebody) (?:who|that) (?:can|does|"
                   "understands|knows|is able)", "(?:someone|somebody) younger",
                   "(?:wait for|ask) your (?:grand)?(?:son|daughter|husband|wife|kids|children|grandson|granddaughter)",
                   "iemand (?:die|wie) (?:het |dit |dat )?(?:wel )?(?:kan|snapt|begrijpt|weet)", "iemand jonger",
                   "(?:vraag|wacht op) (?:het )?(?:aan )?(?:uw|je) (?:klein)?(?:zoon|dochter|man|vrouw|kinderen)",
                   "quelqu'un qui (?:comprend|sait|peut|lit|arrive)", "quelqu'un de plus jeune",
                   "(?:demandez|venez avec|attendez) (?:à )?votre (?:mari|femme|fils|fille|petit-fils|petite-fille)",
                   # told to have another read or explain it to them: "ask a neighbour to read it to you",
                   # "demandez à un proche de vous l'expliquer", "vraag iemand om het je voor te lezen"
                   "ask (?:\\S+ ){1,2}?to (?:read|explain) (?:it |this |that )?(?:out )?(?:to|for) you",
                   "vraag (?:\\S+ ){1,2}?(?:om )?(?:het|dit|dat) (?:aan )?(?:je|u) (?:voor te lezen|uit te leggen)",
                   "demandez (?:à )?(?:\\S+ ){1,2}?de vous (?:l(?:e|a|es) |l')(?:lire|expliquer)",
                   # told to come back with, or bring along, someone more able: "come back with someone who speaks
                   # it", "neem iemand mee die ...", "revenez avec quelqu'un qui ...", "תחזור עם מישהו ש..."
                   "(?:come|come back|return|call back|ring back) with (?:someone|somebody)",
                   "iemand (?:\\S+ ){0,2}?(?:meenemen|meebrengen|laten meekomen) die",
                   "(?:neem|breng) (?:\\S+ ){0,3}?iemand mee",
                   "(?:revenez|venez|rappelez|repassez) (?:\\S+ ){0,2}?avec quelqu'un"],
                  ["מישהו (?:צעיר|שיבין|שמבין|שיודע|שיכול|שיעשה)", "(?:תבקש|תבקשי|בקש|בקשי|תחכה ל|תחכי ל)"
                   "(?:מבעלך|מאשתך|מהבן שלך|מהבת שלך|מהנכד|מהנכדה|בעלך|אשתך|נכד שלך|נכדך|הנכד)",
                   "(?:תבקש|תבקשי|בקש|בקשי) מ\\S+(?: \\S+)? (?:להסביר|לקרוא|להקריא) לך",
                   "(?:תחזור|תחזרי|תחזרו|תבוא|תבואי|תגיע|תגיעי|תתקשר|תתקשרי|חזור|חזרי) (?:\\S+ )?עם מישהו"])
# It cannot be put more simply: "I'm not sure how to make it simpler", "ik weet niet wat daar ingewikkeld aan is", "je
# ne peux pas faire plus simple", "אם שלוש מילים זה יותר מדי".
NO_SIMPLER = words(["(?:make|put|explain|say) (?:it|this|that) (?:any )?(?:simpler|easier|more simply)",
                    "what(?:'s| is) (?:so )?(?:hard|complicated|difficult|confusing) about",
                    "(?:eenvoudiger|simpeler|makkelijker) (?:kan|krijg) (?:ik )?(?:het )?niet",
                    "wat (?:daar|hier|er) (?:nou |nu )?(?:zo )?(?:ingewikkeld|moeilijk|lastig) aan is",
                    "(?:faire|dire|expliquer) plus simple", "(?:plus simple|plus facile) que [çc]a",
                    "ce qu'il y a de (?:si )?(?:compliqu[ée]|difficile)"],
                   ["(?:מילים|צעדים|שלבים) (?:זה|הם) (?:יותר מדי|קשה מדי)", "מה (?:כל כך )?(?:קשה|מסובך) ב"])
# Told already, said as a reproach: "it's literally where I said it was", "ik heb het u net al uitgelegd", "on va
# reprendre depuis le début", "כבר כתבתי לך את זה".
TOLD_ALREADY = words(["(?:where|what) i (?:already |just )?(?:said|told you)",
                      "i(?:'ve| have)? (?:already|just) (?:explained|told you|"
                      "said|wrote|answered)", "j'ai d[ée]j[àa] r[ée]pondu", "(?:heb|had) (?:ik )?(?:daar |dat |het )?"
                      "(?:al |net |toch )+(?:antwoord op gegeven|beantwoord)",
                      "(?:heb|had) (?:het |dat )?(?:u |je |jou )?(?:net |al |zojuist |toch )+"
                      "(?:al )?(?:uitgelegd|gezegd|verteld|geschreven)",
                      "(?:reprendre|recommencer) (?:\\S+ )?(?:depuis le|du) d[ée]but", "je (?:vous|te) l'ai d[ée]j[àa] "
                      "(?:dit|expliqu[ée]|[ée]crit)",
                      # the times it was said, counted: "I've said it three times", "je l'ai dit trois fois"
                      "i(?:'ve| have)? (?:already )?(?:said|written|explained|told you) (?:it|this|that) (?:twice|"
                      "(?:two|three|four) times)", "(?:heb|had) (?:het|dat) (?:al )?(?:twee|drie|vier)(?: keer| maal) "
                      "(?:\\S+ )?(?:uitgelegd|gezegd|verteld|geschreven)", "je (?:vous |te )?l'ai (?:d[ée]j[àa] )?"
                      "(?:dit|expliqu[ée]|[ée]crit|r[ée]p[ée]t[ée]) (?:deux|trois|quatre) fois",
                      # (said bare, or the thing said first and the verb after: "I literally just said that.",
                      # "dat heb ik net gezegd", "je viens de vous le dire")
                      "i (?:literally |already |just )+(?:said|told you|explained)(?: (?:that|this|it))?(?=[.!])",
                      "(?:dat|het) (?:heb|had) ik (?:je |u |jou )?(?:net |al |zojuist |toch |eerder )+"
                      "(?:gezegd|verteld|uitgelegd|geschreven)",
                      "je (?:viens|venais) de (?:vous|te) l(?:e |a |')(?:dire|expliquer|[ée]crire)"],
                     ["כבר (?:כתבתי|אמרתי|הסברתי|עניתי|השבתי)(?: לך| לכם)?",
                      "(?:כתבתי|אמרתי|הסברתי)(?: לך| לכם)?(?: את זה)? כבר (?:פעמיים|שלוש פעמים)"])
# The customer put among a kind of people: "some people need help with everything", "people your age", "mensen van
# 74", "les gens comme vous", "עם גברים השיחות קצרות יותר".
KIND_OF_PEOPLE = words(["(?:some|certain) people (?:need|just|always|never|can't|don't)", "people (?:your age|like you|"
                        "of your age)", "sommige mensen (?:hebben|moeten|kunnen|snappen)", "mensen (?:van uw leeftijd|"
                        "zoals u|zoals jij|van \\d+)", "certaines personnes (?:ont|doivent|ne)",
                        "(?:les )?gens (?:comme vous|de votre [âa]ge)", "(?:personnes|gens) de \\d+ ans",
                        # a thing not made for them: "not made for people your age", "niet gemaakt voor mensen van"
                        "(?:made|meant|designed) for people (?:your age|of|like)", "(?:gemaakt|bedoeld) voor mensen "
                        "(?:van|op|zoals)", "(?:fait|con[çc]u)e?s? pour les (?:gens|personnes) (?:de|comme)",
                        # or for those who really do what the customer is taken not to: "for people who actually work",
                        # "voor mensen die nog echt werken", "pour des gens qui travaillent vraiment"
                        "for (?:people|those|folks) who (?:\\S+ ){0,2}?(?:really|actually|properly)",
                        "voor (?:mensen|lui) die (?:\\S+ ){0,2}?(?:echt|écht|werkelijk)",
                        "pour (?:des|les) (?:gens|personnes) qui (?:\\S+ ){0,2}?(?:vraiment|r[ée]ellement)"],
                       ["עם (?:גברים|נשים|מבוגרים|זקנים)", "אנשים (?:בגיל שלך|כמוך|בגילך)",
                        "(?:מיועד|נועד|בנוי|מתאים) ל(?:אנשים|מבוגרים) (?:בגיל|כמוך)",
                        "(?:ל|בשביל )אנשים ש(?:\\S+ ){0,2}?באמת"])
# Tolerated on condition of being no bother: "as long as you keep quiet and don't disturb the others", "als u stil
# in een hoekje zit", "si vous restez discret", "אם תשב בשקט". A weak cue.
NO_BOTHER = words(["(?:if|as long as|provided) you (?:\\S+ )?(?:stay|keep|sit|are) (?:\\S+ )?(?:quiet|quietly|discreet|"
                   "out of (?:the|their) way)", "(?:if|as long as|provided) you don't (?:bother|disturb|hold up|get in "
                   "the way of) (?:the )?others?",
                   "als (?:u|je) (?:\\S+ ){0,2}?(?:stil|rustig|onopvallend|discreet) (?:\\S+ ){0,4}?(?:zit|blijft)",
                   "(?:anderen|de rest) niet (?:ophoudt|stoort|lastigvalt)",
                   "si vous (?:restez|[êe]tes|vous tenez) (?:\\S+ )?(?:discr[èe]te?|tranquille|sage|"
                   "silencieu(?:x|se))",
                   "(?:ne|n') (?:d[ée]rangez|g[êe]nez|emb[êe]tez) pas les autres"],
                  ["אם (?:תשב|תשבי|תהיה|תהיי|תישאר|תישארי) (?:\\S+ ){0,2}?בשקט",
                   "(?:לא|ולא) (?:תפריע|תפריעי) ל(?:אחרים|שאר)"])
# The customer's own apology or doubt agreed with: "Effectivement, ça se voit", "that shows", "dat merk je", "רואים."
IT_SHOWS = phrases([r"(?:^|(?<=[.!?,]\s))(?:effectivement,? |oui,? |en effet,? )?[çc]a (?:se voit|s'entend)(?!\w)",
                    # (the agreement alone as a sentence: "Obviously.", "Duidelijk.", "Visiblement.")
                    r"(?:^|(?<=[.!?]\s))(?:yes,? |oh,? )?(?:clearly|obviously|evidently|apparently|duidelijk|"
                    r"overduidelijk|zichtbaar|visiblement|manifestement|[ée]videmment)(?=[.!])",
                    r"(?:^|(?<=[.!?]\s))(?:yes,? |indeed,? )?(?:it|that) shows(?=[.!])",
                    r"(?:^|(?<=[.!?]\s))(?:ja,? |inderdaad,? )?dat (?:merk je|is te merken|zie je)(?=[.!])",
                    # or the speaker's own noticing, said as a whole sentence: "Yes, I can tell.", "Dat merk ik.",
                    # "Oui, je l'avais remarqué.", "כן, שמתי לב."
                    r"(?:^|(?<=[.!?]\s))(?:yes,? |oh,? |indeed,? )?i (?:can|could) tell(?=[.!])",
                    r"(?:^|(?<=[.!?]\s))(?:yes,? |oh,? |indeed,? )?i(?:'d| had| have|'ve)? noticed(?=[.!])",
                    r"(?:^|(?<=[.!?]\s))(?:ja,? |inderdaad,? )?(?:dat (?:merk|hoor|zie) ik|dat had ik (?:al )?"
                    r"(?:door|gemerkt))(?=[.!])",
                    r"(?:^|(?<=[.!?]\s))(?:oui,? |effectivement,? |en effet,? )?(?:je (?:l'ai|l'avais) remarqu[ée]|"
                    r"je m'en (?:suis|étais) aper[çc]ue?|j'ai remarqu[ée])(?=[.!])"],
                   [r"(?:^|(?<=[.!?]\s))(?:כן,? )?(?:רואים|זה ניכר|מורגש)(?=[.!,])",
                    r"(?:^|(?<=[.!?]\s))(?:כן,? )?(?:שמתי לב|שמתי לזה לב|אני רואה)(?=[.!])"])
# Sparing the company the customer costs it: "then we don't have to explain everything three times", "ça nous
# évitera de perdre une heure", "and then we're the ones who get the blame".
OUR_BURDEN = words(["(?:then|so) we (?:don't|won't) have to (?:explain|repeat|spend)", "we(?:'re| are) the ones who",
                    "hoeven (?:wij|we) (?:\\S+ ){0,2}?niet", "(?:ça|cela) nous (?:évitera|épargnera)",
                    "nous (?:fera|ferait) gagner du temps"],
                   ["(?:ככה|וכך|ואז) (?:לא )?נצטרך להסביר", "ואז אנחנו (?:אלה|אלו) ש"])

# The customer's not knowing yet made the condition of a verdict: "if you still can't tell them apart", "si vous ne
# savez toujours pas", "als u dat nu nog niet weet", "אם אתה עדיין שואל". A weak cue.
IF_STILL = words(["if you (?:still|really still) (?:need|have|don't|do not|can't|cannot|ask|mix|confuse|get)",
                  "if (?:that|this) is still (?:a question|unclear|a mystery)",
                  "si (?:vous|tu) en (?:êtes|es) encore (?:là|à)",
                  "si (?:vous|tu) (?:ne|n') (?:\\S+ )?(?:toujours|encore) pas",
                  "als (?:u|je|jij) (?:dat |dit |het )?(?:nu |nou )?(?:nog steeds|nog altijd|nu nog)"],
                 ["אם (?:אתה|את|אתם) עדיין", "אם עדיין (?:לא )?(?:ברור|יודע|יודעת)"])
# Sent back to something lesser, as the place for the customer: "stick with the paddling pool", "restez au canapé",
# "blijf maar aan de kant", "תישאר על החוף". A weak cue (not "stay on the line", "restez en ligne").
STICK_TO = words(["stick (?:to|with)(?! (?:the |our |your )?(?:route|rules?|plan|limits?|channel|schedule|line|path|"
                  "marked|instructions?|advice|times?|budget|speed))",
                  "(?:better |just )?stay (?:on|at|in) (?:the )?(?:beach|shore|land|home|couch|sofa)",
                  "(?:houd|hou) (?:het )?(?:maar )?bij",
                  "blijf (?:maar )?(?:aan|op) (?:de |het )?(?:kant|wal|strand|bank)",
                  "(?:restez|reste) (?:donc |plutôt )?(?:sur|à|au) (?:la |le )?(?:plage|rivage|terre|maison|canapé|"
                  "quai|bord)", "tenez-vous-en (?:à|au|aux)"],
                 ["תישאר (?:על|ב)(?:החוף|בית|ספה)", "תישארי (?:על|ב)(?:החוף|בית|ספה)", "תיצמד ל", "תיצמדי ל"])
# A final time announced before an answer: "for the very last time", "voor de allerlaatste keer", "pour la dernière
# fois", "בפעם האחרונה". A weak cue.
LAST_TIME = words(["for the (?:very )?last time", "one (?:last|final) time", "and (?:that's|that is|then) (?:really )?"
                   "the (?:last|final)", "(?:en )?(?:dan )?(?:echt )?(?:de|het) laatste(?: keer)?(?=[.!:,])",
                   "voor de (?:allerlaatste|laatste) keer", "(?:pour )?la (?:toute )?derni[èe]re fois(?=[.!:,])",
                   "une (?:toute )?derni[èe]re fois"],
                  ["בפעם האחרונה", "פעם אחרונה(?=[.!:,])"])


# What the customer is sent away to learn first, their speech, reading or listening taken as what they lack: "come
# back when you can string a sentence together", "kom terug als je een zin kunt maken", "revenez quand vous saurez
# faire une phrase", "תחזור כשתדע לכתוב משפט".
COME_BACK_WHEN_ABLE = words(
    ["come back (?:\\S+ ){0,2}?(?:when|once|after) you(?:'ve| have)? (?:can|could|know how to|learn\\w*|"
     "(?:are|'re) able to|manage to) (?:\\S+ ){0,3}?(?:sentences?|read\\w*|writ\\w*|spell\\w*|speak\\w*|"
     "listen\\w*|english|dutch|french|hebrew|language)",
     "kom (?:\\S+ ){0,2}?terug (?:als|wanneer|zodra) (?:je|u) (?:\\S+ ){0,4}?(?:zin(?:nen)?|lezen|schrijven|"
     "spreken|praten|luisteren|nederlands|engels|frans|taal)\\w*",
     "revene[sz] (?:\\S+ ){0,2}?(?:quand|lorsque|une fois que) (?:vous|tu) (?:\\S+ ){0,3}?"
     "(?:phrases?|lire|[ée]crire|parler|[ée]couter|fran[çc]ais|anglais|langue)"],
    ["(?:תחזור|תחזרי|תחזרו|חזור|חזרי) (?:\\S+ ){0,2}?(?:כש|כאשר |אחרי ש)\\S* (?:\\S+ ){0,3}?"
     "(?:משפט|לקרוא|לכתוב|לדבר|להקשיב|עברית|אנגלית)"])
# A piece of advice given the customer in the first person as a comparison, beside their age: "at your age I'd worry
# more about X than Y", "op je leeftijd zou ik me eerder druk maken om X dan om Y", "à votre âge je penserais plutôt à
# X qu'à Y", "בגיל שלך הייתי דואג יותר ל-X מאשר ל-Y".
RATHER_I_WOULD = words(["i(?:'d| would) (?:\\S+ ){0,5}?(?:more|rather|sooner) (?:\\S+ ){0,5}?than",
                        "zou ik (?:\\S+ ){0,6}?(?:eerder|liever|meer) (?:\\S+ ){0,6}?dan",
                        "je (?:\\S+ ){0,3}?\\w+rais (?:\\S+ ){0,4}?plut[ôo]t (?:\\S+ ){0,5}?qu"],
                       ["הייתי (?:\\S+ ){0,5}?(?:יותר|דווקא) (?:\\S+ ){0,5}?מאשר"])
# A reply that opens curtly on its having been said already, with a "maybe" for the customer after it: "I told you
# already. Maybe ...", "Dat heb ik al gezegd. Misschien ...", "Je vous l'ai dit. Peut-être ...", "כבר אמרתי לך. אולי".
MAYBE = words(["maybe", "perhaps", "misschien", "peut-[êe]tre"], ["אולי"])
# Their age or their command of a language beside what they supposedly no longer grasp or cannot grasp: "op uw leeftijd
# snapt u een app niet meer", "at your age you don't get apps any more", "à votre âge on ne comprend plus", "בגיל 82
# כבר לא מבינים אפליקציות"; and "no wonder" said of their language or accent ("with English that bad, no wonder you
# can't follow", "avec votre accent, pas étonnant que ..."). Strong, each in one sentence.
AGE_SAID = words(["at your age", "(?:op|met) (?:uw|je|jouw) leeftijd", "(?:à|a) (?:votre|ton) [âa]ge",
                  "(?:someone|people|those) (?:of )?your age", "(?:iemand|mensen) van (?:uw|je|jouw) leeftijd",
                  "(?:les gens|quelqu'un) de votre [âa]ge"],
                 ["בגיל(?:ך|כם)", "בגיל שלך", "בגיל שלכם", "בגיל \\d+", "בגילאים? (?:כאלה|האלה)"])
NO_LONGER_GRASP = words(["(?:don't|do not|doesn't|does not|can't|cannot) (?:really )?(?:get|understand|follow|manage|"
                         "figure out) (?:\\S+ ){0,4}?(?:any ?more|these days)", "no longer (?:get|understand|follow)",
                         "(?:snapt|snap|snappen|begrijpt|begrijp|begrijpen|volgt|volgen|kunt|kan|kunnen) "
                         "(?:\\S+ ){0,5}?"
                         "niet meer", "ne (?:\\S+ ){0,2}?(?:comprenez|comprend|comprennent|suivez|suit|g[ée]rez) plus"],
                        ["כבר לא (?:מבינ|מסתדר|יודע|מצליח)\\S*", "לא (?:מבינ|מסתדר)\\S* (?:\\S+ ){0,3}?יותר"])
TONGUE = words(["english", "dutch", "french", "hebrew", "accent", "spelling", "grammar", "language", "engels",
                "nederlands", "frans", "hebreeuws", "taal", "grammatica", "anglais", "fran[çc]ais", "n[ée]erlandais",
                "h[ée]breu", "orthographe", "grammaire", "langue"],
               ["עברית", "אנגלית", "צרפתית", "מבטא", "דקדוק", "כתיב", "שפה"])
# That's how numbers, counting or the calendar work, told the customer: "the 22nd comes after the 20th, that's how
# numbers work", "zo werken getallen", "c'est le principe des nombres", "ככה עובדים מספרים". Strong.
BASICS = words(["(?:that's|that is|it's|this is) (?:just )?how (?:numbers|counting|maths|math|arithmetic|the calendar|"
                "dates|days|clocks|time) works?", "(?:basic|simple|elementary) (?:maths|math|arithmetic|counting)",
                "zo werk(?:en|t) (?:getallen|cijfers|tellen|rekenen|de kalender|datums|de klok)",
                "(?:simpel|eenvoudig) rekenwerk", "basisrekenen",
                "c'est (?:le principe|la logique|comme [çc]a que fonctionnent?) (?:des|les|du) (?:nombres|chiffres|"
                "calendrier|dates)", "(?:calcul|arithm[ée]tique) (?:de base|[ée]l[ée]mentaire)"],
               ["ככה (?:עובדים|עובד|עובדת) (?:ה)?(?:מספרים|ספירה|חשבון|לוח השנה|תאריכים|שעון)",
                "חשבון (?:בסיסי|פשוט) של כיתה"])
# Weak cues of condescension, each counted with the others (``guard_rules.abuse``): a spelling lesson ("on écrit
# « bière »", "it's spelled ..."), a task hung on whether they can manage it ("si vous arrivez à passer la commande
# sans fautes"), how often it was answered already ("I've answered this three times now"), a task likened to a
# feat it is not ("it's a tap, not a nuclear reactor"), someone abler sent for ("ask someone who has ever poured a
# beer"), a thing wasted on them, their money's priorities, cutting down their own consumption.
SPELLING_LESSON = words(["(?:it's|it is|that's) (?:spelt|spelled|written)", "(?:spelt|spelled) with",
                         "(?:je )?schrijf (?:je|jij|u) (?:het )?(?:met|als|zo)", "wordt geschreven (?:met|als)",
                         "on [ée]crit [«\"“']", "[çc]a s'[ée]crit", "s'[ée]crit (?:avec|comme)"],
                        ["כותבים (?:\\S+ ){0,2}?(?:עם|ב)[\"׳'־-]?", "נכתב (?:עם|ב)"])
IF_YOU_MANAGE = words(["if you (?:can )?manage (?:to|it)", "if you(?:'re| are) able to",
                       "als (?:het )?(?:je|u|jou) (?:het )?lukt", "si (?:vous|tu) (?:arrivez|arrives|r[ée]ussissez|"
                       "r[ée]ussis|parvenez|parviens) [àa]"],
                      ["אם (?:תצליח|תצליחי|תצליחו)(?: ל| את)"])
WITHOUT_MISTAKES = words(["without (?:any )?(?:spelling )?(?:mistakes|errors|typos)", "zonder (?:spel|taal)?fouten",
                          "sans (?:faire de |aucune )?fautes?"],
                         ["בלי (?:שגיאות|טעויות)(?: כתיב)?"])
ANSWERED_TIMES = words(["(?:i've|i have|we've|we have) (?:already |now )?(?:answered|explained|said|told you) "
                        "(?:this|that|it)(?: to you)? (?:\\S+ )?(?:twice|three times|four times|\\d+ times|"
                        "several times|"
                        "many times|a few times)",
                        "(?:heb ik|ik heb) (?:je |u )?(?:dit|dat|het) (?:nu )?(?:al )?(?:twee|drie|vier|\\d+|meerdere|"
                        "een paar) ?(?:keer|maal) (?:uitgelegd|gezegd|beantwoord|verteld)",
                        "je (?:vous |te )?l'ai (?:d[ée]j[àa] )?(?:dit|expliqu[ée]|r[ée]p[ée]t[ée]) (?:deux|trois|"
                        "quatre|\\d+|plusieurs) fois"],
                       ["(?:כבר )?(?:עניתי|הסברתי|אמרתי)(?: לך)?(?: על זה| את זה)? (?:פעמיים|שלוש פעמים|\\d+ פעמים|"
                        "כמה פעמים)"])
NOT_A_FEAT = words(["(?:it's|it is|this is) (?:just |only )?(?:a|an) \\S+,? not (?:a |an )?(?:rocket|nuclear|"
                    "spaceship|space shuttle|brain surgery)",
                    "(?:it's|it is|this is)n't (?:rocket science|brain surgery)",
                    "not (?:exactly )?rocket science",
                    "(?:het is|is) (?:maar |gewoon )?een \\S+,? geen (?:kern\\w*|raket\\w*|ruimteschip|"
                    "hersenchirurgie)", "geen raketwetenschap",
                    "c'est (?:juste |seulement )?une? \\S+,? pas (?:une? )?(?:fus[ée]e|centrale|r[ée]acteur|navette)",
                    "ce n'est (?:pas|quand m[êe]me pas) (?:sorcier|de la chirurgie)"],
                   ["זה לא (?:מדע טילים|ניתוח מוח|כור גרעיני)"])
ABLER_SOMEONE = words(["ask (?:someone|somebody|a friend) who (?:\\S+ ){0,3}?(?:knows|has ever|has actually|can)",
                       "vraag (?:dan |maar )?(?:iemand|een vriend) die (?:\\S+ ){0,3}?(?:wel|weet|kan|ooit)",
                       "demandez (?:donc |alors )?[àa] quelqu'un qui (?:\\S+ ){0,3}?"
                       "(?:sait|a d[ée]j[àa]|s'y conna[îi]t)"],
                      ["(?:תבקש|תבקשי|בקש|בקשי|תשאל|תשאלי)(?: \\S+)? (?:ממישהו|מחבר) ש(?:יודע|מבין|כבר|פעם)"])
WASTED_ON_YOU = words(["wasted on you", "(?:is|zijn) aan (?:jou|u|je) niet besteed", "(?:du )?g[âa]ch[ée]s? (?:pour|"
                       "avec) vous", "gaspill[ée]e?s? (?:pour|avec) vous"],
                      ["חבל (?:עליך|לבזבז עליך)"])
YOUR_PRIORITIES = words(["(?:shouldn't|should not|isn't|is not|not) (?:be )?(?:your|the) (?:top |first )?priority",
                         "(?:is|are) (?:\\S+ ){0,3}?too (?:much|expensive|dear) for you",
                         "(?:geen|niet de|niet je|niet uw) (?:eerste )?prioriteit", "te duur (?:is )?voor (?:je|u)",
                         "(?:ne devrait|ne doit|n'est) (?:pas|plus) (?:\\S+ )?(?:votre|la) priorit[ée]",
                         "trop cher pour vous"],
                        ["לא (?:צריך|אמור|אמורה|צריכה) להיות (?:ה)?(?:עדיפות|בראש סדר העדיפויות)",
                         "יקר (?:מדי )?בשבילך"])
CUT_DOWN = words(["(?:cut(?:ting)?|scal(?:e|ing)) (?:down|back)", "drink(?:ing)? less",
                  "(?:na)?denken over minderen", "minder (?:te )?drinken", "(?:penser|r[ée]fl[ée]chir) [àa] "
                  "(?:r[ée]duire|diminuer|lever le pied)", "boire moins"],
                 ["(?:לחשוב על |כדאי )?(?:להפחית|לצמצם|לשתות פחות)"])
# (and what they spend hung on an "if" of its being too dear for them, "if €34.50 a month for beer is too much"; and
# reading it slowly, "try reading it slowly this time", "lees het nog eens langzaam", "lisez-le lentement", "תקרא לאט")
IF_TOO_DEAR = words(["if (?:\\S+ ){0,8}?(?:is|are|seems) (?:already )?too (?:much|expensive|dear)",
                     "als (?:\\S+ ){0,8}?(?:al )?te (?:veel|duur) is",
                     "si (?:\\S+ ){0,8}?(?:c'est|est) (?:d[ée]j[àa] )?trop"],
                    ["אם (?:\\S+ ){0,8}?(?:יקר (?:לך |לכם )?מדי|יותר מדי בשבילך)"])
READ_SLOWLY = words(["read(?:ing)? (?:it|this|that|the \\S+) (?:\\S+ ){0,2}?slowly",
                     "lees (?:het|dit|dat) (?:\\S+ ){0,3}?"
                     "langzaam", "lis(?:ez|ons)(?:-le)? (?:\\S+ ){0,2}?lentement"],
                    ["(?:תקרא|תקראי|תקראו|קרא|קראי) (?:את זה |שוב )?לאט"])


# -- a verdict on the customer in the general words of contempt (written from no batch) ---------------------------
# What a rude reply says in any trade: the customer called a thing of the mind or the character ("you're obviously too
# stupid to", "vous êtes vraiment stupide", "u bent echt de lastigste klant"), told to use their head, their complaint
# of interest to no one, people like them a burden, time wasted on one who cannot even plug in a cable, a sneer at their
# grief. Each is a whole construction, not a word: "a stupid mistake on our side", "nobody should have to wait this
# long", "customers like you deserve better" and "it's difficult to reach" stay polite.
_YOU_ARE = (r"(?:you(?:'re| are)|are you|you (?:seem|sound|must be)|u bent|bent u|je bent|jij bent|ben je|u lijkt|"
            r"vous [êe]tes|[êe]tes-vous|vous semblez|t'es|tu es)")
_FILLER = (r"(?: (?:really|so|such an?|just|completely|totally|obviously|clearly|truly|genuinely|quite|rather|pretty|"
           r"a bit|a little|very|simply|honestly|seriously|too|way too|the most|echt|zo|zo'n|gewoon|helemaal|"
           r"duidelijk|wel|erg|heel|te|veel te|een beetje|nogal|behoorlijk|vraiment|tellement|compl[èe]tement|"
           r"franchement|clairement|visiblement|trop|bien|un peu|assez|si|un|une|een|an?))*")
_TRAITS = (r"(?:stupid|dumb|idiotic|an idiot|a moron|moronic|clueless|incompetent|brainless|ignorant|senile|"
           r"insufferable|unbearable|childish|a nuisance|a pest|a burden|a pain|dom|dommer|stom|onnozel|achterlijk|"
           r"dwaas|kinderachtig|seniel|een zeur(?:piet)?|een last|stupide|idiote?|b[êe]te|d[ée]bile|demeur[ée]e?|"
           r"incomp[ée]tente?|ignorante?|s[ée]nile|pu[ée]rile?|insupportable|un boulet|une plaie)")
# (traits that are also said of a thing or a task only when nothing says what for: "lastig te bereiken")
_SOFT_TRAITS = (r"(?:annoying|irritating|difficult|impossible|hopeless|useless|lazy|slow|lastig|vervelend|irritant|"
                r"hopeloos|lui|traag|moeilijk|p[ée]nible|agaçante?|paresseu(?:x|se)|lente?|lourde?)")
YOU_ARE_TRAIT = re.compile(
    rf"\b{_YOU_ARE}\b{_FILLER} {_TRAITS}\b|\b{_YOU_ARE}\b{_FILLER} {_SOFT_TRAITS}\b(?! (?:to|te|à|a|om|pour|for|"
    r"voor|with|met|avec|bereikbaar|gevallen)\b)", re.IGNORECASE)
YOU_ARE_TRAIT_HE = re.compile(
    rf"(?<![{HE_LETTER}])(?:אתה|את|אתם|אתן)(?: (?:כזה|כזאת|ממש|פשוט|באמת|סתם|די|קצת|ממש כזה|הכי))* "
    rf"(?:טיפש|טיפשה|מטומטם|מטומטמת|אידיוט|אידיוטית|דביל|דבילית|ילדותי|ילדותית|סנילי|סנילית|נודניק|נודניקית|"
    rf"בלתי נסבל|בלתי נסבלת|מעצבן|מעצבנת|איטי|איטית|עצלן|עצלנית|חסר תועלת|חסרת תועלת|חסר תקנה|חסרת תקנה)"
    rf"(?![{HE_LETTER}])")
PERSON_VERDICT = words(
    [  # the worst of the day: "the most annoying customer I've had", "de lastigste klant", "le client le plus pénible"
     "(?:the|my) (?:most|worst|single most) (?:annoying|difficult|irritating|stupid|clueless|demanding|exhausting|"
     "unpleasant|tiresome) (?:customer|caller|client|person)(?![ -](?:journey|experience|service|support|care|case|"
     "question|situation|issue|file|problem))", "(?:the|my) worst (?:customer|caller|client)(?![ -]\\w)",
     "de (?:lastigste|vervelendste|irritantste|domste|moeilijkste|zeurderigste|vermoeiendste) (?:klant|beller)",
     "(?:le|la) (?:client|cliente|personne) (?:le|la) plus (?:p[ée]nible|difficile|agaçante?|insupportable|b[êe]te|"
     "stupide|lourde?)",
     # use your head: "use your brain", "half a brain", "gebruik uw verstand", "servez-vous de votre tête"
     "(?:use|try using|engage) your (?:head|brain|brains|common sense|eyes)(?: (?:for once|a bit|a little))?",
     "half a brain", "(?:an? )?(?:ounce|shred|bit|little) of (?:common sense|brains?|intelligence)",
     "(?:gebruik|gebruikt|gebruiken) (?:uw|je|jouw) (?:hersens|hersenen|verstand|kop|hoofd|ogen)",
     "een (?:beetje|greintje|sprankje) (?:verstand|hersens|nadenken)",
     "(?:servez-vous|sers-toi) de (?:votre|ta) (?:t[êe]te|cervelle|cerveau|bon sens)",
     "(?:utilisez|utilise|faites marcher|fais marcher) (?:votre|ta) (?:t[êe]te|cervelle|cerveau|bon sens|jugeote)",
     "(?:un minimum|un peu|une once) de (?:jugeote|bon sens|cervelle|cerveau)",
     # their complaint of interest to no one
     "(?:nobody|no one|no-one) (?:really )?(?:cares|is interested|gives a \\w+) (?:about|in) (?:your|you)"
     "(?! more| as much)",
     "niemand (?:zit|wacht) (?:\\S+ ){0,2}?(?:op|te wachten op) (?:uw|je|jouw)",
     "niemand (?:is geïnteresseerd in|interesseert zich voor|geeft om) (?:uw|je|jouw)",
     "(?:uw|je|jouw) (?:klacht|verhaal|probleem|mening) (?:interesseert|boeit) (?:niemand|ons niet|me niet)",
     "personne ne s'(?:int[ée]resse|soucie) (?:à|de) (?:votre|vos|ta|tes)",
     "(?:votre|ta) (?:plainte|histoire|avis) n'int[ée]resse personne",
     # time wasted on one who cannot even manage the least: "someone who can't even plug in a cable"
     "(?:waste|wasting) my time (?:on|with) (?:someone|somebody|people|a person|you)",
     "(?:mijn|m'n) tijd (?:niet )?(?:verspillen|verdoen) aan (?:iemand|mensen|u|jou)",
     "perdre mon temps (?:avec|pour) (?:quelqu'un|des gens|vous|toi)",
     "(?:someone|somebody|people|anyone|a person) who (?:can't|cannot|couldn't|doesn't know how to|don't know how to)"
     " (?:even|so much as)",
     "(?:iemand|mensen) die (?:\\S+ )?(?:niet eens|zelfs geen)",
     "(?:quelqu'un|des gens) qui ne (?:sait|savent|peut|peuvent) m[êe]me pas",
     # people like them a burden: "customers like you make this job miserable", "you people"
     "(?:customers|people|clients|callers|folks) like you (?:always|never|keep|think you)\\b", "you people",
     "(?:customers|people|clients|callers|folks) like you (?:are|make) (?:\\S+ ){0,3}?(?:a nightmare|the problem|"
     "impossible|miserable|unbearable|exhausting|a pain|hell|hard work)",
     "(?:klanten|mensen|bellers) (?:zoals|als) (?:u|jij|jou) (?:zeuren|klagen|denken altijd|altijd|nooit)\\b",
     "(?:klanten|mensen|bellers) (?:zoals|als) (?:u|jij|jou) (?:zijn|maken) (?:\\S+ ){0,3}?(?:een nachtmerrie|het "
     "probleem|onmogelijk|ondraaglijk|ondragelijk|slopend|een ramp|een hel|zwaar)",
     "(?:des |les |ces )?(?:clients|gens|personnes) comme vous (?:qui )?(?:r[âa]lent|se plaignent|pensent toujours|"
     "toujours|jamais)\\b",
     "(?:des |les |ces )?(?:clients|gens|personnes) comme vous (?:qui )?(?:sont|rendent|font) (?:\\S+ ){0,3}?"
     "(?:un cauchemar|le probl[èe]me|impossibles?|insupportables?|p[ée]nibles?|[ée]puisants?|l'enfer)",
     "vous autres",
     # their attention blamed: "if you had paid attention", "als u een beetje had opgelet", "si vous aviez fait
     # attention"
     "(?:if you(?:'d| had)|had you) (?:\\S+ ){0,2}?paid (?:more |any )?attention",
     "als (?:u|je|jij) (?:\\S+ ){0,3}?(?:had|beter had|wat beter had) (?:op(?:ge)?let|opgelet)",
     "si (?:vous aviez|tu avais) (?:\\S+ ){0,2}?fait attention", "apprenez (?:d'abord )?à lire", "apprends à lire",
     # a sneer at their grief or their mistake
     "cry me a river", "boo-?hoo", "(?:that's|this is) what happens when you (?:don't|do not|can't|never)",
     "dat (?:krijg|heb) (?:je|u) ervan als (?:je|u)", "(?:voilà|c'est) ce qui arrive quand (?:on|vous) ne",
     "(?:or )?is (?:reading|listening|that) (?:also |even )?too (?:hard|difficult|much)",
     "of is (?:lezen|luisteren|dat) (?:ook )?(?:al )?te (?:moeilijk|veel)",
     "(?:ou )?(?:lire|[ée]couter) (?:c'est|est) (?:aussi |d[ée]j[àa] )?trop (?:dur|difficile|compliqu[ée])",
     # a grandchild to explain it to them slowly: "get your grandson to explain it to you slowly" (not a slow
     # explanation offered: "I'll explain it to you slowly, step by step")
     "(?:grandson|granddaughter|grandchild|grandkids?|kleinzoon|kleindochter|kleinkind\\w*|petit-fils|petite-fille|"
     "petits-enfants)\\S* (?:\\S+ ){0,6}?(?:l')?(?:explain|uitleggen|uit te leggen|legt|expliquer|explique)\\S* "
     "(?:\\S+ ){0,4}?(?:slowly|langzaam|lentement)"],
    ["(?:ה)?(?:לקוח|לקוחה) (?:ה)?(?:הכי|הכי הכי) (?:מעצבן|מעצבנת|קשה|מתיש|מתישה|טיפש|טיפשה|גרוע|גרועה|נודניק|נודניקית)",
     "(?:תשתמש|תשתמשי|תפעיל|תפעילי|תשתמשו|תפעילו) (?:קצת |לפחות פעם אחת |פעם אחת )?(?:ב|את )?(?:ה)?(?:ראש|שכל|מוח)",
     "קצת שכל", "טיפת שכל", "(?:לאף אחד|לאיש) לא אכפת (?:מ|על |מה)?(?:ה)?\\S*(?:שלך|שלכם)",
     "(?:לאף אחד|לאיש) לא אכפת מ(?:ה)?(?:תלונה|בעיה|סיפור)", "אף אחד לא מתעניין ב\\S*",
     "לבזבז את הזמן שלי על", "(?:מישהו|מישהי|אנשים) (?:ש)?(?:לא|לא יודע|לא יודעת|לא יודעים) (?:\\S+ )?אפילו",
     "(?:לקוחות|אנשים) (?:כמוך|כמוכם|כמותך) (?:תמיד|אף פעם|מתלוננים)",
     "(?:לקוחות|אנשים) (?:כמוך|כמוכם|כמותך) (?:הופכים|הם|עושים) (?:\\S+ ){0,4}?(?:ה|ל)?(?:סיוט|גיהנום|בלתי נסבל\\S*|"
     "מתיש\\S*|הבעיה)",
     "אם (?:היית|הייתה|הייתם) (?:\\S+ ){0,2}?(?:שם לב|שמה לב|שמים לב|מקשיב|מקשיבה|קורא|קוראת) "
     "(?:\\S+ )?(?:זה|הבעיה) לא",
     "די להתבכיין", "תפסיק להתבכיין", "תפסיקי להתבכיין", "זה מה שקורה כש(?:לא|אתה לא|את לא)",
     "(?:נכד|נכדה|נכדים|נכדך|נכדתך)\\S* (?:\\S+ ){0,6}?(?:להסביר|יסביר|תסביר|שיסביר|שתסביר)\\S* (?:\\S+ ){0,4}?לאט"])
