<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>The rules file has errors; fix them first:
%1</source>
        <translation>Die Regeldatei enthält Fehler; beheben Sie diese zuerst:
%1</translation>
    </message>
    <message>
        <source># Differences the team expects between environments, recorded by Drift Deck</source>
        <translation># Abweichungen zwischen Umgebungen, die das Team erwartet, aufgezeichnet von Drift Deck</translation>
    </message>
    <message>
        <source># (&quot;Mark as expected…&quot;). Edit freely and add comments: Drift Deck only appends.</source>
        <translation># („Als erwartet markieren…“). Frei bearbeiten und kommentieren: Drift Deck hängt nur an.</translation>
    </message>
    <message>
        <source>The rules file lists &quot;expected&quot; in a form Drift Deck cannot append to (line %1); write it as a block list (&quot;- key: …&quot;) and try again.</source>
        <translation>Die Regeldatei führt &quot;expected&quot; in einer Form, an die Drift Deck nichts anhängen kann (Zeile %1); schreiben Sie es als Blockliste (&quot;- key: …&quot;) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Drift Deck could not add the rule to the rules file without changing what it says; add it by hand.</source>
        <translation>Drift Deck konnte die Regel nicht in die Regeldatei einfügen, ohne deren Inhalt zu verändern; fügen Sie sie von Hand hinzu.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Beobachtbarkeit</translation>
    </message>
    <message>
        <source>Network and TLS</source>
        <translation>Netzwerk und TLS</translation>
    </message>
    <message>
        <source>not in the data: tick it by hand in the rules file</source>
        <translation>nicht in den Daten: manuell in der Regeldatei abhaken</translation>
    </message>
    <message>
        <source>ticked by hand: %1</source>
        <translation>manuell abgehakt: %1</translation>
    </message>
    <message>
        <source>also ticked by hand as %1: %2</source>
        <translation>auch manuell als %1 abgehakt: %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>the baseline has no %1</source>
        <translation>die Referenz hat keine %1</translation>
    </message>
    <message>
        <source>baseline: the others are compared with it</source>
        <translation>Referenz: die anderen werden mit ihr verglichen</translation>
    </message>
    <message>
        <source>%1: secret differs</source>
        <translation>%1: Geheimnis abweichend</translation>
    </message>
    <message>
        <source>%1: %2 (%3: %4)</source>
        <translation>%1: %2 (%3: %4)</translation>
    </message>
    <message>
        <source>%1: unknown (%2)</source>
        <translation>%1: unbekannt (%2)</translation>
    </message>
    <message>
        <source>%1: %2, expected: %3</source>
        <translation>%1: %2, erwartet: %3</translation>
    </message>
    <message>
        <source>no %1 here or in the baseline</source>
        <translation>keine %1 hier oder in der Referenz</translation>
    </message>
    <message>
        <source>%1 of %2 the same as the baseline</source>
        <translation>%1 von %2 identisch mit der Referenz</translation>
    </message>
    <message>
        <source>image digests</source>
        <translation>Image-Digests</translation>
    </message>
    <message>
        <source>runtime versions</source>
        <translation>Laufzeitversionen</translation>
    </message>
    <message>
        <source>database engine or version rows</source>
        <translation>Zeilen zu Datenbank-Engine oder -Version</translation>
    </message>
    <message>
        <source>cache engine or version rows</source>
        <translation>Zeilen zu Cache-Engine oder -Version</translation>
    </message>
    <message>
        <source>configuration keys</source>
        <translation>Konfigurationsschlüssel</translation>
    </message>
    <message>
        <source>flag rows</source>
        <translation>Flag-Zeilen</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>%1: rule expired %2 (%3, %4)</source>
        <translation>%1: Regel am %2 abgelaufen (%3, %4)</translation>
    </message>
    <message>
        <source>rule %1 expired %2 (%3, %4)</source>
        <translation>Regel %1 am %2 abgelaufen (%3, %4)</translation>
    </message>
    <message>
        <source>no expected-difference rules</source>
        <translation>keine Regeln für erwartete Abweichungen</translation>
    </message>
    <message>
        <source>no expired rule applies (rules: %1)</source>
        <translation>keine abgelaufene Regel greift (Regeln: %1)</translation>
    </message>
    <message>
        <source>%1: planned removal %2, still %3</source>
        <translation>%1: geplante Entfernung %2, noch %3</translation>
    </message>
    <message>
        <source>no flag here says its category (seed format: category, plannedRemoval)</source>
        <translation>kein Flag hier nennt seine Kategorie (Seed-Format: category, plannedRemoval)</translation>
    </message>
    <message>
        <source>release flags: %1, none past its planned removal</source>
        <translation>Release-Flags: %1, keines über seine geplante Entfernung hinaus</translation>
    </message>
    <message>
        <source>%1: unknown (its source failed)</source>
        <translation>%1: unbekannt (seine Quelle ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1: %2, no thresholds</source>
        <translation>%1: %2, keine Schwellenwerte</translation>
    </message>
    <message>
        <source>no metrics here</source>
        <translation>hier keine Metriken</translation>
    </message>
    <message>
        <source>metrics with thresholds: %1</source>
        <translation>Metriken mit Schwellenwerten: %1</translation>
    </message>
    <message>
        <source>no production environment</source>
        <translation>keine Produktionsumgebung</translation>
    </message>
    <message>
        <source>%1 shows no real certificate to compare with</source>
        <translation>%1 zeigt kein echtes Zertifikat zum Vergleich</translation>
    </message>
    <message>
        <source>tls/%1: no TLS (%2 has a certificate)</source>
        <translation>tls/%1: kein TLS (%2 hat ein Zertifikat)</translation>
    </message>
    <message>
        <source>tls/%1: self-signed (%2)</source>
        <translation>tls/%1: selbstsigniert (%2)</translation>
    </message>
    <message>
        <source>tls/%1: not probed here</source>
        <translation>tls/%1: hier nicht geprüft</translation>
    </message>
    <message>
        <source>tls/%1: %2, issued by %3</source>
        <translation>tls/%1: %2, ausgestellt von %3</translation>
    </message>
    <message>
        <source>tls/%1: %2 (%3)</source>
        <translation>tls/%1: %2 (%3)</translation>
    </message>
    <message>
        <source>tls/%1: %2</source>
        <translation>tls/%1: %2</translation>
    </message>
    <message>
        <source>no certificate expiry known here</source>
        <translation>hier kein Zertifikatsablauf bekannt</translation>
    </message>
</context>
<context>
    <name>DriftDeck::Capture</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No credential store is available for &quot;%1&quot;</source>
        <translation>Kein Anmeldedatenspeicher für &quot;%1&quot; verfügbar</translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;</source>
        <translation>Unbekannter Quelltyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>DriftDeck::Category</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CellActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the cell&apos;s value, or the key&apos;s row as tab-separated text</source>
        <translation>Den Wert der Zelle kopieren oder die Zeile des Schlüssels als tabulatorgetrennten Text</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Expected…</source>
        <translation>Als &amp;erwartet markieren…</translation>
    </message>
    <message>
        <source>Rules belong to a workspace; a snapshot cannot record them.</source>
        <translation>Regeln gehören zu einem Arbeitsbereich; ein Schnappschuss kann sie nicht aufnehmen.</translation>
    </message>
    <message>
        <source>Only a difference from the baseline can be marked as expected.</source>
        <translation>Nur eine Abweichung von der Referenz kann als erwartet markiert werden.</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Open &amp;Source File</source>
        <translation>&amp;Quelldatei öffnen</translation>
    </message>
    <message>
        <source>The value did not come from a local file.</source>
        <translation>Der Wert stammt nicht aus einer lokalen Datei.</translation>
    </message>
    <message>
        <source>Rule saved to %1.</source>
        <translation>Regel in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 ist keine Datei auf diesem Rechner.</translation>
    </message>
    <message>
        <source>How this key&apos;s value changed across the snapshots kept of this workspace</source>
        <translation>Wie sich der Wert dieses Schlüssels über die aufbewahrten Schnappschüsse dieses Arbeitsbereichs verändert hat</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CellStyle</name>
    <message>
        <source>source failed</source>
        <translation>Quelle fehlgeschlagen</translation>
    </message>
    <message>
        <source>hidden by source</source>
        <translation>von der Quelle verborgen</translation>
    </message>
    <message>
        <source>baseline unknown</source>
        <translation>Referenz unbekannt</translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>anders</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CellText</name>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Last value read: %1</source>
        <translation>Zuletzt gelesener Wert: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Source %1 failed</source>
        <translation>Quelle %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Source %1 failed: %2</source>
        <translation>Quelle %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Set by: %1</source>
        <translation>Gesetzt durch: %1</translation>
    </message>
    <message>
        <source>Layers, lowest first:</source>
        <translation>Ebenen, niedrigste zuerst:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CheckReport</name>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source> (rule expired %1: %2)</source>
        <translation> (Regel am %1 abgelaufen: %2)</translation>
    </message>
    <message>
        <source>: its source failed</source>
        <translation>: Quelle fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(Geheimnis)</translation>
    </message>
    <message>
        <source>%1 drift on %2</source>
        <translation>Drift (%1) in %2</translation>
    </message>
    <message>
        <source>Drift Deck: %1</source>
        <translation>Drift Deck: %1</translation>
    </message>
    <message>
        <source>Baseline **%1**, captured %2.</source>
        <translation>Referenz **%1**, erfasst %2.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Incomplete: these sources failed</source>
        <translation>Unvollständig: diese Quellen sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>No drift.</source>
        <translation>Keine Drift.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) drift (%1 critical).</source>
        <translation>
            <numerusform>%n Schlüssel weicht ab (%1 kritisch).</numerusform>
            <numerusform>%n Schlüssel weichen ab (%1 kritisch).</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift Deck check: %1</source>
        <translation>Drift-Deck-Prüfung: %1</translation>
    </message>
    <message>
        <source>Baseline %1 · captured %2</source>
        <translation>Referenz %1 · erfasst %2</translation>
    </message>
    <message>
        <source>  Parity   Drift  Expected  Unknown</source>
        <translation>  Parität  Drift  Erwartet  Unbekannt</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ERWARTET</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Sources that failed (the comparison is incomplete):</source>
        <translation>Fehlgeschlagene Quellen (der Vergleich ist unvollständig):</translation>
    </message>
    <message>
        <source>Drifting keys: %1 (critical: %2).</source>
        <translation>Abweichende Schlüssel: %1 (kritisch: %2).</translation>
    </message>
    <message>
        <source>Expected differences: %1.</source>
        <translation>Erwartete Abweichungen: %1.</translation>
    </message>
    <message>
        <source>Cells whose rule expired: %1.</source>
        <translation>Zellen mit abgelaufener Regel: %1.</translation>
    </message>
    <message>
        <source>Failed sources: %1.</source>
        <translation>Fehlgeschlagene Quellen: %1.</translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation>Exit-Code %1.</translation>
    </message>
    <message>
        <source>warning: %1 / %2: %3</source>
        <translation>Warnung: %1 / %2: %3</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>SAME</source>
        <translation>GLEICH</translation>
    </message>
    <message>
        <source>Parity checklist: %1 pass · %2 fail · %3 unknown</source>
        <translation>Paritäts-Checkliste: %1 bestanden · %2 fehlgeschlagen · %3 unbekannt</translation>
    </message>
    <message>
        <source>%1: fails in %2</source>
        <translation>%1: fehlgeschlagen in %2</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>environment discovery</source>
        <translation>Umgebungssuche</translation>
    </message>
</context>
<context>
    <name>DriftDeck::Checklist</name>
    <message>
        <source>Same image digest for each repository everywhere</source>
        <translation>Gleicher Image-Digest je Repository in allen Umgebungen</translation>
    </message>
    <message>
        <source>Same runtime versions</source>
        <translation>Gleiche Laufzeitversionen</translation>
    </message>
    <message>
        <source>Same database engine and version</source>
        <translation>Gleiche Datenbank-Engine und -Version</translation>
    </message>
    <message>
        <source>Same cache engine and version</source>
        <translation>Gleiche Cache-Engine und -Version</translation>
    </message>
    <message>
        <source>Backups are restored and tested</source>
        <translation>Backups werden wiederhergestellt und getestet</translation>
    </message>
    <message>
        <source>No configuration drift without an expected-difference rule</source>
        <translation>Kein Konfigurations-Drift ohne Regel für erwartete Abweichungen</translation>
    </message>
    <message>
        <source>No expired rule</source>
        <translation>Keine abgelaufene Regel</translation>
    </message>
    <message>
        <source>Flag differences only where a rule documents them</source>
        <translation>Flag-Abweichungen nur, wo eine Regel sie dokumentiert</translation>
    </message>
    <message>
        <source>No release flag past its planned removal</source>
        <translation>Kein Release-Flag nach seiner geplanten Entfernung</translation>
    </message>
    <message>
        <source>The same metrics exist everywhere</source>
        <translation>Überall dieselben Metriken</translation>
    </message>
    <message>
        <source>Thresholds defined for each environment</source>
        <translation>Schwellenwerte für jede Umgebung definiert</translation>
    </message>
    <message>
        <source>A real certificate where production has one</source>
        <translation>Ein echtes Zertifikat, wo die Produktion eines hat</translation>
    </message>
    <message>
        <source>No certificate expiring soon</source>
        <translation>Kein bald ablaufendes Zertifikat</translation>
    </message>
    <message>
        <source>Network policies and firewall rules match production</source>
        <translation>Netzwerkrichtlinien und Firewall-Regeln entsprechen der Produktion</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistDock</name>
    <message>
        <source>Parity Checklist</source>
        <translation>Paritäts-Checkliste</translation>
    </message>
    <message>
        <source>A snapshot is read-only: open its workspace to tick items by hand.</source>
        <translation>Ein Schnappschuss ist schreibgeschützt: Öffnen Sie seinen Arbeitsbereich, um Punkte von Hand abzuhaken.</translation>
    </message>
    <message>
        <source>Tick saved to %1.</source>
        <translation>Haken in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistTickDialog</name>
    <message>
        <source>Tick Checklist Item</source>
        <translation>Checklistenpunkt abhaken</translation>
    </message>
    <message>
        <source>Every environment</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>What was checked, and where the proof is (ticket, runbook)</source>
        <translation>Was geprüft wurde und wo der Nachweis liegt (Ticket, Runbook)</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Punkt:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Save Tick</source>
        <translation>Haken speichern</translation>
    </message>
    <message>
        <source>Saved in the rules file beside the workspace; the data still wins where it shows a failure.</source>
        <translation>Wird in der Regeldatei neben dem Arbeitsbereich gespeichert; zeigen die Daten einen Fehler, haben sie weiterhin Vorrang.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistView</name>
    <message>
        <source>✓ pass</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ nicht bestanden</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>(manuell)</translation>
    </message>
    <message>
        <source>Tick by Hand…</source>
        <translation>Manuell abhaken…</translation>
    </message>
    <message>
        <source>Parity checklist</source>
        <translation>Paritäts-Checkliste</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Record a pass or fail for the selected cell, with a note, in the rules file</source>
        <translation>Für die gewählte Zelle „bestanden“ oder „nicht bestanden“ samt Notiz in der Regeldatei festhalten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>%1 (by hand only)</source>
        <translation>%1 (nur manuell)</translation>
    </message>
    <message>
        <source>No checklist yet: open a workspace or a snapshot.</source>
        <translation>Noch keine Checkliste: Öffnen Sie einen Arbeitsbereich oder einen Schnappschuss.</translation>
    </message>
    <message>
        <source>%1 pass · %2 fail · %3 unknown</source>
        <translation>%1 bestanden · %2 nicht bestanden · %3 unbekannt</translation>
    </message>
    <message>
        <source>Select a cell to see the evidence behind it.</source>
        <translation>Wählen Sie eine Zelle, um den Nachweis dazu zu sehen.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CommandLine</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Compare the environments of a workspace, or of a saved snapshot, with a baseline and print the drift.</source>
        <translation>Die Umgebungen eines Arbeitsbereichs oder eines gespeicherten Schnappschusses mit einer Referenz vergleichen und den Drift ausgeben.</translation>
    </message>
    <message>
        <source>A workspace file, or a snapshot file.</source>
        <translation>Eine Arbeitsbereichs- oder Schnappschussdatei.</translation>
    </message>
    <message>
        <source>Compare against ENV (default: the workspace&apos;s baseline).</source>
        <translation>Mit ENV vergleichen (Standard: die Referenz des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>Compare only these environments (comma-separated).</source>
        <translation>Nur diese Umgebungen vergleichen (kommagetrennt).</translation>
    </message>
    <message>
        <source>Output format: text, json, junit or markdown.</source>
        <translation>Ausgabeformat: text, json, junit oder markdown.</translation>
    </message>
    <message>
        <source>Exit with 1 on drift, only on critical drift, or never.</source>
        <translation>Mit 1 beenden bei Drift, nur bei kritischem Drift oder nie.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>List every key, not only divergent ones.</source>
        <translation>Alle Schlüssel auflisten, nicht nur abweichende.</translation>
    </message>
    <message>
        <source>Judge rule expiry as of DATE (default: today).</source>
        <translation>Ablauf der Regeln zum Stichtag DATE beurteilen (Standard: heute).</translation>
    </message>
    <message>
        <source>expected one WORKSPACE or SNAPSHOT file (see driftdeck check --help)</source>
        <translation>eine WORKSPACE- oder SNAPSHOT-Datei erwartet (siehe driftdeck check --help)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text, json, junit or markdown</source>
        <translation>unbekanntes Format &quot;%1&quot;: text, json, junit oder markdown verwenden</translation>
    </message>
    <message>
        <source>unknown --fail-on &quot;%1&quot;: use drift, critical or never</source>
        <translation>unbekannter Wert &quot;%1&quot; für --fail-on: drift, critical oder never verwenden</translation>
    </message>
    <message>
        <source>--as-of expects a date like 2027-03-31, got &quot;%1&quot;</source>
        <translation>--as-of erwartet ein Datum wie 2027-03-31, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment of this workspace</source>
        <translation>&quot;%1&quot; ist keine Umgebung dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Compare two snapshots (the older first): keys added, removed and changed per environment, and drift that is new or resolved. Either side may be a workspace file, captured now.
Exit codes: 0 identical; 1 they differ; 2 invalid arguments or snapshot files.</source>
        <translation>Zwei Schnappschüsse vergleichen (den älteren zuerst): je Umgebung hinzugefügte, entfernte und geänderte Schlüssel sowie neuer oder behobener Drift. Jede Seite darf eine Arbeitsbereichsdatei sein, die jetzt erfasst wird.
Exit-Codes: 0 identisch; 1 abweichend; 2 ungültige Argumente oder Schnappschussdateien.</translation>
    </message>
    <message>
        <source>The older snapshot.</source>
        <translation>Der ältere Schnappschuss.</translation>
    </message>
    <message>
        <source>The newer snapshot.</source>
        <translation>Der neuere Schnappschuss.</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown.</source>
        <translation>Ausgabeformat: text, json oder markdown.</translation>
    </message>
    <message>
        <source>Judge drift against ENV (default: the newer snapshot&apos;s baseline).</source>
        <translation>Drift gegenüber ENV beurteilen (Standard: die Referenz des neueren Schnappschusses).</translation>
    </message>
    <message>
        <source>expected two snapshot files, the older first (see driftdeck diff --help)</source>
        <translation>zwei Schnappschussdateien erwartet, die ältere zuerst (siehe driftdeck diff --help)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text, json or markdown</source>
        <translation>unbekanntes Format &quot;%1&quot;: text, json oder markdown verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an environment of neither snapshot</source>
        <translation>&quot;%1&quot; ist in keinem der beiden Schnappschüsse eine Umgebung</translation>
    </message>
    <message>
        <source>Write a PDF report of a workspace (captured now) or of a saved snapshot: summary, drift matrix, critical drift, expected differences and source errors. Secrets never appear.
Exit codes: 0 written; 2 invalid arguments or input; 3 written, but a source failed.</source>
        <translation>Einen PDF-Bericht eines Arbeitsbereichs (jetzt erfasst) oder eines gespeicherten Schnappschusses schreiben: Zusammenfassung, Drift-Matrix, kritischer Drift, erwartete Abweichungen und Quellfehler. Geheimnisse erscheinen nie.
Exit-Codes: 0 geschrieben; 2 ungültige Argumente oder Eingabe; 3 geschrieben, aber eine Quelle ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>List every key in the matrix, not only divergent ones.</source>
        <translation>Alle Schlüssel in der Matrix auflisten, nicht nur abweichende.</translation>
    </message>
    <message>
        <source>Paper: A4 or Letter.</source>
        <translation>Papierformat: A4 oder Letter.</translation>
    </message>
    <message>
        <source>Show the drift that is new since this snapshot.</source>
        <translation>Den seit diesem Schnappschuss neuen Drift anzeigen.</translation>
    </message>
    <message>
        <source>Chart drift over the workspace&apos;s saved snapshots (when the input is a workspace).</source>
        <translation>Drift über die gespeicherten Schnappschüsse des Arbeitsbereichs darstellen (wenn die Eingabe ein Arbeitsbereich ist).</translation>
    </message>
    <message>
        <source>expected one WORKSPACE or SNAPSHOT file (see driftdeck report --help)</source>
        <translation>eine WORKSPACE- oder SNAPSHOT-Datei erwartet (siehe driftdeck report --help)</translation>
    </message>
    <message>
        <source>say where to write the report with -o FILE.pdf</source>
        <translation>geben Sie mit -o FILE.pdf an, wohin der Bericht geschrieben werden soll</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;: use A4 or Letter</source>
        <translation>unbekanntes Seitenformat &quot;%1&quot;: A4 oder Letter verwenden</translation>
    </message>
    <message>
        <source>source failed: %1</source>
        <translation>Quelle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A workspace file.</source>
        <translation>Eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The snapshot file to write (*.driftsnap.json).</source>
        <translation>Die zu schreibende Schnappschussdatei (*.driftsnap.json).</translation>
    </message>
    <message>
        <source>expected one WORKSPACE file (see driftdeck snapshot --help)</source>
        <translation>eine WORKSPACE-Datei erwartet (siehe driftdeck snapshot --help)</translation>
    </message>
    <message>
        <source>%1 is already a snapshot; give a workspace file to capture</source>
        <translation>%1 ist bereits ein Schnappschuss; geben Sie zum Erfassen eine Arbeitsbereichsdatei an</translation>
    </message>
    <message>
        <source>Usage: driftdeck [WORKSPACE|SNAPSHOT]            open the window
       driftdeck check WORKSPACE|SNAPSHOT [options]
       driftdeck snapshot WORKSPACE -o FILE
       driftdeck report WORKSPACE|SNAPSHOT -o FILE.pdf [options]
       driftdeck diff SNAPSHOT_A SNAPSHOT_B [options]
       driftdeck COMMAND --help                    options of a command

Compare environments&apos; configuration, feature flags and versions against a baseline.

Commands (they need no display):
  check      compare the environments and print the drift (text, json, junit, markdown)
  snapshot   capture every environment and write a snapshot file
  report     write a PDF report (A4 or Letter) of a workspace or snapshot
  diff       compare two snapshots: changed keys, new and resolved drift

Exit codes of check:
  0  no drift at or above --fail-on
  1  drift found
  2  invalid arguments or workspace
  3  the comparison is incomplete because a source failed
     (and nothing above the threshold was found among what was compared)
snapshot and report exit with 0 when written, 2 when invalid, 3 when written but a
source failed; diff exits with 0 when the snapshots are identical, 1 when they
differ, 2 when invalid.

Options:
  -h, --help     show this help
  -v, --version  show the version
</source>
        <translation>Aufruf: driftdeck [WORKSPACE|SNAPSHOT]            Fenster öffnen
        driftdeck check WORKSPACE|SNAPSHOT [Optionen]
        driftdeck snapshot WORKSPACE -o FILE
        driftdeck report WORKSPACE|SNAPSHOT -o FILE.pdf [Optionen]
        driftdeck diff SNAPSHOT_A SNAPSHOT_B [Optionen]
        driftdeck COMMAND --help                    Optionen eines Befehls

Konfiguration, Feature-Flags und Versionen von Umgebungen mit einer Referenz vergleichen.

Befehle (sie benötigen keine Anzeige):
  check      Umgebungen vergleichen und den Drift ausgeben (text, json, junit, markdown)
  snapshot   alle Umgebungen erfassen und eine Schnappschussdatei schreiben
  report     PDF-Bericht (A4 oder Letter) eines Arbeitsbereichs oder Schnappschusses schreiben
  diff       zwei Schnappschüsse vergleichen: geänderte Schlüssel, neuer und behobener Drift

Exit-Codes von check:
  0  kein Drift auf oder über --fail-on
  1  Drift gefunden
  2  ungültige Argumente oder ungültiger Arbeitsbereich
  3  der Vergleich ist unvollständig, weil eine Quelle fehlgeschlagen ist
     (und im Verglichenen wurde nichts über dem Schwellenwert gefunden)
snapshot und report enden mit 0, wenn geschrieben, 2 bei ungültiger Eingabe, 3 wenn
geschrieben, aber eine Quelle fehlgeschlagen ist; diff endet mit 0, wenn die
Schnappschüsse identisch sind, 1 wenn sie abweichen, 2 bei ungültiger Eingabe.

Optionen:
  -h, --help     diese Hilfe anzeigen
  -v, --version  die Version anzeigen
</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>warning: %1 / %2: %3</source>
        <translation>Warnung: %1 / %2: %3</translation>
    </message>
    <message>
        <source>Chart every named Prometheus query over the last 1h, 6h, 24h or 7d, read now from the workspace&apos;s Prometheus sources.</source>
        <translation>Jede benannte Prometheus-Abfrage über die letzten 1h, 6h, 24h oder 7d darstellen, jetzt aus den Prometheus-Quellen des Arbeitsbereichs gelesen.</translation>
    </message>
    <message>
        <source>unknown metrics window &quot;%1&quot;: use 1h, 6h, 24h or 7d</source>
        <translation>unbekanntes Metrik-Zeitfenster &quot;%1&quot;: 1h, 6h, 24h oder 7d verwenden</translation>
    </message>
    <message>
        <source>--metrics-window needs the workspace: this snapshot does not name one</source>
        <translation>--metrics-window benötigt den Arbeitsbereich: dieser Schnappschuss nennt keinen</translation>
    </message>
    <message>
        <source>--metrics-window: %1</source>
        <translation>--metrics-window: %1</translation>
    </message>
    <message>
        <source>Capture every environment of a workspace and write a snapshot file, or keep it in the workspace&apos;s history (the folder the window&apos;s History view reads; the workspace&apos;s `history: folder:` when it names one).
Exit codes: 0 written; 2 invalid arguments or workspace; 3 written, but a source failed (its keys are unknown in the snapshot).</source>
        <translation>Alle Umgebungen eines Arbeitsbereichs erfassen und eine Schnappschussdatei schreiben oder den Schnappschuss im Verlauf des Arbeitsbereichs ablegen (dem Ordner, den die Verlaufsansicht des Fensters liest; `history: folder:` des Arbeitsbereichs, falls angegeben).
Exit-Codes: 0 geschrieben; 2 ungültige Argumente oder Arbeitsbereich; 3 geschrieben, aber eine Quelle ist fehlgeschlagen (ihre Schlüssel sind im Schnappschuss unbekannt).</translation>
    </message>
    <message>
        <source>Keep the snapshot in the workspace&apos;s history, with its retention.</source>
        <translation>Den Schnappschuss im Verlauf des Arbeitsbereichs ablegen, mit dessen Aufbewahrungsregeln.</translation>
    </message>
    <message>
        <source>Keep the snapshot in this history folder (a shared volume, a synced folder) instead of the workspace&apos;s; implies --history.</source>
        <translation>Den Schnappschuss in diesem Verlaufsordner (gemeinsames Volume, synchronisierter Ordner) statt in dem des Arbeitsbereichs ablegen; impliziert --history.</translation>
    </message>
    <message>
        <source>say where to write the snapshot with -o FILE, --history or --history-folder DIR</source>
        <translation>geben Sie mit -o FILE, --history oder --history-folder DIR an, wohin der Schnappschuss geschrieben werden soll</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CompareDialog</name>
    <message>
        <source>Compare Two Environments</source>
        <translation>Zwei Umgebungen vergleichen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation>Verglichen &amp;mit:</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ComposeInterpolation</name>
    <message>
        <source>invalid interpolation &quot;%1&quot;</source>
        <translation>ungültige Interpolation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required variable %1 is missing a value</source>
        <translation>erforderliche Variable %1 hat keinen Wert</translation>
    </message>
    <message>
        <source>required variable %1 is missing a value: %2</source>
        <translation>erforderliche Variable %1 hat keinen Wert: %2</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ComposeMerge</name>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>cannot override %1: %2 with %3</source>
        <translation>%1 kann nicht überschrieben werden: %2 durch %3</translation>
    </message>
    <message>
        <source>%1: expected &quot;KEY=value&quot;, got %2</source>
        <translation>%1: &quot;KEY=value&quot; erwartet, erhalten: %2</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ComposeProject</name>
    <message>
        <source>extends: &quot;service&quot; is missing</source>
        <translation>extends: &quot;service&quot; fehlt</translation>
    </message>
    <message>
        <source>extends: no service &quot;%1&quot;</source>
        <translation>extends: kein Dienst &quot;%1&quot;</translation>
    </message>
    <message>
        <source>extends: service &quot;%1&quot; extends itself through a cycle</source>
        <translation>extends: Dienst &quot;%1&quot; erweitert sich über einen Zyklus selbst</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected a compose file: a map with &quot;services&quot;</source>
        <translation>Compose-Datei erwartet: eine Map mit &quot;services&quot;</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be a map of service names to services</source>
        <translation>&quot;services&quot; muss eine Map von Dienstnamen auf Dienste sein</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; must be a map</source>
        <translation>Dienst &quot;%1&quot; muss eine Map sein</translation>
    </message>
    <message>
        <source>&quot;include&quot; must be a list</source>
        <translation>&quot;include&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>includes nested more than %1 deep (a cycle?)</source>
        <translation>Includes mehr als %1 Ebenen tief verschachtelt (ein Zyklus?)</translation>
    </message>
    <message>
        <source>include: &quot;path&quot; is missing</source>
        <translation>include: &quot;path&quot; fehlt</translation>
    </message>
    <message>
        <source>%1.%2 is also defined by the included file %3</source>
        <translation>%1.%2 ist auch in der eingebundenen Datei %3 definiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ComposeSource</name>
    <message>
        <source>docker-compose: the &quot;files&quot; option is missing</source>
        <translation>docker-compose: die Option &quot;files&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: env_file not found</source>
        <translation>%1: env_file nicht gefunden</translation>
    </message>
    <message>
        <source>Services of docker-compose files: images, environment, ports, resources and healthchecks, merged and interpolated as Compose does</source>
        <translation>Dienste aus docker-compose-Dateien: Images, Umgebung, Ports, Ressourcen und Healthchecks, zusammengeführt und interpoliert wie von Compose</translation>
    </message>
    <message>
        <source>Compose files in order, later ones overriding earlier ones; may contain {env}</source>
        <translation>Compose-Dateien in Reihenfolge, spätere überschreiben frühere; darf {env} enthalten</translation>
    </message>
    <message>
        <source>The .env file whose variables fill ${…} (default: .env beside the first file)</source>
        <translation>Die .env-Datei, deren Variablen ${…} füllen (Standard: .env neben der ersten Datei)</translation>
    </message>
    <message>
        <source>Variables for ${…}, overriding the .env file&apos;s</source>
        <translation>Variablen für ${…}; überschreiben die der .env-Datei</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ConfigFilesSource</name>
    <message>
        <source>%1: file not found; this layer is skipped</source>
        <translation>%1: Datei nicht gefunden; diese Ebene wird übersprungen</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: unknown file format; use .yaml, .yml, .json, .env or .properties</source>
        <translation>%1: unbekanntes Dateiformat; verwenden Sie .yaml, .yml, .json, .env oder .properties</translation>
    </message>
    <message>
        <source>None of the configuration layers exists: %1</source>
        <translation>Keine der Konfigurationsebenen existiert: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>defaults (workspace)</source>
        <translation>Standardwerte (Arbeitsbereich)</translation>
    </message>
    <message>
        <source>%1 (mapped variables)</source>
        <translation>%1 (zugeordnete Variablen)</translation>
    </message>
    <message>
        <source>Layered configuration files: defaults, then each layer in order, then a .env file; the later one wins.</source>
        <translation>Geschichtete Konfigurationsdateien: Standardwerte, dann jede Ebene der Reihe nach, dann eine .env-Datei; die spätere gewinnt.</translation>
    </message>
    <message>
        <source>Values with the lowest priority, written in the workspace.</source>
        <translation>Werte mit der niedrigsten Priorität, im Arbeitsbereich angegeben.</translation>
    </message>
    <message>
        <source>Files in priority order, lowest first (.yaml, .yml, .json, .env, .properties); &quot;{env}&quot; is the environment&apos;s name.</source>
        <translation>Dateien nach Priorität, niedrigste zuerst (.yaml, .yml, .json, .env, .properties); &quot;{env}&quot; ist der Name der Umgebung.</translation>
    </message>
    <message>
        <source>A .env file for the environment; its variables override the layers (LOG_LEVEL sets log.level).</source>
        <translation>Eine .env-Datei für die Umgebung; ihre Variablen überschreiben die Ebenen (LOG_LEVEL setzt log.level).</translation>
    </message>
    <message>
        <source>Variables that set a differently named key, e.g. DB_POOL_SIZE: database.poolSize.</source>
        <translation>Variablen, die einen anders benannten Schlüssel setzen, z. B. DB_POOL_SIZE: database.poolSize.</translation>
    </message>
    <message>
        <source>Whether a missing file is only a warning (default true). At least one layer must exist.</source>
        <translation>Ob eine fehlende Datei nur eine Warnung ist (Standard: true). Mindestens eine Ebene muss existieren.</translation>
    </message>
    <message>
        <source>The option “layers” must list at least one file, e.g. [config/base.yaml, &quot;config/{env}.yaml&quot;]</source>
        <translation>Die Option „layers“ muss mindestens eine Datei auflisten, z. B. [config/base.yaml, &quot;config/{env}.yaml&quot;]</translation>
    </message>
    <message>
        <source>The option “dotenv” must be one file path, e.g. &quot;env/{env}.env&quot;</source>
        <translation>Die Option „dotenv“ muss ein einzelner Dateipfad sein, z. B. &quot;env/{env}.env&quot;</translation>
    </message>
    <message>
        <source>The option “optional” must be true or false</source>
        <translation>Die Option „optional“ muss true oder false sein</translation>
    </message>
    <message>
        <source>The option “envMapping” must map variables to keys, e.g. DB_POOL_SIZE: database.poolSize</source>
        <translation>Die Option „envMapping“ muss Variablen auf Schlüssel abbilden, z. B. DB_POOL_SIZE: database.poolSize</translation>
    </message>
    <message>
        <source>The option “envMapping” maps %1 to no key; write e.g. %1: database.poolSize</source>
        <translation>Die Option „envMapping“ bildet %1 auf keinen Schlüssel ab; schreiben Sie z. B. %1: database.poolSize</translation>
    </message>
    <message>
        <source>The option “defaults” must be a map of keys to values</source>
        <translation>Die Option „defaults“ muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>The option “defaults” is nested more than %1 levels deep</source>
        <translation>Die Option „defaults“ ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ConfigFormats</name>
    <message>
        <source>“%1” is set again here (line %2); the later value wins</source>
        <translation>“%1” wird hier erneut gesetzt (Zeile %2); der spätere Wert gilt</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, too large for a configuration file</source>
        <translation>die Datei ist größer als %1 MiB, zu groß für eine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown file format; use .yaml, .yml, .json, .env or .properties</source>
        <translation>unbekanntes Dateiformat; verwenden Sie .yaml, .yml, .json, .env oder .properties</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>expected a variable name (letters, digits and “_”)</source>
        <translation>Variablenname erwartet (Buchstaben, Ziffern und “_”)</translation>
    </message>
    <message>
        <source>expected “=” after %1</source>
        <translation>“=” nach %1 erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>line break or control character inside a string</source>
        <translation>Zeilenumbruch oder Steuerzeichen innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>unbekannte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>unexpected end of file inside a string</source>
        <translation>unerwartetes Dateiende innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>Ziffern nach dem Dezimalpunkt erwartet</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>Ziffern im Exponenten erwartet</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected “:” after the key</source>
        <translation>“:” nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation>“,” oder “}” erwartet</translation>
    </message>
    <message>
        <source>expected “,” or “]”</source>
        <translation>“,” oder “]” erwartet</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>leerer Schlüssel</translation>
    </message>
    <message>
        <source>expected an object of settings at the top level, found a list</source>
        <translation>auf oberster Ebene wird ein Objekt mit Einstellungen erwartet, gefunden wurde eine Liste</translation>
    </message>
    <message>
        <source>expected an object of settings at the top level</source>
        <translation>auf oberster Ebene wird ein Objekt mit Einstellungen erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the end of the object</source>
        <translation>unerwarteter Text nach dem Ende des Objekts</translation>
    </message>
    <message>
        <source>more than one YAML document (---); put each environment in its own file</source>
        <translation>mehr als ein YAML-Dokument (---); legen Sie jede Umgebung in eine eigene Datei</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; flatten the structure</source>
        <translation>mehr als %1 Ebenen tief verschachtelt; flachen Sie die Struktur ab</translation>
    </message>
    <message>
        <source>invalid YAML: the parser cannot read past this point</source>
        <translation>ungültiges YAML: der Parser kann ab dieser Stelle nicht weiterlesen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ConsulSource</name>
    <message>
        <source>the answer is not a list of keys: is this Consul&apos;s /v1/kv API?</source>
        <translation>die Antwort ist keine Liste von Schlüsseln: ist das die /v1/kv-API von Consul?</translation>
    </message>
    <message>
        <source>entry %1 is not {Key, Value, ModifyIndex}</source>
        <translation>Eintrag %1 ist nicht {Key, Value, ModifyIndex}</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not base64</source>
        <translation>der Wert von &quot;%1&quot; ist kein Base64</translation>
    </message>
    <message>
        <source>Consul has no keys below &quot;%1&quot;</source>
        <translation>Consul hat keine Schlüssel unterhalb von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Consul: reading keys failed: %1</source>
        <translation>Consul: Lesen der Schlüssel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>consul %1 %2, changed at index %3</source>
        <translation>consul %1 %2, geändert bei Index %3</translation>
    </message>
    <message>
        <source>consul %1 %2 index %3, changed at index %4</source>
        <translation>consul %1 %2 Index %3, geändert bei Index %4</translation>
    </message>
    <message>
        <source>Configuration from the keys below a prefix in Consul&apos;s KV store</source>
        <translation>Konfiguration aus den Schlüsseln unterhalb eines Präfixes im KV-Speicher von Consul</translation>
    </message>
    <message>
        <source>Key prefix, e.g. &quot;app/{env}/&quot;; the rest of each key, with / as ., is the setting&apos;s name</source>
        <translation>Schlüsselpräfix, z. B. &quot;app/{env}/&quot;; der Rest jedes Schlüssels, mit . statt /, ist der Name der Einstellung</translation>
    </message>
    <message>
        <source>Consul datacenter (default: the agent&apos;s)</source>
        <translation>Consul-Rechenzentrum (Standard: das des Agenten)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CredentialProvider</name>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: the keychain did not answer within %2 s</source>
        <translation>Schlüsselbund-Eintrag &quot;%1&quot; konnte nicht gelesen werden: der Schlüsselbund hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; does not exist (service &quot;%2&quot;)</source>
        <translation>Schlüsselbund-Eintrag &quot;%1&quot; existiert nicht (Dienst &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: no keychain service is available (%2)</source>
        <translation>Schlüsselbund-Eintrag &quot;%1&quot; konnte nicht gelesen werden: kein Schlüsselbunddienst verfügbar (%2)</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: %2 (is a keychain service such as GNOME Keyring or KWallet running?)</source>
        <translation>Schlüsselbund-Eintrag &quot;%1&quot; konnte nicht gelesen werden: %2 (läuft ein Schlüsselbunddienst wie GNOME Keyring oder KWallet?)</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: %2</source>
        <translation>Schlüsselbund-Eintrag &quot;%1&quot; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the source names no credentials</source>
        <translation>die Quelle nennt keine Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>DriftDeck::DiffView</name>
    <message>
        <source>Differences from the baseline</source>
        <translation>Unterschiede zur Referenz</translation>
    </message>
</context>
<context>
    <name>DriftDeck::DriftEngine</name>
    <message>
        <source>%1: tag %2 now names %3 in the registry; the pods run %4</source>
        <translation>%1: Tag %2 verweist in der Registry jetzt auf %3; die Pods laufen mit %4</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>ops flag %1 (a kill switch) is on in %2</source>
        <translation>Ops-Flag %1 (ein Notschalter) ist in %2 eingeschaltet</translation>
    </message>
    <message>
        <source>release flag %1 is past its planned removal on %2</source>
        <translation>Release-Flag %1 hat sein geplantes Entfernungsdatum %2 überschritten</translation>
    </message>
</context>
<context>
    <name>DriftDeck::DriftStatus</name>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Missing here</source>
        <translation>Fehlt hier</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>Expected difference</source>
        <translation>Erwarteter Unterschied</translation>
    </message>
    <message>
        <source>Secret: same</source>
        <translation>Geheimnis: gleich</translation>
    </message>
    <message>
        <source>Secret: differs</source>
        <translation>Geheimnis: abweichend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>The source failed; the value shown is the last one read</source>
        <translation>Die Quelle ist fehlgeschlagen; angezeigt wird der zuletzt gelesene Wert</translation>
    </message>
    <message>
        <source>The source masks this value, so it cannot be compared</source>
        <translation>Die Quelle maskiert diesen Wert, daher ist kein Vergleich möglich</translation>
    </message>
    <message>
        <source>The baseline&apos;s value is unknown</source>
        <translation>Der Wert der Referenz ist unbekannt</translation>
    </message>
    <message>
        <source>Differs within the tolerance of a policy rule</source>
        <translation>Abweichend innerhalb der Toleranz einer Richtlinienregel</translation>
    </message>
    <message>
        <source>An expected-difference rule covered this but has expired</source>
        <translation>Eine Regel für erwartete Abweichungen deckte dies ab, ist aber abgelaufen</translation>
    </message>
    <message>
        <source>Secret fingerprints come from different salts and cannot be compared</source>
        <translation>Die Fingerabdrücke der Geheimnisse beruhen auf unterschiedlichen Salts und sind nicht vergleichbar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>DriftDeck::EmptyState</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace file (workspace.yaml) to compare its environments, or a saved snapshot (*.driftsnap.json). You can also drop a file here.</source>
        <translation>Öffnen Sie eine Arbeitsbereichsdatei (workspace.yaml), um ihre Umgebungen zu vergleichen, oder einen gespeicherten Schnappschuss (*.driftsnap.json). Sie können eine Datei auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
</context>
<context>
    <name>DriftDeck::EnvironmentDiscovery</name>
    <message>
        <source>%1: &quot;%2&quot; cannot be an environment name; skipped</source>
        <translation>%1: &quot;%2&quot; kann kein Umgebungsname sein; übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 matches; the newest %3 are compared</source>
        <translation>%1: %2 Treffer; die neuesten %3 werden verglichen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::EtcdSource</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no header.revision: is this the etcd v3 API?</source>
        <translation>die Antwort hat kein header.revision: ist das die etcd-v3-API?</translation>
    </message>
    <message>
        <source>&quot;kvs&quot; must be a list</source>
        <translation>&quot;kvs&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>kvs[%1] is not a key-value pair with base64 key and value</source>
        <translation>kvs[%1] ist kein Schlüssel-Wert-Paar mit base64-kodiertem Schlüssel und Wert</translation>
    </message>
    <message>
        <source>&quot;more&quot; must be true or false</source>
        <translation>&quot;more&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>the authentication answer carries no token</source>
        <translation>die Antwort auf die Authentifizierung enthält kein Token</translation>
    </message>
    <message>
        <source>etcd: pageSize must be a positive number of keys</source>
        <translation>etcd: pageSize muss eine positive Anzahl von Schlüsseln sein</translation>
    </message>
    <message>
        <source>etcd: signing in failed</source>
        <translation>etcd: Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>etcd: signing in failed: %1</source>
        <translation>etcd: Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>etcd: reading keys failed</source>
        <translation>etcd: Lesen der Schlüssel fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: etcd keeps saying there are more keys but sends none</source>
        <translation>%1: etcd meldet ständig weitere Schlüssel, sendet aber keine</translation>
    </message>
    <message>
        <source>etcd %1 %2 rev %3, changed at rev %4</source>
        <translation>etcd %1 %2 Rev. %3, geändert bei Rev. %4</translation>
    </message>
    <message>
        <source> (etcd requires signing in: give this source credentials &quot;user:password&quot;)</source>
        <translation> (etcd verlangt eine Anmeldung: geben Sie dieser Quelle die Zugangsdaten &quot;user:password&quot;)</translation>
    </message>
    <message>
        <source>Configuration from the keys below a prefix in etcd v3 (JSON gateway)</source>
        <translation>Konfiguration aus den Schlüsseln unterhalb eines Präfixes in etcd v3 (JSON-Gateway)</translation>
    </message>
    <message>
        <source>Key prefix, e.g. &quot;app/{env}/&quot;; the rest of each key, with / as ., is the setting&apos;s name</source>
        <translation>Schlüsselpräfix, z. B. &quot;app/{env}/&quot;; der Rest jedes Schlüssels, mit / als ., ist der Name der Einstellung</translation>
    </message>
    <message>
        <source>Keys per request (default 1000); later pages continue after the last key</source>
        <translation>Schlüssel pro Anfrage (Standard 1000); weitere Seiten setzen nach dem letzten Schlüssel fort</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ExportControls</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <comment>File|Export Report</comment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write a PDF report of this comparison to share</source>
        <translation>Einen PDF-Bericht dieses Vergleichs zum Weitergeben schreiben</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>Der Bericht wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Save Snapshot &amp;As…</source>
        <translation>Schnappschuss speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save this capture to a file that opens without the network</source>
        <translation>Diese Erfassung in eine Datei speichern, die sich ohne Netzwerk öffnen lässt</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Schnappschuss speichern</translation>
    </message>
    <message>
        <source>Drift Deck snapshots (*.json)</source>
        <translation>Drift-Deck-Schnappschüsse (*.json)</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Schnappschuss in %1 gespeichert</translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation>Der Schnappschuss wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DriftDeck::Exposition</name>
    <message>
        <source>expected a metric name</source>
        <translation>Metrikname erwartet</translation>
    </message>
    <message>
        <source>expected label=&quot;value&quot;</source>
        <translation>label=&quot;Wert&quot; erwartet</translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation>Label-Wert ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>expected a value (and an optional timestamp) after the name</source>
        <translation>nach dem Namen wird ein Wert (und optional ein Zeitstempel) erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>DriftDeck::FileSource</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter keys and values, or a glob: config/database.*</source>
        <translation>Schlüssel und Werte filtern oder ein Muster: config/database.*</translation>
    </message>
    <message>
        <source>Text matches keys and values; * and ? match keys as a glob. Esc clears.</source>
        <translation>Text passt auf Schlüssel und Werte; * und ? filtern Schlüssel als Glob. Esc leert das Feld.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::FlagFileSource</name>
    <message>
        <source>flag &quot;%1&quot;: %2</source>
        <translation>Flag &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;$ref&quot; must name an evaluator, got %1</source>
        <translation>&quot;$ref&quot; muss einen Evaluator benennen, erhalten: %1</translation>
    </message>
    <message>
        <source>targeting refers to unknown evaluator &quot;%1&quot;</source>
        <translation>targeting verweist auf unbekannten Evaluator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>evaluators refer to each other in a loop: %1</source>
        <translation>Evaluatoren verweisen zyklisch aufeinander: %1</translation>
    </message>
    <message>
        <source>&quot;fractional&quot; takes a list, got %1</source>
        <translation>&quot;fractional&quot; erwartet eine Liste, erhalten: %1</translation>
    </message>
    <message>
        <source>each &quot;fractional&quot; entry must be [variant, weight], got %1</source>
        <translation>jeder &quot;fractional&quot;-Eintrag muss [variant, weight] sein, erhalten: %1</translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs at least one variant with a weight above 0</source>
        <translation>&quot;fractional&quot; braucht mindestens eine Variante mit einem Gewicht über 0</translation>
    </message>
    <message>
        <source>expected a map with state, variants and defaultVariant, got %1</source>
        <translation>Map mit state, variants und defaultVariant erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>state is missing</source>
        <translation>state fehlt</translation>
    </message>
    <message>
        <source>state must be ENABLED or DISABLED, got %1</source>
        <translation>state muss ENABLED oder DISABLED sein, erhalten: %1</translation>
    </message>
    <message>
        <source>variants are missing</source>
        <translation>variants fehlt</translation>
    </message>
    <message>
        <source>variants must be a map of variant names to values, got %1</source>
        <translation>variants muss eine Map von Variantennamen auf Werte sein, erhalten: %1</translation>
    </message>
    <message>
        <source>variants must not be empty</source>
        <translation>variants darf nicht leer sein</translation>
    </message>
    <message>
        <source>defaultVariant is missing</source>
        <translation>defaultVariant fehlt</translation>
    </message>
    <message>
        <source>defaultVariant %1 is not one of the variants (%2)</source>
        <translation>defaultVariant %1 ist keine der Varianten (%2)</translation>
    </message>
    <message>
        <source>targeting must be a JsonLogic rule (a map), got %1</source>
        <translation>targeting muss eine JsonLogic-Regel (eine Map) sein, erhalten: %1</translation>
    </message>
    <message>
        <source>a flagd file is a map with &quot;flags&quot;</source>
        <translation>eine flagd-Datei ist eine Map mit &quot;flags&quot;</translation>
    </message>
    <message>
        <source>&quot;flags&quot; must be a map of flag keys to flags, got %1</source>
        <translation>&quot;flags&quot; muss eine Map von Flag-Schlüsseln auf Flags sein, erhalten: %1</translation>
    </message>
    <message>
        <source>&quot;$evaluators&quot; must be a map, got %1</source>
        <translation>&quot;$evaluators&quot; muss eine Map sein, erhalten: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a flag file</source>
        <translation>ist ein Ordner, keine Flag-Datei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a flag file: expected a map with &quot;flags&quot; (flagd) or a list of flags (seed format)</source>
        <translation>keine Flag-Datei: erwartet wird eine Map mit &quot;flags&quot; (flagd) oder eine Liste von Flags (seed-Format)</translation>
    </message>
    <message>
        <source>flag-file: the &quot;path&quot; option is missing</source>
        <translation>flag-file: die Option &quot;path&quot; fehlt</translation>
    </message>
    <message>
        <source>flag-file: format must be auto, flagd or seed, got &quot;%1&quot;</source>
        <translation>flag-file: format muss auto, flagd oder seed sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Feature flags from a flagd or seed flag file (JSON or YAML)</source>
        <translation>Feature-Flags aus einer flagd- oder seed-Flag-Datei (JSON oder YAML)</translation>
    </message>
    <message>
        <source>The flag file, relative to the workspace; may contain {env}</source>
        <translation>Die Flag-Datei, relativ zum Arbeitsbereich; darf {env} enthalten</translation>
    </message>
    <message>
        <source>auto (default), flagd or seed</source>
        <translation>auto (Standard), flagd oder seed</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>item %1: expected a map with key and defaultValue, got %2</source>
        <translation>Eintrag %1: Map mit key und defaultValue erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>item %1: key is missing</source>
        <translation>Eintrag %1: key fehlt</translation>
    </message>
    <message>
        <source>item %1: key must be text, got %2</source>
        <translation>Eintrag %1: key muss Text sein, erhalten: %2</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; is defined twice (first on line %2)</source>
        <translation>Flag &quot;%1&quot; ist doppelt definiert (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>defaultValue is missing</source>
        <translation>defaultValue fehlt</translation>
    </message>
    <message>
        <source>rules must be a list, got %1</source>
        <translation>rules muss eine Liste sein, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a map with attribute, operator, value and result, got %1</source>
        <translation>Map mit attribute, operator, value und result erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>operator is missing</source>
        <translation>operator fehlt</translation>
    </message>
    <message>
        <source>only one percentage rule is allowed (the first is on line %1)</source>
        <translation>nur eine Prozentregel ist erlaubt (die erste steht in Zeile %1)</translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation>value fehlt</translation>
    </message>
    <message>
        <source>a percentage must be a number from 0 to 100, got %1</source>
        <translation>ein Prozentwert muss eine Zahl von 0 bis 100 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown operator %1; expected equals, contains or percentage</source>
        <translation>unbekannter Operator %1; erwartet: equals, contains oder percentage</translation>
    </message>
    <message>
        <source>attribute is missing</source>
        <translation>attribute fehlt</translation>
    </message>
    <message>
        <source>attribute must be text, got %1</source>
        <translation>attribute muss Text sein, erhalten: %1</translation>
    </message>
    <message>
        <source>result is missing</source>
        <translation>result fehlt</translation>
    </message>
    <message>
        <source>a seed flag file is a list of flags, got %1</source>
        <translation>eine seed-Flag-Datei ist eine Liste von Flags, erhalten: %1</translation>
    </message>
    <message>
        <source>owner must be text, got %1</source>
        <translation>owner muss Text sein, erhalten: %1</translation>
    </message>
    <message>
        <source>category must be release, ops or experiment, got %1</source>
        <translation>category muss release, ops oder experiment sein, erhalten: %1</translation>
    </message>
    <message>
        <source>plannedRemoval must be a date (YYYY-MM-DD), got %1</source>
        <translation>plannedRemoval muss ein Datum (YYYY-MM-DD) sein, erhalten: %1</translation>
    </message>
    <message>
        <source>variants must be a list of names or a map of names to values, got %1</source>
        <translation>variants muss eine Liste von Namen oder eine Map von Namen auf Werte sein, erhalten: %1</translation>
    </message>
    <message>
        <source>a variant must be a name, got %1</source>
        <translation>eine Variante muss ein Name sein, erhalten: %1</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; is listed twice</source>
        <translation>Variante &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>DriftDeck::FlagMetadata</name>
    <message>
        <source>owner %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>ops flag (kill switch)</source>
        <translation>Ops-Flag (Notschalter)</translation>
    </message>
    <message>
        <source>release flag</source>
        <translation>Release-Flag</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>planned removal %1</source>
        <translation>geplante Entfernung %1</translation>
    </message>
    <message>
        <source>variants %1</source>
        <translation>Varianten %1</translation>
    </message>
</context>
<context>
    <name>DriftDeck::FlagdHttpSource</name>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>Feature flags from a flagd flag-definition document served over HTTP</source>
        <translation>Feature-Flags aus einem per HTTP bereitgestellten flagd-Flag-Definitionsdokument</translation>
    </message>
    <message>
        <source>flagd-http</source>
        <translation>flagd-http</translation>
    </message>
</context>
<context>
    <name>DriftDeck::Gunzip</name>
    <message>
        <source>not gzip data</source>
        <translation>keine gzip-Daten</translation>
    </message>
    <message>
        <source>gzip data that is not deflate</source>
        <translation>gzip-Daten, die nicht mit Deflate komprimiert sind</translation>
    </message>
    <message>
        <source>larger than %1 MiB once uncompressed</source>
        <translation>entpackt größer als %1 MiB</translation>
    </message>
    <message>
        <source>not enough memory to uncompress</source>
        <translation>nicht genug Speicher zum Entpacken</translation>
    </message>
    <message>
        <source>the gzip checksum does not match: the data is damaged</source>
        <translation>die gzip-Prüfsumme stimmt nicht: die Daten sind beschädigt</translation>
    </message>
    <message>
        <source>the compressed data is invalid (%1)</source>
        <translation>die komprimierten Daten sind ungültig (%1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the compressed data ends too early</source>
        <translation>die komprimierten Daten enden zu früh</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HelmJsonSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>helm-json: the &quot;list&quot; option is missing</source>
        <translation>helm-json: die Option &quot;list&quot; fehlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Helm releases from saved `helm list -o json` and `helm get values -o json` output</source>
        <translation>Helm-Releases aus gespeicherten Ausgaben von `helm list -o json` und `helm get values -o json`</translation>
    </message>
    <message>
        <source>The file of `helm list -o json`, relative to the workspace; may contain {env}</source>
        <translation>Die Datei mit der Ausgabe von `helm list -o json`, relativ zum Arbeitsbereich; darf {env} enthalten</translation>
    </message>
    <message>
        <source>Each release&apos;s file of `helm get values RELEASE -o json`, with {release} (and {env}) in the path</source>
        <translation>Die Datei jedes Releases mit der Ausgabe von `helm get values RELEASE -o json`, mit {release} (und {env}) im Pfad</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HelmRelease</name>
    <message>
        <source>the release is not base64</source>
        <translation>das Release ist nicht base64-kodiert</translation>
    </message>
    <message>
        <source>the release is not valid gzip: %1</source>
        <translation>das Release ist kein gültiges gzip: %1</translation>
    </message>
    <message>
        <source>the release is not JSON: %1 at offset %2</source>
        <translation>das Release ist kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation>keine Map</translation>
    </message>
    <message>
        <source>the release has no name</source>
        <translation>das Release hat keinen Namen</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>expected the list `helm list -o json` prints</source>
        <translation>erwartet wurde die Liste, die `helm list -o json` ausgibt</translation>
    </message>
    <message>
        <source>item %1 has no name</source>
        <translation>Eintrag %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>expected the map `helm get values -o json` prints</source>
        <translation>erwartet wurde die Map, die `helm get values -o json` ausgibt</translation>
    </message>
    <message>
        <source>Helm release %1 appears more than once (several namespaces?); the first one is kept</source>
        <translation>Helm-Release %1 kommt mehrfach vor (mehrere Namespaces?); das erste wird behalten</translation>
    </message>
    <message>
        <source>Helm release %1 revision %2</source>
        <translation>Helm-Release %1 Revision %2</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HelmValuesSource</name>
    <message>
        <source>expected a map of values at the top level</source>
        <translation>auf oberster Ebene wurde eine Map von Werten erwartet</translation>
    </message>
    <message>
        <source>helm-values: the &quot;files&quot; option is missing</source>
        <translation>helm-values: die Option &quot;files&quot; fehlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: file not found; this layer is skipped</source>
        <translation>%1: Datei nicht gefunden; diese Ebene wird übersprungen</translation>
    </message>
    <message>
        <source>set (workspace)</source>
        <translation>set (Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Helm values files merged as Helm does: maps deeply, lists replaced, null deletes a key</source>
        <translation>Helm-Values-Dateien, zusammengeführt wie von Helm: Maps tief, Listen ersetzt, null löscht einen Schlüssel</translation>
    </message>
    <message>
        <source>Values files in order, later ones winning (values.yaml, &quot;values-{env}.yaml&quot;)</source>
        <translation>Values-Dateien in Reihenfolge, spätere haben Vorrang (values.yaml, &quot;values-{env}.yaml&quot;)</translation>
    </message>
    <message>
        <source>The name in the rows&apos; keys: config/helm.&lt;release&gt;.&lt;path&gt; (default: the source id)</source>
        <translation>Der Name in den Schlüsseln der Zeilen: config/helm.&lt;release&gt;.&lt;path&gt; (Standard: die ID der Quelle)</translation>
    </message>
    <message>
        <source>Values set last, like --set: {image.tag: &quot;1.4.2&quot;}</source>
        <translation>Zuletzt gesetzte Werte, wie --set: {image.tag: &quot;1.4.2&quot;}</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistoryPanel</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Drift over time, from the snapshots kept of this workspace</source>
        <translation>Drift im Zeitverlauf, aus den aufbewahrten Schnappschüssen dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Drift over Time</source>
        <translation>Drift im Zeitverlauf</translation>
    </message>
    <message>
        <source>Key History</source>
        <translation>Schlüsselverlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The snapshot was not kept: %1</source>
        <translation>Der Schnappschuss wurde nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>&amp;Keep Snapshot</source>
        <translation>Schnappschuss &amp;aufbewahren</translation>
    </message>
    <message>
        <source>Add this capture to the workspace&apos;s history</source>
        <translation>Diese Erfassung zum Verlauf des Arbeitsbereichs hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Configure Drift Deck…</source>
        <translation>Drift Deck &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Back to Live Workspace</source>
        <translation>&amp;Zurück zum Live-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Leave the saved snapshot and show the workspace it was taken from, refreshed</source>
        <translation>Den gespeicherten Schnappschuss verlassen und den Arbeitsbereich, aus dem er stammt, aktualisiert anzeigen</translation>
    </message>
    <message>
        <source>Showing a kept snapshot. File → Back to Live Workspace returns to %1.</source>
        <translation>Ein aufbewahrter Schnappschuss wird angezeigt. Datei → Zurück zum Live-Arbeitsbereich kehrt zu %1 zurück.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistoryStore</name>
    <message>
        <source>cannot save a snapshot without a capture time</source>
        <translation>ein Schnappschuss ohne Erfassungszeit kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot create the history folder %1</source>
        <translation>der Verlaufsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>too many snapshots taken at %1</source>
        <translation>zu viele Schnappschüsse zum Zeitpunkt %1</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistorySummary</name>
    <message>
        <source>the snapshot has no environment &quot;%1&quot;</source>
        <translation>der Schnappschuss hat keine Umgebung &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistoryView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Drift in:</source>
        <translation>Drift in:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading saved snapshot %1 of %2…</source>
        <translation>Gespeicherter Schnappschuss %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Reading was cancelled; snapshots left out: %1.</source>
        <translation>Lesen abgebrochen; ausgelassene Schnappschüsse: %1.</translation>
    </message>
    <message>
        <source>Snapshots that could not be read or lack the baseline: %1.</source>
        <translation>Schnappschüsse, die nicht lesbar sind oder denen die Referenz fehlt: %1.</translation>
    </message>
    <message>
        <source>Click to open this snapshot</source>
        <translation>Klicken, um diesen Schnappschuss zu öffnen</translation>
    </message>
    <message>
        <source>compared with each snapshot&apos;s baseline</source>
        <translation>verglichen mit der Referenz des jeweiligen Schnappschusses</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>verglichen mit %1</translation>
    </message>
    <message>
        <source>Drifting keys</source>
        <translation>Abweichende Schlüssel</translation>
    </message>
    <message>
        <source>No saved snapshots yet — each refresh is kept automatically; see &lt;a href=&quot;settings&quot; style=&quot;color: %1&quot;&gt;Settings&lt;/a&gt;.</source>
        <translation>Noch keine gespeicherten Schnappschüsse — jede Aktualisierung wird automatisch aufbewahrt; siehe &lt;a href=&quot;settings&quot; style=&quot;color: %1&quot;&gt;Einstellungen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>New since the snapshot before: %1</source>
        <translation>Neu seit dem Schnappschuss davor: %1</translation>
    </message>
    <message>
        <source>Gone since the snapshot before: %1</source>
        <translation>Verschwunden seit dem Schnappschuss davor: %1</translation>
    </message>
</context>
<context>
    <name>DriftDeck::HttpSource</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>the response is larger than the %1 limit</source>
        <translation>die Antwort überschreitet das Limit von %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>proxy problem: %1</source>
        <translation>Proxy-Problem: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects (last to %2)</source>
        <translation>mehr als %1 Weiterleitungen (zuletzt nach %2)</translation>
    </message>
    <message>
        <source>refused a redirect from https to %1</source>
        <translation>Weiterleitung von https nach %1 abgelehnt</translation>
    </message>
    <message>
        <source>refused a redirect to another server (%1); set crossOriginRedirects: true to follow it</source>
        <translation>Weiterleitung zu einem anderen Server (%1) abgelehnt; setzen Sie crossOriginRedirects: true, um ihr zu folgen</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 von %3</translation>
    </message>
    <message>
        <source> (the server asks to retry after %1)</source>
        <translation> (der Server bittet um einen erneuten Versuch nach %1)</translation>
    </message>
    <message>
        <source>No url is set for this source</source>
        <translation>Für diese Quelle ist keine url gesetzt</translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation>Keine http- oder https-URL: %1</translation>
    </message>
    <message>
        <source>maxResponseSize must be a positive number of bytes</source>
        <translation>maxResponseSize muss eine positive Anzahl von Bytes sein</translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1</source>
        <translation>Aus %1 konnte kein CA-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>The server&apos;s base URL; &quot;{env}&quot; is the environment&apos;s name.</source>
        <translation>Die Basis-URL des Servers; &quot;{env}&quot; ist der Name der Umgebung.</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted in addition to the system&apos;s.</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>Skip TLS certificate verification for this source (shown as a warning).</source>
        <translation>TLS-Zertifikatsprüfung für diese Quelle überspringen (als Warnung angezeigt).</translation>
    </message>
    <message>
        <source>Largest response accepted, in bytes (default 32 MiB).</source>
        <translation>Größte akzeptierte Antwort in Bytes (Standard 32 MiB).</translation>
    </message>
    <message>
        <source>Extra HTTP headers sent with every request (no secrets here).</source>
        <translation>Zusätzliche HTTP-Header, die mit jeder Anfrage gesendet werden (keine Geheimnisse hier).</translation>
    </message>
    <message>
        <source>Retries on 429, 502, 503 and 504 (default 2, at most 5).</source>
        <translation>Wiederholungen bei 429, 502, 503 und 504 (Standard 2, höchstens 5).</translation>
    </message>
    <message>
        <source>Follow redirects to another host or port.</source>
        <translation>Weiterleitungen zu einem anderen Host oder Port folgen.</translation>
    </message>
    <message>
        <source>TLS verification is off for this source</source>
        <translation>TLS-Prüfung ist für diese Quelle deaktiviert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 KiB, not a PEM file</source>
        <translation>%1: größer als %2 KiB, keine PEM-Datei</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 is an encrypted private key; give one without a passphrase</source>
        <translation>%1 ist ein verschlüsselter privater Schlüssel; geben Sie einen ohne Passphrase an</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA)</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>Client-Zertifikat %1</translation>
    </message>
    <message>
        <source>client key %1</source>
        <translation>Client-Schlüssel %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page, not %2 (a login page or a proxy&apos;s error page?)</source>
        <translation>%1 hat mit einer HTML-Seite geantwortet, nicht mit %2 (eine Anmeldeseite oder die Fehlerseite eines Proxys?)</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no answer within %1 after the TLS handshake (if the server asks for a TLS client certificate, set clientCertificate and clientKey)</source>
        <translation>keine Antwort innerhalb von %1 nach dem TLS-Handshake (falls der Server ein TLS-Client-Zertifikat verlangt, setzen Sie clientCertificate und clientKey)</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>the response was still incomplete after %1 (%2 of the body arrived)</source>
        <translation>die Antwort war nach %1 noch unvollständig (%2 des Inhalts angekommen)</translation>
    </message>
    <message>
        <source>it is self-signed (%1)</source>
        <translation>es ist selbstsigniert (%1)</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>es ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>es ist nicht vor %1 gültig</translation>
    </message>
    <message>
        <source>it is for %1, not for %2 (wrong host)</source>
        <translation>es gilt für %1, nicht für %2 (falscher Host)</translation>
    </message>
    <message>
        <source>its issuer (%1) is not a trusted CA; name it in caFile</source>
        <translation>sein Aussteller (%1) ist keine vertrauenswürdige CA; geben Sie ihn in caFile an</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate was refused: %1</source>
        <translation>das TLS-Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the client key does not match the client certificate</source>
        <translation>der Client-Schlüssel passt nicht zum Client-Zertifikat</translation>
    </message>
    <message>
        <source>the %1-compressed body expands far beyond its size (a decompression bomb?) and was refused after %2</source>
        <translation>der %1-komprimierte Inhalt wächst weit über seine Größe hinaus (eine Dekompressionsbombe?) und wurde nach %2 abgelehnt</translation>
    </message>
    <message>
        <source>the %1-compressed body could not be decompressed after %2: %3</source>
        <translation>der %1-komprimierte Inhalt konnte nach %2 nicht entpackt werden: %3</translation>
    </message>
    <message>
        <source>the response was cut short: %1 of the %2 announced arrived before the server closed the connection</source>
        <translation>die Antwort wurde abgeschnitten: %1 der angekündigten %2 kamen an, bevor der Server die Verbindung schloss</translation>
    </message>
    <message>
        <source>the response was cut short: the server closed the connection after %1 of the body</source>
        <translation>die Antwort wurde abgeschnitten: der Server schloss die Verbindung nach %1 des Inhalts</translation>
    </message>
    <message>
        <source>the response broke off after %1 of the body: %2</source>
        <translation>die Antwort brach nach %1 des Inhalts ab: %2</translation>
    </message>
    <message>
        <source>not sent: the %1 timeout of this source ran out</source>
        <translation>nicht gesendet: das Zeitlimit von %1 dieser Quelle ist abgelaufen</translation>
    </message>
    <message>
        <source>the response is larger than the %1 limit (Content-Length: %2)</source>
        <translation>die Antwort überschreitet das Limit von %1 (Content-Length: %2)</translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1: %2</source>
        <translation>Aus %1 konnte kein CA-Zertifikat gelesen werden: %2</translation>
    </message>
    <message>
        <source>clientCertificate and clientKey go together: set both</source>
        <translation>clientCertificate und clientKey gehören zusammen: setzen Sie beide</translation>
    </message>
    <message>
        <source>How long the source may take, all its requests, redirects and retries together (default 10s, at most 1h).</source>
        <translation>Wie lange die Quelle brauchen darf, alle Anfragen, Weiterleitungen und Wiederholungen zusammen (Standard 10s, höchstens 1h).</translation>
    </message>
    <message>
        <source>A PEM file with the TLS client certificate to present (with clientKey), for servers that ask for one.</source>
        <translation>Eine PEM-Datei mit dem vorzulegenden TLS-Client-Zertifikat (mit clientKey), für Server, die eines verlangen.</translation>
    </message>
    <message>
        <source>The PEM file of the client certificate&apos;s private key (unencrypted).</source>
        <translation>Die PEM-Datei mit dem privaten Schlüssel des Client-Zertifikats (unverschlüsselt).</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1 at offset %2</source>
        <translation>die Antwort ist kein JSON: %1 an Position %2</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ImageRegistries</name>
    <message>
        <source>expected an http or https URL without credentials, e.g. https://registry.example.com</source>
        <translation>erwartet wird eine http- oder https-URL ohne Zugangsdaten, z. B. https://registry.example.com</translation>
    </message>
    <message>
        <source>name either an environment variable (env) or a keychain entry (keychain)</source>
        <translation>geben Sie entweder eine Umgebungsvariable (env) oder einen Schlüsselbund-Eintrag (keychain) an</translation>
    </message>
    <message>
        <source>clientCertificate and clientKey go together</source>
        <translation>clientCertificate und clientKey gehören zusammen</translation>
    </message>
    <message>
        <source>Registries whose images are looked up: the digest each workload&apos;s tag names there now (row image/&lt;kind&gt;/&lt;name&gt;/&lt;container&gt;/registryDigest). A list of URLs, or of {url, credentials, caFile, insecure, clientCertificate, clientKey}.</source>
        <translation>Registries, in denen Images nachgeschlagen werden: der Digest, auf den der Tag jedes Workloads dort jetzt verweist (Zeile image/&lt;kind&gt;/&lt;name&gt;/&lt;container&gt;/registryDigest). Eine Liste von URLs oder von {url, credentials, caFile, insecure, clientCertificate, clientKey}.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::InputFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to read (the pipe was empty, or no program writes to it)</source>
        <translation>%1: nichts zu lesen (die Pipe war leer oder kein Programm schreibt hinein)</translation>
    </message>
    <message>
        <source>%1: more than 1 GiB; snapshots larger than that are not read</source>
        <translation>%1: größer als 1 GiB; so große Schnappschüsse werden nicht gelesen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::JsonReader</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
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
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected byte 0x%1</source>
        <translation>unerwartetes Byte 0x%1</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>unexpected data after the end of the document</source>
        <translation>unerwartete Daten nach dem Ende des Dokuments</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyDetailModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>(value from %1)</source>
        <translation>(Wert aus %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Winning layer</source>
        <translation>Gewinnende Ebene</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 (read as %2)</source>
        <translation>%1 (gelesen als %2)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyDrillDown</name>
    <message>
        <source>Value in every environment</source>
        <translation>Wert in jeder Umgebung</translation>
    </message>
    <message>
        <source>Compare the baseline with:</source>
        <translation>Referenz vergleichen mit:</translation>
    </message>
    <message>
        <source>Mark as Expected…</source>
        <translation>Als erwartet markieren…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>%1 is not in this snapshot</source>
        <translation>%1 ist in diesem Schnappschuss nicht enthalten</translation>
    </message>
    <message numerus="yes">
        <source>%n drifting</source>
        <translation>
            <numerusform>%n abweichend</numerusform>
            <numerusform>%n abweichend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n erwartet</numerusform>
            <numerusform>%n erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n gleich</numerusform>
            <numerusform>%n gleich</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Baseline: %1 · %2</source>
        <translation>Referenz: %1 · %2</translation>
    </message>
    <message>
        <source>Secret — the same as in %1.</source>
        <translation>Geheimnis — identisch mit %1.</translation>
    </message>
    <message>
        <source>Secret — differs from %1.</source>
        <translation>Geheimnis — weicht von %1 ab.</translation>
    </message>
    <message>
        <source>Secret — %1.</source>
        <translation>Geheimnis — %1.</translation>
    </message>
    <message>
        <source>Secrets are compared by a salted fingerprint; their values are never shown.</source>
        <translation>Geheimnisse werden über einen gesalzenen Fingerabdruck verglichen; ihre Werte werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Syntax: %1</source>
        <translation>Syntax: %1</translation>
    </message>
    <message>
        <source>Not set in %1</source>
        <translation>Nicht gesetzt in %1</translation>
    </message>
    <message>
        <source>The source hides this value</source>
        <translation>Die Quelle verbirgt diesen Wert</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>%1 has no value for this key.</source>
        <translation>%1 hat keinen Wert für diesen Schlüssel.</translation>
    </message>
    <message>
        <source>The source did not record where %1&apos;s value was set.</source>
        <translation>Die Quelle hat nicht erfasst, wo der Wert von %1 gesetzt wurde.</translation>
    </message>
    <message>
        <source>How %1 got its value (lowest priority first, the winner last):</source>
        <translation>Wie der Wert in %1 zustande kam (niedrigste Priorität zuerst, der gültige zuletzt):</translation>
    </message>
    <message>
        <source>✓ wins</source>
        <translation>✓ gewinnt</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>an earlier refresh</source>
        <translation>frühere Aktualisierung</translation>
    </message>
    <message>
        <source>⚠ Stale in %1: %2 failed (%3); showing the last value read, from %4.</source>
        <translation>⚠ Veraltet in %1: %2 fehlgeschlagen (%3); gezeigt wird der zuletzt gelesene Wert (Stand: %4).</translation>
    </message>
    <message>
        <source>✖ %1: %2 failed: %3</source>
        <translation>✖ %1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1: aus %2</translation>
    </message>
    <message>
        <source>%1: from %2, read %3</source>
        <translation>%1: aus %2, gelesen %3</translation>
    </message>
    <message>
        <source>⚠ Expected difference — rule expired, counts as drift again</source>
        <translation>⚠ Erwartete Abweichung — Regel abgelaufen, zählt wieder als Drift</translation>
    </message>
    <message>
        <source>Expected difference</source>
        <translation>Erwarteter Unterschied</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Select a cell in the matrix to see each environment&apos;s value, the difference from the baseline and where the value came from.</source>
        <translation>Wählen Sie eine Zelle in der Matrix, um den Wert jeder Umgebung, die Abweichung von der Referenz und die Herkunft des Werts zu sehen.</translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Flag: %1</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyHistory</name>
    <message>
        <source>first seen</source>
        <translation>erstmals gesehen</translation>
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
        <source>cannot compare</source>
        <translation>nicht vergleichbar</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyHistoryView</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reading saved snapshot %1 of %2…</source>
        <translation>Gespeicherter Schnappschuss %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>secret (not shown)</source>
        <translation>Geheimnis (nicht angezeigt)</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>geändert von %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>entfernt (war %1)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>cannot compare (secrets fingerprinted with another salt)</source>
        <translation>nicht vergleichbar (Geheimnisse mit anderem Salt gehasht)</translation>
    </message>
    <message>
        <source>No key chosen</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Reading saved snapshots…</source>
        <translation>Gespeicherte Schnappschüsse werden gelesen…</translation>
    </message>
    <message>
        <source>No saved snapshots yet.</source>
        <translation>Noch keine gespeicherten Schnappschüsse.</translation>
    </message>
    <message>
        <source>Reading was cancelled; newer changes may be missing.</source>
        <translation>Lesen abgebrochen; neuere Änderungen fehlen möglicherweise.</translation>
    </message>
    <message>
        <source>Saved snapshots read: %1.</source>
        <translation>Gelesene gespeicherte Schnappschüsse: %1.</translation>
    </message>
    <message>
        <source>Saved snapshots read: %1 (could not be read: %2).</source>
        <translation>Gelesene gespeicherte Schnappschüsse: %1 (nicht lesbar: %2).</translation>
    </message>
    <message>
        <source>None of them has this key.</source>
        <translation>Keiner davon enthält diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Only the changes are listed, newest first.</source>
        <translation>Nur Änderungen werden aufgeführt, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyValueRows</name>
    <message>
        <source>the key &quot;%1&quot; is the prefix itself and has no name below it; skipped</source>
        <translation>der Schlüssel &quot;%1&quot; ist das Präfix selbst und hat keinen Namen darunter; übersprungen</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not UTF-8 text; it is compared as base64</source>
        <translation>der Wert von &quot;%1&quot; ist kein UTF-8-Text; er wird als Base64 verglichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and another key both read as %2; the later one is kept</source>
        <translation>&quot;%1&quot; und ein anderer Schlüssel ergeben beide %2; der spätere wird behalten</translation>
    </message>
</context>
<context>
    <name>DriftDeck::Kubeconfig</name>
    <message>
        <source>kubeconfig %1: unexpected content: %2</source>
        <translation>kubeconfig %1: unerwarteter Inhalt: %2</translation>
    </message>
    <message>
        <source>kubeconfig %1: cannot read: %2</source>
        <translation>kubeconfig %1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>kubeconfig %1: not YAML: %2</source>
        <translation>kubeconfig %1: kein YAML: %2</translation>
    </message>
    <message>
        <source>kubeconfig %1: no context named and no current-context</source>
        <translation>kubeconfig %1: kein Kontext angegeben und kein current-context</translation>
    </message>
    <message>
        <source>kubeconfig %1 has no context &quot;%2&quot;</source>
        <translation>kubeconfig %1 hat keinen Kontext &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kubeconfig context &quot;%1&quot; names the cluster &quot;%2&quot;, which is not defined</source>
        <translation>kubeconfig-Kontext &quot;%1&quot; nennt den Cluster &quot;%2&quot;, der nicht definiert ist</translation>
    </message>
    <message>
        <source>kubeconfig context &quot;%1&quot; names the user &quot;%2&quot;, which is not defined</source>
        <translation>kubeconfig-Kontext &quot;%1&quot; nennt den Benutzer &quot;%2&quot;, der nicht definiert ist</translation>
    </message>
    <message>
        <source>kubeconfig user &quot;%1&quot;: tokenFile %2: %3</source>
        <translation>kubeconfig-Benutzer &quot;%1&quot;: tokenFile %2: %3</translation>
    </message>
    <message>
        <source>kubeconfig user &quot;%1&quot;: %2 without %3</source>
        <translation>kubeconfig-Benutzer &quot;%1&quot;: %2 ohne %3</translation>
    </message>
    <message>
        <source>kubeconfig user &quot;%1&quot;: exec has no command</source>
        <translation>kubeconfig-Benutzer &quot;%1&quot;: exec enthält keinen Befehl</translation>
    </message>
    <message>
        <source>it did not print an ExecCredential</source>
        <translation>es hat kein ExecCredential ausgegeben</translation>
    </message>
    <message>
        <source>its ExecCredential has only one of status.clientCertificateData and status.clientKeyData</source>
        <translation>sein ExecCredential enthält nur eines von status.clientCertificateData und status.clientKeyData</translation>
    </message>
    <message>
        <source>its ExecCredential has no status.token nor a client certificate</source>
        <translation>sein ExecCredential enthält weder status.token noch ein Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubectlJsonSource</name>
    <message>
        <source>kubectl-json: the &quot;path&quot; option is missing</source>
        <translation>kubectl-json: die Option &quot;path&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: größer als %2 MiB</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The JSON file, relative to the workspace; may contain {env}</source>
        <translation>Die JSON-Datei, relativ zum Arbeitsbereich; darf {env} enthalten</translation>
    </message>
    <message>
        <source>Object names (globs) to leave out (default kube-root-ca.crt and Helm release records)</source>
        <translation>Auszulassende Objektnamen (Globs) (Standard: kube-root-ca.crt und Helm-Release-Einträge)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped</source>
        <translation>
            <numerusform>%1: %n Objekt einer Art, die Drift Deck nicht liest (Services, Ingresses, …), übersprungen</numerusform>
            <numerusform>%1: %n Objekte von Arten, die Drift Deck nicht liest (Services, Ingresses, …), übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ConfigMaps, Secrets, workloads and Helm releases from saved `kubectl get -o json` output</source>
        <translation>ConfigMaps, Secrets, Workloads und Helm-Releases aus gespeicherter Ausgabe von `kubectl get -o json`</translation>
    </message>
    <message>
        <source>Read Secrets of type helm.sh/release.v1 as Helm releases (default true)</source>
        <translation>Secrets vom Typ helm.sh/release.v1 als Helm-Releases lesen (Standard: true)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubernetesManifestsSource</name>
    <message>
        <source>expected a kustomization (a map)</source>
        <translation>Kustomization erwartet (eine Map)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>expected a path</source>
        <translation>Pfad erwartet</translation>
    </message>
    <message>
        <source>%1: %2 not applied; for kustomize&apos;s full output point the source at a file saved from `kubectl kustomize`</source>
        <translation>%1: %2 nicht angewendet; für die vollständige Ausgabe von kustomize richten Sie die Quelle auf eine mit `kubectl kustomize` gespeicherte Datei</translation>
    </message>
    <message>
        <source>expected a Kubernetes object (a map with &quot;kind&quot;)</source>
        <translation>Kubernetes-Objekt erwartet (eine Map mit &quot;kind&quot;)</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing</source>
        <translation>&quot;kind&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: &quot;items&quot; must be a list</source>
        <translation>%1: &quot;items&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>a list item must be an object</source>
        <translation>ein Listeneintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>remote resource %1: Drift Deck reads local files only; save `kubectl kustomize` output instead</source>
        <translation>entfernte Ressource %1: Drift Deck liest nur lokale Dateien; speichern Sie stattdessen die Ausgabe von `kubectl kustomize`</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>kustomizations nested more than %1 deep (a cycle?)</source>
        <translation>Kustomizations mehr als %1 Ebenen tief verschachtelt (ein Zyklus?)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>kubernetes-manifests: the &quot;paths&quot; option is missing</source>
        <translation>kubernetes-manifests: die Option &quot;paths&quot; fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped</source>
        <translation>
            <numerusform>%n Objekt einer Art, die Drift Deck nicht liest (Services, Ingresses, …), übersprungen</numerusform>
            <numerusform>%n Objekte von Arten, die Drift Deck nicht liest (Services, Ingresses, …), übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubernetes manifests on disk (YAML documents, List objects, folders, kustomizations): the rows of the kubernetes source for what the files declare</source>
        <translation>Kubernetes-Manifeste auf der Festplatte (YAML-Dokumente, List-Objekte, Ordner, Kustomizations): die Zeilen der kubernetes-Quelle für das, was die Dateien deklarieren</translation>
    </message>
    <message>
        <source>Manifest files or folders, relative to the workspace; may contain {env}</source>
        <translation>Manifestdateien oder -ordner, relativ zum Arbeitsbereich; dürfen {env} enthalten</translation>
    </message>
    <message>
        <source>Also read the subfolders of a folder (default false, like kubectl apply -f)</source>
        <translation>Auch die Unterordner eines Ordners lesen (Standard false, wie kubectl apply -f)</translation>
    </message>
    <message>
        <source>ConfigMap and Secret names (globs) to leave out</source>
        <translation>Auszulassende ConfigMap- und Secret-Namen (Globs)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubernetesSource</name>
    <message>
        <source>%1 has no metadata.name</source>
        <translation>%1 hat kein metadata.name</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; must be a map</source>
        <translation>%1 (%2): &quot;%3&quot; muss eine Map sein</translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4 must be a string</source>
        <translation>%1 (%2): %3.%4 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4 is not base64</source>
        <translation>%1 (%2): %3.%4 ist kein Base64</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Offset %2</translation>
    </message>
    <message>
        <source>not a Kubernetes object: &quot;kind&quot; is missing</source>
        <translation>kein Kubernetes-Objekt: &quot;kind&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: &quot;items&quot; must be a list</source>
        <translation>%1: &quot;items&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source> (resourceVersion %1)</source>
        <translation> (resourceVersion %1)</translation>
    </message>
    <message>
        <source>%1 %2 appears more than once (several namespaces?); the later one is kept</source>
        <translation>%1 %2 kommt mehrfach vor (mehrere Namespaces?); das spätere wird behalten</translation>
    </message>
    <message>
        <source>kubernetes: &quot;%1&quot; is not a namespace name</source>
        <translation>kubernetes: &quot;%1&quot; ist kein Namespace-Name</translation>
    </message>
    <message>
        <source>kubernetes: pageSize must be a positive number of objects</source>
        <translation>kubernetes: pageSize muss eine positive Anzahl von Objekten sein</translation>
    </message>
    <message>
        <source>%1: more than %2 pages</source>
        <translation>%1: mehr als %2 Seiten</translation>
    </message>
    <message>
        <source>kubernetes: listing %1 failed: %2</source>
        <translation>kubernetes: Auflisten von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source> (the list changed too much while paging; refresh again)</source>
        <translation> (die Liste hat sich beim Blättern zu stark geändert; bitte erneut aktualisieren)</translation>
    </message>
    <message>
        <source>Object names (globs) to leave out (default kube-root-ca.crt and Helm release records)</source>
        <translation>Objektnamen (Globs), die ausgelassen werden (Standard: kube-root-ca.crt und Helm-Release-Einträge)</translation>
    </message>
    <message>
        <source>Objects per request (default 500)</source>
        <translation>Objekte pro Anfrage (Standard 500)</translation>
    </message>
    <message>
        <source>expected ConfigMaps, Secrets or workloads, got a %1</source>
        <translation>erwartet wurden ConfigMaps, Secrets oder Workloads, erhalten: %1</translation>
    </message>
    <message>
        <source>kubernetes: resources may be %1, not &quot;%2&quot;</source>
        <translation>kubernetes: resources kann %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ConfigMaps, Secrets, workloads and Helm releases of a namespace from the Kubernetes API server</source>
        <translation>ConfigMaps, Secrets, Workloads und Helm-Releases eines Namespaces vom Kubernetes-API-Server</translation>
    </message>
    <message>
        <source>kubeconfig files, separated like KUBECONFIG (default $KUBECONFIG, else ~/.kube/config)</source>
        <translation>kubeconfig-Dateien, getrennt wie bei KUBECONFIG (Standard $KUBECONFIG, sonst ~/.kube/config)</translation>
    </message>
    <message>
        <source>The kubeconfig context, e.g. &quot;{env}&quot; (default its current-context)</source>
        <translation>Der kubeconfig-Kontext, z. B. &quot;{env}&quot; (Standard: dessen current-context)</translation>
    </message>
    <message>
        <source>The namespace (default: the environment&apos;s name); may contain {env}</source>
        <translation>Der Namespace (Standard: der Name der Umgebung); darf {env} enthalten</translation>
    </message>
    <message>
        <source>What to read: configmaps, secrets, deployments, statefulsets, daemonsets, cronjobs, horizontalpodautoscalers, pods, releases (Helm), or workloads for every workload kind and the pods (default configmaps and secrets)</source>
        <translation>Was gelesen wird: configmaps, secrets, deployments, statefulsets, daemonsets, cronjobs, horizontalpodautoscalers, pods, releases (Helm) oder workloads für alle Workload-Arten samt Pods (Standard: configmaps und secrets)</translation>
    </message>
    <message>
        <source>Only workloads and pods with these labels, e.g. app.kubernetes.io/part-of=checkout</source>
        <translation>Nur Workloads und Pods mit diesen Labels, z. B. app.kubernetes.io/part-of=checkout</translation>
    </message>
    <message>
        <source>kubeconfig context &quot;%1&quot;</source>
        <translation>kubeconfig-Kontext &quot;%1&quot;</translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1 did not answer within %2 s</source>
        <translation>kubernetes: das Zugangsdaten-Plugin %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1 could not be started: %2</source>
        <translation>kubernetes: das Zugangsdaten-Plugin %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1 failed (exit code %2)%3</source>
        <translation>kubernetes: das Zugangsdaten-Plugin %1 ist fehlgeschlagen (Exit-Code %2)%3</translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1: %2</source>
        <translation>kubernetes: das Zugangsdaten-Plugin %1: %2</translation>
    </message>
    <message>
        <source>the credential plugin %1&apos;s</source>
        <translation>des Zugangsdaten-Plugins %1</translation>
    </message>
    <message>
        <source>Secret %1/%2 of type %3 has no data.release</source>
        <translation>Secret %1/%2 vom Typ %3 hat kein data.release</translation>
    </message>
    <message>
        <source>Helm release Secret %1/%2: %3</source>
        <translation>Helm-Release-Secret %1/%2: %3</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a NamespaceList, got %1</source>
        <translation>eine NamespaceList erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubernetesWorkloads</name>
    <message>
        <source>%1 per pod</source>
        <translation>%1 pro Pod</translation>
    </message>
    <message>
        <source>%1 has no metadata.name</source>
        <translation>%1 hat kein metadata.name</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;spec&quot; must be a map</source>
        <translation>%1 (%2): &quot;spec&quot; muss eine Map sein</translation>
    </message>
</context>
<context>
    <name>DriftDeck::LocalFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation>ist eine Pipe (FIFO), keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a device or socket, not a regular file</source>
        <translation>ist ein Gerät oder Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>the pipe sent nothing for %1 s</source>
        <translation>die Pipe hat %1 s lang nichts gesendet</translation>
    </message>
</context>
<context>
    <name>DriftDeck::LogicalRows</name>
    <message>
        <source>secret: a pattern cannot read it</source>
        <translation>Geheimnis: ein Muster kann es nicht lesen</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>%1 (pattern %2)</source>
        <translation>%1 (Muster %2)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MainWindow</name>
    <message>
        <source>Drift Deck</source>
        <translation>Drift Deck</translation>
    </message>
    <message>
        <source>Drift summary</source>
        <translation>Drift-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Drift Deck</source>
        <translation>Ü&amp;ber Drift Deck</translation>
    </message>
    <message>
        <source>About Drift Deck</source>
        <translation>Über Drift Deck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Drift Deck %1&lt;/h3&gt;&lt;p&gt;Compares environments&apos; configuration, feature flags and versions against a baseline, and tells intended differences from drift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Drift Deck %1&lt;/h3&gt;&lt;p&gt;Vergleicht Konfiguration, Feature-Flags und Versionen von Umgebungen mit einer Referenz und unterscheidet beabsichtigte Abweichungen von Drift.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MarkExpectedDialog</name>
    <message>
        <source>Mark as Expected</source>
        <translation>Als erwartet markieren</translation>
    </message>
    <message>
        <source>A key, or a pattern where * matches anything: config/database.*</source>
        <translation>Ein Schlüssel oder ein Muster, in dem * für Beliebiges steht: config/database.*</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Why this difference is intended</source>
        <translation>Warum diese Abweichung beabsichtigt ist</translation>
    </message>
    <message>
        <source>Team or person who answers for it</source>
        <translation>Team oder Person, die dafür verantwortlich ist</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Umgebungen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>This rule hides no drifting cells right now.</source>
        <translation>Diese Regel verbirgt zurzeit keine abweichenden Zellen.</translation>
    </message>
    <message numerus="yes">
        <source>This rule hides %n cell(s):</source>
        <translation>
            <numerusform>Diese Regel verbirgt %n Zelle:</numerusform>
            <numerusform>Diese Regel verbirgt %n Zellen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the key or a pattern.</source>
        <translation>Geben Sie den Schlüssel oder ein Muster ein.</translation>
    </message>
    <message>
        <source>Choose at least one environment.</source>
        <translation>Wählen Sie mindestens eine Umgebung.</translation>
    </message>
    <message>
        <source>Say why the difference is intended.</source>
        <translation>Begründen Sie, warum die Abweichung beabsichtigt ist.</translation>
    </message>
    <message>
        <source>Name who owns this exemption.</source>
        <translation>Geben Sie an, wer für diese Ausnahme verantwortlich ist.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixClipboard</name>
    <message>
        <source>Select a key to copy it.</source>
        <translation>Wählen Sie einen Schlüssel aus, um ihn zu kopieren.</translation>
    </message>
    <message>
        <source>Select a key to copy its row.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Zeile zu kopieren.</translation>
    </message>
    <message>
        <source>Select a cell to copy.</source>
        <translation>Wählen Sie eine Zelle zum Kopieren aus.</translation>
    </message>
    <message>
        <source>Secrets are never copied; the drill-down says whether they match.</source>
        <translation>Geheimnisse werden nie kopiert; die Detailansicht zeigt, ob sie übereinstimmen.</translation>
    </message>
    <message>
        <source>This environment has no value for the key.</source>
        <translation>Diese Umgebung hat keinen Wert für den Schlüssel.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixFilterProxy</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) shown of %1, %2 of them drifting</source>
        <translation>
            <numerusform>%n von %1 Schlüsseln angezeigt, davon %2 abweichend</numerusform>
            <numerusform>%n von %1 Schlüsseln angezeigt, davon %2 abweichend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifting cell(s) among the keys shown in %1</source>
        <translation>
            <numerusform>%n abweichende Zelle unter den angezeigten Schlüsseln in %1</numerusform>
            <numerusform>%n abweichende Zellen unter den angezeigten Schlüsseln in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixHeader</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 · no drift</source>
        <translation>%1 · keine Drift</translation>
    </message>
    <message>
        <source>%1 · %2 drifting</source>
        <translation>%1 · %2 abweichend</translation>
    </message>
    <message>
        <source>Click to compare every environment against this one.</source>
        <translation>Klicken, um alle Umgebungen mit dieser zu vergleichen.</translation>
    </message>
    <message>
        <source>Make “%1” the Baseline</source>
        <translation>„%1“ zur Referenz machen</translation>
    </message>
    <message>
        <source>Show All Environments</source>
        <translation>Alle Umgebungen anzeigen</translation>
    </message>
    <message>
        <source>no drift</source>
        <translation>keine Drift</translation>
    </message>
    <message>
        <source>%1 drifting</source>
        <translation>%1 abweichend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) found at refresh. Click to show them.</source>
        <translation>
            <numerusform>%n Umgebung beim Aktualisieren gefunden. Klicken, um sie anzuzeigen.</numerusform>
            <numerusform>%n Umgebungen beim Aktualisieren gefunden. Klicken, um sie anzuzeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) found at refresh. Click to collapse them.</source>
        <translation>
            <numerusform>%n Umgebung beim Aktualisieren gefunden. Klicken, um sie einzuklappen.</numerusform>
            <numerusform>%n Umgebungen beim Aktualisieren gefunden. Klicken, um sie einzuklappen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse “%1”</source>
        <translation>„%1“ einklappen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 drifting</source>
        <translation>
            <numerusform>%n Schlüssel, %1 abweichend</numerusform>
            <numerusform>%n Schlüssel, %1 abweichend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifting cell(s) in %1</source>
        <translation>
            <numerusform>%n abweichende Zelle in %1</numerusform>
            <numerusform>%n abweichende Zellen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Severity: %2</source>
        <translation>%1
Schweregrad: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 is the baseline</source>
        <translation>%1 ist die Referenz</translation>
    </message>
    <message>
        <source>Parity %1 %
%2 drifting, %3 expected, %4 unknown of %5 compared</source>
        <translation>Parität %1 %
%2 abweichend, %3 erwartet, %4 unbekannt von %5 verglichenen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixOptions</name>
    <message>
        <source>Baseline environment</source>
        <translation>Referenzumgebung</translation>
    </message>
    <message>
        <source>Every environment is compared against the baseline</source>
        <translation>Jede Umgebung wird mit der Referenz verglichen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Only &amp;Divergences</source>
        <translation>Nur &amp;Abweichungen</translation>
    </message>
    <message>
        <source>Hide keys that are the same everywhere</source>
        <translation>Schlüssel ausblenden, die überall gleich sind</translation>
    </message>
    <message>
        <source>Compare &amp;Only…</source>
        <translation>Nur zwei &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Show only two environments side by side</source>
        <translation>Nur zwei Umgebungen nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Compare &amp;All Environments</source>
        <translation>&amp;Alle Umgebungen vergleichen</translation>
    </message>
    <message>
        <source>Sort by &amp;Severity</source>
        <translation>Nach &amp;Schweregrad sortieren</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>All Categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Minimum &amp;Severity</source>
        <translation>Mindest-&amp;Schweregrad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixPane</name>
    <message>
        <source>Reading sources…</source>
        <translation>Quellen werden gelesen…</translation>
    </message>
    <message>
        <source>new since the last refresh: %1</source>
        <translation>neu seit der letzten Aktualisierung: %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>gelesen: %1</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message numerus="yes">
        <source>Drift in %1 of %n key(s)</source>
        <translation>
            <numerusform>Drift in %1 von %n Schlüssel</numerusform>
            <numerusform>Drift in %1 von %n Schlüsseln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixView</name>
    <message>
        <source>Drift matrix</source>
        <translation>Drift-Matrix</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricChart</name>
    <message>
        <source>%1 critical</source>
        <translation>%1 kritisch</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1: critical at %2</source>
        <translation>%1: kritisch ab %2</translation>
    </message>
    <message>
        <source>%1: warning at %2</source>
        <translation>%1: Warnung ab %2</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricChartView</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Metric over time</source>
        <translation>Metrik im Zeitverlauf</translation>
    </message>
    <message>
        <source>not a named Prometheus query</source>
        <translation>keine benannte Prometheus-Abfrage</translation>
    </message>
    <message>
        <source>no workspace: nothing to read</source>
        <translation>kein Arbeitsbereich: nichts zu lesen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>No metric selected</source>
        <translation>Keine Metrik ausgewählt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · dashed: warning limit, dotted: critical limit, in each environment&apos;s colour</source>
        <translation>%1 · gestrichelt: Warnlimit, gepunktet: kritisches Limit, in der Farbe der jeweiligen Umgebung</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricQueries</name>
    <message>
        <source>the warning limit %1 is above the critical limit %2; with direction &quot;above&quot; warning comes first</source>
        <translation>die Warngrenze %1 liegt über der kritischen Grenze %2; mit der Richtung „above“ kommt die Warnung zuerst</translation>
    </message>
    <message>
        <source>the warning limit %1 is below the critical limit %2; with direction &quot;below&quot; warning comes first</source>
        <translation>die Warngrenze %1 liegt unter der kritischen Grenze %2; mit der Richtung „below“ kommt die Warnung zuerst</translation>
    </message>
    <message>
        <source>expected a PromQL query or a map with &quot;query&quot;, got %1</source>
        <translation>PromQL-Abfrage oder eine Map mit „query“ erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected above or below, got %1</source>
        <translation>above oder below erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment (environments: %2)</source>
        <translation>&quot;%1&quot; ist keine Umgebung (Umgebungen: %2)</translation>
    </message>
    <message>
        <source>%1 (ok)</source>
        <translation>%1 (ok)</translation>
    </message>
    <message>
        <source>%1 (%2: at or below %3)</source>
        <translation>%1 (%2: höchstens %3)</translation>
    </message>
    <message>
        <source>%1 (%2: at or above %3)</source>
        <translation>%1 (%2: mindestens %3)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricRange</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not a Prometheus API answer: %1 at byte %2</source>
        <translation>keine Prometheus-API-Antwort: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Prometheus API answer: no &quot;status&quot;</source>
        <translation>keine Prometheus-API-Antwort: kein &quot;status&quot;</translation>
    </message>
    <message>
        <source>HTTP %1, %2: %3</source>
        <translation>HTTP %1, %2: %3</translation>
    </message>
    <message>
        <source>not a Prometheus range answer: resultType &quot;%1&quot;</source>
        <translation>keine Prometheus-Bereichsantwort: resultType „%1“</translation>
    </message>
    <message>
        <source>no data in this window</source>
        <translation>keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>the query returned %1 series; aggregate it (sum, max) to one</source>
        <translation>die Abfrage lieferte %1 Zeitreihen; aggregieren Sie sie (sum, max) zu einer</translation>
    </message>
    <message>
        <source>not a Prometheus range answer: a sample is not [time, &quot;value&quot;]</source>
        <translation>keine Prometheus-Bereichsantwort: ein Messwert hat nicht die Form [Zeit, &quot;Wert&quot;]</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricRangeFetch</name>
    <message>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>No credential store is available for &quot;%1&quot;</source>
        <translation>Für &quot;%1&quot; ist kein Anmeldedatenspeicher verfügbar</translation>
    </message>
    <message>
        <source>no answer for this query</source>
        <translation>keine Antwort auf diese Abfrage</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricsEndpointSource</name>
    <message>
        <source>Nothing to read: set versions or infra</source>
        <translation>Nichts zu lesen: setzen Sie versions oder infra</translation>
    </message>
    <message>
        <source>metrics %1</source>
        <translation>Metriken %1</translation>
    </message>
    <message>
        <source>%1: not a metrics page: %2</source>
        <translation>%1: keine Metrikseite: %2</translation>
    </message>
    <message>
        <source>Versions from *_build_info metrics on a service&apos;s /metrics page.</source>
        <translation>Versionen aus *_build_info-Metriken auf der /metrics-Seite eines Dienstes.</translation>
    </message>
    <message>
        <source>Info metrics that carry a version label: [{metric, label, key}].</source>
        <translation>Info-Metriken mit einem Versions-Label: [{metric, label, key}].</translation>
    </message>
    <message>
        <source>Exporters whose versions to read: %1.</source>
        <translation>Exporter, deren Versionen gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::OptionCheck</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number %1</source>
        <translation>eine Zahl %1</translation>
    </message>
    <message>
        <source>a string &quot;%1&quot;</source>
        <translation>eine Zeichenkette „%1“</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;%2</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>erforderlicher Schlüssel &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected a map, got %1</source>
        <translation>Map erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>Liste erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>the text cannot be empty</source>
        <translation>der Text darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>DriftDeck::PrometheusSource</name>
    <message>
        <source>Nothing to read: set versions, infra or queries</source>
        <translation>Nichts zu lesen: setzen Sie versions, infra oder queries</translation>
    </message>
    <message>
        <source>prometheus %1</source>
        <translation>prometheus %1</translation>
    </message>
    <message>
        <source>%1: query %2 failed: %3</source>
        <translation>%1: Abfrage %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the query returned no series</source>
        <translation>die Abfrage lieferte keine Zeitreihe</translation>
    </message>
    <message>
        <source>the query returned %1 series; aggregate it (sum, max) to one</source>
        <translation>die Abfrage lieferte %1 Zeitreihen; aggregieren Sie sie (sum, max) zu einer</translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number; its thresholds do not apply</source>
        <translation>%1: %2 ist keine endliche Zahl; ihre Schwellenwerte greifen nicht</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not a Prometheus API answer: %1 at byte %2</source>
        <translation>keine Prometheus-API-Antwort: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Prometheus API answer: no &quot;status&quot;</source>
        <translation>keine Prometheus-API-Antwort: kein &quot;status&quot;</translation>
    </message>
    <message>
        <source>HTTP %1, %2: %3</source>
        <translation>HTTP %1, %2: %3</translation>
    </message>
    <message>
        <source>a range vector came back; use an instant expression</source>
        <translation>ein Range-Vektor kam zurück; verwenden Sie einen Instant-Ausdruck</translation>
    </message>
    <message>
        <source>not a Prometheus API answer: resultType &quot;%1&quot;</source>
        <translation>keine Prometheus-API-Antwort: resultType &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Versions from *_build_info labels, infrastructure versions and named metrics from the Prometheus HTTP API.</source>
        <translation>Versionen aus *_build_info-Labels, Infrastrukturversionen und benannte Metriken aus der Prometheus-HTTP-API.</translation>
    </message>
    <message>
        <source>Info metrics that carry a version label: [{metric, label, key}].</source>
        <translation>Info-Metriken mit einem Versions-Label: [{metric, label, key}].</translation>
    </message>
    <message>
        <source>Exporters whose versions to read: %1.</source>
        <translation>Exporter, deren Versionen gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Named PromQL queries, each giving one number: name: query, or name: {query, warning, critical, direction, environments: {&lt;env&gt;: {warning, critical}}}.</source>
        <translation>Benannte PromQL-Abfragen, die jeweils eine Zahl liefern: name: query oder name: {query, warning, critical, direction, environments: {&lt;env&gt;: {warning, critical}}}.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::PulumiSource</name>
    <message>
        <source>pulumi: the &quot;path&quot; option is missing</source>
        <translation>pulumi: die Option &quot;path&quot; fehlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>expected a stack file: a map with &quot;config&quot;</source>
        <translation>Stack-Datei erwartet: eine Map mit &quot;config&quot;</translation>
    </message>
    <message>
        <source>&quot;config&quot; must be a map of settings</source>
        <translation>&quot;config&quot; muss eine Map von Einstellungen sein</translation>
    </message>
    <message>
        <source>Pulumi stack configuration (Pulumi.&lt;stack&gt;.yaml); secure values are never shown</source>
        <translation>Pulumi-Stack-Konfiguration (Pulumi.&lt;stack&gt;.yaml); sichere Werte werden nie angezeigt</translation>
    </message>
    <message>
        <source>The stack file, e.g. &quot;Pulumi.{env}.yaml&quot;</source>
        <translation>Die Stack-Datei, z. B. &quot;Pulumi.{env}.yaml&quot;</translation>
    </message>
    <message>
        <source>The namespace of keys written without one (the project&apos;s name)</source>
        <translation>Der Namensraum für Schlüssel, die ohne einen angegeben sind (der Projektname)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::RecentFiles</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>DriftDeck::RegistryDigestsSource</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>no time left of the source&apos;s timeout</source>
        <translation>vom Zeitlimit der Quelle ist keine Zeit mehr übrig</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>Registry %1</translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation>Registry %1: %2</translation>
    </message>
    <message>
        <source>unknown: registry %1 failed</source>
        <translation>unbekannt: Registry %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>registry %1: the running tags were not looked up: %2</source>
        <translation>Registry %1: die laufenden Tags wurden nicht nachgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DriftDeck::RegistrySource</name>
    <message>
        <source>not a tags list: %1 at byte %2</source>
        <translation>keine Tag-Liste: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a tags list: expected {&quot;name&quot;, &quot;tags&quot;: [...]}</source>
        <translation>keine Tag-Liste: erwartet {&quot;name&quot;, &quot;tags&quot;: [...]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>&quot;%1&quot; ist kein gültiger Image-Tag</translation>
    </message>
    <message>
        <source>No repositories are listed for this source</source>
        <translation>Für diese Quelle sind keine Repositorys angegeben</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>Registry %1</translation>
    </message>
    <message>
        <source>%1: no tag &quot;%2&quot; in the registry</source>
        <translation>%1: kein Tag &quot;%2&quot; in der Registry</translation>
    </message>
    <message>
        <source>%1: the registry sent no Docker-Content-Digest</source>
        <translation>%1: die Registry hat keinen Docker-Content-Digest gesendet</translation>
    </message>
    <message>
        <source>%1: authentication failed (%2)</source>
        <translation>%1: Authentifizierung fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>registry refused the credentials for %1</source>
        <translation>die Registry hat die Anmeldedaten für %1 abgelehnt</translation>
    </message>
    <message>
        <source>%1: the registry named an unusable token service</source>
        <translation>%1: die Registry nannte einen unbrauchbaren Token-Dienst</translation>
    </message>
    <message>
        <source>%1: refused to send credentials to the token service %2 over plain http</source>
        <translation>%1: Anmeldedaten werden nicht über unverschlüsseltes http an den Token-Dienst %2 gesendet</translation>
    </message>
    <message>
        <source>%1: no token: %2</source>
        <translation>%1: kein Token: %2</translation>
    </message>
    <message>
        <source>Deployed image tags and their digests from an OCI container registry.</source>
        <translation>Bereitgestellte Image-Tags und ihre Digests aus einer OCI-Container-Registry.</translation>
    </message>
    <message>
        <source>The tag this environment runs; &quot;{env}&quot; is the environment&apos;s name (the default).</source>
        <translation>Der Tag, den diese Umgebung ausführt; &quot;{env}&quot; ist der Name der Umgebung (Standard).</translation>
    </message>
    <message>
        <source>Also count the repository&apos;s tags (row image/&lt;repo&gt;/tags).</source>
        <translation>Auch die Tags des Repositorys zählen (Zeile image/&lt;repo&gt;/tags).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment (environments: %2)</source>
        <translation>&quot;%1&quot; ist keine Umgebung (Umgebungen: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name, e.g. acme/checkout-api</source>
        <translation>&quot;%1&quot; ist kein Repository-Name, z. B. acme/checkout-api</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>der Name &quot;%1&quot; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>Repositories to read, e.g. checkout-api, or {name, path, paths, tag} when the repository is named per environment (path may contain &quot;{env}&quot;, paths maps environments to repositories); the row is image/&lt;name&gt;.</source>
        <translation>Zu lesende Repositorys, z. B. checkout-api, oder {name, path, paths, tag}, wenn das Repository je Umgebung anders heißt (path darf &quot;{env}&quot; enthalten, paths ordnet Umgebungen Repositorys zu); die Zeile ist image/&lt;name&gt;.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ReportExport</name>
    <message>
        <source>the report could not be written</source>
        <translation>der Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Drift Deck</source>
        <translation>Drift Deck</translation>
    </message>
    <message>
        <source>%1 drift %2.pdf</source>
        <translation>%1 Drift %2.pdf</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ReportWriter</name>
    <message>
        <source>the snapshot has no environments</source>
        <translation>der Schnappschuss enthält keine Umgebungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment of this snapshot</source>
        <translation>&quot;%1&quot; ist keine Umgebung dieses Schnappschusses</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Drift report: %1</source>
        <translation>Drift-Bericht: %1</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>kann %1 nicht schreiben: das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot write %1: the report&apos;s layout was not stable</source>
        <translation>kann %1 nicht schreiben: das Layout des Berichts war nicht stabil</translation>
    </message>
    <message>
        <source>baseline %1 · captured %2</source>
        <translation>Referenz %1 · erfasst %2</translation>
    </message>
    <message>
        <source>Drift Deck report · %1</source>
        <translation>Drift-Deck-Bericht · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>− missing</source>
        <translation>− fehlt</translation>
    </message>
    <message>
        <source>secret: same</source>
        <translation>Geheimnis: gleich</translation>
    </message>
    <message>
        <source>secret: differs</source>
        <translation>Geheimnis: abweichend</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source> (rule expired)</source>
        <translation> (Regel abgelaufen)</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>Captured %1 · baseline %2 · rule expiry judged on %3</source>
        <translation>Erfasst %1 · Referenz %2 · Regelablauf beurteilt am %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1, %2 with drift (%3 critical), %4, %5, %6.</source>
        <comment>keys compared, drifting keys, critical keys, expected differences, cells covered by expired rules, failed sources</comment>
        <translation>%1, %2 mit Drift (%3 kritisch), %4, %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) compared</source>
        <translation>
            <numerusform>%n Schlüssel verglichen</numerusform>
            <numerusform>%n Schlüssel verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected difference(s)</source>
        <translation>
            <numerusform>%n erwartete Abweichung</numerusform>
            <numerusform>%n erwartete Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) covered by expired rules</source>
        <translation>
            <numerusform>%n Zelle durch abgelaufene Regeln abgedeckt</numerusform>
            <numerusform>%n Zellen durch abgelaufene Regeln abgedeckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed source(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Quelle</numerusform>
            <numerusform>%n fehlgeschlagene Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Parity per environment</source>
        <translation>Parität je Umgebung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (Referenz)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Keys by category and severity</source>
        <translation>Schlüssel nach Kategorie und Schweregrad</translation>
    </message>
    <message>
        <source>No key drifts, is expected to differ, or is unknown.</source>
        <translation>Kein Schlüssel weicht ab, weicht erwartungsgemäß ab oder ist unbekannt.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Since the snapshot of %1</source>
        <translation>Seit dem Schnappschuss vom %1</translation>
    </message>
    <message>
        <source>%1, %2 resolved; %3, %4 removed, %5 changed.</source>
        <comment>new drifting cells, resolved cells; keys added, removed, changed</comment>
        <translation>%1, %2 behoben; %3, %4 entfernt, %5 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n new drifting cell(s)</source>
        <translation>
            <numerusform>%n neue abweichende Zelle</numerusform>
            <numerusform>%n neue abweichende Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n Schlüssel hinzugefügt</numerusform>
            <numerusform>%n Schlüssel hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshots&apos; secrets were fingerprinted with different salts: whether they changed cannot be known.</source>
        <translation>Die Geheimnisse der Schnappschüsse wurden mit unterschiedlichen Salts gehasht: ob sie sich geändert haben, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before → now</source>
        <translation>Vorher → jetzt</translation>
    </message>
    <message>
        <source>new drift</source>
        <translation>neuer Drift</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) (run driftdeck diff for the full list).</source>
        <translation>
            <numerusform>… und %n weitere Änderung (vollständige Liste mit driftdeck diff).</numerusform>
            <numerusform>… und %n weitere Änderungen (vollständige Liste mit driftdeck diff).</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical drift in detail</source>
        <translation>Kritischer Drift im Detail</translation>
    </message>
    <message>
        <source>No critical drift.</source>
        <translation>Kein kritischer Drift.</translation>
    </message>
    <message>
        <source>Keys whose drift is critical (they must match the baseline), with each environment&apos;s value and the layer it came from.</source>
        <translation>Schlüssel mit kritischem Drift (sie müssen der Referenz entsprechen), mit dem Wert jeder Umgebung und der Ebene, aus der er stammt.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Winning layer</source>
        <translation>Maßgebliche Ebene</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more critical key(s); the matrix lists them all.</source>
        <translation>
            <numerusform>… und %n weiterer kritischer Schlüssel; die Matrix führt alle auf.</numerusform>
            <numerusform>… und %n weitere kritische Schlüssel; die Matrix führt alle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of expected differences</source>
        <translation>Verzeichnis erwarteter Abweichungen</translation>
    </message>
    <message>
        <source>The policy declares no expected differences.</source>
        <translation>Die Richtlinie deklariert keine erwarteten Abweichungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 expired: an expired rule no longer hides its difference, which counts as drift again.</source>
        <translation>
            <numerusform>%n Regel, davon %1 abgelaufen: Eine abgelaufene Regel verbirgt ihre Abweichung nicht mehr; diese zählt wieder als Drift.</numerusform>
            <numerusform>%n Regeln, davon %1 abgelaufen: Eine abgelaufene Regel verbirgt ihre Abweichung nicht mehr; diese zählt wieder als Drift.</numerusform>
        </translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>ABGELAUFEN %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Source errors</source>
        <translation>Quellfehler</translation>
    </message>
    <message>
        <source>Every source answered: the comparison is complete.</source>
        <translation>Alle Quellen haben geantwortet: Der Vergleich ist vollständig.</translation>
    </message>
    <message>
        <source>The comparison is incomplete: keys of these sources show as unknown, or with their last good value marked stale.</source>
        <translation>Der Vergleich ist unvollständig: Schlüssel dieser Quellen erscheinen als unbekannt oder mit ihrem letzten gültigen Wert, als veraltet markiert.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Drift matrix</source>
        <translation>Drift-Matrix</translation>
    </message>
    <message numerus="yes">
        <source>Every key, %n row(s).</source>
        <translation>
            <numerusform>Alle Schlüssel, %n Zeile.</numerusform>
            <numerusform>Alle Schlüssel, %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys that drift, are expected to differ or are unknown: %n row(s).</source>
        <translation>
            <numerusform>Schlüssel mit Drift, erwarteter Abweichung oder unbekanntem Wert: %n Zeile.</numerusform>
            <numerusform>Schlüssel mit Drift, erwarteter Abweichung oder unbekanntem Wert: %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>= same · ≠ differs · − missing here · + only here · ~ expected difference · ? unknown · secrets show only &quot;secret: same&quot; or &quot;secret: differs&quot;.</source>
        <translation>= gleich · ≠ abweichend · − fehlt hier · + nur hier · ~ erwartete Abweichung · ? unbekannt · Geheimnisse zeigen nur &quot;Geheimnis: gleich&quot; oder &quot;Geheimnis: abweichend&quot;.</translation>
    </message>
    <message>
        <source>Drift matrix · rows %1–%2 of %3</source>
        <translation>Drift-Matrix · Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source> · environments %1–%2 of %3 (page %4 of %5 across)</source>
        <translation> · Umgebungen %1–%2 von %3 (Seite %4 von %5 in der Breite)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>parity %1%</source>
        <translation>Parität %1%</translation>
    </message>
    <message>
        <source>Drift over time</source>
        <translation>Drift im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 saved snapshots could not be read or lack the baseline; they are left out.</source>
        <translation>
            <numerusform>%n von %1 gespeicherten Schnappschüssen ist nicht lesbar oder enthält die Referenz nicht; er bleibt unberücksichtigt.</numerusform>
            <numerusform>%n von %1 gespeicherten Schnappschüssen sind nicht lesbar oder enthalten die Referenz nicht; sie bleiben unberücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved snapshot could be charted.</source>
        <translation>Kein gespeicherter Schnappschuss konnte dargestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Drifting cells per environment against the baseline, %n snapshot(s) from %1 to %2.</source>
        <translation>
            <numerusform>Abweichende Zellen je Umgebung gegenüber der Referenz, %n Schnappschuss von %1 bis %2.</numerusform>
            <numerusform>Abweichende Zellen je Umgebung gegenüber der Referenz, %n Schnappschüsse von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation>letzte 6 Stunden</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>%1 · %2, %3 to %4 (local time)</source>
        <translation>%1 · %2, %3 bis %4 (Ortszeit)</translation>
    </message>
    <message>
        <source>no query ran</source>
        <translation>keine Abfrage ausgeführt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message>
        <source>Metrics over time</source>
        <translation>Metriken im Zeitverlauf</translation>
    </message>
    <message>
        <source>Each named Prometheus query, one line per environment. Dashed lines are an environment&apos;s warning limit, dotted lines its critical limit.</source>
        <translation>Jede benannte Prometheus-Abfrage, eine Linie pro Umgebung. Gestrichelte Linien zeigen das Warnlimit einer Umgebung, gepunktete ihr kritisches Limit.</translation>
    </message>
    <message>
        <source>✓ pass (by hand)</source>
        <translation>✓ bestanden (manuell)</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ FAIL (by hand)</source>
        <translation>✗ NICHT BESTANDEN (manuell)</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Parity checklist</source>
        <translation>Paritäts-Checkliste</translation>
    </message>
    <message>
        <source>No checklist: the comparison has no baseline.</source>
        <translation>Keine Checkliste: Der Vergleich hat keine Referenz.</translation>
    </message>
    <message>
        <source>Evaluated from this snapshot: %1 pass, %2 fail, %3 unknown. Items the data cannot show are ticked by hand in the workspace&apos;s rules file.</source>
        <translation>Ausgewertet aus diesem Schnappschuss: %1 bestanden, %2 nicht bestanden, %3 unbekannt. Punkte, die die Daten nicht zeigen können, werden in der Regeldatei des Arbeitsbereichs manuell abgehakt.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>What fails, and why</source>
        <translation>Was fehlschlägt und warum</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>… and %1 more failing cells.</source>
        <translation>… und %1 weitere fehlschlagende Zellen.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::RulesFile</name>
    <message>
        <source>the top level is not a map</source>
        <translation>die oberste Ebene ist keine Map</translation>
    </message>
    <message>
        <source>A rule needs a key, a reason and an owner.</source>
        <translation>Eine Regel braucht einen Schlüssel, einen Grund und einen Verantwortlichen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot add to %1: it is not UTF-8 text.</source>
        <translation>Ergänzen von %1 nicht möglich: kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation>Ergänzen von %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>A checklist tick needs an item and a note.</source>
        <translation>Ein Checklisten-Haken braucht einen Punkt und eine Notiz.</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SettingsDialog</name>
    <message>
        <source>Configure Drift Deck</source>
        <translation>Drift Deck einrichten</translation>
    </message>
    <message>
        <source>Keep a snapshot of every refresh</source>
        <translation>Bei jeder Aktualisierung einen Schnappschuss aufbewahren</translation>
    </message>
    <message>
        <source>Snapshot history:</source>
        <translation>Schnappschuss-Verlauf:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Open a workspace to see its history folder.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seinen Verlaufsordner zu sehen.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>Keep at least:</source>
        <translation>Mindestens aufbewahren:</translation>
    </message>
    <message>
        <source>Keep everything from the last:</source>
        <translation>Alles aufbewahren aus den letzten:</translation>
    </message>
    <message>
        <source>A snapshot is deleted only when it is beyond both limits.</source>
        <translation>Ein Schnappschuss wird erst gelöscht, wenn er beide Grenzen überschreitet.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n Schnappschuss</numerusform>
            <numerusform>%n Schnappschüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::SnapshotCompare</name>
    <message>
        <source>Filter keys…</source>
        <translation>Schlüssel filtern…</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
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
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Environments only in %1: %2.</source>
        <translation>Umgebungen nur in %1: %2.</translation>
    </message>
    <message>
        <source>Secrets were fingerprinted with different salts, so whether they changed cannot be told.</source>
        <translation>Die Fingerabdrücke der Geheimnisse beruhen auf unterschiedlichen Salts; ob sie sich geändert haben, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>Drift changes are not shown: %1.</source>
        <translation>Drift-Änderungen werden nicht angezeigt: %1.</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>No differences: both hold the same keys, values and drift.</source>
        <translation>Keine Unterschiede: beide enthalten dieselben Schlüssel, Werte und Drift.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SnapshotComparison</name>
    <message>
        <source>Changes since a Snapshot</source>
        <translation>Änderungen seit einem Schnappschuss</translation>
    </message>
    <message>
        <source>Compare with &amp;Snapshot…</source>
        <translation>Mit &amp;Schnappschuss vergleichen…</translation>
    </message>
    <message>
        <source>What was added, removed or changed since a saved snapshot</source>
        <translation>Was seit einem gespeicherten Schnappschuss hinzugefügt, entfernt oder geändert wurde</translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Mit Schnappschuss vergleichen</translation>
    </message>
    <message>
        <source>Drift Deck snapshots (*.json);;All files (*)</source>
        <translation>Drift-Deck-Schnappschüsse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleich mit %1…</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>Vergleich mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>Schnappschuss von %1</translation>
    </message>
    <message>
        <source>This snapshot</source>
        <translation>Dieser Schnappschuss</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SnapshotDiff</name>
    <message>
        <source>the baseline &quot;%1&quot; is not in the %2 snapshot</source>
        <translation>die Referenz &quot;%1&quot; fehlt im %2 Schnappschuss</translation>
    </message>
    <message>
        <source>older</source>
        <translation>älteren</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>neueren</translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation>Geheimnis geändert</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed; %4 new drift, %5 resolved.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert; %4 neue Drift, %5 behoben.</translation>
    </message>
    <message>
        <source>Snapshot diff: %1</source>
        <translation>Schnappschuss-Vergleich: %1</translation>
    </message>
    <message>
        <source>  baseline %1</source>
        <translation>  Referenz %1</translation>
    </message>
    <message>
        <source>Environments added: %1</source>
        <translation>Hinzugefügte Umgebungen: %1</translation>
    </message>
    <message>
        <source>Environments removed: %1</source>
        <translation>Entfernte Umgebungen: %1</translation>
    </message>
    <message>
        <source>Secrets were fingerprinted with different salts: their changes cannot be known.</source>
        <translation>Die Fingerabdrücke der Geheimnisse beruhen auf unterschiedlichen Salts: ihre Änderungen sind nicht feststellbar.</translation>
    </message>
    <message>
        <source>%1: no changes</source>
        <translation>%1: keine Änderungen</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt, %4 geändert</translation>
    </message>
    <message>
        <source>secret, not comparable</source>
        <translation>Geheimnis, nicht vergleichbar</translation>
    </message>
    <message>
        <source>Drift not compared: %1</source>
        <translation>Drift nicht verglichen: %1</translation>
    </message>
    <message>
        <source>New drift (%1):</source>
        <translation>Neue Drift (%1):</translation>
    </message>
    <message>
        <source>Resolved drift (%1):</source>
        <translation>Behobene Drift (%1):</translation>
    </message>
    <message>
        <source>The snapshots are identical.</source>
        <translation>Die Schnappschüsse sind identisch.</translation>
    </message>
    <message>
        <source>Drift Deck diff: %1</source>
        <translation>Drift-Deck-Vergleich: %1</translation>
    </message>
    <message>
        <source>From %1 to %2, baseline **%3**.</source>
        <translation>Von %1 bis %2, Referenz **%3**.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
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
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SnapshotFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes; snapshots larger than 1 GiB are not read</source>
        <translation>%1: die Datei ist %2 Bytes groß; Schnappschüsse über 1 GiB werden nicht gelesen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>not a date and time (expected ISO 8601): %1</source>
        <translation>kein Datum mit Uhrzeit (ISO 8601 erwartet): %1</translation>
    </message>
    <message>
        <source>not a date (expected YYYY-MM-DD): %1</source>
        <translation>kein Datum (YYYY-MM-DD erwartet): %1</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: not a Drift Deck snapshot: format is %2, expected %3</source>
        <translation>%1: kein Drift-Deck-Schnappschuss: Format ist %2, erwartet %3</translation>
    </message>
    <message>
        <source>%1: snapshot format %2 is newer than this Drift Deck understands (%3)</source>
        <translation>%1: Schnappschussformat %2 ist neuer, als dieses Drift Deck versteht (%3)</translation>
    </message>
    <message>
        <source>%1: snapshot format %2 does not exist</source>
        <translation>%1: Schnappschussformat %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: </source>
        <translation>%1: kein gültiges JSON bei Byte %2: </translation>
    </message>
    <message>
        <source>the file looks truncated</source>
        <translation>die Datei scheint abgeschnitten</translation>
    </message>
    <message>
        <source>%1: not a Drift Deck snapshot: it has no &quot;format&quot; field</source>
        <translation>%1: kein Drift-Deck-Schnappschuss: kein Feld &quot;format&quot;</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: kein gültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>environment %1 appears twice</source>
        <translation>Umgebung %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 %2 does not exist: the environment lists no %1s</source>
        <translation>%1 %2 existiert nicht: die Umgebung enthält keine %1-Einträge</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (0 to %3)</source>
        <translation>%1 %2 liegt außerhalb des Bereichs (0 bis %3)</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>unbekannter Zustand %1</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>der Schlüssel kommt zweimal vor</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>unbekannte Art %1</translation>
    </message>
    <message>
        <source>a secret never carries a display</source>
        <translation>ein Geheimnis hat nie einen display-Wert</translation>
    </message>
    <message>
        <source>required field is missing (the secret&apos;s fingerprint)</source>
        <translation>Pflichtfeld fehlt (der Fingerabdruck des Geheimnisses)</translation>
    </message>
    <message>
        <source>a secret&apos;s provenance never carries a display</source>
        <translation>die Herkunft eines Geheimnisses hat nie einen display-Wert</translation>
    </message>
    <message>
        <source>expected [layer, line, column, display]</source>
        <translation>[layer, line, column, display] erwartet</translation>
    </message>
    <message>
        <source>%1: the file is damaged: its content no longer matches its checksum (it was changed or partly overwritten after it was written)</source>
        <translation>%1: die Datei ist beschädigt: ihr Inhalt passt nicht mehr zu ihrer Prüfsumme (sie wurde nach dem Schreiben geändert oder teilweise überschrieben)</translation>
    </message>
    <message>
        <source>%1: the file is cut short or damaged: it ends without its checksum</source>
        <translation>%1: die Datei ist abgeschnitten oder beschädigt: sie endet ohne ihre Prüfsumme</translation>
    </message>
    <message>
        <source>%1: payload.encoding: unknown encoding &quot;%2&quot; (this Drift Deck reads &quot;%3&quot;)</source>
        <translation>%1: payload.encoding: unbekannte Kodierung &quot;%2&quot; (dieses Drift Deck liest &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: the entries cannot be unpacked (%2 of %3 bytes)</source>
        <translation>%1: die Einträge können nicht entpackt werden (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <source>the entries are damaged at byte %1 of the unpacked data</source>
        <translation>die Einträge sind bei Byte %1 der entpackten Daten beschädigt</translation>
    </message>
    <message>
        <source>%1: the file is cut short or damaged: its header announces %2 bytes of entries, %3 follow</source>
        <translation>%1: die Datei ist abgeschnitten oder beschädigt: ihr Header kündigt %2 Bytes an Einträgen an, %3 folgen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SourceDiscovery</name>
    <message>
        <source>no source has the id &quot;%1&quot;</source>
        <translation>keine Quelle hat die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No credential store is available for &quot;%1&quot;</source>
        <translation>Für &quot;%1&quot; ist kein Zugangsdatenspeicher verfügbar</translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;</source>
        <translation>Unbekannter Quelltyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1: the environments could not be listed: %2</source>
        <translation>%1: die Umgebungen konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the environments could not be listed: %2; the %n found by the last capture are kept</source>
        <translation>
            <numerusform>%1: die Umgebungen konnten nicht aufgelistet werden: %2; die eine von der letzten Erfassung gefundene bleibt erhalten</numerusform>
            <numerusform>%1: die Umgebungen konnten nicht aufgelistet werden: %2; die %n von der letzten Erfassung gefundenen bleiben erhalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::SourcesDock</name>
    <message>
        <source>Sources that could not be read: %1. Their keys show as unknown; see the Sources panel.</source>
        <translation>Quellen, die nicht gelesen werden konnten: %1. Ihre Schlüssel werden als unbekannt angezeigt; siehe Bereich „Quellen“.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SourcesPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Wird abgerufen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Last Success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>Quellendetails</translation>
    </message>
    <message>
        <source>Select a source to see its full status and error.</source>
        <translation>Wählen Sie eine Quelle, um ihren vollständigen Status und Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Retry Source</source>
        <translation>Quelle erneut lesen</translation>
    </message>
    <message>
        <source>Read the selected source again</source>
        <translation>Die ausgewählte Quelle erneut lesen</translation>
    </message>
    <message>
        <source>Cancel Refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status: %1 %2</source>
        <translation>Status: %1 %2</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latenz: %1</translation>
    </message>
    <message>
        <source>Its keys show the last values read, marked stale.</source>
        <translation>Ihre Schlüssel zeigen die zuletzt gelesenen Werte, als veraltet markiert.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>Keine Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::SpringActuatorSource</name>
    <message>
        <source>Spring&apos;s relaxed binding for names, so SPRING_DATASOURCE_URL and spring.datasource.url are one row (default true)</source>
        <translation>Springs Relaxed Binding für Namen, sodass SPRING_DATASOURCE_URL und spring.datasource.url eine Zeile sind (Standard true)</translation>
    </message>
    <message>
        <source>Property sources to leave out, by name or glob (e.g. systemEnvironment)</source>
        <translation>Auszulassende Property-Quellen, nach Name oder Glob (z. B. systemEnvironment)</translation>
    </message>
    <message>
        <source>Configuration of a running Spring Boot application (Actuator env)</source>
        <translation>Konfiguration einer laufenden Spring-Boot-Anwendung (Actuator env)</translation>
    </message>
    <message>
        <source>The env endpoint below url (default /actuator/env)</source>
        <translation>Der env-Endpunkt unterhalb von url (Standard /actuator/env)</translation>
    </message>
    <message>
        <source>Spring Actuator</source>
        <translation>Spring Actuator</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SpringConfigSource</name>
    <message>
        <source>spring-config: the &quot;application&quot; option is missing</source>
        <translation>spring-config: die Option &quot;application&quot; fehlt</translation>
    </message>
    <message>
        <source>Configuration a Spring Cloud Config Server serves an application</source>
        <translation>Konfiguration, die ein Spring Cloud Config Server einer Anwendung bereitstellt</translation>
    </message>
    <message>
        <source>The application name (spring.application.name)</source>
        <translation>Der Anwendungsname (spring.application.name)</translation>
    </message>
    <message>
        <source>Profiles, comma-separated (default: the environment&apos;s name)</source>
        <translation>Profile, kommagetrennt (Standard: der Name der Umgebung)</translation>
    </message>
    <message>
        <source>Branch, tag or commit in the config repository (default: the server&apos;s)</source>
        <translation>Branch, Tag oder Commit im Konfigurations-Repository (Standard: der des Servers)</translation>
    </message>
    <message>
        <source>Spring Cloud Config</source>
        <translation>Spring Cloud Config</translation>
    </message>
</context>
<context>
    <name>DriftDeck::SpringSource</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no &quot;propertySources&quot; list</source>
        <translation>die Antwort hat keine &quot;propertySources&quot;-Liste</translation>
    </message>
    <message>
        <source>propertySources[%1] is not {&quot;name&quot;, &quot;%2&quot;: {…}}</source>
        <translation>propertySources[%1] ist nicht {&quot;name&quot;, &quot;%2&quot;: {…}}</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; in &quot;%2&quot; has no value</source>
        <translation>Eigenschaft &quot;%1&quot; in &quot;%2&quot; hat keinen Wert</translation>
    </message>
</context>
<context>
    <name>DriftDeck::TerraformFormat</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>not the output of &quot;terraform show -json&quot;: format_version is missing</source>
        <translation>keine Ausgabe von &quot;terraform show -json&quot;: format_version fehlt</translation>
    </message>
</context>
<context>
    <name>DriftDeck::TerraformSource</name>
    <message>
        <source>terraform: give &quot;show&quot; (terraform show -json output), &quot;varFiles&quot; or both</source>
        <translation>terraform: geben Sie &quot;show&quot; (Ausgabe von terraform show -json), &quot;varFiles&quot; oder beides an</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Terraform resources, outputs and variables: terraform show -json output and tfvars files</source>
        <translation>Terraform-Ressourcen, -Outputs und -Variablen: Ausgabe von terraform show -json und tfvars-Dateien</translation>
    </message>
    <message>
        <source>The output of &quot;terraform show -json&quot; (a state or a saved plan)</source>
        <translation>Die Ausgabe von &quot;terraform show -json&quot; (ein State oder ein gespeicherter Plan)</translation>
    </message>
    <message>
        <source>*.tfvars or *.tfvars.json files, later ones winning; rows infra/var.&lt;name&gt;</source>
        <translation>*.tfvars- oder *.tfvars.json-Dateien, spätere haben Vorrang; Zeilen infra/var.&lt;name&gt;</translation>
    </message>
    <message>
        <source>Also read data sources (default false)</source>
        <translation>Auch Data Sources lesen (Standard: false)</translation>
    </message>
    <message>
        <source>For a saved plan: the state before it instead of the planned values</source>
        <translation>Bei einem gespeicherten Plan: der State davor statt der geplanten Werte</translation>
    </message>
</context>
<context>
    <name>DriftDeck::TfvarsFormat</name>
    <message>
        <source>expected a variable name</source>
        <translation>Variablenname erwartet</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; after %1</source>
        <translation>&quot;=&quot; nach %1 erwartet</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 ist doppelt gesetzt</translation>
    </message>
    <message>
        <source>expected a new line after the value of %1</source>
        <translation>Zeilenumbruch nach dem Wert von %1 erwartet</translation>
    </message>
    <message>
        <source>a string must end on the line it starts</source>
        <translation>eine Zeichenkette muss in der Zeile enden, in der sie beginnt</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>unbekannte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>die Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>expected a heredoc marker after &lt;&lt;</source>
        <translation>Heredoc-Markierung nach &lt;&lt; erwartet</translation>
    </message>
    <message>
        <source>the heredoc %1 is not closed</source>
        <translation>das Heredoc %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: only literal values are allowed in a tfvars file</source>
        <translation>%1: in einer tfvars-Datei sind nur literale Werte erlaubt</translation>
    </message>
    <message>
        <source>expected a value, found the end of the file</source>
        <translation>Wert erwartet, Dateiende gefunden</translation>
    </message>
    <message>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation>Wert erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; in the list</source>
        <translation>&quot;,&quot; oder &quot;]&quot; in der Liste erwartet</translation>
    </message>
    <message>
        <source>expected a key in the map</source>
        <translation>Schlüssel in der Map erwartet</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; or &quot;:&quot; after %1</source>
        <translation>&quot;=&quot; oder &quot;:&quot; nach %1 erwartet</translation>
    </message>
    <message>
        <source>expected &quot;,&quot;, a new line or &quot;}&quot; after the value of %1</source>
        <translation>&quot;,&quot;, Zeilenumbruch oder &quot;}&quot; nach dem Wert von %1 erwartet</translation>
    </message>
</context>
<context>
    <name>DriftDeck::TlsProbeSource</name>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>no TLS handshake (%1)</source>
        <translation>kein TLS-Handshake (%1)</translation>
    </message>
    <message>
        <source>no TLS answer within %1 s</source>
        <translation>keine TLS-Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>der Server hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1: no HTTP answer over TLS; hsts and server are unknown</source>
        <translation>%1: keine HTTP-Antwort über TLS; hsts und server sind unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>The certificate, TLS version and security headers of an https endpoint.</source>
        <translation>Zertifikat, TLS-Version und Sicherheits-Header eines https-Endpunkts.</translation>
    </message>
    <message>
        <source>The endpoint, e.g. https://api.{env}.example.com/.</source>
        <translation>Der Endpunkt, z. B. https://api.{env}.example.com/.</translation>
    </message>
    <message>
        <source>The row name (tls/&lt;name&gt;/…); defaults to the host. Use the same name in every environment to compare them.</source>
        <translation>Der Zeilenname (tls/&lt;name&gt;/…); Standard ist der Host. Verwenden Sie in jeder Umgebung denselben Namen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>How long the probe may take (default 10s).</source>
        <translation>Wie lange die Prüfung dauern darf (Standard 10s).</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted in addition to the system&apos;s.</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>%1 days (expired on %2)</source>
        <translation>%1 Tage (abgelaufen am %2)</translation>
    </message>
    <message>
        <source>1 day (until %1)</source>
        <translation>1 Tag (bis %1)</translation>
    </message>
    <message>
        <source>%1 days (until %2)</source>
        <translation>%1 Tage (bis %2)</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: no certificate to read</source>
        <translation>%1 ist reines HTTP: kein Zertifikat zu lesen</translation>
    </message>
    <message>
        <source>Days to expiry at or below which the certificate is a warning (default 30).</source>
        <translation>Tage bis zum Ablauf, ab denen das Zertifikat als Warnung gilt (Standard 30).</translation>
    </message>
    <message>
        <source>Days to expiry at or below which the certificate is critical (default 14).</source>
        <translation>Tage bis zum Ablauf, ab denen das Zertifikat als kritisch gilt (Standard 14).</translation>
    </message>
</context>
<context>
    <name>DriftDeck::UnleashSource</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no &quot;features&quot; list: is this the Unleash admin API?</source>
        <translation>die Antwort hat keine &quot;features&quot;-Liste: ist das die Unleash-Admin-API?</translation>
    </message>
    <message>
        <source>features[%1] has no name</source>
        <translation>features[%1] hat keinen Namen</translation>
    </message>
    <message>
        <source>the answer is not a flag with &quot;name&quot; and &quot;environments&quot;</source>
        <translation>die Antwort ist kein Flag mit &quot;name&quot; und &quot;environments&quot;</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; has no environment &quot;%2&quot; (it has: %3)</source>
        <translation>Flag &quot;%1&quot; hat keine Umgebung &quot;%2&quot; (vorhanden: %3)</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot;, environment &quot;%2&quot;: &quot;enabled&quot; or &quot;strategies&quot; is malformed</source>
        <translation>Flag &quot;%1&quot;, Umgebung &quot;%2&quot;: &quot;enabled&quot; oder &quot;strategies&quot; ist fehlerhaft</translation>
    </message>
    <message>
        <source>unleash: project and environment names cannot contain &quot;/&quot;</source>
        <translation>unleash: Projekt- und Umgebungsnamen dürfen kein &quot;/&quot; enthalten</translation>
    </message>
    <message>
        <source>unleash: listing the flags of project &quot;%1&quot; failed</source>
        <translation>unleash: Auflisten der Flags von Projekt &quot;%1&quot; fehlgeschlagen</translation>
    </message>
    <message>
        <source>unleash: project &quot;%1&quot; has no environment &quot;%2&quot; (it has: %3)</source>
        <translation>unleash: Projekt &quot;%1&quot; hat keine Umgebung &quot;%2&quot; (vorhanden: %3)</translation>
    </message>
    <message>
        <source>unleash: reading flag &quot;%1&quot; failed</source>
        <translation>unleash: Lesen von Flag &quot;%1&quot; fehlgeschlagen</translation>
    </message>
    <message>
        <source>unleash %1 project %2, environment %3</source>
        <translation>unleash %1 Projekt %2, Umgebung %3</translation>
    </message>
    <message>
        <source>unleash: project &quot;%1&quot; has no flags (is the project name right?)</source>
        <translation>unleash: Projekt &quot;%1&quot; hat keine Flags (ist der Projektname richtig?)</translation>
    </message>
    <message>
        <source> (check the admin API token given as this source&apos;s credentials)</source>
        <translation> (prüfen Sie das Admin-API-Token, das als Zugangsdaten dieser Quelle angegeben ist)</translation>
    </message>
    <message>
        <source>Feature flags of one Unleash environment (admin API)</source>
        <translation>Feature-Flags einer Unleash-Umgebung (Admin-API)</translation>
    </message>
    <message>
        <source>The Unleash project (default &quot;default&quot;)</source>
        <translation>Das Unleash-Projekt (Standard &quot;default&quot;)</translation>
    </message>
    <message>
        <source>The Unleash environment for this Drift Deck environment (default: its name; e.g. &quot;{env}&quot; or a fixed name per environment)</source>
        <translation>Die Unleash-Umgebung für diese Drift-Deck-Umgebung (Standard: ihr Name; z. B. &quot;{env}&quot; oder ein fester Name pro Umgebung)</translation>
    </message>
</context>
<context>
    <name>DriftDeck::ValueHighlighter</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>INI</source>
        <translation>INI</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Einfacher Text</translation>
    </message>
</context>
<context>
    <name>DriftDeck::VersionRows</name>
    <message>
        <source>&quot;%1&quot; is not a metric name or selector, e.g. checkout_build_info{job=&quot;checkout&quot;}</source>
        <translation>„%1“ ist kein Metrikname oder Selektor, z. B. checkout_build_info{job=&quot;checkout&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label name</source>
        <translation>„%1“ ist kein Label-Name</translation>
    </message>
    <message>
        <source>unknown infra &quot;%1&quot;; known: %2</source>
        <translation>unbekanntes infra „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>versions item %1 needs a metric name, a label name and a key, e.g. {metric: checkout_build_info, label: version, key: checkout-api}</source>
        <translation>Eintrag %1 unter versions braucht einen Metriknamen, einen Label-Namen und einen Schlüssel, z. B. {metric: checkout_build_info, label: version, key: checkout-api}</translation>
    </message>
    <message>
        <source>%1: no %2 series with a &quot;%3&quot; label</source>
        <translation>%1: keine %2-Zeitreihe mit dem Label „%3“</translation>
    </message>
    <message>
        <source>%1 — rollout in progress</source>
        <translation>%1 — Rollout läuft</translation>
    </message>
</context>
<context>
    <name>DriftDeck::WorkloadRows</name>
    <message>
        <source>Pods of %1 %2: %3</source>
        <translation>Pods von %1 %2: %3</translation>
    </message>
    <message>
        <source>%1/%2: rollout in progress, container %3 runs %4</source>
        <translation>%1/%2: Rollout läuft, Container %3 führt %4 aus</translation>
    </message>
    <message>
        <source>%1 %2 appears more than once (several namespaces?); the first one is kept</source>
        <translation>%1 %2 kommt mehrfach vor (mehrere Namespaces?); der erste wird behalten</translation>
    </message>
    <message>
        <source> (resourceVersion %1)</source>
        <translation> (resourceVersion %1)</translation>
    </message>
    <message>
        <source>%1/%2 has no pods: what it runs is unknown</source>
        <translation>%1/%2 hat keine Pods: was es ausführt, ist unbekannt</translation>
    </message>
</context>
<context>
    <name>DriftDeck::WorkspaceControls</name>
    <message>
        <source>Open Workspace or Snapshot</source>
        <translation>Arbeitsbereich oder Schnappschuss öffnen</translation>
    </message>
    <message>
        <source>Workspaces and snapshots (*.yaml *.yml *.json);;Workspaces (*.yaml *.yml);;Snapshots (*.json);;All files (*)</source>
        <translation>Arbeitsbereiche und Schnappschüsse (*.yaml *.yml *.json);;Arbeitsbereiche (*.yaml *.yml);;Schnappschüsse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Showing a saved snapshot: it cannot be refreshed.</source>
        <translation>Ein gespeicherter Schnappschuss wird angezeigt: Er kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Refresh cancelled</source>
        <translation>Aktualisierung abgebrochen</translation>
    </message>
    <message>
        <source>Watch mode: refreshing every %1 s; new drift is marked.</source>
        <translation>Beobachtungsmodus: Aktualisierung alle %1 s; neue Drift wird markiert.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a workspace or a saved snapshot</source>
        <translation>Einen Arbeitsbereich oder einen gespeicherten Schnappschuss öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read every source again</source>
        <translation>Alle Quellen erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Cancel Refresh</source>
        <translation>Aktualisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Watch Mode</source>
        <translation>&amp;Beobachtungsmodus</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 10 Seconds</source>
        <translation>Alle 10 Sekunden</translation>
    </message>
    <message>
        <source>Every 30 Seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Every Minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 Minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing… %1 of %n source(s) read</source>
        <translation>
            <numerusform>Wird aktualisiert… %1 von %n Quelle gelesen</numerusform>
            <numerusform>Wird aktualisiert… %1 von %n Quellen gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::WorkspaceLoader</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number %1</source>
        <translation>eine Zahl %1</translation>
    </message>
    <message>
        <source>a string %1</source>
        <translation>eine Zeichenkette %1</translation>
    </message>
    <message>
        <source>expected a map, got %1</source>
        <translation>Map erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>Liste erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;%2</source>
        <translation>unbekannte Option &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;%2</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>missing required option &quot;%1&quot;</source>
        <translation>erforderliche Option &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>erforderlicher Schlüssel &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a list of strings or one string, got %1</source>
        <translation>Liste von Zeichenketten oder einzelne Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a list of strings, got %1</source>
        <translation>Liste von Zeichenketten erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a date like 2027-03-31, got %1</source>
        <translation>Datum wie 2027-03-31 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is not an environment%2</source>
        <translation>%1 ist keine Umgebung%2</translation>
    </message>
    <message>
        <source>%1 is not an environment (environments: %2)</source>
        <translation>%1 ist keine Umgebung (Umgebungen: %2)</translation>
    </message>
    <message>
        <source>name at least one environment, or leave the key out for all of them</source>
        <translation>nennen Sie mindestens eine Umgebung oder lassen Sie den Schlüssel für alle weg</translation>
    </message>
    <message>
        <source>the key pattern cannot be empty</source>
        <translation>das Schlüsselmuster darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a key pattern or a map with &quot;key&quot;, got %1</source>
        <translation>Schlüsselmuster oder Map mit &quot;key&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>give an absolute or a relative tolerance, or both</source>
        <translation>geben Sie eine absolute oder relative Toleranz an, oder beide</translation>
    </message>
    <message>
        <source>a tolerance cannot be negative</source>
        <translation>eine Toleranz darf nicht negativ sein</translation>
    </message>
    <message>
        <source>expected a fraction like 0.1 or a percentage like &quot;10%&quot;, got %1</source>
        <translation>Bruchteil wie 0.1 oder Prozentwert wie &quot;10%&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a path, got %1</source>
        <translation>Pfad erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a map with &quot;version&quot; and &quot;expected&quot; at the top level, got %1</source>
        <translation>Map mit &quot;version&quot; und &quot;expected&quot; auf oberster Ebene erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is newer than this Drift Deck understands (1)</source>
        <translation>%1 ist zu neu für diese Version von Drift Deck (1)</translation>
    </message>
    <message>
        <source>expected the format version 1, got %1</source>
        <translation>Formatversion 1 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a URL, got %1</source>
        <translation>URL erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an http or https URL, got %1</source>
        <translation>http- oder https-URL erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a duration like 10s, 500ms or 2m, got %1</source>
        <translation>Dauer wie 10s, 500ms oder 2m erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>credentials never live in the workspace file; name an environment variable or keychain entry</source>
        <translation>Anmeldedaten gehören nie in die Arbeitsbereichsdatei; nennen Sie eine Umgebungsvariable oder einen Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>name either an environment variable (env) or a keychain entry (keychain), not both</source>
        <translation>nennen Sie entweder eine Umgebungsvariable (env) oder einen Schlüsselbund-Eintrag (keychain), nicht beides</translation>
    </message>
    <message>
        <source>name an environment variable (env) or a keychain entry (keychain)</source>
        <translation>nennen Sie eine Umgebungsvariable (env) oder einen Schlüsselbund-Eintrag (keychain)</translation>
    </message>
    <message>
        <source>the name cannot be empty</source>
        <translation>der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>the source is not used in &quot;%1&quot; (its environments: %2)</source>
        <translation>die Quelle wird in &quot;%1&quot; nicht verwendet (ihre Umgebungen: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of %2</source>
        <translation>&quot;%1&quot; ist bereits die ID von %2</translation>
    </message>
    <message>
        <source>unknown source type %1 (known types: %2)</source>
        <translation>unbekannter Quelltyp %1 (bekannte Typen: %2)</translation>
    </message>
    <message>
        <source>unknown source type %1%2</source>
        <translation>unbekannter Quelltyp %1%2</translation>
    </message>
    <message>
        <source>missing required key &quot;type&quot;</source>
        <translation>erforderlicher Schlüssel &quot;type&quot; fehlt</translation>
    </message>
    <message>
        <source>the id cannot be empty</source>
        <translation>die ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>source type &quot;%1&quot; takes no credentials</source>
        <translation>Quelltyp &quot;%1&quot; akzeptiert keine Anmeldedaten</translation>
    </message>
    <message>
        <source>list at least one environment</source>
        <translation>geben Sie mindestens eine Umgebung an</translation>
    </message>
    <message>
        <source>expected a colour like &quot;#3366cc&quot;, got %1</source>
        <translation>Farbe wie &quot;#3366cc&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an environment name or a map with &quot;name&quot;, got %1</source>
        <translation>Umgebungsname oder Map mit &quot;name&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 cannot be an environment name; use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;</source>
        <translation>%1 kann kein Umgebungsname sein; verwenden Sie Buchstaben, Ziffern, &quot;.&quot;, &quot;-&quot; und &quot;_&quot;</translation>
    </message>
    <message>
        <source>%1 is declared twice</source>
        <translation>%1 ist doppelt deklariert</translation>
    </message>
    <message>
        <source>expected a format version number like 1, got %1</source>
        <translation>Formatversionsnummer wie 1 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is newer than this Drift Deck understands (%2)</source>
        <translation>%1 ist zu neu für diese Version von Drift Deck (%2)</translation>
    </message>
    <message>
        <source>%1 is not a workspace format version; use %2</source>
        <translation>%1 ist keine Formatversion für Arbeitsbereiche; verwenden Sie %2</translation>
    </message>
    <message>
        <source>the file is %1 MiB; workspace files may be at most %2 MiB</source>
        <translation>die Datei ist %1 MiB groß; Arbeitsbereichsdateien dürfen höchstens %2 MiB groß sein</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a workspace file</source>
        <translation>ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>the file is empty; a workspace needs version, name, environments and sources</source>
        <translation>die Datei ist leer; ein Arbeitsbereich braucht version, name, environments und sources</translation>
    </message>
    <message>
        <source>expected a map of workspace settings (version, name, environments, …) at the top level, got %1</source>
        <translation>Map mit Arbeitsbereich-Einstellungen (version, name, environments, …) auf oberster Ebene erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>the workspace needs a name</source>
        <translation>der Arbeitsbereich braucht einen Namen</translation>
    </message>
    <message>
        <source>an alias cannot refer to a collection that contains it</source>
        <translation>ein Alias darf nicht auf eine Sammlung verweisen, die ihn enthält</translation>
    </message>
    <message>
        <source>the document holds more than %1 values (aliases included); workspace files are small</source>
        <translation>das Dokument enthält mehr als %1 Werte (einschließlich Aliasse); Arbeitsbereichsdateien sind klein</translation>
    </message>
    <message>
        <source>the document is nested deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a key must be plain text, not a collection or null</source>
        <translation>ein Schlüssel muss einfacher Text sein, keine Sammlung und nicht null</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first written on line %2)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1; save the file as UTF-8</source>
        <translation>kein gültiges UTF-8 bei Byte %1; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; a workspace is a single document</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument; ein Arbeitsbereich ist ein einzelnes Dokument</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>expected a key or a map with &quot;key&quot; and &quot;pattern&quot;, got %1</source>
        <translation>Schlüssel oder Map mit &quot;key&quot; und &quot;pattern&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>a row&apos;s key needs a category and a name, like &quot;infra/postgres&quot;</source>
        <translation>der Schlüssel einer Zeile braucht eine Kategorie und einen Namen, etwa &quot;infra/postgres&quot;</translation>
    </message>
    <message>
        <source>expected exact, sameMajor or sameMinor, got %1</source>
        <translation>exact, sameMajor oder sameMinor erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, or -1 for no limit; got %3</source>
        <translation>ganze Zahl von %1 bis %2 oder -1 für unbegrenzt erwartet; erhalten: %3</translation>
    </message>
    <message>
        <source>the history folder must not be empty</source>
        <translation>der Verlaufsordner darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is not a checklist item (items: %2)</source>
        <translation>%1 ist kein Checklisten-Eintrag (Einträge: %2)</translation>
    </message>
    <message>
        <source>%1 is not a checklist item%2</source>
        <translation>%1 ist kein Checklisten-Eintrag%2</translation>
    </message>
    <message>
        <source>expected pass or fail, got %1</source>
        <translation>pass oder fail erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: only the last part of the path may hold wildcards, as in &quot;previews/pr-*&quot;</source>
        <translation>%1: nur der letzte Teil des Pfads darf Platzhalter enthalten, wie in &quot;previews/pr-*&quot;</translation>
    </message>
    <message>
        <source>expected a whole number of environments, 1 or more</source>
        <translation>ganze Zahl von Umgebungen (1 oder mehr) erwartet</translation>
    </message>
    <message>
        <source>list at least one environment besides the discovered ones: the baseline</source>
        <translation>geben Sie neben den erkannten Umgebungen mindestens eine weitere an: die Referenz</translation>
    </message>
    <message>
        <source>more than %1 YAML documents in one file</source>
        <translation>mehr als %1 YAML-Dokumente in einer Datei</translation>
    </message>
    <message>
        <source>%1: a source lists names, not paths; write a pattern such as &quot;preview-pr-*&quot;</source>
        <translation>%1: eine Quelle listet Namen, keine Pfade; schreiben Sie ein Muster wie &quot;preview-pr-*&quot;</translation>
    </message>
    <message>
        <source>only a discovery with &quot;from&quot; (a source that lists names) takes %1</source>
        <translation>nur eine Erkennung mit &quot;from&quot; (einer Quelle, die Namen listet) nimmt %1</translation>
    </message>
    <message>
        <source>no source has the id %1 (the sources are %2)</source>
        <translation>keine Quelle hat die ID %1 (die Quellen sind %2)</translation>
    </message>
    <message>
        <source>%1 is a %2 source; environments are discovered from a kubernetes source (namespaces) or a registry source (tags)</source>
        <translation>%1 ist eine %2-Quelle; Umgebungen werden aus einer kubernetes-Quelle (Namespaces) oder einer registry-Quelle (Tags) erkannt</translation>
    </message>
    <message>
        <source>labelSelector narrows the namespaces of a kubernetes source</source>
        <translation>labelSelector schränkt die Namespaces einer kubernetes-Quelle ein</translation>
    </message>
    <message>
        <source>repository names whose tags a registry source lists</source>
        <translation>repository nennt das Repository, dessen Tags eine registry-Quelle listet</translation>
    </message>
</context>
<context>
    <name>FlagFileReader</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>an alias cannot refer to the node that contains it</source>
        <translation>ein Alias kann nicht auf den Knoten verweisen, der ihn enthält</translation>
    </message>
    <message>
        <source>aliases nested more than %1 levels deep</source>
        <translation>Aliase mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>aliases expand to far more values than the file holds</source>
        <translation>Aliase ergeben weit mehr Werte, als die Datei enthält</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; flatten the structure</source>
        <translation>mehr als %1 Ebenen tief verschachtelt; vereinfachen Sie die Struktur</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>leerer Schlüssel</translation>
    </message>
    <message>
        <source>a key must be text, not a list or map</source>
        <translation>ein Schlüssel muss Text sein, keine Liste oder Map</translation>
    </message>
    <message>
        <source>“&lt;&lt;” can only merge maps</source>
        <translation>„&lt;&lt;“ kann nur Maps zusammenführen</translation>
    </message>
    <message>
        <source>invalid YAML structure</source>
        <translation>ungültige YAML-Struktur</translation>
    </message>
    <message>
        <source>expected a map of settings at the top level, found a list</source>
        <translation>auf oberster Ebene wurde eine Map von Einstellungen erwartet, gefunden wurde eine Liste</translation>
    </message>
    <message>
        <source>expected a map of settings at the top level, found a single value</source>
        <translation>auf oberster Ebene wurde eine Map von Einstellungen erwartet, gefunden wurde ein einzelner Wert</translation>
    </message>
    <message>
        <source>a key must be text, not an alias</source>
        <translation>ein Schlüssel muss Text sein, kein Alias</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Drift Deck</source>
        <translation>Drift Deck</translation>
    </message>
    <message>
        <source>Compare environments&apos; configuration, flags and versions.</source>
        <translation>Konfiguration, Flags und Versionen von Umgebungen vergleichen.</translation>
    </message>
    <message>
        <source>A workspace or snapshot to open.</source>
        <translation>Ein zu öffnender Arbeitsbereich oder Schnappschuss.</translation>
    </message>
</context>
<context>
    <name>SaltStore</name>
    <message>
        <source>Cannot create the folder for secret salts: %1</source>
        <translation>Ordner für Geheimnis-Salts kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot lock the secret salt %1</source>
        <translation>Geheimnis-Salt %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Cannot read the secret salt %1: %2</source>
        <translation>Geheimnis-Salt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret salt %1 is empty; delete it to create a new one</source>
        <translation>Geheimnis-Salt %1 ist leer; löschen Sie es, damit ein neues erstellt wird</translation>
    </message>
    <message>
        <source>Cannot write the secret salt %1: %2</source>
        <translation>Geheimnis-Salt %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCompareModel</name>
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
        <source>Cannot compare</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <source>New drift</source>
        <translation>Neue Drift</translation>
    </message>
    <message>
        <source>Resolved drift</source>
        <translation>Behobene Drift</translation>
    </message>
    <message>
        <source>secret (not shown)</source>
        <translation>Geheimnis (nicht angezeigt)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>SourceTimeout</name>
    <message>
        <source>a timeout may be at most 1h (it bounds everything one source does), got %1</source>
        <translation>ein Zeitlimit darf höchstens 1h betragen (es begrenzt alles, was eine Quelle tut), erhalten: %1</translation>
    </message>
</context>
</TS>
