#!/bin/sh
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One packaging check, run by CTest:
#   run-check.sh desktop  FILE.desktop
#   run-check.sh metainfo FILE.metainfo.xml
#   run-check.sh manpage  FILE.1
#   run-check.sh tree     BUILD_DIR CMAKE   (installs into a scratch tree and validates it as a whole)
# A check fails on any finding, warnings and hints included. When its tool is not installed it exits 77,
# which CTest reports as skipped.
set -u

require() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "SKIPPED: $1 is not installed (Debian package $2)"
        exit 77
    fi
}

# Runs a tool that is silent when all is well; anything it prints is a finding.
silent_or_fail() {
    output=$("$@" 2>&1)
    status=$?
    if [ "$status" -ne 0 ] || [ -n "$output" ]; then
        printf '%s\n' "$output"
        echo "FAILED: $* (exit status $status)"
        exit 1
    fi
    echo "OK: $*"
}

[ $# -ge 2 ] || { echo "usage: $0 desktop|metainfo|manpage|tree FILE [CMAKE]" >&2; exit 2; }
kind=$1
file=$2

case $kind in
desktop)
    require desktop-file-validate desktop-file-utils
    silent_or_fail desktop-file-validate "$file"
    ;;
metainfo)
    require appstreamcli appstream
    exec appstreamcli validate --no-net --strict --explain "$file"
    ;;
manpage)
    require groff groff-base
    # -ww: every warning; -z: format without output, so only warnings are printed.
    silent_or_fail groff -man -Tutf8 -ww -z "$file"
    ;;
tree)
    require appstreamcli appstream
    cmake=${3:?run-check.sh tree needs the cmake executable}
    stage=$(mktemp -d) || exit 1
    trap 'rm -rf "$stage"' EXIT
    "$cmake" --install "$file" --prefix "$stage/usr" >/dev/null || exit 1
    appstreamcli validate-tree --no-net --strict --explain "$stage"
    ;;
*)
    echo "run-check.sh: unknown check '$kind'" >&2
    exit 2
    ;;
esac
