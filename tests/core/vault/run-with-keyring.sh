#!/bin/sh
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test program inside a private D-Bus session with a freshly unlocked gnome-keyring (Secret Service),
# in a temporary HOME, so it never touches the developer's own keychain. Exit 77 (skipped) without the tools.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: $tool is not installed; skipping (see packaging/install-deps.sh)" >&2
        exit 77
    fi
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export LUE_KEYRING_SESSION=1

# The keyring daemon outlives the D-Bus session now and then: ask the bus for its process id and end it.
# shellcheck disable=SC2016
dbus-run-session -- sh -c '
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        sed -n "s/.*uint32 //p")
    status=0
    "$@" || status=$?
    if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
    exit "$status"
' run-with-keyring "$@"
