"""Names a relation or a role introduces, and names the agent gives for who comes, in the four languages.

Each batch of real conversations has found new cue phrases, so this reads the shape rather than the phrase: a
possessive, perhaps a diminutive, a relation or a role noun ("mn zoontje bas", "My little lad, Oisín", "my
partner jamie o'neill", "his pal Rory Blackwood", "mijn vaste hulp is Marianne", "ma coloc ines", "המטפלת
מריסול", "הבן שלי אליאור"), or an addressee word ("attention Michal Ben-Ami", "t.a.v.", "à l'attention de",
"לידי"); then one or two name-shaped words: capitalised, or in lower case where the whole turn is (a chat), with
particles between. And a capitalised word after a verb that says who comes or came ("morgen komt Priscilla
Osei", "It should have been Thandi", "C'était Fatoumata qui", "מחר מגיעה ולנטינה"), if it is no day, month or
everyday word. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copilot.privacy.given_names import HEBREW_NAMES, LATIN_NAMES
from copilot.privacy.name_words import (
    HEBREW_EVERYDAY,
    HEBREW_STOP,
    NAME_PARTICLES,
    NOT_NAMES,
    RELATIONS,
    STOP,
    a_state,
    everyday_word,
    staff_from_team,
)

ROLES = (
    r"carer|caregiver|care worker|helper|nurse|driver|technician|engineer|instructor|teacher|tutor|nanny|"
    r"babysitter|flatmate|roommate|childminder|cleaner|au pair|lad|lass|kid|kiddo|boy|girl|little one|pal|mate|"
    r"buddy|assistant|"
    r"manager|contact|accountant|coach|physio|therapist|godson|goddaughter|godmother|godfather|youngest|eldest|"
    r"hulp|huishoudelijke hulp|thuishulp|verzorgster|verzorger|verzorgende|verpleegster|verpleegkundige|oppas|"
    r"chauffeur|monteur|(?:rij)?instructeur|juf|meester|docent|leraar|lerares|begeleider|begeleidster|"
    r"mantelzorger|schoonmaakster|maatje|contactpersoon|vriendje|vriendinnetje|jongste|oudste|petekind|"
    r"aide à domicile|aide(?:-soignante?)?|auxiliaire de vie|associée?|associate|business partner|vennoot|"
    r"compagnon de route|executor|infirmi[èe]re?|infirmier|technicien(?:ne)?|moniteur|monitrice|"
    r"prof|professeure?|nounou|(?:fille|jeune fille|gar[çc]on) au pair|coll?oc|baby-sitter|femme de ménage|pote|"
    r"fiston|gamine?|assistante?|comptable|"
    r"responsable|filleule?|cadette?|aînée?|"
    r"coworker|co-worker|workmate|classmate|treasurer|chair(?:man|woman|person)?|president|secretary|"
    r"penningmeester|voorzitter|secretaris|werkster|poetsvrouw|poetshulp|schoonmaker|trésori[eè]re|trésorier|"
    r"présidente?|secrétaire|chum|blonde|best man|bridesmaid|maid of honou?r|witness|getuige|témoin|(?-i:meter|peter)|"
    r"petits|petites|little ones|kleintjes|keeper|guide|handler|trainer|vet|groom|bride|host|organi[sz]er|"
    r"boys|girls|lads|twins|jongens|meiden|meisjes|tweeling|garçons|jumeaux|jumelles|parrain|marraine|"
    r"owner|eigenaar|eigenares|domestic worker|housekeeper|maid|gardener|tuinman|jardini[eè]re?|concierge|"
    r"conciërge|huishoudster|paediatrician|pediatrician|p[ée]diatre|kinderarts|huisarts|GP|family doctor|"
    r"m[ée]decin traitant|bloke|fella|chap|guy|lady|gentleman|gent|caretaker|janitor|superintendent|super|"
    r"beheerder|huismeester|gardien(?:ne)?|syndic|buurjongen|buurmeisje|buurjongetje|buurkind"
)
_POSSESSIVE = (r"(?:the|de|les)(?=\s+(?:kids|children|kinderen|enfants)\b)|"
               r"my|our|his|her|their|mijn|m['’]n|mn|onze|ons|zijn|haar|hun|ma|mon|mes|notre|nos|son|sa|ses|"
               r"mijn eigen")
_LITTLE = (r"little|wee|youngest|eldest|new|usual|regular|dear|kleine|lieve|vaste|nieuwe|jongste|oudste|petite?|"
           r"cher|chère|nouvelle|nouveau|jeune|previous|former|vorige|ancien|ancienne|birthday|jarige")
_IS = r"(?:is|was|heet|est|s['’]appelle|c['’]est|called|named|genaamd)"
_ROLE = re.compile(
    rf"(?<![\w'’])(?:{_POSSESSIVE})\s+(?:(?:{_LITTLE})\s+)?(?:{RELATIONS}|{ROLES})(?:\s+(?:{_LITTLE}))?"
    rf"(?:\s*,\s*|\s+{_IS}\s+|['’]s\s+(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))|\s+)(?=\S)", re.IGNORECASE)  # "my partner's Rhona"
# An article instead of a possessive, the name right after the noun: "the groom Rohan Kapoor", "la voisine
# Guylaine", "the birthday boy is Alfie". Only a capitalised name counts here: "the driver said" is no name.
_ARTICLE_ROLE = re.compile(  # one word may say which: "the building manager is Rosalind Chu"
    rf"(?<![\w'’])(?:the|de|het|la|le|l['’])\s*(?<=\s|['’])(?:(?:{_LITTLE})\s+|(?-i:[a-z]{{3,}})\s+)?"
    rf"(?:{RELATIONS}|{ROLES})"
    rf"(?:\s+{_IS}\s+|\s+)(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))", re.IGNORECASE)
# A relation or role set apart from its name by a comma, a colon or a dash: "Mijn zwager, Ruud Bakker", "de buren:
# Joke Verbeek", "The best man, Hunter,", "les deux petits, Léo et Capucine", "een collega die met pensioen gaat:
# Pieter-Jan 't Hooft". The punctuation says what follows names the person just described, so any determiner (an
# article too), one word before the noun, and after it a short word ("hé", "haar") or a clause on who they are
# ("die met pensioen gaat") are allowed, not a clause on something else ("heeft ook een vis, Nemo"); the name must
# end its phrase.
_DETERMINER = rf"{_POSSESSIVE}|mijne|mijnen|the|de|het|le|la|les|l['’]|a|an|een|un|une"
_APPOSED = re.compile(
    rf"(?<![\w'’])(?:{_DETERMINER})\s*(?<=\s|['’])(?-i:[a-zà-ÿ0-9-]+\s+)?(?:{RELATIONS}|{ROLES})"
    r"(?-i:\s+[a-zà-ÿ]{1,4}|\s+(?:die|dat|who|that|qui|que|welke|which)(?:\s+(?:[a-zà-ÿ]+|I|I['’][a-z]+)){1,7}?|"
    # where they live or work: "The bloke next door, Mick Papadopoulos", "la voisine du dessus, Inès"
    r"\s+(?:of (?:mine|ours|his|hers|theirs)|van (?:mij|ons)|à moi|de (?:moi|ma (?:femme|fille|sœur|mère))|"
    r"next door|upstairs|downstairs|across the (?:road|street|hall|landing)|over the road|from (?:work|school|"
    r"church|the gym)|van hiernaast|van boven|van beneden|van de overkant|van het werk|d['’]à côté|d['’]en face|"
    r"du dessus|du dessous|du travail|du boulot))?\s*[,:—–]\s*(?=\S)",
    re.IGNORECASE)
# A name ends its phrase at punctuation, at "and", or where a place follows it: "de buren, Joke Bakker op
# Heiligenbergerweg 79", "my sister, Ama Owusu at 4 Mill Lane" (a preposition before a capital or a number).
# A title between the role and the name: "Sa pédiatre, la Dre Nadia Berset", "our neighbour, Mr Alan Price".
_TITLE = re.compile(r"(?:(?:la|le)\s+)?(?-i:Dre?|Docteur|Dokter|Mr|Mrs|Ms|Mme|Mevrouw|Meneer|Dhr|Mevr|M)\.?\s+"
                    r"(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț])", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)»\"”—–]|\s+(?:and|en|et|&)\s|"
                         r"\s+(?:op|aan|in|at|on|à|au|rue|from|van|uit|de)\s+(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț0-9])))")
# "Gaz's my husband", "Stijn is mijn man", "Laurent, c'est mon mari": the capitalised word the relation describes.
_IS_RELATION = re.compile(
    rf"(?<![\w'’])(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț]+))(?:['’]s|\s+is|\s+was|\s+est|\s+c['’]est|,\s+c['’]est|"
    rf"\s+(?:is|was)\s+actually)\s+(?:{_POSSESSIVE})\s+(?:{RELATIONS}|{ROLES})(?!\w)", re.IGNORECASE)
# "אורי הוא הבן שלי", "דנה זו השכנה שלי": the word before "he is my son" is his name.
_HE_IS_RELATION = re.compile(r"(?<![\u05d0-\u05ea])(?P<name>[\u05d0-\u05ea]{2,})\s+(?:הוא|היא|זה|זו|זאת)\s+"
                             r"(?:ה(?:בן|בת|אח|אחות|שכן|שכנה|חבר|חברה|בעל|דוד|דודה|נכד|נכדה|גיס|גיסה)\s+שלי|בעלי|"
                             r"אשתי|בני|בתי|אחי|אחותי)(?![\u05d0-\u05ea])")
# "Priya Raman and me", "Sanne en ik", "Inès et moi", "מיכל ואני": whoever the speaker lists with themself is a person
# (in Hebrew at the start of a phrase: "110 מגה ואני משלם" is "and I pay").
_WITH_ME = re.compile(r"(?<![\w'’])(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț]+"
                      r"(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+)?))\s+"
                      r"(?:and|en|et|&)\s+(?:me|myself|mij|ik|moi)(?!\w)|(?:^|(?<=[.,!?:—])\s*)(?P<hebrew>[\u05d0-\u05ea]{2,})\s+ואני"
                      r"(?![\u05d0-\u05ea])", re.IGNORECASE)
# "Trev next door reckons", "Joke van hiernaast", "Guylaine d'à côté", "רונית מהבית ליד": a neighbour named by where
# they live is a person; the place words are only said of people, so the capitalised word before them is a name
# (in Hebrew, a word without the article: "החנות מהבית ליד" is a shop).
_NEXT_DOOR = re.compile(r"(?<![\w'’])(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț]+))\s+(?:from\s+)?(?:next door|"
                        r"across the (?:road|street|hall|landing)|over the road|van hiernaast|van de overkant|"
                        r"van naast de deur|d['’]à côté|d['’]en face|du dessus|du dessous)(?!\w)|"
                        r"(?<![\u05d0-\u05ea])(?P<hebrew>[\u05d0-\u05d3\u05d5-\u05ea][\u05d0-\u05ea]+)\s+"
                        r"מה(?:בית|דירה|בניין)\s+(?:ליד|ממול|הסמוך|הסמוכה|השכן)(?![\u05d0-\u05ea])", re.IGNORECASE)
# "Lou est née le 3 février 2014", "Mason was born in June": whoever is born is a person.
_BORN = re.compile(r"(?<![\w'’])(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț]+))"
                   r"(?:\s+(?:est\s+née?|is\s+born|was\s+born|"
                   r"is\s+geboren|werd\s+geboren)|\s*[—–]\s*(?:born|née?|geboren))(?!\w)", re.IGNORECASE)
# Family words used as a title, with no possessive: "l'accordéon de pépé pierre", "oma Truus", "uncle Desmond".
# A family named by its surname ("de familie Ouwehand", "la famille Roux") and a teacher by hers ("juf Storm").
_KIN_TITLE = re.compile(r"(?<![\w'’])(?:pépé|mémé|papi|papy|mamie|mamy|tonton|tata|tatie|opa|oma|oom|tante|nonkel|"
                        r"uncle|auntie|aunty|grandma|grandpa|granny|nana|familie|famille|juf|meester|maîtresse)"
                        r"\s+(?=\w)", re.IGNORECASE)
# A surname with its particles, as a family is named: "Van Dam", "van den Berg", "de Witte", "d'Almeida", "Le Goff".
_PARTICLED_SURNAME = re.compile(r"(?:(?i:van|von|de|der|den|ter|ten|le|la|du|des|di|da|dos|el|al)\s+){1,3}"
                                r"(?:(?i:d['’]))?[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+|(?i:d['’])[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+")
_PLURAL = re.compile(r"(?:kids|children|kinderen|enfants|sons|daughters|zonen|dochters|grandchildren|boys|girls|twins|"
                     r"friends|vrienden|vriendinnen|amis|amies|copains|copines|"
                     r"jongens|meiden|meisjes|garçons|jumeaux|jumelles|"
                     r"kleinkinderen|petits-enfants|filles)\W*$", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&|en|et)\s+")
_OR_FULL_NAME = re.compile(r"\s+(?:and|&|en|et|or|of|ou)\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+[ ]"
                           r"(?:(?:van|de|der|den|le|la|du)[ ])*[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+)(?=[ ][a-zß-ÿ])")
_ATTENTION = re.compile(r"(?<![\w'’])(?:attention(?: of| to)?|attn\.?|f\.?a\.?o\.?|for the attention of|"
                        r"t\.\s?a\.\s?v\.?|ter attentie van|(?:à )?l['’]attention de|à l['’]att\.? de)\s*:?\s*"
                        r"(?:(?:mr|mrs|ms|dr|mevrouw|meneer|mevr|dhr|mme|m)\.?\s+)?(?=\S)", re.IGNORECASE)
_HE_ROLES = (r"קולגה|עמית|עמיתה|גזבר|גזברית|יו[\"״]ר|מזכיר|מזכירה|ילדים|נכדים|"
             r"מטפלת|מטפל|עוזרת|מנקה|נהג|נהגת|מורה|מדריך|מדריכה|טכנאי|טכנאית|אחות|אח|בייביסיטר|שותף|שותפה|נכד|"
             r"נכדה|בן|בת|חבר|חברה|שכן|שכנה|דודה|אחיין|אחיינית|גיס|גיסה|מנהלת|מנהל|בעלים|בעלת הבית|בעל הבית|"
             # the household's own workers and tradespeople: "העובדת שלנו, ...", "והחשמלאי ..."
             r"עובדת|עובד|קבלן|קבלנית|חשמלאי|חשמלאית|אינסטלטור|שרברב|גנן|גננת|שיפוצניק|צבעי|נגר")
# A role described by when it was theirs: "הבעלים הקודם, יגאל פרנקל", "השכנה החדשה, ...".
_HE_WHEN = r"ה(?:קודם|קודמת|קודמים|חדש|חדשה|חדשים|ישן|ישנה)"
# Where a neighbour or a colleague is from, before the name set apart: "השכן מלמעלה, ברהנו", "החבר מהעבודה, עומר".
_HE_FROM = r"מ(?:למעלה|למטה|ממול|הבניין|הקומה|העבודה|הצבא|הגן|הכיתה|השכונה|הרחוב)"
_HE_ROLE = re.compile(
    rf"(?<![\u05d0-\u05ea])(?:[ולבמ]?ה(?:{_HE_ROLES})(?:\s+מה[\u05d0-\u05ea]+(?=\s+של)|\s+(?:{_HE_FROM}|{_HE_WHEN})(?=\s*,))?(?:\s+(?:שלי|שלנו|שלו|שלה|שלהם|שלהן|שלך|שלכם|של\s+(?:אמא|אבא|סבתא|סבא)"
    r"(?:\s+שלי)?|של\s+[\u05d0-\u05ea]{2,}(?=\s*,)))?|[ולבמ]{0,2}(?:" + _HE_ROLES +
    r")\s+(?:שלי|שלנו|שלו|שלה|שלך|שלכם)|"
    r"[ולבמש]?(?:אמא|אבא|סבתא|סבא|דודה|בעלי|אשתי|בני|בתי|נכדי|נכדתי|אחי|אחותי)"
    r"(?:\s+(?:שלי|שלו|שלה|שלנו|שלך|שלכם))?|"
    r"[ולבמ]?משפחת|לידי|לכבוד|"
    # the landlord, set apart before his name: "בעל הבית, יגאל פרנקל," ("הבית" is the article's, not the role's)
    r"[ולבמש]?בעל(?:ת)?\s+(?:הבית|הדירה|הנכס)(?=\s*,)|"
    # a role without its article, said by where it is from: "חברה מהעבודה, מיכל,", "שכן מהבניין, אבי,"
    rf"(?:{_HE_ROLES})\s+(?:{_HE_FROM}|לעבודה|מהעבודה|מהלימודים|לכיתה)(?=\s*,))"
    r"\s*,?\s+(?=[\u05d0-\u05ea])")
# "the late Dennis Whitlock", "wijlen Henk Bosma", "feu Gérard Lemaire": the dead are named with a word before them.
_LATE = re.compile(r"(?<![\w'’])(?:the late|wijlen|(?:de|het|la|le) (?:overleden|regrett[ée]e?)|feue?|la défunte|"
                   r"le défunt)\s+(?=\S)", re.IGNORECASE)
_HE_NAMES_TOO = frozenset("איתי".split())  # "with me", and a boy's name
_HE_PLURAL = re.compile(r"(?:ילדים|נכדים)")
_HE_AND = re.compile(r" ו([\u05d0-\u05ea]{2,})(?=\s*(?:$|[,.;:!?]))")
# A verb that says who comes or drives: the capitalised name after it is a person the call is about.
_COMES = re.compile(r"(?<![\w'’])(?:komt|kwam|rijdt|reed|comes|came|is coming|was coming|viendra|passera|vient)"
                    r"\s+(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))", re.IGNORECASE)
# "It should have been Thandi; I'll ring her", "C'était Fatoumata qui ...": after "was", "be", "c'est" only
# where a person's word follows in the sentence (who, qui, she, il), so "it'll be Leeds" and "c'était Lyon" stay.
_WAS = re.compile(r"(?<![\w'’])(?:should have been|(?:it|that)(?:['’]ll| will| would)? be|(?:it|that) was|"
                  r"c['’](?:était|est|sera)|ce sera|dat was|het was)\s+(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"[^.!?]{0,50}?(?<![\w'’])(?:she|he|her|him|elle|il|lui|zij|hij|haar|hem)(?!\w)|"
                           r"\s+(?:who|qui|die)\s+(?:\S+\s+){0,2}?(?:com\w*|came|visit\w*|driv\w*|venir|vien\w*|"
                           r"viend\w*|venu\w*|pass\w*|kom\w*|kwam|langs|rij\w*)(?!\w)", re.IGNORECASE)
_NAME_SHAPE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț]+(?:['’-][A-ZÀ-ÖØ-ÞĀ-ſȘ-ța-zß-ÿĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț]+)?")
_HE_COMES = re.compile(r"(?<![\u05d0-\u05ea])(?:מגיעה|מגיע|תגיע|יגיע|הגיעה|הגיע|אמורה להגיע|אמור להגיע|היה|היתה|"
                       r"הייתה)\s+(?=[\u05d0-\u05ea])")
_HE_NO_NAME = frozenset("""
יגיע תגיע בא באה הגיע הגיעה יבוא תבוא מגיע מגיעה יתקשר תתקשר התקשר התקשרה אמר אמרה
טכנאי טכנאית שליח שליחה נציג נציגה מישהו מישהי נהג נהגת מטפל מטפלת עובד עובדת
מחר אתמול מחרתיים כבר עדיין תמיד שוב לבד איתי איתו איתה אצלי אצלנו ביום בבוקר בערב
בדרך בחופש בעבודה בבית חולה עסוק עסוקה
בשבת בשישי בראשון בשני בשלישי ברביעי בחמישי בלילה בצהריים הערב
""".split()) | frozenset(prefix + month for prefix in ("", "ב", "ל", "מ", "עד ") for month in
                         "ינואר פברואר מרץ מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split())
_WORD = re.compile(r"['’]t(?= [A-Z])|[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")  # "'t Hooft": a particle
_HE_WORD = re.compile(r"[\u05d0-\u05ea](?:[\u05d0-\u05ea]|['’׳״\"-](?=[\u05d0-\u05ea]))*")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]")
_PRONOUNS = frozenset("he she it this that who which hij zij ze het dit dat wie il elle ça ce cela qui".split())
# Capitalised words that are no person after "it'll be", "komt", "c'est": days (also "she comes Mondays"), months,
# times, everyday words.
_NO_NAME = frozenset("""
today tomorrow tonight yesterday morning afternoon evening noon midday week weekend next same fine great
vandaag morgen gisteren ochtend middag avond volgende week zelfde prima goed
aujourd'hui demain hier matin soir midi semaine prochain prochaine parfait bon bien
january february march april june july august september october november december
januari februari maart mei juni juli augustus oktober
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
""".split()) | frozenset(day + plural for day in """
monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
lundi mardi mercredi jeudi vendredi samedi dimanche""".split() for plural in ("", "s", "en")) | NOT_NAMES


_BUSINESS_PARTNER = re.compile(r"(?i:onze|our|notre|nos|ons)\s+(?:\w+\s+)?(?:partners?|partenaires?)\b")


# The relation in one sentence, the name alone as the next: "het noodnummer is dat van mijn vriend. Kobe Declercq.",
# "It's for my sister: Ruth Abebe.", "C'est pour ma fille. Zoé Marchand."
_NAME_NEXT = re.compile(
    rf"(?<![\w'’])(?:{_POSSESSIVE}|mijne|mijnen)\s+(?:(?:{_LITTLE})\s+)?(?:{RELATIONS}|{ROLES})(?![\w'’])"
    r"[^.!?:\n]{0,30}[.!?:]\s+(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))", re.IGNORECASE)


def _name_next(text: str) -> Iterator[tuple[int, int]]:
    """A sentence that is only a name, right after one that names a relation or a role: two name words, or a known
    first name."""
    for cue in _NAME_NEXT.finditer(text):
        span = latin_name(text, cue.end(), lower=False)
        if not span or not re.match(r"\s*(?:$|[.!?])", text[span[1]:]):
            continue
        words = text[span[0]:span[1]].split()
        if all(_NAME_SHAPE.fullmatch(w) for w in words) and (
                len(words) == 2 or words[0].casefold() in LATIN_NAMES):
            yield span


def role_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names a relation, a role or an addressee word introduces, and those after a verb of coming."""
    lower = not re.search(r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]", text)
    for cue in (*_ROLE.finditer(text), *_ARTICLE_ROLE.finditer(text), *_ATTENTION.finditer(text),
                *_LATE.finditer(text), *_KIN_TITLE.finditer(text)):
        span = latin_name(text, cue.end(), lower=lower)
        if cue.re is _KIN_TITLE and (particled := _PARTICLED_SURNAME.match(text, cue.end())) and re.search(
                r"(?i:familie|famille)\s+$", cue.group()):
            span = particled.span()  # "de familie van Houten", "la famille de Witte": the surname with its particles
        if span and cue.re is _KIN_TITLE and text[span[0]:span[1]].split()[0].casefold() in _LOWER_VERBS:
            continue  # "oma heeft gebeld": a verb, no name
        if span and cue.re is _ROLE and re.search(r"['’]s\s*$", cue.group()) and \
                text[span[0]:span[1]].split()[0].casefold() not in LATIN_NAMES and \
                not (" " in text[span[0]:span[1]] and _PERSON_NEXT.match(text, span[1])):
            continue  # "my partner's Rhona" is who the partner is, "my mum's Corsa" what she drives; a first name
            # and a surname then "she", "he" or "who" ("my aunt's Edna Marsh, she'll ...") is who the aunt is
        if span and staff_from_team(cue.group(), text, span[1]):
            continue  # "my colleague Jamal from the technical team will call you": the company's own staff
        if span and _BUSINESS_PARTNER.search(cue.group()):
            continue  # "onze partner Fintora doet een toets": the company's partner is a firm
        if span and _firm(cue.group(), text[span[0]:span[1]]):
            continue
        if span:
            yield span
            if cue.re in (_ROLE, _ARTICLE_ROLE) and _PLURAL.search(cue.group()):  # "the kids Shira and Itai"
                second = _AND.match(text, span[1])
                more = latin_name(text, second.end(), lower=lower) if second else None
                if more:
                    yield more
    yield from _apposed(text, lower)
    yield from _name_next(text)
    for cue in _NAME_WORD.finditer(text):  # "the baby's name, Ivy,", "le prénom du petit : Prune"
        said = _NAME_SAID.match(text, cue.end())
        if said and said.group().casefold() not in STOP and said.group().casefold() not in _PRONOUNS:
            yield said.span()
    for match in (*_IS_RELATION.finditer(text), *_BORN.finditer(text), *_HE_IS_RELATION.finditer(text),
                  *_WITH_ME.finditer(text), *_NEXT_DOOR.finditer(text)):
        group = "hebrew" if match.re in (_WITH_ME, _NEXT_DOOR) and match["hebrew"] else "name"
        if _said_of_a_person(match[group]):
            yield match.start(group), match.end(group)
    for cue in _HE_ROLE.finditer(text):
        span = _hebrew_name(text, cue.end())
        copula = _HE_COPULA.match(text, cue.end()) if not span else None
        if copula and (named := _hebrew_name(text, copula.end())) and re.match(r"\s*(?:$|[,.;:!?])", text[named[1]:]):
            yield named  # "דודה שלי זו <name>, היא ...": the relation "is" the name that ends the phrase
            continue
        after = _HE_WORD_AT.match(text, cue.end())
        word = span or (after.span() if after else None)  # a stop word too: "בעלי ישלם, אייל,"
        apart = _HE_APART.match(text, word[1]) if word else None
        if word and apart and text[word[0]:word[1]] not in HEBREW_NAMES and apart[1] not in HEBREW_STOP and \
                not re.match(r"[ולבמש]?ה", apart[1]):  # "הנכד שלי <name>, והשכנה,": a noun with its article
            span = apart.span(1)  # "בעלי ישלם, אייל, ...": a verb after the relation, the name set apart after it
        elif word and "," not in cue.group() and _where_to(text[word[0]:word[1]]) and (
                comma := _HE_COMMA.match(text, word[1])):
            # "השותפה שלי בסדנה, <name>": where the relation is from, then the name set apart after it
            span = _hebrew_name(text, comma.end()) or span
        plural = bool(_HE_PLURAL.search(cue.group()))
        if span and plural and text[span[0]:span[1]].count(" ו") == 1:  # "נוגה ואיתי" are two children
            first = text.index(" ו", span[0])
            yield span[0], first
            yield first + 2, span[1]
        elif span:
            yield span
            second = _HE_AND.match(text, span[1]) if plural else None
            if second:  # "והילדים נוגה ואיתי": "ואיתי" after a name is a second name, not "and with me"
                yield second.start(1), second.end(1)
    for cue in (*_COMES.finditer(text), *_WAS.finditer(text)):
        span = latin_name(text, cue.end(), lower=False)
        if span and all(_NAME_SHAPE.fullmatch(w) for w in text[span[0]:span[1]].split()) and (
                cue.re is _COMES or _PERSON_AFTER.match(text, span[1])):
            yield span
    for cue in _WISH.finditer(text):  # "Happy birthday Grace", "Joyeux anniversaire Léon", "Gefeliciteerd Fenna"
        span = latin_name(text, cue.end(), lower=False)
        if span and all(_NAME_SHAPE.fullmatch(w) for w in text[span[0]:span[1]].split()):
            yield span
    for wish in _HE_WISH.finditer(text):  # "מזל טוב לאלה ולשקד": whom a cake or a card wishes well
        for group in ("first", "second"):
            if wish[group] and wish[group] not in HEBREW_STOP | _HE_NOT_WISHED and not wish[group].startswith("ה"):
                yield wish.start(group), wish.end(group)
    for cue in _HE_COMES.finditer(text):  # "מחר מגיעה ולנטינה, היא ...": the name ends the phrase
        span = _hebrew_name(text, cue.end(), alone=True)
        if span and re.match(r"\s*(?:$|[,.;:!?])", text[span[1]:]) and not _where_to(text[span[0]:span[1]]):
            yield span


_HE_WORD_AT = re.compile(r"[\u05d0-\u05ea]+")
_HE_COPULA = re.compile(r"(?:זה|זו|זאת|הוא|היא)\s+(?=[\u05d0-\u05ea])")
# After a first name and a surname, a pronoun or "who" for a person: the two words were a person's name.
_PERSON_NEXT = re.compile(r"\s*[,—–-]?\s*(?:she|he|they|who|zij|hij|ze|die|elle|il|qui)(?:['’]\w+)?(?![\w'’])",
                          re.IGNORECASE)
# A person's name asked or given as a name: "the little one's name,", "the first name of the baby:", "le prénom de
# la petite,", "de naam van het meisje:". Set apart by a comma or a colon, one capitalised word that ends its phrase
# is that name, an everyday word (a flower, a gem) too: the noun says it is one.
_NAME_WORD = re.compile(
    r"(?<![\w'’])(?:(?!(?:company|firm|shop|store|business|brand|product|model|street|road|file|account|dog|cat|"
    r"horse|pony|puppy|kitten|boat|house|farm|band|team|club|school)['’])[\w-]{1,40}['’]s\s+(?:first\s+|given\s+|christian\s+)?name|(?:first|given|christian)\s+name"
    r"(?:\s+of\s+(?:the|my|his|her|our|their)(?:\s+[a-z-]+){1,2})?|name\s+of\s+(?:the|my|his|her|our|their)"
    r"(?:\s+[a-z-]+){1,2}|(?:le|son|sa|leur)\s+prénom(?:\s+(?:de|du|des|de la|de l['’])\s*(?:[a-zà-ÿ-]+\s*){1,2})?|"
    r"(?:de|haar|zijn|hun)\s+voornaam(?:\s+van\s+(?:het|de|mijn|haar|zijn|onze|ons)(?:\s+[a-z-]+){1,2})?|"
    r"de\s+naam\s+van\s+(?:het|de|mijn|haar|zijn|onze|ons)(?:\s+[a-z-]+){1,2})\s*[,:]\s*",
    re.IGNORECASE)
_NAME_SAID = re.compile(r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)(?=\s*(?:$|[,.;:!?)]|\s+(?:and|en|et|&)\s))")
_HE_APART = re.compile(r"\s*,\s*([\u05d0-\u05ea]{2,})\s*,")
_HE_COMMA = re.compile(r"\s*,\s*(?=[\u05d0-\u05ea])")
# Wishing someone well by name, as a cake's or a card's text says it.
_WISH = re.compile(r"(?<![\w'’])(?:happy\s+(?:birthday|anniversary|retirement)|congratulations|congrats|"
                   r"(?:hartelijk\s+)?gefeliciteerd|fijne\s+verjaardag|proficiat|(?:joyeux|bon)\s+anniversaire|"
                   r"bonne\s+fête|félicitations)\s*,?\s+(?:(?:to|aan|à)\s+)?(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))", re.IGNORECASE)
_HE_WISH = re.compile(r"(?<![\u05d0-\u05ea])(?:מזל טוב|יום הולדת שמח|יומולדת שמח|ברכות|בהצלחה|נשיקות)\s+"
                      r"ל(?P<first>[\u05d0-\u05ea]{2,})(?:\s+ול(?P<second>[\u05d0-\u05ea]{2,}))?(?![\u05d0-\u05ea])")
_HE_NOT_WISHED = frozenset("כולם כולכם זוג חתן כלה בת בן סבתא סבא אמא אבא ילד ילדה ילדים משפחה הורים נכד נכדה "
                           "חברים חברה צוות מורה גננת יקירה יקר אחות אח".split())


# After "תגיע", a word with "ל", "ב" or "מ" before it is where one comes, not who ("תגיע לחנות", "הגיע בזמן"),
# unless it is a known name ("מגיעה מאיה").
_WHERE_TO = re.compile(r"[לבמ](?:[\u05d0-\u05ea]{3,})$")


# Where someone is, not where they are from: "הטכנאי בדרך, בערך שעה" (on the way, about an hour), "בחופש" (on leave).
_HE_UNDER_WAY = frozenset("בדרך בחופש בחופשה במילואים בהמתנה בנסיעה".split())


def _where_to(word: str) -> bool:
    return bool(_WHERE_TO.match(word)) and word not in HEBREW_NAMES and word not in _HE_UNDER_WAY


def _said_of_a_person(words: str) -> bool:
    """Whether the word a relation, a birth or "and me" is said of can be a name: no pronoun, day or everyday word."""
    word = words.split()[0].casefold()
    return word not in STOP and word not in _NO_NAME and word not in _PRONOUNS and word not in HEBREW_STOP


# A role a firm as often fills as a person: the managing agent of a building ("le syndic, Immogest,", "de beheerder,
# Woonbron,"). A single word after it names a person only when it is a known first name.
_FIRM_ROLE = re.compile(r"(?i:syndic|syndicus|beheerder)\W*$")


def _firm(cue: str, name: str) -> bool:
    return bool(_FIRM_ROLE.search(cue.rstrip(" ,:—–"))) and " " not in name and name.casefold() not in LATIN_NAMES


def _apposed(text: str, lower: bool) -> Iterator[tuple[int, int]]:
    """The names set apart after a relation or a role ("de buren: Joke Verbeek"), and a second one joined to the
    first by "and" ("les deux petits, Léo et Capucine"); each must end its phrase, so "my son, Monday works" and
    "the neighbour, Ziggo-monteur komt" are no names."""
    for cue in _APPOSED.finditer(text):
        title = _TITLE.match(text, cue.end())
        span = latin_name(text, title.end() if title else cue.end(), lower=lower)
        if span and not title and _firm(cue.group(), text[span[0]:span[1]]):
            continue
        while span and _PHRASE_END.match(text, span[1]) and not staff_from_team(cue.group(), text, span[1]):
            yield span
            span = joined_name(text, span[1])


def joined_name(text: str, end: int) -> tuple[int, int] | None:
    """A capitalised name joined by "and" to the one ending at ``end`` and ending its phrase too: "Bises, Olivier et
    Margaux", "Harriet & Sol", "הכרטיסים בשביל דנה ועומר.". People are listed with people; "Jansen and Monday",
    "Tom and Ziggo-klant" or "רונית והמשפחה" ("and the family") are not."""
    hebrew = _HE_AND.match(text, end)
    if hebrew and not hebrew.group(1).startswith("ה") and hebrew.group(1) not in HEBREW_STOP | _HE_NO_NAME:
        return hebrew.start(1), hebrew.end(1)
    joined = _AND.match(text, end)
    span = latin_name(text, joined.end(), lower=False) if joined else None
    if span and _PHRASE_END.match(text, span[1]):
        return span
    # "Teun of Ilona Vos brengt ze", "Sam or Grace Bennett will drop them off": a first name and a surname, the
    # sentence going on after them
    pair = _OR_FULL_NAME.match(text, end)
    words = pair["name"].casefold().split() if pair else []
    before = re.search(r"([\w'’-]+)\s+[\w'’-]+$", text[max(0, end - 60):end])  # "Forfait Marin ou Forfait Eco":
    return pair.span("name") if pair and words[0] not in STOP | _NO_NAME | NOT_NAMES and (  # two things' names
        not before or before.group(1).casefold() != words[0]) and \
        words[-1] not in _NO_NAME | NOT_NAMES else None  # "Vos", "Lebon": a surname may be a word too


def latin_name(text: str, position: int, *, lower: bool) -> tuple[int, int] | None:
    """One or two name words from ``position`` (particles between): capitalised, or any case in a lower-case
    turn."""
    if not lower and re.search(r"[^\W\d_] $", text[max(0, position - 2):position]) and (
            particled := _CAPITAL_PARTICLE.match(text, position)):
        return particled.span()  # "de kinderarts Van Loon", "le pédiatre Le Goff": a surname led by its particle,
        # right after the role (after a comma, "mon père, La Grange Neuve, ..." is where he lives)
    taken: list[re.Match[str]] = []
    at = position
    while len([t for t in taken if t.group().casefold() not in NAME_PARTICLES]) < 2:
        word = _WORD.match(text, at)
        if not word or (taken and text[taken[-1].end():word.start()] not in (" ", "-")):
            break
        folded = word.group().casefold()
        if taken and folded in NAME_PARTICLES and not lower:
            taken.append(word)
            at = word.end() + 1
            continue
        shaped = _CAPITAL.match(word.group()) and not word.group().isupper() if not lower else True
        full = not lower and not taken and _FULL_NAME.match(text, word.end())
        everyday = folded in _NO_NAME and not full
        # "mijn vrouw, An Schoofs": a short everyday word, capitalised inside the sentence, with a surname after it
        stop = folded in STOP and not (full and len(folded) <= 3 and folded not in _NEVER_FIRST and position > 0 and
                                       not re.search(r"[.!?]\s*$", text[:position]) and
                                       _WORD.match(text, word.end() + 1) is not None and
                                       text[word.end() + 1:].split(" ", 1)[0].strip(".,;:!?").casefold() not in STOP)
        if not shaped or stop or everyday or len(folded) < 2 or (lower and a_state(folded)) or \
                lower and (folded in _LOWER_NOT_NAME or _ELIDED.match(folded) or
                           everyday_word(folded, LATIN_NAMES)):  # "my mum wants one too"
            break
        if lower and taken and not _ends_phrase(text, word.end()) and "'" not in folded and "’" not in folded:
            break  # "femke haalt de kinderen": a second lower-case word only where the name plainly ends
        taken.append(word)
        at = word.end() + 1
    while taken and taken[-1].group().casefold() in NAME_PARTICLES:
        taken.pop()
    if not taken:
        return None
    return taken[0].start(), taken[-1].end()


# A surname whose capitalised particle leads it, right where a name is expected: "Van Loon", "De Vries", "Le Goff".
_CAPITAL_PARTICLE = re.compile(r"(?-i:Van|Von|De|Der|Den|Ter|Ten|Le|La|Du|Da|Di|Dos)(?:\s+(?-i:der|den|de|la|le))?"
                               r"\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)(?![\w'’-])")
_NEVER_FIRST = frozenset("the het les een une des in op at on to of en et and or ou aan met by van bij for voor our "
                         "ons my mon ma mes his her son sa its".split())
# "mijn buurman, Frans de Wit": a word that is also an everyday one ("Frans", French) begins a full name when a
# particle or another capitalised name word follows it.
_FULL_NAME = re.compile(r" (?:(?:van|de|der|den|le|la|du|von|ben)\s+)*[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț]+")


def _ends_phrase(text: str, position: int) -> bool:
    follow = _WORD.match(text, position + 1) if text[position:position + 1] == " " else None
    return not follow or text[position:position + 1] in ",.;:!?" or follow.group().casefold() in _LOWER_VERBS


_ELIDED = re.compile(r"(?:[mjlndstc]|qu)['’]")  # "mon fils m'a appelé": a French pronoun with its verb, no name
_LOWER_NOT_NAME = frozenset("""
klopt zegt woont werkt betaalt belt krijgt doet zit ligt staat wordt vindt weet snapt ziet
says lives works pays called rang gets does knows thinks sees
dit habite travaille paie appelle sait pense voit trouve
""".split())
_LOWER_VERBS = frozenset("wants wanted needs will would is was has had can could veut voudrait doit va est a "
                         "wil wilt moet gaat komt kan heeft zal wants".split())


# An object after the second word says it is a verb, not a surname: "רונית תביא את המסמכים", "דנה תתקשר אליי".
_HE_OBJECT = frozenset("את אותו אותה אותם אותן לי לך לו לה לנו לכם אליי אלינו אליך אליו אליה".split())


def _hebrew_name(text: str, position: int, *, alone: bool = False) -> tuple[int, int] | None:
    """One Hebrew name word, and a second where the phrase plainly ends after it."""
    first = _HE_WORD.match(text, position)
    bare = first.group()[1:] if first and first.group()[:1] == "ו" else ""  # "ואתה" is "and you"
    ends = first is not None and bool(re.match(r"\s*(?:$|[,.;:!?])", text[first.end():]))
    name_too = bool(first and first.group() in _HE_NAMES_TOO and not alone)
    if first and name_too and ends:
        return first.start(), first.end()  # "הבן שלי איתי.": after a role and ending the phrase, a name
    if not first or not name_too and (first.group() in HEBREW_STOP or first.group() in _HE_NO_NAME or
                                      first.group() in HEBREW_EVERYDAY) or \
            first.group().startswith("ה") or len(first.group()) < 2 or bare in HEBREW_STOP:
        return None
    end = first.end()
    second = _HE_WORD.match(text, end + 1) if text[end:end + 1] == " " and not alone else None
    if second and second.group() not in HEBREW_STOP | _HE_NO_NAME and not second.group().startswith("ה"):
        third = _HE_WORD.match(text, second.end() + 1) if text[second.end():second.end() + 1] == " " else None
        if not third or third.group() not in _HE_OBJECT and (
                third.group() in HEBREW_STOP or third.group()[:1] in "בלמ" and len(third.group()) > 3):
            end = second.end()
    if name_too and end == first.end():
        return None  # "הבן שלי איתי מחר": "with me", unless a surname follows ("האחיין שלי איתי ברגר")
    return first.start(), end
