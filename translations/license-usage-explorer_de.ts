<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>LicenseCli::CheckCommand</name>
    <message>
        <source>WARNING above &lt;percent&gt; of a quota (default: 80).</source>
        <translation>WARNING über &lt;percent&gt; eines Kontingents (Standard: 80).</translation>
    </message>
    <message>
        <source>CRITICAL above &lt;percent&gt; of a quota (default: 95).</source>
        <translation>CRITICAL über &lt;percent&gt; eines Kontingents (Standard: 95).</translation>
    </message>
    <message>
        <source>no forecast: %1</source>
        <translation>keine Prognose: %1</translation>
    </message>
    <message>
        <source>Checks the cluster's billed license usage against its quotas, as a monitoring plugin for Nagios, Icinga,
Zabbix or Checkmk: one status line (LICENSE OK, WARNING, CRITICAL or UNKNOWN) with performance data, and
the exit status 0, 1, 2 or 3. A unit above the warning or critical percentage of its quota raises the
state; the worst unit decides. A refused token, an unreachable cluster, a cluster without quotas and
wrong arguments are UNKNOWN (3). When the history (--history, or the one of the settings) holds the
cluster, the performance data add the forecast percentage of the DEM units and DDUs quotas at the end of
the license year (dem_units_forecast, ddu_forecast); with fewer than 7 complete days there is none.</source>
        <extracomment>Nagios, Icinga, Zabbix and Checkmk are product names. The status line itself stays in English.</extracomment>
        <translation>Prüft die abgerechnete Lizenznutzung des Clusters gegen seine Kontingente, als Monitoring-Plugin für Nagios,
Icinga, Zabbix oder Checkmk: eine Statuszeile (LICENSE OK, WARNING, CRITICAL oder UNKNOWN) mit Performance-
daten und der Exit-Status 0, 1, 2 oder 3. Eine Einheit über dem Warn- oder kritischen Prozentsatz ihres
Kontingents hebt den Status; die schlechteste Einheit entscheidet. Ein abgelehntes Token, ein nicht
erreichbarer Cluster, ein Cluster ohne Kontingente und falsche Argumente sind UNKNOWN (3). Enthält der Verlauf
(--history oder der aus den Einstellungen) den Cluster, kommt in den Performance-Daten der prognostizierte
Prozentsatz der Kontingente für DEM Units und DDUs am Ende des Lizenzjahres hinzu (dem_units_forecast,
ddu_forecast); mit weniger als 7 vollständigen Tagen gibt es keinen.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ClusterCommands</name>
    <message>
        <source>Adds or replaces a cluster profile. Store its token with '%1'.
A token belongs to one cluster: when a profile gets another address (scheme, host or port),
its stored token is deleted, so it never travels to the new address. Store the new
cluster's token afterwards.</source>
        <translation>Legt ein Cluster-Profil an oder ersetzt es. Speichern Sie sein Token mit „%1“.
Ein Token gehört zu genau einem Cluster: Erhält ein Profil eine andere Adresse (Schema,
Host oder Port), wird sein gespeichertes Token gelöscht, damit es nie an die neue Adresse
gelangt. Speichern Sie danach das Token des neuen Clusters.</translation>
    </message>
    <message>
        <source>The profile's name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>The cluster's address (https://…).</source>
        <translation>Die Adresse des Clusters (https://…).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>system (default), none, or host:port of an HTTP proxy.</source>
        <extracomment>"system" and "none" are values of the option and stay as they are.</extracomment>
        <translation>system (Standard), none oder host:port eines HTTP-Proxys.</translation>
    </message>
    <message>
        <source>Give up when the cluster sends nothing for &lt;seconds&gt;.</source>
        <translation>Aufgeben, wenn der Cluster &lt;seconds&gt; Sekunden lang nichts sendet.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (compare it with the cluster's administrator first).</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (gleichen Sie ihn vorher mit dem Administrator des Clusters ab).</translation>
    </message>
    <message>
        <source>usage: %1 (see --help)</source>
        <translation>Aufruf: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>--proxy must be system, none or host:port</source>
        <extracomment>"system", "none" and "host:port" are values of the option and stay as they are.</extracomment>
        <translation>--proxy muss system, none oder host:port sein</translation>
    </message>
    <message>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout benötigt eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (colons allowed)</source>
        <translation>--pin-sha256 benötigt 64 Hexadezimalziffern (Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <source>Saved profile %1 (%2)</source>
        <translation>Profil %1 gespeichert (%2)</translation>
    </message>
    <message>
        <source>Deleted the stored token of %1: it was for the old address; store the new cluster's token with '%2'</source>
        <translation>Das gespeicherte Token von %1 wurde gelöscht, da es zur alten Adresse gehörte; speichern Sie das Token des neuen Clusters mit „%2“</translation>
    </message>
    <message>
        <source>warning: the address changed, but the token stored for the old address could not be deleted (%1); delete it with '%2' before using the profile</source>
        <translation>Warnung: Die Adresse wurde geändert, aber das für die alte Adresse gespeicherte Token konnte nicht gelöscht werden (%1); löschen Sie es mit „%2“, bevor Sie das Profil verwenden</translation>
    </message>
    <message>
        <source>Lists the saved cluster profiles.</source>
        <translation>Listet die gespeicherten Cluster-Profile auf.</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>pinned %1</source>
        <translation>fest hinterlegt %1</translation>
    </message>
    <message>
        <source>No cluster profiles yet; add one with '%1'.</source>
        <translation>Noch keine Cluster-Profile; legen Sie eines mit „%1“ an.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>TRUST</source>
        <translation>VERTRAUEN</translation>
    </message>
    <message>
        <source>Removes a cluster profile and its token in the keychain.</source>
        <translation>Entfernt ein Cluster-Profil und sein Token im Schlüsselbund.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>no cluster profile named '%1'</source>
        <translation>kein Cluster-Profil namens „%1“</translation>
    </message>
    <message>
        <source>warning: the profile's token was not removed: %1</source>
        <translation>Warnung: Das Token des Profils wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed profile %1</source>
        <translation>Profil %1 entfernt</translation>
    </message>
    <message>
        <source>Reads a profile's API token from standard input (without echo on a terminal) and stores it in the
system keychain. The token is a cluster token with the Service Provider API scope, created in the
Cluster Management Console under Settings &gt; API tokens &gt; Cluster tokens.</source>
        <translation>Liest das API-Token eines Profils von der Standardeingabe (ohne Echo im Terminal) und
speichert es im Schlüsselbund des Systems. Das Token ist ein Cluster-Token mit der
Berechtigung Service Provider API, erstellt in der Cluster Management Console unter
Settings &gt; API tokens &gt; Cluster tokens.</translation>
    </message>
    <message>
        <source>usage: %1 (the token is read from standard input)</source>
        <translation>Aufruf: %1 (das Token wird von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <source>no cluster profile named '%1' (add it with '%2')</source>
        <translation>kein Cluster-Profil namens „%1“ (legen Sie es mit „%2“ an)</translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation>API-Token für %1: </translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>kein Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Stored the token of %1 in the system keychain</source>
        <translation>Das Token von %1 wurde im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Removes a profile's API token from the system keychain.</source>
        <translation>Entfernt das API-Token eines Profils aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>%1 ... (see %2)</source>
        <extracomment>%1 is the command line, %2 the command that shows an action's help.</extracomment>
        <translation>%1 ... (siehe %2)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>unknown action '%1'; usage: %2</source>
        <translation>unbekannte Aktion „%1“; Aufruf: %2</translation>
    </message>
    <message>
        <source>Lists the cluster's environments (id, name, state), all of them: old hours of an export may
mention disabled environments. The names are remembered for later offline imports.</source>
        <translation>Listet alle Umgebungen des Clusters auf (ID, Name, Status), denn alte Stunden eines Exports
können deaktivierte Umgebungen enthalten. Die Namen werden für spätere Offline-Importe gemerkt.</translation>
    </message>
    <message>
        <source>%1 (trial)</source>
        <translation>%1 (Testphase)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ClusterOptions</name>
    <message>
        <source>The cluster's address (https://…; http:// only for this computer).</source>
        <translation>Die Adresse des Clusters (https://…; http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <source>Use the saved cluster profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Cluster-Profil &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file, for this cluster only.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen, nur für diesen Cluster.</translation>
    </message>
    <message>
        <source>Give up when the cluster sends nothing for &lt;seconds&gt;.</source>
        <translation>Aufgeben, wenn der Cluster &lt;seconds&gt; Sekunden lang nichts sendet.</translation>
    </message>
    <message>
        <source>give either %1 or %2 (see --help)</source>
        <translation>geben Sie entweder %1 oder %2 an (siehe --help)</translation>
    </message>
    <message>
        <source>no cluster profile named '%1' (see '%2')</source>
        <translation>kein Cluster-Profil namens „%1“ (siehe „%2“)</translation>
    </message>
    <message>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout benötigt eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>%1: the token file cannot be read (%2)</source>
        <translation>%1: Die Token-Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the token file is empty</source>
        <translation>%1: Die Token-Datei ist leer</translation>
    </message>
    <message>
        <source>warning: %1 is ignored with --profile; using the token stored for '%2' (give %3 to use another one)</source>
        <translation>Warnung: %1 wird bei --profile ignoriert; das für „%2“ gespeicherte Token wird verwendet (geben Sie %3 an, um ein anderes zu verwenden)</translation>
    </message>
    <message>
        <source>no API token: set %1, give %2, or use a profile whose token is stored with '%3'</source>
        <translation>kein API-Token: Setzen Sie %1, geben Sie %2 an, oder verwenden Sie ein Profil, dessen Token mit „%3“ gespeichert ist</translation>
    </message>
    <message>
        <source>%1 (use '%2', or give %3)</source>
        <translation>%1 (verwenden Sie „%2“, oder geben Sie %3 an)</translation>
    </message>
    <message>
        <source>Read the API token from the first line of &lt;file&gt;, which only its owner may read (chmod 600). Without it: with --cluster the token is %1; with --profile it is the profile's token in the system keychain (%1 is then ignored, with a warning, so it never goes to the profile's address by accident).</source>
        <extracomment>&lt;file&gt; is the option's metavariable; %1 is the environment variable.</extracomment>
        <translation>Das API-Token aus der ersten Zeile von &lt;file&gt; lesen, die nur ihr Eigentümer lesen darf (chmod 600). Ohne diese Option: Mit --cluster ist das Token %1; mit --profile ist es das Token des Profils im Schlüsselbund des Systems (%1 wird dann mit einer Warnung ignoriert, damit es nie versehentlich an die Adresse des Profils gelangt).</translation>
    </message>
    <message>
        <source>permissions %1 for '%2' are too open; %3</source>
        <extracomment>ssh's wording; %1 is an octal mode such as 0644, %2 the file, %3 the command that fixes it.</extracomment>
        <translation>Zugriffsrechte %1 für „%2“ sind zu offen; %3</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Common</name>
    <message>
        <source>The first period (ISO 8601 interval, end excluded).</source>
        <translation>Der erste Zeitraum (ISO-8601-Intervall, Ende ausgeschlossen).</translation>
    </message>
    <message>
        <source>The second period (ISO 8601 interval, end excluded).</source>
        <translation>Der zweite Zeitraum (ISO-8601-Intervall, Ende ausgeschlossen).</translation>
    </message>
    <message>
        <source>give both %1 and %2 (see --help)</source>
        <translation>geben Sie sowohl %1 als auch %2 an (siehe --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1 (see '%2 --help')</source>
        <extracomment>%1 is the parser's message, %2 the command, e.g. "license-usage csv".</extracomment>
        <translation>%1 (siehe „%2 --help“)</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (see --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>--%1: '%2' is not an ISO 8601 date or date-time (e.g. %3 or %4)</source>
        <extracomment>%1 is an option name, %2 the value given, %3 and %4 examples.</extracomment>
        <translation>--%1: „%2“ ist kein Datum oder Zeitpunkt nach ISO 8601 (z. B. %3 oder %4)</translation>
    </message>
    <message>
        <source>--%1: '%2' is not an ISO 8601 interval FROM/TO (e.g. %3)</source>
        <extracomment>%1 is an option name, %2 the value given, %3 an example.</extracomment>
        <translation>--%1: „%2“ ist kein ISO-8601-Intervall FROM/TO (z. B. %3)</translation>
    </message>
    <message>
        <source>--%1: the period is empty: it starts at %2 and ends at %3</source>
        <extracomment>%1 is an option name, %2 and %3 the period's start and end.</extracomment>
        <translation>--%1: der Zeitraum ist leer: er beginnt um %2 und endet um %3</translation>
    </message>
</context>
<context>
    <name>LicenseCli::CsvOptions</name>
    <message>
        <source>Write to &lt;file&gt; (atomically) instead of stdout; "-" is stdout.</source>
        <translation>In &lt;file&gt; (atomar) statt in die Standardausgabe schreiben; „-“ ist die Standardausgabe.</translation>
    </message>
    <message>
        <source>Rows per hour (default), day or month, in UTC.</source>
        <translation>Zeilen je Stunde (Standard), Tag oder Monat, in UTC.</translation>
    </message>
    <message>
        <source>Only this environment id; repeat for several.</source>
        <translation>Nur diese Umgebungs-ID; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>--granularity must be hour, day or month, not '%1'</source>
        <extracomment>"hour", "day" and "month" are values of the option and stay as they are.</extracomment>
        <translation>--granularity muss hour, day oder month sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>LicenseCli::DemoCluster</name>
    <message>
        <source>Serves the built-in demo cluster on 127.0.0.1 until interrupted (Ctrl+C).
It answers the Cluster API v2 license endpoints with generated data, for trying 'fetch' and
'environments' without a real cluster. Its tokens are printed; they only work with this demo.</source>
        <extracomment>'fetch' and 'environments' are command names and stay as they are.</extracomment>
        <translation>Stellt den eingebauten Demo-Cluster auf 127.0.0.1 bereit, bis er unterbrochen wird (Strg+C).
Er beantwortet die Lizenz-Endpunkte der Cluster API v2 mit erzeugten Daten, um „fetch“ und
„environments“ ohne echten Cluster auszuprobieren. Seine Tokens werden ausgegeben; sie
funktionieren nur mit dieser Demo.</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default: any free port).</source>
        <translation>Auf &lt;port&gt; lauschen (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Serve https:// with the demo certificate (its CA file is printed).</source>
        <translation>https:// mit dem Demo-Zertifikat anbieten (seine CA-Datei wird ausgegeben).</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Startwert (Seed) der erzeugten Daten.</translation>
    </message>
    <message>
        <source>--port needs a number between %1 and %2</source>
        <translation>--port benötigt eine Zahl zwischen %1 und %2</translation>
    </message>
    <message>
        <source>--seed needs a non-negative number</source>
        <translation>--seed benötigt eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>%1: the demo CA certificate cannot be written</source>
        <translation>%1: Das CA-Zertifikat der Demo kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Token without the Service Provider API scope (answers 403): %1</source>
        <translation>Token ohne die Berechtigung Service Provider API (antwortet mit 403): %1</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>CA-Zertifikat: %1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Ausprobieren: %1</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Läuft bis zur Unterbrechung (Strg+C).</translation>
    </message>
    <message>
        <source>Report billed usage at &lt;percent&gt; of every quota in /clusterLicense (for trying 'check').</source>
        <extracomment>'check' is a command name and stays as it is.</extracomment>
        <translation>In /clusterLicense eine abgerechnete Nutzung von &lt;percent&gt; jedes Kontingents melden (zum Ausprobieren von „check“).</translation>
    </message>
    <message>
        <source>Report a license without quotas in /clusterLicense.</source>
        <translation>In /clusterLicense eine Lizenz ohne Kontingente melden.</translation>
    </message>
    <message>
        <source>--license-usage needs a percentage of 0 or more</source>
        <translation>--license-usage benötigt einen Prozentsatz von 0 oder mehr</translation>
    </message>
    <message>
        <source>Report a host-unit quota of &lt;ID=HU&gt; for one environment in /environments (with includeConsumptionInfo), repeatable; the others are unlimited. Without it the first environment has %1 host units and the second %2.</source>
        <extracomment>'ID=HU' stays as it is: an environment id, '=', host units.</extracomment>
        <translation>In /environments (mit includeConsumptionInfo) ein Host-Unit-Kontingent von &lt;ID=HU&gt; für eine Umgebung melden, wiederholbar; die übrigen sind unbegrenzt. Ohne diese Option hat die erste Umgebung %1 Host-Units und die zweite %2.</translation>
    </message>
    <message>
        <source>Report no environment quotas in /environments.</source>
        <translation>In /environments keine Umgebungskontingente melden.</translation>
    </message>
    <message>
        <source>--environment-quota needs an environment id, '=' and host units, not '%1'</source>
        <translation>--environment-quota braucht eine Umgebungs-ID, „=“ und Host-Units, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ExportCommands</name>
    <message>
        <source>no export file given (see --help)</source>
        <translation>keine Exportdatei angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>one export file at a time (see --help)</source>
        <translation>nur eine Exportdatei auf einmal (siehe --help)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Writes the usage CSV of an export: one row per hour (or day, or month) and environment.</source>
        <translation>Schreibt die Nutzungs-CSV eines Exports: eine Zeile je Stunde (oder Tag oder Monat) und Umgebung.</translation>
    </message>
    <message>
        <source>The export: a ZIP or a JSON file.</source>
        <translation>Der Export: eine ZIP- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Shows per-environment totals of an export, the hours it covers, missing hours and warnings.
Host units and DEM units are estimates from the export's inputs, not billed figures; DDUs are the export's own figures.</source>
        <translation>Zeigt die Summen je Umgebung eines Exports, die abgedeckten Stunden, fehlende Stunden und
Warnungen. Host Units und DEM Units sind Schätzungen aus den Eingangsdaten des Exports, keine
abgerechneten Werte; DDUs sind die Werte des Exports selbst.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Host-Unit-Stunden</translation>
    </message>
    <message>
        <source>Peak host units</source>
        <translation>Host Units (Spitzenwert)</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM Units (gesch.)</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Lücken:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, %4)</source>
        <extracomment>%1 and %2 are hours in ISO 8601, %3 the number of hours, %4 the number of hourly files.</extracomment>
        <translation>%1 bis %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hourly file(s)</source>
        <translation>
            <numerusform>%n Stundendatei</numerusform>
            <numerusform>%n Stundendateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from the export's inputs, not billed units.</source>
        <translation>Schätzungen aus den Eingangsdaten des Exports, keine abgerechneten Einheiten.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n missing hour(s)</source>
        <translation>
            <numerusform>%n fehlende Stunde</numerusform>
            <numerusform>%n fehlende Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (%3 h)</source>
        <extracomment>%3 is a number of hours, "h" the unit.</extracomment>
        <translation>%1 bis %2 (%3 h)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a synthetic export with the layout and shape of a real one, the same bytes for the same options.</source>
        <translation>Schreibt einen synthetischen Export mit Aufbau und Form eines echten, bei gleichen Optionen byte-gleich.</translation>
    </message>
    <message>
        <source>The ZIP file to write (required).</source>
        <translation>Die zu schreibende ZIP-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Number of environments (default %1).</source>
        <translation>Anzahl der Umgebungen (Standard %1).</translation>
    </message>
    <message>
        <source>Number of hosts over all environments (default %1).</source>
        <translation>Anzahl der Hosts über alle Umgebungen (Standard %1).</translation>
    </message>
    <message>
        <source>Number of hours (default %1).</source>
        <translation>Anzahl der Stunden (Standard %1).</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Startwert des Zufallsgenerators (Standard %1).</translation>
    </message>
    <message>
        <source>First hour, ISO 8601 in UTC (default: hours before %1).</source>
        <translation>Erste Stunde, ISO 8601 in UTC (Standard: die Stunden vor %1).</translation>
    </message>
    <message>
        <source>JSON files directly in the ZIP instead of the nested layout.</source>
        <translation>JSON-Dateien direkt im ZIP statt des verschachtelten Aufbaus.</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (see --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>%1 is required (see --help)</source>
        <translation>%1 ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <extracomment>%1 is an option name.</extracomment>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>--start '%1' is not an ISO 8601 date-time</source>
        <translation>--start „%1“ ist kein Zeitpunkt nach ISO 8601</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Fetch</name>
    <message>
        <source>Downloads a license consumption export (a ZIP) from a Dynatrace Managed cluster.
The range is aligned to whole UTC hours; its end is at most two hours before the current hour.
The token is never taken from the command line: use --token-file, %1, or a profile
whose token is stored in the system keychain ('%2').</source>
        <translation>Lädt einen Export des Lizenzverbrauchs (ein ZIP) von einem Dynatrace-Managed-Cluster herunter.
Der Zeitraum wird auf volle UTC-Stunden ausgerichtet; sein Ende liegt höchstens zwei Stunden
vor der aktuellen Stunde. Das Token wird nie aus der Befehlszeile übernommen: Verwenden Sie
--token-file, %1 oder ein Profil, dessen Token im Schlüsselbund
des Systems gespeichert ist („%2“).</translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless a zone is given; default: 30 days before the current hour).</source>
        <translation>Beginn (ISO 8601, UTC, sofern keine Zeitzone angegeben ist; Standard: 30 Tage vor der aktuellen Stunde).</translation>
    </message>
    <message>
        <source>End (ISO 8601; default and latest: two hours before the current hour).</source>
        <translation>Ende (ISO 8601; Standard und spätestens: zwei Stunden vor der aktuellen Stunde).</translation>
    </message>
    <message>
        <source>Write the ZIP to &lt;file&gt; (replaced only when complete).</source>
        <translation>Das ZIP in &lt;file&gt; schreiben (wird erst ersetzt, wenn es vollständig ist).</translation>
    </message>
    <message>
        <source>While the cluster is busy (another export, an upgrade), retry for at most &lt;minutes&gt; (default %1, at most %2).</source>
        <translation>Solange der Cluster beschäftigt ist (ein anderer Export, eine Aktualisierung), höchstens &lt;minutes&gt; Minuten lang erneut versuchen (Standard %1, höchstens %2).</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (the token is never given on the command line; see --help)</source>
        <translation>unerwartetes Argument „%1“ (das Token wird nie in der Befehlszeile angegeben; siehe --help)</translation>
    </message>
    <message>
        <source>no output file: give %1</source>
        <translation>keine Ausgabedatei: Geben Sie %1 an</translation>
    </message>
    <message>
        <source>--max-wait needs a number of minutes between %1 and %2</source>
        <translation>--max-wait benötigt eine Anzahl Minuten zwischen %1 und %2</translation>
    </message>
    <message>
        <source>the end was moved to %1: the cluster exports hours up to two hours before the current hour</source>
        <translation>das Ende wurde auf %1 verschoben: Der Cluster exportiert Stunden nur bis zwei Stunden vor der aktuellen Stunde</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes; hours %3 to %4)</source>
        <extracomment>%1 is the file, %2 its size in bytes, %3 and %4 the first and the end hour in ISO 8601.</extracomment>
        <translation>%1 gespeichert (%2 Bytes; Stunden %3 bis %4)</translation>
    </message>
    <message>
        <source>interrupted; nothing was saved</source>
        <translation>unterbrochen; es wurde nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>LicenseCli::HistoryCommands</name>
    <message>
        <source>already in the history; nothing changed</source>
        <translation>schon im Verlauf; nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) added</source>
        <translation>
            <numerusform>%n Stunde hinzugefügt</numerusform>
            <numerusform>%n Stunden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced</source>
        <translation>
            <numerusform>%n Stunde ersetzt</numerusform>
            <numerusform>%n Stunden ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>%n Wert geändert</numerusform>
            <numerusform>%n Werte geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left alone: a newer export holds them</source>
        <translation>
            <numerusform>%n Stunde belassen: ein neuerer Export enthält sie</numerusform>
            <numerusform>%n Stunden belassen: ein neuerer Export enthält sie</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>Adds exports to the history. Each is checked as hostile input, kept byte for byte beside the store and merged hour by hour: for an hour that two exports hold, the one made most recently stands. An export is added whole or not at all, even when the command is interrupted; run it again to finish.</source>
        <translation>Fügt Exporte dem Verlauf hinzu. Jeder wird als feindliche Eingabe geprüft, Byte für Byte neben dem Speicher aufbewahrt und Stunde für Stunde zusammengeführt: Für eine Stunde, die zwei Exporte enthalten, gilt der zuletzt erstellte. Ein Export kommt ganz oder gar nicht hinzu, auch wenn der Befehl unterbrochen wird; zum Fertigstellen erneut ausführen.</translation>
    </message>
    <message>
        <source>The exports: ZIP or JSON files.</source>
        <translation>Die Exporte: ZIP- oder JSON-Dateien.</translation>
    </message>
    <message>
        <source>no export file given (see --help)</source>
        <translation>keine Exportdatei angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Writes the usage CSV of a range of the history, as %1 writes it for one export: one row per hour (or day, or month) and environment. Without --from and --to, all the history of the cluster (or of every cluster). A range without data gives the header alone.</source>
        <translation>Schreibt die Nutzungs-CSV eines Zeitraums des Verlaufs, so wie %1 sie für einen Export schreibt: eine Zeile je Stunde (oder Tag oder Monat) und Umgebung. Ohne --from und --to den ganzen Verlauf des Clusters (oder aller Cluster). Ein Zeitraum ohne Daten ergibt nur die Kopfzeile.</translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless a zone is given; default: the first hour in the history).</source>
        <translation>Beginn (ISO 8601, UTC, sofern keine Zeitzone angegeben ist; Standard: die erste Stunde im Verlauf).</translation>
    </message>
    <message>
        <source>End, not included (ISO 8601; default: the end of the last hour in the history).</source>
        <translation>Ende, nicht eingeschlossen (ISO 8601; Standard: das Ende der letzten Stunde im Verlauf).</translation>
    </message>
    <message>
        <source>Only the cluster with this UUID (default: every cluster).</source>
        <translation>Nur der Cluster mit dieser UUID (Standard: alle Cluster).</translation>
    </message>
    <message>
        <source>the range is empty: it starts at %1 and ends at %2</source>
        <translation>der Zeitraum ist leer: er beginnt um %1 und endet um %2</translation>
    </message>
    <message>
        <source>Prints the hours no export holds between each cluster's first and last hour in the history, one line per missing range: cluster UUID, first missing hour, end (not included), number of hours. Nothing else goes to standard output.</source>
        <translation>Gibt die Stunden zwischen der ersten und der letzten Stunde jedes Clusters im Verlauf aus, die kein Export enthält, eine Zeile je fehlendem Zeitraum: Cluster-UUID, erste fehlende Stunde, Ende (nicht eingeschlossen), Anzahl der Stunden. Sonst geht nichts in die Standardausgabe.</translation>
    </message>
    <message>
        <source>the history holds no hour of cluster %1</source>
        <translation>der Verlauf enthält keine Stunde des Clusters %1</translation>
    </message>
    <message>
        <source>Lists the exports the history holds: id (for %1), file, cluster, the hours it holds, when it was made and ingested, and for how many of its hours it stands.</source>
        <translation>Listet die Exporte im Verlauf auf: ID (für %1), Datei, Cluster, die enthaltenen Stunden, wann er erstellt und aufgenommen wurde und für wie viele seiner Stunden er gilt.</translation>
    </message>
    <message>
        <source>The history holds no exports.</source>
        <translation>Der Verlauf enthält keine Exporte.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Ingested</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Hours standing</source>
        <translation>Geltende Stunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 of %2 hours of the export stand (no newer export holds them).</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rebuilds the store from the kept exports, with progress on standard error. Kept exports the store does not list (a lost or damaged store moved aside) are added again.</source>
        <translation>Baut den Speicher aus den aufbewahrten Exporten neu auf, mit Fortschritt in der Standardfehlerausgabe. Aufbewahrte Exporte, die der Speicher nicht aufführt (ein verlorener oder beiseitegelegter beschädigter Speicher), werden wieder hinzugefügt.</translation>
    </message>
    <message>
        <source>Rebuilding %1/%2: %3</source>
        <extracomment>Progress of a rebuild: %1 and %2 count exports, %3 is a file name.</extracomment>
        <translation>Neuaufbau %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the history from %n kept export(s).</source>
        <translation>
            <numerusform>Verlauf aus %n aufbewahrten Export neu aufgebaut.</numerusform>
            <numerusform>Verlauf aus %n aufbewahrten Exporten neu aufgebaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes an export and its kept copy from the history; its hours go to the best remaining export that holds them.</source>
        <translation>Entfernt einen Export und seine aufbewahrte Kopie aus dem Verlauf; seine Stunden gehen an den besten verbleibenden Export, der sie enthält.</translation>
    </message>
    <message>
        <source>The export's id as %1 shows it, or the start of its SHA-256.</source>
        <translation>Die ID des Exports, wie %1 sie zeigt, oder der Anfang seines SHA-256.</translation>
    </message>
    <message>
        <source>give one export: its id as %1 shows it (see --help)</source>
        <translation>einen Export angeben: seine ID, wie %1 sie zeigt (siehe --help)</translation>
    </message>
    <message>
        <source>the history holds no export '%1' (see %2)</source>
        <translation>der Verlauf enthält keinen Export „%1“ (siehe %2)</translation>
    </message>
    <message numerus="yes">
        <source>'%1' starts the SHA-256 of %n export(s); give more of it</source>
        <translation>
            <numerusform>„%1“ ist der Anfang des SHA-256 von %n Export; mehr davon angeben</numerusform>
            <numerusform>„%1“ ist der Anfang des SHA-256 von %n Exporten; mehr davon angeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot export %1 (%2).</source>
        <extracomment>%1 is the export's id, %2 its file name.</extracomment>
        <translation>Export %1 (%2) entfernt.</translation>
    </message>
    <message>
        <source>Add exports</source>
        <translation>Exporte hinzufügen</translation>
    </message>
    <message>
        <source>Write the usage CSV of any range of the history</source>
        <translation>Die Nutzungs-CSV eines beliebigen Zeitraums des Verlaufs schreiben</translation>
    </message>
    <message>
        <source>List the hours no export holds, one line per missing range</source>
        <translation>Die Stunden auflisten, die kein Export enthält, eine Zeile je fehlendem Zeitraum</translation>
    </message>
    <message>
        <source>List the exports held</source>
        <translation>Die enthaltenen Exporte auflisten</translation>
    </message>
    <message>
        <source>Rebuild the store from the kept exports</source>
        <translation>Den Speicher aus den aufbewahrten Exporten neu aufbauen</translation>
    </message>
    <message>
        <source>Remove an export from the history</source>
        <translation>Einen Export aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>The history merges every export into one local store, so any range of any cluster can be read
whatever export it came from. Every command takes %1 to use another store than the one
the settings choose.</source>
        <translation>Der Verlauf führt jeden Export in einem lokalen Speicher zusammen, sodass jeder Zeitraum jedes Clusters
gelesen werden kann, gleich aus welchem Export er stammt. Jeder Befehl nimmt %1, um einen anderen
Speicher als den in den Einstellungen gewählten zu verwenden.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>A command's options: %1</source>
        <translation>Die Optionen eines Befehls: %1</translation>
    </message>
    <message>
        <source>unknown history command '%1' (see %2)</source>
        <translation>unbekannter Verlaufsbefehl „%1“ (siehe %2)</translation>
    </message>
</context>
<context>
    <name>LicenseCli::HistoryOption</name>
    <message>
        <source>Use the history store &lt;file&gt; (and the kept exports beside it), or the shared store postgresql://USER@HOST:PORT/DATABASE?sslmode=… (its password from ~/.pgpass, never in the URI), instead of the one the settings choose.</source>
        <translation>Den Verlaufsspeicher &lt;file&gt; (und die daneben aufbewahrten Exporte) oder den gemeinsamen Speicher postgresql://USER@HOST:PORT/DATABASE?sslmode=… (sein Passwort aus ~/.pgpass, nie in der URI) statt des in den Einstellungen gewählten verwenden.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Main</name>
    <message>
        <source>Write the hourly, daily or monthly usage CSV of an export</source>
        <translation>Die stündliche, tägliche oder monatliche Nutzungs-CSV eines Exports schreiben</translation>
    </message>
    <message>
        <source>Show per-environment totals, the covered range, gaps and warnings</source>
        <translation>Summen je Umgebung, abgedeckten Zeitraum, Lücken und Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Write a synthetic export for trying things out</source>
        <translation>Einen synthetischen Export zum Ausprobieren schreiben</translation>
    </message>
    <message>
        <source>Download an export from a cluster</source>
        <translation>Einen Export von einem Cluster herunterladen</translation>
    </message>
    <message>
        <source>List a cluster's environments</source>
        <translation>Die Umgebungen eines Clusters auflisten</translation>
    </message>
    <message>
        <source>Add, list or remove cluster profiles</source>
        <translation>Cluster-Profile anlegen, auflisten oder entfernen</translation>
    </message>
    <message>
        <source>Store a profile's API token in the system keychain</source>
        <translation>Das API-Token eines Profils im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Serve the built-in demo cluster on loopback</source>
        <translation>Den eingebauten Demo-Cluster auf Loopback bereitstellen</translation>
    </message>
    <message>
        <source>Show this help, or a command's help with: %1</source>
        <translation>Diese Hilfe anzeigen oder die Hilfe eines Befehls mit: %1</translation>
    </message>
    <message>
        <source>Show the version and the versions of the libraries in use</source>
        <translation>Die Version und die Versionen der verwendeten Bibliotheken anzeigen</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Reads Dynatrace Managed license consumption exports and fetches them from clusters.</source>
        <translation>Liest Exporte des Lizenzverbrauchs von Dynatrace Managed und ruft sie von Clustern ab.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>unknown command '%1' (see %2)</source>
        <translation>unbekannter Befehl „%1“ (siehe %2)</translation>
    </message>
    <message>
        <source>Keep every export in one local history: import, CSV of any range, gaps, list, rebuild</source>
        <translation>Jeden Export in einem lokalen Verlauf aufbewahren: Import, CSV beliebiger Zeiträume, Lücken, Liste, Neuaufbau</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 local failure, 2 usage error, 3 invalid or unsafe export,
4 network, TLS or cluster error, 5 history store unusable.</source>
        <extracomment>The exit status numbers stay as they are.</extracomment>
        <translation>Exit-Status: 0 Erfolg, 1 lokaler Fehler, 2 Aufruffehler, 3 ungültiger oder unsicherer Export,
4 Netzwerk-, TLS- oder Cluster-Fehler, 5 Verlaufsspeicher unbrauchbar.</translation>
    </message>
    <message>
        <source>Fetch what the history lacks of a cluster, in chunks</source>
        <translation>Abrufen, was dem Verlauf von einem Cluster fehlt, in Abschnitten</translation>
    </message>
    <message>
        <source>Check license usage against the quotas, as a Nagios/Icinga plugin</source>
        <translation>Lizenznutzung gegen die Kontingente prüfen, als Nagios-/Icinga-Plugin</translation>
    </message>
    <message>
        <source>Answers and statements from the history: overage, host churn, comparison, forecast, reconciliation, chargeback</source>
        <translation>Antworten und Abrechnungen aus dem Verlauf: Überschreitung, Host-Wechsel, Vergleich, Prognose, Abgleich, Kostenverrechnung</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ProgressPrinter</name>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate; %1 is an amount of data such as "2.5 MiB".</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1% %2 of %3, %4</source>
        <extracomment>%1 is the percentage, %2 and %3 amounts of data, %4 the rate.</extracomment>
        <translation>%1 % %2 von %3, %4</translation>
    </message>
    <message>
        <source>%1 received, %2</source>
        <translation>%1 empfangen, %2</translation>
    </message>
    <message>
        <source>received %1 of %2, %3</source>
        <translation>%1 von %2 empfangen, %3</translation>
    </message>
    <message>
        <source>received %1, %2</source>
        <translation>%1 empfangen, %2</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportChargeback</name>
    <message>
        <source>Writes the chargeback statements of a period from the history: one per cost centre, each environment's host-unit hours, DEM units, DDUs, log upload and months at the rate card's prices, in minor currency units that add up to the cluster's totals. An environment's cost centre is the value of its tag with the key given (from the cluster's list of environments, kept by sync), unless the mapping file names it; environments with neither are Unallocated. The file's extension chooses CSV or PDF.</source>
        <translation>Schreibt die Kostenverrechnung eines Zeitraums aus dem Verlauf: eine Abrechnung je Kostenstelle mit den Host-Unit-Stunden, DEM-Units, DDUs, dem Log-Upload und den Monaten jeder Umgebung zu den Preisen der Preisliste, in kleinsten Währungseinheiten, die sich zu den Summen des Clusters addieren. Die Kostenstelle einer Umgebung ist der Wert ihres Tags mit dem angegebenen Schlüssel (aus der Umgebungsliste des Clusters, von sync gespeichert), sofern die Zuordnungsdatei sie nicht nennt; Umgebungen ohne beides sind Unallocated. Die Dateiendung wählt CSV oder PDF.</translation>
    </message>
    <message>
        <source>The rate card (JSON).</source>
        <translation>Die Preisliste (JSON).</translation>
    </message>
    <message>
        <source>The period as an ISO 8601 interval, the end excluded.</source>
        <translation>Der Zeitraum als ISO-8601-Intervall, das Ende ausgeschlossen.</translation>
    </message>
    <message>
        <source>The key of the environment tag that names the cost centre (default: %1).</source>
        <translation>Der Schlüssel des Umgebungs-Tags, der die Kostenstelle nennt (Standard: %1).</translation>
    </message>
    <message>
        <source>A CSV "environment_id,cost_centre" that overrides tags.</source>
        <translation>Eine CSV „environment_id,cost_centre“, die Vorrang vor Tags hat.</translation>
    </message>
    <message>
        <source>The cluster's UUID (needed when the history holds several).</source>
        <translation>Die UUID des Clusters (nötig, wenn der Verlauf mehrere enthält).</translation>
    </message>
    <message>
        <source>The statement file: .csv or .pdf.</source>
        <translation>Die Abrechnungsdatei: .csv oder .pdf.</translation>
    </message>
    <message>
        <source>--%1 is required (see --help)</source>
        <translation>--%1 ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>-o: '%1' must end in .csv or .pdf</source>
        <translation>-o: „%1“ muss auf .csv oder .pdf enden</translation>
    </message>
    <message>
        <source>the history holds several clusters in the period (%1): choose one with %2</source>
        <translation>der Verlauf enthält im Zeitraum mehrere Cluster (%1): einen mit %2 wählen</translation>
    </message>
    <message>
        <source>the period has no usage data in the history</source>
        <translation>der Zeitraum hat keine Nutzungsdaten im Verlauf</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportChurn</name>
    <message>
        <source>Writes every host counted in either period, per environment: added, removed, mode_changed, resized or unchanged, with its mode and host units in its last counted hour of each period and its host-unit hours in each, the biggest difference first. Unchanged hosts only with --all.</source>
        <translation>Schreibt jeden Host, der in einem der beiden Zeiträume gezählt wurde, je Umgebung: added, removed, mode_changed, resized oder unchanged, mit seinem Modus und seinen Host-Units in seiner letzten gezählten Stunde jedes Zeitraums und seinen Host-Unit-Stunden in jedem, die größte Differenz zuerst. Unveränderte Hosts nur mit --all.</translation>
    </message>
    <message>
        <source>Include the unchanged hosts.</source>
        <translation>Auch die unveränderten Hosts aufführen.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed mode, %4 resized, %5 unchanged.</source>
        <extracomment>The counts of hosts per kind of change; %1 to %5.</extracomment>
        <translation>%1 hinzugekommen, %2 entfallen, %3 mit anderem Modus, %4 in anderer Größe, %5 unverändert.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportCommands</name>
    <message>
        <source>The hours over the host-unit quota and each environment's share</source>
        <translation>Die Stunden über dem Host-Unit-Kontingent und der Anteil jeder Umgebung</translation>
    </message>
    <message>
        <source>The hosts added, removed, resized or changed in mode</source>
        <translation>Die hinzugekommenen, entfallenen, in Größe oder Modus geänderten Hosts</translation>
    </message>
    <message>
        <source>Two periods side by side, per environment and in total</source>
        <translation>Zwei Zeiträume nebeneinander, je Umgebung und insgesamt</translation>
    </message>
    <message>
        <source>Consumption at the end of the license period</source>
        <translation>Der Verbrauch am Ende des Lizenzzeitraums</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Answers computed from the history, each written as a CSV. Periods are ISO 8601 intervals FROM/TO,
the end not included. Every report takes %1.</source>
        <translation>Aus dem Verlauf berechnete Antworten, jede als CSV geschrieben. Zeiträume sind ISO-8601-Intervalle FROM/TO,
das Ende nicht eingeschlossen. Jeder Bericht nimmt %1.</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Berichte:</translation>
    </message>
    <message>
        <source>A report's options: %1</source>
        <translation>Die Optionen eines Berichts: %1</translation>
    </message>
    <message>
        <source>unknown report '%1' (see %2)</source>
        <translation>unbekannter Bericht „%1“ (siehe %2)</translation>
    </message>
    <message>
        <source>The estimate of the license period beside the cluster's billed usage, with likely reasons</source>
        <translation>Die Schätzung des Lizenzzeitraums neben der abgerechneten Nutzung des Clusters, mit wahrscheinlichen Gründen</translation>
    </message>
    <message>
        <source>Chargeback statements per cost centre, as CSV or PDF</source>
        <translation>Kostenverrechnung je Kostenstelle, als CSV oder PDF</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportCompare</name>
    <message>
        <source>Writes two periods side by side, per environment and in total: host-unit hours, peak host units, DEM units, DDUs (total and per pool), sessions, log upload volume, and log storage (its peak and average, a level that is never summed), each with its absolute and relative change.</source>
        <translation>Schreibt zwei Zeiträume nebeneinander, je Umgebung und insgesamt: Host-Unit-Stunden, Spitzen-Host-Units, DEM-Units, DDUs (gesamt und je Pool), Sitzungen, Log-Upload-Volumen und Log-Speicher (dessen Spitze und Mittel, ein Bestand, der nie summiert wird), jeweils mit absoluter und relativer Änderung.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportForecast</name>
    <message>
        <source>Writes the forecast of a pool licensed as a total over the license period: consumed so far, the projection at the period's end from the mean daily value of the recent complete days, a band of one standard deviation of those days either side, the percentage of the quota and when the quota is reached. Refuses (exit 1, no file) with fewer than %1 complete days of data.</source>
        <translation>Schreibt die Prognose eines Pools, der als Summe über den Lizenzzeitraum lizenziert ist: bisher verbraucht, die Hochrechnung zum Ende des Zeitraums aus dem mittleren Tageswert der letzten vollständigen Tage, ein Band von einer Standardabweichung dieser Tage nach beiden Seiten, der Anteil am Kontingent und wann das Kontingent erreicht wird. Verweigert (Exit 1, keine Datei) bei weniger als %1 vollständigen Tagen an Daten.</translation>
    </message>
    <message>
        <source>What to forecast: dem, ddu or host-unit-hours.</source>
        <translation>Was prognostiziert wird: dem, ddu oder host-unit-hours.</translation>
    </message>
    <message>
        <source>The quota for the period.</source>
        <translation>Das Kontingent für den Zeitraum.</translation>
    </message>
    <message>
        <source>The license period (ISO 8601 interval, end excluded).</source>
        <translation>Der Lizenzzeitraum (ISO-8601-Intervall, Ende ausgeschlossen).</translation>
    </message>
    <message>
        <source>The days of data the daily rate is taken from (default: 28).</source>
        <translation>Die Tage an Daten, aus denen die Tagesrate genommen wird (Standard: 28).</translation>
    </message>
    <message>
        <source>--metric must be dem, ddu or host-unit-hours, not '%1'</source>
        <extracomment>"dem", "ddu" and "host-unit-hours" are values of the option and stay as they are.</extracomment>
        <translation>--metric muss dem, ddu oder host-unit-hours sein, nicht „%1“</translation>
    </message>
    <message>
        <source>give either %1 or %2, not both</source>
        <translation>geben Sie entweder %1 oder %2 an, nicht beides</translation>
    </message>
    <message>
        <source>--window must be a whole number of days, at least %1</source>
        <translation>--window muss eine ganze Zahl von Tagen sein, mindestens %1</translation>
    </message>
    <message>
        <source>give the license period with %1 (see --help)</source>
        <translation>geben Sie den Lizenzzeitraum mit %1 an (siehe --help)</translation>
    </message>
    <message>
        <source>Projected at %1: %2 (%3 to %4), an estimate.</source>
        <translation>Hochgerechnet zum %1: %2 (%3 bis %4), eine Schätzung.</translation>
    </message>
    <message>
        <source>%1 percent of the quota.</source>
        <translation>%1 Prozent des Kontingents.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportOptions</name>
    <message>
        <source>Write the CSV to &lt;file&gt; (atomically); "-" is stdout.</source>
        <translation>Die CSV nach &lt;file&gt; schreiben (atomar); „-“ ist die Standardausgabe.</translation>
    </message>
    <message>
        <source>The cluster of the history to read (needed when it holds several).</source>
        <translation>Der Cluster des Verlaufs, der gelesen wird (nötig, wenn er mehrere enthält).</translation>
    </message>
    <message>
        <source>no output file given: add %1 (see --help)</source>
        <translation>keine Ausgabedatei angegeben: fügen Sie %1 hinzu (siehe --help)</translation>
    </message>
    <message>
        <source>the history holds no hour of cluster %1</source>
        <translation>der Verlauf enthält keine Stunde des Clusters %1</translation>
    </message>
    <message>
        <source>the history is empty: import exports first (see %1)</source>
        <translation>der Verlauf ist leer: importieren Sie zuerst Exporte (siehe %1)</translation>
    </message>
    <message numerus="yes">
        <source>the history holds %n cluster(s): choose one with %1</source>
        <translation>
            <numerusform>der Verlauf enthält %n Cluster: wählen Sie einen mit %1</numerusform>
            <numerusform>der Verlauf enthält %n Cluster: wählen Sie einen mit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: '%2' is not a positive number</source>
        <extracomment>%1 is the option, %2 the value given.</extracomment>
        <translation>--%1: „%2“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>%1: the history holds no hour from %2 to %3</source>
        <extracomment>%1 names the period (e.g. "--before"), %2 and %3 its start and end.</extracomment>
        <translation>%1: der Verlauf enthält keine Stunde von %2 bis %3</translation>
    </message>
    <message>
        <source>the cluster does not report its license (it is older than version 1.326): give the quota with %1</source>
        <translation>der Cluster meldet seine Lizenz nicht (er ist älter als Version 1.326): geben Sie das Kontingent mit %1 an</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportOverage</name>
    <message>
        <source>The host-unit quota.</source>
        <translation>Das Host-Unit-Kontingent.</translation>
    </message>
    <message>
        <source>Start (ISO 8601; default: the first hour in the history).</source>
        <translation>Beginn (ISO 8601; Standard: die erste Stunde im Verlauf).</translation>
    </message>
    <message>
        <source>End, not included (ISO 8601; default: the end of the last hour in the history).</source>
        <translation>Ende, nicht eingeschlossen (ISO 8601; Standard: das Ende der letzten Stunde im Verlauf).</translation>
    </message>
    <message>
        <source>give either %1 or %2 (see --help)</source>
        <translation>geben Sie entweder %1 oder %2 an (siehe --help)</translation>
    </message>
    <message>
        <source>the cluster's license has no host-unit quota: give one with %1</source>
        <translation>die Lizenz des Clusters hat kein Host-Unit-Kontingent: geben Sie eines mit %1 an</translation>
    </message>
    <message>
        <source>the range is empty: it starts at %1 and ends at %2</source>
        <translation>der Zeitraum ist leer: er beginnt um %1 und endet um %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) over the quota of %2 host units; %3 excess host-unit hours (an estimate).</source>
        <extracomment>%n hours over the quota, %2 the quota, %3 the excess host-unit hours.</extracomment>
        <translation>
            <numerusform>%n Stunde über dem Kontingent von %2 Host-Units; %3 überschüssige Host-Unit-Stunden (eine Schätzung).</numerusform>
            <numerusform>%n Stunden über dem Kontingent von %2 Host-Units; %3 überschüssige Host-Unit-Stunden (eine Schätzung).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the hours in which the host units of the whole cluster exceed the host-unit quota: the host units, the quota, the excess, and each environment's share of it (proportional to its host units in that hour). The quota is given with --quota, or read from the cluster's license with --profile (or --cluster); then the hours in which an environment exceeds its own host-unit quota follow, for the environments the cluster reports one for (scope 'environment'). Without --from and --to, all the history of the cluster.</source>
        <translation>Schreibt die Stunden, in denen die Host-Units des ganzen Clusters das Host-Unit-Kontingent überschreiten: die Host-Units, das Kontingent, die Überschreitung und den Anteil jeder Umgebung daran (im Verhältnis zu ihren Host-Units in dieser Stunde). Das Kontingent wird mit --quota angegeben oder mit --profile (oder --cluster) aus der Lizenz des Clusters gelesen; dann folgen die Stunden, in denen eine Umgebung ihr eigenes Host-Unit-Kontingent überschreitet, für die Umgebungen, für die der Cluster eines meldet (Bereich 'environment'). Ohne --from und --to der ganze Verlauf des Clusters.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hour(s) over its quota of %3 host units; %4 excess host-unit hours.</source>
        <extracomment>%1 an environment id, %n hours over its quota, %3 its quota, %4 its excess host-unit hours.</extracomment>
        <translation>
            <numerusform>%1: %n Stunde über ihrem Kontingent von %3 Host-Units; %4 überschüssige Host-Unit-Stunden.</numerusform>
            <numerusform>%1: %n Stunden über ihrem Kontingent von %3 Host-Units; %4 überschüssige Host-Unit-Stunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportReconcile</name>
    <message>
        <source>Writes the history's estimate for the current license period beside the usage the cluster bills for it
(host units, DEM units, DDUs), with the difference and its likely reasons: hours missing from the
history, records the cluster has not billed yet, trial environments, estimation rules that differ from
the defaults. The license period is the license year that starts in the month the settings name.
When the cluster cannot be reached, the estimate is written alone and the exit status is 4.</source>
        <translation>Schreibt die Schätzung des Verlaufs für den aktuellen Lizenzzeitraum neben die Nutzung, die der Cluster
dafür abrechnet (Host Units, DEM Units, DDUs), mit der Differenz und ihren wahrscheinlichen Gründen:
im Verlauf fehlende Stunden, noch nicht abgerechnete Datensätze, Testumgebungen, Schätzregeln, die von
den Standardwerten abweichen. Der Lizenzzeitraum ist das Lizenzjahr, das in dem in den Einstellungen
genannten Monat beginnt. Ist der Cluster nicht erreichbar, wird die Schätzung allein geschrieben und
der Exit-Status ist 4.</translation>
    </message>
    <message>
        <source>Write the CSV to &lt;file&gt;.</source>
        <translation>Die CSV in &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>the output file is missing: give %1</source>
        <translation>die Ausgabedatei fehlt: Geben Sie %1 an</translation>
    </message>
    <message>
        <source>the cluster cannot be reached; the estimate is written alone: %1</source>
        <translation>der Cluster ist nicht erreichbar; die Schätzung wird allein geschrieben: %1</translation>
    </message>
    <message>
        <source>the cluster reports no billed usage (it needs version 1.326 or later); the estimate is written alone</source>
        <translation>der Cluster meldet keine abgerechnete Nutzung (dafür ist Version 1.326 oder neuer nötig); die Schätzung wird allein geschrieben</translation>
    </message>
    <message>
        <source>the history holds no hours of cluster %1; import or sync its exports first</source>
        <translation>der Verlauf enthält keine Stunden des Clusters %1; importieren oder synchronisieren Sie zuerst seine Exporte</translation>
    </message>
    <message numerus="yes">
        <source>the history holds %n cluster(s); without an answer from the cluster the one to reconcile is unknown</source>
        <translation>
            <numerusform>der Verlauf enthält %n Cluster; ohne Antwort des Clusters ist unklar, welcher abzugleichen ist</numerusform>
            <numerusform>der Verlauf enthält %n Cluster; ohne Antwort des Clusters ist unklar, welcher abzugleichen ist</numerusform>
        </translation>
    </message>
    <message>
        <source>the history holds no hours of the license period %1 to %2</source>
        <translation>der Verlauf enthält keine Stunden des Lizenzzeitraums %1 bis %2</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Sync</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 and %2 are hours in ISO 8601.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Keeps the history current: downloads what the history lacks of a cluster, from its last hour
(or --since, or for a cluster new to the history the days the settings name) to two hours
before the current hour, plus the hours missing in between. The range is fetched in chunks,
each downloaded and added to the history before the next, so an interrupted sync continues
where it stopped. For a nightly sync from cron or a systemd timer, give the token with
--token-file (a file only its owner can read).</source>
        <extracomment>'cron' and 'systemd' stay as they are.</extracomment>
        <translation>Hält den Verlauf aktuell: lädt herunter, was dem Verlauf von einem Cluster fehlt, von seiner letzten
Stunde (oder --since, oder bei einem Cluster, der neu im Verlauf ist, so viele Tage, wie die Einstellungen
nennen) bis zwei Stunden vor der aktuellen Stunde, dazu die fehlenden Stunden dazwischen. Der Bereich
wird in Abschnitten abgerufen; jeder wird heruntergeladen und in den Verlauf aufgenommen, bevor der
nächste beginnt, sodass eine unterbrochene Synchronisierung dort fortfährt, wo sie aufgehört hat. Für eine
nächtliche Synchronisierung per cron oder systemd-Timer geben Sie das Token mit --token-file an
(eine Datei, die nur ihr Eigentümer lesen kann).</translation>
    </message>
    <message>
        <source>Fetch what the history lacks from this hour on (ISO 8601, UTC unless a zone is given).</source>
        <translation>Abrufen, was dem Verlauf ab dieser Stunde fehlt (ISO 8601, UTC, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>Download at most &lt;days&gt; per request (default %1).</source>
        <translation>Höchstens &lt;days&gt; Tage pro Anfrage herunterladen (Standard %1).</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (the token is never given on the command line; see --help)</source>
        <translation>unerwartetes Argument „%1“ (das Token wird nie in der Befehlszeile angegeben; siehe --help)</translation>
    </message>
    <message>
        <source>--since %1 is too late: clusters export hours up to %2 (two hours before the current hour)</source>
        <extracomment>%1 and %2 are hours in ISO 8601.</extracomment>
        <translation>--since %1 ist zu spät: Cluster exportieren Stunden bis %2 (zwei Stunden vor der aktuellen Stunde)</translation>
    </message>
    <message>
        <source>--chunk-days needs a number of days between %1 and %2</source>
        <translation>--chunk-days benötigt eine Anzahl Tage zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Nothing to sync: the history lacks no exportable hour of cluster %1.</source>
        <translation>Nichts zu synchronisieren: Dem Verlauf fehlt keine exportierbare Stunde des Clusters %1.</translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: %n chunk(s) to download, between %2 and %3</source>
        <extracomment>%1 is a cluster UUID, %2 and %3 hours in ISO 8601.</extracomment>
        <translation>
            <numerusform>Cluster %1: %n Abschnitt herunterzuladen, zwischen %2 und %3</numerusform>
            <numerusform>Cluster %1: %n Abschnitte herunterzuladen, zwischen %2 und %3</numerusform>
        </translation>
    </message>
    <message>
        <source>chunk %1 of %2: %3</source>
        <extracomment>%1 and %2 count the chunks, %3 is a range of hours.</extracomment>
        <translation>Abschnitt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: the cluster exported no hour of this range</source>
        <extracomment>%1 is a range of hours.</extracomment>
        <translation>%1: Der Cluster hat keine Stunde dieses Bereichs exportiert</translation>
    </message>
    <message>
        <source>%1: hours added: %2, replaced: %3 (%4)</source>
        <extracomment>%1 is a range of hours, %2 and %3 numbers of hours, %4 an amount of data such as "2.5 MiB".</extracomment>
        <translation>%1: Stunden hinzugefügt: %2, ersetzt: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n chunk(s) of cluster %1: hours added: %2, replaced: %3</source>
        <extracomment>%1 is a cluster UUID; %2 and %3 are numbers of hours.</extracomment>
        <translation>
            <numerusform>%n Abschnitt des Clusters %1 synchronisiert: Stunden hinzugefügt: %2, ersetzt: %3</numerusform>
            <numerusform>%n Abschnitte des Clusters %1 synchronisiert: Stunden hinzugefügt: %2, ersetzt: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; the chunks added so far stay in the history</source>
        <translation>unterbrochen; die bisher aufgenommenen Abschnitte bleiben im Verlauf</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ApiRequest</name>
    <message>
        <source>No network access is available.</source>
        <translation>Es ist kein Netzwerkzugang verfügbar.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster sent nothing for %n second(s), so the request was stopped. Check the network, or raise the profile's stall timeout if the cluster is slow.</source>
        <translation>
            <numerusform>Der Cluster hat %n Sekunde lang nichts gesendet, daher wurde die Anfrage beendet. Prüfen Sie das Netzwerk oder erhöhen Sie das Zeitlimit bei Stillstand im Profil, falls der Cluster langsam ist.</numerusform>
            <numerusform>Der Cluster hat %n Sekunden lang nichts gesendet, daher wurde die Anfrage beendet. Prüfen Sie das Netzwerk oder erhöhen Sie das Zeitlimit bei Stillstand im Profil, falls der Cluster langsam ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is only sent over https:// (plain http:// only to this computer).</source>
        <translation>Das Token wird nur über https:// gesendet (unverschlüsseltes http:// nur an diesen Computer).</translation>
    </message>
    <message>
        <source>The cluster's answer is larger than expected; it does not look like a Cluster API answer.</source>
        <translation>Die Antwort des Clusters ist größer als erwartet; sie sieht nicht nach einer Antwort der Cluster API aus.</translation>
    </message>
    <message>
        <source>The cluster redirected the request to %1, which is a different address; the redirect was not followed, so the token was not sent there. If that is the cluster's real address, use it in the profile instead.</source>
        <translation>Der Cluster hat die Anfrage an %1 umgeleitet, eine andere Adresse; der Umleitung wurde nicht gefolgt, daher wurde das Token nicht dorthin gesendet. Falls das die tatsächliche Adresse des Clusters ist, tragen Sie stattdessen diese im Profil ein.</translation>
    </message>
    <message>
        <source>The cluster answered with HTTP %1 instead of data. Check the cluster address.</source>
        <translation>Der Cluster hat mit HTTP %1 statt mit Daten geantwortet. Prüfen Sie die Cluster-Adresse.</translation>
    </message>
    <message>
        <source>The cluster at %1 cannot be reached (%2). Check the address, the network connection and the profile's proxy setting.</source>
        <translation>Der Cluster unter %1 ist nicht erreichbar (%2). Prüfen Sie die Adresse, die Netzwerkverbindung und die Proxy-Einstellung des Profils.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check that the address uses the right scheme (https://) and port.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie, ob die Adresse das richtige Schema (https://) und den richtigen Port verwendet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Certificate: %3; SHA-256 fingerprint: %4. Add the CA certificate that issued it to the profile, or pin this certificate after comparing the fingerprint with the cluster's administrator.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Zertifikat: %3; SHA-256-Fingerabdruck: %4. Fügen Sie dem Profil das CA-Zertifikat hinzu, von dem es ausgestellt wurde, oder hinterlegen Sie dieses Zertifikat fest, nachdem Sie den Fingerabdruck mit dem Administrator des Clusters abgeglichen haben.</translation>
    </message>
    <message>
        <source>The cluster redirected the request too many times. Check the cluster address.</source>
        <translation>Der Cluster hat die Anfrage zu oft umgeleitet. Prüfen Sie die Cluster-Adresse.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after waiting %n second(s).</source>
        <translation>
            <numerusform>Nach %n Sekunde Wartezeit aufgegeben.</numerusform>
            <numerusform>Nach %n Sekunden Wartezeit aufgegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster asked to wait %n more second(s), longer than the time left for waiting; try again later.</source>
        <translation>
            <numerusform>Der Cluster hat darum gebeten, noch %n Sekunde zu warten, länger als die verbleibende Wartezeit; versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Cluster hat darum gebeten, noch %n Sekunden zu warten, länger als die verbleibende Wartezeit; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another license export is running on the cluster; retrying in %n s.</source>
        <translation>
            <numerusform>Auf dem Cluster läuft bereits ein anderer Lizenzexport; neuer Versuch in %n s.</numerusform>
            <numerusform>Auf dem Cluster läuft bereits ein anderer Lizenzexport; neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster is being upgraded; retrying in %n s.</source>
        <translation>
            <numerusform>Der Cluster wird gerade aktualisiert; neuer Versuch in %n s.</numerusform>
            <numerusform>Der Cluster wird gerade aktualisiert; neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster redirected the request to another address; the redirect was not followed, so the token was not sent there.</source>
        <translation>Der Cluster hat die Anfrage an eine andere Adresse umgeleitet; der Umleitung wurde nicht gefolgt, daher wurde das Token nicht dorthin gesendet.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ArchiveReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The path names a folder, not an export file.</source>
        <translation>Der Pfad bezeichnet einen Ordner, keine Exportdatei.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The ZIP archive holds no files.</source>
        <translation>Das ZIP-Archiv enthält keine Dateien.</translation>
    </message>
    <message>
        <source>The file holds %1, more than the limit of %2 for one hourly file.</source>
        <translation>Die Datei umfasst %1, mehr als die Grenze von %2 für eine Stundendatei.</translation>
    </message>
    <message>
        <source>The file holds %1, more than the limit of %2 for a whole import.</source>
        <translation>Die Datei umfasst %1, mehr als die Grenze von %2 für einen gesamten Import.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ZIP archive ends early or its directory is damaged; the download may be incomplete.</source>
        <translation>Das ZIP-Archiv endet vorzeitig, oder sein Verzeichnis ist beschädigt; der Download ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>The file is an HTML or XML page (perhaps a login or error page), not a ZIP archive or a JSON file.</source>
        <translation>Die Datei ist eine HTML- oder XML-Seite (vielleicht eine Anmelde- oder Fehlerseite), kein ZIP-Archiv und keine JSON-Datei.</translation>
    </message>
    <message>
        <source>The file is neither a ZIP archive nor a JSON file.</source>
        <translation>Die Datei ist weder ein ZIP-Archiv noch eine JSON-Datei.</translation>
    </message>
    <message>
        <source>The archive holds several billingRecords_*.zip archives; export one range per file.</source>
        <translation>Das Archiv enthält mehrere Archive billingRecords_*.zip; exportieren Sie einen Zeitraum pro Datei.</translation>
    </message>
    <message>
        <source>The archive holds neither hourly .json files nor a billingRecords_*.zip archive.</source>
        <translation>Das Archiv enthält weder stündliche .json-Dateien noch ein Archiv billingRecords_*.zip.</translation>
    </message>
    <message>
        <source>The archive holds several ZIP archives and none is named billingRecords_*.zip.</source>
        <translation>Das Archiv enthält mehrere ZIP-Archive, und keines heißt billingRecords_*.zip.</translation>
    </message>
    <message>
        <source>The hourly files declare %1 in total, more than the limit of %2 for an import.</source>
        <translation>Die Stundendateien geben insgesamt %1 an, mehr als die Grenze von %2 für einen Import.</translation>
    </message>
    <message>
        <source>The entry is stored uncompressed but declares two different sizes.</source>
        <translation>Der Eintrag ist unkomprimiert gespeichert, gibt aber zwei verschiedene Größen an.</translation>
    </message>
    <message>
        <source>No folder for temporary files exists to unpack the inner archive into.</source>
        <translation>Es gibt keinen Ordner für temporäre Dateien, in den das innere Archiv entpackt werden kann.</translation>
    </message>
    <message>
        <source>No temporary file can be created for the inner archive: %1.</source>
        <translation>Für das innere Archiv kann keine temporäre Datei angelegt werden: %1.</translation>
    </message>
    <message>
        <source>The inner archive cannot be written to a temporary file: %1.</source>
        <translation>Das innere Archiv kann nicht in eine temporäre Datei geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The inner archive cannot be read.</source>
        <translation>Das innere Archiv kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The inner archive holds no files.</source>
        <translation>Das innere Archiv enthält keine Dateien.</translation>
    </message>
    <message>
        <source>The inner archive ends early or its directory is damaged.</source>
        <translation>Das innere Archiv endet vorzeitig, oder sein Verzeichnis ist beschädigt.</translation>
    </message>
    <message>
        <source>The inner archive is not a ZIP archive.</source>
        <translation>Das innere Archiv ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>The inner archive holds no hourly .json files.</source>
        <translation>Das innere Archiv enthält keine stündlichen .json-Dateien.</translation>
    </message>
    <message>
        <source>The ZIP directory cannot be read.</source>
        <translation>Das ZIP-Verzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The archive lists %L1 entries, more than the limit of %L2.</source>
        <translation>Das Archiv führt %L1 Einträge auf, mehr als die Grenze von %L2.</translation>
    </message>
    <message>
        <source>The archive holds more than %L1 entries.</source>
        <translation>Das Archiv enthält mehr als %L1 Einträge.</translation>
    </message>
    <message>
        <source>The ZIP directory is damaged.</source>
        <translation>Das ZIP-Verzeichnis ist beschädigt.</translation>
    </message>
    <message>
        <source>The ZIP directory ends early or is damaged.</source>
        <translation>Das ZIP-Verzeichnis endet vorzeitig oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The entry is a symbolic link, which an export never contains.</source>
        <translation>Der Eintrag ist eine symbolische Verknüpfung, die in einem Export nie vorkommt.</translation>
    </message>
    <message>
        <source>The entry is a device, pipe or socket, not a file.</source>
        <translation>Der Eintrag ist ein Gerät, eine Pipe oder ein Socket, keine Datei.</translation>
    </message>
    <message>
        <source>The entry is encrypted; exports are never password-protected.</source>
        <translation>Der Eintrag ist verschlüsselt; Exporte sind nie passwortgeschützt.</translation>
    </message>
    <message>
        <source>The entry uses compression method %1; only stored and deflated entries can be read.</source>
        <translation>Der Eintrag verwendet die Kompressionsmethode %1; nur unkomprimierte (Stored) und mit Deflate komprimierte Einträge können gelesen werden.</translation>
    </message>
    <message>
        <source>The entry declares %1, more than the limit of %2 for an inner archive.</source>
        <translation>Der Eintrag gibt %1 an, mehr als die Grenze von %2 für ein inneres Archiv.</translation>
    </message>
    <message>
        <source>The entry declares %1, more than the limit of %2 for one hourly file.</source>
        <translation>Der Eintrag gibt %1 an, mehr als die Grenze von %2 für eine Stundendatei.</translation>
    </message>
    <message>
        <source>The entry declares %1 from %2 compressed, a compression ratio beyond the limit of %L3 to 1.</source>
        <translation>Der Eintrag gibt %1 aus %2 komprimierten Daten an, ein Kompressionsverhältnis über der Grenze von %L3 zu 1.</translation>
    </message>
    <message>
        <source>The entry's directory record cannot be read.</source>
        <translation>Der Verzeichniseintrag des Eintrags kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The entry's local header is missing or contradicts the ZIP directory.</source>
        <translation>Der lokale Header des Eintrags fehlt oder widerspricht dem ZIP-Verzeichnis.</translation>
    </message>
    <message>
        <source>The entry's data runs past the end of the archive.</source>
        <translation>Die Daten des Eintrags reichen über das Ende des Archivs hinaus.</translation>
    </message>
    <message>
        <source>The decompressor cannot be started.</source>
        <translation>Der Dekomprimierer kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The decompressor cannot be restarted.</source>
        <translation>Der Dekomprimierer kann nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>The entry's data ends early.</source>
        <translation>Die Daten des Eintrags enden vorzeitig.</translation>
    </message>
    <message>
        <source>The entry's compressed data ends before its end marker.</source>
        <translation>Die komprimierten Daten des Eintrags enden vor ihrer Endmarkierung.</translation>
    </message>
    <message>
        <source>Not enough memory to decompress the entry.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Eintrag zu dekomprimieren.</translation>
    </message>
    <message>
        <source>The entry's compressed data is damaged (%1).</source>
        <translation>Die komprimierten Daten des Eintrags sind beschädigt (%1).</translation>
    </message>
    <message>
        <source>The entry's compressed data is damaged.</source>
        <translation>Die komprimierten Daten des Eintrags sind beschädigt.</translation>
    </message>
    <message>
        <source>The entry holds more data than the %1 its header declares.</source>
        <translation>Der Eintrag enthält mehr Daten als die %1, die sein Header angibt.</translation>
    </message>
    <message>
        <source>The entry cannot be written to a temporary file.</source>
        <translation>Der Eintrag kann nicht in eine temporäre Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>The entry ends after %1 although its header declares %2.</source>
        <translation>Der Eintrag endet nach %1, obwohl sein Header %2 angibt.</translation>
    </message>
    <message>
        <source>The entry's content does not match its CRC-32 checksum.</source>
        <translation>Der Inhalt des Eintrags passt nicht zu seiner CRC-32-Prüfsumme.</translation>
    </message>
    <message>
        <source>The entry expands beyond the limit of %1.</source>
        <translation>Der Eintrag wird beim Entpacken größer als die Grenze von %1.</translation>
    </message>
    <message>
        <source>The entry expands %1 from %2 compressed, a compression ratio beyond the limit of %L3 to 1.</source>
        <translation>Der Eintrag wird aus %2 komprimierten Daten auf %1 entpackt, ein Kompressionsverhältnis über der Grenze von %L3 zu 1.</translation>
    </message>
    <message>
        <source>The import has read more than its limit of %1 in total.</source>
        <translation>Der Import hat insgesamt mehr als seine Grenze von %1 gelesen.</translation>
    </message>
    <message>
        <source>Reading the entry would take the import past its limit of %1 in total.</source>
        <translation>Das Lesen des Eintrags würde den Import über seine Gesamtgrenze von %1 bringen.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>Die Datei wurde geändert, während sie gelesen wurde.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Es ist kein Archiv geöffnet.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ByteSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 KiB</source>
        <translation>%L1 KiB</translation>
    </message>
    <message>
        <source>%L1 MiB</source>
        <translation>%L1 MiB</translation>
    </message>
    <message>
        <source>%L1 GiB</source>
        <translation>%L1 GiB</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChargebackCalculator</name>
    <message numerus="yes">
        <source>%n hour(s) of the period are missing from the history: %1</source>
        <translation>
            <numerusform>%n Stunde des Zeitraums fehlt im Verlauf: %1</numerusform>
            <numerusform>%n Stunden des Zeitraums fehlen im Verlauf: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The history holds every hour of the period.</source>
        <translation>Der Verlauf enthält jede Stunde des Zeitraums.</translation>
    </message>
    <message>
        <source>Rate card version(s): %1 (currency %2).</source>
        <translation>Preislisten-Version(en): %1 (Währung %2).</translation>
    </message>
    <message>
        <source>unknown environment %1</source>
        <translation>unbekannte Umgebung %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the period has no usage data in the history</source>
        <translation>der Zeitraum hat keine Nutzungsdaten im Verlauf</translation>
    </message>
    <message>
        <source>the rate card has no prices for %1; its first month is %2</source>
        <translation>die Preisliste hat keine Preise für %1; ihr erster Monat ist %2</translation>
    </message>
    <message>
        <source>Host-unit hours and DEM units are estimates computed from the exports with the licensing rules, not billed figures; DDUs and log upload are the exports' own figures, summed.</source>
        <translation>Host-Unit-Stunden und DEM-Units sind mit den Lizenzregeln aus den Exporten berechnete Schätzungen, keine abgerechneten Werte; DDUs und Log-Upload sind die Werte der Exporte selbst, summiert.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChargebackPdf</name>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>Log upload (GiB)</source>
        <translation>Log-Upload (GiB)</translation>
    </message>
    <message>
        <source>Environment months</source>
        <translation>Umgebungsmonate</translation>
    </message>
    <message>
        <source>DDUs (%1)</source>
        <extracomment>%1 is a DDU pool as the CSV names it, e.g. ddu_log.</extracomment>
        <translation>DDUs (%1)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Period: %1 (end excluded)</source>
        <extracomment>%1 is a range of hours in ISO 8601, the end excluded.</extracomment>
        <translation>Zeitraum: %1 (Ende ausgeschlossen)</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Chargeback summary</source>
        <translation>Kostenverrechnung: Übersicht</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <extracomment>%1 is a currency code such as EUR.</extracomment>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Cluster totals by metric</source>
        <translation>Cluster-Summen je Messgröße</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <extracomment>%1 is a cost centre.</extracomment>
        <translation>Abrechnung: %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Total %1</source>
        <extracomment>%1 is a cost centre.</extracomment>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Chargeback %1</source>
        <translation>Kostenverrechnung %1</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden (gesch.)</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM-Units (gesch.)</translation>
    </message>
    <message>
        <source>Host-unit hours and DEM units (marked "est.") are estimates, not billed figures: host units from each host's memory and monitoring mode, DEM units from sessions, session replays and synthetic monitor executions, by the rules in the program's rules document (docs/rules.md). The other quantities are summed from the exports' figures.</source>
        <translation>Host-Unit-Stunden und DEM-Units (mit „gesch.“ markiert) sind Schätzungen, keine abgerechneten Werte: Host Units aus dem Arbeitsspeicher und Überwachungsmodus jedes Hosts, DEM-Units aus Sitzungen, Sitzungsaufzeichnungen und Ausführungen synthetischer Monitore, nach den Regeln im Regeldokument des Programms (docs/rules.md). Die übrigen Mengen sind die summierten Werte der Exporte.</translation>
    </message>
    <message>
        <source>Each month is priced with the rate card version of that month (%1) and every amount is rounded to the minor unit of %2.</source>
        <extracomment>%1 lists rate card versions such as 2025-01, %2 is a currency code such as EUR.</extracomment>
        <translation>Jeder Monat wird mit der Preislisten-Version dieses Monats berechnet (%1), und jeder Betrag wird auf die kleinste Einheit von %2 gerundet.</translation>
    </message>
    <message numerus="yes">
        <source>Only the hours the history holds are counted: %n hour(s) of the period are missing and count nothing.</source>
        <translation>
            <numerusform>Gezählt werden nur die Stunden, die der Verlauf enthält: %n Stunde des Zeitraums fehlt und zählt nicht.</numerusform>
            <numerusform>Gezählt werden nur die Stunden, die der Verlauf enthält: %n Stunden des Zeitraums fehlen und zählen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the hours the history holds are counted, and it holds every hour of the period.</source>
        <translation>Gezählt werden nur die Stunden, die der Verlauf enthält, und er enthält jede Stunde des Zeitraums.</translation>
    </message>
    <message>
        <source>How these amounts are computed</source>
        <translation>Wie diese Beträge berechnet werden</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChartSeriesPlan</name>
    <message numerus="yes">
        <source>Other (%n environment(s))</source>
        <translation>
            <numerusform>Übrige (%n Umgebung)</numerusform>
            <numerusform>Übrige (%n Umgebungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ClusterClient</name>
    <message>
        <source>No API token was given.</source>
        <translation>Es wurde kein API-Token angegeben.</translation>
    </message>
    <message>
        <source>The API token contains spaces or characters a cluster token never has; check what was stored.</source>
        <translation>Das API-Token enthält Leerzeichen oder Zeichen, die in einem Cluster-Token nie vorkommen; prüfen Sie, was gespeichert wurde.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (a PEM or DER CA certificate is expected).</source>
        <translation>Die Datei %1 enthält kein Zertifikat (erwartet wird ein CA-Zertifikat im PEM- oder DER-Format).</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ClusterLicenseJob</name>
    <message>
        <source>The cluster's license information is not a JSON object.</source>
        <translation>Die Lizenzinformationen des Clusters sind kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ClusterProfile</name>
    <message>
        <source>The cluster address is not a valid URL.</source>
        <translation>Die Cluster-Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only accepted for this computer (loopback); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// wird nur für diesen Computer (Loopback) akzeptiert; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>The cluster address must start with https://.</source>
        <translation>Die Cluster-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The address points to an environment (/e/…); use the cluster's own address instead.</source>
        <translation>Die Adresse verweist auf eine Umgebung (/e/…); verwenden Sie stattdessen die Adresse des Clusters selbst.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>Ein manuell eingestellter Proxy benötigt einen Host und einen Port.</translation>
    </message>
    <message>
        <source>The stall timeout must be between 1 and %1 seconds.</source>
        <translation>Das Zeitlimit bei Stillstand muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not a SHA-256 digest.</source>
        <translation>Der Fingerabdruck des fest hinterlegten Zertifikats ist kein SHA-256-Hashwert.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ConnectionTestJob</name>
    <message numerus="yes">
        <source>Connected to %1; the token may read license data of %n environment(s).</source>
        <translation>
            <numerusform>Verbunden mit %1; das Token darf Lizenzdaten von %n Umgebung lesen.</numerusform>
            <numerusform>Verbunden mit %1; das Token darf Lizenzdaten von %n Umgebungen lesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::CostCentreMapping</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the header must be "%1"</source>
        <translation>die Kopfzeile muss „%1“ lauten</translation>
    </message>
    <message>
        <source>expected two fields: environment_id,cost_centre</source>
        <translation>zwei Felder erwartet: environment_id,cost_centre</translation>
    </message>
    <message>
        <source>the environment id is empty</source>
        <translation>die Umgebungs-ID ist leer</translation>
    </message>
    <message>
        <source>the cost centre is empty</source>
        <translation>die Kostenstelle ist leer</translation>
    </message>
    <message>
        <source>the environment %1 is mapped twice</source>
        <translation>die Umgebung %1 ist zweimal zugeordnet</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>LicenseCore::DemoCluster</name>
    <message>
        <source>TLS is not available in this build.</source>
        <translation>Dieser Build des Programms unterstützt kein TLS.</translation>
    </message>
    <message>
        <source>The demo cluster cannot listen on port %1: %2</source>
        <translation>Der Demo-Cluster kann nicht auf Port %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>LicenseCore::EnvironmentNameCache</name>
    <message>
        <source>The environment names cannot be saved to %1.</source>
        <translation>Die Umgebungsnamen können nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::EnvironmentsJob</name>
    <message>
        <source>The cluster's list of environments is not a JSON object (%1).</source>
        <translation>Die Umgebungsliste des Clusters ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>The cluster's list of environments has no "environments" array.</source>
        <translation>Die Umgebungsliste des Clusters enthält kein Array „environments“.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The cluster keeps sending more pages of environments; the list was abandoned.</source>
        <translation>Der Cluster sendet immer weitere Seiten mit Umgebungen; das Abrufen der Liste wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::Error</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>File cannot be written</source>
        <translation>Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Not a license export (neither a ZIP archive nor a JSON file)</source>
        <translation>Kein Lizenzexport (weder ZIP-Archiv noch JSON-Datei)</translation>
    </message>
    <message>
        <source>The archive is truncated or damaged</source>
        <translation>Das Archiv ist unvollständig oder beschädigt</translation>
    </message>
    <message>
        <source>The archive exceeds a safety limit</source>
        <translation>Das Archiv überschreitet eine Sicherheitsgrenze</translation>
    </message>
    <message>
        <source>The archive contains an unsafe entry</source>
        <translation>Das Archiv enthält einen unsicheren Eintrag</translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry</source>
        <translation>Das Archiv enthält einen verschlüsselten Eintrag</translation>
    </message>
    <message>
        <source>An archive entry fails its checksum</source>
        <translation>Die Prüfsumme eines Archiveintrags stimmt nicht</translation>
    </message>
    <message>
        <source>The export contains no hourly usage files</source>
        <translation>Der Export enthält keine stündlichen Nutzungsdateien</translation>
    </message>
    <message>
        <source>An hourly file is not valid JSON</source>
        <translation>Eine Stundendatei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>An hourly file is not a license consumption record</source>
        <translation>Eine Stundendatei ist kein Datensatz zum Lizenzverbrauch</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The cluster refused the request</source>
        <translation>Der Cluster hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The cluster stopped responding</source>
        <translation>Der Cluster antwortet nicht mehr</translation>
    </message>
    <message>
        <source>System keychain error</source>
        <translation>Fehler im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>The history store cannot be used</source>
        <translation>Der Verlaufsspeicher kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportCopy</name>
    <message>
        <source>the copy would overwrite the export itself</source>
        <translation>die Kopie würde den Export selbst überschreiben</translation>
    </message>
    <message>
        <source>the export changed while it was copied</source>
        <translation>der Export wurde während des Kopierens geändert</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportDownloadJob</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An export from this cluster is already being downloaded; wait for it to finish or cancel it.</source>
        <translation>Von diesem Cluster wird bereits ein Export heruntergeladen; warten Sie, bis der Download abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The cache folder %1 cannot be created.</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>The cluster's answer is not a ZIP archive (perhaps a proxy's or a login page); nothing was saved. Check the cluster address and the proxy setting.</source>
        <translation>Die Antwort des Clusters ist kein ZIP-Archiv (vielleicht eine Seite eines Proxys oder eine Anmeldeseite); es wurde nichts gespeichert. Prüfen Sie die Cluster-Adresse und die Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>The download cannot be written to %1: %2</source>
        <translation>Der Download kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The cluster's answer is not a ZIP archive (it is empty or too short); nothing was saved.</source>
        <translation>Die Antwort des Clusters ist kein ZIP-Archiv (sie ist leer oder zu kurz); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes); nothing was saved. Try again.</source>
        <translation>Der Download endete vorzeitig (%1 von %2 Bytes); es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The download ended early (the archive's end is missing after %1 bytes); nothing was saved. Try again.</source>
        <translation>Der Download endete vorzeitig (nach %1 Bytes fehlt das Ende des Archivs); es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The download cannot be written: %1</source>
        <translation>Der Download kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The download cannot be read back: %1</source>
        <translation>Der Download kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportImport</name>
    <message>
        <source>%1 (file skipped)</source>
        <translation>%1 (Datei übersprungen)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>the export contains no hourly usage files</source>
        <translation>der Export enthält keine stündlichen Nutzungsdateien</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportWindow</name>
    <message>
        <source>The time range is empty: the cluster exports hours up to %1 (two hours before the current hour), and the range starts at %2.</source>
        <translation>Der Zeitraum ist leer: Der Cluster exportiert Stunden bis %1 (zwei Stunden vor der aktuellen Stunde), der Zeitraum beginnt jedoch erst bei %2.</translation>
    </message>
    <message>
        <source>The time range is empty: it starts at %1 and ends at %2.</source>
        <translation>Der Zeitraum ist leer: Er beginnt bei %1 und endet bei %2.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HistorySync</name>
    <message>
        <source>No cluster to sync.</source>
        <translation>Kein Cluster zum Synchronisieren.</translation>
    </message>
    <message>
        <source>The cluster's answer for the hour %1 names no cluster; nothing was synced.</source>
        <extracomment>%1 is an hour in ISO 8601.</extracomment>
        <translation>Die Antwort des Clusters für die Stunde %1 nennt keinen Cluster; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>The cluster's answer for the hour %1 cannot be read (%2); nothing was synced.</source>
        <extracomment>%1 is an hour in ISO 8601; %2 says why the answer cannot be read.</extracomment>
        <translation>Die Antwort des Clusters für die Stunde %1 kann nicht gelesen werden (%2); es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; nothing was synced.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Another sync into this history is running; try again when it has finished.</source>
        <translation>In diesen Verlauf läuft bereits eine andere Synchronisierung; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written; nothing was synced.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed.</source>
        <translation>Die Verbindung zum Cluster wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HostChurn</name>
    <message>
        <source>Every host counted in at least one hour of either period (%1 to %2, and %3 to %4), per environment: added if counted only after, removed if counted only before, mode changed if its mode in its last counted hour differs between the periods, resized if the mode is the same but its host units are not, else unchanged. Host units and mode are those of the host's last counted hour in each period; host-unit hours are summed over its counted hours. Sorted by the size of the difference. Estimated by the rules in the settings. Hosts compared: %5; host-unit hours: %6 before, %7 after.</source>
        <extracomment>%1-%4 the periods' starts and ends, %5 the hosts compared, %6 and %7 the host-unit hours of each period.</extracomment>
        <translation>Jeder Host, der in mindestens einer Stunde eines der beiden Zeiträume gezählt wurde (%1 bis %2 und %3 bis %4), je Umgebung: hinzugekommen, wenn nur danach gezählt, entfallen, wenn nur davor gezählt, Modus geändert, wenn sein Modus in seiner letzten gezählten Stunde zwischen den Zeiträumen abweicht, Größe geändert, wenn der Modus gleich ist, seine Host-Units aber nicht, sonst unverändert. Host-Units und Modus sind die der letzten gezählten Stunde des Hosts in jedem Zeitraum; Host-Unit-Stunden werden über seine gezählten Stunden summiert. Sortiert nach der Größe der Differenz. Geschätzt nach den Regeln in den Einstellungen. Verglichene Hosts: %5; Host-Unit-Stunden: %6 davor, %7 danach.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HourJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The hour starting at %1 cannot be exported yet: the cluster exports hours up to %2 (two hours before the current hour).</source>
        <translation>Die Stunde ab %1 kann noch nicht exportiert werden: Der Cluster exportiert Stunden bis %2 (zwei Stunden vor der aktuellen Stunde).</translation>
    </message>
    <message>
        <source>The cluster's answer for one hour is not a JSON object (perhaps a proxy's or a login page). Check the cluster address and the proxy setting.</source>
        <translation>Die Antwort des Clusters für eine Stunde ist kein JSON-Objekt (vielleicht eine Seite eines Proxys oder eine Anmeldeseite). Prüfen Sie die Cluster-Adresse und die Proxy-Einstellung.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HourParser</name>
    <message>
        <source>field "%1" is not a number; counted as 0</source>
        <translation>Feld „%1“ ist keine Zahl; als 0 gezählt</translation>
    </message>
    <message>
        <source>an agent usage record has an unreadable time; it is ignored</source>
        <translation>ein Nutzungseintrag eines Agenten hat eine unlesbare Zeit; er wird ignoriert</translation>
    </message>
    <message>
        <source>a host has no readable osiId</source>
        <translation>ein Host hat keine lesbare osiId</translation>
    </message>
    <message>
        <source>synthetic monitor type %1 is unknown; its executions are not estimated</source>
        <translation>Synthetic-Monitortyp %1 ist unbekannt; seine Ausführungen werden nicht geschätzt</translation>
    </message>
    <message>
        <source>not valid JSON: nested deeper than %L1 levels</source>
        <translation>kein gültiges JSON: tiefer als %L1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON: the file is empty</source>
        <translation>kein gültiges JSON: die Datei ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the JSON root is not an object</source>
        <translation>die JSON-Wurzel ist kein Objekt</translation>
    </message>
    <message>
        <source>an environment entry without environmentUuid is ignored</source>
        <translation>ein Umgebungseintrag ohne environmentUuid wird ignoriert</translation>
    </message>
    <message>
        <source>timeFrameStart is missing; this is not an hourly usage file</source>
        <translation>timeFrameStart fehlt; dies ist keine stündliche Nutzungsdatei</translation>
    </message>
    <message>
        <source>timeFrameStart cannot be read as a time</source>
        <translation>timeFrameStart kann nicht als Zeit gelesen werden</translation>
    </message>
    <message>
        <source>timeFrameStart %1 is not on a full hour; it is counted in hour %2</source>
        <translation>timeFrameStart %1 liegt nicht auf einer vollen Stunde; es wird in der Stunde %2 gezählt</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HourSummary</name>
    <message>
        <source>environment %1 appears twice in the file; the later entry is used</source>
        <translation>Umgebung %1 kommt in der Datei zweimal vor; der spätere Eintrag wird verwendet</translation>
    </message>
</context>
<context>
    <name>LicenseCore::OverageReport</name>
    <message numerus="yes">
        <source>An hour is over the quota when the host units of every host counted in that hour, all environments together, exceed the quota of %1 host units. Each such hour's excess is the host units above the quota; each environment's share of it is proportional to its host units in that hour. Hosts are counted and weighed by the estimation rules in the settings, so these are estimates, not billed figures. Read: %n hour(s) of the history; %3 over the quota, %4 excess host-unit hours in total.</source>
        <extracomment>%1 the quota in host units, %n the hours read, %3 the hours over the quota, %4 their excess host-unit hours.</extracomment>
        <translation>
            <numerusform>Eine Stunde liegt über dem Kontingent, wenn die Host-Units aller in dieser Stunde gezählten Hosts, alle Umgebungen zusammen, das Kontingent von %1 Host-Units überschreiten. Die Überschreitung einer solchen Stunde sind die Host-Units über dem Kontingent; der Anteil jeder Umgebung daran steht im Verhältnis zu ihren Host-Units in dieser Stunde. Hosts werden nach den Schätzregeln in den Einstellungen gezählt und gewichtet; dies sind also Schätzungen, keine abgerechneten Zahlen. Gelesen: %n Stunde des Verlaufs; %3 über dem Kontingent, %4 überschüssige Host-Unit-Stunden insgesamt.</numerusform>
            <numerusform>Eine Stunde liegt über dem Kontingent, wenn die Host-Units aller in dieser Stunde gezählten Hosts, alle Umgebungen zusammen, das Kontingent von %1 Host-Units überschreiten. Die Überschreitung einer solchen Stunde sind die Host-Units über dem Kontingent; der Anteil jeder Umgebung daran steht im Verhältnis zu ihren Host-Units in dieser Stunde. Hosts werden nach den Schätzregeln in den Einstellungen gezählt und gewichtet; dies sind also Schätzungen, keine abgerechneten Zahlen. Gelesen: %n Stunden des Verlaufs; %3 über dem Kontingent, %4 überschüssige Host-Unit-Stunden insgesamt.</numerusform>
        </translation>
    </message>
    <message>
        <source>An hour is over the quota of environment %1 when the host units of its hosts counted in that hour exceed its quota of %2 host units; the excess is the host units above it. Estimated by the rules in the settings. Hours over the quota: %3; excess host-unit hours in total: %4.</source>
        <extracomment>%1 the environment, %2 its quota in host units, %3 the hours over it, %4 their excess host-unit hours.</extracomment>
        <translation>Eine Stunde liegt über dem Kontingent der Umgebung %1, wenn die Host-Units ihrer in dieser Stunde gezählten Hosts ihr Kontingent von %2 Host-Units überschreiten; die Überschreitung sind die Host-Units darüber. Geschätzt nach den Regeln in den Einstellungen. Stunden über dem Kontingent: %3; überschüssige Host-Unit-Stunden insgesamt: %4.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::PeriodComparison</name>
    <message>
        <source>Each figure is computed over the hours of each period that the history holds (%1 to %2, and %3 to %4; hours with data: %5 and %6), per environment and for all together. Host-unit hours, DEM units, DDUs, sessions (visits and mobile sessions) and the log upload volume are sums. Peak host units are those of the busiest hour. Log storage is a level, not a flow: its peak and its average over the hours with data are shown, never its sum. The change is after minus before; the relative change is that divided by before, and left empty when before is zero. Host units and DEM units are estimated by the rules in the settings.</source>
        <extracomment>%1-%4 the periods' starts and ends, %5 and %6 the hours with data in each.</extracomment>
        <translation>Jede Zahl wird über die Stunden jedes Zeitraums berechnet, die der Verlauf enthält (%1 bis %2 und %3 bis %4; Stunden mit Daten: %5 und %6), je Umgebung und für alle zusammen. Host-Unit-Stunden, DEM-Units, DDUs, Sitzungen (Besuche und mobile Sitzungen) und das Log-Upload-Volumen sind Summen. Spitzen-Host-Units sind die der stärksten Stunde. Der Log-Speicher ist ein Bestand, kein Fluss: gezeigt werden seine Spitze und sein Mittel über die Stunden mit Daten, nie seine Summe. Die Änderung ist danach minus davor; die relative Änderung ist diese geteilt durch davor und bleibt leer, wenn davor null ist. Host-Units und DEM-Units werden nach den Regeln in den Einstellungen geschätzt.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The profiles cannot be saved to %1.</source>
        <translation>Die Profile können nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::RangePreset</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>This license year</source>
        <translation>Dieses Lizenzjahr</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
</context>
<context>
    <name>LicenseCore::RateCard</name>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>negative price</source>
        <translation>negativer Preis</translation>
    </message>
    <message>
        <source>price too large</source>
        <translation>Preis zu hoch</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>not a month like %1</source>
        <translation>kein Monat wie %1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>Zeile %1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>the rate card is not a JSON object</source>
        <translation>die Preisliste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>no prices</source>
        <translation>keine Preise</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>unknown currency code "%1"</source>
        <translation>unbekannter Währungscode „%1“</translation>
    </message>
    <message>
        <source>the month %1 has prices twice</source>
        <translation>der Monat %1 hat zweimal Preise</translation>
    </message>
    <message>
        <source>a pool needs a name</source>
        <translation>ein Pool braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>LicenseCore::RequestOutcome</name>
    <message>
        <source>The cluster rejected the request as invalid (HTTP 400).</source>
        <translation>Der Cluster hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>Check the time range: it must not be empty, and its end must be at least two hours in the past.</source>
        <translation>Prüfen Sie den Zeitraum: Er darf nicht leer sein, und sein Ende muss mindestens zwei Stunden zurückliegen.</translation>
    </message>
    <message>
        <source>The cluster did not accept the API token (HTTP 401).</source>
        <translation>Der Cluster hat das API-Token nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>Check that the token is a cluster token from the Cluster Management Console (Settings &gt; API tokens &gt; Cluster tokens) that has not expired or been revoked, and store it again.</source>
        <translation>Prüfen Sie, ob das Token ein Cluster-Token aus der Cluster Management Console ist (Settings &gt; API tokens &gt; Cluster tokens), das weder abgelaufen noch widerrufen ist, und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>The API token is not allowed to read license data (HTTP 403).</source>
        <translation>Das API-Token darf keine Lizenzdaten lesen (HTTP 403).</translation>
    </message>
    <message>
        <source>Create a cluster token with the Service Provider API scope (ServiceProviderAPI) in the Cluster Management Console and store it for this profile.</source>
        <translation>Erstellen Sie in der Cluster Management Console ein Cluster-Token mit der Berechtigung Service Provider API (ServiceProviderAPI) und speichern Sie es für dieses Profil.</translation>
    </message>
    <message>
        <source>The cluster does not offer this API (HTTP 404).</source>
        <translation>Der Cluster bietet diese API nicht an (HTTP 404).</translation>
    </message>
    <message>
        <source>Check that the address is the cluster itself (not an environment's /e/… address) and that the cluster runs a Dynatrace Managed version with the Cluster API v2.</source>
        <translation>Prüfen Sie, ob die Adresse die des Clusters selbst ist (nicht die /e/…-Adresse einer Umgebung) und ob auf dem Cluster eine Version von Dynatrace Managed mit der Cluster API v2 läuft.</translation>
    </message>
    <message>
        <source>The cluster uses Dynatrace Platform Subscription (DPS) licensing, which this export does not cover (HTTP 422).</source>
        <translation>Der Cluster verwendet die Lizenzierung über die Dynatrace Platform Subscription (DPS), die dieser Export nicht abdeckt (HTTP 422).</translation>
    </message>
    <message>
        <source>License usage of subscription clusters is shown in the account's subscription overview instead.</source>
        <translation>Die Lizenznutzung von Subscription-Clustern wird stattdessen in der Subscription-Übersicht des Kontos angezeigt.</translation>
    </message>
    <message>
        <source>Another license export is still running on the cluster (HTTP 429).</source>
        <translation>Auf dem Cluster läuft noch ein anderer Lizenzexport (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait until it has finished and try again.</source>
        <translation>Warten Sie, bis er abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The cluster failed to produce the data (HTTP 500).</source>
        <translation>Der Cluster konnte die Daten nicht erzeugen (HTTP 500).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps failing, check the cluster's server logs or contact Dynatrace support.</source>
        <translation>Versuchen Sie es später erneut; schlägt es weiterhin fehl, prüfen Sie die Server-Logs des Clusters oder wenden Sie sich an den Dynatrace-Support.</translation>
    </message>
    <message>
        <source>The cluster is being upgraded (HTTP 556).</source>
        <translation>Der Cluster wird gerade aktualisiert (HTTP 556).</translation>
    </message>
    <message>
        <source>Try again when the upgrade has finished.</source>
        <translation>Versuchen Sie es erneut, wenn die Aktualisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The cluster answered with an unexpected status (HTTP %1).</source>
        <translation>Der Cluster hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the cluster address and try again.</source>
        <translation>Prüfen Sie die Cluster-Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cluster says: “%1”.</source>
        <translation>Der Cluster meldet: „%1“.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::SliceDevice</name>
    <message>
        <source>A slice of another device is read-only</source>
        <translation>Ein Ausschnitt eines anderen Geräts ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The base device is not open for random-access reading</source>
        <translation>Das zugrunde liegende Gerät ist nicht für wahlfreies Lesen geöffnet</translation>
    </message>
</context>
<context>
    <name>LicenseCore::TokenJob</name>
    <message>
        <source>No API token is stored for the profile “%1”. Store the cluster token for it first.</source>
        <translation>Für das Profil „%1“ ist kein API-Token gespeichert. Speichern Sie zuerst das Cluster-Token dafür.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start a keychain service such as GNOME Keyring or KWallet, or keep the token in memory for this session only.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1). Starten Sie einen Schlüsselbund-Dienst wie GNOME Keyring oder KWallet oder behalten Sie das Token nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Unlock the keychain (or create its default keyring) and allow this program to use it, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1). Entsperren Sie den Schlüsselbund (oder legen Sie einen Standardschlüsselbund an), erlauben Sie diesem Programm den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>No password of the database %1 is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist kein Passwort der Datenbank %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::TokenVault</name>
    <message>
        <source>No API token is kept for the profile “%1” in this session.</source>
        <translation>In dieser Sitzung wird für das Profil „%1“ kein API-Token vorgehalten.</translation>
    </message>
    <message>
        <source>No password of the database %1 is kept in this session.</source>
        <translation>In dieser Sitzung wird kein Passwort der Datenbank %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::UsageForecast</name>
    <message>
        <source>DEM units</source>
        <translation>DEM-Units</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Host-Unit-Stunden</translation>
    </message>
    <message>
        <source>Host units are licensed as a peak. The daily value is the highest host units of any hour of a day, all environments together. The projected peak is the greater of the peak so far and the mean of the daily peaks of the complete days among the last %1 days of data; the band is that mean plus and minus one standard deviation of those daily peaks. The quota is reached in the first hour whose host units reach it. A day is complete when the history holds all its 24 hours; with fewer than %2 complete days there is no projection.</source>
        <extracomment>%1 the window in days, %2 the minimum of days.</extracomment>
        <translation>Host-Units sind als Spitze lizenziert. Der Tageswert ist die höchste Zahl an Host-Units einer Stunde des Tages, alle Umgebungen zusammen. Die hochgerechnete Spitze ist die größere aus der bisherigen Spitze und dem Mittel der Tagesspitzen der vollständigen Tage unter den letzten %1 Tagen mit Daten; das Band ist dieses Mittel plus und minus eine Standardabweichung dieser Tagesspitzen. Das Kontingent ist in der ersten Stunde erreicht, deren Host-Units es erreichen. Ein Tag ist vollständig, wenn der Verlauf alle seine 24 Stunden enthält; mit weniger als %2 vollständigen Tagen gibt es keine Hochrechnung.</translation>
    </message>
    <message>
        <source>%1 are licensed as a total over the license period. Consumed is the sum of every hour of the period up to the end of the last complete day of data (a day is complete when the history holds all its 24 hours). The daily rate is the mean of the daily totals of the complete days among the last %2 days of data; the projection adds that rate for every day left in the period. The band adds the rate plus and minus one standard deviation of those daily totals instead, for every day left. The quota is reached when consumed plus the rate times the days reaches it. With fewer than %3 complete days there is no projection.</source>
        <extracomment>%1 the unit (DEM units, DDUs, host-unit hours), %2 the window in days, %3 the minimum of days.</extracomment>
        <translation>%1 sind als Summe über den Lizenzzeitraum lizenziert. Verbraucht ist die Summe aller Stunden des Zeitraums bis zum Ende des letzten vollständigen Tages mit Daten (ein Tag ist vollständig, wenn der Verlauf alle seine 24 Stunden enthält). Die Tagesrate ist das Mittel der Tagessummen der vollständigen Tage unter den letzten %2 Tagen mit Daten; die Hochrechnung addiert diese Rate für jeden verbleibenden Tag des Zeitraums. Das Band addiert stattdessen die Rate plus und minus eine Standardabweichung dieser Tagessummen für jeden verbleibenden Tag. Das Kontingent ist erreicht, wenn der Verbrauch plus die Rate mal die Tage es erreicht. Mit weniger als %3 vollständigen Tagen gibt es keine Hochrechnung.</translation>
    </message>
    <message numerus="yes">
        <source>Counted: %n complete day(s) up to %2. An estimate from the rules in the settings, not a billed figure.</source>
        <extracomment>%1 the complete days of the window used, %2 the end of the data.</extracomment>
        <translation>
            <numerusform>Gezählt: %n vollständiger Tag bis %2. Eine Schätzung nach den Regeln in den Einstellungen, keine abgerechnete Zahl.</numerusform>
            <numerusform>Gezählt: %n vollständige Tage bis %2. Eine Schätzung nach den Regeln in den Einstellungen, keine abgerechnete Zahl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No forecast: the history holds %n complete day(s) of the last %2 days of data in the license period, and a forecast needs at least %3. A day is complete when all its 24 hours are in the history.</source>
        <extracomment>%n the complete days found, %2 the window, %3 the minimum.</extracomment>
        <translation>
            <numerusform>Keine Prognose: der Verlauf enthält %n vollständigen Tag der letzten %2 Tage mit Daten im Lizenzzeitraum, und eine Prognose braucht mindestens %3. Ein Tag ist vollständig, wenn alle seine 24 Stunden im Verlauf sind.</numerusform>
            <numerusform>Keine Prognose: der Verlauf enthält %n vollständige Tage der letzten %2 Tage mit Daten im Lizenzzeitraum, und eine Prognose braucht mindestens %3. Ein Tag ist vollständig, wenn alle seine 24 Stunden im Verlauf sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::UsageSnapshotBuilder</name>
    <message>
        <source>files of more than one cluster are mixed (%1 and %2)</source>
        <translation>Dateien von mehr als einem Cluster sind gemischt (%1 und %2)</translation>
    </message>
    <message>
        <source>hour %1 of environment %2 appears in %3 and again in %4; the later file is used</source>
        <translation>Stunde %1 der Umgebung %2 kommt in %3 und erneut in %4 vor; die spätere Datei wird verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n hourly file(s) lie outside the requested range %1 to %2; they are included</source>
        <translation>
            <numerusform>%n Stundendatei liegt außerhalb des angeforderten Zeitraums %1 bis %2; sie wird einbezogen</numerusform>
            <numerusform>%n Stundendateien liegen außerhalb des angeforderten Zeitraums %1 bis %2; sie werden einbezogen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::AboutDialog</name>
    <message>
        <source>Reported by the library</source>
        <translation>Von der Bibliothek gemeldet</translation>
    </message>
    <message>
        <source>Reported by the library (%1)</source>
        <translation>Von der Bibliothek gemeldet (%1)</translation>
    </message>
    <message>
        <source>Loaded file %1</source>
        <translation>Geladene Datei %1</translation>
    </message>
    <message>
        <source>Built against; not found at run time</source>
        <translation>Beim Erstellen verwendet; zur Laufzeit nicht gefunden</translation>
    </message>
    <message>
        <source>Built against (%1)</source>
        <translation>Beim Erstellen verwendet (%1)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>About License Usage Explorer</source>
        <translation>Über License Usage Explorer</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Programmname</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Explore Dynatrace Managed license consumption exports: host units, DEM units, DDUs and more, per environment and hour.</source>
        <translation>Exporte des Lizenzverbrauchs von Dynatrace Managed erkunden: Host Units, DEM Units, DDUs und mehr, je Umgebung und Stunde.</translation>
    </message>
    <message>
        <source>Host units and DEM units are estimates computed from the export's inputs, not billed figures.</source>
        <translation>Host Units und DEM Units sind Schätzungen, berechnet aus den Eingangsdaten des Exports, keine abgerechneten Werte.</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>License: GPL-3.0-or-later</source>
        <translation>Lizenz: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Verwendete Bibliotheken:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Source of the version</source>
        <translation>Herkunft der Versionsangabe</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Verwendete Bibliotheken</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions as text, for a bug report</source>
        <translation>Die Versionen als Text kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>LicenseUi::AnswerFrame</name>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Computed from the export with the estimation rules in Settings; the cluster's billing may differ.</source>
        <translation>Aus dem Export mit den Schätzregeln der Einstellungen berechnet; die Abrechnung des Clusters kann abweichen.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <source>Computing from the history…</source>
        <translation>Wird aus der Historie berechnet…</translation>
    </message>
    <message>
        <source>The CSV was not saved: %1</source>
        <translation>Die CSV-Datei wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::AnswerPage</name>
    <message>
        <source>The answers are computed from the history, which is not open.</source>
        <translation>Die Antworten werden aus der Historie berechnet, die nicht geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::AnswersPage</name>
    <message>
        <source>Overage</source>
        <translation>Überschreitung</translation>
    </message>
    <message>
        <source>The hours over a host-unit quota, by how much, and who ran then</source>
        <translation>Die Stunden über einem Host-Unit-Kontingent, um wie viel, und wer dann lief</translation>
    </message>
    <message>
        <source>Host Churn</source>
        <translation>Host-Wechsel</translation>
    </message>
    <message>
        <source>Which hosts came, went, changed mode or size between two periods</source>
        <translation>Welche Hosts zwischen zwei Zeiträumen hinzukamen, wegfielen, Modus oder Größe änderten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Two periods side by side, per environment and in total</source>
        <translation>Zwei Zeiträume nebeneinander, je Umgebung und insgesamt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Where a license pool will stand at the end of its license period</source>
        <translation>Wo ein Lizenzpool am Ende seines Lizenzzeitraums stehen wird</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>The estimate from the history next to the cluster's billed usage</source>
        <translation>Die Schätzung aus der Historie neben der vom Cluster abgerechneten Nutzung</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChargebackPage</name>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV speichern …</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern …</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <extracomment>The end of the period; that day is not included.</extracomment>
        <translation>&amp;Bis (ausgeschlossen):</translation>
    </message>
    <message>
        <source>&amp;Add price change</source>
        <translation>Preisänderung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden …</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Load &amp;mapping…</source>
        <translation>&amp;Zuordnung laden …</translation>
    </message>
    <message>
        <source>Save ma&amp;pping…</source>
        <translation>Zuordnung s&amp;peichern …</translation>
    </message>
    <message>
        <source>Tag &amp;key:</source>
        <translation>Tag-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Cost centres</source>
        <translation>Kostenstellen</translation>
    </message>
    <message>
        <source>Load Rate Card</source>
        <translation>Preisliste laden</translation>
    </message>
    <message>
        <source>Rate cards (*.json)</source>
        <translation>Preislisten (*.json)</translation>
    </message>
    <message>
        <source>Save Rate Card</source>
        <translation>Preisliste speichern</translation>
    </message>
    <message>
        <source>Load Cost-Centre Mapping</source>
        <translation>Kostenstellen-Zuordnung laden</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save Cost-Centre Mapping</source>
        <translation>Kostenstellen-Zuordnung speichern</translation>
    </message>
    <message>
        <source>Save Statements as CSV</source>
        <translation>Abrechnungen als CSV speichern</translation>
    </message>
    <message>
        <source>Save Statements as PDF</source>
        <translation>Abrechnungen als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>There are no statements to save.</source>
        <translation>Es gibt keine Abrechnungen zum Speichern.</translation>
    </message>
    <message>
        <source>The history holds no cluster yet: import or sync exports first.</source>
        <translation>Der Verlauf enthält noch keinen Cluster: zuerst Exporte importieren oder synchronisieren.</translation>
    </message>
    <message>
        <source>The period is empty: its end must come after its start.</source>
        <translation>Der Zeitraum ist leer: sein Ende muss nach seinem Anfang liegen.</translation>
    </message>
    <message>
        <source>Total for the period: %1 %2</source>
        <extracomment>%1 is an amount, %2 a currency code.</extracomment>
        <translation>Summe des Zeitraums: %1 %2</translation>
    </message>
    <message>
        <source>Save the rate card as a JSON file, which the command line reads too.</source>
        <translation>Die Preisliste als JSON-Datei speichern, die auch die Kommandozeile liest.</translation>
    </message>
    <message>
        <source>This rate card is not saved to a file yet; save it to use it on the command line as well.</source>
        <translation>Diese Preisliste ist noch in keiner Datei gespeichert; speichern Sie sie, um sie auch auf der Kommandozeile zu verwenden.</translation>
    </message>
    <message>
        <source>Rate card file: %1</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Preislistendatei: %1</translation>
    </message>
    <message>
        <source>Rate card file: %1 (changed here, not saved)</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Preislistendatei: %1 (hier geändert, nicht gespeichert)</translation>
    </message>
    <message>
        <source>Open license exports (File menu) or sync a cluster (Cluster menu): the statements of the period are shown here.</source>
        <translation>Öffnen Sie Lizenzexporte (Menü Datei) oder synchronisieren Sie einen Cluster (Menü Cluster): Hier erscheinen dann die Abrechnungen des Zeitraums.</translation>
    </message>
    <message>
        <source>Change the period, the rate card or the cost centres: the statements are shown here as soon as they can be made.</source>
        <translation>Ändern Sie den Zeitraum, die Preisliste oder die Kostenstellen: Die Abrechnungen erscheinen hier, sobald sie erstellt werden können.</translation>
    </message>
    <message>
        <source>The environments with hours in the period are listed here.</source>
        <translation>Hier werden die Umgebungen mit Stunden im Zeitraum aufgeführt.</translation>
    </message>
    <message>
        <source>No environment has a tag "%1:…", so all are Unallocated. Type a cost centre into the table, load a mapping, or change the tag key. Tags are read by Sync.</source>
        <extracomment>%1 is a tag key such as "costcenter".</extracomment>
        <translation>Keine Umgebung hat ein Tag „%1:…“, daher sind alle „Unallocated“. Tragen Sie eine Kostenstelle in die Tabelle ein, laden Sie eine Zuordnung oder ändern Sie den Tag-Schlüssel. Tags werden beim Synchronisieren gelesen.</translation>
    </message>
    <message>
        <source>There are no statements to print.</source>
        <translation>Es gibt keine Abrechnungen zum Drucken.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChartControls</name>
    <message>
        <source>Show &amp;All</source>
        <translation>Alles an&amp;zeigen</translation>
    </message>
    <message>
        <source>Chart metric</source>
        <translation>Metrik des Diagramms</translation>
    </message>
    <message>
        <source>Chart resolution</source>
        <translation>Auflösung des Diagramms</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Chart style</source>
        <translation>Darstellung des Diagramms</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Gestapelt</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Reset chart zoom</source>
        <translation>Zoom des Diagramms zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole time range again (0)</source>
        <translation>Wieder den gesamten Zeitraum anzeigen (0)</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Auf&amp;lösung:</translation>
    </message>
    <message>
        <source>S&amp;tyle:</source>
        <translation>Dars&amp;tellung:</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChurnModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Modus geändert</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>OS instance id %1</source>
        <translation>OS-Instanz-ID %1</translation>
    </message>
    <message>
        <source>In the host's last counted hour of the first period.</source>
        <translation>In der letzten gezählten Stunde des Hosts im ersten Zeitraum.</translation>
    </message>
    <message>
        <source>In the host's last counted hour of the second period.</source>
        <translation>In der letzten gezählten Stunde des Hosts im zweiten Zeitraum.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
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
        <source>Mode
before</source>
        <translation>Modus
vorher</translation>
    </message>
    <message>
        <source>Mode
after</source>
        <translation>Modus
nachher</translation>
    </message>
    <message>
        <source>Counted in the second period, not in the first.</source>
        <translation>Im zweiten Zeitraum gezählt, nicht im ersten.</translation>
    </message>
    <message>
        <source>Counted in the first period, not in the second.</source>
        <translation>Im ersten Zeitraum gezählt, nicht im zweiten.</translation>
    </message>
    <message>
        <source>Counted in both periods, in another monitoring mode in its last counted hour of the second.</source>
        <translation>In beiden Zeiträumen gezählt, in seiner letzten gezählten Stunde des zweiten in einem anderen Überwachungsmodus.</translation>
    </message>
    <message>
        <source>Counted in both periods in the same mode, with other host units in its last counted hour of the second.</source>
        <translation>In beiden Zeiträumen im selben Modus gezählt, in seiner letzten gezählten Stunde des zweiten mit anderen Host Units.</translation>
    </message>
    <message>
        <source>Counted in both periods with the same mode and host units in its last counted hours.</source>
        <translation>In beiden Zeiträumen gezählt, in seinen letzten gezählten Stunden mit demselben Modus und denselben Host Units.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units in its last counted hour of the first period.</source>
        <translation>Geschätzt: die Host Units des Hosts in seiner letzten gezählten Stunde des ersten Zeitraums.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units in its last counted hour of the second period.</source>
        <translation>Geschätzt: die Host Units des Hosts in seiner letzten gezählten Stunde des zweiten Zeitraums.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's host units over the counted hours of the first period.</source>
        <translation>Geschätzt: die Summe der Host Units des Hosts über die gezählten Stunden des ersten Zeitraums.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's host units over the counted hours of the second period.</source>
        <translation>Geschätzt: die Summe der Host Units des Hosts über die gezählten Stunden des zweiten Zeitraums.</translation>
    </message>
    <message>
        <source>Estimated: the host-unit hours of the second period less those of the first.</source>
        <translation>Geschätzt: die Host-Unit-Stunden des zweiten Zeitraums abzüglich derer des ersten.</translation>
    </message>
    <message>
        <source>The host's entity id, made from its OS instance id.</source>
        <translation>Die Entitäts-ID des Hosts, gebildet aus seiner OS-Instanz-ID.</translation>
    </message>
    <message>
        <source>The environment that counted the host.</source>
        <translation>Die Umgebung, die den Host gezählt hat.</translation>
    </message>
    <message>
        <source>Added, removed, mode changed, resized or unchanged: the host's last counted hour of each period compared.</source>
        <translation>Hinzugefügt, entfernt, Modus geändert, Größe geändert oder unverändert: die letzte gezählte Stunde des Hosts in jedem Zeitraum verglichen.</translation>
    </message>
    <message>
        <source>Estimated: in the host's last counted hour of the first period, from its memory and monitoring mode with the estimation rules in Settings.</source>
        <translation>Geschätzt: in der letzten gezählten Stunde des Hosts im ersten Zeitraum, aus seinem Arbeitsspeicher und Überwachungsmodus mit den Schätzregeln aus den Einstellungen.</translation>
    </message>
    <message>
        <source>Estimated: in the host's last counted hour of the second period, from its memory and monitoring mode with the estimation rules in Settings.</source>
        <translation>Geschätzt: in der letzten gezählten Stunde des Hosts im zweiten Zeitraum, aus seinem Arbeitsspeicher und Überwachungsmodus mit den Schätzregeln aus den Einstellungen.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units summed over the counted hours of the first period.</source>
        <translation>Geschätzt: die Host Units des Hosts, summiert über die gezählten Stunden des ersten Zeitraums.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units summed over the counted hours of the second period.</source>
        <translation>Geschätzt: die Host Units des Hosts, summiert über die gezählten Stunden des zweiten Zeitraums.</translation>
    </message>
    <message>
        <source>Estimated: host-unit hours of the second period less those of the first.</source>
        <translation>Geschätzt: Host-Unit-Stunden des zweiten Zeitraums abzüglich derer des ersten.</translation>
    </message>
    <message>
        <source>Host units
before (est.)</source>
        <translation>Host Units
vorher (gesch.)</translation>
    </message>
    <message>
        <source>Host units
after (est.)</source>
        <translation>Host Units
nachher (gesch.)</translation>
    </message>
    <message>
        <source>Host-unit hours
before (est.)</source>
        <translation>Host-Unit-Stunden
vorher (gesch.)</translation>
    </message>
    <message>
        <source>Host-unit hours
after (est.)</source>
        <translation>Host-Unit-Stunden
nachher (gesch.)</translation>
    </message>
    <message>
        <source>Difference (est.)</source>
        <translation>Differenz (gesch.)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChurnPage</name>
    <message>
        <source>Hosts that changed</source>
        <translation>Geänderte Hosts</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Show hosts by change</source>
        <translation>Hosts nach Änderung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Host churn</source>
        <translation>Host-Wechsel</translation>
    </message>
    <message>
        <source>No host was counted in either period: the history may hold no hour of them.</source>
        <translation>In keinem der beiden Zeiträume wurde ein Host gezählt: Die Historie enthält vielleicht keine Stunde davon.</translation>
    </message>
    <message>
        <source>Host-unit hours %1 → %2 (%3): %4 added, %5 removed, %6 changed mode, %7 resized, %8 unchanged.</source>
        <extracomment>%1 and %2 are host-unit hours of the two periods, %3 their difference; then counts of hosts per change.</extracomment>
        <translation>Host-Unit-Stunden %1 → %2 (%3): %4 hinzugekommen, %5 entfernt, %6 mit geändertem Modus, %7 mit geänderter Größe, %8 unverändert.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ClustersDialog</name>
    <message>
        <source>Cluster profiles</source>
        <translation>Cluster-Profile</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the profile and its token</source>
        <translation>Profil und sein Token entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection to the cluster</source>
        <translation>Verbindung zum Cluster testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the profile and its token</source>
        <translation>Profil und sein Token speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Es gibt bereits ein Profil namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The pinned certificate is forgotten once you press Save.</source>
        <translation>Das fest hinterlegte Zertifikat wird vergessen, sobald Sie auf Speichern klicken.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Deleting the token stored for the old address…</source>
        <translation>Das für die alte Adresse gespeicherte Token wird gelöscht…</translation>
    </message>
    <message>
        <source>The address of “%1” was not changed: the token stored for the old address could not be deleted. %2</source>
        <translation>Die Adresse von „%1“ wurde nicht geändert: Das für die alte Adresse gespeicherte Token konnte nicht gelöscht werden. %2</translation>
    </message>
    <message>
        <source>Storing the token in the system keychain…</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The profile was saved, but not its token: no system keychain is available. Tick “Keep for this session only” and press Save again, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Das Profil wurde gespeichert, sein Token jedoch nicht: Es ist kein Schlüsselbund des Systems verfügbar. Kreuzen Sie „Nur für diese Sitzung behalten“ an und klicken Sie erneut auf Speichern, oder starten Sie einen Schlüsselbund-Dienst (etwa GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The profile was saved, but not its token. %1</source>
        <translation>Das Profil wurde gespeichert, sein Token jedoch nicht. %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Its token is kept in memory for this session only.</source>
        <translation>Sein Token wird nur für diese Sitzung im Arbeitsspeicher behalten.</translation>
    </message>
    <message>
        <source>Its token is stored in the system keychain.</source>
        <translation>Sein Token ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Its address changed, so the token stored for the old address was deleted; paste the token for the new address and press Save.</source>
        <translation>Seine Adresse hat sich geändert, daher wurde das für die alte Adresse gespeicherte Token gelöscht; fügen Sie das Token für die neue Adresse ein und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and forget its API token?</source>
        <translation>Das Profil „%1“ entfernen und sein API-Token vergessen?</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its API token from the system keychain?</source>
        <translation>Das Profil „%1“ entfernen und sein API-Token aus dem Schlüsselbund des Systems löschen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed “%1” and its token.</source>
        <translation>„%1“ und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its token could not be deleted from the system keychain. %2 You can delete the entry “%3” with the keychain's own tool.</source>
        <translation>„%1“ wurde entfernt, sein Token konnte jedoch nicht aus dem Schlüsselbund des Systems gelöscht werden. %2 Sie können den Eintrag „%3“ mit dem Verwaltungsprogramm des Schlüsselbunds löschen.</translation>
    </message>
    <message>
        <source>Paste the cluster token into the Token field first.</source>
        <translation>Fügen Sie zuerst das Cluster-Token in das Feld Token ein.</translation>
    </message>
    <message>
        <source>Reading the saved token…</source>
        <translation>Das gespeicherte Token wird gelesen…</translation>
    </message>
    <message>
        <source>No token is saved for “%1”. Paste the cluster token into the Token field.</source>
        <translation>Für „%1“ ist kein Token gespeichert. Fügen Sie das Cluster-Token in das Feld Token ein.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Clusters &amp; Tokens</source>
        <translation>Cluster &amp; Tokens</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ComparePage</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period of whole days, both included.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Period comparison</source>
        <translation>Zeitraumvergleich</translation>
    </message>
    <message>
        <source>Change per environment</source>
        <translation>Änderung je Umgebung</translation>
    </message>
    <message>
        <source>No change to show.</source>
        <translation>Keine Änderung anzuzeigen.</translation>
    </message>
    <message>
        <source>The history holds no hour of either period: sync or open an export of them.</source>
        <translation>Die Historie enthält keine Stunde der beiden Zeiträume: Synchronisieren Sie oder öffnen Sie einen Export davon.</translation>
    </message>
    <message>
        <source>%1 (%2) compared with %3 (%4).</source>
        <extracomment>%1 and %3 are periods, %2 and %4 say how many hours of data the history holds of each.</extracomment>
        <translation>%1 (%2) verglichen mit %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of data</source>
        <translation>
            <numerusform>%n Stunde Daten</numerusform>
            <numerusform>%n Stunden Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>The periods hold different numbers of hours: compare totals with care.</source>
        <translation>Die Zeiträume umfassen unterschiedlich viele Stunden: Vergleichen Sie Summen mit Vorsicht.</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after</source>
        <extracomment>%1 is a metric, %2 and %3 its values before and after.</extracomment>
        <translation>%1: %2 vorher, %3 nachher</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ComparisonModel</name>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Log upload volume</source>
        <translation>Log-Upload-Volumen</translation>
    </message>
    <message>
        <source>Log storage, peak</source>
        <translation>Log-Speicher, Spitze</translation>
    </message>
    <message>
        <source>Log storage, average</source>
        <translation>Log-Speicher, Mittel</translation>
    </message>
    <message>
        <source>DDUs: %1</source>
        <extracomment>%1 is a DDU pool, e.g. "metrics".</extracomment>
        <translation>DDUs: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
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
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden (gesch.)</translation>
    </message>
    <message>
        <source>Peak host units (est.)</source>
        <translation>Host Units (Spitzenwert, gesch.)</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM Units (gesch.)</translation>
    </message>
    <message>
        <source>Estimated: the sum of the hourly host units over the hours of the period the history holds.</source>
        <translation>Geschätzt: die Summe der stündlichen Host Units über die Stunden des Zeitraums, die der Verlauf enthält.</translation>
    </message>
    <message>
        <source>Estimated: the host units of the busiest hour of the period.</source>
        <translation>Geschätzt: die Host Units der stärksten Stunde des Zeitraums.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the hourly DEM units over the hours of the period the history holds.</source>
        <translation>Geschätzt: die Summe der stündlichen DEM Units über die Stunden des Zeitraums, die der Verlauf enthält.</translation>
    </message>
    <message>
        <source>As the exports report them: the DDUs of every pool, summed over the hours of the period.</source>
        <translation>Wie die Exporte sie melden: die DDUs aller Pools, summiert über die Stunden des Zeitraums.</translation>
    </message>
    <message>
        <source>As the exports report them: visits and mobile sessions, summed over the hours of the period.</source>
        <translation>Wie die Exporte sie melden: Besuche und mobile Sitzungen, summiert über die Stunden des Zeitraums.</translation>
    </message>
    <message>
        <source>As the exports report it: the log upload volume, summed over the hours of the period.</source>
        <translation>Wie die Exporte es melden: das Log-Upload-Volumen, summiert über die Stunden des Zeitraums.</translation>
    </message>
    <message>
        <source>As the exports report it: log storage is a level, not a flow; its highest hour of the period.</source>
        <translation>Wie die Exporte es melden: der Log-Speicher ist ein Bestand, kein Fluss; seine höchste Stunde im Zeitraum.</translation>
    </message>
    <message>
        <source>As the exports report it: log storage is a level, not a flow; its average over the hours of the period with data.</source>
        <translation>Wie die Exporte es melden: der Log-Speicher ist ein Bestand, kein Fluss; sein Durchschnitt über die Stunden des Zeitraums mit Daten.</translation>
    </message>
    <message>
        <source>As the exports report them: the DDUs of pool %1, summed over the hours of the period.</source>
        <extracomment>%1 is a DDU pool, e.g. "metrics".</extracomment>
        <translation>Wie die Exporte sie melden: die DDUs des Pools %1, summiert über die Stunden des Zeitraums.</translation>
    </message>
    <message>
        <source>The first period's value is zero: no relative change.</source>
        <translation>Der Wert des ersten Zeitraums ist null: keine relative Änderung.</translation>
    </message>
    <message>
        <source>Each environment, then all environments together.</source>
        <translation>Jede Umgebung, dann alle Umgebungen zusammen.</translation>
    </message>
    <message>
        <source>Host-unit hours, peak host units and DEM units are estimated with the estimation rules in Settings (marked "est."); DDUs, sessions and log volumes are the exports' own figures.</source>
        <translation>Host-Unit-Stunden, Host Units (Spitzenwert) und DEM Units sind mit den Schätzregeln aus den Einstellungen geschätzt (mit „gesch.“ markiert); DDUs, Sitzungen und Log-Volumen sind die eigenen Werte der Exporte.</translation>
    </message>
    <message>
        <source>Over the hours of the first period that the history holds.</source>
        <translation>Über die Stunden des ersten Zeitraums, die der Verlauf enthält.</translation>
    </message>
    <message>
        <source>Over the hours of the second period that the history holds.</source>
        <translation>Über die Stunden des zweiten Zeitraums, die der Verlauf enthält.</translation>
    </message>
    <message>
        <source>After minus before.</source>
        <translation>Nachher minus vorher.</translation>
    </message>
    <message>
        <source>The change divided by before; empty when before is zero.</source>
        <translation>Die Änderung geteilt durch den Wert vorher; leer, wenn dieser null ist.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ConnectionTestController</name>
    <message>
        <source>The saved token could not be read: the token store was closed.</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden: Der Token-Speicher wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ConnectionTestResultView</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Connection test details</source>
        <translation>Details zum Verbindungstest</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>P&amp;in this certificate</source>
        <translation>Dieses Zertifikat &amp;fest hinterlegen</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this profile</source>
        <translation>Genau diesem Zertifikat für dieses Profil vertrauen</translation>
    </message>
    <message numerus="yes">
        <source>Connection OK: %n environment(s)</source>
        <translation>
            <numerusform>Verbindung OK: %n Umgebung</numerusform>
            <numerusform>Verbindung OK: %n Umgebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Save to keep the profile and its token.</source>
        <translation>Klicken Sie auf Speichern, um das Profil und sein Token zu behalten.</translation>
    </message>
    <message>
        <source>Press Save to keep the changes to the profile.</source>
        <translation>Klicken Sie auf Speichern, um die Änderungen am Profil zu behalten.</translation>
    </message>
    <message>
        <source>The cluster cannot be reached</source>
        <translation>Der Cluster ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The cluster's certificate is not trusted</source>
        <translation>Dem Zertifikat des Clusters wird nicht vertraut</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate that %1 presented. Choose the CA certificate that issued it under “CA certificate”, or compare the fingerprint below with the one the cluster's administrator gives you and pin the certificate only if they match.</source>
        <translation>Dieser Computer vertraut dem Zertifikat nicht, das %1 vorgelegt hat. Wählen Sie unter „CA-Zertifikat“ das CA-Zertifikat, von dem es ausgestellt wurde, oder vergleichen Sie den Fingerabdruck unten mit dem, den Ihnen der Administrator des Clusters nennt, und hinterlegen Sie das Zertifikat nur bei Übereinstimmung fest.</translation>
    </message>
    <message>
        <source>The token was not accepted</source>
        <translation>Das Token wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>The saved token was used; paste a new one and press Save.</source>
        <translation>Es wurde das gespeicherte Token verwendet; fügen Sie ein neues ein und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <source>The token lacks the Service Provider API scope</source>
        <translation>Dem Token fehlt die Berechtigung Service Provider API</translation>
    </message>
    <message>
        <source>The connection test failed</source>
        <translation>Der Verbindungstest ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Subject: %1
SHA-256: %2</source>
        <translation>Inhaber: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this profile, whoever issued it. Only do so after comparing the fingerprint with the cluster's administrator.</source>
        <translation>Genau diesem Zertifikat für dieses Profil vertrauen, unabhängig vom Aussteller. Tun Sie das nur, nachdem Sie den Fingerabdruck mit dem Administrator des Clusters abgeglichen haben.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::CostCentreModel</name>
    <message>
        <source>Tag</source>
        <extracomment>Where an environment's cost centre came from: its tag.</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Manual</source>
        <extracomment>Where an environment's cost centre came from: entered by hand.</extracomment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>LicenseUi::CoverageStrip</name>
    <message>
        <source>History coverage</source>
        <translation>Abdeckung des Verlaufs</translation>
    </message>
    <message>
        <source>Missing in %1: %2</source>
        <translation>Fehlt in %1: %2</translation>
    </message>
    <message>
        <source>%1: no hours stored</source>
        <translation>%1: keine Stunden gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, no gaps</source>
        <translation>%1, keine Lücken</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 missing in %n gap(s)</source>
        <translation>
            <numerusform>%1; fehlend: %2 in %n Lücke</numerusform>
            <numerusform>%1; fehlend: %2 in %n Lücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The history holds no hours yet.</source>
        <translation>Der Verlauf enthält noch keine Stunden.</translation>
    </message>
    <message>
        <source>Use the arrow keys to step from gap to gap.</source>
        <translation>Mit den Pfeiltasten gelangen Sie von Lücke zu Lücke.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
</context>
<context>
    <name>LicenseUi::DateRangeWidget</name>
    <message>
        <source>Date range preset</source>
        <translation>Vorgabe für den Zeitraum</translation>
    </message>
    <message>
        <source>Start of the range (local time)</source>
        <translation>Beginn des Zeitraums (Ortszeit)</translation>
    </message>
    <message>
        <source>End of the range (local time)</source>
        <translation>Ende des Zeitraums (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message numerus="yes">
        <source>UTC %1 to %2, %n hour(s)</source>
        <translation>
            <numerusform>UTC %1 bis %2, %n Stunde</numerusform>
            <numerusform>UTC %1 bis %2, %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>(the end was moved to %1 local time: the cluster exports hours up to two hours ago)</source>
        <translation>(das Ende wurde auf %1 Ortszeit verschoben: Der Cluster exportiert Stunden nur bis vor zwei Stunden)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Show the history of one cluster, or of all together</source>
        <translation>Den Verlauf eines Clusters oder aller zusammen anzeigen</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The history holds no hours yet: open or download an export first.</source>
        <translation>Der Verlauf enthält noch keine Stunden: Öffnen Sie zuerst einen Export oder laden Sie einen herunter.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::DisplayFormat</name>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1
%2 to %3 local time</source>
        <translation>%1
%2 bis %3 Ortszeit</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Full-Stack</source>
        <translation>Full-Stack</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>PaaS</source>
        <translation>PaaS</translation>
    </message>
    <message>
        <source>Host units</source>
        <translation>Host Units</translation>
    </message>
    <message>
        <source>Peak host units</source>
        <translation>Host Units (Spitzenwert)</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>DEM units</source>
        <translation>DEM Units</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>DDUs: %1</source>
        <translation>DDUs: %1</translation>
    </message>
    <message>
        <source>User sessions</source>
        <translation>Benutzersitzungen</translation>
    </message>
    <message>
        <source>Synthetic executions</source>
        <translation>Synthetic-Ausführungen</translation>
    </message>
    <message>
        <source>Custom metrics</source>
        <translation>Benutzerdefinierte Metriken</translation>
    </message>
    <message>
        <source>Host units per hour (estimated)</source>
        <translation>Host Units pro Stunde (geschätzt)</translation>
    </message>
    <message>
        <source>Counted hosts per hour</source>
        <translation>Gezählte Hosts pro Stunde</translation>
    </message>
    <message>
        <source>DEM units per hour (estimated)</source>
        <translation>DEM Units pro Stunde (geschätzt)</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>Host-unit hours per day (estimated)</source>
        <translation>Host-Unit-Stunden pro Tag (geschätzt)</translation>
    </message>
    <message>
        <source>Host-unit hours per month (estimated)</source>
        <translation>Host-Unit-Stunden pro Monat (geschätzt)</translation>
    </message>
    <message>
        <source>Peak host units of the day (estimated)</source>
        <translation>Host Units, Spitzenwert des Tages (geschätzt)</translation>
    </message>
    <message>
        <source>Peak host units of the month (estimated)</source>
        <translation>Host Units, Spitzenwert des Monats (geschätzt)</translation>
    </message>
    <message>
        <source>Peak counted hosts of the day</source>
        <translation>Gezählte Hosts, Spitzenwert des Tages</translation>
    </message>
    <message>
        <source>Peak counted hosts of the month</source>
        <translation>Gezählte Hosts, Spitzenwert des Monats</translation>
    </message>
    <message>
        <source>DEM units per day (estimated)</source>
        <translation>DEM Units pro Tag (geschätzt)</translation>
    </message>
    <message>
        <source>DEM units per month (estimated)</source>
        <translation>DEM Units pro Monat (geschätzt)</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Per day or month: host-unit hours, the sum of the hourly host units.</source>
        <translation>Pro Tag oder Monat: Host-Unit-Stunden, die Summe der stündlichen Host Units.</translation>
    </message>
    <message>
        <source>Per day or month: the host units of the busiest hour.</source>
        <translation>Pro Tag oder Monat: die Host Units der Stunde mit der höchsten Nutzung.</translation>
    </message>
    <message numerus="yes">
        <source>Hosts counted in the hour (active for at least %n minute(s), or without activity records); per day or month, the busiest hour.</source>
        <translation>
            <numerusform>In der Stunde gezählte Hosts (mindestens %n Minute aktiv oder ohne Aktivitätseinträge); pro Tag oder Monat die Stunde mit der höchsten Nutzung.</numerusform>
            <numerusform>In der Stunde gezählte Hosts (mindestens %n Minuten aktiv oder ohne Aktivitätseinträge); pro Tag oder Monat die Stunde mit der höchsten Nutzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Infrastructure hosts weigh 30% of that, at most 1.0.</source>
        <translation>Infrastructure-Hosts werden mit 30 % davon gewichtet, höchstens mit 1,0.</translation>
    </message>
    <message>
        <source>Infrastructure hosts weigh 30% of that.</source>
        <translation>Infrastructure-Hosts werden mit 30 % davon gewichtet.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated from each host's memory and monitoring mode: Full-Stack and PaaS hosts weigh 0.1 up to 1.6 GiB, 0.25 up to 4 GiB, 0.5 up to 8 GiB, 1.0 up to 16 GiB, then one per started 16 GiB; %1 A host counts in an hour when its agents were active for at least %n minute(s), or when it has no activity records.</source>
        <translation>
            <numerusform>Geschätzt aus Arbeitsspeicher und Überwachungsmodus jedes Hosts: Full-Stack- und PaaS-Hosts werden bis 1,6 GiB mit 0,1 gewichtet, bis 4 GiB mit 0,25, bis 8 GiB mit 0,5, bis 16 GiB mit 1,0, darüber mit 1 je angefangene 16 GiB; %1 Ein Host wird in einer Stunde gezählt, wenn seine Agenten mindestens %n Minute aktiv waren oder wenn er keine Aktivitätseinträge hat.</numerusform>
            <numerusform>Geschätzt aus Arbeitsspeicher und Überwachungsmodus jedes Hosts: Full-Stack- und PaaS-Hosts werden bis 1,6 GiB mit 0,1 gewichtet, bis 4 GiB mit 0,25, bis 8 GiB mit 0,5, bis 16 GiB mit 1,0, darüber mit 1 je angefangene 16 GiB; %1 Ein Host wird in einer Stunde gezählt, wenn seine Agenten mindestens %n Minuten aktiv waren oder wenn er keine Aktivitätseinträge hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated: %1 per user session (visits and mobile sessions), %2 more per session replay, %3 per browser monitor execution, %4 per HTTP monitor execution. Session properties are not included.</source>
        <translation>Geschätzt: %1 je Benutzersitzung (Besuche und mobile Sitzungen), %2 zusätzlich je Session Replay, %3 je Ausführung eines Browser-Monitors, %4 je Ausführung eines HTTP-Monitors. Sitzungseigenschaften sind nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>%1 UTC
%2 local time</source>
        <translation>%1 UTC
%2 Ortszeit</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 UTC (%Ln hour(s))</source>
        <translation>
            <numerusform>%1 bis %2 UTC (%Ln Stunde)</numerusform>
            <numerusform>%1 bis %2 UTC (%Ln Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Log-Upload</translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Log-Speicherung (Spitzenwert)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::DownloadPanel</name>
    <message>
        <source>No download is running.</source>
        <translation>Es läuft kein Download.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Download-Details</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Countdown bis zum nächsten Versuch</translation>
    </message>
    <message>
        <source>Download result</source>
        <translation>Download-Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>License export of “%1”, %2 – %3 UTC (%n hour(s))</source>
        <translation>
            <numerusform>Lizenzexport von „%1“, %2 – %3 UTC (%n Stunde)</numerusform>
            <numerusform>Lizenzexport von „%1“, %2 – %3 UTC (%n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the cluster to prepare the export…</source>
        <translation>Warten, bis der Cluster den Export vorbereitet hat…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another folder or check its permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen anderen Ordner oder prüfen Sie dessen Berechtigungen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The cluster is being upgraded; the download starts once it answers again.</source>
        <translation>Der Cluster wird gerade aktualisiert; der Download beginnt, sobald er wieder antwortet.</translation>
    </message>
    <message>
        <source>Another license export is running on the cluster, and a cluster runs only one at a time. The download starts as soon as it has finished.</source>
        <translation>Auf dem Cluster läuft bereits ein anderer Lizenzexport, und ein Cluster führt immer nur einen gleichzeitig aus. Der Download beginnt, sobald dieser abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Cluster upgrade in progress — retrying in %n s</source>
        <translation>
            <numerusform>Cluster wird aktualisiert — neuer Versuch in %n s</numerusform>
            <numerusform>Cluster wird aktualisiert — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster busy exporting — retrying in %n s</source>
        <translation>
            <numerusform>Cluster mit einem Export beschäftigt — neuer Versuch in %n s</numerusform>
            <numerusform>Cluster mit einem Export beschäftigt — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster upgrade in progress — retrying now…</source>
        <translation>Cluster wird aktualisiert — neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Cluster busy exporting — retrying now…</source>
        <translation>Cluster mit einem Export beschäftigt — neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 wurde heruntergeladen.</translation>
    </message>
    <message>
        <source>The range ends at %1 UTC, the newest hour the cluster can export.</source>
        <translation>Der Zeitraum endet um %1 UTC; das ist die neueste Stunde, die der Cluster exportieren kann.</translation>
    </message>
    <message>
        <source>Stopped after %1.</source>
        <translation>Nach %1 beendet.</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was saved.</source>
        <translation>Der Download wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space, then try again.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Platz frei ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Reading environment names and the cluster license…</source>
        <translation>Umgebungsnamen und Cluster-Lizenz werden gelesen…</translation>
    </message>
    <message>
        <source>Environment names read.</source>
        <translation>Umgebungsnamen gelesen.</translation>
    </message>
    <message>
        <source>Environment names could not be read, so ids are shown: %1</source>
        <translation>Die Umgebungsnamen konnten nicht gelesen werden, daher werden IDs angezeigt: %1</translation>
    </message>
    <message>
        <source>License quotas read.</source>
        <translation>Lizenzkontingente gelesen.</translation>
    </message>
    <message>
        <source>The cluster does not report license quotas (that needs Dynatrace Managed 1.326 or later).</source>
        <translation>Der Cluster meldet keine Lizenzkontingente (dafür ist Dynatrace Managed 1.326 oder neuer nötig).</translation>
    </message>
    <message>
        <source>The cluster license could not be read, so no quotas are shown: %1</source>
        <translation>Die Cluster-Lizenz konnte nicht gelesen werden, daher werden keine Kontingente angezeigt: %1</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Check the profile and its token under Clusters &amp; Tokens.</source>
        <translation>Prüfen Sie das Profil und sein Token unter Cluster &amp; Tokens.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::EnvironmentTotalsModel</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden (gesch.)</translation>
    </message>
    <message>
        <source>Peak host units (est.)</source>
        <translation>Host Units (Spitzenwert, gesch.)</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM Units (gesch.)</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>User sessions</source>
        <translation>Benutzersitzungen</translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Log-Speicherung (Spitzenwert)</translation>
    </message>
    <message>
        <source>Log storage (average)</source>
        <translation>Log-Speicherung (Durchschnitt)</translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Log-Upload</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ExportCsvDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>One row per environment and</source>
        <translation>Eine Zeile je Umgebung und</translation>
    </message>
    <message>
        <source>&amp;Hour (the canonical hourly file)</source>
        <translation>&amp;Stunde (die kanonische Stundendatei)</translation>
    </message>
    <message>
        <source>&amp;Day (UTC)</source>
        <translation>&amp;Tag (UTC)</translation>
    </message>
    <message>
        <source>&amp;Month (UTC)</source>
        <translation>&amp;Monat (UTC)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>&amp;All environments</source>
        <translation>&amp;Alle Umgebungen</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;filtered environment(s)</source>
        <translation>
            <numerusform>Nur die %n &amp;gefilterte Umgebung</numerusform>
            <numerusform>Nur die %n &amp;gefilterten Umgebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ExportDetailsPage</name>
    <message>
        <source>cluster export (nested ZIP with signature and log)</source>
        <translation>Cluster-Export (verschachteltes ZIP mit Signatur und Log)</translation>
    </message>
    <message>
        <source>ZIP with the hourly files directly inside</source>
        <translation>ZIP, das die Stundendateien direkt enthält</translation>
    </message>
    <message>
        <source>a single hourly JSON file</source>
        <translation>eine einzelne stündliche JSON-Datei</translation>
    </message>
    <message>
        <source>No export is open.</source>
        <translation>Es ist kein Export geöffnet.</translation>
    </message>
    <message>
        <source>Missing hours</source>
        <translation>Fehlende Stunden</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Export-Log</translation>
    </message>
    <message>
        <source>&lt;b&gt;File:&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;Datei:&lt;/b&gt; %1 (%2), %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cluster:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Range:&lt;/b&gt; %1 to %2 UTC, %n hour(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; %1 bis %2 UTC, %n Stunde</numerusform>
            <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; %1 bis %2 UTC, %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Hourly files read:&lt;/b&gt; %n</source>
        <translation>
            <numerusform>&lt;b&gt;Gelesene Stundendateien:&lt;/b&gt; %n</numerusform>
            <numerusform>&lt;b&gt;Gelesene Stundendateien:&lt;/b&gt; %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; none in this file</source>
        <translation>&lt;b&gt;Signatur:&lt;/b&gt; keine in dieser Datei</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; %1 (%2; kept as is, not checked)</source>
        <translation>&lt;b&gt;Signatur:&lt;/b&gt; %1 (%2; unverändert aufbewahrt, nicht geprüft)</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 UTC (%n hour(s))</source>
        <translation>
            <numerusform>%1 bis %2 UTC (%n Stunde)</numerusform>
            <numerusform>%1 bis %2 UTC (%n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every hour of the range has data.</source>
        <translation>Keine: Für jede Stunde des Zeitraums liegen Daten vor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>This export has no log file.</source>
        <translation>Dieser Export enthält keine Log-Datei.</translation>
    </message>
    <message>
        <source>Exports of this range</source>
        <translation>Exporte dieses Zeitraums</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Hours of this range</source>
        <translation>Stunden dieses Zeitraums</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Exports this range comes from</source>
        <translation>Exporte, aus denen dieser Zeitraum stammt</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the history:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aus dem Verlauf:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>alle Cluster</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Exports:&lt;/b&gt; %n</source>
        <translation>
            <numerusform>&lt;b&gt;Exporte:&lt;/b&gt; %n</numerusform>
            <numerusform>&lt;b&gt;Exporte:&lt;/b&gt; %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ForecastPage</name>
    <message>
        <source>License pool</source>
        <translation>Lizenzpool</translation>
    </message>
    <message>
        <source>DEM units</source>
        <translation>DEM-Units</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Host-Unit-Stunden</translation>
    </message>
    <message>
        <source>Host units (peak)</source>
        <translation>Host Units (Spitze)</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>P&amp;ool:</translation>
    </message>
    <message>
        <source>License &amp;period:</source>
        <translation>Lizenz&amp;zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>K&amp;ontingent:</translation>
    </message>
    <message>
        <source>Consumed so far:</source>
        <translation>Bisher verbraucht:</translation>
    </message>
    <message>
        <source>Daily rate:</source>
        <translation>Tagesrate:</translation>
    </message>
    <message>
        <source>Projected at the period's end:</source>
        <translation>Prognose zum Ende des Zeitraums:</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>Bandbreite:</translation>
    </message>
    <message>
        <source>Share of the quota:</source>
        <translation>Anteil am Kontingent:</translation>
    </message>
    <message>
        <source>Quota reached:</source>
        <translation>Kontingent erreicht:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>host-unit hours</source>
        <translation>Host-Unit-Stunden</translation>
    </message>
    <message>
        <source>host units</source>
        <translation>Host Units</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 its unit ("DEM units").</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose the license period.</source>
        <translation>Wählen Sie den Lizenzzeitraum.</translation>
    </message>
    <message>
        <source>%1, the peak up to %2</source>
        <extracomment>%1 is an amount, %2 a day.</extracomment>
        <translation>%1, die Spitze bis %2</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n complete day(s) of data in the period</source>
        <translation>
            <numerusform>%n vollständiger Tag mit Daten im Zeitraum</numerusform>
            <numerusform>%n vollständige Tage mit Daten im Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>daily peaks of %1 on average (± %2) over the last %n day(s)</source>
        <extracomment>%1 is the mean of the daily values, %2 their standard deviation, %n the days.</extracomment>
        <translation>
            <numerusform>Tagesspitzen von durchschnittlich %1 (± %2) über den letzten %n Tag</numerusform>
            <numerusform>Tagesspitzen von durchschnittlich %1 (± %2) über die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average (± %2) over the last %n day(s)</source>
        <translation>
            <numerusform>durchschnittlich %1 pro Tag (± %2) über den letzten %n Tag</numerusform>
            <numerusform>durchschnittlich %1 pro Tag (± %2) über die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the projected amount, %2 the last day of the period.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 and %2 are the low and the high end of the projection.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>Type the quota to see the share.</source>
        <translation>Geben Sie das Kontingent ein, um den Anteil zu sehen.</translation>
    </message>
    <message>
        <source>already, on %1</source>
        <translation>bereits, am %1</translation>
    </message>
    <message>
        <source>on %1, at the current rate</source>
        <translation>am %1, bei der aktuellen Rate</translation>
    </message>
    <message>
        <source>not within the period, at the current rate</source>
        <translation>nicht innerhalb des Zeitraums, bei der aktuellen Rate</translation>
    </message>
    <message>
        <source>Projected %1 by the end of the license period on %2.</source>
        <extracomment>%1 is the projected amount, %2 the end of the license period.</extracomment>
        <translation>Prognose: %1 bis zum Ende des Lizenzzeitraums am %2.</translation>
    </message>
    <message>
        <source>That is %1 % of the quota.</source>
        <translation>Das sind %1 % des Kontingents.</translation>
    </message>
    <message>
        <source>Estimated: the sum of every hour of the license period up to the end of the last complete day of data; for host units, the peak so far.</source>
        <translation>Geschätzt: die Summe aller Stunden des Lizenzzeitraums bis zum Ende des letzten vollständigen Datentags; bei Host Units der bisherige Spitzenwert.</translation>
    </message>
    <message>
        <source>The mean of the daily values of the last complete days of data, with their standard deviation after ±.</source>
        <translation>Der Mittelwert der Tageswerte der letzten vollständigen Datentage, nach ± ihre Standardabweichung.</translation>
    </message>
    <message>
        <source>Estimated: consumed so far plus the daily rate for every day left in the period; for host units, the greater of the peak so far and the mean daily peak.</source>
        <translation>Geschätzt: der bisherige Verbrauch plus die Tagesrate für jeden verbleibenden Tag des Zeitraums; bei Host Units der größere Wert aus bisherigem Spitzenwert und mittlerer Tagesspitze.</translation>
    </message>
    <message>
        <source>The projection with the daily rate one standard deviation lower and higher.</source>
        <translation>Die Hochrechnung mit einer um eine Standardabweichung niedrigeren und höheren Tagesrate.</translation>
    </message>
    <message>
        <source>The projection in percent of the quota.</source>
        <translation>Die Hochrechnung in Prozent des Kontingents.</translation>
    </message>
    <message>
        <source>The day consumed so far plus the daily rate reaches the quota.</source>
        <translation>Der Tag, an dem der bisherige Verbrauch plus die Tagesrate das Kontingent erreicht.</translation>
    </message>
    <message>
        <source>A day is complete when the history holds all its 24 hours.</source>
        <translation>Ein Tag ist vollständig, wenn der Verlauf alle seine 24 Stunden enthält.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::HistoryPage</name>
    <message>
        <source>&amp;Open Export…</source>
        <translation>Export ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add an export saved earlier to the history</source>
        <translation>Einen früher gespeicherten Export in den Verlauf aufnehmen</translation>
    </message>
    <message>
        <source>History busy</source>
        <translation>Verlauf beschäftigt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The history is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Der Verlauf ist leer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every export you open, download or sync is kept here, and the views read their hours from it: any range, across exports and clusters.&lt;/p&gt;&lt;p&gt;To fill the history:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Open an export&lt;/b&gt; saved from the Cluster Management Console, or drop its ZIP file on this window.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Download&lt;/b&gt; a range from a cluster: choose the cluster and the dates, then press Download.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sync&lt;/b&gt; a cluster to fetch every hour the history lacks, up to two hours ago.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Jeder Export, den Sie öffnen, herunterladen oder synchronisieren, wird hier aufbewahrt, und die Ansichten lesen ihre Stunden daraus: jeden Zeitraum, über Exporte und Cluster hinweg.&lt;/p&gt;&lt;p&gt;So füllen Sie den Verlauf:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Öffnen Sie einen Export&lt;/b&gt;, der aus der Cluster Management Console gespeichert wurde, oder ziehen Sie seine ZIP-Datei auf dieses Fenster.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Laden Sie einen Zeitraum&lt;/b&gt; von einem Cluster herunter: Wählen Sie den Cluster und die Daten und klicken Sie dann auf „Herunterladen“.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Synchronisieren&lt;/b&gt; Sie einen Cluster, um jede Stunde zu holen, die dem Verlauf fehlt, bis vor zwei Stunden.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Neu aufbauen</translation>
    </message>
    <message>
        <source>Build the history anew from the exports kept in the data folder. Nothing is lost; with a year of exports it takes a while.</source>
        <translation>Den Verlauf aus den im Datenordner aufbewahrten Exporten neu aufbauen. Dabei geht nichts verloren; bei einem Jahr an Exporten dauert es eine Weile.</translation>
    </message>
    <message>
        <source>Exports in the history</source>
        <translation>Exporte im Verlauf</translation>
    </message>
    <message>
        <source>&amp;Forget Export…</source>
        <translation>Export &amp;vergessen…</translation>
    </message>
    <message>
        <source>Remove the export and its kept copy from the history</source>
        <translation>Den Export und seine aufbewahrte Kopie aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>SHA-256 &amp;kopieren</translation>
    </message>
    <message>
        <source>Corrections log</source>
        <translation>Korrekturprotokoll</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>%1 of %2 hold %3</source>
        <translation>%1, %2, zusammen %3</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n Export</numerusform>
            <numerusform>%n Exporte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>keine Lücken</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) of %1 in all</source>
        <translation>
            <numerusform>%n Lücke mit insgesamt %1</numerusform>
            <numerusform>%n Lücken mit insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>Exports made later hold all its hours, so the history shows the same data without it.</source>
        <translation>Später erstellte Exporte enthalten alle seine Stunden; der Verlauf zeigt ohne ihn dieselben Daten.</translation>
    </message>
    <message numerus="yes">
        <source>It stands for %Ln hour(s) now. Other exports that hold them take its place; hours no other export holds become gaps.</source>
        <translation>
            <numerusform>Er ist derzeit für %Ln Stunde maßgeblich. Andere Exporte, die sie enthalten, treten an seine Stelle; enthält sie kein anderer Export, wird sie zur Lücke.</numerusform>
            <numerusform>Er ist derzeit für %Ln Stunden maßgeblich. Andere Exporte, die sie enthalten, treten an seine Stelle; Stunden, die kein anderer Export enthält, werden zu Lücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Export</source>
        <translation>Export vergessen</translation>
    </message>
    <message>
        <source>Forget “%1” and delete its kept copy?</source>
        <translation>„%1“ vergessen und die aufbewahrte Kopie löschen?</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>LicenseUi::HostsInHourModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Arbeitsspeicher (GiB)</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host Units (gesch.)</translation>
    </message>
    <message>
        <source>OS instance id %1</source>
        <translation>OS-Instanz-ID %1</translation>
    </message>
    <message>
        <source>Estimated: the host's host units in this hour, from its memory and monitoring mode.</source>
        <translation>Geschätzt: die Host Units des Hosts in dieser Stunde, aus seinem Arbeitsspeicher und Überwachungsmodus.</translation>
    </message>
    <message>
        <source>The host's entity id, made from its OS instance id.</source>
        <translation>Die Entitäts-ID des Hosts, gebildet aus seiner OS-Instanz-ID.</translation>
    </message>
    <message>
        <source>The environment that counted the host in this hour.</source>
        <translation>Die Umgebung, die den Host in dieser Stunde gezählt hat.</translation>
    </message>
    <message>
        <source>The host's monitoring mode in this hour.</source>
        <translation>Der Überwachungsmodus des Hosts in dieser Stunde.</translation>
    </message>
    <message>
        <source>The host's memory in this hour, as the export reports it.</source>
        <translation>Der Arbeitsspeicher des Hosts in dieser Stunde, wie der Export ihn meldet.</translation>
    </message>
    <message>
        <source>Estimated: from the host's memory and monitoring mode with the estimation rules in Settings.</source>
        <translation>Geschätzt: aus dem Arbeitsspeicher und Überwachungsmodus des Hosts mit den Schätzregeln aus den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::HostsModel</name>
    <message>
        <source>OS instance id %1</source>
        <translation>OS-Instanz-ID %1</translation>
    </message>
    <message>
        <source>As in the last hour the host was seen.</source>
        <translation>Wie in der letzten Stunde, in der der Host gesehen wurde.</translation>
    </message>
    <message>
        <source>Counted in %1 of the %2 hours the host was seen.</source>
        <translation>In %1 der %2 Stunden gezählt, in denen der Host gesehen wurde.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's host units over the hours it was counted.</source>
        <translation>Geschätzt: die Summe der Host Units des Hosts über die Stunden, in denen er gezählt wurde.</translation>
    </message>
    <message>
        <source>The host's entity id in Dynatrace: HOST- and the OS instance id in hexadecimal.</source>
        <translation>Die Entitäts-ID des Hosts in Dynatrace: HOST- gefolgt von der OS-Instanz-ID in Hexadezimalschreibweise.</translation>
    </message>
    <message>
        <source>Monitoring mode in the last hour the host was seen.</source>
        <translation>Überwachungsmodus in der letzten Stunde, in der der Host gesehen wurde.</translation>
    </message>
    <message>
        <source>Memory in GiB in the last hour the host was seen; for PaaS hosts the memory limit when set.</source>
        <translation>Arbeitsspeicher in GiB in der letzten Stunde, in der der Host gesehen wurde; bei PaaS-Hosts das Speicherlimit, sofern gesetzt.</translation>
    </message>
    <message>
        <source>Host units of one counted hour at the host's latest memory and mode.</source>
        <translation>Host Units einer gezählten Stunde bei zuletzt gesehenem Arbeitsspeicher und Modus des Hosts.</translation>
    </message>
    <message>
        <source>Hours in which the host counted towards host units.</source>
        <translation>Stunden, in denen der Host für Host Units gezählt wurde.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's hourly host units.</source>
        <translation>Geschätzt: die Summe der stündlichen Host Units des Hosts.</translation>
    </message>
    <message>
        <source>Start of the hour, in UTC.</source>
        <translation>Beginn der Stunde, in UTC.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Arbeitsspeicher (GiB)</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host Units (gesch.)</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Gezählte Stunden</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden (gesch.)</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Zuerst gesehen (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::HourlyUsageModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
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
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <source>Environment ID</source>
        <translation>Umgebungs-ID</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Hours with data</source>
        <translation>Stunden mit Daten</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Peak hosts</source>
        <translation>Hosts (Spitzenwert)</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host Units (gesch.)</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden (gesch.)</translation>
    </message>
    <message>
        <source>Peak host units (est.)</source>
        <translation>Host Units (Spitzenwert, gesch.)</translation>
    </message>
    <message>
        <source>Full-Stack host units (est.)</source>
        <translation>Host Units Full-Stack (gesch.)</translation>
    </message>
    <message>
        <source>Full-Stack host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden Full-Stack (gesch.)</translation>
    </message>
    <message>
        <source>Infrastructure host units (est.)</source>
        <translation>Host Units Infrastructure (gesch.)</translation>
    </message>
    <message>
        <source>Infrastructure host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden Infrastructure (gesch.)</translation>
    </message>
    <message>
        <source>PaaS host units (est.)</source>
        <translation>Host Units PaaS (gesch.)</translation>
    </message>
    <message>
        <source>PaaS host-unit hours (est.)</source>
        <translation>Host-Unit-Stunden PaaS (gesch.)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Mobile sessions</source>
        <translation>Mobile Sitzungen</translation>
    </message>
    <message>
        <source>Session replays</source>
        <translation>Session Replays</translation>
    </message>
    <message>
        <source>Mobile session replays</source>
        <translation>Mobile Session Replays</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>Benutzereigenschaften</translation>
    </message>
    <message>
        <source>Browser monitor executions</source>
        <translation>Browser-Monitor-Ausführungen</translation>
    </message>
    <message>
        <source>HTTP monitor executions</source>
        <translation>HTTP-Monitor-Ausführungen</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM Units (gesch.)</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>Custom metrics</source>
        <translation>Benutzerdefinierte Metriken</translation>
    </message>
    <message>
        <source>Log storage</source>
        <translation>Log-Speicherung</translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Log-Upload</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>DDUs: %1</source>
        <translation>DDUs: %1</translation>
    </message>
    <message>
        <source>Start of the hour, in UTC like the export.</source>
        <translation>Beginn der Stunde, in UTC wie im Export.</translation>
    </message>
    <message>
        <source>Start of the period, in UTC.</source>
        <translation>Beginn des Zeitabschnitts, in UTC.</translation>
    </message>
    <message>
        <source>The environment's name as the cluster reported it; empty when unknown.</source>
        <translation>Der Name der Umgebung, wie der Cluster ihn gemeldet hat; leer, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Hours of the period with a file for this environment.</source>
        <translation>Stunden des Zeitabschnitts mit einer Datei für diese Umgebung.</translation>
    </message>
    <message>
        <source>Hosts counted in the hour.</source>
        <translation>In der Stunde gezählte Hosts.</translation>
    </message>
    <message>
        <source>Hosts counted in the busiest hour of the period.</source>
        <translation>Gezählte Hosts in der Stunde mit der höchsten Nutzung im Zeitabschnitt.</translation>
    </message>
    <message>
        <source>Host-unit hours: the sum of the hourly host units of the period.</source>
        <translation>Host-Unit-Stunden: die Summe der stündlichen Host Units im Zeitabschnitt.</translation>
    </message>
    <message>
        <source>Peak: the host units of the busiest hour of the period.</source>
        <translation>Spitzenwert: die Host Units der Stunde mit der höchsten Nutzung im Zeitabschnitt.</translation>
    </message>
    <message>
        <source>Davis data units of all pools, as the export reports them.</source>
        <translation>Davis Data Units aller Pools, wie im Export angegeben.</translation>
    </message>
    <message>
        <source>Bytes, as the export reports them.</source>
        <translation>Bytes, wie im Export angegeben.</translation>
    </message>
    <message>
        <source>Whether the environment was a trial in any hour of the row.</source>
        <translation>Ob sich die Umgebung in einer der Stunden dieser Zeile in der Testphase befand.</translation>
    </message>
    <message>
        <source>Davis data units of this pool, as the export reports them.</source>
        <translation>Davis Data Units dieses Pools, wie im Export angegeben.</translation>
    </message>
    <message>
        <source>CSV column: %1</source>
        <translation>CSV-Spalte: %1</translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Log-Speicherung (Spitzenwert)</translation>
    </message>
    <message>
        <source>Log storage (average)</source>
        <translation>Log-Speicherung (Durchschnitt)</translation>
    </message>
    <message>
        <source>Bytes stored at the hour, as the export reports them.</source>
        <translation>In der Stunde gespeicherte Bytes, wie im Export angegeben.</translation>
    </message>
    <message>
        <source>The highest hourly log storage level of the period, in bytes.</source>
        <translation>Der höchste stündliche Stand der Log-Speicherung im Zeitraum, in Bytes.</translation>
    </message>
    <message>
        <source>The average hourly log storage level of the period's hours with data, in bytes.</source>
        <translation>Der durchschnittliche stündliche Stand der Log-Speicherung über die Stunden des Zeitraums mit Daten, in Bytes.</translation>
    </message>
    <message>
        <source>Bytes uploaded, summed over the period.</source>
        <translation>Hochgeladene Bytes, über den Zeitraum summiert.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::IngestLogModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1
Cluster %2</source>
        <translation>%1
Cluster %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) the history did not hold before.</source>
        <translation>
            <numerusform>%Ln Stunde, die der Verlauf vorher nicht enthielt.</numerusform>
            <numerusform>%Ln Stunden, die der Verlauf vorher nicht enthielt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) for which this export, made later, replaced the one that stood before.</source>
        <translation>
            <numerusform>%Ln Stunde, für die dieser später erstellte Export den bisher maßgeblichen ersetzt hat.</numerusform>
            <numerusform>%Ln Stunden, für die dieser später erstellte Export den bisher maßgeblichen ersetzt hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln environment-hour value(s) in the replaced hours that differ from the older export's.</source>
        <translation>
            <numerusform>%Ln Wert je Umgebung und Stunde weicht in den ersetzten Stunden vom älteren Export ab.</numerusform>
            <numerusform>%Ln Werte je Umgebung und Stunde weichen in den ersetzten Stunden vom älteren Export ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) left as they were because an export made later already holds them.</source>
        <translation>
            <numerusform>%Ln Stunde blieb unverändert, weil ein später erstellter Export sie bereits enthält.</numerusform>
            <numerusform>%Ln Stunden blieben unverändert, weil ein später erstellter Export sie bereits enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hour was replaced.</source>
        <translation>Keine Stunde wurde ersetzt.</translation>
    </message>
    <message>
        <source>The replaced hours lie in %1.</source>
        <translation>Die ersetzten Stunden liegen im Zeitraum %1.</translation>
    </message>
    <message>
        <source>When the export was ingested, in UTC.</source>
        <translation>Wann der Export aufgenommen wurde, in UTC.</translation>
    </message>
    <message>
        <source>Hours the history did not hold before.</source>
        <translation>Stunden, die der Verlauf vorher nicht enthielt.</translation>
    </message>
    <message>
        <source>Hours an older export stood for until this one, made later, arrived.</source>
        <translation>Stunden, für die bis zum Eintreffen dieses später erstellten Exports ein älterer maßgeblich war.</translation>
    </message>
    <message>
        <source>In the replaced hours, the environment-hour values that differ from the older export's.</source>
        <translation>Die Werte je Umgebung und Stunde, die in den ersetzten Stunden vom älteren Export abweichen.</translation>
    </message>
    <message>
        <source>Hours left alone because an export made later already holds them.</source>
        <translation>Stunden, die unverändert blieben, weil ein später erstellter Export sie bereits enthält.</translation>
    </message>
    <message>
        <source>From the first to the end of the last replaced hour, in UTC.</source>
        <translation>Vom Beginn der ersten bis zum Ende der letzten ersetzten Stunde, in UTC.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Hours added</source>
        <translation>Stunden hinzugefügt</translation>
    </message>
    <message>
        <source>Hours replaced</source>
        <translation>Stunden ersetzt</translation>
    </message>
    <message>
        <source>Values changed</source>
        <translation>Werte geändert</translation>
    </message>
    <message>
        <source>Hours kept</source>
        <translation>Stunden belassen</translation>
    </message>
    <message>
        <source>Replaced hours (UTC)</source>
        <translation>Ersetzter Zeitraum (UTC)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::MainWindow</name>
    <message>
        <source>Import progress</source>
        <translation>Import-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Export…</source>
        <translation>Export ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a license export saved earlier, for example from the Cluster Management Console</source>
        <translation>Einen früher gespeicherten Lizenzexport öffnen, zum Beispiel aus der Cluster Management Console</translation>
    </message>
    <message>
        <source>&amp;Recent Exports</source>
        <translation>&amp;Zuletzt geöffnete Exporte</translation>
    </message>
    <message>
        <source>Open &amp;Demo Export</source>
        <translation>&amp;Demo-Export öffnen</translation>
    </message>
    <message>
        <source>Save &amp;ZIP Copy…</source>
        <translation>ZIP-&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a byte-identical copy of the export, as the cluster sent it</source>
        <translation>Eine byte-identische Kopie des Exports speichern, so wie der Cluster ihn gesendet hat</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save C&amp;hart Image…</source>
        <translation>Dia&amp;grammbild speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Clusters &amp;&amp; &amp;Tokens…</source>
        <translation>Cluster &amp;&amp; &amp;Tokens…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Download the license export of the chosen range from the cluster</source>
        <translation>Den Lizenzexport des gewählten Zeitraums vom Cluster herunterladen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Hourly Table</source>
        <translation>&amp;Stundentabelle</translation>
    </message>
    <message>
        <source>Ho&amp;sts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <source>Export &amp;Details</source>
        <translation>&amp;Export-Details</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About License Usage Explorer</source>
        <translation>&amp;Über License Usage Explorer</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <translation>Cluster-Profil</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Hourly usage per environment</source>
        <translation>Stündliche Nutzung je Umgebung</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Table resolution</source>
        <translation>Auflösung der Tabelle</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>Auf&amp;lösung</translation>
    </message>
    <message>
        <source>Hourly Table</source>
        <translation>Stundentabelle</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Alle Modi</translation>
    </message>
    <message>
        <source>Full-Stack</source>
        <translation>Full-Stack</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>PaaS</source>
        <translation>PaaS</translation>
    </message>
    <message>
        <source>Filter by monitoring mode</source>
        <translation>Nach Überwachungsmodus filtern</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>Export Details</source>
        <translation>Export-Details</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>No cluster yet: add one</source>
        <translation>Noch kein Cluster: Fügen Sie einen hinzu</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Der Demo-Cluster konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>The demo cluster runs at %1. Press Download to fetch its last 7 days.</source>
        <translation>Der Demo-Cluster läuft unter %1. Klicken Sie auf Herunterladen, um seine letzten 7 Tage abzurufen.</translation>
    </message>
    <message>
        <source>Add a cluster first (Cluster › Clusters &amp; Tokens).</source>
        <translation>Fügen Sie zuerst einen Cluster hinzu (Cluster › Cluster &amp; Tokens).</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Das Token von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Downloading from %1…</source>
        <translation>Download von %1 läuft…</translation>
    </message>
    <message>
        <source>Downloaded %1 from %2.</source>
        <translation>%1 wurde von %2 heruntergeladen.</translation>
    </message>
    <message>
        <source>Open License Export</source>
        <translation>Lizenzexport öffnen</translation>
    </message>
    <message>
        <source>License exports (*.zip *.json);;All files (*)</source>
        <translation>Lizenzexporte (*.zip *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Generating the demo export…</source>
        <translation>Demo-Export wird erzeugt…</translation>
    </message>
    <message>
        <source>Reading hourly files: %1 of %2</source>
        <translation>Stundendateien werden gelesen: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hourly file(s) read.</source>
        <translation>
            <numerusform>%n Stundendatei gelesen.</numerusform>
            <numerusform>%n Stundendateien gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>The CSV was not saved: %1</source>
        <translation>Die CSV-Datei wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save ZIP Copy</source>
        <translation>ZIP-Kopie speichern</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The copy was not saved: %1</source>
        <translation>Die Kopie wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save Chart Image</source>
        <translation>Diagrammbild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Das Diagramm wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Download the license export of the chosen range</source>
        <translation>Den Lizenzexport des gewählten Zeitraums herunterladen</translation>
    </message>
    <message>
        <source>License Usage Explorer</source>
        <translation>License Usage Explorer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Reading %1 again with the new rules…</source>
        <translation>%1 wird mit den neuen Regeln erneut gelesen…</translation>
    </message>
    <message>
        <source>The new language is used after License Usage Explorer is restarted.</source>
        <translation>Die neue Sprache wird nach einem Neustart von License Usage Explorer verwendet.</translation>
    </message>
    <message>
        <source>Estimation rules, archive limits, language, default date range, data folder and history</source>
        <translation>Schätzregeln, Archivgrenzen, Sprache, Standardzeitraum, Datenordner und Verlauf</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Problem with the history</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Computing the range again with the new rules…</source>
        <translation>Der Zeitraum wird mit den neuen Regeln neu berechnet…</translation>
    </message>
    <message>
        <source>Adding %1 to the history…</source>
        <translation>%1 wird dem Verlauf hinzugefügt…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n earlier export(s) to the history…</source>
        <translation>
            <numerusform>%n früherer Export wird dem Verlauf hinzugefügt…</numerusform>
            <numerusform>%n frühere Exporte werden dem Verlauf hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding exports to the history: %1 of %2 (%3)</source>
        <translation>Exporte werden dem Verlauf hinzugefügt: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is in the history already; its range is shown.</source>
        <translation>%1 ist bereits im Verlauf; sein Zeitraum wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n new hour(s)</source>
        <translation>
            <numerusform>%n neue Stunde</numerusform>
            <numerusform>%n neue Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced by this newer export</source>
        <translation>
            <numerusform>%n Stunde durch diesen neueren Export ersetzt</numerusform>
            <numerusform>%n Stunden durch diesen neueren Export ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) kept from a newer export</source>
        <translation>
            <numerusform>%n Stunde aus einem neueren Export beibehalten</numerusform>
            <numerusform>%n Stunden aus einem neueren Export beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added to the history: %2.</source>
        <translation>%1 wurde dem Verlauf hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>The earlier exports are in the history now.</source>
        <translation>Die früheren Exporte sind jetzt im Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>The earlier exports are in the history now; %n could not be read.</source>
        <translation>
            <numerusform>Die früheren Exporte sind jetzt im Verlauf; %n konnte nicht gelesen werden.</numerusform>
            <numerusform>Die früheren Exporte sind jetzt im Verlauf; %n konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history %1 cannot be used: %2 Exports still open, one at a time. Next step: free disk space or close the other program that holds the file and restart, or choose another history file under Edit › Settings › General.</source>
        <translation>Der Verlauf %1 kann nicht verwendet werden: %2 Exporte lassen sich weiterhin einzeln öffnen. Nächster Schritt: Speicherplatz freigeben oder das andere Programm schließen, das die Datei belegt, und neu starten, oder unter Bearbeiten › Einstellungen › Allgemein eine andere Verlaufsdatei wählen.</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>alle Cluster</translation>
    </message>
    <message>
        <source>The history has been rebuilt from the kept exports.</source>
        <translation>Der Verlauf wurde aus den aufbewahrten Exporten neu aufgebaut.</translation>
    </message>
    <message>
        <source>The export has been removed from the history.</source>
        <translation>Der Export wurde aus dem Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Rebuilding the history from the kept exports…</source>
        <translation>Der Verlauf wird aus den aufbewahrten Exporten neu aufgebaut…</translation>
    </message>
    <message>
        <source>Removing the export from the history…</source>
        <translation>Der Export wird aus dem Verlauf entfernt…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>A sync needs the history, which cannot be used now.</source>
        <translation>Eine Synchronisierung braucht den Verlauf, der gerade nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>Syncing %1: chunk %2 of %3, %4 to %5</source>
        <extracomment>%1 is a profile name, %2 and %3 count the chunks, %4 and %5 are days.</extracomment>
        <translation>Synchronisiere %1: Abschnitt %2 von %3, %4 bis %5</translation>
    </message>
    <message>
        <source>Syncing %1: chunk %2 of %3, %4 received</source>
        <translation>Synchronisiere %1: Abschnitt %2 von %3, %4 empfangen</translation>
    </message>
    <message>
        <source>Syncing %1: asking the cluster which it is…</source>
        <translation>Synchronisiere %1: der Cluster wird nach seiner Kennung gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled; %n chunk(s) were added to the history before.</source>
        <translation>
            <numerusform>Synchronisierung abgebrochen; zuvor wurde %n Abschnitt in den Verlauf aufgenommen.</numerusform>
            <numerusform>Synchronisierung abgebrochen; zuvor wurden %n Abschnitte in den Verlauf aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync of %1 stopped: %2</source>
        <translation>Die Synchronisierung von %1 wurde beendet: %2</translation>
    </message>
    <message>
        <source>Nothing to sync: the history holds every exportable hour of %1.</source>
        <translation>Nichts zu synchronisieren: Der Verlauf enthält jede exportierbare Stunde von %1.</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new hour(s).</source>
        <translation>
            <numerusform>%1 synchronisiert: %n neue Stunde.</numerusform>
            <numerusform>%1 synchronisiert: %n neue Stunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced by newer data.</source>
        <translation>
            <numerusform>%n Stunde durch neuere Daten ersetzt.</numerusform>
            <numerusform>%n Stunden durch neuere Daten ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel S&amp;ync</source>
        <translation>S&amp;ynchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync; the chunks already added stay in the history</source>
        <translation>Die Synchronisierung beenden; bereits aufgenommene Abschnitte bleiben im Verlauf</translation>
    </message>
    <message>
        <source>Fetch the hours the history lacks of the chosen cluster, up to now</source>
        <translation>Die Stunden des gewählten Clusters abrufen, die dem Verlauf bis jetzt fehlen</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>The license of %1 could not be read: %2</source>
        <translation>Die Lizenz von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not report its license (that needs Dynatrace Managed 1.326 or later).</source>
        <translation>%1 meldet seine Lizenz nicht (dafür ist Dynatrace Managed 1.326 oder neuer nötig).</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Kostenverrechnung</translation>
    </message>
    <message>
        <source>The hours are synced, but the names and tags of the environments could not be read: %1</source>
        <extracomment>%1 says why the environments could not be read.</extracomment>
        <translation>Die Stunden sind synchronisiert, aber die Namen und Tags der Umgebungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password, and none is stored. Enter it as the database password under Edit › Settings › History, or put it in ~/.pgpass.</source>
        <translation>Der PostgreSQL-Server von %1 verlangt ein Passwort, und es ist keines gespeichert. Geben Sie es unter Bearbeiten › Einstellungen › Verlauf als Datenbank-Passwort ein oder legen Sie es in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password. Enter the right one as the database password under Edit › Settings › History, or correct it in ~/.pgpass.</source>
        <translation>Der PostgreSQL-Server von %1 hat das Passwort abgelehnt. Geben Sie unter Bearbeiten › Einstellungen › Verlauf das richtige als Datenbank-Passwort ein oder korrigieren Sie es in ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached. Check that it runs and that the host and port under Edit › Settings › History are right, then apply the settings again.</source>
        <translation>Der PostgreSQL-Server von %1 ist nicht erreichbar. Prüfen Sie, ob er läuft und ob Host und Port unter Bearbeiten › Einstellungen › Verlauf stimmen, und übernehmen Sie dann die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the PostgreSQL server of %1 failed: its certificate was not accepted or it does not offer TLS. Check sslmode and sslrootcert in the address under Edit › Settings › History.</source>
        <translation>Die sichere Verbindung zum PostgreSQL-Server von %1 ist fehlgeschlagen: Sein Zertifikat wurde nicht akzeptiert, oder er bietet kein TLS an. Prüfen Sie sslmode und sslrootcert in der Adresse unter Bearbeiten › Einstellungen › Verlauf.</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database %1. Create it, or correct the address under Edit › Settings › History.</source>
        <translation>Der PostgreSQL-Server hat keine Datenbank %1. Legen Sie sie an oder korrigieren Sie die Adresse unter Bearbeiten › Einstellungen › Verlauf.</translation>
    </message>
    <message>
        <source>The shared history cannot be used: %1 Exports still open, one at a time.</source>
        <translation>Der geteilte Verlauf kann nicht verwendet werden: %1 Exporte lassen sich weiterhin einzeln öffnen.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::OverageModel</name>
    <message>
        <source>%1: %2 of the hour's excess host units (%3 %)</source>
        <extracomment>%1 is an environment, %2 its share of the hour's excess host units, %3 that share in percent.</extracomment>
        <translation>%1: %2 der überschüssigen Host Units der Stunde (%3 %)</translation>
    </message>
    <message>
        <source>Start of the hour, in UTC.</source>
        <translation>Beginn der Stunde, in UTC.</translation>
    </message>
    <message>
        <source>Estimated host units of all environments in the hour.</source>
        <translation>Geschätzte Host Units aller Umgebungen in der Stunde.</translation>
    </message>
    <message>
        <source>Host units above the quota in the hour.</source>
        <translation>Host Units über dem Kontingent in der Stunde.</translation>
    </message>
    <message>
        <source>%1's share of each hour's excess, in proportion to its host units in that hour.</source>
        <extracomment>%1 is an environment.</extracomment>
        <translation>Anteil von %1 am Überschuss jeder Stunde, im Verhältnis zu seinen Host Units in dieser Stunde.</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host Units (gesch.)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>%1 share</source>
        <extracomment>A column of an environment's shares of the hours' excess host units; %1 is the environment.</extracomment>
        <translation>Anteil %1</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>Ganzer Cluster</translation>
    </message>
    <message>
        <source>The whole cluster against its quota, or an environment against its own quota.</source>
        <translation>Der ganze Cluster gegen sein Kontingent oder eine Umgebung gegen ihr eigenes Kontingent.</translation>
    </message>
    <message>
        <source>Over the quota of</source>
        <translation>Über dem Kontingent von</translation>
    </message>
</context>
<context>
    <name>LicenseUi::OveragePage</name>
    <message>
        <source>host units</source>
        <translation>Host Units</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>K&amp;ontingent:</translation>
    </message>
    <message>
        <source>Hours over the quota</source>
        <translation>Stunden über dem Kontingent</translation>
    </message>
    <message>
        <source>Hosts in the chosen hour</source>
        <translation>Hosts in der gewählten Stunde</translation>
    </message>
    <message>
        <source>Choose an hour to see the hosts that ran then.</source>
        <translation>Wählen Sie eine Stunde, um die Hosts zu sehen, die dann liefen.</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Wählen Sie einen Zeitraum.</translation>
    </message>
    <message>
        <source>Type the host-unit quota, or read it from the cluster's license with From the Cluster.</source>
        <translation>Geben Sie das Host-Unit-Kontingent ein oder lesen Sie es mit „Vom Cluster“ aus der Lizenz des Clusters.</translation>
    </message>
    <message>
        <source>The history holds no hour of this period: sync or open an export of it.</source>
        <translation>Die Historie enthält keine Stunde dieses Zeitraums: Synchronisieren Sie oder öffnen Sie einen Export davon.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n hour(s) checked exceeds the quota of %1 host units; the peak was %2.</source>
        <extracomment>%1 is the quota, %2 the peak, both in host units.</extracomment>
        <translation>
            <numerusform>Die %n geprüfte Stunde überschreitet das Kontingent von %1 Host Units nicht; die Spitze war %2.</numerusform>
            <numerusform>Keine der %n geprüften Stunden überschreitet das Kontingent von %1 Host Units; die Spitze war %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hour(s) over the quota of %2 host units: %3 excess host-unit hours in all; the peak was %4 host units.</source>
        <extracomment>%1 counts the hours over the quota, %2 is the quota, %3 the excess host-unit hours, %4 the peak.</extracomment>
        <translation>
            <numerusform>%1 von %n Stunde über dem Kontingent von %2 Host Units: insgesamt %3 überschüssige Host-Unit-Stunden; die Spitze war %4 Host Units.</numerusform>
            <numerusform>%1 von %n Stunden über dem Kontingent von %2 Host Units: insgesamt %3 überschüssige Host-Unit-Stunden; die Spitze war %4 Host Units.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the hosts of %1 UTC…</source>
        <translation>Die Hosts von %1 UTC werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) ran at %1 UTC, the most host units first:</source>
        <extracomment>%1 is an hour in UTC.</extracomment>
        <translation>
            <numerusform>%n Host lief um %1 UTC, die meisten Host Units zuerst:</numerusform>
            <numerusform>%n Hosts liefen um %1 UTC, die meisten Host Units zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>Environments over a quota of their own: %1 of %2, with %3 excess host-unit hours.</source>
        <extracomment>%1 environments over their own quota, %2 environments with a quota of their own, %3 their excess host-unit hours.</extracomment>
        <translation>Umgebungen über ihrem eigenen Kontingent: %1 von %2, mit %3 überschüssigen Host-Unit-Stunden.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::OverviewPage</name>
    <message>
        <source>%1 % of the license quota of %2</source>
        <translation>%1 % des Lizenzkontingents von %2</translation>
    </message>
    <message>
        <source>Open an export or download one from a cluster to see its usage.</source>
        <translation>Öffnen Sie einen Export oder laden Sie einen von einem Cluster herunter, um die Nutzung zu sehen.</translation>
    </message>
    <message>
        <source>Host-unit hours (estimated)</source>
        <translation>Host-Unit-Stunden (geschätzt)</translation>
    </message>
    <message>
        <source>Peak host units (estimated)</source>
        <translation>Host Units (Spitzenwert, geschätzt)</translation>
    </message>
    <message>
        <source>DEM units (estimated)</source>
        <translation>DEM Units (geschätzt)</translation>
    </message>
    <message>
        <source>Davis data units</source>
        <translation>Davis Data Units</translation>
    </message>
    <message>
        <source>The sum of all DDU pools as reported by the cluster.</source>
        <translation>Die Summe aller DDU-Pools, wie vom Cluster gemeldet.</translation>
    </message>
    <message>
        <source>User sessions</source>
        <translation>Benutzersitzungen</translation>
    </message>
    <message>
        <source>Web visits and mobile sessions.</source>
        <translation>Web-Besuche und mobile Sitzungen.</translation>
    </message>
    <message>
        <source>Usage per environment</source>
        <translation>Nutzung je Umgebung</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (your local time; UTC %3 to %4), %n hour(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; bis &lt;b&gt;%2&lt;/b&gt; (Ihre Ortszeit; UTC %3 bis %4), %n Stunde</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; bis &lt;b&gt;%2&lt;/b&gt; (Ihre Ortszeit; UTC %3 bis %4), %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak host units: %1.</source>
        <translation>Spitzenwert der Host Units: %1.</translation>
    </message>
    <message>
        <source>DEM units in this range: %1.</source>
        <translation>DEM Units in diesem Zeitraum: %1.</translation>
    </message>
    <message>
        <source>DDUs in this range: %1.</source>
        <translation>DDUs in diesem Zeitraum: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the range have no data in the export (see Export Details); they are not counted as zero.</source>
        <translation>
            <numerusform>%n Stunde des Zeitraums hat keine Daten im Export (siehe Export-Details); sie wird nicht als null gezählt.</numerusform>
            <numerusform>%n Stunden des Zeitraums haben keine Daten im Export (siehe Export-Details); sie werden nicht als null gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading the export (see Export Details).</source>
        <translation>
            <numerusform>%n Warnung beim Lesen des Exports (siehe Export-Details).</numerusform>
            <numerusform>%n Warnungen beim Lesen des Exports (siehe Export-Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Log-Speicherung (Spitzenwert)</translation>
    </message>
    <message>
        <source>The highest hourly log storage level of the range, all environments together, and in brackets its average over the hours with data.</source>
        <translation>Der höchste stündliche Stand der Log-Speicherung im Zeitraum, alle Umgebungen zusammen, und in Klammern sein Durchschnitt über die Stunden mit Daten.</translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Log-Upload</translation>
    </message>
    <message>
        <source>The log upload volume of the range, summed over its hours.</source>
        <translation>Das Log-Upload-Volumen des Zeitraums, über seine Stunden summiert.</translation>
    </message>
    <message>
        <source>%1 (average %2)</source>
        <translation>%1 (Durchschnitt %2)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::PeriodPicker</name>
    <message>
        <source>The window's range</source>
        <translation>Der Bereich des Fensters</translation>
    </message>
    <message>
        <source>Just before the window's range</source>
        <translation>Direkt vor dem Bereich des Fensters</translation>
    </message>
    <message>
        <source>This license year</source>
        <translation>Dieses Lizenzjahr</translation>
    </message>
    <message>
        <source>Last license year</source>
        <translation>Letztes Lizenzjahr</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom days</source>
        <translation>Eigene Tage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>Erster Tag des Zeitraums (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC), included</source>
        <translation>Letzter Tag des Zeitraums (UTC), eingeschlossen</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last day of a period, both included.</extracomment>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Cluster address</source>
        <translation>Cluster-Adresse</translation>
    </message>
    <message>
        <source>https://cluster.example.com</source>
        <translation>https://cluster.example.com</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problem mit dem Profil</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: a PEM or DER file trusted for this cluster only</source>
        <translation>Optional: eine PEM- oder DER-Datei, der nur für diesen Cluster vertraut wird</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des fest hinterlegten Zertifikats (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Forget pin</source>
        <translation>Zertifikat &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>Das fest hinterlegte Zertifikat vergessen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Stall timeout in seconds</source>
        <translation>Zeitlimit bei Stillstand in Sekunden</translation>
    </message>
    <message>
        <source>A download is stopped when the cluster sends nothing for this long.</source>
        <translation>Ein Download wird beendet, wenn der Cluster so lange nichts sendet.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Aufbewahrungsort des Tokens</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>Nur für diese Sitzung &amp;behalten</translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Token nur für diese Sitzung im Arbeitsspeicher behalten</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is forgotten when the program ends.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar: Das Token wird beim Beenden des Programms vergessen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Cluster &amp;URL:</source>
        <translation>Cluster-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Fest hinterlegtes Zertifikat:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Stall time&amp;out:</source>
        <translation>&amp;Zeitlimit bei Stillstand:</translation>
    </message>
    <message>
        <source>Tok&amp;en:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the cluster's address, for example https://cluster.example.com.</source>
        <translation>Geben Sie die Adresse des Clusters ein, zum Beispiel https://cluster.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid cluster address.</source>
        <translation>„%1“ ist keine gültige Cluster-Adresse.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The name is the key of the profile's token. To rename a profile, add a new one and remove this one.</source>
        <translation>Der Name ist der Schlüssel für das Token des Profils. Um ein Profil umzubenennen, fügen Sie ein neues hinzu und entfernen dieses.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No token store is available.</source>
        <translation>Es ist kein Token-Speicher verfügbar.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only.</source>
        <translation>Nur für diese Sitzung im Arbeitsspeicher behalten.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the token cannot be stored permanently.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann das Token nicht dauerhaft gespeichert werden.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>A token is saved for this profile; leave the field empty to keep it.</source>
        <translation>Für dieses Profil ist ein Token gespeichert; lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <source>No token is saved for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The saved token cannot be read right now.</source>
        <translation>Das gespeicherte Token kann gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Saved; paste a new token to replace it</source>
        <translation>Gespeichert; fügen Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Paste the cluster token (dt0c01.…)</source>
        <translation>Cluster-Token einfügen (dt0c01.…)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::QuotaField</name>
    <message>
        <source>From the Cluster</source>
        <translation>Vom Cluster</translation>
    </message>
    <message>
        <source>Read the quota from the license of the cluster chosen in the tool bar</source>
        <translation>Das Kontingent aus der Lizenz des in der Werkzeugleiste gewählten Clusters lesen</translation>
    </message>
    <message>
        <source>Quota in %1</source>
        <extracomment>%1 names the unit of the quota, e.g. "host units".</extracomment>
        <translation>Kontingent in %1</translation>
    </message>
    <message>
        <source>%1 reports no quota for %2: type one in.</source>
        <extracomment>%1 is the cluster profile, %2 the unit of the quota.</extracomment>
        <translation>%1 meldet kein Kontingent für %2: Geben Sie eines ein.</translation>
    </message>
    <message>
        <source>From the license of %1.</source>
        <extracomment>%1 is the cluster profile.</extracomment>
        <translation>Aus der Lizenz von %1.</translation>
    </message>
    <message>
        <source>Reading the cluster's license…</source>
        <translation>Die Lizenz des Clusters wird gelesen…</translation>
    </message>
</context>
<context>
    <name>LicenseUi::RateCardModel</name>
    <message>
        <source>From month</source>
        <translation>Ab Monat</translation>
    </message>
    <message>
        <source>Host-unit hour</source>
        <translation>Host-Unit-Stunde</translation>
    </message>
    <message>
        <source>DEM unit</source>
        <translation>DEM-Unit</translation>
    </message>
    <message>
        <source>DDU</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>DDU pools</source>
        <translation>DDU-Pools</translation>
    </message>
    <message>
        <source>Log upload GiB</source>
        <translation>Log-Upload GiB</translation>
    </message>
    <message>
        <source>Environment month</source>
        <translation>Umgebungsmonat</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ReconcilePage</name>
    <message>
        <source>Read the Billed Usage Again</source>
        <translation>Abgerechnete Nutzung erneut lesen</translation>
    </message>
    <message>
        <source>Read the billed usage again from the license of the cluster chosen in the tool bar</source>
        <translation>Die abgerechnete Nutzung erneut aus der Lizenz des in der Werkzeugleiste gewählten Clusters lesen</translation>
    </message>
    <message>
        <source>Billed usage:</source>
        <translation>Abgerechnete Nutzung:</translation>
    </message>
    <message>
        <source>Estimate and billed usage</source>
        <translation>Schätzung und abgerechnete Nutzung</translation>
    </message>
    <message>
        <source>Why the estimate may differ from the billed usage:</source>
        <translation>Warum die Schätzung von der abgerechneten Nutzung abweichen kann:</translation>
    </message>
    <message>
        <source>Likely reasons</source>
        <translation>Wahrscheinliche Gründe</translation>
    </message>
    <message>
        <source>The billed usage read from %1 is of another cluster than the one chosen in the tool bar, so the estimate is shown alone.</source>
        <extracomment>%1 names the cluster whose license was read.</extracomment>
        <translation>Die von %1 gelesene abgerechnete Nutzung gehört zu einem anderen Cluster als dem in der Werkzeugleiste gewählten, daher wird nur die Schätzung gezeigt.</translation>
    </message>
    <message>
        <source>%1 The estimate is shown alone.</source>
        <extracomment>%1 is a sentence saying why the cluster's license could not be read.</extracomment>
        <translation>%1 Es wird nur die Schätzung gezeigt.</translation>
    </message>
    <message>
        <source>The billed usage is being read from the cluster; until then the estimate is shown alone.</source>
        <translation>Die abgerechnete Nutzung wird vom Cluster gelesen; bis dahin wird nur die Schätzung gezeigt.</translation>
    </message>
    <message>
        <source>The license period has just begun: there is nothing to reconcile yet.</source>
        <translation>Der Lizenzzeitraum hat gerade erst begonnen: Es gibt noch nichts abzugleichen.</translation>
    </message>
    <message>
        <source>The license period is the license year that starts in %1 (Settings), up to the current hour: the cluster's license names no period of its own. The estimate is taken from the hours the history holds of cluster %2 in that period, with the estimation rules in Settings: host units as the busiest hour, host-unit hours, DEM units and DDUs as sums over the hours. The billed usage is what the cluster's license (/clusterLicense) reports. The difference is the estimate minus the billed usage, in percent of the billed usage.
Likely reasons: hours of the period the history does not hold; hours the cluster has not billed yet (newer than its last billing time or, without one, the last %3 hours); trial environments in the estimate; estimation rules in Settings that differ from the defaults.</source>
        <extracomment>%1 is a month, %2 a cluster id, %3 the hours of the billing lag.</extracomment>
        <translation>Der Lizenzzeitraum ist das Lizenzjahr, das im %1 beginnt (Einstellungen), bis zur aktuellen Stunde: Die Lizenz des Clusters nennt keinen eigenen Zeitraum. Die Schätzung stammt aus den Stunden, die der Verlauf von Cluster %2 in diesem Zeitraum enthält, mit den Schätzregeln aus den Einstellungen: Host Units als die stärkste Stunde, Host-Unit-Stunden, DEM Units und DDUs als Summen über die Stunden. Die abgerechnete Nutzung ist das, was die Lizenz des Clusters (/clusterLicense) meldet. Die Differenz ist die Schätzung minus die abgerechnete Nutzung, in Prozent der abgerechneten Nutzung.
Wahrscheinliche Gründe: Stunden des Zeitraums, die der Verlauf nicht enthält; Stunden, die der Cluster noch nicht abgerechnet hat (neuer als seine letzte Abrechnungszeit oder, ohne diese, die letzten %3 Stunden); Testumgebungen in der Schätzung; Schätzregeln in den Einstellungen, die von den Standardwerten abweichen.</translation>
    </message>
    <message>
        <source>The history holds no hours of cluster %1 in the license period %2.</source>
        <extracomment>%1 is a cluster id, %2 a range of hours.</extracomment>
        <translation>Der Verlauf enthält keine Stunden von Cluster %1 im Lizenzzeitraum %2.</translation>
    </message>
    <message>
        <source>The history is empty: import or download an export first.</source>
        <translation>Der Verlauf ist leer: Importieren oder laden Sie zuerst einen Export herunter.</translation>
    </message>
    <message numerus="yes">
        <source>The history holds %n cluster(s): choose the one to reconcile in the tool bar.</source>
        <translation>
            <numerusform>Der Verlauf enthält %n Cluster: Wählen Sie in der Werkzeugleiste den abzugleichenden.</numerusform>
            <numerusform>Der Verlauf enthält %n Cluster: Wählen Sie in der Werkzeugleiste den abzugleichenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The estimate for the license period %1 next to the usage %2 bills for it.</source>
        <extracomment>%1 is a range of hours, %2 names the cluster.</extracomment>
        <translation>Die Schätzung für den Lizenzzeitraum %1 neben der Nutzung, die %2 dafür abrechnet.</translation>
    </message>
    <message>
        <source>The estimate for the license period %1.</source>
        <extracomment>%1 is a range of hours.</extracomment>
        <translation>Die Schätzung für den Lizenzzeitraum %1.</translation>
    </message>
    <message>
        <source>Hours missing from the history</source>
        <translation>Im Verlauf fehlende Stunden</translation>
    </message>
    <message>
        <source>No export in the history holds these hours: the estimate counts nothing for them, while the cluster bills them.</source>
        <translation>Kein Export im Verlauf enthält diese Stunden: Die Schätzung zählt für sie nichts, während der Cluster sie abrechnet.</translation>
    </message>
    <message>
        <source>Late records</source>
        <translation>Verspätete Datensätze</translation>
    </message>
    <message>
        <source>The history holds these hours, but the cluster has not billed them yet: the estimate counts them, the billed usage does not yet.</source>
        <translation>Der Verlauf enthält diese Stunden, aber der Cluster hat sie noch nicht abgerechnet: Die Schätzung zählt sie, die abgerechnete Nutzung noch nicht.</translation>
    </message>
    <message>
        <source>Trial environments</source>
        <translation>Testumgebungen</translation>
    </message>
    <message>
        <source>The estimate counts these trial environments; the cluster may not bill them.</source>
        <translation>Die Schätzung zählt diese Testumgebungen mit; der Cluster rechnet sie möglicherweise nicht ab.</translation>
    </message>
    <message>
        <source>Estimation rules in Settings</source>
        <translation>Schätzregeln in den Einstellungen</translation>
    </message>
    <message>
        <source>The estimate follows the rules in Settings, which differ from the defaults the billing follows.</source>
        <translation>Die Schätzung folgt den Regeln in den Einstellungen, die von den Standardwerten der Abrechnung abweichen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A likely reason for a difference (%1) and the facts that point to it (%2).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None found: the history holds every hour of the period, the cluster has billed them all, no environment is a trial and the estimation rules are the defaults.</source>
        <translation>Keine gefunden: Der Verlauf enthält jede Stunde des Zeitraums, der Cluster hat alle abgerechnet, keine Umgebung ist eine Testumgebung und die Schätzregeln sind die Standardwerte.</translation>
    </message>
    <message>
        <source>None found: the history holds every hour of the period, no environment is a trial and the estimation rules are the defaults.</source>
        <translation>Keine gefunden: Der Verlauf enthält jede Stunde des Zeitraums, keine Umgebung ist eine Testumgebung und die Schätzregeln sind die Standardwerte.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ReconciliationModel</name>
    <message>
        <source>Host units (peak)</source>
        <translation>Host Units (Spitze)</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Host-Unit-Stunden</translation>
    </message>
    <message>
        <source>DEM units</source>
        <translation>DEM Units</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDUs</translation>
    </message>
    <message>
        <source>Estimated: the host units of the busiest hour of the license period, all environments together.</source>
        <translation>Geschätzt: die Host Units der stärksten Stunde des Lizenzzeitraums, alle Umgebungen zusammen.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the hourly host units over the license period, all environments together.</source>
        <translation>Geschätzt: die Summe der stündlichen Host Units über den Lizenzzeitraum, alle Umgebungen zusammen.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the DEM units of every hour of the license period.</source>
        <translation>Geschätzt: die Summe der DEM Units jeder Stunde des Lizenzzeitraums.</translation>
    </message>
    <message>
        <source>The sum of the DDUs of every pool over the license period, as the exports report them.</source>
        <translation>Die Summe der DDUs aller Pools über den Lizenzzeitraum, wie die Exporte sie melden.</translation>
    </message>
    <message>
        <source>The cluster bills host units as a level, not as hours: there is no billed value to compare.</source>
        <translation>Der Cluster rechnet Host Units als Stand ab, nicht als Stunden: Es gibt keinen abgerechneten Wert zum Vergleich.</translation>
    </message>
    <message>
        <source>The billed usage was not read: the estimate stands alone.</source>
        <translation>Die abgerechnete Nutzung wurde nicht gelesen: Die Schätzung steht allein.</translation>
    </message>
    <message>
        <source>%1 reports no usage of this unit in its license.</source>
        <extracomment>%1 names the cluster.</extracomment>
        <translation>%1 meldet in seiner Lizenz keine Nutzung dieser Einheit.</translation>
    </message>
    <message>
        <source>The usage of the license period as %1 reports it in its license (/clusterLicense).</source>
        <extracomment>%1 names the cluster.</extracomment>
        <translation>Die Nutzung des Lizenzzeitraums, wie %1 sie in seiner Lizenz meldet (/clusterLicense).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A difference in percent; %1 is the number with its sign.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The estimate minus the billed usage: above zero, the estimate is higher.</source>
        <translation>Die Schätzung minus die abgerechnete Nutzung: Über null ist die Schätzung höher.</translation>
    </message>
    <message>
        <source>The difference in percent of the billed usage, rounded to two decimals.</source>
        <translation>Die Differenz in Prozent der abgerechneten Nutzung, auf zwei Nachkommastellen gerundet.</translation>
    </message>
    <message>
        <source>No percentage of a billed usage of zero.</source>
        <translation>Kein Prozentsatz bei einer abgerechneten Nutzung von null.</translation>
    </message>
    <message>
        <source>Estimated from the history with the estimation rules in Settings.</source>
        <translation>Aus dem Verlauf mit den Schätzregeln aus den Einstellungen geschätzt.</translation>
    </message>
    <message>
        <source>What the cluster's license reports as used in the license period.</source>
        <translation>Was die Lizenz des Clusters als im Lizenzzeitraum genutzt meldet.</translation>
    </message>
    <message>
        <source>The estimate minus the billed usage.</source>
        <translation>Die Schätzung minus die abgerechnete Nutzung.</translation>
    </message>
    <message>
        <source>The difference in percent of the billed usage.</source>
        <translation>Die Differenz in Prozent der abgerechneten Nutzung.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <translation>Relative Differenz</translation>
    </message>
</context>
<context>
    <name>LicenseUi::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;Archive Limits</source>
        <translation>&amp;Archivgrenzen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Host units</source>
        <translation>Host Units</translation>
    </message>
    <message>
        <source>&amp;Cap an Infrastructure-only host at 1 host unit</source>
        <translation>Reinen Infrastructure-Host auf 1 Host Unit &amp;begrenzen</translation>
    </message>
    <message>
        <source>Cap Infrastructure-only hosts at 1 host unit</source>
        <translation>Reine Infrastructure-Hosts auf 1 Host Unit begrenzen</translation>
    </message>
    <message>
        <source>An Infrastructure-only host weighs 30% of a Full-Stack host with the same memory. With the cap, no such host counts more than 1 host unit in an hour.</source>
        <translation>Ein reiner Infrastructure-Host wird mit 30 % eines Full-Stack-Hosts mit gleich viel Arbeitsspeicher gewichtet. Mit der Begrenzung zählt kein solcher Host mehr als 1 Host Unit pro Stunde.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minimum activity per hour, in minutes</source>
        <translation>Mindestaktivität pro Stunde, in Minuten</translation>
    </message>
    <message>
        <source>&amp;Minimum activity per hour:</source>
        <translation>&amp;Mindestaktivität pro Stunde:</translation>
    </message>
    <message>
        <source>A host counts in an hour when its agents were active at least this long, or when it has no activity records.</source>
        <translation>Ein Host wird in einer Stunde gezählt, wenn seine Agenten mindestens so lange aktiv waren oder wenn er keine Aktivitätseinträge hat.</translation>
    </message>
    <message>
        <source>DEM units (estimate)</source>
        <translation>DEM Units (Schätzung)</translation>
    </message>
    <message>
        <source>DEM units per user session</source>
        <translation>DEM Units je Benutzersitzung</translation>
    </message>
    <message>
        <source>Per user &amp;session (visit or mobile session):</source>
        <translation>Je Benutzer&amp;sitzung (Besuch oder mobile Sitzung):</translation>
    </message>
    <message>
        <source>Additional DEM units per session replay</source>
        <translation>Zusätzliche DEM Units je Session Replay</translation>
    </message>
    <message>
        <source>Additional per session &amp;replay:</source>
        <translation>Zusätzlich je Session Re&amp;play:</translation>
    </message>
    <message>
        <source>DEM units per browser monitor execution</source>
        <translation>DEM Units je Ausführung eines Browser-Monitors</translation>
    </message>
    <message>
        <source>Per &amp;browser monitor execution:</source>
        <translation>Je Ausführung eines Br&amp;owser-Monitors:</translation>
    </message>
    <message>
        <source>DEM units per HTTP monitor execution</source>
        <translation>DEM Units je Ausführung eines HTTP-Monitors</translation>
    </message>
    <message>
        <source>Per &amp;HTTP monitor execution:</source>
        <translation>Je Ausführung eines &amp;HTTP-Monitors:</translation>
    </message>
    <message>
        <source>Each weight is in DEM units. A replay session is also counted as a visit, so with the defaults (0.25 and 0.75) it costs 1 DEM unit in total. Executions are public and private ones together.</source>
        <translation>Jede Gewichtung ist in DEM Units angegeben. Eine Sitzung mit Session Replay wird auch als Besuch gezählt und kostet daher mit den Standardwerten (0,25 und 0,75) insgesamt 1 DEM Unit. Ausführungen umfassen öffentliche und private zusammen.</translation>
    </message>
    <message>
        <source>A change of the rules recomputes the export that is open.</source>
        <translation>Eine Änderung der Regeln berechnet den geöffneten Export neu.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>Einheit von %1</translation>
    </message>
    <message>
        <source>Exports are read as hostile input. These caps stop a damaged or malicious archive in bounded time and memory; the defaults suit a year of a large cluster.</source>
        <translation>Exporte werden als potenziell schädliche Eingabe gelesen. Diese Grenzen stoppen ein beschädigtes oder bösartiges Archiv mit begrenztem Zeit- und Speicheraufwand; die Standardwerte reichen für ein Jahr eines großen Clusters.</translation>
    </message>
    <message>
        <source>Maximum number of files in an archive</source>
        <translation>Höchstzahl der Dateien in einem Archiv</translation>
    </message>
    <message>
        <source>Files in an &amp;archive, at most:</source>
        <translation>&amp;Dateien in einem Archiv, höchstens:</translation>
    </message>
    <message>
        <source>Maximum size of one hourly file</source>
        <translation>Höchstgröße einer Stundendatei</translation>
    </message>
    <message>
        <source>Size of one &amp;hourly file, at most:</source>
        <translation>Größe einer &amp;Stundendatei, höchstens:</translation>
    </message>
    <message>
        <source>Maximum size of all files together</source>
        <translation>Höchstgröße aller Dateien zusammen</translation>
    </message>
    <message>
        <source>Size of all files &amp;together, at most:</source>
        <translation>Größe aller Dateien &amp;zusammen, höchstens:</translation>
    </message>
    <message>
        <source>Maximum size of the inner archive</source>
        <translation>Höchstgröße des inneren Archivs</translation>
    </message>
    <message>
        <source>Size of the &amp;inner archive, at most:</source>
        <translation>Größe des &amp;inneren Archivs, höchstens:</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Maximum compression ratio</source>
        <translation>Höchstes Kompressionsverhältnis</translation>
    </message>
    <message>
        <source>&amp;Compression ratio, at most:</source>
        <translation>&amp;Kompressionsverhältnis, höchstens:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used after License Usage Explorer is restarted.</source>
        <translation>Die neue Sprache wird nach einem Neustart von License Usage Explorer verwendet.</translation>
    </message>
    <message>
        <source>Default date range</source>
        <translation>Standardzeitraum</translation>
    </message>
    <message>
        <source>Default &amp;date range:</source>
        <translation>Standard&amp;zeitraum:</translation>
    </message>
    <message>
        <source>Offered when the program starts without a range saved from last time.</source>
        <translation>Wird angeboten, wenn das Programm ohne einen beim letzten Mal gespeicherten Zeitraum startet.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>Downloaded exports are kept in its "exports" folder. Leave it empty for the default.</source>
        <translation>Heruntergeladene Exporte werden im Unterordner „exports“ des Datenordners abgelegt. Lassen Sie das Feld leer, um den Standardordner zu verwenden.</translation>
    </message>
    <message>
        <source>Sizes are uncompressed bytes actually read. The ratio is checked for files larger than %1; the inner archive is the billingRecords ZIP inside the export.</source>
        <translation>Größen sind tatsächlich gelesene unkomprimierte Bytes. Das Verhältnis wird bei Dateien über %1 geprüft; das innere Archiv ist das billingRecords-ZIP im Export.</translation>
    </message>
    <message>
        <source>The size of one hourly file must be between %1 and %2.</source>
        <translation>Die Größe einer Stundendatei muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The size of all files together must be between %1 and %2.</source>
        <translation>Die Größe aller Dateien zusammen muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The size of the inner archive must be between %1 and %2.</source>
        <translation>Die Größe des inneren Archivs muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>One hourly file (%1) cannot be allowed more than all files together (%2).</source>
        <translation>Für eine Stundendatei (%1) kann nicht mehr erlaubt werden als für alle Dateien zusammen (%2).</translation>
    </message>
    <message>
        <source>The data folder must be a full path, such as %1.</source>
        <translation>Der Datenordner muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The application's data folder</source>
        <translation>Datenordner der Anwendung</translation>
    </message>
    <message>
        <source>This run uses %1, given on the command line; the setting applies when the program is started without it.</source>
        <translation>Dieser Programmlauf verwendet %1 aus der Befehlszeile; die Einstellung gilt, wenn das Programm ohne diese Angabe gestartet wird.</translation>
    </message>
    <message>
        <source>Choose the Data Folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>Verlaufsdatei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the history file</source>
        <translation>Verlaufsdatei auswählen</translation>
    </message>
    <message>
        <source>History &amp;file:</source>
        <translation>Verlaufs&amp;datei:</translation>
    </message>
    <message>
        <source>Every export opened or downloaded goes into this file, and the exports themselves into a folder beside it. Leave it empty for the default.</source>
        <translation>Jeder geöffnete oder heruntergeladene Export kommt in diese Datei, die Exporte selbst in einen Ordner daneben. Leer lassen für die Standardeinstellung.</translation>
    </message>
    <message>
        <source>First month of the license year</source>
        <translation>Erster Monat des Lizenzjahres</translation>
    </message>
    <message>
        <source>License year &amp;begins in:</source>
        <translation>Lizenzjahr &amp;beginnt im:</translation>
    </message>
    <message>
        <source>The date range "This license year" starts on the first day of this month.</source>
        <translation>Der Zeitraum „Dieses Lizenzjahr“ beginnt am ersten Tag dieses Monats.</translation>
    </message>
    <message>
        <source>Days a first sync reaches back</source>
        <translation>Tage, die eine erste Synchronisierung zurückreicht</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>First &amp;sync reaches back:</source>
        <translation>Erste Synchronisierung reicht &amp;zurück:</translation>
    </message>
    <message>
        <source>How far back a sync fetches for a cluster the history does not hold yet.</source>
        <translation>Wie weit eine Synchronisierung für einen Cluster zurückgreift, den der Verlauf noch nicht enthält.</translation>
    </message>
    <message>
        <source>The history file must be a full path, such as %1.</source>
        <translation>Die Verlaufsdatei muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>history.sqlite in the data folder</source>
        <translation>history.sqlite im Datenordner</translation>
    </message>
    <message>
        <source>Choose the History File</source>
        <translation>Verlaufsdatei auswählen</translation>
    </message>
    <message>
        <source>History files (*.sqlite);;All files (*)</source>
        <translation>Verlaufsdateien (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL URI of the form %1.</source>
        <translation>Dies ist keine PostgreSQL-URI der Form %1.</translation>
    </message>
    <message>
        <source>A history the team shares: a PostgreSQL URI such as %1. The password comes from the database password below or from ~/.pgpass, never from the URI.</source>
        <translation>Ein Verlauf, den das Team teilt: eine PostgreSQL-URI wie %1. Das Passwort kommt aus dem Datenbank-Passwort unten oder aus ~/.pgpass, nie aus der URI.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <source>Re&amp;move Stored Password</source>
        <translation>Gespeichertes Passwort &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the stored database password</source>
        <translation>Das gespeicherte Datenbank-Passwort entfernen</translation>
    </message>
    <message>
        <source>Database &amp;password:</source>
        <translation>Datenbank-&amp;Passwort:</translation>
    </message>
    <message>
        <source>The PostgreSQL URI must not hold a password. Enter it as the database password, or put it in ~/.pgpass or in the file that PGPASSFILE names.</source>
        <translation>Die PostgreSQL-URI darf kein Passwort enthalten. Geben Sie es als Datenbank-Passwort ein oder legen Sie es in ~/.pgpass oder in der Datei ab, die PGPASSFILE nennt.</translation>
    </message>
    <message>
        <source>This window has no keychain to store the password in. Put it in ~/.pgpass instead.</source>
        <translation>Dieses Fenster hat keinen Schlüsselbund, in dem es das Passwort speichern könnte. Legen Sie es stattdessen in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>Looking for a stored password of %1…</source>
        <translation>Suche nach einem gespeicherten Passwort von %1…</translation>
    </message>
    <message>
        <source>A password of %1 is kept for this session. Type another to replace it.</source>
        <translation>Ein Passwort von %1 wird für diese Sitzung aufbewahrt. Geben Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A password of %1 is stored in the system keychain. Type another to replace it.</source>
        <translation>Ein Passwort von %1 ist im Schlüsselbund des Systems gespeichert. Geben Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No password of %1 is stored. Typed here, it is kept for this session only; without it, ~/.pgpass, PGPASSFILE or PGSERVICE apply.</source>
        <translation>Es ist kein Passwort von %1 gespeichert. Hier eingegeben, wird es nur für diese Sitzung aufbewahrt; ohne es gelten ~/.pgpass, PGPASSFILE oder PGSERVICE.</translation>
    </message>
    <message>
        <source>No password of %1 is stored. Typed here, it goes into the system keychain; without it, ~/.pgpass, PGPASSFILE or PGSERVICE apply.</source>
        <translation>Es ist kein Passwort von %1 gespeichert. Hier eingegeben, kommt es in den Schlüsselbund des Systems; ohne es gelten ~/.pgpass, PGPASSFILE oder PGSERVICE.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password cannot be stored. Start a keychain service such as GNOME Keyring or KWallet, or put the password in ~/.pgpass.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann das Passwort nicht gespeichert werden. Starten Sie einen Schlüsselbund-Dienst wie GNOME Keyring oder KWallet oder legen Sie das Passwort in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The database password cannot be stored: this window has no keychain. Put it in ~/.pgpass instead.</source>
        <translation>Das Datenbank-Passwort kann nicht gespeichert werden: Dieses Fenster hat keinen Schlüsselbund. Legen Sie es stattdessen in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The database password was not stored: %1</source>
        <translation>Das Datenbank-Passwort wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>LicenseUi::StoredExportsModel</name>
    <message>
        <source>%1
SHA-256: %2
Kept byte for byte as %2.zip</source>
        <translation>%1
SHA-256: %2
Byte für Byte aufbewahrt als %2.zip</translation>
    </message>
    <message>
        <source>The export holds no hourly file.</source>
        <translation>Der Export enthält keine Stundendatei.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) of that span are not in the export.</source>
        <translation>
            <numerusform>%Ln Stunde dieses Zeitraums fehlt im Export.</numerusform>
            <numerusform>%Ln Stunden dieses Zeitraums fehlen im Export.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the cluster wrote the export: the newest time stamp among the archive's entries.</source>
        <translation>Wann der Cluster den Export geschrieben hat: der neueste Zeitstempel unter den Einträgen des Archivs.</translation>
    </message>
    <message>
        <source>When the export first entered the history.</source>
        <translation>Wann der Export zum ersten Mal in den Verlauf aufgenommen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hourly file(s) in the export.</source>
        <translation>
            <numerusform>%Ln Stundendatei im Export.</numerusform>
            <numerusform>%Ln Stundendateien im Export.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stands for every one of its hours.</source>
        <translation>Der Export ist für jede seiner Stunden maßgeblich.</translation>
    </message>
    <message>
        <source>Exports made later hold every hour of this one: it stands for none.</source>
        <translation>Später erstellte Exporte enthalten jede Stunde dieses Exports: Er ist für keine maßgeblich.</translation>
    </message>
    <message numerus="yes">
        <source>Exports made later hold %Ln of its hours; it stands for the others.</source>
        <translation>
            <numerusform>Später erstellte Exporte enthalten %Ln seiner Stunden; für die übrigen ist er maßgeblich.</numerusform>
            <numerusform>Später erstellte Exporte enthalten %Ln seiner Stunden; für die übrigen ist er maßgeblich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the first hour the export holds, in UTC.</source>
        <translation>Beginn der ersten Stunde im Export, in UTC.</translation>
    </message>
    <message>
        <source>End of the last hour the export holds, in UTC.</source>
        <translation>Ende der letzten Stunde im Export, in UTC.</translation>
    </message>
    <message>
        <source>When the cluster wrote the export, in UTC. Where two exports hold the same hour, the one made later stands for it.</source>
        <translation>Wann der Cluster den Export geschrieben hat, in UTC. Enthalten zwei Exporte dieselbe Stunde, ist der später erstellte maßgeblich.</translation>
    </message>
    <message>
        <source>When the export first entered the history, in UTC.</source>
        <translation>Wann der Export zum ersten Mal in den Verlauf aufgenommen wurde, in UTC.</translation>
    </message>
    <message>
        <source>The hours this export stands for: the history takes them from it, as no export made later holds them.</source>
        <translation>Die Stunden, für die dieser Export maßgeblich ist: Der Verlauf übernimmt sie aus ihm, da kein später erstellter Export sie enthält.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Ingested (UTC)</source>
        <translation>Aufgenommen (UTC)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Hours standing</source>
        <translation>Maßgebliche Stunden</translation>
    </message>
</context>
<context>
    <name>LicenseUi::TablePage</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter rows by text</source>
        <translation>Zeilen nach Text filtern</translation>
    </message>
    <message>
        <source>Filter by environment</source>
        <translation>Nach Umgebung filtern</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
</context>
<context>
    <name>LicenseUi::TwoPeriodPage</name>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>Choose both periods.</source>
        <translation>Wählen Sie beide Zeiträume.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::UsageChartView</name>
    <message>
        <source>Usage chart</source>
        <translation>Nutzungsdiagramm</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>%1, UTC</source>
        <translation>%1, UTC</translation>
    </message>
    <message>
        <source>%1 to %2, UTC</source>
        <translation>%1 bis %2, UTC</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>%1, the %2 largest of %3 environments</source>
        <translation>%1, die %2 größten von %3 Umgebungen</translation>
    </message>
    <message>
        <source>%1. Drag or use + and - to zoom, the arrow keys to pan, 0 to show everything.</source>
        <translation>%1. Ziehen Sie mit der Maus oder verwenden Sie + und - zum Zoomen, die Pfeiltasten zum Verschieben und 0, um alles anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>All series are hidden.</source>
        <translation>Alle Datenreihen sind ausgeblendet.</translation>
    </message>
    <message>
        <source>No data: the export has no file for this hour.</source>
        <translation>Keine Daten: Der Export enthält keine Datei für diese Stunde.</translation>
    </message>
    <message>
        <source>No data: the export has no file for any hour of this period.</source>
        <translation>Keine Daten: Der Export enthält für keine Stunde dieses Zeitabschnitts eine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Estimated values.</source>
        <translation>Geschätzte Werte.</translation>
    </message>
    <message>
        <source>The chart has no size yet.</source>
        <translation>Das Diagramm hat noch keine Größe.</translation>
    </message>
    <message>
        <source>License usage chart: %1</source>
        <translation>Diagramm der Lizenznutzung: %1</translation>
    </message>
    <message>
        <source>Could not start the SVG image.</source>
        <translation>Das SVG-Bild konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore Dynatrace Managed license consumption exports.</source>
        <translation>Exporte des Lizenzverbrauchs von Dynatrace Managed erkunden.</translation>
    </message>
    <message>
        <source>Start the built-in demo cluster and select it, so Download works without a real cluster.</source>
        <translation>Den eingebauten Demo-Cluster starten und auswählen, damit Herunterladen ohne echten Cluster funktioniert.</translation>
    </message>
    <message>
        <source>An export ZIP or JSON file to open.</source>
        <translation>Eine zu öffnende Export-ZIP- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Keep downloaded exports in &lt;folder&gt; for this run, instead of the folder of the settings.</source>
        <translation>Heruntergeladene Exporte bei diesem Programmlauf in &lt;folder&gt; statt im Ordner aus den Einstellungen ablegen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
</TS>
