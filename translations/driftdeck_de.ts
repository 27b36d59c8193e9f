<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>The rules file has errors; fix them first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Differences the team expects between environments, recorded by Drift Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># (&quot;Mark as expected…&quot;). Edit freely and add comments: Drift Deck only appends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file lists &quot;expected&quot; in a form Drift Deck cannot append to (line %1); write it as a block list (&quot;- key: …&quot;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift Deck could not add the rule to the rules file without changing what it says; add it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished">Infrastruktur</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished">Konfiguration</translation>
    </message>
    <message>
        <source>Feature flags</source>
        <translation type="unfinished">Feature-Flags</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the data: tick it by hand in the rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also ticked by hand as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::Capture</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>No credential store is available for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>abweichend</translation>
    </message>
</context>
<context>
    <name>DriftDeck::CellText</name>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 failed: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers, lowest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::CheckReport</name>
    <message>
        <source>baseline</source>
        <translation type="unfinished">Referenz</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rule expired %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: its source failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drift on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift Deck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline **%1**, captured %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Schlüssel</translation>
    </message>
    <message>
        <source>Incomplete: these sources failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) drift (%1 critical).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drift Deck check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1 · captured %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Parity   Drift  Expected  Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources that failed (the comparison is incomplete):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifting keys: %1 (critical: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected differences: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells whose rule expired: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 / %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity checklist: %1 pass · %2 fail · %3 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fails in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::Checklist</name>
    <message>
        <source>Same image digest for each repository everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same runtime versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same database engine and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same cache engine and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are restored and tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration drift without an expected-difference rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expired rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag differences only where a rule documents them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release flag past its planned removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same metrics exist everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds defined for each environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real certificate where production has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network policies and firewall rules match production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistDock</name>
    <message>
        <source>Parity Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is read-only: open its workspace to tick items by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistItems</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline: the others are compared with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secret differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, expected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 here or in the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 the same as the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database engine or version rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache engine or version rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule expired %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 expired %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expected-difference rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expired rule applies (rules: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: planned removal %2, still %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flag here says its category (seed format: category, plannedRemoval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release flags: %1, none past its planned removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown (its source failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, no thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metrics here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics with thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no production environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows no real certificate to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls/%1: no TLS (%2 has a certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls/%1: self-signed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls/%1: not probed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls/%1: %2, issued by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls/%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls/%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate expiry known here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistItems::Lines</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistTickDialog</name>
    <message>
        <source>Tick Checklist Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked, and where the proof is (ticket, runbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the rules file beside the workspace; the data still wins where it shows a failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ChecklistView</name>
    <message>
        <source>✓ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick by Hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a pass or fail for the selected cell, with a note, in the rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by hand only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist yet: open a workspace or a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass · %2 fail · %3 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to see the evidence behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::CommandLine</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the environments of a workspace, or of a saved snapshot, with a baseline and print the drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace file, or a snapshot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare against ENV (default: the workspace&apos;s baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare only these environments (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json, junit or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 on drift, only on critical drift, or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every key, not only divergent ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge rule expiry as of DATE (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one WORKSPACE or SNAPSHOT file (see driftdeck check --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text, json, junit or markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --fail-on &quot;%1&quot;: use drift, critical or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of expects a date like 2027-03-31, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two snapshots (the older first): keys added, removed and changed per environment, and drift that is new or resolved. Either side may be a workspace file, captured now.
Exit codes: 0 identical; 1 they differ; 2 invalid arguments or snapshot files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge drift against ENV (default: the newer snapshot&apos;s baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two snapshot files, the older first (see driftdeck diff --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text, json or markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an environment of neither snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF report of a workspace (captured now) or of a saved snapshot: summary, drift matrix, critical drift, expected differences and source errors. Secrets never appear.
Exit codes: 0 written; 2 invalid arguments or input; 3 written, but a source failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every key in the matrix, not only divergent ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper: A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the drift that is new since this snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart drift over the workspace&apos;s saved snapshots (when the input is a workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one WORKSPACE or SNAPSHOT file (see driftdeck report --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the report with -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;: use A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot file to write (*.driftsnap.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one WORKSPACE file (see driftdeck snapshot --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a snapshot; give a workspace file to capture</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 / %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart every named Prometheus query over the last 1h, 6h, 24h or 7d, read now from the workspace&apos;s Prometheus sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metrics window &quot;%1&quot;: use 1h, 6h, 24h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-window needs the workspace: this snapshot does not name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture every environment of a workspace and write a snapshot file, or keep it in the workspace&apos;s history (the folder the window&apos;s History view reads; the workspace&apos;s `history: folder:` when it names one).
Exit codes: 0 written; 2 invalid arguments or workspace; 3 written, but a source failed (its keys are unknown in the snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the snapshot in the workspace&apos;s history, with its retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the snapshot in this history folder (a shared volume, a synced folder) instead of the workspace&apos;s; implies --history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the snapshot with -o FILE, --history or --history-folder DIR</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required variable %1 is missing a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required variable %1 is missing a value: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ComposeMerge</name>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot override %1: %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;KEY=value&quot;, got %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ComposeProject</name>
    <message>
        <source>extends: &quot;service&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends: no service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends: service &quot;%1&quot; extends itself through a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a compose file: a map with &quot;services&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;services&quot; must be a map of service names to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;include&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes nested more than %1 deep (a cycle?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include: &quot;path&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is also defined by the included file %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ComposeSource</name>
    <message>
        <source>docker-compose: the &quot;files&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: env_file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of docker-compose files: images, environment, ports, resources and healthchecks, merged and interpolated as Compose does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files in order, later ones overriding earlier ones; may contain {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .env file whose variables fill ${…} (default: .env beside the first file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables for ${…}, overriding the .env file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ConfigFilesSource</name>
    <message>
        <source>%1: file not found; this layer is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown file format; use .yaml, .yml, .json, .env or .properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the configuration layers exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>defaults (workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mapped variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layered configuration files: defaults, then each layer in order, then a .env file; the later one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values with the lowest priority, written in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in priority order, lowest first (.yaml, .yml, .json, .env, .properties); &quot;{env}&quot; is the environment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .env file for the environment; its variables override the layers (LOG_LEVEL sets log.level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables that set a differently named key, e.g. DB_POOL_SIZE: database.poolSize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a missing file is only a warning (default true). At least one layer must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “layers” must list at least one file, e.g. [config/base.yaml, &quot;config/{env}.yaml&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “dotenv” must be one file path, e.g. &quot;env/{env}.env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “optional” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “envMapping” must map variables to keys, e.g. DB_POOL_SIZE: database.poolSize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “envMapping” maps %1 to no key; write e.g. %1: database.poolSize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “defaults” must be a map of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “defaults” is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ConfigFormats</name>
    <message>
        <source>“%1” is set again here (line %2); the later value wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, too large for a configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file format; use .yaml, .yml, .json, .env or .properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a variable name (letters, digits and “_”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “=” after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break or control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “:” after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of settings at the top level, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of settings at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one YAML document (---); put each environment in its own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; flatten the structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: the parser cannot read past this point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ConsulSource</name>
    <message>
        <source>the answer is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a list of keys: is this Consul&apos;s /v1/kv API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not {Key, Value, ModifyIndex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consul has no keys below &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consul: reading keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consul %1 %2, changed at index %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consul %1 %2 index %3, changed at index %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration from the keys below a prefix in Consul&apos;s KV store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key prefix, e.g. &quot;app/{env}/&quot;; the rest of each key, with / as ., is the setting&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consul datacenter (default: the agent&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::CredentialProvider</name>
    <message>
        <source>environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: the keychain did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; does not exist (service &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: no keychain service is available (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: %2 (is a keychain service such as GNOME Keyring or KWallet running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source names no credentials</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source masks this value, so it cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline&apos;s value is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs within the tolerance of a policy rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expected-difference rule covered this but has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret fingerprints come from different salts and cannot be compared</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 matches; the newest %3 are compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::EtcdSource</name>
    <message>
        <source>the answer is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no header.revision: is this the etcd v3 API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kvs&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kvs[%1] is not a key-value pair with base64 key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;more&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authentication answer carries no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd: pageSize must be a positive number of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd: signing in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd: signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd: reading keys failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: etcd keeps saying there are more keys but sends none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd %1 %2 rev %3, changed at rev %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (etcd requires signing in: give this source credentials &quot;user:password&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration from the keys below a prefix in etcd v3 (JSON gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key prefix, e.g. &quot;app/{env}/&quot;; the rest of each key, with / as ., is the setting&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys per request (default 1000); later pages continue after the last key</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this capture to a file that opens without the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift Deck snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::FileSource</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::FlagFileSource</name>
    <message>
        <source>flag &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$ref&quot; must name an evaluator, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeting refers to unknown evaluator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluators refer to each other in a loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fractional&quot; takes a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each &quot;fractional&quot; entry must be [variant, weight], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs at least one variant with a weight above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map with state, variants and defaultVariant, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state must be ENABLED or DISABLED, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants must be a map of variant names to values, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultVariant is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultVariant %1 is not one of the variants (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeting must be a JsonLogic rule (a map), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flagd file is a map with &quot;flags&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;flags&quot; must be a map of flag keys to flags, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$evaluators&quot; must be a map, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a flag file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a flag file: expected a map with &quot;flags&quot; (flagd) or a list of flags (seed format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag-file: the &quot;path&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag-file: format must be auto, flagd or seed, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>Feature flags from a flagd or seed flag file (JSON or YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag file, relative to the workspace; may contain {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), flagd or seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: expected a map with key and defaultValue, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: key must be text, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; is defined twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultValue is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules must be a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map with attribute, operator, value and result, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one percentage rule is allowed (the first is on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage must be a number from 0 to 100, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator %1; expected equals, contains or percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute must be text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seed flag file is a list of flags, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner must be text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category must be release, ops or experiment, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plannedRemoval must be a date (YYYY-MM-DD), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants must be a list of names or a map of names to values, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variant must be a name, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::FlagMetadata</name>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops flag (kill switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned removal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::FlagdHttpSource</name>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature flags from a flagd flag-definition document served over HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd-http</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::Gunzip</name>
    <message>
        <source>not gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip data that is not deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB once uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to uncompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip checksum does not match: the data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data is invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data ends too early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HelmJsonSource</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm-json: the &quot;list&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>Helm releases from saved `helm list -o json` and `helm get values -o json` output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of `helm list -o json`, relative to the workspace; may contain {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each release&apos;s file of `helm get values RELEASE -o json`, with {release} (and {env}) in the path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HelmRelease</name>
    <message>
        <source>the release is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release is not valid gzip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the list `helm list -o json` prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the map `helm get values -o json` prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm release %1 appears more than once (several namespaces?); the first one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm release %1 revision %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HelmValuesSource</name>
    <message>
        <source>expected a map of values at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm-values: the &quot;files&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file not found; this layer is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm values files merged as Helm does: maps deeply, lists replaced, null deletes a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values files in order, later ones winning (values.yaml, &quot;values-{env}.yaml&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the rows&apos; keys: config/helm.&lt;release&gt;.&lt;path&gt; (default: the source id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values set last, like --set: {image.tag: &quot;1.4.2&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistoryPanel</name>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift over time, from the snapshots kept of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift over Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this capture to the workspace&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Drift Deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Live Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the saved snapshot and show the workspace it was taken from, refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a kept snapshot. File → Back to Live Workspace returns to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistoryStore</name>
    <message>
        <source>cannot save a snapshot without a capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the history folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many snapshots taken at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistorySummary</name>
    <message>
        <source>the snapshot has no environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HistoryView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Drift in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading saved snapshot %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Reading was cancelled; snapshots left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots that could not be read or lack the baseline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with each snapshot&apos;s baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifting keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved snapshots yet — each refresh is kept automatically; see &lt;a href=&quot;settings&quot; style=&quot;color: %1&quot;&gt;Settings&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::HttpSource</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects (last to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect from https to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect to another server (%1); set crossOriginRedirects: true to follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the server asks to retry after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No url is set for this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxResponseSize must be a positive number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s base URL; &quot;{env}&quot; is the environment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted in addition to the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip TLS certificate verification for this source (shown as a warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest response accepted, in bytes (default 32 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra HTTP headers sent with every request (no secrets here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries on 429, 502, 503 and 504 (default 2, at most 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow redirects to another host or port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 KiB, not a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted private key; give one without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an HTML page, not %2 (a login page or a proxy&apos;s error page?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 after the TLS handshake (if the server asks for a TLS client certificate, set clientCertificate and clientKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was still incomplete after %1 (%2 of the body arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is self-signed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is for %1, not for %2 (wrong host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its issuer (%1) is not a trusted CA; name it in caFile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client key does not match the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1-compressed body expands far beyond its size (a decompression bomb?) and was refused after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1-compressed body could not be decompressed after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was cut short: %1 of the %2 announced arrived before the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was cut short: the server closed the connection after %1 of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response broke off after %1 of the body: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the %1 timeout of this source ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than the %1 limit (Content-Length: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clientCertificate and clientKey go together: set both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the source may take, all its requests, redirects and retries together (default 10s, at most 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with the TLS client certificate to present (with clientKey), for servers that ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM file of the client certificate&apos;s private key (unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ImageRegistries</name>
    <message>
        <source>expected an http or https URL without credentials, e.g. https://registry.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name either an environment variable (env) or a keychain entry (keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clientCertificate and clientKey go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries whose images are looked up: the digest each workload&apos;s tag names there now (row image/&lt;kind&gt;/&lt;name&gt;/&lt;container&gt;/registryDigest). A list of URLs, or of {url, credentials, caFile, insecure, clientCertificate, clientKey}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::InputFile</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to read (the pipe was empty, or no program writes to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than 1 GiB; snapshots larger than that are not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::JsonReader</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyDetailModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret — the same as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret — differs from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are compared by a salted fingerprint; their values are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source hides this value</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source did not record where %1&apos;s value was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1 got its value (lowest priority first, the winner last):</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale in %1: %2 failed (%3); showing the last value read, from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2, read %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Expected difference — rule expired, counts as drift again</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyHistory</name>
    <message>
        <source>first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation type="unfinished">nicht vergleichbar</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare (secrets fingerprinted with another salt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading saved snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved snapshots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled; newer changes may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved snapshots read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved snapshots read: %1 (could not be read: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them has this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes are listed, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyValueRows</name>
    <message>
        <source>the key &quot;%1&quot; is the prefix itself and has no name below it; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not UTF-8 text; it is compared as base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and another key both read as %2; the later one is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::Kubeconfig</name>
    <message>
        <source>kubeconfig %1: unexpected content: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig %1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig %1: not YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig %1: no context named and no current-context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig %1 has no context &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig context &quot;%1&quot; names the cluster &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig context &quot;%1&quot; names the user &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig user &quot;%1&quot;: tokenFile %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig user &quot;%1&quot;: %2 without %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig user &quot;%1&quot;: exec has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not print an ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ExecCredential has only one of status.clientCertificateData and status.clientKeyData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ExecCredential has no status.token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubectlJsonSource</name>
    <message>
        <source>kubectl-json: the &quot;path&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>The JSON file, relative to the workspace; may contain {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object names (globs) to leave out (default kube-root-ca.crt and Helm release records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ConfigMaps, Secrets, workloads and Helm releases from saved `kubectl get -o json` output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Secrets of type helm.sh/release.v1 as Helm releases (default true)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubernetesManifestsSource</name>
    <message>
        <source>expected a kustomization (a map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not applied; for kustomize&apos;s full output point the source at a file saved from `kubectl kustomize`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a Kubernetes object (a map with &quot;kind&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;items&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote resource %1: Drift Deck reads local files only; save `kubectl kustomize` output instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>kustomizations nested more than %1 deep (a cycle?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes-manifests: the &quot;paths&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kubernetes manifests on disk (YAML documents, List objects, folders, kustomizations): the rows of the kubernetes source for what the files declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest files or folders, relative to the workspace; may contain {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the subfolders of a folder (default false, like kubectl apply -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap and Secret names (globs) to leave out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubernetesSource</name>
    <message>
        <source>%1 has no metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4 is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Kubernetes object: &quot;kind&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;items&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resourceVersion %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 appears more than once (several namespaces?); the later one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: &quot;%1&quot; is not a namespace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: pageSize must be a positive number of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: listing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the list changed too much while paging; refresh again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object names (globs) to leave out (default kube-root-ca.crt and Helm release records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects per request (default 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ConfigMaps, Secrets or workloads, got a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: resources may be %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMaps, Secrets, workloads and Helm releases of a namespace from the Kubernetes API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig files, separated like KUBECONFIG (default $KUBECONFIG, else ~/.kube/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context, e.g. &quot;{env}&quot; (default its current-context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace (default: the environment&apos;s name); may contain {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to read: configmaps, secrets, deployments, statefulsets, daemonsets, cronjobs, horizontalpodautoscalers, pods, releases (Helm), or workloads for every workload kind and the pods (default configmaps and secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only workloads and pods with these labels, e.g. app.kubernetes.io/part-of=checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1 failed (exit code %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the credential plugin %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential plugin %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1/%2 of type %3 has no data.release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm release Secret %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubernetesWorkloads</name>
    <message>
        <source>%1 per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;spec&quot; must be a map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::LocalFile</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a device or socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipe sent nothing for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::LogicalRows</name>
    <message>
        <source>secret: a pattern cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pattern %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::MainWindow</name>
    <message>
        <source>Drift Deck</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Why this difference is intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or person who answers for it</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the difference is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who owns this exemption.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment has no value for the key.</source>
        <translation>Diese Umgebung hat keinen Wert für den Schlüssel.</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” the Baseline</source>
        <translation>„%1“ zur Referenz machen</translation>
    </message>
    <message>
        <source>Show All Environments</source>
        <translation>Alle Umgebungen anzeigen</translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message numerus="yes">
        <source>Drift in %1 of %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricChart</name>
    <message>
        <source>%1 critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricChartView</name>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a named Prometheus query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace: nothing to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · dashed: warning limit, dotted: critical limit, in each environment&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricRangeFetch</name>
    <message>
        <source>No answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for this query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::MetricsEndpointSource</name>
    <message>
        <source>Nothing to read: set versions or infra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a metrics page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions from *_build_info metrics on a service&apos;s /metrics page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info metrics that carry a version label: [{metric, label, key}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporters whose versions to read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::PrometheusSource</name>
    <message>
        <source>Nothing to read: set versions, infra or queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prometheus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: query %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned no series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned %1 series; aggregate it (sum, max) to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number; its thresholds do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Prometheus API answer: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Prometheus API answer: no &quot;status&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range vector came back; use an instant expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Prometheus API answer: resultType &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions from *_build_info labels, infrastructure versions and named metrics from the Prometheus HTTP API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info metrics that carry a version label: [{metric, label, key}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporters whose versions to read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named PromQL queries, each giving one number: name: query, or name: {query, warning, critical, direction, environments: {&lt;env&gt;: {warning, critical}}}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::PulumiSource</name>
    <message>
        <source>pulumi: the &quot;path&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>expected a stack file: a map with &quot;config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;config&quot; must be a map of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulumi stack configuration (Pulumi.&lt;stack&gt;.yaml); secure values are never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack file, e.g. &quot;Pulumi.{env}.yaml&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace of keys written without one (the project&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::RecentFiles</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>no time left of the source&apos;s timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: registry %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1: the running tags were not looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::RegistrySource</name>
    <message>
        <source>not a tags list: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tags list: expected {&quot;name&quot;, &quot;tags&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repositories are listed for this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tag &quot;%2&quot; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry sent no Docker-Content-Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authentication failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry refused the credentials for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry named an unusable token service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused to send credentials to the token service %2 over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed image tags and their digests from an OCI container registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag this environment runs; &quot;{env}&quot; is the environment&apos;s name (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also count the repository&apos;s tags (row image/&lt;repo&gt;/tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment (environments: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name, e.g. acme/checkout-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories to read, e.g. checkout-api, or {name, path, paths, tag} when the repository is named per environment (path may contain &quot;{env}&quot;, paths maps environments to repositories); the row is image/&lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ReportExport</name>
    <message>
        <source>the report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drift %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ReportWriter</name>
    <message>
        <source>the snapshot has no environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment of this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the report&apos;s layout was not stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1 · captured %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift Deck report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rule expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured %1 · baseline %2 · rule expiry judged on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 with drift (%3 critical), %4, %5, %6.</source>
        <comment>keys compared, drifting keys, critical keys, expected differences, cells covered by expired rules, failed sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) compared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) covered by expired rules</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parity per environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished">Kritisch</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys by category and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key drifts, is expected to differ, or is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 resolved; %3, %4 removed, %5 changed.</source>
        <comment>new drifting cells, resolved cells; keys added, removed, changed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new drifting cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshots&apos; secrets were fingerprinted with different salts: whether they changed cannot be known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Änderung</translation>
    </message>
    <message>
        <source>Before → now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) (run driftdeck diff for the full list).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Critical drift in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys whose drift is critical (they must match the baseline), with each environment&apos;s value and the layer it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <source>Winning layer</source>
        <translation type="unfinished">Gewinnende Ebene</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more critical key(s); the matrix lists them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register of expected differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy declares no expected differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 expired: an expired rule no longer hides its difference, which counts as drift again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished">Umgebungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source answered: the comparison is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison is incomplete: keys of these sources show as unknown, or with their last good value marked stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift matrix</source>
        <translation type="unfinished">Drift-Matrix</translation>
    </message>
    <message numerus="yes">
        <source>Every key, %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys that drift, are expected to differ or are unknown: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>= same · ≠ differs · − missing here · + only here · ~ expected difference · ? unknown · secrets show only &quot;secret: same&quot; or &quot;secret: differs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift matrix · rows %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · environments %1–%2 of %3 (page %4 of %5 across)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished">Referenz</translation>
    </message>
    <message>
        <source>parity %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 saved snapshots could not be read or lack the baseline; they are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No saved snapshot could be charted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drifting cells per environment against the baseline, %n snapshot(s) from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3 to %4 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no query ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each named Prometheus query, one line per environment. Dashed lines are an environment&apos;s warning limit, dotted lines its critical limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ pass (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ FAIL (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist: the comparison has no baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated from this snapshot: %1 pass, %2 fail, %3 unknown. Items the data cannot show are ticked by hand in the workspace&apos;s rules file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fails, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more failing cells.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::RulesFile</name>
    <message>
        <source>the top level is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs a key, a reason and an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to %1: it is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist tick needs an item and a note.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Open a workspace to see its history folder.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything from the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is deleted only when it is beyond both limits.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments only in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets were fingerprinted with different salts, so whether they changed cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift changes are not shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>No differences: both hold the same keys, values and drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::SnapshotComparison</name>
    <message>
        <source>Changes since a Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was added, removed or changed since a saved snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift Deck snapshots (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::SnapshotDiff</name>
    <message>
        <source>the baseline &quot;%1&quot; is not in the %2 snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed; %4 new drift, %5 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets were fingerprinted with different salts: their changes cannot be known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret, not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drift (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved drift (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift Deck diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, baseline **%3**.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Änderung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Schlüssel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished">Nachher</translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::SnapshotFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes; snapshots larger than 1 GiB are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date and time (expected ISO 8601): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (expected YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Drift Deck snapshot: format is %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: snapshot format %2 is newer than this Drift Deck understands (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: snapshot format %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Drift Deck snapshot: it has no &quot;format&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist: the environment lists no %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is out of range (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret never carries a display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing (the secret&apos;s fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret&apos;s provenance never carries a display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [layer, line, column, display]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged: its content no longer matches its checksum (it was changed or partly overwritten after it was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is cut short or damaged: it ends without its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: payload.encoding: unknown encoding &quot;%2&quot; (this Drift Deck reads &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entries cannot be unpacked (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries are damaged at byte %1 of the unpacked data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is cut short or damaged: its header announces %2 bytes of entries, %3 follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::SourcesDock</name>
    <message>
        <source>Sources that could not be read: %1. Their keys show as unknown; see the Sources panel.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keys show the last values read, marked stale.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property sources to leave out, by name or glob (e.g. systemEnvironment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration of a running Spring Boot application (Actuator env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The env endpoint below url (default /actuator/env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Actuator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::SpringConfigSource</name>
    <message>
        <source>spring-config: the &quot;application&quot; option is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration a Spring Cloud Config Server serves an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application name (spring.application.name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles, comma-separated (default: the environment&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch, tag or commit in the config repository (default: the server&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Cloud Config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::SpringSource</name>
    <message>
        <source>the answer is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;propertySources&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propertySources[%1] is not {&quot;name&quot;, &quot;%2&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &quot;%1&quot; in &quot;%2&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::TerraformFormat</name>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the output of &quot;terraform show -json&quot;: format_version is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::TerraformSource</name>
    <message>
        <source>terraform: give &quot;show&quot; (terraform show -json output), &quot;varFiles&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>Terraform resources, outputs and variables: terraform show -json output and tfvars files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of &quot;terraform show -json&quot; (a state or a saved plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.tfvars or *.tfvars.json files, later ones winning; rows infra/var.&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read data sources (default false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a saved plan: the state before it instead of the planned values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::TfvarsFormat</name>
    <message>
        <source>expected a variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;=&quot; after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a new line after the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string must end on the line it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a heredoc marker after &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heredoc %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only literal values are allowed in a tfvars file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;=&quot; or &quot;:&quot; after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot;, a new line or &quot;}&quot; after the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::TlsProbeSource</name>
    <message>
        <source>TLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no HTTP answer over TLS; hsts and server are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate, TLS version and security headers of an https endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint, e.g. https://api.{env}.example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row name (tls/&lt;name&gt;/…); defaults to the host. Use the same name in every environment to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the probe may take (default 10s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted in addition to the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days (expired on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is plain HTTP: no certificate to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to expiry at or below which the certificate is a warning (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to expiry at or below which the certificate is critical (default 14).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::UnleashSource</name>
    <message>
        <source>the answer is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;features&quot; list: is this the Unleash admin API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features[%1] has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a flag with &quot;name&quot; and &quot;environments&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; has no environment &quot;%2&quot; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot;, environment &quot;%2&quot;: &quot;enabled&quot; or &quot;strategies&quot; is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unleash: project and environment names cannot contain &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unleash: listing the flags of project &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unleash: project &quot;%1&quot; has no environment &quot;%2&quot; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unleash: reading flag &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unleash %1 project %2, environment %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unleash: project &quot;%1&quot; has no flags (is the project name right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (check the admin API token given as this source&apos;s credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature flags of one Unleash environment (admin API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Unleash project (default &quot;default&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Unleash environment for this Drift Deck environment (default: its name; e.g. &quot;{env}&quot; or a fixed name per environment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftDeck::ValueHighlighter</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Einfacher Text</translation>
    </message>
</context>
<context>
    <name>DriftDeck::WorkloadRows</name>
    <message>
        <source>Pods of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: rollout in progress, container %3 runs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 appears more than once (several namespaces?); the first one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resourceVersion %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 has no pods: what it runs is unknown</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::WorkspaceLoader</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings or one string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date like 2027-03-31, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an environment%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an environment (environments: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one environment, or leave the key out for all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key pattern cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key pattern or a map with &quot;key&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an absolute or a relative tolerance, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tolerance cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a fraction like 0.1 or a percentage like &quot;10%&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a path, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map with &quot;version&quot; and &quot;expected&quot; at the top level, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is newer than this Drift Deck understands (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the format version 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http or https URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration like 10s, 500ms or 2m, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials never live in the workspace file; name an environment variable or keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name either an environment variable (env) or a keychain entry (keychain), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name an environment variable (env) or a keychain entry (keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source is not used in &quot;%1&quot; (its environments: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source type %1 (known types: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source type %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source type &quot;%1&quot; takes no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list at least one environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a colour like &quot;#3366cc&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an environment name or a map with &quot;name&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be an environment name; use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a format version number like 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is newer than this Drift Deck understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace format version; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; workspace files may be at most %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a workspace needs version, name, environments and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of workspace settings (version, name, environments, …) at the top level, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias cannot refer to a collection that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds more than %1 values (aliases included); workspace files are small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be plain text, not a collection or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first written on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; a workspace is a single document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key or a map with &quot;key&quot; and &quot;pattern&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row&apos;s key needs a category and a name, like &quot;infra/postgres&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exact, sameMajor or sameMinor, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, or -1 for no limit; got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history folder must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a checklist item (items: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a checklist item%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected pass or fail, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the last part of the path may hold wildcards, as in &quot;previews/pr-*&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of environments, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list at least one environment besides the discovered ones: the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 YAML documents in one file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagFileReader</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>an alias cannot refer to the node that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases expand to far more values than the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; flatten the structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be text, not a list or map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“&lt;&lt;” can only merge maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of settings at the top level, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of settings at the top level, found a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be text, not an alias</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Drift Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare environments&apos; configuration, flags and versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace or snapshot to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaltStore</name>
    <message>
        <source>Cannot create the folder for secret salts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the secret salt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret salt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret salt %1 is empty; delete it to create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secret salt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCompareModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Änderung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Schlüssel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished">Nachher</translation>
    </message>
</context>
<context>
    <name>SourceTimeout</name>
    <message>
        <source>a timeout may be at most 1h (it bounds everything one source does), got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
