"""People in the news: a caller who mentions "Lewis Hamilton" or "Kylian Mbappé" talks about a public figure, not a
person of the call, and the name reaches the model as it is (a draft may answer about them). Only the full name
counts ("Hamilton" alone, or a caller who is called Max, is redacted as before), and never where the CRM says the
customer has that name.

Written from general knowledge, not from any conversation set: heads of state and government, royals, athletes,
musicians, actors, writers and business people known across the Netherlands, Belgium, France, Britain, Ireland,
Canada, Israel and the United States. Standard library only.
"""

from __future__ import annotations

import re

_NAMES = """
mark rutte|dick schoof|geert wilders|frans timmermans|willem-alexander|máxima zorreguieta|koning willem-alexander|
koningin máxima|prinses amalia|alexander de croo|bart de wever|charles michel|ursula von der leyen|emmanuel macron|
brigitte macron|marine le pen|jordan bardella|jean-luc mélenchon|nicolas sarkozy|françois hollande|jacques chirac|
charles de gaulle|édouard philippe|gabriel attal|michel barnier|keir starmer|rishi sunak|boris johnson|theresa may|
david cameron|tony blair|margaret thatcher|winston churchill|king charles|queen elizabeth|prince william|
prince harry|kate middleton|meghan markle|princess diana|nigel farage|sadiq khan|leo varadkar|micheál martin|
justin trudeau|mark carney|pierre poilievre|joe biden|donald trump|kamala harris|barack obama|michelle obama|
hillary clinton|bill clinton|george bush|george w bush|abraham lincoln|john f kennedy|martin luther king|
benjamin netanyahu|yair lapid|naftali bennett|benny gantz|isaac herzog|golda meir|david ben-gurion|yitzhak rabin|
shimon peres|ariel sharon|menachem begin|vladimir putin|volodymyr zelensky|angela merkel|olaf scholz|
friedrich merz|xi jinping|narendra modi|pope francis|paus franciscus|pape françois|nelson mandela|mahatma gandhi|
max verstappen|lewis hamilton|charles leclerc|lando norris|fernando alonso|sebastian vettel|michael schumacher|
ayrton senna|pierre gasly|esteban ocon|george russell|oscar piastri|carlos sainz|sergio pérez|
kylian mbappé|lionel messi|cristiano ronaldo|zinedine zidane|thierry henry|karim benzema|antoine griezmann|
neymar jr|erling haaland|kevin de bruyne|eden hazard|romelu lukaku|thibaut courtois|virgil van dijk|
frenkie de jong|memphis depay|johan cruijff|johan cruyff|marco van basten|ruud gullit|arjen robben|robin van persie|
wesley sneijder|ronald koeman|louis van gaal|david beckham|wayne rooney|harry kane|jude bellingham|bukayo saka|
marcus rashford|mohamed salah|steven gerrard|frank lampard|gary lineker|alex ferguson|jürgen klopp|pep guardiola|
josé mourinho|roy keane|roger federer|rafael nadal|novak djokovic|serena williams|venus williams|andy murray|
carlos alcaraz|jannik sinner|iga swiatek|emma raducanu|kim clijsters|justine henin|richard gasquet|
yannick noah|tadej pogačar|jonas vingegaard|wout van aert|mathieu van der poel|remco evenepoel|eddy merckx|
tom dumoulin|annemiek van vleuten|chris froome|bradley wiggins|mark cavendish|julian alaphilippe|
usain bolt|michael phelps|simone biles|dafne schippers|sifan hassan|femke bol|nafi thiam|teddy riner|
léon marchand|tony parker|victor wembanyama|michael jordan|lebron james|stephen curry|kobe bryant|
wayne gretzky|connor mcdavid|sidney crosby|tiger woods|rory mcilroy|conor mcgregor|muhammad ali|mike tyson|
taylor swift|beyoncé knowles|rihanna fenty|adele adkins|ed sheeran|harry styles|billie eilish|dua lipa|
lady gaga|madonna ciccone|michael jackson|elvis presley|freddie mercury|david bowie|elton john|paul mccartney|
john lennon|mick jagger|bruce springsteen|bob dylan|bob marley|justin bieber|celine dion|céline dion|
shania twain|joni mitchell|leonard cohen|angèle van laeken|
jacques brel|édith piaf|edith piaf|charles aznavour|johnny hallyday|serge gainsbourg|mylène farmer|
aya nakamura|andré hazes|marco borsato|armin van buuren|martin garrix|
noa kirel|eden golan|netta barzilai|omer adam|ofra haza|gal gadot|natalie portman|
tom hanks|tom cruise|brad pitt|angelina jolie|leonardo dicaprio|meryl streep|julia roberts|george clooney|
denzel washington|morgan freeman|scarlett johansson|jennifer lawrence|jennifer aniston|jennifer lopez|
will smith|johnny depp|keanu reeves|robert de niro|al pacino|harrison ford|emma watson|daniel radcliffe|
benedict cumberbatch|kate winslet|judi dench|helen mirren|anthony hopkins|daniel craig|idris elba|
ryan reynolds|ryan gosling|margot robbie|zendaya coleman|timothée chalamet|marion cotillard|omar sy|
gérard depardieu|catherine deneuve|jean dujardin|audrey tautou|juliette binoche|carice van houten|
rutger hauer|paul verhoeven|steven spielberg|quentin tarantino|christopher nolan|martin scorsese|
alfred hitchcock|charlie chaplin|marilyn monroe|audrey hepburn|oprah winfrey|kim kardashian|
elon musk|jeff bezos|bill gates|mark zuckerberg|steve jobs|tim cook|warren buffett|sam altman|
jensen huang|sundar pichai|satya nadella|richard branson|bernard arnault|xavier niel|larry page|sergey brin|
albert einstein|isaac newton|marie curie|charles darwin|stephen hawking|sigmund freud|
william shakespeare|victor hugo|émile zola|albert camus|jean-paul sartre|simone de beauvoir|
j k rowling|jk rowling|stephen king|agatha christie|anne frank|annie m g schmidt|harry mulisch|
vincent van gogh|rembrandt van rijn|johannes vermeer|pablo picasso|claude monet|leonardo da vinci|
ludwig van beethoven|wolfgang amadeus mozart|johann sebastian bach|
greta thunberg|malala yousafzai|david attenborough|gordon ramsay|jamie oliver|nigella lawson|
anthony bourdain|paul bocuse|alain ducasse|yotam ottolenghi|
בנימין נתניהו|יאיר לפיד|נפתלי בנט|בני גנץ|יצחק הרצוג|גולדה מאיר|דוד בן גוריון|יצחק רבין|שמעון פרס|
אריאל שרון|מנחם בגין|עומר אדם|נועה קירל|עדן גולן|נטע ברזילי|עופרה חזה|גל גדות|נטלי פורטמן|
אייל גולן|שלמה ארצי|אריק איינשטיין|יהורם גאון|מאיר אריאל|עידן רייכל|סטטיק ובן אל|
""".replace("\n", "")

PUBLIC_FIGURES = frozenset(name.strip().casefold() for name in _NAMES.split("|") if " " in name.strip())


def public_figure(text: str, start: int, end: int) -> bool:
    """Whether the name found at ``text[start:end]`` is a public figure's full name as said ("Lewis Hamilton",
    "George W. Bush"), perhaps with its surname in the words after it ("נועה" of "נועה קירל")."""
    words = text[start:].replace(".", " ").split()
    said = len(text[start:end].replace(".", " ").split())
    return any(re.sub(r"['’]s$", "", " ".join(words[:n]).casefold().strip(",;:!?\"'")) in PUBLIC_FIGURES
               for n in range(said, said + 3))  # "Lewis Hamilton's helmet"
