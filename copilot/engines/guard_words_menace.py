"""The words of a draft that belittles or threatens without one rude word, in Dutch, English, French and Hebrew:
the customer measured against a child or a grandmother, puzzlement at what the customer can be doing wrong, a dare
with what follows it, a complaint or a customer remembered, listed or left to wait.

Each is what contempt says and kindness does not: "even our youngest riders manage" is not here, "a child of eight
finds this in ten seconds" is; "go ahead" is a dare only beside what it costs ("go ahead, see how far that gets you").
No Qt here.
"""

from __future__ import annotations

import re

from copilot.engines.guard_lexicon import words

# The customer measured against a child or an old person who would manage: "een kind van acht vindt dit in tien
# seconden", "a grandmother could manage this app", "גם ילד בכיתה ב' היה מוצא את זה". Not when the product is
# described ("the app is so simple that even a child can top up"): see ``DESIGNED``.
CHILD_COULD = words(
    ["even (?:a|my|your) (?:\\w+ )?(?:child|kid|toddler|baby|nephew|niece|son|daughter|neighbou?r's kid|"
     "(?:\\w+[- ])?year[- ]old|grandm\\w+|granny|gran|grandad|grandpa)",
     "(?:a|my) (?:\\w+[- ]year[- ]old |small |little )?(?:child|kid|toddler|grandm\\w+|granny|gran|grandad|grandpa|"
     "son|daughter|nephew|niece|grandson|granddaughter)"
     # a child measured by age or by school year: "a kid of six", "a child in year 2", "een kind uit groep 3",
     # "un enfant de CE1", "ילד בכיתה א'"
     "(?: (?:of|in) (?:year |grade |class )?(?:\\w+|\\d+))? (?:could|can|would|manages?|finds?|gets?|understands?|"
     # or did, in the past: "my nephew of four got this first time", "mijn neefje van vier kreeg het voor elkaar"
     "managed|found|got|understood|did|figured|worked)",
     "zelfs (?:een|mijn|uw|je) (?:\\S+ )?(?:kind|kleuter|peuter|oma|opa|baby|buurjongen|buurmeisje|neefje|nichtje|"
     "zoontje|dochtertje|zoon|dochter)",
     "(?:een|mijn) (?:kind|kleuter|oma|opa|zoon|zoontje|dochter|dochtertje|neefje|nichtje|kleinzoon|kleindochter) "
     "(?:van|uit) (?:groep )?(?:\\w+|\\d+)(?: jaar)? (?:vindt|"
     # Dutch puts the verb second, whatever it is: "een kind van zes vult dit in", "kreeg het voor elkaar"
     "kan|\\w+t|kreeg|vond|deed|kon|wist|begreep|snapte|\\w+(?:de|te))(?!\\w)",
     "m[êe]me (?:un|mon|ma|votre) (?:\\S+ )?(?:enfant|gamin|gosse|b[ée]b[ée]|grand-m[èe]re|grand-p[èe]re|mamie|papy|"
     "neveu|ni[èe]ce|fils|fille)",
     "(?:un|mon|ma) (?:enfant|gamin|fils|fille|neveu|ni[èe]ce|petite?-(?:fils|fille)) (?:de|en) (?:\\w+|\\d+)"
     "(?: ans)? (?:le |la |l')?(?:trouve|trouverait|peut|pourrait|"
     "saurait|sait|comprend|comprendrait|y arrive|y est arriv[ée]e?|a (?:trouv[ée]|compris|r[ée]ussi))",
     # the speaker's own children, several of them: "even my nephews of eight manage", "zelfs mijn neefjes van acht
     # snappen het", "même mes neveux de 8 ans s'en sortent"
     "even (?:my|our) (?:\\S+ )?(?:kids|children|nephews|nieces|grandchildren|grandkids|sons|daughters)",
     "(?:my|our) (?:\\w+[- ]year[- ]old )?(?:kids|children|nephews|nieces|grandchildren|grandkids)"
     "(?: (?:of|aged) (?:\\w+|\\d+))? (?:could|can|manage|managed|find|found|get|got|understand|understood|did|"
     "figured)",
     "zelfs (?:mijn|onze) (?:\\S+ )?(?:kinderen|kleuters|neefjes|nichtjes|kleinkinderen|zoons|dochters)",
     "(?:mijn|onze) (?:kinderen|neefjes|nichtjes|kleinkinderen) (?:van|uit) (?:groep )?(?:\\w+|\\d+)(?: jaar)? "
     "(?:vinden|kunnen|snappen|snapten|begrijpen|redden|konden|vonden|deden|kregen)(?!\\w)",
     "m[êe]me (?:mes|nos) (?:\\S+ )?(?:enfants|gamins|gosses|neveux|ni[èe]ces|petits-enfants|fils|filles)",
     "(?:mes|nos) (?:enfants|neveux|ni[èe]ces|petits-enfants) (?:de|en) (?:\\w+|\\d+)(?: ans)? (?:y arrivent|"
     "s'en sortent|trouvent|comprennent|r[ée]ussissent|savent|y sont arriv[ée]s|ont (?:trouv[ée]|compris|r[ée]ussi))"],
    ["(?:אפילו|גם) (?:ה)?(?:ילד|ילדה|תינוק|סבתא|סבא|הנכד|הנכדה|האחיין)", "ילד בכיתה",
     "(?:אפילו|גם) (?:הבן|הבת|הנכד|הנכדה|האחיין|האחיינית) (?:שלי|שלנו)",
     "(?:אפילו|גם) (?:הילדים|הנכדים|האחיינים|האחייניות|הבנים|הבנות) (?:\\S+ )?(?:שלי|שלנו)",
     "(?:ילד|ילדה|הבן שלי|הבת שלי|בני|בתי|הנכד שלי|הנכדה שלי)"
     " (?:בן|בת) (?:\\S+) (?:היה|הייתה|מוצא|מוצאת|מבין|מבינה|מצליח|מצליחה|יודע|יודעת|הצליח|הצליחה|מצא|מצאה|"
     "הבין|הבינה)"])
# The product described, not the customer measured: "so simple that even a child can", "zo eenvoudig dat".
DESIGNED = words(["so (?:simple|easy)(?: to use)? that", "designed so", "built so", "zo (?:eenvoudig|simpel|makkelijk) "
                  "dat", "si (?:simple|facile) que", "con[çc]u(?:e)? pour que"], ["כל כך (?:פשוט|קל)ה? ש"])
# Puzzlement at what the customer can be doing: "not sure what the problem is on your end", "ik weet niet wat jij aan
# het doen bent", "I'm not sure how much simpler we can make it for you".
PUZZLED = words(
    ["(?:not sure|no idea|don't know|do not know|can't see|cannot see) what (?:the|your) problem is",
     "what the problem is on your (?:end|side)", "(?:not sure|no idea|don't know) what you(?:'re| are) (?:even )?doing",
     "how much (?:simpler|easier|clearer) (?:we|i) can make (?:it|this)",
     "(?:weet|snap|begrijp) (?:\\S+ ){0,2}?niet (?:wat|waar|hoe) (?:jij|u|je) (?:\\S+ ){0,3}?(?:aan het doen|"
     "op vastloopt|vastloopt|mis doet|fout doet|uitspookt)", "hoe (?:ik|we) het (?:nog )?(?:simpeler|makkelijker|"
     "eenvoudiger) (?:kunnen|kan) maken",
     "(?:je ne sais|on ne sait) pas ce que (?:vous|tu) (?:faites|fais|fabriquez|fabriques)",
     "(?:vous|te|l')(?:l')?expliquer (?:\\S+ ){0,2}?(?:tr[èe]s|tout) lentement",
     "comment (?:le )?rendre (?:plus simple|encore plus simple)"],
    ["(?:לא יודע|לא יודעת|לא מבין|לא מבינה) מה (?:אתה|את) (?:עושה|עושים)", "מה הבעיה אצלך"])
# What a dare is made with: "go ahead", "doe maar", "allez-y", "נסה ותראה". Kind on its own ("go ahead, I'm listening").
DARE = words(["go ahead", "go on(?: then)?(?=[,.!])", "(?:just )?try it", "try me", "be my guest",
              "keep (?:that|this|it) up", "doe maar",
              "ga (?:je|uw) gang", "(?:dien|doe) (?:\\S+ ){0,2}?maar", "probeer het maar", "allez-y",
              "essayez (?:donc|pour voir|seulement)", "faites donc", "vas-y",
              "als (?:je|u|jij) zo (?:doet|praat|blijft doen)", "if you (?:act|talk) like (?:this|that)",
              "si vous (?:faites|parlez) comme [çc]a", "si [çc]a vous chante", "(?:post|publish|write) (?:\\S+ ){0,2}?"
              "(?:whatever|what|if) you (?:like|want|wish)", "(?:post|schrijf|publiceer|zet) (?:\\S+ ){0,3}?(?:maar )?"
              "wat (?:je|u) wil(?:t)?",
              # leave to do it, said to one who threatens: "dat staat u vrij", "libre à vous", "publiez ce que vous
              # voulez"
              "(?:dat )?staat (?:u|je|jou) (?:helemaal )?vrij",
              "(?:that's|that is) (?:entirely )?your (?:right|call)(?=[,.!])",
              "libre à vous", "(?:faites|fais) comme (?:vous voulez|tu veux|bon vous semble)",
              "do (?:as|what(?:ever)?) you (?:like|please|want|wish)(?=[,.!])", "doe (?:wat|zoals) (?:je|u) "
              "(?:wil|wilt)(?=[,.!])",
              "(?:publiez|postez|[ée]crivez|mettez|dites) (?:\\S+ ){0,2}?(?:ce que|tout ce que) vous "
              "(?:voulez|souhaitez)"],
             ["תכתוב(?=[.!,])", "(?:תעלה|תעלי|תפרסם|תפרסמי|תכתבי)(?=[.!,])", "זכותך(?=[.!,])",
              "נסה ותראה", "(?:תעשה|תעשי|תעשו) מה ש(?:אתה רוצה|את רוצה|בא לך|מתחשק לך)",
              "נסי ותראי", "תנסה", "תגיש", "תגישי", "בבקשה, תגיש",
              "(?:תפרסם|תפרסמי|תכתוב|תכתבי) (?:את )?מה ש(?:בא|מתחשק) לך",
              "(?:תפרסם|תפרסמי|תכתוב|תכתבי|תעלה|תעלי) (?:את )?מה ש(?:אתה רוצה|את רוצה|תרצה|תרצי)"])
# What a customer who crosses us is promised, always a menace: remembered, listed, never given a place, left at the
# bottom of the pile, "we'll see how far that gets you".
MENACE = words(
    ["(?:we'll|we will|let's) see how far (?:that|this|it) gets you", "see how (?:quickly|fast|long) (?:your|you) "
     "(?:\\S+ ){0,3}?(?:gets?|get|is|are) (?:approved|handled|answered|processed|looked at)",
     "(?:find|put|get) (?:their|your) names? on a list", "(?:people|customers|students|clients|those|anyone) who "
     "(?:\\S+ ){1,4}?(?:tend to )?(?:find|end up with) (?:their names?|themselves|their (?:complaints?|cases?|tickets?|"
     "requests?)) (?:on a list|sitting|at the bottom|waiting|in the queue|left)",
     "never (?:be )?(?:a )?(?:place|room|spot|seat) for them",
     "make sure (?:that )?you never (?:get|see|find|have) (?:a|another|any) (?:place|spot|seat|booking|answer)",
     "voor dat (?:je|u|jij) (?:\\S+ ){0,3}?(?:nergens|bij geen enkele \\w+|nooit) meer",
     "(?:dan )?(?:zullen we|we zullen) (?:eens )?zien hoe "
     "ver (?:je|u) (?:daarmee|daar mee) komt", "kijken hoe ver (?:je|u) (?:daarmee|daar) komt",
     "on verra (?:bien )?jusqu'o[ùu] (?:[çc]a|cela) (?:vous|te) m[èe]ne", "(?:ceux|les clients|les gens) qui "
     "(?:\\S+ ){1,4}?on s'en souvient", "plus jamais de place pour (?:eux|vous|toi)",
     "(?:trouverez|aurez) plus jamais de place",
     # the customer marked or warned off for what they said: "your name is now flagged", "don't expect to get on a
     # coach again", "les clients qui dénigrent ... reçoivent une mise en demeure", "je naam staat nu op een lijst"
     "(?:your name|your account|you)(?: is| are|'re)? (?:now )?(?:flagged|blacklisted|on (?:a|our) (?:black)?list)",
     "don't expect (?:\\S+ ){0,6}?(?:again|anytime soon)", "(?:je|uw) (?:naam|account) (?:staat|is) (?:nu )?(?:\\S+ )?"
     "(?:gemarkeerd|geblokkeerd|op (?:een|onze) (?:zwarte )?lijst)", "reken (?:er )?(?:maar )?niet op dat (?:je|u) "
     "(?:\\S+ ){0,5}?(?:nog|ooit) (?:weer|nog)", "mise en demeure", "(?:votre nom|vous) (?:est|êtes) (?:d[ée]sormais |"
     "maintenant )?(?:signal[ée]e?|fich[ée]e?|sur (?:une|notre) liste)",
     "ne (?:vous )?(?:attendez|comptez) pas (?:\\S+ ){0,6}?(?:de nouveau|à nouveau|plus jamais)",
     # warned off picking a fight: "you don't want to start with us", "begin daar niet aan met ons"
     "(?:you )?(?:don't|do not|wouldn't|would not) want to (?:start|mess|pick a fight|tangle|get into it) with us",
     "(?:je|u) (?:wilt|wil) (?:echt )?niet met ons (?:beginnen|in de clinch|de strijd aan|ruziemaken)",
     "(?:vous ne voulez|tu ne veux) pas (?:vous |te )?(?:frotter|commencer|vous battre|chercher des ennuis) "
     "(?:à|avec) nous",
     # where the customer lives, brought to mind: "we know where you live", "nous savons où vous habitez"
     "(?:we|i) (?:know|have) where you live", "(?:we|wij|ik) (?:weten|weet) (?:heus |best |ook )?waar (?:je|u|jij) "
     "(?:woont|wonen)", "(?:on sait|nous savons|je sais) (?:tr[èe]s bien |bien )?o[ùu] (?:vous habitez|tu habites)",
     # (or where the customer's child or family is, sleeps or is dropped off, brought to mind: "just remember we know
     # which room your daughter is in", "bedenk wel dat we precies weten waar je zoon slaapt", "rappelez-vous que nous
     # savons où votre fille dort"; not told as an answer: "we know which cabin your son is in: cabin 4")
     "(?:remember|bear in mind|keep in mind|forget) (?:\\S+ ){0,3}?(?:we|i) (?:\\S+ )?know (?:\\S+ )?"
     "(?:which|where|when|what time) (?:\\S+ ){0,6}?your (?:son|daughter|child|children|kids?|family|wife|husband|"
     "partner|mother|father)", "(?:bedenk|vergeet niet|onthoud|denk eraan|denk erom) "
     "(?:\\S+ ){0,3}?(?:we|wij|ik) (?:\\S+ ){0,2}?(?:weten|weet) (?:\\S+ )?(?:in |op |om )?"
     "(?:welk\\w*|waar|wanneer|hoe laat) (?:\\S+ ){0,6}?(?:uw|je|jouw) (?:zoon|dochter|kind\\w*|gezin|vrouw|man|"
     "partner|moeder|vader)", "(?:rappelez-vous|souvenez-vous|n'oubliez pas|rappelle-toi|souviens-toi) (?:\\S+ ){0,3}?"
     "(?:on sait|nous savons|je sais) (?:\\S+ )?(?:à |dans |par )?(?:quel\\w*|o[ùu]|quand) (?:\\S+ ){0,6}?"
     "(?:votre|vos|ton|ta|tes) (?:fils|fille|enfants?|famille|femme|mari|m[èe]re|p[èe]re)"],
    ["נראה לאן זה (?:יביא|יוביל) אותך",
     "לא כדאי (?:לך|לכם) (?:להתחיל|להתעסק|להסתבך|לריב) (?:איתנו|אתנו)", "(?:אנשים|לקוחות|תלמידים) כאלה אנחנו זוכרים",
     "(?:את )?מי ש\\S+ (?:\\S+ ){0,3}?אנחנו זוכרים", "אין לו מקום", "אין להם מקום",
     "אדאג (?:אישית )?שלא (?:תקבל|יהיה לך|תמצא) מקום", "(?:השם שלך|שמך) (?:\\S+ )?(?:מסומן|ברשימה)",
     "אל (?:תצפה|תצפי) (?:\\S+ ){0,6}?(?:שוב|יותר|בקרוב)", "(?:אנחנו )?יודעים איפה (?:אתה גר|את גרה|אתם גרים)",
     "אני יודע(?:ת)? איפה (?:אתה גר|את גרה)",
     "(?:תזכור|תזכרי|תזכרו|זכור|זכרי|תשכח|תשכחי) (?:\\S+ ){0,3}?(?:יודעים|יודע|יודעת) (?:\\S+ )?"
     "(?:איפה|באיזה|באיזו|מתי|איזה|איזו|באיזו שעה) (?:\\S+ ){0,6}?"
     "(?:הבן|הבת|הילד|הילדה|הילדים|המשפחה|אשתך|בעלך|הבנות|אמא|אבא|אמך|אביך)"])
# A case left to wait, the price a dare names: "dien maar een klacht in, die komt onderaan de stapel".
LEFT_WAITING = words(
    ["(?:bottom|back) of the (?:pile|queue|list)",
     "(?:wait\\w*|sitting|left|stuck) (?:\\S+ ){0,4}?(?:for )?(?:a )?(?:very,? )*long time",
     "(?:the )?last (?:one|case|claim|complaint|file|ticket) (?:anyone|we|i|someone|they) (?:\\S+ )?(?:looks?|"
     "handles?|touch\\w*|opens?)", "onderaan de (?:stapel|lijst)", "achteraan (?:de|in de) (?:rij|wachtrij)",
     "als (?:allerlaatste|laatste) (?:behandeld|bekeken|opgepakt)", "(?:heel )?lang (?:\\S+ )?(?:wachten|liggen)",
     "(?:en|tout en) bas de la pile", "(?:trait[ée]e?|regard[ée]e?) en (?:tout )?dernier",
     "attend\\w* (?:\\S+ ){0,2}?(?:tr[èe]s,? )*longtemps",
     "zien we wel hoe lang (?:je|u) (?:wacht|moet wachten)",
     # how long the customer's next order takes, after the dare: "see how quickly your prescriptions arrive after
     # that", "on verra combien de temps vos commandes mettront à arriver", "נראה כמה זמן ייקח להזמנות שלך"
     "see how (?:quickly|fast|long|soon) (?:your|you)", "(?:zien|kijken)(?: we)?(?: dan)?(?: wel)? hoe (?:snel|lang) "
     "(?:je|jouw|uw|u)", "(?:on|nous) verr(?:a|ons) (?:bien )?(?:combien de temps|[àa] quelle vitesse|si vite)"],
    ["(?:ל|ב)?תחתית (?:ה)?(?:ערימה|רשימה|תור)", "נראה כמה (?:זמן|מהר)",
     "(?:ת|י)חכה (?:\\S+ ){0,2}?זמן", "מחכים (?:הרבה ){1,3}זמן", "לחכות (?:\\S+ ){0,3}?זמן"])

# Small sneers, each kind enough alone, two together talking down: "let's try this once more, shall we?", "bless",
# "in quite short words", "misschien kan iemand u voortaan helpen met dit soort dingen", "עוד פעם את", "if even that is
# too much", "maybe this just isn't for you", "ça nous évitera ce genre de conversation", "think carefully before".
SNIDE = words(
    ["(?:once more|one more time|again),? shall we", "bless(?=[.!])", "in (?:quite |very |nice |really )?(?:short|"
     "simple|plain|small) words", "(?:maybe|perhaps) (?:someone|somebody) (?:\\S+ ){0,4}?(?:could|can) help you",
     "if even (?:that|this) is too", "(?:just|simply) (?:isn't|is not|not) for you", "spare us (?:\\S+ ){0,2}?"
     "(?:conversation|call|chat)s?", "think (?:very |really |long and hard |twice )?(?:carefully )?before",
     "tja(?=[,.!])", "in gewone (?:\\S+ )?(?:zinnen|woorden|taal)", "misschien kan iemand (?:\\S+ ){0,4}?(?:u|je) "
     "(?:\\S+ ){0,3}?helpen", "als (?:zelfs|ook) dat (?:al )?te", "(?:gewoon )?niets voor (?:u|jou) is",
     "bespaart ons (?:\\S+ ){0,2}?(?:gesprek|gesprekken|telefoontje)", "(?:goed )?nadenken voordat",
     "quelqu'un (?:\\S+ ){0,4}?(?:pourrait|peut) vous aider", "si m[êe]me (?:[çc]a|cela) (?:c'est|est) trop",
     "(?:tout )?simplement pas pour vous", "(?:nous )?[ée]vitera (?:\\S+ ){0,2}?genre de", "r[ée]fl[ée]chi\\w* "
     "(?:\\S+ ){0,2}?avant de", "avant de cliquer",
     # "believe it or not, the calendar", "this may be a lot at once", "met wat geduld lukt het zelfs u"
     # reading offered as a tip: "try reading the page, it helps", "essayez de lire la page, ça aide"
     "(?:try|trying) (?:\\S+ )?(?:reading|to read|looking|to look) (?:\\S+ ){0,4}?(?:it|that) "
     "helps", "(?:probeer|probeert) (?:\\S+ ){0,4}?(?:te )?(?:lezen|kijken)(?:,| en) (?:dat|het) helpt",
     "essay(?:ez|er) de (?:lire|regarder) (?:\\S+ ){0,4}?(?:[çc]a|cela) aide",
     "believe it or not", "geloof het of niet", "croyez-le ou non", "(?:this|that|it) (?:may|might|could) be a lot "
     "(?:at once|to take in)", "zelfs (?:u|jij) (?:wel )?(?:lukken|lukt)", "(?:moet|zal) het zelfs (?:u|jou) lukken",
     "(?:m[êe]me|y compris) vous y (?:arriverez|arrivez)",
     "even you (?:can|could|will|should|ought to|'ll) (?:be able to )?"
     "(?:manage|do|find|see|follow|get|understand|work)",
     "zelfs (?:u|jij|je) (?:\\S+ ){0,2}?(?:kunnen|kan|moeten) (?:vinden|zien|volgen|snappen|begrijpen|lukken)",
     "m[êe]me (?:vous|toi) (?:\\S+ ){0,2}?(?:pouvez|pourriez|devriez|saurez|allez) (?:\\S+ ){0,2}?"
     "(?:trouver|voir|suivre|comprendre|y arriver)",
     # the customer measured against everyone else: "most people manage this without a chat"
     "most (?:of (?:our|the) )?(?:people|customers|users|members|clients) (?:\\S+ ){0,2}?"
     "(?:manage|find|figure|work|get|do)\\w* (?:\\S+ ){0,3}?(?:without|on their own|by themselves|alone)",
     "de meeste (?:van onze )?(?:mensen|klanten|gebruikers|leden) (?:\\S+ ){0,3}?(?:lukt|redden|vinden|kunnen|"
     "snappen)\\w* (?:\\S+ ){0,4}?(?:zonder|zelf|alleen)",
     "la plupart (?:des|de nos) (?:gens|clients|utilisateurs|membres) (?:\\S+ ){0,2}?(?:y arrivent|s'en sortent|"
     "trouvent|"
     "comprennent|se d[ée]brouillent) (?:\\S+ ){0,4}?(?:sans|seuls|tout seuls)"],
    ["עוד פעם (?:את|אתה)(?=[.,!])", "תאמין או לא", "תאמיני או לא", "אפילו (?:אתה|את) (?:תצליח|תצליחי)",
     "אם גם זה (?:\\S+ )?(?:מסובך|קשה)", "(?:פשוט )?לא בשבילך", "אולי מישהו "
     "(?:\\S+ ){0,3}?(?:יעזור|יכול לעזור)", "(?:תחשוב|תחשבי) (?:\\S+ )?לפני",
     "אפילו (?:אתה|את) (?:\\S+ )?(?:יכול|יכולה|תמצא|תמצאי|תבין|תביני)",
     "רוב (?:האנשים|הלקוחות|המשתמשים)(?: שלנו)? (?:\\S+ ){0,2}?"
     "(?:מצליחים|מסתדרים|מוצאים|מבינים) (?:\\S+ ){0,4}?(?:בלי|לבד)"])

# A threat to the customer's own case, without a threatening word: the draft names what the customer may do to
# escalate (a review, the press, a lawyer, a claim, going public) and, anywhere beside it, a harm to their account,
# access, deposit or claim (suspended, frozen, reset, no priority, the legal department). Each alone is ordinary
# ("you can contact the ombudsman"; "your access was suspended for unpaid invoices"); together they tell the
# customer what escalating will cost them, which no kind answer does.
ESCALATION = words(
    ["(?:negative |bad |online |public )?reviews", "review ?sites?", "(?:a|one) (?:negative |bad )?review",
     "(?:the )?(?:papers|press|newspapers?|media)", "consumer (?:board|watchdog|association)", "ombudsman",
     "lawyers?", "solicitors?", "(?:small )?claims court", "(?:to|in|at|the|a) court", "court (?:case|action|order)",
     "legal action", "public(?:ly)? (?:disputes?|"
     "complaints?)", "(?:go|going|went) public", "threaten\\w*",
     "reviewsites?", "(?:negatieve |slechte )?reviews?", "radar", "(?:de )?krant", "consumentenbond", "advocaat",
     "rechter", "publiekelijk", "zwartma\\w+", "dreig\\w*", "negatieve berichten",
     "avis (?:n[ée]gatifs?|en ligne|publics?)", "(?:avis|review|recensie|beoordeling)s? (?:à |d'|met |with )?"
     "(?:une |un |één |een |one |a |1 )?(?:étoile|star|ster)",
     "(?:la )?presse", "journaux", "avocats?", "tribunal", "justice",
     "menac\\w*", "publiquement", "esclandres?", "scandales?",
     # a complaint to the authorities or the courts, a public claim: "à la moindre procédure", "public claims"
     "(?:moindre |une |toute )proc[ée]dure(?: judiciaire)?", "(?:porter|portez|porte|d[ée]p[ôo]t de) plainte",
     "legal proceedings", "public claims?", "juridische procedure", "aangifte",
     # running the company down in public: "customers who trash us in public", "een negatieve recensie", "les
     # clients qui nous font de la mauvaise publicité"
     "(?:trash|slag|bash|badmouth|bad-mouth|run down)\\w* us", "(?:negatieve |slechte )?recensies?",
     "mauvaise (?:publicit[ée]|pub)", "(?:mauvais|faux) avis",
     # going public on social media: "I'm putting it all on Facebook", "sociale media", "les réseaux sociaux"
     "facebook", "instagram", "twitter", "tiktok", "linkedin", "social media", "sociale media", "r[ée]seaux sociaux",
     "(?:a |one )?(?:story|article|piece) in the",
     # a review posted anywhere: "des avis partout sur le web", "in the gardening forums"
     "(?:un|des|mon|mes) (?:\\S+ )?avis (?:sur|partout|en ligne)", "(?:\\w+ )?forums?"],
    ["ביקורת(?:ות)?", "עיתון", "עיתונות", "(?:מ)?עורך (?:ה)?דין", "עורכת דין", "(?:ש)?מכפיש\\S*", "עו\"ד",
     "(?:ש)?משמי[צץ]\\S*",
     "תביעה(?: קטנה)?", "בית משפט", "מאיימים", "מאיים", "(?:ב)?פייסבוק", "(?:ב)?אינסטגרם", "(?:ב)?טיקטוק",
     "(?:ב)?רשתות (?:ה)?חברתיות", "פוסט", "(?:ב)?פורומים", "(?:ב)?פורום"])
# Going on air, as the customer threatens it in the line a dare answers: a consumer programme on radio or television,
# whatever it is called ("I'm going on his show", "zet ik het op tv", "je vais passer à la télé", "אני הולך לתוכנית").
# Only there: a draft naming a show is no threat.
ON_AIR = words(["(?:tv|television|radio)", "(?:go|going|be|get) on (?:\\S+ ){0,3}?(?:show|programme|program)",
                "(?:televisie|tv|radio)", "(?:zet|zetten|gooi) (?:ik|we|wij) (?:het|dit|dat|alles) (?:\\S+ )?op\\b",
                "t[ée]l[ée](?:vision)?", "radio", "[ée]mission"],
               ["טלוויזיה", "רדיו", "(?:ל|ב)תוכנית"])
HARM_TO_CASE = words(
    ["suspend\\w*", "frozen", "freez\\w*", "(?:is |are )?reset", "no (?:longer )?(?:get )?priority", "lower priority",
     "legal (?:team|department)", "(?:stays?|sits?|remains?) (?:\\S+ ){0,3}?(?:longer|at the bottom)",
     "geen voorrang", "(?:minder|lagere) prioriteit", "bevroren", "bevriez\\w*", "opgeschort", "geblokkeerd",
     "juridische (?:afdeling|dienst)", "(?:wat |veel )?langer (?:\\S+ ){0,3}?(?:liggen|blijven|duren)",
     "onderaan de stapel", "r[ée]initialis\\w*", "gel[ée]e?s?", "suspendu\\w*", "bloqu[ée]\\w*",
     "(?:put|placed|kept|be|go|goes) on hold", "(?:plus|moins) prioritaires?", "service juridique",
     "(?:service )?contentieux", "d[ée]sactiv[ée]\\w*",
     # barred from where they train: "kunnen we de toegang tot onze clubs ontzeggen"
     "(?:toegang|lidmaatschap) (?:\\S+ ){0,4}?ontzeg\\w*", "(?:banned|barred) from",
     "(?:interdit|interdite|banni|bannie)s? (?:de|dans|des|d')", "(?:תורחק|תורחקי|ייאסר עליך|תיחסם|תיחסמי)",
     # shut out of every place we run: "we'll ban you from every club", "zorgen wij dat je nergens meer kunt boeken",
     # "vous ne pourrez plus réserver dans aucun de nos clubs", "נדאג שלא תוכל להזמין באף מועדון שלנו"
     "ban(?:ning)? you (?:\\S+ )?from", "(?:make sure|ensure|see to it) (?:that )?you (?:can't|cannot|won't|will not|"
     "never|no longer)", "(?:zorgen|zorg) (?:we|wij|ik) (?:er ?voor )?dat (?:je|u|jij) (?:\\S+ )?"
     "(?:nergens|nooit|niet) meer", "nergens meer (?:\\S+ ){0,4}?(?:kunt|kan|mag|terecht|welkom)",
     "(?:veillerons|veillerai|veiller) à ce que (?:vous|tu) ne",
     "(?:ne|n') (?:pourrez|pourras|puissiez|puisses) plus (?:\\S+ ){0,4}?(?:aucun|aucune|nulle part)",
     "(?:ferons|ferai|faire) en sorte que (?:vous|tu) ne",
     # the customer's pass blocked, a booking gone, the door shut: "blokkeren we uw pas", "onze jurist", "becoming
     # unavailable at the last minute", "vous refuse l'entrée"
     "blokker\\w*", "(?:onze |de |naar )?jurist(?:en)?", "(?:becom\\w*|be|is|are) unavailable",
     "refus\\w* (?:l'entr[ée]e|l'acc[èe]s)", "(?:deny|denied|refuse[ds]?) (?:you )?(?:entry|access)",
     "(?:plusieurs|des) (?:jours|semaines|mois) (?:\\S+ ){0,2}?"
     "r[ée]tablir",
     # the deposit kept, what they hire taken back early, their file gone through: "their deposit tied up", "de borg
     # bij ons blijft", "uw klantdossier nalopen", "votre caution retenue", "collected early"
     "deposits? (?:\\S+ ){0,2}?(?:tied up|held back|held|withheld|kept|retained|frozen)",
     # what the customer rents or signed ended over it: "your rental will be ended with immediate effect", "uw
     # huurcontract beëindigen", "votre location résiliée"
     "(?:rental|lease|hire|contract|membership|agreement) (?:\\S+ ){0,3}?(?:ended|terminated|"
     "cancell?ed|closed)", "with immediate effect", "(?:met )?onmiddellijke ingang", "avec effet imm[ée]diat",
     "(?:huur)?(?:contract|overeenkomst) (?:\\S+ ){0,3}?(?:beëindig\\w*|be[eë]indigen|opzeg\\w*|ontbind\\w*)",
     "(?:location|bail) (?:\\S+ ){0,3}?(?:r[ée]sili[ée]e?|termin[ée]e?|arr[êe]t[ée]e?)", "(?:collected|taken back|"
     "repossessed|picked up) (?:\\S+ ){0,2}?early", "borg (?:\\S+ ){0,3}?(?:bij ons blijft|houden|ingehouden|"
     "vastgehouden)", "(?:klant)?dossier (?:\\S+ ){0,2}?(?:nalopen|doorlichten|natrekken)", "(?:vroegtijdig|eerder) "
     "(?:\\S+ ){0,2}?opgehaald", "caution (?:\\S+ ){0,2}?(?:retenue|bloqu[ée]e|conserv[ée]e|gard[ée]e)",
     "(?:récupér|repris)\\w* (?:\\S+ ){0,3}?plus tôt",
     # the contract ended or the customer's keys kept back: "we can end your subscription", "uw abonnement
     # beëindigen", "résilier votre contrat sans préavis", "de sleutel pas na betaling teruggeven", "on garde vos clés"
     "(?:terminat|cancel|end|clos)\\w* (?:\\S+ ){0,2}?(?:your|the) (?:subscription|contract|account|membership|"
     "service|agreement)", "without (?:any )?notice", "(?:keep|hold on to|retain|withhold)\\w* (?:\\S+ ){0,3}?keys?",
     "(?:abonnement|contract|overeenkomst|lidmaatschap|account) (?:\\S+ ){0,3}?(?:beëindig\\w*|be[eë]indigen|opzeg\\w*|"
     "stopzet\\w*|stop ?zetten|ontbind\\w*|opheff\\w*)", "zonder opzegtermijn", "sleutels? (?:\\S+ ){0,6}?(?:pas|niet) "
     "(?:\\S+ ){0,6}?terug(?:geven|gegeven|krijgt|krijgen|sturen)?\\b", "zeggen (?:we|wij|ik) (?:\\S+ ){0,3}?"
     "(?:abonnement|contract|lidmaatschap) (?:\\S+ )?op\\b", "(?:houden|hou|bewaren) (?:\\S+ ){0,3}?sleutels? "
     "(?:\\S+ ){0,3}?(?:vast|in|bij ons)",
     "r[ée]sili\\w* (?:\\S+ ){0,3}?(?:contrat|abonnement|adh[ée]sion)", "sans pr[ée]avis",
     "(?:gard|conserv|retien|retenir|bloqu)\\w* (?:\\S+ ){0,4}?cl[ée]s?\\b",
     # what the customer uses stops working, or the matter ends badly for them: "your tag could stop working at all our
     # sites", "cesser de fonctionner", "werkt dan niet meer", "might not go the way you think"
     "(?:stop|stops|cease|ceases) (?:to )?work(?:ing)?",
     # the account closed over it: "voit son compte fermé", "your account will be closed", "je account wordt gesloten"
     "(?:compte|account|profil|profile) (?:\\S+ ){0,3}?(?:ferm[ée]s?|cl[ôo]tur[ée]s?|supprim[ée]s?|closed|deleted|"
     "gesloten|opgeheven|verwijderd)",
     "(?:close|closing|closed|delete|deleting) (?:\\S+ ){0,2}?(?:your|the|their) account",
     "(?:fermer|fermons|fermerons|cl[ôo]turer|cl[ôo]turons|supprimer|supprimons) (?:\\S+ ){0,2}?(?:votre|le|son) "
     "compte",
     "(?:sluiten|sluit|verwijderen|verwijderd) (?:\\S+ ){0,3}?(?:je|uw|het) account",
     "block(?:ed|ing)? (?:\\S+ ){0,3}?(?:at|from|in) (?:all|every|our)",
     "cess\\w* de fonctionner", "ne fonctionn\\w* plus", "werk\\w* (?:\\S+ ){0,2}?niet meer", "stoppen met werken",
     # the account locked, the whole box billed as lost: "we lock your account and bill the box as lost", "zetten we
     # uw account op slot", "nous bloquons votre compte et facturons la box comme perdue"
     "lock(?:ed|ing|s)? (?:\\S+ ){0,2}?(?:account|card|pass|profile)",
     "(?:account|card|pass|profile) (?:\\S+ ){0,2}?locked",
     "op slot", "bloqu(?:ons|er|erons|ez|ent|erait)\\b", "verrouill\\w*",
     "(?:bill|charge|invoice)\\w* (?:\\S+ ){0,4}?as (?:lost|missing|damaged)",
     "factur\\w* (?:\\S+ ){0,4}?(?:als|comme) (?:verloren|kwijt|perdue?s?|manquante?s?)",
     "(?:won't|will not|might not|may not|doesn't|does not) (?:\\S+ )?go the way you (?:think|expect|hope|imagine)",
     "anders (?:\\S+ )?(?:uit|af)(?:pakken|lopen|vallen)? dan (?:je|u) (?:denkt|verwacht|hoopt)",
     "pas (?:forc[ée]ment )?comme vous (?:le )?(?:pensez|croyez|esp[ée]rez|imaginez)",
     # the customer's next orders lost over it: "your next orders could go missing", "toekomstige afspraken worden dan
     # geannuleerd", "vos prochains rendez-vous seront refusés"
     "(?:future|next|later|upcoming|further) (?:\\S+ )?(?:bookings?|reservations?|orders?|appointments?|stays?|"
     "visits?) "
     "(?:\\S+ ){0,4}?(?:cancell?ed|disappear\\w*|vanish\\w*|lost|go missing|rejected|refused|unavailable)",
     "(?:volgende|toekomstige|nieuwe|latere) (?:boeking|boekingen|reservering|reserveringen|bestelling|bestellingen|"
     "afspraak|afspraken|verblijf) (?:\\S+ ){0,6}?(?:geannuleerd|verdwij\\w*|kwijt\\w*|geweigerd|nooit meer|"
     "niet meer)",
     "(?:prochaine?s?|futures?|nouvel(?:le)?s?|nouveaux) (?:r[ée]servations?|commandes?|s[ée]jours?|"
     "rendez-vous|visites?) (?:\\S+ ){0,4}?(?:dispara[iî]\\w*|annul[ée]e?s?|perdue?s?|refus[ée]e?s?|plus jamais)"],
    ["מוקפא\\S*", "הקפאה", "(?:נדאג|אדאג) ש(?:לא|לעולם לא|אף פעם לא) (?:\\S+ )?(?:תוכל|תוכלי|תוכלו|תצליח|תצליחי)",
     "באף (?:\\S+ ){1,2}?שלנו", "יוקפא", "מושהה", "מושבת\\S*", "יושבת\\S*", "הושבת\\S*",
     "ייחסם", "נחסם", "המחלקה המשפטית", "מחלקה משפטית",
     "(?:יכול|עלול) לקחת חודשים", "(?:ה)?פיקדון (?:\\S+ ){0,3}?(?:יעוכב|מעוכב|יישאר אצלנו|נשאר אצלנו)",
     "(?:נבטל|לבטל|נסיים|לסיים|ננתק|לנתק|נפסיק|להפסיק) (?:\\S+ ){0,2}?(?:ה)?(?:מנוי|חוזה|שירות|הסכם)",
     "ללא הודעה מוקדמת",
     "(?:ה)?(?:שכירות|חוזה|מנוי|הסכם) (?:\\S+ ){0,3}?(?:יבוטל|יבוטלו|תבוטל|יסתיים|תסתיים|יופסק|תופסק)",
     "(?:נשאיר|נחזיק|נשמור|נעכב) (?:\\S+ ){0,2}?(?:ה)?מפתח\\S*", "(?:יפסיק|תפסיק|להפסיק|יפסיקו) לעבוד",
     "(?:נחסום|ייחסם|ייחסמו|לחסום)", "(?:ה)?חשבון (?:\\S+ ){0,2}?(?:ייסגר|נסגר|יימחק|נמחק)",
     "(?:נסגור|נמחק|לסגור) (?:את )?(?:ה)?חשבון", "(?:ננעל|נועל|יינעל|נעילת) (?:\\S+ ){0,2}?(?:ה)?(?:חשבון|כרטיס)",
     "(?:נחייב|נחייב אותך|נחייבו) (?:\\S+ ){0,4}?כ(?:אבוד|אבודה|אבודים)",
     # what we hold of theirs, made public: "ונפרסם אותן אם תתחיל", "we'll publish them", "nous les publierons"
     "(?:נפרסם|נעלה|נשתף) (?:אותן|אותם|אותו|אותה)",
     "לא (?:ייגמר|יסתיים|ילך|יתנהל) כמו ש(?:אתה|את) (?:חושב|חושבת|מצפה|מקווה)",
     "(?:ה)?(?:הזמנה|הזמנות) (?:ה)?(?:באה|באות|הבאה|הבאות|עתידיות|עתידית) (?:\\S+ ){0,4}?(?:תיעלם|ייעלמו|תבוטל|"
     "יבוטלו|תידחה|יידחו)"])
# What we hold of the customer's, brought to mind: "bear in mind we have your home address and a key to your house",
# "sachez qu'on garde le double de vos clés", "weet dat wij uw sleutel hebben", "תזכור שיש לנו מפתח לבית שלך". Kind
# alone ("remember we have your key, so you needn't be home"); beside a dare or the customer's escalation, a menace.
# The customer's own whereabouts said to be held by us, with no reminder word: "we have your home address on file",
# "wij hebben uw adres in het dossier", "on a votre adresse dans le dossier", "יש לנו את הכתובת שלך". Harmless in a
# delivery ("we have your address, the card goes out today"); said to one who threatens to escalate, a menace.
WHEREABOUTS = words(
    ["(?:we|i) (?:have|hold|keep|know|still have|'ve got|have got) (?:\\S+ ){0,2}?(?:your|where you) (?:\\S+ )?"
     "(?:address|live|home|whereabouts)",
     "(?:we|wij|ik) (?:hebben|heb|kennen|ken|weten|weet) (?:\\S+ ){0,2}?(?:uw|je|jouw|waar (?:u|je|jij)) (?:\\S+ )?"
     "(?:adres|woonadres|woont|huis)",
     "(?:on a|nous avons|j'ai|nous connaissons|on conna[iî]t|on sait|nous savons) (?:\\S+ ){0,2}?(?:votre|o[uù] vous) "
     "(?:\\S+ )?(?:adresse|domicile|habitez)"],
    ["יש (?:לנו|לי) (?:את )?(?:ה)?כתובת (?:שלך|שלכם)", "(?:אנחנו|אני) יודע(?:ים|ת)? (?:בדיוק )?(?:איפה|היכן) "
     "(?:אתה|את|אתם) גר"])
# What of theirs we hold, listed as with us: "your e-mail and your card details stay in our system", "uw naam en uw
# nummer staan in ons systeem", "vos coordonnées restent dans nos fichiers", "הטלפון שלך והפרטים שלך אצלנו". Said
# beside a dare, or to one who threatens to escalate, it is leverage, not service.
_THEIRS = (r"(?:address|card|number|phone|details|data|bookings?|name|appointments?|adres|kaart|nummer|"
           r"telefoonnummer|gegevens|afspraken|naam|boekingen|adresse|carte|num[ée]ro|nom|coordonn[ée]es|"
           r"donn[ée]es|rendez-vous|r[ée]servations)")
HELD_BY_US = re.compile(
    r"(?i:\b(?:your|uw|je|jouw|votre|vos)\s+(?:\w+\s+)?" + _THEIRS + r"\b[^.!?]{0,80}?\b(?:"
    r"(?:all\s+)?(?:sits?|are|is|stays?|remains?|lies?)\s+(?:safely\s+|all\s+)?"
    r"(?:with us|in our (?:system|files|records))|"
    r"(?:staan|staat|liggen|ligt|zijn|is|zitten)\s+(?:\w+\s+)?(?:bij ons|in (?:ons|het) systeem)|"
    r"(?:sont|est|restent|reste)\s+(?:\w+\s+)?"
    r"(?:chez nous|dans (?:notre|nos) (?:syst[èe]mes?|fichiers?|dossiers?))))|"
    r"(?:הכתובת|הכרטיס|המספר|הטלפון|הפרטים|התורים|השם) שלך[^.!?]{0,80}?(?:אצלנו|במערכת שלנו)")
HOLD_OVER = words(
    ["(?:bear in mind|remember|don't forget|keep in mind|note|just so you know|for your information),? (?:that )?"
     "(?:we|i) (?:have|hold|keep|know|still have|store|record) (?:\\S+ ){0,3}?(?:address|keys?|codes?|home|house|"
     "details|data|footage|recordings?|photos?|pictures?|images|videos?|camera|cctv|surveillance)",
     "(?:weet|bedenk|onthoud|vergeet niet) (?:wel )?dat (?:we|wij|ik) (?:\\S+ ){0,4}?(?:adres|sleutels?|codes?|huis|"
     "woning|gegevens|camerabeelden|bewakingsbeelden|beelden|opnames|foto's)",
     "houd er (?:wel )?rekening mee dat (?:we|wij|ik) "
     "(?:\\S+ ){0,4}?(?:adres|sleutels?|codes?|gegevens|camerabeelden|beelden|opnames|foto's)",
     "(?:sachez|rappelez-vous|n'oubliez pas|souvenez-vous) qu(?:e |')(?:nous|on|j'ai|je) "
     "(?:\\S+ ){0,5}?(?:adresse|cl[ée]s?|codes?|maison|domicile|donn[ée]es|images|vid[ée]os|enregistrements|photos|"
     "vid[ée]osurveillance|cam[ée]ras?)",
     # who the customer is, known to us, or what "would be a shame" to happen to them, beside a dare: "go ahead, we
     # know who you are", "faites donc, nous savons qui vous êtes", "it would be a shame if that got around"
     "(?:we|i) know (?:exactly )?who you are", "(?:we|wij|ik) weten? (?:precies )?wie (?:je|u|jij) (?:bent|is)",
     "(?:nous savons|on sait|je sais) (?:tr[èe]s bien )?qui vous [êe]tes",
     "(?:it )?would be a (?:real |great |terrible |such a )?(?:shame|pity) if",
     # who of ours knows their home, or that accidents happen, beside a dare: "our fitter knows your house well",
     # "accidents happen"
     "(?:knows?|kent|weet|conna[iî]t|connaissent|sait) (?:\\S+ ){0,2}?(?:your|the|uw|je|het|l'|votre) ?"
     "(?:address|adres|adresse|home|house|huis|domicile)",
     "accidents (?:happen|can happen)", "(?:een )?ongeluk(?:je)? is (?:zo|snel) gebeurd",
     "(?:un accident|un accrochage|un accroc)(?: \\S+){0,4}?,? [çc]a (?:arrive|peut arriver) "
     "(?:vite|si vite|tr[èe]s vite)", "(?:het )?zou (?:zonde|jammer) zijn als",
     "(?:ce )?serait (?:dommage|bête) (?:que|si)",
     # the customer's routine, known to us, beside a dare: "we know you climb every Thursday at 8", "we know where you
     # park at night", "we weten dat u elke ochtend om acht vertrekt", "nous savons où vous garez la voiture"
     "(?:we|i) know (?:that )?(?:which|where|when|what time )?(?:\\S+ ){0,3}?you (?:\\S+ ){0,5}?(?:every|each|at night|"
     "park|sleep)",
     "(?:we|wij|ik) (?:weten|weet) (?:\\S+ )?(?:dat|waar|wanneer|hoe laat|welk\\w*) (?:\\S+ ){0,3}?(?:je|u|jij) "
     "(?:\\S+ ){0,5}?(?:elke|iedere|'s nachts|'s avonds|parkeert|slaapt)",
     "(?:nous savons|on sait|je sais) (?:\\S+ )?(?:que|o[ùu]|quand|à quelle heure) (?:\\S+ ){0,3}?(?:vous|tu) "
     "(?:\\S+ ){0,5}?(?:tous les|toutes les|chaque|la nuit|garez|dormez)",
     "accidents (?:\\S+ ){1,3}?(?:happen|can happen)", "ongelukjes? (?:\\S+ ){1,3}?(?:gebeuren|gebeurt)",
     "can be (?:so |very )?unpredictable", "(?:ça|cela) (?:l[âa]che|casse|c[èe]de) (?:parfois|vite|facilement)"],
    ["(?:תזכור|תזכרי|זכור|זכרי|רק תזכור|שים לב|תדע|תדעי|דע|דעי) ש(?:יש לנו|אנחנו|אני) (?:\\S+ ){0,4}?"
     "(?:ה)?(?:כתובת|מפתח|קוד|בית|"
     "פרטים|צילומים|צילום|תמונות|תמונה|הקלטות|הקלטה|סרטונים|סרטון|מצלמות)\\S*",
     "(?:אנחנו|אני) (?:יודעים|יודע|יודעת) (?:בדיוק )?מי (?:אתה|את)", "(?:יהיה|זה יהיה) חבל אם",
     "(?:ה)?כתובת (?:המגורים |הבית )?(?:שלך|שלכם) (?:רשומה|שמורה|נמצאת) (?:אצלנו|במערכת)",
     "תאונות (?:\\S+ ){0,3}?(?:קורות|קורה)",
     "(?:אנחנו |אני )?(?:יודעים|יודע|יודעת) (?:ש|איפה |מתי |באיזו שעה )(?:\\S+ ){0,3}?(?:כל|בכל|בלילה|חונה|חונים)",
     "כדאי (?:לך|לכם) לחשוב פעמיים"])
# A lecture on what the customer should have done, or a grown-up to do it for them: "reading before clicking 'agree'
# tends to help", "lire avant de signer", "בפעם הבאה כדאי לקרוא לפני שחותמים", "a grandchild could show you".
LECTURE = words(
    # an alarm clock recommended to one who came late: "maybe try an alarm clock next time", "misschien eens een
    # wekker proberen", "essayez un réveil", "אולי תנסה שעון מעורר"
    ["(?:try|get|buy|set) (?:\\S+ ){0,2}?alarm clock",
     "(?:een )?wekker (?:\\S+ ){0,2}?(?:proberen|zetten|kopen)",
     "(?:essayer|essayez|acheter|achetez|mettre|mettez) (?:\\S+ ){0,2}?r[ée]veil",
     "read\\w* (?:\\S+ ){0,3}?before (?:clicking|signing|agreeing|ticking|you (?:sign|click|agree|book))",
     "lez\\w* (?:\\S+ ){0,3}?voor(?:dat)? (?:u |je )?(?:tekent|klikt|akkoord|boekt)", "lire (?:\\S+ ){0,2}?avant de "
     "(?:signer|cliquer|valider|r[ée]server)", "(?:one of )?(?:your )?grand(?:children|kids|son|daughter) "
     "(?:\\S+ ){0,4}?(?:show|explain|walk)", "(?:kleinkind\\w*|kleinzoon|kleindochter) (?:\\S+ ){0,4}?(?:voordo\\w+|"
     "voor doet|uitlegt|laat zien)", "(?:uw|je) kinderen (?:\\S+ ){0,5}?(?:voordo\\w+|voor te doen|uitleg\\w*|"
     "laten zien)", "petits?-(?:enfants?|fils|fille) (?:\\S+ ){0,4}?(?:montrer|expliquer|montre)",
     "(?:let's|we'll|we will) take (?:this|it) slow(?:ly)?", "faire un (?:petit )?sch[ée]ma",
     # someone younger sent to show them: "een van de jongere collega's kan het u voordoen"
     "(?:a |one of )?(?:the |your )?younger (?:colleague|member|person|people|staff)s? (?:\\S+ ){0,4}?(?:show|explain|"
     "walk)", "jongere? (?:collega|collega's|leden|mensen|medewerkers?) (?:\\S+ ){0,8}?(?:voordo\\w+|voor doet|"
     "uitleg\\w*|laten zien)",
     "(?:coll[èe]gues?|membres?|personnes?) plus jeunes? (?:\\S+ ){0,4}?(?:montrer|expliquer|montre)",
     # the customer told to try a skill everyone has, next time: "maybe next time try reading the timetable",
     # "probeer volgende keer eens te lezen", "la prochaine fois, essayez de lire"
     "(?:maybe|perhaps) (?:next time,? )?(?:try|you could try|you might try) (?:reading|looking|listening|counting|"
     "using a|checking a)", "(?:probeer|misschien) (?:\\S+ )?volgende keer (?:eens )?(?:te )?(?:lezen|kijken|"
     "luisteren|tellen)", "(?:la prochaine fois,? )?essayez (?:donc )?de (?:lire|regarder|[ée]couter|compter)"],
    ["(?:בפעם הבאה )?כדאי לקרוא לפני ש\\S+", "(?:תנסה|תנסי|תכוון|תכווני|לכוון) (?:\\S+ )?שעון מעורר",
     "לקרוא לפני ש(?:חותמים|לוחצים|מאשרים)", "כתוב בדיוק (?:במקום|איפה)",
     "(?:ש)?(?:הנכד|הנכדה|הנכדים) (?:\\S+ ){0,3}?(?:יראה|יראו|יסביר|יסבירו|יעזור|יעזרו|תעזור)",
     "(?:עמית|חבר|מישהו|אחד) צעיר (?:\\S+ ){0,3}?(?:יראה|יסביר|יעזור)"])
# A reprisal the company takes itself for what the customer does: the warranty cancelled, stopped or suspended by
# "we", the customer's file handed to the lawyers or the litigation department. "The warranty lapses if you open the
# inverter" is a warning and not here: the company acts, in the first person.
REPRISAL = words(
    ["(?:we'll|we will|we'd|we would|we shall|we can|i'll|i will) (?:\\S+ ){0,2}?(?:cancel|void|withdraw|stop|suspend|"
     "end|pull|revoke)\\w* (?:\\S+ ){0,2}?(?:your|the) (?:\\S+ )?(?:warranty|guarantee)",
     "(?:pass|hand|send|refer|forward|turn)\\w* (?:\\S+ ){0,2}?(?:your )?(?:file|case|details|account) (?:\\S+ ){0,2}?"
     "(?:to |over to )?(?:our |the )?(?:lawyers?|solicitors?|legal (?:team|department)|debt collect\\w+)",
     "(?:our|the) (?:lawyers|solicitors|legal (?:team|department)) will be in touch",
     "(?:stoppen|stopzetten|beëindigen|intrekken|trekken|schorsen|opschorten|schorten|laten vervallen|annuleren) "
     "(?:we|wij|ik) (?:\\S+ ){0,3}?garantie", "(?:we|wij|ik) (?:\\S+ ){0,2}?(?:stoppen|trekken|schorten|zetten) "
     "(?:\\S+ ){0,3}?garantie",
     "(?:geven|sturen|dragen|sturen) (?:we|wij|ik) (?:\\S+ ){0,3}?(?:dossier|zaak|gegevens) (?:\\S+ ){0,2}?"
     "(?:door|over)? ?(?:aan|naar) (?:onze |ons |de |een )?(?:advocaat|advocaten|jurist|juristen|incasso\\w*)",
     "(?:nous )?(?:suspendons|suspendrons|annulons|annulerons|retirons|retirerons|arr[êe]tons|arr[êe]terons|"
     "supprimons|supprimerons) (?:\\S+ ){0,2}?(?:votre|la|ta) garantie",
     "(?:transmettons|transmettrons|passons|passerons|confions|confierons|envoyons|enverrons) (?:\\S+ ){0,3}?"
     "dossier (?:\\S+ ){0,2}?(?:au |à notre |à nos |aux |à un )?(?:contentieux|avocats?|service juridique|huissier)"],
    ["(?:נבטל|נפסיק|נשהה|נקפיא|נעצור|נשלול) (?:\\S+ ){0,3}?(?:ה)?אחריות",
     "(?:נעביר|נמסור|נפנה) (?:\\S+ ){0,3}?(?:ל)?(?:עורך ה?דין|עורכי ה?דין|עורכת ה?דין|עו\"ד|מחלקה המשפטית|"
     "המחלקה המשפטית|ה?גבייה)"])
# A condition on what the customer does next, as a reprisal is hung on it: "if you do that", "if you go to the
# press", "als u dat doet", "si vous faites ça", "אם תפנה".
IF_YOU_DO = words(
    ["if you (?:really |still )?(?:do|go ahead with) (?:that|this|it|so)", "if you (?:go|went|turn|write|talk|speak|"
     "complain|post|publish|report us|contact)\\b",
     "als (?:u|je|jij) (?:\\S+ )?dat (?:echt |toch |werkelijk )?(?:doet|doen)", "als (?:u|je|jij) (?:\\S+ ){0,3}?"
     "(?:naar|bij) (?:de |het |een )?\\S+ (?:gaat|stapt|schrijft|klaagt|belt)",
     "si (?:vous|tu) (?:faites|fais) (?:[çc]a|cela|ceci)", "si (?:vous|tu) (?:allez|vas|[ée]crivez|[ée]cris|"
     "publiez|postez|contactez|saisissez|portez|parlez)\\b"],
    ["אם (?:תפנה|תפני|תפנו|תעשה|תעשי|תעשו|תכתוב|תכתבי|תפרסם|תפרסמי|תלך|תלכי|תתלונן|תתלונני|תגיש|תגישי)"])


# A mishap that might befall what is the customer's, or a shame if something happened to it: "it would be a shame if
# something happened to it", "een schijf kan heel snel gewist worden", "ça peut s'effacer très vite", "האחריות עלולה
# פתאום להיעלם". Said to one who threatens to escalate, or after a dare, it is a veiled threat (not a reassurance, which
# says "not").
MISHAP = words(
    ["(?:shame|pity) if (?:\\S+ ){0,4}?(?:happen\\w*|went|got|were|was|ended up|end up|landed|lands)",
     "(?:can|could|might|may) (?:\\S+ ){0,2}?"
     "(?:get |be |go )?(?:lost|erased|deleted|wiped|disappear\\w*|vanish\\w*|missing|damaged)",
     "(?:jammer|zonde) (?:\\S+ ){0,2}?als (?:\\S+ ){0,5}?(?:gebeurt|gebeurde|kwijtraakt|kwijt ?raakt|verdwijnt|gewist|"
     "terechtkomt|belandt|terechtkwam|belandde)",
     "(?:kan|kunnen|zou|zouden) (?:\\S+ ){0,4}?(?:kwijtraken|kwijt raken|verdwijnen|gewist worden|verloren gaan|"
     "beschadigd raken)",
     "dommage (?:si|qu'il|que) (?:\\S+ ){0,4}?(?:arriv\\w*|perd\\w*|dispar\\w*|effac\\w*|retrouv\\w* sur|"
     "atterri\\w*|fini\\w* sur)",
     "(?:peut|peuvent|pourrait|pourraient) (?:\\S+ ){0,2}?(?:s'effacer|dispara[îi]tre|se perdre|[êe]tre (?:effac|perdu|"
     "supprim|endommag)\\w*)"],
    ["חבל אם", "(?:עלול|עלולה|עלולים|עלולות|יכול|יכולה|יכולים)(?: \\S+)? ל(?:היעלם|היאבד|הימחק|הלך לאיבוד)",
     "פתאום (?:ת|י)(?:יעלם|יעלמו|ימחק|ימחקו|אבד|אבדו)", "(?:תיעלם|ייעלם|יימחק|תימחק|יימחקו|ייעלמו)"])

# What of the customer's we still hold, said to be held still: "we still have your passport", "your keys aren't
# returned yet", "vos clés ne sont pas encore rendues", "uw borg is nog niet vrijgegeven", "הדרכון שלך עדיין אצלנו".
# Beside a dare it is leverage, not service.
STILL_HELD = words(["we (?:still )?(?:hold|have|keep)(?: still)? your (?:\\S+ )?"
                    "(?:card|deposit|keys?|details|passport)\\w*",
                    "your (?:\\S+ )?(?:deposit|card|keys?|passport)\\w* (?:is|are)(?:n't| not) (?:\\S+ )?"
                    "(?:released|returned|back)(?: yet)?",
                    "(?:nous avons|on a) encore (?:votre|vos)", "(?:votre|vos) (?:\\S+ )?(?:caution|carte|cl[ée]s?|"
                    "passeport)\\w* (?:n'est|ne sont|n'a) pas (?:encore )?(?:lib[ée]r|rendu|restitu)\\w*",
                    "(?:wij|we) hebben (?:uw|je) (?:\\S+ )?(?:kaart|borg|sleutels?|paspoort)\\w* nog",
                    "(?:uw|je) (?:borg|kaart|sleutels?|paspoort)\\w* (?:is|zijn) nog niet (?:vrijgegeven|terug)\\w*"],
                   ["(?:הפיקדון|הכרטיס|המפתחות|הדרכון) שלך עדיין (?:אצלנו|לא שוחרר)", "עדיין (?:יש )?אצלנו"])
# An order to pay, a sentence of its own: "Pay the interest.", "Betaal de rente.", "Payez vos intérêts.", "תשלם את
# הריבית." Beside a mishap to what is theirs ("shame if something happened to your car"), the mishap is the price of not
# paying: a veiled threat, whoever asked what.
PAY_ORDER = re.compile(r"^\W*(?i:(?:just |now |so )?(?:pay|settle) (?:the|your|it|what|up)|"
                       r"(?:betaal|betaalt u|vereffen) (?:de|uw|je|het|nu|gewoon)|"
                       r"(?:payez|r[ée]glez|paye|r[èe]gle) (?:vos|votre|la|le|les|ce|donc|maintenant))|"
                       r"^\W*(?:תשלם|תשלמי|תשלמו|שלם|שלמי|שלמו) (?:את|כבר|עכשיו)")
