<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AiSettings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="56"/>
        <source>Ask a language model for drafts (shown as AI drafts)</source>
        <translation>Een taalmodel om concepten vragen (getoond als AI-concepten)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="58"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="60"/>
        <source>OpenAI or compatible (vLLM, Ollama, llama.cpp, LM Studio)</source>
        <translation>OpenAI of compatibel (vLLM, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="61"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="63"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="65"/>
        <source>Endpoint</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="67"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="69"/>
        <source>API version</source>
        <translation>API-versie</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="74"/>
        <source>Only endpoints on this computer</source>
        <translation>Alleen adressen op deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="80"/>
        <source>Store key</source>
        <translation>Sleutel bewaren</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="82"/>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="87"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="88"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="98"/>
        <source>deployment name</source>
        <translation>naam van de deployment</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="98"/>
        <source>e.g. gpt-4o-mini or llama3.1</source>
        <translation>bijv. gpt-4o-mini of llama3.1</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="112"/>
        <source>a key is stored in the keychain</source>
        <translation>er staat een sleutel in de sleutelhanger</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="113"/>
        <source>no key stored</source>
        <translation>geen sleutel opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="137"/>
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
        <location filename="../../copilot/panel/cards.py" line="366"/>
        <source>Suggestions appear here as the customer speaks.</source>
        <translation>Suggesties verschijnen hier terwijl de klant praat.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../copilot/cli/main.py" line="213"/>
        <source>{path}: no such file to follow (check the path, or start the tool that writes it first)</source>
        <translation>{path}: dit bestand bestaat niet (controleer het pad, of start eerst het programma dat het schrijft)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="275"/>
        <source>no key given; nothing stored</source>
        <translation>geen sleutel opgegeven; niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="278"/>
        <source>API key stored in the OS keychain</source>
        <translation>API-sleutel opgeslagen in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="281"/>
        <source>API key removed</source>
        <translation>API-sleutel verwijderd</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="282"/>
        <source>there was no API key</source>
        <translation>er was geen API-sleutel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="293"/>
        <source>{model} answered in {ms} ms: {answer}</source>
        <translation>{model} antwoordde in {ms} ms: {answer}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="311"/>
        <source>importing {done}/{total} files</source>
        <translation>{done}/{total} bestanden importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="317"/>
        <source>skipped {problem}</source>
        <translation>overgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="318"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {skipped} skipped; {articles} articles in {path}</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {removed} verwijderd, {unchanged} ongewijzigd, {skipped} overgeslagen; {articles} artikelen in {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="334"/>
        <source>no article matches</source>
        <translation>geen artikel gevonden</translation>
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
        <location filename="../../copilot/app.py" line="151"/>
        <source>Not recording this session: {problem}</source>
        <translation>Dit gesprek wordt niet vastgelegd: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="167"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="180"/>
        <source>Wrap-up codes: {problem}; using the bundled list</source>
        <translation>Afsluitcodes: {problem}; de meegeleverde lijst wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="206"/>
        <source>AI drafts off: {problem}</source>
        <translation>AI-concepten uit: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="231"/>
        <source>Customer context not loaded: {problem}</source>
        <translation>Klantgegevens niet geladen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="277"/>
        <location filename="../../copilot/app.py" line="314"/>
        <source>Local API off: {problem}</source>
        <translation>Lokale API uit: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="298"/>
        <source>{problem}; restarting it</source>
        <translation>{problem}; wordt opnieuw gestart</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="317"/>
        <source>The local API is back on {url}</source>
        <translation>De lokale API draait weer op {url}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="329"/>
        <source>Not recording: {problem}. What is said now is not kept.</source>
        <translation>Niet vastgelegd: {problem}. Wat nu gezegd wordt, wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="430"/>
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
        <location filename="../../copilot/engines/prompt.py" line="32"/>
        <source>AI unavailable, playbook only</source>
        <translation>AI niet beschikbaar, alleen het playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="175"/>
        <source>The wrap-up is empty: write a line or two before approving it.</source>
        <translation>De samenvatting is leeg: schrijf een of twee regels voordat je hem goedkeurt.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="219"/>
        <source>Customer details updated from the CRM</source>
        <translation>Klantgegevens bijgewerkt vanuit het CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="324"/>
        <source>Suggestions paused: {problem}</source>
        <translation>Suggesties gepauzeerd: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="327"/>
        <source>Suggestions paused: the playbook engine failed on that line. The details are in the log.</source>
        <translation>Suggesties gepauzeerd: het playbook liep vast op die regel. De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="386"/>
        <source>Nothing to insert: the text is empty. Esc keeps the card as it was.</source>
        <translation>Niets om in te voegen: de tekst is leeg. Esc laat de kaart zoals hij was.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="454"/>
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
    <name>HeldPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="147"/>
        <source>Held back, not shown to the agent</source>
        <translation>Tegengehouden, niet aan de agent getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="177"/>
        <source>None so far.</source>
        <translation>Nog geen.</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="45"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="46"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="47"/>
        <source>Who said the line (Ctrl+K switches)</source>
        <translation>Wie de regel zei (Ctrl+K wisselt)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="50"/>
        <source>Type or paste what was said, Enter to add</source>
        <translation>Typ of plak wat er gezegd is, Enter voegt toe</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="54"/>
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
    <name>KnowledgeImport</name>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="33"/>
        <source>Import knowledge articles</source>
        <translation>Kennisartikelen importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="40"/>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="72"/>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="57"/>
        <source>Importing articles… {done} of {total} files</source>
        <translation>Artikelen importeren… {done} van {total} bestanden</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="66"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {removed} verwijderd, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="69"/>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="71"/>
        <source>The import stopped: {problem}</source>
        <translation>Het importeren is gestopt: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="51"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="52"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="53"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="54"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="55"/>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="56"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="111"/>
        <source>Session library</source>
        <translation>Gesprekkenbibliotheek</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="116"/>
        <source>Search what was said (all words, any order)</source>
        <translation>Zoek in wat er gezegd is (alle woorden, elke volgorde)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="131"/>
        <source>Between</source>
        <translation>Tussen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="157"/>
        <source>Open replay</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="160"/>
        <source>Import session…</source>
        <translation>Gesprek importeren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="162"/>
        <source>Export session…</source>
        <translation>Gesprek exporteren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="164"/>
        <source>Redact personal data</source>
        <translation>Persoonsgegevens afschermen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="166"/>
        <source>Statistics…</source>
        <translation>Statistieken…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="204"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="227"/>
        <source>{shown} of {total} sessions</source>
        <translation>{shown} van {total} gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="229"/>
        <source>1 session</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="229"/>
        <source>{n} sessions</source>
        <translation>{n} gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>No session matches.</source>
        <translation>Geen gesprek gevonden.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>No sessions recorded yet.</source>
        <translation>Nog geen gesprekken vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="246"/>
        <source>Could not read the session library: {problem}</source>
        <translation>De gesprekkenbibliotheek kon niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="258"/>
        <source>Choose a session first.</source>
        <translation>Kies eerst een gesprek.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="265"/>
        <source>Choose a session to export first.</source>
        <translation>Kies eerst een gesprek om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="268"/>
        <source>Export session</source>
        <translation>Gesprek exporteren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="270"/>
        <source>Copilot sessions (*.copilot-session)</source>
        <translation>Copilot-gesprekken (*.copilot-session)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="274"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="277"/>
        <source>Exported to {path} with personal data redacted.</source>
        <translation>Geëxporteerd naar {path}, persoonsgegevens afgeschermd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="278"/>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="283"/>
        <source>Import session</source>
        <translation>Gesprek importeren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="284"/>
        <source>Copilot sessions (*.copilot-session);;All files (*)</source>
        <translation>Copilot-gesprekken (*.copilot-session);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="288"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="293"/>
        <source>Session {id}: {status} ({lines} lines, {cards} cards).</source>
        <translation>Gesprek {id}: {status} ({lines} regels, {cards} kaarten).</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="26"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="27"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="28"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="29"/>
        <source>Escalations</source>
        <translation>Escalaties</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="30"/>
        <source>Silence</source>
        <translation>Stilte</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="31"/>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="51"/>
        <source>upset</source>
        <translation>boos</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="51"/>
        <source>pleased</source>
        <translation>tevreden</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="53"/>
        <source>worsening</source>
        <translation>verslechtert</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="54"/>
        <source>improving</source>
        <translation>verbetert</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="111"/>
        <source>(unknown agent)</source>
        <translation>(onbekende medewerker)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="113"/>
        <source>{agent} (ended)</source>
        <translation>{agent} (beëindigd)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="121"/>
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
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="54"/>
        <source>Write a note for this moment, then press Enter</source>
        <translation>Schrijf een notitie bij dit moment en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="57"/>
        <source>tags, comma separated (empathy, upsell)</source>
        <translation>labels, gescheiden door komma&apos;s (empathie, upsell)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="59"/>
        <source>Pin at 0:00</source>
        <translation>Vastzetten op 0:00</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="62"/>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="83"/>
        <source>Pin at {time}</source>
        <translation>Vastzetten op {time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="96"/>
        <source>Write the note first.</source>
        <translation>Schrijf eerst de notitie.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="103"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="113"/>
        <source>Note pinned at {time}.</source>
        <translation>Notitie vastgezet op {time}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="128"/>
        <source>Note deleted.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="131"/>
        <source>Could not save the note: {problem}</source>
        <translation>De notitie kon niet worden opgeslagen: {problem}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../copilot/panel/notices.py" line="54"/>
        <source> (+{n} more)</source>
        <translation> (+{n} meer)</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <location filename="../../copilot/panel/controller.py" line="117"/>
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
        <location filename="../../copilot/panel/controller.py" line="330"/>
        <source>Wrap-up copied: paste it into the CRM with Ctrl+V</source>
        <translation>Samenvatting gekopieerd: plak hem in het CRM met Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="348"/>
        <source>Edited text copied: paste it into the CRM with Ctrl+V</source>
        <translation>Bewerkte tekst gekopieerd: plak hem in het CRM met Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="350"/>
        <source>Copied: paste it into the CRM with Ctrl+V</source>
        <translation>Gekopieerd: plak het in het CRM met Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="375"/>
        <source>Card {n} was out of sight; here it is. Press again to insert it.</source>
        <translation>Kaart {n} was niet in beeld; hier is hij. Druk nogmaals om hem in te voegen.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="376"/>
        <source>Card {n} was out of sight; here it is. Press again to discard it.</source>
        <translation>Kaart {n} was niet in beeld; hier is hij. Druk nogmaals om hem te negeren.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="377"/>
        <source>Card {n} was out of sight; here it is. Press again to edit it.</source>
        <translation>Kaart {n} was niet in beeld; hier is hij. Druk nogmaals om hem te bewerken.</translation>
    </message>
</context>
<context>
    <name>PanelWindow</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="99"/>
        <location filename="../../copilot/panel/window.py" line="105"/>
        <source>Agent Copilot</source>
        <translation>Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="107"/>
        <source>The customer&apos;s language; suggestions follow it</source>
        <translation>De taal van de klant; de suggesties volgen die</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="112"/>
        <source>Pin</source>
        <translation>Vast</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="115"/>
        <source>Keep the panel above other windows</source>
        <translation>Paneel boven andere vensters houden</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="119"/>
        <source>Clip</source>
        <translation>Klembord</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="121"/>
        <source>Listen to the clipboard: text you copy elsewhere becomes a customer line</source>
        <translation>Het klembord volgen: tekst die je elders kopieert wordt een klantregel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="126"/>
        <source>Settings, the session library and statistics</source>
        <translation>Instellingen, de gesprekkenbibliotheek en statistieken</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="130"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="132"/>
        <source>Session library…</source>
        <translation>Gesprekkenbibliotheek…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="133"/>
        <source>Statistics…</source>
        <translation>Statistieken…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="152"/>
        <source>SUGGESTIONS</source>
        <translation>SUGGESTIES</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="179"/>
        <source>Sent to AI</source>
        <translation>Naar AI gestuurd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="180"/>
        <source>Show exactly what the last AI request sent (personal data replaced)</source>
        <translation>Precies tonen wat het laatste AI-verzoek verstuurde (persoonsgegevens vervangen)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="212"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="214"/>
        <source>Suggestions come from the playbook “{name}”, on this computer</source>
        <translation>Suggesties komen uit het playbook ‘{name}’, op deze computer</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../copilot/config/policy.py" line="76"/>
        <source>This setting is managed by your organisation: it is held at its safest value because the policy file {path} has a problem.</source>
        <translation>Deze instelling wordt door je organisatie beheerd: ze staat op de veiligste waarde omdat het beleidsbestand {path} een probleem heeft.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="78"/>
        <source>This setting is managed by your organisation (policy file {path}).</source>
        <translation>Deze instelling wordt door je organisatie beheerd (beleidsbestand {path}).</translation>
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
        <location filename="../../copilot/coaching/report.py" line="247"/>
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
        <location filename="../../copilot/coaching/report.py" line="207"/>
        <source>(suggested)</source>
        <translation>(voorgesteld)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="210"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="210"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="222"/>
        <source>Trainer’s notes</source>
        <translation>Notities van de trainer</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="241"/>
        <source>Transcript and decisions</source>
        <translation>Transcript en beslissingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="247"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="254"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="263"/>
        <source>AI draft</source>
        <translation>AI-concept</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="36"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="37"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="58"/>
        <source>Confirm scorecard</source>
        <translation>Scorekaart bevestigen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="61"/>
        <source>Edit template…</source>
        <translation>Sjabloon bewerken…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="62"/>
        <source>Team leads: change the criteria every scorecard uses</source>
        <translation>Teamleiders: wijzig de criteria die elke scorekaart gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="93"/>
        <source>{problem} Using the default scorecard.</source>
        <translation>{problem} De standaardscorekaart wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="123"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="124"/>
        <source>suggested, confirmed</source>
        <translation>voorgesteld, bevestigd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="126"/>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="152"/>
        <source>Score {score} over {answered} of {total} criteria</source>
        <translation>Score {score} over {answered} van {total} criteria</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="154"/>
        <source>Nothing scored yet</source>
        <translation>Nog niets gescoord</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="160"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="163"/>
        <source>Could not save the scorecard: {problem}</source>
        <translation>De scorekaart kon niet worden opgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="169"/>
        <source>Scorecard saved.</source>
        <translation>Scorekaart opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="178"/>
        <source>Template saved to {path}; new scorecards use it.</source>
        <translation>Sjabloon opgeslagen in {path}; nieuwe scorekaarten gebruiken het.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="46"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Accepted</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="89"/>
        <source>Session {id}</source>
        <translation>Gesprek {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="90"/>
        <source> (CRM id {id})</source>
        <translation> (CRM-id {id})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="43"/>
        <source>managed by your organisation</source>
        <translation>beheerd door je organisatie</translation>
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
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="163"/>
        <source>Not saved: {folder} cannot be written ({problem}). Ask IT for a writable settings folder.</source>
        <translation>Niet opgeslagen: in {folder} kan niet worden geschreven ({problem}). Vraag IT om een schrijfbare map voor instellingen.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="34"/>
        <source>AI draft</source>
        <translation>AI-concept</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="84"/>
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
        <location filename="../../copilot/coaching/qt/stats_view.py" line="50"/>
        <source>Time to insert</source>
        <translation>Tijd tot invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="51"/>
        <source>Time to edit and insert</source>
        <translation>Tijd tot bewerken en invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="52"/>
        <source>Time to discard</source>
        <translation>Tijd tot negeren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="53"/>
        <source>Time before expiring</source>
        <translation>Tijd tot verlopen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="67"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="68"/>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="74"/>
        <source>{part} of {whole} ({share})</source>
        <translation>{part} van {whole} ({share})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="83"/>
        <source>median {median} · {high} {value}</source>
        <translation>mediaan {median} · {high} {value}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="85"/>
        <source>median {median} · {high} {value} characters</source>
        <translation>mediaan {median} · {high} {value} tekens</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="99"/>
        <source>Sessions</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="100"/>
        <source>Cards shown</source>
        <translation>Getoonde kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="101"/>
        <source>Every card that appeared on an agent&apos;s panel</source>
        <translation>Elke kaart die op het paneel van een agent verscheen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="102"/>
        <source>Cards used</source>
        <translation>Gebruikte kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="103"/>
        <source>Inserted or edited, out of every decided card, expired included</source>
        <translation>Ingevoegd of bewerkt, van alle kaarten met een beslissing, verlopen inbegrepen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="104"/>
        <source>Inserted · edited · discarded · expired</source>
        <translation>Ingevoegd · bewerkt · genegeerd · verlopen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="107"/>
        <source>Objections handled</source>
        <translation>Bezwaren behandeld</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="108"/>
        <source>Objection cards the agent used, out of those shown</source>
        <translation>Bezwaarkaarten die de agent gebruikte, van de getoonde</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="109"/>
        <source>Edits to a card</source>
        <translation>Wijzigingen aan een kaart</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="110"/>
        <source>Characters changed in the {count} edited cards before they were used</source>
        <translation>Gewijzigde tekens in de {count} bewerkte kaarten voordat ze werden gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="115"/>
        <source>From the card appearing to the agent&apos;s decision ({count} cards): median and 90th percentile</source>
        <translation>Van het verschijnen van de kaart tot de beslissing van de agent ({count} kaarten): mediaan en 90e percentiel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="121"/>
        <source>Suggestion ready</source>
        <translation>Suggestie klaar</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="122"/>
        <source>From the customer&apos;s words to the suggestion ({count} cards)</source>
        <translation>Van de woorden van de klant tot de suggestie ({count} kaarten)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="124"/>
        <source>Card on screen</source>
        <translation>Kaart op het scherm</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="125"/>
        <source>From the customer&apos;s words to the card drawn on the panel ({count} cards)</source>
        <translation>Van de woorden van de klant tot de kaart op het paneel ({count} kaarten)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="128"/>
        <source>Wrap-ups approved</source>
        <translation>Goedgekeurde afrondingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="129"/>
        <source>Calls whose drafted wrap-up the agent approved ({count} drafts written by AI)</source>
        <translation>Gesprekken waarvan de agent de voorgestelde afronding goedkeurde ({count} concepten door AI geschreven)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="132"/>
        <source>After-call work</source>
        <translation>Nawerk</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="133"/>
        <source>From the end of the call to the approved wrap-up: median and 90th percentile</source>
        <translation>Van het einde van het gesprek tot de goedgekeurde afronding: mediaan en 90e percentiel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="134"/>
        <source>Edits to a wrap-up</source>
        <translation>Wijzigingen aan een afronding</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="135"/>
        <source>Characters changed in the {count} approved wrap-ups</source>
        <translation>Gewijzigde tekens in de {count} goedgekeurde afrondingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="137"/>
        <source>Disposition codes</source>
        <translation>Afhandelcodes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="140"/>
        <source>Entries shown, never used</source>
        <translation>Getoond, nooit gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="144"/>
        <source>Playbook entries never shown</source>
        <translation>Playbookregels nooit getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="145"/>
        <source>{count} of {total}</source>
        <translation>{count} van {total}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="48"/>
        <source>Knowledge gaps: customer questions no article answered</source>
        <translation>Kennishiaten: klantvragen waarop geen artikel antwoord gaf</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="49"/>
        <source>Experiments: cards used per wording, with 95% intervals</source>
        <translation>Experimenten: gebruikte kaarten per formulering, met 95%-intervallen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="160"/>
        <source>Coaching statistics</source>
        <translation>Coachingsstatistieken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="173"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="175"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="184"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="190"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="190"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="196"/>
        <source>Cards used, by kind</source>
        <translation>Gebruikte kaarten, per soort</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="197"/>
        <source>Cards used, by entry (the {n} shown most)</source>
        <translation>Gebruikte kaarten, per item (de {n} meest getoonde)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="199"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="199"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>Example questions</source>
        <translation>Voorbeeldvragen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Last asked</source>
        <translation>Laatst gevraagd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>A used</source>
        <translation>A gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>B used</source>
        <translation>B gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>B against A</source>
        <translation>B tegenover A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="250"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="277"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="279"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="298"/>
        <source>1 session</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="299"/>
        <source>{n} sessions</source>
        <translation>{n} gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="325"/>
        <source>Cannot show statistics. {problem}</source>
        <translation>Statistieken kunnen niet worden getoond. {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="327"/>
        <source>Cannot show statistics: something unexpected went wrong. The details are in the log.</source>
        <translation>Statistieken kunnen niet worden getoond: er ging onverwacht iets mis. De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="337"/>
        <source>Knowledge gaps: none in this period</source>
        <translation>Kennishiaten: geen in deze periode</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="351"/>
        <source>Knowledge gaps: cannot be read</source>
        <translation>Kennishiaten: kunnen niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="393"/>
        <source>Export statistics</source>
        <translation>Statistieken exporteren</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="402"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="173"/>
        <location filename="../../copilot/panel/cards.py" line="313"/>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="176"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="178"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="181"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="182"/>
        <source>Read the whole article this answer comes from</source>
        <translation>Lees het hele artikel waar dit antwoord uit komt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="185"/>
        <source>Discard</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="230"/>
        <source>Suggestion {number}: {kind}</source>
        <translation>Suggestie {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="237"/>
        <source>Drafted by AI: check it before use</source>
        <translation>Opgesteld door AI: controleer het voor gebruik</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="239"/>
        <source>Sent by a supervisor following this call</source>
        <translation>Gestuurd door een supervisor die dit gesprek volgt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="241"/>
        <source>From your team&apos;s playbook</source>
        <translation>Uit het playbook van je team</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="242"/>
        <source>Why: {reason}</source>
        <translation>Waarom: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="269"/>
        <source>Copy to the clipboard for the CRM (Ctrl+{n})</source>
        <translation>Naar het klembord kopiëren voor het CRM (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="270"/>
        <source>Change the text, then insert (Alt+{n})</source>
        <translation>Tekst aanpassen en dan invoegen (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="272"/>
        <source>Dismiss this card (Ctrl+Shift+{n}); the arrow gives a reason</source>
        <translation>Deze kaart negeren (Ctrl+Shift+{n}); via het pijltje geef je een reden</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="299"/>
        <source>Insert edited</source>
        <translation>Bewerkte invoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="300"/>
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
        <location filename="../../copilot/supervise/qt/window.py" line="81"/>
        <location filename="../../copilot/supervise/qt/window.py" line="176"/>
        <source>Choose a call to follow it</source>
        <translation>Kies een gesprek om het te volgen</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="86"/>
        <source>A note for the agent: it shows on their panel as a card</source>
        <translation>Een notitie voor de medewerker: die verschijnt als kaart in het paneel</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="88"/>
        <source>Send note</source>
        <translation>Notitie sturen</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="129"/>
        <source>Not connected: {problem}</source>
        <translation>Niet verbonden: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="131"/>
        <source>No live calls in your teams right now</source>
        <translation>Nu geen lopende gesprekken in je teams</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="134"/>
        <source>1 live call</source>
        <translation>1 lopend gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="135"/>
        <source>{n} live calls</source>
        <translation>{n} lopende gesprekken</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="143"/>
        <source>{agent}: {alert}</source>
        <translation>{agent}: {alert}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="178"/>
        <source>{agent} · {duration} · {mood}</source>
        <translation>{agent} · {duration} · {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="191"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="191"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="192"/>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>shown</source>
        <translation>getoond</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>used</source>
        <translation>gebruikt</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>used, edited</source>
        <translation>gebruikt, aangepast</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>discarded</source>
        <translation>weggelegd</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>left unanswered</source>
        <translation>niet opgepakt</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="196"/>
        <source>Card {kind} “{title}”: {state}</source>
        <translation>Kaart {kind} “{title}”: {state}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="200"/>
        <source>Your note: {text}</source>
        <translation>Jouw notitie: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="227"/>
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
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="185"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="185"/>
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="186"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="186"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="187"/>
        <source>Pre-filled by</source>
        <translation>Vooraf ingevuld door</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Scorecard template</source>
        <translation>Sjabloon voor scorekaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="201"/>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="203"/>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="216"/>
        <source>Rules that can pre-fill a criterion: {rules}. Leave empty to score by hand.</source>
        <translation>Regels die een criterium vooraf kunnen invullen: {rules}. Laat leeg om met de hand te scoren.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="30"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="30"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="56"/>
        <source>Session timeline: click to move the replay there</source>
        <translation>Tijdlijn van het gesprek: klik om het terugkijken daarheen te verplaatsen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="215"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="208"/>
        <source>Re-run with the current playbook</source>
        <translation>Opnieuw draaien met het huidige playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="210"/>
        <source>Play this session&apos;s lines through today&apos;s playbook and knowledge base</source>
        <translation>De regels van dit gesprek door het huidige playbook en de kennisbank halen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="214"/>
        <source>See what the copilot would suggest now, next to what it suggested then.</source>
        <translation>Zie wat de copilot nu zou voorstellen, naast wat hij toen voorstelde.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="217"/>
        <source>Only lines where the suggestions differ</source>
        <translation>Alleen regels waar de suggesties verschillen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Then</source>
        <translation>Toen</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="245"/>
        <source>No engine is available to re-run with.</source>
        <translation>Er is geen engine om opnieuw mee te draaien.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="254"/>
        <source>Re-running…</source>
        <translation>Opnieuw draaien…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="275"/>
        <source>{changed} of {total} lines would get other suggestions: {new} entries new, {gone} no longer suggested.</source>
        <translation>{changed} van {total} regels zouden andere suggesties krijgen: {new} items nieuw, {gone} niet meer voorgesteld.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="285"/>
        <source>Re-run stopped.</source>
        <translation>Opnieuw draaien gestopt.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="286"/>
        <source>Re-run failed: {problem}</source>
        <translation>Opnieuw draaien mislukt: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="296"/>
        <source>(start of the call)</source>
        <translation>(begin van het gesprek)</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../copilot/engines/generative.py" line="369"/>
        <source>Drafted by AI from the conversation</source>
        <translation>Door AI opgesteld uit het gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="105"/>
        <source>Matches {words} ({percent}% confidence)</source>
        <translation>Past bij {words} ({percent}% zeker)</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="106"/>
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
        <location filename="../../copilot/playbook/engine.py" line="249"/>
        <source>Start of the conversation; policy &apos;{policy}&apos; asks for it</source>
        <translation>Begin van het gesprek; beleid &apos;{policy}&apos; vraagt erom</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="251"/>
        <source>Start of the conversation</source>
        <translation>Begin van het gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="252"/>
        <source>Customer said {words}</source>
        <translation>Klant zei {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="252"/>
        <source>You said {words}</source>
        <translation>Jij zei {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="253"/>
        <source>Heard {words}</source>
        <translation>Gehoord: {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="257"/>
        <source>; customer {conditions}</source>
        <translation>; klant: {conditions}</translation>
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
        <location filename="../../copilot/panel/wrapup_card.py" line="65"/>
        <source>Approve and copy  Ctrl+Enter</source>
        <translation>Goedkeuren en kopiëren  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="67"/>
        <source>Copy the note for the CRM and record it as this call&apos;s wrap-up</source>
        <translation>De notitie kopiëren voor het CRM en vastleggen als samenvatting van dit gesprek</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="110"/>
        <source>AI draft</source>
        <translation>AI-concept</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="110"/>
        <source>Drafted on this computer</source>
        <translation>Opgesteld op deze computer</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="112"/>
        <source>Written by the configured language model from the redacted transcript; check it before you approve</source>
        <translation>Geschreven door het ingestelde taalmodel op basis van het afgeschermde transcript; controleer het voordat je goedkeurt</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="114"/>
        <source>Taken from the call&apos;s own words by the local engine; nothing left this computer</source>
        <translation>Door de lokale engine uit de woorden van het gesprek gehaald; er ging niets van deze computer af</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="120"/>
        <source>Why: drafted from this call&apos;s transcript when it ended.</source>
        <translation>Waarom: opgesteld uit het transcript van dit gesprek toen het eindigde.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="122"/>
        <source>The AI draft was not used ({reason}).</source>
        <translation>Het AI-concept is niet gebruikt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="128"/>
        <source>Approved and copied</source>
        <translation>Goedgekeurd en gekopieerd</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="161"/>
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
