<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>main</name>
    <message>
        <source>Records of processing activities (GDPR Article 30).</source>
        <translation>Registers van verwerkingsactiviteiten (artikel 30 AVG).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file &lt;file&gt; and exit.</source>
        <translation>Het venster naar een PNG-bestand &lt;file&gt; renderen en afsluiten.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>Select the entity named &lt;name&gt; in that section.</source>
        <translation>De entiteit met de naam &lt;name&gt; in die sectie selecteren.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>With --screenshot: render a dialog (settings, find, history).</source>
        <translation>Met --screenshot: een dialoogvenster renderen (settings, find, history).</translation>
    </message>
    <message>
        <source>Write the recovery copy every &lt;ms&gt; milliseconds.</source>
        <translation>De herstelkopie iedere &lt;ms&gt; milliseconden schrijven.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Make a scripted edit after opening.</source>
        <translation>Na het openen een gescripte wijziging maken.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <source>Restore the newest recovery copy.</source>
        <translation>De nieuwste herstelkopie terugzetten.</translation>
    </message>
    <message>
        <source>Remove the recovery copies.</source>
        <translation>De herstelkopieën verwijderen.</translation>
    </message>
    <message>
        <source>Write the window&apos;s state to &lt;file&gt; and exit.</source>
        <translation>De toestand van het venster naar &lt;file&gt; schrijven en afsluiten.</translation>
    </message>
    <message>
        <source>A .ropa project or a .json interchange file.</source>
        <translation>Een .ropa-project of een .json-uitwisselingsbestand.</translation>
    </message>
    <message>
        <source>Not a number of milliseconds: %1</source>
        <translation>Geen aantal milliseconden: %1</translation>
    </message>
    <message>
        <source>There is no recovery copy to restore.</source>
        <translation>Er is geen herstelkopie om terug te zetten.</translation>
    </message>
    <message>
        <source>Unknown section: %1</source>
        <translation>Onbekende sectie: %1</translation>
    </message>
    <message>
        <source>Nothing named %1 here</source>
        <translation>Niets met de naam %1 hier</translation>
    </message>
    <message>
        <source>No such view in this build: %1</source>
        <translation>Deze weergave bestaat niet in deze versie: %1</translation>
    </message>
    <message>
        <source>Could not make the edit %1</source>
        <translation>Kon de wijziging %1 niet maken</translation>
    </message>
    <message>
        <source>Unknown dialog: %1</source>
        <translation>Onbekend dialoogvenster: %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Kon %1 niet schrijven</translation>
    </message>
    <message>
        <source>Show the section &lt;key&gt; first (%1).</source>
        <translation>Eerst de sectie &lt;key&gt; tonen (%1).</translation>
    </message>
    <message>
        <source>Show a project-wide view first (graph, records, findings, dashboard, history).</source>
        <translation>Eerst een projectbrede weergave tonen (graph, records, findings, dashboard, history).</translation>
    </message>
</context>
<context>
    <name>ropa::ActivityEditor</name>
    <message>
        <source>The own organisation whose record lists this activity</source>
        <translation>De eigen organisatie in wier register deze activiteit staat</translation>
    </message>
    <message>
        <source>For a processor activity: the controller on whose behalf it is carried out</source>
        <translation>Bij een verwerkersactiviteit: de verwerkingsverantwoordelijke namens wie zij wordt verricht</translation>
    </message>
    <message>
        <source>Purposes, one a line (Art. 30(1)(b))</source>
        <translation>Doeleinden, één per regel (art. 30, lid 1, onder b)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>No lawful basis stated: a finding for a controller activity</source>
        <translation>Geen grondslag vermeld: een bevinding bij een activiteit als verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Needed only when the activity processes special categories (Art. 9(1))</source>
        <translation>Alleen nodig als de activiteit bijzondere categorieën verwerkt (art. 9, lid 1)</translation>
    </message>
    <message>
        <source>For criminal-offence data: the Union or member-state law relied on</source>
        <translation>Bij strafrechtelijke gegevens: het Unierecht of lidstatelijk recht waarop de verwerking steunt</translation>
    </message>
    <message>
        <source>Who answers for this activity</source>
        <translation>Wie verantwoordelijk is voor deze activiteit</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Treedt op als:</translation>
    </message>
    <message>
        <source>On behalf of:</source>
        <translation>Namens:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Doeleinden:</translation>
    </message>
    <message>
        <source>Lawfulness</source>
        <translation>Rechtmatigheid</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Grondslag:</translation>
    </message>
    <message>
        <source>Art. 9(2) condition:</source>
        <translation>Uitzonderingsgrond art. 9, lid 2:</translation>
    </message>
    <message>
        <source>Art. 10 basis:</source>
        <translation>Grondslag art. 10:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation>Betrokkenen:</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Categorieën van persoonsgegevens:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Security and accountability</source>
        <translation>Beveiliging en verantwoording</translation>
    </message>
    <message>
        <source>Security measures:</source>
        <translation>Beveiligingsmaatregelen:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Laatst beoordeeld:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>A processor activity names the controller it acts for (Art. 30(2)(a)).</source>
        <translation>Een verwerkersactiviteit noemt de verwerkingsverantwoordelijke namens wie zij handelt (art. 30, lid 2, onder a).</translation>
    </message>
    <message>
        <source>Special categories (%1): an Art. 9(2) condition is needed.</source>
        <translation>Bijzondere categorieën (%1): een uitzonderingsgrond van art. 9, lid 2, is nodig.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Art. 7(4) GDPR: “When assessing whether consent is freely given, utmost account shall be taken of whether, inter alia, the performance of a contract, including the provision of a service, is conditional on consent to the processing of personal data that is not necessary for the performance of that contract.”
Yes: consent that the service depends on (a finding for a consent activity).</source>
        <translation>Art. 7, lid 4, AVG: “Bij de beoordeling van de vraag of de toestemming vrijelijk kan worden gegeven, wordt onder meer ten zeerste rekening gehouden met de vraag of voor de uitvoering van een overeenkomst, met inbegrip van een dienstverlening, toestemming vereist is voor een verwerking van persoonsgegevens die niet noodzakelijk is voor de uitvoering van die overeenkomst.”
Ja: toestemming waarvan de dienst afhangt (een bevinding bij een activiteit op basis van toestemming).</translation>
    </message>
    <message>
        <source>When the legitimate-interests balancing test was made (Art. 6(1)(f), Art. 5(2) GDPR)</source>
        <translation>Wanneer de belangenafweging is gemaakt (art. 6, lid 1, onder f, en art. 5, lid 2, AVG)</translation>
    </message>
    <message>
        <source>The interest, why the processing is necessary, how it was weighed against the data subjects’ interests, and the conclusion (or where that is documented)</source>
        <translation>Het belang, waarom de verwerking noodzakelijk is, hoe het is afgewogen tegen de belangen van de betrokkenen, en de conclusie (of waar dat is vastgelegd)</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR: processing is lawful if “necessary for the purposes of the legitimate interests pursued by the controller or by a third party, except where such interests are overridden by the interests or fundamental rights and freedoms of the data subject which require protection of personal data”. Art. 5(2): the controller must be able to demonstrate it.</source>
        <translation>Art. 6, lid 1, onder f, AVG: de verwerking is rechtmatig als zij “noodzakelijk [is] voor de behartiging van de gerechtvaardigde belangen van de verwerkingsverantwoordelijke of van een derde, behalve wanneer de belangen of de grondrechten en de fundamentele vrijheden van de betrokkene die tot bescherming van persoonsgegevens nopen, zwaarder wegen dan die belangen”. Art. 5, lid 2: de verwerkingsverantwoordelijke moet dat kunnen aantonen.</translation>
    </message>
    <message>
        <source>Art. 35(3) GDPR: a DPIA is required in particular for “(b) processing on a large scale of special categories of data referred to in Article 9(1), or of personal data relating to criminal convictions and offences referred to in Article 10” and “(c) a systematic monitoring of a publicly accessible area on a large scale”.
Yes: the checks count this activity as likely to need a DPIA.</source>
        <translation>Art. 35, lid 3, AVG: een gegevensbeschermingseffectbeoordeling is met name vereist bij b) grootschalige verwerking van bijzondere categorieën van persoonsgegevens (art. 9, lid 1) of van strafrechtelijke gegevens (art. 10), en c) stelselmatige en grootschalige monitoring van openbaar toegankelijke ruimten.
Ja: de controles rekenen deze activiteit tot de activiteiten die waarschijnlijk een DPIA nodig hebben.</translation>
    </message>
    <message>
        <source>Consent is a condition of the service:</source>
        <translation>Toestemming is voorwaarde voor de dienst:</translation>
    </message>
    <message>
        <source>Balancing test done:</source>
        <translation>Belangenafweging gemaakt:</translation>
    </message>
    <message>
        <source>Balancing test:</source>
        <translation>Belangenafweging:</translation>
    </message>
    <message>
        <source>Large-scale processing:</source>
        <translation>Grootschalige verwerking:</translation>
    </message>
    <message>
        <source>Not stated, but the notes or evidence say “%1”: the checks treat this consent as a condition of the service. Set the field to confirm or correct that.</source>
        <translation>Niet vermeld, maar de notities of het bewijs zeggen “%1”: de controles behandelen deze toestemming als voorwaarde voor de dienst. Vul het veld in om dat te bevestigen of te corrigeren.</translation>
    </message>
    <message>
        <source>Not recorded here, but the notes mention “%1”: the checks count that as a balancing test. Record its date and conclusion here.</source>
        <translation>Hier niet vastgelegd, maar de notities noemen “%1”: de controles tellen dat als belangenafweging. Leg de datum en de conclusie hier vast.</translation>
    </message>
    <message>
        <source>Legitimate interests need a documented balancing test.</source>
        <translation>Gerechtvaardigd belang vraagt om een vastgelegde belangenafweging.</translation>
    </message>
    <message>
        <source>Not stated, but the name, purposes or notes say “%1”: the checks treat this activity as large-scale. Set the field to confirm or correct that.</source>
        <translation>Niet vermeld, maar de naam, doeleinden of notities zeggen “%1”: de controles behandelen deze activiteit als grootschalig. Vul het veld in om dat te bevestigen of te corrigeren.</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>Systemen:</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Gegevensitems</translation>
    </message>
    <message>
        <source>Automated decisions (Art. 22)</source>
        <translation>Geautomatiseerde besluitvorming (art. 22)</translation>
    </message>
    <message>
        <source>DPIA (Art. 35)</source>
        <translation>DPIA (art. 35)</translation>
    </message>
    <message>
        <source>Record in the register</source>
        <translation>Registratie in het register</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Linked documents:</source>
        <translation>Gekoppelde documenten:</translation>
    </message>
</context>
<context>
    <name>ropa::ActivityIdentitySection</name>
    <message>
        <source>The record’s number in your register, e.g. M8085</source>
        <translation>Het nummer van de registratie in uw register, bijv. M8085</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>As written, e.g. 1.2</source>
        <translation>Zoals geschreven, bijv. 1.2</translation>
    </message>
    <message>
        <source>The department or business function that keeps this record</source>
        <translation>De afdeling of bedrijfsfunctie die deze registratie bijhoudt</translation>
    </message>
    <message>
        <source>e.g. Privacy officer</source>
        <translation>bijv. privacy officer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Laatst gewijzigd:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contactpersoon:</translation>
    </message>
</context>
<context>
    <name>ropa::AutomatedDecisionsSection</name>
    <message>
        <source>Art. 22(1) GDPR: a decision based solely on automated processing, including profiling, which produces legal effects concerning the data subject or similarly significantly affects them.</source>
        <translation>Art. 22, lid 1, AVG: een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit waaraan voor de betrokkene rechtsgevolgen zijn verbonden of dat hem anderszins in aanmerkelijke mate treft.</translation>
    </message>
    <message>
        <source>Art. 4(4) GDPR: automated processing to evaluate personal aspects, in particular to analyse or predict work performance, economic situation, health, preferences, interests, reliability, behaviour, location or movements.</source>
        <translation>Art. 4, punt 4, AVG: geautomatiseerde verwerking om persoonlijke aspecten te evalueren, met name om beroepsprestaties, economische situatie, gezondheid, persoonlijke voorkeuren, interesses, betrouwbaarheid, gedrag, locatie of verplaatsingen te analyseren of te voorspellen.</translation>
    </message>
    <message>
        <source>Meaningful information about the logic involved (Art. 13(2)(f))</source>
        <translation>Nuttige informatie over de onderliggende logica (art. 13, lid 2, onder f)</translation>
    </message>
    <message>
        <source>The significance and the envisaged consequences for the data subject</source>
        <translation>Het belang en de verwachte gevolgen voor de betrokkene</translation>
    </message>
    <message>
        <source>Automated decisions:</source>
        <translation>Geautomatiseerde besluiten:</translation>
    </message>
    <message>
        <source>Profiling:</source>
        <translation>Profilering:</translation>
    </message>
    <message>
        <source>Logic involved:</source>
        <translation>Onderliggende logica:</translation>
    </message>
    <message>
        <source>Significance and consequences:</source>
        <translation>Belang en gevolgen:</translation>
    </message>
    <message>
        <source>Automated decisions need meaningful information about the logic involved (Art. 13(2)(f), 14(2)(g), 15(1)(h)).</source>
        <translation>Geautomatiseerde besluiten vragen om nuttige informatie over de onderliggende logica (art. 13, lid 2, onder f, art. 14, lid 2, onder g, art. 15, lid 1, onder h).</translation>
    </message>
</context>
<context>
    <name>ropa::CategoryTreeModel</name>
    <message>
        <source>There is no such data category.</source>
        <translation>Deze categorie persoonsgegevens bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of itself.</source>
        <translation>“%1” kan geen onderdeel van zichzelf zijn.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved under “%2”: “%2” is part of “%1”, so it would become part of itself. Move “%2” elsewhere first.</source>
        <translation>“%1” kan niet onder “%2” worden geplaatst: “%2” is een onderdeel van “%1”, dus “%1” zou een onderdeel van zichzelf worden. Verplaats eerst “%2”.</translation>
    </message>
    <message>
        <source>Move data category “%1” under “%2”</source>
        <translation>Categorie persoonsgegevens “%1” onder “%2” plaatsen</translation>
    </message>
    <message>
        <source>Move data category “%1” to the top level</source>
        <translation>Categorie persoonsgegevens “%1” naar het hoogste niveau verplaatsen</translation>
    </message>
    <message>
        <source>Art. 9: %1</source>
        <translation>Art. 9: %1</translation>
    </message>
    <message>
        <source>Art. 10: criminal</source>
        <translation>Art. 10: strafrechtelijk</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Bijzondere categorie</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>Amerikaanse categorie</translation>
    </message>
</context>
<context>
    <name>ropa::ChangesTree</name>
    <message>
        <source>Project details</source>
        <translation>Projectgegevens</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Geaccepteerde bevindingen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>toegevoegd: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>verwijderd: %1</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>andere volgorde</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Entity or field</source>
        <translation>Entiteit of veld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>%1 (was “%2”)</source>
        <translation>%1 (was “%2”)</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>alleen in %1</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(niet vermeld)</translation>
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
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ropa::CollapsibleSection</name>
    <message>
        <source>Show or hide these fields</source>
        <translation>Deze velden tonen of verbergen</translation>
    </message>
</context>
<context>
    <name>ropa::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Filter the changes by name, field or value</source>
        <translation>Filter de wijzigingen op naam, veld of waarde</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle wijzigingen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>&amp;Show in project</source>
        <translation>&amp;Tonen in project</translation>
    </message>
    <message>
        <source>Compare &amp;again</source>
        <translation>Opnieuw &amp;vergelijken</translation>
    </message>
    <message>
        <source>Compare the project as it is now (after your edits) with the file as it is now</source>
        <translation>Vergelijk het project zoals het nu is (na uw wijzigingen) met het bestand zoals het nu is</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Vergelijken met %1</translation>
    </message>
    <message>
        <source>Comparing this project with %1…</source>
        <translation>Dit project wordt vergeleken met %1…</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dit project</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dit project</translation>
    </message>
    <message>
        <source>Could not read %1.

%2</source>
        <translation>%1 kon niet worden gelezen.

%2</translation>
    </message>
    <message>
        <source>This project and %1 are the same.</source>
        <translation>Dit project en %1 zijn gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>From this project to %1: %n change(s).</source>
        <translation>
            <numerusform>Van dit project naar %1: %n wijziging.</numerusform>
            <numerusform>Van dit project naar %1: %n wijzigingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two share no entity: they are not two versions of one project, so everything shows as removed and added.</source>
        <translation>De twee hebben geen enkele entiteit gemeen: het zijn geen twee versies van één project, dus alles staat als verwijderd en toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n wijziging getoond</numerusform>
            <numerusform>%n wijzigingen getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison with %1</source>
        <translation>vergelijking met %1</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>De vergelijking exporteren</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not export the comparison.</source>
        <translation>De vergelijking kon niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <source>Show in the &amp;other copy</source>
        <translation>Tonen in de &amp;andere kopie</translation>
    </message>
    <message>
        <source>The entity as it is in the other file, read-only</source>
        <translation>Het item zoals het in het andere bestand staat, alleen-lezen</translation>
    </message>
    <message>
        <source>“%1” is only in %2, not in this project: “Show in the other copy” shows it there.</source>
        <translation>“%1” staat alleen in %2, niet in dit project: “Tonen in de andere kopie” toont het daar.</translation>
    </message>
    <message>
        <source>“%1” is not in %2.</source>
        <translation>“%1” staat niet in %2.</translation>
    </message>
</context>
<context>
    <name>ropa::CountryField</name>
    <message>
        <source>Type a country or a code</source>
        <translation>Typ een land of een code</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code.</source>
        <translation>“%1” is geen ISO 3166-1-landcode.</translation>
    </message>
    <message>
        <source>“%1” is not a country. Type a name or a two-letter ISO code (such as DE), or pick one from the list.</source>
        <translation>“%1” is geen land. Typ een naam of een ISO-code van twee letters (zoals NL), of kies er een uit de lijst.</translation>
    </message>
</context>
<context>
    <name>ropa::CountryListField</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Land toevoegen…</translation>
    </message>
    <message>
        <source>Not ISO 3166-1 country codes: %1. Remove them and add the right countries.</source>
        <translation>Geen ISO 3166-1-landcodes: %1. Verwijder ze en voeg de juiste landen toe.</translation>
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
        <translation>EER</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>passend beschermingsniveau</translation>
    </message>
    <message>
        <source>third country</source>
        <translation>derde land</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>In the EEA: not a transfer under Chapter V.</source>
        <translation>In de EER: geen doorgifte in de zin van hoofdstuk V.</translation>
    </message>
    <message>
        <source>Adequacy decision of %1 (%2), partial: only for %3. Check that the recipient is covered.</source>
        <translation>Adequaatheidsbesluit van %1 (%2), gedeeltelijk: alleen voor %3. Controleer of de ontvanger eronder valt.</translation>
    </message>
    <message>
        <source>Adequacy decision of %1 (%2): %3.</source>
        <translation>Adequaatheidsbesluit van %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Third country without an adequacy decision: a transfer there needs safeguards (Art. 46) or a derogation (Art. 49).</source>
        <translation>Derde land zonder adequaatheidsbesluit: een doorgifte daarheen vereist passende waarborgen (art. 46) of een afwijking (art. 49).</translation>
    </message>
    <message>
        <source>partly adequate</source>
        <translation>deels passend beschermingsniveau</translation>
    </message>
</context>
<context>
    <name>ropa::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>ropa::DashboardWidget</name>
    <message>
        <source>Open findings by severity</source>
        <translation>Open bevindingen naar ernst</translation>
    </message>
    <message>
        <source>Data categories by sensitivity</source>
        <translation>Categorieën van persoonsgegevens naar gevoeligheid</translation>
    </message>
    <message>
        <source>Activities by lawful basis</source>
        <translation>Activiteiten naar grondslag</translation>
    </message>
    <message>
        <source>Transfers by mechanism</source>
        <translation>Doorgiften naar mechanisme</translation>
    </message>
    <message>
        <source>Retention periods (activity × category)</source>
        <translation>Bewaartermijnen (activiteit × categorie)</translation>
    </message>
    <message>
        <source>Completeness of the Art. 30 record (%)</source>
        <translation>Volledigheid van het register (art. 30) (%)</translation>
    </message>
    <message>
        <source>Transfers by destination</source>
        <translation>Doorgiften naar bestemming</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Geaccepteerd: %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Ropa dashboard chart</source>
        <translation>Ropa-dashboardgrafiek</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
</context>
<context>
    <name>ropa::DataCategoryEditor</name>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation>Strafrechtelijke veroordelingen en strafbare feiten (art. 10)</translation>
    </message>
    <message>
        <source>The broader category this one belongs to</source>
        <translation>De ruimere categorie waartoe deze behoort</translation>
    </message>
    <message>
        <source>Example fields, one a line</source>
        <translation>Voorbeeldvelden, één per regel</translation>
    </message>
    <message>
        <source>not special</source>
        <translation>niet bijzonder</translation>
    </message>
    <message>
        <source>Not a special category of Art. 9(1)</source>
        <translation>Geen bijzondere categorie van art. 9, lid 1</translation>
    </message>
    <message>
        <source>Art. 9(1) GDPR: processing needs an Art. 9(2) condition</source>
        <translation>Art. 9, lid 1, AVG: verwerking vereist een uitzonderingsgrond van art. 9, lid 2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>The category name of US state laws (CCPA/CPRA)</source>
        <translation>De categorienaam volgens Amerikaanse staatswetten (CCPA/CPRA)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Onderdeel van:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Voorbeelden:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <source>Special category:</source>
        <translation>Bijzondere categorie:</translation>
    </message>
    <message>
        <source>US category:</source>
        <translation>Amerikaanse categorie:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
</context>
<context>
    <name>ropa::DataItemForm</name>
    <message>
        <source>“%1” is not an ISO 8601 duration: P30D (days), P6M (months), P7Y (years), P1Y6M.</source>
        <translation>“%1” is geen ISO 8601-duur: P30D (dagen), P6M (maanden), P7Y (jaren), P1Y6M.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <source>Where this data item comes from; check to add a source</source>
        <translation>Waar dit gegeven vandaan komt; vink een bron aan om die toe te voegen</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Waarom het wordt verzameld</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. P7Y</source>
        <translation>ISO 8601, bijv. P7Y</translation>
    </message>
    <message>
        <source>As written, e.g. 7 years after the contract ends</source>
        <translation>Zoals geschreven, bijv. 7 jaar na einde overeenkomst</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>What happens when the data subject does not provide it</source>
        <translation>Wat er gebeurt als de betrokkene het niet verstrekt</translation>
    </message>
    <message>
        <source>Data category:</source>
        <translation>Categorie persoonsgegevens:</translation>
    </message>
    <message>
        <source>Data subjects:</source>
        <translation>Betrokkenen:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
    <message>
        <source>Collected for:</source>
        <translation>Verzameld voor:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Bewaartermijn:</translation>
    </message>
    <message>
        <source>Retention as written:</source>
        <translation>Bewaartermijn zoals geschreven:</translation>
    </message>
    <message>
        <source>Provision:</source>
        <translation>Verstrekking:</translation>
    </message>
    <message>
        <source>If not provided:</source>
        <translation>Indien niet verstrekt:</translation>
    </message>
    <message>
        <source>every data subject of the activity</source>
        <translation>alle betrokkenen van de verwerking</translation>
    </message>
</context>
<context>
    <name>ropa::DataItemsTable</name>
    <message>
        <source>(missing)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <source>every data subject</source>
        <translation>alle betrokkenen</translation>
    </message>
    <message>
        <source>Add data item</source>
        <translation>Gegeven toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Verstrekking</translation>
    </message>
    <message>
        <source>Add a data item for one of the activity’s data categories</source>
        <translation>Een gegeven toevoegen voor een van de categorieën persoonsgegevens van de verwerking</translation>
    </message>
    <message>
        <source>Remove the selected data item</source>
        <translation>Het geselecteerde gegeven verwijderen</translation>
    </message>
    <message>
        <source>Link the activity’s data categories first: a data item is one of them, for a group of data subjects.</source>
        <translation>Koppel eerst de categorieën persoonsgegevens van de verwerking: een gegeven is er een van, voor een groep betrokkenen.</translation>
    </message>
</context>
<context>
    <name>ropa::DateField</name>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Set to “not set”</source>
        <translation>Op “niet ingesteld” zetten</translation>
    </message>
</context>
<context>
    <name>ropa::Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>De wijzigingen in %1 opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Uw wijzigingen gaan verloren als u ze niet opslaat.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <source>%1 is open in another Ropa.</source>
        <translation>%1 is geopend in een andere Ropa.</translation>
    </message>
    <message>
        <source>%1 is open by %2.</source>
        <translation>%1 is geopend door %2.</translation>
    </message>
    <message>
        <source>You can open it read-only, or open a copy that you save under another name. Changes the other user saves will not appear in either.</source>
        <translation>U kunt het alleen-lezen openen, of een kopie openen die u onder een andere naam opslaat. Wijzigingen die de andere gebruiker opslaat, verschijnen in geen van beide.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Open a &amp;copy</source>
        <translation>Een &amp;kopie openen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <source>Save your version under another name to keep both, or overwrite the file and lose the other changes.</source>
        <translation>Sla uw versie onder een andere naam op om beide te bewaren, of overschrijf het bestand en verlies de andere wijzigingen.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overschrijven</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen terugzetten</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
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
        <translation>Een titel is nodig; de vorige blijft staan tot u er een typt.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The full text of the document, so that quotes can be shown in context</source>
        <translation>De volledige tekst van het document, zodat citaten in hun context getoond kunnen worden</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>Geciteerd door:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>no entity yet</source>
        <translation>nog geen entiteit</translation>
    </message>
    <message>
        <source>%1 quotes in %2 entities</source>
        <translation>%1 citaten in %2 entiteiten</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Gekoppeld aan:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::DpiaSection</name>
    <message>
        <source>Art. 35(4) GDPR: the supervisory authority lists the kinds of processing that need a DPIA.</source>
        <translation>Art. 35, lid 4, AVG: de toezichthoudende autoriteit maakt een lijst van de soorten verwerkingen waarvoor een DPIA verplicht is.</translation>
    </message>
    <message>
        <source>Art. 35(1) GDPR: processing likely to result in a high risk to the rights and freedoms of natural persons needs a DPIA.</source>
        <translation>Art. 35, lid 1, AVG: een verwerking die waarschijnlijk een hoog risico inhoudt voor de rechten en vrijheden van natuurlijke personen vraagt om een gegevensbeschermingseffectbeoordeling (DPIA).</translation>
    </message>
    <message>
        <source>What the screening concluded, and why</source>
        <translation>Wat de pre-DPIA concludeerde, en waarom</translation>
    </message>
    <message>
        <source>Art. 35: a DPIA is required for processing likely to result in a high risk</source>
        <translation>Art. 35: een DPIA is vereist voor een verwerking die waarschijnlijk een hoog risico inhoudt</translation>
    </message>
    <message>
        <source>WP248 criteria met:</source>
        <translation>Criteria WP248 vervuld:</translation>
    </message>
    <message>
        <source>On the authority’s list:</source>
        <translation>Op de lijst van de AP:</translation>
    </message>
    <message>
        <source>Likely high risk:</source>
        <translation>Waarschijnlijk hoog risico:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>Screening report:</source>
        <translation>Verslag pre-DPIA:</translation>
    </message>
    <message>
        <source>DPIA required:</source>
        <translation>DPIA vereist:</translation>
    </message>
    <message>
        <source>DPIA performed:</source>
        <translation>DPIA uitgevoerd:</translation>
    </message>
    <message>
        <source>DPIA date:</source>
        <translation>Datum DPIA:</translation>
    </message>
    <message>
        <source>DPIA report:</source>
        <translation>DPIA-rapport:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria met: the EDPB (WP248 rev.01) considers a DPIA required in most cases when two or more are met.</source>
        <translation>
            <numerusform>%n criterium vervuld: volgens het EDPB (WP248 rev.01) is een DPIA in de meeste gevallen verplicht als er twee of meer zijn vervuld.</numerusform>
            <numerusform>%n criteria vervuld: volgens het EDPB (WP248 rev.01) is een DPIA in de meeste gevallen verplicht als er twee of meer zijn vervuld.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the supervisory authority’s list (Art. 35(4)): a DPIA is required.</source>
        <translation>Op de lijst van de toezichthoudende autoriteit (art. 35, lid 4): een DPIA is verplicht.</translation>
    </message>
</context>
<context>
    <name>ropa::Entity</name>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partij</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>gegevenscategorie</translation>
    </message>
    <message>
        <source>data subject</source>
        <translation>categorie betrokkenen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>doorgifte</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeem</translation>
    </message>
</context>
<context>
    <name>ropa::EntityDetails</name>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ontbreekt: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
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
        <translation>%1 · eigen organisatie</translation>
    </message>
    <message>
        <source>%1 · category of recipients</source>
        <translation>%1 · categorie van ontvangers</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Verwerkingslocaties</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Representative (Art. 27)</source>
        <translation>Vertegenwoordiger (art. 27)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Verwerkersovereenkomst getekend</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-gecertificeerd</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificeringen</translation>
    </message>
    <message>
        <source>Receives data from</source>
        <translation>Ontvangt gegevens van</translation>
    </message>
    <message>
        <source>Transfers data to</source>
        <translation>Geeft gegevens door aan</translation>
    </message>
    <message>
        <source>Passes data on to</source>
        <translation>Geeft gegevens verder door aan</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Processing activity · %1</source>
        <translation>Verwerkingsactiviteit · %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Namens</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Uitzonderingsgrond art. 9</translation>
    </message>
    <message>
        <source>Art. 10 basis</source>
        <translation>Grondslag art. 10</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Niet vereist</translation>
    </message>
    <message>
        <source>%1, done %2</source>
        <translation>%1, uitgevoerd %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Required, not done</source>
        <translation>Vereist, niet uitgevoerd</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>no period stated</source>
        <translation>geen termijn vermeld</translation>
    </message>
    <message>
        <source>Onward transfer</source>
        <translation>Verdere doorgifte</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Recipient acts as</source>
        <translation>Ontvanger treedt op als</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanisme</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Doorgiftebeoordeling (TIA)</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Uitgevoerd %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Onderdeel van</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Omvat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Bijzondere categorie (art. 9)</translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation>Strafrechtelijke gegevens (art. 10)</translation>
    </message>
    <message>
        <source>US state-law category</source>
        <translation>Categorie volgens Amerikaanse staatswet</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Geciteerd door</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Naamloos project</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Consent is a condition of the service</source>
        <translation>Toestemming is voorwaarde voor de dienst</translation>
    </message>
    <message>
        <source>Done %1: %2</source>
        <translation>Gemaakt %1: %2</translation>
    </message>
    <message>
        <source>Balancing test</source>
        <translation>Belangenafweging</translation>
    </message>
    <message>
        <source>Large-scale processing</source>
        <translation>Grootschalige verwerking</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Incidenteel</translation>
    </message>
    <message>
        <source>Suitable safeguards</source>
        <translation>Passende waarborgen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quote in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehost door</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
</context>
<context>
    <name>ropa::EntityEditor</name>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
</context>
<context>
    <name>ropa::EntitySearchModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
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
        <translation>Eigen organisatie</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Onderdeel van</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Bijzondere categorie</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>Amerikaanse categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Verwerkersovereenkomst getekend</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanisme</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
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
        <translation>Adres</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Subverwerker</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Recipient (controller)</source>
        <translation>Ontvanger (verwerkingsverantwoordelijke)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
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
        <translation>Art. 10: strafrechtelijk</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehost door</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Internal recipient</source>
        <translation>Interne ontvanger</translation>
    </message>
</context>
<context>
    <name>ropa::EntityViewer</name>
    <message>
        <source>“%1” in %2 (read-only)</source>
        <extracomment>The title of a window that shows an entity of another copy of the project, read-only.</extracomment>
        <translation>“%1” in %2 (alleen-lezen)</translation>
    </message>
</context>
<context>
    <name>ropa::EvidenceEditor</name>
    <message>
        <source>Add evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <source>No evidence: which document says so?</source>
        <translation>Geen bewijs: welk document zegt dit?</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The document that says so</source>
        <translation>Het document dat dit zegt</translation>
    </message>
    <message>
        <source>The sentence of the document that says so</source>
        <translation>De zin uit het document die dit zegt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show the document&apos;s text with the quote highlighted</source>
        <translation>De tekst van het document tonen met het citaat gemarkeerd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cite a document</source>
        <translation>Een document citeren</translation>
    </message>
    <message>
        <source>Add a document first (Documents)</source>
        <translation>Voeg eerst een document toe (Documenten)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No quote to highlight.</source>
        <translation>Geen citaat om te markeren.</translation>
    </message>
    <message>
        <source>The quote was not found in the document&apos;s text.</source>
        <translation>Het citaat is niet gevonden in de tekst van het document.</translation>
    </message>
</context>
<context>
    <name>ropa::ExchangeActions</name>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exporteren…</translation>
    </message>
    <message>
        <source>Im&amp;port a register…</source>
        <translation>Een register im&amp;porteren…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Ver&amp;gelijken met…</translation>
    </message>
    <message>
        <source>Mer&amp;ge changes from…</source>
        <translation>&amp;Wijzigingen samenvoegen uit…</translation>
    </message>
    <message>
        <source>Open a JSON interchange file as a new, untitled project</source>
        <translation>Een JSON-uitwisselingsbestand openen als nieuw, naamloos project</translation>
    </message>
    <message>
        <source>Write the project in the JSON interchange format</source>
        <translation>Het project in het JSON-uitwisselingsformaat schrijven</translation>
    </message>
    <message>
        <source>Bring a register kept in a spreadsheet (XLSX, ODS, CSV) into this project</source>
        <translation>Een register uit een rekenblad (XLSX, ODS, CSV) in dit project halen</translation>
    </message>
    <message>
        <source>See what differs between this project and another copy of it</source>
        <translation>Bekijk wat er verschilt tussen dit project en een andere kopie ervan</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>Take changes from another copy of this project, as one step you can undo</source>
        <translation>Neem wijzigingen over uit een andere kopie van dit project, als één stap die u ongedaan kunt maken</translation>
    </message>
    <message>
        <source>Merge changes from</source>
        <translation>Wijzigingen samenvoegen uit</translation>
    </message>
</context>
<context>
    <name>ropa::FieldHelp</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Art. 5(2) GDPR</source>
        <translation>art. 5, lid 2, AVG</translation>
    </message>
    <message>
        <source>Your own notes. They help you demonstrate compliance (accountability) and are not part of the record.</source>
        <translation>Uw eigen notities. Ze helpen u aan te tonen dat u de regels naleeft (verantwoordingsplicht) en staan niet in het register.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Art. 5(2) and Art. 24(1) GDPR</source>
        <translation>art. 5, lid 2, en art. 24, lid 1, AVG</translation>
    </message>
    <message>
        <source>Documents that show the entry is true: the controller must be able to demonstrate compliance.</source>
        <translation>Documenten die laten zien dat het item klopt: de verwerkingsverantwoordelijke moet de naleving kunnen aantonen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Art. 30(1) GDPR</source>
        <translation>art. 30, lid 1, AVG</translation>
    </message>
    <message>
        <source>The processing activity as the record lists it: each activity of the record has a name of its own.</source>
        <translation>De verwerkingsactiviteit zoals het register haar vermeldt: elke activiteit in het register heeft een eigen naam.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) GDPR</source>
        <translation>art. 30, lid 1, onder a, AVG</translation>
    </message>
    <message>
        <source>The own organisation whose record lists this activity: the record names the controller and its contact details.</source>
        <translation>De eigen organisatie in wier register deze activiteit staat: het register vermeldt de verwerkingsverantwoordelijke en diens contactgegevens.</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Treedt op als</translation>
    </message>
    <message>
        <source>Art. 30(1) and 30(2) GDPR</source>
        <translation>art. 30, leden 1 en 2, AVG</translation>
    </message>
    <message>
        <source>Whether the organisation is the controller (it decides why and how: Art. 30(1) record) or a processor acting for a controller (Art. 30(2) record).</source>
        <translation>Of de organisatie verwerkingsverantwoordelijke is (zij bepaalt doel en middelen: register van art. 30, lid 1) of verwerker namens een verwerkingsverantwoordelijke (register van art. 30, lid 2).</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Namens</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) GDPR</source>
        <translation>art. 30, lid 2, onder a, AVG</translation>
    </message>
    <message>
        <source>For a processor activity: the controller on whose behalf the processing is carried out.</source>
        <translation>Voor een activiteit als verwerker: de verwerkingsverantwoordelijke namens wie de verwerking plaatsvindt.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Art. 30(1)(b) GDPR</source>
        <translation>art. 30, lid 1, onder b, AVG</translation>
    </message>
    <message>
        <source>The purposes of the processing, specific and explicit (purpose limitation, Art. 5(1)(b)).</source>
        <translation>De verwerkingsdoeleinden, welbepaald en uitdrukkelijk omschreven (doelbinding, art. 5, lid 1, onder b).</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Art. 6(1) GDPR</source>
        <translation>art. 6, lid 1, AVG</translation>
    </message>
    <message>
        <source>Processing is lawful only on one of the grounds of Art. 6(1)(a)–(f): consent, contract, legal obligation, vital interests, public task or legitimate interests.</source>
        <translation>Verwerking is alleen rechtmatig op een van de grondslagen van art. 6, lid 1, onder a–f: toestemming, overeenkomst, wettelijke verplichting, vitale belangen, taak van algemeen belang of gerechtvaardigd belang.</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Uitzonderingsgrond art. 9, lid 2</translation>
    </message>
    <message>
        <source>Art. 9(2) GDPR</source>
        <translation>art. 9, lid 2, AVG</translation>
    </message>
    <message>
        <source>Special categories of personal data may be processed only when one of the conditions of Art. 9(2)(a)–(j) applies, such as explicit consent or health care.</source>
        <translation>Bijzondere categorieën van persoonsgegevens mogen alleen worden verwerkt als een van de uitzonderingen van art. 9, lid 2, onder a–j geldt, zoals uitdrukkelijke toestemming of gezondheidszorg.</translation>
    </message>
    <message>
        <source>Art. 10 basis</source>
        <translation>Grondslag art. 10</translation>
    </message>
    <message>
        <source>Art. 10 GDPR</source>
        <translation>art. 10 AVG</translation>
    </message>
    <message>
        <source>Data about criminal convictions and offences: the official authority or the Union or member-state law that allows the processing.</source>
        <translation>Gegevens over strafrechtelijke veroordelingen en strafbare feiten: het overheidsgezag of het Unierecht of lidstatelijke recht dat de verwerking toestaat.</translation>
    </message>
    <message>
        <source>Consent is a condition of the service</source>
        <translation>Toestemming is voorwaarde voor de dienst</translation>
    </message>
    <message>
        <source>Art. 7(4) GDPR</source>
        <translation>art. 7, lid 4, AVG</translation>
    </message>
    <message>
        <source>Consent is not freely given when a service depends on consent to processing that the service does not need.</source>
        <translation>Toestemming is niet vrij gegeven als een dienst afhangt van toestemming voor een verwerking die de dienst niet nodig heeft.</translation>
    </message>
    <message>
        <source>Balancing test done</source>
        <translation>Belangenafweging gemaakt</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR</source>
        <translation>art. 6, lid 1, onder f, AVG</translation>
    </message>
    <message>
        <source>When the legitimate interests were weighed against the interests and rights of the data subjects.</source>
        <translation>Wanneer het gerechtvaardigd belang is afgewogen tegen de belangen en rechten van de betrokkenen.</translation>
    </message>
    <message>
        <source>Balancing test</source>
        <translation>Belangenafweging</translation>
    </message>
    <message>
        <source>The interest, why the processing is necessary and how it was weighed against the data subjects’ interests; Art. 5(2) asks you to be able to show it.</source>
        <translation>Het belang, waarom de verwerking noodzakelijk is en hoe het is afgewogen tegen de belangen van de betrokkenen; art. 5, lid 2, vraagt dat u dat kunt aantonen.</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) GDPR</source>
        <translation>art. 30, lid 1, onder c, AVG</translation>
    </message>
    <message>
        <source>A description of the categories of data subjects: whose personal data the activity processes.</source>
        <translation>Een beschrijving van de categorieën van betrokkenen: van wie de activiteit persoonsgegevens verwerkt.</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>A description of the categories of personal data the activity processes.</source>
        <translation>Een beschrijving van de categorieën van persoonsgegevens die de activiteit verwerkt.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Art. 14(2)(f) GDPR</source>
        <translation>art. 14, lid 2, onder f, AVG</translation>
    </message>
    <message>
        <source>Where the personal data come from when they are not collected from the data subject; the data subject must be told.</source>
        <translation>Waar de persoonsgegevens vandaan komen als ze niet bij de betrokkene zelf zijn verzameld; de betrokkene moet dat te horen krijgen.</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) GDPR</source>
        <translation>art. 30, lid 1, onder g, AVG</translation>
    </message>
    <message>
        <source>Where possible, a general description of the technical and organisational security measures of Art. 32(1).</source>
        <translation>Indien mogelijk, een algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen van art. 32, lid 1.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Art. 30(1)(f) GDPR</source>
        <translation>art. 30, lid 1, onder f, AVG</translation>
    </message>
    <message>
        <source>Where possible, the envisaged time limits for erasure of the different categories of data (storage limitation, Art. 5(1)(e)).</source>
        <translation>Indien mogelijk, de beoogde termijnen voor het wissen van de verschillende categorieën van gegevens (opslagbeperking, art. 5, lid 1, onder e).</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DPIA vereist</translation>
    </message>
    <message>
        <source>Art. 35(1) and 35(3) GDPR</source>
        <translation>art. 35, leden 1 en 3, AVG</translation>
    </message>
    <message>
        <source>A data protection impact assessment is required for processing likely to result in a high risk to the rights and freedoms of natural persons.</source>
        <translation>Een gegevensbeschermingseffectbeoordeling (DPIA) is vereist voor een verwerking die waarschijnlijk een hoog risico inhoudt voor de rechten en vrijheden van natuurlijke personen.</translation>
    </message>
    <message>
        <source>DPIA done</source>
        <translation>DPIA uitgevoerd</translation>
    </message>
    <message>
        <source>Art. 35(1) and 35(11) GDPR</source>
        <translation>art. 35, leden 1 en 11, AVG</translation>
    </message>
    <message>
        <source>When the data protection impact assessment was carried out; it is reviewed when the risk changes.</source>
        <translation>Wanneer de gegevensbeschermingseffectbeoordeling is uitgevoerd; ze wordt opnieuw bekeken als het risico verandert.</translation>
    </message>
    <message>
        <source>Large-scale processing</source>
        <translation>Grootschalige verwerking</translation>
    </message>
    <message>
        <source>Art. 35(3)(b) and (c) GDPR</source>
        <translation>art. 35, lid 3, onder b en c, AVG</translation>
    </message>
    <message>
        <source>Large-scale processing of special categories or criminal-offence data, or large-scale systematic monitoring of a public area, requires a DPIA.</source>
        <translation>Grootschalige verwerking van bijzondere categorieën of strafrechtelijke gegevens, of grootschalige stelselmatige monitoring van een openbaar toegankelijke ruimte, vereist een DPIA.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Art. 24(1) GDPR</source>
        <translation>art. 24, lid 1, AVG</translation>
    </message>
    <message>
        <source>Who in the organisation answers for this activity and keeps its entry up to date.</source>
        <translation>Wie in de organisatie verantwoordelijk is voor deze activiteit en het item actueel houdt.</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>When the entry was last checked: measures are reviewed and updated where necessary.</source>
        <translation>Wanneer het item voor het laatst is nagekeken: maatregelen worden zo nodig geëvalueerd en geactualiseerd.</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and (d) GDPR</source>
        <translation>art. 30, lid 1, onder a en d, AVG</translation>
    </message>
    <message>
        <source>The name of the controller, processor or recipient, as the record names it.</source>
        <translation>De naam van de verwerkingsverantwoordelijke, verwerker of ontvanger, zoals het register die vermeldt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Art. 4(7) to 4(10) GDPR</source>
        <translation>art. 4, punten 7 tot en met 10, AVG</translation>
    </message>
    <message>
        <source>What the party is: a controller, a processor, a public authority or another recipient or third party.</source>
        <translation>Wat de partij is: een verwerkingsverantwoordelijke, een verwerker, een overheidsinstantie of een andere ontvanger of derde.</translation>
    </message>
    <message>
        <source>Named organisation</source>
        <translation>Benoemde organisatie</translation>
    </message>
    <message>
        <source>Art. 30(1)(d) GDPR</source>
        <translation>art. 30, lid 1, onder d, AVG</translation>
    </message>
    <message>
        <source>The record lists the categories of recipients; a named organisation is one recipient, a category stands for several (“Marketing partners”).</source>
        <translation>Het register vermeldt de categorieën van ontvangers; een benoemde organisatie is één ontvanger, een categorie staat voor meerdere (“Marketingpartners”).</translation>
    </message>
    <message>
        <source>Our own organisation</source>
        <translation>Onze eigen organisatie</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and 30(2)(a) GDPR</source>
        <translation>art. 30, lid 1, onder a, en lid 2, onder a, AVG</translation>
    </message>
    <message>
        <source>The organisation whose record this is: the record begins with its name and contact details.</source>
        <translation>De organisatie van wie dit register is: het register begint met haar naam en contactgegevens.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) GDPR</source>
        <translation>art. 30, lid 1, onder e, AVG</translation>
    </message>
    <message>
        <source>Where the party is established: a recipient in a third country makes a transfer that the record names with the country.</source>
        <translation>Waar de partij gevestigd is: een ontvanger in een derde land maakt een doorgifte die het register met het land vermeldt.</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Verwerkingslocaties</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) and 30(2)(c) GDPR</source>
        <translation>art. 30, lid 1, onder e, en lid 2, onder c, AVG</translation>
    </message>
    <message>
        <source>The countries where the party processes the data, when they differ from its own: data processed there are transferred there.</source>
        <translation>De landen waar de partij de gegevens verwerkt, als die afwijken van haar eigen land: gegevens die daar worden verwerkt, worden daarheen doorgegeven.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Part of the contact details the record gives.</source>
        <translation>Onderdeel van de contactgegevens die het register vermeldt.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Part of the contact details, for example the privacy statement.</source>
        <translation>Onderdeel van de contactgegevens, bijvoorbeeld de privacyverklaring.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>The name and contact details of the controller or processor.</source>
        <translation>De naam en contactgegevens van de verwerkingsverantwoordelijke of verwerker.</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) and Art. 37 GDPR</source>
        <translation>art. 30, lid 1, onder a, en art. 37 AVG</translation>
    </message>
    <message>
        <source>The contact details of the data protection officer, where one is designated (Art. 37–39).</source>
        <translation>De contactgegevens van de functionaris voor gegevensbescherming, als die is aangewezen (art. 37–39).</translation>
    </message>
    <message>
        <source>Representative in the EU/UK</source>
        <translation>Vertegenwoordiger in de EU/het VK</translation>
    </message>
    <message>
        <source>Art. 27 and Art. 30(1)(a) GDPR</source>
        <translation>art. 27 en art. 30, lid 1, onder a, AVG</translation>
    </message>
    <message>
        <source>A controller or processor outside the Union that offers goods or services to, or monitors, people in the Union designates a representative there.</source>
        <translation>Een verwerkingsverantwoordelijke of verwerker buiten de Unie die goederen of diensten aanbiedt aan, of het gedrag volgt van, mensen in de Unie, wijst daar een vertegenwoordiger aan.</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Verwerkersovereenkomst getekend</translation>
    </message>
    <message>
        <source>Art. 28(3) GDPR</source>
        <translation>art. 28, lid 3, AVG</translation>
    </message>
    <message>
        <source>Processing by a processor is governed by a contract (data processing agreement) with the terms of Art. 28(3).</source>
        <translation>Verwerking door een verwerker wordt geregeld in een overeenkomst (verwerkersovereenkomst) met de bepalingen van art. 28, lid 3.</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-gecertificeerd</translation>
    </message>
    <message>
        <source>Art. 45 GDPR</source>
        <translation>art. 45 AVG</translation>
    </message>
    <message>
        <source>A US organisation on the Data Privacy Framework list is covered by the adequacy decision (EU) 2023/1795.</source>
        <translation>Een Amerikaanse organisatie op de lijst van het Data Privacy Framework valt onder adequaatheidsbesluit (EU) 2023/1795.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificeringen</translation>
    </message>
    <message>
        <source>Art. 28(5) and Art. 42 GDPR</source>
        <translation>art. 28, lid 5, en art. 42 AVG</translation>
    </message>
    <message>
        <source>Certifications and codes of conduct can show that a processor gives sufficient guarantees.</source>
        <translation>Certificeringen en gedragscodes kunnen aantonen dat een verwerker voldoende garanties biedt.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>The party that discloses the personal data.</source>
        <translation>De partij die de persoonsgegevens verstrekt.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>The recipients to whom the personal data are disclosed, including those in third countries.</source>
        <translation>De ontvangers aan wie de persoonsgegevens worden verstrekt, ook die in derde landen.</translation>
    </message>
    <message>
        <source>Recipient acts as</source>
        <translation>Ontvanger treedt op als</translation>
    </message>
    <message>
        <source>Art. 28 GDPR</source>
        <translation>art. 28 AVG</translation>
    </message>
    <message>
        <source>Whether the recipient processes the data for the discloser (a processor, bound by Art. 28) or for its own purposes (a controller).</source>
        <translation>Of de ontvanger de gegevens verwerkt voor wie ze verstrekt (een verwerker, gebonden aan art. 28) of voor eigen doeleinden (een verwerkingsverantwoordelijke).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Art. 5(1)(b) GDPR</source>
        <translation>art. 5, lid 1, onder b, AVG</translation>
    </message>
    <message>
        <source>Why the data are disclosed to this recipient.</source>
        <translation>Waarom de gegevens aan deze ontvanger worden verstrekt.</translation>
    </message>
    <message>
        <source>For activities</source>
        <translation>Voor activiteiten</translation>
    </message>
    <message>
        <source>The processing activities whose recipients this transfer names.</source>
        <translation>De verwerkingsactiviteiten waarvan deze doorgifte de ontvangers noemt.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) and (d) GDPR</source>
        <translation>art. 30, lid 1, onder c en d, AVG</translation>
    </message>
    <message>
        <source>The categories of personal data disclosed to this recipient.</source>
        <translation>De categorieën van persoonsgegevens die aan deze ontvanger worden verstrekt.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>The third countries or international organisations the data are transferred to, each identified.</source>
        <translation>De derde landen of internationale organisaties waaraan de gegevens worden doorgegeven, elk met naam.</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanisme</translation>
    </message>
    <message>
        <source>Art. 44 to 49 GDPR</source>
        <translation>art. 44 tot en met 49 AVG</translation>
    </message>
    <message>
        <source>What allows the transfer: an adequacy decision (Art. 45), appropriate safeguards such as standard contractual clauses (Art. 46), binding corporate rules (Art. 47) or a derogation (Art. 49).</source>
        <translation>Wat de doorgifte toestaat: een adequaatheidsbesluit (art. 45), passende waarborgen zoals modelcontractbepalingen (art. 46), bindende bedrijfsvoorschriften (art. 47) of een afwijking (art. 49).</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <source>Art. 46(2)(c) GDPR</source>
        <translation>art. 46, lid 2, onder c, AVG</translation>
    </message>
    <message>
        <source>The module of the standard contractual clauses of Implementing Decision (EU) 2021/914 that fits the parties’ roles.</source>
        <translation>De module van de modelcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914 die past bij de rollen van de partijen.</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Art. 49(1) GDPR</source>
        <translation>art. 49, lid 1, AVG</translation>
    </message>
    <message>
        <source>Without adequacy or safeguards, a transfer relies on one of the derogations for specific situations.</source>
        <translation>Zonder adequaatheidsbesluit of waarborgen steunt een doorgifte op een van de afwijkingen voor specifieke situaties.</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Incidenteel</translation>
    </message>
    <message>
        <source>The derogations are for occasional transfers, not for regular or repeated ones.</source>
        <translation>De afwijkingen zijn bedoeld voor incidentele doorgiften, niet voor regelmatige of herhaalde.</translation>
    </message>
    <message>
        <source>Suitable safeguards</source>
        <translation>Passende waarborgen</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) and Art. 49(1) GDPR</source>
        <translation>art. 30, lid 1, onder e, en art. 49, lid 1, AVG</translation>
    </message>
    <message>
        <source>For a transfer on compelling legitimate interests, the record documents the suitable safeguards.</source>
        <translation>Voor een doorgifte op grond van dwingende gerechtvaardigde belangen vermeldt het register de passende waarborgen.</translation>
    </message>
    <message>
        <source>TIA done</source>
        <translation>TIA uitgevoerd</translation>
    </message>
    <message>
        <source>Art. 46(1) GDPR</source>
        <translation>art. 46, lid 1, AVG</translation>
    </message>
    <message>
        <source>A transfer impact assessment checks that the laws of the destination do not undermine the safeguards (CJEU C-311/18, Schrems II).</source>
        <translation>Een doorgiftetoetsing (TIA) controleert dat het recht van het land van bestemming de waarborgen niet ondermijnt (HvJ EU C-311/18, Schrems II).</translation>
    </message>
    <message>
        <source>The category of personal data as the record names it.</source>
        <translation>De categorie van persoonsgegevens zoals het register die noemt.</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Onderdeel van</translation>
    </message>
    <message>
        <source>The broader category this one belongs to, so that the record can describe categories at the level chosen.</source>
        <translation>De bredere categorie waartoe deze behoort, zodat het register de categorieën op het gekozen niveau kan beschrijven.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>A description of the category: the record describes the categories of personal data.</source>
        <translation>Een beschrijving van de categorie: het register beschrijft de categorieën van persoonsgegevens.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Typical data of the category, to make it clear.</source>
        <translation>Typische gegevens van de categorie, ter verduidelijking.</translation>
    </message>
    <message>
        <source>Special category</source>
        <translation>Bijzondere categorie</translation>
    </message>
    <message>
        <source>Art. 9(1) GDPR</source>
        <translation>art. 9, lid 1, AVG</translation>
    </message>
    <message>
        <source>Data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership, genetic, biometric or health data, or data about sex life or sexual orientation: their processing needs a condition of Art. 9(2).</source>
        <translation>Gegevens waaruit ras of etnische afkomst, politieke opvattingen, religieuze of levensbeschouwelijke overtuigingen of het lidmaatschap van een vakbond blijken, genetische, biometrische of gezondheidsgegevens, of gegevens over seksueel gedrag of seksuele gerichtheid: voor de verwerking is een uitzondering van art. 9, lid 2, nodig.</translation>
    </message>
    <message>
        <source>Criminal-offence data</source>
        <translation>Strafrechtelijke gegevens</translation>
    </message>
    <message>
        <source>Data relating to criminal convictions and offences, processed only under official authority or as the law allows.</source>
        <translation>Gegevens over strafrechtelijke veroordelingen en strafbare feiten, alleen verwerkt onder toezicht van de overheid of zoals de wet toestaat.</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>Amerikaanse categorie</translation>
    </message>
    <message>
        <source>Not a GDPR item</source>
        <translation>Geen onderdeel van de AVG</translation>
    </message>
    <message>
        <source>The category’s name under US state privacy laws (CCPA/CPRA), for organisations that also answer to them.</source>
        <translation>De naam van de categorie in de privacywetten van Amerikaanse staten (CCPA/CPRA), voor organisaties die daar ook onder vallen.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>A field&apos;s help on one line: title, article, text.</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Record reference</source>
        <translation>Kenmerk van de registratie</translation>
    </message>
    <message>
        <source>The record’s number in your register (the Dutch central government numbers its records, such as M8085), so that the record can be cited and found.</source>
        <translation>Het nummer van de registratie in uw register (de Rijksoverheid nummert haar registraties, zoals M8085), zodat de registratie kan worden aangehaald en teruggevonden.</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Status van de registratie</translation>
    </message>
    <message>
        <source>Whether the record is a draft, in review, adopted or withdrawn: only an adopted record is the organisation’s record.</source>
        <translation>Of de registratie een concept is, in review, vastgesteld of ingetrokken: alleen een vastgestelde registratie is de registratie van de organisatie.</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Versie van de registratie</translation>
    </message>
    <message>
        <source>The version of this record as your register writes it; with the dates it shows which version is current.</source>
        <translation>De versie van deze registratie zoals uw register die schrijft; met de datums blijkt welke versie geldt.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>When the record was made.</source>
        <translation>Wanneer de registratie is aangemaakt.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>When the record was last changed: measures are reviewed and updated where necessary, and so is the record.</source>
        <translation>Wanneer de registratie voor het laatst is gewijzigd: maatregelen worden zo nodig geëvalueerd en geactualiseerd, en de registratie ook.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Art. 24 GDPR</source>
        <translation>art. 24 AVG</translation>
    </message>
    <message>
        <source>The department or business function that keeps this record and answers for the processing (the ICO template’s “Business function”).</source>
        <translation>De afdeling of bedrijfsfunctie die deze registratie bijhoudt en verantwoordelijk is voor de verwerking (“Business function” in het sjabloon van de ICO).</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Who to ask about this activity, with their function; the record names the controller’s contact details.</source>
        <translation>Bij wie u terechtkunt over deze verwerking, met diens functie; het register vermeldt de contactgegevens van de verwerkingsverantwoordelijke.</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) and Art. 32 GDPR</source>
        <translation>art. 30, lid 1, onder g, en art. 32 AVG</translation>
    </message>
    <message>
        <source>The applications and databases the data is kept in (the ICO template’s “Location of personal data”, the Dutch register’s “Systemen”).</source>
        <translation>De applicaties en databases waarin de gegevens worden bewaard (“Location of personal data” in het sjabloon van de ICO, “Systemen” in het register van de Rijksoverheid).</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Gegevensitems</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) and (f), Art. 13(2)(e) GDPR</source>
        <translation>art. 30, lid 1, onder c en f, art. 13, lid 2, onder e, AVG</translation>
    </message>
    <message>
        <source>Each data category of a group of data subjects within the activity: where it comes from, why it is collected, how long it is kept, and whether the data subject must provide it (a statutory or contractual requirement) and what happens if not.</source>
        <translation>Elke categorie persoonsgegevens van een groep betrokkenen binnen de verwerking: waar die vandaan komt, waarom die wordt verzameld, hoe lang die wordt bewaard, en of de betrokkene verplicht is die te verstrekken (een wettelijke of contractuele verplichting) en wat de gevolgen zijn als dat niet gebeurt.</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluitvorming</translation>
    </message>
    <message>
        <source>Art. 22 GDPR</source>
        <translation>art. 22 AVG</translation>
    </message>
    <message>
        <source>Whether decisions are taken solely by automated means, including profiling, with legal or similarly significant effects on the data subject; the data subject must be told (Art. 13(2)(f)).</source>
        <translation>Of er besluiten uitsluitend geautomatiseerd worden genomen, waaronder profilering, met rechtsgevolgen of vergelijkbare aanmerkelijke gevolgen voor de betrokkene; de betrokkene moet dat worden verteld (art. 13, lid 2, onder f).</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Art. 4(4) and Art. 22 GDPR</source>
        <translation>art. 4, punt 4, en art. 22 AVG</translation>
    </message>
    <message>
        <source>Whether personal aspects are evaluated by automated means: work performance, economic situation, health, preferences, interests, reliability, behaviour, location or movements.</source>
        <translation>Of persoonlijke aspecten geautomatiseerd worden geëvalueerd: beroepsprestaties, economische situatie, gezondheid, voorkeuren, interesses, betrouwbaarheid, gedrag, locatie of verplaatsingen.</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Onderliggende logica</translation>
    </message>
    <message>
        <source>Art. 13(2)(f) and 14(2)(g) GDPR</source>
        <translation>art. 13, lid 2, onder f, en art. 14, lid 2, onder g, AVG</translation>
    </message>
    <message>
        <source>Meaningful information about the logic involved in the automated decisions.</source>
        <translation>Nuttige informatie over de onderliggende logica van de geautomatiseerde besluiten.</translation>
    </message>
    <message>
        <source>Significance and consequences</source>
        <translation>Belang en gevolgen</translation>
    </message>
    <message>
        <source>The significance and the envisaged consequences of the processing for the data subject.</source>
        <translation>Het belang en de verwachte gevolgen van de verwerking voor de betrokkene.</translation>
    </message>
    <message>
        <source>WP248 criteria</source>
        <translation>Criteria WP248</translation>
    </message>
    <message>
        <source>Art. 35(1) GDPR, EDPB WP248 rev.01</source>
        <translation>art. 35, lid 1, AVG, EDPB WP248 rev.01</translation>
    </message>
    <message>
        <source>The nine criteria of the EDPB guidelines for processing likely to result in a high risk; two or more usually mean a DPIA is required.</source>
        <translation>De negen criteria van de richtsnoeren van het EDPB voor verwerkingen die waarschijnlijk een hoog risico inhouden; bij twee of meer is een DPIA meestal verplicht.</translation>
    </message>
    <message>
        <source>On the authority’s list</source>
        <translation>Op de lijst van de toezichthouder</translation>
    </message>
    <message>
        <source>Art. 35(4) GDPR</source>
        <translation>art. 35, lid 4, AVG</translation>
    </message>
    <message>
        <source>The supervisory authority publishes a list of the kinds of processing that need a DPIA.</source>
        <translation>De toezichthoudende autoriteit publiceert een lijst van de soorten verwerkingen waarvoor een DPIA verplicht is.</translation>
    </message>
    <message>
        <source>Likely high risk</source>
        <translation>Waarschijnlijk hoog risico</translation>
    </message>
    <message>
        <source>Art. 35(1) GDPR</source>
        <translation>art. 35, lid 1, AVG</translation>
    </message>
    <message>
        <source>The screening’s conclusion: whether the processing is likely to result in a high risk to the rights and freedoms of natural persons.</source>
        <translation>De conclusie van de pre-DPIA: of de verwerking waarschijnlijk een hoog risico inhoudt voor de rechten en vrijheden van natuurlijke personen.</translation>
    </message>
    <message>
        <source>Screening outcome</source>
        <translation>Uitkomst pre-DPIA</translation>
    </message>
    <message>
        <source>Art. 35(1) and Art. 5(2) GDPR</source>
        <translation>art. 35, lid 1, en art. 5, lid 2, AVG</translation>
    </message>
    <message>
        <source>What the screening concluded and why; a decision not to carry out a DPIA is documented too.</source>
        <translation>Wat de pre-DPIA concludeerde en waarom; ook een besluit om geen DPIA uit te voeren wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation>Verslag pre-DPIA</translation>
    </message>
    <message>
        <source>The document that records the screening.</source>
        <translation>Het document waarin de pre-DPIA is vastgelegd.</translation>
    </message>
    <message>
        <source>DPIA performed</source>
        <translation>DPIA uitgevoerd</translation>
    </message>
    <message>
        <source>Whether the DPIA was carried out: yes, no or not stated. Yes without a date is allowed, when the date is not at hand.</source>
        <translation>Of de DPIA is uitgevoerd: ja, nee of niet vermeld. Ja zonder datum mag, als de datum niet bekend is.</translation>
    </message>
    <message>
        <source>DPIA report</source>
        <translation>DPIA-rapport</translation>
    </message>
    <message>
        <source>Art. 35(7) GDPR</source>
        <translation>art. 35, lid 7, AVG</translation>
    </message>
    <message>
        <source>The DPIA report: a description of the processing, the assessment of its necessity and of the risks, and the measures envisaged.</source>
        <translation>Het DPIA-rapport: een beschrijving van de verwerking, de beoordeling van de noodzaak en van de risico’s, en de beoogde maatregelen.</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Gekoppelde documenten</translation>
    </message>
    <message>
        <source>Documents that belong to this activity: a DPIA report, a legitimate-interests assessment, consent records, a retention policy.</source>
        <translation>Documenten die bij deze verwerking horen: een DPIA-rapport, een belangenafweging, registraties van toestemming, een bewaarbeleid.</translation>
    </message>
    <message>
        <source>DPA in place</source>
        <translation>Verwerkersovereenkomst aanwezig</translation>
    </message>
    <message>
        <source>Whether a data processing agreement with the terms of Art. 28(3) is in place: yes, no or not stated. Yes without a date is allowed, when the date is not at hand.</source>
        <translation>Of er een verwerkersovereenkomst met de bepalingen van art. 28, lid 3, is: ja, nee of niet vermeld. Ja zonder datum mag, als de datum niet bekend is.</translation>
    </message>
    <message>
        <source>DPA document</source>
        <translation>Document verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Art. 28(3) and 28(9) GDPR</source>
        <translation>art. 28, leden 3 en 9, AVG</translation>
    </message>
    <message>
        <source>The document that is the agreement; it is in writing, which includes electronic form (Art. 28(9)).</source>
        <translation>Het document dat de overeenkomst is; die is schriftelijk, waaronder in elektronische vorm (art. 28, lid 9).</translation>
    </message>
    <message>
        <source>Documents about this party: contracts and DPAs, certificates, subprocessor lists.</source>
        <translation>Documenten over deze partij: overeenkomsten en verwerkersovereenkomsten, certificaten, lijsten van subverwerkers.</translation>
    </message>
    <message>
        <source>All data categories</source>
        <translation>Alle categorieën persoonsgegevens</translation>
    </message>
    <message>
        <source>On: the transfer carries every data category of its activities. Off with no category checked: the categories are not stated, and the record says so.</source>
        <translation>Aan: de doorgifte omvat alle categorieën persoonsgegevens van haar verwerkingen. Uit zonder aangevinkte categorie: de categorieën zijn niet vermeld, en zo staat het in het register.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Art. 32 GDPR</source>
        <translation>art. 32 AVG</translation>
    </message>
    <message>
        <source>The application, database or service, by the name your organisation uses for it.</source>
        <translation>De applicatie, database of dienst, met de naam die uw organisatie ervoor gebruikt.</translation>
    </message>
    <message>
        <source>What the system is and what it does with the data.</source>
        <translation>Wat het systeem is en wat het met de gegevens doet.</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehost door</translation>
    </message>
    <message>
        <source>Art. 28 and Art. 30(1)(d) GDPR</source>
        <translation>art. 28 en art. 30, lid 1, onder d, AVG</translation>
    </message>
    <message>
        <source>Who hosts the system: your own organisation, or a processor that does it for you.</source>
        <translation>Wie het systeem host: uw eigen organisatie, of een verwerker die dat voor u doet.</translation>
    </message>
    <message>
        <source>Hosted in</source>
        <translation>Gehost in</translation>
    </message>
    <message>
        <source>Art. 44 GDPR</source>
        <translation>art. 44 AVG</translation>
    </message>
    <message>
        <source>The countries where the system keeps the data; a country outside the EEA needs a transfer with a mechanism of Chapter V.</source>
        <translation>De landen waar het systeem de gegevens bewaart; een land buiten de EER vraagt om een doorgifte met een grondslag uit hoofdstuk V.</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <source>What the document is: a privacy policy, a contract or DPA, a DPIA report, a legitimate-interests assessment, a consent record, a retention policy or a subprocessor list.</source>
        <translation>Wat het document is: een privacyverklaring, een overeenkomst of verwerkersovereenkomst, een DPIA-rapport, een belangenafweging, een registratie van toestemming, een bewaarbeleid of een lijst van subverwerkers.</translation>
    </message>
    <message>
        <source>No DPO because</source>
        <translation>Geen FG omdat</translation>
    </message>
    <message>
        <source>Art. 37(1) GDPR</source>
        <translation>Art. 37, lid 1, AVG</translation>
    </message>
    <message>
        <source>Why the organisation has not designated a data protection officer: it is not a public body, and its core activities are neither large-scale regular and systematic monitoring nor large-scale processing of special categories or criminal data. The record prints “DPO not required” with this reason; empty is not stated.</source>
        <translation>Waarom de organisatie geen functionaris voor gegevensbescherming heeft aangewezen: zij is geen overheidsinstantie en haar kernactiviteiten bestaan niet uit grootschalige, regelmatige en stelselmatige observatie, noch uit grootschalige verwerking van bijzondere categorieën of strafrechtelijke gegevens. Het register vermeldt “Functionaris voor gegevensbescherming niet vereist” met deze reden; leeg is niet vermeld.</translation>
    </message>
    <message>
        <source>Notice period to object</source>
        <translation>Termijn voor bezwaar</translation>
    </message>
    <message>
        <source>Art. 28(2) and (4) GDPR</source>
        <translation>art. 28, leden 2 en 4, AVG</translation>
    </message>
    <message>
        <source>The days the processing agreement gives the controller to object to a new subprocessor after the processor&apos;s notice of the change (the SCCs, module 2, clause 9(a), ask for such a period).</source>
        <translation>Het aantal dagen dat de verwerkersovereenkomst de verwerkingsverantwoordelijke geeft om bezwaar te maken tegen een nieuwe subverwerker na de kennisgeving van de verwerker (de SCC&apos;s, module 2, clausule 9, onder a, vragen om zo&apos;n termijn).</translation>
    </message>
    <message>
        <source>Change notice received</source>
        <translation>Kennisgeving ontvangen op</translation>
    </message>
    <message>
        <source>Art. 28(2) GDPR</source>
        <translation>art. 28, lid 2, AVG</translation>
    </message>
    <message>
        <source>The day the processor&apos;s notice of a change of its subprocessors arrived: with the notice period it gives the last day to object.</source>
        <translation>De dag waarop de kennisgeving van de verwerker over een wijziging van zijn subverwerkers binnenkwam: met de termijn voor bezwaar geeft die de laatste dag om bezwaar te maken.</translation>
    </message>
</context>
<context>
    <name>ropa::FindDialog</name>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Name of a party, activity, category, document…</source>
        <translation>Naam van een partij, activiteit, categorie, document…</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
</context>
<context>
    <name>ropa::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>ropa::FindingsView</name>
    <message>
        <source>Filter by rule, entity or message</source>
        <translation>Filteren op regel, entiteit of melding</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle ernstniveaus</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation>Middel en hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>Geaccepteerde tonen</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accepteren…</translation>
    </message>
    <message>
        <source>Accept the selected finding with a justification</source>
        <translation>De geselecteerde bevinding met een motivering accepteren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Geen bevindingen</translation>
    </message>
    <message>
        <source>%1 high · %2 medium · %3 low · %4 accepted</source>
        <translation>%1 hoog · %2 middel · %3 laag · %4 geaccepteerd</translation>
    </message>
    <message>
        <source>%1 (%2). How to fix: %3</source>
        <translation>%1 (%2). Oplossing: %3</translation>
    </message>
    <message>
        <source>Accepted on %1: %2</source>
        <translation>Geaccepteerd op %1: %2</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>Bevinding accepteren</translation>
    </message>
    <message>
        <source>Why is “%1” acceptable? The justification is kept with the project.</source>
        <translation>Waarom is “%1” aanvaardbaar? De motivering wordt bij het project bewaard.</translation>
    </message>
    <message>
        <source>%1 high · %2 medium · %3 low · %4 accepted · %5 no longer applies</source>
        <translation>%1 hoog · %2 middel · %3 laag · %4 geaccepteerd · %5 niet meer van toepassing</translation>
    </message>
</context>
<context>
    <name>ropa::GraphPage</name>
    <message>
        <source>Transfer graph</source>
        <translation>Doorgiftegrafiek</translation>
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
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>De hele grafiek tonen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Save the picture as SVG, PNG, PDF, DOT or GraphML</source>
        <translation>De afbeelding opslaan als SVG, PNG, PDF, DOT of GraphML</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Schakels:</translation>
    </message>
    <message>
        <source>Highlight chains to:</source>
        <translation>Ketens markeren naar:</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketens</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Zwakste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exposure&lt;/b&gt;: data category × destination country</source>
        <translation>&lt;b&gt;Blootstelling&lt;/b&gt;: categorie persoonsgegevens × land van bestemming</translation>
    </message>
    <message>
        <source>&amp;nbsp; Dashed box: a category of recipients; dashed line: a transfer back or within a layer.</source>
        <translation>&amp;nbsp; Gestippeld kader: een categorie van ontvangers; gestippelde lijn: een doorgifte terug of binnen een laag.</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Iedere categorie</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Ieder land</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Every hop</source>
        <translation>Iedere schakel</translation>
    </message>
    <message>
        <source>%1 or weaker</source>
        <translation>%1 of zwakker</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;Mechanism: %3 (%4)&lt;br&gt;Data: %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;Mechanisme: %3 (%4)&lt;br&gt;Gegevens: %5&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg, .png, .pdf, .dot or .graphml.</source>
        <translation>Kies een bestandsnaam die eindigt op .svg, .png, .pdf, .dot of .graphml.</translation>
    </message>
    <message>
        <source>Could not write %1. %2</source>
        <translation>Kon %1 niet schrijven. %2</translation>
    </message>
    <message>
        <source>New transfer from %1: click the party that receives the data (Esc cancels).</source>
        <translation>Nieuwe doorgifte vanaf %1: klik op de partij die de gegevens ontvangt (Esc annuleert).</translation>
    </message>
    <message numerus="yes">
        <source>Removing %1 also removes %n other entries.</source>
        <translation>
            <numerusform>Als u %1 verwijdert, wordt ook %n ander item verwijderd.</numerusform>
            <numerusform>Als u %1 verwijdert, worden ook %n andere items verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other entries.</source>
        <translation>
            <numerusform>Het wordt ook uit %n ander item gehaald.</numerusform>
            <numerusform>Het wordt ook uit %n andere items gehaald.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Openen in de editor</translation>
    </message>
    <message>
        <source>Add transfer from here to…</source>
        <translation>Doorgifte van hier toevoegen naar…</translation>
    </message>
    <message>
        <source>Remove party…</source>
        <translation>Partij verwijderen…</translation>
    </message>
    <message>
        <source>Change mechanism</source>
        <translation>Mechanisme wijzigen</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Doorgifte verwijderen</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Partij toevoegen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Computing the transfer graph…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The picture and the exposure table appear here when they are ready. The other pages can be used meanwhile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;De doorgiftegrafiek wordt berekend…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;De afbeelding en de blootstellingstabel verschijnen hier zodra ze klaar zijn. De andere pagina&apos;s zijn intussen te gebruiken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>transfer graph</source>
        <translation>doorgiftegrafiek</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>%1 and %2 shown</source>
        <translation>%1 en %2 getoond</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n partij</numerusform>
            <numerusform>%n partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfers</source>
        <translation>
            <numerusform>%n doorgifte</numerusform>
            <numerusform>%n doorgiften</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2; %3; %4.</source>
        <translation>%1; %2; %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n kring</numerusform>
            <numerusform>%n kringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties nothing reaches</source>
        <translation>
            <numerusform>%n partij die niets bereikt</numerusform>
            <numerusform>%n partijen die niets bereikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfers list no data category</source>
        <translation>
            <numerusform>%n doorgifte zonder categorie persoonsgegevens</numerusform>
            <numerusform>%n doorgiften zonder categorie persoonsgegevens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>How to keep the inventory and make the records, offline</source>
        <translation>Hoe u de inventaris bijhoudt en de registers maakt, offline</translation>
    </message>
    <message>
        <source>&amp;About Ropa</source>
        <translation>&amp;Over Ropa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>About Ropa</source>
        <translation>Over Ropa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ropa %1&lt;/h3&gt;&lt;p&gt;Your data inventory and records of processing activities (GDPR Article 30), with the processors and subprocessors that receive the data.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ropa %1&lt;/h3&gt;&lt;p&gt;Uw gegevensinventaris en registers van verwerkingsactiviteiten (artikel 30 AVG), met de verwerkers en subverwerkers die de gegevens ontvangen.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Click a field to see what it means and which article of the GDPR asks for it</source>
        <translation>Klik op een veld om te zien wat het betekent en welk artikel van de AVG erom vraagt</translation>
    </message>
</context>
<context>
    <name>ropa::HistoryPage</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
    <message>
        <source>Choose a save to see its changes.</source>
        <translation>Kies een opslag om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>This project has no history yet. Each save in Ropa records when, who, what changed and, with File → Save with Comment…, why.</source>
        <translation>Dit project heeft nog geen geschiedenis. Elke opslag in Ropa legt vast wanneer, wie, wat er veranderde en, met Bestand → Opslaan met opmerking…, waarom.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Verbroken</translation>
    </message>
    <message>
        <source>Save %1, %2, by %3</source>
        <translation>Opslag %1, %2, door %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
</context>
<context>
    <name>ropa::ImportColumnsEditor</name>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Gaat naar</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Naam van de verwerking</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Uitzonderingsgrond art. 9</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Bijzondere categorieën</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Gezamenlijk verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <source>Third countries</source>
        <translation>Derde landen</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Waarborgen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DPIA vereist</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluitvorming</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ropa::ImportDialog</name>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>CSV, %1, separated by %2</source>
        <translation>CSV, %1, gescheiden door %2</translation>
    </message>
    <message>
        <source>ODS spreadsheet</source>
        <translation>ODS-rekenblad</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>XLSX-werkmap</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n sheet(s)</source>
        <translation>
            <numerusform>%1, %n blad</numerusform>
            <numerusform>%1, %n bladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Een register importeren</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headings; the rows below it are the activities</source>
        <translation>De rij van het blad met de kolomkoppen; de rijen eronder zijn de verwerkingen</translation>
    </message>
    <message>
        <source>New lines</source>
        <translation>Nieuwe regels</translation>
    </message>
    <message>
        <source>Semicolons</source>
        <translation>Puntkomma&apos;s</translation>
    </message>
    <message>
        <source>Commas</source>
        <translation>Komma&apos;s</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Opsommingstekens</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Koppeling &amp;laden…</translation>
    </message>
    <message>
        <source>Apply a mapping saved before</source>
        <translation>Een eerder bewaarde koppeling toepassen</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>Koppeling &amp;bewaren…</translation>
    </message>
    <message>
        <source>Keep this mapping in a file, to import the same register the same way again (also with ropa-cli import --mapping)</source>
        <translation>Deze koppeling in een bestand bewaren, om hetzelfde register later op dezelfde manier te importeren (ook met ropa-cli import --mapping)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>&amp;Heading row:</source>
        <translation>&amp;Koprij:</translation>
    </message>
    <message>
        <source>Split cells at:</source>
        <translation>Cellen splitsen bij:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <source>What will be &amp;imported</source>
        <translation>Wat wordt &amp;geïmporteerd</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not read %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2.&lt;/p&gt;&lt;p&gt;Nothing was changed in the project.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kon %1 niet lezen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2.&lt;/p&gt;&lt;p&gt;Er is niets in het project veranderd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 has no sheet with data.</source>
        <translation>%1 heeft geen blad met gegevens.</translation>
    </message>
    <message>
        <source>Working out what the import would do…</source>
        <translation>Nagaan wat de import zou doen…</translation>
    </message>
    <message>
        <source>Nothing to import: the project already has all that this sheet says.</source>
        <translation>Niets te importeren: het project bevat al alles wat dit blad zegt.</translation>
    </message>
    <message>
        <source>No activity found below the heading row: check the heading row and the columns.</source>
        <translation>Geen verwerking gevonden onder de koprij: controleer de koprij en de kolommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities to import</source>
        <translation>
            <numerusform>%n verwerking te importeren</numerusform>
            <numerusform>%n verwerkingen te importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not resolved (see What will be imported)</source>
        <translation>
            <numerusform>%n waarde niet herkend (zie Wat wordt geïmporteerd)</numerusform>
            <numerusform>%n waarden niet herkend (zie Wat wordt geïmporteerd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>%n verwerking importeren uit %1</numerusform>
            <numerusform>%n verwerkingen importeren uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not made: it would leave the project in a state Ropa cannot keep. Nothing was changed.</source>
        <translation>De import is niet uitgevoerd: het project zou in een toestand komen die Ropa niet kan bewaren. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>No register is read yet.</source>
        <translation>Er is nog geen register gelezen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kon %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping: %2</source>
        <translation>%1 is geen koppeling: %2</translation>
    </message>
    <message>
        <source>The mapping is for a sheet “%1”, which %2 does not have.</source>
        <translation>De koppeling is voor een blad “%1”, dat %2 niet heeft.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Een koppeling laden</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Koppelingen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not load the mapping.</source>
        <translation>Kon de koppeling niet laden.</translation>
    </message>
    <message>
        <source>%1 mapping</source>
        <translation>%1 koppeling</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>De koppeling bewaren</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Koppelingen (*.json)</translation>
    </message>
    <message>
        <source>Could not save the mapping.</source>
        <translation>Kon de koppeling niet bewaren.</translation>
    </message>
    <message>
        <source>Mapping saved to %1</source>
        <translation>Koppeling bewaard in %1</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.ods *.csv *.txt *.json);;All files (*)</source>
        <translation>Registers (*.xlsx *.ods *.csv *.txt *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1, read as %2 (its columns are fixed)</source>
        <translation>%1, gelezen als %2 (de kolommen liggen vast)</translation>
    </message>
</context>
<context>
    <name>ropa::ImportSummaryView</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>Al in het project</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>Waarde zoals geschreven</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lezen als</translation>
    </message>
    <message>
        <source>Type what the value means (“consent”, “US, IN”, “6 years”); every row that has it reads so</source>
        <translation>Typ wat de waarde betekent (“toestemming”, “US, IN”, “6 jaar”); elke rij met die waarde leest zo</translation>
    </message>
    <message numerus="yes">
        <source>The sheet holds %n activities.</source>
        <translation>
            <numerusform>Het blad bevat %n verwerking.</numerusform>
            <numerusform>Het blad bevat %n verwerkingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project already has everything it says: importing it changes nothing.</source>
        <translation>Het project bevat al alles wat erin staat: importeren verandert niets.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be added</source>
        <translation>
            <numerusform>%n wordt toegevoegd</numerusform>
            <numerusform>%n worden toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project will gain what they lacked</source>
        <translation>
            <numerusform>%n al in het project krijgt wat ontbrak</numerusform>
            <numerusform>%n al in het project krijgen wat ontbrak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project stay as they are</source>
        <translation>
            <numerusform>%n al in het project blijft zoals ze is</numerusform>
            <numerusform>%n al in het project blijven zoals ze zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>Gain what they lacked: %1</source>
        <translation>Krijgen wat ontbrak: %1</translation>
    </message>
    <message>
        <source>Every value was resolved.</source>
        <translation>Elke waarde is herkend.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) Ropa could not resolve. Nothing is guessed for them: type what one reads as (double-click Read as) and every row with it follows, or correct them in the spreadsheet, or in the project after the import.</source>
        <translation>
            <numerusform>%n waarde die Ropa niet kon herkennen. Er wordt niets voor geraden: typ wat ze betekent (dubbelklik op Lezen als) en elke rij met die waarde volgt, of verbeter ze in het rekenblad, of in het project na de import.</numerusform>
            <numerusform>%n waarden die Ropa niet kon herkennen. Er wordt niets voor geraden: typ wat een waarde betekent (dubbelklik op Lezen als) en elke rij met die waarde volgt, of verbeter ze in het rekenblad, of in het project na de import.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>herkend</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
</context>
<context>
    <name>ropa::KindEditor</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Data subject category</source>
        <translation>Categorie betrokkenen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show the selected entry</source>
        <translation>Het geselecteerde item tonen</translation>
    </message>
    <message>
        <source>A name is needed; the previous one is kept until you type one.</source>
        <translation>Een naam is nodig; de vorige blijft staan tot u er een typt.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>“%1” is geen e-mailadres (naam@example.com).</translation>
    </message>
    <message>
        <source>Not a web address: start it with https:// (https://www.example.com/privacy).</source>
        <translation>Geen webadres: begin met https:// (https://www.example.com/privacy).</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Invalidated on %1 (%2).</source>
        <translation>Ongeldig verklaard op %1 (%2).</translation>
    </message>
    <message>
        <source>Module 1: controller to controller</source>
        <translation>Module 1: verwerkingsverantwoordelijke aan verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Module 2: controller to processor</source>
        <translation>Module 2: verwerkingsverantwoordelijke aan verwerker</translation>
    </message>
    <message>
        <source>Module 3: processor to processor</source>
        <translation>Module 3: verwerker aan verwerker</translation>
    </message>
    <message>
        <source>Module 4: processor to controller</source>
        <translation>Module 4: verwerker aan verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
</context>
<context>
    <name>ropa::Labels</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Overheidsinstantie</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Internationale organisatie</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Natuurlijk persoon</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Ras of etnische afkomst</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politieke opvattingen</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religieuze of levensbeschouwelijke overtuigingen</translation>
    </message>
    <message>
        <source>Trade-union membership</source>
        <translation>Lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetische gegevens</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometrische gegevens</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Seksueel gedrag of seksuele gerichtheid</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificatoren</translation>
    </message>
    <message>
        <source>Personal characteristics</source>
        <translation>Persoonskenmerken</translation>
    </message>
    <message>
        <source>Commercial information</source>
        <translation>Commerciële gegevens</translation>
    </message>
    <message>
        <source>Internet or electronic activity</source>
        <translation>Internet- of elektronische activiteit</translation>
    </message>
    <message>
        <source>Geolocation data</source>
        <translation>Geolocatiegegevens</translation>
    </message>
    <message>
        <source>Sensory data</source>
        <translation>Zintuiglijke gegevens</translation>
    </message>
    <message>
        <source>Professional information</source>
        <translation>Beroepsgegevens</translation>
    </message>
    <message>
        <source>Education information</source>
        <translation>Onderwijsgegevens</translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation>Gevoelige persoonsgegevens</translation>
    </message>
    <message>
        <source>From the data subject</source>
        <translation>Van de betrokkene</translation>
    </message>
    <message>
        <source>From customer systems</source>
        <translation>Uit systemen van klanten</translation>
    </message>
    <message>
        <source>Collected automatically</source>
        <translation>Automatisch verzameld</translation>
    </message>
    <message>
        <source>From third parties</source>
        <translation>Van derden</translation>
    </message>
    <message>
        <source>From public sources</source>
        <translation>Uit openbare bronnen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Toegangsbeveiliging</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Pseudonimisering</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <source>Network security</source>
        <translation>Netwerkbeveiliging</translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation>Fysieke beveiliging</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitale belangen</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Taak van algemeen belang</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Art. 6(1)(%1)</source>
        <translation>Art. 6, lid 1, onder %1</translation>
    </message>
    <message>
        <source>explicit consent</source>
        <translation>uitdrukkelijke toestemming</translation>
    </message>
    <message>
        <source>employment and social security law</source>
        <translation>arbeidsrecht en socialezekerheidsrecht</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>vitale belangen</translation>
    </message>
    <message>
        <source>not-for-profit body</source>
        <translation>instantie zonder winstoogmerk</translation>
    </message>
    <message>
        <source>made public by the data subject</source>
        <translation>door de betrokkene openbaar gemaakt</translation>
    </message>
    <message>
        <source>legal claims</source>
        <translation>rechtsvorderingen</translation>
    </message>
    <message>
        <source>substantial public interest</source>
        <translation>zwaarwegend algemeen belang</translation>
    </message>
    <message>
        <source>health or social care</source>
        <translation>gezondheidszorg of sociale zorg</translation>
    </message>
    <message>
        <source>public health</source>
        <translation>volksgezondheid</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>archivering, onderzoek of statistiek</translation>
    </message>
    <message>
        <source>Art. 9(2)(%1): %2</source>
        <translation>Art. 9, lid 2, onder %1: %2</translation>
    </message>
    <message>
        <source>Within the EEA</source>
        <translation>Binnen de EER</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>EU-U.S. Data Privacy Framework</source>
        <translation>EU-VS-gegevensprivacykader (DPF)</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Modelcontractbepalingen</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Bindende bedrijfsvoorschriften</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Gedragscode</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Afwijking (art. 49)</translation>
    </message>
    <message>
        <source>Privacy Shield (invalidated)</source>
        <translation>Privacyschild (ongeldig verklaard)</translation>
    </message>
    <message>
        <source>Safe Harbour (invalidated)</source>
        <translation>Safe Harbour (ongeldig verklaard)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (module %1)</source>
        <translation>Modelcontractbepalingen (module %1)</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EER</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>Adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>DPF</source>
        <translation>DPF</translation>
    </message>
    <message>
        <source>SCC module %1</source>
        <translation>SCC-module %1</translation>
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
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Privacy Shield (invalid)</source>
        <translation>Privacyschild (ongeldig)</translation>
    </message>
    <message>
        <source>Safe Harbour (invalid)</source>
        <translation>Safe Harbour (ongeldig)</translation>
    </message>
    <message>
        <source>Art. 49(1), second subparagraph: compelling legitimate interests</source>
        <translation>Art. 49, lid 1, tweede alinea: dwingende gerechtvaardigde belangen</translation>
    </message>
    <message>
        <source>Art. 49(1)(%1)</source>
        <translation>Art. 49, lid 1, onder %1</translation>
    </message>
    <message>
        <source>European Union (EU)</source>
        <translation>Europese Unie (EU)</translation>
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
        <translation>Nee</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 weken</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Internal recipient</source>
        <translation>Interne ontvanger</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Statutory requirement</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Contractual requirement</source>
        <translation>Contractuele verplichting</translation>
    </message>
    <message>
        <source>Required to enter into a contract</source>
        <translation>Noodzakelijk om een overeenkomst te sluiten</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Vrijwillig</translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation>Evaluatie of scoretoekenning</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similar effect</source>
        <translation>Geautomatiseerde besluiten met rechtsgevolg of vergelijkbaar effect</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Stelselmatige monitoring</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Gevoelige of zeer persoonlijke gegevens</translation>
    </message>
    <message>
        <source>Data processed on a large scale</source>
        <translation>Grootschalige verwerking</translation>
    </message>
    <message>
        <source>Matched or combined datasets</source>
        <translation>Gekoppelde of gecombineerde datasets</translation>
    </message>
    <message>
        <source>Data of vulnerable data subjects</source>
        <translation>Gegevens van kwetsbare betrokkenen</translation>
    </message>
    <message>
        <source>Innovative use of technology</source>
        <translation>Innovatief gebruik van technologie</translation>
    </message>
    <message>
        <source>Prevents the exercise of a right or use of a service</source>
        <translation>Belemmert de uitoefening van een recht of het gebruik van een dienst</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Contract or DPA</source>
        <translation>Contract of verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>DPIA report</source>
        <translation>DPIA-rapport</translation>
    </message>
    <message>
        <source>Legitimate interests assessment</source>
        <translation>Belangenafweging gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Registratie van toestemming</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>Subprocessor list</source>
        <translation>Lijst van subverwerkers</translation>
    </message>
    <message>
        <source>None (no mechanism)</source>
        <translation>Geen (geen doorgiftemechanisme)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>ropa::LinkPicker</name>
    <message>
        <source>New data subject category…</source>
        <translation>Nieuwe categorie betrokkenen…</translation>
    </message>
    <message>
        <source>New data category…</source>
        <translation>Nieuwe categorie persoonsgegevens…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nieuwe bron…</translation>
    </message>
    <message>
        <source>New security measure…</source>
        <translation>Nieuwe beveiligingsmaatregel…</translation>
    </message>
    <message>
        <source>New processing activity…</source>
        <translation>Nieuwe verwerkingsactiviteit…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Add and link data subject “%1”</source>
        <translation>Betrokkenen “%1” toevoegen en koppelen</translation>
    </message>
    <message>
        <source>Add and link data category “%1”</source>
        <translation>Categorie persoonsgegevens “%1” toevoegen en koppelen</translation>
    </message>
    <message>
        <source>Add and link source “%1”</source>
        <translation>Bron “%1” toevoegen en koppelen</translation>
    </message>
    <message>
        <source>Add and link security measure “%1”</source>
        <translation>Beveiligingsmaatregel “%1” toevoegen en koppelen</translation>
    </message>
    <message>
        <source>Add and link activity “%1”</source>
        <translation>Activiteit “%1” toevoegen en koppelen</translation>
    </message>
    <message>
        <source>Add and link “%1”</source>
        <translation>“%1” toevoegen en koppelen</translation>
    </message>
    <message>
        <source>Add new</source>
        <translation>Nieuw toevoegen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Check to link, uncheck to unlink; double-click to open.</source>
        <translation>Aanvinken om te koppelen, uitvinken om te ontkoppelen; dubbelklikken om te openen.</translation>
    </message>
    <message>
        <source>Add a new entry with this name and link it</source>
        <translation>Een nieuw item met deze naam toevoegen en koppelen</translation>
    </message>
    <message>
        <source>%1 of %2 linked</source>
        <translation>%1 van %2 gekoppeld</translation>
    </message>
    <message>
        <source>New system…</source>
        <translation>Nieuw systeem…</translation>
    </message>
    <message>
        <source>New document (title)…</source>
        <translation>Nieuw document (titel)…</translation>
    </message>
    <message>
        <source>Add and link system “%1”</source>
        <translation>Systeem “%1” toevoegen en koppelen</translation>
    </message>
    <message>
        <source>Add and link document “%1”</source>
        <translation>Document “%1” toevoegen en koppelen</translation>
    </message>
</context>
<context>
    <name>ropa::ListField</name>
    <message>
        <source>One a line</source>
        <translation>Eén per regel</translation>
    </message>
</context>
<context>
    <name>ropa::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Een nieuw, leeg project beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a Ropa project or a JSON interchange file</source>
        <translation>Een Ropa-project of een JSON-uitwisselingsbestand openen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Slui&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find any entity by name and go to it</source>
        <translation>Een entiteit op naam zoeken en erheen gaan</translation>
    </message>
    <message>
        <source>Filter &amp;table</source>
        <translation>&amp;Tabel filteren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Geschiedenis van wijzigingen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis van wijzigingen</translation>
    </message>
    <message>
        <source>No recovery copy was written: %1</source>
        <translation>Er is geen herstelkopie geschreven: %1</translation>
    </message>
    <message>
        <source>Ropa</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Ropa</source>
        <translation>%1[*] (alleen-lezen) — Ropa</translation>
    </message>
    <message>
        <source>%1[*] — Ropa</source>
        <translation>%1[*] — Ropa</translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1 &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Een nieuwe %1 toevoegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <source>New project: add your processing activities, or complete your organisation&apos;s details</source>
        <translation>Nieuw project: voeg uw verwerkingsactiviteiten toe, of vul de gegevens van uw organisatie aan</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Een &amp;kopie opslaan als…</translation>
    </message>
    <message>
        <source>Read-only: save a copy to keep changes</source>
        <translation>Alleen-lezen: sla een kopie op om wijzigingen te bewaren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 opnieuw doen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activiteit</numerusform>
            <numerusform>%Ln activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln parties</source>
        <translation>
            <numerusform>%Ln partij</numerusform>
            <numerusform>%Ln partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfers</source>
        <translation>
            <numerusform>%Ln doorgifte</numerusform>
            <numerusform>%Ln doorgiften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln data categories</source>
        <translation>
            <numerusform>%Ln categorie van persoonsgegevens</numerusform>
            <numerusform>%Ln categorieën van persoonsgegevens</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged; Undo takes it back</source>
        <translation>Samengevoegd; Ongedaan maken draait het terug</translation>
    </message>
    <message>
        <source>Imported; Undo takes it back</source>
        <translation>Geïmporteerd; Ongedaan maken draait het terug</translation>
    </message>
    <message>
        <source>Save with Co&amp;mment…</source>
        <translation>Opslaan met op&amp;merking…</translation>
    </message>
    <message>
        <source>Save with Comment</source>
        <translation>Opslaan met opmerking</translation>
    </message>
    <message>
        <source>Why this save? The comment goes into the project&apos;s history, with who saved and when.</source>
        <translation>Waarom deze opslag? De opmerking komt in de geschiedenis van het project, met wie opsloeg en wanneer.</translation>
    </message>
</context>
<context>
    <name>ropa::MergeDialog</name>
    <message>
        <source>Could not read %1.

%2</source>
        <translation>%1 kon niet worden gelezen.

%2</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projectgegevens</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: removed in mine, changed in theirs</source>
        <translation>%1: verwijderd in de mijne, gewijzigd in die van hen</translation>
    </message>
    <message>
        <source>%1: changed in mine, removed in theirs</source>
        <translation>%1: gewijzigd in de mijne, verwijderd in die van hen</translation>
    </message>
    <message>
        <source>%1: removed in mine, but “%2” in theirs refers to it</source>
        <translation>%1: verwijderd in de mijne, maar “%2” in die van hen verwijst ernaar</translation>
    </message>
    <message>
        <source>%1: removed in theirs, but “%2” in mine refers to it</source>
        <translation>%1: verwijderd in die van hen, maar “%2” in de mijne verwijst ernaar</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>keep it</source>
        <translation>behouden</translation>
    </message>
    <message>
        <source>Merge changes</source>
        <translation>Wijzigingen samenvoegen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>I have the version we both started from</source>
        <translation>Ik heb de versie waarmee we allebei zijn begonnen</translation>
    </message>
    <message>
        <source>With the version both copies started from, Ropa takes everything only they changed and asks only about what both of you changed.</source>
        <translation>Met de versie waarmee beide kopieën begonnen, neemt Ropa alles over wat alleen zij hebben gewijzigd en vraagt alleen naar wat u beiden hebt gewijzigd.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Their copy:</source>
        <translation>Hun kopie:</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Nemen</translation>
    </message>
    <message>
        <source>your copy</source>
        <translation>uw kopie</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>hun kopie</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Niets aanvinken</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>Changes the merge takes from their copy (take a tick off to leave one out):</source>
        <translation>Wijzigingen die de samenvoeging uit hun kopie overneemt (haal een vinkje weg om er een weg te laten):</translation>
    </message>
    <message>
        <source>Differences between your copy and theirs: tick the ones to take.</source>
        <translation>Verschillen tussen uw kopie en die van hen: vink aan wat u wilt overnemen.</translation>
    </message>
    <message>
        <source>The merged project would not be valid:</source>
        <translation>Het samengevoegde project zou niet geldig zijn:</translation>
    </message>
    <message numerus="yes">
        <source>Decide %n conflict(s) to merge.</source>
        <translation>
            <numerusform>Beslis over %n conflict om samen te voegen.</numerusform>
            <numerusform>Beslis over %n conflicten om samen te voegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) ticked.</source>
        <translation>
            <numerusform>%n wijziging aangevinkt.</numerusform>
            <numerusform>%n wijzigingen aangevinkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The base shares no entity with one of the copies: it is not the version both started from, so most changes show as conflicts or additions.</source>
        <translation>De basis heeft geen enkele entiteit gemeen met een van de kopieën: het is niet de versie waarmee beide begonnen, dus de meeste wijzigingen staan als conflict of toevoeging.</translation>
    </message>
    <message>
        <source>Nothing was merged: with these changes the project would not be valid.</source>
        <translation>Er is niets samengevoegd: met deze wijzigingen zou het project niet geldig zijn.</translation>
    </message>
    <message>
        <source>Tick the changes these depend on too, or leave these out:</source>
        <translation>Vink ook de wijzigingen aan waarvan deze afhangen, of laat deze weg:</translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation>Wijzigingen samenvoegen uit %1</translation>
    </message>
    <message>
        <source>These changes are already in your project.</source>
        <translation>Deze wijzigingen staan al in uw project.</translation>
    </message>
    <message>
        <source>Merge changes from</source>
        <translation>Wijzigingen samenvoegen uit</translation>
    </message>
    <message>
        <source>Ropa projects (*.ropa *.json);;All files (*)</source>
        <translation>Ropa-projecten (*.ropa *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The version both copies started from</source>
        <translation>De versie waarmee beide kopieën begonnen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Write the value yourself</source>
        <translation>Schrijf de waarde zelf</translation>
    </message>
    <message>
        <source>%1 → your text: “%2”</source>
        <translation>%1 → uw tekst: “%2”</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <source>%1

Mine: %2
Theirs: %3

The value to keep:</source>
        <translation>%1

Mijn versie: %2
Hun versie: %3

De waarde die blijft:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both of you changed these; choose whose to keep, or write your own where it is a text.</source>
        <translation>
            <numerusform>%n conflict: u beiden hebt dit gewijzigd; kies welke versie blijft, of schrijf uw eigen tekst waar het een tekst is.</numerusform>
            <numerusform>%n conflicten: u beiden hebt deze gewijzigd; kies welke versie blijft, of schrijf uw eigen tekst waar het een tekst is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::Navigator</name>
    <message>
        <source>Go to the &amp;navigator</source>
        <translation>Naar de &amp;navigatie</translation>
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
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>e.g. Records of processing 2027</source>
        <translation>bijv. Verwerkingsregister 2027</translation>
    </message>
    <message>
        <source>Your organisation&apos;s legal name</source>
        <translation>De statutaire naam van uw organisatie</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Project&amp;naam:</translation>
    </message>
    <message>
        <source>Your &amp;organisation:</source>
        <translation>Uw &amp;organisatie:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Data protection &amp;officer:</source>
        <translation>Functionaris voor &amp;gegevensbescherming:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;e-mail:</source>
        <translation>&amp;E-mail van de FG:</translation>
    </message>
    <message>
        <source>Every record of processing starts with the controller: your organisation and its data protection officer (Art. 30(1)(a) GDPR). You can change these later.</source>
        <translation>Elk register van verwerkingen begint bij de verwerkingsverantwoordelijke: uw organisatie en haar functionaris voor gegevensbescherming (art. 30, lid 1, onder a, AVG). U kunt dit later wijzigen.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
</context>
<context>
    <name>ropa::PartyEditor</name>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Named organisation (off: a category of recipients)</source>
        <translation>Organisatie met naam (uit: een categorie van ontvangers)</translation>
    </message>
    <message>
        <source>Our own organisation (this is its record)</source>
        <translation>Onze eigen organisatie (dit is haar register)</translation>
    </message>
    <message>
        <source>Off: the party is a category of recipients (“Marketing partners”, “Law enforcement on request”), as Art. 30(1)(d) allows</source>
        <translation>Uit: de partij is een categorie van ontvangers (“Marketingpartners”, “Politie op vordering”), zoals art. 30, lid 1, onder d, toestaat</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Representative in the EU/UK (Art. 27)</source>
        <translation>Vertegenwoordiger in de EU/het VK (art. 27)</translation>
    </message>
    <message>
        <source>One a line, e.g. ISO/IEC 27001</source>
        <translation>Eén per regel, bijv. ISO/IEC 27001</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Processing locations:</source>
        <translation>Verwerkingslocaties:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>DPA signed:</source>
        <translation>Verwerkersovereenkomst getekend:</translation>
    </message>
    <message>
        <source>DPF certified:</source>
        <translation>DPF-gecertificeerd:</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Certificeringen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>The project needs at least one own organisation; mark another one first.</source>
        <translation>Het project heeft minstens één eigen organisatie nodig; markeer eerst een andere.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities belong to this organisation; give them another one first.</source>
        <translation>
            <numerusform>%n verwerkingsactiviteit hoort bij deze organisatie; geef haar eerst een andere.</numerusform>
            <numerusform>%n verwerkingsactiviteiten horen bij deze organisatie; geef ze eerst een andere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Data Privacy Framework certifies U.S. organisations; this party is in %1.</source>
        <translation>Het gegevensprivacykader certificeert Amerikaanse organisaties; deze partij is in %1.</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>Art. 28(3) GDPR: processing by a processor is governed by a contract that binds it to the controller. Yes: a DPA is in place, with or without its date at hand.</source>
        <translation>Art. 28, lid 3, AVG: de verwerking door een verwerker wordt geregeld in een overeenkomst die de verwerker bindt ten aanzien van de verwerkingsverantwoordelijke. Ja: er is een verwerkersovereenkomst, met of zonder bekende datum.</translation>
    </message>
    <message>
        <source>DPA in place:</source>
        <translation>Verwerkersovereenkomst aanwezig:</translation>
    </message>
    <message>
        <source>DPA document:</source>
        <translation>Document verwerkersovereenkomst:</translation>
    </message>
    <message>
        <source>Linked documents:</source>
        <translation>Gekoppelde documenten:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>e.g. no large-scale monitoring, no special categories at scale</source>
        <translation>bijv. geen grootschalige monitoring, geen bijzondere categorieën op grote schaal</translation>
    </message>
    <message>
        <source>No DPO because:</source>
        <translation>Geen FG omdat:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Art. 28(2), (4) GDPR; SCCs module 2, clause 9: the period the DPA gives to object to a new subprocessor after a change notice</source>
        <translation>Art. 28, lid 2 en 4, AVG; SCC&apos;s module 2, clausule 9: de termijn die de verwerkersovereenkomst geeft om na een wijzigingsmelding bezwaar te maken tegen een nieuwe subverwerker</translation>
    </message>
    <message>
        <source>Notice period to object:</source>
        <translation>Bezwaartermijn:</translation>
    </message>
    <message>
        <source>Change notice received:</source>
        <translation>Wijzigingsmelding ontvangen:</translation>
    </message>
    <message>
        <source>Object to the new subprocessors by %1.</source>
        <translation>Maak uiterlijk %1 bezwaar tegen de nieuwe subverwerkers.</translation>
    </message>
    <message>
        <source>The period to object ended on %1.</source>
        <translation>De bezwaartermijn is geëindigd op %1.</translation>
    </message>
</context>
<context>
    <name>ropa::ProjectFiles</name>
    <message>
        <source>the example %1</source>
        <translation>het voorbeeld %1</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 is al geopend</translation>
    </message>
    <message>
        <source>Could not open %1.

The file does not exist.</source>
        <translation>Kon %1 niet openen.

Het bestand bestaat niet.</translation>
    </message>
    <message>
        <source>Could not open %1.

%2</source>
        <translation>Kon %1 niet openen.

%2</translation>
    </message>
    <message>
        <source>The file was made by an older Ropa; a copy was kept as %1</source>
        <translation>Het bestand is gemaakt met een oudere Ropa; er is een kopie bewaard als %1</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1 alleen-lezen geopend</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Ropa projects (*.ropa)</source>
        <translation>Ropa-projecten (*.ropa)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Could not save %1.

%2</source>
        <translation>Kon %1 niet opslaan.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Could not export %1.

%2</source>
        <translation>Kon %1 niet exporteren.

%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Ropa projects (*.ropa *.json);;All files (*)</source>
        <translation>Ropa-projecten (*.ropa *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importeren</translation>
    </message>
    <message>
        <source>JSON interchange files (*.json);;All files (*)</source>
        <translation>JSON-uitwisselingsbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exporteren</translation>
    </message>
    <message>
        <source>JSON interchange files (*.json)</source>
        <translation>JSON-uitwisselingsbestanden (*.json)</translation>
    </message>
    <message>
        <source>Ropa was not closed properly. Restore the unsaved changes to %1?</source>
        <translation>Ropa is niet goed afgesloten. De niet-opgeslagen wijzigingen in %1 terugzetten?</translation>
    </message>
    <message>
        <source>A recovery copy was written at %1.</source>
        <translation>Er is om %1 een herstelkopie geschreven.</translation>
    </message>
    <message>
        <source>There are %1 more recovery copies; they are offered one at a time.</source>
        <translation>Er zijn nog %1 herstelkopieën; ze worden een voor een aangeboden.</translation>
    </message>
    <message>
        <source>Could not restore the unsaved changes.

%1</source>
        <translation>Kon de niet-opgeslagen wijzigingen niet terugzetten.

%1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen terugzetten</translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them</source>
        <translation>Niet-opgeslagen wijzigingen teruggezet; sla op om ze te bewaren</translation>
    </message>
    <message>
        <source>%1 was opened read-only.</source>
        <translation>%1 is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Opened %1 read-only: changed or damaged outside Ropa</source>
        <translation>%1 alleen-lezen geopend: buiten Ropa gewijzigd of beschadigd</translation>
    </message>
</context>
<context>
    <name>ropa::ProjectSession</name>
    <message>
        <source>The project is open elsewhere.</source>
        <translation>Het project is elders geopend.</translation>
    </message>
    <message>
        <source>There is not enough memory to open this file.</source>
        <translation>Er is niet genoeg geheugen om dit bestand te openen.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie van %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>It is open by %1. Choose another name.</source>
        <translation>Het is geopend door %1. Kies een andere naam.</translation>
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
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
</context>
<context>
    <name>ropa::RecordsPage</name>
    <message>
        <source>Article 30 records</source>
        <translation>Registers (artikel 30)</translation>
    </message>
</context>
<context>
    <name>ropa::RecordsView</name>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Controller record (Art. 30(1))</source>
        <translation>Register van de verwerkingsverantwoordelijke (art. 30, lid 1)</translation>
    </message>
    <message>
        <source>Processor record (Art. 30(2))</source>
        <translation>Register van de verwerker (art. 30, lid 2)</translation>
    </message>
    <message>
        <source>Which record: the controller&apos;s (Art. 30(1)) or the processor&apos;s (Art. 30(2))</source>
        <translation>Welk register: dat van de verwerkingsverantwoordelijke (art. 30, lid 1) of van de verwerker (art. 30, lid 2)</translation>
    </message>
    <message>
        <source>Which activities the record covers</source>
        <translation>Welke activiteiten het register omvat</translation>
    </message>
    <message>
        <source>The language of the record</source>
        <translation>De taal van het register</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Reikwijdte:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle activiteiten</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entiteit: %1</translation>
    </message>
    <message>
        <source>Role: controller</source>
        <translation>Rol: verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Role: joint controller</source>
        <translation>Rol: gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Role: processor</source>
        <translation>Rol: verwerker</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigenaar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activities; %1% of the required items stated (%2 of %3)</source>
        <translation>
            <numerusform>%n activiteit; %1% van de verplichte onderdelen vermeld (%2 van %3)</numerusform>
            <numerusform>%n activiteiten; %1% van de verplichte onderdelen vermeld (%2 van %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>CSV, the record table (*.csv)</source>
        <translation>CSV, de registertabel (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Het register exporteren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>Het register afdrukken</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>The previous rows of the preview</source>
        <translation>De vorige rijen van het voorbeeld</translation>
    </message>
    <message>
        <source>The next rows of the preview</source>
        <translation>De volgende rijen van het voorbeeld</translation>
    </message>
    <message numerus="yes">
        <source>Building the record of %n activities…</source>
        <translation>
            <numerusform>Het register van %n activiteit wordt opgesteld…</numerusform>
            <numerusform>Het register van %n activiteiten wordt opgesteld…</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is being built; it appears here when it is ready.</source>
        <translation>Het register wordt opgesteld; het verschijnt hier zodra het klaar is.</translation>
    </message>
    <message>
        <source>Preview: rows %1–%2 of each table (page %3 of %4)</source>
        <translation>Voorbeeld: rijen %1–%2 van elke tabel (pagina %3 van %4)</translation>
    </message>
    <message>
        <source>Dashboard charts as an appendix</source>
        <translation>Dashboardgrafieken als bijlage</translation>
    </message>
    <message>
        <source>The PDF and the printout end with the dashboard&apos;s charts, one per page</source>
        <translation>De PDF en de afdruk eindigen met de grafieken van het dashboard, één per pagina</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Het exporteren is geannuleerd.</translation>
    </message>
    <message>
        <source>processor record</source>
        <translation>register van de verwerker</translation>
    </message>
    <message>
        <source>controller record</source>
        <translation>register van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>%1 afdrukken…</translation>
    </message>
    <message>
        <source>The print was cancelled.</source>
        <translation>Het afdrukken is geannuleerd.</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Verzonden naar %1</translation>
    </message>
    <message>
        <source>ICO controller template (*.xlsx)</source>
        <translation>ICO-sjabloon voor verwerkingsverantwoordelijken (*.xlsx)</translation>
    </message>
    <message>
        <source>CNIL register, OpenDocument (*.ods)</source>
        <translation>CNIL-register, OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>CNIL register, Excel (*.xlsx)</source>
        <translation>CNIL-register, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Wijzigingen sinds</translation>
    </message>
    <message>
        <source>The record ends with the changes the project file&apos;s history records since the date, for the auditor</source>
        <translation>Het register eindigt met de wijzigingen die de geschiedenis van het projectbestand sinds de datum vastlegt, voor de auditor</translation>
    </message>
</context>
<context>
    <name>ropa::RetentionEditor</name>
    <message>
        <source>“%1” is not an ISO 8601 duration. Write P, a number and a unit: P30D (days), P6W (weeks), P6M (months), P6Y (years), or combine them: P1Y6M.</source>
        <translation>“%1” is geen ISO 8601-duur. Schrijf P, een getal en een eenheid: P30D (dagen), P6W (weken), P6M (maanden), P6Y (jaren), of combineer ze: P1Y6M.</translation>
    </message>
    <message>
        <source>Add retention rule</source>
        <translation>Bewaarregel toevoegen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaren</translation>
    </message>
    <message>
        <source>other (ISO 8601)</source>
        <translation>anders (ISO 8601)</translation>
    </message>
    <message>
        <source>A duration such as P1Y6M, typed on the right</source>
        <translation>Een duur zoals P1Y6M, rechts getypt</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. P6Y</source>
        <translation>ISO 8601, bijv. P6Y</translation>
    </message>
    <message>
        <source>The duration in ISO 8601: P30D, P6M, P6Y, P1Y6M</source>
        <translation>De duur in ISO 8601: P30D, P6M, P6Y, P1Y6M</translation>
    </message>
    <message>
        <source>e.g. end of contract, account dormant</source>
        <translation>bijv. einde van de overeenkomst, account inactief</translation>
    </message>
    <message>
        <source>e.g. Art. 52 AWR (tax law)</source>
        <translation>bijv. art. 52 AWR (belastingrecht)</translation>
    </message>
    <message>
        <source>As written in the source</source>
        <translation>Zoals vermeld in de bron</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorieën:</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Bewaren gedurende:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Na:</translation>
    </message>
    <message>
        <source>Legal reference:</source>
        <translation>Wettelijke grondslag:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Zoals vermeld:</translation>
    </message>
    <message>
        <source>Not a data category of this activity</source>
        <translation>Geen categorie persoonsgegevens van deze activiteit</translation>
    </message>
    <message>
        <source>Link data categories to the activity first</source>
        <translation>Koppel eerst categorieën van persoonsgegevens aan de activiteit</translation>
    </message>
    <message>
        <source>A new rule is kept once it has a duration, a trigger or the text as written.</source>
        <translation>Een nieuwe regel wordt bewaard zodra hij een duur, een aanleiding of de tekst zoals vermeld heeft.</translation>
    </message>
    <message>
        <source>A rule needs a duration, a trigger or the text as written.</source>
        <translation>Een regel heeft een duur, een aanleiding of de tekst zoals vermeld nodig.</translation>
    </message>
    <message>
        <source>A rule needs a duration, a trigger or the text as written; this change is not kept until it has one.</source>
        <translation>Een regel heeft een duur, een aanleiding of de tekst zoals vermeld nodig; deze wijziging wordt pas bewaard als hij er een heeft.</translation>
    </message>
</context>
<context>
    <name>ropa::SectionsPage</name>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documenten</translation>
    </message>
    <message>
        <source>1 party</source>
        <translation>1 partij</translation>
    </message>
    <message>
        <source>%1 parties</source>
        <translation>%1 partijen</translation>
    </message>
    <message>
        <source>1 data category</source>
        <translation>1 categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>%1 data categories</source>
        <translation>%1 categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>1 data subject</source>
        <translation>1 categorie betrokkenen</translation>
    </message>
    <message>
        <source>%1 data subjects</source>
        <translation>%1 categorieën van betrokkenen</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 bron</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 bronnen</translation>
    </message>
    <message>
        <source>1 security measure</source>
        <translation>1 beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>%1 security measures</source>
        <translation>%1 beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>1 processing activity</source>
        <translation>1 verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>%1 processing activities</source>
        <translation>%1 verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>1 transfer</source>
        <translation>1 doorgifte</translation>
    </message>
    <message>
        <source>%1 transfers</source>
        <translation>%1 doorgiften</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <source>Filter (Ctrl+L)</source>
        <translation>Filter (Ctrl+L)</translation>
    </message>
    <message>
        <source>Select an entry to edit it, or add one with Edit › Add.</source>
        <translation>Selecteer een item om het te bewerken, of voeg er een toe met Bewerken › Toevoegen.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Removing %1 also removes %2.</source>
        <translation>Als u %1 verwijdert, worden ook %2 verwijderd.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>It is also taken out of %1.</source>
        <translation>Het wordt ook verwijderd uit %1.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>1 system</source>
        <translation>1 systeem</translation>
    </message>
    <message>
        <source>%1 systems</source>
        <translation>%1 systemen</translation>
    </message>
</context>
<context>
    <name>ropa::SelectionDetails</name>
    <message>
        <source>&lt;b&gt;Selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geselecteerd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit in the inventory</source>
        <translation>Bewerken in de inventaris</translation>
    </message>
    <message>
        <source>Show this entry in its table, with every field to edit</source>
        <translation>Dit item in zijn tabel tonen, met alle velden om te bewerken</translation>
    </message>
    <message>
        <source>Close the details (they open again when you select another entry)</source>
        <translation>De details sluiten (ze openen weer als u een ander item selecteert)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>De details sluiten</translation>
    </message>
</context>
<context>
    <name>ropa::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>A new language applies when Ropa starts again.</source>
        <translation>Een nieuwe taal geldt zodra Ropa opnieuw start.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>How often a recovery copy of a project with unsaved changes is written. After a crash, Ropa offers to restore it.</source>
        <translation>Hoe vaak een herstelkopie van een project met niet-opgeslagen wijzigingen wordt geschreven. Na een crash biedt Ropa aan die terug te zetten.</translation>
    </message>
    <message>
        <source>Clear recent projects</source>
        <translation>Recente projecten wissen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>&amp;Recovery copy every:</source>
        <translation>&amp;Herstelkopie iedere:</translation>
    </message>
    <message>
        <source>The name each save records in the project file&apos;s history. Empty: your user name on this computer.</source>
        <translation>De naam die elke opslag in de geschiedenis van het projectbestand vastlegt. Leeg: uw gebruikersnaam op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Your name in the history:</source>
        <translation>&amp;Uw naam in de geschiedenis:</translation>
    </message>
</context>
<context>
    <name>ropa::SimpleEntityEditor</name>
    <message>
        <source>e.g. Customers, Call participants, Employees</source>
        <translation>bijv. klanten, gespreksdeelnemers, werknemers</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
</context>
<context>
    <name>ropa::SystemEditor</name>
    <message>
        <source>e.g. CRM, HR database, call recording platform</source>
        <translation>bijv. CRM, personeelsdatabase, platform voor gespreksopnames</translation>
    </message>
    <message>
        <source>Who hosts the system: your own organisation, or a party that does it for you</source>
        <translation>Wie het systeem host: uw eigen organisatie, of een partij die dat voor u doet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Hosted by:</source>
        <translation>Gehost door:</translation>
    </message>
    <message>
        <source>Hosted in:</source>
        <translation>Gehost in:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Not stated; %1 processes data in %2.</source>
        <translation>Niet vermeld; %1 verwerkt gegevens in %2.</translation>
    </message>
</context>
<context>
    <name>ropa::TransferEditor</name>
    <message>
        <source>What the recipient acts as</source>
        <translation>Als wat de ontvanger optreedt</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Commission Implementing Decision (EU) 2021/914, Annex, %1</source>
        <translation>Uitvoeringsbesluit (EU) 2021/914 van de Commissie, bijlage, %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Naar:</translation>
    </message>
    <message>
        <source>Recipient acts as:</source>
        <translation>Ontvanger treedt op als:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <source>For activities:</source>
        <translation>Voor activiteiten:</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Categorieën van persoonsgegevens:</translation>
    </message>
    <message>
        <source>Chapter V</source>
        <translation>Hoofdstuk V</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Landen:</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Mechanisme:</translation>
    </message>
    <message>
        <source>SCC module:</source>
        <translation>SCC-module:</translation>
    </message>
    <message>
        <source>Derogation:</source>
        <translation>Afwijking:</translation>
    </message>
    <message>
        <source>TIA done:</source>
        <translation>TIA uitgevoerd:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>A transfer goes from one party to another; both are “%1”.</source>
        <translation>Een doorgifte gaat van de ene partij naar de andere; beide zijn “%1”.</translation>
    </message>
    <message>
        <source>An SCC module needs the mechanism “%1”; choose it first.</source>
        <translation>Een SCC-module vereist het mechanisme “%1”; kies dat eerst.</translation>
    </message>
    <message>
        <source>Only with standard contractual clauses</source>
        <translation>Alleen bij modelcontractbepalingen</translation>
    </message>
    <message>
        <source>SCC module %1 is set but the mechanism is not standard contractual clauses: choose them, or set the module to “not stated”.</source>
        <translation>SCC-module %1 is ingesteld, maar het mechanisme is geen modelcontractbepalingen: kies die, of zet de module op “niet vermeld”.</translation>
    </message>
    <message>
        <source>A derogation is set but the mechanism is not “%1”.</source>
        <translation>Er is een afwijking ingesteld, maar het mechanisme is niet “%1”.</translation>
    </message>
    <message>
        <source>%1 was invalidated on %2 (%3): record the mechanism relied on now.</source>
        <translation>%1 is ongeldig verklaard op %2 (%3): leg het mechanisme vast waarop nu wordt gesteund.</translation>
    </message>
    <message>
        <source>Outside the EEA: %1. “Within the EEA” does not cover them.</source>
        <translation>Buiten de EER: %1. “Binnen de EER” dekt ze niet.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No mechanism stated for a transfer to %1 (no adequacy decision).</source>
        <translation>Geen mechanisme vermeld voor een doorgifte naar %1 (geen adequaatheidsbesluit).</translation>
    </message>
    <message>
        <source>No adequacy decision covers %1.</source>
        <translation>Geen adequaatheidsbesluit dekt %1.</translation>
    </message>
    <message>
        <source>“%1” is marked as not DPF-certified.</source>
        <translation>“%1” is gemarkeerd als niet DPF-gecertificeerd.</translation>
    </message>
    <message>
        <source>The DPF covers only certified U.S. organisations; whether “%1” is certified is not stated.</source>
        <translation>Het DPF dekt alleen gecertificeerde Amerikaanse organisaties; of “%1” gecertificeerd is, is niet vermeld.</translation>
    </message>
    <message>
        <source>Art. 49 GDPR derogations are for specific situations; Recital 111 speaks of transfers “where the transfer is occasional and necessary in relation to a contract or a legal claim”, and the EDPB (Guidelines 2/2018) reads them restrictively: not for regular or repetitive transfers.
No: a derogation used for a regular transfer (a finding).</source>
        <translation>De uitzonderingen van art. 49 AVG gelden voor specifieke situaties; overweging 111 noemt doorgiften die incidenteel zijn en noodzakelijk in verband met een overeenkomst of een rechtsvordering, en de EDPB (richtsnoeren 2/2018) legt ze restrictief uit: niet voor regelmatige of herhaalde doorgiften.
Nee: een uitzondering gebruikt voor een regelmatige doorgifte (een bevinding).</translation>
    </message>
    <message>
        <source>For the compelling-interests derogation: the assessment of the circumstances and the suitable safeguards</source>
        <translation>Voor de uitzondering voor dwingende gerechtvaardigde belangen: de beoordeling van de omstandigheden en de passende waarborgen</translation>
    </message>
    <message>
        <source>Art. 49(1), second subparagraph, GDPR: the controller “has assessed all the circumstances surrounding the data transfer and has on the basis of that assessment provided suitable safeguards”. Art. 49(6): “The controller or processor shall document the assessment as well as the suitable safeguards … in the records referred to in Article 30.” The Art. 30 record shows this text (item (e)).</source>
        <translation>Art. 49, lid 1, tweede alinea, AVG: de verwerkingsverantwoordelijke heeft alle omstandigheden rond de doorgifte beoordeeld en op basis daarvan passende waarborgen geboden. Art. 49, lid 6: de verwerkingsverantwoordelijke of de verwerker vermeldt de beoordeling en de passende waarborgen in het register van artikel 30. Het register volgens art. 30 toont deze tekst (onder e).</translation>
    </message>
    <message>
        <source>Occasional:</source>
        <translation>Incidenteel:</translation>
    </message>
    <message>
        <source>Suitable safeguards:</source>
        <translation>Passende waarborgen:</translation>
    </message>
    <message>
        <source>Not stated: the checks treat this transfer as regular, because the recipient acts as a processor. Set it to confirm or correct that.</source>
        <translation>Niet vermeld: de controles behandelen deze doorgifte als regelmatig, omdat de ontvanger als verwerker optreedt. Vul het in om dat te bevestigen of te corrigeren.</translation>
    </message>
    <message>
        <source>Not stated: the checks treat this transfer as regular, because it is part of an activity. Set it to confirm or correct that.</source>
        <translation>Niet vermeld: de controles behandelen deze doorgifte als regelmatig, omdat ze deel uitmaakt van een activiteit. Vul het in om dat te bevestigen of te corrigeren.</translation>
    </message>
    <message>
        <source>Not stated: the checks treat this transfer as occasional. Set it to confirm or correct that.</source>
        <translation>Niet vermeld: de controles behandelen deze doorgifte als incidenteel. Vul het in om dat te bevestigen of te corrigeren.</translation>
    </message>
    <message>
        <source>The compelling-interests derogation needs the assessment and the safeguards documented here (Art. 49(6)); the Art. 30 record shows “not stated”.</source>
        <translation>De uitzondering voor dwingende gerechtvaardigde belangen vraagt om de beoordeling en de waarborgen, hier vastgelegd (art. 49, lid 6); het register volgens art. 30 toont “niet vermeld”.</translation>
    </message>
    <message>
        <source>The DPF covers transfers to the United States only, not to %1.</source>
        <translation>Het DPF dekt alleen doorgiften naar de Verenigde Staten, niet naar %1.</translation>
    </message>
    <message>
        <source>The DPF covers organisations in the United States; “%1” is established in %2.</source>
        <translation>Het DPF dekt organisaties in de Verenigde Staten; “%1” is gevestigd in %2.</translation>
    </message>
    <message>
        <source>All data categories of its activities</source>
        <translation>Alle categorieën persoonsgegevens van de verwerkingen</translation>
    </message>
    <message>
        <source>On: the transfer carries every data category of the activities it is part of. Off with no category checked: not stated.</source>
        <translation>Aan: de doorgifte omvat alle categorieën persoonsgegevens van de verwerkingen waar zij bij hoort. Uit zonder aangevinkte categorie: niet vermeld.</translation>
    </message>
    <message>
        <source>Not stated: the record says so. Check “All data categories of its activities”, or the categories it carries.</source>
        <translation>Niet vermeld, en zo staat het in het register. Vink “Alle categorieën persoonsgegevens van de verwerkingen” aan, of de categorieën die worden doorgegeven.</translation>
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
        <translation>Uw gegevensinventaris en registers van verwerkingsactiviteiten (artikel 30 AVG).</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>Projecten die u opent, verschijnen hier.</translation>
    </message>
    <message>
        <source>Open the example %1 (a copy: the example itself never changes)</source>
        <translation>Het voorbeeld %1 openen (een kopie: het voorbeeld zelf verandert nooit)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (vendor policy)</source>
        <translation>%1 (beleid van de leverancier)</translation>
    </message>
</context>
<context>
    <name>ropa::checks</name>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>the EU</source>
        <translation>de EU</translation>
    </message>
    <message>
        <source>the EU-U.S. Privacy Shield</source>
        <translation>het EU-VS-privacyschild</translation>
    </message>
    <message>
        <source>Safe Harbour</source>
        <translation>Safe Harbour</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>ras of etnische afkomst</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politieke opvattingen</translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation>religieuze of levensbeschouwelijke overtuigingen</translation>
    </message>
    <message>
        <source>trade-union membership</source>
        <translation>lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation>genetische gegevens</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>biometrische gegevens</translation>
    </message>
    <message>
        <source>health data</source>
        <translation>gegevens over gezondheid</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>seksueel gedrag of seksuele gerichtheid</translation>
    </message>
    <message>
        <source>Activity “%1” has no purpose.</source>
        <translation>Activiteit “%1” heeft geen doel.</translation>
    </message>
    <message>
        <source>Activity “%1” has no lawful basis.</source>
        <translation>Activiteit “%1” heeft geen grondslag.</translation>
    </message>
    <message>
        <source>Activity “%1” names no data subjects.</source>
        <translation>Activiteit “%1” noemt geen betrokkenen.</translation>
    </message>
    <message>
        <source>Activity “%1” names no data categories.</source>
        <translation>Activiteit “%1” noemt geen categorieën van persoonsgegevens.</translation>
    </message>
    <message>
        <source>Activity “%1” has no retention for “%2”.</source>
        <translation>Activiteit “%1” heeft geen bewaartermijn voor “%2”.</translation>
    </message>
    <message>
        <source>Activity “%1” processes special-category data (“%2”, %3) without an Art. 9(2) condition.</source>
        <translation>Activiteit “%1” verwerkt bijzondere categorieën van persoonsgegevens (“%2”, %3) zonder uitzonderingsgrond van art. 9, lid 2.</translation>
    </message>
    <message>
        <source>Activity “%1” processes criminal-offence data (“%2”) without an Art. 10 basis.</source>
        <translation>Activiteit “%1” verwerkt strafrechtelijke gegevens (“%2”) zonder grondslag volgens art. 10.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on consent for “%2”, which activity “%3” bases on %4.</source>
        <translation>Activiteit “%1” baseert “%2” op toestemming, terwijl activiteit “%3” dit baseert op %4.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on legitimate interests without a note of the balancing test.</source>
        <translation>Activiteit “%1” baseert zich op gerechtvaardigd belang zonder notitie van de belangenafweging.</translation>
    </message>
    <message>
        <source>Transfer “%1” sends data to %2, outside the EEA and without an adequacy decision, with no transfer mechanism.</source>
        <translation>Doorgifte “%1” stuurt gegevens naar %2, buiten de EER en zonder adequaatheidsbesluit, zonder doorgiftemechanisme.</translation>
    </message>
    <message>
        <source>Transfer “%1” gives “%2” as its mechanism, but not every destination is in the EEA or covered by an adequacy decision: %3.</source>
        <translation>Doorgifte “%1” noemt “%2” als mechanisme, maar niet iedere bestemming ligt in de EER of valt onder een adequaatheidsbesluit: %3.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on %2, declared invalid on %3 by %4.</source>
        <translation>Doorgifte “%1” baseert zich op %2, ongeldig verklaard op %3 door %4.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but it sends data to %2, not the United States.</source>
        <translation>Doorgifte “%1” baseert zich op het EU-VS-gegevensprivacykader, maar stuurt gegevens naar %2, niet naar de Verenigde Staten.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but the recipient “%2” is established in %3, not the United States.</source>
        <translation>Doorgifte “%1” baseert zich op het EU-VS-gegevensprivacykader, maar ontvanger “%2” is gevestigd in %3, niet in de Verenigde Staten.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but “%2” is not DPF-certified.</source>
        <translation>Doorgifte “%1” baseert zich op het EU-VS-gegevensprivacykader, maar “%2” is niet DPF-gecertificeerd.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the EU-U.S. Data Privacy Framework, but “%2” is not recorded as DPF-certified.</source>
        <translation>Doorgifte “%1” baseert zich op het EU-VS-gegevensprivacykader, maar “%2” is niet als DPF-gecertificeerd vastgelegd.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on %2 for %3 without a transfer impact assessment date.</source>
        <translation>Doorgifte “%1” baseert zich op %2 voor %3 zonder datum van een doorgiftebeoordeling (TIA).</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on a derogation without saying which one.</source>
        <translation>Doorgifte “%1” baseert zich op een afwijking zonder te zeggen welke.</translation>
    </message>
    <message>
        <source>Transfer “%1” uses an Art. 49 derogation for a regular transfer: %2.</source>
        <translation>Doorgifte “%1” gebruikt een afwijking van art. 49 voor een structurele doorgifte: %2.</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the compelling-interests derogation without documented safeguards.</source>
        <translation>Doorgifte “%1” baseert zich op de afwijking wegens dwingende gerechtvaardigde belangen zonder gedocumenteerde waarborgen.</translation>
    </message>
    <message>
        <source>an invalidated mechanism</source>
        <translation>een ongeldig verklaard mechanisme</translation>
    </message>
    <message>
        <source>no valid mechanism</source>
        <translation>geen geldig mechanisme</translation>
    </message>
    <message>
        <source>“%1” reaches %2 only through %3; its weakest hop, “%4”, has %5.</source>
        <translation>“%1” bereikt %2 alleen via %3; de zwakste schakel, “%4”, heeft %5.</translation>
    </message>
    <message>
        <source>Subprocessor “%1” is reached through %2 with no processing agreement recorded for “%3”.</source>
        <translation>Subverwerker “%1” wordt bereikt via %2 zonder vastgelegde verwerkersovereenkomst voor “%3”.</translation>
    </message>
    <message>
        <source>Processor “%1” has no processing agreement date.</source>
        <translation>Verwerker “%1” heeft geen datum van de verwerkersovereenkomst.</translation>
    </message>
    <message>
        <source>Recipient “%1” has no country.</source>
        <translation>Ontvanger “%1” heeft geen land.</translation>
    </message>
    <message>
        <source>“%1” is named only as a category of recipients but receives special-category data (“%2”).</source>
        <translation>“%1” is alleen als categorie van ontvangers genoemd, maar ontvangt bijzondere persoonsgegevens (“%2”).</translation>
    </message>
    <message>
        <source>“%1” receives data as a processor but is named only as a category of recipients.</source>
        <translation>“%1” ontvangt gegevens als verwerker, maar is alleen als categorie van ontvangers genoemd.</translation>
    </message>
    <message>
        <source>all its data</source>
        <translation>al haar gegevens</translation>
    </message>
    <message>
        <source>Activity “%1” keeps “%2” for a vague period (“%3”): no duration and no trigger.</source>
        <translation>Activiteit “%1” bewaart “%2” voor een vage termijn (“%3”): geen duur en geen aanleiding.</translation>
    </message>
    <message>
        <source>Activity “%1” keeps “%2” for %3, longer than the %4 of the controller’s activity “%5”.</source>
        <translation>Activiteit “%1” bewaart “%2” %3, langer dan de %4 van de activiteit “%5” van de verwerkingsverantwoordelijke.</translation>
    </message>
    <message>
        <source>it processes special-category data (“%1”)</source>
        <translation>zij verwerkt bijzondere persoonsgegevens (“%1”)</translation>
    </message>
    <message>
        <source>it processes criminal-offence data (“%1”)</source>
        <translation>zij verwerkt strafrechtelijke gegevens (“%1”)</translation>
    </message>
    <message>
        <source>it analyses call recordings (speech analytics or profiling)</source>
        <translation>zij analyseert gespreksopnamen (spraakanalyse of profilering)</translation>
    </message>
    <message>
        <source>the record says a DPIA is required</source>
        <translation>het register zegt dat een DPIA vereist is</translation>
    </message>
    <message>
        <source>Activity “%1” likely needs a DPIA but none is recorded as done: %2.</source>
        <translation>Activiteit “%1” vereist waarschijnlijk een DPIA, maar er is geen uitgevoerde DPIA vastgelegd: %2.</translation>
    </message>
    <message>
        <source>Activity “%1” has never been reviewed.</source>
        <translation>Activiteit “%1” is nooit beoordeeld.</translation>
    </message>
    <message>
        <source>Activity “%1” was last reviewed on %2, more than %3 months ago.</source>
        <translation>Activiteit “%1” is voor het laatst beoordeeld op %2, meer dan %3 maanden geleden.</translation>
    </message>
    <message>
        <source>Data category “%1” is not used by any activity or transfer.</source>
        <translation>Categorie persoonsgegevens “%1” wordt door geen activiteit of doorgifte gebruikt.</translation>
    </message>
    <message>
        <source>Data subjects “%1” are not named by any activity.</source>
        <translation>Betrokkenen “%1” worden door geen activiteit genoemd.</translation>
    </message>
    <message>
        <source>Source “%1” is not used by any activity.</source>
        <translation>Bron “%1” wordt door geen activiteit gebruikt.</translation>
    </message>
    <message>
        <source>Party “%1” is not used by any activity or transfer.</source>
        <translation>Partij “%1” wordt door geen activiteit of doorgifte gebruikt.</translation>
    </message>
    <message>
        <source>Within the EEA</source>
        <translation>Binnen de EER</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>Adequaatheidsbesluit</translation>
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
        <translation>Gedragscode</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Privacy Shield</source>
        <translation>Privacyschild</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EER</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Passend beschermingsniveau</translation>
    </message>
    <message>
        <source>Safeguarded</source>
        <translation>Met waarborgen</translation>
    </message>
    <message>
        <source>Weak or none</source>
        <translation>Zwak of geen</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <source>Special (Art. 9)</source>
        <translation>Bijzonder (art. 9)</translation>
    </message>
    <message>
        <source>Criminal (Art. 10)</source>
        <translation>Strafrechtelijk (art. 10)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>≤ 6 months</source>
        <translation>≤ 6 maanden</translation>
    </message>
    <message>
        <source>≤ 1 year</source>
        <translation>≤ 1 jaar</translation>
    </message>
    <message>
        <source>≤ 3 years</source>
        <translation>≤ 3 jaar</translation>
    </message>
    <message>
        <source>≤ 10 years</source>
        <translation>≤ 10 jaar</translation>
    </message>
    <message>
        <source>&gt; 10 years</source>
        <translation>&gt; 10 jaar</translation>
    </message>
    <message>
        <source>Event only</source>
        <translation>Alleen gebeurtenis</translation>
    </message>
    <message>
        <source>Vague</source>
        <translation>Vaag</translation>
    </message>
    <message>
        <source>Purpose (b)</source>
        <translation>Doel (b)</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Data subjects (c)</source>
        <translation>Betrokkenen (c)</translation>
    </message>
    <message>
        <source>Data categories (c)</source>
        <translation>Categorieën van persoonsgegevens (c)</translation>
    </message>
    <message>
        <source>Recipients (d)</source>
        <translation>Ontvangers (d)</translation>
    </message>
    <message>
        <source>Retention (f)</source>
        <translation>Bewaartermijn (f)</translation>
    </message>
    <message>
        <source>Security measures (g)</source>
        <translation>Beveiligingsmaatregelen (g)</translation>
    </message>
    <message>
        <source>DPIA assessed</source>
        <translation>DPIA beoordeeld</translation>
    </message>
    <message>
        <source>Reviewed in 12 months</source>
        <translation>Beoordeeld in de laatste 12 maanden</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>This finding no longer occurs. The acceptance is kept with the project; reopen it to remove it.</source>
        <translation>Deze bevinding doet zich niet meer voor. De acceptatie blijft bij het project bewaard; heropen haar om haar te verwijderen.</translation>
    </message>
    <message>
        <source>This version of Ropa does not know the rule %1. The acceptance is kept with the project; reopen it to remove it.</source>
        <translation>Deze versie van Ropa kent de regel %1 niet. De acceptatie blijft bij het project bewaard; heropen haar om haar te verwijderen.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on consent, but the record says consent is a condition of the service.</source>
        <translation>Activiteit “%1” berust op toestemming, maar volgens het register is toestemming een voorwaarde voor de dienst.</translation>
    </message>
    <message>
        <source>Activity “%1” relies on consent that its notes or evidence call a condition of the service (“%2”); whether it is, is not stated.</source>
        <translation>Activiteit “%1” berust op toestemming die volgens de notities of het bewijs een voorwaarde voor de dienst is (“%2”); of dat zo is, is niet vermeld.</translation>
    </message>
    <message>
        <source>the record says it is not occasional</source>
        <translation>volgens het register is ze niet incidenteel</translation>
    </message>
    <message>
        <source>the recipient acts as a processor (whether the transfer is occasional is not stated)</source>
        <translation>de ontvanger treedt op als verwerker (of de doorgifte incidenteel is, is niet vermeld)</translation>
    </message>
    <message>
        <source>it is part of activity “%1” (whether the transfer is occasional is not stated)</source>
        <translation>ze maakt deel uit van activiteit “%1” (of de doorgifte incidenteel is, is niet vermeld)</translation>
    </message>
    <message>
        <source>Transfer “%1” relies on the compelling-interests derogation, and its suitable safeguards are not recorded (it cites evidence, but the Art. 30 record shows the safeguards field).</source>
        <translation>Doorgifte “%1” berust op de uitzondering voor dwingende gerechtvaardigde belangen, en de passende waarborgen zijn niet vastgelegd (er is bewijs, maar het register volgens art. 30 toont het veld met de waarborgen).</translation>
    </message>
    <message>
        <source>the record says it is large-scale processing</source>
        <translation>volgens het register is het een grootschalige verwerking</translation>
    </message>
    <message>
        <source>its name, purposes or notes call it large scale (“%1”; large-scale processing is not stated)</source>
        <translation>de naam, doeleinden of notities noemen haar grootschalig (“%1”; grootschalige verwerking is niet vermeld)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date in a finding</comment>
        <extracomment>Dates inside the findings&apos; messages, as a QDate format (yyyy year, MM month, dd day).</extracomment>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>Transfer “%1” sends “%2” to %3 relying on %4, without a transfer impact assessment date.</source>
        <translation>Doorgifte “%1” stuurt “%2” naar %3 op basis van %4, zonder datum van een doorgiftebeoordeling (TIA).</translation>
    </message>
    <message>
        <source>”, “</source>
        <comment>between two names in quotation marks: closing mark, comma, opening mark</comment>
        <translation>”, “</translation>
    </message>
    <message numerus="yes">
        <source>Processor “%1” has no processing agreement date: %n onward transfer(s) depend on it.</source>
        <translation>
            <numerusform>Verwerker “%1” heeft geen datum van de verwerkersovereenkomst: %n verdere doorgifte hangt daarvan af.</numerusform>
            <numerusform>Verwerker “%1” heeft geen datum van de verwerkersovereenkomst: %n verdere doorgiften hangen daarvan af.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>no transfer mechanism stated</source>
        <translation>geen vermeld doorgiftemechanisme</translation>
    </message>
    <message>
        <source>Transfer “%1” sends data to %2, outside the EEA and without an adequacy decision; its transfer mechanism is not stated.</source>
        <translation>Doorgifte “%1” stuurt gegevens naar %2, buiten de EER en zonder adequaatheidsbesluit; het doorgiftemechanisme is niet vermeld.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” passes data on to %2 in %n onward transfer(s) whose transfer mechanism is not stated; the destinations are outside the EEA and without an adequacy decision.</source>
        <translation>
            <numerusform>“%1” geeft gegevens door naar %2 in %n verdere doorgifte waarvan het doorgiftemechanisme niet is vermeld; de bestemmingen liggen buiten de EER en zonder adequaatheidsbesluit.</numerusform>
            <numerusform>“%1” geeft gegevens door naar %2 in %n verdere doorgiften waarvan het doorgiftemechanisme niet is vermeld; de bestemmingen liggen buiten de EER en zonder adequaatheidsbesluit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to “%1” send data to %2, outside the EEA and without an adequacy decision, with no transfer mechanism stated.</source>
        <translation>
            <numerusform>%n doorgifte aan “%1” stuurt gegevens naar %2, buiten de EER en zonder adequaatheidsbesluit, zonder vermeld doorgiftemechanisme.</numerusform>
            <numerusform>%n doorgiften aan “%1” sturen gegevens naar %2, buiten de EER en zonder adequaatheidsbesluit, zonder vermeld doorgiftemechanisme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data categories (“%1”) reach %2 only through %3; its weakest hop, “%4”, has %5.</source>
        <translation>
            <numerusform>%n gegevenscategorie (“%1”) bereikt %2 alleen via %3; de zwakste schakel, “%4”, heeft %5.</numerusform>
            <numerusform>%n gegevenscategorieën (“%1”) bereiken %2 alleen via %3; de zwakste schakel, “%4”, heeft %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no processing agreement recorded: %n subprocessor(s) are reached through it.</source>
        <translation>
            <numerusform>Voor “%1” is geen verwerkersovereenkomst vastgelegd: %n subverwerker wordt via deze partij bereikt.</numerusform>
            <numerusform>Voor “%1” is geen verwerkersovereenkomst vastgelegd: %n subverwerkers worden via deze partij bereikt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity “%1” takes decisions by automated means only, but does not state the logic involved.</source>
        <translation>Verwerking “%1” neemt uitsluitend geautomatiseerde besluiten, maar vermeldt de onderliggende logica niet.</translation>
    </message>
    <message>
        <source>Activity “%1” profiles data subjects, but does not state the logic involved.</source>
        <translation>Verwerking “%1” profileert betrokkenen, maar vermeldt de onderliggende logica niet.</translation>
    </message>
    <message>
        <source>the record says no DPIA was performed</source>
        <translation>volgens het register is geen gegevensbeschermingseffectbeoordeling uitgevoerd</translation>
    </message>
    <message>
        <source>whether a DPIA was performed is not stated</source>
        <translation>of een gegevensbeschermingseffectbeoordeling is uitgevoerd, is niet vermeld</translation>
    </message>
    <message numerus="yes">
        <source>Activity “%1” meets %n criteria of the DPIA screening (EDPB WP248), and %2.</source>
        <translation>
            <numerusform>Verwerking “%1” voldoet aan %n criterium van de toets voor een gegevensbeschermingseffectbeoordeling (EDPB WP248), en %2.</numerusform>
            <numerusform>Verwerking “%1” voldoet aan %n criteria van de toets voor een gegevensbeschermingseffectbeoordeling (EDPB WP248), en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>System “%1” is hosted by “%2” in %3, outside the EEA and without an adequacy decision, but no transfer to “%2” records it.</source>
        <translation>Systeem “%1” wordt door “%2” gehost in %3, buiten de EER en zonder adequaatheidsbesluit, maar geen doorgifte aan “%2” legt dat vast.</translation>
    </message>
    <message>
        <source>System “%1” is hosted in %2, outside the EEA and without an adequacy decision, and neither its hosting party nor a transfer is recorded.</source>
        <translation>Systeem “%1” wordt gehost in %2, buiten de EER en zonder adequaatheidsbesluit, en noch de hostende partij noch een doorgifte is vastgelegd.</translation>
    </message>
    <message>
        <source>every data subject of the activity</source>
        <translation>alle betrokkenen van de verwerking</translation>
    </message>
    <message>
        <source>Activity “%1” keeps “%2” of %3 without a retention.</source>
        <translation>Verwerking “%1” bewaart “%2” van %3 zonder bewaartermijn.</translation>
    </message>
    <message>
        <source>“%1” added the subprocessor “%2” in %3, without an adequacy decision or stated safeguards; the notice period to object ends on %4.</source>
        <translation>“%1” heeft de subverwerker “%2” in %3 toegevoegd, zonder adequaatheidsbesluit of vermelde waarborgen; de termijn om bezwaar te maken eindigt op %4.</translation>
    </message>
</context>
<context>
    <name>ropa::checks::FindingsModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted on %1: %2</source>
        <translation>Geaccepteerd op %1: %2</translation>
    </message>
    <message>
        <source>%1

How to fix: %2</source>
        <translation>%1

Oplossing: %2</translation>
    </message>
    <message>
        <source>%1
%2
How to fix: %3</source>
        <translation>%1
%2
Oplossing: %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No longer applies: %1</source>
        <translation>Niet meer van toepassing: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Geaccepteerd: %1</translation>
    </message>
    <message>
        <source>Accepted on %1: %2

This finding no longer occurs; the acceptance is kept with the project.</source>
        <translation>Geaccepteerd op %1: %2

Deze bevinding doet zich niet meer voor; de acceptatie blijft bij het project bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Affected (%n):</source>
        <translation>
            <numerusform>Betreft (%n):</numerusform>
            <numerusform>Betreft (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::checks::Rule</name>
    <message>
        <source>Activity without a purpose</source>
        <translation>Activiteit zonder doel</translation>
    </message>
    <message>
        <source>State the specific purposes for which the data are processed.</source>
        <translation>Vermeld de welbepaalde doeleinden waarvoor de gegevens worden verwerkt.</translation>
    </message>
    <message>
        <source>Activity without a lawful basis</source>
        <translation>Activiteit zonder grondslag</translation>
    </message>
    <message>
        <source>Choose the Art. 6(1) basis the controller relies on for this activity.</source>
        <translation>Kies de grondslag van art. 6, lid 1, waarop de verwerkingsverantwoordelijke zich voor deze activiteit baseert.</translation>
    </message>
    <message>
        <source>Activity without data subjects</source>
        <translation>Activiteit zonder betrokkenen</translation>
    </message>
    <message>
        <source>Link the categories of data subjects whose data the activity processes.</source>
        <translation>Koppel de categorieën van betrokkenen van wie de activiteit gegevens verwerkt.</translation>
    </message>
    <message>
        <source>Activity without data categories</source>
        <translation>Activiteit zonder categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Link the categories of personal data the activity processes.</source>
        <translation>Koppel de categorieën van persoonsgegevens die de activiteit verwerkt.</translation>
    </message>
    <message>
        <source>No retention for a data category</source>
        <translation>Geen bewaartermijn voor een categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Add a retention rule (a duration, a trigger event, or both) that covers the category.</source>
        <translation>Voeg een bewaarregel toe (een duur, een aanleiding of beide) die de categorie dekt.</translation>
    </message>
    <message>
        <source>Special-category data without an Art. 9(2) condition</source>
        <translation>Bijzondere persoonsgegevens zonder uitzonderingsgrond van art. 9, lid 2</translation>
    </message>
    <message>
        <source>Record the Art. 9(2) condition (for example explicit consent, employment law, health care), or stop processing the data.</source>
        <translation>Leg de uitzonderingsgrond van art. 9, lid 2, vast (bijvoorbeeld uitdrukkelijke toestemming, arbeidsrecht, gezondheidszorg), of stop met de verwerking.</translation>
    </message>
    <message>
        <source>Criminal-offence data without an Art. 10 basis</source>
        <translation>Strafrechtelijke gegevens zonder grondslag volgens art. 10</translation>
    </message>
    <message>
        <source>Record the Union or Member State law that authorises the processing (Art. 10 basis).</source>
        <translation>Leg het Unierecht of lidstatelijk recht vast dat de verwerking toestaat (grondslag volgens art. 10).</translation>
    </message>
    <message>
        <source>Consent and another basis for the same purpose</source>
        <translation>Toestemming én een andere grondslag voor hetzelfde doel</translation>
    </message>
    <message>
        <source>Pick one lawful basis per purpose. If the processing is needed for the contract, do not also ask for consent; withdrawal must stop the processing.</source>
        <translation>Kies één grondslag per doel. Is de verwerking nodig voor de overeenkomst, vraag dan niet ook om toestemming; intrekking moet de verwerking beëindigen.</translation>
    </message>
    <message>
        <source>Consent made a condition of the service</source>
        <translation>Toestemming als voorwaarde voor de dienst</translation>
    </message>
    <message>
        <source>Legitimate interests without a balancing test</source>
        <translation>Gerechtvaardigd belang zonder belangenafweging</translation>
    </message>
    <message>
        <source>Transfer to a third country without a mechanism</source>
        <translation>Doorgifte aan een derde land zonder mechanisme</translation>
    </message>
    <message>
        <source>Put a Chapter V mechanism in place (SCCs with a transfer impact assessment, DPF for certified US recipients, BCRs) or stop the transfer.</source>
        <translation>Zorg voor een mechanisme volgens hoofdstuk V (modelcontractbepalingen met doorgiftebeoordeling, DPF voor gecertificeerde Amerikaanse ontvangers, BCR&apos;s) of stop de doorgifte.</translation>
    </message>
    <message>
        <source>EEA or adequacy stated for a destination that is neither</source>
        <translation>EER of adequaatheidsbesluit vermeld voor een bestemming die geen van beide is</translation>
    </message>
    <message>
        <source>Correct the destination countries or the mechanism: the destination is outside the EEA and has no adequacy decision.</source>
        <translation>Corrigeer de landen van bestemming of het mechanisme: de bestemming ligt buiten de EER en heeft geen adequaatheidsbesluit.</translation>
    </message>
    <message>
        <source>Transfer relies on an invalidated framework</source>
        <translation>Doorgifte baseert zich op een ongeldig verklaard kader</translation>
    </message>
    <message>
        <source>Privacy Shield and Safe Harbour were declared invalid by the Court of Justice. Switch to DPF (if the recipient is certified) or SCCs with a transfer impact assessment.</source>
        <translation>Het privacyschild en Safe Harbour zijn door het Hof van Justitie ongeldig verklaard. Stap over op het DPF (als de ontvanger gecertificeerd is) of op modelcontractbepalingen met een doorgiftebeoordeling.</translation>
    </message>
    <message>
        <source>DPF used for a destination or recipient outside the US</source>
        <translation>DPF gebruikt voor een bestemming of ontvanger buiten de VS</translation>
    </message>
    <message>
        <source>The Data Privacy Framework covers US organisations only. Use another mechanism for other countries.</source>
        <translation>Het gegevensprivacykader geldt alleen voor Amerikaanse organisaties. Gebruik voor andere landen een ander mechanisme.</translation>
    </message>
    <message>
        <source>DPF used for a recipient that is not DPF-certified</source>
        <translation>DPF gebruikt voor een ontvanger die niet DPF-gecertificeerd is</translation>
    </message>
    <message>
        <source>Check the recipient on the Data Privacy Framework List and record its certification, or use SCCs.</source>
        <translation>Controleer de ontvanger op de Data Privacy Framework List en leg de certificering vast, of gebruik modelcontractbepalingen.</translation>
    </message>
    <message>
        <source>SCCs or BCRs without a transfer impact assessment</source>
        <translation>Modelcontractbepalingen of BCR&apos;s zonder doorgiftebeoordeling</translation>
    </message>
    <message>
        <source>Carry out a transfer impact assessment for the destination and record its date.</source>
        <translation>Voer een doorgiftebeoordeling (TIA) uit voor de bestemming en leg de datum vast.</translation>
    </message>
    <message>
        <source>Derogation used for a regular transfer</source>
        <translation>Afwijking gebruikt voor een structurele doorgifte</translation>
    </message>
    <message>
        <source>Derogation without saying which one</source>
        <translation>Afwijking zonder te zeggen welke</translation>
    </message>
    <message>
        <source>Record which Art. 49(1) derogation applies (a to g, or the second subparagraph).</source>
        <translation>Leg vast welke afwijking van art. 49, lid 1, van toepassing is (a tot en met g, of de tweede alinea).</translation>
    </message>
    <message>
        <source>Compelling-interests derogation without documented safeguards</source>
        <translation>Afwijking wegens dwingende belangen zonder gedocumenteerde waarborgen</translation>
    </message>
    <message>
        <source>Data reach a third country only through a weak chain</source>
        <translation>Gegevens bereiken een derde land alleen via een zwakke keten</translation>
    </message>
    <message>
        <source>Fix the weakest transfer on the chain (a valid mechanism on every hop), or stop the category from being passed on.</source>
        <translation>Herstel de zwakste doorgifte in de keten (een geldig mechanisme bij iedere schakel), of voorkom dat de categorie wordt doorgegeven.</translation>
    </message>
    <message>
        <source>Subprocessor reached without a processor agreement</source>
        <translation>Subverwerker bereikt zonder verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Obtain the subprocessor agreement (or the processor&apos;s flow-down terms) and record its date on the party.</source>
        <translation>Vraag de subverwerkersovereenkomst op (of de doorgeschakelde voorwaarden van de verwerker) en leg de datum bij de partij vast.</translation>
    </message>
    <message>
        <source>Processor without a processing agreement</source>
        <translation>Verwerker zonder verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Sign a data processing agreement with the processor and record its date.</source>
        <translation>Sluit een verwerkersovereenkomst met de verwerker en leg de datum vast.</translation>
    </message>
    <message>
        <source>Recipient without a country</source>
        <translation>Ontvanger zonder land</translation>
    </message>
    <message>
        <source>Record where the recipient is established and where it processes the data.</source>
        <translation>Leg vast waar de ontvanger gevestigd is en waar hij de gegevens verwerkt.</translation>
    </message>
    <message>
        <source>Special-category data to a recipient named only as a category</source>
        <translation>Bijzondere persoonsgegevens naar een ontvanger die alleen als categorie is genoemd</translation>
    </message>
    <message>
        <source>Name the recipients that receive special-category data (ask for the current subprocessor list).</source>
        <translation>Noem de ontvangers die bijzondere persoonsgegevens ontvangen (vraag de actuele lijst van subverwerkers op).</translation>
    </message>
    <message>
        <source>Processor named only as a category</source>
        <translation>Verwerker alleen als categorie genoemd</translation>
    </message>
    <message>
        <source>Ask for the named (sub)processors, with their countries: without names the controller cannot authorise or object to them (Art. 28(2)).</source>
        <translation>Vraag de (sub)verwerkers bij naam op, met hun landen: zonder namen kan de verwerkingsverantwoordelijke geen toestemming geven of bezwaar maken (art. 28, lid 2).</translation>
    </message>
    <message>
        <source>Vague retention</source>
        <translation>Vage bewaartermijn</translation>
    </message>
    <message>
        <source>Processor keeps data longer than the controller</source>
        <translation>Verwerker bewaart gegevens langer dan de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Align the processor&apos;s retention with the controller&apos;s instructions; the processor must delete or return the data.</source>
        <translation>Stem de bewaartermijn van de verwerker af op de instructies van de verwerkingsverantwoordelijke; de verwerker moet de gegevens wissen of terugbezorgen.</translation>
    </message>
    <message>
        <source>DPIA likely required but not done</source>
        <translation>DPIA waarschijnlijk vereist maar niet uitgevoerd</translation>
    </message>
    <message>
        <source>Activity not reviewed in the last 12 months</source>
        <translation>Activiteit niet beoordeeld in de laatste 12 maanden</translation>
    </message>
    <message>
        <source>Review the activity with its owner and record the date.</source>
        <translation>Beoordeel de activiteit met de eigenaar en leg de datum vast.</translation>
    </message>
    <message>
        <source>Data category that nothing uses</source>
        <translation>Categorie persoonsgegevens die nergens wordt gebruikt</translation>
    </message>
    <message>
        <source>Link the category to the activities and transfers that process it, or remove it.</source>
        <translation>Koppel de categorie aan de activiteiten en doorgiften die haar verwerken, of verwijder haar.</translation>
    </message>
    <message>
        <source>Data subjects that nothing uses</source>
        <translation>Betrokkenen die nergens worden gebruikt</translation>
    </message>
    <message>
        <source>Link the data subjects to their activities, or remove them.</source>
        <translation>Koppel de betrokkenen aan hun activiteiten, of verwijder ze.</translation>
    </message>
    <message>
        <source>Source that nothing uses</source>
        <translation>Bron die nergens wordt gebruikt</translation>
    </message>
    <message>
        <source>Link the source to the activities that collect from it, or remove it.</source>
        <translation>Koppel de bron aan de activiteiten die eruit verzamelen, of verwijder haar.</translation>
    </message>
    <message>
        <source>Party that no activity or transfer uses</source>
        <translation>Partij die door geen activiteit of doorgifte wordt gebruikt</translation>
    </message>
    <message>
        <source>Record the transfers to or from the party, or remove it.</source>
        <translation>Leg de doorgiften van of naar de partij vast, of verwijder haar.</translation>
    </message>
    <message>
        <source>Replace “as long as necessary” by a duration (e.g. P6M) or a trigger event (e.g. end of contract).</source>
        <translation>Vervang “zo lang als nodig” door een bewaartermijn (bijv. P6M) of een gebeurtenis waarmee die begint (bijv. einde van de overeenkomst).</translation>
    </message>
    <message>
        <source>Consent that the service depends on is not freely given. Unbundle it from the terms, or rely on another basis (contract) for what the service needs. Where the notes were read, set “Consent is a condition of the service” to yes or no.</source>
        <translation>Toestemming waarvan de dienst afhangt, is niet vrijelijk gegeven. Koppel haar los van de voorwaarden, of gebruik een andere grondslag (overeenkomst) voor wat de dienst nodig heeft. Waar de notities zijn gelezen: zet “Toestemming is voorwaarde voor de dienst” op ja of nee.</translation>
    </message>
    <message>
        <source>Document the legitimate interests assessment (interest, necessity, balancing) and record its date and conclusion under “Balancing test” in the activity.</source>
        <translation>Documenteer de belangenafweging (belang, noodzaak, afweging) en leg de datum en de conclusie vast onder “Belangenafweging” in de activiteit.</translation>
    </message>
    <message>
        <source>Art. 49 derogations are for occasional transfers. For a processor or a recurring transfer use an Art. 46 safeguard (SCCs) instead. Where the transfer is occasional, set “Occasional” to yes.</source>
        <translation>De uitzonderingen van art. 49 zijn voor incidentele doorgiften. Gebruik voor een verwerker of een terugkerende doorgifte een waarborg van art. 46 (modelcontractbepalingen). Is de doorgifte incidenteel, zet dan “Incidenteel” op ja.</translation>
    </message>
    <message>
        <source>Document the assessment and the suitable safeguards, record them under “Suitable safeguards” on the transfer (the Art. 30 record shows them), and inform the supervisory authority.</source>
        <translation>Documenteer de beoordeling en de passende waarborgen, leg ze vast onder “Passende waarborgen” bij de doorgifte (het register volgens art. 30 toont ze) en informeer de toezichthoudende autoriteit.</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment and record its date. Where the notes were read for “large scale”, set “Large-scale processing” to yes or no.</source>
        <translation>Voer een gegevensbeschermingseffectbeoordeling uit en leg de datum vast. Waar de notities op “grootschalig” zijn gelezen: zet “Grootschalige verwerking” op ja of nee.</translation>
    </message>
    <message>
        <source>Call content or special-category data under SCCs or BCRs without a transfer impact assessment</source>
        <translation>Gespreksinhoud of bijzondere persoonsgegevens onder modelcontractbepalingen of BCR&apos;s zonder doorgiftebeoordeling</translation>
    </message>
    <message>
        <source>Before sending call recordings, transcripts, special-category or criminal-offence data to this destination, carry out a transfer impact assessment, take the supplementary measures it calls for (such as encryption with keys kept in the EEA), and record its date.</source>
        <translation>Voer een doorgiftebeoordeling (TIA) uit voordat u gespreksopnames, transcripties, bijzondere of strafrechtelijke persoonsgegevens naar deze bestemming stuurt, neem de aanvullende maatregelen die daaruit volgen (zoals versleuteling met sleutels die in de EER blijven) en leg de datum vast.</translation>
    </message>
    <message>
        <source>Transfer to a third country whose mechanism is not stated</source>
        <translation>Doorgifte aan een derde land waarvan het mechanisme niet is vermeld</translation>
    </message>
    <message>
        <source>Find out which Chapter V mechanism covers the transfer (the recipient&apos;s DPA or subprocessor list usually says: SCCs, the DPF) and record it. If there is none, put one in place or stop the transfer.</source>
        <translation>Zoek uit welk mechanisme volgens hoofdstuk V de doorgifte dekt (de verwerkersovereenkomst of subverwerkerslijst van de ontvanger zegt het meestal: modelcontractbepalingen, het DPF) en leg het vast. Is er geen, zorg dan voor een mechanisme of stop de doorgifte.</translation>
    </message>
    <message>
        <source>Data item without a retention</source>
        <translation>Gegeven zonder bewaartermijn</translation>
    </message>
    <message>
        <source>State how long the data item is kept (a duration, or the period as written), or add a retention rule of the activity that covers its category.</source>
        <translation>Vermeld hoe lang het gegeven wordt bewaard (een duur, of de termijn zoals beschreven), of voeg een bewaarregel aan de verwerking toe die de categorie dekt.</translation>
    </message>
    <message>
        <source>System hosted outside the EEA without a transfer</source>
        <translation>Systeem buiten de EER gehost zonder doorgifte</translation>
    </message>
    <message>
        <source>Record the transfer to the hosting party with the countries and its Chapter V mechanism, or correct the system&apos;s hosting party and locations.</source>
        <translation>Leg de doorgifte aan de hostende partij vast met de landen en het mechanisme van hoofdstuk V, of corrigeer de hostende partij en de locaties van het systeem.</translation>
    </message>
    <message>
        <source>Automated decisions without their logic</source>
        <translation>Geautomatiseerde besluiten zonder hun logica</translation>
    </message>
    <message>
        <source>Describe the logic involved in the automated decisions (what data, which criteria, how they are weighed) and their significance and envisaged consequences for the data subject.</source>
        <translation>Beschrijf de logica van de geautomatiseerde besluiten (welke gegevens, welke criteria, hoe ze worden gewogen) en het belang en de verwachte gevolgen voor de betrokkene.</translation>
    </message>
    <message>
        <source>DPIA screening meets two or more criteria, no DPIA</source>
        <translation>Toets voldoet aan twee of meer criteria, geen gegevensbeschermingseffectbeoordeling</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment and record it as performed, with its date and report; or record in the screening&apos;s outcome why no high risk is likely despite the criteria.</source>
        <translation>Voer een gegevensbeschermingseffectbeoordeling uit en leg vast dat die is uitgevoerd, met datum en rapport; of leg in de uitkomst van de toets vast waarom ondanks de criteria geen hoog risico waarschijnlijk is.</translation>
    </message>
    <message>
        <source>New subprocessor in a third country while the objection period is open</source>
        <translation>Nieuwe subverwerker in een derde land terwijl de bezwaartermijn loopt</translation>
    </message>
    <message>
        <source>Before the deadline, ask the vendor for the transfer mechanism (and record it on the transfer), or object to the new subprocessor as the DPA allows.</source>
        <translation>Vraag vóór de termijn afloopt de leverancier naar het doorgiftemechanisme (en leg het vast bij de doorgifte), of maak bezwaar tegen de nieuwe subverwerker zoals de verwerkersovereenkomst toestaat.</translation>
    </message>
</context>
<context>
    <name>ropa::cli</name>
    <message>
        <source>check: --fail-on must be high, medium or low, not “%1”</source>
        <translation>check: --fail-on moet high, medium of low zijn, niet “%1”</translation>
    </message>
    <message>
        <source>check: --today must be a date YYYY-MM-DD, not “%1”</source>
        <translation>check: --today moet een datum JJJJ-MM-DD zijn, niet “%1”</translation>
    </message>
    <message>
        <source>accepted %1: %2</source>
        <translation>geaccepteerd %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low open, %4 accepted</source>
        <translation>
            <numerusform>%n bevinding: %1 hoog, %2 middel, %3 laag open, %4 geaccepteerd</numerusform>
            <numerusform>%n bevindingen: %1 hoog, %2 middel, %3 laag open, %4 geaccepteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low</source>
        <translation>
            <numerusform>%n bevinding: %1 hoog, %2 middel, %3 laag</numerusform>
            <numerusform>%n bevindingen: %1 hoog, %2 middel, %3 laag</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no data category “%2” in this project</source>
        <translation>%1: geen gegevenscategorie “%2” in dit project</translation>
    </message>
    <message>
        <source>graph: --format must be one of svg, png, pdf, dot, graphml</source>
        <translation>graph: --format moet svg, png, pdf, dot of graphml zijn</translation>
    </message>
    <message>
        <source>graph: %1</source>
        <translation>graph: %1</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>er is niets geschreven</translation>
    </message>
    <message>
        <source>Run the compliance checks (docs/findings.md) and print one finding per line: severity, rule, entity, message. Exit 1 when a finding at or above the --fail-on threshold is open, 0 when none is, 2 on bad input.</source>
        <translation>Voert de nalevingscontroles uit (docs/findings.md) en drukt één bevinding per regel af: ernst, regel, entiteit, melding. Afsluitcode 1 als een bevinding op of boven de drempel van --fail-on openstaat, 0 als er geen is, 2 bij ongeldige invoer.</translation>
    </message>
    <message>
        <source>A .ropa project or a JSON interchange file.</source>
        <translation>Een .ropa-project of een JSON-uitwisselingsbestand.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON afdrukken in plaats van tekst.</translation>
    </message>
    <message>
        <source>Lowest severity that makes the exit code 1: high, medium or low (default: low).</source>
        <translation>Laagste ernst die afsluitcode 1 geeft: high, medium of low (standaard: low).</translation>
    </message>
    <message>
        <source>Date to check reviews against, YYYY-MM-DD (default: today).</source>
        <translation>Datum waartegen herzieningen worden getoetst, JJJJ-MM-DD (standaard: vandaag).</translation>
    </message>
    <message>
        <source>the findings and messages</source>
        <translation>de bevindingen en meldingen</translation>
    </message>
    <message>
        <source>compliance findings: check FILE [--json] [--fail-on high|medium|low] [--lang en|nl|de]</source>
        <translation>nalevingsbevindingen: check BESTAND [--json] [--fail-on high|medium|low] [--lang en|nl|de]</translation>
    </message>
    <message>
        <source>Write the Article 30 record of processing activities (controller: Art. 30(1); processor: Art. 30(2)).</source>
        <translation>Schrijft het register van verwerkingsactiviteiten van artikel 30 (verwerkingsverantwoordelijke: art. 30 lid 1; verwerker: art. 30 lid 2).</translation>
    </message>
    <message>
        <source>controller (default) or processor.</source>
        <translation>controller (standaard, verwerkingsverantwoordelijke) of processor (verwerker).</translation>
    </message>
    <message>
        <source>Language of the record (default: en).</source>
        <translation>Taal van het register (standaard: en).</translation>
    </message>
    <message>
        <source>Output file (required; written atomically).</source>
        <translation>Uitvoerbestand (verplicht; in één keer geschreven).</translation>
    </message>
    <message>
        <source>Only activities of this own entity (name or id).</source>
        <translation>Alleen activiteiten van deze eigen entiteit (naam of id).</translation>
    </message>
    <message>
        <source>Only activities in this role: controller, joint_controller or processor.</source>
        <translation>Alleen activiteiten in deze rol: controller, joint_controller of processor.</translation>
    </message>
    <message>
        <source>Only activities with this owner.</source>
        <translation>Alleen activiteiten met deze eigenaar.</translation>
    </message>
    <message>
        <source>CSV only: write cells as they are (no protection against formula injection).</source>
        <translation>Alleen CSV: cellen schrijven zoals ze zijn (geen bescherming tegen formule-injectie).</translation>
    </message>
    <message>
        <source>CSV only: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>Alleen CSV: beginnen met een UTF-8-bytevolgordemarkering (voor Excel).</translation>
    </message>
    <message>
        <source>Date of the record, YYYY-MM-DD (default: today).</source>
        <translation>Datum van het register, JJJJ-MM-DD (standaard: vandaag).</translation>
    </message>
    <message>
        <source>export: -o OUT is required</source>
        <translation>export: -o UIT is verplicht</translation>
    </message>
    <message>
        <source>export: --record must be controller or processor, not “%1”</source>
        <translation>export: --record moet controller of processor zijn, niet “%1”</translation>
    </message>
    <message>
        <source>export: language “%1” is not available (available: %2)</source>
        <translation>export: taal “%1” is niet beschikbaar (beschikbaar: %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>export: --date must be YYYY-MM-DD</source>
        <translation>export: --date moet JJJJ-MM-DD zijn</translation>
    </message>
    <message>
        <source>export: no own entity “%1” in %2</source>
        <translation>export: geen eigen entiteit “%1” in %2</translation>
    </message>
    <message>
        <source>export: --role must be one of %1</source>
        <translation>export: --role moet een van %1 zijn</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the processor record (%n activities, %1% complete) to %2</source>
        <translation>
            <numerusform>Register van de verwerker (%n activiteit, %1% volledig) geschreven naar %2</numerusform>
            <numerusform>Register van de verwerker (%n activiteiten, %1% volledig) geschreven naar %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the controller record (%n activities, %1% complete) to %2</source>
        <translation>
            <numerusform>Register van de verwerkingsverantwoordelijke (%n activiteit, %1% volledig) geschreven naar %2</numerusform>
            <numerusform>Register van de verwerkingsverantwoordelijke (%n activiteiten, %1% volledig) geschreven naar %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the onward-transfer graph (of one data category, or of every transfer) as SVG, PNG, PDF, DOT (Graphviz) or GraphML.</source>
        <translation>Tekent de graaf van (verdere) doorgiften (van één gegevenscategorie, of van alle doorgiften) als SVG, PNG, PDF, DOT (Graphviz) of GraphML.</translation>
    </message>
    <message>
        <source>svg, png, pdf, dot or graphml (required).</source>
        <translation>svg, png, pdf, dot of graphml (verplicht).</translation>
    </message>
    <message>
        <source>Only where this data category (name or id) can go.</source>
        <translation>Alleen waar deze gegevenscategorie (naam of id) terecht kan komen.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Uitvoerbestand (standaard: standaarduitvoer).</translation>
    </message>
    <message>
        <source>the picture&apos;s title, labels and legend</source>
        <translation>de titel, labels en legenda van de afbeelding</translation>
    </message>
    <message>
        <source>Every party and country a data category (or any data) can reach through onward transfers, with its chains and weakest mechanism.</source>
        <translation>Elke partij en elk land die een gegevenscategorie (of welke gegevens dan ook) via verdere doorgiften kan bereiken, met de ketens en het zwakste mechanisme.</translation>
    </message>
    <message>
        <source>The data category (name or id).</source>
        <translation>De gegevenscategorie (naam of id).</translation>
    </message>
    <message>
        <source>Print JSON (docs/reach-json.md).</source>
        <translation>JSON afdrukken (docs/reach-json.md).</translation>
    </message>
    <message>
        <source>Chains listed per party or country (default 50).</source>
        <translation>Aantal getoonde ketens per partij of land (standaard 50).</translation>
    </message>
    <message>
        <source>reach: --max-chains must be a number from 1 to 100000</source>
        <translation>reach: --max-chains moet een getal van 1 tot 100000 zijn</translation>
    </message>
    <message>
        <source>draw the transfer graph: graph FILE --format svg|png|pdf|dot|graphml [--category NAME] [--lang en|nl|de] -o OUT</source>
        <translation>de doorgiftegraaf tekenen: graph BESTAND --format svg|png|pdf|dot|graphml [--category NAAM] [--lang en|nl|de] -o UIT</translation>
    </message>
    <message>
        <source>where data can go, with chains: reach FILE [--category NAME] [--json]</source>
        <translation>waar gegevens terecht kunnen komen, met ketens: reach BESTAND [--category NAAM] [--json]</translation>
    </message>
    <message>
        <source>Create an empty project with one own organisation.</source>
        <translation>Maakt een leeg project met één eigen organisatie.</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Het projectbestand dat wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Name of the organisation (required).</source>
        <translation>Naam van de organisatie (verplicht).</translation>
    </message>
    <message>
        <source>Country of establishment, ISO 3166-1 alpha-2 (e.g. NL).</source>
        <translation>Land van vestiging, ISO 3166-1 alpha-2 (bijv. NL).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>BESTAND vervangen als het bestaat.</translation>
    </message>
    <message>
        <source>new: --name is required (the name of your organisation)</source>
        <translation>new: --name is verplicht (de naam van uw organisatie)</translation>
    </message>
    <message>
        <source>new: “%1” is not an ISO 3166-1 alpha-2 country code</source>
        <translation>new: “%1” is geen landcode volgens ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Aangemaakt: %1</translation>
    </message>
    <message>
        <source>Show a project&apos;s format version, own entities and counts.</source>
        <translation>Toont de formaatversie, de eigen entiteiten en de aantallen van een project.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>%1 (JSON interchange)</source>
        <translation>%1 (JSON-uitwisselingsbestand)</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Formaatversie:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Own entities:</source>
        <translation>Eigen entiteiten:</translation>
    </message>
    <message>
        <source>Check a .ropa or JSON project with every check that opening does. Exit 0 when valid, 2 when not.</source>
        <translation>Controleert een .ropa- of JSON-project met alle controles die bij het openen worden gedaan. Afsluitcode 0 als het geldig is, anders 2.</translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is a valid Ropa project (format %2, %n entities)</source>
        <translation>
            <numerusform>OK: %1 is een geldig Ropa-project (formaat %2, %n entiteit)</numerusform>
            <numerusform>OK: %1 is een geldig Ropa-project (formaat %2, %n entiteiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a project in the JSON interchange format.</source>
        <translation>Schrijft een project in het JSON-uitwisselingsformaat.</translation>
    </message>
    <message>
        <source>The project to export.</source>
        <translation>Het project dat wordt geëxporteerd.</translation>
    </message>
    <message>
        <source>Create a .ropa project from a JSON interchange file. Nothing is written unless the whole file is valid.</source>
        <translation>Maakt een .ropa-project van een JSON-uitwisselingsbestand. Er wordt niets geschreven tenzij het hele bestand geldig is.</translation>
    </message>
    <message>
        <source>The JSON file to import.</source>
        <translation>Het JSON-bestand dat wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>The .ropa file to write (required).</source>
        <translation>Het .ropa-bestand dat wordt geschreven (verplicht).</translation>
    </message>
    <message>
        <source>Replace OUT.ropa if it exists.</source>
        <translation>UIT.ropa vervangen als het bestaat.</translation>
    </message>
    <message>
        <source>import-json: -o OUT.ropa is required</source>
        <translation>import-json: -o UIT.ropa is verplicht</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 geïmporteerd in %2</translation>
    </message>
    <message>
        <source>create an empty project: new FILE.ropa --name NAME [--country CC]</source>
        <translation>een leeg project maken: new BESTAND.ropa --name NAAM [--country LAND]</translation>
    </message>
    <message>
        <source>format version, own entities and counts: info FILE [--json]</source>
        <translation>formaatversie, eigen entiteiten en aantallen: info BESTAND [--json]</translation>
    </message>
    <message>
        <source>every check that opening does: validate FILE (.ropa or .json)</source>
        <translation>alle controles van het openen: validate BESTAND (.ropa of .json)</translation>
    </message>
    <message>
        <source>write the JSON interchange format: export-json FILE.ropa [-o OUT.json]</source>
        <translation>het JSON-uitwisselingsformaat schrijven: export-json BESTAND.ropa [-o UIT.json]</translation>
    </message>
    <message>
        <source>create a .ropa from JSON: import-json IN.json -o OUT.ropa</source>
        <translation>een .ropa maken van JSON: import-json IN.json -o UIT.ropa</translation>
    </message>
    <message>
        <source>Language of %1: %2 (default: en).</source>
        <translation>Taal van %1: %2 (standaard: en).</translation>
    </message>
    <message>
        <source>%1: language “%2” is not available (available: %3)</source>
        <translation>%1: taal “%2” is niet beschikbaar (beschikbaar: %3)</translation>
    </message>
    <message>
        <source>%1: the translation into “%2” could not be loaded</source>
        <translation>%1: de vertaling naar “%2” kon niet worden geladen</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>“%1” kon niet worden geopend.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or add --force to replace it.</source>
        <translation>“%1” bestaat al; kies een andere naam of voeg --force toe om het te vervangen.</translation>
    </message>
    <message>
        <source>“%1” is open in Ropa by %2; close it there first.</source>
        <translation>“%1” is in Ropa geopend door %2; sluit het daar eerst.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: en).</source>
        <translation>Taal van de meldingen: %1 (standaard: en).</translation>
    </message>
    <message>
        <source>%1: %2 (see ropa-cli %1 --help)</source>
        <translation>%1: %2 (zie ropa-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: expected %2 file argument(s) (see ropa-cli %1 --help)</source>
        <translation>%1: %2 bestandsargument(en) verwacht (zie ropa-cli %1 --help)</translation>
    </message>
    <message>
        <source>Usage: ropa-cli COMMAND [options] FILE</source>
        <translation>Gebruik: ropa-cli OPDRACHT [opties] BESTAND</translation>
    </message>
    <message>
        <source>Keeps GDPR Article 30 records of processing activities.</source>
        <translation>Houdt registers van verwerkingsactiviteiten bij volgens artikel 30 AVG.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run “ropa-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Voer “ropa-cli OPDRACHT --help” uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Every command takes --lang LANG (%1) for the language of its messages.</source>
        <translation>Elke opdracht accepteert --lang TAAL (%1) voor de taal van de meldingen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 findings, 2 bad input or usage.</source>
        <translation>Afsluitcodes: 0 gelukt, 1 bevindingen, 2 ongeldige invoer of aanroep.</translation>
    </message>
    <message>
        <source>the built-in reference data is broken: %1</source>
        <translation>de ingebouwde referentiegegevens zijn beschadigd: %1</translation>
    </message>
    <message>
        <source>unknown command “%1” (see ropa-cli --help)</source>
        <translation>onbekende opdracht “%1” (zie ropa-cli --help)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>What differs between two versions of a project: entities added, removed and changed, field by field. Exit code 0: the same; 1: different; 2: bad input.</source>
        <translation>Wat er verschilt tussen twee versies van een project: toegevoegde, verwijderde en gewijzigde entiteiten, veld voor veld. Afsluitcode 0: gelijk; 1: verschillend; 2: ongeldige invoer.</translation>
    </message>
    <message>
        <source>Two projects, each a .ropa file or a JSON interchange file.</source>
        <translation>Twee projecten, elk een .ropa-bestand of een JSON-uitwisselingsbestand.</translation>
    </message>
    <message>
        <source>Print JSON (docs/compare-merge.md).</source>
        <translation>JSON afdrukken (docs/compare-merge.md).</translation>
    </message>
    <message>
        <source>“%1” and “%2” share no entity: they are not two versions of one project, so everything shows as removed and added.</source>
        <translation>“%1” en “%2” hebben geen entiteit gemeen: het zijn geen twee versies van één project, dus alles verschijnt als verwijderd en toegevoegd.</translation>
    </message>
    <message>
        <source>ropa-cli: note: %1</source>
        <translation>ropa-cli: let op: %1</translation>
    </message>
    <message>
        <source>Merge two edited copies of a project with their common base: what one side changed is taken, fields changed differently on both sides are conflicts. Exit code 0: merged and written; 1: conflicts (listed, nothing written); 2: bad input.</source>
        <translation>Twee bewerkte kopieën van een project samenvoegen met hun gemeenschappelijke basis: wat één kant wijzigde wordt overgenomen, velden die aan beide kanten verschillend zijn gewijzigd zijn conflicten. Afsluitcode 0: samengevoegd en geschreven; 1: conflicten (opgesomd, niets geschreven); 2: ongeldige invoer.</translation>
    </message>
    <message>
        <source>The common base and the two copies, each a .ropa file or a JSON interchange file.</source>
        <translation>De gemeenschappelijke basis en de twee kopieën, elk een .ropa-bestand of een JSON-uitwisselingsbestand.</translation>
    </message>
    <message>
        <source>The merged project (.ropa, or JSON for any other name); replaced if it exists (required).</source>
        <translation>Het samengevoegde project (.ropa, of JSON bij elke andere naam); wordt vervangen als het bestaat (verplicht).</translation>
    </message>
    <message>
        <source>Decide every conflict for one side: ours or theirs.</source>
        <translation>Elk conflict beslissen voor één kant: ours (onze) of theirs (hun).</translation>
    </message>
    <message>
        <source>merge: -o OUT is required (a .ropa or .json file)</source>
        <translation>merge: -o OUT is verplicht (een .ropa- of .json-bestand)</translation>
    </message>
    <message>
        <source>merge: --prefer must be ours or theirs</source>
        <translation>merge: --prefer moet ours of theirs zijn</translation>
    </message>
    <message>
        <source>“%1” shares no entity with one of the copies: it is not their common base, so most changes will show as conflicts or as additions.</source>
        <translation>“%1” heeft geen entiteit gemeen met een van de kopieën: het is niet hun gemeenschappelijke basis, dus de meeste wijzigingen verschijnen als conflicten of als toevoegingen.</translation>
    </message>
    <message numerus="yes">
        <source>Merged into “%1”: %n change(s) taken into ours.</source>
        <translation>
            <numerusform>Samengevoegd in “%1”: %n wijziging overgenomen in onze kopie.</numerusform>
            <numerusform>Samengevoegd in “%1”: %n wijzigingen overgenomen in onze kopie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not merged: the merged project would not be valid:</source>
        <translation>Niet samengevoegd: het samengevoegde project zou niet geldig zijn:</translation>
    </message>
    <message numerus="yes">
        <source>Not merged: %n conflict(s) to decide (nothing was written; --prefer ours|theirs decides them all).</source>
        <translation>
            <numerusform>Niet samengevoegd: %n conflict te beslissen (niets geschreven; --prefer ours|theirs beslist ze allemaal).</numerusform>
            <numerusform>Niet samengevoegd: %n conflicten te beslissen (niets geschreven; --prefer ours|theirs beslist ze allemaal).</numerusform>
        </translation>
    </message>
    <message>
        <source>three-way merge of two copies: merge BASE OURS THEIRS -o OUT [--json] [--prefer ours|theirs]</source>
        <translation>drieweg-samenvoeging van twee kopieën: merge BASE OURS THEIRS -o OUT [--json] [--prefer ours|theirs]</translation>
    </message>
    <message>
        <source>location not stated</source>
        <translation>locatie niet vermeld</translation>
    </message>
    <message>
        <source>(not understood: %1)</source>
        <translation>(niet begrepen: %1)</translation>
    </message>
    <message>
        <source>Read a vendor&apos;s subprocessor list (CSV, Markdown table, HTML table or plain text) and print its subprocessors with the countries their locations resolve to, and what was not understood.</source>
        <translation>Lees de lijst van subverwerkers van een leverancier (CSV, Markdown-tabel, HTML-tabel of platte tekst) en toon de subverwerkers met de landen van hun locaties, en wat niet begrepen is.</translation>
    </message>
    <message>
        <source>The list as a file.</source>
        <translation>De lijst als bestand.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON afdrukken.</translation>
    </message>
    <message>
        <source>the messages and country names</source>
        <translation>de meldingen en landnamen</translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s) read</source>
        <translation>
            <numerusform>%n subverwerker gelezen</numerusform>
            <numerusform>%n subverwerkers gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: location not stated (%2)</source>
        <translation>%1: locatie niet vermeld (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>%1: not a country: %2</source>
        <translation>%1: geen land: %2</translation>
    </message>
    <message numerus="yes">
        <source>Unresolved locations (%n):</source>
        <translation>
            <numerusform>Niet herkende locatie (%n):</numerusform>
            <numerusform>Niet herkende locaties (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not understood:</source>
        <translation>Niet begrepen:</translation>
    </message>
    <message>
        <source>What changed between two versions of a vendor&apos;s subprocessor list: added, removed, renamed, location, purpose and data shared changed. Exit code 0: no change, 1: changes, 2: bad input.</source>
        <translation>Wat er veranderd is tussen twee versies van de lijst van subverwerkers van een leverancier: toegevoegd, verwijderd, hernoemd, locatie, doel en gedeelde gegevens gewijzigd. Afsluitcode 0: geen verschil, 1: wijzigingen, 2: onjuiste invoer.</translation>
    </message>
    <message>
        <source>The version accepted before, and the new one.</source>
        <translation>De eerder geaccepteerde versie, en de nieuwe.</translation>
    </message>
    <message>
        <source>Print JSON: added, removed, renamed, changed.</source>
        <translation>JSON afdrukken: added, removed, renamed, changed.</translation>
    </message>
    <message numerus="yes">
        <source>affects (%n): %1</source>
        <translation>
            <numerusform>betreft (%n): %1</numerusform>
            <numerusform>betreft (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the comparison as a document, as the program&apos;s Compare with… exports it: md (Markdown) or html.</source>
        <translation>Druk de vergelijking af als document, zoals Vergelijken met… in het programma het exporteert: md (Markdown) of html.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: md or html.</source>
        <translation>Onbekend formaat “%1”: md of html.</translation>
    </message>
    <message>
        <source>what differs between two projects: diff A B [--json | --format md|html]</source>
        <translation>wat er verschilt tussen twee projecten: diff A B [--json | --format md|html]</translation>
    </message>
    <message>
        <source>Read %1 (CSV, %2, separator “%3”), headings in line %4.</source>
        <translation>%1 gelezen (CSV, %2, scheidingsteken “%3”), kopjes in regel %4.</translation>
    </message>
    <message>
        <source>Read %1 (%2, sheet “%3”), headings in row %4.</source>
        <translation>%1 gelezen (%2, blad “%3”), kopjes in rij %4.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>Activities: %1 added, %2 updated, %3 already there.</source>
        <translation>Verwerkingen: %1 toegevoegd, %2 aangevuld, %3 waren er al.</translation>
    </message>
    <message>
        <source>%1 added, %2 matched</source>
        <translation>%1 toegevoegd, %2 gevonden</translation>
    </message>
    <message numerus="yes">
        <source>Unresolved values (%n), kept as written or left out:</source>
        <translation>
            <numerusform>Niet herkende waarde (%n), bewaard zoals geschreven of weggelaten:</numerusform>
            <numerusform>Niet herkende waarden (%n), bewaard zoals geschreven of weggelaten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(row(s) %1)</source>
        <translation>
            <numerusform>(rij %1)</numerusform>
            <numerusform>(rijen %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Say once what a value means in the mapping&apos;s “values” (--save-mapping, then --mapping; docs/import.md).</source>
        <translation>Zeg één keer wat een waarde betekent in “values” van de koppeling (--save-mapping, dan --mapping; docs/import.md).</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefdraaien: er is niets geschreven.</translation>
    </message>
    <message>
        <source>Written to “%1”.</source>
        <translation>Geschreven naar “%1”.</translation>
    </message>
    <message>
        <source>Import a register kept in a spreadsheet (XLSX, ODS or CSV) into a new or an open project: the heading row and the columns are found from the headings (English, Dutch, German, French) or given in a mapping file; lawful bases, countries and retention periods are resolved, and every value that is not is listed. Entities are matched by name, never duplicated. Exit code 0: imported; 1: imported with unresolved values; 2: bad input, nothing written.</source>
        <translation>Een register uit een rekenblad (XLSX, ODS of CSV) importeren in een nieuw of een open project: de kopregel en de kolommen worden gevonden uit de kopjes (Engels, Nederlands, Duits, Frans) of opgegeven in een koppelingsbestand; rechtsgronden, landen en bewaartermijnen worden herkend, en elke waarde die niet herkend wordt, wordt genoemd. Items worden op naam gekoppeld, nooit dubbel aangemaakt. Afsluitcode 0: geïmporteerd; 1: geïmporteerd met niet herkende waarden; 2: ongeldige invoer, niets geschreven.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>Het blad dat geïmporteerd wordt (standaard: het eerste).</translation>
    </message>
    <message>
        <source>The heading row and columns as a JSON file (docs/import.md).</source>
        <translation>De kopregel en de kolommen als JSON-bestand (docs/import.md).</translation>
    </message>
    <message>
        <source>Write the mapping used to a JSON file, to correct and give again with --mapping.</source>
        <translation>De gebruikte koppeling naar een JSON-bestand schrijven, om te verbeteren en weer op te geven met --mapping.</translation>
    </message>
    <message>
        <source>The project to import into (a .ropa file).</source>
        <translation>Het project waarin geïmporteerd wordt (een .ropa-bestand).</translation>
    </message>
    <message>
        <source>A new project to write (.ropa); needs --name.</source>
        <translation>Een nieuw project om te schrijven (.ropa); vraagt --name.</translation>
    </message>
    <message>
        <source>The new project&apos;s name (also its own organisation&apos;s name when the register names no controller).</source>
        <translation>De naam van het nieuwe project (ook die van de eigen organisatie als het register geen verwerkingsverantwoordelijke noemt).</translation>
    </message>
    <message>
        <source>Replace NEW.ropa if it exists.</source>
        <translation>NEW.ropa vervangen als het bestaat.</translation>
    </message>
    <message>
        <source>Say what would be added, matched and left unresolved; write nothing.</source>
        <translation>Zeggen wat toegevoegd, gekoppeld en niet herkend zou worden; niets schrijven.</translation>
    </message>
    <message>
        <source>import: give either --into PROJECT.ropa or -o NEW.ropa --name NAME</source>
        <translation>import: geef --into PROJECT.ropa of -o NEW.ropa --name NAAM op</translation>
    </message>
    <message>
        <source>import: -o NEW.ropa needs --name NAME, the new project&apos;s name</source>
        <translation>import: -o NEW.ropa vraagt --name NAAM, de naam van het nieuwe project</translation>
    </message>
    <message>
        <source>import: --into takes a .ropa project file</source>
        <translation>import: --into neemt een .ropa-projectbestand</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2” (its sheets: %3)</source>
        <translation>%1 heeft geen blad “%2” (de bladen: %3)</translation>
    </message>
    <message>
        <source>%1: the sheet “%2” has no activity below its headings (row %3); nothing to import</source>
        <translation>%1: het blad “%2” heeft geen verwerking onder de kopjes (rij %3); niets te importeren</translation>
    </message>
    <message>
        <source>the imported project would not be valid: %1</source>
        <translation>het geïmporteerde project zou niet geldig zijn: %1</translation>
    </message>
    <message>
        <source>CSV only, one table per file: record (default), recipients, transfers, retention, completeness, controllers, processors, identity, data_items, systems, automated_decisions, dpia, documents, accepted_findings (those the record has).</source>
        <translation>Alleen CSV, één tabel per bestand: record (standaard), recipients, transfers, retention, completeness, controllers, processors, identity, data_items, systems, automated_decisions, dpia, documents, accepted_findings (die het register heeft).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) as the AVG register&apos;s JSON to %1</source>
        <translation>
            <numerusform>%n verwerking als JSON van het AVG-register geschreven naar %1</numerusform>
            <numerusform>%n verwerkingen als JSON van het AVG-register geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The register: an .xlsx, .ods or .csv file, or the Dutch government register&apos;s .json export.</source>
        <translation>Het register: een .xlsx-, .ods- of .csv-bestand, of de .json-export van het AVG-register van de Rijksoverheid.</translation>
    </message>
    <message>
        <source>Read %1 (%2).</source>
        <translation>%1 gelezen (%2).</translation>
    </message>
    <message numerus="yes">
        <source>(record(s) %1)</source>
        <translation>
            <numerusform>(verwerking %1)</numerusform>
            <numerusform>(verwerkingen %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients the register gives only as prose are kept in the activity&apos;s notes; make them parties where they are organisations.</source>
        <translation>Ontvangers die het register alleen in tekst noemt staan in de notities van de verwerking; maak er partijen van waar het organisaties zijn.</translation>
    </message>
    <message>
        <source>Wrote the %1 register template to %2</source>
        <translation>Registersjabloon %1 geschreven naar %2</translation>
    </message>
    <message>
        <source>xlsx, pdf, html, odt, csv or md (default: from the suffix of OUT); a register template: ico-xlsx, cnil-ods or cnil-xlsx; or avg-register-json (every activity as the Dutch government register&apos;s JSON).</source>
        <translation>xlsx, pdf, html, odt, csv of md (standaard: naar de extensie van UIT); een registersjabloon: ico-xlsx, cnil-ods of cnil-xlsx; of avg-register-json (elke verwerking als JSON van het AVG-register van de Rijksoverheid).</translation>
    </message>
    <message>
        <source>export: unknown format “%1” (xlsx, pdf, html, odt, csv, md, ico-xlsx, cnil-ods, cnil-xlsx, avg-register-json)</source>
        <translation>export: onbekend formaat “%1” (xlsx, pdf, html, odt, csv, md, ico-xlsx, cnil-ods, cnil-xlsx, avg-register-json)</translation>
    </message>
    <message>
        <source>the Article 30 record: export FILE --record controller|processor --format xlsx|pdf|html|odt|csv|md|ico-xlsx|cnil-ods|cnil-xlsx|avg-register-json [--lang en|nl|de] -o OUT</source>
        <translation>het register van artikel 30: export BESTAND --record controller|processor --format xlsx|pdf|html|odt|csv|md|ico-xlsx|cnil-ods|cnil-xlsx|avg-register-json [--lang en|nl|de] -o UIT</translation>
    </message>
    <message>
        <source>Read %1 (%2, sheets “%3”).</source>
        <translation>%1 gelezen (%2, bladen “%3”).</translation>
    </message>
    <message>
        <source>How to read IN: auto (by its content, the default; finds the templates below), ico (the ICO&apos;s controller template), cnil (the CNIL&apos;s register, a sheet per activity), ropa-xlsx (Ropa&apos;s XLSX record), avg-register (the Dutch government register&apos;s JSON export) or csv (as CSV text whatever its name).</source>
        <translation>Hoe IN gelezen wordt: auto (naar de inhoud, de standaard; herkent de sjablonen hierna), ico (het controllersjabloon van de ICO), cnil (het register van de CNIL, een blad per activiteit), ropa-xlsx (het XLSX-register van Ropa), avg-register (de JSON-export van het AVG-register van de Rijksoverheid) of csv (als CSV-tekst, wat de naam ook is).</translation>
    </message>
    <message>
        <source>import: --template must be auto, ico, cnil, ropa-xlsx, avg-register or csv</source>
        <translation>import: --template moet auto, ico, cnil, ropa-xlsx, avg-register of csv zijn</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelezen als %1.</translation>
    </message>
    <message>
        <source>%1: %2 holds no activity; nothing to import</source>
        <translation>%1: %2 bevat geen activiteit; niets te importeren</translation>
    </message>
    <message>
        <source>a register from XLSX, ODS or CSV: import IN (--into PROJECT.ropa | -o NEW.ropa --name NAME) [--template auto|ico|cnil|ropa-xlsx|csv] [--mapping MAP.json] [--sheet NAME] [--dry-run] [--json]</source>
        <translation>een register uit XLSX, ODS of CSV: import IN (--into PROJECT.ropa | -o NEW.ropa --name NAAM) [--template auto|ico|cnil|ropa-xlsx|csv] [--mapping MAP.json] [--sheet NAAM] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Add an appendix with the changes saved since this date, from the file&apos;s history (.ropa only).</source>
        <translation>Een bijlage toevoegen met de wijzigingen die sinds deze datum zijn opgeslagen, uit de geschiedenis van het bestand (alleen .ropa).</translation>
    </message>
    <message>
        <source>export: --changes-since must be YYYY-MM-DD</source>
        <translation>export: --changes-since moet JJJJ-MM-DD zijn</translation>
    </message>
    <message>
        <source>export: --changes-since needs a .ropa file: a JSON file keeps no history</source>
        <translation>export: --changes-since vraagt een .ropa-bestand: een JSON-bestand houdt geen geschiedenis bij</translation>
    </message>
    <message>
        <source>The file&apos;s history: who saved it when, what changed and why, and whether the chain of entries is intact. Exit code 0: intact; 1: broken (the first entry that does not check is named); 2: bad input.</source>
        <translation>De geschiedenis van het bestand: wie het wanneer opsloeg, wat er veranderde en waarom, en of de keten van vermeldingen intact is. Afsluitcode 0: intact; 1: verbroken (de eerste vermelding die niet klopt wordt genoemd); 2: onjuiste invoer.</translation>
    </message>
    <message>
        <source>A .ropa project.</source>
        <translation>Een .ropa-project.</translation>
    </message>
    <message>
        <source>Only check the chain and say whether it is intact.</source>
        <translation>Alleen de keten controleren en zeggen of die intact is.</translation>
    </message>
    <message>
        <source>List each entry&apos;s changes field by field.</source>
        <translation>De wijzigingen van elke vermelding veld voor veld opsommen.</translation>
    </message>
    <message>
        <source>ropa-cli: note: “%1” was saved by an older Ropa (format %2): its history starts at its first save in this version.</source>
        <translation>ropa-cli: let op: „%1” is opgeslagen door een oudere Ropa (formaat %2): de geschiedenis begint bij de eerste opslag in deze versie.</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>chain ok</source>
        <translation>keten ok</translation>
    </message>
    <message>
        <source>CHAIN BROKEN</source>
        <translation>KETEN VERBROKEN</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>“%1” has no history yet: it starts at the file&apos;s next save in Ropa.</source>
        <translation>„%1” heeft nog geen geschiedenis: die begint bij de volgende opslag van het bestand in Ropa.</translation>
    </message>
    <message>
        <source>the file&apos;s history of saves and its hash chain: history FILE [--json] [--verify] [--changes]</source>
        <translation>de geschiedenis van opslagen in het bestand en de hashketen: history BESTAND [--json] [--verify] [--changes]</translation>
    </message>
    <message>
        <source>Usage: ropa-cli subprocessors read LIST [--json] [--lang LANG]
       ropa-cli subprocessors diff OLD_LIST NEW_LIST [--json] [--lang LANG]
       ropa-cli subprocessors import PROJECT LIST --vendor NAME [--updated YYYY-MM-DD] [--source URL] [--notice YYYY-MM-DD] [--dry-run] [--json]
       ropa-cli subprocessors history PROJECT --vendor NAME [--json]
</source>
        <translation>Gebruik: ropa-cli subprocessors read LIJST [--json] [--lang TAAL]
         ropa-cli subprocessors diff OUDE_LIJST NIEUWE_LIJST [--json] [--lang TAAL]
         ropa-cli subprocessors import PROJECT LIJST --vendor NAAM [--updated JJJJ-MM-DD] [--source URL] [--notice JJJJ-MM-DD] [--dry-run] [--json]
         ropa-cli subprocessors history PROJECT --vendor NAAM [--json]
</translation>
    </message>
    <message>
        <source>subprocessors: expected “read”, “diff”, “import” or “history” (see ropa-cli subprocessors --help)</source>
        <translation>subprocessors: verwacht “read”, “diff”, “import” of “history” (zie ropa-cli subprocessors --help)</translation>
    </message>
    <message>
        <source>a vendor&apos;s subprocessor list: subprocessors read LIST [--json] | subprocessors diff OLD_LIST NEW_LIST [--json] [--lang en|nl|de] | subprocessors import PROJECT LIST --vendor NAME [--dry-run] [--json] | subprocessors history PROJECT --vendor NAME [--json]</source>
        <translation>de lijst van subverwerkers van een leverancier: subprocessors read LIJST [--json] | subprocessors diff OUDE_LIJST NIEUWE_LIJST [--json] [--lang en|nl|de] | subprocessors import PROJECT LIJST --vendor NAAM [--dry-run] [--json] | subprocessors history PROJECT --vendor NAAM [--json]</translation>
    </message>
    <message>
        <source>no party of the project is named “%1”</source>
        <translation>geen partij van het project heet “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n parties of the project are named like “%1”; give the exact name</source>
        <translation>
            <numerusform>%n partij van het project heet zoals “%1”; geef de precieze naam</numerusform>
            <numerusform>%n partijen van het project heten zoals “%1”; geef de precieze naam</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form YYYY-MM-DD</source>
        <translation>%1: “%2” is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>The objection period ended on %1.</source>
        <translation>De bezwaartermijn is geëindigd op %1.</translation>
    </message>
    <message>
        <source>Object by %1.</source>
        <translation>Maak bezwaar vóór of op %1.</translation>
    </message>
    <message>
        <source>Apply a vendor&apos;s subprocessor list to a project as onward transfers from the vendor (for the activities and data categories the vendor receives), keep it as a version of the vendor&apos;s list, and print what changed since the last version and what that does to the map.</source>
        <translation>Een lijst van subverwerkers van een leverancier op een project toepassen als doorgiften vanaf de leverancier (voor de activiteiten en gegevenscategorieën die de leverancier ontvangt), haar bewaren als versie van de lijst van de leverancier, en tonen wat er sinds de vorige versie is veranderd en wat dat aan de kaart verandert.</translation>
    </message>
    <message>
        <source>The project (.ropa or .json), and the list as a file.</source>
        <translation>Het project (.ropa of .json) en de lijst als bestand.</translation>
    </message>
    <message>
        <source>The vendor (a party) whose list it is.</source>
        <translation>De leverancier (een partij) van wie de lijst is.</translation>
    </message>
    <message>
        <source>The date the list says it was updated.</source>
        <translation>De datum waarop de lijst zegt bijgewerkt te zijn.</translation>
    </message>
    <message>
        <source>Where the list was published (default: the file name).</source>
        <translation>Waar de lijst is gepubliceerd (standaard: de bestandsnaam).</translation>
    </message>
    <message>
        <source>The date the vendor&apos;s change notice was received.</source>
        <translation>De datum waarop de wijzigingsmelding van de leverancier is ontvangen.</translation>
    </message>
    <message>
        <source>Print the changes; do not save.</source>
        <translation>De wijzigingen tonen; niet opslaan.</translation>
    </message>
    <message>
        <source>subprocessors import: give the vendor with --vendor NAME</source>
        <translation>subprocessors import: geef de leverancier met --vendor NAAM</translation>
    </message>
    <message>
        <source>the project would not be valid: %1</source>
        <translation>het project zou niet geldig zijn: %1</translation>
    </message>
    <message>
        <source>This list is the last version applied for “%1”: nothing changes.</source>
        <translation>Deze lijst is de laatst toegepaste versie voor “%1”: er verandert niets.</translation>
    </message>
    <message>
        <source>First version of the list of “%1”.</source>
        <translation>Eerste versie van de lijst van “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n new party(ies)</source>
        <translation>
            <numerusform>%n nieuwe partij</numerusform>
            <numerusform>%n nieuwe partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new transfer(s)</source>
        <translation>
            <numerusform>%n nieuwe doorgifte</numerusform>
            <numerusform>%n nieuwe doorgiften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) changed</source>
        <translation>
            <numerusform>%n doorgifte gewijzigd</numerusform>
            <numerusform>%n doorgiften gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) removed</source>
        <translation>
            <numerusform>%n doorgifte verwijderd</numerusform>
            <numerusform>%n doorgiften verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Proefrun: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>The versions of a vendor&apos;s subprocessor list a project keeps, each with what changed since the one before.</source>
        <translation>De versies van de lijst van subverwerkers van een leverancier die een project bewaart, elk met wat er sinds de vorige is veranderd.</translation>
    </message>
    <message>
        <source>The project (.ropa or .json).</source>
        <translation>Het project (.ropa of .json).</translation>
    </message>
    <message>
        <source>The vendor (a party).</source>
        <translation>De leverancier (een partij).</translation>
    </message>
    <message>
        <source>subprocessors history: give the vendor with --vendor NAME</source>
        <translation>subprocessors history: geef de leverancier met --vendor NAAM</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, read %2 from %3: %n row(s)</source>
        <translation>
            <numerusform>Versie %1, gelezen op %2 uit %3: %n rij</numerusform>
            <numerusform>Versie %1, gelezen op %2 uit %3: %n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>(list updated %1)</source>
        <translation>(lijst bijgewerkt op %1)</translation>
    </message>
    <message>
        <source>The project keeps no list of “%1”.</source>
        <translation>Het project bewaart geen lijst van “%1”.</translation>
    </message>
</context>
<context>
    <name>ropa::compare</name>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 bij “%2”</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Accepted finding</source>
        <translation>Geaccepteerde bevinding</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 (trigger: %2)</source>
        <translation>%1 (aanleiding: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>vereist</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>niet vereist</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>uitgevoerd %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>our copy</source>
        <translation>onze kopie</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>hun kopie</translation>
    </message>
    <message>
        <source>Project details changed</source>
        <translation>Projectgegevens gewijzigd</translation>
    </message>
    <message>
        <source>%1 “%2” added</source>
        <translation>%1 “%2” toegevoegd</translation>
    </message>
    <message>
        <source>%1 “%2” removed</source>
        <translation>%1 “%2” verwijderd</translation>
    </message>
    <message>
        <source>%1 “%2” changed (was “%3”)</source>
        <translation>%1 “%2” gewijzigd (was “%3”)</translation>
    </message>
    <message>
        <source>%1 “%2” changed</source>
        <translation>%1 “%2” gewijzigd</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: toegevoegd %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: verwijderd %2</translation>
    </message>
    <message>
        <source>%1: reordered</source>
        <translation>%1: andere volgorde</translation>
    </message>
    <message>
        <source>The two projects are the same.</source>
        <translation>De twee projecten zijn gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n wijziging.</numerusform>
            <numerusform>%n wijzigingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projectgegevens</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Conflict in %1, %2:</source>
        <translation>Conflict in %1, %2:</translation>
    </message>
    <message>
        <source>base: %1</source>
        <translation>basis: %1</translation>
    </message>
    <message>
        <source>ours: %1</source>
        <translation>onze: %1</translation>
    </message>
    <message>
        <source>theirs: %1</source>
        <translation>hun: %1</translation>
    </message>
    <message>
        <source>Conflict: %1 was removed in %2 and changed in %3.</source>
        <translation>Conflict: %1 is verwijderd in %2 en gewijzigd in %3.</translation>
    </message>
    <message>
        <source>Conflict: %1 was removed in %2, but “%3” refers to it in %4.</source>
        <translation>Conflict: %1 is verwijderd in %2, maar “%3” verwijst ernaar in %4.</translation>
    </message>
    <message>
        <source>Decided for %1.</source>
        <translation>Beslist voor %1.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Geaccepteerde bevindingen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>%1 (was “%2”)</source>
        <translation>%1 (was “%2”)</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2</source>
        <translation>Vergelijking van %1 en %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Vergeleken</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>The two projects share no entity: they are not two versions of one project, so everything shows as removed and added.</source>
        <translation>De twee projecten hebben geen enkele entiteit gemeen: het zijn geen twee versies van één project, dus alles staat als verwijderd en toegevoegd.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, afkomstig van %2</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>no automated decisions</source>
        <translation>geen geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profilering</translation>
    </message>
    <message>
        <source>no profiling</source>
        <translation>geen profilering</translation>
    </message>
    <message>
        <source>logic: %1</source>
        <translation>logica: %1</translation>
    </message>
    <message>
        <source>significance: %1</source>
        <translation>belang en gevolgen: %1</translation>
    </message>
    <message>
        <source>on the authority&apos;s list</source>
        <translation>op de lijst van de toezichthouder</translation>
    </message>
    <message>
        <source>not on the authority&apos;s list</source>
        <translation>niet op de lijst van de toezichthouder</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>hoog risico</translation>
    </message>
    <message>
        <source>no high risk</source>
        <translation>geen hoog risico</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>rapport: %1</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>niet aanwezig</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>ondertekend %1</translation>
    </message>
    <message>
        <source>DPA</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Named party</source>
        <translation>Benoemde partij</translation>
    </message>
    <message>
        <source>Own organisation</source>
        <translation>Eigen organisatie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Processing locations</source>
        <translation>Verwerkingslocaties</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-gecertificeerd</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificeringen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation>Bovenliggende categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Bijzondere categorie (art. 9)</translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation>Strafrechtelijke gegevens (art. 10)</translation>
    </message>
    <message>
        <source>US category</source>
        <translation>Amerikaanse categorie</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehost door</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Versie van de registratie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Namens</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Uitzonderingsgrond art. 9</translation>
    </message>
    <message>
        <source>Art. 10 basis</source>
        <translation>Grondslag art. 10</translation>
    </message>
    <message>
        <source>Consent is a condition of service</source>
        <translation>Toestemming is voorwaarde voor de dienst</translation>
    </message>
    <message>
        <source>Balancing test</source>
        <translation>Belangenafweging</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Gegevensitems</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluitvorming</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation>DPIA-toets</translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation>Grootschalig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Recipient&apos;s role</source>
        <translation>Rol van de ontvanger</translation>
    </message>
    <message>
        <source>All categories of the activities</source>
        <translation>Alle categorieën van de verwerkingen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Doorgiftemechanisme</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Afwijking (art. 49)</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Incidenteel</translation>
    </message>
    <message>
        <source>Suitable safeguards</source>
        <translation>Passende waarborgen</translation>
    </message>
    <message>
        <source>TIA done</source>
        <translation>TIA uitgevoerd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Why no DPO is required</source>
        <translation>Waarom geen functionaris voor gegevensbescherming vereist is</translation>
    </message>
</context>
<context>
    <name>ropa::edit</name>
    <message>
        <source>Add document “%1”</source>
        <translation>Document “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add party “%1”</source>
        <translation>Partij “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add data category “%1”</source>
        <translation>Categorie persoonsgegevens “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add data subject “%1”</source>
        <translation>Betrokkenen “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>Bron “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add security measure “%1”</source>
        <translation>Beveiligingsmaatregel “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add activity “%1”</source>
        <translation>Activiteit “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add transfer “%1”</source>
        <translation>Doorgifte “%1” toevoegen</translation>
    </message>
    <message>
        <source>Remove document “%1”</source>
        <translation>Document “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove party “%1”</source>
        <translation>Partij “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove data category “%1”</source>
        <translation>Categorie persoonsgegevens “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove data subject “%1”</source>
        <translation>Betrokkenen “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove source “%1”</source>
        <translation>Bron “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove security measure “%1”</source>
        <translation>Beveiligingsmaatregel “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove activity “%1”</source>
        <translation>Activiteit “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove transfer “%1”</source>
        <translation>Doorgifte “%1” verwijderen</translation>
    </message>
    <message>
        <source>Change document “%1”</source>
        <translation>Document “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change party “%1”</source>
        <translation>Partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change data category “%1”</source>
        <translation>Categorie persoonsgegevens “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change data subject “%1”</source>
        <translation>Betrokkenen “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change source “%1”</source>
        <translation>Bron “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change security measure “%1”</source>
        <translation>Beveiligingsmaatregel “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change activity “%1”</source>
        <translation>Activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change transfer “%1”</source>
        <translation>Doorgifte “%1” wijzigen</translation>
    </message>
    <message>
        <source>Rename document “%1” to “%2”</source>
        <translation>Document “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <source>Rename party “%1” to “%2”</source>
        <translation>Partij “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <source>Rename data category “%1” to “%2”</source>
        <translation>Categorie persoonsgegevens “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <source>Rename data subject “%1” to “%2”</source>
        <translation>Betrokkenen “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <source>Rename source “%1” to “%2”</source>
        <translation>Bron “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <source>Rename security measure “%1” to “%2”</source>
        <translation>Beveiligingsmaatregel “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <source>Rename activity “%1” to “%2”</source>
        <translation>Activiteit “%1” hernoemen naar “%2”</translation>
    </message>
    <message>
        <source>Duplicate document “%1”</source>
        <translation>Document “%1” dupliceren</translation>
    </message>
    <message>
        <source>Duplicate party “%1”</source>
        <translation>Partij “%1” dupliceren</translation>
    </message>
    <message>
        <source>Duplicate data category “%1”</source>
        <translation>Categorie persoonsgegevens “%1” dupliceren</translation>
    </message>
    <message>
        <source>Duplicate data subject “%1”</source>
        <translation>Betrokkenen “%1” dupliceren</translation>
    </message>
    <message>
        <source>Duplicate source “%1”</source>
        <translation>Bron “%1” dupliceren</translation>
    </message>
    <message>
        <source>Duplicate security measure “%1”</source>
        <translation>Beveiligingsmaatregel “%1” dupliceren</translation>
    </message>
    <message>
        <source>Duplicate activity “%1”</source>
        <translation>Activiteit “%1” dupliceren</translation>
    </message>
    <message>
        <source>Duplicate transfer “%1”</source>
        <translation>Doorgifte “%1” dupliceren</translation>
    </message>
    <message>
        <source>Link data subject “%1” to activity “%2”</source>
        <translation>Betrokkenen “%1” koppelen aan activiteit “%2”</translation>
    </message>
    <message>
        <source>Unlink data subject “%1” from activity “%2”</source>
        <translation>Betrokkenen “%1” ontkoppelen van activiteit “%2”</translation>
    </message>
    <message>
        <source>Link data category “%1” to activity “%2”</source>
        <translation>Categorie persoonsgegevens “%1” koppelen aan activiteit “%2”</translation>
    </message>
    <message>
        <source>Unlink data category “%1” from activity “%2”</source>
        <translation>Categorie persoonsgegevens “%1” ontkoppelen van activiteit “%2”</translation>
    </message>
    <message>
        <source>Link source “%1” to activity “%2”</source>
        <translation>Bron “%1” koppelen aan activiteit “%2”</translation>
    </message>
    <message>
        <source>Unlink source “%1” from activity “%2”</source>
        <translation>Bron “%1” ontkoppelen van activiteit “%2”</translation>
    </message>
    <message>
        <source>Link security measure “%1” to activity “%2”</source>
        <translation>Beveiligingsmaatregel “%1” koppelen aan activiteit “%2”</translation>
    </message>
    <message>
        <source>Unlink security measure “%1” from activity “%2”</source>
        <translation>Beveiligingsmaatregel “%1” ontkoppelen van activiteit “%2”</translation>
    </message>
    <message>
        <source>Link activity “%1” to transfer “%2”</source>
        <translation>Activiteit “%1” koppelen aan doorgifte “%2”</translation>
    </message>
    <message>
        <source>Unlink activity “%1” from transfer “%2”</source>
        <translation>Activiteit “%1” ontkoppelen van doorgifte “%2”</translation>
    </message>
    <message>
        <source>Link data category “%1” to transfer “%2”</source>
        <translation>Categorie persoonsgegevens “%1” koppelen aan doorgifte “%2”</translation>
    </message>
    <message>
        <source>Unlink data category “%1” from transfer “%2”</source>
        <translation>Categorie persoonsgegevens “%1” ontkoppelen van doorgifte “%2”</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <source>Rename project to “%1”</source>
        <translation>Project hernoemen naar “%1”</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>Projectgegevens wijzigen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n items</source>
        <translation>
            <numerusform>%n item verwijderen</numerusform>
            <numerusform>%n items verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Change accepted finding %1 on “%2”</source>
        <translation>Geaccepteerde bevinding %1 bij “%2” wijzigen</translation>
    </message>
    <message>
        <source>Accept finding %1 on “%2”</source>
        <translation>Bevinding %1 bij “%2” accepteren</translation>
    </message>
    <message>
        <source>Reopen finding %1 on “%2”</source>
        <translation>Bevinding %1 bij “%2” heropenen</translation>
    </message>
    <message>
        <source>Change the notes of party “%1”</source>
        <translation>Notities van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the notes of activity “%1”</source>
        <translation>Notities van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the description of data category “%1”</source>
        <translation>Beschrijving van categorie persoonsgegevens “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the description of data subject “%1”</source>
        <translation>Beschrijving van betrokkenen “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the description of security measure “%1”</source>
        <translation>Beschrijving van beveiligingsmaatregel “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the text of document “%1”</source>
        <translation>Tekst van document “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the address of document “%1”</source>
        <translation>Adres van document “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the website of party “%1”</source>
        <translation>Website van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the examples of data category “%1”</source>
        <translation>Voorbeelden van categorie persoonsgegevens “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the address of party “%1”</source>
        <translation>Adres van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the country of party “%1”</source>
        <translation>Land van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the processing locations of party “%1”</source>
        <translation>Verwerkingslocaties van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the contact of party “%1”</source>
        <translation>Contactgegevens van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the data protection officer of party “%1”</source>
        <translation>Functionaris voor gegevensbescherming van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the representative of party “%1”</source>
        <translation>Vertegenwoordiger van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the certifications of party “%1”</source>
        <translation>Certificeringen van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the purposes of activity “%1”</source>
        <translation>Doeleinden van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the owner of activity “%1”</source>
        <translation>Eigenaar van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the Art. 10 basis of activity “%1”</source>
        <translation>Grondslag art. 10 van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the retention of activity “%1”</source>
        <translation>Bewaartermijnen van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the balancing test of activity “%1”</source>
        <translation>Belangenafweging van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the purpose of transfer “%1”</source>
        <translation>Doel van doorgifte “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the countries of transfer “%1”</source>
        <translation>Landen van doorgifte “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the suitable safeguards of transfer “%1”</source>
        <translation>Passende waarborgen van doorgifte “%1” wijzigen</translation>
    </message>
    <message>
        <source>Add system “%1”</source>
        <translation>Systeem “%1” toevoegen</translation>
    </message>
    <message>
        <source>Remove system “%1”</source>
        <translation>Systeem “%1” verwijderen</translation>
    </message>
    <message>
        <source>Change system “%1”</source>
        <translation>Systeem “%1” wijzigen</translation>
    </message>
    <message>
        <source>Rename system “%1” to “%2”</source>
        <translation>Systeem “%1” hernoemen tot “%2”</translation>
    </message>
    <message>
        <source>Duplicate system “%1”</source>
        <translation>Systeem “%1” dupliceren</translation>
    </message>
    <message>
        <source>Link system “%1” to activity “%2”</source>
        <translation>Systeem “%1” koppelen aan verwerking “%2”</translation>
    </message>
    <message>
        <source>Unlink system “%1” from activity “%2”</source>
        <translation>Systeem “%1” ontkoppelen van verwerking “%2”</translation>
    </message>
    <message>
        <source>Change the description of system “%1”</source>
        <translation>Beschrijving van systeem “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the notes of system “%1”</source>
        <translation>Notities van systeem “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the locations of system “%1”</source>
        <translation>Locaties van systeem “%1” wijzigen</translation>
    </message>
    <message>
        <source>Link document “%1” to activity “%2”</source>
        <translation>Document “%1” koppelen aan verwerking “%2”</translation>
    </message>
    <message>
        <source>Unlink document “%1” from activity “%2”</source>
        <translation>Document “%1” ontkoppelen van verwerking “%2”</translation>
    </message>
    <message>
        <source>Link document “%1” to party “%2”</source>
        <translation>Document “%1” koppelen aan partij “%2”</translation>
    </message>
    <message>
        <source>Unlink document “%1” from party “%2”</source>
        <translation>Document “%1” ontkoppelen van partij “%2”</translation>
    </message>
    <message>
        <source>Change the reference of activity “%1”</source>
        <translation>Kenmerk van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the record status of activity “%1”</source>
        <translation>Status van de registratie van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the record version of activity “%1”</source>
        <translation>Versie van de registratie van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the creation date of activity “%1”</source>
        <translation>Aanmaakdatum van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the last-changed date of activity “%1”</source>
        <translation>Wijzigingsdatum van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the department of activity “%1”</source>
        <translation>Afdeling van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the contact person of activity “%1”</source>
        <translation>Contactpersoon van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the data items of activity “%1”</source>
        <translation>Gegevens per betrokkene van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the automated decisions of activity “%1”</source>
        <translation>Geautomatiseerde besluitvorming van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the DPIA screening of activity “%1”</source>
        <translation>Pre-DPIA van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the DPIA of activity “%1”</source>
        <translation>DPIA van activiteit “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the recipient’s role of transfer “%1”</source>
        <translation>Rol van de ontvanger van doorgifte “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the DPA of party “%1”</source>
        <translation>Verwerkersovereenkomst van partij “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the data categories of transfer “%1”</source>
        <translation>Categorieën persoonsgegevens van doorgifte “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the hosting party of system “%1”</source>
        <translation>Hostende partij van systeem “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the kind of document “%1”</source>
        <translation>Soort van document “%1” wijzigen</translation>
    </message>
</context>
<context>
    <name>ropa::edit::NewEntity</name>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nieuwe partij</translation>
    </message>
    <message>
        <source>Add your own organisation first: every processing activity belongs to it.</source>
        <translation>Voeg eerst uw eigen organisatie toe: iedere verwerkingsactiviteit hoort daarbij.</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Nieuwe verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>New data category</source>
        <translation>Nieuwe categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>New data subject</source>
        <translation>Nieuwe categorie betrokkenen</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nieuwe bron</translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation>Nieuwe beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nieuw document</translation>
    </message>
    <message>
        <source>Add a party first: a transfer goes from your organisation to another party.</source>
        <translation>Voeg eerst een partij toe: een doorgifte gaat van uw organisatie naar een andere partij.</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Naamloos project</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Mijn organisatie</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nieuw systeem</translation>
    </message>
</context>
<context>
    <name>ropa::graph</name>
    <message>
        <source>country unknown</source>
        <translation>land onbekend</translation>
    </message>
    <message>
        <source>European Union (EU)</source>
        <translation>Europese Unie (EU)</translation>
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
        <translation>eigen organisatie</translation>
    </message>
    <message>
        <source>not reached from an own entity</source>
        <translation>niet bereikt vanuit een eigen organisatie</translation>
    </message>
    <message>
        <source>independent controller</source>
        <translation>zelfstandige verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation>gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>verwerker</translation>
    </message>
    <message>
        <source>subprocessor</source>
        <translation>subverwerker</translation>
    </message>
    <message>
        <source>onward recipient, depth %1</source>
        <translation>verdere ontvanger, niveau %1</translation>
    </message>
    <message>
        <source>every category (none listed)</source>
        <translation>alle categorieën (geen vermeld)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>%1: where “%2” can go</source>
        <translation>%1: waar “%2” terecht kan komen</translation>
    </message>
    <message>
        <source>%1: onward transfers</source>
        <translation>%1: verdere doorgiften</translation>
    </message>
    <message>
        <source>Dashed box: a category of recipients. Dashed line: a transfer back or within a layer. A chain is as strong as its weakest hop.</source>
        <translation>Gestippeld kader: een categorie ontvangers. Gestippelde lijn: een doorgifte terug of binnen een laag. Een keten is zo sterk als haar zwakste schakel.</translation>
    </message>
    <message>
        <source>could not write GraphML</source>
        <translation>GraphML kon niet worden geschreven</translation>
    </message>
    <message>
        <source>Onward transfers drawn by Ropa</source>
        <translation>Verdere doorgiften, getekend door Ropa</translation>
    </message>
    <message>
        <source>the picture is too large for a PNG</source>
        <translation>de afbeelding is te groot voor een PNG</translation>
    </message>
    <message>
        <source>could not encode the PNG</source>
        <translation>de PNG kon niet worden gecodeerd</translation>
    </message>
    <message>
        <source>%1: no adequacy decision</source>
        <translation>%1: geen adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>%1: adequacy decision (%2)</source>
        <translation>%1: adequaatheidsbesluit (%2)</translation>
    </message>
    <message>
        <source>US: adequate for DPF-certified recipients; recipient is certified</source>
        <translation>US: adequaat voor DPF-gecertificeerde ontvangers; de ontvanger is gecertificeerd</translation>
    </message>
    <message>
        <source>US: adequacy only for DPF-certified recipients; recipient is not known to be certified</source>
        <translation>US: adequaatheid alleen voor DPF-gecertificeerde ontvangers; niet bekend dat de ontvanger gecertificeerd is</translation>
    </message>
    <message>
        <source>%1: adequate within its scope (%2)</source>
        <translation>%1: adequaat binnen de reikwijdte (%2)</translation>
    </message>
    <message>
        <source>%1: adequacy covers only %2; recipient is not in scope</source>
        <translation>%1: adequaatheid geldt alleen voor %2; de ontvanger valt daar niet onder</translation>
    </message>
    <message>
        <source>invalid mechanism</source>
        <translation>ongeldig mechanisme</translation>
    </message>
    <message>
        <source>no valid mechanism</source>
        <translation>geen geldig mechanisme</translation>
    </message>
    <message>
        <source>derogation (Art. 49)</source>
        <translation>afwijking (art. 49)</translation>
    </message>
    <message>
        <source>safeguards, no TIA</source>
        <translation>waarborgen, geen doorgiftebeoordeling</translation>
    </message>
    <message>
        <source>safeguards with TIA</source>
        <translation>waarborgen met doorgiftebeoordeling</translation>
    </message>
    <message>
        <source>adequacy</source>
        <translation>adequaatheid</translation>
    </message>
    <message>
        <source>within the EEA</source>
        <translation>binnen de EER</translation>
    </message>
    <message>
        <source>no destination country known; stated mechanism %1 taken as is</source>
        <translation>geen land van bestemming bekend; vermeld mechanisme %1 aangenomen zoals het is</translation>
    </message>
    <message>
        <source>%1: within the EEA</source>
        <translation>%1: binnen de EER</translation>
    </message>
    <message>
        <source>%1; stated mechanism %2 with TIA</source>
        <translation>%1; vermeld mechanisme %2 met doorgiftebeoordeling</translation>
    </message>
    <message>
        <source>%1; stated mechanism %2</source>
        <translation>%1; vermeld mechanisme %2</translation>
    </message>
    <message>
        <source>Reach of any data (every transfer followed)</source>
        <translation>Bereik van alle gegevens (elke doorgifte gevolgd)</translation>
    </message>
    <message>
        <source>Reach of “%1”</source>
        <translation>Bereik van “%1”</translation>
    </message>
    <message>
        <source>weakest: %1</source>
        <translation>zwakste: %1</translation>
    </message>
    <message>
        <source>weakest %1, best %2, depth %3, %4</source>
        <translation>zwakste %1, beste %2, diepte %3, %4</translation>
    </message>
    <message>
        <source>weakest %1, best %2</source>
        <translation>zwakste %1, beste %2</translation>
    </message>
    <message>
        <source>… more chains (listing capped at %1)</source>
        <translation>… meer ketens (lijst beperkt tot %1)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) list no data categories and are assumed to carry every category.</source>
        <translation>
            <numerusform>%n doorgifte noemt geen gegevenscategorieën en wordt geacht elke categorie te bevatten.</numerusform>
            <numerusform>%n doorgiften noemen geen gegevenscategorieën en worden geacht elke categorie te bevatten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::history</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>History starts. %1</source>
        <translation>Begin van de geschiedenis. %1</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact (%n entries).</source>
        <translation>
            <numerusform>De geschiedenis is intact (%n vermelding).</numerusform>
            <numerusform>De geschiedenis is intact (%n vermeldingen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is broken at entry %1: that entry, or one before it, was altered or removed outside Ropa.</source>
        <translation>De geschiedenis is verbroken bij vermelding %1: die vermelding, of een eerdere, is buiten Ropa gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>The history is broken at entry %1: the entries before it are not all there (removed outside Ropa).</source>
        <translation>De geschiedenis is verbroken bij vermelding %1: de vermeldingen ervoor zijn niet alle aanwezig (buiten Ropa verwijderd).</translation>
    </message>
    <message>
        <source>The history is broken after entry %1: the file was changed after that entry, or later entries were removed outside Ropa.</source>
        <translation>De geschiedenis is verbroken na vermelding %1: het bestand is na die vermelding gewijzigd, of latere vermeldingen zijn buiten Ropa verwijderd.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Project details changed</source>
        <translation>Projectgegevens gewijzigd</translation>
    </message>
    <message>
        <source>%1 “%2” added</source>
        <translation>%1 “%2” toegevoegd</translation>
    </message>
    <message>
        <source>%1 “%2” removed</source>
        <translation>%1 “%2” verwijderd</translation>
    </message>
    <message>
        <source>%1 “%2” changed (was “%3”)</source>
        <translation>%1 “%2” gewijzigd (was “%3”)</translation>
    </message>
    <message>
        <source>%1 “%2” changed</source>
        <translation>%1 “%2” gewijzigd</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: toegevoegd %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: verwijderd %2</translation>
    </message>
    <message>
        <source>%1: reordered</source>
        <translation>%1: andere volgorde</translation>
    </message>
    <message>
        <source>(the summary cannot be read)</source>
        <translation>(de samenvatting is niet leesbaar)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Geen wijzigingen</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n gewijzigd</numerusform>
            <numerusform>%n gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>project details</source>
        <translation>projectgegevens</translation>
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
            <numerusform>nog %n wijziging, niet opgesomd.</numerusform>
            <numerusform>nog %n wijzigingen, niet opgesomd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::importer</name>
    <message>
        <source>line %1: a cell is longer than %2 characters; a register&apos;s cell is not this long</source>
        <translation>regel %1: een cel is langer dan %2 tekens; een cel van een register is niet zo lang</translation>
    </message>
    <message numerus="yes">
        <source>more than %n rows; Ropa imports at most that many rows of a register</source>
        <translation>
            <numerusform>meer dan %n rij; Ropa importeert hoogstens zoveel rijen van een register</numerusform>
            <numerusform>meer dan %n rijen; Ropa importeert hoogstens zoveel rijen van een register</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed; read to the end of the file</source>
        <translation>regel %1: een cel tussen aanhalingstekens is niet afgesloten; gelezen tot het einde van het bestand</translation>
    </message>
    <message>
        <source>a row has more than %1 columns</source>
        <translation>een rij heeft meer dan %1 kolommen</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>Onze organisatie</translation>
    </message>
    <message>
        <source>Transfers to third countries (as the register says): %1</source>
        <translation>Doorgiften naar derde landen (volgens het register): %1</translation>
    </message>
    <message>
        <source>Safeguards (as the register says): %1</source>
        <translation>Waarborgen (volgens het register): %1</translation>
    </message>
    <message numerus="yes">
        <source>row %1 (“%2”): the register names third countries but not which of its %n recipient(s) they go to; kept in the activity&apos;s notes</source>
        <translation>
            <numerusform>rij %1 (“%2”): het register noemt derde landen, maar niet naar welke van zijn %n ontvanger ze gaan; bewaard in de notities van de verwerking</numerusform>
            <numerusform>rij %1 (“%2”): het register noemt derde landen, maar niet naar welke van zijn %n ontvangers ze gaan; bewaard in de notities van de verwerking</numerusform>
        </translation>
    </message>
    <message>
        <source>no row of the sheet “%1” has the headings of a register; give the heading row and the columns in a mapping</source>
        <translation>geen rij van het blad “%1” heeft de kopjes van een register; geef de kopregel en de kolommen op in een koppeling</translation>
    </message>
    <message>
        <source>row %1: no name, purpose or department; skipped</source>
        <translation>rij %1: geen naam, doel of afdeling; overgeslagen</translation>
    </message>
    <message>
        <source>the mapping is not a JSON object (%1)</source>
        <translation>de koppeling is geen JSON-object (%1)</translation>
    </message>
    <message>
        <source>the mapping&apos;s version is not 1</source>
        <translation>de versie van de koppeling is niet 1</translation>
    </message>
    <message>
        <source>the mapping&apos;s heading_row must be a row number, or 0 to find it</source>
        <translation>heading_row van de koppeling moet een rijnummer zijn, of 0 om hem te zoeken</translation>
    </message>
    <message>
        <source>the mapping&apos;s heading_rows must be 1 or 2</source>
        <translation>heading_rows van de koppeling moet 1 of 2 zijn</translation>
    </message>
    <message>
        <source>the mapping names a column “%1”; columns are letters (A, B, …, AD)</source>
        <translation>de koppeling noemt een kolom “%1”; kolommen zijn letters (A, B, …, AD)</translation>
    </message>
    <message>
        <source>the mapping maps column %1 to “%2”, which is no field</source>
        <translation>de koppeling koppelt kolom %1 aan “%2”, wat geen veld is</translation>
    </message>
    <message>
        <source>the mapping resolves a value of “%1”, which is no field</source>
        <translation>de koppeling herkent een waarde van “%1”, wat geen veld is</translation>
    </message>
    <message>
        <source>content.xml has a cell longer than %1 characters; a register&apos;s cell is not this long</source>
        <translation>content.xml heeft een cel langer dan %1 tekens; een cel van een register is niet zo lang</translation>
    </message>
    <message>
        <source>the sheet “%1” has data in row %2; Ropa imports at most %3 rows of a register</source>
        <translation>het blad “%1” heeft gegevens in rij %2; Ropa importeert hoogstens %3 rijen van een register</translation>
    </message>
    <message>
        <source>the sheet “%1” has data in column %2; Ropa imports at most %3 columns</source>
        <translation>het blad “%1” heeft gegevens in kolom %2; Ropa importeert hoogstens %3 kolommen</translation>
    </message>
    <message>
        <source>this is not an ODS spreadsheet (it has no content.xml)</source>
        <translation>dit is geen ODS-rekenblad (het heeft geen content.xml)</translation>
    </message>
    <message>
        <source>the spreadsheet has no table</source>
        <translation>het rekenblad heeft geen tabel</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells (empty ones between values included); Ropa imports at most that many</source>
        <translation>de werkmap heeft meer dan %1 cellen (lege tussen waarden meegeteld); Ropa importeert er hoogstens zoveel</translation>
    </message>
    <message>
        <source>the sheet “%1” has more than %2 merged ranges; a register has far fewer</source>
        <translation>het blad “%1” heeft meer dan %2 samengevoegde bereiken; een register heeft er veel minder</translation>
    </message>
    <message>
        <source>the text is in an encoding Ropa cannot tell (it holds NUL bytes: UTF-16 without a byte order mark, or not text at all); save it as CSV UTF-8</source>
        <translation>de tekst heeft een codering die Ropa niet kan herkennen (hij bevat NUL-bytes: UTF-16 zonder byte order mark, of helemaal geen tekst); sla hem op als CSV UTF-8</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor Windows-1252 (an unknown encoding); save it as CSV UTF-8</source>
        <translation>de tekst is UTF-8 noch Windows-1252 (een onbekende codering); sla hem op als CSV UTF-8</translation>
    </message>
    <message>
        <source>the text is not valid %1 although it starts with that byte order mark</source>
        <translation>de tekst is geen geldige %1, hoewel hij met die byte order mark begint</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it in Excel or LibreOffice and save it as XLSX without a password</source>
        <translation>de werkmap is met een wachtwoord beveiligd; open hem in Excel of LibreOffice en sla hem op als XLSX zonder wachtwoord</translation>
    </message>
    <message>
        <source>this is a password-protected workbook or an old .xls (Excel 97-2003) file, which Ropa does not read; save it as XLSX without a password</source>
        <translation>dit is een met een wachtwoord beveiligde werkmap of een oud .xls-bestand (Excel 97-2003), dat Ropa niet leest; sla het op als XLSX zonder wachtwoord</translation>
    </message>
    <message>
        <source>the file is over %1 MB, the limit for a register</source>
        <translation>het bestand is groter dan %1 MB, de grens voor een register</translation>
    </message>
    <message>
        <source>the package is encrypted; save it without a password</source>
        <translation>het pakket is versleuteld; sla het op zonder wachtwoord</translation>
    </message>
    <message>
        <source>the spreadsheet is password-protected; open it in LibreOffice and save it as ODS without a password</source>
        <translation>het rekenblad is met een wachtwoord beveiligd; open het in LibreOffice en sla het op als ODS zonder wachtwoord</translation>
    </message>
    <message>
        <source>this ZIP file is neither an XLSX nor an ODS spreadsheet</source>
        <translation>dit ZIP-bestand is geen XLSX- of ODS-rekenblad</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>this is not an XLSX workbook (it has no %1)</source>
        <translation>dit is geen XLSX-werkmap (hij heeft geen %1)</translation>
    </message>
    <message>
        <source>“%1” is a chart or dialog sheet, not a table; skipped</source>
        <translation>“%1” is een grafiek- of dialoogblad, geen tabel; overgeslagen</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>de werkmap heeft geen werkblad</translation>
    </message>
    <message>
        <source>%1 declares a document type or entities, which a workbook never does; the file is refused</source>
        <translation>%1 declareert een documenttype of entiteiten, wat een werkmap nooit doet; het bestand wordt geweigerd</translation>
    </message>
    <message>
        <source>%1 has a cell longer than %2 characters; a register&apos;s cell is not this long</source>
        <translation>%1 heeft een cel langer dan %2 tekens; een cel van een register is niet zo lang</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 is geen welgevormde XML (regel %2: %3)</translation>
    </message>
    <message>
        <source>the package is damaged (%1: %2)</source>
        <translation>het pakket is beschadigd (%1: %2)</translation>
    </message>
    <message>
        <source>the package unpacks to more than %1 MB, the limit for a workbook; this looks like a ZIP bomb</source>
        <translation>het pakket pakt uit tot meer dan %1 MB, de grens voor een werkmap; dit lijkt een ZIP-bom</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 times its packed size, the limit for a workbook; this looks like a ZIP bomb</source>
        <translation>%1 pakt uit tot meer dan %2 keer zijn ingepakte grootte, de grens voor een werkmap; dit lijkt een ZIP-bom</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, the limit for one part of a workbook</source>
        <translation>%1 pakt uit tot meer dan %2 MB, de grens voor één deel van een werkmap</translation>
    </message>
    <message>
        <source>the package is damaged: %1</source>
        <translation>het pakket is beschadigd: %1</translation>
    </message>
    <message>
        <source>the package has no %1</source>
        <translation>het pakket heeft geen %1</translation>
    </message>
    <message>
        <source>cannot read %1 in the package: %2</source>
        <translation>kan %1 in het pakket niet lezen: %2</translation>
    </message>
    <message>
        <source>row %1 (“%2”): the register names third countries but no recipient they go to; kept in the activity&apos;s notes</source>
        <translation>rij %1 (“%2”): het register noemt derde landen, maar geen ontvanger waar de gegevens heen gaan; bewaard in de notities van de verwerking</translation>
    </message>
    <message numerus="yes">
        <source>the file is larger than %n MB, more than a register export holds</source>
        <translation>
            <numerusform>het bestand is groter dan %n MB, meer dan een export van het register bevat</numerusform>
            <numerusform>het bestand is groter dan %n MB, meer dan een export van het register bevat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the JSON nests arrays and objects more than %n deep; a register export does not</source>
        <translation>
            <numerusform>de JSON nest arrays en objecten meer dan %n niveau diep; een export van het register doet dat niet</numerusform>
            <numerusform>de JSON nest arrays en objecten meer dan %n niveaus diep; een export van het register doet dat niet</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2: %3)</source>
        <translation>geen geldige JSON (regel %1, kolom %2: %3)</translation>
    </message>
    <message>
        <source>not an export of the AVG register: expected an array of records with “Naam” and “Doelen”</source>
        <translation>geen export van het AVG-register: verwacht een array van verwerkingen met “Naam” en “Doelen”</translation>
    </message>
    <message>
        <source>the file holds no record</source>
        <translation>het bestand bevat geen verwerking</translation>
    </message>
    <message numerus="yes">
        <source>the file holds more than %n records</source>
        <translation>
            <numerusform>het bestand bevat meer dan %n verwerking</numerusform>
            <numerusform>het bestand bevat meer dan %n verwerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: not a record of the register (no “Naam” and “Doelen”); skipped</source>
        <translation>verwerking %1: geen verwerking van het register (geen “Naam” en “Doelen”); overgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n police-data record(s) (Wet politiegegevens): Ropa&apos;s record has no field for the Wpg, so each activity says so in its notes</source>
        <translation>
            <numerusform>%n verwerking van politiegegevens (Wet politiegegevens): het register van Ropa heeft geen veld voor de Wpg, dus de verwerking zegt het in haar notities</numerusform>
            <numerusform>%n verwerkingen van politiegegevens (Wet politiegegevens): het register van Ropa heeft geen veld voor de Wpg, dus elke verwerking zegt het in haar notities</numerusform>
        </translation>
    </message>
    <message>
        <source>no record of the file could be read as an activity</source>
        <translation>geen verwerking uit het bestand kon als verwerkingsactiviteit worden gelezen</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n controller record(s)</source>
        <translation>
            <numerusform>%n verwerking als verwerkingsverantwoordelijke</numerusform>
            <numerusform>%n verwerkingen als verwerkingsverantwoordelijke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor record(s)</source>
        <translation>
            <numerusform>%n verwerking als verwerker</numerusform>
            <numerusform>%n verwerkingen als verwerker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police-data record(s)</source>
        <translation>
            <numerusform>%n verwerking van politiegegevens</numerusform>
            <numerusform>%n verwerkingen van politiegegevens</numerusform>
        </translation>
    </message>
    <message>
        <source>AVG register JSON, %1</source>
        <translation>JSON van het AVG-register, %1</translation>
    </message>
    <message>
        <source>Criminal convictions and offences</source>
        <translation>Strafrechtelijke veroordelingen en strafbare feiten</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Ras of etnische afkomst</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politieke opvattingen</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religieuze of levensbeschouwelijke overtuigingen</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetische gegevens</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometrische gegevens</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Gezondheidsgegevens</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Seksueel gedrag of seksuele gerichtheid</translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation>De betrokkene</translation>
    </message>
    <message>
        <source>Recipient (as the register says): %1</source>
        <translation>Ontvanger (zoals het register zegt): %1</translation>
    </message>
    <message>
        <source>Division of responsibility (as the register says): %1</source>
        <translation>Verdeling van verantwoordelijkheid (zoals het register zegt): %1</translation>
    </message>
    <message>
        <source>Police data: a record under the Wet politiegegevens (Wpg), not the GDPR.</source>
        <translation>Politiegegevens: een verwerking onder de Wet politiegegevens (Wpg), niet de AVG.</translation>
    </message>
    <message>
        <source>Two or more WP248 criteria are met (as the register says).</source>
        <translation>Aan twee of meer WP248-criteria is voldaan (zoals het register zegt).</translation>
    </message>
    <message>
        <source>record %1 (“%2”): “%3” is not %4; left out</source>
        <translation>verwerking %1 (“%2”): “%3” is geen %4; weggelaten</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>lijst van teksten</translation>
    </message>
    <message>
        <source>P.O. Box %1</source>
        <translation>Postbus %1</translation>
    </message>
    <message>
        <source>record %1: no name and no purpose; skipped</source>
        <translation>verwerking %1: geen naam en geen doel; overgeslagen</translation>
    </message>
    <message>
        <source>record %1 (“%2”): the status “%3” is not one Ropa knows; left out</source>
        <translation>verwerking %1 (“%2”): de status “%3” kent Ropa niet; weggelaten</translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): %n attachment(s) named but not in the file; not imported</source>
        <translation>
            <numerusform>verwerking %1 (“%2”): %n bijlage genoemd maar niet in het bestand; niet geïmporteerd</numerusform>
            <numerusform>verwerking %1 (“%2”): %n bijlagen genoemd maar niet in het bestand; niet geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): %n controllers named; the activity is kept for the first</source>
        <translation>
            <numerusform>verwerking %1 (“%2”): %n verwerkingsverantwoordelijke genoemd; de verwerking geldt voor de eerste</numerusform>
            <numerusform>verwerking %1 (“%2”): %n verwerkingsverantwoordelijken genoemd; de verwerking geldt voor de eerste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): its purposes have %n different lawful bases; none was set</source>
        <translation>
            <numerusform>verwerking %1 (“%2”): de doelen hebben %n verschillende grondslag; er is geen ingesteld</numerusform>
            <numerusform>verwerking %1 (“%2”): de doelen hebben %n verschillende grondslagen; er is geen ingesteld</numerusform>
        </translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Pseudonimisering</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>record %1 (“%2”): no transfer outside the EU, yet it names “%3”; left out</source>
        <translation>verwerking %1 (“%2”): geen doorgifte buiten de EU, maar noemt wel “%3”; weggelaten</translation>
    </message>
    <message>
        <source>outside the EU, no country named</source>
        <translation>buiten de EU, geen land genoemd</translation>
    </message>
    <message>
        <source>a list of groups</source>
        <translation>lijst van groepen</translation>
    </message>
    <message>
        <source>record %1 (“%2”): a group of data subjects without a name; its data items were left out</source>
        <translation>verwerking %1 (“%2”): een groep betrokkenen zonder naam; de gegevens ervan zijn weggelaten</translation>
    </message>
    <message>
        <source>Processing under article %1 Wpg</source>
        <translation>Verwerking op grond van artikel %1 Wpg</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>Verdachten</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Slachtoffers</translation>
    </message>
    <message>
        <source>Convicted persons</source>
        <translation>Veroordeelden</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Derden</translation>
    </message>
    <message>
        <source>Third parties (as the register explains): %1</source>
        <translation>Derden (zoals het register toelicht): %1</translation>
    </message>
    <message>
        <source>Provision under article %1 Wpg</source>
        <translation>Verstrekking op grond van artikel %1 Wpg</translation>
    </message>
    <message>
        <source>no sheet is an activity of the CNIL&apos;s register (a sheet with a row “Nom de l&apos;activité” or “Finalités”)</source>
        <translation>geen blad is een activiteit van het register van de CNIL (een blad met een rij “Nom de l&apos;activité” of “Finalités”)</translation>
    </message>
    <message>
        <source>In the CNIL&apos;s register a row number is the number of the activity&apos;s sheet.</source>
        <translation>In het register van de CNIL is een rijnummer het nummer van het blad van de activiteit.</translation>
    </message>
    <message>
        <source>no sheet has the headings of the ICO&apos;s controller template (“Business function”, “Purpose of processing”, “Categories of individuals”, …)</source>
        <translation>geen blad heeft de kopjes van het controllersjabloon van de ICO (“Business function”, “Purpose of processing”, “Categories of individuals”, …)</translation>
    </message>
    <message>
        <source>no sheet has the headings of Ropa&apos;s record of processing activities</source>
        <translation>geen blad heeft de kopjes van het register van verwerkingsactiviteiten van Ropa</translation>
    </message>
    <message>
        <source>the ICO&apos;s controller template</source>
        <translation>het controllersjabloon van de ICO</translation>
    </message>
    <message>
        <source>the CNIL&apos;s register</source>
        <translation>het register van de CNIL</translation>
    </message>
    <message>
        <source>Ropa&apos;s XLSX record</source>
        <translation>het XLSX-register van Ropa</translation>
    </message>
</context>
<context>
    <name>ropa::json</name>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Het bestand is geen geldige JSON: %1 op regel %2, kolom %3.</translation>
    </message>
    <message>
        <source>The file is not a Ropa project: its JSON is not an object.</source>
        <translation>Het bestand is geen Ropa-project: de JSON is geen object.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (en nog %n probleem)</numerusform>
            <numerusform> (en nog %n problemen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, key “%2”: %3</source>
        <translation>%1, sleutel “%2”: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>een booleaanse waarde</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>unknown key (check its spelling against the format)</source>
        <translation>onbekende sleutel (controleer de spelling aan de hand van het formaat)</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>verplichte sleutel ontbreekt</translation>
    </message>
    <message>
        <source>expected a text, found %1</source>
        <translation>tekst verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true of false verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>“%1” is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>expected an id, found %1</source>
        <translation>id verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>“%1” is not an id (a lower-case UUID such as 3f2a8c1e-5b7d-4e21-9c0a-1d2e3f4a5b6c)</source>
        <translation>“%1” is geen id (een UUID in kleine letters, zoals 3f2a8c1e-5b7d-4e21-9c0a-1d2e3f4a5b6c)</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>lijst verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>expected a list of texts, found %1 in it</source>
        <translation>lijst van teksten verwacht, %1 erin gevonden</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” is niet een van: %2</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>object verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>expected a list of objects, found %1 in it</source>
        <translation>lijst van objecten verwacht, %1 erin gevonden</translation>
    </message>
    <message>
        <source>Key “%1”: expected a list, found %2</source>
        <translation>Sleutel “%1”: lijst verwacht, %2 gevonden</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: object verwacht, %2 gevonden</translation>
    </message>
    <message>
        <source>duplicate id: another %1 has the same id</source>
        <translation>dubbele id: een andere %1 heeft dezelfde id</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Het project</translation>
    </message>
    <message>
        <source>This JSON file is not a Ropa project: its “format” is not “ropa-project”.</source>
        <translation>Dit JSON-bestand is geen Ropa-project: het “format” is niet “ropa-project”.</translation>
    </message>
    <message>
        <source>The project&apos;s “version” must be a whole number (this version of Ropa reads version %1).</source>
        <translation>De “version” van het project moet een geheel getal zijn (deze versie van Ropa leest versie %1).</translation>
    </message>
    <message>
        <source>This file was made by a newer Ropa (format %1; this version reads up to %2). Update Ropa to open it.</source>
        <translation>Dit bestand is gemaakt door een nieuwere Ropa (formaat %1; deze versie leest tot en met %2). Werk Ropa bij om het te openen.</translation>
    </message>
    <message>
        <source>The project&apos;s “version” %1 is not a Ropa format version.</source>
        <translation>De “version” %1 van het project is geen formaatversie van Ropa.</translation>
    </message>
    <message>
        <source>expected an object {&quot;date&quot;, &quot;note&quot;}, found %1</source>
        <translation>object {&quot;date&quot;, &quot;note&quot;} verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>expected a module number 1 to 4, found %1</source>
        <translation>modulenummer 1 tot en met 4 verwacht, %1 gevonden</translation>
    </message>
    <message>
        <source>The file is too large to be a Ropa project (over %1 MB).</source>
        <translation>Het bestand is te groot voor een Ropa-project (meer dan %1 MB).</translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the name and the folder.</source>
        <translation>“%1” bestaat niet. Controleer de naam en de map.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a project file.</source>
        <translation>“%1” is een map, geen projectbestand.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a Ropa project (over %2 MB).</source>
        <translation>“%1” is te groot voor een Ropa-project (meer dan %2 MB).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link that leads back to itself (a loop), so there is no file to read. Correct or remove the link.</source>
        <translation>“%1” is een symbolische koppeling die naar zichzelf terugleidt (een lus), dus er is geen bestand om te lezen. Verbeter of verwijder de koppeling.</translation>
    </message>
    <message>
        <source>“%1” is a named pipe, not a project file.</source>
        <translation>“%1” is een named pipe, geen projectbestand.</translation>
    </message>
    <message>
        <source>“%1” is a device, not a project file.</source>
        <translation>“%1” is een apparaat, geen projectbestand.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a socket or another special file), so it is not a project file.</source>
        <translation>“%1” is geen gewoon bestand (het is een socket of een ander speciaal bestand), dus het is geen projectbestand.</translation>
    </message>
    <message>
        <source>The project&apos;s “version” must be a whole number such as 1, not “%1”, at line %2, column %3.</source>
        <translation>De “version” van het project moet een geheel getal zijn, zoals 1, niet “%1”, op regel %2, kolom %3.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the same object (the second time at line %2, column %3). Each key may appear only once.</source>
        <translation>De sleutel “%1” komt twee keer voor in hetzelfde object (de tweede keer op regel %2, kolom %3). Elke sleutel mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: a text contains the control character U+%1, which must be written as an escape, at line %2, column %3.</source>
        <translation>Het bestand is geen geldige JSON: een tekst bevat het stuurteken U+%1, dat als escape geschreven moet worden, op regel %2, kolom %3.</translation>
    </message>
    <message>
        <source>The file contains the character U+0000 (written \u0000) in a text, which Ropa does not accept, at line %1, column %2.</source>
        <translation>Het bestand bevat het teken U+0000 (geschreven als \u0000) in een tekst, wat Ropa niet accepteert, op regel %1, kolom %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: a text contains half of a UTF-16 surrogate pair (\u%1) without its other half, at line %2, column %3.</source>
        <translation>Het bestand is geen geldige JSON: een tekst bevat de helft van een UTF-16-surrogaatpaar (\u%1) zonder de andere helft, op regel %2, kolom %3.</translation>
    </message>
    <message>
        <source>expected a number of days from 0 to 3650</source>
        <translation>verwacht een aantal dagen van 0 tot 3650</translation>
    </message>
    <message>
        <source>Key “subprocessor_lists”: expected a list</source>
        <translation>Sleutel “subprocessor_lists”: verwacht een lijst</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: verwacht een object</translation>
    </message>
    <message>
        <source>another list has the same id</source>
        <translation>een andere lijst heeft dezelfde id</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>verwacht een lijst</translation>
    </message>
    <message>
        <source>expected a line number</source>
        <translation>verwacht een regelnummer</translation>
    </message>
    <message>
        <source>expected a list of country codes</source>
        <translation>verwacht een lijst van landcodes</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>verwacht een tekst</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>“%1” is geen id</translation>
    </message>
</context>
<context>
    <name>ropa::reports::Record</name>
    <message>
        <source>cannot write “%1”: it is not a regular file</source>
        <translation>kan “%1” niet schrijven: het is geen gewoon bestand</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>this record has no table “%1” (tables: %2)</source>
        <translation>dit register heeft geen tabel “%1” (tabellen: %2)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>laying out text needs a QGuiApplication</source>
        <translation>tekst opmaken vereist een QGuiApplication</translation>
    </message>
    <message>
        <source>cannot start drawing the pages</source>
        <translation>kan het tekenen van de pagina&apos;s niet starten</translation>
    </message>
    <message>
        <source>Record of processing activities, Art. 30(1)</source>
        <translation>Register van verwerkingsactiviteiten, art. 30, lid 1</translation>
    </message>
    <message>
        <source>Record of processing activities, Art. 30(2)</source>
        <translation>Register van verwerkingsactiviteiten, art. 30, lid 2</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>kan geen nieuwe pagina beginnen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>cannot finish the pages</source>
        <translation>kan de pagina&apos;s niet afronden</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>ras of etnische afkomst</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politieke opvattingen</translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation>religieuze of levensbeschouwelijke overtuigingen</translation>
    </message>
    <message>
        <source>trade-union membership</source>
        <translation>lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation>genetische gegevens</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>biometrische gegevens</translation>
    </message>
    <message>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>seksueel gedrag of seksuele gerichtheid</translation>
    </message>
    <message>
        <source>subprocessor</source>
        <translation>subverwerker</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>verwerker</translation>
    </message>
    <message>
        <source>independent controller</source>
        <translation>zelfstandige verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation>gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown party</source>
        <translation>onbekende partij</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>onbekende categorie</translation>
    </message>
    <message>
        <source>special category, Art. 9: %1</source>
        <translation>bijzondere categorie, art. 9: %1</translation>
    </message>
    <message>
        <source>criminal convictions and offences, Art. 10</source>
        <translation>strafrechtelijke veroordelingen en strafbare feiten, art. 10</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Data protection officer: %1</source>
        <translation>Functionaris voor gegevensbescherming: %1</translation>
    </message>
    <message>
        <source>Representative (Art. 27): %1</source>
        <translation>Vertegenwoordiger (art. 27): %1</translation>
    </message>
    <message>
        <source>Contact details: %1</source>
        <translation>Contactgegevens: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Joint controller: %1</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijke: %1</translation>
    </message>
    <message>
        <source>Purposes: %1</source>
        <translation>Doeleinden: %1</translation>
    </message>
    <message>
        <source>Data categories: %1</source>
        <translation>Categorieën van persoonsgegevens: %1</translation>
    </message>
    <message>
        <source>Purposes and data categories: %1</source>
        <translation>Doeleinden en categorieën van persoonsgegevens: %1</translation>
    </message>
    <message>
        <source>category of recipients</source>
        <translation>categorie van ontvangers</translation>
    </message>
    <message>
        <source>onward, via %1</source>
        <translation>verder, via %1</translation>
    </message>
    <message>
        <source>No recipients recorded</source>
        <translation>Geen ontvangers vastgelegd</translation>
    </message>
    <message>
        <source>transfer mechanism: %1</source>
        <translation>doorgiftemechanisme: %1</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <source>derogation %1</source>
        <translation>afwijking %1</translation>
    </message>
    <message>
        <source>invalidated on %1 (%2)</source>
        <translation>ongeldig verklaard op %1 (%2)</translation>
    </message>
    <message>
        <source>transfer impact assessment %1</source>
        <translation>doorgiftebeoordeling (TIA) %1</translation>
    </message>
    <message>
        <source>documentation of suitable safeguards (Art. 49(1), second subparagraph): %1</source>
        <translation>documenten inzake passende waarborgen (art. 49, lid 1, tweede alinea): %1</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>internationale organisatie</translation>
    </message>
    <message>
        <source>onward transfer by %1</source>
        <translation>verdere doorgifte door %1</translation>
    </message>
    <message>
        <source>No transfers to third countries or international organisations</source>
        <translation>Geen doorgiften aan derde landen of internationale organisaties</translation>
    </message>
    <message>
        <source>duration %1</source>
        <translation>duur %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>Art. 10: %1</source>
        <translation>Art. 10: %1</translation>
    </message>
    <message>
        <source>all categories of the activity</source>
        <translation>alle categorieën van de activiteit</translation>
    </message>
    <message>
        <source>none needed (no third country)</source>
        <translation>niet nodig (geen derde land)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>rechtstreeks</translation>
    </message>
    <message>
        <source>onward (level %1)</source>
        <translation>verder (niveau %1)</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>alle categorieën</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Representative (Art. 27)</source>
        <translation>Vertegenwoordiger (art. 27)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Record of processing activities of the controller (Art. 30(1) GDPR)</source>
        <translation>Register van verwerkingsactiviteiten van de verwerkingsverantwoordelijke (art. 30, lid 1, AVG)</translation>
    </message>
    <message>
        <source>Record of categories of processing activities of the processor (Art. 30(2) GDPR)</source>
        <translation>Register van categorieën van verwerkingsactiviteiten van de verwerker (art. 30, lid 2, AVG)</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entiteit %1</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>eigenaar %1</translation>
    </message>
    <message>
        <source>all activities</source>
        <translation>alle activiteiten</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Categories of processing carried out on behalf of each controller</source>
        <translation>Categorieën van verwerkingen die namens iedere verwerkingsverantwoordelijke zijn verricht</translation>
    </message>
    <message>
        <source>Record Art. 30(1)</source>
        <translation>Register art. 30, lid 1</translation>
    </message>
    <message>
        <source>Record Art. 30(2)</source>
        <translation>Register art. 30, lid 2</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Volledigheid</translation>
    </message>
    <message>
        <source>Controller, joint controllers, representative and DPO</source>
        <translation>Verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijken, vertegenwoordiger en FG</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Verwerkingsdoeleinden</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categorieën van betrokkenen</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Categorieën van ontvangers</translation>
    </message>
    <message>
        <source>Transfers to third countries or international organisations</source>
        <translation>Doorgiften aan derde landen of internationale organisaties</translation>
    </message>
    <message>
        <source>Envisaged time limits for erasure</source>
        <translation>Beoogde termijnen voor het wissen</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Technische en organisatorische beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Controller on whose behalf the processor acts</source>
        <translation>Verwerkingsverantwoordelijke namens wie de verwerker handelt</translation>
    </message>
    <message>
        <source>Processor, representative and DPO</source>
        <translation>Verwerker, vertegenwoordiger en FG</translation>
    </message>
    <message>
        <source>Categories of processing</source>
        <translation>Categorieën van verwerkingen</translation>
    </message>
    <message>
        <source>Subprocessors and other recipients</source>
        <translation>Subverwerkers en andere ontvangers</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Subverwerkers</translation>
    </message>
    <message>
        <source>Every party the data reaches, directly or through onward transfers.</source>
        <translation>Iedere partij die de gegevens bereiken, rechtstreeks of via verdere doorgiften.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Treedt op als</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Purpose of the transfer</source>
        <translation>Doel van de doorgifte</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Verwerkersovereenkomst getekend</translation>
    </message>
    <message>
        <source>Transfers, countries and mechanisms</source>
        <translation>Doorgiften, landen en mechanismen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Every transfer the data takes, with its destination and its Chapter V mechanism.</source>
        <translation>Iedere doorgifte van de gegevens, met bestemming en mechanisme volgens hoofdstuk V.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Landen van bestemming</translation>
    </message>
    <message>
        <source>Third countries</source>
        <translation>Derde landen</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Doorgiftemechanisme</translation>
    </message>
    <message>
        <source>Documentation of suitable safeguards</source>
        <translation>Documenten inzake passende waarborgen</translation>
    </message>
    <message>
        <source>Direct or onward</source>
        <translation>Rechtstreeks of verder</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Bewaartermijnen (termijnen voor het wissen)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Retention per data category, as written in the source.</source>
        <translation>Bewaartermijn per categorie persoonsgegevens, zoals in de bron vermeld.</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Zoals vermeld</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Ingaand op</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation>betrokkenen</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Not stated:</source>
        <translation>Niet vermeld:</translation>
    </message>
    <message>
        <source>Required items stated per activity. Items marked “%1” are missing from the inventory.</source>
        <translation>Vermelde verplichte onderdelen per activiteit. Onderdelen gemarkeerd met “%1” ontbreken in de inventaris.</translation>
    </message>
    <message>
        <source>Items stated</source>
        <translation>Vermelde onderdelen</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 required items stated)</source>
        <translation>%1% (%2 van %3 verplichte onderdelen vermeld)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Controller (Art. 30(1)(a))</source>
        <translation>Verwerkingsverantwoordelijke (art. 30, lid 1, onder a)</translation>
    </message>
    <message>
        <source>Controller and contact details</source>
        <translation>Verwerkingsverantwoordelijke en contactgegevens</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Processor and controllers (Art. 30(2)(a))</source>
        <translation>Verwerker en verwerkingsverantwoordelijken (art. 30, lid 2, onder a)</translation>
    </message>
    <message>
        <source>Processor and contact details</source>
        <translation>Verwerker en contactgegevens</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Controllers on whose behalf the processor acts</source>
        <translation>Verwerkingsverantwoordelijken namens wie de verwerker handelt</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <source>One row per processing activity; each column names the item of Art. 30(1) it answers.</source>
        <translation>Eén rij per verwerkingsactiviteit; iedere kolom noemt het onderdeel van art. 30, lid 1, dat zij invult.</translation>
    </message>
    <message>
        <source>One row per processing activity, grouped by controller; each column names the item of Art. 30(2) it answers.</source>
        <translation>Eén rij per verwerkingsactiviteit, gegroepeerd per verwerkingsverantwoordelijke; iedere kolom noemt het onderdeel van art. 30, lid 2, dat zij invult.</translation>
    </message>
    <message numerus="yes">
        <source>[cut: the text has %n characters; a cell holds at most 32,767]</source>
        <translation>
            <numerusform>[afgekapt: de tekst heeft %n teken; een cel bevat ten hoogste 32.767]</numerusform>
            <numerusform>[afgekapt: de tekst heeft %n tekens; een cel bevat ten hoogste 32.767]</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the spreadsheet (%1): %2</source>
        <translation>kan het rekenblad niet schrijven (%1): %2</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: cannot add the sheet “%1”</source>
        <translation>kan het rekenblad niet schrijven: kan het werkblad “%1” niet toevoegen</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Voorblad</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Werkbladen</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the table “%1” has more rows than a sheet holds</source>
        <translation>kan het rekenblad niet schrijven: de tabel “%1” heeft meer rijen dan een werkblad bevat</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: out of memory or cannot create “%1”</source>
        <translation>kan het rekenblad niet schrijven: onvoldoende geheugen of kan “%1” niet aanmaken</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: out of memory</source>
        <translation>kan het rekenblad niet schrijven: onvoldoende geheugen</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: no temporary folder (%1)</source>
        <translation>kan het rekenblad niet schrijven: geen tijdelijke map (%1)</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: %1</source>
        <translation>kan het rekenblad niet schrijven: %1</translation>
    </message>
    <message>
        <source>Art. 30(1)(%1)</source>
        <translation>Art. 30, lid 1, onder %1</translation>
    </message>
    <message>
        <source>Art. 30(2)(%1)</source>
        <translation>Art. 30, lid 2, onder %1</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europese Unie</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>long date</comment>
        <extracomment>The record&apos;s date on its cover and page headers, as a QDate format (yyyy year, MMMM month name, d day).</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>short date</comment>
        <extracomment>Dates in the record&apos;s tables, as a QDate format (yyyy year, MM month, dd day).</extracomment>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <extracomment>A percentage (German: &quot;%1 %&quot;).</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Geaccepteerde bevindingen</translation>
    </message>
    <message>
        <source>Findings of the compliance checks that the organisation has accepted, with the reason given.</source>
        <translation>Bevindingen van de nalevingscontroles die de organisatie heeft geaccepteerd, met de opgegeven reden.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Geaccepteerd op</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>bron: %1</translation>
    </message>
    <message>
        <source>Appendix %1: %2</source>
        <translation>Bijlage %1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quote from a document, in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>cannot read the package: %1</source>
        <translation>kan het pakket niet lezen: %1</translation>
    </message>
    <message>
        <source>it holds nothing</source>
        <translation>het is leeg</translation>
    </message>
    <message>
        <source>an entry is too large</source>
        <translation>een onderdeel is te groot</translation>
    </message>
    <message>
        <source>cannot write the package: %1</source>
        <translation>kan het pakket niet schrijven: %1</translation>
    </message>
    <message>
        <source>the written package cannot be read back</source>
        <translation>het geschreven pakket kan niet worden teruggelezen</translation>
    </message>
    <message>
        <source>cannot write the ODT document: %1</source>
        <translation>kan het ODT-document niet schrijven: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>from the data subject</source>
        <translation>van de betrokkene</translation>
    </message>
    <message>
        <source>from the customer&apos;s systems</source>
        <translation>uit de systemen van de klant</translation>
    </message>
    <message>
        <source>collected automatically</source>
        <translation>automatisch verzameld</translation>
    </message>
    <message>
        <source>from a third party</source>
        <translation>van een derde</translation>
    </message>
    <message>
        <source>from public sources</source>
        <translation>uit openbare bronnen</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>andere bron</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>country not stated</source>
        <translation>land niet vermeld</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Categorieën: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Bronnen: %1</translation>
    </message>
    <message>
        <source>source of the data</source>
        <translation>bron van de gegevens</translation>
    </message>
    <message>
        <source>internal recipient</source>
        <translation>interne ontvanger</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>vastgesteld</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>statutory requirement</source>
        <translation>wettelijke verplichting</translation>
    </message>
    <message>
        <source>contractual requirement</source>
        <translation>contractuele verplichting</translation>
    </message>
    <message>
        <source>required to enter into a contract</source>
        <translation>vereist om een overeenkomst te sluiten</translation>
    </message>
    <message>
        <source>voluntary</source>
        <translation>vrijwillig</translation>
    </message>
    <message>
        <source>evaluation or scoring</source>
        <translation>evaluatie of scoretoekenning</translation>
    </message>
    <message>
        <source>automated decisions with legal or similar effect</source>
        <translation>geautomatiseerde besluitvorming met rechtsgevolg of vergelijkbaar wezenlijk gevolg</translation>
    </message>
    <message>
        <source>systematic monitoring</source>
        <translation>stelselmatige monitoring</translation>
    </message>
    <message>
        <source>sensitive or highly personal data</source>
        <translation>gevoelige of zeer persoonlijke gegevens</translation>
    </message>
    <message>
        <source>data processed on a large scale</source>
        <translation>grootschalige verwerking van gegevens</translation>
    </message>
    <message>
        <source>matched or combined datasets</source>
        <translation>gekoppelde of gecombineerde datasets</translation>
    </message>
    <message>
        <source>data of vulnerable data subjects</source>
        <translation>gegevens van kwetsbare betrokkenen</translation>
    </message>
    <message>
        <source>innovative use of technology</source>
        <translation>innovatief gebruik van technologie</translation>
    </message>
    <message>
        <source>prevents the exercise of a right or use of a service</source>
        <translation>verhindert de uitoefening van een recht of het gebruik van een dienst</translation>
    </message>
    <message>
        <source>privacy policy</source>
        <translation>privacyverklaring</translation>
    </message>
    <message>
        <source>contract or data processing agreement</source>
        <translation>overeenkomst of verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>DPIA report</source>
        <translation>DPIA-rapport</translation>
    </message>
    <message>
        <source>legitimate interests assessment</source>
        <translation>belangenafweging (gerechtvaardigd belang)</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>registratie van toestemming</translation>
    </message>
    <message>
        <source>retention policy</source>
        <translation>bewaarbeleid</translation>
    </message>
    <message>
        <source>subprocessor list</source>
        <translation>lijst van subverwerkers</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>ander document</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>ja, op %1</translation>
    </message>
    <message>
        <source>yes (no date stated)</source>
        <translation>ja (geen datum vermeld)</translation>
    </message>
    <message>
        <source>document: %1</source>
        <translation>document: %1</translation>
    </message>
    <message>
        <source>Record identity</source>
        <translation>Identiteit van het register</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Each record&apos;s reference, status and version in the register, and who keeps it.</source>
        <translation>Per verwerking het nummer, de status en de versie in het register, en wie het bijhoudt.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Department or business function</source>
        <translation>Afdeling of bedrijfsfunctie</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Gegevensitems</translation>
    </message>
    <message>
        <source>Per data category and group of data subjects: where it comes from, why it is collected, how long it is kept, and whether the data subject must provide it.</source>
        <translation>Per categorie persoonsgegevens en groep betrokkenen: waar de gegevens vandaan komen, waarom ze worden verzameld, hoe lang ze worden bewaard en of de betrokkene ze moet verstrekken.</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Waarom het wordt verzameld</translation>
    </message>
    <message>
        <source>Must the data subject provide it?</source>
        <translation>Moet de betrokkene het verstrekken?</translation>
    </message>
    <message>
        <source>If not provided</source>
        <translation>Als het niet wordt verstrekt</translation>
    </message>
    <message>
        <source>every data subject of the activity</source>
        <translation>alle betrokkenen van de verwerking</translation>
    </message>
    <message>
        <source>unknown data subjects</source>
        <translation>onbekende betrokkenen</translation>
    </message>
    <message>
        <source>Systems (location of the personal data)</source>
        <translation>Systemen (locatie van de persoonsgegevens)</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>The applications and databases the data are kept in, who hosts them and where.</source>
        <translation>De toepassingen en databanken waarin de gegevens worden bewaard, wie ze host en waar.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Gehost door</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Automated decision-making, including profiling (Art. 22)</source>
        <translation>Geautomatiseerde besluitvorming, waaronder profilering (art. 22)</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluitvorming</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Onderliggende logica</translation>
    </message>
    <message>
        <source>Significance and envisaged consequences</source>
        <translation>Belang en verwachte gevolgen</translation>
    </message>
    <message>
        <source>Data protection impact assessment (Art. 35)</source>
        <translation>Gegevensbeschermingseffectbeoordeling (art. 35)</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>The screening against the EDPB criteria (WP248 rev.01) and the assessment itself.</source>
        <translation>De toets aan de criteria van het EDPB (WP248 rev.01) en de beoordeling zelf.</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Criteria waaraan is voldaan</translation>
    </message>
    <message>
        <source>On the supervisory authority&apos;s list</source>
        <translation>Op de lijst van de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Likely high risk</source>
        <translation>Waarschijnlijk hoog risico</translation>
    </message>
    <message>
        <source>Outcome of the screening</source>
        <translation>Uitkomst van de toets</translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation>Verslag pre-DPIA</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DPIA vereist</translation>
    </message>
    <message>
        <source>DPIA performed</source>
        <translation>DPIA uitgevoerd</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Gekoppelde documenten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Contracts, assessments, reports and policies the record refers to.</source>
        <translation>Overeenkomsten, beoordelingen, rapporten en beleid waarnaar het register verwijst.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>DPO not required: %1</source>
        <translation>Functionaris voor gegevensbescherming niet vereist: %1</translation>
    </message>
    <message>
        <source>%1: DPO not required: %2</source>
        <translation>%1: functionaris voor gegevensbescherming niet vereist: %2</translation>
    </message>
    <message>
        <source>no transfer mechanism</source>
        <translation>geen doorgiftemechanisme</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the XML writer failed</source>
        <translation>kan het rekenblad niet schrijven: het schrijven van de XML is mislukt</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: libxlsxwriter could not start a workbook</source>
        <translation>kan het rekenblad niet schrijven: libxlsxwriter kon geen werkmap beginnen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Appendix: changes since %1</source>
        <translation>Bijlage: wijzigingen sinds %1</translation>
    </message>
    <message>
        <source>The project file records no save since %1.</source>
        <translation>Het projectbestand vermeldt geen opslag sinds %1.</translation>
    </message>
    <message numerus="yes">
        <source>The changes saved from %1 to %2 (%n save(s)), from the history the project file keeps.</source>
        <translation>
            <numerusform>De wijzigingen opgeslagen van %1 tot %2 (%n keer opgeslagen), uit de geschiedenis die het projectbestand bijhoudt.</numerusform>
            <numerusform>De wijzigingen opgeslagen van %1 tot %2 (%n keer opgeslagen), uit de geschiedenis die het projectbestand bijhoudt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s history starts after %1: changes made before its first recorded save are not known.</source>
        <translation>De geschiedenis van het bestand begint na %1: wijzigingen van vóór de eerste vastgelegde opslag zijn niet bekend.</translation>
    </message>
    <message>
        <source>The file keeps a summary of each save, not the project as it was: the changes are netted per entity (a rename shows the first name and the last; what was added and removed again is not shown), and changes not saved yet are not included.</source>
        <translation>Het bestand bewaart een samenvatting van elke opslag, niet het project zoals het was: de wijzigingen zijn per entiteit samengevat (een nieuwe naam toont de eerste en de laatste naam; wat is toegevoegd en weer verwijderd, wordt niet getoond), en nog niet opgeslagen wijzigingen zijn niet opgenomen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of large saves were counted but not itemised in the history.</source>
        <translation>
            <numerusform>%n wijziging van grote opslagen is geteld maar niet afzonderlijk in de geschiedenis vermeld.</numerusform>
            <numerusform>%n wijzigingen van grote opslagen zijn geteld maar niet afzonderlijk in de geschiedenis vermeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the file&apos;s history does not check (an entry was altered or removed outside Ropa); this appendix may be incomplete.</source>
        <translation>Let op: de geschiedenis van het bestand klopt niet (een vermelding is buiten Ropa gewijzigd of verwijderd); deze bijlage is mogelijk onvolledig.</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Wijzigingen sinds %1</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Wijzigingen sinds</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Laatst opgeslagen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>hernoemd</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>was „%1”</translation>
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
        <translation>%1 is geen Ropa-project (het bestand is leeg). Kies een .ropa-bestand dat met Ropa is gemaakt.</translation>
    </message>
    <message>
        <source>%1 is not a Ropa project (it is not a SQLite database). Choose a .ropa file made by Ropa.</source>
        <translation>%1 is geen Ropa-project (het is geen SQLite-database). Kies een .ropa-bestand dat met Ropa is gemaakt.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says, so it may have been cut off while it was copied or downloaded. Open a backup copy.</source>
        <translation>%1 is beschadigd: het bestand is korter dan de header aangeeft, het is misschien afgebroken tijdens kopiëren of downloaden. Open een reservekopie.</translation>
    </message>
    <message>
        <source>%1 is not a Ropa project (it is a SQLite database of another program). Choose a .ropa file made by Ropa.</source>
        <translation>%1 is geen Ropa-project (het is een SQLite-database van een ander programma). Kies een .ropa-bestand dat met Ropa is gemaakt.</translation>
    </message>
    <message>
        <source>%1 is in write-ahead log (WAL) mode, which Ropa never writes: the file may have been changed by another program, so it was not opened.</source>
        <translation>%1 staat in write-ahead-log-modus (WAL), die Ropa nooit schrijft: het bestand is misschien door een ander programma gewijzigd en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>%1 is damaged or uses a SQLite file format that Ropa cannot read, so it was not opened. Open a backup copy.</source>
        <translation>%1 is beschadigd of gebruikt een SQLite-bestandsformaat dat Ropa niet kan lezen, en is daarom niet geopend. Open een reservekopie.</translation>
    </message>
    <message>
        <source>This file was made by a newer Ropa (format %1; this version reads up to %2). Update Ropa to open it.</source>
        <translation>Dit bestand is gemaakt door een nieuwere Ropa (formaat %1; deze versie leest tot en met %2). Werk Ropa bij om het te openen.</translation>
    </message>
    <message>
        <source>%1 was made by an early test version of Ropa (format %2) that this version cannot read.</source>
        <translation>%1 is gemaakt door een vroege testversie van Ropa (formaat %2) die deze versie niet kan lezen.</translation>
    </message>
    <message>
        <source>%1 is damaged (its header is invalid), so it was not opened. Open a backup copy.</source>
        <translation>%1 is beschadigd (de header is ongeldig) en is daarom niet geopend. Open een reservekopie.</translation>
    </message>
    <message>
        <source>%1 is longer than its header says, which Ropa never writes: the file may have been tampered with, so it was not opened.</source>
        <translation>%1 is langer dan de header aangeeft, wat Ropa nooit schrijft: er is misschien met het bestand geknoeid, en het is daarom niet geopend.</translation>
    </message>
    <message>
        <source>Opening %1 was stopped because it took longer than %2 seconds: the file may be damaged or made to stall Ropa.</source>
        <translation>Het openen van %1 is gestopt omdat het langer dan %2 seconden duurde: het bestand is misschien beschadigd of gemaakt om Ropa op te houden.</translation>
    </message>
    <message>
        <source> in the table %1</source>
        <translation> in de tabel %1</translation>
    </message>
    <message>
        <source>%1 contains a value larger than %2 MB%3, which Ropa never writes: the file may have been tampered with, so it was not opened.</source>
        <translation>%1 bevat een waarde groter dan %2 MB%3, wat Ropa nooit schrijft: er is misschien met het bestand geknoeid, en het is daarom niet geopend.</translation>
    </message>
    <message>
        <source>There is not enough memory to open %1.</source>
        <translation>Er is niet genoeg geheugen om %1 te openen.</translation>
    </message>
    <message>
        <source>%1 is damaged or was tampered with: its table definitions cannot be read, so it was not opened. Open a backup copy.</source>
        <translation>%1 is beschadigd of er is mee geknoeid: de tabeldefinities kunnen niet worden gelezen, en het is daarom niet geopend. Open een reservekopie.</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was not opened (SQLite reports: %2). Open a backup copy.</source>
        <translation>%1 is beschadigd en is daarom niet geopend (SQLite meldt: %2). Open een reservekopie.</translation>
    </message>
    <message>
        <source>Ropa cannot check the tables of format %1 (%2).</source>
        <translation>Ropa kan de tabellen van formaat %1 niet controleren (%2).</translation>
    </message>
    <message>
        <source>: the file may have been tampered with, so it was not opened.</source>
        <translation>: er is misschien met het bestand geknoeid, en het is daarom niet geopend.</translation>
    </message>
    <message>
        <source>The project contains an index named %1, which Ropa never writes</source>
        <translation>Het project bevat een index met de naam %1, die Ropa nooit schrijft</translation>
    </message>
    <message>
        <source>The project contains a %1 named %2, which Ropa never writes</source>
        <translation>Het project bevat een %1 met de naam %2, die Ropa nooit schrijft</translation>
    </message>
    <message>
        <source>The project has no %1 named %2, which every Ropa project of format %3 has: the file is damaged or was not made by Ropa, so it was not opened.</source>
        <translation>Het project heeft geen %1 met de naam %2, die elk Ropa-project van formaat %3 heeft: het bestand is beschadigd of niet met Ropa gemaakt, en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>The %1 %2 in the project is not defined the way Ropa defines it</source>
        <translation>De %1 %2 in het project is niet gedefinieerd zoals Ropa die definieert</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, sleutel %1</translation>
    </message>
    <message>
        <source>. The project was not opened.</source>
        <translation>. Het project is niet geopend.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>een decimaal getal</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>binaire gegevens</translation>
    </message>
    <message>
        <source>empty (NULL)</source>
        <translation>leeg (NULL)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>the value is %1, not text</source>
        <translation>de waarde is %1, geen tekst</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>de tekst is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>%1 is not an id (a lower-case UUID such as 3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d)</source>
        <translation>%1 is geen id (een UUID in kleine letters, zoals 3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d)</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the form YYYY-MM-DD</source>
        <translation>%1 is geen geldige datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>the value is %1, not 0 (no) or 1 (yes)</source>
        <translation>de waarde is %1, niet 0 (nee) of 1 (ja)</translation>
    </message>
    <message>
        <source>%1 is not 0 (no) or 1 (yes)</source>
        <translation>%1 is niet 0 (nee) of 1 (ja)</translation>
    </message>
    <message>
        <source>the value is missing; it must be 0 (no) or 1 (yes)</source>
        <translation>de waarde ontbreekt; die moet 0 (nee) of 1 (ja) zijn</translation>
    </message>
    <message>
        <source>the value is %1, not a whole number</source>
        <translation>de waarde is %1, geen geheel getal</translation>
    </message>
    <message>
        <source>%1 is not one of the values Ropa knows (%2)</source>
        <translation>%1 is geen van de waarden die Ropa kent (%2)</translation>
    </message>
    <message>
        <source>the id appears twice in the table %1</source>
        <translation>de id komt twee keer voor in de tabel %1</translation>
    </message>
    <message>
        <source>The table %1 has a row for the %2 %3, which is not in the project: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>De tabel %1 heeft een rij voor de %2 %3, die niet in het project staat: het bestand is beschadigd of door een ander programma gewijzigd, en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>the positions in the table %1 are not 0, 1, 2, …</source>
        <translation>de posities in de tabel %1 zijn niet 0, 1, 2, …</translation>
    </message>
    <message>
        <source>The table %1 must have exactly one row (id 1), which Ropa always writes: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>De tabel %1 moet precies één rij hebben (id 1), die Ropa altijd schrijft: het bestand is beschadigd of door een ander programma gewijzigd, en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>The table %1 is empty, but Ropa always writes one row there: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>De tabel %1 is leeg, maar Ropa schrijft daar altijd één rij: het bestand is beschadigd of door een ander programma gewijzigd, en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>%1 is not an SCC module (1 to 4)</source>
        <translation>%1 is geen module van de modelcontractbepalingen (1 tot en met 4)</translation>
    </message>
    <message>
        <source>accepted finding %1 (table %2)</source>
        <translation>geaccepteerde bevinding %1 (tabel %2)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>de datum ontbreekt</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (en nog %1 problemen)</translation>
    </message>
    <message>
        <source>a date in the project is not a valid calendar date between the years 1 and 9999</source>
        <translation>een datum in het project is geen geldige kalenderdatum tussen de jaren 1 en 9999</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite meldt: %1</translation>
    </message>
    <message>
        <source>%1 was not found. It may have been moved, renamed or deleted.</source>
        <translation>%1 is niet gevonden. Het is misschien verplaatst, hernoemd of verwijderd.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 is een map, geen Ropa-project. Kies een .ropa-bestand dat met Ropa is gemaakt.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Ropa project (%2 MB; Ropa opens files of up to %3 MB).</source>
        <translation>%1 is te groot voor een Ropa-project (%2 MB; Ropa opent bestanden tot %3 MB).</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check that you may read it.</source>
        <translation>%1 kon niet worden gelezen (%2). Controleer of u het mag lezen.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Ropa project (Ropa opens files of up to %2 MB).</source>
        <translation>%1 is te groot voor een Ropa-project (Ropa opent bestanden tot %2 MB).</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was not opened (SQLite&apos;s check found: %2). Open a backup copy.</source>
        <translation>%1 is beschadigd en is daarom niet geopend (de controle van SQLite vond: %2). Open een reservekopie.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ropa (format %2). Before updating it, Ropa keeps a copy named %3 beside it, but could not write that copy. Copy the project to a folder where you may write, and open it there.</source>
        <translation>%1 is gemaakt door een oudere Ropa (formaat %2). Voordat Ropa het bijwerkt, bewaart het er een kopie naast met de naam %3, maar die kopie kon niet worden geschreven. Kopieer het project naar een map waarin u mag schrijven en open het daar.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ropa (format %2) and could not be updated to format %3 (%4), so it was not opened.</source>
        <translation>%1 is gemaakt door een oudere Ropa (formaat %2) en kon niet worden bijgewerkt naar formaat %3 (%4), en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>%1 was made by an older Ropa (format %2), and updating it did not give the tables of format %3 (%4), so it was not opened.</source>
        <translation>%1 is gemaakt door een oudere Ropa (formaat %2), en bijwerken leverde niet de tabellen van formaat %3 op (%4), en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file on disk was not changed.</source>
        <translation>%1 kon niet worden opgeslagen: %2. Het bestand op schijf is niet gewijzigd.</translation>
    </message>
    <message>
        <source>a test made the save fail at the step %1</source>
        <translation>een test liet het opslaan mislukken bij de stap %1</translation>
    </message>
    <message>
        <source>%1 already exists. Ropa did not overwrite it: choose another name, or confirm that it may be replaced.</source>
        <translation>%1 bestaat al. Ropa heeft het niet overschreven: kies een andere naam, of bevestig dat het mag worden vervangen.</translation>
    </message>
    <message>
        <source>%1 was moved or deleted since it was opened. Ropa did not save it: save again to write it anyway, or save under another name.</source>
        <translation>%1 is verplaatst of verwijderd sinds het werd geopend. Ropa heeft het niet opgeslagen: sla opnieuw op om het toch te schrijven, of sla op onder een andere naam.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened. Ropa did not overwrite it: save under another name, or open it again to see the other changes.</source>
        <translation>%1 is door iemand anders gewijzigd sinds het werd geopend. Ropa heeft het niet overschreven: sla op onder een andere naam, of open het opnieuw om de andere wijzigingen te zien.</translation>
    </message>
    <message>
        <source>%1 was not saved, because Ropa could not open it again: %2. Correct this and save again.</source>
        <translation>%1 is niet opgeslagen, omdat Ropa het niet opnieuw kon openen: %2. Herstel dit en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Ropa cannot write in the folder %1 (%2)</source>
        <translation>Ropa kan niet schrijven in de map %1 (%2)</translation>
    </message>
    <message>
        <source>the new file could not be written to disk (%1)</source>
        <translation>het nieuwe bestand kon niet naar schijf worden geschreven (%1)</translation>
    </message>
    <message>
        <source>the new file could not replace the old one (%1)</source>
        <translation>het nieuwe bestand kon het oude niet vervangen (%1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name or value in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself (a loop), so there is no file to open. Correct or remove the link.</source>
        <translation>%1 is een symbolische koppeling die naar zichzelf terugverwijst (een lus), dus er is geen bestand om te openen. Herstel of verwijder de koppeling.</translation>
    </message>
    <message>
        <source>%1 is a named pipe, not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 is een named pipe, geen Ropa-project. Kies een .ropa-bestand dat met Ropa is gemaakt.</translation>
    </message>
    <message>
        <source>%1 is a device, not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 is een apparaat, geen Ropa-project. Kies een .ropa-bestand dat met Ropa is gemaakt.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a socket or another special file), so it is not a Ropa project. Choose a .ropa file made by Ropa.</source>
        <translation>%1 is geen gewoon bestand (het is een socket of een ander speciaal bestand), dus geen Ropa-project. Kies een .ropa-bestand dat met Ropa is gemaakt.</translation>
    </message>
    <message>
        <source>%1 stores its texts in UTF-16, not in UTF-8 as Ropa writes them: the file&apos;s text encoding was changed by another program, so it was not opened.</source>
        <translation>%1 slaat zijn teksten op in UTF-16, niet in UTF-8 zoals Ropa ze schrijft: de tekstcodering van het bestand is door een ander programma gewijzigd, en het is daarom niet geopend.</translation>
    </message>
    <message>
        <source>The table %1 has a row whose id %2 is not an id (a lower-case UUID). The project was not opened.</source>
        <translation>De tabel %1 heeft een rij waarvan de id %2 geen id is (een UUID in kleine letters). Het project is niet geopend.</translation>
    </message>
    <message>
        <source>%1 was changed outside Ropa: the checksum that Ropa stores with every save is missing, so its content cannot be confirmed. It was opened read-only: check it, or open a backup copy.</source>
        <translation>%1 is buiten Ropa gewijzigd: de controlesom die Ropa bij elke opslag bewaart ontbreekt, dus de inhoud kan niet worden bevestigd. Het is alleen-lezen geopend: controleer het, of open een reservekopie.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged outside Ropa: its content no longer matches the checksum of its last save (changed: %2). It was opened read-only: check it, or open a backup copy.</source>
        <translation>%1 is buiten Ropa gewijzigd of beschadigd: de inhoud komt niet meer overeen met de controlesom van de laatste opslag (gewijzigd: %2). Het is alleen-lezen geopend: controleer het, of open een reservekopie.</translation>
    </message>
    <message>
        <source>the name, function, e-mail and phone must be all stated or all empty (NULL)</source>
        <translation>naam, functie, e-mail en telefoon moeten alle vier ingevuld of alle vier leeg (NULL) zijn</translation>
    </message>
    <message>
        <source>The table %1 has a row for an item that is not in the project: the file is damaged or was changed by another program, so it was not opened.</source>
        <translation>De tabel %1 heeft een rij voor een item dat niet in het project staat: het bestand is beschadigd of door een ander programma gewijzigd en is daarom niet geopend.</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, “%3”: %4. The project was not opened.</source>
        <translation>Tabel “%1”, rij %2, “%3”: %4. Het project is niet geopend.</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>de id ontbreekt</translation>
    </message>
    <message>
        <source>not an id</source>
        <translation>geen id</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” is geen datum</translation>
    </message>
    <message>
        <source>no party has this id</source>
        <translation>geen partij heeft deze id</translation>
    </message>
    <message>
        <source>no subprocessor list has this id</source>
        <translation>geen lijst van subverwerkers heeft deze id</translation>
    </message>
</context>
<context>
    <name>ropa::store::ProjectLock</name>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 op %2 sinds %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
</context>
<context>
    <name>ropa::subprocessors</name>
    <message>
        <source>the table</source>
        <translation>de tabel</translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation>de tabel “%1”</translation>
    </message>
    <message>
        <source>%1 has no column of names (its headings: %2); it was skipped</source>
        <translation>%1 heeft geen kolom met namen (kopjes: %2); overgeslagen</translation>
    </message>
    <message>
        <source>%1: columns not recognised, ignored: %2</source>
        <translation>%1: kolommen niet herkend, genegeerd: %2</translation>
    </message>
    <message>
        <source>line %1: a row without a name was skipped</source>
        <translation>regel %1: een rij zonder naam is overgeslagen</translation>
    </message>
    <message>
        <source>line %1: more cells than headings; the extra cells were ignored</source>
        <translation>regel %1: meer cellen dan kopjes; de extra cellen zijn genegeerd</translation>
    </message>
    <message>
        <source>no subprocessors found: the list is empty or has no table</source>
        <translation>geen subverwerkers gevonden: de lijst is leeg of heeft geen tabel</translation>
    </message>
    <message>
        <source>no column of subprocessor names (a heading such as “Name”, “Subprocessor” or “Entity”); headings found: %1</source>
        <translation>geen kolom met namen van subverwerkers (een kopje als “Name”, “Subprocessor” of “Naam”); gevonden kopjes: %1</translation>
    </message>
    <message>
        <source>the list has no subprocessors</source>
        <translation>de lijst bevat geen subverwerkers</translation>
    </message>
    <message>
        <source>line %1: a cell is longer than 1 MB; is this a subprocessor list?</source>
        <translation>regel %1: een cel is langer dan 1 MB; is dit een lijst van subverwerkers?</translation>
    </message>
    <message numerus="yes">
        <source>more than %n rows; a subprocessor list is not this long</source>
        <translation>
            <numerusform>meer dan %n rij; zo lang is een lijst van subverwerkers niet</numerusform>
            <numerusform>meer dan %n rijen; zo lang is een lijst van subverwerkers niet</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed; read to the end of the file</source>
        <translation>regel %1: een cel tussen aanhalingstekens is niet afgesloten; gelezen tot het einde van het bestand</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>No change between the two lists.</source>
        <translation>Geen verschil tussen de twee lijsten.</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n):</source>
        <translation>
            <numerusform>Toegevoegd (%n):</numerusform>
            <numerusform>Toegevoegd (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n):</source>
        <translation>
            <numerusform>Verwijderd (%n):</numerusform>
            <numerusform>Verwijderd (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed (%n):</source>
        <translation>
            <numerusform>Hernoemd (%n):</numerusform>
            <numerusform>Hernoemd (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n):</source>
        <translation>
            <numerusform>Gewijzigd (%n):</numerusform>
            <numerusform>Gewijzigd (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>data shared</source>
        <translation>gedeelde gegevens</translation>
    </message>
    <message>
        <source>  * %1, %2: %3 → %4</source>
        <translation>  * %1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>this is not a text file (CSV, Markdown, HTML or plain text)</source>
        <translation>dit is geen tekstbestand (CSV, Markdown, HTML of platte tekst)</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation>het bestand is geen UTF-8; het is gelezen als Windows-1252</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is over 200 MB; a subprocessor list is not this large</source>
        <translation>%1 is groter dan 200 MB; zo groot is een lijst van subverwerkers niet</translation>
    </message>
    <message>
        <source>line %1: a table row outside a table was skipped</source>
        <translation>regel %1: een tabelrij buiten een tabel is overgeslagen</translation>
    </message>
    <message>
        <source>a line is longer than 1 MB; is this a subprocessor list?</source>
        <translation>een regel is langer dan 1 MB; is dit een lijst van subverwerkers?</translation>
    </message>
    <message>
        <source>line %1: not understood, skipped: %2</source>
        <translation>regel %1: niet begrepen, overgeslagen: %2</translation>
    </message>
    <message>
        <source>more than %1 cells; a subprocessor list is not this large</source>
        <translation>meer dan %1 cellen; een lijst van subverwerkers is niet zo groot</translation>
    </message>
    <message>
        <source>the vendor is not a party of the project</source>
        <translation>de leverancier is geen partij van het project</translation>
    </message>
    <message>
        <source>“%1” is the project&apos;s own organisation: its subprocessors are not a vendor&apos;s onward transfers; choose the vendor whose list this is</source>
        <translation>“%1” is de eigen organisatie van het project: haar subverwerkers zijn geen doorgiften van een leverancier; kies de leverancier van wie deze lijst is</translation>
    </message>
    <message>
        <source>Subprocessor list of %1</source>
        <translation>Lijst van subverwerkers van %1</translation>
    </message>
    <message>
        <source>line %1: “%2” has no name to match; not applied</source>
        <translation>regel %1: “%2” heeft geen naam om te vergelijken; niet toegepast</translation>
    </message>
    <message>
        <source>line %1: “%2” is the vendor itself; not applied</source>
        <translation>regel %1: “%2” is de leverancier zelf; niet toegepast</translation>
    </message>
    <message>
        <source>line %1: “%2” is the project&apos;s own organisation; not applied</source>
        <translation>regel %1: “%2” is de eigen organisatie van het project; niet toegepast</translation>
    </message>
    <message>
        <source>Apply the subprocessor list of “%1”</source>
        <translation>Lijst van subverwerkers van “%1” toepassen</translation>
    </message>
    <message>
        <source>the EU</source>
        <translation>de EU</translation>
    </message>
    <message>
        <source>What it does to the map: nothing changes.
</source>
        <translation>Wat het aan de kaart verandert: niets.
</translation>
    </message>
    <message>
        <source>“%1” can now reach: %2
</source>
        <translation>“%1” kan nu terechtkomen in: %2
</translation>
    </message>
    <message>
        <source>“%1” no longer reaches: %2
</source>
        <translation>“%1” komt niet meer terecht in: %2
</translation>
    </message>
    <message>
        <source>New finding %1: %2
</source>
        <translation>Nieuwe bevinding %1: %2
</translation>
    </message>
    <message>
        <source>Finding resolved %1: %2
</source>
        <translation>Bevinding opgelost %1: %2
</translation>
    </message>
</context>
<context>
    <name>ropa::validation</name>
    <message>
        <source>%1 %2 (“%3”)</source>
        <translation>%1 %2 (“%3”)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>, key “%1”</source>
        <translation>, sleutel “%1”</translation>
    </message>
    <message>
        <source>the project has no name</source>
        <translation>het project heeft geen naam</translation>
    </message>
    <message>
        <source>no party is marked as the project&apos;s own entity (“own”: true); at least one is required</source>
        <translation>geen partij is gemarkeerd als eigen organisatie van het project (“own”: true); er is er minstens één nodig</translation>
    </message>
    <message>
        <source>the id is missing or null</source>
        <translation>de id ontbreekt of is null</translation>
    </message>
    <message>
        <source>the id is also used by a %1; every id must be unique</source>
        <translation>de id wordt ook gebruikt door een %1; elke id moet uniek zijn</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>cites document %1, which is not in the project</source>
        <translation>verwijst naar document %1, dat niet in het project staat</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code (or “EU”)</source>
        <translation>“%1” is geen landcode volgens ISO 3166-1 alpha-2 (of “EU”)</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1” staat er twee keer in</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the project</source>
        <translation>verwijst naar %1 %2, die niet in het project staat</translation>
    </message>
    <message>
        <source>lists %1 %2 twice</source>
        <translation>noemt %1 %2 twee keer</translation>
    </message>
    <message>
        <source>refers to data category %1, which is not in the project</source>
        <translation>verwijst naar gegevenscategorie %1, die niet in het project staat</translation>
    </message>
    <message>
        <source>the category is its own ancestor (the parents form a cycle)</source>
        <translation>de categorie is haar eigen voorouder (de bovenliggende categorieën vormen een kring)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>refers to party %1, which is not in the project</source>
        <translation>verwijst naar partij %1, die niet in het project staat</translation>
    </message>
    <message>
        <source>refers to “%1”, which is not one of the project&apos;s own entities</source>
        <translation>verwijst naar “%1”, dat geen eigen organisatie van het project is</translation>
    </message>
    <message>
        <source>contains an empty purpose</source>
        <translation>bevat een leeg doeleinde</translation>
    </message>
    <message>
        <source>the date is not a valid date</source>
        <translation>de datum is geen geldige datum</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 duration (such as P30D, P6M or P6Y)</source>
        <translation>“%1” is geen ISO 8601-duur (zoals P30D, P6M of P6Y)</translation>
    </message>
    <message>
        <source>a retention rule needs a duration, a trigger or the text as written</source>
        <translation>een bewaarregel heeft een duur, een aanleiding of de tekst zoals geschreven nodig</translation>
    </message>
    <message>
        <source>a party cannot transfer to itself</source>
        <translation>een partij kan niet aan zichzelf doorgeven</translation>
    </message>
    <message>
        <source>%1 is not an SCC module (1 to 4)</source>
        <translation>%1 is geen module van de modelcontractbepalingen (1 tot en met 4)</translation>
    </message>
    <message>
        <source>the accepted finding %1 of %2</source>
        <translation>de geaccepteerde bevinding %1 van %2</translation>
    </message>
    <message>
        <source>(no entity)</source>
        <translation>(geen entiteit)</translation>
    </message>
    <message>
        <source>“%1” is not a rule id (such as PROC-DPA-MISSING)</source>
        <translation>“%1” is geen regel-id (zoals PROC-DPA-MISSING)</translation>
    </message>
    <message>
        <source>%1: the entity is missing</source>
        <translation>%1: de entiteit ontbreekt</translation>
    </message>
    <message>
        <source>%1 refers to an entity that is not in the project</source>
        <translation>%1 verwijst naar een entiteit die niet in het project staat</translation>
    </message>
    <message>
        <source>%1 has no justification; say why the finding is accepted</source>
        <translation>%1 heeft geen motivering; geef aan waarom de bevinding is geaccepteerd</translation>
    </message>
    <message>
        <source>%1 has no valid date</source>
        <translation>%1 heeft geen geldige datum</translation>
    </message>
    <message>
        <source>%1 is listed twice%2</source>
        <translation>%1 staat er twee keer in%2</translation>
    </message>
    <message>
        <source> (detail “%1”)</source>
        <translation> (detail “%1”)</translation>
    </message>
    <message>
        <source>a data item needs a data category</source>
        <translation>een gegevensitem heeft een gegevenscategorie nodig</translation>
    </message>
    <message>
        <source>a DPIA date is stated, but the DPIA is marked as not performed</source>
        <translation>er is een DPIA-datum vermeld, maar de DPIA staat als niet uitgevoerd</translation>
    </message>
    <message>
        <source>the criterion “%1” is listed twice</source>
        <translation>het criterium “%1” staat er twee keer in</translation>
    </message>
    <message>
        <source>a DPA signing date is stated, but the DPA is marked as not in place</source>
        <translation>er is een datum van ondertekening van de verwerkersovereenkomst vermeld, maar die staat als niet aanwezig</translation>
    </message>
    <message>
        <source>the transfer carries all categories of its activities, so it cannot also list some</source>
        <translation>de doorgifte omvat alle categorieën van haar verwerkingen en kan er dus niet ook enkele opsommen</translation>
    </message>
</context>
</TS>
