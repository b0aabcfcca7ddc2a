#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL server, for the tests of
# shared libraries (issue 19): `packaging/with-test-postgres.sh ctest ...`.
# - initdb into a new temporary folder, as an unprivileged user (`nobody`
#   when run as root: PostgreSQL refuses to run as root);
# - listens on 127.0.0.1 only, on a free port, password authentication
#   (scram-sha-256) for TCP; the Unix socket lives in the private folder;
# - a login role `paperscope_test` (CREATEDB, CREATEROLE) with a random
#   password kept in a pgpass file (PGPASSFILE), never on a command line;
# - the command sees PAPERSCOPE_TEST_POSTGRES=postgresql://paperscope_test@127.0.0.1:PORT/postgres
#   (tests make their own databases from there);
# - the server is stopped and its folder removed on every exit path
#   (normal end, failure, Ctrl-C, TERM). The command's exit status is ours.
set -uo pipefail

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "with-test-postgres: no PostgreSQL server found under /usr/lib/postgresql (run packaging/install-deps.sh)" >&2
    exit 1
fi

work=$(mktemp -d /tmp/paperscope-postgres.XXXXXX) || exit 1
chmod 0755 "$work"
as=()
owner=$(id -u)
if [ "$owner" -eq 0 ]; then
    owner=nobody
    as=(runuser -u nobody --)
fi
chown "$owner" "$work"
data="$work/data"
log="$work/server.log"
started=0

stop_server() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [ "$started" = 1 ]; then
        "${as[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 \
            || echo "with-test-postgres: pg_ctl stop failed (see $log)" >&2
    fi
    rm -rf "$work"
    exit "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

secret() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }
superpw=$(secret)
ownerpw=$(secret)
printf '%s\n' "$superpw" >"$work/superpw"
chown "$owner" "$work/superpw"
chmod 0600 "$work/superpw"

if ! "${as[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$work/superpw" -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"$work/initdb.log" 2>&1; then
    cat "$work/initdb.log" >&2
    echo "with-test-postgres: initdb failed" >&2
    exit 1
fi
rm -f "$work/superpw"
mkdir -p "$work/socket" && chown "$owner" "$work/socket"
chmod 0700 "$work/socket"
cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF

port=""
for _ in 1 2 3 4 5 6 7 8; do
    candidate=$(( 20000 + RANDOM % 30000 ))
    if "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$log" -o "-p $candidate" -w -t 60 start >/dev/null 2>&1; then
        port=$candidate
        started=1
        break
    fi
    grep -q "could not bind\|could not create any TCP/IP sockets" "$log" 2>/dev/null || break
done
if [ -z "$port" ]; then
    cat "$log" >&2 2>/dev/null
    echo "with-test-postgres: the server did not start" >&2
    exit 1
fi

# The tests' owner role, its password through a psql variable (stdin), not argv.
if ! printf "CREATE ROLE paperscope_test LOGIN CREATEDB CREATEROLE PASSWORD :'pw';\n" \
        | "${as[@]}" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -v pw="$ownerpw" -h "$work/socket" -p "$port" \
            -U postgres -d postgres >"$work/psql.log" 2>&1; then
    cat "$work/psql.log" >&2
    echo "with-test-postgres: could not create the test role" >&2
    exit 1
fi
umask 077
printf '127.0.0.1:%s:*:paperscope_test:%s\n' "$port" "$ownerpw" >"$work/pgpass.root"
# The pgpass file belongs to whoever runs the command (libpq ignores a
# file others can read).
chown "$(id -u)" "$work/pgpass.root"
export PGPASSFILE="$work/pgpass.root"
export PAPERSCOPE_TEST_POSTGRES="postgresql://paperscope_test@127.0.0.1:$port/postgres"
version=$("$bin/postgres" --version 2>/dev/null | sed 's/^postgres (PostgreSQL) //')
echo "with-test-postgres: PostgreSQL $version on 127.0.0.1:$port (scram-sha-256), stopped at exit"

"$@"
