"""Abuse by its general shape: a draft that judges the customer as a person rather than their case.

The older abuse checks (``guard_rules.abuse``) match the phrasings seen so far. This one reads what such drafts
share in any sector and language: they weigh who the customer is (their age, their language, what kind of customer
they are), what they can do (listen, read, follow, remember), reproach them for asking again, wrap it in a sarcastic
hedge ("perhaps", "if it helps", "slowly"), hand the matter to someone abler, mock their budget, taste or worry,
send them home or elsewhere as where they belong, disown their matter or hand it back to them ("not our problem",
"sort it out between yourselves"), treat them as a child ("grow up"), doubt their plainest abilities as a question
("can you count to 85?"), or answer a customer's threat with a dare and a cost to them or what is theirs. One such
trait may be an ordinary sentence ("as I said, it is oak", "perhaps the brochure helps"); two different traits in
one reply are a verdict on the person. Small lexicons of general words in nl/en/fr/he, nothing of one company or
sector.
"""

from __future__ import annotations

from copilot.engines.guard_lexicon import words

# Told already: the customer is reproached for asking again.
REPEAT = words(
    ["(?:already|just|literally just) (?:said|told|answered|explained|wrote|mentioned)",
     "(?:said|told you|answered|explained) (?:that |this |it )?(?:already|before|earlier|twice)",
     "same answer", "as i (?:already |just )?(?:said|told you|explained|wrote)",
     "(?:second|third|fourth|fifth|umpteenth|\\w+th) time", "(?:\\w+ )?minutes? ago", "(?:yet )?again\\?",
     "scroll(?:ing)? (?:back )?up", "(?:line|message) above",
     "(?:written|said|it's|it is) (?:right |just |literally )?above",
     "(?:al|net|zojuist|eerder|daarnet) (?:al )?(?:gezegd|verteld|uitgelegd|geantwoord|geschreven|gemeld)",
     "zoals (?:ik )?(?:net |al |zojuist |eerder )*(?:al )?(?:zei|zeg|gezegd|schreef|vertelde|uitlegde)",
     "(?:ik )?(?:zei|vertelde) (?:het )?(?:net|al|zojuist)",
     "(?:tweede|derde|vierde|vijfde|zoveelste) keer",
     "(?:zei|schreef|vertelde|legde) ik (?:\\S+ )?(?:net|al|zojuist|eerder)",
     "scroll\\w* (?:\\S+ ){0,2}?(?:terug|omhoog)",
     "(?:staat|stond) (?:\\S+ ){0,2}?(?:hierboven|erboven)", "(?:minuten|minuutje) geleden",
     "d[ée]j[àa] (?:dit|r[ée]pondu|expliqu[ée]|[ée]crit)", "(?:je )?(?:vous )?l'ai d[ée]j[àa]",
     "je viens de (?:vous )?(?:le )?"
     "(?:dire|r[ée]pondre|expliquer|[ée]crire)",
     "comme je (?:vous )?(?:l'ai |le )?(?:d[ée]j[àa] )?(?:dit|disais|expliqu[ée])",
     "(?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|[ée]ni[èe]me) fois", "r[ée]p[ée]ter",
     "[ée]crit (?:\\S+ )?(?:juste )?(?:au-dessus|plus haut|ci-dessus)", "juste au-dessus",
     "remontez (?:\\S+ )?(?:la conversation|le fil|les messages)", "il y a (?:\\w+ )?minutes?"],
    ["כבר (?:אמרתי|עניתי|הסברתי|כתבתי|ציינתי)", "(?:ה)?פעם ה(?:שנייה|שלישית|רביעית|חמישית|מאה)", "כמו שאמרתי",
     "לפני (?:\\S+ )?(?:דקות|דקה|שנייה|רגע)", "(?:אמרתי|כתבתי) לך (?:את זה )?(?:הרגע|עכשיו)",
     "שוב(?= ו| אותו| אותה| את)",
     "כתוב (?:\\S+ ){0,2}?(?:מעל|למעלה)", "(?:תגלול|תגללי|לגלול) (?:\\S+ )?למעלה"])

# What the customer can do: listen, follow, read, remember, learn.
CAPACITY = words(
    ["listen\\w*", "keep up", "pay attention", "write (?:it|this|that) down", "note (?:it|this|that) down",
     "(?:can|could|able to) read", "like (?:thinking|common sense)(?= |[,:;.])", "learn\\w* (?:the|to|some|a bit)",
     "remember\\w*", "follow (?:along|it|this)",
     "did you (?:even |actually )?(?:read|look|listen|check)", "(?:can't|cannot|can) you (?:not )?(?:read|hear|see)",
     "(?:even|actually) (?:read|looked|listened|tried)", "common sense", "(?:use|using) your (?:head|brain|eyes)",
     "luister\\w*",
     "(?:heeft|hebt|kunt|kan) (?:u|je) (?:het )?(?:wel|eigenlijk|niet) (?:gelezen|lezen|luisteren|kijken)",
     "gezond verstand", "(?:net )?zoals (?:het )?nadenken", "(?:uw|je) (?:hoofd|verstand|ogen) (?:gebruiken|gebruikt)",
     "op ?(?:te )?letten",
     "bij ?(?:te )?houden", "opschrijven", "op te schrijven", "noteren",
     "onthouden", "te volgen", "kunnen lezen", "(?:de|het) taal (?:leren|te leren)", "leren lezen",
     "vous savez (?:lire|[ée]couter)", "(?:avez-vous|vous avez) (?:m[êe]me |seulement )?(?:lu|[ée]cout[ée])",
     "bon sens", "comme la r[ée]flexion", "[ée]couter", "suivre", "notez", "noter", "retenir", "apprendre",
     "savoir lire",
     "lire le fran[çc]ais", "(?:il )?suffi\\w* de (?:\\S+ )?lire"],
    ["(?:אתה|את) (?:בכלל )?(?:לא )?(?:יודע|יודעת) לקרוא", "(?:קראת|הקשבת|הקשבת) בכלל", "שכל ישר", "להקשיב", "תקשיב",
     "תקשיבי", "לרשום", "תרשום", "תרשמי", "לזכור", "לעקוב", "לקרוא", "ללמוד", "(?:תקרא|תקראי)(?= לפני| מה| את)"])

# Who the customer is: their age, their language, a kind of customer.
PERSON = words(
    ["(?:at|for|with) your age", "(?:someone|people|a person) (?:of |at )?your age", "your (?:english|dutch|french|"
     "hebrew|accent|grammar|spelling)", "(?:learn|speak|know) the language", "(?:in )?plain english",
     "(?:someone|somebody) who (?:speaks|knows) (?:english|dutch|french|hebrew)",
     "people like you", "customers like you", "(?:customers|clients|people) who (?:threaten|complain|shout|moan|"
     "whine|can't|cannot|don't)", "difficult (?:customers|clients|people)",
     "(?:op|met|voor) (?:uw|je|jouw) leeftijd", "mensen (?:zoals|als) (?:u|jij|jou)", "(?:de|onze) taal",
     "klanten (?:zoals|als) (?:u|jij|jou)", "(?:klanten|mensen) die (?:dreigen|klagen|zeuren|schreeuwen|niet)",
     "lastige (?:klanten|mensen)", "gewoon nederlands", "iemand die (?:\\S+ )?(?:nederlands|de taal) spreekt",
     "(?:à|a) votre [âa]ge", "des gens comme vous", "clients comme vous", "(?:la|notre) langue",
     "clients (?:qui (?:menacent|se plaignent|crient|r[âa]lent)|difficiles|p[ée]nibles)", "en bon fran[çc]ais",
     "quelqu'un qui parle (?:\\S+ )?fran[çc]ais",
     "even for (?:someone|somebody|a beginner|a newcomer)", "zelfs voor (?:iemand|een beginner|een nieuwkomer)",
     "m[êe]me pour (?:quelqu'un|un d[ée]butant|un nouveau)", "(?:[àa] votre|at your) (?:port[ée]e|level)",
     # their age as what a thing is no longer for: "c'est de leur âge, plus du vôtre", "not for someone your age"
     "(?:plus|pas) (?:de votre [âa]ge|du v[ôo]tre)", "niet (?:meer )?(?:van|voor) (?:uw|jouw|je) leeftijd",
     "no longer (?:for )?your age",
     # "if you're that fussy", "als jullie zo verwend zijn", "si vous êtes si difficiles", "אם אתם כל כך מפונקים"
     "if you(?:'re| are) (?:that|so|this) (?:fussy|picky|spoil(?:ed|t)|demanding|delicate|sensitive|precious)",
     "als (?:u|je|jullie) zo (?:verwend|kieskeurig|veeleisend|gevoelig|moeilijk) (?:bent|zijn)",
     "si vous [êe]tes (?:si|aussi|tellement) (?:difficiles?|exigeante?s?|g[âa]t[ée]e?s?|d[ée]licate?s?|sensibles?)"],
    ["בגילך", "בגיל שלך", "בגילו", "אנשים כמוך", "לקוחות כמוך", "לקוחות (?:ש|אשר)(?:מאיימים|מתלוננים|צועקים)",
     "לקוחות קשים", "את השפה", "עברית פשוטה",
     "אם (?:אתה|את|אתם|אתן) כל כך (?:מפונק|מפונקת|מפונקים|בררן|בררנית|בררנים|רגיש|רגישה|רגישים)",
     "(?:כבר )?לא (?:ב|ל|של )?(?:ה)?גיל (?:שלך|שלכם)", "מישהו (?:ש|אשר)(?:מדבר|יודע) עברית",
     "אפילו (?:ל|בשביל )?מישהו ש"])

# A sarcastic hedge or mock patience around what is said to the customer.
SARCASM = words(
    ["perhaps", "maybe", "do try", "if (?:it|that) helps", "(?:more |very |nice and |really )?slowly",
     "funnily enough", "(?:would|'d) honestly", "oddly enough", "strangely enough", "oddly", "no worries, ", "bless",
     "misschien", "als (?:dat|het) helpt", "(?:heel )?langzaam", "vreemd genoeg", "gek genoeg", "geeft niks,? hoor",
     "hoor\\b(?=[.,!])", "(?:het|dat) lekker (?:zelf )?(?:doen|proberen|uitzoeken|regelen)",
     "zien we (?:u|je|jullie) (?:\\S+ )?vanzelf (?:wel )?terug", "peut-[êe]tre", "si [çc]a (?:aide|peut aider)",
     "(?:plus )?lentement", "bizarrement",
     "curieusement", "comme par hasard", "étrangement",
     # the flaw the customer would "rather" keep: "if you'd rather walk around with a gap in your teeth"
     "if you(?:'d| would) rather (?:\\S+ ){0,2}?(?:walk|go|live|run) (?:around )?with",
     "als (?:u|je) liever (?:\\S+ ){0,6}?(?:rondloopt|rondlopen|leeft|blijft lopen)",
     "si vous pr[ée]f[ée]rez (?:\\S+ ){0,2}?(?:vivre|marcher|rester|vous promener|garder) avec"],
    ["אולי", "אם (?:אתה|את|אתם) (?:מעדיף|מעדיפה|מעדיפים) (?:\\S+ )?(?:להסתובב|לחיות|ללכת) עם",
     "אם זה עוזר", "לאט(?: יותר)?", "משום מה", "באופן מוזר"])

# The matter handed to someone abler, or the customer sent away until they are.
DELEGATE = words(
    ["(?:get|ask|have|let) (?:\\S+ ){0,2}?(?:someone|somebody|your (?:kids|children|son|daughter|grand\\w+|family|"
     "partner|husband|wife))", "(?:go|try) (?:somewhere |someone )?else(?:where)?", "before (?:buying|ordering|"
     "calling|booking|asking)",
     "stop (?:calling|asking|writing|emailing|bothering)", "don't (?:call|ask|write) (?:again|any more)",
     "(?:hou|houd) (?:\\S+ )?op met (?:bellen|vragen|mailen|zeuren)",
     "(?:bel|vraag|mail) (?:\\S+ )?niet (?:meer|steeds)",
     "laat (?:\\S+ ){0,3}?(?:uw|je|jouw) (?:kinderen|kleinkinderen|zoon|dochter|partner|familie)",
     "(?:vraag|laat) (?:\\S+ ){0,3}?iemand", "laat (?:uw|je|jouw) \\w+ (?:het|dat) (?:\\S+ )?(?:doen|regelen|maken)",
     "(?:kan|could|can|peut) (?:zij|hij|she|he|elle|il|they) (?:dan |then |alors )?(?:meteen |straight away |"
     "directement |ook |also |aussi )?(?:de rest|the rest|le reste|alles|everything|tout) (?:\\S+ ){0,4}?(?:regelen|"
     "doen|organiseren|sort|do|organi[sz]e|handle|arrange|g[ée]rer|organiser|faire)",
     "aan (?:de|uw|je|jouw) (?:kinderen|kleinkinderen|zoon|dochter|partner|"
     "familie) (?:\\S+ )?over ?(?:te )?laten", "leave (?:it|this|that) to (?:your|the) (?:kids|children|son|daughter|"
     "grand\\w+|family|partner)", "laissez (?:\\S+ )?(?:à|a|aux) (?:vos |votre )?(?:enfants|petits-enfants|fils|fille|"
     "famille)", "faites-vous aider", "get (?:some )?help from (?:someone|somebody)", "laat (?:u|je) helpen door",
     "ga (?:maar )?(?:ergens )?anders", "eerst (?:\\S+ ){0,3}?leren",
     "(?:demandez|laissez) (?:\\S+ ){0,2}?(?:[àa] )?(?:quelqu'un|vos (?:enfants|petits-enfants|proches)|votre (?:fils|"
     "fille|famille))", "allez (?:voir )?ailleurs", "arr[êe]tez (?:de|d')(?:\\S+ )?(?:appeler|demander|[ée]crire|"
     "insister)", "n'appelez plus", "avant d'(?:acheter|appeler|commander|r[ée]server)",
     "instead of (?:asking|calling|ringing|phoning)(?: us| me)?", "don't (?:come|call|ring) (?:\\S+ )?(?:to )?us when",
     "in plaats van (?:\\S+ )?(?:opnieuw |weer |nog eens )?te (?:vragen|bellen)",
     "au lieu de (?:nous |me )?(?:re)?(?:poser|demander|appeler)", "avant de (?:re)?(?:poser|demander)",
     "bother(?:ing)? (?:me|us)", "(?:mij|me|ons) (?:\\S+ ){0,3}?lastig (?:te )?vallen", "(?:me|nous) d[ée]ranger",
     "your (?:kids|children|son|daughter|grand\\w+|family) (?:can |could |will )?(?:do|sort|handle) (?:it|this|that)",
     "(?:uw|je) (?:kinderen|kleinkinderen|zoon|dochter|familie) (?:het |dat )?(?:\\S+ )?(?:doen|regelen)",
     "(?:vos |votre )(?:enfants|petits-enfants|fils|fille|famille) (?:le |s'en )?(?:fassent|fasse|occupent|occupe)"],
    ["(?:תן|תני|תנו|בקש|בקשי) (?:ל|מ)(?:ה)?(?:נכדים|ילדים|בן|בת|מישהו|משפחה)", "לכי? למקום אחר",
     "(?:תפסיק|תפסיקי|תפסיקו) (?:להתקשר|לשאול|לכתוב|להציק)",
     "לפני ש(?:קונים|מזמינים|מתקשרים)", "תשאירי? את זה ל(?:נכדים|ילדים|משפחה)", "תיעזרי? ב(?:מישהו|נכדים|ילדים)",
     "במקום לשאול", "אל (?:תתקשר|תתקשרי|תבוא|תבואי) אלינו כש[\u05d0-\u05ea]*",
     "ש?ה(?:נכדים|ילדים|בן|בת|משפחה) (?:\\S+ )?(?:יעשו|יעשה|תעשה|יסדרו|יטפלו)", "להטריד אותי"])

# A dare to a customer who threatens: "go ahead", "do as you like", a bare imperative of their own threat.
DARE = words(
    ["go (?:ahead|on)", "be my guest", "do as you (?:like|please|wish)", "suit yourself", "feel free",
     "(?:post|write|say|do|put) (?:what|whatever) you (?:like|want|wish|please)", "that's your right",
     "(?:dat|het) mag (?:u|je)(?: gerust)? doen", "(?:dat|het) staat (?:u|je) vrij",
     "(?:schrijf|zet|doe|zeg) (?:maar )?"
     "wat (?:u|je) (?:wilt|wil)", "(?:[ée]crivez|postez|publiez|faites|dites) ce que vous voulez", "c'est votre droit",
     "doe (?:maar )?wat (?:u|je) niet laten kunt", "ga (?:uw|je|jouw) gang", "doe maar", "(?:u|je) doet maar",
     "faites donc", "allez-y", "libre [àa] vous", "comme vous voulez", "ne vous g[êe]nez pas"],
    ["לך על זה", "זכותך", "זו זכותך", "לכי על זה", "תעשה מה ש", "תעשי מה ש", "בבקשה, ",
     "(?:ת)(?:כתוב|כתבי|פרסם|פרסמי|תלונן|תלונני)"])

# A cost to the customer or what is theirs, said with the dare.
COST = words(
    ["remember", "don't forget", "nobody (?:\\S+ ){0,3}?will", "no one (?:\\S+ ){0,3}?will", "(?:black)?list",
     "at the (?:back|bottom|end)", "(?:we|i) (?:still )?(?:have|hold|keep) your",
     "your \\S+ (?:is|are) (?:still )?(?:with us|here|in our)", "(?:some|certain) (?:customers|clients)",
     "your (?:house|home|address|order|dates?|appointment|booking|file|car|kitchen)",
     "onthoud", "vergeet niet", "niemand (?:\\S+ ){0,3}?(?:wil|zal)", "(?:zwarte )?lijst", "achteraan",
     "(?:uw|je) \\S+ (?:hier|bij ons) (?:nog )?(?:staat|ligt|blijft)",
     "(?:uw|je) \\S+ (?:staat|ligt|blijft|is) (?:nog|hier|bij ons)", "(?:sommige|bepaalde) klanten",
     "uw (?:huis|woning|adres|bestelling|afspraak|datum|dossier)",
     "souvenez-vous", "n'oubliez pas", "personne ne", "(?:une |la )?liste", "en dernier", "glisse\\w*",
     "(?:votre|vos) \\S+ (?:est|sont|reste|restent) (?:encore |toujours )?chez nous",
     "certains clients", "(?:votre|vos) "
     "(?:maison|domicile|adresse|commande|dates?|rendez-vous|dossier)"],
    ["תזכור", "תזכרי", "אל תשכח", "אל תשכחי", "אף אחד לא", "רשימה", "(?:ה)?(?:בית|כתובת|הזמנה|תור) שלך", "לבית שלך",
     "בסוף התור", "שלך (?:עדיין )?אצלנו", "לקוחות מסוימים"])

# Blame laid on the customer, or the matter called too easy for anyone to miss.
BLAME = words(
    ["your (?:own )?fault", "you should have", "had you (?:read|listened|looked|checked)",
     "if you had (?:read|listened|"
     "looked|checked|paid)", "(?:not|isn't|is not) (?:that |so |exactly )?(?:hard|difficult|complicated)",
     "even a child", "(?:pretty|quite|really) obvious", "it's all (?:there|written)",
     "(?:it )?(?:says so|is (?:written|posted|signposted)) (?:\\S+ ){0,2}?everywhere", "staat (?:\\S+ )?overal",
     "(?:c'est |est )?(?:[ée]crit|affich[ée]|indiqu[ée]) partout",
     "(?:uw|je|jouw) (?:eigen )?schuld", "had (?:u|je) (?:maar|beter)",
     "als (?:u|je) (?:\\S+ )?had (?:gelezen|geluisterd|"
     "opgelet|gekeken)", "(?:niet|echt niet) (?:zo |zo'n |erg )?(?:moeilijk|ingewikkeld|lastig)", "zelfs een kind",
     "(?:de )?votre faute", "vous auriez d[ûu]", "si vous aviez (?:lu|[ée]cout[ée]|regard[ée])",
     "(?:pas|pas si|pas tr[èe]s) (?:compliqu[ée]|difficile|sorcier)", "m[êe]me un enfant",
     "more (?:parental )?supervision", "(?:meer|beter) (?:ouderlijk )?toezicht", "(?:plus de|davantage de) "
     "surveillance"],
    ["(?:ה)?אשמה שלך", "באשמתך", "היית צריכה? ל", "אם היית (?:קורא|קוראת|מקשיב|מקשיבה)", "זה לא (?:כזה )?(?:מסובך|קשה)",
     "אפילו ילד", "כתוב (?:\\S+ )?בכל מקום", "(?:יותר|קצת) השגחה"])

# Exasperation or mock praise around the customer.
EXASPERATION = words(
    [# an opening "Seriously, ...", not a thing taken seriously: "we take it seriously, and ..."
     "(?<!\\w )seriously,", "(?<!\\w )serieus,",
     "sigh", "ugh", "(?:oh )?wow", "congratulations", "well done", "bravo", "finally", "seriously\\?", "honestly,",
     "zucht", "pff+", "gefeliciteerd", "goed zo", "eindelijk", "serieus\\?", "eerlijk gezegd,",
     "(?:that|it) shows[.!]", "saves us both (?:\\S+ ){0,3}?time", "dat (?:merk|zie) (?:je|ik)[.!]",
     "(?:dat )?scheelt ons (?:allebei|beiden) (?:\\S+ )?tijd", "[çc]a se voit[.!]",
     "(?:[çc]a )?nous fera gagner du temps [àa] tous les deux", "soupir", "pff+", "f[ée]licitations", "enfin",
     "s[ée]rieusement", "franchement,", "bravo"],
    ["אוף", "רואים את זה[.!]", "חוסך לשנינו זמן", "כל הכבוד", "סוף סוף", "ברצינות\\?", "נו באמת"])

# What the customer can manage called too much for them, as a sentence about them ("if reading a boarding pass is
# too much", "I understand reading is hard", "if 800 metres is far for you", "si vous ne lisez pas vos e-mails"), or
# an elementary skill pressed on them ("count on your fingers", "reading is a skill too").
BEYOND = words(
    ["(?:if |when )?(?:reading|counting|listening|understanding|following|checking|looking)(?: \\S+){0,4}? "
     "(?:is|seems) (?:\\S+ )?(?:too (?:much|hard|difficult)|hard|difficult|a struggle|beyond you)",
     "(?:is|seems) (?:\\S+ )?(?:too )?(?:far|hard|difficult|complicated|much) for you",
     "count (?:\\S+ )?on your fingers",
     "(?:isn't|is not|just isn't|simply isn't) (?:really )?(?:his|her|your|their) "
     "(?:sport|thing|game|forte|strong point)",
     "(?:reading|counting|listening) is (?:also |a )?(?:a )?skill",
     "(?:you|u|je) (?:don't|do not|never) (?:even )?(?:read|listen|look)",
     "(?:lezen|tellen|luisteren|kijken|opletten)(?: \\S+){0,3}? (?:lastig|moeilijk|te veel|te hoog gegrepen|"
     "een vaardigheid|een kunst)",
     "(?:is|lijkt) (?:\\S+ )?te (?:ver|moeilijk|lastig|ingewikkeld|veel) voor (?:u|je|jou)",
     "tel\\w* (?:\\S+ )?op (?:uw|je) vingers",
     "(?:is|ligt) (?:\\S+ ){0,2}?niet (?:zijn|haar|uw|jouw|je|hun) (?:sport|ding|sterkste kant)",
     "(?:u|je) (?:leest|luistert|kijkt) (?:\\S+ ){0,2}?(?:niet|nooit)",
     "(?:lire|compter|[ée]couter|comprendre)(?: \\S+){0,3}? (?:est|c'est|semble) (?:\\S+ )?(?:trop |si )?"
     "(?:difficile|compliqu[ée]|dur)", "(?:est|semble) (?:\\S+ )?trop (?:loin|difficile|compliqu[ée]) pour vous",
     "compt\\w* (?:\\S+ )?sur (?:vos|tes) doigts",
     "(?:n'est|ce n'est) (?:\\S+ )?pas (?:son|votre|leur|ton) (?:sport|truc|fort|point fort)",
     "(?:vous|tu) ne (?:lisez|lis|[ée]coutez|[ée]coutes|regardez) "
     "(?:\\S+ )?(?:pas|jamais)", "lire est (?:aussi )?un (?:art|talent)"],
    ["(?:רחוק|קשה|מסובך|הרבה) (?:מדי )?(?:בשבילך|בשבילכם|לך)(?![\\u05d0-\\u05ea])",
     "(?:לקרוא|לספור|להקשיב|להבין)(?: \\S+){0,3}? (?:זה )?(?:קשה|מסובך|יותר מדי)",
     "(?:תספור|תספרי|לספור) על (?:ה)?אצבעות", "(?:זה )?(?:פשוט )?לא (?:ה)?(?:ספורט|תחום) (?:שלו|שלה|שלך|שלהם)",
     "(?:אתה|את|אתם) לא (?:\\S+ )?(?:קורא|קוראת|קוראים|מקשיב|מקשיבה)"])

# The customer set against everyone else, or a kind of people they are counted with: "like everyone else", "some
# people just ...", "like a child in kindergarten", "before you accuse others".
OTHERS = words(
    [# others ranked above the customer, or everyone but them fine: "they matter more than someone who can't wait",
     # "the whole building sleeps fine except you"
     "(?:matter|matters|count|counts) more than (?:someone|somebody|you|people|customers) (?:who|like)",
     "(?:zijn|is) (?:\\S+ )?belangrijker dan (?:iemand|u|jij|mensen|klanten) die",
     "(?:comptent|compte|passent) (?:\\S+ )?(?:plus|avant) (?:que )?(?:quelqu'un|vous|ceux|les gens) qui",
     "(?:everyone|everybody|the whole \\w+|all the \\w+) (?:\\S+ ){0,5}?(?:except|but|apart from) you(?!r)",
     "iedereen (?:\\S+ ){0,5}?behalve (?:u|jij|jou)\\b", "tout le monde (?:\\S+ ){0,5}?sauf vous",
     "like everyone else", "like (?:a|a little|a small) (?:child|kid|toddler)", "some people (?:just |simply )?"
     "(?:\\w+)", "zoals iedereen", "(?:als|zoals) een (?:klein )?kind",
     "sommige mensen", "(?:er zijn )?mensen die (?:gewoon )?vergeten",
     "comme tout le monde", "comme (?:un|une) (?:petit |petite )?(?:enfant|gamin)", "certaines personnes",
     "il y a des gens qui", "not everyone (?:has|needs) to have", "niet iedereen hoeft", "tout le monde n'est pas "
     "oblig[ée] d'avoir", "most (?:\\S+ ){0,2}?(?:people|customers|clients|couples|guests|parents|families|"
     "brides|grooms|hosts) (?:manage|can|know how|remember|get)", "de meeste (?:\\S+ ){0,2}?(?:mensen|klanten|stellen|"
     "koppels|gasten|ouders|families) (?:kunnen|lukt het|weten|onthouden|krijgen)", "la plupart des (?:\\S+ ){0,2}?"
     "(?:gens|clients|couples|mari[ée]s|parents|familles|invit[ée]s) "
     "(?:arrivent|savent|r[ée]ussissent|se souviennent)",
     # what others bear "without making a drama of it": the customer made out to make one
     "without making (?:such )?a (?:drama|fuss|scene)", "zonder er (?:zo'n |een )?(?:drama|toestand|punt) van te maken",
     "sans en faire (?:tout )?(?:un drame|une histoire|un plat|tout un cin[ée]ma)"],
    ["חשובים יותר ממי ש", "(?:כולם|כל ה\\S+) (?:\\S+ ){0,4}?חוץ (?:ממך|ממכם)",
     "כמו כולם", "כמו (?:ל)?ילד", "לא כל אחד חייב", "בלי לעשות (?:מזה |מזה עניין |מזה )?(?:דרמה|סיפור)",
     "יש אנשים ש[\u05d0-\u05ea]+",
     "רוב (?:ה)?(?:אנשים|לקוחות|זוגות|הורים|משפחות|אורחים) (?:מצליחים|יודעים|זוכרים)"])

# The customer told to look to themselves before they blame: "check your wardrobe before you accuse others".
ACCUSE = words(
    ["before (?:you )?(?:accus|blam)\\w*", "voordat (?:u|je) (?:\\S+ )?(?:beschuldig\\w*|de schuld)",
     "avant d'accuser", "avant de (?:bl[âa]mer|critiquer|traiter (?:les autres|quelqu'un|les gens|nous))",
     "(?:look|take a look) (?:at yourself )?in (?:the|a) mirror", "kijk (?:\\S+ ){0,2}?in de spiegel",
     "(?:regardez|regarder)-vous dans (?:une|la) (?:glace|miroir)",
     "vous regarder dans (?:une|la|un) (?:glace|miroir)"],
    ["לפני ש(?:אתה|את|אתם) (?:\\S+ )?מאשי[םמ][\u05d0-\u05ea]*", "(?:תסתכל|תסתכלי|תסתכלו) (?:\\S+ )?במראה"])

# A lesson for next time: "next time, count ...", "neem volgende keer gewoon ...", "la prochaine fois, comptez ...".
NEXT_TIME = words(
    [# how to run their own days, as a lesson: "maybe plan your days a bit better", "organisez-vous mieux"; and the
     # matter left to others next time: "la prochaine fois, laissez faire ..."
     "plan your (?:\\w+ ){1,3}?better", "organi[sz]e (?:yourself|your (?:\\w+ )?days?) better",
     "(?:plan|organiseer|regel) (?:uw|je) (?:\\S+ ){0,3}?beter", "organisez-vous mieux", "(?:planifiez|organisez) "
     "mieux (?:vos|votre)", "laissez faire (?:les|des) (?:adultes|grands|pros|professionnels)",
     "leave (?:it|this|that) to the (?:adults|grown-?ups|professionals|experts)",
     "laat (?:het|dat|dit) (?:\\S+ )?over aan (?:de )?(?:volwassenen|vakmensen|experts|professionals)",
     "next time,? (?:just|simply) \\w+", "next time,? (?:try )?(?:count|read|look|think|learn)\\w*",
     "(?:volgende|een volgende) keer,? (?:\\S+ )?gewoon",
     "(?:\\w+ )?volgende keer (?:gewoon|even|eerst)", "la prochaine fois,? (?:\\S+ )?(?:comptez|lisez|regardez|"
     "r[ée]fl[ée]chissez|apprenez)", "la prochaine fois,? (?:\\S+ )?(?:simplement|juste)",
     "בפעם הבאה (?:\\S+ )?(?:תבדוק|תבדקי|תקרא|תקראי|תסתכל|תסתכלי|"
     "תספור|פשוט)"],
    ["(?:תתכנן|תתכנני|תתכננו|תתארגן|תתארגני|תתארגנו) (?:\\S+ ){0,2}?(?:טוב )?יותר",
     "(?:תשאיר|תשאירי|תשאירו) את זה ל(?:מבוגרים|מקצוענים|מומחים)",
     ])

# A counterfactual on what the customer did not do, with what they would then have known or spared us ("if you had
# read the description, you would have seen ...", "if you had paid on time, we would not have had to ...", "a look at
# a map would have saved us both this conversation"); "if you had booked Premium, the towels were free" explains.
HAD_YOU = words(
    [# ... with the trouble they would then not have: "... you wouldn't have had this problem", "had u dit probleem niet
     # gehad", "vous n'auriez pas eu ce problème"
     "(?:you(?:'d| would)? (?:not|never)|you (?:wouldn't|would not)) (?:have )?(?:had|faced) (?:this|that|the|any "
     "of this) (?:problem|issue|trouble)", "had (?:u|je) (?:\\S+ )?(?:dit|dat|het|deze|die) (?:probleem|gedoe|"
     "problemen) (?:\\S+ )?niet gehad", "had (?:u|je) (?:\\S+ )?geen (?:probleem|problemen|gedoe) gehad",
     "vous n'auriez (?:jamais |pas )(?:eu )?(?:ce|de|ces) "
     "(?:probl[èe]mes?|soucis?)",
     "if you had \\w+.{0,80}?(?:you'd|you would) have (?:\\S+ )?(?:known|seen|noticed|reali[sz]ed|understood|read)",
     "had you \\w+.{0,80}?(?:you'd|you would) have (?:\\S+ )?(?:known|seen|noticed|realised|realized|understood)",
     "(?:we|i) (?:wouldn't|would not) (?:have )?(?:had|needed) to", "would have (?:saved|spared) (?:us|you|me)",
     "als (?:u|je) (?:\\S+ ){0,8}?(?:had|hadt) \\w+.{0,80}?had (?:u|je) (?:\\S+ )?(?:gezien|geweten|gemerkt|"
     "begrepen|gelezen)", "hadden (?:we|wij|ik) (?:\\S+ ){0,3}?niet (?:hoeven|gehoeven)",
     "(?:had|zou) (?:\\S+ ){0,4}?(?:bespaard|gescheeld) (?:hebben)?",
     "si vous aviez \\w+.{0,80}?vous (?:auriez|sauriez) (?:\\S+ )?(?:su|vu|compris|remarqu[ée]|lu)",
     "(?:vous |nous )?(?:aurait|auraient) (?:\\S+ ){0,3}?(?:[ée]pargn[ée]|[ée]vit[ée])",
     "nous n'aurions pas (?:eu|d[ûu])"],
    ["לא (?:הייתה|היתה|היו) (?:לך|לכם) (?:את )?(?:ה)?(?:בעיה|בעיות) (?:ה)?(?:זאת|זו|האלה)",
     "אם (?:היית|הייתם) \\S+.{0,80}?(?:היית|הייתם) (?:\\S+ )?(?:יודע|יודעת|יודעים|רואה|רואים|מבין|מבינה|מבינים)",
     "לא היינו צריכים"])

# Time refused to the customer: "we don't have time for", "nous n'avons pas le temps", "אין לנו זמן".
NO_TIME = words(
    ["(?:we|i) (?:don't|do not|haven't|have not|have no) (?:got )?(?:the )?time (?:for|to) (?:this|that|teach|"
     "explain|give|hold|run)", "(?:wij|we|ik) (?:hebben|heb) geen tijd (?:voor|om)",
     "(?:nous n'avons|je n'ai) pas (?:le )?temps (?:de|pour)", "n'avons pas le temps"],
    ["אין לנו זמן ל", "אין לי זמן ל"])

# Their budget or taste mocked as such: "with a budget like that", "avec un budget pareil", "עם תקציב כזה".
MEANS = words(
    [# what they expect mocked as too much, or their home as a hovel: "stop expecting a heat pump to ...", "een tochtig
     # krot", "votre taudis"
     "stop expecting", "(?:hou|houd|stop) (?:\\S+ )?op met (?:\\S+ )?(?:verwachten|te verwachten)",
     "arr[êe]tez (?:donc )?d'(?:attendre|esp[ée]rer) (?:d'|de |que|qu')", "hovel", "krot", "krotje", "taudis",
     "masure",
     "(?:with|on) (?:a |such a |that |this )?(?:budget|taste) (?:like (?:that|this|yours)|as (?:small|tight|low) as "
     "(?:that|yours))", "(?:with|on) such a (?:small |tight |low |modest )?budget",
     "met (?:zo'n|zulk een|dat|die|een) (?:\\S+ )?(?:budget|smaak)(?: als (?:dat|die|deze|de uwe|de jouwe))?(?= |,)",
     "(?:met|bij) zo'n (?:klein |krap |laag )?budget", "(?:avec|pour) (?:un|ce) (?:budget|go[ûu]t) (?:pareil|comme "
     "(?:[çc]a|le v[ôo]tre|celui-l[àa])|aussi (?:serr[ée]|petit|faible))", "(?:avec|pour) un (?:si )?(?:petit )?"
     "budget pareil",
     "lower (?:your|their) expectations", "(?:verlaag|bijstellen|stel) (?:\\S+ )?(?:uw|je|jullie) verwachtingen",
     "(?:baissez|revoyez|revoir) (?:\\S+ )?vos (?:attentes|exigences)",
     "if (?:a (?:bit|little|drop|spot|touch) of|a few|some) \\w+ (?:\\S+ ){0,3}?(?:ruin|ruins|spoil|spoils|wreck)",
     "als (?:een beetje|een paar|wat) \\w+ (?:\\S+ ){0,4}?(?:verpest|verpesten|bederft|bederven|ruïneert)",
     "si (?:un peu de|quelques) \\w+ (?:\\S+ ){0,4}?(?:g[âa]che|g[âa]chent|ruine|ruinent|g[âa]cher|ruiner)",
     # what they cannot pay for, and what quality costs: "if there's no money for an implant, there's always ...",
     # "zo duur is kwaliteit nu eenmaal"
     "if (?:there's|there is) no money for", "if you (?:can't|cannot) afford (?:\\S+ ){0,3}?,? (?:there's|there are) "
     "always", "als (?:er )?(?:u |je )?geen geld (?:is|hebt|heeft) voor", "si vous n'avez pas (?:les moyens|l'argent)",
     "(?:that's )?(?:just )?what quality costs", "quality (?:just |simply )?(?:costs|comes at a price|isn't cheap)",
     "(?:zo duur is|zoveel kost) kwaliteit", "kwaliteit (?:kost|heeft|is) (?:nu eenmaal )?(?:geld|zijn prijs|duur)",
     "la qualit[ée] (?:a un prix|se paie|co[ûu]te cher)"],
    ["(?:תפסיק|תפסיקי|תפסיקו) לצפות", "חורבה", "מאורה",
     "(?:עם )?תקציב (?:כל כך )?(?:קטן |נמוך )?כזה", "אם אין (?:לך |לכם )?כסף", "איכות עולה כסף",
     "(?:תורידו|תוריד|תורידי|להוריד) (?:את )?(?:ה)?ציפיות",
     "(?:עם )?טעם כזה",
     "אם (?:קצת|טיפה) \\S+ (?:\\S+ ){0,3}?(?:יהרוס|תהרוס|יהרסו|הורס|הורסת|יקלקל|תקלקל)"])

# Sent elsewhere or home as where they belong: "you'd better cook at home", "a registry office would have suited
# you better", "un pique-nique aurait été plus adapté", "עדיף לעשות בחצר של ההורים".
ELSEWHERE = words(
    ["(?:would|'d) (?:\\S+ ){0,2}?have (?:suited|fitted|been (?:better|more) (?:suited|appropriate) (?:to|for)) you",
     "(?:would|'d) (?:\\S+ ){0,2}?have been (?:\\S+ )?(?:more suitable|more appropriate|better suited)",
     "(?:you(?:'d| would)|you might) (?:\\S+ )?(?:be )?better (?:off )?(?:\\S+ ){0,4}?(?:at home|elsewhere|somewhere "
     "else|yourselves?)", "(?:better|best) (?:\\S+ ){0,4}?(?:at home|in your (?:own )?(?:garden|kitchen|living room))",
     "(?:kunt|kan|kunnen) (?:u|je|jullie) (?:\\S+ )?beter (?:\\S+ ){0,4}?(?:thuis|zelf|ergens anders|elders)",
     "beter (?:\\S+ ){0,3}?thuis", "had (?:\\S+ ){0,3}?beter bij (?:u|je|jullie) gepast",
     "(?:was|waren) (?:\\S+ ){0,2}?(?:geschikter|beter geschikt|passender) (?:geweest )?",
     "(?:aurait|auraient) (?:\\S+ ){0,2}?(?:[ée]t[ée] )?(?:plus|mieux) "
     "(?:adapt[ée]e?s?|indiqu[ée]e?s?|appropri[ée]e?s?)",
     "(?:feriez|ferais) mieux de (?:\\S+ ){0,4}?(?:chez vous|ailleurs|vous-m[êe]mes?)",
     "mieux (?:vaut|vaudrait) (?:\\S+ ){0,4}?(?:chez (?:vous|soi)|ailleurs|vous-m[êe]mes?)",
     # what we serve or do made theirs to bring from home: "eat before you come", "neem het van thuis mee"
     "(?:eat|have (?:dinner|lunch|something)) (?:\\S+ ){0,2}?before you come", "bring (?:\\S+ ){0,3}?from home",
     "(?:eet|eten) (?:\\S+ ){0,2}?(?:voordat|voor) (?:u|je|jullie) (?:komt|komen|komen)",
     "(?:neem|breng|nemen|brengen) (?:\\S+ ){0,3}?van thuis mee", "(?:mangez|manger) avant de venir",
     "apportez (?:\\S+ ){0,3}?de chez vous",
     "go (?:and )?(?:buy|get|find|hire|book) (?:\\S+ ){0,4}?(?:at (?:the|a) market|elsewhere|somewhere else)",
     "ga (?:maar |dan )?(?:\\S+ ){0,4}?(?:op de markt|ergens anders|elders) "
     "(?:\\S+ ){0,2}?(?:kopen|halen|zoeken|boeken)",
     "allez (?:donc )?(?:acheter|chercher|prendre|r[ée]server) (?:\\S+ ){0,4}?(?:au march[ée]|ailleurs)"],
    ["עדיף (?:\\S+ ){0,4}?(?:בבית|בחצר|במקום אחר|לבד|בעצמכם|בעצמך)", "(?:היה|היו) (?:\\S+ )?(?:מתאים|מתאימה|מתאימים) "
     "(?:לך|לכם) יותר", "(?:מתאים|מתאימה|מתאימים) (?:לך|לכם) יותר",
     "(?:תביאו|תביא|תביאי|להביא) (?:\\S+ ){0,3}?מהבית",
     "(?:תאכלו|תאכל|תאכלי) (?:\\S+ )?לפני (?:ש)?(?:אתם )?(?:באים|מגיעים)",
     "(?:לך|לכי|לכו) (?:ת[\u05d0-\u05ea]+) (?:\\S+ ){0,3}?(?:בשוק|במקום אחר|אצל מישהו אחר)"])

# Their matter disowned or handed back to them: "not our problem", "we're a venue, not ...", "sort it out between
# yourselves", "réglez ça en famille", "תסדרו את זה ביניכם".
DISOWN = words(
    ["(?:is|are|'s|isn't|is not)? ?not (?:really )?(?:our|my) (?:problem|concern|business|job|department)",
     "(?:we're|we are) (?:a|an) \\w+(?: \\w+)?, not(?= \\w)",
     "niet (?:ons|mijn) (?:probleem|pakkie-an|zaak|werk)",
     "(?:it's|it is|this is) (?:a|an) [\\w-]+(?: [\\w-]+)?, not (?:a|an)(?= \\w)",
     "the problem (?:\\S+ ){0,2}?(?:isn't|is not|doesn't lie|does not lie) (?:with|on) (?:us|our side|our end)",
     "(?:paid|here|there) to \\w+(?: \\w+)?, not to \\w+",
     "(?:we zijn|wij zijn) (?:een )?\\w+(?: \\w+)?, (?:geen|niet)",
     "(?:het|dit) is (?:hier )?een [\\w-]+(?: [\\w-]+)?, geen(?= \\w)",
     "(?:ligt|zit) (?:het probleem|de fout|het) (?:\\S+ ){0,2}?niet bij ons",
     "c'est (?:un|une) [\\w-]+(?: [\\w-]+)?, pas (?:un|une)(?= \\w)",
     "le probl[èe]me (?:\\S+ ){0,2}?n'est pas (?:chez nous|de notre c[ôo]t[ée])",
     "pay[ée]e? pour \\w+(?: \\w+)?, pas pour",
     "(?:n'est|ne sont|ce n'est) pas (?:notre|mon) (?:probl[èe]me|affaire|r[ôo]le|travail)",
     "nous sommes (?:un|une) \\w+(?: \\w+)?, pas"],
    ["(?:זו|זה|זאת) לא (?:ה)?בעיה שלנו", "לא (?:ה)?בעיה שלנו", "(?:אנחנו|זו|זה|זאת) \\S+(?: \\S+)? ולא(?! רק)",
     "(?:אנחנו|זו|זה|זאת) \\S+(?: \\S+)?, לא (?=\\S)", "הבעיה (?:\\S+ )?לא אצלנו"])
YOURSELVES = words(
    ["(?:sort|figure|work|settle|thrash|hash) (?:it|this|that|things) out (?:between |among |by )?(?:yourselves|"
     "yourself|as a family)", "(?:settle|solve|resolve) (?:it|this|that) (?:between|among) yourselves",
     "(?:los|zoek|regel) (?:het|dat|dit) (?:\\S+ )?(?:zelf|onderling|samen|met elkaar|in de familie|in familie\\w*)"
     "(?: (?:op|uit))?", "(?:zoek|los) (?:het|dat) (?:maar )?(?:zelf )?(?:uit|op) (?:met|onder) elkaar",
     "r[ée]glez (?:[çc]a|cela|le|la|les|tout [çc]a) (?:\\S+ )?(?:en famille|entre vous|vous-m[êe]mes?)",
     "d[ée]brouillez-vous", "arrangez-vous (?:\\S+ )?(?:entre vous|en famille)"],
    ["(?:תסדרו|תסגרו|תפתרו|תסתדרו|תסדר|תסדרי|תסגור|תסגרי) (?:\\S+ ){0,4}?(?:ביניכם|במשפחה|בעצמכם|לבד|בינך)",
     "(?:תסתדרו|תסתדר|תסתדרי) (?:לבד|בעצמכם|ביניכם)"])

# Treated as a child: "once everyone is grown-up enough", "with your finger under each line", "מסיבת גן".
CHILD = words(
    [# told to behave as a grown-up would: "put on a jumper like an adult", "als een volwassene", "comme un adulte"
     "like (?:an adult|a grown-?up|a big (?:boy|girl))", "als een volwassen(?:e|en)?(?: (?:mens|man|vrouw))?",
     "comme (?:un|une) (?:adulte|grande? personne)",
     "grown-?up enough", "grow up", "(?:like|for) (?:a |the )?(?:kindergarten|nursery|playground|playgroup)",
     "(?:with )?(?:a|your) finger (?:under|on) (?:each|every) (?:line|word)", "big (?:boy|girl)s?",
     "volwassen genoeg", "word (?:eens )?volwassen", "kleuter(?:school|klas|feestje)", "(?:met )?(?:een|je|uw) "
     "vinger (?:onder|bij) (?:elke|iedere) (?:regel|zin|woord)", "grote (?:jongen|meid|meisje)",
     "assez (?:grands?|grandes?|adultes|m[ûu]rs?|m[ûu]res?) pour", "grandissez", "grandis(?= |,|\\.)",
     "(?:de )?maternelle", "(?:avec )?(?:le|votre|un) doigt sous (?:chaque|les) (?:ligne|mot)",
     # likened to a toddler or a baby: "what are you, a baby?", "we only see that with toddlers", "he's nine, not
     # nine months"
     "what are you,? (?:a |an )?(?:baby|child|kid|toddler)", "only (?:see|get|hear) (?:that|this|it) (?:from|with|in|"
     "among) (?:toddlers|kids|children|babies|preschoolers|little ones)", "(?:he's|she's|you're|they're|he is|"
     "she is|you are|they are) \\w+,? not \\w+ (?:months?|weeks?)", "kinderachtig",
     "wat bent u,? (?:een )?(?:baby|kleuter|kind)", "(?:alleen|enkel|meestal|vooral) bij (?:kleuters|peuters|"
     "kleine kinderen|baby's)", "(?:hij|zij|ze|u|je) is \\w+,? geen \\w+ maanden",
     "(?:vous [êe]tes|t'es|tu es) un (?:b[ée]b[ée]|gamin)", "(?:que|qu') ?chez les (?:petits|tout-petits|b[ée]b[ée]s|"
     "enfants de maternelle)", "(?:il|elle) a \\w+ ans,? pas \\w+ mois"],
    ["כמו (?:אדם |איש |אישה )?(?:מבוגר|מבוגרת|מבוגרים)",
     "תתבגר", "תתבגרי", "תתבגרו", "מה (?:אתה|את|אתם),? (?:תינוק|תינוקת|תינוקות|ילד|ילדה|ילדים)",
     "רק אצל (?:ילדים|תינוקות|פעוטות|ילדי גן)", "(?:הוא|היא) (?:בן|בת) \\S+,? לא (?:בן |בת )?\\S+ חודשים",
     "(?:מבוגרים|מבוגר|מבוגרת) מספיק", "(?:מסיבת|מסיבה של) גן", "גן (?:ילדים|חובה)",
     "(?:עם )?(?:ה)?אצבע (?:מתחת ל|על )כל (?:שורה|מילה)"])

# Their plainest abilities doubted as a question: "can you count to 85?", "vous savez compter ?".
ABILITY = words(
    ["(?:can|could|do) you (?:even |actually )?(?:know how to )?(?:count|read|add|spell)(?: up)?(?: to \\d+)? ?\\?",
     "(?:can|could) you (?:even )?count(?: up)? to", "(?:kunt|kan|kun) (?:u|je) (?:wel |eigenlijk )?"
     "(?:tellen|lezen)(?: tot \\d+)? ?\\?", "(?:kunt|kan|kun) (?:u|je) (?:wel )?tellen tot",
     "(?:vous savez|savez-vous|tu sais|sais-tu) (?:compter|lire|additionner)", "(?:compter|lire) jusqu'[àa] \\d+ ?\\?"],
    ["(?:אתה|את|אתם) (?:בכלל )?(?:יודע|יודעת|יודעים) (?:לספור|לקרוא|לחבר)", "לספור עד \\d+ ?\\?"])

# Their own or their children's behaviour held against them: "given the way your children behaved", "vu le
# comportement de vos enfants", "met kinderen die zich gedragen zoals", "עם ילדים שמתנהגים כמו".
CONDUCT = words(
    ["(?:given|judging by|with|after|considering) (?:the |how |the way )?(?:behaviou?r of )?(?:your|you) "
     "(?:\\S+ ){0,2}?(?:behaved|behave|behaviou?r|conduct|manners)", "(?:the )?behaviou?r of your",
     "(?:kids|children) who behave like",
     "(?:gezien|na|met|bij) (?:het gedrag van|hoe) (?:uw|je|jullie) (?:\\S+ ){0,2}?(?:gedrag|gedroeg|gedragen|gedraagt|"
     "kinderen|zoon|dochter)", "(?:kinderen|mensen) die zich (?:zo )?gedragen (?:zoals|als)",
     "(?:vu|avec|apr[èe]s|compte tenu de) (?:le comportement|la conduite|l'attitude) de (?:vos|votre)",
     "(?:des )?enfants qui se (?:comportent|conduisent) comme",
     # a habit of theirs named as behaviour ("met dat poetsgedrag"), their staying away "understood"
     "(?:met|gezien|bij|na) (?:dat|dit|zo'n|zulk|uw|je|jouw) \\w+gedrag",
     "(?:i|we) (?:can )?(?:understand|see) why you (?:preferred|chose|decided|wanted) to (?:avoid|skip|stay away)",
     "(?:begrijp|snap) (?:\\S+ ){0,3}?(?:waarom|dat) (?:u|je) (?:\\S+ ){0,4}?(?:vermeden|overgeslagen|weggebleven|"
     "liever wegbleef)", "(?:je comprends|on comprend) (?:\\S+ ){0,2}?(?:que|pourquoi) vous (?:ayez|avez) "
     "(?:pr[ée]f[ée]r[ée]|choisi) (?:d')?(?:[ée]viter|de (?:ne pas|fuir|sauter))"],
    ["(?:מתנהגים|מתנהג|מתנהגת) כמו", "(?:מבין|מבינה) (?:\\S+ )?(?:למה|ש)(?:העדפת|העדפתם|בחרת) (?:להימנע|לדלג|לא להגיע)",
     "(?:בהתחשב ב|לפי )?(?:ה)?התנהגות של (?:ה)?(?:ילדים|בן|בת)? ?(?:שלך|שלכם)"])

# A grown-up held up as one afraid, fainting or crying: "a grown man who is scared of a needle", "un adulte qui tourne
# de l'œil", "גבר בן ארבעים שמפחד".
ADULT = words(
    ["(?:a |an )(?:grown(?:-up)?|adult) (?:man |woman |person )?(?:who|that) (?:is |'s |gets |still )?(?:\\S+ )?"
     "(?:scared|afraid|frightened|faints?|cries|panics?)", "(?:a |an )?(?:man|woman) of (?:\\d+|\\w+) (?:who|that) "
     "(?:is |gets )?(?:scared|afraid|frightened|faints|cries|panics)", "(?:\\d+|\\w+)-year-old (?:man|woman|adult) "
     "(?:who|that) (?:is |gets )?(?:scared|afraid|frightened|faints|cries|panics)",
     "een volwassen (?:man |vrouw |mens |vent )?die (?:\\S+ ){0,2}?(?:bang|angstig|flauwvalt|huilt|in paniek)",
     "een (?:man|vrouw) van (?:\\d+|\\w+) (?:jaar )?die (?:\\S+ ){0,2}?(?:bang|angstig|flauwvalt|huilt)",
     "(?:un|une) adulte qui (?:\\S+ ){0,3}?(?:a peur|tourne de l'[œo]e?il|s'[ée]vanouit|pleure|panique|tremble)",
     "(?:un homme|une femme) de (?:\\d+|\\w+) ans qui (?:\\S+ ){0,2}?(?:a peur|tourne|s'[ée]vanouit|pleure|panique)"],
    ["(?:גבר|אישה|אדם|בחור|בחורה|מבוגר|מבוגרת) (?:\\S+ ){0,2}?ש(?:מפחד|מפחדת|בוכה|מתעלף|מתעלפת|נלחץ|נלחצת)"])

# Their fear or pain made light of, or laughed at: "you'll survive", "get over it", "ça nous fait sourire", "תתגבר".
MAKE_LIGHT = words(
    [# their worry mocked as putting on a show: "you act like the building is flooding", "u doet alsof", "vous faites
     # comme si"
     "you(?:'re| are)? act(?:ing)? (?:like|as if|as though)", "(?:u|je|jij) (?:doet|doen) (?:\\S+ )?alsof",
     "vous faites (?:\\S+ )?comme si",
     "you'll (?:survive|live)", "(?:man|toughen|suck it) up", "get over it", "(?:stop|quit) (?:being (?:such )?a "
     "(?:baby|wimp|drama queen)|making (?:such )?a fuss)", "(?:that|it|this) (?:always )?makes us (?:\\S+ ){0,2}?"
     "(?:smile|laugh|chuckle)",
     "(?:u|je) overleeft het (?:\\S+ )?(?:wel|best)", "overleeft (?:u|je) het (?:\\S+ )?(?:wel|best)",
     "(?:ce n'est|c'est) pas la mer (?:à|a) boire", "n'imaginez (?:m[êe]me )?pas (?:\\S+ )?(?:l'accouchement|la suite)",
     "(?:it's|it is) not (?:the end of the world|rocket science)(?= ?[,.;!])",
     "(?:stel|stelt) (?:u|je) (?:\\S+ )?niet (?:zo )?aan",
     "daar (?:moeten|kunnen) (?:we|wij) (?:\\S+ )?(?:om )?(?:lachen|glimlachen|grinniken)",
     "(?:dat|het) (?:doet|laat) ons (?:altijd )?(?:\\S+ )?(?:lachen|glimlachen)",
     "vous (?:y )?survivrez", "(?:ne faites pas|arr[êe]tez de faire) (?:l'enfant|le b[ée]b[ée]|des histoires|"
     "tout un (?:drame|cin[ée]ma))", "(?:[çc]a|cela) nous fait (?:\\S+ ){0,3}?(?:sourire|rire)"],
    ["(?:אתה|את|אתם) (?:מתנהג|מתנהגת|מתנהגים|עושה|עושים) (?:\\S+ )?כאילו",
     "תתגבר", "תתגברי", "תתגברו", "תשרוד", "תשרדי", "תשרדו", "(?:זה )?(?:תמיד )?(?:מצחיק|משעשע) אותנו"])

# Their body held against them: weight they should lose, or their skin or looks weighed as what a treatment cannot
# help ("a good motivation to lose some weight", "met die huid", "avec une peau aussi grasse que la vôtre", "עם עור
# כזה"), and what they eat or do to themselves named as the cause ("change your diet", "arrêtez de toucher votre
# visage", "תחליפי את האוכל").
BODY = words(
    ["(?:lose|losing|shed|drop) (?:a (?:few|couple of) |some |a bit of |the )?(?:weight|pounds|kilos?|kg)",
     "(?:with|given) (?:skin|a face|a figure|a body) (?:like (?:that|yours)|as \\w+ as yours)",
     "(?:with|given) (?:that|such) (?:\\w+ )?(?:skin|face|figure|body)",
     "(?:wat |een beetje |een paar kilo )?af (?:te )?vallen", "afvallen", "(?:een paar |wat )?kilo'?s? kwijt",
     "met (?:die|zo'n|zulke) (?:\\w+ )?(?:huid|gezicht|figuur|lijf|postuur)(?= |[,.;:])(?! (?:kan|kunt|is|raden))",
     "maigrir", "perdre (?:quelques|des|du|un peu de) (?:kilos|poids)",
     "(?:avec|vu) (?:une|votre) (?:peau|silhouette|corps|visage) (?:aussi|si|tellement) \\w+",
     "(?:une|la) (?:peau|silhouette) comme la v[ôo]tre"],
    ["לרדת (?:\\S+ )?(?:קילו|קילוגרם|במשקל)", "להוריד (?:\\S+ )?(?:קילו|קילוגרם|משקל)",
     "עם (?:עור|פנים|גוף|גזרה) (?:כזה|כזאת|כזו|כמו שלך)"])
# What they eat or do to themselves named as the cause: "change your diet", "arrêtez de toucher votre visage",
# "תחליפי את האוכל".
HABITS = words(
    ["(?:chang|fix|sort\\w* out|watch)\\w* (?:what you eat|your (?:diet|eating))",
     "stop (?:touching|picking (?:at )?) your",
     "(?:uw|je) (?:eetpatroon|voeding|eten) (?:\\S+ )?(?:aanpassen|veranderen|omgooien)",
     "(?:stop|stopt|stoppen) met (?:aan )?(?:uw|je) (?:gezicht|huid) (?:te )?(?:zitten|aanraken|krabben)",
     "changer (?:votre|ton) (?:alimentation|r[ée]gime|fa[çc]on de manger)",
     "arr[êe]ter de (?:toucher|tripoter|gratter) (?:votre|ton|vos) (?:visage|peau|boutons)"],
    ["(?:תחליפי|תחליף|תשני|תשנה|לשנות|להחליף) את (?:ה)?(?:אוכל|תזונה)",
     "(?:תפסיקי|תפסיק|להפסיק) לגעת ב(?:פנים|עור|פצעונים)"])

_TRAITS = (REPEAT, CAPACITY, PERSON, SARCASM, DELEGATE, BLAME, EXASPERATION, BEYOND, OTHERS, NEXT_TIME, HAD_YOU,
           NO_TIME, ACCUSE, MEANS, ELSEWHERE, DISOWN, YOURSELVES, CHILD, ABILITY, CONDUCT, ADULT, MAKE_LIGHT,
           BODY, HABITS)

# A customer's ultimatum: "if this isn't fixed by Friday, I'm going to ...".
ULTIMATUM = words(
    ["if (?:\\S+ ){0,6}?(?:not|\\w+n't|no) (?:\\S+ ){0,8}?i(?:'m| am) (?:going|\\w+ing)",
     "if (?:\\S+ ){0,6}?(?:not|\\w+n't|no) (?:\\S+ ){0,8}?"
     "i(?:'ll| will)", "als (?:\\S+ ){0,8}?(?:niet|geen) (?:\\S+ ){0,8}?(?:ga|zal|schrijf|zet|bel) ik",
     "si (?:\\S+ ){0,6}?(?:pas|plus|rien) (?:\\S+ ){0,8}?(?:je vais|j'irai|je (?:laisse|mets|[ée]cris|poste|publie))"],
    ["אם (?:\\S+ ){0,6}?לא (?:\\S+ ){0,8}?אני (?:\\S+ )?(?:כותב|כותבת|הולך|הולכת|מפרסם|מפרסמת|פונה)"])


def traits(text: str) -> int:
    """How many different traits of a verdict on the person a reply carries."""
    return sum(1 for trait in _TRAITS if trait.search(text))


def judges_person(text: str, threatened: bool) -> bool:
    """Whether a reply judges the customer rather than their case: two different traits of that, or a dare to one
    who threatens with a cost to them or a verdict on their kind."""
    if traits(text) >= 2:
        return True
    return bool(threatened and DARE.search(text) and (COST.search(text) or PERSON.search(text)))


def ultimatum(line: str) -> bool:
    """Whether a customer's line sets a condition with a threat of their own: "if it isn't fixed soon, I'll ..."."""
    return bool(ULTIMATUM.search(line))


# A belittling verdict that needs no second trait: what the customer can manage called beyond them ("is that too
# hard for you?", "even you should manage that"), a question whether they do it on purpose or must be told twice,
# the company called no place for what they ask ("this isn't a hotel"), or their belongings named as known to us.
BEYOND_YOU = words(
    [# the trouble laid at the customer's own door, the thing they complain of cleared: "it's not the heat pump, it's
     # you", "ligt niet aan de warmtepomp maar aan u", "ne vient pas de la machine mais de vous", "הבעיה לא במזגן
     # אלא בעצבים שלך"; and the customer too slow to be told: "quicker than explaining it to you"
     "(?:isn't|is not|not) (?:\\S+ ){0,2}?(?:the|your|that|this) \\w+(?: \\w+)?,? (?:it's|it is|but) (?:with )?"
     "(?:you|yourself)(?=\\s*[.!;]|\\s*$)", "the problem is (?:you|yourself)(?=\\s*[.!;,]|\\s*$)",
     "(?:ligt|zit) (?:\\S+ ){0,4}?niet (?:aan|in|bij) (?:de|het|uw|die|dat|deze|dit) (?:\\S+ ){0,2}?maar (?:aan|bij) "
     "(?:u|jou|je|uzelf|jezelf)(?=\\s*[.!;,]|\\s*$)", "het probleem (?:bent|ben) (?:u|jij|je) (?:zelf)?",
     "(?:ne vient|n'est|ne se trouve|ne se situe) pas (?:\\S+ ){0,4}?mais (?:de|chez|en) vous(?:-m[êe]me)?"
     "(?=\\s*[.!;,]|\\s*$)", "le probl[èe]me,? c'est vous",
     "(?:quicker|faster|easier|simpler) than (?:explaining|trying to explain|spelling) (?:it |this |that )?"
     "(?:out )?to you", "(?:sneller|makkelijker|eenvoudiger) dan (?:het |dit |dat )?(?:aan )?(?:u|jou|je) "
     "(?:uit te leggen|uitleggen)", "plus (?:rapide|simple|facile) que de (?:vous|te) (?:l'|le |la |les )?expliquer",
     "(?:too|so) (?:hard|difficult|complicated) for you(?: to (?:read|understand|follow))?\\s?\\?",
     "(?:apparently|clearly|obviously) (?:\\S+ ){0,2}?(?:too|so) (?:hard|difficult|complicated) for you",
     "even you (?:\\S+ ){0,3}?(?:can|could|should|"
     "will|manage)", "are you doing (?:it|this|that) on purpose", "(?:do i|must i|should i) (?:really )?(?:have to |"
     "need to )?(?:repeat|say) (?:everything|it|this|that|things) (?:twice|again|two times)",
     "this (?:isn't|is not|is no) (?:a |an )?(?:\\w+ ){0,2}?(?:hotel|market|bazaar|charity|circus|playground|"
     "fashion show|catwalk|holiday camp)\\b",
     "we know (?:exactly )?(?:where|which|when) (?:\\S+ ){0,4}?(?:your|you)\\b",
     "(?:shame|pity) if (?:something|anything) (?:\\S+ ){0,2}?happen\\w*",
     "(?:need|want) me to draw you a (?:picture|diagram|map)", "went (?:\\S+ )?over your head",
     "(?:with|in) (?:english|french|dutch|hebrew|spelling|grammar) (?:like that|that bad|that poor|so bad)",
     "learn (?:some |proper |basic )?(?:english|french|dutch|hebrew|to read|to write) (?:first|before)",
     "brain cells? (?:\\S+ )?(?:you(?:'ve| have)? )?left",
     "most (?:\\S+-year-olds|children|kids|toddlers) (?:can|manage)",
     # what they should do as often as they complain: "if you flossed as often as you complain"
     "\\w+ as (?:often|much|hard|well|carefully) as you (?:complain|moan|whine|grumble)",
     "zo (?:vaak|veel|goed) als (?:u|je) (?:klaagt|zeurt|moppert)",
     "(?:aussi souvent|autant) que vous (?:vous plaignez|r[âa]lez)",
     "my (?:gran|granny|grandma|nan|nana|grandmother|grandad|grandpa|grandfather) (?:can|manages|does)",
     # their children's ways laid at their door: "I'm starting to see where the kids get it from"
     "(?:see|know|guess|understand) where (?:\\S+ ){0,2}?(?:get|got|gets) (?:it|that|this) from",
     "(?:zie|weet|snap) (?:ik )?(?:\\S+ ){0,2}?van wie (?:ze|hij|zij) (?:het|dat) (?:\\S+ )?(?:hebben|heeft)",
     "(?:je vois|je comprends|on voit) (?:\\S+ ){0,2}?de qui (?:ils|elles?|il) (?:le )?tien\\w*",
     "te (?:moeilijk|ingewikkeld) voor (?:je|u|jou)(?: om te (?:lezen|begrijpen|volgen))?\\s?\\?",
     "(?:blijkbaar|kennelijk) (?:\\S+ ){0,2}?te (?:moeilijk|ingewikkeld) voor (?:je|u|jou)",
     "zelfs u (?:\\S+ ){0,3}?(?:moet|"
     "kunt|zou)", "doet u (?:dat|het) (?:nou )?expres", "doe je (?:dat|het) (?:nou )?expres",
     "moet ik (?:\\S+ ){0,3}?(?:herhalen|twee keer (?:zeggen|uitleggen))",
     "(?:dit|het) is (?:hier )?geen (?:\\w+ ){0,2}?(?:hotel|markt|liefdadigheid|circus|speeltuin|modeshow|"
     "vakantiekamp)\\b", "we weten (?:precies )?(?:waar|welke|wanneer)\\b",
     "zonde als er (?:\\S+ ){0,2}?iets (?:met|aan) (?:uw|je|jouw)",
     "(?:met|in) (?:zulk|zo'n|dat) (?:nederlands|engels|frans|spelling)",
     "(?:moet|zal) ik (?:het )?(?:even )?(?:voor (?:u|je) )?"
     "(?:uittekenen|tekenen)", "leer (?:eerst )?(?:\\S+ )?(?:nederlands|lezen|schrijven) (?:voordat|eer|en dan)",
     "hersencel\\w* (?:\\S+ ){0,3}?over", "(?:de meeste|elke) (?:kinderen|kleuters|\\S+jarigen) (?:kunnen|lukt)",
     "mijn (?:oma|opa) (?:kan|lukt|doet)",
     "trop (?:compliqu[ée]|difficile) pour vous(?: (?:[àa] )?(?:lire|comprendre|suivre))?\\s?\\?",
     "apparemment (?:\\S+ ){0,2}?trop (?:compliqu[ée]|difficile) pour vous", "vous avez vraiment du mal",
     "m[êe]me vous,? vous",
     "vous le faites expr[èe]s", "(?:vous voulez|voulez-vous) que je vous (?:l'|le |la |les )?(?:[ée]crive|dessine|"
     "fasse un dessin)", "avec (?:un|votre) (?:fran[çc]ais|orthographe|accent) (?:pareil|pareille|comme [çc]a)",
     "apprenez d'abord (?:le fran[çc]ais|[àa] (?:parler|lire|[ée]crire))", "neurones? qui vous reste",
     "(?:la plupart des|tous les) (?:enfants|gamins|\\S+ de (?:\\w+ )?ans) y arrivent",
     "ma grand-m[èe]re (?:y arrive|sait|le fait)",
     "(?:faut-il|dois-je|il faut) (?:vraiment )?(?:tout )?vous (?:le )?r[ée]p[ée]ter",
     "ce n'est pas (?:un|une) (?:\\w+ ){0,2}?(?:h[ôo]tel|march[ée]|souk|cirque|d[ée]fil[ée]|[œo]uvre de charit[ée]|"
     "colonie de vacances)\\b(?:[^.!?]*\\bici\\b)?", "nous savons (?:exactement )?(?:o[ùu]|quel|quelle|quand)",
     "dommage (?:qu'|que |s'|si )(?:\\S+ ){0,4}?(?:arrive|forc[ée]\\w*|cass[ée]\\w*|ab[îi]m[ée]\\w*|vol[ée]\\w*)"],
    ["(?:ה)?בעיה (?:היא |הוא )?לא ב\\S+(?: \\S+)? אלא (?:בך|בעצמך|ב\\S+ שלך)", "הבעיה היא (?:אתה|את|בך|בעצמך)",
     "(?:מהר|קל|פשוט) יותר מלהסביר לך",
     "קשה לך(?: (?:לקרוא|להבין|לעקוב))?\\s?\\?",
     "קשה לך(?: (?:לקרוא|להבין|לעקוב))? או מה", "אפילו (?:אתה|את) (?:\\S+ ){0,2}?(?:תצליח|תצליחי|יכול|יכולה)",
     "(?:אתה|את) עושה (?:את זה )?בכוונה",
     "(?:צריך|צריכה|צריכים) (?:\\S+ )?לחזור (?:לך )?על (?:הכל|זה|כל דבר) (?:פעמיים|שוב)",
     "זה לא (?:שוק|מלון|קרקס|צדקה|בית מלון)(?: פה| כאן)?", "(?:לצייר|אצייר) לך", "(?:עם|בעברית) כזאת",
     "(?:תלמד|תלמדי|ללמוד) (?:קודם )?(?:עברית|לקרוא|לכתוב)", "תאי (?:ה)?מוח (?:\\S+ ){0,2}?(?:שנשארו|שנשאר)",
     "סבתא שלי (?:יודעת|מצליחה)", "(?:כמו|כמה) ש(?:אתה|את|אתם) (?:מתלונן|מתלוננת|מתלוננים)",
     "(?:ממי|ממך|מאיפה) (?:הם|הוא|היא|הילדים) (?:\\S+ )?(?:קיבלו|קיבל|קיבלה|ירשו|למדו) (?:את )?(?:זה|זאת)",
     "אנחנו יודעים (?:בדיוק )?(?:איפה|איזה|איזו|מתי)",
     "חבל (?:ש|אם )(?:\\S+ ){0,2}?(?:יקרה|יקרו|ייגנב|ישבר|יישבר|ייפגע)"])

# The customer's incapacity made a condition or a judgement ("if you can't even tell ...", "with French like that").
INCAPABLE = words(
    ["if you (?:can't|cannot|can not|don't know how to|are unable to) (?:even )?(?:tell|read|write|understand|"
     "follow|see|spell|manage|work out|figure)", "if you (?:honestly|really|seriously) think",
     "(?:almost|practically|half) (?:blind|deaf)", "(?:more|better suited to) (?:\\S+ )?(?:your|your family's) level",
     "a proper sentence", "(?:learn|try) (?:\\S+ ){0,3}?first",
     "(?:just )?read what i (?:wrote|write|typed|said)", "(?:like|as) a (?:child|kid|teenager|toddler|student|"
     "schoolboy|schoolgirl)", "(?:the |to )grown-?ups", "(?:someone|somebody) (?:younger|more (?:capable|competent|"
     "handy))", "old (?:people|folks|men|ladies)", "(?:people|those) with (?:a )?(?:brains?|sense)",
     "als (?:u|je) (?:\\S+ ){0,4}?(?:al |zelfs )?niet (?:eens )?(?:kunt|kan) (?:lezen|zien|schrijven|begrijpen|"
     "volgen|onderscheiden|uit elkaar houden)", "(?:correct|fatsoenlijk|gewoon) (?:nederlands|schrijven|spellen)",
     "eerst (?:\\S+ ){0,3}?leren", "lees (?:\\S+ )?(?:wat|eens wat) ik", "(?:als|zoals) (?:een|in een) (?:kind|puber|"
     "tiener|kleuter|student|studentenhuis)", "oude (?:mensen|man|vrouw)", "opa", "oma", "(?:iemand|mensen) (?:jonger|"
     "met verstand)", "mensen met (?:\\S+ )?verstand",
     "si vous (?:n'arrivez|ne savez|ne pouvez) (?:m[êe]me )?pas (?:[àa] )?(?:faire la diff[ée]rence|lire|[ée]crire|"
     "comprendre|distinguer|suivre)", "(?:un|votre|avec un) fran[çc]ais (?:pareil|comme [çc]a)",
     "parler correctement", "(?:l'|votre |son )orthographe", "apprenez d'abord", "lire ma r[ée]ponse",
     "lisez (?:\\S+ )?ce que (?:j'|je )", "comme un (?:enfant|gamin|ado|adolescent|[ée]colier)",
     "(?:aux|les) (?:grands|adultes)", "quelqu'un de plus (?:jeune|comp[ée]tent|dou[ée])", "neurones?",
     "(?:presque|[àa] moiti[ée]) (?:aveugle|sourd)", "chacun son niveau",
     "(?:plus )?[àa] la hauteur de votre (?:famille|niveau)", "confondu (?:\\S+ ){0,3}?avec votre niveau",
     "(?:bijna|half) (?:blind|doof)", "meer (?:\\S+ )?(?:uw|je|jullie) niveau"],
    ["אם (?:אתה|את) (?:\\S+ ){0,2}?לא (?:יודע|יודעת|מסוגל|מסוגלת|מבין|מבינה) (?:אפילו )?(?:לקרוא|לכתוב|להבדיל|להבין)",
     "(?:תקרא|תקראי) (?:\\S+ )?מה שכתבתי", "כמו (?:ילד|ילדה|תינוק|נער|נערה)", "(?:מישהו|מישהי) (?:צעיר|צעירה) יותר",
     "למבוגרים", "לכתוב נכון", "לדבר נכון", "(?:תלמד|תלמדי) קודם", "כמעט (?:עיוור|עיוורת|חירש|חירשת)",
     "(?:מתאים|מתאימה|מתאימים) יותר לרמה של"])

# A verdict drawn from that: no wonder, I doubt you can, don't be surprised, not how we can help such a one.
NO_WONDER = words(
    ["no wonder", "(?:i'm|i am) not (?:at all |remotely )?surprised (?:that |nobody |no one |he |she |they |it )",
     "(?:het )?verbaast (?:me|mij) niet(?:s)? dat", "verbaast (?:het )?(?:me|mij) (?:\\S+ ){0,3}?niets? dat",
     "(?:that's|it's|that is|it is) no (?:accident|coincidence)", "(?:dat|het) is geen toeval",
     "ce n'est pas un hasard", "(?:ik ben|ben ik) niet verbaasd dat",
     "(?:[çc]a )?ne m'[ée]tonne pas qu", "je comprends (?:qu'il|qu'elle|qu'ils|qu'on)",
     "(?:i|we) doubt (?:that )?(?:\\S+ ){0,4}?you", "not sure how (?:to|we can|i can) help you",
     "don't be surprised",
     "(?:you|you'd) should(?:n't)? be (?:surprised|glad|happy) (?:that )?you",
     "your own (?:\\S+ )?(?:house|home|fault)",
     "geen wonder", "snap ik wel waarom", "begrijp ik wel waarom", "(?:moet|hoeft) (?:u|je) (?:niet|zich niet) "
     "(?:raar op (?:te )?kijken|te verbazen|verbaasd)", "niet raar opkijken", "(?:mag|moet) (?:u|je) blij zijn dat",
     "pas [ée]tonnant", "je comprends (?:mieux )?pourquoi vous", "je doute que vous", "ne vous [ée]tonnez pas",
     "(?:vu|avec) l'[ée]tat de (?:votre|vos)", "(?:judging by|given|with|from) the state of (?:your|that|this)",
     "(?:gezien|bij|met|naar) de staat van (?:uw|je|jouw|dat|die)",
     "(?:people|customers) who (?:talk|think|write) like (?:that|you)",
     "(?:mensen|klanten) die zo (?:praten|denken|schrijven)",
     "(?:les gens|les clients) qui (?:parlent|pensent|[ée]crivent) (?:comme (?:[çc]a|vous)|ce genre)"],
    ["(?:לא )?פלא ש[\u05d0-\u05ea]*", "זה לא מקרה", "(?:אני )?לא (?:מופתע|מופתעת|מתפלא|מתפלאת) ש[\u05d0-\u05ea]+",
     "(?:לפי|בהתחשב ב)מצב (?:של )?\\S+ שלך", "לא צריך להתפלא",
     "אל (?:תתפלא|תתפלאי)", "אני בספק אם (?:אתה|את)",
     "(?:אנשים|לקוחות) (?:ש|אשר)(?:מדברים|חושבים|כותבים) ככה"])


def belittles(text: str) -> bool:
    """Whether a reply belittles the customer: one verdict of the strong kind, or an incapacity of theirs with a
    verdict drawn from it or with another trait of a verdict on the person."""
    if BEYOND_YOU.search(text):
        return True
    found = sum(1 for kind in (INCAPABLE, NO_WONDER) if kind.search(text))
    return found >= 2 or bool(found and traits(text) >= 1)
