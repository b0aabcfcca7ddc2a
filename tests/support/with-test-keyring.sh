#!/usr/bin/env bash
# Runs a command beside a real desktop keyring of its own, for the keyring
# test (tst_librarykeyring): a private D-Bus session bus (dbus-run-session)
# with GNOME Keyring's Secret Service (gnome-keyring-daemon, its "login"
# keyring made and unlocked with a throw-away password) in a new temporary HOME, so the
# user's own keyring and session are never touched. The daemon and the bus
# are stopped and the folder removed on every exit path; the command's exit
# status is ours. `with-test-keyring.sh --inside` is the part run on the bus.
set -uo pipefail

if [ "${1:-}" != --inside ]; then
    [ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null 2>&1 \
            || { echo "with-test-keyring: $tool is missing (run packaging/install-deps.sh)" >&2; exit 1; }
    done
    home=$(mktemp -d /tmp/paperscope-keyring.XXXXXX) || exit 1
    trap 'rm -rf "$home"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    mkdir -m 700 "$home/run"
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
        XDG_CURRENT_DESKTOP= dbus-run-session -- "$0" --inside "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    exit $?
fi
shift

printf 'paperscope-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$HOME/daemon.log" 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null' EXIT
# The Secret Service is there once its name is on the bus.
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.ListNames 2>/dev/null | grep -q '"org.freedesktop.secrets"'; then
        PAPERSCOPE_TEST_KEYRING=running "$@"
        exit $?
    fi
    kill -0 "$daemon" 2>/dev/null || break
    sleep 0.1
done
echo "with-test-keyring: gnome-keyring-daemon did not start:" >&2
cat "$HOME/daemon.log" >&2
exit 1
