<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LicenseCli::CheckCommand</name>
    <message>
        <source>WARNING above &lt;percent&gt; of a quota (default: 80).</source>
        <translation>WARNING au-dessus de &lt;percent&gt; d'un quota (par défaut : 80).</translation>
    </message>
    <message>
        <source>CRITICAL above &lt;percent&gt; of a quota (default: 95).</source>
        <translation>CRITICAL au-dessus de &lt;percent&gt; d'un quota (par défaut : 95).</translation>
    </message>
    <message>
        <source>no forecast: %1</source>
        <translation>pas de prévision : %1</translation>
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
        <translation>Vérifie l'utilisation facturée de la licence du cluster par rapport à ses quotas, comme greffon de supervision
pour Nagios, Icinga, Zabbix ou Checkmk : une ligne d'état (LICENSE OK, WARNING, CRITICAL ou UNKNOWN) avec des
données de performance, et le code de sortie 0, 1, 2 ou 3. Une unité au-dessus du pourcentage d'avertissement
ou critique de son quota élève l'état ; la pire unité décide. Un jeton refusé, un cluster injoignable, un
cluster sans quotas et des arguments erronés donnent UNKNOWN (3). Quand l'historique (--history, ou celui des
paramètres) contient le cluster, les données de performance ajoutent le pourcentage prévu des quotas d'unités
DEM et de DDU à la fin de l'année de licence (dem_units_forecast, ddu_forecast) ; avec moins de 7 jours
complets, il n'y en a pas.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ClusterCommands</name>
    <message>
        <source>Adds or replaces a cluster profile. Store its token with '%1'.
A token belongs to one cluster: when a profile gets another address (scheme, host or port),
its stored token is deleted, so it never travels to the new address. Store the new
cluster's token afterwards.</source>
        <translation>Ajoute ou remplace un profil de cluster. Enregistrez son jeton avec « %1 ».
Un jeton appartient à un seul cluster : quand un profil change d'adresse (schéma, hôte ou port),
son jeton enregistré est supprimé, afin qu'il ne parte jamais vers la nouvelle adresse.
Enregistrez ensuite le jeton du nouveau cluster.</translation>
    </message>
    <message>
        <source>The profile's name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>The cluster's address (https://…).</source>
        <translation>L'adresse du cluster (https://…).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d'AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>system (default), none, or host:port of an HTTP proxy.</source>
        <extracomment>"system" and "none" are values of the option and stay as they are.</extracomment>
        <translation>system (par défaut), none, ou host:port d'un proxy HTTP.</translation>
    </message>
    <message>
        <source>Give up when the cluster sends nothing for &lt;seconds&gt;.</source>
        <translation>Abandonner lorsque le cluster n'envoie rien pendant &lt;seconds&gt;.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (compare it with the cluster's administrator first).</source>
        <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256 (comparez-la d'abord avec l'administrateur du cluster).</translation>
    </message>
    <message>
        <source>usage: %1 (see --help)</source>
        <translation>utilisation : %1 (voir --help)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>--proxy must be system, none or host:port</source>
        <extracomment>"system", "none" and "host:port" are values of the option and stay as they are.</extracomment>
        <translation>--proxy doit valoir system, none ou host:port</translation>
    </message>
    <message>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (colons allowed)</source>
        <translation>--pin-sha256 attend 64 chiffres hexadécimaux (deux-points autorisés)</translation>
    </message>
    <message>
        <source>Saved profile %1 (%2)</source>
        <translation>Profil %1 enregistré (%2)</translation>
    </message>
    <message>
        <source>Deleted the stored token of %1: it was for the old address; store the new cluster's token with '%2'</source>
        <translation>Jeton enregistré de %1 supprimé : il concernait l'ancienne adresse ; enregistrez le jeton du nouveau cluster avec « %2 »</translation>
    </message>
    <message>
        <source>warning: the address changed, but the token stored for the old address could not be deleted (%1); delete it with '%2' before using the profile</source>
        <translation>avertissement : l'adresse a changé, mais le jeton enregistré pour l'ancienne adresse n'a pas pu être supprimé (%1) ; supprimez-le avec « %2 » avant d'utiliser le profil</translation>
    </message>
    <message>
        <source>Lists the saved cluster profiles.</source>
        <translation>Affiche la liste des profils de cluster enregistrés.</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>AC %1</translation>
    </message>
    <message>
        <source>pinned %1</source>
        <translation>épinglé %1</translation>
    </message>
    <message>
        <source>No cluster profiles yet; add one with '%1'.</source>
        <translation>Aucun profil de cluster pour l'instant ; ajoutez-en un avec « %1 ».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <translation>CONFIANCE</translation>
    </message>
    <message>
        <source>Removes a cluster profile and its token in the keychain.</source>
        <translation>Supprime un profil de cluster et son jeton dans le trousseau.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation : %1</translation>
    </message>
    <message>
        <source>no cluster profile named '%1'</source>
        <translation>aucun profil de cluster nommé « %1 »</translation>
    </message>
    <message>
        <source>warning: the profile's token was not removed: %1</source>
        <translation>avertissement : le jeton du profil n'a pas été supprimé : %1</translation>
    </message>
    <message>
        <source>Removed profile %1</source>
        <translation>Profil %1 supprimé</translation>
    </message>
    <message>
        <source>Reads a profile's API token from standard input (without echo on a terminal) and stores it in the
system keychain. The token is a cluster token with the Service Provider API scope, created in the
Cluster Management Console under Settings &gt; API tokens &gt; Cluster tokens.</source>
        <translation>Lit le jeton d'API d'un profil sur l'entrée standard (sans écho dans un terminal) et l'enregistre dans le
trousseau du système. Le jeton est un jeton de cluster doté de la portée Service Provider API, créé dans la
Cluster Management Console sous Settings &gt; API tokens &gt; Cluster tokens.</translation>
    </message>
    <message>
        <source>usage: %1 (the token is read from standard input)</source>
        <translation>utilisation : %1 (le jeton est lu sur l'entrée standard)</translation>
    </message>
    <message>
        <source>no cluster profile named '%1' (add it with '%2')</source>
        <translation>aucun profil de cluster nommé « %1 » (ajoutez-le avec « %2 »)</translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation>Jeton d'API pour %1 : </translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>aucun jeton sur l'entrée standard</translation>
    </message>
    <message>
        <source>Stored the token of %1 in the system keychain</source>
        <translation>Jeton de %1 enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Removes a profile's API token from the system keychain.</source>
        <translation>Supprime le jeton d'API d'un profil du trousseau du système.</translation>
    </message>
    <message>
        <source>%1 ... (see %2)</source>
        <extracomment>%1 is the command line, %2 the command that shows an action's help.</extracomment>
        <translation>%1 ... (voir %2)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>unknown action '%1'; usage: %2</source>
        <translation>action « %1 » inconnue ; utilisation : %2</translation>
    </message>
    <message>
        <source>Lists the cluster's environments (id, name, state), all of them: old hours of an export may
mention disabled environments. The names are remembered for later offline imports.</source>
        <translation>Affiche tous les environnements du cluster (ID, nom, état) : les heures anciennes d'un export peuvent
mentionner des environnements désactivés. Les noms sont mémorisés pour les importations hors ligne ultérieures.</translation>
    </message>
    <message>
        <source>%1 (trial)</source>
        <translation>%1 (essai)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ClusterOptions</name>
    <message>
        <source>The cluster's address (https://…; http:// only for this computer).</source>
        <translation>L'adresse du cluster (https://… ; http:// uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Use the saved cluster profile &lt;name&gt;.</source>
        <translation>Utiliser le profil de cluster enregistré &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file, for this cluster only.</source>
        <translation>Faire aussi confiance aux certificats d'AC de ce fichier PEM, pour ce cluster uniquement.</translation>
    </message>
    <message>
        <source>Give up when the cluster sends nothing for &lt;seconds&gt;.</source>
        <translation>Abandonner lorsque le cluster n'envoie rien pendant &lt;seconds&gt;.</translation>
    </message>
    <message>
        <source>give either %1 or %2 (see --help)</source>
        <translation>indiquez soit %1, soit %2 (voir --help)</translation>
    </message>
    <message>
        <source>no cluster profile named '%1' (see '%2')</source>
        <translation>aucun profil de cluster nommé « %1 » (voir « %2 »)</translation>
    </message>
    <message>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <source>%1: the token file cannot be read (%2)</source>
        <translation>%1 : impossible de lire le fichier de jeton (%2)</translation>
    </message>
    <message>
        <source>%1: the token file is empty</source>
        <translation>%1 : le fichier de jeton est vide</translation>
    </message>
    <message>
        <source>warning: %1 is ignored with --profile; using the token stored for '%2' (give %3 to use another one)</source>
        <translation>avertissement : %1 est ignoré avec --profile ; utilisation du jeton enregistré pour « %2 » (indiquez %3 pour en utiliser un autre)</translation>
    </message>
    <message>
        <source>no API token: set %1, give %2, or use a profile whose token is stored with '%3'</source>
        <translation>aucun jeton d'API : définissez %1, indiquez %2, ou utilisez un profil dont le jeton est enregistré avec « %3 »</translation>
    </message>
    <message>
        <source>%1 (use '%2', or give %3)</source>
        <translation>%1 (utilisez « %2 », ou indiquez %3)</translation>
    </message>
    <message>
        <source>Read the API token from the first line of &lt;file&gt;, which only its owner may read (chmod 600). Without it: with --cluster the token is %1; with --profile it is the profile's token in the system keychain (%1 is then ignored, with a warning, so it never goes to the profile's address by accident).</source>
        <extracomment>&lt;file&gt; is the option's metavariable; %1 is the environment variable.</extracomment>
        <translation>Lire le jeton d'API sur la première ligne de &lt;file&gt;, que seul son propriétaire peut lire (chmod 600). Sans cette option : avec --cluster, le jeton est %1 ; avec --profile, c'est le jeton du profil dans le trousseau du système (%1 est alors ignoré, avec un avertissement, afin qu'il ne parte jamais par accident vers l'adresse du profil).</translation>
    </message>
    <message>
        <source>permissions %1 for '%2' are too open; %3</source>
        <extracomment>ssh's wording; %1 is an octal mode such as 0644, %2 the file, %3 the command that fixes it.</extracomment>
        <translation>les permissions %1 de « %2 » sont trop ouvertes ; %3</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Common</name>
    <message>
        <source>The first period (ISO 8601 interval, end excluded).</source>
        <translation>La première période (intervalle ISO 8601, fin exclue).</translation>
    </message>
    <message>
        <source>The second period (ISO 8601 interval, end excluded).</source>
        <translation>La seconde période (intervalle ISO 8601, fin exclue).</translation>
    </message>
    <message>
        <source>give both %1 and %2 (see --help)</source>
        <translation>indiquez à la fois %1 et %2 (voir --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>%1 (see '%2 --help')</source>
        <extracomment>%1 is the parser's message, %2 the command, e.g. "license-usage csv".</extracomment>
        <translation>%1 (voir « %2 --help »)</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (see --help)</source>
        <translation>argument inattendu « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>--%1: '%2' is not an ISO 8601 date or date-time (e.g. %3 or %4)</source>
        <extracomment>%1 is an option name, %2 the value given, %3 and %4 examples.</extracomment>
        <translation>--%1 : « %2 » n'est pas une date ou une date et heure ISO 8601 (p. ex. %3 ou %4)</translation>
    </message>
    <message>
        <source>--%1: '%2' is not an ISO 8601 interval FROM/TO (e.g. %3)</source>
        <extracomment>%1 is an option name, %2 the value given, %3 an example.</extracomment>
        <translation>--%1 : « %2 » n’est pas un intervalle ISO 8601 FROM/TO (p. ex. %3)</translation>
    </message>
    <message>
        <source>--%1: the period is empty: it starts at %2 and ends at %3</source>
        <extracomment>%1 is an option name, %2 and %3 the period's start and end.</extracomment>
        <translation>--%1 : la période est vide : elle commence à %2 et se termine à %3</translation>
    </message>
</context>
<context>
    <name>LicenseCli::CsvOptions</name>
    <message>
        <source>Write to &lt;file&gt; (atomically) instead of stdout; "-" is stdout.</source>
        <translation>Écrire dans &lt;file&gt; (de façon atomique) au lieu de la sortie standard ; « - » désigne la sortie standard.</translation>
    </message>
    <message>
        <source>Rows per hour (default), day or month, in UTC.</source>
        <translation>Lignes par heure (par défaut), par jour ou par mois, en UTC.</translation>
    </message>
    <message>
        <source>Only this environment id; repeat for several.</source>
        <translation>Uniquement cet ID d'environnement ; répétez l'option pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>--granularity must be hour, day or month, not '%1'</source>
        <extracomment>"hour", "day" and "month" are values of the option and stay as they are.</extracomment>
        <translation>--granularity doit valoir hour, day ou month, et non « %1 »</translation>
    </message>
</context>
<context>
    <name>LicenseCli::DemoCluster</name>
    <message>
        <source>Serves the built-in demo cluster on 127.0.0.1 until interrupted (Ctrl+C).
It answers the Cluster API v2 license endpoints with generated data, for trying 'fetch' and
'environments' without a real cluster. Its tokens are printed; they only work with this demo.</source>
        <extracomment>'fetch' and 'environments' are command names and stay as they are.</extracomment>
        <translation>Fait fonctionner le cluster de démonstration intégré sur 127.0.0.1 jusqu'à son interruption (Ctrl+C).
Il répond aux points de terminaison de licence de la Cluster API v2 avec des données générées, pour essayer « fetch » et
« environments » sans véritable cluster. Ses jetons sont affichés ; ils ne fonctionnent qu'avec cette démonstration.</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default: any free port).</source>
        <translation>Écouter sur &lt;port&gt; (par défaut : n'importe quel port libre).</translation>
    </message>
    <message>
        <source>Serve https:// with the demo certificate (its CA file is printed).</source>
        <translation>Servir en https:// avec le certificat de démonstration (son fichier d'AC est affiché).</translation>
    </message>
    <message>
        <source>Seed of the generated data.</source>
        <translation>Graine des données générées.</translation>
    </message>
    <message>
        <source>--port needs a number between %1 and %2</source>
        <translation>--port attend un nombre compris entre %1 et %2</translation>
    </message>
    <message>
        <source>--seed needs a non-negative number</source>
        <translation>--seed attend un nombre positif ou nul</translation>
    </message>
    <message>
        <source>%1: the demo CA certificate cannot be written</source>
        <translation>%1 : impossible d'écrire le certificat d'AC de démonstration</translation>
    </message>
    <message>
        <source>Token without the Service Provider API scope (answers 403): %1</source>
        <translation>Jeton sans la portée Service Provider API (réponse 403) : %1</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>Certificat d'AC : %1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Essayez : %1</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>En service jusqu'à interruption (Ctrl+C).</translation>
    </message>
    <message>
        <source>Report billed usage at &lt;percent&gt; of every quota in /clusterLicense (for trying 'check').</source>
        <extracomment>'check' is a command name and stays as it is.</extracomment>
        <translation>Indiquer dans /clusterLicense une utilisation facturée de &lt;percent&gt; de chaque quota (pour essayer « check »).</translation>
    </message>
    <message>
        <source>Report a license without quotas in /clusterLicense.</source>
        <translation>Indiquer dans /clusterLicense une licence sans quotas.</translation>
    </message>
    <message>
        <source>--license-usage needs a percentage of 0 or more</source>
        <translation>--license-usage attend un pourcentage de 0 ou plus</translation>
    </message>
    <message>
        <source>Report a host-unit quota of &lt;ID=HU&gt; for one environment in /environments (with includeConsumptionInfo), repeatable; the others are unlimited. Without it the first environment has %1 host units and the second %2.</source>
        <extracomment>'ID=HU' stays as it is: an environment id, '=', host units.</extracomment>
        <translation>Indiquer dans /environments (avec includeConsumptionInfo) un quota d’unités d’hôte &lt;ID=HU&gt; pour un environnement, répétable ; les autres sont illimités. Sans cette option, le premier environnement a %1 unités d’hôte et le deuxième %2.</translation>
    </message>
    <message>
        <source>Report no environment quotas in /environments.</source>
        <translation>N’indiquer aucun quota d’environnement dans /environments.</translation>
    </message>
    <message>
        <source>--environment-quota needs an environment id, '=' and host units, not '%1'</source>
        <translation>--environment-quota attend un identifiant d’environnement, « = » et des unités d’hôte, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ExportCommands</name>
    <message>
        <source>no export file given (see --help)</source>
        <translation>aucun fichier d'export indiqué (voir --help)</translation>
    </message>
    <message>
        <source>one export file at a time (see --help)</source>
        <translation>un seul fichier d'export à la fois (voir --help)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>Writes the usage CSV of an export: one row per hour (or day, or month) and environment.</source>
        <translation>Écrit le CSV d'utilisation d'un export : une ligne par heure (ou par jour, ou par mois) et par environnement.</translation>
    </message>
    <message>
        <source>The export: a ZIP or a JSON file.</source>
        <translation>L'export : un fichier ZIP ou JSON.</translation>
    </message>
    <message>
        <source>Shows per-environment totals of an export, the hours it covers, missing hours and warnings.
Host units and DEM units are estimates from the export's inputs, not billed figures; DDUs are the export's own figures.</source>
        <translation>Affiche les totaux par environnement d'un export, les heures couvertes, les heures manquantes et les avertissements.
Les host units et DEM units sont des estimations d'après les données d'entrée de l'export, et non des chiffres facturés ; les DDU sont les chiffres de l'export lui-même.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Heures de host units</translation>
    </message>
    <message>
        <source>Peak host units</source>
        <translation>Pic de host units</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM units (estim.)</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster :</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Lacunes :</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, %4)</source>
        <extracomment>%1 and %2 are hours in ISO 8601, %3 the number of hours, %4 the number of hourly files.</extracomment>
        <translation>De %1 à %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hourly file(s)</source>
        <translation>
            <numerusform>%n fichier horaire</numerusform>
            <numerusform>%n fichiers horaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from the export's inputs, not billed units.</source>
        <translation>Estimations d'après les données d'entrée de l'export, et non unités facturées.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n missing hour(s)</source>
        <translation>
            <numerusform>%n heure manquante</numerusform>
            <numerusform>%n heures manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (%3 h)</source>
        <extracomment>%3 is a number of hours, "h" the unit.</extracomment>
        <translation>De %1 à %2 (%3 h)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n fois)</numerusform>
            <numerusform>%1 (%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a synthetic export with the layout and shape of a real one, the same bytes for the same options.</source>
        <translation>Écrit un export synthétique ayant la structure et l'allure d'un vrai, avec les mêmes octets pour les mêmes options.</translation>
    </message>
    <message>
        <source>The ZIP file to write (required).</source>
        <translation>Le fichier ZIP à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>Number of environments (default %1).</source>
        <translation>Nombre d'environnements (par défaut %1).</translation>
    </message>
    <message>
        <source>Number of hosts over all environments (default %1).</source>
        <translation>Nombre d'hôtes sur l'ensemble des environnements (par défaut %1).</translation>
    </message>
    <message>
        <source>Number of hours (default %1).</source>
        <translation>Nombre d'heures (par défaut %1).</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Graine aléatoire (par défaut %1).</translation>
    </message>
    <message>
        <source>First hour, ISO 8601 in UTC (default: hours before %1).</source>
        <translation>Première heure, au format ISO 8601 en UTC (par défaut : les heures précédant %1).</translation>
    </message>
    <message>
        <source>JSON files directly in the ZIP instead of the nested layout.</source>
        <translation>Fichiers JSON directement dans le ZIP au lieu de la structure imbriquée.</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (see --help)</source>
        <translation>argument inattendu « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>%1 is required (see --help)</source>
        <translation>%1 est obligatoire (voir --help)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <extracomment>%1 is an option name.</extracomment>
        <translation>--%1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--start '%1' is not an ISO 8601 date-time</source>
        <translation>--start « %1 » n'est pas une date et heure ISO 8601</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Fetch</name>
    <message>
        <source>Downloads a license consumption export (a ZIP) from a Dynatrace Managed cluster.
The range is aligned to whole UTC hours; its end is at most two hours before the current hour.
The token is never taken from the command line: use --token-file, %1, or a profile
whose token is stored in the system keychain ('%2').</source>
        <translation>Télécharge un export de consommation de licence (un ZIP) depuis un cluster Dynatrace Managed.
La période est alignée sur des heures UTC entières ; sa fin se situe au plus tard deux heures avant l'heure actuelle.
Le jeton n'est jamais lu sur la ligne de commande : utilisez --token-file, %1, ou un profil
dont le jeton est enregistré dans le trousseau du système (« %2 »).</translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless a zone is given; default: 30 days before the current hour).</source>
        <translation>Début (ISO 8601, en UTC sauf si un fuseau est indiqué ; par défaut : 30 jours avant l'heure actuelle).</translation>
    </message>
    <message>
        <source>End (ISO 8601; default and latest: two hours before the current hour).</source>
        <translation>Fin (ISO 8601 ; par défaut et au plus tard : deux heures avant l'heure actuelle).</translation>
    </message>
    <message>
        <source>Write the ZIP to &lt;file&gt; (replaced only when complete).</source>
        <translation>Écrire le ZIP dans &lt;file&gt; (remplacé uniquement une fois complet).</translation>
    </message>
    <message>
        <source>While the cluster is busy (another export, an upgrade), retry for at most &lt;minutes&gt; (default %1, at most %2).</source>
        <translation>Tant que le cluster est occupé (autre export, mise à niveau), réessayer pendant au plus &lt;minutes&gt; (par défaut %1, au maximum %2).</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (the token is never given on the command line; see --help)</source>
        <translation>argument inattendu « %1 » (le jeton n'est jamais indiqué sur la ligne de commande ; voir --help)</translation>
    </message>
    <message>
        <source>no output file: give %1</source>
        <translation>aucun fichier de sortie : indiquez %1</translation>
    </message>
    <message>
        <source>--max-wait needs a number of minutes between %1 and %2</source>
        <translation>--max-wait attend un nombre de minutes compris entre %1 et %2</translation>
    </message>
    <message>
        <source>the end was moved to %1: the cluster exports hours up to two hours before the current hour</source>
        <translation>la fin a été ramenée à %1 : le cluster exporte les heures jusqu'à deux heures avant l'heure actuelle</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes; hours %3 to %4)</source>
        <extracomment>%1 is the file, %2 its size in bytes, %3 and %4 the first and the end hour in ISO 8601.</extracomment>
        <translation>%1 enregistré (%2 octets ; heures de %3 à %4)</translation>
    </message>
    <message>
        <source>interrupted; nothing was saved</source>
        <translation>interrompu ; rien n'a été enregistré</translation>
    </message>
</context>
<context>
    <name>LicenseCli::HistoryCommands</name>
    <message>
        <source>already in the history; nothing changed</source>
        <translation>déjà dans l’historique ; rien n’a changé</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) added</source>
        <translation>
            <numerusform>%n heure ajoutée</numerusform>
            <numerusform>%n heures ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced</source>
        <translation>
            <numerusform>%n heure remplacée</numerusform>
            <numerusform>%n heures remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>%n valeur modifiée</numerusform>
            <numerusform>%n valeurs modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left alone: a newer export holds them</source>
        <translation>
            <numerusform>%n heure laissée telle quelle : un export plus récent la contient</numerusform>
            <numerusform>%n heures laissées telles quelles : un export plus récent les contient</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien n’a changé</translation>
    </message>
    <message>
        <source>Adds exports to the history. Each is checked as hostile input, kept byte for byte beside the store and merged hour by hour: for an hour that two exports hold, the one made most recently stands. An export is added whole or not at all, even when the command is interrupted; run it again to finish.</source>
        <translation>Ajoute des exports à l’historique. Chacun est vérifié comme une entrée hostile, conservé octet pour octet à côté du fichier d’historique et fusionné heure par heure : pour une heure que deux exports contiennent, c’est le plus récemment créé qui fait foi. Un export est ajouté en entier ou pas du tout, même si la commande est interrompue ; relancez-la pour terminer.</translation>
    </message>
    <message>
        <source>The exports: ZIP or JSON files.</source>
        <translation>Les exports : des fichiers ZIP ou JSON.</translation>
    </message>
    <message>
        <source>no export file given (see --help)</source>
        <translation>aucun fichier d'export indiqué (voir --help)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>Writes the usage CSV of a range of the history, as %1 writes it for one export: one row per hour (or day, or month) and environment. Without --from and --to, all the history of the cluster (or of every cluster). A range without data gives the header alone.</source>
        <translation>Écrit le CSV de consommation d’une période de l’historique, comme %1 l’écrit pour un export : une ligne par heure (ou jour, ou mois) et par environnement. Sans --from ni --to, tout l’historique du cluster (ou de tous les clusters). Une période sans données ne donne que la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless a zone is given; default: the first hour in the history).</source>
        <translation>Début (ISO 8601, UTC sauf si un fuseau est indiqué ; par défaut : la première heure de l’historique).</translation>
    </message>
    <message>
        <source>End, not included (ISO 8601; default: the end of the last hour in the history).</source>
        <translation>Fin, non incluse (ISO 8601 ; par défaut : la fin de la dernière heure de l’historique).</translation>
    </message>
    <message>
        <source>Only the cluster with this UUID (default: every cluster).</source>
        <translation>Uniquement le cluster de cet UUID (par défaut : tous les clusters).</translation>
    </message>
    <message>
        <source>the range is empty: it starts at %1 and ends at %2</source>
        <translation>la période est vide : elle commence à %1 et se termine à %2</translation>
    </message>
    <message>
        <source>Prints the hours no export holds between each cluster's first and last hour in the history, one line per missing range: cluster UUID, first missing hour, end (not included), number of hours. Nothing else goes to standard output.</source>
        <translation>Affiche les heures qu’aucun export ne contient entre la première et la dernière heure de chaque cluster dans l’historique, une ligne par période manquante : UUID du cluster, première heure manquante, fin (non incluse), nombre d’heures. Rien d’autre ne va sur la sortie standard.</translation>
    </message>
    <message>
        <source>the history holds no hour of cluster %1</source>
        <translation>l’historique ne contient aucune heure du cluster %1</translation>
    </message>
    <message>
        <source>Lists the exports the history holds: id (for %1), file, cluster, the hours it holds, when it was made and ingested, and for how many of its hours it stands.</source>
        <translation>Liste les exports de l’historique : identifiant (pour %1), fichier, cluster, les heures qu’il contient, quand il a été créé et intégré, et pour combien de ses heures il fait foi.</translation>
    </message>
    <message>
        <source>The history holds no exports.</source>
        <translation>L’historique ne contient aucun export.</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Ingested</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Hours standing</source>
        <translation>Heures qui font foi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 of %2 hours of the export stand (no newer export holds them).</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Rebuilds the store from the kept exports, with progress on standard error. Kept exports the store does not list (a lost or damaged store moved aside) are added again.</source>
        <translation>Reconstruit le fichier d’historique à partir des exports conservés, avec la progression sur la sortie d’erreur. Les exports conservés que le fichier ne répertorie pas (un fichier perdu, ou endommagé et mis de côté) sont ajoutés à nouveau.</translation>
    </message>
    <message>
        <source>Rebuilding %1/%2: %3</source>
        <extracomment>Progress of a rebuild: %1 and %2 count exports, %3 is a file name.</extracomment>
        <translation>Reconstruction %1/%2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the history from %n kept export(s).</source>
        <translation>
            <numerusform>Historique reconstruit à partir de %n export conservé.</numerusform>
            <numerusform>Historique reconstruit à partir de %n exports conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes an export and its kept copy from the history; its hours go to the best remaining export that holds them.</source>
        <translation>Retire de l’historique un export et sa copie conservée ; ses heures passent au meilleur export restant qui les contient.</translation>
    </message>
    <message>
        <source>The export's id as %1 shows it, or the start of its SHA-256.</source>
        <translation>L’identifiant de l’export tel que %1 l’affiche, ou le début de son SHA-256.</translation>
    </message>
    <message>
        <source>give one export: its id as %1 shows it (see --help)</source>
        <translation>indiquez un export : son identifiant tel que %1 l’affiche (voir --help)</translation>
    </message>
    <message>
        <source>the history holds no export '%1' (see %2)</source>
        <translation>l’historique ne contient aucun export « %1 » (voir %2)</translation>
    </message>
    <message numerus="yes">
        <source>'%1' starts the SHA-256 of %n export(s); give more of it</source>
        <translation>
            <numerusform>« %1 » est le début du SHA-256 de %n export ; indiquez-en davantage</numerusform>
            <numerusform>« %1 » est le début du SHA-256 de %n exports ; indiquez-en davantage</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot export %1 (%2).</source>
        <extracomment>%1 is the export's id, %2 its file name.</extracomment>
        <translation>Export %1 (%2) retiré.</translation>
    </message>
    <message>
        <source>Add exports</source>
        <translation>Ajouter des exports</translation>
    </message>
    <message>
        <source>Write the usage CSV of any range of the history</source>
        <translation>Écrire le CSV de consommation de n’importe quelle période de l’historique</translation>
    </message>
    <message>
        <source>List the hours no export holds, one line per missing range</source>
        <translation>Lister les heures qu’aucun export ne contient, une ligne par période manquante</translation>
    </message>
    <message>
        <source>List the exports held</source>
        <translation>Lister les exports conservés</translation>
    </message>
    <message>
        <source>Rebuild the store from the kept exports</source>
        <translation>Reconstruire le fichier d’historique à partir des exports conservés</translation>
    </message>
    <message>
        <source>Remove an export from the history</source>
        <translation>Retirer un export de l’historique</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>The history merges every export into one local store, so any range of any cluster can be read
whatever export it came from. Every command takes %1 to use another store than the one
the settings choose.</source>
        <translation>L’historique fusionne chaque export dans un fichier local, si bien que toute période de tout cluster
peut être lue, quel que soit l’export dont elle provient. Chaque commande accepte %1 pour utiliser
un autre fichier que celui choisi dans les paramètres.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>A command's options: %1</source>
        <translation>Les options d’une commande : %1</translation>
    </message>
    <message>
        <source>unknown history command '%1' (see %2)</source>
        <translation>commande d’historique inconnue « %1 » (voir %2)</translation>
    </message>
</context>
<context>
    <name>LicenseCli::HistoryOption</name>
    <message>
        <source>Use the history store &lt;file&gt; (and the kept exports beside it), or the shared store postgresql://USER@HOST:PORT/DATABASE?sslmode=… (its password from ~/.pgpass, never in the URI), instead of the one the settings choose.</source>
        <translation>Utiliser le fichier d’historique &lt;file&gt; (et les exports conservés à côté), ou l’historique partagé postgresql://USER@HOST:PORT/DATABASE?sslmode=… (son mot de passe pris dans ~/.pgpass, jamais dans l’URI), au lieu de celui choisi dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Main</name>
    <message>
        <source>Write the hourly, daily or monthly usage CSV of an export</source>
        <translation>Écrire le CSV d'utilisation horaire, quotidienne ou mensuelle d'un export</translation>
    </message>
    <message>
        <source>Show per-environment totals, the covered range, gaps and warnings</source>
        <translation>Afficher les totaux par environnement, la période couverte, les lacunes et les avertissements</translation>
    </message>
    <message>
        <source>Write a synthetic export for trying things out</source>
        <translation>Écrire un export synthétique pour faire des essais</translation>
    </message>
    <message>
        <source>Download an export from a cluster</source>
        <translation>Télécharger un export depuis un cluster</translation>
    </message>
    <message>
        <source>List a cluster's environments</source>
        <translation>Afficher la liste des environnements d'un cluster</translation>
    </message>
    <message>
        <source>Add, list or remove cluster profiles</source>
        <translation>Ajouter, lister ou supprimer des profils de cluster</translation>
    </message>
    <message>
        <source>Store a profile's API token in the system keychain</source>
        <translation>Enregistrer le jeton d'API d'un profil dans le trousseau du système</translation>
    </message>
    <message>
        <source>Serve the built-in demo cluster on loopback</source>
        <translation>Faire fonctionner le cluster de démonstration intégré sur la boucle locale</translation>
    </message>
    <message>
        <source>Show this help, or a command's help with: %1</source>
        <translation>Afficher cette aide, ou l'aide d'une commande avec : %1</translation>
    </message>
    <message>
        <source>Show the version and the versions of the libraries in use</source>
        <translation>Afficher la version et celles des bibliothèques utilisées</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Reads Dynatrace Managed license consumption exports and fetches them from clusters.</source>
        <translation>Lit les exports de consommation de licence de Dynatrace Managed et les télécharge depuis les clusters.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>unknown command '%1' (see %2)</source>
        <translation>commande « %1 » inconnue (voir %2)</translation>
    </message>
    <message>
        <source>Keep every export in one local history: import, CSV of any range, gaps, list, rebuild</source>
        <translation>Conserver chaque export dans un historique local : import, CSV de toute période, lacunes, liste, reconstruction</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 local failure, 2 usage error, 3 invalid or unsafe export,
4 network, TLS or cluster error, 5 history store unusable.</source>
        <extracomment>The exit status numbers stay as they are.</extracomment>
        <translation>Code de sortie : 0 succès, 1 échec local, 2 erreur d'utilisation, 3 export non valide ou dangereux,
4 erreur réseau, TLS ou du cluster, 5 fichier d’historique inutilisable.</translation>
    </message>
    <message>
        <source>Fetch what the history lacks of a cluster, in chunks</source>
        <translation>Récupérer ce qui manque à l'historique d'un cluster, par tranches</translation>
    </message>
    <message>
        <source>Check license usage against the quotas, as a Nagios/Icinga plugin</source>
        <translation>Vérifier l'utilisation de la licence par rapport aux quotas, comme greffon Nagios/Icinga</translation>
    </message>
    <message>
        <source>Answers and statements from the history: overage, host churn, comparison, forecast, reconciliation, chargeback</source>
        <translation>Réponses et relevés de l’historique : dépassement, rotation des hôtes, comparaison, prévision, rapprochement, refacturation</translation>
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
        <translation>%1 %, %2 sur %3, %4</translation>
    </message>
    <message>
        <source>%1 received, %2</source>
        <translation>%1 reçus, %2</translation>
    </message>
    <message>
        <source>received %1 of %2, %3</source>
        <translation>%1 reçus sur %2, %3</translation>
    </message>
    <message>
        <source>received %1, %2</source>
        <translation>%1 reçus, %2</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportChargeback</name>
    <message>
        <source>Writes the chargeback statements of a period from the history: one per cost centre, each environment's host-unit hours, DEM units, DDUs, log upload and months at the rate card's prices, in minor currency units that add up to the cluster's totals. An environment's cost centre is the value of its tag with the key given (from the cluster's list of environments, kept by sync), unless the mapping file names it; environments with neither are Unallocated. The file's extension chooses CSV or PDF.</source>
        <translation>Écrit les relevés de refacturation d’une période à partir de l’historique : un par centre de coûts, avec les heures d’unités hôte, unités DEM, DDU, envois de journaux et mois de chaque environnement aux prix de la grille tarifaire, en unités monétaires mineures dont la somme égale les totaux du cluster. Le centre de coûts d’un environnement est la valeur de son tag portant la clé donnée (de la liste des environnements du cluster, conservée par sync), sauf si le fichier d’attribution le nomme ; les environnements sans l’un ni l’autre sont Unallocated. L’extension du fichier choisit CSV ou PDF.</translation>
    </message>
    <message>
        <source>The rate card (JSON).</source>
        <translation>La grille tarifaire (JSON).</translation>
    </message>
    <message>
        <source>The period as an ISO 8601 interval, the end excluded.</source>
        <translation>La période comme intervalle ISO 8601, fin exclue.</translation>
    </message>
    <message>
        <source>The key of the environment tag that names the cost centre (default: %1).</source>
        <translation>La clé du tag d’environnement qui nomme le centre de coûts (par défaut : %1).</translation>
    </message>
    <message>
        <source>A CSV "environment_id,cost_centre" that overrides tags.</source>
        <translation>Un CSV « environment_id,cost_centre » prioritaire sur les tags.</translation>
    </message>
    <message>
        <source>The cluster's UUID (needed when the history holds several).</source>
        <translation>L’UUID du cluster (nécessaire si l’historique en contient plusieurs).</translation>
    </message>
    <message>
        <source>The statement file: .csv or .pdf.</source>
        <translation>Le fichier des relevés : .csv ou .pdf.</translation>
    </message>
    <message>
        <source>--%1 is required (see --help)</source>
        <translation>--%1 est obligatoire (voir --help)</translation>
    </message>
    <message>
        <source>-o: '%1' must end in .csv or .pdf</source>
        <translation>-o : « %1 » doit se terminer par .csv ou .pdf</translation>
    </message>
    <message>
        <source>the history holds several clusters in the period (%1): choose one with %2</source>
        <translation>l’historique contient plusieurs clusters dans la période (%1) : en choisir un avec %2</translation>
    </message>
    <message>
        <source>the period has no usage data in the history</source>
        <translation>la période n’a aucune donnée d’utilisation dans l’historique</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportChurn</name>
    <message>
        <source>Writes every host counted in either period, per environment: added, removed, mode_changed, resized or unchanged, with its mode and host units in its last counted hour of each period and its host-unit hours in each, the biggest difference first. Unchanged hosts only with --all.</source>
        <translation>Écrit chaque hôte compté dans l’une ou l’autre période, par environnement : added, removed, mode_changed, resized ou unchanged, avec son mode et ses unités d’hôte lors de sa dernière heure comptée de chaque période et ses heures d’unités d’hôte dans chacune, la plus grande différence d’abord. Les hôtes inchangés seulement avec --all.</translation>
    </message>
    <message>
        <source>Include the unchanged hosts.</source>
        <translation>Inclure les hôtes inchangés.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed mode, %4 resized, %5 unchanged.</source>
        <extracomment>The counts of hosts per kind of change; %1 to %5.</extracomment>
        <translation>%1 ajoutés, %2 retirés, %3 changés de mode, %4 redimensionnés, %5 inchangés.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportCommands</name>
    <message>
        <source>The hours over the host-unit quota and each environment's share</source>
        <translation>Les heures au-delà du quota d’unités d’hôte et la part de chaque environnement</translation>
    </message>
    <message>
        <source>The hosts added, removed, resized or changed in mode</source>
        <translation>Les hôtes ajoutés, retirés, redimensionnés ou changés de mode</translation>
    </message>
    <message>
        <source>Two periods side by side, per environment and in total</source>
        <translation>Deux périodes côte à côte, par environnement et au total</translation>
    </message>
    <message>
        <source>Consumption at the end of the license period</source>
        <translation>La consommation à la fin de la période de licence</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Answers computed from the history, each written as a CSV. Periods are ISO 8601 intervals FROM/TO,
the end not included. Every report takes %1.</source>
        <translation>Réponses calculées à partir de l’historique, chacune écrite en CSV. Les périodes sont des intervalles ISO 8601 FROM/TO,
la fin non comprise. Chaque rapport accepte %1.</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Rapports :</translation>
    </message>
    <message>
        <source>A report's options: %1</source>
        <translation>Les options d’un rapport : %1</translation>
    </message>
    <message>
        <source>unknown report '%1' (see %2)</source>
        <translation>rapport inconnu « %1 » (voir %2)</translation>
    </message>
    <message>
        <source>The estimate of the license period beside the cluster's billed usage, with likely reasons</source>
        <translation>L'estimation de la période de licence à côté de l'utilisation facturée par le cluster, avec les raisons probables</translation>
    </message>
    <message>
        <source>Chargeback statements per cost centre, as CSV or PDF</source>
        <translation>Relevés de refacturation par centre de coûts, en CSV ou PDF</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportCompare</name>
    <message>
        <source>Writes two periods side by side, per environment and in total: host-unit hours, peak host units, DEM units, DDUs (total and per pool), sessions, log upload volume, and log storage (its peak and average, a level that is never summed), each with its absolute and relative change.</source>
        <translation>Écrit deux périodes côte à côte, par environnement et au total : heures d’unités d’hôte, pic d’unités d’hôte, unités DEM, DDU (au total et par pool), sessions, volume de journaux envoyés et stockage des journaux (son pic et sa moyenne, un niveau qui n’est jamais additionné), chacun avec sa variation absolue et relative.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportForecast</name>
    <message>
        <source>Writes the forecast of a pool licensed as a total over the license period: consumed so far, the projection at the period's end from the mean daily value of the recent complete days, a band of one standard deviation of those days either side, the percentage of the quota and when the quota is reached. Refuses (exit 1, no file) with fewer than %1 complete days of data.</source>
        <translation>Écrit la prévision d’un pool licencié comme un total sur la période de licence : la consommation à ce jour, la projection à la fin de la période d’après la valeur journalière moyenne des derniers jours complets, une fourchette d’un écart type de ces jours de part et d’autre, le pourcentage du quota et la date à laquelle le quota est atteint. Refuse (code 1, aucun fichier) avec moins de %1 jours complets de données.</translation>
    </message>
    <message>
        <source>What to forecast: dem, ddu or host-unit-hours.</source>
        <translation>Ce qu’il faut prévoir : dem, ddu ou host-unit-hours.</translation>
    </message>
    <message>
        <source>The quota for the period.</source>
        <translation>Le quota de la période.</translation>
    </message>
    <message>
        <source>The license period (ISO 8601 interval, end excluded).</source>
        <translation>La période de licence (intervalle ISO 8601, fin exclue).</translation>
    </message>
    <message>
        <source>The days of data the daily rate is taken from (default: 28).</source>
        <translation>Les jours de données d’où le taux journalier est tiré (par défaut : 28).</translation>
    </message>
    <message>
        <source>--metric must be dem, ddu or host-unit-hours, not '%1'</source>
        <extracomment>"dem", "ddu" and "host-unit-hours" are values of the option and stay as they are.</extracomment>
        <translation>--metric doit être dem, ddu ou host-unit-hours, pas « %1 »</translation>
    </message>
    <message>
        <source>give either %1 or %2, not both</source>
        <translation>indiquez soit %1, soit %2, pas les deux</translation>
    </message>
    <message>
        <source>--window must be a whole number of days, at least %1</source>
        <translation>--window doit être un nombre entier de jours, au moins %1</translation>
    </message>
    <message>
        <source>give the license period with %1 (see --help)</source>
        <translation>indiquez la période de licence avec %1 (voir --help)</translation>
    </message>
    <message>
        <source>Projected at %1: %2 (%3 to %4), an estimate.</source>
        <translation>Projection au %1 : %2 (%3 à %4), une estimation.</translation>
    </message>
    <message>
        <source>%1 percent of the quota.</source>
        <translation>%1 pour cent du quota.</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportOptions</name>
    <message>
        <source>Write the CSV to &lt;file&gt; (atomically); "-" is stdout.</source>
        <translation>Écrire le CSV dans &lt;file&gt; (de façon atomique) ; « - » est la sortie standard.</translation>
    </message>
    <message>
        <source>The cluster of the history to read (needed when it holds several).</source>
        <translation>Le cluster de l’historique à lire (nécessaire quand il en contient plusieurs).</translation>
    </message>
    <message>
        <source>no output file given: add %1 (see --help)</source>
        <translation>aucun fichier de sortie indiqué : ajoutez %1 (voir --help)</translation>
    </message>
    <message>
        <source>the history holds no hour of cluster %1</source>
        <translation>l’historique ne contient aucune heure du cluster %1</translation>
    </message>
    <message>
        <source>the history is empty: import exports first (see %1)</source>
        <translation>l’historique est vide : importez d’abord des exports (voir %1)</translation>
    </message>
    <message numerus="yes">
        <source>the history holds %n cluster(s): choose one with %1</source>
        <translation>
            <numerusform>l’historique contient %n cluster : choisissez-en un avec %1</numerusform>
            <numerusform>l’historique contient %n clusters : choisissez-en un avec %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: '%2' is not a positive number</source>
        <extracomment>%1 is the option, %2 the value given.</extracomment>
        <translation>--%1 : « %2 » n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>%1: the history holds no hour from %2 to %3</source>
        <extracomment>%1 names the period (e.g. "--before"), %2 and %3 its start and end.</extracomment>
        <translation>%1 : l’historique ne contient aucune heure de %2 à %3</translation>
    </message>
    <message>
        <source>the cluster does not report its license (it is older than version 1.326): give the quota with %1</source>
        <translation>le cluster ne communique pas sa licence (il est antérieur à la version 1.326) : indiquez le quota avec %1</translation>
    </message>
</context>
<context>
    <name>LicenseCli::ReportOverage</name>
    <message>
        <source>The host-unit quota.</source>
        <translation>Le quota d’unités d’hôte.</translation>
    </message>
    <message>
        <source>Start (ISO 8601; default: the first hour in the history).</source>
        <translation>Début (ISO 8601 ; par défaut : la première heure de l’historique).</translation>
    </message>
    <message>
        <source>End, not included (ISO 8601; default: the end of the last hour in the history).</source>
        <translation>Fin, non comprise (ISO 8601 ; par défaut : la fin de la dernière heure de l’historique).</translation>
    </message>
    <message>
        <source>give either %1 or %2 (see --help)</source>
        <translation>indiquez soit %1, soit %2 (voir --help)</translation>
    </message>
    <message>
        <source>the cluster's license has no host-unit quota: give one with %1</source>
        <translation>la licence du cluster n’a pas de quota d’unités d’hôte : indiquez-en un avec %1</translation>
    </message>
    <message>
        <source>the range is empty: it starts at %1 and ends at %2</source>
        <translation>la période est vide : elle commence à %1 et se termine à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) over the quota of %2 host units; %3 excess host-unit hours (an estimate).</source>
        <extracomment>%n hours over the quota, %2 the quota, %3 the excess host-unit hours.</extracomment>
        <translation>
            <numerusform>%n heure au-delà du quota de %2 unités d’hôte ; %3 heures d’unités d’hôte excédentaires (une estimation).</numerusform>
            <numerusform>%n heures au-delà du quota de %2 unités d’hôte ; %3 heures d’unités d’hôte excédentaires (une estimation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the hours in which the host units of the whole cluster exceed the host-unit quota: the host units, the quota, the excess, and each environment's share of it (proportional to its host units in that hour). The quota is given with --quota, or read from the cluster's license with --profile (or --cluster); then the hours in which an environment exceeds its own host-unit quota follow, for the environments the cluster reports one for (scope 'environment'). Without --from and --to, all the history of the cluster.</source>
        <translation>Écrit les heures où les unités d’hôte de tout le cluster dépassent le quota d’unités d’hôte : les unités d’hôte, le quota, le dépassement et la part de chaque environnement (proportionnelle à ses unités d’hôte dans cette heure). Le quota est donné avec --quota, ou lu dans la licence du cluster avec --profile (ou --cluster) ; suivent alors les heures où un environnement dépasse son propre quota d’unités d’hôte, pour les environnements dont le cluster indique un quota (portée « environment »). Sans --from ni --to, tout l’historique du cluster.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hour(s) over its quota of %3 host units; %4 excess host-unit hours.</source>
        <extracomment>%1 an environment id, %n hours over its quota, %3 its quota, %4 its excess host-unit hours.</extracomment>
        <translation>
            <numerusform>%1 : %n heure au-delà de son quota de %3 unités d’hôte ; %4 heures d’unités d’hôte excédentaires.</numerusform>
            <numerusform>%1 : %n heures au-delà de son quota de %3 unités d’hôte ; %4 heures d’unités d’hôte excédentaires.</numerusform>
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
        <translation>Écrit l'estimation de l'historique pour la période de licence en cours à côté de l'utilisation que le cluster
facture pour celle-ci (host units, DEM units, DDU), avec la différence et ses raisons probables : heures
absentes de l'historique, enregistrements pas encore facturés, environnements d'essai, règles d'estimation
différentes des valeurs par défaut. La période de licence est l'année de licence qui commence le mois indiqué
dans les paramètres. Si le cluster est injoignable, l'estimation est écrite seule et le code de sortie est 4.</translation>
    </message>
    <message>
        <source>Write the CSV to &lt;file&gt;.</source>
        <translation>Écrire le CSV dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>the output file is missing: give %1</source>
        <translation>le fichier de sortie manque : indiquez %1</translation>
    </message>
    <message>
        <source>the cluster cannot be reached; the estimate is written alone: %1</source>
        <translation>le cluster est injoignable ; l'estimation est écrite seule : %1</translation>
    </message>
    <message>
        <source>the cluster reports no billed usage (it needs version 1.326 or later); the estimate is written alone</source>
        <translation>le cluster n'indique aucune utilisation facturée (il faut la version 1.326 ou ultérieure) ; l'estimation est écrite seule</translation>
    </message>
    <message>
        <source>the history holds no hours of cluster %1; import or sync its exports first</source>
        <translation>l'historique ne contient aucune heure du cluster %1 ; importez ou synchronisez d'abord ses exports</translation>
    </message>
    <message numerus="yes">
        <source>the history holds %n cluster(s); without an answer from the cluster the one to reconcile is unknown</source>
        <translation>
            <numerusform>l'historique contient %n cluster ; sans réponse du cluster, celui à rapprocher est inconnu</numerusform>
            <numerusform>l'historique contient %n clusters ; sans réponse du cluster, celui à rapprocher est inconnu</numerusform>
        </translation>
    </message>
    <message>
        <source>the history holds no hours of the license period %1 to %2</source>
        <translation>l'historique ne contient aucune heure de la période de licence du %1 au %2</translation>
    </message>
</context>
<context>
    <name>LicenseCli::Sync</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 and %2 are hours in ISO 8601.</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Keeps the history current: downloads what the history lacks of a cluster, from its last hour
(or --since, or for a cluster new to the history the days the settings name) to two hours
before the current hour, plus the hours missing in between. The range is fetched in chunks,
each downloaded and added to the history before the next, so an interrupted sync continues
where it stopped. For a nightly sync from cron or a systemd timer, give the token with
--token-file (a file only its owner can read).</source>
        <extracomment>'cron' and 'systemd' stay as they are.</extracomment>
        <translation>Tient l'historique à jour : télécharge ce qui manque à l'historique d'un cluster, depuis sa dernière
heure (ou --since, ou, pour un cluster nouveau dans l'historique, le nombre de jours indiqué dans les
paramètres) jusqu'à deux heures avant l'heure actuelle, ainsi que les heures manquantes entre les deux.
La plage est récupérée par tranches, chacune téléchargée et ajoutée à l'historique avant la suivante :
une synchronisation interrompue reprend là où elle s'est arrêtée. Pour une synchronisation nocturne
depuis cron ou un minuteur systemd, indiquez le jeton avec --token-file (un fichier que seul son
propriétaire peut lire).</translation>
    </message>
    <message>
        <source>Fetch what the history lacks from this hour on (ISO 8601, UTC unless a zone is given).</source>
        <translation>Récupérer ce qui manque à l'historique à partir de cette heure (ISO 8601, en UTC sauf si un fuseau est indiqué).</translation>
    </message>
    <message>
        <source>Download at most &lt;days&gt; per request (default %1).</source>
        <translation>Télécharger au plus &lt;days&gt; jours par requête (par défaut %1).</translation>
    </message>
    <message>
        <source>unexpected argument '%1' (the token is never given on the command line; see --help)</source>
        <translation>argument inattendu « %1 » (le jeton n'est jamais indiqué sur la ligne de commande ; voir --help)</translation>
    </message>
    <message>
        <source>--since %1 is too late: clusters export hours up to %2 (two hours before the current hour)</source>
        <extracomment>%1 and %2 are hours in ISO 8601.</extracomment>
        <translation>--since %1 est trop tard : les clusters exportent les heures jusqu'à %2 (deux heures avant l'heure actuelle)</translation>
    </message>
    <message>
        <source>--chunk-days needs a number of days between %1 and %2</source>
        <translation>--chunk-days attend un nombre de jours compris entre %1 et %2</translation>
    </message>
    <message>
        <source>Nothing to sync: the history lacks no exportable hour of cluster %1.</source>
        <translation>Rien à synchroniser : il ne manque à l'historique aucune heure exportable du cluster %1.</translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: %n chunk(s) to download, between %2 and %3</source>
        <extracomment>%1 is a cluster UUID, %2 and %3 hours in ISO 8601.</extracomment>
        <translation>
            <numerusform>cluster %1 : %n tranche à télécharger, entre %2 et %3</numerusform>
            <numerusform>cluster %1 : %n tranches à télécharger, entre %2 et %3</numerusform>
        </translation>
    </message>
    <message>
        <source>chunk %1 of %2: %3</source>
        <extracomment>%1 and %2 count the chunks, %3 is a range of hours.</extracomment>
        <translation>tranche %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1: the cluster exported no hour of this range</source>
        <extracomment>%1 is a range of hours.</extracomment>
        <translation>%1 : le cluster n'a exporté aucune heure de cette plage</translation>
    </message>
    <message>
        <source>%1: hours added: %2, replaced: %3 (%4)</source>
        <extracomment>%1 is a range of hours, %2 and %3 numbers of hours, %4 an amount of data such as "2.5 MiB".</extracomment>
        <translation>%1 : heures ajoutées : %2, remplacées : %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n chunk(s) of cluster %1: hours added: %2, replaced: %3</source>
        <extracomment>%1 is a cluster UUID; %2 and %3 are numbers of hours.</extracomment>
        <translation>
            <numerusform>%n tranche du cluster %1 synchronisée : heures ajoutées : %2, remplacées : %3</numerusform>
            <numerusform>%n tranches du cluster %1 synchronisées : heures ajoutées : %2, remplacées : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; the chunks added so far stay in the history</source>
        <translation>interrompu ; les tranches déjà ajoutées restent dans l'historique</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ApiRequest</name>
    <message>
        <source>No network access is available.</source>
        <translation>Aucun accès réseau n'est disponible.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster sent nothing for %n second(s), so the request was stopped. Check the network, or raise the profile's stall timeout if the cluster is slow.</source>
        <translation>
            <numerusform>Le cluster n'a rien envoyé pendant %n seconde, la requête a donc été arrêtée. Vérifiez le réseau, ou augmentez le délai d'inactivité du profil si le cluster est lent.</numerusform>
            <numerusform>Le cluster n'a rien envoyé pendant %n secondes, la requête a donc été arrêtée. Vérifiez le réseau, ou augmentez le délai d'inactivité du profil si le cluster est lent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is only sent over https:// (plain http:// only to this computer).</source>
        <translation>Le jeton n'est envoyé que par https:// (http:// simple uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The cluster's answer is larger than expected; it does not look like a Cluster API answer.</source>
        <translation>La réponse du cluster est plus volumineuse que prévu ; elle ne ressemble pas à une réponse de la Cluster API.</translation>
    </message>
    <message>
        <source>The cluster redirected the request to %1, which is a different address; the redirect was not followed, so the token was not sent there. If that is the cluster's real address, use it in the profile instead.</source>
        <translation>Le cluster a redirigé la requête vers %1, qui est une autre adresse ; la redirection n'a pas été suivie et le jeton n'y a donc pas été envoyé. Si c'est la véritable adresse du cluster, indiquez-la plutôt dans le profil.</translation>
    </message>
    <message>
        <source>The cluster answered with HTTP %1 instead of data. Check the cluster address.</source>
        <translation>Le cluster a répondu par le code HTTP %1 au lieu d'envoyer des données. Vérifiez l'adresse du cluster.</translation>
    </message>
    <message>
        <source>The cluster at %1 cannot be reached (%2). Check the address, the network connection and the profile's proxy setting.</source>
        <translation>Le cluster à l'adresse %1 est injoignable (%2). Vérifiez l'adresse, la connexion réseau et le réglage du proxy du profil.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check that the address uses the right scheme (https://) and port.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Vérifiez que l'adresse utilise le bon schéma (https://) et le bon port.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Certificate: %3; SHA-256 fingerprint: %4. Add the CA certificate that issued it to the profile, or pin this certificate after comparing the fingerprint with the cluster's administrator.</source>
        <translation>Le certificat de %1 n'est pas reconnu comme fiable (%2). Certificat : %3 ; empreinte SHA-256 : %4. Ajoutez au profil le certificat d'AC qui l'a émis, ou épinglez ce certificat après avoir comparé l'empreinte avec l'administrateur du cluster.</translation>
    </message>
    <message>
        <source>The cluster redirected the request too many times. Check the cluster address.</source>
        <translation>Le cluster a redirigé la requête trop de fois. Vérifiez l'adresse du cluster.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again.</source>
        <translation>La connexion à %1 a été fermée avant la fin de la réponse. Réessayez.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Try again.</source>
        <translation>La connexion à %1 a échoué (%2). Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after waiting %n second(s).</source>
        <translation>
            <numerusform>Abandon après %n seconde d'attente.</numerusform>
            <numerusform>Abandon après %n secondes d'attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster asked to wait %n more second(s), longer than the time left for waiting; try again later.</source>
        <translation>
            <numerusform>Le cluster a demandé d'attendre encore %n seconde, plus que le temps d'attente restant ; réessayez plus tard.</numerusform>
            <numerusform>Le cluster a demandé d'attendre encore %n secondes, plus que le temps d'attente restant ; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another license export is running on the cluster; retrying in %n s.</source>
        <translation>
            <numerusform>Un autre export de licence est en cours sur le cluster ; nouvelle tentative dans %n s.</numerusform>
            <numerusform>Un autre export de licence est en cours sur le cluster ; nouvelle tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster is being upgraded; retrying in %n s.</source>
        <translation>
            <numerusform>Le cluster est en cours de mise à niveau ; nouvelle tentative dans %n s.</numerusform>
            <numerusform>Le cluster est en cours de mise à niveau ; nouvelle tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster redirected the request to another address; the redirect was not followed, so the token was not sent there.</source>
        <translation>Le cluster a redirigé la requête vers une autre adresse ; la redirection n'a pas été suivie et le jeton n'y a donc pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ArchiveReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n'existe pas.</translation>
    </message>
    <message>
        <source>The path names a folder, not an export file.</source>
        <translation>Le chemin désigne un dossier, et non un fichier d'export.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Impossible d'ouvrir le fichier : %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The ZIP archive holds no files.</source>
        <translation>L'archive ZIP ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>The file holds %1, more than the limit of %2 for one hourly file.</source>
        <translation>Le fichier contient %1, soit plus que la limite de %2 pour un fichier horaire.</translation>
    </message>
    <message>
        <source>The file holds %1, more than the limit of %2 for a whole import.</source>
        <translation>Le fichier contient %1, soit plus que la limite de %2 pour une importation entière.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>The ZIP archive ends early or its directory is damaged; the download may be incomplete.</source>
        <translation>L'archive ZIP se termine prématurément ou son répertoire est endommagé ; le téléchargement est peut-être incomplet.</translation>
    </message>
    <message>
        <source>The file is an HTML or XML page (perhaps a login or error page), not a ZIP archive or a JSON file.</source>
        <translation>Le fichier est une page HTML ou XML (peut-être une page de connexion ou d'erreur), et non une archive ZIP ou un fichier JSON.</translation>
    </message>
    <message>
        <source>The file is neither a ZIP archive nor a JSON file.</source>
        <translation>Le fichier n'est ni une archive ZIP, ni un fichier JSON.</translation>
    </message>
    <message>
        <source>The archive holds several billingRecords_*.zip archives; export one range per file.</source>
        <translation>L'archive contient plusieurs archives billingRecords_*.zip ; exportez une seule période par fichier.</translation>
    </message>
    <message>
        <source>The archive holds neither hourly .json files nor a billingRecords_*.zip archive.</source>
        <translation>L'archive ne contient ni fichiers horaires .json, ni archive billingRecords_*.zip.</translation>
    </message>
    <message>
        <source>The archive holds several ZIP archives and none is named billingRecords_*.zip.</source>
        <translation>L'archive contient plusieurs archives ZIP et aucune ne s'appelle billingRecords_*.zip.</translation>
    </message>
    <message>
        <source>The hourly files declare %1 in total, more than the limit of %2 for an import.</source>
        <translation>Les fichiers horaires déclarent %1 au total, soit plus que la limite de %2 pour une importation.</translation>
    </message>
    <message>
        <source>The entry is stored uncompressed but declares two different sizes.</source>
        <translation>L'entrée est stockée sans compression mais déclare deux tailles différentes.</translation>
    </message>
    <message>
        <source>No folder for temporary files exists to unpack the inner archive into.</source>
        <translation>Aucun dossier de fichiers temporaires n'existe pour y extraire l'archive interne.</translation>
    </message>
    <message>
        <source>No temporary file can be created for the inner archive: %1.</source>
        <translation>Impossible de créer un fichier temporaire pour l'archive interne : %1.</translation>
    </message>
    <message>
        <source>The inner archive cannot be written to a temporary file: %1.</source>
        <translation>Impossible d'écrire l'archive interne dans un fichier temporaire : %1.</translation>
    </message>
    <message>
        <source>The inner archive cannot be read.</source>
        <translation>Impossible de lire l'archive interne.</translation>
    </message>
    <message>
        <source>The inner archive holds no files.</source>
        <translation>L'archive interne ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>The inner archive ends early or its directory is damaged.</source>
        <translation>L'archive interne se termine prématurément ou son répertoire est endommagé.</translation>
    </message>
    <message>
        <source>The inner archive is not a ZIP archive.</source>
        <translation>L'archive interne n'est pas une archive ZIP.</translation>
    </message>
    <message>
        <source>The inner archive holds no hourly .json files.</source>
        <translation>L'archive interne ne contient aucun fichier horaire .json.</translation>
    </message>
    <message>
        <source>The ZIP directory cannot be read.</source>
        <translation>Impossible de lire le répertoire ZIP.</translation>
    </message>
    <message>
        <source>The archive lists %L1 entries, more than the limit of %L2.</source>
        <translation>L'archive répertorie %L1 entrées, soit plus que la limite de %L2.</translation>
    </message>
    <message>
        <source>The archive holds more than %L1 entries.</source>
        <translation>L'archive contient plus de %L1 entrées.</translation>
    </message>
    <message>
        <source>The ZIP directory is damaged.</source>
        <translation>Le répertoire ZIP est endommagé.</translation>
    </message>
    <message>
        <source>The ZIP directory ends early or is damaged.</source>
        <translation>Le répertoire ZIP se termine prématurément ou est endommagé.</translation>
    </message>
    <message>
        <source>The entry is a symbolic link, which an export never contains.</source>
        <translation>L'entrée est un lien symbolique, ce qu'un export ne contient jamais.</translation>
    </message>
    <message>
        <source>The entry is a device, pipe or socket, not a file.</source>
        <translation>L'entrée est un périphérique, un tube ou un socket, et non un fichier.</translation>
    </message>
    <message>
        <source>The entry is encrypted; exports are never password-protected.</source>
        <translation>L'entrée est chiffrée ; les exports ne sont jamais protégés par mot de passe.</translation>
    </message>
    <message>
        <source>The entry uses compression method %1; only stored and deflated entries can be read.</source>
        <translation>L'entrée utilise la méthode de compression %1 ; seules les entrées stockées sans compression ou compressées avec Deflate peuvent être lues.</translation>
    </message>
    <message>
        <source>The entry declares %1, more than the limit of %2 for an inner archive.</source>
        <translation>L'entrée déclare %1, soit plus que la limite de %2 pour une archive interne.</translation>
    </message>
    <message>
        <source>The entry declares %1, more than the limit of %2 for one hourly file.</source>
        <translation>L'entrée déclare %1, soit plus que la limite de %2 pour un fichier horaire.</translation>
    </message>
    <message>
        <source>The entry declares %1 from %2 compressed, a compression ratio beyond the limit of %L3 to 1.</source>
        <translation>L'entrée déclare %1 pour %2 compressés, soit un taux de compression supérieur à la limite de %L3 pour 1.</translation>
    </message>
    <message>
        <source>The entry's directory record cannot be read.</source>
        <translation>Impossible de lire l'enregistrement de l'entrée dans le répertoire.</translation>
    </message>
    <message>
        <source>The entry's local header is missing or contradicts the ZIP directory.</source>
        <translation>L'en-tête local de l'entrée est absent ou contredit le répertoire ZIP.</translation>
    </message>
    <message>
        <source>The entry's data runs past the end of the archive.</source>
        <translation>Les données de l'entrée dépassent la fin de l'archive.</translation>
    </message>
    <message>
        <source>The decompressor cannot be started.</source>
        <translation>Impossible de démarrer le décompresseur.</translation>
    </message>
    <message>
        <source>The decompressor cannot be restarted.</source>
        <translation>Impossible de redémarrer le décompresseur.</translation>
    </message>
    <message>
        <source>The entry's data ends early.</source>
        <translation>Les données de l'entrée se terminent prématurément.</translation>
    </message>
    <message>
        <source>The entry's compressed data ends before its end marker.</source>
        <translation>Les données compressées de l'entrée se terminent avant leur marqueur de fin.</translation>
    </message>
    <message>
        <source>Not enough memory to decompress the entry.</source>
        <translation>Mémoire insuffisante pour décompresser l'entrée.</translation>
    </message>
    <message>
        <source>The entry's compressed data is damaged (%1).</source>
        <translation>Les données compressées de l'entrée sont endommagées (%1).</translation>
    </message>
    <message>
        <source>The entry's compressed data is damaged.</source>
        <translation>Les données compressées de l'entrée sont endommagées.</translation>
    </message>
    <message>
        <source>The entry holds more data than the %1 its header declares.</source>
        <translation>L'entrée contient plus de données que les %1 déclarés par son en-tête.</translation>
    </message>
    <message>
        <source>The entry cannot be written to a temporary file.</source>
        <translation>Impossible d'écrire l'entrée dans un fichier temporaire.</translation>
    </message>
    <message>
        <source>The entry ends after %1 although its header declares %2.</source>
        <translation>L'entrée se termine après %1 alors que son en-tête déclare %2.</translation>
    </message>
    <message>
        <source>The entry's content does not match its CRC-32 checksum.</source>
        <translation>Le contenu de l'entrée ne correspond pas à sa somme de contrôle CRC-32.</translation>
    </message>
    <message>
        <source>The entry expands beyond the limit of %1.</source>
        <translation>L'entrée décompressée dépasse la limite de %1.</translation>
    </message>
    <message>
        <source>The entry expands %1 from %2 compressed, a compression ratio beyond the limit of %L3 to 1.</source>
        <translation>L'entrée se décompresse en %1 à partir de %2 compressés, soit un taux de compression supérieur à la limite de %L3 pour 1.</translation>
    </message>
    <message>
        <source>The import has read more than its limit of %1 in total.</source>
        <translation>L'importation a lu plus que sa limite totale de %1.</translation>
    </message>
    <message>
        <source>Reading the entry would take the import past its limit of %1 in total.</source>
        <translation>La lecture de l'entrée ferait dépasser à l'importation sa limite totale de %1.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier : %1.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>Le fichier a été modifié pendant sa lecture.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Aucune archive n'est ouverte.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ByteSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 KiB</source>
        <translation>%L1 Kio</translation>
    </message>
    <message>
        <source>%L1 MiB</source>
        <translation>%L1 Mio</translation>
    </message>
    <message>
        <source>%L1 GiB</source>
        <translation>%L1 Gio</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChargebackCalculator</name>
    <message numerus="yes">
        <source>%n hour(s) of the period are missing from the history: %1</source>
        <translation>
            <numerusform>%n heure de la période manque dans l’historique : %1</numerusform>
            <numerusform>%n heures de la période manquent dans l’historique : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The history holds every hour of the period.</source>
        <translation>L’historique contient toutes les heures de la période.</translation>
    </message>
    <message>
        <source>Rate card version(s): %1 (currency %2).</source>
        <translation>Version(s) de la grille tarifaire : %1 (devise %2).</translation>
    </message>
    <message>
        <source>unknown environment %1</source>
        <translation>environnement inconnu %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the period has no usage data in the history</source>
        <translation>la période n’a aucune donnée d’utilisation dans l’historique</translation>
    </message>
    <message>
        <source>the rate card has no prices for %1; its first month is %2</source>
        <translation>la grille tarifaire n’a pas de prix pour %1 ; son premier mois est %2</translation>
    </message>
    <message>
        <source>Host-unit hours and DEM units are estimates computed from the exports with the licensing rules, not billed figures; DDUs and log upload are the exports' own figures, summed.</source>
        <translation>Les heures d’unités hôte et les unités DEM sont des estimations calculées à partir des exports selon les règles de licence, et non des chiffres facturés ; les DDU et le volume de journaux envoyé sont les chiffres des exports eux-mêmes, additionnés.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChargebackPdf</name>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>Log upload (GiB)</source>
        <translation>Envoi de journaux (Gio)</translation>
    </message>
    <message>
        <source>Environment months</source>
        <translation>Mois d’environnement</translation>
    </message>
    <message>
        <source>DDUs (%1)</source>
        <extracomment>%1 is a DDU pool as the CSV names it, e.g. ddu_log.</extracomment>
        <translation>DDU (%1)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster : %1</translation>
    </message>
    <message>
        <source>Period: %1 (end excluded)</source>
        <extracomment>%1 is a range of hours in ISO 8601, the end excluded.</extracomment>
        <translation>Période : %1 (fin exclue)</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Chargeback summary</source>
        <translation>Refacturation : récapitulatif</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <extracomment>%1 is a currency code such as EUR.</extracomment>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cluster totals by metric</source>
        <translation>Totaux du cluster par métrique</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <extracomment>%1 is a cost centre.</extracomment>
        <translation>Relevé : %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Total %1</source>
        <extracomment>%1 is a cost centre.</extracomment>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Chargeback %1</source>
        <translation>Refacturation %1</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Heures d’unités hôte (estim.)</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>Unités DEM (estim.)</translation>
    </message>
    <message>
        <source>Host-unit hours and DEM units (marked "est.") are estimates, not billed figures: host units from each host's memory and monitoring mode, DEM units from sessions, session replays and synthetic monitor executions, by the rules in the program's rules document (docs/rules.md). The other quantities are summed from the exports' figures.</source>
        <translation>Les heures d’unités hôte et les unités DEM (marquées « estim. ») sont des estimations, et non des chiffres facturés : les unités hôte à partir de la mémoire et du mode de surveillance de chaque hôte, les unités DEM à partir des sessions, des enregistrements de session et des exécutions de moniteurs synthétiques, selon les règles du document de règles du programme (docs/rules.md). Les autres quantités sont les sommes des chiffres des exports.</translation>
    </message>
    <message>
        <source>Each month is priced with the rate card version of that month (%1) and every amount is rounded to the minor unit of %2.</source>
        <extracomment>%1 lists rate card versions such as 2025-01, %2 is a currency code such as EUR.</extracomment>
        <translation>Chaque mois est valorisé avec la version de la grille tarifaire de ce mois (%1) et chaque montant est arrondi à la plus petite unité de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Only the hours the history holds are counted: %n hour(s) of the period are missing and count nothing.</source>
        <translation>
            <numerusform>Seules les heures que contient l’historique sont comptées : %n heure de la période manque et ne compte pas.</numerusform>
            <numerusform>Seules les heures que contient l’historique sont comptées : %n heures de la période manquent et ne comptent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the hours the history holds are counted, and it holds every hour of the period.</source>
        <translation>Seules les heures que contient l’historique sont comptées, et il contient toutes les heures de la période.</translation>
    </message>
    <message>
        <source>How these amounts are computed</source>
        <translation>Comment ces montants sont calculés</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ChartSeriesPlan</name>
    <message numerus="yes">
        <source>Other (%n environment(s))</source>
        <translation>
            <numerusform>Autres (%n environnement)</numerusform>
            <numerusform>Autres (%n environnements)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::ClusterClient</name>
    <message>
        <source>No API token was given.</source>
        <translation>Aucun jeton d'API n'a été fourni.</translation>
    </message>
    <message>
        <source>The API token contains spaces or characters a cluster token never has; check what was stored.</source>
        <translation>Le jeton d'API contient des espaces ou des caractères qu'un jeton de cluster ne contient jamais ; vérifiez ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier de certificat d'AC %1.</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (a PEM or DER CA certificate is expected).</source>
        <translation>Le fichier %1 ne contient aucun certificat (un certificat d'AC au format PEM ou DER est attendu).</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ClusterLicenseJob</name>
    <message>
        <source>The cluster's license information is not a JSON object.</source>
        <translation>Les informations de licence du cluster ne sont pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ClusterProfile</name>
    <message>
        <source>The cluster address is not a valid URL.</source>
        <translation>L'adresse du cluster n'est pas une URL valide.</translation>
    </message>
    <message>
        <source>Plain http:// is only accepted for this computer (loopback); use https:// for %1.</source>
        <translation>Le http:// simple n'est accepté que pour cet ordinateur (boucle locale) ; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>The cluster address must start with https://.</source>
        <translation>L'adresse du cluster doit commencer par https://.</translation>
    </message>
    <message>
        <source>The address points to an environment (/e/…); use the cluster's own address instead.</source>
        <translation>L'adresse désigne un environnement (/e/…) ; utilisez plutôt l'adresse du cluster lui-même.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>Un proxy manuel nécessite un hôte et un port.</translation>
    </message>
    <message>
        <source>The stall timeout must be between 1 and %1 seconds.</source>
        <translation>Le délai d'inactivité doit être compris entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not a SHA-256 digest.</source>
        <translation>L'empreinte du certificat épinglé n'est pas un condensat SHA-256.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ConnectionTestJob</name>
    <message numerus="yes">
        <source>Connected to %1; the token may read license data of %n environment(s).</source>
        <translation>
            <numerusform>Connecté à %1 ; le jeton peut lire les données de licence de %n environnement.</numerusform>
            <numerusform>Connecté à %1 ; le jeton peut lire les données de licence de %n environnements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::CostCentreMapping</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the header must be "%1"</source>
        <translation>l’en-tête doit être « %1 »</translation>
    </message>
    <message>
        <source>expected two fields: environment_id,cost_centre</source>
        <translation>deux champs attendus : environment_id,cost_centre</translation>
    </message>
    <message>
        <source>the environment id is empty</source>
        <translation>l’identifiant d’environnement est vide</translation>
    </message>
    <message>
        <source>the cost centre is empty</source>
        <translation>le centre de coûts est vide</translation>
    </message>
    <message>
        <source>the environment %1 is mapped twice</source>
        <translation>l’environnement %1 est attribué deux fois</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>LicenseCore::DemoCluster</name>
    <message>
        <source>TLS is not available in this build.</source>
        <translation>TLS n'est pas disponible dans cette compilation.</translation>
    </message>
    <message>
        <source>The demo cluster cannot listen on port %1: %2</source>
        <translation>Le cluster de démonstration ne peut pas écouter sur le port %1 : %2</translation>
    </message>
</context>
<context>
    <name>LicenseCore::EnvironmentNameCache</name>
    <message>
        <source>The environment names cannot be saved to %1.</source>
        <translation>Impossible d'enregistrer les noms d'environnement dans %1.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::EnvironmentsJob</name>
    <message>
        <source>The cluster's list of environments is not a JSON object (%1).</source>
        <translation>La liste des environnements du cluster n'est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>The cluster's list of environments has no "environments" array.</source>
        <translation>La liste des environnements du cluster ne contient pas de tableau « environments ».</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The cluster keeps sending more pages of environments; the list was abandoned.</source>
        <translation>Le cluster continue d'envoyer des pages d'environnements supplémentaires ; la liste a été abandonnée.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::Error</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>File cannot be written</source>
        <translation>Impossible d'écrire le fichier</translation>
    </message>
    <message>
        <source>Not a license export (neither a ZIP archive nor a JSON file)</source>
        <translation>Ce n'est pas un export de licence (ni une archive ZIP, ni un fichier JSON)</translation>
    </message>
    <message>
        <source>The archive is truncated or damaged</source>
        <translation>L'archive est tronquée ou endommagée</translation>
    </message>
    <message>
        <source>The archive exceeds a safety limit</source>
        <translation>L'archive dépasse une limite de sécurité</translation>
    </message>
    <message>
        <source>The archive contains an unsafe entry</source>
        <translation>L'archive contient une entrée dangereuse</translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry</source>
        <translation>L'archive contient une entrée chiffrée</translation>
    </message>
    <message>
        <source>An archive entry fails its checksum</source>
        <translation>Une entrée de l'archive a une somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>The export contains no hourly usage files</source>
        <translation>L'export ne contient aucun fichier d'utilisation horaire</translation>
    </message>
    <message>
        <source>An hourly file is not valid JSON</source>
        <translation>Un fichier horaire n'est pas du JSON valide</translation>
    </message>
    <message>
        <source>An hourly file is not a license consumption record</source>
        <translation>Un fichier horaire n'est pas un relevé de consommation de licence</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>The cluster refused the request</source>
        <translation>Le cluster a refusé la requête</translation>
    </message>
    <message>
        <source>The cluster stopped responding</source>
        <translation>Le cluster ne répond plus</translation>
    </message>
    <message>
        <source>System keychain error</source>
        <translation>Erreur du trousseau du système</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrée non valide</translation>
    </message>
    <message>
        <source>The history store cannot be used</source>
        <translation>Le fichier d’historique est inutilisable</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportCopy</name>
    <message>
        <source>the copy would overwrite the export itself</source>
        <translation>la copie écraserait l'export lui-même</translation>
    </message>
    <message>
        <source>the export changed while it was copied</source>
        <translation>l'export a été modifié pendant sa copie</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportDownloadJob</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>An export from this cluster is already being downloaded; wait for it to finish or cancel it.</source>
        <translation>Un export de ce cluster est déjà en cours de téléchargement ; attendez qu'il se termine ou annulez-le.</translation>
    </message>
    <message>
        <source>The cache folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de cache %1.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created in %1: %2</source>
        <translation>Impossible de créer un fichier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>The cluster's answer is not a ZIP archive (perhaps a proxy's or a login page); nothing was saved. Check the cluster address and the proxy setting.</source>
        <translation>La réponse du cluster n'est pas une archive ZIP (peut-être une page de proxy ou de connexion) ; rien n'a été enregistré. Vérifiez l'adresse du cluster et le réglage du proxy.</translation>
    </message>
    <message>
        <source>The download cannot be written to %1: %2</source>
        <translation>Impossible d'écrire le téléchargement dans %1 : %2</translation>
    </message>
    <message>
        <source>The cluster's answer is not a ZIP archive (it is empty or too short); nothing was saved.</source>
        <translation>La réponse du cluster n'est pas une archive ZIP (elle est vide ou trop courte) ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The download ended early (%1 of %2 bytes); nothing was saved. Try again.</source>
        <translation>Le téléchargement s'est interrompu prématurément (%1 octets sur %2) ; rien n'a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The download ended early (the archive's end is missing after %1 bytes); nothing was saved. Try again.</source>
        <translation>Le téléchargement s'est interrompu prématurément (la fin de l'archive manque après %1 octets) ; rien n'a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The download cannot be written: %1</source>
        <translation>Impossible d'écrire le téléchargement : %1</translation>
    </message>
    <message>
        <source>The download cannot be read back: %1</source>
        <translation>Impossible de relire le téléchargement : %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportImport</name>
    <message>
        <source>%1 (file skipped)</source>
        <translation>%1 (fichier ignoré)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>l'importation a été annulée</translation>
    </message>
    <message>
        <source>the export contains no hourly usage files</source>
        <translation>l'export ne contient aucun fichier d'utilisation horaire</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ExportWindow</name>
    <message>
        <source>The time range is empty: the cluster exports hours up to %1 (two hours before the current hour), and the range starts at %2.</source>
        <translation>La période est vide : le cluster exporte les heures jusqu'à %1 (deux heures avant l'heure actuelle), et la période commence à %2.</translation>
    </message>
    <message>
        <source>The time range is empty: it starts at %1 and ends at %2.</source>
        <translation>La période est vide : elle commence à %1 et se termine à %2.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HistorySync</name>
    <message>
        <source>No cluster to sync.</source>
        <translation>Aucun cluster à synchroniser.</translation>
    </message>
    <message>
        <source>The cluster's answer for the hour %1 names no cluster; nothing was synced.</source>
        <extracomment>%1 is an hour in ISO 8601.</extracomment>
        <translation>La réponse du cluster pour l'heure %1 ne nomme aucun cluster ; rien n'a été synchronisé.</translation>
    </message>
    <message>
        <source>The cluster's answer for the hour %1 cannot be read (%2); nothing was synced.</source>
        <extracomment>%1 is an hour in ISO 8601; %2 says why the answer cannot be read.</extracomment>
        <translation>La réponse du cluster pour l'heure %1 est illisible (%2) ; rien n'a été synchronisé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; nothing was synced.</source>
        <translation>Le dossier %1 ne peut pas être créé ; rien n'a été synchronisé.</translation>
    </message>
    <message>
        <source>Another sync into this history is running; try again when it has finished.</source>
        <translation>Une autre synchronisation de cet historique est en cours ; réessayez lorsqu'elle sera terminée.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written; nothing was synced.</source>
        <translation>Le dossier %1 n'est pas accessible en écriture ; rien n'a été synchronisé.</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed.</source>
        <translation>La connexion au cluster a été fermée.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HostChurn</name>
    <message>
        <source>Every host counted in at least one hour of either period (%1 to %2, and %3 to %4), per environment: added if counted only after, removed if counted only before, mode changed if its mode in its last counted hour differs between the periods, resized if the mode is the same but its host units are not, else unchanged. Host units and mode are those of the host's last counted hour in each period; host-unit hours are summed over its counted hours. Sorted by the size of the difference. Estimated by the rules in the settings. Hosts compared: %5; host-unit hours: %6 before, %7 after.</source>
        <extracomment>%1-%4 the periods' starts and ends, %5 the hosts compared, %6 and %7 the host-unit hours of each period.</extracomment>
        <translation>Chaque hôte compté au moins une heure dans l’une ou l’autre période (%1 à %2, et %3 à %4), par environnement : ajouté s’il n’est compté qu’après, retiré s’il n’est compté qu’avant, changé de mode si son mode lors de sa dernière heure comptée diffère entre les périodes, redimensionné si le mode est le même mais pas ses unités d’hôte, sinon inchangé. Les unités d’hôte et le mode sont ceux de la dernière heure comptée de l’hôte dans chaque période ; les heures d’unités d’hôte sont additionnées sur ses heures comptées. Trié par l’ampleur de la différence. Estimé selon les règles des paramètres. Hôtes comparés : %5 ; heures d’unités d’hôte : %6 avant, %7 après.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HourJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The hour starting at %1 cannot be exported yet: the cluster exports hours up to %2 (two hours before the current hour).</source>
        <translation>L'heure commençant à %1 ne peut pas encore être exportée : le cluster exporte les heures jusqu'à %2 (deux heures avant l'heure actuelle).</translation>
    </message>
    <message>
        <source>The cluster's answer for one hour is not a JSON object (perhaps a proxy's or a login page). Check the cluster address and the proxy setting.</source>
        <translation>La réponse du cluster pour une heure n'est pas un objet JSON (peut-être une page de proxy ou de connexion). Vérifiez l'adresse du cluster et le réglage du proxy.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HourParser</name>
    <message>
        <source>field "%1" is not a number; counted as 0</source>
        <translation>le champ « %1 » n'est pas un nombre ; compté comme 0</translation>
    </message>
    <message>
        <source>an agent usage record has an unreadable time; it is ignored</source>
        <translation>un enregistrement d'utilisation d'agent a une heure illisible ; il est ignoré</translation>
    </message>
    <message>
        <source>a host has no readable osiId</source>
        <translation>un hôte n'a pas d'osiId lisible</translation>
    </message>
    <message>
        <source>synthetic monitor type %1 is unknown; its executions are not estimated</source>
        <translation>le type de moniteur synthétique %1 est inconnu ; ses exécutions ne sont pas estimées</translation>
    </message>
    <message>
        <source>not valid JSON: nested deeper than %L1 levels</source>
        <translation>JSON non valide : imbrication sur plus de %L1 niveaux</translation>
    </message>
    <message>
        <source>not valid JSON: the file is empty</source>
        <translation>JSON non valide : le fichier est vide</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>the JSON root is not an object</source>
        <translation>la racine JSON n'est pas un objet</translation>
    </message>
    <message>
        <source>an environment entry without environmentUuid is ignored</source>
        <translation>une entrée d'environnement sans environmentUuid est ignorée</translation>
    </message>
    <message>
        <source>timeFrameStart is missing; this is not an hourly usage file</source>
        <translation>timeFrameStart est absent ; ce n'est pas un fichier d'utilisation horaire</translation>
    </message>
    <message>
        <source>timeFrameStart cannot be read as a time</source>
        <translation>timeFrameStart ne peut pas être lu comme une date et heure</translation>
    </message>
    <message>
        <source>timeFrameStart %1 is not on a full hour; it is counted in hour %2</source>
        <translation>timeFrameStart %1 ne tombe pas sur une heure pile ; il est compté dans l'heure %2</translation>
    </message>
</context>
<context>
    <name>LicenseCore::HourSummary</name>
    <message>
        <source>environment %1 appears twice in the file; the later entry is used</source>
        <translation>l'environnement %1 apparaît deux fois dans le fichier ; la dernière entrée est utilisée</translation>
    </message>
</context>
<context>
    <name>LicenseCore::OverageReport</name>
    <message numerus="yes">
        <source>An hour is over the quota when the host units of every host counted in that hour, all environments together, exceed the quota of %1 host units. Each such hour's excess is the host units above the quota; each environment's share of it is proportional to its host units in that hour. Hosts are counted and weighed by the estimation rules in the settings, so these are estimates, not billed figures. Read: %n hour(s) of the history; %3 over the quota, %4 excess host-unit hours in total.</source>
        <extracomment>%1 the quota in host units, %n the hours read, %3 the hours over the quota, %4 their excess host-unit hours.</extracomment>
        <translation>
            <numerusform>Une heure dépasse le quota quand les unités d’hôte de tous les hôtes comptés dans cette heure, tous environnements confondus, dépassent le quota de %1 unités d’hôte. Le dépassement d’une telle heure est la part des unités d’hôte au-delà du quota ; la part de chaque environnement est proportionnelle à ses unités d’hôte dans cette heure. Les hôtes sont comptés et pondérés selon les règles d’estimation des paramètres : ce sont donc des estimations, pas des chiffres facturés. Lu : %n heure de l’historique ; %3 au-delà du quota, %4 heures d’unités d’hôte excédentaires au total.</numerusform>
            <numerusform>Une heure dépasse le quota quand les unités d’hôte de tous les hôtes comptés dans cette heure, tous environnements confondus, dépassent le quota de %1 unités d’hôte. Le dépassement d’une telle heure est la part des unités d’hôte au-delà du quota ; la part de chaque environnement est proportionnelle à ses unités d’hôte dans cette heure. Les hôtes sont comptés et pondérés selon les règles d’estimation des paramètres : ce sont donc des estimations, pas des chiffres facturés. Lu : %n heures de l’historique ; %3 au-delà du quota, %4 heures d’unités d’hôte excédentaires au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>An hour is over the quota of environment %1 when the host units of its hosts counted in that hour exceed its quota of %2 host units; the excess is the host units above it. Estimated by the rules in the settings. Hours over the quota: %3; excess host-unit hours in total: %4.</source>
        <extracomment>%1 the environment, %2 its quota in host units, %3 the hours over it, %4 their excess host-unit hours.</extracomment>
        <translation>Une heure dépasse le quota de l’environnement %1 quand les unités d’hôte de ses hôtes comptés dans cette heure dépassent son quota de %2 unités d’hôte ; le dépassement est la part des unités d’hôte au-delà. Estimé selon les règles des paramètres. Heures au-delà du quota : %3 ; heures d’unités d’hôte excédentaires au total : %4.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::PeriodComparison</name>
    <message>
        <source>Each figure is computed over the hours of each period that the history holds (%1 to %2, and %3 to %4; hours with data: %5 and %6), per environment and for all together. Host-unit hours, DEM units, DDUs, sessions (visits and mobile sessions) and the log upload volume are sums. Peak host units are those of the busiest hour. Log storage is a level, not a flow: its peak and its average over the hours with data are shown, never its sum. The change is after minus before; the relative change is that divided by before, and left empty when before is zero. Host units and DEM units are estimated by the rules in the settings.</source>
        <extracomment>%1-%4 the periods' starts and ends, %5 and %6 the hours with data in each.</extracomment>
        <translation>Chaque chiffre est calculé sur les heures de chaque période que contient l’historique (%1 à %2, et %3 à %4 ; heures avec données : %5 et %6), par environnement et pour tous ensemble. Les heures d’unités d’hôte, les unités DEM, les DDU, les sessions (visites et sessions mobiles) et le volume de journaux envoyés sont des sommes. Le pic d’unités d’hôte est celui de l’heure la plus chargée. Le stockage des journaux est un niveau, pas un flux : son pic et sa moyenne sur les heures avec données sont affichés, jamais sa somme. La variation est « après » moins « avant » ; la variation relative est celle-ci divisée par « avant », et reste vide quand « avant » vaut zéro. Les unités d’hôte et les unités DEM sont estimées selon les règles des paramètres.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profiles cannot be saved to %1.</source>
        <translation>Impossible d'enregistrer les profils dans %1.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::RangePreset</name>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>This license year</source>
        <translation>Cette année de licence</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l'historique</translation>
    </message>
</context>
<context>
    <name>LicenseCore::RateCard</name>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>negative price</source>
        <translation>prix négatif</translation>
    </message>
    <message>
        <source>price too large</source>
        <translation>prix trop élevé</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>not a month like %1</source>
        <translation>pas un mois comme %1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>ligne %1 : JSON non valide (%2)</translation>
    </message>
    <message>
        <source>the rate card is not a JSON object</source>
        <translation>la grille tarifaire n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>pas un tableau</translation>
    </message>
    <message>
        <source>no prices</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>unknown currency code "%1"</source>
        <translation>code de devise inconnu « %1 »</translation>
    </message>
    <message>
        <source>the month %1 has prices twice</source>
        <translation>le mois %1 a des prix en double</translation>
    </message>
    <message>
        <source>a pool needs a name</source>
        <translation>un pool doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>LicenseCore::RequestOutcome</name>
    <message>
        <source>The cluster rejected the request as invalid (HTTP 400).</source>
        <translation>Le cluster a rejeté la requête comme non valide (HTTP 400).</translation>
    </message>
    <message>
        <source>Check the time range: it must not be empty, and its end must be at least two hours in the past.</source>
        <translation>Vérifiez la période : elle ne doit pas être vide, et sa fin doit se situer au moins deux heures dans le passé.</translation>
    </message>
    <message>
        <source>The cluster did not accept the API token (HTTP 401).</source>
        <translation>Le cluster n'a pas accepté le jeton d'API (HTTP 401).</translation>
    </message>
    <message>
        <source>Check that the token is a cluster token from the Cluster Management Console (Settings &gt; API tokens &gt; Cluster tokens) that has not expired or been revoked, and store it again.</source>
        <translation>Vérifiez que le jeton est un jeton de cluster créé dans la Cluster Management Console (Settings &gt; API tokens &gt; Cluster tokens), qu'il n'a ni expiré ni été révoqué, puis enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>The API token is not allowed to read license data (HTTP 403).</source>
        <translation>Le jeton d'API n'est pas autorisé à lire les données de licence (HTTP 403).</translation>
    </message>
    <message>
        <source>Create a cluster token with the Service Provider API scope (ServiceProviderAPI) in the Cluster Management Console and store it for this profile.</source>
        <translation>Créez dans la Cluster Management Console un jeton de cluster doté de la portée Service Provider API (ServiceProviderAPI) et enregistrez-le pour ce profil.</translation>
    </message>
    <message>
        <source>The cluster does not offer this API (HTTP 404).</source>
        <translation>Le cluster ne propose pas cette API (HTTP 404).</translation>
    </message>
    <message>
        <source>Check that the address is the cluster itself (not an environment's /e/… address) and that the cluster runs a Dynatrace Managed version with the Cluster API v2.</source>
        <translation>Vérifiez que l'adresse est celle du cluster lui-même (et non une adresse d'environnement en /e/…) et que le cluster exécute une version de Dynatrace Managed dotée de la Cluster API v2.</translation>
    </message>
    <message>
        <source>The cluster uses Dynatrace Platform Subscription (DPS) licensing, which this export does not cover (HTTP 422).</source>
        <translation>Le cluster utilise le modèle de licence Dynatrace Platform Subscription (DPS), que cet export ne couvre pas (HTTP 422).</translation>
    </message>
    <message>
        <source>License usage of subscription clusters is shown in the account's subscription overview instead.</source>
        <translation>L'utilisation des licences des clusters sous abonnement est présentée à la place dans la vue d'ensemble de l'abonnement du compte.</translation>
    </message>
    <message>
        <source>Another license export is still running on the cluster (HTTP 429).</source>
        <translation>Un autre export de licence est encore en cours sur le cluster (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait until it has finished and try again.</source>
        <translation>Attendez qu'il soit terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>The cluster failed to produce the data (HTTP 500).</source>
        <translation>Le cluster n'a pas réussi à produire les données (HTTP 500).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps failing, check the cluster's server logs or contact Dynatrace support.</source>
        <translation>Réessayez plus tard ; si l'échec persiste, consultez les journaux du serveur du cluster ou contactez le support Dynatrace.</translation>
    </message>
    <message>
        <source>The cluster is being upgraded (HTTP 556).</source>
        <translation>Le cluster est en cours de mise à niveau (HTTP 556).</translation>
    </message>
    <message>
        <source>Try again when the upgrade has finished.</source>
        <translation>Réessayez une fois la mise à niveau terminée.</translation>
    </message>
    <message>
        <source>The cluster answered with an unexpected status (HTTP %1).</source>
        <translation>Le cluster a répondu avec un statut inattendu (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the cluster address and try again.</source>
        <translation>Vérifiez l'adresse du cluster et réessayez.</translation>
    </message>
    <message>
        <source>The cluster says: “%1”.</source>
        <translation>Le cluster indique : « %1 ».</translation>
    </message>
</context>
<context>
    <name>LicenseCore::SliceDevice</name>
    <message>
        <source>A slice of another device is read-only</source>
        <translation>Une tranche d'un autre périphérique est en lecture seule</translation>
    </message>
    <message>
        <source>The base device is not open for random-access reading</source>
        <translation>Le périphérique de base n'est pas ouvert en lecture à accès aléatoire</translation>
    </message>
</context>
<context>
    <name>LicenseCore::TokenJob</name>
    <message>
        <source>No API token is stored for the profile “%1”. Store the cluster token for it first.</source>
        <translation>Aucun jeton d'API n'est enregistré pour le profil « %1 ». Enregistrez d'abord son jeton de cluster.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start a keychain service such as GNOME Keyring or KWallet, or keep the token in memory for this session only.</source>
        <translation>Aucun trousseau du système n'est disponible (%1). Démarrez un service de trousseau comme GNOME Keyring ou KWallet, ou conservez le jeton en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Unlock the keychain (or create its default keyring) and allow this program to use it, then try again.</source>
        <translation>L'accès au trousseau du système a été refusé (%1). Déverrouillez le trousseau (ou créez son trousseau par défaut) et autorisez ce programme à l'utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Échec du trousseau du système : %1</translation>
    </message>
    <message>
        <source>No password of the database %1 is stored in the system keychain.</source>
        <translation>Aucun mot de passe de la base de données %1 n’est enregistré dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::TokenVault</name>
    <message>
        <source>No API token is kept for the profile “%1” in this session.</source>
        <translation>Aucun jeton d'API n'est conservé pour le profil « %1 » dans cette session.</translation>
    </message>
    <message>
        <source>No password of the database %1 is kept in this session.</source>
        <translation>Aucun mot de passe de la base de données %1 n’est conservé dans cette session.</translation>
    </message>
</context>
<context>
    <name>LicenseCore::UsageForecast</name>
    <message>
        <source>DEM units</source>
        <translation>Les unités DEM</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>Les DDU</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Les heures d’unités d’hôte</translation>
    </message>
    <message>
        <source>Host units are licensed as a peak. The daily value is the highest host units of any hour of a day, all environments together. The projected peak is the greater of the peak so far and the mean of the daily peaks of the complete days among the last %1 days of data; the band is that mean plus and minus one standard deviation of those daily peaks. The quota is reached in the first hour whose host units reach it. A day is complete when the history holds all its 24 hours; with fewer than %2 complete days there is no projection.</source>
        <extracomment>%1 the window in days, %2 the minimum of days.</extracomment>
        <translation>Les unités d’hôte sont licenciées comme un pic. La valeur journalière est le plus grand nombre d’unités d’hôte d’une heure de la journée, tous environnements confondus. Le pic projeté est le plus grand du pic atteint à ce jour et de la moyenne des pics journaliers des jours complets parmi les %1 derniers jours de données ; la fourchette est cette moyenne plus et moins un écart type de ces pics journaliers. Le quota est atteint lors de la première heure dont les unités d’hôte l’atteignent. Un jour est complet quand l’historique contient ses 24 heures ; avec moins de %2 jours complets, il n’y a pas de projection.</translation>
    </message>
    <message>
        <source>%1 are licensed as a total over the license period. Consumed is the sum of every hour of the period up to the end of the last complete day of data (a day is complete when the history holds all its 24 hours). The daily rate is the mean of the daily totals of the complete days among the last %2 days of data; the projection adds that rate for every day left in the period. The band adds the rate plus and minus one standard deviation of those daily totals instead, for every day left. The quota is reached when consumed plus the rate times the days reaches it. With fewer than %3 complete days there is no projection.</source>
        <extracomment>%1 the unit (DEM units, DDUs, host-unit hours), %2 the window in days, %3 the minimum of days.</extracomment>
        <translation>%1 sont licenciées comme un total sur la période de licence. La consommation est la somme de toutes les heures de la période jusqu’à la fin du dernier jour complet de données (un jour est complet quand l’historique contient ses 24 heures). Le taux journalier est la moyenne des totaux journaliers des jours complets parmi les %2 derniers jours de données ; la projection ajoute ce taux pour chaque jour restant de la période. La fourchette ajoute à la place le taux plus et moins un écart type de ces totaux journaliers, pour chaque jour restant. Le quota est atteint quand la consommation plus le taux multiplié par les jours l’atteint. Avec moins de %3 jours complets, il n’y a pas de projection.</translation>
    </message>
    <message numerus="yes">
        <source>Counted: %n complete day(s) up to %2. An estimate from the rules in the settings, not a billed figure.</source>
        <extracomment>%1 the complete days of the window used, %2 the end of the data.</extracomment>
        <translation>
            <numerusform>Compté : %n jour complet jusqu’au %2. Une estimation selon les règles des paramètres, pas un chiffre facturé.</numerusform>
            <numerusform>Compté : %n jours complets jusqu’au %2. Une estimation selon les règles des paramètres, pas un chiffre facturé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No forecast: the history holds %n complete day(s) of the last %2 days of data in the license period, and a forecast needs at least %3. A day is complete when all its 24 hours are in the history.</source>
        <extracomment>%n the complete days found, %2 the window, %3 the minimum.</extracomment>
        <translation>
            <numerusform>Pas de prévision : l’historique contient %n jour complet sur les %2 derniers jours de données de la période de licence, et une prévision en demande au moins %3. Un jour est complet quand ses 24 heures sont dans l’historique.</numerusform>
            <numerusform>Pas de prévision : l’historique contient %n jours complets sur les %2 derniers jours de données de la période de licence, et une prévision en demande au moins %3. Un jour est complet quand ses 24 heures sont dans l’historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCore::UsageSnapshotBuilder</name>
    <message>
        <source>files of more than one cluster are mixed (%1 and %2)</source>
        <translation>des fichiers de plusieurs clusters sont mélangés (%1 et %2)</translation>
    </message>
    <message>
        <source>hour %1 of environment %2 appears in %3 and again in %4; the later file is used</source>
        <translation>l'heure %1 de l'environnement %2 apparaît dans %3 puis de nouveau dans %4 ; le dernier fichier est utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%n hourly file(s) lie outside the requested range %1 to %2; they are included</source>
        <translation>
            <numerusform>%n fichier horaire se trouve hors de la période demandée (de %1 à %2) ; il est inclus</numerusform>
            <numerusform>%n fichiers horaires se trouvent hors de la période demandée (de %1 à %2) ; ils sont inclus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::AboutDialog</name>
    <message>
        <source>Reported by the library</source>
        <translation>Indiquée par la bibliothèque</translation>
    </message>
    <message>
        <source>Reported by the library (%1)</source>
        <translation>Indiquée par la bibliothèque (%1)</translation>
    </message>
    <message>
        <source>Loaded file %1</source>
        <translation>Fichier chargé : %1</translation>
    </message>
    <message>
        <source>Built against; not found at run time</source>
        <translation>Version de compilation ; introuvable à l'exécution</translation>
    </message>
    <message>
        <source>Built against (%1)</source>
        <translation>Version de compilation (%1)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>About License Usage Explorer</source>
        <translation>À propos de License Usage Explorer</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nom du programme</translation>
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
        <translation>Explorez les exports de consommation de licence de Dynatrace Managed : host units, DEM units, DDU et plus encore, par environnement et par heure.</translation>
    </message>
    <message>
        <source>Host units and DEM units are estimates computed from the export's inputs, not billed figures.</source>
        <translation>Les host units et les DEM units sont des estimations calculées à partir des données d'entrée de l'export, et non des chiffres facturés.</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>License: GPL-3.0-or-later</source>
        <translation>Licence : GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Bibliothèques utilisées :</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Source of the version</source>
        <translation>Origine de la version</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the versions as text, for a bug report</source>
        <translation>Copier les versions sous forme de texte, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copier les informations de version</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>LicenseUi::AnswerFrame</name>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Computed from the export with the estimation rules in Settings; the cluster's billing may differ.</source>
        <translation>Calculé à partir de l’export avec les règles d’estimation des paramètres ; la facturation du cluster peut différer.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Comment est-ce calculé ?</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Computing from the history…</source>
        <translation>Calcul à partir de l’historique…</translation>
    </message>
    <message>
        <source>The CSV was not saved: %1</source>
        <translation>Le CSV n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::AnswerPage</name>
    <message>
        <source>The answers are computed from the history, which is not open.</source>
        <translation>Les réponses sont calculées à partir de l’historique, qui n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::AnswersPage</name>
    <message>
        <source>Overage</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>The hours over a host-unit quota, by how much, and who ran then</source>
        <translation>Les heures au-delà d’un quota de host units, de combien, et qui tournait alors</translation>
    </message>
    <message>
        <source>Host Churn</source>
        <translation>Rotation des hôtes</translation>
    </message>
    <message>
        <source>Which hosts came, went, changed mode or size between two periods</source>
        <translation>Quels hôtes sont arrivés, partis, ont changé de mode ou de taille entre deux périodes</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Two periods side by side, per environment and in total</source>
        <translation>Deux périodes côte à côte, par environnement et au total</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Where a license pool will stand at the end of its license period</source>
        <translation>Où en sera un pool de licence à la fin de sa période de licence</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>The estimate from the history next to the cluster's billed usage</source>
        <translation>L’estimation de l’historique à côté de l’utilisation facturée par le cluster</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChargebackPage</name>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <extracomment>The end of the period; that day is not included.</extracomment>
        <translation>&amp;Jusqu’au (exclu) :</translation>
    </message>
    <message>
        <source>&amp;Add price change</source>
        <translation>&amp;Ajouter un changement de prix</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>Load &amp;mapping…</source>
        <translation>Charger l’&amp;attribution…</translation>
    </message>
    <message>
        <source>Save ma&amp;pping…</source>
        <translation>Enregistrer l’attri&amp;bution…</translation>
    </message>
    <message>
        <source>Tag &amp;key:</source>
        <translation>&amp;Clé du tag :</translation>
    </message>
    <message>
        <source>Cost centres</source>
        <translation>Centres de coûts</translation>
    </message>
    <message>
        <source>Load Rate Card</source>
        <translation>Charger une grille tarifaire</translation>
    </message>
    <message>
        <source>Rate cards (*.json)</source>
        <translation>Grilles tarifaires (*.json)</translation>
    </message>
    <message>
        <source>Save Rate Card</source>
        <translation>Enregistrer la grille tarifaire</translation>
    </message>
    <message>
        <source>Load Cost-Centre Mapping</source>
        <translation>Charger l’attribution des centres de coûts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Cost-Centre Mapping</source>
        <translation>Enregistrer l’attribution des centres de coûts</translation>
    </message>
    <message>
        <source>Save Statements as CSV</source>
        <translation>Enregistrer les relevés en CSV</translation>
    </message>
    <message>
        <source>Save Statements as PDF</source>
        <translation>Enregistrer les relevés en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There are no statements to save.</source>
        <translation>Il n’y a aucun relevé à enregistrer.</translation>
    </message>
    <message>
        <source>The history holds no cluster yet: import or sync exports first.</source>
        <translation>L’historique ne contient encore aucun cluster : importez ou synchronisez d’abord des exports.</translation>
    </message>
    <message>
        <source>The period is empty: its end must come after its start.</source>
        <translation>La période est vide : sa fin doit suivre son début.</translation>
    </message>
    <message>
        <source>Total for the period: %1 %2</source>
        <extracomment>%1 is an amount, %2 a currency code.</extracomment>
        <translation>Total de la période : %1 %2</translation>
    </message>
    <message>
        <source>Save the rate card as a JSON file, which the command line reads too.</source>
        <translation>Enregistrer la grille tarifaire dans un fichier JSON, que la ligne de commande lit aussi.</translation>
    </message>
    <message>
        <source>This rate card is not saved to a file yet; save it to use it on the command line as well.</source>
        <translation>Cette grille tarifaire n’est pas encore enregistrée dans un fichier ; enregistrez-la pour l’utiliser aussi en ligne de commande.</translation>
    </message>
    <message>
        <source>Rate card file: %1</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Fichier de la grille tarifaire : %1</translation>
    </message>
    <message>
        <source>Rate card file: %1 (changed here, not saved)</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Fichier de la grille tarifaire : %1 (modifiée ici, non enregistrée)</translation>
    </message>
    <message>
        <source>Open license exports (File menu) or sync a cluster (Cluster menu): the statements of the period are shown here.</source>
        <translation>Ouvrez des exports de licence (menu Fichier) ou synchronisez un cluster (menu Cluster) : les relevés de la période s’affichent ici.</translation>
    </message>
    <message>
        <source>Change the period, the rate card or the cost centres: the statements are shown here as soon as they can be made.</source>
        <translation>Modifiez la période, la grille tarifaire ou les centres de coûts : les relevés s’affichent ici dès qu’ils peuvent être établis.</translation>
    </message>
    <message>
        <source>The environments with hours in the period are listed here.</source>
        <translation>Les environnements ayant des heures dans la période sont listés ici.</translation>
    </message>
    <message>
        <source>No environment has a tag "%1:…", so all are Unallocated. Type a cost centre into the table, load a mapping, or change the tag key. Tags are read by Sync.</source>
        <extracomment>%1 is a tag key such as "costcenter".</extracomment>
        <translation>Aucun environnement n’a de tag « %1:… », ils sont donc tous « Unallocated ». Saisissez un centre de coûts dans le tableau, chargez une correspondance ou changez la clé du tag. Les tags sont lus par la synchronisation.</translation>
    </message>
    <message>
        <source>There are no statements to print.</source>
        <translation>Il n’y a aucun relevé à imprimer.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChartControls</name>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Chart metric</source>
        <translation>Métrique du graphique</translation>
    </message>
    <message>
        <source>Chart resolution</source>
        <translation>Résolution du graphique</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Chart style</source>
        <translation>Style du graphique</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Empilé</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Reset chart zoom</source>
        <translation>Réinitialiser le zoom du graphique</translation>
    </message>
    <message>
        <source>Show the whole time range again (0)</source>
        <translation>Afficher de nouveau toute la période (0)</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>S&amp;tyle:</source>
        <translation>&amp;Style :</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChurnModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Mode changé</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Redimensionné</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>OS instance id %1</source>
        <translation>ID d'instance d'OS %1</translation>
    </message>
    <message>
        <source>In the host's last counted hour of the first period.</source>
        <translation>Lors de la dernière heure comptée de l’hôte dans la première période.</translation>
    </message>
    <message>
        <source>In the host's last counted hour of the second period.</source>
        <translation>Lors de la dernière heure comptée de l’hôte dans la seconde période.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Mode
before</source>
        <translation>Mode
avant</translation>
    </message>
    <message>
        <source>Mode
after</source>
        <translation>Mode
après</translation>
    </message>
    <message>
        <source>Counted in the second period, not in the first.</source>
        <translation>Compté dans la seconde période, pas dans la première.</translation>
    </message>
    <message>
        <source>Counted in the first period, not in the second.</source>
        <translation>Compté dans la première période, pas dans la seconde.</translation>
    </message>
    <message>
        <source>Counted in both periods, in another monitoring mode in its last counted hour of the second.</source>
        <translation>Compté dans les deux périodes, dans un autre mode de surveillance lors de sa dernière heure comptée de la seconde.</translation>
    </message>
    <message>
        <source>Counted in both periods in the same mode, with other host units in its last counted hour of the second.</source>
        <translation>Compté dans les deux périodes dans le même mode, avec d’autres host units lors de sa dernière heure comptée de la seconde.</translation>
    </message>
    <message>
        <source>Counted in both periods with the same mode and host units in its last counted hours.</source>
        <translation>Compté dans les deux périodes, avec le même mode et les mêmes host units lors de ses dernières heures comptées.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units in its last counted hour of the first period.</source>
        <translation>Estimé : les host units de l’hôte lors de sa dernière heure comptée de la première période.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units in its last counted hour of the second period.</source>
        <translation>Estimé : les host units de l’hôte lors de sa dernière heure comptée de la seconde période.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's host units over the counted hours of the first period.</source>
        <translation>Estimé : la somme des host units de l’hôte sur les heures comptées de la première période.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's host units over the counted hours of the second period.</source>
        <translation>Estimé : la somme des host units de l’hôte sur les heures comptées de la seconde période.</translation>
    </message>
    <message>
        <source>Estimated: the host-unit hours of the second period less those of the first.</source>
        <translation>Estimé : les heures de host units de la seconde période moins celles de la première.</translation>
    </message>
    <message>
        <source>The host's entity id, made from its OS instance id.</source>
        <translation>L’identifiant d’entité de l’hôte, formé à partir de son identifiant d’instance OS.</translation>
    </message>
    <message>
        <source>The environment that counted the host.</source>
        <translation>L’environnement qui a compté l’hôte.</translation>
    </message>
    <message>
        <source>Added, removed, mode changed, resized or unchanged: the host's last counted hour of each period compared.</source>
        <translation>Ajouté, supprimé, mode modifié, redimensionné ou inchangé : la dernière heure comptée de l’hôte dans chaque période, comparée.</translation>
    </message>
    <message>
        <source>Estimated: in the host's last counted hour of the first period, from its memory and monitoring mode with the estimation rules in Settings.</source>
        <translation>Estimé : lors de la dernière heure comptée de l’hôte dans la première période, à partir de sa mémoire et de son mode de surveillance avec les règles d’estimation des Paramètres.</translation>
    </message>
    <message>
        <source>Estimated: in the host's last counted hour of the second period, from its memory and monitoring mode with the estimation rules in Settings.</source>
        <translation>Estimé : lors de la dernière heure comptée de l’hôte dans la seconde période, à partir de sa mémoire et de son mode de surveillance avec les règles d’estimation des Paramètres.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units summed over the counted hours of the first period.</source>
        <translation>Estimé : les host units de l’hôte, additionnées sur les heures comptées de la première période.</translation>
    </message>
    <message>
        <source>Estimated: the host's host units summed over the counted hours of the second period.</source>
        <translation>Estimé : les host units de l’hôte, additionnées sur les heures comptées de la seconde période.</translation>
    </message>
    <message>
        <source>Estimated: host-unit hours of the second period less those of the first.</source>
        <translation>Estimé : heures de host units de la seconde période moins celles de la première.</translation>
    </message>
    <message>
        <source>Host units
before (est.)</source>
        <translation>Host units
avant (estim.)</translation>
    </message>
    <message>
        <source>Host units
after (est.)</source>
        <translation>Host units
après (estim.)</translation>
    </message>
    <message>
        <source>Host-unit hours
before (est.)</source>
        <translation>Heures de host units
avant (estim.)</translation>
    </message>
    <message>
        <source>Host-unit hours
after (est.)</source>
        <translation>Heures de host units
après (estim.)</translation>
    </message>
    <message>
        <source>Difference (est.)</source>
        <translation>Différence (estim.)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ChurnPage</name>
    <message>
        <source>Hosts that changed</source>
        <translation>Hôtes modifiés</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>Show hosts by change</source>
        <translation>Afficher les hôtes par type de changement</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Host churn</source>
        <translation>Rotation des hôtes</translation>
    </message>
    <message>
        <source>No host was counted in either period: the history may hold no hour of them.</source>
        <translation>Aucun hôte n’a été compté dans l’une ou l’autre période : l’historique n’en contient peut-être aucune heure.</translation>
    </message>
    <message>
        <source>Host-unit hours %1 → %2 (%3): %4 added, %5 removed, %6 changed mode, %7 resized, %8 unchanged.</source>
        <extracomment>%1 and %2 are host-unit hours of the two periods, %3 their difference; then counts of hosts per change.</extracomment>
        <translation>Heures de host units %1 → %2 (%3) : %4 ajoutés, %5 retirés, %6 ont changé de mode, %7 redimensionnés, %8 inchangés.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ClustersDialog</name>
    <message>
        <source>Cluster profiles</source>
        <translation>Profils de cluster</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>Pro&amp;fils</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the profile and its token</source>
        <translation>Supprimer le profil et son jeton</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to the cluster</source>
        <translation>Tester la connexion au cluster</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the profile and its token</source>
        <translation>Enregistrer le profil et son jeton</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The pinned certificate is forgotten once you press Save.</source>
        <translation>Le certificat épinglé sera oublié dès que vous appuierez sur « Enregistrer ».</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Le profil n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Deleting the token stored for the old address…</source>
        <translation>Suppression du jeton enregistré pour l'ancienne adresse…</translation>
    </message>
    <message>
        <source>The address of “%1” was not changed: the token stored for the old address could not be deleted. %2</source>
        <translation>L'adresse de « %1 » n'a pas été modifiée : le jeton enregistré pour l'ancienne adresse n'a pas pu être supprimé. %2</translation>
    </message>
    <message>
        <source>Storing the token in the system keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The profile was saved, but not its token: no system keychain is available. Tick “Keep for this session only” and press Save again, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Le profil a été enregistré, mais pas son jeton : aucun trousseau du système n'est disponible. Cochez « Conserver pour cette session uniquement » et appuyez de nouveau sur « Enregistrer », ou démarrez un service de trousseau (comme GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The profile was saved, but not its token. %1</source>
        <translation>Le profil a été enregistré, mais pas son jeton. %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Its token is kept in memory for this session only.</source>
        <translation>Son jeton est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Its token is stored in the system keychain.</source>
        <translation>Son jeton est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Its address changed, so the token stored for the old address was deleted; paste the token for the new address and press Save.</source>
        <translation>Son adresse a changé, le jeton enregistré pour l'ancienne adresse a donc été supprimé ; collez le jeton de la nouvelle adresse et appuyez sur « Enregistrer ».</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and forget its API token?</source>
        <translation>Supprimer le profil « %1 » et oublier son jeton d'API ?</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its API token from the system keychain?</source>
        <translation>Supprimer le profil « %1 » et effacer son jeton d'API du trousseau du système ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed “%1” and its token.</source>
        <translation>Profil « %1 » et son jeton supprimés.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its token could not be deleted from the system keychain. %2 You can delete the entry “%3” with the keychain's own tool.</source>
        <translation>Profil « %1 » supprimé, mais son jeton n'a pas pu être effacé du trousseau du système. %2 Vous pouvez supprimer l'entrée « %3 » avec l'outil du trousseau lui-même.</translation>
    </message>
    <message>
        <source>Paste the cluster token into the Token field first.</source>
        <translation>Collez d'abord le jeton de cluster dans le champ « Jeton ».</translation>
    </message>
    <message>
        <source>Reading the saved token…</source>
        <translation>Lecture du jeton enregistré…</translation>
    </message>
    <message>
        <source>No token is saved for “%1”. Paste the cluster token into the Token field.</source>
        <translation>Aucun jeton n'est enregistré pour « %1 ». Collez le jeton de cluster dans le champ « Jeton ».</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Clusters &amp; Tokens</source>
        <translation>Clusters et jetons</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ComparePage</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period of whole days, both included.</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>Period comparison</source>
        <translation>Comparaison de périodes</translation>
    </message>
    <message>
        <source>Change per environment</source>
        <translation>Variation par environnement</translation>
    </message>
    <message>
        <source>No change to show.</source>
        <translation>Aucune variation à afficher.</translation>
    </message>
    <message>
        <source>The history holds no hour of either period: sync or open an export of them.</source>
        <translation>L’historique ne contient aucune heure de ces périodes : synchronisez ou ouvrez un export de celles-ci.</translation>
    </message>
    <message>
        <source>%1 (%2) compared with %3 (%4).</source>
        <extracomment>%1 and %3 are periods, %2 and %4 say how many hours of data the history holds of each.</extracomment>
        <translation>%1 (%2) comparé à %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of data</source>
        <translation>
            <numerusform>%n heure de données</numerusform>
            <numerusform>%n heures de données</numerusform>
        </translation>
    </message>
    <message>
        <source>The periods hold different numbers of hours: compare totals with care.</source>
        <translation>Les périodes ne contiennent pas le même nombre d’heures : comparez les totaux avec prudence.</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after</source>
        <extracomment>%1 is a metric, %2 and %3 its values before and after.</extracomment>
        <translation>%1 : %2 avant, %3 après</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ComparisonModel</name>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Log upload volume</source>
        <translation>Volume de journaux envoyés</translation>
    </message>
    <message>
        <source>Log storage, peak</source>
        <translation>Stockage des journaux, pic</translation>
    </message>
    <message>
        <source>Log storage, average</source>
        <translation>Stockage des journaux, moyenne</translation>
    </message>
    <message>
        <source>DDUs: %1</source>
        <extracomment>%1 is a DDU pool, e.g. "metrics".</extracomment>
        <translation>DDU : %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variation %</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Heures de host units (estim.)</translation>
    </message>
    <message>
        <source>Peak host units (est.)</source>
        <translation>Pic de host units (estim.)</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM units (estim.)</translation>
    </message>
    <message>
        <source>Estimated: the sum of the hourly host units over the hours of the period the history holds.</source>
        <translation>Estimé : la somme des host units horaires sur les heures de la période que contient l’historique.</translation>
    </message>
    <message>
        <source>Estimated: the host units of the busiest hour of the period.</source>
        <translation>Estimé : les host units de l’heure la plus chargée de la période.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the hourly DEM units over the hours of the period the history holds.</source>
        <translation>Estimé : la somme des DEM units horaires sur les heures de la période que contient l’historique.</translation>
    </message>
    <message>
        <source>As the exports report them: the DDUs of every pool, summed over the hours of the period.</source>
        <translation>Tels que les exports les indiquent : les DDU de chaque pool, additionnées sur les heures de la période.</translation>
    </message>
    <message>
        <source>As the exports report them: visits and mobile sessions, summed over the hours of the period.</source>
        <translation>Tels que les exports les indiquent : visites et sessions mobiles, additionnées sur les heures de la période.</translation>
    </message>
    <message>
        <source>As the exports report it: the log upload volume, summed over the hours of the period.</source>
        <translation>Tel que les exports l’indiquent : le volume de logs envoyé, additionné sur les heures de la période.</translation>
    </message>
    <message>
        <source>As the exports report it: log storage is a level, not a flow; its highest hour of the period.</source>
        <translation>Tel que les exports l’indiquent : le stockage des logs est un niveau, pas un flux ; son heure la plus haute de la période.</translation>
    </message>
    <message>
        <source>As the exports report it: log storage is a level, not a flow; its average over the hours of the period with data.</source>
        <translation>Tel que les exports l’indiquent : le stockage des logs est un niveau, pas un flux ; sa moyenne sur les heures de la période ayant des données.</translation>
    </message>
    <message>
        <source>As the exports report them: the DDUs of pool %1, summed over the hours of the period.</source>
        <extracomment>%1 is a DDU pool, e.g. "metrics".</extracomment>
        <translation>Tels que les exports les indiquent : les DDU du pool %1, additionnées sur les heures de la période.</translation>
    </message>
    <message>
        <source>The first period's value is zero: no relative change.</source>
        <translation>La valeur de la première période est nulle : pas de variation relative.</translation>
    </message>
    <message>
        <source>Each environment, then all environments together.</source>
        <translation>Chaque environnement, puis tous les environnements ensemble.</translation>
    </message>
    <message>
        <source>Host-unit hours, peak host units and DEM units are estimated with the estimation rules in Settings (marked "est."); DDUs, sessions and log volumes are the exports' own figures.</source>
        <translation>Les heures de host units, le pic de host units et les DEM units sont estimés avec les règles d’estimation des Paramètres (marqués « estim. ») ; les DDU, les sessions et les volumes de logs sont les chiffres propres des exports.</translation>
    </message>
    <message>
        <source>Over the hours of the first period that the history holds.</source>
        <translation>Sur les heures de la première période que contient l’historique.</translation>
    </message>
    <message>
        <source>Over the hours of the second period that the history holds.</source>
        <translation>Sur les heures de la seconde période que contient l’historique.</translation>
    </message>
    <message>
        <source>After minus before.</source>
        <translation>Après moins avant.</translation>
    </message>
    <message>
        <source>The change divided by before; empty when before is zero.</source>
        <translation>La variation divisée par la valeur d’avant ; vide quand celle-ci est nulle.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ConnectionTestController</name>
    <message>
        <source>The saved token could not be read: the token store was closed.</source>
        <translation>Le jeton enregistré n'a pas pu être lu : le stockage de jetons a été fermé.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ConnectionTestResultView</name>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Connection test details</source>
        <translation>Détails du test de connexion</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>P&amp;in this certificate</source>
        <translation>Épingler ce cert&amp;ificat</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this profile</source>
        <translation>Faire confiance à ce certificat précis pour ce profil</translation>
    </message>
    <message numerus="yes">
        <source>Connection OK: %n environment(s)</source>
        <translation>
            <numerusform>Connexion réussie : %n environnement</numerusform>
            <numerusform>Connexion réussie : %n environnements</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Save to keep the profile and its token.</source>
        <translation>Appuyez sur « Enregistrer » pour conserver le profil et son jeton.</translation>
    </message>
    <message>
        <source>Press Save to keep the changes to the profile.</source>
        <translation>Appuyez sur « Enregistrer » pour conserver les modifications du profil.</translation>
    </message>
    <message>
        <source>The cluster cannot be reached</source>
        <translation>Le cluster est injoignable</translation>
    </message>
    <message>
        <source>The cluster's certificate is not trusted</source>
        <translation>Le certificat du cluster n'est pas reconnu comme fiable</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate that %1 presented. Choose the CA certificate that issued it under “CA certificate”, or compare the fingerprint below with the one the cluster's administrator gives you and pin the certificate only if they match.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat présenté par %1. Choisissez le certificat d'AC qui l'a émis dans « Certificat d'AC », ou comparez l'empreinte ci-dessous avec celle que vous communique l'administrateur du cluster et n'épinglez le certificat que si elles correspondent.</translation>
    </message>
    <message>
        <source>The token was not accepted</source>
        <translation>Le jeton n'a pas été accepté</translation>
    </message>
    <message>
        <source>The saved token was used; paste a new one and press Save.</source>
        <translation>Le jeton enregistré a été utilisé ; collez-en un nouveau et appuyez sur « Enregistrer ».</translation>
    </message>
    <message>
        <source>The token lacks the Service Provider API scope</source>
        <translation>Le jeton n'a pas la portée Service Provider API</translation>
    </message>
    <message>
        <source>The connection test failed</source>
        <translation>Le test de connexion a échoué</translation>
    </message>
    <message>
        <source>Subject: %1
SHA-256: %2</source>
        <translation>Sujet : %1
SHA-256 : %2</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this profile, whoever issued it. Only do so after comparing the fingerprint with the cluster's administrator.</source>
        <translation>Faire confiance à ce certificat précis pour ce profil, quel que soit son émetteur. Ne le faites qu'après avoir comparé l'empreinte avec l'administrateur du cluster.</translation>
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
        <translation>Manuel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>LicenseUi::CoverageStrip</name>
    <message>
        <source>History coverage</source>
        <translation>Couverture de l'historique</translation>
    </message>
    <message>
        <source>Missing in %1: %2</source>
        <translation>Manquant dans %1 : %2</translation>
    </message>
    <message>
        <source>%1: no hours stored</source>
        <translation>%1 : aucune heure enregistrée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, no gaps</source>
        <translation>%1, aucune lacune</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 missing in %n gap(s)</source>
        <translation>
            <numerusform>%1 ; manquant : %2 en %n lacune</numerusform>
            <numerusform>%1 ; manquant : %2 en %n lacunes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>The history holds no hours yet.</source>
        <translation>L'historique ne contient encore aucune heure.</translation>
    </message>
    <message>
        <source>Use the arrow keys to step from gap to gap.</source>
        <translation>Les touches fléchées passent d'une lacune à l'autre.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Présentes</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
</context>
<context>
    <name>LicenseUi::DateRangeWidget</name>
    <message>
        <source>Date range preset</source>
        <translation>Période prédéfinie</translation>
    </message>
    <message>
        <source>Start of the range (local time)</source>
        <translation>Début de la période (heure locale)</translation>
    </message>
    <message>
        <source>End of the range (local time)</source>
        <translation>Fin de la période (heure locale)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>a&amp;u</translation>
    </message>
    <message numerus="yes">
        <source>UTC %1 to %2, %n hour(s)</source>
        <translation>
            <numerusform>UTC : de %1 à %2, %n heure</numerusform>
            <numerusform>UTC : de %1 à %2, %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>(the end was moved to %1 local time: the cluster exports hours up to two hours ago)</source>
        <translation>(la fin a été ramenée à %1, heure locale : le cluster exporte les heures jusqu'à il y a deux heures)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Show the history of one cluster, or of all together</source>
        <translation>Afficher l'historique d'un cluster, ou de tous ensemble</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The history holds no hours yet: open or download an export first.</source>
        <translation>L'historique ne contient encore aucune heure : ouvrez ou téléchargez d'abord un export.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::DisplayFormat</name>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>De %1 à %2 UTC</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1
%2 to %3 local time</source>
        <translation>%1
De %2 à %3, heure locale</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
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
        <translation>Host units</translation>
    </message>
    <message>
        <source>Peak host units</source>
        <translation>Pic de host units</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>DEM units</source>
        <translation>DEM units</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>DDUs: %1</source>
        <translation>DDU : %1</translation>
    </message>
    <message>
        <source>User sessions</source>
        <translation>Sessions utilisateur</translation>
    </message>
    <message>
        <source>Synthetic executions</source>
        <translation>Exécutions synthétiques</translation>
    </message>
    <message>
        <source>Custom metrics</source>
        <translation>Métriques personnalisées</translation>
    </message>
    <message>
        <source>Host units per hour (estimated)</source>
        <translation>Host units par heure (estimation)</translation>
    </message>
    <message>
        <source>Counted hosts per hour</source>
        <translation>Hôtes comptés par heure</translation>
    </message>
    <message>
        <source>DEM units per hour (estimated)</source>
        <translation>DEM units par heure (estimation)</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 par heure</translation>
    </message>
    <message>
        <source>Host-unit hours per day (estimated)</source>
        <translation>Heures de host units par jour (estimation)</translation>
    </message>
    <message>
        <source>Host-unit hours per month (estimated)</source>
        <translation>Heures de host units par mois (estimation)</translation>
    </message>
    <message>
        <source>Peak host units of the day (estimated)</source>
        <translation>Pic de host units du jour (estimation)</translation>
    </message>
    <message>
        <source>Peak host units of the month (estimated)</source>
        <translation>Pic de host units du mois (estimation)</translation>
    </message>
    <message>
        <source>Peak counted hosts of the day</source>
        <translation>Pic d'hôtes comptés du jour</translation>
    </message>
    <message>
        <source>Peak counted hosts of the month</source>
        <translation>Pic d'hôtes comptés du mois</translation>
    </message>
    <message>
        <source>DEM units per day (estimated)</source>
        <translation>DEM units par jour (estimation)</translation>
    </message>
    <message>
        <source>DEM units per month (estimated)</source>
        <translation>DEM units par mois (estimation)</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Per day or month: host-unit hours, the sum of the hourly host units.</source>
        <translation>Par jour ou par mois : heures de host units, la somme des host units horaires.</translation>
    </message>
    <message>
        <source>Per day or month: the host units of the busiest hour.</source>
        <translation>Par jour ou par mois : les host units de l'heure la plus chargée.</translation>
    </message>
    <message numerus="yes">
        <source>Hosts counted in the hour (active for at least %n minute(s), or without activity records); per day or month, the busiest hour.</source>
        <translation>
            <numerusform>Hôtes comptés dans l'heure (actifs pendant au moins %n minute, ou sans enregistrement d'activité) ; par jour ou par mois, l'heure la plus chargée.</numerusform>
            <numerusform>Hôtes comptés dans l'heure (actifs pendant au moins %n minutes, ou sans enregistrement d'activité) ; par jour ou par mois, l'heure la plus chargée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Infrastructure hosts weigh 30% of that, at most 1.0.</source>
        <translation>Les hôtes Infrastructure pèsent 30 % de cette valeur, au plus 1,0.</translation>
    </message>
    <message>
        <source>Infrastructure hosts weigh 30% of that.</source>
        <translation>Les hôtes Infrastructure pèsent 30 % de cette valeur.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated from each host's memory and monitoring mode: Full-Stack and PaaS hosts weigh 0.1 up to 1.6 GiB, 0.25 up to 4 GiB, 0.5 up to 8 GiB, 1.0 up to 16 GiB, then one per started 16 GiB; %1 A host counts in an hour when its agents were active for at least %n minute(s), or when it has no activity records.</source>
        <translation>
            <numerusform>Estimation d'après la mémoire et le mode de surveillance de chaque hôte : les hôtes Full-Stack et PaaS pèsent 0,1 jusqu'à 1,6 Gio, 0,25 jusqu'à 4 Gio, 0,5 jusqu'à 8 Gio, 1,0 jusqu'à 16 Gio, puis 1 par tranche de 16 Gio entamée ; %1 Un hôte compte dans une heure lorsque ses agents ont été actifs pendant au moins %n minute, ou lorsqu'il n'a aucun enregistrement d'activité.</numerusform>
            <numerusform>Estimation d'après la mémoire et le mode de surveillance de chaque hôte : les hôtes Full-Stack et PaaS pèsent 0,1 jusqu'à 1,6 Gio, 0,25 jusqu'à 4 Gio, 0,5 jusqu'à 8 Gio, 1,0 jusqu'à 16 Gio, puis 1 par tranche de 16 Gio entamée ; %1 Un hôte compte dans une heure lorsque ses agents ont été actifs pendant au moins %n minutes, ou lorsqu'il n'a aucun enregistrement d'activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated: %1 per user session (visits and mobile sessions), %2 more per session replay, %3 per browser monitor execution, %4 per HTTP monitor execution. Session properties are not included.</source>
        <translation>Estimation : %1 par session utilisateur (visites et sessions mobiles), %2 de plus par session avec replay, %3 par exécution de moniteur de navigateur, %4 par exécution de moniteur HTTP. Les propriétés de session ne sont pas incluses.</translation>
    </message>
    <message>
        <source>%1 UTC
%2 local time</source>
        <translation>%1 UTC
%2, heure locale</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 UTC (%Ln hour(s))</source>
        <translation>
            <numerusform>de %1 à %2 UTC (%Ln heure)</numerusform>
            <numerusform>de %1 à %2 UTC (%Ln heures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Envoi de journaux</translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Stockage de journaux (pic)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::DownloadPanel</name>
    <message>
        <source>No download is running.</source>
        <translation>Aucun téléchargement en cours.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Détails du téléchargement</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Compte à rebours avant la nouvelle tentative</translation>
    </message>
    <message>
        <source>Download result</source>
        <translation>Résultat du téléchargement</translation>
    </message>
    <message numerus="yes">
        <source>License export of “%1”, %2 – %3 UTC (%n hour(s))</source>
        <translation>
            <numerusform>Export de licence de « %1 », %2 – %3 UTC (%n heure)</numerusform>
            <numerusform>Export de licence de « %1 », %2 – %3 UTC (%n heures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the cluster to prepare the export…</source>
        <translation>En attente de la préparation de l'export par le cluster…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another folder or check its permissions.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un autre dossier ou vérifiez ses droits d'accès.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The cluster is being upgraded; the download starts once it answers again.</source>
        <translation>Le cluster est en cours de mise à niveau ; le téléchargement commencera dès qu'il répondra de nouveau.</translation>
    </message>
    <message>
        <source>Another license export is running on the cluster, and a cluster runs only one at a time. The download starts as soon as it has finished.</source>
        <translation>Un autre export de licence est en cours sur le cluster, et un cluster n'en exécute qu'un à la fois. Le téléchargement commencera dès qu'il sera terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Cluster upgrade in progress — retrying in %n s</source>
        <translation>
            <numerusform>Mise à niveau du cluster en cours — nouvelle tentative dans %n s</numerusform>
            <numerusform>Mise à niveau du cluster en cours — nouvelle tentative dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster busy exporting — retrying in %n s</source>
        <translation>
            <numerusform>Cluster occupé par un export — nouvelle tentative dans %n s</numerusform>
            <numerusform>Cluster occupé par un export — nouvelle tentative dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster upgrade in progress — retrying now…</source>
        <translation>Mise à niveau du cluster en cours — nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Cluster busy exporting — retrying now…</source>
        <translation>Cluster occupé par un export — nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>Temps écoulé : %1</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 en %2.</translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 téléchargé.</translation>
    </message>
    <message>
        <source>The range ends at %1 UTC, the newest hour the cluster can export.</source>
        <translation>La période se termine à %1 UTC, l'heure la plus récente que le cluster peut exporter.</translation>
    </message>
    <message>
        <source>Stopped after %1.</source>
        <translation>Arrêté après %1.</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was saved.</source>
        <translation>Le téléchargement a été annulé ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space, then try again.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et que le disque dispose d'espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>Reading environment names and the cluster license…</source>
        <translation>Lecture des noms d'environnement et de la licence du cluster…</translation>
    </message>
    <message>
        <source>Environment names read.</source>
        <translation>Noms d'environnement lus.</translation>
    </message>
    <message>
        <source>Environment names could not be read, so ids are shown: %1</source>
        <translation>Les noms d'environnement n'ont pas pu être lus, les ID sont donc affichés : %1</translation>
    </message>
    <message>
        <source>License quotas read.</source>
        <translation>Quotas de licence lus.</translation>
    </message>
    <message>
        <source>The cluster does not report license quotas (that needs Dynatrace Managed 1.326 or later).</source>
        <translation>Le cluster ne communique pas de quotas de licence (cela nécessite Dynatrace Managed 1.326 ou ultérieur).</translation>
    </message>
    <message>
        <source>The cluster license could not be read, so no quotas are shown: %1</source>
        <translation>La licence du cluster n'a pas pu être lue, aucun quota n'est donc affiché : %1</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Check the profile and its token under Clusters &amp; Tokens.</source>
        <translation>Vérifiez le profil et son jeton dans « Clusters et jetons ».</translation>
    </message>
</context>
<context>
    <name>LicenseUi::EnvironmentTotalsModel</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Heures de host units (estim.)</translation>
    </message>
    <message>
        <source>Peak host units (est.)</source>
        <translation>Pic de host units (estim.)</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM units (estim.)</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>User sessions</source>
        <translation>Sessions utilisateur</translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Stockage de journaux (pic)</translation>
    </message>
    <message>
        <source>Log storage (average)</source>
        <translation>Stockage de journaux (moyenne)</translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Envoi de journaux</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ExportCsvDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>One row per environment and</source>
        <translation>Une ligne par environnement et par</translation>
    </message>
    <message>
        <source>&amp;Hour (the canonical hourly file)</source>
        <translation>&amp;Heure (le fichier horaire de référence)</translation>
    </message>
    <message>
        <source>&amp;Day (UTC)</source>
        <translation>&amp;Jour (UTC)</translation>
    </message>
    <message>
        <source>&amp;Month (UTC)</source>
        <translation>&amp;Mois (UTC)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>&amp;All environments</source>
        <translation>&amp;Tous les environnements</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;filtered environment(s)</source>
        <translation>
            <numerusform>Uniquement l'environnement &amp;filtré (%n)</numerusform>
            <numerusform>Uniquement les %n environnements &amp;filtrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ExportDetailsPage</name>
    <message>
        <source>cluster export (nested ZIP with signature and log)</source>
        <translation>export de cluster (ZIP imbriqué avec signature et journal)</translation>
    </message>
    <message>
        <source>ZIP with the hourly files directly inside</source>
        <translation>ZIP contenant directement les fichiers horaires</translation>
    </message>
    <message>
        <source>a single hourly JSON file</source>
        <translation>un seul fichier JSON horaire</translation>
    </message>
    <message>
        <source>No export is open.</source>
        <translation>Aucun export n'est ouvert.</translation>
    </message>
    <message>
        <source>Missing hours</source>
        <translation>Heures manquantes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Journal de l'export</translation>
    </message>
    <message>
        <source>&lt;b&gt;File:&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;Fichier :&lt;/b&gt; %1 (%2), %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cluster :&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Range:&lt;/b&gt; %1 to %2 UTC, %n hour(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Période :&lt;/b&gt; de %1 à %2 UTC, %n heure</numerusform>
            <numerusform>&lt;b&gt;Période :&lt;/b&gt; de %1 à %2 UTC, %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Hourly files read:&lt;/b&gt; %n</source>
        <translation>
            <numerusform>&lt;b&gt;Fichiers horaires lus :&lt;/b&gt; %n</numerusform>
            <numerusform>&lt;b&gt;Fichiers horaires lus :&lt;/b&gt; %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; none in this file</source>
        <translation>&lt;b&gt;Signature :&lt;/b&gt; aucune dans ce fichier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; %1 (%2; kept as is, not checked)</source>
        <translation>&lt;b&gt;Signature :&lt;/b&gt; %1 (%2 ; conservée telle quelle, non vérifiée)</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 UTC (%n hour(s))</source>
        <translation>
            <numerusform>De %1 à %2 UTC (%n heure)</numerusform>
            <numerusform>De %1 à %2 UTC (%n heures)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every hour of the range has data.</source>
        <translation>Aucune : chaque heure de la période contient des données.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n fois)</numerusform>
            <numerusform>%1 (%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>This export has no log file.</source>
        <translation>Cet export ne contient pas de fichier journal.</translation>
    </message>
    <message>
        <source>Exports of this range</source>
        <translation>Exports de cette période</translation>
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
        <translation>Heures de cette période</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Créé le (UTC)</translation>
    </message>
    <message>
        <source>Exports this range comes from</source>
        <translation>Exports dont provient cette période</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the history:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Depuis l'historique :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>tous les clusters</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Exports:&lt;/b&gt; %n</source>
        <translation>
            <numerusform>&lt;b&gt;Exports :&lt;/b&gt; %n</numerusform>
            <numerusform>&lt;b&gt;Exports :&lt;/b&gt; %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseUi::ForecastPage</name>
    <message>
        <source>License pool</source>
        <translation>Pool de licence</translation>
    </message>
    <message>
        <source>DEM units</source>
        <translation>Unités DEM</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Heures de host units</translation>
    </message>
    <message>
        <source>Host units (peak)</source>
        <translation>Host units (pic)</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>P&amp;ool :</translation>
    </message>
    <message>
        <source>License &amp;period:</source>
        <translation>&amp;Période de licence :</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quota :</translation>
    </message>
    <message>
        <source>Consumed so far:</source>
        <translation>Consommé jusqu’ici :</translation>
    </message>
    <message>
        <source>Daily rate:</source>
        <translation>Rythme quotidien :</translation>
    </message>
    <message>
        <source>Projected at the period's end:</source>
        <translation>Projection à la fin de la période :</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>Fourchette :</translation>
    </message>
    <message>
        <source>Share of the quota:</source>
        <translation>Part du quota :</translation>
    </message>
    <message>
        <source>Quota reached:</source>
        <translation>Quota atteint :</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>host-unit hours</source>
        <translation>heures de host units</translation>
    </message>
    <message>
        <source>host units</source>
        <translation>host units</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 its unit ("DEM units").</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose the license period.</source>
        <translation>Choisissez la période de licence.</translation>
    </message>
    <message>
        <source>%1, the peak up to %2</source>
        <extracomment>%1 is an amount, %2 a day.</extracomment>
        <translation>%1, le pic jusqu’au %2</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 jusqu’au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n complete day(s) of data in the period</source>
        <translation>
            <numerusform>%n jour complet de données dans la période</numerusform>
            <numerusform>%n jours complets de données dans la période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>daily peaks of %1 on average (± %2) over the last %n day(s)</source>
        <extracomment>%1 is the mean of the daily values, %2 their standard deviation, %n the days.</extracomment>
        <translation>
            <numerusform>pics quotidiens de %1 en moyenne (± %2) sur le dernier %n jour</numerusform>
            <numerusform>pics quotidiens de %1 en moyenne (± %2) sur les %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average (± %2) over the last %n day(s)</source>
        <translation>
            <numerusform>%1 par jour en moyenne (± %2) sur le dernier %n jour</numerusform>
            <numerusform>%1 par jour en moyenne (± %2) sur les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the projected amount, %2 the last day of the period.</extracomment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 and %2 are the low and the high end of the projection.</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Type the quota to see the share.</source>
        <translation>Saisissez le quota pour voir la part.</translation>
    </message>
    <message>
        <source>already, on %1</source>
        <translation>déjà, le %1</translation>
    </message>
    <message>
        <source>on %1, at the current rate</source>
        <translation>le %1, au rythme actuel</translation>
    </message>
    <message>
        <source>not within the period, at the current rate</source>
        <translation>pas dans la période, au rythme actuel</translation>
    </message>
    <message>
        <source>Projected %1 by the end of the license period on %2.</source>
        <extracomment>%1 is the projected amount, %2 the end of the license period.</extracomment>
        <translation>Projection : %1 à la fin de la période de licence le %2.</translation>
    </message>
    <message>
        <source>That is %1 % of the quota.</source>
        <translation>Soit %1 % du quota.</translation>
    </message>
    <message>
        <source>Estimated: the sum of every hour of the license period up to the end of the last complete day of data; for host units, the peak so far.</source>
        <translation>Estimé : la somme de toutes les heures de la période de licence jusqu’à la fin du dernier jour complet de données ; pour les host units, le pic atteint jusqu’ici.</translation>
    </message>
    <message>
        <source>The mean of the daily values of the last complete days of data, with their standard deviation after ±.</source>
        <translation>La moyenne des valeurs journalières des derniers jours complets de données, avec leur écart type après ±.</translation>
    </message>
    <message>
        <source>Estimated: consumed so far plus the daily rate for every day left in the period; for host units, the greater of the peak so far and the mean daily peak.</source>
        <translation>Estimé : la consommation jusqu’ici plus le rythme journalier pour chaque jour restant de la période ; pour les host units, le plus grand du pic atteint et du pic journalier moyen.</translation>
    </message>
    <message>
        <source>The projection with the daily rate one standard deviation lower and higher.</source>
        <translation>La projection avec un rythme journalier inférieur et supérieur d’un écart type.</translation>
    </message>
    <message>
        <source>The projection in percent of the quota.</source>
        <translation>La projection en pourcentage du quota.</translation>
    </message>
    <message>
        <source>The day consumed so far plus the daily rate reaches the quota.</source>
        <translation>Le jour où la consommation jusqu’ici plus le rythme journalier atteint le quota.</translation>
    </message>
    <message>
        <source>A day is complete when the history holds all its 24 hours.</source>
        <translation>Un jour est complet lorsque l’historique contient ses 24 heures.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::HistoryPage</name>
    <message>
        <source>&amp;Open Export…</source>
        <translation>&amp;Ouvrir un export…</translation>
    </message>
    <message>
        <source>Add an export saved earlier to the history</source>
        <translation>Ajouter à l'historique un export enregistré auparavant</translation>
    </message>
    <message>
        <source>History busy</source>
        <translation>Historique occupé</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The history is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;L'historique est vide&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every export you open, download or sync is kept here, and the views read their hours from it: any range, across exports and clusters.&lt;/p&gt;&lt;p&gt;To fill the history:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Open an export&lt;/b&gt; saved from the Cluster Management Console, or drop its ZIP file on this window.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Download&lt;/b&gt; a range from a cluster: choose the cluster and the dates, then press Download.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sync&lt;/b&gt; a cluster to fetch every hour the history lacks, up to two hours ago.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Chaque export que vous ouvrez, téléchargez ou synchronisez est conservé ici, et les vues y lisent leurs heures : n'importe quelle période, sur plusieurs exports et clusters.&lt;/p&gt;&lt;p&gt;Pour remplir l'historique :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ouvrez un export&lt;/b&gt; enregistré depuis la Cluster Management Console, ou déposez son fichier ZIP sur cette fenêtre.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Téléchargez&lt;/b&gt; une période depuis un cluster : choisissez le cluster et les dates, puis cliquez sur Télécharger.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Synchronisez&lt;/b&gt; un cluster pour récupérer chaque heure qui manque à l'historique, jusqu'à il y a deux heures.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Reconstruire</translation>
    </message>
    <message>
        <source>Build the history anew from the exports kept in the data folder. Nothing is lost; with a year of exports it takes a while.</source>
        <translation>Reconstruire l'historique à partir des exports conservés dans le dossier de données. Rien n'est perdu ; avec une année d'exports, cela prend un moment.</translation>
    </message>
    <message>
        <source>Exports in the history</source>
        <translation>Exports de l'historique</translation>
    </message>
    <message>
        <source>&amp;Forget Export…</source>
        <translation>&amp;Oublier l'export…</translation>
    </message>
    <message>
        <source>Remove the export and its kept copy from the history</source>
        <translation>Retirer de l'historique l'export et sa copie conservée</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copier le SHA-256</translation>
    </message>
    <message>
        <source>Corrections log</source>
        <translation>Journal des corrections</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>%1 of %2 hold %3</source>
        <translation>%1, %2, soit %3 au total</translation>
    </message>
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
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>aucune lacune</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) of %1 in all</source>
        <translation>
            <numerusform>%n lacune, %1 au total</numerusform>
            <numerusform>%n lacunes, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <source>Exports made later hold all its hours, so the history shows the same data without it.</source>
        <translation>Des exports plus récents contiennent toutes ses heures : l'historique affiche les mêmes données sans lui.</translation>
    </message>
    <message numerus="yes">
        <source>It stands for %Ln hour(s) now. Other exports that hold them take its place; hours no other export holds become gaps.</source>
        <translation>
            <numerusform>Il est actuellement retenu pour %Ln heure. Les autres exports qui la contiennent prennent sa place ; si aucun autre export ne la contient, elle devient une lacune.</numerusform>
            <numerusform>Il est actuellement retenu pour %Ln heures. Les autres exports qui les contiennent prennent sa place ; les heures qu'aucun autre export ne contient deviennent des lacunes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Export</source>
        <translation>Oublier l'export</translation>
    </message>
    <message>
        <source>Forget “%1” and delete its kept copy?</source>
        <translation>Oublier « %1 » et supprimer sa copie conservée ?</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>LicenseUi::HostsInHourModel</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Mémoire (Gio)</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host units (estim.)</translation>
    </message>
    <message>
        <source>OS instance id %1</source>
        <translation>Identifiant d’instance OS %1</translation>
    </message>
    <message>
        <source>Estimated: the host's host units in this hour, from its memory and monitoring mode.</source>
        <translation>Estimé : les host units de l’hôte dans cette heure, à partir de sa mémoire et de son mode de surveillance.</translation>
    </message>
    <message>
        <source>The host's entity id, made from its OS instance id.</source>
        <translation>L’identifiant d’entité de l’hôte, formé à partir de son identifiant d’instance OS.</translation>
    </message>
    <message>
        <source>The environment that counted the host in this hour.</source>
        <translation>L’environnement qui a compté l’hôte dans cette heure.</translation>
    </message>
    <message>
        <source>The host's monitoring mode in this hour.</source>
        <translation>Le mode de surveillance de l’hôte dans cette heure.</translation>
    </message>
    <message>
        <source>The host's memory in this hour, as the export reports it.</source>
        <translation>La mémoire de l’hôte dans cette heure, telle que l’export l’indique.</translation>
    </message>
    <message>
        <source>Estimated: from the host's memory and monitoring mode with the estimation rules in Settings.</source>
        <translation>Estimé : à partir de la mémoire et du mode de surveillance de l’hôte avec les règles d’estimation des Paramètres.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::HostsModel</name>
    <message>
        <source>OS instance id %1</source>
        <translation>ID d'instance d'OS %1</translation>
    </message>
    <message>
        <source>As in the last hour the host was seen.</source>
        <translation>Tel que lors de la dernière heure où l'hôte a été vu.</translation>
    </message>
    <message>
        <source>Counted in %1 of the %2 hours the host was seen.</source>
        <translation>Compté dans %1 des %2 heures où l'hôte a été vu.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's host units over the hours it was counted.</source>
        <translation>Estimation : la somme des host units de l'hôte sur les heures où il a été compté.</translation>
    </message>
    <message>
        <source>The host's entity id in Dynatrace: HOST- and the OS instance id in hexadecimal.</source>
        <translation>L'ID d'entité de l'hôte dans Dynatrace : HOST- suivi de l'ID d'instance d'OS en hexadécimal.</translation>
    </message>
    <message>
        <source>Monitoring mode in the last hour the host was seen.</source>
        <translation>Mode de surveillance lors de la dernière heure où l'hôte a été vu.</translation>
    </message>
    <message>
        <source>Memory in GiB in the last hour the host was seen; for PaaS hosts the memory limit when set.</source>
        <translation>Mémoire en Gio lors de la dernière heure où l'hôte a été vu ; pour les hôtes PaaS, la limite de mémoire si elle est définie.</translation>
    </message>
    <message>
        <source>Host units of one counted hour at the host's latest memory and mode.</source>
        <translation>Host units d'une heure comptée, selon la mémoire et le mode les plus récents de l'hôte.</translation>
    </message>
    <message>
        <source>Hours in which the host counted towards host units.</source>
        <translation>Heures pendant lesquelles l'hôte a compté dans les host units.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the host's hourly host units.</source>
        <translation>Estimation : la somme des host units horaires de l'hôte.</translation>
    </message>
    <message>
        <source>Start of the hour, in UTC.</source>
        <translation>Début de l'heure, en UTC.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Mémoire (Gio)</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host units (estim.)</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Heures comptées</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Heures de host units (estim.)</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Première apparition (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Dernière apparition (UTC)</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Mois (UTC)</translation>
    </message>
    <message>
        <source>Environment ID</source>
        <translation>ID d'environnement</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Hours with data</source>
        <translation>Heures avec données</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Peak hosts</source>
        <translation>Pic d'hôtes</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host units (estim.)</translation>
    </message>
    <message>
        <source>Host-unit hours (est.)</source>
        <translation>Heures de host units (estim.)</translation>
    </message>
    <message>
        <source>Peak host units (est.)</source>
        <translation>Pic de host units (estim.)</translation>
    </message>
    <message>
        <source>Full-Stack host units (est.)</source>
        <translation>Host units Full-Stack (estim.)</translation>
    </message>
    <message>
        <source>Full-Stack host-unit hours (est.)</source>
        <translation>Heures de host units Full-Stack (estim.)</translation>
    </message>
    <message>
        <source>Infrastructure host units (est.)</source>
        <translation>Host units Infrastructure (estim.)</translation>
    </message>
    <message>
        <source>Infrastructure host-unit hours (est.)</source>
        <translation>Heures de host units Infrastructure (estim.)</translation>
    </message>
    <message>
        <source>PaaS host units (est.)</source>
        <translation>Host units PaaS (estim.)</translation>
    </message>
    <message>
        <source>PaaS host-unit hours (est.)</source>
        <translation>Heures de host units PaaS (estim.)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Mobile sessions</source>
        <translation>Sessions mobiles</translation>
    </message>
    <message>
        <source>Session replays</source>
        <translation>Sessions avec replay</translation>
    </message>
    <message>
        <source>Mobile session replays</source>
        <translation>Sessions mobiles avec replay</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>Propriétés utilisateur</translation>
    </message>
    <message>
        <source>Browser monitor executions</source>
        <translation>Exécutions de moniteurs de navigateur</translation>
    </message>
    <message>
        <source>HTTP monitor executions</source>
        <translation>Exécutions de moniteurs HTTP</translation>
    </message>
    <message>
        <source>DEM units (est.)</source>
        <translation>DEM units (estim.)</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>Custom metrics</source>
        <translation>Métriques personnalisées</translation>
    </message>
    <message>
        <source>Log storage</source>
        <translation>Stockage de journaux</translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Envoi de journaux</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>DDUs: %1</source>
        <translation>DDU : %1</translation>
    </message>
    <message>
        <source>Start of the hour, in UTC like the export.</source>
        <translation>Début de l'heure, en UTC comme dans l'export.</translation>
    </message>
    <message>
        <source>Start of the period, in UTC.</source>
        <translation>Début de la période, en UTC.</translation>
    </message>
    <message>
        <source>The environment's name as the cluster reported it; empty when unknown.</source>
        <translation>Le nom de l'environnement tel que le cluster l'a indiqué ; vide s'il est inconnu.</translation>
    </message>
    <message>
        <source>Hours of the period with a file for this environment.</source>
        <translation>Heures de la période pour lesquelles l'export contient un fichier pour cet environnement.</translation>
    </message>
    <message>
        <source>Hosts counted in the hour.</source>
        <translation>Hôtes comptés dans l'heure.</translation>
    </message>
    <message>
        <source>Hosts counted in the busiest hour of the period.</source>
        <translation>Hôtes comptés dans l'heure la plus chargée de la période.</translation>
    </message>
    <message>
        <source>Host-unit hours: the sum of the hourly host units of the period.</source>
        <translation>Heures de host units : la somme des host units horaires de la période.</translation>
    </message>
    <message>
        <source>Peak: the host units of the busiest hour of the period.</source>
        <translation>Pic : les host units de l'heure la plus chargée de la période.</translation>
    </message>
    <message>
        <source>Davis data units of all pools, as the export reports them.</source>
        <translation>Davis data units de tous les pools, d'après l'export.</translation>
    </message>
    <message>
        <source>Bytes, as the export reports them.</source>
        <translation>Octets, d'après l'export.</translation>
    </message>
    <message>
        <source>Whether the environment was a trial in any hour of the row.</source>
        <translation>Indique si l'environnement était en essai pendant au moins une heure de la ligne.</translation>
    </message>
    <message>
        <source>Davis data units of this pool, as the export reports them.</source>
        <translation>Davis data units de ce pool, d'après l'export.</translation>
    </message>
    <message>
        <source>CSV column: %1</source>
        <translation>Colonne CSV : %1</translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Stockage de journaux (pic)</translation>
    </message>
    <message>
        <source>Log storage (average)</source>
        <translation>Stockage de journaux (moyenne)</translation>
    </message>
    <message>
        <source>Bytes stored at the hour, as the export reports them.</source>
        <translation>Octets stockés à cette heure, d'après l'export.</translation>
    </message>
    <message>
        <source>The highest hourly log storage level of the period, in bytes.</source>
        <translation>Le niveau horaire le plus élevé du stockage de journaux sur la période, en octets.</translation>
    </message>
    <message>
        <source>The average hourly log storage level of the period's hours with data, in bytes.</source>
        <translation>Le niveau horaire moyen du stockage de journaux sur les heures de la période ayant des données, en octets.</translation>
    </message>
    <message>
        <source>Bytes uploaded, summed over the period.</source>
        <translation>Octets envoyés, additionnés sur la période.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::IngestLogModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
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
            <numerusform>%Ln heure que l'historique ne contenait pas encore.</numerusform>
            <numerusform>%Ln heures que l'historique ne contenait pas encore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) for which this export, made later, replaced the one that stood before.</source>
        <translation>
            <numerusform>%Ln heure pour laquelle cet export, plus récent, a remplacé celui retenu jusque-là.</numerusform>
            <numerusform>%Ln heures pour lesquelles cet export, plus récent, a remplacé celui retenu jusque-là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln environment-hour value(s) in the replaced hours that differ from the older export's.</source>
        <translation>
            <numerusform>%Ln valeur par environnement et par heure diffère, dans les heures remplacées, de l'ancien export.</numerusform>
            <numerusform>%Ln valeurs par environnement et par heure diffèrent, dans les heures remplacées, de l'ancien export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) left as they were because an export made later already holds them.</source>
        <translation>
            <numerusform>%Ln heure laissée telle quelle, car un export plus récent la contient déjà.</numerusform>
            <numerusform>%Ln heures laissées telles quelles, car un export plus récent les contient déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hour was replaced.</source>
        <translation>Aucune heure n'a été remplacée.</translation>
    </message>
    <message>
        <source>The replaced hours lie in %1.</source>
        <translation>Heures remplacées : %1.</translation>
    </message>
    <message>
        <source>When the export was ingested, in UTC.</source>
        <translation>Moment où l'export a été intégré, en UTC.</translation>
    </message>
    <message>
        <source>Hours the history did not hold before.</source>
        <translation>Heures que l'historique ne contenait pas encore.</translation>
    </message>
    <message>
        <source>Hours an older export stood for until this one, made later, arrived.</source>
        <translation>Heures pour lesquelles un export plus ancien était retenu jusqu'à l'arrivée de celui-ci, plus récent.</translation>
    </message>
    <message>
        <source>In the replaced hours, the environment-hour values that differ from the older export's.</source>
        <translation>Dans les heures remplacées, les valeurs par environnement et par heure qui diffèrent de l'ancien export.</translation>
    </message>
    <message>
        <source>Hours left alone because an export made later already holds them.</source>
        <translation>Heures laissées telles quelles, car un export plus récent les contient déjà.</translation>
    </message>
    <message>
        <source>From the first to the end of the last replaced hour, in UTC.</source>
        <translation>Du début de la première à la fin de la dernière heure remplacée, en UTC.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
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
        <translation>Heures ajoutées</translation>
    </message>
    <message>
        <source>Hours replaced</source>
        <translation>Heures remplacées</translation>
    </message>
    <message>
        <source>Values changed</source>
        <translation>Valeurs modifiées</translation>
    </message>
    <message>
        <source>Hours kept</source>
        <translation>Heures conservées</translation>
    </message>
    <message>
        <source>Replaced hours (UTC)</source>
        <translation>Période remplacée (UTC)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::MainWindow</name>
    <message>
        <source>Import progress</source>
        <translation>Progression de l'importation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Export…</source>
        <translation>&amp;Ouvrir un export…</translation>
    </message>
    <message>
        <source>Open a license export saved earlier, for example from the Cluster Management Console</source>
        <translation>Ouvrir un export de licence enregistré auparavant, par exemple depuis la Cluster Management Console</translation>
    </message>
    <message>
        <source>&amp;Recent Exports</source>
        <translation>Exports &amp;récents</translation>
    </message>
    <message>
        <source>Open &amp;Demo Export</source>
        <translation>Ouvrir l'export de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save &amp;ZIP Copy…</source>
        <translation>Enregistrer une copie &amp;ZIP…</translation>
    </message>
    <message>
        <source>Save a byte-identical copy of the export, as the cluster sent it</source>
        <translation>Enregistrer une copie de l'export identique octet par octet, telle que le cluster l'a envoyé</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save C&amp;hart Image…</source>
        <translation>Enregistrer l'&amp;image du graphique…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Clusters &amp;&amp; &amp;Tokens…</source>
        <translation>Clusters et &amp;jetons…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Download the license export of the chosen range from the cluster</source>
        <translation>Télécharger depuis le cluster l'export de licence de la période choisie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d'ensemble</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Hourly Table</source>
        <translation>&amp;Tableau horaire</translation>
    </message>
    <message>
        <source>Ho&amp;sts</source>
        <translation>&amp;Hôtes</translation>
    </message>
    <message>
        <source>Export &amp;Details</source>
        <translation>&amp;Détails de l'export</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About License Usage Explorer</source>
        <translation>À &amp;propos de License Usage Explorer</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <translation>Profil de cluster</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Hourly usage per environment</source>
        <translation>Utilisation horaire par environnement</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Table resolution</source>
        <translation>Résolution du tableau</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <source>Hourly Table</source>
        <translation>Tableau horaire</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Tous les modes</translation>
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
        <translation>Filtrer par mode de surveillance</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>Export Details</source>
        <translation>Détails de l'export</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <source>No cluster yet: add one</source>
        <translation>Aucun cluster pour l'instant : ajoutez-en un</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Le cluster de démonstration n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Cluster de démonstration</translation>
    </message>
    <message>
        <source>The demo cluster runs at %1. Press Download to fetch its last 7 days.</source>
        <translation>Le cluster de démonstration fonctionne à l'adresse %1. Appuyez sur « Télécharger » pour récupérer ses 7 derniers jours.</translation>
    </message>
    <message>
        <source>Add a cluster first (Cluster › Clusters &amp; Tokens).</source>
        <translation>Ajoutez d'abord un cluster (Cluster › Clusters et jetons).</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Lecture du jeton de %1…</translation>
    </message>
    <message>
        <source>Downloading from %1…</source>
        <translation>Téléchargement depuis %1…</translation>
    </message>
    <message>
        <source>Downloaded %1 from %2.</source>
        <translation>%1 téléchargé depuis %2.</translation>
    </message>
    <message>
        <source>Open License Export</source>
        <translation>Ouvrir un export de licence</translation>
    </message>
    <message>
        <source>License exports (*.zip *.json);;All files (*)</source>
        <translation>Exports de licence (*.zip *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Generating the demo export…</source>
        <translation>Génération de l'export de démonstration…</translation>
    </message>
    <message>
        <source>Reading hourly files: %1 of %2</source>
        <translation>Lecture des fichiers horaires : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hourly file(s) read.</source>
        <translation>
            <numerusform>%n fichier horaire lu.</numerusform>
            <numerusform>%n fichiers horaires lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>The CSV was not saved: %1</source>
        <translation>Le CSV n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Save ZIP Copy</source>
        <translation>Enregistrer une copie ZIP</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The copy was not saved: %1</source>
        <translation>La copie n'a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Save Chart Image</source>
        <translation>Enregistrer l'image du graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Le graphique n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Download the license export of the chosen range</source>
        <translation>Télécharger l'export de licence de la période choisie</translation>
    </message>
    <message>
        <source>License Usage Explorer</source>
        <translation>License Usage Explorer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Reading %1 again with the new rules…</source>
        <translation>Nouvelle lecture de %1 avec les nouvelles règles…</translation>
    </message>
    <message>
        <source>The new language is used after License Usage Explorer is restarted.</source>
        <translation>La nouvelle langue sera utilisée après le redémarrage de License Usage Explorer.</translation>
    </message>
    <message>
        <source>Estimation rules, archive limits, language, default date range, data folder and history</source>
        <translation>Règles d'estimation, limites des archives, langue, période par défaut, dossier de données et historique</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message>
        <source>Problem with the history</source>
        <translation>Problème avec l'historique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Computing the range again with the new rules…</source>
        <translation>Nouveau calcul de la période avec les nouvelles règles…</translation>
    </message>
    <message>
        <source>Adding %1 to the history…</source>
        <translation>Ajout de %1 à l'historique…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n earlier export(s) to the history…</source>
        <translation>
            <numerusform>Ajout de %n export antérieur à l'historique…</numerusform>
            <numerusform>Ajout de %n exports antérieurs à l'historique…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding exports to the history: %1 of %2 (%3)</source>
        <translation>Ajout des exports à l'historique : %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is in the history already; its range is shown.</source>
        <translation>%1 est déjà dans l'historique ; sa période est affichée.</translation>
    </message>
    <message numerus="yes">
        <source>%n new hour(s)</source>
        <translation>
            <numerusform>%n nouvelle heure</numerusform>
            <numerusform>%n nouvelles heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced by this newer export</source>
        <translation>
            <numerusform>%n heure remplacée par cet export plus récent</numerusform>
            <numerusform>%n heures remplacées par cet export plus récent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) kept from a newer export</source>
        <translation>
            <numerusform>%n heure conservée d'un export plus récent</numerusform>
            <numerusform>%n heures conservées d'un export plus récent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added to the history: %2.</source>
        <translation>%1 ajouté à l'historique : %2.</translation>
    </message>
    <message>
        <source>The earlier exports are in the history now.</source>
        <translation>Les exports antérieurs sont maintenant dans l'historique.</translation>
    </message>
    <message numerus="yes">
        <source>The earlier exports are in the history now; %n could not be read.</source>
        <translation>
            <numerusform>Les exports antérieurs sont maintenant dans l'historique ; %n n'a pas pu être lu.</numerusform>
            <numerusform>Les exports antérieurs sont maintenant dans l'historique ; %n n'ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history %1 cannot be used: %2 Exports still open, one at a time. Next step: free disk space or close the other program that holds the file and restart, or choose another history file under Edit › Settings › General.</source>
        <translation>L'historique %1 ne peut pas être utilisé : %2 Les exports s'ouvrent toujours, un à la fois. Étape suivante : libérez de l'espace disque ou fermez l'autre programme qui tient le fichier et redémarrez, ou choisissez un autre fichier d'historique sous Édition › Paramètres › Général.</translation>
    </message>
    <message>
        <source>all clusters</source>
        <translation>tous les clusters</translation>
    </message>
    <message>
        <source>The history has been rebuilt from the kept exports.</source>
        <translation>L’historique a été reconstruit à partir des exports conservés.</translation>
    </message>
    <message>
        <source>The export has been removed from the history.</source>
        <translation>L’export a été retiré de l’historique.</translation>
    </message>
    <message>
        <source>Rebuilding the history from the kept exports…</source>
        <translation>Reconstruction de l’historique à partir des exports conservés…</translation>
    </message>
    <message>
        <source>Removing the export from the history…</source>
        <translation>Retrait de l’export de l’historique…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>A sync needs the history, which cannot be used now.</source>
        <translation>Une synchronisation a besoin de l’historique, qui ne peut pas être utilisé pour l’instant.</translation>
    </message>
    <message>
        <source>Syncing %1: chunk %2 of %3, %4 to %5</source>
        <extracomment>%1 is a profile name, %2 and %3 count the chunks, %4 and %5 are days.</extracomment>
        <translation>Synchronisation de %1 : tranche %2 sur %3, du %4 au %5</translation>
    </message>
    <message>
        <source>Syncing %1: chunk %2 of %3, %4 received</source>
        <translation>Synchronisation de %1 : tranche %2 sur %3, %4 reçus</translation>
    </message>
    <message>
        <source>Syncing %1: asking the cluster which it is…</source>
        <translation>Synchronisation de %1 : demande de son identité au cluster…</translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled; %n chunk(s) were added to the history before.</source>
        <translation>
            <numerusform>Synchronisation annulée ; %n tranche avait été ajoutée à l’historique auparavant.</numerusform>
            <numerusform>Synchronisation annulée ; %n tranches avaient été ajoutées à l’historique auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync of %1 stopped: %2</source>
        <translation>La synchronisation de %1 s’est arrêtée : %2</translation>
    </message>
    <message>
        <source>Nothing to sync: the history holds every exportable hour of %1.</source>
        <translation>Rien à synchroniser : l’historique contient toutes les heures exportables de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new hour(s).</source>
        <translation>
            <numerusform>%1 synchronisé : %n nouvelle heure.</numerusform>
            <numerusform>%1 synchronisé : %n nouvelles heures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) replaced by newer data.</source>
        <translation>
            <numerusform>%n heure remplacée par des données plus récentes.</numerusform>
            <numerusform>%n heures remplacées par des données plus récentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel S&amp;ync</source>
        <translation>Annuler la s&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Stop the sync; the chunks already added stay in the history</source>
        <translation>Arrêter la synchronisation ; les tranches déjà ajoutées restent dans l’historique</translation>
    </message>
    <message>
        <source>Fetch the hours the history lacks of the chosen cluster, up to now</source>
        <translation>Récupérer les heures du cluster choisi qui manquent à l’historique, jusqu’à maintenant</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>The license of %1 could not be read: %2</source>
        <translation>La licence de %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>%1 does not report its license (that needs Dynatrace Managed 1.326 or later).</source>
        <translation>%1 ne communique pas sa licence (il faut Dynatrace Managed 1.326 ou plus récent).</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Refacturation</translation>
    </message>
    <message>
        <source>The hours are synced, but the names and tags of the environments could not be read: %1</source>
        <extracomment>%1 says why the environments could not be read.</extracomment>
        <translation>Les heures sont synchronisées, mais les noms et tags des environnements n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password, and none is stored. Enter it as the database password under Edit › Settings › History, or put it in ~/.pgpass.</source>
        <translation>Le serveur PostgreSQL de %1 demande un mot de passe, et aucun n’est enregistré. Saisissez-le comme mot de passe de la base de données sous Édition › Paramètres › Historique, ou mettez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 refused the password. Enter the right one as the database password under Edit › Settings › History, or correct it in ~/.pgpass.</source>
        <translation>Le serveur PostgreSQL de %1 a refusé le mot de passe. Saisissez le bon comme mot de passe de la base de données sous Édition › Paramètres › Historique, ou corrigez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached. Check that it runs and that the host and port under Edit › Settings › History are right, then apply the settings again.</source>
        <translation>Le serveur PostgreSQL de %1 est injoignable. Vérifiez qu’il fonctionne et que l’hôte et le port sous Édition › Paramètres › Historique sont corrects, puis appliquez de nouveau les paramètres.</translation>
    </message>
    <message>
        <source>The secure connection to the PostgreSQL server of %1 failed: its certificate was not accepted or it does not offer TLS. Check sslmode and sslrootcert in the address under Edit › Settings › History.</source>
        <translation>La connexion sécurisée au serveur PostgreSQL de %1 a échoué : son certificat n’a pas été accepté ou il ne propose pas TLS. Vérifiez sslmode et sslrootcert dans l’adresse sous Édition › Paramètres › Historique.</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database %1. Create it, or correct the address under Edit › Settings › History.</source>
        <translation>Le serveur PostgreSQL n’a pas de base de données %1. Créez-la, ou corrigez l’adresse sous Édition › Paramètres › Historique.</translation>
    </message>
    <message>
        <source>The shared history cannot be used: %1 Exports still open, one at a time.</source>
        <translation>L’historique partagé ne peut pas être utilisé : %1 Les exports s’ouvrent toujours, un à la fois.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::OverageModel</name>
    <message>
        <source>%1: %2 of the hour's excess host units (%3 %)</source>
        <extracomment>%1 is an environment, %2 its share of the hour's excess host units, %3 that share in percent.</extracomment>
        <translation>%1 : %2 des host units excédentaires de l’heure (%3 %)</translation>
    </message>
    <message>
        <source>Start of the hour, in UTC.</source>
        <translation>Début de l'heure, en UTC.</translation>
    </message>
    <message>
        <source>Estimated host units of all environments in the hour.</source>
        <translation>Host units estimés de tous les environnements dans l’heure.</translation>
    </message>
    <message>
        <source>Host units above the quota in the hour.</source>
        <translation>Host units au-delà du quota dans l’heure.</translation>
    </message>
    <message>
        <source>%1's share of each hour's excess, in proportion to its host units in that hour.</source>
        <extracomment>%1 is an environment.</extracomment>
        <translation>Part de %1 dans le dépassement de chaque heure, proportionnelle à ses host units dans cette heure.</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Host units (est.)</source>
        <translation>Host units (estim.)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>%1 share</source>
        <extracomment>A column of an environment's shares of the hours' excess host units; %1 is the environment.</extracomment>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>Tout le cluster</translation>
    </message>
    <message>
        <source>The whole cluster against its quota, or an environment against its own quota.</source>
        <translation>Tout le cluster face à son quota, ou un environnement face à son propre quota.</translation>
    </message>
    <message>
        <source>Over the quota of</source>
        <translation>Au-delà du quota de</translation>
    </message>
</context>
<context>
    <name>LicenseUi::OveragePage</name>
    <message>
        <source>host units</source>
        <translation>host units</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quota :</translation>
    </message>
    <message>
        <source>Hours over the quota</source>
        <translation>Heures au-delà du quota</translation>
    </message>
    <message>
        <source>Hosts in the chosen hour</source>
        <translation>Hôtes de l’heure choisie</translation>
    </message>
    <message>
        <source>Choose an hour to see the hosts that ran then.</source>
        <translation>Choisissez une heure pour voir les hôtes qui tournaient alors.</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Choisissez une période.</translation>
    </message>
    <message>
        <source>Type the host-unit quota, or read it from the cluster's license with From the Cluster.</source>
        <translation>Saisissez le quota de host units, ou lisez-le dans la licence du cluster avec « Depuis le cluster ».</translation>
    </message>
    <message>
        <source>The history holds no hour of this period: sync or open an export of it.</source>
        <translation>L’historique ne contient aucune heure de cette période : synchronisez ou ouvrez un export de celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n hour(s) checked exceeds the quota of %1 host units; the peak was %2.</source>
        <extracomment>%1 is the quota, %2 the peak, both in host units.</extracomment>
        <translation>
            <numerusform>L’heure vérifiée (%n) ne dépasse pas le quota de %1 host units ; le pic était de %2.</numerusform>
            <numerusform>Aucune des %n heures vérifiées ne dépasse le quota de %1 host units ; le pic était de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hour(s) over the quota of %2 host units: %3 excess host-unit hours in all; the peak was %4 host units.</source>
        <extracomment>%1 counts the hours over the quota, %2 is the quota, %3 the excess host-unit hours, %4 the peak.</extracomment>
        <translation>
            <numerusform>%1 heure sur %n au-delà du quota de %2 host units : %3 heures de host units excédentaires au total ; le pic était de %4 host units.</numerusform>
            <numerusform>%1 heures sur %n au-delà du quota de %2 host units : %3 heures de host units excédentaires au total ; le pic était de %4 host units.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the hosts of %1 UTC…</source>
        <translation>Lecture des hôtes de %1 UTC…</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) ran at %1 UTC, the most host units first:</source>
        <extracomment>%1 is an hour in UTC.</extracomment>
        <translation>
            <numerusform>%n hôte tournait à %1 UTC, le plus de host units d’abord :</numerusform>
            <numerusform>%n hôtes tournaient à %1 UTC, le plus de host units d’abord :</numerusform>
        </translation>
    </message>
    <message>
        <source>Environments over a quota of their own: %1 of %2, with %3 excess host-unit hours.</source>
        <extracomment>%1 environments over their own quota, %2 environments with a quota of their own, %3 their excess host-unit hours.</extracomment>
        <translation>Environnements au-delà de leur propre quota : %1 sur %2, avec %3 heures de host units excédentaires.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::OverviewPage</name>
    <message>
        <source>%1 % of the license quota of %2</source>
        <translation>%1 % du quota de licence de %2</translation>
    </message>
    <message>
        <source>Open an export or download one from a cluster to see its usage.</source>
        <translation>Ouvrez un export ou téléchargez-en un depuis un cluster pour voir l'utilisation qu'il décrit.</translation>
    </message>
    <message>
        <source>Host-unit hours (estimated)</source>
        <translation>Heures de host units (estimation)</translation>
    </message>
    <message>
        <source>Peak host units (estimated)</source>
        <translation>Pic de host units (estimation)</translation>
    </message>
    <message>
        <source>DEM units (estimated)</source>
        <translation>DEM units (estimation)</translation>
    </message>
    <message>
        <source>Davis data units</source>
        <translation>Davis data units</translation>
    </message>
    <message>
        <source>The sum of all DDU pools as reported by the cluster.</source>
        <translation>La somme de tous les pools de DDU, d'après le cluster.</translation>
    </message>
    <message>
        <source>User sessions</source>
        <translation>Sessions utilisateur</translation>
    </message>
    <message>
        <source>Web visits and mobile sessions.</source>
        <translation>Visites web et sessions mobiles.</translation>
    </message>
    <message>
        <source>Usage per environment</source>
        <translation>Utilisation par environnement</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; (your local time; UTC %3 to %4), %n hour(s)</source>
        <translation>
            <numerusform>De &lt;b&gt;%1&lt;/b&gt; à &lt;b&gt;%2&lt;/b&gt; (votre heure locale ; UTC : de %3 à %4), %n heure</numerusform>
            <numerusform>De &lt;b&gt;%1&lt;/b&gt; à &lt;b&gt;%2&lt;/b&gt; (votre heure locale ; UTC : de %3 à %4), %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak host units: %1.</source>
        <translation>Pic de host units : %1.</translation>
    </message>
    <message>
        <source>DEM units in this range: %1.</source>
        <translation>DEM units sur cette période : %1.</translation>
    </message>
    <message>
        <source>DDUs in this range: %1.</source>
        <translation>DDU sur cette période : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the range have no data in the export (see Export Details); they are not counted as zero.</source>
        <translation>
            <numerusform>%n heure de la période n'a pas de données dans l'export (voir « Détails de l'export ») ; elle n'est pas comptée comme zéro.</numerusform>
            <numerusform>%n heures de la période n'ont pas de données dans l'export (voir « Détails de l'export ») ; elles ne sont pas comptées comme zéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading the export (see Export Details).</source>
        <translation>
            <numerusform>%n avertissement lors de la lecture de l'export (voir « Détails de l'export »).</numerusform>
            <numerusform>%n avertissements lors de la lecture de l'export (voir « Détails de l'export »).</numerusform>
        </translation>
    </message>
    <message>
        <source>Log storage (peak)</source>
        <translation>Stockage de journaux (pic)</translation>
    </message>
    <message>
        <source>The highest hourly log storage level of the range, all environments together, and in brackets its average over the hours with data.</source>
        <translation>Le niveau horaire le plus élevé du stockage de journaux sur la plage, tous environnements confondus, et entre parenthèses sa moyenne sur les heures ayant des données.</translation>
    </message>
    <message>
        <source>Log upload</source>
        <translation>Envoi de journaux</translation>
    </message>
    <message>
        <source>The log upload volume of the range, summed over its hours.</source>
        <translation>Le volume d'envoi de journaux de la plage, additionné sur ses heures.</translation>
    </message>
    <message>
        <source>%1 (average %2)</source>
        <translation>%1 (moyenne %2)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::PeriodPicker</name>
    <message>
        <source>The window's range</source>
        <translation>La plage de la fenêtre</translation>
    </message>
    <message>
        <source>Just before the window's range</source>
        <translation>Juste avant la plage de la fenêtre</translation>
    </message>
    <message>
        <source>This license year</source>
        <translation>Cette année de licence</translation>
    </message>
    <message>
        <source>Last license year</source>
        <translation>L’année de licence précédente</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom days</source>
        <translation>Jours choisis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>Premier jour de la période (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC), included</source>
        <translation>Dernier jour de la période (UTC), inclus</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last day of a period, both included.</extracomment>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>Cluster address</source>
        <translation>Adresse du cluster</translation>
    </message>
    <message>
        <source>https://cluster.example.com</source>
        <translation>https://cluster.example.com</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problème de profil</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d'AC</translation>
    </message>
    <message>
        <source>Optional: a PEM or DER file trusted for this cluster only</source>
        <translation>Facultatif : un fichier PEM ou DER approuvé pour ce cluster uniquement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat d'AC</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprint (SHA-256)</source>
        <translation>Empreinte du certificat épinglé (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Forget pin</source>
        <translation>&amp;Oublier l'épinglage</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>Oublier le certificat épinglé</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Paramètres du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Stall timeout in seconds</source>
        <translation>Délai d'inactivité en secondes</translation>
    </message>
    <message>
        <source>A download is stopped when the cluster sends nothing for this long.</source>
        <translation>Un téléchargement est arrêté lorsque le cluster n'envoie rien pendant cette durée.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d'API</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Où le jeton est conservé</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>Conser&amp;ver pour cette session uniquement</translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Conserver le jeton en mémoire pour cette session uniquement</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is forgotten when the program ends.</source>
        <translation>Aucun trousseau du système n'est disponible : le jeton sera oublié à la fermeture du programme.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Cluster &amp;URL:</source>
        <translation>&amp;URL du cluster :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat d'AC :</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Certificat épinglé :</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Stall time&amp;out:</source>
        <translation>&amp;Délai d'inactivité :</translation>
    </message>
    <message>
        <source>Tok&amp;en:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the cluster's address, for example https://cluster.example.com.</source>
        <translation>Saisissez l'adresse du cluster, par exemple https://cluster.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid cluster address.</source>
        <translation>« %1 » n'est pas une adresse de cluster valide.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier de certificat d'AC %1.</translation>
    </message>
    <message>
        <source>The name is the key of the profile's token. To rename a profile, add a new one and remove this one.</source>
        <translation>Le nom sert de clé au jeton du profil. Pour renommer un profil, ajoutez-en un nouveau et supprimez celui-ci.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisir le certificat d'AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No token store is available.</source>
        <translation>Aucun stockage de jetons n'est disponible.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only.</source>
        <translation>Conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the token cannot be stored permanently.</source>
        <translation>Aucun trousseau du système n'est disponible : le jeton ne peut donc pas être enregistré de façon permanente.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A token is saved for this profile; leave the field empty to keep it.</source>
        <translation>Un jeton est enregistré pour ce profil ; laissez le champ vide pour le conserver.</translation>
    </message>
    <message>
        <source>No token is saved for this profile yet.</source>
        <translation>Aucun jeton n'est encore enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>The saved token cannot be read right now.</source>
        <translation>Le jeton enregistré ne peut pas être lu pour le moment.</translation>
    </message>
    <message>
        <source>Saved; paste a new token to replace it</source>
        <translation>Enregistré ; collez un nouveau jeton pour le remplacer</translation>
    </message>
    <message>
        <source>Paste the cluster token (dt0c01.…)</source>
        <translation>Collez le jeton de cluster (dt0c01.…)</translation>
    </message>
</context>
<context>
    <name>LicenseUi::QuotaField</name>
    <message>
        <source>From the Cluster</source>
        <translation>Depuis le cluster</translation>
    </message>
    <message>
        <source>Read the quota from the license of the cluster chosen in the tool bar</source>
        <translation>Lire le quota dans la licence du cluster choisi dans la barre d’outils</translation>
    </message>
    <message>
        <source>Quota in %1</source>
        <extracomment>%1 names the unit of the quota, e.g. "host units".</extracomment>
        <translation>Quota en %1</translation>
    </message>
    <message>
        <source>%1 reports no quota for %2: type one in.</source>
        <extracomment>%1 is the cluster profile, %2 the unit of the quota.</extracomment>
        <translation>%1 n’indique aucun quota de %2 : saisissez-en un.</translation>
    </message>
    <message>
        <source>From the license of %1.</source>
        <extracomment>%1 is the cluster profile.</extracomment>
        <translation>Issu de la licence de %1.</translation>
    </message>
    <message>
        <source>Reading the cluster's license…</source>
        <translation>Lecture de la licence du cluster…</translation>
    </message>
</context>
<context>
    <name>LicenseUi::RateCardModel</name>
    <message>
        <source>From month</source>
        <translation>À partir du mois</translation>
    </message>
    <message>
        <source>Host-unit hour</source>
        <translation>Heure d’unité hôte</translation>
    </message>
    <message>
        <source>DEM unit</source>
        <translation>Unité DEM</translation>
    </message>
    <message>
        <source>DDU</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>DDU pools</source>
        <translation>Pools DDU</translation>
    </message>
    <message>
        <source>Log upload GiB</source>
        <translation>Envoi de journaux Gio</translation>
    </message>
    <message>
        <source>Environment month</source>
        <translation>Mois d’environnement</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ReconcilePage</name>
    <message>
        <source>Read the Billed Usage Again</source>
        <translation>Relire l’utilisation facturée</translation>
    </message>
    <message>
        <source>Read the billed usage again from the license of the cluster chosen in the tool bar</source>
        <translation>Relire l’utilisation facturée dans la licence du cluster choisi dans la barre d’outils</translation>
    </message>
    <message>
        <source>Billed usage:</source>
        <translation>Utilisation facturée :</translation>
    </message>
    <message>
        <source>Estimate and billed usage</source>
        <translation>Estimation et utilisation facturée</translation>
    </message>
    <message>
        <source>Why the estimate may differ from the billed usage:</source>
        <translation>Pourquoi l’estimation peut différer de l’utilisation facturée :</translation>
    </message>
    <message>
        <source>Likely reasons</source>
        <translation>Raisons probables</translation>
    </message>
    <message>
        <source>The billed usage read from %1 is of another cluster than the one chosen in the tool bar, so the estimate is shown alone.</source>
        <extracomment>%1 names the cluster whose license was read.</extracomment>
        <translation>L’utilisation facturée lue depuis %1 concerne un autre cluster que celui choisi dans la barre d’outils, l’estimation est donc affichée seule.</translation>
    </message>
    <message>
        <source>%1 The estimate is shown alone.</source>
        <extracomment>%1 is a sentence saying why the cluster's license could not be read.</extracomment>
        <translation>%1 L’estimation est affichée seule.</translation>
    </message>
    <message>
        <source>The billed usage is being read from the cluster; until then the estimate is shown alone.</source>
        <translation>L’utilisation facturée est en cours de lecture depuis le cluster ; d’ici là, l’estimation est affichée seule.</translation>
    </message>
    <message>
        <source>The license period has just begun: there is nothing to reconcile yet.</source>
        <translation>La période de licence vient de commencer : il n’y a encore rien à rapprocher.</translation>
    </message>
    <message>
        <source>The license period is the license year that starts in %1 (Settings), up to the current hour: the cluster's license names no period of its own. The estimate is taken from the hours the history holds of cluster %2 in that period, with the estimation rules in Settings: host units as the busiest hour, host-unit hours, DEM units and DDUs as sums over the hours. The billed usage is what the cluster's license (/clusterLicense) reports. The difference is the estimate minus the billed usage, in percent of the billed usage.
Likely reasons: hours of the period the history does not hold; hours the cluster has not billed yet (newer than its last billing time or, without one, the last %3 hours); trial environments in the estimate; estimation rules in Settings that differ from the defaults.</source>
        <extracomment>%1 is a month, %2 a cluster id, %3 the hours of the billing lag.</extracomment>
        <translation>La période de licence est l’année de licence qui commence en %1 (Paramètres), jusqu’à l’heure en cours : la licence du cluster ne nomme aucune période. L’estimation est tirée des heures que l’historique contient du cluster %2 sur cette période, avec les règles d’estimation des Paramètres : les host units comme l’heure la plus chargée, les heures de host units, les DEM units et les DDU comme sommes sur les heures. L’utilisation facturée est ce que rapporte la licence du cluster (/clusterLicense). L’écart est l’estimation moins l’utilisation facturée, en pourcentage de l’utilisation facturée.
Raisons probables : heures de la période absentes de l’historique ; heures que le cluster n’a pas encore facturées (postérieures à sa dernière facturation ou, sans elle, les %3 dernières heures) ; environnements d’essai dans l’estimation ; règles d’estimation des Paramètres différentes des valeurs par défaut.</translation>
    </message>
    <message>
        <source>The history holds no hours of cluster %1 in the license period %2.</source>
        <extracomment>%1 is a cluster id, %2 a range of hours.</extracomment>
        <translation>L’historique ne contient aucune heure du cluster %1 dans la période de licence %2.</translation>
    </message>
    <message>
        <source>The history is empty: import or download an export first.</source>
        <translation>L’historique est vide : importez ou téléchargez d’abord un export.</translation>
    </message>
    <message numerus="yes">
        <source>The history holds %n cluster(s): choose the one to reconcile in the tool bar.</source>
        <translation>
            <numerusform>L’historique contient %n cluster : choisissez dans la barre d’outils celui à rapprocher.</numerusform>
            <numerusform>L’historique contient %n clusters : choisissez dans la barre d’outils celui à rapprocher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The estimate for the license period %1 next to the usage %2 bills for it.</source>
        <extracomment>%1 is a range of hours, %2 names the cluster.</extracomment>
        <translation>L’estimation pour la période de licence %1 face à l’utilisation que %2 facture pour elle.</translation>
    </message>
    <message>
        <source>The estimate for the license period %1.</source>
        <extracomment>%1 is a range of hours.</extracomment>
        <translation>L’estimation pour la période de licence %1.</translation>
    </message>
    <message>
        <source>Hours missing from the history</source>
        <translation>Heures absentes de l’historique</translation>
    </message>
    <message>
        <source>No export in the history holds these hours: the estimate counts nothing for them, while the cluster bills them.</source>
        <translation>Aucun export de l’historique ne contient ces heures : l’estimation ne compte rien pour elles, alors que le cluster les facture.</translation>
    </message>
    <message>
        <source>Late records</source>
        <translation>Enregistrements tardifs</translation>
    </message>
    <message>
        <source>The history holds these hours, but the cluster has not billed them yet: the estimate counts them, the billed usage does not yet.</source>
        <translation>L’historique contient ces heures, mais le cluster ne les a pas encore facturées : l’estimation les compte, l’utilisation facturée pas encore.</translation>
    </message>
    <message>
        <source>Trial environments</source>
        <translation>Environnements d’essai</translation>
    </message>
    <message>
        <source>The estimate counts these trial environments; the cluster may not bill them.</source>
        <translation>L’estimation compte ces environnements d’essai ; le cluster peut ne pas les facturer.</translation>
    </message>
    <message>
        <source>Estimation rules in Settings</source>
        <translation>Règles d’estimation des Paramètres</translation>
    </message>
    <message>
        <source>The estimate follows the rules in Settings, which differ from the defaults the billing follows.</source>
        <translation>L’estimation suit les règles des Paramètres, qui diffèrent des valeurs par défaut que suit la facturation.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A likely reason for a difference (%1) and the facts that point to it (%2).</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>None found: the history holds every hour of the period, the cluster has billed them all, no environment is a trial and the estimation rules are the defaults.</source>
        <translation>Aucune : l’historique contient chaque heure de la période, le cluster les a toutes facturées, aucun environnement n’est d’essai et les règles d’estimation sont celles par défaut.</translation>
    </message>
    <message>
        <source>None found: the history holds every hour of the period, no environment is a trial and the estimation rules are the defaults.</source>
        <translation>Aucune : l’historique contient chaque heure de la période, aucun environnement n’est d’essai et les règles d’estimation sont celles par défaut.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::ReconciliationModel</name>
    <message>
        <source>Host units (peak)</source>
        <translation>Host units (pic)</translation>
    </message>
    <message>
        <source>Host-unit hours</source>
        <translation>Heures de host units</translation>
    </message>
    <message>
        <source>DEM units</source>
        <translation>DEM units</translation>
    </message>
    <message>
        <source>DDUs</source>
        <translation>DDU</translation>
    </message>
    <message>
        <source>Estimated: the host units of the busiest hour of the license period, all environments together.</source>
        <translation>Estimé : les host units de l’heure la plus chargée de la période de licence, tous environnements confondus.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the hourly host units over the license period, all environments together.</source>
        <translation>Estimé : la somme des host units horaires sur la période de licence, tous environnements confondus.</translation>
    </message>
    <message>
        <source>Estimated: the sum of the DEM units of every hour of the license period.</source>
        <translation>Estimé : la somme des DEM units de chaque heure de la période de licence.</translation>
    </message>
    <message>
        <source>The sum of the DDUs of every pool over the license period, as the exports report them.</source>
        <translation>La somme des DDU de tous les pools sur la période de licence, telles que les exports les rapportent.</translation>
    </message>
    <message>
        <source>The cluster bills host units as a level, not as hours: there is no billed value to compare.</source>
        <translation>Le cluster facture les host units comme un niveau, pas en heures : il n’y a pas de valeur facturée à comparer.</translation>
    </message>
    <message>
        <source>The billed usage was not read: the estimate stands alone.</source>
        <translation>L’utilisation facturée n’a pas été lue : l’estimation est seule.</translation>
    </message>
    <message>
        <source>%1 reports no usage of this unit in its license.</source>
        <extracomment>%1 names the cluster.</extracomment>
        <translation>%1 ne rapporte aucune utilisation de cette unité dans sa licence.</translation>
    </message>
    <message>
        <source>The usage of the license period as %1 reports it in its license (/clusterLicense).</source>
        <extracomment>%1 names the cluster.</extracomment>
        <translation>L’utilisation de la période de licence telle que %1 la rapporte dans sa licence (/clusterLicense).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A difference in percent; %1 is the number with its sign.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The estimate minus the billed usage: above zero, the estimate is higher.</source>
        <translation>L’estimation moins l’utilisation facturée : au-dessus de zéro, l’estimation est plus élevée.</translation>
    </message>
    <message>
        <source>The difference in percent of the billed usage, rounded to two decimals.</source>
        <translation>L’écart en pourcentage de l’utilisation facturée, arrondi à deux décimales.</translation>
    </message>
    <message>
        <source>No percentage of a billed usage of zero.</source>
        <translation>Pas de pourcentage pour une utilisation facturée nulle.</translation>
    </message>
    <message>
        <source>Estimated from the history with the estimation rules in Settings.</source>
        <translation>Estimé à partir de l’historique avec les règles d’estimation des Paramètres.</translation>
    </message>
    <message>
        <source>What the cluster's license reports as used in the license period.</source>
        <translation>Ce que la licence du cluster rapporte comme utilisé sur la période de licence.</translation>
    </message>
    <message>
        <source>The estimate minus the billed usage.</source>
        <translation>L’estimation moins l’utilisation facturée.</translation>
    </message>
    <message>
        <source>The difference in percent of the billed usage.</source>
        <translation>L’écart en pourcentage de l’utilisation facturée.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <translation>Écart relatif</translation>
    </message>
</context>
<context>
    <name>LicenseUi::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>&amp;Archive Limits</source>
        <translation>&amp;Limites des archives</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <source>Host units</source>
        <translation>Host units</translation>
    </message>
    <message>
        <source>&amp;Cap an Infrastructure-only host at 1 host unit</source>
        <translation>&amp;Plafonner un hôte en mode Infrastructure à 1 host unit</translation>
    </message>
    <message>
        <source>Cap Infrastructure-only hosts at 1 host unit</source>
        <translation>Plafonner les hôtes en mode Infrastructure à 1 host unit</translation>
    </message>
    <message>
        <source>An Infrastructure-only host weighs 30% of a Full-Stack host with the same memory. With the cap, no such host counts more than 1 host unit in an hour.</source>
        <translation>Un hôte en mode Infrastructure pèse 30 % d'un hôte Full-Stack doté de la même mémoire. Avec le plafond, aucun de ces hôtes ne compte plus de 1 host unit par heure.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minimum activity per hour, in minutes</source>
        <translation>Activité minimale par heure, en minutes</translation>
    </message>
    <message>
        <source>&amp;Minimum activity per hour:</source>
        <translation>&amp;Activité minimale par heure :</translation>
    </message>
    <message>
        <source>A host counts in an hour when its agents were active at least this long, or when it has no activity records.</source>
        <translation>Un hôte compte dans une heure lorsque ses agents ont été actifs au moins pendant cette durée, ou lorsqu'il n'a aucun enregistrement d'activité.</translation>
    </message>
    <message>
        <source>DEM units (estimate)</source>
        <translation>DEM units (estimation)</translation>
    </message>
    <message>
        <source>DEM units per user session</source>
        <translation>DEM units par session utilisateur</translation>
    </message>
    <message>
        <source>Per user &amp;session (visit or mobile session):</source>
        <translation>Par &amp;session utilisateur (visite ou session mobile) :</translation>
    </message>
    <message>
        <source>Additional DEM units per session replay</source>
        <translation>DEM units supplémentaires par session avec replay</translation>
    </message>
    <message>
        <source>Additional per session &amp;replay:</source>
        <translation>S&amp;upplément par session avec replay :</translation>
    </message>
    <message>
        <source>DEM units per browser monitor execution</source>
        <translation>DEM units par exécution de moniteur de navigateur</translation>
    </message>
    <message>
        <source>Per &amp;browser monitor execution:</source>
        <translation>Par exécution de moniteur de &amp;navigateur :</translation>
    </message>
    <message>
        <source>DEM units per HTTP monitor execution</source>
        <translation>DEM units par exécution de moniteur HTTP</translation>
    </message>
    <message>
        <source>Per &amp;HTTP monitor execution:</source>
        <translation>Par exécution de moniteur &amp;HTTP :</translation>
    </message>
    <message>
        <source>Each weight is in DEM units. A replay session is also counted as a visit, so with the defaults (0.25 and 0.75) it costs 1 DEM unit in total. Executions are public and private ones together.</source>
        <translation>Chaque poids est exprimé en DEM units. Une session avec replay est aussi comptée comme une visite : avec les valeurs par défaut (0,25 et 0,75), elle coûte donc 1 DEM unit au total. Les exécutions comprennent les exécutions publiques et privées.</translation>
    </message>
    <message>
        <source>A change of the rules recomputes the export that is open.</source>
        <translation>Une modification des règles recalcule l'export ouvert.</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>%1 : unité</translation>
    </message>
    <message>
        <source>Exports are read as hostile input. These caps stop a damaged or malicious archive in bounded time and memory; the defaults suit a year of a large cluster.</source>
        <translation>Les exports sont lus comme des données potentiellement hostiles. Ces plafonds arrêtent une archive endommagée ou malveillante en un temps et avec une mémoire bornés ; les valeurs par défaut conviennent pour une année d'un grand cluster.</translation>
    </message>
    <message>
        <source>Maximum number of files in an archive</source>
        <translation>Nombre maximal de fichiers dans une archive</translation>
    </message>
    <message>
        <source>Files in an &amp;archive, at most:</source>
        <translation>&amp;Fichiers dans une archive, au plus :</translation>
    </message>
    <message>
        <source>Maximum size of one hourly file</source>
        <translation>Taille maximale d'un fichier horaire</translation>
    </message>
    <message>
        <source>Size of one &amp;hourly file, at most:</source>
        <translation>Taille d'un fichier &amp;horaire, au plus :</translation>
    </message>
    <message>
        <source>Maximum size of all files together</source>
        <translation>Taille maximale de l'ensemble des fichiers</translation>
    </message>
    <message>
        <source>Size of all files &amp;together, at most:</source>
        <translation>Taille &amp;totale des fichiers, au plus :</translation>
    </message>
    <message>
        <source>Maximum size of the inner archive</source>
        <translation>Taille maximale de l'archive interne</translation>
    </message>
    <message>
        <source>Size of the &amp;inner archive, at most:</source>
        <translation>Taille de l'archive &amp;interne, au plus :</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Maximum compression ratio</source>
        <translation>Taux de compression maximal</translation>
    </message>
    <message>
        <source>&amp;Compression ratio, at most:</source>
        <translation>Taux de &amp;compression, au plus :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>The new language is used after License Usage Explorer is restarted.</source>
        <translation>La nouvelle langue sera utilisée après le redémarrage de License Usage Explorer.</translation>
    </message>
    <message>
        <source>Default date range</source>
        <translation>Période par défaut</translation>
    </message>
    <message>
        <source>Default &amp;date range:</source>
        <translation>Période par &amp;défaut :</translation>
    </message>
    <message>
        <source>Offered when the program starts without a range saved from last time.</source>
        <translation>Proposée lorsque le programme démarre sans période enregistrée lors de la dernière utilisation.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Dossier de d&amp;onnées :</translation>
    </message>
    <message>
        <source>Downloaded exports are kept in its "exports" folder. Leave it empty for the default.</source>
        <translation>Les exports téléchargés sont conservés dans son sous-dossier « exports ». Laissez le champ vide pour utiliser l'emplacement par défaut.</translation>
    </message>
    <message>
        <source>Sizes are uncompressed bytes actually read. The ratio is checked for files larger than %1; the inner archive is the billingRecords ZIP inside the export.</source>
        <translation>Les tailles sont des octets décompressés effectivement lus. Le taux est vérifié pour les fichiers de plus de %1 ; l'archive interne est le ZIP billingRecords contenu dans l'export.</translation>
    </message>
    <message>
        <source>The size of one hourly file must be between %1 and %2.</source>
        <translation>La taille d'un fichier horaire doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>The size of all files together must be between %1 and %2.</source>
        <translation>La taille de l'ensemble des fichiers doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>The size of the inner archive must be between %1 and %2.</source>
        <translation>La taille de l'archive interne doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>One hourly file (%1) cannot be allowed more than all files together (%2).</source>
        <translation>Un fichier horaire (%1) ne peut pas être autorisé à dépasser l'ensemble des fichiers (%2).</translation>
    </message>
    <message>
        <source>The data folder must be a full path, such as %1.</source>
        <translation>Le dossier de données doit être un chemin complet, comme %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, et non un dossier.</translation>
    </message>
    <message>
        <source>The application's data folder</source>
        <translation>Le dossier de données de l'application</translation>
    </message>
    <message>
        <source>This run uses %1, given on the command line; the setting applies when the program is started without it.</source>
        <translation>Cette exécution utilise %1, indiqué sur la ligne de commande ; le paramètre s'applique lorsque le programme est démarré sans cette option.</translation>
    </message>
    <message>
        <source>Choose the Data Folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>Fichier d'historique</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Choose the history file</source>
        <translation>Choisir le fichier d'historique</translation>
    </message>
    <message>
        <source>History &amp;file:</source>
        <translation>&amp;Fichier d'historique :</translation>
    </message>
    <message>
        <source>Every export opened or downloaded goes into this file, and the exports themselves into a folder beside it. Leave it empty for the default.</source>
        <translation>Chaque export ouvert ou téléchargé va dans ce fichier, et les exports eux-mêmes dans un dossier à côté. Laissez vide pour la valeur par défaut.</translation>
    </message>
    <message>
        <source>First month of the license year</source>
        <translation>Premier mois de l'année de licence</translation>
    </message>
    <message>
        <source>License year &amp;begins in:</source>
        <translation>L'année de licence &amp;commence en :</translation>
    </message>
    <message>
        <source>The date range "This license year" starts on the first day of this month.</source>
        <translation>La période « Cette année de licence » commence le premier jour de ce mois.</translation>
    </message>
    <message>
        <source>Days a first sync reaches back</source>
        <translation>Jours couverts par une première synchronisation</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>First &amp;sync reaches back:</source>
        <translation>La première s&amp;ynchronisation remonte à :</translation>
    </message>
    <message>
        <source>How far back a sync fetches for a cluster the history does not hold yet.</source>
        <translation>Jusqu'où remonte une synchronisation pour un cluster que l'historique ne contient pas encore.</translation>
    </message>
    <message>
        <source>The history file must be a full path, such as %1.</source>
        <translation>Le fichier d'historique doit être un chemin complet, comme %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>history.sqlite in the data folder</source>
        <translation>history.sqlite dans le dossier de données</translation>
    </message>
    <message>
        <source>Choose the History File</source>
        <translation>Choisir le fichier d'historique</translation>
    </message>
    <message>
        <source>History files (*.sqlite);;All files (*)</source>
        <translation>Fichiers d'historique (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL URI of the form %1.</source>
        <translation>Ce n’est pas une URI PostgreSQL de la forme %1.</translation>
    </message>
    <message>
        <source>A history the team shares: a PostgreSQL URI such as %1. The password comes from the database password below or from ~/.pgpass, never from the URI.</source>
        <translation>Un historique partagé par l’équipe : une URI PostgreSQL comme %1. Le mot de passe vient du mot de passe de la base de données ci-dessous ou de ~/.pgpass, jamais de l’URI.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Re&amp;move Stored Password</source>
        <translation>Supprimer le mot de passe &amp;enregistré</translation>
    </message>
    <message>
        <source>Remove the stored database password</source>
        <translation>Supprimer le mot de passe enregistré de la base de données</translation>
    </message>
    <message>
        <source>Database &amp;password:</source>
        <translation>Mot de &amp;passe de la base :</translation>
    </message>
    <message>
        <source>The PostgreSQL URI must not hold a password. Enter it as the database password, or put it in ~/.pgpass or in the file that PGPASSFILE names.</source>
        <translation>L’URI PostgreSQL ne doit pas contenir de mot de passe. Saisissez-le comme mot de passe de la base de données, ou mettez-le dans ~/.pgpass ou dans le fichier que PGPASSFILE désigne.</translation>
    </message>
    <message>
        <source>This window has no keychain to store the password in. Put it in ~/.pgpass instead.</source>
        <translation>Cette fenêtre n’a pas de trousseau où enregistrer le mot de passe. Mettez-le plutôt dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>Looking for a stored password of %1…</source>
        <translation>Recherche d’un mot de passe enregistré de %1…</translation>
    </message>
    <message>
        <source>A password of %1 is kept for this session. Type another to replace it.</source>
        <translation>Un mot de passe de %1 est conservé pour cette session. Saisissez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>A password of %1 is stored in the system keychain. Type another to replace it.</source>
        <translation>Un mot de passe de %1 est enregistré dans le trousseau du système. Saisissez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>No password of %1 is stored. Typed here, it is kept for this session only; without it, ~/.pgpass, PGPASSFILE or PGSERVICE apply.</source>
        <translation>Aucun mot de passe de %1 n’est enregistré. Saisi ici, il est conservé pour cette session uniquement ; sans lui, ~/.pgpass, PGPASSFILE ou PGSERVICE s’appliquent.</translation>
    </message>
    <message>
        <source>No password of %1 is stored. Typed here, it goes into the system keychain; without it, ~/.pgpass, PGPASSFILE or PGSERVICE apply.</source>
        <translation>Aucun mot de passe de %1 n’est enregistré. Saisi ici, il va dans le trousseau du système ; sans lui, ~/.pgpass, PGPASSFILE ou PGSERVICE s’appliquent.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password cannot be stored. Start a keychain service such as GNOME Keyring or KWallet, or put the password in ~/.pgpass.</source>
        <translation>Aucun trousseau du système n’est disponible, le mot de passe ne peut donc pas être enregistré. Démarrez un service de trousseau comme GNOME Keyring ou KWallet, ou mettez le mot de passe dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>The database password cannot be stored: this window has no keychain. Put it in ~/.pgpass instead.</source>
        <translation>Le mot de passe de la base de données ne peut pas être enregistré : cette fenêtre n’a pas de trousseau. Mettez-le plutôt dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>The database password was not stored: %1</source>
        <translation>Le mot de passe de la base de données n’a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>LicenseUi::StoredExportsModel</name>
    <message>
        <source>%1
SHA-256: %2
Kept byte for byte as %2.zip</source>
        <translation>%1
SHA-256 : %2
Conservé octet pour octet sous le nom %2.zip</translation>
    </message>
    <message>
        <source>The export holds no hourly file.</source>
        <translation>L'export ne contient aucun fichier horaire.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) of that span are not in the export.</source>
        <translation>
            <numerusform>%Ln heure de cette période manque dans l'export.</numerusform>
            <numerusform>%Ln heures de cette période manquent dans l'export.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the cluster wrote the export: the newest time stamp among the archive's entries.</source>
        <translation>Moment où le cluster a écrit l'export : l'horodatage le plus récent parmi les entrées de l'archive.</translation>
    </message>
    <message>
        <source>When the export first entered the history.</source>
        <translation>Moment où l'export est entré pour la première fois dans l'historique.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hourly file(s) in the export.</source>
        <translation>
            <numerusform>%Ln fichier horaire dans l'export.</numerusform>
            <numerusform>%Ln fichiers horaires dans l'export.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stands for every one of its hours.</source>
        <translation>L'export est retenu pour chacune de ses heures.</translation>
    </message>
    <message>
        <source>Exports made later hold every hour of this one: it stands for none.</source>
        <translation>Des exports plus récents contiennent chacune de ses heures : il n'est retenu pour aucune.</translation>
    </message>
    <message numerus="yes">
        <source>Exports made later hold %Ln of its hours; it stands for the others.</source>
        <translation>
            <numerusform>Des exports plus récents contiennent %Ln de ses heures ; il est retenu pour les autres.</numerusform>
            <numerusform>Des exports plus récents contiennent %Ln de ses heures ; il est retenu pour les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the first hour the export holds, in UTC.</source>
        <translation>Début de la première heure de l'export, en UTC.</translation>
    </message>
    <message>
        <source>End of the last hour the export holds, in UTC.</source>
        <translation>Fin de la dernière heure de l'export, en UTC.</translation>
    </message>
    <message>
        <source>When the cluster wrote the export, in UTC. Where two exports hold the same hour, the one made later stands for it.</source>
        <translation>Moment où le cluster a écrit l'export, en UTC. Quand deux exports contiennent la même heure, le plus récent est retenu.</translation>
    </message>
    <message>
        <source>When the export first entered the history, in UTC.</source>
        <translation>Moment où l'export est entré pour la première fois dans l'historique, en UTC.</translation>
    </message>
    <message>
        <source>The hours this export stands for: the history takes them from it, as no export made later holds them.</source>
        <translation>Les heures pour lesquelles cet export est retenu : l'historique les prend de lui, car aucun export plus récent ne les contient.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>À (UTC)</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>Ingested (UTC)</source>
        <translation>Intégré (UTC)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours standing</source>
        <translation>Heures retenues</translation>
    </message>
</context>
<context>
    <name>LicenseUi::TablePage</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter rows by text</source>
        <translation>Filtrer les lignes par texte</translation>
    </message>
    <message>
        <source>Filter by environment</source>
        <translation>Filtrer par environnement</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>E&amp;nvironnement</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
</context>
<context>
    <name>LicenseUi::TwoPeriodPage</name>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Avant :</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>A&amp;près :</translation>
    </message>
    <message>
        <source>Choose both periods.</source>
        <translation>Choisissez les deux périodes.</translation>
    </message>
</context>
<context>
    <name>LicenseUi::UsageChartView</name>
    <message>
        <source>Usage chart</source>
        <translation>Graphique d'utilisation</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Temps (UTC)</translation>
    </message>
    <message>
        <source>%1, UTC</source>
        <translation>%1, UTC</translation>
    </message>
    <message>
        <source>%1 to %2, UTC</source>
        <translation>%1 – %2, UTC</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Quota : %1</translation>
    </message>
    <message>
        <source>%1, the %2 largest of %3 environments</source>
        <translation>%1, les %2 plus grands environnements sur %3</translation>
    </message>
    <message>
        <source>%1. Drag or use + and - to zoom, the arrow keys to pan, 0 to show everything.</source>
        <translation>%1. Faites glisser ou utilisez + et - pour zoomer, les touches fléchées pour vous déplacer, 0 pour tout afficher.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>All series are hidden.</source>
        <translation>Toutes les séries sont masquées.</translation>
    </message>
    <message>
        <source>No data: the export has no file for this hour.</source>
        <translation>Aucune donnée : l'export ne contient aucun fichier pour cette heure.</translation>
    </message>
    <message>
        <source>No data: the export has no file for any hour of this period.</source>
        <translation>Aucune donnée : l'export ne contient aucun fichier pour les heures de cette période.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Estimated values.</source>
        <translation>Valeurs estimées.</translation>
    </message>
    <message>
        <source>The chart has no size yet.</source>
        <translation>Le graphique n'a pas encore de taille.</translation>
    </message>
    <message>
        <source>License usage chart: %1</source>
        <translation>Graphique d'utilisation des licences : %1</translation>
    </message>
    <message>
        <source>Could not start the SVG image.</source>
        <translation>Impossible de commencer l'image SVG.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>Impossible d'encoder l'image PNG.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore Dynatrace Managed license consumption exports.</source>
        <translation>Explorer les exports de consommation de licence de Dynatrace Managed.</translation>
    </message>
    <message>
        <source>Start the built-in demo cluster and select it, so Download works without a real cluster.</source>
        <translation>Démarrer le cluster de démonstration intégré et le sélectionner, pour que « Télécharger » fonctionne sans véritable cluster.</translation>
    </message>
    <message>
        <source>An export ZIP or JSON file to open.</source>
        <translation>Un fichier d'export ZIP ou JSON à ouvrir.</translation>
    </message>
    <message>
        <source>Keep downloaded exports in &lt;folder&gt; for this run, instead of the folder of the settings.</source>
        <translation>Conserver les exports téléchargés dans &lt;folder&gt; pendant cette exécution, au lieu du dossier indiqué dans les paramètres.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
</TS>
