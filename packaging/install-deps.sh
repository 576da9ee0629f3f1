#!/bin/sh
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages needed to build, run and test License Usage Explorer.
# Run as root. Installs only what is missing, so a second run is quick.
# clang and libclang-rt-14-dev (libFuzzer's runtime) are for the fuzz preset (tests/fuzz). libqt6sql6-psql is the
# history's PostgreSQL backend; postgresql (the server) and openssl are for its tests, which start a server of their
# own (tests/postgres/pgserver.py).
# lld links the CI presets' programs (LUE_LINKER), much faster than GNU ld.
# poppler-utils renders and reads the chargeback PDF in its tests (pdftoppm, pdftotext, pdffonts).
set -eu

packages="
    cmake ninja-build g++ pkg-config lld
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n
    libquazip1-qt6-dev qtkeychain-qt6-dev libqt6sql6-sqlite libsimdjson-dev zlib1g-dev libdeflate-dev libssl-dev
    libqt6sql6-psql postgresql openssl
    dbus gnome-keyring libsecret-1-0 xvfb xauth fonts-dejavu-core python3
    desktop-file-utils appstream dpkg-dev file groff-base poppler-utils
    clang libclang-rt-14-dev
"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done

if [ -n "$missing" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: missing packages:$missing (run as root to install them)" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi
