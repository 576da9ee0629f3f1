<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LicenseCli::ExportCommands</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hourly file(s)</source>
        <translation>
            <numerusform>%n hourly file</numerusform>
            <numerusform>%n hourly files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing hour(s)</source>
        <translation>
            <numerusform>%n missing hour</numerusform>
            <numerusform>%n missing hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCli::HistoryCommands</name>
    <message numerus="yes">
        <source>%n hour(s) added</source>
        <translation>
            <numerusform>%n hour added</numerusform>
            <numerusform>%n hours added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced</source>
        <translation>
            <numerusform>%n hour replaced</numerusform>
            <numerusform>%n hours replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>%n value changed</numerusform>
            <numerusform>%n values changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left alone: a newer export holds them</source>
        <translation>
            <numerusform>%n hour left alone: a newer export holds it</numerusform>
            <numerusform>%n hours left alone: a newer export holds them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the history from %n kept export(s).</source>
        <translation>
            <numerusform>Rebuilt the history from %n kept export.</numerusform>
            <numerusform>Rebuilt the history from %n kept exports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>'%1' starts the SHA-256 of %n export(s); give more of it</source>
        <translation>
            <numerusform>'%1' starts the SHA-256 of %n export; give more of it</numerusform>
            <numerusform>'%1' starts the SHA-256 of %n exports; give more of it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportOptions</name>
    <message numerus="yes">
        <source>the history holds %n cluster(s): choose one with %1</source>
        <translation>
            <numerusform>the history holds %n cluster: choose one with %1</numerusform>
            <numerusform>the history holds %n clusters: choose one with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportOverage</name>
    <message numerus="yes">
        <source>%n hour(s) over the quota of %2 host units; %3 excess host-unit hours (an estimate).</source>
        <extracomment>%n hours over the quota, %2 the quota, %3 the excess host-unit hours.</extracomment>
        <translation>
            <numerusform>%n hour over the quota of %2 host units; %3 excess host-unit hours (an estimate).</numerusform>
            <numerusform>%n hours over the quota of %2 host units; %3 excess host-unit hours (an estimate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hour(s) over its quota of %3 host units; %4 excess host-unit hours.</source>
        <extracomment>%1 an environment id, %n hours over its quota, %3 its quota, %4 its excess host-unit hours.</extracomment>
        <translation>
            <numerusform>%1: %n hour over its quota of %3 host units; %4 excess host-unit hours.</numerusform>
            <numerusform>%1: %n hours over its quota of %3 host units; %4 excess host-unit hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportReconcile</name>
    <message numerus="yes">
        <source>the history holds %n cluster(s); without an answer from the cluster the one to reconcile is unknown</source>
        <translation>
            <numerusform>the history holds %n cluster; without an answer from the cluster the one to reconcile is unknown</numerusform>
            <numerusform>the history holds %n clusters; without an answer from the cluster the one to reconcile is unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCli::Sync</name>
    <message numerus="yes">
        <source>cluster %1: %n chunk(s) to download, between %2 and %3</source>
        <extracomment>%1 is a cluster UUID, %2 and %3 hours in ISO 8601.</extracomment>
        <translation>
            <numerusform>cluster %1: %n chunk to download, between %2 and %3</numerusform>
            <numerusform>cluster %1: %n chunks to download, between %2 and %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n chunk(s) of cluster %1: hours added: %2, replaced: %3</source>
        <extracomment>%1 is a cluster UUID; %2 and %3 are numbers of hours.</extracomment>
        <translation>
            <numerusform>Synced %n chunk of cluster %1: hours added: %2, replaced: %3</numerusform>
            <numerusform>Synced %n chunks of cluster %1: hours added: %2, replaced: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ApiRequest</name>
    <message numerus="yes">
        <source>The cluster sent nothing for %n second(s), so the request was stopped. Check the network, or raise the profile's stall timeout if the cluster is slow.</source>
        <translation>
            <numerusform>The cluster sent nothing for %n second, so the request was stopped. Check the network, or raise the profile's stall timeout if the cluster is slow.</numerusform>
            <numerusform>The cluster sent nothing for %n seconds, so the request was stopped. Check the network, or raise the profile's stall timeout if the cluster is slow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after waiting %n second(s).</source>
        <translation>
            <numerusform>Gave up after waiting %n second.</numerusform>
            <numerusform>Gave up after waiting %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster asked to wait %n more second(s), longer than the time left for waiting; try again later.</source>
        <translation>
            <numerusform>The cluster asked to wait %n more second, longer than the time left for waiting; try again later.</numerusform>
            <numerusform>The cluster asked to wait %n more seconds, longer than the time left for waiting; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another license export is running on the cluster; retrying in %n s.</source>
        <translation>
            <numerusform>Another license export is running on the cluster; retrying in %n s.</numerusform>
            <numerusform>Another license export is running on the cluster; retrying in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster is being upgraded; retrying in %n s.</source>
        <translation>
            <numerusform>The cluster is being upgraded; retrying in %n s.</numerusform>
            <numerusform>The cluster is being upgraded; retrying in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ByteSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChargebackCalculator</name>
    <message numerus="yes">
        <source>%n hour(s) of the period are missing from the history: %1</source>
        <translation>
            <numerusform>%n hour of the period is missing from the history: %1</numerusform>
            <numerusform>%n hours of the period are missing from the history: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChargebackPdf</name>
    <message numerus="yes">
        <source>Only the hours the history holds are counted: %n hour(s) of the period are missing and count nothing.</source>
        <translation>
            <numerusform>Only the hours the history holds are counted: %n hour of the period is missing and counts nothing.</numerusform>
            <numerusform>Only the hours the history holds are counted: %n hours of the period are missing and count nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChartSeriesPlan</name>
    <message numerus="yes">
        <source>Other (%n environment(s))</source>
        <translation>
            <numerusform>Other (%n environment)</numerusform>
            <numerusform>Other (%n environments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ConnectionTestJob</name>
    <message numerus="yes">
        <source>Connected to %1; the token may read license data of %n environment(s).</source>
        <translation>
            <numerusform>Connected to %1; the token may read license data of %n environment.</numerusform>
            <numerusform>Connected to %1; the token may read license data of %n environments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::OverageReport</name>
    <message numerus="yes">
        <source>An hour is over the quota when the host units of every host counted in that hour, all environments together, exceed the quota of %1 host units. Each such hour's excess is the host units above the quota; each environment's share of it is proportional to its host units in that hour. Hosts are counted and weighed by the estimation rules in the settings, so these are estimates, not billed figures. Read: %n hour(s) of the history; %3 over the quota, %4 excess host-unit hours in total.</source>
        <extracomment>%1 the quota in host units, %n the hours read, %3 the hours over the quota, %4 their excess host-unit hours.</extracomment>
        <translation>
            <numerusform>An hour is over the quota when the host units of every host counted in that hour, all environments together, exceed the quota of %1 host units. Each such hour's excess is the host units above the quota; each environment's share of it is proportional to its host units in that hour. Hosts are counted and weighed by the estimation rules in the settings, so these are estimates, not billed figures. Read: %n hour of the history; %3 over the quota, %4 excess host-unit hours in total.</numerusform>
            <numerusform>An hour is over the quota when the host units of every host counted in that hour, all environments together, exceed the quota of %1 host units. Each such hour's excess is the host units above the quota; each environment's share of it is proportional to its host units in that hour. Hosts are counted and weighed by the estimation rules in the settings, so these are estimates, not billed figures. Read: %n hours of the history; %3 over the quota, %4 excess host-unit hours in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::UsageForecast</name>
    <message numerus="yes">
        <source>Counted: %n complete day(s) up to %2. An estimate from the rules in the settings, not a billed figure.</source>
        <extracomment>%1 the complete days of the window used, %2 the end of the data.</extracomment>
        <translation>
            <numerusform>Counted: %n complete day up to %2. An estimate from the rules in the settings, not a billed figure.</numerusform>
            <numerusform>Counted: %n complete days up to %2. An estimate from the rules in the settings, not a billed figure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No forecast: the history holds %n complete day(s) of the last %2 days of data in the license period, and a forecast needs at least %3. A day is complete when all its 24 hours are in the history.</source>
        <extracomment>%n the complete days found, %2 the window, %3 the minimum.</extracomment>
        <translation>
            <numerusform>No forecast: the history holds %n complete day of the last %2 days of data in the license period, and a forecast needs at least %3. A day is complete when all its 24 hours are in the history.</numerusform>
            <numerusform>No forecast: the history holds %n complete days of the last %2 days of data in the license period, and a forecast needs at least %3. A day is complete when all its 24 hours are in the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::UsageSnapshotBuilder</name>
    <message numerus="yes">
        <source>%n hourly file(s) lie outside the requested range %1 to %2; they are included</source>
        <translation>
            <numerusform>%n hourly file lies outside the requested range %1 to %2; it is included</numerusform>
            <numerusform>%n hourly files lie outside the requested range %1 to %2; they are included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ComparePage</name>
    <message numerus="yes">
        <source>%n hour(s) of data</source>
        <translation>
            <numerusform>%n hour of data</numerusform>
            <numerusform>%n hours of data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ConnectionTestResultView</name>
    <message numerus="yes">
        <source>Connection OK: %n environment(s)</source>
        <translation>
            <numerusform>Connection OK: %n environment</numerusform>
            <numerusform>Connection OK: %n environments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::CoverageStrip</name>
    <message numerus="yes">
        <source>%1, %2 missing in %n gap(s)</source>
        <translation>
            <numerusform>%1, %2 missing in %n gap</numerusform>
            <numerusform>%1, %2 missing in %n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::DateRangeWidget</name>
    <message numerus="yes">
        <source>UTC %1 to %2, %n hour(s)</source>
        <translation>
            <numerusform>UTC %1 to %2, %n hour</numerusform>
            <numerusform>UTC %1 to %2, %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::DisplayFormat</name>
    <message numerus="yes">
        <source>Hosts counted in the hour (active for at least %n minute(s), or without activity records); per day or month, the busiest hour.</source>
        <translation>
            <numerusform>Hosts counted in the hour (active for at least %n minute, or without activity records); per day or month, the busiest hour.</numerusform>
            <numerusform>Hosts counted in the hour (active for at least %n minutes, or without activity records); per day or month, the busiest hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated from each host's memory and monitoring mode: Full-Stack and PaaS hosts weigh 0.1 up to 1.6 GiB, 0.25 up to 4 GiB, 0.5 up to 8 GiB, 1.0 up to 16 GiB, then one per started 16 GiB; %1 A host counts in an hour when its agents were active for at least %n minute(s), or when it has no activity records.</source>
        <translation>
            <numerusform>Estimated from each host's memory and monitoring mode: Full-Stack and PaaS hosts weigh 0.1 up to 1.6 GiB, 0.25 up to 4 GiB, 0.5 up to 8 GiB, 1.0 up to 16 GiB, then one per started 16 GiB; %1 A host counts in an hour when its agents were active for at least %n minute, or when it has no activity records.</numerusform>
            <numerusform>Estimated from each host's memory and monitoring mode: Full-Stack and PaaS hosts weigh 0.1 up to 1.6 GiB, 0.25 up to 4 GiB, 0.5 up to 8 GiB, 1.0 up to 16 GiB, then one per started 16 GiB; %1 A host counts in an hour when its agents were active for at least %n minutes, or when it has no activity records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 UTC (%Ln hour(s))</source>
        <translation>
            <numerusform>%1 to %2 UTC (%Ln hour)</numerusform>
            <numerusform>%1 to %2 UTC (%Ln hours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::DownloadPanel</name>
    <message numerus="yes">
        <source>License export of “%1”, %2 – %3 UTC (%n hour(s))</source>
        <translation>
            <numerusform>License export of “%1”, %2 – %3 UTC (%n hour)</numerusform>
            <numerusform>License export of “%1”, %2 – %3 UTC (%n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster upgrade in progress — retrying in %n s</source>
        <translation>
            <numerusform>Cluster upgrade in progress — retrying in %n s</numerusform>
            <numerusform>Cluster upgrade in progress — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster busy exporting — retrying in %n s</source>
        <translation>
            <numerusform>Cluster busy exporting — retrying in %n s</numerusform>
            <numerusform>Cluster busy exporting — retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ExportCsvDialog</name>
    <message numerus="yes">
        <source>Only the %n &amp;filtered environment(s)</source>
        <translation>
            <numerusform>Only the %n &amp;filtered environment</numerusform>
            <numerusform>Only the %n &amp;filtered environments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ExportDetailsPage</name>
    <message numerus="yes">
        <source>%1 to %2 UTC (%n hour(s))</source>
        <translation>
            <numerusform>%1 to %2 UTC (%n hour)</numerusform>
            <numerusform>%1 to %2 UTC (%n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Range:&lt;/b&gt; %1 to %2 UTC, %n hour(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Range:&lt;/b&gt; %1 to %2 UTC, %n hour</numerusform>
            <numerusform>&lt;b&gt;Range:&lt;/b&gt; %1 to %2 UTC, %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Hourly files read:&lt;/b&gt; %n</source>
        <translation>
            <numerusform>&lt;b&gt;Hourly files read:&lt;/b&gt; %n</numerusform>
            <numerusform>&lt;b&gt;Hourly files read:&lt;/b&gt; %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Exports:&lt;/b&gt; %n</source>
        <translation>
            <numerusform>&lt;b&gt;Exports:&lt;/b&gt; %n</numerusform>
            <numerusform>&lt;b&gt;Exports:&lt;/b&gt; %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ForecastPage</name>
    <message numerus="yes">
        <source>%n complete day(s) of data in the period</source>
        <translation>
            <numerusform>%n complete day of data in the period</numerusform>
            <numerusform>%n complete days of data in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>daily peaks of %1 on average (± %2) over the last %n day(s)</source>
        <extracomment>%1 is the mean of the daily values, %2 their standard deviation, %n the days.</extracomment>
        <translation>
            <numerusform>daily peaks of %1 on average (± %2) over the last %n day</numerusform>
            <numerusform>daily peaks of %1 on average (± %2) over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average (± %2) over the last %n day(s)</source>
        <translation>
            <numerusform>%1 a day on average (± %2) over the last %n day</numerusform>
            <numerusform>%1 a day on average (± %2) over the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::HistoryPage</name>
    <message numerus="yes">
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n export</numerusform>
            <numerusform>%n exports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) of %1 in all</source>
        <translation>
            <numerusform>%n gap of %1 in all</numerusform>
            <numerusform>%n gaps of %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It stands for %Ln hour(s) now. Other exports that hold them take its place; hours no other export holds become gaps.</source>
        <translation>
            <numerusform>It stands for %Ln hour now. Other exports that hold it take its place; if no other export holds it, it becomes a gap.</numerusform>
            <numerusform>It stands for %Ln hours now. Other exports that hold them take its place; hours no other export holds become gaps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::IngestLogModel</name>
    <message numerus="yes">
        <source>%Ln hour(s) the history did not hold before.</source>
        <translation>
            <numerusform>%Ln hour the history did not hold before.</numerusform>
            <numerusform>%Ln hours the history did not hold before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) for which this export, made later, replaced the one that stood before.</source>
        <translation>
            <numerusform>%Ln hour for which this export, made later, replaced the one that stood before.</numerusform>
            <numerusform>%Ln hours for which this export, made later, replaced the one that stood before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln environment-hour value(s) in the replaced hours that differ from the older export's.</source>
        <translation>
            <numerusform>%Ln environment-hour value in the replaced hours that differs from the older export's.</numerusform>
            <numerusform>%Ln environment-hour values in the replaced hours that differ from the older export's.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) left as they were because an export made later already holds them.</source>
        <translation>
            <numerusform>%Ln hour left as it was because an export made later already holds it.</numerusform>
            <numerusform>%Ln hours left as they were because an export made later already holds them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::MainWindow</name>
    <message numerus="yes">
        <source>%n hourly file(s) read.</source>
        <translation>
            <numerusform>%n hourly file read.</numerusform>
            <numerusform>%n hourly files read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n earlier export(s) to the history…</source>
        <translation>
            <numerusform>Adding %n earlier export to the history…</numerusform>
            <numerusform>Adding %n earlier exports to the history…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new hour(s)</source>
        <translation>
            <numerusform>%n new hour</numerusform>
            <numerusform>%n new hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced by this newer export</source>
        <translation>
            <numerusform>%n hour replaced by this newer export</numerusform>
            <numerusform>%n hours replaced by this newer export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) kept from a newer export</source>
        <translation>
            <numerusform>%n hour kept from a newer export</numerusform>
            <numerusform>%n hours kept from a newer export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The earlier exports are in the history now; %n could not be read.</source>
        <translation>
            <numerusform>The earlier exports are in the history now; %n could not be read.</numerusform>
            <numerusform>The earlier exports are in the history now; %n could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled; %n chunk(s) were added to the history before.</source>
        <translation>
            <numerusform>Sync cancelled; %n chunk was added to the history before.</numerusform>
            <numerusform>Sync cancelled; %n chunks were added to the history before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new hour(s).</source>
        <translation>
            <numerusform>Synced %1: %n new hour.</numerusform>
            <numerusform>Synced %1: %n new hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced by newer data.</source>
        <translation>
            <numerusform>%n hour replaced by newer data.</numerusform>
            <numerusform>%n hours replaced by newer data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::OveragePage</name>
    <message numerus="yes">
        <source>None of the %n hour(s) checked exceeds the quota of %1 host units; the peak was %2.</source>
        <extracomment>%1 is the quota, %2 the peak, both in host units.</extracomment>
        <translation>
            <numerusform>None of the %n hour checked exceeds the quota of %1 host units; the peak was %2.</numerusform>
            <numerusform>None of the %n hours checked exceeds the quota of %1 host units; the peak was %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hour(s) over the quota of %2 host units: %3 excess host-unit hours in all; the peak was %4 host units.</source>
        <extracomment>%1 counts the hours over the quota, %2 is the quota, %3 the excess host-unit hours, %4 the peak.</extracomment>
        <translation>
            <numerusform>%1 of %n hour over the quota of %2 host units: %3 excess host-unit hours in all; the peak was %4 host units.</numerusform>
            <numerusform>%1 of %n hours over the quota of %2 host units: %3 excess host-unit hours in all; the peak was %4 host units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) ran at %1 UTC, the most host units first:</source>
        <extracomment>%1 is an hour in UTC.</extracomment>
        <translation>
            <numerusform>%n host ran at %1 UTC, the most host units first:</numerusform>
            <numerusform>%n hosts ran at %1 UTC, the most host units first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::OverviewPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (your local time; UTC %3 to %4), %n hour(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (your local time; UTC %3 to %4), %n hour</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (your local time; UTC %3 to %4), %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the range have no data in the export (see Export Details); they are not counted as zero.</source>
        <translation>
            <numerusform>%n hour of the range has no data in the export (see Export Details); it is not counted as zero.</numerusform>
            <numerusform>%n hours of the range have no data in the export (see Export Details); they are not counted as zero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading the export (see Export Details).</source>
        <translation>
            <numerusform>%n warning while reading the export (see Export Details).</numerusform>
            <numerusform>%n warnings while reading the export (see Export Details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ReconcilePage</name>
    <message numerus="yes">
        <source>The history holds %n cluster(s): choose the one to reconcile in the tool bar.</source>
        <translation>
            <numerusform>The history holds %n cluster: choose the one to reconcile in the tool bar.</numerusform>
            <numerusform>The history holds %n clusters: choose the one to reconcile in the tool bar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::StoredExportsModel</name>
    <message numerus="yes">
        <source>%Ln hour(s) of that span are not in the export.</source>
        <translation>
            <numerusform>%Ln hour of that span is not in the export.</numerusform>
            <numerusform>%Ln hours of that span are not in the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hourly file(s) in the export.</source>
        <translation>
            <numerusform>%Ln hourly file in the export.</numerusform>
            <numerusform>%Ln hourly files in the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exports made later hold %Ln of its hours; it stands for the others.</source>
        <translation>
            <numerusform>Exports made later hold %Ln of its hours; it stands for the others.</numerusform>
            <numerusform>Exports made later hold %Ln of its hours; it stands for the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::UsageChartView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
