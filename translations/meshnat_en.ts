<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplianceStatusModel</name>
    <message numerus="yes">
        <source>%n appliance pair(s)</source>
        <translation>
            <numerusform>%n appliance pair</numerusform>
            <numerusform>%n appliance pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message numerus="yes">
        <source>Translations (%n paired packet(s)):</source>
        <translation>
            <numerusform>Translations (%n paired packet):</numerusform>
            <numerusform>Translations (%n paired packets):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NAT-T keepalive(s) sent</source>
        <translation>
            <numerusform>%n NAT-T keepalive sent</numerusform>
            <numerusform>%n NAT-T keepalives sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureComparison</name>
    <message numerus="yes">
        <source>Up after %1 s, %n IKE retransmission(s)</source>
        <translation>
            <numerusform>Up after %1 s, %n IKE retransmission</numerusform>
            <numerusform>Up after %1 s, %n IKE retransmissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureImportController</name>
    <message numerus="yes">
        <source>%n IPv6 translation(s) not stored in the observed table (the model&apos;s addresses are IPv4)</source>
        <translation>
            <numerusform>%n IPv6 translation not stored in the observed table (the model&apos;s addresses is IPv4)</numerusform>
            <numerusform>%n IPv6 translations not stored in the observed table (the model&apos;s addresses are IPv4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureImportDialog</name>
    <message numerus="yes">
        <source>The captures are assigned to %n NAT device(s); import the captures of one device at a time.</source>
        <translation>
            <numerusform>The captures is assigned to %n NAT device; import the captures of one device at a time.</numerusform>
            <numerusform>The captures are assigned to %n NAT devices; import the captures of one device at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message numerus="yes">
        <source>%1: skipped %n frame(s): %2</source>
        <translation>
            <numerusform>%1: skipped %n frame: %2</numerusform>
            <numerusform>%1: skipped %n frames: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n IKE message(s) cut by the snapshot length (%2 bytes); their headers were read, NAT detection payloads may be missing</source>
        <translation>
            <numerusform>%1: %n IKE message cut by the snapshot length (%2 bytes); their headers was read, NAT detection payloads may be missing</numerusform>
            <numerusform>%1: %n IKE messages cut by the snapshot length (%2 bytes); their headers were read, NAT detection payloads may be missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: reading stopped at frame %2 (the file is truncated or damaged: %3); the %n frame(s) before it were read</source>
        <translation>
            <numerusform>%1: reading stopped at frame %2 (the file is truncated or damaged: %3); the %n frame before it was read</numerusform>
            <numerusform>%1: reading stopped at frame %2 (the file is truncated or damaged: %3); the %n frames before it were read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureReconstruction</name>
    <message numerus="yes">
        <source>%n IKE/ESP packet(s) of the inside capture have no counterpart outside (dropped by the NAT device, or sent before or after the outside capture)</source>
        <translation>
            <numerusform>%n IKE/ESP packet of the inside capture have no counterpart outside (dropped by the NAT device, or sent before or after the outside capture)</numerusform>
            <numerusform>%n IKE/ESP packets of the inside capture have no counterpart outside (dropped by the NAT device, or sent before or after the outside capture)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IKE/ESP packet(s) of the outside capture have no counterpart inside (not forwarded, or outside the inside capture&apos;s time span)</source>
        <translation>
            <numerusform>%n IKE/ESP packet of the outside capture have no counterpart inside (not forwarded, or outside the inside capture&apos;s time span)</numerusform>
            <numerusform>%n IKE/ESP packets of the outside capture have no counterpart inside (not forwarded, or outside the inside capture&apos;s time span)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message numerus="yes">
        <source>Captured at %1: %2. %n translation(s) reconstructed</source>
        <translation>
            <numerusform>Captured at %1: %2. %n translation reconstructed</numerusform>
            <numerusform>Captured at %1: %2. %n translations reconstructed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tunnel(s) in the capture</source>
        <translation>
            <numerusform>; %n tunnel in the capture</numerusform>
            <numerusform>; %n tunnels in the capture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n Up.</source>
        <translation>
            <numerusform>, %n Up.</numerusform>
            <numerusform>, %n Up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The simulation disagrees with the capture in %n point(s).</source>
        <translation>
            <numerusform>The simulation disagrees with the capture in %n point.</numerusform>
            <numerusform>The simulation disagrees with the capture in %n points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturedTunnel</name>
    <message numerus="yes">
        <source>, %n IKE retransmission(s)</source>
        <translation>
            <numerusform>, %n IKE retransmission</numerusform>
            <numerusform>, %n IKE retransmissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message numerus="yes">
        <source>%1: cannot simulate: %n value(s) are not valid (fix them, e.g. in the workbench&apos;s property editor; `meshnat-cli validate` lists every problem):</source>
        <translation>
            <numerusform>%1: cannot simulate: %n value is not valid (fix it, e.g. in the workbench&apos;s property editor; `meshnat-cli validate` lists every problem):</numerusform>
            <numerusform>%1: cannot simulate: %n values are not valid (fix them, e.g. in the workbench&apos;s property editor; `meshnat-cli validate` lists every problem):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FortiConfigReader</name>
    <message numerus="yes">
        <source>not NAT-related; %n line(s) not read</source>
        <translation>
            <numerusform>not NAT-related; %n line not read</numerusform>
            <numerusform>not NAT-related; %n lines not read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphController</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>Deleted %n item</numerusform>
            <numerusform>Deleted %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>Copied %n object</numerusform>
            <numerusform>Copied %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1: %n NAT rule(s) read</source>
        <translation>
            <numerusform>%1: %n NAT rule read</numerusform>
            <numerusform>%1: %n NAT rules read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside source rule(s): read, imported, not simulated</source>
        <translation>
            <numerusform>%n outside source rule: read, imported, not simulated</numerusform>
            <numerusform>%n outside source rules: read, imported, not simulated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NAT rule(s) imported but not simulated (%1)</source>
        <translation>
            <numerusform>%n NAT rule imported but not simulated (%1)</numerusform>
            <numerusform>%n NAT rules imported but not simulated (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%1: %n object(s) added</source>
        <translation>
            <numerusform>%1: %n object added</numerusform>
            <numerusform>%1: %n objects added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n collision(s) on UDP 4500</source>
        <translation>
            <numerusform>%n collision on UDP 4500</numerusform>
            <numerusform>%n collisions on UDP 4500</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was read as a whole (%n translation(s)); its table is shown below. Paste text here to import that instead.</source>
        <translation>
            <numerusform>%1 was read as a whole (%n translation); its table is shown below. Paste text here to import that instead.</numerusform>
            <numerusform>%1 was read as a whole (%n translations); its table is shown below. Paste text here to import that instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n NAT rule(s) read</source>
        <translation>
            <numerusform>%1: %n NAT rule read</numerusform>
            <numerusform>%1: %n NAT rules read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n translation(s) read</source>
        <translation>
            <numerusform>%1: %n translation read</numerusform>
            <numerusform>%1: %n translations read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule counter(s) read; they count rules, not translations, so nothing is added to the project</source>
        <translation>
            <numerusform>%1: %n rule counter read; they count rules, not translations, so nothing is added to the project</numerusform>
            <numerusform>%1: %n rule counters read; they count rules, not translations, so nothing is added to the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NatTableView</name>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation>
            <numerusform>%Ln translation</numerusform>
            <numerusform>%Ln translations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservedTableView</name>
    <message numerus="yes">
        <source>%n appliance(s) on UDP 4500</source>
        <translation>
            <numerusform>%n appliance on UDP 4500</numerusform>
            <numerusform>%n appliances on UDP 4500</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation>
            <numerusform>%Ln translation</numerusform>
            <numerusform>%Ln translations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParseTranslationsCommand</name>
    <message numerus="yes">
        <source>%1: %n translation(s)</source>
        <translation>
            <numerusform>%1: %n translation</numerusform>
            <numerusform>%1: %n translations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortUsageChart</name>
    <message numerus="yes">
        <source>%1 (%n port(s))</source>
        <translation>
            <numerusform>%1 (%n port)</numerusform>
            <numerusform>%1 (%n ports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) in use</source>
        <translation>
            <numerusform>%n port in use</numerusform>
            <numerusform>%n ports in use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message numerus="yes">
        <source>%n access list(s) not used by NAT were not imported</source>
        <translation>
            <numerusform>%n access list not used by NAT was not imported</numerusform>
            <numerusform>%n access lists not used by NAT were not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>static network imported as %n one-to-one rule(s)</source>
        <translation>
            <numerusform>static network imported as %n one-to-one rule</numerusform>
            <numerusform>static network imported as %n one-to-one rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderVerdict</name>
    <message numerus="yes">
        <source>this does not look like show ip nat translations or conntrack -L output: %1 of %n line(s) understood</source>
        <translation>
            <numerusform>this does not look like show ip nat translations or conntrack -L output: %1 of %n line understood</numerusform>
            <numerusform>this does not look like show ip nat translations or conntrack -L output: %1 of %n lines understood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this does not look like a Cisco IOS configuration: %1 of %n line(s) understood</source>
        <translation>
            <numerusform>this does not look like a Cisco IOS configuration: %1 of %n line understood</numerusform>
            <numerusform>this does not look like a Cisco IOS configuration: %1 of %n lines understood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this does not look like iptables-save output: %1 of %n line(s) understood</source>
        <translation>
            <numerusform>this does not look like iptables-save output: %1 of %n line understood</numerusform>
            <numerusform>this does not look like iptables-save output: %1 of %n lines understood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s) not shown</source>
        <translation>
            <numerusform>… and %n more issue not shown</numerusform>
            <numerusform>… and %n more issues not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this does not look like %1: %2 of %n line(s) understood</source>
        <translation>
            <numerusform>this does not look like %1: %2 of %n line understood</numerusform>
            <numerusform>this does not look like %1: %2 of %n lines understood</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconstructedTunnel</name>
    <message numerus="yes">
        <source>%n ESP packet(s) from the peer reached the outside but not the inside</source>
        <translation>
            <numerusform>%n ESP packet from the peer reached the outside but not the inside</numerusform>
            <numerusform>%n ESP packets from the peer reached the outside but not the inside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ESP packet(s) from the initiator did not leave the NAT device</source>
        <translation>
            <numerusform>%n ESP packet from the initiator did not leave the NAT device</numerusform>
            <numerusform>%n ESP packets from the initiator did not leave the NAT device</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message numerus="yes">
        <source>Not simulated: %n value(s) of the project are not valid (see the validation panel).</source>
        <translation>
            <numerusform>Not simulated: %n value of the project is not valid (see the validation panel).</numerusform>
            <numerusform>Not simulated: %n values of the project are not valid (see the validation panel).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
