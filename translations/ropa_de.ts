<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Records of processing activities (GDPR Article 30).</source>
        <translation>Verzeichnisse von Verarbeitungstätigkeiten (Artikel 30 DSGVO).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file &lt;file&gt; and exit.</source>
        <translation>Das Fenster in eine PNG-Datei &lt;file&gt; rendern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Select the entity named &lt;name&gt; in that section.</source>
        <translation>Den Eintrag namens &lt;name&gt; in diesem Abschnitt auswählen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>With --screenshot: render a dialog (settings, find, history).</source>
        <translation>Mit --screenshot: einen Dialog rendern (settings, find, history).</translation>
    </message>
    <message>
        <source>Write the recovery copy every &lt;ms&gt; milliseconds.</source>
        <translation>Die Wiederherstellungskopie alle &lt;ms&gt; Millisekunden schreiben.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Make a scripted edit after opening.</source>
        <translation>Nach dem Öffnen eine geskriptete Änderung vornehmen.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Restore the newest recovery copy.</source>
        <translation>Die neueste Wiederherstellungskopie wiederherstellen.</translation>
    </message>
    <message>
        <source>Remove the recovery copies.</source>
        <translation>Die Wiederherstellungskopien entfernen.</translation>
    </message>
    <message>
        <source>Write the window&apos;s state to &lt;file&gt; and exit.</source>
        <translation>Den Zustand des Fensters in &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>A .ropa project or a .json interchange file.</source>
        <translation>Ein .ropa-Projekt oder eine .json-Austauschdatei.</translation>
    </message>
    <message>
        <source>Not a number of milliseconds: %1</source>
        <translation>Keine Anzahl Millisekunden: %1</translation>
    </message>
    <message>
        <source>There is no recovery copy to restore.</source>
        <translation>Es gibt keine Wiederherstellungskopie.</translation>
    </message>
    <message>
        <source>Unknown section: %1</source>
        <translation>Unbekannter Abschnitt: %1</translation>
    </message>
    <message>
        <source>Nothing named %1 here</source>
        <translation>Nichts namens %1 hier</translation>
    </message>
    <message>
        <source>No such view in this build: %1</source>
        <translation>Diese Ansicht gibt es in dieser Version nicht: %1</translation>
    </message>
    <message>
        <source>Could not make the edit %1</source>
        <translation>Die Änderung %1 war nicht möglich</translation>
    </message>
    <message>
        <source>Unknown dialog: %1</source>
        <translation>Unbekannter Dialog: %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Show the section &lt;key&gt; first (%1).</source>
        <translation>Zuerst den Abschnitt &lt;key&gt; zeigen (%1).</translation>
    </message>
    <message>
        <source>Show a project-wide view first (graph, records, findings, dashboard, history).</source>
        <translation>Zuerst eine projektweite Ansicht zeigen (graph, records, findings, dashboard, history).</translation>
    </message>
</context>
<context>
    <name>ropa::ActivityEditor</name>
    <message>
        <source>The own organisation whose record lists this activity</source>
        <translation>Die eigene Organisation, in deren Verzeichnis diese Tätigkeit steht</translation>
    </message>
    <message>
        <source>For a processor activity: the controller on whose behalf it is carried out</source>
        <translation>Bei einer Tätigkeit als Auftragsverarbeiter: der Verantwortliche, in dessen Auftrag sie durchgeführt wird</translation>
    </message>
    <message>
        <source>Purposes, one a line (Art. 30(1)(b))</source>
        <translation>Zwecke, einer je Zeile (Art. 30 Abs. 1 lit. b)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>No lawful basis stated: a finding for a controller activity</source>
        <translation>Keine Rechtsgrundlage angegeben: ein Befund bei einer Tätigkeit als Verantwortlicher</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Needed only when the activity processes special categories (Art. 9(1))</source>
        <translation>Nur erforderlich, wenn die Tätigkeit besondere Kategorien verarbeitet (Art. 9 Abs. 1)</translation>
    </message>
    <message>
        <source>For criminal-offence data: the Union or member-state law relied on</source>
        <translation>Bei Daten über Straftaten: das Unionsrecht oder mitgliedstaatliche Recht, auf das sich die Verarbeitung stützt</translation>
    </message>
    <message>
        <source>Who answers for this activity</source>
        <translation>Wer für diese Tätigkeit zuständig ist</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Handelt als:</translation>
    </message>
    <message>
        <source>On behalf of:</source>
        <translation>Im Auftrag von:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Zwecke:</translation>
    </message>
    <message>
        <source>Lawfulness</source>
        <translation>Rechtmäßigkeit</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Art. 9(2) condition:</source>
        <translation>Bedingung nach Art. 9 Abs. 2:</translation>
    </message>
    <message>
        <source>Art. 10 basis:</source>
        <translation>Grundlage nach Art. 10:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation>Betroffene Personen:</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Datenkategorien:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Security and accountability</source>
        <translation>Sicherheit und Rechenschaft</translation>
    </message>
    <message>
        <source>Security measures:</source>
        <translation>Sicherheitsmaßnahmen:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Zuletzt überprüft:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A processor activity names the controller it acts for (Art. 30(2)(a)).</source>
        <translation>Eine Tätigkeit als Auftragsverarbeiter nennt den Verantwortlichen, für den sie handelt (Art. 30 Abs. 2 lit. a).</translation>
    </message>
    <message>
        <source>Special categories (%1): an Art. 9(2) condition is needed.</source>
        <translation>Besondere Kategorien (%1): eine Bedingung nach Art. 9 Abs. 2 ist erforderlich.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Art. 7(4) GDPR: “When assessing whether consent is freely given, utmost account shall be taken of whether, inter alia, the performance of a contract, including the provision of a service, is conditional on consent to the processing of personal data that is not necessary for the performance of that contract.”
Yes: consent that the service depends on (a finding for a consent activity).</source>
        <translation>Art. 7 Abs. 4 DSGVO: „Bei der Beurteilung, ob die Einwilligung freiwillig erteilt wurde, muss dem Umstand in größtmöglichem Umfang Rechnung getragen werden, ob unter anderem die Erfüllung eines Vertrags, einschließlich der Erbringung einer Dienstleistung, von der Einwilligung zu einer Verarbeitung von personenbezogenen Daten abhängig ist, die für die Erfüllung des Vertrags nicht erforderlich sind.“
Ja: eine Einwilligung, von der der Dienst abhängt (ein Befund bei einer Tätigkeit auf Grundlage einer Einwilligung).</translation>
    </message>
    <message>
        <source>When the legitimate-interests balancing test was made (Art. 6(1)(f), Art. 5(2) GDPR)</source>
        <translation>Wann die Interessenabwägung vorgenommen wurde (Art. 6 Abs. 1 lit. f, Art. 5 Abs. 2 DSGVO)</translation>
    </message>
    <message>
        <source>The interest, why the processing is necessary, how it was weighed against the data subjects’ interests, and the conclusion (or where that is documented)</source>
        <translation>Das Interesse, warum die Verarbeitung erforderlich ist, wie es gegen die Interessen der betroffenen Personen abgewogen wurde, und das Ergebnis (oder wo das dokumentiert ist)</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR: processing is lawful if “necessary for the purposes of the legitimate interests pursued by the controller or by a third party, except where such interests are overridden by the interests or fundamental rights and freedoms of the data subject which require protection of personal data”. Art. 5(2): the controller must be able to demonstrate it.</source>
        <translation>Art. 6 Abs. 1 lit. f DSGVO: die Verarbeitung ist rechtmäßig, wenn sie „zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten erforderlich [ist], sofern nicht die Interessen oder Grundrechte und Grundfreiheiten der betroffenen Person, die den Schutz personenbezogener Daten erfordern, überwiegen“. Art. 5 Abs. 2: der Verantwortliche muss das nachweisen können.</translation>
    </message>
    <message>
        <source>Art. 35(3) GDPR: a DPIA is required in particular for “(b) processing on a large scale of special categories of data referred to in Article 9(1), or of personal data relating to criminal convictions and offences referred to in Article 10” and “(c) a systematic monitoring of a publicly accessible area on a large scale”.
Yes: the checks count this activity as likely to need a DPIA.</source>
        <translation>Art. 35 Abs. 3 DSGVO: eine Datenschutz-Folgenabschätzung ist insbesondere erforderlich bei b) umfangreicher Verarbeitung besonderer Kategorien personenbezogener Daten (Art. 9 Abs. 1) oder von Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10) und c) systematischer umfangreicher Überwachung öffentlich zugänglicher Bereiche.
Ja: die Prüfungen zählen diese Tätigkeit zu denen, die wahrscheinlich eine DSFA brauchen.</translation>
    </message>
    <message>
        <source>Consent is a condition of the service:</source>
        <translation>Einwilligung ist Bedingung für den Dienst:</translation>
    </message>
    <message>
        <source>Balancing test done:</source>
        <translation>Interessenabwägung vorgenommen:</translation>
    </message>
    <message>
        <source>Balancing test:</source>
        <translation>Interessenabwägung:</translation>
    </message>
    <message>
        <source>Large-scale processing:</source>
        <translation>Umfangreiche Verarbeitung:</translation>
    </message>
    <message>
        <source>Not stated, but the notes or evidence say “%1”: the checks treat this consent as a condition of the service. Set the field to confirm or correct that.</source>
        <translation>Nicht angegeben, aber Notizen oder Nachweis sagen „%1“: die Prüfungen behandeln diese Einwilligung als Bedingung für den Dienst. Setzen Sie das Feld, um das zu bestätigen oder zu korrigieren.</translation>
    </message>
    <message>
        <source>Not recorded here, but the notes mention “%1”: the checks count that as a balancing test. Record its date and conclusion here.</source>
        <translation>Hier nicht erfasst, aber die Notizen nennen „%1“: die Prüfungen zählen das als Interessenabwägung. Erfassen Sie Datum und Ergebnis hier.</translation>
    </message>
    <message>
        <source>Legitimate interests need a documented balancing test.</source>
        <translation>Berechtigte Interessen brauchen eine dokumentierte Interessenabwägung.</translation>
    </message>
    <message>
        <source>Not stated, but the name, purposes or notes say “%1”: the checks treat this activity as large-scale. Set the field to confirm or correct that.</source>
        <translation>Nicht angegeben, aber Name, Zwecke oder Notizen sagen „%1“: die Prüfungen behandeln diese Tätigkeit als umfangreich. Setzen Sie das Feld, um das zu bestätigen oder zu korrigieren.</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>Systeme:</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Datenelemente</translation>
    </message>
    <message>
        <source>Automated decisions (Art. 22)</source>
        <translation>Automatisierte Entscheidungen (Art. 22)</translation>
    </message>
    <message>
        <source>DPIA (Art. 35)</source>
        <translation>DSFA (Art. 35)</translation>
    </message>
    <message>
        <source>Record in the register</source>
        <translation>Eintrag im Verzeichnis</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Linked documents:</source>
        <translation>Verknüpfte Dokumente:</translation>
    </message>
</context>
<context>
    <name>ropa::ActivityIdentitySection</name>
    <message>
        <source>The record’s number in your register, e.g. M8085</source>
        <translation>Die Nummer des Eintrags in Ihrem Verzeichnis, z. B. M8085</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>As written, e.g. 1.2</source>
        <translation>Wie geschrieben, z. B. 1.2</translation>
    </message>
    <message>
        <source>The department or business function that keeps this record</source>
        <translation>Die Abteilung oder Geschäftsfunktion, die diesen Eintrag führt</translation>
    </message>
    <message>
        <source>e.g. Privacy officer</source>
        <translation>z. B. Datenschutzkoordinator</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Ansprechperson:</translation>
    </message>
</context>
<context>
    <name>ropa::AutomatedDecisionsSection</name>
    <message>
        <source>Art. 22(1) GDPR: a decision based solely on automated processing, including profiling, which produces legal effects concerning the data subject or similarly significantly affects them.</source>
        <translation>Art. 22 Abs. 1 DSGVO: eine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhende Entscheidung, die der betroffenen Person gegenüber rechtliche Wirkung entfaltet oder sie in ähnlicher Weise erheblich beeinträchtigt.</translation>
    </message>
    <message>
        <source>Art. 4(4) GDPR: automated processing to evaluate personal aspects, in particular to analyse or predict work performance, economic situation, health, preferences, interests, reliability, behaviour, location or movements.</source>
        <translation>Art. 4 Nr. 4 DSGVO: automatisierte Verarbeitung, um persönliche Aspekte zu bewerten, insbesondere um Arbeitsleistung, wirtschaftliche Lage, Gesundheit, persönliche Vorlieben, Interessen, Zuverlässigkeit, Verhalten, Aufenthaltsort oder Ortswechsel zu analysieren oder vorherzusagen.</translation>
    </message>
    <message>
        <source>Meaningful information about the logic involved (Art. 13(2)(f))</source>
        <translation>Aussagekräftige Informationen über die involvierte Logik (Art. 13 Abs. 2 lit. f)</translation>
    </message>
    <message>
        <source>The significance and the envisaged consequences for the data subject</source>
        <translation>Die Tragweite und die angestrebten Auswirkungen für die betroffene Person</translation>
    </message>
    <message>
        <source>Automated decisions:</source>
        <translation>Automatisierte Entscheidungen:</translation>
    </message>
    <message>
        <source>Profiling:</source>
        <translation>Profiling:</translation>
    </message>
    <message>
        <source>Logic involved:</source>
        <translation>Involvierte Logik:</translation>
    </message>
    <message>
        <source>Significance and consequences:</source>
        <translation>Tragweite und Auswirkungen:</translation>
    </message>
    <message>
        <source>Automated decisions need meaningful information about the logic involved (Art. 13(2)(f), 14(2)(g), 15(1)(h)).</source>
        <translation>Automatisierte Entscheidungen verlangen aussagekräftige Informationen über die involvierte Logik (Art. 13 Abs. 2 lit. f, Art. 14 Abs. 2 lit. g, Art. 15 Abs. 1 lit. h).</translation>
    </message>
</context>
<context>
    <name>ropa::CategoryTreeModel</name>
    <message>
        <source>There is no such data category.</source>
        <translation>Diese Datenkategorie gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of itself.</source>
        <translation>„%1“ kann nicht Teil von sich selbst sein.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved under “%2”: “%2” is part of “%1”, so it would become part of itself. Move “%2” elsewhere first.</source>
        <translation>„%1“ kann nicht unter „%2“ verschoben werden: „%2“ ist Teil von „%1“, sodass „%1“ Teil von sich selbst würde. Verschieben Sie zuerst „%2“.</translation>
    </message>
    <message>
        <source>Move data category “%1” under “%2”</source>
        <translation>Datenkategorie „%1“ unter „%2“ verschieben</translation>
    </message>
    <message>
        <source>Move data category “%1” to the top level</source>
        <translation>Datenkategorie „%1“ auf die oberste Ebene verschieben</translation>
    </message>
    <message>
        <source>Art. 9: %1</source>
        <translation>Art. 9: %1</translation>
    </message>
    <message>
        <source>Art. 10: criminal</source>
        <translation>Art. 10: strafrechtlich</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Besondere Kategorie</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>US-Kategorie</translation>
    </message>
</context>
<context>
    <name>ropa::ChangesTree</name>
    <message>
        <source>Project details</source>
        <translation>Projektangaben</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umgeordnet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Entity or field</source>
        <translation>Eintrag oder Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 (was “%2”)</source>
        <translation>%1 (war „%2“)</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ropa::ChoiceCombo</name>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ropa::CollapsibleSection</name>
    <message>
        <source>Show or hide these fields</source>
        <translation>Diese Felder ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>ropa::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Filter the changes by name, field or value</source>
        <translation>Änderungen nach Name, Feld oder Wert filtern</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>&amp;Show in project</source>
        <translation>Im Projekt &amp;zeigen</translation>
    </message>
    <message>
        <source>Compare &amp;again</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the project as it is now (after your edits) with the file as it is now</source>
        <translation>Das Projekt, wie es jetzt ist (nach Ihren Änderungen), mit der Datei, wie sie jetzt ist, vergleichen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>Comparing this project with %1…</source>
        <translation>Dieses Projekt wird mit %1 verglichen…</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <source>Could not read %1.

%2</source>
        <translation>%1 konnte nicht gelesen werden.

%2</translation>
    </message>
    <message>
        <source>This project and %1 are the same.</source>
        <translation>Dieses Projekt und %1 sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>From this project to %1: %n change(s).</source>
        <translation>
            <numerusform>Von diesem Projekt zu %1: %n Änderung.</numerusform>
            <numerusform>Von diesem Projekt zu %1: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two share no entity: they are not two versions of one project, so everything shows as removed and added.</source>
        <translation>Die beiden haben keinen Eintrag gemeinsam: Sie sind keine zwei Versionen eines Projekts, daher erscheint alles als entfernt und hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n Änderung angezeigt</numerusform>
            <numerusform>%n Änderungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Den Vergleich exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not export the comparison.</source>
        <translation>Der Vergleich konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Show in the &amp;other copy</source>
        <translation>In der &amp;anderen Kopie zeigen</translation>
    </message>
    <message>
        <source>The entity as it is in the other file, read-only</source>
        <translation>Der Eintrag, wie er in der anderen Datei steht, schreibgeschützt</translation>
    </message>
    <message>
        <source>“%1” is only in %2, not in this project: “Show in the other copy” shows it there.</source>
        <translation>„%1“ gibt es nur in %2, nicht in diesem Projekt: „In der anderen Kopie zeigen“ zeigt es dort.</translation>
    </message>
    <message>
        <source>“%1” is not in %2.</source>
        <translation>„%1“ ist nicht in %2.</translation>
    </message>
</context>
<context>
    <name>ropa::CountryField</name>
    <message>
        <source>Type a country or a code</source>
        <translation>Land oder Code eingeben</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1.</translation>
    </message>
    <message>
        <source>“%1” is not a country. Type a name or a two-letter ISO code (such as DE), or pick one from the list.</source>
        <translation>„%1“ ist kein Land. Geben Sie einen Namen oder einen zweistelligen ISO-Code (etwa DE) ein, oder wählen Sie aus der Liste.</translation>
    </message>
</context>
<context>
    <name>ropa::CountryListField</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Land hinzufügen…</translation>
    </message>
    <message>
        <source>Not ISO 3166-1 country codes: %1. Remove them and add the right countries.</source>
        <translation>Keine Ländercodes nach ISO 3166-1: %1. Entfernen Sie sie und fügen Sie die richtigen Länder hinzu.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ropa::CountryPicker</name>
    <message>
        <source>EEA</source>
        <translation>EWR</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>angemessen</translation>
    </message>
    <message>
        <source>third country</source>
        <translation>Drittland</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>In the EEA: not a transfer under Chapter V.</source>
        <translation>Im EWR: keine Übermittlung im Sinne von Kapitel V.</translation>
    </message>
    <message>
        <source>Adequacy decision of %1 (%2), partial: only for %3. Check that the recipient is covered.</source>
        <translation>Angemessenheitsbeschluss vom %1 (%2), teilweise: nur für %3. Prüfen Sie, ob der Empfänger erfasst ist.</translation>
    </message>
    <message>
        <source>Adequacy decision of %1 (%2): %3.</source>
        <translation>Angemessenheitsbeschluss vom %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Third country without an adequacy decision: a transfer there needs safeguards (Art. 46) or a derogation (Art. 49).</source>
        <translation>Drittland ohne Angemessenheitsbeschluss: eine Übermittlung dorthin erfordert geeignete Garantien (Art. 46) oder eine Ausnahme (Art. 49).</translation>
    </message>
    <message>
        <source>partly adequate</source>
        <translation>teilweise angemessen</translation>
    </message>
</context>
<context>
    <name>ropa::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>ropa::DashboardWidget</name>
    <message>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Data categories by sensitivity</source>
        <translation>Datenkategorien nach Sensibilität</translation>
    </message>
    <message>
        <source>Activities by lawful basis</source>
        <translation>Tätigkeiten nach Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Transfers by mechanism</source>
        <translation>Übermittlungen nach Instrument</translation>
    </message>
    <message>
        <source>Retention periods (activity × category)</source>
        <translation>Speicherfristen (Tätigkeit × Kategorie)</translation>
    </message>
    <message>
        <source>Completeness of the Art. 30 record (%)</source>
        <translation>Vollständigkeit des Verzeichnisses nach Art. 30 (%)</translation>
    </message>
    <message>
        <source>Transfers by destination</source>
        <translation>Übermittlungen nach Ziel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Ropa dashboard chart</source>
        <translation>Ropa-Übersichtsdiagramm</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>ropa::DataCategoryEditor</name>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation>Strafrechtliche Verurteilungen und Straftaten (Art. 10)</translation>
    </message>
    <message>
        <source>The broader category this one belongs to</source>
        <translation>Die übergeordnete Kategorie, zu der diese gehört</translation>
    </message>
    <message>
        <source>Example fields, one a line</source>
        <translation>Beispielfelder, eines je Zeile</translation>
    </message>
    <message>
        <source>not special</source>
        <translation>nicht besonders</translation>
    </message>
    <message>
        <source>Not a special category of Art. 9(1)</source>
        <translation>Keine besondere Kategorie nach Art. 9 Abs. 1</translation>
    </message>
    <message>
        <source>Art. 9(1) GDPR: processing needs an Art. 9(2) condition</source>
        <translation>Art. 9 Abs. 1 DSGVO: die Verarbeitung erfordert eine Bedingung nach Art. 9 Abs. 2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The category name of US state laws (CCPA/CPRA)</source>
        <translation>Die Kategoriebezeichnung nach US-Bundesstaatengesetzen (CCPA/CPRA)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Teil von:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilität</translation>
    </message>
    <message>
        <source>Special category:</source>
        <translation>Besondere Kategorie:</translation>
    </message>
    <message>
        <source>US category:</source>
        <translation>US-Kategorie:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
</context>
<context>
    <name>ropa::DataItemForm</name>
    <message>
        <source>“%1” is not an ISO 8601 duration: P30D (days), P6M (months), P7Y (years), P1Y6M.</source>
        <translation>„%1“ ist keine ISO-8601-Dauer: P30D (Tage), P6M (Monate), P7Y (Jahre), P1Y6M.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Where this data item comes from; check to add a source</source>
        <translation>Woher dieses Datenelement stammt; zum Hinzufügen eine Quelle ankreuzen</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Warum es erhoben wird</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. P7Y</source>
        <translation>ISO 8601, z. B. P7Y</translation>
    </message>
    <message>
        <source>As written, e.g. 7 years after the contract ends</source>
        <translation>Wie geschrieben, z. B. 7 Jahre nach Vertragsende</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>What happens when the data subject does not provide it</source>
        <translation>Was geschieht, wenn die betroffene Person sie nicht bereitstellt</translation>
    </message>
    <message>
        <source>Data category:</source>
        <translation>Datenkategorie:</translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation>Betroffene Personen:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Collected for:</source>
        <translation>Erhoben für:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Speicherdauer:</translation>
    </message>
    <message>
        <source>Retention as written:</source>
        <translation>Speicherdauer wie geschrieben:</translation>
    </message>
    <message>
        <source>Provision:</source>
        <translation>Bereitstellung:</translation>
    </message>
    <message>
        <source>If not provided:</source>
        <translation>Bei Nichtbereitstellung:</translation>
    </message>
    <message>
        <source>every data subject of the activity</source>
        <translation>alle betroffenen Personen der Verarbeitung</translation>
    </message>
</context>
<context>
    <name>ropa::DataItemsTable</name>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>every data subject</source>
        <translation>alle betroffenen Personen</translation>
    </message>
    <message>
        <source>Add data item</source>
        <translation>Datenelement hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Add a data item for one of the activity’s data categories</source>
        <translation>Ein Datenelement für eine der Datenkategorien der Verarbeitung hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected data item</source>
        <translation>Das ausgewählte Datenelement entfernen</translation>
    </message>
    <message>
        <source>Link the activity’s data categories first: a data item is one of them, for a group of data subjects.</source>
        <translation>Verknüpfen Sie zuerst die Datenkategorien der Verarbeitung: ein Datenelement ist eine davon, für eine Gruppe betroffener Personen.</translation>
    </message>
</context>
<context>
    <name>ropa::DateField</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Set to “not set”</source>
        <translation>Auf „nicht gesetzt“ setzen</translation>
    </message>
</context>
<context>
    <name>ropa::Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt in Benutzung</translation>
    </message>
    <message>
        <source>%1 is open in another Ropa.</source>
        <translation>%1 ist in einer anderen Ropa-Instanz geöffnet.</translation>
    </message>
    <message>
        <source>%1 is open by %2.</source>
        <translation>%1 ist von %2 geöffnet.</translation>
    </message>
    <message>
        <source>You can open it read-only, or open a copy that you save under another name. Changes the other user saves will not appear in either.</source>
        <translation>Sie können es schreibgeschützt öffnen oder eine Kopie öffnen, die Sie unter anderem Namen speichern. Änderungen, die der andere Benutzer speichert, erscheinen in keiner der beiden.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open a &amp;copy</source>
        <translation>&amp;Kopie öffnen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Save your version under another name to keep both, or overwrite the file and lose the other changes.</source>
        <translation>Speichern Sie Ihre Version unter anderem Namen, um beide zu behalten, oder überschreiben Sie die Datei und verlieren die anderen Änderungen.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Ropa</source>
        <translation>Ropa</translation>
    </message>
</context>
<context>
    <name>ropa::DocumentEditor</name>
    <message>
        <source>A title is needed; the previous one is kept until you type one.</source>
        <translation>Ein Titel ist erforderlich; der bisherige bleibt, bis Sie einen eingeben.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The full text of the document, so that quotes can be shown in context</source>
        <translation>Der vollständige Text des Dokuments, damit Zitate im Zusammenhang gezeigt werden können</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>Zitiert von:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>no entity yet</source>
        <translation>noch kein Eintrag</translation>
    </message>
    <message>
        <source>%1 quotes in %2 entities</source>
        <translation>%1 Zitate in %2 Einträgen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Verknüpft mit:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::DpiaSection</name>
    <message>
        <source>Art. 35(4) GDPR: the supervisory authority lists the kinds of processing that need a DPIA.</source>
        <translation>Art. 35 Abs. 4 DSGVO: die Aufsichtsbehörde erstellt eine Liste der Verarbeitungsvorgänge, für die eine Datenschutz-Folgenabschätzung durchzuführen ist.</translation>
    </message>
    <message>
        <source>Art. 35(1) GDPR: processing likely to result in a high risk to the rights and freedoms of natural persons needs a DPIA.</source>
        <translation>Art. 35 Abs. 1 DSGVO: eine Verarbeitung, die voraussichtlich ein hohes Risiko für die Rechte und Freiheiten natürlicher Personen zur Folge hat, verlangt eine Datenschutz-Folgenabschätzung.</translation>
    </message>
    <message>
        <source>What the screening concluded, and why</source>
        <translation>Was die Vorprüfung ergab, und warum</translation>
    </message>
    <message>
        <source>Art. 35: a DPIA is required for processing likely to result in a high risk</source>
        <translation>Art. 35: eine DSFA ist für Verarbeitungen mit voraussichtlich hohem Risiko erforderlich</translation>
    </message>
    <message>
        <source>WP248 criteria met:</source>
        <translation>Erfüllte WP248-Kriterien:</translation>
    </message>
    <message>
        <source>On the authority’s list:</source>
        <translation>Auf der Liste der Behörde:</translation>
    </message>
    <message>
        <source>Likely high risk:</source>
        <translation>Voraussichtlich hohes Risiko:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Screening report:</source>
        <translation>Bericht der Vorprüfung:</translation>
    </message>
    <message>
        <source>DPIA required:</source>
        <translation>DSFA erforderlich:</translation>
    </message>
    <message>
        <source>DPIA performed:</source>
        <translation>DSFA durchgeführt:</translation>
    </message>
    <message>
        <source>DPIA date:</source>
        <translation>Datum der DSFA:</translation>
    </message>
    <message>
        <source>DPIA report:</source>
        <translation>DSFA-Bericht:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria met: the EDPB (WP248 rev.01) considers a DPIA required in most cases when two or more are met.</source>
        <translation>
            <numerusform>%n Kriterium erfüllt: nach dem EDSA (WP248 rev.01) ist eine DSFA in den meisten Fällen erforderlich, wenn zwei oder mehr erfüllt sind.</numerusform>
            <numerusform>%n Kriterien erfüllt: nach dem EDSA (WP248 rev.01) ist eine DSFA in den meisten Fällen erforderlich, wenn zwei oder mehr erfüllt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the supervisory authority’s list (Art. 35(4)): a DPIA is required.</source>
        <translation>Auf der Liste der Aufsichtsbehörde (Art. 35 Abs. 4): eine DSFA ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>ropa::Entity</name>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>data subject</source>
        <translation>Kategorie betroffener Personen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ropa::EntityDetails</name>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · own organisation</source>
        <translation>%1 · eigene Organisation</translation>
    </message>
    <message>
        <source>%1 · category of recipients</source>
        <translation>%1 · Kategorie von Empfängern</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Verarbeitungsorte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Representative (Art. 27)</source>
        <translation>Vertreter (Art. 27)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>AVV unterzeichnet</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-zertifiziert</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Receives data from</source>
        <translation>Erhält Daten von</translation>
    </message>
    <message>
        <source>Transfers data to</source>
        <translation>Übermittelt Daten an</translation>
    </message>
    <message>
        <source>Passes data on to</source>
        <translation>Gibt Daten weiter an</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Processing activity · %1</source>
        <translation>Verarbeitungstätigkeit · %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Im Auftrag von</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Bedingung nach Art. 9</translation>
    </message>
    <message>
        <source>Art. 10 basis</source>
        <translation>Grundlage nach Art. 10</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>%1, done %2</source>
        <translation>%1, durchgeführt %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Required, not done</source>
        <translation>Erforderlich, nicht durchgeführt</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DSFA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>no period stated</source>
        <translation>keine Frist angegeben</translation>
    </message>
    <message>
        <source>Onward transfer</source>
        <translation>Weiterübermittlung</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Recipient acts as</source>
        <translation>Empfänger handelt als</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Transfer Impact Assessment</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Durchgeführt %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Besondere Kategorie (Art. 9)</translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation>Strafrechtliche Daten (Art. 10)</translation>
    </message>
    <message>
        <source>US state-law category</source>
        <translation>Kategorie nach US-Bundesstaatenrecht</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Zitiert von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Consent is a condition of the service</source>
        <translation>Einwilligung ist Bedingung für den Dienst</translation>
    </message>
    <message>
        <source>Done %1: %2</source>
        <translation>Vorgenommen %1: %2</translation>
    </message>
    <message>
        <source>Balancing test</source>
        <translation>Interessenabwägung</translation>
    </message>
    <message>
        <source>Large-scale processing</source>
        <translation>Umfangreiche Verarbeitung</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Gelegentlich</translation>
    </message>
    <message>
        <source>Suitable safeguards</source>
        <translation>Geeignete Garantien</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quote in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehostet von</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
</context>
<context>
    <name>ropa::EntityEditor</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
</context>
<context>
    <name>ropa::EntitySearchModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verarbeitungstätigkeit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ropa::EntityTableModel</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Own organisation</source>
        <translation>Eigene Organisation</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Besondere Kategorie</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>US-Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>AVV unterzeichnet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <source>Recipient (controller)</source>
        <translation>Empfänger (Verantwortlicher)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Art. 9: %1</source>
        <translation>Art. 9: %1</translation>
    </message>
    <message>
        <source>Art. 10: criminal</source>
        <translation>Art. 10: strafrechtlich</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehostet von</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Internal recipient</source>
        <translation>Interner Empfänger</translation>
    </message>
</context>
<context>
    <name>ropa::EntityViewer</name>
    <message>
        <source>“%1” in %2 (read-only)</source>
        <extracomment>The title of a window that shows an entity of another copy of the project, read-only.</extracomment>
        <translation>„%1“ in %2 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>ropa::EvidenceEditor</name>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>No evidence: which document says so?</source>
        <translation>Kein Nachweis: welches Dokument sagt das?</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The document that says so</source>
        <translation>Das Dokument, das dies sagt</translation>
    </message>
    <message>
        <source>The sentence of the document that says so</source>
        <translation>Der Satz des Dokuments, der dies sagt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the document&apos;s text with the quote highlighted</source>
        <translation>Den Text des Dokuments mit hervorgehobenem Zitat anzeigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cite a document</source>
        <translation>Ein Dokument zitieren</translation>
    </message>
    <message>
        <source>Add a document first (Documents)</source>
        <translation>Legen Sie zuerst ein Dokument an (Dokumente)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No quote to highlight.</source>
        <translation>Kein Zitat zum Hervorheben.</translation>
    </message>
    <message>
        <source>The quote was not found in the document&apos;s text.</source>
        <translation>Das Zitat wurde im Text des Dokuments nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>ropa::ExchangeActions</name>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>Im&amp;port a register…</source>
        <translation>Ein Verzeichnis im&amp;portieren…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Mer&amp;ge changes from…</source>
        <translation>Än&amp;derungen zusammenführen aus…</translation>
    </message>
    <message>
        <source>Open a JSON interchange file as a new, untitled project</source>
        <translation>Eine JSON-Austauschdatei als neues, unbenanntes Projekt öffnen</translation>
    </message>
    <message>
        <source>Write the project in the JSON interchange format</source>
        <translation>Das Projekt im JSON-Austauschformat schreiben</translation>
    </message>
    <message>
        <source>Bring a register kept in a spreadsheet (XLSX, ODS, CSV) into this project</source>
        <translation>Ein in einer Tabelle geführtes Verzeichnis (XLSX, ODS, CSV) in dieses Projekt übernehmen</translation>
    </message>
    <message>
        <source>See what differs between this project and another copy of it</source>
        <translation>Sehen, was sich zwischen diesem Projekt und einer anderen Kopie davon unterscheidet</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Take changes from another copy of this project, as one step you can undo</source>
        <translation>Änderungen aus einer anderen Kopie dieses Projekts übernehmen, als ein Schritt, den Sie rückgängig machen können</translation>
    </message>
    <message>
        <source>Merge changes from</source>
        <translation>Änderungen zusammenführen aus</translation>
    </message>
</context>
<context>
    <name>ropa::FieldHelp</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Art. 5(2) GDPR</source>
        <translation>Art. 5 Abs. 2 DSGVO</translation>
    </message>
    <message>
        <source>Your own notes. They help you demonstrate compliance (accountability) and are not part of the record.</source>
        <translation>Ihre eigenen Notizen. Sie helfen Ihnen, die Einhaltung nachzuweisen (Rechenschaftspflicht), und stehen nicht im Verzeichnis.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Art. 5(2) and Art. 24(1) GDPR</source>
        <translation>Art. 5 Abs. 2 und Art. 24 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Documents that show the entry is true: the controller must be able to demonstrate compliance.</source>
        <translation>Dokumente, die zeigen, dass der Eintrag stimmt: der Verantwortliche muss die Einhaltung nachweisen können.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art. 30(1) GDPR</source>
        <translation>Art. 30 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>The processing activity as the record lists it: each activity of the record has a name of its own.</source>
        <translation>Die Verarbeitungstätigkeit, wie das Verzeichnis sie aufführt: jede Tätigkeit des Verzeichnisses hat einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. a DSGVO</translation>
    </message>
    <message>
        <source>The own organisation whose record lists this activity: the record names the controller and its contact details.</source>
        <translation>Die eigene Organisation, in deren Verzeichnis diese Tätigkeit steht: das Verzeichnis nennt den Verantwortlichen und seine Kontaktdaten.</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handelt als</translation>
    </message>
    <message>
        <source>Art. 30(1) and 30(2) GDPR</source>
        <translation>Art. 30 Abs. 1 und 2 DSGVO</translation>
    </message>
    <message>
        <source>Whether the organisation is the controller (it decides why and how: Art. 30(1) record) or a processor acting for a controller (Art. 30(2) record).</source>
        <translation>Ob die Organisation Verantwortlicher ist (sie entscheidet über Zwecke und Mittel: Verzeichnis nach Art. 30 Abs. 1) oder Auftragsverarbeiter für einen Verantwortlichen (Verzeichnis nach Art. 30 Abs. 2).</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Im Auftrag von</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) GDPR</source>
        <translation>Art. 30 Abs. 2 lit. a DSGVO</translation>
    </message>
    <message>
        <source>For a processor activity: the controller on whose behalf the processing is carried out.</source>
        <translation>Bei einer Tätigkeit als Auftragsverarbeiter: der Verantwortliche, in dessen Auftrag die Verarbeitung erfolgt.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Art. 30(1)(b) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. b DSGVO</translation>
    </message>
    <message>
        <source>The purposes of the processing, specific and explicit (purpose limitation, Art. 5(1)(b)).</source>
        <translation>Die Zwecke der Verarbeitung, festgelegt und eindeutig (Zweckbindung, Art. 5 Abs. 1 lit. b).</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Art. 6(1) GDPR</source>
        <translation>Art. 6 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Processing is lawful only on one of the grounds of Art. 6(1)(a)–(f): consent, contract, legal obligation, vital interests, public task or legitimate interests.</source>
        <translation>Die Verarbeitung ist nur auf einer der Grundlagen des Art. 6 Abs. 1 lit. a–f rechtmäßig: Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, öffentliche Aufgabe oder berechtigte Interessen.</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Bedingung nach Art. 9 Abs. 2</translation>
    </message>
    <message>
        <source>Art. 9(2) GDPR</source>
        <translation>Art. 9 Abs. 2 DSGVO</translation>
    </message>
    <message>
        <source>Special categories of personal data may be processed only when one of the conditions of Art. 9(2)(a)–(j) applies, such as explicit consent or health care.</source>
        <translation>Besondere Kategorien personenbezogener Daten dürfen nur verarbeitet werden, wenn eine der Bedingungen des Art. 9 Abs. 2 lit. a–j vorliegt, etwa eine ausdrückliche Einwilligung oder die Gesundheitsversorgung.</translation>
    </message>
    <message>
        <source>Art. 10 basis</source>
        <translation>Grundlage nach Art. 10</translation>
    </message>
    <message>
        <source>Art. 10 GDPR</source>
        <translation>Art. 10 DSGVO</translation>
    </message>
    <message>
        <source>Data about criminal convictions and offences: the official authority or the Union or member-state law that allows the processing.</source>
        <translation>Daten über strafrechtliche Verurteilungen und Straftaten: die behördliche Aufsicht oder das Unionsrecht oder Recht der Mitgliedstaaten, das die Verarbeitung zulässt.</translation>
    </message>
    <message>
        <source>Consent is a condition of the service</source>
        <translation>Einwilligung ist Bedingung für den Dienst</translation>
    </message>
    <message>
        <source>Art. 7(4) GDPR</source>
        <translation>Art. 7 Abs. 4 DSGVO</translation>
    </message>
    <message>
        <source>Consent is not freely given when a service depends on consent to processing that the service does not need.</source>
        <translation>Eine Einwilligung ist nicht freiwillig, wenn ein Dienst von der Einwilligung in eine Verarbeitung abhängt, die der Dienst nicht braucht.</translation>
    </message>
    <message>
        <source>Balancing test done</source>
        <translation>Interessenabwägung vorgenommen</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR</source>
        <translation>Art. 6 Abs. 1 lit. f DSGVO</translation>
    </message>
    <message>
        <source>When the legitimate interests were weighed against the interests and rights of the data subjects.</source>
        <translation>Wann die berechtigten Interessen gegen die Interessen und Rechte der betroffenen Personen abgewogen wurden.</translation>
    </message>
    <message>
        <source>Balancing test</source>
        <translation>Interessenabwägung</translation>
    </message>
    <message>
        <source>The interest, why the processing is necessary and how it was weighed against the data subjects’ interests; Art. 5(2) asks you to be able to show it.</source>
        <translation>Das Interesse, warum die Verarbeitung erforderlich ist und wie es gegen die Interessen der betroffenen Personen abgewogen wurde; Art. 5 Abs. 2 verlangt, dass Sie das nachweisen können.</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. c DSGVO</translation>
    </message>
    <message>
        <source>A description of the categories of data subjects: whose personal data the activity processes.</source>
        <translation>Eine Beschreibung der Kategorien betroffener Personen: wessen personenbezogene Daten die Tätigkeit verarbeitet.</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>A description of the categories of personal data the activity processes.</source>
        <translation>Eine Beschreibung der Kategorien personenbezogener Daten, die die Tätigkeit verarbeitet.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Art. 14(2)(f) GDPR</source>
        <translation>Art. 14 Abs. 2 lit. f DSGVO</translation>
    </message>
    <message>
        <source>Where the personal data come from when they are not collected from the data subject; the data subject must be told.</source>
        <translation>Woher die personenbezogenen Daten stammen, wenn sie nicht bei der betroffenen Person erhoben wurden; die betroffene Person ist darüber zu informieren.</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. g DSGVO</translation>
    </message>
    <message>
        <source>Where possible, a general description of the technical and organisational security measures of Art. 32(1).</source>
        <translation>Wenn möglich, eine allgemeine Beschreibung der technischen und organisatorischen Maßnahmen nach Art. 32 Abs. 1.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Art. 30(1)(f) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. f DSGVO</translation>
    </message>
    <message>
        <source>Where possible, the envisaged time limits for erasure of the different categories of data (storage limitation, Art. 5(1)(e)).</source>
        <translation>Wenn möglich, die vorgesehenen Fristen für die Löschung der verschiedenen Datenkategorien (Speicherbegrenzung, Art. 5 Abs. 1 lit. e).</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <source>Art. 35(1) and 35(3) GDPR</source>
        <translation>Art. 35 Abs. 1 und 3 DSGVO</translation>
    </message>
    <message>
        <source>A data protection impact assessment is required for processing likely to result in a high risk to the rights and freedoms of natural persons.</source>
        <translation>Eine Datenschutz-Folgenabschätzung (DSFA) ist für eine Verarbeitung erforderlich, die voraussichtlich ein hohes Risiko für die Rechte und Freiheiten natürlicher Personen zur Folge hat.</translation>
    </message>
    <message>
        <source>DPIA done</source>
        <translation>DSFA durchgeführt</translation>
    </message>
    <message>
        <source>Art. 35(1) and 35(11) GDPR</source>
        <translation>Art. 35 Abs. 1 und 11 DSGVO</translation>
    </message>
    <message>
        <source>When the data protection impact assessment was carried out; it is reviewed when the risk changes.</source>
        <translation>Wann die Datenschutz-Folgenabschätzung durchgeführt wurde; sie wird überprüft, wenn sich das Risiko ändert.</translation>
    </message>
    <message>
        <source>Large-scale processing</source>
        <translation>Umfangreiche Verarbeitung</translation>
    </message>
    <message>
        <source>Art. 35(3)(b) and (c) GDPR</source>
        <translation>Art. 35 Abs. 3 lit. b und c DSGVO</translation>
    </message>
    <message>
        <source>Large-scale processing of special categories or criminal-offence data, or large-scale systematic monitoring of a public area, requires a DPIA.</source>
        <translation>Eine umfangreiche Verarbeitung besonderer Kategorien oder von Daten über Straftaten, oder eine umfangreiche systematische Überwachung öffentlich zugänglicher Bereiche, erfordert eine DSFA.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Art. 24(1) GDPR</source>
        <translation>Art. 24 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Who in the organisation answers for this activity and keeps its entry up to date.</source>
        <translation>Wer in der Organisation für diese Tätigkeit verantwortlich ist und den Eintrag aktuell hält.</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>When the entry was last checked: measures are reviewed and updated where necessary.</source>
        <translation>Wann der Eintrag zuletzt geprüft wurde: Maßnahmen werden erforderlichenfalls überprüft und aktualisiert.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and (d) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. a und d DSGVO</translation>
    </message>
    <message>
        <source>The name of the controller, processor or recipient, as the record names it.</source>
        <translation>Der Name des Verantwortlichen, Auftragsverarbeiters oder Empfängers, wie das Verzeichnis ihn nennt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Art. 4(7) to 4(10) GDPR</source>
        <translation>Art. 4 Nr. 7 bis 10 DSGVO</translation>
    </message>
    <message>
        <source>What the party is: a controller, a processor, a public authority or another recipient or third party.</source>
        <translation>Was die Stelle ist: ein Verantwortlicher, ein Auftragsverarbeiter, eine Behörde oder ein anderer Empfänger oder Dritter.</translation>
    </message>
    <message>
        <source>Named organisation</source>
        <translation>Benannte Organisation</translation>
    </message>
    <message>
        <source>Art. 30(1)(d) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. d DSGVO</translation>
    </message>
    <message>
        <source>The record lists the categories of recipients; a named organisation is one recipient, a category stands for several (“Marketing partners”).</source>
        <translation>Das Verzeichnis nennt die Kategorien von Empfängern; eine benannte Organisation ist ein Empfänger, eine Kategorie steht für mehrere („Marketingpartner“).</translation>
    </message>
    <message>
        <source>Our own organisation</source>
        <translation>Unsere eigene Organisation</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 30(2)(a) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. a und Abs. 2 lit. a DSGVO</translation>
    </message>
    <message>
        <source>The organisation whose record this is: the record begins with its name and contact details.</source>
        <translation>Die Organisation, deren Verzeichnis dies ist: das Verzeichnis beginnt mit ihrem Namen und ihren Kontaktdaten.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. e DSGVO</translation>
    </message>
    <message>
        <source>Where the party is established: a recipient in a third country makes a transfer that the record names with the country.</source>
        <translation>Wo die Stelle niedergelassen ist: ein Empfänger in einem Drittland macht eine Übermittlung, die das Verzeichnis mit dem Land nennt.</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Verarbeitungsorte</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) and 30(2)(c) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. e und Abs. 2 lit. c DSGVO</translation>
    </message>
    <message>
        <source>The countries where the party processes the data, when they differ from its own: data processed there are transferred there.</source>
        <translation>Die Länder, in denen die Stelle die Daten verarbeitet, wenn sie von ihrem eigenen abweichen: dort verarbeitete Daten werden dorthin übermittelt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Part of the contact details the record gives.</source>
        <translation>Teil der Kontaktdaten, die das Verzeichnis angibt.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Part of the contact details, for example the privacy statement.</source>
        <translation>Teil der Kontaktdaten, zum Beispiel die Datenschutzerklärung.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The name and contact details of the controller or processor.</source>
        <translation>Der Name und die Kontaktdaten des Verantwortlichen oder Auftragsverarbeiters.</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and Art. 37 GDPR</source>
        <translation>Art. 30 Abs. 1 lit. a und Art. 37 DSGVO</translation>
    </message>
    <message>
        <source>The contact details of the data protection officer, where one is designated (Art. 37–39).</source>
        <translation>Die Kontaktdaten des Datenschutzbeauftragten, sofern einer benannt ist (Art. 37–39).</translation>
    </message>
    <message>
        <source>Representative in the EU/UK</source>
        <translation>Vertreter in der EU/im VK</translation>
    </message>
    <message>
        <source>Art. 27 and Art. 30(1)(a) GDPR</source>
        <translation>Art. 27 und Art. 30 Abs. 1 lit. a DSGVO</translation>
    </message>
    <message>
        <source>A controller or processor outside the Union that offers goods or services to, or monitors, people in the Union designates a representative there.</source>
        <translation>Ein Verantwortlicher oder Auftragsverarbeiter außerhalb der Union, der Personen in der Union Waren oder Dienstleistungen anbietet oder ihr Verhalten beobachtet, benennt dort einen Vertreter.</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>AVV unterzeichnet</translation>
    </message>
    <message>
        <source>Art. 28(3) GDPR</source>
        <translation>Art. 28 Abs. 3 DSGVO</translation>
    </message>
    <message>
        <source>Processing by a processor is governed by a contract (data processing agreement) with the terms of Art. 28(3).</source>
        <translation>Die Verarbeitung durch einen Auftragsverarbeiter erfolgt auf Grundlage eines Vertrags (Auftragsverarbeitungsvertrag) mit den Inhalten des Art. 28 Abs. 3.</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-zertifiziert</translation>
    </message>
    <message>
        <source>Art. 45 GDPR</source>
        <translation>Art. 45 DSGVO</translation>
    </message>
    <message>
        <source>A US organisation on the Data Privacy Framework list is covered by the adequacy decision (EU) 2023/1795.</source>
        <translation>Eine US-Organisation auf der Liste des Data Privacy Framework ist vom Angemessenheitsbeschluss (EU) 2023/1795 erfasst.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Art. 28(5) and Art. 42 GDPR</source>
        <translation>Art. 28 Abs. 5 und Art. 42 DSGVO</translation>
    </message>
    <message>
        <source>Certifications and codes of conduct can show that a processor gives sufficient guarantees.</source>
        <translation>Zertifizierungen und Verhaltensregeln können zeigen, dass ein Auftragsverarbeiter hinreichende Garantien bietet.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The party that discloses the personal data.</source>
        <translation>Die Stelle, die die personenbezogenen Daten offenlegt.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>The recipients to whom the personal data are disclosed, including those in third countries.</source>
        <translation>Die Empfänger, denen die personenbezogenen Daten offengelegt werden, auch in Drittländern.</translation>
    </message>
    <message>
        <source>Recipient acts as</source>
        <translation>Empfänger handelt als</translation>
    </message>
    <message>
        <source>Art. 28 GDPR</source>
        <translation>Art. 28 DSGVO</translation>
    </message>
    <message>
        <source>Whether the recipient processes the data for the discloser (a processor, bound by Art. 28) or for its own purposes (a controller).</source>
        <translation>Ob der Empfänger die Daten für die offenlegende Stelle verarbeitet (ein Auftragsverarbeiter, an Art. 28 gebunden) oder für eigene Zwecke (ein Verantwortlicher).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Art. 5(1)(b) GDPR</source>
        <translation>Art. 5 Abs. 1 lit. b DSGVO</translation>
    </message>
    <message>
        <source>Why the data are disclosed to this recipient.</source>
        <translation>Warum die Daten diesem Empfänger offengelegt werden.</translation>
    </message>
    <message>
        <source>For activities</source>
        <translation>Für Tätigkeiten</translation>
    </message>
    <message>
        <source>The processing activities whose recipients this transfer names.</source>
        <translation>Die Verarbeitungstätigkeiten, deren Empfänger diese Übermittlung nennt.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) and (d) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. c und d DSGVO</translation>
    </message>
    <message>
        <source>The categories of personal data disclosed to this recipient.</source>
        <translation>Die Kategorien personenbezogener Daten, die diesem Empfänger offengelegt werden.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>The third countries or international organisations the data are transferred to, each identified.</source>
        <translation>Die Drittländer oder internationalen Organisationen, an die die Daten übermittelt werden, jeweils mit Angabe.</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Art. 44 to 49 GDPR</source>
        <translation>Art. 44 bis 49 DSGVO</translation>
    </message>
    <message>
        <source>What allows the transfer: an adequacy decision (Art. 45), appropriate safeguards such as standard contractual clauses (Art. 46), binding corporate rules (Art. 47) or a derogation (Art. 49).</source>
        <translation>Was die Übermittlung erlaubt: ein Angemessenheitsbeschluss (Art. 45), geeignete Garantien wie Standardvertragsklauseln (Art. 46), verbindliche interne Datenschutzvorschriften (Art. 47) oder eine Ausnahme (Art. 49).</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-Modul</translation>
    </message>
    <message>
        <source>Art. 46(2)(c) GDPR</source>
        <translation>Art. 46 Abs. 2 lit. c DSGVO</translation>
    </message>
    <message>
        <source>The module of the standard contractual clauses of Implementing Decision (EU) 2021/914 that fits the parties’ roles.</source>
        <translation>Das Modul der Standardvertragsklauseln des Durchführungsbeschlusses (EU) 2021/914, das zu den Rollen der Parteien passt.</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Art. 49(1) GDPR</source>
        <translation>Art. 49 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Without adequacy or safeguards, a transfer relies on one of the derogations for specific situations.</source>
        <translation>Ohne Angemessenheitsbeschluss oder Garantien stützt sich eine Übermittlung auf eine der Ausnahmen für bestimmte Fälle.</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Gelegentlich</translation>
    </message>
    <message>
        <source>The derogations are for occasional transfers, not for regular or repeated ones.</source>
        <translation>Die Ausnahmen gelten für gelegentliche Übermittlungen, nicht für regelmäßige oder wiederholte.</translation>
    </message>
    <message>
        <source>Suitable safeguards</source>
        <translation>Geeignete Garantien</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) and Art. 49(1) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. e und Art. 49 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>For a transfer on compelling legitimate interests, the record documents the suitable safeguards.</source>
        <translation>Bei einer Übermittlung aufgrund zwingender berechtigter Interessen dokumentiert das Verzeichnis die geeigneten Garantien.</translation>
    </message>
    <message>
        <source>TIA done</source>
        <translation>TIA durchgeführt</translation>
    </message>
    <message>
        <source>Art. 46(1) GDPR</source>
        <translation>Art. 46 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>A transfer impact assessment checks that the laws of the destination do not undermine the safeguards (CJEU C-311/18, Schrems II).</source>
        <translation>Eine Übermittlungsfolgenabschätzung (TIA) prüft, dass das Recht des Ziellandes die Garantien nicht untergräbt (EuGH C-311/18, Schrems II).</translation>
    </message>
    <message>
        <source>The category of personal data as the record names it.</source>
        <translation>Die Kategorie personenbezogener Daten, wie das Verzeichnis sie nennt.</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>The broader category this one belongs to, so that the record can describe categories at the level chosen.</source>
        <translation>Die übergeordnete Kategorie, zu der diese gehört, damit das Verzeichnis die Kategorien auf der gewählten Ebene beschreiben kann.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A description of the category: the record describes the categories of personal data.</source>
        <translation>Eine Beschreibung der Kategorie: das Verzeichnis beschreibt die Kategorien personenbezogener Daten.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Typical data of the category, to make it clear.</source>
        <translation>Typische Daten der Kategorie, zur Verdeutlichung.</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Besondere Kategorie</translation>
    </message>
    <message>
        <source>Art. 9(1) GDPR</source>
        <translation>Art. 9 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership, genetic, biometric or health data, or data about sex life or sexual orientation: their processing needs a condition of Art. 9(2).</source>
        <translation>Daten, aus denen die rassische und ethnische Herkunft, politische Meinungen, religiöse oder weltanschauliche Überzeugungen oder die Gewerkschaftszugehörigkeit hervorgehen, genetische, biometrische oder Gesundheitsdaten, oder Daten zum Sexualleben oder der sexuellen Orientierung: ihre Verarbeitung braucht eine Bedingung nach Art. 9 Abs. 2.</translation>
    </message>
    <message>
        <source>Criminal-offence data</source>
        <translation>Daten über Straftaten</translation>
    </message>
    <message>
        <source>Data relating to criminal convictions and offences, processed only under official authority or as the law allows.</source>
        <translation>Daten über strafrechtliche Verurteilungen und Straftaten, nur unter behördlicher Aufsicht oder nach dem Gesetz verarbeitet.</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>US-Kategorie</translation>
    </message>
    <message>
        <source>Not a GDPR item</source>
        <translation>Kein Punkt der DSGVO</translation>
    </message>
    <message>
        <source>The category’s name under US state privacy laws (CCPA/CPRA), for organisations that also answer to them.</source>
        <translation>Der Name der Kategorie nach den Datenschutzgesetzen von US-Bundesstaaten (CCPA/CPRA), für Organisationen, die auch ihnen unterliegen.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>A field&apos;s help on one line: title, article, text.</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Record reference</source>
        <translation>Kennung des Eintrags</translation>
    </message>
    <message>
        <source>The record’s number in your register (the Dutch central government numbers its records, such as M8085), so that the record can be cited and found.</source>
        <translation>Die Nummer des Eintrags in Ihrem Verzeichnis (die niederländische Zentralregierung nummeriert ihre Einträge, etwa M8085), damit der Eintrag zitiert und gefunden werden kann.</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Status des Eintrags</translation>
    </message>
    <message>
        <source>Whether the record is a draft, in review, adopted or withdrawn: only an adopted record is the organisation’s record.</source>
        <translation>Ob der Eintrag ein Entwurf ist, in Prüfung, verabschiedet oder zurückgezogen: nur ein verabschiedeter Eintrag ist der Eintrag der Organisation.</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Version des Eintrags</translation>
    </message>
    <message>
        <source>The version of this record as your register writes it; with the dates it shows which version is current.</source>
        <translation>Die Version dieses Eintrags, wie Ihr Verzeichnis sie schreibt; mit den Daten zeigt sie, welche Version gilt.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>When the record was made.</source>
        <translation>Wann der Eintrag erstellt wurde.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>When the record was last changed: measures are reviewed and updated where necessary, and so is the record.</source>
        <translation>Wann der Eintrag zuletzt geändert wurde: Maßnahmen werden erforderlichenfalls überprüft und aktualisiert, und der Eintrag ebenso.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Art. 24 GDPR</source>
        <translation>Art. 24 DSGVO</translation>
    </message>
    <message>
        <source>The department or business function that keeps this record and answers for the processing (the ICO template’s “Business function”).</source>
        <translation>Die Abteilung oder Geschäftsfunktion, die diesen Eintrag führt und für die Verarbeitung einsteht („Business function“ in der Vorlage des ICO).</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Who to ask about this activity, with their function; the record names the controller’s contact details.</source>
        <translation>An wen man sich zu dieser Verarbeitung wendet, mit Funktion; das Verzeichnis nennt die Kontaktdaten des Verantwortlichen.</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) and Art. 32 GDPR</source>
        <translation>Art. 30 Abs. 1 lit. g und Art. 32 DSGVO</translation>
    </message>
    <message>
        <source>The applications and databases the data is kept in (the ICO template’s “Location of personal data”, the Dutch register’s “Systemen”).</source>
        <translation>Die Anwendungen und Datenbanken, in denen die Daten gespeichert sind („Location of personal data“ in der Vorlage des ICO, „Systemen“ im niederländischen Register).</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Datenelemente</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) and (f), Art. 13(2)(e) GDPR</source>
        <translation>Art. 30 Abs. 1 lit. c und f, Art. 13 Abs. 2 lit. e DSGVO</translation>
    </message>
    <message>
        <source>Each data category of a group of data subjects within the activity: where it comes from, why it is collected, how long it is kept, and whether the data subject must provide it (a statutory or contractual requirement) and what happens if not.</source>
        <translation>Jede Datenkategorie einer Gruppe betroffener Personen innerhalb der Verarbeitung: woher sie stammt, warum sie erhoben wird, wie lange sie gespeichert wird und ob die betroffene Person verpflichtet ist, sie bereitzustellen (gesetzlich oder vertraglich vorgeschrieben), und welche Folgen die Nichtbereitstellung hätte.</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
        <source>Art. 22 GDPR</source>
        <translation>Art. 22 DSGVO</translation>
    </message>
    <message>
        <source>Whether decisions are taken solely by automated means, including profiling, with legal or similarly significant effects on the data subject; the data subject must be told (Art. 13(2)(f)).</source>
        <translation>Ob Entscheidungen ausschließlich automatisiert getroffen werden, einschließlich Profiling, mit rechtlicher Wirkung oder ähnlich erheblicher Beeinträchtigung für die betroffene Person; die betroffene Person ist darüber zu informieren (Art. 13 Abs. 2 lit. f).</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <source>Art. 4(4) and Art. 22 GDPR</source>
        <translation>Art. 4 Nr. 4 und Art. 22 DSGVO</translation>
    </message>
    <message>
        <source>Whether personal aspects are evaluated by automated means: work performance, economic situation, health, preferences, interests, reliability, behaviour, location or movements.</source>
        <translation>Ob persönliche Aspekte automatisiert bewertet werden: Arbeitsleistung, wirtschaftliche Lage, Gesundheit, Vorlieben, Interessen, Zuverlässigkeit, Verhalten, Aufenthaltsort oder Ortswechsel.</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Involvierte Logik</translation>
    </message>
    <message>
        <source>Art. 13(2)(f) and 14(2)(g) GDPR</source>
        <translation>Art. 13 Abs. 2 lit. f und Art. 14 Abs. 2 lit. g DSGVO</translation>
    </message>
    <message>
        <source>Meaningful information about the logic involved in the automated decisions.</source>
        <translation>Aussagekräftige Informationen über die bei den automatisierten Entscheidungen involvierte Logik.</translation>
    </message>
    <message>
        <source>Significance and consequences</source>
        <translation>Tragweite und Auswirkungen</translation>
    </message>
    <message>
        <source>The significance and the envisaged consequences of the processing for the data subject.</source>
        <translation>Die Tragweite und die angestrebten Auswirkungen der Verarbeitung für die betroffene Person.</translation>
    </message>
    <message>
        <source>WP248 criteria</source>
        <translation>WP248-Kriterien</translation>
    </message>
    <message>
        <source>Art. 35(1) GDPR, EDPB WP248 rev.01</source>
        <translation>Art. 35 Abs. 1 DSGVO, EDSA WP248 rev.01</translation>
    </message>
    <message>
        <source>The nine criteria of the EDPB guidelines for processing likely to result in a high risk; two or more usually mean a DPIA is required.</source>
        <translation>Die neun Kriterien der Leitlinien des EDSA für Verarbeitungen, die voraussichtlich ein hohes Risiko zur Folge haben; bei zwei oder mehr ist eine DSFA meist erforderlich.</translation>
    </message>
    <message>
        <source>On the authority’s list</source>
        <translation>Auf der Liste der Behörde</translation>
    </message>
    <message>
        <source>Art. 35(4) GDPR</source>
        <translation>Art. 35 Abs. 4 DSGVO</translation>
    </message>
    <message>
        <source>The supervisory authority publishes a list of the kinds of processing that need a DPIA.</source>
        <translation>Die Aufsichtsbehörde veröffentlicht eine Liste der Verarbeitungsvorgänge, für die eine Datenschutz-Folgenabschätzung durchzuführen ist.</translation>
    </message>
    <message>
        <source>Likely high risk</source>
        <translation>Voraussichtlich hohes Risiko</translation>
    </message>
    <message>
        <source>Art. 35(1) GDPR</source>
        <translation>Art. 35 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>The screening’s conclusion: whether the processing is likely to result in a high risk to the rights and freedoms of natural persons.</source>
        <translation>Das Ergebnis der Vorprüfung: ob die Verarbeitung voraussichtlich ein hohes Risiko für die Rechte und Freiheiten natürlicher Personen zur Folge hat.</translation>
    </message>
    <message>
        <source>Screening outcome</source>
        <translation>Ergebnis der Vorprüfung</translation>
    </message>
    <message>
        <source>Art. 35(1) and Art. 5(2) GDPR</source>
        <translation>Art. 35 Abs. 1 und Art. 5 Abs. 2 DSGVO</translation>
    </message>
    <message>
        <source>What the screening concluded and why; a decision not to carry out a DPIA is documented too.</source>
        <translation>Was die Vorprüfung ergab und warum; auch die Entscheidung, keine DSFA durchzuführen, wird dokumentiert.</translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation>Bericht der Vorprüfung</translation>
    </message>
    <message>
        <source>The document that records the screening.</source>
        <translation>Das Dokument, in dem die Vorprüfung festgehalten ist.</translation>
    </message>
    <message>
        <source>DPIA performed</source>
        <translation>DSFA durchgeführt</translation>
    </message>
    <message>
        <source>Whether the DPIA was carried out: yes, no or not stated. Yes without a date is allowed, when the date is not at hand.</source>
        <translation>Ob die DSFA durchgeführt wurde: ja, nein oder nicht angegeben. Ja ohne Datum ist zulässig, wenn das Datum nicht vorliegt.</translation>
    </message>
    <message>
        <source>DPIA report</source>
        <translation>DSFA-Bericht</translation>
    </message>
    <message>
        <source>Art. 35(7) GDPR</source>
        <translation>Art. 35 Abs. 7 DSGVO</translation>
    </message>
    <message>
        <source>The DPIA report: a description of the processing, the assessment of its necessity and of the risks, and the measures envisaged.</source>
        <translation>Der DSFA-Bericht: eine Beschreibung der Verarbeitung, die Bewertung ihrer Notwendigkeit und der Risiken sowie die geplanten Abhilfemaßnahmen.</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Verknüpfte Dokumente</translation>
    </message>
    <message>
        <source>Documents that belong to this activity: a DPIA report, a legitimate-interests assessment, consent records, a retention policy.</source>
        <translation>Dokumente, die zu dieser Verarbeitung gehören: ein DSFA-Bericht, eine Interessenabwägung, Einwilligungsnachweise, ein Löschkonzept.</translation>
    </message>
    <message>
        <source>DPA in place</source>
        <translation>AVV vorhanden</translation>
    </message>
    <message>
        <source>Whether a data processing agreement with the terms of Art. 28(3) is in place: yes, no or not stated. Yes without a date is allowed, when the date is not at hand.</source>
        <translation>Ob ein Auftragsverarbeitungsvertrag mit den Regelungen des Art. 28 Abs. 3 besteht: ja, nein oder nicht angegeben. Ja ohne Datum ist zulässig, wenn das Datum nicht vorliegt.</translation>
    </message>
    <message>
        <source>DPA document</source>
        <translation>AVV-Dokument</translation>
    </message>
    <message>
        <source>Art. 28(3) and 28(9) GDPR</source>
        <translation>Art. 28 Abs. 3 und 9 DSGVO</translation>
    </message>
    <message>
        <source>The document that is the agreement; it is in writing, which includes electronic form (Art. 28(9)).</source>
        <translation>Das Dokument, das der Vertrag ist; er ist schriftlich abzufassen, was auch in einem elektronischen Format erfolgen kann (Art. 28 Abs. 9).</translation>
    </message>
    <message>
        <source>Documents about this party: contracts and DPAs, certificates, subprocessor lists.</source>
        <translation>Dokumente zu dieser Partei: Verträge und AVV, Zertifikate, Listen von Unterauftragsverarbeitern.</translation>
    </message>
    <message>
        <source>All data categories</source>
        <translation>Alle Datenkategorien</translation>
    </message>
    <message>
        <source>On: the transfer carries every data category of its activities. Off with no category checked: the categories are not stated, and the record says so.</source>
        <translation>Ein: die Übermittlung umfasst alle Datenkategorien ihrer Verarbeitungen. Aus ohne angekreuzte Kategorie: die Kategorien sind nicht angegeben, und so steht es im Verzeichnis.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Art. 32 GDPR</source>
        <translation>Art. 32 DSGVO</translation>
    </message>
    <message>
        <source>The application, database or service, by the name your organisation uses for it.</source>
        <translation>Die Anwendung, Datenbank oder der Dienst, unter dem Namen, den Ihre Organisation dafür verwendet.</translation>
    </message>
    <message>
        <source>What the system is and what it does with the data.</source>
        <translation>Was das System ist und was es mit den Daten tut.</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehostet von</translation>
    </message>
    <message>
        <source>Art. 28 and Art. 30(1)(d) GDPR</source>
        <translation>Art. 28 und Art. 30 Abs. 1 lit. d DSGVO</translation>
    </message>
    <message>
        <source>Who hosts the system: your own organisation, or a processor that does it for you.</source>
        <translation>Wer das System hostet: Ihre eigene Organisation oder ein Auftragsverarbeiter, der das für Sie tut.</translation>
    </message>
    <message>
        <source>Hosted in</source>
        <translation>Gehostet in</translation>
    </message>
    <message>
        <source>Art. 44 GDPR</source>
        <translation>Art. 44 DSGVO</translation>
    </message>
    <message>
        <source>The countries where the system keeps the data; a country outside the EEA needs a transfer with a mechanism of Chapter V.</source>
        <translation>Die Länder, in denen das System die Daten speichert; ein Land außerhalb des EWR verlangt eine Übermittlung mit einer Grundlage nach Kapitel V.</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <source>What the document is: a privacy policy, a contract or DPA, a DPIA report, a legitimate-interests assessment, a consent record, a retention policy or a subprocessor list.</source>
        <translation>Was das Dokument ist: eine Datenschutzerklärung, ein Vertrag oder AVV, ein DSFA-Bericht, eine Interessenabwägung, ein Einwilligungsnachweis, ein Löschkonzept oder eine Liste von Unterauftragsverarbeitern.</translation>
    </message>
    <message>
        <source>No DPO because</source>
        <translation>Kein DSB, weil</translation>
    </message>
    <message>
        <source>Art. 37(1) GDPR</source>
        <translation>Art. 37 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <source>Why the organisation has not designated a data protection officer: it is not a public body, and its core activities are neither large-scale regular and systematic monitoring nor large-scale processing of special categories or criminal data. The record prints “DPO not required” with this reason; empty is not stated.</source>
        <translation>Warum die Organisation keinen Datenschutzbeauftragten benannt hat: Sie ist keine Behörde, und ihre Kerntätigkeit besteht weder in einer umfangreichen regelmäßigen und systematischen Überwachung noch in der umfangreichen Verarbeitung besonderer Kategorien oder strafrechtlicher Daten. Das Verzeichnis nennt „DSB nicht erforderlich“ mit diesem Grund; leer bedeutet nicht angegeben.</translation>
    </message>
    <message>
        <source>Notice period to object</source>
        <translation>Einspruchsfrist</translation>
    </message>
    <message>
        <source>Art. 28(2) and (4) GDPR</source>
        <translation>Art. 28 Abs. 2 und 4 DSGVO</translation>
    </message>
    <message>
        <source>The days the processing agreement gives the controller to object to a new subprocessor after the processor&apos;s notice of the change (the SCCs, module 2, clause 9(a), ask for such a period).</source>
        <translation>Die Tage, die der Auftragsverarbeitungsvertrag dem Verantwortlichen gibt, um nach der Mitteilung des Auftragsverarbeiters gegen einen neuen Unterauftragsverarbeiter Einspruch zu erheben (die SCC, Modul 2, Klausel 9 Buchst. a, verlangen eine solche Frist).</translation>
    </message>
    <message>
        <source>Change notice received</source>
        <translation>Mitteilung erhalten am</translation>
    </message>
    <message>
        <source>Art. 28(2) GDPR</source>
        <translation>Art. 28 Abs. 2 DSGVO</translation>
    </message>
    <message>
        <source>The day the processor&apos;s notice of a change of its subprocessors arrived: with the notice period it gives the last day to object.</source>
        <translation>Der Tag, an dem die Mitteilung des Auftragsverarbeiters über eine Änderung seiner Unterauftragsverarbeiter einging: mit der Einspruchsfrist ergibt er den letzten Tag für einen Einspruch.</translation>
    </message>
</context>
<context>
    <name>ropa::FindDialog</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Name of a party, activity, category, document…</source>
        <translation>Name einer Stelle, Tätigkeit, Kategorie, eines Dokuments…</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
</context>
<context>
    <name>ropa::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>ropa::FindingsView</name>
    <message>
        <source>Filter by rule, entity or message</source>
        <translation>Nach Regel, Eintrag oder Meldung filtern</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation>Mittel und hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>Akzeptierte anzeigen</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Akzeptieren…</translation>
    </message>
    <message>
        <source>Accept the selected finding with a justification</source>
        <translation>Den ausgewählten Befund mit Begründung akzeptieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>%1 high · %2 medium · %3 low · %4 accepted</source>
        <translation>%1 hoch · %2 mittel · %3 niedrig · %4 akzeptiert</translation>
    </message>
    <message>
        <source>%1 (%2). How to fix: %3</source>
        <translation>%1 (%2). Behebung: %3</translation>
    </message>
    <message>
        <source>Accepted on %1: %2</source>
        <translation>Akzeptiert am %1: %2</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <source>Why is “%1” acceptable? The justification is kept with the project.</source>
        <translation>Warum ist „%1“ vertretbar? Die Begründung wird mit dem Projekt gespeichert.</translation>
    </message>
    <message>
        <source>%1 high · %2 medium · %3 low · %4 accepted · %5 no longer applies</source>
        <translation>%1 hoch · %2 mittel · %3 niedrig · %4 akzeptiert · %5 nicht mehr zutreffend</translation>
    </message>
</context>
<context>
    <name>ropa::GraphPage</name>
    <message>
        <source>Transfer graph</source>
        <translation>Übermittlungsgraph</translation>
    </message>
</context>
<context>
    <name>ropa::GraphView</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen zeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the picture as SVG, PNG, PDF, DOT or GraphML</source>
        <translation>Das Bild als SVG, PNG, PDF, DOT oder GraphML speichern</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>Highlight chains to:</source>
        <translation>Ketten hervorheben nach:</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketten</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Schwächstes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exposure&lt;/b&gt;: data category × destination country</source>
        <translation>&lt;b&gt;Exposition&lt;/b&gt;: Datenkategorie × Bestimmungsland</translation>
    </message>
    <message>
        <source>&amp;nbsp; Dashed box: a category of recipients; dashed line: a transfer back or within a layer.</source>
        <translation>&amp;nbsp; Gestrichelter Rahmen: eine Kategorie von Empfängern; gestrichelte Linie: eine Übermittlung zurück oder innerhalb einer Ebene.</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Jedes Land</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Every hop</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>%1 or weaker</source>
        <translation>%1 oder schwächer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;Mechanism: %3 (%4)&lt;br&gt;Data: %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;Instrument: %3 (%4)&lt;br&gt;Daten: %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg, .png, .pdf, .dot or .graphml.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .svg, .png, .pdf, .dot oder .graphml.</translation>
    </message>
    <message>
        <source>Could not write %1. %2</source>
        <translation>%1 konnte nicht geschrieben werden. %2</translation>
    </message>
    <message>
        <source>New transfer from %1: click the party that receives the data (Esc cancels).</source>
        <translation>Neue Übermittlung von %1: Klicken Sie auf die Stelle, die die Daten empfängt (Esc bricht ab).</translation>
    </message>
    <message numerus="yes">
        <source>Removing %1 also removes %n other entries.</source>
        <translation>
            <numerusform>Wenn Sie %1 entfernen, wird auch %n weiterer Eintrag entfernt.</numerusform>
            <numerusform>Wenn Sie %1 entfernen, werden auch %n weitere Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other entries.</source>
        <translation>
            <numerusform>Es wird auch aus %n weiteren Eintrag entfernt.</numerusform>
            <numerusform>Es wird auch aus %n weiteren Einträgen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Add transfer from here to…</source>
        <translation>Übermittlung von hier hinzufügen an…</translation>
    </message>
    <message>
        <source>Remove party…</source>
        <translation>Stelle entfernen…</translation>
    </message>
    <message>
        <source>Change mechanism</source>
        <translation>Instrument ändern</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Übermittlung entfernen</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Stelle hinzufügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Computing the transfer graph…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The picture and the exposure table appear here when they are ready. The other pages can be used meanwhile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Übermittlungsgraph wird berechnet…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Das Bild und die Expositionstabelle erscheinen hier, sobald sie fertig sind. Die anderen Seiten können inzwischen benutzt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>transfer graph</source>
        <translation>Übermittlungsgraph</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>%1 and %2 shown</source>
        <translation>%1 und %2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfers</source>
        <translation>
            <numerusform>%n Übermittlung</numerusform>
            <numerusform>%n Übermittlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2; %3; %4.</source>
        <translation>%1; %2; %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n Zyklus</numerusform>
            <numerusform>%n Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties nothing reaches</source>
        <translation>
            <numerusform>%n Stelle, die nichts erreicht</numerusform>
            <numerusform>%n Stellen, die nichts erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfers list no data category</source>
        <translation>
            <numerusform>%n Übermittlung ohne Datenkategorie</numerusform>
            <numerusform>%n Übermittlungen ohne Datenkategorie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to keep the inventory and make the records, offline</source>
        <translation>Wie Sie das Verzeichnis führen und die Verzeichnisse erstellen, offline</translation>
    </message>
    <message>
        <source>&amp;About Ropa</source>
        <translation>&amp;Über Ropa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Ropa</source>
        <translation>Über Ropa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ropa %1&lt;/h3&gt;&lt;p&gt;Your data inventory and records of processing activities (GDPR Article 30), with the processors and subprocessors that receive the data.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ropa %1&lt;/h3&gt;&lt;p&gt;Ihr Datenverzeichnis und Ihre Verzeichnisse von Verarbeitungstätigkeiten (Artikel 30 DSGVO), mit den Auftragsverarbeitern und Unterauftragsverarbeitern, die die Daten erhalten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Click a field to see what it means and which article of the GDPR asks for it</source>
        <translation>Klicken Sie auf ein Feld, um zu sehen, was es bedeutet und welcher Artikel der DSGVO es verlangt</translation>
    </message>
</context>
<context>
    <name>ropa::HistoryPage</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Choose a save to see its changes.</source>
        <translation>Wählen Sie eine Speicherung, um ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>This project has no history yet. Each save in Ropa records when, who, what changed and, with File → Save with Comment…, why.</source>
        <translation>Dieses Projekt hat noch keine Historie. Jede Speicherung in Ropa hält fest, wann, wer, was sich geändert hat und, mit Datei → Mit Kommentar speichern…, warum.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Save %1, %2, by %3</source>
        <translation>Speicherung %1, %2, von %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
</context>
<context>
    <name>ropa::ImportColumnsEditor</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Name der Verarbeitung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Bedingung nach Art. 9</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Besondere Kategorien</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
        <source>Third countries</source>
        <translation>Drittländer</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ropa::ImportDialog</name>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>CSV, %1, separated by %2</source>
        <translation>CSV, %1, getrennt durch %2</translation>
    </message>
    <message>
        <source>ODS spreadsheet</source>
        <translation>ODS-Tabelle</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>XLSX-Arbeitsmappe</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n sheet(s)</source>
        <translation>
            <numerusform>%1, %n Tabellenblatt</numerusform>
            <numerusform>%1, %n Tabellenblätter</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Ein Verzeichnis importieren</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headings; the rows below it are the activities</source>
        <translation>Die Zeile des Blatts mit den Spaltenüberschriften; die Zeilen darunter sind die Verarbeitungen</translation>
    </message>
    <message>
        <source>New lines</source>
        <translation>Zeilenumbrüchen</translation>
    </message>
    <message>
        <source>Semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>Commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Aufzählungszeichen</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>Apply a mapping saved before</source>
        <translation>Eine zuvor gespeicherte Zuordnung anwenden</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep this mapping in a file, to import the same register the same way again (also with ropa-cli import --mapping)</source>
        <translation>Diese Zuordnung in einer Datei speichern, um dasselbe Verzeichnis später genauso zu importieren (auch mit ropa-cli import --mapping)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>&amp;Heading row:</source>
        <translation>&amp;Überschriftenzeile:</translation>
    </message>
    <message>
        <source>Split cells at:</source>
        <translation>Zellen trennen bei:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>What will be &amp;imported</source>
        <translation>Was &amp;importiert wird</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not read %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2.&lt;/p&gt;&lt;p&gt;Nothing was changed in the project.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 konnte nicht gelesen werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2.&lt;/p&gt;&lt;p&gt;Im Projekt wurde nichts geändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 has no sheet with data.</source>
        <translation>%1 hat kein Tabellenblatt mit Daten.</translation>
    </message>
    <message>
        <source>Working out what the import would do…</source>
        <translation>Es wird ermittelt, was der Import täte…</translation>
    </message>
    <message>
        <source>Nothing to import: the project already has all that this sheet says.</source>
        <translation>Nichts zu importieren: das Projekt enthält bereits alles, was dieses Blatt sagt.</translation>
    </message>
    <message>
        <source>No activity found below the heading row: check the heading row and the columns.</source>
        <translation>Keine Verarbeitung unter der Überschriftenzeile gefunden: prüfen Sie die Überschriftenzeile und die Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities to import</source>
        <translation>
            <numerusform>%n Verarbeitung zu importieren</numerusform>
            <numerusform>%n Verarbeitungen zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not resolved (see What will be imported)</source>
        <translation>
            <numerusform>%n Wert nicht erkannt (siehe Was importiert wird)</numerusform>
            <numerusform>%n Werte nicht erkannt (siehe Was importiert wird)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>%n Verarbeitung aus %1 importieren</numerusform>
            <numerusform>%n Verarbeitungen aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not made: it would leave the project in a state Ropa cannot keep. Nothing was changed.</source>
        <translation>Der Import wurde nicht ausgeführt: das Projekt käme in einen Zustand, den Ropa nicht speichern kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No register is read yet.</source>
        <translation>Es wurde noch kein Verzeichnis gelesen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping: %2</source>
        <translation>%1 ist keine Zuordnung: %2</translation>
    </message>
    <message>
        <source>The mapping is for a sheet “%1”, which %2 does not have.</source>
        <translation>Die Zuordnung gilt für ein Tabellenblatt „%1“, das %2 nicht hat.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Eine Zuordnung laden</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Zuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not load the mapping.</source>
        <translation>Die Zuordnung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 mapping</source>
        <translation>%1 Zuordnung</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Die Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Could not save the mapping.</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Mapping saved to %1</source>
        <translation>Zuordnung gespeichert in %1</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.ods *.csv *.txt *.json);;All files (*)</source>
        <translation>Register (*.xlsx *.ods *.csv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1, read as %2 (its columns are fixed)</source>
        <translation>%1, gelesen als %2 (die Spalten stehen fest)</translation>
    </message>
</context>
<context>
    <name>ropa::ImportSummaryView</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>Bereits im Projekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>Wert wie geschrieben</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Type what the value means (“consent”, “US, IN”, “6 years”); every row that has it reads so</source>
        <translation>Geben Sie ein, was der Wert bedeutet („Einwilligung“, „US, IN“, „6 Jahre“); jede Zeile mit diesem Wert wird so gelesen</translation>
    </message>
    <message numerus="yes">
        <source>The sheet holds %n activities.</source>
        <translation>
            <numerusform>Das Blatt enthält %n Verarbeitung.</numerusform>
            <numerusform>Das Blatt enthält %n Verarbeitungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project already has everything it says: importing it changes nothing.</source>
        <translation>Das Projekt enthält bereits alles, was darin steht: der Import ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be added</source>
        <translation>
            <numerusform>%n wird hinzugefügt</numerusform>
            <numerusform>%n werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project will gain what they lacked</source>
        <translation>
            <numerusform>%n bereits im Projekt erhält, was fehlte</numerusform>
            <numerusform>%n bereits im Projekt erhalten, was fehlte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project stay as they are</source>
        <translation>
            <numerusform>%n bereits im Projekt bleibt, wie sie ist</numerusform>
            <numerusform>%n bereits im Projekt bleiben, wie sie sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Gain what they lacked: %1</source>
        <translation>Erhalten, was fehlte: %1</translation>
    </message>
    <message>
        <source>Every value was resolved.</source>
        <translation>Jeder Wert wurde erkannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) Ropa could not resolve. Nothing is guessed for them: type what one reads as (double-click Read as) and every row with it follows, or correct them in the spreadsheet, or in the project after the import.</source>
        <translation>
            <numerusform>%n Wert, den Ropa nicht erkennen konnte. Nichts wird dafür geraten: geben Sie ein, was er bedeutet (Doppelklick auf Lesen als), und jede Zeile mit ihm folgt, oder korrigieren Sie ihn in der Tabelle oder im Projekt nach dem Import.</numerusform>
            <numerusform>%n Werte, die Ropa nicht erkennen konnte. Nichts wird dafür geraten: geben Sie ein, was ein Wert bedeutet (Doppelklick auf Lesen als), und jede Zeile mit ihm folgt, oder korrigieren Sie sie in der Tabelle oder im Projekt nach dem Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>ropa::KindEditor</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>Data subject category</source>
        <translation>Kategorie betroffener Personen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verarbeitungstätigkeit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the selected entry</source>
        <translation>Den ausgewählten Eintrag anzeigen</translation>
    </message>
    <message>
        <source>A name is needed; the previous one is kept until you type one.</source>
        <translation>Ein Name ist erforderlich; der bisherige bleibt, bis Sie einen eingeben.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>Not a web address: start it with https:// (https://www.example.com/privacy).</source>
        <translation>Keine Webadresse: beginnen Sie mit https:// (https://www.example.com/privacy).</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Invalidated on %1 (%2).</source>
        <translation>Für ungültig erklärt am %1 (%2).</translation>
    </message>
    <message>
        <source>Module 1: controller to controller</source>
        <translation>Modul 1: Verantwortlicher an Verantwortlichen</translation>
    </message>
    <message>
        <source>Module 2: controller to processor</source>
        <translation>Modul 2: Verantwortlicher an Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Module 3: processor to processor</source>
        <translation>Modul 3: Auftragsverarbeiter an Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Module 4: processor to controller</source>
        <translation>Modul 4: Auftragsverarbeiter an Verantwortlichen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ropa::Labels</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Internationale Organisation</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Natürliche Person</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Rassische oder ethnische Herkunft</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politische Meinungen</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religiöse oder weltanschauliche Überzeugungen</translation>
    </message>
    <message>
        <source>Trade-union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetische Daten</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometrische Daten</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Sexualleben oder sexuelle Orientierung</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Personal characteristics</source>
        <translation>Persönliche Merkmale</translation>
    </message>
    <message>
        <source>Commercial information</source>
        <translation>Kommerzielle Informationen</translation>
    </message>
    <message>
        <source>Internet or electronic activity</source>
        <translation>Internet- oder elektronische Aktivität</translation>
    </message>
    <message>
        <source>Geolocation data</source>
        <translation>Geolokalisierungsdaten</translation>
    </message>
    <message>
        <source>Sensory data</source>
        <translation>Sensorische Daten</translation>
    </message>
    <message>
        <source>Professional information</source>
        <translation>Berufliche Informationen</translation>
    </message>
    <message>
        <source>Education information</source>
        <translation>Bildungsinformationen</translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation>Sensible personenbezogene Informationen</translation>
    </message>
    <message>
        <source>From the data subject</source>
        <translation>Von der betroffenen Person</translation>
    </message>
    <message>
        <source>From customer systems</source>
        <translation>Aus Kundensystemen</translation>
    </message>
    <message>
        <source>Collected automatically</source>
        <translation>Automatisch erhoben</translation>
    </message>
    <message>
        <source>From third parties</source>
        <translation>Von Dritten</translation>
    </message>
    <message>
        <source>From public sources</source>
        <translation>Aus öffentlichen Quellen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Zugriffskontrolle</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Pseudonymisierung</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Network security</source>
        <translation>Netzwerksicherheit</translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation>Physische Sicherheit</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rechtliche Verpflichtung</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Öffentliche Aufgabe</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Art. 6(1)(%1)</source>
        <translation>Art. 6 Abs. 1 lit. %1</translation>
    </message>
    <message>
        <source>explicit consent</source>
        <translation>ausdrückliche Einwilligung</translation>
    </message>
    <message>
        <source>employment and social security law</source>
        <translation>Arbeitsrecht und Recht der sozialen Sicherheit</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>not-for-profit body</source>
        <translation>Organisation ohne Gewinnerzielungsabsicht</translation>
    </message>
    <message>
        <source>made public by the data subject</source>
        <translation>von der betroffenen Person öffentlich gemacht</translation>
    </message>
    <message>
        <source>legal claims</source>
        <translation>Rechtsansprüche</translation>
    </message>
    <message>
        <source>substantial public interest</source>
        <translation>erhebliches öffentliches Interesse</translation>
    </message>
    <message>
        <source>health or social care</source>
        <translation>Gesundheits- oder Sozialversorgung</translation>
    </message>
    <message>
        <source>public health</source>
        <translation>öffentliche Gesundheit</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>Archivzwecke, Forschung oder Statistik</translation>
    </message>
    <message>
        <source>Art. 9(2)(%1): %2</source>
        <translation>Art. 9 Abs. 2 lit. %1: %2</translation>
    </message>
    <message>
        <source>Within the EEA</source>
        <translation>Innerhalb des EWR</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>EU-U.S. Data Privacy Framework</source>
        <translation>EU-US-Datenschutzrahmen (DPF)</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Verbindliche interne Datenschutzvorschriften</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Verhaltensregeln</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Ausnahme (Art. 49)</translation>
    </message>
    <message>
        <source>Privacy Shield (invalidated)</source>
        <translation>Datenschutzschild (für ungültig erklärt)</translation>
    </message>
    <message>
        <source>Safe Harbour (invalidated)</source>
        <translation>Safe Harbor (für ungültig erklärt)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (module %1)</source>
        <translation>Standardvertragsklauseln (Modul %1)</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EWR</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>DPF</source>
        <translation>DPF</translation>
    </message>
    <message>
        <source>SCC module %1</source>
        <translation>SCC-Modul %1</translation>
    </message>
    <message>
        <source>SCC</source>
        <translation>SCC</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>BCR</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Privacy Shield (invalid)</source>
        <translation>Datenschutzschild (ungültig)</translation>
    </message>
    <message>
        <source>Safe Harbour (invalid)</source>
        <translation>Safe Harbor (ungültig)</translation>
    </message>
    <message>
        <source>Art. 49(1), second subparagraph: compelling legitimate interests</source>
        <translation>Art. 49 Abs. 1 Unterabs. 2: zwingende berechtigte Interessen</translation>
    </message>
    <message>
        <source>Art. 49(1)(%1)</source>
        <translation>Art. 49 Abs. 1 lit. %1</translation>
    </message>
    <message>
        <source>European Union (EU)</source>
        <translation>Europäische Union (EU)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Internal recipient</source>
        <translation>Interner Empfänger</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Statutory requirement</source>
        <translation>Gesetzlich vorgeschrieben</translation>
    </message>
    <message>
        <source>Contractual requirement</source>
        <translation>Vertraglich vorgeschrieben</translation>
    </message>
    <message>
        <source>Required to enter into a contract</source>
        <translation>Für einen Vertragsabschluss erforderlich</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation>Bewertung oder Scoring</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similar effect</source>
        <translation>Automatisierte Entscheidungen mit Rechtswirkung oder ähnlicher Wirkung</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Systematische Überwachung</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Sensible oder höchstpersönliche Daten</translation>
    </message>
    <message>
        <source>Data processed on a large scale</source>
        <translation>Datenverarbeitung in großem Umfang</translation>
    </message>
    <message>
        <source>Matched or combined datasets</source>
        <translation>Abgeglichene oder zusammengeführte Datensätze</translation>
    </message>
    <message>
        <source>Data of vulnerable data subjects</source>
        <translation>Daten schutzbedürftiger betroffener Personen</translation>
    </message>
    <message>
        <source>Innovative use of technology</source>
        <translation>Innovative Nutzung von Technologie</translation>
    </message>
    <message>
        <source>Prevents the exercise of a right or use of a service</source>
        <translation>Hindert an der Ausübung eines Rechts oder der Nutzung einer Dienstleistung</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Contract or DPA</source>
        <translation>Vertrag oder AVV</translation>
    </message>
    <message>
        <source>DPIA report</source>
        <translation>DSFA-Bericht</translation>
    </message>
    <message>
        <source>Legitimate interests assessment</source>
        <translation>Interessenabwägung (berechtigtes Interesse)</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Nachweis der Einwilligung</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <source>Subprocessor list</source>
        <translation>Liste der Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>None (no mechanism)</source>
        <translation>Keiner (kein Übermittlungsmechanismus)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>ropa::LinkPicker</name>
    <message>
        <source>New data subject category…</source>
        <translation>Neue Kategorie betroffener Personen…</translation>
    </message>
    <message>
        <source>New data category…</source>
        <translation>Neue Datenkategorie…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <source>New security measure…</source>
        <translation>Neue Sicherheitsmaßnahme…</translation>
    </message>
    <message>
        <source>New processing activity…</source>
        <translation>Neue Verarbeitungstätigkeit…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add and link data subject “%1”</source>
        <translation>Betroffene Personen „%1“ hinzufügen und verknüpfen</translation>
    </message>
    <message>
        <source>Add and link data category “%1”</source>
        <translation>Datenkategorie „%1“ hinzufügen und verknüpfen</translation>
    </message>
    <message>
        <source>Add and link source “%1”</source>
        <translation>Quelle „%1“ hinzufügen und verknüpfen</translation>
    </message>
    <message>
        <source>Add and link security measure “%1”</source>
        <translation>Sicherheitsmaßnahme „%1“ hinzufügen und verknüpfen</translation>
    </message>
    <message>
        <source>Add and link activity “%1”</source>
        <translation>Tätigkeit „%1“ hinzufügen und verknüpfen</translation>
    </message>
    <message>
        <source>Add and link “%1”</source>
        <translation>„%1“ hinzufügen und verknüpfen</translation>
    </message>
    <message>
        <source>Add new</source>
        <translation>Neu hinzufügen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Check to link, uncheck to unlink; double-click to open.</source>
        <translation>Ankreuzen zum Verknüpfen, abwählen zum Lösen; Doppelklick zum Öffnen.</translation>
    </message>
    <message>
        <source>Add a new entry with this name and link it</source>
        <translation>Einen neuen Eintrag mit diesem Namen anlegen und verknüpfen</translation>
    </message>
    <message>
        <source>%1 of %2 linked</source>
        <translation>%1 von %2 verknüpft</translation>
    </message>
    <message>
        <source>New system…</source>
        <translation>Neues System…</translation>
    </message>
    <message>
        <source>New document (title)…</source>
        <translation>Neues Dokument (Titel)…</translation>
    </message>
    <message>
        <source>Add and link system “%1”</source>
        <translation>System „%1“ hinzufügen und verknüpfen</translation>
    </message>
    <message>
        <source>Add and link document “%1”</source>
        <translation>Dokument „%1“ hinzufügen und verknüpfen</translation>
    </message>
</context>
<context>
    <name>ropa::ListField</name>
    <message>
        <source>One a line</source>
        <translation>Eines je Zeile</translation>
    </message>
</context>
<context>
    <name>ropa::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Ein neues, leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Ropa project or a JSON interchange file</source>
        <translation>Ein Ropa-Projekt oder eine JSON-Austauschdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find any entity by name and go to it</source>
        <translation>Einen Eintrag nach Namen suchen und anzeigen</translation>
    </message>
    <message>
        <source>Filter &amp;table</source>
        <translation>&amp;Tabelle filtern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>No recovery copy was written: %1</source>
        <translation>Es wurde keine Wiederherstellungskopie geschrieben: %1</translation>
    </message>
    <message>
        <source>Ropa</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Ropa</source>
        <translation>%1[*] (schreibgeschützt) — Ropa</translation>
    </message>
    <message>
        <source>%1[*] — Ropa</source>
        <translation>%1[*] — Ropa</translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1 &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>New project: add your processing activities, or complete your organisation&apos;s details</source>
        <translation>Neues Projekt: Fügen Sie Ihre Verarbeitungstätigkeiten hinzu oder ergänzen Sie die Angaben Ihrer Organisation</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Eine &amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Read-only: save a copy to keep changes</source>
        <translation>Schreibgeschützt: Speichern Sie eine Kopie, um Änderungen zu behalten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln Tätigkeit</numerusform>
            <numerusform>%Ln Tätigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln parties</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfers</source>
        <translation>
            <numerusform>%Ln Übermittlung</numerusform>
            <numerusform>%Ln Übermittlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln data categories</source>
        <translation>
            <numerusform>%Ln Datenkategorie</numerusform>
            <numerusform>%Ln Datenkategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged; Undo takes it back</source>
        <translation>Zusammengeführt; Rückgängig macht es rückgängig</translation>
    </message>
    <message>
        <source>Imported; Undo takes it back</source>
        <translation>Importiert; Rückgängig macht es rückgängig</translation>
    </message>
    <message>
        <source>Save with Co&amp;mment…</source>
        <translation>Mit Ko&amp;mmentar speichern…</translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation>Mit Kommentar speichern</translation>
    </message>
    <message>
        <source>Why this save? The comment goes into the project&apos;s history, with who saved and when.</source>
        <translation>Warum diese Speicherung? Der Kommentar kommt in die Historie des Projekts, mit wer wann gespeichert hat.</translation>
    </message>
</context>
<context>
    <name>ropa::MergeDialog</name>
    <message>
        <source>Could not read %1.

%2</source>
        <translation>%1 konnte nicht gelesen werden.

%2</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektangaben</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: removed in mine, changed in theirs</source>
        <translation>%1: in meiner entfernt, in ihrer geändert</translation>
    </message>
    <message>
        <source>%1: changed in mine, removed in theirs</source>
        <translation>%1: in meiner geändert, in ihrer entfernt</translation>
    </message>
    <message>
        <source>%1: removed in mine, but “%2” in theirs refers to it</source>
        <translation>%1: in meiner entfernt, aber „%2“ in ihrer verweist darauf</translation>
    </message>
    <message>
        <source>%1: removed in theirs, but “%2” in mine refers to it</source>
        <translation>%1: in ihrer entfernt, aber „%2“ in meiner verweist darauf</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>keep it</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Merge changes</source>
        <translation>Änderungen zusammenführen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>I have the version we both started from</source>
        <translation>Ich habe die Version, mit der wir beide begonnen haben</translation>
    </message>
    <message>
        <source>With the version both copies started from, Ropa takes everything only they changed and asks only about what both of you changed.</source>
        <translation>Mit der Version, mit der beide Kopien begonnen haben, übernimmt Ropa alles, was nur sie geändert haben, und fragt nur nach dem, was Sie beide geändert haben.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>W&amp;ählen…</translation>
    </message>
    <message>
        <source>Their copy:</source>
        <translation>Ihre Kopie:</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>your copy</source>
        <translation>Ihrer Kopie</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>ihrer Kopie</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle ankreuzen</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Keine ankreuzen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Changes the merge takes from their copy (take a tick off to leave one out):</source>
        <translation>Änderungen, die die Zusammenführung aus ihrer Kopie übernimmt (Haken entfernen, um eine auszulassen):</translation>
    </message>
    <message>
        <source>Differences between your copy and theirs: tick the ones to take.</source>
        <translation>Unterschiede zwischen Ihrer Kopie und ihrer: Kreuzen Sie an, was übernommen werden soll.</translation>
    </message>
    <message>
        <source>The merged project would not be valid:</source>
        <translation>Das zusammengeführte Projekt wäre nicht gültig:</translation>
    </message>
    <message numerus="yes">
        <source>Decide %n conflict(s) to merge.</source>
        <translation>
            <numerusform>Entscheiden Sie %n Konflikt, um zusammenzuführen.</numerusform>
            <numerusform>Entscheiden Sie %n Konflikte, um zusammenzuführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) ticked.</source>
        <translation>
            <numerusform>%n Änderung angekreuzt.</numerusform>
            <numerusform>%n Änderungen angekreuzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The base shares no entity with one of the copies: it is not the version both started from, so most changes show as conflicts or additions.</source>
        <translation>Die Basis hat mit einer der Kopien keinen Eintrag gemeinsam: Sie ist nicht die Version, mit der beide begonnen haben, daher erscheinen die meisten Änderungen als Konflikte oder Hinzufügungen.</translation>
    </message>
    <message>
        <source>Nothing was merged: with these changes the project would not be valid.</source>
        <translation>Es wurde nichts zusammengeführt: Mit diesen Änderungen wäre das Projekt nicht gültig.</translation>
    </message>
    <message>
        <source>Tick the changes these depend on too, or leave these out:</source>
        <translation>Kreuzen Sie auch die Änderungen an, von denen diese abhängen, oder lassen Sie diese weg:</translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation>Änderungen aus %1 zusammenführen</translation>
    </message>
    <message>
        <source>These changes are already in your project.</source>
        <translation>Diese Änderungen sind bereits in Ihrem Projekt.</translation>
    </message>
    <message>
        <source>Merge changes from</source>
        <translation>Änderungen zusammenführen aus</translation>
    </message>
    <message>
        <source>Ropa projects (*.ropa *.json);;All files (*)</source>
        <translation>Ropa-Projekte (*.ropa *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The version both copies started from</source>
        <translation>Die Version, mit der beide Kopien begonnen haben</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Write the value yourself</source>
        <translation>Den Wert selbst schreiben</translation>
    </message>
    <message>
        <source>%1 → your text: “%2”</source>
        <translation>%1 → Ihr Text: „%2“</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>%1

Mine: %2
Theirs: %3

The value to keep:</source>
        <translation>%1

Meine: %2
Ihre: %3

Der Wert, der bleibt:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both of you changed these; choose whose to keep, or write your own where it is a text.</source>
        <translation>
            <numerusform>%n Konflikt: Sie beide haben dies geändert; wählen Sie, wessen Fassung bleibt, oder schreiben Sie bei einem Text Ihren eigenen.</numerusform>
            <numerusform>%n Konflikte: Sie beide haben dies geändert; wählen Sie, wessen Fassung bleibt, oder schreiben Sie bei einem Text Ihren eigenen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::Navigator</name>
    <message>
        <source>Go to the &amp;navigator</source>
        <translation>Zur &amp;Navigation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ropa::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>e.g. Records of processing 2027</source>
        <translation>z. B. Verarbeitungsverzeichnis 2027</translation>
    </message>
    <message>
        <source>Your organisation&apos;s legal name</source>
        <translation>Der rechtliche Name Ihrer Organisation</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>Your &amp;organisation:</source>
        <translation>Ihre &amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Data protection &amp;officer:</source>
        <translation>Datenschutz&amp;beauftragter:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;e-mail:</source>
        <translation>&amp;E-Mail des DSB:</translation>
    </message>
    <message>
        <source>Every record of processing starts with the controller: your organisation and its data protection officer (Art. 30(1)(a) GDPR). You can change these later.</source>
        <translation>Jedes Verzeichnis von Verarbeitungstätigkeiten beginnt mit dem Verantwortlichen: Ihrer Organisation und ihrem Datenschutzbeauftragten (Art. 30 Abs. 1 lit. a DSGVO). Sie können dies später ändern.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>ropa::PartyEditor</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Named organisation (off: a category of recipients)</source>
        <translation>Namentlich genannte Organisation (aus: eine Kategorie von Empfängern)</translation>
    </message>
    <message>
        <source>Our own organisation (this is its record)</source>
        <translation>Unsere eigene Organisation (dies ist ihr Verzeichnis)</translation>
    </message>
    <message>
        <source>Off: the party is a category of recipients (“Marketing partners”, “Law enforcement on request”), as Art. 30(1)(d) allows</source>
        <translation>Aus: die Stelle ist eine Kategorie von Empfängern („Marketingpartner“, „Strafverfolgungsbehörden auf Anfrage“), wie Art. 30 Abs. 1 lit. d erlaubt</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Representative in the EU/UK (Art. 27)</source>
        <translation>Vertreter in der EU/im VK (Art. 27)</translation>
    </message>
    <message>
        <source>One a line, e.g. ISO/IEC 27001</source>
        <translation>Eine je Zeile, z. B. ISO/IEC 27001</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Processing locations:</source>
        <translation>Verarbeitungsorte:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>DPA signed:</source>
        <translation>AVV unterzeichnet:</translation>
    </message>
    <message>
        <source>DPF certified:</source>
        <translation>DPF-zertifiziert:</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Zertifizierungen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>The project needs at least one own organisation; mark another one first.</source>
        <translation>Das Projekt braucht mindestens eine eigene Organisation; markieren Sie zuerst eine andere.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities belong to this organisation; give them another one first.</source>
        <translation>
            <numerusform>%n Verarbeitungstätigkeit gehört zu dieser Organisation; ordnen Sie sie zuerst einer anderen zu.</numerusform>
            <numerusform>%n Verarbeitungstätigkeiten gehören zu dieser Organisation; ordnen Sie sie zuerst einer anderen zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Data Privacy Framework certifies U.S. organisations; this party is in %1.</source>
        <translation>Der Datenschutzrahmen zertifiziert US-Organisationen; diese Stelle ist in %1.</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Art. 28(3) GDPR: processing by a processor is governed by a contract that binds it to the controller. Yes: a DPA is in place, with or without its date at hand.</source>
        <translation>Art. 28 Abs. 3 DSGVO: die Verarbeitung durch einen Auftragsverarbeiter erfolgt auf der Grundlage eines Vertrags, der ihn in Bezug auf den Verantwortlichen bindet. Ja: ein AVV besteht, mit oder ohne bekanntes Datum.</translation>
    </message>
    <message>
        <source>DPA in place:</source>
        <translation>AVV vorhanden:</translation>
    </message>
    <message>
        <source>DPA document:</source>
        <translation>AVV-Dokument:</translation>
    </message>
    <message>
        <source>Linked documents:</source>
        <translation>Verknüpfte Dokumente:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>e.g. no large-scale monitoring, no special categories at scale</source>
        <translation>z. B. keine umfangreiche Überwachung, keine besonderen Kategorien in großem Umfang</translation>
    </message>
    <message>
        <source>No DPO because:</source>
        <translation>Kein DSB, weil:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Art. 28(2), (4) GDPR; SCCs module 2, clause 9: the period the DPA gives to object to a new subprocessor after a change notice</source>
        <translation>Art. 28 Abs. 2 und 4 DSGVO; SCC Modul 2, Klausel 9: die Frist, die der AVV nach einer Änderungsmitteilung für einen Einspruch gegen einen neuen Unterauftragsverarbeiter gibt</translation>
    </message>
    <message>
        <source>Notice period to object:</source>
        <translation>Einspruchsfrist:</translation>
    </message>
    <message>
        <source>Change notice received:</source>
        <translation>Änderungsmitteilung erhalten:</translation>
    </message>
    <message>
        <source>Object to the new subprocessors by %1.</source>
        <translation>Widersprechen Sie den neuen Unterauftragsverarbeitern bis %1.</translation>
    </message>
    <message>
        <source>The period to object ended on %1.</source>
        <translation>Die Einspruchsfrist endete am %1.</translation>
    </message>
</context>
<context>
    <name>ropa::ProjectFiles</name>
    <message>
        <source>the example %1</source>
        <translation>das Beispiel %1</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1.

The file does not exist.</source>
        <translation>%1 konnte nicht geöffnet werden.

Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Could not open %1.

%2</source>
        <translation>%1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>The file was made by an older Ropa; a copy was kept as %1</source>
        <translation>Die Datei stammt von einer älteren Ropa-Version; eine Kopie wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1 schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Ropa projects (*.ropa)</source>
        <translation>Ropa-Projekte (*.ropa)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save %1.

%2</source>
        <translation>%1 konnte nicht gespeichert werden.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not export %1.

%2</source>
        <translation>%1 konnte nicht exportiert werden.

%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Ropa projects (*.ropa *.json);;All files (*)</source>
        <translation>Ropa-Projekte (*.ropa *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>JSON interchange files (*.json);;All files (*)</source>
        <translation>JSON-Austauschdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>JSON interchange files (*.json)</source>
        <translation>JSON-Austauschdateien (*.json)</translation>
    </message>
    <message>
        <source>Ropa was not closed properly. Restore the unsaved changes to %1?</source>
        <translation>Ropa wurde nicht ordnungsgemäß beendet. Die nicht gespeicherten Änderungen an %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>A recovery copy was written at %1.</source>
        <translation>Um %1 wurde eine Wiederherstellungskopie geschrieben.</translation>
    </message>
    <message>
        <source>There are %1 more recovery copies; they are offered one at a time.</source>
        <translation>Es gibt %1 weitere Wiederherstellungskopien; sie werden einzeln angeboten.</translation>
    </message>
    <message>
        <source>Could not restore the unsaved changes.

%1</source>
        <translation>Die nicht gespeicherten Änderungen konnten nicht wiederhergestellt werden.

%1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt; speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>%1 was opened read-only.</source>
        <translation>%1 wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Opened %1 read-only: changed or damaged outside Ropa</source>
        <translation>%1 schreibgeschützt geöffnet: außerhalb von Ropa geändert oder beschädigt</translation>
    </message>
</context>
<context>
    <name>ropa::ProjectSession</name>
    <message>
        <source>The project is open elsewhere.</source>
        <translation>Das Projekt ist an anderer Stelle geöffnet.</translation>
    </message>
    <message>
        <source>There is not enough memory to open this file.</source>
        <translation>Es ist nicht genug Speicher vorhanden, um diese Datei zu öffnen.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>It is open by %1. Choose another name.</source>
        <translation>Sie ist von %1 geöffnet. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ropa::RecentMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ropa::RecordsPage</name>
    <message>
        <source>Article 30 records</source>
        <translation>Verzeichnisse (Artikel 30)</translation>
    </message>
</context>
<context>
    <name>ropa::RecordsView</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Controller record (Art. 30(1))</source>
        <translation>Verzeichnis des Verantwortlichen (Art. 30 Abs. 1)</translation>
    </message>
    <message>
        <source>Processor record (Art. 30(2))</source>
        <translation>Verzeichnis des Auftragsverarbeiters (Art. 30 Abs. 2)</translation>
    </message>
    <message>
        <source>Which record: the controller&apos;s (Art. 30(1)) or the processor&apos;s (Art. 30(2))</source>
        <translation>Welches Verzeichnis: das des Verantwortlichen (Art. 30 Abs. 1) oder des Auftragsverarbeiters (Art. 30 Abs. 2)</translation>
    </message>
    <message>
        <source>Which activities the record covers</source>
        <translation>Welche Tätigkeiten das Verzeichnis umfasst</translation>
    </message>
    <message>
        <source>The language of the record</source>
        <translation>Die Sprache des Verzeichnisses</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle Tätigkeiten</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Stelle: %1</translation>
    </message>
    <message>
        <source>Role: controller</source>
        <translation>Rolle: Verantwortlicher</translation>
    </message>
    <message>
        <source>Role: joint controller</source>
        <translation>Rolle: gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <source>Role: processor</source>
        <translation>Rolle: Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activities; %1% of the required items stated (%2 of %3)</source>
        <translation>
            <numerusform>%n Tätigkeit; %1 % der Pflichtangaben angegeben (%2 von %3)</numerusform>
            <numerusform>%n Tätigkeiten; %1 % der Pflichtangaben angegeben (%2 von %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>CSV, the record table (*.csv)</source>
        <translation>CSV, die Verzeichnistabelle (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Das Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>Das Verzeichnis drucken</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The previous rows of the preview</source>
        <translation>Die vorigen Zeilen der Vorschau</translation>
    </message>
    <message>
        <source>The next rows of the preview</source>
        <translation>Die nächsten Zeilen der Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>Building the record of %n activities…</source>
        <translation>
            <numerusform>Das Verzeichnis von %n Tätigkeit wird erstellt…</numerusform>
            <numerusform>Das Verzeichnis von %n Tätigkeiten wird erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is being built; it appears here when it is ready.</source>
        <translation>Das Verzeichnis wird erstellt; es erscheint hier, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>Preview: rows %1–%2 of each table (page %3 of %4)</source>
        <translation>Vorschau: Zeilen %1–%2 jeder Tabelle (Seite %3 von %4)</translation>
    </message>
    <message>
        <source>Dashboard charts as an appendix</source>
        <translation>Diagramme der Übersicht als Anhang</translation>
    </message>
    <message>
        <source>The PDF and the printout end with the dashboard&apos;s charts, one per page</source>
        <translation>PDF und Ausdruck enden mit den Diagrammen der Übersicht, eines pro Seite</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>processor record</source>
        <translation>Verzeichnis des Auftragsverarbeiters</translation>
    </message>
    <message>
        <source>controller record</source>
        <translation>Verzeichnis des Verantwortlichen</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>%1 wird gedruckt…</translation>
    </message>
    <message>
        <source>The print was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
    <message>
        <source>ICO controller template (*.xlsx)</source>
        <translation>ICO-Vorlage für Verantwortliche (*.xlsx)</translation>
    </message>
    <message>
        <source>CNIL register, OpenDocument (*.ods)</source>
        <translation>CNIL-Verzeichnis, OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>CNIL register, Excel (*.xlsx)</source>
        <translation>CNIL-Verzeichnis, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Änderungen seit</translation>
    </message>
    <message>
        <source>The record ends with the changes the project file&apos;s history records since the date, for the auditor</source>
        <translation>Das Verzeichnis endet mit den Änderungen, die die Historie der Projektdatei seit dem Datum festhält, für den Prüfer</translation>
    </message>
</context>
<context>
    <name>ropa::RetentionEditor</name>
    <message>
        <source>“%1” is not an ISO 8601 duration. Write P, a number and a unit: P30D (days), P6W (weeks), P6M (months), P6Y (years), or combine them: P1Y6M.</source>
        <translation>„%1“ ist keine Dauer nach ISO 8601. Schreiben Sie P, eine Zahl und eine Einheit: P30D (Tage), P6W (Wochen), P6M (Monate), P6Y (Jahre), oder kombinieren Sie sie: P1Y6M.</translation>
    </message>
    <message>
        <source>Add retention rule</source>
        <translation>Löschregel hinzufügen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>other (ISO 8601)</source>
        <translation>andere (ISO 8601)</translation>
    </message>
    <message>
        <source>A duration such as P1Y6M, typed on the right</source>
        <translation>Eine Dauer wie P1Y6M, rechts eingegeben</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. P6Y</source>
        <translation>ISO 8601, z. B. P6Y</translation>
    </message>
    <message>
        <source>The duration in ISO 8601: P30D, P6M, P6Y, P1Y6M</source>
        <translation>Die Dauer nach ISO 8601: P30D, P6M, P6Y, P1Y6M</translation>
    </message>
    <message>
        <source>e.g. end of contract, account dormant</source>
        <translation>z. B. Vertragsende, Konto inaktiv</translation>
    </message>
    <message>
        <source>e.g. Art. 52 AWR (tax law)</source>
        <translation>z. B. § 147 AO (Steuerrecht)</translation>
    </message>
    <message>
        <source>As written in the source</source>
        <translation>Wie in der Quelle angegeben</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Speichern für:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Legal reference:</source>
        <translation>Rechtsgrundlage der Frist:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Wie angegeben:</translation>
    </message>
    <message>
        <source>Not a data category of this activity</source>
        <translation>Keine Datenkategorie dieser Tätigkeit</translation>
    </message>
    <message>
        <source>Link data categories to the activity first</source>
        <translation>Verknüpfen Sie zuerst Datenkategorien mit der Tätigkeit</translation>
    </message>
    <message>
        <source>A new rule is kept once it has a duration, a trigger or the text as written.</source>
        <translation>Eine neue Regel wird gespeichert, sobald sie eine Dauer, einen Auslöser oder den Wortlaut hat.</translation>
    </message>
    <message>
        <source>A rule needs a duration, a trigger or the text as written.</source>
        <translation>Eine Regel braucht eine Dauer, einen Auslöser oder den Wortlaut.</translation>
    </message>
    <message>
        <source>A rule needs a duration, a trigger or the text as written; this change is not kept until it has one.</source>
        <translation>Eine Regel braucht eine Dauer, einen Auslöser oder den Wortlaut; diese Änderung wird erst gespeichert, wenn sie eines davon hat.</translation>
    </message>
</context>
<context>
    <name>ropa::SectionsPage</name>
    <message>
        <source>1 document</source>
        <translation>1 Dokument</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 Dokumente</translation>
    </message>
    <message>
        <source>1 party</source>
        <translation>1 Stelle</translation>
    </message>
    <message>
        <source>%1 parties</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <source>1 data category</source>
        <translation>1 Datenkategorie</translation>
    </message>
    <message>
        <source>%1 data categories</source>
        <translation>%1 Datenkategorien</translation>
    </message>
    <message>
        <source>1 data subject</source>
        <translation>1 Kategorie betroffener Personen</translation>
    </message>
    <message>
        <source>%1 data subjects</source>
        <translation>%1 Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>1 security measure</source>
        <translation>1 Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <source>%1 security measures</source>
        <translation>%1 Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>1 processing activity</source>
        <translation>1 Verarbeitungstätigkeit</translation>
    </message>
    <message>
        <source>%1 processing activities</source>
        <translation>%1 Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>1 transfer</source>
        <translation>1 Übermittlung</translation>
    </message>
    <message>
        <source>%1 transfers</source>
        <translation>%1 Übermittlungen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Filter (Ctrl+L)</source>
        <translation>Filter (Strg+L)</translation>
    </message>
    <message>
        <source>Select an entry to edit it, or add one with Edit › Add.</source>
        <translation>Wählen Sie einen Eintrag zum Bearbeiten, oder legen Sie einen an mit Bearbeiten › Hinzufügen.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Removing %1 also removes %2.</source>
        <translation>Mit %1 werden auch %2 entfernt.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>It is also taken out of %1.</source>
        <translation>Der Eintrag wird auch aus %1 entfernt.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>1 system</source>
        <translation>1 System</translation>
    </message>
    <message>
        <source>%1 systems</source>
        <translation>%1 Systeme</translation>
    </message>
</context>
<context>
    <name>ropa::SelectionDetails</name>
    <message>
        <source>&lt;b&gt;Selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit in the inventory</source>
        <translation>Im Verzeichnis bearbeiten</translation>
    </message>
    <message>
        <source>Show this entry in its table, with every field to edit</source>
        <translation>Diesen Eintrag in seiner Tabelle zeigen, mit allen Feldern zum Bearbeiten</translation>
    </message>
    <message>
        <source>Close the details (they open again when you select another entry)</source>
        <translation>Die Details schließen (sie öffnen sich wieder, wenn Sie einen anderen Eintrag auswählen)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Die Details schließen</translation>
    </message>
</context>
<context>
    <name>ropa::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language applies when Ropa starts again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von Ropa.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How often a recovery copy of a project with unsaved changes is written. After a crash, Ropa offers to restore it.</source>
        <translation>Wie oft eine Wiederherstellungskopie eines Projekts mit nicht gespeicherten Änderungen geschrieben wird. Nach einem Absturz bietet Ropa an, sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Clear recent projects</source>
        <translation>Zuletzt geöffnete Projekte leeren</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Recovery copy every:</source>
        <translation>&amp;Wiederherstellungskopie alle:</translation>
    </message>
    <message>
        <source>The name each save records in the project file&apos;s history. Empty: your user name on this computer.</source>
        <translation>Der Name, den jede Speicherung in der Historie der Projektdatei festhält. Leer: Ihr Benutzername auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Your name in the history:</source>
        <translation>&amp;Ihr Name in der Historie:</translation>
    </message>
</context>
<context>
    <name>ropa::SimpleEntityEditor</name>
    <message>
        <source>e.g. Customers, Call participants, Employees</source>
        <translation>z. B. Kunden, Gesprächsteilnehmer, Beschäftigte</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
</context>
<context>
    <name>ropa::SystemEditor</name>
    <message>
        <source>e.g. CRM, HR database, call recording platform</source>
        <translation>z. B. CRM, Personaldatenbank, Plattform für Gesprächsaufzeichnungen</translation>
    </message>
    <message>
        <source>Who hosts the system: your own organisation, or a party that does it for you</source>
        <translation>Wer das System hostet: Ihre eigene Organisation oder eine Partei, die das für Sie tut</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Hosted by:</source>
        <translation>Gehostet von:</translation>
    </message>
    <message>
        <source>Hosted in:</source>
        <translation>Gehostet in:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Not stated; %1 processes data in %2.</source>
        <translation>Nicht angegeben; %1 verarbeitet Daten in %2.</translation>
    </message>
</context>
<context>
    <name>ropa::TransferEditor</name>
    <message>
        <source>What the recipient acts as</source>
        <translation>Als was der Empfänger handelt</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Commission Implementing Decision (EU) 2021/914, Annex, %1</source>
        <translation>Durchführungsbeschluss (EU) 2021/914 der Kommission, Anhang, %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Recipient acts as:</source>
        <translation>Empfänger handelt als:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>For activities:</source>
        <translation>Für Tätigkeiten:</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Datenkategorien:</translation>
    </message>
    <message>
        <source>Chapter V</source>
        <translation>Kapitel V</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Länder:</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <source>SCC module:</source>
        <translation>SCC-Modul:</translation>
    </message>
    <message>
        <source>Derogation:</source>
        <translation>Ausnahme:</translation>
    </message>
    <message>
        <source>TIA done:</source>
        <translation>TIA durchgeführt:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>A transfer goes from one party to another; both are “%1”.</source>
        <translation>Eine Übermittlung geht von einer Stelle an eine andere; beide sind „%1“.</translation>
    </message>
    <message>
        <source>An SCC module needs the mechanism “%1”; choose it first.</source>
        <translation>Ein SCC-Modul erfordert das Instrument „%1“; wählen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Only with standard contractual clauses</source>
        <translation>Nur bei Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>SCC module %1 is set but the mechanism is not standard contractual clauses: choose them, or set the module to “not stated”.</source>
        <translation>SCC-Modul %1 ist gesetzt, aber das Instrument sind keine Standardvertragsklauseln: wählen Sie sie, oder setzen Sie das Modul auf „nicht angegeben“.</translation>
    </message>
    <message>
        <source>A derogation is set but the mechanism is not “%1”.</source>
        <translation>Eine Ausnahme ist gesetzt, aber das Instrument ist nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 was invalidated on %2 (%3): record the mechanism relied on now.</source>
        <translation>%1 wurde am %2 für ungültig erklärt (%3): erfassen Sie das Instrument, auf das Sie sich jetzt stützen.</translation>
    </message>
    <message>
        <source>Outside the EEA: %1. “Within the EEA” does not cover them.</source>
        <translation>Außerhalb des EWR: %1. „Innerhalb des EWR“ deckt sie nicht ab.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No mechanism stated for a transfer to %1 (no adequacy decision).</source>
        <translation>Kein Instrument angegeben für eine Übermittlung nach %1 (kein Angemessenheitsbeschluss).</translation>
    </message>
    <message>
        <source>No adequacy decision covers %1.</source>
        <translation>Kein Angemessenheitsbeschluss erfasst %1.</translation>
    </message>
    <message>
        <source>“%1” is marked as not DPF-certified.</source>
        <translation>„%1“ ist als nicht DPF-zertifiziert markiert.</translation>
    </message>
    <message>
        <source>The DPF covers only certified U.S. organisations; whether “%1” is certified is not stated.</source>
        <translation>Der DPF erfasst nur zertifizierte US-Organisationen; ob „%1“ zertifiziert ist, ist nicht angegeben.</translation>
    </message>
    <message>
        <source>Art. 49 GDPR derogations are for specific situations; Recital 111 speaks of transfers “where the transfer is occasional and necessary in relation to a contract or a legal claim”, and the EDPB (Guidelines 2/2018) reads them restrictively: not for regular or repetitive transfers.
No: a derogation used for a regular transfer (a finding).</source>
        <translation>Die Ausnahmen nach Art. 49 DSGVO gelten für bestimmte Fälle; Erwägungsgrund 111 nennt Übermittlungen, die gelegentlich erfolgen und im Rahmen eines Vertrags oder für Rechtsansprüche erforderlich sind, und der EDSA (Leitlinien 2/2018) legt sie eng aus: nicht für regelmäßige oder wiederholte Übermittlungen.
Nein: eine Ausnahme für eine regelmäßige Übermittlung (ein Befund).</translation>
    </message>
    <message>
        <source>For the compelling-interests derogation: the assessment of the circumstances and the suitable safeguards</source>
        <translation>Für die Ausnahme der zwingenden berechtigten Interessen: die Beurteilung der Umstände und die geeigneten Garantien</translation>
    </message>
    <message>
        <source>Art. 49(1), second subparagraph, GDPR: the controller “has assessed all the circumstances surrounding the data transfer and has on the basis of that assessment provided suitable safeguards”. Art. 49(6): “The controller or processor shall document the assessment as well as the suitable safeguards … in the records referred to in Article 30.” The Art. 30 record shows this text (item (e)).</source>
        <translation>Art. 49 Abs. 1 Unterabs. 2 DSGVO: der Verantwortliche hat alle Umstände der Datenübermittlung beurteilt und auf dieser Grundlage geeignete Garantien vorgesehen. Art. 49 Abs. 6: der Verantwortliche oder der Auftragsverarbeiter erfasst die Beurteilung und die Garantien im Verzeichnis nach Artikel 30. Das Verzeichnis nach Art. 30 zeigt diesen Text (lit. e).</translation>
    </message>
    <message>
        <source>Occasional:</source>
        <translation>Gelegentlich:</translation>
    </message>
    <message>
        <source>Suitable safeguards:</source>
        <translation>Geeignete Garantien:</translation>
    </message>
    <message>
        <source>Not stated: the checks treat this transfer as regular, because the recipient acts as a processor. Set it to confirm or correct that.</source>
        <translation>Nicht angegeben: die Prüfungen behandeln diese Übermittlung als regelmäßig, weil der Empfänger Auftragsverarbeiter ist. Setzen Sie es, um das zu bestätigen oder zu korrigieren.</translation>
    </message>
    <message>
        <source>Not stated: the checks treat this transfer as regular, because it is part of an activity. Set it to confirm or correct that.</source>
        <translation>Nicht angegeben: die Prüfungen behandeln diese Übermittlung als regelmäßig, weil sie zu einer Tätigkeit gehört. Setzen Sie es, um das zu bestätigen oder zu korrigieren.</translation>
    </message>
    <message>
        <source>Not stated: the checks treat this transfer as occasional. Set it to confirm or correct that.</source>
        <translation>Nicht angegeben: die Prüfungen behandeln diese Übermittlung als gelegentlich. Setzen Sie es, um das zu bestätigen oder zu korrigieren.</translation>
    </message>
    <message>
        <source>The compelling-interests derogation needs the assessment and the safeguards documented here (Art. 49(6)); the Art. 30 record shows “not stated”.</source>
        <translation>Die Ausnahme der zwingenden berechtigten Interessen verlangt die Beurteilung und die Garantien, hier dokumentiert (Art. 49 Abs. 6); das Verzeichnis nach Art. 30 zeigt „nicht angegeben“.</translation>
    </message>
    <message>
        <source>The DPF covers transfers to the United States only, not to %1.</source>
        <translation>Das DPF deckt nur Übermittlungen in die Vereinigten Staaten, nicht nach %1.</translation>
    </message>
    <message>
        <source>The DPF covers organisations in the United States; “%1” is established in %2.</source>
        <translation>Das DPF deckt Organisationen in den Vereinigten Staaten; „%1“ hat ihren Sitz in %2.</translation>
    </message>
    <message>
        <source>All data categories of its activities</source>
        <translation>Alle Datenkategorien ihrer Verarbeitungen</translation>
    </message>
    <message>
        <source>On: the transfer carries every data category of the activities it is part of. Off with no category checked: not stated.</source>
        <translation>Ein: die Übermittlung umfasst alle Datenkategorien der Verarbeitungen, zu denen sie gehört. Aus ohne angekreuzte Kategorie: nicht angegeben.</translation>
    </message>
    <message>
        <source>Not stated: the record says so. Check “All data categories of its activities”, or the categories it carries.</source>
        <translation>Nicht angegeben, und so steht es im Verzeichnis. Kreuzen Sie „Alle Datenkategorien ihrer Verarbeitungen“ an oder die übermittelten Kategorien.</translation>
    </message>
</context>
<context>
    <name>ropa::WelcomePage</name>
    <message>
        <source>Ropa</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Your data inventory and records of processing activities (GDPR Article 30).</source>
        <translation>Ihr Datenbestand und Ihre Verzeichnisse von Verarbeitungstätigkeiten (Artikel 30 DSGVO).</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>Projekte, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Open the example %1 (a copy: the example itself never changes)</source>
        <translation>Das Beispiel %1 öffnen (eine Kopie: das Beispiel selbst ändert sich nie)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (vendor policy)</source>
        <translation>%1 (Richtlinie des Anbieters)</translation>
    </message>
</context>
<context>
    <name>ropa::checks</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>the EU</source>
        <translation>die EU</translation>
    </message>
    <message>
        <source>the EU-U.S. Privacy Shield</source>
        <translation>den EU-US-Datenschutzschild</translation>
    </message>
    <message>
        <source>Safe Harbour</source>
        <translation>Safe Harbor</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>rassische oder ethnische Herkunft</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politische Meinungen</translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation>religiöse oder weltanschauliche Überzeugungen</translation>
    </message>
    <message>
        <source>trade-union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation>genetische Daten</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>biometrische Daten</translation>
    </message>
    <message>
        <source>health data</source>
        <translation>Gesundheitsdaten</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>Sexualleben oder sexuelle Orientierung</translation>
    </message>
    <message>
        <source>Activity “%1” has no purpose.</source>
        <translation>Tätigkeit „%1“ hat keinen Zweck.</translation>
    </message>
    <message>
        <source>Activity “%1” has no lawful basis.</source>
        <translation>Tätigkeit „%1“ hat keine Rechtsgrundlage.</translation>
    </message>
    <message>
        <source>Activity “%1” names no data subjects.</source>
        <translation>Tätigkeit „%1“ nennt keine betroffenen Personen.</translation>
    </message>
    <message>
        <source>Activity “%1” names no data categories.</source>
        <translation>Tätigkeit „%1“ nennt keine Datenkategorien.</translation>
    </message>
    <message>
        <source>Activity “%1” has no retention for “%2”.</source>
        <translation>Tätigkeit „%1“ hat keine Löschfrist für „%2“.</translation>
    </message>
    <message>
        <source>Activity “%1” processes special-category data (“%2”, %3) without an Art. 9(2) condition.</source>
        <translation>Tätigkeit „%1“ verarbeitet besondere Kategorien personenbezogener Daten („%2“, %3) ohne Bedingung nach Art. 9 Abs. 2.</translation>
    </message>
    <message>
        <source>Activity “%1” processes criminal-offence data (“%2”) without an Art. 10 basis.</source>
        <translation>Tätigkeit „%1“ verarbeitet Daten über Straftaten („%2“) ohne Grundlage nach Art. 10.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on consent for “%2”, which activity “%3” bases on %4.</source>
        <translation>Tätigkeit „%1“ stützt „%2“ auf Einwilligung, Tätigkeit „%3“ dagegen auf %4.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on legitimate interests without a note of the balancing test.</source>
        <translation>Tätigkeit „%1“ stützt sich auf berechtigtes Interesse ohne Vermerk zur Interessenabwägung.</translation>
    </message>
    <message>
        <source>Transfer “%1” sends data to %2, outside the EEA and without an adequacy decision, with no transfer mechanism.</source>
        <translation>Übermittlung „%1“ sendet Daten nach %2, außerhalb des EWR und ohne Angemessenheitsbeschluss, ohne Übermittlungsinstrument.</translation>
    </message>
    <message>
        <source>Transfer “%1” gives “%2” as its mechanism, but not every destination is in the EEA or covered by an adequacy decision: %3.</source>
        <translation>Übermittlung „%1“ nennt „%2“ als Instrument, aber nicht jedes Ziel liegt im EWR oder ist von einem Angemessenheitsbeschluss erfasst: %3.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on %2, declared invalid on %3 by %4.</source>
        <translation>Übermittlung „%1“ stützt sich auf %2, am %3 von %4 für ungültig erklärt.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but it sends data to %2, not the United States.</source>
        <translation>Übermittlung „%1“ stützt sich auf den EU-US-Datenschutzrahmen, sendet Daten aber nach %2, nicht in die Vereinigten Staaten.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but the recipient “%2” is established in %3, not the United States.</source>
        <translation>Übermittlung „%1“ stützt sich auf den EU-US-Datenschutzrahmen, aber der Empfänger „%2“ ist in %3 niedergelassen, nicht in den Vereinigten Staaten.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but “%2” is not DPF-certified.</source>
        <translation>Übermittlung „%1“ stützt sich auf den EU-US-Datenschutzrahmen, aber „%2“ ist nicht DPF-zertifiziert.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but “%2” is not recorded as DPF-certified.</source>
        <translation>Übermittlung „%1“ stützt sich auf den EU-US-Datenschutzrahmen, aber „%2“ ist nicht als DPF-zertifiziert erfasst.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on %2 for %3 without a transfer impact assessment date.</source>
        <translation>Übermittlung „%1“ stützt sich für %3 auf %2 ohne Datum eines Transfer Impact Assessments.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on a derogation without saying which one.</source>
        <translation>Übermittlung „%1“ stützt sich auf eine Ausnahme, ohne sie zu nennen.</translation>
    </message>
    <message>
        <source>Transfer “%1” uses an Art. 49 derogation for a regular transfer: %2.</source>
        <translation>Übermittlung „%1“ nutzt eine Ausnahme nach Art. 49 für eine regelmäßige Übermittlung: %2.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the compelling-interests derogation without documented safeguards.</source>
        <translation>Übermittlung „%1“ stützt sich auf die Ausnahme der zwingenden berechtigten Interessen ohne dokumentierte Garantien.</translation>
    </message>
    <message>
        <source>an invalidated mechanism</source>
        <translation>ein für ungültig erklärtes Instrument</translation>
    </message>
    <message>
        <source>no valid mechanism</source>
        <translation>kein gültiges Instrument</translation>
    </message>
    <message>
        <source>“%1” reaches %2 only through %3; its weakest hop, “%4”, has %5.</source>
        <translation>„%1“ erreicht %2 nur über %3; das schwächste Glied, „%4“, hat %5.</translation>
    </message>
    <message>
        <source>Subprocessor “%1” is reached through %2 with no processing agreement recorded for “%3”.</source>
        <translation>Unterauftragsverarbeiter „%1“ wird über %2 erreicht, ohne erfassten Auftragsverarbeitungsvertrag für „%3“.</translation>
    </message>
    <message>
        <source>Processor “%1” has no processing agreement date.</source>
        <translation>Auftragsverarbeiter „%1“ hat kein Datum des Auftragsverarbeitungsvertrags.</translation>
    </message>
    <message>
        <source>Recipient “%1” has no country.</source>
        <translation>Empfänger „%1“ hat kein Land.</translation>
    </message>
    <message>
        <source>“%1” is named only as a category of recipients but receives special-category data (“%2”).</source>
        <translation>„%1“ ist nur als Kategorie von Empfängern genannt, erhält aber besondere Kategorien personenbezogener Daten („%2“).</translation>
    </message>
    <message>
        <source>“%1” receives data as a processor but is named only as a category of recipients.</source>
        <translation>„%1“ erhält Daten als Auftragsverarbeiter, ist aber nur als Kategorie von Empfängern genannt.</translation>
    </message>
    <message>
        <source>all its data</source>
        <translation>alle ihre Daten</translation>
    </message>
    <message>
        <source>Activity “%1” keeps “%2” for a vague period (“%3”): no duration and no trigger.</source>
        <translation>Tätigkeit „%1“ speichert „%2“ für einen unbestimmten Zeitraum („%3“): keine Dauer und kein Auslöser.</translation>
    </message>
    <message>
        <source>Activity “%1” keeps “%2” for %3, longer than the %4 of the controller’s activity “%5”.</source>
        <translation>Tätigkeit „%1“ speichert „%2“ %3, länger als die %4 der Tätigkeit „%5“ des Verantwortlichen.</translation>
    </message>
    <message>
        <source>it processes special-category data (“%1”)</source>
        <translation>sie verarbeitet besondere Kategorien personenbezogener Daten („%1“)</translation>
    </message>
    <message>
        <source>it processes criminal-offence data (“%1”)</source>
        <translation>sie verarbeitet Daten über Straftaten („%1“)</translation>
    </message>
    <message>
        <source>it analyses call recordings (speech analytics or profiling)</source>
        <translation>sie analysiert Gesprächsaufzeichnungen (Sprachanalyse oder Profiling)</translation>
    </message>
    <message>
        <source>the record says a DPIA is required</source>
        <translation>das Verzeichnis sagt, dass eine DSFA erforderlich ist</translation>
    </message>
    <message>
        <source>Activity “%1” likely needs a DPIA but none is recorded as done: %2.</source>
        <translation>Tätigkeit „%1“ erfordert wahrscheinlich eine DSFA, aber keine ist als durchgeführt erfasst: %2.</translation>
    </message>
    <message>
        <source>Activity “%1” has never been reviewed.</source>
        <translation>Tätigkeit „%1“ wurde nie überprüft.</translation>
    </message>
    <message>
        <source>Activity “%1” was last reviewed on %2, more than %3 months ago.</source>
        <translation>Tätigkeit „%1“ wurde zuletzt am %2 überprüft, vor mehr als %3 Monaten.</translation>
    </message>
    <message>
        <source>Data category “%1” is not used by any activity or transfer.</source>
        <translation>Datenkategorie „%1“ wird von keiner Tätigkeit oder Übermittlung verwendet.</translation>
    </message>
    <message>
        <source>Data subjects “%1” are not named by any activity.</source>
        <translation>Betroffene Personen „%1“ werden von keiner Tätigkeit genannt.</translation>
    </message>
    <message>
        <source>Source “%1” is not used by any activity.</source>
        <translation>Quelle „%1“ wird von keiner Tätigkeit verwendet.</translation>
    </message>
    <message>
        <source>Party “%1” is not used by any activity or transfer.</source>
        <translation>Stelle „%1“ wird von keiner Tätigkeit oder Übermittlung verwendet.</translation>
    </message>
    <message>
        <source>Within the EEA</source>
        <translation>Innerhalb des EWR</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>DPF</source>
        <translation>DPF</translation>
    </message>
    <message>
        <source>SCC</source>
        <translation>SCC</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>BCR</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Verhaltensregeln</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Privacy Shield</source>
        <translation>Datenschutzschild</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EWR</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Angemessen</translation>
    </message>
    <message>
        <source>Safeguarded</source>
        <translation>Mit Garantien</translation>
    </message>
    <message>
        <source>Weak or none</source>
        <translation>Schwach oder keine</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Gewöhnlich</translation>
    </message>
    <message>
        <source>Special (Art. 9)</source>
        <translation>Besondere (Art. 9)</translation>
    </message>
    <message>
        <source>Criminal (Art. 10)</source>
        <translation>Strafrechtlich (Art. 10)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>≤ 6 months</source>
        <translation>≤ 6 Monate</translation>
    </message>
    <message>
        <source>≤ 1 year</source>
        <translation>≤ 1 Jahr</translation>
    </message>
    <message>
        <source>≤ 3 years</source>
        <translation>≤ 3 Jahre</translation>
    </message>
    <message>
        <source>≤ 10 years</source>
        <translation>≤ 10 Jahre</translation>
    </message>
    <message>
        <source>&gt; 10 years</source>
        <translation>&gt; 10 Jahre</translation>
    </message>
    <message>
        <source>Event only</source>
        <translation>Nur Ereignis</translation>
    </message>
    <message>
        <source>Vague</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Purpose (b)</source>
        <translation>Zweck (b)</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Data subjects (c)</source>
        <translation>Betroffene Personen (c)</translation>
    </message>
    <message>
        <source>Data categories (c)</source>
        <translation>Datenkategorien (c)</translation>
    </message>
    <message>
        <source>Recipients (d)</source>
        <translation>Empfänger (d)</translation>
    </message>
    <message>
        <source>Retention (f)</source>
        <translation>Löschfristen (f)</translation>
    </message>
    <message>
        <source>Security measures (g)</source>
        <translation>Sicherheitsmaßnahmen (g)</translation>
    </message>
    <message>
        <source>DPIA assessed</source>
        <translation>DSFA geprüft</translation>
    </message>
    <message>
        <source>Reviewed in 12 months</source>
        <translation>In den letzten 12 Monaten überprüft</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>This finding no longer occurs. The acceptance is kept with the project; reopen it to remove it.</source>
        <translation>Dieser Befund tritt nicht mehr auf. Die Akzeptanz bleibt im Projekt gespeichert; öffnen Sie ihn wieder, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>This version of Ropa does not know the rule %1. The acceptance is kept with the project; reopen it to remove it.</source>
        <translation>Diese Version von Ropa kennt die Regel %1 nicht. Die Akzeptanz bleibt im Projekt gespeichert; öffnen Sie den Befund wieder, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on consent, but the record says consent is a condition of the service.</source>
        <translation>Tätigkeit „%1“ stützt sich auf eine Einwilligung, aber laut Verzeichnis ist die Einwilligung Bedingung für den Dienst.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on consent that its notes or evidence call a condition of the service (“%2”); whether it is, is not stated.</source>
        <translation>Tätigkeit „%1“ stützt sich auf eine Einwilligung, die laut Notizen oder Nachweis Bedingung für den Dienst ist („%2“); ob das zutrifft, ist nicht angegeben.</translation>
    </message>
    <message>
        <source>the record says it is not occasional</source>
        <translation>laut Verzeichnis ist sie nicht gelegentlich</translation>
    </message>
    <message>
        <source>the recipient acts as a processor (whether the transfer is occasional is not stated)</source>
        <translation>der Empfänger ist Auftragsverarbeiter (ob die Übermittlung gelegentlich ist, ist nicht angegeben)</translation>
    </message>
    <message>
        <source>it is part of activity “%1” (whether the transfer is occasional is not stated)</source>
        <translation>sie gehört zur Tätigkeit „%1“ (ob die Übermittlung gelegentlich ist, ist nicht angegeben)</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the compelling-interests derogation, and its suitable safeguards are not recorded (it cites evidence, but the Art. 30 record shows the safeguards field).</source>
        <translation>Übermittlung „%1“ stützt sich auf die Ausnahme der zwingenden berechtigten Interessen, und die geeigneten Garantien sind nicht erfasst (ein Nachweis ist angegeben, aber das Verzeichnis nach Art. 30 zeigt das Feld der Garantien).</translation>
    </message>
    <message>
        <source>the record says it is large-scale processing</source>
        <translation>laut Verzeichnis ist es eine umfangreiche Verarbeitung</translation>
    </message>
    <message>
        <source>its name, purposes or notes call it large scale (“%1”; large-scale processing is not stated)</source>
        <translation>Name, Zwecke oder Notizen nennen sie umfangreich („%1“; umfangreiche Verarbeitung ist nicht angegeben)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date in a finding</comment>
        <extracomment>Dates inside the findings&apos; messages, as a QDate format (yyyy year, MM month, dd day).</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Transfer “%1” sends “%2” to %3 relying on %4, without a transfer impact assessment date.</source>
        <translation>Übermittlung „%1“ sendet „%2“ nach %3 auf Grundlage von %4, ohne Datum eines Transfer Impact Assessments.</translation>
    </message>
    <message>
        <source>”, “</source>
        <comment>between two names in quotation marks: closing mark, comma, opening mark</comment>
        <translation>“, „</translation>
    </message>
    <message numerus="yes">
        <source>Processor “%1” has no processing agreement date: %n onward transfer(s) depend on it.</source>
        <translation>
            <numerusform>Auftragsverarbeiter „%1“ hat kein Datum des Auftragsverarbeitungsvertrags: %n Weiterübermittlung hängt davon ab.</numerusform>
            <numerusform>Auftragsverarbeiter „%1“ hat kein Datum des Auftragsverarbeitungsvertrags: %n Weiterübermittlungen hängen davon ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>no transfer mechanism stated</source>
        <translation>kein angegebenes Übermittlungsinstrument</translation>
    </message>
    <message>
        <source>Transfer “%1” sends data to %2, outside the EEA and without an adequacy decision; its transfer mechanism is not stated.</source>
        <translation>Übermittlung „%1“ sendet Daten nach %2, außerhalb des EWR und ohne Angemessenheitsbeschluss; das Übermittlungsinstrument ist nicht angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” passes data on to %2 in %n onward transfer(s) whose transfer mechanism is not stated; the destinations are outside the EEA and without an adequacy decision.</source>
        <translation>
            <numerusform>„%1“ gibt Daten in %n Weiterübermittlung ohne angegebenes Übermittlungsinstrument nach %2 weiter; die Ziele liegen außerhalb des EWR und ohne Angemessenheitsbeschluss.</numerusform>
            <numerusform>„%1“ gibt Daten in %n Weiterübermittlungen ohne angegebenes Übermittlungsinstrument nach %2 weiter; die Ziele liegen außerhalb des EWR und ohne Angemessenheitsbeschluss.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to “%1” send data to %2, outside the EEA and without an adequacy decision, with no transfer mechanism stated.</source>
        <translation>
            <numerusform>%n Übermittlung an „%1“ sendet Daten nach %2, außerhalb des EWR und ohne Angemessenheitsbeschluss, ohne angegebenes Übermittlungsinstrument.</numerusform>
            <numerusform>%n Übermittlungen an „%1“ senden Daten nach %2, außerhalb des EWR und ohne Angemessenheitsbeschluss, ohne angegebenes Übermittlungsinstrument.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data categories (“%1”) reach %2 only through %3; its weakest hop, “%4”, has %5.</source>
        <translation>
            <numerusform>%n Datenkategorie („%1“) erreicht %2 nur über %3; das schwächste Glied, „%4“, hat %5.</numerusform>
            <numerusform>%n Datenkategorien („%1“) erreichen %2 nur über %3; das schwächste Glied, „%4“, hat %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no processing agreement recorded: %n subprocessor(s) are reached through it.</source>
        <translation>
            <numerusform>Für „%1“ ist kein Auftragsverarbeitungsvertrag erfasst: %n Unterauftragsverarbeiter wird darüber erreicht.</numerusform>
            <numerusform>Für „%1“ ist kein Auftragsverarbeitungsvertrag erfasst: %n Unterauftragsverarbeiter werden darüber erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity “%1” takes decisions by automated means only, but does not state the logic involved.</source>
        <translation>Verarbeitung „%1“ trifft ausschließlich automatisierte Entscheidungen, gibt aber die involvierte Logik nicht an.</translation>
    </message>
    <message>
        <source>Activity “%1” profiles data subjects, but does not state the logic involved.</source>
        <translation>Verarbeitung „%1“ erstellt Profile betroffener Personen, gibt aber die involvierte Logik nicht an.</translation>
    </message>
    <message>
        <source>the record says no DPIA was performed</source>
        <translation>laut Verzeichnis wurde keine Datenschutz-Folgenabschätzung durchgeführt</translation>
    </message>
    <message>
        <source>whether a DPIA was performed is not stated</source>
        <translation>ob eine Datenschutz-Folgenabschätzung durchgeführt wurde, ist nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Activity “%1” meets %n criteria of the DPIA screening (EDPB WP248), and %2.</source>
        <translation>
            <numerusform>Verarbeitung „%1“ erfüllt %n Kriterium der Prüfung für eine Datenschutz-Folgenabschätzung (EDSA WP248), und %2.</numerusform>
            <numerusform>Verarbeitung „%1“ erfüllt %n Kriterien der Prüfung für eine Datenschutz-Folgenabschätzung (EDSA WP248), und %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>System “%1” is hosted by “%2” in %3, outside the EEA and without an adequacy decision, but no transfer to “%2” records it.</source>
        <translation>System „%1“ wird von „%2“ in %3 betrieben, außerhalb des EWR und ohne Angemessenheitsbeschluss, aber keine Übermittlung an „%2“ erfasst das.</translation>
    </message>
    <message>
        <source>System “%1” is hosted in %2, outside the EEA and without an adequacy decision, and neither its hosting party nor a transfer is recorded.</source>
        <translation>System „%1“ wird in %2 betrieben, außerhalb des EWR und ohne Angemessenheitsbeschluss, und weder sein Betreiber noch eine Übermittlung ist erfasst.</translation>
    </message>
    <message>
        <source>every data subject of the activity</source>
        <translation>alle betroffenen Personen der Verarbeitung</translation>
    </message>
    <message>
        <source>Activity “%1” keeps “%2” of %3 without a retention.</source>
        <translation>Verarbeitung „%1“ speichert „%2“ von %3 ohne Speicherdauer.</translation>
    </message>
    <message>
        <source>“%1” added the subprocessor “%2” in %3, without an adequacy decision or stated safeguards; the notice period to object ends on %4.</source>
        <translation>„%1“ hat den Unterauftragsverarbeiter „%2“ in %3 hinzugefügt, ohne Angemessenheitsbeschluss oder angegebene Garantien; die Frist für einen Einspruch endet am %4.</translation>
    </message>
</context>
<context>
    <name>ropa::checks::FindingsModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted on %1: %2</source>
        <translation>Akzeptiert am %1: %2</translation>
    </message>
    <message>
        <source>%1

How to fix: %2</source>
        <translation>%1

Behebung: %2</translation>
    </message>
    <message>
        <source>%1
%2
How to fix: %3</source>
        <translation>%1
%2
Behebung: %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No longer applies: %1</source>
        <translation>Nicht mehr zutreffend: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message>
        <source>Accepted on %1: %2

This finding no longer occurs; the acceptance is kept with the project.</source>
        <translation>Akzeptiert am %1: %2

Dieser Befund tritt nicht mehr auf; die Akzeptanz bleibt im Projekt gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Affected (%n):</source>
        <translation>
            <numerusform>Betrifft (%n):</numerusform>
            <numerusform>Betrifft (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::checks::Rule</name>
    <message>
        <source>Activity without a purpose</source>
        <translation>Tätigkeit ohne Zweck</translation>
    </message>
    <message>
        <source>State the specific purposes for which the data are processed.</source>
        <translation>Geben Sie die festgelegten Zwecke an, zu denen die Daten verarbeitet werden.</translation>
    </message>
    <message>
        <source>Activity without a lawful basis</source>
        <translation>Tätigkeit ohne Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Choose the Art. 6(1) basis the controller relies on for this activity.</source>
        <translation>Wählen Sie die Rechtsgrundlage nach Art. 6 Abs. 1, auf die sich der Verantwortliche für diese Tätigkeit stützt.</translation>
    </message>
    <message>
        <source>Activity without data subjects</source>
        <translation>Tätigkeit ohne betroffene Personen</translation>
    </message>
    <message>
        <source>Link the categories of data subjects whose data the activity processes.</source>
        <translation>Verknüpfen Sie die Kategorien betroffener Personen, deren Daten die Tätigkeit verarbeitet.</translation>
    </message>
    <message>
        <source>Activity without data categories</source>
        <translation>Tätigkeit ohne Datenkategorien</translation>
    </message>
    <message>
        <source>Link the categories of personal data the activity processes.</source>
        <translation>Verknüpfen Sie die Kategorien personenbezogener Daten, die die Tätigkeit verarbeitet.</translation>
    </message>
    <message>
        <source>No retention for a data category</source>
        <translation>Keine Löschfrist für eine Datenkategorie</translation>
    </message>
    <message>
        <source>Add a retention rule (a duration, a trigger event, or both) that covers the category.</source>
        <translation>Fügen Sie eine Löschregel hinzu (Dauer, auslösendes Ereignis oder beides), die die Kategorie abdeckt.</translation>
    </message>
    <message>
        <source>Special-category data without an Art. 9(2) condition</source>
        <translation>Besondere Kategorien personenbezogener Daten ohne Bedingung nach Art. 9 Abs. 2</translation>
    </message>
    <message>
        <source>Record the Art. 9(2) condition (for example explicit consent, employment law, health care), or stop processing the data.</source>
        <translation>Erfassen Sie die Bedingung nach Art. 9 Abs. 2 (zum Beispiel ausdrückliche Einwilligung, Arbeitsrecht, Gesundheitsversorgung), oder beenden Sie die Verarbeitung.</translation>
    </message>
    <message>
        <source>Criminal-offence data without an Art. 10 basis</source>
        <translation>Daten über Straftaten ohne Grundlage nach Art. 10</translation>
    </message>
    <message>
        <source>Record the Union or Member State law that authorises the processing (Art. 10 basis).</source>
        <translation>Erfassen Sie das Unionsrecht oder mitgliedstaatliche Recht, das die Verarbeitung zulässt (Grundlage nach Art. 10).</translation>
    </message>
    <message>
        <source>Consent and another basis for the same purpose</source>
        <translation>Einwilligung und eine andere Rechtsgrundlage für denselben Zweck</translation>
    </message>
    <message>
        <source>Pick one lawful basis per purpose. If the processing is needed for the contract, do not also ask for consent; withdrawal must stop the processing.</source>
        <translation>Wählen Sie eine Rechtsgrundlage je Zweck. Ist die Verarbeitung für den Vertrag erforderlich, holen Sie nicht zusätzlich eine Einwilligung ein; ein Widerruf muss die Verarbeitung beenden.</translation>
    </message>
    <message>
        <source>Consent made a condition of the service</source>
        <translation>Einwilligung als Bedingung für die Leistung</translation>
    </message>
    <message>
        <source>Legitimate interests without a balancing test</source>
        <translation>Berechtigtes Interesse ohne Interessenabwägung</translation>
    </message>
    <message>
        <source>Transfer to a third country without a mechanism</source>
        <translation>Übermittlung in ein Drittland ohne Instrument</translation>
    </message>
    <message>
        <source>Put a Chapter V mechanism in place (SCCs with a transfer impact assessment, DPF for certified US recipients, BCRs) or stop the transfer.</source>
        <translation>Sorgen Sie für ein Instrument nach Kapitel V (Standardvertragsklauseln mit Transfer Impact Assessment, DPF für zertifizierte US-Empfänger, BCR) oder beenden Sie die Übermittlung.</translation>
    </message>
    <message>
        <source>EEA or adequacy stated for a destination that is neither</source>
        <translation>EWR oder Angemessenheit angegeben für ein Ziel, das keines von beiden ist</translation>
    </message>
    <message>
        <source>Correct the destination countries or the mechanism: the destination is outside the EEA and has no adequacy decision.</source>
        <translation>Korrigieren Sie die Bestimmungsländer oder das Instrument: das Ziel liegt außerhalb des EWR und hat keinen Angemessenheitsbeschluss.</translation>
    </message>
    <message>
        <source>Transfer relies on an invalidated framework</source>
        <translation>Übermittlung stützt sich auf einen für ungültig erklärten Rahmen</translation>
    </message>
    <message>
        <source>Privacy Shield and Safe Harbour were declared invalid by the Court of Justice. Switch to DPF (if the recipient is certified) or SCCs with a transfer impact assessment.</source>
        <translation>Datenschutzschild und Safe Harbor wurden vom Gerichtshof für ungültig erklärt. Wechseln Sie zum DPF (falls der Empfänger zertifiziert ist) oder zu Standardvertragsklauseln mit Transfer Impact Assessment.</translation>
    </message>
    <message>
        <source>DPF used for a destination or recipient outside the US</source>
        <translation>DPF für ein Ziel oder einen Empfänger außerhalb der USA verwendet</translation>
    </message>
    <message>
        <source>The Data Privacy Framework covers US organisations only. Use another mechanism for other countries.</source>
        <translation>Der Datenschutzrahmen gilt nur für US-Organisationen. Verwenden Sie für andere Länder ein anderes Instrument.</translation>
    </message>
    <message>
        <source>DPF used for a recipient that is not DPF-certified</source>
        <translation>DPF für einen nicht DPF-zertifizierten Empfänger verwendet</translation>
    </message>
    <message>
        <source>Check the recipient on the Data Privacy Framework List and record its certification, or use SCCs.</source>
        <translation>Prüfen Sie den Empfänger auf der Data Privacy Framework List und erfassen Sie die Zertifizierung, oder verwenden Sie Standardvertragsklauseln.</translation>
    </message>
    <message>
        <source>SCCs or BCRs without a transfer impact assessment</source>
        <translation>Standardvertragsklauseln oder BCR ohne Transfer Impact Assessment</translation>
    </message>
    <message>
        <source>Carry out a transfer impact assessment for the destination and record its date.</source>
        <translation>Führen Sie ein Transfer Impact Assessment für das Ziel durch und erfassen Sie das Datum.</translation>
    </message>
    <message>
        <source>Derogation used for a regular transfer</source>
        <translation>Ausnahme für eine regelmäßige Übermittlung verwendet</translation>
    </message>
    <message>
        <source>Derogation without saying which one</source>
        <translation>Ausnahme ohne Angabe, welche</translation>
    </message>
    <message>
        <source>Record which Art. 49(1) derogation applies (a to g, or the second subparagraph).</source>
        <translation>Erfassen Sie, welche Ausnahme nach Art. 49 Abs. 1 gilt (lit. a bis g oder Unterabsatz 2).</translation>
    </message>
    <message>
        <source>Compelling-interests derogation without documented safeguards</source>
        <translation>Ausnahme zwingender Interessen ohne dokumentierte Garantien</translation>
    </message>
    <message>
        <source>Data reach a third country only through a weak chain</source>
        <translation>Daten erreichen ein Drittland nur über eine schwache Kette</translation>
    </message>
    <message>
        <source>Fix the weakest transfer on the chain (a valid mechanism on every hop), or stop the category from being passed on.</source>
        <translation>Beheben Sie die schwächste Übermittlung der Kette (ein gültiges Instrument auf jeder Stufe), oder verhindern Sie die Weitergabe der Kategorie.</translation>
    </message>
    <message>
        <source>Subprocessor reached without a processor agreement</source>
        <translation>Unterauftragsverarbeiter ohne Auftragsverarbeitungsvertrag erreicht</translation>
    </message>
    <message>
        <source>Obtain the subprocessor agreement (or the processor&apos;s flow-down terms) and record its date on the party.</source>
        <translation>Beschaffen Sie den Unterauftragsverarbeitungsvertrag (oder die weitergegebenen Bedingungen des Auftragsverarbeiters) und erfassen Sie das Datum bei der Stelle.</translation>
    </message>
    <message>
        <source>Processor without a processing agreement</source>
        <translation>Auftragsverarbeiter ohne Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
        <source>Sign a data processing agreement with the processor and record its date.</source>
        <translation>Schließen Sie mit dem Auftragsverarbeiter einen Auftragsverarbeitungsvertrag und erfassen Sie das Datum.</translation>
    </message>
    <message>
        <source>Recipient without a country</source>
        <translation>Empfänger ohne Land</translation>
    </message>
    <message>
        <source>Record where the recipient is established and where it processes the data.</source>
        <translation>Erfassen Sie, wo der Empfänger niedergelassen ist und wo er die Daten verarbeitet.</translation>
    </message>
    <message>
        <source>Special-category data to a recipient named only as a category</source>
        <translation>Besondere Kategorien personenbezogener Daten an einen nur als Kategorie genannten Empfänger</translation>
    </message>
    <message>
        <source>Name the recipients that receive special-category data (ask for the current subprocessor list).</source>
        <translation>Nennen Sie die Empfänger besonderer Kategorien personenbezogener Daten (fordern Sie die aktuelle Liste der Unterauftragsverarbeiter an).</translation>
    </message>
    <message>
        <source>Processor named only as a category</source>
        <translation>Auftragsverarbeiter nur als Kategorie genannt</translation>
    </message>
    <message>
        <source>Ask for the named (sub)processors, with their countries: without names the controller cannot authorise or object to them (Art. 28(2)).</source>
        <translation>Fordern Sie die (Unter-)Auftragsverarbeiter namentlich mit ihren Ländern an: ohne Namen kann der Verantwortliche sie weder genehmigen noch Einspruch erheben (Art. 28 Abs. 2).</translation>
    </message>
    <message>
        <source>Vague retention</source>
        <translation>Unbestimmte Speicherdauer</translation>
    </message>
    <message>
        <source>Processor keeps data longer than the controller</source>
        <translation>Auftragsverarbeiter speichert Daten länger als der Verantwortliche</translation>
    </message>
    <message>
        <source>Align the processor&apos;s retention with the controller&apos;s instructions; the processor must delete or return the data.</source>
        <translation>Richten Sie die Speicherdauer des Auftragsverarbeiters nach den Weisungen des Verantwortlichen aus; der Auftragsverarbeiter muss die Daten löschen oder zurückgeben.</translation>
    </message>
    <message>
        <source>DPIA likely required but not done</source>
        <translation>DSFA wahrscheinlich erforderlich, aber nicht durchgeführt</translation>
    </message>
    <message>
        <source>Activity not reviewed in the last 12 months</source>
        <translation>Tätigkeit in den letzten 12 Monaten nicht überprüft</translation>
    </message>
    <message>
        <source>Review the activity with its owner and record the date.</source>
        <translation>Überprüfen Sie die Tätigkeit mit der zuständigen Person und erfassen Sie das Datum.</translation>
    </message>
    <message>
        <source>Data category that nothing uses</source>
        <translation>Datenkategorie, die nichts verwendet</translation>
    </message>
    <message>
        <source>Link the category to the activities and transfers that process it, or remove it.</source>
        <translation>Verknüpfen Sie die Kategorie mit den Tätigkeiten und Übermittlungen, die sie verarbeiten, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Data subjects that nothing uses</source>
        <translation>Betroffene Personen, die nichts verwendet</translation>
    </message>
    <message>
        <source>Link the data subjects to their activities, or remove them.</source>
        <translation>Verknüpfen Sie die betroffenen Personen mit ihren Tätigkeiten, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Source that nothing uses</source>
        <translation>Quelle, die nichts verwendet</translation>
    </message>
    <message>
        <source>Link the source to the activities that collect from it, or remove it.</source>
        <translation>Verknüpfen Sie die Quelle mit den Tätigkeiten, die aus ihr erheben, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Party that no activity or transfer uses</source>
        <translation>Stelle, die keine Tätigkeit oder Übermittlung verwendet</translation>
    </message>
    <message>
        <source>Record the transfers to or from the party, or remove it.</source>
        <translation>Erfassen Sie die Übermittlungen an oder von der Stelle, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Replace “as long as necessary” by a duration (e.g. P6M) or a trigger event (e.g. end of contract).</source>
        <translation>Ersetzen Sie „so lange wie nötig“ durch eine Speicherdauer (z. B. P6M) oder ein auslösendes Ereignis (z. B. Vertragsende), ab dem die Löschfrist läuft.</translation>
    </message>
    <message>
        <source>Consent that the service depends on is not freely given. Unbundle it from the terms, or rely on another basis (contract) for what the service needs. Where the notes were read, set “Consent is a condition of the service” to yes or no.</source>
        <translation>Eine Einwilligung, von der der Dienst abhängt, ist nicht freiwillig. Lösen Sie sie von den Bedingungen, oder stützen Sie das, was der Dienst braucht, auf eine andere Grundlage (Vertrag). Wo die Notizen gelesen wurden: setzen Sie „Einwilligung ist Bedingung für den Dienst“ auf Ja oder Nein.</translation>
    </message>
    <message>
        <source>Document the legitimate interests assessment (interest, necessity, balancing) and record its date and conclusion under “Balancing test” in the activity.</source>
        <translation>Dokumentieren Sie die Interessenabwägung (Interesse, Erforderlichkeit, Abwägung) und erfassen Sie Datum und Ergebnis unter „Interessenabwägung“ in der Tätigkeit.</translation>
    </message>
    <message>
        <source>Art. 49 derogations are for occasional transfers. For a processor or a recurring transfer use an Art. 46 safeguard (SCCs) instead. Where the transfer is occasional, set “Occasional” to yes.</source>
        <translation>Die Ausnahmen nach Art. 49 gelten für gelegentliche Übermittlungen. Für einen Auftragsverarbeiter oder eine wiederkehrende Übermittlung nutzen Sie eine Garantie nach Art. 46 (Standardvertragsklauseln). Ist die Übermittlung gelegentlich, setzen Sie „Gelegentlich“ auf Ja.</translation>
    </message>
    <message>
        <source>Document the assessment and the suitable safeguards, record them under “Suitable safeguards” on the transfer (the Art. 30 record shows them), and inform the supervisory authority.</source>
        <translation>Dokumentieren Sie die Beurteilung und die geeigneten Garantien, erfassen Sie sie unter „Geeignete Garantien“ bei der Übermittlung (das Verzeichnis nach Art. 30 zeigt sie) und unterrichten Sie die Aufsichtsbehörde.</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment and record its date. Where the notes were read for “large scale”, set “Large-scale processing” to yes or no.</source>
        <translation>Führen Sie eine Datenschutz-Folgenabschätzung durch und erfassen Sie ihr Datum. Wo die Notizen auf „umfangreich“ gelesen wurden: setzen Sie „Umfangreiche Verarbeitung“ auf Ja oder Nein.</translation>
    </message>
    <message>
        <source>Call content or special-category data under SCCs or BCRs without a transfer impact assessment</source>
        <translation>Gesprächsinhalte oder besondere Kategorien personenbezogener Daten unter Standardvertragsklauseln oder BCR ohne Transfer Impact Assessment</translation>
    </message>
    <message>
        <source>Before sending call recordings, transcripts, special-category or criminal-offence data to this destination, carry out a transfer impact assessment, take the supplementary measures it calls for (such as encryption with keys kept in the EEA), and record its date.</source>
        <translation>Führen Sie vor der Übermittlung von Gesprächsaufzeichnungen, Transkripten, besonderen Kategorien personenbezogener Daten oder Daten über Straftaten an dieses Ziel ein Transfer Impact Assessment durch, treffen Sie die daraus folgenden ergänzenden Maßnahmen (etwa Verschlüsselung mit Schlüsseln, die im EWR bleiben) und erfassen Sie das Datum.</translation>
    </message>
    <message>
        <source>Transfer to a third country whose mechanism is not stated</source>
        <translation>Übermittlung in ein Drittland ohne angegebenes Instrument</translation>
    </message>
    <message>
        <source>Find out which Chapter V mechanism covers the transfer (the recipient&apos;s DPA or subprocessor list usually says: SCCs, the DPF) and record it. If there is none, put one in place or stop the transfer.</source>
        <translation>Klären Sie, welches Instrument nach Kapitel V die Übermittlung abdeckt (meist steht es im Auftragsverarbeitungsvertrag oder in der Liste der Unterauftragsverarbeiter des Empfängers: Standardvertragsklauseln, das DPF), und erfassen Sie es. Gibt es keines, sorgen Sie für eines oder beenden Sie die Übermittlung.</translation>
    </message>
    <message>
        <source>Data item without a retention</source>
        <translation>Datenelement ohne Speicherdauer</translation>
    </message>
    <message>
        <source>State how long the data item is kept (a duration, or the period as written), or add a retention rule of the activity that covers its category.</source>
        <translation>Geben Sie an, wie lange das Datenelement gespeichert wird (eine Dauer oder die Frist wie beschrieben), oder fügen Sie der Verarbeitung eine Aufbewahrungsregel hinzu, die seine Kategorie abdeckt.</translation>
    </message>
    <message>
        <source>System hosted outside the EEA without a transfer</source>
        <translation>System außerhalb des EWR betrieben ohne Übermittlung</translation>
    </message>
    <message>
        <source>Record the transfer to the hosting party with the countries and its Chapter V mechanism, or correct the system&apos;s hosting party and locations.</source>
        <translation>Erfassen Sie die Übermittlung an den Betreiber mit den Ländern und dem Mechanismus nach Kapitel V, oder korrigieren Sie Betreiber und Standorte des Systems.</translation>
    </message>
    <message>
        <source>Automated decisions without their logic</source>
        <translation>Automatisierte Entscheidungen ohne ihre Logik</translation>
    </message>
    <message>
        <source>Describe the logic involved in the automated decisions (what data, which criteria, how they are weighed) and their significance and envisaged consequences for the data subject.</source>
        <translation>Beschreiben Sie die Logik der automatisierten Entscheidungen (welche Daten, welche Kriterien, wie sie gewichtet werden) sowie ihre Tragweite und die angestrebten Auswirkungen für die betroffene Person.</translation>
    </message>
    <message>
        <source>DPIA screening meets two or more criteria, no DPIA</source>
        <translation>Prüfung erfüllt zwei oder mehr Kriterien, keine Datenschutz-Folgenabschätzung</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment and record it as performed, with its date and report; or record in the screening&apos;s outcome why no high risk is likely despite the criteria.</source>
        <translation>Führen Sie eine Datenschutz-Folgenabschätzung durch und erfassen Sie sie als durchgeführt, mit Datum und Bericht; oder halten Sie im Ergebnis der Prüfung fest, warum trotz der Kriterien kein hohes Risiko zu erwarten ist.</translation>
    </message>
    <message>
        <source>New subprocessor in a third country while the objection period is open</source>
        <translation>Neuer Unterauftragsverarbeiter in einem Drittland während der Einspruchsfrist</translation>
    </message>
    <message>
        <source>Before the deadline, ask the vendor for the transfer mechanism (and record it on the transfer), or object to the new subprocessor as the DPA allows.</source>
        <translation>Fragen Sie vor Fristende den Anbieter nach dem Übermittlungsmechanismus (und erfassen Sie ihn bei der Übermittlung), oder widersprechen Sie dem neuen Unterauftragsverarbeiter, wie es der AVV erlaubt.</translation>
    </message>
</context>
<context>
    <name>ropa::cli</name>
    <message>
        <source>check: --fail-on must be high, medium or low, not “%1”</source>
        <translation>check: --fail-on muss high, medium oder low sein, nicht „%1“</translation>
    </message>
    <message>
        <source>check: --today must be a date YYYY-MM-DD, not “%1”</source>
        <translation>check: --today muss ein Datum JJJJ-MM-TT sein, nicht „%1“</translation>
    </message>
    <message>
        <source>accepted %1: %2</source>
        <translation>akzeptiert %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low open, %4 accepted</source>
        <translation>
            <numerusform>%n Befund: %1 hoch, %2 mittel, %3 niedrig offen, %4 akzeptiert</numerusform>
            <numerusform>%n Befunde: %1 hoch, %2 mittel, %3 niedrig offen, %4 akzeptiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low</source>
        <translation>
            <numerusform>%n Befund: %1 hoch, %2 mittel, %3 niedrig</numerusform>
            <numerusform>%n Befunde: %1 hoch, %2 mittel, %3 niedrig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no data category “%2” in this project</source>
        <translation>%1: keine Datenkategorie „%2“ in diesem Projekt</translation>
    </message>
    <message>
        <source>graph: --format must be one of svg, png, pdf, dot, graphml</source>
        <translation>graph: --format muss svg, png, pdf, dot oder graphml sein</translation>
    </message>
    <message>
        <source>graph: %1</source>
        <translation>graph: %1</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Run the compliance checks (docs/findings.md) and print one finding per line: severity, rule, entity, message. Exit 1 when a finding at or above the --fail-on threshold is open, 0 when none is, 2 on bad input.</source>
        <translation>Führt die Compliance-Prüfungen aus (docs/findings.md) und gibt einen Befund pro Zeile aus: Schweregrad, Regel, Objekt, Meldung. Exit-Code 1, wenn ein Befund auf oder über der Schwelle von --fail-on offen ist, 0, wenn keiner offen ist, 2 bei ungültiger Eingabe.</translation>
    </message>
    <message>
        <source>A .ropa project or a JSON interchange file.</source>
        <translation>Ein .ropa-Projekt oder eine JSON-Austauschdatei.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Lowest severity that makes the exit code 1: high, medium or low (default: low).</source>
        <translation>Niedrigster Schweregrad, der den Exit-Code 1 ergibt: high, medium oder low (Standard: low).</translation>
    </message>
    <message>
        <source>Date to check reviews against, YYYY-MM-DD (default: today).</source>
        <translation>Datum, gegen das Überprüfungen geprüft werden, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>the findings and messages</source>
        <translation>der Befunde und Meldungen</translation>
    </message>
    <message>
        <source>compliance findings: check FILE [--json] [--fail-on high|medium|low] [--lang en|nl|de]</source>
        <translation>Compliance-Befunde: check DATEI [--json] [--fail-on high|medium|low] [--lang en|nl|de]</translation>
    </message>
    <message>
        <source>Write the Article 30 record of processing activities (controller: Art. 30(1); processor: Art. 30(2)).</source>
        <translation>Schreibt das Verzeichnis von Verarbeitungstätigkeiten nach Artikel 30 (Verantwortlicher: Art. 30 Abs. 1; Auftragsverarbeiter: Art. 30 Abs. 2).</translation>
    </message>
    <message>
        <source>controller (default) or processor.</source>
        <translation>controller (Standard, Verantwortlicher) oder processor (Auftragsverarbeiter).</translation>
    </message>
    <message>
        <source>Language of the record (default: en).</source>
        <translation>Sprache des Verzeichnisses (Standard: en).</translation>
    </message>
    <message>
        <source>Output file (required; written atomically).</source>
        <translation>Ausgabedatei (erforderlich; atomar geschrieben).</translation>
    </message>
    <message>
        <source>Only activities of this own entity (name or id).</source>
        <translation>Nur Tätigkeiten dieser eigenen Stelle (Name oder ID).</translation>
    </message>
    <message>
        <source>Only activities in this role: controller, joint_controller or processor.</source>
        <translation>Nur Tätigkeiten in dieser Rolle: controller, joint_controller oder processor.</translation>
    </message>
    <message>
        <source>Only activities with this owner.</source>
        <translation>Nur Tätigkeiten mit diesem Verantwortlichen im Haus.</translation>
    </message>
    <message>
        <source>CSV only: write cells as they are (no protection against formula injection).</source>
        <translation>Nur CSV: Zellen unverändert schreiben (kein Schutz gegen Formel-Injektion).</translation>
    </message>
    <message>
        <source>CSV only: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>Nur CSV: mit einer UTF-8-Bytereihenfolgemarkierung beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Date of the record, YYYY-MM-DD (default: today).</source>
        <translation>Datum des Verzeichnisses, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>export: -o OUT is required</source>
        <translation>export: -o AUS ist erforderlich</translation>
    </message>
    <message>
        <source>export: --record must be controller or processor, not “%1”</source>
        <translation>export: --record muss controller oder processor sein, nicht „%1“</translation>
    </message>
    <message>
        <source>export: language “%1” is not available (available: %2)</source>
        <translation>export: Sprache „%1“ ist nicht verfügbar (verfügbar: %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>export: --date must be YYYY-MM-DD</source>
        <translation>export: --date muss JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>export: no own entity “%1” in %2</source>
        <translation>export: keine eigene Stelle „%1“ in %2</translation>
    </message>
    <message>
        <source>export: --role must be one of %1</source>
        <translation>export: --role muss eines von %1 sein</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the processor record (%n activities, %1% complete) to %2</source>
        <translation>
            <numerusform>Verzeichnis des Auftragsverarbeiters (%n Tätigkeit, %1 % vollständig) geschrieben nach %2</numerusform>
            <numerusform>Verzeichnis des Auftragsverarbeiters (%n Tätigkeiten, %1 % vollständig) geschrieben nach %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the controller record (%n activities, %1% complete) to %2</source>
        <translation>
            <numerusform>Verzeichnis des Verantwortlichen (%n Tätigkeit, %1 % vollständig) geschrieben nach %2</numerusform>
            <numerusform>Verzeichnis des Verantwortlichen (%n Tätigkeiten, %1 % vollständig) geschrieben nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the onward-transfer graph (of one data category, or of every transfer) as SVG, PNG, PDF, DOT (Graphviz) or GraphML.</source>
        <translation>Zeichnet den Graphen der (Weiter-)Übermittlungen (einer Datenkategorie oder aller Übermittlungen) als SVG, PNG, PDF, DOT (Graphviz) oder GraphML.</translation>
    </message>
    <message>
        <source>svg, png, pdf, dot or graphml (required).</source>
        <translation>svg, png, pdf, dot oder graphml (erforderlich).</translation>
    </message>
    <message>
        <source>Only where this data category (name or id) can go.</source>
        <translation>Nur wohin diese Datenkategorie (Name oder ID) gelangen kann.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Ausgabedatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>the picture&apos;s title, labels and legend</source>
        <translation>des Titels, der Beschriftungen und der Legende des Bildes</translation>
    </message>
    <message>
        <source>Every party and country a data category (or any data) can reach through onward transfers, with its chains and weakest mechanism.</source>
        <translation>Jede Stelle und jedes Land, die eine Datenkategorie (oder beliebige Daten) über Weiterübermittlungen erreichen kann, mit den Ketten und dem schwächsten Mechanismus.</translation>
    </message>
    <message>
        <source>The data category (name or id).</source>
        <translation>Die Datenkategorie (Name oder ID).</translation>
    </message>
    <message>
        <source>Print JSON (docs/reach-json.md).</source>
        <translation>JSON ausgeben (docs/reach-json.md).</translation>
    </message>
    <message>
        <source>Chains listed per party or country (default 50).</source>
        <translation>Aufgeführte Ketten pro Stelle oder Land (Standard 50).</translation>
    </message>
    <message>
        <source>reach: --max-chains must be a number from 1 to 100000</source>
        <translation>reach: --max-chains muss eine Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>draw the transfer graph: graph FILE --format svg|png|pdf|dot|graphml [--category NAME] [--lang en|nl|de] -o OUT</source>
        <translation>den Übermittlungsgraphen zeichnen: graph DATEI --format svg|png|pdf|dot|graphml [--category NAME] [--lang en|nl|de] -o AUS</translation>
    </message>
    <message>
        <source>where data can go, with chains: reach FILE [--category NAME] [--json]</source>
        <translation>wohin Daten gelangen können, mit Ketten: reach DATEI [--category NAME] [--json]</translation>
    </message>
    <message>
        <source>Create an empty project with one own organisation.</source>
        <translation>Legt ein leeres Projekt mit einer eigenen Organisation an.</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Die anzulegende Projektdatei.</translation>
    </message>
    <message>
        <source>Name of the organisation (required).</source>
        <translation>Name der Organisation (erforderlich).</translation>
    </message>
    <message>
        <source>Country of establishment, ISO 3166-1 alpha-2 (e.g. NL).</source>
        <translation>Land der Niederlassung, ISO 3166-1 Alpha-2 (z. B. DE).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, wenn sie existiert.</translation>
    </message>
    <message>
        <source>new: --name is required (the name of your organisation)</source>
        <translation>new: --name ist erforderlich (der Name Ihrer Organisation)</translation>
    </message>
    <message>
        <source>new: “%1” is not an ISO 3166-1 alpha-2 country code</source>
        <translation>new: „%1“ ist kein Ländercode nach ISO 3166-1 Alpha-2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Show a project&apos;s format version, own entities and counts.</source>
        <translation>Zeigt die Formatversion, die eigenen Stellen und die Anzahlen eines Projekts.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>%1 (JSON interchange)</source>
        <translation>%1 (JSON-Austauschdatei)</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Formatversion:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Own entities:</source>
        <translation>Eigene Stellen:</translation>
    </message>
    <message>
        <source>Check a .ropa or JSON project with every check that opening does. Exit 0 when valid, 2 when not.</source>
        <translation>Prüft ein .ropa- oder JSON-Projekt mit allen Prüfungen, die beim Öffnen erfolgen. Exit-Code 0, wenn es gültig ist, sonst 2.</translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is a valid Ropa project (format %2, %n entities)</source>
        <translation>
            <numerusform>OK: %1 ist ein gültiges Ropa-Projekt (Format %2, %n Objekt)</numerusform>
            <numerusform>OK: %1 ist ein gültiges Ropa-Projekt (Format %2, %n Objekte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a project in the JSON interchange format.</source>
        <translation>Schreibt ein Projekt im JSON-Austauschformat.</translation>
    </message>
    <message>
        <source>The project to export.</source>
        <translation>Das zu exportierende Projekt.</translation>
    </message>
    <message>
        <source>Create a .ropa project from a JSON interchange file. Nothing is written unless the whole file is valid.</source>
        <translation>Legt ein .ropa-Projekt aus einer JSON-Austauschdatei an. Es wird nichts geschrieben, wenn nicht die ganze Datei gültig ist.</translation>
    </message>
    <message>
        <source>The JSON file to import.</source>
        <translation>Die zu importierende JSON-Datei.</translation>
    </message>
    <message>
        <source>The .ropa file to write (required).</source>
        <translation>Die zu schreibende .ropa-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Replace OUT.ropa if it exists.</source>
        <translation>AUS.ropa ersetzen, wenn sie existiert.</translation>
    </message>
    <message>
        <source>import-json: -o OUT.ropa is required</source>
        <translation>import-json: -o AUS.ropa ist erforderlich</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 importiert in %2</translation>
    </message>
    <message>
        <source>create an empty project: new FILE.ropa --name NAME [--country CC]</source>
        <translation>ein leeres Projekt anlegen: new DATEI.ropa --name NAME [--country LAND]</translation>
    </message>
    <message>
        <source>format version, own entities and counts: info FILE [--json]</source>
        <translation>Formatversion, eigene Stellen und Anzahlen: info DATEI [--json]</translation>
    </message>
    <message>
        <source>every check that opening does: validate FILE (.ropa or .json)</source>
        <translation>alle Prüfungen des Öffnens: validate DATEI (.ropa oder .json)</translation>
    </message>
    <message>
        <source>write the JSON interchange format: export-json FILE.ropa [-o OUT.json]</source>
        <translation>das JSON-Austauschformat schreiben: export-json DATEI.ropa [-o AUS.json]</translation>
    </message>
    <message>
        <source>create a .ropa from JSON: import-json IN.json -o OUT.ropa</source>
        <translation>eine .ropa aus JSON anlegen: import-json EIN.json -o AUS.ropa</translation>
    </message>
    <message>
        <source>Language of %1: %2 (default: en).</source>
        <translation>Sprache %1: %2 (Standard: en).</translation>
    </message>
    <message>
        <source>%1: language “%2” is not available (available: %3)</source>
        <translation>%1: Sprache „%2“ ist nicht verfügbar (verfügbar: %3)</translation>
    </message>
    <message>
        <source>%1: the translation into “%2” could not be loaded</source>
        <translation>%1: die Übersetzung in „%2“ konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or add --force to replace it.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>“%1” is open in Ropa by %2; close it there first.</source>
        <translation>„%1“ ist in Ropa von %2 geöffnet; schließen Sie die Datei dort zuerst.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: en).</source>
        <translation>Sprache der Meldungen: %1 (Standard: en).</translation>
    </message>
    <message>
        <source>%1: %2 (see ropa-cli %1 --help)</source>
        <translation>%1: %2 (siehe ropa-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: expected %2 file argument(s) (see ropa-cli %1 --help)</source>
        <translation>%1: %2 Dateiargument(e) erwartet (siehe ropa-cli %1 --help)</translation>
    </message>
    <message>
        <source>Usage: ropa-cli COMMAND [options] FILE</source>
        <translation>Aufruf: ropa-cli BEFEHL [Optionen] DATEI</translation>
    </message>
    <message>
        <source>Keeps GDPR Article 30 records of processing activities.</source>
        <translation>Führt Verzeichnisse von Verarbeitungstätigkeiten nach Artikel 30 DSGVO.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “ropa-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>„ropa-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Every command takes --lang LANG (%1) for the language of its messages.</source>
        <translation>Jeder Befehl nimmt --lang SPRACHE (%1) für die Sprache seiner Meldungen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 findings, 2 bad input or usage.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Befunde, 2 ungültige Eingabe oder ungültiger Aufruf.</translation>
    </message>
    <message>
        <source>the built-in reference data is broken: %1</source>
        <translation>die eingebauten Referenzdaten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>unknown command “%1” (see ropa-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe ropa-cli --help)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>What differs between two versions of a project: entities added, removed and changed, field by field. Exit code 0: the same; 1: different; 2: bad input.</source>
        <translation>Was sich zwischen zwei Versionen eines Projekts unterscheidet: hinzugefügte, entfernte und geänderte Einträge, Feld für Feld. Exit-Code 0: gleich; 1: verschieden; 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Two projects, each a .ropa file or a JSON interchange file.</source>
        <translation>Zwei Projekte, jeweils eine .ropa-Datei oder eine JSON-Austauschdatei.</translation>
    </message>
    <message>
        <source>Print JSON (docs/compare-merge.md).</source>
        <translation>JSON ausgeben (docs/compare-merge.md).</translation>
    </message>
    <message>
        <source>“%1” and “%2” share no entity: they are not two versions of one project, so everything shows as removed and added.</source>
        <translation>„%1“ und „%2“ haben keinen Eintrag gemeinsam: Sie sind keine zwei Versionen eines Projekts, daher erscheint alles als entfernt und hinzugefügt.</translation>
    </message>
    <message>
        <source>ropa-cli: note: %1</source>
        <translation>ropa-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>Merge two edited copies of a project with their common base: what one side changed is taken, fields changed differently on both sides are conflicts. Exit code 0: merged and written; 1: conflicts (listed, nothing written); 2: bad input.</source>
        <translation>Zwei bearbeitete Kopien eines Projekts mit ihrer gemeinsamen Basis zusammenführen: Was eine Seite geändert hat, wird übernommen; auf beiden Seiten verschieden geänderte Felder sind Konflikte. Exit-Code 0: zusammengeführt und geschrieben; 1: Konflikte (aufgelistet, nichts geschrieben); 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <source>The common base and the two copies, each a .ropa file or a JSON interchange file.</source>
        <translation>Die gemeinsame Basis und die beiden Kopien, jeweils eine .ropa-Datei oder eine JSON-Austauschdatei.</translation>
    </message>
    <message>
        <source>The merged project (.ropa, or JSON for any other name); replaced if it exists (required).</source>
        <translation>Das zusammengeführte Projekt (.ropa, bei jedem anderen Namen JSON); wird ersetzt, falls vorhanden (erforderlich).</translation>
    </message>
    <message>
        <source>Decide every conflict for one side: ours or theirs.</source>
        <translation>Jeden Konflikt für eine Seite entscheiden: ours (unsere) oder theirs (ihre).</translation>
    </message>
    <message>
        <source>merge: -o OUT is required (a .ropa or .json file)</source>
        <translation>merge: -o OUT ist erforderlich (eine .ropa- oder .json-Datei)</translation>
    </message>
    <message>
        <source>merge: --prefer must be ours or theirs</source>
        <translation>merge: --prefer muss ours oder theirs sein</translation>
    </message>
    <message>
        <source>“%1” shares no entity with one of the copies: it is not their common base, so most changes will show as conflicts or as additions.</source>
        <translation>„%1“ hat keinen Eintrag mit einer der Kopien gemeinsam: Es ist nicht ihre gemeinsame Basis, daher erscheinen die meisten Änderungen als Konflikte oder als Hinzufügungen.</translation>
    </message>
    <message numerus="yes">
        <source>Merged into “%1”: %n change(s) taken into ours.</source>
        <translation>
            <numerusform>In „%1“ zusammengeführt: %n Änderung in unsere Kopie übernommen.</numerusform>
            <numerusform>In „%1“ zusammengeführt: %n Änderungen in unsere Kopie übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not merged: the merged project would not be valid:</source>
        <translation>Nicht zusammengeführt: Das zusammengeführte Projekt wäre nicht gültig:</translation>
    </message>
    <message numerus="yes">
        <source>Not merged: %n conflict(s) to decide (nothing was written; --prefer ours|theirs decides them all).</source>
        <translation>
            <numerusform>Nicht zusammengeführt: %n Konflikt zu entscheiden (nichts geschrieben; --prefer ours|theirs entscheidet alle).</numerusform>
            <numerusform>Nicht zusammengeführt: %n Konflikte zu entscheiden (nichts geschrieben; --prefer ours|theirs entscheidet alle).</numerusform>
        </translation>
    </message>
    <message>
        <source>three-way merge of two copies: merge BASE OURS THEIRS -o OUT [--json] [--prefer ours|theirs]</source>
        <translation>Drei-Wege-Zusammenführung zweier Kopien: merge BASE OURS THEIRS -o OUT [--json] [--prefer ours|theirs]</translation>
    </message>
    <message>
        <source>location not stated</source>
        <translation>Standort nicht angegeben</translation>
    </message>
    <message>
        <source>(not understood: %1)</source>
        <translation>(nicht verstanden: %1)</translation>
    </message>
    <message>
        <source>Read a vendor&apos;s subprocessor list (CSV, Markdown table, HTML table or plain text) and print its subprocessors with the countries their locations resolve to, and what was not understood.</source>
        <translation>Die Liste der Unterauftragsverarbeiter eines Anbieters lesen (CSV, Markdown-Tabelle, HTML-Tabelle oder reiner Text) und die Unterauftragsverarbeiter mit den Ländern ihrer Standorte ausgeben, und was nicht verstanden wurde.</translation>
    </message>
    <message>
        <source>The list as a file.</source>
        <translation>Die Liste als Datei.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>the messages and country names</source>
        <translation>die Meldungen und Ländernamen</translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s) read</source>
        <translation>
            <numerusform>%n Unterauftragsverarbeiter gelesen</numerusform>
            <numerusform>%n Unterauftragsverarbeiter gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: location not stated (%2)</source>
        <translation>%1: Standort nicht angegeben (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1: not a country: %2</source>
        <translation>%1: kein Land: %2</translation>
    </message>
    <message numerus="yes">
        <source>Unresolved locations (%n):</source>
        <translation>
            <numerusform>Nicht erkannter Standort (%n):</numerusform>
            <numerusform>Nicht erkannte Standorte (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not understood:</source>
        <translation>Nicht verstanden:</translation>
    </message>
    <message>
        <source>What changed between two versions of a vendor&apos;s subprocessor list: added, removed, renamed, location, purpose and data shared changed. Exit code 0: no change, 1: changes, 2: bad input.</source>
        <translation>Was sich zwischen zwei Versionen der Liste der Unterauftragsverarbeiter eines Anbieters geändert hat: hinzugefügt, entfernt, umbenannt, Standort, Zweck und übermittelte Daten geändert. Exit-Code 0: keine Änderung, 1: Änderungen, 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <source>The version accepted before, and the new one.</source>
        <translation>Die zuvor akzeptierte Version und die neue.</translation>
    </message>
    <message>
        <source>Print JSON: added, removed, renamed, changed.</source>
        <translation>JSON ausgeben: added, removed, renamed, changed.</translation>
    </message>
    <message numerus="yes">
        <source>affects (%n): %1</source>
        <translation>
            <numerusform>betrifft (%n): %1</numerusform>
            <numerusform>betrifft (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the comparison as a document, as the program&apos;s Compare with… exports it: md (Markdown) or html.</source>
        <translation>Den Vergleich als Dokument ausgeben, wie ihn „Vergleichen mit…“ im Programm exportiert: md (Markdown) oder html.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: md or html.</source>
        <translation>Unbekanntes Format „%1“: md oder html.</translation>
    </message>
    <message>
        <source>what differs between two projects: diff A B [--json | --format md|html]</source>
        <translation>was sich zwischen zwei Projekten unterscheidet: diff A B [--json | --format md|html]</translation>
    </message>
    <message>
        <source>Read %1 (CSV, %2, separator “%3”), headings in line %4.</source>
        <translation>%1 gelesen (CSV, %2, Trennzeichen „%3“), Überschriften in Zeile %4.</translation>
    </message>
    <message>
        <source>Read %1 (%2, sheet “%3”), headings in row %4.</source>
        <translation>%1 gelesen (%2, Blatt „%3“), Überschriften in Zeile %4.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Activities: %1 added, %2 updated, %3 already there.</source>
        <translation>Verarbeitungen: %1 hinzugefügt, %2 ergänzt, %3 schon vorhanden.</translation>
    </message>
    <message>
        <source>%1 added, %2 matched</source>
        <translation>%1 hinzugefügt, %2 zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>Unresolved values (%n), kept as written or left out:</source>
        <translation>
            <numerusform>Nicht erkannter Wert (%n), wie geschrieben behalten oder ausgelassen:</numerusform>
            <numerusform>Nicht erkannte Werte (%n), wie geschrieben behalten oder ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(row(s) %1)</source>
        <translation>
            <numerusform>(Zeile %1)</numerusform>
            <numerusform>(Zeilen %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Say once what a value means in the mapping&apos;s “values” (--save-mapping, then --mapping; docs/import.md).</source>
        <translation>Sagen Sie einmal, was ein Wert bedeutet, in „values“ der Zuordnung (--save-mapping, dann --mapping; docs/import.md).</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Written to “%1”.</source>
        <translation>Nach „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Import a register kept in a spreadsheet (XLSX, ODS or CSV) into a new or an open project: the heading row and the columns are found from the headings (English, Dutch, German, French) or given in a mapping file; lawful bases, countries and retention periods are resolved, and every value that is not is listed. Entities are matched by name, never duplicated. Exit code 0: imported; 1: imported with unresolved values; 2: bad input, nothing written.</source>
        <translation>Ein Verzeichnis aus einer Tabelle (XLSX, ODS oder CSV) in ein neues oder ein geöffnetes Projekt importieren: die Überschriftenzeile und die Spalten werden aus den Überschriften (Englisch, Niederländisch, Deutsch, Französisch) gefunden oder in einer Zuordnungsdatei angegeben; Rechtsgrundlagen, Länder und Speicherfristen werden erkannt, und jeder Wert, der nicht erkannt wird, wird aufgeführt. Einträge werden über den Namen zugeordnet, nie doppelt angelegt. Exit-Code 0: importiert; 1: importiert mit nicht erkannten Werten; 2: ungültige Eingabe, nichts geschrieben.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>Das zu importierende Blatt (Standard: das erste).</translation>
    </message>
    <message>
        <source>The heading row and columns as a JSON file (docs/import.md).</source>
        <translation>Die Überschriftenzeile und die Spalten als JSON-Datei (docs/import.md).</translation>
    </message>
    <message>
        <source>Write the mapping used to a JSON file, to correct and give again with --mapping.</source>
        <translation>Die verwendete Zuordnung in eine JSON-Datei schreiben, um sie zu korrigieren und mit --mapping wieder anzugeben.</translation>
    </message>
    <message>
        <source>The project to import into (a .ropa file).</source>
        <translation>Das Projekt, in das importiert wird (eine .ropa-Datei).</translation>
    </message>
    <message>
        <source>A new project to write (.ropa); needs --name.</source>
        <translation>Ein neues Projekt, das geschrieben wird (.ropa); braucht --name.</translation>
    </message>
    <message>
        <source>The new project&apos;s name (also its own organisation&apos;s name when the register names no controller).</source>
        <translation>Der Name des neuen Projekts (auch der der eigenen Organisation, wenn das Verzeichnis keinen Verantwortlichen nennt).</translation>
    </message>
    <message>
        <source>Replace NEW.ropa if it exists.</source>
        <translation>NEW.ropa ersetzen, wenn es existiert.</translation>
    </message>
    <message>
        <source>Say what would be added, matched and left unresolved; write nothing.</source>
        <translation>Sagen, was hinzugefügt, zugeordnet und nicht erkannt würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>import: give either --into PROJECT.ropa or -o NEW.ropa --name NAME</source>
        <translation>import: geben Sie entweder --into PROJECT.ropa oder -o NEW.ropa --name NAME an</translation>
    </message>
    <message>
        <source>import: -o NEW.ropa needs --name NAME, the new project&apos;s name</source>
        <translation>import: -o NEW.ropa braucht --name NAME, den Namen des neuen Projekts</translation>
    </message>
    <message>
        <source>import: --into takes a .ropa project file</source>
        <translation>import: --into nimmt eine .ropa-Projektdatei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2” (its sheets: %3)</source>
        <translation>%1 hat kein Blatt „%2“ (die Blätter: %3)</translation>
    </message>
    <message>
        <source>%1: the sheet “%2” has no activity below its headings (row %3); nothing to import</source>
        <translation>%1: das Blatt „%2“ hat keine Verarbeitung unter den Überschriften (Zeile %3); nichts zu importieren</translation>
    </message>
    <message>
        <source>the imported project would not be valid: %1</source>
        <translation>das importierte Projekt wäre nicht gültig: %1</translation>
    </message>
    <message>
        <source>CSV only, one table per file: record (default), recipients, transfers, retention, completeness, controllers, processors, identity, data_items, systems, automated_decisions, dpia, documents, accepted_findings (those the record has).</source>
        <translation>Nur CSV, eine Tabelle pro Datei: record (Standard), recipients, transfers, retention, completeness, controllers, processors, identity, data_items, systems, automated_decisions, dpia, documents, accepted_findings (die das Verzeichnis enthält).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) as the AVG register&apos;s JSON to %1</source>
        <translation>
            <numerusform>%n Eintrag als JSON des AVG-Registers nach %1 geschrieben</numerusform>
            <numerusform>%n Einträge als JSON des AVG-Registers nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>The register: an .xlsx, .ods or .csv file, or the Dutch government register&apos;s .json export.</source>
        <translation>Das Register: eine .xlsx-, .ods- oder .csv-Datei oder der .json-Export des Registers der niederländischen Zentralregierung.</translation>
    </message>
    <message>
        <source>Read %1 (%2).</source>
        <translation>%1 gelesen (%2).</translation>
    </message>
    <message numerus="yes">
        <source>(record(s) %1)</source>
        <translation>
            <numerusform>(Eintrag %1)</numerusform>
            <numerusform>(Einträge %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients the register gives only as prose are kept in the activity&apos;s notes; make them parties where they are organisations.</source>
        <translation>Empfänger, die das Register nur als Text nennt, stehen in den Notizen der Verarbeitung; machen Sie sie zu Parteien, wo es Organisationen sind.</translation>
    </message>
    <message>
        <source>Wrote the %1 register template to %2</source>
        <translation>Verzeichnisvorlage %1 geschrieben nach %2</translation>
    </message>
    <message>
        <source>xlsx, pdf, html, odt, csv or md (default: from the suffix of OUT); a register template: ico-xlsx, cnil-ods or cnil-xlsx; or avg-register-json (every activity as the Dutch government register&apos;s JSON).</source>
        <translation>xlsx, pdf, html, odt, csv oder md (Standard: nach der Endung von AUS); eine Verzeichnisvorlage: ico-xlsx, cnil-ods oder cnil-xlsx; oder avg-register-json (jede Tätigkeit als JSON des AVG-Registers der niederländischen Zentralregierung).</translation>
    </message>
    <message>
        <source>export: unknown format “%1” (xlsx, pdf, html, odt, csv, md, ico-xlsx, cnil-ods, cnil-xlsx, avg-register-json)</source>
        <translation>export: unbekanntes Format „%1“ (xlsx, pdf, html, odt, csv, md, ico-xlsx, cnil-ods, cnil-xlsx, avg-register-json)</translation>
    </message>
    <message>
        <source>the Article 30 record: export FILE --record controller|processor --format xlsx|pdf|html|odt|csv|md|ico-xlsx|cnil-ods|cnil-xlsx|avg-register-json [--lang en|nl|de] -o OUT</source>
        <translation>das Verzeichnis nach Artikel 30: export DATEI --record controller|processor --format xlsx|pdf|html|odt|csv|md|ico-xlsx|cnil-ods|cnil-xlsx|avg-register-json [--lang en|nl|de] -o AUS</translation>
    </message>
    <message>
        <source>Read %1 (%2, sheets “%3”).</source>
        <translation>%1 gelesen (%2, Blätter „%3“).</translation>
    </message>
    <message>
        <source>How to read IN: auto (by its content, the default; finds the templates below), ico (the ICO&apos;s controller template), cnil (the CNIL&apos;s register, a sheet per activity), ropa-xlsx (Ropa&apos;s XLSX record), avg-register (the Dutch government register&apos;s JSON export) or csv (as CSV text whatever its name).</source>
        <translation>Wie IN gelesen wird: auto (nach dem Inhalt, Standard; erkennt die folgenden Vorlagen), ico (die Vorlage der ICO für Verantwortliche), cnil (das Verzeichnis der CNIL, ein Blatt je Tätigkeit), ropa-xlsx (das XLSX-Verzeichnis von Ropa), avg-register (der JSON-Export des AVG-Registers der niederländischen Zentralregierung) oder csv (als CSV-Text, gleich welcher Name).</translation>
    </message>
    <message>
        <source>import: --template must be auto, ico, cnil, ropa-xlsx, avg-register or csv</source>
        <translation>import: --template muss auto, ico, cnil, ropa-xlsx, avg-register oder csv sein</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
    <message>
        <source>%1: %2 holds no activity; nothing to import</source>
        <translation>%1: %2 enthält keine Tätigkeit; nichts zu importieren</translation>
    </message>
    <message>
        <source>a register from XLSX, ODS or CSV: import IN (--into PROJECT.ropa | -o NEW.ropa --name NAME) [--template auto|ico|cnil|ropa-xlsx|csv] [--mapping MAP.json] [--sheet NAME] [--dry-run] [--json]</source>
        <translation>ein Verzeichnis aus XLSX, ODS oder CSV: import IN (--into PROJECT.ropa | -o NEW.ropa --name NAME) [--template auto|ico|cnil|ropa-xlsx|csv] [--mapping MAP.json] [--sheet NAME] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Add an appendix with the changes saved since this date, from the file&apos;s history (.ropa only).</source>
        <translation>Einen Anhang mit den seit diesem Datum gespeicherten Änderungen aus der Historie der Datei hinzufügen (nur .ropa).</translation>
    </message>
    <message>
        <source>export: --changes-since must be YYYY-MM-DD</source>
        <translation>export: --changes-since muss JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>export: --changes-since needs a .ropa file: a JSON file keeps no history</source>
        <translation>export: --changes-since braucht eine .ropa-Datei: Eine JSON-Datei führt keine Historie</translation>
    </message>
    <message>
        <source>The file&apos;s history: who saved it when, what changed and why, and whether the chain of entries is intact. Exit code 0: intact; 1: broken (the first entry that does not check is named); 2: bad input.</source>
        <translation>Die Historie der Datei: wer sie wann gespeichert hat, was sich geändert hat und warum, und ob die Kette der Einträge intakt ist. Exit-Code 0: intakt; 1: unterbrochen (der erste nicht schlüssige Eintrag wird genannt); 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <source>A .ropa project.</source>
        <translation>Ein .ropa-Projekt.</translation>
    </message>
    <message>
        <source>Only check the chain and say whether it is intact.</source>
        <translation>Nur die Kette prüfen und sagen, ob sie intakt ist.</translation>
    </message>
    <message>
        <source>List each entry&apos;s changes field by field.</source>
        <translation>Die Änderungen jedes Eintrags Feld für Feld auflisten.</translation>
    </message>
    <message>
        <source>ropa-cli: note: “%1” was saved by an older Ropa (format %2): its history starts at its first save in this version.</source>
        <translation>ropa-cli: Hinweis: „%1“ wurde von einem älteren Ropa gespeichert (Format %2): Die Historie beginnt mit der ersten Speicherung in dieser Version.</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>chain ok</source>
        <translation>Kette ok</translation>
    </message>
    <message>
        <source>CHAIN BROKEN</source>
        <translation>KETTE UNTERBROCHEN</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>“%1” has no history yet: it starts at the file&apos;s next save in Ropa.</source>
        <translation>„%1“ hat noch keine Historie: Sie beginnt mit der nächsten Speicherung der Datei in Ropa.</translation>
    </message>
    <message>
        <source>the file&apos;s history of saves and its hash chain: history FILE [--json] [--verify] [--changes]</source>
        <translation>die Historie der Speicherungen in der Datei und ihre Hash-Kette: history DATEI [--json] [--verify] [--changes]</translation>
    </message>
    <message>
        <source>Usage: ropa-cli subprocessors read LIST [--json] [--lang LANG]
       ropa-cli subprocessors diff OLD_LIST NEW_LIST [--json] [--lang LANG]
       ropa-cli subprocessors import PROJECT LIST --vendor NAME [--updated YYYY-MM-DD] [--source URL] [--notice YYYY-MM-DD] [--dry-run] [--json]
       ropa-cli subprocessors history PROJECT --vendor NAME [--json]
</source>
        <translation>Aufruf: ropa-cli subprocessors read LISTE [--json] [--lang SPRACHE]
        ropa-cli subprocessors diff ALTE_LISTE NEUE_LISTE [--json] [--lang SPRACHE]
        ropa-cli subprocessors import PROJEKT LISTE --vendor NAME [--updated JJJJ-MM-TT] [--source URL] [--notice JJJJ-MM-TT] [--dry-run] [--json]
        ropa-cli subprocessors history PROJEKT --vendor NAME [--json]
</translation>
    </message>
    <message>
        <source>subprocessors: expected “read”, “diff”, “import” or “history” (see ropa-cli subprocessors --help)</source>
        <translation>subprocessors: erwartet „read“, „diff“, „import“ oder „history“ (siehe ropa-cli subprocessors --help)</translation>
    </message>
    <message>
        <source>a vendor&apos;s subprocessor list: subprocessors read LIST [--json] | subprocessors diff OLD_LIST NEW_LIST [--json] [--lang en|nl|de] | subprocessors import PROJECT LIST --vendor NAME [--dry-run] [--json] | subprocessors history PROJECT --vendor NAME [--json]</source>
        <translation>die Liste der Unterauftragsverarbeiter eines Anbieters: subprocessors read LISTE [--json] | subprocessors diff ALTE_LISTE NEUE_LISTE [--json] [--lang en|nl|de] | subprocessors import PROJEKT LISTE --vendor NAME [--dry-run] [--json] | subprocessors history PROJEKT --vendor NAME [--json]</translation>
    </message>
    <message>
        <source>no party of the project is named “%1”</source>
        <translation>keine Partei des Projekts heißt „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n parties of the project are named like “%1”; give the exact name</source>
        <translation>
            <numerusform>%n Partei des Projekts heißt wie „%1“; geben Sie den genauen Namen an</numerusform>
            <numerusform>%n Parteien des Projekts heißen wie „%1“; geben Sie den genauen Namen an</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form YYYY-MM-DD</source>
        <translation>%1: „%2“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The objection period ended on %1.</source>
        <translation>Die Einspruchsfrist endete am %1.</translation>
    </message>
    <message>
        <source>Object by %1.</source>
        <translation>Einspruch bis %1.</translation>
    </message>
    <message>
        <source>Apply a vendor&apos;s subprocessor list to a project as onward transfers from the vendor (for the activities and data categories the vendor receives), keep it as a version of the vendor&apos;s list, and print what changed since the last version and what that does to the map.</source>
        <translation>Die Liste der Unterauftragsverarbeiter eines Anbieters als Weiterübermittlungen vom Anbieter auf ein Projekt anwenden (für die Tätigkeiten und Datenkategorien, die der Anbieter erhält), sie als Version der Liste des Anbieters aufbewahren und ausgeben, was sich seit der letzten Version geändert hat und was das an der Karte ändert.</translation>
    </message>
    <message>
        <source>The project (.ropa or .json), and the list as a file.</source>
        <translation>Das Projekt (.ropa oder .json) und die Liste als Datei.</translation>
    </message>
    <message>
        <source>The vendor (a party) whose list it is.</source>
        <translation>Der Anbieter (eine Partei), dessen Liste es ist.</translation>
    </message>
    <message>
        <source>The date the list says it was updated.</source>
        <translation>Das Datum, an dem die Liste laut eigener Angabe aktualisiert wurde.</translation>
    </message>
    <message>
        <source>Where the list was published (default: the file name).</source>
        <translation>Wo die Liste veröffentlicht wurde (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>The date the vendor&apos;s change notice was received.</source>
        <translation>Das Datum, an dem die Änderungsmitteilung des Anbieters eingegangen ist.</translation>
    </message>
    <message>
        <source>Print the changes; do not save.</source>
        <translation>Die Änderungen ausgeben; nicht speichern.</translation>
    </message>
    <message>
        <source>subprocessors import: give the vendor with --vendor NAME</source>
        <translation>subprocessors import: geben Sie den Anbieter mit --vendor NAME an</translation>
    </message>
    <message>
        <source>the project would not be valid: %1</source>
        <translation>das Projekt wäre nicht gültig: %1</translation>
    </message>
    <message>
        <source>This list is the last version applied for “%1”: nothing changes.</source>
        <translation>Diese Liste ist die zuletzt angewendete Version für „%1“: es ändert sich nichts.</translation>
    </message>
    <message>
        <source>First version of the list of “%1”.</source>
        <translation>Erste Version der Liste von „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n new party(ies)</source>
        <translation>
            <numerusform>%n neue Partei</numerusform>
            <numerusform>%n neue Parteien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new transfer(s)</source>
        <translation>
            <numerusform>%n neue Übermittlung</numerusform>
            <numerusform>%n neue Übermittlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) changed</source>
        <translation>
            <numerusform>%n Übermittlung geändert</numerusform>
            <numerusform>%n Übermittlungen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) removed</source>
        <translation>
            <numerusform>%n Übermittlung entfernt</numerusform>
            <numerusform>%n Übermittlungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Probelauf: es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The versions of a vendor&apos;s subprocessor list a project keeps, each with what changed since the one before.</source>
        <translation>Die Versionen der Liste der Unterauftragsverarbeiter eines Anbieters, die ein Projekt aufbewahrt, jeweils mit den Änderungen seit der vorigen.</translation>
    </message>
    <message>
        <source>The project (.ropa or .json).</source>
        <translation>Das Projekt (.ropa oder .json).</translation>
    </message>
    <message>
        <source>The vendor (a party).</source>
        <translation>Der Anbieter (eine Partei).</translation>
    </message>
    <message>
        <source>subprocessors history: give the vendor with --vendor NAME</source>
        <translation>subprocessors history: geben Sie den Anbieter mit --vendor NAME an</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, read %2 from %3: %n row(s)</source>
        <translation>
            <numerusform>Version %1, gelesen am %2 aus %3: %n Zeile</numerusform>
            <numerusform>Version %1, gelesen am %2 aus %3: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(list updated %1)</source>
        <translation>(Liste aktualisiert am %1)</translation>
    </message>
    <message>
        <source>The project keeps no list of “%1”.</source>
        <translation>Das Projekt bewahrt keine Liste von „%1“ auf.</translation>
    </message>
</context>
<context>
    <name>ropa::compare</name>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 zu „%2“</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Accepted finding</source>
        <translation>Akzeptierter Befund</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (trigger: %2)</source>
        <translation>%1 (Auslöser: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>durchgeführt %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>our copy</source>
        <translation>unserer Kopie</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>ihrer Kopie</translation>
    </message>
    <message>
        <source>Project details changed</source>
        <translation>Projektangaben geändert</translation>
    </message>
    <message>
        <source>%1 “%2” added</source>
        <translation>%1 „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1 “%2” removed</source>
        <translation>%1 „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 “%2” changed (was “%3”)</source>
        <translation>%1 „%2“ geändert (war „%3“)</translation>
    </message>
    <message>
        <source>%1 “%2” changed</source>
        <translation>%1 „%2“ geändert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: hinzugefügt %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: entfernt %2</translation>
    </message>
    <message>
        <source>%1: reordered</source>
        <translation>%1: neu geordnet</translation>
    </message>
    <message>
        <source>The two projects are the same.</source>
        <translation>Die beiden Projekte sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n Änderung.</numerusform>
            <numerusform>%n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektangaben</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Conflict in %1, %2:</source>
        <translation>Konflikt in %1, %2:</translation>
    </message>
    <message>
        <source>base: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>ours: %1</source>
        <translation>unsere: %1</translation>
    </message>
    <message>
        <source>theirs: %1</source>
        <translation>ihre: %1</translation>
    </message>
    <message>
        <source>Conflict: %1 was removed in %2 and changed in %3.</source>
        <translation>Konflikt: %1 wurde in %2 entfernt und in %3 geändert.</translation>
    </message>
    <message>
        <source>Conflict: %1 was removed in %2, but “%3” refers to it in %4.</source>
        <translation>Konflikt: %1 wurde in %2 entfernt, aber „%3“ verweist in %4 darauf.</translation>
    </message>
    <message>
        <source>Decided for %1.</source>
        <translation>Entschieden für %1.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>%1 (was “%2”)</source>
        <translation>%1 (war „%2“)</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2</source>
        <translation>Vergleich von %1 und %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The two projects share no entity: they are not two versions of one project, so everything shows as removed and added.</source>
        <translation>Die beiden Projekte haben keinen Eintrag gemeinsam: Sie sind keine zwei Versionen eines Projekts, daher erscheint alles als entfernt und hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, aus %2</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automatisierte Entscheidungen</translation>
    </message>
    <message>
        <source>no automated decisions</source>
        <translation>keine automatisierten Entscheidungen</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <source>no profiling</source>
        <translation>kein Profiling</translation>
    </message>
    <message>
        <source>logic: %1</source>
        <translation>Logik: %1</translation>
    </message>
    <message>
        <source>significance: %1</source>
        <translation>Tragweite und Auswirkungen: %1</translation>
    </message>
    <message>
        <source>on the authority&apos;s list</source>
        <translation>auf der Liste der Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>not on the authority&apos;s list</source>
        <translation>nicht auf der Liste der Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>hohes Risiko</translation>
    </message>
    <message>
        <source>no high risk</source>
        <translation>kein hohes Risiko</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>unterzeichnet %1</translation>
    </message>
    <message>
        <source>DPA</source>
        <translation>AVV</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Named party</source>
        <translation>Benannte Partei</translation>
    </message>
    <message>
        <source>Own organisation</source>
        <translation>Eigene Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Verarbeitungsorte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-zertifiziert</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation>Übergeordnete Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Besondere Kategorie (Art. 9)</translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation>Strafrechtliche Daten (Art. 10)</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>US-Kategorie</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehostet von</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Version des Eintrags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Im Auftrag von</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Bedingung nach Art. 9</translation>
    </message>
    <message>
        <source>Art. 10 basis</source>
        <translation>Grundlage nach Art. 10</translation>
    </message>
    <message>
        <source>Consent is a condition of service</source>
        <translation>Einwilligung ist Bedingung für den Dienst</translation>
    </message>
    <message>
        <source>Balancing test</source>
        <translation>Interessenabwägung</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Datenelemente</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DSFA</translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation>DSFA-Vorprüfung</translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation>Umfangreich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Recipient&apos;s role</source>
        <translation>Rolle des Empfängers</translation>
    </message>
    <message>
        <source>All categories of the activities</source>
        <translation>Alle Kategorien der Verarbeitungen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Übermittlungsinstrument</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-Modul</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Ausnahme (Art. 49)</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Gelegentlich</translation>
    </message>
    <message>
        <source>Suitable safeguards</source>
        <translation>Geeignete Garantien</translation>
    </message>
    <message>
        <source>TIA done</source>
        <translation>TIA durchgeführt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why no DPO is required</source>
        <translation>Warum kein Datenschutzbeauftragter erforderlich ist</translation>
    </message>
</context>
<context>
    <name>ropa::edit</name>
    <message>
        <source>Add document “%1”</source>
        <translation>Dokument „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add party “%1”</source>
        <translation>Stelle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add data category “%1”</source>
        <translation>Datenkategorie „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add data subject “%1”</source>
        <translation>Betroffene Personen „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>Quelle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add security measure “%1”</source>
        <translation>Sicherheitsmaßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add activity “%1”</source>
        <translation>Tätigkeit „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add transfer “%1”</source>
        <translation>Übermittlung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove document “%1”</source>
        <translation>Dokument „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove party “%1”</source>
        <translation>Stelle „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove data category “%1”</source>
        <translation>Datenkategorie „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove data subject “%1”</source>
        <translation>Betroffene Personen „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove source “%1”</source>
        <translation>Quelle „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove security measure “%1”</source>
        <translation>Sicherheitsmaßnahme „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove activity “%1”</source>
        <translation>Tätigkeit „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove transfer “%1”</source>
        <translation>Übermittlung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Change document “%1”</source>
        <translation>Dokument „%1“ ändern</translation>
    </message>
    <message>
        <source>Change party “%1”</source>
        <translation>Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change data category “%1”</source>
        <translation>Datenkategorie „%1“ ändern</translation>
    </message>
    <message>
        <source>Change data subject “%1”</source>
        <translation>Betroffene Personen „%1“ ändern</translation>
    </message>
    <message>
        <source>Change source “%1”</source>
        <translation>Quelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change security measure “%1”</source>
        <translation>Sicherheitsmaßnahme „%1“ ändern</translation>
    </message>
    <message>
        <source>Change activity “%1”</source>
        <translation>Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change transfer “%1”</source>
        <translation>Übermittlung „%1“ ändern</translation>
    </message>
    <message>
        <source>Rename document “%1” to “%2”</source>
        <translation>Dokument „%1“ umbenennen in „%2“</translation>
    </message>
    <message>
        <source>Rename party “%1” to “%2”</source>
        <translation>Stelle „%1“ umbenennen in „%2“</translation>
    </message>
    <message>
        <source>Rename data category “%1” to “%2”</source>
        <translation>Datenkategorie „%1“ umbenennen in „%2“</translation>
    </message>
    <message>
        <source>Rename data subject “%1” to “%2”</source>
        <translation>Betroffene Personen „%1“ umbenennen in „%2“</translation>
    </message>
    <message>
        <source>Rename source “%1” to “%2”</source>
        <translation>Quelle „%1“ umbenennen in „%2“</translation>
    </message>
    <message>
        <source>Rename security measure “%1” to “%2”</source>
        <translation>Sicherheitsmaßnahme „%1“ umbenennen in „%2“</translation>
    </message>
    <message>
        <source>Rename activity “%1” to “%2”</source>
        <translation>Tätigkeit „%1“ umbenennen in „%2“</translation>
    </message>
    <message>
        <source>Duplicate document “%1”</source>
        <translation>Dokument „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate party “%1”</source>
        <translation>Stelle „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate data category “%1”</source>
        <translation>Datenkategorie „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate data subject “%1”</source>
        <translation>Betroffene Personen „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate source “%1”</source>
        <translation>Quelle „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate security measure “%1”</source>
        <translation>Sicherheitsmaßnahme „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate activity “%1”</source>
        <translation>Tätigkeit „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate transfer “%1”</source>
        <translation>Übermittlung „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Link data subject “%1” to activity “%2”</source>
        <translation>Betroffene Personen „%1“ mit Tätigkeit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink data subject “%1” from activity “%2”</source>
        <translation>Betroffene Personen „%1“ von Tätigkeit „%2“ lösen</translation>
    </message>
    <message>
        <source>Link data category “%1” to activity “%2”</source>
        <translation>Datenkategorie „%1“ mit Tätigkeit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink data category “%1” from activity “%2”</source>
        <translation>Datenkategorie „%1“ von Tätigkeit „%2“ lösen</translation>
    </message>
    <message>
        <source>Link source “%1” to activity “%2”</source>
        <translation>Quelle „%1“ mit Tätigkeit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink source “%1” from activity “%2”</source>
        <translation>Quelle „%1“ von Tätigkeit „%2“ lösen</translation>
    </message>
    <message>
        <source>Link security measure “%1” to activity “%2”</source>
        <translation>Sicherheitsmaßnahme „%1“ mit Tätigkeit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink security measure “%1” from activity “%2”</source>
        <translation>Sicherheitsmaßnahme „%1“ von Tätigkeit „%2“ lösen</translation>
    </message>
    <message>
        <source>Link activity “%1” to transfer “%2”</source>
        <translation>Tätigkeit „%1“ mit Übermittlung „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink activity “%1” from transfer “%2”</source>
        <translation>Tätigkeit „%1“ von Übermittlung „%2“ lösen</translation>
    </message>
    <message>
        <source>Link data category “%1” to transfer “%2”</source>
        <translation>Datenkategorie „%1“ mit Übermittlung „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink data category “%1” from transfer “%2”</source>
        <translation>Datenkategorie „%1“ von Übermittlung „%2“ lösen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Rename project to “%1”</source>
        <translation>Projekt umbenennen in „%1“</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>Projektangaben ändern</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n items</source>
        <translation>
            <numerusform>%n Eintrag entfernen</numerusform>
            <numerusform>%n Einträge entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Change accepted finding %1 on “%2”</source>
        <translation>Akzeptierten Befund %1 zu „%2“ ändern</translation>
    </message>
    <message>
        <source>Accept finding %1 on “%2”</source>
        <translation>Befund %1 zu „%2“ akzeptieren</translation>
    </message>
    <message>
        <source>Reopen finding %1 on “%2”</source>
        <translation>Befund %1 zu „%2“ wieder öffnen</translation>
    </message>
    <message>
        <source>Change the notes of party “%1”</source>
        <translation>Notizen der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the notes of activity “%1”</source>
        <translation>Notizen der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the description of data category “%1”</source>
        <translation>Beschreibung der Datenkategorie „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the description of data subject “%1”</source>
        <translation>Beschreibung der betroffenen Personen „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the description of security measure “%1”</source>
        <translation>Beschreibung der Sicherheitsmaßnahme „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the text of document “%1”</source>
        <translation>Text des Dokuments „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the address of document “%1”</source>
        <translation>Adresse des Dokuments „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the website of party “%1”</source>
        <translation>Website der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the examples of data category “%1”</source>
        <translation>Beispiele der Datenkategorie „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the address of party “%1”</source>
        <translation>Anschrift der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the country of party “%1”</source>
        <translation>Land der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the processing locations of party “%1”</source>
        <translation>Verarbeitungsorte der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the contact of party “%1”</source>
        <translation>Kontakt der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the data protection officer of party “%1”</source>
        <translation>Datenschutzbeauftragten der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the representative of party “%1”</source>
        <translation>Vertreter der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the certifications of party “%1”</source>
        <translation>Zertifizierungen der Stelle „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the purposes of activity “%1”</source>
        <translation>Zwecke der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the owner of activity “%1”</source>
        <translation>Zuständige Person der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the Art. 10 basis of activity “%1”</source>
        <translation>Grundlage nach Art. 10 der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the retention of activity “%1”</source>
        <translation>Speicherfristen der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the balancing test of activity “%1”</source>
        <translation>Interessenabwägung der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the purpose of transfer “%1”</source>
        <translation>Zweck der Übermittlung „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the countries of transfer “%1”</source>
        <translation>Länder der Übermittlung „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the suitable safeguards of transfer “%1”</source>
        <translation>Geeignete Garantien der Übermittlung „%1“ ändern</translation>
    </message>
    <message>
        <source>Add system “%1”</source>
        <translation>System „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove system “%1”</source>
        <translation>System „%1“ entfernen</translation>
    </message>
    <message>
        <source>Change system “%1”</source>
        <translation>System „%1“ ändern</translation>
    </message>
    <message>
        <source>Rename system “%1” to “%2”</source>
        <translation>System „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Duplicate system “%1”</source>
        <translation>System „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Link system “%1” to activity “%2”</source>
        <translation>System „%1“ mit Verarbeitung „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink system “%1” from activity “%2”</source>
        <translation>Verknüpfung von System „%1“ mit Verarbeitung „%2“ aufheben</translation>
    </message>
    <message>
        <source>Change the description of system “%1”</source>
        <translation>Beschreibung von System „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the notes of system “%1”</source>
        <translation>Notizen von System „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the locations of system “%1”</source>
        <translation>Standorte von System „%1“ ändern</translation>
    </message>
    <message>
        <source>Link document “%1” to activity “%2”</source>
        <translation>Dokument „%1“ mit Verarbeitung „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink document “%1” from activity “%2”</source>
        <translation>Verknüpfung von Dokument „%1“ mit Verarbeitung „%2“ aufheben</translation>
    </message>
    <message>
        <source>Link document “%1” to party “%2”</source>
        <translation>Dokument „%1“ mit Partei „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink document “%1” from party “%2”</source>
        <translation>Verknüpfung von Dokument „%1“ mit Partei „%2“ aufheben</translation>
    </message>
    <message>
        <source>Change the reference of activity “%1”</source>
        <translation>Kennung der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the record status of activity “%1”</source>
        <translation>Status des Eintrags der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the record version of activity “%1”</source>
        <translation>Version des Eintrags der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the creation date of activity “%1”</source>
        <translation>Erstellungsdatum der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the last-changed date of activity “%1”</source>
        <translation>Änderungsdatum der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the department of activity “%1”</source>
        <translation>Abteilung der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the contact person of activity “%1”</source>
        <translation>Ansprechperson der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the data items of activity “%1”</source>
        <translation>Datenelemente der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the automated decisions of activity “%1”</source>
        <translation>Automatisierte Entscheidungen der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the DPIA screening of activity “%1”</source>
        <translation>DSFA-Vorprüfung der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the DPIA of activity “%1”</source>
        <translation>DSFA der Tätigkeit „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the recipient’s role of transfer “%1”</source>
        <translation>Rolle des Empfängers der Übermittlung „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the DPA of party “%1”</source>
        <translation>AVV der Partei „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the data categories of transfer “%1”</source>
        <translation>Datenkategorien der Übermittlung „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the hosting party of system “%1”</source>
        <translation>Hostende Partei des Systems „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the kind of document “%1”</source>
        <translation>Art des Dokuments „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>ropa::edit::NewEntity</name>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Add your own organisation first: every processing activity belongs to it.</source>
        <translation>Legen Sie zuerst Ihre eigene Organisation an: jede Verarbeitungstätigkeit gehört zu ihr.</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Neue Verarbeitungstätigkeit</translation>
    </message>
    <message>
        <source>New data category</source>
        <translation>Neue Datenkategorie</translation>
    </message>
    <message>
        <source>New data subject</source>
        <translation>Neue Kategorie betroffener Personen</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation>Neue Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Add a party first: a transfer goes from your organisation to another party.</source>
        <translation>Legen Sie zuerst eine Stelle an: eine Übermittlung geht von Ihrer Organisation an eine andere Stelle.</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
</context>
<context>
    <name>ropa::graph</name>
    <message>
        <source>country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>European Union (EU)</source>
        <translation>Europäische Union (EU)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>own entity</source>
        <translation>eigene Organisation</translation>
    </message>
    <message>
        <source>not reached from an own entity</source>
        <translation>nicht von einer eigenen Organisation erreicht</translation>
    </message>
    <message>
        <source>independent controller</source>
        <translation>eigenständiger Verantwortlicher</translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation>gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>subprocessor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>onward recipient, depth %1</source>
        <translation>weiterer Empfänger, Ebene %1</translation>
    </message>
    <message>
        <source>every category (none listed)</source>
        <translation>alle Kategorien (keine angegeben)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1: where “%2” can go</source>
        <translation>%1: wohin „%2“ gelangen kann</translation>
    </message>
    <message>
        <source>%1: onward transfers</source>
        <translation>%1: Weiterübermittlungen</translation>
    </message>
    <message>
        <source>Dashed box: a category of recipients. Dashed line: a transfer back or within a layer. A chain is as strong as its weakest hop.</source>
        <translation>Gestrichelter Rahmen: eine Kategorie von Empfängern. Gestrichelte Linie: eine Übermittlung zurück oder innerhalb einer Ebene. Eine Kette ist so stark wie ihr schwächstes Glied.</translation>
    </message>
    <message>
        <source>could not write GraphML</source>
        <translation>GraphML konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Onward transfers drawn by Ropa</source>
        <translation>Weiterübermittlungen, gezeichnet von Ropa</translation>
    </message>
    <message>
        <source>the picture is too large for a PNG</source>
        <translation>das Bild ist zu groß für ein PNG</translation>
    </message>
    <message>
        <source>could not encode the PNG</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: no adequacy decision</source>
        <translation>%1: kein Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>%1: adequacy decision (%2)</source>
        <translation>%1: Angemessenheitsbeschluss (%2)</translation>
    </message>
    <message>
        <source>US: adequate for DPF-certified recipients; recipient is certified</source>
        <translation>US: angemessen für DPF-zertifizierte Empfänger; der Empfänger ist zertifiziert</translation>
    </message>
    <message>
        <source>US: adequacy only for DPF-certified recipients; recipient is not known to be certified</source>
        <translation>US: Angemessenheit nur für DPF-zertifizierte Empfänger; eine Zertifizierung des Empfängers ist nicht bekannt</translation>
    </message>
    <message>
        <source>%1: adequate within its scope (%2)</source>
        <translation>%1: angemessen im Geltungsbereich (%2)</translation>
    </message>
    <message>
        <source>%1: adequacy covers only %2; recipient is not in scope</source>
        <translation>%1: Angemessenheit gilt nur für %2; der Empfänger fällt nicht darunter</translation>
    </message>
    <message>
        <source>invalid mechanism</source>
        <translation>ungültiges Instrument</translation>
    </message>
    <message>
        <source>no valid mechanism</source>
        <translation>kein gültiges Instrument</translation>
    </message>
    <message>
        <source>derogation (Art. 49)</source>
        <translation>Ausnahme (Art. 49)</translation>
    </message>
    <message>
        <source>safeguards, no TIA</source>
        <translation>Garantien, kein TIA</translation>
    </message>
    <message>
        <source>safeguards with TIA</source>
        <translation>Garantien mit TIA</translation>
    </message>
    <message>
        <source>adequacy</source>
        <translation>Angemessenheit</translation>
    </message>
    <message>
        <source>within the EEA</source>
        <translation>innerhalb des EWR</translation>
    </message>
    <message>
        <source>no destination country known; stated mechanism %1 taken as is</source>
        <translation>kein Zielland bekannt; angegebenes Instrument %1 so übernommen</translation>
    </message>
    <message>
        <source>%1: within the EEA</source>
        <translation>%1: innerhalb des EWR</translation>
    </message>
    <message>
        <source>%1; stated mechanism %2 with TIA</source>
        <translation>%1; angegebenes Instrument %2 mit TIA</translation>
    </message>
    <message>
        <source>%1; stated mechanism %2</source>
        <translation>%1; angegebenes Instrument %2</translation>
    </message>
    <message>
        <source>Reach of any data (every transfer followed)</source>
        <translation>Reichweite aller Daten (jede Übermittlung verfolgt)</translation>
    </message>
    <message>
        <source>Reach of “%1”</source>
        <translation>Reichweite von „%1“</translation>
    </message>
    <message>
        <source>weakest: %1</source>
        <translation>schwächste: %1</translation>
    </message>
    <message>
        <source>weakest %1, best %2, depth %3, %4</source>
        <translation>schwächste %1, beste %2, Tiefe %3, %4</translation>
    </message>
    <message>
        <source>weakest %1, best %2</source>
        <translation>schwächste %1, beste %2</translation>
    </message>
    <message>
        <source>… more chains (listing capped at %1)</source>
        <translation>… weitere Ketten (Liste auf %1 begrenzt)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) list no data categories and are assumed to carry every category.</source>
        <translation>
            <numerusform>%n Übermittlung nennt keine Datenkategorien und gilt als Übermittlung aller Kategorien.</numerusform>
            <numerusform>%n Übermittlungen nennen keine Datenkategorien und gelten als Übermittlung aller Kategorien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::history</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>History starts. %1</source>
        <translation>Beginn der Historie. %1</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact (%n entries).</source>
        <translation>
            <numerusform>Die Historie ist intakt (%n Eintrag).</numerusform>
            <numerusform>Die Historie ist intakt (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is broken at entry %1: that entry, or one before it, was altered or removed outside Ropa.</source>
        <translation>Die Historie ist bei Eintrag %1 unterbrochen: dieser Eintrag oder ein früherer wurde außerhalb von Ropa geändert oder entfernt.</translation>
    </message>
    <message>
        <source>The history is broken at entry %1: the entries before it are not all there (removed outside Ropa).</source>
        <translation>Die Historie ist bei Eintrag %1 unterbrochen: die Einträge davor sind nicht alle vorhanden (außerhalb von Ropa entfernt).</translation>
    </message>
    <message>
        <source>The history is broken after entry %1: the file was changed after that entry, or later entries were removed outside Ropa.</source>
        <translation>Die Historie ist nach Eintrag %1 unterbrochen: Die Datei wurde nach diesem Eintrag geändert, oder spätere Einträge wurden außerhalb von Ropa entfernt.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Project details changed</source>
        <translation>Projektangaben geändert</translation>
    </message>
    <message>
        <source>%1 “%2” added</source>
        <translation>%1 „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1 “%2” removed</source>
        <translation>%1 „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 “%2” changed (was “%3”)</source>
        <translation>%1 „%2“ geändert (war „%3“)</translation>
    </message>
    <message>
        <source>%1 “%2” changed</source>
        <translation>%1 „%2“ geändert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: hinzugefügt %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: entfernt %2</translation>
    </message>
    <message>
        <source>%1: reordered</source>
        <translation>%1: neu geordnet</translation>
    </message>
    <message>
        <source>(the summary cannot be read)</source>
        <translation>(die Zusammenfassung ist nicht lesbar)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>project details</source>
        <translation>Projektangaben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n more change(s), not listed.</source>
        <translation>
            <numerusform>%n weitere Änderung, nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Änderungen, nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::importer</name>
    <message>
        <source>line %1: a cell is longer than %2 characters; a register&apos;s cell is not this long</source>
        <translation>Zeile %1: eine Zelle ist länger als %2 Zeichen; eine Zelle eines Verzeichnisses ist nicht so lang</translation>
    </message>
    <message numerus="yes">
        <source>more than %n rows; Ropa imports at most that many rows of a register</source>
        <translation>
            <numerusform>mehr als %n Zeile; Ropa importiert höchstens so viele Zeilen eines Verzeichnisses</numerusform>
            <numerusform>mehr als %n Zeilen; Ropa importiert höchstens so viele Zeilen eines Verzeichnisses</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed; read to the end of the file</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen ist nicht geschlossen; bis zum Ende der Datei gelesen</translation>
    </message>
    <message>
        <source>a row has more than %1 columns</source>
        <translation>eine Zeile hat mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>Unsere Organisation</translation>
    </message>
    <message>
        <source>Transfers to third countries (as the register says): %1</source>
        <translation>Übermittlungen in Drittländer (laut Verzeichnis): %1</translation>
    </message>
    <message>
        <source>Safeguards (as the register says): %1</source>
        <translation>Garantien (laut Verzeichnis): %1</translation>
    </message>
    <message numerus="yes">
        <source>row %1 (“%2”): the register names third countries but not which of its %n recipient(s) they go to; kept in the activity&apos;s notes</source>
        <translation>
            <numerusform>Zeile %1 („%2“): das Verzeichnis nennt Drittländer, aber nicht, an welchen seiner %n Empfänger sie gehen; in den Notizen der Verarbeitung festgehalten</numerusform>
            <numerusform>Zeile %1 („%2“): das Verzeichnis nennt Drittländer, aber nicht, an welchen seiner %n Empfänger sie gehen; in den Notizen der Verarbeitung festgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>no row of the sheet “%1” has the headings of a register; give the heading row and the columns in a mapping</source>
        <translation>keine Zeile des Blatts „%1“ hat die Überschriften eines Verzeichnisses; geben Sie die Überschriftenzeile und die Spalten in einer Zuordnung an</translation>
    </message>
    <message>
        <source>row %1: no name, purpose or department; skipped</source>
        <translation>Zeile %1: kein Name, Zweck oder Abteilung; übersprungen</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1)</source>
        <translation>die Zuordnung ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the mapping&apos;s version is not 1</source>
        <translation>die Version der Zuordnung ist nicht 1</translation>
    </message>
    <message>
        <source>the mapping&apos;s heading_row must be a row number, or 0 to find it</source>
        <translation>heading_row der Zuordnung muss eine Zeilennummer sein, oder 0, um sie zu suchen</translation>
    </message>
    <message>
        <source>the mapping&apos;s heading_rows must be 1 or 2</source>
        <translation>heading_rows der Zuordnung muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>the mapping names a column “%1”; columns are letters (A, B, …, AD)</source>
        <translation>die Zuordnung nennt eine Spalte „%1“; Spalten sind Buchstaben (A, B, …, AD)</translation>
    </message>
    <message>
        <source>the mapping maps column %1 to “%2”, which is no field</source>
        <translation>die Zuordnung ordnet Spalte %1 „%2“ zu, das kein Feld ist</translation>
    </message>
    <message>
        <source>the mapping resolves a value of “%1”, which is no field</source>
        <translation>die Zuordnung löst einen Wert von „%1“ auf, das kein Feld ist</translation>
    </message>
    <message>
        <source>content.xml has a cell longer than %1 characters; a register&apos;s cell is not this long</source>
        <translation>content.xml hat eine Zelle, die länger als %1 Zeichen ist; eine Zelle eines Verzeichnisses ist nicht so lang</translation>
    </message>
    <message>
        <source>the sheet “%1” has data in row %2; Ropa imports at most %3 rows of a register</source>
        <translation>das Blatt „%1“ hat Daten in Zeile %2; Ropa importiert höchstens %3 Zeilen eines Verzeichnisses</translation>
    </message>
    <message>
        <source>the sheet “%1” has data in column %2; Ropa imports at most %3 columns</source>
        <translation>das Blatt „%1“ hat Daten in Spalte %2; Ropa importiert höchstens %3 Spalten</translation>
    </message>
    <message>
        <source>this is not an ODS spreadsheet (it has no content.xml)</source>
        <translation>dies ist keine ODS-Tabelle (sie hat keine content.xml)</translation>
    </message>
    <message>
        <source>the spreadsheet has no table</source>
        <translation>die Tabellendatei hat keine Tabelle</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells (empty ones between values included); Ropa imports at most that many</source>
        <translation>die Arbeitsmappe hat mehr als %1 Zellen (leere zwischen Werten mitgezählt); Ropa importiert höchstens so viele</translation>
    </message>
    <message>
        <source>the sheet “%1” has more than %2 merged ranges; a register has far fewer</source>
        <translation>das Blatt „%1“ hat mehr als %2 verbundene Bereiche; ein Verzeichnis hat weit weniger</translation>
    </message>
    <message>
        <source>the text is in an encoding Ropa cannot tell (it holds NUL bytes: UTF-16 without a byte order mark, or not text at all); save it as CSV UTF-8</source>
        <translation>der Text hat eine Kodierung, die Ropa nicht erkennen kann (er enthält NUL-Bytes: UTF-16 ohne Byte Order Mark oder gar kein Text); speichern Sie ihn als CSV UTF-8</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor Windows-1252 (an unknown encoding); save it as CSV UTF-8</source>
        <translation>der Text ist weder UTF-8 noch Windows-1252 (eine unbekannte Kodierung); speichern Sie ihn als CSV UTF-8</translation>
    </message>
    <message>
        <source>the text is not valid %1 although it starts with that byte order mark</source>
        <translation>der Text ist kein gültiges %1, obwohl er mit dieser Byte Order Mark beginnt</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it in Excel or LibreOffice and save it as XLSX without a password</source>
        <translation>die Arbeitsmappe ist kennwortgeschützt; öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als XLSX ohne Kennwort</translation>
    </message>
    <message>
        <source>this is a password-protected workbook or an old .xls (Excel 97-2003) file, which Ropa does not read; save it as XLSX without a password</source>
        <translation>dies ist eine kennwortgeschützte Arbeitsmappe oder eine alte .xls-Datei (Excel 97-2003), die Ropa nicht liest; speichern Sie sie als XLSX ohne Kennwort</translation>
    </message>
    <message>
        <source>the file is over %1 MB, the limit for a register</source>
        <translation>die Datei ist größer als %1 MB, die Grenze für ein Verzeichnis</translation>
    </message>
    <message>
        <source>the package is encrypted; save it without a password</source>
        <translation>das Paket ist verschlüsselt; speichern Sie es ohne Kennwort</translation>
    </message>
    <message>
        <source>the spreadsheet is password-protected; open it in LibreOffice and save it as ODS without a password</source>
        <translation>die Tabelle ist kennwortgeschützt; öffnen Sie sie in LibreOffice und speichern Sie sie als ODS ohne Kennwort</translation>
    </message>
    <message>
        <source>this ZIP file is neither an XLSX nor an ODS spreadsheet</source>
        <translation>diese ZIP-Datei ist weder eine XLSX- noch eine ODS-Tabelle</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>this is not an XLSX workbook (it has no %1)</source>
        <translation>dies ist keine XLSX-Arbeitsmappe (sie hat kein %1)</translation>
    </message>
    <message>
        <source>“%1” is a chart or dialog sheet, not a table; skipped</source>
        <translation>„%1“ ist ein Diagramm- oder Dialogblatt, keine Tabelle; übersprungen</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>die Arbeitsmappe hat kein Arbeitsblatt</translation>
    </message>
    <message>
        <source>%1 declares a document type or entities, which a workbook never does; the file is refused</source>
        <translation>%1 deklariert einen Dokumenttyp oder Entitäten, was eine Arbeitsmappe nie tut; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 has a cell longer than %2 characters; a register&apos;s cell is not this long</source>
        <translation>%1 hat eine Zelle, die länger als %2 Zeichen ist; eine Zelle eines Verzeichnisses ist nicht so lang</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>the package is damaged (%1: %2)</source>
        <translation>das Paket ist beschädigt (%1: %2)</translation>
    </message>
    <message>
        <source>the package unpacks to more than %1 MB, the limit for a workbook; this looks like a ZIP bomb</source>
        <translation>das Paket entpackt sich auf mehr als %1 MB, die Grenze für eine Arbeitsmappe; das sieht nach einer ZIP-Bombe aus</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 times its packed size, the limit for a workbook; this looks like a ZIP bomb</source>
        <translation>%1 entpackt sich auf mehr als das %2-Fache seiner gepackten Größe, die Grenze für eine Arbeitsmappe; das sieht nach einer ZIP-Bombe aus</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, the limit for one part of a workbook</source>
        <translation>%1 entpackt sich auf mehr als %2 MB, die Grenze für einen Teil einer Arbeitsmappe</translation>
    </message>
    <message>
        <source>the package is damaged: %1</source>
        <translation>das Paket ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the package has no %1</source>
        <translation>das Paket hat kein %1</translation>
    </message>
    <message>
        <source>cannot read %1 in the package: %2</source>
        <translation>%1 im Paket kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>row %1 (“%2”): the register names third countries but no recipient they go to; kept in the activity&apos;s notes</source>
        <translation>Zeile %1 („%2“): Das Verzeichnis nennt Drittländer, aber keinen Empfänger, an den die Daten gehen; in den Notizen der Verarbeitung festgehalten</translation>
    </message>
    <message numerus="yes">
        <source>the file is larger than %n MB, more than a register export holds</source>
        <translation>
            <numerusform>die Datei ist größer als %n MB, mehr als ein Export des Registers enthält</numerusform>
            <numerusform>die Datei ist größer als %n MB, mehr als ein Export des Registers enthält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the JSON nests arrays and objects more than %n deep; a register export does not</source>
        <translation>
            <numerusform>das JSON verschachtelt Arrays und Objekte mehr als %n Ebene tief; ein Export des Registers tut das nicht</numerusform>
            <numerusform>das JSON verschachtelt Arrays und Objekte mehr als %n Ebenen tief; ein Export des Registers tut das nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2: %3)</source>
        <translation>kein gültiges JSON (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>not an export of the AVG register: expected an array of records with “Naam” and “Doelen”</source>
        <translation>kein Export des AVG-Registers: erwartet ein Array von Einträgen mit „Naam“ und „Doelen“</translation>
    </message>
    <message>
        <source>the file holds no record</source>
        <translation>die Datei enthält keinen Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>the file holds more than %n records</source>
        <translation>
            <numerusform>die Datei enthält mehr als %n Eintrag</numerusform>
            <numerusform>die Datei enthält mehr als %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: not a record of the register (no “Naam” and “Doelen”); skipped</source>
        <translation>Eintrag %1: kein Eintrag des Registers (kein „Naam“ und „Doelen“); übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n police-data record(s) (Wet politiegegevens): Ropa&apos;s record has no field for the Wpg, so each activity says so in its notes</source>
        <translation>
            <numerusform>%n Eintrag mit Polizeidaten (Wet politiegegevens): Ropas Verzeichnis hat kein Feld für das Wpg, daher steht es in den Notizen der Verarbeitung</numerusform>
            <numerusform>%n Einträge mit Polizeidaten (Wet politiegegevens): Ropas Verzeichnis hat kein Feld für das Wpg, daher steht es in den Notizen jeder Verarbeitung</numerusform>
        </translation>
    </message>
    <message>
        <source>no record of the file could be read as an activity</source>
        <translation>kein Eintrag der Datei konnte als Verarbeitung gelesen werden</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n controller record(s)</source>
        <translation>
            <numerusform>%n Eintrag als Verantwortlicher</numerusform>
            <numerusform>%n Einträge als Verantwortlicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor record(s)</source>
        <translation>
            <numerusform>%n Eintrag als Auftragsverarbeiter</numerusform>
            <numerusform>%n Einträge als Auftragsverarbeiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police-data record(s)</source>
        <translation>
            <numerusform>%n Eintrag mit Polizeidaten</numerusform>
            <numerusform>%n Einträge mit Polizeidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>AVG register JSON, %1</source>
        <translation>JSON des AVG-Registers, %1</translation>
    </message>
    <message>
        <source>Criminal convictions and offences</source>
        <translation>Strafrechtliche Verurteilungen und Straftaten</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Rassische oder ethnische Herkunft</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politische Meinungen</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religiöse oder weltanschauliche Überzeugungen</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetische Daten</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometrische Daten</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Gesundheitsdaten</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Sexualleben oder sexuelle Orientierung</translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation>Die betroffene Person</translation>
    </message>
    <message>
        <source>Recipient (as the register says): %1</source>
        <translation>Empfänger (wie das Register sagt): %1</translation>
    </message>
    <message>
        <source>Division of responsibility (as the register says): %1</source>
        <translation>Aufteilung der Verantwortung (wie das Register sagt): %1</translation>
    </message>
    <message>
        <source>Police data: a record under the Wet politiegegevens (Wpg), not the GDPR.</source>
        <translation>Polizeidaten: ein Verzeichnis nach dem niederländischen Wet politiegegevens (Wpg), nicht nach der DSGVO.</translation>
    </message>
    <message>
        <source>Two or more WP248 criteria are met (as the register says).</source>
        <translation>Zwei oder mehr WP248-Kriterien sind erfüllt (wie das Register sagt).</translation>
    </message>
    <message>
        <source>record %1 (“%2”): “%3” is not %4; left out</source>
        <translation>Eintrag %1 („%2“): „%3“ ist kein(e) %4; ausgelassen</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>Liste von Texten</translation>
    </message>
    <message>
        <source>P.O. Box %1</source>
        <translation>Postfach %1</translation>
    </message>
    <message>
        <source>record %1: no name and no purpose; skipped</source>
        <translation>Eintrag %1: kein Name und kein Zweck; übersprungen</translation>
    </message>
    <message>
        <source>record %1 (“%2”): the status “%3” is not one Ropa knows; left out</source>
        <translation>Eintrag %1 („%2“): den Status „%3“ kennt Ropa nicht; ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): %n attachment(s) named but not in the file; not imported</source>
        <translation>
            <numerusform>Eintrag %1 („%2“): %n Anlage genannt, aber nicht in der Datei; nicht importiert</numerusform>
            <numerusform>Eintrag %1 („%2“): %n Anlagen genannt, aber nicht in der Datei; nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): %n controllers named; the activity is kept for the first</source>
        <translation>
            <numerusform>Eintrag %1 („%2“): %n Verantwortlicher genannt; die Verarbeitung gilt für den ersten</numerusform>
            <numerusform>Eintrag %1 („%2“): %n Verantwortliche genannt; die Verarbeitung gilt für den ersten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): its purposes have %n different lawful bases; none was set</source>
        <translation>
            <numerusform>Eintrag %1 („%2“): die Zwecke haben %n verschiedene Rechtsgrundlage; keine wurde gesetzt</numerusform>
            <numerusform>Eintrag %1 („%2“): die Zwecke haben %n verschiedene Rechtsgrundlagen; keine wurde gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Pseudonymisierung</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>record %1 (“%2”): no transfer outside the EU, yet it names “%3”; left out</source>
        <translation>Eintrag %1 („%2“): keine Übermittlung außerhalb der EU, nennt aber „%3“; ausgelassen</translation>
    </message>
    <message>
        <source>outside the EU, no country named</source>
        <translation>außerhalb der EU, kein Land genannt</translation>
    </message>
    <message>
        <source>a list of groups</source>
        <translation>Liste von Gruppen</translation>
    </message>
    <message>
        <source>record %1 (“%2”): a group of data subjects without a name; its data items were left out</source>
        <translation>Eintrag %1 („%2“): eine Gruppe betroffener Personen ohne Namen; ihre Datenelemente wurden ausgelassen</translation>
    </message>
    <message>
        <source>Processing under article %1 Wpg</source>
        <translation>Verarbeitung nach Artikel %1 Wpg</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>Verdächtige</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Opfer</translation>
    </message>
    <message>
        <source>Convicted persons</source>
        <translation>Verurteilte</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Third parties (as the register explains): %1</source>
        <translation>Dritte (wie das Register erläutert): %1</translation>
    </message>
    <message>
        <source>Provision under article %1 Wpg</source>
        <translation>Übermittlung nach Artikel %1 Wpg</translation>
    </message>
    <message>
        <source>no sheet is an activity of the CNIL&apos;s register (a sheet with a row “Nom de l&apos;activité” or “Finalités”)</source>
        <translation>kein Blatt ist eine Tätigkeit des CNIL-Verzeichnisses (ein Blatt mit einer Zeile „Nom de l&apos;activité“ oder „Finalités“)</translation>
    </message>
    <message>
        <source>In the CNIL&apos;s register a row number is the number of the activity&apos;s sheet.</source>
        <translation>Im Verzeichnis der CNIL ist eine Zeilennummer die Nummer des Blatts der Tätigkeit.</translation>
    </message>
    <message>
        <source>no sheet has the headings of the ICO&apos;s controller template (“Business function”, “Purpose of processing”, “Categories of individuals”, …)</source>
        <translation>kein Blatt hat die Überschriften der ICO-Vorlage für Verantwortliche („Business function“, „Purpose of processing“, „Categories of individuals“, …)</translation>
    </message>
    <message>
        <source>no sheet has the headings of Ropa&apos;s record of processing activities</source>
        <translation>kein Blatt hat die Überschriften des Verzeichnisses von Verarbeitungstätigkeiten von Ropa</translation>
    </message>
    <message>
        <source>the ICO&apos;s controller template</source>
        <translation>die Vorlage der ICO für Verantwortliche</translation>
    </message>
    <message>
        <source>the CNIL&apos;s register</source>
        <translation>das Verzeichnis der CNIL</translation>
    </message>
    <message>
        <source>Ropa&apos;s XLSX record</source>
        <translation>das XLSX-Verzeichnis von Ropa</translation>
    </message>
</context>
<context>
    <name>ropa::json</name>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>The file is not a Ropa project: its JSON is not an object.</source>
        <translation>Die Datei ist kein Ropa-Projekt: ihr JSON ist kein Objekt.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, key “%2”: %3</source>
        <translation>%1, Schlüssel „%2“: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown key (check its spelling against the format)</source>
        <translation>unbekannter Schlüssel (Schreibweise mit dem Format vergleichen)</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>Pflichtschlüssel fehlt</translation>
    </message>
    <message>
        <source>expected a text, found %1</source>
        <translation>Text erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected an id, found %1</source>
        <translation>ID erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>“%1” is not an id (a lower-case UUID such as 3f2a8c1e-5b7d-4e21-9c0a-1d2e3f4a5b6c)</source>
        <translation>„%1“ ist keine ID (eine UUID in Kleinbuchstaben wie 3f2a8c1e-5b7d-4e21-9c0a-1d2e3f4a5b6c)</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>Liste erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a list of texts, found %1 in it</source>
        <translation>Liste von Texten erwartet, %1 darin gefunden</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a list of objects, found %1 in it</source>
        <translation>Liste von Objekten erwartet, %1 darin gefunden</translation>
    </message>
    <message>
        <source>Key “%1”: expected a list, found %2</source>
        <translation>Schlüssel „%1“: Liste erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: Objekt erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>duplicate id: another %1 has the same id</source>
        <translation>doppelte ID: ein anderes Element (%1) hat dieselbe ID</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Das Projekt</translation>
    </message>
    <message>
        <source>This JSON file is not a Ropa project: its “format” is not “ropa-project”.</source>
        <translation>Diese JSON-Datei ist kein Ropa-Projekt: ihr „format“ ist nicht „ropa-project“.</translation>
    </message>
    <message>
        <source>The project&apos;s “version” must be a whole number (this version of Ropa reads version %1).</source>
        <translation>Die „version“ des Projekts muss eine ganze Zahl sein (diese Version von Ropa liest Version %1).</translation>
    </message>
    <message>
        <source>This file was made by a newer Ropa (format %1; this version reads up to %2). Update Ropa to open it.</source>
        <translation>Diese Datei wurde von einem neueren Ropa erstellt (Format %1; diese Version liest bis %2). Aktualisieren Sie Ropa, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The project&apos;s “version” %1 is not a Ropa format version.</source>
        <translation>Die „version“ %1 des Projekts ist keine Formatversion von Ropa.</translation>
    </message>
    <message>
        <source>expected an object {&quot;date&quot;, &quot;note&quot;}, found %1</source>
        <translation>Objekt {&quot;date&quot;, &quot;note&quot;} erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a module number 1 to 4, found %1</source>
        <translation>Modulnummer 1 bis 4 erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>The file is too large to be a Ropa project (over %1 MB).</source>
        <translation>Die Datei ist zu groß für ein Ropa-Projekt (über %1 MB).</translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the name and the folder.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a project file.</source>
        <translation>„%1“ ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a Ropa project (over %2 MB).</source>
        <translation>„%1“ ist zu groß für ein Ropa-Projekt (über %2 MB).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link that leads back to itself (a loop), so there is no file to read. Correct or remove the link.</source>
        <translation>„%1“ ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife), daher gibt es keine Datei zum Lesen. Korrigieren oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <source>“%1” is a named pipe, not a project file.</source>
        <translation>„%1“ ist eine benannte Pipe, keine Projektdatei.</translation>
    </message>
    <message>
        <source>“%1” is a device, not a project file.</source>
        <translation>„%1“ ist ein Gerät, keine Projektdatei.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a socket or another special file), so it is not a project file.</source>
        <translation>„%1“ ist keine gewöhnliche Datei (es ist ein Socket oder eine andere Spezialdatei), also keine Projektdatei.</translation>
    </message>
    <message>
        <source>The project&apos;s “version” must be a whole number such as 1, not “%1”, at line %2, column %3.</source>
        <translation>Die „version“ des Projekts muss eine ganze Zahl wie 1 sein, nicht „%1“, in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the same object (the second time at line %2, column %3). Each key may appear only once.</source>
        <translation>Der Schlüssel „%1“ kommt im selben Objekt zweimal vor (das zweite Mal in Zeile %2, Spalte %3). Jeder Schlüssel darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: a text contains the control character U+%1, which must be written as an escape, at line %2, column %3.</source>
        <translation>Die Datei ist kein gültiges JSON: Ein Text enthält das Steuerzeichen U+%1, das als Escape-Sequenz geschrieben werden muss, in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>The file contains the character U+0000 (written \u0000) in a text, which Ropa does not accept, at line %1, column %2.</source>
        <translation>Die Datei enthält in einem Text das Zeichen U+0000 (geschrieben \u0000), das Ropa nicht annimmt, in Zeile %1, Spalte %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: a text contains half of a UTF-16 surrogate pair (\u%1) without its other half, at line %2, column %3.</source>
        <translation>Die Datei ist kein gültiges JSON: Ein Text enthält die Hälfte eines UTF-16-Surrogatpaars (\u%1) ohne die andere Hälfte, in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>expected a number of days from 0 to 3650</source>
        <translation>erwartet eine Anzahl Tage von 0 bis 3650</translation>
    </message>
    <message>
        <source>Key “subprocessor_lists”: expected a list</source>
        <translation>Schlüssel „subprocessor_lists“: erwartet eine Liste</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: erwartet ein Objekt</translation>
    </message>
    <message>
        <source>another list has the same id</source>
        <translation>eine andere Liste hat dieselbe ID</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>erwartet eine Liste</translation>
    </message>
    <message>
        <source>expected a line number</source>
        <translation>erwartet eine Zeilennummer</translation>
    </message>
    <message>
        <source>expected a list of country codes</source>
        <translation>erwartet eine Liste von Ländercodes</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>erwartet einen Text</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>„%1“ ist keine ID</translation>
    </message>
</context>
<context>
    <name>ropa::reports::Record</name>
    <message>
        <source>cannot write “%1”: it is not a regular file</source>
        <translation>„%1“ kann nicht geschrieben werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>this record has no table “%1” (tables: %2)</source>
        <translation>dieses Verzeichnis hat keine Tabelle „%1“ (Tabellen: %2)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>laying out text needs a QGuiApplication</source>
        <translation>Textsatz erfordert eine QGuiApplication</translation>
    </message>
    <message>
        <source>cannot start drawing the pages</source>
        <translation>das Zeichnen der Seiten kann nicht beginnen</translation>
    </message>
    <message>
        <source>Record of processing activities, Art. 30(1)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten, Art. 30 Abs. 1</translation>
    </message>
    <message>
        <source>Record of processing activities, Art. 30(2)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten, Art. 30 Abs. 2</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>keine neue Seite möglich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot finish the pages</source>
        <translation>die Seiten können nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>rassische oder ethnische Herkunft</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politische Meinungen</translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation>religiöse oder weltanschauliche Überzeugungen</translation>
    </message>
    <message>
        <source>trade-union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation>genetische Daten</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>biometrische Daten</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>Sexualleben oder sexuelle Orientierung</translation>
    </message>
    <message>
        <source>subprocessor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>independent controller</source>
        <translation>eigenständiger Verantwortlicher</translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation>gemeinsam Verantwortlicher</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown party</source>
        <translation>unbekannte Stelle</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>unbekannte Kategorie</translation>
    </message>
    <message>
        <source>special category, Art. 9: %1</source>
        <translation>besondere Kategorie, Art. 9: %1</translation>
    </message>
    <message>
        <source>criminal convictions and offences, Art. 10</source>
        <translation>strafrechtliche Verurteilungen und Straftaten, Art. 10</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Data protection officer: %1</source>
        <translation>Datenschutzbeauftragter: %1</translation>
    </message>
    <message>
        <source>Representative (Art. 27): %1</source>
        <translation>Vertreter (Art. 27): %1</translation>
    </message>
    <message>
        <source>Contact details: %1</source>
        <translation>Kontaktdaten: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Joint controller: %1</source>
        <translation>Gemeinsam Verantwortlicher: %1</translation>
    </message>
    <message>
        <source>Purposes: %1</source>
        <translation>Zwecke: %1</translation>
    </message>
    <message>
        <source>Data categories: %1</source>
        <translation>Datenkategorien: %1</translation>
    </message>
    <message>
        <source>Purposes and data categories: %1</source>
        <translation>Zwecke und Datenkategorien: %1</translation>
    </message>
    <message>
        <source>category of recipients</source>
        <translation>Kategorie von Empfängern</translation>
    </message>
    <message>
        <source>onward, via %1</source>
        <translation>weiter, über %1</translation>
    </message>
    <message>
        <source>No recipients recorded</source>
        <translation>Keine Empfänger erfasst</translation>
    </message>
    <message>
        <source>transfer mechanism: %1</source>
        <translation>Übermittlungsinstrument: %1</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>derogation %1</source>
        <translation>Ausnahme %1</translation>
    </message>
    <message>
        <source>invalidated on %1 (%2)</source>
        <translation>für ungültig erklärt am %1 (%2)</translation>
    </message>
    <message>
        <source>transfer impact assessment %1</source>
        <translation>Transfer Impact Assessment %1</translation>
    </message>
    <message>
        <source>documentation of suitable safeguards (Art. 49(1), second subparagraph): %1</source>
        <translation>Dokumentierung geeigneter Garantien (Art. 49 Abs. 1 Unterabs. 2): %1</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>internationale Organisation</translation>
    </message>
    <message>
        <source>onward transfer by %1</source>
        <translation>Weiterübermittlung durch %1</translation>
    </message>
    <message>
        <source>No transfers to third countries or international organisations</source>
        <translation>Keine Übermittlungen an Drittländer oder internationale Organisationen</translation>
    </message>
    <message>
        <source>duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Art. 10: %1</source>
        <translation>Art. 10: %1</translation>
    </message>
    <message>
        <source>all categories of the activity</source>
        <translation>alle Kategorien der Tätigkeit</translation>
    </message>
    <message>
        <source>none needed (no third country)</source>
        <translation>nicht erforderlich (kein Drittland)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>onward (level %1)</source>
        <translation>weiter (Stufe %1)</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>alle Kategorien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Representative (Art. 27)</source>
        <translation>Vertreter (Art. 27)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Record of processing activities of the controller (Art. 30(1) GDPR)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten des Verantwortlichen (Art. 30 Abs. 1 DSGVO)</translation>
    </message>
    <message>
        <source>Record of categories of processing activities of the processor (Art. 30(2) GDPR)</source>
        <translation>Verzeichnis aller Kategorien von Verarbeitungstätigkeiten des Auftragsverarbeiters (Art. 30 Abs. 2 DSGVO)</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>Stelle %1</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Zuständig %1</translation>
    </message>
    <message>
        <source>all activities</source>
        <translation>alle Tätigkeiten</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Categories of processing carried out on behalf of each controller</source>
        <translation>Kategorien von Verarbeitungen, die im Auftrag jedes Verantwortlichen durchgeführt werden</translation>
    </message>
    <message>
        <source>Record Art. 30(1)</source>
        <translation>Verzeichnis Art. 30 Abs. 1</translation>
    </message>
    <message>
        <source>Record Art. 30(2)</source>
        <translation>Verzeichnis Art. 30 Abs. 2</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verarbeitungstätigkeit</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Controller, joint controllers, representative and DPO</source>
        <translation>Verantwortlicher, gemeinsam Verantwortliche, Vertreter und Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Zwecke der Verarbeitung</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Kategorien von Empfängern</translation>
    </message>
    <message>
        <source>Transfers to third countries or international organisations</source>
        <translation>Übermittlungen an Drittländer oder internationale Organisationen</translation>
    </message>
    <message>
        <source>Envisaged time limits for erasure</source>
        <translation>Vorgesehene Fristen für die Löschung</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Technische und organisatorische Maßnahmen</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Controller on whose behalf the processor acts</source>
        <translation>Verantwortlicher, in dessen Auftrag der Auftragsverarbeiter tätig ist</translation>
    </message>
    <message>
        <source>Processor, representative and DPO</source>
        <translation>Auftragsverarbeiter, Vertreter und Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Categories of processing</source>
        <translation>Kategorien von Verarbeitungen</translation>
    </message>
    <message>
        <source>Subprocessors and other recipients</source>
        <translation>Unterauftragsverarbeiter und andere Empfänger</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Every party the data reaches, directly or through onward transfers.</source>
        <translation>Jede Stelle, die die Daten erreichen, direkt oder über Weiterübermittlungen.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Handelt als</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Purpose of the transfer</source>
        <translation>Zweck der Übermittlung</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>AVV unterzeichnet</translation>
    </message>
    <message>
        <source>Transfers, countries and mechanisms</source>
        <translation>Übermittlungen, Länder und Instrumente</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Every transfer the data takes, with its destination and its Chapter V mechanism.</source>
        <translation>Jede Übermittlung der Daten, mit Ziel und Instrument nach Kapitel V.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Bestimmungsländer</translation>
    </message>
    <message>
        <source>Third countries</source>
        <translation>Drittländer</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Übermittlungsinstrument</translation>
    </message>
    <message>
        <source>Documentation of suitable safeguards</source>
        <translation>Dokumentierung geeigneter Garantien</translation>
    </message>
    <message>
        <source>Direct or onward</source>
        <translation>Direkt oder weiter</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Retention per data category, as written in the source.</source>
        <translation>Speicherdauer je Datenkategorie, wie in der Quelle angegeben.</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie angegeben</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Beginnend mit</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Rechtsgrundlage der Frist</translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation>betroffene Personen</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personenbezogene Daten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not stated:</source>
        <translation>Nicht angegeben:</translation>
    </message>
    <message>
        <source>Required items stated per activity. Items marked “%1” are missing from the inventory.</source>
        <translation>Angegebene Pflichtangaben je Tätigkeit. Mit „%1“ markierte Angaben fehlen im Bestand.</translation>
    </message>
    <message>
        <source>Items stated</source>
        <translation>Angegebene Punkte</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 required items stated)</source>
        <translation>%1&#xa0;% (%2 von %3 Pflichtangaben angegeben)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Controller (Art. 30(1)(a))</source>
        <translation>Verantwortlicher (Art. 30 Abs. 1 lit. a)</translation>
    </message>
    <message>
        <source>Controller and contact details</source>
        <translation>Verantwortlicher und Kontaktdaten</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Processor and controllers (Art. 30(2)(a))</source>
        <translation>Auftragsverarbeiter und Verantwortliche (Art. 30 Abs. 2 lit. a)</translation>
    </message>
    <message>
        <source>Processor and contact details</source>
        <translation>Auftragsverarbeiter und Kontaktdaten</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Controllers on whose behalf the processor acts</source>
        <translation>Verantwortliche, in deren Auftrag der Auftragsverarbeiter tätig ist</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>One row per processing activity; each column names the item of Art. 30(1) it answers.</source>
        <translation>Eine Zeile je Verarbeitungstätigkeit; jede Spalte nennt die Angabe nach Art. 30 Abs. 1, die sie enthält.</translation>
    </message>
    <message>
        <source>One row per processing activity, grouped by controller; each column names the item of Art. 30(2) it answers.</source>
        <translation>Eine Zeile je Verarbeitungstätigkeit, gruppiert nach Verantwortlichem; jede Spalte nennt die Angabe nach Art. 30 Abs. 2, die sie enthält.</translation>
    </message>
    <message numerus="yes">
        <source>[cut: the text has %n characters; a cell holds at most 32,767]</source>
        <translation>
            <numerusform>[gekürzt: der Text hat %n Zeichen; eine Zelle fasst höchstens 32.767]</numerusform>
            <numerusform>[gekürzt: der Text hat %n Zeichen; eine Zelle fasst höchstens 32.767]</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the spreadsheet (%1): %2</source>
        <translation>die Tabelle kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: cannot add the sheet “%1”</source>
        <translation>die Tabelle kann nicht geschrieben werden: Blatt „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the table “%1” has more rows than a sheet holds</source>
        <translation>die Tabelle kann nicht geschrieben werden: „%1“ hat mehr Zeilen, als ein Blatt fasst</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: out of memory or cannot create “%1”</source>
        <translation>die Tabelle kann nicht geschrieben werden: kein Speicher oder „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: out of memory</source>
        <translation>die Tabelle kann nicht geschrieben werden: kein Speicher</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: no temporary folder (%1)</source>
        <translation>die Tabelle kann nicht geschrieben werden: kein temporärer Ordner (%1)</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: %1</source>
        <translation>die Tabelle kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Art. 30(1)(%1)</source>
        <translation>Art. 30 Abs. 1 lit. %1</translation>
    </message>
    <message>
        <source>Art. 30(2)(%1)</source>
        <translation>Art. 30 Abs. 2 lit. %1</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>long date</comment>
        <extracomment>The record&apos;s date on its cover and page headers, as a QDate format (yyyy year, MMMM month name, d day).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>short date</comment>
        <extracomment>Dates in the record&apos;s tables, as a QDate format (yyyy year, MM month, dd day).</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <extracomment>A percentage (German: &quot;%1 %&quot;).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message>
        <source>Findings of the compliance checks that the organisation has accepted, with the reason given.</source>
        <translation>Befunde der Compliance-Prüfungen, die die Organisation mit der angegebenen Begründung akzeptiert hat.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Appendix %1: %2</source>
        <translation>Anhang %1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quote from a document, in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>cannot read the package: %1</source>
        <translation>das Paket kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it holds nothing</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>an entry is too large</source>
        <translation>ein Eintrag ist zu groß</translation>
    </message>
    <message>
        <source>cannot write the package: %1</source>
        <translation>das Paket kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the written package cannot be read back</source>
        <translation>das geschriebene Paket kann nicht wieder gelesen werden</translation>
    </message>
    <message>
        <source>cannot write the ODT document: %1</source>
        <translation>das ODT-Dokument kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>from the data subject</source>
        <translation>von der betroffenen Person</translation>
    </message>
    <message>
        <source>from the customer&apos;s systems</source>
        <translation>aus den Systemen des Kunden</translation>
    </message>
    <message>
        <source>collected automatically</source>
        <translation>automatisch erhoben</translation>
    </message>
    <message>
        <source>from a third party</source>
        <translation>von einem Dritten</translation>
    </message>
    <message>
        <source>from public sources</source>
        <translation>aus öffentlichen Quellen</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>andere Quelle</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>zum Beispiel: %1</translation>
    </message>
    <message>
        <source>country not stated</source>
        <translation>Land nicht angegeben</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>source of the data</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <source>internal recipient</source>
        <translation>interner Empfänger</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>verabschiedet</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>statutory requirement</source>
        <translation>gesetzliche Pflicht</translation>
    </message>
    <message>
        <source>contractual requirement</source>
        <translation>vertragliche Pflicht</translation>
    </message>
    <message>
        <source>required to enter into a contract</source>
        <translation>für einen Vertragsabschluss erforderlich</translation>
    </message>
    <message>
        <source>voluntary</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <source>evaluation or scoring</source>
        <translation>Bewerten oder Einstufen</translation>
    </message>
    <message>
        <source>automated decisions with legal or similar effect</source>
        <translation>automatisierte Entscheidungen mit Rechtswirkung oder ähnlich erheblicher Wirkung</translation>
    </message>
    <message>
        <source>systematic monitoring</source>
        <translation>systematische Überwachung</translation>
    </message>
    <message>
        <source>sensitive or highly personal data</source>
        <translation>vertrauliche oder höchstpersönliche Daten</translation>
    </message>
    <message>
        <source>data processed on a large scale</source>
        <translation>Datenverarbeitung in großem Umfang</translation>
    </message>
    <message>
        <source>matched or combined datasets</source>
        <translation>abgeglichene oder zusammengeführte Datensätze</translation>
    </message>
    <message>
        <source>data of vulnerable data subjects</source>
        <translation>Daten schutzbedürftiger betroffener Personen</translation>
    </message>
    <message>
        <source>innovative use of technology</source>
        <translation>innovative Nutzung von Technologie</translation>
    </message>
    <message>
        <source>prevents the exercise of a right or use of a service</source>
        <translation>hindert an der Ausübung eines Rechts oder der Nutzung einer Dienstleistung</translation>
    </message>
    <message>
        <source>privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>contract or data processing agreement</source>
        <translation>Vertrag oder Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
        <source>DPIA report</source>
        <translation>DSFA-Bericht</translation>
    </message>
    <message>
        <source>legitimate interests assessment</source>
        <translation>Interessenabwägung (berechtigtes Interesse)</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>Nachweis der Einwilligung</translation>
    </message>
    <message>
        <source>retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <source>subprocessor list</source>
        <translation>Liste der Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>anderes Dokument</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>ja, am %1</translation>
    </message>
    <message>
        <source>yes (no date stated)</source>
        <translation>ja (kein Datum angegeben)</translation>
    </message>
    <message>
        <source>document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Record identity</source>
        <translation>Identität des Verzeichniseintrags</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Each record&apos;s reference, status and version in the register, and who keeps it.</source>
        <translation>Je Eintrag Nummer, Status und Version im Verzeichnis und wer ihn führt.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Department or business function</source>
        <translation>Abteilung oder Geschäftsbereich</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Datenelemente</translation>
    </message>
    <message>
        <source>Per data category and group of data subjects: where it comes from, why it is collected, how long it is kept, and whether the data subject must provide it.</source>
        <translation>Je Datenkategorie und Gruppe betroffener Personen: woher die Daten stammen, wozu sie erhoben werden, wie lange sie gespeichert werden und ob die betroffene Person sie bereitstellen muss.</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Warum es erhoben wird</translation>
    </message>
    <message>
        <source>Must the data subject provide it?</source>
        <translation>Muss die betroffene Person sie bereitstellen?</translation>
    </message>
    <message>
        <source>If not provided</source>
        <translation>Wenn nicht bereitgestellt</translation>
    </message>
    <message>
        <source>every data subject of the activity</source>
        <translation>alle betroffenen Personen der Verarbeitung</translation>
    </message>
    <message>
        <source>unknown data subjects</source>
        <translation>unbekannte betroffene Personen</translation>
    </message>
    <message>
        <source>Systems (location of the personal data)</source>
        <translation>Systeme (Speicherort der personenbezogenen Daten)</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>The applications and databases the data are kept in, who hosts them and where.</source>
        <translation>Die Anwendungen und Datenbanken, in denen die Daten gespeichert werden, wer sie betreibt und wo.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehostet von</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Automated decision-making, including profiling (Art. 22)</source>
        <translation>Automatisierte Entscheidungsfindung einschließlich Profiling (Art. 22)</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Involvierte Logik</translation>
    </message>
    <message>
        <source>Significance and envisaged consequences</source>
        <translation>Tragweite und angestrebte Auswirkungen</translation>
    </message>
    <message>
        <source>Data protection impact assessment (Art. 35)</source>
        <translation>Datenschutz-Folgenabschätzung (Art. 35)</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DSFA</translation>
    </message>
    <message>
        <source>The screening against the EDPB criteria (WP248 rev.01) and the assessment itself.</source>
        <translation>Die Prüfung anhand der Kriterien des EDSA (WP248 rev.01) und die Folgenabschätzung selbst.</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Erfüllte Kriterien</translation>
    </message>
    <message>
        <source>On the supervisory authority&apos;s list</source>
        <translation>Auf der Liste der Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Likely high risk</source>
        <translation>Voraussichtlich hohes Risiko</translation>
    </message>
    <message>
        <source>Outcome of the screening</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation>Bericht der Vorprüfung</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <source>DPIA performed</source>
        <translation>DSFA durchgeführt</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Verknüpfte Dokumente</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Contracts, assessments, reports and policies the record refers to.</source>
        <translation>Verträge, Bewertungen, Berichte und Richtlinien, auf die das Verzeichnis verweist.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>DPO not required: %1</source>
        <translation>Datenschutzbeauftragter nicht erforderlich: %1</translation>
    </message>
    <message>
        <source>%1: DPO not required: %2</source>
        <translation>%1: Datenschutzbeauftragter nicht erforderlich: %2</translation>
    </message>
    <message>
        <source>no transfer mechanism</source>
        <translation>kein Übermittlungsmechanismus</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the XML writer failed</source>
        <translation>die Tabelle kann nicht geschrieben werden: das Schreiben des XML ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: libxlsxwriter could not start a workbook</source>
        <translation>die Tabelle kann nicht geschrieben werden: libxlsxwriter konnte keine Arbeitsmappe anlegen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Appendix: changes since %1</source>
        <translation>Anhang: Änderungen seit %1</translation>
    </message>
    <message>
        <source>The project file records no save since %1.</source>
        <translation>Die Projektdatei verzeichnet seit %1 keine Speicherung.</translation>
    </message>
    <message numerus="yes">
        <source>The changes saved from %1 to %2 (%n save(s)), from the history the project file keeps.</source>
        <translation>
            <numerusform>Die von %1 bis %2 gespeicherten Änderungen (%n Speicherung), aus der Historie, die die Projektdatei führt.</numerusform>
            <numerusform>Die von %1 bis %2 gespeicherten Änderungen (%n Speicherungen), aus der Historie, die die Projektdatei führt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s history starts after %1: changes made before its first recorded save are not known.</source>
        <translation>Die Historie der Datei beginnt nach %1: Änderungen vor der ersten verzeichneten Speicherung sind nicht bekannt.</translation>
    </message>
    <message>
        <source>The file keeps a summary of each save, not the project as it was: the changes are netted per entity (a rename shows the first name and the last; what was added and removed again is not shown), and changes not saved yet are not included.</source>
        <translation>Die Datei bewahrt eine Zusammenfassung jeder Speicherung, nicht das Projekt, wie es war: Die Änderungen sind je Eintrag zusammengefasst (eine Umbenennung zeigt den ersten und den letzten Namen; was hinzugefügt und wieder entfernt wurde, wird nicht gezeigt), und noch nicht gespeicherte Änderungen sind nicht enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of large saves were counted but not itemised in the history.</source>
        <translation>
            <numerusform>%n Änderung großer Speicherungen wurde gezählt, aber in der Historie nicht einzeln aufgeführt.</numerusform>
            <numerusform>%n Änderungen großer Speicherungen wurden gezählt, aber in der Historie nicht einzeln aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the file&apos;s history does not check (an entry was altered or removed outside Ropa); this appendix may be incomplete.</source>
        <translation>Achtung: Die Historie der Datei ist nicht schlüssig (ein Eintrag wurde außerhalb von Ropa geändert oder entfernt); dieser Anhang ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Änderungen seit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>war „%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ropa::store</name>
    <message>
        <source>%1 is not a Ropa project (the file is empty). Choose a .ropa file made by Ropa.</source>
        <translation>%1 ist kein Ropa-Projekt (die Datei ist leer). Wählen Sie eine mit Ropa erstellte .ropa-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Ropa project (it is not a SQLite database). Choose a .ropa file made by Ropa.</source>
        <translation>%1 ist kein Ropa-Projekt (keine SQLite-Datenbank). Wählen Sie eine mit Ropa erstellte .ropa-Datei.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says, so it may have been cut off while it was copied or downloaded. Open a backup copy.</source>
        <translation>%1 ist beschädigt: die Datei ist kürzer, als ihr Kopf angibt, sie wurde vielleicht beim Kopieren oder Herunterladen abgeschnitten. Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is not a Ropa project (it is a SQLite database of another program). Choose a .ropa file made by Ropa.</source>
        <translation>%1 ist kein Ropa-Projekt (eine SQLite-Datenbank eines anderen Programms). Wählen Sie eine mit Ropa erstellte .ropa-Datei.</translation>
    </message>
    <message>
        <source>%1 is in write-ahead log (WAL) mode, which Ropa never writes: the file may have been changed by another program, so it was not opened.</source>
        <translation>%1 ist im Write-Ahead-Log-Modus (WAL), den Ropa nie schreibt: die Datei wurde vielleicht von einem anderen Programm geändert und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is damaged or uses a SQLite file format that Ropa cannot read, so it was not opened. Open a backup copy.</source>
        <translation>%1 ist beschädigt oder verwendet ein SQLite-Dateiformat, das Ropa nicht lesen kann, und wurde daher nicht geöffnet. Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>This file was made by a newer Ropa (format %1; this version reads up to %2). Update Ropa to open it.</source>
        <translation>Diese Datei wurde von einem neueren Ropa erstellt (Format %1; diese Version liest bis %2). Aktualisieren Sie Ropa, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 was made by an early test version of Ropa (format %2) that this version cannot read.</source>
        <translation>%1 wurde von einer frühen Testversion von Ropa erstellt (Format %2), die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1 is damaged (its header is invalid), so it was not opened. Open a backup copy.</source>
        <translation>%1 ist beschädigt (ihr Kopf ist ungültig) und wurde daher nicht geöffnet. Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is longer than its header says, which Ropa never writes: the file may have been tampered with, so it was not opened.</source>
        <translation>%1 ist länger, als ihr Kopf angibt, was Ropa nie schreibt: die Datei wurde vielleicht manipuliert und daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>Opening %1 was stopped because it took longer than %2 seconds: the file may be damaged or made to stall Ropa.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen, weil es länger als %2 Sekunden dauerte: die Datei ist vielleicht beschädigt oder soll Ropa aufhalten.</translation>
    </message>
    <message>
        <source> in the table %1</source>
        <translation> in der Tabelle %1</translation>
    </message>
    <message>
        <source>%1 contains a value larger than %2 MB%3, which Ropa never writes: the file may have been tampered with, so it was not opened.</source>
        <translation>%1 enthält einen Wert über %2 MB%3, was Ropa nie schreibt: die Datei wurde vielleicht manipuliert und daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is not enough memory to open %1.</source>
        <translation>Es ist nicht genug Speicher frei, um %1 zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged or was tampered with: its table definitions cannot be read, so it was not opened. Open a backup copy.</source>
        <translation>%1 ist beschädigt oder manipuliert: die Tabellendefinitionen können nicht gelesen werden, daher wurde sie nicht geöffnet. Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was not opened (SQLite reports: %2). Open a backup copy.</source>
        <translation>%1 ist beschädigt und wurde daher nicht geöffnet (SQLite meldet: %2). Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>Ropa cannot check the tables of format %1 (%2).</source>
        <translation>Ropa kann die Tabellen von Format %1 nicht prüfen (%2).</translation>
    </message>
    <message>
        <source>: the file may have been tampered with, so it was not opened.</source>
        <translation>: die Datei wurde vielleicht manipuliert und daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>The project contains an index named %1, which Ropa never writes</source>
        <translation>Das Projekt enthält einen Index namens %1, den Ropa nie schreibt</translation>
    </message>
    <message>
        <source>The project contains a %1 named %2, which Ropa never writes</source>
        <translation>Das Projekt enthält ein Objekt vom Typ %1 namens %2, das Ropa nie schreibt</translation>
    </message>
    <message>
        <source>The project has no %1 named %2, which every Ropa project of format %3 has: the file is damaged or was not made by Ropa, so it was not opened.</source>
        <translation>Dem Projekt fehlt das Objekt vom Typ %1 namens %2, das jedes Ropa-Projekt von Format %3 hat: die Datei ist beschädigt oder nicht mit Ropa erstellt und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>The %1 %2 in the project is not defined the way Ropa defines it</source>
        <translation>Das Objekt vom Typ %1 %2 im Projekt ist nicht so definiert, wie Ropa es definiert</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, Schlüssel %1</translation>
    </message>
    <message>
        <source>. The project was not opened.</source>
        <translation>. Das Projekt wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>empty (NULL)</source>
        <translation>leer (NULL)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the value is %1, not text</source>
        <translation>der Wert ist %1, kein Text</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1 is not an id (a lower-case UUID such as 3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d)</source>
        <translation>%1 ist keine ID (eine UUID in Kleinbuchstaben wie 3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d)</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the form YYYY-MM-DD</source>
        <translation>%1 ist kein gültiges Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the value is %1, not 0 (no) or 1 (yes)</source>
        <translation>der Wert ist %1, nicht 0 (nein) oder 1 (ja)</translation>
    </message>
    <message>
        <source>%1 is not 0 (no) or 1 (yes)</source>
        <translation>%1 ist nicht 0 (nein) oder 1 (ja)</translation>
    </message>
    <message>
        <source>the value is missing; it must be 0 (no) or 1 (yes)</source>
        <translation>der Wert fehlt; er muss 0 (nein) oder 1 (ja) sein</translation>
    </message>
    <message>
        <source>the value is %1, not a whole number</source>
        <translation>der Wert ist %1, keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not one of the values Ropa knows (%2)</source>
        <translation>%1 ist keiner der Werte, die Ropa kennt (%2)</translation>
    </message>
    <message>
        <source>the id appears twice in the table %1</source>
        <translation>die ID kommt in der Tabelle %1 zweimal vor</translation>
    </message>
    <message>
        <source>The table %1 has a row for the %2 %3, which is not in the project: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>Die Tabelle %1 hat eine Zeile für das Element (%2) %3, das nicht im Projekt ist: die Datei ist beschädigt oder wurde von einem anderen Programm geändert und daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>the positions in the table %1 are not 0, 1, 2, …</source>
        <translation>die Positionen in der Tabelle %1 sind nicht 0, 1, 2, …</translation>
    </message>
    <message>
        <source>The table %1 must have exactly one row (id 1), which Ropa always writes: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>Die Tabelle %1 muss genau eine Zeile haben (ID 1), die Ropa immer schreibt: die Datei ist beschädigt oder wurde von einem anderen Programm geändert und daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>The table %1 is empty, but Ropa always writes one row there: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>Die Tabelle %1 ist leer, aber Ropa schreibt dort immer eine Zeile: die Datei ist beschädigt oder wurde von einem anderen Programm geändert und daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not an SCC module (1 to 4)</source>
        <translation>%1 ist kein Modul der Standardvertragsklauseln (1 bis 4)</translation>
    </message>
    <message>
        <source>accepted finding %1 (table %2)</source>
        <translation>akzeptierter Befund %1 (Tabelle %2)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (und %1 weitere Probleme)</translation>
    </message>
    <message>
        <source>a date in the project is not a valid calendar date between the years 1 and 9999</source>
        <translation>ein Datum im Projekt ist kein gültiges Kalenderdatum zwischen den Jahren 1 und 9999</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite meldet: %1</translation>
    </message>
    <message>
        <source>%1 was not found. It may have been moved, renamed or deleted.</source>
        <translation>%1 wurde nicht gefunden. Sie wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 ist ein Ordner, kein Ropa-Projekt. Wählen Sie eine mit Ropa erstellte .ropa-Datei.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Ropa project (%2 MB; Ropa opens files of up to %3 MB).</source>
        <translation>%1 ist zu groß für ein Ropa-Projekt (%2 MB; Ropa öffnet Dateien bis %3 MB).</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check that you may read it.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Ropa project (Ropa opens files of up to %2 MB).</source>
        <translation>%1 ist zu groß für ein Ropa-Projekt (Ropa öffnet Dateien bis %2 MB).</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was not opened (SQLite&apos;s check found: %2). Open a backup copy.</source>
        <translation>%1 ist beschädigt und wurde daher nicht geöffnet (die Prüfung von SQLite fand: %2). Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ropa (format %2). Before updating it, Ropa keeps a copy named %3 beside it, but could not write that copy. Copy the project to a folder where you may write, and open it there.</source>
        <translation>%1 wurde von einem älteren Ropa erstellt (Format %2). Vor der Aktualisierung legt Ropa daneben eine Kopie namens %3 an, konnte diese Kopie aber nicht schreiben. Kopieren Sie das Projekt in einen Ordner, in dem Sie schreiben dürfen, und öffnen Sie es dort.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ropa (format %2) and could not be updated to format %3 (%4), so it was not opened.</source>
        <translation>%1 wurde von einem älteren Ropa erstellt (Format %2) und konnte nicht auf Format %3 aktualisiert werden (%4), daher wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ropa (format %2), and updating it did not give the tables of format %3 (%4), so it was not opened.</source>
        <translation>%1 wurde von einem älteren Ropa erstellt (Format %2), und die Aktualisierung ergab nicht die Tabellen von Format %3 (%4), daher wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file on disk was not changed.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die Datei auf dem Datenträger wurde nicht geändert.</translation>
    </message>
    <message>
        <source>a test made the save fail at the step %1</source>
        <translation>ein Test ließ das Speichern beim Schritt %1 scheitern</translation>
    </message>
    <message>
        <source>%1 already exists. Ropa did not overwrite it: choose another name, or confirm that it may be replaced.</source>
        <translation>%1 existiert bereits. Ropa hat sie nicht überschrieben: wählen Sie einen anderen Namen oder bestätigen Sie, dass sie ersetzt werden darf.</translation>
    </message>
    <message>
        <source>%1 was moved or deleted since it was opened. Ropa did not save it: save again to write it anyway, or save under another name.</source>
        <translation>%1 wurde seit dem Öffnen verschoben oder gelöscht. Ropa hat nicht gespeichert: speichern Sie erneut, um sie trotzdem zu schreiben, oder unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened. Ropa did not overwrite it: save under another name, or open it again to see the other changes.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert. Ropa hat sie nicht überschrieben: speichern Sie unter einem anderen Namen oder öffnen Sie sie erneut, um die anderen Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 was not saved, because Ropa could not open it again: %2. Correct this and save again.</source>
        <translation>%1 wurde nicht gespeichert, weil Ropa sie nicht erneut öffnen konnte: %2. Beheben Sie das und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Ropa cannot write in the folder %1 (%2)</source>
        <translation>Ropa kann nicht in den Ordner %1 schreiben (%2)</translation>
    </message>
    <message>
        <source>the new file could not be written to disk (%1)</source>
        <translation>die neue Datei konnte nicht auf den Datenträger geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the new file could not replace the old one (%1)</source>
        <translation>die neue Datei konnte die alte nicht ersetzen (%1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name or value in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself (a loop), so there is no file to open. Correct or remove the link.</source>
        <translation>%1 ist eine symbolische Verknüpfung, die auf sich selbst zurückführt (eine Schleife), daher gibt es keine Datei zum Öffnen. Korrigieren oder entfernen Sie die Verknüpfung.</translation>
    </message>
    <message>
        <source>%1 is a named pipe, not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 ist eine benannte Pipe, kein Ropa-Projekt. Wählen Sie eine mit Ropa erstellte .ropa-Datei.</translation>
    </message>
    <message>
        <source>%1 is a device, not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 ist ein Gerät, kein Ropa-Projekt. Wählen Sie eine mit Ropa erstellte .ropa-Datei.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a socket or another special file), so it is not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 ist keine gewöhnliche Datei (sondern ein Socket oder eine andere Spezialdatei) und daher kein Ropa-Projekt. Wählen Sie eine mit Ropa erstellte .ropa-Datei.</translation>
    </message>
    <message>
        <source>%1 stores its texts in UTF-16, not in UTF-8 as Ropa writes them: the file&apos;s text encoding was changed by another program, so it was not opened.</source>
        <translation>%1 speichert seine Texte in UTF-16, nicht in UTF-8, wie Ropa sie schreibt: Die Textkodierung der Datei wurde von einem anderen Programm geändert, daher wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>The table %1 has a row whose id %2 is not an id (a lower-case UUID). The project was not opened.</source>
        <translation>Die Tabelle %1 hat eine Zeile, deren ID %2 keine ID ist (eine UUID in Kleinbuchstaben). Das Projekt wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 was changed outside Ropa: the checksum that Ropa stores with every save is missing, so its content cannot be confirmed. It was opened read-only: check it, or open a backup copy.</source>
        <translation>%1 wurde außerhalb von Ropa geändert: Die Prüfsumme, die Ropa bei jedem Speichern ablegt, fehlt, daher lässt sich der Inhalt nicht bestätigen. Sie wurde schreibgeschützt geöffnet: Prüfen Sie sie oder öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged outside Ropa: its content no longer matches the checksum of its last save (changed: %2). It was opened read-only: check it, or open a backup copy.</source>
        <translation>%1 wurde außerhalb von Ropa geändert oder beschädigt: Der Inhalt stimmt nicht mehr mit der Prüfsumme der letzten Speicherung überein (geändert: %2). Sie wurde schreibgeschützt geöffnet: Prüfen Sie sie oder öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>the name, function, e-mail and phone must be all stated or all empty (NULL)</source>
        <translation>Name, Funktion, E-Mail und Telefon müssen alle angegeben oder alle leer (NULL) sein</translation>
    </message>
    <message>
        <source>The table %1 has a row for an item that is not in the project: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>Die Tabelle %1 hat eine Zeile für ein Element, das nicht im Projekt ist: Die Datei ist beschädigt oder wurde von einem anderen Programm geändert und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, “%3”: %4. The project was not opened.</source>
        <translation>Tabelle „%1“, Zeile %2, „%3“: %4. Das Projekt wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>die ID fehlt</translation>
    </message>
    <message>
        <source>not an id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>no party has this id</source>
        <translation>keine Partei hat diese ID</translation>
    </message>
    <message>
        <source>no subprocessor list has this id</source>
        <translation>keine Liste von Unterauftragsverarbeitern hat diese ID</translation>
    </message>
</context>
<context>
    <name>ropa::store::ProjectLock</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 auf %2 seit %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>ropa::subprocessors</name>
    <message>
        <source>the table</source>
        <translation>die Tabelle</translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation>die Tabelle „%1“</translation>
    </message>
    <message>
        <source>%1 has no column of names (its headings: %2); it was skipped</source>
        <translation>%1 hat keine Spalte mit Namen (Überschriften: %2); übersprungen</translation>
    </message>
    <message>
        <source>%1: columns not recognised, ignored: %2</source>
        <translation>%1: Spalten nicht erkannt, ignoriert: %2</translation>
    </message>
    <message>
        <source>line %1: a row without a name was skipped</source>
        <translation>Zeile %1: eine Zeile ohne Namen wurde übersprungen</translation>
    </message>
    <message>
        <source>line %1: more cells than headings; the extra cells were ignored</source>
        <translation>Zeile %1: mehr Zellen als Überschriften; die zusätzlichen Zellen wurden ignoriert</translation>
    </message>
    <message>
        <source>no subprocessors found: the list is empty or has no table</source>
        <translation>keine Unterauftragsverarbeiter gefunden: die Liste ist leer oder hat keine Tabelle</translation>
    </message>
    <message>
        <source>no column of subprocessor names (a heading such as “Name”, “Subprocessor” or “Entity”); headings found: %1</source>
        <translation>keine Spalte mit Namen der Unterauftragsverarbeiter (eine Überschrift wie „Name“, „Subprocessor“ oder „Unterauftragsverarbeiter“); gefundene Überschriften: %1</translation>
    </message>
    <message>
        <source>the list has no subprocessors</source>
        <translation>die Liste enthält keine Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>line %1: a cell is longer than 1 MB; is this a subprocessor list?</source>
        <translation>Zeile %1: eine Zelle ist länger als 1 MB; ist das eine Liste von Unterauftragsverarbeitern?</translation>
    </message>
    <message numerus="yes">
        <source>more than %n rows; a subprocessor list is not this long</source>
        <translation>
            <numerusform>mehr als %n Zeile; so lang ist keine Liste von Unterauftragsverarbeitern</numerusform>
            <numerusform>mehr als %n Zeilen; so lang ist keine Liste von Unterauftragsverarbeitern</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed; read to the end of the file</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen ist nicht geschlossen; bis zum Ende der Datei gelesen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>No change between the two lists.</source>
        <translation>Keine Änderung zwischen den beiden Listen.</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n):</source>
        <translation>
            <numerusform>Hinzugefügt (%n):</numerusform>
            <numerusform>Hinzugefügt (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n):</source>
        <translation>
            <numerusform>Entfernt (%n):</numerusform>
            <numerusform>Entfernt (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed (%n):</source>
        <translation>
            <numerusform>Umbenannt (%n):</numerusform>
            <numerusform>Umbenannt (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n):</source>
        <translation>
            <numerusform>Geändert (%n):</numerusform>
            <numerusform>Geändert (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>data shared</source>
        <translation>übermittelte Daten</translation>
    </message>
    <message>
        <source>  * %1, %2: %3 → %4</source>
        <translation>  * %1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>this is not a text file (CSV, Markdown, HTML or plain text)</source>
        <translation>dies ist keine Textdatei (CSV, Markdown, HTML oder reiner Text)</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation>die Datei ist nicht UTF-8; sie wurde als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is over 200 MB; a subprocessor list is not this large</source>
        <translation>%1 ist größer als 200 MB; so groß ist keine Liste von Unterauftragsverarbeitern</translation>
    </message>
    <message>
        <source>line %1: a table row outside a table was skipped</source>
        <translation>Zeile %1: eine Tabellenzeile außerhalb einer Tabelle wurde übersprungen</translation>
    </message>
    <message>
        <source>a line is longer than 1 MB; is this a subprocessor list?</source>
        <translation>eine Zeile ist länger als 1 MB; ist das eine Liste von Unterauftragsverarbeitern?</translation>
    </message>
    <message>
        <source>line %1: not understood, skipped: %2</source>
        <translation>Zeile %1: nicht verstanden, übersprungen: %2</translation>
    </message>
    <message>
        <source>more than %1 cells; a subprocessor list is not this large</source>
        <translation>mehr als %1 Zellen; eine Liste von Unterauftragsverarbeitern ist nicht so groß</translation>
    </message>
    <message>
        <source>the vendor is not a party of the project</source>
        <translation>der Anbieter ist keine Partei des Projekts</translation>
    </message>
    <message>
        <source>“%1” is the project&apos;s own organisation: its subprocessors are not a vendor&apos;s onward transfers; choose the vendor whose list this is</source>
        <translation>„%1“ ist die eigene Organisation des Projekts: ihre Unterauftragsverarbeiter sind keine Weiterübermittlungen eines Anbieters; wählen Sie den Anbieter, dessen Liste dies ist</translation>
    </message>
    <message>
        <source>Subprocessor list of %1</source>
        <translation>Liste der Unterauftragsverarbeiter von %1</translation>
    </message>
    <message>
        <source>line %1: “%2” has no name to match; not applied</source>
        <translation>Zeile %1: „%2“ hat keinen Namen zum Abgleichen; nicht angewendet</translation>
    </message>
    <message>
        <source>line %1: “%2” is the vendor itself; not applied</source>
        <translation>Zeile %1: „%2“ ist der Anbieter selbst; nicht angewendet</translation>
    </message>
    <message>
        <source>line %1: “%2” is the project&apos;s own organisation; not applied</source>
        <translation>Zeile %1: „%2“ ist die eigene Organisation des Projekts; nicht angewendet</translation>
    </message>
    <message>
        <source>Apply the subprocessor list of “%1”</source>
        <translation>Liste der Unterauftragsverarbeiter von „%1“ anwenden</translation>
    </message>
    <message>
        <source>the EU</source>
        <translation>die EU</translation>
    </message>
    <message>
        <source>What it does to the map: nothing changes.
</source>
        <translation>Was sich an der Karte ändert: nichts.
</translation>
    </message>
    <message>
        <source>“%1” can now reach: %2
</source>
        <translation>„%1“ kann jetzt gelangen nach: %2
</translation>
    </message>
    <message>
        <source>“%1” no longer reaches: %2
</source>
        <translation>„%1“ gelangt nicht mehr nach: %2
</translation>
    </message>
    <message>
        <source>New finding %1: %2
</source>
        <translation>Neuer Befund %1: %2
</translation>
    </message>
    <message>
        <source>Finding resolved %1: %2
</source>
        <translation>Befund behoben %1: %2
</translation>
    </message>
</context>
<context>
    <name>ropa::validation</name>
    <message>
        <source>%1 %2 (“%3”)</source>
        <translation>%1 %2 („%3“)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>, key “%1”</source>
        <translation>, Schlüssel „%1“</translation>
    </message>
    <message>
        <source>the project has no name</source>
        <translation>das Projekt hat keinen Namen</translation>
    </message>
    <message>
        <source>no party is marked as the project&apos;s own entity (“own”: true); at least one is required</source>
        <translation>keine Stelle ist als eigene Organisation des Projekts markiert („own“: true); mindestens eine ist erforderlich</translation>
    </message>
    <message>
        <source>the id is missing or null</source>
        <translation>die ID fehlt oder ist null</translation>
    </message>
    <message>
        <source>the id is also used by a %1; every id must be unique</source>
        <translation>die ID wird auch von einem Element (%1) verwendet; jede ID muss eindeutig sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>cites document %1, which is not in the project</source>
        <translation>zitiert Dokument %1, das nicht im Projekt ist</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code (or “EU”)</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2 (oder „EU“)</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the project</source>
        <translation>verweist auf %1 %2, das nicht im Projekt ist</translation>
    </message>
    <message>
        <source>lists %1 %2 twice</source>
        <translation>führt %1 %2 doppelt auf</translation>
    </message>
    <message>
        <source>refers to data category %1, which is not in the project</source>
        <translation>verweist auf Datenkategorie %1, die nicht im Projekt ist</translation>
    </message>
    <message>
        <source>the category is its own ancestor (the parents form a cycle)</source>
        <translation>die Kategorie ist ihr eigener Vorfahr (die übergeordneten Kategorien bilden einen Kreis)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>refers to party %1, which is not in the project</source>
        <translation>verweist auf Stelle %1, die nicht im Projekt ist</translation>
    </message>
    <message>
        <source>refers to “%1”, which is not one of the project&apos;s own entities</source>
        <translation>verweist auf „%1“, das keine eigene Organisation des Projekts ist</translation>
    </message>
    <message>
        <source>contains an empty purpose</source>
        <translation>enthält einen leeren Zweck</translation>
    </message>
    <message>
        <source>the date is not a valid date</source>
        <translation>das Datum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 duration (such as P30D, P6M or P6Y)</source>
        <translation>„%1“ ist keine Dauer nach ISO 8601 (wie P30D, P6M oder P6Y)</translation>
    </message>
    <message>
        <source>a retention rule needs a duration, a trigger or the text as written</source>
        <translation>eine Löschregel braucht eine Dauer, einen Auslöser oder den Text im Wortlaut</translation>
    </message>
    <message>
        <source>a party cannot transfer to itself</source>
        <translation>eine Stelle kann nicht an sich selbst übermitteln</translation>
    </message>
    <message>
        <source>%1 is not an SCC module (1 to 4)</source>
        <translation>%1 ist kein Modul der Standardvertragsklauseln (1 bis 4)</translation>
    </message>
    <message>
        <source>the accepted finding %1 of %2</source>
        <translation>der akzeptierte Befund %1 zu %2</translation>
    </message>
    <message>
        <source>(no entity)</source>
        <translation>(kein Element)</translation>
    </message>
    <message>
        <source>“%1” is not a rule id (such as PROC-DPA-MISSING)</source>
        <translation>„%1“ ist keine Regel-ID (wie PROC-DPA-MISSING)</translation>
    </message>
    <message>
        <source>%1: the entity is missing</source>
        <translation>%1: das Element fehlt</translation>
    </message>
    <message>
        <source>%1 refers to an entity that is not in the project</source>
        <translation>%1 verweist auf ein Element, das nicht im Projekt ist</translation>
    </message>
    <message>
        <source>%1 has no justification; say why the finding is accepted</source>
        <translation>%1 hat keine Begründung; geben Sie an, warum der Befund akzeptiert wird</translation>
    </message>
    <message>
        <source>%1 has no valid date</source>
        <translation>%1 hat kein gültiges Datum</translation>
    </message>
    <message>
        <source>%1 is listed twice%2</source>
        <translation>%1 ist doppelt aufgeführt%2</translation>
    </message>
    <message>
        <source> (detail “%1”)</source>
        <translation> (Detail „%1“)</translation>
    </message>
    <message>
        <source>a data item needs a data category</source>
        <translation>ein Datenelement braucht eine Datenkategorie</translation>
    </message>
    <message>
        <source>a DPIA date is stated, but the DPIA is marked as not performed</source>
        <translation>ein DSFA-Datum ist angegeben, aber die DSFA ist als nicht durchgeführt markiert</translation>
    </message>
    <message>
        <source>the criterion “%1” is listed twice</source>
        <translation>das Kriterium „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>a DPA signing date is stated, but the DPA is marked as not in place</source>
        <translation>ein Unterzeichnungsdatum des AVV ist angegeben, aber der AVV ist als nicht vorhanden markiert</translation>
    </message>
    <message>
        <source>the transfer carries all categories of its activities, so it cannot also list some</source>
        <translation>die Übermittlung umfasst alle Kategorien ihrer Verarbeitungen und kann daher nicht zusätzlich einzelne aufführen</translation>
    </message>
</context>
</TS>
