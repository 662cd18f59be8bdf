#!/bin/sh
# Runs a test inside the D-Bus session dbus-run-session started, with gnome-keyring-daemon
# serving the Secret Service from a throwaway home (its login keyring unlocked with a test
# password). If no keyring daemon can start, the test runs anyway and checks that Vigie says so.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if command -v gnome-keyring-daemon >/dev/null 2>&1; then
  if output=$(printf 'vigie-test' | gnome-keyring-daemon --unlock --components=secrets); then
    eval "$output"  # GNOME_KEYRING_CONTROL, when not under $XDG_RUNTIME_DIR
    export GNOME_KEYRING_CONTROL VIGIE_TEST_KEYRING=1
  fi
fi
"$@"
status=$?
[ -n "$GNOME_KEYRING_PID" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
exit $status
