<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DriftDeck::CheckReport</name>
    <message numerus="yes">
        <source>%n key(s) drift (%1 critical).</source>
        <translation>
            <numerusform>%n key drifts (%1 critical).</numerusform>
            <numerusform>%n keys drift (%1 critical).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::KeyDrillDown</name>
    <message numerus="yes">
        <source>%n drifting</source>
        <translation>
            <numerusform>%n drifting</numerusform>
            <numerusform>%n drifting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n expected</numerusform>
            <numerusform>%n expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n same</numerusform>
            <numerusform>%n same</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubectlJsonSource</name>
    <message numerus="yes">
        <source>%1: %n item(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped</source>
        <translation>
            <numerusform>%1: %n item of a kind Drift Deck does not read (Services, Ingresses, …) skipped</numerusform>
            <numerusform>%1: %n items of kinds Drift Deck does not read (Services, Ingresses, …) skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::KubernetesManifestsSource</name>
    <message numerus="yes">
        <source>%n object(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped</source>
        <translation>
            <numerusform>%n object of a kind Drift Deck does not read (Services, Ingresses, …) skipped</numerusform>
            <numerusform>%n objects of kinds Drift Deck does not read (Services, Ingresses, …) skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::MarkExpectedDialog</name>
    <message numerus="yes">
        <source>This rule hides %n cell(s):</source>
        <translation>
            <numerusform>This rule hides %n cell:</numerusform>
            <numerusform>This rule hides %n cells:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixFilterProxy</name>
    <message numerus="yes">
        <source>%n key(s) shown of %1, %2 of them drifting</source>
        <translation>
            <numerusform>%n key shown of %1, %2 of them drifting</numerusform>
            <numerusform>%n keys shown of %1, %2 of them drifting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifting cell(s) among the keys shown in %1</source>
        <translation>
            <numerusform>%n drifting cell among the keys shown in %1</numerusform>
            <numerusform>%n drifting cells among the keys shown in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixHeader</name>
    <message numerus="yes">
        <source>%n environment(s) found at refresh. Click to show them.</source>
        <translation>
            <numerusform>%n environment found at refresh. Click to show it.</numerusform>
            <numerusform>%n environments found at refresh. Click to show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) found at refresh. Click to collapse them.</source>
        <translation>
            <numerusform>%n environment found at refresh. Click to collapse it.</numerusform>
            <numerusform>%n environments found at refresh. Click to collapse them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixModel</name>
    <message numerus="yes">
        <source>%n key(s), %1 drifting</source>
        <translation>
            <numerusform>%n key, %1 drifting</numerusform>
            <numerusform>%n keys, %1 drifting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifting cell(s) in %1</source>
        <translation>
            <numerusform>%n drifting cell in %1</numerusform>
            <numerusform>%n drifting cells in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::MatrixPane</name>
    <message numerus="yes">
        <source>Drift in %1 of %n key(s)</source>
        <translation>
            <numerusform>Drift in %1 of %n key</numerusform>
            <numerusform>Drift in %1 of %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::ReportWriter</name>
    <message numerus="yes">
        <source>%n key(s) compared</source>
        <translation>
            <numerusform>%n key compared</numerusform>
            <numerusform>%n keys compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected difference(s)</source>
        <translation>
            <numerusform>%n expected difference</numerusform>
            <numerusform>%n expected differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) covered by expired rules</source>
        <translation>
            <numerusform>%n cell covered by expired rules</numerusform>
            <numerusform>%n cells covered by expired rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed source(s)</source>
        <translation>
            <numerusform>%n failed source</numerusform>
            <numerusform>%n failed sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new drifting cell(s)</source>
        <translation>
            <numerusform>%n new drifting cell</numerusform>
            <numerusform>%n new drifting cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n key added</numerusform>
            <numerusform>%n keys added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) (run driftdeck diff for the full list).</source>
        <translation>
            <numerusform>… and %n more change (run driftdeck diff for the full list).</numerusform>
            <numerusform>… and %n more changes (run driftdeck diff for the full list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more critical key(s); the matrix lists them all.</source>
        <translation>
            <numerusform>… and %n more critical key; the matrix lists them all.</numerusform>
            <numerusform>… and %n more critical keys; the matrix lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), %1 expired: an expired rule no longer hides its difference, which counts as drift again.</source>
        <translation>
            <numerusform>%n rule, %1 expired: an expired rule no longer hides its difference, which counts as drift again.</numerusform>
            <numerusform>%n rules, %1 expired: an expired rule no longer hides its difference, which counts as drift again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every key, %n row(s).</source>
        <translation>
            <numerusform>Every key, %n row.</numerusform>
            <numerusform>Every key, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys that drift, are expected to differ or are unknown: %n row(s).</source>
        <translation>
            <numerusform>Keys that drift, are expected to differ or are unknown: %n row.</numerusform>
            <numerusform>Keys that drift, are expected to differ or are unknown: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 saved snapshots could not be read or lack the baseline; they are left out.</source>
        <translation>
            <numerusform>%n of %1 saved snapshots could not be read or lacks the baseline; it is left out.</numerusform>
            <numerusform>%n of %1 saved snapshots could not be read or lack the baseline; they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drifting cells per environment against the baseline, %n snapshot(s) from %1 to %2.</source>
        <translation>
            <numerusform>Drifting cells per environment against the baseline, %n snapshot from %1 to %2.</numerusform>
            <numerusform>Drifting cells per environment against the baseline, %n snapshots from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::SettingsDialog</name>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::SourceDiscovery</name>
    <message numerus="yes">
        <source>%1: the environments could not be listed: %2; the %n found by the last capture are kept</source>
        <translation>
            <numerusform>%1: the environments could not be listed: %2; the one found by the last capture is kept</numerusform>
            <numerusform>%1: the environments could not be listed: %2; the %n found by the last capture are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::SourcesPanel</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftDeck::WorkspaceControls</name>
    <message numerus="yes">
        <source>Refreshing… %1 of %n source(s) read</source>
        <translation>
            <numerusform>Refreshing… %1 of %n source read</numerusform>
            <numerusform>Refreshing… %1 of %n sources read</numerusform>
        </translation>
    </message>
</context>
</TS>
