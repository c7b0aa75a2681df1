"""The given names ``first_names`` finds with no cue: common first names of the callers of the Netherlands,
Flanders, the United Kingdom, Ireland, North America, Australia, New Zealand, France, Belgium, Switzerland, Québec and
Israel, and of the communities common there, less every name that is also an everyday word in one of the four
languages (see ``first_names``). Data only; standard library only.
"""

from __future__ import annotations

from copilot.privacy.name_words import HEBREW_STOP, NOT_NAMES, STOP

_LATIN = """
aaltje aaron abby abdel abdelaziz abdelilah abdelkader abdellah abdoulaye abebe abena abigail adaeze adam adebayo
aditya adriaan adrian adrien agathe agnieszka ahmed ahmet aicha aidan aiden ailsa ainhoa aisha aisling aissatou
akosua alain alasdair albert albin alejandro alessandro alex alexander alexandre alexandru alexei alexis alfie
alice alicia alison alix ally almaz amanda amandine amara amaury amelia amina aminata amine amir amira amit anahera
anais ananya anastasia anatoly andre andrea andreas andrei andres andrew andriy andy angela angelique angus anil
anis anja anjali anke ann anna anne annegien annelies annemarie annick annie anouar anouk anthony antoine
antoinette antonin antonio antony aoife apolline archie arda arie arjan arjen arjun arlo armelle arnaud arne aroha
arthur arun asha ashley asier asma astrid aude audrey augustin aurelie aurelien awa ayla ayman ayoub ayse aysel
babajide baptiste baran barbara barry bart bas bassam bastien baukje bayo beatrice beatrix becky bekele benedicte
benjamin benoit berenice berk bernadette bernard bert bertrand beth bethan bethany betty bianca bilal bisi bjorn
blandine boaz bob boubacar boudewijn boulos bradley brahim bram brandon brenda brendan brett brian bridget brigitte
britt bronagh bronwyn bruce bruno burak busra caitlin callum camila camille capucine carl carla carlos carmen carol
carole carolien caroline carolyn carys casper catalina cathal catherine catriona cecile cedric celine cem cemile
chantal chantale charlene charles charlie charlotte cheikh chen chiamaka chiara chidi chinedu chloe chris christian
christina christine christophe christopher chukwuemeka cian ciara ciaran cillian claire clara clare claude clemence
clement clive clodagh clovis coen colin colm connor conor coralie corentin corinne corrie craig cynthia cyprien
cyril daan dafydd dalia damien daniel daniela danielle danny daphne darragh darren dave david dawit dayo debbie
debby deborah declan deepa delphine denis denise deniz dennis derek dermot diane diarmuid didier diederik diego
dinie dirk divya dmitri dmitry dominique donal donna dorian dorien dorothy dries driss durk dylan ebere ebru ecem
edith edouard edward edwin efe eileen eilidh eilish ekaterina elaine eleanor elena elias elie elif elijah elin
elisabeth elise eliza elizabeth ella ellen ellie elodie eloise els elsa emeka emile emilie emilien emilio emily
emine emir emma emre enda enzo eoin eric erik erin erwin esmee esra estelle esther ethan etienne euan eugene eva
eve evelien eveline evelyn evi evie ewa fabien fabienne fadi fanny farid fatiha fatima fatma fatou fatoumata febe
felix femi femke fenna fergus fernand fernanda fernando ffion fiachra fien filiz finley finn fiona firas firmin
flavie florent florian floris folasade francesca francis francisco francois francoise fred freddie freddy frederic
frederique freerk freya frits funke funmilayo gabriel gabriela gabrielle gael gaelle gaetan galina gareth gary
gaspard gauthier gavin geert geeske gemma genevieve geoff george georges gerald gerard gerda gerlof gerrie gerrit
gert gethin ghada ghassan ghislaine gijs gilles ginette giovanni girma gisele giulia giuseppe gizem glenn godelieve
gonzalo gordon graham greet gregoire gregory griet grietje guillaume gulsen gunther gurpreet guus guylaine gwen
habib hafsa haile hakan hamish hamza hanane hanna hannah hanneke hans hao harold harpreet harriet harry harvey
hassan hatice havva hayley heather heleen helen helene hemi hendrik hendrikje henk hennie henri henry herman herve
hiba hicham hidde hilde hiltje hiroshi hirut hisham hohepa honore hortense houda huda hugo huguette hui hulya
hussam hussein huw hylke ian ibrahim ibrahima ieuan ifeoma ignacio igor ikenna iker ikram ilham ilias ilse ilunga
ilyes imad imane imogen ineke ines inge ingrid ioana irem irene irina isaac isabel isabella isabelle isaure isla
ismail issa ivo iwan jaap jacob jacqueline jacques jake jamal james jamie jamil jan janet janice janneke jannie
jantje jarne jasmijn jason jasper jaspreet javier jayden jean jeanne jef jeffrey jelle jelmer jelte jen jennifer
jenny jens jeremy jeroen jerome jesper jess jesse jessica jie jill jim jimmy joanna joanne joao joaquin jocelyn
jocelyne jodie joe joel joelle joep johan johanne johannes john jolanda jolien jon jonas jonathan joop joost jopie
jordi joris jorn jos jose josee joseph josephine josh joshua josiane joyce jozef juan judith jules julia julian
julie julien juliette jurgen jurre justin justine kaat kabongo kacper kahu kai karen karim karin karine karlijn
kasia kasongo kasper katarzyna kate katherine kathleen kathryn katie katrien kavita kayla kees keith kelechi kemal
kemi kenneth kerem kerstin kevin khadija khalid khalil kieran kim kimberly kirsten kirsty klaas koen kofi kristof
krzysztof kurt kwame kyle kylian kylie lachlan laetitia lahcen lakshmi lander lars latifa laura laure lauren
laurence laurens laurent lea leandre leanne leila lena leo leon leonie lerato levi lewis leyla liam lianne lieke
liesbeth lilou lina linda lindsay ling lionel lisa lisanne lise lisette liz loes logan loic lorraine lotte lou
louane loubna louis louise lowie luc luca lucas lucia lucie lucien lucille lucy ludmila luis lukas luke luuk lyne
lynn lynne maaike maarten madison maelle maelys magdalena maggie maha maika maisie majd malcolm malgorzata malik
malika mamadou manaia manon manpreet manuel marc marcel marco marcus marek margaret margaux margot maria mariam
mariama mariana marianne marie marieke marilyn marina mario marion mariska marit marius marjan marjolein marleen
marloes mart marta martha marthe martijn martin martina martine marwan maryam maryse mateo mathieu mathijs mathilde
mathis matias matilda matt matteo matthew matthieu maud maureen maurice maurits maxence maxime mbuyi meera mees meg
megan mehdi mehmet mel melanie melissa melodie meltem menno mereana merel merijn meron mert merve meryem mhairi
michael michel michele michelle michiel miguel mihai mike mikhail mila millie ming mireille miriam mirjam mirthe
mohamed mohammed mona monique morag morgane mounia mounir moussa muhammad murat mustafa mustapha mutombo mwamba
myriam nabil nadege nadia naima najat nakhleh natalia natalie nathalie nathan nawal neha neil nele nerea ngaire
ngalula niall niamh nicola nicolas nicole niek niels nienke nigel nikau nikolai nina nisha nizar nkechi nnamdi noa
noah noemie nolan nolwenn noor nora noud nour noura noureddine nuala nur nurcan obinna oceane odette odile oisin
oksana olaf oleg oleksandr olena olga oliver olivia olivier ollie olumide oluwaseun omar onno onur ophelie orla
osama oscar othmane ousmane owain ozan ozlem pablo padraig pamela pascal pascale patrice patricia patrick paul
paula pauline pavel pawel pedro pepijn perrine pete petra phil philip philippe phoebe pierre piet pieter pim pinar
piotr pooja priscilla priya qiang quentin quinten rabia rachel rachid rachida rahul raj rajesh ramesh rami ramon
ramzi rania raoul raphael raphaelle rasha raul rawiri rayan rebecca reda redouane regine regis reham reinier remco
remi remy renate rene rens rhian rhodri rhona rhys ria rianne richard rick riet rihab rik rita rob robbe robert
rodrigo roel roger rogier rohan roland romain romane romy ronald ronan rory rosalie ross ruben russell rutger ruth
ryan saar sabine sacha sade saida sally salma salome sam samantha samer samir samira samuel sander sandra sandrine
sanjay sanne saoirse sara sarah saskia sawsan scott seamus sean sebastian sebastien segolene selin sem senne seppe
serge sergei sergey sergio serkan serpil severine shane sharon shaun shauna sheila shirley sibel siem sien sienna
sietske siham simon simone simran sinead siobhan sioned sipho sjoerd sjoukje sneha sofia sofiane sofie solange
solene songul sonia sophia sophie sorcha souad soufiane soukaina stacey stan stanislas stefan steph stephane
stephanie stephen steve steven stijn stuart suad sunil sunita suresh susan suzanne sven svetlana sybren sylvain
sylviane sylvie tadhg tamara tamati tamer tane tanguy tanja tanya tarik tatiana temitope teresa tesfaye tess teun
thabo thandi themba theo theophile theresa therese thibault thibaut thierry thijs thomas tigist tijmen tijn tim
timeo timothy tine tineke tjeerd tjitske tobias toby tolga tolu tom tomas tomasz tommy tomos tonnie tony toos
touria tracey tracy trevor tristan truus tshilombo tugba tunde twan tygo tyler uchenna umut una unai valentijn
valentin valentina valerie vanessa veerle vera veronique vicky victor vijay vikram vince vincent virginie vladimir
volkan wael wafae walid walter wannes warre wassim wendy wessel wiebe wietske wilco willem willemijn willy wilma
wim wiremu wissam wout wouter xavier xiao ximena xin yamina yan yanis yann yannick yara yasemin yasmin yasmina
yasmine yetunde yevgeni yohan yohannes younes youri yousef youssef youssouf yulia yuri yusuf yves yvonne zachary
zahra zakaria zanele zeina zelie zeynep zhen ziad zineb zoe zoey
doris gladys mavis edna ethel mabel hilda muriel beryl sylvia marjorie iris kev bep sjaak ties gisèle yvette
"""
# Israeli given names as Israelis write them in English or French ("Noam will be in", "mon fils Itai"); not "Tal" and
# "Gal" (Dutch "number", "bile"), "Keren" and "Oren" (Dutch "turn", "ears"), "Guy" (English "a guy").
_LATIN_ISRAELI = """
asaf avi avraham ayelet boaz chaya doron dvir efrat eitan elad erez eyal galit hadas hagit hila ido ilan inbar itai
itamar liat lior matan meirav menachem michal moshe naama nadav nir noam oded ofer omer ori orit osnat reut rivka
roni ronen shai shani shira shlomo sigal sivan talia tamar tomer tzipi tzvi uri yael yair yaniv yarden yehuda
yitzhak yonatan yoni yosef yossi ziv
"""
# In Hebrew: names that are no everyday word, noun, verb or adjective, alone or after "ו" or "ל" (so no "אור", "טל",
# "מקסים" "charming", "נורית" "a warning light", "חנה" "parked", flowers,
# "חן", "שחר", "גל", "אביב", "איתי" "with me", "מיכל" "a tank", "דוד" "a boiler", "עמית" "a colleague", "אסף"
# "collected", "שלמה" "whole", "מרים" "lifting", "מירב" "the most", "קרן" "a fund", "עמוס" "busy", "טובה" "good",
# "יפה" "pretty", "שאול" of "לשאול" "to ask", "הגר" of "להגר" "to emigrate").
_HEBREW = """
דורית רותי ציפי צביקה איציק גדעון אורלי סיגלית ירדנה עופרה
אבבה אביאל אביגיל אביה אביטל אביעד אבישג אבישי אביתר אבנר אברהם אדוה אהוד אהרון אודליה אולג אולגה אוסאמה אופיר
אורטל אוריה אורית אורנה אושרת אחמד איברהים איגור אילנה אילנית אירינה איתמר אליאור אליאס אליהו אלינור אליעד אליעזר
אלירן אלישע אלכסיי אלכסנדר אלמז אלנה אלעד אמאני אמיר אנדריי אנה אנסטסיה אסי אסנת אסתר אפרת בולוס בועז בוריס בנימין
בקלה בתיה ג'ורג' ג'מיל גאיה גטה גידי גירמה גליה גלינה גלית גלעד דאוויט דביר דורון דימה דינא דמיטרי דנה דניאל דנית
האני הדס הודיה היבה הילה הירות הראל השאם ואאל ווברסט ויטלי ויסאם ולדימיר ולנטינה זהבה זיאד זיוה זינה ח'ליל חגי חגית
חוה חוסאם חנא חסן טטיאנה טיגיסט טלי טליה טספאיה יאנה יבגני יגאל ידידיה יהודה יהונתן יהושע יואב יואל יוהנס יוחאי
יוכבד יוליה יונתן יוסי יוסף יורי יחיאל יטאייש ילנה ינון יעל יעקב יערה יפעת יצחק יקטרינה ירון ישי לאה לודמילה ליאור
ליאת ליה לימור לינא לירון לירז מאיה מג'ד מהא מוחמד מוטי מוסטפה מוריה מורן מחמוד מיטל מיכאיל מלי מנחם מסרט מרדכי
מרואן מרון משה נאדר נביל נדב נועה נועם נחום נחמן נטליה נטע ניזאר נינה ניצה ניקולאי ניר נתנאל סאוסן סאמר סבטלנה סוהא
סועאד סיגל סלמא סמאח סמיר סרגיי ע'אדה ע'סאן עאישה עדנה עוזי עומר עידו עימאד עינת עיסא עלמה עמנואל ענבל ענת עתליה
פאבל פאדי פאטמה פבל פזית פנחס פראס צביה צופיה צחי צילה קובי ראובן ראמז ראמי ראניה רבקה רויטל רוית רוני רונית רועי
רותם רחאב רחל רחלי ריהאם רינה רינת רפאל רשא שגיא שולמית שלומית שמואל שמוליק שמעון שרה שרית ששון תאמר תהילה תומר
תמיר תמר
"""
LATIN_NAMES = frozenset((_LATIN + _LATIN_ISRAELI).split()) - STOP - NOT_NAMES
HEBREW_NAMES = frozenset(_HEBREW.split()) - HEBREW_STOP
