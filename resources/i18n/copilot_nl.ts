<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AiSettings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="58"/>
        <source>Ask a language model for drafts (shown as AI drafts)</source>
        <translation>Een taalmodel om concepten vragen (getoond als AI-concepten)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="60"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="62"/>
        <source>OpenAI or compatible (vLLM, Ollama, llama.cpp, LM Studio)</source>
        <translation>OpenAI of compatibel (vLLM, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="63"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="65"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="67"/>
        <source>Endpoint</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="69"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="71"/>
        <source>API version</source>
        <translation>API-versie</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="76"/>
        <source>Only endpoints on this computer</source>
        <translation>Alleen adressen op deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="82"/>
        <source>Store key</source>
        <translation>Sleutel bewaren</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="84"/>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="89"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="90"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="100"/>
        <source>deployment name</source>
        <translation>naam van de deployment</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="100"/>
        <source>e.g. gpt-4o-mini or llama3.1</source>
        <translation>bijv. gpt-4o-mini of llama3.1</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="114"/>
        <source>a key is stored in the keychain</source>
        <translation>er staat een sleutel in de sleutelhanger</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="115"/>
        <source>no key stored</source>
        <translation>geen sleutel opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="139"/>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="17"/>
        <source>Sent to AI</source>
        <translation>Naar AI gestuurd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="24"/>
        <source>Nothing has been sent to the AI in this conversation yet.</source>
        <translation>In dit gesprek is nog niets naar de AI gestuurd.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="28"/>
        <source>Show as JSON</source>
        <translation>Tonen als JSON</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="368"/>
        <source>Suggestions appear here as the customer speaks.</source>
        <translation>Suggesties verschijnen hier terwijl de klant praat.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../copilot/cli/main.py" line="329"/>
        <source>{path}: no such file to follow (check the path, or start the tool that writes it first)</source>
        <translation>{path}: dit bestand bestaat niet (controleer het pad, of start eerst het programma dat het schrijft)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="386"/>
        <source>API key: </source>
        <translation>API-sleutel: </translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="388"/>
        <source>no key given; nothing stored</source>
        <translation>geen sleutel opgegeven; niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="391"/>
        <source>API key stored in the OS keychain</source>
        <translation>API-sleutel opgeslagen in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="394"/>
        <source>API key removed</source>
        <translation>API-sleutel verwijderd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="395"/>
        <source>there was no API key</source>
        <translation>er was geen API-sleutel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="406"/>
        <source>{model} answered in {ms} ms: {answer}</source>
        <translation>{model} antwoordde in {ms} ms: {answer}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="428"/>
        <source>importing {done}/{total} files</source>
        <translation>{done}/{total} bestanden importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="429"/>
        <source>indexing {done}/{total} articles</source>
        <translation>indexeren {done}/{total} artikelen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="435"/>
        <source>skipped {problem}</source>
        <translation>overgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="436"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {skipped} skipped; {articles} articles in {path}</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {removed} verwijderd, {unchanged} ongewijzigd, {skipped} overgeslagen; {articles} artikelen in {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="453"/>
        <source>no article matches</source>
        <translation>geen artikel gevonden</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="464"/>
        <source>give either a question (TEXT) or --conversation TRANSCRIPT</source>
        <translation>geef een vraag (TEXT) of --conversation TRANSCRIPT, niet allebei</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="478"/>
        <source>{path}: no customer line to answer</source>
        <translation>{path}: geen klantregel om op te antwoorden</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="490"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="491"/>
        <source>why: {rationale}</source>
        <translation>waarom: {rationale}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="119"/>
        <source>unknown setting &apos;{name}&apos;</source>
        <translation>onbekende instelling &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="163"/>
        <source>cannot save {path} ({reason})</source>
        <translation>kan {path} niet opslaan ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="174"/>
        <source>policy file: {path} (from {variable})</source>
        <translation>beleidsbestand: {path} (uit {variable})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="176"/>
        <source>policy file: {path}</source>
        <translation>beleidsbestand: {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="178"/>
        <source>status: invalid; running in the safest mode</source>
        <translation>status: ongeldig; draait in de veiligste stand</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="180"/>
        <location filename="../../copilot/cli/admin.py" line="187"/>
        <source>locked: {setting}</source>
        <translation>vergrendeld: {setting}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="183"/>
        <source>status: not present; nothing is managed</source>
        <translation>status: niet aanwezig; niets wordt beheerd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="185"/>
        <source>status: in force</source>
        <translation>status: van kracht</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="189"/>
        <source>default: {setting}</source>
        <translation>standaard: {setting}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="191"/>
        <source>it locks nothing and sets no defaults</source>
        <translation>het vergrendelt niets en zet geen standaardwaarden</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="207"/>
        <source>{name} removed</source>
        <translation>{name} verwijderd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="207"/>
        <source>there was no {name}</source>
        <translation>er was geen {name}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="212"/>
        <source>more than {limit} characters on standard input: that is no secret</source>
        <translation>meer dan {limit} tekens op standaardinvoer: dat is geen geheim</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="226"/>
        <source>{name} stored in the OS keychain</source>
        <translation>{name} opgeslagen in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="232"/>
        <source>no {name} on standard input; nothing stored</source>
        <translation>geen {name} op standaardinvoer; niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="234"/>
        <source>the {name} must be one line; nothing stored</source>
        <translation>de {name} moet één regel zijn; niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="236"/>
        <source>an api-token needs at least {n} characters and no spaces; nothing stored</source>
        <translation>een api-token heeft minstens {n} tekens en geen spaties nodig; niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="70"/>
        <location filename="../../copilot/cli/privacy.py" line="209"/>
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="70"/>
        <location filename="../../copilot/cli/privacy.py" line="209"/>
        <source>{n} sessions</source>
        <translation>{n} sessies</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="79"/>
        <source>no central record is configured (set central_url: copilot config set central_url postgresql://USER@HOST/DATABASE)</source>
        <translation>er is geen centraal archief ingesteld (stel central_url in: copilot config set central_url postgresql://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="86"/>
        <source>{sessions} sent to the central record at {where}</source>
        <translation>{sessions} verstuurd naar het centrale archief op {where}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="89"/>
        <source>; {n} waiting on this computer</source>
        <translation>; {n} wachten op deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="92"/>
        <source> (nothing was pending)</source>
        <translation> (er stond niets klaar)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="125"/>
        <source>give --url or set central_url</source>
        <translation>geef --url op of stel central_url in</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="130"/>
        <source>the central store at {where} is at schema version {version}; nothing to do</source>
        <translation>de centrale opslag op {where} heeft schemaversie {version}; niets te doen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="133"/>
        <source>the central store at {where} went from schema version {before} to {after}</source>
        <translation>de centrale opslag op {where} ging van schemaversie {before} naar {after}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="149"/>
        <source>nowhere: no central record is configured</source>
        <translation>nergens: er is geen centraal archief ingesteld</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="151"/>
        <source>the central record at {where} (redacted)</source>
        <translation>het centrale archief op {where} (geanonimiseerd)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="153"/>
        <source>the central record at {where}</source>
        <translation>het centrale archief op {where}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="154"/>
        <source>sessions go to {where}; {sessions} waiting on this computer</source>
        <translation>sessies gaan naar {where}; {sessions} wachten op deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="36"/>
        <source>all</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="36"/>
        <source>playbook entries</source>
        <translation>draaiboekitems</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="37"/>
        <source>knowledge articles</source>
        <translation>kennisartikelen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="196"/>
        <location filename="../../copilot/cli/main.py" line="351"/>
        <source>{path}: no such knowledge base file</source>
        <translation>{path}: dit kennisbankbestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="233"/>
        <source>playbook {playbook}, no knowledge base</source>
        <translation>draaiboek {playbook}, geen kennisbank</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="234"/>
        <source>playbook {playbook}, knowledge {knowledge}</source>
        <translation>draaiboek {playbook}, kennisbank {knowledge}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="247"/>
        <source>transcript {id} (line {line}): no article {article} in the knowledge base</source>
        <translation>transcript {id} (regel {line}): geen artikel {article} in de kennisbank</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="251"/>
        <source>transcript {id} (line {line}): {entry} is not an entry of the playbook</source>
        <translation>transcript {id} (regel {line}): {entry} is geen item van het draaiboek</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="255"/>
        <source>no knowledge base: the articles the golden set expects cannot be shown</source>
        <translation>geen kennisbank: de artikelen die de gouden set verwacht kunnen niet verschijnen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="304"/>
        <source>Golden set {golden}: {transcripts} transcripts, {turns} turns, {expected} expected cards</source>
        <translation>Gouden set {golden}: {transcripts} transcripten, {turns} beurten, {expected} verwachte kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="311"/>
        <source>Per entry and article:</source>
        <translation>Per item en artikel:</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="315"/>
        <source>Cards shown where none was expected: {n} ({nothing} on turns that expected no card)</source>
        <translation>Kaarten getoond waar er geen verwacht werd: {n} ({nothing} bij beurten die geen kaart verwachtten)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="320"/>
        <source>Expected cards not shown: {n}</source>
        <translation>Verwachte kaarten niet getoond: {n}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="329"/>
        <source>Difference: {second} compared with {first}</source>
        <translation>Verschil: {second} vergeleken met {first}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="336"/>
        <source>precision {before} -&gt; {after}   recall {recall_before} -&gt; {recall_after}</source>
        <translation>precisie {before} -&gt; {after}   recall {recall_before} -&gt; {recall_after}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="341"/>
        <source>cards: {gained} right ones gained, {lost} right ones lost, {extra} unexpected ones gained, {gone} unexpected ones gone</source>
        <translation>kaarten: {gained} juiste erbij, {lost} juiste kwijt, {extra} onverwachte erbij, {gone} onverwachte weg</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="347"/>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>expected</source>
        <translation>verwacht</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="347"/>
        <source>not expected</source>
        <translation>niet verwacht</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="348"/>
        <location filename="../../copilot/cli/evaluate.py" line="368"/>
        <location filename="../../copilot/cli/main.py" line="487"/>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>shown</source>
        <translation>getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>right</source>
        <translation>juist</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="355"/>
        <source>precision</source>
        <translation>precisie</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="355"/>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="95"/>
        <location filename="../../copilot/cli/experiments.py" line="160"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="96"/>
        <source>no experiment named {name} in {playbook} or on record (the playbook&apos;s: {names})</source>
        <translation>geen experiment met de naam {name} in {playbook} of in het archief (die van het draaiboek: {names})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="124"/>
        <source>cards: A {a}, B {b}; {verdict}</source>
        <translation>kaarten: A {a}, B {b}; {verdict}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="128"/>
        <source>no experiments in {playbook} and none on record</source>
        <translation>geen experimenten in {playbook} en geen in het archief</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="161"/>
        <source>no experiment named {name} in {playbook} (its experiments: {names})</source>
        <translation>geen experiment met de naam {name} in {playbook} (de experimenten daarin: {names})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="168"/>
        <source>{name} already stopped {when}; everyone sees {keep}</source>
        <translation>{name} is al gestopt op {when}; iedereen ziet {keep}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="172"/>
        <source>{name} stopped {when} in {playbook}; everyone now sees {keep}. Panels follow when they next load the playbook; the recorded cards stay.</source>
        <translation>{name} gestopt op {when} in {playbook}; iedereen ziet nu {keep}. Panelen volgen zodra ze het draaiboek opnieuw laden; de vastgelegde kaarten blijven.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="52"/>
        <source>no recorded sessions yet ({path})</source>
        <translation>nog geen vastgelegde sessies ({path})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="93"/>
        <source>erasing cannot be undone; add --yes to confirm</source>
        <translation>wissen kan niet ongedaan worden gemaakt; voeg --yes toe om te bevestigen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="95"/>
        <source>customer {id}</source>
        <translation>klant {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="96"/>
        <source>session {id}</source>
        <translation>sessie {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="109"/>
        <source>erased {whose} on this computer: {counts}; {log_lines} rewritten</source>
        <translation>{whose} gewist op deze computer: {counts}; {log_lines} herschreven</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="110"/>
        <source>erased {whose}: {counts}; {log_lines} rewritten</source>
        <translation>{whose} gewist: {counts}; {log_lines} herschreven</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="114"/>
        <source>nothing of {whose} on this computer</source>
        <translation>niets van {whose} op deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="128"/>
        <source>not erased from the central record: {problem}; run the same erase again when it can be reached</source>
        <translation>niet gewist uit het centrale archief: {problem}; voer hetzelfde wissen opnieuw uit zodra het bereikbaar is</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="130"/>
        <source>erased {whose} in the central record at {where}: {counts}</source>
        <translation>{whose} gewist in het centrale archief op {where}: {counts}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="154"/>
        <source> (this computer and the central record at {where})</source>
        <translation> (deze computer en het centrale archief op {where})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="157"/>
        <source>{sessions} of customer {customer} written to {file}</source>
        <translation>{sessions} van klant {customer} geschreven naar {file}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="160"/>
        <source>no recorded session for customer {customer}{where}; {file} says so</source>
        <translation>geen vastgelegde sessie voor klant {customer}{where}; {file} vermeldt dat</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="178"/>
        <source>--days: {value} is not a whole number from 0</source>
        <translation>--days: {value} is geen geheel getal vanaf 0</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="181"/>
        <source>retention is off (0 days keeps every session); nothing purged</source>
        <translation>bewaartermijn staat uit (0 dagen bewaart elke sessie); niets opgeschoond</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="184"/>
        <source>{sessions} older than {days} deleted</source>
        <translation>{sessions} ouder dan {days} verwijderd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="197"/>
        <source>no privacy operation recorded</source>
        <translation>geen privacyhandeling vastgelegd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="203"/>
        <source>by {actor}</source>
        <translation>door {actor}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="210"/>
        <source>1 line</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="210"/>
        <source>{n} lines</source>
        <translation>{n} regels</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="211"/>
        <source>1 card</source>
        <translation>1 kaart</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="211"/>
        <source>{n} cards</source>
        <translation>{n} kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="212"/>
        <source>1 note</source>
        <translation>1 notitie</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="212"/>
        <source>{n} notes</source>
        <translation>{n} notities</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="213"/>
        <source>1 log line</source>
        <translation>1 logregel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="213"/>
        <source>{n} log lines</source>
        <translation>{n} logregels</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="214"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="214"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="215"/>
        <source>1 call in the supervisors&apos; live view</source>
        <translation>1 gesprek in het live-overzicht van de supervisors</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="216"/>
        <source>{n} calls in the supervisors&apos; live view</source>
        <translation>{n} gesprekken in het live-overzicht van de supervisors</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="49"/>
        <source>--report {name}: the name must end in .pdf or .html</source>
        <translation>--report {name}: de naam moet eindigen op .pdf of .html</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="61"/>
        <source>coaching report written to {path}</source>
        <translation>coachingrapport geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="102"/>
        <source>then: {cards}</source>
        <translation>toen: {cards}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="104"/>
        <source>now:  {cards}</source>
        <translation>nu:   {cards}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="106"/>
        <source>{changed} of {lines} lines would get other suggestions</source>
        <translation>{changed} van {lines} regels zouden andere suggesties krijgen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>length</source>
        <translation>duur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>lang</source>
        <translation>taal</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>cards</source>
        <translation>kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>taken</source>
        <translation>gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="27"/>
        <source>rate</source>
        <translation>ratio</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="27"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="84"/>
        <source>{option}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{option}: {value} is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="107"/>
        <source>--central: no central record is configured (the central_url setting is empty)</source>
        <translation>--central: er is geen centraal archief ingesteld (de instelling central_url is leeg)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="121"/>
        <source>--limit: {value} is not a positive whole number</source>
        <translation>--limit: {value} is geen positief geheel getal</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="133"/>
        <source>no recorded session matches</source>
        <translation>geen vastgelegde sessie komt overeen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="151"/>
        <source>session {id} written to {path} (personal data redacted)</source>
        <translation>sessie {id} geschreven naar {path} (persoonsgegevens afgeschermd)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="152"/>
        <source>session {id} written to {path}</source>
        <translation>sessie {id} geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="160"/>
        <source>session {id} is already in the database; nothing changed</source>
        <translation>sessie {id} staat al in de database; niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="163"/>
        <source>session {id} replaced from {file}: {utterances} utterances, {cards} cards</source>
        <translation>sessie {id} vervangen vanuit {file}: {utterances} uitspraken, {cards} kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="164"/>
        <source>session {id} imported from {file}: {utterances} utterances, {cards} cards</source>
        <translation>sessie {id} geïmporteerd uit {file}: {utterances} uitspraken, {cards} kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="168"/>
        <source>, personal data redacted</source>
        <translation>, persoonsgegevens afgeschermd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="70"/>
        <source>AI draft unavailable ({reason}); the local draft follows</source>
        <translation>AI-concept niet beschikbaar ({reason}); het lokale concept volgt</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="89"/>
        <source>--date {value}: give the day as YYYY-MM-DD</source>
        <translation>--date {value}: geef de dag op als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="143"/>
        <source>AI drafts are on but cannot be used: {reason}</source>
        <translation>AI-concepten staan aan maar kunnen niet worden gebruikt: {reason}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="566"/>
        <source>print the report as JSON, for scripts</source>
        <translation>het rapport als JSON afdrukken, voor scripts</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="569"/>
        <source>report a missing OS keychain as a warning, not a failure (CI, headless servers)</source>
        <translation>een ontbrekende sleutelhanger als waarschuwing melden, niet als fout (CI, servers zonder scherm)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="575"/>
        <source>check that this computer can run Agent Copilot</source>
        <translation>controleren of deze computer Agent Copilot kan draaien</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="576"/>
        <source>Check Qt, fonts, the app&apos;s modules, SQLite, the data folder, settings and policy, the keychain, the local API port, the bundled resources and the AI endpoint. Exit status 0 when every check passes (skipped ones pass).</source>
        <translation>Controleert Qt, lettertypen, de modules van de app, SQLite, de gegevensmap, instellingen en beleid, de sleutelhanger, de poort van de lokale API, de meegeleverde bestanden en het AI-eindpunt. Afsluitstatus 0 als elke controle slaagt (overgeslagen controles slagen).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="23"/>
        <source>exit codes:
  0  done
  1  the policy file is invalid, the keychain is unavailable, or the settings file cannot be written
  2  unknown name, bad value or empty input
  3  the setting is managed by your organisation (locked in the policy file)</source>
        <translation>afsluitcodes:
  0  klaar
  1  het beleidsbestand is ongeldig, de sleutelhanger is niet beschikbaar of het instellingenbestand kan niet worden geschreven
  2  onbekende naam, foute waarde of lege invoer
  3  de instelling wordt beheerd door je organisatie (vergrendeld in het beleidsbestand)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="29"/>
        <source>the language model&apos;s API key</source>
        <translation>de API-sleutel van het taalmodel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="30"/>
        <source>the local API&apos;s bearer token</source>
        <translation>het bearer-token van de lokale API</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="31"/>
        <source>the central record&apos;s database password</source>
        <translation>het databasewachtwoord van het centrale archief</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="41"/>
        <source>read and change settings without the window (for deployment scripts)</source>
        <translation>instellingen lezen en wijzigen zonder het venster (voor uitrolscripts)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="42"/>
        <source>Read and change this user&apos;s settings, and show the organisation&apos;s policy file. Never prompts.</source>
        <translation>Leest en wijzigt de instellingen van deze gebruiker en toont het beleidsbestand van de organisatie. Vraagt nooit iets.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="45"/>
        <source>print one setting, or all as &apos;name = value&apos; lines</source>
        <translation>één instelling afdrukken, of alle als regels &apos;naam = waarde&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="46"/>
        <source>Print one setting&apos;s value, or every setting as &apos;name = value&apos; (values in JSON; locked ones marked &apos;# locked by policy&apos;).</source>
        <translation>Drukt de waarde van één instelling af, of elke instelling als &apos;naam = waarde&apos; (waarden in JSON; vergrendelde gemarkeerd met &apos;# locked by policy&apos;).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="51"/>
        <source>the setting (default: all)</source>
        <translation>de instelling (standaard: alle)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="53"/>
        <source>print JSON: {&quot;value&quot;: ..., &quot;locked&quot;: ...} for one, an object of those for all</source>
        <translation>JSON afdrukken: {&quot;value&quot;: ..., &quot;locked&quot;: ...} voor één, een object daarvan voor alle</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="55"/>
        <source>change one setting and save it</source>
        <translation>één instelling wijzigen en opslaan</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="56"/>
        <source>Change one setting. VALUE is read as JSON when it parses (true, 8765, 0.5, [&quot;a&quot;, &quot;b&quot;]), else as text; a text setting always takes the text as given.</source>
        <translation>Wijzigt één instelling. VALUE wordt als JSON gelezen als dat lukt (true, 8765, 0.5, [&quot;a&quot;, &quot;b&quot;]), anders als tekst; een tekstinstelling neemt de tekst altijd zoals gegeven.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="63"/>
        <source>show the policy file in use and what it locks</source>
        <translation>het gebruikte beleidsbestand tonen en wat het vergrendelt</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="64"/>
        <source>Show the organisation&apos;s policy file: where it is looked for, whether it exists, what it locks and which defaults it sets, or why it is invalid.</source>
        <translation>Toont het beleidsbestand van de organisatie: waar het gezocht wordt, of het bestaat, wat het vergrendelt en welke standaardwaarden het zet, of waarom het ongeldig is.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="70"/>
        <source>{name} is {what}</source>
        <translation>{name} is {what}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="73"/>
        <source>store or delete a secret in the OS keychain (for deployment scripts)</source>
        <translation>een geheim opslaan in of verwijderen uit de sleutelhanger (voor uitrolscripts)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="74"/>
        <source>Store or delete a secret in the OS keychain: {secrets}. Never prompts.</source>
        <translation>Slaat een geheim op in de sleutelhanger van het systeem of verwijdert het: {secrets}. Vraagt nooit iets.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="79"/>
        <source>store a secret read from standard input</source>
        <translation>een geheim opslaan dat van standaardinvoer komt</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="80"/>
        <source>Store a secret read from standard input (one line; nothing is echoed or asked). Example: printf &apos;%%s&apos; &quot;$KEY&quot; | copilot secret set ai-api-key --stdin</source>
        <translation>Slaat een geheim op dat van standaardinvoer komt (één regel; er wordt niets getoond of gevraagd). Voorbeeld: printf &apos;%%s&apos; &quot;$KEY&quot; | copilot secret set ai-api-key --stdin</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="86"/>
        <source>read the secret from standard input (required: secrets never go on the command line)</source>
        <translation>het geheim van standaardinvoer lezen (verplicht: geheimen horen nooit op de opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="88"/>
        <source>remove a secret from the keychain</source>
        <translation>een geheim uit de sleutelhanger verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="25"/>
        <source>send recorded sessions to the central record (PostgreSQL)</source>
        <translation>vastgelegde sessies naar het centrale archief sturen (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="26"/>
        <source>Send the sessions the central record (the central_url setting) still lacks. With --once, send what is pending and exit: 0 when all of it arrived, 1 with the reason when some could not be sent (they stay on this computer and go with the next sync). Without it, keep sending until interrupted.</source>
        <translation>Stuurt de sessies die het centrale archief (de instelling central_url) nog mist. Met --once: stuur wat klaarstaat en stop: 0 als alles is aangekomen, 1 met de reden als iets niet kon worden verstuurd (dat blijft op deze computer en gaat mee met de volgende synchronisatie). Zonder: blijf sturen tot je onderbreekt.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="31"/>
        <source>send what is pending, then exit</source>
        <translation>versturen wat klaarstaat en dan stoppen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="32"/>
        <source>the central record: set up its schema, show its state</source>
        <translation>het centrale archief: schema opzetten, stand tonen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="34"/>
        <source>The central record&apos;s server side, for IT.</source>
        <translation>De serverkant van het centrale archief, voor IT.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="37"/>
        <source>create or upgrade the central store&apos;s schema, roles and access rules</source>
        <translation>schema, rollen en toegangsregels van de centrale opslag aanmaken of bijwerken</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="38"/>
        <source>Bring the central store&apos;s schema up to this version of Agent Copilot. Run it with the login that is to own the tables (not a desktop&apos;s): --url, or the central_url setting; the password from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation>Brengt het schema van de centrale opslag naar deze versie van Agent Copilot. Voer het uit met de login die eigenaar van de tabellen wordt (niet die van een werkplek): --url of de instelling central_url; het wachtwoord uit PGPASSWORD, ~/.pgpass of de sleutelhanger.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="43"/>
        <source>libpq URL of the owner&apos;s login</source>
        <translation>libpq-URL van de login van de eigenaar</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="44"/>
        <source>where sessions go, and how many wait on this computer</source>
        <translation>waar sessies heen gaan en hoeveel er op deze computer wachten</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="42"/>
        <source>score a golden set: the cards and articles expected at given turns (precision, recall)</source>
        <translation>een gouden set scoren: de kaarten en artikelen die bij bepaalde beurten verwacht worden (precisie, recall)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="44"/>
        <source>Play each transcript of a golden set (JSON lines, see docs/evaluation.md) through the panel&apos;s local engine and turn loop, and report precision and recall per playbook entry and per knowledge article, the cards shown where none was expected, and the difference with another playbook or knowledge base. A malformed golden set is named line by line (exit status 2).</source>
        <translation>Speelt elk transcript van een gouden set (JSON-regels, zie docs/evaluation.md) af via de lokale engine en beurtenlus van het paneel, en meldt precisie en recall per draaiboekitem en per kennisartikel, de kaarten die verschenen waar er geen verwacht werd, en het verschil met een ander draaiboek of een andere kennisbank. Een misvormde gouden set wordt regel voor regel benoemd (afsluitstatus 2).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="50"/>
        <source>the golden set (JSON lines)</source>
        <translation>de gouden set (JSON-regels)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="52"/>
        <source>playbook (default: the panel&apos;s)</source>
        <translation>draaiboek (standaard: dat van het paneel)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="54"/>
        <location filename="../../copilot/cli/main.py" line="84"/>
        <source>knowledge base file (default: the panel&apos;s)</source>
        <translation>kennisbankbestand (standaard: dat van het paneel)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="56"/>
        <source>also score this playbook and compare</source>
        <translation>ook dit draaiboek scoren en vergelijken</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="58"/>
        <source>also score this knowledge base and compare</source>
        <translation>ook deze kennisbank scoren en vergelijken</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="60"/>
        <location filename="../../copilot/cli/main.py" line="90"/>
        <source>enable a policy flag such as ai_disclosure, besides the panel&apos;s (repeatable)</source>
        <translation>een beleidsvlag zoals ai_disclosure aanzetten, naast die van het paneel (herhaalbaar)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="31"/>
        <source>guidance experiments (A/B wordings of playbook entries): list, report, stop</source>
        <translation>begeleidingsexperimenten (A/B-formuleringen van draaiboekitems): tonen, rapporteren, stoppen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="33"/>
        <source>The guidance experiments of the playbook (an entry&apos;s [entry.experiment] table, see docs/experiments.md) and how their two wordings fare in the recorded sessions.</source>
        <translation>De begeleidingsexperimenten van het draaiboek (de tabel [entry.experiment] van een item, zie docs/experiments.md) en hoe hun twee formuleringen het doen in de vastgelegde sessies.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="37"/>
        <source>the playbook that defines them (default: the panel&apos;s)</source>
        <translation>het draaiboek dat ze definieert (standaard: dat van het paneel)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="39"/>
        <source>every experiment, where it stands and its cards per arm</source>
        <translation>elk experiment, hoe het ervoor staat en zijn kaarten per arm</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="43"/>
        <source>compare the two arms of one experiment, with 95%% confidence intervals</source>
        <translation>de twee armen van één experiment vergelijken, met 95%%-betrouwbaarheidsintervallen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="44"/>
        <source>Acceptance, edits, time to decision and call outcome per arm, each with its 95%% interval, and the difference B - A with its interval; a verdict only when the interval leaves out zero.</source>
        <translation>Acceptatie, bewerkingen, tijd tot beslissing en gespreksuitkomst per arm, elk met zijn 95%%-interval, en het verschil B - A met zijn interval; alleen een oordeel als het interval nul uitsluit.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="50"/>
        <source>sessions started on or after</source>
        <translation>sessies begonnen op of na</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="52"/>
        <source>sessions started on or before</source>
        <translation>sessies begonnen op of voor</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="54"/>
        <location filename="../../copilot/cli/gaps.py" line="36"/>
        <source>only this team&apos;s sessions</source>
        <translation>alleen de sessies van dit team</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="56"/>
        <source>stop an experiment now: everyone sees one wording, nothing more is counted</source>
        <translation>een experiment nu stoppen: iedereen ziet één formulering, er wordt niets meer geteld</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="57"/>
        <source>Write &apos;stop = &lt;now&gt;&apos; into the experiment&apos;s table in the playbook (the rest of the file is left as it is). Panels follow when they next load the playbook; the recorded cards stay, and cards shown after the stop are left out of the report.</source>
        <translation>Schrijft &apos;stop = &lt;now&gt;&apos; in de tabel van het experiment in het draaiboek (de rest van het bestand blijft zoals het is). Panelen volgen zodra ze het draaiboek opnieuw laden; de vastgelegde kaarten blijven, en kaarten getoond na de stop tellen niet mee in het rapport.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="62"/>
        <source>the wording everyone sees from now on (default: as the file says, else A)</source>
        <translation>de formulering die iedereen vanaf nu ziet (standaard: wat het bestand zegt, anders A)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="23"/>
        <source>customer questions no article answered, grouped and counted (CSV on standard output)</source>
        <translation>klantvragen waarop geen artikel antwoordde, gegroepeerd en geteld (CSV op standaarduitvoer)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="25"/>
        <source>Read the recorded sessions and list, most asked first, the customer questions after which no knowledge card came up, grouped by the words they share: what to write next. CSV columns: group, count, example questions, last seen.</source>
        <translation>Leest de vastgelegde sessies en toont, de vaakst gestelde eerst, de klantvragen waarna geen kenniskaart verscheen, gegroepeerd op de woorden die ze delen: wat je hierna schrijft. CSV-kolommen: group, count, example questions, last seen.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="30"/>
        <location filename="../../copilot/cli/sessions.py" line="50"/>
        <source>sessions started on or after this day</source>
        <translation>sessies begonnen op of na deze dag</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="32"/>
        <location filename="../../copilot/cli/sessions.py" line="52"/>
        <source>sessions started on or before this day</source>
        <translation>sessies begonnen op of voor deze dag</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="34"/>
        <source>only this agent&apos;s sessions</source>
        <translation>alleen de sessies van deze agent</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="51"/>
        <source>Agent Copilot: suggestions beside any CRM, with the agent in control. Without a command, opens the side panel.</source>
        <translation>Agent Copilot: suggesties naast elk CRM, met de agent aan het stuur. Zonder opdracht opent het zijpaneel.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="55"/>
        <source>play bundled sample conversations in the panel</source>
        <translation>meegeleverde voorbeeldgesprekken afspelen in het paneel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="57"/>
        <source>playbook file (TOML or JSON)</source>
        <translation>draaiboekbestand (TOML of JSON)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="58"/>
        <source>customer context JSON for the session</source>
        <translation>klantcontext-JSON voor de sessie</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="60"/>
        <source>do not keep the panel above other windows</source>
        <translation>het paneel niet boven andere vensters houden</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="62"/>
        <source>demo speed factor (2 = twice as fast)</source>
        <translation>demosnelheid (2 = twee keer zo snel)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="65"/>
        <source>log debug details</source>
        <translation>debugdetails loggen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="67"/>
        <source>unattended use: log unexpected errors and keep crash.log, but show no dialog</source>
        <translation>onbewaakt gebruik: onverwachte fouten loggen en crash.log bewaren, maar geen dialoog tonen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="73"/>
        <source>run the engine over a transcript and print every suggestion</source>
        <translation>de engine over een transcript laten lopen en elke suggestie afdrukken</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="74"/>
        <source>Run the panel&apos;s local engine (the playbook and the knowledge base, as the settings and policy choose them) over a transcript (JSON lines or &apos;Speaker: text&apos; lines) and print every card the panel would show, with its utterance index, kind, entry id, text, rationale and latency.</source>
        <translation>Laat de lokale engine van het paneel (het draaiboek en de kennisbank, zoals instellingen en beleid ze kiezen) over een transcript lopen (JSON-regels of regels &apos;Spreker: tekst&apos;) en drukt elke kaart af die het paneel zou tonen, met uitspraaknummer, soort, item-id, tekst, motivering en latentie.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="80"/>
        <source>transcript file, or - for standard input</source>
        <translation>transcriptbestand, of - voor standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="82"/>
        <source>playbook file (default: the panel&apos;s)</source>
        <translation>draaiboekbestand (standaard: dat van het paneel)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="86"/>
        <source>customer context JSON</source>
        <translation>klantcontext-JSON</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="88"/>
        <source>output format</source>
        <translation>uitvoerformaat</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="94"/>
        <source>open the panel and listen to a live source</source>
        <translation>het paneel openen en naar een live bron luisteren</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="95"/>
        <source>Open the panel and feed it JSON lines (any message the local API takes) or &apos;Speaker: text&apos; lines from standard input or from a transcript file as it grows.</source>
        <translation>Opent het paneel en voert het JSON-regels (elk bericht dat de lokale API aanneemt) of regels &apos;Spreker: tekst&apos; vanaf standaardinvoer of uit een transcriptbestand terwijl het groeit.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="100"/>
        <source>read lines piped in by a transcription tool</source>
        <translation>regels lezen die een transcriptieprogramma doorgeeft</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="102"/>
        <source>follow FILE as it grows, through truncation and rotation</source>
        <translation>FILE volgen terwijl het groeit, ook bij inkorten en roteren</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="104"/>
        <source>session id for lines that name none</source>
        <translation>sessie-id voor regels die er geen noemen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="106"/>
        <source>with --follow: skip what FILE already holds</source>
        <translation>met --follow: overslaan wat FILE al bevat</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="110"/>
        <source>replay a transcript into a running panel through the local API</source>
        <translation>een transcript afspelen in een draaiend paneel via de lokale API</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="111"/>
        <source>Post each line of a transcript to a running panel&apos;s local API, as a CRM or transcription integration would. The token comes from the keychain unless given.</source>
        <translation>Stuurt elke regel van een transcript naar de lokale API van een draaiend paneel, zoals een CRM- of transcriptiekoppeling zou doen. Het token komt uit de sleutelhanger, tenzij je het opgeeft.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="116"/>
        <source>transcript file (JSON lines or &apos;Speaker: text&apos;)</source>
        <translation>transcriptbestand (JSON-regels of &apos;Spreker: tekst&apos;)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="118"/>
        <source>session id (default: replay)</source>
        <translation>sessie-id (standaard: replay)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="119"/>
        <source>the panel&apos;s API address</source>
        <translation>het API-adres van het paneel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="120"/>
        <source>bearer token (default: COPILOT_API_TOKEN, else the OS keychain); other users can see it in the process list</source>
        <translation>bearer-token (standaard: COPILOT_API_TOKEN, anders de sleutelhanger van het systeem); andere gebruikers zien het in de proceslijst</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="123"/>
        <source>pause between lines (default 0: as fast as accepted)</source>
        <translation>pauze tussen regels (standaard 0: zo snel als aangenomen)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="124"/>
        <source>end the session after the last line</source>
        <translation>de sessie beëindigen na de laatste regel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="125"/>
        <source>the knowledge base: import articles, try a search</source>
        <translation>de kennisbank: artikelen importeren, een zoekopdracht proberen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="126"/>
        <source>Manage the knowledge base the panel answers from.</source>
        <translation>Beheert de kennisbank waaruit het paneel antwoordt.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="129"/>
        <source>import a folder or file of articles (Markdown, text, HTML, JSON lines, CSV)</source>
        <translation>een map of bestand met artikelen importeren (Markdown, tekst, HTML, JSON-regels, CSV)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="131"/>
        <source>Import articles; importing the same path again updates changed articles and removes deleted ones. A broken file is reported and skipped; the rest imports.</source>
        <translation>Importeert artikelen; hetzelfde pad opnieuw importeren werkt gewijzigde artikelen bij en verwijdert verwijderde. Een kapot bestand wordt gemeld en overgeslagen; de rest wordt geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="136"/>
        <source>show what the knowledge base answers to a question or a conversation</source>
        <translation>tonen wat de kennisbank antwoordt op een vraag of een gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="137"/>
        <source>Rank the articles for a question, or, with --conversation, for a transcript&apos;s latest customer line with the conversation before it, exactly as the panel searches. The confidence is the chance that the article is right; the panel shows a card from the knowledge_threshold setting up.</source>
        <translation>Rangschikt de artikelen voor een vraag, of met --conversation voor de laatste klantregel van een transcript met het gesprek ervoor, precies zoals het paneel zoekt. De zekerheid is de kans dat het artikel klopt; het paneel toont een kaart vanaf de instelling knowledge_threshold.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="142"/>
        <source>a customer&apos;s question</source>
        <translation>de vraag van een klant</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="144"/>
        <source>transcript file (JSON lines or &apos;Speaker: text&apos;), or - for standard input</source>
        <translation>transcriptbestand (JSON-regels of &apos;Spreker: tekst&apos;), of - voor standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="147"/>
        <source>output format (jsonl: one article per line with id, title, confidence)</source>
        <translation>uitvoerformaat (jsonl: één artikel per regel met id, titel, zekerheid)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="150"/>
        <source>the language model for AI drafts: key and connection</source>
        <translation>het taalmodel voor AI-concepten: sleutel en verbinding</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="151"/>
        <source>Keep the model&apos;s API key in the OS keychain, or test the endpoint set in the settings (ai_base_url, ai_model).</source>
        <translation>Bewaart de API-sleutel van het model in de sleutelhanger van het systeem, of test het eindpunt uit de instellingen (ai_base_url, ai_model).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="155"/>
        <source>store the API key in the OS keychain (read from standard input)</source>
        <translation>de API-sleutel opslaan in de sleutelhanger (gelezen van standaardinvoer)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="157"/>
        <source>remove the API key from the OS keychain</source>
        <translation>de API-sleutel uit de sleutelhanger verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="158"/>
        <source>send a short request and report latency and the answer</source>
        <translation>een kort verzoek sturen en de latentie en het antwoord melden</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="168"/>
        <source>the team&apos;s live calls: follow one, send its agent a note</source>
        <translation>de lopende gesprekken van het team: volg er een, stuur de agent een notitie</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="169"/>
        <source>The live calls of the teams your central_url login supervises: agent, duration, mood, escalations, silences and alerts; open one to follow it and send its agent a note.</source>
        <translation>De lopende gesprekken van de teams waar je central_url-login toezicht op houdt: agent, duur, stemming, escalaties, stiltes en meldingen; open er een om het te volgen en de agent een notitie te sturen.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="172"/>
        <source>how your notes are signed (default: the agent_name setting or your login)</source>
        <translation>hoe je notities ondertekend worden (standaard: de instelling agent_name of je login)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="27"/>
        <source>GDPR: erase or export a customer&apos;s data, purge old sessions, show the audit</source>
        <translation>AVG: gegevens van een klant wissen of exporteren, oude sessies opschonen, de audit tonen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="29"/>
        <source>Privacy operations on this machine&apos;s recorded sessions and logs. Each erase, export and purge is written to an audit that keeps counts and a keyed hash of the subject, never the subject.</source>
        <translation>Privacyhandelingen op de vastgelegde sessies en logbestanden van deze computer. Elk wissen, exporteren en opschonen wordt vastgelegd in een audit met aantallen en een sleutelhash van het onderwerp, nooit het onderwerp zelf.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="34"/>
        <source>erase a customer&apos;s sessions, or one session, for good</source>
        <translation>de sessies van een klant, of één sessie, definitief wissen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="35"/>
        <source>Delete every session of a customer (matched by the customer id in the CRM details or the CRM&apos;s id for the call), or one session, so that nothing of it can be found in the database file, its write-ahead log or the log files. Cannot be undone: needs --yes.</source>
        <translation>Verwijdert elke sessie van een klant (gevonden via het klant-id in de CRM-gegevens of het CRM-id van het gesprek), of één sessie, zodat er niets meer van te vinden is in het databasebestand, het write-ahead-log of de logbestanden. Kan niet ongedaan worden gemaakt: vereist --yes.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="41"/>
        <location filename="../../copilot/cli/privacy.py" line="53"/>
        <source>the customer&apos;s id in the CRM</source>
        <translation>het id van de klant in het CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="43"/>
        <source>one recorded session&apos;s id</source>
        <translation>het id van één vastgelegde sessie</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="45"/>
        <source>confirm: erasing cannot be undone</source>
        <translation>bevestigen: wissen kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="47"/>
        <source>write everything held about a customer to a JSON file (subject access request)</source>
        <translation>alles wat over een klant bewaard is naar een JSON-bestand schrijven (inzageverzoek)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="49"/>
        <source>Write the customer&apos;s sessions (details, transcript, cards, decisions, notes, scorecards), log lines that mention them and past privacy operations to one JSON file.</source>
        <translation>Schrijft de sessies van de klant (gegevens, transcript, kaarten, beslissingen, notities, scorekaarten), logregels die de klant noemen en eerdere privacyhandelingen naar één JSON-bestand.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="55"/>
        <location filename="../../copilot/cli/sessions.py" line="64"/>
        <source>the file to write</source>
        <translation>het bestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="57"/>
        <source>delete sessions older than the retention period</source>
        <translation>sessies verwijderen die ouder zijn dan de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="58"/>
        <source>Delete sessions that started more than N days ago, with everything that belongs to them.</source>
        <translation>Verwijdert sessies die meer dan N dagen geleden begonnen, met alles wat erbij hoort.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="61"/>
        <source>keep N days (default: the retention_days setting; 0 keeps everything)</source>
        <translation>N dagen bewaren (standaard: de instelling retention_days; 0 bewaart alles)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="63"/>
        <source>list the privacy operations done on this machine</source>
        <translation>de privacyhandelingen op deze computer tonen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="64"/>
        <source>List every erase, export and purge, oldest first.</source>
        <translation>Toont elk wissen, exporteren en opschonen, oudste eerst.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="66"/>
        <source>print the audit as JSON</source>
        <translation>de audit als JSON afdrukken</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="29"/>
        <source>replay a recorded session, write its coaching report, or re-run it (what-if)</source>
        <translation>een vastgelegde sessie terugkijken, het coachingrapport schrijven of opnieuw draaien (wat-als)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="31"/>
        <source>Open a recorded session (an id from &apos;copilot sessions list&apos;, or an exported file) in the replay window; or write its coaching report; or re-run it through today&apos;s playbook.</source>
        <translation>Opent een vastgelegde sessie (een id uit &apos;copilot sessions list&apos;, of een geëxporteerd bestand) in het terugkijkvenster; of schrijft het coachingrapport; of draait de sessie opnieuw met het draaiboek van vandaag.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="34"/>
        <source>a session id, or a file from &apos;copilot sessions export&apos;</source>
        <translation>een sessie-id, of een bestand uit &apos;copilot sessions export&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="36"/>
        <source>write the coaching report to OUT (.pdf or .html)</source>
        <translation>het coachingrapport naar OUT schrijven (.pdf of .html)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="39"/>
        <source>re-run through the current playbook and print old and new suggestions per utterance</source>
        <translation>opnieuw draaien met het huidige draaiboek en oude en nieuwe suggesties per uitspraak afdrukken</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="42"/>
        <source>with --what-if: the playbook to try instead of the current one</source>
        <translation>met --what-if: het draaiboek om te proberen in plaats van het huidige</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="44"/>
        <source>with --what-if: output format (default text)</source>
        <translation>met --what-if: uitvoerformaat (standaard text)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="33"/>
        <source>recorded sessions: list and search, export one to a file, import one</source>
        <translation>vastgelegde sessies: tonen en zoeken, één exporteren naar een bestand, één importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="34"/>
        <source>The recorded sessions in this machine&apos;s database: list and search them, export one as a file (optionally with personal data redacted) for a trainer, import a file received from an agent.</source>
        <translation>De vastgelegde sessies in de database van deze computer: tonen en doorzoeken, één als bestand exporteren (eventueel met persoonsgegevens afgeschermd) voor een trainer, een bestand van een agent importeren.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="38"/>
        <source>list sessions, newest first, with their card counts</source>
        <translation>sessies tonen, nieuwste eerst, met hun aantallen kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="40"/>
        <source>List recorded sessions, newest first. Filters combine; --search needs every word somewhere in the session&apos;s transcript.</source>
        <translation>Toont vastgelegde sessies, nieuwste eerst. Filters combineren; --search vraagt elk woord ergens in het transcript van de sessie.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="44"/>
        <source>output format (default: text)</source>
        <translation>uitvoerformaat (standaard: text)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="46"/>
        <source>words said in the session (prefixes match)</source>
        <translation>woorden gezegd in de sessie (begin van een woord volstaat)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="49"/>
        <source>only sessions with this {field}</source>
        <translation>alleen sessies met deze {field}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="55"/>
        <source>at most N sessions (default 500)</source>
        <translation>hoogstens N sessies (standaard 500)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="57"/>
        <source>list from the central record (the central_url setting) instead of this computer</source>
        <translation>tonen uit het centrale archief (de instelling central_url) in plaats van deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="59"/>
        <source>write one session to a file</source>
        <translation>één sessie naar een bestand schrijven</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="60"/>
        <source>Write one session (transcript, cards, decisions, notes, scorecard) to a ZIP file another Agent Copilot can import.</source>
        <translation>Schrijft één sessie (transcript, kaarten, beslissingen, notities, scorekaart) naar een ZIP-bestand dat een andere Agent Copilot kan importeren.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="66"/>
        <source>replace names, e-mail addresses, phone numbers and other personal data by placeholders</source>
        <translation>namen, e-mailadressen, telefoonnummers en andere persoonsgegevens vervangen door plaatshouders</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="68"/>
        <source>add a session file to the database</source>
        <translation>een sessiebestand aan de database toevoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="69"/>
        <source>Add a session exported by Agent Copilot. A damaged or changed file is refused and nothing is written.</source>
        <translation>Voegt een door Agent Copilot geëxporteerde sessie toe. Een beschadigd of gewijzigd bestand wordt geweigerd en er wordt niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="74"/>
        <source>overwrite a session with the same id but different content</source>
        <translation>een sessie met hetzelfde id maar andere inhoud overschrijven</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="34"/>
        <source>draft the wrap-up of a recorded call or a transcript</source>
        <translation>de afronding van een vastgelegd gesprek of een transcript opstellen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="35"/>
        <source>Draft the wrap-up note of a call: reason for contact, what was done or agreed, follow-ups with dates, disposition codes from the team&apos;s list, the customer&apos;s mood at the start and the end, and whether AI-drafted text reached the customer.</source>
        <translation>Stelt de afrondingsnotitie van een gesprek op: reden van contact, wat er gedaan of afgesproken is, vervolgacties met datums, afhandelingscodes uit de lijst van het team, de stemming van de klant aan het begin en het eind, en of door AI opgestelde tekst de klant bereikte.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="40"/>
        <source>a recorded session id (or its start), a session file, a transcript file, or - for a transcript on standard input</source>
        <translation>een vastgelegd sessie-id (of het begin ervan), een sessiebestand, een transcriptbestand, of - voor een transcript op standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="43"/>
        <source>the team&apos;s dispositions CSV (default: the built-in list)</source>
        <translation>de afhandelingscodes-CSV van het team (standaard: de ingebouwde lijst)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="45"/>
        <source>the note to paste (text, default) or its fields (json)</source>
        <translation>de notitie om te plakken (text, standaard) of de velden ervan (json)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="47"/>
        <source>the day of the call, for &apos;tomorrow&apos; and the like (default: the session&apos;s day, or today)</source>
        <translation>de dag van het gesprek, voor &apos;morgen&apos; en dergelijke (standaard: de dag van de sessie, of vandaag)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="49"/>
        <source>never ask the AI model, even when AI drafts are on</source>
        <translation>nooit het AI-model vragen, ook niet als AI-concepten aan staan</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="20"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="21"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="30"/>
        <source>The conversation appears here.</source>
        <translation>Het gesprek verschijnt hier.</translation>
    </message>
</context>
<context>
    <name>CopilotApp</name>
    <message>
        <location filename="../../copilot/app.py" line="154"/>
        <source>Not recording this session: {problem}</source>
        <translation>Dit gesprek wordt niet vastgelegd: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="170"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="183"/>
        <source>Wrap-up codes: {problem}; using the bundled list</source>
        <translation>Afsluitcodes: {problem}; de meegeleverde lijst wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="212"/>
        <source>AI drafts off: {problem}</source>
        <translation>AI-concepten uit: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="237"/>
        <source>Customer context not loaded: {problem}</source>
        <translation>Klantgegevens niet geladen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="283"/>
        <location filename="../../copilot/app.py" line="320"/>
        <source>Local API off: {problem}</source>
        <translation>Lokale API uit: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="304"/>
        <source>{problem}; restarting it</source>
        <translation>{problem}; wordt opnieuw gestart</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="323"/>
        <source>The local API is back on {url}</source>
        <translation>De lokale API draait weer op {url}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="342"/>
        <source>Not recording: {problem}. What is said now waits in memory until it can be written; it is lost if the panel closes first.</source>
        <translation>Niet vastgelegd: {problem}. Wat nu gezegd wordt, wacht in het geheugen tot het weggeschreven kan worden; het gaat verloren als het paneel eerder sluit.</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="344"/>
        <source>Knowledge answers off: {problem}</source>
        <translation>Kennisantwoorden uit: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="447"/>
        <source>Demo: {title}</source>
        <translation>Demo: {title}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../copilot/shell/crash.py" line="62"/>
        <source>It happened {n} times; the details are of the first.</source>
        <translation>Het gebeurde {n} keer; de details gaan over de eerste keer.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="66"/>
        <source>Something went wrong inside Agent Copilot. Your session is kept and the panel keeps running. The details below help us fix it; they contain no customer data.</source>
        <translation>Er ging iets mis in Agent Copilot. Je gesprek blijft bewaard en het paneel blijft werken. Met de details hieronder kunnen we het oplossen; ze bevatten geen klantgegevens.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="74"/>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopiëren</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="78"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="95"/>
        <source>Agent Copilot stopped unexpectedly last time; the report is in {folder}.</source>
        <translation>Agent Copilot is de vorige keer onverwacht gestopt; het rapport staat in {folder}.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="99"/>
        <source>Agent Copilot stopped unexpectedly last time. The report below contains no customer data; copy it for your IT team if the problem comes back.</source>
        <translation>Agent Copilot is de vorige keer onverwacht gestopt. Het rapport hieronder bevat geen klantgegevens; kopieer het voor je IT-afdeling als het probleem terugkomt.</translation>
    </message>
</context>
<context>
    <name>CrmBridge</name>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="42"/>
        <source>Pasting into the CRM is off: {reason}. Insert copies to the clipboard; paste with Ctrl+V.</source>
        <translation>Plakken in het CRM staat uit: {reason}. Invoegen kopieert naar het klembord; plak met Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="47"/>
        <source>Global hotkeys are off: {reason}.</source>
        <translation>Globale sneltoetsen staan uit: {reason}.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="63"/>
        <source>Pasted into the CRM</source>
        <translation>In het CRM geplakt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="64"/>
        <source>Copied: paste it into the CRM with Ctrl+V (no window to paste into)</source>
        <translation>Gekopieerd: plak het in het CRM met Ctrl+V (geen venster om in te plakken)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="69"/>
        <source>Copied: paste it into the CRM with Ctrl+V (pasting failed)</source>
        <translation>Gekopieerd: plak het in het CRM met Ctrl+V (plakken lukte niet)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="31"/>
        <source>AI unavailable, playbook only</source>
        <translation>AI niet beschikbaar, alleen het playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="194"/>
        <source>The wrap-up is empty: write a line or two before approving it.</source>
        <translation>De samenvatting is leeg: schrijf een of twee regels voordat je hem goedkeurt.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="238"/>
        <source>Customer details updated from the CRM</source>
        <translation>Klantgegevens bijgewerkt vanuit het CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="353"/>
        <source>Suggestions paused: {problem}</source>
        <translation>Suggesties gepauzeerd: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="356"/>
        <source>Suggestions paused: the playbook engine failed on that line. The details are in the log.</source>
        <translation>Suggesties gepauzeerd: het playbook liep vast op die regel. De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="415"/>
        <source>Nothing to insert: the text is empty. Esc keeps the card as it was.</source>
        <translation>Niets om in te voegen: de tekst is leeg. Esc laat de kaart zoals hij was.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="483"/>
        <source>{name} sent a note on another call: {label}</source>
        <translation>{name} stuurde een notitie bij een ander gesprek: {label}</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <location filename="../../copilot/model.py" line="66"/>
        <source>Wrong</source>
        <translation>Onjuist</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="67"/>
        <source>Not relevant</source>
        <translation>Niet relevant</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="68"/>
        <source>Wrong tone</source>
        <translation>Verkeerde toon</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="69"/>
        <source>Already done</source>
        <translation>Al gedaan</translation>
    </message>
</context>
<context>
    <name>Dispositions</name>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="75"/>
        <source>cannot read the dispositions file ({reason})</source>
        <translation>kan het bestand met afhandelingscodes niet lezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="81"/>
        <source>the file is not UTF-8 text (save it as &apos;CSV UTF-8&apos;)</source>
        <translation>het bestand is geen UTF-8-tekst (sla het op als &apos;CSV UTF-8&apos;)</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="92"/>
        <source>the file is empty; it needs a header row such as &apos;code,label_en,description&apos;</source>
        <translation>het bestand is leeg; het heeft een kopregel nodig zoals &apos;code,label_en,description&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="103"/>
        <source>field &apos;code&apos;: {code} is already used on line {line}</source>
        <translation>veld &apos;code&apos;: {code} wordt al gebruikt op regel {line}</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="110"/>
        <source>the file has a header but no codes</source>
        <translation>het bestand heeft een kopregel maar geen codes</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="125"/>
        <source>not valid CSV ({reason})</source>
        <translation>geen geldige CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="135"/>
        <source>unknown column {name} (known columns: {known})</source>
        <translation>onbekende kolom {name} (bekende kolommen: {known})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="139"/>
        <source>the header has no {name} column</source>
        <translation>de kopregel heeft geen kolom {name}</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="143"/>
        <source>column {name} appears twice in the header</source>
        <translation>kolom {name} staat twee keer in de kopregel</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="150"/>
        <source>{fields} fields where the header has {columns} columns (a comma in an unquoted description?)</source>
        <translation>{fields} velden waar de kopregel {columns} kolommen heeft (een komma in een omschrijving zonder aanhalingstekens?)</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="156"/>
        <source>field &apos;code&apos;: empty; every row needs a code</source>
        <translation>veld &apos;code&apos;: leeg; elke rij heeft een code nodig</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="159"/>
        <source>field &apos;code&apos;: {code} must be one word of at most {n} characters</source>
        <translation>veld &apos;code&apos;: {code} moet één woord van hoogstens {n} tekens zijn</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="163"/>
        <source>field &apos;description&apos;: empty for code {code}; the description is what the code is chosen by</source>
        <translation>veld &apos;description&apos;: leeg voor code {code}; aan de omschrijving wordt de code herkend</translation>
    </message>
</context>
<context>
    <name>HeldPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="148"/>
        <source>Held back, not shown to the agent</source>
        <translation>Tegengehouden, niet aan de agent getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="178"/>
        <source>None so far.</source>
        <translation>Nog geen.</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="46"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="47"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="48"/>
        <source>Who said the line (Ctrl+K switches)</source>
        <translation>Wie de regel zei (Ctrl+K wisselt)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="51"/>
        <source>Type or paste what was said, Enter to add</source>
        <translation>Typ of plak wat er gezegd is, Enter voegt toe</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="56"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../copilot/config/keychain.py" line="135"/>
        <source>This computer has no keychain, so the token is kept in {path}, which only you can read.</source>
        <translation>Deze computer heeft geen sleutelhanger, dus het token staat in {path}, dat alleen jij kunt lezen.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="137"/>
        <source>This computer has no keychain to keep the token, and your organisation does not allow a file.</source>
        <translation>Deze computer heeft geen sleutelhanger voor het token, en je organisatie staat geen bestand toe.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="139"/>
        <source>The token is kept in this computer&apos;s keychain.</source>
        <translation>Het token staat in de sleutelhanger van deze computer.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../copilot/model.py" line="40"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="41"/>
        <source>Escalation</source>
        <translation>Escalatie</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="42"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="43"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="44"/>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="45"/>
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="46"/>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="83"/>
        <source>{path} is damaged ({reason}); import the articles again to rebuild it</source>
        <translation>{path} is beschadigd ({reason}); importeer de artikelen opnieuw om de kennisbank te herstellen</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="125"/>
        <source>{path}: cannot open the knowledge base ({reason})</source>
        <translation>{path}: kan de kennisbank niet openen ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="213"/>
        <source>{path}: no such file or folder to import</source>
        <translation>{path}: dit bestand of deze map bestaat niet, er is niets te importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="534"/>
        <source>{path} is damaged ({reason}) and cannot be moved aside to start anew ({problem})</source>
        <translation>{path} is beschadigd ({reason}) en kan niet opzij worden gezet om opnieuw te beginnen ({problem})</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="537"/>
        <source>{path} was damaged ({reason}): it was moved aside as {moved} and a new knowledge base started; import every article file or folder again</source>
        <translation>{path} was beschadigd ({reason}): het bestand is opzij gezet als {moved} en er is een nieuwe kennisbank begonnen; importeer alle artikelbestanden of -mappen opnieuw</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="34"/>
        <source>Import knowledge articles</source>
        <translation>Kennisartikelen importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="39"/>
        <source>Importing articles…</source>
        <translation>Artikelen importeren…</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="41"/>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="78"/>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="60"/>
        <source>Importing articles… {done} of {total} files</source>
        <translation>Artikelen importeren… {done} van {total} bestanden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="61"/>
        <source>Indexing articles… {done} of {total} articles</source>
        <translation>Artikelen indexeren… {done} van {total} artikelen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="70"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {removed} verwijderd, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="75"/>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="77"/>
        <source>The import stopped: {problem}</source>
        <translation>Het importeren is gestopt: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="52"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="53"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="54"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="55"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="56"/>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="57"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="112"/>
        <source>Session library</source>
        <translation>Gesprekkenbibliotheek</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="117"/>
        <source>Search what was said (all words, any order)</source>
        <translation>Zoek in wat er gezegd is (alle woorden, elke volgorde)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="132"/>
        <source>Between</source>
        <translation>Tussen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="158"/>
        <source>Open replay</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="161"/>
        <source>Import session…</source>
        <translation>Gesprek importeren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="163"/>
        <source>Export session…</source>
        <translation>Gesprek exporteren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="165"/>
        <source>Redact personal data</source>
        <translation>Persoonsgegevens afschermen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="167"/>
        <source>Statistics…</source>
        <translation>Statistieken…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="205"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="228"/>
        <source>{shown} of more than {total} sessions</source>
        <translation>{shown} van meer dan {total} gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="231"/>
        <source>{shown} of {total} sessions</source>
        <translation>{shown} van {total} gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>1 session</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>{n} sessions</source>
        <translation>{n} gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="237"/>
        <source>No session matches.</source>
        <translation>Geen gesprek gevonden.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="237"/>
        <source>No sessions recorded yet.</source>
        <translation>Nog geen gesprekken vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="250"/>
        <source>Could not read the session library: {problem}</source>
        <translation>De gesprekkenbibliotheek kon niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="262"/>
        <source>Choose a session first.</source>
        <translation>Kies eerst een gesprek.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="269"/>
        <source>Choose a session to export first.</source>
        <translation>Kies eerst een gesprek om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="272"/>
        <source>Export session</source>
        <translation>Gesprek exporteren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="274"/>
        <source>Copilot sessions (*.copilot-session)</source>
        <translation>Copilot-gesprekken (*.copilot-session)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="278"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="281"/>
        <source>Exported to {path} with personal data redacted.</source>
        <translation>Geëxporteerd naar {path}, persoonsgegevens afgeschermd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="282"/>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="287"/>
        <source>Import session</source>
        <translation>Gesprek importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="288"/>
        <source>Copilot sessions (*.copilot-session);;All files (*)</source>
        <translation>Copilot-gesprekken (*.copilot-session);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="292"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="297"/>
        <source>Session {id}: {status} ({lines} lines, {cards} cards).</source>
        <translation>Gesprek {id}: {status} ({lines} regels, {cards} kaarten).</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="27"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="28"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="29"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="30"/>
        <source>Escalations</source>
        <translation>Escalaties</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="31"/>
        <source>Silence</source>
        <translation>Stilte</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="32"/>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="52"/>
        <source>upset</source>
        <translation>boos</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="52"/>
        <source>pleased</source>
        <translation>tevreden</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="54"/>
        <source>worsening</source>
        <translation>verslechtert</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="55"/>
        <source>improving</source>
        <translation>verbetert</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="112"/>
        <source>(unknown agent)</source>
        <translation>(onbekende medewerker)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="114"/>
        <source>{agent} (ended)</source>
        <translation>{agent} (beëindigd)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="122"/>
        <source>{handled} of {raised} handled</source>
        <translation>{handled} van {raised} opgepakt</translation>
    </message>
</context>
<context>
    <name>MoodIndicator</name>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="16"/>
        <source>The customer&apos;s mood, estimated from the words they use. An estimate, not a verdict: it shows only when their recent lines agree, and says nothing otherwise.</source>
        <translation>De stemming van de klant, geschat uit de woorden die hij gebruikt. Een schatting, geen oordeel: alleen zichtbaar als de laatste regels het eens zijn, anders niets.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="19"/>
        <source>getting worse over the last lines</source>
        <translation>slechter geworden in de laatste regels</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="20"/>
        <source>getting better over the last lines</source>
        <translation>beter geworden in de laatste regels</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="21"/>
        <source>steady over the last lines</source>
        <translation>stabiel in de laatste regels</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="24"/>
        <source>upset</source>
        <translation>ontstemd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="25"/>
        <source>pleased</source>
        <translation>tevreden</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="26"/>
        <source>worsening</source>
        <translation>verslechtert</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="27"/>
        <source>improving</source>
        <translation>verbetert</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="68"/>
        <source>Customer seems {mood}</source>
        <translation>Klant lijkt {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="71"/>
        <source>Customer mood: {mood}</source>
        <translation>Stemming klant: {mood}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="55"/>
        <source>Write a note for this moment, then press Enter</source>
        <translation>Schrijf een notitie bij dit moment en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="58"/>
        <source>tags, comma separated (empathy, upsell)</source>
        <translation>labels, gescheiden door komma&apos;s (empathie, upsell)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="60"/>
        <source>Pin at 0:00</source>
        <translation>Vastzetten op 0:00</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="63"/>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="84"/>
        <source>Pin at {time}</source>
        <translation>Vastzetten op {time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="97"/>
        <source>Write the note first.</source>
        <translation>Schrijf eerst de notitie.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="104"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="114"/>
        <source>Note pinned at {time}.</source>
        <translation>Notitie vastgezet op {time}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="129"/>
        <source>Note deleted.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="132"/>
        <source>Could not save the note: {problem}</source>
        <translation>De notitie kon niet worden opgeslagen: {problem}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../copilot/panel/notices.py" line="55"/>
        <source> (+{n} more)</source>
        <translation> (+{n} meer)</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <location filename="../../copilot/panel/controller.py" line="116"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="259"/>
        <source>AI drafts: {reason}</source>
        <translation>AI-concepten: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="288"/>
        <source>{n} shown</source>
        <translation>{n} getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="289"/>
        <source>{n} used</source>
        <translation>{n} gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="290"/>
        <source>{n} discarded</source>
        <translation>{n} genegeerd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="292"/>
        <source>cards in {ms} ms</source>
        <translation>kaarten in {ms} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="294"/>
        <source>AI {n} tokens</source>
        <translation>AI {n} tokens</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="316"/>
        <source>Wrap-up copied: paste it into the CRM with Ctrl+V</source>
        <translation>Samenvatting gekopieerd: plak hem in het CRM met Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="338"/>
        <source>Edited text copied: paste it into the CRM with Ctrl+V</source>
        <translation>Bewerkte tekst gekopieerd: plak hem in het CRM met Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="340"/>
        <source>Copied: paste it into the CRM with Ctrl+V</source>
        <translation>Gekopieerd: plak het in het CRM met Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="365"/>
        <source>Card {n} was out of sight; here it is. Press again to insert it.</source>
        <translation>Kaart {n} was niet in beeld; hier is hij. Druk nogmaals om hem in te voegen.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="366"/>
        <source>Card {n} was out of sight; here it is. Press again to discard it.</source>
        <translation>Kaart {n} was niet in beeld; hier is hij. Druk nogmaals om hem te negeren.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="367"/>
        <source>Card {n} was out of sight; here it is. Press again to edit it.</source>
        <translation>Kaart {n} was niet in beeld; hier is hij. Druk nogmaals om hem te bewerken.</translation>
    </message>
</context>
<context>
    <name>PanelWindow</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="101"/>
        <location filename="../../copilot/panel/window.py" line="107"/>
        <source>Agent Copilot</source>
        <translation>Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="109"/>
        <source>The customer&apos;s language; suggestions follow it</source>
        <translation>De taal van de klant; de suggesties volgen die</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="114"/>
        <source>Pin</source>
        <translation>Vast</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="117"/>
        <source>Keep the panel above other windows</source>
        <translation>Paneel boven andere vensters houden</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="121"/>
        <source>Clip</source>
        <translation>Klembord</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="123"/>
        <source>Listen to the clipboard: text you copy elsewhere becomes a customer line</source>
        <translation>Het klembord volgen: tekst die je elders kopieert wordt een klantregel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="128"/>
        <source>Settings, the session library and statistics</source>
        <translation>Instellingen, de gesprekkenbibliotheek en statistieken</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="132"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="134"/>
        <source>Session library…</source>
        <translation>Gesprekkenbibliotheek…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="135"/>
        <source>Statistics…</source>
        <translation>Statistieken…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="154"/>
        <source>SUGGESTIONS</source>
        <translation>SUGGESTIES</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="182"/>
        <source>Sent to AI</source>
        <translation>Naar AI gestuurd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="183"/>
        <source>Show exactly what the last AI request sent (personal data replaced)</source>
        <translation>Precies tonen wat het laatste AI-verzoek verstuurde (persoonsgegevens vervangen)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="215"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="217"/>
        <source>Suggestions come from the playbook “{name}”, on this computer</source>
        <translation>Suggesties komen uit het playbook ‘{name}’, op deze computer</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <location filename="../../copilot/playbook/file.py" line="127"/>
        <source>cannot read the playbook ({reason})</source>
        <translation>kan het draaiboek niet lezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="135"/>
        <source>the file is not UTF-8 text</source>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="137"/>
        <source>not valid {format}: {reason}</source>
        <translation>geen geldige {format}: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="188"/>
        <source>the top level must be a table</source>
        <translation>het hoogste niveau moet een tabel zijn</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="191"/>
        <source>[playbook] must be a table</source>
        <translation>[playbook] moet een tabel zijn</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="194"/>
        <source>[playbook] default_language {value} is not a language code</source>
        <translation>[playbook] default_language {value} is geen taalcode</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="198"/>
        <source>no entries: add at least one [[entry]] table</source>
        <translation>geen items: voeg minstens één tabel [[entry]] toe</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../copilot/config/policy.py" line="59"/>
        <source>policy file {path}: {problems}</source>
        <translation>beleidsbestand {path}: {problems}</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="78"/>
        <source>This setting is managed by your organisation: it is held at its safest value because the policy file {path} has a problem.</source>
        <translation>Deze instelling wordt door je organisatie beheerd: ze staat op de veiligste waarde omdat het beleidsbestand {path} een probleem heeft.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="80"/>
        <source>This setting is managed by your organisation (policy file {path}).</source>
        <translation>Deze instelling wordt door je organisatie beheerd (beleidsbestand {path}).</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="107"/>
        <source>cannot be read ({reason})</source>
        <translation>kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="112"/>
        <source>is not UTF-8 text</source>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="114"/>
        <source>is not valid TOML ({reason})</source>
        <translation>is geen geldige TOML ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="116"/>
        <source>unknown key &apos;{key}&apos; (a policy holds version, [settings] and [defaults])</source>
        <translation>onbekende sleutel &apos;{key}&apos; (een beleid bevat version, [settings] en [defaults])</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="132"/>
        <source>setting &apos;{name}&apos; is both locked in [settings] and a default in [defaults]; keep one</source>
        <translation>instelling &apos;{name}&apos; is zowel vergrendeld in [settings] als standaard in [defaults]; houd er één</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../copilot/coaching/service.py" line="118"/>
        <source>{given}: no such file, and no recorded session with that id</source>
        <translation>{given}: dit bestand bestaat niet, en er is geen vastgelegde sessie met dat id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="119"/>
        <source>{given}: no recorded session with that id</source>
        <translation>{given}: geen vastgelegde sessie met dat id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="122"/>
        <source>{given}: more than one session starts with that; give more of the id</source>
        <translation>{given}: meer dan één sessie begint daarmee; geef meer van het id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="300"/>
        <source>no session with id {id} in the central record at {where} (or not one of your teams&apos;)</source>
        <translation>geen sessie met id {id} in het centrale archief op {where} (of niet van een van je teams)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="311"/>
        <source>no recorded session with id {id} (no database at {path})</source>
        <translation>geen vastgelegde sessie met id {id} (geen database op {path})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="321"/>
        <location filename="../../copilot/record/archive.py" line="126"/>
        <location filename="../../copilot/record/session_record.py" line="274"/>
        <source>no recorded session with id {id}</source>
        <translation>geen vastgelegde sessie met id {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/record/privacy.py" line="231"/>
        <source>no recorded session for customer {id}; nothing was erased</source>
        <translation>geen vastgelegde sessie voor klant {id}; er is niets gewist</translation>
    </message>
    <message>
        <location filename="../../copilot/record/privacy.py" line="233"/>
        <source>no recorded session for session {id}; nothing was erased</source>
        <translation>geen vastgelegde sessie voor sessie {id}; er is niets gewist</translation>
    </message>
</context>
<context>
    <name>ReplayTranscript</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="32"/>
        <source>Nothing was said in this session.</source>
        <translation>Er is in dit gesprek niets gezegd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="68"/>
        <source>{n} earlier lines: scroll up or click the timeline to see them</source>
        <translation>{n} eerdere regels: scroll omhoog of klik op de tijdlijn om ze te zien</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="89"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="89"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="71"/>
        <source>Replay</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="89"/>
        <source>outcome (resolved, escalated, sale…)</source>
        <translation>uitkomst (opgelost, geëscaleerd, verkoop…)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="91"/>
        <source>tags, comma separated</source>
        <translation>labels, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="92"/>
        <source>Save outcome and tags</source>
        <translation>Uitkomst en labels opslaan</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="93"/>
        <source>The library lists, searches and filters by these</source>
        <translation>De bibliotheek toont, zoekt en filtert hierop</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="102"/>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="342"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="104"/>
        <source>Play or pause (Space)</source>
        <translation>Afspelen of pauzeren (spatie)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="109"/>
        <source>Replay speed</source>
        <translation>Afspeelsnelheid</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="119"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="120"/>
        <source>Save a coaching report of this session (PDF or HTML)</source>
        <translation>Een coachingsrapport van dit gesprek opslaan (PDF of HTML)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="125"/>
        <source>Next decision</source>
        <translation>Volgende beslissing</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="126"/>
        <source>Jump to the next decision ({key}; Shift+{key} for the previous one)</source>
        <translation>Naar de volgende beslissing ({key}; Shift+{key} voor de vorige)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="127"/>
        <source>Next objection</source>
        <translation>Volgend bezwaar</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="128"/>
        <source>Jump to the next objection ({key}; Shift+{key} for the previous one)</source>
        <translation>Naar het volgende bezwaar ({key}; Shift+{key} voor het vorige)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="129"/>
        <source>Next escalation</source>
        <translation>Volgende escalatie</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="130"/>
        <source>Jump to the next escalation ({key}; Shift+{key} for the previous one)</source>
        <translation>Naar de volgende escalatie ({key}; Shift+{key} voor de vorige)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="146"/>
        <source>No cards were up at this moment.</source>
        <translation>Op dit moment stonden er geen kaarten.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="150"/>
        <source>What the agent saw</source>
        <translation>Wat de agent zag</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="160"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="162"/>
        <source>Wrap-up</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="167"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="169"/>
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="180"/>
        <source>What if</source>
        <translation>Wat als</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="198"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="203"/>
        <source>Could not open the session: {problem}</source>
        <translation>Het gesprek kon niet worden geopend: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="214"/>
        <source>Outcome and tags saved.</source>
        <translation>Uitkomst en labels opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="219"/>
        <source>Not saved: {problem}</source>
        <translation>Niet opgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="238"/>
        <source>Unknown agent</source>
        <translation>Onbekende agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="243"/>
        <source>Replay · {agent} · {started}</source>
        <translation>Terugkijken · {agent} · {started}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="297"/>
        <source>Save coaching report</source>
        <translation>Coachingsrapport opslaan</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="298"/>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Webpagina (*.html)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="305"/>
        <source>Report not saved: {problem}</source>
        <translation>Rapport niet opgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="307"/>
        <source>Report saved to {path}</source>
        <translation>Rapport opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="338"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Inserted</source>
        <translation>Ingevoegd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="23"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Discarded</source>
        <translation>Genegeerd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="24"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>wrong</source>
        <translation>onjuist</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>not relevant</source>
        <translation>niet relevant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>wrong tone</source>
        <translation>verkeerde toon</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>already done</source>
        <translation>al gedaan</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="56"/>
        <source>no decision recorded</source>
        <translation>geen beslissing vastgelegd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="59"/>
        <source>{action} at {time} after {seconds} s</source>
        <translation>{action} op {time} na {seconds} s</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="62"/>
        <source>{action} at {time}</source>
        <translation>{action} op {time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="64"/>
        <source>({count} changes)</source>
        <translation>({count} wijzigingen)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="67"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="70"/>
        <source>(the agent had already done it)</source>
        <translation>(de agent had het al gedaan)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="117"/>
        <source>Coaching report</source>
        <translation>Coachingsrapport</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="122"/>
        <location filename="../../copilot/coaching/report.py" line="251"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="122"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="124"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="125"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>Session</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>CRM id</source>
        <translation>CRM-id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Cards shown</source>
        <translation>Getoonde kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Median time to decide</source>
        <translation>Mediane beslistijd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="135"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="145"/>
        <source>The customer’s mood (−1 upset … +1 pleased)</source>
        <translation>De stemming van de klant (−1 boos … +1 tevreden)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="150"/>
        <source>Share of cards the agent used, by kind</source>
        <translation>Aandeel kaarten dat de agent gebruikte, per soort</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="164"/>
        <source>Drafted by an AI model (redacted transcript)</source>
        <translation>Opgesteld door een AI-model (geanonimiseerd transcript)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="165"/>
        <source>Drafted by the local engine</source>
        <translation>Opgesteld door de lokale engine</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="166"/>
        <source>Wrap-up</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="170"/>
        <source>; the AI draft was not used ({why})</source>
        <translation>; het AI-concept is niet gebruikt ({why})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="172"/>
        <source>pasted into the CRM</source>
        <translation>in het CRM geplakt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>copied</source>
        <translation>gekopieerd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>kept</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="175"/>
        <source>; approved {seconds} s after the call ended, {where}, {count} characters changed.</source>
        <translation>; goedgekeurd {seconds} s na het einde van het gesprek, {where}, {count} tekens gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="179"/>
        <source>; approved, {where}, {count} characters changed.</source>
        <translation>; goedgekeurd, {where}, {count} tekens gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="183"/>
        <source>; not approved.</source>
        <translation>; niet goedgekeurd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="184"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="185"/>
        <source>Disposition:</source>
        <translation>Afhandelcode:</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="198"/>
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="199"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="200"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="201"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="211"/>
        <source>(suggested)</source>
        <translation>(voorgesteld)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="214"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="214"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="226"/>
        <source>Trainer’s notes</source>
        <translation>Notities van de trainer</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="245"/>
        <source>Transcript and decisions</source>
        <translation>Transcript en beslissingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="251"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="258"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="267"/>
        <source>AI draft</source>
        <translation>AI-concept</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="38"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="39"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="60"/>
        <source>Confirm scorecard</source>
        <translation>Scorekaart bevestigen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="63"/>
        <source>Edit template…</source>
        <translation>Sjabloon bewerken…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="64"/>
        <source>Team leads: change the criteria every scorecard uses</source>
        <translation>Teamleiders: wijzig de criteria die elke scorekaart gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="95"/>
        <source>{problem} Using the default scorecard.</source>
        <translation>{problem} De standaardscorekaart wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="125"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="126"/>
        <source>suggested, confirmed</source>
        <translation>voorgesteld, bevestigd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="128"/>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="157"/>
        <source>Score {score} over {answered} of {total} criteria</source>
        <translation>Score {score} over {answered} van {total} criteria</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="159"/>
        <source>Nothing scored yet</source>
        <translation>Nog niets gescoord</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="165"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="168"/>
        <source>Could not save the scorecard: {problem}</source>
        <translation>De scorekaart kon niet worden opgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="174"/>
        <source>Scorecard saved.</source>
        <translation>Scorekaart opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="183"/>
        <source>Template saved to {path}; new scorecards use it.</source>
        <translation>Sjabloon opgeslagen in {path}; nieuwe scorekaarten gebruiken het.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="50"/>
        <source>Reinstall Agent Copilot: the bundle is incomplete (for whoever builds it: see build.spec).</source>
        <translation>Installeer Agent Copilot opnieuw: de bundel is onvolledig (voor wie hem bouwt: zie build.spec).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="53"/>
        <source>Qt platform</source>
        <translation>Qt-platform</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="53"/>
        <source>fonts</source>
        <translation>lettertypen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="54"/>
        <source>SVG icons</source>
        <translation>SVG-pictogrammen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="54"/>
        <source>window modules</source>
        <translation>venstermodules</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="55"/>
        <source>app modules</source>
        <translation>app-modules</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="55"/>
        <source>SQLite FTS5</source>
        <translation>SQLite FTS5</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="56"/>
        <source>data folder</source>
        <translation>gegevensmap</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="56"/>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="57"/>
        <source>databases</source>
        <translation>databases</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="57"/>
        <source>policy file</source>
        <translation>beleidsbestand</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="58"/>
        <source>keychain</source>
        <translation>sleutelhanger</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="58"/>
        <source>local API port</source>
        <translation>poort lokale API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="59"/>
        <source>resources</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="59"/>
        <source>AI endpoint</source>
        <translation>AI-eindpunt</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="106"/>
        <source>exit status {code}</source>
        <translation>afsluitstatus {code}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="107"/>
        <source>no answer in {seconds} s</source>
        <translation>geen antwoord binnen {seconds} s</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="110"/>
        <source>Qt said nothing</source>
        <translation>Qt zei niets</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="111"/>
        <source>Run it in the desktop session (QT_QPA_PLATFORM=offscreen checks the rest without a screen). On Linux install the libraries Qt needs (libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1); QT_DEBUG_PLUGINS=1 shows which plugin fails to load.</source>
        <translation>Voer het uit in de bureaubladsessie (QT_QPA_PLATFORM=offscreen controleert de rest zonder scherm). Installeer op Linux de bibliotheken die Qt nodig heeft (libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1); QT_DEBUG_PLUGINS=1 toont welke plug-in niet laadt.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="116"/>
        <source>Qt could not start ({why}, QT_QPA_PLATFORM={platform}): {told}</source>
        <translation>Qt kon niet starten ({why}, QT_QPA_PLATFORM={platform}): {told}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="119"/>
        <source>not checked: Qt did not start</source>
        <translation>niet gecontroleerd: Qt startte niet</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="120"/>
        <source>{n} families; default &apos;{default}&apos;, Hebrew drawn with &apos;{hebrew}&apos;</source>
        <translation>{n} families; standaard &apos;{default}&apos;, Hebreeuws getekend met &apos;{hebrew}&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="126"/>
        <source>{n} font families, none can draw Hebrew</source>
        <translation>{n} lettertypefamilies, geen ervan kan Hebreeuws tekenen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="127"/>
        <source>Install a font with Hebrew letters (DejaVu Sans, Noto Sans Hebrew, Arial).</source>
        <translation>Installeer een lettertype met Hebreeuwse letters (DejaVu Sans, Noto Sans Hebrew, Arial).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="128"/>
        <source>SVG image plugin loaded</source>
        <translation>SVG-afbeeldingsplug-in geladen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="130"/>
        <source>Qt has no SVG image plugin: the panel&apos;s icons would not show</source>
        <translation>Qt heeft geen SVG-afbeeldingsplug-in: de pictogrammen van het paneel zouden niet verschijnen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="132"/>
        <source>&apos;{platform}&apos; platform plugin loaded</source>
        <translation>platformplug-in &apos;{platform}&apos; geladen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="142"/>
        <source>all present</source>
        <translation>alles aanwezig</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="158"/>
        <source>{module}: not found</source>
        <translation>{module}: niet gevonden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="185"/>
        <source>full-text search found {hits} of 2 rows</source>
        <translation>zoeken in volledige tekst vond {hits} van 2 rijen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="191"/>
        <source>Use a Python whose sqlite3 has FTS5 (SQLite 3.27 or later; python.org builds and the bundle do).</source>
        <translation>Gebruik een Python waarvan sqlite3 FTS5 heeft (SQLite 3.27 of nieuwer; de builds van python.org en de bundel hebben dat).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="193"/>
        <source>SQLite {version} with FTS5</source>
        <translation>SQLite {version} met FTS5</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="199"/>
        <source>the data folder</source>
        <translation>de gegevensmap</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="208"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>kan niet schrijven in {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="210"/>
        <source>Give this user write access there, or point COPILOT_DATA_DIR at a writable folder.</source>
        <translation>Geef deze gebruiker daar schrijfrechten, of laat COPILOT_DATA_DIR naar een beschrijfbare map wijzen.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="212"/>
        <source>{folder} is writable ({gb} GB free)</source>
        <translation>{folder} is beschrijfbaar ({gb} GB vrij)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="221"/>
        <source>session database</source>
        <translation>sessiedatabase</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="222"/>
        <source>knowledge base</source>
        <translation>kennisbank</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="231"/>
        <source>{what} {path} is damaged ({found})</source>
        <translation>{what} {path} is beschadigd ({found})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="237"/>
        <source>The panel sets a damaged session database aside at its next start and begins a new one; re-import the articles for a damaged knowledge base (&apos;copilot kb import&apos;).</source>
        <translation>Het paneel zet een beschadigde sessiedatabase bij de volgende start opzij en begint een nieuwe; importeer de artikelen opnieuw bij een beschadigde kennisbank (&apos;copilot kb import&apos;).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="240"/>
        <source>{database}: sound</source>
        <translation>{database}: in orde</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="241"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="253"/>
        <source>not read ({reason}); the checks below use the defaults</source>
        <translation>niet gelezen ({reason}); de controles hieronder gebruiken de standaardwaarden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="257"/>
        <source>Correct or remove those values (settings.json, or IT&apos;s policy file).</source>
        <translation>Corrigeer of verwijder die waarden (settings.json, of het beleidsbestand van IT).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="260"/>
        <source>the settings folder {folder} cannot be made: the defaults apply and changes cannot be saved</source>
        <translation>de instellingenmap {folder} kan niet worden aangemaakt: de standaardwaarden gelden en wijzigingen kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="263"/>
        <source>Give this user write access there, or point COPILOT_DATA_DIR elsewhere.</source>
        <translation>Geef deze gebruiker daar schrijfrechten, of laat COPILOT_DATA_DIR ergens anders heen wijzen.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="266"/>
        <source>defaults</source>
        <translation>standaardwaarden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="276"/>
        <source>Correct the policy file; until then the panel runs in its safest mode (no AI drafts, local API, clipboard capture, hotkeys or pasting).</source>
        <translation>Corrigeer het beleidsbestand; tot dan draait het paneel in de veiligste stand (geen AI-concepten, lokale API, klembordopname, sneltoetsen of plakken).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="281"/>
        <source>none at {path}: the user&apos;s settings apply</source>
        <translation>geen op {path}: de instellingen van de gebruiker gelden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="283"/>
        <source>{path}: {locked} settings locked, {defaults} defaults</source>
        <translation>{path}: {locked} instellingen vergrendeld, {defaults} standaardwaarden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="287"/>
        <source>{what} can be changed by users other than an administrator, who could lift its locks: make it writable by administrators only (chmod go-w, owner root).</source>
        <translation>{what} kan worden gewijzigd door anderen dan een beheerder, die de vergrendelingen zouden kunnen opheffen: maak het alleen door beheerders beschrijfbaar (chmod go-w, eigenaar root).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="312"/>
        <source>Features that need a secret (local API token, model key) stay off. Windows and macOS have a keychain; on Linux run a Secret Service (GNOME Keyring or KWallet) in the desktop session.</source>
        <translation>Functies die een geheim nodig hebben (token van de lokale API, modelsleutel) blijven uit. Windows en macOS hebben een sleutelhanger; draai op Linux een Secret Service (GNOME Keyring of KWallet) in de bureaubladsessie.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="321"/>
        <source>the configured keyring backend cannot be loaded ({error})</source>
        <translation>de ingestelde keyring-backend kan niet worden geladen ({error})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="324"/>
        <source>Correct or remove the backend named in keyringrc.cfg or PYTHON_KEYRING_BACKEND.</source>
        <translation>Corrigeer of verwijder de backend die in keyringrc.cfg of PYTHON_KEYRING_BACKEND staat.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="328"/>
        <source>no OS keychain ({why})</source>
        <translation>geen sleutelhanger van het systeem ({why})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="335"/>
        <source>{backend} refused a test secret ({error})</source>
        <translation>{backend} weigerde een testgeheim ({error})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="338"/>
        <source>{backend} did not return the test secret it stored</source>
        <translation>{backend} gaf het opgeslagen testgeheim niet terug</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="340"/>
        <source>{backend} stores and returns secrets</source>
        <translation>{backend} slaat geheimen op en geeft ze terug</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="359"/>
        <source>the local API is off (api_enabled is false)</source>
        <translation>de lokale API staat uit (api_enabled is false)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="362"/>
        <source>api_port is 0: the API takes any free port</source>
        <translation>api_port is 0: de API neemt een willekeurige vrije poort</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="370"/>
        <source>{address} is served by a running Agent Copilot panel</source>
        <translation>{address} wordt bediend door een draaiend Agent Copilot-paneel</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="374"/>
        <source>{address} is taken by {owner}</source>
        <translation>{address} is bezet door {owner}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="376"/>
        <source>{address} cannot be used ({reason})</source>
        <translation>{address} kan niet worden gebruikt ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="378"/>
        <source>Close that program, or set api_port to a free port (and tell the CRM integration).</source>
        <translation>Sluit dat programma, of zet api_port op een vrije poort (en geef het door aan de CRM-koppeling).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="380"/>
        <source>{address} is free</source>
        <translation>{address} is vrij</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="433"/>
        <source>AI drafts are off</source>
        <translation>AI-concepten staan uit</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="441"/>
        <source>ai_base_url &apos;{url}&apos; names no server</source>
        <translation>ai_base_url &apos;{url}&apos; noemt geen server</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="442"/>
        <source>Correct ai_base_url.</source>
        <translation>Corrigeer ai_base_url.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="447"/>
        <source>cannot reach {address} ({reason})</source>
        <translation>kan {address} niet bereiken ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="449"/>
        <source>Start the model server, or check ai_base_url, the firewall and the proxy.</source>
        <translation>Start de modelserver, of controleer ai_base_url, de firewall en de proxy.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="450"/>
        <source>{address} answers in {ms} ms (&apos;copilot ai test&apos; checks the key and model)</source>
        <translation>{address} antwoordt in {ms} ms (&apos;copilot ai test&apos; controleert de sleutel en het model)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="487"/>
        <source>demo {name} is not a demo conversation</source>
        <translation>demo {name} is geen demogesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="488"/>
        <source>{n} demo conversations</source>
        <translation>{n} demogesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="490"/>
        <source>no demo conversations</source>
        <translation>geen demogesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="494"/>
        <source>Restore the checkout&apos;s resources/ folder.</source>
        <translation>Herstel de map resources/ van de checkout.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="530"/>
        <source>the check could not run: {error}</source>
        <translation>de controle kon niet draaien: {error}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="532"/>
        <source>Report this message with the self-test&apos;s output.</source>
        <translation>Meld dit bericht met de uitvoer van de zelftest.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="549"/>
        <source>bundle</source>
        <translation>bundel</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="549"/>
        <source>source</source>
        <translation>broncode</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="550"/>
        <source>Agent Copilot {version} self-test ({where}, Python {python}, {system})</source>
        <translation>Agent Copilot {version} zelftest ({where}, Python {python}, {system})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="560"/>
        <source>FAILED: {checks}</source>
        <translation>MISLUKT: {checks}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="561"/>
        <source>All checks passed.</source>
        <translation>Alle controles geslaagd.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="51"/>
        <source>Accepted</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="90"/>
        <source>Session {id}</source>
        <translation>Gesprek {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="91"/>
        <source> (CRM id {id})</source>
        <translation> (CRM-id {id})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="45"/>
        <source>managed by your organisation</source>
        <translation>beheerd door je organisatie</translation>
    </message>
    <message>
        <location filename="../../copilot/config/settings.py" line="69"/>
        <source>{path}: unreadable settings ({reason}); using defaults</source>
        <translation>{path}: onleesbare instellingen ({reason}); standaardwaarden gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/config/settings.py" line="78"/>
        <source>{path}: {problem}; using the default</source>
        <translation>{path}: {problem}; standaardwaarde gebruikt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="48"/>
        <source>Agent Copilot settings</source>
        <translation>Instellingen van Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="56"/>
        <source>off (see the notice in the panel)</source>
        <translation>uit (zie de melding in het paneel)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="58"/>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="68"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="72"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="74"/>
        <source>New token</source>
        <translation>Nieuw token</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="75"/>
        <source>Integrations using the old token stop working until they get the new one</source>
        <translation>Koppelingen met het oude token werken niet meer tot ze het nieuwe hebben</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="80"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="94"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="88"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="91"/>
        <source>Look</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="99"/>
        <source>Keep the panel above other windows</source>
        <translation>Paneel boven andere vensters houden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="102"/>
        <source>After Insert, paste into the window I was typing in</source>
        <translation>Na Invoegen plakken in het venster waarin ik typte</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="106"/>
        <source>Not available here: {reason}</source>
        <translation>Hier niet beschikbaar: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="107"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="109"/>
        <source>Global hotkeys: {keys} insert card 1..4 from any window</source>
        <translation>Globale sneltoetsen: {keys} voegt kaart 1..4 in vanuit elk venster</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="112"/>
        <source>Import articles…</source>
        <translation>Artikelen importeren…</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="113"/>
        <source>A folder of Markdown, text, HTML, JSON lines or CSV articles; importing it again updates it</source>
        <translation>Een map met artikelen in Markdown, tekst, HTML, JSON lines of CSV; opnieuw importeren werkt ze bij</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="117"/>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="122"/>
        <source>The confidence of a knowledge card is the chance that the article is right, as measured on conversations the search was tuned on. Higher: fewer cards, more of them right.</source>
        <translation>De zekerheid van een kenniskaart is de kans dat het artikel klopt, gemeten op gesprekken waarop het zoeken is afgesteld. Hoger: minder kaarten, vaker raak.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="125"/>
        <source>Show a card when at least</source>
        <translation>Kaart tonen bij minstens</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="127"/>
        <source>likely right</source>
        <translation>kans dat hij klopt</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="132"/>
        <source>Look, language, pasting, hotkeys, knowledge cards and AI apply from the next start.</source>
        <translation>Weergave, taal, plakken, sneltoetsen, kenniskaarten en AI gelden vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="159"/>
        <source>Not saved: {problem}</source>
        <translation>Niet opgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="168"/>
        <source>Not saved: {folder} cannot be written ({problem}). Ask IT for a writable settings folder.</source>
        <translation>Niet opgeslagen: in {folder} kan niet worden geschreven ({problem}). Vraag IT om een schrijfbare map voor instellingen.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="33"/>
        <source>AI draft</source>
        <translation>AI-concept</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="94"/>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="229"/>
        <source>Mood estimate</source>
        <translation>Stemmingsschatting</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="101"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
</context>
<context>
    <name>StatsFigures</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="51"/>
        <source>Time to insert</source>
        <translation>Tijd tot invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="52"/>
        <source>Time to edit and insert</source>
        <translation>Tijd tot bewerken en invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="53"/>
        <source>Time to discard</source>
        <translation>Tijd tot negeren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="54"/>
        <source>Time before expiring</source>
        <translation>Tijd tot verlopen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="68"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="69"/>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="75"/>
        <source>{part} of {whole} ({share})</source>
        <translation>{part} van {whole} ({share})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="84"/>
        <source>median {median} · {high} {value}</source>
        <translation>mediaan {median} · {high} {value}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="86"/>
        <source>median {median} · {high} {value} characters</source>
        <translation>mediaan {median} · {high} {value} tekens</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="100"/>
        <source>Sessions</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="101"/>
        <source>Cards shown</source>
        <translation>Getoonde kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="102"/>
        <source>Every card that appeared on an agent&apos;s panel</source>
        <translation>Elke kaart die op het paneel van een agent verscheen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="103"/>
        <source>Cards used</source>
        <translation>Gebruikte kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="104"/>
        <source>Inserted or edited, out of every decided card, expired included</source>
        <translation>Ingevoegd of bewerkt, van alle kaarten met een beslissing, verlopen inbegrepen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="105"/>
        <source>Inserted · edited · discarded · expired</source>
        <translation>Ingevoegd · bewerkt · genegeerd · verlopen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="108"/>
        <source>Objections handled</source>
        <translation>Bezwaren behandeld</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="109"/>
        <source>Objection cards the agent used, out of those shown</source>
        <translation>Bezwaarkaarten die de agent gebruikte, van de getoonde</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="110"/>
        <source>Edits to a card</source>
        <translation>Wijzigingen aan een kaart</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="111"/>
        <source>Characters changed in the {count} edited cards before they were used</source>
        <translation>Gewijzigde tekens in de {count} bewerkte kaarten voordat ze werden gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="116"/>
        <source>From the card appearing to the agent&apos;s decision ({count} cards): median and 90th percentile</source>
        <translation>Van het verschijnen van de kaart tot de beslissing van de agent ({count} kaarten): mediaan en 90e percentiel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="122"/>
        <source>Suggestion ready</source>
        <translation>Suggestie klaar</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="123"/>
        <source>From the customer&apos;s words to the suggestion ({count} cards)</source>
        <translation>Van de woorden van de klant tot de suggestie ({count} kaarten)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="125"/>
        <source>Card on screen</source>
        <translation>Kaart op het scherm</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="126"/>
        <source>From the customer&apos;s words to the card drawn on the panel ({count} cards)</source>
        <translation>Van de woorden van de klant tot de kaart op het paneel ({count} kaarten)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="129"/>
        <source>Wrap-ups approved</source>
        <translation>Goedgekeurde afrondingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="130"/>
        <source>Calls whose drafted wrap-up the agent approved ({count} drafts written by AI)</source>
        <translation>Gesprekken waarvan de agent de voorgestelde afronding goedkeurde ({count} concepten door AI geschreven)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="133"/>
        <source>After-call work</source>
        <translation>Nawerk</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="134"/>
        <source>From the end of the call to the approved wrap-up: median and 90th percentile</source>
        <translation>Van het einde van het gesprek tot de goedgekeurde afronding: mediaan en 90e percentiel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="135"/>
        <source>Edits to a wrap-up</source>
        <translation>Wijzigingen aan een afronding</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="136"/>
        <source>Characters changed in the {count} approved wrap-ups</source>
        <translation>Gewijzigde tekens in de {count} goedgekeurde afrondingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="138"/>
        <source>Disposition codes</source>
        <translation>Afhandelcodes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="141"/>
        <source>Entries shown, never used</source>
        <translation>Getoond, nooit gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="145"/>
        <source>Playbook entries never shown</source>
        <translation>Playbookregels nooit getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="146"/>
        <source>{count} of {total}</source>
        <translation>{count} van {total}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="49"/>
        <source>Knowledge gaps: customer questions no article answered</source>
        <translation>Kennishiaten: klantvragen waarop geen artikel antwoord gaf</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="50"/>
        <source>Experiments: cards used per wording, with 95% intervals</source>
        <translation>Experimenten: gebruikte kaarten per formulering, met 95%-intervallen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="161"/>
        <source>Coaching statistics</source>
        <translation>Coachingsstatistieken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="174"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="176"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="185"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="191"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="191"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="197"/>
        <source>Cards used, by kind</source>
        <translation>Gebruikte kaarten, per soort</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="198"/>
        <source>Cards used, by entry (the {n} shown most)</source>
        <translation>Gebruikte kaarten, per item (de {n} meest getoonde)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="200"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="200"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Example questions</source>
        <translation>Voorbeeldvragen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="214"/>
        <source>Last asked</source>
        <translation>Laatst gevraagd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>A used</source>
        <translation>A gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="226"/>
        <source>B used</source>
        <translation>B gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="226"/>
        <source>B against A</source>
        <translation>B tegenover A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="251"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="278"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="280"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="299"/>
        <source>1 session</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="300"/>
        <source>{n} sessions</source>
        <translation>{n} gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="326"/>
        <source>Cannot show statistics. {problem}</source>
        <translation>Statistieken kunnen niet worden getoond. {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="328"/>
        <source>Cannot show statistics: something unexpected went wrong. The details are in the log.</source>
        <translation>Statistieken kunnen niet worden getoond: er ging onverwacht iets mis. De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="338"/>
        <source>Knowledge gaps: none in this period</source>
        <translation>Kennishiaten: geen in deze periode</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="352"/>
        <source>Knowledge gaps: cannot be read</source>
        <translation>Kennishiaten: kunnen niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="394"/>
        <source>Export statistics</source>
        <translation>Statistieken exporteren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="395"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="403"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="151"/>
        <source>{path}: no session database here</source>
        <translation>{path}: hier is geen sessiedatabase</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="157"/>
        <location filename="../../copilot/record/storage.py" line="437"/>
        <source>{path}: cannot read the session database ({reason})</source>
        <translation>{path}: kan de sessiedatabase niet lezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="165"/>
        <source>{path}: not an Agent Copilot session database</source>
        <translation>{path}: geen sessiedatabase van Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="168"/>
        <source>{path}: written by an older Agent Copilot; open it once in the app to upgrade it</source>
        <translation>{path}: geschreven door een oudere Agent Copilot; open het één keer in de app om het bij te werken</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="181"/>
        <location filename="../../copilot/record/stats_queries.py" line="220"/>
        <location filename="../../copilot/record/stats_queries.py" line="293"/>
        <source>cannot read the session database ({reason})</source>
        <translation>kan de sessiedatabase niet lezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="236"/>
        <location filename="../../copilot/record/storage.py" line="239"/>
        <location filename="../../copilot/record/storage.py" line="416"/>
        <source>{path}: cannot open the session database ({reason})</source>
        <translation>{path}: kan de sessiedatabase niet openen ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="249"/>
        <source>{path}: written by a newer Agent Copilot (schema {version}, this version knows {known}); update the app or point COPILOT_DATA_DIR elsewhere</source>
        <translation>{path}: geschreven door een nieuwere Agent Copilot (schema {version}, deze versie kent {known}); werk de app bij of laat COPILOT_DATA_DIR ergens anders heen wijzen</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="421"/>
        <source>{path}: the session database could not be read or written ({reason})</source>
        <translation>{path}: de sessiedatabase kon niet worden gelezen of geschreven ({reason})</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="175"/>
        <location filename="../../copilot/panel/cards.py" line="315"/>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="178"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="180"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="183"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="184"/>
        <source>Read the whole article this answer comes from</source>
        <translation>Lees het hele artikel waar dit antwoord uit komt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="187"/>
        <source>Discard</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="232"/>
        <source>Suggestion {number}: {kind}</source>
        <translation>Suggestie {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="239"/>
        <source>Drafted by AI: check it before use</source>
        <translation>Opgesteld door AI: controleer het voor gebruik</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="241"/>
        <source>Sent by a supervisor following this call</source>
        <translation>Gestuurd door een supervisor die dit gesprek volgt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="243"/>
        <source>From your team&apos;s playbook</source>
        <translation>Uit het playbook van je team</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="244"/>
        <source>Why: {reason}</source>
        <translation>Waarom: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="271"/>
        <source>Copy to the clipboard for the CRM (Ctrl+{n})</source>
        <translation>Naar het klembord kopiëren voor het CRM (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="272"/>
        <source>Change the text, then insert (Alt+{n})</source>
        <translation>Tekst aanpassen en dan invoegen (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="274"/>
        <source>Dismiss this card (Ctrl+Shift+{n}); the arrow gives a reason</source>
        <translation>Deze kaart negeren (Ctrl+Shift+{n}); via het pijltje geef je een reden</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="301"/>
        <source>Insert edited</source>
        <translation>Bewerkte invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="302"/>
        <source>Insert the edited text (Ctrl+Enter)</source>
        <translation>De bewerkte tekst invoegen (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Supervise</name>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="124"/>
        <source>Escalation “{title}” waiting for {s} s</source>
        <translation>Escalatie “{title}” wacht al {s} s</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="127"/>
        <source>The customer&apos;s mood dropped sharply</source>
        <translation>De stemming van de klant is sterk gedaald</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="130"/>
        <source>Silent for {s} s</source>
        <translation>Al {s} s stil</translation>
    </message>
</context>
<context>
    <name>SuperviseWindow</name>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="53"/>
        <source>Live calls</source>
        <translation>Lopende gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="83"/>
        <location filename="../../copilot/supervise/qt/window.py" line="179"/>
        <source>Choose a call to follow it</source>
        <translation>Kies een gesprek om het te volgen</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="89"/>
        <source>A note for the agent: it shows on their panel as a card</source>
        <translation>Een notitie voor de medewerker: die verschijnt als kaart in het paneel</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="91"/>
        <source>Send note</source>
        <translation>Notitie sturen</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="132"/>
        <source>Not connected: {problem}</source>
        <translation>Niet verbonden: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="134"/>
        <source>No live calls in your teams right now</source>
        <translation>Nu geen lopende gesprekken in je teams</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="137"/>
        <source>1 live call</source>
        <translation>1 lopend gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="138"/>
        <source>{n} live calls</source>
        <translation>{n} lopende gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="146"/>
        <source>{agent}: {alert}</source>
        <translation>{agent}: {alert}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="181"/>
        <source>{agent} · {duration} · {mood}</source>
        <translation>{agent} · {duration} · {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>shown</source>
        <translation>getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>used</source>
        <translation>gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>used, edited</source>
        <translation>gebruikt, aangepast</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="198"/>
        <source>discarded</source>
        <translation>weggelegd</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="198"/>
        <source>left unanswered</source>
        <translation>niet opgepakt</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="199"/>
        <source>Card {kind} “{title}”: {state}</source>
        <translation>Kaart {kind} “{title}”: {state}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="203"/>
        <source>Your note: {text}</source>
        <translation>Jouw notitie: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="230"/>
        <source>The note was not sent: {problem}</source>
        <translation>De notitie is niet verstuurd: {problem}</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../copilot/live/supervision.py" line="67"/>
        <source>Note from your supervisor</source>
        <translation>Notitie van je supervisor</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="68"/>
        <source>{name} is following this call and sent it</source>
        <translation>{name} volgt dit gesprek en stuurde dit</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="70"/>
        <source>Supervisor · {name}</source>
        <translation>Supervisor · {name}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="190"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="190"/>
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="192"/>
        <source>Pre-filled by</source>
        <translation>Vooraf ingevuld door</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="196"/>
        <source>Scorecard template</source>
        <translation>Sjabloon voor scorekaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="206"/>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="208"/>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="221"/>
        <source>Rules that can pre-fill a criterion: {rules}. Leave empty to score by hand.</source>
        <translation>Regels die een criterium vooraf kunnen invullen: {rules}. Laat leeg om met de hand te scoren.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="33"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="57"/>
        <source>Session timeline: click to move the replay there</source>
        <translation>Tijdlijn van het gesprek: klik om het terugkijken daarheen te verplaatsen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="216"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="209"/>
        <source>Re-run with the current playbook</source>
        <translation>Opnieuw draaien met het huidige playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="211"/>
        <source>Play this session&apos;s lines through today&apos;s playbook and knowledge base</source>
        <translation>De regels van dit gesprek door het huidige playbook en de kennisbank halen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="215"/>
        <source>See what the copilot would suggest now, next to what it suggested then.</source>
        <translation>Zie wat de copilot nu zou voorstellen, naast wat hij toen voorstelde.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="218"/>
        <source>Only lines where the suggestions differ</source>
        <translation>Alleen regels waar de suggesties verschillen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Then</source>
        <translation>Toen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="246"/>
        <source>No engine is available to re-run with.</source>
        <translation>Er is geen engine om opnieuw mee te draaien.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="255"/>
        <source>Re-running…</source>
        <translation>Opnieuw draaien…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="276"/>
        <source>{changed} of {total} lines would get other suggestions: {new} entries new, {gone} no longer suggested.</source>
        <translation>{changed} van {total} regels zouden andere suggesties krijgen: {new} items nieuw, {gone} niet meer voorgesteld.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="286"/>
        <source>Re-run stopped.</source>
        <translation>Opnieuw draaien gestopt.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="287"/>
        <source>Re-run failed: {problem}</source>
        <translation>Opnieuw draaien mislukt: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="297"/>
        <source>(start of the call)</source>
        <translation>(begin van het gesprek)</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../copilot/engines/generative.py" line="431"/>
        <source>Drafted by AI from the conversation</source>
        <translation>Door AI opgesteld uit het gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="115"/>
        <source>Matches {words} ({percent}% confidence)</source>
        <translation>Past bij {words} ({percent}% zeker)</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="116"/>
        <source>{percent}% confidence</source>
        <translation>{percent}% zeker</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="223"/>
        <source>The customer&apos;s mood turned from calm to upset within one turn</source>
        <translation>De stemming van de klant sloeg binnen één beurt om van rustig naar ontstemd</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="224"/>
        <source>The customer&apos;s mood turned from calm to upset within {n} turns</source>
        <translation>De stemming van de klant sloeg binnen {n} beurten om van rustig naar ontstemd</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="260"/>
        <source>Start of the conversation; policy &apos;{policy}&apos; asks for it</source>
        <translation>Begin van het gesprek; beleid &apos;{policy}&apos; vraagt erom</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="262"/>
        <source>Start of the conversation</source>
        <translation>Begin van het gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="263"/>
        <source>Customer said {words}</source>
        <translation>Klant zei {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="263"/>
        <source>You said {words}</source>
        <translation>Jij zei {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="264"/>
        <source>Heard {words}</source>
        <translation>Gehoord: {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="268"/>
        <source>; customer {conditions}</source>
        <translation>; klant: {conditions}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>{name} is {values}</source>
        <translation>{name} is {values}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>has {what}</source>
        <translation>heeft {what}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>has no {what}</source>
        <translation>heeft geen {what}</translation>
    </message>
</context>
<context>
    <name>WrapupCard</name>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="33"/>
        <source>calm or pleased</source>
        <translation>rustig of tevreden</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>upset</source>
        <translation>ontstemd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="48"/>
        <source>Wrap-up</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="57"/>
        <source>Wrap-up note</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="66"/>
        <source>Approve and copy  Ctrl+Enter</source>
        <translation>Goedkeuren en kopiëren  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="68"/>
        <source>Copy the note for the CRM and record it as this call&apos;s wrap-up</source>
        <translation>De notitie kopiëren voor het CRM en vastleggen als samenvatting van dit gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="111"/>
        <source>AI draft</source>
        <translation>AI-concept</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="111"/>
        <source>Drafted on this computer</source>
        <translation>Opgesteld op deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="113"/>
        <source>Written by the configured language model from the redacted transcript; check it before you approve</source>
        <translation>Geschreven door het ingestelde taalmodel op basis van het afgeschermde transcript; controleer het voordat je goedkeurt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="115"/>
        <source>Taken from the call&apos;s own words by the local engine; nothing left this computer</source>
        <translation>Door de lokale engine uit de woorden van het gesprek gehaald; er ging niets van deze computer af</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="121"/>
        <source>Why: drafted from this call&apos;s transcript when it ended.</source>
        <translation>Waarom: opgesteld uit het transcript van dit gesprek toen het eindigde.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="123"/>
        <source>The AI draft was not used ({reason}).</source>
        <translation>Het AI-concept is niet gebruikt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="129"/>
        <source>Approved and copied</source>
        <translation>Goedgekeurd en gekopieerd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="162"/>
        <source>Disposition code {code}, chosen from the team&apos;s descriptions (confidence {percent}); untick it if it does not fit</source>
        <translation>Afsluitcode {code}, gekozen uit de omschrijvingen van het team (zekerheid {percent}); vink hem uit als hij niet past</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="181"/>
        <source>not clear</source>
        <translation>niet duidelijk</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="183"/>
        <source>Customer: {begin} at the start, {end} at the end</source>
        <translation>Klant: {begin} aan het begin, {end} aan het eind</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="185"/>
        <source>Customer: {mood} throughout</source>
        <translation>Klant: het hele gesprek {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="186"/>
        <source>AI-drafted text reached the customer</source>
        <translation>Door AI opgestelde tekst bereikte de klant</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="187"/>
        <source>No AI-drafted text reached the customer</source>
        <translation>Geen door AI opgestelde tekst bereikte de klant</translation>
    </message>
</context>
</TS>
