<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ropa::CompareDialog</name>
    <message numerus="yes">
        <source>From this project to %1: %n change(s).</source>
        <translation>
            <numerusform>From this project to %1: %n change.</numerusform>
            <numerusform>From this project to %1: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::DocumentEditor</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::DpiaSection</name>
    <message numerus="yes">
        <source>%n criteria met: the EDPB (WP248 rev.01) considers a DPIA required in most cases when two or more are met.</source>
        <translation>
            <numerusform>%n criterion met: the EDPB (WP248 rev.01) considers a DPIA required in most cases when two or more are met.</numerusform>
            <numerusform>%n criteria met: the EDPB (WP248 rev.01) considers a DPIA required in most cases when two or more are met.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::EntityDetails</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::GraphView</name>
    <message numerus="yes">
        <source>Removing %1 also removes %n other entries.</source>
        <translation>
            <numerusform>Removing %1 also removes %n other entry.</numerusform>
            <numerusform>Removing %1 also removes %n other entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other entries.</source>
        <translation>
            <numerusform>It is also taken out of %n other entry.</numerusform>
            <numerusform>It is also taken out of %n other entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfers</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties nothing reaches</source>
        <translation>
            <numerusform>%n party nothing reaches</numerusform>
            <numerusform>%n parties nothing reaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfers list no data category</source>
        <translation>
            <numerusform>%n transfer lists no data category</numerusform>
            <numerusform>%n transfers list no data category</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::ImportDialog</name>
    <message numerus="yes">
        <source>%1, %n sheet(s)</source>
        <translation>
            <numerusform>%1, %n sheet</numerusform>
            <numerusform>%1, %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities to import</source>
        <translation>
            <numerusform>%n activity to import</numerusform>
            <numerusform>%n activities to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not resolved (see What will be imported)</source>
        <translation>
            <numerusform>%n value not resolved (see What will be imported)</numerusform>
            <numerusform>%n values not resolved (see What will be imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>Import %n activity from %1</numerusform>
            <numerusform>Import %n activities from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::ImportSummaryView</name>
    <message numerus="yes">
        <source>The sheet holds %n activities.</source>
        <translation>
            <numerusform>The sheet holds %n activity.</numerusform>
            <numerusform>The sheet holds %n activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be added</source>
        <translation>
            <numerusform>%n will be added</numerusform>
            <numerusform>%n will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project will gain what they lacked</source>
        <translation>
            <numerusform>%n already in the project will gain what it lacked</numerusform>
            <numerusform>%n already in the project will gain what they lacked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project stay as they are</source>
        <translation>
            <numerusform>%n already in the project stays as it is</numerusform>
            <numerusform>%n already in the project stay as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) Ropa could not resolve. Nothing is guessed for them: type what one reads as (double-click Read as) and every row with it follows, or correct them in the spreadsheet, or in the project after the import.</source>
        <translation>
            <numerusform>%n value Ropa could not resolve. Nothing is guessed for it: type what it reads as (double-click Read as) and every row with it follows, or correct it in the spreadsheet, or in the project after the import.</numerusform>
            <numerusform>%n values Ropa could not resolve. Nothing is guessed for them: type what one reads as (double-click Read as) and every row with it follows, or correct them in the spreadsheet, or in the project after the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::MainWindow</name>
    <message numerus="yes">
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln parties</source>
        <translation>
            <numerusform>%Ln party</numerusform>
            <numerusform>%Ln parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transfers</source>
        <translation>
            <numerusform>%Ln transfer</numerusform>
            <numerusform>%Ln transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln data categories</source>
        <translation>
            <numerusform>%Ln data category</numerusform>
            <numerusform>%Ln data categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::MergeDialog</name>
    <message numerus="yes">
        <source>Decide %n conflict(s) to merge.</source>
        <translation>
            <numerusform>Decide %n conflict to merge.</numerusform>
            <numerusform>Decide %n conflicts to merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) ticked.</source>
        <translation>
            <numerusform>%n change ticked.</numerusform>
            <numerusform>%n changes ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both of you changed these; choose whose to keep, or write your own where it is a text.</source>
        <translation>
            <numerusform>%n conflict: both of you changed this; choose whose to keep, or write your own where it is a text.</numerusform>
            <numerusform>%n conflicts: both of you changed these; choose whose to keep, or write your own where it is a text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::PartyEditor</name>
    <message numerus="yes">
        <source>%n processing activities belong to this organisation; give them another one first.</source>
        <translation>
            <numerusform>%n processing activity belongs to this organisation; give it another one first.</numerusform>
            <numerusform>%n processing activities belong to this organisation; give them another one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::RecordsView</name>
    <message numerus="yes">
        <source>Building the record of %n activities…</source>
        <translation>
            <numerusform>Building the record of %n activity…</numerusform>
            <numerusform>Building the record of %n activities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities; %1% of the required items stated (%2 of %3)</source>
        <translation>
            <numerusform>%n activity; %1% of the required items stated (%2 of %3)</numerusform>
            <numerusform>%n activities; %1% of the required items stated (%2 of %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::checks</name>
    <message numerus="yes">
        <source>Processor “%1” has no processing agreement date: %n onward transfer(s) depend on it.</source>
        <translation>
            <numerusform>Processor “%1” has no processing agreement date: %n onward transfer depends on it.</numerusform>
            <numerusform>Processor “%1” has no processing agreement date: %n onward transfers depend on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” passes data on to %2 in %n onward transfer(s) whose transfer mechanism is not stated; the destinations are outside the EEA and without an adequacy decision.</source>
        <translation>
            <numerusform>“%1” passes data on to %2 in %n onward transfer whose transfer mechanism is not stated; the destinations are outside the EEA and without an adequacy decision.</numerusform>
            <numerusform>“%1” passes data on to %2 in %n onward transfers whose transfer mechanism is not stated; the destinations are outside the EEA and without an adequacy decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) to “%1” send data to %2, outside the EEA and without an adequacy decision, with no transfer mechanism stated.</source>
        <translation>
            <numerusform>%n transfer to “%1” sends data to %2, outside the EEA and without an adequacy decision, with no transfer mechanism stated.</numerusform>
            <numerusform>%n transfers to “%1” send data to %2, outside the EEA and without an adequacy decision, with no transfer mechanism stated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data categories (“%1”) reach %2 only through %3; its weakest hop, “%4”, has %5.</source>
        <translation>
            <numerusform>%n data category (“%1”) reaches %2 only through %3; its weakest hop, “%4”, has %5.</numerusform>
            <numerusform>%n data categories (“%1”) reach %2 only through %3; its weakest hop, “%4”, has %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no processing agreement recorded: %n subprocessor(s) are reached through it.</source>
        <translation>
            <numerusform>“%1” has no processing agreement recorded: %n subprocessor is reached through it.</numerusform>
            <numerusform>“%1” has no processing agreement recorded: %n subprocessors are reached through it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity “%1” meets %n criteria of the DPIA screening (EDPB WP248), and %2.</source>
        <translation>
            <numerusform>Activity “%1” meets %n criterion of the DPIA screening (EDPB WP248), and %2.</numerusform>
            <numerusform>Activity “%1” meets %n criteria of the DPIA screening (EDPB WP248), and %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::checks::FindingsModel</name>
    <message numerus="yes">
        <source>Affected (%n):</source>
        <translation>
            <numerusform>Affected (%n):</numerusform>
            <numerusform>Affected (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::cli</name>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low open, %4 accepted</source>
        <translation>
            <numerusform>%n finding: %1 high, %2 medium, %3 low open, %4 accepted</numerusform>
            <numerusform>%n findings: %1 high, %2 medium, %3 low open, %4 accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low</source>
        <translation>
            <numerusform>%n finding: %1 high, %2 medium, %3 low</numerusform>
            <numerusform>%n findings: %1 high, %2 medium, %3 low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the processor record (%n activities, %1% complete) to %2</source>
        <translation>
            <numerusform>Wrote the processor record (%n activity, %1% complete) to %2</numerusform>
            <numerusform>Wrote the processor record (%n activities, %1% complete) to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the controller record (%n activities, %1% complete) to %2</source>
        <translation>
            <numerusform>Wrote the controller record (%n activity, %1% complete) to %2</numerusform>
            <numerusform>Wrote the controller record (%n activities, %1% complete) to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into “%1”: %n change(s) taken into ours.</source>
        <translation>
            <numerusform>Merged into “%1”: %n change taken into ours.</numerusform>
            <numerusform>Merged into “%1”: %n changes taken into ours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not merged: %n conflict(s) to decide (nothing was written; --prefer ours|theirs decides them all).</source>
        <translation>
            <numerusform>Not merged: %n conflict to decide (nothing was written; --prefer ours|theirs decides it).</numerusform>
            <numerusform>Not merged: %n conflicts to decide (nothing was written; --prefer ours|theirs decides them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is a valid Ropa project (format %2, %n entities)</source>
        <translation>
            <numerusform>OK: %1 is a valid Ropa project (format %2, %n entity)</numerusform>
            <numerusform>OK: %1 is a valid Ropa project (format %2, %n entities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s) read</source>
        <translation>
            <numerusform>%n subprocessor read</numerusform>
            <numerusform>%n subprocessors read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unresolved locations (%n):</source>
        <translation>
            <numerusform>Unresolved locations (%n):</numerusform>
            <numerusform>Unresolved locations (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>affects (%n): %1</source>
        <translation>
            <numerusform>affects (%n): %1</numerusform>
            <numerusform>affects (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unresolved values (%n), kept as written or left out:</source>
        <translation>
            <numerusform>Unresolved value (%n), kept as written or left out:</numerusform>
            <numerusform>Unresolved values (%n), kept as written or left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(row(s) %1)</source>
        <translation>
            <numerusform>(row %1)</numerusform>
            <numerusform>(rows %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) as the AVG register&apos;s JSON to %1</source>
        <translation>
            <numerusform>Wrote %n record as the AVG register&apos;s JSON to %1</numerusform>
            <numerusform>Wrote %n records as the AVG register&apos;s JSON to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(record(s) %1)</source>
        <translation>
            <numerusform>(record %1)</numerusform>
            <numerusform>(records %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties of the project are named like “%1”; give the exact name</source>
        <translation>
            <numerusform>%n party of the project is named like “%1”; give the exact name</numerusform>
            <numerusform>%n parties of the project are named like “%1”; give the exact name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new party(ies)</source>
        <translation>
            <numerusform>%n new party</numerusform>
            <numerusform>%n new parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new transfer(s)</source>
        <translation>
            <numerusform>%n new transfer</numerusform>
            <numerusform>%n new transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) changed</source>
        <translation>
            <numerusform>%n transfer changed</numerusform>
            <numerusform>%n transfers changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) removed</source>
        <translation>
            <numerusform>%n transfer removed</numerusform>
            <numerusform>%n transfers removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, read %2 from %3: %n row(s)</source>
        <translation>
            <numerusform>Version %1, read %2 from %3: %n row</numerusform>
            <numerusform>Version %1, read %2 from %3: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::compare</name>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::edit</name>
    <message numerus="yes">
        <source>Remove %n items</source>
        <translation>
            <numerusform>Remove %n item</numerusform>
            <numerusform>Remove %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::graph</name>
    <message numerus="yes">
        <source>%n transfer(s) list no data categories and are assumed to carry every category.</source>
        <translation>
            <numerusform>%n transfer lists no data categories and is assumed to carry every category.</numerusform>
            <numerusform>%n transfers list no data categories and are assumed to carry every category.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::history</name>
    <message numerus="yes">
        <source>The history is intact (%n entries).</source>
        <translation>
            <numerusform>The history is intact (%n entry).</numerusform>
            <numerusform>The history is intact (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more change(s), not listed.</source>
        <translation>
            <numerusform>%n more change, not listed.</numerusform>
            <numerusform>%n more changes, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::importer</name>
    <message numerus="yes">
        <source>more than %n rows; Ropa imports at most that many rows of a register</source>
        <translation>
            <numerusform>more than %n row; Ropa imports at most that many rows of a register</numerusform>
            <numerusform>more than %n rows; Ropa imports at most that many rows of a register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row %1 (“%2”): the register names third countries but not which of its %n recipient(s) they go to; kept in the activity&apos;s notes</source>
        <translation>
            <numerusform>row %1 (“%2”): the register names third countries but not which of its %n recipient they go to; kept in the activity&apos;s notes</numerusform>
            <numerusform>row %1 (“%2”): the register names third countries but not which of its %n recipients they go to; kept in the activity&apos;s notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file is larger than %n MB, more than a register export holds</source>
        <translation>
            <numerusform>the file is larger than %n MB, more than a register export holds</numerusform>
            <numerusform>the file is larger than %n MB, more than a register export holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the JSON nests arrays and objects more than %n deep; a register export does not</source>
        <translation>
            <numerusform>the JSON nests arrays and objects more than %n deep; a register export does not</numerusform>
            <numerusform>the JSON nests arrays and objects more than %n deep; a register export does not</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file holds more than %n records</source>
        <translation>
            <numerusform>the file holds more than %n record</numerusform>
            <numerusform>the file holds more than %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police-data record(s) (Wet politiegegevens): Ropa&apos;s record has no field for the Wpg, so each activity says so in its notes</source>
        <translation>
            <numerusform>%n police-data record (Wet politiegegevens): Ropa&apos;s record has no field for the Wpg, so the activity says so in its notes</numerusform>
            <numerusform>%n police-data records (Wet politiegegevens): Ropa&apos;s record has no field for the Wpg, so each activity says so in its notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controller record(s)</source>
        <translation>
            <numerusform>%n controller record</numerusform>
            <numerusform>%n controller records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor record(s)</source>
        <translation>
            <numerusform>%n processor record</numerusform>
            <numerusform>%n processor records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police-data record(s)</source>
        <translation>
            <numerusform>%n police-data record</numerusform>
            <numerusform>%n police-data records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): %n attachment(s) named but not in the file; not imported</source>
        <translation>
            <numerusform>record %1 (“%2”): %n attachment named but not in the file; not imported</numerusform>
            <numerusform>record %1 (“%2”): %n attachments named but not in the file; not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): %n controllers named; the activity is kept for the first</source>
        <translation>
            <numerusform>record %1 (“%2”): %n controller named; the activity is kept for the first</numerusform>
            <numerusform>record %1 (“%2”): %n controllers named; the activity is kept for the first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %1 (“%2”): its purposes have %n different lawful bases; none was set</source>
        <translation>
            <numerusform>record %1 (“%2”): its purposes have %n different lawful basis; none was set</numerusform>
            <numerusform>record %1 (“%2”): its purposes have %n different lawful bases; none was set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::json</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::reports::Record</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[cut: the text has %n characters; a cell holds at most 32,767]</source>
        <translation>
            <numerusform>[cut: the text has %n character; a cell holds at most 32,767]</numerusform>
            <numerusform>[cut: the text has %n characters; a cell holds at most 32,767]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes saved from %1 to %2 (%n save(s)), from the history the project file keeps.</source>
        <translation>
            <numerusform>The changes saved from %1 to %2 (%n save), from the history the project file keeps.</numerusform>
            <numerusform>The changes saved from %1 to %2 (%n saves), from the history the project file keeps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of large saves were counted but not itemised in the history.</source>
        <translation>
            <numerusform>%n change of large saves was counted but not itemised in the history.</numerusform>
            <numerusform>%n changes of large saves were counted but not itemised in the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ropa::subprocessors</name>
    <message numerus="yes">
        <source>more than %n rows; a subprocessor list is not this long</source>
        <translation>
            <numerusform>more than %n row; a subprocessor list is not this long</numerusform>
            <numerusform>more than %n rows; a subprocessor list is not this long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added (%n):</source>
        <translation>
            <numerusform>Added (%n):</numerusform>
            <numerusform>Added (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n):</source>
        <translation>
            <numerusform>Removed (%n):</numerusform>
            <numerusform>Removed (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed (%n):</source>
        <translation>
            <numerusform>Renamed (%n):</numerusform>
            <numerusform>Renamed (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n):</source>
        <translation>
            <numerusform>Changed (%n):</numerusform>
            <numerusform>Changed (%n):</numerusform>
        </translation>
    </message>
</context>
</TS>
