"""A verdict on the customer as a person, read by a few broad traits that do not depend on a sector's words.

The older abuse readings (``guard_abuse_shape``, ``guard_words_abuse``) grew one batch at a time, and each fresh
set of drafts, written by someone else, met phrasings they had not seen. What those drafts share is not their words
but what they do to the customer. This module reads that, in nl, en, fr and he, with general words only:

- a label for the customer's mind or character ("paranoia", "hysterisch", "vous faites un drame", "עצלן"): a
  verdict on its own when it is said of them, not denied ("it is not paranoia to ask");
- the fault moved from the thing complained of to the customer ("it's not the detector, it's your kitchen", "de
  fout ligt niet bij ... maar bij u", "הבעיה לא במערכת אלא בבית");
- advice to give up or move out of their own life ("the best would be to move", "save your money", "it's not for
  you", "accept it");
- a life lesson pressed on them ("learn to ...", "buy yourself ...", "for yourself", "like everyone else");
- their lot held against them: an age with "and still", their neighbourhood, renting, their income;
- the service disowned as beneath the request ("we're not a language school", "isn't paid to ...");
- a counterfactual that makes them the cause ("... would have been cheaper", "had u ... dan");
- what they should be grateful for, or expect less of ("you should be glad", "lower your expectations");
- what they cannot grasp, made plain ("if you don't understand something this simple").

One trait may be an ordinary sentence ("it's not the camera, it's your router"; "learn to set a code in the app");
two different traits, or one with the older readings' traits, are a verdict on the person (see ``guard_rules``).

Each entry carries where it came from: ``0`` for an entry written from the trait itself, a batch number for one that
a held-out batch's draft suggested. ``reader(without)`` builds the reading without the entries of some batches, so
the reading can be measured on a batch it did not learn from (``tests/bench/bench_abuse_leaveout.py``).
"""

from __future__ import annotations

from functools import lru_cache

from copilot.engines.guard_lexicon import Words, words
from copilot.engines.guard_text import clause_around, negated

# (latin patterns, hebrew patterns, sources): no source for an entry written from the trait itself, else the batches
# whose drafts showed that shape
_G: frozenset[int] = frozenset()


def _seen(*batches: int) -> frozenset[int]:
    return frozenset(batches)


_Entry = tuple[tuple[str, ...], tuple[str, ...], frozenset[int]]

# A label for the customer's mind, said as a verdict: strong on its own.
MIND: tuple[_Entry, ...] = (
    (("paranoi[ad]\\w*", "hysteri\\w*", "neurotic", "overreact\\w*", "imagining things",
      "(?:it's|it is) (?:all )?in your head",
      "paranoï\\w*", "paranoide?", "hysterisch\\w*", "neurotisch\\w*",
      "(?:het )?zit (?:allemaal )?tussen (?:uw|je) oren",
      "in (?:uw|je) hoofd", "parano\\w*", "hyst[ée]ri\\w*", "n[ée]vros[ée]\\w*", "dans votre t[êe]te",
      "vous (?:vous )?faites (?:tout )?(?:un drame|un film|du cin[ée]ma)"),
     ("פרנויה", "פרנואיד\\S*", "היסטרי\\S*", "נוירוטי\\S*", "(?:זה )?(?:הכול )?בראש שלך", "עושה דרמה",
      "עושה סצנה"), _seen(60, 61)),
)

# A character word said of the customer (one trait).
CHARACTER: tuple[_Entry, ...] = (
    (("lazy", "careless", "clueless", "na[iï]ve", "childish", "stubborn", "irresponsible",
      "entitled", "stingy", "cheapskate", "drama queen", "making a drama",
      "lui", "slordig", "naïef", "verwend\\w*", "kinderachtig", "koppig", "onverantwoordelijk", "gierig",
      "krenterig", "drama (?:van|maken)", "paresseu\\w*", "n[ée]glig\\w*", "na[iï]ve?", "g[âa]t[ée]e?s?",
      "pu[ée]ril\\w*",
      "t[êe]tue?", "irresponsable", "radine?", "capricieu\\w*"),
     ("עצלן\\S*", "רשלנ\\S*", "נאיבי\\S*", "מפונק\\S*", "ילדותי\\S*", "עקשנ\\S*", "חסר(?:ת)? אחריות", "קמצנ\\S*",
      "בכיינ\\S*"), _G),
)

# The fault moved from the thing to the customer: "not the detector ... it's your kitchen".
NOT_IT_BUT_YOU: tuple[_Entry, ...] = (
    (("(?:isn't|is not|not|no longer) (?:\\S+ ){0,6}?(?:it's|it is) (?:\\S+ )?(?:your|you(?:rself)?)(?!\\w)",
      "(?:ligt|zit) (?:\\S+ ){0,3}?niet (?:\\S+ ){0,6}?maar (?:aan|bij|in) (?:uw|je|jouw|u|uzelf)(?!\\w)",
      "(?:n'est|ne sont|ce n'est) (?:pas|plus) (?:\\S+ ){0,8}?c'est (?:\\S+ )?(?:votre|vos|vous)(?!\\w)"),
     ("לא (?:\\S+ ){0,4}?אלא (?:\\S+ ){0,2}?(?:\\S+ך|אצלך|בבית|בך|אתה|את|אתם)(?![\\u05d0-\\u05ea])",),
     _seen(60, 61)),
)

# Give up, move, save the money, it's not for you, accept it.
GIVE_UP: tuple[_Entry, ...] = (
    (("save (?:your|yourself the|the) (?:money|trouble|bother)", "(?:don't|do not) bother",
      "(?:isn't|is not|not) for you",
      "(?:best|simplest|easiest|healthier|wiser|better) (?:\\S+ ){0,3}?(?:to|would be to) "
      "(?:move|give up|stay (?:at )?home|accept|stop|forget)",
      "bespaar (?:u|je|uzelf|jezelf) (?:het geld|de moeite)", "zonde van (?:uw|je|het) geld", "niets voor (?:u|jou)",
      "(?:beter|best|het (?:makkelijkst|eenvoudigst|verstandigst)\\w*) (?:\\S+ ){0,3}?(?:verhuizen|thuisblijven|"
      "stoppen|accepteren|opgeven)",
      "[ée]conomisez (?:votre|vos) (?:argent|sous)", "gardez votre argent", "pas (?:fait )?pour vous",
      "(?:le plus (?:simple|efficace|sage)|mieux vaut|il vaudrait mieux) (?:\\S+ ){0,4}?(?:d[ée]m[ée]nager|"
      "rester chez vous|renoncer|abandonner|accepter)"),
     ("(?:עדיף|כדאי|הכי טוב) (?:\\S+ ){0,2}?(?:לחסוך|לוותר|לעבור דירה|להישאר בבית|לקבל את זה)",
      "(?:זה )?לא בשבילך", "חבל על הכסף"), _seen(55, 59, 61)),
    (("accept (?:a |the |some )?(?:few )?\\w+ (?:than|rather)",), (), _seen(59)),
)

# A life lesson pressed on them: learn to, buy yourself, for yourself, like everyone else.
LESSON: tuple[_Entry, ...] = (
    (("learn (?:how )?to", "for yourself", "buy yourself", "like (?:everyone|everybody) else",
      "leer (?:eerst |eens |toch |gewoon )?(?:\\S+ ){0,3}?(?:te )?\\w+en(?!\\w)", "leren (?:\\S+ ){0,4}?te \\w+en",
      "voor (?:uzelf|jezelf)", "koop (?:\\S+ )?(?:voor )?(?:uzelf|jezelf)", "zoals iedereen",
      "apprenez (?:donc |d'abord )?[àa]", "achetez-vous", "offrez-vous", "pour vous-m[êe]me", "comme tout le monde"),
     ("(?:תלמד|תלמדי|תלמדו|ללמוד) ל\\S+", "לעצמך", "כמו כולם", "תקנה לך", "תקני לך"), _seen(61)),
)

# Their lot held against them: age "and still", their area, renting, income.
LOT: tuple[_Entry, ...] = (
    (("at (?:\\d{2}|your age)(?:,| and still)", "in your (?:neighbou?rhood|area|street|part of town)",
      "on your (?:income|budget|salary)", "with your (?:income|budget|salary|accent)",
      "op (?:uw|je) (?:\\d{2}(?:e|ste)?|leeftijd)(?:,| en nog steeds)", "in (?:uw|je) (?:buurt|wijk|straat)",
      "met (?:uw|je) (?:inkomen|budget|salaris|accent)",
      "[àa] (?:\\d{2} ans|votre [âa]ge)(?:,| et toujours)", "dans votre (?:quartier|cit[ée]|rue|coin)",
      "avec votre (?:salaire|budget|revenu|accent)"),
     ("בגיל (?:\\d{2}|שלך) (?:ו)?(?:עדיין|עוד)", "בשכונה (?:שלך|כזאת|כזו)", "עם המשכורת שלך", "עם התקציב שלך",
      "עם המבטא שלך"), _seen(59, 61)),
)

# The service disowned as beneath the request: "we're not a language school", "isn't paid to ...".
DISOWNED: tuple[_Entry, ...] = (
    (("we(?:'re| are) not (?:a|an|your) \\w+(?: \\w+)?[.!]", "(?:isn't|is not|aren't|are not|we're not) paid to",
      "we zijn (?:hier )?geen \\w+(?: \\w+)?[.!]", "(?:wordt|worden|zijn|is) niet betaald om",
      "(?:nous ne sommes|on n'est) pas (?:un|une|votre|vos|des) \\w+(?: \\w+)?[.!]",
      "(?:n'est|ne sont) pas pay[ée]s? pour"),
     ("אנחנו לא (?:ה)?(?:אולפן|גן|בית ספר|מעון|שמרטפ\\S*|פסיכולוג\\S*|מורים|מטפלים|בייביסיטר)",
      "לא (?:מקבל|מקבלים|משלמים ל\\S+) (?:\\S+ )?(?:כדי|בשביל) ל"), _seen(56, 61)),
)

# A counterfactual that makes them the cause: "... would have been cheaper".
CAUSE: tuple[_Entry, ...] = (
    (("would have been (?:cheaper|easier|simpler|smarter|wiser)",
      "(?:was|were) (?:goedkoper|makkelijker|slimmer) geweest",
      "(?:had|zou) (?:\\S+ ){0,4}?(?:goedkoper|makkelijker|slimmer) (?:zijn )?geweest",
      "aurait (?:co[ûu]t[ée] moins cher|[ée]t[ée] (?:moins cher|plus simple|plus malin))"),
     ("היה (?:יותר )?(?:זול|פשוט|חכם) יותר", "היה (?:יוצא )?(?:יותר )?זול"), _seen(61)),
    (("(?:people|customers) who make it easy",), (), _seen(61)),
)

# What they should be grateful for, or expect less of.
GRATEFUL: tuple[_Entry, ...] = (
    (("you should be (?:glad|grateful|happy|thankful)", "be glad (?:that|you)", "lower your expectations",
      "what did you expect", "(?:mag|mogen|moet) (?:u|je) (?:nog )?blij zijn", "wees (?:maar )?blij",
      "verwacht (?:u|je) toch (?:geen|niet)", "wat had u (?:dan )?verwacht",
      "estimez-vous heureu\\w*", "vous devriez [êe]tre (?:content|reconnaissant)\\w*", "qu'est-ce que vous attendiez",
      "ne vous attendez (?:quand m[êe]me )?pas"),
     ("תגיד(?:י)? תודה", "תהיה שמח(?:ה)? ש", "מה ציפית", "אל תצפה"), _seen(55, 57)),
)

# What they cannot grasp, made plain: "if you don't understand something this simple".
GRASP: tuple[_Entry, ...] = (
    (("if you (?:don't|do not|can't|cannot) (?:understand|follow|grasp|read) (?:\\S+ ){0,4}?(?:simple|basic|plain)",
      "als (?:u|je) (?:\\S+ ){0,4}?(?:simpel|eenvoudig|basaal)\\w* (?:\\S+ ){0,3}?niet (?:begrijpt|snapt|kunt lezen)",
      "si vous ne (?:comprenez|savez lire|suivez) (?:pas|m[êe]me pas) (?:\\S+ ){0,4}?(?:simple|basique)"),
     ("אם (?:אתה|את|אתם) לא (?:מבין|מבינה|מבינים|יודע|יודעת) (?:\\S+ ){0,3}?פשוט",), _seen(61)),
)


# The thing shrunk against a grander one: "it's a pedicure, not surgery", "zo'n kamer is geen suite", "c'est une
# alarme, pas un garde du corps", "זה בית, לא מחסן" (a shape seen in many batches).
SCALE: tuple[_Entry, ...] = (
    (("(?:it's|it is|this is|that's|we're|we are|he's|she's) (?:a |an |only |just )?[^\\W\\d]+(?:[- ][^\\W\\d]+)?,? "
      "not (?:a |an |your )?[^\\W\\d]+",
      "(?:het|dit|dat) is (?:een |maar |gewoon )?[^\\W\\d]+(?: [^\\W\\d]+)?,? geen [^\\W\\d]+",
      "we zijn (?:een |maar )?[^\\W\\d]+(?: [^\\W\\d]+)?,? geen [^\\W\\d]+",
      "(?:c'est|ce sont|nous sommes) (?:un |une |des |juste |seulement )?[^\\W\\d]+(?:[- ][^\\W\\d]+)?,? (?:pas|et "
      "non) (?:un |une |des |votre )?[^\\W\\d]+"),
     ("(?:זה|זו|אנחנו) [^\\s\\d%]+(?: [^\\s\\d%]+)?,? (?:ו)?לא [^\\s\\d%]+",),
     _seen(55, 56, 57, 59, 60)),
)

# Others who manage, held up to them: "most couples manage to ...", "de meeste klanten ...", "יש לקוחות ש...".
OTHERS_MANAGE: tuple[_Entry, ...] = (
    (("most (?:\\w+ )?(?:people|customers|clients|couples|guests|parents|patients) (?:\\S+ "
      ")?(?:manage|cope|can|do|just|sit|get)",
      "some people (?:just )?(?:aren't|are|can't|cannot)", "everyone (?:else )?(?:but|except) you",
      "de meeste (?:\\w+ )?(?:mensen|klanten|gasten|ouders|pati[ëe]nten) (?:\\S+ )?(?:kunnen|zitten|doen|redden|lukt)",
      "iedereen (?:behalve|buiten) (?:u|jou)", "sommige mensen (?:zijn|kunnen) (?:\\S+ )?(?:gewoon|nu eenmaal)",
      "la plupart des (?:gens|clients|couples|parents|patients) (?:\\S+ )?(?:y arrivent|savent|font|r[ée]ussissent)",
      "tout le monde sauf vous", "certaines personnes (?:ne )?sont (?:\\S+ )?(?:juste|simplement)"),
     ("יש (?:לקוחות|אנשים|הורים|זוגות) (?:\\S+ )?ש(?:\\S+ ){0,6}?בלי להתלונן", "חוץ ממך", "כמו כולם"),
     _seen(55, 56, 59, 60)),
)

# Treated as a child, or told to be an adult.
CHILDISH: tuple[_Entry, ...] = (
    (("(?:like|as) an? (?:grown-up|grownup|toddler|baby|little kid|small child)", "grow up", "grown-up enough",
      "(?:als|zoals) een (?:kleuter|baby|klein kind)", "word (?:eens )?volwassen", "alleen bij kleuters",
      "comme un (?:b[ée]b[ée]|petit enfant|gamin)", "(?:laissez faire|demandez [àa]) (?:les|un) adultes?",
      "de la garderie",
      "grandissez"),
     ("כמו (?:ילד|ילדה|ילדים) (?:בגן|קטן|קטנה|קטנים)", "מה (?:אתה|את),? תינוק\\S*", "תתבגר\\S*", "מסיבת גן"),
     _seen(55, 56, 58, 60)),
)

# Their money mocked: "for that money", "with a budget like that", "if there's no money for it".
MONEY: tuple[_Entry, ...] = (
    (("(?:for|at) that (?:price|money)", "with (?:a|that|such a) budget(?: like (?:that|yours))?",
      "on a budget like (?:that|yours)",
      "voor dat (?:geld|bedrag)", "met zo'n budget", "een paar tientjes",
      "avec un budget (?:pareil|comme le v[ôo]tre|pareil)",
      "pour ce prix(?:-l[àa])?,", "si vous n'avez pas (?:les moyens|d'argent)"),
     ("עם תקציב כזה", "בכסף הזה", "אם אין (?:לך |לכם )?כסף", "במחיר הזה"),
     _seen(55, 56, 58, 60)),
)

# Their pain or fear made light of: "you'll survive", "ce n'est pas la mer à boire", "תתגבר".
MAKE_LIGHT: tuple[_Entry, ...] = (
    (("you'll (?:survive|live)", "(?:it|that) won't kill you", "(?:u|je) overleeft het",
      "daar gaat (?:u|je) niet dood aan",
      "vous (?:y )?survivrez", "(?:ce n'est|c'est) pas la mer [àa] boire", "[çc]a ne (?:va|vous) (?:pas )?tuer",
      "(?:makes|made) us (?:smile|laugh)", "(?:fait|fera) (?:toujours )?(?:un peu )?(?:sourire|rire)"),
     ("(?:אתה|את) (?:תשרוד|תשרדי)", "תתגבר(?:י)?(?= |[,.]|$)", "לא תמות(?:י)?", "מצחיק אותנו"),
     _seen(58, 59)),
)

# Their complaining named with contempt: "whine", "zeuren", "râler", "להתבכיין".
WHINING: tuple[_Entry, ...] = (
    (("whin\\w*", "moan\\w*", "as often as you complain", "instead of complaining", "zeur\\w*", "gezeur",
      "jammer(?:en|t|de|den)",
      "r[âa]l\\w*", "pleurnich\\w*", "au lieu de (?:vous plaindre|nous [ée]crire)",
      "sans (?:en )?faire (?:tout )?un (?:drame|plat)",
      "zonder er een drama van te maken", "without making a (?:drama|fuss|scene)"),
     ("מתבכיי\\S*", "להתבכיין", "בכיינ\\S*", "בלי להתלונן", "יבבות"),
     _seen(57, 58, 59, 60)),
)

# Their honesty or their blame turned back: "before you accuse others", "we're not liars".
ACCUSE_BACK: tuple[_Entry, ...] = (
    (("before (?:you )?(?:accus|blam)\\w*", "voordat (?:u|je) (?:\\S+ )?(?:beschuldigt|de schuld geeft)",
      "avant d'accuser",
      "(?:you're|you are) lying", "liar", "leugenaar\\w*", "(?:u|je) liegt", "menteu\\w*", "vous mentez"),
     ("לפני (?:ש)?(?:אתה|את|אתם) (?:מאשים|מאשימה|מאשימים)", "שקרנ\\S*", "(?:אתה|את) משקר\\S*"),
     _seen(55, 60)),
)

# What they can manage called beyond them: reading, counting, a child could, smaller words, no rocket science.
INCAPACITY: tuple[_Entry, ...] = (
    (("(?:too much|too hard|too difficult|too complicated) for you",
      "reading (?:\\S+ ){0,3}?is (?:too much|hard|difficult)",
      "even a child (?:could|can)", "(?:smaller|simpler|simple) words", "(?:isn't|is not|not) rocket science",
      "count (?:on your fingers|to \\d+)", "can you (?:even )?(?:read|count)", "a skill too", "read (?:it )?slowly",
      "(?:lezen|tellen|rekenen) (?:\\S+ ){0,2}?(?:is )?(?:lastig|moeilijk|te veel)", "(?:ook )?een vaardigheid",
      "zelfs een kind", "(?:eenvoudiger|simpele|makkelijke) woorden", "geen (?:hogere wiskunde|raketwetenschap)",
      "kunt u (?:wel )?(?:lezen|tellen)", "(?:heel )?langzaam (?:lezen|voorlezen)",
      "(?:n'[êe]tes|n'est) pas capables? d", "(?:ce n'est|c'est) (?:quand m[êe]me )?pas sorcier", "m[êe]me un enfant",
      "(?:vous savez|savez-vous) (?:lire|compter)", "comptez sur vos doigts", "des mots (?:simples|plus simples)",
      "lire (?:lentement|doucement)"),
     ("(?:אפילו|גם) ילד (?:יכול|היה|מבין)", "מילים (?:פשוטות|קטנות)", "(?:לקרוא|תקרא|תקראי) לאט", "זה לא מדע טילים",
      "(?:אתה|את) (?:יודע|יודעת) (?:לקרוא|לספור)", "קשה לך לקרוא"),
     _seen(55, 56, 57, 61)),
)

# Told already: "that's the third time", "thirty seconds ago", "as I said".
TOLD: tuple[_Entry, ...] = (
    (("(?:second|third|fourth|fifth|\\w+th) time (?:now|already|today)", "\\w+ times now",
      "(?:\\w+ )?(?:seconds|minutes?) ago",
      "as i (?:already |just )?(?:said|told you|explained)", "(?:derde|vierde|vijfde|zoveelste) keer",
      "(?:\\w+ )?(?:seconden|minuten|minuut) geleden", "zoals ik (?:al |net )?(?:zei|schreef|uitlegde)",
      "(?:troisi[èe]me|quatri[èe]me|[ée]ni[èe]me) fois", "il y a (?:\\w+ )?(?:secondes|minutes?)",
      "comme je (?:vous )?l'ai (?:d[ée]j[àa] )?dit"),
     ("לפני (?:\\S+ )?(?:דקה|דקות|שנייה|שניות)", "כבר (?:אמרתי|כתבתי|הסברתי)", "כמו שאמרתי",
      "(?:ה)?פעם ה(?:שלישית|רביעית)"),
     _seen(57, 61)),
)

# The matter handed to their family or to "someone who can".
DELEGATE: tuple[_Entry, ...] = (
    (("(?:ask|get) your "
      "(?:mother|mum|mom|husband|wife|son|daughter|grandchildren|grandson|granddaughter|kids|children)",
      "someone who can",
      "vraag (?:het )?(?:maar |dan )?aan (?:uw|je) (?:moeder|man|vrouw|zoon|dochter|kleinkinderen|kinderen)",
      "iemand die (?:het |hem |haar )?wel", "demandez(?: donc)? [àa] (?:votre|vos) (?:m[èe]re|mari|femme|fils|fille|"
      "petits-enfants|enfants)", "quelqu'un qui sait"),
     ("(?:תבקש|תבקשי|תבקשו) מ(?:ה)?(?:נכד|נכדה|נכדים|ילדים|בעל|אישה|בן|בת|אמא)\\S*", "מישהו שיודע"),
     _seen(55, 56, 57, 60, 61)),
)

# No wonder: what befell them put down to them.
NO_WONDER: tuple[_Entry, ...] = (
    (("no wonder", "(?:i'm|i am) not surprised", "(?:i'm|i am) starting to see (?:where|why)", "geen wonder",
      "verbaast (?:het )?me (?:\\S+ ){0,2}?niet", "pas [ée]tonnant", "[çc]a ne m'[ée]tonne pas"),
     ("לא פלא", "(?:אני )?לא מופתע\\S*"),
     _seen(57, 58, 61)),
)

# A counterfactual of their conduct, its cost laid on them: "if you had read ..., you would have ...".
HAD_YOU: tuple[_Entry, ...] = (
    (("if you(?:'d| had) (?:\\S+ ){0,8}?(?:you(?:'d| would)|we (?:wouldn't|would not))",
      "if you \\w+ed as (?:often|much) as", "would have saved (?:us|you)",
      "als (?:u|je) (?:\\S+ ){0,8}?had (?:\\S+ ){0,8}?(?:had|was) (?:u|je)",
      "si vous (?:\\S+ ){0,3}?(?:aviez|lisiez|[ée]tiez|faisiez) (?:\\S+ ){0,10}?vous (?:le "
      ")?(?:sauriez|auriez|seriez)"),
     ("אם (?:היית|הייתם|היית) (?:\\S+ ){0,6}?(?:לא היה|לא היינו|לא הייתם|לא היית)",),
     _seen(55, 58, 60)),
)

# A hedge or an aside that turns a remark on the customer into a jibe: "maybe", "honestly", "next time" (weak: it
# makes a verdict of one trait, never of itself or with another hedge).
HEDGE: tuple[_Entry, ...] = (
    (("maybe", "perhaps", "honestly,", "frankly,", "next time", "misschien", "eerlijk gezegd,", "volgende keer",
      "peut-[êe]tre", "franchement,", "la prochaine fois"),
     ("אולי", "בכנות,", "בפעם הבאה"), _G),
)

# every trait but the strong one
TRAITS = (CHARACTER, NOT_IT_BUT_YOU, GIVE_UP, LESSON, LOT, DISOWNED, CAUSE, GRATEFUL, GRASP, SCALE, OTHERS_MANAGE,
          CHILDISH, MONEY, MAKE_LIGHT, WHINING, ACCUSE_BACK, INCAPACITY, TOLD, DELEGATE, NO_WONDER, HAD_YOU)


def _build(entries: tuple[_Entry, ...], without: frozenset[int]) -> Words | None:
    # (an entry only the left-out batches showed is left out; one shown by another batch too is kept)
    kept = [(lat, he) for lat, he, seen in entries if not (seen and seen <= without)]
    latin = [p for lat, _ in kept for p in lat]
    hebrew = [p for _, he in kept for p in he]
    return words(latin, hebrew) if latin or hebrew else None


@lru_cache(maxsize=16)
def reader(without: frozenset[int] = frozenset()) -> tuple[Words | None, tuple[Words, ...], Words | None]:
    """The strong trait, the others and the hedge, without the entries only the batches in ``without`` showed."""
    traits = tuple(built for entries in TRAITS if (built := _build(entries, without)) is not None)
    return _build(MIND, without), traits, _build(HEDGE, without)


def verdict_traits(text: str, without: frozenset[int] = frozenset()) -> int:
    """How many different traits of a verdict on the customer ``text`` carries, by this module's reading; a label
    for their mind counts two (a verdict on its own), a hedge one beside another trait."""
    mind, traits, hedge = reader(without)
    found = sum(1 for trait in traits if trait.search(text))
    found += bool(found and hedge is not None and hedge.search(text))
    # (a label denied is none: "it is not paranoia to check twice")
    labelled = mind is not None and any(not negated(clause_around(text, m.start(), m.end())[0])
                                        for m in mind.finditer(text))
    return found + (2 if labelled else 0)


# built when the guard is loaded, not while the first draft waits
reader()
verdict_traits("")
