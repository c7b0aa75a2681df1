"""First names that are no everyday word: a name said with no cue at all ("Klopt, Noor heeft dat geregeld",
"Yes, Ellie says the lorry gets in", "la famille Dubois, Jacques et Monique").

A cue tells most names (``names``), but callers also speak of people they introduced lines earlier, or never:
the one who paid, the neighbour, the child the agent asks about. Those names are often first names, and the
first names people carry are a known, small set. The lists below hold common given names across the callers of
the Netherlands, Flanders, the United Kingdom, Ireland, North America, Australia, France, Belgium, Switzerland,
Québec and Israel (with the Arabic, Turkish, Moroccan, West African, Indian, Polish, Russian and Spanish names
common there), and leave out every name that is also an everyday word in one of the four languages ("Will",
"Mark", "Rose", "Dan" (Dutch "then"), "Lien" (French "link"), "Claire" stays, "Marine" does not; in Hebrew
"איתי" ("with me"), "מיכל" ("a tank"), "דוד" ("a boiler"), "עמית" ("a colleague")).

A Latin-script name counts only capitalised, and not inside a place or a business ("Saint-Louis", "rue Jean
Jaurès", "Jan van Galenstraat", "Hotel Victoria"); a capitalised surname right after it is taken with it ("Hilde
Van den Broeck", "Eleanor Briggs"). A Hebrew name may carry "ו" or "ל" before it; a word after it is its
surname where the phrase ends there or "אני"/"שמי" introduced it ("אני נועה לוי, ..."). Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from copilot.privacy.name_roles import ROLES
from copilot.privacy.name_words import HEBREW_STOP, NAME_PARTICLES, NOT_NAMES, RELATIONS, STOP

_LATIN = """
aaron abby abdel abdelkader abdoulaye abena abigail adaeze adebayo aditya adriaan adrian adrien agathe agnieszka
ahmed ahmet aicha aidan aiden ailsa aisha aisling aissatou akosua alain alasdair albert albin alejandro alessandro
alex alexander alexandre alexandru alexis alfie alice alicia alison alix ally amanda amandine amaury amelia amina
aminata amine amir amira amit anais ananya anastasia andre andrea andreas andrei andrew andriy andy angela
angelique angus anil anis anja anjali anke ann anna anne annelies annemarie annick annie anouar anouk anthony
antoine antoinette antonin antonio antony aoife apolline archie arie arjan arjen arjun arlo armelle arnaud arne
arthur arun asha ashley astrid aude audrey augustin aurelie aurelien awa ayoub ayse aysel baptiste barbara barry
bart bas bastien beatrice beatrix becky benedicte benjamin benoit berenice bernadette bernard bert bertrand beth
bethan bethany betty bianca bilal bjorn blandine boaz bob boubacar boudewijn bradley bram brandon brenda brendan
brett brian bridget brigitte britt bronagh bronwyn bruce bruno burak busra caitlin callum camille capucine carl
carla carlos carmen carol carole carolien caroline carolyn carys casper cathal catherine catriona cecile cedric
celine cem chantal chantale charlene charles charlie charlotte cheikh chiamaka chiara chidi chinedu chloe chris
christian christina christine christophe christopher cian ciara ciaran cillian claire clara clare claude clemence
clement clive clodagh clovis coen colin colm connor conor coralie corentin corinne corrie craig cynthia cyprien
cyril daan dafydd damien daniel daniela danielle danny daphne darragh darren dave david debbie debby deborah declan
deepa delphine denis denise dennis derek dermot diane diarmuid didier diederik dirk divya dmitri dominique donal
donna dorian dorien dorothy dries dylan edith edouard edward edwin eileen eilidh eilish elaine eleanor elena elie
elif elijah elin elisabeth elise eliza elizabeth ella ellen ellie elodie eloise els elsa emeka emile emilie emilien
emily emine emma emre enda enzo eoin eric erik erin erwin esmee esra estelle esther ethan etienne euan eugene eva
eve evelien eveline evelyn evi evie ewa fabien fabienne fanny farid fatima fatma fatou fatoumata febe felix femke
fenna fergus fernand ffion fiachra fien finley finn fiona firmin flavie florent florian floris francesca francis
francisco francois francoise fred freddie freddy frederic frederique freya frits funmilayo gabriel gabrielle gael
gaelle gaetan gareth gary gaspard gauthier gavin geert gemma genevieve geoff georges gerald gerard gerda gerrit
gert gethin ghislaine gijs gilles ginette giovanni gisele giulia giuseppe glenn godelieve gordon graham greet
gregoire gregory griet guillaume gunther gurpreet guus guylaine gwen hakan hamish hamza hanane hanna hannah hanneke
hans harold harpreet harriet harry harvey hassan hatice hayley heather heleen helen helene hendrik henk henri henry
herman herve hicham hidde hilde hiroshi honore hortense hugo huguette hussein huw ian ibrahim ibrahima ieuan ikram
ilse ilyes imane imogen ineke ines inge ingrid ioana irene irina isaac isabel isabella isabelle isaure isla ismail
ivo iwan jaap jacob jacqueline jacques jake james jamie jan janet janice janneke jannie jarne jasmijn jason jasper
jaspreet javier jayden jean jeanne jef jeffrey jelle jelmer jen jennifer jenny jens jeremy jeroen jerome jesper
jess jesse jessica jill jim jimmy joanna joanne joao jocelyn jocelyne jodie joe joel joelle joep johan johanne
johannes john jolanda jolien jon jonas jonathan joop joost jordi joris jorn jos jose josee joseph josephine josh
joshua josiane joyce jozef juan judith jules julia julian julie julien juliette jurgen jurre justin justine kaat
kacper karen karim karin karine karlijn kasia kasper katarzyna kate katherine kathleen kathryn katie katrien kavita
kayla kees keith kemal kenneth kerstin kevin khadija khalid kieran kim kimberly kirsten kirsty klaas koen kofi
kristof krzysztof kurt kwame kyle kylian kylie lachlan laetitia lakshmi lander lars laura laure lauren laurence
laurens laurent lea leandre leanne leila lena leo leon leonie lerato levi lewis liam lianne lieke liesbeth lilou
lina linda lindsay lionel lisa lisanne lise lisette liz loes logan loic lorraine lotte lou louane louis louise
lowie luc luca lucas lucia lucie lucien lucille lucy luis lukas luke luuk lyne lynn lynne maaike maarten madison
maelle maelys magdalena maggie maika maisie malcolm malgorzata malik malika mamadou manon manpreet manuel marc
marcel marco marcus marek margaret margaux margot maria mariam mariama marianne marie marieke marilyn mario marion
mariska marit marius marjan marjolein marleen marloes mart marta martha marthe martijn martin martine maryam maryse
mathieu mathijs mathilde mathis matilda matt matteo matthew matthieu maud maureen maurice maurits maxence maxime
meera mees meg megan mehdi mehmet mel melanie melissa melodie menno merel merijn merve meryem mhairi michael michel
michele michelle michiel miguel mihai mike mila millie mireille miriam mirjam mirthe mohamed mohammed monique morag
morgane mounir moussa muhammad murat mustafa myriam nabil nadege nadia naima natalia natalie nathalie nathan neha
neil nele niall niamh nicola nicolas nicole niek niels nienke nigel nina nisha noa noah noemie nolan nolwenn noor
nora noud nour nuala oceane odette odile oisin oksana olaf oleksandr olena olga oliver olivia olivier ollie omar
onno ophelie orla oscar ousmane owain ozan pablo padraig pamela pascal pascale patrice patricia patrick paul paula
pauline pawel pedro pepijn perrine pete petra phil philip philippe phoebe pierre piet pieter pim piotr pooja
priscilla priya quentin quinten rachel rachid rahul raj rajesh ramesh raoul raphael raphaelle rayan rebecca
redouane regine regis reinier remco remi remy renate rene rens rhian rhodri rhona rhys rianne richard rick rik rita
rob robbe robert roel roger rogier rohan roland romain romane romy ronald ronan rory rosalie ross ruben russell
rutger ruth ryan saar sabine sacha sally salma salome sam samantha samir samira samuel sander sandra sandrine
sanjay sanne saoirse sara sarah saskia scott seamus sean sebastien segolene sem senne seppe serge sergei sergio
severine shane sharon shaun shauna sheila shirley siem sien sienna simon simone simran sinead siobhan sioned sipho
sjoerd sneha sofia sofiane sofie solange solene sonia sophia sophie sorcha soufiane soukaina stacey stan stanislas
stefan steph stephane stephanie stephen steve steven stijn stuart sunil sunita suresh susan suzanne sven svetlana
sybren sylvain sylviane sylvie tadhg tamara tanguy tanja tanya teresa tess teun thabo thandi themba theo theophile
theresa therese thibault thibaut thierry thijs thomas tijmen tijn tim timeo timothy tine tineke tobias toby tom
tomas tomasz tommy tomos tony tracey tracy trevor tristan truus tunde twan tygo tyler una valentijn valentin
valerie vanessa veerle vera veronique vicky victor vijay vikram vince vincent virginie vladimir walid walter wannes
warre wassim wendy wessel wilco willem willemijn wilma wim wout xavier yanis yann yannick yara yasmina yasmine
yevgeni yohan youri youssef youssouf yulia yusuf yves yvonne zachary zahra zanele zelie zeynep zoe zoey
"""
# In Hebrew: names that are no everyday word, noun, verb or adjective, alone or after "ו" or "ל" (so no "אור", "טל",
# "מקסים" "charming", "נורית" "a warning light", "חנה" "parked", flowers,
# "חן", "שחר", "גל", "אביב", "איתי" "with me", "מיכל" "a tank", "דוד" "a boiler", "עמית" "a colleague", "אסף"
# "collected", "שלמה" "whole", "מרים" "lifting", "מירב" "the most", "קרן" "a fund", "עמוס" "busy", "טובה" "good",
# "יפה" "pretty", "שאול" of "לשאול" "to ask", "הגר" of "להגר" "to emigrate").
_HEBREW = """
אביאל אביגיל אביה אביטל אביעד אבישג אבישי אביתר אבנר אברהם אדוה אהוד אהרון אודליה אולגה אופיר אורטל אוריה אורית
אורנה אושרת אחמד איברהים איגור אילנה אילנית אירינה איתמר אליאור אליהו אלינור אליעד אליעזר אלירן אלישע אלכסנדר אלעד
אמיר אנדריי אנה אסי אסנת אסתר אפרת בועז בוריס בנימין בתיה גאיה גידי גליה גלית גלעד דביר דורון דימה דמיטרי דנה דניאל
דנית האני הדס הודיה היבה הילה הראל ויטלי ולנטינה זהבה זיוה חגי חגית חוה חסן טטיאנה טלי טליה יאנה יבגני יגאל ידידיה
יהודה יהונתן יהושע יואב יואל יוחאי יוכבד יוליה יונתן יוסי יוסף יחיאל ילנה ינון יעל יעקב יערה יפעת יצחק ירון ישי לאה
לודמילה ליאור ליאת ליה לימור לירון לירז מאיה מוחמד מוטי מוסטפה מוריה מורן מחמוד מיטל מיכאיל מלי מנחם מרדכי משה נאדר
נדב נועה נועם נחום נחמן נטליה נטע נינה ניצה ניר נתנאל סבטלנה סוהא סיגל סמאח סמיר עאישה עדנה עוזי עומר עידו עינת
עלמה עמנואל ענבל ענת עתליה פאדי פאטמה פבל פזית פנחס צביה צופיה צחי צילה קובי ראובן ראמי ראניה רבקה רויטל רוית רוני
רונית רועי רותם רחל רחלי רינה רינת רפאל שגיא שולמית שלומית שמואל שמוליק שמעון שרה שרית ששון תהילה תומר תמיר תמר
"""
LATIN_NAMES = frozenset(_LATIN.split()) - STOP - NOT_NAMES
HEBREW_NAMES = frozenset(_HEBREW.split()) - HEBREW_STOP

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
# Before a name, a word that makes it a place's or a business's: "Saint-Louis", "rue Jean Jaurès", "Hotel Victoria".
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:saint|sainte|st|ste|sint|san|santa|santo|port|fort|mont|villa|hotel|hôtel|café|cafe|chez|camping|"
    r"résidence|residence|rue|avenue|av|boulevard|bd|place|quai|chemin|allée|impasse|route|lycée|college|collège|"
    r"école|ecole|school|stade|hôpital|ziekenhuis|kliniek|clinique|hospital|church|kerk|église|basisschool|"
    r"restaurant|pub|bar|salon|studio|garage|maison|huize)\.?[\s-]+)$", re.IGNORECASE)
# After a name, a word that makes it a street, a place or a business: "Jan van Galenstraat", "Albert Heijn".
_PLACE_AFTER = re.compile(
    r"\S*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|pad|hof|dijk|park|street|road|avenue|lane|drive|"
    r"close|square|place|crescent|way|terrace|college|school|hospital|centre|center|heijn|linders)\b",
    re.IGNORECASE)
# Before a name, a thing's or a room's noun makes it the thing's name: "de fauteuil Noor", "la salle Annie
# Fratellini", "model Vera"; a role or a relation makes it a person's ("de buurman Jan", "la voisine Guylaine").
_THING_BEFORE = re.compile(
    rf"(?:(?<![\w'’])(?i:de|het|een|la|le|les|l['’]|un|une|the|a|an|this|deze|dit|ce|cette)\s*(?<=\s|['’])"
    rf"(?!(?:{RELATIONS}|{ROLES})\s+$)([a-zà-ÿ]+)|(?<![\w'’])(?:salle|zaal|room|hall|studio|model|modèle|modele|type|"
    rf"collectie|collection|serie|série|lijn|line|suite|kamer|chambre))\s+$")
# A title or family word before a name: "Tante Noor", "Juf Anna", "Dokter Jan", "Mamie Josiane".
_KIN_TITLES = frozenset("""tante oom oma opa juf meester dokter dr zuster mama papa mam pap moeke vake nonkel
tata tonton mamie papi mémé pépé uncle aunt auntie grandma grandpa gran granny nan nana father sister brother
mum mom dad pastor rabbi""".split())
# A number right after a name makes it a model's ("Lars 3-zits", "Emma 2,", "Zoé 50kWh"), not "Noor 2 keer gebeld".
_TITLES = frozenset("i mevrouw meneer mevr dhr mr mrs ms miss madame monsieur mme mlle mademoiselle sir dr".split())
_NUMBER_AFTER = re.compile(r"\s*-?\s*[0-9]{1,3}(?:-|[^\W\d_]|\s*(?:$|[,.;:!?)]))")
# An article right before a name makes it a thing's: "the Emma mattress", "un Hugo", "het Noor bankje" (Dutch "de"
# is left out: a Flemish speaker says "de Lemmens" of a person).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:the|a|an|het|een|la|le|l['’]|un|une|this|that|ce|cette)\s*(?<=\s|['’])$")
# Brands and shops that are a person's full name.
_BRANDS = frozenset("""tommy hilfiger|hugo boss|jimmy choo|hans anders|kees smit|yves rocher|thomas cook|
harvey nichols|tom ford|
calvin klein|ralph lauren|louis vuitton|marc jacobs|michael kors|karl lagerfeld|christian dior|paul smith|
ted baker|john lewis|jack wolfskin|albert heijn|jan linders|hannah montana|marie claire|jean paul gaultier|
yves saint laurent|anna sui|victoria beckham|stella mccartney|vivienne westwood|kurt geiger|emma bridgewater|
laura ashley|ben sherman|fred perry|jean louis david|franck provost|camille albane|jacques dessange|
marc o'polo|nina ricci|pierre herme|john deere|martha stewart|betty crocker|ronald mcdonald|peter pan|mary poppins|
harry potter""".replace("\n", "").split("|"))
_MONTHS = frozenset("""january february march april june july august september october november december januari
februari maart mei juni juli augustus oktober janvier février fevrier mars avril mai juin juillet août aout septembre
octobre novembre décembre decembre christmas easter kerst pasen noël noel pâques paques""".split())
# "Jan" and "Mar" are months too, beside a day or another month: "12 Jan", "Jan and Feb invoices", "Jan 2025".
_MONTH_SHORT = frozenset("jan mar".split())
_DATE_AROUND = re.compile(r"[0-9]\s+(?:Jan|Mar)\b|\b(?:Jan|Mar)\.?\s+(?:[0-9]|(?:and|en|et|-|/|to|tot)\s+"
                          r"(?i:feb|mar|apr|fev|fév|mrt))")
# After "de" and a name, a noun makes it a thing's: "de Noa stoel", "de Lotte winkel" (but "de Jan heeft").
_DUTCH_THING = re.compile(rf"\s+(?!(?:{'|'.join(sorted(STOP, key=len, reverse=True))})\b)[a-zà-ÿ]{{3,}}\b")
# A maiden name: "née Cohen", "geboren Jansen", "born Smith" (not the Hebrew "לבית", which is "to the house" too).
_MAIDEN = re.compile(r"(?<![\w'’])(?:née|geboren|geb\.|born)\s+([A-ZÀ-ÖØ-Þ][\w'’-]+)")
# Before a Hebrew name, a word that makes it a place's or a book's: "שכונת בן יהודה", "מגילת אסתר" (after "רחוב" it
# stays found: a street named after a person is still the customer's address).
_HEBREW_PLACE_BEFORE = re.compile(r"(?:כיכר|סמטת|שכונת|קניון|מגילת|ספר|בית|בן|בת|בר|"
                                  r"מלון|אולם|מרכז|גן|קיבוץ|מושב|כפר|חולים|ספר|אצטדיון)\s+$")
_SURNAME = re.compile(r"\s+((?:(?i:van der|van den|van de|van|de|der|den|ter|ten|le|la|du|des|di|da|von)\s+)?"
                      r"[A-ZÀ-ÖØ-Þ][\w'’-]+)(?!\w)")
_HEBREW_WORD = re.compile(r"(?<![\u05d0-\u05ea'׳-])([ול]?)([\u05d0-\u05ea]{2,})(?![\u05d0-\u05ea'׳])")
_HEBREW_CUE = re.compile(r"(?:אני|שמי|קוראים לי|מדבר|מדברת|זה|זאת)\s*$")
_PHRASE_START = re.compile(r"(?:^|[,.;:!?(\-–—])\s*$")
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)\-–—])")


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _starts_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` opens the text or a sentence (so its capital says nothing)."""
    return not text[:position].strip() or bool(re.search(r"[.!?:;\n\"“«(]\s*$", text[:position]))


def first_names(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the known first names in ``text`` (with the surname right after them)."""
    skip_to = 0
    for word in _WORD.finditer(text):
        value = word.group()
        if word.start() < skip_to or "\u05d0" <= value[0] <= "\u05ea" or not value[0].isupper() or \
                value.isupper() and len(value) > 1:
            continue
        possessive = re.search(r"['’]s$", value)  # "Yes, Rachel's."
        if possessive:
            value = value[:possessive.start()]
        if _bare(value.split("-")[0]) not in LATIN_NAMES:  # "Jean-Pierre", "Marie-Ève", but not "Sint-Jan"
            continue
        end = word.start() + len(value) if possessive else _name_end(text, word.end())
        if end < 0 or _not_a_person(text, word, end):
            skip_to = abs(end)  # "avenue Victor Hugo", "model Pronovias Vera", "the Emma mattress": all of it
            continue
        skip_to = end
        yield word.start(), end
    for maiden in _MAIDEN.finditer(text):  # "Myriam Azoulay, née Cohen"
        yield maiden.start(1), maiden.end(1)
    yield from _hebrew(text)


def _not_a_person(text: str, word: re.Match[str], end: int) -> bool:
    """Whether the words around a first name make it a place's, a business's, a thing's or a date's."""
    before = text[max(0, word.start() - 40):word.start()]
    if _PLACE_BEFORE.search(before) or _ARTICLE_BEFORE.search(before) or _NUMBER_AFTER.match(text, word.end()):
        return True  # "rue Jean Jaurès", "the Emma mattress", "de bank Lars 3-zits"
    thing = _THING_BEFORE.search(before)
    if thing and (thing.group(1) is None or thing.group(1) not in STOP):
        return True  # "de fauteuil Noor", "salle Annie Fratellini"; but "het is Noor"
    brand = re.search(r"(?<![.!?:;,]\s)(?<![.!?:;,])(?<=\S)\s([A-ZÀ-ÖØ-Þ][\w'’-]*)\s$", " " + before[-39:])
    if brand and not _starts_sentence(before, brand.start(1) - 1) and _bare(brand.group(1)) not in (
            LATIN_NAMES | NOT_NAMES | _KIN_TITLES | _MONTHS | _TITLES):  # "Gibson Les Paul": "Les" is a brand's too
        return True  # "model Pronovias Vera": a brand's model
    if _DUTCH_THING.match(text, end) and re.search(r"(?<![\w'’])[Dd]e\s+$", before):
        return True  # "de Noa stoel", but "de Jan heeft"
    month = _bare(word.group()) in _MONTH_SHORT and _DATE_AROUND.search(text[max(0, word.start() - 6):end + 12])
    return bool(month) or _branded(text[word.start():end])  # "Jan and Feb", "12 Jan"; "Hannah Montana DVD"


def _branded(span: str) -> bool:
    """Whether a name is a brand's full name ("Tommy Hilfiger"), perhaps with a product's code after it ("Hannah
    Montana DVD"); "Marie Claire Dubois" is a person."""
    words, said = _bare(span).split(), span.split()
    return any(" ".join(words[:n]) in _BRANDS and all(w.isupper() for w in said[n:]) for n in (2, 3, 4))


def _name_end(text: str, end: int) -> int:
    """Where a name ends: over further first names and one surname with its particles ("Jan Peter de Vries",
    "Marie Claire Dubois", "Hilde Van den Broeck"); negative where a street or a business ends it ("Jan van
    Galenstraat", "Albert Heijn"), which is then no person's name."""
    for _ in range(3):
        surname = _SURNAME.match(text, end)
        if not surname:
            break
        last = surname.group(1).split()[-1]
        if _PLACE_AFTER.fullmatch(last):
            return -surname.end(1)
        if _bare(last) in STOP | NOT_NAMES | _MONTHS:
            break
        end = surname.end(1)
        if " " in surname.group(1):
            break  # a particle and a surname: the name is whole
    return end


def _hebrew(text: str) -> Iterator[tuple[int, int]]:
    for word in _HEBREW_WORD.finditer(text):
        if word.group(1) + word.group(2) in HEBREW_NAMES:
            start = word.start()  # "לאה" is Leah, not "to" + "אה"
        elif word.group(1) and word.group(2) in HEBREW_NAMES:
            start = word.start(2)  # "ונועה", "לנועם"
        else:
            continue
        if _HEBREW_PLACE_BEFORE.search(text, 0, word.start()) or text.startswith(" ושומרון", word.end()):
            continue  # "רחוב בן יהודה", "מגילת אסתר", "יהודה ושומרון"
        end = word.end()
        after = re.match(r"\s+([\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)", text[end:])
        if after and after.group(1) not in HEBREW_STOP and not after.group(1).startswith(("ה", "ו")) and (
                _HEBREW_CUE.search(text, 0, word.start()) or _PHRASE_END.match(text, end + after.end())
                and _PHRASE_START.search(text, 0, start)):  # "אני נועה לוי", "הסבתא שלו, זהבה ברק."
            end += after.end()
        yield start, end


def is_first_name(word: str) -> bool:
    """Whether a word is one of the known first names (any case; Hebrew as written)."""
    return _bare(word) in LATIN_NAMES or word in HEBREW_NAMES


__all__ = ["HEBREW_NAMES", "LATIN_NAMES", "NAME_PARTICLES", "first_names", "is_first_name"]
