<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AiSettings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="56"/>
        <source>Ask a language model for drafts (shown as AI drafts)</source>
        <translation>Demander des brouillons à un modèle de langage (affichés comme brouillons IA)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="58"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="60"/>
        <source>OpenAI or compatible (vLLM, Ollama, llama.cpp, LM Studio)</source>
        <translation>OpenAI ou compatible (vLLM, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="61"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="63"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="65"/>
        <source>Endpoint</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="67"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="69"/>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="74"/>
        <source>Only endpoints on this computer</source>
        <translation>Uniquement des adresses sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="80"/>
        <source>Store key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="82"/>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="87"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="88"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="98"/>
        <source>deployment name</source>
        <translation>nom du déploiement</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="98"/>
        <source>e.g. gpt-4o-mini or llama3.1</source>
        <translation>p. ex. gpt-4o-mini ou llama3.1</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="112"/>
        <source>a key is stored in the keychain</source>
        <translation>une clé est enregistrée dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="113"/>
        <source>no key stored</source>
        <translation>aucune clé enregistrée</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="137"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="17"/>
        <source>Sent to AI</source>
        <translation>Envoyé à l&apos;IA</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="24"/>
        <source>Nothing has been sent to the AI in this conversation yet.</source>
        <translation>Rien n&apos;a encore été envoyé à l&apos;IA dans cette conversation.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="28"/>
        <source>Show as JSON</source>
        <translation>Afficher en JSON</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="366"/>
        <source>Suggestions appear here as the customer speaks.</source>
        <translation>Les suggestions apparaissent ici pendant que le client parle.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../copilot/cli/main.py" line="213"/>
        <source>{path}: no such file to follow (check the path, or start the tool that writes it first)</source>
        <translation>{path}&#xa0;: aucun fichier à suivre (vérifiez le chemin, ou lancez d&apos;abord l&apos;outil qui l&apos;écrit)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="275"/>
        <source>no key given; nothing stored</source>
        <translation>aucune clé fournie&#xa0;; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="278"/>
        <source>API key stored in the OS keychain</source>
        <translation>Clé d&apos;API enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="281"/>
        <source>API key removed</source>
        <translation>Clé d&apos;API supprimée</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="282"/>
        <source>there was no API key</source>
        <translation>il n&apos;y avait pas de clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="293"/>
        <source>{model} answered in {ms} ms: {answer}</source>
        <translation>{model} a répondu en {ms} ms&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="311"/>
        <source>importing {done}/{total} files</source>
        <translation>import de {done}/{total} fichiers</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="317"/>
        <source>skipped {problem}</source>
        <translation>ignoré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="318"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {skipped} skipped; {articles} articles in {path}</source>
        <translation>{added} ajoutés, {updated} mis à jour, {removed} supprimés, {unchanged} inchangés, {skipped} ignorés&#xa0;; {articles} articles dans {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="334"/>
        <source>no article matches</source>
        <translation>aucun article ne correspond</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="20"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="21"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="30"/>
        <source>The conversation appears here.</source>
        <translation>La conversation apparaît ici.</translation>
    </message>
</context>
<context>
    <name>CopilotApp</name>
    <message>
        <location filename="../../copilot/app.py" line="151"/>
        <source>Not recording this session: {problem}</source>
        <translation>Cette session n&apos;est pas enregistrée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="167"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="180"/>
        <source>Wrap-up codes: {problem}; using the bundled list</source>
        <translation>Codes de clôture&#xa0;: {problem}&#xa0;; la liste fournie est utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="206"/>
        <source>AI drafts off: {problem}</source>
        <translation>Brouillons IA désactivés&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="231"/>
        <source>Customer context not loaded: {problem}</source>
        <translation>Contexte client non chargé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="277"/>
        <location filename="../../copilot/app.py" line="314"/>
        <source>Local API off: {problem}</source>
        <translation>API locale désactivée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="298"/>
        <source>{problem}; restarting it</source>
        <translation>{problem}&#xa0;; redémarrage en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="317"/>
        <source>The local API is back on {url}</source>
        <translation>L&apos;API locale fonctionne de nouveau sur {url}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="329"/>
        <source>Not recording: {problem}. What is said now is not kept.</source>
        <translation>Pas d&apos;enregistrement&#xa0;: {problem}. Ce qui est dit maintenant n&apos;est pas conservé.</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="430"/>
        <source>Demo: {title}</source>
        <translation>Démo&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../copilot/shell/crash.py" line="62"/>
        <source>It happened {n} times; the details are of the first.</source>
        <translation>C&apos;est arrivé {n} fois&#xa0;; les détails concernent la première.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="66"/>
        <source>Something went wrong inside Agent Copilot. Your session is kept and the panel keeps running. The details below help us fix it; they contain no customer data.</source>
        <translation>Un problème est survenu dans Agent Copilot. Votre session est conservée et le panneau continue de fonctionner. Les détails ci-dessous nous aident à corriger l&apos;erreur&#xa0;; ils ne contiennent aucune donnée client.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="74"/>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="78"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="95"/>
        <source>Agent Copilot stopped unexpectedly last time; the report is in {folder}.</source>
        <translation>Agent Copilot s&apos;est arrêté de façon inattendue la dernière fois&#xa0;; le rapport se trouve dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="99"/>
        <source>Agent Copilot stopped unexpectedly last time. The report below contains no customer data; copy it for your IT team if the problem comes back.</source>
        <translation>Agent Copilot s&apos;est arrêté de façon inattendue la dernière fois. Le rapport ci-dessous ne contient aucune donnée client&#xa0;; copiez-le pour votre équipe informatique si le problème revient.</translation>
    </message>
</context>
<context>
    <name>CrmBridge</name>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="42"/>
        <source>Pasting into the CRM is off: {reason}. Insert copies to the clipboard; paste with Ctrl+V.</source>
        <translation>Le collage dans le CRM est désactivé&#xa0;: {reason}. Insérer copie dans le presse-papiers&#xa0;; collez avec Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="47"/>
        <source>Global hotkeys are off: {reason}.</source>
        <translation>Les raccourcis globaux sont désactivés&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="63"/>
        <source>Pasted into the CRM</source>
        <translation>Collé dans le CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="64"/>
        <source>Copied: paste it into the CRM with Ctrl+V (no window to paste into)</source>
        <translation>Copié&#xa0;: collez-le dans le CRM avec Ctrl+V (aucune fenêtre où coller)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="69"/>
        <source>Copied: paste it into the CRM with Ctrl+V (pasting failed)</source>
        <translation>Copié&#xa0;: collez-le dans le CRM avec Ctrl+V (le collage a échoué)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="32"/>
        <source>AI unavailable, playbook only</source>
        <translation>IA indisponible, playbook seul</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="175"/>
        <source>The wrap-up is empty: write a line or two before approving it.</source>
        <translation>Le résumé est vide&#xa0;: écrivez une ligne ou deux avant de l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="219"/>
        <source>Customer details updated from the CRM</source>
        <translation>Données client mises à jour depuis le CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="324"/>
        <source>Suggestions paused: {problem}</source>
        <translation>Suggestions en pause&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="327"/>
        <source>Suggestions paused: the playbook engine failed on that line. The details are in the log.</source>
        <translation>Suggestions en pause&#xa0;: le playbook a échoué sur cette ligne. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="386"/>
        <source>Nothing to insert: the text is empty. Esc keeps the card as it was.</source>
        <translation>Rien à insérer&#xa0;: le texte est vide. Échap laisse la carte telle quelle.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="454"/>
        <source>{name} sent a note on another call: {label}</source>
        <translation>{name} a envoyé une note sur un autre appel : {label}</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <location filename="../../copilot/model.py" line="66"/>
        <source>Wrong</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="67"/>
        <source>Not relevant</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="68"/>
        <source>Wrong tone</source>
        <translation>Ton inadapté</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="69"/>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
</context>
<context>
    <name>HeldPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="147"/>
        <source>Held back, not shown to the agent</source>
        <translation>Retenu, non montré à l&apos;agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="177"/>
        <source>None so far.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="45"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="46"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="47"/>
        <source>Who said the line (Ctrl+K switches)</source>
        <translation>Qui a dit la phrase (Ctrl+K pour changer)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="50"/>
        <source>Type or paste what was said, Enter to add</source>
        <translation>Tapez ou collez ce qui a été dit, Entrée pour ajouter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="54"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../copilot/config/keychain.py" line="135"/>
        <source>This computer has no keychain, so the token is kept in {path}, which only you can read.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: le jeton est conservé dans {path}, que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="137"/>
        <source>This computer has no keychain to keep the token, and your organisation does not allow a file.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour conserver le jeton, et votre organisation n&apos;autorise pas de fichier.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="139"/>
        <source>The token is kept in this computer&apos;s keychain.</source>
        <translation>Le jeton est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../copilot/model.py" line="40"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="41"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="42"/>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="43"/>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="44"/>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="45"/>
        <source>Upsell</source>
        <translation>Vente additionnelle</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="46"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="33"/>
        <source>Import knowledge articles</source>
        <translation>Importer des articles de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="40"/>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="72"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="57"/>
        <source>Importing articles… {done} of {total} files</source>
        <translation>Import des articles… {done} fichiers sur {total}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="66"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>{added} ajoutés, {updated} mis à jour, {removed} supprimés, {unchanged} inchangés.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="69"/>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="71"/>
        <source>The import stopped: {problem}</source>
        <translation>L&apos;import s&apos;est arrêté&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="51"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="52"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="53"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="54"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="55"/>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="56"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="111"/>
        <source>Session library</source>
        <translation>Bibliothèque des sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="116"/>
        <source>Search what was said (all words, any order)</source>
        <translation>Rechercher dans ce qui a été dit (tous les mots, dans n&apos;importe quel ordre)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="131"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="157"/>
        <source>Open replay</source>
        <translation>Ouvrir la relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="160"/>
        <source>Import session…</source>
        <translation>Importer une session…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="162"/>
        <source>Export session…</source>
        <translation>Exporter la session…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="164"/>
        <source>Redact personal data</source>
        <translation>Masquer les données personnelles</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="166"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="204"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="227"/>
        <source>{shown} of {total} sessions</source>
        <translation>{shown} sessions sur {total}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="229"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="229"/>
        <source>{n} sessions</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>No session matches.</source>
        <translation>Aucune session ne correspond.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>No sessions recorded yet.</source>
        <translation>Aucune session enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="246"/>
        <source>Could not read the session library: {problem}</source>
        <translation>Impossible de lire la bibliothèque des sessions&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="258"/>
        <source>Choose a session first.</source>
        <translation>Choisissez d&apos;abord une session.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="265"/>
        <source>Choose a session to export first.</source>
        <translation>Choisissez d&apos;abord une session à exporter.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="268"/>
        <source>Export session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="270"/>
        <source>Copilot sessions (*.copilot-session)</source>
        <translation>Sessions Copilot (*.copilot-session)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="274"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="277"/>
        <source>Exported to {path} with personal data redacted.</source>
        <translation>Exporté vers {path}, données personnelles masquées.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="278"/>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="283"/>
        <source>Import session</source>
        <translation>Importer une session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="284"/>
        <source>Copilot sessions (*.copilot-session);;All files (*)</source>
        <translation>Sessions Copilot (*.copilot-session);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="288"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="293"/>
        <source>Session {id}: {status} ({lines} lines, {cards} cards).</source>
        <translation>Session {id}&#xa0;: {status} ({lines} lignes, {cards} cartes).</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="26"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="27"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="28"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="29"/>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="30"/>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="31"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="51"/>
        <source>upset</source>
        <translation>mécontent</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="51"/>
        <source>pleased</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="53"/>
        <source>worsening</source>
        <translation>se dégrade</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="54"/>
        <source>improving</source>
        <translation>s'améliore</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="111"/>
        <source>(unknown agent)</source>
        <translation>(conseiller inconnu)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="113"/>
        <source>{agent} (ended)</source>
        <translation>{agent} (terminé)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="121"/>
        <source>{handled} of {raised} handled</source>
        <translation>{handled} sur {raised} traitées</translation>
    </message>
</context>
<context>
    <name>MoodIndicator</name>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="16"/>
        <source>The customer&apos;s mood, estimated from the words they use. An estimate, not a verdict: it shows only when their recent lines agree, and says nothing otherwise.</source>
        <translation>L&apos;humeur du client, estimée d&apos;après ses mots. Une estimation, pas un verdict&#xa0;: elle ne s&apos;affiche que si ses dernières phrases concordent, sinon rien.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="19"/>
        <source>getting worse over the last lines</source>
        <translation>en baisse sur les dernières phrases</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="20"/>
        <source>getting better over the last lines</source>
        <translation>en hausse sur les dernières phrases</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="21"/>
        <source>steady over the last lines</source>
        <translation>stable sur les dernières phrases</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="24"/>
        <source>upset</source>
        <translation>contrarié</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="25"/>
        <source>pleased</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="26"/>
        <source>worsening</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="27"/>
        <source>improving</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="68"/>
        <source>Customer seems {mood}</source>
        <translation>Le client semble {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="71"/>
        <source>Customer mood: {mood}</source>
        <translation>Humeur du client&#xa0;: {mood}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="54"/>
        <source>Write a note for this moment, then press Enter</source>
        <translation>Écrivez une note pour ce moment, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="57"/>
        <source>tags, comma separated (empathy, upsell)</source>
        <translation>étiquettes, séparées par des virgules (empathie, vente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="59"/>
        <source>Pin at 0:00</source>
        <translation>Épingler à 0:00</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="62"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="83"/>
        <source>Pin at {time}</source>
        <translation>Épingler à {time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="96"/>
        <source>Write the note first.</source>
        <translation>Écrivez d&apos;abord la note.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="103"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="113"/>
        <source>Note pinned at {time}.</source>
        <translation>Note épinglée à {time}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="128"/>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="131"/>
        <source>Could not save the note: {problem}</source>
        <translation>Impossible d&apos;enregistrer la note&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../copilot/panel/notices.py" line="54"/>
        <source> (+{n} more)</source>
        <translation> (+{n} autres)</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <location filename="../../copilot/panel/controller.py" line="117"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="259"/>
        <source>AI drafts: {reason}</source>
        <translation>Brouillons IA&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="288"/>
        <source>{n} shown</source>
        <translation>{n} affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="289"/>
        <source>{n} used</source>
        <translation>{n} utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="290"/>
        <source>{n} discarded</source>
        <translation>{n} écartées</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="292"/>
        <source>cards in {ms} ms</source>
        <translation>cartes en {ms} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="294"/>
        <source>AI {n} tokens</source>
        <translation>IA {n} jetons</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="330"/>
        <source>Wrap-up copied: paste it into the CRM with Ctrl+V</source>
        <translation>Résumé copié&#xa0;: collez-le dans le CRM avec Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="348"/>
        <source>Edited text copied: paste it into the CRM with Ctrl+V</source>
        <translation>Texte modifié copié&#xa0;: collez-le dans le CRM avec Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="350"/>
        <source>Copied: paste it into the CRM with Ctrl+V</source>
        <translation>Copié&#xa0;: collez-le dans le CRM avec Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="375"/>
        <source>Card {n} was out of sight; here it is. Press again to insert it.</source>
        <translation>La carte {n} n&apos;était pas visible&#xa0;; la voici. Appuyez de nouveau pour l&apos;insérer.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="376"/>
        <source>Card {n} was out of sight; here it is. Press again to discard it.</source>
        <translation>La carte {n} n&apos;était pas visible&#xa0;; la voici. Appuyez de nouveau pour l&apos;écarter.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="377"/>
        <source>Card {n} was out of sight; here it is. Press again to edit it.</source>
        <translation>La carte {n} n&apos;était pas visible&#xa0;; la voici. Appuyez de nouveau pour la modifier.</translation>
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
        <translation>La langue du client&#xa0;; les suggestions la suivent</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="112"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="115"/>
        <source>Keep the panel above other windows</source>
        <translation>Garder le panneau au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="119"/>
        <source>Clip</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="121"/>
        <source>Listen to the clipboard: text you copy elsewhere becomes a customer line</source>
        <translation>Écouter le presse-papiers&#xa0;: le texte copié ailleurs devient une phrase du client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="126"/>
        <source>Settings, the session library and statistics</source>
        <translation>Paramètres, bibliothèque des sessions et statistiques</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="130"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="132"/>
        <source>Session library…</source>
        <translation>Bibliothèque des sessions…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="133"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="152"/>
        <source>SUGGESTIONS</source>
        <translation>SUGGESTIONS</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="179"/>
        <source>Sent to AI</source>
        <translation>Envoyé à l&apos;IA</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="180"/>
        <source>Show exactly what the last AI request sent (personal data replaced)</source>
        <translation>Afficher exactement ce que la dernière requête IA a envoyé (données personnelles remplacées)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="212"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="214"/>
        <source>Suggestions come from the playbook “{name}”, on this computer</source>
        <translation>Les suggestions viennent du playbook «&#xa0;{name}&#xa0;», sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../copilot/config/policy.py" line="76"/>
        <source>This setting is managed by your organisation: it is held at its safest value because the policy file {path} has a problem.</source>
        <translation>Ce paramètre est géré par votre organisation&#xa0;: il est maintenu à sa valeur la plus sûre car le fichier de stratégie {path} pose problème.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="78"/>
        <source>This setting is managed by your organisation (policy file {path}).</source>
        <translation>Ce paramètre est géré par votre organisation (fichier de stratégie {path}).</translation>
    </message>
</context>
<context>
    <name>ReplayTranscript</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="32"/>
        <source>Nothing was said in this session.</source>
        <translation>Rien n&apos;a été dit dans cette session.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="68"/>
        <source>{n} earlier lines: scroll up or click the timeline to see them</source>
        <translation>{n} lignes précédentes&#xa0;: faites défiler vers le haut ou cliquez sur la frise pour les voir</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="89"/>
        <source>Customer</source>
        <translation>Client</translation>
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
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="89"/>
        <source>outcome (resolved, escalated, sale…)</source>
        <translation>résultat (résolu, escaladé, vente…)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="91"/>
        <source>tags, comma separated</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="92"/>
        <source>Save outcome and tags</source>
        <translation>Enregistrer le résultat et les étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="93"/>
        <source>The library lists, searches and filters by these</source>
        <translation>La bibliothèque les utilise pour lister, chercher et filtrer</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="102"/>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="342"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="104"/>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="109"/>
        <source>Replay speed</source>
        <translation>Vitesse de relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="119"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="120"/>
        <source>Save a coaching report of this session (PDF or HTML)</source>
        <translation>Enregistrer un rapport de coaching de cette session (PDF ou HTML)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="125"/>
        <source>Next decision</source>
        <translation>Décision suivante</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="126"/>
        <source>Jump to the next decision ({key}; Shift+{key} for the previous one)</source>
        <translation>Aller à la décision suivante ({key}&#xa0;; Maj+{key} pour la précédente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="127"/>
        <source>Next objection</source>
        <translation>Objection suivante</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="128"/>
        <source>Jump to the next objection ({key}; Shift+{key} for the previous one)</source>
        <translation>Aller à l&apos;objection suivante ({key}&#xa0;; Maj+{key} pour la précédente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="129"/>
        <source>Next escalation</source>
        <translation>Escalade suivante</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="130"/>
        <source>Jump to the next escalation ({key}; Shift+{key} for the previous one)</source>
        <translation>Aller à l&apos;escalade suivante ({key}&#xa0;; Maj+{key} pour la précédente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="146"/>
        <source>No cards were up at this moment.</source>
        <translation>Aucune carte n&apos;était affichée à ce moment.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="150"/>
        <source>What the agent saw</source>
        <translation>Ce que l&apos;agent voyait</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="160"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="162"/>
        <source>Wrap-up</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="167"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="169"/>
        <source>Scorecard</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="180"/>
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="198"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="203"/>
        <source>Could not open the session: {problem}</source>
        <translation>Impossible d&apos;ouvrir la session&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="214"/>
        <source>Outcome and tags saved.</source>
        <translation>Résultat et étiquettes enregistrés.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="219"/>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="238"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="243"/>
        <source>Replay · {agent} · {started}</source>
        <translation>Relecture · {agent} · {started}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="297"/>
        <source>Save coaching report</source>
        <translation>Enregistrer le rapport de coaching</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="298"/>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="305"/>
        <source>Report not saved: {problem}</source>
        <translation>Rapport non enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="307"/>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="338"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Inserted</source>
        <translation>Insérée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="23"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Discarded</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="24"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>wrong</source>
        <translation>erronée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>not relevant</source>
        <translation>pas pertinente</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>wrong tone</source>
        <translation>mauvais ton</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="56"/>
        <source>no decision recorded</source>
        <translation>aucune décision enregistrée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="59"/>
        <source>{action} at {time} after {seconds} s</source>
        <translation>{action} à {time} après {seconds} s</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="62"/>
        <source>{action} at {time}</source>
        <translation>{action} à {time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="64"/>
        <source>({count} changes)</source>
        <translation>({count} modifications)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="67"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="70"/>
        <source>(the agent had already done it)</source>
        <translation>(l’agent l’avait déjà fait)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="117"/>
        <source>Coaching report</source>
        <translation>Rapport de coaching</translation>
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
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="124"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="125"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>CRM id</source>
        <translation>ID CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Lines</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Cards shown</source>
        <translation>Cartes affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Median time to decide</source>
        <translation>Délai médian de décision</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="135"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="145"/>
        <source>The customer’s mood (−1 upset … +1 pleased)</source>
        <translation>L’humeur du client (−1 contrarié … +1 satisfait)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="150"/>
        <source>Share of cards the agent used, by kind</source>
        <translation>Part des cartes utilisées par l’agent, par type</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="164"/>
        <source>Drafted by an AI model (redacted transcript)</source>
        <translation>Rédigée par un modèle d’IA (transcription anonymisée)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="165"/>
        <source>Drafted by the local engine</source>
        <translation>Rédigée par le moteur local</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="166"/>
        <source>Wrap-up</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="170"/>
        <source>; the AI draft was not used ({why})</source>
        <translation>; le brouillon de l’IA n’a pas été utilisé ({why})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="172"/>
        <source>pasted into the CRM</source>
        <translation>collée dans le CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>copied</source>
        <translation>copiée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="175"/>
        <source>; approved {seconds} s after the call ended, {where}, {count} characters changed.</source>
        <translation>; approuvée {seconds} s après la fin de l’appel, {where}, {count} caractères modifiés.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="179"/>
        <source>; approved, {where}, {count} characters changed.</source>
        <translation>; approuvée, {where}, {count} caractères modifiés.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="183"/>
        <source>; not approved.</source>
        <translation>; non approuvée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="184"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="185"/>
        <source>Disposition:</source>
        <translation>Qualification :</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="198"/>
        <source>Scorecard</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="199"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="200"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="201"/>
        <source>Evidence</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="207"/>
        <source>(suggested)</source>
        <translation>(proposé)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="210"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="210"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="222"/>
        <source>Trainer’s notes</source>
        <translation>Notes du formateur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="241"/>
        <source>Transcript and decisions</source>
        <translation>Transcription et décisions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="247"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="254"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="263"/>
        <source>AI draft</source>
        <translation>Brouillon IA</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="36"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="37"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="58"/>
        <source>Confirm scorecard</source>
        <translation>Valider la grille</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="61"/>
        <source>Edit template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="62"/>
        <source>Team leads: change the criteria every scorecard uses</source>
        <translation>Chefs d&apos;équipe&#xa0;: modifiez les critères de toutes les grilles</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="93"/>
        <source>{problem} Using the default scorecard.</source>
        <translation>{problem} La grille par défaut est utilisée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="123"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="124"/>
        <source>suggested, confirmed</source>
        <translation>suggéré, confirmé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="126"/>
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="152"/>
        <source>Score {score} over {answered} of {total} criteria</source>
        <translation>Score {score} sur {answered} des {total} critères</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="154"/>
        <source>Nothing scored yet</source>
        <translation>Rien n&apos;est encore évalué</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="160"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="163"/>
        <source>Could not save the scorecard: {problem}</source>
        <translation>Impossible d&apos;enregistrer la grille&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="169"/>
        <source>Scorecard saved.</source>
        <translation>Grille enregistrée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="178"/>
        <source>Template saved to {path}; new scorecards use it.</source>
        <translation>Modèle enregistré dans {path}&#xa0;; les nouvelles grilles l&apos;utilisent.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="46"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="46"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Accepted</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="89"/>
        <source>Session {id}</source>
        <translation>Session {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="90"/>
        <source> (CRM id {id})</source>
        <translation> (id CRM {id})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="43"/>
        <source>managed by your organisation</source>
        <translation>géré par votre organisation</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="48"/>
        <source>Agent Copilot settings</source>
        <translation>Paramètres d&apos;Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="56"/>
        <source>off (see the notice in the panel)</source>
        <translation>désactivée (voir l&apos;avis dans le panneau)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="58"/>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="68"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="72"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="74"/>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="75"/>
        <source>Integrations using the old token stop working until they get the new one</source>
        <translation>Les intégrations qui utilisent l&apos;ancien jeton cessent de fonctionner jusqu&apos;à ce qu&apos;elles reçoivent le nouveau</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="80"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="94"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="88"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="91"/>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="99"/>
        <source>Keep the panel above other windows</source>
        <translation>Garder le panneau au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="102"/>
        <source>After Insert, paste into the window I was typing in</source>
        <translation>Après Insérer, coller dans la fenêtre où je tapais</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="106"/>
        <source>Not available here: {reason}</source>
        <translation>Non disponible ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="107"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="109"/>
        <source>Global hotkeys: {keys} insert card 1..4 from any window</source>
        <translation>Raccourcis globaux&#xa0;: {keys} insère la carte 1..4 depuis n&apos;importe quelle fenêtre</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="112"/>
        <source>Import articles…</source>
        <translation>Importer des articles…</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="113"/>
        <source>A folder of Markdown, text, HTML, JSON lines or CSV articles; importing it again updates it</source>
        <translation>Un dossier d&apos;articles Markdown, texte, HTML, JSON lines ou CSV&#xa0;; l&apos;importer de nouveau les met à jour</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="117"/>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="122"/>
        <source>The confidence of a knowledge card is the chance that the article is right, as measured on conversations the search was tuned on. Higher: fewer cards, more of them right.</source>
        <translation>La confiance d&apos;une carte de connaissances est la probabilité que l&apos;article soit le bon, mesurée sur les conversations ayant servi à régler la recherche. Plus haut&#xa0;: moins de cartes, plus souvent justes.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="125"/>
        <source>Show a card when at least</source>
        <translation>Afficher une carte à partir de</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="127"/>
        <source>likely right</source>
        <translation>de chances d&apos;être juste</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="132"/>
        <source>Look, language, pasting, hotkeys, knowledge cards and AI apply from the next start.</source>
        <translation>L&apos;apparence, la langue, le collage, les raccourcis, les cartes de connaissances et l&apos;IA s&apos;appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="163"/>
        <source>Not saved: {folder} cannot be written ({problem}). Ask IT for a writable settings folder.</source>
        <translation>Non enregistré&#xa0;: impossible d&apos;écrire dans {folder} ({problem}). Demandez à l&apos;informatique un dossier de paramètres accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="34"/>
        <source>AI draft</source>
        <translation>Brouillon IA</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="84"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="229"/>
        <source>Mood estimate</source>
        <translation>Estimation de l&apos;humeur</translation>
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
        <translation>Délai avant insertion</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="51"/>
        <source>Time to edit and insert</source>
        <translation>Délai avant modification et insertion</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="52"/>
        <source>Time to discard</source>
        <translation>Délai avant rejet</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="53"/>
        <source>Time before expiring</source>
        <translation>Délai avant expiration</translation>
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
        <translation>{part} sur {whole} ({share})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="83"/>
        <source>median {median} · {high} {value}</source>
        <translation>médiane {median} · {high} {value}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="85"/>
        <source>median {median} · {high} {value} characters</source>
        <translation>médiane {median} · {high} {value} caractères</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="99"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="100"/>
        <source>Cards shown</source>
        <translation>Cartes affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="101"/>
        <source>Every card that appeared on an agent&apos;s panel</source>
        <translation>Chaque carte apparue sur le panneau d’un agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="102"/>
        <source>Cards used</source>
        <translation>Cartes utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="103"/>
        <source>Inserted or edited, out of every decided card, expired included</source>
        <translation>Insérées ou modifiées, sur toutes les cartes tranchées, expirées comprises</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="104"/>
        <source>Inserted · edited · discarded · expired</source>
        <translation>Insérées · modifiées · rejetées · expirées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="107"/>
        <source>Objections handled</source>
        <translation>Objections traitées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="108"/>
        <source>Objection cards the agent used, out of those shown</source>
        <translation>Cartes d’objection utilisées par l’agent, sur celles affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="109"/>
        <source>Edits to a card</source>
        <translation>Modifications d’une carte</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="110"/>
        <source>Characters changed in the {count} edited cards before they were used</source>
        <translation>Caractères modifiés dans les {count} cartes modifiées avant leur utilisation</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="115"/>
        <source>From the card appearing to the agent&apos;s decision ({count} cards): median and 90th percentile</source>
        <translation>De l’apparition de la carte à la décision de l’agent ({count} cartes) : médiane et 90e centile</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="121"/>
        <source>Suggestion ready</source>
        <translation>Suggestion prête</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="122"/>
        <source>From the customer&apos;s words to the suggestion ({count} cards)</source>
        <translation>Des mots du client à la suggestion ({count} cartes)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="124"/>
        <source>Card on screen</source>
        <translation>Carte à l’écran</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="125"/>
        <source>From the customer&apos;s words to the card drawn on the panel ({count} cards)</source>
        <translation>Des mots du client à la carte affichée sur le panneau ({count} cartes)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="128"/>
        <source>Wrap-ups approved</source>
        <translation>Synthèses approuvées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="129"/>
        <source>Calls whose drafted wrap-up the agent approved ({count} drafts written by AI)</source>
        <translation>Appels dont l’agent a approuvé la synthèse proposée ({count} brouillons rédigés par l’IA)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="132"/>
        <source>After-call work</source>
        <translation>Travail après l’appel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="133"/>
        <source>From the end of the call to the approved wrap-up: median and 90th percentile</source>
        <translation>De la fin de l’appel à la synthèse approuvée : médiane et 90e centile</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="134"/>
        <source>Edits to a wrap-up</source>
        <translation>Modifications d’une synthèse</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="135"/>
        <source>Characters changed in the {count} approved wrap-ups</source>
        <translation>Caractères modifiés dans les {count} synthèses approuvées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="137"/>
        <source>Disposition codes</source>
        <translation>Codes de qualification</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="140"/>
        <source>Entries shown, never used</source>
        <translation>Affichées, jamais utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="144"/>
        <source>Playbook entries never shown</source>
        <translation>Entrées du playbook jamais affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="145"/>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="48"/>
        <source>Knowledge gaps: customer questions no article answered</source>
        <translation>Lacunes&#xa0;: questions de clients sans article pour y répondre</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="49"/>
        <source>Experiments: cards used per wording, with 95% intervals</source>
        <translation>Expériences : cartes utilisées par formulation, avec intervalles à 95 %</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="160"/>
        <source>Coaching statistics</source>
        <translation>Statistiques de coaching</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="173"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="175"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="184"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="190"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="190"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="196"/>
        <source>Cards used, by kind</source>
        <translation>Cartes utilisées, par type</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="197"/>
        <source>Cards used, by entry (the {n} shown most)</source>
        <translation>Cartes utilisées, par entrée (les {n} plus affichées)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="199"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="199"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>Asked</source>
        <translation>Posées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>Example questions</source>
        <translation>Exemples de questions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Last asked</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>A used</source>
        <translation>A utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>B used</source>
        <translation>B utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>B against A</source>
        <translation>B par rapport à A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="250"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="277"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="279"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="298"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="299"/>
        <source>{n} sessions</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="325"/>
        <source>Cannot show statistics. {problem}</source>
        <translation>Impossible d&apos;afficher les statistiques. {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="327"/>
        <source>Cannot show statistics: something unexpected went wrong. The details are in the log.</source>
        <translation>Impossible d&apos;afficher les statistiques&#xa0;: une erreur inattendue s&apos;est produite. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="337"/>
        <source>Knowledge gaps: none in this period</source>
        <translation>Lacunes&#xa0;: aucune sur cette période</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="351"/>
        <source>Knowledge gaps: cannot be read</source>
        <translation>Lacunes&#xa0;: lecture impossible</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="393"/>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="402"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="173"/>
        <location filename="../../copilot/panel/cards.py" line="313"/>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="176"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="178"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="181"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="182"/>
        <source>Read the whole article this answer comes from</source>
        <translation>Lire l&apos;article complet d&apos;où vient cette réponse</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="185"/>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="230"/>
        <source>Suggestion {number}: {kind}</source>
        <translation>Suggestion {number}&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="237"/>
        <source>Drafted by AI: check it before use</source>
        <translation>Rédigé par l&apos;IA&#xa0;: vérifiez avant utilisation</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="239"/>
        <source>Sent by a supervisor following this call</source>
        <translation>Envoyé par un superviseur qui suit cet appel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="241"/>
        <source>From your team&apos;s playbook</source>
        <translation>Tiré du playbook de votre équipe</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="242"/>
        <source>Why: {reason}</source>
        <translation>Pourquoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="269"/>
        <source>Copy to the clipboard for the CRM (Ctrl+{n})</source>
        <translation>Copier dans le presse-papiers pour le CRM (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="270"/>
        <source>Change the text, then insert (Alt+{n})</source>
        <translation>Modifier le texte, puis l&apos;insérer (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="272"/>
        <source>Dismiss this card (Ctrl+Shift+{n}); the arrow gives a reason</source>
        <translation>Écarter cette carte (Ctrl+Maj+{n})&#xa0;; la flèche permet d&apos;indiquer une raison</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="299"/>
        <source>Insert edited</source>
        <translation>Insérer la version modifiée</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="300"/>
        <source>Insert the edited text (Ctrl+Enter)</source>
        <translation>Insérer le texte modifié (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Supervise</name>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="124"/>
        <source>Escalation “{title}” waiting for {s} s</source>
        <translation>Escalade « {title} » en attente depuis {s} s</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="127"/>
        <source>The customer&apos;s mood dropped sharply</source>
        <translation>L'humeur du client s'est nettement dégradée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="130"/>
        <source>Silent for {s} s</source>
        <translation>Silence depuis {s} s</translation>
    </message>
</context>
<context>
    <name>SuperviseWindow</name>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="53"/>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="81"/>
        <location filename="../../copilot/supervise/qt/window.py" line="176"/>
        <source>Choose a call to follow it</source>
        <translation>Choisissez un appel pour le suivre</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="86"/>
        <source>A note for the agent: it shows on their panel as a card</source>
        <translation>Une note pour le conseiller : elle s'affiche comme une carte dans son panneau</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="88"/>
        <source>Send note</source>
        <translation>Envoyer la note</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="129"/>
        <source>Not connected: {problem}</source>
        <translation>Non connecté : {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="131"/>
        <source>No live calls in your teams right now</source>
        <translation>Aucun appel en cours dans vos équipes pour l'instant</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="134"/>
        <source>1 live call</source>
        <translation>1 appel en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="135"/>
        <source>{n} live calls</source>
        <translation>{n} appels en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="143"/>
        <source>{agent}: {alert}</source>
        <translation>{agent} : {alert}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="178"/>
        <source>{agent} · {duration} · {mood}</source>
        <translation>{agent} · {duration} · {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="191"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="191"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="192"/>
        <source>{who}: {text}</source>
        <translation>{who} : {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>shown</source>
        <translation>affichée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>used, edited</source>
        <translation>utilisée, modifiée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>discarded</source>
        <translation>écartée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>left unanswered</source>
        <translation>restée sans suite</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="196"/>
        <source>Card {kind} “{title}”: {state}</source>
        <translation>Carte {kind} « {title} » : {state}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="200"/>
        <source>Your note: {text}</source>
        <translation>Votre note : {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="227"/>
        <source>The note was not sent: {problem}</source>
        <translation>La note n'a pas été envoyée : {problem}</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../copilot/live/supervision.py" line="67"/>
        <source>Note from your supervisor</source>
        <translation>Note de votre superviseur</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="68"/>
        <source>{name} is following this call and sent it</source>
        <translation>{name} suit cet appel et l'a envoyée</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="70"/>
        <source>Supervisor · {name}</source>
        <translation>Superviseur · {name}</translation>
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
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="186"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="186"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="187"/>
        <source>Pre-filled by</source>
        <translation>Prérempli par</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Scorecard template</source>
        <translation>Modèle de grille</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="201"/>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="203"/>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="216"/>
        <source>Rules that can pre-fill a criterion: {rules}. Leave empty to score by hand.</source>
        <translation>Règles pouvant préremplir un critère&#xa0;: {rules}. Laissez vide pour noter à la main.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="30"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="30"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="56"/>
        <source>Session timeline: click to move the replay there</source>
        <translation>Frise de la session&#xa0;: cliquez pour y déplacer la relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="215"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="208"/>
        <source>Re-run with the current playbook</source>
        <translation>Relancer avec le playbook actuel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="210"/>
        <source>Play this session&apos;s lines through today&apos;s playbook and knowledge base</source>
        <translation>Passer les phrases de cette session dans le playbook et la base de connaissances d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="214"/>
        <source>See what the copilot would suggest now, next to what it suggested then.</source>
        <translation>Voyez ce que le copilote suggérerait maintenant, à côté de ce qu&apos;il suggérait alors.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="217"/>
        <source>Only lines where the suggestions differ</source>
        <translation>Seulement les phrases où les suggestions diffèrent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Line</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="245"/>
        <source>No engine is available to re-run with.</source>
        <translation>Aucun moteur n&apos;est disponible pour relancer.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="254"/>
        <source>Re-running…</source>
        <translation>Relance…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="275"/>
        <source>{changed} of {total} lines would get other suggestions: {new} entries new, {gone} no longer suggested.</source>
        <translation>{changed} phrases sur {total} recevraient d&apos;autres suggestions&#xa0;: {new} entrées nouvelles, {gone} plus suggérées.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="285"/>
        <source>Re-run stopped.</source>
        <translation>Relance arrêtée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="286"/>
        <source>Re-run failed: {problem}</source>
        <translation>La relance a échoué&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="296"/>
        <source>(start of the call)</source>
        <translation>(début de l&apos;appel)</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../copilot/engines/generative.py" line="369"/>
        <source>Drafted by AI from the conversation</source>
        <translation>Rédigé par l&apos;IA à partir de la conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="105"/>
        <source>Matches {words} ({percent}% confidence)</source>
        <translation>Correspond à {words} (confiance {percent}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="106"/>
        <source>{percent}% confidence</source>
        <translation>confiance {percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="223"/>
        <source>The customer&apos;s mood turned from calm to upset within one turn</source>
        <translation>L&apos;humeur du client est passée de calme à contrarié en une réplique</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="224"/>
        <source>The customer&apos;s mood turned from calm to upset within {n} turns</source>
        <translation>L&apos;humeur du client est passée de calme à contrarié en {n} répliques</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="249"/>
        <source>Start of the conversation; policy &apos;{policy}&apos; asks for it</source>
        <translation>Début de la conversation&#xa0;; la règle «&#xa0;{policy}&#xa0;» le demande</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="251"/>
        <source>Start of the conversation</source>
        <translation>Début de la conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="252"/>
        <source>Customer said {words}</source>
        <translation>Le client a dit {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="252"/>
        <source>You said {words}</source>
        <translation>Vous avez dit {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="253"/>
        <source>Heard {words}</source>
        <translation>Entendu&#xa0;: {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="257"/>
        <source>; customer {conditions}</source>
        <translation>&#xa0;; client&#xa0;: {conditions}</translation>
    </message>
</context>
<context>
    <name>WrapupCard</name>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="33"/>
        <source>calm or pleased</source>
        <translation>calme ou satisfait</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>upset</source>
        <translation>contrarié</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="48"/>
        <source>Wrap-up</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="57"/>
        <source>Wrap-up note</source>
        <translation>Note de clôture</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="65"/>
        <source>Approve and copy  Ctrl+Enter</source>
        <translation>Approuver et copier  Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="67"/>
        <source>Copy the note for the CRM and record it as this call&apos;s wrap-up</source>
        <translation>Copier la note pour le CRM et l&apos;enregistrer comme résumé de cet appel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="110"/>
        <source>AI draft</source>
        <translation>Brouillon IA</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="110"/>
        <source>Drafted on this computer</source>
        <translation>Rédigé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="112"/>
        <source>Written by the configured language model from the redacted transcript; check it before you approve</source>
        <translation>Rédigé par le modèle de langage configuré à partir de la transcription masquée&#xa0;; vérifiez-le avant d&apos;approuver</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="114"/>
        <source>Taken from the call&apos;s own words by the local engine; nothing left this computer</source>
        <translation>Tiré des mots de l&apos;appel par le moteur local&#xa0;; rien n&apos;a quitté cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="120"/>
        <source>Why: drafted from this call&apos;s transcript when it ended.</source>
        <translation>Pourquoi&#xa0;: rédigé à partir de la transcription de l&apos;appel à sa fin.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="122"/>
        <source>The AI draft was not used ({reason}).</source>
        <translation>Le brouillon IA n&apos;a pas été utilisé ({reason}).</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="128"/>
        <source>Approved and copied</source>
        <translation>Approuvé et copié</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="161"/>
        <source>Disposition code {code}, chosen from the team&apos;s descriptions (confidence {percent}); untick it if it does not fit</source>
        <translation>Code de clôture {code}, choisi d&apos;après les descriptions de l&apos;équipe (confiance {percent})&#xa0;; décochez-le s&apos;il ne convient pas</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="181"/>
        <source>not clear</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="183"/>
        <source>Customer: {begin} at the start, {end} at the end</source>
        <translation>Client&#xa0;: {begin} au début, {end} à la fin</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="185"/>
        <source>Customer: {mood} throughout</source>
        <translation>Client&#xa0;: {mood} tout du long</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="186"/>
        <source>AI-drafted text reached the customer</source>
        <translation>Un texte rédigé par l&apos;IA a atteint le client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="187"/>
        <source>No AI-drafted text reached the customer</source>
        <translation>Aucun texte rédigé par l&apos;IA n&apos;a atteint le client</translation>
    </message>
</context>
</TS>
