"""The words around a person's name, in the four languages: the cues that introduce one and the words that are none.

A cue says a name follows: "my name is", "u spreekt met", "je m'appelle", "שמי" (strong: lower case counts
too); "ik ben", "this is", "c'est", "met" at the start of a turn (weak: the name must end the phrase); a title
("mevrouw", "Mme"); a relation ("mijn zoon Daan", "my flatmate Aisha", "הבן שלי, איתי"); a word that names
("a guy called Marco", "ene Ruben", "une certaine Nathalie", "טכנאי ששמו משה"); a greeting that addresses
someone ("Hoi Lotte!", "Bonjour Amina !", "שלום סמאר."). The stop lists hold the everyday words a name never
is, so that "ik ben boos" and "mijn zoon heeft" take nothing. The logic that reads a name after a cue is in
``names``. Standard library only.
"""

from __future__ import annotations

import re
import unicodedata

NAME_PARTICLES = frozenset("van de der den het ter ten te op le la du des di da von ben bar bat al el bin 't ’t"
                           " ó ní nic ua uí".split())  # Irish: "Eoin Ó Dálaigh", "Siobhán Ní Bhriain"
PARTICLES = frozenset("van de der den ter ten le la du des di da von bin ben bat bar abu d' ó ní nic ua uí אבו בן בת בר"
                      .split())
# Words that end a name or can never be one, in lower case (a chat's "my name is ilse kramer and ...").
STOP = frozenset("""
a about after again all also am an and any are as at back be because been but by call calling can could did do
i'll i'd i've you're we'll we're
does for from get go going got had has have having he her here hi him his how i if i'm im in is it it's its just
like me mine my need no not now of off on one only or our out over please really right she so some sorry sure
thank thanks that the their them then there they this to too up us very was we well were what when where which
who why will with would yes yeah you your speaking hello hey okay ok oh um uh eh well wait hang moment
aan al alleen als bel bellen ben bent bij dag dan dat de der des deze die dit doe doen dus een eens en er even
goed graag had heb hebben heeft hem het hier hij hoe hoi hun ik in is ja je jij jullie kan kunnen kunt maar me
meer met mij mijn momentje na naar natuurlijk nee niet nog nu of om ons ook op over sorry staat te tot u uw van
veel voor waarom wacht wat we weer wel wie wij wil zal ze zij zijn zo zoals zou klant klantnummer hallo goedemiddag
goedemorgen mn m'n wilde wou zit zat gaat ging kwam komt moet moest mag
à au aussi avec avoir comme bien bon bonjour ça ce cela ces c'est cette d'accord dans de des donc du elle en est et être
eu fait il ils j'ai je juste la le les leur lui ma madame mais me merci mes moi mon monsieur ne non nous on ou oui
par pas pour pourquoi qu que qui sa se ses si son sont sur ta te toi ton très tu un une vous voilà votre vos
appelle appelais client cliente heer mevrouw meneer mevr dhr mrs mr ms miss sir team all everyone allemaal tous
a avait veut voulait peut doit beaucoup infiniment hartelijk zeer bye doei ciao ziens later soon again
groet groeten groetjes regards cheers cordialement bedankt mvg salutations bisous
he's she's they're we're you're i've he'd she'd it'll there's that's what's
number numbers nummer nummers numéro numéros details gegevens coordonnées address adres adresse email e-mail mail
phone telefoon téléphone person persoon personne
spelt spelled spelling written wrong wrongly misspelt misspelled incorrect incorrectly mal écrit écrite fout verkeerd
geschreven gespeld incorrecte faux fausse erroné erronée still also nog toujours
""".split())
# Israeli family names that are no everyday word: said right after a given name found, they are its surname ("השכנה
# רותם ביטון תפתח"). Names that are words too ("שלום", "ברק", "שמש", "טל") are left out.
# Words said in lower case where a chat puts a name ("my mum wants one too", "mijn moeder blijft er wonen", "ma fille
# vient d'avoir son permis", "c'est rapide"): verbs, adjectives and adverbs, never a name of their own.
EVERYDAY_LOWER = frozenset("""
wants needs says has had does did got gets goes went came comes found lost bought paid called told asked thinks
thought died passed moved lives lived works worked uses used hit broke fell left made took tried wanted needed keeps
kept sent rang phoned forgot knows knew likes loved hates wrote gave gives sees saw pays owns owes lent drives drove
can will would should could must might also too again still just really even already always never only now then
blijft bleef heeft wil wilde wou kan kon moet moest gaat ging komt kwam woont woonde werkt werkte betaalt betaalde
belt belde zegt zei vindt vond krijgt kreeg wordt werd doet deed zit zat staat stond ligt lag denkt dacht weet wist
vorige vorig nieuwe oude zelf ook nog al even net pas gewoon echt eigenlijk trouwens overigens overleden gestorven
vient venait va allait est était avait fait faisait dit disait part partait arrive arrivait attend attendait
veut voulait peut pouvait doit devait habite habitait travaille travaillait paie payait appelle appelait rapide
gratuit aussi encore déjà toujours jamais vraiment juste bien alors décédé décédée
dommage possible simple facile normal vrai parfait noté compris réglé urgent important pareil clair sûr gentil
nickel super génial jammer prima duidelijk goed fijn top klaar genoteerd geregeld mooi raar vreemd
fine done okay great perfect broken sorted sure true right wrong cheap expensive free quick easy
awesome actually goodbye bye cool nice lovely brilliant wonderful excellent amazing yup yea yeah nope umm um ah wow
lol geesh cheers thanks parfait génial merci oké bedankt dankjewel doei salut ciao toppie
""".split())
# Endings of verbs, adjectives and adverbs that no given name has: "-ing", "-ed", "-ly" ("blinking", "married",
# "really"), Dutch "ge-...-en/-d/-t" and "-lijk/-ig" ("gekregen", "gelukt", "eerlijk"), French "-ment" and "-é(e)(s)"
# ("complètement", "choqué"), a verb's "j'"/"l'" ("j'attends"). A name in the lists wins ("irving", "renée").
_EVERYDAY_FORM = re.compile(r"\w{3,}(?:ing|ed|ly)|ge\w{3,}(?:en|d|t)|\w{2,}(?:lijk|ig)|\w{3,}(?:ment|ée?s?)|"
                            r"[jlmtsdn]['’]\w+")




# Given names with one of those endings: "irving", "alfred", "renée", "ludwig".
_ENDING_NAMES = frozenset("""irving sterling channing manning fleming alfred mildred winifred wilfred siegfried
manfred elfried desire aime amedee renee desiree aimee dorothee timothee andree salome hedwig ludwig""".split())


def everyday_word(folded: str, names: frozenset[str]) -> bool:
    """A word in lower case that is a verb, an adjective or an adverb and no given name (``names`` is the list of
    given names, written without accents)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    if folded in names or plain in names or plain in _ENDING_NAMES:
        return False
    return folded in EVERYDAY_LOWER or bool(_EVERYDAY_FORM.fullmatch(folded))


# The same in Hebrew, where every word is "lower case": "אבא שלי נפטר", "מעולה, תודה".
HEBREW_EVERYDAY = frozenset("""
נפטר נפטרה נפטרו מעולה מצוין סבבה אחלה לוקח לוקחת לגמרי מלמעלה מלמטה בלי שאלה אזרח ותיק ותיקה יחד נו בטעות ככה
שבור שבורה אלינו אליכם אליהם האקס גר גרה גרים עבר עברה קיבל קיבלה שילם שילמה אמר אמרה ביקש ביקשה
התקשר התקשרה הזמין הזמינה חולה מת מתה נסע נסעה עובד עובדת עבד עבדה קנה קנתה שכח שכחה הלך הלכה בא באה
""".split())
HEBREW_SURNAMES = frozenset("""
כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן מלכה אזולאי כץ עמר אוחיון חדד גבאי שטרן גרוס גולדברג גולדשטיין
רוזנברג רוזן שפירא קפלן חזן אשכנזי מימון סויסה אלמוג שמעוני נחום שרעבי ששון בוזגלו אוחנה אלקיים זילברמן וייס
קליין שוורץ הורוביץ ליבוביץ ברגר גרינברג פישר שניידר וולף הלוי אדלר לנדאו זלצמן בירנבאום ברקוביץ אפשטיין
אקרמן גוטמן הירש הופמן מרקוביץ נוימן פרנקל קלמן קרמר רבינוביץ שמואלי גבריאלי חביב טייב יונס חורי נסאר עודה
סלאמה חסון אלבז אמסלם אסולין אלמליח אבוטבול טובול ממן פולק רייך שגיא ויצמן תמיר אגבריה אבו מוסאי יחזקאל
אהרוני אלמוג בוחבוט בן־דוד בנימין גולן גרינשטיין דנינו הרוש ואקנין וקנין זגורי טל־אור יפרח כחלון
לוגסי מויאל נגאר סבג סעדה עזרא פרג'ון צברי קדוש קורן רביבו רוזנטל שושן אלון בירן גורדון ליברמן
ליפשיץ מנדלבאום סגל פרלמן קורנפלד רוטמן שטיינברג שטרנברג גלעד גפני דיין זכאי טננבאום ליבנה מרגלית
עזריאל פינטו קרסו רונן שקד בלום ברגמן גרוסמן הרשקוביץ ויינברג זוסמן טאובר ליבמן מילר פרידלנדר
""".split())
HEBREW_STOP = frozenset("""
אני אתה את הוא היא אנחנו הם הן זה זאת זו לא כן מי מה למה איך איפה מתי על עם של שלי שלך שלו שלה שלנו שלכם רק גם
עוד כבר אבל או אם כי יש אין היה הייתה הייתי רציתי רוצה רוצים מתקשר מתקשרת מתקשרים לגבי בקשר בעניין לקוח לקוחה
עכשיו פה כאן היום שלום תודה בבקשה סליחה רגע שנייה בסדר אוקיי טוב אז ואני ויש ורציתי מ לי לך לו לה להם ממש
בעל בעלי אשתי אמא אבא הבן הבת בן בת מדבר מדברת בשם השם שמי קוראים בעלת החשבון הלקוח אליך אלייך אליכם איתך
איתכם אתכם אותך אותו אותה מהחברה מהשירות רב וברכה לכולם לכם צריך צריכה מחפש מחפשת חושב חושבת מנסה יכול יכולה
גר גרה משלם משלמת מקבל מקבלת מבין מבינה יודע יודעת שוב פעם חדש חדשה הנציג הנציגה נציג נציגה מישהו מישהי
השירות המוקד התמיכה שירות מוקד תמיכה לקוחות הלקוחות מצטער מצטערת כועס כועסת עצבני עצבנית מאוכזב מאוכזבת
בטוח בטוחה שמח שמחה עייף עייפה חולה מודאג מודאגת עברית אנגלית ערבית רוסית צרפתית אמהרית
המספר הטלפון הנייד הכתובת הבית בבית בעבודה מהעבודה
כיתה בכיתה לכיתה בגן בתיכון בצבא לומד לומדת
אליו אליי אלייה אליהן איתה איתו איתם אותם אותן עליו עליי עליהם ממנה ממנו מהם להן לכן
נפנה נתקשר נחזור נשלח נדבר נעביר נבדוק נעדכן נטפל נגיע נבוא נתאם נודיע נמסור נבקש נשאל
ידע תדע יעדכן תעדכן
יאסוף תאסוף יגיע תגיע יבוא תבוא יתקשר תתקשר ישלח תשלח יחזור תחזור יתקן תתקן יבדוק תבדוק יביא תביא ייקח תיקח
יעביר תעביר יחליף תחליף יתקין תתקין ידבר תדבר יהיה תהיה יוכל תוכל יאשר תאשר יחכה תחכה יטפל תטפל ישלם תשלם
יצלצל תצלצל יפגוש תפגוש יסביר תסביר יעדכן תעדכן יחתום תחתום ימסור תמסור יקבל תקבל יגיד תגיד
שהיה שהייתה שהיו שבא שבאה שהגיע שהגיעה שעבד שעבדה שתיקן שתיקנה שהתקין שהתקינה
כתוב כתובה כתובים רשום רשומה רשומים מופיע מופיעה מופיעים שגוי שגויה נכתב נכתבה נרשם נרשמה השתנה השתנתה מאוית
עברנו עברתי קיבלנו קיבלתי שילמנו שילמתי הזמנו הזמנתי שוכר שוכרת שוכרים דייר דיירת
מאויתת לכתוב לרשום לאיית לתקן תקין תקינה נכון נכונה לא־נכון עדיין בדיוק באמת
עודכן עודכנה עודכנו תוקן תוקנה תוקנו בוצע בוצעה נשלח נשלחה נשלחו התקבל התקבלה נקלט נקלטה אושר אושרה סודר סודרה
""".split())
# Capitalised words that are no name after a weak cue ("I'm Dutch", "Ik ben Nederlander", "This is Monday").
NOT_NAMES = frozenset("""
i ik je hi hello hey yes no ja nee oui non thanks dank merci sorry bonjour goedemiddag goedemorgen ok okay
dutch english french british american israeli belgian german nederlander nederlandse belg française français
monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
lundi mardi mercredi jeudi vendredi samedi dimanche calling speaking here the mijn my mon ma
belgisch belgische nederlands frans franse engels engelse israëlisch israëlische duits duitse belge israélien
customer service support team klantenservice afdeling helpdesk madam
""".split())
# How one feels or what one is, after "ik ben", "i'm", "je suis": no name, also when a chat writes it in lower case.
STATES = frozenset("""
boos blij ziek moe klaar bang nieuw oud benieuwd verhuisd verbaasd teleurgesteld ontevreden bezig thuis weg terug
angry sad new fine good bad late tired back confused annoyed frustrated worried stuck upset unhappy sick busy home
away ready afraid sure done moving calling writing here urgent important dringend
fâché fâchée content contente désolé désolée nouveau nouvelle déçu déçue perdu perdue malade fatigué fatiguée là
prêt prête inquiet inquiète énervé énervée pressé pressée sûr sûre en nul nulle bon bien cher chère vrai faux grave
""".split())
_STATE_ENDINGS = ("ig", "lijk", "isch", "baar", "loos", "ful", "ous", "ive", "able", "ible", "ated", "eux", "euse",
                  "ique", "ée", "és", "ées")

_STRONG = (
    r"mijn naam is|ik heet|(?:u|je|jij) spreekt met|spreek ik met|op naam van|ten name van|t\.n\.v\.|namens|"
    r"my name is|my name's|name's|on behalf of|in the name of|under the name(?: of)?|"
    r"you'?re (?:through to|speaking (?:with|to)|talking to)|speaking with|"
    r"je m['’]appelle|mon nom(?:,)? (?:est|c['’]est)|de la part de|au nom de|pour le compte de|"
    r"vous (?:êtes en ligne avec|parlez (?:à|avec))|"
    r"שמי|השם שלי(?: הוא| זה)?|קוראים לי|בשם|על שם|מדבר|מדברת|"
    r"(?:his|her|their|zijn|haar|son|sa|leur)\s+(?:naam|name|nom)\s+(?:is|est)|"
    # "השם שלה אלמה.": her name, in Hebrew, a name of one or two words closing the clause after it
    r"(?<![\u05d0-\u05ea])השם\s+של(?:ו|ה|הם|הן)(?:\s+(?:הוא|היא|זה))?"
    r"(?=\s+[\u05d0-\u05ea][\u05d0-\u05ea'׳-]*(?:\s+[\u05d0-\u05ea][\u05d0-\u05ea'׳-]*)?\s*(?:[.,!?;:]|$))|"
    r"\w++['’]s name is|"  # "my wife's name is"
    # the name someone signed with: "heeft getekend als L. Hovenkamp", "signed for it as", "a signé au nom de"
    r"(?:ge|onder)tekend als|signed (?:for (?:it |them )?)?as|sign[ée]e? (?:comme|sous le nom de)|"
    r"(?:(?:first|last|full|sur)\s?name|naam|voornaam|achternaam|nom|prénom|שם(?: מלא| פרטי| משפחה)?)\s*:|"  # a form
    r"(?:my|mijn|mon|ma)\s+(?:(?:first|last|sur|family)\s?name|voornaam|achternaam|nom de famille|prénom)\s+"
    r"(?:is|est|c['’]est)|שם המשפחה(?:\s+שלי)?|השם הפרטי(?:\s+שלי)?"
)
# People one calls for or speaks of, with their step-, in-law and half- forms ("stiefvader", "belle-mère").
RELATIONS = (
    r"mother|mum|mom|father|dad|husband|wife|son|daughter|partner|boyfriend|girlfriend|fianc[ée]e?|grandmother|"
    r"grandma|grandfather|grandpa|grandad|granddad|grandmum|grandmom|grampa|gramps|gran|granny|nan|nana|nanna|"
    r"brother|sister|uncle|aunt|auntie|cousin|nephew|niece|grandson|godson|goddaughter|godchild|buddy|"
    r"granddaughter|friend|flatmate|roommate|housemate|neighbour|neighbor|colleague|boss|landlord|landlady|tenant|"
    r"lodger|carer|step\w+|(?:mother|father|son|daughter|brother|sister)s?-in-law|missus|missis|hubby|wifey|"
    r"neighbours|neighbors|"
    r"moeder|mama|vader|papa|man|vrouw|echtgeno(?:ot|te)|zoon|zoontje|dochter|dochtertje|vriend|vriendin|verloofde|"
    r"oma|opa|broer|broertje|zus|zusje|oom|tante|neef|neefje|nicht|nichtje|kleinkind|petekind|kleinzoon|kleindochter|buurman|buurvrouw|huisgeno(?:ot|te)|"
    r"collega|baas|huisbaas|verhuurder|huurder|stief\w+|schoon\w+|zwager|zwagerin|vent|buren|"
    r"mère|maman|père|mari|femme|époux|épouse|fils|fille|conjointe?|compagne|compagnon|copain|copine|amie?|"
    r"grand-mère|grand-père|mamie|mamy|papi|papy|mémé|pépé|frère|s(?:œ|oe)ur|oncle|cousine|neveu|nièce|filleule?|petit-fils|petite-fille|voisine?|"
    r"colocataire|coloc|collègue|patronne?|propriétaire|locataire|beau-\w+|belle-\w+|demi-\w+|voisins|gendre|bru|"
    r"kids|children|sons|daughters|grandchildren|parents|kinderen|zonen|dochters|kleinkinderen|ouders|enfants|filles|"
    r"petits-enfants|flatmates|roommates|housemates|colocs|colocataires|"  # "my kids Jack and Ella"
    r"friends|vrienden|vriendinnen|amis|amies|copains|copines"  # "mes amis Margaux et Hugo"
)
_POSSESSIVE = (r"my|our|his|her|their|your|mijn|m['’]n|mn|onze|ons|zijn|haar|hun|je|uw|jouw|ma|mon|mes|notre|nos|"
               r"son|sa|ses|votre|vos|ta|ton")
_RELATIVE = (  # "on behalf of my mother, Maria Jansen": the relation, then the name
    rf"(?:(?:my|mijn|ma|mon|mes)\s+)?(?:{RELATIONS})|"
    r"(?:אמא|אבא|בעלי|אשתי|הבן|הבת|סבתא|סבא|אחי|אחותי|השכן|השכנה|חתני|כלתי|גיסי|גיסתי|החתן|הכלה|הנכד|הנכדה)"
    r"(?:\s+שלי)?"
)
_HE_KIN = (r"(?<![\u05d0-\u05ea])[ולבמש]?(?:אמא|אבא|בעלי|אשתי|בני|בתי|סבתא|סבא|אחי|אחותי|דודי|דודתי|חברי|חברתי|"
           r"נכדי|נכדתי|חמי|חמותי|ה?(?:בן|בת|אח|אחות|שכן|שכנה|דוד|דודה|חבר|חברה|שותף|שותפה|נכד|נכדה|גיס|גיסה|"
           r"קולגה|נציג|נציגה|טכנאי|ילדים|נכדים|הורים|שותפים|"
           r"גרוש|גרושה|אקס|מחנך|מחנכת)|בן הזוג|בת הזוג)(?:\s+(?:שלי|שלנו|שלו|שלה))?")
# A weak cue opens the turn or a sentence, perhaps after a greeting: "Ja hallo, met ...", "Bonjour, c'est ...".
_GREETING = (r"hi|hello|hey|hiya|g['’]day|yes|yeah|good (?:morning|afternoon|evening)|hallo|hoi|goedemorgen|"
             r"goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond|goeiedag|dag|ja|hai|bonjour|bonsoir|bjr|slt|oui|allô|allo|salut|coucou|שלום|היי|הי|אהלן|"
             r"בוקר טוב|ערב טוב")
_WEAK = (rf"(?:^|(?<=[.!?])\s+|(?<=,)\s*|(?<=\s)(?=(?:he|she|hij|zij|ze|il|elle)(?:['’]s|\s+is|\s+est)\s))"
         rf"(?P<greeting>(?:(?:{_GREETING})[,!]?\s+){{1,2}})?"
         r"(?:(?P<weak>met|ik ben het(?: weer| nog eens| nog een keer)?,?|ik ben|i['’]m|i am|it['’]?s me(?: again)?,?|"
         r"ici|je suis|c['’]est (?:encore )?moi,?|hier is|זה (?:שוב )?אני,?|"
         r"(?(greeting)אני|(?!)))|"  # "c" for "c'est" and Hebrew "אני" only after a greeting: "bjr c amina"
         r"(?P<weak_is>dit is|this is|it['’]?s|(?:moi,?\s+)?c['’]est|moi,?\s+c|(?(greeting)c|(?!))|זה|זאת|כאן|"
         r"(?:he|she)['’]s|(?:he|she) is|(?:hij|zij|ze) is|(?:il|elle) est))")  # "my landlord ... he's Frank Holt"
_TITLES = (r"mevrouw|meneer|mijnheer|dokter|docteur|"
           r"mevr\.|mw\.|dhr\.|de heer|mrs\.?|mr\.?|ms\.?|miss|dr\.?|mister|madame|monsieur|mme\.?|"
           r"mlle\.?|mademoiselle|(?-i:M\.)|ma[îi]tre|notaris|advocaat|advocate|meester|notaire|avocate?|"
           r"solicitor|barrister|attorney|גברת|הגברת|גב['׳]|מר|האדון|"  # "גב' ויינר": "גברת" abbreviated
           r"ד[\"״]ר|דר['׳]|דוקטור|פרופ['׳]|פרופסור|עו[\"״]ד|(?:ה)?(?:עורך|עורכת)\s+(?:ה)?דין|"
           r"אדון|"
           # a police officer by rank and surname, the one who took the report: "agent Van Rijn", "rechercheur Smit",
           # "PC Dawson", "Detective Sergeant Hale", "l'inspecteur Leclercq", "le brigadier Dumont", "השוטר אלמוג"
           r"(?:politie|wijk|hoofd)?agente?(?=\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))|rechercheur|brigadier|commissaris|"
           r"inspect(?:eur|rice|or)|(?:detective\s+)?(?:sergeant|constable|inspector)|detective|(?-i:PC|DC|DS|DI|DCI)|"
           r"l['’]inspect(?:eur|rice)|(?:le|la)\s+(?:brigadier|brigadière|commissaire|capitaine|lieutenant)|"
           r"commissaire|gendarme|(?:ה)?(?:שוטר|שוטרת|חוקר|חוקרת|בלש|בלשית|פקד|סמל|רס[\"״]ר)")
# "ד\"ר ליבוביץ מהמרפאה", "דר' כץ": a doctor or a lawyer by surname
# ("Maître ...": a French lawyer or notary by surname; "meester Smits", "l'avocate Girard", "attorney Reyes",
# "עורכת הדין שפירא": the one who handles an estate or a power of attorney, named the same way)
# "a guy called Marco", "ene Ruben", "une certaine Nathalie", "טכנאי ששמו משה": a word that names who follows.
_NAMED = (r"(?=\w++\s++(?:called|named)\b)(?:guy|man|woman|lady|girl|boy|bloke|chap|gentleman|person|someone|"
          r"somebody|agent|engineer|technician|colleague|rep|advisor|adviser|operator|driver|courier|fella|fellow|"
          r"lad|lass|gal|neighbour|neighbor|friend|mate)\s+"
          r"(?:called|named)|ene|een zekere|genaamd|"
          r"une? certaine?|une? (?:dénommée?|nommée?|prénommée?)|(?:qui|il|elle)\s+s['’]appel(?:le|ait)|"
          r"ששמו|ששמה|שקוראים לו|שקוראים לה|"
          # "mijn man heet", not "mijn wifi"; a filler adverb may come between: "ze heet trouwens ..."
          rf"(?:hij|zij|ze|(?:mijn|m['’]n|mn|zijn|haar|onze)\s+(?:{RELATIONS}))\s+heet"
          r"(?:\s+(?:trouwens|overigens|eigenlijk))?|קוראים (?:לו|לה)|שמו|שמה|"
          rf"(?:il|elle|(?:mon|ma|son|sa|notre)\s+(?:{RELATIONS}))\s+s['’]appelle"
          r"(?:\s+(?:d['’]ailleurs|en fait|justement))?|"
          r"die\s+heet|who(?:['’]s|\s+is)\s+(?:called|named)|"  # "de buurvrouw, die heet ...", "who's called ..."
          r"(?:please|just|then|and|you can|can you)\s+ask for|vraag (?:dan |maar )?naar|demandez|"  # "ask for Rick"
          r"(?:spoke|spoken|talked|talking) (?:to|with)|(?:gesproken|sprak) met|(?:j['’]ai )?parlé (?:à|avec)|"
          r"j['’]ai eu|דיברתי (?:\S+ )?עם|שוחחתי (?:\S+ )?עם|"  # "I spoke to Jake", "דיברתי עם שירן"
          # someone put on the booking or the list: "רק תרשום גם את מריה סנטוס" (not "תרשום את השעה", a noun with
          # its article)
          r"(?<![\u05d0-\u05ea])(?:ת|ל)?(?:רשום|רשמי|רשמו|וסיף|וסיפי|וסיפו)\s+(?:(?:גם|בבקשה|רק)\s+)*את"
          r"(?=\s+(?!ה)[\u05d0-\u05ea])")
_FOR = r"(?:for|voor|pour|namens|בשביל|עבור)"  # "calling for my dad, George Miller"
_KIN = (rf"(?:{_POSSESSIVE})\s+(?:(?:late|dear|wijlen|overleden|lieve|feu|défunte?|chère?)\s+)?(?:{RELATIONS})"
        r"(?:['’]s\s+(?:account|name|line|contract|phone|number))?")  # "my wife, Emma", "mijn zoon Daan"
# "la soeur de moussa", "the sister of John", "de zus van Pieter", "הבת של רנא": the relation, then whose.
# The look-ahead only makes it quick; its words are bounded (a relation is a short word), so a run of digits and
# dashes ("1-1-1-...": a word start at every digit) is not read to its end from each of them.
_OF = (rf"(?=(?:\w{{1,40}}+\s++)?[\w-]{{1,40}}+\s++(?:de|d['’]|van|of)(?!\w))"
       rf"(?:(?:la|le|l['’]|the|de|het)\s+)?(?:{RELATIONS})\s+(?:de|d['’]|van|of)|(?:הבן|הבת|האח|האחות|אשת|בעל)\s+של")
# A greeting that addresses someone: "Hoi Lotte!", "Bonjour Amina !", "Dear Sam,", "שלום סמאר."
_VOCATIVE = (r"(?:^|(?<=[.!?])\s+)(?:hi|hello|hey|dear|hallo|hoi|beste|dag|goedemorgen|goedemiddag|goedenavond|"
             r"bonjour|bonsoir|salut|coucou|cher|chère|שלום|היי)")
# The end of a message: "Met vriendelijke groet, Jan de Vries", "Kind regards, John", "Cordialement, Marie", "בברכה,
# דנה", "groetjes anna", "Thanks Sarah!" (the name must end the turn).
_SIGN_OFF = (r"(?:met )?(?:vriendelijke|hartelijke|lieve|beste) groet(?:en)?|mvg|groet(?:en|jes)?|gr\.|"
             r"(?:kind|best|warm|kindest) (?:regards|wishes)|(?:many )?thanks|thank you|regards|best|cheers|"
             r"bedankt|dank (?:je|u)(?: wel)?|cordialement|bien (?:à vous|cordialement)|salutations|bisous|"
             r"merci(?: beaucoup)?|bises|בברכה|תודה(?: רבה)?|"
             r"(?<![^\n])(?:(?:lots of )?love|liefs)(?=,|\s*\n)")  # at a line's start: not "I love Tom"
# A strong cue or a title may carry the Hebrew "and" ("והשם הפרטי ...", "וד\"ר ...").
CUE = re.compile(rf"(?:(?:(?<!\w)|(?<=(?<!\w)ו))(?P<strong>{_STRONG})|{_WEAK}|"
                 rf"(?:(?<!\w)|(?<=(?<!\w)ו))(?P<title>{_TITLES})|"
                 rf"(?<!\w)(?P<named>{_NAMED})|"
                 rf"(?<!\w)(?P<relative>{_FOR}(?=\s+(?:{_RELATIVE})\s*,))|"
                 rf"(?<!\w)(?P<kin>{_KIN})(?=\s*,|(?-i:\s+[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]))|(?<!\w)(?P<hekin>{_HE_KIN})(?=\s*,)|"
                 rf"(?<!\w)(?P<of>{_OF})|(?P<vocative>{_VOCATIVE})|(?<!\w)(?P<signoff>{_SIGN_OFF}))(?!\w)"
                 rf"(?:\s+(?:{_RELATIVE})(?!\w))?\s*[:,]?\s*(?=\S)", re.IGNORECASE | re.MULTILINE)
# "Tim en Lisa", "Jack and Ella": a second name after a relation's first.
AND_NAME = re.compile(r"\s+(?:en|and|et|&)\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț])")
# "Tom's daughter", "Anna's husband": the name before whose relation the speaker is; in Dutch also "Bas zijn
# moeder", inside a sentence only, since "Geef haar moeder ..." opens with a verb.
WHOSE = re.compile(rf"(?<![\w'’])([A-Z][^\W\d_]+)['’]s\s+(?:{RELATIONS})(?!\w)|"
                   rf"(?<=[\w,;:] )([A-Z][^\W\d_]+)\s+(?:zijn|z['’]n|haar|d['’]r)\s+(?:{RELATIONS})(?!\w)")
# Whose personal value or record it is: "Oliver's BSN", "het BSN van Fenna", "la fiche de Léo", "בכרטיס של עומר", and
# whose relative the speaker is, "אמא של נועם וגאיה": the name of a child or a relative given alone.
_VALUE = (r"bsn|burgerservicenummer|sofinummer|date of birth|birth date|geboortedatum|date de naissance|passport|"
          r"paspoort|passeport|zorgpas\w*|id(?: number)?|identity number|num[ée]ro d['’]identit[ée]|file|record|"
          r"details|gegevens|dossier|fiche|carnet|kaart|card|carte|allerg\w+|medicatie|medication|m[ée]dicaments?")
OWNER = re.compile(rf"(?<![\w'’])(?P<before>[A-Z][^\W\d_]+)['’]s?\s+(?:{_VALUE})(?!\w)|"
                   rf"(?<!\w)(?:{_VALUE})\s+(?:van|of|de|d['’]|du)\s*(?P<after>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][^\W\d_]+)(?![\w'’-])",
                   re.IGNORECASE)
HE_OWNER = re.compile(r"(?<![\u05d0-\u05ea])[ובלמ]?ה?(?:תיק|כרטיס|פרטים|תעודת הזהות|ת\.?ז\.?|תאריך\s+(?:ה)?לידה|אמא|"
                      r"אבא|סבתא|סבא|"
                      r"אח|אחות|מורה|גננת|מטפלת|דוד|דודה)\s+של\s+(?P<first>[\u05d0-\u05ea]{2,}?)(?:\s+ו(?P<second>"
                      r"[\u05d0-\u05ea]{2,}))?(?![\u05d0-\u05ea])")
# The one picked up or fetched, a child in the caller's care (the company's staff are never picked up): "Who picks Freya
# up?", "Wie haalt Jesse op?", "Qui vient chercher Léo ?", "מי אוסף את אלה?". The name right after the verb.
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][^\W\d_]+"
PICKED_UP = re.compile(rf"(?<![\w'’])(?:(?i:pick(?:s|ed|ing)?|collect(?:s|ed|ing)?)\s+(?P<en>{_CAP})"
                       r"(?=\s+(?i:up)(?!\w))|"
                       rf"(?i:pick(?:s|ed|ing)?\s+up|collect(?:s|ed|ing)?)\s+(?P<en2>{_CAP})|"
                       rf"(?i:haalt|haal|halen|haalde|brengt)\s+(?P<nl>{_CAP})\s+(?i:op|weg|thuis)(?!\w)|"
                       rf"(?i:chercher|récupérer|récupère|récupèrera)\s+(?P<fr>{_CAP}))(?![\w'’-])|"
                       r"(?<![\u05d0-\u05ea])(?:לאסוף|אוסף|אוספת|אוספים|יאסוף|תאסוף|יאספו|אסף|אספה)\s+את\s+"
                       r"(?P<he>[\u05d0-\u05ea]{2,})(?![\u05d0-\u05ea])")
# After a weak cue the name ends the phrase ("Met Hans.", "Ik ben Henk, de buurman", "this is marcus calling"):
# "Met Ziggo heb ik nooit problemen", "Ik ben Ziggo-klant sinds 2010" name a company, not a person.
AFTER_WEAK = re.compile(r"\s*(?:$|[,.!?;:]|\s(?:hier|here|speaking|calling|à l['’]appareil|מדבר|מדברת|from|"
                        r"van|uit|de chez|again|weer|opnieuw|encore|שוב|à votre (?:écoute|service))(?!\w)|"
                        # "I am Peter Smith and my order is late": the speaker goes on about themself
                        r"\s(?:and|en|et)\s+(?:i|i['’]m|my|ik|mijn|m['’]n|je|j['’]|mon|ma|mes)(?!\w))",
                        re.IGNORECASE)
# After a greeting the name ends the phrase too: "Hoi Lotte!", "Hi Sam, thanks".
AFTER_VOCATIVE = re.compile(r"\s*(?:$|[,.!?;:])")
AT_THE_END = re.compile(r"[\s.!)]*$")  # a sign-off's name ends the message
# A turn that opens with who one is, then to whom, in a chat's lower case or in Hebrew, with no greeting before it:
# "ik ben lotte, mn moeder heeft ...", "c amina la soeur de moussa", "אני דנה, רציתי לשאול", "אני סמאר, הבת של".
OPENING_NAME = re.compile(rf"(?:^|(?<=[.!?])\s+)(?:(?:ik ben|i['’]m|i am|je suis|(?:moi,?\s+)?c['’]est|c|it['’]?s)\s+"
                          rf"(?P<lower>[a-zà-ÿ]{{3,}}),?\s+(?:(?:la|le|l['’]|the|de|het|mn|m['’]n|mijn|my|ma|mon)\s+)?"
                          rf"(?:{RELATIONS})(?!\w)|אני\s+(?P<hebrew>[\u05d0-\u05ea]{{2,}}),\s*(?=(?:רציתי|רוצה|אני|יש|"
                          r"מתקשר\S*|ה(?:בת|בן|אח|אחות|שכן|שכנה|לקוח|לקוחה|נכד|נכדה)(?![\u05d0-\u05ea])|בעל\S*|אשת|"
                          r"לקוח\S*)))", re.MULTILINE)
# After a name in a chat written all in lower case: the end, a stop, or "and" ("la soeur de moussa, il a ...").
AFTER_LOWER_NAME = re.compile(r"\s*(?:$|[,.!?;:]|\s(?:and|en|et|ו)\s)", re.IGNORECASE)
# After a chat's lower-case name: the end, a stop, or who one is to someone ("amina la soeur de moussa").
AFTER_CHAT_NAME = re.compile(rf"\s*(?:$|[,.!?;]|\s(?:(?:la|le|l['’]|the|de|het|mn|m['’]n|mijn|my|ma|mon)\s+)?"
                             rf"(?:{RELATIONS})(?!\w))", re.IGNORECASE)
COMPANY = re.compile(r"(?<!\w)(?:SARL|SAS|BV|B\.V\.|NV|N\.V\.|Ltd|LLC|GmbH|Inc|VOF|plc|Telecom|Telekom|Energie|Energy|"
                     r"Mobile|Bank|Group|Groep|Services|Verzekeringen|Assurances?|[Gg]emeente|Council|Ville|בע\"?מ)(?!\w)")
# After "this is", "it's", "c'est" with no greeting before it, a capitalised word may be a plan ("It's Unlimited
# 100 GB"): a name there ends the turn, or a comma and "I", "ik", "je", "אני" follow, or "speaking", "here", or who
# the speaker is to someone ("This is Ravi Menon, uncle of the bride").
AFTER_IS = re.compile(r"\s*(?:$|[.!]|,\s*(?:i|i'm|ik|je|j['’]|we|wij|nous|my|mijn|mon|ma)(?!\w)|"
                      r"\s(?:from|van|uit|de chez|de la part|again|weer|encore|שוב)(?!\w)|"  # "זה אבי, הבעל של"
                      rf",\s*(?:(?:his|her|their|the|zijn|haar|hun|de|het|sa|son|la|le|l['’])\s*)?(?:{RELATIONS})(?!\w)|"
                      r",\s*(?:calling|speaking|ringing|je bel|j['’]appelle)(?!\w)|"  # "This is Ravi Menon, uncle of"
                      r",\s*ה\S+\s+של)", re.IGNORECASE)
CLOSING = re.compile(r"\s+(?:speaking|here|calling|hier|à l['’]appareil|à votre (?:écoute|service)|at your service|"
                     r"tot uw dienst|מדבר|מדברת|לשירותך|לשירותכם)(?!\w)", re.IGNORECASE)
# A team or a desk named before its shared e-mail address ("Accounts Desk, accounts.desk@..."): no person.
DEPARTMENTS = frozenset("""
accounts accounting admin billing bookings careers clients contact customer desk finance help helpdesk info invoices
office orders planning reception sales service services support team klantenservice boekhouding administratie
facturen facturatie verkoop receptie comptabilité facturation accueil commandes équipe
""".split())
# Capitalised, these everyday words are first names too: "my colleague Ben", "ask for Will".
NAMES_TOO = frozenset("ben will mark bill rose may june guy jack dean art hope joy grace iris lily daisy holly ivy "
                      "ruby pearl amber jade faith dawn roos fleur".split())
OPENING_BEFORE = re.compile(r"(?:^|[,.!?:]\s*|(?:it['’]?s|this is|c['’]est|ici|yes|ja|oui|hi|hello|hallo|שלום|היי)"
                            r"\s+)$", re.IGNORECASE)


def a_state(word: str) -> bool:
    """"boos", "frustrated", "désolée": how one is, which a chat's lower-case word after "ik ben" may also be."""
    folded = word.casefold()
    return folded in STATES or folded in STOP or len(folded) > 5 and folded.endswith(_STATE_ENDINGS)


# The company's own staff: "my colleague Peter from the technical team will call you". A colleague said to be from
# a team stays visible; the customer's colleague ("mijn collega Saskia Ouwerkerk en ik") is a person like any other.
OUR_STAFF = re.compile(r"(?:my|our|mijn|m['’]n|mn|onze|ons|ma|mon|mes|notre|nos)\s+(?:colleagues?|collega['’]?s?|"
                       r"coll[èe]gues?|boss|baas|manager|patronne?|responsable)\b", re.IGNORECASE)
_FROM_TEAM = re.compile(r"\s+(?:from|of|at|van|bij|uit|de|du|d['’]|à)\s*(?:the|our|het|de|onze|la|le|l['’]|notre)?\s*"
                        r"[\w-]*\s*(?:team|department|desk|afdeling|dienst|service|équipe|helpdesk)", re.IGNORECASE)


def staff_from_team(cue: str, text: str, name_end: int) -> bool:
    """Whether ``cue`` ("my colleague") introduces a name that ``text`` then says is from one of the company's teams."""
    return bool(OUR_STAFF.match(cue)) and bool(_FROM_TEAM.match(text, name_end))


# An animal, by the words for it (a pet, a horse): "Hoe heet de pup?", "his dog Arlo", "sa chatte Mimi", "לכלב".
ANIMAL = (r"(?<!\w)(?:dog|doggy|puppy|pup|cat|kitty|kitten|horse|mare|stallion|gelding|pony|foal|"
          r"rabbit|bunny|hamster|guinea pig|ferret|parrot|budgie|tortoise|pet|"
          r"hond|hondje|kat|katje|poes|poesje|paard|merrie|hengst|veulen|konijn|"
          r"cavia|huisdier|chien|chienne|chiot|chatte|chaton|cheval|jument|étalon|hongre|poulain|"
          r"poney|lapin|furet|perroquet|animal)s?(?!\w)|"
          # the French cat with its article or possessive ("le chat", "sa chatte"), not a chat on a website
          r"(?<!\w)(?i:le|du|au|ce|ton|votre|mon|son|notre|leur)\s+chats?(?!\w)|"
          r"(?<![\u05d0-\u05ea])[לשהבו]{0,3}(?:כלב|כלבה|כלבלב|גור|גורה|חתול|חתולה|חתלתול|סוס|סוסה|"
          r"סייח|פוני|ארנב|ארנבת|אוגר|תוכי|חיה|חיית המחמד)(?:ים|ות)?(?![\u05d0-\u05ea])")
