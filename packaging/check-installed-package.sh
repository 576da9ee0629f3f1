#!/bin/sh
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian package a build directory holds with apt-get, as a user would, and checks it from the
# installed paths:
#     packaging/check-installed-package.sh BUILD_DIR
# (build the package first: cmake --build BUILD_DIR --target package). Run as root. Exits non-zero with one
# line per finding.
set -eu

build=${1:?usage: check-installed-package.sh BUILD_DIR}
app_id=io.github.license_usage_explorer

fail() {
    echo "check-installed-package: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run as root: the package is installed with apt-get"

set -- "$build"/license-usage-explorer_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected exactly one license-usage-explorer_*.deb in $build, found: $*"
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
version=$(dpkg-deb --field "$deb" Version)
echo "Installing $(basename "$deb")"

# The dependencies dpkg-shlibdeps computed, plus what only run time loads (QtKeychain dlopen()s libsecret, Qt Sql
# loads the SQLite driver plugin).
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libc6 libqt6core6 libqt6network6 libqt6widgets6 libqt6charts6 libqt6svg6 libquazip1-qt6-1 \
    libqt6keychain1 libsimdjson14 libdeflate0 libssl3 libsecret-1-0 libqt6sql6-sqlite; do
    printf '%s\n' "$depends" | tr ',' '\n' | grep -q "^ *$needed\b" ||
        fail "Depends lacks $needed: $depends"
done

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --reinstall "$deb" >/dev/null
dpkg-query -W -f='${Status} ${Version}\n' license-usage-explorer | grep -q "^install ok installed ${version}$" ||
    fail "license-usage-explorer ${version} is not installed after apt-get install"

# Every file a desktop user and a shell user look for, owned by the package.
for path in /usr/bin/license-usage /usr/bin/license-usage-explorer \
    /usr/share/applications/${app_id}.desktop \
    /usr/share/icons/hicolor/scalable/apps/${app_id}.svg \
    /usr/share/metainfo/${app_id}.metainfo.xml \
    /usr/share/man/man1/license-usage.1.gz /usr/share/man/man1/license-usage-explorer.1.gz \
    /usr/share/doc/license-usage-explorer/copyright; do
    [ -e "$path" ] || fail "$path is missing after installation"
    dpkg-query -S "$path" >/dev/null 2>&1 || fail "$path is not owned by the package"
done

# The installed executables run, from the installed paths, and say the packaged version.
upstream=${version%-*}
cli_version=$(/usr/bin/license-usage --version | head -n 1)
[ "$cli_version" = "license-usage $upstream" ] || fail "license-usage --version printed '$cli_version'"
gui_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/license-usage-explorer --version 2>/dev/null | head -n 1)
case $gui_version in
*"$upstream"*) ;;
*) fail "license-usage-explorer --version printed '$gui_version'" ;;
esac
echo "OK: $cli_version; $gui_version"

# The installed desktop entry and metainfo validate, and the desktop entry starts the installed executable.
desktop-file-validate /usr/share/applications/${app_id}.desktop || fail "desktop-file-validate failed"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/${app_id}.metainfo.xml >/dev/null ||
    fail "appstreamcli validate failed"
grep -q '^Exec=license-usage-explorer' /usr/share/applications/${app_id}.desktop ||
    fail "the desktop entry does not start license-usage-explorer"
grep -q "^Icon=${app_id}$" /usr/share/applications/${app_id}.desktop || fail "the desktop entry names another icon"

# The translations travel inside the executables: a German and a French error message from the installed CLI.
missing=/nonexistent/export.zip
de=$(LANG=de_DE.UTF-8 LANGUAGE=de /usr/bin/license-usage summary "$missing" 2>&1 || true)
fr=$(LANG=fr_FR.UTF-8 LANGUAGE=fr /usr/bin/license-usage summary "$missing" 2>&1 || true)
en=$(LANG=C.UTF-8 LANGUAGE= /usr/bin/license-usage summary "$missing" 2>&1 || true)
[ -n "$en" ] && [ "$de" != "$en" ] || fail "no German message from the installed CLI: '$de'"
[ -n "$en" ] && [ "$fr" != "$en" ] && [ "$fr" != "$de" ] || fail "no French message from the installed CLI: '$fr'"
echo "OK: en '$en'"
echo "OK: de '$de'"
echo "OK: fr '$fr'"

# man finds the installed page.
if command -v man >/dev/null 2>&1; then
    man -w license-usage >/dev/null || fail "man cannot find license-usage(1)"
fi
echo "OK: license-usage-explorer ${version} installs and runs from the installed paths"
